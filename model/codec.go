package model

import (
	"bufio"
	"cmp"
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
	slots := make([]int, 0, m.n)
	for i, f := range m.keys {
		if f != 0 {
			slots = append(slots, i)
		}
	}
	slices.SortFunc(slots, func(a, b int) int { return cmp.Compare(m.keys[a], m.keys[b]) })
	rows := make([][]int16, 0, m.n)
	if m.zero != nil {
		rows = append(rows, m.zero)
	}
	for _, i := range slots {
		rows = append(rows, m.vals[i*m.Classes:(i+1)*m.Classes])
	}
	var buf [binary.MaxVarintLen64]byte
	cw.Write([]byte(magic))
	cw.Write(buf[:binary.PutUvarint(buf[:], uint64(m.Classes))])
	cw.Write(buf[:binary.PutUvarint(buf[:], uint64(len(rows)))])
	for _, s := range m.scale {
		binary.LittleEndian.PutUint32(buf[:4], math.Float32bits(s))
		cw.Write(buf[:4])
	}
	var prev uint64
	for k, row := range rows {
		f := uint64(0)
		if m.zero == nil || k > 0 {
			f = m.keys[slots[k-len(rows)+len(slots)]]
		}
		cw.Write(buf[:binary.PutUvarint(buf[:], f-prev)])
		prev = f
		for _, q := range row {
			binary.LittleEndian.PutUint16(buf[:2], uint16(q))
			cw.Write(buf[:2])
		}
	}
	if cw.err != nil {
		return cw.n, cw.err
	}
	return cw.n, bw.Flush()
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
	if err != nil || n > 1<<23 {
		return nil, fmt.Errorf("%w: feature count", ErrBadModel)
	}
	if classes > maxClasses {
		return nil, fmt.Errorf("%w: %d classes", ErrBadModel, classes)
	}
	scale := make([]float32, classes)
	var b [4]byte
	for c := range scale {
		if _, err := io.ReadFull(br, b[:4]); err != nil {
			return nil, fmt.Errorf("%w: scales: %v", ErrBadModel, err)
		}
		scale[c] = math.Float32frombits(binary.LittleEndian.Uint32(b[:4]))
	}
	m := newWeights(int(classes), int(n), scale)
	q := make([]int16, classes)
	var f uint64
	for i := uint64(0); i < n; i++ {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("%w: feature %d: %v", ErrBadModel, i, err)
		}
		f += d
		for c := range q {
			if _, err := io.ReadFull(br, b[:2]); err != nil {
				return nil, fmt.Errorf("%w: feature %d: %v", ErrBadModel, i, err)
			}
			q[c] = int16(binary.LittleEndian.Uint16(b[:2]))
		}
		m.set(f, q)
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
