package evalset

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid"
)

func TestSameName(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Hillary Clinton", "hillary clinton", true},
		{"Dr. Ana Ruiz", "Ana Ruiz", true},
		{"The Ministry of Health", "Ministry of Health", true},
		{"Clinton's", "Clinton", true},
		{"Clinton", "Hillary Clinton", false},
		{"Trustee Mark Delacroix", "Mark Delacroix", false},
		{"", "", false},
	} {
		if got := SameName(c.a, c.b); got != c.want {
			t.Errorf("SameName(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// role builds a predicted role over the first occurrence of s in text.
func role(text, s string) *whosaid.Role {
	i := strings.Index(text, s)
	return &whosaid.Role{Text: s, Spans: []whosaid.Span{{i, i + len(s)}}}
}

func span(text, s string) [][2]int {
	i := strings.Index(text, s)
	return [][2]int{{i, i + len(s)}}
}

func TestScore(t *testing.T) {
	text := `Ana Ruiz said the bridge would reopen in May. "It is safe," she added. The so-called "deal" collapsed.`
	p := Passage{ID: "p", Genre: "local", Half: "tune", Text: text, Attributions: []Attribution{
		{Source: span(text, "Ana Ruiz"), Cue: span(text, "said"), Content: span(text, "the bridge would reopen in May"), Kind: "person", Speaker: "Ana Ruiz"},
		{Source: span(text, "she"), Cue: span(text, "added"), Content: span(text, `"It is safe,"`), Kind: "person", Speaker: "Ana Ruiz"},
	}}
	doc := &whosaid.Document{Text: text, Attributions: []whosaid.Attribution{
		{Source: &whosaid.Source{Role: *role(text, "Ana Ruiz"), Kind: whosaid.Person, Speaker: "Ana Ruiz"}, Cue: role(text, "said"), Content: role(text, "the bridge would reopen in May")},
		{Source: &whosaid.Source{Role: *role(text, "she"), Kind: whosaid.Pronoun}, Cue: role(text, "added"), Content: role(text, `"It is safe,"`)},
		{Cue: role(text, "so-called"), Content: role(text, `"deal"`)},
	}}
	rep := Score([]Passage{p}, map[string]*whosaid.Document{"p": doc})
	c := rep.All
	want := Counts{Passages: 1, Gold: 2, Pred: 3, Matched: 2, NotAttribution: 1, FullyRight: 1,
		Named: 2, SpeakerOK: 1, Sourced: 2, KindOK: 1, Kinded: 2}
	if c != want {
		t.Errorf("counts %+v\nwant   %+v", c, want)
	}
	if len(rep.Misses) != 3 {
		t.Errorf("misses %+v, want a spurious, a kind and a speaker", rep.Misses)
	}
}
