package brandfile

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/store"
)

// benchWords feed the synthetic fact sheets; accents on purpose, so the
// search benchmark exercises accent folding.
var benchWords = []string{"boulangerie", "fête", "été", "croissant", "levain", "atelier", "vélo", "café", "ouverture", "concert",
	"marché", "Nîmes", "Lyon", "Bristol", "dégustation", "réduction", "adhésion", "livraison", "anniversaire", "rentrée",
	"brunch", "glacier", "librairie", "festival", "exposition", "atelier", "quartier", "équipe", "saison", "récolte"}

// SyntheticFactsCSV writes a fact sheet of n facts from a seeded generator
// (same seed, same bytes), mixing every kind, dates, tags and accents.
func SyntheticFactsCSV(n int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	_ = w.Write(CSVColumns)
	word := func() string { return benchWords[r.IntN(len(benchWords))] }
	for i := 0; i < n; i++ {
		kind := brand.FactKinds[i%len(brand.FactKinds)]
		value, unit := "", ""
		switch kind {
		case brand.KindPrice:
			value, unit = fmt.Sprintf("%d.%02d", 1+r.IntN(200), r.IntN(100)), "EUR"
		case brand.KindPercent:
			value, unit = fmt.Sprint(r.IntN(101)), "%"
		case brand.KindCount:
			value = fmt.Sprint(r.IntN(100000))
		case brand.KindDate:
			value = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(730)).Format("2006-01-02")
		case brand.KindURL:
			value = "https://example.org/" + fmt.Sprint(i)
		case brand.KindHashtag:
			value = "#tag" + fmt.Sprint(i)
		}
		text := fmt.Sprintf("Fait %d : %s %s %s, %s à %s.", i, word(), word(), word(), word(), word())
		from, until := "", ""
		if r.IntN(4) == 0 {
			d := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(365))
			from, until = d.Format("2006-01-02"), d.AddDate(0, 0, 7+r.IntN(60)).Format("2006-01-02")
		}
		_ = w.Write([]string{fmt.Sprintf("fait-%06d", i), text, "fr", string(kind), value, unit, "générateur", from, until, word() + "|" + word(), ""})
	}
	w.Flush()
	return buf.Bytes()
}

// BenchReport holds the figures of one storage benchmark run. Speeds are
// compared with baselines measured in the same run.
type BenchReport struct {
	Dialect  string
	Facts    int
	Bytes    int
	Baseline time.Duration // encoding/csv reading the same bytes
	Parse    time.Duration // ParseFactsCSV (validation included)
	Import   time.Duration // first import into an empty brand, one transaction
	Reimport time.Duration // the same file again (every fact unchanged)
	Export   time.Duration // Export + Encode as CSV

	Common SearchFigures // one common word per query (about a fifth of the sheet matches)
	Rare   SearchFigures // a fact's number per query (one match)
}

// RunBench measures parsing, importing, re-importing, exporting and
// searching data (a CSV fact sheet) in a new workspace of s.
func RunBench(ctx context.Context, s store.Store, data []byte, searches int) (BenchReport, error) {
	rep := BenchReport{Dialect: s.Dialect(), Bytes: len(data)}
	t0 := time.Now()
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		return rep, fmt.Errorf("brandfile: bench: %w", err)
	}
	rep.Baseline = time.Since(t0)
	rep.Facts = len(rows) - 1

	t0 = time.Now()
	doc, err := ParseFactsCSV("bench.csv", data)
	if err != nil {
		return rep, err
	}
	rep.Parse = time.Since(t0)

	w := brand.Workspace{Name: "Bench", Slug: fmt.Sprintf("bench-%d", time.Now().UnixNano())}
	if err := s.CreateWorkspace(ctx, &w); err != nil {
		return rep, err
	}
	b := brand.Brand{WorkspaceID: w.ID, Name: "Bench", Slug: "bench", Languages: []string{"fr"}}
	if err := s.CreateBrand(ctx, &b); err != nil {
		return rep, err
	}
	opt := Options{WorkspaceID: w.ID, BrandSlug: "bench", Actor: "bench"}
	t0 = time.Now()
	if _, err := Import(ctx, s, doc, opt); err != nil {
		return rep, err
	}
	rep.Import = time.Since(t0)
	t0 = time.Now()
	res, err := Import(ctx, s, doc, opt)
	if err != nil {
		return rep, err
	}
	rep.Reimport = time.Since(t0)
	if res.Unchanged.Facts != rep.Facts {
		return rep, fmt.Errorf("brandfile: bench: re-import left %d of %d facts unchanged", res.Unchanged.Facts, rep.Facts)
	}
	t0 = time.Now()
	out, err := Export(ctx, s, w.ID, "bench")
	if err != nil {
		return rep, err
	}
	if _, err := Encode(out, CSV); err != nil {
		return rep, err
	}
	rep.Export = time.Since(t0)

	r := rand.New(rand.NewPCG(7, 11))
	common := make([]string, searches)
	rare := make([]string, searches)
	for i := range common {
		common[i] = benchWords[r.IntN(len(benchWords))]
		rare[i] = fmt.Sprintf("%06d", r.IntN(max(rep.Facts, 1)))
	}
	if rep.Common, err = benchSearch(ctx, s, b.ID, common); err != nil {
		return rep, err
	}
	if rep.Rare, err = benchSearch(ctx, s, b.ID, rare); err != nil {
		return rep, err
	}
	return rep, nil
}

// SearchFigures time one set of queries through the index and through the
// baseline a search index must beat: fetching the whole sheet and filtering
// in Go (whole substrings, so the counts are comparable; the index also
// folds accents and matches prefixes).
type SearchFigures struct {
	Queries  int
	Index    time.Duration
	Scan     time.Duration
	Found    int
	ScanHits int
}

func benchSearch(ctx context.Context, s store.Store, brandID int64, queries []string) (SearchFigures, error) {
	sf := SearchFigures{Queries: len(queries)}
	t0 := time.Now()
	for _, q := range queries {
		fs, err := s.ListFacts(ctx, brandID, store.FactFilter{Query: q})
		if err != nil {
			return sf, err
		}
		sf.Found += len(fs)
	}
	sf.Index = time.Since(t0)
	t0 = time.Now()
	for _, q := range queries {
		fs, err := s.ListFacts(ctx, brandID, store.FactFilter{})
		if err != nil {
			return sf, err
		}
		lq := strings.ToLower(q)
		for _, f := range fs {
			if strings.Contains(strings.ToLower(f.Key+" "+f.Text+" "+strings.Join(f.Tags, " ")), lq) {
				sf.ScanHits++
			}
		}
	}
	sf.Scan = time.Since(t0)
	return sf, nil
}

// Print writes the report with each speed as a ratio to its baseline.
func (r BenchReport) Print(w io.Writer, source string) {
	per := func(d time.Duration) string {
		return fmt.Sprintf("%8.1f µs/fact", float64(d.Microseconds())/float64(max(r.Facts, 1)))
	}
	ratio := func(d time.Duration) string {
		return fmt.Sprintf("%6.1f× the CSV baseline", float64(d)/float64(max(r.Baseline, 1)))
	}
	fmt.Fprintf(w, "storage benchmark on %s (%s)\n", r.Dialect, source)
	fmt.Fprintf(w, "  data: %d facts, %d bytes of CSV\n", r.Facts, r.Bytes)
	fmt.Fprintf(w, "  baseline  encoding/csv read   %10s  %s\n", r.Baseline.Round(time.Microsecond), per(r.Baseline))
	fmt.Fprintf(w, "  parse + validate              %10s  %s  %s\n", r.Parse.Round(time.Microsecond), per(r.Parse), ratio(r.Parse))
	fmt.Fprintf(w, "  import (one transaction)      %10s  %s  %s\n", r.Import.Round(time.Millisecond), per(r.Import), ratio(r.Import))
	fmt.Fprintf(w, "  re-import, all unchanged      %10s  %s  %s\n", r.Reimport.Round(time.Millisecond), per(r.Reimport), ratio(r.Reimport))
	fmt.Fprintf(w, "  export as CSV                 %10s  %s  %s\n", r.Export.Round(time.Millisecond), per(r.Export), ratio(r.Export))
	for _, x := range []struct {
		name string
		sf   SearchFigures
	}{{"a common word", r.Common}, {"one fact's number", r.Rare}} {
		if x.sf.Queries == 0 {
			continue
		}
		n := time.Duration(x.sf.Queries)
		fmt.Fprintf(w, "  search for %s, %d queries: %s per query with the index, %s listing and filtering in Go: index %.1f× faster (%d vs %d facts found)\n",
			x.name, x.sf.Queries, (x.sf.Index / n).Round(time.Microsecond), (x.sf.Scan / n).Round(time.Microsecond),
			float64(x.sf.Scan)/float64(max(x.sf.Index, 1)), x.sf.Found, x.sf.ScanHits)
	}
}
