package compose

import (
	"context"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"strings"
	"unicode"

	"github.com/vigie-cm/vigie/internal/style/netcount"
)

// The offline composer writes posts with no model. Its one rule is that
// every claim comes from the fact sheet word for word: fact sentences are
// quoted whole, links and hashtags are copied from the facts, and the words
// around them (openers, calls to action) make no claim at all — no number,
// name, date, superlative, freebie or "every day". Variety comes from which
// facts lead, how many fit, and which opener, call to action, emoji and
// layout each variant draws. Every draft is still verified, and a candidate
// with a finding is never preferred to a clean one.

// Notices label the offline composer's drafts.
var offlineNotice = map[string]string{
	"en": "Drafted by Vigie's offline composer from the fact sheet only, without an AI model.",
	"fr": "Brouillon du compositeur hors ligne de Vigie, écrit uniquement à partir de la fiche de faits, sans modèle d'IA.",
}

// Phrases that carry no claim. Kept free of digits, proper names, weekdays,
// "free/offert", "all/tous", "every day/tous les jours" and superlatives, so
// the claims engine finds nothing in them.
var openers = map[string]map[bool][]string{
	"en": {
		false: {"Good news!", "It's official!", "Here's what's new.", "Heads up!", "News from us.", "Mark your calendars!", "You asked, here it is!"},
		true:  {"We are pleased to share some news.", "A quick update from our team.", "Some news worth sharing.", "An update we are glad to share."},
	},
	"fr": {
		false: {"Bonne nouvelle !", "C'est officiel !", "On vous en dit plus.", "À noter dans vos agendas !", "Ça y est !", "Petite annonce.", "Des nouvelles fraîches !"},
		true:  {"Nous avons le plaisir de partager une nouvelle.", "Un point d'actualité de notre équipe.", "Une nouvelle que nous sommes heureux de partager.", "Quelques nouvelles à retenir."},
	},
}

var closers = map[string]map[bool][]string{
	"en": {
		false: {"See you soon!", "Tell us what you think in the comments!", "Share the news with your friends!", "We can't wait to see you!", "Who's in?"},
		true:  {"Thank you for your trust.", "We'd love to hear your thoughts in the comments.", "Feel free to share this with your network."},
	},
	"fr": {
		false: {"On vous attend !", "À très vite !", "Dites-nous en commentaire ce que vous en pensez !", "Partagez la nouvelle autour de vous !", "Vous venez ?"},
		true:  {"Merci pour votre confiance.", "Vos retours sont les bienvenus en commentaire.", "N'hésitez pas à partager autour de vous."},
	},
}

var leadEmoji = []string{"📣", "✨", "👉", "🗓️", "💬", "🎉"}

// factParts sorts a fact sheet for the offline composer.
type factParts struct {
	body     []Fact   // sentences that can be quoted
	links    []string // URLs and domains, as written in the facts
	hashtags []string // hashtags, as written in the facts
}

func splitFacts(facts []Fact) factParts {
	var p factParts
	seen := map[string]bool{}
	for _, f := range facts {
		t := strings.TrimSpace(f.Text)
		if t == "" {
			continue
		}
		tags := netcount.Hashtags(t)
		urls := netcount.URLs(t, true)
		for _, h := range tags {
			if !seen[h.Text] {
				seen[h.Text] = true
				p.hashtags = append(p.hashtags, h.Text)
			}
		}
		for _, u := range urls {
			txt := strings.TrimRight(u.Text, ".,;:!?)")
			if !seen[txt] {
				seen[txt] = true
				p.links = append(p.links, txt)
			}
		}
		// A fact that only states the hashtag or the address ("Le site est
		// x.fr.") reads badly quoted; its value is used on its own line.
		if (len(tags) > 0 || len(urls) > 0) && len(strings.Fields(t)) <= 10 {
			continue
		}
		p.body = append(p.body, Fact{ID: f.ID, Text: ensurePeriod(t)})
	}
	return p
}

func ensurePeriod(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	switch r[len(r)-1] {
	case '.', '!', '?', '…', ':', ')':
		return s
	}
	return s + "."
}

// rankFacts orders body facts by the words they share with the brief, the
// facts the brief names (focus) first, the fact sheet's own order breaking
// ties.
func rankFacts(body []Fact, brief string, focus []string) []Fact {
	bw := contentWords(brief)
	focused := map[string]bool{}
	for _, id := range focus {
		focused[id] = true
	}
	type sc struct {
		f Fact
		s int
		i int
	}
	ss := make([]sc, len(body))
	for i, f := range body {
		n := 0
		for w := range contentWords(f.Text) {
			if bw[w] {
				n++
			}
		}
		if focused[f.ID] {
			n += 100
		}
		ss[i] = sc{f, n, i}
	}
	for i := 1; i < len(ss); i++ { // insertion sort keeps ties stable
		for j := i; j > 0 && (ss[j].s > ss[j-1].s); j-- {
			ss[j], ss[j-1] = ss[j-1], ss[j]
		}
	}
	out := make([]Fact, len(ss))
	for i, s := range ss {
		out[i] = s.f
	}
	return out
}

var stopwords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`avec dans pour sans sous vers chez leur leurs nous vous elle elles ils sont être était cette ces mais plus moins tout tous toute toutes
		from with that this these those their there have been will your about into over than they them what when where which while
		faire fait faites notre votre comme aussi entre après avant depuis pendant`) {
		stopwords[w] = true
	}
}

// fold lowercases and strips French diacritics.
func fold(r rune) rune {
	r = unicode.ToLower(r)
	switch r {
	case 'à', 'â', 'ä', 'á':
		return 'a'
	case 'é', 'è', 'ê', 'ë':
		return 'e'
	case 'î', 'ï', 'í':
		return 'i'
	case 'ô', 'ö', 'ó':
		return 'o'
	case 'ù', 'û', 'ü', 'ú':
		return 'u'
	case 'ç':
		return 'c'
	}
	return r
}

// contentWords are the folded words of four letters or more, stopwords out.
func contentWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len([]rune(w)) < 4 {
			continue
		}
		w = strings.Map(fold, w)
		if !stopwords[w] {
			out[w] = true
		}
	}
	return out
}

func seedFor(in Input, base uint64) uint64 {
	if base != 0 {
		return base
	}
	h := fnv.New64a()
	h.Write([]byte(in.Lang + "\x00" + in.Brief))
	for _, f := range in.Facts {
		h.Write([]byte("\x00" + f.Text))
	}
	return h.Sum64()
}

func netHash(network string, variant, attempt int) uint64 {
	h := fnv.New64a()
	h.Write([]byte(network))
	return h.Sum64() ^ uint64(variant)<<32 ^ uint64(attempt)
}

// offlineText composes one candidate.
func offlineText(parts factParts, ranked []Fact, net Network, lang string, variant int, rng *rand.Rand) (string, []string) {
	pro := net.Name == "linkedin"
	pl := promptLang(lang)
	ops, cls := openers[pl][pro], closers[pl][pro]
	opener := ops[(variant-1+rng.IntN(len(ops)))%len(ops)]
	closer := cls[(variant-1+rng.IntN(len(cls)))%len(cls)]
	if net.Emoji && rng.IntN(3) > 0 {
		opener = leadEmoji[rng.IntN(len(leadEmoji))] + " " + opener
	}
	// The lead fact rotates with the variant among the most relevant ones,
	// so variants open on different news; the rest follow by relevance,
	// with a little shuffling among neighbours.
	order := append([]Fact(nil), ranked...)
	if n := len(order); n > 1 {
		lead := (variant - 1) % min(n, 3)
		order[0], order[lead] = order[lead], order[0]
		for i := 1; i+1 < n; i++ {
			if rng.IntN(3) == 0 {
				order[i], order[i+1] = order[i+1], order[i]
			}
		}
	}
	paragraphs := net.Target >= 800
	sep := " "
	if paragraphs {
		sep = "\n\n"
	}
	var tail []string
	if len(parts.links) > 0 && rng.IntN(4) > 0 {
		link := parts.links[0]
		if net.Emoji {
			link = "👉 " + link
		}
		tail = append(tail, link)
	}
	var tags []string
	for _, h := range parts.hashtags {
		if len(tags) >= net.Hashtags {
			break
		}
		tags = append(tags, h)
	}
	tagLine := strings.Join(tags, " ")
	useCloser := rng.IntN(5) > 0

	build := func(withOpener, withCloser bool, body []Fact) string {
		var blocks []string
		var sentences []string
		if withOpener {
			sentences = append(sentences, opener)
		}
		for _, f := range body {
			sentences = append(sentences, f.Text)
		}
		if paragraphs {
			// opener and first fact together, then one fact per paragraph.
			if withOpener && len(body) > 0 {
				blocks = append(blocks, opener+" "+body[0].Text)
				for _, f := range body[1:] {
					blocks = append(blocks, f.Text)
				}
			} else {
				blocks = append(blocks, sentences...)
			}
		} else {
			blocks = append(blocks, strings.Join(sentences, " "))
		}
		last := strings.Join(blocks, sep)
		if withCloser {
			last += sep + closer
		}
		lines := []string{last}
		lines = append(lines, tail...)
		if tagLine != "" {
			lines = append(lines, tagLine)
		}
		if paragraphs {
			return strings.Join(lines, "\n\n")
		}
		return strings.Join(lines, "\n")
	}

	// A post carries a few facts, not the sheet: two on the short
	// networks, up to four where paragraphs are the habit.
	maxFacts := 2
	if paragraphs {
		maxFacts = 4
	} else if net.Target >= 500 {
		maxFacts = 3
	}
	var chosen []Fact
	for _, f := range order {
		try := append(append([]Fact(nil), chosen...), f)
		if net.Length(build(true, useCloser, try)) <= net.Target {
			chosen = try
		}
		if len(chosen) >= maxFacts {
			break
		}
	}
	if len(chosen) == 0 && len(order) > 0 {
		// Nothing fits with the frame: the shortest fact alone.
		short := order[0]
		for _, f := range order {
			if net.Length(f.Text) < net.Length(short.Text) {
				short = f
			}
		}
		chosen = []Fact{short}
		t := build(false, false, chosen)
		return t, []string{short.ID}
	}
	ids := make([]string, len(chosen))
	for i, f := range chosen {
		ids[i] = f.ID
	}
	return build(true, useCloser, chosen), ids
}

const offlineAttempts = 6

// offlinePrep is what every offline draft of one input shares.
type offlinePrep struct {
	parts  factParts
	ranked []Fact
}

func (c *Composer) prepareOffline(ctx context.Context, in Input) (*offlinePrep, error) {
	parts := splitFacts(in.Facts)
	body, err := c.quotable(ctx, job{lang: in.Lang, brief: in.Brief, facts: in.Facts}, parts.body)
	if err != nil {
		return nil, err
	}
	return &offlinePrep{parts: parts, ranked: rankFacts(body, in.Brief, in.Focus)}, nil
}

func (c *Composer) offlineDraft(ctx context.Context, in Input, prep *offlinePrep, network string, variant int, previous []string) (Draft, error) {
	net, _ := RuleFor(network)
	pl := promptLang(in.Lang)
	d := Draft{Network: net.Name, Lang: in.Lang, Variant: variant, Composer: ComposerOffline, Provider: "offline composer",
		Notice: offlineNotice[pl], Limit: net.Limit}
	j := job{lang: in.Lang, net: net, variant: variant, brief: in.Brief, facts: in.Facts}
	parts, ranked := prep.parts, prep.ranked
	seed := seedFor(in, c.opts.Seed)
	var best *Round
	var bestCheck Check
	var bestIDs []string
	for attempt := 0; attempt < offlineAttempts; attempt++ {
		rng := rand.New(rand.NewPCG(seed, netHash(network, variant, attempt)))
		text, ids := offlineText(parts, ranked, net, in.Lang, variant, rng)
		if strings.TrimSpace(text) == "" {
			break
		}
		dup := false
		for _, p := range previous {
			dup = dup || p == text
		}
		if dup && attempt+1 < offlineAttempts {
			continue
		}
		ch, err := c.check(ctx, j, text)
		if err != nil {
			return d, err
		}
		if best == nil || len(ch.Findings) < len(bestCheck.Findings) {
			best = &Round{N: 0, Prompt: "offline", Text: text, Findings: ch.Findings, JSONReply: false}
			bestCheck, bestIDs = ch, ids
		}
		if len(ch.Findings) == 0 {
			break
		}
	}
	if best == nil {
		ch, err := c.check(ctx, j, "")
		if err != nil {
			return d, err
		}
		best, bestCheck = &Round{Prompt: "offline", Findings: ch.Findings}, ch
		d.Error = "the offline composer found no fact to write from"
		if pl == "fr" {
			d.Error = "le compositeur hors ligne n'a trouvé aucun fait à partir duquel écrire"
		}
		bestCheck.Findings = append(bestCheck.Findings, Finding{Kind: "empty", Message: d.Error})
	}
	d.Rounds = []Round{*best}
	d.Text, d.FactIDs = best.Text, bestIDs
	d.finish(bestCheck, net)
	return d, nil
}

// quotable keeps the facts that the Verify engine grounds when quoted on
// their own. A fact it cannot ground (a name it does not recognise as the
// sheet's own, say) would come back as a finding, so the offline composer
// leaves it out rather than hand over a draft that needs a human.
func (c *Composer) quotable(ctx context.Context, j job, body []Fact) ([]Fact, error) {
	var out []Fact
	for _, f := range body {
		ch, err := c.opts.Verifier.Verify(ctx, j.lang, j.facts, j.brief, f.Text)
		if err != nil {
			return nil, fmt.Errorf("compose: verifying fact %s: %w", f.ID, err)
		}
		if len(ch.Findings) == 0 {
			out = append(out, f)
		}
	}
	return out, nil
}

// splitSentences cuts a post into sentences and lines, keeping each with
// its punctuation and trailing emoji.
func splitSentences(text string) []string {
	var out []string
	var cur strings.Builder
	rs := []rune(text)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r == '\n' {
			if s := strings.TrimSpace(cur.String()); s != "" {
				out = append(out, s)
			}
			cur.Reset()
			continue
		}
		cur.WriteRune(r)
		if (r == '.' || r == '!' || r == '?' || r == '…') && (i+1 == len(rs) || unicode.IsSpace(rs[i+1])) {
			// keep emoji that close the sentence with it
			for i+2 < len(rs) && rs[i+1] == ' ' && !unicode.IsLetter(rs[i+2]) && !unicode.IsDigit(rs[i+2]) && rs[i+2] != '#' && !unicode.IsSpace(rs[i+2]) && !unicode.IsPunct(rs[i+2]) {
				i++
				cur.WriteRune(rs[i])
				for i+1 < len(rs) && !unicode.IsSpace(rs[i+1]) {
					i++
					cur.WriteRune(rs[i])
				}
			}
			if s := strings.TrimSpace(cur.String()); s != "" {
				out = append(out, s)
			}
			cur.Reset()
		}
	}
	if s := strings.TrimSpace(cur.String()); s != "" {
		out = append(out, s)
	}
	return out
}

// offlineAdapt keeps the post's sentences in order while they fit the
// target network, and its first hashtags up to the network's habit.
func (c *Composer) offlineAdapt(ctx context.Context, in AdaptInput, j job) (Draft, error) {
	pl := promptLang(in.Lang)
	d := Draft{Network: j.net.Name, Lang: in.Lang, Variant: 1, Composer: ComposerOffline, Provider: "offline composer",
		Notice: offlineNotice[pl], Limit: j.net.Limit}
	var sentences, tags []string
	for _, s := range splitSentences(in.Text) {
		if isHashtagLine(s) {
			tags = append(tags, strings.Fields(s)...)
			continue
		}
		sentences = append(sentences, s)
	}
	if len(tags) > j.net.Hashtags {
		tags = tags[:j.net.Hashtags]
	}
	tagLine := strings.Join(tags, " ")
	join := func(ss []string) string {
		t := strings.Join(ss, " ")
		if tagLine != "" {
			t += "\n" + tagLine
		}
		return t
	}
	var kept []string
	for _, s := range sentences {
		if j.net.Length(join(append(append([]string(nil), kept...), s))) <= j.net.Limit {
			kept = append(kept, s)
		}
	}
	text := join(kept)
	ch, err := c.check(ctx, j, text)
	if err != nil {
		return d, err
	}
	d.Rounds = []Round{{N: 0, Prompt: "offline-adapt", Text: text, Findings: ch.Findings, Diff: wordDiff(in.Text, text)}}
	d.Text = text
	d.finish(ch, j.net)
	return d, nil
}

func isHashtagLine(s string) bool {
	fs := strings.Fields(s)
	if len(fs) == 0 {
		return false
	}
	for _, f := range fs {
		if !strings.HasPrefix(f, "#") {
			return false
		}
	}
	return true
}
