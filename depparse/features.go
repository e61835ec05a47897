package depparse

// Move features are a subset of Zhang and Nivre's (2011, "Transition-based
// dependency parsing with rich non-local features"), chosen by ablation
// on PolNeAR dev for speed at no loss: words (w) and tags (p) of the top
// two stack tokens S0, S1 and the first three buffer tokens N0, N1, N2, of
// the head of S0 (S0h) and of the outermost children of S0 and N0 (S0l,
// S0r, N0l) with their labels, and the distance d from S0 to N0. Dropped:
// valencies, label sets, second children and grandparents, which did not
// help here. Added: whether S0 and N0 touch their neighbours (no space:
// the pieces of "U.S." or "1,000"), the tags beside them, and how many
// punctuation marks and verbs lie between them. Each feature is a hash of
// its template number and values.

// maxMoveFeats is the number of move features.
const maxMoveFeats = 47

// distBucket buckets the distance from S0 to N0.
func distBucket(d int32) uint64 {
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 7:
		return 5
	case d <= 12:
		return 6
	}
	return 7
}

// moveFeatures fills f with the features of the configuration for the
// choice of a move.
func (s *state) moveFeatures(f *[maxMoveFeats]uint64) int {
	nodes := s.nodes
	n := s.n
	s0, s1 := n, n
	if k := len(s.stack); k > 0 {
		s0 = s.stack[k-1]
		if k > 1 {
			s1 = s.stack[k-2]
		}
	}
	n0, n1, n2 := n, n, n
	if s.b < n {
		n0 = s.b
		if s.b+1 < n {
			n1 = s.b + 1
			if s.b+2 < n {
				n2 = s.b + 2
			}
		}
	}
	S0, N0, N1, N2, S1 := &nodes[s0], &nodes[n0], &nodes[n1], &nodes[n2], &nodes[s1]
	S0h := &nodes[S0.head]
	S0l, S0r, N0l := &nodes[S0.lc], &nodes[S0.rc], &nodes[N0.lc]
	var d uint64
	if s0 < n && n0 < n {
		d = distBucket(n0 - s0)
	}
	s0w, s0p, n0w, n0p := S0.word, S0.tag, N0.word, N0.tag
	s0n0p := s0p<<8 | n0p

	var pb, vb uint64
	if s0 < n {
		pb = uint64(min(N0.punct-nodes[s0+1].punct, 3)) + 1
		vb = uint64(min(N0.verbs-nodes[s0+1].verbs, 3)) + 1
	}
	n0prev := &nodes[n]
	if n0 > 0 {
		n0prev = &nodes[n0-1]
	}
	s0next := &nodes[min(s0+1, n)]

	// Words and tags of single tokens.
	f[0] = f1(0, 0)
	f[1] = f1(1, s0w)
	f[2] = f1(2, s0p)
	f[3] = f2(3, s0w, s0p)
	f[4] = f1(4, n0w)
	f[5] = f1(5, n0p)
	f[6] = f2(6, n0w, n0p)
	f[7] = f1(7, N1.word)
	f[8] = f1(8, N1.tag)
	f[9] = f2(9, N1.word, N1.tag)
	f[10] = f1(10, N2.word)
	f[11] = f1(11, N2.tag)
	// Pairs of S0 and N0.
	f[12] = f3(12, s0w, n0w, s0n0p)
	f[13] = f3(13, s0w, n0w, s0p)
	f[14] = f3(14, s0w, n0w, n0p)
	f[15] = f2(15, s0w, s0n0p)
	f[16] = f2(16, n0w, s0n0p)
	f[17] = f2(17, s0w, n0w)
	f[18] = f1(18, s0n0p)
	// Tag trigrams.
	f[19] = f1(19, n0p<<8|N1.tag)
	f[20] = f1(20, n0p<<16|N1.tag<<8|N2.tag)
	f[21] = f1(21, s0n0p<<8|N1.tag)
	f[22] = f1(22, S0h.tag<<16|s0n0p)
	f[23] = f1(23, S0l.tag<<16|s0n0p)
	f[24] = f1(24, S0r.tag<<16|s0n0p)
	f[25] = f1(25, N0l.tag<<16|s0n0p)
	// Distance.
	f[26] = f1(31, s0n0p<<8|d)
	// The head of S0 and the outermost children of S0 and N0.
	f[27] = f1(38, S0h.word)
	f[28] = f1(39, S0h.tag)
	f[29] = f1(40, uint64(S0l.label))
	f[30] = f1(41, S0l.word)
	f[31] = f1(42, S0l.tag)
	f[32] = f1(43, uint64(S0r.label))
	f[33] = f1(44, S0r.word)
	f[34] = f1(45, S0r.tag)
	f[35] = f1(46, uint64(N0l.label))
	f[36] = f1(47, N0l.word)
	f[37] = f1(48, N0l.tag)
	// S1.
	f[38] = f1(71, S1.tag)
	f[39] = f1(72, S1.word)
	f[40] = f1(73, S1.tag<<16|s0n0p)
	// Whether S0 and N0 touch their neighbours, and the tags beside them.
	f[41] = f1(74, s0n0p<<8|uint64(N0.glue)<<2|uint64(S0.glue))
	f[42] = f1(75, s0n0p<<16|d<<8|uint64(N0.glue))
	f[43] = f1(76, n0p<<16|n0prev.tag<<8|s0p)
	f[44] = f1(77, s0p<<16|s0next.tag<<8|n0p)
	// How many punctuation marks and verbs lie between S0 and N0.
	f[45] = f1(78, s0n0p<<8|pb)
	f[46] = f1(79, s0n0p<<8|vb)
	return 47
}

// maxLabelFeats is the number of label features.
const maxLabelFeats = 22

// Label features describe the dependent (d) and the head (h) of an arc,
// always with its direction: words, tags, their pairs, the distance, the
// labels of the children each has so far, the words of the dependent's
// outermost children ("that", "to"), the label of the head and the tags
// beside the dependent.

// labelFeatures describes the arc from h to d that a left (dir 0) or right
// (dir 1) move makes, for the choice of its label.
func (s *state) labelFeatures(f *[maxLabelFeats]uint64, h, d int32, dir uint64) int {
	nodes := s.nodes
	n := s.n
	D, H := &nodes[d], &nodes[h]
	prev, next := n, n
	if d > 0 {
		prev = d - 1
	}
	if d+1 < n {
		next = d + 1
	}
	dist := h - d
	if dist < 0 {
		dist = -dist
	}
	dw, dp, hw, hp := D.word, D.tag, H.word, H.tag
	dhp := dir<<16 | dp<<8 | hp
	f[0] = f1(100, dir)
	f[1] = f2(101, dir, dw)
	f[2] = f1(102, dir<<8|dp)
	f[3] = f2(103, dir<<8|dp, dw)
	f[4] = f2(104, dir, hw)
	f[5] = f1(105, dir<<8|hp)
	f[6] = f2(106, dir<<8|hp, hw)
	f[7] = f1(107, dhp)
	f[8] = f2(108, dir<<8|hp, dw)
	f[9] = f2(109, dir<<8|dp, hw)
	f[10] = f3(110, dir, dw, hw)
	f[11] = f1(111, dhp<<8|distBucket(dist))
	f[12] = f2(112, dir<<8|dp, uint64(D.lset))
	f[13] = f2(113, dir<<8|dp, uint64(D.rset))
	f[14] = f2(114, dir<<8|dp, nodes[D.lc].word)
	f[15] = f2(115, dir<<8|dp, nodes[D.rc].word)
	f[16] = f2(116, dir<<8|hp, uint64(H.lset|H.rset))
	f[17] = f1(117, dhp<<8|nodes[prev].tag)
	f[18] = f1(118, dhp<<8|nodes[next].tag)
	f[19] = f1(119, dhp<<8|uint64(H.label))
	f[20] = f2(120, dhp, uint64(D.lset))
	f[21] = f2(121, dir<<8|dp, nodes[prev].word)
	return 22
}
