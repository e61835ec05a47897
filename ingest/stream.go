package ingest

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
)

const bufSize = 64 << 10

var utf8BOM = []byte("\xef\xbb\xbf")

// readStream reads one stream, sniffing compression and format; false
// means the consumer stopped.
func (o Options) readStream(name string, r io.Reader, yield func(Doc) bool) bool {
	br := bufio.NewReaderSize(r, bufSize)
	head, err := br.Peek(2)
	if len(head) == 0 {
		if err == io.EOF {
			return yield(errDoc(name, 0, fmt.Errorf("%w: empty file", ErrEmpty)))
		}
		return yield(errDoc(name, 0, err))
	}
	base := name
	if strings.EqualFold(filepath.Ext(name), ".gz") {
		base = name[:len(name)-3]
	}
	format := o.Format
	if format == Auto {
		format = formatByName(base)
	}
	named := strings.EqualFold(filepath.Ext(name), ".gz")
	if format == WARC || format == Auto && (isGzip(head) && gzipHoldsWARC(br) || hasPrefix(br, "WARC/1.")) {
		// A WARC.gz is read member by member, by the WARC reader itself:
		// a corrupt member (even the first) then costs its record only.
		return o.readWARC(name, br, isGzip(head) || named, yield)
	}
	if !isGzip(head) && named {
		return yield(errDoc(name, 0, fmt.Errorf("%w: the file does not start with the gzip magic number", ErrGzip)))
	}
	s := &stream{name: name, r: br, max: o.maxSize()}
	if isGzip(head) {
		s.gz = &countingReader{r: br}
		zr, err := gzip.NewReader(s.gz)
		if err != nil {
			return yield(errDoc(name, 0, s.readErr(err)))
		}
		defer zr.Close()
		s.r = bufio.NewReaderSize(zr, bufSize)
		if _, err := s.r.Peek(1); err != nil {
			if err == io.EOF {
				return yield(errDoc(name, 0, fmt.Errorf("%w: empty file (after decompression)", ErrEmpty)))
			}
			return yield(errDoc(name, 0, s.readErr(err)))
		}
	}
	if format == Auto {
		format = Text
		if startsWithBrace(s.r) {
			format = JSONL
		} else {
			format = sniffMarkup(s.r)
		}
	}
	switch format {
	case JSONL:
		return s.jsonl(yield)
	case HTML:
		return s.html(yield)
	case Feed:
		return s.feed(o, yield)
	}
	return s.text(yield)
}

func isGzip(head []byte) bool { return len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b }

// startsWithBrace tells whether the first byte of br that is not white
// space (after a byte-order mark) is '{'. It peeks only at what is needed,
// so that it does not block on a slow stream, and looks no further than
// the buffer.
func startsWithBrace(br *bufio.Reader) bool {
	n := 1
	for {
		b, err := br.Peek(n)
		if len(b) < len(utf8BOM) && bytes.HasPrefix(utf8BOM, b) && err == nil {
			n = len(utf8BOM) // maybe a byte-order mark: look at all of it
			continue
		}
		b = bytes.TrimPrefix(b, utf8BOM)
		for _, c := range b {
			if !isSpace(rune(c)) {
				return c == '{'
			}
		}
		if err != nil || n >= br.Size() {
			return false
		}
		// Take whatever is buffered already, and at least one more byte.
		n = min(max(n+1, br.Buffered()), br.Size())
	}
}

func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' }

// stream is one input being read.
type stream struct {
	name string
	r    *bufio.Reader   // the (decompressed) text
	gz   *countingReader // the compressed bytes, nil when not gzip
	max  int64
	buf  []byte // line buffer, reused
	off  int64  // decompressed bytes consumed
}

// readErr describes an error from reading the stream, with the byte
// offset when it comes from a gzip stream.
func (s *stream) readErr(err error) error {
	if s.gz == nil {
		return fmt.Errorf("read: %w", err)
	}
	var sentinel error
	var corrupt flate.CorruptInputError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		sentinel = ErrTruncated
	case errors.Is(err, gzip.ErrHeader), errors.Is(err, gzip.ErrChecksum), errors.As(err, &corrupt):
		sentinel = ErrGzip
	default:
		return fmt.Errorf("read: %w (at compressed byte %d)", err, s.gz.n)
	}
	msg := fmt.Sprintf("at compressed byte %d, decompressed byte %d", s.gz.n, s.off)
	if sentinel == ErrGzip {
		return fmt.Errorf("%w: %v, %s", ErrGzip, err, msg)
	}
	return fmt.Errorf("%w %s", ErrTruncated, msg)
}

// countingReader counts the bytes read through it. It is an io.ByteReader
// so that the gzip reader reads from it directly, without a buffer of its
// own: the count is then exactly what was decompressed.
type countingReader struct {
	r *bufio.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func (c *countingReader) ReadByte() (byte, error) {
	b, err := c.r.ReadByte()
	if err == nil {
		c.n++
	}
	return b, err
}
