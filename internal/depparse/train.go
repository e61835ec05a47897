package depparse

import (
	"fmt"
	"io"
	"math/bits"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/whosaid/whosaid/internal/model"
)

// trainOptions tune training; Train uses defaultOptions.
type trainOptions struct {
	epochs int
	seed   uint64
	// From epoch exploreFrom (counting from 0) on, a wrong move is followed
	// with probability explore (Goldberg and Nivre's error exploration).
	exploreFrom int
	explore     float64
	// Pruning, as model.Trainer.Average, then at most maxMove and maxLabel
	// features are kept, those of the largest weights.
	minUpdates        int
	minWeight         float32
	maxMove, maxLabel int
	log               io.Writer // one line per epoch; nil for none
}

func defaultOptions(epochs int, seed uint64) trainOptions {
	return trainOptions{epochs: epochs, seed: seed, exploreFrom: 1, explore: 0.9,
		minUpdates: 2, maxMove: 120000, maxLabel: 35000}
}

// DefaultEpochs is a good number of passes over PolNeAR train: more do
// not help.
const DefaultEpochs = 5

// Train learns a parser from the projective trees of sents in epochs
// passes, shuffled by seed. It skips the sentences that are not projective
// (see Projective: about 0.6% of PolNeAR train) or not a tree with a tag
// and a label per token. It learns
// from Tags as given: silver tags, or better, tags predicted the way the
// parser will see them (see JackknifeTags). The same sentences, epochs and
// seed give the same parser, bit for bit.
func Train(sents []Sentence, epochs int, seed uint64) *Parser {
	return train(sents, defaultOptions(epochs, seed))
}

// goldSent is a training sentence with its gold children, in CSR form.
type goldSent struct {
	s        *Sentence
	kidStart []int32 // the children of i are kids[kidStart[i]:kidStart[i+1]]
	kids     []int32 // ascending for each head
}

func newGold(s *Sentence) goldSent {
	n := len(s.Heads)
	g := goldSent{s: s, kidStart: make([]int32, n+1), kids: make([]int32, 0, n)}
	for _, h := range s.Heads {
		if h >= 0 {
			g.kidStart[h+1]++
		}
	}
	for i := range n {
		g.kidStart[i+1] += g.kidStart[i]
	}
	g.kids = g.kids[:g.kidStart[n]]
	fill := slices.Clone(g.kidStart[:n])
	for d, h := range s.Heads {
		if h >= 0 {
			g.kids[fill[h]] = int32(d)
			fill[h]++
		}
	}
	return g
}

// usable reports whether a sentence can be learnt from: a projective tree
// with a tag and a label per token.
func usable(s *Sentence) bool {
	n := len(s.Tokens)
	if n == 0 || len(s.Tags) != n || len(s.Heads) != n || len(s.Labels) != n || !IsTree(s.Heads) || !Projective(s.Heads) {
		return false
	}
	for _, l := range s.Labels {
		if int(l) >= NumLabels {
			return false
		}
	}
	return true
}

func train(sents []Sentence, opt trainOptions) *Parser {
	dm, dl := trainDense(sents, opt)
	return finish(dm, dl, opt)
}

// finish prunes and quantises averaged weights.
func finish(dm, dl *model.Dense, opt trainOptions) *Parser {
	dm.Keep(opt.maxMove)
	dl.Keep(opt.maxLabel)
	return &Parser{moves: dm.Quantize(), labels: dl.Quantize()}
}

// trainDense learns the averaged move and label weights.
func trainDense(sents []Sentence, opt trainOptions) (moves, labels *model.Dense) {
	var golds []goldSent
	for k := range sents {
		if usable(&sents[k]) {
			golds = append(golds, newGold(&sents[k]))
		}
	}
	if opt.log != nil {
		fmt.Fprintf(opt.log, "%d of %d sentences are projective trees\n", len(golds), len(sents))
	}
	rng := rand.New(rand.NewPCG(opt.seed, 0xde9a55e))
	tm := model.NewTrainer(numMoves)
	tl := model.NewTrainer(NumLabels)
	order := make([]int, len(golds))
	for i := range order {
		order[i] = i
	}
	var tr trainer
	tr.moves, tr.labels, tr.rng = tm, tl, rng
	for epoch := range opt.epochs {
		begin := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		tr.explore = 0
		if epoch >= opt.exploreFrom {
			tr.explore = opt.explore
		}
		tr.moveWrong, tr.moveTotal, tr.labelWrong, tr.labelTotal = 0, 0, 0, 0
		for _, k := range order {
			tr.sentence(&golds[k])
		}
		if opt.log != nil {
			fmt.Fprintf(opt.log, "epoch %d: moves %.2f%% right of %d, labels %.2f%% of %d, %v\n", epoch+1,
				100*float64(tr.moveTotal-tr.moveWrong)/float64(max(tr.moveTotal, 1)), tr.moveTotal,
				100*float64(tr.labelTotal-tr.labelWrong)/float64(max(tr.labelTotal, 1)), tr.labelTotal,
				time.Since(begin).Round(time.Millisecond))
		}
	}
	return tm.Average(opt.minUpdates, opt.minWeight), tl.Average(opt.minUpdates, opt.minWeight)
}

// trainer holds the models being learnt and the working memory of one
// sentence.
type trainer struct {
	moves, labels *model.Trainer
	rng           *rand.Rand
	explore       float64
	st            state
	onStack       []bool

	moveWrong, moveTotal, labelWrong, labelTotal int
}

// sentence learns from one sentence with a dynamic oracle: a move is wrong
// if it loses gold arcs that the best legal move would keep.
func (t *trainer) sentence(g *goldSent) {
	s := g.s
	st := &t.st
	n := len(s.Tokens)
	st.reset(n)
	st.fill(s.Src, s.Tokens, s.Tags)
	t.onStack = slices.Grow(t.onStack[:0], n)[:n]
	clear(t.onStack)
	var (
		mf    [maxMoveFeats]uint64
		lf    [maxLabelFeats]uint64
		ms    [numMoves]float32
		ls    [NumLabels]float32
		costs [numMoves]int
	)
	for !st.done() {
		legals := st.legal()
		move := bits.TrailingZeros8(legals)
		if legals&(legals-1) != 0 {
			nf := st.moveFeatures(&mf)
			t.moves.Score(mf[:nf], ms[:])
			pred := bestMove(&ms, legals)
			minCost := int(^uint(0) >> 1)
			for m := range numMoves {
				if legals&(1<<m) != 0 {
					costs[m] = t.cost(g, m)
					minCost = min(minCost, costs[m])
				}
			}
			move = pred
			if costs[pred] > minCost {
				best := -1
				for m := range numMoves {
					if legals&(1<<m) != 0 && costs[m] == minCost && (best < 0 || ms[m] > ms[best]) {
						best = m
					}
				}
				t.moves.Update(mf[:nf], best, 1)
				t.moves.Update(mf[:nf], pred, -1)
				t.moveWrong++
				if t.explore == 0 || t.rng.Float64() >= t.explore {
					move = best
				}
			}
			t.moveTotal++
			t.moves.Tick()
		}
		var label uint8
		if move == left || move == right {
			h, d, dir := st.arc(move)
			if label = Punct; !st.nodes[d].punct {
				nf := st.labelFeatures(&lf, h, d, dir)
				t.labels.Score(lf[:nf], ls[:])
				label = bestLabel(&ls)
				if s.Heads[d] == h {
					if gl := s.Labels[d]; label != gl {
						t.labels.Update(lf[:nf], int(gl), 1)
						t.labels.Update(lf[:nf], int(label), -1)
						t.labelWrong++
					}
					t.labelTotal++
					t.labels.Tick()
				}
			}
		}
		switch move {
		case shift, right:
			t.onStack[st.b] = true
		case reduce, left:
			t.onStack[st.stack[len(st.stack)-1]] = false
		}
		st.apply(move, label)
	}
}

// cost is how many gold arcs, reachable before a legal move, the move
// makes unreachable (Goldberg and Nivre 2012, with the root as if it were
// a token after the last, always in the buffer).
func (t *trainer) cost(g *goldSent, move int) int {
	st := &t.st
	heads := g.s.Heads
	b := st.b
	var s0 int32 = -1
	if len(st.stack) > 0 {
		s0 = st.stack[len(st.stack)-1]
	}
	// kidsInBuffer counts the gold children of x still in the buffer.
	kidsInBuffer := func(x int32) int {
		c := 0
		for _, k := range g.kids[g.kidStart[x]:g.kidStart[x+1]] {
			if k >= b {
				c++
			}
		}
		return c
	}
	// headlessKidsOnStack counts the gold children of x on the stack
	// without a head.
	headlessKidsOnStack := func(x int32) int {
		c := 0
		for _, k := range g.kids[g.kidStart[x]:g.kidStart[x+1]] {
			if k < b && t.onStack[k] && st.nodes[k].head == st.n {
				c++
			}
		}
		return c
	}
	switch move {
	case shift:
		c := headlessKidsOnStack(b)
		if h := heads[b]; h >= 0 && h < b && t.onStack[h] {
			c++
		}
		return c
	case reduce:
		return kidsInBuffer(s0)
	case left:
		c := kidsInBuffer(s0)
		if h := heads[s0]; h != b && (h < 0 || h >= b) {
			c++
		}
		return c
	case right:
		c := headlessKidsOnStack(b)
		if h := heads[b]; h != s0 && (h < 0 || h > b || t.onStack[h]) {
			c++
		}
		return c
	}
	return 0
}
