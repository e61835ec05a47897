package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/whosaid/whosaid/article"
)

// readWARC reads a WARC archive, compressed (one gzip member per record,
// as Common Crawl writes them) or not. Every response record holding an
// HTML page with HTTP status 200 is a document whose ID is the record's
// WARC-Record-ID; the other records are skipped with their reason.
//
// The end of every record is checked (see warcStream): a damaged record
// (wrong Content-Length, cut by the end of the archive, corrupt gzip
// member) yields one document whose Damage, or one failure whose Err,
// is a *RecordDamage naming it; the text of a damaged page that could be
// recovered is marked partial. Reading goes on at the next record or gzip
// member, so that no intact record is lost.
func (o Options) readWARC(name string, br *bufio.Reader, compressed bool, yield func(Doc) bool) bool {
	s := newWARCStream(br, compressed, o.maxSize()+maxWARCHeader)
	records := 0
	for {
		rec, err := s.next()
		if errors.Is(err, io.EOF) && rec == nil {
			break
		}
		if rec != nil {
			records++
			if !yield(o.warcDoc(name, rec)) {
				return false
			}
		}
		if err != nil {
			return yield(errDoc(name, 0, fmt.Errorf("read: %w", err)))
		}
	}
	if records == 0 {
		return yield(errDoc(name, 0, fmt.Errorf("%w: %w: no WARC record", ErrWARC, ErrEmpty)))
	}
	return true
}

// warcRecordTypes are the record types of the WARC standard.
var warcRecordTypes = map[string]bool{
	"warcinfo": true, "response": true, "resource": true, "request": true,
	"metadata": true, "revisit": true, "conversion": true, "continuation": true,
}

// warcDoc turns one record into a raw document, a skip, or a failure. A
// damaged record is never a skip: its page is kept, marked partial, with
// the damage in Doc.Damage, or else the damage is the failure.
func (o Options) warcDoc(name string, rec *warcRecord) Doc {
	d := o.warcPage(name, rec)
	if rec.damage == nil {
		return d
	}
	damage := &Error{Source: name, Err: &RecordDamage{
		Offset:   rec.offset,
		RecordID: strings.Trim(rec.header.Get("WARC-Record-ID"), "<>"),
		URL:      strings.Trim(rec.header.Get("WARC-Target-URI"), "<>"),
		Problem:  rec.damage,
	}}
	if d.page == nil || d.Err != nil {
		return Doc{Source: name, Err: damage}
	}
	d.Meta.Partial = true
	d.Damage = damage
	return d
}

// warcPage turns a record into a raw document, a skip, or a failure,
// from what its framing gave.
func (o Options) warcPage(name string, rec *warcRecord) Doc {
	h := rec.header
	skip := func(reason string) Doc { return Doc{skip: "warc: " + reason} }
	where := fmt.Sprintf("record at byte %d", rec.offset)
	fail := func(err error) Doc { return errDoc(name, 0, fmt.Errorf("%s: %w", where, err)) }
	if h == nil {
		return fail(fmt.Errorf("%w: no header", ErrWARC))
	}
	typ := strings.ToLower(h.Get("WARC-Type"))
	if typ == "" || h.Get("WARC-Record-ID") == "" {
		return fail(fmt.Errorf("%w: no WARC-Type or WARC-Record-ID", ErrWARC))
	}
	switch {
	case !warcRecordTypes[typ]:
		return skip("unknown record")
	case typ != "response":
		return skip(typ + " record")
	}
	if rec.block == nil && rec.blockHead == nil {
		return fail(fmt.Errorf("%w: no block", ErrWARC))
	}
	block := rec.block
	if block == nil {
		block = rec.blockHead
	}
	if mt, _, _ := mime.ParseMediaType(h.Get("Content-Type")); mt != "application/http" &&
		!(mt == "" && bytes.HasPrefix(block, []byte("HTTP/"))) {
		return skip("response not over HTTP")
	}
	resp, payload, err := httpResponse(block)
	if err != nil {
		return fail(fmt.Errorf("%w: HTTP header: %v", ErrWARC, err))
	}
	if resp.StatusCode != 200 {
		return skip("HTTP status not 200")
	}
	contentType, encoding := resp.Header.Get("Content-Type"), resp.Header.Get("Content-Encoding")
	if mt, _, err := mime.ParseMediaType(contentType); contentType != "" && (err != nil || mt != "text/html" && mt != "application/xhtml+xml") {
		return skip("not HTML")
	}
	max := o.maxSize()
	if rec.block == nil {
		return fail(fmt.Errorf("%w: HTML is over the limit of %d bytes", ErrTooLarge, max))
	}
	var body io.Reader = bytes.NewReader(payload)
	switch strings.ToLower(encoding) {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(body)
		if err != nil {
			return fail(fmt.Errorf("%w: payload: %v", ErrGzip, err))
		}
		defer zr.Close()
		body = zr
	default:
		return skip("content encoding " + strings.ToLower(encoding))
	}
	data, err := io.ReadAll(io.LimitReader(body, max+1))
	if err != nil {
		return fail(fmt.Errorf("%w: payload: %v", ErrWARC, err))
	}
	if int64(len(data)) > max {
		return fail(fmt.Errorf("%w: HTML is over the limit of %d bytes", ErrTooLarge, max))
	}
	if contentType == "" {
		br := bufio.NewReader(bytes.NewReader(data[:min(len(data), sniffSize)]))
		if sniffMarkup(br) != HTML {
			return skip("not HTML")
		}
	}
	uri := strings.Trim(h.Get("WARC-Target-URI"), "<>")
	fetched, _ := time.Parse(time.RFC3339Nano, h.Get("WARC-Date"))
	return Doc{
		ID:     strings.Trim(h.Get("WARC-Record-ID"), "<>"),
		Source: name,
		Meta:   article.Meta{URL: uri},
		page: &page{
			data: data, contentType: contentType, url: uri, fetched: fetched.UTC(),
			where: where, archived: true,
		},
	}
}

// httpResponse splits an HTTP response block into its parsed header and
// its payload, the bytes after the header, as archived.
func httpResponse(block []byte) (*http.Response, []byte, error) {
	end, sep := bytes.Index(block, []byte("\r\n\r\n")), 4
	if lf := bytes.Index(block, []byte("\n\n")); lf >= 0 && (end < 0 || lf < end) {
		end, sep = lf, 2
	}
	if end < 0 {
		return nil, nil, errors.New("no blank line after it")
	}
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(block[:end+sep])), nil)
	if err != nil {
		return nil, nil, err
	}
	resp.Body.Close()
	return resp, block[end+sep:], nil
}
