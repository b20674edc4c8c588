package llm

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Kind classifies a provider failure so callers can react (and users read a
// clear message) without knowing each provider's error format.
type Kind string

const (
	KindUnreachable   Kind = "unreachable"     // no HTTP answer: DNS, refused, reset
	KindTimeout       Kind = "timeout"         // no answer within the timeout
	KindAuth          Kind = "invalid_api_key" // 401/403
	KindModelNotFound Kind = "model_not_found" // 404
	KindRateLimited   Kind = "rate_limited"    // 429
	KindServer        Kind = "server_error"    // 5xx, 529 overloaded
	KindBadRequest    Kind = "bad_request"     // 400, 422: the request itself is refused
	KindBadResponse   Kind = "bad_response"    // an answer that is not the documented format
	KindCanceled      Kind = "canceled"        // the caller gave up
)

// Error is a provider failure. Its message never contains the API key.
type Error struct {
	Kind     Kind
	Provider string
	URL      string
	Model    string
	Status   int    // HTTP status, 0 when there was no HTTP answer
	Detail   string // the provider's own message, if any
	// RetryAfter is the delay the provider asked for (429/503), if any.
	RetryAfter time.Duration
	Err        error
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("llm: ")
	switch e.Kind {
	case KindUnreachable:
		fmt.Fprintf(&b, "provider unreachable at %s", e.URL)
	case KindTimeout:
		fmt.Fprintf(&b, "provider at %s did not answer in time", e.URL)
	case KindAuth:
		fmt.Fprintf(&b, "invalid API key for %s at %s", e.Provider, e.URL)
	case KindModelNotFound:
		fmt.Fprintf(&b, "model %q not found at %s (check the model name, and that the base URL is the API root, e.g. ending in /v1)", e.Model, e.URL)
	case KindRateLimited:
		fmt.Fprintf(&b, "rate limited by %s at %s", e.Provider, e.URL)
		if e.RetryAfter > 0 {
			fmt.Fprintf(&b, " (retry after %s)", e.RetryAfter.Round(time.Second))
		}
	case KindServer:
		fmt.Fprintf(&b, "server error from %s at %s", e.Provider, e.URL)
	case KindBadRequest:
		fmt.Fprintf(&b, "request refused by %s at %s", e.Provider, e.URL)
	case KindBadResponse:
		fmt.Fprintf(&b, "malformed response from %s at %s", e.Provider, e.URL)
	case KindCanceled:
		fmt.Fprintf(&b, "call to %s canceled", e.URL)
	default:
		fmt.Fprintf(&b, "%s error at %s", e.Provider, e.URL)
	}
	if e.Status != 0 {
		fmt.Fprintf(&b, ": HTTP %d", e.Status)
	}
	if e.Detail != "" {
		fmt.Fprintf(&b, ": %s", e.Detail)
	} else if e.Err != nil {
		fmt.Fprintf(&b, ": %v", e.Err)
	}
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

// Retryable reports whether trying again may succeed.
func (e *Error) Retryable() bool {
	switch e.Kind {
	case KindRateLimited, KindServer, KindUnreachable, KindTimeout:
		return true
	}
	return false
}

// IsKind reports whether err is an *Error of kind k.
func IsKind(err error, k Kind) bool {
	var e *Error
	return errors.As(err, &e) && e.Kind == k
}

// kindForStatus maps an HTTP status to a Kind.
func kindForStatus(status int) Kind {
	switch {
	case status == http.StatusUnauthorized || status == http.StatusForbidden:
		return KindAuth
	case status == http.StatusNotFound:
		return KindModelNotFound
	case status == http.StatusTooManyRequests:
		return KindRateLimited
	case status >= 500: // includes Anthropic's 529 overloaded
		return KindServer
	case status == http.StatusRequestTimeout:
		return KindTimeout
	default:
		return KindBadRequest
	}
}

// retryAfter reads the delay a provider asks for: OpenAI's retry-after-ms,
// then the standard Retry-After in seconds or as an HTTP date.
func retryAfter(h http.Header, now time.Time) time.Duration {
	if h == nil {
		return 0
	}
	if v := h.Get("Retry-After-Ms"); v != "" {
		if ms, err := strconv.ParseFloat(v, 64); err == nil && ms > 0 {
			return time.Duration(ms * float64(time.Millisecond))
		}
	}
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0
	}
	if s, err := strconv.ParseFloat(v, 64); err == nil {
		if s <= 0 {
			return 0
		}
		return time.Duration(s * float64(time.Second))
	}
	if t, err := http.ParseTime(v); err == nil {
		if d := t.Sub(now); d > 0 {
			return d
		}
	}
	return 0
}

// detailFromBody extracts a human message from an error body in the shapes
// providers document: OpenAI {"error":{"message"}}, Anthropic
// {"type":"error","error":{"type","message"}}, Ollama/llama.cpp
// {"error":"..."}; otherwise the start of the raw text.
func detailFromBody(body string) string {
	body = strings.TrimSpace(body)
	if body == "" {
		return ""
	}
	var v struct {
		Error   any    `json:"error"`
		Message string `json:"message"`
		Detail  any    `json:"detail"`
	}
	if err := jsonUnmarshal([]byte(body), &v); err == nil {
		switch e := v.Error.(type) {
		case string:
			return e
		case map[string]any:
			if m, ok := e["message"].(string); ok && m != "" {
				return m
			}
		}
		if v.Message != "" {
			return v.Message
		}
		if s, ok := v.Detail.(string); ok && s != "" {
			return s
		}
	}
	if len(body) > 200 {
		body = body[:200] + "…"
	}
	return body
}
