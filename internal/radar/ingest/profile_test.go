package ingest

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"testing"
	"time"

	"github.com/vigie-cm/vigie/internal/moderate"
	"github.com/vigie-cm/vigie/internal/stream"
	"github.com/vigie-cm/vigie/internal/testenv"
)

// BenchmarkExternalNATS is `vigie bench ingest`'s external-server row with
// the real sentiment model, on one core, for profiling:
//
//	go test ./internal/radar/ingest/ -run X -bench ExternalNATS -benchtime 3x -cpuprofile /tmp/cpu.out
//
// VIGIE_BENCH_NO_SENTIMENT=1 leaves the classifier out.
func BenchmarkExternalNATS(b *testing.B) {
	url := testenv.NATSURL(b)
	c, err := moderate.Default()
	if err != nil {
		b.Fatal(err)
	}
	cls := func(text, lang string) Classification {
		r := c.Classify(text, lang)
		return Classification{Negative: r.Sentiment == moderate.SentimentNegative, Lang: r.Lang}
	}
	if os.Getenv("VIGIE_BENCH_NO_SENTIMENT") != "" {
		cls = nil // the stream's and the radar's own cost alone
	}
	ms := SyntheticMentions(200_000, 1)
	var batches [][]byte
	for i := 0; i < len(ms); i += 1000 {
		data, _, err := EncodeBatch(ms[i:min(i+1000, len(ms))])
		if err != nil {
			b.Fatal(err)
		}
		batches = append(batches, data)
	}
	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)
	for i := range 5000 {
		if cls != nil {
			cls(ms[i].Text, "")
		}
	}
	b.ResetTimer()
	var rate float64
	for i := 0; b.Loop(); i++ {
		ns := fmt.Sprintf("benchprof%d", time.Now().UnixNano())
		r, err := throughStream(context.Background(), stream.Config{URL: url, Namespace: ns}, batches, len(ms), cls)
		if err != nil {
			b.Fatal(err)
		}
		rate = r
	}
	b.ReportMetric(rate, "mentions/s")
}
