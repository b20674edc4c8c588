package compose

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/vigie-cm/vigie/internal/llm"
)

// promptData is what the prompt templates (internal/llm/prompts) see.
type promptData struct {
	Brand, Lang, LangName, SourceLangName string
	Network, NetworkName, FromNetworkName string
	Rules, Voice, Audience, Brief         string
	WordsUse, WordsAvoid                  []string
	Facts                                 []Fact
	FAQ                                   []FAQEntry
	Variant, Variants                     int
	Angle                                 string
	Previous                              []string
	Draft, Text                           string
	Findings                              []Finding
}

// angles make variants genuinely different: each variant is asked for
// another way in, on top of being shown the earlier ones.
var angles = map[string][]string{
	"en": {
		"lead with the news itself",
		"open with a question to the audience",
		"tell it through the people and the place",
		"practical details first: when, where, how much",
		"short and punchy, one idea",
		"a warm thank-you to the community, then the news",
	},
	"fr": {
		"commencer par la nouvelle elle-même",
		"ouvrir sur une question au public",
		"raconter par les personnes et le lieu",
		"les détails pratiques d'abord : quand, où, combien",
		"court et percutant, une seule idée",
		"un merci chaleureux à la communauté, puis la nouvelle",
	},
}

func promptLang(lang string) string {
	if lang == "fr" {
		return "fr"
	}
	return "en"
}

func brandName(b, lang string) string {
	if strings.TrimSpace(b) != "" {
		return b
	}
	if lang == "fr" {
		return "la marque"
	}
	return "the brand"
}

// job is one draft being made: where it goes and what grounds it.
type job struct {
	lang     string
	net      Network
	variant  int
	brand    string
	brief    string
	facts    []Fact
	accounts []string
}

func (c *Composer) llmDraft(ctx context.Context, in Input, network string, variant int, previous []string) (Draft, error) {
	net, _ := RuleFor(network)
	pl := promptLang(in.Lang)
	as := angles[pl]
	data := promptData{
		Brand: brandName(in.Brand, pl), Lang: in.Lang, LangName: langName(in.Lang, pl),
		Network: net.Name, NetworkName: net.Display, Rules: net.Guide(pl),
		Voice: in.Voice, Audience: in.Audience, WordsUse: in.WordsUse, WordsAvoid: in.WordsAvoid,
		Brief: in.Brief, Facts: in.Facts, FAQ: in.FAQ,
		Variant: variant, Variants: in.Variants, Angle: as[(variant-1)%len(as)], Previous: previous,
	}
	p, err := llm.RenderPrompt("draft", pl, data)
	if err != nil {
		return Draft{}, err
	}
	j := job{lang: in.Lang, net: net, variant: variant, brand: in.Brand, brief: in.Brief, facts: in.Facts, accounts: draftAccounts(in, network, variant)}
	return c.run(ctx, j, p)
}

func draftAccounts(in Input, network string, variant int) []string {
	acc := append([]string(nil), in.Accounts...)
	if in.ID != "" {
		acc = append(acc, "draft:"+in.ID, fmt.Sprintf("draft:%s:%s:%d", in.ID, network, variant))
	}
	return acc
}

// call sends a prompt and records its cost on d.
func (c *Composer) call(ctx context.Context, p llm.Prompt, j job, d *Draft) (llm.Response, error) {
	req := p.Request()
	req.Schema = draftSchema
	req.Accounts = j.accounts
	// A correction prompt identical to an earlier round's means the model
	// sent the same draft back; the cached answer would repeat it, so ask
	// again for real.
	for _, r := range d.Rounds {
		if r.PromptHash == p.Hash {
			req.NoCache = true
		}
	}
	r, err := c.opts.LLM.Complete(ctx, req)
	if err != nil {
		return r, err
	}
	d.Tokens = d.Tokens.Add(r.Usage)
	d.Overheads = append(d.Overheads, r.Overhead)
	d.ProviderTime += r.ProviderTime
	d.CostUSD += r.CostUSD
	if !r.Cached {
		d.Calls++
	}
	return r, nil
}

// check verifies text and adds the network's rules: length and the hard
// limit on hashtags.
func (c *Composer) check(ctx context.Context, j job, text string) (Check, error) {
	ch, err := c.opts.Verifier.Verify(ctx, j.lang, j.facts, j.brief, text)
	if err != nil {
		return Check{}, fmt.Errorf("compose: verifying the %s draft: %w", j.net.Name, err)
	}
	for _, f := range []*Finding{j.net.lengthFinding(text, j.lang), j.net.hashtagFinding(text, j.lang)} {
		if f == nil {
			continue
		}
		ch.Findings = append(ch.Findings, *f)
		if ch.Verdict == "pass" || ch.Verdict == "" {
			ch.Verdict = "fail"
		}
	}
	if ch.Findings == nil {
		ch.Findings = []Finding{}
	}
	return ch, nil
}

// run is the self-correction loop: draft, verify, and while there are
// findings and rounds left, send the model its draft, the findings and the
// relevant facts, then verify again.
func (c *Composer) run(ctx context.Context, j job, first llm.Prompt) (Draft, error) {
	d := Draft{Network: j.net.Name, Lang: j.lang, Variant: j.variant, Composer: ComposerLLM, Provider: c.ProviderLabel(), Limit: j.net.Limit}
	c.progress(Progress{Network: j.net.Name, Variant: j.variant, Step: "drafting"})
	r, err := c.call(ctx, first, j, &d)
	if err != nil {
		return d, err
	}
	text, ids, isJSON := parseReply(r.Text)
	ch, err := c.check(ctx, j, text)
	if err != nil {
		return d, err
	}
	d.Rounds = append(d.Rounds, Round{N: 0, Prompt: first.Name, PromptVersion: first.Version, PromptHash: first.Hash,
		Text: text, Findings: ch.Findings, Tokens: r.Usage, Cached: r.Cached, JSONReply: isJSON})
	c.progress(Progress{Network: j.net.Name, Variant: j.variant, Step: "verified", Findings: len(ch.Findings)})
	pl := promptLang(j.lang)
	for round := 1; round <= c.opts.MaxRounds && len(ch.Findings) > 0; round++ {
		data := promptData{
			Brand: brandName(j.brand, pl), Lang: j.lang, LangName: langName(j.lang, pl),
			Network: j.net.Name, NetworkName: j.net.Display, Rules: j.net.Guide(pl),
			Brief: j.brief, Facts: relevantFacts(j.facts, text, ch.Findings, 12),
			Draft: text, Findings: ch.Findings,
		}
		p, err := llm.RenderPrompt("correct", pl, data)
		if err != nil {
			return d, err
		}
		c.progress(Progress{Network: j.net.Name, Variant: j.variant, Round: round, Step: "correcting", Findings: len(ch.Findings)})
		r, err := c.call(ctx, p, j, &d)
		if err != nil {
			return d, err
		}
		next, nextIDs, isJSON := parseReply(r.Text)
		if next == "" {
			next = text // an empty answer corrects nothing; the findings stay open
		}
		ch, err = c.check(ctx, j, next)
		if err != nil {
			return d, err
		}
		d.Rounds = append(d.Rounds, Round{N: round, Prompt: p.Name, PromptVersion: p.Version, PromptHash: p.Hash,
			Text: next, Findings: ch.Findings, Diff: wordDiff(text, next), Tokens: r.Usage, Cached: r.Cached, JSONReply: isJSON})
		text, ids = next, nextIDs
		c.progress(Progress{Network: j.net.Name, Variant: j.variant, Round: round, Step: "verified", Findings: len(ch.Findings)})
	}
	d.Text, d.FactIDs = text, ids
	d.finish(ch, j.net)
	return d, nil
}

func (d *Draft) finish(ch Check, net Network) {
	d.Verdict = ch.Verdict
	d.Findings = ch.Findings
	d.Length = net.Length(d.Text)
	if len(ch.Findings) == 0 {
		d.State = StatePass
		d.Verdict = "pass"
	} else {
		d.State = StateNeedsHuman
	}
}

// relevantFacts picks what the correction prompt shows: the facts the
// findings cite first, then those sharing the most words with the draft.
func relevantFacts(facts []Fact, text string, findings []Finding, max int) []Fact {
	if len(facts) <= max {
		return facts
	}
	cited := map[string]bool{}
	for _, f := range findings {
		if f.Fact != "" {
			cited[f.Fact] = true
		}
	}
	words := contentWords(text)
	type scored struct {
		f     Fact
		score int
		i     int
	}
	var ss []scored
	for i, f := range facts {
		s := 0
		if cited[f.Text] {
			s += 1000
		}
		for w := range contentWords(f.Text) {
			if words[w] {
				s++
			}
		}
		ss = append(ss, scored{f, s, i})
	}
	sort.SliceStable(ss, func(a, b int) bool { return ss[a].score > ss[b].score })
	ss = ss[:max]
	sort.Slice(ss, func(a, b int) bool { return ss[a].i < ss[b].i })
	out := make([]Fact, len(ss))
	for i, s := range ss {
		out[i] = s.f
	}
	return out
}

// TranslateInput is a post to translate.
type TranslateInput struct {
	ID       string   `json:"id,omitempty"`
	Text     string   `json:"text"`
	From     string   `json:"from"`
	To       string   `json:"to"`
	Network  string   `json:"network"`
	Brand    string   `json:"brand,omitempty"`
	Brief    string   `json:"brief,omitempty"`
	Facts    []Fact   `json:"facts"`
	Accounts []string `json:"-"`
}

// Translate translates a post with the model, then verifies it against the
// facts in the target language and corrects it like a draft.
func (c *Composer) Translate(ctx context.Context, in TranslateInput) (Draft, error) {
	if c.opts.LLM == nil {
		return Draft{}, ErrNeedsModel
	}
	if strings.TrimSpace(in.Text) == "" {
		return Draft{}, fmt.Errorf("compose: nothing to translate")
	}
	in.From, in.To = normLang(in.From), normLang(in.To)
	if in.Network == "" {
		in.Network = "facebook"
	}
	net, err := RuleFor(in.Network)
	if err != nil {
		return Draft{}, err
	}
	pl := promptLang(in.To)
	p, err := llm.RenderPrompt("translate", pl, promptData{
		Brand: brandName(in.Brand, pl), Lang: in.To, LangName: langName(in.To, pl), SourceLangName: langName(in.From, pl),
		Network: net.Name, NetworkName: net.Display, Rules: net.Guide(pl), Text: in.Text, Facts: in.Facts,
	})
	if err != nil {
		return Draft{}, err
	}
	acc := append([]string(nil), in.Accounts...)
	if in.ID != "" {
		acc = append(acc, "translate:"+in.ID)
	}
	return c.run(ctx, job{lang: in.To, net: net, variant: 1, brand: in.Brand, brief: in.Brief, facts: in.Facts, accounts: acc}, p)
}

// AdaptInput is a post to move from one network to another.
type AdaptInput struct {
	ID       string   `json:"id,omitempty"`
	Text     string   `json:"text"`
	Lang     string   `json:"lang"`
	From     string   `json:"from"`
	To       string   `json:"to"`
	Brand    string   `json:"brand,omitempty"`
	Brief    string   `json:"brief,omitempty"`
	Facts    []Fact   `json:"facts"`
	Accounts []string `json:"-"`
}

// Adapt rewrites a post for another network: with the model, through the
// same verify-and-correct loop; offline, by keeping the post's own sentences
// in order while they fit, which cannot add a claim.
func (c *Composer) Adapt(ctx context.Context, in AdaptInput) (Draft, error) {
	in.Lang = normLang(in.Lang)
	from, err := RuleFor(in.From)
	if err != nil {
		return Draft{}, err
	}
	to, err := RuleFor(in.To)
	if err != nil {
		return Draft{}, err
	}
	j := job{lang: in.Lang, net: to, variant: 1, brand: in.Brand, brief: in.Brief, facts: in.Facts, accounts: in.Accounts}
	if c.opts.LLM == nil {
		return c.offlineAdapt(ctx, in, j)
	}
	pl := promptLang(in.Lang)
	p, err := llm.RenderPrompt("adapt", pl, promptData{
		Brand: brandName(in.Brand, pl), Lang: in.Lang, LangName: langName(in.Lang, pl),
		Network: to.Name, NetworkName: to.Display, FromNetworkName: from.Display, Rules: to.Guide(pl),
		Text: in.Text, Facts: in.Facts,
	})
	if err != nil {
		return Draft{}, err
	}
	return c.run(ctx, j, p)
}
