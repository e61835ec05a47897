package ingest

import (
	"bufio"
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

// readStream reads one stream: its format is Options.Format, else the
// one its name gives (before any .gz), else the one its content shows, by
// the table of Formats; false means the consumer stopped.
func (o Options) readStream(name string, r io.Reader, yield func(Doc) bool) bool {
	br := bufio.NewReaderSize(r, bufSize)
	head, err := br.Peek(2)
	if len(head) == 0 {
		if err == io.EOF {
			return yield(errDoc(name, 0, fmt.Errorf("%w: empty file", ErrEmpty)))
		}
		return yield(errDoc(name, 0, err))
	}
	gzName := strings.EqualFold(filepath.Ext(name), ".gz")
	if gzName && !isGzip(head) {
		return yield(errDoc(name, 0, fmt.Errorf("%w: the file does not start with the gzip magic number", ErrGzip)))
	}
	var spec FormatSpec
	known := false
	switch {
	case o.Format != Auto:
		if spec, known = formatSpec(o.Format); !known {
			return yield(errDoc(name, 0, fmt.Errorf("no reader for input format %v", o.Format)))
		}
	case gzName:
		spec, known = formatOfName(name[:len(name)-len(".gz")])
	default:
		spec, known = formatOfName(name)
	}
	if !known {
		spec, known = sniff(br, true)
	}
	s := &stream{name: name, r: br, max: o.maxSize()}
	if known && spec.readsGzip {
		return spec.read(o, s, yield)
	}
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
	if !known {
		spec, _ = sniff(s.r, false) // the table ends with the fallback
	}
	return spec.read(o, s, yield)
}

func isGzip(head []byte) bool { return len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b }

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
