package resolve

import (
	"container/heap"
	"math"
	"sort"
)

// quoteTables are two lookups over the document's quotations, built once
// in O(n + q log q) so that no rule scans every quotation per token.
type quoteTables struct {
	// end[s] is where a clause from token s stops for the quotations
	// around it: the closing mark of a quotation s opens (after it), or
	// the closing mark of the nearest-closing one s lies inside (before
	// it). math.MaxInt32 when s is in none.
	end []int32
	// closedAt[c] is 1 + the index in Quotes of the first closed
	// quotation whose closing mark is token c, or 0.
	closedAt []int32
}

func (d *doc) quoteTables() quoteTables {
	qs := d.seg.Quotes
	if len(qs) == 0 {
		return quoteTables{} // nothing to look up: no token is in a quotation
	}
	t := quoteTables{end: make([]int32, d.n), closedAt: make([]int32, d.n)}
	for i := range t.end {
		t.end[i] = math.MaxInt32
	}
	for i, q := range qs {
		if q.Open < d.n {
			t.end[q.Open] = min(t.end[q.Open], int32(q.Close+1))
		}
		if !q.Unclosed && q.Close >= 0 && q.Close < d.n && t.closedAt[q.Close] == 0 {
			t.closedAt[q.Close] = int32(i + 1)
		}
	}
	// Sweep the tokens, the quotations opened before each in a heap by
	// closing mark; those closed before the token leave it.
	var open closeHeap
	next := 0
	for s := 0; s < d.n; s++ {
		for next < len(qs) && qs[next].Open < s {
			heap.Push(&open, qs[next].Close)
			next++
		}
		for open.Len() > 0 && open.IntSlice[0] < s {
			heap.Pop(&open)
		}
		if open.Len() > 0 {
			t.end[s] = min(t.end[s], int32(open.IntSlice[0]))
		}
	}
	return t
}

// closeHeap is a min-heap of closing marks.
type closeHeap struct{ sort.IntSlice }

func (h *closeHeap) Push(x any) { h.IntSlice = append(h.IntSlice, x.(int)) }
func (h *closeHeap) Pop() any {
	old := h.IntSlice
	x := old[len(old)-1]
	h.IntSlice = old[:len(old)-1]
	return x
}
