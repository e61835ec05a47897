package resolve

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/whosaid/whosaid/internal/segment"
)

func TestOrderPass(t *testing.T) {
	d := fixture(t, "{s2 She} {c2 said} {t2 {s1 he} {c1 left}}, and {s3 they} {c3 agreed}.")
	runPasses(t, d, "admit")
	// A twin of relation 1 with the same cue, found after it, and indexes
	// that order must reset.
	d.atts = append(d.atts, Attribution{Cue: d.atts[0].Cue, Parent: 5, Speaker: 7})
	runPasses(t, d, "order")
	// Text order of the cues puts relation 2 first; the twin stays after
	// relation 1, whose cue it shares.
	want := []string{"She / said / he left", "he / left / ", " / left / ", "they / agreed / "}
	if got := d.allRoles(); !slices.Equal(got, want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i, a := range d.atts {
		if a.Parent != None || a.Speaker != None {
			t.Errorf("attribution %d: parent %d, speaker %d, want None", i, a.Parent, a.Speaker)
		}
	}
}

func TestNestingPass(t *testing.T) {
	tests := []struct {
		name, text string
		parents    []int // Parent of every attribution, in text order
	}{
		{"the content that holds a cue is its parent",
			"{s1 The report} {c1 says} {t1 that {s2 the minister} {c2 told} {t2 aides the talks will resume}}.",
			[]int{None, 0}},
		{"the smallest content wins",
			"{s1 Smith} {c1 said} {t1 that {s2 Jones} {c2 wrote} {t2 that {s3 Lee} {c3 believed} {t3 it}}}.",
			[]int{None, 0, 1}},
		{"two contents that hold each other's cues: the later cue is the outer",
			"{t2 {s1 Smith} {c1 said} {t1 it was over and {s2 Jones} {c2 agreed}}}.",
			[]int{1, None}},
		{"a cue outside every content has no parent",
			"{s1 Smith} {c1 said} {t1 it was over}, and {s2 Jones} {c2 agreed} {t2 with him}.",
			[]int{None, None}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := fixture(t, tt.text)
			runPasses(t, d, "admit", "order", "nesting")
			var got []int
			for _, a := range d.atts {
				got = append(got, a.Parent)
			}
			if !slices.Equal(got, tt.parents) {
				t.Errorf("parents %v, want %v", got, tt.parents)
			}
		})
	}
}

// parentsByPairs is the definition of nesting, comparing every pair of
// attributions: the parent is the attribution with the smallest content
// range that holds the cue (of equal ones the first), unless that one has
// this one as its parent already.
func parentsByPairs(atts []Attribution) []int {
	parents := make([]int, len(atts))
	for i, a := range atts {
		c := a.Cue[0].Start
		best, size := None, 0
		for j, b := range atts {
			if j == i {
				continue
			}
			for _, r := range b.Content {
				if r.Start <= c && c < r.End && (best == None || r.Len() < size) {
					best, size = j, r.Len()
				}
			}
		}
		if best != None && best < i && parents[best] == i {
			best = None
		}
		parents[i] = best
	}
	return parents
}

// TestNestingMatchesPairs: the sweep finds the parents that comparing
// every pair finds, on random overlapping attributions.
func TestNestingMatchesPairs(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 2000 {
		n := 5 + rng.IntN(60)
		d := &doc{n: n}
		for range rng.IntN(12) {
			c := rng.IntN(n)
			a := Attribution{Cue: []segment.Range{{Start: c, End: c + 1}}}
			for range rng.IntN(3) {
				s := rng.IntN(n)
				a.Content = append(a.Content, segment.Range{Start: s, End: s + 1 + rng.IntN(n-s)})
			}
			d.atts = append(d.atts, a)
		}
		want := parentsByPairs(d.atts)
		d.nesting()
		for i, a := range d.atts {
			if a.Parent != want[i] {
				t.Fatalf("round %d: attribution %d: parent %d, want %d (%+v)", round, i, a.Parent, want[i], d.atts)
			}
		}
	}
}
