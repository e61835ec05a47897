// Package lexicon holds the word lists of whosaid in one place: the
// classes of speech words that the extractor's features read
// (speech.go), and the lists by which the rules of the resolve stage
// recognise reporting verbs (cues.go), hedges (hedges.go), the reasons a
// source goes unnamed (anonymity.go), the words of names, titles and
// bodies (referents.go), function words (grammar.go), page furniture
// (page.go), the outlet's own voice (voice.go) and relations that report
// no speech (admission.go).
//
// Every list says where it comes from. All are hand-listed general news
// English, chosen for the reason given beside each; none is derived
// mechanically from PolNeAR, and none names an outlet's own strings.
// Where a comment gives counts on PolNeAR train, they were measured on
// the list as it stands, to show what it catches, and did not choose its
// words.
package lexicon

import (
	"maps"
	"slices"
)

// Set is a read-only set of lower-cased words: it has no method that
// changes it.
type Set struct{ words map[string]bool }

func newSet(words ...string) Set {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return Set{m}
}

// Has reports whether w, lower-cased by the caller, is in the set.
func (s Set) Has(w string) bool { return s.words[w] }

// Words returns the words of the set in sorted order.
func (s Set) Words() []string { return slices.Sorted(maps.Keys(s.words)) }

// newVerbSet is the set of the forms of the base verbs: the regular ones
// (Inflections), and the irregular past forms that the irregular table
// of speech.go lists (only its verbs: a set of other irregular verbs
// lists their forms itself).
func newVerbSet(bases ...string) Set {
	var forms []string
	for _, v := range bases {
		forms = append(forms, Inflections(v)...)
		for _, irr := range irregular {
			if irr.base == v {
				forms = append(forms, irr.forms...) // "seen by the Courier"
			}
		}
	}
	return newSet(forms...)
}
