package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/ingest"
	"github.com/whosaid/whosaid/jsonl"
)

// screenFn drops the documents not in the language Lang ("any" keeps all),
// as `whosaid extract --lang` does, and keys the others by their text, so
// that the copies of one text meet on one worker.
type screenFn struct {
	Lang string
}

func (fn *screenFn) ProcessElement(ctx context.Context, r docRecord, emit func(string, docRecord)) error {
	if fn.Lang != "any" {
		var meta struct {
			Language string `json:"language"`
		}
		if err := json.Unmarshal(r.Meta, &meta); err != nil {
			return fmt.Errorf("%s: meta: %w", r.ID, err) // written by newDocRecord: a bug
		}
		if meta.Language != "" && meta.Language != fn.Lang {
			skipped.Inc(ctx, 1)
			return nil
		}
	}
	key := jsonl.DuplicateKey(r.Text)
	emit(string(key[:]), r)
	return nil
}

// extractFn extracts the first document of each text, in input order, and
// writes the others as its duplicates, as `whosaid extract` does. The
// model is loaded once per worker process (whosaid.NewExtractor shares it)
// and the extractor is shared by the bundles the worker runs. Threads
// extractions of a bundle run at once (see pool).
type extractFn struct {
	Store   bool // also emit the documents to store
	Threads int

	x    *whosaid.Extractor
	pool *pool[extraction]
}

// extraction is the copies of one text, the first extracted.
type extraction struct {
	first  ingest.Doc
	others []ingest.Doc // without their text
	res    *whosaid.Document
	err    error
}

func (fn *extractFn) Setup() error {
	x, err := whosaid.NewExtractor()
	if err != nil {
		return fmt.Errorf("loading the model: %w", err)
	}
	fn.x, fn.pool = x, newPool[extraction](fn.Threads)
	return nil
}

func (fn *extractFn) ProcessElement(ctx context.Context, _ string, copies func(*docRecord) bool, emitLine func(string), emitStore func(storeRecord), emitFail func(failure)) error {
	// Only the first copy keeps its text: memory holds one text per key,
	// however many copies it has.
	var first docRecord
	var others []docRecord
	var r docRecord
	for n := 0; copies(&r); n++ {
		switch {
		case n == 0:
			first = r
		case r.before(&first):
			first.Text = ""
			others = append(others, first)
			first = r
		default:
			r.Text = ""
			others = append(others, r)
		}
		r = docRecord{}
	}
	e := extraction{others: make([]ingest.Doc, len(others))}
	var err error
	if e.first, err = first.doc(); err != nil {
		return err // written by newDocRecord: a bug, not the input's
	}
	for i := range others {
		if e.others[i], err = others[i].doc(); err != nil {
			return err
		}
	}
	fn.pool.submit(func() extraction {
		e.res, e.err = extract(fn.x, e.first)
		return e
	}, func(e extraction) { fn.emit(ctx, e, emitLine, emitStore, emitFail) })
	return nil
}

// FinishBundle emits the extractions still in flight.
func (fn *extractFn) FinishBundle(ctx context.Context, emitLine func(string), emitStore func(storeRecord), emitFail func(failure)) {
	fn.pool.flush(0, func(e extraction) { fn.emit(ctx, e, emitLine, emitStore, emitFail) })
}

// emit writes the lines of one text's copies.
func (fn *extractFn) emit(ctx context.Context, e extraction, emitLine func(string), emitStore func(storeRecord), emitFail func(failure)) {
	var out bytes.Buffer
	w := jsonl.NewWriter(&out)
	// line takes the record written; writing to a bytes.Buffer does not
	// fail, so Flush's error is always nil.
	line := func() string {
		w.Flush()
		s := string(bytes.TrimSuffix(out.Bytes(), []byte("\n")))
		out.Reset()
		return s
	}
	d := &e.first
	fail := func(err error) {
		failed.Inc(ctx, 1)
		emitFail(failure{ID: d.ID, Source: d.Source, Stage: "extract", Error: err.Error()})
	}
	switch {
	case e.err != nil:
		fail(fmt.Errorf("%s:%d: %w", d.Source, d.Line, e.err))
	default:
		if err := w.Write(d, e.res); err != nil {
			fail(fmt.Errorf("writing %s: %w", d.ID, err))
			break
		}
		extracted.Inc(ctx, 1)
		attributions.Inc(ctx, int64(len(e.res.Attributions)))
		emitLine(line())
		if fn.Store {
			fn.toStore(ctx, *d, e.res, emitStore, emitFail)
		}
	}
	for i := range e.others {
		o := &e.others[i]
		if err := w.WriteDuplicate(o, d.ID); err != nil {
			failed.Inc(ctx, 1)
			emitFail(failure{ID: o.ID, Source: o.Source, Stage: "extract", Error: fmt.Sprintf("writing %s: %v", o.ID, err)})
			continue
		}
		duplicates.Inc(ctx, 1)
		emitLine(line())
	}
}

// toStore emits the extracted document for the store, with its metadata
// checked as `whosaid ingest` checks it: a store should not lose a date
// silently.
func (fn *extractFn) toStore(ctx context.Context, d ingest.Doc, res *whosaid.Document, emit func(storeRecord), emitFail func(failure)) {
	fail := func(err error) {
		storeFailed.Inc(ctx, 1)
		emitFail(failure{ID: d.ID, Source: d.Source, Stage: "store", Error: fmt.Sprintf("%s:%d: %v", d.Source, d.Line, err)})
	}
	meta, err := ingest.ReadMeta(d)
	if err != nil {
		fail(err)
		return
	}
	res.ID = d.ID
	doc, err := json.Marshal(res)
	if err != nil {
		fail(err)
		return
	}
	m, err := metaJSON(meta)
	if err != nil {
		fail(err)
		return
	}
	emit(storeRecord{ID: d.ID, Doc: doc, Meta: m})
}

// extract runs the extractor on one text. A panic is that document's
// failure, not the worker's: Beam would retry the bundle, and fail the
// same way.
func extract(x *whosaid.Extractor, d ingest.Doc) (doc *whosaid.Document, err error) {
	defer func() {
		if p := recover(); p != nil {
			doc, err = nil, fmt.Errorf("extractor failed: %v", p)
		}
	}()
	return x.ExtractArticle(context.Background(), d.Text, d.Meta)
}
