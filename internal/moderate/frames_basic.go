package moderate

import (
	"strings"
	"sync"
)

// The basic functionalities of hate (issue #6, HateCheck-style): a
// protected group as the target of a hostile predicate, whatever the
// wording — a negative emotion ("I loathe…", "… me dégoûtent"), a negative
// attribute ("… sont répugnantes"), a dehumanising noun ("nothing but
// animals"), an implicit derogation ("belong in a zoo"), a threat or a
// call to violence or removal, profanity aimed at the group, a negated
// positive ("never any good", "ne servent à rien"), the same phrased as a
// question or an opinion, a pronoun standing for the group, and the
// misspellings evaders use on these words. The predicate words are open
// classes matched by form (French inflections, one edit, glued words),
// so that a word the lexicon never listed still counts when the structure
// around it is one of these.

// Word classes of a predicate.
const (
	bwAttr   uint16 = 1 << iota // a negative attribute: disgusting, répugnant
	bwDehum                     // a dehumanising noun: animals, vermine
	bwEmo                       // a hostile emotion of the speaker: despise, méprise
	bwEmoNeg                    // an emotion hostile when negated: stand, supporte
	bwEmoMe                     // a feeling the group gives the speaker: disgust (me), dégoûtent
	bwViol                      // violence: kill, tabasser
	bwRemove                    // removal: deport, rafler
	bwPos                       // a positive quality, hostile when denied: good, utiles, human
	bwProf                      // a profanity aimed at someone: fuck, nique
	bwImpl                      // an implicit derogation: zoo, cage, burden
	bwKeep                      // keep (away): garde (loin)
	bwLet                       // let (near), laisser (approcher)
	bwGone                      // gone: disappear, disparaître
)

var basicWords = map[string]uint16{}

// basicDel maps each single-letter deletion of a word of 5+ letters to the
// word's class: looked up with the token and with the token's own
// deletions, it finds one inserted, deleted, replaced or swapped letter.
var basicDel = map[string]uint16{}

func init() {
	add := func(c uint16, words string) {
		for _, w := range strings.Fields(words) {
			basicWords[w] |= c
		}
	}
	add(bwAttr, `disgusting revolting repulsive repugnant vile filthy dirty gross pathetic worthless useless stupid dumb
		lazy dishonest evil inferior despicable contemptible horrible nasty ugly sickening savage savages primitive backward
		abhorrent loathsome hideous degenerate degenerates retarded idiots idiotic moronic scum trash garbage disgrace
		criminals liars thieves crooks rapists sick twisted perverted perverts freaks freaky vicious violent dangerous
		stinking smelly ignorant brainless incompetent deceitful sneaky greedy parasitic diseased abominable awful terrible
		repellent nauseating pitiful wretched worst lesser dumbest stupidest laziest dirtiest ugliest filthiest
		degoutant repugnant degueulasse degueu immonde ignoble sale crasseux pathetique inutile nul stupide debile con idiot
		paresseux faineant malhonnete menteur voleur mauvais inferieur minable pourri abject infect horrible affreux hideux
		moche violent dangereux sauvage arriere primitif degenere tare attarde ecoeurant repulsif vicieux pervers dechet
		ordure racaille honte cretin abruti bete feignant escroc criminel delinquant puant sournois hypocrite mechant
		detestable meprisable insupportable repoussant vulgaire barbare`)
	add(bwDehum, `pests pest scourge nuisibles nuisible animals animal beasts vermin rats rat cockroaches roaches parasites parasite pigs swine dogs monkeys apes
		insects rodents maggots leeches savages subhuman subhumans filth plague disease cancer virus infestation bacteria
		germs snakes locusts cattle creatures monsters demons lice worms
		animaux bete betes vermine cafards parasite porcs cochons chiens singes insectes rongeurs sangsues
		soushommes soushumains peste fleau virus microbes serpents bestiaux creatures monstres demons poux vers chiennes
		merde merdes`)
	add(bwEmo, `hate hates despise despises loathe loathes detest detests abhor abhors hatred contempt disgusted repulsed
		degoute degoutee hb hte hae haine mepris horreur hais hait haissons deteste detestons meprise meprisons execre abhorre marre`)
	add(bwEmoNeg, `hire employ embaucher embaucherais embaucherai engager engagerais miss regretterait regretteraient regretter manquerait manqueraient stand bear tolerate stomach respect accept trust respecte respecterai respecterais respecter accepte accepterai tolere tolererai supporte supporter supportons blairer sentir encadrer piffrer`)
	add(bwEmoMe, `throw puke puking disgust disgusts sicken sickens repulse repulses revolt revolts nauseate nauseates sick vomit puke crawl
		degoutent debectent repugnent ecoeurent revulsent degoute debecte ecoeure repugne revulse vomir gerber nausee horreur insupportent`)
	add(bwViol, `kill shoot stab beat hurt murder slaughter burn hang lynch punch smash strangle drown gas torture
		exterminate eliminate destroy attack bash suffer tirer slit cut execute executed executer execute hunt chase traquer pourchasser massacre behead butcher annihilate eradicate wipe
		killed shot stabbed beaten hurt murdered slaughtered burned burnt hanged hung lynched gassed tortured
		exterminated eliminated destroyed eradicated wiped annihilated
		tuer buter flinguer fusiller poignarder frapper tabasser cogner defoncer massacrer egorger bruler pendre lyncher
		noyer gazer torturer exterminer eliminer eradiquer cramer demolir souffrir taper frappe
		tue bute flingue fusille poignarde tabasse cogne defonce massacre egorge brule pendu lynche noye gaze torture
		extermine elimine eradique crame demoli`)
	add(bwRemove, `dumped jetes deport deported expel expelled remove removed ban banned round rounded cage caged segregate segregated
		sterilise sterilize sterilised sterilized lock locked
		expulser expulse rafler rafle deporter deporte enfermer enferme parquer parque interdire interdit chasser chasse
		steriliser sterilise debarrasser virer vire`)
	add(bwPos, `normal normale normaux normales matter matters count comptent compte reliable fiable fiables trustworthy people persons respect rights droits good use useful human humans equal equals worth smart intelligent capable trusted trustworthy clever
		bon bons bonne bonnes utile utiles humain humains egal egaux intelligent intelligents capable capables servent sert
		valent`)
	add(bwProf, `chie pisse crache fuck fck fuk screw nique niquer niker emmerde encule gueule foutre stfu`)
	add(bwImpl, `landfill poubelle decharge zoo zoos cage cages enclos burden fardeau boulet jungle brousse caves grottes bars barreaux`)
	add(bwLet, `let allow laisserais laisserai laisser laisse autoriserais`)
	add(bwGone, `dead morts mortes disappear vanish die disparaissent disparaitre disparaissez crevent crever`)
	add(bwKeep, `keep garde gardez gardons gardent tenez tenir isolate isoler`)
	// swapped letters in a short hostile verb ("haet", "hiat"): too
	// short for the one-edit reading, so listed
	var swaps []string
	for w, c := range basicWords {
		if c&bwEmo == 0 || len(w) < 4 || len(w) > 5 {
			continue
		}
		for i := 1; i+1 < len(w); i++ {
			b := []byte(w)
			b[i], b[i+1] = b[i+1], b[i]
			swaps = append(swaps, string(b))
		}
	}
	for _, w := range swaps {
		if _, ok := basicWords[w]; !ok {
			basicWords[w] = bwEmo
		}
	}
	for w, c := range basicWords {
		if len(w) < 5 || c&(bwPos|bwProf) != 0 {
			continue
		}
		for i := 1; i < len(w); i++ { // the first letter is kept: people rarely change it
			basicDel[w[:i]+w[i+1:]] |= c
		}
	}
}

// frForms yields the forms a French inflected word may be listed under:
// itself, without its plural, without its feminine.
func frForms(w string, out []string) []string {
	out = append(out, w)
	switch {
	case strings.HasSuffix(w, "ons") && len(w) > 6: // "débarrassons", "expulsons"
		out = append(out, w[:len(w)-3]+"er")
	case strings.HasSuffix(w, "ez") && len(w) > 5: // "expulsez"
		out = append(out, w[:len(w)-2]+"er")
	}
	if len(w) > 3 && (w[len(w)-1] == 's' || w[len(w)-1] == 'x') {
		w = w[:len(w)-1]
		out = append(out, w)
	}
	switch {
	case strings.HasSuffix(w, "euse"):
		out = append(out, w[:len(w)-4]+"eux", w[:len(w)-4]+"eur")
	case strings.HasSuffix(w, "ive"):
		out = append(out, w[:len(w)-3]+"if")
	case strings.HasSuffix(w, "onne") || strings.HasSuffix(w, "enne"):
		out = append(out, w[:len(w)-2])
	case strings.HasSuffix(w, "ee"):
		out = append(out, w[:len(w)-1])
	case strings.HasSuffix(w, "e") && len(w) > 4:
		out = append(out, w[:len(w)-1])
	}
	return out
}

// basicClass is the class of word w, read through its inflections and
// one misspelt letter.
func basicClass(w string) uint16 {
	if c := basicExact(w); c != 0 || len(w) < 6 {
		return c
	}
	return basicFuzzy(w)
}

// basicExact is the class of w as written or inflected.
func basicExact(w string) uint16 {
	if len(w) < 2 {
		return 0
	}
	if c, ok := basicWords[w]; ok {
		return c
	}
	if c, ok := basicWords[w+"s"]; ok && len(w) >= 4 {
		return c // "a liar", "a parasite"
	}
	var buf [6]string
	forms := frForms(w, buf[:0])
	for _, f := range forms[1:] {
		if c, ok := basicWords[f]; ok {
			return c
		}
	}
	return 0
}

// basicFuzzy reads w through one dropped, added or swapped letter.
func basicFuzzy(w string) uint16 {
	var buf [6]string
	forms := frForms(w, buf[:0])
	for _, f := range forms {
		if c, ok := basicDel[f]; ok {
			return c // a letter dropped: "despie", "degoutnt"
		}
		var b [64]byte
		if len(f) > len(b) {
			continue
		}
		for i := range len(f) {
			d := append(append(b[:0], f[:i]...), f[i+1:]...)
			if c, ok := basicWords[string(d)]; ok && len(d) >= 5 && c&(bwPos|bwProf) == 0 {
				return c // a letter added
			}
			if i+1 < len(f) {
				// two letters swapped; a replaced letter is not read (it
				// turns too many real words into hostile ones)
				sw := append(b[:0], f...)
				sw[i], sw[i+1] = sw[i+1], sw[i]
				if c, ok := basicWords[string(sw)]; ok && len(sw) >= 5 && c&(bwPos|bwProf) == 0 {
					return c
				}
			}
		}
	}
	return 0
}

// glueHead: short words a glued token may start with ("aredisgusting",
// "lavermine", "idespise").
var glueHead = []string{"are", "sont", "all", "tous", "la", "de", "des", "the", "i", "je", "just", "que", "juste"}

// glueTail: words a hostile verb may be glued to ("mepriseles").
var glueTail = map[string]bool{"les": true, "the": true, "all": true, "tous": true, "toutes": true, "ces": true, "those": true, "these": true}

// basicToken classifies token w, also when a space between two words was
// dropped; group reports a glued tail that names a protected group
// ("despisewomen").
func basicToken(w string) (c uint16, group bool) {
	if c = basicClass(w); c != 0 || len(w) < 5 {
		return c, false
	}
	for _, h := range glueHead {
		if len(w) > len(h)+3 && strings.HasPrefix(w, h) {
			if c = basicClass(w[len(h):]); c != 0 {
				return c, false
			}
		}
	}
	if gluedTail(w) {
		return basicWords[w[:gluedAt(w)]], true
	}
	for i := 4; i+2 <= len(w); i++ {
		if hc, ok := basicWords[w[:i]]; ok && hc&(bwEmo|bwViol|bwProf|bwRemove) != 0 && glueTail[w[i:]] {
			return hc, false
		}
	}
	return 0, false
}

// basicNeg: a negation of what follows.
var basicNeg = map[string]bool{"not": true, "never": true, "no": true, "don": true, "dont": true, "didn": true, "doesn": true,
	"won": true, "wouldn": true, "isn": true, "aren": true, "cannot": true, "ne": true, "n": true, "pas": true, "jamais": true,
	"nobody": true, "aucun": true, "aucune": true, "personne": true, "nothing": true, "rien": true, "neither": true, "nor": true}

// chainWord may sit between a group and what is said of it: copulas,
// intensifiers, quantifiers, articles, "nothing but".
var chainWord = map[string]bool{"are": true, "is": true, "be": true, "were": true, "was": true, "been": true, "re": true,
	"will": true, "would": true, "all": true, "just": true, "only": true, "so": true, "such": true, "really": true, "truly": true,
	"very": true, "too": true, "always": true, "completely": true, "totally": true, "utterly": true, "fucking": true, "fking": true, "bloody": true,
	"a": true, "an": true, "bunch": true, "of": true, "the": true, "nothing": true, "but": true, "no": true, "better": true, "than": true,
	"never": true, "not": true, "any": true, "ever": true, "seem": true, "look": true, "become": true, "remain": true, "and": true, "mere": true,
	"simply": true, "basically": true, "literally": true, "pure": true, "more": true, "as": true, "us": true, "our": true, "to": true, "anything": true,
	"sont": true, "est": true, "seront": true, "serait": true, "seraient": true, "etaient": true, "etre": true, "c": true, "ce": true, "tous": true, "toutes": true,
	"juste": true, "que": true, "qu": true, "ne": true, "n": true, "pas": true, "jamais": true, "rien": true, "vraiment": true, "tellement": true,
	"si": true, "trop": true, "toujours": true, "completement": true, "totalement": true, "des": true, "de": true, "d": true, "du": true, "la": true,
	"le": true, "l": true, "un": true, "une": true, "bande": true, "tas": true, "putains": true, "putain": true, "mieux": true, "plus": true,
	"nos": true, "notre": true, "absolument": true, "simplement": true, "deviennent": true, "semblent": true, "restent": true,
	"et": true, "ils": true, "elles": true, "eux": true, "autre": true, "chose": true, "sans": true, "exception": true,
	"make": true, "makes": true, "made": true, "me": true, "m": true, "my": true, "font": true, "donnent": true, "rendent": true, "envie": true,
	"want": true, "feel": true, "skin": true, "have": true, "has": true, "ont": true, "etres": true, "real": true, "vrais": true,
	"vraies": true, "true": true, "can": true, "could": true, "peuvent": true, "pourront": true, "deserve": true, "meritent": true, "aucun": true,
	"aucune": true, "go": true, "vont": true, "ca": true, "cela": true, ",": true, "off": true, "aussi": true, "that": true, "if": true, "do": true, "does": true, "did": true, "sera": true, "etait": true, "typical": true, "typiques": true}

// firstPerson subjects of an emotion or a threat.
var basicSubject = map[string]bool{"i": true, "we": true, "je": true, "j": true, "nous": true, "on": true, "im": true}

// basicIntent: an intention, a wish or an order before a violent verb.
var basicIntent = map[string]bool{"will": true, "ll": true, "gonna": true, "going": true, "want": true, "wanna": true, "should": true,
	"must": true, "need": true, "needs": true, "let": true, "lets": true, "time": true, "gotta": true, "shall": true, "deserve": true,
	"vais": true, "va": true, "allons": true, "veux": true, "voudrais": true, "envie": true, "faut": true, "faudrait": true, "doit": true,
	"devrait": true, "devraient": true, "doivent": true, "devons": true, "temps": true, "meritent": true, "allez": true, "aller": true,
	"belong": true, "belongs": true, "place": true}

// targetPronoun stands for a group named earlier in the comment.
var targetPronoun = map[string]bool{"they": true, "them": true, "ils": true, "elles": true, "les": false, "eux": true}

// basicFrames finds the basic functionalities in clause cl. Each frame
// does its own negation reading (ownNeg), since "ne sont que des rats"
// and "can't stand" carry a negation that is the attack itself.
func (fc *frameCtx) basicFrames(cl clause, out []frame) []frame {
	toks := fc.toks
	if fc.all&catBrand2 != 0 && fc.all&catComplaint != 0 {
		return out // the brand's staff and service, not a group
	}
	fuzzy := false
	if fc.all&catGroup == 0 && !gluedGroup(toks, cl) {
		// no group named: nothing here can target one, unless a group
		// word is misspelt ("wmoen", "musulmnas") next to a hostile word
		if fuzzy = hostileWord(toks, cl) && fc.misspeltGroup(cl) >= 0; !fuzzy {
			return out
		}
	}
	out = fc.identified(cl, out)
	var cls [64]uint16
	var glued [64]bool
	n := cl.b - cl.a
	if n > len(cls) {
		n = len(cls)
	}
	any := false
	for i := range n {
		t := toks[cl.a+i]
		if t.Kind != KindWord {
			continue
		}
		if fc.tcat[cl.a+i] != 0 {
			// a word the lexicon knows is not a misspelling: read it as
			// written
			cls[i] = basicExact(t.Text)
		} else {
			cls[i], glued[i] = basicToken(t.Text)
		}
		if t.Text == "sous" && cl.a+i+1 < cl.b {
			// "sous-hommes" is two tokens
			cls[i] = basicClass("sous" + toks[cl.a+i+1].Text)
		}
		if cls[i] != 0 || withoutWord[t.Text] || t.Text == "place" || t.Text == "faire" {
			any = true
		}
	}
	if !any {
		return out
	}
	at := func(j int) uint16 {
		if j < cl.a || j >= cl.a+n {
			return 0
		}
		return cls[j-cl.a]
	}
	// targets: protected groups said of as a whole, and pronouns standing
	// for one named before
	type target struct {
		a, b int
		name string
		// self: the verb is glued to the group ("despisewomen"); after:
		// the French object pronoun before its verb ("je les défonce")
		self, after bool
	}
	var targets []target
	for _, g := range cl.hits {
		if g.cats&catGroup == 0 || !(fc.generic(g) || singularTarget(toks, g)) || namesThing(toks, g) || (g.start > 0 && possessive[toks[g.start-1].Text]) {
			continue
		}
		if g.end < cl.b && proxyQualifier[toks[g.end].Text] && fc.all&(catBrand2|catComplaint) != 0 {
			continue
		}
		b := g.end
		if peopleAfter(toks, g) {
			b++ // "gay people don't…": the noun is part of the group
		}
		targets = append(targets, target{a: g.start, b: b, name: spanText(toks, g.start, b)})
	}
	if fuzzy {
		for j := cl.a; j < cl.b; j++ {
			if toks[j].Kind == KindWord && fc.tcat[j] == 0 && fuzzyGroup(toks[j].Text) {
				targets = append(targets, target{a: j, b: j + 1, name: toks[j].Text})
			}
		}
	}
	var named string
	for _, g := range fc.hits {
		if g.cats&catGroup != 0 && fc.generic(g) && !namesThing(toks, g) && !(g.start > 0 && possessive[toks[g.start-1].Text]) {
			named = spanText(toks, g.start, g.end)
			break
		}
	}
	if named != "" {
		for j := cl.a; j < cl.b; j++ {
			w := toks[j].Text
			// "je les déteste": the French object pronoun before its verb
			if targetPronoun[w] {
				targets = append(targets, target{a: j, b: j + 1, name: named})
			} else if w == "les" && at(j+1)&(bwEmo|bwViol|bwRemove) != 0 {
				targets = append(targets, target{a: j, b: j + 1, name: named, after: true})
			}
		}
	}
	for i := range n {
		if glued[i] {
			targets = append(targets, target{a: cl.a + i, b: cl.a + i + 1, name: toks[cl.a+i].Text, self: true})
		}
	}
	if len(targets) == 0 {
		return out
	}
	// restrictive negations say "only": "ne sont que des rats" (no "pas"
	// between), "nothing but animals", "no better than", "pas mieux que"
	negIn := func(a, b int) (neg, restr bool) {
		ne := false
		for j := max(a, cl.a); j < min(b, cl.b); j++ {
			w := toks[j].Text
			switch {
			case w == "ne" || w == "n":
				ne = true
			case (w == "que" || w == "qu") && ne && !neg:
				restr = true
			case basicNeg[w]:
				neg = true
			case neg && (w == "but" && toks[j-1].Text == "nothing" || w == "better" || w == "mieux"):
				restr = true
			}
		}
		return neg || ne, restr
	}
	// a negation after the predicate: "a burden to no one", "a disgrace
	// to nobody", "déteste pas"
	negAfter := func(j int) bool {
		for k := j + 1; k < min(cl.b, j+4); k++ {
			if w := toks[k].Text; w == "nobody" || w == "no" || w == "pas" || w == "jamais" || w == "personne" || w == "none" {
				return true
			}
		}
		return false
	}
	// the whole clause under a negated or reported saying: "I don't
	// think…", "je ne dirai jamais que…", "un troll a écrit que…"
	reported := func(g int) bool {
		neg := false
		for j := cl.a; j < g; j++ {
			w := toks[j].Text
			if basicNeg[w] && !(w == "rien" && j+1 < cl.b && toks[j+1].Text == "que") {
				neg = true
			}
			if !opinionVerb[w] && !sayingVerb[w] && !reportVerb[w] && w != "croire" && w != "penser" {
				continue
			}
			if neg && !cl.question {
				return true
			}
			if w == "croire" || w == "penser" {
				continue // a report only when negated: "il ne faut pas croire que…"
			}
			first := false
			for k := max(cl.a, j-3); k < j; k++ {
				// "don't you think X are…?", "vous ne trouvez pas que…?"
				// asks the reader to agree
				if cl.question && (personSubject[toks[k].Text] || toks[k].Text == "vous") {
					first = true
				}
				if basicSubject[toks[k].Text] {
					first = true
				}
			}
			if !first {
				return true
			}
		}
		return false
	}
	add := func(kind string, pos, end int, g string, own bool) {
		out = append(out, frame{ownNeg: own, kind: kind, pos: pos, word: spanText(toks, pos, end), g: g})
	}
	for _, g := range targets {
		if reported(g.a) {
			continue
		}
		// a negation of the group itself: "no women should be hurt",
		// "aucun immigré ne mérite…"
		groupNeg := false
		for j := max(cl.a, g.a-2); j < g.a; j++ {
			if w := toks[j].Text; w == "no" || w == "aucun" || w == "aucune" || w == "nobody" || w == "none" {
				groupNeg = true
			}
		}
		// 1. what the group is said to be or to do to the speaker
		if !groupNeg && (!objectOf(toks, cl, g.a) || emoMeAfter(toks, cl, g.b, at)) {
			// "X should be kept in cages", "devraient vivre dans un zoo"
			for j := g.b + 1; j < min(cl.b, g.b+9); j++ {
				if at(j)&bwImpl != 0 && modalBetween(toks, g.b, j) {
					if neg, _ := negIn(g.b, j); !neg && !negAfter(j) {
						add("an implicit derogation of", j, j+1, g.name, true)
					}
					break
				}
			}
			found := false
			for j := g.b; j < min(cl.b, g.b+9) && !found; j++ {
				w := toks[j].Text
				c := at(j)
				switch {
				case c&(bwAttr|bwDehum) != 0 && c&bwPos == 0:
					// a negative question asserts: "aren't they just animals?"
					neg, restr := negIn(g.b, j)
					if (!neg || restr || cl.question) && !negAfter(j) {
						add("said of", j, j+1, g.name, true)
					}
					found = true
				case c&bwPos != 0:
					// "never any good", "ne servent à rien", "not human"
					if neg, restr := negIn(g.b, j+2); neg && !restr {
						add("a denied quality said of", j, j+1, g.name, true)
						found = true
					}
				case c&bwEmoMe != 0:
					if neg, _ := negIn(g.b, j); !neg && meNear(toks, j, g.b, cl.b) {
						add("a feeling of disgust caused by", j, j+1, g.name, true)
					}
					found = true
				case c&bwImpl != 0:
					if neg, _ := negIn(g.b, j); !neg && !negAfter(j) {
						add("an implicit derogation of", j, j+1, g.name, true)
					}
					found = true
				case (w == "deserve" || w == "deserves" || w == "meritent" || w == "merite") && j+1 < cl.b && (toks[j+1].Text == "better" || toks[j+1].Text == "mieux"):
					found = true // "X deserve better than this disgusting treatment"
				case c&bwGone != 0:
					// "X should disappear", "why can't X just disappear?",
					// "pourquoi les X ne disparaissent-ils pas ?"
					neg, _ := negIn(g.b, j+3)
					qneg, _ := negIn(cl.a, j+3)
					if (modalBetween(toks, g.b, j) || betterIf(toks, cl, g.a, j)) && !neg || (cl.question && whyAt(toks, cl) && qneg) {
						add("a group wished gone:", j, j+1, g.name, true)
					}
					found = true
				case w == "place" && toks[j-1].Text == "no" || w == "faire" && toks[j-1].Text == "a" && toks[j-2].Text == "rien":
					// "X have no place among us", "n'ont rien à faire ici"
					add("a group denied its place:", j, j+1, g.name, true)
					found = true
				case c&(bwViol|bwRemove) != 0 && (j > g.b && modalBetween(toks, g.b, j) || intentBefore(toks, cl, g.a) && !preventBefore(toks, cl, g.a)):
					// "X should all be shot", "… devraient être enfermées"
					if neg, _ := negIn(g.b, j); !neg {
						add("violence or removal called for against", j, j+1, g.name, true)
					}
					found = true
				case c&bwProf != 0:
					if neg, _ := negIn(g.b, j); !neg {
						add("profanity aimed at", j, j+1, g.name, true)
					}
					found = true
				case !chainWord[w] && !basicIntent[w] && !modalWord[w] && !profChain[w] && !adverb(w):
					found = true // something else is said of them
				}
			}
		}
		// 2. what is done to the group: an emotion, a threat, a call to
		// remove, profanity — the verb shortly before it
		from, to := g.a-1, max(cl.a, g.a-6)
		switch {
		case g.self:
			from, to = g.a, g.a
		case g.after:
			from, to = g.b, g.b
		}
		for j := from; j >= to; j-- {
			c := at(j)
			if c == 0 {
				continue
			}
			switch {
			case c&bwEmoNeg != 0:
				// "ne jamais tolérer les attaques contre X": another noun
				// is what is not tolerated
				if neg, _ := negIn(max(cl.a, j-4), j); neg && linksOrNeg(toks, j+1, g.a) {
					add("intolerance of", j, j+1, g.name, true)
				}
			case c&bwEmo != 0 && (relativeBetween(toks, j, g.a) || !onlyLinks(toks, j+1, g.a)):
				// "sick of people attacking X": the feeling is about them
			case c&bwEmo != 0:
				// "je n'ai que du mépris pour…" is restrictive
				if neg, restr := negIn(max(cl.a, j-4), j); (!neg || restr) && !negAfter(j) && !beingAfter(toks, g.b, cl.b) && !otherSubject(toks, cl, j) {
					add("a hostile emotion towards", j, j+1, g.name, true)
				}
			case c&(bwViol|bwRemove) != 0:
				if neg, _ := negIn(max(cl.a, j-5), j); !neg && (intentBefore(toks, cl, j) || segmentStart(toks, cl, j) || (g.after && firstBefore(toks, cl, j))) {
					add("violence or removal aimed at", j, j+1, g.name, true)
				}
			case c&bwProf != 0:
				if neg, _ := negIn(max(cl.a, j-3), j); !neg && g.a-j <= 3 {
					add("profanity aimed at", j, j+1, g.name, true)
				}
			case c&bwLet != 0:
				// "I wouldn't let X near my children", "je ne laisserais
				// jamais les X approcher…"
				if neg, _ := negIn(max(cl.a, j-4), j+2); neg {
					for k := g.b; k < min(cl.b, g.b+3); k++ {
						if w := toks[k].Text; w == "near" || w == "around" || w == "approcher" || w == "pres" || w == "close" || w == "in" || w == "entrer" {
							add("removal aimed at", j, k+1, g.name, true)
							break
						}
					}
				}
			case c&bwKeep != 0:
				// "keep X away from…", "qu'on garde les X loin des…"
				for k := g.b; k < min(cl.b, g.b+3); k++ {
					if w := toks[k].Text; w == "away" || w == "loin" || w == "out" || w == "dehors" || w == "apart" || w == "ecart" {
						add("removal aimed at", j, k+1, g.name, true)
						break
					}
				}
			case c&bwAttr != 0 && comparedBelow(toks, cl, j, g.a):
				// "nothing is more pathetic than X", "rien n'est plus
				// pathétique que les X"
				add("said of", j, j+1, g.name, true)
			case c&bwImpl != 0 || c&bwAttr != 0:
				continue
			}
			break
		}
		// "the world would be better without X", "le monde serait mieux
		// sans les X"
		if k := betterBefore(toks, cl, g.a); k > cl.a {
			for j := max(cl.a, k-5); j < k; j++ {
				if w := toks[j].Text; w == "better" || w == "mieux" || w == "meilleur" || w == "meilleure" || w == "safer" || w == "happier" || w == "cleaner" {
					if neg, _ := negIn(cl.a, j); !neg || cl.question {
						add("a world wished without", j, k+1, g.name, true)
					}
					break
				}
			}
		}
	}
	return out
}

// profChain: the words of "can go fuck themselves", "aillent se faire
// foutre", "ferment leur gueule".
var profChain = map[string]bool{"can": true, "go": true, "should": true, "shut": true, "up": true, "themselves": true, "aillent": true,
	"se": true, "faire": true, "ferment": true, "fermer": true, "leur": true, "leurs": true, "devraient": true, "the": true, "forever": true}

// meNear: "disgust me", "me dégoûtent", "make me sick", "me donnent envie de vomir".
func meNear(toks []Token, j, a, b int) bool {
	for k := max(a, j-4); k < min(b, j+2); k++ {
		if w := toks[k].Text; w == "me" || w == "m" || w == "my" {
			return true
		}
	}
	return false
}

// modalBetween: a modal or a wish between the group and a violent verb.
func modalBetween(toks []Token, a, b int) bool {
	for k := a; k < b; k++ {
		if w := toks[k].Text; basicIntent[w] || modalWord[w] {
			return true
		}
	}
	return false
}

// intentBefore: an intention, a wish, an order or a first-person
// subject shortly before a violent verb.
func intentBefore(toks []Token, cl clause, j int) bool {
	for k := max(cl.a, j-5); k < j; k++ {
		if w := toks[k].Text; basicIntent[w] || wishWord[w] || intentWords[w] {
			return true
		}
	}
	return false
}

// beingAfter: "sick of women being mistreated" is about the treatment.
func beingAfter(toks []Token, a, b int) bool {
	return a < b && (toks[a].Text == "being" || toks[a].Text == "getting" || toks[a].Text == "etre")
}

// reportVerb: saying verbs the opinion and saying lists leave out.
var reportVerb = map[string]bool{"ecrire": true, "ecrit": true, "disent": true, "pretend": true, "pretendent": true, "affirment": true,
	"claims": true, "claiming": true, "write": true, "writes": true, "wrote": true, "written": true,
	"dirais": true, "dirai": true, "dirait": true, "diraient": true, "disons": true, "dites": true, "pretendre": true,
	"insinuate": true, "insinuer": true, "suggest": true, "suggests": true, "implying": true, "sous-entendre": true}

// subjectPrep: a group after one of these is not the subject of what
// follows ("comments about Roma are a disgrace").
var subjectPrep = map[string]bool{"about": true, "against": true, "towards": true, "toward": true, "for": true, "with": true, "of": true,
	"to": true, "on": true, "sur": true, "contre": true, "envers": true, "pour": true, "avec": true, "de": true, "du": true, "d": true, "by": true, "par": true}

// objectOf reports a group after a preposition, skipping its determiners.
func objectOf(toks []Token, cl clause, a int) bool {
	for j := a - 1; j >= cl.a; j-- {
		w := toks[j].Text
		if genericDet[w] || w == "les" || w == "all" || w == "tous" || w == "toutes" || w == "an" || w == "un" || w == "une" {
			continue
		}
		// "typical of a woman to be…", "every one of them"
		return subjectPrep[w] && !(j > cl.a && (toks[j-1].Text == "typical" || toks[j-1].Text == "typique" || toks[j-1].Text == "one"))
	}
	return false
}

// otherSubject: someone else than the speaker feels it ("vous méprisez
// les femmes" is a reproach to the brand, "he hates gays" a report).
func otherSubject(toks []Token, cl clause, j int) bool {
	for k := j - 1; k >= max(cl.a, j-4); k-- {
		w := toks[k].Text
		if basicSubject[w] {
			return false
		}
		if personSubject[w] || w == "vous" || w == "il" || w == "elle" || w == "he" || w == "she" || w == "people" || w == "gens" || w == "who" || w == "qui" {
			return true
		}
	}
	return false
}

// gluedGroup reports a hostile verb glued to a group word
// ("despisewomen"), which the lexicon cannot see as a group.
func gluedGroup(toks []Token, cl clause) bool {
	for j := cl.a; j < cl.b; j++ {
		if t := toks[j]; t.Kind == KindWord && len(t.Text) >= 8 {
			if gluedTail(t.Text) {
				return true
			}
		}
	}
	return false
}

// gluedAt is where a hostile verb glued to a group word ends, or 0.
func gluedAt(w string) int {
	for i := 4; i+3 <= len(w); i++ {
		hc, ok := basicWords[w[:i]]
		if !ok || hc&(bwEmo|bwViol|bwProf|bwRemove) == 0 {
			continue
		}
		for _, lx := range []*lexicon{lexicons["en"], lexicons["fr"], rulesLexicons["en"], rulesLexicons["fr"]} {
			if e, ok := lx.lookup(w[i:]); ok && e.cats&catGroup != 0 {
				return i
			}
		}
	}
	return 0
}

func gluedTail(w string) bool { return gluedAt(w) > 0 }

// quoteAsSubject: "Écrire « … » devrait être puni", "Saying '…' is hate":
// a quoted sentence made the subject of a verdict on saying it.
func quoteAsSubject(toks []Token) bool {
	if len(toks) < 2 || toks[1].Kind != KindQuote {
		return false
	}
	switch toks[0].Text {
	case "ecrire", "dire", "affirmer", "pretendre", "repeter", "writing", "saying", "claiming", "tweeting", "posting", "calling":
		return true
	}
	return false
}

// nothingBut: "nothing but animals" is one predicate, not two clauses.
func nothingBut(toks []Token, i int) bool {
	return toks[i].Text == "but" && i > 0 && (toks[i-1].Text == "nothing" || toks[i-1].Text == "anything")
}

// noneOfGroup: "no women deserve to die", "aucun immigré ne mérite de
// mourir" deny the threat to a whole group.
func noneOfGroup(toks []Token, cl clause, hits []hit, pos int) bool {
	for _, g := range hits {
		if g.cats&catGroup == 0 || g.start < cl.a || g.end > pos || pos-g.end > 2 || g.start == 0 {
			continue
		}
		switch toks[g.start-1].Text {
		case "no", "aucun", "aucune", "nul", "nulle":
			return true
		}
	}
	return false
}

// condemnWord outside quotes says what the quoted words are worth.
var condemnWord = map[string]bool{"hurtful": true, "offensive": true, "hateful": true, "unacceptable": true, "bigoted": true, "wrong": true,
	"harmful": true, "awful": true, "shameful": true, "blessant": true, "blessants": true, "blessante": true, "blessantes": true, "inacceptable": true,
	"inacceptables": true, "choquant": true, "choquants": true, "honteux": true, "honteuse": true, "haineux": true, "haineuse": true, "intolerable": true,
	"inadmissible": true, "degradant": true, "degradants": true, "offensant": true, "offensants": true}

// quoteCondemned: words in quotes that the comment around them judges
// ("Statements like 'X are scum' are deeply hurtful"), or introduces as
// an example ("des propos comme « … »").
func quoteCondemned(toks []Token, quote []bool) bool {
	for i, t := range toks {
		if quote[i] || t.Kind == KindQuote {
			continue
		}
		if condemnWord[t.Text] {
			return true
		}
		if (t.Text == "like" || t.Text == "comme") && i+1 < len(toks) && toks[i+1].Kind == KindQuote {
			return true
		}
	}
	return false
}

// firstBefore: a first-person subject shortly before j ("je les défonce").
func firstBefore(toks []Token, cl clause, j int) bool {
	for k := max(cl.a, j-3); k < j; k++ {
		if basicSubject[toks[k].Text] {
			return true
		}
	}
	return false
}

// identified: "Don't trust them. They are X.", "Ce sont des X, forcément":
// a clause that only says who "they" are, in a comment that says
// something hostile of them elsewhere, makes the group the target.
func (fc *frameCtx) identified(cl clause, out []frame) []frame {
	toks := fc.toks
	j := cl.a
	if j+2 >= cl.b {
		return out
	}
	switch toks[j].Text {
	case "they", "ce", "c", "ils", "elles":
	default:
		return out
	}
	j++
	if w := toks[j].Text; w != "are" && w != "re" && w != "sont" && w != "est" {
		return out
	}
	j++
	for j < cl.b && (identFiller[toks[j].Text] || genericDet[toks[j].Text]) {
		j++
	}
	var g hit
	found := false
	for _, h := range cl.hits {
		if h.start == j && h.cats&catGroup != 0 {
			g, found = h, true
		}
	}
	if !found {
		return out
	}
	// the rest of the clause adds nothing but "after all", "what did you
	// expect"
	for k := g.end; k < cl.b; k++ {
		if !identFiller[toks[k].Text] && !peopleNoun[toks[k].Text] && toks[k].Kind == KindWord {
			return out
		}
	}
	cue := -1
	neg := false
	for k, t := range toks {
		if k >= cl.a && k < cl.b {
			continue
		}
		if basicNeg[t.Text] {
			neg = true
		}
		c := basicClass(t.Text)
		if c&(bwAttr|bwDehum|bwEmo) != 0 || lieWord[t.Text] || (neg && distrustWord[t.Text]) {
			cue = k
			break
		}
	}
	if cue < 0 {
		return out
	}
	return append(out, frame{ownNeg: true, kind: "a group named as who \"they\" are, next to", pos: g.start, word: spanText(toks, cue, cue+1), g: spanText(toks, g.start, g.end)})
}

var identFiller = map[string]bool{"just": true, "only": true, "all": true, "merely": true, "simply": true, "juste": true, "que": true, "qu": true,
	"simplement": true, "tous": true, "toutes": true, "after": true, "apres": true, "tout": true, "what": true, "did": true, "you": true,
	"expect": true, "of": true, "course": true, "obviously": true, "clearly": true, "naturally": true, "again": true, "encore": true, "forcement": true, "evidemment": true, "voila": true, "quoi": true, "bien": true, "sur": true}

var lieWord = map[string]bool{"lie": true, "lies": true, "lying": true, "liars": true, "mentent": true, "mentir": true, "menteurs": true, "steal": true, "volent": true}

var distrustWord = map[string]bool{"hire": true, "employ": true, "rent": true, "embauchez": true, "embauchez-les": true, "employez": true, "louez": true, "trust": true, "listen": true, "believe": true, "confiance": true, "ecoutez": true, "ecoute": true, "croyez": true, "crois": true, "fiez": true}

// preventBefore: "we must stop X being hurt" protects them.
func preventBefore(toks []Token, cl clause, a int) bool {
	for k := cl.a; k < a; k++ {
		if preventWord[toks[k].Text] {
			return true
		}
	}
	return false
}

// withoutWord: "better without X", "mieux avant l'arrivée des X".
var withoutWord = map[string]bool{"without": true, "sans": true, "before": true, "avant": true}

// betterBefore finds "without"/"before" shortly before a group ("without
// the X", "before the X showed up", "avant l'arrivée des X"), or -1.
func betterBefore(toks []Token, cl clause, a int) int {
	for k := a - 1; k >= max(cl.a+1, a-4); k-- {
		if withoutWord[toks[k].Text] {
			return k
		}
		if w := toks[k].Text; !genericDet[w] && w != "l" && w != "arrivee" && w != "arrival" && w != "of" && w != "venue" {
			return -1
		}
	}
	return -1
}

// emoMeAfter: "just thinking about X disgusts me", "rien que de penser
// aux X, ça me dégoûte" — the group is an object, the feeling the
// speaker's.
func emoMeAfter(toks []Token, cl clause, b int, at func(int) uint16) bool {
	for j := b; j < min(cl.b, b+5); j++ {
		if at(j)&bwEmoMe != 0 && meNear(toks, j, b, cl.b) {
			return true
		}
	}
	return false
}

// ownSaying: "I'd say", "selon moi", "if you ask me" are the speaker's
// own words, not a report of someone else's.
func ownSaying(toks []Token, h hit) bool {
	if h.start >= 2 && firstPersonSubject[toks[h.start-2].Text] && (toks[h.start-1].Text == "d" || toks[h.start-1].Text == "would" || toks[h.start-1].Text == "ll") {
		return true
	}
	if h.end < len(toks) && toks[h.start].Text == "selon" {
		switch toks[h.end].Text {
		case "moi", "nous":
			return true
		}
	}
	return false
}

// peopleNoun after a group adjective makes it the whole group
// ("transgender people", "Muslim folks").
var peopleNoun = map[string]bool{"person": true, "man": true, "men": true, "woman": true, "guy": true, "guys": true, "lives": true, "vies": true, "people": true, "poeple": true, "peolpe": true, "peple": true, "pepole": true, "ppl": true, "folks": true, "folk": true, "persons": true, "individuals": true, "personnes": true, "gens": true}

func peopleAfter(toks []Token, h hit) bool {
	return h.end < len(toks) && peopleNoun[toks[h.end].Text]
}

// groupDel maps the one-letter deletions of the group words of 5+ letters
// (both lexicons) to true, for misspelt group names; built on first use,
// after the lexicons.
var (
	groupDelOnce sync.Once
	groupDel     map[string]bool
	groupWord    map[string]bool
)

func buildGroupDel() {
	groupDel, groupWord = map[string]bool{}, map[string]bool{}
	for _, lx := range []*lexicon{lexicons["en"], lexicons["fr"], rulesLexicons["en"], rulesLexicons["fr"]} {
		for w, e := range lx.words {
			if e.cats&catGroup == 0 || len(w) < 5 || e.cats&^catGroup != 0 {
				continue
			}
			groupWord[w] = true
			for i := 1; i < len(w); i++ { // the first letter is kept: people rarely change it
				groupDel[w[:i]+w[i+1:]] = true
			}
		}
	}
}

// fuzzyGroup reports a word one letter away from a group word of 5+
// letters (a swap, a letter added or dropped), keeping its first letter.
func fuzzyGroup(w string) bool {
	if len(w) < 5 || len(w) > 40 {
		return false
	}
	groupDelOnce.Do(buildGroupDel)
	if groupWord[w] {
		return false // a group word the lexicon already saw
	}
	if groupDel[w] {
		return true // a letter dropped
	}
	var b [40]byte
	for i := 1; i < len(w); i++ {
		d := append(append(b[:0], w[:i]...), w[i+1:]...)
		if groupWord[string(d)] {
			return true // a letter added
		}
		if i+1 < len(w) {
			sw := append(b[:0], w...)
			sw[i], sw[i+1] = sw[i+1], sw[i]
			if groupWord[string(sw)] {
				return true // two letters swapped
			}
		}
	}
	return false
}

// hostileWord: the clause has a word of the hostile classes as written.
func hostileWord(toks []Token, cl clause) bool {
	for j := cl.a; j < cl.b; j++ {
		if c := basicWords[toks[j].Text]; c&^bwPos != 0 {
			return true
		}
	}
	return false
}

// misspeltGroup is the position of a misspelt group word in cl, or -1.
func (fc *frameCtx) misspeltGroup(cl clause) int {
	toks := fc.toks
	for j := cl.a; j < cl.b; j++ {
		if toks[j].Kind == KindWord && fc.tcat[j] == 0 && fuzzyGroup(toks[j].Text) {
			return j
		}
	}
	return -1
}

// singularTarget: one member standing for the group — "the next Muslim I
// see", "a woman will never…", "typical of a woman", "le prochain
// musulman" (not "my Muslim neighbour": a possessive is checked apart).
func singularTarget(toks []Token, g hit) bool {
	if g.start == 0 {
		return false
	}
	switch toks[g.start-1].Text {
	case "next", "prochain", "prochaine", "any", "every", "each", "chaque", "a", "an", "un", "une":
		return true
	}
	return false
}

// betterIf: "better if all X were dead", "X are better off dead", "I
// wish X were gone", "ce serait mieux si les X étaient morts".
func betterIf(toks []Token, cl clause, a, j int) bool {
	for k := max(cl.a, a-4); k < j; k++ {
		switch toks[k].Text {
		case "better", "mieux", "wish", "hope", "souhaite", "espere":
			return true
		}
	}
	return false
}

// adverb: an adverb between a group and its predicate ("inherently evil",
// "naturellement violents").
func adverb(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ment") && w != "comment")
}

// howBetween: "how"/"comment"/"the way" between a judgement and a group.
func howBetween(toks []Token, a, b int) bool {
	for k := a; k < b; k++ {
		switch toks[k].Text {
		case "how", "comment", "way", "facon", "maniere":
			return true
		}
	}
	return false
}

// haineContre: "j'ai la haine contre…" is hatred felt, not named as bad.
func haineContre(toks []Token, h hit) bool {
	return toks[h.start].Text == "haine" && h.start >= 2 && toks[h.start-1].Text == "la" && (toks[h.start-2].Text == "ai" || toks[h.start-2].Text == "a")
}

// relativeBetween: other people, or a relative clause, between an emotion
// and the group ("sick of people attacking X", "marre des gens qui…").
func relativeBetween(toks []Token, a, b int) bool {
	for k := a + 1; k < b; k++ {
		switch toks[k].Text {
		case "people", "gens", "who", "qui", "those", "ceux", "celles", "folks":
			return true
		}
	}
	return false
}

// comparedBelow: a comparison that puts the group lowest ("more pathetic
// than X", "plus pathétique que les X").
func comparedBelow(toks []Token, cl clause, j, a int) bool {
	k := a - 1
	for k > j && genericDet[toks[k].Text] {
		k--
	}
	if k <= j || (toks[k].Text != "than" && toks[k].Text != "que" && toks[k].Text != "qu") {
		return false
	}
	for m := max(cl.a, j-3); m < j; m++ {
		if w := toks[m].Text; w == "more" || w == "plus" {
			return true
		}
	}
	return false
}

// onlyLinks: nothing but prepositions and determiners between an emotion
// and the group ("contempt for all X", "horreur des X"; not "dégoûté par
// le traitement des X").
func onlyLinks(toks []Token, a, b int) bool {
	for k := a; k < b; k++ {
		switch w := toks[k].Text; w {
		case "by", "par", "for", "pour", "of", "de", "des", "du", "d", "contre", "against", "towards", "envers", "all", "tous", "toutes",
			"these", "those", "ces", "les", "the", "any", "every", "with", "avec", "sur", "on", "at", "aux", "a", "an", "un", "une", "personnes", "gens":
		default:
			if !genericDet[w] && !peopleNoun[w] { // "les hommes noirs", "les couples gays"
				return false
			}
		}
	}
	return true
}

// deserveBetter: "X deserve better than this disgusting treatment" judges
// the treatment.
func deserveBetter(toks []Token, a, b int) bool {
	for k := a; k+1 < b; k++ {
		switch toks[k].Text {
		case "deserve", "deserves", "meritent", "merite":
			if w := toks[k+1].Text; w == "better" || w == "mieux" {
				return true
			}
		}
	}
	return false
}
