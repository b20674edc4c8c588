package verify

import (
	"strings"

	"github.com/vigie-cm/vigie/internal/claims"
)

// holiday is a named day: its words (folded) and, for a day of fixed
// date, its day and month in the facts' words ("25 december").
type holiday struct {
	words []string
	day   string
	month []string
}

// holidays name days a business may close on. "Noël" and "Pâques" alone
// name a season as often as a day ("le marché de Noël", "les vacances de
// Pâques"): only "jour de Noël", "lundi de Pâques" are days.
var holidays = []holiday{
	{words: []string{"christmas", "day"}, day: "25", month: []string{"december", "decembre", "dec"}},
	{words: []string{"christmas", "eve"}, day: "24", month: []string{"december", "decembre", "dec"}},
	{words: []string{"boxing", "day"}, day: "26", month: []string{"december", "decembre", "dec"}},
	{words: []string{"new", "year", "'", "s", "day"}, day: "1", month: []string{"january", "janvier", "jan"}},
	{words: []string{"new", "year", "'", "s", "eve"}, day: "31", month: []string{"december", "decembre", "dec"}},
	{words: []string{"easter", "sunday"}},
	{words: []string{"easter", "monday"}},
	{words: []string{"good", "friday"}},
	{words: []string{"thanksgiving"}},
	{words: []string{"jour", "de", "noel"}, day: "25", month: []string{"decembre", "december"}},
	{words: []string{"jour", "de", "l'", "an"}, day: "1", month: []string{"janvier", "january"}},
	{words: []string{"lundi", "de", "paques"}},
	{words: []string{"dimanche", "de", "paques"}},
}

// holidayClass: the first words of the holidays, read on every token.
var holidayClass = claims.NewWordClass("christmas", "boxing", "new", "easter", "good", "thanksgiving", "jour", "lundi", "dimanche")

// holidayAt: the holiday whose words start at token k, and the token after
// them; nil when none.
func holidayAt(toks []claims.Token, k int) (*holiday, int) {
	if !toks[k].In(holidayClass) {
		return nil, k
	}
	for i := range holidays {
		h := &holidays[i]
		if k+len(h.words) > len(toks) {
			continue
		}
		ok := true
		for j, w := range h.words {
			if t := &toks[k+j]; t.Low != w && !(w == "'" && (t.Text == "’" || t.Text == "'")) {
				ok = false
				break
			}
		}
		if ok {
			return h, k + len(h.words)
		}
	}
	return nil, k
}

// closedWords deny a day in a fact ("closed on Easter Sunday", "no
// performance on Christmas Day", "fermé le 25 décembre").
var closedWords = map[string]bool{"closed": true, "no": true, "not": true, "ferme": true, "fermee": true, "fermes": true, "fermees": true, "aucun": true, "aucune": true, "pas": true, "sauf": true, "except": true}

// dayExceptWords except days in a post ("every day bar Good Friday &
// Christmas Day", "hors jour de l'An").
var dayExceptWords = map[string]bool{"bar": true, "except": true, "excepting": true, "apart": true, "sauf": true, "hors": true, "excepte": true}

// openWords say a post's business runs as on any day.
var openWords = map[string]bool{"open": true, "normal": true, "usual": true, "ouvert": true, "ouverte": true, "ouverts": true, "ouvertes": true, "habitude": true}

// closedHoliday: "We're open on Easter Sunday too!" when "All Hollybank
// garden centres are closed on Easter Sunday", "a Christmas Day matinee"
// when "there is no performance on Christmas Day", "Sailings as normal on
// Christmas Day" when "There are no sailings on 25 December": a holiday
// the post gives something on (not denied in its sentence) is contradicted
// by the fact that denies that day (by its name or its date, a denial word
// a few words before it) when that fact shares a word with the sentence
// or the post says open or as normal against a closing.
func (g *grounder) closedHoliday() {
	toks := g.doc.Tokens
	for k := range toks {
		h, end := holidayAt(toks, k)
		if h == nil || g.flagged(toks[k].Start, toks[end-1].End) {
			continue
		}
		s0, s1 := g.doc.Sentence(toks[k].Sent)
		open := false
		denied := false
		for j := s0; j < s1; j++ {
			if closedWords[toks[j].Low] || negations[toks[j].Low] || dayExceptWords[toks[j].Low] {
				denied = true
			}
			if openWords[toks[j].Low] {
				open = true
			}
		}
		if denied {
			continue
		}
		// a fact that gives something on that day ("a five-course
		// Christmas Day lunch") leaves an opening said of the whole
		// business to the facts that share its words
		someOn := false
		for fi := range g.sh.facts {
			if at, _ := g.sh.facts[fi].deniesDay(h); at == -2 {
				someOn = true
			}
		}
		for fi := range g.sh.facts {
			fd := &g.sh.facts[fi]
			at, closing := fd.deniesDay(h)
			if at < 0 || !(open && closing && !someOn) && g.sharedWords(toks[k].Sent, k, end, fi, 99) == 0 {
				continue
			}
			// the holiday and the thing after it ("a Christmas Day matinee")
			e := end
			if e < s1 && toks[e].Kind == claims.TWord && !toks[e].Cap && !toks[e].Stop() {
				e++
			}
			c := claims.Claim{Type: claims.Name, Start: toks[k].Start, End: toks[e-1].End, Tok0: k, Tok1: e, Sent: toks[k].Sent, Words: h.words}
			c.Text = g.doc.Slice(c.Start, c.End)
			g.contradicted(&c, fi, "")
			break
		}
	}
}

// deniesDay: the token of fd where it denies holiday h (by its name or,
// for a fixed day, its date: "25 December", "December 25", "1er
// janvier") with a denial word at most eight words before in the same
// clause, -2 when it names the day without denying it, or -1; closing
// tells a closing word ("closed", "fermé") from another denial ("no
// sailings").
func (fd *factDoc) deniesDay(h *holiday) (at int, closing bool) {
	ft := fd.doc.Tokens
	named := false
	for k := range ft {
		hit := false
		if g, _ := holidayAt(ft, k); g == h {
			hit = true
		} else if h.day != "" && (ft[k].Low == h.day || ft[k].Low == h.day+"er") && k+1 < len(ft) && contains(h.month, ft[k+1].Low) {
			hit = true
		} else if h.day != "" && k > 0 && ft[k].Low == h.day && contains(h.month, ft[k-1].Low) {
			hit = true
		}
		if !hit {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-8 && ft[j].Sent == ft[k].Sent && ft[j].Text != ";"; j-- {
			if closedWords[ft[j].Low] {
				return k, strings.HasPrefix(ft[j].Low, "close") || strings.HasPrefix(ft[j].Low, "ferm")
			}
		}
		named = true
	}
	if named {
		return -2, false
	}
	return -1, false
}
