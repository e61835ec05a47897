package resolve

import "github.com/whosaid/whosaid/internal/segment"

// inside reports whether token i lies in one of rs.
func inside(i int, rs []segment.Range) bool {
	for _, r := range rs {
		if r.Start <= i && i < r.End {
			return true
		}
	}
	return false
}

// hull is the smallest range covering rs.
func hull(rs []segment.Range) segment.Range {
	if len(rs) == 0 {
		return segment.Range{}
	}
	h := rs[0]
	for _, r := range rs[1:] {
		h.Start = min(h.Start, r.Start)
		h.End = max(h.End, r.End)
	}
	return h
}

func count(rs []segment.Range) int {
	n := 0
	for _, r := range rs {
		n += r.Len()
	}
	return n
}

func contentF1(a, b []segment.Range) float64 {
	common := 0
	for _, x := range a {
		for _, y := range b {
			if s, e := max(x.Start, y.Start), min(x.End, y.End); s < e {
				common += e - s
			}
		}
	}
	if n := count(a) + count(b); n > 0 {
		return 2 * float64(common) / float64(n)
	}
	return 0
}

func overlaps(a, b []segment.Range) bool {
	if len(a) == 0 && len(b) == 0 {
		return true
	}
	for _, x := range a {
		for _, y := range b {
			if max(x.Start, y.Start) < min(x.End, y.End) {
				return true
			}
		}
	}
	return false
}
