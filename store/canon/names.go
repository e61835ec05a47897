package canon

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"whosaid"
)

// words splits a name into folded words: lower case, no diacritics, no
// punctuation ("Mohammad-Javad Zarif's" -> mohammad javad zarif s).
func words(s string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	for _, r := range norm.NFD.String(s) {
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
		out[i] = strings.Trim(w, "'")
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

// honorifics are dropped from person names: the extractor keeps titles
// apart, but "Mr." and the like stay in names.
var honorifics = set("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "mme", "m", "herr", "frau")

// suffixes are dropped from the end of person names.
var suffixes = set("jr", "sr", "ii", "iii", "iv")

// personWords is the folded name of a person without honorifics and
// generational suffixes.
func personWords(name string) []string {
	ws := words(name)
	for len(ws) > 1 && honorifics[ws[0]] {
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
	"numerous", "multiple", "two", "his", "her", "their", "its")

// descriptionWords is the folded description of an anonymous source with
// its determiners dropped and its head noun singular: "two senior US
// administration officials" -> senior us administration official.
func descriptionWords(d string) []string {
	ws := words(d)
	for len(ws) > 1 && determiners[ws[0]] {
		ws = ws[1:]
	}
	if n := len(ws); n > 0 {
		ws[n-1] = singular(ws[n-1])
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
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"):
		return w[:len(w)-1]
	}
	return w
}

// orgWords is the folded name of an organisation without a leading "the".
func orgWords(name string) []string {
	ws := words(name)
	if len(ws) > 1 && ws[0] == "the" {
		ws = ws[1:]
	}
	return ws
}

// titleStop are the words of a title that say nothing of who holds it.
var titleStop = set("of", "the", "for", "and", "a", "an", "to", "in", "on", "at",
	"former", "then", "deputy", "acting", "new", "chief", "senior", "top")

// titleWords are the telling words of a title: "the former Foreign
// Minister of Iran" -> foreign minister iran.
func titleWords(title string) []string {
	var out []string
	for _, w := range words(title) {
		if !titleStop[w] {
			out = append(out, w)
		}
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
		return orgWords(name)
	}
}

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}
