package postag

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"

	"github.com/whosaid/whosaid/internal/model"
)

// ErrBadModel is returned when a tagger cannot be decoded.
var ErrBadModel = errors.New("postag: bad model file")

const magic = "WSPT1"

// WriteTo writes the tagger: magic, the tag names, the tag dictionary
// (hashes ascending, as varint deltas, each with its tag), then the
// weights in model's format. The same tagger always gives the same bytes.
func (t *Tagger) WriteTo(w io.Writer) (int64, error) {
	var buf []byte
	buf = append(buf, magic...)
	buf = binary.AppendUvarint(buf, uint64(NumTags))
	for _, name := range tagNames {
		buf = binary.AppendUvarint(buf, uint64(len(name)))
		buf = append(buf, name...)
	}
	keys := slices.Sorted(maps.Keys(t.dict))
	buf = binary.AppendUvarint(buf, uint64(len(keys)))
	var prev uint64
	for _, k := range keys {
		buf = binary.AppendUvarint(buf, k-prev)
		buf = append(buf, t.dict[k])
		prev = k
	}
	n, err := w.Write(buf)
	if err != nil {
		return int64(n), err
	}
	m, err := t.weights.WriteTo(w)
	return int64(n) + m, err
}

// Read decodes a tagger written by WriteTo, reading no further than its
// end, so that other models can follow it in the same stream.
func Read(r *bufio.Reader) (*Tagger, error) { return ReadFrom(model.FromReader(r)) }

// ReadFrom decodes a tagger written by WriteTo from in; from a string, its
// weights are used in place (see model.FromString).
func ReadFrom(r model.Input) (*Tagger, error) {
	head, err := r.Take(len(magic))
	if err != nil || head != magic {
		return nil, fmt.Errorf("%w: no magic number", ErrBadModel)
	}
	n, err := binary.ReadUvarint(r)
	if err != nil || n != uint64(NumTags) {
		return nil, fmt.Errorf("%w: %d tags, want %d", ErrBadModel, n, NumTags)
	}
	for _, want := range tagNames {
		l, err := binary.ReadUvarint(r)
		if err != nil || l != uint64(len(want)) {
			return nil, fmt.Errorf("%w: tag set differs at %q", ErrBadModel, want)
		}
		if name, err := r.Take(int(l)); err != nil || name != want {
			return nil, fmt.Errorf("%w: tag set differs at %q", ErrBadModel, want)
		}
	}
	count, err := binary.ReadUvarint(r)
	if err != nil || count > 1<<24 {
		return nil, fmt.Errorf("%w: dictionary size", ErrBadModel)
	}
	t := &Tagger{dict: make(map[uint64]uint8, min(count, 1<<16))}
	var key uint64
	for i := range count {
		d, err := binary.ReadUvarint(r)
		if err != nil {
			return nil, fmt.Errorf("%w: dictionary entry %d: %v", ErrBadModel, i, err)
		}
		tag, err := r.ReadByte()
		if err != nil || int(tag) >= NumTags || (i > 0 && d == 0) {
			return nil, fmt.Errorf("%w: dictionary entry %d", ErrBadModel, i)
		}
		key += d
		t.dict[key] = tag
	}
	if t.weights, err = model.ReadFrom(r); err != nil {
		return nil, err
	}
	if t.weights.Classes != NumTags {
		return nil, fmt.Errorf("%w: weights for %d classes, want %d", ErrBadModel, t.weights.Classes, NumTags)
	}
	return t, nil
}

// Int8 returns the tagger with its weights at 8 bits, the form that
// ships (see model.Weights.Int8); t is unchanged.
func (t *Tagger) Int8() (*Tagger, error) {
	w, err := t.weights.Int8()
	if err != nil {
		return nil, err
	}
	return &Tagger{weights: w, dict: t.dict}, nil
}
