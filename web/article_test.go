package web

import (
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/whosaid/whosaid"
)

func TestParagraphMarks(t *testing.T) {
	tests := []struct {
		text string
		want [][2]int
	}{
		{"", nil},
		{"  \n\n \t", nil},
		{"one", [][2]int{{0, 3}}},
		{"one\ntwo", [][2]int{{0, 7}}}, // a single line break stays in the paragraph
		{"one\n\ntwo", [][2]int{{0, 3}, {5, 8}}},
		{"  one  \n \n\n  two\r\nthree \n", [][2]int{{2, 5}, {13, 23}}},
		{"Zoë\n\n„Ja“", [][2]int{{0, 4}, {6, 14}}},
	}
	for _, tt := range tests {
		var got [][2]int
		for _, m := range paragraphMarks(tt.text) {
			if m.Role != RolePara || m.Attr != -1 {
				t.Errorf("%q: mark %+v is not a paragraph", tt.text, m)
			}
			got = append(got, [2]int{m.Start, m.End})
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("paragraphMarks(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestArticleViewOfBadSpans: a stored document whose spans do not fit its
// text is shown with a notice, never with broken markup or a panic.
func TestArticleViewOfBadSpans(t *testing.T) {
	parent := 5 // out of range
	doc := &whosaid.Document{
		Text: "Zoë said hi.",
		Attributions: []whosaid.Attribution{{
			Source:  &whosaid.Source{Role: whosaid.Role{Text: "Zoë", Spans: []whosaid.Span{{0, 4}}}, Kind: whosaid.Person},
			Cue:     &whosaid.Role{Text: "said", Spans: []whosaid.Span{{5, 9}}},
			Content: &whosaid.Role{Text: "?", Spans: []whosaid.Span{{10, 99}}}, // past the end
			Hedge:   &whosaid.Role{Text: "?", Spans: []whosaid.Span{{2, 3}}},   // inside "ë"
			Type:    whosaid.Indirect,
			Parent:  &parent,
		}},
	}
	v := newArticleView(doc, "")
	if v.Dropped != 2 {
		t.Errorf("dropped %d spans, want 2", v.Dropped)
	}
	if v.Attributions[0].ParentN != 0 {
		t.Errorf("parent out of range shown as %d", v.Attributions[0].ParentN)
	}
	s, err := newServer(Options{Extractor: extractor(t)})
	if err != nil {
		t.Fatal(err)
	}
	body, err := s.renderPage("article", page{Title: "t", Body: articlePage{DocID: "x", Article: v}})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(body), "2 spans of this document do not fit its text") {
		t.Error("no notice of the dropped spans")
	}
}

func TestSpeakerGroups(t *testing.T) {
	src := func(text, speaker string, kind whosaid.Kind) *whosaid.Source {
		return &whosaid.Source{Role: whosaid.Role{Text: text}, Speaker: speaker, Kind: kind}
	}
	doc := &whosaid.Document{Text: "", Attributions: []whosaid.Attribution{
		{Source: src("Ortiz", "Jane Ortiz", whosaid.Person)},
		{Source: src("an official", "", whosaid.Anonymous)},
		{},
		{Source: src("she", "Jane Ortiz", whosaid.Person)},
		{Source: src("An Official", "", whosaid.Anonymous)},
		{Source: src("Gazette", "Gazette", whosaid.Organization)},
	}}
	v := newArticleView(doc, "")
	var got []string
	for _, g := range v.Speakers {
		got = append(got, fmt.Sprintf("%s:%s:%v", g.Name, g.Kind, g.Ns))
	}
	want := []string{"Jane Ortiz:person:[1 4]", "an official:anonymous:[2 5]", "Gazette:organization:[6]", noSource + "::[3]"}
	if !slices.Equal(got, want) {
		t.Errorf("groups %q, want %q", got, want)
	}
	if v.Stats.Sourced != 5 || v.Stats.Anonymous != 2 || v.Stats.AnonPercent != "40%" {
		t.Errorf("stats %+v", v.Stats)
	}
}

// FuzzAnalysePage posts arbitrary text: the answer is a page or a refusal,
// never a panic, and the article's markup is always well nested.
func FuzzAnalysePage(f *testing.F) {
	f.Add(`Ann said "hi <b>there</b>," Bob claimed, according to "officials".`)
	f.Add("\"Zoë\" sagte: „Ja“ — \u2028 said he\r\n\r\n<script>alert(1)</script> told")
	f.Add("")
	h := testHandler(f, nil)
	f.Fuzz(func(t *testing.T, text string) {
		rec := postText(t, h, text)
		switch rec.Code {
		case http.StatusOK:
			checkBalanced(t, rec.Body.Bytes())
			if strings.Contains(rec.Body.String(), "<script>alert") {
				t.Fatal("text unescaped")
			}
		case http.StatusBadRequest:
		default:
			t.Fatalf("status %d", rec.Code)
		}
	})
}
