package compose

import (
	"encoding/json"
	"strings"

	"github.com/vigie-cm/vigie/internal/llm"
)

// draftSchema is the structured answer asked of the model.
var draftSchema = &llm.Schema{Name: "draft", Schema: map[string]any{
	"type": "object",
	"properties": map[string]any{
		"text":     map[string]any{"type": "string"},
		"fact_ids": map[string]any{"type": "array", "items": map[string]any{"type": "string"}},
	},
	"required":             []string{"text", "fact_ids"},
	"additionalProperties": false,
}}

// parseReply reads the model's answer. The JSON asked for may come bare,
// in a code fence, or after some words; anything else — the simplest
// servers and models ignore the format — is taken whole as the draft.
func parseReply(content string) (text string, factIDs []string, isJSON bool) {
	s := strings.TrimSpace(content)
	if s == "" {
		return "", nil, false
	}
	cands := []string{s}
	if i := strings.Index(s, "```"); i >= 0 {
		rest := s[i+3:]
		if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
			rest = rest[nl+1:]
		}
		if j := strings.Index(rest, "```"); j >= 0 {
			cands = append(cands, strings.TrimSpace(rest[:j]))
		}
	}
	if i, j := strings.IndexByte(s, '{'), strings.LastIndexByte(s, '}'); i >= 0 && j > i {
		cands = append(cands, s[i:j+1])
	}
	for _, c := range cands {
		var v struct {
			Text    *string  `json:"text"`
			FactIDs []string `json:"fact_ids"`
		}
		if json.Unmarshal([]byte(c), &v) == nil && v.Text != nil && strings.TrimSpace(*v.Text) != "" {
			return strings.TrimSpace(*v.Text), v.FactIDs, true
		}
	}
	return s, nil, false
}
