package depparse

import (
	"unicode"
	"unicode/utf8"
)

// Features are 64-bit hashes of a template number and its values, as in
// packages extract and postag (whose helpers are unexported, hence these
// copies).

// mix is the splitmix64 finaliser.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

func f1(tpl, a uint64) uint64    { return mix(tpl*0x9e3779b97f4a7c15 ^ a) }
func f2(tpl, a, b uint64) uint64 { return mix(f1(tpl, a) ^ b*0xc2b2ae3d27d4eb4f) }
func f3(tpl, a, b, c uint64) uint64 {
	return mix(f2(tpl, a, b) ^ c*0x165667b19e3779f9)
}

// hashLower is FNV-1a of the lower-cased string.
func hashLower(s string) uint64 {
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
