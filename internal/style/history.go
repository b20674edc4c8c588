package style

import (
	"sort"
	"strings"
	"sync"

	"github.com/vigie-cm/vigie/internal/style/minhash"
)

// MinHash parameters: 120 values in 40 bands of 3 rows. A pair of posts with
// Jaccard similarity s shares a band with probability 1-(1-s³)⁴⁰: 0.99 at
// s=0.5, 0.27 at s=0.2, 0.04 at s=0.1, so near-duplicates are found and most
// same-brand posts are never compared.
const (
	sigK     = 120
	sigBands = 40
	sigSeed  = 0x5717e
)

var hasher = minhash.NewHasher(sigK, sigSeed)

// DefaultNearDuplicate is the estimated Jaccard similarity of the sets of
// content-word stems from which a post is reported as a near-duplicate of a
// past post. On the labelled pairs in testdata/neardup.jsonl paraphrases of
// one announcement score 0.49–1 (they keep its place, date, product and
// action) and posts on the same topic 0.07–0.29 (they share only the topic's
// few words), so the threshold sits in the gap.
const DefaultNearDuplicate = 0.40

// shingles returns the hashed shingles of a text: the set of stems of its
// content words (stop words and mentions left out, hashtags kept as words).
// Single stems, not word n-grams: a paraphrase reorders and reconnects the
// words of the original, which breaks most n-grams (measured on the labelled
// pairs, word pairs shrink the gap between paraphrases and same-topic posts
// from 0.20 to 0.01).
func shingles(toks []token, lang string) []uint64 {
	out := make([]uint64, 0, len(toks))
	for _, t := range toks {
		if t.mention || isStop(t.lower, lang) {
			continue
		}
		h := fnv(normWord(t.lower, lang), 0)
		if h == 0 {
			h = 1 // as fastShingles, where 0 marks a stop word
		}
		out = append(out, h)
	}
	return out
}

func fnv(s string, h uint64) uint64 {
	if h == 0 {
		h = 0xcbf29ce484222325
	}
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 0x100000001b3
	}
	return h
}

// History is a brand's past posts, indexed for near-duplicate search and
// summarised for repetition checks. Posts are oldest first.
type History struct {
	mu    sync.Mutex // the index reuses a scratch array per query
	posts []string
	index *minhash.Index
	lang  string
	sums  map[int]*recentSummary // by window size, built on first use
}

// NewHistory indexes posts (oldest first). lang is "fr", "en" or "" to
// detect each post's language.
func NewHistory(posts []string, lang string) *History {
	ix, err := minhash.NewIndex(sigK, sigBands)
	if err != nil {
		panic(err) // constant parameters
	}
	ix.Grow(len(posts))
	h := &History{posts: posts, index: ix, lang: lang}
	sig := make([]uint32, sigK)
	var ws wordScanner
	caches := map[string]*shingleCache{"fr": {m: map[string]uint64{}}, "en": {m: map[string]uint64{}}}
	var sh []uint64
	for _, p := range posts {
		sh = fastShingles(&ws, p, lang, caches, sh)
		sig = hasher.Sign(sh, sig)
		if _, err := ix.Add(sig); err != nil {
			panic(err) // the signature has the index's size
		}
	}
	ix.Build()
	return h
}

// Len is the number of posts in the history.
func (h *History) Len() int {
	if h == nil {
		return 0
	}
	return len(h.posts)
}

// Post returns past post i.
func (h *History) Post(i int) string { return h.posts[i] }

func postShingles(text, lang string) []uint64 {
	toks := tokenize(text)
	if lang == "" {
		lang = langOfTokens(toks)
	}
	return shingles(toks, lang)
}

func langOfTokens(toks []token) string {
	lang, _ := langScore(toks)
	return lang
}

// langScore tells French from English by function words and accents; sure
// is false when the text gives no evidence either way (a tie, often zero
// to zero in a short text).
func langScore(toks []token) (lang string, sure bool) {
	fr, en := 0, 0
	for _, t := range toks {
		if frStop[t.lower] {
			fr++
		}
		if enStop[t.lower] {
			en++
		}
		if strings.ContainsAny(t.lower, "éèêàçùœ") {
			fr++
		}
	}
	if en > fr {
		return "en", true
	}
	return "fr", fr > en
}

// Similar is a past post close to the checked one.
type Similar struct {
	Index      int // position in the history
	Similarity float64
}

// NearDuplicates returns the past posts whose estimated similarity to text
// is at least threshold, most similar first.
func (h *History) NearDuplicates(text, lang string, threshold float64) []Similar {
	if h.Len() == 0 {
		return nil
	}
	sig := hasher.Sign(postShingles(text, lang), nil)
	h.mu.Lock()
	ms := h.index.Query(sig, threshold)
	h.mu.Unlock()
	out := make([]Similar, len(ms))
	for i, m := range ms {
		out[i] = Similar{Index: m.ID, Similarity: m.Similarity}
	}
	return out
}

// BruteForceNearDuplicates compares text with every past post's signature;
// the benchmark runs it as the baseline of the LSH index.
func (h *History) BruteForceNearDuplicates(text, lang string, threshold float64) []Similar {
	sig := hasher.Sign(postShingles(text, lang), nil)
	var out []Similar
	for i := 0; i < h.Len(); i++ {
		if s := minhash.Similarity(sig, h.index.Signature(i)); s >= threshold {
			out = append(out, Similar{Index: i, Similarity: s})
		}
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a].Similarity != out[b].Similarity {
			return out[a].Similarity > out[b].Similarity
		}
		return out[a].Index < out[b].Index
	})
	return out
}

// Recent returns the last n posts (all when n <= 0 or n exceeds the history).
func (h *History) Recent(n int) []string {
	if h == nil {
		return nil
	}
	if n <= 0 || n > len(h.posts) {
		return h.posts
	}
	return h.posts[len(h.posts)-n:]
}

// recentSummary returns the cached summary of the last n posts.
func (h *History) recentSummary(n int) *recentSummary {
	if n <= 0 || n > len(h.posts) {
		n = len(h.posts)
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if s, ok := h.sums[n]; ok {
		return s
	}
	if h.sums == nil {
		h.sums = map[int]*recentSummary{}
	}
	s := summarise(h.posts[len(h.posts)-n:])
	h.sums[n] = s
	return s
}
