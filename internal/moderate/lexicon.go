package moderate

import (
	"bufio"
	"embed"
	"fmt"
	"sort"
	"strings"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

// cat is a lexicon category; a word can belong to several.
type cat uint64

const (
	catGroup        cat = 1 << iota // a protected group: "musulmans", "gays"
	catSlur                         // an identity slur
	catReclaimable                  // a slur that groups reclaim ("queer", "gouine")
	catSlurPrefix                   // "sale", "dirty": turns a group name into an attack
	catDehum                        // dehumanising: "vermine", "cockroaches"
	catHateVerb                     // exclusion, elimination, hatred
	catThreat                       // a threat phrase aimed at the reader
	catThreatVerb                   // kill, hurt… (a threat with "te"/"you" and a future)
	catInsultN                      // insult nouns, aimed at a person by nature
	catInsultA                      // insulting adjectives, need a person target
	catObjConstruct                 // "de merde", "à la con": abuse of a thing
	catProfanity                    // swearing that need not target anyone
	catSecond                       // second person: tu, vous, you
	catBrand2                       // how people address a brand: vous, your
	catThird                        // third person individual: il, ce mec, he
	catNeg                          // negation
	catReport                       // reporting or quoting speech
	catAntiHate                     // naming hate as bad: racisme, homophobic
	catDisclaimer                   // "je ne suis pas raciste mais"
	catFirstPerson                  // je suis, as a, we: in-group speech
	catPositive                     // positive sentiment
	catNegative                     // negative sentiment
	catComplaint                    // service, order, delivery, waiting…
	catQuestionW                    // question words
	catSpam                         // self-promotion
	catScamAction                   // "DM me", whatsapp, click the link
	catScamLure                     // prize, crypto, account suspended
	catScamWeak                     // lures that are ordinary words too: iphone, cash
	catMetaSpeech                   // "ce genre de commentaires": talk about words
	catProxy                        // "ces gens-là", "these invaders": a group named without its name
	catExclusion                    // "retourne dans ton bled": exclusion by origin or gender, no group word needed
	catHarm                         // violence wished on a group: "gas", "noyer", "be shot", "a beating"
	catHabit                        // crimes stated as a group's habit: "steal", "volent", "manipulent"
	catGoBack                       // an order to leave: "go back", "repars", "renvoyez-les", "qu'ils rentrent"
	catPlace                        // a place of origin as a destination: "Afrique", "ton bled", "the desert"
	catCoded                        // a euphemism that can stand for a group: "jeunes", "youths", "diversity", "vibrant"
	catWink                         // sarcasm or a crime next to a euphemism: "comme par hasard", "stabbing", "lol"
)

var catNames = map[string]cat{
	"group": catGroup, "slur": catSlur, "reclaimable": catReclaimable, "slurprefix": catSlurPrefix,
	"dehum": catDehum, "hateverb": catHateVerb, "threat": catThreat, "threatverb": catThreatVerb,
	"insultn": catInsultN, "insulta": catInsultA, "objconstruct": catObjConstruct,
	"profanity": catProfanity, "second": catSecond, "brand2": catBrand2, "third": catThird,
	"neg": catNeg, "report": catReport, "antihate": catAntiHate, "disclaimer": catDisclaimer,
	"firstperson": catFirstPerson, "positive": catPositive, "negative": catNegative,
	"complaint": catComplaint, "questionw": catQuestionW, "spam": catSpam,
	"scamaction": catScamAction, "scamlure": catScamLure, "scamweak": catScamWeak, "metaspeech": catMetaSpeech,
	"proxy": catProxy, "exclusion": catExclusion,
	"harm": catHarm, "habit": catHabit, "goback": catGoBack, "place": catPlace, "coded": catCoded, "wink": catWink,
}

// variantCats are the categories whose words evaders misspell on purpose;
// swapped-letter variants are generated for them.
const variantCats = catSlur | catInsultN | catDehum

type entry struct {
	cats   cat
	group  string // protected characteristic for group terms and slurs
	plural bool   // an irregular plural ("women", "chinese")
}

type phrase struct {
	words []string // skeletons after the first word
	entry
}

// lexicon is one language's word lists, indexed for matching in one pass.
type lexicon struct {
	words   map[string]entry    // single-word entries by skeleton
	phrases map[string][]phrase // multi-word entries by their first word's skeleton
	prefix  map[string]entry    // "islamophob*" entries by skeleton prefix
	plens   []int               // the prefix lengths present
	plain   []maskCand          // single words, for matching "f*ck"
	// vowelless maps attack and group words with their vowels blanked
	// ("n_gg_rs") to the entry: a leetspeak symbol can stand for the wrong
	// vowel ("nigg@rs").
	vowelless map[string]entry
}

type maskCand struct {
	text string
	e    entry
}

var lexicons = map[string]*lexicon{}

// rulesLexicons hold the entries the structure rules read but the model
// never sees as features (lexicon/<lang>_rules.txt): entries added there
// leave the trained model and its reproducibility untouched.
var rulesLexicons = map[string]*lexicon{}

func init() {
	for _, lang := range []string{"fr", "en"} {
		lx, err := loadLexicon(lang)
		if err != nil {
			panic(err)
		}
		lexicons[lang] = lx
		if lx, err = loadLexicon(lang + "_rules"); err != nil {
			panic(err)
		}
		rulesLexicons[lang] = lx
	}
}

func loadLexicon(lang string) (*lexicon, error) {
	f, err := lexiconFS.Open("lexicon/" + lang + ".txt")
	if err != nil {
		return nil, fmt.Errorf("moderate: lexicon %s: %w", lang, err)
	}
	defer f.Close()
	lx := &lexicon{words: map[string]entry{}, phrases: map[string][]phrase{}, prefix: map[string]entry{}, vowelless: map[string]entry{}}
	var cur cat
	sc := bufio.NewScanner(f)
	line := 0
	var sk []byte
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		if strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") {
			c, ok := catNames[s[1:len(s)-1]]
			if !ok {
				return nil, fmt.Errorf("moderate: lexicon %s line %d: unknown section %s", lang, line, s)
			}
			cur = c
			continue
		}
		if cur == 0 {
			return nil, fmt.Errorf("moderate: lexicon %s line %d: entry before any section", lang, line)
		}
		fields := strings.Split(s, "|")
		e := entry{cats: cur}
		if len(fields) > 1 {
			e.group = fields[1]
		}
		if len(fields) > 2 && fields[2] == "pl" {
			e.plural = true
		}
		text := fields[0]
		if strings.HasSuffix(text, "*") {
			toks := Tokenize(strings.TrimSuffix(text, "*"))
			if len(toks) != 1 {
				return nil, fmt.Errorf("moderate: lexicon %s line %d: a prefix entry is one word", lang, line)
			}
			sk = skeleton(sk[:0], toks[0].Text)
			lx.addPrefix(string(sk), e)
			continue
		}
		if strings.HasPrefix(text, "<") && strings.HasSuffix(text, ">") {
			// a token the normaliser makes itself, such as <money>
			lx.addWord(text, e)
			continue
		}
		var words []string
		for _, t := range Tokenize(text) {
			if t.Kind == KindWord || t.Kind == KindHashtag {
				sk = skeleton(sk[:0], t.Text)
				words = append(words, string(sk))
			}
		}
		switch len(words) {
		case 0:
			return nil, fmt.Errorf("moderate: lexicon %s line %d: empty entry %q", lang, line, s)
		case 1:
			exact := lastWord(text)
			lx.addWord(exact, e)
			if words[0] != exact && len(words[0]) >= minSkeletonKey {
				lx.addWord(words[0], e)
			}
			if cur == catReclaimable {
				lx.addWord(exact+"s", e)
			}
			lx.plain = append(lx.plain, maskCand{exact, e})
			if e.cats&(catSlur|catInsultN|catDehum|catGroup) != 0 && len(exact) >= 4 {
				k := blankVowels(exact)
				old := lx.vowelless[k]
				old.cats |= e.cats & (catSlur | catInsultN | catDehum | catGroup)
				if e.group != "" {
					old.group = e.group
				}
				lx.vowelless[k] = old
			}
		default:
			lx.addPhrase(words, e)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("moderate: lexicon %s: %w", lang, err)
	}
	// Swapped letters ("conanrd", "fagtog"): every adjacent transposition
	// of a long enough attack word is added, unless it is a word already.
	type variant struct {
		w string
		e entry
	}
	var vs []variant
	keys := make([]string, 0, len(lx.words))
	for w := range lx.words {
		keys = append(keys, w)
	}
	sort.Strings(keys) // map order is random; the lexicon must not be
	for _, w := range keys {
		e := lx.words[w]
		if e.cats&variantCats == 0 || len(w) < 5 {
			continue
		}
		b := []byte(w)
		for i := 1; i+2 < len(b); i++ { // first letter kept: people rarely swap it
			if b[i] == b[i+1] {
				continue
			}
			b[i], b[i+1] = b[i+1], b[i]
			vs = append(vs, variant{string(b), entry{cats: e.cats & variantCats, group: e.group}})
			if sk := string(skeleton(nil, string(b))); len(sk) >= minSkeletonKey {
				vs = append(vs, variant{sk, entry{cats: e.cats & variantCats, group: e.group}})
			}
			b[i], b[i+1] = b[i+1], b[i]
		}
	}
	for _, v := range vs {
		if _, ok := lx.words[v.w]; !ok {
			lx.words[v.w] = v.e
		}
	}
	return lx, nil
}

// minSkeletonKey is the shortest skeleton registered as a key: below it,
// collapsing doubled letters merges real words ("coon" and "con").
const minSkeletonKey = 5

// lastWord is the normalised form of a one-word entry.
func lastWord(text string) string {
	toks := Tokenize(text)
	for i := len(toks) - 1; i >= 0; i-- {
		if toks[i].Kind == KindWord || toks[i].Kind == KindHashtag {
			return toks[i].Text
		}
	}
	return ""
}

func (lx *lexicon) addWord(w string, e entry) {
	old := lx.words[w]
	old.cats |= e.cats
	if e.group != "" {
		old.group = e.group
	}
	old.plural = old.plural || e.plural
	lx.words[w] = old
}

func (lx *lexicon) addPhrase(words []string, e entry) {
	lx.phrases[words[0]] = append(lx.phrases[words[0]], phrase{words: words[1:], entry: e})
}

func (lx *lexicon) addPrefix(p string, e entry) {
	old := lx.prefix[p]
	old.cats |= e.cats
	lx.prefix[p] = old
	for _, l := range lx.plens {
		if l == len(p) {
			return
		}
	}
	lx.plens = append(lx.plens, len(p))
}

// hit is one lexicon match over tokens [start, end).
type hit struct {
	start, end int
	entry
}

// match finds every lexicon entry in toks. keep limits the categories
// reported (all when 0). sks holds each token's skeleton.
func (lx *lexicon) match(toks []Token, sks []string, keep cat, out []hit) []hit {
	for i, t := range toks {
		if t.Kind != KindWord && t.Kind != KindHashtag {
			continue
		}
		sk := sks[i]
		var e entry
		found := false
		if t.Masked {
			e, found = lx.matchMasked(t.Text)
		} else {
			e, found = lx.lookup(t.Text)
			if !found && sk != t.Text {
				e, found = lx.lookup(sk)
			}
			if !found && t.Leet && len(t.Text) >= 4 {
				if e, found = lx.vowelless[blankVowels(t.Text)]; !found && sk != t.Text {
					e, found = lx.vowelless[blankVowels(sk)]
				}
			}
			for _, l := range lx.plens {
				if l <= len(sk) {
					if pe, ok := lx.prefix[sk[:l]]; ok {
						e.cats |= pe.cats
						found = true
					}
				}
			}
		}
		if found && (keep == 0 || e.cats&keep != 0) {
			if keep != 0 {
				e.cats &= keep
			}
			out = append(out, hit{start: i, end: i + 1, entry: e})
		}
		// a dot glued inside a word ("jui.fs", "n.egre" after a break):
		// read the two halves as one attack or group word
		// (and three: "ni.gg.ers")
		if !found && glueAt(toks, i+1) {
			w, end := t.Text+toks[i+2].Text, i+3
			je, ok := lx.lookup(w)
			if !ok && glueAt(toks, i+3) {
				w, end = w+toks[i+4].Text, i+5
				je, ok = lx.lookup(w)
			}
			if ok && je.cats&(catSlur|catGroup|catInsultN|catDehum) != 0 && (keep == 0 || je.cats&keep != 0) {
				if keep != 0 {
					je.cats &= keep
				}
				out = append(out, hit{start: i, end: end, entry: je})
			}
		}
		for _, p := range lx.phrases[sk] {
			if end, ok := matchPhrase(toks, sks, i+1, p.words); ok && (keep == 0 || p.cats&keep != 0) {
				pe := p.entry
				if keep != 0 {
					pe.cats &= keep
				}
				out = append(out, hit{start: i, end: end, entry: pe})
			}
		}
	}
	return out
}

// glueAt reports a dot glued between two word pieces at toks[j].
func glueAt(toks []Token, j int) bool {
	return j+1 < len(toks) && toks[j].Glued && toks[j].Kind == KindEnd && toks[j+1].Glued && toks[j+1].Kind == KindWord
}

// blankVowels replaces every vowel with '_'.
func blankVowels(w string) string {
	b := []byte(w)
	for i, c := range b {
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			b[i] = '_'
		}
	}
	return string(b)
}

// lookup finds a word, or its singular when it ends in s or x.
func (lx *lexicon) lookup(w string) (entry, bool) {
	if e, ok := lx.words[w]; ok {
		return e, true
	}
	// plurals, including the slang "-z" ("bougnoulz", "fagz")
	if len(w) > 3 && (w[len(w)-1] == 's' || w[len(w)-1] == 'x') {
		e, ok := lx.words[w[:len(w)-1]]
		return e, ok
	}
	// the "-z" plural is slang for people ("bougnoulz", "fagz"); on other
	// words it is a verb ending ("vous pourriez" is not "pourrie")
	if len(w) > 3 && w[len(w)-1] == 'z' {
		e, ok := lx.words[w[:len(w)-1]]
		e.cats &= catSlur | catReclaimable | catInsultN | catDehum | catGroup
		return e, ok && e.cats != 0
	}
	return entry{}, false
}

func matchPhrase(toks []Token, sks []string, i int, words []string) (int, bool) {
	for _, w := range words {
		// mentions and hashtags do not interrupt a phrase in tweets,
		// but sentence ends do.
		for i < len(toks) && toks[i].Kind == KindMention {
			i++
		}
		if i >= len(toks) || sks[i] != w {
			return 0, false
		}
		i++
	}
	return i, true
}

// matchMasked matches a word with '*' in it ("f*ck", "n***er", "c*nnard")
// against the attack and swear words: each '*' stands for one or more
// letters, at least two real letters must be visible so "***" matches
// nothing, and the word's length must be within one of the entry's, so
// "sh**" reads as "shit", never as a longer slur. When several entries fit,
// the mildest wins: a mask is ambiguous, and hiding needs certainty.
func (lx *lexicon) matchMasked(w string) (entry, bool) {
	letters := 0
	for i := 0; i < len(w); i++ {
		if w[i] != '*' {
			letters++
		}
	}
	if letters < 2 {
		return entry{}, false
	}
	want := catSlur | catInsultN | catProfanity | catDehum | catInsultA | catGroup
	var best entry
	bestRank, found := 99, false
	for _, c := range lx.plain {
		if c.e.cats&want == 0 || len(c.text) < len(w)-1 || len(c.text) > len(w)+1 {
			continue
		}
		if !globMatch(w, c.text) {
			continue
		}
		if r := severity(c.e.cats); r < bestRank {
			best, bestRank, found = c.e, r, true
		}
	}
	return best, found
}

func severity(c cat) int {
	switch {
	case c&catProfanity != 0:
		return 0
	case c&catInsultA != 0:
		return 1
	case c&catInsultN != 0:
		return 2
	case c&catDehum != 0:
		return 3
	case c&catGroup != 0:
		return 4
	}
	return 5
}

// globMatch reports whether pattern, where '*' is a run of one or more
// bytes, matches s exactly. Dynamic programming keeps it O(len(p)·len(s))
// whatever the number of stars: masked words are hostile input.
func globMatch(p, s string) bool {
	if len(p) > 64 || len(s) > 64 {
		return false
	}
	// cur[j]: p[:i] matches s[:j]
	var prev, cur [65]bool
	prev[0] = true
	for i := 1; i <= len(p); i++ {
		cur = [65]bool{}
		for j := 1; j <= len(s); j++ {
			if p[i-1] == '*' {
				// one byte more for this star, either its first or another
				cur[j] = prev[j-1] || cur[j-1]
			} else {
				cur[j] = prev[j-1] && p[i-1] == s[j-1]
			}
		}
		prev = cur
	}
	return prev[len(s)]
}
