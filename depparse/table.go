package depparse

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"math/bits"
	"slices"

	"whosaid/model"
)

// table is the scoring form of the parser's weights: model.Weights with
// the key of a feature and its weights side by side, so that a probe
// costs one cache miss rather than two (a slot of the move table is 16
// bytes, one of the label table 64). Feature lookups are most of the
// parser's time.
//
// Features live in an open-addressing table (linear probing, at most half
// full) keyed by the feature hash itself; a slot is stride words, the key
// (0 marks an empty slot, and feature 0 is stored as 1) and then the
// weights quantised to int16, four to a word. They are summed as integers,
// then scaled per class. A table is read-only once built.
type table struct {
	classes int
	stride  int // words per slot
	mask    uint64
	words   []uint64
	scale   []float32
	n       int
}

// maxTableClasses bounds classes so that scoring can sum on the stack.
const maxTableClasses = 32

// newTable makes an empty table for n features with the given scales.
func newTable(classes, n int, scale []float32) *table {
	size := 1 << bits.Len(uint(2*n+1))
	stride := 1 + (classes+3)/4
	return &table{classes: classes, stride: stride, mask: uint64(size - 1),
		words: make([]uint64, size*stride), scale: scale}
}

// key maps a feature to its key: 0 marks empty slots.
func key(f uint64) uint64 {
	if f == 0 {
		return 1
	}
	return f
}

// set stores the weights of feature f; it reports false if f was there.
func (t *table) set(f uint64, q []int16) bool {
	f = key(f)
	i := f & t.mask
	for {
		k := t.words[int(i)*t.stride]
		if k == f {
			return false
		}
		if k == 0 {
			break
		}
		i = (i + 1) & t.mask
	}
	slot := t.words[int(i)*t.stride : int(i+1)*t.stride]
	slot[0] = f
	for c, v := range q {
		slot[1+c/4] |= uint64(uint16(v)) << (16 * (c % 4))
	}
	t.n++
	return true
}

// score sums the weights of feats into scores (len classes), which it
// overwrites.
func (t *table) score(feats []uint64, scores []float32) {
	var acc [maxTableClasses / 4][4]int32
	stride, mask, words := t.stride, t.mask, t.words
	for _, f := range feats {
		f = key(f)
		for i := f & mask; ; i = (i + 1) & mask {
			at := int(i) * stride
			k := words[at]
			if k == f {
				for j, x := range words[at+1 : at+stride] {
					a := &acc[j&(maxTableClasses/4-1)]
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
	for c := range t.classes {
		scores[c] = float32(acc[c/4][c%4]) * t.scale[c]
	}
}

// quantize turns dense weights into a table, quantised as
// model.Dense.Quantize does.
func quantize(d *model.Dense) *table {
	var t *table
	d.EachQuantized(func(scale []float32, n int) { t = newTable(d.Classes, n, scale) }, func(f uint64, q []int16) { t.set(f, q) })
	return t
}

// appendTo appends the table in the format of model.Weights.WriteTo,
// without its magic: classes, count, a per-class scale, then the keys in
// ascending order, each as a varint delta followed by its classes int16
// weights.
func (t *table) appendTo(buf []byte) []byte {
	var slots []int
	for i := 0; i < len(t.words); i += t.stride {
		if t.words[i] != 0 {
			slots = append(slots, i)
		}
	}
	slices.SortFunc(slots, func(a, b int) int {
		if t.words[a] < t.words[b] {
			return -1
		}
		return 1
	})
	buf = binary.AppendUvarint(buf, uint64(t.classes))
	buf = binary.AppendUvarint(buf, uint64(len(slots)))
	for _, s := range t.scale {
		buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(s))
	}
	var prev uint64
	for _, at := range slots {
		f := t.words[at]
		buf = binary.AppendUvarint(buf, f-prev)
		prev = f
		for c := range t.classes {
			buf = binary.LittleEndian.AppendUint16(buf, uint16(t.words[at+1+c/4]>>(16*(c%4))))
		}
	}
	return buf
}

// readTable decodes a table written by appendTo, of the given classes.
func readTable(r *bufio.Reader, classes int) (*table, error) {
	c, err := binary.ReadUvarint(r)
	if err != nil || c != uint64(classes) {
		return nil, fmt.Errorf("%w: weights for %d classes, want %d", ErrBadModel, c, classes)
	}
	n, err := binary.ReadUvarint(r)
	if err != nil || n > 1<<24 {
		return nil, fmt.Errorf("%w: feature count", ErrBadModel)
	}
	var b [8]byte
	scale := make([]float32, classes)
	for c := range scale {
		if _, err := io.ReadFull(r, b[:4]); err != nil {
			return nil, fmt.Errorf("%w: scales", ErrBadModel)
		}
		scale[c] = math.Float32frombits(binary.LittleEndian.Uint32(b[:4]))
	}
	t := newTable(classes, int(n), scale)
	q := make([]int16, classes)
	var prev uint64
	for k := range n {
		d, err := binary.ReadUvarint(r)
		if err != nil || (k > 0 && d == 0) {
			return nil, fmt.Errorf("%w: feature %d of %d", ErrBadModel, k, n)
		}
		prev += d
		for c := range q {
			if _, err := io.ReadFull(r, b[:2]); err != nil {
				return nil, fmt.Errorf("%w: feature %d of %d", ErrBadModel, k, n)
			}
			q[c] = int16(binary.LittleEndian.Uint16(b[:2]))
		}
		if !t.set(prev, q) {
			return nil, fmt.Errorf("%w: feature %d twice", ErrBadModel, k)
		}
	}
	return t, nil
}
