// Package llm talks to large language models: one Provider interface and
// two implementations, OpenAI-compatible chat completions (OpenAI, Mistral,
// Ollama, vLLM, llama.cpp server, LM Studio) and the Anthropic Messages API.
// Client wraps a provider with what every call needs: per-attempt timeouts,
// retries with backoff that honour Retry-After, a response cache keyed by
// the exact request, and token and cost accounting. Prompts are embedded,
// versioned template files (prompts/), in French and English.
//
// Providers are only ever asked for text, optionally constrained by a JSON
// schema; callers must accept a plain-text answer too, because the simplest
// OpenAI-compatible servers ignore structured-output requests.
package llm

import (
	"context"
	"time"
)

// Role is the author of a chat message.
type Role string

const (
	RoleUser      Role = "user"
	RoleAssistant Role = "assistant"
)

// Message is one turn of the conversation.
type Message struct {
	Role    Role   `json:"role"`
	Content string `json:"content"`
}

// Schema asks for a JSON answer that follows a JSON schema. Providers that
// support structured output get it as such; others only see the prompt.
type Schema struct {
	Name   string         `json:"name"`
	Schema map[string]any `json:"schema"`
}

// Request is one chat completion.
type Request struct {
	// Model overrides the provider's configured model when not empty.
	Model       string    `json:"model,omitempty"`
	System      string    `json:"system,omitempty"`
	Messages    []Message `json:"messages"`
	Schema      *Schema   `json:"schema,omitempty"`
	MaxTokens   int       `json:"max_tokens,omitempty"`
	Temperature *float64  `json:"temperature,omitempty"`

	// OnDelta, when set, asks for a streamed answer and receives each piece
	// of text as it arrives. The Response still carries the whole text.
	OnDelta func(text string) `json:"-"`
	// Accounts are the accounting keys charged for this call, e.g.
	// "workspace:3" and "draft:17". They are not part of the cache key.
	Accounts []string `json:"-"`
	// NoCache skips the response cache for this call.
	NoCache bool `json:"-"`
	// Purpose says what the call is for in the usage record: the prompt's
	// name ("draft", "correct", "translate", "adapt") or e.g. "test".
	Purpose string `json:"-"`
}

// Usage counts tokens as the provider reported them.
type Usage struct {
	InputTokens  int64 `json:"input_tokens"`
	OutputTokens int64 `json:"output_tokens"`
}

// Total is input plus output tokens.
func (u Usage) Total() int64 { return u.InputTokens + u.OutputTokens }

// Add returns the sum of two usages.
func (u Usage) Add(v Usage) Usage {
	return Usage{InputTokens: u.InputTokens + v.InputTokens, OutputTokens: u.OutputTokens + v.OutputTokens}
}

// Response is a completed answer.
type Response struct {
	Text       string  `json:"text"`
	Provider   string  `json:"provider"`
	Model      string  `json:"model"`
	Usage      Usage   `json:"usage"`
	CostUSD    float64 `json:"cost_usd"`
	StopReason string  `json:"stop_reason,omitempty"`
	// Cached is true when the answer came from the response cache: no call
	// was made and no tokens were spent.
	Cached bool `json:"cached,omitempty"`
	// Attempts is how many HTTP attempts the call took (0 when cached).
	Attempts int `json:"attempts,omitempty"`
	// ProviderTime is the time spent in HTTP exchanges with the provider;
	// Overhead is the rest of Client.Complete, Vigie's own cost.
	ProviderTime time.Duration `json:"-"`
	Overhead     time.Duration `json:"-"`
}

// Provider is one model endpoint. Complete makes a single attempt: retries,
// caching and accounting belong to Client so they behave the same for every
// provider.
type Provider interface {
	// Name is "openai" or "anthropic" (the wire format).
	Name() string
	// Endpoint is the base URL, for error messages and the cache key.
	Endpoint() string
	// DefaultModel is the configured model.
	DefaultModel() string
	Complete(ctx context.Context, req Request) (Response, error)
}
