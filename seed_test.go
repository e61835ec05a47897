package whosaid_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/internal/shared"
)

// The article the project started from, with what a reader needs from
// it (../shared/fixtures/seed/expected.json).
const seedDir = "../shared/fixtures/seed"

type seedExpected struct {
	Document     string   `json:"document"`
	Title        string   `json:"title"`
	Boilerplate  []string `json:"boilerplate"`
	Attributions []struct {
		Source          string `json:"source"`
		Cue             string `json:"cue"`
		Content         string `json:"content"`
		Kind            string `json:"kind"`
		Hedge           string `json:"hedge"`
		Nested          bool   `json:"nested"`
		ImplicitSource  bool   `json:"implicit_source"`
		Via             string `json:"via"`
		ViaAnonymous    string `json:"via_anonymous"`
		AnonymityReason string `json:"anonymity_reason"`
		CoreferentWith  string `json:"coreferent_with"`
	} `json:"attributions"`
	Speakers     map[string][]string `json:"speakers"`
	Unattributed []string            `json:"unattributed"`
}

func contains(s, sub string) bool { return strings.Contains(strings.ToLower(s), strings.ToLower(sub)) }

// folded drops editorial brackets and folds space: "[Foreign Minister
// Mohammad Javad] Zarif" reads "Foreign Minister Mohammad Javad Zarif".
func folded(s string) string {
	return strings.Join(strings.Fields(strings.NewReplacer("[", " ", "]", " ").Replace(s)), " ")
}

func roleText(r *whosaid.Role) string {
	if r == nil {
		return ""
	}
	return r.Text
}

// TestSeedArticle checks every expected attribution by the rule
// (source text or speaker contains source, cue contains cue, content
// contains content, case-insensitive) with its kind, hedge, nesting and
// channel; then the title, boilerplate, editorial voice and speakers.
func TestSeedArticle(t *testing.T) {
	raw, err := os.ReadFile(shared.Need(t, filepath.Join(seedDir, "expected.json")))
	if err != nil {
		t.Fatal(err)
	}
	var want seedExpected
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile(filepath.Join(seedDir, want.Document))
	if err != nil {
		t.Fatal(err)
	}
	doc := whosaid.Extract(string(text))
	checkSpans(t, doc)

	found := 0
	for _, w := range want.Attributions {
		name := w.Source + " / " + w.Cue
		t.Run(name, func(t *testing.T) {
			var match *whosaid.Attribution
			idx := -1
			for i := range doc.Attributions {
				a := &doc.Attributions[i]
				if a.Source == nil || !(contains(a.Source.Text, w.Source) || contains(a.Source.Speaker, w.Source)) {
					continue
				}
				if contains(roleText(a.Cue), w.Cue) && contains(roleText(a.Content), w.Content) {
					match, idx = a, i
					break
				}
			}
			if match == nil {
				t.Fatalf("not found: source %q, cue %q, content %q", w.Source, w.Cue, w.Content)
			}
			found++
			if string(match.Source.Kind) != w.Kind {
				t.Errorf("kind %q, want %q", match.Source.Kind, w.Kind)
			}
			if w.Hedge != "" && !contains(roleText(match.Hedge), w.Hedge) {
				t.Errorf("hedge %q, want %q", roleText(match.Hedge), w.Hedge)
			}
			if w.Nested && match.Parent == nil {
				t.Error("not nested in another attribution")
			}
			if w.ImplicitSource && !match.Implicit {
				t.Error("source not marked implicit")
			}
			if w.Via != "" && !contains(roleText(match.Via), w.Via) {
				t.Errorf("via %q, want %q", roleText(match.Via), w.Via)
			}
			if w.AnonymityReason != "" && (match.Source.AnonymityReason == nil || !contains(match.Source.AnonymityReason.Text, w.AnonymityReason)) {
				t.Errorf("anonymity reason %+v, want %q", match.Source.AnonymityReason, w.AnonymityReason)
			}
			if w.CoreferentWith != "" && !strings.EqualFold(match.Source.Speaker, w.CoreferentWith) {
				t.Errorf("speaker %q, want %q", match.Source.Speaker, w.CoreferentWith)
			}
			if w.ViaAnonymous != "" {
				// The channel cites anonymous sources: an anonymous
				// attribution nested in this one.
				ok := false
				for _, b := range doc.Attributions {
					if b.Parent != nil && *b.Parent == idx && b.Source != nil && contains(b.Source.Text, w.ViaAnonymous) && b.Source.Kind == whosaid.Anonymous {
						ok = true
					}
				}
				if !ok {
					t.Errorf("no anonymous source %q nested in it", w.ViaAnonymous)
				}
			}
		})
	}
	t.Logf("%d/%d expected attributions found", found, len(want.Attributions))

	if doc.Title == nil || folded(doc.Title.Text) != want.Title {
		t.Errorf("title %+v, want %q", doc.Title, want.Title)
	}
	for _, b := range want.Boilerplate {
		ok := false
		for _, x := range doc.Boilerplate {
			ok = ok || x.Text == b
		}
		if !ok {
			t.Errorf("boilerplate %q not found in %+v", b, doc.Boilerplate)
		}
	}
	for _, a := range doc.Attributions {
		for _, x := range doc.Boilerplate {
			if a.Cue.Spans[0].Start() >= x.Spans[0].Start() && a.Cue.Spans[0].End() <= x.Spans[0].End() {
				t.Errorf("attribution %q in boilerplate", a.Cue.Text)
			}
		}
	}
	for _, u := range want.Unattributed {
		ok := false
		for _, x := range doc.Unattributed {
			ok = ok || contains(x.Text, u)
		}
		if !ok {
			t.Errorf("unattributed %q not found in %+v", u, doc.Unattributed)
		}
	}
	for name, mentions := range want.Speakers {
		var sp *whosaid.Speaker
		for i := range doc.Speakers {
			if doc.Speakers[i].Name == name {
				sp = &doc.Speakers[i]
			}
		}
		if sp == nil {
			t.Errorf("speaker %q not listed", name)
			continue
		}
		if sp.Kind != whosaid.Person || sp.Attributions < 1 {
			t.Errorf("speaker %q: kind %q, %d attributions", name, sp.Kind, sp.Attributions)
		}
		for _, m := range mentions {
			ok := false
			for _, x := range sp.Mentions {
				ok = ok || folded(x.Text) == m
			}
			if !ok {
				t.Errorf("speaker %q: mention %q not in %+v", name, m, sp.Mentions)
			}
		}
	}
}
