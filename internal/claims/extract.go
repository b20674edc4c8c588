package claims

import (
	"math"
	"strings"
)

type extractor struct {
	d    *Doc
	toks []Token
	lang string
	used []bool
}

func (x *extractor) low(i int) string {
	if i < 0 || i >= len(x.toks) {
		return ""
	}
	return x.toks[i].Low
}

// lexAt returns the lexical classes of token i, none out of range.
func (x *extractor) lexAt(i int) uint64 {
	if i < 0 || i >= len(x.toks) {
		return 0
	}
	return x.toks[i].lex
}

func (x *extractor) kind(i int) TokKind {
	if i < 0 || i >= len(x.toks) {
		return TPunct
	}
	return x.toks[i].Kind
}

func (x *extractor) isNum(i int) bool { return i >= 0 && i < len(x.toks) && x.toks[i].Kind == TNum }

// glued reports whether token i follows token i-1 without a space.
func (x *extractor) glued(i int) bool {
	return i > 0 && i < len(x.toks) && x.toks[i-1].End == x.toks[i].Start
}

func (x *extractor) add(c Claim, mark bool) {
	if c.Tok1 <= c.Tok0 || c.Tok0 < 0 || c.Tok1 > len(x.toks) {
		return
	}
	c.Start = x.toks[c.Tok0].Start
	c.End = x.toks[c.Tok1-1].End
	c.Text = x.d.Slice(c.Start, c.End)
	c.Sent = x.toks[c.Tok0].Sent
	if c.Weekday == 0 && c.Type != Date && c.Type != DateRange && c.Type != Weekday {
		c.Weekday = -1
	}
	if mark {
		for k := c.Tok0; k < c.Tok1; k++ {
			x.used[k] = true
		}
	}
	x.d.Claims = append(x.d.Claims, c)
}

func (x *extractor) run() {
	n := len(x.toks)
	for i := 0; i < n; {
		if j := x.at(i); j > i {
			i = j
		} else {
			i++
		}
	}
	x.dayLists()
	for i := 0; i < n; i++ {
		x.phrase(i)
	}
	for i := 0; i < n; {
		if j := x.name(i); j > i {
			i = j
		} else {
			i++
		}
	}
}

// dayLists: "les 5, 12 et 19 décembre", "28-29 novembre, 5-6, 12-13 et
// 19-20 décembre", "5, 12 and 19 December": the bare day numbers of a list
// that ends on a date with its month are days of that month, not figures.
// Each day becomes a date of its own.
func (x *extractor) dayLists() {
	cl := x.d.Claims
	byTok := make(map[int]int)
	for i := range cl {
		if cl[i].Type == Number && cl[i].Tok1 == cl[i].Tok0+1 {
			byTok[cl[i].Tok0] = i
		}
	}
	if len(byTok) == 0 {
		return
	}
	bareDay := func(k int) (int, bool) {
		ci, ok := byTok[k]
		if !ok || cl[ci].Type != Number || cl[ci].Noun != "" {
			return -1, false
		}
		t := &x.toks[k]
		if t.Suf != "" || t.Frac != 0 || t.Thousands || t.Num < 1 || t.Num > 31 || t.Num != math.Trunc(t.Num) {
			return -1, false
		}
		return ci, true
	}
	for i := len(cl) - 1; i >= 0; i-- {
		a := &cl[i]
		if a.Type != Date && a.Type != DateRange || a.Date.M == 0 || a.Date.Day == 0 {
			continue
		}
		next := a.Date.Day
		k := a.Tok0 - 1
		for k >= 1 && listJoin(x.low(k)) {
			// a day, or two days joined by a dash
			end, ok := bareDay(k - 1)
			if !ok {
				break
			}
			group := []int{end}
			j := k - 1
			if j >= 2 && isDashText(x.toks[j-1].Text) {
				if start, ok := bareDay(j - 2); ok && cl[start].Value < cl[end].Value {
					group = append(group, start)
					j -= 2
				}
			}
			if cl[end].Value >= float64(next) {
				break
			}
			for _, ci := range group {
				c := &cl[ci]
				c.Type, c.Date, c.Value, c.Weekday, c.Weekday2 = Date, D{Y: a.Date.Y, M: a.Date.M, Day: int(c.Value)}, 0, -1, -1
			}
			next = int(cl[group[len(group)-1]].Value)
			k = j - 1
		}
		// "July 15, 22 and 29": month first, the bare days that follow
		// its date in a list are days of that month
		if a.Type != Date || a.Tok1 < 2 || x.kind(a.Tok1-1) != TNum || x.toks[a.Tok1-1].Num != float64(a.Date.Day) || !x.monthStarts(a.Tok1-2) {
			continue
		}
		prev := a.Date.Day
		for k := a.Tok1; k+1 < len(x.toks) && listJoin(x.low(k)); {
			if x.low(k) == "," && (x.low(k+1) == "and" || x.low(k+1) == "et") {
				k++
			}
			ci, ok := bareDay(k + 1)
			if !ok || int(cl[ci].Value) <= prev {
				break
			}
			c := &cl[ci]
			prev = int(c.Value)
			c.Type, c.Date, c.Value, c.Weekday, c.Weekday2 = Date, D{Y: a.Date.Y, M: a.Date.M, Day: prev}, 0, -1, -1
			k += 2
		}
	}
}

// at recognises a claim starting at token i and returns the token after it,
// or i when nothing starts here.
func (x *extractor) at(i int) int {
	t := &x.toks[i]
	switch t.Kind {
	case TURL:
		x.add(Claim{Type: URL, Tok0: i, Tok1: i + 1}, true)
		return i + 1
	case TEmail:
		x.add(Claim{Type: Email, Tok0: i, Tok1: i + 1}, true)
		return i + 1
	case THashtag:
		// "the #1 invoicing app": a rank, not a tag
		if n, ok := rankTag(x.toks[i].Text); ok {
			x.add(Claim{Type: Ordinal, Tok0: i, Tok1: i + 1, Value: n, Scoped: n == 1}, true)
			return i + 1
		}
		x.add(Claim{Type: Hashtag, Tok0: i, Tok1: i + 1}, true)
		return i + 1
	case TMention:
		x.add(Claim{Type: Mention, Tok0: i, Tok1: i + 1}, true)
		return i + 1
	case TNum:
		// "J-3", "D-5": a countdown to the event, relative to the day of
		// posting, not a figure of the facts
		if i >= 2 && isDashText(x.toks[i-1].Text) && (x.toks[i-2].Text == "J" || x.toks[i-2].Text == "D") && x.toks[i].Suf == "" {
			return i + 1
		}
		if j := x.everydayNum(i); j > i {
			return j
		}
		if j := x.phone(i); j > i {
			return j
		}
		if j := x.dateExpr(i); j > i {
			return j
		}
		// "T20", "A380", "U17": digits glued to one capital letter are a
		// code (a format, a model, a grade), no figure of their own (longer
		// prefixes, postcodes like "BS8", keep their digits checked)
		if i > 0 && x.glued(i) && x.toks[i-1].Kind == TWord && x.toks[i-1].Upper && len(x.toks[i-1].Text) == 1 && t.Suf == "" {
			return i + 1
		}
		// "at 1.5× the standard price", "1,5× le prix": a factor glued to
		// the times sign before a noun phrase (not "6 × 2" nor "2 x 3 m")
		if t.Suf == "" && !t.Thousands && x.low(i+1) == "×" && x.glued(i+1) && !x.isNum(i+2) && i+2 < len(x.toks) && x.toks[i+2].Kind == TWord {
			x.add(Claim{Type: Multiplier, Tok0: i, Tok1: i + 2, Value: t.Num}, true)
			return i + 2
		}
		j := x.number(i)
		// "the 2026/27 season", "saison 2025-26": the second year of a
		// season is no count
		if j == i+1 && t.Suf == "" && t.Frac == 0 && t.Num >= 1900 && t.Num <= 2100 && j+1 < len(x.toks) && (x.low(j) == "/" || isDashText(x.toks[j].Text)) &&
			x.glued(j) && x.glued(j+1) && x.isNum(j+1) && x.toks[j+1].Num == float64((int(t.Num)+1)%100) && len(x.toks[j+1].Text) == 2 {
			return j + 2
		}
		return j
	case TWord:
		// "CHF 18.–", "EUR 20": a currency code before its amount; the
		// Indian "Rs 129", "Rs. 129" too
		if (t.Upper || t.Low == "rs") && x.isNum(i+1) {
			if cur, ok := currencyWords[t.Low]; ok {
				return x.money(i, i+1, cur)
			}
		}
		if t.Low == "rs" && x.low(i+1) == "." && x.glued(i+1) && x.isNum(i+2) {
			return x.money(i, i+2, "INR")
		}
		// "Entry costs R85", "R1,200 per person": a capital R glued to an
		// amount is the South African rand in a sentence about prices (not
		// the R18 of an age rating, nor the R62 of a road)
		if t.Text == "R" && x.isNum(i+1) && x.glued(i+1) && x.toks[i+1].Suf == "" && x.priceSentence(i) {
			return x.money(i, i+1, "ZAR")
		}
		if t.Cap {
			if j := x.holiday(i); j > i {
				return j
			}
		}
		if _, ok := x.weekdayAt(i); ok {
			if j := x.dateExpr(i); j > i {
				return j
			}
			w, _ := x.weekdayAt(i)
			x.add(Claim{Type: Weekday, Tok0: i, Tok1: i + 1, Weekday: w}, true)
			return i + 1
		}
		// "Feb 28", "Feb. 28": the abbreviation's dot is no full stop
		if t.lex&lxMonth != 0 && (x.isNum(i+1) || x.low(i+1) == "." && x.glued(i+1) && x.isNum(i+2)) {
			if j := x.dateExpr(i); j > i {
				return j
			}
		}
		if t.lex&lxMonth != 0 {
			if j := x.monthAlone(i); j > i {
				return j
			}
		}
		if (t.Low == "seven" || t.Low == "sept") && i+3 < len(x.toks) {
			if j := x.everydayWord(i); j > i {
				return j
			}
		}
		if j := x.wordNumber(i); j > i {
			return j
		}
		if j := x.special(i); j > i {
			return j
		}
	case TPunct:
		if cur, ok := symbolCurrency(t.Text); ok && x.isNum(i+1) {
			return x.money(i, i+1, cur)
		}
		if (t.Text == "×" || t.Text == "x") && x.isNum(i+1) && x.glued(i+1) {
			x.add(Claim{Type: Multiplier, Tok0: i, Tok1: i + 2, Value: x.toks[i+1].Num}, true)
			return i + 2
		}
	}
	return i
}

var abbrJoin = map[string]bool{"&": true, "and": true, "et": true, "/": true}

// abbrCap: token i is a capitalised weekday abbreviation (Sat, Sun, Sam.).
func (x *extractor) abbrCap(i int) bool {
	if i < 0 || i >= len(x.toks) || !x.toks[i].Cap {
		return false
	}
	_, ok := weekdayAbbr[x.toks[i].Low]
	return ok
}

func (x *extractor) weekdayAt(i int) (int, bool) {
	if i < 0 || i >= len(x.toks) || x.toks[i].Kind != TWord {
		return 0, false
	}
	if x.toks[i].lex&(lxWeekday|lxWeekdayAbbr) == 0 {
		return 0, false
	}
	l := x.toks[i].Low
	if w, ok := weekdayWords[l]; ok {
		return w, true
	}
	if w, ok := weekdayAbbr[l]; ok {
		// "Fri 10", "(Sat)", "Sun." — never the English verbs and nouns
		// "sam. 6 juin": the abbreviation's dot before the day number
		if x.isNum(i+1) || x.low(i+1) == "." && x.glued(i+1) && x.isNum(i+2) || (x.toks[i].Cap && (x.low(i-1) == "(" || x.low(i+1) == ")" || x.low(i+1) == "." || x.low(i+1) == ",")) {
			return w, true
		}
		// "Sat & Sun sessions", "Fri and Sat": two capitalised
		// abbreviations joined
		if x.toks[i].Cap && (abbrJoin[x.low(i+1)] && x.abbrCap(i+2) || abbrJoin[x.low(i-1)] && x.abbrCap(i-2)) {
			return w, true
		}
		// "Fri Nov 27 to Mon Nov 30": a capitalised abbreviation before a
		// month and its day
		if _, isM := x.monthAt(i + 1); isM && x.toks[i].Cap && x.isNum(i+2) {
			return w, true
		}
	}
	return 0, false
}

// mixedFraction: the "3/8" at tokens [i, e) is the fraction of a measure,
// not a date: a whole number stands right before it ("19 3/8"), or an inch
// mark is glued after it ("3/8\"").
func (x *extractor) mixedFraction(i, e int) bool {
	if i > 0 && x.isNum(i-1) && x.toks[i-1].Frac == 0 && x.toks[i-1].Suf == "" && x.toks[i-1].Sent == x.toks[i].Sent {
		return true
	}
	if e < len(x.toks) && x.glued(e) {
		switch x.toks[e].Text {
		case "\"", "″", "”", "''":
			return true
		}
	}
	return false
}

func (x *extractor) monthStarts(i int) bool {
	_, ok := x.monthAt(i)
	return ok
}

func (x *extractor) monthAt(i int) (int, bool) {
	if i < 0 || i >= len(x.toks) || x.toks[i].Kind != TWord || x.toks[i].lex&lxMonth == 0 {
		return 0, false
	}
	m, ok := monthWords[x.toks[i].Low]
	return m, ok
}

func (x *extractor) yearAt(i int) (int, bool) {
	if !x.isNum(i) {
		return 0, false
	}
	t := &x.toks[i]
	if t.Frac == 0 && !t.Thousands && t.Suf == "" && t.Num >= 1900 && t.Num <= 2100 {
		return int(t.Num), true
	}
	return 0, false
}

// dateAt parses one date starting at i: [weekday][,] day [month [year]],
// month day[,] [year], or day/month[/year]. A bare day (M == 0) is only kept
// by dateExpr when a range gives it its month.
func (x *extractor) dateAt(i int) (dt D, wd int, end int, ok bool) {
	k := i
	wd = -1
	if w, isWd := x.weekdayAt(k); isWd {
		wd = w
		k++
		if x.low(k) == "," || x.low(k) == "." {
			k++
		}
		if x.low(k) == "le" || x.low(k) == "the" {
			k++
		}
	}
	if x.isNum(k) {
		t := &x.toks[k]
		if t.Frac != 0 {
			if dd, e, isDot := x.dotDate(k, wd >= 0); isDot {
				return dd, wd, e, true
			}
		}
		if t.Frac != 0 || t.Thousands || t.Num < 1 || t.Num > 31 {
			return dt, wd, i, false
		}
		switch t.Suf {
		case "", "er", "re", "st", "nd", "rd", "th":
		default:
			return dt, wd, i, false
		}
		dt.Day = int(t.Num)
		k++
		if t.Suf == "" && x.low(k) == "/" && x.glued(k) && x.isNum(k+1) && x.glued(k+1) && x.toks[k+1].Num >= 1 && x.toks[k+1].Frac == 0 && x.toks[k+1].Suf == "" && (x.toks[k+1].Num <= 12 || x.monthFirstOnly(t, &x.toks[k+1], wd)) && !x.mixedFraction(i, k+2) {
			dt.M = int(x.toks[k+1].Num)
			if dt.M > 12 {
				dt.M, dt.Day = dt.Day, dt.M
			}
			k += 2
			if x.low(k) == "/" && x.glued(k) && x.isNum(k+1) && x.glued(k+1) && x.toks[k+1].Frac == 0 {
				y := int(x.toks[k+1].Num)
				if y < 100 {
					y += 2000
				}
				dt.Y = y
				k += 2
			}
			return dt, wd, k, true
		}
		if x.low(k) == "of" || (x.low(k) == "de" && x.lang == "fr") {
			if _, isM := x.monthAt(k + 1); isM {
				k++
			}
		}
		if m, isM := x.monthAt(k); isM {
			dt.M = m
			k++
			if x.low(k) == "." && x.glued(k) && monthAbbr[x.low(k-1)] {
				k++
			}
			if y, isY := x.yearAt(k); isY {
				dt.Y = y
				k++
			}
			return dt, wd, k, true
		}
		return dt, wd, k, true // bare day
	}
	if m, isM := x.monthAt(k); isM {
		j := k + 1
		if x.low(j) == "." && x.glued(j) {
			j++
		}
		if x.isNum(j) {
			t := &x.toks[j]
			if t.Frac == 0 && !t.Thousands && t.Num >= 1 && t.Num <= 31 && (t.Suf == "" || ordinalSuffix[t.Suf]) {
				dt.M, dt.Day = m, int(t.Num)
				j++
				if x.low(j) == "," && x.isNum(j+1) {
					if y, isY := x.yearAt(j + 1); isY {
						dt.Y = y
						j += 2
						return dt, wd, j, true
					}
				}
				if y, isY := x.yearAt(j); isY {
					dt.Y = y
					j++
				}
				return dt, wd, j, true
			}
		}
	}
	return dt, wd, i, false
}

// dotDate reads the Swiss and German day.month[.year] at token k, which the
// tokenizer took for a decimal ("16.10" of 16.10.2026). With its year it is
// always a date; without one only in French, where a dot is no decimal mark,
// after a word that introduces a date ("jusqu'au 28.02", "du 16.10"), since a
// clock time (10.05) or a Swiss price (CHF 12.50) is written the same way.
func (x *extractor) dotDate(k int, afterWeekday bool) (D, int, bool) {
	t := &x.toks[k]
	if t.Frac > 2 || t.Thousands || t.Suf != "" || strings.IndexByte(t.Text, '.') < 0 {
		return D{}, k, false
	}
	day := math.Floor(t.Num)
	m := int(math.Round((t.Num - day) * math.Pow(10, float64(t.Frac))))
	if day < 1 || day > 31 || m < 1 || m > 12 {
		return D{}, k, false
	}
	dt := D{M: m, Day: int(day)}
	if x.low(k+1) == "." && x.glued(k+1) && x.isNum(k+2) && x.glued(k+2) {
		y := &x.toks[k+2]
		if y.Frac == 0 && !y.Thousands && y.Suf == "" && (len(y.Text) == 4 && y.Num >= 1900 && y.Num <= 2100 || len(y.Text) == 2) {
			dt.Y = int(y.Num)
			if dt.Y < 100 {
				dt.Y += 2000
			}
			return dt, k + 3, true
		}
	}
	if x.lang != "fr" || t.Frac != 2 {
		return D{}, k, false
	}
	if afterWeekday {
		return dt, k + 1, true
	}
	switch x.low(k - 1) {
	case "le", "du", "au", "des", "depuis", "avant", "apres", "jusqu'", "et":
		return dt, k + 1, true
	}
	return D{}, k, false
}

// monthFirstOnly: "Tue 3/16" can only be 16 March. The reading is taken in
// English, or after a weekday: a French "8/20" with no weekday is a mark
// out of twenty, not a date.
func (x *extractor) monthFirstOnly(first, second *Token, wd int) bool {
	return first.Num <= 12 && second.Num > 12 && second.Num <= 31 && (x.lang == "en" || wd >= 0)
}

var monthAbbr = map[string]bool{"janv": true, "fevr": true, "fev": true, "avr": true, "juil": true, "sept": true, "oct": true, "nov": true, "dec": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true}

var rangeConnectors = map[string]bool{"au": true, "to": true, "till": true, "until": true, "through": true, "thru": true, "-": true, "–": true, "—": true, "jusqu'au": true}

func (x *extractor) dateExpr(i int) int {
	d1, wd1, e1, ok := x.dateAt(i)
	if !ok {
		return i
	}
	intent := false
	switch x.low(i - 1) {
	case "du", "from", "between", "entre":
		intent = true
	case "le", "the":
		switch x.low(i - 2) {
		case "entre", "between":
			intent = true
		}
	}
	k := e1
	conn := x.low(k)
	if (conn == "et" || conn == "and" || conn == "&") && !intent {
		// "les 14 et 15 mars", "sam. 6 & dim. 7 juin": two days, one span
		// when they follow each other
		j := k + 1
		if x.low(j) == "le" || x.low(j) == "the" {
			j++
		}
		if d2, wd2, e2, ok2 := x.dateAt(j); ok2 && d2.M != 0 && (d1.M == 0 || d1.M == d2.M) {
			if d1.M == 0 {
				d1.M, d1.Y = d2.M, d2.Y
			}
			if d2.Day == d1.Day+1 {
				x.add(Claim{Type: DateRange, Tok0: i, Tok1: e2, Date: d1, Date2: d2, Weekday: wd1, Weekday2: wd2}, true)
				return e2
			}
			x.add(Claim{Type: Date, Tok0: i, Tok1: e1, Date: d1, Weekday: wd1, Weekday2: -1, Role: x.dateRole(i)}, true)
			return e1
		}
	}
	if rangeConnectors[conn] || ((conn == "et" || conn == "and") && intent) {
		k++
		if x.low(k) == "le" || x.low(k) == "the" {
			k++
		}
		d2, wd2, e2, ok2 := x.dateAt(k)
		if ok2 && d2.M == 0 && d1.M != 0 && d2.Day > d1.Day && x.monthFirst(i, e1) && x.bareDayEnd(e2) {
			// "January 22 to 24, 2027", "Jan. 22–24": a month written
			// before its day covers the bare day ending the range, and the
			// year after it, if any, belongs to both
			d2.M = d1.M
			if x.low(e2) == "," {
				if y, isY := x.yearAt(e2 + 1); isY {
					d2.Y = y
					e2 += 2
				}
			} else if y, isY := x.yearAt(e2); isY {
				d2.Y = y
				e2++
			}
			if d2.Y == 0 {
				d2.Y = d1.Y
			}
		}
		// "6/24 through 8/12": one end written month first sets the
		// order of the other
		if ok2 && d2.M != 0 && d1.M != 0 {
			f1, a1 := x.slashOrder(i, e1)
			f2, a2 := x.slashOrder(k, e2)
			switch {
			case f1 && a2 && d2.M != d2.Day:
				d2.M, d2.Day = d2.Day, d2.M
			case f2 && a1 && d1.M != d1.Day:
				d1.M, d1.Day = d1.Day, d1.M
			}
		}
		if ok2 && d2.M != 0 && (conn != "-" || d1.M == 0 || x.glued(k) || x.toks[k-1].Space) {
			if d1.M == 0 {
				d1.M = d2.M
			}
			if d1.Y == 0 {
				d1.Y = d2.Y
			}
			if d1.Day > 0 && d1.M > 0 {
				x.add(Claim{Type: DateRange, Tok0: i, Tok1: e2, Date: d1, Date2: d2, Weekday: wd1, Weekday2: wd2}, true)
				return e2
			}
		}
	}
	if d1.M == 0 && wd1 >= 0 && (x.toks[e1-1].Suf != "" || x.low(e1-2) == "the" || x.lang == "fr" && x.bareDayAlone(e1)) {
		// "opens Saturday 4 September and runs until Sunday the 26th": a
		// bare day written with its weekday is a later day of the month of
		// the date just before it (the weekday then checks the calendar);
		// only as an ordinal or after "the", since "Saturday, 9 am to
		// 5:30 pm" and "Fri 9–5" give hours
		for k := len(x.d.Claims) - 1; k >= 0; k-- {
			p := &x.d.Claims[k]
			if p.Type != Date && p.Type != DateRange {
				continue
			}
			last := p.Date
			if p.Type == DateRange {
				last = p.Date2
			}
			if last.M != 0 && last.Day < d1.Day {
				d1.M, d1.Y = last.M, last.Y
			}
			break
		}
	}
	if d1.M == 0 {
		return i
	}
	x.add(Claim{Type: Date, Tok0: i, Tok1: e1, Date: d1, Weekday: wd1, Weekday2: -1, Role: x.dateRole(i)}, true)
	return e1
}

// bareDayAlone: the French bare day ending at e ("jusqu'au dimanche 26")
// is followed by no hour ("samedi 9 h", "samedi 9 à 12 h", "vendredi 9-17").
func (x *extractor) bareDayAlone(e int) bool {
	if x.isNum(e) {
		return false
	}
	switch x.low(e) {
	case "h", "heures", "heure", "a", "à", "-", "–", "—", ":", "/", "au":
		return false
	}
	return true
}

// slashOrder: the date in tokens [i, e) is written with numbers and a
// slash, its month first for sure (6/24: monthFirst) or in an order the
// numbers leave open (8/12: ambiguous).
func (x *extractor) slashOrder(i, e int) (monthFirst, ambiguous bool) {
	for k := i; k+2 < e; k++ {
		if x.isNum(k) && x.low(k+1) == "/" && x.isNum(k+2) {
			a, b := x.toks[k].Num, x.toks[k+2].Num
			return a <= 12 && b > 12, a <= 12 && b <= 12
		}
	}
	return false, false
}

// monthFirst reports whether the date in tokens [i, e) names its month
// before its day ("January 22", "Sat, Jan. 22"), the English order in which
// "January 22 to 24" ends on a bare day.
func (x *extractor) monthFirst(i, e int) bool {
	for k := i; k < e; k++ {
		if x.isNum(k) {
			return false
		}
		if _, isM := x.monthAt(k); isM {
			return true
		}
	}
	return false
}

// bareDayEnd reports whether what follows a bare day number at e lets it
// end a date range: not an hour ("October 5 to 9 p.m.") nor a counted noun
// ("March 3 to 5 teams").
func (x *extractor) bareDayEnd(e int) bool {
	if e >= len(x.toks) {
		return true
	}
	t := &x.toks[e]
	switch t.Low {
	case "am", "pm", "a.m", "p.m", "h", "hours", "hrs", "heures", "o'clock", ":":
		return false
	}
	return t.Kind != TWord || t.Stop()
}

func (x *extractor) dateRole(i int) Role {
	p1, p2 := x.low(i-1), x.low(i-2)
	if p1 == "le" || p1 == "the" || p1 == "on" {
		p1, p2 = p2, x.low(i-3)
	}
	switch p1 {
	case "jusqu'au", "until", "till", "before", "avant", "by", "through", "thru":
		return RoleUntil
	case "au":
		if p2 == "jusqu'" {
			return RoleUntil
		}
	case "ends", "end", "closes", "finishes", "termine", "jusqu'":
		return RoleUntil
	case "tard", "than":
		// "au plus tard le 11 février", "no later than 11 February": a
		// deadline, the same as "jusqu'au"
		if p2 == "plus" || p2 == "later" {
			return RoleUntil
		}
	case "du", "from", "starting", "des", "partir":
		return RoleFrom
	}
	if p2 == "ends" || p2 == "closes" || p2 == "finishes" || p2 == "d'ici" {
		return RoleUntil
	}
	if p1 == "ici" && p2 == "d'" {
		return RoleUntil
	}
	return RoleNone
}

// monthAlone: "en octobre", "in October 2026", "tout le mois de mars",
// "all September": a month named as when something happens.
func (x *extractor) monthAlone(i int) int {
	m, ok := monthWords[x.low(i)]
	if !ok || len(x.low(i)) < 4 && !monthAbbr[x.low(i)] {
		return i
	}
	switch x.low(i - 1) {
	case "en", "in", "during", "pendant", "durant", "all", "throughout", "through", "this", "next", "ce", "prochain", "until", "till", "from":
	case "de", "d'":
		if x.low(i-2) != "mois" {
			return i
		}
	default:
		return i
	}
	// "may" and "march" are English words too: only capitalised
	if x.lang == "en" && !x.toks[i].Cap {
		return i
	}
	c := Claim{Type: Month, Tok0: i, Tok1: i + 1, Date: D{M: m}, Weekday: -1, Weekday2: -1}
	if y, ok := x.yearAt(i + 1); ok {
		c.Date.Y = y
		c.Tok1 = i + 2
	}
	x.add(c, true)
	return c.Tok1
}

// everydayNum: 7j/7, 7/7, 24/7, 24h/24, 7 jours sur 7, 7 days a week.
func (x *extractor) everydayNum(i int) int {
	t := &x.toks[i]
	if (t.Num == 7 && (t.Suf == "j" || t.Suf == "")) || (t.Num == 24 && (t.Suf == "h" || t.Suf == "")) {
		if x.low(i+1) == "/" && x.glued(i+1) && x.isNum(i+2) && x.glued(i+2) {
			v := x.toks[i+2].Num
			if v == 7 || v == 24 {
				x.add(Claim{Type: Everyday, Tok0: i, Tok1: i + 3, Except: x.except(i + 3)}, true)
				return i + 3
			}
		}
	}
	if t.Num == 7 && t.Suf == "" {
		if (x.low(i+1) == "jours" || x.low(i+1) == "j") && x.low(i+2) == "sur" && x.isNum(i+3) && x.toks[i+3].Num == 7 {
			x.add(Claim{Type: Everyday, Tok0: i, Tok1: i + 4, Except: x.except(i + 4)}, true)
			return i + 4
		}
		if x.low(i+1) == "days" && (x.low(i+2) == "a" || x.low(i+2) == "per") && x.low(i+3) == "week" {
			x.add(Claim{Type: Everyday, Tok0: i, Tok1: i + 4, Except: x.except(i + 4)}, true)
			return i + 4
		}
		if x.openDays(i) {
			x.add(Claim{Type: Everyday, Tok0: i, Tok1: i + 2, Except: x.except(i + 2)}, true)
			return i + 2
		}
	}
	return i
}

// openDays: "open 7 days", "ouvert 7 jours", "open seven days": token i,
// seven, opens every day of the week when "open" comes before it and no
// "a week", "sur 7" after (everydayNum's own forms).
func (x *extractor) openDays(i int) bool {
	switch x.low(i + 1) {
	case "days", "jours":
	default:
		return false
	}
	switch x.low(i + 2) {
	case "a", "per", "sur", "of", "de", "d'":
		return false
	}
	switch x.low(i - 1) {
	case "open", "opens", "ouvert", "ouverte", "ouverts", "ouvertes":
		return true
	}
	return false
}

// everydayWord: "seven days a week", "sept jours sur sept", the spelled
// forms of everydayNum's.
func (x *extractor) everydayWord(i int) int {
	switch x.low(i) {
	case "seven":
		if x.low(i+1) == "days" && (x.low(i+2) == "a" || x.low(i+2) == "per") && x.low(i+3) == "week" {
			x.add(Claim{Type: Everyday, Tok0: i, Tok1: i + 4, Except: x.except(i + 4)}, true)
			return i + 4
		}
		if x.openDays(i) {
			x.add(Claim{Type: Everyday, Tok0: i, Tok1: i + 2, Except: x.except(i + 2)}, true)
			return i + 2
		}
	case "sept":
		if x.low(i+1) == "jours" && x.low(i+2) == "sur" && (x.low(i+3) == "sept" || x.isNum(i+3) && x.toks[i+3].Num == 7) {
			x.add(Claim{Type: Everyday, Tok0: i, Tok1: i + 4, Except: x.except(i + 4)}, true)
			return i + 4
		}
		if x.openDays(i) {
			x.add(Claim{Type: Everyday, Tok0: i, Tok1: i + 2, Except: x.except(i + 2)}, true)
			return i + 2
		}
	}
	return i
}

func (x *extractor) except(i int) bool {
	for k := i; k < i+4 && k < len(x.toks); k++ {
		switch x.low(k) {
		case "sauf", "except", "excepte", "hors", "but", "excluding":
			return true
		}
	}
	return false
}

// phone: 04 76 12 34 56, 04.76.12.34.56, +33 4 76 12 34 56.
func (x *extractor) phone(i int) int {
	t := &x.toks[i]
	if !(strings.HasPrefix(t.Text, "0") || x.low(i-1) == "+") || t.Suf != "" {
		return i
	}
	k := i
	groups := 0
	digits := 0
	for x.isNum(k) && x.toks[k].Suf == "" && len(x.toks[k].Text) <= 4 && !strings.ContainsAny(x.toks[k].Text, ",") {
		digits += len(strings.ReplaceAll(strings.ReplaceAll(x.toks[k].Text, ".", ""), " ", ""))
		groups++
		k++
		if x.low(k) == "." || x.low(k) == "-" {
			if x.isNum(k+1) && x.glued(k) && x.glued(k+1) {
				k++
				continue
			}
		}
		if !x.isNum(k) || !x.toks[k].Space {
			break
		}
	}
	if groups >= 4 && digits >= 9 {
		start := i
		if x.low(i-1) == "+" {
			start = i - 1
		}
		var b strings.Builder
		for j := start; j < k; j++ {
			for _, r := range x.toks[j].Text {
				if isDigit(r) {
					b.WriteRune(r)
				}
			}
		}
		x.add(Claim{Type: Phone, Tok0: start, Tok1: k, Words: []string{b.String()}}, true)
		return k
	}
	return i
}

// scale returns the multiplier of a glued or following scale word.
func (x *extractor) scaleAfter(i int, money bool) (float64, int) {
	t := &x.toks[i]
	switch t.Suf {
	case "k":
		return 1e3, i + 1
	case "m", "mio":
		if money || strings.HasSuffix(t.Text, "M") {
			return 1e6, i + 1
		}
	case "md", "mds", "bn":
		return 1e9, i + 1
	}
	j := i + 1
	if j < len(x.toks) && x.toks[j].Kind == TWord {
		l := x.toks[j].Low
		switch l {
		case "k", "md", "mds", "bn", "million", "millions", "milliard", "milliards", "billion", "billions", "thousand", "mille", "lakh", "lakhs", "crore", "crores":
			return scaleWords[l], j + 1
		case "m":
			if money || x.toks[j].Text == "M" {
				return 1e6, j + 1
			}
		}
	}
	return 1, i + 1
}

// spreadVerbs spread a cost over a length of time; "interest" and "APR"
// run over one too ("0% interest over 24 months"), so that a fact and a
// post that say it with and without the verb read the same period.
var spreadVerbs = map[string]bool{"spread": true, "spreading": true, "split": true, "splitting": true, "pay": true, "paying": true, "paid": true, "repay": true, "repaid": true, "finance": true, "financed": true, "financing": true, "stagger": true, "interest": true, "apr": true}

// spreadOver: "spread the cost over 12 months", "pay it off over 24
// months": "over" before a length of time, after a verb that spreads a
// cost, is the period it is spread on, not a lower bound.
func (x *extractor) spreadOver(i int) bool {
	switch x.low(i + 1) {
	case "month", "months", "week", "weeks", "year", "years", "instalments", "installments", "payments":
	default:
		return false
	}
	for k := i - 2; k >= 0 && k >= i-6 && x.toks[k].Sent == x.toks[i].Sent; k-- {
		if spreadVerbs[x.low(k)] {
			return true
		}
	}
	return false
}

// overAfterFigure: "2.9 million km over 1.2 million trips", "4.8 stars
// over 900 reviews": "over" right after a figure and its noun shares that
// figure out over another; it is a preposition, not a lower bound.
func (x *extractor) overAfterFigure(i int) bool {
	if i < 3 || x.kind(i-2) != TWord || x.toks[i-2].lex&lxStop != 0 || x.toks[i-2].Sent != x.toks[i].Sent {
		return false
	}
	// (a length of time after "over" is the period either way: a fact's
	// "18,500 visitors over two days" keeps reading as the post's)
	for k := i + 1; k <= i+2 && k < len(x.toks); k++ {
		switch x.low(k) {
		case "day", "days", "week", "weeks", "weekend", "weekends", "month", "months", "year", "years", "night", "nights", "hour", "hours", "season", "seasons":
			return false
		}
	}
	switch k := i - 3; {
	case x.kind(k) == TNum:
		return true
	case k > 0 && x.kind(k-1) == TNum && scaleWords[x.low(k)] >= 1000:
		return true
	}
	return false
}

func (x *extractor) boundBefore(i int) Bound {
	p1, p2, p3 := x.low(i-1), x.low(i-2), x.low(i-3)
	// "never more than 8 guests", "pas plus de 8": a most; "no fewer than
	// 20", "pas moins de 20": a least
	denied := false
	switch p3 {
	case "never", "no", "not", "jamais", "pas":
		denied = true
	}
	switch p1 {
	case "de", "d'":
		switch {
		case p2 == "plus" && denied:
			return UpTo
		case p2 == "moins" && denied:
			return AtLeast
		}
		switch p2 {
		case "plus":
			return Greater
		case "moins":
			return Less
		case "pres":
			return Approx
		case "au-dela", "au-dessus":
			// "annulées au-delà de 30 °C": past the figure, as "plus de"
			return Greater
		case "au-dessous", "dessous":
			// "au-dessous de 5 °C", "en dessous de 40 $": short of it
			return Less
		case "partir":
			// "noté 4,7 étoiles à partir de 860 avis", "sur Google, à
			// partir de 1 340 avis": the reviews a rating is drawn from
			if p3 == "a" || p3 == "à" {
				if x.ratingEnds(i-4) || reviewNouns[x.low(i+1)] {
					return Exact
				}
			}
			return From
		}
	case "than":
		switch {
		case (p2 == "more" || p2 == "over") && denied:
			return UpTo
		case (p2 == "less" || p2 == "fewer") && denied:
			return AtLeast
		}
		switch p2 {
		case "more", "over":
			return Greater
		case "less", "fewer":
			return Less
		}
	case "over", "above", "exceeding", "beyond":
		if p1 == "over" && (x.spreadOver(i) || x.overAfterFigure(i)) {
			return Exact
		}
		return Greater
	case "under", "below":
		return Less
	case "environ", "around", "about", "approximately", "approx", "nearly", "almost", "roughly", "some", "~", "quelque", "presque", "env":
		return Approx
	case "a", "à":
		if p2 == "jusqu'" {
			return UpTo
		}
	case "to":
		if p2 == "up" {
			return UpTo
		}
	case "least":
		if p2 == "at" {
			return AtLeast
		}
	case "moins":
		if p2 == "au" {
			return AtLeast
		}
	case "des", "from":
		if p1 == "des" && markNouns[p2] {
			return x.markBound(i - 3)
		}
		// "rated 4.8 out of 5 from 1,240 reviews", "4.9 stars from 320
		// reviews", "on Trustpilot, from 21,340 reviews": the reviews a
		// rating comes from, not a lowest value
		if p1 == "from" && (x.ratingEnds(i-2) || reviewNouns[x.low(i+1)]) {
			return Exact
		}
		return From
	case "les", "the":
		// "sous les 27 €", "under the £27 mark"
		switch p2 {
		case "sous", "under", "below":
			return Less
		}
	case "minimum":
		return AtLeast
	case "maximum", "max":
		return UpTo
	}
	return Exact
}

// ratingEnds: token k ends a rating ("out of 5", "4.8/5", "4,7 sur 5",
// "4.9 stars").
func (x *extractor) ratingEnds(k int) bool {
	if k < 1 {
		return false
	}
	if ratingNouns[x.low(k)] {
		return true
	}
	switch x.low(k - 1) {
	case "of", "/", "sur":
		return x.kind(k) == TNum
	}
	return false
}

// reviewNouns count what a rating is drawn from.
var reviewNouns = map[string]bool{"reviews": true, "review": true, "ratings": true, "votes": true, "avis": true, "notes": true, "evaluations": true}

// ratingNouns: the words of a rating a count of reviews comes after.
var ratingNouns = map[string]bool{"stars": true, "star": true, "etoiles": true, "rating": true, "rated": true, "score": true}

// markNouns: "la barre des 27 €", "le seuil des 1 000": a figure as a mark
// to pass, whose "des" is an article, not "dès".
var markNouns = map[string]bool{"barre": true, "seuil": true, "cap": true}

// markBound: the side of a mark ending before token k ("sous la barre",
// "passe la barre", "au-dessus du seuil") a figure is on.
func (x *extractor) markBound(k int) Bound {
	switch x.low(k) {
	case "la", "le", "l'":
		k--
	}
	switch x.low(k) {
	case "sous", "dessous":
		return Less
	case "dessus", "franchit", "franchi", "franchir", "depasse", "depasser", "passe", "passer":
		// "passe la barre des 1 000 abonnés": past it
		return Greater
	case "atteint", "atteindre":
		return AtLeast
	}
	return Exact
}

func (x *extractor) boundAfter(i int, b Bound) Bound {
	switch x.low(i) {
	case "+":
		if x.glued(i) {
			return AtLeast
		}
	case "minimum", "min", "mini":
		if b == Exact {
			return AtLeast
		}
	case "maximum", "max":
		if b == Exact {
			return UpTo
		}
	case "or", "ou", "and", "et":
		// "$150 or more", "18 ans et plus": a threshold; not "20 € et plus
		// de 30 ateliers", where a new figure starts
		switch x.low(i + 1) {
		case "more", "plus", "over", "above", "up":
			if b == Exact && !(x.low(i+2) == "de" || x.low(i+2) == "d'" || x.low(i+2) == "than") {
				return AtLeast
			}
		}
	}
	return b
}

func (x *extractor) money(start, numTok int, cur string) int {
	t := &x.toks[numTok]
	sc, e := x.scaleAfter(numTok, true)
	c := Claim{Type: Money, Tok0: start, Tok1: e, Value: t.Num * sc, Unit: cur, Bound: x.boundBefore(start)}
	if x.low(e) == "+" && x.glued(e) {
		c.Bound = AtLeast
		c.Tok1 = e + 1
		e++
	}
	// "CHF 18.–", "Rs 129/-": the Swiss and Indian marks for no cents
	// belong to the price
	if (x.low(e) == "." || x.low(e) == "/") && x.glued(e) && e+1 < len(x.toks) && isDashText(x.toks[e+1].Text) && x.glued(e+1) {
		e += 2
		c.Tok1 = e
	}
	c.Bound = x.boundAfter(e, c.Bound)
	c.Noun = x.priceNoun(e)
	x.add(c, true)
	return e
}

// inclusionWords say what a price includes.
var inclusionWords = map[string]bool{"inclus": true, "incluse": true, "incluses": true, "compris": true, "comprise": true, "comprises": true, "included": true, "incl": true}

// priceNoun returns the noun a price at i is said of ("5 € la place" is
// not a noun, "£8 tickets" is), none when the words after the price say
// what it includes ("45 $ équipement inclus", "40 $ tout compris", "$129,
// brooms included" is apart already): the price is of the thing the
// sentence is about, not of the equipment.
func (x *extractor) priceNoun(i int) string {
	for k := i; k < i+3 && k < len(x.toks) && x.toks[k].Kind == TWord; k++ {
		if inclusionWords[x.toks[k].Low] {
			return ""
		}
	}
	return x.nounAfter(i)
}

func (x *extractor) currencyAt(i int) (string, int) {
	if i >= len(x.toks) {
		return "", i
	}
	t := &x.toks[i]
	if c, ok := symbolCurrency(t.Text); ok {
		// "under-16s £4": a symbol glued to the next number is its prefix
		if x.isNum(i+1) && x.glued(i+1) && (i == 0 || !x.glued(i)) {
			return "", i
		}
		return c, i + 1
	}
	if t.Kind == TWord {
		if t.lex&lxCurrency != 0 && (t.Upper || !dollarCodes[t.Low]) && !x.booksNotPounds(i) {
			return currencyWords[t.Low], i + 1
		}
		if (t.Low == "d'" || t.Low == "de" || t.Low == "of") && i+1 < len(x.toks) && x.toks[i+1].lex&lxCurrency != 0 {
			if c := currencyWords[x.toks[i+1].Low]; x.toks[i+1].Low != "eur" {
				return c, i + 2
			}
		}
	}
	return "", i
}

// booksNotPounds: the French "livres" at i counts books ("14 000 livres,
// BD et revues", "18 400 livres d'occasion", "10 livres en rayon") or
// pounds of weight ("5 livres de pommes"), not pounds sterling, unless it
// says so ("20 livres sterling") or a word of price stands just before its
// figure ("le billet coûte 20 livres"): French posts price in pounds with
// "£" or "sterling" far more often than they count books without a noun.
func (x *extractor) booksNotPounds(i int) bool {
	if x.low(i) != "livres" || x.low(i+1) == "sterling" {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		switch x.low(k) {
		case "coute", "coutent", "prix", "tarif", "payer", "payez", "paye", "payes", "vaut", "valent":
			return false
		}
	}
	return true
}

var nounSkip = map[string]bool{
	"more": true, "plus": true, "new": true, "nouveaux": true, "nouvelles": true, "nouveau": true, "nouvelle": true,
	"premiers": true, "premieres": true, "premier": true, "premiere": true, "first": true, "last": true, "derniers": true, "dernieres": true,
	"other": true, "autres": true, "extra": true, "additional": true, "supplementaires": true, "grands": true, "petits": true,
	"de": true, "d'": true, "of": true, "les": true, "des": true, "nos": true, "our": true, "the": true, "million": true,
	"millions": true, "milliards": true, "mille": true, "thousand": true, "k": true, "m": true, "whole": true, "full": true,
	"lakh": true, "lakhs": true, "crore": true, "crores": true,
	"tout": true, "fois": false, "different": true, "differents": true, "differentes": true, "beaux": true, "belles": true,
	"jolies": true, "bons": true, "bonnes": true, "great": true, "amazing": true, "incroyables": true,
	// "four consecutive semesters", "5 successive weeks", "3 straight years": the run is of the noun
	"consecutive": true, "successive": true, "straight": true,
}

// nounAfter returns the stem of the noun a number counts, if one follows.
func (x *extractor) nounAfter(i int) string {
	// "5-star", "14-day": the noun is glued with a hyphen
	if i+1 < len(x.toks) && isDashText(x.toks[i].Text) && x.glued(i) && x.glued(i+1) && x.toks[i+1].Kind == TWord {
		return nounNorm(x.toks[i+1].Low)
	}
	for k := i; k < i+3 && k < len(x.toks); k++ {
		t := &x.toks[k]
		if t.Kind != TWord {
			return ""
		}
		if t.lex&lxNounSkip != 0 {
			continue
		}
		if t.lex&lxStop != 0 && t.Low != "ans" {
			return ""
		}
		// "3 250 m D+" counts the climb, as "3 250 m de dénivelé positif"
		if t.Low == "d" && k+1 < len(x.toks) && x.toks[k+1].Text == "+" && x.glued(k+1) {
			if x.lang == "en" {
				return nounNorm("elevation")
			}
			return nounNorm("denivele")
		}
		return nounNorm(t.Low)
	}
	return ""
}

// noun2After returns the stem of the content word right after the noun.
func (x *extractor) noun2After(i int) string {
	for k := i; k < i+3 && k < len(x.toks); k++ {
		t := &x.toks[k]
		if t.Kind != TWord {
			return ""
		}
		if t.lex&lxNounSkip != 0 {
			continue
		}
		if k+1 < len(x.toks) && x.toks[k+1].Kind == TWord && x.toks[k+1].lex&lxStop == 0 {
			return nounNorm(x.toks[k+1].Low)
		}
		return ""
	}
	return ""
}

// nounNorm maps a counted noun to a shared stem across the two languages'
// most common units of time, so "3 jours" and "three days" compare.
func nounNorm(l string) string {
	switch l {
	case "an", "ans", "annee", "annees", "year", "years", "yr", "yrs",
		// "a 117-year-old theatre" is 117 years
		"year-old", "years-old":
		return "year"
	case "jour", "jours", "j", "day", "days", "journee", "journees",
		// a part of each day counts the days: "3 matinées" of a 3-day course
		"matinee", "matinees", "soiree", "soirees", "apres-midi", "morning", "mornings", "afternoon", "afternoons", "evening", "evenings":
		return "day"
	case "semaine", "semaines", "week", "weeks":
		return "week"
	case "mois", "month", "months":
		return "month"
	case "personne", "personnes", "people", "persons", "person", "gens":
		return "people"
	}
	if w, ok := weekdayWords[l]; ok {
		return WeekdayNames["en"][w]
	}
	return Stem(l)
}

func (x *extractor) number(i int) int {
	t := &x.toks[i]
	n := len(x.toks)
	if cur := x.replacedPrice(i); cur != "" {
		return x.money(i, i, cur)
	}
	if cur := x.rangeStartPrice(i); cur != "" {
		return x.money(i, i, cur)
	}
	// times: 18h, 18h30, 18:00, 6pm, 6 pm
	if t.Suf == "h" && t.Num <= 24 && t.Frac == 0 {
		minutes := t.Num * 60
		if t.Min >= 0 {
			minutes += float64(t.Min)
		}
		// 11:40pm, 7:30 am: the half of the day decides the clock time, and
		// it is never a length of time
		if ap := x.low(i + 1); t.Min >= 0 && t.Num >= 1 && t.Num <= 12 && (ap == "pm" || ap == "am") {
			x.add(Claim{Type: Time, Tok0: i, Tok1: i + 2, Value: clock12(t.Num, ap == "pm") + float64(t.Min), Bound: x.boundBefore(i)}, true)
			return i + 2
		}
		typ := x.timeOrDuration(i, t.Min >= 0 && t.Num <= 4)
		x.add(Claim{Type: typ, Tok0: i, Tok1: i + 1, Value: minutes, Bound: x.boundBefore(i)}, true)
		return i + 1
	}
	if (t.Suf == "pm" || t.Suf == "am") && hour12(t) {
		x.add(Claim{Type: Time, Tok0: i, Tok1: i + 1, Value: dotClock(t, t.Suf == "pm"), Bound: x.boundBefore(i)}, true)
		return i + 1
	}
	// "7a–7p", "8a-4p": a range of hours with am and pm cut to a letter
	if (t.Suf == "a" || t.Suf == "p") && hour12(t) && (x.shortClock(i+2) && isDashText(x.toks[i+1].Text) && x.glued(i+1) && x.glued(i+2) ||
		x.shortClock(i-2) && isDashText(x.toks[i-1].Text) && x.glued(i) && x.glued(i-1)) {
		x.add(Claim{Type: Time, Tok0: i, Tok1: i + 1, Value: dotClock(t, t.Suf == "p"), Bound: x.boundBefore(i)}, true)
		return i + 1
	}
	// "9-10am", "6–8pm", "4.30–8.30pm": the first end of a range takes the
	// half of the day of the second (11-1pm starts in the morning)
	if t.Suf == "" && (t.Frac == 0 || dotMinutes(t)) && t.Num >= 1 && t.Num < 13 && i+2 < n && isDashText(x.toks[i+1].Text) && x.glued(i+1) && x.glued(i+2) && x.isNum(i+2) {
		e := &x.toks[i+2]
		ap := e.Suf
		if ap == "" {
			ap = x.low(i + 3)
		}
		if (ap == "am" || ap == "pm") && e.Num < 13 && e.Min < 0 && (t.Frac == 0 || e.Frac == 0 || dotMinutes(e)) {
			// (12.15–1.45pm starts after noon: 12 counts as 0)
			pm := ap == "pm" && math.Mod(math.Floor(t.Num), 12) < math.Mod(math.Floor(e.Num), 12)
			x.add(Claim{Type: Time, Tok0: i, Tok1: i + 1, Value: dotClock(t, pm), Bound: x.boundBefore(i)}, true)
			return i + 1
		}
	}
	// "between 6 and 10 a.m.", "from 9 to 11am": the same for spelled connectors
	if t.Suf == "" && t.Frac == 0 && t.Num >= 1 && t.Num <= 12 && x.spelledClockRange(i) && x.isNum(i+2) {
		e := &x.toks[i+2]
		ap := e.Suf
		if ap == "" {
			ap = x.low(i + 3)
		}
		if (ap == "am" || ap == "pm") && e.Num <= 12 {
			pm := ap == "pm" && t.Num < e.Num
			x.add(Claim{Type: Time, Tok0: i, Tok1: i + 1, Value: clock12(t.Num, pm), Bound: x.boundBefore(i)}, true)
			return i + 1
		}
	}
	if t.Suf == "" && i+1 < n && (x.low(i+1) == "pm" || x.low(i+1) == "am") && hour12(t) {
		x.add(Claim{Type: Time, Tok0: i, Tok1: i + 2, Value: dotClock(t, x.low(i+1) == "pm"), Bound: x.boundBefore(i)}, true)
		return i + 2
	}
	if t.Suf == "" && x.low(i+1) == "h" && t.Num <= 24 && t.Frac == 0 {
		minutes := t.Num * 60
		e := i + 2
		hasMin := false
		if x.isNum(i+2) && x.toks[i+2].Num < 60 && x.toks[i+2].Suf == "" {
			minutes += x.toks[i+2].Num
			e = i + 3
			hasMin = true
		}
		typ := x.timeOrDuration(i, hasMin && t.Num <= 4)
		x.add(Claim{Type: typ, Tok0: i, Tok1: e, Value: minutes, Bound: x.boundBefore(i)}, true)
		return e
	}
	// "48h", "72 h": past a day's 24 hours an hour figure is a length of time
	if f, ok := durationUnits[t.Suf]; ok && (t.Suf != "h" || t.Min < 0 && t.Frac == 0) {
		x.add(Claim{Type: Duration, Tok0: i, Tok1: i + 1, Value: t.Num * f, Bound: x.boundBefore(i)}, true)
		return i + 1
	}
	// "41:12", a record or a running time past 24: minutes and seconds
	if t.Suf == "h" && t.Min >= 0 && t.Num > 24 && strings.IndexByte(t.Text, ':') > 0 {
		x.add(Claim{Type: Duration, Tok0: i, Tok1: i + 1, Value: t.Num + float64(t.Min)/60, Bound: x.boundBefore(i)}, true)
		return i + 1
	}
	if t.Suf == "" {
		u := i + 1
		// "2.5 guided hours", "deux bonnes heures": a word that qualifies
		// the unit may sit between it and its figure
		if x.kind(u) == TWord && x.lexAt(u)&lxStop == 0 && x.low(u+1) != "h" && x.kind(u+1) == TWord && !hourUnitNouns[x.low(u)] {
			if _, ok := durationUnits[x.low(u)]; !ok {
				if _, ok := durationUnits[x.low(u+1)]; ok {
					u++
				}
			}
		}
		if f, ok := durationUnits[x.low(u)]; ok && (x.low(u) != "h" || t.Frac == 0) {
			c := Claim{Type: Duration, Tok0: i, Tok1: u + 1, Value: t.Num * f, Bound: x.boundBefore(i)}
			// "1 hour 30 minutes", "41 minutes 12 seconds": one length
			k := u + 1
			if x.low(k) == "and" || x.low(k) == "et" {
				k++
			}
			if x.isNum(k) && x.toks[k].Suf == "" {
				if f2, ok := durationUnits[x.low(k+1)]; ok && f2 < f {
					c.Tok1, c.Value = k+2, c.Value+x.toks[k].Num*f2
				}
			}
			x.add(c, true)
			return c.Tok1
		}
	}
	// money: 1,30 €, 20k€, 3,4 M€, 2 millions d'euros, 30 euros
	sc, e := x.scaleAfter(i, false)
	if cur, ce := x.currencyAt(e); cur != "" {
		scm, em := x.scaleAfter(i, true)
		if em == e {
			sc = scm
		}
		c := Claim{Type: Money, Tok0: i, Tok1: ce, Value: t.Num * sc, Unit: cur, Bound: x.boundBefore(i)}
		if x.low(ce) == "ht" || x.low(ce) == "ttc" {
			c.Tok1 = ce + 1
		}
		c.Bound = x.boundAfter(c.Tok1, c.Bound)
		c.Noun = x.priceNoun(c.Tok1)
		x.add(c, true)
		return c.Tok1
	}
	// "€1 to unlock, then 25c a minute": a figure with a glued "c" after a
	// price of its sentence is cents of that price's currency (alone, "25C"
	// is more often a temperature)
	if t.Suf == "c" && e == i+1 && sc == 1 && t.Num < 100 && t.Frac == 0 {
		for k := len(x.d.Claims) - 1; k >= 0; k-- {
			o := &x.d.Claims[k]
			if o.Tok0 >= i || x.toks[o.Tok0].Sent != t.Sent {
				break
			}
			if o.Type == Money && o.Unit != "" {
				c := Claim{Type: Money, Tok0: i, Tok1: i + 1, Value: t.Num / 100, Unit: o.Unit, Bound: x.boundBefore(i)}
				c.Bound = x.boundAfter(c.Tok1, c.Bound)
				c.Noun = x.nounAfter(c.Tok1)
				x.add(c, true)
				return c.Tok1
			}
		}
	}
	// "5 centimes de moins", "15 cents off": a price in hundredths of the
	// currency, compared with prices in whole units
	if cur, ok := centWords[x.low(e)]; ok && sc == 1 && t.Num < 100 {
		c := Claim{Type: Money, Tok0: i, Tok1: e + 1, Value: t.Num / 100, Unit: cur, Bound: x.boundBefore(i)}
		c.Bound = x.boundAfter(c.Tok1, c.Bound)
		c.Noun = x.nounAfter(c.Tok1)
		x.add(c, true)
		return c.Tok1
	}
	if e == i+1 && sc == 1 && x.gluedCents(i) {
		c := Claim{Type: Money, Tok0: i, Tok1: i + 1, Value: t.Num / 100, Unit: centWords["cents"], Bound: x.boundBefore(i)}
		c.Bound = x.boundAfter(c.Tok1, c.Bound)
		c.Noun = x.nounAfter(c.Tok1)
		x.add(c, true)
		return c.Tok1
	}
	// "between 90 and 94.9%", "90–94.9 %", "de 90 à 94,9 %": the first end
	// of a range takes the percent sign of the second
	if t.Suf == "" && e == i+1 {
		if j := x.rangeEnd(i); j > 0 && x.toks[j].Suf == "" && x.percentEnd(j+1) > j+1 {
			x.add(Claim{Type: Percent, Tok0: i, Tok1: i + 1, Value: t.Num, Bound: x.boundBefore(i)}, true)
			return i + 1
		}
	}
	// percentages: 20 %, -20 %, 20% off, 20 pour cent
	if pe := x.percentEnd(e); pe > e || t.Suf == "pc" {
		if t.Suf == "pc" {
			pe = i + 1
		}
		c := Claim{Type: Percent, Tok0: i, Tok1: pe, Value: t.Num * sc, Bound: x.boundBefore(i)}
		if i > 0 && isDashText(x.toks[i-1].Text) && x.glued(i) && (i == 1 || x.toks[i-1].Space || x.kind(i-2) == TPunct) {
			c.Tok0 = i - 1
			c.Discount = true
			c.Bound = x.boundBefore(i - 1)
		}
		switch x.low(pe) {
		case "off", "discount", "reduction", "remise", "rabais":
			c.Discount = true
		case "de":
			switch x.low(pe + 1) {
			case "reduction", "remise", "rabais":
				c.Discount = true
			}
		}
		// "100% cashless", "100 % bio": an intensifier, not a figure
		if t.Num == 100 && x.kind(pe) == TWord {
			switch x.low(pe) {
			case "of", "de", "des", "du", "d'", "off", "sur", "on", "back", "rembourse", "remboursee", "refund", "refunded":
			default:
				return pe
			}
		}
		x.add(c, true)
		return pe
	}
	// ordinals: 43e, 2nd, 1re
	if ordinalSuffix[t.Suf] && t.Frac == 0 {
		x.add(Claim{Type: Ordinal, Tok0: i, Tok1: i + 1, Value: t.Num, Noun: x.nounAfter(i + 1)}, true)
		return i + 1
	}
	if y, ok := x.yearAt(i); ok {
		x.add(Claim{Type: Year, Tok0: i, Tok1: i + 1, Value: float64(y)}, true)
		return i + 1
	}
	// partial: 19 des 27 restaurants, 3 of the 5 stores, 4 sur 5
	if p := x.low(e); p == "des" || p == "sur" || p == "of" || (p == "out" && x.low(e+1) == "of") {
		k := e + 1
		if p == "out" {
			k++
		}
		if x.low(k) == "the" || x.low(k) == "our" || x.low(k) == "nos" {
			k++
		}
		if x.isNum(k) && x.toks[k].Suf == "" && x.toks[k].Num > t.Num*sc {
			x.add(Claim{Type: Partial, Tok0: i, Tok1: k + 1, Value: t.Num * sc, Value2: x.toks[k].Num, Noun: x.nounAfter(k + 1)}, false)
		}
	}
	// "42 rooms, 18 of them with a sea view": a part of the count before it
	if x.low(e) == "of" && (x.low(e+1) == "them" || x.low(e+1) == "which") {
		if prev := x.prevCount(i); prev != nil && prev.Value > t.Num*sc {
			x.add(Claim{Type: Partial, Tok0: i, Tok1: e + 2, Value: t.Num * sc, Value2: prev.Value, Noun: prev.Noun}, false)
		}
	}
	// "under-26s", "the over-60s": an age group, a bound on an age; so is
	// "under-16" before a noun ("2 under-16 tickets"), which it qualifies
	// rather than counts
	if (t.Suf == "s" || t.Suf == "") && i >= 2 && isDashText(x.toks[i-1].Text) && x.glued(i) && x.glued(i-1) {
		if b := x.low(i - 2); b == "under" || b == "over" {
			c := Claim{Type: Number, Tok0: i - 2, Tok1: i + 1, Value: t.Num, Bound: Less}
			if b == "over" {
				c.Bound = Greater
			}
			x.add(c, true)
			return i + 1
		}
	}
	if j := x.rangeEndHour(i); j > i {
		return j
	}
	c := Claim{Type: Number, Tok0: i, Tok1: e, Value: t.Num * sc, Bound: x.boundBefore(i)}
	var ellipsis *Claim // the count whose noun a bare figure takes
	if t.Suf == "s" || t.Suf == "" || t.Suf == "k" || t.Suf == "m" {
		ne := e
		// "25+ years": the noun comes after the plus
		if x.low(e) == "+" && x.glued(e) {
			ne = e + 1
		}
		if noun := x.nounAfter(ne); noun != "" {
			c.Type = Count
			c.Noun = noun
		} else if i >= 2 && x.low(i-1) == ":" && x.kind(i-2) == TWord && (x.toks[i-2].SentStart || i >= 3 && x.toks[i-3].SentStart && x.kind(i-3) == TWord) && !x.toks[i-2].Upper && strings.HasSuffix(x.low(i-2), "s") && x.toks[i-2].lex&lxStop == 0 {
			// "Ravitaillements : 4 sur la Grande Boucle", "Feed stations: 4
			// on the long route": the plural noun that heads the sentence
			// before a colon is what the figure counts
			c.Type = Count
			c.Noun = nounNorm(x.low(i - 2))
		} else if l := x.low(ne); (l == "or" || l == "ou") && ne+1 < len(x.toks) && x.isNum(ne+1) && x.toks[ne+1].Suf == "" {
			// "every 2 or 4 weeks", "2 ou 3 jours": the first figure
			// counts the noun of the second
			if noun := x.nounAfter(ne + 2); noun != "" {
				c.Type = Count
				c.Noun = noun
			}
		} else if _, isM := x.monthAt(ne + 1); isM && (l == "in" || l == "en") {
			// "4 Saturday mornings in April, and 5 in May": a bare figure
			// before another month counts what the count before it does
			if p := x.prevCount(i); p != nil {
				c.Type, c.Noun = Count, p.Noun
				ellipsis = p
			}
		}
	} else if t.Suf != "" && t.Suf != "k" && t.Suf != "m" {
		// glued unit: 150km, 5kg
		c.Type = Count
		c.Unit = t.Suf
		c.Noun = t.Suf
	}
	if c.Type == Count {
		c.Noun2 = x.noun2After(e)
		if ellipsis != nil {
			c.Noun2 = ellipsis.Noun2
		}
	}
	c.Bound = x.boundAfter(e, c.Bound)
	if c.Bound == AtLeast && x.low(e) == "+" {
		c.Tok1 = e + 1
	}
	x.add(c, true)
	return c.Tok1
}

// rangeEndHour: "open 9:30 to 5", "de 9h30 à 6": a bare hour up to 12 that
// ends a range opened by a clock time is a clock time too, the first one
// after the start (5 after 9:30 is 17:00).
func (x *extractor) rangeEndHour(i int) int {
	t := &x.toks[i]
	if t.Suf != "" || t.Frac != 0 || t.Num < 1 || t.Num > 12 || i < 2 || len(x.d.Claims) == 0 {
		return i
	}
	switch x.low(i - 1) {
	case "to", "till", "until", "-", "a", "à":
	default:
		return i
	}
	prev := &x.d.Claims[len(x.d.Claims)-1]
	if prev.Type != Time || prev.Tok1 != i-1 || x.nounAfter(i+1) != "" {
		return i
	}
	v := t.Num * 60
	if v <= prev.Value {
		v += 12 * 60
	}
	x.add(Claim{Type: Time, Tok0: i, Tok1: i + 1, Value: v}, true)
	return i + 1
}

// prevCount returns the last count with a noun before token i in its
// sentence.
// replacedPrice: "39 € au lieu de 59", "$95 instead of 120": the price a
// bare figure replaces is in the currency of the price just before; it
// returns that currency, or "" when i is not such a figure.
func (x *extractor) replacedPrice(i int) string {
	t := &x.toks[i]
	if t.Suf != "" || i < 3 || len(x.d.Claims) == 0 {
		return ""
	}
	if c, _ := x.currencyAt(i + 1); c != "" {
		return ""
	}
	k := i - 1
	switch {
	case x.low(k) == "of" && x.low(k-1) == "instead":
		k -= 2
	case (x.low(k) == "de" || x.low(k) == "d'") && x.low(k-1) == "lieu" && x.low(k-2) == "au":
		k -= 3
	default:
		return ""
	}
	p := &x.d.Claims[len(x.d.Claims)-1]
	if p.Type != Money || p.Tok1 != k+1 || p.Sent != t.Sent || p.Unit == "" {
		return ""
	}
	return p.Unit
}

// rangeStartPrice: the currency of a price range's end when the figure at
// i opens that range without its own ("entre 1 900 et 5 400 €", "de 10 à
// 15 €", "between 1,900 and 5,400 dollars"), or "".
func (x *extractor) rangeStartPrice(i int) string {
	t := &x.toks[i]
	if t.Suf != "" || i+3 > len(x.toks) || !x.isNum(i+2) || x.toks[i+2].Suf != "" {
		return ""
	}
	switch x.low(i - 1) {
	case "entre", "de", "between", "from":
	default:
		return ""
	}
	switch x.low(i + 1) {
	case "et", "a", "and", "to":
	default:
		return ""
	}
	if c, _ := x.currencyAt(i + 1); c != "" {
		return ""
	}
	c, _ := x.currencyAt(i + 3)
	return c
}

func (x *extractor) prevCount(i int) *Claim {
	for k := len(x.d.Claims) - 1; k >= 0; k-- {
		c := &x.d.Claims[k]
		if c.Tok1 > i {
			continue
		}
		if c.Sent != x.toks[i].Sent {
			return nil
		}
		if c.Type == Count && c.Noun != "" {
			return c
		}
	}
	return nil
}

func isDashText(s string) bool { return s == "-" || s == "–" || s == "−" || s == "—" }

// dotClock: "10.30am", the British dot between hours and minutes, is
// 10:30, not ten and three tenths of an hour.
// dotMinutes: "4.30", "8.45": an hour and its minutes after a dot.
func dotMinutes(t *Token) bool {
	return t.Frac == 2 && math.Round((t.Num-math.Floor(t.Num))*100) < 60
}

// hour12: t is an hour of a 12-hour clock, with its dot minutes if any
// ("12.55pm" is five to one, though 12.55 is more than 12).
// shortClock: token i is an hour with am or pm cut to a letter (7a, 4p).
func (x *extractor) shortClock(i int) bool {
	if i < 0 || i >= len(x.toks) || !x.isNum(i) {
		return false
	}
	t := &x.toks[i]
	return (t.Suf == "a" || t.Suf == "p") && hour12(t)
}

func hour12(t *Token) bool {
	return t.Num <= 12 || dotMinutes(t) && t.Num < 13
}

func dotClock(t *Token, pm bool) float64 {
	if t.Frac != 2 {
		return clock12(t.Num, pm)
	}
	h := math.Floor(t.Num)
	m := math.Round((t.Num - h) * 100)
	if m >= 60 {
		return clock12(t.Num, pm)
	}
	return clock12(h, pm) + m
}

func clock12(h float64, pm bool) float64 {
	if h == 12 {
		h = 0
	}
	if pm {
		h += 12
	}
	return h * 60
}

// rangeEnd: the number ending the range that the number at i starts
// ("90–94.9", "90 to 94.9", "between 90 and 94.9", "de 90 à 94,9", "entre
// 90 et 94,9"), or 0.
func (x *extractor) rangeEnd(i int) int {
	j := i + 2
	switch x.low(i + 1) {
	case "-", "–", "—", "to", "a", "à":
	case "and", "et":
		switch x.low(i - 1) {
		case "between", "entre":
		default:
			return 0
		}
	default:
		return 0
	}
	if !x.isNum(j) {
		return 0
	}
	return j
}

func (x *extractor) percentEnd(e int) int {
	switch x.low(e) {
	case "%", "٪":
		return e + 1
	case "percent", "pct":
		return e + 1
	case "pour":
		if x.low(e+1) == "cent" {
			return e + 2
		}
	case "per":
		if x.low(e+1) == "cent" {
			return e + 2
		}
	}
	return e
}

// hourUnitNouns make "hours" after them a unit of something else: "12
// credit hours" (academic credit), "40 contact hours" count credits and
// teaching, not a length of time.
var hourUnitNouns = map[string]bool{"credit": true, "contact": true, "semester": true, "quarter": true}

// timeOrDuration decides whether an hour figure is a clock time or a length
// of time, from the words around it.
func (x *extractor) timeOrDuration(i int, shortWithMinutes bool) Type {
	prev := x.low(i - 1)
	switch prev {
	case "d'", "pendant", "durant", "en", "for", "lasting", "of", "sous", "within":
		// "remboursé sous 24h", "within 24h": a delay
		return Duration
	case "minimum", "maximum", "min", "max":
		// "129 $/h (minimum 3 h)": a least or most length, no hour of the day
		return Duration
	}
	// "2h de route", "20 h de conduite": hours of something
	k := i + 1
	if x.low(k) == "h" && x.toks[i].Suf == "" {
		k++
	}
	if x.low(k) == "de" && x.kind(k+1) == TWord {
		return Duration
	}
	// "1 h avant chaque concert", "2h after", "book 24h ahead", "48h à
	// l'avance": an offset, a length of time
	switch x.low(k) {
	case "avant", "apres", "before", "after", "earlier", "later", "plus", "ahead", "beforehand":
		if x.low(k) != "plus" || x.low(k+1) == "tot" || x.low(k+1) == "tard" {
			return Duration
		}
	case "in", "a", "à":
		if x.low(k+1) == "advance" || x.low(k+1) == "l'" && x.low(k+2) == "avance" {
			return Duration
		}
	}
	if shortWithMinutes {
		// English writes its clock times "2:15", "2.15pm": "after 3 h 40
		// at sea", "a crossing cut to 2 h 15" are lengths of time, unless
		// "at" makes one an hour
		if x.lang == "en" && prev != "at" {
			return Duration
		}
		switch prev {
		case "a", "à", "at", "des", "vers", "until", "from", "by", "avant", "before", "apres", "after", "jusqu'", "to", "et", "and", "-", "–":
			return Time
		}
		return Duration
	}
	return Time
}

// wordNumber reads numbers written in words: trente, vingt-deux, three,
// une dizaine de, a dozen, twice, moitié prix.
// fareWords name what is paid, so that "half the adult fare" is a share of it.
var fareWords = map[string]bool{"fare": true, "fares": true, "price": true, "prices": true, "cost": true, "rate": true, "ticket": true, "fee": true}

// halfUnits: the units of time "and a half" may follow, in minutes.
var halfUnits = map[string]float64{"hour": 60, "heure": 60, "day": 1440, "jour": 1440, "journee": 1440, "week": 10080, "semaine": 10080}

func (x *extractor) wordNumber(i int) int {
	t := &x.toks[i]
	l := t.Low
	if t.lex&lxNumber == 0 && strings.IndexByte(l, '-') < 0 { // IndexByte inlines, ContainsRune is a call
		return i
	}
	// "a day and a half of slow fermentation", "une heure et demie": one
	// unit of time and a half, a length of time (36 hours), not a share
	if m, ok := halfUnits[x.low(i+1)]; ok && (l == "a" || l == "an" || l == "one" || l == "un" || l == "une") {
		if x.low(i+2) == "and" && x.low(i+3) == "a" && x.low(i+4) == "half" || x.low(i+2) == "et" && (x.low(i+3) == "demi" || x.low(i+3) == "demie") {
			e := i + 4
			if x.low(i+2) == "and" {
				e = i + 5
			}
			x.add(Claim{Type: Duration, Tok0: i, Tok1: e, Value: 1.5 * m, Bound: x.boundBefore(i)}, true)
			return e
		}
	}
	// "une heure avant", "one hour before", "une demi-heure", "half an hour"
	if (l == "une" || l == "one") && (x.low(i+1) == "heure" || x.low(i+1) == "hour") {
		x.add(Claim{Type: Duration, Tok0: i, Tok1: i + 2, Value: 60, Bound: x.boundBefore(i)}, true)
		return i + 2
	}
	if l == "une" && x.low(i+1) == "demi-heure" || l == "half" && x.low(i+1) == "an" && x.low(i+2) == "hour" {
		e := i + 2
		if l == "half" {
			e = i + 3
		}
		x.add(Claim{Type: Duration, Tok0: i, Tok1: e, Value: 30, Bound: x.boundBefore(i)}, true)
		return e
	}
	if (l == "une" || l == "un" || l == "a") && i+1 < len(x.toks) && x.toks[i+1].lex&lxApprox != 0 {
		if v, ok := approxNouns[x.low(i+1)]; ok {
			b := Approx
			if x.low(i+1) == "dozen" || x.low(i+1) == "douzaine" {
				b = Exact
			}
			e := i + 2
			noun := x.nounAfter(e)
			x.add(Claim{Type: Count, Tok0: i, Tok1: e, Value: v, Bound: b, Noun: noun}, true)
			return e
		}
	}
	if e := x.halfScale(i); e > i {
		return e
	}
	// "half of every entry", "la moitié des dons": a share
	if (l == "half" && x.low(i+1) == "of") || (l == "moitie" && (x.low(i+1) == "de" || x.low(i+1) == "des" || x.low(i+1) == "du" || x.low(i+1) == "d'")) {
		x.add(Claim{Type: Percent, Tok0: i, Tok1: i + 1, Value: 50}, true)
		return i + 1
	}
	// "pay half the adult fare": a share of a price
	if l == "half" && x.low(i+1) == "the" && (fareWords[x.low(i+2)] || fareWords[x.low(i+3)] && x.kind(i+2) == TWord) {
		x.add(Claim{Type: Percent, Tok0: i, Tok1: i + 1, Value: 50}, true)
		return i + 1
	}
	if l == "moitie" && x.low(i+1) == "prix" || l == "half" && (x.low(i+1) == "price" || x.low(i+1) == "off" || x.low(i+1) == "fare") || l == "half-price" || l == "half-fare" || l == "demi-tarif" {
		e := i + 2
		if l == "half-price" || l == "half-fare" || l == "demi-tarif" {
			e = i + 1
		}
		x.add(Claim{Type: Percent, Tok0: i, Tok1: e, Value: 50, Discount: true}, true)
		return e
	}
	// "paiement en trois fois": a count of instalments, as "en 3 fois"
	if (l == "deux" || l == "trois") && x.low(i+1) == "fois" && x.low(i-1) == "en" {
		x.add(Claim{Type: Count, Tok0: i, Tok1: i + 1, Value: float64(unitWords[l]), Noun: nounNorm("fois")}, true)
		return i + 1
	}
	if l == "twice" || ((l == "deux" || l == "trois" || l == "two" || l == "three") && (x.low(i+1) == "fois" || x.low(i+1) == "times")) {
		v := 2.0
		e := i + 1
		if l != "twice" {
			v = float64(unitWords[l])
			e = i + 2
		}
		x.add(Claim{Type: Multiplier, Tok0: i, Tok1: e, Value: v}, true)
		return e
	}
	if v, ok := multiplierWords[l]; ok {
		// "doublé", "tripled" are claims; "un double expresso" is not
		verbal := l != "double" && l != "triple" && l != "quadruple"
		switch x.low(i - 1) {
		case "est", "is", "are", "sont", "be", "sera", "seront", "get", "gets",
			// "vos points comptent double", "points count double", "earn
			// double points": a rate doubled
			"compte", "comptent", "comptera", "compteront", "vaut", "valent", "rapporte", "rapportent",
			"count", "counts", "earn", "earns", "worth":
			verbal = true
		}
		if verbal {
			x.add(Claim{Type: Multiplier, Tok0: i, Tok1: i + 1, Value: v}, true)
			return i + 1
		}
	}
	if matchWords[l] && !(x.lang == "en" && t.Low == "match" && (x.low(i-1) == "the" || x.low(i-1) == "a")) {
		e := i + 1
		x.add(Claim{Type: Multiplier, Tok0: i, Tok1: e, Value: 2, Bound: Approx}, true)
		return e
	}
	// compound number words
	if t.lex&lxNumber == 0 && strings.IndexByte(l, '-') < 0 {
		return i
	}
	total, cur := 0.0, 0.0
	k := i
	words := 0
	for k < len(x.toks) && x.toks[k].Kind == TWord {
		// a hyphenated word is a number only if its first part is one
		// (vingt-deux), so most words stop here without splitting
		first, _, _ := strings.Cut(x.toks[k].Low, "-")
		if _, ok := unitWords[first]; !ok && scaleWords[first] == 0 && !(words > 0 && unitSmall[first] > 0) && first != "et" && first != "and" {
			break
		}
		parts := strings.Split(x.toks[k].Low, "-")
		okAll := true
		for _, p := range parts {
			if p == "et" || p == "and" {
				continue
			}
			if v, ok := unitWords[p]; ok {
				if v == 20 && cur == 4 {
					cur = 80
				} else {
					cur += float64(v)
				}
			} else if v, ok := unitSmall[p]; ok && words > 0 {
				cur += float64(v)
			} else if s, ok := scaleWords[p]; ok && (words > 0 || p == "cent" || p == "mille" || p == "hundred" || p == "thousand") && len(p) > 2 {
				if cur == 0 {
					cur = 1
				}
				if s >= 1000 {
					total += cur * s
					cur = 0
				} else {
					cur *= s
				}
			} else {
				okAll = false
				break
			}
		}
		if !okAll {
			break
		}
		words++
		k++
		if (x.low(k) == "et" || x.low(k) == "and") && k+1 < len(x.toks) {
			if _, ok := unitWords[x.low(k+1)]; ok {
				k++
				continue
			}
			if _, ok := unitSmall[x.low(k+1)]; ok {
				k++
				continue
			}
		}
	}
	v := total + cur
	if words == 0 || v < 2 {
		return i
	}
	// "mille mercis", "a thousand thanks": a scale word alone is a manner
	// of speaking
	if words == 1 && scaleWords[l] > 0 {
		return i
	}
	// "sept" before a day number is the month
	if l == "sept" && x.isNum(k) {
		return i
	}
	// "dix euros", "twenty pounds"
	if cur, ce := x.currencyAt(k); cur != "" && x.kind(k) == TWord {
		x.add(Claim{Type: Money, Tok0: i, Tok1: ce, Value: v, Unit: cur, Bound: x.boundBefore(i)}, true)
		return ce
	}
	noun := x.nounAfter(k)
	if noun == "" {
		return i
	}
	x.add(Claim{Type: Count, Tok0: i, Tok1: k, Value: v, Noun: noun, Bound: x.boundBefore(i)}, true)
	return k
}

// halfScale: "half a million dollars", "un demi-million d'euros": half a
// scale word is a figure, money when a currency follows, a count when a
// noun does.
func (x *extractor) halfScale(i int) int {
	l := x.low(i)
	k := i
	switch {
	case l == "half" && x.low(i+1) == "a":
		k = i + 2
	case (l == "un" || l == "une") && (x.low(i+1) == "demi-million" || x.low(i+1) == "demi-milliard"):
		k = i + 1
	default:
		return i
	}
	var sc float64
	switch w := x.low(k); w {
	case "million", "billion", "thousand":
		sc = scaleWords[w]
	case "demi-million":
		sc = 1e6
	case "demi-milliard":
		sc = 1e9
	default:
		return i
	}
	start := i
	v, e := sc/2, k+1
	if x.low(e) == "de" || x.low(e) == "d'" {
		if cur, _ := x.currencyAt(e + 1); cur != "" {
			e++
		}
	}
	if cur, ce := x.currencyAt(e); cur != "" && x.kind(e) == TWord {
		x.add(Claim{Type: Money, Tok0: start, Tok1: ce, Value: v, Unit: cur, Bound: x.boundBefore(start)}, true)
		return ce
	}
	if noun := x.nounAfter(e); noun != "" {
		x.add(Claim{Type: Count, Tok0: start, Tok1: e, Value: v, Noun: noun, Bound: x.boundBefore(start)}, true)
		return e
	}
	x.add(Claim{Type: Number, Tok0: start, Tok1: e, Value: v, Bound: x.boundBefore(start)}, true)
	return e
}

// special: n°1, numéro 1, number 6, No. 1; noon, midi, midnight.
func (x *extractor) special(i int) int {
	l := x.low(i)
	switch l {
	case "noon", "midday":
		x.add(Claim{Type: Time, Tok0: i, Tok1: i + 1, Value: 720, Bound: x.boundBefore(i)}, true)
		return i + 1
	case "midnight", "minuit":
		x.add(Claim{Type: Time, Tok0: i, Tok1: i + 1, Value: 0, Bound: x.boundBefore(i)}, true)
		return i + 1
	case "midi":
		// "à midi", "jusqu'à midi"; not "le Midi" (the south of France)
		if !x.toks[i].Cap || x.toks[i].SentStart {
			switch x.low(i - 1) {
			case "a", "à", "des", "vers", "avant", "apres", "jusqu'", "de":
				x.add(Claim{Type: Time, Tok0: i, Tok1: i + 1, Value: 720, Bound: x.boundBefore(i)}, true)
				return i + 1
			}
		}
	}
	if (l == "n" && x.low(i+1) == "°" && x.isNum(i+2)) || (l == "no" && x.low(i+1) == "." && x.isNum(i+2) && x.toks[i].Cap) {
		x.add(Claim{Type: Ordinal, Tok0: i, Tok1: i + 3, Value: x.toks[i+2].Num, Scoped: x.toks[i+2].Num == 1}, true)
		return i + 3
	}
	if (l == "numero" || l == "number") && x.isNum(i+1) {
		x.add(Claim{Type: Ordinal, Tok0: i, Tok1: i + 2, Value: x.toks[i+1].Num, Scoped: x.toks[i+1].Num == 1}, true)
		return i + 2
	}
	if l == "number" && x.low(i+1) == "one" {
		x.add(Claim{Type: Ordinal, Tok0: i, Tok1: i + 2, Value: 1, Scoped: true}, true)
		return i + 2
	}
	return i
}

// rankTag reads "#1" to "#99": a hashtag of digits only is a rank.
func rankTag(s string) (float64, bool) {
	if len(s) < 2 || len(s) > 3 || s[0] != '#' {
		return 0, false
	}
	n := 0.0
	for _, r := range s[1:] {
		if r < '0' || r > '9' {
			return 0, false
		}
		n = n*10 + float64(r-'0')
	}
	return n, n >= 1
}

// spelledClockRange reports whether the number at i opens a range of clock
// times closed by a word: "9 to 11", "between 6 and 10" ("and" alone joins
// two separate figures too often).
func (x *extractor) spelledClockRange(i int) bool {
	switch x.low(i + 1) {
	case "to", "till", "until":
		return true
	case "and":
		return x.low(i-1) == "between"
	}
	return false
}

// priceCues are words of a sentence about prices.
var priceCues = map[string]bool{
	"cost": true, "costs": true, "price": true, "prices": true, "priced": true, "entry": true, "admission": true, "ticket": true, "tickets": true,
	"fee": true, "fees": true, "pay": true, "per": true, "each": true, "only": true, "just": true, "membership": true, "pp": true,
	"coute": true, "coutent": true, "prix": true, "tarif": true, "tarifs": true, "entree": true, "billet": true, "billets": true, "par": true,
	// a saving or a usual price beside the amount
	"save": true, "saving": true, "savings": true, "off": true, "normally": true, "regular": true, "usually": true,
	"economisez": true, "remise": true, "normalement": true, "habituel": true,
}

// priceSentence: the sentence of token i has a word about prices.
func (x *extractor) priceSentence(i int) bool {
	s := x.toks[i].Sent
	for k := i; k >= 0 && x.toks[k].Sent == s; k-- {
		if priceCues[x.toks[k].Low] {
			return true
		}
	}
	for k := i + 1; k < len(x.toks) && x.toks[k].Sent == s; k++ {
		if priceCues[x.toks[k].Low] {
			return true
		}
	}
	return false
}

// listJoin: a word or sign that joins the items of a list of days.
func listJoin(l string) bool {
	return l == "," || l == "et" || l == "and" || l == "&"
}

// gluedCents: "20c a gram", "50c off": a whole number under 100 with a
// lower-case "c" glued after it is a price in cents in English (a capital
// "20C" is a temperature).
func (x *extractor) gluedCents(i int) bool {
	t := &x.toks[i]
	return x.lang == "en" && t.Suf == "c" && t.Frac == 0 && t.Num < 100 && strings.HasSuffix(t.Text, "c")
}
