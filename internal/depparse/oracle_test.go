package depparse

// oracleParse follows the cheapest legal move (the first if tied) from the
// start and returns the tree it builds.
func oracleParse(s *Sentence) []int32 {
	g := newGold(s)
	var t trainer
	st := &t.st
	n := len(s.Tokens)
	st.reset(n)
	t.onStack = make([]bool, n)
	for !st.done() {
		legals := st.legal()
		best, bestCost := -1, 0
		for m := range numMoves {
			if legals&(1<<m) != 0 {
				if c := t.cost(&g, m); best < 0 || c < bestCost {
					best, bestCost = m, c
				}
			}
		}
		switch best {
		case shift, right:
			t.onStack[st.b] = true
		case reduce, left:
			t.onStack[st.stack[len(st.stack)-1]] = false
		}
		var label uint8
		if best == left || best == right {
			_, d, _ := st.arc(best)
			label = s.Labels[d]
		}
		st.apply(best, label)
	}
	heads := make([]int32, n)
	for i := range heads {
		heads[i] = st.nodes[i].head
		if heads[i] == st.n {
			heads[i] = -1
		}
	}
	return heads
}
