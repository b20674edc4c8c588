package style

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/vigie-cm/vigie/internal/style/netcount"
)

// structuralTells finds the habits of generated posts that no word list
// catches: exclamation runs, emoji walls and emoji bullet lists, triads of
// adjectives ("simple, rapide et efficace"), fragment triads ("Simple. Rapide.
// Efficace.") and, in English, em-dash chains.
func structuralTells(text string, runes []rune, toks []token, lang string) []Finding {
	var out []Finding
	fr := lang == "fr"
	// exclamation runs: "!!", "!!!", "?!?!"
	for i := 0; i < len(runes); {
		if runes[i] != '!' && runes[i] != '！' {
			i++
			continue
		}
		j := i
		bangs := 0
		for j < len(runes) && (runes[j] == '!' || runes[j] == '！' || runes[j] == '?' || runes[j] == ' ' && fr && j+1 < len(runes) && runes[j+1] == '!') {
			if runes[j] == '!' || runes[j] == '！' {
				bangs++
			}
			j++
		}
		for j > i && runes[j-1] == ' ' {
			j--
		}
		if bangs >= 2 {
			out = append(out, Finding{Kind: KindCliche, Start: i, End: j, Text: string(runes[i:j]), Severity: "low",
				Message:    suggestion(lang, "exclamation run: it reads as forced enthusiasm", "rafale de points d'exclamation : l'enthousiasme paraît forcé"),
				Suggestion: suggestion(lang, "One exclamation mark at most.", "Un point d'exclamation au plus.")})
		}
		i = max(j, i+1)
	}
	// many exclaimed sentences
	var bangEnds []int
	for i, r := range runes {
		if (r == '!' || r == '！') && (i+1 == len(runes) || runes[i+1] != '!' && runes[i+1] != '！') {
			bangEnds = append(bangEnds, i)
		}
	}
	if len(bangEnds) >= 4 {
		s, e := bangEnds[3], bangEnds[3]+1
		out = append(out, Finding{Kind: KindCliche, Start: s, End: e, Text: "!", Severity: "low",
			Message:    suggestion(lang, fmt.Sprintf("%d exclaimed sentences: the tone flattens", len(bangEnds)), fmt.Sprintf("%d phrases exclamatives : le ton s'aplatit", len(bangEnds))),
			Suggestion: suggestion(lang, "Keep the exclamation for the one thing that deserves it.", "Gardez l'exclamation pour la seule chose qui la mérite.")})
	}
	// emoji walls and bullet lists
	emo := netcount.Emoji(text)
	for i := 0; i < len(emo); {
		j := i + 1
		for j < len(emo) && onlySpaces(runes[emo[j-1].End:emo[j].Start]) {
			j++
		}
		if j-i >= 4 {
			s, e := emo[i].Start, emo[j-1].End
			out = append(out, Finding{Kind: KindCliche, Start: s, End: e, Text: string(runes[s:e]), Severity: "medium",
				Message:    suggestion(lang, fmt.Sprintf("emoji wall (%d in a row)", j-i), fmt.Sprintf("mur d'emoji (%d d'affilée)", j-i)),
				Suggestion: suggestion(lang, "One or two emoji that add meaning.", "Un ou deux emoji qui ajoutent du sens.")})
		}
		i = j
	}
	bullets := 0
	lineStart := 0
	firstBullet := -1
	for _, line := range strings.Split(text, "\n") {
		trimmed := strings.TrimLeftFunc(line, unicode.IsSpace)
		lead := lineStart + (len([]rune(line)) - len([]rune(trimmed)))
		for _, e := range emo {
			if e.Start == lead && len([]rune(trimmed)) > len([]rune(e.Text))+3 {
				bullets++
				if firstBullet < 0 {
					firstBullet = e.Start
				}
				break
			}
		}
		lineStart += len([]rune(line)) + 1
	}
	if bullets >= 3 {
		out = append(out, Finding{Kind: KindCliche, Start: firstBullet, End: len(runes), Text: string(runes[firstBullet:]), Severity: "low",
			Message:    suggestion(lang, fmt.Sprintf("emoji bullet list (%d lines): a template of generated posts", bullets), fmt.Sprintf("liste à puces emoji (%d lignes) : un gabarit de post généré", bullets)),
			Suggestion: suggestion(lang, "Write one or two sentences instead of a checklist.", "Écrivez une ou deux phrases plutôt qu'une liste.")})
	}
	out = append(out, triads(runes, toks, lang)...)
	if !fr {
		dashes := 0
		first := -1
		for i, r := range runes {
			if r == '—' {
				dashes++
				if first < 0 {
					first = i
				}
			}
		}
		if dashes >= 2 {
			out = append(out, Finding{Kind: KindCliche, Start: first, End: first + 1, Text: "—", Severity: "low",
				Message: fmt.Sprintf("%d em dashes: a well-known tell of generated English", dashes), Suggestion: "Use a full stop or a comma."})
		}
	}
	return out
}

func onlySpaces(rs []rune) bool {
	for _, r := range rs {
		if !unicode.IsSpace(r) && r != 0xFE0F && r != 0x200D {
			return false
		}
	}
	return true
}

var hypeAdjectives = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`simple simples rapide rapides efficace efficaces facile faciles intuitif intuitive
		accessible accessibles gourmand gourmande gourmands authentique authentiques convivial conviviale chaleureux chaleureuse
		moderne modernes élégant élégante unique uniques innovant innovante durable durables responsable responsables
		local locale locaux frais fraîche savoureux savoureuse généreux généreuse engagé engagée solidaire inclusif inclusive
		fun ludique pratique pratiques économique écologique naturel naturelle sain saine bon bonne beau belle fiable sûr sûre
		créatif créative audacieux audacieuse raffiné raffinée festif festive fédérateur inspirant inspirante puissant puissante
		simple fast easy effective efficient fresh local sustainable authentic unique bold modern elegant powerful intuitive
		affordable delicious fun engaging inclusive seamless smart reliable secure scalable flexible healthy tasty vibrant
		innovative creative inspiring friendly warm cozy cosy premium timeless sleek stylish practical impactful meaningful`) {
		hypeAdjectives[w] = true
	}
}

// hypeNouns are the abstract values generated posts stack in threes
// ("passion, précision et partage", "innovation, creativity and
// excellence"); abstractSuffixes recognise the rest of such nouns.
var hypeNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`passion partage convivialité plaisir émotion émotions authenticité gourmandise excellence
		innovation créativité bienveillance audace élégance simplicité qualité générosité sérénité bonheur douceur
		savoir-faire tradition modernité durabilité engagement confiance proximité exigence précision partage respect
		passion innovation excellence creativity community quality love joy connection authenticity simplicity elegance
		comfort style sustainability integrity trust care craftsmanship tradition flavor flavour fun passion precision
		purpose impact growth wellness wellbeing inspiration`) {
		hypeNouns[w] = true
	}
}

var abstractSuffixes = map[string][]string{
	"fr": {"ité", "ion", "ence", "ance", "isme", "eur"},
	"en": {"ity", "tion", "sion", "ness", "ence", "ance", "ism"},
}

// valueWord reports whether w reads as an abstract value (listed, or by its
// suffix) and whether it is on the list.
func valueWord(w, lang string) (bool, bool) {
	if hypeNouns[w] {
		return true, true
	}
	if len([]rune(w)) < 6 {
		return false, false
	}
	for _, s := range abstractSuffixes[lang] {
		if strings.HasSuffix(w, s) {
			return true, false
		}
	}
	return false, false
}

var adjSuffixes = map[string][]string{
	"fr": {"able", "ible", "if", "ive", "eux", "euse", "elle", "ant", "ante", "ique", "aire", "al", "ale", "isé", "isée", "ifié", "ifiée"},
	"en": {"ive", "able", "ible", "ful", "ous", "ic", "less", "ant", "ent", "al"},
}

// triadWords reports whether the three tokens are all adjectives or all
// abstract values, with at least minListed of them on the lists: an
// ordinary enumeration ("pain, beurre et confiture") is neither.
func triadWords(toks []token, idx []int, lang string, minListed int) bool {
	for _, test := range []func(string, string) (bool, bool){adjectiveLike, valueWord} {
		listed, ok := 0, true
		for _, k := range idx {
			a, l := test(toks[k].lower, lang)
			if !a || toks[k].hashtag || toks[k].mention {
				ok = false
				break
			}
			if l {
				listed++
			}
		}
		if ok && listed >= minListed {
			return true
		}
	}
	return false
}

func adjectiveLike(w, lang string) (bool, bool) {
	if hypeAdjectives[w] {
		return true, true
	}
	if len([]rune(w)) < 5 {
		return false, false
	}
	for _, s := range adjSuffixes[lang] {
		if strings.HasSuffix(w, s) {
			return true, false
		}
	}
	return false, false
}

// triads finds "A, B et C" of adjectives and three one- or two-word
// sentences in a row. The adjective test is a list of the qualities generated
// posts stack plus suffixes; at least one of the three must be on the list,
// so that an ordinary enumeration ("pain, beurre et confiture") passes.
func triads(runes []rune, toks []token, lang string) []Finding {
	var out []Finding
	between := func(a, b int) string { return strings.TrimSpace(string(runes[toks[a].end:toks[b].start])) }
	and := map[string]bool{"et": true, "and": true, "&": true}
	for i := 0; i+2 < len(toks); i++ {
		// w1 , w2 [,] and w3
		if between(i, i+1) != "," || i+3 >= len(toks) {
			continue
		}
		sep := between(i+1, i+2)
		if sep != "," && sep != "" {
			continue
		}
		if !and[toks[i+2].lower] || toks[i+3].sentStart {
			continue
		}
		if between(i+2, i+3) != "" {
			continue
		}
		if !triadWords(toks, []int{i, i + 1, i + 3}, lang, 1) {
			continue
		}
		if i > 0 && !toks[i].sentStart && between(i-1, i) == "," {
			continue // a longer list, not a triad
		}
		s, e := toks[i].start, toks[i+3].end
		out = append(out, Finding{Kind: KindCliche, Start: s, End: e, Text: string(runes[s:e]), Severity: "low",
			Message:    suggestion(lang, "triad of qualities: a rhythm generated posts overuse", "triade de qualités : un rythme que les posts générés usent"),
			Suggestion: suggestion(lang, "Keep the one quality you can prove.", "Gardez la seule qualité que vous pouvez prouver.")})
		i += 3
	}
	// asyndetic triads: "simple, rapide, efficace" with no conjunction;
	// without the "et" the words alone must carry it, so two of the three
	// must be on the list
	for i := 0; i+2 < len(toks); i++ {
		if between(i, i+1) != "," || between(i+1, i+2) != "," {
			continue
		}
		if i+3 < len(toks) && !toks[i+3].sentStart && between(i+2, i+3) == "," {
			continue // a longer list
		}
		if i > 0 && !toks[i].sentStart && between(i-1, i) == "," {
			continue
		}
		if toks[i+1].sentStart || toks[i+2].sentStart || !triadWords(toks, []int{i, i + 1, i + 2}, lang, 2) {
			continue
		}
		s, e := toks[i].start, toks[i+2].end
		out = append(out, Finding{Kind: KindCliche, Start: s, End: e, Text: string(runes[s:e]), Severity: "low",
			Message:    suggestion(lang, "triad of qualities: a rhythm generated posts overuse", "triade de qualités : un rythme que les posts générés usent"),
			Suggestion: suggestion(lang, "Keep the one quality you can prove.", "Gardez la seule qualité que vous pouvez prouver.")})
		i += 2
	}
	// fragment triads: three consecutive sentences of one or two words
	sents := sentencesOf(toks)
	for i := 0; i+2 < len(sents); i++ {
		short := true
		for _, s := range sents[i : i+3] {
			if s.last-s.first+1 > 2 {
				short = false
			}
		}
		if !short {
			continue
		}
		s, e := toks[sents[i].first].start, toks[sents[i+2].last].end
		out = append(out, Finding{Kind: KindCliche, Start: s, End: e, Text: string(runes[s:e]), Severity: "medium",
			Message:    suggestion(lang, "three one-word sentences in a row: a slogan rhythm generated posts overuse", "trois phrases d'un mot d'affilée : un rythme de slogan que les posts générés usent"),
			Suggestion: suggestion(lang, "Say it in one sentence with a concrete detail.", "Dites-le en une phrase avec un détail concret.")})
		i += 2
	}
	return out
}

// edgeKeys are the openings and closings of a post: its first and last two
// and three prose words, accent-folded ("" when the post is shorter).
type edgeKeys struct {
	first2, first3, last2, last3 string
}

func edgesOf(toks []token) edgeKeys {
	words := proseTokens(toks)
	key := func(idx []int) string {
		parts := make([]string, len(idx))
		for k, i := range idx {
			parts[k] = toks[i].folded
		}
		return strings.Join(parts, " ")
	}
	var e edgeKeys
	if len(words) >= 2 {
		e.first2, e.last2 = key(words[:2]), key(words[len(words)-2:])
	}
	if len(words) >= 3 {
		e.first3, e.last3 = key(words[:3]), key(words[len(words)-3:])
	}
	return e
}

// recentSummary counts, over a brand's recent posts, how many use each
// opening, closing and hashtag; History caches it so that checking a post
// does not re-read the recent posts.
type recentSummary struct {
	posts                        int
	first2, first3, last2, last3 map[string]int
	tags                         map[string]int // lower-cased hashtag -> posts using it
}

func summarise(recent []string) *recentSummary {
	s := &recentSummary{posts: len(recent), first2: map[string]int{}, first3: map[string]int{}, last2: map[string]int{}, last3: map[string]int{}, tags: map[string]int{}}
	for _, p := range recent {
		e := edgesOf(tokenize(p))
		for k, m := range map[string]map[string]int{e.first2: s.first2, e.first3: s.first3, e.last2: s.last2, e.last3: s.last3} {
			if k != "" {
				m[k]++
			}
		}
		seen := map[string]bool{}
		for _, h := range netcount.Hashtags(p) {
			k := strings.ToLower(h.Text)
			if !seen[k] {
				seen[k] = true
				s.tags[k]++
			}
		}
	}
	return s
}

// checkRepetition compares the post's opening, closing and hashtags with the
// brand's recent posts.
func checkRepetition(text string, toks []token, lang string, sum *recentSummary, add func(Finding)) {
	if sum == nil || sum.posts == 0 {
		return
	}
	e := edgesOf(toks)
	words := proseTokens(toks)
	report := func(key string, counts map[string]int, n int, fromEnd bool, minCount int, minShare float64, what, quoi string) bool {
		if key == "" || len(words) < n+1 {
			return false
		}
		count := counts[key]
		if count < minCount || float64(count) < minShare*float64(sum.posts) {
			return false
		}
		idx := words[:n]
		if fromEnd {
			idx = words[len(words)-n:]
		}
		s, end := toks[idx[0]].start, toks[idx[len(idx)-1]].end
		add(Finding{Kind: KindRepetition, Start: s, End: end, Severity: "medium",
			Message: suggestion(lang, fmt.Sprintf("%s already used by %d of the last %d posts", what, count, sum.posts),
				fmt.Sprintf("%s déjà utilisée par %d des %d derniers posts", quoi, count, sum.posts)),
			Suggestion: suggestion(lang, "Vary it: open on a fact, a question, a person.", "Variez : ouvrez sur un fait, une question, une personne.")})
		return true
	}
	if !report(e.first3, sum.first3, 3, false, 3, 0, "opening", "ouverture") {
		report(e.first2, sum.first2, 2, false, 5, 0.2, "opening", "ouverture")
	}
	if !report(e.last3, sum.last3, 3, true, 3, 0, "closing", "formule de fin") {
		report(e.last2, sum.last2, 2, true, 5, 0.2, "closing", "formule de fin")
	}
	if sum.posts < 10 {
		return
	}
	for _, t := range netcount.Hashtags(text) {
		c := sum.tags[strings.ToLower(t.Text)]
		if float64(c) >= 0.5*float64(sum.posts) {
			add(Finding{Kind: KindRepetition, Start: t.Start, End: t.End, Severity: "low",
				Message: suggestion(lang, fmt.Sprintf("hashtag %s is in %d of the last %d posts", t.Text, c, sum.posts),
					fmt.Sprintf("le hashtag %s figure dans %d des %d derniers posts", t.Text, c, sum.posts)),
				Suggestion: suggestion(lang, "Keep the brand tag, rotate the others.", "Gardez le hashtag de marque, faites tourner les autres.")})
		}
	}
}

func proseTokens(toks []token) []int {
	var out []int
	for i, t := range toks {
		if !t.hashtag && !t.mention {
			out = append(out, i)
		}
	}
	return out
}

// checkNetwork applies the network's length, hashtag, link and alt text rules.
func checkNetwork(text string, runes []rune, rule netcount.Rule, images []Image, lang string, res *Result, add func(Finding)) {
	n, _ := netcount.Length(rule.Network, text)
	res.Scores["length"] = float64(n)
	res.Scores["length_max"] = float64(rule.Max)
	if n > rule.Max {
		// the first code point past the limit: the longest prefix that fits
		lo, hi := 0, len(runes)
		for lo < hi {
			mid := (lo + hi + 1) / 2
			if l, _ := netcount.Length(rule.Network, string(runes[:mid])); l <= rule.Max {
				lo = mid
			} else {
				hi = mid - 1
			}
		}
		add(Finding{Kind: KindLength, Start: lo, End: len(runes), Severity: "high",
			Message: suggestion(lang, fmt.Sprintf("%d %s on %s, over the limit of %d by %d", n, rule.Unit, rule.Network, rule.Max, n-rule.Max),
				fmt.Sprintf("%d caractères (%s) sur %s : %d de trop (limite %d)", n, rule.Unit, rule.Network, n-rule.Max, rule.Max)),
			Suggestion: suggestion(lang, fmt.Sprintf("Cut %d %s; the part past the limit is marked.", n-rule.Max, rule.Unit),
				fmt.Sprintf("Coupez %d caractères ; la partie au-delà de la limite est marquée.", n-rule.Max))})
	}
	tags := netcount.Hashtags(text)
	res.Scores["hashtags"] = float64(len(tags))
	switch {
	case rule.MaxHashtags > 0 && len(tags) > rule.MaxHashtags:
		s, e := tags[rule.MaxHashtags].Start, tags[len(tags)-1].End
		add(Finding{Kind: KindHashtags, Start: s, End: e, Severity: "high",
			Message: suggestion(lang, fmt.Sprintf("%d hashtags: %s accepts at most %d", len(tags), rule.Network, rule.MaxHashtags),
				fmt.Sprintf("%d hashtags : %s en accepte %d au plus", len(tags), rule.Network, rule.MaxHashtags)),
			Suggestion: suggestion(lang, fmt.Sprintf("Keep the %d that matter most.", rule.MaxHashtags), fmt.Sprintf("Gardez les %d plus utiles.", rule.MaxHashtags))})
	case len(tags) > rule.HashtagsMax:
		s, e := tags[rule.HashtagsMax].Start, tags[len(tags)-1].End
		add(Finding{Kind: KindHashtags, Start: s, End: e, Severity: "low",
			Message: suggestion(lang, fmt.Sprintf("%d hashtags: %s works best with %d to %d", len(tags), rule.Network, rule.HashtagsMin, rule.HashtagsMax),
				fmt.Sprintf("%d hashtags : sur %s, %d à %d fonctionnent mieux", len(tags), rule.Network, rule.HashtagsMin, rule.HashtagsMax)),
			Suggestion: suggestion(lang, fmt.Sprintf("Keep at most %d specific hashtags.", rule.HashtagsMax), fmt.Sprintf("Gardez au plus %d hashtags précis.", rule.HashtagsMax))})
	}
	if !rule.LinksClickable {
		for _, u := range netcount.URLs(text, true) {
			add(Finding{Kind: KindLink, Start: u.Start, End: u.End, Text: u.Text, Severity: "medium",
				Message: suggestion(lang, fmt.Sprintf("links are not clickable in %s captions", rule.Network),
					fmt.Sprintf("les liens ne sont pas cliquables dans les légendes %s", rule.Network)),
				Suggestion: suggestion(lang, "Put the link in the bio or a link sticker, and say so: \"link in bio\".",
					"Mettez le lien dans la bio ou un sticker lien, et dites-le : « lien en bio ».")})
		}
	}
	checkAltText(images, rule.AltTextMax, lang, add)
}

var redundantAlt = []string{"image of", "picture of", "photo of", "an image of", "a picture of", "a photo of",
	"image de", "photo de", "une image de", "une photo de", "illustration de", "image", "photo", "picture", "img"}

// checkAltText asks for a useful description of every picture.
func checkAltText(images []Image, maxLen int, lang string, add func(Finding)) {
	for i, im := range images {
		alt := strings.TrimSpace(im.Alt)
		words := strings.Fields(alt)
		low := strings.ToLower(alt)
		switch {
		case alt == "":
			add(Finding{Kind: KindAltText, Severity: "high",
				Message:    suggestion(lang, fmt.Sprintf("image %d has no alt text", i+1), fmt.Sprintf("l'image %d n'a pas de texte alternatif", i+1)),
				Suggestion: suggestion(lang, "Describe what the picture shows and why it is there, in one or two sentences.", "Décrivez ce que montre l'image et pourquoi elle est là, en une ou deux phrases.")})
		case len(words) < 3:
			add(Finding{Kind: KindAltText, Severity: "medium", Text: alt,
				Message:    suggestion(lang, fmt.Sprintf("image %d: alt text «%s» is too short to describe anything", i+1, alt), fmt.Sprintf("image %d : le texte alternatif « %s » est trop court pour décrire quoi que ce soit", i+1, alt)),
				Suggestion: suggestion(lang, "Describe what the picture shows and why it is there.", "Décrivez ce que montre l'image et pourquoi elle est là.")})
		case maxLen > 0 && len([]rune(alt)) > maxLen:
			add(Finding{Kind: KindAltText, Severity: "medium", Text: clip(alt, 60),
				Message:    suggestion(lang, fmt.Sprintf("image %d: alt text of %d characters, over the network's %d", i+1, len([]rune(alt)), maxLen), fmt.Sprintf("image %d : texte alternatif de %d caractères, au-delà des %d du réseau", i+1, len([]rune(alt)), maxLen)),
				Suggestion: suggestion(lang, "Keep the essentials.", "Gardez l'essentiel.")})
		default:
			for _, p := range redundantAlt {
				if strings.HasPrefix(low, p+" ") {
					add(Finding{Kind: KindAltText, Severity: "low", Text: alt,
						Message:    suggestion(lang, fmt.Sprintf("image %d: alt text starts with «%s»; screen readers already say it is an image", i+1, alt[:len(p)]), fmt.Sprintf("image %d : le texte alternatif commence par « %s » ; les lecteurs d'écran annoncent déjà une image", i+1, alt[:len(p)])),
						Suggestion: suggestion(lang, "Start with what the picture shows.", "Commencez par ce que montre l'image.")})
					break
				}
			}
		}
	}
}

// checkReadability flags long sentences and, for texts long enough for the
// formula to mean something, a hard score.
func checkReadability(rd Readability, lang string, add func(Finding)) {
	if rd.LongestSentence > 30 {
		add(Finding{Kind: KindReadability, Start: rd.longestStart, End: rd.lEnd, Severity: "low",
			Message:    suggestion(lang, fmt.Sprintf("sentence of %d words: hard to follow on a phone", rd.LongestSentence), fmt.Sprintf("phrase de %d mots : difficile à suivre sur un téléphone", rd.LongestSentence)),
			Suggestion: suggestion(lang, "Split it: one idea per sentence.", "Coupez-la : une idée par phrase.")})
	}
	if rd.Words >= 40 && rd.Score < 30 {
		name := "Flesch reading ease"
		if lang == "fr" {
			name = "Kandel–Moles"
		}
		add(Finding{Kind: KindReadability, Start: 0, End: 0, Severity: "medium",
			Message: suggestion(lang, fmt.Sprintf("%s %.0f: hard to read (plain language is 60–70)", name, rd.Score),
				fmt.Sprintf("%s %.0f : difficile à lire (une langue simple donne 60 à 70)", name, rd.Score)),
			Suggestion: suggestion(lang, "Shorter sentences and everyday words.", "Phrases plus courtes, mots de tous les jours.")})
	}
}
