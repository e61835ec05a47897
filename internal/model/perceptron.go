// Package model holds the linear models whosaid learns: feature-hashed
// multi-class weights, trained as averaged perceptrons, stored compactly
// (int8 weights in a perfect-hash table) and embedded in the binary, where
// they are used in place, without decoding.
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
// layout is chosen for cache misses and size. A minimal-ish perfect hash
// (PTHash's design: keys split into buckets by their low 32 bits, each
// bucket with a 16-bit pilot that sends its keys to free slots) maps every
// trained feature to a slot of its own, so a lookup reads a small pilot
// array, which stays in cache, then exactly one slot, with no probing. A
// slot is a 32-bit fingerprint (which tells an unknown feature from the
// slot's own with odds of 2^-32) and then one weight per class, the class
// scaled by its own factor: int8 in the shipped model, int16 while
// training (Dense.Quantize; see Int8). Empty slots are all zeros: an
// unknown feature that lands there adds nothing.
//
// The pilots and slots are strings, laid out as in the model file, so
// that a model embedded in the binary is read where it lies: start-up
// decodes nothing, and processes share its pages through the page cache.
type Weights struct {
	Classes int
	n       int       // features with weights
	seed    uint64    // mixed into every slot hash; chosen when building
	buckets uint64    // pilots
	slots   uint64    // slots
	width   int       // bytes per weight: 1 (int8) or 2 (int16)
	rowLen  int       // bytes per slot: 4 + width*Classes
	pilots  string    // buckets little-endian uint16
	table   string    // slots × rowLen bytes
	scale   []float32 // per class: score of a weight of 1
}

// maxClasses bounds Classes so that scoring can sum on the stack.
const maxClasses = 64

// batch is how many features Score locates before it reads their slots,
// so that the slots' cache misses overlap.
const batch = 64

// Len is the number of features with weights.
func (m *Weights) Len() int { return m.n }

// A feature is a well-mixed 64-bit hash (package feature makes them), so
// it is used as it is: its low 32 bits choose the bucket, its high 32 bits
// are the fingerprint, and the slot mixes it with the pilot by one
// multiplication. A lookup is a handful of instructions and two loads, the
// second (the slot) depending on the first (the pilot, mostly in cache).

// bucketOf is the bucket of feature f.
func bucketOf(f, buckets uint64) uint64 { return (f & 0xffffffff) * buckets >> 32 }

// slotOf is the slot of feature f under pilot p in a table of the seed.
func slotOf(f, p, seed, slots uint64) uint64 {
	hi, _ := bits.Mul64((f^seed^p*0xc2b2ae3d27d4eb4f)*0x9e3779b97f4a7c15, slots)
	return hi
}

// fingerprint is the part of feature f a slot stores.
func fingerprint(f uint64) uint32 { return uint32(f >> 32) }

// mix is the splitmix64 finaliser, a bijection.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// locate returns the byte offset of the slot feature f would have.
func (m *Weights) locate(f uint64) int {
	b := 2 * bucketOf(f, m.buckets)
	p := uint64(m.pilots[b]) | uint64(m.pilots[b+1])<<8
	return int(slotOf(f, p, m.seed, m.slots)) * m.rowLen
}

// Score sums the weights of feats into scores (len Classes), which it
// overwrites.
func (m *Weights) Score(feats []uint64, scores []float32) {
	var total [maxClasses]int64
	var at [batch]int
	classes, table := m.Classes, m.table
	for len(feats) > 0 {
		k := min(len(feats), batch)
		// Read every pilot, then touch every slot, then add, each in a
		// loop of its own without branches: the loads of a loop do not
		// depend on one another, so the processor overlaps their cache
		// misses, which it does far less when each slot waits on its
		// pilot in the same iteration, or across the loop of adds, whose
		// branches depend on what they load.
		var sink byte
		for i, f := range feats[:k] {
			b := 2 * bucketOf(f, m.buckets)
			at[i] = int(m.pilots[b]) | int(m.pilots[b+1])<<8
		}
		for i, f := range feats[:k] {
			at[i] = int(slotOf(f, uint64(at[i]), m.seed, m.slots)) * m.rowLen
			sink += table[at[i]]
		}
		runtime.KeepAlive(sink)
		if m.width == 1 {
			m.addInt8(&total, feats[:k], at[:k])
		} else {
			m.addInt16(&total, feats[:k], at[:k])
		}
		feats = feats[k:]
	}
	for c := range classes {
		scores[c] = float32(total[c]) * m.scale[c]
	}
}

// addInt8 adds the 8-bit weights of the features found at their slots to
// total (at most batch features). It reads eight weights at a time as a
// word, made unsigned by flipping their sign bits (adding 128), and sums
// the even and the odd bytes of the words in 16-bit lanes, which hold 255
// times batch without overflow; the 128s are taken off once at the end.
// A feature not found is masked to zero rather than skipped: which ones
// are found is unpredictable, and a mispredicted branch costs more than
// the adds.
func (m *Weights) addInt8(total *[maxClasses]int64, feats []uint64, at []int) {
	table, classes := m.table, m.Classes
	words := (classes + 7) / 8
	var even, odd [maxClasses / 8]uint64
	kept := int64(0)
	for i, f := range feats {
		o := at[i]
		if o+4+8*words > len(table) { // the last slot: words would run past the end
			s := table[o : o+m.rowLen]
			if le32(s) == fingerprint(f) {
				for c, w := range []byte(s[4:]) {
					total[c&(maxClasses-1)] += int64(int8(w))
				}
			}
			continue
		}
		var keep uint64
		if le32(table[o:]) == fingerprint(f) {
			keep = ^uint64(0)
		}
		kept += int64(keep & 1)
		for j := range words {
			x := (le64(table[o+4+8*j:]) ^ 0x8080808080808080) & keep
			even[j&(maxClasses/8-1)] += x & 0x00ff00ff00ff00ff
			odd[j&(maxClasses/8-1)] += x >> 8 & 0x00ff00ff00ff00ff
		}
	}
	for c := range classes {
		lanes := even[c/8]
		if c%2 == 1 {
			lanes = odd[c/8]
		}
		total[c] += int64(lanes>>(16*(c%8/2))&0xffff) - 128*kept
	}
}

// le32 is the little-endian uint32 at the start of s.
func le32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// le64 is the little-endian uint64 at the start of s.
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// addInt16 adds the 16-bit weights (training's) of the features found at
// their slots to total.
func (m *Weights) addInt16(total *[maxClasses]int64, feats []uint64, at []int) {
	table, rowLen := m.table, m.rowLen
	for i, f := range feats {
		s := table[at[i] : at[i]+rowLen]
		if uint32(s[0])|uint32(s[1])<<8|uint32(s[2])<<16|uint32(s[3])<<24 != fingerprint(f) {
			continue
		}
		for c := range m.Classes {
			total[c] += int64(int16(uint16(s[4+2*c]) | uint16(s[5+2*c])<<8))
		}
	}
}

// row returns the weights of f, or nil if it has none.
func (m *Weights) row(f uint64) []int16 {
	o := m.locate(f)
	s := m.table[o : o+m.rowLen]
	if uint32(s[0])|uint32(s[1])<<8|uint32(s[2])<<16|uint32(s[3])<<24 != fingerprint(f) {
		return nil
	}
	q := make([]int16, m.Classes)
	for c := range q {
		if m.width == 1 {
			q[c] = int16(int8(s[4+c]))
		} else {
			q[c] = int16(uint16(s[4+2*c]) | uint16(s[5+2*c])<<8)
		}
	}
	return q
}
