package resolve

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/postag"
)

// TestRetag: the tagger's errors that retag mends, and the readings it
// must leave alone.
func TestRetag(t *testing.T) {
	tests := []struct {
		name, text, word string
		noun             bool // the word is a noun after retag
	}{
		{"a role between a title word and a name", "Chief steward John Smith said the horse was lame.", "steward", true},
		{"but not a verb of saying after a title", "The President said Tuesday that the talks would resume.", "said", false},
		{"nor a verb of telling", "The Governor told Reuters that the port was shut.", "told", false},
		{"the noun opening the subject of an inverted said", "\"We are working,\" said harbour master Captain Riaan van Rensburg.", "harbour", true},
		{"the noun after according to", "The bones are old, according to radiocarbon results released on Tuesday.", "radiocarbon", true},
		{"a document's plural before its participle", "Lab results obtained by the Sentinel show that the well was contaminated.", "results", true},
		{"a name's particle between particles and the name", "The mayor spoke first. Mr. de la Fontaine said it would reopen.", "la", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := fixture(t, tt.text)
			k := -1
			for i := range d.n {
				if d.text(i) == tt.word {
					k = i
					break
				}
			}
			if k < 0 {
				t.Fatalf("no %q in %q", tt.word, tt.text)
			}
			if got := postag.IsNoun(d.tags[k]); got != tt.noun {
				t.Errorf("%q in %q: noun %v, want %v (tag %d)", tt.word, strings.TrimSpace(tt.text), got, tt.noun, d.tags[k])
			}
		})
	}
}
