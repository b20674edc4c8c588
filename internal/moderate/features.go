package moderate

import "math/bits"

// Feature hashing: every feature is a string hashed with FNV-1a into
// 2^hashBits buckets. A kind byte starts each hash so that the word "con"
// and the trigram "con" land in different buckets.
const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func hashStart(kind byte) uint32 { return (fnvOffset ^ uint32(kind)) * fnvPrime }

func hashStr(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= fnvPrime
	}
	return h
}

func hashByte(h uint32, b byte) uint32 { return (h ^ uint32(b)) * fnvPrime }

// finish spreads the hash's high bits into the bucket index.
func finish(h uint32) uint32 { return (h ^ bits.RotateLeft32(h, -15)) & hashMask }

// featurize appends the hashed features of a comment to dst: word
// skeletons, word bigrams, character 3- to 5-grams inside each word, the
// lexicon categories that matched, punctuation and the language.
func featurize(dst []uint32, toks []Token, sks []string, hits []hit, lang string) []uint32 {
	prev := ""
	for i, t := range toks {
		switch t.Kind {
		case KindWord, KindHashtag:
			sk := sks[i]
			dst = append(dst, finish(hashStr(hashStart('w'), sk)))
			if prev != "" {
				h := hashStr(hashStart('b'), prev)
				h = hashByte(h, ' ')
				dst = append(dst, finish(hashStr(h, sk)))
			}
			prev = sk
			dst = appendCharGrams(dst, sk)
		case KindQuestion:
			dst = append(dst, finish(hashStr(hashStart('p'), "?")))
			prev = ""
		case KindURL:
			dst = append(dst, finish(hashStr(hashStart('p'), "url")))
			prev = "<url>"
		case KindMention:
			dst = append(dst, finish(hashStr(hashStart('p'), "@")))
		case KindNumber:
			dst = append(dst, finish(hashStr(hashStart('p'), "num")))
			prev = "<num>"
		default:
			prev = ""
		}
	}
	for _, h := range hits {
		// the frame word classes only mean something inside the rules'
		// structures ("go back" + a place of origin); alone they are
		// ordinary words the model must not learn as hostile
		c := uint64(h.cats &^ (catHarm | catHabit | catGoBack | catPlace | catCoded | catWink))
		for c != 0 {
			b := bits.TrailingZeros64(c)
			c &^= 1 << b
			dst = append(dst, finish(hashByte(hashStart('c'), byte(b))))
		}
	}
	dst = append(dst, finish(hashStr(hashStart('l'), lang)))
	return dst
}

func appendCharGrams(dst []uint32, w string) []uint32 {
	// the word with boundary marks: "^con$"
	n := len(w) + 2
	at := func(i int) byte {
		switch i {
		case 0:
			return '^'
		case n - 1:
			return '$'
		}
		return w[i-1]
	}
	for size := 3; size <= 5; size++ {
		for i := 0; i+size <= n; i++ {
			h := hashStart(byte('0' + size))
			for j := i; j < i+size; j++ {
				h = hashByte(h, at(j))
			}
			dst = append(dst, finish(h))
		}
	}
	return dst
}
