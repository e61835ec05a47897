package extract

import (
	"slices"
	"testing"

	"github.com/whosaid/whosaid/internal/feature"
)

func TestInflections(t *testing.T) {
	tests := []struct {
		verb string
		want []string
	}{
		{"say", []string{"say", "says", "sayed", "saying"}}, // "said" comes from the irregular table
		{"deny", []string{"deny", "denies", "denied", "denying"}},
		{"argue", []string{"argue", "argues", "argued", "arguing"}},
		{"stress", []string{"stress", "stresses", "stressed", "stressing"}},
		{"admit", []string{"admit", "admits", "admited", "admiting", "admitted", "admitting"}},
		{"warn", []string{"warn", "warns", "warned", "warning"}},
	}
	for _, tt := range tests {
		if got := inflections(tt.verb); !slices.Equal(got, tt.want) {
			t.Errorf("inflections(%q) = %q, want %q", tt.verb, got, tt.want)
		}
	}
}

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
