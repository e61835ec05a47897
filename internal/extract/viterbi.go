package extract

import (
	"math"

	"github.com/whosaid/whosaid/internal/feature"
)

// scorer is what decoding needs of a model: the trained Weights at run
// time, the Trainer's current weights while learning.
type scorer interface {
	Score(feats []uint64, scores []float32)
}

// seq is a sequence of positions, each with its features, flattened.
type seq struct {
	feats []uint64
	off   []int32 // feats of position t are feats[off[t]:off[t+1]]
}

func (s *seq) reset()   { s.feats, s.off = s.feats[:0], append(s.off[:0], 0) }
func (s *seq) len() int { return len(s.off) - 1 }
func (s *seq) at(t int) []uint64 {
	return s.feats[s.off[t]:s.off[t+1]]
}
func (s *seq) add(f uint64) { s.feats = append(s.feats, f) }
func (s *seq) next()        { s.off = append(s.off, int32(len(s.feats))) }

// transFeature is the feature that scores label cur after label prev;
// prev == labels stands for the start of the sequence.
func transFeature(prev int) []uint64 { return transFeatures[prev][:] }

// transFeatures holds the transition features, one slice each, so that
// scoring them allocates nothing; prev runs up to the largest label count.
var transFeatures = func() (t [roleLabels + 1][1]uint64) {
	for p := range t {
		t[p][0] = feature.F1(0x7a, uint64(p))
	}
	return t
}()

// decoder runs first-order Viterbi over a seq. allowed(t, prev, cur)
// carries hard constraints (BIO well-formedness, forced labels).
type decoder struct {
	labels int
	// base, when not nil, holds scores to add to the emissions of the
	// next decode (t*labels + l), computed by the caller.
	base  []float32
	em    []float32 // t*labels + l
	trans []float32 // (prev)*labels + cur, prev in 0..labels
	score []float32
	back  []int32
	tmp   []float32
}

func newDecoder(labels int) *decoder {
	return &decoder{labels: labels, trans: make([]float32, (labels+1)*labels), tmp: make([]float32, labels)}
}

// decode returns the best label sequence into out.
func (d *decoder) decode(m scorer, s *seq, allowed func(t, prev, cur int) bool, out []int) []int {
	L, T := d.labels, s.len()
	out = out[:0]
	if T == 0 {
		return out
	}
	for p := 0; p <= L; p++ {
		m.Score(transFeature(p), d.trans[p*L:(p+1)*L])
	}
	d.em = grow(d.em, T*L)
	for t := range T {
		m.Score(s.at(t), d.em[t*L:(t+1)*L])
	}
	if d.base != nil {
		for k, v := range d.base[:T*L] {
			d.em[k] += v
		}
	}
	d.score = grow(d.score, T*L)
	d.back = growInt(d.back, T*L)
	neg := float32(math.Inf(-1))
	for l := range L {
		d.score[l] = neg
		if allowed(0, L, l) {
			d.score[l] = d.em[l] + d.trans[L*L+l]
		}
	}
	for t := 1; t < T; t++ {
		for l := range L {
			best, arg := neg, int32(-1)
			for p := range L {
				prev := d.score[(t-1)*L+p]
				if prev == neg || !allowed(t, p, l) {
					continue
				}
				if v := prev + d.trans[p*L+l]; v > best {
					best, arg = v, int32(p)
				}
			}
			if arg >= 0 {
				best += d.em[t*L+l]
			}
			d.score[t*L+l], d.back[t*L+l] = best, arg
		}
	}
	best, arg := neg, 0
	for l := range L {
		if v := d.score[(T-1)*L+l]; v > best {
			best, arg = v, l
		}
	}
	for range T {
		out = append(out, 0)
	}
	for t := T - 1; t >= 0; t-- {
		out[t] = arg
		if t > 0 {
			arg = int(d.back[t*L+arg])
			if arg < 0 {
				arg = 0
			}
		}
	}
	return out
}

// update makes one structured-perceptron step towards gold from pred.
func update(tr trainerLike, s *seq, labels int, gold, pred []int) {
	for t := range gold {
		gp, pp := labels, labels
		if t > 0 {
			gp, pp = gold[t-1], pred[t-1]
		}
		if gold[t] == pred[t] && gp == pp {
			continue
		}
		tr.Update(s.at(t), gold[t], 1)
		tr.Update(s.at(t), pred[t], -1)
		tr.Update(transFeature(gp), gold[t], 1)
		tr.Update(transFeature(pp), pred[t], -1)
	}
}

type trainerLike interface {
	scorer
	Update(feats []uint64, c int, delta float32)
}

func grow(b []float32, n int) []float32 {
	if cap(b) < n {
		return make([]float32, n)
	}
	return b[:n]
}

func growInt(b []int32, n int) []int32 {
	if cap(b) < n {
		return make([]int32, n)
	}
	return b[:n]
}
