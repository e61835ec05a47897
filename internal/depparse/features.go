package depparse

import "github.com/whosaid/whosaid/internal/feature"

// Move features are a subset of Zhang and Nivre's (2011, "Transition-based
// dependency parsing with rich non-local features"), chosen by ablation
// on PolNeAR dev for speed: the parser's cost is mostly one table probe
// per feature, so every template has to earn its place. They are words
// (w) and tags (p) of the top of the stack S0 and the first three buffer
// tokens N0, N1, N2, pairs of S0 and N0, tag trigrams, and the outermost
// left children of S0 and N0 (S0l, N0l) with their labels. Dropped when
// the parser was made twice as fast (UAS -0.6): S1, the head of S0, the
// rightmost child of S0, the distance from S0 to N0, the punctuation
// between them and most word pairs. Also: whether S0 and N0 touch their
// neighbours (no space: the pieces of "U.S." or "1,000"), the tags beside
// them, and how many verbs lie between them. Each feature is a hash of
// its template number and values.

// maxMoveFeats is the number of move features.
const maxMoveFeats = 29

// distBucket buckets the distance between two tokens.
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
	s0 := n
	if k := len(s.stack); k > 0 {
		s0 = s.stack[k-1]
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
	S0, N0, N1, N2 := &nodes[s0], &nodes[n0], &nodes[n1], &nodes[n2]
	S0h, S0l, S0r, N0l := &nodes[S0.head], &nodes[S0.lc], &nodes[S0.rc], &nodes[N0.lc]
	s0w, s0p, n0w, n0p := S0.word, S0.tag, N0.word, N0.tag
	s0n0p := s0p<<8 | n0p

	var vb uint64
	if s0 < n {
		vb = uint64(min(N0.verbs-nodes[s0+1].verbs, 3)) + 1
	}
	n0prev := &nodes[n]
	if n0 > 0 {
		n0prev = &nodes[n0-1]
	}
	s0next := &nodes[min(s0+1, n)]

	// Words and tags of single tokens.
	f[0] = biasFeature
	f[1] = feature.F1(2, s0p)
	f[2] = feature.F1(4, n0w)
	f[3] = feature.F1(5, n0p)
	f[4] = feature.F2(6, n0w, n0p)
	f[5] = feature.F1(7, N1.word)
	f[6] = feature.F1(8, N1.tag)
	f[7] = feature.F2(9, N1.word, N1.tag)
	f[8] = feature.F1(11, N2.tag)
	// Pairs of S0 and N0.
	f[9] = feature.F3(12, s0w, n0w, s0n0p)
	f[10] = feature.F2(15, s0w, s0n0p)
	f[11] = feature.F2(16, n0w, s0n0p)
	// Tag trigrams.
	f[12] = feature.F1(19, n0p<<8|N1.tag)
	f[13] = feature.F1(20, n0p<<16|N1.tag<<8|N2.tag)
	f[14] = feature.F1(21, s0n0p<<8|N1.tag)
	f[15] = feature.F1(23, S0l.tag<<16|s0n0p)
	f[16] = feature.F1(25, N0l.tag<<16|s0n0p)
	f[17] = feature.F1(22, S0h.tag<<16|s0n0p)
	f[18] = feature.F1(24, S0r.tag<<16|s0n0p)
	// The head of S0 and the outermost children of S0 and N0.
	f[19] = feature.F1(40, uint64(S0l.label))
	f[20] = feature.F1(41, S0l.word)
	f[21] = feature.F1(42, S0l.tag)
	f[22] = feature.F1(46, uint64(N0l.label))
	f[23] = feature.F1(47, N0l.word)
	f[24] = feature.F1(48, N0l.tag)
	// Whether S0 and N0 touch their neighbours, and the tags beside them.
	f[25] = feature.F1(74, s0n0p<<8|uint64(N0.glue)<<2|uint64(S0.glue))
	f[26] = feature.F1(76, n0p<<16|n0prev.tag<<8|s0p)
	f[27] = feature.F1(77, s0p<<16|s0next.tag<<8|n0p)
	// How many verbs lie between S0 and N0.
	f[28] = feature.F1(79, s0n0p<<8|vb)
	return maxMoveFeats
}

// maxLabelFeats is the number of label features.
const maxLabelFeats = 10

// Label features describe the dependent (d) and the head (h) of an arc,
// always with its direction: the words and tags of both, the distance, the
// labels of the dependent's left children and of the head's children so
// far, the word of the dependent's leftmost child ("that", "to") and the
// word before the dependent. Punctuation needs none (see fixedPunct).

// labelFeatures describes the arc from h to d that a left (dir 0) or right
// (dir 1) move makes, for the choice of its label.
func (s *state) labelFeatures(f *[maxLabelFeats]uint64, h, d int32, dir uint64) int {
	nodes := s.nodes
	n := s.n
	D, H := &nodes[d], &nodes[h]
	prev := n
	if d > 0 {
		prev = d - 1
	}
	dist := h - d
	if dist < 0 {
		dist = -dist
	}
	dw, dp, hp := D.word, D.tag, H.tag
	dhp := dir<<16 | dp<<8 | hp
	f[0] = feature.F1(100, dir)
	f[1] = feature.F2(101, dir, dw)
	f[2] = feature.F1(102, dir<<8|dp)
	f[3] = feature.F2(103, dir<<8|dp, dw)
	f[4] = feature.F1(105, dir<<8|hp)
	f[5] = feature.F1(111, dhp<<8|distBucket(dist))
	f[6] = feature.F2(112, dir<<8|dp, uint64(D.lset))
	f[7] = feature.F2(114, dir<<8|dp, nodes[D.lc].word)
	f[8] = feature.F2(116, dir<<8|hp, uint64(H.lset|H.rset))
	f[9] = feature.F2(121, dir<<8|dp, nodes[prev].word)
	return maxLabelFeats
}

// biasFeature is on in every state. It is 1 rather than F1(0, 0), which is
// 0, because the parser's first tables kept 0 for empty slots and stored
// it as 1; the shipped model holds it so.
const biasFeature = 1
