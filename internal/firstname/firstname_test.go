package firstname

import (
	"strings"
	"testing"
)

func TestFirstName(t *testing.T) {
	tests := []struct {
		name string
		want Gender
	}{
		{"Sharon", Female},
		{"judith", Female},
		{"PETER", Male},
		{"Harold", Male},
		{"Jordan", Unknown}, // in both lists: decides nothing
		{"Kim", Unknown},
		{"Osei", Unknown},  // in neither
		{"Kwame", Unknown}, // curated: Given's, not a listed first name
		{"", Unknown},
	}
	for _, tt := range tests {
		if got := FirstName(tt.name); got != tt.want {
			t.Errorf("FirstName(%q) = %s, want %s", tt.name, got, tt.want)
		}
	}
}

// TestListsAreDisjointAndSorted: a name in two lists would be decided
// by the order of loading, and rebuild.sh writes them sorted and apart
// (a name of neither gender in neutral.txt alone).
func TestListsAreDisjointAndSorted(t *testing.T) {
	female, male, neutral := strings.Fields(femaleNames), strings.Fields(maleNames), strings.Fields(neutralNames)
	if len(female) < 1000 || len(male) < 1000 || len(neutral) < 100 {
		t.Fatalf("lists of %d, %d and %d names: the embedded files are cut short", len(female), len(male), len(neutral))
	}
	seen := map[string]bool{}
	for _, list := range [][]string{female, male, neutral} {
		for i, n := range list {
			if i > 0 && list[i-1] >= n {
				t.Errorf("%q after %q: not sorted or repeated", n, list[i-1])
			}
			if n != strings.ToLower(n) {
				t.Errorf("%q is not lower-cased", n)
			}
			if seen[n] {
				t.Errorf("%q is in both lists", n)
			}
		}
		for _, n := range list {
			seen[n] = true
		}
	}
}

func TestGiven(t *testing.T) {
	for _, tt := range []struct {
		name string
		want Gender
	}{
		{"Kwame", Male}, // names/curated.txt
		{"Akosua", Female},
		{"Róisín", Female}, // curated with its accents and without
		{"Sharon", Female}, // the lists first
		{"Jordan", Unknown},
		{"Osei", Unknown},
	} {
		if got := Given(tt.name); got != tt.want {
			t.Errorf("Given(%q) = %s, want %s", tt.name, got, tt.want)
		}
	}
}

// TestCuratedNames: the hand-kept names are sorted, gendered "f" or "m",
// lower-cased, and none repeats a name of the generated lists, which
// would make the curated gender look decisive where the lists decided.
func TestCuratedNames(t *testing.T) {
	listed := map[string]bool{}
	for _, n := range strings.Fields(femaleNames + " " + maleNames) {
		listed[n] = true
	}
	prev, count := "", 0
	for line := range strings.Lines(curatedNames) {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "#") {
			continue
		}
		g, n, ok := strings.Cut(line, " ")
		switch {
		case !ok || g != "f" && g != "m":
			t.Errorf("line %q: want \"f name\" or \"m name\"", line)
		case n != strings.ToLower(n):
			t.Errorf("%q is not lower-cased", n)
		case n <= prev:
			t.Errorf("%q after %q: not sorted or repeated", n, prev)
		case listed[n]:
			t.Errorf("%q is in the generated lists already", n)
		}
		prev = n
		count++
	}
	if count < 300 {
		t.Errorf("%d curated names: the embedded file is cut short", count)
	}
}

// TestKnown: a first name of either sex is known, of no gender; a word
// of no list is not.
func TestKnown(t *testing.T) {
	for name, want := range map[string]bool{"Charlie": true, "Jordan": true, "Nancy": true, "Charles": true, "Kwame": false, "Lexus": false} {
		if got := Known(name); got != want {
			t.Errorf("Known(%q) = %v, want %v", name, got, want)
		}
	}
	if FirstName("Charlie") != Unknown {
		t.Errorf("Charlie has a gender")
	}
}
