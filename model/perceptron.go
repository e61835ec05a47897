// Package model holds the linear models whosaid learns: feature-hashed
// multi-class weights, trained as averaged perceptrons, stored compactly
// (quantised to 16 bits) and embedded in the binary.
package model

import "math/bits"

// Weights scores hashed features for a fixed number of classes. A feature
// that the model never saw scores zero. Weights is read-only once built
// and safe for concurrent use.
//
// Features live in an open-addressing table (linear probing, at most half
// full) keyed by the feature hash itself, which is already well mixed;
// weights stay quantised to int16 and are summed as integers, then scaled
// per class. This is several times faster than a Go map of float rows.
type Weights struct {
	Classes int
	keys    []uint64 // 0 marks an empty slot
	vals    []int16  // Classes per slot
	zero    []int16  // the weights of feature 0, which cannot be a key
	scale   []float32
	n       int
}

// maxClasses bounds Classes so that scoring can sum on the stack.
const maxClasses = 64

// newWeights makes an empty table for n features.
func newWeights(classes, n int, scale []float32) *Weights {
	size := 1 << bits.Len(uint(2*n+1))
	return &Weights{Classes: classes, keys: make([]uint64, size), vals: make([]int16, size*classes), scale: scale}
}

// set stores the quantised weights of feature f.
func (m *Weights) set(f uint64, q []int16) {
	if f == 0 {
		if m.zero == nil {
			m.n++
		}
		m.zero = append([]int16(nil), q...)
		return
	}
	mask := uint64(len(m.keys) - 1)
	i := f & mask
	for m.keys[i] != 0 && m.keys[i] != f {
		i = (i + 1) & mask
	}
	if m.keys[i] == 0 {
		m.n++
	}
	m.keys[i] = f
	copy(m.vals[int(i)*m.Classes:], q)
}

// row returns the quantised weights of f, or nil.
func (m *Weights) row(f uint64) []int16 {
	if f == 0 {
		return m.zero
	}
	mask := uint64(len(m.keys) - 1)
	for i := f & mask; ; i = (i + 1) & mask {
		switch m.keys[i] {
		case f:
			return m.vals[int(i)*m.Classes : int(i+1)*m.Classes]
		case 0:
			return nil
		}
	}
}

// Score sums the weights of feats into scores (len Classes), which it
// overwrites.
func (m *Weights) Score(feats []uint64, scores []float32) {
	var acc [maxClasses]int32
	C := m.Classes
	for _, f := range feats {
		if w := m.row(f); w != nil {
			for c, v := range w[:C] {
				acc[c] += int32(v)
			}
		}
	}
	for c := range C {
		scores[c] = float32(acc[c]) * m.scale[c]
	}
}

// Len is the number of features with weights.
func (m *Weights) Len() int { return m.n }
