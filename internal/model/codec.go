package model

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// ErrBadModel is returned when a model file cannot be decoded.
var ErrBadModel = errors.New("model: bad model file")

const magic = "WSW1"

// maxFeatures bounds the feature count a file may claim, so that a
// corrupt count cannot make Read allocate without bound.
const maxFeatures = 1 << 24

// WriteTo writes the weights: magic, then what Append writes.
func (m *Weights) WriteTo(w io.Writer) (int64, error) {
	n, err := w.Write(m.Append([]byte(magic)))
	return int64(n), err
}

// Append appends the weights without a magic number, for formats that
// hold several: classes, count, a per-class scale, then the features in
// ascending order, each as a varint delta of its hash and Classes int16
// weights. Sorting makes the bytes reproducible and the deltas small.
func (m *Weights) Append(buf []byte) []byte {
	keys := make([]uint64, 0, m.n)
	if m.zero != nil {
		keys = append(keys, 0)
	}
	for i := 0; i < len(m.words); i += m.stride {
		if f := m.words[i]; f != 0 {
			keys = append(keys, f)
		}
	}
	slices.Sort(keys)
	buf = binary.AppendUvarint(buf, uint64(m.Classes))
	buf = binary.AppendUvarint(buf, uint64(len(keys)))
	for _, s := range m.scale {
		buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(s))
	}
	var prev uint64
	for _, f := range keys {
		buf = binary.AppendUvarint(buf, f-prev)
		prev = f
		for _, q := range m.row(f) {
			buf = binary.LittleEndian.AppendUint16(buf, uint16(q))
		}
	}
	return buf
}

// Read decodes weights written by WriteTo. Given a *bufio.Reader it reads
// no further than the weights, so that several can follow one another.
func Read(r io.Reader) (*Weights, error) {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReader(r)
	}
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, fmt.Errorf("%w: no magic number", ErrBadModel)
	}
	return Decode(br)
}

// Decode reads weights written by Append, and no further.
func Decode(br *bufio.Reader) (*Weights, error) {
	classes, err := binary.ReadUvarint(br)
	if err != nil || classes == 0 || classes > maxClasses {
		return nil, fmt.Errorf("%w: class count", ErrBadModel)
	}
	n, err := binary.ReadUvarint(br)
	if err != nil || n > maxFeatures {
		return nil, fmt.Errorf("%w: feature count", ErrBadModel)
	}
	var b [4]byte
	scale := make([]float32, classes)
	for c := range scale {
		if _, err := io.ReadFull(br, b[:4]); err != nil {
			return nil, fmt.Errorf("%w: scales: %v", ErrBadModel, err)
		}
		scale[c] = math.Float32frombits(binary.LittleEndian.Uint32(b[:4]))
	}
	// Read everything before sizing the table, so that a corrupt count
	// cannot make Decode allocate more than the input holds.
	keys := make([]uint64, 0, min(n, 1<<16))
	rows := make([]int16, 0, min(n, 1<<16)*classes)
	var f uint64
	row := make([]byte, 2*classes)
	for i := range n {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("%w: feature %d of %d: %v", ErrBadModel, i, n, err)
		}
		f += d
		keys = append(keys, f)
		if _, err := io.ReadFull(br, row); err != nil {
			return nil, fmt.Errorf("%w: feature %d of %d: %v", ErrBadModel, i, n, err)
		}
		for c := range classes {
			rows = append(rows, int16(binary.LittleEndian.Uint16(row[2*c:])))
		}
	}
	m := newWeights(int(classes), len(keys), scale)
	for i, f := range keys {
		if !m.set(f, rows[i*int(classes):(i+1)*int(classes)]) {
			return nil, fmt.Errorf("%w: feature %d of %d twice", ErrBadModel, i, n)
		}
	}
	return m, nil
}
