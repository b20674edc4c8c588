package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/vigie-cm/vigie/internal/radar"
	"github.com/vigie-cm/vigie/internal/stream"
)

// BenchConfig sets up `vigie bench ingest`.
type BenchConfig struct {
	Mentions int // how many synthetic mentions (default 200,000)
	Batch    int // mentions per stream message (default 1,000)
	Seed     uint64
	Classify Classifier
	// NATSURL is the external server to measure too; empty or unreachable
	// skips that row.
	NATSURL string
}

// BenchRow is one way of ingesting the same mentions.
type BenchRow struct {
	Path      string  `json:"path"`
	PerSecond float64 `json:"mentions_per_second"`
	// Ratio is PerSecond over bare JSON decoding's in the same run.
	Ratio float64 `json:"ratio_to_decode"`
	// PerCPUSecond is mentions per second of this process's CPU time
	// (user + system): the rate of one core of its own, whatever else
	// the machine runs. It leaves out an external NATS server's own CPU.
	PerCPUSecond float64 `json:"mentions_per_cpu_second,omitempty"`
	Skipped      string  `json:"skipped,omitempty"`
}

// timed runs fn and returns mentions per wall-clock second and per
// CPU-second.
func timed(n int, fn func() error) (wall, cpu float64, err error) {
	c0, t0 := cpuTime(), time.Now()
	if err := fn(); err != nil {
		return 0, 0, err
	}
	w, c := time.Since(t0), cpuTime()-c0
	wall = float64(n) / w.Seconds()
	if c > 0 {
		cpu = float64(n) / c.Seconds()
	}
	return wall, cpu, nil
}

// BenchReport is what `vigie bench ingest` prints.
type BenchReport struct {
	Mentions int        `json:"mentions"`
	Matched  int64      `json:"matched"`
	Rows     []BenchRow `json:"rows"`
	// BytesPerMillion is the aggregates' heap per million mentions (spread
	// over one day, three brands with two queries each).
	BytesPerMillion float64 `json:"aggregate_bytes_per_million"`
}

var benchBrands = []struct {
	name    string
	queries map[string]string
}{
	{"fournil", map[string]string{"brand": `"Maison Fournil" OR #Fournil30ans OR @maisonfournil -recrutement`, "bread": `fournil AND (baguette OR croissant*)`}},
	{"velo", map[string]string{"brand": `"Vélo Vert" OR #VeloVert`, "repair": `"vélo vert" AND (réparation OR repair OR crevaison)`}},
	{"cafe", map[string]string{"brand": `"Café Lumen" OR @cafelumen OR #lumen`, "sale": `lumen AND (promo OR soldes OR sale)`}},
}

var benchTemplates = []string{
	"J'adore la baguette de Maison Fournil, bravo à l'équipe ! #Fournil30ans",
	"Service client de Maison Fournil vraiment nul, commande jamais arrivée, scandaleux",
	"Quelqu'un sait si Maison Fournil ouvre dimanche ? @maisonfournil",
	"Crevaison encore, Vélo Vert a fait la réparation en 10 minutes, top",
	"Vélo Vert : pire expérience, vélo cassé au bout de deux jours, je déconseille",
	"Love the new Café Lumen on Main St, best flat white in town #lumen",
	"Café Lumen promo this weekend, 2 for 1 on pastries",
	"Terrible service at Café Lumen today, waited 40 minutes, never again",
	"Beau temps à Lyon aujourd'hui, balade au parc",
	"Match incroyable hier soir, quel but !",
	"Nouvelle série à regarder ce week-end, des idées ?",
	"Traffic is awful on the bridge again this morning",
}

// SyntheticMentions generates n mentions over one day from a seeded
// generator: brand mentions in French and English, praise and complaints,
// and unrelated chatter.
func SyntheticMentions(n int, seed uint64) []radar.Mention {
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	t0 := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	nets := []string{"bluesky", "mastodon", "x", "instagram"}
	out := make([]radar.Mention, n)
	for i := range out {
		text := benchTemplates[r.IntN(len(benchTemplates))]
		if r.IntN(3) == 0 {
			text += fmt.Sprintf(" (%d)", r.IntN(1000))
		}
		out[i] = radar.Mention{
			ID:      fmt.Sprintf("m%d", i),
			Network: nets[r.IntN(len(nets))],
			Author:  fmt.Sprintf("user%d", r.IntN(n/4+1)),
			Text:    text,
			Time:    t0.Add(time.Duration(r.Int64N(int64(24 * time.Hour)))).Truncate(time.Second),
			Reach:   r.Int64N(20000),
			Lang:    "",
		}
	}
	return out
}

func benchIngester(cls Classifier) (*Ingester, error) {
	in := &Ingester{Classify: cls, Agg: radar.NewAggregator()}
	for _, b := range benchBrands {
		bq := BrandQueries{Brand: b.name, Queries: map[string]*radar.Query{}}
		for name, src := range b.queries {
			q, err := radar.ParseQuery(src)
			if err != nil {
				return nil, err
			}
			bq.Queries[name] = q
		}
		in.Brands = append(in.Brands, bq)
	}
	return in, nil
}

// RunBench measures mentions per second on one core (GOMAXPROCS=1)
// for bare JSON decoding (the baseline), the in-process pipeline (decode,
// match the brands' queries, classify, aggregate), and the same through
// the embedded JetStream and through an external NATS server.
func RunBench(ctx context.Context, cfg BenchConfig) (BenchReport, error) {
	if cfg.Mentions <= 0 {
		cfg.Mentions = 200_000
	}
	if cfg.Batch <= 0 {
		cfg.Batch = 1000
	}
	ms := SyntheticMentions(cfg.Mentions, cfg.Seed)
	var batches [][]byte
	for i := 0; i < len(ms); i += cfg.Batch {
		data, _, err := EncodeBatch(ms[i:min(i+cfg.Batch, len(ms))])
		if err != nil {
			return BenchReport{}, err
		}
		batches = append(batches, data)
	}
	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)
	rep := BenchReport{Mentions: len(ms)}

	// Warm up what the first measured path would otherwise pay alone: the
	// classifier's model pages and pools, the decoder's type cache.
	if cfg.Classify != nil {
		for i := range min(len(ms), 5000) {
			cfg.Classify(ms[i].Text, ms[i].Lang)
		}
	}
	DecodeBatch(batches[0], func(radar.Mention) {})

	// Baseline: the standard library's decoding of every line and nothing
	// else (the pipeline's own decoder takes a faster path for the lines
	// EncodeBatch writes; the baseline stays the library's, so ratios
	// compare across versions).
	decode, decodeCPU, _ := timed(len(ms), func() error {
		for _, b := range batches {
			for _, line := range bytes.Split(bytes.TrimSuffix(b, []byte("\n")), []byte("\n")) {
				var m radar.Mention
				if err := json.Unmarshal(line, &m); err != nil {
					return err
				}
			}
		}
		return nil
	})
	rep.Rows = append(rep.Rows, BenchRow{Path: "bare JSON decode (encoding/json)", PerSecond: decode, Ratio: 1, PerCPUSecond: decodeCPU})
	n := 0
	fast, fastCPU, _ := timed(len(ms), func() error {
		for _, b := range batches {
			DecodeBatch(b, func(radar.Mention) { n++ })
		}
		return nil
	})
	rep.Rows = append(rep.Rows, BenchRow{Path: "decode only (DecodeBatch)", PerSecond: fast, Ratio: fast / decode, PerCPUSecond: fastCPU})

	// In process without classification: the radar's own cost (decode,
	// query matching, aggregation), apart from the sentiment engine's.
	bare, err := benchIngester(nil)
	if err != nil {
		return rep, err
	}
	r0, r0CPU, _ := timed(len(ms), func() error {
		for _, b := range batches {
			DecodeBatch(b, bare.Process)
		}
		return nil
	})
	rep.Rows = append(rep.Rows, BenchRow{Path: "in process, no sentiment (decode, match, aggregate)", PerSecond: r0, Ratio: r0 / decode, PerCPUSecond: r0CPU})

	// In process, with the aggregates' memory.
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	in, err := benchIngester(cfg.Classify)
	if err != nil {
		return rep, err
	}
	rate, rateCPU, _ := timed(len(ms), func() error {
		for _, b := range batches {
			DecodeBatch(b, in.Process)
		}
		return nil
	})
	runtime.GC()
	runtime.ReadMemStats(&after)
	rep.BytesPerMillion = float64(int64(after.HeapInuse)-int64(before.HeapInuse)) / float64(len(ms)) * 1e6
	_, rep.Matched = in.Counts()
	rep.Rows = append(rep.Rows, BenchRow{Path: "in process (decode, match, sentiment, aggregate)", PerSecond: rate, Ratio: rate / decode, PerCPUSecond: rateCPU})
	runtime.KeepAlive(in)

	dir, err := os.MkdirTemp("", "vigie-bench-ingest-")
	if err != nil {
		return rep, fmt.Errorf("radar bench ingest: %w", err)
	}
	defer os.RemoveAll(dir)
	ns := fmt.Sprintf("benchingest%d", time.Now().UnixNano())
	for _, target := range []struct{ path, url string }{
		{"embedded JetStream", ""},
		{"NATS server " + cfg.NATSURL, cfg.NATSURL},
	} {
		if target.path != "embedded JetStream" && cfg.NATSURL == "" {
			continue
		}
		row := BenchRow{Path: target.path}
		var r float64
		_, cpu, err := timed(len(ms), func() (err error) {
			r, err = throughStream(ctx, stream.Config{URL: target.url, DataDir: dir, Namespace: ns}, batches, len(ms), cfg.Classify)
			return err
		})
		if err != nil {
			row.Skipped = err.Error()
		} else {
			// throughStream times from the first publish to the last
			// mention aggregated; the CPU time also covers opening the
			// stream, so the per-CPU-second rate is a little low.
			row.PerSecond, row.Ratio, row.PerCPUSecond = r, r/decode, cpu
		}
		rep.Rows = append(rep.Rows, row)
	}
	return rep, nil
}

// throughStream publishes every batch and consumes them with a fresh
// ingester, timing from the first publish to the last mention aggregated.
func throughStream(ctx context.Context, cfg stream.Config, batches [][]byte, total int, cls Classifier) (float64, error) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	st, err := stream.Open(ctx, cfg)
	if err != nil {
		return 0, err
	}
	defer st.Close()
	if err := st.Ensure(ctx, stream.Mentions); err != nil {
		return 0, err
	}
	defer st.Delete(context.Background(), stream.Mentions.Purpose)
	in, err := benchIngester(cls)
	if err != nil {
		return 0, err
	}
	batchDone := make(chan struct{}, 1)
	in.batchDone = func() {
		select {
		case batchDone <- struct{}{}:
		default:
		}
	}
	start := time.Now()
	cons, err := in.Consume(ctx, st, "radarbench")
	if err != nil {
		return 0, err
	}
	defer cons.Stop()
	subject := st.Subject(stream.Mentions.Purpose, MentionsSubject)
	for i, b := range batches {
		if _, err := st.Publish(ctx, subject, b, fmt.Sprintf("%s-%d", cfg.Namespace, i)); err != nil {
			return 0, err
		}
	}
	for {
		if p, _ := in.Counts(); p >= int64(total) {
			break
		}
		// Woken by the consumer after each batch, rather than polling: on
		// one core a poller's timer preempts the consumer.
		select {
		case <-ctx.Done():
			p, _ := in.Counts()
			return 0, fmt.Errorf("radar bench ingest: %d of %d mentions processed before timeout", p, total)
		case <-batchDone:
		}
	}
	return float64(total) / time.Since(start).Seconds(), nil
}

// FormatBench renders the report as a table.
func FormatBench(r BenchReport) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d synthetic mentions (seeded, one day, 3 brands × 2 queries; %d matched a brand), one core (GOMAXPROCS=1)\n", r.Mentions, r.Matched)
	fmt.Fprintf(&b, "%-52s %14s %10s %16s\n", "path", "mentions/s", "vs decode", "per CPU-second")
	for _, row := range r.Rows {
		if row.Skipped != "" {
			fmt.Fprintf(&b, "%-52s %14s %10s  (%s)\n", row.Path, "skipped", "", row.Skipped)
			continue
		}
		fmt.Fprintf(&b, "%-52s %14.0f %9.2f× %16.0f\n", row.Path, row.PerSecond, row.Ratio, row.PerCPUSecond)
	}
	fmt.Fprintf(&b, "aggregates: %.1f MB per million mentions\n", r.BytesPerMillion/1e6)
	return b.String()
}
