package depparse

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"github.com/whosaid/whosaid/internal/model"
)

// ErrBadModel is returned when a parser cannot be decoded.
var ErrBadModel = errors.New("depparse: bad model file")

// magic names the format; its digit changes with the feature templates,
// which the weights depend on.
const magic = "WSDP2"

// WriteTo writes the parser: magic, the label names, then the move and the
// label weights, each in the format of model.Weights without its magic.
// The same parser always gives the same bytes.
func (p *Parser) WriteTo(w io.Writer) (int64, error) {
	var buf []byte
	buf = append(buf, magic...)
	buf = binary.AppendUvarint(buf, uint64(NumLabels))
	for _, name := range labelNames {
		buf = binary.AppendUvarint(buf, uint64(len(name)))
		buf = append(buf, name...)
	}
	buf = p.moves.Append(buf)
	buf = p.labels.Append(buf)
	n, err := w.Write(buf)
	return int64(n), err
}

// Read decodes a parser written by WriteTo, reading no further than its
// end, so that other models can follow it in the same stream.
func Read(r *bufio.Reader) (*Parser, error) { return ReadFrom(model.FromReader(r)) }

// ReadFrom decodes a parser written by WriteTo from in; from a string, its
// weights are used in place (see model.FromString).
func ReadFrom(r model.Input) (*Parser, error) {
	head, err := r.Take(len(magic))
	if err != nil || head != magic {
		return nil, fmt.Errorf("%w: no magic number", ErrBadModel)
	}
	n, err := binary.ReadUvarint(r)
	if err != nil || n != uint64(NumLabels) {
		return nil, fmt.Errorf("%w: %d labels, want %d", ErrBadModel, n, NumLabels)
	}
	for _, want := range labelNames {
		l, err := binary.ReadUvarint(r)
		if err != nil || l != uint64(len(want)) {
			return nil, fmt.Errorf("%w: label set differs at %q", ErrBadModel, want)
		}
		if name, err := r.Take(int(l)); err != nil || name != want {
			return nil, fmt.Errorf("%w: label set differs at %q", ErrBadModel, want)
		}
	}
	p := &Parser{}
	if p.moves, err = readWeights(r, numMoves); err != nil {
		return nil, err
	}
	if p.labels, err = readWeights(r, NumLabels); err != nil {
		return nil, err
	}
	return p, nil
}

// readWeights decodes weights written by model.(*Weights).Append, which
// must have the given number of classes.
func readWeights(r model.Input, classes int) (*model.Weights, error) {
	w, err := model.DecodeFrom(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadModel, err)
	}
	if w.Classes != classes {
		return nil, fmt.Errorf("%w: weights for %d classes, want %d", ErrBadModel, w.Classes, classes)
	}
	return w, nil
}

// Int8 returns the parser with its weights at 8 bits, the form that ships
// (see model.Weights.Int8); p is unchanged.
func (p *Parser) Int8() (*Parser, error) {
	moves, err := p.moves.Int8()
	if err != nil {
		return nil, err
	}
	labels, err := p.labels.Int8()
	if err != nil {
		return nil, err
	}
	return &Parser{moves: moves, labels: labels}, nil
}
