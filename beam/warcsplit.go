package main

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"strconv"
	"strings"
)

// piece is one stretch of a WARC archive, as splitWARC cuts it: a record
// to read, a record not to read, or bytes that are no record.
type piece struct {
	Offset, Size int64 // where the stretch is in the archive
	// Data is the record as it is in the archive (its gzip member in a
	// WARC.gz), for ingest to read; nil for a skip or a failure.
	Data []byte
	Skip string // why the record is not read: it is not an HTML response
	Err  error  // why the stretch is not a record
}

// errNotSplittable: the archive is one gzip stream over several records,
// not one member per record; it can only be read whole.
var errNotSplittable = errors.New("the WARC.gz is not compressed record by record")

const (
	// headSize is how much of a record's start is looked at for its WARC
	// and HTTP headers when the record itself is not kept.
	headSize = 64 << 10
	// sniffSize is how much of a gzip member is looked at to tell whether
	// it holds a WARC record, as ingest looks.
	sniffSize = 4 << 10
	// headerSlack is the room allowed for a record's WARC and HTTP headers
	// over the largest document: a record longer than maxSize plus this
	// has a payload over the limit.
	headerSlack = 1 << 20
)

// splitWARC cuts the WARC archive r (compressed with one gzip member per
// record, or not at all) into pieces, in order, and calls yield with each.
// Records that are not responses are skipped without being kept; a
// response longer than limit bytes is skipped when its HTTP header says it
// is not an HTML page with status 200, and is a failure otherwise. Bytes
// that are no record (a damaged header, a wrong Content-Length, a corrupt
// gzip member) are one failing piece up to the next record found. It
// returns yield's error, the failure of reading r, or errNotSplittable
// (before any piece) for a WARC.gz compressed as one stream.
func splitWARC(r io.Reader, limit int64, yield func(piece) error) error {
	a := newArchive(r)
	if head := a.peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		return splitMembers(a, limit, yield)
	}
	return splitPlain(a, limit, yield)
}

// splitPlain cuts an uncompressed archive.
func splitPlain(a *archive, limit int64, yield func(piece) error) error {
	// resync looks for the next record from the current position; the
	// stretch from start is a failure.
	resync := func(start int64, why string) error {
		if a.off == start {
			a.discard(1) // a record cannot start where none did
		}
		if a.skipTo(len("\nWARC/1."), func([]byte) bool { return true }, []byte("\nWARC/1.")) {
			a.consume(1)
		}
		return yield(piece{Offset: start, Size: a.off - start, Err: fmt.Errorf("at byte %d: %s", start, why)})
	}
	// damaged gives back the bytes of the record begun at start, but its
	// first, and looks for the next record in them.
	damaged := func(start int64, why string) error {
		if a.teeing && len(a.tee) > 0 {
			a.unread(bytes.Clone(a.tee[1:]))
		}
		a.stopTee()
		return resync(start, why)
	}
	for {
		for a.fill(1) && (a.data[a.pos] == '\r' || a.data[a.pos] == '\n') {
			a.consume(1)
		}
		if !a.fill(1) {
			return endErr(a)
		}
		start := a.off
		if !a.hasPrefix("WARC/1.") {
			if err := resync(start, "no WARC record starts here"); err != nil {
				return err
			}
			continue
		}
		a.startTee()
		header, ok := readHeader(a)
		if !ok {
			if err := damaged(start, "the WARC header does not end within 64 KiB"); err != nil {
				return err
			}
			continue
		}
		typ, length, err := parseHeader(header)
		if err != nil {
			if err := damaged(start, err.Error()); err != nil {
				return err
			}
			continue
		}
		keep := (typ == "" || typ == "response") && int64(len(header))+length <= limit
		var body []byte
		if !keep {
			// Not kept: only the start of the block is looked at.
			a.stopTee()
			body = bytes.Clone(a.peek(int(min(length, headSize))))
		}
		if n := a.discard(length); n < length {
			if a.failed() {
				return a.err
			}
			if err := damaged(start, fmt.Sprintf("the record is cut short: %d of its %d bytes", n, length)); err != nil {
				return err
			}
			continue
		}
		if !endsRecord(a) {
			why := fmt.Sprintf("no record follows the %d bytes of its Content-Length", length)
			if keep {
				if err := damaged(start, why); err != nil {
					return err
				}
				continue
			}
			// The bytes are gone: look for the next record from here.
			if err := resync(start, why); err != nil {
				return err
			}
			continue
		}
		p := piece{Offset: start, Size: a.off - start}
		switch {
		case keep:
			p.Data = bytes.Clone(a.tee)
		case typ != "response" && typ != "":
			p.Skip = "warc: " + typ + " record"
		default:
			p.Skip, p.Err = oversized(start, body, length, limit)
		}
		a.stopTee()
		if err := yield(p); err != nil {
			return err
		}
	}
}

// endsRecord consumes the blank lines that end a record and tells whether
// they are there (two line ends, or the end of the stream): when a record's
// Content-Length is wrong, they are not where it says.
func endsRecord(a *archive) bool {
	lines := 0
	for i := 0; i < 64 && a.fill(1) && (a.data[a.pos] == '\r' || a.data[a.pos] == '\n'); i++ {
		if a.data[a.pos] == '\n' {
			lines++
		}
		a.consume(1)
	}
	return lines >= 2 || !a.fill(1)
}

// endErr is the error at the end of an archive: none when it just ended.
func endErr(a *archive) error {
	if a.failed() {
		return a.err
	}
	return nil
}

// readHeader consumes a WARC header, up to and with the blank line that
// ends it; false when there is none within headSize bytes.
func readHeader(a *archive) ([]byte, bool) {
	header, ok := cutHeader(a.peek(headSize))
	if !ok {
		return nil, false
	}
	header = bytes.Clone(header)
	a.consume(len(header))
	return header, true
}

// parseHeader reads the WARC-Type (lower case, "" when absent) and the
// Content-Length of a record header.
func parseHeader(header []byte) (typ string, length int64, err error) {
	length = -1
	for _, line := range strings.Split(string(header), "\n") {
		name, value, ok := strings.Cut(strings.TrimRight(line, "\r"), ":")
		if !ok {
			continue
		}
		value = strings.TrimSpace(value)
		switch strings.ToLower(strings.TrimSpace(name)) {
		case "warc-type":
			typ = strings.ToLower(value)
		case "content-length":
			n, err := strconv.ParseInt(value, 10, 64)
			if err != nil || n < 0 {
				return "", 0, fmt.Errorf("bad Content-Length %q", value)
			}
			length = n
		}
	}
	if length < 0 {
		return "", 0, errors.New("no Content-Length")
	}
	return typ, length, nil
}

// oversized judges a response record too long to read by its HTTP header
// (the start of its block): skipped when it is not an HTML page with status
// 200, as ingest would skip it, else a failure.
func oversized(start int64, block []byte, length, limit int64) (skip string, err error) {
	status, contentType := httpHead(block)
	switch {
	case status != 200:
		return "warc: HTTP status not 200", nil
	case contentType != "":
		if mt, _, perr := mime.ParseMediaType(contentType); perr != nil || mt != "text/html" && mt != "application/xhtml+xml" {
			return "warc: not HTML", nil
		}
	}
	return "", fmt.Errorf("at byte %d: the record of %d bytes is over the limit of %d", start, length, limit)
}

// httpHead reads the status and Content-Type of an HTTP response header at
// the start of b; status 0 when b does not start with one.
func httpHead(b []byte) (status int, contentType string) {
	head, _, _ := bytes.Cut(b, []byte("\r\n\r\n"))
	lines := strings.Split(string(head), "\n")
	fields := strings.Fields(lines[0])
	if len(fields) < 2 || !strings.HasPrefix(fields[0], "HTTP/") {
		return 0, ""
	}
	status, _ = strconv.Atoi(fields[1])
	for _, line := range lines[1:] {
		if name, value, ok := strings.Cut(line, ":"); ok && strings.EqualFold(strings.TrimSpace(name), "Content-Type") {
			contentType = strings.TrimSpace(value)
		}
	}
	return status, contentType
}

// holdsWARC tells whether the gzip member at the start of b decompresses
// to a WARC record, as ingest's sniffing tells.
func holdsWARC(b []byte) bool {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return false
	}
	head := make([]byte, len("WARC/1."))
	n, _ := io.ReadFull(zr, head)
	return string(head[:n]) == "WARC/1."
}

var gzipMember = []byte{0x1f, 0x8b, 0x08}

// splitMembers cuts a WARC.gz, one gzip member per record.
func splitMembers(a *archive, limit int64, yield func(piece) error) error {
	// resync looks for the next member that holds a record.
	resync := func(start int64, err error) error {
		a.stopTee()
		if a.off == start {
			a.discard(1) // a record cannot start where none did
		}
		a.skipTo(sniffSize, holdsWARC, gzipMember)
		return yield(piece{Offset: start, Size: a.off - start, Err: fmt.Errorf("at byte %d: %w", start, err)})
	}
	first := true
	// fail ends the member begun at start as a failure.
	fail := func(start int64, err error) error {
		first = false
		return resync(start, err)
	}
	zr := new(gzip.Reader)
	buf := make([]byte, 32<<10)
	var head []byte // reused: a gzip reader and its buffers cost more than a small member
	for {
		if !a.fill(1) {
			return endErr(a)
		}
		start := a.off
		if !bytes.HasPrefix(a.peek(len(gzipMember)), gzipMember) {
			if err := fail(start, errors.New("no gzip member starts here")); err != nil {
				return err
			}
			continue
		}
		a.startTee()
		var size int64
		var err error
		head, size, err = readMember(a, zr, buf, head[:0], limit)
		if a.failed() {
			return a.err
		}
		if err != nil {
			if a.teeing {
				// Look for the next member inside this one's bytes.
				a.unread(bytes.Clone(a.tee[1:]))
			}
			if err := fail(start, err); err != nil {
				return err
			}
			continue
		}
		if !bytes.HasPrefix(head, []byte("WARC/1.")) {
			if err := fail(start, errors.New("the gzip member holds no WARC record")); err != nil {
				return err
			}
			continue
		}
		header, ok := cutHeader(head)
		if !ok {
			if err := fail(start, errors.New("the WARC header does not end within 64 KiB")); err != nil {
				return err
			}
			continue
		}
		typ, length, err := parseHeader(header)
		if err != nil {
			if err := fail(start, err); err != nil {
				return err
			}
			continue
		}
		// Blank lines end a record; more than a few bytes past them are
		// another record in the same member.
		if first && size > int64(len(header))+length+8 {
			return errNotSplittable
		}
		first = false
		p := piece{Offset: start, Size: a.off - start}
		switch {
		case typ != "response" && typ != "":
			p.Skip = "warc: " + typ + " record"
		case !a.teeing:
			p.Skip, p.Err = oversized(start, head[len(header):], size, limit)
		default:
			p.Data = bytes.Clone(a.tee)
		}
		a.stopTee()
		if err := yield(p); err != nil {
			return err
		}
	}
}

// readMember decompresses the gzip member at the start of a, teeing its
// compressed bytes while they are within limit. It returns the first
// headSize bytes decompressed, appended to head, and the decompressed
// size, or the error that makes the member unreadable.
func readMember(a *archive, zr *gzip.Reader, buf, head []byte, limit int64) (_ []byte, size int64, err error) {
	if err := zr.Reset(a); err != nil {
		return nil, 0, fmt.Errorf("gzip: %w", err)
	}
	zr.Multistream(false)
	for {
		n, err := zr.Read(buf)
		if len(head) < headSize {
			head = append(head, buf[:min(n, headSize-len(head))]...)
		}
		size += int64(n)
		if size > limit && a.teeing {
			a.stopTee() // too long to read: only its end is looked for
		}
		if err == io.EOF {
			return head, size, nil
		}
		if err != nil {
			if errors.Is(err, io.ErrUnexpectedEOF) {
				return nil, 0, fmt.Errorf("the gzip member is cut short after %d bytes", size)
			}
			return nil, 0, fmt.Errorf("gzip: %w", err)
		}
	}
}

// cutHeader returns the WARC header at the start of a record's bytes.
func cutHeader(b []byte) ([]byte, bool) {
	end, sep := bytes.Index(b, []byte("\r\n\r\n")), 4
	if i := bytes.Index(b, []byte("\n\n")); i >= 0 && (end < 0 || i < end) {
		end, sep = i, 2
	}
	if end < 0 {
		return nil, false
	}
	return b[:end+sep], true
}
