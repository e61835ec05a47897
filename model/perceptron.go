// Package model holds the linear models whosaid learns: feature-hashed
// multi-class weights, trained as averaged perceptrons, stored compactly
// (quantised to 16 bits) and embedded in the binary.
package model

import (
	"math/bits"
	"runtime"
)

// Weights scores hashed features for a fixed number of classes. A feature
// that the model never saw scores zero. Weights is read-only once built
// and safe for concurrent use.
//
// Feature lookups are most of whosaid's time, and they wait on memory: the
// layout is chosen for cache misses. Features live in an open-addressing
// table (linear probing, at most half full) keyed by the feature hash
// itself, which is already well mixed. A slot is stride words: the key (0
// marks an empty slot) and then the weights, quantised to int16 and packed
// four to a word, so that a probe that finds its feature reads one cache
// line rather than two. Weights are summed as integers, then scaled per
// class.
type Weights struct {
	Classes int
	stride  int // words per slot
	mask    uint64
	words   []uint64
	zero    []int16 // the weights of feature 0, which cannot be a key
	scale   []float32
	n       int
}

// maxClasses bounds Classes so that scoring can sum on the stack.
const maxClasses = 64

// newWeights makes an empty table for n features.
func newWeights(classes, n int, scale []float32) *Weights {
	size := 1 << bits.Len(uint(2*n+1))
	stride := 1 + (classes+3)/4
	return &Weights{Classes: classes, stride: stride, mask: uint64(size - 1), words: make([]uint64, size*stride), scale: scale}
}

// set stores the quantised weights of feature f; it reports false if f
// was there already.
func (m *Weights) set(f uint64, q []int16) bool {
	if f == 0 {
		if m.zero != nil {
			return false
		}
		m.zero = append([]int16(nil), q...)
		m.n++
		return true
	}
	i := f & m.mask
	for {
		k := m.words[int(i)*m.stride]
		if k == f {
			return false
		}
		if k == 0 {
			break
		}
		i = (i + 1) & m.mask
	}
	slot := m.words[int(i)*m.stride : int(i+1)*m.stride]
	slot[0] = f
	for c, v := range q {
		slot[1+c/4] |= uint64(uint16(v)) << (16 * (c % 4))
	}
	m.n++
	return true
}

// row returns the quantised weights of f, or nil.
func (m *Weights) row(f uint64) []int16 {
	if f == 0 {
		return m.zero
	}
	for i := f & m.mask; ; i = (i + 1) & m.mask {
		slot := m.words[int(i)*m.stride : int(i+1)*m.stride]
		switch slot[0] {
		case f:
			q := make([]int16, m.Classes)
			for c := range q {
				q[c] = int16(slot[1+c/4] >> (16 * (c % 4)))
			}
			return q
		case 0:
			return nil
		}
	}
}

// Score sums the weights of feats into scores (len Classes), which it
// overwrites.
func (m *Weights) Score(feats []uint64, scores []float32) {
	m.touch(feats)
	m.sum(feats, scores)
}

// touch reads the home slot of every feature: these loads do not depend
// on one another, so the processor overlaps their cache misses, which it
// does far less across the probing loop of sum, whose branches depend on
// the keys. By the time sum probes, the lines are in cache or on their way.
func (m *Weights) touch(feats []uint64) {
	stride, mask, words := m.stride, m.mask, m.words
	var sink uint64
	for _, f := range feats {
		sink += words[int(f&mask)*stride]
	}
	runtime.KeepAlive(sink)
}

// sum sums the weights of feats into scores, which it overwrites.
func (m *Weights) sum(feats []uint64, scores []float32) {
	var acc [maxClasses / 4][4]int32
	stride, mask, words := m.stride, m.mask, m.words
	for _, f := range feats {
		if f == 0 {
			for c, v := range m.zero {
				acc[c/4][c%4] += int32(v)
			}
			continue
		}
		for i := f & mask; ; i = (i + 1) & mask {
			at := int(i) * stride
			k := words[at]
			if k == f {
				for j, x := range words[at+1 : at+stride] {
					a := &acc[j&(maxClasses/4-1)]
					a[0] += int32(int16(x))
					a[1] += int32(int16(x >> 16))
					a[2] += int32(int16(x >> 32))
					a[3] += int32(int16(x >> 48))
				}
				break
			}
			if k == 0 {
				break
			}
		}
	}
	for c := range m.Classes {
		scores[c] = float32(acc[c/4][c%4]) * m.scale[c]
	}
}

// Len is the number of features with weights.
func (m *Weights) Len() int { return m.n }
