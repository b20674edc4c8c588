package compose

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/vigie-cm/vigie/internal/llm"
	"github.com/vigie-cm/vigie/internal/llm/llmtest"
)

// BenchPost is one labelled post of the shared verify set, used as a
// model's first draft.
type BenchPost struct {
	ID, Lang, Network, Brief, Post string
	Facts                          []string
	Hallucinated                   bool // the set labels at least one span
}

// BenchReport holds the scripted-scenario figures.
type BenchReport struct {
	Drafts, Passed, NeedsHuman int
	Hallucinated               int // first drafts with a labelled error
	Calls                      int
	Tokens                     llm.Usage
	RoundsHist                 map[int]int // correction rounds used → drafts
	Overheads                  []time.Duration
	ProviderTime               time.Duration
	Wall                       time.Duration
	BaselineRoundTrip          time.Duration // bare HTTP POST + decode to the same server
	// Paired is a dedicated measurement: the same draft request sent
	// alternately bare and through llm.Client, many times, so both see the
	// same machine load; medians of each.
	PairedN                    int
	PairedOverhead, PairedBare time.Duration
	Offline                    OfflineReport
}

// OfflineReport is the offline composer's pass rate over the same sheets.
type OfflineReport struct {
	Sheets, Drafts, Passed int
	Wall                   time.Duration
}

// CallsPerVerified is model calls per draft that ended in pass.
func (r BenchReport) CallsPerVerified() float64 {
	if r.Passed == 0 {
		return 0
	}
	return float64(r.Calls) / float64(r.Passed)
}

// TokensPerVerified is tokens (in+out) per draft that ended in pass.
func (r BenchReport) TokensPerVerified() float64 {
	if r.Passed == 0 {
		return 0
	}
	return float64(r.Tokens.Total()) / float64(r.Passed)
}

// OverheadQuantile returns a quantile of the per-call overhead.
func (r BenchReport) OverheadQuantile(q float64) time.Duration {
	if len(r.Overheads) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), r.Overheads...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[int(q*float64(len(s)-1))]
}

// OverheadMean is the mean per-call overhead.
func (r BenchReport) OverheadMean() time.Duration {
	if len(r.Overheads) == 0 {
		return 0
	}
	var t time.Duration
	for _, d := range r.Overheads {
		t += d
	}
	return t / time.Duration(len(r.Overheads))
}

// findingLine reads the findings out of Vigie's own correction prompt:
// `- kind: "text" — the facts give: X (...)` (EN) or
// `- kind : « text » — selon les faits : X (...)` (FR).
var findingLine = regexp.MustCompile(`(?m)^- (\w+) ?: (?:"|« )(.*?)(?:"| »)(?: — (?:the facts give|selon les faits) ?: (.*?))?(?: \(|$| — )`)

var draftBlock = regexp.MustCompile(`(?s)<<<\n(.*?)\n>>>`)

// literalModel is the scripted model of the benchmark: its first draft is
// the labelled post (hallucinations included), and it follows correction
// prompts to the letter — a contradicted value becomes the value the facts
// give, and the sentence of an unsupported claim is dropped. It stands for a
// cooperative model; real models are less literal, and the figures say so.
func literalModel(first string) func(n int, c llmtest.Call) llmtest.Reply {
	return func(_ int, c llmtest.Call) llmtest.Reply {
		m := draftBlock.FindStringSubmatch(c.User)
		if m == nil { // a drafting prompt, not a correction
			return jsonReply(first)
		}
		text := m[1]
		for _, f := range findingLine.FindAllStringSubmatch(c.User, -1) {
			kind, span, sug := f[1], f[2], strings.TrimSpace(f[3])
			if span == "" || kind == KindLength {
				continue
			}
			if kind == "contradicted" && sug != "" {
				text = strings.Replace(text, span, sug, 1)
				continue
			}
			text = dropSentence(text, span)
		}
		return jsonReply(text)
	}
}

func dropSentence(text, span string) string {
	var kept []string
	for _, s := range splitSentences(text) {
		if !strings.Contains(s, span) {
			kept = append(kept, s)
		}
	}
	if len(kept) == 0 {
		return strings.Replace(text, span, "", 1)
	}
	return strings.Join(kept, " ")
}

func jsonReply(text string) llmtest.Reply {
	b, _ := json.Marshal(map[string]any{"text": text, "fact_ids": []string{}})
	return llmtest.Reply{Text: string(b)}
}

// Bench runs the scripted self-correction scenario over posts and the
// offline composer over their sheets. rounds is the loop's MaxRounds.
func Bench(ctx context.Context, posts []BenchPost, rounds int) (BenchReport, error) {
	rep := BenchReport{RoundsHist: map[int]int{}}
	srv := llmtest.StartOpenAI()
	defer srv.Close()
	client := llm.NewClient(llm.NewOpenAI(srv.BaseURL(), "", "scripted-literal", nil), llm.Options{Meter: llm.NewMeter()})
	c, err := New(Options{LLM: client, Verifier: NewEngine(), MaxRounds: rounds})
	if err != nil {
		return rep, err
	}
	start := time.Now()
	for _, p := range posts {
		srv.Respond = literalModel(p.Post)
		ds, err := c.Draft(ctx, Input{ID: p.ID, Lang: p.Lang, Facts: FactsFromStrings(p.Facts), Brief: p.Brief, Networks: []string{p.Network}})
		if err != nil {
			return rep, fmt.Errorf("compose: bench %s: %w", p.ID, err)
		}
		d := ds[0]
		rep.Drafts++
		if p.Hallucinated {
			rep.Hallucinated++
		}
		if d.State == StatePass {
			rep.Passed++
		} else {
			rep.NeedsHuman++
		}
		rep.Calls += d.Calls
		rep.Tokens = rep.Tokens.Add(d.Tokens)
		rep.RoundsHist[len(d.Rounds)-1]++
		rep.Overheads = append(rep.Overheads, d.Overheads...)
		rep.ProviderTime += d.ProviderTime
	}
	rep.Wall = time.Since(start)
	rep.BaselineRoundTrip = baselineRoundTrip(ctx, srv, posts)
	rep.PairedN, rep.PairedOverhead, rep.PairedBare = paired(ctx, srv, client, posts[0])

	// Offline composer over each distinct sheet, every network, 3 variants.
	seen := map[string]bool{}
	off, _ := New(Options{Verifier: NewEngine()})
	ostart := time.Now()
	for _, p := range posts {
		key := p.Lang + "\x00" + p.Brief + "\x00" + strings.Join(p.Facts, "\x00")
		if seen[key] {
			continue
		}
		seen[key] = true
		rep.Offline.Sheets++
		ds, err := off.Draft(ctx, Input{Lang: p.Lang, Facts: FactsFromStrings(p.Facts), Brief: p.Brief,
			Networks: []string{"x", "bluesky", "mastodon", "threads", "instagram", "linkedin", "facebook", "tiktok"}, Variants: 3})
		if err != nil {
			return rep, err
		}
		for _, d := range ds {
			rep.Offline.Drafts++
			if d.State == StatePass {
				rep.Offline.Passed++
			}
		}
	}
	rep.Offline.Wall = time.Since(ostart)
	return rep, nil
}

// paired sends the same rendered draft prompt n times through llm.Client
// (cache off) and n times as a bare HTTP request, alternating, and returns
// the median of Vigie's overhead (client time minus provider time) and the
// median bare round trip.
func paired(ctx context.Context, srv *llmtest.Server, client *llm.Client, p BenchPost) (int, time.Duration, time.Duration) {
	srv.Respond = func(int, llmtest.Call) llmtest.Reply { return jsonReply(p.Post) }
	pr, err := llm.RenderPrompt("draft", promptLang(p.Lang), promptData{Brand: "Brand", Lang: p.Lang, LangName: langName(p.Lang, promptLang(p.Lang)),
		Network: "x", NetworkName: "X", Rules: "280", Brief: p.Brief, Facts: FactsFromStrings(p.Facts), Variant: 1, Variants: 1, Angle: "news"})
	if err != nil {
		return 0, 0, 0
	}
	req := pr.Request()
	req.Schema, req.NoCache = draftSchema, true
	body, _ := json.Marshal(map[string]any{"model": "scripted-literal", "messages": []any{
		map[string]any{"role": "system", "content": pr.System}, map[string]any{"role": "user", "content": pr.User}}})
	const n = 300
	var over, bare []time.Duration
	for i := 0; i < n; i++ {
		r, err := client.Complete(ctx, req)
		if err != nil {
			return 0, 0, 0
		}
		over = append(over, r.Overhead)
		t0 := time.Now()
		hr, _ := http.NewRequestWithContext(ctx, http.MethodPost, srv.BaseURL()+"/chat/completions", bytes.NewReader(body))
		hr.Header.Set("Content-Type", "application/json")
		resp, err := http.DefaultClient.Do(hr)
		if err != nil {
			return 0, 0, 0
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		var v map[string]any
		_ = json.Unmarshal(b, &v)
		bare = append(bare, time.Since(t0))
	}
	med := func(d []time.Duration) time.Duration {
		sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
		return d[len(d)/2]
	}
	return n, med(over), med(bare)
}

// baselineRoundTrip is the mean time of a bare HTTP POST of a typical
// request body to the same local server, reading and decoding the answer:
// the floor any client pays, against which Vigie's overhead is compared.
func baselineRoundTrip(ctx context.Context, srv *llmtest.Server, posts []BenchPost) time.Duration {
	srv.Respond = func(int, llmtest.Call) llmtest.Reply { return jsonReply(posts[0].Post) }
	body, _ := json.Marshal(map[string]any{"model": "m", "messages": []any{
		map[string]any{"role": "system", "content": strings.Repeat("rule ", 120)},
		map[string]any{"role": "user", "content": strings.Join(posts[0].Facts, "\n") + posts[0].Brief}}})
	const n = 200
	var total time.Duration
	for i := 0; i < n; i++ {
		t0 := time.Now()
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, srv.BaseURL()+"/chat/completions", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return 0
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		var v map[string]any
		_ = json.Unmarshal(b, &v)
		total += time.Since(t0)
	}
	return total / n
}
