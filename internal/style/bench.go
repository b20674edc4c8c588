package style

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"time"
)

// Generator writes synthetic brand posts for the scale benchmark: FR and EN
// sentences from fixed frames whose content words are drawn from a
// Zipf-distributed vocabulary of invented words, so that, as in a real brand
// history, a few words recur everywhere and most are rare. It is seeded: the
// same seed gives the same posts.
type Generator struct {
	rng   *rand.Rand
	zipf  *rand.Zipf
	vocab []string
}

type genPost struct {
	lang  string
	words []string // content words, in slot order
	frame []int    // frame index per sentence
}

var genFrames = map[string][]string{
	"fr": {
		"Ce %s, notre %s %s vous attend avec le %s et la %s.",
		"Le %s et la %s arrivent chez %s dès %s, avec %s.",
		"Venez découvrir le %s de %s au %s, entre %s et %s !",
		"Nous préparons un %s %s avec du %s pour le %s de %s.",
		"Merci à la %s pour ce %s, ce %s et les %s de %s.",
		"Rendez-vous au %s pour le %s du %s, %s et %s compris.",
	},
	"en": {
		"This %s, our %s %s is waiting for you with the %s and %s.",
		"The %s and the %s arrive at %s from %s, with %s.",
		"Come and see the %s of %s at the %s, between %s and %s!",
		"We are making a %s %s with %s for the %s of %s.",
		"Thanks to the %s for this %s, this %s and the %s of %s.",
		"Meet us at the %s for the %s of %s, %s and %s included.",
	},
}

const genSlots = 5

// NewGenerator returns a generator with a vocabulary of size invented words.
func NewGenerator(seed uint64, size int) *Generator {
	rng := rand.New(rand.NewPCG(seed, seed+1))
	syl := []string{"ba", "lo", "ri", "ka", "mu", "te", "so", "vi", "na", "pe", "du", "gra", "fle", "mon", "tar", "bri", "cho", "pla", "sen", "vor"}
	seen := map[string]bool{}
	vocab := make([]string, 0, size)
	for len(vocab) < size {
		n := 2 + rng.IntN(3)
		var b strings.Builder
		for range n {
			b.WriteString(syl[rng.IntN(len(syl))])
		}
		w := b.String()
		if !seen[w] {
			seen[w] = true
			vocab = append(vocab, w)
		}
	}
	return &Generator{rng: rng, zipf: rand.NewZipf(rng, 1.07, 30, uint64(size-1)), vocab: vocab}
}

func (g *Generator) word() string { return g.vocab[g.zipf.Uint64()] }

func (g *Generator) newPost() genPost {
	p := genPost{lang: "fr"}
	if g.rng.IntN(2) == 1 {
		p.lang = "en"
	}
	n := 2 + g.rng.IntN(3)
	for range n {
		p.frame = append(p.frame, g.rng.IntN(len(genFrames[p.lang])))
		for range genSlots {
			p.words = append(p.words, g.word())
		}
	}
	return p
}

func (p genPost) render() string {
	var b strings.Builder
	for i, f := range p.frame {
		if i > 0 {
			b.WriteByte(' ')
		}
		w := p.words[genSlots*i : genSlots*i+genSlots]
		fmt.Fprintf(&b, genFrames[p.lang][f], w[0], w[1], w[2], w[3], w[4])
	}
	return b.String()
}

// Post returns a new synthetic post.
func (g *Generator) Post() string { return g.newPost().render() }

// Posts returns n synthetic posts and their generator state for paraphrases.
func (g *Generator) posts(n int) ([]string, []genPost) {
	texts := make([]string, n)
	ps := make([]genPost, n)
	for i := range n {
		ps[i] = g.newPost()
		texts[i] = ps[i].render()
	}
	return texts, ps
}

// paraphrase rewrites a post as a CM would repost it: other sentence frames,
// sentences in another order, one content word replaced.
func (g *Generator) paraphrase(p genPost) string {
	q := genPost{lang: p.lang, words: slices.Clone(p.words), frame: make([]int, len(p.frame))}
	for i := range q.frame {
		q.frame[i] = (p.frame[i] + 1 + g.rng.IntN(len(genFrames[p.lang])-1)) % len(genFrames[p.lang])
	}
	// rotate the sentences
	k := len(q.frame) - 1
	q.frame = append(q.frame[k:], q.frame[:k]...)
	q.words = append(q.words[genSlots*k:], q.words[:genSlots*k]...)
	q.words[g.rng.IntN(len(q.words))] = g.word()
	return q.render()
}

// ScaleReport holds the figures of the scale benchmark.
type ScaleReport struct {
	IndexPosts     int
	IndexBuild     time.Duration // one core, wall clock
	IndexBuildCPU  time.Duration // CPU time of the process during the build
	HistoryPosts   int
	Queries        int
	CheckMedian    time.Duration // full Check of a post against the history
	CheckP99       time.Duration
	CheckCPUMedian time.Duration // CPU time of the checking thread, Linux only
	CheckCPUP99    time.Duration
	LSHPerQuery    time.Duration // near-duplicate search alone, LSH
	BrutePerQuery  time.Duration // the same search comparing every signature
	PlantedFound   int           // paraphrased queries whose source post was reported
	Planted        int
	BruteMatches   int // matches at the threshold found by brute force
	LSHAgreement   int // of those, found by LSH too
	FreshFlagged   int // fresh queries reported as near-duplicates
	Fresh          int
	HistoryBuild   time.Duration
	AvgCandidates  float64
	GeneratorSeed  uint64
	VocabularySize int
}

// RunScale measures the index build for indexPosts posts on one core, then
// checks queries posts (half paraphrases of history posts, half new) against
// a history of historyPosts posts, with the LSH index and by brute force.
func RunScale(seed uint64, indexPosts, historyPosts, queries int) ScaleReport {
	const vocab = 50000
	rep := ScaleReport{IndexPosts: indexPosts, HistoryPosts: historyPosts, Queries: queries, GeneratorSeed: seed, VocabularySize: vocab}
	g := NewGenerator(seed, vocab)
	n := max(indexPosts, historyPosts)
	texts, gps := g.posts(n)

	if indexPosts > 0 {
		runtime.GC()
		prev := runtime.GOMAXPROCS(1)
		c0 := cpuTime()
		t0 := time.Now()
		h := NewHistory(texts[:indexPosts], "")
		rep.IndexBuild = time.Since(t0)
		rep.IndexBuildCPU = cpuTime() - c0
		runtime.GOMAXPROCS(prev)
		_ = h.Len()
		h = nil
		// keep only what the history needs, so that the queries' garbage
		// collections do not scan a million posts
		texts = slices.Clone(texts[:historyPosts])
		gps = slices.Clone(gps[:historyPosts])
		runtime.GC()
	}

	t0 := time.Now()
	hist := NewHistory(texts[:historyPosts], "")
	rep.HistoryBuild = time.Since(t0)

	type query struct {
		text   string
		source int // -1 for a new post
	}
	qs := make([]query, queries)
	for i := range qs {
		if i%2 == 0 {
			src := g.rng.IntN(historyPosts)
			qs[i] = query{text: g.paraphrase(gps[src]), source: src}
		} else {
			qs[i] = query{text: g.Post(), source: -1}
		}
	}
	// one untimed check builds the history's cached summary of recent
	// posts, a one-off cost of the history like its index
	if _, err := Check(qs[0].text, Options{History: hist}); err != nil {
		panic(err) // generated posts are valid input
	}
	runtime.GC()
	checks := make([]time.Duration, len(qs))
	cpu := make([]time.Duration, len(qs))
	cands := 0
	runtime.LockOSThread()
	for i, q := range qs {
		c0 := threadCPUTime()
		t := time.Now()
		res, err := Check(q.text, Options{History: hist})
		checks[i] = time.Since(t)
		cpu[i] = threadCPUTime() - c0
		if err != nil {
			panic(err) // generated posts are valid input
		}
		_ = res
		sig := hasher.Sign(postShingles(q.text, ""), nil)
		cands += hist.index.Candidates(sig)
	}
	runtime.UnlockOSThread()
	slices.Sort(checks)
	slices.Sort(cpu)
	rep.CheckMedian = checks[len(checks)/2]
	rep.CheckP99 = checks[len(checks)*99/100]
	if cpu[0] >= 0 {
		rep.CheckCPUMedian = cpu[len(cpu)/2]
		rep.CheckCPUP99 = cpu[len(cpu)*99/100]
	}
	rep.AvgCandidates = float64(cands) / float64(len(qs))

	var lsh, brute time.Duration
	for _, q := range qs {
		t := time.Now()
		got := hist.NearDuplicates(q.text, "", DefaultNearDuplicate)
		lsh += time.Since(t)
		t = time.Now()
		want := hist.BruteForceNearDuplicates(q.text, "", DefaultNearDuplicate)
		brute += time.Since(t)
		found := map[int]bool{}
		for _, s := range got {
			found[s.Index] = true
		}
		rep.BruteMatches += len(want)
		for _, s := range want {
			if found[s.Index] {
				rep.LSHAgreement++
			}
		}
		if q.source >= 0 {
			rep.Planted++
			if found[q.source] {
				rep.PlantedFound++
			}
		} else {
			rep.Fresh++
			if len(got) > 0 {
				rep.FreshFlagged++
			}
		}
	}
	rep.LSHPerQuery = lsh / time.Duration(len(qs))
	rep.BrutePerQuery = brute / time.Duration(len(qs))
	return rep
}
