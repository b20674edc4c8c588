package llm

// These tests run the real SDK clients against llmtest's fake servers,
// which follow OpenAI's and Anthropic's documented wire formats (bodies,
// error shapes, SSE events); no real provider is reachable from tests.

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vigie-cm/vigie/internal/llm/llmtest"
	"github.com/vigie-cm/vigie/internal/secret"
)

// sleeps records the delays Client asked for instead of waiting.
type sleeps struct {
	mu sync.Mutex
	d  []time.Duration
}

func (s *sleeps) sleep(ctx context.Context, d time.Duration) error {
	s.mu.Lock()
	s.d = append(s.d, d)
	s.mu.Unlock()
	return ctx.Err()
}

func testClient(p Provider, o Options) (*Client, *sleeps) {
	s := &sleeps{}
	o.sleep = s.sleep
	return NewClient(p, o), s
}

func userReq(text string) Request {
	return Request{System: "Be brief.", Messages: []Message{{Role: RoleUser, Content: text}}}
}

func TestOpenAIBasicAndStructuredOutput(t *testing.T) {
	srv := llmtest.NewOpenAI(t, llmtest.Reply{Text: `{"text":"Bonjour Lyon"}`})
	srv.APIKey = "sk-secret"
	c, _ := testClient(NewOpenAI(srv.BaseURL(), "sk-secret", "gpt-test", nil), Options{})
	req := userReq("Say hello")
	req.Schema = &Schema{Name: "draft", Schema: map[string]any{"type": "object", "properties": map[string]any{"text": map[string]any{"type": "string"}}}}
	r, err := c.Complete(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	if r.Text != `{"text":"Bonjour Lyon"}` || r.Model != "gpt-test" || r.Provider != "openai" || r.Attempts != 1 {
		t.Fatalf("unexpected response %+v", r)
	}
	if r.Usage.InputTokens != 4 || r.Usage.OutputTokens != 2 {
		t.Fatalf("usage %+v, want 4 in (Be brief. Say hello) / 2 out", r.Usage)
	}
	call := srv.Calls()[0]
	if call.System != "Be brief." || call.User != "Say hello" {
		t.Fatalf("prompt not sent as system+user: %+v", call)
	}
	rf, _ := call.Body["response_format"].(map[string]any)
	if rf["type"] != "json_schema" {
		t.Fatalf("response_format = %v, want json_schema", call.Body["response_format"])
	}
	if r.ProviderTime <= 0 || r.Overhead < 0 {
		t.Fatalf("timing not measured: provider %v overhead %v", r.ProviderTime, r.Overhead)
	}
}

func TestOpenAIPlainTextMinimalServer(t *testing.T) {
	srv := llmtest.NewOpenAI(t, llmtest.Reply{Text: "Just a plain draft.", Minimal: true})
	c, _ := testClient(NewOpenAI(srv.BaseURL(), "", "local", nil), Options{})
	r, err := c.Complete(context.Background(), userReq("hi"))
	if err != nil {
		t.Fatal(err)
	}
	if r.Text != "Just a plain draft." || r.Usage.Total() != 0 {
		t.Fatalf("got %+v", r)
	}
}

func TestOpenAISchemaRefusedFallsBackToPrompt(t *testing.T) {
	srv := llmtest.NewOpenAI(t)
	srv.Respond = func(n int, c llmtest.Call) llmtest.Reply {
		if _, ok := c.Body["response_format"]; ok {
			return llmtest.Reply{Status: 400, ErrType: "invalid_request_error", ErrMessage: "response_format is not supported"}
		}
		return llmtest.Reply{Text: "plain"}
	}
	c, _ := testClient(NewOpenAI(srv.BaseURL(), "", "m", nil), Options{})
	req := userReq("x")
	req.Schema = &Schema{Name: "d", Schema: map[string]any{"type": "object"}}
	for i := 0; i < 2; i++ {
		req.Messages[0].Content = "x" + strings.Repeat("!", i) // avoid nothing: no cache set
		r, err := c.Complete(context.Background(), req)
		if err != nil || r.Text != "plain" {
			t.Fatalf("call %d: %q %v", i, r.Text, err)
		}
	}
	if n := len(srv.Calls()); n != 3 {
		t.Fatalf("%d calls, want 3 (refusal, retry without schema, then schema no longer sent)", n)
	}
}

func TestSchemaGrammarFailureFallsBack(t *testing.T) {
	srv := llmtest.NewOpenAI(t)
	srv.Respond = func(n int, c llmtest.Call) llmtest.Reply {
		if _, ok := c.Body["response_format"]; ok {
			return llmtest.Reply{Status: 500, ErrMessage: "failed to parse grammar from JSON schema"}
		}
		return llmtest.Reply{Text: "plain"}
	}
	c, _ := testClient(NewOpenAI(srv.BaseURL(), "", "m", nil), Options{})
	req := userReq("x")
	req.Schema = &Schema{Name: "d", Schema: map[string]any{"type": "object"}}
	r, err := c.Complete(context.Background(), req)
	if err != nil || r.Text != "plain" || len(srv.Calls()) != 2 {
		t.Fatalf("%q %v after %d calls", r.Text, err, len(srv.Calls()))
	}
}

func TestRetryAfterHonoured(t *testing.T) {
	srv := llmtest.NewOpenAI(t,
		llmtest.Reply{Status: 429, ErrType: "rate_limit_exceeded", ErrMessage: "Rate limit reached", Header: map[string]string{"Retry-After": "7"}},
		llmtest.Reply{Status: 429, ErrMessage: "again", Header: map[string]string{"Retry-After-Ms": "1500"}},
		llmtest.Reply{Text: "finally"},
	)
	c, s := testClient(NewOpenAI(srv.BaseURL(), "", "m", nil), Options{})
	r, err := c.Complete(context.Background(), userReq("x"))
	if err != nil {
		t.Fatal(err)
	}
	if r.Text != "finally" || r.Attempts != 3 {
		t.Fatalf("got %+v", r)
	}
	if len(s.d) != 2 || s.d[0] != 7*time.Second || s.d[1] != 1500*time.Millisecond {
		t.Fatalf("waits %v, want [7s 1.5s] from Retry-After and retry-after-ms", s.d)
	}
}

func TestRetryAfterTooLongFailsWithDelay(t *testing.T) {
	srv := llmtest.NewOpenAI(t, llmtest.Reply{Status: 429, ErrMessage: "quota", Header: map[string]string{"Retry-After": "3600"}})
	c, s := testClient(NewOpenAI(srv.BaseURL(), "", "m", nil), Options{})
	_, err := c.Complete(context.Background(), userReq("x"))
	if !IsKind(err, KindRateLimited) || !strings.Contains(err.Error(), "retry after 1h0m0s") {
		t.Fatalf("err = %v", err)
	}
	if len(s.d) != 0 || len(srv.Calls()) != 1 {
		t.Fatalf("should fail at once, waited %v", s.d)
	}
}

func TestServerErrorsBackoffThenGiveUp(t *testing.T) {
	srv := llmtest.NewOpenAI(t, llmtest.Reply{Status: 503, ErrMessage: "The server is overloaded"})
	c, s := testClient(NewOpenAI(srv.BaseURL(), "", "m", nil), Options{MaxRetries: 2, BaseBackoff: 100 * time.Millisecond})
	_, err := c.Complete(context.Background(), userReq("x"))
	if !IsKind(err, KindServer) || !strings.Contains(err.Error(), "HTTP 503: The server is overloaded") {
		t.Fatalf("err = %v", err)
	}
	if len(srv.Calls()) != 3 || len(s.d) != 2 {
		t.Fatalf("%d calls, %d waits; want 3 and 2", len(srv.Calls()), len(s.d))
	}
	if s.d[0] < 75*time.Millisecond || s.d[0] > 125*time.Millisecond || s.d[1] < 150*time.Millisecond || s.d[1] > 250*time.Millisecond {
		t.Fatalf("backoff %v not exponential with ±25%% jitter around 100ms, 200ms", s.d)
	}
}

func TestClearErrors(t *testing.T) {
	srv := llmtest.NewOpenAI(t)
	srv.APIKey = "sk-right"
	srv.Models = []string{"known"}

	c, _ := testClient(NewOpenAI(srv.BaseURL(), "sk-wrong-123", "known", nil), Options{})
	_, err := c.Complete(context.Background(), userReq("x"))
	if !IsKind(err, KindAuth) || !strings.Contains(err.Error(), "invalid API key for openai at "+srv.BaseURL()) {
		t.Fatalf("401: %v", err)
	}
	if strings.Contains(err.Error(), "sk-wrong-123") {
		t.Fatal("error message leaks the API key")
	}
	if len(srv.Calls()) != 1 {
		t.Fatal("401 must not be retried")
	}

	c, _ = testClient(NewOpenAI(srv.BaseURL(), "sk-right", "nope", nil), Options{})
	_, err = c.Complete(context.Background(), userReq("x"))
	if !IsKind(err, KindModelNotFound) || !strings.Contains(err.Error(), `model "nope" not found at`) {
		t.Fatalf("404: %v", err)
	}

	dead := httptest.NewServer(http.NotFoundHandler())
	url := dead.URL + "/v1"
	dead.Close()
	c, _ = testClient(NewOpenAI(url, "", "m", nil), Options{MaxRetries: 1})
	_, err = c.Complete(context.Background(), userReq("x"))
	if !IsKind(err, KindUnreachable) || !strings.Contains(err.Error(), "provider unreachable at "+url) {
		t.Fatalf("unreachable: %v", err)
	}
}

func TestMalformedJSON(t *testing.T) {
	for _, p := range []struct {
		name string
		srv  func() *llmtest.Server
		mk   func(u string) Provider
	}{
		{"openai", func() *llmtest.Server { return llmtest.NewOpenAI(t, llmtest.Reply{Raw: `{"choices": [ {"message": `}) },
			func(u string) Provider { return NewOpenAI(u+"/v1", "", "m", nil) }},
		{"anthropic", func() *llmtest.Server {
			return llmtest.NewAnthropic(t, llmtest.Reply{Raw: `{"content": [ {"type": "text", "text": "x"`})
		},
			func(u string) Provider { return NewAnthropic(u, "k", "m", nil) }},
	} {
		srv := p.srv()
		c, _ := testClient(p.mk(srv.URL), Options{})
		_, err := c.Complete(context.Background(), userReq("x"))
		if !IsKind(err, KindBadResponse) || !strings.Contains(err.Error(), "malformed response") {
			t.Fatalf("%s: err = %v", p.name, err)
		}
	}
}

func TestTimeoutAndCancel(t *testing.T) {
	srv := llmtest.NewOpenAI(t, llmtest.Reply{Text: "late", Delay: 300 * time.Millisecond})
	c, _ := testClient(NewOpenAI(srv.BaseURL(), "", "m", nil), Options{Timeout: 50 * time.Millisecond, MaxRetries: -1})
	_, err := c.Complete(context.Background(), userReq("x"))
	if !IsKind(err, KindTimeout) || !strings.Contains(err.Error(), "no answer within 50ms") {
		t.Fatalf("timeout: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = c.Complete(ctx, userReq("y"))
	if !IsKind(err, KindCanceled) {
		t.Fatalf("cancel: %v", err)
	}
}

func TestOpenAIStreaming(t *testing.T) {
	srv := llmtest.NewOpenAI(t, llmtest.Reply{Text: "Streaming draft, piece by piece."})
	c, _ := testClient(NewOpenAI(srv.BaseURL(), "", "m", nil), Options{})
	var pieces []string
	req := userReq("go")
	req.OnDelta = func(s string) { pieces = append(pieces, s) }
	r, err := c.Complete(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	if r.Text != "Streaming draft, piece by piece." || len(pieces) < 3 || strings.Join(pieces, "") != r.Text {
		t.Fatalf("text %q from %d pieces", r.Text, len(pieces))
	}
	if !srv.Calls()[0].Stream || r.Usage.OutputTokens != 5 || r.StopReason != "stop" {
		t.Fatalf("stream flag/usage/stop: %+v", r)
	}
}

func TestAnthropicWireFormat(t *testing.T) {
	srv := llmtest.NewAnthropic(t, llmtest.Reply{Text: "Hello from Claude"})
	srv.APIKey = "ak-1"
	c, _ := testClient(NewAnthropic(srv.URL, "ak-1", "claude-test", nil), Options{})
	req := userReq("Say hello")
	req.Schema = &Schema{Name: "d", Schema: map[string]any{"type": "object"}}
	r, err := c.Complete(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	if r.Text != "Hello from Claude" || r.Provider != "anthropic" || r.Usage.InputTokens != 4 || r.Usage.OutputTokens != 3 {
		t.Fatalf("got %+v", r)
	}
	call := srv.Calls()[0]
	if (call.Header.Get("X-Api-Key") != "ak-1" && call.Header.Get("Authorization") != "Bearer ak-1") || call.Header.Get("Anthropic-Version") == "" {
		t.Fatalf("headers %v", call.Header)
	}
	if call.System != "Be brief." || call.Body["max_tokens"] != float64(defaultMaxTokens) {
		t.Fatalf("system/max_tokens not sent: %v", call.Body)
	}
	oc, _ := call.Body["output_config"].(map[string]any)
	if f, _ := oc["format"].(map[string]any); f["type"] != "json_schema" {
		t.Fatalf("output_config = %v", call.Body["output_config"])
	}

	var got strings.Builder
	req = userReq("stream it")
	req.OnDelta = func(s string) { got.WriteString(s) }
	srv.Script = []llmtest.Reply{{Text: "A streamed Anthropic answer."}}
	r, err = c.Complete(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	if r.Text != "A streamed Anthropic answer." || got.String() != r.Text || r.Usage.OutputTokens != 4 || r.Usage.InputTokens != 4 || r.StopReason != "end_turn" {
		t.Fatalf("stream: %+v (%q)", r, got.String())
	}
}

func TestAnthropicErrors(t *testing.T) {
	srv := llmtest.NewAnthropic(t,
		llmtest.Reply{Status: 529, ErrMessage: "Overloaded"},
		llmtest.Reply{Status: 429, ErrMessage: "Number of requests has exceeded your rate limit", Header: map[string]string{"Retry-After": "2"}},
		llmtest.Reply{Text: "ok"},
	)
	srv.APIKey = "good"
	srv.Models = []string{"claude-test"}
	c, s := testClient(NewAnthropic(srv.URL, "good", "claude-test", nil), Options{})
	r, err := c.Complete(context.Background(), userReq("x"))
	if err != nil || r.Attempts != 3 || s.d[1] != 2*time.Second {
		t.Fatalf("r=%+v err=%v waits=%v", r, err, s.d)
	}
	c, _ = testClient(NewAnthropic(srv.URL, "bad-key-xyz", "claude-test", nil), Options{})
	_, err = c.Complete(context.Background(), userReq("x"))
	if !IsKind(err, KindAuth) || !strings.Contains(err.Error(), "invalid x-api-key") || strings.Contains(err.Error(), "bad-key-xyz") {
		t.Fatalf("401: %v", err)
	}
	c, _ = testClient(NewAnthropic(srv.URL, "good", "claude-nope", nil), Options{})
	_, err = c.Complete(context.Background(), userReq("x"))
	if !IsKind(err, KindModelNotFound) || !strings.Contains(err.Error(), `"claude-nope"`) {
		t.Fatalf("404: %v", err)
	}
}

func TestCacheAndAccounting(t *testing.T) {
	srv := llmtest.NewOpenAI(t)
	srv.Respond = func(n int, c llmtest.Call) llmtest.Reply { return llmtest.Reply{Text: "answer to " + c.User} }
	meter := NewMeter()
	cache := NewCache(2)
	c, _ := testClient(NewOpenAI(srv.BaseURL(), "", "m", nil), Options{Cache: cache, Meter: meter, Prices: &Price{InputPerMTok: 2, OutputPerMTok: 10}})
	ctx := context.Background()
	req := userReq("one two")
	req.Accounts = []string{"workspace:1", "draft:a"}
	r1, err := c.Complete(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	r2, err := c.Complete(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if len(srv.Calls()) != 1 || !r2.Cached || r2.Text != r1.Text || r2.Usage.Total() != 0 {
		t.Fatalf("second identical call not served from cache: calls=%d r2=%+v", len(srv.Calls()), r2)
	}
	other := userReq("three")
	other.Accounts = []string{"workspace:1", "draft:b"}
	r3, err := c.Complete(ctx, other)
	if err != nil || r3.Cached {
		t.Fatalf("different request must miss: %+v %v", r3, err)
	}
	// r1: 4 in (Be brief. one two) + 4 out (answer to one two)
	wantCost := (4*2.0 + 4*10.0) / 1e6
	if r1.CostUSD != wantCost {
		t.Fatalf("cost %v, want %v", r1.CostUSD, wantCost)
	}
	a := meter.Totals("draft:a")
	if a.Calls != 1 || a.CacheHits != 1 || a.Usage.Total() != 8 || a.CostUSD != wantCost {
		t.Fatalf("draft:a totals %+v", a)
	}
	w := meter.Totals("workspace:1")
	if w.Calls != 2 || w.Usage != r1.Usage.Add(r3.Usage) {
		t.Fatalf("workspace totals %+v", w)
	}
	if h, m := cache.Stats(); h != 1 || m != 2 {
		t.Fatalf("cache stats %d/%d", h, m)
	}
	// Capacity 2: a third distinct request evicts the least recent.
	if _, err := c.Complete(ctx, userReq("four")); err != nil {
		t.Fatal(err)
	}
	if cache.Len() != 2 {
		t.Fatalf("cache len %d, want 2", cache.Len())
	}
	if got := meter.Accounts(); len(got) != 3 {
		t.Fatalf("accounts %v", got)
	}
}

func TestCacheKeyIgnoresSecretsAndAccounts(t *testing.T) {
	a := NewOpenAI("http://x/v1", "key-a", "m", nil)
	b := NewOpenAI("http://x/v1", "key-b", "m", nil)
	r1, r2 := userReq("x"), userReq("x")
	r2.Accounts = []string{"draft:9"}
	if CacheKey(a, r1) != CacheKey(b, r2) {
		t.Fatal("key differs by API key or accounts")
	}
	r2.Model = "other"
	if CacheKey(a, r1) == CacheKey(a, r2) {
		t.Fatal("model not in the key")
	}
}

func TestConfigFromEnvAndSealing(t *testing.T) {
	env := map[string]string{EnvProvider: "Anthropic", EnvModel: "claude-x", EnvAPIKey: "sk-ant-1", EnvTimeout: "30", EnvPriceIn: "3", EnvPriceOut: "15"}
	c, err := FromEnv(func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	if c.Provider != "anthropic" || c.Timeout.Duration() != 30*time.Second || c.Price.OutputPerMTok != 15 {
		t.Fatalf("config %+v", c)
	}
	if strings.Contains(c.String(), "sk-ant-1") {
		t.Fatal("String leaks the key")
	}
	box, _ := secret.NewBox("k")
	if err := c.Seal(box, "workspace:1"); err != nil {
		t.Fatal(err)
	}
	if c.APIKey != "" || !secret.IsSealed(c.APIKeySealed) {
		t.Fatalf("not sealed: %+v", c)
	}
	if err := c.Unseal(box, "workspace:2"); err == nil {
		t.Fatal("key sealed for workspace 1 opened for workspace 2")
	}
	if err := c.Unseal(box, "workspace:1"); err != nil || c.APIKey != "sk-ant-1" {
		t.Fatalf("unseal: %v", err)
	}

	for _, bad := range []map[string]string{
		{EnvProvider: "gemini", EnvModel: "m"},
		{EnvProvider: "openai"},
		{EnvBaseURL: "localhost:11434", EnvModel: "m"},
		{EnvProvider: "anthropic", EnvModel: "m"},
	} {
		c, err := FromEnv(func(k string) string { return bad[k] })
		if err == nil {
			err = c.Validate()
		}
		if err == nil {
			t.Errorf("%v accepted", bad)
		}
	}
	if _, err := FromEnv(func(k string) string { return map[string]string{EnvTimeout: "soon"}[k] }); err == nil {
		t.Error("bad timeout accepted")
	}
	c, _ = FromEnv(func(string) string { return "" })
	if c.Enabled() {
		t.Fatal("empty env must mean no provider")
	}
	if _, err := NewProvider(c, nil); !errors.Is(err, ErrNotConfigured) {
		t.Fatalf("err = %v", err)
	}
	c, _ = FromEnv(func(k string) string {
		return map[string]string{EnvBaseURL: "http://127.0.0.1:11434/v1", EnvModel: "llama3.2"}[k]
	})
	p, err := NewProvider(c, nil)
	if err != nil || p.Name() != "openai" || p.Endpoint() != "http://127.0.0.1:11434/v1" {
		t.Fatalf("base URL alone should mean openai-compatible: %v %v", p, err)
	}
}

func TestRetryAfterParsing(t *testing.T) {
	now := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	h := http.Header{}
	h.Set("Retry-After", now.Add(90*time.Second).Format(http.TimeFormat))
	if d := retryAfter(h, now); d != 90*time.Second {
		t.Fatalf("http-date: %v", d)
	}
	h.Set("Retry-After", "garbage")
	if d := retryAfter(h, now); d != 0 {
		t.Fatalf("garbage: %v", d)
	}
}

func TestPromptsRender(t *testing.T) {
	type fact struct{ ID, Text string }
	type finding struct{ Kind, Text, Message, Fact, Suggestion string }
	type faq struct{ Question, Answer string }
	data := map[string]any{
		"Brand": "Maison Test", "Lang": "fr", "LangName": "français", "SourceLangName": "English",
		"Network": "x", "NetworkName": "X", "FromNetworkName": "LinkedIn", "Rules": "280 caractères pondérés",
		"Voice": "chaleureux", "Audience": "familles", "WordsUse": []string{"gourmand"}, "WordsAvoid": []string{"incroyable"},
		"Brief": "Annoncer l'ouverture", "Facts": []fact{{"F1", "Ouverture le 12 septembre."}},
		"FAQ": []faq{{"Horaires ?", "7h-19h"}}, "Variant": 2, "Variants": 3, "Angle": "question",
		"Previous": []string{"Première variante"}, "Draft": "Ouverture le 13 septembre",
		"Findings": []finding{{"contradicted", "13 septembre", "date différente", "Ouverture le 12 septembre.", "12 septembre"}},
		"Text":     "Opening on 12 September",
	}
	for _, name := range []string{"draft", "correct", "translate", "adapt"} {
		for _, lang := range []string{"fr", "en", "de"} {
			p, err := RenderPrompt(name, lang, data)
			if err != nil {
				t.Fatalf("%s.%s: %v", name, lang, err)
			}
			if p.System == "" || p.User == "" || len(p.Hash) != 16 || p.Version != PromptVersion {
				t.Fatalf("%s.%s: %+v", name, lang, p)
			}
			if !strings.Contains(p.User, "F1") && name != "translate" && name != "adapt" {
				t.Fatalf("%s.%s: facts not in prompt", name, lang)
			}
		}
	}
	a, _ := RenderPrompt("draft", "fr", data)
	data["Variant"] = 3
	b, _ := RenderPrompt("draft", "fr", data)
	if a.Hash == b.Hash {
		t.Fatal("hash does not follow the text")
	}
	if _, err := RenderPrompt("draft", "fr", map[string]any{}); err == nil {
		t.Fatal("missing data must fail, not render <no value>")
	}
}

func FuzzDetailFromBody(f *testing.F) {
	f.Add(`{"error":{"message":"bad"}}`)
	f.Add(`{"type":"error","error":{"type":"x","message":"y"}}`)
	f.Add(`{"error":"model not found"}`)
	f.Add(`<html>`)
	f.Fuzz(func(t *testing.T, body string) {
		d := detailFromBody(body)
		if len(d) > len(body)+len("…") {
			t.Fatalf("detail longer than body")
		}
	})
}
