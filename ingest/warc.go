package ingest

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"strings"

	"github.com/nlnwa/gowarc/v3"
	"github.com/whosaid/whosaid/article"
)

// readWARC reads a WARC archive, compressed (one gzip member per record,
// as Common Crawl writes them) or not. Every response record holding an
// HTML page with HTTP status 200 is a document whose ID is the record's
// WARC-Record-ID; the other records are skipped with their reason. A
// corrupt record is one error naming its offset, and reading goes on at
// the next record the WARC reader finds; a truncated archive yields every
// whole record, then an error naming the offset of the cut record.
func (o Options) readWARC(name string, br *bufio.Reader, yield func(Doc) bool) bool {
	wr, err := gowarc.NewWarcFileReaderFromStream(br, 0)
	if err != nil {
		return yield(errDoc(name, 0, fmt.Errorf("%w: %v", ErrWARC, err)))
	}
	defer wr.Close()

	// After a corrupt record the reader scans for the next one, and may
	// trip on more garbage first: the errors up to the next good record
	// are one failure, reported once that record (or the end) is found.
	var broken error
	var brokenAt, lastEnd int64 = 0, -1
	records := 0
	flush := func(resumedAt int64) bool {
		if broken == nil {
			return true
		}
		err := warcErr(broken, brokenAt)
		if resumedAt >= 0 {
			err = fmt.Errorf("%w; reading resumed at byte %d", err, resumedAt)
		}
		broken = nil
		return yield(errDoc(name, 0, err))
	}
	for {
		rec, err := wr.Next()
		if errors.Is(err, io.EOF) && rec.WarcRecord == nil && !errors.Is(err, io.ErrUnexpectedEOF) {
			break
		}
		end := rec.Offset + rec.Size
		if err != nil {
			rec.Close()
			if broken == nil {
				broken, brokenAt = err, rec.Offset
			}
			if end <= lastEnd {
				break // no progress: the stream itself fails
			}
			lastEnd = end
			continue
		}
		lastEnd = end
		records++
		if !flush(rec.Offset) {
			rec.Close()
			return false
		}
		d := o.warcDoc(name, rec)
		rec.Close()
		if !yield(d) {
			return false
		}
	}
	if broken != nil {
		return flush(-1)
	}
	if records == 0 {
		return yield(errDoc(name, 0, fmt.Errorf("%w: no WARC record", ErrEmpty)))
	}
	return true
}

// warcErr describes the failure to read the record at byte off.
func warcErr(err error, off int64) error {
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return fmt.Errorf("%w: the record at byte %d is cut short", ErrTruncated, off)
	}
	return fmt.Errorf("%w at byte %d: %v", ErrWARC, off, err)
}

// warcDoc turns one record into a raw document, or a skip.
func (o Options) warcDoc(name string, rec gowarc.Record) Doc {
	r := rec.WarcRecord
	skip := func(reason string) Doc { return Doc{skip: "warc: " + reason} }
	if r.WarcHeader().Get(gowarc.WarcType) == "" || r.WarcHeader().Get(gowarc.WarcRecordID) == "" {
		// The reader is lenient; a record without these is not one.
		return errDoc(name, 0, fmt.Errorf("%w at byte %d: no WARC-Type or WARC-Record-ID %v", ErrWARC, rec.Offset, rec.Validation))
	}
	if r.Type() != gowarc.Response {
		return skip(r.Type().String() + " record")
	}
	block, ok := r.Block().(gowarc.HttpResponseBlock)
	if !ok {
		return skip("response not over HTTP")
	}
	if block.HttpStatusCode() != 200 {
		return skip("HTTP status not 200")
	}
	var header = block.HttpHeader()
	contentType, encoding := "", ""
	if header != nil {
		contentType, encoding = header.Get("Content-Type"), header.Get("Content-Encoding")
	}
	if mt, _, err := mime.ParseMediaType(contentType); contentType != "" && (err != nil || mt != "text/html" && mt != "application/xhtml+xml") {
		return skip("not HTML")
	}
	where := fmt.Sprintf("record at byte %d", rec.Offset)
	fail := func(err error) Doc { return errDoc(name, 0, fmt.Errorf("%s: %w", where, err)) }
	payload, err := block.PayloadBytes()
	if err != nil {
		return fail(fmt.Errorf("%w: %v", ErrWARC, err))
	}
	switch strings.ToLower(encoding) {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(payload)
		if err != nil {
			return fail(fmt.Errorf("%w: payload: %v", ErrGzip, err))
		}
		defer zr.Close()
		payload = zr
	default:
		return skip("content encoding " + strings.ToLower(encoding))
	}
	max := o.maxSize()
	data, err := io.ReadAll(io.LimitReader(payload, max+1))
	if err != nil {
		return fail(fmt.Errorf("%w: payload: %v", ErrWARC, err))
	}
	if int64(len(data)) > max {
		return fail(fmt.Errorf("%w: HTML is over the limit of %d bytes", ErrTooLarge, max))
	}
	if contentType == "" {
		br := bufio.NewReader(strings.NewReader(string(data[:min(len(data), sniffSize)])))
		if sniffMarkup(br) != HTML {
			return skip("not HTML")
		}
	}
	uri := strings.Trim(r.WarcHeader().Get(gowarc.WarcTargetURI), "<>")
	fetched, _ := r.Date()
	return Doc{
		ID:     strings.Trim(r.RecordId(), "<>"),
		Source: name,
		Meta:   article.Meta{URL: uri},
		page: &page{
			data: data, contentType: contentType, url: uri, fetched: fetched.UTC(),
			where: where, archived: true,
		},
	}
}
