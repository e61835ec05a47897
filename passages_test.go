package whosaid_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/whosaid/whosaid"
)

// passage is one short news passage of testdata/passages, with the
// sources a reader would name in it.
type passage struct {
	Name   string `json:"name"`
	Text   string `json:"text"`
	Expect []struct {
		Source  string `json:"source"`
		Cue     string `json:"cue"`
		Kind    string `json:"kind"`
		Speaker string `json:"speaker"`
	} `json:"expect"`
}

// Floors a little under what the resolve stage reaches on the passages.
const (
	kindAccuracyFloor    = 0.88
	speakerAccuracyFloor = 0.90
)

// TestPassages reports source-kind accuracy and speaker-resolution
// accuracy over the passages (an expected source the extraction misses
// counts as wrong for both).
func TestPassages(t *testing.T) {
	raw, err := os.ReadFile("testdata/passages/passages.json")
	if err != nil {
		t.Fatal(err)
	}
	var ps []passage
	if err := json.Unmarshal(raw, &ps); err != nil {
		t.Fatal(err)
	}
	if len(ps) < 20 {
		t.Fatalf("%d passages, want at least 20", len(ps))
	}
	var kinds, kindsOK, speakers, speakersOK int
	for _, p := range ps {
		doc := whosaid.Extract(p.Text)
		checkSpans(t, doc)
		for _, w := range p.Expect {
			kinds++
			if w.Speaker != "" {
				speakers++
			}
			var match *whosaid.Attribution
			for i := range doc.Attributions {
				a := &doc.Attributions[i]
				if a.Source != nil && (contains(a.Source.Text, w.Source) || contains(a.Source.Speaker, w.Source)) && contains(roleText(a.Cue), w.Cue) {
					match = a
					break
				}
			}
			if match == nil {
				t.Logf("%s: no attribution with source %q and cue %q", p.Name, w.Source, w.Cue)
				continue
			}
			if string(match.Source.Kind) == w.Kind {
				kindsOK++
			} else {
				t.Logf("%s: %q is %q, want %q", p.Name, match.Source.Text, match.Source.Kind, w.Kind)
			}
			if w.Speaker != "" {
				if strings.EqualFold(match.Source.Speaker, w.Speaker) {
					speakersOK++
				} else {
					t.Logf("%s: %q resolved to %q, want %q", p.Name, match.Source.Text, match.Source.Speaker, w.Speaker)
				}
			}
		}
	}
	kindAcc := float64(kindsOK) / float64(kinds)
	speakerAcc := float64(speakersOK) / float64(speakers)
	t.Logf("%d passages: source kind %d/%d = %.3f, speaker %d/%d = %.3f", len(ps), kindsOK, kinds, kindAcc, speakersOK, speakers, speakerAcc)
	if kindAcc < kindAccuracyFloor {
		t.Errorf("source-kind accuracy %.3f below the floor %.2f", kindAcc, kindAccuracyFloor)
	}
	if speakerAcc < speakerAccuracyFloor {
		t.Errorf("speaker-resolution accuracy %.3f below the floor %.2f", speakerAcc, speakerAccuracyFloor)
	}
}
