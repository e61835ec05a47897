// Package feature hashes the features of whosaid's linear models: a
// feature is a 64-bit hash of a template number and its values, so that
// no feature string is ever built. The tagger, the parser and the
// extractor share it; a model file is valid only with these functions.
package feature

import (
	"unicode"
	"unicode/utf8"
)

// Mix is the splitmix64 finaliser.
func Mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// F1 is the feature of template tpl with value a.
func F1(tpl, a uint64) uint64 { return Mix(tpl*0x9e3779b97f4a7c15 ^ a) }

// F2 is the feature of template tpl with values a and b.
func F2(tpl, a, b uint64) uint64 { return Mix(F1(tpl, a) ^ b*0xc2b2ae3d27d4eb4f) }

// F3 is the feature of template tpl with values a, b and c.
func F3(tpl, a, b, c uint64) uint64 { return Mix(F2(tpl, a, b) ^ c*0x165667b19e3779f9) }

// HashLower is FNV-1a of the lower-cased string.
func HashLower(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h = (h ^ uint64(c)) * 1099511628211
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		h = (h ^ uint64(unicode.ToLower(r))) * 1099511628211
		i += w
	}
	return h
}

// HashString is FNV-1a of s as it is.
func HashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return h
}
