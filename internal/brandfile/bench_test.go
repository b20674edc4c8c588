package brandfile

import (
	"bytes"
	"strings"
	"testing"

	"github.com/vigie-cm/vigie/internal/store"
	"github.com/vigie-cm/vigie/internal/store/storetest"
)

func TestSyntheticFactsDeterministic(t *testing.T) {
	a, b := SyntheticFactsCSV(200, 3), SyntheticFactsCSV(200, 3)
	if !bytes.Equal(a, b) {
		t.Fatal("same seed, different sheets")
	}
	if bytes.Equal(a, SyntheticFactsCSV(200, 4)) {
		t.Fatal("different seeds, same sheet")
	}
	d, err := ParseFactsCSV("synthetic.csv", a)
	if err != nil {
		t.Fatalf("the generator writes invalid facts: %v", err)
	}
	if len(d.Facts) != 200 {
		t.Fatalf("%d facts", len(d.Facts))
	}
}

func TestRunBench(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s store.Store) {
		rep, err := RunBench(ctx, s, SyntheticFactsCSV(300, 1), 10)
		if err != nil {
			t.Fatal(err)
		}
		if rep.Facts != 300 || rep.Import <= 0 || rep.Rare.Queries != 10 {
			t.Fatalf("report: %+v", rep)
		}
		// Each fact number names exactly one fact, found by both ways.
		if rep.Rare.Found != 10 || rep.Rare.ScanHits != 10 {
			t.Fatalf("rare queries: %+v", rep.Rare)
		}
		if rep.Common.Found == 0 || rep.Common.Found != rep.Common.ScanHits {
			t.Fatalf("common queries: index found %d, scan %d", rep.Common.Found, rep.Common.ScanHits)
		}
		var out strings.Builder
		rep.Print(&out, "test")
		if !strings.Contains(out.String(), "300 facts") {
			t.Fatalf("print:\n%s", out.String())
		}
	})
}
