package firstname

import (
	_ "embed"
	"strings"
	"sync"
)

// The first names that have a gender, lower-cased and sorted;
// names/rebuild.sh makes them from the pinned packages (the US birth
// counts, else the one of two English lists that alone holds a name).
var (
	//go:embed names/female.txt
	femaleNames string
	//go:embed names/male.txt
	maleNames string
	//go:embed names/curated.txt
	curatedNames string
	//go:embed names/neutral.txt
	neutralNames string
)

// nameTable is the two lists as one lookup, built once and only read.
var nameTable = sync.OnceValue(func() map[string]Gender {
	t := map[string]Gender{}
	for _, n := range strings.Fields(femaleNames) {
		t[n] = Female
	}
	for _, n := range strings.Fields(maleNames) {
		t[n] = Male
	}
	return t
})

// neutralTable is names/neutral.txt as a lookup, built once and only
// read: first names given to both sexes ("charlie", "jordan", "kim").
var neutralTable = sync.OnceValue(func() map[string]bool {
	t := map[string]bool{}
	for _, n := range strings.Fields(neutralNames) {
		t[n] = true
	}
	return t
})

// Known: name is a first name of the generated lists, of a gender or of
// none (names/neutral.txt: "Charlie", "Jordan"), which FirstName leaves
// unknown for want of a gender.
func Known(name string) bool {
	return FirstName(name) != Unknown || neutralTable()[strings.ToLower(name)]
}

// curatedTable is names/curated.txt as a lookup, built once and only read.
var curatedTable = sync.OnceValue(func() map[string]Gender {
	t := map[string]Gender{}
	for g, n := range curated() {
		t[n] = g
	}
	return t
})

// Given is the gender of a given name by the generated lists, else by
// the curated names: the gender to vote for a person named so. It
// answers for names that FirstName leaves unknown ("Kwame", "Akosua"),
// which the name rules of the resolver do not take for first names (a
// name common as a given name in one country is a surname or a father's
// name in another).
func Given(name string) Gender {
	if g := FirstName(name); g != Unknown {
		return g
	}
	if g, ok := curatedTable()[strings.ToLower(name)]; ok {
		return g
	}
	return Unknown
}

// FirstName is the gender of a first name that one generated list alone
// holds; Unknown for a name in both lists or in neither.
func FirstName(name string) Gender {
	if g, ok := nameTable()[strings.ToLower(name)]; ok {
		return g
	}
	return Unknown
}

// curated yields the gender and name of each line of names/curated.txt
// ("f ama", "m kwame"), its comments skipped.
func curated() func(yield func(Gender, string) bool) {
	return func(yield func(Gender, string) bool) {
		for line := range strings.Lines(curatedNames) {
			g, n, ok := strings.Cut(strings.TrimSpace(line), " ")
			if !ok || strings.HasPrefix(g, "#") {
				continue
			}
			gender := Male
			if g == "f" {
				gender = Female
			}
			if !yield(gender, n) {
				return
			}
		}
	}
}
