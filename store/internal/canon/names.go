package canon

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/whosaid/whosaid"
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
var honorifics = set("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "mme", "herr", "frau")

// leadingTitles are titles that the extractor sometimes leaves in a name
// ("President Trump"); they are dropped from its start.
var leadingTitles = set("president", "senator", "sen", "governor", "gov", "secretary", "minister",
	"chancellor", "ayatollah", "king", "queen", "prince", "princess", "pope", "general", "gen",
	"judge", "justice", "mayor", "rep", "representative", "speaker", "premier", "sheikh", "rev",
	"reverend", "prof", "professor", "lord", "lady", "ambassador", "commissioner", "chairman",
	"chairwoman", "director", "detective", "officer", "sergeant", "captain", "colonel", "lieutenant")

// suffixes are dropped from the end of person names.
var suffixes = set("jr", "sr", "ii", "iii", "iv")

// generation is the generational suffix of a person's name ("jr",
// "iii"), or "".
func generation(name string) string {
	if ws := words(name); len(ws) > 1 && suffixes[ws[len(ws)-1]] {
		return ws[len(ws)-1]
	}
	return ""
}

// personWords is the folded name of a person without honorifics and
// generational suffixes (see generation).
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
	"numerous", "multiple", "two", "his", "her", "their", "its")

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

// orgWords is the folded name of an organisation without a leading "the".
func orgWords(name string) []string {
	ws := joinInitials(words(name))
	if len(ws) > 1 && ws[0] == "the" {
		ws = ws[1:]
	}
	return ws
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

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
