package verify

import (
	"maps"
	"math/rand/v2"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vigie-cm/vigie/internal/testenv"
)

// TestReaches3 holds the sorted search of reaches3 to the definition: some
// three atoms of one class sum to v, or a plain count times a price is v.
func TestReaches3(t *testing.T) {
	sh := compile("en", []Fact{
		{Text: "Adult tickets cost $12.50, child tickets $7 and family passes $36."},
		{Text: "The tour lasts 90 minutes; groups of 8 to 15 people; 3 guides lead it."},
		{Text: "Parking costs $4.75 per car and the shuttle $2."},
	}, "", 2027, time.Time{})
	brute := func(v float64) bool {
		t := figKey(v)
		for c := range sh.atoms {
			as := sh.atoms[c]
			for i := range as {
				for j := i + 1; j < len(as); j++ {
					for k := j + 1; k < len(as); k++ {
						if figKey(as[i].value+as[j].value+as[k].value) == t {
							return true
						}
					}
				}
			}
		}
		for _, n := range sh.atoms[clsPlain] {
			for _, m := range sh.atoms[clsMoney] {
				if figKey(n.value*m.value) == t {
					return true
				}
			}
		}
		return false
	}
	// every sum of three, every product, and values around them
	var probes []float64
	for c := range sh.atoms {
		as := sh.atoms[c]
		for i := range as {
			for j := range as {
				for k := range as {
					s := as[i].value + as[j].value + as[k].value
					probes = append(probes, s, s+0.01, s-1)
				}
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 500 {
		probes = append(probes, float64(r.IntN(20000))/100)
	}
	hits := 0
	for _, v := range probes {
		want := brute(v)
		if got := sh.reaches3(v); got != want {
			t.Fatalf("reaches3(%v) = %v, want %v", v, got, want)
		}
		// asked again, the answer comes from the sheet's memory
		if got := sh.reaches3(v); got != want {
			t.Fatalf("reaches3(%v) asked again = %v, want %v", v, got, want)
		}
		if want {
			hits++
		}
	}
	if hits == 0 {
		t.Fatal("no probe is a sum of three: the test checks nothing")
	}
	t.Logf("%d probes, %d sums of three or products", len(probes), hits)
}

// TestSearchPair holds the bisection of searchPair to allPairs, the list
// a sheet builds once it has been asked enough, on a sheet with negative,
// zero and repeated values too.
func TestSearchPair(t *testing.T) {
	fg := &figures{}
	fg.sorted[clsPlain] = []float64{-3, 0, 0.5, 2, 2, 7.25, 12, 40, 1500}
	fg.sorted[clsMoney] = []float64{4.75, 12.5}
	fg.sorted[clsPercent] = []float64{15}
	all := fg.allPairs()
	var probes []int64
	for k := range all {
		probes = append(probes, k, k+1, k-1)
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 2000 {
		probes = append(probes, int64(r.IntN(400000)-200000))
	}
	hits := 0
	for _, k := range probes {
		if got, want := fg.searchPair(k), all[k]; got != want {
			t.Fatalf("searchPair(%d) = %v, allPairs has %v", k, got, want)
		} else if want {
			hits++
		}
	}
	// the percent class has one atom: no pair of its own
	if fg.searchPair(figKey(30)) != all[figKey(30)] || hits < len(all) {
		t.Fatalf("%d of %d listed keys found", hits, len(all))
	}
}

// TestAddGrams holds addGrams to its definition: every run of one to six
// words of strings.Fields, joined by one space, whatever the gaps.
func TestAddGrams(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	words := []string{"a", "le", "12", "mai", "é", "pass-famille", "x"}
	gaps := []string{" ", " ", " ", "  ", "\t", "\u00a0", "\n "}
	for range 300 {
		var b strings.Builder
		if r.IntN(3) == 0 {
			b.WriteString(gaps[r.IntN(len(gaps))])
		}
		for i := range r.IntN(12) {
			if i > 0 {
				b.WriteString(gaps[r.IntN(len(gaps))])
			}
			b.WriteString(words[r.IntN(len(words))])
		}
		s := b.String()
		want := map[string]bool{}
		ws := strings.Fields(s)
		for i := range ws {
			for n := 1; n <= 6 && i+n <= len(ws); n++ {
				want[strings.Join(ws[i:i+n], " ")] = true
			}
		}
		got := map[string]bool{}
		addGrams(got, s, fieldSpans(nil, s))
		if !maps.Equal(got, want) {
			t.Fatalf("%q: got %v, want %v", s, slices.Sorted(maps.Keys(got)), slices.Sorted(maps.Keys(want)))
		}
	}
}

// restrictRe is the pattern restricts splits in two, kept whole here as
// its reference.
var restrictRe = regexp.MustCompile(restrictExceptRe.String() + "|" + restrictRangeRe.String())

// TestPatternGates holds the substring tests that spare a sheet its
// weekday, period and offset patterns to what they stand for: on every
// fact of every labelled set, a text a gate turns away matches none of
// the patterns behind it.
func TestPatternGates(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.jsonl")
	files = append(files, testenv.SharedData(t)+"/verify/dev.jsonl")
	seen := map[string]bool{}
	matched := 0
	for _, f := range files {
		set, _ := readLabelledFile(t, f)
		for _, l := range set {
			for _, text := range append(l.Facts, l.Brief) {
				fold := foldPad(text)
				if seen[fold] {
					continue
				}
				seen[fold] = true
				for _, g := range []struct {
					name string
					gate bool
					re   *regexp.Regexp
				}{
					{"recur", mayNameDay(fold) && mayRecur(fold), recurRe},
					{"restrict", mayNameDay(fold) && restricts(fold), restrictRe},
					{"dayExcept", mayNameDay(fold), dayExceptRe},
					{"dayRange", mayNameDay(fold), dayRangeRe},
					{"dayWord", mayNameDay(fold), dayWordRe},
					{"recurDays", mayRecurDays(fold), recurDaysRe},
					{"period", mayGivePeriod(fold), periodRe},
					{"offset", mayGiveOffset(fold), offsetRe},
					{"onlyList", mayRestrict(fold), onlyListRe},
					{"siteOnly", mayRestrict(fold), siteOnlyRe},
				} {
					m := g.re.MatchString(fold)
					if m && !g.gate {
						t.Errorf("%s: the %s gate turns away %q, which its pattern matches", f, g.name, text)
					}
					if m {
						matched++
					}
				}
			}
		}
	}
	if matched < 100 {
		t.Fatalf("only %d pattern matches over %d texts: the test checks little", matched, len(seen))
	}
	t.Logf("%d texts, %d pattern matches, none turned away", len(seen), matched)
}
