package moderate

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// A functional test in the manner of HateCheck (Röttger et al. 2021) and its
// multilingual sequel: short templates, one functionality each, crossed with
// many protected groups, so that a rule written for one wording or one group
// shows up as a low score on the others. The templates are Vigie's own
// (issue #6); none is a sentence of the suites or holdouts.
//
// Placeholders: {G} the group with its article where the language needs one
// ("women", "les femmes"), {g} the bare noun ("femmes"), {P} the subject
// pronoun (ils/elles), and {m|f} a word in its masculine and feminine forms,
// chosen by the group's grammatical gender. Templates with no placeholder
// are run once.

type hcGroup struct {
	the  string // "les femmes"; in English the plural as said
	bare string // "femmes"
	fem  bool
}

var hcGroupsEN = []hcGroup{
	{"women", "women", true}, {"trans people", "trans people", false}, {"gay people", "gay people", false},
	{"black people", "black people", false}, {"disabled people", "disabled people", false}, {"Muslims", "Muslims", false},
	{"immigrants", "immigrants", false}, {"Jews", "Jews", false}, {"lesbians", "lesbians", true},
	{"Arabs", "Arabs", false}, {"refugees", "refugees", false}, {"Asians", "Asians", false},
	{"Mexicans", "Mexicans", false}, {"Hindus", "Hindus", false}, {"autistic people", "autistic people", false},
	{"Roma", "Roma", false}, {"bisexuals", "bisexuals", false}, {"Africans", "Africans", false},
}

var hcGroupsFR = []hcGroup{
	{"les femmes", "femmes", true}, {"les trans", "trans", false}, {"les homos", "homos", false},
	{"les noirs", "noirs", false}, {"les handicapés", "handicapés", false}, {"les musulmans", "musulmans", false},
	{"les immigrés", "immigrés", false}, {"les juifs", "juifs", false}, {"les lesbiennes", "lesbiennes", true},
	{"les Arabes", "Arabes", false}, {"les réfugiés", "réfugiés", false}, {"les Asiatiques", "Asiatiques", false},
	{"les musulmanes", "musulmanes", true}, {"les gitans", "gitans", false}, {"les autistes", "autistes", false},
	{"les Roms", "Roms", false}, {"les homosexuels", "homosexuels", false}, {"les Africains", "Africains", false},
}

type hcFunc struct {
	name string
	hate bool // the expected reading: hate, or anything but hate
	en   []string
	fr   []string
}

var hcFuncs = []hcFunc{
	{"derog_neg_emote", true, []string{
		"I loathe {G}.",
		"I really detest {G}",
		"{G} disgust me.",
		"I am sick of {G}, they make my skin crawl",
		"Honestly {G} make me want to throw up",
		"I have nothing but contempt for {G}",
	}, []string{
		"Je méprise {G}.",
		"J'ai horreur des {g}",
		"{G} me donnent envie de vomir",
		"J'en ai marre des {g}, {P} me font gerber",
		"Je hais profondément {G}",
		"Je n'ai que du mépris pour {G}",
	}},
	{"derog_neg_attrib", true, []string{
		"{G} are revolting.",
		"All {G} are pathetic",
		"{G} are so dishonest",
		"Typical {G}, lazy and dirty",
		"{G} are a bunch of filthy liars",
		"{G} are so stupid it hurts",
		"Typical of {G} to be that stupid",
	}, []string{
		"{G} sont {répugnants|répugnantes}.",
		"{Tous|Toutes} ces {g} sont {pathétiques|pathétiques}",
		"{G} sont vraiment {sales|sales} et {paresseux|paresseuses}",
		"{Tous|Toutes} {G} sont des {menteurs|menteuses}",
		"{G} sont {débiles|débiles}, c'est prouvé",
		"{G} sont tellement {dégueulasses|dégueulasses}",
	}},
	{"derog_dehum", true, []string{
		"{G} are vermin.",
		"{G} are just rats",
		"{G} are a plague on this country",
		"{G} are no better than animals",
		"To me {G} are subhuman trash",
		"{G} are parasites, every single one",
	}, []string{
		"{G} sont de la vermine.",
		"{G} ne sont que des rats",
		"{G}, c'est la peste de ce pays",
		"{G} ne valent pas mieux que des bêtes",
		"{G} sont des sous-hommes",
		"{G} sont des parasites, {tous|toutes} sans exception",
	}},
	{"derog_impl", true, []string{
		"{G} belong in a zoo",
		"{G} should be locked up like animals",
		"The world would be better off without {G}",
		"{G} are a burden on society",
		"I'd rather my kids never met any {G}",
		"Keep {G} away from decent people",
	}, []string{
		"{G} devraient être {enfermés|enfermées} dans des cages",
		"Le monde se porterait mieux sans {G}",
		"{G} sont un fardeau pour la société",
		"Qu'on garde {G} loin des gens normaux",
		"Personne ne regretterait {G} s'{P} disparaissaient",
		"{G} n'ont rien à faire parmi nous",
	}},
	{"threat_dir", true, []string{
		"I will shoot any of {G} who come near me",
		"I'm going to hurt {G} one by one",
		"I want to stab all {G}",
		"I'll make sure {G} suffer",
		"Next time I see {G} I will beat them to death",
	}, []string{
		"Je vais buter {tous|toutes} {G}",
		"Je vais faire souffrir {G}",
		"J'ai envie de poignarder {G}",
		"La prochaine fois que je croise {G}, je {les|les} défonce",
		"Je vais cogner {G} un par un",
	}},
	{"threat_norm", true, []string{
		"{G} should all be shot",
		"We need to get rid of {G} once and for all",
		"{G} must be wiped out",
		"Someone should burn down the houses of {G}",
		"It's time to deport all {G}",
		"{G} are better off dead",
		"Swimming pools should not let {G} in",
	}, []string{
		"Il faudrait fusiller {G}",
		"On doit se débarrasser des {g}",
		"Il faut exterminer {G}",
		"{G} devraient {tous|toutes} être {pendus|pendues}",
		"Il est temps d'expulser {tous|toutes} {G}",
		"Ce serait mieux si {G} étaient {morts|mortes}",
		"Je n'embaucherai jamais {G}",
	}},
	{"slur_h", true, []string{
		"You are nothing but a filthy kike to me",
		"Get out of my shop you dirty spic",
		"There are too many niggers around here",
		"Typical faggot behaviour",
	}, []string{
		"T'es qu'un sale bougnoule",
		"Encore un youpin qui se plaint",
		"Il y a trop de bamboulas dans ce quartier",
		"Dégage espèce de tarlouze",
	}},
	{"slur_reclaimed_nh", false, []string{
		"I'm a proud dyke and I love my wife",
		"We're queer and we're here",
		"As a queer woman I loved this ad",
	}, []string{
		"Je suis gouine et fière de l'être",
		"On est queer et on vous aime",
		"En tant que pédé assumé, j'adore cette pub",
	}},
	{"profanity_h", true, []string{
		"Fuck {G}",
		"{G} are fucking disgusting",
		"Screw {G}, they are shit",
		"{G} can go fuck themselves",
		"Damn {G} are the fucking worst",
	}, []string{
		"Nique {G}",
		"{G}, bande de connards",
		"{G} sont des putains de {parasites|parasites}",
		"J'emmerde {G}",
		"Qu'{P} aillent se faire foutre, {G}",
	}},
	{"profanity_nh", false, []string{
		"Fuck yeah, this is the best album of the year",
		"Holy shit that was fast delivery",
		"Damn, I fucking love this jacket",
		"Shit, I forgot my keys again",
	}, []string{
		"Putain ce concert était de la folie",
		"Bordel, j'ai encore oublié mon code",
		"Merde, j'ai raté le début du live",
		"Ce burger est putain de bon",
	}},
	{"ref_subs_clause", true, []string{
		"I have met a lot of {G} and they are all scum",
		"There are {G} in my street and they are disgusting",
		"My boss hired {G} and they are useless parasites",
		"I have seen {G} at the station and I hate them",
	}, []string{
		"J'ai croisé des {g} et {P} sont {tous|toutes} {répugnants|répugnantes}",
		"Il y a des {g} dans ma rue et {P} sont {dégueulasses|dégueulasses}",
		"Mon patron a embauché des {g} et {P} sont des parasites",
		"J'ai vu des {g} à la gare et je {les|les} déteste",
	}},
	{"ref_subs_sent", true, []string{
		"I've met {G}. They are all vermin.",
		"Don't listen to them. They're {G}, what did you expect?",
		"Of course they lie. They're just {G}.",
		"Look at them. They're {G} and they disgust me.",
	}, []string{
		"J'ai connu des {g}. {P} sont {tous|toutes} {ignobles|ignobles}.",
		"Ne les écoutez pas. Ce sont des {g}.",
		"Évidemment qu'{P} mentent. Ce sont juste des {g}.",
		"Regardez-{les|les}. Ce sont des {g} et {P} me dégoûtent.",
	}},
	{"negate_pos_h", true, []string{
		"{G} are never any good",
		"{G} will never be equal to us",
		"{G} are not human",
		"I will never respect {G}",
		"{G} are never worth hiring",
	}, []string{
		"{G} ne sont bons à rien",
		"{G} ne seront jamais nos égaux",
		"{G} ne sont pas des humains",
		"Je ne respecterai jamais {G}",
		"{G} ne servent absolument à rien",
	}},
	{"negate_neg_nh", false, []string{
		"I don't despise {G} at all",
		"{G} are not disgusting",
		"No {G} should be hurt",
		"{G} are never a burden",
		"I would never say {G} are worthless",
	}, []string{
		"Je ne méprise pas du tout {G}",
		"{G} ne sont pas {dégoûtants|dégoûtantes}",
		"{G} ne méritent pas d'être {frappés|frappées}",
		"{G} ne sont pas un fardeau",
		"Je ne dirais jamais que {G} sont {inutiles|inutiles}",
	}},
	{"phrase_question_h", true, []string{
		"Why are {G} so disgusting?",
		"Aren't {G} just animals?",
		"Why do {G} all have to be so stupid?",
		"Wouldn't the world be better without {G}?",
		"Isn't it clear that {G} are useless?",
	}, []string{
		"Pourquoi {G} sont-{P} si {dégueulasses|dégueulasses} ?",
		"{G} ne sont-{P} pas juste des animaux ?",
		"Pourquoi {G} sont-{P} {tous|toutes} aussi {débiles|débiles} ?",
		"Le monde ne serait-il pas mieux sans {G} ?",
		"N'est-il pas évident que {G} sont {inutiles|inutiles} ?",
	}},
	{"phrase_opinion_h", true, []string{
		"I think {G} are disgusting",
		"In my opinion {G} are vermin",
		"I believe {G} are worthless",
		"Honestly I feel {G} are subhuman",
	}, []string{
		"Je pense que {G} sont {répugnants|répugnantes}",
		"À mon avis {G} sont de la vermine",
		"Je trouve que {G} sont {inutiles|inutiles}",
		"Pour moi {G} sont des sous-hommes",
	}},
	{"ident_neutral_nh", false, []string{
		"We are {G}",
		"My best friends are {G}",
		"There are many {G} in my town",
		"This conference is organised by {G}",
		"{G} live all over the world",
	}, []string{
		"Nous sommes des {g}",
		"Mes meilleurs amis sont des {g}",
		"Il y a beaucoup de {g} dans ma ville",
		"Cette conférence est organisée par des {g}",
		"{G} vivent partout dans le monde",
	}},
	{"ident_pos_nh", false, []string{
		"I adore {G}",
		"{G} are wonderful",
		"We need more {G} in leadership",
		"So proud of all {G} in our team",
		"{G} deserve respect",
		"{G} deserve better than this disgusting treatment",
	}, []string{
		"J'adore {G}",
		"{G} sont {formidables|formidables}",
		"Il faut plus de {g} aux postes de direction",
		"Fier de {tous|toutes} {G} de notre équipe",
		"{G} méritent le respect",
		"{G} méritent mieux que ce traitement dégueulasse",
	}},
	{"counter_quote_nh", false, []string{
		"If you say \"{G} are vermin\", you are a bigot",
		"\"I despise {G}\" is a horrible thing to say",
		"Saying \"{G} are animals\" is just hate",
		"Someone wrote \"{G} should be shot\" under this post, disgusting",
	}, []string{
		"Dire « {G} sont de la vermine », c'est du racisme pur",
		"« Je méprise {G} » : c'est une phrase ignoble",
		"Quelqu'un a écrit « {G} devraient être {fusillés|fusillées} », c'est honteux",
		"Écrire « {G} sont des animaux » devrait être puni",
	}},
	{"counter_ref_nh", false, []string{
		"Stop saying that {G} are disgusting",
		"It is wrong to call {G} animals",
		"People who claim {G} are worthless are bigots",
		"You can't just say {G} should be deported",
	}, []string{
		"Arrêtez de dire que {G} sont {dégoûtants|dégoûtantes}",
		"C'est inadmissible de traiter {G} d'animaux",
		"Ceux qui disent que {G} sont {inutiles|inutiles} sont des ignorants",
		"On ne peut pas dire que {G} devraient être {expulsés|expulsées}",
	}},
	{"target_obj_nh", false, []string{
		"I loathe this weather",
		"These shoes are disgusting",
		"I can't stand coriander",
		"This printer is vermin, it eats every page",
	}, []string{
		"Je méprise ce genre de météo",
		"Ces chaussures sont dégoûtantes",
		"Je ne supporte pas la coriandre",
		"Cette appli ne sert à rien",
	}},
	{"target_indiv_nh", false, []string{
		"You are disgusting",
		"My neighbour is a pathetic liar",
		"I despise my ex",
		"You should shut up, idiot",
	}, []string{
		"T'es répugnant",
		"Mon voisin est un menteur pathétique",
		"Je méprise mon ex",
		"Ferme-la, abruti",
	}},
	{"target_group_nh", false, []string{
		"Politicians are all disgusting liars",
		"I despise bankers",
		"Lawyers are parasites",
		"Football hooligans are vermin",
	}, []string{
		"Les politiciens sont tous des menteurs",
		"Je méprise les banquiers",
		"Les avocats sont des parasites",
		"Les hooligans sont de la vermine",
	}},
	{"spell_char_swap_h", true, []string{
		"I dsepise {G}",
		"{G} are disugsting",
		"{G} are vermni",
	}, []string{
		"Je mérpise {G}",
		"{G} sont {dégoûatnts|dégoûatntes}",
		"{G} sont de la verimne",
	}},
	{"spell_char_del_h", true, []string{
		"I despie {G}",
		"{G} are disgustng",
		"{G} are subhumn",
	}, []string{
		"Je mépise {G}",
		"{G} sont {dégoûtnts|dégoûtntes}",
		"{G} sont des sous-homms",
	}},
	{"spell_space_del_h", true, []string{
		"I despise{G}",
		"{G} aredisgusting",
		"{G} are allvermin",
	}, []string{
		"Je méprise{G}",
		"{G} sontdégoûtants",
		"{G} sont de lavermine",
	}},
	{"spell_space_add_h", true, []string{
		"I d e s p i s e {G}",
		"{G} are d i s g u s t i n g",
		"{G} are v e r m i n",
	}, []string{
		"Je m é p r i s e {G}",
		"{G} sont d é g o û t a n t s",
		"{G} sont de la v e r m i n e",
	}},
	{"spell_group_h", true, []string{
		"I despise {S}",
		"{S} are disgusting",
		"All {S} are vermin",
	}, []string{
		"Je méprise {S}",
		"{S} sont de la vermine",
		"Je déteste {S}",
	}},
	{"spell_leet_h", true, []string{
		"I d3spise {G}",
		"{G} are d1sgust1ng",
		"{G} are v3rm1n",
		"I h4te {G}",
	}, []string{
		"Je m3prise {G}",
		"{G} sont d3g0ut4nts",
		"{G} sont de la v3rm1ne",
		"Je d3teste {G}",
	}},
}

// hcFill writes template t for group g.
func hcFill(t string, g hcGroup, en bool) string {
	var b strings.Builder
	for i := 0; i < len(t); i++ {
		if t[i] != '{' {
			b.WriteByte(t[i])
			continue
		}
		j := strings.IndexByte(t[i:], '}')
		key := t[i+1 : i+j]
		i += j
		switch {
		case key == "G":
			b.WriteString(g.the)
		case key == "g":
			b.WriteString(g.bare)
		case key == "S":
			b.WriteString(hcSwap(g.the))
		case key == "P":
			if g.fem {
				b.WriteString("elles")
			} else {
				b.WriteString("ils")
			}
		case strings.Contains(key, "|"):
			mf := strings.SplitN(key, "|", 2)
			if g.fem {
				b.WriteString(mf[1])
			} else {
				b.WriteString(mf[0])
			}
		default:
			panic("hatecheck: unknown placeholder " + key)
		}
	}
	s := b.String()
	// a group opening a sentence takes a capital
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		s = strings.ToUpper(s[:1]) + s[1:]
	}
	return s
}

// hcSwap swaps two letters in the middle of the longest word of a group
// ("women" → "womne", "les musulmans" → "les musulamns").
func hcSwap(s string) string {
	ws := strings.Fields(s)
	k := 0
	for i, w := range ws {
		if len(w) > len(ws[k]) {
			k = i
		}
	}
	w := []byte(ws[k])
	if i := len(w) / 2; len(w) >= 5 && w[i] != w[i+1] && w[i] < 0x80 && w[i+1] < 0x80 {
		w[i], w[i+1] = w[i+1], w[i]
	}
	ws[k] = string(w)
	return strings.Join(ws, " ")
}

type hcCase struct {
	fn, lang, text string
	hate           bool
}

func hcCases(funcs []hcFunc, groupsEN, groupsFR []hcGroup) []hcCase {
	var out []hcCase
	for _, f := range funcs {
		for _, side := range []struct {
			lang   string
			ts     []string
			groups []hcGroup
		}{{"en", f.en, groupsEN}, {"fr", f.fr, groupsFR}} {
			for _, t := range side.ts {
				if !strings.Contains(t, "{") {
					out = append(out, hcCase{f.name, side.lang, t, f.hate})
					continue
				}
				for _, g := range side.groups {
					out = append(out, hcCase{f.name, side.lang, hcFill(t, g, side.lang == "en"), f.hate})
				}
			}
		}
	}
	return out
}

// hcFloor is the accuracy each functionality holds in each language: the
// traps at 90 %, the hateful functionalities at what the rules reach now
// (docs/moderation.md gives the first run and the current one).
var hcFloor = map[string]float64{
	"derog_impl en": 0.8,
}

const hcDefaultHateFloor, hcTrapFloor = 0.9, 0.9

// the blind set: its first run is the record; the floors hold what the
// rules reach now
var hcBlindFloor = map[string]float64{}

const hcBlindHateFloor = 0.9

// TestHateCheck scores the functional templates per functionality and
// language and holds the floors.
func TestHateCheck(t *testing.T) {
	hateCheck(t, hcFuncs, hcGroupsEN, hcGroupsFR, hcFloor, hcDefaultHateFloor)
}

// TestHateCheckBlind scores the second template set (written blind).
func TestHateCheckBlind(t *testing.T) {
	hateCheck(t, hcBlindFuncs, hcBlindGroupsEN, hcBlindGroupsFR, hcBlindFloor, hcBlindHateFloor)
}

func hateCheck(t *testing.T, funcs []hcFunc, groupsEN, groupsFR []hcGroup, floors map[string]float64, hateFloor float64) {
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	type score struct{ pass, total int }
	scores := map[string]*score{}
	fails := map[string][]string{}
	hateOK, hateN, trapOK, trapN := 0, 0, 0, 0
	for _, k := range hcCases(funcs, groupsEN, groupsFR) {
		r := c.Classify(k.text, k.lang)
		ok := (r.Label == LabelHate) == k.hate
		key := k.fn + " " + k.lang
		s := scores[key]
		if s == nil {
			s = &score{}
			scores[key] = s
		}
		s.total++
		if ok {
			s.pass++
		} else if len(fails[key]) < 4 {
			fails[key] = append(fails[key], fmt.Sprintf("%q → %s (hate %.2f): %s", k.text, r.Label, r.Score(LabelHate), r.Reason))
		}
		if k.hate {
			hateN++
			if ok {
				hateOK++
			}
		} else {
			trapN++
			if ok {
				trapOK++
			}
		}
	}
	keys := make([]string, 0, len(scores))
	for k := range scores {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	hateOf := map[string]bool{}
	for _, f := range funcs {
		hateOf[f.name] = f.hate
	}
	for _, k := range keys {
		s := scores[k]
		rate := float64(s.pass) / float64(s.total)
		t.Logf("%-22s %3d/%3d %3.0f%%", k, s.pass, s.total, 100*rate)
		for _, f := range fails[k] {
			t.Logf("    FAIL %s", f)
		}
		fn := strings.Fields(k)[0]
		floor, ok := floors[k]
		if !ok {
			floor = hateFloor
			if !hateOf[fn] {
				floor = hcTrapFloor
			}
		}
		if rate < floor {
			t.Errorf("%s: %.0f%% < floor %.0f%%", k, 100*rate, 100*floor)
		}
	}
	t.Logf("hate recall %d/%d (%.0f%%), traps %d/%d (%.0f%%)", hateOK, hateN, 100*float64(hateOK)/float64(hateN), trapOK, trapN, 100*float64(trapOK)/float64(trapN))
}
