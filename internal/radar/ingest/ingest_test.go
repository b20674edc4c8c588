package ingest

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/vigie-cm/vigie/internal/radar"
	"github.com/vigie-cm/vigie/internal/stream"
	"github.com/vigie-cm/vigie/internal/testenv"
)

// A stand-in for the moderation engine: the radar only needs "is this
// negative", and this test is about routing, not sentiment quality.
func negativeWords(text, lang string) Classification {
	l := strings.ToLower(text)
	return Classification{Negative: strings.Contains(l, "nul") || strings.Contains(l, "terrible") || strings.Contains(l, "pire"), Lang: lang}
}

func TestIngesterRoutesToBrandsAndQueries(t *testing.T) {
	in, err := benchIngester(negativeWords)
	if err != nil {
		t.Fatal(err)
	}
	ms := SyntheticMentions(5000, 1)
	want := map[string][2]int64{} // key -> volume, negative
	for _, m := range ms {
		neg := negativeWords(m.Text, "").Negative
		for _, b := range benchBrands {
			hit := false
			for name, src := range b.queries {
				q, _ := radar.ParseQuery(src)
				if q.Match(m.Text) {
					w := want[b.name+"/"+name]
					w[0]++
					if neg {
						w[1]++
					}
					want[b.name+"/"+name] = w
					hit = true
				}
			}
			if hit {
				w := want[b.name]
				w[0]++
				if neg {
					w[1]++
				}
				want[b.name] = w
			}
		}
		in.Process(m)
	}
	t0 := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	for key, w := range want {
		pts, err := in.Agg.Series(key).Query(t0, t0.Add(24*time.Hour), 24*time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		if pts[0].Volume != w[0] || pts[0].Negative != w[1] {
			t.Errorf("%s: volume %d negative %d, want %d %d", key, pts[0].Volume, pts[0].Negative, w[0], w[1])
		}
	}
	if len(want) != 9 {
		t.Errorf("%d series, want 3 brands + 6 queries", len(want))
	}
	if got := in.Agg.Keys(); len(got) != len(want) {
		t.Errorf("aggregator has %v", got)
	}
}

func TestIngestThroughEmbeddedJetStream(t *testing.T) {
	batches := [][]byte{}
	ms := SyntheticMentions(3000, 2)
	for i := 0; i < len(ms); i += 500 {
		b, _, err := EncodeBatch(ms[i : i+500])
		if err != nil {
			t.Fatal(err)
		}
		batches = append(batches, b)
	}
	rate, err := throughStream(context.Background(), stream.Config{DataDir: t.TempDir(), Namespace: "radartest"}, batches, len(ms), negativeWords)
	if err != nil {
		t.Fatal(err)
	}
	if rate <= 0 {
		t.Fatalf("rate %v", rate)
	}
}

func TestIngestThroughExternalNATS(t *testing.T) {
	url := testenv.NATSURL(t)
	ms := SyntheticMentions(1000, 3)
	b, _, err := EncodeBatch(ms)
	if err != nil {
		t.Fatal(err)
	}
	ns := "radartest" + strings.ReplaceAll(time.Now().Format("150405.000000"), ".", "")
	if _, err := throughStream(context.Background(), stream.Config{URL: url, Namespace: ns}, [][]byte{b}, len(ms), negativeWords); err != nil {
		t.Fatal(err)
	}
}

func TestDecodeBatchSkipsBadLines(t *testing.T) {
	ms := SyntheticMentions(3, 4)
	b, _, _ := EncodeBatch(ms)
	b = append(b, []byte("{broken\n{\"id\":\"x\",\"text\":\"no time\"}\n")...)
	n := 0
	if bad := DecodeBatch(b, func(radar.Mention) { n++ }); bad != 2 || n != 3 {
		t.Fatalf("decoded %d, bad %d", n, bad)
	}
}

func BenchmarkIngestProcess(b *testing.B) {
	in, err := benchIngester(negativeWords)
	if err != nil {
		b.Fatal(err)
	}
	ms := SyntheticMentions(10000, 5)
	i := 0
	for b.Loop() {
		in.Process(ms[i%len(ms)])
		i++
	}
}

func BenchmarkIngestNoSentiment(b *testing.B) {
	in, err := benchIngester(nil)
	if err != nil {
		b.Fatal(err)
	}
	ms := SyntheticMentions(20000, 5)
	data, _, _ := EncodeBatch(ms)
	for b.Loop() {
		DecodeBatch(data, in.Process)
	}
}
