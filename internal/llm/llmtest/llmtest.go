// Package llmtest runs scripted fake LLM servers on loopback for tests. They
// follow the providers' documented wire formats — OpenAI's
// POST /chat/completions (JSON and SSE streaming, error bodies
// {"error":{...}}, Retry-After) and Anthropic's POST /v1/messages (JSON and
// the message_start … message_stop event stream, error bodies
// {"type":"error","error":{...}}) — so that the real SDK clients talk to
// them unchanged. They are fakes because a real provider is out of reach in
// tests; nothing else in Vigie is faked.
package llmtest

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// Reply is one scripted answer.
type Reply struct {
	// Text is the assistant's content for a 200 answer.
	Text string
	// Status, when not 0 or 200, makes an error answer with ErrType and
	// ErrMessage in the provider's error body.
	Status     int
	ErrType    string
	ErrMessage string
	// Header is added to the answer (e.g. Retry-After).
	Header map[string]string
	// Raw, when set, is sent as the body as is (malformed answers).
	Raw string
	// Minimal answers with only choices[0].message.content, as the simplest
	// OpenAI-compatible servers do (no id, no usage).
	Minimal bool
	// Delay before answering.
	Delay time.Duration
}

// Call is a request the server received.
type Call struct {
	Path   string
	Header http.Header
	Body   map[string]any
	// System and User are the system prompt and the last user message.
	System string
	User   string
	Stream bool
}

// Server is a scripted fake.
type Server struct {
	*httptest.Server
	// Respond chooses the reply for the n-th call (0-based); when nil the
	// Script is played in order and its last reply repeats.
	Respond func(n int, c Call) Reply
	Script  []Reply
	// APIKey, when set, is required (401 otherwise).
	APIKey string
	// Models, when set, are the only known models (404 otherwise).
	Models []string

	mu    sync.Mutex
	calls []Call
}

// Calls returns the requests received so far.
func (s *Server) Calls() []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Call(nil), s.calls...)
}

func (s *Server) next(c Call) Reply {
	s.mu.Lock()
	n := len(s.calls)
	s.calls = append(s.calls, c)
	s.mu.Unlock()
	if s.Respond != nil {
		return s.Respond(n, c)
	}
	if len(s.Script) == 0 {
		return Reply{Text: "ok"}
	}
	if n >= len(s.Script) {
		n = len(s.Script) - 1
	}
	return s.Script[n]
}

func (s *Server) knownModel(m string) bool {
	if len(s.Models) == 0 {
		return true
	}
	for _, x := range s.Models {
		if x == m {
			return true
		}
	}
	return false
}

func decodeCall(r *http.Request) (Call, error) {
	c := Call{Path: r.URL.Path, Header: r.Header.Clone()}
	b, err := io.ReadAll(r.Body)
	if err != nil {
		return c, err
	}
	if err := json.Unmarshal(b, &c.Body); err != nil {
		return c, err
	}
	c.Stream, _ = c.Body["stream"].(bool)
	if sys, ok := c.Body["system"]; ok {
		c.System = textOf(sys)
	}
	msgs, _ := c.Body["messages"].([]any)
	for _, m := range msgs {
		mm, _ := m.(map[string]any)
		role, _ := mm["role"].(string)
		switch role {
		case "system", "developer":
			c.System = textOf(mm["content"])
		case "user":
			c.User = textOf(mm["content"])
		}
	}
	return c, nil
}

// textOf flattens a content field: a string or a list of text blocks.
func textOf(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []any:
		var b strings.Builder
		for _, p := range x {
			if m, ok := p.(map[string]any); ok {
				if t, ok := m["text"].(string); ok {
					b.WriteString(t)
				}
			}
		}
		return b.String()
	}
	return ""
}

// tokens is the fake's token count: one per whitespace-separated word, so
// accounting tests have figures that depend on the text.
func tokens(s string) int { return len(strings.Fields(s)) }

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func applyReply(w http.ResponseWriter, r Reply) bool {
	if r.Delay > 0 {
		time.Sleep(r.Delay)
	}
	for k, v := range r.Header {
		w.Header().Set(k, v)
	}
	if r.Raw != "" {
		w.Header().Set("Content-Type", "application/json")
		st := r.Status
		if st == 0 {
			st = 200
		}
		w.WriteHeader(st)
		_, _ = io.WriteString(w, r.Raw)
		return true
	}
	return false
}

// NewOpenAI starts a fake OpenAI-compatible server. Its base URL for
// clients is srv.URL + "/v1".
func NewOpenAI(t testing.TB, script ...Reply) *Server {
	s := StartOpenAI(script...)
	t.Cleanup(s.Close)
	return s
}

// StartOpenAI is NewOpenAI outside tests (benchmarks); the caller closes it.
func StartOpenAI(script ...Reply) *Server {
	s := &Server{Script: script}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serveOpenAI))
	return s
}

// BaseURL is the API root clients are configured with.
func (s *Server) BaseURL() string { return s.URL + "/v1" }

func openAIError(w http.ResponseWriter, status int, typ, code, msg string) {
	writeJSON(w, status, map[string]any{"error": map[string]any{"message": msg, "type": typ, "param": nil, "code": code}})
}

func (s *Server) serveOpenAI(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost || r.URL.Path != "/v1/chat/completions" {
		openAIError(w, 404, "invalid_request_error", "unknown_url", fmt.Sprintf("Unknown request URL: %s %s", r.Method, r.URL.Path))
		return
	}
	c, err := decodeCall(r)
	if err != nil {
		openAIError(w, 400, "invalid_request_error", "", "We could not parse the JSON body of your request.")
		return
	}
	if s.APIKey != "" && r.Header.Get("Authorization") != "Bearer "+s.APIKey {
		s.mu.Lock()
		s.calls = append(s.calls, c)
		s.mu.Unlock()
		openAIError(w, 401, "invalid_request_error", "invalid_api_key", "Incorrect API key provided.")
		return
	}
	model, _ := c.Body["model"].(string)
	if !s.knownModel(model) {
		s.mu.Lock()
		s.calls = append(s.calls, c)
		s.mu.Unlock()
		openAIError(w, 404, "invalid_request_error", "model_not_found", fmt.Sprintf("The model `%s` does not exist or you do not have access to it.", model))
		return
	}
	rep := s.next(c)
	if applyReply(w, rep) {
		return
	}
	if rep.Status != 0 && rep.Status != 200 {
		typ := rep.ErrType
		if typ == "" {
			typ = "server_error"
		}
		openAIError(w, rep.Status, typ, "", rep.ErrMessage)
		return
	}
	in, out := tokens(c.System)+tokens(c.User), tokens(rep.Text)
	if rep.Minimal {
		writeJSON(w, 200, map[string]any{"choices": []any{map[string]any{"message": map[string]any{"content": rep.Text}}}})
		return
	}
	if c.Stream {
		w.Header().Set("Content-Type", "text/event-stream")
		fl, _ := w.(http.Flusher)
		send := func(v any) {
			b, _ := json.Marshal(v)
			fmt.Fprintf(w, "data: %s\n\n", b)
			if fl != nil {
				fl.Flush()
			}
		}
		chunk := func(delta map[string]any, finish any) map[string]any {
			return map[string]any{"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": 1, "model": model,
				"choices": []any{map[string]any{"index": 0, "delta": delta, "finish_reason": finish}}}
		}
		send(chunk(map[string]any{"role": "assistant", "content": ""}, nil))
		for _, piece := range splitPieces(rep.Text) {
			send(chunk(map[string]any{"content": piece}, nil))
		}
		send(chunk(map[string]any{}, "stop"))
		if so, ok := c.Body["stream_options"].(map[string]any); ok && so["include_usage"] == true {
			send(map[string]any{"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": 1, "model": model, "choices": []any{},
				"usage": map[string]any{"prompt_tokens": in, "completion_tokens": out, "total_tokens": in + out}})
		}
		fmt.Fprint(w, "data: [DONE]\n\n")
		return
	}
	writeJSON(w, 200, map[string]any{
		"id": "chatcmpl-fake", "object": "chat.completion", "created": 1, "model": model,
		"choices": []any{map[string]any{"index": 0, "message": map[string]any{"role": "assistant", "content": rep.Text}, "finish_reason": "stop"}},
		"usage":   map[string]any{"prompt_tokens": in, "completion_tokens": out, "total_tokens": in + out},
	})
}

// splitPieces cuts text into a few stream deltas at rune boundaries.
func splitPieces(s string) []string {
	r := []rune(s)
	var out []string
	for len(r) > 0 {
		n := 7
		if n > len(r) {
			n = len(r)
		}
		out = append(out, string(r[:n]))
		r = r[n:]
	}
	return out
}

// NewAnthropic starts a fake Anthropic Messages API server. Clients use
// srv.URL as the base URL.
func NewAnthropic(t testing.TB, script ...Reply) *Server {
	s := &Server{Script: script}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serveAnthropic))
	t.Cleanup(s.Close)
	return s
}

func anthropicError(w http.ResponseWriter, status int, typ, msg string) {
	writeJSON(w, status, map[string]any{"type": "error", "error": map[string]any{"type": typ, "message": msg}})
}

func (s *Server) serveAnthropic(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost || r.URL.Path != "/v1/messages" {
		anthropicError(w, 404, "not_found_error", "Not found")
		return
	}
	c, err := decodeCall(r)
	if err != nil {
		anthropicError(w, 400, "invalid_request_error", "invalid JSON body")
		return
	}
	if r.Header.Get("anthropic-version") == "" {
		anthropicError(w, 400, "invalid_request_error", "anthropic-version header is required")
		return
	}
	// The API takes the key as x-api-key; the v2 SDK sends it as a bearer
	// token, which the API accepts too.
	if s.APIKey != "" && r.Header.Get("X-Api-Key") != s.APIKey && r.Header.Get("Authorization") != "Bearer "+s.APIKey {
		s.mu.Lock()
		s.calls = append(s.calls, c)
		s.mu.Unlock()
		anthropicError(w, 401, "authentication_error", "invalid x-api-key")
		return
	}
	if _, ok := c.Body["max_tokens"]; !ok {
		anthropicError(w, 400, "invalid_request_error", "max_tokens: Field required")
		return
	}
	model, _ := c.Body["model"].(string)
	if !s.knownModel(model) {
		s.mu.Lock()
		s.calls = append(s.calls, c)
		s.mu.Unlock()
		anthropicError(w, 404, "not_found_error", "model: "+model)
		return
	}
	rep := s.next(c)
	if applyReply(w, rep) {
		return
	}
	if rep.Status != 0 && rep.Status != 200 {
		typ := rep.ErrType
		if typ == "" {
			typ = "api_error"
			if rep.Status == 529 {
				typ = "overloaded_error"
			}
			if rep.Status == 429 {
				typ = "rate_limit_error"
			}
		}
		anthropicError(w, rep.Status, typ, rep.ErrMessage)
		return
	}
	in, out := tokens(c.System)+tokens(c.User), tokens(rep.Text)
	if c.Stream {
		w.Header().Set("Content-Type", "text/event-stream")
		fl, _ := w.(http.Flusher)
		send := func(ev string, v any) {
			b, _ := json.Marshal(v)
			fmt.Fprintf(w, "event: %s\ndata: %s\n\n", ev, b)
			if fl != nil {
				fl.Flush()
			}
		}
		send("message_start", map[string]any{"type": "message_start", "message": map[string]any{
			"id": "msg_fake", "type": "message", "role": "assistant", "model": model, "content": []any{},
			"stop_reason": nil, "stop_sequence": nil, "usage": map[string]any{"input_tokens": in, "output_tokens": 1}}})
		send("content_block_start", map[string]any{"type": "content_block_start", "index": 0, "content_block": map[string]any{"type": "text", "text": ""}})
		send("ping", map[string]any{"type": "ping"})
		for _, piece := range splitPieces(rep.Text) {
			send("content_block_delta", map[string]any{"type": "content_block_delta", "index": 0, "delta": map[string]any{"type": "text_delta", "text": piece}})
		}
		send("content_block_stop", map[string]any{"type": "content_block_stop", "index": 0})
		send("message_delta", map[string]any{"type": "message_delta", "delta": map[string]any{"stop_reason": "end_turn", "stop_sequence": nil}, "usage": map[string]any{"output_tokens": out}})
		send("message_stop", map[string]any{"type": "message_stop"})
		return
	}
	writeJSON(w, 200, map[string]any{
		"id": "msg_fake", "type": "message", "role": "assistant", "model": model,
		"content":     []any{map[string]any{"type": "text", "text": rep.Text}},
		"stop_reason": "end_turn", "stop_sequence": nil,
		"usage": map[string]any{"input_tokens": in, "output_tokens": out},
	})
}
