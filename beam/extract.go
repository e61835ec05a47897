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
// and the extractor is shared by the bundles the worker runs.
type extractFn struct {
	Store bool // also emit the documents to store

	x *whosaid.Extractor
}

func (fn *extractFn) Setup() error {
	x, err := whosaid.NewExtractor()
	if err != nil {
		return fmt.Errorf("loading the model: %w", err)
	}
	fn.x = x
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
	var out bytes.Buffer
	w := jsonl.NewWriter(&out)
	line := func() string {
		s := string(bytes.TrimSuffix(out.Bytes(), []byte("\n")))
		out.Reset()
		return s
	}

	d, err := first.doc()
	if err != nil {
		return err // written by newDocRecord: a bug, not the input's
	}
	res, err := extract(fn.x, d.Text)
	if err != nil {
		failed.Inc(ctx, 1)
		emitFail(failure{ID: d.ID, Source: d.Source, Stage: "extract", Error: fmt.Sprintf("%s:%d: %v", d.Source, d.Line, err)})
	} else {
		if err := w.Write(&d, res); err != nil {
			failed.Inc(ctx, 1)
			emitFail(failure{ID: d.ID, Source: d.Source, Stage: "extract", Error: fmt.Sprintf("writing %s: %v", d.ID, err)})
		} else {
			if err := w.Flush(); err != nil {
				return err // a bytes.Buffer does not fail
			}
			extracted.Inc(ctx, 1)
			attributions.Inc(ctx, int64(len(res.Attributions)))
			emitLine(line())
			if fn.Store {
				fn.toStore(ctx, d, res, emitStore, emitFail)
			}
		}
	}
	for _, o := range others {
		dd, err := o.doc()
		if err != nil {
			return err
		}
		if err := w.WriteDuplicate(&dd, d.ID); err != nil {
			failed.Inc(ctx, 1)
			emitFail(failure{ID: dd.ID, Source: dd.Source, Stage: "extract", Error: fmt.Sprintf("writing %s: %v", dd.ID, err)})
			continue
		}
		if err := w.Flush(); err != nil {
			return err
		}
		duplicates.Inc(ctx, 1)
		emitLine(line())
	}
	return nil
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
func extract(x *whosaid.Extractor, text string) (doc *whosaid.Document, err error) {
	defer func() {
		if p := recover(); p != nil {
			doc, err = nil, fmt.Errorf("extractor failed: %v", p)
		}
	}()
	return x.Extract(text), nil
}
