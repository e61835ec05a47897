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
func Read(r *bufio.Reader) (*Parser, error) {
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(r, head); err != nil || string(head) != magic {
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
		name := make([]byte, l)
		if _, err := io.ReadFull(r, name); err != nil || string(name) != want {
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
func readWeights(r *bufio.Reader, classes int) (*model.Weights, error) {
	w, err := model.Decode(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadModel, err)
	}
	if w.Classes != classes {
		return nil, fmt.Errorf("%w: weights for %d classes, want %d", ErrBadModel, w.Classes, classes)
	}
	return w, nil
}
