package verify

import (
	"context"
	"encoding/json"
	"io"
	"testing"

	"github.com/vigie-cm/vigie/internal/claims"
	"github.com/vigie-cm/vigie/internal/testenv"
)

func loadDev(tb testing.TB) []Labelled {
	tb.Helper()
	set, _ := readLabelledFile(tb, testenv.SharedData(tb)+"/verify/dev.jsonl")
	return set
}

// devInputs are the dev set's posts as Check takes them.
func devInputs(b *testing.B) []Input {
	set := loadDev(b)
	ins := make([]Input, len(set))
	for i, l := range set {
		ins[i] = inputOf(l.Lang, l.Facts, l.Brief, l.Post)
	}
	return ins
}

func BenchmarkCheckDev(b *testing.B) {
	ins := devInputs(b)
	ck := NewChecker()
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := ck.Check(ctx, ins[i%len(ins)]); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAnalyzeDev(b *testing.B) {
	set := loadDev(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l := &set[i%len(set)]
		claims.Analyze(l.Post, l.Lang)
	}
}

// BenchmarkAnalyzeIntoDev is the analysis as Check runs it, with a reused
// Doc: the share of Check spent in package claims.
func BenchmarkAnalyzeIntoDev(b *testing.B) {
	set := loadDev(b)
	var d *claims.Doc
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l := &set[i%len(set)]
		d = claims.AnalyzeInto(d, l.Post, l.Lang)
	}
}

// BenchmarkBatchDev is the timed loop of Bench: decode a line, check it,
// encode the result. Its profile is where the batch's time goes.
func BenchmarkBatchDev(b *testing.B) {
	_, raw := readLabelledFile(b, testenv.SharedData(b)+"/verify/dev.jsonl")
	batch := NewChecker().NewBatch()
	ctx := context.Background()
	enc := json.NewEncoder(io.Discard)
	enc.SetEscapeHTML(false)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		out, err := batch.Line(ctx, raw[i%len(raw)])
		if err != nil {
			b.Fatal(err)
		}
		if err := enc.Encode(&out); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkJSONFloorDev is Bench's floor: bare decode and encode of the
// same lines. BenchmarkBatchDev over it is the ratio the issue bounds.
func BenchmarkJSONFloorDev(b *testing.B) {
	_, raw := readLabelledFile(b, testenv.SharedData(b)+"/verify/dev.jsonl")
	enc := json.NewEncoder(io.Discard)
	enc.SetEscapeHTML(false)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var in batchIn
		if err := json.Unmarshal(raw[i%len(raw)], &in); err != nil {
			b.Fatal(err)
		}
		if err := enc.Encode(&in); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCheckColdDev is one dev post checked by a new Checker: its
// sheet compiled on the spot, the latency of a first check against a new
// fact sheet (the floor is 1 ms for a 280-character post).
func BenchmarkCheckColdDev(b *testing.B) {
	ins := devInputs(b)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := NewChecker().Check(ctx, ins[i%len(ins)]); err != nil {
			b.Fatal(err)
		}
	}
}
