package verify

import (
	"bytes"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/vigie-cm/vigie/internal/claims"
)

// numeric classes: values compare only within a class.
type class uint8

const (
	clsPlain class = iota // counts, numbers, ordinals, years
	clsMoney
	clsPercent
	clsClock // times and durations, in minutes
	nClasses
)

func classOf(t claims.Type) (class, bool) {
	switch t {
	case claims.Money:
		return clsMoney, true
	case claims.Percent:
		return clsPercent, true
	case claims.Time, claims.Duration:
		return clsClock, true
	case claims.Count, claims.Number, claims.Ordinal, claims.Year:
		return clsPlain, true
	}
	return 0, false
}

// atom is a numeric value stated (or implied) by a fact.
type atom struct {
	value   float64
	bound   claims.Bound
	noun    string
	noun2   string
	fact    int // index in sheet.facts; -1 for the brief
	tok     int // token index in the fact's doc, -1 when derived
	text    string
	derived bool
	ord     bool // written as an ordinal (43e, 6th)
	dur     bool // a length of time, never a clock time
	first   bool // "aux 300 premiers clients": the first N of an offer, not a total
	sum     bool // the sum of two counts joined by "and": backs only a claim naming two groups too
	year    bool // a year ("in 2026"), never a bound on a count
	oldYear bool // a bare number before 1900 stated as a year ("founded in 1887")
	diff    bool // the difference of two prices of a fact (a saving)
	lessOf  bool // with diff: the dearer price less a reduction the fact states ("under-16s pay £5 less"), itself a price
	runs    bool // the runs of a recurrence in a span of clock times: backs a count only in a post that gives a time of the span
}

type dateAtom struct {
	d, d2   time.Time // d2 zero for a single date
	role    claims.Role
	fact    int
	text    string
	weekday int
	before  bool // a deadline said "avant le", "before": the day before is the last one
	closes  bool // the day a thing closes on ("ferment le 15 août"): a stated end
}

type factDoc struct {
	fact  Fact
	doc   *claims.Doc
	stems []string        // stem of each token
	cw    []string        // stems of the content words, in order
	gifts []int           // tokens that offer something (offert, free, …)
	words map[string]bool // stems of content words
	fold  string          // folded text with single spaces, padded with spaces
	// foldWords: fold cut at spaces and dashes, once with the fact rather
	// than for every name knownLoosely looks for
	foldWords []string
	// noCharge: the fact says something comes at no extra cost
	// (noExtraCharge), read once rather than for each freebie claim
	noCharge bool
}

// hasAny: the fact has a content word of one of the stems.
func (fd *factDoc) hasAny(stems []string) bool {
	for _, st := range stems {
		if fd.words[st] {
			return true
		}
	}
	return false
}

type sheet struct {
	figOnce sync.Once
	// the lists facts close with "only" (onlyLists), which facts keep a
	// service to one place (siteOnly), the weekdays each fact schedules
	// (dayMasks): read on first need
	onlyOnce      sync.Once
	onlyItems     [][]string
	onlyFact      []int
	siteOnce      sync.Once
	siteOnlyFacts []bool
	masksOnce     sync.Once
	factMasks     [][]uint8
	// bookOnce: which facts require booking (bit 1) or waive it (bit 2),
	// read once per sheet, not for each booking claim
	bookOnce  sync.Once
	booking   []uint8
	fig       *figures // what the figures reach, for confidence
	keyYear   int
	inFacts   []Fact
	inBrief   string
	lang      string
	year      int
	empty     bool
	facts     []factDoc
	brief     *claims.Doc
	briefFd   factDoc
	atoms     [nClasses][]atom
	byValue   [nClasses]map[int64][]int // atoms by valueKey
	dates     []dateAtom
	urls      []string // normalised
	urlFact   []int
	tags      []string // folded hashtags
	tagText   []string
	tagFact   []int
	mentions  []string
	emails    []string
	phones    []string
	allFold   string           // every fact and the brief, folded, space padded
	medals    bool             // some fact or the brief names a medal
	banned    []bannedItem     // things the facts forbid (findBanned)
	grams     map[string]bool  // every run of 1 to 6 words of allFold, space-joined
	df        map[string]int   // in how many facts each content stem appears
	wordFacts map[string][]int // content stem -> facts (-1: the brief) that have it
	nouns     map[string]bool
	nouns2    map[string]bool // second words of counted nouns (2 yoga classes)
	// opening days
	everyday   bool
	restricted int // fact index that restricts opening days, -1 none
	partials   []partialAtom
	mults      []float64
	multFact   int
	hasEnd     bool
	endFact    int
	prolong    bool
	entities   []entity
	factDays   []uint8 // per fact: bit w set when the fact names weekday w (ranges expanded)
	closedDays []uint8 // per fact: the named weekdays it says are closed ("fermé le dimanche et le lundi")
	dayHours   bool    // a fact gives hours day by day (daySpans), so times said of a day are checked
	yearCounts bool    // a fact names a year and counts something: counts said of a year are checked
	// a share of a quality a fact gives ("60% recycled glass"), by the stem
	// of the word after it: "100% recycled" in a post is then a figure
	shareOf map[string]shareFact
	// a fact gives a person's job / a saving per unit: the role and
	// per-unit saving checks only run then
	roles, unitSavings bool
	recurs             []recurrence
	// lengths of time a fact puts before (negative) or after a moment:
	// "doors open 1 hour before each concert"
	offsets []float64
	// the facts that give those offsets: a time moved by one is said of
	// what such a fact is about (the bar, the doors), not of the event
	offsetFacts []int
	// the prices a fact writes right after a name ("Seeded Rye £4.20",
	// "Flex 100 at $50/month"), by each ending of the name, folded
	namedPrices map[string][]namedPrice
	// clock times a fact's time and length of time of one sentence add up
	// to: an arrival ("departing at 07:30; crossing time 2 h 15")
	arrivals []float64
	// a fact counts per unit of the currency ("chaque euro dépensé", "for
	// every pound raised"): 1 € or £1 in a post is that unit
	unitMoney bool
	// months a fact names without a day ("In February 2027"), for counting
	// their weekdays
	months [][2]int
	// capitalised words of the facts, and the heads of compound ones
	// ("saint-aubin" of Saint-Aubin-sur-Loire): what a demonym may name
	places []string
	// placeStems: each place less each demonym suffix it ends in (4 letters
	// or more left), what peopleNamed compares a post's word with
	placeStems []string
	apart      bool // stated prices sit in at least two facts
	// sale prices set against their usual price in one fact ("549 $ au
	// lieu de 649 $", "€2,390 instead of €2,790")
	sales []salePair
	// the fixed dates of holidays the facts set deadlines by ("avant Noël")
	holidayEnds []time.Time
	// dates the facts write month first ("February 6, 2027") and day first
	// ("26 December 2026"): which way a post's 2/6 reads
	monthFirst, dayFirst int

	// the fact that gives the first month free ("le premier mois est
	// offert"), +1; 0 for none
	firstMonthFree int
	// the facts that give ages, read once for lowest ages said of a thing
	ageFacts []ageFact

	// deniedOnce: the words the facts deny (deniedWords), once per sheet
	deniedOnce sync.Once
	denied     []deniedWord
	// stemPosOnce: where each stem stands in the facts (stemPositions)
	stemPosOnce sync.Once
	stemPos     map[string][]stemPos
}

// recurrence: "le premier jeudi de chaque mois" (nth 1), "chaque samedi"
// (nth 0: every week), "the last Friday of the month" (nth -1).
type recurrence struct {
	weekday, nth int
	fact         int
}

var recurRe = regexp.MustCompile(`\b(?:(premier|1er|deuxieme|2e|second|troisieme|3e|quatrieme|4e|dernier|first|second|third|fourth|last)\s+(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:du|de chaque|de|of the|of each|of every|each)\s+(?:mois|month)|(?:chaque|every|each|tous les)\s+(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|(?:on|les)\s+(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s)\b`)

// periodRe: a fact that gives a start and an end.
var periodRe = regexp.MustCompile(` (?:ouvre|s'ouvre|ouverture|commence|debute|opens|starts|begins|start|opening) .* (?:termine|ferme|fin|finit|s'acheve|cloture|ends|closes|finishes|end|closing) `)

var nthWords = map[string]int{"premier": 1, "1er": 1, "first": 1, "deuxieme": 2, "2e": 2, "second": 2, "troisieme": 3, "3e": 3, "third": 3, "quatrieme": 4, "4e": 4, "fourth": 4, "dernier": -1, "last": -1}

// matches reports whether t is a day of the recurrence.
func (r recurrence) matches(t time.Time) bool {
	if int(t.Weekday()) != r.weekday {
		return false
	}
	switch {
	case r.nth == 0:
		return true
	case r.nth > 0:
		return (t.Day()-1)/7+1 == r.nth
	default:
		return t.AddDate(0, 0, 7).Month() != t.Month()
	}
}

type partialAtom struct {
	n, total float64
	noun     string
	fact     int
	text     string
}

type shareFact struct {
	fact int
	text string
}

type entity struct {
	words []string
	fold  string
	fact  int
	text  string
	prep  string
	sent  int
	tok   int
}

// restrictRe is a fact that closes on some weekdays or opens on a range of
// them, in two patterns: each runs only on a fact with the words it needs
// (restricts).
var (
	restrictExceptRe = regexp.MustCompile(`\b(sauf|except|excepte|fermee?s?|closed|shut|hors)\b[^.;]{0,12}\b(lundis?|mardis?|mercredis?|jeudis?|vendredis?|samedis?|dimanches?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)\b`)
	restrictRangeRe  = regexp.MustCompile(`\b(du|from)?\s*(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*(au|to|until|till|-)\s*(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`)
)

func foldPad(s string) string {
	f := claims.Fold(s)
	var b strings.Builder
	b.Grow(len(f) + 2)
	b.WriteByte(' ')
	space := true
	rs := []rune(f)
	for i, r := range rs {
		if r == '\'' {
			// d'Orsay: the elided article and the name are two words; an
			// apostrophe closing a word ('Retirement Basics' seminar,
			// members' lounge) is a quotation mark or a plural possessive
			if !space && i+1 < len(rs) && unicode.IsLetter(rs[i+1]) {
				b.WriteString("' ")
				space = true
			}
			continue
		}
		if r == '.' || r == ',' || r == '/' || r == '-' {
			// inside a word or a number (maisonfournil.fr, 1,30, Jean-Jaurès),
			// never at its end
			if !space && i+1 < len(rs) && (unicode.IsLetter(rs[i+1]) || unicode.IsDigit(rs[i+1])) {
				b.WriteRune(r)
				continue
			}

		} else if r == '&' || r == '#' || r == '@' || r == '%' || r == '€' || r == '$' || r == '£' || unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			space = false
			continue
		}
		if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	if !space {
		b.WriteByte(' ')
	}
	return b.String()
}

func newFactDoc(f Fact, text, lang string) factDoc {
	d := claims.Analyze(text, lang)
	fd := factDoc{fact: f, doc: d, words: wordSet(d), fold: foldPad(text)}
	fd.noCharge = hitsAny(fd.fold, noExtraCharge)
	fd.foldWords = strings.FieldsFunc(fd.fold, func(r rune) bool { return r == ' ' || r == '-' })
	fd.stems = make([]string, len(d.Tokens))
	for i := range d.Tokens {
		t := &d.Tokens[i]
		fd.stems[i] = claims.Stem(t.Low)
		if giftMarkers[t.Low] {
			fd.gifts = append(fd.gifts, i)
		}
	}
	for _, w := range d.ContentWords(0, len(d.Tokens)) {
		fd.cw = append(fd.cw, claims.Stem(w))
	}
	return fd
}

func wordSet(d *claims.Doc) map[string]bool {
	m := map[string]bool{}
	for _, t := range d.Tokens {
		if (t.Kind == claims.TWord && !claims.IsStop(t.Low) && len(t.Low) > 1) || t.Kind == claims.TNum {
			m[claims.Stem(t.Low)] = true
		}
	}
	return m
}

func structuredText(f Fact) string {
	if f.Kind == "" && f.Value == "" {
		return f.Text
	}
	var b strings.Builder
	b.WriteString(f.Text)
	if f.Value != "" && !strings.Contains(f.Text, f.Value) {
		if f.Text != "" {
			b.WriteString(". ")
		}
		if f.Key != "" {
			b.WriteString(f.Key)
			b.WriteString(" : ")
		}
		b.WriteString(f.Value)
		if f.Unit != "" {
			b.WriteByte(' ')
			b.WriteString(f.Unit)
		}
		b.WriteByte('.')
	}
	return b.String()
}

func compile(lang string, facts []Fact, brief string, year int, now time.Time) *sheet {
	sh := &sheet{lang: lang, restricted: -1, multFact: -1, endFact: -1, nouns: map[string]bool{}, nouns2: map[string]bool{}}
	var all strings.Builder
	for _, f := range facts {
		text := structuredText(f)
		if strings.TrimSpace(text) == "" {
			continue
		}
		fd := newFactDoc(f, text, lang)
		sh.facts = append(sh.facts, fd)
		all.WriteString(fd.fold)
	}
	sh.empty = len(sh.facts) == 0
	sh.briefFd = newFactDoc(Fact{Text: brief}, brief, lang)
	sh.brief = sh.briefFd.doc
	all.WriteString(sh.briefFd.fold)
	sh.allFold = all.String()
	sh.medals = strings.Contains(sh.allFold, " medal") || strings.Contains(sh.allFold, " medaille")
	sh.df = map[string]int{}
	sh.wordFacts = map[string][]int{}
	for fi, fd := range sh.facts {
		for w := range fd.words {
			sh.df[w]++
			sh.wordFacts[w] = append(sh.wordFacts[w], fi)
		}
	}
	for w := range sh.briefFd.words {
		sh.wordFacts[w] = append(sh.wordFacts[w], -1)
	}
	sh.findBanned()
	sh.grams = make(map[string]bool, 6*len(sh.allFold)/5)
	var spans [][2]int
	for _, fd := range append(sh.facts, sh.briefFd) {
		spans = fieldSpans(spans[:0], fd.fold)
		addGrams(sh.grams, fd.fold, spans)
		for _, w := range spans {
			if word := fd.fold[w[0]:w[1]]; strings.IndexByte(word, '-') > 0 {
				sh.dashParts(word)
			}
		}
	}

	// the campaign year: given, else the most frequent year in dates, else now
	if year == 0 {
		counts := map[int]int{}
		for _, fd := range append(sh.facts, sh.briefFd) {
			for _, c := range fd.doc.Claims {
				if (c.Type == claims.Date || c.Type == claims.DateRange) && c.Date.Y != 0 {
					counts[c.Date.Y]++
				}
				if c.Type == claims.DateRange && c.Date2.Y != 0 {
					counts[c.Date2.Y]++
				}
			}
		}
		best := 0
		for y, n := range counts {
			// on a tie the earlier year: a season that spans two years starts
			// in the first
			if n > best || (n == best && (year == 0 || y < year)) {
				year, best = y, n
			}
		}
		if year == 0 {
			year = now.Year()
		}
	}
	sh.year = year

	sh.factDays = make([]uint8, len(sh.facts))
	sh.closedDays = make([]uint8, len(sh.facts))
	for fi := range sh.facts {
		sh.addDoc(fi, sh.facts[fi].doc)
		sh.holidayDeadline(fi)
		sh.factDays[fi] = namedDays(sh.facts[fi].doc, sh.facts[fi].fold)
		sh.closedDays[fi] = closedDaysOf(sh.facts[fi].doc)
		if sh.factDays[fi] != 0 && !sh.dayHours {
			var buf [6]daySpan
			sh.dayHours = sh.daySpans(fi, buf[:]) != nil
		}
		for _, c := range sh.facts[fi].doc.Claims {
			d := sh.facts[fi].doc
			if c.Type == claims.Percent && !c.Discount && c.Value < 100 && c.Tok1 < len(d.Tokens) && d.Tokens[c.Tok1].Kind == claims.TWord && !d.Tokens[c.Tok1].Stop() {
				if sh.shareOf == nil {
					sh.shareOf = map[string]shareFact{}
				}
				sh.shareOf[claims.Stem(d.Tokens[c.Tok1].Low)] = shareFact{fact: fi, text: c.Text}
			}
		}
		if !sh.yearCounts {
			year, count := false, false
			for _, c := range sh.facts[fi].doc.Claims {
				year = year || c.Type == claims.Year
				count = count || c.Type == claims.Count && c.Noun != ""
			}
			sh.yearCounts = year && count
		}
		if !mayNameDay(sh.facts[fi].fold) || !mayRecur(sh.facts[fi].fold) {
			continue
		}
		for _, m := range recurRe.FindAllStringSubmatch(sh.facts[fi].fold, -1) {
			if m[1] != "" {
				sh.recurs = append(sh.recurs, recurrence{weekday: dayIndex[m[2]], nth: nthWords[m[1]], fact: fi})
			} else if m[3] != "" {
				sh.recurs = append(sh.recurs, recurrence{weekday: dayIndex[m[3]], fact: fi})
			} else {
				// "on Fridays", "les vendredis": weekly too
				sh.recurs = append(sh.recurs, recurrence{weekday: dayIndex[m[4]], fact: fi})
			}
		}
	}
	sh.addDoc(-1, sh.brief)
	sh.derive()
	for fi := range sh.facts {
		d := sh.facts[fi].doc
		for _, t := range d.Tokens {
			if _, ok := roleHeads[t.Low]; ok {
				sh.roles = true
			}
		}
		// a trade set beside a person ("Étienne Roy, libraire") is a job
		for i := range d.Claims {
			if fc := &d.Claims[i]; !sh.roles && fc.Type == claims.Name && len(fc.Words) >= 2 && appositionAt(d, fc.Tok0, fc.Tok1) >= 0 {
				sh.roles = true
			}
		}
	}
	for _, a := range sh.atoms[clsMoney] {
		if !a.derived && a.unitSaving(sh.factDocOf(a.fact)) {
			sh.unitSavings = true
		}
	}
	sh.apart = sh.findPricesApart()
	for fi := range sh.facts {
		sh.sales = appendSales(sh.sales, fi, sh.facts[fi].doc)
	}
	for fi := range sh.facts {
		d := sh.facts[fi].doc
		for k := range d.Tokens {
			t := &d.Tokens[k]
			if t.Kind != claims.TWord || !t.Cap || len(t.Low) < 4 {
				continue
			}
			for place := t.Low; ; {
				sh.places = append(sh.places, place)
				i := strings.LastIndexByte(place, '-')
				if i < 4 {
					break
				}
				place = place[:i]
			}
		}
	}
	for _, p := range sh.places {
		for _, suf := range demonymSuffixes {
			if strings.HasSuffix(p, suf) && len(p)-len(suf) >= 4 {
				sh.placeStems = append(sh.placeStems, p[:len(p)-len(suf)])
			}
		}
	}
	for cl := range sh.atoms {
		sh.byValue[cl] = map[int64][]int{}
		for i, a := range sh.atoms[cl] {
			k := valueKey(a.value)
			sh.byValue[cl][k] = append(sh.byValue[cl][k], i)
		}
	}
	return sh
}

// known reports whether the words appear in this order, consecutively, in
// a fact or the brief (folded). Longer runs fall back to a substring search.
// dashParts makes each word of a dash compound a stated name on its own:
// the facts' "Inverness–Stornoway" route states Stornoway.
func (sh *sheet) dashParts(w string) {
	for _, p := range strings.Split(w, "-") {
		if len(p) >= 3 && p[0] >= 'a' && p[0] <= 'z' {
			sh.grams[p] = true
		}
	}
}

func (sh *sheet) known(words ...string) bool {
	if len(words) == 0 {
		return true
	}
	// the key is joined in a stack buffer: a map lookup of string(buf)
	// does not allocate, and names are checked claim after claim
	var buf [128]byte
	kb := buf[:0]
	for i, w := range words {
		if i > 0 {
			kb = append(kb, ' ')
		}
		kb = append(kb, w...)
	}
	if i := bytes.IndexByte(kb, '\''); i >= 0 && i+1 < len(kb) && kb[i+1] != ' ' {
		// "guivarc'h" is stored as foldPad splits it
		key := strings.TrimSpace(foldPad(string(kb)))
		if len(words) <= 6 {
			return sh.grams[key]
		}
		return strings.Contains(sh.allFold, " "+key+" ")
	}
	if len(words) <= 6 {
		return sh.grams[string(kb)]
	}
	return strings.Contains(sh.allFold, " "+string(kb)+" ")
}

// knownLoosely: the words of a name of three words or more (a dash
// compound counts its parts) appear in this order in one fact with one word
// at most between them: "Conservatoire Henriette Renié" for the facts'
// "Conservatoire municipal Henriette-Renié". A conjunction in between
// joins two names, so it does not count.
func (sh *sheet) knownLoosely(words []string) bool {
	var want []string
	for _, w := range words {
		for _, p := range strings.Split(w, "-") {
			if p != "" {
				want = append(want, p)
			}
		}
	}
	if len(want) < 3 {
		return false
	}
	for fi := range sh.facts {
		ws := sh.facts[fi].foldWords
		for s := range ws {
			if ws[s] != want[0] {
				continue
			}
			k, skipped := s+1, 0
			ok := true
			for _, w := range want[1:] {
				if k < len(ws) && ws[k] == w {
					k++
					continue
				}
				if skipped == 0 && k+1 < len(ws) && ws[k+1] == w {
					switch ws[k] {
					case "et", "and", "ou", "or", "&":
						ok = false
					}
					skipped++
					k += 2
					continue
				}
				ok = false
				break
			}
			if ok {
				return true
			}
		}
	}
	return false
}

func (sh *sheet) factText(fi int) string {
	if fi < 0 {
		return sh.brief.Text
	}
	return sh.facts[fi].fact.Text
}

func (sh *sheet) factID(fi int) string {
	if fi < 0 {
		return ""
	}
	if sh.facts[fi].fact.ID != "" {
		return sh.facts[fi].fact.ID
	}
	return sh.facts[fi].fact.Key
}

func (sh *sheet) date(d claims.D) time.Time {
	y := d.Y
	if y == 0 {
		y = sh.yearOf(d)
	}
	if d.M < 1 || d.M > 12 || d.Day < 1 || d.Day > 31 {
		return time.Time{}
	}
	t := time.Date(y, time.Month(d.M), d.Day, 0, 0, 0, 0, time.UTC)
	if t.Day() != d.Day { // 31 June and the like are not dates
		return time.Time{}
	}
	return t
}

// compoundCounts: "Two-bedroom apartments start at…", "22 two- and
// three-bedroom apartments": a number spelled out and joined to its noun
// by a hyphen counts that noun as plainly as "two bedrooms" does, so a
// post's "(two bedrooms)" is backed; the claims reader sees no count in
// the one word.
func (sh *sheet) compoundCounts(fi int, d *claims.Doc) {
	toks := d.Tokens
	for k := range toks {
		w := toks[k].Low
		i := strings.IndexByte(w, '-')
		if i <= 0 || i+1 >= len(w) {
			continue
		}
		n, ok := smallWordNums[w[:i]]
		if !ok || n < 2 {
			continue
		}
		noun := w[i+1:]
		if strings.ContainsRune(noun, '-') {
			continue
		}
		sh.atoms[clsPlain] = append(sh.atoms[clsPlain], atom{value: n, bound: claims.Exact, noun: noun, fact: fi, tok: k, text: toks[k].Text})
		sh.nouns[noun] = true
		// "two- and three-bedroom": the number left hanging takes the
		// noun of the compound after it
		if k >= 3 && (toks[k-1].Low == "and" || toks[k-1].Low == "or" || toks[k-1].Low == "et" || toks[k-1].Low == "ou" || toks[k-1].Low == ",") && toks[k-2].Low == "-" {
			if m, ok := smallWordNums[toks[k-3].Low]; ok && m >= 2 {
				sh.atoms[clsPlain] = append(sh.atoms[clsPlain], atom{value: m, bound: claims.Exact, noun: noun, fact: fi, tok: k - 3, text: toks[k-3].Text})
			}
		}
	}
}

// fieldSpans appends the byte spans of s's words, as strings.Fields cuts
// them.
func fieldSpans(dst [][2]int, s string) [][2]int {
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				dst = append(dst, [2]int{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		dst = append(dst, [2]int{start, len(s)})
	}
	return dst
}

// addGrams adds the runs of one to six words of s (at spans) to grams,
// joined by one space.
func addGrams(grams map[string]bool, s string, spans [][2]int) {
	for i, w := range spans {
		// a run of words one space apart is its own n-gram in s: keyed
		// by that substring, without a new string
		for n := 1; n <= 6 && i+n <= len(spans); n++ {
			if n > 1 && (spans[i+n-1][0]-spans[i+n-2][1] != 1 || s[spans[i+n-2][1]] != ' ') {
				// another gap: the words joined by one space, as for
				// every longer n-gram from here
				for m := n; m <= 6 && i+m <= len(spans); m++ {
					grams[joinSpans(s, spans[i:i+m])] = true
				}
				break
			}
			grams[s[w[0]:spans[i+n-1][1]]] = true
		}
	}
}

// joinSpans joins the words of s at spans with one space.
func joinSpans(s string, spans [][2]int) string {
	var b strings.Builder
	for i, w := range spans {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s[w[0]:w[1]])
	}
	return b.String()
}

func (sh *sheet) addDoc(fi int, d *claims.Doc) {
	fold := ""
	if fi >= 0 {
		fold = sh.facts[fi].fold
	}
	if fi >= 0 && mayNameDay(fold) && restricts(fold) && openDays(fold) < 7 {
		sh.restricted = fi
	}
	plain0 := len(sh.atoms[clsPlain])
	defer func() { breakdownNouns(sh.atoms[clsPlain][plain0:], d) }()
	if fi >= 0 {
		sh.compoundCounts(fi, d)
	}
	for ci := range d.Claims {
		c := &d.Claims[ci]
		if c.Type == claims.Money && fi >= 0 && c.Bound == claims.Exact && !c.Discount && everyPriceNamed(d, c.Sent) {
			for _, key := range listedNames(d, c) {
				if sh.namedPrices == nil {
					sh.namedPrices = map[string][]namedPrice{}
				}
				sh.namedPrices[key] = append(sh.namedPrices[key], namedPrice{c.Value, fi, c.Text})
			}
		}
		if cl, ok := classOf(c.Type); ok {
			noun, noun2 := countedNoun(c)
			if (noun == "" || placeAfter(d, c.Tok1)) && (c.Type == claims.Number || c.Type == claims.Count) {
				if n := elidedNoun(d, c); n != "" {
					noun = n
				}
			}
			if noun2 == "" {
				noun2 = nounPastName(d, c.Tok1)
			}
			if noun2 == "" && peopleNouns[noun] {
				noun2 = verbOfPeople(d, c)
			}
			sh.atoms[cl] = append(sh.atoms[cl], atom{value: c.Value, bound: c.Bound, noun: noun, noun2: noun2, fact: fi, tok: c.Tok0, text: c.Text, ord: c.Type == claims.Ordinal, dur: c.Type == claims.Duration, first: firstN(d, c), year: c.Type == claims.Year, oldYear: olderYear(d, c)})
			if noun != "" {
				sh.nouns[noun] = true
			}
			if noun2 != "" {
				sh.nouns2[noun2] = true
			}
			// "4 free hours": a length of time too
			m := minutesOf(noun)
			if m > 0 && c.Type == claims.Count {
				dcl, _ := classOf(claims.Duration)
				sh.atoms[dcl] = append(sh.atoms[dcl], atom{value: c.Value * m, fact: fi, tok: c.Tok0, text: c.Text, dur: true})
			}
			if (c.Type == claims.Duration || m > 0 && c.Type == claims.Count) && c.Tok1 < len(d.Tokens) {
				if m == 0 || c.Type == claims.Duration {
					m = 1
				}
				switch d.Tokens[c.Tok1].Low {
				case "before", "earlier", "avant", "prior":
					sh.offsets = append(sh.offsets, -c.Value*m)
					sh.offsetFacts = append(sh.offsetFacts, fi)
				case "after", "later", "apres":
					sh.offsets = append(sh.offsets, c.Value*m)
					sh.offsetFacts = append(sh.offsetFacts, fi)
				default:
					// "departing at 09:15; crossing time 3 h 40": a
					// departure and a length of the same sentence give
					// the arrival
					if c.Type == claims.Duration {
						for k := range d.Claims {
							if t := &d.Claims[k]; t.Type == claims.Time && t.Sent == c.Sent && t.Value+c.Value < 24*60 {
								sh.arrivals = append(sh.arrivals, t.Value+c.Value)
							}
						}
					}
				}
			}
			// "costs 50% more", "coûte 50 % de plus": the factor 1.5
			if c.Type == claims.Percent && c.Bound == claims.Exact && !c.Discount && c.Value > 0 && percentMore(d, c.Tok1) {
				sh.mults = append(sh.mults, 1+c.Value/100)
				if sh.multFact < 0 {
					sh.multFact = fi
				}
			}
			continue
		}
		switch c.Type {
		case claims.Date:
			sh.countDateOrder(d, c)
			t := sh.date(c.Date)
			if !t.IsZero() {
				sh.dates = append(sh.dates, dateAtom{d: t, role: c.Role, fact: fi, text: c.Text, weekday: c.Weekday, before: c.Role == claims.RoleUntil && beforeWord(d, c.Tok0), closes: c.Role == claims.RoleNone && closingWord(d, c.Tok0)})
				sh.atoms[clsPlain] = append(sh.atoms[clsPlain], atom{value: float64(t.Year()), fact: fi, tok: -1, derived: true})
				if c.Role == claims.RoleUntil && fi >= 0 {
					sh.hasEnd, sh.endFact = true, fi
				}
			}
		case claims.DateRange:
			t1, t2 := sh.date(c.Date), sh.date(c.Date2)
			if !t1.IsZero() && !t2.IsZero() {
				sh.dates = append(sh.dates, dateAtom{d: t1, d2: t2, fact: fi, text: c.Text, weekday: c.Weekday})
				sh.atoms[clsPlain] = append(sh.atoms[clsPlain], atom{value: float64(t2.Year()), fact: fi, tok: -1, derived: true})
				if fi >= 0 {
					sh.hasEnd, sh.endFact = true, fi
				}
			}
		case claims.URL:
			sh.urls = append(sh.urls, normURL(c.Text))
			sh.urlFact = append(sh.urlFact, fi)
		case claims.Hashtag:
			sh.tags = append(sh.tags, claims.Fold(c.Text))
			sh.tagText = append(sh.tagText, c.Text)
			sh.tagFact = append(sh.tagFact, fi)
		case claims.Mention:
			sh.mentions = append(sh.mentions, claims.Fold(c.Text))
		case claims.Email:
			sh.emails = append(sh.emails, claims.Fold(c.Text))
		case claims.Phone:
			if len(c.Words) > 0 {
				sh.phones = append(sh.phones, c.Words[0])
			}
		case claims.Everyday:
			if !c.Except {
				sh.everyday = true
			} else if fi >= 0 {
				sh.restricted = fi
			}
		case claims.Partial:
			sh.partials = append(sh.partials, partialAtom{n: c.Value, total: c.Value2, noun: c.Noun, fact: fi, text: c.Text})
			sh.atoms[clsPlain] = append(sh.atoms[clsPlain], atom{value: c.Value2 - c.Value, noun: c.Noun, fact: fi, tok: -1, derived: true})
		case claims.Multiplier:
			sh.mults = append(sh.mults, c.Value)
			if sh.multFact < 0 {
				sh.multFact = fi
			}

		case claims.Extension:
			sh.prolong = true
		case claims.Month:
			if y := c.Date.Y; y > 0 && fi >= 0 {
				sh.months = append(sh.months, [2]int{y, c.Date.M})
				if wholeMonth(d, c.Tok0) {
					first := time.Date(y, time.Month(c.Date.M), 1, 0, 0, 0, 0, time.UTC)
					sh.dates = append(sh.dates, dateAtom{d: first, d2: first.AddDate(0, 1, -1), fact: fi, text: c.Text, weekday: -1})
				}
			}
		case claims.Name:
			sh.entities = append(sh.entities, entity{words: c.Words, fold: strings.Join(c.Words, " "), fact: fi, text: c.Text, prep: c.Prep, sent: c.Sent, tok: c.Tok0})
		}
	}
}

// fixedHolidays fall on the same day every year (month, day).
var fixedHolidays = map[string][2]int{"noel": {12, 25}, "christmas": {12, 25}, "halloween": {10, 31}, "saint-valentin": {2, 14}}

// holidayDeadline: "livrées avant Noël", "delivered before Christmas": a
// deadline set by a holiday of fixed date states that date as an end, so
// "avant le 25 décembre" says the same. It backs that end only: no other
// date is judged against it.
func (sh *sheet) holidayDeadline(fi int) {
	toks := sh.facts[fi].doc.Tokens
	for k := 1; k < len(toks); k++ {
		md, ok := fixedHolidays[toks[k].Low]
		if !ok || k+1 < len(toks) && (toks[k+1].Low == "eve" || toks[k+1].Cap) {
			continue // Christmas Eve, Christmas Market: another day or a name
		}
		switch toks[k-1].Low {
		case "avant", "before", "by":
			d := time.Date(sh.year, time.Month(md[0]), md[1], 0, 0, 0, 0, time.UTC)
			sh.holidayEnds = append(sh.holidayEnds, d)
		}
	}
}

// wholeMonthWords make a month a period: "during February 2027" runs from
// its first day to its last ("through Feb. 28").
var wholeMonthWords = map[string]bool{"during": true, "throughout": true, "all": true, "pendant": true, "durant": true}

// wholeMonth: the month named at token k is a period, "during February",
// "tout le mois de février", "pendant le mois de février".
// breakdownNouns: "6 restaurants : 4 à Nantes et 2 à Angers", "120 staff:
// 80 in Leeds and 40 in York": bare figures that follow a count in its
// sentence and add up to it are its parts, so they count its noun.
func breakdownNouns(as []atom, d *claims.Doc) {
	for i := range as {
		whole := &as[i]
		if whole.noun == "" || whole.derived || whole.year || whole.tok < 0 || whole.tok >= len(d.Tokens) {
			continue
		}
		sent, sum, j := d.Tokens[whole.tok].Sent, 0.0, i+1
		for ; j < len(as) && sum < whole.value; j++ {
			p := &as[j]
			if p.noun != "" || p.derived || p.year || p.tok < 0 || p.tok >= len(d.Tokens) || d.Tokens[p.tok].Sent != sent {
				break
			}
			sum += p.value
		}
		if j-i < 3 || !claims.Eq(sum, whole.value) {
			continue
		}
		for k := i + 1; k < j; k++ {
			as[k].noun, as[k].noun2 = whole.noun, whole.noun2
		}
	}
}

func wholeMonth(d *claims.Doc, k int) bool {
	if k < 1 {
		return false
	}
	p := d.Tokens[k-1].Low
	if (p == "de" || p == "d'") && k >= 4 && d.Tokens[k-2].Low == "mois" {
		p = d.Tokens[k-4].Low
		return wholeMonthWords[p] || p == "tout"
	}
	return wholeMonthWords[p]
}

// countDateOrder tallies whether a written date of a fact puts the month or
// the day first. An all-digit date (2/6) says nothing, being read either
// way, unless its weekday fits only the month-first reading: it is then
// read so (c is changed) and counts for it.
func (sh *sheet) countDateOrder(d *claims.Doc, c *claims.Claim) {
	if slashDate(d, c) {
		if sh.weekdayWantsSwap(c) {
			c.Date.M, c.Date.Day = c.Date.Day, c.Date.M
			sh.monthFirst++
		}
		return
	}
	for k := c.Tok0; k < c.Tok1 && k < len(d.Tokens); k++ {
		t := &d.Tokens[k]
		switch {
		case t.Kind == claims.TNum:
			if k+1 < len(d.Tokens) && d.Tokens[k+1].Text == "/" {
				return
			}
			sh.dayFirst++
			return
		case isMonthWord(t.Low):
			sh.monthFirst++
			return
		}
	}
}

// slashDate: the date is written as digits around a slash (2/6, 06/02/2027).
func slashDate(d *claims.Doc, c *claims.Claim) bool {
	toks := d.Tokens
	for k := c.Tok0; k+2 < c.Tok1 && k+2 < len(toks); k++ {
		if toks[k].Kind == claims.TNum && toks[k+1].Text == "/" && toks[k+2].Kind == claims.TNum {
			return true
		}
	}
	return false
}

// weekdayWantsSwap: the weekday written with a day/month date fits the date
// read the other way round, and only that way.
func (sh *sheet) weekdayWantsSwap(c *claims.Claim) bool {
	if c.Weekday < 0 || c.Date.Day > 12 || c.Date.Day == c.Date.M {
		return false
	}
	t, u := sh.date(c.Date), sh.date(claims.D{Y: c.Date.Y, M: c.Date.Day, Day: c.Date.M})
	return !t.IsZero() && !u.IsZero() && int(t.Weekday()) != c.Weekday && int(u.Weekday()) == c.Weekday
}

// isMonthWord: a month name, whole or cut short ("feb", "sept"), folded.
func isMonthWord(low string) bool {
	if len(low) < 3 {
		return false
	}
	for _, lang := range [2]string{"en", "fr"} {
		names := claims.MonthNames[lang]
		for _, m := range names[1:] {
			if strings.HasPrefix(claims.Fold(m), low) {
				return true
			}
		}
	}
	return false
}

// monthFirstDates: the facts write dates the American way, so an all-digit
// 2/6 in a post is 6 February.
func (sh *sheet) monthFirstDates() bool { return sh.monthFirst > sh.dayFirst }

// derive adds the values a reader infers from the facts: differences of two
// prices (a saving), a price after a stated discount, products of a count and
// a per-unit figure, day and weekday counts of date ranges and months, years
// elapsed between two stated years.
func (sh *sheet) derive() {
	add := func(cl class, v float64, noun string, fi int) {
		if v <= 0 || math.IsInf(v, 0) || math.IsNaN(v) {
			return
		}
		sh.atoms[cl] = append(sh.atoms[cl], atom{value: v, noun: noun, fact: fi, tok: -1, derived: true})
	}
	byFact := func(cl class, fi int) []atom {
		var out []atom
		for _, a := range sh.atoms[cl] {
			if a.fact == fi && !a.derived {
				out = append(out, a)
			}
		}
		return out
	}
	for fi := -1; fi < len(sh.facts); fi++ {
		money := byFact(clsMoney, fi)
		pcts := byFact(clsPercent, fi)
		for i := range money {
			for j := range money {
				if i != j && money[i].value > money[j].value {
					diff := math.Round((money[i].value-money[j].value)*100) / 100
					add(clsMoney, diff, "", fi)
					if n := len(sh.atoms[clsMoney]); n > 0 && sh.atoms[clsMoney][n-1].derived && sh.atoms[clsMoney][n-1].value == diff {
						sh.atoms[clsMoney][n-1].diff = true
						sh.atoms[clsMoney][n-1].lessOf = reductionAt(sh.factDocOf(fi), money[j].tok)
					}
					// a discount is worked out from a was/now pair; a price
					// list (£60 for 2, £75 for 3 … £110 for 6) gives none
					if len(money) == 2 {
						add(clsPercent, math.Round((money[i].value-money[j].value)/money[i].value*100), "", fi)
					}
				}
			}
			for _, p := range pcts {
				add(clsMoney, math.Round(money[i].value*(1-p.value/100)*100)/100, "", fi)
				add(clsMoney, math.Round(money[i].value*p.value)/100, "", fi)
			}
		}
		// the whole of a stated share: "un tiers des places (14 places)",
		// "a third of the seats (14 seats)" gives 42 places
		if fi >= 0 {
			for _, w := range wholeOfShares(sh.facts[fi].doc, byFact(clsPlain, fi)) {
				add(clsPlain, w.value, w.noun, fi)
			}
		}
		// a reward rate: "1 point par dollar dépensé ; 250 points donnent
		// droit à un rabais de 10 $" gives back 10 $ on 250 $, 4 %
		if fi >= 0 && len(money) > 0 {
			if rate, n := pointsRate(sh.facts[fi].doc, byFact(clsPlain, fi)); rate > 0 {
				for _, m := range money {
					pct := m.value / (n / rate) * 100
					add(clsPercent, math.Round(pct*10)/10, "", fi)
					add(clsPercent, math.Round(pct), "", fi)
				}
			}
		}
		// a price per unit: "la carte 10 places coûte 65 €" is 6,50 € a place
		for _, m := range money {
			for _, n := range byFact(clsPlain, fi) {
				if n.value >= 2 && n.value <= 100 && n.value == math.Trunc(n.value) && n.noun != "" {
					add(clsMoney, math.Round(m.value/n.value*100)/100, "", fi)
				}
			}
		}
		clock := byFact(clsClock, fi)
		for i := range clock {
			for j := range clock {
				// only the two ends of one span ("de 7h à 19h30", "9am-6pm")
				// make a length of time
				if !clock[i].dur && !clock[j].dur && clock[i].tok-clock[j].tok >= 1 && clock[i].tok-clock[j].tok <= 3 && clock[i].value != clock[j].value {
					d := clock[i].value - clock[j].value
					// a night that ends after midnight ("de 21h à 3h du
					// matin", "10pm to 2am") lasts into the next day
					if d < 0 {
						d += 24 * 60
					}
					sh.atoms[clsClock] = append(sh.atoms[clsClock], atom{value: d, fact: fi, tok: -1, derived: true, dur: true})
					// "leave every 30 minutes, from 10:30 am to 3 pm": the
					// departures of a span are counted (10), its two ends
					// included, for a post that gives the schedule (a bare
					// 10 elsewhere is no count of departures)
					if fi >= 0 && clock[i].tok > clock[j].tok {
						for _, e := range clock {
							if e.dur && e.value > 0 && e.tok > 0 && e.tok < len(sh.facts[fi].doc.Tokens) && intervalWords[sh.facts[fi].doc.Tokens[e.tok-1].Low] {
								if n := d / e.value; n == math.Trunc(n) && n >= 1 && n <= 100 {
									sh.atoms[clsPlain] = append(sh.atoms[clsPlain], atom{value: n + 1, fact: fi, tok: -1, derived: true, runs: true})
								}
							}
						}
					}
				}
			}
		}
		// "le car quitte Rennes à 7h15 et arrive à Toulouse à 16h55", "doors
		// open at 7pm and the show ends at 10:30pm": a sentence that gives
		// just two clock times, the later one last, gives the time between
		// them (a trip of 9h40), even when they are not one span
		if fi >= 0 {
			d := sh.facts[fi].doc
			for i := range clock {
				for j := range clock {
					a, b := clock[i], clock[j]
					if a.dur || b.dur || b.tok-a.tok <= 3 || a.tok >= len(d.Tokens) || b.tok >= len(d.Tokens) || d.Tokens[a.tok].Sent != d.Tokens[b.tok].Sent {
						continue
					}
					// "from 9 am on the wedding day until 11 am the next
					// morning", "jusqu'à 11 h le lendemain": the later time
					// is a day on (26 hours)
					span := b.value - a.value
					if nextDayAfter(d, b.tok) {
						span += 24 * 60
					}
					if span <= 0 {
						continue
					}
					n := 0
					for _, c := range clock {
						if !c.dur && c.tok < len(d.Tokens) && d.Tokens[c.tok].Sent == d.Tokens[a.tok].Sent {
							n++
						}
					}
					if n == 2 {
						sh.atoms[clsClock] = append(sh.atoms[clsClock], atom{value: span, fact: fi, tok: -1, derived: true, dur: true})
					}
				}
			}
		}
	}
	// "1 point par euro dépensé … 100 points donnent un bon de 5 €", "1
	// point per £1 spent": points convert to money at the stated rate, so
	// 100 points are 100 € spent
	for _, r := range byFactAll(sh.atoms[clsPlain]) {
		if r.derived || r.noun != "point" || r.value <= 0 || r.fact < 0 || !perMoneyUnitAfter(sh.facts[r.fact].doc, r.tok) {
			continue
		}
		for _, b := range sh.atoms[clsPlain] {
			if !b.derived && b.noun == "point" && b.value > r.value && b.fact >= 0 {
				add(clsMoney, math.Round(b.value/r.value*100)/100, "", b.fact)
			}
		}
	}
	// "à partir du 1er mai, chaque tarif augmente de 10 €", "every ticket
	// costs $2 more on game day": each stated price raised by that amount
	for fi := range sh.facts {
		d := sh.facts[fi].doc
		for i := range d.Claims {
			r := &d.Claims[i]
			if r.Type != claims.Money || r.Bound != claims.Exact || r.Value <= 0 || !raiseAt(d, r) {
				continue
			}
			for _, a := range sh.atoms[clsMoney] {
				if !a.derived && a.fact >= 0 && (a.fact != fi || a.tok != r.Tok0) {
					add(clsMoney, a.value+r.Value, "", a.fact)
				}
			}
		}
	}
	for fi := range sh.facts {
		toks := sh.facts[fi].doc.Tokens
		for j := 1; j < len(toks) && !sh.unitMoney; j++ {
			switch toks[j].Low {
			case "euro", "dollar", "pound":
				switch toks[j-1].Low {
				case "chaque", "each", "every", "per", "par":
					sh.unitMoney = true
				}
			}
		}
	}
	// "s'ouvre à 21h par une conférence de 70 minutes": the activity ends
	// at 22h10 (a time that opens or closes a range is no start of one)
	for fi := range sh.facts {
		d := sh.facts[fi].doc
		for i := range d.Claims {
			t := &d.Claims[i]
			if t.Type != claims.Time || timeBefore(d, t) != nil || t.Tok1 < len(d.Tokens) && rangeWord(d.Tokens[t.Tok1].Low) {
				continue
			}
			for _, u := range sh.atoms[clsClock] {
				if u.fact == fi && u.dur && !u.derived && u.bound == claims.Exact && u.tok >= t.Tok1 && u.tok-t.Tok1 <= 8 && d.Tokens[u.tok].Sent == t.Sent && t.Value+u.value < 24*60 {
					sh.atoms[clsClock] = append(sh.atoms[clsClock], atom{value: t.Value + u.value, fact: fi, tok: -1, derived: true})
				}
			}
		}
	}
	// offsets written in words the claims do not read as a length of time
	// ("gates open one hour before first pitch") join those in figures
	offs, offFacts := wordOffsets(sh.facts)
	for _, off := range offs {
		if !slices.Contains(sh.offsets, off) {
			sh.offsets = append(sh.offsets, off)
		}
	}
	sh.offsetFacts = append(sh.offsetFacts, offFacts...)
	// a clock time moved by a stated offset: doors at 6:30pm for a 7:30pm
	// concert when they "open 1 hour before each concert"
	if len(sh.offsets) > 0 {
		for _, a := range append([]atom(nil), sh.atoms[clsClock]...) {
			if a.derived || a.dur {
				continue
			}
			for _, off := range sh.offsets {
				if v := a.value + off; v >= 0 && v < 24*60 {
					sh.atoms[clsClock] = append(sh.atoms[clsClock], atom{value: v, fact: a.fact, tok: -1, derived: true})
				}
			}
		}
	}
	// a monthly price over a year ("£24 per month": £288 a year), less the
	// months a fact gives free on annual billing ("two months free": £240)
	var freeMonths []float64
	for _, a := range sh.atoms[clsPlain] {
		if !a.derived && a.noun == "month" && a.fact >= 0 && len(sh.facts[a.fact].gifts) > 0 && a.value < 12 {
			freeMonths = append(freeMonths, a.value)
		}
	}
	// the ages each fact gives (a range's start too: "6 à 12 ans")
	for fi := range sh.facts {
		d := sh.facts[fi].doc
		var af ageFact
		for i := range d.Claims {
			fc := &d.Claims[i]
			if fc.Type != claims.Count || fc.Noun != "year" || fc.Value > 25 {
				continue
			}
			af.ages = append(af.ages, fc.Value)
			if fc.Tok0 >= 2 && d.Tokens[fc.Tok0-2].Kind == claims.TNum && rangeStartAt(d, fc.Tok0-2) {
				af.ages = append(af.ages, d.Tokens[fc.Tok0-2].Num)
			}
			if af.text == "" {
				af.text = fc.Text
			}
		}
		if af.text != "" {
			af.fact = fi
			sh.ageFacts = append(sh.ageFacts, af)
		}
	}
	// "part toutes les heures de 10h30 à 14h30", "leaves every hour from
	// 10:30am to 2:30pm": five departures
	for fi := range sh.facts {
		for _, n := range timesInRange(sh.facts[fi].doc) {
			add(clsPlain, n, "", fi)
		}
	}
	// "le premier mois de prestation est offert", "the first month is
	// free": one month given
	for fi := range sh.facts {
		for _, o := range sh.facts[fi].doc.Claims {
			if o.Type == claims.Freebie && firstMonth(o.Words) {
				freeMonths = append(freeMonths, 1)
				sh.firstMonthFree = fi + 1
			}
		}
	}
	// a stated count of months less those given free: the months paid
	// ("au moins 12 mois", first month free: "vous ne réglez que 11 mois")
	if len(freeMonths) > 0 {
		for _, a := range append([]atom(nil), sh.atoms[clsPlain]...) {
			if a.derived || a.noun != "month" {
				continue
			}
			for _, n := range freeMonths {
				if a.value > n {
					add(clsPlain, a.value-n, "month", a.fact)
				}
			}
		}
	}
	for _, m := range append([]atom(nil), sh.atoms[clsMoney]...) {
		if m.derived || !sh.monthly(m) {
			continue
		}
		add(clsMoney, m.value*12, "", m.fact)
		for _, n := range freeMonths {
			add(clsMoney, m.value*(12-n), "", m.fact)
		}
	}
	// annual billing the other way round: "$9.99 a month or $59.99 a year"
	// is about 6 months free on the yearly plan, as posts count it
	for _, m := range sh.atoms[clsMoney] {
		if m.derived || m.value <= 0 || !sh.monthly(m) {
			continue
		}
		for _, y := range sh.atoms[clsMoney] {
			if y.derived || y.fact != m.fact || y.value <= m.value || !sh.yearly(y) {
				continue
			}
			n := math.Round((12*m.value - y.value) / m.value)
			if n >= 1 && n <= 11 && math.Abs(12*m.value-y.value-n*m.value) <= 0.1*m.value {
				add(clsPlain, n, "month", m.fact)
			}
		}
	}
	// two counts joined by "and" in a fact ("4 vets and 6 nurses") add up
	// for a post that names both groups ("the 10 vets and nurses")
	for i, a := range sh.atoms[clsPlain] {
		if a.derived || a.fact < 0 || a.noun == "" {
			continue
		}
		d := sh.facts[a.fact].doc
		for _, b := range sh.atoms[clsPlain][i+1:] {
			if b.derived || b.fact != a.fact || b.noun == "" || b.tok <= a.tok || b.tok-a.tok > 3 {
				continue
			}
			for k := a.tok + 1; k < b.tok; k++ {
				if l := d.Tokens[k].Low; l == "and" || l == "et" || l == "&" || l == "+" {
					sh.atoms[clsPlain] = append(sh.atoms[clsPlain], atom{value: a.value + b.value, noun: a.noun, fact: a.fact, tok: -1, derived: true, sum: true})
					break
				}
			}
		}
	}
	// "Before the Kilkenny opening, Harken Hearing has 23 clinics": the one
	// that opens is the 24th, and then there are 24 (of the whole only:
	// not of its parts, "6 restaurants : 4 à Nantes et 2 à Angers")
	for _, a := range sh.atoms[clsPlain] {
		if a.derived || a.fact < 0 || a.noun == "" || a.tok < 0 || a.value < 1 || a.value != math.Trunc(a.value) {
			continue
		}
		whole := true
		for _, b := range sh.atoms[clsPlain] {
			whole = whole && !(b.fact == a.fact && !b.derived && b.noun == a.noun && b.value > a.value)
		}
		if d := sh.facts[a.fact].doc; whole && beforeOpening(d, a.tok) {
			sh.atoms[clsPlain] = append(sh.atoms[clsPlain], atom{value: a.value + 1, noun: a.noun, fact: a.fact, tok: -1, derived: true, ord: true})
		}
	}
	// a list of counts of one kind of thing ("9 senior men's teams, 2
	// senior women's teams and 14 junior teams") adds up to a total of that
	// thing (25 teams), and the items sharing a counted word to a total of
	// their own (11 senior teams)
	for fi := range sh.facts {
		sh.listTotals(fi, add)
	}
	// a price paid in instalments ("paiement en 4 fois", "in 3 instalments"),
	// from a price in the same fact or another about the same thing: 1 290 €
	// in 4 is 322,50 € each
	for _, n := range sh.atoms[clsPlain] {
		if n.derived || n.fact < 0 || !instalmentNouns[n.noun] && !(n.noun == "monthly" && (n.noun2 == "payment" || n.noun2 == "instalment")) || n.value < 2 || n.value > 60 {
			continue
		}
		for _, m := range sh.atoms[clsMoney] {
			if m.derived || m.fact < 0 || m.fact != n.fact && !sh.shareWords(n.fact, m.fact) {
				continue
			}
			add(clsMoney, math.Round(m.value/n.value*100)/100, "", m.fact)
		}
	}
	// a stated discount applied to a price stated in another fact about the
	// same thing ("20% off the first veg box" and "the veg box costs £18.50")
	for _, p := range sh.atoms[clsPercent] {
		if p.derived || p.fact < 0 {
			continue
		}
		for _, m := range sh.atoms[clsMoney] {
			if m.derived || m.fact < 0 || m.fact == p.fact || !sh.shareWords(p.fact, m.fact) {
				continue
			}
			add(clsMoney, math.Round(m.value*(1-p.value/100)*100)/100, "", m.fact)
			// and the amount it saves ("save $26" for 10% off $260), as
			// within one fact
			add(clsMoney, math.Round(m.value*p.value)/100, "", m.fact)
		}
	}
	// a stated amount off ("£5 off the 10K", "5 € de réduction") taken from a
	// price stated in another fact about the same thing: £25 − £5
	for _, off := range sh.atoms[clsMoney] {
		if off.derived || off.fact < 0 {
			continue
		}
		od := sh.facts[off.fact].doc
		k := amountOff(od, off.tok)
		if k < 0 {
			continue
		}
		for _, m := range sh.atoms[clsMoney] {
			if m.derived || m.fact < 0 || m.fact == off.fact || m.value <= off.value || !offersOn(od, k, sh.facts[m.fact].stems) {
				continue
			}
			add(clsMoney, math.Round((m.value-off.value)*100)/100, "", m.fact)
		}
	}
	// a length, mass or volume in another unit of the same measure: "un
	// miroir de 600 mm" is "60 cm", "1,5 kg" is "1 500 g", "2 km" "2 000 m"
	for _, a := range append([]atom(nil), sh.atoms[clsPlain]...) {
		u, ok := measureUnits[a.noun]
		if a.derived || !ok {
			continue
		}
		for _, n := range measureNouns {
			if v := measureUnits[n]; v.kind == u.kind && v.scale != u.scale {
				if x := a.value * u.scale / v.scale; x >= 0.1 && x < 1e7 {
					x = math.Round(x*1e6) / 1e6
					add(clsPlain, x, n, a.fact)
					// "a 2 lb bag for $42 (about $1.31 an ounce)": the price
					// per unit of a whole number of the other unit
					if x >= 2 && x <= 100 && x == math.Trunc(x) && a.fact >= 0 {
						for _, m := range byFact(clsMoney, a.fact) {
							add(clsMoney, math.Round(m.value/x*100)/100, "", a.fact)
						}
					}
				}
			}
		}
	}
	// products: "50 boreholes" × "each borehole … 400 people"
	plain := append([]atom(nil), sh.atoms[clsPlain]...)
	moneyAtoms := append([]atom(nil), sh.atoms[clsMoney]...)
	for _, a := range plain {
		if a.noun == "" || a.derived || a.value < 2 {
			continue
		}
		for fj := range sh.facts {
			if fj == a.fact || !sh.facts[fj].words[a.noun] || onlyExcluded(&sh.facts[fj], a.noun) {
				continue
			}
			for _, b := range plain {
				// (not of an age or a period of months or years: "deux
				// ateliers" and a credit "valable 12 mois" make no 24 months)
				if b.fact == fj && !b.derived && b.noun != a.noun && b.value >= 2 && b.noun != "month" && b.noun != "year" {
					add(clsPlain, a.value*b.value, b.noun, fj)
				}
			}
			for _, b := range moneyAtoms {
				if b.fact == fj && !b.derived {
					add(clsMoney, a.value*b.value, "", fj)
				}
			}
		}
	}
	sh.eachProducts(plain, add)
	sh.lengthLessPart()
	// years elapsed
	var years []float64
	for _, a := range plain {
		if (a.value >= 1900 && a.value <= 2100 || a.oldYear) && a.value == math.Trunc(a.value) {
			years = append(years, a.value)
		}
	}
	years = append(years, float64(sh.year))
	for _, y1 := range years {
		for _, y2 := range years {
			if y2 > y1 {
				add(clsPlain, y2-y1, "year", -1)
			}
		}
	}
	// a period given by its two ends in one fact ("la saison s'ouvre le 19
	// décembre et se termine le 11 avril", "opens on … and closes on …")
	for fi := range sh.facts {
		if !mayGivePeriod(sh.facts[fi].fold) || !periodRe.MatchString(sh.facts[fi].fold) {
			continue
		}
		var ends []time.Time
		for _, da := range sh.dates {
			if da.fact == fi && da.d2.IsZero() {
				ends = append(ends, da.d)
			}
		}
		if len(ends) == 2 && ends[0].Before(ends[1]) {
			sh.dates = append(sh.dates, dateAtom{d: ends[0], d2: ends[1], fact: fi, weekday: -1})
		}
	}
	// a weekly series given by its first date and its length ("for 8 weeks
	// from 16 October"): its last session is 7 weeks after the first
	for fi := range sh.facts {
		var start time.Time
		n := 0
		for _, da := range sh.dates {
			if da.fact == fi && da.d2.IsZero() {
				if !start.IsZero() {
					n = -1 // two dates: which one starts is unclear
				}
				start = da.d
			}
		}
		if start.IsZero() || n < 0 {
			continue
		}
		for _, a := range sh.atoms[clsPlain] {
			if a.fact == fi && !a.derived && a.noun == "week" && a.bound == claims.Exact && a.value >= 2 && a.value <= 52 && a.value == math.Trunc(a.value) {
				sh.dates = append(sh.dates, dateAtom{d: start, d2: start.AddDate(0, 0, 7*(int(a.value)-1)), fact: fi, weekday: -1})
				break
			}
		}
	}
	// date ranges: days, nights, weeks, months, weekday counts
	months := map[[2]int]bool{}
	for _, ym := range sh.months {
		months[ym] = true
	}
	for _, da := range sh.dates {
		months[[2]int{da.d.Year(), int(da.d.Month())}] = true
		if da.d2.IsZero() {
			continue
		}
		if da.d2.Before(da.d) {
			continue
		}
		days := int(da.d2.Sub(da.d).Hours()/24) + 1
		if days > 400 {
			continue
		}
		add(clsPlain, float64(days), "day", da.fact)
		add(clsPlain, float64(days-1), "nuit", da.fact)
		add(clsPlain, float64(days-1), "night", da.fact)
		if days >= 28 {
			// "la saison dure près de 4 mois", "a 4-month season"
			m := float64(days) / 30.44
			add(clsPlain, math.Round(m*10)/10, "month", da.fact)
			add(clsPlain, math.Round(m), "month", da.fact)
		}
		if days%7 == 0 {
			add(clsPlain, float64(days/7), "week", da.fact)
		} else {
			add(clsPlain, math.Round(float64(days)/7), "week", da.fact)
			// "just under seven weeks" for 46 days: the length itself,
			// which a bound compares
			add(clsPlain, math.Round(float64(days)/7*10)/10, "week", da.fact)
		}
		var wd [7]int
		for t := da.d; !t.After(da.d2); t = t.AddDate(0, 0, 1) {
			wd[t.Weekday()]++
		}
		for w, n := range wd {
			add(clsPlain, float64(n), claims.WeekdayNames["en"][w], da.fact)
		}
		// "ça vous laisse 4 week-ends": the whole weekends, Saturday and
		// Sunday both inside the range
		weekends := 0
		for t := da.d; t.Before(da.d2); t = t.AddDate(0, 0, 1) {
			if t.Weekday() == time.Saturday {
				weekends++
			}
		}
		add(clsPlain, float64(weekends), "weekend", da.fact)
		add(clsPlain, float64(weekends), "week-end", da.fact)
		// "every Friday and Saturday … from January 8 to March 13": the days
		// of the fact's weekdays in its range ("20 nights under the lights")
		if mask := sh.factDays[max(da.fact, 0)]; da.fact >= 0 && mask != 0 && mask != 0x7f && mayRecurDays(sh.facts[da.fact].fold) && recurDaysRe.MatchString(sh.facts[da.fact].fold) {
			n := 0
			for w, k := range wd {
				if mask&(1<<uint(w)) != 0 {
					n += k
				}
			}
			if n > 1 && n != days {
				for _, noun := range []string{"day", "night", "nuit", "evening", "soir", "soiree", "session", "seance", "date"} {
					add(clsPlain, float64(n), noun, da.fact)
				}
			}
		}
		// "du lundi 12 au vendredi 23 avril, chaque matin": the working days
		// of a range of weeks ("10 matinées")
		if work := wd[1] + wd[2] + wd[3] + wd[4] + wd[5]; work != days && work > 1 {
			add(clsPlain, float64(work), "day", da.fact)
		}
	}
	// "Two Saturdays" for a fact's "Saturday, October 10 and Saturday,
	// October 24": the single dates a fact gives, counted by weekday
	for i, da := range sh.dates {
		if !da.d2.IsZero() {
			continue
		}
		var days []time.Time
		for j, db := range sh.dates {
			if db.fact != da.fact || !db.d2.IsZero() || db.d.Weekday() != da.d.Weekday() {
				continue
			}
			if j < i {
				// counted at the first date of that weekday in the fact
				days = nil
				break
			}
			if !slices.ContainsFunc(days, db.d.Equal) {
				days = append(days, db.d)
			}
		}
		if len(days) >= 2 {
			add(clsPlain, float64(len(days)), claims.WeekdayNames["en"][da.d.Weekday()], da.fact)
		}
	}
	// "jusqu'à 23h les vendredis et samedis en juillet et en août", "every
	// Friday in July and August": the days of the weekdays a fact repeats
	// on, over the months it names ("ça fait 18 soirées")
	for fi := range sh.facts {
		if !mayRecurDays(sh.facts[fi].fold) || !recurDaysRe.MatchString(sh.facts[fi].fold) {
			continue
		}
		if n := recurDaysOverMonths(sh.facts[fi].doc, sh.year); n > 1 {
			for _, noun := range []string{"day", "night", "nuit", "evening", "soir", "soiree", "session", "seance", "date"} {
				add(clsPlain, float64(n), noun, fi)
			}
			for _, noun := range recurNouns(sh.facts[fi].doc) {
				add(clsPlain, float64(n), noun, fi)
			}
		}
	}
	for ym := range months {
		var wd [7]int
		t := time.Date(ym[0], time.Month(ym[1]), 1, 0, 0, 0, 0, time.UTC)
		for ; int(t.Month()) == ym[1]; t = t.AddDate(0, 0, 1) {
			wd[t.Weekday()]++
		}
		for w, n := range wd {
			add(clsPlain, float64(n), claims.WeekdayNames["en"][w], -1)
		}
	}
}

// shareDenoms: the fractions a share is written with, to their
// denominator.
var shareDenoms = map[string]float64{"moitie": 2, "half": 2, "tiers": 3, "third": 3, "thirds": 3, "quart": 4, "quarts": 4, "quarter": 4, "quarters": 4, "cinquieme": 5, "fifth": 5, "fifths": 5}

// shareNumers: the word counts before a fraction ("deux tiers", "two
// thirds").
var shareNumers = map[string]float64{"un": 1, "une": 1, "a": 1, "one": 1, "deux": 2, "two": 2, "trois": 3, "three": 3, "quatre": 4, "four": 4}

// wholeOfShares: the wholes a fact's shares give ("un tiers des places de
// la crèche (14 places)": 42 places, "two thirds of the seats (20 seats)":
// 30), with the share's count's noun.
func wholeOfShares(d *claims.Doc, plain []atom) []atom {
	var out []atom
	for k := 1; k+2 < len(d.Tokens); k++ {
		den, ok := shareDenoms[claims.Fold(d.Tokens[k].Low)]
		if !ok {
			continue
		}
		num, ok := shareNumers[d.Tokens[k-1].Low]
		if !ok || num >= den {
			continue
		}
		j := k + 1
		switch d.Tokens[j].Low {
		case "des", "de", "du", "d'", "of":
			j++
		default:
			continue
		}
		if j < len(d.Tokens) && (d.Tokens[j].Low == "the" || d.Tokens[j].Low == "la" || d.Tokens[j].Low == "les") {
			j++
		}
		if j >= len(d.Tokens) {
			continue
		}
		st := claims.Stem(d.Tokens[j].Low)
		for _, a := range plain {
			if a.noun == "" || a.tok < 0 || a.tok >= len(d.Tokens) || d.Tokens[a.tok].Sent != d.Tokens[k].Sent || a.noun != st && claims.Stem(a.noun) != st {
				continue
			}
			if w := a.value * den / num; w == math.Trunc(w) {
				out = append(out, atom{value: w, noun: a.noun})
			}
		}
	}
	return out
}

// pointsRate: a fact's points earned per unit spent ("1 point par dollar",
// "2 points per £1") and the points it counts elsewhere ("250 points
// donnent droit à …"), or 0.
func pointsRate(d *claims.Doc, plain []atom) (rate, n float64) {
	for _, a := range plain {
		if a.noun != "point" || a.tok < 0 {
			continue
		}
		k := a.tok + 1
		for k < len(d.Tokens) && d.Tokens[k].Kind != claims.TWord {
			k++
		}
		if k+1 < len(d.Tokens) && (d.Tokens[k].Low == "point" || d.Tokens[k].Low == "points") {
			switch d.Tokens[k+1].Low {
			case "par", "per", "pour", "for", "each", "every":
				if rate == 0 {
					rate = a.value
					continue
				}
			}
		}
		if n == 0 {
			n = a.value
		}
	}
	if rate == 0 || n <= rate {
		return 0, 0
	}
	return rate, n
}

// recurDaysOverMonths: how many days of the weekdays d repeats on ("les
// vendredis et samedis", "every Friday and Saturday") the months it names
// ("en juillet et en août", in year when they give none) hold; 0 when it
// names no month or no repeated weekday.
func recurDaysOverMonths(d *claims.Doc, year int) int {
	var mask uint8
	var prev *claims.Claim
	prevRecur := false
	var months [][2]int
	for i := range d.Claims {
		c := &d.Claims[i]
		switch c.Type {
		case claims.Month:
			y := c.Date.Y
			if y == 0 {
				y = year
			}
			if y > 0 && !slices.Contains(months, [2]int{y, c.Date.M}) {
				months = append(months, [2]int{y, c.Date.M})
			}
			// "in July and August": the month after "and" is in the list
			if m := monthAfterAnd(d, c.Tok1); m > 0 && y > 0 && !slices.Contains(months, [2]int{y, m}) {
				months = append(months, [2]int{y, m})
			}
		case claims.Weekday:
			if c.Weekday < 0 || c.Tok1 != c.Tok0+1 {
				prev = nil
				continue
			}
			w := d.Tokens[c.Tok0].Low
			recur := strings.HasSuffix(w, "s")
			switch prevLow(d.Tokens, c.Tok0) {
			case "chaque", "every", "each":
				recur = true
			case "et", "and", ",", "ou", "or", "&":
				// the second day of a list of repeated days
				recur = recur || prevRecur && prev != nil && prev.Tok1+1 == c.Tok0
			}
			if recur {
				mask |= 1 << uint(c.Weekday)
			}
			prev, prevRecur = c, recur
		}
	}
	if len(months) == 0 {
		months = monthsOfWeekdays(d, year)
	}
	if mask == 0 || mask == 0x7f || len(months) == 0 {
		return 0
	}
	n := 0
	for _, ym := range months {
		for t := time.Date(ym[0], time.Month(ym[1]), 1, 0, 0, 0, 0, time.UTC); int(t.Month()) == ym[1]; t = t.AddDate(0, 0, 1) {
			if mask&(1<<uint(t.Weekday())) != 0 {
				n++
			}
		}
	}
	return n
}

// monthAfterAnd: the month named after "and"/"et" at token k ("July and
// August", "juillet et d'août"), or 0.
func monthAfterAnd(d *claims.Doc, k int) int {
	if k >= len(d.Tokens) {
		return 0
	}
	switch d.Tokens[k].Low {
	case "and", "et", "&":
	default:
		return 0
	}
	k++
	if k < len(d.Tokens) {
		switch d.Tokens[k].Low {
		case "in", "en", "de", "d'":
			k++
		}
	}
	if k >= len(d.Tokens) {
		return 0
	}
	w := claims.Fold(d.Tokens[k].Low)
	for _, lang := range []string{"fr", "en"} {
		for m := 1; m <= 12; m++ {
			if w == strings.ToLower(claims.Fold(claims.MonthNames[lang][m])) {
				return m
			}
		}
	}
	return 0
}

// recurDaysRe: a fact that repeats on weekdays ("every Friday and
// Saturday", "chaque samedi", "les mardis").
// mayRecurDays: fold has a word recurDaysRe needs (a word for each, or a
// weekday in the plural); the pattern is not run on the others
// (TestPatternGates).
func mayRecurDays(fold string) bool {
	for _, w := range [...]string{"every", "each", "chaque", "tous les", "lundis", "mardis", "mercredis", "jeudis", "vendredis", "samedis", "dimanches", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"} {
		if strings.Contains(fold, w) {
			return true
		}
	}
	return false
}

var recurDaysRe = regexp.MustCompile(`\b(?:every|each|chaque|tous les)\b [^.;]{0,20}\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\b(?:lundis|mardis|mercredis|jeudis|vendredis|samedis|dimanches|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b`)

// yearWords put a figure in time: "founded in 1887", "depuis 1850".
var yearWords = map[string]bool{"in": true, "en": true, "since": true, "depuis": true, "from": true, "des": true, "circa": true}

// olderYear: a figure before 1900 stated as a year ("founded in 1887"),
// which package claims leaves a bare number.
func olderYear(d *claims.Doc, c *claims.Claim) bool {
	if c.Type != claims.Number || c.Value < 1000 || c.Value >= 1900 || c.Value != math.Trunc(c.Value) {
		return false
	}
	k := c.Tok0
	return k > 0 && k < len(d.Tokens) && !d.Tokens[k].Thousands && yearWords[d.Tokens[k-1].Low]
}

// monthly: a price said to be per month ("£24 per month", "59 €/mois",
// "l'abonnement mensuel coûte 59 €").
func (sh *sheet) monthly(m atom) bool {
	d := sh.factDocOf(m.fact)
	if d == nil || m.tok < 0 || m.tok >= len(d.Tokens) {
		return false
	}
	sent := d.Tokens[m.tok].Sent
	for k := m.tok - 4; k <= m.tok+4 && k < len(d.Tokens); k++ {
		if k < 0 || d.Tokens[k].Sent != sent {
			continue
		}
		switch d.Tokens[k].Low {
		case "month", "mois", "monthly", "mensuel", "mensuelle", "mo":
			return true
		}
	}
	// a price list that ends with its period: "£12 (Starter), £29 (Growth)
	// and £59 (Scale) per month"
	for k := m.tok + 5; k < len(d.Tokens) && k <= m.tok+14 && d.Tokens[k].Sent == sent; k++ {
		t := &d.Tokens[k]
		switch t.Low {
		case "month", "mois", "monthly", "mo":
			return true
		case ";":
			return false
		case "and", "et", "or", "ou", "per", "par", "a", "an", "le", "la", "les":
			continue
		}
		if t.Kind == claims.TWord && !t.Cap {
			return false
		}
	}
	return false
}

// yearly: a price said to be per year ("$59.99 a year", "99 € par an").
func (sh *sheet) yearly(m atom) bool {
	d := sh.factDocOf(m.fact)
	if d == nil || m.tok < 0 || m.tok >= len(d.Tokens) {
		return false
	}
	sent := d.Tokens[m.tok].Sent
	for k := m.tok + 1; k <= m.tok+3 && k < len(d.Tokens); k++ {
		if d.Tokens[k].Sent != sent {
			break
		}
		switch d.Tokens[k].Low {
		case "year", "yearly", "annual", "annually", "annuel", "annuelle", "yr":
			return true
		case "an":
			// "par an", not the article
			if d.Tokens[k-1].Low == "par" || d.Tokens[k-1].Low == "/" {
				return true
			}
		}
	}
	return false
}

func (sh *sheet) factDocOf(fi int) *claims.Doc {
	if fi >= 0 && fi < len(sh.facts) {
		return sh.facts[fi].doc
	}
	if fi == -1 {
		return sh.brief
	}
	return nil
}

// pricesApart: stated prices sit in at least two facts (worked out once per
// sheet).
func (sh *sheet) pricesApart() bool { return sh.apart }

// launchWords name the opening of a new site, shop or branch.
var launchWords = map[string]bool{"ouverture": true, "inauguration": true, "opening": true, "launch": true, "lancement": true}

// beforeOpening reports whether token k of d sits in a sentence that says
// it counts what there is before an opening ("avant l'ouverture de
// Sherbrooke", "before the Kilkenny opening").
func beforeOpening(d *claims.Doc, k int) bool {
	sent := d.Tokens[k].Sent
	for i := range d.Tokens {
		if d.Tokens[i].Sent != sent || d.Tokens[i].Low != "avant" && d.Tokens[i].Low != "before" {
			continue
		}
		for j := i + 1; j < len(d.Tokens) && j <= i+4 && d.Tokens[j].Sent == sent; j++ {
			if launchWords[d.Tokens[j].Low] {
				return true
			}
		}
	}
	return false
}

// salePair is a sale price and the usual price a fact sets it against.
type salePair struct {
	now, was float64
	fact     int
}

// appendSales adds the sale pairs of fact fi: a price followed, a few words
// on, by a higher one that a word marks as the usual price ("au lieu de",
// "instead of", "was", "reg.").
func appendSales(out []salePair, fi int, d *claims.Doc) []salePair {
	for i := range d.Claims {
		a := &d.Claims[i]
		if a.Type != claims.Money || a.Bound != claims.Exact {
			continue
		}
		// "its regular price is R7,450 and its launch price is R6,490",
		// "son prix habituel est de 7 450 R et son prix de lancement de
		// 6 490 R": the regular price said first, the lower one in the
		// same sentence after it
		if regularBefore(d, a.Tok0) {
			for j := i + 1; j < len(d.Claims); j++ {
				b := &d.Claims[j]
				if b.Sent != a.Sent || b.Tok0-a.Tok1 > 10 {
					break
				}
				if b.Type == claims.Money && b.Unit == a.Unit && b.Bound == claims.Exact && b.Value < a.Value {
					out = append(out, salePair{now: b.Value, was: a.Value, fact: fi})
					break
				}
			}
		}
		for j := i + 1; j < len(d.Claims); j++ {
			b := &d.Claims[j]
			if b.Tok0-a.Tok1 > 4 {
				break
			}
			if b.Type != claims.Money || b.Unit != a.Unit || b.Value <= a.Value {
				continue
			}
			for k := a.Tok1; k < b.Tok0; k++ {
				if l := d.Tokens[k].Low; regularWords[l] || l == "was" {
					out = append(out, salePair{now: a.Value, was: b.Value, fact: fi})
					break
				}
			}
			break
		}
	}
	return out
}

func (sh *sheet) findPricesApart() bool {
	first := -2
	for _, a := range sh.atoms[clsMoney] {
		if a.derived || a.fact < 0 {
			continue
		}
		if first == -2 {
			first = a.fact
		} else if a.fact != first {
			return true
		}
	}
	return false
}

// instalmentNouns count the payments a price is split into.
var instalmentNouns = map[string]bool{
	"fois": true, "mensualite": true, "versement": true, "echeance": true, "instalment": true, "installment": true,
	"payment": true,
}

// shareWords reports whether two facts share a content word that is not a
// figure.
func (sh *sheet) shareWords(a, b int) bool {
	wa, wb := sh.facts[a].words, sh.facts[b].words
	for w := range wa {
		if wb[w] && len(w) > 2 && (w[0] < '0' || w[0] > '9') {
			return true
		}
	}
	return false
}

// isApostrophe: the mark of a possessive ("men's", "women’s").
func isApostrophe(s string) bool { return s == "'" || s == "’" }

// listTotals adds the totals of the lists of counts of fact fi: items
// separated by commas and a last "and", each naming the same word (the
// head: "teams", "équipes") among its first words.
func (sh *sheet) listTotals(fi int, add func(cl class, v float64, noun string, fi int)) {
	d := sh.facts[fi].doc
	toks := d.Tokens
	var items []atom
	for _, a := range sh.atoms[clsPlain] {
		if a.fact == fi && !a.derived && a.tok >= 0 && a.bound == claims.Exact && !a.year && !a.ord {
			items = append(items, a)
		}
	}
	// words of the item counted at token k, up to a separator or 5 words
	words := func(k int) []string {
		var out []string
		for j := k + 1; j < len(toks) && j <= k+7 && (toks[j].Kind == claims.TWord || isApostrophe(toks[j].Text)) && !listSeparators[toks[j].Low]; j++ {
			if toks[j].Kind == claims.TWord && !toks[j].Stop() && len(toks[j].Low) > 2 {
				out = append(out, toks[j].Low)
			}
		}
		return out
	}
	for i := 0; i+1 < len(items); i++ {
		heads := words(items[i].tok)
		j := i + 1
		for ; j < len(items) && len(heads) > 0; j++ {
			prev, cur := items[j-1].tok, items[j].tok
			if toks[cur].Sent != toks[prev].Sent || cur-prev > 9 {
				break
			}
			// the item's words, then "," or "and"/"et" (", and"), then the figure
			k := prev + 1
			for k < cur && (toks[k].Kind == claims.TWord || isApostrophe(toks[k].Text)) && !listSeparators[toks[k].Low] {
				k++
			}
			if k == prev+1 || k >= cur || !listSeparators[toks[k].Low] {
				break
			}
			for k < cur && listSeparators[toks[k].Low] {
				k++
			}
			if k != cur {
				break
			}
			w := words(cur)
			kept := heads[:0]
			for _, h := range heads {
				if contains(w, h) {
					kept = append(kept, h)
				}
			}
			if len(kept) == 0 {
				break
			}
			heads = kept
		}
		if j-i < 2 || len(heads) == 0 {
			continue
		}
		total := 0.0
		for _, a := range items[i:j] {
			total += a.value
		}
		add(clsPlain, total, claims.Stem(heads[0]), fi)
		for x := i; x < j; x++ {
			part, n, seen := 0.0, 0, false
			for y, a := range items[i:j] {
				if a.noun != "" && a.noun == items[x].noun {
					seen = seen || i+y < x
					part += a.value
					n++
				}
			}
			if n >= 2 && n < j-i && !seen {
				add(clsPlain, part, items[x].noun, fi)
			}
		}
		i = j - 1
	}
}

// amountOff: the money claim at token tok of d is taken off a price ("£5
// off", "5 € de réduction", "5 € de remise"); the index of the word after
// that marker, or -1.
func amountOff(d *claims.Doc, tok int) int {
	for i := range d.Claims {
		c := &d.Claims[i]
		if c.Type != claims.Money || c.Tok0 != tok {
			continue
		}
		k := c.Tok1
		if k < len(d.Tokens) && (d.Tokens[k].Low == "de" || d.Tokens[k].Low == "d'") {
			k++
		}
		if k < len(d.Tokens) && d.Tokens[k].Low != "moins" && saveWords[d.Tokens[k].Low] {
			return k + 1
		}
		return -1
	}
	return -1
}

// measureUnit: a unit's measure (length, mass, volume) and its size in
// the measure's smallest unit.
type measureUnit struct {
	kind  byte
	scale float64
}

// measureUnits, keyed by the counted noun a figure gets (the stem of the
// folded unit word); measureNouns lists those keys in a fixed order, so
// that derived atoms come in a fixed order.
var measureNouns []string

var measureUnits = func() map[string]measureUnit {
	m := map[string]measureUnit{}
	for _, u := range []struct {
		words []string
		kind  byte
		scale float64
	}{
		{[]string{"mm", "millimetre", "millimetres", "millimeter", "millimeters", "millimètre", "millimètres"}, 'l', 1},
		{[]string{"cm", "centimetre", "centimetres", "centimeter", "centimeters", "centimètre", "centimètres"}, 'l', 10},
		{[]string{"metre", "metres", "meter", "meters", "mètre", "mètres"}, 'l', 1000},
		{[]string{"km", "kilometre", "kilometres", "kilometer", "kilometers", "kilomètre", "kilomètres"}, 'l', 1e6},
		{[]string{"mg", "milligramme", "milligrammes", "milligram", "milligrams"}, 'm', 1},
		{[]string{"g", "gramme", "grammes", "gram", "grams"}, 'm', 1000},
		{[]string{"kg", "kilo", "kilos", "kilogramme", "kilogrammes", "kilogram", "kilograms"}, 'm', 1e6},
		{[]string{"oz", "ounce", "ounces"}, 'm', 28349.523125},
		{[]string{"lb", "lbs", "pound", "pounds"}, 'm', 453592.37},
		{[]string{"ml", "millilitre", "millilitres", "milliliter", "milliliters"}, 'v', 1},
		{[]string{"cl", "centilitre", "centilitres", "centiliter", "centiliters"}, 'v', 10},
		{[]string{"litre", "litres", "liter", "liters"}, 'v', 1000},
	} {
		for _, w := range u.words {
			n := claims.Stem(claims.Fold(w))
			if _, ok := m[n]; !ok {
				measureNouns = append(measureNouns, n)
			}
			m[n] = measureUnit{u.kind, u.scale}
		}
	}
	return m
}()

// offersOn: a word of what the amount is taken off (from token k of d to
// the end of its clause) is in the fact of stems o, singular or plural: "£5
// off the 10K" is about "£25 for the 10K", "$25 off their subscription"
// about "subscriptions are $185".
func offersOn(d *claims.Doc, k int, o []string) bool {
	for j := k; j < len(d.Tokens) && j < k+8 && d.Tokens[j].Sent == d.Tokens[k].Sent; j++ {
		t := &d.Tokens[j]
		if t.Text == ";" || t.Text == "," {
			break
		}
		if t.Kind != claims.TWord && t.Kind != claims.TNum || t.Stop() || len(t.Low) < 2 {
			continue
		}
		st := claims.Stem(t.Low)
		for _, os := range o {
			if os == st {
				return true
			}
		}
	}
	return false
}

// yearOf gives a date written without a year the year of a fact that
// states the same day, else of a stated period that holds it (a winter
// season from December to April), else the campaign year.
func (sh *sheet) yearOf(d claims.D) int {
	for _, da := range sh.dates {
		for _, t := range []time.Time{da.d, da.d2} {
			if !t.IsZero() && int(t.Month()) == d.M && t.Day() == d.Day {
				return t.Year()
			}
		}
	}
	for _, da := range sh.dates {
		if da.d2.IsZero() {
			continue
		}
		for y := da.d.Year(); y <= da.d2.Year(); y++ {
			t := time.Date(y, time.Month(d.M), d.Day, 0, 0, 0, 0, time.UTC)
			if !t.Before(da.d) && !t.After(da.d2) {
				return y
			}
		}
	}
	return sh.year
}

// valueKey buckets a value for exact lookups; claims.Eq tolerates 1e-6
// relative error, far below the rounding to thousandths used here.
func valueKey(v float64) int64 { return int64(math.Round(v * 1000)) }

func normURL(s string) string {
	s = strings.ToLower(s)
	s = strings.TrimPrefix(s, "https://")
	s = strings.TrimPrefix(s, "http://")
	s = strings.TrimPrefix(s, "www.")
	s = strings.TrimRight(s, "/")
	return s
}

func urlHost(s string) (host, path string) {
	if i := strings.IndexByte(s, '/'); i >= 0 {
		return s[:i], s[i:]
	}
	return s, ""
}

var (
	dayRangeRe  = regexp.MustCompile(`\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\s*(?:au|to|until|till|-)\s*(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b`)
	dayExceptRe = regexp.MustCompile(`\b(?:sauf|except|excepte|fermee?s?|closed|shut|hors)\b[^.;]{0,12}?\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b`)
	dayWordRe   = regexp.MustCompile(`\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b`)
)

// The weekday patterns above are long alternations the regexp package
// walks slowly; a fact that names no weekday, the most of a sheet, is
// told apart first with plain substring searches, so that a new sheet
// compiles well under the millisecond a first check may take.
var dayNames = [...]string{"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

// mayNameDay: fold may name a weekday (a folded text without one matches
// none of the weekday patterns).
func mayNameDay(fold string) bool {
	for _, d := range dayNames {
		if strings.Contains(fold, d) {
			return true
		}
	}
	return false
}

// mayRecur: fold has words recurRe needs: a month ("le premier lundi du
// mois"), a word for each ("every Friday"), or a weekday in the plural.
func mayRecur(fold string) bool {
	for _, w := range [...]string{"mois", "month", "chaque", "every", "each", "tous les"} {
		if strings.Contains(fold, w) {
			return true
		}
	}
	for _, d := range dayPlurals {
		if strings.Contains(fold, d) {
			return true
		}
	}
	return false
}

var dayPlurals = func() (p [len(dayNames)]string) {
	for i, d := range dayNames {
		p[i] = d + "s"
	}
	return p
}()

// restricts: fold closes on some weekdays ("fermé le lundi", "closed on
// Sundays") or opens on a range of them ("du mardi au samedi"). Each
// pattern runs only when fold has its words: a word for closed or except,
// or two weekdays.
func restricts(fold string) bool {
	for _, w := range [...]string{"sauf", "except", "ferme", "closed", "shut", "hors"} {
		if strings.Contains(fold, w) {
			if restrictExceptRe.MatchString(fold) {
				return true
			}
			break
		}
	}
	n := 0
	for _, d := range dayNames {
		n += strings.Count(fold, d)
	}
	return n >= 2 && restrictRangeRe.MatchString(fold)
}

// mayGivePeriod: fold has one of periodRe's opening words.
func mayGivePeriod(fold string) bool {
	for _, w := range [...]string{"ouvre", "ouverture", "commence", "debute", "open", "start", "begin"} {
		if strings.Contains(fold, w) {
			return true
		}
	}
	return false
}

// mayGiveOffset: fold has one of offsetRe's words for before or after.
func mayGiveOffset(fold string) bool {
	for _, w := range [...]string{"before", "after", "prior", "ahead", "avant", "apres"} {
		if strings.Contains(fold, w) {
			return true
		}
	}
	return false
}

var dayIndex = map[string]int{
	"dimanche": 0, "lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6,
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

// namedDays is the set of weekdays a fact names on their own (not the
// weekday of a dated day), ranges expanded ("du mardi au dimanche").
func namedDays(d *claims.Doc, fold string) uint8 {
	return daysIn(d, fold, 0, len(d.Tokens))
}

// daysIn: namedDays for the weekdays within tokens [t0, t1).
func daysIn(d *claims.Doc, fold string, t0, t1 int) uint8 {
	var set uint8
	var prev *claims.Claim
	every := false
	for i := range d.Claims {
		c := &d.Claims[i]
		// "7 days a week", "seven days a week", "24/7": every day
		if c.Type == claims.Everyday && !c.Except && len(c.Words) == 0 && c.Tok0 >= t0 && c.Tok0 < t1 {
			every = true
		}
		if c.Type != claims.Weekday || c.Weekday < 0 || c.Tok0 < t0 || c.Tok0 >= t1 {
			continue
		}
		set |= 1 << uint(c.Weekday)
		if prev != nil && c.Tok0 == prev.Tok1+1 {
			switch d.Tokens[prev.Tok1].Low {
			case "au", "to", "until", "till", "through", "thru", "-", "–":
				for w := prev.Weekday; w != c.Weekday; w = (w + 1) % 7 {
					set |= 1 << uint(w)
				}
			}
		}
		prev = c
	}
	// "at weekends", "le week-end": Saturday and Sunday; "on weekdays", "en
	// semaine": Monday to Friday
	if strings.Contains(fold, " weekend") || strings.Contains(fold, " week-end") {
		set |= 1<<6 | 1
	}
	if strings.Contains(fold, " weekday") || strings.Contains(fold, " en semaine ") {
		set |= 0x3e
	}
	// "tous les jours", "every day": all of them (an exception is still a day
	// the fact talks about)
	if every || strings.Contains(fold, " tous les jours ") || strings.Contains(fold, " every day ") || strings.Contains(fold, " 7 jours sur 7 ") || strings.Contains(fold, " 7j/7 ") {
		set = 0x7f
	}
	return set
}

// closeWords open a clause that names closed days.
// ("sauf le dimanche où il ferme à 13h" gives other hours, not a closed day)
var closeWords = map[string]bool{"ferme": true, "fermee": true, "fermes": true, "fermees": true, "closed": true, "shut": true}

// closedDaysOf: the weekdays a fact names in a clause that closes them
// ("Fermé le dimanche et le lundi", "closed on Mondays and Tuesdays"), up to
// the clause's end.
func closedDaysOf(d *claims.Doc) uint8 {
	var set uint8
	closing := false
	ci := 0
	for k := range d.Tokens {
		t := &d.Tokens[k]
		for ci < len(d.Claims) && d.Claims[ci].Tok0 < k {
			ci++
		}
		for j := ci; j < len(d.Claims) && d.Claims[j].Tok0 == k; j++ {
			if c := &d.Claims[j]; closing && c.Type == claims.Weekday && c.Weekday >= 0 {
				set |= 1 << uint(c.Weekday)
			}
		}
		switch {
		case closeWords[t.Low]:
			// "ferme à 13h", "closes at 1pm" is a closing time
			closing = true
			if k+1 < len(d.Tokens) {
				switch n := &d.Tokens[k+1]; {
				case n.Low == "a" || n.Low == "at" || n.Low == "des" || n.Low == "after" || n.Kind != claims.TWord && n.Text != ":":
					closing = false
				}
			}
		case t.Text == ";" || t.Text == "." || t.Boundary || openingWords[t.Low]:
			closing = false
		}
	}
	return set
}

// openOf: the weekdays fact fi names as open days: the days it names less
// those it says are closed (all it names when it closes every one).
func (sh *sheet) openOf(fi int) uint8 {
	if o := sh.factDays[fi] &^ sh.closedDays[fi]; o != 0 {
		return o
	}
	return sh.factDays[fi]
}

// openDays counts the weekdays a fact says a place is open: "Monday to
// Saturday … and Sunday" is all seven, "sauf le mardi" six.
func openDays(fold string) int {
	if !mayNameDay(fold) {
		return 0
	}
	var open [7]bool
	if m := dayExceptRe.FindAllStringSubmatch(fold, -1); m != nil {
		for i := range open {
			open[i] = true
		}
		for _, x := range m {
			open[dayIndex[x[1]]] = false
		}
	} else {
		rest := fold
		for _, x := range dayRangeRe.FindAllStringSubmatch(fold, -1) {
			a, b := dayIndex[x[1]], dayIndex[x[2]]
			for d := a; ; d = (d + 1) % 7 {
				open[d] = true
				if d == b {
					break
				}
			}
			rest = strings.Replace(rest, x[0], " ", 1)
		}
		for _, x := range dayWordRe.FindAllStringSubmatch(rest, -1) {
			open[dayIndex[x[1]]] = true
		}
	}
	n := 0
	for _, o := range open {
		if o {
			n++
		}
	}
	return n
}

// firstN: "aux 300 premiers clients", "the first 100 customers", "les 50
// derniers billets": a threshold of an offer, a different quantity from the
// total of the same noun ("2 millions de clients par an").
func firstN(d *claims.Doc, c *claims.Claim) bool {
	for k := c.Tok0 - 1; k <= c.Tok1 && k < len(d.Tokens); k++ {
		if k < 0 || k >= c.Tok0 && k < c.Tok1 {
			continue
		}
		switch d.Tokens[k].Low {
		case "premiers", "premieres", "first", "derniers", "dernieres", "last":
			return true
		}
	}
	return false
}

// hasDurations: whether a fact states a length of time (not one worked out).
func (sh *sheet) hasDurations() bool {
	cl, _ := classOf(claims.Duration)
	for _, a := range sh.atoms[cl] {
		if a.dur && !a.derived {
			return true
		}
	}
	return false
}

// countAdjectives come between a figure and what it counts ("4 free hours",
// "2 extra days"): the counted noun is the next word.
var countAdjectives = map[string]bool{"free": true, "extra": true, "additional": true, "bonus": true, "more": true, "new": true, "supplementair": true, "supplementaire": true}

func countedNoun(c *claims.Claim) (noun, noun2 string) {
	if countAdjectives[c.Noun] && c.Noun2 != "" {
		return c.Noun2, ""
	}
	return c.Noun, c.Noun2
}

// nounPastName: "the 12th Cedar & Paw hospital", "11 Acme stores": the
// thing counted is the word after the name that stands between it and the
// figure, the name's first word being the noun package claims gives.
func nounPastName(d *claims.Doc, k int) string {
	toks := d.Tokens
	if k >= len(toks) || toks[k].Kind != claims.TWord || !toks[k].Cap {
		return ""
	}
	for j := k + 1; j < len(toks) && j < k+5 && toks[j].Sent == toks[k].Sent; j++ {
		t := &toks[j]
		switch {
		case t.Kind == claims.TWord && t.Cap, t.Text == "&", t.Low == "de", t.Low == "of":
		case t.Kind == claims.TWord && !t.Stop() && len(t.Low) > 2:
			return claims.Stem(t.Low)
		default:
			return ""
		}
	}
	return ""
}

// minutesOf gives the minutes of one unit of a counted noun of time.
func minutesOf(noun string) float64 {
	switch noun {
	case "hour", "heur", "heure":
		return 60
	case "minut", "minute":
		return 1
	case "second", "seconde":
		// "a 30-second increment"
		return 1.0 / 60
	}
	return 0
}

// beforeWord: the date at token k is a deadline said "avant le", "before"
// (the day itself is out), not "jusqu'au", "until", "by".
func beforeWord(d *claims.Doc, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch d.Tokens[j].Low {
		case "avant", "before":
			return true
		case "le", "l'", "the", "on", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche":
		default:
			return false
		}
	}
	return false
}

// closingWord: "les candidatures ferment le dimanche 15 août", "entries
// close on 15 August": the date a thing closes on is its last day, the end
// a post's "jusqu'au 15 août", "until 15 August" states.
func closingWord(d *claims.Doc, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch d.Tokens[j].Low {
		case "ferment", "ferme", "fermera", "fermeront", "cloturent", "cloture", "close", "closes", "ends", "end":
			return true
		case "le", "l'", "the", "on", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche":
		default:
			return false
		}
	}
	return false
}

// byFactAll copies atoms, so that a loop may add to the slice it reads.
func byFactAll(as []atom) []atom { return append([]atom(nil), as...) }

// perMoneyUnitAfter: the counted noun at token k is followed by "par euro",
// "per euro", "per £1", "pour 1 €", "for every dollar": a rate per unit of
// money.
func perMoneyUnitAfter(d *claims.Doc, k int) bool {
	j := k + 1
	if j < len(d.Tokens) && (d.Tokens[j].Low == "point" || d.Tokens[j].Low == "points") {
		j++
	}
	if j >= len(d.Tokens) {
		return false
	}
	switch d.Tokens[j].Low {
	case "par", "per", "pour", "for":
	default:
		return false
	}
	j++
	if j < len(d.Tokens) && (d.Tokens[j].Low == "every" || d.Tokens[j].Low == "each" || d.Tokens[j].Low == "chaque") {
		j++
	}
	if j >= len(d.Tokens) {
		return false
	}
	switch d.Tokens[j].Low {
	case "euro", "euros", "dollar", "dollars", "pound", "pounds", "€", "$", "£":
		return true
	}
	for _, c := range d.Claims {
		if c.Type == claims.Money && c.Tok0 == j && claims.Eq(c.Value, 1) {
			return true
		}
	}
	return false
}

// raiseAt: money claim r is a rise of prices ("augmente de 10 €", "rises
// by £5", "costs $2 more").
func raiseAt(d *claims.Doc, r *claims.Claim) bool {
	toks := d.Tokens
	if r.Tok0 >= 2 {
		switch toks[r.Tok0-1].Low {
		case "de", "by":
			switch toks[r.Tok0-2].Low {
			case "augmente", "augmentent", "augmentera", "augmenteront", "hausse", "rises", "rise", "increases", "increase", "up":
				return true
			}
		}
	}
	return r.Tok1 < len(toks) && toks[r.Tok1].Low == "more"
}

// offsetRe: a length of time before or after an event ("gates open one hour
// before first pitch", "une heure avant"), on a folded fact.
var offsetRe = regexp.MustCompile(`\b(\d+|one|an|a|half an|two|three|une|un|une demi|deux|trois) ?(hours?|heures?|h|minutes?|mins?)\b (before|after|prior to|ahead of|avant|apres)\b`)

var offsetWords = map[string]float64{"one": 1, "an": 1, "a": 1, "une": 1, "un": 1, "half an": 0.5, "une demi": 0.5, "two": 2, "deux": 2, "three": 3, "trois": 3}

// wordOffsets are the minutes facts move an event by, in words: negative
// before, as sheet.offsets; and the facts that say them.
func wordOffsets(facts []factDoc) (offs []float64, offFacts []int) {
	for fi := range facts {
		if !mayGiveOffset(facts[fi].fold) {
			continue
		}
		for _, m := range offsetRe.FindAllStringSubmatch(facts[fi].fold, -1) {
			n, ok := offsetWords[m[1]]
			if !ok {
				n, _ = strconv.ParseFloat(m[1], 64)
			}
			if strings.HasPrefix(m[2], "h") {
				n *= 60
			}
			if m[3] != "after" && m[3] != "apres" {
				n = -n
			}
			if n != 0 && n >= -180 && n <= 180 {
				if !slices.Contains(offs, n) {
					offs = append(offs, n)
				}
				if !slices.Contains(offFacts, fi) {
					offFacts = append(offFacts, fi)
				}
			}
		}
	}
	return offs, offFacts
}

// namedPrice is a price a fact writes right after a name.
type namedPrice struct {
	value float64
	fact  int
	text  string
}

// priceLinks may stand between a name and its price: "Flex 100 at $50",
// "Seeded Rye for £3.80", "Solo: $15".
var priceLinks = map[string]bool{":": true, "at": true, "for": true, "is": true, "costs": true, "now": true, "just": true, "only": true, "(": true, "a": true, "à": true, "pour": true, "est": true, "coute": true, "seulement": true}

// everyPriceNamed: each price of sentence sent has a name right before it,
// as in a price list ("White £3.80, Seeded Rye £4.20"); in "The Wellness
// Plan costs $39 a month for dogs and $29 a month for cats" the name is
// not the price's alone.
func everyPriceNamed(d *claims.Doc, sent int) bool {
	for i := range d.Claims {
		if c := &d.Claims[i]; c.Type == claims.Money && c.Sent == sent && len(namesBeforePrice(d, c)) == 0 {
			return false
		}
	}
	return true
}

// listedNames: the endings of the name before price c when that name opens
// an item of a list (after the sentence start, ":", ",", ";" or "("):
// "Slow Rise prices: White £3.80, Seeded Rye £4.20". "Les moins de 26 ans
// paient la Carte Métronome 8 €" prices the card for some people only.
func listedNames(d *claims.Doc, c *claims.Claim) []string {
	names := namesBeforePrice(d, c)
	if len(names) == 0 {
		return nil
	}
	// the first token of the longest name
	k := c.Tok0 - 1
	if k >= 0 && !d.Tokens[c.Tok0].Space {
		k--
	}
	for n := 0; k >= 0 && n < 2 && d.Tokens[k].Sent == c.Sent && priceLinks[d.Tokens[k].Low]; n++ {
		k--
	}
	k -= strings.Count(names[0], " ")
	if k <= 0 {
		return names
	}
	switch d.Tokens[k-1].Text {
	case ":", ",", ";", "(":
		return names
	}
	return nil
}

// namesBeforePrice gives the folded endings of the name written right before
// price c ("Slow Rise Seeded Rye for £3.80": "slow rise seeded rye", "rise
// seeded rye", "seeded rye", "rye"), longest first: capitalised words, "&"
// inside them, and a number right after a capitalised word (Flex 100). None
// when the name opens a sentence alone or a month or weekday stands there.
func namesBeforePrice(d *claims.Doc, c *claims.Claim) []string {
	toks := d.Tokens
	k := c.Tok0 - 1
	// a code glued to the price is its currency (NZ$39.90)
	if k >= 0 && !toks[c.Tok0].Space {
		k--
	}
	for n := 0; k >= 0 && n < 2 && toks[k].Sent == c.Sent && priceLinks[toks[k].Low]; n++ {
		k--
	}
	end := k + 1
	for k >= 0 && toks[k].Sent == c.Sent {
		t := &toks[k]
		switch {
		case t.Kind == claims.TWord && t.Cap && !t.Stop() && t.Low != "&":
		case t.Kind == claims.TNum && t.Suf == "" && k > 0 && toks[k-1].Kind == claims.TWord && toks[k-1].Cap:
		case t.Text == "&" && k > 0 && toks[k-1].Cap && k+1 < end:
		default:
			goto done
		}
		k--
	}
done:
	start := k + 1
	if start >= end || end-start > 6 || toks[end-1].Text == "&" {
		return nil
	}
	var out []string
	for s := start; s < end; s++ {
		t := &toks[s]
		if t.Kind != claims.TWord || t.Text == "&" || t.In(calendarClass) {
			continue
		}
		var b strings.Builder
		for j := s; j < end; j++ {
			if j > s {
				b.WriteByte(' ')
			}
			b.WriteString(toks[j].Low)
		}
		out = append(out, b.String())
	}
	return out
}

// firstMonth: a freebie's words name the first month ("premier mois",
// "first month").
func firstMonth(words []string) bool {
	first, month := false, false
	for _, w := range words {
		switch w {
		case "premier", "first":
			first = true
		case "mois", "month":
			month = true
		}
	}
	return first && month
}

// timesInRange: how many times a thing happens at a stated interval
// between two clock times ("toutes les heures de 10h30 à 14h30", "every 30
// minutes from 9am to 11am": 5), for each such phrase of d.
func timesInRange(d *claims.Doc) []float64 {
	var out []float64
	toks := d.Tokens
	for k := range toks {
		every := toks[k].Low == "every" || toks[k].Low == "toutes" && k+1 < len(toks) && toks[k+1].Low == "les"
		if !every {
			continue
		}
		j := k + 1
		if toks[k].Low == "toutes" {
			j++
		}
		if j >= len(toks) {
			continue
		}
		// the interval, and the first token after it
		step, after := 0.0, -1
		switch toks[j].Low {
		case "hour", "heures", "heure":
			step, after = 60, j+1
		default:
			for i := range d.Claims {
				if c := &d.Claims[i]; c.Type == claims.Duration && c.Tok0 == j {
					step, after = c.Value, c.Tok1
				}
			}
		}
		if step <= 0 {
			continue
		}
		var ends [2]float64
		n := 0
		for i := range d.Claims {
			c := &d.Claims[i]
			if c.Type == claims.Time && c.Tok0 >= after && c.Tok0 <= after+6 && toks[c.Tok0].Sent == toks[k].Sent && n < 2 {
				ends[n] = c.Value
				n++
			}
		}
		if n < 2 || ends[1] <= ends[0] {
			continue
		}
		if m := (ends[1] - ends[0]) / step; m == math.Trunc(m) && m >= 1 && m <= 48 {
			out = append(out, m+1)
		}
	}
	return out
}

// nextDayAfter: the clock time at token k is said of the day after
// ("11 am the next morning", "the following day", "11 h le lendemain").
func nextDayAfter(d *claims.Doc, k int) bool {
	for j := k + 1; j < len(d.Tokens) && j <= k+4 && d.Tokens[j].Sent == d.Tokens[k].Sent; j++ {
		switch d.Tokens[j].Low {
		case "next", "following", "lendemain":
			return true
		}
	}
	return false
}

// intervalWords say a length of time is the interval of a recurrence
// ("every 30 minutes", "toutes les 30 minutes").
var intervalWords = map[string]bool{"every": true, "les": true, "each": true}

// ageFact: the ages a fact gives, and the first as written.
type ageFact struct {
	fact int
	ages []float64
	text string
}

// percentMore: the share ending before token k is said as an increase,
// "50% more", "50 % de plus", "50 % plus cher", "50% extra".
func percentMore(d *claims.Doc, k int) bool {
	if k >= len(d.Tokens) {
		return false
	}
	switch d.Tokens[k].Low {
	case "more", "extra", "supplementaire", "supplémentaire":
		return true
	case "de":
		return k+1 < len(d.Tokens) && d.Tokens[k+1].Low == "plus"
	case "plus":
		return k+1 < len(d.Tokens) && (d.Tokens[k+1].Low == "cher" || d.Tokens[k+1].Low == "chere" || d.Tokens[k+1].Low == "chère")
	}
	return false
}

// elidedNoun: "42 choirs are expected, including 5 from Australia", "42
// chœurs, dont 5 d'Australie": a figure without its noun after "including",
// "dont", "of which" counts the noun of the figure before it in its
// sentence; "" otherwise.
func elidedNoun(d *claims.Doc, c *claims.Claim) string {
	k := c.Tok0 - 1
	if k < 0 {
		return ""
	}
	switch l := d.Tokens[k].Low; {
	case l == "including" || l == "incl" || l == "dont" || l == "among" || l == "parmi":
	case l == "which" && k > 0 && d.Tokens[k-1].Low == "of":
	default:
		return ""
	}
	noun := ""
	for i := range d.Claims {
		o := &d.Claims[i]
		if o.Sent == c.Sent && o.Tok1 <= c.Tok0 && o.Type == claims.Count && o.Noun != "" {
			noun = o.Noun
		}
	}
	return noun
}

// placeAfter: "5 d'Australie", "5 from Australia": a capitalised name after
// "de" or "from" at token k, where the figure is given its origin, not its
// noun.
func placeAfter(d *claims.Doc, k int) bool {
	if k+1 >= len(d.Tokens) {
		return false
	}
	switch d.Tokens[k].Low {
	case "d'", "de", "du", "des", "from":
		return d.Tokens[k+1].Cap
	}
	return false
}

// regularBefore: a word of the usual price ("regular", "habituel") in the
// four tokens before k, in its sentence.
func regularBefore(d *claims.Doc, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4 && d.Tokens[j].Sent == d.Tokens[k].Sent; j-- {
		if regularWords[d.Tokens[j].Low] {
			return true
		}
	}
	return false
}

// eachWords after a count say it is per unit of the count before it: "22
// minibuses of 11 seats each", "22 minibus de 11 places chacun".
var perEachWords = map[string]bool{"each": true, "apiece": true, "chacun": true, "chacune": true}

// eachProducts: "The fleet has 22 minibuses of 11 seats each": a count
// followed by "each" in a fact is per unit of the count before it in the
// same sentence, so the fact also gives their product (242 seats).
func (sh *sheet) eachProducts(plain []atom, add func(cl class, v float64, noun string, fi int)) {
	for _, b := range plain {
		if b.derived || b.tok < 0 || b.noun == "" || b.value < 2 || b.fact < 0 {
			continue
		}
		d := sh.facts[b.fact].doc
		each := false
		for k := b.tok + 1; k < len(d.Tokens) && k <= b.tok+4 && d.Tokens[k].Sent == d.Tokens[b.tok].Sent && d.Tokens[k].Kind != claims.TNum; k++ {
			if perEachWords[d.Tokens[k].Low] {
				each = true
				break
			}
		}
		if !each {
			continue
		}
		for _, a := range plain {
			if a.fact == b.fact && !a.derived && a.tok >= 0 && a.tok < b.tok && a.noun != "" && a.noun != b.noun && a.value >= 2 &&
				d.Tokens[a.tok].Sent == d.Tokens[b.tok].Sent && !a.year && a.noun != "month" && a.noun != "year" {
				add(clsPlain, a.value*b.value, b.noun, b.fact)
			}
		}
	}
}

// partWords before a length of time in a fact say it is part of a longer
// one said before it: "2 hours 35 minutes, including one 20-minute
// interval", "2 h 35 dont 20 minutes d'entracte".
var partWords = map[string]bool{"including": true, "includes": true, "incl": true, "dont": true, "compris": true, "inclus": true, "incluant": true}

// lengthLessPart: "runs 2 hours 35 minutes, including one 20-minute
// interval" also gives the 2 hours 15 minutes without the part: the
// difference of a length of time and a shorter one said after a word of
// inclusion in the same sentence of a fact.
func (sh *sheet) lengthLessPart() {
	clock := append([]atom(nil), sh.atoms[clsClock]...)
	for _, p := range clock {
		if !p.dur || p.derived || p.tok < 0 || p.fact < 0 {
			continue
		}
		d := sh.facts[p.fact].doc
		part := false
		for k := p.tok - 1; k >= 0 && k >= p.tok-4 && d.Tokens[k].Sent == d.Tokens[p.tok].Sent; k-- {
			part = part || partWords[d.Tokens[k].Low]
		}
		if !part {
			continue
		}
		for _, w := range clock {
			if w.dur && !w.derived && w.fact == p.fact && w.tok >= 0 && w.tok < p.tok && w.value > p.value && d.Tokens[w.tok].Sent == d.Tokens[p.tok].Sent {
				sh.atoms[clsClock] = append(sh.atoms[clsClock], atom{value: w.value - p.value, fact: p.fact, tok: -1, derived: true, dur: true})
			}
		}
	}
}

// lessPartOf: fact fi gives the length of time v as a length less a part
// of it (lengthLessPart): "2 h 15 de spectacle" for "2 heures 35 minutes,
// dont un entracte de 20 minutes" is that fact's length, not another one.
func (sh *sheet) lessPartOf(fi int, v float64) bool {
	for _, a := range sh.atoms[clsClock] {
		if a.derived && a.dur && a.fact == fi && claims.Eq(a.value, v) {
			return true
		}
	}
	return false
}
