package brandfile

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/store"
)

// The wire types fix the field names and order of the file format; they
// carry no IDs or store timestamps.
type wireDoc struct {
	Version    int           `json:"version" yaml:"version"`
	Name       string        `json:"name" yaml:"name"`
	Slug       string        `json:"slug,omitempty" yaml:"slug,omitempty"`
	Languages  []string      `json:"languages,omitempty" yaml:"languages,omitempty,flow"`
	Voice      string        `json:"voice,omitempty" yaml:"voice,omitempty"`
	WordsUse   []string      `json:"words_use,omitempty" yaml:"words_use,omitempty"`
	WordsAvoid []string      `json:"words_avoid,omitempty" yaml:"words_avoid,omitempty"`
	Accounts   []wireAccount `json:"accounts,omitempty" yaml:"accounts,omitempty"`
	Facts      []wireFact    `json:"facts,omitempty" yaml:"facts,omitempty"`
	Briefs     []wireBrief   `json:"briefs,omitempty" yaml:"briefs,omitempty"`
	FAQ        []wireFAQ     `json:"faq,omitempty" yaml:"faq,omitempty"`
	Posts      []wirePost    `json:"posts,omitempty" yaml:"posts,omitempty"`
}

type wireAccount struct {
	Network       string `json:"network" yaml:"network"`
	Handle        string `json:"handle" yaml:"handle"`
	AudienceNotes string `json:"audience_notes,omitempty" yaml:"audience_notes,omitempty"`
}

type wireFact struct {
	Key        string   `json:"key" yaml:"key"`
	Text       string   `json:"text" yaml:"text"`
	Lang       string   `json:"lang,omitempty" yaml:"lang,omitempty"`
	Kind       string   `json:"kind,omitempty" yaml:"kind,omitempty"`
	Value      string   `json:"value,omitempty" yaml:"value,omitempty"`
	Unit       string   `json:"unit,omitempty" yaml:"unit,omitempty"`
	Source     string   `json:"source,omitempty" yaml:"source,omitempty"`
	ValidFrom  string   `json:"valid_from,omitempty" yaml:"valid_from,omitempty"`
	ValidUntil string   `json:"valid_until,omitempty" yaml:"valid_until,omitempty"`
	Tags       []string `json:"tags,omitempty" yaml:"tags,omitempty,flow"`
	ExpiredAt  string   `json:"expired_at,omitempty" yaml:"expired_at,omitempty"`
}

type wireBrief struct {
	Key         string   `json:"key" yaml:"key"`
	Title       string   `json:"title" yaml:"title"`
	Objective   string   `json:"objective,omitempty" yaml:"objective,omitempty"`
	KeyMessages []string `json:"key_messages,omitempty" yaml:"key_messages,omitempty"`
	Facts       []string `json:"facts,omitempty" yaml:"facts,omitempty,flow"`
	Audience    string   `json:"audience,omitempty" yaml:"audience,omitempty"`
	Networks    []string `json:"networks,omitempty" yaml:"networks,omitempty,flow"`
	StartsOn    string   `json:"starts_on,omitempty" yaml:"starts_on,omitempty"`
	EndsOn      string   `json:"ends_on,omitempty" yaml:"ends_on,omitempty"`
}

type wireFAQ struct {
	Question string `json:"question" yaml:"question"`
	Answer   string `json:"answer" yaml:"answer"`
	Lang     string `json:"lang,omitempty" yaml:"lang,omitempty"`
}

type wirePost struct {
	Network     string `json:"network,omitempty" yaml:"network,omitempty"`
	Lang        string `json:"lang,omitempty" yaml:"lang,omitempty"`
	Text        string `json:"text" yaml:"text"`
	PublishedAt string `json:"published_at,omitempty" yaml:"published_at,omitempty"`
}

// FormatTime writes a time the way ParseTime reads it back to the same
// instant: a bare date when it is midnight UTC (or 23:59:59 UTC for an end
// date), RFC 3339 otherwise.
func FormatTime(t *time.Time, endOfDay bool) string {
	if t == nil {
		return ""
	}
	u := t.UTC()
	h, m, s := u.Clock()
	if u.Nanosecond() == 0 && ((!endOfDay && h == 0 && m == 0 && s == 0) || (endOfDay && h == 23 && m == 59 && s == 59)) {
		return u.Format("2006-01-02")
	}
	return u.Format(time.RFC3339Nano)
}

func factWire(f brand.Fact) wireFact {
	return wireFact{Key: f.Key, Text: f.Text, Lang: f.Lang, Kind: string(f.Kind), Value: f.Value, Unit: f.Unit, Source: f.Source,
		ValidFrom: FormatTime(f.ValidFrom, false), ValidUntil: FormatTime(f.ValidUntil, true), Tags: f.Tags, ExpiredAt: FormatTime(f.ExpiredAt, false)}
}

func briefWire(b brand.Brief) wireBrief {
	var nets []string
	for _, n := range b.Networks {
		nets = append(nets, string(n))
	}
	return wireBrief{Key: b.Key, Title: b.Title, Objective: b.Objective, KeyMessages: b.KeyMessages, Facts: b.FactKeys,
		Audience: b.Audience, Networks: nets, StartsOn: FormatTime(b.StartsOn, false), EndsOn: FormatTime(b.EndsOn, true)}
}

func (d *Doc) wire() wireDoc {
	w := wireDoc{Version: Version, Name: d.Brand.Name, Slug: d.Brand.Slug, Languages: d.Brand.Languages, Voice: d.Brand.Voice,
		WordsUse: d.Brand.WordsUse, WordsAvoid: d.Brand.WordsAvoid}
	for _, a := range d.Accounts {
		w.Accounts = append(w.Accounts, wireAccount{Network: string(a.Network), Handle: a.Handle, AudienceNotes: a.AudienceNotes})
	}
	for _, f := range d.Facts {
		w.Facts = append(w.Facts, factWire(f))
	}
	for _, b := range d.Briefs {
		w.Briefs = append(w.Briefs, briefWire(b))
	}
	for _, e := range d.FAQ {
		w.FAQ = append(w.FAQ, wireFAQ{Question: e.Question, Answer: e.Answer, Lang: e.Lang})
	}
	for _, p := range d.Posts {
		w.Posts = append(w.Posts, wirePost{Network: string(p.Network), Lang: p.Lang, Text: p.Text, PublishedAt: FormatTime(p.PublishedAt, false)})
	}
	return w
}

// Encode writes d in format: the whole document for YAML and JSON, the
// facts alone for CSV.
func Encode(d *Doc, format Format) ([]byte, error) {
	switch format {
	case YAML:
		var buf bytes.Buffer
		buf.WriteString("# Vigie brand file — see docs/storage.md for the format.\n")
		enc := yaml.NewEncoder(&buf)
		enc.SetIndent(2)
		if err := enc.Encode(d.wire()); err != nil {
			return nil, fmt.Errorf("brandfile: encode YAML: %w", err)
		}
		if err := enc.Close(); err != nil {
			return nil, fmt.Errorf("brandfile: encode YAML: %w", err)
		}
		return buf.Bytes(), nil
	case JSON:
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(d.wire()); err != nil {
			return nil, fmt.Errorf("brandfile: encode JSON: %w", err)
		}
		return buf.Bytes(), nil
	case CSV:
		var buf bytes.Buffer
		cw := csv.NewWriter(&buf)
		_ = cw.Write(CSVColumns)
		for _, f := range d.Facts {
			wf := factWire(f)
			_ = cw.Write([]string{wf.Key, wf.Text, wf.Lang, wf.Kind, wf.Value, wf.Unit, wf.Source, wf.ValidFrom, wf.ValidUntil, strings.Join(wf.Tags, "|"), wf.ExpiredAt})
		}
		cw.Flush()
		if err := cw.Error(); err != nil {
			return nil, fmt.Errorf("brandfile: encode CSV: %w", err)
		}
		return buf.Bytes(), nil
	}
	return nil, fmt.Errorf("brandfile: unknown format %q", format)
}

// Export reads a stored brand, with every fact (expired ones included, so
// the history travels), briefs, FAQ, accounts and posts (oldest first).
func Export(ctx context.Context, s store.Store, workspaceID int64, slug string) (*Doc, error) {
	b, err := s.GetBrandBySlug(ctx, workspaceID, slug)
	if err != nil {
		return nil, fmt.Errorf("brandfile: export %q: %w", slug, err)
	}
	d := &Doc{Brand: brand.Brand{Name: b.Name, Slug: b.Slug, Languages: b.Languages, Voice: b.Voice, WordsUse: b.WordsUse, WordsAvoid: b.WordsAvoid}}
	accs, err := s.ListAccounts(ctx, b.ID)
	if err != nil {
		return nil, fmt.Errorf("brandfile: export %q: %w", slug, err)
	}
	for _, a := range accs {
		d.Accounts = append(d.Accounts, brand.Account{Network: a.Network, Handle: a.Handle, AudienceNotes: a.AudienceNotes})
	}
	facts, err := s.ListFacts(ctx, b.ID, store.FactFilter{IncludeExpired: true})
	if err != nil {
		return nil, fmt.Errorf("brandfile: export %q: %w", slug, err)
	}
	for _, f := range facts {
		f.ID, f.BrandID, f.CreatedAt, f.UpdatedAt = 0, 0, time.Time{}, time.Time{}
		d.Facts = append(d.Facts, f)
	}
	briefs, err := s.ListBriefs(ctx, b.ID)
	if err != nil {
		return nil, fmt.Errorf("brandfile: export %q: %w", slug, err)
	}
	for _, br := range briefs {
		if br.Key == "" {
			// The file format updates briefs by key; a keyless brief from
			// the web app gets one derived from its title and id.
			br.Key = fmt.Sprintf("%s-%d", Slugify(br.Title), br.ID)
			if br.Key[0] == '-' {
				br.Key = fmt.Sprintf("brief-%d", br.ID)
			}
		}
		br.ID, br.BrandID, br.CreatedAt, br.UpdatedAt = 0, 0, time.Time{}, time.Time{}
		d.Briefs = append(d.Briefs, br)
	}
	faq, err := s.ListFAQ(ctx, b.ID)
	if err != nil {
		return nil, fmt.Errorf("brandfile: export %q: %w", slug, err)
	}
	for _, e := range faq {
		d.FAQ = append(d.FAQ, brand.FAQEntry{Question: e.Question, Answer: e.Answer, Lang: e.Lang})
	}
	posts, err := s.ListPosts(ctx, b.ID, 0)
	if err != nil {
		return nil, fmt.Errorf("brandfile: export %q: %w", slug, err)
	}
	for i := len(posts) - 1; i >= 0; i-- {
		p := posts[i]
		d.Posts = append(d.Posts, brand.Post{Network: p.Network, Lang: p.Lang, Text: p.Text, PublishedAt: p.PublishedAt})
	}
	return d, nil
}
