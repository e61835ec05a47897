package evalset

import (
	"sort"

	"github.com/whosaid/whosaid/internal/segment"
)

// tokenSets maps byte spans to the sorted indices of the tokens lying
// fully inside them, under the scorer's tokenisation (internal/segment
// tokenises as ../shared/eval does).
type tokenSets struct{ toks []segment.Token }

func (ts tokenSets) of(spans [][2]int) []int {
	var out []int
	for _, sp := range spans {
		j := sort.Search(len(ts.toks), func(k int) bool { return ts.toks[k].Start >= sp[0] })
		for ; j < len(ts.toks) && ts.toks[j].Start < sp[1]; j++ {
			if ts.toks[j].End <= sp[1] {
				out = append(out, j)
			}
		}
	}
	sort.Ints(out)
	return dedupe(out)
}

func dedupe(s []int) []int {
	w := 0
	for i, v := range s {
		if i == 0 || v != s[w-1] {
			s[w] = v
			w++
		}
	}
	return s[:w]
}

func intersect(a, b []int) int {
	i, j, n := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

func f1(a, b []int) float64 {
	if len(a)+len(b) == 0 {
		return 1
	}
	return 2 * float64(intersect(a, b)) / float64(len(a)+len(b))
}

// roles are one attribution's token sets: source, cue, content.
type roles [3][]int

// match pairs predictions with gold attributions as the scorer's table
// (b) does: candidates have content F1 >= 0.5 and overlapping sources (or
// none on both sides); pairs are taken greedily by content F1, then
// source F1, then cue F1. It returns, per prediction, its gold index or -1.
func match(gold, pred []roles) []int {
	type pair struct {
		g, p       int
		cf, sf, uf float64
	}
	var pairs []pair
	for gi, g := range gold {
		for pi, p := range pred {
			inter := intersect(g[2], p[2])
			if inter == 0 || 4*inter < len(g[2])+len(p[2]) {
				continue
			}
			if !(len(g[0]) == 0 && len(p[0]) == 0) && intersect(g[0], p[0]) == 0 {
				continue
			}
			pairs = append(pairs, pair{gi, pi, f1(g[2], p[2]), f1(g[0], p[0]), f1(g[1], p[1])})
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool {
		a, b := pairs[i], pairs[j]
		switch {
		case a.cf != b.cf:
			return a.cf > b.cf
		case a.sf != b.sf:
			return a.sf > b.sf
		case a.uf != b.uf:
			return a.uf > b.uf
		case a.g != b.g:
			return a.g < b.g
		}
		return a.p < b.p
	})
	out := make([]int, len(pred))
	for i := range out {
		out[i] = -1
	}
	used := make([]bool, len(gold))
	for _, pr := range pairs {
		if used[pr.g] || out[pr.p] >= 0 {
			continue
		}
		used[pr.g] = true
		out[pr.p] = pr.g
	}
	return out
}
