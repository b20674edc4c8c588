package llm

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
	"github.com/openai/openai-go/v3/shared"
)

// OpenAI is any endpoint that speaks OpenAI's chat completions wire format:
// OpenAI itself, Mistral, Ollama (/v1), vLLM, llama.cpp server, LM Studio.
type OpenAI struct {
	client  openai.Client
	baseURL string
	model   string
	// noSchema is set once the server has refused response_format, so later
	// calls do not pay for the refusal again.
	noSchema atomic.Bool
}

// NewOpenAI builds an OpenAI-compatible provider. apiKey may be empty for
// local servers. transport may be nil.
func NewOpenAI(baseURL, apiKey, model string, transport http.RoundTripper) *OpenAI {
	if baseURL == "" {
		baseURL = "https://api.openai.com/v1"
	}
	if apiKey == "" {
		// Local servers need no key, but the SDK would otherwise fall back
		// to OPENAI_API_KEY from the environment, a key meant for another
		// endpoint; a placeholder keeps it from leaking there.
		apiKey = "none"
	}
	opts := []option.RequestOption{
		option.WithBaseURL(strings.TrimRight(baseURL, "/") + "/"),
		option.WithAPIKey(apiKey),
		option.WithHTTPClient(newHTTPClient(transport)),
		option.WithMaxRetries(0), // Client retries, for every provider alike
	}
	return &OpenAI{client: openai.NewClient(opts...), baseURL: strings.TrimRight(baseURL, "/"), model: model}
}

func (p *OpenAI) Name() string         { return "openai" }
func (p *OpenAI) Endpoint() string     { return p.baseURL }
func (p *OpenAI) DefaultModel() string { return p.model }

func (p *OpenAI) params(req Request, withSchema bool) openai.ChatCompletionNewParams {
	model := req.Model
	if model == "" {
		model = p.model
	}
	var msgs []openai.ChatCompletionMessageParamUnion
	if req.System != "" {
		msgs = append(msgs, openai.SystemMessage(req.System))
	}
	for _, m := range req.Messages {
		if m.Role == RoleAssistant {
			msgs = append(msgs, openai.AssistantMessage(m.Content))
		} else {
			msgs = append(msgs, openai.UserMessage(m.Content))
		}
	}
	params := openai.ChatCompletionNewParams{Model: shared.ChatModel(model), Messages: msgs}
	if req.MaxTokens > 0 {
		// max_tokens, not max_completion_tokens: every compatible server
		// knows the older name.
		params.MaxTokens = openai.Int(int64(req.MaxTokens))
	}
	if req.Temperature != nil {
		params.Temperature = openai.Float(*req.Temperature)
	}
	if withSchema && req.Schema != nil {
		params.ResponseFormat = openai.ChatCompletionNewParamsResponseFormatUnion{
			OfJSONSchema: &shared.ResponseFormatJSONSchemaParam{
				JSONSchema: shared.ResponseFormatJSONSchemaJSONSchemaParam{
					Name:   req.Schema.Name,
					Schema: req.Schema.Schema,
					Strict: openai.Bool(true),
				},
			},
		}
	}
	return params
}

// Complete makes one attempt. When the server refuses structured output
// (HTTP 400 with a schema set), it asks again once without it: the prompt
// already asks for JSON, and callers accept plain text.
func (p *OpenAI) Complete(ctx context.Context, req Request) (Response, error) {
	withSchema := req.Schema != nil && !p.noSchema.Load()
	resp, err := p.complete(ctx, req, withSchema)
	if err != nil && withSchema && schemaRefused(err) {
		p.noSchema.Store(true)
		return p.complete(ctx, req, false)
	}
	return resp, err
}

// schemaRefused tells a server that cannot do structured output: a 400 or
// 422, or a 5xx whose message names the schema (some local servers fail
// while compiling it into a grammar).
func schemaRefused(err error) bool {
	var e *Error
	if !errors.As(err, &e) {
		return false
	}
	if e.Kind == KindBadRequest {
		return true
	}
	d := strings.ToLower(e.Detail)
	return e.Kind == KindServer && (strings.Contains(d, "response_format") || strings.Contains(d, "schema") || strings.Contains(d, "grammar"))
}

func (p *OpenAI) complete(ctx context.Context, req Request, withSchema bool) (Response, error) {
	params := p.params(req, withSchema)
	if req.OnDelta != nil {
		return p.stream(ctx, req, params)
	}
	cc, err := p.client.Chat.Completions.New(ctx, params)
	if err != nil {
		return Response{}, p.wrap(ctx, err, string(params.Model))
	}
	if len(cc.Choices) == 0 {
		return Response{}, &Error{Kind: KindBadResponse, Provider: p.Name(), URL: p.baseURL, Model: string(params.Model), Detail: "no choices in the answer"}
	}
	c := cc.Choices[0]
	model := cc.Model
	if model == "" {
		model = string(params.Model)
	}
	return Response{
		Text:       c.Message.Content,
		Provider:   p.Name(),
		Model:      model,
		StopReason: string(c.FinishReason),
		Usage:      Usage{InputTokens: cc.Usage.PromptTokens, OutputTokens: cc.Usage.CompletionTokens},
	}, nil
}

func (p *OpenAI) stream(ctx context.Context, req Request, params openai.ChatCompletionNewParams) (Response, error) {
	// include_usage makes the last chunk carry token counts; servers that
	// do not know it ignore it.
	params.StreamOptions = openai.ChatCompletionStreamOptionsParam{IncludeUsage: openai.Bool(true)}
	s := p.client.Chat.Completions.NewStreaming(ctx, params)
	defer s.Close()
	var text strings.Builder
	out := Response{Provider: p.Name(), Model: string(params.Model)}
	for s.Next() {
		ch := s.Current()
		if ch.Model != "" {
			out.Model = ch.Model
		}
		if ch.Usage.PromptTokens != 0 || ch.Usage.CompletionTokens != 0 {
			out.Usage = Usage{InputTokens: ch.Usage.PromptTokens, OutputTokens: ch.Usage.CompletionTokens}
		}
		for _, c := range ch.Choices {
			if c.Index != 0 {
				continue
			}
			if c.Delta.Content != "" {
				text.WriteString(c.Delta.Content)
				req.OnDelta(c.Delta.Content)
			}
			if c.FinishReason != "" {
				out.StopReason = c.FinishReason
			}
		}
	}
	if err := s.Err(); err != nil {
		return Response{}, p.wrap(ctx, err, string(params.Model))
	}
	out.Text = text.String()
	return out, nil
}

func (p *OpenAI) wrap(ctx context.Context, err error, model string) error {
	e := &Error{Provider: p.Name(), URL: p.baseURL, Model: model, Err: err}
	var apiErr *openai.Error
	if errors.As(err, &apiErr) {
		e.Status = apiErr.StatusCode
		e.Kind = kindForStatus(apiErr.StatusCode)
		e.Detail = detailFromBody(apiErr.RawJSON())
		if e.Detail == "" {
			e.Detail = apiErr.Message
		}
		if apiErr.Response != nil {
			e.RetryAfter = retryAfter(apiErr.Response.Header, time.Now())
		}
		e.Err = nil // the SDK's text adds nothing to ours
		return e
	}
	e.Kind = transportError(ctx, err)
	return e
}
