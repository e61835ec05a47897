package depparse

import (
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/feature"

	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// The transition system is arc-eager (Nivre 2003) without an artificial
// root token. It is constrained so that every sequence of legal moves ends
// in a single projective tree: shifting the last token is legal only when
// no token on the stack lacks a head, and attaching it as a right
// dependent only when exactly one does; the one token left without a head
// when the buffer is empty is the root. Every token is pushed once and
// popped at most once, so a sentence of n tokens takes at most 2n moves.

// Moves.
const (
	shift  = iota // push the front of the buffer
	reduce        // pop the top of the stack, which has a head
	left          // the front of the buffer becomes the head of the top of the stack, popped
	right         // the top of the stack becomes the head of the front of the buffer, pushed
	numMoves
)

// node is what the parser knows of a token. Indices refer to tokens of the
// sentence; the index n (one past the last token) is a sentinel that
// stands for "none", so that features need no branches.
type node struct {
	word       uint64 // hashLower of the form
	tag        uint64 // the tag id
	head       int32  // n if none yet
	lc, rc     int32  // leftmost and rightmost children
	label      uint8  // of the arc to the head
	glue       uint8  // touches the token before (1), after (2)
	punct      bool   // labelled Punct whatever its head (see fixedPunct)
	verbs      int32  // verbs before this one in the sentence
	lset, rset uint32 // the labels of the left and right children, as bits
}

// Sentinel values.
const (
	noneWord  = 0x5eed5eed5eed
	noneTag   = 255
	noneLabel = 63
)

// state is a parser configuration.
type state struct {
	n        int32
	nodes    []node  // n+1, the last the sentinel
	stack    []int32 // token indices, the top last
	b        int32   // the front of the buffer, n when it is empty
	headless int32   // tokens on the stack without a head
}

// reset prepares s for a sentence of n tokens; the caller then fills in
// each token's word and tag.
func (s *state) reset(n int) {
	s.n = int32(n)
	if cap(s.nodes) < n+1 {
		s.nodes = make([]node, n+1, n+1+n/2)
	}
	s.nodes = s.nodes[:n+1]
	nn := int32(n)
	empty := node{head: nn, lc: nn, rc: nn, label: noneLabel}
	for i := range s.nodes {
		s.nodes[i] = empty
	}
	s.nodes[n].word, s.nodes[n].tag = noneWord, noneTag
	s.stack = s.stack[:0]
	s.b = 0
	s.headless = 0
}

// fill describes the tokens of the sentence, byte ranges of src with
// tags; a tag missing from tags counts as 0.
func (s *state) fill(src string, toks []segment.Token, tags []uint8) {
	var verbs int32
	for i, t := range toks {
		nd := &s.nodes[i]
		nd.verbs = verbs
		if 0 <= t.Start && t.Start <= t.End && t.End <= len(src) {
			nd.word = feature.HashLower(src[t.Start:t.End])
			if touches(src, t.Start, false) {
				nd.glue |= 1
			}
			if touches(src, t.End, true) {
				nd.glue |= 2
			}
		}
		if i < len(tags) {
			nd.tag = uint64(tags[i])
			if postag.IsVerb(tags[i]) {
				verbs++
			}
		}
		nd.punct = fixedPunct(uint8(nd.tag), nd.glue)
	}
	s.nodes[len(toks)].verbs = verbs
}

// fixedPunct reports whether a token of tag and glue is labelled Punct
// with no need to ask the label model: commas, periods, brackets and
// opening quotes always are on PolNeAR dev (99.8% or more), and closing
// quotes and colons (dashes, ...) when they do not touch the token
// before; touching, they are often pieces of a word ("well-known").
func fixedPunct(tag, glue uint8) bool {
	switch tag {
	case postag.Comma, postag.Period, postag.LRB, postag.RRB, postag.OpenQuote:
		return true
	case postag.CloseQuote, postag.Colon:
		return glue&1 == 0
	}
	return false
}

// touches reports whether the rune before (after, if after) byte i of src
// is not white space.
func touches(src string, i int, after bool) bool {
	var r rune
	if after {
		if i >= len(src) {
			return false
		}
		if r = rune(src[i]); r >= utf8.RuneSelf {
			r, _ = utf8.DecodeRuneInString(src[i:])
		}
	} else {
		if i <= 0 {
			return false
		}
		if r = rune(src[i-1]); r >= utf8.RuneSelf {
			r, _ = utf8.DecodeLastRuneInString(src[:i])
		}
	}
	if r < utf8.RuneSelf {
		return r != ' ' && r != '\n' && r != '\t' && r != '\r' && r != '\f' && r != '\v'
	}
	return !unicode.IsSpace(r)
}

// done reports whether the buffer is empty.
func (s *state) done() bool { return s.b >= s.n }

// legal returns the legal moves as bits; it is never empty before done.
func (s *state) legal() uint8 {
	var m uint8
	last := s.b == s.n-1
	if !last || s.headless == 0 {
		m |= 1 << shift
	}
	if len(s.stack) > 0 {
		if s.nodes[s.stack[len(s.stack)-1]].head == s.n {
			m |= 1 << left
		} else {
			m |= 1 << reduce
		}
		if !last || s.headless == 1 {
			m |= 1 << right
		}
	}
	return m
}

// apply makes a legal move; label is that of the arc left and right make.
func (s *state) apply(move int, label uint8) {
	switch move {
	case shift:
		s.stack = append(s.stack, s.b)
		s.b++
		s.headless++
	case reduce:
		s.stack = s.stack[:len(s.stack)-1]
	case left:
		top := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.attach(s.b, top, label)
		s.headless--
	case right:
		s.attach(s.stack[len(s.stack)-1], s.b, label)
		s.stack = append(s.stack, s.b)
		s.b++
	}
}

// attach makes h the head of d.
func (s *state) attach(h, d int32, label uint8) {
	nd, nh := &s.nodes[d], &s.nodes[h]
	nd.head, nd.label = h, label
	if d < h {
		// Left children arrive from the nearest to the farthest.
		nh.lc = d
		nh.lset |= 1 << (label & 31)
	} else {
		nh.rc = d
		nh.rset |= 1 << (label & 31)
	}
}

// root is the token left without a head once the buffer is empty.
func (s *state) root() int32 {
	for _, k := range s.stack {
		if s.nodes[k].head == s.n {
			return k
		}
	}
	return -1
}
