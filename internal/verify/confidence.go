package verify

import (
	"cmp"
	"math"
	"slices"
	"sync"
	"sync/atomic"
	"unicode"

	"github.com/vigie-cm/vigie/internal/claims"
)

// A finding's confidence is the probability, learnt from findings the engine
// raised on posts it had never seen (see confidence_train_test.go), that a
// person checking the post would mark the same words as wrong. Rules fire on
// surface forms; the features below look at what rules do not: how much of
// the claim's sentence the sheet already says, whether its figures can be
// reached from the sheet's figures, how many findings the post gathers.

// claim groups: one weight per kind and group
const (
	grpNumber = iota // counts, numbers, multipliers, partial shares
	grpMoney         // prices, savings, percentages
	grpTime          // dates, ranges, weekdays, times, durations, years, months
	grpName          // people, places, organisations
	grpBoast         // superlatives, ordinals and ranks
	grpOffer         // freebies, guarantees, labels, every day, all, extension
	grpID            // URLs, e-mails, phones, hashtags, mentions
	nGroups
)

func groupOf(claim string) int {
	switch claims.Type(claim) {
	case claims.Count, claims.Number, claims.Multiplier, claims.Partial:
		return grpNumber
	case claims.Money, claims.Percent:
		return grpMoney
	case claims.Date, claims.DateRange, claims.Weekday, claims.Time, claims.Duration, claims.Year, claims.Month:
		return grpTime
	case claims.Name:
		return grpName
	case claims.Superlative, claims.Ordinal:
		return grpBoast
	case claims.URL, claims.Email, claims.Phone, claims.Hashtag, claims.Mention:
		return grpID
	}
	return grpOffer
}

// claim types with a weight of their own, per kind
var confTypes = [...]claims.Type{claims.Count, claims.Number, claims.Money, claims.Time, claims.Duration,
	claims.Multiplier, claims.Name, claims.Date, claims.Weekday, claims.Freebie, claims.Ordinal, claims.Everyday}

const fType = 2 * nGroups

// feature layout: a weight per (kind, group), per (kind, type), then shared features
const (
	fSuggest   = fType + 2*len(confTypes) + iota // a fact gives the right value
	fSpanKnown                                   // share of the span's content words the sheet has
	fSentKnown                                   // share of the sentence's content words the sheet has
	fBestFact                                    // share of the sentence's content words one fact has
	fNumStated                                   // the span's figure is a figure of the sheet
	fNumReach                                    // the span's figure is a sum, difference, product or ratio of two
	fNoNum                                       // the span has no figure
	fCrowd                                       // log of the post's number of findings
	fEnglish
	fSpanLen // log of the span's tokens
	fProper  // capitalised words inside a sentence
	fBias
	fNumWord   // a figure written in words
	fSmall     // a figure of 12 or less
	fReach3    // a sum of three figures, or a count times a price
	fYearDiff  // a number of years between two stated years
	fAcronym   // a name of three letters or fewer, or all capitals
	fPostArith // the figure follows from another figure of the post and one of the sheet or post
	fNameFirst // a name opening its sentence
	fNounKnown // the counted noun is one the sheet counts
	fFar       // how many tens apart the claimed and the suggested figure are
	fOtherFix  // another finding of the post is contradicted and a fact gives its right value
	fClaims    // log of the post's number of claims
	fWords     // the evidence of the words in and around the span (confWords)
	fSentFigs  // log of one plus the other figures of the claim's sentence
	fRepeat    // another figure of the post has the claim's value
	fSameClaim // log of one plus the post's other findings of its claim type
	fSentIdx   // how many sentences come before the span's
	nConf
)

type confVec [nConf]float64

// confFeatures describes finding fs[fi] of a post analysed as doc against
// sh; fs are all the post's findings.
func confFeatures(doc *claims.Doc, sh *sheet, fs []Finding, fi int) confVec {
	var x confVec
	f, n := &fs[fi], len(fs)
	// a post that gets one figure provably wrong was written carelessly:
	// its other findings are likelier right
	for j := range fs {
		if j != fi && fs[j].Kind == Contradicted && fs[j].Suggestion != "" {
			x[fOtherFix] = 1
		}
	}
	x[fClaims] = math.Log1p(float64(len(doc.Claims)))
	// a rule that misreads a brand's way of writing names or figures
	// misreads it all through the post: findings of one claim type come in
	// groups when they are misfires
	same := 0
	for j := range fs {
		if j != fi && fs[j].Claim == f.Claim {
			same++
		}
	}
	x[fSameClaim] = math.Log1p(float64(same))
	k := groupOf(f.Claim)
	if f.Kind == Contradicted {
		k += nGroups
	}
	x[k] = 1
	x[fBias] = 1
	for i, ty := range confTypes {
		if claims.Type(f.Claim) == ty {
			j := fType + i
			if f.Kind == Contradicted {
				j += len(confTypes)
			}
			x[j] = 1
		}
	}
	if f.Suggestion != "" {
		x[fSuggest] = 1
	}
	// the span's tokens and its sentence
	t0, t1 := spanTokens(doc, f)
	if t0 < 0 {
		return x
	}

	sent := doc.Tokens[t0].Sent
	s0, s1 := t0, t1
	for s0 > 0 && doc.Tokens[s0-1].Sent == sent {
		s0--
	}
	for s1 < len(doc.Tokens) && doc.Tokens[s1].Sent == sent {
		s1++
	}
	x[fSpanKnown], x[fSentKnown], x[fBestFact] = sentenceShares(doc, sh, t0, t1, s0, s1)
	nums, stated, reach := 0, 0, 0
	for i := t0; i < t1; i++ {
		t := &doc.Tokens[i]
		if t.Kind != claims.TNum {
			continue
		}
		nums++
		switch {
		case sh.statesValue(t.Num):
			stated++
		case sh.reachesValue(t.Num):
			reach++
		}
	}
	// the claim's own value, for figures written in words
	for ci := range doc.Claims {
		c := &doc.Claims[ci]
		if c.Start >= f.End || c.End <= f.Start || c.Type != claims.Type(f.Claim) {
			continue
		}
		if _, numeric := classOf(c.Type); !numeric || c.Type == claims.Year {
			break
		}
		digits := false
		for i := t0; i < t1; i++ {
			digits = digits || doc.Tokens[i].Kind == claims.TNum
		}
		if !digits {
			x[fNumWord] = 1
		}
		if c.Value > 0 && c.Value <= 12 {
			x[fSmall] = 1
		}
		if !sh.statesValue(c.Value) && !sh.reachesValue(c.Value) && sh.reaches3(c.Value) {
			x[fReach3] = 1
		}
		if sh.yearDiff(c.Value) {
			x[fYearDiff] = 1
		}
		if postArith(doc, sh, ci) {
			x[fPostArith] = 1
		}
		// a sentence of many figures is worked arithmetic more often than
		// a slip ("£6 less than 2 adult and 2 under-16 tickets (£94)"),
		// and a figure the post says twice was meant, not slipped (5 of 28
		// such findings are right)
		figs := 0
		for j := range doc.Claims {
			o := &doc.Claims[j]
			if _, num := classOf(o.Type); j == ci || !num || o.Type == claims.Year {
				continue
			}
			if o.Sent == c.Sent {
				figs++
			}
			if claims.Eq(o.Value, c.Value) {
				x[fRepeat] = 1
			}
		}
		x[fSentFigs] = math.Log1p(float64(figs))
		if c.Noun != "" && sh.nouns[c.Noun] {
			x[fNounKnown] = 1
		}
		if f.Suggestion != "" && c.Value > 0 {
			s, ok := sh.figures().atomFigure[f.Suggestion]
			if !ok || doc.Lang != sh.lang {
				s = firstFigure(f.Suggestion, doc.Lang)
			}
			if s > 0 {
				x[fFar] = min(math.Abs(math.Log10(c.Value/s)), 2)
			}
		}
		break
	}
	if claims.Type(f.Claim) == claims.Name {
		letters, upper := 0, true
		for _, r := range f.Text {
			if unicode.IsLetter(r) {
				letters++
				upper = upper && unicode.IsUpper(r)
			}
		}
		if letters <= 3 || upper {
			x[fAcronym] = 1
		}
		if doc.Tokens[t0].SentStart {
			x[fNameFirst] = 1
		}
	}
	if nums == 0 {
		x[fNoNum] = 1
	} else {
		x[fNumStated] = float64(stated) / float64(nums)
		x[fNumReach] = float64(reach) / float64(nums)
	}
	x[fCrowd] = math.Log1p(float64(n - 1))
	if doc.Lang == "en" {
		x[fEnglish] = 1
	}
	x[fSpanLen] = math.Log1p(float64(t1 - t0 - 1))
	// a post says what it is about first, and its later sentences hold the
	// details, asides and sign-offs the rules misread: per finding,
	// precision falls from 0.87 in the first sentence to 0.53 in the
	// fourth and 0.33 after, which the post's length alone does not tell
	x[fSentIdx] = float64(doc.Tokens[t0].Sent)
	for i := t0; i < t1; i++ {
		if t := &doc.Tokens[i]; t.Kind == claims.TWord && t.Cap && !t.SentStart {
			x[fProper] = 1
			break
		}
	}
	x[fWords] = wordEvidence(&confWords, doc, f, t0, t1)
	return x
}

// A finding's words say much that the features above do not: "free" after
// "join" is a sign-up, not a gift; "gratuit" next to "parking" is seldom
// invented. confWords holds, for each word seen often enough in the first
// runs, the log-odds that a finding near it is right, learnt like a naive
// Bayes classifier (confidence_train_test.go). A word counts once per
// finding and place: in the span, among the few words before or after it,
// and anywhere in that neighbourhood; the finding's kind and claim type
// count as one more word.

// wordWindow is how many words before and after the span are read.
const wordWindow = 4

// wordPlace is where a word stands relative to the span.
type wordPlace uint8

const (
	inSpan wordPlace = iota
	beforeSpan
	afterSpan
	nearSpan // anywhere in the span or its window
	kindClaim
	nPlaces
)

// isEvidenceWord: words, figures and the symbols of money and percent.
func isEvidenceWord(t *claims.Token) bool {
	switch t.Kind {
	case claims.TWord, claims.TNum:
		return true
	case claims.TPunct:
		return t.Low == "€" || t.Low == "$" || t.Low == "£" || t.Low == "%"
	}
	return false
}

type wordKey struct {
	place wordPlace
	word  string
}

// wordKeys calls fn with every key of finding f, whose tokens are
// [t0, t1); a key may come more than once.
func wordKeys(doc *claims.Doc, f *Finding, t0, t1 int, fn func(wordKey)) {
	fn(wordKey{kindClaim, f.Kind + "/" + f.Claim})
	emit := func(i int, pl wordPlace) {
		fn(wordKey{pl, doc.Tokens[i].Low})
		fn(wordKey{nearSpan, doc.Tokens[i].Low})
	}
	for i := t0; i < t1; i++ {
		if isEvidenceWord(&doc.Tokens[i]) {
			emit(i, inSpan)
		}
	}
	for i, n := t0-1, 0; i >= 0 && n < wordWindow; i-- {
		if isEvidenceWord(&doc.Tokens[i]) {
			emit(i, beforeSpan)
			n++
		}
	}
	for i, n := t1, 0; i < len(doc.Tokens) && n < wordWindow; i++ {
		if isEvidenceWord(&doc.Tokens[i]) {
			emit(i, afterSpan)
			n++
		}
	}
}

// wordTable is the word evidence: each word's weights by place, read in
// one lookup, and each kind/claim pair's weight.
type wordTable struct {
	words map[string][nearSpan + 1]float64
	kinds map[string]float64
}

// weight is key k's weight, 0 for a key the table does not hold.
func (t *wordTable) weight(k wordKey) float64 {
	if k.place == kindClaim {
		return t.kinds[k.word]
	}
	return t.words[k.word][k.place]
}

// wordEvidence sums the log-odds in table of finding f's distinct keys, as
// wordKeys gives them (TestConfidenceModel holds the two to one sum).
func wordEvidence(table *wordTable, doc *claims.Doc, f *Finding, t0, t1 int) float64 {
	sum := table.kinds[f.Kind+"/"+f.Claim]
	// a word counts once per place: the places' token ranges are small, so
	// an earlier equal word is found by looking back
	var near [64]string
	nn := 0
	// add counts token i at place pl, unless a word of tokens [a, b) (those
	// already counted at pl) is the same
	add := func(pl wordPlace, a, b, i int) {
		w := doc.Tokens[i].Low
		ws, ok := table.words[w]
		if !ok {
			return
		}
		seen := false
		for j := a; j < b && !seen; j++ {
			seen = isEvidenceWord(&doc.Tokens[j]) && doc.Tokens[j].Low == w
		}
		if !seen {
			sum += ws[pl]
		}
		for _, o := range near[:nn] {
			if o == w {
				return
			}
		}
		if nn < len(near) {
			near[nn] = w
			nn++
		}
		sum += ws[nearSpan]
	}
	for i := t0; i < t1; i++ {
		if isEvidenceWord(&doc.Tokens[i]) {
			add(inSpan, t0, i, i)
		}
	}
	for i, n := t0-1, 0; i >= 0 && n < wordWindow; i-- {
		if isEvidenceWord(&doc.Tokens[i]) {
			add(beforeSpan, i+1, t0, i)
			n++
		}
	}
	for i, n := t1, 0; i < len(doc.Tokens) && n < wordWindow; i++ {
		if isEvidenceWord(&doc.Tokens[i]) {
			add(afterSpan, t1, i, i)
			n++
		}
	}
	return sum
}

// spanTokens gives the tokens [t0, t1) finding f overlaps; t0 is -1 when
// there are none.
func spanTokens(doc *claims.Doc, f *Finding) (t0, t1 int) {
	t0, t1 = -1, -1
	for i := range doc.Tokens {
		t := &doc.Tokens[i]
		if t.End > f.Start && t.Start < f.End {
			if t0 < 0 {
				t0 = i
			}
			t1 = i + 1
		}
	}
	return t0, t1
}

// sentenceShares gives three shares of content words (not stop words, not
// elided, two letters or more) in one pass, each word stemmed and looked up
// once: the share of the span [t0, t1) whose stem some fact or the brief
// has, the same share for its sentence [s0, s1), and the largest share of
// the sentence a single fact has (a sentence restating one fact scores
// near 1); 0 when there are no content words.
func sentenceShares(doc *claims.Doc, sh *sheet, t0, t1, s0, s1 int) (span, sent, best float64) {
	nSpan, knownSpan, n, known := 0, 0, 0, 0
	var buf [64]int
	var hits []int
	if len(sh.facts) <= len(buf) {
		hits = buf[:len(sh.facts)]
	} else {
		hits = make([]int, len(sh.facts))
	}
	for i := s0; i < s1; i++ {
		t := &doc.Tokens[i]
		if t.Kind != claims.TWord || t.Apos || len(t.Low) < 2 || t.Stop() {
			continue
		}
		fs := sh.wordFacts[claims.Stem(t.Low)]
		n++
		inSpan := i >= t0 && i < t1
		if inSpan {
			nSpan++
		}
		if len(fs) > 0 {
			known++
			if inSpan {
				knownSpan++
			}
		}
		for _, fi := range fs {
			if fi >= 0 {
				hits[fi]++
			}
		}
	}
	if nSpan > 0 {
		span = float64(knownSpan) / float64(nSpan)
	}
	if n > 0 {
		sent = float64(known) / float64(n)
		h := 0
		for _, c := range hits {
			h = max(h, c)
		}
		best = float64(h) / float64(n)
	}
	return span, sent, best
}

// figures is what the sheet's figures reach: built once per sheet, on the
// first finding that needs it, as most posts raise none.
type figures struct {
	stated map[int64]bool
	// pair holds every sum, difference, product and ratio of two atoms
	// of a class, built once the sheet has answered pairSearches
	// questions by searching the sorted values: a sheet checked once
	// (one text, a new brand) never pays for thousands of entries, a
	// batch's sheet soon has them all at one lookup each
	pairOnce sync.Once
	pair     map[int64]bool
	asked    atomic.Int32
	// sorted holds each class's atom values in order: the sums of three
	// are searched per question (a rare one: only for a figure neither
	// stated nor reached by two), where listing them all up front cost a
	// new sheet more than the rest of its compilation
	sorted [nClasses][]float64
	// threes remembers reaches3's answers: its search is quadratic in a
	// class's atoms, and a batch asks a sheet the same few values again
	// and again. At most maxThrees are kept, so odd input cannot grow it.
	threesMu sync.RWMutex
	threes   map[int64]bool
	years    []float64
	// values holds the atoms' values of every class, each once: what
	// postArith pairs a post's figures with, without walking the atoms
	values []float64
	// atomFigure is firstFigure of each atom's text in the sheet's
	// language: a contradiction suggests the atom it is checked against,
	// and analysing the suggestion again for every such finding costs
	// more than all the other features
	atomFigure map[string]float64
}

func figKey(v float64) int64 { return int64(math.Round(v * 100)) }

func (sh *sheet) figures() *figures {
	sh.figOnce.Do(func() {
		n := 0
		for c := range sh.atoms {
			n += len(sh.atoms[c])
		}
		fg := &figures{stated: make(map[int64]bool, n)}
		for c := range sh.atoms {
			as := sh.atoms[c]
			for i := range as {
				fg.stated[figKey(as[i].value)] = true
			}
			vs := make([]float64, len(as))
			for i := range as {
				vs[i] = as[i].value
			}
			slices.Sort(vs)
			fg.sorted[c] = vs
		}
		if sh.year > 0 {
			fg.years = append(fg.years, float64(sh.year))
		}
		for _, a := range sh.atoms[clsPlain] {
			if a.value >= 1800 && a.value <= 2100 && a.value == math.Trunc(a.value) {
				fg.years = append(fg.years, a.value)
			}
		}
		fg.atomFigure = map[string]float64{}
		for c := range sh.atoms {
			for _, a := range sh.atoms[c] {
				if !slices.Contains(fg.values, a.value) {
					fg.values = append(fg.values, a.value)
				}
				if _, ok := fg.atomFigure[a.text]; !ok && a.text != "" {
					fg.atomFigure[a.text] = firstFigure(a.text, sh.lang)
				}
			}
		}
		sh.fig = fg
	})
	return sh.fig
}

// statesValue reports whether some atom of the sheet has value v.
func (sh *sheet) statesValue(v float64) bool { return sh.figures().stated[figKey(v)] }

// reachesValue reports whether v is the sum, difference, product or ratio
// of two stated values of one class: the arithmetic a writer does in a post.
func (sh *sheet) reachesValue(v float64) bool {
	fg := sh.figures()
	if fg.asked.Add(1) <= pairSearches {
		return fg.searchPair(figKey(v))
	}
	fg.pairOnce.Do(func() { fg.pair = fg.allPairs() })
	return fg.pair[figKey(v)]
}

// pairSearches is how many questions a sheet answers by search before it
// lists every pair: a search costs about what sixty lookups do, the list
// about what two thousand searches do on a dev sheet.
const pairSearches = 32

// allPairs lists the keys of every sum, difference, product and ratio of
// two atoms (two indices) of one class.
func (fg *figures) allPairs() map[int64]bool {
	n := 0
	for _, vs := range fg.sorted {
		n += 4 * len(vs) * len(vs)
	}
	pair := make(map[int64]bool, n)
	for _, vs := range fg.sorted {
		for i, a := range vs {
			for j, b := range vs {
				if i == j {
					continue
				}
				pair[figKey(a+b)] = true
				pair[figKey(a-b)] = true
				pair[figKey(a*b)] = true
				if b != 0 {
					pair[figKey(a/b)] = true
				}
			}
		}
	}
	return pair
}

// searchPair reports what allPairs()[t] would, from the sorted values:
// with one atom b fixed, a+b, a-b, a*b and a/b move one way as a grows,
// so the a that gives t is found by bisection.
func (fg *figures) searchPair(t int64) bool {
	for _, vs := range fg.sorted {
		for j, b := range vs {
			// (b's sign sets which way a*b and a/b move)
			if hitAt(vs, j, true, t, func(a float64) int64 { return figKey(a + b) }) ||
				hitAt(vs, j, true, t, func(a float64) int64 { return figKey(a - b) }) ||
				hitAt(vs, j, b >= 0, t, func(a float64) int64 { return figKey(a * b) }) ||
				b != 0 && hitAt(vs, j, b > 0, t, func(a float64) int64 { return figKey(a / b) }) {
				return true
			}
		}
	}
	return false
}

// hitAt: some index i other than j has key(vs[i]) == t, key moving up
// with vs (or down when up is false).
func hitAt(vs []float64, j int, up bool, t int64, key func(float64) int64) bool {
	i, _ := slices.BinarySearchFunc(vs, t, func(a float64, t int64) int {
		k := key(a)
		if !up {
			k, t = t, k
		}
		return cmp.Compare(k, t)
	})
	for ; i < len(vs) && key(vs[i]) == t; i++ {
		if i != j {
			return true
		}
	}
	return false
}

// maxThrees bounds the answers of reaches3 a sheet remembers.
const maxThrees = 4096

// reaches3 reports whether v is the sum of three stated values of one
// class, or a count times a price.
func (sh *sheet) reaches3(v float64) bool {
	fg := sh.figures()
	t := figKey(v)
	fg.threesMu.RLock()
	r, ok := fg.threes[t]
	fg.threesMu.RUnlock()
	if ok {
		return r
	}
	r = fg.search3(t)
	fg.threesMu.Lock()
	if fg.threes == nil {
		fg.threes = map[int64]bool{}
	}
	if len(fg.threes) < maxThrees {
		fg.threes[t] = r
	}
	fg.threesMu.Unlock()
	return r
}

// search3 is reaches3 without its memory.
func (fg *figures) search3(t int64) bool {
	// three atoms of one class: for each first one, the other two close in
	// from both ends of the sorted values
	for _, vs := range fg.sorted {
		for i := 0; i+2 < len(vs); i++ {
			for j, k := i+1, len(vs)-1; j < k; {
				switch s := figKey(vs[i] + vs[j] + vs[k]); {
				case s == t:
					return true
				case s < t:
					j++
				default:
					k--
				}
			}
		}
	}
	for _, n := range fg.sorted[clsPlain] {
		for _, m := range fg.sorted[clsMoney] {
			if figKey(n*m) == t {
				return true
			}
		}
	}
	return false
}

// yearDiff reports whether v is the number of years (give or take one)
// between two years the sheet states, or between one and the campaign's.
func (sh *sheet) yearDiff(v float64) bool {
	if v <= 0 || v != math.Trunc(v) {
		return false
	}
	ys := sh.figures().years
	for _, a := range ys {
		for _, b := range ys {
			if d := a - b; d == v || d == v-1 || d == v+1 {
				return true
			}
		}
	}
	return false
}

// postArith reports whether claim ci's value is the sum, difference,
// product or ratio of another figure of its sentence or the ones around it
// and a figure of the sheet or of the post: "1 500 mots à 0,19 € : 285 €".
// At most a few figures are tried, so a long text stays linear.
func postArith(doc *claims.Doc, sh *sheet, ci int) bool {
	const maxNear = 8
	c0 := &doc.Claims[ci]
	v := c0.Value
	if v == 0 {
		return false
	}
	var near [maxNear]float64
	n := 0
	for i := range doc.Claims {
		c := &doc.Claims[i]
		if c.Sent < c0.Sent-1 || c.Sent > c0.Sent+1 {
			continue
		}
		if _, numeric := classOf(c.Type); i != ci && numeric && c.Value != 0 && n < maxNear {
			near[n] = c.Value
			n++
		}
	}
	// the answer is whether any pair works, so the sheet's values are
	// tried once each, however many atoms share them
	values := sh.figures().values
	for _, a := range near[:n] {
		for _, b := range near[:n] {
			if arithOf(a, b, v) {
				return true
			}
		}
		for _, b := range values {
			if arithOf(a, b, v) {
				return true
			}
		}
	}
	return false
}

// arithOf reports whether v is the sum, difference, product or ratio of a
// and b, either way round.
func arithOf(a, b, v float64) bool {
	return claims.Eq(a+b, v) || claims.Eq(a-b, v) || claims.Eq(b-a, v) || claims.Eq(a*b, v) ||
		b != 0 && claims.Eq(a/b, v) || a != 0 && claims.Eq(b/a, v)
}

// firstFigure is the value of the first figure of a suggestion, 0 when it
// has none.
func firstFigure(s, lang string) float64 {
	d, _ := docPool.Get().(*claims.Doc)
	d = claims.AnalyzeInto(d, s, lang)
	defer docPool.Put(d)
	for i := range d.Claims {
		if _, numeric := classOf(d.Claims[i].Type); numeric {
			return d.Claims[i].Value
		}
	}
	return 0
}

// confNode is a node of a regression tree over the features: a split on
// feature F at Thr (left when x[F] <= Thr), or a leaf when F < 0.
type confNode struct {
	F           int8
	Thr         float64
	Left, Right int16
	Leaf        float64
}

// confForest is a boosted sum of small trees on the log-odds: trees, unlike
// one weight per feature, let a feature count differently by claim type.
type confForest struct {
	Base  float64
	Trees [][]confNode
}

// confidence is the forest's probability for x.
func (m *confForest) confidence(x *confVec) float64 {
	z := m.Base
	for _, t := range m.Trees {
		z += leafOf(t, x)
	}
	return 1 / (1 + math.Exp(-z))
}

// stump2 is a tree of depth two or less in the shape the forest is scored
// in: its three splits (root, left, right) and four leaves (left-left,
// left-right, right-left, right-right) in one cache line. A leaf higher up
// is a split whose two leaves carry its value.
type stump2 struct {
	f    [3]uint8
	thr  [3]float64
	leaf [4]float64
}

// flatForest is a confForest of trees no deeper than two, laid out for
// scoring. Each tree's three comparisons are made at once, not one after
// the other: none waits for the previous load, and no jump depends on
// the finding, whose way down is a coin toss for the branch predictor.
// It sums the same leaves in the same order, so its probabilities are the
// forest's to the bit (TestFlatForestMatches).
type flatForest struct {
	base  float64
	trees []stump2
	deep  *confForest // set when a tree is deeper: scored as it is
}

func flatten(m *confForest) *flatForest {
	ff := &flatForest{base: m.Base}
	// sub returns the split at node i (feature 0 at threshold 0 for a
	// leaf) and the values of its two sides; ok is false below depth two
	sub := func(t []confNode, i int16) (f uint8, thr, l, r float64, ok bool) {
		n := &t[i]
		if n.F < 0 {
			return 0, 0, n.Leaf, n.Leaf, true
		}
		if t[n.Left].F >= 0 || t[n.Right].F >= 0 {
			return 0, 0, 0, 0, false
		}
		return uint8(n.F), n.Thr, t[n.Left].Leaf, t[n.Right].Leaf, true
	}
	for _, t := range m.Trees {
		var s stump2
		root := &t[0]
		if root.F < 0 {
			s.leaf = [4]float64{root.Leaf, root.Leaf, root.Leaf, root.Leaf}
		} else {
			f1, t1, a, b, ok1 := sub(t, root.Left)
			f2, t2, c, d, ok2 := sub(t, root.Right)
			if !ok1 || !ok2 {
				return &flatForest{deep: m}
			}
			s.f = [3]uint8{uint8(root.F), f1, f2}
			s.thr = [3]float64{root.Thr, t1, t2}
			s.leaf = [4]float64{a, b, c, d}
		}
		ff.trees = append(ff.trees, s)
	}
	return ff
}

// confFlat is confModel as Check scores with it.
var confFlat = flatten(&confModel)

func (ff *flatForest) confidence(x *confVec) float64 {
	if ff.deep != nil {
		return ff.deep.confidence(x)
	}
	z := ff.base
	for i := range ff.trees {
		t := &ff.trees[i]
		// 1 goes right; NaN goes right, as in leafOf
		var r, rl, rr int
		if !(x[t.f[0]] <= t.thr[0]) {
			r = 1
		}
		if !(x[t.f[1]] <= t.thr[1]) {
			rl = 1
		}
		if !(x[t.f[2]] <= t.thr[2]) {
			rr = 1
		}
		z += t.leaf[rl+r*(2+rr-rl)]
	}
	return 1 / (1 + math.Exp(-z))
}

// leafOf is the value of the leaf of tree t that x falls in.
func leafOf(t []confNode, x *confVec) float64 {
	n := &t[0]
	for n.F >= 0 {
		if x[n.F] <= n.Thr {
			n = &t[n.Left]
		} else {
			n = &t[n.Right]
		}
	}
	return n.Leaf
}
