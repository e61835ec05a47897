package depparse

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"whosaid/model"
)

// ErrBadModel is returned when a parser cannot be decoded.
var ErrBadModel = errors.New("depparse: bad model file")

// magic names the format; its digit changes with the feature templates,
// which the weights depend on.
const magic = "WSDP1"

// WriteTo writes the parser: magic, the label names, then the move and the
// label weights in model's format. The same parser always gives the same
// bytes.
func (p *Parser) WriteTo(w io.Writer) (int64, error) {
	var buf []byte
	buf = append(buf, magic...)
	buf = binary.AppendUvarint(buf, uint64(NumLabels))
	for _, name := range labelNames {
		buf = binary.AppendUvarint(buf, uint64(len(name)))
		buf = append(buf, name...)
	}
	n, err := w.Write(buf)
	total := int64(n)
	if err != nil {
		return total, err
	}
	for _, m := range []*model.Weights{p.moves, p.labels} {
		k, err := m.WriteTo(w)
		total += k
		if err != nil {
			return total, err
		}
	}
	return total, nil
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
	if p.moves, err = model.Read(r); err != nil {
		return nil, err
	}
	if p.moves.Classes != numMoves {
		return nil, fmt.Errorf("%w: move weights for %d classes, want %d", ErrBadModel, p.moves.Classes, numMoves)
	}
	if p.labels, err = model.Read(r); err != nil {
		return nil, err
	}
	if p.labels.Classes != NumLabels {
		return nil, fmt.Errorf("%w: label weights for %d classes, want %d", ErrBadModel, p.labels.Classes, NumLabels)
	}
	return p, nil
}
