package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/ingest"
)

// The elements that cross the pipeline's stages. Their fields are of the
// kinds Beam's schema coder encodes, so that a distributed runner can ship
// them between workers.

// warcRecord is one record cut out of a WARC archive, to be read on any
// worker.
type warcRecord struct {
	Path   string
	Offset int64  // of the record in the archive
	Data   []byte // the record's bytes as in the archive (a gzip member in a WARC.gz)
}

// docRecord is one document read, on its way to extraction.
type docRecord struct {
	ID        string
	Text      string
	Meta      []byte // article.Meta as JSON: the schema coder has no time.Time
	Source    string
	Line      int64
	Extra     []fieldRecord
	TextGiven bool
	// Order is the document's place in its file: the byte offset of its
	// WARC record, else its rank. With Source it orders the documents as
	// `whosaid extract` reads them, so that the same copy of a duplicated
	// text is the first.
	Order int64
}

// fieldRecord is an ingest.Field.
type fieldRecord struct {
	Name  string
	Value []byte
}

// failure is a dead letter: an input that could not be read, extracted
// or stored, written to the PREFIX-errors-* files.
type failure struct {
	ID     string `json:"id"`
	Source string `json:"source,omitempty"`
	Stage  string `json:"stage"` // read, extract or store
	Error  string `json:"error"`
}

// storeRecord is an extracted document on its way to the store.
type storeRecord struct {
	ID   string
	Doc  []byte // the whosaid.Document as JSON, with its ID
	Meta []byte // article.Meta as JSON
}

func init() {
	for _, v := range []any{warcRecord{}, docRecord{}, fieldRecord{}, failure{}, storeRecord{}} {
		beam.RegisterType(reflect.TypeOf(v))
	}
}

// newDocRecord turns a document read by ingest into a record.
func newDocRecord(d ingest.Doc, order int64) (docRecord, error) {
	meta, err := json.Marshal(d.Meta)
	if err != nil {
		return docRecord{}, fmt.Errorf("%s: meta: %w", d.ID, err)
	}
	r := docRecord{ID: d.ID, Text: d.Text, Meta: meta, Source: d.Source, Line: int64(d.Line), TextGiven: d.TextGiven, Order: order}
	for _, f := range d.Extra {
		r.Extra = append(r.Extra, fieldRecord{Name: f.Name, Value: f.Value})
	}
	return r, nil
}

// doc turns the record back into the document ingest read.
func (r *docRecord) doc() (ingest.Doc, error) {
	d := ingest.Doc{ID: r.ID, Text: r.Text, Source: r.Source, Line: int(r.Line), TextGiven: r.TextGiven}
	if err := json.Unmarshal(r.Meta, &d.Meta); err != nil {
		return d, fmt.Errorf("%s: meta: %w", r.ID, err)
	}
	for _, f := range r.Extra {
		d.Extra = append(d.Extra, ingest.Field{Name: f.Name, Value: json.RawMessage(f.Value)})
	}
	return d, nil
}

// before tells whether r comes before o in the order of the input.
func (r *docRecord) before(o *docRecord) bool {
	if r.Source != o.Source {
		return r.Source < o.Source
	}
	if r.Order != o.Order {
		return r.Order < o.Order
	}
	return r.ID < o.ID
}

// readFailure is the dead letter of a document ingest could not read.
func readFailure(d ingest.Doc) failure {
	id := d.Source
	if d.Line > 0 {
		id = fmt.Sprintf("%s:%d", d.Source, d.Line)
	}
	return failure{ID: id, Source: d.Source, Stage: "read", Error: d.Err.Error()}
}

// line is the dead letter as one JSON line, without its newline.
func (f failure) line() string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(f) // a struct of strings always encodes
	return string(bytes.TrimSuffix(b.Bytes(), []byte("\n")))
}

// metaJSON encodes what is known of a document for the store.
func metaJSON(m article.Meta) ([]byte, error) { return json.Marshal(m) }
