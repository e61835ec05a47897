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
// table (linear probing, at most a third full) keyed by the feature hash
// itself, which is already well mixed. A slot is stride words: the key (0
// marks an empty slot) and then the weights, quantised to int16 and packed
// four to a word, so that a probe that finds its feature reads one cache
// line rather than two. Weights are stored with a bias of 2^15, as
// unsigned, so that sum can add two of them with one instruction into
// 32-bit lanes; the bias is taken off once per call.
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
//
// The table is at most a third full. Over PolNeAR train, half-full
// tables made extraction 8% slower and two-thirds-full ones 6% slower
// again, as a probe past the home slot costs more than the memory saved;
// a quarter full was 2% faster than a third, but took 115 MB rather than
// 70 MB.
func newWeights(classes, n int, scale []float32) *Weights {
	size := 1 << bits.Len(uint(3*n+1))
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
		slot[1+c/4] |= uint64(uint16(int32(v)+bias)) << (16 * (c % 4))
	}
	m.n++
	return true
}

// row returns the quantised weights of f, or nil.
func (m *Weights) row(f uint64) []int16 {
	if f == 0 {
		return m.zero
	}
	at := m.slot(f)
	if at < 0 {
		return nil
	}
	q := make([]int16, m.Classes)
	for c := range q {
		q[c] = int16(int32(uint16(m.words[at+1+c/4]>>(16*(c%4)))) - bias)
	}
	return q
}

// slot returns the offset in words of the slot of f (not 0), or -1.
func (m *Weights) slot(f uint64) int {
	for i := f & m.mask; ; i = (i + 1) & m.mask {
		at := int(i) * m.stride
		switch m.words[at] {
		case f:
			return at
		case 0:
			return -1
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

// bias is added to every stored weight.
const bias = 1 << 15

// lanes selects the even 16-bit fields of a word into 32-bit lanes.
const lanes = 0x0000ffff_0000ffff

// maxSum is how many weights a 32-bit lane can sum without overflow.
const maxSum = 1 << 16

// sum sums the weights of feats into scores, which it overwrites.
func (m *Weights) sum(feats []uint64, scores []float32) {
	if m.stride <= 3 && len(feats) < maxSum {
		m.sumFew(feats, scores)
		return
	}
	// even[j] sums classes 4j and 4j+2 of every feature found, odd[j]
	// classes 4j+1 and 4j+3, biased; found counts them.
	var even, odd [maxClasses / 4]uint64
	var total [maxClasses]int64
	found := 0
	for _, f := range feats {
		if f == 0 {
			m.addZero(&total)
			continue
		}
		at := m.slot(f)
		if at < 0 {
			continue
		}
		for j, x := range m.words[at+1 : at+m.stride] {
			j &= maxClasses/4 - 1
			even[j] += x & lanes
			odd[j] += x >> 16 & lanes
		}
		if found++; found == maxSum-1 {
			flush(&even, &odd, &total, m.stride-1, found)
			found = 0
		}
	}
	flush(&even, &odd, &total, m.stride-1, found)
	m.scaled(&total, scores)
}

// sumFew is sum for up to eight classes and fewer than maxSum features
// (the labellers and the parser's moves, most lookups), with the lanes in
// registers.
func (m *Weights) sumFew(feats []uint64, scores []float32) {
	var even, odd [maxClasses / 4]uint64
	var e0, o0, e1, o1 uint64
	var total [maxClasses]int64
	found := 0
	for _, f := range feats {
		if f == 0 {
			m.addZero(&total)
			continue
		}
		at := m.slot(f)
		if at < 0 {
			continue
		}
		w := m.words[at : at+m.stride]
		e0 += w[1] & lanes
		o0 += w[1] >> 16 & lanes
		if m.stride == 3 {
			e1 += w[2] & lanes
			o1 += w[2] >> 16 & lanes
		}
		found++
	}
	even[0], even[1], odd[0], odd[1] = e0, e1, o0, o1
	flush(&even, &odd, &total, m.stride-1, found)
	m.scaled(&total, scores)
}

// addZero adds the weights of feature 0, which has no slot, to total.
func (m *Weights) addZero(total *[maxClasses]int64) {
	for c, v := range m.zero {
		total[c] += int64(v)
	}
}

// scaled turns integer sums into scores.
func (m *Weights) scaled(total *[maxClasses]int64, scores []float32) {
	for c := range m.Classes {
		scores[c] = float32(total[c]) * m.scale[c]
	}
}

// flush adds the first n lanes of even and odd, less the bias of found
// features, to total, and clears them.
func flush(even, odd *[maxClasses / 4]uint64, total *[maxClasses]int64, n, found int) {
	b := int64(found) * bias
	for j := range n {
		e, o := even[j], odd[j]
		total[4*j] += int64(uint32(e)) - b
		total[4*j+1] += int64(uint32(o)) - b
		total[4*j+2] += int64(e>>32) - b
		total[4*j+3] += int64(o>>32) - b
	}
	*even, *odd = [maxClasses / 4]uint64{}, [maxClasses / 4]uint64{}
}

// Len is the number of features with weights.
func (m *Weights) Len() int { return m.n }
