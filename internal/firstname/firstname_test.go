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
		{"Osei", Unknown}, // in neither
		{"", Unknown},
	}
	for _, tt := range tests {
		if got := FirstName(tt.name); got != tt.want {
			t.Errorf("FirstName(%q) = %s, want %s", tt.name, got, tt.want)
		}
	}
}

// TestListsAreDisjointAndSorted: a name in both lists would be decided
// by the order of loading, and rebuild.sh writes them sorted and apart.
func TestListsAreDisjointAndSorted(t *testing.T) {
	female, male := strings.Fields(femaleNames), strings.Fields(maleNames)
	if len(female) < 1000 || len(male) < 1000 {
		t.Fatalf("lists of %d and %d names: the embedded files are cut short", len(female), len(male))
	}
	seen := map[string]bool{}
	for _, list := range [][]string{female, male} {
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
