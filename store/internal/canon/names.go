package canon

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/whosaid/whosaid"
)

// words splits a name into folded words: lower case, no diacritics, no
// punctuation ("Mohammad-Javad Zarif's" -> mohammad javad zarif).
func words(s string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	if !isASCII(s) {
		s = norm.NFD.String(s)
	}
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’':
			// "O'Brien" is one word; a possessive "'s" is dropped below.
			b.WriteRune('\'')
		default:
			flush()
		}
	}
	flush()
	for i, w := range out {
		w = strings.TrimSuffix(w, "'s")
		out[i] = strings.ReplaceAll(strings.Trim(w, "'"), "'", "")
	}
	return nonEmpty(out)
}

func nonEmpty(ws []string) []string {
	out := ws[:0]
	for _, w := range ws {
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// generation is the generational suffix of a person's name ("jr",
// "iii"), or "".
func generation(name string) string {
	if ws := words(name); len(ws) > 1 && suffixes[ws[len(ws)-1]] {
		return ws[len(ws)-1]
	}
	return ""
}

// personWords is the folded name of a person without honorifics, leading
// titles and generational suffixes (see generation).
func personWords(name string) []string {
	ws := words(name)
	for len(ws) > 1 && (honorifics[ws[0]] || leadingTitles[ws[0]]) {
		ws = ws[1:]
	}
	for len(ws) > 1 && suffixes[ws[len(ws)-1]] {
		ws = ws[:len(ws)-1]
	}
	return ws
}

// determiners open an anonymous description and say nothing of who it is.
var determiners = set("a", "an", "the", "one", "two", "three", "four", "five",
	"several", "some", "many", "few", "other", "another", "both", "various",
	"numerous", "multiple", "his", "her", "their", "its")

// descriptionWords is the folded description of an anonymous source with
// its determiners dropped and its nouns singular: "two senior US
// administration officials" -> senior us administration official.
func descriptionWords(d string) []string {
	ws := words(d)
	for len(ws) > 1 && determiners[ws[0]] {
		ws = ws[1:]
	}
	ws = joinInitials(ws)
	for i, w := range ws {
		ws[i] = singular(w) // "people familiar with the matters" = "a person familiar with the matter"
	}
	return ws
}

// singular undoes the regular English plural of a head noun.
func singular(w string) string {
	switch {
	case w == "people":
		return "person"
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case notPlural[w]:
		return w
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"):
		return w[:len(w)-1]
	}
	return w
}

// notPlural are words ending in s that are not plurals.
var notPlural = set("news", "series", "species", "politics", "economics", "whereas", "always", "perhaps", "overseas", "various", "his", "this", "was", "has", "is", "as")

// orgWordsOf is the folded name of an organisation without a leading
// "the" and without a bracketed abbreviation ("The Independent National
// Electoral Commission (INEC)").
func orgWordsOf(name string) []string {
	if i := strings.IndexByte(name, '('); i > 0 && strings.HasSuffix(strings.TrimSpace(name), ")") {
		name = name[:i]
	}
	ws := joinInitials(words(name))
	if len(ws) > 1 && ws[0] == "the" {
		ws = ws[1:]
	}
	return ws
}

// acronyms are the abbreviations an organisation's name may stand as:
// the one it gives in brackets, and the initials of its words without
// "of", "the", "and", "for" ("Australian Institute of Marine Ecology" ->
// aime). Names of fewer than three words have none.
func acronyms(name string) []string {
	var out []string
	if i := strings.IndexByte(name, '('); i > 0 {
		if j := strings.IndexByte(name[i:], ')'); j > 0 {
			if ws := joinInitials(words(name[i+1 : i+j])); len(ws) == 1 && len(ws[0]) >= 2 {
				out = append(out, ws[0])
			}
		}
	}
	var b strings.Builder
	for _, w := range orgWordsOf(name) {
		switch w {
		case "of", "the", "and", "for", "on", "in", "de", "des", "du", "la", "le":
			continue
		}
		b.WriteByte(w[0])
	}
	if n := len(orgWordsOf(name)); b.Len() >= 3 || (b.Len() == 2 && n == 2) {
		out = append(out, b.String()) // "UN" of "United Nations"
	}
	return out
}

// joinInitials joins runs of single letters into one word, as
// abbreviations are written both ways: "U.S." and "US", "U.N." and "UN".
func joinInitials(ws []string) []string {
	out := ws[:0]
	for i, w := range ws {
		if len(w) == 1 && i > 0 && len(ws[i-1]) == 1 && len(out) > 0 {
			out[len(out)-1] += w
			continue
		}
		out = append(out, w)
	}
	return out
}

// nameWords folds a name as its kind wants.
func nameWords(name string, kind whosaid.Kind) []string {
	switch kind {
	case whosaid.Person:
		return personWords(name)
	case whosaid.Anonymous:
		return descriptionWords(name)
	default:
		return orgWordsOf(name)
	}
}

// givenNamesMatch says whether two given names may be one person's: equal,
// one the initial of the other, a nickname of it ("Bill", "William"), or
// a short form of three letters or more ("Walt", "Walter").
func givenNamesMatch(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == 1 {
		return strings.HasPrefix(b, a)
	}
	if len(a) >= 3 && strings.HasPrefix(b, a) {
		return true
	}
	for _, full := range nicknames[a] {
		if full == b {
			return true
		}
	}
	for _, full := range nicknames[b] {
		if full == a {
			return true
		}
	}
	// Two nicknames of one name: "Bill" and "Billy".
	for _, x := range nicknames[a] {
		for _, y := range nicknames[b] {
			if x == y {
				return true
			}
		}
	}
	return false
}

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
