package main

import (
	"slices"
	"sync/atomic"
	"testing"
	"time"
)

// TestPool: results come back in the order of submission, all of them
// once flushed, with no more than n at work and 2n in flight.
func TestPool(t *testing.T) {
	for _, n := range []int{1, 2, 4} {
		p := newPool[int](n)
		var working, most atomic.Int64
		var got []int
		deliver := func(r int) { got = append(got, r) }
		for i := range 50 {
			p.submit(func() int {
				w := working.Add(1)
				for m := most.Load(); w > m && !most.CompareAndSwap(m, w); m = most.Load() {
				}
				time.Sleep(time.Duration(50-i) * 20 * time.Microsecond) // later ones finish first
				working.Add(-1)
				return i
			}, deliver)
			if len(p.pending) > 2*n {
				t.Fatalf("n=%d: %d in flight", n, len(p.pending))
			}
		}
		p.flush(0, deliver)
		want := make([]int, 50)
		for i := range want {
			want[i] = i
		}
		if !slices.Equal(got, want) {
			t.Errorf("n=%d: delivered %v", n, got)
		}
		if most.Load() > int64(n) || n > 1 && most.Load() < 2 {
			t.Errorf("n=%d: %d at work at once", n, most.Load())
		}
	}
}
