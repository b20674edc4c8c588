package claims

import (
	"math/bits"
	"sync/atomic"
)

// Word lists, folded (lower case, no accents). They are language-level
// knowledge of French and English, not of any brand.

var monthWords = map[string]int{
	"janvier": 1, "janv": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "avril": 4, "avr": 4, "mai": 5,
	"juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9, "sept": 9, "octobre": 10, "oct": 10,
	"novembre": 11, "nov": 11, "decembre": 12, "dec": 12,
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
	"june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9,
	"october": 10, "november": 11, "december": 12,
}

// weekday numbers follow time.Weekday: Sunday is 0.
var weekdayWords = map[string]int{
	"dimanche": 0, "lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6,
	"dimanches": 0, "lundis": 1, "mardis": 2, "mercredis": 3, "jeudis": 4, "vendredis": 5, "samedis": 6,
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
	"sundays": 0, "mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4, "fridays": 5, "saturdays": 6,
}

// abbreviations are only read as weekdays next to a day number or when
// capitalised, since "sun", "sat" and "wed" are ordinary English words.
var weekdayAbbr = map[string]int{
	"sun": 0, "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6,
	"dim": 0, "lun": 1, "mer": 3, "jeu": 4, "ven": 5, "sam": 6,
}

// WeekdayNames gives the weekday names per language, index time.Weekday.
var WeekdayNames = map[string][7]string{
	"fr": {"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"},
	"en": {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
}

// MonthNames gives month names per language, index 1..12.
var MonthNames = map[string][13]string{
	"fr": {"", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	"en": {"", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
}

var unitWords = map[string]int{
	"zero": 0, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
	"dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
	"vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
	"two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// the words "un", "une", "one" are only numbers inside a compound ("trente et un").
var unitSmall = map[string]int{"un": 1, "une": 1, "one": 1}

var scaleWords = map[string]float64{
	"cent": 100, "cents": 100, "hundred": 100, "mille": 1000, "thousand": 1000,
	"million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9, "billion": 1e9, "billions": 1e9,
	"k": 1e3, "m": 1e6, "md": 1e9, "mds": 1e9, "bn": 1e9, "mio": 1e6,
	// the Indian scale: a lakh is 100,000, a crore ten million
	"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}

var approxNouns = map[string]float64{
	"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
	"cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000, "dozen": 12, "score": 20,
}

var ordinalSuffix = map[string]bool{
	"e": true, "eme": true, "er": true, "re": true, "ere": true, "nd": true, "st": true, "rd": true, "th": true, "nde": true, "d": true,
}

var multiplierWords = map[string]float64{
	"double": 2, "doubled": 2, "doubles": 2, "doublee": 2, "doublees": 2, "doubler": 2,
	"triple": 3, "tripled": 3, "triples": 3, "triplee": 3, "triplees": 3, "tripler": 3,
	"quadruple": 4, "quadrupled": 4, "quadruplee": 4, "quadruples": 4,
}

// matchWords say a donation or a purchase is matched one for one.
var matchWords = map[string]bool{
	"match": true, "matched": true, "matches": true, "matching": true, "abonde": true, "abondee": true, "abondees": true, "abondes": true, "abonder": true,
}

var currencyWords = map[string]string{
	"euro": "EUR", "euros": "EUR", "eur": "EUR", "dollar": "USD", "dollars": "USD", "usd": "USD",
	"pound": "GBP", "pounds": "GBP", "gbp": "GBP", "livres": "GBP", "chf": "CHF",
	"franc": "CHF", "francs": "CHF", "rupee": "INR", "rupees": "INR", "roupies": "INR", "inr": "INR", "rs": "INR",
	// the other dollars' codes ("AUD 35", "CAD $119", "$30 NZD") are the
	// dollar a "$" reads as; in capitals only (see dollarCodes)
	"aud": "USD", "cad": "USD", "nzd": "USD", "sgd": "USD", "hkd": "USD",
}

// dollarCodes are currency codes that are also common words or acronyms in
// lower case ("cad" drawings): a currency only when written in capitals.
var dollarCodes = map[string]bool{"aud": true, "cad": true, "nzd": true, "sgd": true, "hkd": true}

// centWords name a hundredth of a currency; "cent" alone is the French
// hundred ("cinq cents" is spelled, never after digits, but "50 cent" is a
// name more often than a price).
var centWords = map[string]string{
	"centime": "EUR", "centimes": "EUR", "cents": "USD", "ct": "EUR", "cts": "EUR",
}

// symbolCurrency reads a currency symbol; a switch, since every punctuation
// token of a text asks.
func symbolCurrency(s string) (string, bool) {
	switch s {
	case "€":
		return "EUR", true
	case "$":
		return "USD", true
	case "£":
		return "GBP", true
	case "₹":
		return "INR", true
	}
	return "", false
}

// durationUnits convert to minutes.
var durationUnits = map[string]float64{
	"min": 1, "mins": 1, "minute": 1, "minutes": 1, "mn": 1,
	"h": 60, "heure": 60, "heures": 60, "hour": 60, "hours": 60, "hr": 60, "hrs": 60,
	"seconde": 1.0 / 60, "secondes": 1.0 / 60, "second": 1.0 / 60, "seconds": 1.0 / 60, "sec": 1.0 / 60, "secs": 1.0 / 60,
}

var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{
		// French
		"le", "la", "les", "l'", "un", "une", "des", "de", "du", "d'", "et", "ou", "a", "au", "aux", "en", "dans", "sur",
		"pour", "par", "avec", "sans", "sous", "chez", "est", "sont", "sera", "seront", "ete", "etre", "a", "ont", "avoir",
		"ce", "cet", "cette", "ces", "c'", "ca", "se", "s'", "sa", "son", "ses", "leur", "leurs", "notre", "nos", "votre",
		"vos", "mon", "ma", "mes", "ton", "ta", "tes", "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "j'", "tu",
		"qui", "que", "qu'", "quoi", "dont", "ne", "n'", "pas", "plus", "moins", "tres", "tout", "tous", "toute", "toutes",
		"y", "si", "mais", "donc", "car", "ni", "comme", "aussi", "deja", "encore", "jusqu'", "lors", "puis", "ici", "la",
		"m'", "t'", "me", "te", "lui", "eux", "soit", "fait", "faire", "va", "vont", "peut", "entre", "depuis", "apres",
		"avant", "pendant", "chaque", "meme", "autre", "autres", "quel", "quelle", "bien", "alors",
		// English
		"the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "without", "by", "from", "is", "are",
		"was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "our", "your", "their",
		"my", "his", "her", "we", "you", "they", "he", "she", "i", "me", "us", "them", "as", "but", "not", "no", "so",
		"if", "than", "then", "there", "here", "all", "every", "each", "more", "most", "less", "just", "only", "also",
		"up", "out", "into", "over", "under", "about", "s", "has", "have", "had", "will", "can", "do", "does", "did",
		"which", "who", "what", "when", "where", "how", "until", "till", "before", "after", "since", "per", "get", "got",
	} {
		m[w] = true
	}
	return m
}()

// IsStop reports whether a folded word carries no content of its own.
func IsStop(w string) bool { return stopWords[w] }

// Stop reports whether the token is a word with no content of its own; it
// reads the flag set at tokenisation instead of looking the word up again.
func (t *Token) Stop() bool { return t.lex&lxStop != 0 }

// Stem reduces a folded word to a crude stem good enough to match plural and
// feminine forms (boulangeries/boulangerie, offerte/offert).
func Stem(w string) string {
	n := len(w)
	// "species", "series": one form for one and many, whose crude stem
	// ("speci") would be the start of other words ("specimens")
	if w == "species" || w == "series" {
		return w
	}
	if n > 4 && (w[n-1] == 's' || w[n-1] == 'x') {
		w = w[:n-1]
		n--
	}
	if n > 4 && w[n-1] == 'e' {
		w = w[:n-1]
	}
	return w
}

// lexical classes of a folded word, looked up once per token at
// tokenisation; the bits above lxLast are the WordClasses of other packages.
const (
	lxWeekday uint64 = 1 << iota
	lxWeekdayAbbr
	lxMonth
	lxNumber // a number word, an approximate-count noun or a multiplier
	lxStop
	lxPhrase   // may start a superlative, freebie, guarantee or absolute
	lxApprox   // dizaine, centaine, dozen
	lxLabel    // may start a quality label
	lxNameStop // nameStop: never a name on its own
	lxNameConn // nameConnectors: de, of, & inside a name
	lxRole     // roleWords: a title before a name
	lxHoliday  // may start a holiday name
	lxCopula   // copulas: between a freebie's object and its marker
	lxNounSkip // nounSkip: skipped before a counted noun
	lxCurrency // currencyWords
	lxLast
)

// lex holds the classes of every word any list knows.
var lex = func() *lexicon {
	l := &lexicon{}
	for w := range weekdayWords {
		l.add(w, lxWeekday)
	}
	for w := range weekdayAbbr {
		l.add(w, lxWeekdayAbbr)
	}
	for w := range monthWords {
		l.add(w, lxMonth)
	}
	for w := range unitWords {
		l.add(w, lxNumber)
	}
	for w := range stopWords {
		l.add(w, lxStop)
	}
	for w := range multiplierWords {
		l.add(w, lxNumber)
	}
	for w := range approxNouns {
		l.add(w, lxApprox)
	}
	for _, q := range qualityLabels {
		l.add(q[0], lxLabel)
	}
	for w := range matchWords {
		l.add(w, lxNumber)
	}
	// "cent vingt places", "thousand two hundred": a scale word may open a
	// spelled number (wordNumber keeps it only when another follows)
	// ("one hour", "an hour and a half" are lengths of time: wordNumber
	// reads them)
	for _, w := range []string{"une", "un", "a", "one", "an", "moitie", "half", "half-price", "half-fare", "demi-tarif", "twice", "deux", "trois", "two", "three", "cent", "mille", "hundred", "thousand"} {
		l.add(w, lxNumber)
	}
	for w := range superlativeWords {
		l.add(w, lxPhrase)
	}
	for _, w := range []string{"noon", "midday", "midnight", "minuit", "midi"} {
		l.add(w, lxNumber)
	}
	for _, w := range []string{
		"plus", "moins", "most", "leader", "leaders", "leading", "seul", "seule", "only", "unique", "premier", "premiere", "first",
		"offert", "offerte", "offerts", "offertes", "gratuit", "gratuite", "gratuits", "gratuites", "gratuitement",
		"free", "included", "inclus", "incluse", "incluses", "compris", "comprise", "comprises", "complimentary",
		"fourni", "fournie", "fournis", "fournies", "zero", "us", "house",
		"receive", "receives", "recoit", "recoivent", "recevra", "recevront", "recevez", "recevrez", "gagne", "gagnez", "win", "wins",
		"including", "get", "gets", "repartiront", "repartent", "repartira", "repart", "satisfait", "satisfaits", "satisfaite",
		"money-back", "money", "garanti", "garantie", "garantis", "garanties", "guaranteed", "guarantee", "guarantees", "garantit", "garantissons", "garantissent", "refund",
		"refunded", "rembourse", "remboursee", "rembourses", "remboursement", "sans", "no", "tous", "toutes", "every",
		"daily", "chaque", "each", "all", "prolongation", "extended", "extension", "prolongement", "toute", "tout", "year-round", "without", "non-stop", "illimite", "illimitee", "illimites", "illimitees", "unlimited", "unconditional", "unconditionally",
		"besoin", "inutile", "inscription", "reservation", "booking", "registration", "any", "n'importe",
		"inscriptions", "reservations", "bookings", "registrations",
		"covers", "cover", "includes", "include", "applies", "apply", "valid", "works", "work", "couvre", "couvrent", "inclut", "incluent",
		"comprend", "comprennent", "applique", "appliquent", "valable", "valables", "fonctionne", "fonctionnent", "marche", "marchent",
		"daily", "all", "prolongation", "extended", "extension", "prolongement", "toute", "tout", "year-round", "without", "non-stop", "illimite", "illimitee", "illimites", "illimitees", "unlimited", "unconditional", "unconditionally",
	} {
		l.add(w, lxPhrase)
	}
	addSet(l, nameStop, lxNameStop)
	addSet(l, nameConnectors, lxNameConn)
	addSet(l, roleWords, lxRole)
	addSet(l, copulas, lxCopula)
	addSet(l, nounSkip, lxNounSkip)
	for w := range holidays {
		l.add(w, lxHoliday)
	}
	for w := range currencyWords {
		l.add(w, lxCurrency)
	}
	return l
}()

// addSet adds the words a set maps to true (nounSkip lists "fois": false).
func addSet(l *lexicon, set map[string]bool, bits uint64) {
	for w, in := range set {
		if in {
			l.add(w, bits)
		}
	}
}

// lexicon maps folded words to their classes. It is a flat open-addressing
// table rather than a Go map because the tokeniser looks up every token of
// every text and fact: a probe here costs a fraction of a map access.
type lexicon struct {
	slots []lexSlot
	// tags holds a byte per slot: 0 when empty, else 0x80 and the top
	// seven bits of the word's hash. A probe reads this array first (a
	// byte per slot where a slot takes 24): a word no list knows, most
	// content words, is turned away without a string comparison or a
	// slot load
	tags   []uint8
	mask   uint32
	n      int
	maxLen int // longer tokens (URLs, long words) skip the lookup
}

func lexTag(h uint32) uint8 { return uint8(h>>25) | 0x80 }

type lexSlot struct {
	word string
	bits uint64
}

// lexHash is FNV-1a: words are short, so a byte loop beats a wider hash.
func lexHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h
}

// get returns the classes of w, 0 for a word no list knows.
func (l *lexicon) get(w string) uint64 {
	if len(w) > l.maxLen || len(w) == 0 {
		return 0
	}
	h := lexHash(w)
	tag := lexTag(h)
	for i := h & l.mask; ; i = (i + 1) & l.mask {
		switch l.tags[i] {
		case 0:
			return 0
		case tag:
			if s := &l.slots[i]; s.word == w {
				return s.bits
			}
		}
	}
}

// add ors bits into the classes of w, growing the table to stay at most
// half full so that probes stay short.
func (l *lexicon) add(w string, bits uint64) {
	if w == "" {
		return
	}
	if 2*(l.n+1) > len(l.slots) {
		old := l.slots
		size := max(2*len(old), 1024)
		l.slots, l.tags, l.mask, l.n = make([]lexSlot, size), make([]uint8, size), uint32(size-1), 0
		for _, s := range old {
			if s.word != "" {
				l.add(s.word, s.bits)
			}
		}
	}
	h := lexHash(w)
	i := h & l.mask
	for ; l.slots[i].word != ""; i = (i + 1) & l.mask {
		if l.slots[i].word == w {
			l.slots[i].bits |= bits
			return
		}
	}
	l.slots[i] = lexSlot{word: w, bits: bits}
	l.tags[i] = lexTag(h)
	l.n++
	l.maxLen = max(l.maxLen, len(w))
}

// WeekdayAbbr reports the weekday (time.Weekday numbering) of an
// abbreviated weekday, folded ("mon", "sam").
func WeekdayAbbr(low string) (int, bool) {
	w, ok := weekdayAbbr[low]
	return w, ok
}

// WordClass is a set of folded words registered with the lexicon. The
// tokeniser looks every token up once for all classes, so a caller asking
// whether a token belongs to a class reads a bit (Token.In) instead of
// hashing the word into a map of its own, token after token.
type WordClass uint64

var (
	nextClass = bits.TrailingZeros64(lxLast)
	// lexSealed is set by the first analysis: from then on the lexicon is
	// read concurrently and must not change.
	lexSealed atomic.Bool
)

// NewWordClass registers a class of folded words. Call it only to
// initialise a package-level variable: it panics once a text has been
// analysed, or when the 64 class bits are used up.
func NewWordClass(words ...string) WordClass {
	if lexSealed.Load() {
		panic("claims: NewWordClass after the first analysis")
	}
	if nextClass >= 64 {
		panic("claims: too many word classes")
	}
	c := WordClass(1) << uint(nextClass)
	nextClass++
	for _, w := range words {
		lex.add(w, uint64(c))
	}
	return c
}

// Has reports whether the folded word w belongs to the class.
func (c WordClass) Has(w string) bool { return lex.get(w)&uint64(c) != 0 }

// In reports whether the token's folded form belongs to class c; it is
// c.Has(t.Low) without the lookup.
func (t *Token) In(c WordClass) bool { return t.lex&uint64(c) != 0 }
