package compose

import (
	"fmt"
	"strings"

	"github.com/vigie-cm/vigie/internal/style/netcount"
)

// Network is how compose writes for one network. Lengths are counted by
// the style engine's netcount, the same counter the style guard uses, so a
// draft that fits here fits there.
type Network struct {
	Name     string
	Display  string
	Limit    int // hard limit, in the network's own unit
	Unit     string
	Hashtags int // most hashtags a draft carries (the network's guidance)
	// MaxHashtags is the network's hard limit (0: none), e.g. 1 on
	// Threads, 30 on Instagram.
	MaxHashtags int
	// Target is the length the offline composer aims below: the long-form
	// networks allow thousands of characters but posts that work are short.
	Target int
	// Emoji says whether the network's register welcomes emoji.
	Emoji bool
	guide map[string]string
}

var networks = map[string]Network{
	"x": {Display: "X", Hashtags: 2, Target: 280, Emoji: true, guide: map[string]string{
		"en": "at most 280 characters as X counts them (a link counts 23, an emoji 2), 1 or 2 hashtags, a single post (no thread)",
		"fr": "280 caractères au plus tels que X les compte (un lien compte 23, un émoji 2), 1 ou 2 hashtags, un seul message (pas de thread)"}},
	"bluesky": {Display: "Bluesky", Hashtags: 2, Target: 300, Emoji: true, guide: map[string]string{
		"en": "at most 300 characters (graphemes), conversational, 0 to 2 hashtags",
		"fr": "300 caractères au plus (graphèmes), ton conversationnel, 0 à 2 hashtags"}},
	"mastodon": {Display: "Mastodon", Hashtags: 4, Target: 500, Emoji: true, guide: map[string]string{
		"en": "at most 500 characters, plain and friendly, hashtags in CamelCase for screen readers",
		"fr": "500 caractères au plus, simple et sympathique, hashtags en CamelCase pour les lecteurs d'écran"}},
	"threads": {Display: "Threads", Hashtags: 1, Target: 500, Emoji: true, guide: map[string]string{
		"en": "at most 500 characters, casual, at most one hashtag (a topic tag)",
		"fr": "500 caractères au plus, ton décontracté, un seul hashtag au plus (sujet)"}},
	"instagram": {Display: "Instagram", Hashtags: 5, Target: 900, Emoji: true, guide: map[string]string{
		"en": "a caption of 1 to 3 short paragraphs (at most 2,200 characters; links are not clickable, say \"link in bio\"), then 3 to 5 hashtags on the last line",
		"fr": "une légende de 1 à 3 courts paragraphes (2 200 caractères au plus ; les liens ne sont pas cliquables, écrire « lien en bio »), puis 3 à 5 hashtags sur la dernière ligne"}},
	"linkedin": {Display: "LinkedIn", Hashtags: 3, Target: 1300, Emoji: false, guide: map[string]string{
		"en": "professional tone, a strong first line, 2 to 4 short paragraphs, at most 3,000 characters, at most 3 hashtags at the end",
		"fr": "ton professionnel, une première ligne forte, 2 à 4 courts paragraphes, 3 000 caractères au plus, 3 hashtags au plus à la fin"}},
	"facebook": {Display: "Facebook", Hashtags: 2, Target: 800, Emoji: true, guide: map[string]string{
		"en": "warm and conversational, 1 to 3 short paragraphs, written for a broad audience including people over 50, a link is fine",
		"fr": "chaleureux et conversationnel, 1 à 3 courts paragraphes, pour un large public y compris les plus de 50 ans, un lien est bienvenu"}},
	"tiktok": {Display: "TikTok", Hashtags: 4, Target: 300, Emoji: true, guide: map[string]string{
		"en": "a video caption: one or two punchy lines (at most 2,200 characters, ideally under 150), 3 to 5 hashtags",
		"fr": "une légende de vidéo : une ou deux lignes percutantes (2 200 caractères au plus, idéalement moins de 150), 3 à 5 hashtags"}},
	"youtube": {Display: "YouTube", Hashtags: 3, Target: 1000, Emoji: true, guide: map[string]string{
		"en": "a community post, at most 5,000 characters, 1 to 3 hashtags",
		"fr": "un post communauté, 5 000 caractères au plus, 1 à 3 hashtags"}},
}

// RuleFor returns the rules compose follows for network.
func RuleFor(network string) (Network, error) {
	name := strings.ToLower(strings.TrimSpace(network))
	n, ok := networks[name]
	if !ok {
		return Network{}, fmt.Errorf("compose: unknown network %q (known: %s)", network, strings.Join(netcount.Networks(), ", "))
	}
	r, err := netcount.RuleFor(name)
	if err != nil {
		return Network{}, fmt.Errorf("compose: %w", err)
	}
	n.Name, n.Limit, n.Unit, n.MaxHashtags = name, r.Max, r.Unit, r.MaxHashtags
	if r.MaxHashtags > 0 && n.Hashtags > r.MaxHashtags {
		n.Hashtags = r.MaxHashtags
	}
	if n.Target > n.Limit {
		n.Target = n.Limit
	}
	return n, nil
}

// Guide is the network's rules in words for the prompt.
func (n Network) Guide(lang string) string {
	if g, ok := n.guide[lang]; ok {
		return g
	}
	return n.guide["en"]
}

// Length counts text as the network does.
func (n Network) Length(text string) int {
	l, err := netcount.Length(n.Name, text)
	if err != nil {
		return len([]rune(text))
	}
	return l
}

// lengthFinding reports a draft over the limit, in the draft's language.
func (n Network) lengthFinding(text, lang string) *Finding {
	l := n.Length(text)
	if l <= n.Limit {
		return nil
	}
	msg := fmt.Sprintf("%d %s, %s allows %d: shorten it", l, n.Unit, n.Display, n.Limit)
	if lang == "fr" {
		msg = fmt.Sprintf("%d caractères comptés par %s, limite %d : raccourcir", l, n.Display, n.Limit)
	}
	return &Finding{Start: 0, End: len([]rune(text)), Text: "", Kind: KindLength, Message: msg}
}

// KindHashtags is the finding kind for more hashtags than the network takes.
const KindHashtags = "hashtags"

// hashtagFinding reports hashtags beyond the network's hard limit, spanning
// the first one too many.
func (n Network) hashtagFinding(text, lang string) *Finding {
	if n.MaxHashtags == 0 {
		return nil
	}
	tags := netcount.Hashtags(text)
	if len(tags) <= n.MaxHashtags {
		return nil
	}
	extra := tags[n.MaxHashtags]
	msg := fmt.Sprintf("%d hashtags, %s takes at most %d: keep the most relevant", len(tags), n.Display, n.MaxHashtags)
	if lang == "fr" {
		msg = fmt.Sprintf("%d hashtags, %s en accepte %d au plus : garder le plus pertinent", len(tags), n.Display, n.MaxHashtags)
	}
	return &Finding{Start: extra.Start, End: extra.End, Text: extra.Text, Kind: KindHashtags, Message: msg}
}

var langNames = map[string]map[string]string{
	"en": {"en": "English", "fr": "French", "es": "Spanish", "de": "German", "it": "Italian", "pt": "Portuguese", "nl": "Dutch"},
	"fr": {"en": "anglais", "fr": "français", "es": "espagnol", "de": "allemand", "it": "italien", "pt": "portugais", "nl": "néerlandais"},
}

// langName names lang in the prompt's language.
func langName(lang, in string) string {
	if in != "fr" {
		in = "en"
	}
	if n, ok := langNames[in][lang]; ok {
		return n
	}
	return lang
}
