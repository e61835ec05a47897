package resolve

// tokenSet is a set of token positions that finds the nearest member
// before or after a token in O(log n): a Fenwick tree of how many members
// each prefix of the text holds.
type tokenSet struct {
	tree []int32 // 1-based Fenwick tree
	in   []bool
}

func newTokenSet(n int) tokenSet {
	return tokenSet{tree: make([]int32, n+1), in: make([]bool, n)}
}

// add puts token k in the set.
func (t *tokenSet) add(k int) {
	if t.in[k] {
		return
	}
	t.in[k] = true
	for i := k + 1; i < len(t.tree); i += i & -i {
		t.tree[i]++
	}
}

// countBefore is the number of members before token k.
func (t *tokenSet) countBefore(k int) int {
	c := int32(0)
	for i := k; i > 0; i -= i & -i {
		c += t.tree[i]
	}
	return int(c)
}

// nth is the token of the nth member (1-based) in text order, or -1.
func (t *tokenSet) nth(nth int) int {
	n := len(t.tree) - 1
	if nth <= 0 || nth > t.countBefore(n) {
		return -1
	}
	at, left := 0, int32(nth)
	for step := highBit(n); step > 0; step >>= 1 {
		if next := at + step; next <= n && t.tree[next] < left {
			at = next
			left -= t.tree[next]
		}
	}
	return at // the 1-based position at+1 is token at
}

// before is the last member before token k, or -1.
func (t *tokenSet) before(k int) int { return t.nth(t.countBefore(k)) }

// after is the first member after token k, or -1.
func (t *tokenSet) after(k int) int { return t.nth(t.countBefore(k+1) + 1) }

// highBit is the highest power of two not above n, or 0 when n < 1.
func highBit(n int) int {
	if n < 1 {
		return 0
	}
	b := 1
	for b*2 <= n {
		b *= 2
	}
	return b
}
