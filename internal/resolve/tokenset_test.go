package resolve

import (
	"math/rand/v2"
	"testing"
)

// TestTokenSetMatchesScan: before and after find what a scan finds.
func TestTokenSetMatchesScan(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	for round := range 300 {
		n := 1 + rng.IntN(100)
		set := newTokenSet(n)
		in := make([]bool, n)
		for range rng.IntN(2 * n) {
			k := rng.IntN(n)
			set.add(k)
			in[k] = true
			q := rng.IntN(n)
			wantBefore, wantAfter := -1, -1
			for i := q - 1; i >= 0 && wantBefore < 0; i-- {
				if in[i] {
					wantBefore = i
				}
			}
			for i := q + 1; i < n && wantAfter < 0; i++ {
				if in[i] {
					wantAfter = i
				}
			}
			if got := set.before(q); got != wantBefore {
				t.Fatalf("round %d: before %d = %d, want %d", round, q, got, wantBefore)
			}
			if got := set.after(q); got != wantAfter {
				t.Fatalf("round %d: after %d = %d, want %d", round, q, got, wantAfter)
			}
		}
	}
}
