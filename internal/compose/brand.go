package compose

import (
	"fmt"
	"strings"

	"github.com/vigie-cm/vigie/internal/brand"
)

// FromBrand builds an input from stored records: the brand's voice and
// words, the brief (nil for none: the caller then sets Brief), the facts —
// the brief's own first, then the rest of the sheet, with their keys as ids
// — and the FAQ entries in the brand's language. Callers pass the facts
// active now.
func FromBrand(b brand.Brand, facts []brand.Fact, br *brand.Brief, faq []brand.FAQEntry) Input {
	in := Input{ID: b.Slug, Brand: b.Name, Voice: b.Voice, WordsUse: b.WordsUse, WordsAvoid: b.WordsAvoid}
	if len(b.Languages) > 0 {
		in.Lang = b.Languages[0]
	}
	first := map[string]bool{}
	if br != nil {
		parts := []string{}
		for _, p := range []string{br.Title, br.Objective} {
			if p = strings.TrimSpace(p); p != "" {
				parts = append(parts, strings.TrimRight(p, "."))
			}
		}
		in.Brief = strings.Join(parts, ". ")
		if len(br.KeyMessages) > 0 {
			in.Brief += ". " + strings.Join(br.KeyMessages, " ")
		}
		in.Audience = br.Audience
		for _, n := range br.Networks {
			in.Networks = append(in.Networks, string(n))
		}
		for _, k := range br.FactKeys {
			first[k] = true
		}
		in.Focus = append([]string(nil), br.FactKeys...)
		in.ID = b.Slug + "/" + br.Key
	}
	for _, pass := range []bool{true, false} {
		for _, f := range facts {
			if first[f.Key] != pass {
				continue
			}
			id := f.Key
			if id == "" {
				id = fmt.Sprintf("F%d", f.ID)
			}
			in.Facts = append(in.Facts, Fact{ID: id, Text: f.Text})
		}
	}
	for _, q := range faq {
		if q.Lang == "" || q.Lang == in.Lang {
			in.FAQ = append(in.FAQ, FAQEntry{Question: q.Question, Answer: q.Answer})
		}
	}
	return in
}
