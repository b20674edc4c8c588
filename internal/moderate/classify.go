// Package moderate classifies comments (hate, harassment, toxic, spam, scam,
// complaint, question, praise, other, plus sentiment) offline, in French
// and English, and decides under a Policy what to hide. It combines
// curated lexicons read with structure (who is targeted, negation,
// quotation and reporting, in-group speech) with a small hashed logistic
// regression trained on openly licensed data (see docs/moderation.md).
package moderate

import (
	"bytes"
	_ "embed"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// Label is a comment's class.
type Label string

const (
	LabelHate       Label = "hate"
	LabelHarassment Label = "harassment"
	LabelToxic      Label = "toxic"
	LabelSpam       Label = "spam"
	LabelScam       Label = "scam"
	LabelComplaint  Label = "complaint"
	LabelQuestion   Label = "question"
	LabelPraise     Label = "praise"
	LabelOther      Label = "other"
)

// Labels lists every label in the order the classifier gives them
// precedence: the first one whose score reaches 0.5 wins.
var Labels = []Label{LabelScam, LabelHate, LabelHarassment, LabelToxic, LabelSpam, LabelComplaint, LabelQuestion, LabelPraise, LabelOther}

const nLabels = 9

func labelIndex(l Label) int {
	for i, x := range Labels {
		if x == l {
			return i
		}
	}
	return -1
}

// Sentiment is a comment's polarity.
type Sentiment string

const (
	SentimentNegative Sentiment = "negative"
	SentimentNeutral  Sentiment = "neutral"
	SentimentPositive Sentiment = "positive"
)

// Result is the classification of one comment.
type Result struct {
	Label  Label
	Scores [nLabels]float64 // indexed like Labels; use Score or ScoreMap
	// Sentiment and its score in [-1, 1].
	Sentiment      Sentiment
	SentimentScore float64
	Lang           string
	// Threat is set when the comment threatens someone.
	Threat bool
	// Criticism is set when the comment criticises the brand or its
	// service: policies never hide it for that.
	Criticism bool
	Reason    string
}

// Score returns the probability of label l.
func (r *Result) Score(l Label) float64 {
	if i := labelIndex(l); i >= 0 {
		return r.Scores[i]
	}
	return 0
}

// ScoreMap returns the scores keyed by label name, rounded to 4 decimals.
func (r *Result) ScoreMap() map[string]float64 {
	m := make(map[string]float64, nLabels)
	for i, l := range Labels {
		m[string(l)] = math.Round(r.Scores[i]*1e4) / 1e4
	}
	return m
}

//go:embed model.bin.gz
var embeddedModel []byte

// ModelReport is the training report of the embedded model, as written
// by `vigie moderate train` (model_report.md).
//
//go:embed model_report.md
var ModelReport string

// Classifier holds the trained model. It is safe for concurrent use.
type Classifier struct {
	model                   *Model
	toxic, spam, question   *Head
	toxicGate, hateModelMin float64
	iv                      *interleaved
	bufPool                 sync.Pool
}

var (
	defaultOnce sync.Once
	defaultC    *Classifier
	defaultErr  error
)

// Default returns the classifier with the model embedded in the binary.
func Default() (*Classifier, error) {
	defaultOnce.Do(func() {
		var m *Model
		if len(embeddedModel) > 0 {
			m, defaultErr = DecodeModel(bytes.NewReader(embeddedModel))
			if defaultErr != nil {
				return
			}
		}
		defaultC = New(m)
	})
	return defaultC, defaultErr
}

// New builds a classifier around a model; a nil model leaves the lexicon
// and structure rules alone (used while training the model itself).
func New(m *Model) *Classifier {
	c := &Classifier{model: m, toxicGate: 0.7, hateModelMin: 0.9}
	c.toxic = m.Head("toxic")
	c.spam = m.Head("spam")
	c.question = m.Head("question")
	if c.toxic != nil && c.spam != nil && c.question != nil {
		c.iv = interleave([]*Head{c.toxic, c.spam, c.question})
	}
	c.bufPool.New = func() any { return &scratch{} }
	return c
}

// scratch is per-call working memory, pooled to keep the hot path free of
// allocations beyond the tokens themselves.
type scratch struct {
	sks   []string
	hits  []hit
	extra []hit // rules-lexicon hits
	all   []hit // hits and extra, by position
	feats []uint32
	tcat  []cat
	multi []bool
	quote []bool
	sk    []byte
}

// Analysis is the lexical reading of a comment, exposed for training and
// tests: tokens, their skeletons, lexicon hits and the language.
type Analysis struct {
	Tokens []Token
	Lang   string
	sks    []string
	hits   []hit // every hit, for the rules
	feat   []hit // the main lexicons' hits, the model's features
	echo   bool  // "(((name)))"
}

// analyse tokenises text and matches the lexicons.
func analyse(text, lang string, s *scratch) Analysis {
	toks := Tokenize(truncate(text, MaxTextBytes))
	if cap(s.sks) < len(toks) {
		s.sks = make([]string, len(toks))
	}
	sks := s.sks[:len(toks)]
	for i, t := range toks {
		sks[i] = skeletonString(t.Text, &s.sk)
	}
	if lang != "fr" && lang != "en" {
		lang = detectLang(text, toks)
	}
	other := "en"
	if lang == "en" {
		other = "fr"
	}
	hits := lexicons[lang].match(toks, sks, 0, s.hits[:0])
	// Comments mix languages: the other language's slurs and scam cues
	// still count, its ordinary words do not.
	hits = lexicons[other].match(toks, sks, catSlur|catReclaimable|catScamAction|catScamLure|catScamWeak, hits)
	slices.SortStableFunc(hits, func(a, b hit) int { return a.start - b.start })
	s.hits = hits
	all := hits
	if s.extra = rulesLexicons[lang].match(toks, sks, 0, s.extra[:0]); len(s.extra) > 0 {
		all = append(append(s.all[:0], hits...), s.extra...)
		slices.SortStableFunc(all, func(a, b hit) int { return a.start - b.start })
		s.all = all
	}
	all = widenGroups(toks, all, s)
	return Analysis{Tokens: toks, Lang: lang, sks: sks, hits: all, feat: hits, echo: strings.Contains(text, "(((") && strings.Contains(text, ")))")}
}

// MaxTextBytes is how much of a comment is read. Networks cap comments
// well below it; the cap keeps one hostile input from stalling a batch.
const MaxTextBytes = 8192

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func skeletonString(s string, buf *[]byte) string {
	for i := 1; i < len(s); i++ {
		if s[i] == s[i-1] {
			*buf = skeleton((*buf)[:0], s)
			return string(*buf)
		}
	}
	return s
}

var frFunc = map[string]bool{"le": true, "la": true, "les": true, "des": true, "est": true, "et": true, "je": true, "tu": true, "pas": true, "une": true, "un": true, "du": true, "que": true, "qui": true, "pour": true, "dans": true, "sur": true, "avec": true, "ce": true, "cette": true, "mon": true, "ma": true, "vous": true, "nous": true, "ils": true, "elle": true, "c": true, "j": true, "l": true, "d": true, "au": true, "aux": true, "mais": true, "tres": true, "trop": true, "ne": true, "sont": true, "votre": true, "merci": true, "bonjour": true, "ai": true, "va": true, "vais": true, "ta": true, "ton": true, "tes": true, "toi": true, "moi": true, "suis": true, "es": true, "avez": true, "fait": true, "comme": true, "tout": true, "tous": true, "plus": true, "bien": true, "si": true, "y": true, "en": true, "chez": true, "sans": true, "leur": true, "ces": true, "vos": true, "nos": true, "notre": true, "qu": true, "quoi": true, "quand": true, "pourquoi": true, "comment": true, "oui": true, "non": true, "etes": true, "sommes": true, "rien": true, "jamais": true, "encore": true, "toujours": true, "depuis": true, "apres": true, "avant": true}
var enFunc = map[string]bool{"the": true, "a": true, "is": true, "are": true, "and": true, "i": true, "you": true, "to": true, "of": true, "in": true, "it": true, "that": true, "for": true, "with": true, "this": true, "my": true, "your": true, "not": true, "be": true, "was": true, "have": true, "just": true, "so": true, "but": true, "what": true, "do": true, "they": true, "we": true, "me": true, "at": true, "will": true, "can": true, "thanks": true, "s": true, "m": true, "been": true, "has": true, "had": true, "would": true, "should": true, "there": true, "their": true, "them": true, "why": true, "how": true, "when": true, "where": true, "who": true, "all": true, "no": true, "yes": true, "get": true, "got": true, "still": true, "again": true, "please": true, "from": true, "about": true, "an": true, "or": true, "if": true, "out": true, "up": true, "t": true, "ll": true, "re": true, "ve": true}

// detectLang is a small French/English scorer on function words, plus
// French accents in the raw text; ties go to French.
func detectLang(text string, toks []Token) string {
	fr, en := 0, 0
	for _, r := range text {
		switch r {
		case 'é', 'è', 'ê', 'à', 'ç', 'ù', 'â', 'î', 'ô', 'û', 'ë', 'ï', 'É', 'È', 'À', 'Ç':
			fr++
		}
	}
	for _, t := range toks {
		if t.Kind != KindWord {
			continue
		}
		if frFunc[t.Text] {
			fr += 2
		}
		if enFunc[t.Text] {
			en += 2
		}
		// spelling habits: -ing, th, wh, w and k are English; -eux,
		// -aux, -ez, -ent, qu are French
		w := t.Text
		switch {
		case strings.HasSuffix(w, "ing") || strings.Contains(w, "th") || strings.HasPrefix(w, "wh") || strings.ContainsAny(w, "wk"):
			en++
		case strings.HasSuffix(w, "eux") || strings.HasSuffix(w, "aux") || strings.HasSuffix(w, "ez") || strings.HasSuffix(w, "ent") || strings.Contains(w, "qu"):
			fr++
		}
	}
	if en > fr {
		return "en"
	}
	return "fr"
}

// Classify labels one comment. lang is "fr", "en" or empty to detect it.
func (c *Classifier) Classify(text, lang string) Result {
	s := c.bufPool.Get().(*scratch)
	defer c.bufPool.Put(s)
	a := analyse(text, lang, s)
	var pTox, pSpam, pQ float64 = -1, -1, -1
	if c.model != nil {
		s.feats = featurize(s.feats[:0], a.Tokens, a.sks, a.feat, a.Lang)
		if c.iv != nil {
			var p [3]float64
			c.iv.probs(s.feats, p[:])
			pTox, pSpam, pQ = p[0], p[1], p[2]
		} else {
			if c.toxic != nil {
				pTox = c.toxic.Prob(s.feats)
			}
			if c.spam != nil {
				pSpam = c.spam.Prob(s.feats)
			}
			if c.question != nil {
				pQ = c.question.Prob(s.feats)
			}
		}
	}
	return c.decide(a, s, pTox, pSpam, pQ)
}

// Features returns the hashed model features of a comment (for training).
func Features(text, lang string) ([]uint32, string) {
	s := &scratch{}
	a := analyse(text, lang, s)
	return featurize(nil, a.Tokens, a.sks, a.feat, a.Lang), a.Lang
}

// maxPairDistance is how many tokens may separate a group word from the
// attack on it ("les Roms, tous des voleurs et des parasites" is 6).
const maxPairDistance = 12

// maxReasons bounds the reason string of one comment.
const maxReasons = 8

// intent words that turn "kill" + "you" into a threat.
var intentWords = map[string]bool{"vais": true, "va": true, "vas": true, "allons": true, "veux": true, "voudrais": true, "will": true, "ll": true, "gonna": true, "going": true, "wanna": true, "want": true, "gon": true, "shall": true}

// subject pronouns that make an adjective an attack on a person; possessives
// ("your app", "votre service") are deliberately absent.
var personSubject = map[string]bool{"tu": true, "t": true, "toi": true, "te": true, "you": true, "u": true, "youre": true, "yourself": true, "ya": true, "ur": true}

// threatPronoun: the reader as what the threat is done to.
var threatPronoun = map[string]bool{"te": true, "t": true, "you": true, "u": true, "vous": true}

// threatObject: what is the reader's, right after a violent verb.
var threatObject = map[string]bool{"ta": true, "ton": true, "tes": true, "your": true, "ur": true, "yours": true, "votre": true, "vos": true}

// possessives before a group word make it one person ("ma fille", "my
// Muslim neighbour"), not the group.
var possessive = map[string]bool{"ma": true, "mon": true, "ta": true, "ton": true, "sa": true, "son": true, "notre": true, "votre": true, "my": true, "your": true, "his": true, "her": true, "our": true}

var politeness = map[string]bool{"thanks": true, "thank": true, "thx": true, "merci": true, "mercii": true}

// proxyQualifier: words after "those people" that make them particular
// people ("those people who…", "ces gens du SAV").
var proxyQualifier = map[string]bool{"qui": true, "que": true, "qu": true, "du": true, "de": true, "chez": true, "au": true, "a": true, "dans": true, "sur": true,
	"d": true, "who": true, "that": true, "at": true, "in": true, "from": true, "on": true, "of": true, "working": true, "behind": true, "whom": true}

// universal: quantifiers that turn a remark about a group into a
// generalisation.
var universal = map[string]bool{"tous": true, "toutes": true, "toujours": true, "all": true, "always": true}

// whyWord opens a question that presumes what it asks about.
var whyWord = map[string]bool{"why": true, "pourquoi": true}

// crimeHabit: crimes said as what a group does (active forms only, so a
// group that is robbed is not read as robbing).
var crimeHabit = map[string]bool{"steal": true, "rob": true, "loot": true, "drugs": true, "scam": true, "rape": true,
	"volent": true, "pillent": true, "cambriolent": true, "dealent": true, "drogue": true, "arnaquent": true}

// nounDet: determiners before a predicate noun ("des menteurs", "a joke").
// Intensifiers count too ("so rude", "tellement sales"): they mark a
// quality claimed of the group, not something done to it.
var nounDet = map[string]bool{"des": true, "de": true, "d": true, "a": true, "an": true, "such": true,
	"so": true, "really": true, "si": true, "tellement": true, "trop": true, "vraiment": true, "aussi": true, "all": true, "tous": true, "toutes": true}

var quantifier = map[string]bool{"par": true, "per": true, "zero": true, "every": true, "each": true, "chaque": true, "aucun": true, "aucune": true, "no": true, "nul": true, "nulle": true}

var genericDet = map[string]bool{"les": true, "des": true, "ces": true, "tous": true, "toutes": true, "aux": true, "the": true, "all": true, "these": true, "those": true, "most": true, "many": true}

var clauseBreak = map[string]bool{"mais": true, "but": true, "however": true, "pourtant": true, "cependant": true}

type clause struct {
	a, b     int // token range
	question bool
	cats     cat
	hits     []hit // the hits starting inside the clause
	// negQue is the first "que"/"that" preceded by a negation in the
	// clause (b when none): a negated saying or opinion verb covers the
	// complement after it.
	negQue int
}

func (c *Classifier) decide(a Analysis, s *scratch, pTox, pSpam, pQ float64) Result {
	toks, hits := a.Tokens, a.hits
	n := len(toks)
	r := Result{Lang: a.Lang}
	// per-token categories; multi marks tokens inside a multi-word entry
	if cap(s.tcat) < n {
		s.tcat = make([]cat, n)
		s.multi = make([]bool, n)
		s.quote = make([]bool, n)
	}
	tcat, multi, quote := s.tcat[:n], s.multi[:n], s.quote[:n]
	for i := range tcat {
		tcat[i], multi[i], quote[i] = 0, false, false
	}
	var all cat
	for _, h := range hits {
		all |= h.cats
		for i := h.start; i < h.end; i++ {
			tcat[i] |= h.cats
			if h.end-h.start > 1 && h.cats&catNeg == 0 {
				multi[i] = true
			}
		}
	}
	inQ := false
	anyQuote := false
	for i, t := range toks {
		if t.Kind == KindQuote {
			inQ = !inQ
			anyQuote = true
			continue
		}
		quote[i] = inQ
	}
	pureNeg := func(i int) bool { return tcat[i]&catNeg != 0 && !multi[i] }
	// Counter-speech at the level of the whole comment: naming hate as
	// bad ("c'est raciste"), unless negated or a disclaimer ("je ne suis
	// pas raciste mais").
	antiHate := false
	if all&catDisclaimer == 0 {
		for _, h := range hits {
			if h.cats&catAntiHate == 0 || haineContre(toks, h) {
				continue
			}
			negated := false
			for j := max(0, h.start-3); j < h.start; j++ {
				if pureNeg(j) {
					negated = true
				}
			}
			if !negated {
				antiHate = true
			}
		}
	}

	// Words quoted and commented on from outside the quotes ("« sale
	// pédé », voilà ce que j'ai entendu, j'ai honte") are a mention.
	quotedStance := false
	if anyQuote {
		for _, h := range hits {
			if !quote[h.start] && h.cats&(catReport|catAntiHate|catNegative|catMetaSpeech) != 0 {
				quotedStance = true
			}
		}
		quotedStance = quotedStance || quoteAsSubject(toks) || quoteCondemned(toks, quote)
	}

	// clauses
	var clauses []clause
	start := 0
	for i := 0; i <= n; i++ {
		brk := i == n || (toks[i].Kind == KindEnd && !intraWordDot(toks, i)) || toks[i].Kind == KindQuestion ||
			(toks[i].Kind == KindWord && clauseBreak[toks[i].Text] && !nothingBut(toks, i))
		if !brk {
			continue
		}
		if i > start {
			cl := clause{a: start, b: i, question: i < n && toks[i].Kind == KindQuestion}
			for j := start; j < i; j++ {
				cl.cats |= tcat[j]
			}
			if first := firstWord(toks, start, i); first >= 0 && tcat[first]&catQuestionW != 0 && !conjunctionStart(toks, first) {
				cl.question = true
			}
			clauses = append(clauses, cl)
		}
		start = i + 1
	}

	hi := 0
	for ci := range clauses {
		cl := &clauses[ci]
		lo := hi
		for hi < len(hits) && hits[hi].start < cl.b {
			hi++
		}
		cl.hits = hits[lo:hi]
		cl.negQue = cl.b
		seenNeg := false
		for j := cl.a; j < cl.b; j++ {
			if pureNeg(j) {
				seenNeg = true
			}
			// "je ne pense pas que…", "I don't think gays are…": a negated
			// opinion or saying verb covers what follows it
			if w := toks[j].Text; seenNeg && (w == "que" || w == "qu" || w == "that" || opinionVerb[w]) {
				cl.negQue = j
				break
			}
		}
	}

	negatedAt := func(cl clause, pos int) bool {
		// "je ne pense pas que les X soient…", "I never said that…"
		if cl.negQue < pos {
			return true
		}
		for j := max(cl.a, pos-4); j < pos; j++ {
			if pureNeg(j) {
				return true
			}
		}
		if a.Lang == "fr" {
			for j := pos + 1; j < min(cl.b, pos+3); j++ {
				if pureNeg(j) && (toks[j].Text == "pas" || toks[j].Text == "jamais") {
					return true
				}
			}
		}
		return false
	}
	personNear := func(cl clause, pos int) bool {
		for j := max(cl.a, pos-5); j < min(cl.b, pos+4); j++ {
			t := toks[j]
			if t.Kind == KindMention || personSubject[t.Text] || tcat[j]&catThird != 0 {
				return true
			}
			if t.Text == "vous" && j+1 < n && toks[j+1].Text == "etes" {
				return true
			}
		}
		return false
	}
	isGeneric := func(h hit) bool {
		if h.plural || h.end-h.start > 1 || peopleAfter(toks, h) {
			return true
		}
		w := toks[h.start].Text
		if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || w == "islam" || w == "immigration" {
			return true
		}
		if h.start > 0 && genericDet[toks[h.start-1].Text] {
			return true
		}
		// "every last Jew", "aucun musulman", "chaque Arabe": a quantifier
		// makes one word the whole group
		for j := max(0, h.start-2); j < h.start; j++ {
			if quantifier[toks[j].Text] {
				return true
			}
		}
		return false
	}

	var hate, harass, toxic float64
	var reasons []string
	reason := func(format string, args ...any) {
		if len(reasons) < maxReasons {
			reasons = append(reasons, fmt.Sprintf(format, args...))
		}
	}
	fc := frameCtx{toks: toks, tcat: tcat, hits: hits, generic: isGeneric, all: all}
	var frames []frame
	counter := false
	hostilePredicate := false
	// neutralised counts hostile words the structure rules explained away
	// (negated, reported, aimed at a thing, untargeted swearing); the model,
	// which reads words and not structure, must not bring them back.
	neutralised := 0

	for ci, cl := range clauses {
		fc.prev = nil
		if ci > 0 {
			fc.prev = clauses[ci-1].hits
		}
		clReport := reportIn(toks, cl.hits)
		clCounter := clReport || antiHate
		// A: slurs
		for _, h := range cl.hits {
			if h.cats&catSlur == 0 {
				continue
			}
			w := toks[h.start].Text
			switch {
			case clCounter || (quote[h.start] && quotedStance):
				counter = true
				reason("slur %q quoted or reported (counter-speech)", w)
			// in-group use never wishes harm on the group ("we should
			// hang all the fags" is not a reclaim)
			case h.cats&catReclaimable != 0 && (firstPersonBefore(tcat, cl.a, h.start) || proudNear(toks, tcat, cl, h)) &&
				cl.cats&(catHarm|catHateVerb|catThreat|catThreatVerb|catDehum) == 0:
				reason("slur %q used in-group (reclaimed)", w)
				neutralised++
			default:
				hate = math.Max(hate, 0.97)
				hostilePredicate = true
				reason("slur %q (%s)", w, h.group)
			}
		}
		// B and C: protected group + attack
		for _, g := range cl.hits {
			if g.cats&(catGroup|catProxy) == 0 {
				continue
			}
			// A proxy ("those people", "ces gens-là") stands for a group
			// only as a generalisation: "those people who…", "ces gens
			// du SAV" are particular people, and an insult of them is
			// rudeness, not hate.
			// A plain proxy ("ces gens", "those people", marked "plain" in
			// the lexicon) in a comment with any complaint cue is the
			// brand's staff far more often than a group.
			if namesThing(toks, g) {
				continue // "Asian hornets are an invasion": the hornets
			}
			proxy := g.cats&catGroup == 0
			if proxy && (g.end < cl.b && proxyQualifier[toks[g.end].Text] || all&catBrand2 != 0 || cl.cats&catComplaint != 0 ||
				(g.group == "plain" && all&catComplaint != 0)) {
				continue
			}
			// "the women at your help desk", "les femmes du SAV": a group
			// word placed at the brand's counter names its staff, and an
			// insult of them is criticism of service, not of the group
			staff := false
			if g.end < cl.b && proxyQualifier[toks[g.end].Text] {
				for j := g.end + 1; j < cl.b && j <= g.end+3; j++ {
					if tcat[j]&(catBrand2|catComplaint) != 0 {
						staff = true
						break
					}
				}
			}
			gw := spanText(toks, g.start, g.end)
			if g.start > cl.a && tcat[g.start-1]&catSlurPrefix != 0 {
				if clCounter || (quote[g.start] && quotedStance) {
					counter = true
					reason("attack on %q reported (counter-speech)", gw)
				} else {
					hate = math.Max(hate, 0.95)
					hostilePredicate = true
					reason("slur construction on %q (%s)", gw, g.group)
				}
				continue
			}
			for _, p := range cl.hits {
				if p.start >= g.start && p.start < g.end {
					continue
				}
				pc := p.cats &^ catGroup
				// a target and its predicate sit close together; the bound
				// also keeps long hostile inputs linear
				if d := p.start - g.start; d > maxPairDistance || d < -maxPairDistance {
					continue
				}
				// "Muslims don't kill anyone…, criminals do": a noun
				// with its own verb in another segment is a new subject
				if !sameSegment(toks, g.start, p.start) && p.end < cl.b && contrastAux[toks[p.end].Text] {
					continue
				}
				if !sameSegment(toks, g.start, p.start) && segmentHasSubject(toks, p.start) && !appositive(toks, cl, g) {
					// "I don't hate Arabs, I hate bad service": the second
					// part has its own subject and says nothing of the group
					continue
				}
				var kind string
				switch {
				case pc&catDehum != 0:
					kind = "dehumanising"
				case pc&catHateVerb != 0 && isGeneric(g):
					kind = "hostile"
				case pc&(catInsultN|catInsultA) != 0 && isGeneric(g) && !proxy && !staff:
					kind = "insulting"
				case pc&catThreat != 0:
					kind = "threatening"
				case pc&(catHateVerb|catInsultN|catInsultA) != 0:
					// said of one member of the group, not the group
					neutralised++
					continue
				default:
					continue
				}
				if kind == "dehumanising" && !proxy && !isGeneric(g) && p.start < g.start && !(p.start > 0 && universal[toks[p.start-1].Text]) {
					// "pickpockets stole a Chinese tourist's bag": a term
					// before one member of a group is who acted on them,
					// not what they are said to be
					continue
				}
				if p.start < g.start && howBetween(toks, p.end, g.start) || p.start > g.start && deserveBetter(toks, g.end, p.start) {
					// "it's disgusting how people treat Jews": the
					// treatment is judged, not the group
					reason("%q said of how %q are treated", spanText(toks, p.start, p.end), gw)
					neutralised++
					continue
				}
				if (kind == "insulting" || kind == "hostile") && saidOfOther(toks, tcat, cl, g, p) {
					// "women are victims of disgusting abuse", "les femmes
					// détestent les hommes violents", "deported unfairly":
					// the hostile word qualifies another noun, or the group
					// suffers what is done to it
					reason("%q said of something else than %q", spanText(toks, p.start, p.end), gw)
					neutralised++
					continue
				}
				if kind == "hostile" && pastPassive(toks, cl, p.start) {
					// "Jews were gassed in the camps": what was done to
					// them, told as history, is not a call to do it
					reason("%q told as what was done to %q", spanText(toks, p.start, p.end), gw)
					neutralised++
					continue
				}
				if kind == "hostile" && pc&catHateVerb != 0 && cl.question {
					reason("question about hostility towards %q", gw)
					neutralised++
					continue
				}
				pw := spanText(toks, p.start, p.end)
				// a phrase that carries its own negation ("pas des humains",
				// "not welcome") is not negated by the "ne" next to it
				// nor by a negation before the conjunction that opens it
				// ("I'm not shopping here as long as you hire…")
				if !selfNegated(tcat, p) && !subordinator[toks[p.start].Text] && (negatedAt(cl, p.start) || negatedAfter(toks, cl, p)) {
					reason("%s %q about %q is negated", kind, pw, gw)
					neutralised++
					continue
				}
				if clCounter || (quote[p.start] && quotedStance) {
					counter = true
					reason("%s %q about %q is reported or condemned (counter-speech)", kind, pw, gw)
					continue
				}
				if g.start > 0 && possessive[toks[g.start-1].Text] && kind != "dehumanising" {
					reason("%q is one person here, not the group", gw)
					continue
				}
				hostilePredicate = true
				hate = math.Max(hate, 0.93)
				if proxy {
					reason("%s %q aimed at %q, a group generalised", kind, pw, gw)
				} else {
					reason("%s %q aimed at protected group %q (%s)", kind, pw, gw, g.group)
				}
			}
		}
		// A group said to be all or always something bad ("les Roumains,
		// tous des mendiants", "Nigerians are all scammers"): the
		// generalisation is the attack even when the word for it is only
		// negative, not a known dehumanising term.
		if all&catBrand2 == 0 && hate < 0.5 && !clCounter {
			for _, g := range cl.hits {
				if g.cats&catGroup == 0 || !isGeneric(g) {
					continue
				}
				q := -1
				for j := max(cl.a, g.start-2); j < min(cl.b, g.end+4); j++ {
					if (j < g.start || j >= g.end) && universal[toks[j].Text] {
						q = j
						break
					}
				}
				if q < 0 || complaintBesides(cl.hits, q) {
					continue
				}
				for _, p := range cl.hits {
					// the predicate follows closely ("all women deserve
					// better than this horrible treatment" is about the
					// treatment), and a merely negative word counts only
					// as a noun ("tous des menteurs"), not as what is done
					// to the group ("toujours maltraités")
					if p.start <= q || p.start < g.end || p.start > max(q, g.end-1)+3 || p.cats&catGroup != 0 {
						continue
					}
					if p.cats&(catInsultN|catInsultA) == 0 && (p.cats&catNegative == 0 || !nounDet[toks[p.start-1].Text]) {
						continue
					}
					pw := spanText(toks, p.start, p.end)
					if negatedAt(cl, p.start) || quote[p.start] {
						neutralised++
						continue
					}
					hate = math.Max(hate, 0.9)
					hostilePredicate = true
					reason("%q said of all %q (%s)", pw, spanText(toks, g.start, g.end), g.group)
				}
			}
		}
		// A why-question that takes a crime as the group's habit ("why do
		// Gypsies steal everything", "pourquoi les gens du voyage
		// volent-ils") states the stereotype it pretends to ask about; a
		// crime word before the group ("why do thieves target Asians")
		// makes them the victims and is left alone.
		if cl.question && all&catBrand2 == 0 && hate < 0.5 && !clCounter && whyAt(toks, cl) {
			for _, g := range cl.hits {
				if g.cats&catGroup == 0 || !isGeneric(g) {
					continue
				}
				for j := g.end; j < min(cl.b, g.end+6); j++ {
					if !crimeHabit[toks[j].Text] || negatedAt(cl, j) || quote[j] {
						continue
					}
					hate = math.Max(hate, 0.9)
					hostilePredicate = true
					reason("question taking %q as the habit of %q (%s)", toks[j].Text, spanText(toks, g.start, g.end), g.group)
					break
				}
			}
		}
		// "Have you ever met a Gypsy who wasn't a thief?", "les Arabes,
		// vous en connaissez un seul qui travaille ?": a challenge to find
		// one member of a group without the flaw — or with any virtue —
		// says every member has it. Only the negated relative or "un
		// seul"/"a single" makes it a challenge, and a relative that
		// points at the brand ("who works at your store") is a question.
		// "un Arabe qui travaille, ça existe ?", "a Mexican with a job,
		// does that exist?": one member with a virtue as a rarity
		if cl.question && hate < 0.5 && !clCounter {
			if g, ok := existenceChallenge(toks, clauses, ci, hits); ok {
				hate = math.Max(hate, 0.9)
				hostilePredicate = true
				reason("challenge to find one %q (%s)", spanText(toks, g.start, g.end), g.group)
			}
		}
		if cl.question && hate < 0.5 && !clCounter {
			if rhetoricalChallenge(toks, tcat, cl) {
				for _, g := range cl.hits {
					if g.cats&catGroup != 0 && !negatedAt(cl, g.start) && !quote[g.start] {
						hate = math.Max(hate, 0.9)
						hostilePredicate = true
						reason("challenge to find one %q without the stereotype (%s)", spanText(toks, g.start, g.end), g.group)
						break
					}
				}
			}
		}
		// exclusion said to the reader ("go back to your country",
		// "retourne dans ton bled", "retourne à la cuisine") attacks their
		// origin or gender with no group word
		for _, h := range cl.hits {
			if h.cats&catExclusion == 0 {
				continue
			}
			w := spanText(toks, h.start, h.end)
			switch {
			case h.start > cl.a && firstPersonSubject[toks[h.start-1].Text]:
				// "je rentre au bled cet été": the speaker's own trip
				reason("%q said of the speaker", w)
				neutralised++
			case !selfNegated(tcat, h) && negatedAt(cl, h.start):
				reason("exclusion %q negated", w)
				neutralised++
			case clCounter || (quote[h.start] && quotedStance):
				counter = true
				reason("exclusion %q quoted or reported (counter-speech)", w)
			default:
				hate = math.Max(hate, 0.93)
				hostilePredicate = true
				reason("exclusion %q", w)
			}
		}
		// frames with no hostile noun (frames.go): violence wished on a
		// group, a crime as its habit, an order to go back, rights denied
		frames = fc.findFrames(cl, frames[:0])
		for _, f := range frames {
			what := f.kind + " " + f.g
			if f.g == "" {
				what = f.kind
			}
			// a frame opening its segment is not negated by the segment
			// before ("si t'es pas content, retourne au Maroc")
			ownNeg := f.ownNeg || segmentStart(toks, cl, f.pos)
			switch {
			case !ownNeg && (negatedAt(cl, f.pos) || noneOfGroup(toks, cl, hits, f.pos)):
				reason("%s (%q) is negated", what, f.word)
				neutralised++
			case clCounter || (quote[f.pos] && quotedStance):
				counter = true
				reason("%s (%q) is reported or condemned (counter-speech)", what, f.word)
			default:
				hate = math.Max(hate, 0.93)
				hostilePredicate = true
				reason("%s (%q)", what, f.word)
			}
		}
		// threats
		for _, h := range cl.hits {
			isThreat := h.cats&catThreat != 0
			if isThreat && noneOfGroup(toks, cl, hits, h.start) {
				reason("threat %q denied to a whole group", spanText(toks, h.start, h.end))
				neutralised++
				continue
			}
			if !isThreat && h.cats&catThreatVerb != 0 && !negatedAt(cl, h.start) {
				intent, you := false, false
				for j := max(cl.a, h.start-4); j < min(cl.b, h.start+6); j++ {
					if intentWords[toks[j].Text] {
						intent = true
					}
					// the reader as the object ("te tuer", "kill you"), or
					// what is theirs right after the verb ("brûler ta maison")
					if w := toks[j].Text; threatPronoun[w] || (threatObject[w] && j > h.start && j <= h.start+2) {
						you = true
					}
				}
				isThreat = intent && you
			}
			if !isThreat {
				continue
			}
			if h.end+1 < n && toks[h.end].Text == "to" && toks[h.end+1].Text == "me" {
				continue // "you're dead to me" is a figure of speech
			}
			w := spanText(toks, h.start, h.end)
			if clReport || quote[h.start] {
				counter = true
				reason("threat %q quoted or reported", w)
				continue
			}
			r.Threat = true
			hostilePredicate = true
			if cl.cats&catGroup != 0 {
				hate = math.Max(hate, 0.95)
				reason("threat %q against a protected group", w)
			} else {
				harass = math.Max(harass, 0.93)
				reason("threat %q", w)
			}
		}
		// insults aimed at a person
		for _, h := range cl.hits {
			w := spanText(toks, h.start, h.end)
			switch {
			case h.cats&catInsultN != 0:
				if tcat[h.start]&catObjConstruct != 0 && multiObj(hits, h.start) {
					reason("abuse of a thing (%q)", w)
					neutralised++
					continue
				}
				if isCestFrame(toks, h.start) && !personNear(cl, h.start) {
					reason("%q said of a situation, not a person", w)
					neutralised++
					continue
				}
				if negatedAt(cl, h.start) && h.end-h.start == 1 {
					reason("insult %q negated", w)
					neutralised++
					continue
				}
				if quote[h.start] || (clReport && !addressedBefore(toks, tcat, cl, h.start)) {
					counter = true
					reason("insult %q reported", w)
					continue
				}
				hostilePredicate = true
				toxic = math.Max(toxic, 0.9)
				reason("insult %q", w)
			case h.cats&(catInsultA|catDehum) != 0 && cl.cats&catGroup == 0:
				if !personNear(cl, h.start) || negatedAt(cl, h.start) || clReport {
					neutralised++
					continue
				}
				hostilePredicate = true
				p := 0.85
				if afterWord(toks, h.start, "etes", 3) {
					p = 0.7 // "vous êtes pathétiques": rude, often aimed at the brand
					if all&catComplaint != 0 {
						p = 0.45 // and with a service problem, it is a complaint
					}
				}
				toxic = math.Max(toxic, p)
				reason("%q aimed at a person", w)
			}
		}
	}

	// sentiment: negation flips a word; thanks are politeness, worth half
	// a positive word (angry customers thank too)
	pos, neg := 0, 0
	posW, negW := 0.0, 0.0
	for _, h := range hits {
		if h.cats&(catPositive|catNegative) == 0 {
			continue
		}
		flip := false
		for j := max(0, h.start-3); j < h.start; j++ {
			if pureNeg(j) {
				flip = true
			}
		}
		isPos := h.cats&catPositive != 0 && h.cats&catNegative == 0
		isNeg := h.cats&catNegative != 0 && h.cats&catPositive == 0
		if flip {
			isPos, isNeg = isNeg, isPos
		}
		if isPos {
			pos++
			if politeness[toks[h.start].Text] {
				posW += 0.5
			} else {
				posW++
			}
		}
		if isNeg {
			neg++
			negW++
		}
	}
	if hate > 0.5 || harass > 0.5 || toxic > 0.5 {
		neg++
		negW++
	}
	r.SentimentScore = (posW - negW) / (posW + negW + 1)
	switch {
	case negW > 0 && negW >= posW:
		r.Sentiment = SentimentNegative
	case posW > negW:
		r.Sentiment = SentimentPositive
	default:
		r.Sentiment = SentimentNeutral
	}

	// complaint / criticism of the brand
	complaintCues := 0
	strong := false
	for _, h := range hits {
		if h.cats&catComplaint != 0 {
			complaintCues++
			if h.end-h.start > 1 {
				strong = true
			}
		}
	}
	addressed := all&catBrand2 != 0 || hasMention(toks)
	var complaint float64
	// A negated action said to the brand or about its service ("can't
	// find a driver", "ne marche pas", "didn't receive") states a problem
	// even without a negative word.
	problem := false
	if complaintCues > 0 || addressed {
		for i := range toks {
			if pureNeg(i) && toks[i].Text != "no" && toks[i].Text != "non" {
				problem = true
				break
			}
		}
	}
	if problem && pos == 0 && neg == 0 {
		// a problem told to the brand is negative even without a
		// negative word
		neg = 1
		r.Sentiment = SentimentNegative
		r.SentimentScore = -0.5
	}
	if (neg > pos || (problem && pos == 0)) && (complaintCues > 0 || addressed) {
		complaint = math.Min(0.95, 0.6+0.1*float64(complaintCues))
	}
	if strong && posW <= negW {
		complaint = math.Max(complaint, 0.75)
	}
	r.Criticism = complaint >= 0.5 || (neg > 0 && addressed && hate < 0.5 && !r.Threat)

	// model toxicity: counts fully only with lexical evidence of hostility
	if pTox >= 0 && !counter {
		gate := c.toxicGate
		// hostile words count as evidence unless negated ("ne sont pas
		// des malades")
		var evid cat
		for _, h := range hits {
			negated := false
			for j := max(0, h.start-4); j < h.start; j++ {
				if pureNeg(j) {
					negated = true
				}
			}
			if !negated {
				evid |= h.cats
			}
		}
		if evid&(catInsultN|catInsultA|catProfanity|catDehum|catSlur|catHateVerb|catNegative) != 0 {
			gate = 1
		}
		untargetedSwearing := all&catProfanity != 0 && !hostilePredicate && !addressedPerson(toks)
		// A protected group named with no hostile word around it: the
		// model's score then mostly reflects that its training tweets
		// were collected by identity keywords, not hostility.
		neutralIdentity := all&(catGroup|catProxy) != 0 && evid&(catSlur|catDehum|catHateVerb|catInsultN|catInsultA|catThreat|catProfanity) == 0
		// Criticism is not toxicity: without an insult or attack found by
		// the rules, a complaint's angry words stay a complaint.
		criticism := complaint >= 0.5 && complaintCues > 0
		quotedHostile := false
		for _, h := range hits {
			if quote[h.start] && h.cats&(catSlur|catDehum|catHateVerb|catInsultN|catThreat) != 0 {
				quotedHostile = true
			}
		}
		// A question with no hostile or negative word ("est-ce que le
		// magasin est accessible aux fauteuils roulants ?") asks; the
		// model's score on its words is not evidence of hostility.
		plainQuestion := hasQuestionMark(toks) && evid&(catSlur|catDehum|catHateVerb|catInsultN|catInsultA|catThreat|catProfanity|catNegative|catExclusion) == 0
		if !hostilePredicate && (neutralised > 0 || untargetedSwearing || neutralIdentity || antiHate || reportIn(toks, hits) || criticism || plainQuestion || (quotedStance && quotedHostile)) {
			gate = math.Min(gate, 0.45)
		}
		mt := pTox * gate
		if mt > toxic {
			if mt >= 0.5 {
				reason("model toxicity %.2f", pTox)
			}
			toxic = mt
		}
		if hostilePredicate && all&catGroup != 0 && pTox >= c.hateModelMin && hate < 0.5 {
			hate = 0.5 + (pTox-c.hateModelMin)/(1-c.hateModelMin)*0.3
			reason("model toxicity %.2f with a protected group", pTox)
		}
	}
	// a coded reference: a euphemism for a group quoted or said with a
	// wink or next to a crime ("un « jeune » au prénom bien de chez nous,
	// vous voyez le genre", "another 'youth' stabbing")
	if hate < 0.5 && all&catCoded != 0 && all&catWink != 0 && !antiHate && !reportIn(toks, hits) && !counter && all&catBrand2 == 0 {
		if w, ok := codedReference(toks, hits, quote); ok {
			hate = 0.9
			hostilePredicate = true
			reason("coded reference %q", w)
		}
	}
	// "(((banquiers)))": the echo marks a name as Jewish to point at it;
	// only a comment that names hate or reports speech uses it otherwise
	if a.echo && hate < 0.5 && !antiHate && !reportIn(toks, hits) && !counter {
		hate = 0.9
		reason("antisemitic echo (((…)))")
	}
	if counter {
		toxic = math.Min(toxic, 0.3)
	}

	// scam and spam
	var act, lure, weak int
	// distinct weak lures: "$1/wk … $1.50/wk" is one
	weakWords := map[string]bool{}
	for _, h := range hits {
		if h.cats&catScamAction != 0 {
			act++
		}
		if h.cats&catScamLure != 0 {
			lure++
		}
		if h.cats&catScamWeak != 0 {
			if w := toks[h.start].Text; !weakWords[w] {
				weakWords[w] = true
				weak++
			}
		}
	}
	// two ordinary-word lures ("free iphone", "cash per day") count as one
	if weak >= 2 {
		lure++
	}
	url := false
	for _, t := range toks {
		if t.Kind == KindURL {
			url = true
		}
	}
	if url {
		act++
	}
	var scam float64
	if act > 0 && lure > 0 {
		scam = math.Min(0.95, 0.6+0.1*float64(act+lure-2))
		if r.Criticism && !(url && lure >= 2) {
			scam = 0.4
		}
		if scam >= 0.5 {
			reason("scam: call to action and lure")
		}
	}
	spamCues := 0
	for _, h := range hits {
		if h.cats&catSpam != 0 {
			spamCues++
		}
	}
	// one self-promotion word ("free") is not spam; two or more are
	spam := 0.0
	if spamCues > 0 {
		spam = math.Min(0.9, 0.25+0.2*float64(spamCues))
	}
	if pSpam >= 0 {
		mp := pSpam
		if spamCues == 0 && !url {
			// no link and no self-promotion words: the model alone
			// ("gluten-free") must be surer
			mp *= 0.8
		}
		spam = math.Max(spam, mp)
	}
	if r.Criticism {
		spam *= 0.5
	}
	if spam >= 0.5 {
		reason("spam %.2f", spam)
	}

	// question
	var question float64
	for _, cl := range clauses {
		if cl.question {
			question = 0.75
		}
	}
	if pQ >= 0 {
		mq := pQ
		if question == 0 && !hasQuestionMark(toks) {
			// no question mark, no question word: the model alone must be
			// sure ("Gay rights are human rights." is not a question)
			mq *= 0.6
		}
		question = math.Max(question*0.8, mq)
		if question < 0.75 && hasQuestionMark(toks) {
			question = 0.75
		}
	}

	var praise float64
	if pos > neg && pos > 0 {
		praise = math.Min(0.95, 0.55+0.1*float64(pos-neg))
	}

	sc := [nLabels]float64{scam, hate, harass, toxic, spam, complaint, question, praise, 0}
	best := 0.0
	for _, v := range sc[:nLabels-1] {
		best = math.Max(best, v)
	}
	sc[nLabels-1] = 1 - best
	r.Scores = sc
	r.Label = LabelOther
	for i, l := range Labels[:nLabels-1] {
		if sc[i] >= 0.5 {
			r.Label = l
			break
		}
	}
	if len(reasons) == 0 {
		r.Reason = "no hostile, spam or scam signal"
	} else {
		r.Reason = strings.Join(reasons, "; ")
	}
	return r
}

// addressedPerson reports a second-person subject or a mention: someone
// the comment speaks to.
func addressedPerson(toks []Token) bool {
	for _, t := range toks {
		if t.Kind == KindMention || personSubject[t.Text] {
			return true
		}
	}
	return false
}

// intraWordDot: a dot with no space on either side ("jui.fs") is inside a
// word, not the end of a sentence.
func intraWordDot(toks []Token, i int) bool {
	return toks[i].Glued && i+1 < len(toks) && toks[i+1].Glued && toks[i+1].Kind == KindWord
}

// pastAux: auxiliaries of a past passive ("were gassed", "ont été
// déportés").
var pastAux = map[string]bool{"were": true, "was": true, "been": true, "ete": true, "furent": true, "fut": true, "etaient": true}

// pastPassive reports a past auxiliary right before pos.
func pastPassive(toks []Token, cl clause, pos int) bool {
	for j := max(cl.a, pos-2); j < pos; j++ {
		if pastAux[toks[j].Text] {
			return true
		}
	}
	return false
}

// sameSegment reports whether no comma separates token positions a and b.
func sameSegment(toks []Token, a, b int) bool {
	if a > b {
		a, b = b, a
	}
	for j := a; j < b; j++ {
		if toks[j].Kind == KindComma {
			return false
		}
	}
	return true
}

// segmentHasSubject reports whether the comma-delimited segment around pos
// has a subject pronoun of its own.
// appositive reports a group that is a comma segment on its own ("on les
// renvoie tous, ces envahisseurs"): it names who the rest of the clause is
// about, so the other segment's subject does not separate them.
func appositive(toks []Token, cl clause, g hit) bool {
	a, b := g.start, g.end
	before := a <= cl.a || toks[a-1].Kind == KindComma
	after := b >= cl.b || toks[b].Kind == KindComma
	// "les homos, c'est pas naturel" (topic first) or "on les renvoie,
	// ces envahisseurs" (named after)
	if a > 0 && genericDet[toks[a-1].Text] {
		before = a-1 <= cl.a || toks[a-2].Kind == KindComma
	}
	return before && after && !(a <= cl.a && b >= cl.b)
}

func segmentHasSubject(toks []Token, pos int) bool {
	a := pos
	for a > 0 && toks[a-1].Kind != KindComma && toks[a-1].Kind != KindEnd && toks[a-1].Kind != KindQuestion {
		a--
	}
	for j := a; j < pos; j++ {
		// first and second person only: "ils", "they", "ce sont" point
		// back to the group
		switch toks[j].Text {
		case "i", "je", "j", "we", "nous", "you", "tu", "vous", "on":
			return true
		}
	}
	return false
}

// selfNegated reports whether a multi-word hit contains a negation word.
func selfNegated(tcat []cat, h hit) bool {
	if h.end-h.start < 2 {
		return false
	}
	for j := h.start; j < h.end; j++ {
		if tcat[j]&catNeg != 0 {
			return true
		}
	}
	return false
}

// afterWord reports whether w occurs in the n tokens before pos.
func afterWord(toks []Token, pos int, w string, n int) bool {
	for j := max(0, pos-n); j < pos; j++ {
		if toks[j].Text == w {
			return true
		}
	}
	return false
}

// reportIn reports a reporting cue among hits, except "je dis que", "I say
// that", "we think that": the speaker's own saying endorses, it does not
// report. Passive reports ("I was called", "on m'a traité") still count.
// addressedBefore reports an insult said to the reader before any
// reporting word of its clause ("ur a massive twat who … said", "you ugly
// cunt, never heard so much shit"): the report that follows is not its
// frame.
func addressedBefore(toks []Token, tcat []cat, cl clause, pos int) bool {
	you := false
	for j := cl.a; j < pos; j++ {
		if tcat[j]&catReport != 0 {
			return false
		}
		if toks[j].Kind == KindMention || personSubject[toks[j].Text] {
			you = true
		}
	}
	return you
}

// complaintBesides reports a complaint cue in a clause other than the
// word at pos ("toujours" is both a quantifier and a cue of "toujours pas
// reçu").
func complaintBesides(hits []hit, pos int) bool {
	for _, h := range hits {
		if h.cats&catComplaint != 0 && h.start != pos {
			return true
		}
	}
	return false
}

func reportIn(toks []Token, hits []hit) bool {
	for _, h := range hits {
		if h.cats&catReport == 0 {
			continue
		}
		if h.start > 0 && firstPersonSubject[toks[h.start-1].Text] && sayingVerb[toks[h.start].Text] || ownSaying(toks, h) {
			continue
		}
		// "nobody says a thing", "personne ne dit rien": silence, not a
		// report of what was said
		if h.end < len(toks) && silenceObject[toks[h.end].Text] || h.end+1 < len(toks) && toks[h.end].Text == "a" && toks[h.end+1].Text == "thing" {
			continue
		}
		return true
	}
	return false
}

// negatedAfter reports a negation that follows the predicate: "a burden
// to no one", "une honte pour personne".
func negatedAfter(toks []Token, cl clause, p hit) bool {
	for j := p.end; j+1 < cl.b && j <= p.end+2; j++ {
		if w := toks[j].Text; w != "to" && w != "for" && w != "pour" && w != "a" {
			continue
		}
		switch toks[j+1].Text {
		case "nobody", "noone", "personne":
			return true
		case "no":
			return j+2 < cl.b && toks[j+2].Text == "one"
		}
	}
	return false
}

// contrastAux after a noun makes it the subject of a new statement.
var contrastAux = map[string]bool{"do": true, "does": true, "did": true}

// subordinator opens a clause of its own inside a sentence.
var subordinator = map[string]bool{"as": true, "tant": true, "because": true, "parce": true, "until": true, "since": true, "while": true, "unless": true}

var silenceObject = map[string]bool{"rien": true, "nothing": true, "anything": true}

var firstPersonSubject = map[string]bool{"je": true, "j": true, "i": true, "we": true, "nous": true}
var opinionVerb = map[string]bool{"thinks": true, "believes": true, "says": true, "pensent": true, "croit": true, "croient": true, "considere": true, "considerer": true, "trouve": true, "vois": true, "consider": true, "see": true, "regard": true, "think": true, "believe": true, "say": true, "said": true, "pense": true, "crois": true, "dis": true, "dirai": true, "dire": true, "claim": true, "agree": true}

var sayingVerb = map[string]bool{"compare": true, "comparing": true, "call": true, "calls": true, "calling": true, "called": true, "appelle": true, "traite": true, "dis": true, "dit": true, "dire": true, "pense": true, "crois": true, "affirme": true, "say": true, "says": true, "said": true, "saying": true, "think": true, "believe": true, "claim": true, "tweeted": true, "wrote": true, "posted": true, "ecrit": true}

// conjunctionStart: "quand je…", "when I…", "comme tu…" open a subordinate
// clause, not a question; "when do you…" stays a question.
func conjunctionStart(toks []Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	switch toks[i].Text {
	case "quand", "when", "si", "if", "comme", "where", "ou", "que", "what", "qui", "who":
		return subjectPronoun[toks[i+1].Text]
	}
	return false
}

var subjectPronoun = map[string]bool{"je": true, "j": true, "tu": true, "il": true, "elle": true, "on": true, "nous": true, "ils": true, "elles": true, "i": true, "we": true, "they": true, "he": true, "she": true, "it": true, "c": true, "ce": true}

func firstWord(toks []Token, a, b int) int {
	for i := a; i < b; i++ {
		if toks[i].Kind == KindWord {
			return i
		}
		if toks[i].Kind != KindMention {
			return -1
		}
	}
	return -1
}

// rhetoricalChallenge finds "know/met/name … a single X who" or "met a X
// who wasn't" in the clause.
func rhetoricalChallenge(toks []Token, tcat []cat, cl clause) bool {
	for j := cl.a; j < cl.b; j++ {
		if !challengeVerb[toks[j].Text] {
			continue
		}
		single := false
		for k := j + 1; k < min(cl.b, j+7); k++ {
			w := toks[k].Text
			if w == "seul" || w == "seule" || w == "single" {
				single = true
			}
			if w != "who" && w != "qui" {
				continue
			}
			for m := k + 1; m < cl.b; m++ {
				// "who hasn't been harassed", "qui n'a pas été victime":
				// something done to them is a question about how they
				// are treated, not a trait claimed of them
				if tcat[m]&catBrand2 != 0 || passiveMark[toks[m].Text] {
					return false
				}
			}
			neg := k+1 < cl.b && (toks[k+1].Text == "not" || toks[k+1].Text == "never") ||
				k+2 < cl.b && toks[k+2].Text == "not"
			return single || neg
		}
	}
	return false
}

// existenceChallenge finds "un/une/a <group> qui/with …, ça existe ?" /
// "does that exist?": the question clause holds "existe"/"exist", and it
// or the clause before starts with an indefinite group word followed by
// a relative or "with".
func existenceChallenge(toks []Token, clauses []clause, ci int, hits []hit) (hit, bool) {
	cl := clauses[ci]
	exists := false
	for j := cl.a; j < cl.b; j++ {
		if toks[j].Text == "existe" || toks[j].Text == "exist" || toks[j].Text == "exists" {
			exists = true
		}
	}
	if !exists {
		return hit{}, false
	}
	for _, g := range hits {
		if g.cats&catGroup == 0 || g.start < 1 || g.start < clauses[max(0, ci-1)].a || g.start >= cl.b {
			continue
		}
		d := toks[g.start-1].Text
		if (d == "un" || d == "une" || d == "a" || d == "an") && g.end < len(toks) {
			if r := toks[g.end].Text; r == "qui" || r == "who" || r == "with" || r == "avec" {
				return g, true
			}
		}
	}
	return hit{}, false
}

// challengeVerb: verbs of a challenge to find one ("ever met", "know a
// single", "connaissez un seul", "name one").
var challengeVerb = map[string]bool{"met": true, "know": true, "name": true, "find": true, "connaissez": true, "connais": true, "connait": true,
	"citez": true, "cite": true, "trouvez": true, "trouve": true}

// passiveMark: words that make a relative clause something suffered.
var passiveMark = map[string]bool{"been": true, "got": true, "get": true, "ete": true, "victime": true, "victimes": true, "subi": true}

// whyAt: the clause opens with "why"/"pourquoi".
func whyAt(toks []Token, cl clause) bool {
	i := firstWord(toks, cl.a, cl.b)
	return i >= 0 && whyWord[toks[i].Text]
}

// proudNear: a reclaimable slur next to a positive word, with nobody
// addressed ("gouine et heureuse", "proud dyke"), is self-description.
func proudNear(toks []Token, tcat []cat, cl clause, h hit) bool {
	for j := max(cl.a, h.start-3); j < min(cl.b, h.end+3); j++ {
		// someone addressed as the subject ("t'es une gouine") is an
		// insult; "vous" as the object ("vous saluent") is not
		if personSubject[toks[j].Text] {
			return false
		}
	}
	for j := max(cl.a, h.start-3); j < min(cl.b, h.end+4); j++ {
		if tcat[j]&(catPositive|catFirstPerson) != 0 && j != h.start {
			return true
		}
	}
	return false
}

func firstPersonBefore(tcat []cat, a, pos int) bool {
	for j := a; j < pos; j++ {
		if tcat[j]&catFirstPerson != 0 {
			return true
		}
	}
	return false
}

// multiObj reports whether the token at pos is inside an object-abuse
// construction ("de merde", "à la con") rather than an insult of its own.
func multiObj(hits []hit, pos int) bool {
	for _, h := range hits {
		if h.cats&catObjConstruct != 0 && h.start <= pos && pos < h.end {
			return true
		}
	}
	return false
}

// isCestFrame: "c'est con", "c'est débile" describe a situation.
func isCestFrame(toks []Token, pos int) bool {
	j := pos - 1
	for j >= 0 && (toks[j].Text == "trop" || toks[j].Text == "tellement" || toks[j].Text == "vraiment" || toks[j].Text == "so" || toks[j].Text == "really") {
		j--
	}
	return j >= 1 && toks[j].Text == "est" && toks[j-1].Text == "c"
}

func hasMention(toks []Token) bool {
	for _, t := range toks {
		if t.Kind == KindMention {
			return true
		}
	}
	return false
}

func hasQuestionMark(toks []Token) bool {
	for _, t := range toks {
		if t.Kind == KindQuestion {
			return true
		}
	}
	return false
}

func spanText(toks []Token, a, b int) string {
	if b-a == 1 {
		return toks[a].Text
	}
	parts := make([]string, 0, b-a)
	for _, t := range toks[a:b] {
		parts = append(parts, t.Text)
	}
	return strings.Join(parts, " ")
}
