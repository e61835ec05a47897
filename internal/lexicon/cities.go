package lexicon

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed cities/cities.txt
var cityNames string

// cities is cities/cities.txt as a set, built on first use.
var cities = sync.OnceValue(func() Set {
	return newSet(strings.Split(strings.TrimSpace(cityNames), "\n")...)
})

// IsCity reports whether name, lower-cased, names a city of the world
// of 100,000 people or more, or a capital of a country or of its
// first-order division (cities/cities.txt, made by cities/rebuild.sh):
// a city's name that stands for a source names its government, council
// or club ("Lima promised", "Halifax says"), no person.
func IsCity(name string) bool { return cities().Has(name) }
