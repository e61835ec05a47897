package lexicon

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed persons/persons.txt
var personNouns string

// persons is persons/persons.txt as a set, built on first use.
var persons = sync.OnceValue(func() Set {
	return newSet(strings.Split(strings.TrimSpace(personNouns), "\n")...)
})

// PersonNoun reports whether w, a lower-cased noun, denotes a person in
// its most frequent sense ("glaciologist" is not in WordNet; "candidate",
// "seamstress", "legislator" are; "star", "suit" and "ad" are not):
// WordNet 3.1's noun.person, made by persons/rebuild.sh.
func PersonNoun(w string) bool { return persons().Has(w) }
