package llm

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"time"

	"github.com/anthropics/anthropic-sdk-go/v2"
	"github.com/anthropics/anthropic-sdk-go/v2/option"
)

// Anthropic speaks the Anthropic Messages API.
type Anthropic struct {
	client  anthropic.Client
	baseURL string
	model   string
}

// defaultMaxTokens is sent when the caller sets none: the Messages API
// requires max_tokens, and social posts are short.
const defaultMaxTokens = 1024

// NewAnthropic builds an Anthropic provider. transport may be nil.
func NewAnthropic(baseURL, apiKey, model string, transport http.RoundTripper) *Anthropic {
	if baseURL == "" {
		baseURL = "https://api.anthropic.com"
	}
	opts := []option.RequestOption{
		// Our configuration decides the key and URL, never ANTHROPIC_*
		// variables meant for something else.
		option.WithoutEnvironmentDefaults(),
		option.WithBaseURL(strings.TrimRight(baseURL, "/") + "/"),
		option.WithAPIKey(apiKey),
		option.WithHTTPClient(newHTTPClient(transport)),
		option.WithMaxRetries(0),
	}
	return &Anthropic{client: anthropic.NewClient(opts...), baseURL: strings.TrimRight(baseURL, "/"), model: model}
}

func (p *Anthropic) Name() string         { return "anthropic" }
func (p *Anthropic) Endpoint() string     { return p.baseURL }
func (p *Anthropic) DefaultModel() string { return p.model }

func (p *Anthropic) params(req Request) anthropic.MessageNewParams {
	model := req.Model
	if model == "" {
		model = p.model
	}
	maxTokens := int64(req.MaxTokens)
	if maxTokens <= 0 {
		maxTokens = defaultMaxTokens
	}
	params := anthropic.MessageNewParams{Model: anthropic.Model(model), MaxTokens: maxTokens}
	if req.System != "" {
		params.System = []anthropic.TextBlockParam{{Text: req.System}}
	}
	for _, m := range req.Messages {
		if m.Role == RoleAssistant {
			params.Messages = append(params.Messages, anthropic.NewAssistantMessage(anthropic.NewTextBlock(m.Content)))
		} else {
			params.Messages = append(params.Messages, anthropic.NewUserMessage(anthropic.NewTextBlock(m.Content)))
		}
	}
	// Temperature is not sent: this SDK version's Messages parameters no
	// longer carry it, and current models fix their own sampling.
	if req.Schema != nil {
		params.OutputConfig = anthropic.OutputConfigParam{Format: anthropic.JSONOutputFormatParam{Schema: req.Schema.Schema}}
	}
	return params
}

// Complete makes one attempt.
func (p *Anthropic) Complete(ctx context.Context, req Request) (Response, error) {
	params := p.params(req)
	if req.OnDelta != nil {
		return p.stream(ctx, req, params)
	}
	msg, err := p.client.Messages.New(ctx, params)
	if err != nil {
		return Response{}, p.wrap(ctx, err, string(params.Model))
	}
	var text strings.Builder
	for _, b := range msg.Content {
		if b.Type == "text" {
			text.WriteString(b.Text)
		}
	}
	model := string(msg.Model)
	if model == "" {
		model = string(params.Model)
	}
	return Response{
		Text:       text.String(),
		Provider:   p.Name(),
		Model:      model,
		StopReason: string(msg.StopReason),
		Usage:      Usage{InputTokens: msg.Usage.InputTokens, OutputTokens: msg.Usage.OutputTokens},
	}, nil
}

func (p *Anthropic) stream(ctx context.Context, req Request, params anthropic.MessageNewParams) (Response, error) {
	s := p.client.Messages.NewStreaming(ctx, params)
	defer s.Close()
	out := Response{Provider: p.Name(), Model: string(params.Model)}
	var text strings.Builder
	for s.Next() {
		ev := s.Current()
		switch ev.Type {
		case "message_start":
			if ev.Message.Model != "" {
				out.Model = string(ev.Message.Model)
			}
			out.Usage.InputTokens = ev.Message.Usage.InputTokens
			out.Usage.OutputTokens = ev.Message.Usage.OutputTokens
		case "content_block_delta":
			if ev.Delta.Type == "text_delta" && ev.Delta.Text != "" {
				text.WriteString(ev.Delta.Text)
				req.OnDelta(ev.Delta.Text)
			}
		case "message_delta":
			// message_delta usage is cumulative per the streaming docs.
			if ev.Usage.OutputTokens != 0 {
				out.Usage.OutputTokens = ev.Usage.OutputTokens
			}
			if ev.Usage.InputTokens != 0 {
				out.Usage.InputTokens = ev.Usage.InputTokens
			}
			if ev.Delta.StopReason != "" {
				out.StopReason = string(ev.Delta.StopReason)
			}
		case "error":
			return Response{}, &Error{Kind: KindServer, Provider: p.Name(), URL: p.baseURL, Model: string(params.Model), Detail: detailFromBody(ev.RawJSON())}
		}
	}
	if err := s.Err(); err != nil {
		return Response{}, p.wrap(ctx, err, string(params.Model))
	}
	out.Text = text.String()
	return out, nil
}

func (p *Anthropic) wrap(ctx context.Context, err error, model string) error {
	e := &Error{Provider: p.Name(), URL: p.baseURL, Model: model, Err: err}
	var apiErr *anthropic.Error
	if errors.As(err, &apiErr) {
		e.Status = apiErr.StatusCode
		e.Kind = kindForStatus(apiErr.StatusCode)
		e.Detail = apiErr.Message
		if e.Detail == "" {
			e.Detail = detailFromBody(apiErr.RawJSON())
		}
		if apiErr.Response != nil {
			e.RetryAfter = retryAfter(apiErr.Response.Header, time.Now())
		}
		e.Err = nil
		return e
	}
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		e.Kind = KindBadResponse
		return e
	}
	e.Kind = transportError(ctx, err)
	return e
}
