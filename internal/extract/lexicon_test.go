package extract

import (
	"testing"

	"github.com/whosaid/whosaid/internal/feature"
)

// TestLexClass: the tagger finds a token's speech class by the hash of
// its lower-cased form, whatever its case.
func TestLexClass(t *testing.T) {
	tests := []struct {
		word string
		want uint8
	}{
		{"said", lexCommunication}, {"Pledged", lexCommunication}, {"decrying", lexCommunication},
		{"thought", lexCognition}, {"expects", lexCognition},
		{"statement", lexSpeechNoun}, {"criticism", lexSpeechNoun},
		{"according", lexEvidential},
		{"table", lexNone}, {"the", lexNone},
	}
	for _, tt := range tests {
		if got := lexClass[feature.HashLower(tt.word)]; got != tt.want {
			t.Errorf("class of %q = %d, want %d", tt.word, got, tt.want)
		}
	}
}
