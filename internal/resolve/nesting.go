package resolve

import (
	"container/heap"
	"slices"
)

// nesting sets the parent of every attribution: the one with the
// smallest content range that holds its cue (of equal ones, the first
// attribution's first range).
//
// It sweeps the cues in text order past the content ranges sorted by
// start, keeping those already begun in a heap ordered by size, so it
// takes O((a + r) log r) time for a attributions and r content ranges,
// where comparing every pair took O(a·r).
func (d *doc) nesting() {
	type cueAt struct{ pos, att int }
	cues := make([]cueAt, len(d.atts))
	var ranges []contentRange
	for i, a := range d.atts {
		d.atts[i].Parent = None
		cues[i] = cueAt{a.Cue[0].Start, i}
		for k, r := range a.Content {
			ranges = append(ranges, contentRange{start: r.Start, end: r.End, att: i, piece: k})
		}
	}
	slices.SortFunc(cues, func(a, b cueAt) int { return a.pos - b.pos })
	slices.SortFunc(ranges, func(a, b contentRange) int { return a.start - b.start })
	parent := make([]int, len(d.atts))
	var open smallestFirst
	next := 0
	var own []contentRange // the attribution's own ranges, set aside
	for _, c := range cues {
		for next < len(ranges) && ranges[next].start <= c.pos {
			heap.Push(&open, ranges[next])
			next++
		}
		parent[c.att] = None
		own = own[:0]
		for open.Len() > 0 {
			top := open[0]
			switch {
			case top.end <= c.pos: // over before this cue, and every later one
				heap.Pop(&open)
				continue
			case top.att == c.att:
				own = append(own, heap.Pop(&open).(contentRange))
				continue
			}
			parent[c.att] = top.att
			break
		}
		for _, r := range own {
			heap.Push(&open, r)
		}
	}
	// In index order, as the comparison of every pair did: two
	// attributions can hold each other's cues when the extractor overlaps
	// them. The one whose cue comes first takes the other as its parent,
	// and the other has none rather than the first.
	for i := range d.atts {
		best := parent[i]
		if best != None && d.atts[best].Parent == i {
			best = None
		}
		d.atts[i].Parent = best
	}
}

// contentRange is one range of an attribution's content.
type contentRange struct {
	start, end int
	att, piece int // the attribution, and which of its content ranges
}

// smallestFirst is a heap of content ranges, the smallest on top; of
// equal size, the first attribution's first range.
type smallestFirst []contentRange

func (h smallestFirst) Len() int { return len(h) }
func (h smallestFirst) Less(i, j int) bool {
	a, b := h[i], h[j]
	if la, lb := a.end-a.start, b.end-b.start; la != lb {
		return la < lb
	}
	if a.att != b.att {
		return a.att < b.att
	}
	return a.piece < b.piece
}
func (h smallestFirst) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *smallestFirst) Push(x any)   { *h = append(*h, x.(contentRange)) }
func (h *smallestFirst) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
