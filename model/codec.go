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

// WriteTo writes the weights: magic, classes, count, a per-class scale,
// then features in ascending order, each as a varint delta of its hash
// and Classes int16 weights. Sorting makes the file reproducible bit for
// bit and the deltas small.
func (m *Weights) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	cw := &countWriter{w: bw}
	keys := make([]uint64, 0, len(m.index))
	for f := range m.index {
		keys = append(keys, f)
	}
	slices.Sort(keys)
	scale := m.scales()
	var buf [binary.MaxVarintLen64]byte
	cw.Write([]byte(magic))
	cw.Write(buf[:binary.PutUvarint(buf[:], uint64(m.Classes))])
	cw.Write(buf[:binary.PutUvarint(buf[:], uint64(len(keys)))])
	for _, s := range scale {
		binary.LittleEndian.PutUint32(buf[:4], math.Float32bits(s))
		cw.Write(buf[:4])
	}
	var prev uint64
	for _, f := range keys {
		cw.Write(buf[:binary.PutUvarint(buf[:], f-prev)])
		prev = f
		row := m.index[f]
		for c := range m.Classes {
			q := int16(math.Round(float64(m.w[int(row)*m.Classes+c] / scale[c])))
			binary.LittleEndian.PutUint16(buf[:2], uint16(q))
			cw.Write(buf[:2])
		}
	}
	if cw.err != nil {
		return cw.n, cw.err
	}
	return cw.n, bw.Flush()
}

// scales maps each class's largest absolute weight to the int16 range.
func (m *Weights) scales() []float32 {
	scale := make([]float32, m.Classes)
	for i, w := range m.w {
		c := i % m.Classes
		scale[c] = max(scale[c], float32(math.Abs(float64(w))))
	}
	for c := range scale {
		scale[c] = max(scale[c], 1e-9) / 32767
	}
	return scale
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
	classes, err := binary.ReadUvarint(br)
	if err != nil || classes == 0 || classes > 1024 {
		return nil, fmt.Errorf("%w: class count", ErrBadModel)
	}
	n, err := binary.ReadUvarint(br)
	if err != nil || n > 1<<28 {
		return nil, fmt.Errorf("%w: feature count", ErrBadModel)
	}
	m := &Weights{Classes: int(classes), index: make(map[uint64]int32, n), w: make([]float32, 0, int(n)*int(classes))}
	scale := make([]float32, classes)
	var b [4]byte
	for c := range scale {
		if _, err := io.ReadFull(br, b[:4]); err != nil {
			return nil, fmt.Errorf("%w: scales: %v", ErrBadModel, err)
		}
		scale[c] = math.Float32frombits(binary.LittleEndian.Uint32(b[:4]))
	}
	var f uint64
	for i := uint64(0); i < n; i++ {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("%w: feature %d: %v", ErrBadModel, i, err)
		}
		f += d
		m.index[f] = int32(i)
		for c := range m.Classes {
			if _, err := io.ReadFull(br, b[:2]); err != nil {
				return nil, fmt.Errorf("%w: feature %d: %v", ErrBadModel, i, err)
			}
			m.w = append(m.w, float32(int16(binary.LittleEndian.Uint16(b[:2])))*scale[c])
		}
	}
	return m, nil
}

type countWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (c *countWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	c.n += int64(n)
	c.err = err
	return n, err
}
