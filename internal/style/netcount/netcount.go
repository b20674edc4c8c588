// Package netcount counts the length of a post the way each social network
// does, and finds the URLs, hashtags and emoji that those counts depend on.
//
// The rules, per network:
//
//   - X: twitter-text v3 weighted length. The text is NFC-normalised; code
//     points in U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F and U+2032–U+2037
//     weigh 1, every other code point (CJK, most symbols) weighs 2, an emoji
//     sequence weighs 2 whatever its code points, and a URL weighs 23. Limit 280.
//   - Bluesky: 300 grapheme clusters (Unicode extended grapheme clusters) of
//     the text as posted.
//   - Mastodon: 500 code points, each http(s) URL counts 23, and a remote
//     mention @user@domain counts as @user (the server's default limit).
//   - Threads: 500 characters, an emoji counting as its UTF-8 byte length
//     (Threads API documentation).
//   - Instagram 2,200, TikTok 2,200, LinkedIn 3,000, Facebook 63,206 and
//     YouTube (community post) 5,000: grapheme clusters.
package netcount

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"
	"golang.org/x/text/unicode/norm"
)

// Span is a range of code points, end exclusive.
type Span struct {
	Start, End int
	Text       string
}

// Rule is what a network allows.
type Rule struct {
	Network     string
	Max         int    // maximum length in the network's unit
	Unit        string // what Length counts, for messages
	MaxHashtags int    // hard limit, 0 when the network sets none
	// HashtagsMin and HashtagsMax bracket the count the network's own
	// guidance recommends; a count outside them is a soft finding.
	HashtagsMin, HashtagsMax int
	LinksClickable           bool // false where a link in the text is not clickable (Instagram captions)
	AltTextMax               int  // longest alt text the network accepts, 0 when unknown
}

var rules = map[string]Rule{
	"x":         {Network: "x", Max: 280, Unit: "weighted characters", HashtagsMin: 0, HashtagsMax: 2, LinksClickable: true, AltTextMax: 1000},
	"bluesky":   {Network: "bluesky", Max: 300, Unit: "graphemes", HashtagsMin: 0, HashtagsMax: 3, LinksClickable: true, AltTextMax: 2000},
	"mastodon":  {Network: "mastodon", Max: 500, Unit: "characters", HashtagsMin: 0, HashtagsMax: 5, LinksClickable: true, AltTextMax: 1500},
	"threads":   {Network: "threads", Max: 500, Unit: "characters", MaxHashtags: 1, HashtagsMin: 0, HashtagsMax: 1, LinksClickable: true, AltTextMax: 1000},
	"instagram": {Network: "instagram", Max: 2200, Unit: "characters", MaxHashtags: 30, HashtagsMin: 0, HashtagsMax: 5, LinksClickable: false},
	"tiktok":    {Network: "tiktok", Max: 2200, Unit: "characters", HashtagsMin: 0, HashtagsMax: 5, LinksClickable: false},
	"linkedin":  {Network: "linkedin", Max: 3000, Unit: "characters", HashtagsMin: 0, HashtagsMax: 5, LinksClickable: true},
	"facebook":  {Network: "facebook", Max: 63206, Unit: "characters", HashtagsMin: 0, HashtagsMax: 3, LinksClickable: true},
	"youtube":   {Network: "youtube", Max: 5000, Unit: "characters", HashtagsMin: 0, HashtagsMax: 15, LinksClickable: true},
}

// Networks lists the networks with rules, sorted.
func Networks() []string {
	out := make([]string, 0, len(rules))
	for n := range rules {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// RuleFor returns the rule of a network (case-insensitive name).
func RuleFor(network string) (Rule, error) {
	r, ok := rules[strings.ToLower(strings.TrimSpace(network))]
	if !ok {
		return Rule{}, fmt.Errorf("netcount: unknown network %q (known: %s)", network, strings.Join(Networks(), ", "))
	}
	return r, nil
}

// Length returns the length of text as network counts it.
func Length(network, text string) (int, error) {
	r, err := RuleFor(network)
	if err != nil {
		return 0, err
	}
	switch r.Network {
	case "x":
		return XWeighted(text), nil
	case "mastodon":
		return Mastodon(text), nil
	case "threads":
		return Threads(text), nil
	default:
		return Graphemes(text), nil
	}
}

// Graphemes counts user-perceived characters (extended grapheme clusters).
func Graphemes(text string) int { return uniseg.GraphemeClusterCount(text) }

// xWeightOne lists the twitter-text v3 ranges whose code points weigh 1.
var xWeightOne = [][2]rune{{0x0000, 0x10FF}, {0x2000, 0x200D}, {0x2010, 0x201F}, {0x2032, 0x2037}}

func xWeight(r rune) int {
	for _, rg := range xWeightOne {
		if r >= rg[0] && r <= rg[1] {
			return 1
		}
	}
	return 2
}

// XWeighted is the twitter-text v3 weighted length of text.
func XWeighted(text string) int {
	text = norm.NFC.String(text)
	urls := URLs(text, true)
	runes := []rune(text)
	n := 0
	u := 0
	for i := 0; i < len(runes); {
		if u < len(urls) && i == urls[u].Start {
			n += 23
			i = urls[u].End
			u++
			continue
		}
		// grapheme clusters that are emoji weigh 2 together
		cl, _, _, _ := uniseg.FirstGraphemeClusterInString(string(runes[i:min(len(runes), i+32)]), -1)
		clRunes := utf8.RuneCountInString(cl)
		if clRunes > 0 && IsEmoji(cl) {
			n += 2
			i += clRunes
			continue
		}
		n += xWeight(runes[i])
		i++
	}
	return n
}

// Mastodon is the length Mastodon's compose box counts: code points, each
// http(s) URL as 23, and @user@domain as @user.
func Mastodon(text string) int {
	runes := []rune(text)
	urls := URLs(text, false)
	n := 0
	u := 0
	for i := 0; i < len(runes); {
		if u < len(urls) && i == urls[u].Start {
			n += 23
			i = urls[u].End
			u++
			continue
		}
		if runes[i] == '@' && (i == 0 || !isHandleRune(runes[i-1])) {
			j := i + 1
			for j < len(runes) && isHandleRune(runes[j]) {
				j++
			}
			if j > i+1 && j < len(runes) && runes[j] == '@' {
				k := j + 1
				for k < len(runes) && (isHandleRune(runes[k]) || runes[k] == '.' || runes[k] == '-') {
					k++
				}
				for k > j+1 && runes[k-1] == '.' {
					k--
				}
				if k > j+1 {
					n += j - i
					i = k
					continue
				}
			}
		}
		n++
		i++
	}
	return n
}

func isHandleRune(r rune) bool {
	return r == '_' || r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// Threads counts code points, except that each emoji counts as its UTF-8
// length, as the Threads API documents.
func Threads(text string) int {
	n := 0
	g := uniseg.NewGraphemes(text)
	for g.Next() {
		cl := g.Str()
		if IsEmoji(cl) {
			n += len(cl)
		} else {
			n += utf8.RuneCountInString(cl)
		}
	}
	return n
}

// IsEmoji reports whether a grapheme cluster is displayed as an emoji: it
// holds an Extended_Pictographic code point that is not plain text, a
// regional-indicator flag, a keycap, or a tag sequence.
func IsEmoji(cluster string) bool {
	hasVS16, hasKeycap := false, false
	first := true
	var firstRune rune
	for _, r := range cluster {
		if first {
			firstRune = r
			first = false
		}
		switch {
		case r == 0xFE0F:
			hasVS16 = true
		case r == 0x20E3:
			hasKeycap = true
		}
	}
	if first {
		return false
	}
	if hasKeycap {
		return true
	}
	if firstRune >= 0x1F1E6 && firstRune <= 0x1F1FF { // regional indicators
		return true
	}
	if firstRune >= 0x1F000 && firstRune <= 0x1FAFF {
		return true
	}
	if isTextDefaultPictographic(firstRune) {
		// ©, ®, ™, ↔, ☺ and the like are text unless VS16 asks for emoji
		return hasVS16
	}
	if firstRune >= 0x2300 && firstRune <= 0x2BFF {
		return isEmojiPresentationBMP(firstRune) || hasVS16
	}
	return false
}

func isTextDefaultPictographic(r rune) bool {
	switch r {
	case 0x00A9, 0x00AE, 0x203C, 0x2049, 0x2122, 0x2139, 0x3030, 0x303D, 0x3297, 0x3299:
		return true
	}
	return r >= 0x2194 && r <= 0x21AA
}

// isEmojiPresentationBMP lists the BMP symbols shown as emoji without VS16
// (Emoji_Presentation=Yes in Unicode's emoji-data.txt).
func isEmojiPresentationBMP(r rune) bool {
	switch r {
	case 0x231A, 0x231B, 0x23E9, 0x23EA, 0x23EB, 0x23EC, 0x23F0, 0x23F3, 0x25FD, 0x25FE,
		0x2614, 0x2615, 0x267F, 0x2693, 0x26A1, 0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5,
		0x26CE, 0x26D4, 0x26EA, 0x26F2, 0x26F3, 0x26F5, 0x26FA, 0x26FD, 0x2705, 0x270A, 0x270B,
		0x2728, 0x274C, 0x274E, 0x2753, 0x2754, 0x2755, 0x2757, 0x2795, 0x2796, 0x2797, 0x27B0,
		0x27BF, 0x2B1B, 0x2B1C, 0x2B50, 0x2B55:
		return true
	}
	return (r >= 0x2648 && r <= 0x2653)
}

// Emoji returns the spans of the emoji in text, in code points.
func Emoji(text string) []Span {
	var out []Span
	pos := 0
	g := uniseg.NewGraphemes(text)
	for g.Next() {
		cl := g.Str()
		n := utf8.RuneCountInString(cl)
		if IsEmoji(cl) {
			out = append(out, Span{Start: pos, End: pos + n, Text: cl})
		}
		pos += n
	}
	return out
}
