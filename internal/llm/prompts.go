package llm

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"strings"
	"sync"
	"text/template"
)

// PromptVersion names the prompt set in use. Prompts are never edited in
// place: a change goes into a new folder, so a draft's recorded version
// tells exactly which wording produced it.
const PromptVersion = "v1"

//go:embed prompts
var promptFS embed.FS

// Prompt is a rendered prompt.
type Prompt struct {
	Name    string `json:"name"`
	Lang    string `json:"lang"`
	Version string `json:"version"`
	System  string `json:"-"`
	User    string `json:"-"`
	// Hash identifies the exact text sent (system and user), for the
	// record of each correction round.
	Hash string `json:"hash"`
}

var (
	tmplMu    sync.Mutex
	tmplCache = map[string]*template.Template{}
)

var funcs = template.FuncMap{"join": strings.Join}

// PromptLangs lists the languages prompts are written in; others use the
// English prompt, which names the target language explicitly.
var PromptLangs = []string{"en", "fr"}

func loadTemplate(name, lang string) (*template.Template, string, error) {
	if lang != "fr" {
		lang = "en"
	}
	key := name + "." + lang
	tmplMu.Lock()
	defer tmplMu.Unlock()
	if t, ok := tmplCache[key]; ok {
		return t, lang, nil
	}
	path := "prompts/" + PromptVersion + "/" + key + ".tmpl"
	b, err := promptFS.ReadFile(path)
	if err != nil {
		return nil, lang, fmt.Errorf("llm: no prompt %s: %w", path, err)
	}
	t, err := template.New(key).Funcs(funcs).Option("missingkey=error").Parse(string(b))
	if err != nil {
		return nil, lang, fmt.Errorf("llm: prompt %s: %w", path, err)
	}
	tmplCache[key] = t
	return t, lang, nil
}

// RenderPrompt fills prompt name ("draft", "correct", "translate",
// "adapt") in lang with data.
func RenderPrompt(name, lang string, data any) (Prompt, error) {
	t, lang, err := loadTemplate(name, lang)
	if err != nil {
		return Prompt{}, err
	}
	var sys, user bytes.Buffer
	if err := t.ExecuteTemplate(&sys, "system", data); err != nil {
		return Prompt{}, fmt.Errorf("llm: rendering prompt %s.%s: %w", name, lang, err)
	}
	if err := t.ExecuteTemplate(&user, "user", data); err != nil {
		return Prompt{}, fmt.Errorf("llm: rendering prompt %s.%s: %w", name, lang, err)
	}
	p := Prompt{Name: name, Lang: lang, Version: PromptVersion, System: strings.TrimSpace(sys.String()), User: strings.TrimSpace(user.String())}
	h := sha256.Sum256([]byte(p.System + "\x00" + p.User))
	p.Hash = hex.EncodeToString(h[:8])
	return p, nil
}

// Request builds a single-turn request from the prompt.
func (p Prompt) Request() Request {
	return Request{System: p.System, Messages: []Message{{Role: RoleUser, Content: p.User}}, Purpose: p.Name}
}
