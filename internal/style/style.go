// Package style is Vigie's style guard: it flags the clichés and tells of
// generated writing (FR/EN lexicons and patterns), repetition of the brand's
// own history (MinHash/LSH near-duplicates, overused openings, closings and
// hashtags, vocabulary diversity), each network's rules (length as the
// network counts it, hashtags, links, alt text) and readability.
//
// Offsets in findings are Unicode code points, end exclusive, as the batch
// contract in DESIGN.md requires.
package style

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/vigie-cm/vigie/internal/style/netcount"
)

// Finding kinds.
const (
	KindCliche        = "cliche"
	KindNearDuplicate = "near_duplicate"
	KindRepetition    = "repetition"
	KindLength        = "length"
	KindHashtags      = "hashtags"
	KindReadability   = "readability"
	KindAltText       = "alt_text"
	KindLink          = "link"
)

// Finding is one thing the style guard reports.
type Finding struct {
	Kind       string `json:"kind"`
	Start      int    `json:"start"`
	End        int    `json:"end"`
	Text       string `json:"text"`
	Message    string `json:"message"`
	Severity   string `json:"severity"`
	Suggestion string `json:"suggestion,omitempty"`
}

// Image is a picture attached to the post.
type Image struct {
	Alt string `json:"alt"`
}

// Options says what to check a text against.
type Options struct {
	Lang    string   // "fr", "en" or "" to detect
	Network string   // network rules to apply; "" for none
	Images  []Image  // attached pictures, for alt text
	Avoid   []string // the workspace's words to avoid ("word" or "word => preferred")
	Prefer  []string // the workspace's preferred words; never reported as clichés
	// History is the brand's past posts, oldest first; nil for none.
	History *History
	// Recent is how many of the latest posts the repetition checks look at
	// (default 50).
	Recent int
	// NearDuplicate is the similarity threshold (default DefaultNearDuplicate).
	NearDuplicate float64
}

// Result is what Check returns.
type Result struct {
	Lang     string             `json:"-"`
	Findings []Finding          `json:"findings"`
	Scores   map[string]float64 `json:"scores"`
}

// Check runs every rule on text.
func Check(text string, opt Options) (Result, error) {
	toks := tokenize(text)
	lang := strings.ToLower(strings.TrimSpace(opt.Lang))
	sure := true
	switch lang {
	case "":
		lang, sure = langScore(toks)
	case "fr", "en":
	default:
		return Result{}, fmt.Errorf("style: unsupported language %q (want fr or en)", opt.Lang)
	}
	var rule *netcount.Rule
	if opt.Network != "" {
		r, err := netcount.RuleFor(opt.Network)
		if err != nil {
			return Result{}, fmt.Errorf("style: %w", err)
		}
		rule = &r
	}
	runes := []rune(text)
	res := Result{Lang: lang, Findings: []Finding{}, Scores: map[string]float64{}}
	add := func(f Finding) {
		if f.Text == "" && f.End > f.Start && f.End <= len(runes) {
			f.Text = string(runes[f.Start:f.End])
		}
		res.Findings = append(res.Findings, f)
	}

	nCliche, err := checkCliches(text, runes, toks, lang, sure, opt, add)
	if err != nil {
		return Result{}, err
	}
	res.Scores["cliches"] = float64(nCliche)

	checkHistory(text, toks, lang, opt, &res, add)
	if rule != nil {
		checkNetwork(text, runes, *rule, opt.Images, lang, &res, add)
	} else if len(opt.Images) > 0 {
		checkAltText(opt.Images, 0, lang, add)
	}

	rd := readability(toks, lang)
	res.Scores["words"] = float64(rd.Words)
	res.Scores["sentences"] = float64(rd.Sentences)
	res.Scores["avg_sentence_words"] = round2(rd.AvgSentenceWords)
	res.Scores["readability"] = round2(rd.Score)
	checkReadability(rd, lang, add)

	d := diversityOfWords(wordsOf([]string{text}))
	res.Scores["distinct1"] = round2(d.Distinct1)
	res.Scores["distinct2"] = round2(d.Distinct2)
	res.Scores["mtld"] = round2(d.MTLD)

	sort.SliceStable(res.Findings, func(a, b int) bool { return res.Findings[a].Start < res.Findings[b].Start })
	return res, nil
}

func round2(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return 0
	}
	return math.Round(x*100) / 100
}

// checkCliches reports lexicon matches, the workspace's words to avoid and
// the structural tells (emoji walls, exclamation runs, triads).
func checkCliches(text string, runes []rune, toks []token, lang string, sure bool, opt Options, add func(Finding)) (int, error) {
	avoid, err := wordEntries(opt.Avoid, lang, "medium")
	if err != nil {
		return 0, err
	}
	prefer, err := wordEntries(opt.Prefer, lang, "low")
	if err != nil {
		return 0, err
	}
	preferred := make([]bool, len(toks))
	for _, m := range findMatches(toks, prefer) {
		for i := m.start; i < m.end; i++ {
			preferred[i] = true
		}
	}
	n := 0
	// The text's own lexicon only: an English stem can match a French word
	// ("robuste" stems to "robust"). Both apply when the language is a guess
	// without evidence; each lexicon lists the other language's loanwords
	// its writers use ("game changer" in French).
	entries := append([]Entry(nil), avoid...)
	for _, e := range builtin.entries {
		if e.Lang == lang || !sure {
			entries = append(entries, e)
		}
	}
	for _, m := range findMatches(toks, entries) {
		skip := false
		for i := m.start; i < m.end; i++ {
			if preferred[i] {
				skip = true
			}
		}
		if skip {
			continue
		}
		start, end := toks[m.start].start, toks[m.end-1].end
		span := string(runes[start:end])
		msg := fmt.Sprintf("cliché: «%s» sounds mass-produced", span)
		if lang == "fr" {
			msg = fmt.Sprintf("cliché : « %s » sonne fabriqué", span)
		}
		if m.entry.Source == "workspace" {
			msg = fmt.Sprintf("brand voice: the workspace avoids «%s»", span)
			if lang == "fr" {
				msg = fmt.Sprintf("voix de marque : l'espace de travail évite « %s »", span)
			}
		}
		add(Finding{Kind: KindCliche, Start: start, End: end, Message: msg, Severity: m.entry.Severity, Suggestion: m.entry.Suggestion})
		n++
	}
	for _, f := range structuralTells(text, runes, toks, lang) {
		add(f)
		n++
	}
	return n, nil
}

// checkHistory reports near-duplicates and overused openings, closings and
// hashtags against the brand's recent posts.
func checkHistory(text string, toks []token, lang string, opt Options, res *Result, add func(Finding)) {
	h := opt.History
	res.Scores["max_similarity"] = 0
	if h.Len() == 0 {
		return
	}
	th := opt.NearDuplicate
	if th <= 0 {
		th = DefaultNearDuplicate
	}
	runes := utf8.RuneCountInString(text)
	sims := h.NearDuplicates(text, lang, th)
	if len(sims) > 0 {
		best := sims[0]
		res.Scores["max_similarity"] = round2(best.Similarity)
		past := h.Post(best.Index)
		msg := fmt.Sprintf("near-duplicate of past post #%d (similarity %.0f%%): «%s»", best.Index, 100*best.Similarity, clip(past, 120))
		if lang == "fr" {
			msg = fmt.Sprintf("quasi-doublon du post passé n°%d (similarité %.0f %%) : « %s »", best.Index, 100*best.Similarity, clip(past, 120))
		}
		if len(sims) > 1 {
			msg += fmt.Sprintf(" (+%d)", len(sims)-1)
		}
		add(Finding{Kind: KindNearDuplicate, Start: 0, End: runes, Message: msg, Severity: "high",
			Suggestion: suggestion(lang, "Change the angle: a new fact, a customer's words, a behind-the-scenes detail.", "Changez d'angle : un fait nouveau, la parole d'un client, une coulisse.")})
	}
	n := opt.Recent
	if n <= 0 {
		n = 50
	}
	checkRepetition(text, toks, lang, h.recentSummary(n), add)
}

func suggestion(lang, en, fr string) string {
	if lang == "fr" {
		return fr
	}
	return en
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
