// Package ingest reads the articles whosaid works on. It turns files,
// folders and standard input into a stream of documents, in input order,
// whatever their format: JSON Lines (one object with a "text" field per
// line), plain text (one article per file), HTML pages (the main content,
// without navigation and comments), WARC archives (one document per HTML
// response), RSS and Atom feeds (one document per item), each of them
// possibly gzip-compressed.
//
// Reading is streaming: memory stays proportional to the largest document,
// never to the size of a file. Bad input never stops the stream: a line,
// record or file that cannot be read becomes a Doc whose Err says where and
// why, and reading goes on with the next one.
package ingest

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"runtime"
	"sync/atomic"

	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/internal/filter"
	"github.com/whosaid/whosaid/internal/pipeline"
)

// DefaultMaxSize is the largest document accepted when Options.MaxSize is
// zero: 64 MiB of text for a plain-text file, 64 MiB for one JSONL line.
const DefaultMaxSize = 64 << 20

// StdinName is the Source of documents read from standard input ("-").
const StdinName = "<stdin>"

// The errors a Doc can carry, to test with errors.Is. Doc.Err wraps one of
// them in an *Error that names the file and line.
var (
	ErrEmpty          = errors.New("empty input")
	ErrInvalidUTF8    = errors.New("invalid UTF-8")
	ErrNUL            = errors.New("NUL byte in text")
	ErrNotJSON        = errors.New("not a JSON object")
	ErrNoText         = errors.New(`no string "text" field`)
	ErrBadID          = errors.New(`"id" is neither a string nor a number`)
	ErrDuplicateField = errors.New("duplicate field")
	ErrTooLarge       = errors.New("document too large")
	ErrGzip           = errors.New("invalid gzip data")
	ErrTruncated      = errors.New("truncated gzip stream")
	ErrBinary         = errors.New("binary data, not text")
	ErrTooDeep        = errors.New("HTML nested too deeply")
	ErrNoContent      = errors.New("no article text found")
	ErrHTML           = errors.New("HTML extraction failed")
	ErrWARC           = errors.New("corrupt WARC record")
	ErrFeed           = errors.New("invalid feed")
)

// Format is the format of an input stream.
type Format int

// The input formats. Auto picks one per file, from the name (before any
// .gz) or else the content, by the table of Formats.
const (
	Auto Format = iota
	JSONL
	Text
	HTML
	WARC
	Feed
)

// String returns the name of the format.
func (f Format) String() string {
	switch f {
	case Auto:
		return "auto"
	case JSONL:
		return "jsonl"
	case Text:
		return "text"
	case HTML:
		return "html"
	case WARC:
		return "warc"
	case Feed:
		return "feed"
	}
	return fmt.Sprintf("Format(%d)", int(f))
}

// Options tune reading. The zero value is ready to use.
type Options struct {
	// MaxSize is the largest document in bytes: a JSONL line, or the
	// decompressed text of a plain-text file. Zero means DefaultMaxSize.
	MaxSize int64
	// Format forces the input format; Auto sniffs it for each file.
	Format Format
	// Stdin is read for the path "-"; nil means os.Stdin.
	Stdin io.Reader
	// Workers is how many goroutines turn HTML into text (the costly part
	// of reading HTML pages and WARC archives); zero means GOMAXPROCS.
	// Documents are yielded in input order whatever their number.
	Workers int
	// BytesRead, when set, is increased by the bytes read from the input
	// files (compressed bytes for gzip), as they are read: for progress.
	BytesRead *atomic.Int64
	// DetectLanguage sets Meta.Language to the language identified from
	// the text (on Read's workers), when the text is long enough to tell
	// (200 bytes); the declared language is kept otherwise.
	DetectLanguage bool
	// Skipped, when set, is called for every input that is not a
	// document and not a failure, with the reason: a WARC record that is
	// not an HTML response with status 200, or a page without article
	// text in a WARC archive. It is called on the consuming goroutine,
	// in input order.
	Skipped func(reason string)
}

func (o Options) maxSize() int64 {
	if o.MaxSize <= 0 {
		return DefaultMaxSize
	}
	return o.MaxSize
}

// Field is one JSON field passed through from input to output untouched.
type Field struct {
	Name  string
	Value json.RawMessage
}

// Doc is one input document, or one failure to read one.
type Doc struct {
	// ID names the document: the "id" field of a JSONL line, else
	// "FILE:LINE" for JSONL; the file path for plain text and HTML; the
	// WARC-Record-ID of a WARC record; the guid, else the link, else
	// "FILE#N" of a feed item.
	ID string
	// Text is the article text, valid UTF-8 without NUL bytes.
	Text string
	// Meta is what is known of the document besides its text.
	Meta article.Meta
	// Source is the file the document comes from (StdinName for "-").
	Source string
	// Line is the 1-based line of the document in Source; 1 for plain
	// text and HTML; 0 for a record of a WARC archive or an item of a
	// feed, and in an error that concerns a whole file or record.
	Line int
	// Extra holds the fields of a JSONL object in input order, to be
	// passed through to the output, except "id" (which is ID) and
	// "attributions" (which the output replaces). When TextGiven, the
	// "text" field is among them, at its input position.
	Extra []Field
	// TextGiven is true when the text came as a JSON "text" field, false
	// for plain-text input.
	TextGiven bool
	// Err is set when the document could not be read; then only Source,
	// Line and Err are meaningful. It is an *Error.
	Err error

	page *page  // HTML still to be turned into text, by Read's workers
	skip string // why this input is not a document: never yielded
}

// Error is a failure to read one document or file.
type Error struct {
	Source string // file name
	Line   int    // 1-based line, 0 for the whole file
	Err    error  // wraps one of the Err* sentinels, or an I/O error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Source, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Source, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

func errDoc(source string, line int, err error) Doc {
	return Doc{Source: source, Line: line, Err: &Error{Source: source, Line: line, Err: err}}
}

// Read yields the documents of the named inputs in order. A path is a
// file, a folder or "-" for standard input. A folder is read recursively
// in lexical order of its paths, skipping entries whose name starts with a
// dot and anything that is not a regular file; a file named explicitly is
// always read. Breaking out of the loop closes the open file.
func Read(paths []string, opts Options) iter.Seq[Doc] {
	return opts.finish(func(yield func(Doc) bool) {
		for _, p := range paths {
			if !opts.readPath(p, yield) {
				return
			}
		}
	})
}

// ReadFrom yields the documents of one stream r, named name in IDs and
// errors. The name also guides format sniffing (.jsonl, .ndjson, .gz).
func ReadFrom(name string, r io.Reader, opts Options) iter.Seq[Doc] {
	return opts.finish(func(yield func(Doc) bool) {
		opts.readStream(name, r, yield)
	})
}

// finish turns the HTML of the raw documents into text, on opts.Workers
// goroutines, and reports the skipped inputs, in input order.
func (o Options) finish(raw iter.Seq[Doc]) iter.Seq[Doc] {
	workers := o.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	return func(yield func(Doc) bool) {
		// Two pages per worker in flight bounds memory to a few times
		// MaxSize while keeping the workers busy.
		for _, d := range pipeline.Ordered(raw, workers, 2*workers, o.finishDoc) {
			if d.skip != "" {
				if o.Skipped != nil {
					o.Skipped(d.skip)
				}
				continue
			}
			if !yield(d) {
				return
			}
		}
	}
}

// finishDoc does the costly part of reading one document, on a worker.
func (o Options) finishDoc(d Doc) Doc {
	// The main-content extractor identifies the language of a page's
	// text already, with the same identifier.
	identified := d.page != nil
	d = o.convert(d)
	if o.DetectLanguage && !identified && d.Err == nil && d.skip == "" {
		if code := filter.Identify(d.Text); code != "" {
			d.Meta.Language = code
		}
	}
	return d
}

// readPath reads one command-line path; false means the consumer stopped.
func (o Options) readPath(p string, yield func(Doc) bool) bool {
	if p == "-" {
		in := o.Stdin
		if in == nil {
			in = os.Stdin
		}
		if o.BytesRead != nil {
			in = &progressReader{r: in, n: o.BytesRead}
		}
		return o.readStream(StdinName, in, yield)
	}
	fi, err := os.Stat(p)
	if err != nil {
		return yield(errDoc(p, 0, unwrapPath(err)))
	}
	if fi.IsDir() {
		return o.readDir(p, yield)
	}
	return o.readFile(p, yield)
}

func (o Options) readFile(p string, yield func(Doc) bool) bool {
	f, err := os.Open(p)
	if err != nil {
		return yield(errDoc(p, 0, unwrapPath(err)))
	}
	defer f.Close()
	var r io.Reader = f
	if o.BytesRead != nil {
		r = &progressReader{r: f, n: o.BytesRead}
	}
	return o.readStream(p, r, yield)
}

// progressReader adds the bytes read through it to n.
type progressReader struct {
	r io.Reader
	n *atomic.Int64
}

func (p *progressReader) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	p.n.Add(int64(n))
	return n, err
}

// unwrapPath drops the operation and path from an *fs.PathError, since
// Error already names the file.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
