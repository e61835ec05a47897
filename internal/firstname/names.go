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

// FirstName is the gender of a first name that one list alone holds;
// Unknown for a name in both lists or in neither.
func FirstName(name string) Gender {
	if g, ok := nameTable()[strings.ToLower(name)]; ok {
		return g
	}
	return Unknown
}
