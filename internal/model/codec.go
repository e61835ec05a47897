package model

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// ErrBadModel is returned when a model file cannot be decoded.
var ErrBadModel = errors.New("model: bad model file")

// magic names the format: 2 is the perfect-hash table of int8 weights.
const magic = "WSW2"

// maxSlots bounds the slot count a file may claim.
const maxSlots = 1 << 26

// WriteTo writes the weights: magic, then what Append writes.
func (m *Weights) WriteTo(w io.Writer) (int64, error) {
	n, err := w.Write(m.Append([]byte(magic)))
	return int64(n), err
}

// Append appends the weights without a magic number, for formats that
// hold several: classes, bytes per weight, features, buckets and slots
// (uvarints), the seed
// (uint64), a per-class scale (float32), then the pilots and the slots
// exactly as Weights reads them, all little-endian. The table is built
// from sorted keys with fixed seeds, so the bytes are reproducible.
func (m *Weights) Append(buf []byte) []byte {
	buf = binary.AppendUvarint(buf, uint64(m.Classes))
	buf = binary.AppendUvarint(buf, uint64(m.width))
	buf = binary.AppendUvarint(buf, uint64(m.n))
	buf = binary.AppendUvarint(buf, m.buckets)
	buf = binary.AppendUvarint(buf, m.slots)
	buf = binary.LittleEndian.AppendUint64(buf, m.seed)
	for _, s := range m.scale {
		buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(s))
	}
	buf = append(buf, m.pilots...)
	return append(buf, m.table...)
}

// Input is where Decode reads a model from: a stream, whose bytes it
// copies (FromReader), or a string, whose tables it uses in place
// (FromString).
type Input interface {
	io.ByteReader
	// Take returns the next n bytes.
	Take(n int) (string, error)
}

// FromReader reads a model from r, no further than its end.
func FromReader(r *bufio.Reader) Input { return readerInput{r} }

type readerInput struct{ *bufio.Reader }

// Take reads n bytes in pieces, so that a corrupt length cannot make it
// allocate more than the input holds.
func (r readerInput) Take(n int) (string, error) {
	var buf []byte
	for len(buf) < n {
		k := min(n-len(buf), 1<<20)
		buf = append(buf, make([]byte, k)...)
		if _, err := io.ReadFull(r.Reader, buf[len(buf)-k:]); err != nil {
			return "", err
		}
	}
	return string(buf), nil
}

// StringInput reads a model from a string, sharing its bytes.
type StringInput struct {
	s   string
	off int
}

// FromString reads a model from s without copying its tables.
func FromString(s string) *StringInput { return &StringInput{s: s} }

// ReadByte returns the next byte.
func (in *StringInput) ReadByte() (byte, error) {
	if in.off >= len(in.s) {
		return 0, io.ErrUnexpectedEOF
	}
	in.off++
	return in.s[in.off-1], nil
}

// Take returns the next n bytes, a substring of the input.
func (in *StringInput) Take(n int) (string, error) {
	if n < 0 || n > len(in.s)-in.off {
		return "", io.ErrUnexpectedEOF
	}
	in.off += n
	return in.s[in.off-n : in.off], nil
}

// Rest is what has not been read.
func (in *StringInput) Rest() string { return in.s[in.off:] }

// Read decodes weights written by WriteTo. Given a *bufio.Reader it reads
// no further than the weights, so that several can follow one another.
func Read(r io.Reader) (*Weights, error) {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReader(r)
	}
	return ReadFrom(FromReader(br))
}

// ReadFrom decodes weights written by WriteTo from in.
func ReadFrom(in Input) (*Weights, error) {
	head, err := in.Take(len(magic))
	if err != nil || head != magic {
		return nil, fmt.Errorf("%w: no magic number %q", ErrBadModel, magic)
	}
	return DecodeFrom(in)
}

// Decode reads weights written by Append, and no further.
func Decode(br *bufio.Reader) (*Weights, error) { return DecodeFrom(FromReader(br)) }

// DecodeFrom reads weights written by Append from in. From a StringInput
// the tables are the input's own bytes, not copies.
func DecodeFrom(in Input) (*Weights, error) {
	classes, err := binary.ReadUvarint(in)
	if err != nil || classes == 0 || classes > maxClasses {
		return nil, fmt.Errorf("%w: class count", ErrBadModel)
	}
	width, err := binary.ReadUvarint(in)
	if err != nil || width < 1 || width > 2 {
		return nil, fmt.Errorf("%w: weight width", ErrBadModel)
	}
	n, err := binary.ReadUvarint(in)
	if err != nil {
		return nil, fmt.Errorf("%w: feature count", ErrBadModel)
	}
	buckets, err := binary.ReadUvarint(in)
	if err != nil || buckets == 0 || buckets > maxSlots {
		return nil, fmt.Errorf("%w: bucket count", ErrBadModel)
	}
	slots, err := binary.ReadUvarint(in)
	if err != nil || slots == 0 || slots > maxSlots || n > slots {
		return nil, fmt.Errorf("%w: slot count", ErrBadModel)
	}
	fixed, err := in.Take(8 + 4*int(classes))
	if err != nil {
		return nil, fmt.Errorf("%w: seed and scales: %v", ErrBadModel, err)
	}
	m := &Weights{
		Classes: int(classes),
		n:       int(n),
		seed:    binary.LittleEndian.Uint64([]byte(fixed[:8])),
		buckets: buckets,
		slots:   slots,
		width:   int(width),
		rowLen:  4 + int(width*classes),
		scale:   make([]float32, classes),
	}
	for c := range m.scale {
		m.scale[c] = math.Float32frombits(binary.LittleEndian.Uint32([]byte(fixed[8+4*c:])))
	}
	if m.pilots, err = in.Take(2 * int(buckets)); err != nil {
		return nil, fmt.Errorf("%w: pilots: %v", ErrBadModel, err)
	}
	if m.table, err = in.Take(int(slots) * m.rowLen); err != nil {
		return nil, fmt.Errorf("%w: slots: %v", ErrBadModel, err)
	}
	return m, nil
}
