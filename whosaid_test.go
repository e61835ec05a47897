package whosaid_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/internal/shared"
)

// checkSpans fails unless every span of doc lies inside its text, on rune
// boundaries, in order, and matches its role's text.
func checkSpans(t testing.TB, doc *whosaid.Document) {
	t.Helper()
	for i, a := range doc.Attributions {
		roles := map[string]*whosaid.Role{"cue": a.Cue, "content": a.Content, "hedge": a.Hedge, "via": a.Via}
		if a.Source != nil {
			roles["source"] = &a.Source.Role
			roles["anonymity reason"] = a.Source.AnonymityReason
		}
		if a.Parent != nil && (*a.Parent < 0 || *a.Parent >= len(doc.Attributions) || *a.Parent == i) {
			t.Fatalf("attribution %d has parent %d", i, *a.Parent)
		}
		if doc.Title != nil {
			roles["title"] = doc.Title
		}
		for j := range doc.Boilerplate {
			roles[fmt.Sprint("boilerplate ", j)] = &doc.Boilerplate[j]
		}
		for j := range doc.Unattributed {
			roles[fmt.Sprint("unattributed ", j)] = &doc.Unattributed[j]
		}
		for j, sp := range doc.Speakers {
			for k := range sp.Mentions {
				roles[fmt.Sprint("speaker ", j, " mention ", k)] = &doc.Speakers[j].Mentions[k]
			}
		}
		for name, r := range roles {
			if r == nil {
				if name == "cue" || name == "content" {
					t.Fatalf("attribution %d has no %s", i, name)
				}
				continue
			}
			prev := 0
			parts := make([]string, 0, len(r.Spans))
			for _, s := range r.Spans {
				if s.Start() < prev || s.End() <= s.Start() || s.End() > len(doc.Text) {
					t.Fatalf("attribution %d %s span %v out of order or outside text of %d bytes", i, name, s, len(doc.Text))
				}
				if utf8.ValidString(doc.Text) && (!utf8.RuneStart(doc.Text[s.Start()]) || s.End() < len(doc.Text) && !utf8.RuneStart(doc.Text[s.End()])) {
					t.Fatalf("attribution %d %s span %v splits a character", i, name, s)
				}
				parts = append(parts, doc.Text[s.Start():s.End()])
				prev = s.End()
			}
			if got := strings.Join(parts, " … "); got != r.Text {
				t.Fatalf("attribution %d %s text %q, spans give %q", i, name, r.Text, got)
			}
		}
		switch a.Type {
		case whosaid.Direct, whosaid.Indirect, whosaid.Mixed:
		default:
			t.Fatalf("attribution %d has type %q", i, a.Type)
		}
	}
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name, text                string
		source, cue, content, typ string
	}{
		{"direct quote, source after", `"We will not back down," the mayor said on Tuesday.`,
			"the mayor", "said", `"We will not back down,"`, "direct"},
		{"indirect: PolNeAR keeps the complementizer in the content", `The governor said that the budget would be balanced by next year.`,
			"The governor", "said", "that the budget would be balanced by next year", "indirect"},
		{"according to", `According to the police report, the driver was not wearing a seat belt.`,
			"the police report", "According to", "the driver was not wearing a seat belt", "indirect"},
		{"told", `Smith told reporters he had no plans to resign.`,
			"Smith", "told", "he had no plans to resign", "indirect"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := whosaid.Extract(tt.text)
			checkSpans(t, doc)
			if len(doc.Attributions) != 1 {
				t.Fatalf("got %d attributions, want 1: %+v", len(doc.Attributions), doc.Attributions)
			}
			a := doc.Attributions[0]
			if a.Source == nil || a.Source.Text != tt.source {
				t.Errorf("source = %+v, want %q", a.Source, tt.source)
			}
			if a.Cue.Text != tt.cue {
				t.Errorf("cue = %q, want %q", a.Cue.Text, tt.cue)
			}
			if a.Content.Text != tt.content {
				t.Errorf("content = %q, want %q", a.Content.Text, tt.content)
			}
			if string(a.Type) != tt.typ {
				t.Errorf("type = %q, want %q", a.Type, tt.typ)
			}
		})
	}
}

// TestExtractOddInput: nothing to find, or text that is not text, gives
// no panic and only valid spans.
func TestExtractOddInput(t *testing.T) {
	for _, text := range []string{
		"", " ", "\n\n\n", `"`, `“`, `”said”`, "\x00\x01said\xff\xfe", "said said said said",
		strings.Repeat(`"a`, 1000), strings.Repeat("He said “", 500), strings.Repeat("x", 100000),
		"\xe2\x80", "According to", ": : :", "Mr. . . ‘’ '' \"\"",
	} {
		doc := whosaid.Extract(text)
		if doc.Text != text {
			t.Fatalf("text was changed")
		}
		checkSpans(t, doc)
	}
}

func FuzzExtract(f *testing.F) {
	f.Add(`"We will not back down," the mayor said on Tuesday.`)
	f.Add("Smith told reporters he had no plans to resign.\n\n“It’s over,” he said.")
	f.Add("\xff\x00 said “")
	f.Fuzz(func(t *testing.T, text string) {
		checkSpans(t, whosaid.Extract(text))
	})
}

// TestSpeakersOnce: a document lists each speaker once, whatever the
// extraction finds (a description reached through "who" and as a source
// once made two entries).
func TestSpeakersOnce(t *testing.T) {
	for _, path := range []string{"testdata/sample.txt", "../shared/fixtures/seed/000_fa07f6f012f0531c.txt"} {
		t.Run(filepath.Base(path), func(t *testing.T) {
			if strings.HasPrefix(path, "../shared/") {
				shared.Need(t, path)
			}
			speakersOnce(t, path)
		})
	}
}

// speakersOnce checks the speakers of the document in the file at path.
func speakersOnce(t *testing.T, path string) {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc := whosaid.Extract(string(b))
	if len(doc.Speakers) == 0 {
		t.Errorf("%s: no speakers", path)
	}
	seen := map[string]bool{}
	for _, s := range doc.Speakers {
		key := s.Name + "\x00" + string(s.Kind)
		if seen[key] {
			t.Errorf("%s: speaker %q (%s) listed twice", path, s.Name, s.Kind)
		}
		seen[key] = true
		if s.Attributions < 1 || len(s.Mentions) < 1 {
			t.Errorf("%s: speaker %q with %d attributions and %d mentions", path, s.Name, s.Attributions, len(s.Mentions))
		}
	}
}
