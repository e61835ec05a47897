// Package jsonl writes extracted documents as JSON Lines, byte for byte
// as `whosaid extract --format json` does, and tells duplicates as it
// does. It is the output format for programs outside this module (the
// Apache Beam pipeline in beam/), which cannot import internal/output.
package jsonl

import (
	"io"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/ingest"
	"github.com/whosaid/whosaid/internal/filter"
	"github.com/whosaid/whosaid/internal/output"
)

// Writer writes one JSON object per document to a buffered stream. It is
// not safe for concurrent use. Call Flush at the end.
type Writer struct{ w *output.Writer }

// NewWriter returns a Writer on w.
func NewWriter(w io.Writer) *Writer { return &Writer{w: output.NewWriter(w, output.JSON)} }

// Write writes the input document d with its extraction result res.
func (x *Writer) Write(d *ingest.Doc, res *whosaid.Document) error { return x.w.Write(d, res) }

// WriteDuplicate writes d as a copy of the document firstID: its id,
// input fields but the text, meta and "duplicate_of", without
// attributions.
func (x *Writer) WriteDuplicate(d *ingest.Doc, firstID string) error {
	return x.w.WriteDuplicate(d, firstID)
}

// Flush writes out what is buffered.
func (x *Writer) Flush() error { return x.w.Flush() }

// DuplicateKey is the key by which `whosaid extract` tells duplicates:
// texts with the same key (equal once runs of white space are one space
// and case is folded) are one text, extracted once, for the first
// document that has it.
func DuplicateKey(text string) [16]byte { return filter.Key(text) }
