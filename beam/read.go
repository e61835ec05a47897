package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"

	"github.com/whosaid/whosaid/ingest"
)

// readFileFn reads one input file. A WARC archive is cut into its records,
// which readRecordFn reads, on any worker; any other file (JSON Lines,
// HTML, plain text, feeds, gzip-compressed or not) is read whole by ingest,
// here.
type readFileFn struct {
	MaxSize int64
	Lang    string // "any" reads no language
}

func (fn *readFileFn) options(ctx context.Context) ingest.Options {
	return ingest.Options{
		MaxSize: fn.MaxSize, Workers: 1, DetectLanguage: fn.Lang != "any",
		Skipped: func(string) { skipped.Inc(ctx, 1); read.Inc(ctx, 1) },
	}
}

func (fn *readFileFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emitRecord func(warcRecord), emitDoc func(docRecord), emitFail func(failure)) error {
	name := f.Metadata.Path
	rc, err := f.Open(ctx)
	if err != nil {
		// The file was listed a moment ago: this is the file system's
		// failure, for Beam to retry, not the input's.
		return fmt.Errorf("opening %s: %w", name, err)
	}
	defer rc.Close()
	files.Inc(ctx, 1)
	br := bufio.NewReaderSize(rc, chunkSize)
	head, _ := br.Peek(sniffSize)
	if len(head) > 0 && isWARC(name, head) {
		err := fn.split(ctx, name, br, emitRecord, emitFail)
		if !errors.Is(err, errNotSplittable) {
			return err
		}
		log.Infof(ctx, "%s: %v: reading it whole, on one worker", name, err)
		if rc, err = f.Open(ctx); err != nil {
			return fmt.Errorf("opening %s again: %w", name, err)
		}
		defer rc.Close()
		br = bufio.NewReaderSize(rc, chunkSize)
	}
	return fn.readWhole(ctx, name, br, emitDoc, emitFail)
}

// readWhole reads a file with ingest, as `whosaid extract` reads it.
func (fn *readFileFn) readWhole(ctx context.Context, name string, r io.Reader, emitDoc func(docRecord), emitFail func(failure)) error {
	rank := int64(0)
	for d := range ingest.ReadFrom(name, r, fn.options(ctx)) {
		read.Inc(ctx, 1)
		if d.Err != nil {
			failed.Inc(ctx, 1)
			emitFail(readFailure(d))
			continue
		}
		rec, err := newDocRecord(d, rank)
		if err != nil {
			failed.Inc(ctx, 1)
			emitFail(failure{ID: d.ID, Source: name, Stage: "read", Error: err.Error()})
			continue
		}
		rank++
		emitDoc(rec)
	}
	return nil
}

// split cuts a WARC archive into its records.
func (fn *readFileFn) split(ctx context.Context, name string, r io.Reader, emitRecord func(warcRecord), emitFail func(failure)) error {
	pieces := 0
	err := splitWARC(r, fn.MaxSize+headerSlack, func(p piece) error {
		pieces++
		switch {
		case p.Err != nil:
			read.Inc(ctx, 1)
			failed.Inc(ctx, 1)
			emitFail(failure{ID: fmt.Sprintf("%s@%d", name, p.Offset), Source: name, Stage: "read",
				Error: fmt.Sprintf("%s: %v (%d bytes skipped)", name, p.Err, p.Size)})
		case p.Skip != "":
			read.Inc(ctx, 1)
			skipped.Inc(ctx, 1)
		default:
			records.Inc(ctx, 1)
			emitRecord(warcRecord{Path: name, Offset: p.Offset, Data: p.Data})
		}
		return nil
	})
	if errors.Is(err, errNotSplittable) {
		return err
	}
	if err != nil {
		return fmt.Errorf("reading %s: %w", name, err)
	}
	if pieces == 0 {
		read.Inc(ctx, 1)
		failed.Inc(ctx, 1)
		emitFail(failure{ID: name, Source: name, Stage: "read", Error: name + ": no WARC record"})
	}
	return nil
}

// isWARC tells a WARC archive as ingest does: by the name (.warc, before
// any .gz), or content starting with a WARC record, compressed or not.
func isWARC(name string, head []byte) bool {
	base := strings.ToLower(path.Base(name))
	base = strings.TrimSuffix(base, ".gz")
	return strings.HasSuffix(base, ".warc") || bytes.HasPrefix(head, []byte("WARC/1.")) || holdsWARC(head)
}

// readRecordFn reads one WARC record with ingest: the HTML of a page
// becomes its text, the costly part of reading. Threads records of a
// bundle are read at once (see pool).
type readRecordFn struct {
	MaxSize int64
	Lang    string
	Threads int

	pool *pool[recordRead]
}

// recordRead is what ingest read of one record.
type recordRead struct {
	path    string
	offset  int64
	docs    []ingest.Doc
	skipped int // records ingest skipped: not HTML, status not 200, ...
}

func (fn *readRecordFn) Setup() { fn.pool = newPool[recordRead](fn.Threads) }

func (fn *readRecordFn) ProcessElement(ctx context.Context, r warcRecord, emitDoc func(docRecord), emitFail func(failure)) {
	r.Data = bytes.Clone(r.Data) // read after this call returns
	fn.pool.submit(func() recordRead {
		out := recordRead{path: r.Path, offset: r.Offset}
		opts := ingest.Options{
			MaxSize: fn.MaxSize, Workers: 1, DetectLanguage: fn.Lang != "any", Format: ingest.WARC,
			Skipped: func(string) { out.skipped++ },
		}
		for d := range ingest.ReadFrom(r.Path, bytes.NewReader(r.Data), opts) {
			out.docs = append(out.docs, d)
		}
		return out
	}, func(rr recordRead) { fn.emit(ctx, rr, emitDoc, emitFail) })
}

// FinishBundle emits the records still in flight.
func (fn *readRecordFn) FinishBundle(ctx context.Context, emitDoc func(docRecord), emitFail func(failure)) {
	fn.pool.flush(0, func(rr recordRead) { fn.emit(ctx, rr, emitDoc, emitFail) })
}

// emit hands on the documents of one record, and its failures.
func (fn *readRecordFn) emit(ctx context.Context, rr recordRead, emitDoc func(docRecord), emitFail func(failure)) {
	read.Inc(ctx, int64(rr.skipped))
	skipped.Inc(ctx, int64(rr.skipped))
	for _, d := range rr.docs {
		read.Inc(ctx, 1)
		if d.Err != nil {
			failed.Inc(ctx, 1)
			// Offsets in ingest's message count from the record's start.
			emitFail(failure{ID: fmt.Sprintf("%s@%d", rr.path, rr.offset), Source: rr.path, Stage: "read",
				Error: fmt.Sprintf("the record at byte %d: %v", rr.offset, d.Err)})
			continue
		}
		rec, err := newDocRecord(d, rr.offset)
		if err != nil {
			failed.Inc(ctx, 1)
			emitFail(failure{ID: d.ID, Source: rr.path, Stage: "read", Error: err.Error()})
			continue
		}
		emitDoc(rec)
	}
}
