// Package minhash estimates the Jaccard similarity of sets of shingles with
// MinHash signatures and finds similar signatures with locality-sensitive
// hashing (banding), so that a post is compared with the few past posts that
// share a band instead of with every post of the history.
package minhash

import (
	"fmt"
	"math/rand/v2"
	"slices"
)

// Hasher computes MinHash signatures of K values. Each value is the minimum,
// over the set, of an independent 64-bit multiply-add hash of the shingle's
// own 64-bit hash; the high 32 bits are kept.
type Hasher struct {
	K    int
	a, b []uint64
}

// NewHasher returns a hasher of k functions drawn from seed; two hashers with
// the same k and seed give the same signatures.
func NewHasher(k int, seed uint64) *Hasher {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	h := &Hasher{K: k, a: make([]uint64, k), b: make([]uint64, k)}
	for i := range k {
		h.a[i] = r.Uint64() | 1 // odd multipliers are bijections mod 2^64
		h.b[i] = r.Uint64()
	}
	return h
}

// Sign writes the signature of shingles into dst (len K) and returns it. An
// empty set gets the all-ones signature, which matches nothing but itself.
func (h *Hasher) Sign(shingles []uint64, dst []uint32) []uint32 {
	if cap(dst) < h.K {
		dst = make([]uint32, h.K)
	}
	dst = dst[:h.K]
	for i := range dst {
		dst[i] = ^uint32(0)
	}
	for _, s := range shingles {
		// mix once so that close shingle hashes do not give close values
		x := s ^ (s >> 31)
		x *= 0x7fb5d329728ea185
		x ^= x >> 27
		for i := range dst {
			v := uint32((x*h.a[i] + h.b[i]) >> 32)
			if v < dst[i] {
				dst[i] = v
			}
		}
	}
	return dst
}

// Similarity estimates the Jaccard similarity of the sets behind two
// signatures of the same hasher.
func Similarity(a, b []uint32) float64 {
	if len(a) == 0 || len(a) != len(b) {
		return 0
	}
	eq := 0
	for i := range a {
		if a[i] == b[i] {
			eq++
		}
	}
	return float64(eq) / float64(len(a))
}

// Index holds signatures and their LSH bands. Bands are sorted arrays of
// (band hash << 32 | id), which index a million posts in a few hundred
// megabytes and answer a query with one binary search per band.
type Index struct {
	K, Bands, Rows int
	sigs           []uint32   // n*K
	bands          [][]uint64 // per band: key<<32 | id
	sorted         bool
	seen           []uint32 // per id: query stamp, to report each candidate once
	stamp          uint32
}

// NewIndex returns an empty index for signatures of k values cut into bands
// of k/bands rows. More bands find lower similarities at the price of more
// candidates to check.
func NewIndex(k, bands int) (*Index, error) {
	if k <= 0 || bands <= 0 || k%bands != 0 {
		return nil, fmt.Errorf("minhash: %d values cannot be cut into %d equal bands", k, bands)
	}
	return &Index{K: k, Bands: bands, Rows: k / bands, bands: make([][]uint64, bands)}, nil
}

// Len is the number of signatures in the index.
func (ix *Index) Len() int { return len(ix.sigs) / ix.K }

// Grow reserves room for n more signatures.
func (ix *Index) Grow(n int) {
	ix.sigs = slices.Grow(ix.sigs, n*ix.K)
	for b := range ix.bands {
		ix.bands[b] = slices.Grow(ix.bands[b], n)
	}
}

func (ix *Index) bandKey(sig []uint32, b int) uint64 {
	h := uint64(0xcbf29ce484222325) ^ uint64(b)
	for _, v := range sig[b*ix.Rows : (b+1)*ix.Rows] {
		h ^= uint64(v)
		h *= 0x100000001b3
		h ^= h >> 29
	}
	return h >> 32
}

// Add appends a signature and returns its id (0, 1, 2… in order of addition).
func (ix *Index) Add(sig []uint32) (int, error) {
	if len(sig) != ix.K {
		return 0, fmt.Errorf("minhash: signature of %d values, index wants %d", len(sig), ix.K)
	}
	id := ix.Len()
	if id >= 1<<32-1 {
		return 0, fmt.Errorf("minhash: index is full")
	}
	ix.sigs = append(ix.sigs, sig...)
	for b := 0; b < ix.Bands; b++ {
		ix.bands[b] = append(ix.bands[b], ix.bandKey(sig, b)<<32|uint64(id))
	}
	ix.sorted = false
	return id, nil
}

// Build sorts the bands; queries call it when needed, but calling it once
// after the last Add keeps the cost out of the first query.
func (ix *Index) Build() {
	if ix.sorted {
		return
	}
	for b := range ix.bands {
		slices.Sort(ix.bands[b])
	}
	ix.sorted = true
}

// Signature returns the stored signature of id.
func (ix *Index) Signature(id int) []uint32 { return ix.sigs[id*ix.K : (id+1)*ix.K] }

// Match is a stored signature similar to the query.
type Match struct {
	ID         int
	Similarity float64
}

// Query returns the stored signatures whose estimated similarity to sig is at
// least threshold, among those that share a band with it, best first. It is
// not safe to call concurrently with Add or another Query.
func (ix *Index) Query(sig []uint32, threshold float64) []Match {
	ix.Build()
	if len(ix.seen) < ix.Len() {
		ix.seen = make([]uint32, ix.Len())
		ix.stamp = 0
	}
	ix.stamp++
	if ix.stamp == 0 {
		clear(ix.seen)
		ix.stamp = 1
	}
	var out []Match
	for b := 0; b < ix.Bands; b++ {
		key := ix.bandKey(sig, b)
		arr := ix.bands[b]
		i, _ := slices.BinarySearch(arr, key<<32)
		for ; i < len(arr) && arr[i]>>32 == key; i++ {
			id := int(uint32(arr[i]))
			if ix.seen[id] == ix.stamp {
				continue
			}
			ix.seen[id] = ix.stamp
			if s := Similarity(sig, ix.Signature(id)); s >= threshold {
				out = append(out, Match{ID: id, Similarity: s})
			}
		}
	}
	slices.SortFunc(out, func(a, b Match) int {
		if a.Similarity != b.Similarity {
			if a.Similarity > b.Similarity {
				return -1
			}
			return 1
		}
		return a.ID - b.ID
	})
	return out
}

// Candidates is the number of distinct stored signatures sharing at least
// one band with sig; the benchmark reports it to explain query times.
func (ix *Index) Candidates(sig []uint32) int {
	ix.Build()
	n := 0
	ids := map[uint32]bool{}
	for b := 0; b < ix.Bands; b++ {
		key := ix.bandKey(sig, b)
		arr := ix.bands[b]
		i, _ := slices.BinarySearch(arr, key<<32)
		for ; i < len(arr) && arr[i]>>32 == key; i++ {
			if !ids[uint32(arr[i])] {
				ids[uint32(arr[i])] = true
				n++
			}
		}
	}
	return n
}
