package inbox

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/vigie-cm/vigie/internal/llm"
)

// PhraseInput is what the model sees to phrase a reply: the comment, the
// draft retrieved from the FAQ and facts (moderate.Suggest), and the
// facts it may use. The phrased reply is not trusted: the caller runs it
// through the Verify engine, as every reply before it can be sent.
type PhraseInput struct {
	Brand, Voice string
	Lang         string // the comment's language, "fr" or "en"
	Label        string
	Comment      string
	Draft        string
	Facts        []string
	// Accounts are charged for the call ("workspace:3", "draft:comment:12").
	Accounts []string
}

var replySchema = &llm.Schema{Name: "reply", Schema: map[string]any{
	"type":                 "object",
	"properties":           map[string]any{"text": map[string]any{"type": "string"}},
	"required":             []string{"text"},
	"additionalProperties": false,
}}

// ErrEmptyPhrase is a model answer with no reply in it.
var ErrEmptyPhrase = errors.New("inbox: the model gave no reply")

// Phrase asks the model to phrase the draft as the brand's reply.
func Phrase(ctx context.Context, cl *llm.Client, in PhraseInput) (string, llm.Response, error) {
	lang := "en"
	langName := "English"
	if in.Lang == "fr" {
		lang, langName = "fr", "français"
	}
	p, err := llm.RenderPrompt("reply", lang, map[string]any{"Brand": in.Brand, "Voice": in.Voice, "LangName": langName,
		"Label": in.Label, "Comment": in.Comment, "Draft": in.Draft, "Facts": in.Facts})
	if err != nil {
		return "", llm.Response{}, err
	}
	zero := 0.0
	res, err := cl.Complete(ctx, llm.Request{System: p.System, Messages: []llm.Message{{Role: llm.RoleUser, Content: p.User}},
		Schema: replySchema, MaxTokens: 400, Temperature: &zero, Accounts: in.Accounts, Purpose: "reply"})
	if err != nil {
		return "", res, fmt.Errorf("inbox: phrasing a reply: %w", err)
	}
	text := replyText(res.Text)
	if text == "" {
		return "", res, ErrEmptyPhrase
	}
	return text, res, nil
}

// replyText reads {"text": …} from the answer, bare or inside other words;
// a server that ignores the format answers plain text, taken whole.
func replyText(answer string) string {
	s := strings.TrimSpace(answer)
	if i, j := strings.IndexByte(s, '{'), strings.LastIndexByte(s, '}'); i >= 0 && j > i {
		var v struct {
			Text *string `json:"text"`
		}
		if json.Unmarshal([]byte(s[i:j+1]), &v) == nil && v.Text != nil {
			return strings.TrimSpace(*v.Text)
		}
	}
	return s
}
