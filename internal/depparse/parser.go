// Package depparse is a fast greedy dependency parser for the tokens of
// package segment, whose trees serve the extractor as features: the
// subject (Nsubj) of a reporting verb is a source, its clausal complement
// (Ccomp) the content.
//
// The parser makes arc-eager moves (see state.go), each the best legal one
// by an averaged perceptron over hashed features after Zhang and Nivre
// (features.go); a second perceptron labels each arc with one of the
// NumLabels labels of labels.go, a reduced form of the Universal
// Dependencies v1 labels. It learns from CoreNLP's basic dependencies
// projected onto our tokens (ReadCoNLLU) with Goldberg and Nivre's dynamic
// oracle and error exploration (Train). It takes linear time, and every
// sentence it parses gets a projective tree with exactly one root,
// whatever the text and the tags.
//
// The recipe for the shipped model (TestFullModel): all of PolNeAR train,
// tags jackknifed with postag (JackknifeTags(sents, 5, 5, 1)), Train with
// DefaultEpochs and seed 1. On dev, with the tags of a tagger trained on
// all of train, against CoreNLP's trees projected onto our tokens, it
// gets UAS 83.3% and LAS 80.8% (85.2% and 82.3% without punctuation); the
// model is 3.8 MB and parses about 2,000,000 tokens a second on one core.
package depparse

import (
	"math/bits"
	"slices"
	"sync"

	"github.com/whosaid/whosaid/internal/model"
	"github.com/whosaid/whosaid/internal/segment"
)

// Parser assigns dependency trees. It is read-only once built and safe for
// concurrent use.
type Parser struct {
	moves  *model.Weights // numMoves classes
	labels *model.Weights // NumLabels classes
}

// scratch is the per-call working memory of Parse.
type scratch struct {
	st state
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// Parse parses each sentence of seg and returns, for every token, the
// index in seg.Tokens of its head (-1 for the root of a sentence) and the
// label of that arc, reusing the storage of heads and labels. tags holds
// a postag tag id per token (a missing one counts as tag 0). Tokens that
// no sentence of seg covers are parsed as sentences of their own, so
// every token gets a head or is a root, and every sentence is one tree.
func (p *Parser) Parse(seg *segment.Text, tags []uint8, heads []int32, labels []uint8) ([]int32, []uint8) {
	if seg == nil {
		return heads[:0], labels[:0]
	}
	n := len(seg.Tokens)
	heads = slices.Grow(heads[:0], n)[:n]
	labels = slices.Grow(labels[:0], n)[:n]
	sc := scratchPool.Get().(*scratch)
	pos := 0
	run := func(a, b int) {
		p.parseRange(sc, seg.Src, seg.Tokens, tags, a, b, heads, labels)
	}
	for _, r := range seg.Sentences {
		if r.Start < pos || r.End > n || r.Start >= r.End {
			continue
		}
		if r.Start > pos {
			run(pos, r.Start)
		}
		run(r.Start, r.End)
		pos = r.End
	}
	if pos < n {
		run(pos, n)
	}
	scratchPool.Put(sc)
	return heads, labels
}

// parseRange parses tokens [a, b) as one sentence into heads and labels,
// with global indices.
func (p *Parser) parseRange(sc *scratch, src string, toks []segment.Token, tags []uint8, a, b int, heads []int32, labels []uint8) {
	st := &sc.st
	st.reset(b - a)
	if len(tags) > b {
		tags = tags[:b]
	}
	if len(tags) > a {
		tags = tags[a:]
	} else {
		tags = nil
	}
	st.fill(src, toks[a:b], tags)
	p.run(st)
	for i := a; i < b; i++ {
		nd := &st.nodes[i-a]
		if nd.head == st.n {
			heads[i] = -1
		} else {
			heads[i] = nd.head + int32(a)
		}
		labels[i] = nd.label
	}
}

// ParseSentence parses toks, byte ranges of src, as one sentence with tags
// (one per token) and returns the head of each token as an index in toks
// (-1 for the root) and its label, reusing the storage of heads and labels.
func (p *Parser) ParseSentence(src string, toks []segment.Token, tags []uint8, heads []int32, labels []uint8) ([]int32, []uint8) {
	n := len(toks)
	heads = slices.Grow(heads[:0], n)[:n]
	labels = slices.Grow(labels[:0], n)[:n]
	sc := scratchPool.Get().(*scratch)
	p.parseRange(sc, src, toks, tags, 0, n, heads, labels)
	scratchPool.Put(sc)
	return heads, labels
}

// run makes the best legal move until the buffer is empty, then marks the
// root.
func (p *Parser) run(st *state) {
	var (
		mf     [maxMoveFeats]uint64
		lf     [maxLabelFeats]uint64
		ms     [numMoves]float32
		ls     [NumLabels]float32
		legals uint8
	)
	for !st.done() {
		legals = st.legal()
		move := bits.TrailingZeros8(legals)
		if legals&(legals-1) != 0 {
			nf := st.moveFeatures(&mf)
			p.moves.Score(mf[:nf], ms[:])
			move = bestMove(&ms, legals)
		}
		var label uint8
		if move == left || move == right {
			h, d, dir := st.arc(move)
			if label = Punct; !st.nodes[d].punct {
				nf := st.labelFeatures(&lf, h, d, dir)
				p.labels.Score(lf[:nf], ls[:])
				label = bestLabel(&ls)
			}
		}
		st.apply(move, label)
	}
	if r := st.root(); r >= 0 {
		st.nodes[r].label = Root
	}
}

// arc is the head and dependent of the arc a left or right move would
// make, and its direction (0 for a head to the right).
func (s *state) arc(move int) (h, d int32, dir uint64) {
	top := s.stack[len(s.stack)-1]
	if move == left {
		return s.b, top, 0
	}
	return top, s.b, 1
}

// bestMove is the legal move of highest score, the first if tied.
func bestMove(scores *[numMoves]float32, legals uint8) int {
	best := -1
	for m := range numMoves {
		if legals&(1<<m) != 0 && (best < 0 || scores[m] > scores[best]) {
			best = m
		}
	}
	return best
}

// bestLabel is the label of highest score but Root, which only the root
// gets.
func bestLabel(scores *[NumLabels]float32) uint8 {
	best := Dep
	for l := range NumLabels {
		if uint8(l) != Root && scores[l] > scores[best] {
			best = uint8(l)
		}
	}
	return best
}

// Size is the number of weighted features of the move and label models.
func (p *Parser) Size() (moves, labels int) { return p.moves.Len(), p.labels.Len() }
