// Package claims finds the checkable statements in a French or English text
// and normalises them: numbers in every common form (digits with any
// separator, words, "une dizaine", "3,4 M"), money, percentages and
// discounts, dates and date ranges (year from context), weekdays, times,
// durations, counts with their noun, ordinals, years, URLs, emails, phones,
// hashtags, mentions, proper names, superlatives, freebies and guarantees,
// "every day" and "all our …" absolutes, multipliers and extensions.
//
// Every claim carries its span in Unicode code points (end exclusive), which
// is what DESIGN.md's batch contracts use. Analyze never panics on any input
// and its spans are always inside the text (see FuzzAnalyze).
//
// The package knows languages, not brands: package verify grounds claims
// against a fact sheet parsed with the same Analyze.
package claims

import (
	"math"
	"sort"
	"strings"
	"unicode/utf8"
)

// Type is the kind of a claim.
type Type string

const (
	Money       Type = "money"
	Percent     Type = "percent"
	Count       Type = "count"   // a number with its noun: 45 boulangeries
	Number      Type = "number"  // a bare number
	Ordinal     Type = "ordinal" // 43e, 2nd, n°1
	Year        Type = "year"    // 1996
	Date        Type = "date"    // 12 septembre, 12/09, Sept 12th (with weekday if written)
	DateRange   Type = "daterange"
	Weekday     Type = "weekday" // a weekday without a date
	Time        Type = "time"    // 18h30, 6pm, 18:00
	Duration    Type = "duration"
	URL         Type = "url"
	Email       Type = "email"
	Phone       Type = "phone"
	Hashtag     Type = "hashtag"
	Mention     Type = "mention"
	Name        Type = "name" // a proper name: person, place, organisation
	Superlative Type = "superlative"
	Freebie     Type = "freebie"   // offert, gratuit, free, included, receives …
	Guarantee   Type = "guarantee" // satisfait ou remboursé, money-back, sans engagement
	Everyday    Type = "everyday"  // 7j/7, tous les jours, every day
	Universal   Type = "universal" // tous nos restaurants, all our stores
	Partial     Type = "partial"   // 19 des 27 restaurants
	Multiplier  Type = "multiplier"
	Extension   Type = "extension" // offre prolongée, extended
	Label       Type = "label"     // bio, fait maison, made in France, certified, carbon neutral
	Month       Type = "month"     // en octobre, in October 2026
)

// Bound qualifies a number: "plus de 2 000" is Greater, "près de" Approx.
type Bound uint8

const (
	Exact   Bound = iota
	Greater       // plus de, more than, over
	AtLeast       // au moins, at least, dès, 250+
	Less          // moins de, less than, under
	UpTo          // jusqu'à, up to
	Approx        // près de, environ, around, about, une dizaine
	From          // dès, à partir de, from: the lowest value offered
)

// Role says what a date does in its sentence.
type Role uint8

const (
	RoleNone  Role = iota
	RoleUntil      // jusqu'au, until, ends on, before, avant
	RoleFrom       // à partir du, from, dès le
)

// D is a calendar date; Y is 0 when the text gives no year.
type D struct{ Y, M, Day int }

// Claim is one checkable statement.
type Claim struct {
	Type       Type
	Start, End int // code points, end exclusive
	Text       string
	Tok0, Tok1 int // token range [Tok0, Tok1) in Doc.Tokens
	Sent       int
	Value      float64 // money in currency units, percent points, minutes for times and durations, counts
	Value2     float64 // second value: range end, partial total
	Unit       string  // EUR/USD/GBP for money; km, kg … for counts with a unit
	Noun       string  // stem of the counted noun, folded
	Noun2      string  // stem of the word after it, when a content word (120 group classes)
	Bound      Bound
	Discount   bool // -20 %, 20 % off, moitié prix
	Date       D
	Date2      D   // end of a range
	Weekday    int // -1 when none; time.Weekday numbering
	Weekday2   int
	Role       Role
	Words      []string // folded content words: a superlative's phrase, a freebie's object, a name's tokens
	Prep       string   // folded word before a name (à, in, by …)
	Scoped     bool     // a superlative with a scope (de France, in the world) or a rank claim (n°1, leader)
	Except     bool     // "tous les jours sauf …": not an every-day claim
}

// Doc is an analysed text.
type Doc struct {
	Text   string
	Lang   string
	Runes  []rune
	Tokens []Token
	Claims []Claim
	boff   []int32
	used   []bool
	arena  []byte
}

// Sentence gives the tokens [a, b) of sentence s (empty when it has none).
// Tokens are in sentence order, so the sentence is found by bisection: a
// rule asking about the sentence of one claim walks that sentence, not
// every token of the text.
func (d *Doc) Sentence(s int) (a, b int) {
	toks := d.Tokens
	a = sort.Search(len(toks), func(i int) bool { return toks[i].Sent >= s })
	b = a
	for b < len(toks) && toks[b].Sent == s {
		b++
	}
	return a, b
}

// Slice returns the text between code-point offsets a and b.
func (d *Doc) Slice(a, b int) string {
	if a < 0 || b > len(d.Runes) || a > b {
		return ""
	}
	return d.Text[d.boff[a]:d.boff[b]]
}

// MaxRunes bounds the analysed text so that time and memory stay bounded on
// hostile input; longer texts are cut (package verify refuses them earlier).
const MaxRunes = 20000

// Analyze tokenises text and extracts its claims. lang is "fr" or "en"
// (anything else is guessed from the text).
func Analyze(text, lang string) *Doc {
	return AnalyzeInto(nil, text, lang)
}

// AnalyzeInto is Analyze reusing the buffers of d (which may be nil), for
// callers that analyse many texts and pool their Docs. d must not be in use.
func AnalyzeInto(d *Doc, text, lang string) *Doc {
	if d == nil {
		d = &Doc{}
	}
	// a text has at most as many runes as bytes: size the buffers once and
	// fill them by index
	want := min(len(text), MaxRunes)
	if cap(d.Runes) < want {
		d.Runes = make([]rune, want)
	}
	// byte offset of each rune, so that token and claim texts are substrings
	// of text rather than fresh allocations
	if cap(d.boff) < want+1 {
		d.boff = make([]int32, want+1)
	}
	rs, boff := d.Runes[:want], d.boff[:want+1]
	k := 0
	for bi, r := range text {
		if k == want {
			break
		}
		rs[k], boff[k] = r, int32(bi)
		k++
	}
	rs, boff = rs[:k], boff[:k]
	if len(rs) < MaxRunes || len(boff) == 0 {
		boff = append(boff, int32(len(text)))
	} else {
		// cut at MaxRunes: the end offset is where the next rune starts
		end := len(text)
		if n := int(boff[len(boff)-1]); n < len(text) {
			_, size := utf8.DecodeRuneInString(text[n:])
			end = n + size
		}
		boff = append(boff, int32(end))
	}
	d.boff = boff
	if lang != "fr" && lang != "en" {
		lang = GuessLang(text)
	}
	if !lexSealed.Load() {
		lexSealed.Store(true)
	}
	d.Text, d.Lang, d.Runes = text, lang, rs
	if cap(d.Claims) == 0 {
		d.Claims = make([]Claim, 0, 16)
	}
	d.Claims = d.Claims[:0]
	if cap(d.Tokens) == 0 {
		d.Tokens = make([]Token, 0, len(rs)/4+8)
	}
	d.Tokens = tokenize(text, rs, lang, d.Tokens[:0], d.boff, &d.arena)
	if cap(d.used) < len(d.Tokens) {
		d.used = make([]bool, len(d.Tokens))
	}
	d.used = d.used[:len(d.Tokens)]
	clear(d.used)
	x := extractor{d: d, toks: d.Tokens, lang: lang, used: d.used}
	x.run()
	return d
}

// GuessLang is a small French/English scorer on function words.
func GuessLang(text string) string {
	fr, en := 0, 0
	for _, w := range strings.Fields(strings.ToLower(text)) {
		switch strings.Trim(w, ".,!?:;«»\"()") {
		case "le", "la", "les", "des", "du", "et", "est", "une", "pour", "avec", "nous", "vous", "dans", "sur", "au", "aux", "notre", "nos":
			fr++
		case "the", "and", "is", "are", "for", "with", "we", "you", "our", "in", "on", "of", "to", "your":
			en++
		}
	}
	if en > fr {
		return "en"
	}
	return "fr"
}

// ContentWords returns the folded content words of tokens [a, b).
func (d *Doc) ContentWords(a, b int) []string {
	var out []string
	for i := max(a, 0); i < b && i < len(d.Tokens); i++ {
		t := &d.Tokens[i]
		if t.Kind == TWord && !t.Apos && len(t.Low) > 1 && t.lex&lxStop == 0 {
			out = append(out, t.Low)
		}
	}
	return out
}

func approxEq(a, b float64) bool {
	// the builtin max is math.Max here (1 is neither NaN nor a zero) but
	// compiles to a few instructions instead of a call: rules compare
	// figures by the thousand per post
	return math.Abs(a-b) <= 1e-6*max(1, math.Abs(a))
}

// Eq compares two normalised values.
func Eq(a, b float64) bool { return approxEq(a, b) }
