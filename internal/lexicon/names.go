package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// NameWord says whether a word is written as a word of a name: it starts
// with a capital, or it is a surname with its particle in lower case,
// joined by a hyphen ("al-Mansouri", "el-Sisi", "bin-Salman") or run into
// it ("kaMpofu", "deGrasse"; a particle of two letters or more, so not
// "eBay").
func NameWord(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	if unicode.IsUpper(r) {
		return true
	}
	particle, rest, ok := strings.Cut(t, "-")
	r, _ = utf8.DecodeRuneInString(rest)
	if ok && unicode.IsUpper(r) && NameParticles.Has(particle) {
		return true
	}
	for i, c := range t {
		if unicode.IsUpper(c) {
			return i >= 2 && NameParticles.Has(t[:i])
		}
	}
	return false
}

// GivenPrefixes are given names that open Malay and other Muslim names
// and that news leaves out when it names the person again ("Mr Azman"
// of "Mohamad Azman Yusof", "Ms Aisyah" of "Siti Aisyah Rahman"), in the
// spellings the first-name lists lack.
var GivenPrefixes = newSet(
	"muhammad", "mohammad", "mohamad", "mohammed", "mohamed", "muhamad", "mohd", "muhd", "md",
	"nur", "nor", "noor", "siti",
)
