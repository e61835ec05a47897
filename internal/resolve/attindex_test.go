package resolve

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/whosaid/whosaid/internal/segment"
)

func randomRange(rng *rand.Rand, n int) segment.Range {
	s := rng.IntN(n)
	return segment.Range{Start: s, End: s + 1 + rng.IntN(min(n-s, 12))}
}

func randomAttribution(rng *rand.Rand, n int) Attribution {
	a := Attribution{Cue: []segment.Range{randomRange(rng, n)}}
	for range rng.IntN(2) {
		a.Source = append(a.Source, randomRange(rng, n))
	}
	for range 1 + rng.IntN(2) {
		a.Content = append(a.Content, randomRange(rng, n))
	}
	a.Recovered = rng.IntN(4) == 0
	return a
}

// TestAttIndexMatchesScan: the index answers as a scan of every
// attribution does, removed ones left out, on random attributions.
func TestAttIndexMatchesScan(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for round := range 300 {
		seg := segment.Segment(randomText(rng, 20+rng.IntN(80)))
		if len(seg.Tokens) < 2 {
			continue
		}
		d := newDoc(Input{Seg: seg})
		for range rng.IntN(10) {
			d.atts = append(d.atts, randomAttribution(rng, d.n))
		}
		x := d.indexAttributions()
		live := func() []int {
			var ids []int
			for i := range d.atts {
				if !x.removed[i] {
					ids = append(ids, i)
				}
			}
			return ids
		}
		for step := range 20 {
			a := randomAttribution(rng, d.n)
			wantDup := false
			for _, j := range live() {
				b := d.atts[j]
				wantDup = wantDup || contentF1(a.Content, b.Content) >= 0.5 && overlaps(a.Source, b.Source)
			}
			if got := x.duplicate(&a); got != wantDup {
				t.Fatalf("round %d step %d: duplicate %v, want %v", round, step, got, wantDup)
			}
			tok := rng.IntN(d.n)
			wantNested := false
			for _, j := range live() {
				wantNested = wantNested || inside(tok, d.atts[j].Content)
			}
			if got := x.nestedCue(tok); got != wantNested {
				t.Fatalf("round %d step %d: nested %v, want %v", round, step, got, wantNested)
			}
			wantGone := -1
			for _, j := range live() {
				b := d.atts[j]
				if len(b.Source) == 0 && !b.Recovered && contentF1(a.Content, b.Content) >= 0.5 {
					wantGone = j
					break
				}
			}
			before := slices.Clone(x.removed)
			if got := x.replaceSourceless(&a); got != (wantGone >= 0) {
				t.Fatalf("round %d step %d: replaced %v, want %d", round, step, got, wantGone)
			}
			for j := range before {
				if x.removed[j] != (before[j] || j == wantGone) {
					t.Fatalf("round %d step %d: removed %d, want %d", round, step, j, wantGone)
				}
			}
			if rng.IntN(3) == 0 {
				x.addRecovered(a)
			}
		}
		want := live()
		kept := make([]Attribution, 0, len(want))
		for _, j := range want {
			kept = append(kept, d.atts[j])
		}
		x.compact()
		if fmt.Sprint(d.atts) != fmt.Sprint(kept) {
			t.Fatalf("round %d: after compact %v, want %v", round, d.atts, kept)
		}
	}
}
