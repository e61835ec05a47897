package canon

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/whosaid/whosaid"
)

// FuzzCleanSource: the names and texts of sources come from untrusted
// articles; cleaning them never panics, and what names somebody has a
// name of its kind and a title of a bounded length.
func FuzzCleanSource(f *testing.F) {
	for _, s := range [][2]string{
		{"MOORHEAD", "MOORHEAD, Minn. — Sen. Margaret Halvorsen, D-Minn.,"},
		{"Ministry", "Ministry of External Affairs (MEA) spokesperson Arvind Kulkarni"},
		{"U S", "He"},
		{"his", "his"},
		{"Bernie Sanders I-Vt", "Bernie Sanders, I-Vt."},
		{"BENGALURU", "BENGALURU: Ashvin Systems"},
		{"Secretary for Transport and Housing Wong Ka-ming", "Secretary for Transport and Housing Wong Ka-ming"},
		{"", "—"},
		{"(", "((("},
	} {
		f.Add(s[0], s[1], "person", false)
	}
	f.Fuzz(func(t *testing.T, name, text, kind string, turn bool) {
		src, ok := cleanSource(name, whosaid.Kind(kind), text, turn)
		if !ok {
			return
		}
		if strings.TrimSpace(src.name) == "" && !src.definite {
			t.Errorf("cleanSource(%q, %q) names nobody but says it does: %+v", name, text, src)
		}
		switch src.kind {
		case whosaid.Person, whosaid.Organization, whosaid.Anonymous:
		default:
			t.Errorf("cleanSource(%q, %q): kind %q", name, text, src.kind)
		}
		if utf8.ValidString(name) && utf8.ValidString(text) && !utf8.ValidString(src.name) {
			t.Errorf("cleanSource(%q, %q) made invalid UTF-8: %q", name, text, src.name)
		}
		if tl := cleanTitle(src.title); len(words(tl)) > maxTitleWords {
			t.Errorf("title %q of more than %d words", tl, maxTitleWords)
		}
	})
}

// FuzzMentions: a document of any text and sources gives mentions and a
// mention (or none) for each attribution, never a panic.
func FuzzMentions(f *testing.F) {
	f.Add("Sen. Margaret Halvorsen said so. \"No,\" she said.", "Sen. Margaret Halvorsen", "she", 0, 23)
	f.Add("KESSLER: Senator?\nHALVORSEN: No.", "KESSLER", "HALVORSEN", 0, 18)
	f.Fuzz(func(t *testing.T, text, a, b string, at1, at2 int) {
		var attrs []whosaid.Attribution
		for i, s := range []string{a, b} {
			start := []int{at1, at2}[i]
			if start < 0 || start > len(text) {
				start = 0
			}
			end := min(start+len(s), len(text))
			attrs = append(attrs, whosaid.Attribution{Source: &whosaid.Source{Role: whosaid.Role{Text: s,
				Spans: []whosaid.Span{{start, end}}}, Kind: whosaid.Person, Speaker: s}})
		}
		ms, of := Mentions(Doc{ID: "d", Text: text, Attributions: attrs})
		if len(of) != len(attrs) {
			t.Fatalf("%d attributions, %d mentions of them", len(attrs), len(of))
		}
		for _, j := range of {
			if j < -1 || j >= len(ms) {
				t.Fatalf("mention %d of %d", j, len(ms))
			}
		}
	})
}
