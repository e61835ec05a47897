package ingest

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"slices"
)

// A .warc.gz holds one gzip member per record, as Common Crawl writes
// them. gzipMembers decompresses them in turn and, when one is corrupt,
// finds the next good member, so that the damage costs one record: a
// plain gzip reader stops at the first bad byte and every later record
// is lost.

// gzipMagic starts every gzip member: ID1, ID2 and the deflate method.
var gzipMagic = []byte{0x1f, 0x8b, 0x08}

// resyncWindow is how much compressed data is looked at to tell whether a
// gzip header found by resync starts a WARC record.
const resyncWindow = 64 << 10

// memberError is a gzip member that cannot be decompressed.
type memberError struct {
	offset int64  // of the member in the file
	err    error  // what gzip said
	head   []byte // what it decompressed to before failing
}

func (e *memberError) Error() string {
	return fmt.Sprintf("the gzip member at byte %d is corrupt (%v)", e.offset, e.err)
}

// memberStart maps the start of a member in the decompressed data to its
// offset in the file.
type memberStart struct{ decompressed, file int64 }

// gzipMembers is the decompressed data of a sequence of gzip members.
// A member of up to limit bytes is decompressed whole before any of it is
// handed out, so that a record is never read from a member whose checksum
// fails; a larger one (an archive compressed as one stream) is handed out
// as it is decompressed.
type gzipMembers struct {
	in       *retainReader
	zr       *gzip.Reader
	limit    int64
	buf      bytes.Buffer // the current member, when whole
	cur      []byte       // what is left of it to hand out
	stream   bool         // the rest of the current member comes from zr
	memberAt int64        // file offset of the current member
	produced int64        // decompressed bytes handed out
	starts   []memberStart
	failed   *memberError // returned by Read until resync
}

func newGzipMembers(r io.Reader, limit int64) *gzipMembers {
	return &gzipMembers{in: newRetainReader(r, limit), limit: limit}
}

func (g *gzipMembers) Read(p []byte) (int, error) {
	for {
		if g.failed != nil {
			return 0, g.failed
		}
		if len(g.cur) > 0 {
			n := copy(p, g.cur)
			g.cur = g.cur[n:]
			g.produced += int64(n)
			return n, nil
		}
		if g.stream {
			n, err := g.zr.Read(p)
			g.produced += int64(n)
			if err == io.EOF {
				g.stream = false
				if n > 0 {
					return n, nil
				}
				continue
			}
			if err != nil {
				g.stream = false
				g.failed = &memberError{offset: g.memberAt, err: err}
				return n, g.failed
			}
			return n, nil
		}
		if err := g.nextMember(); err != nil {
			if me := (*memberError)(nil); errors.As(err, &me) {
				g.failed = me
			}
			return 0, err
		}
	}
}

// nextMember decompresses the next member into buf, or starts streaming
// it when it is over the limit.
func (g *gzipMembers) nextMember() error {
	if _, err := g.in.peek(1); err != nil {
		return err // io.EOF at the end of the file
	}
	g.memberAt = g.in.offset()
	g.in.mark()
	var err error
	if g.zr == nil {
		g.zr, err = gzip.NewReader(g.in)
	} else {
		err = g.zr.Reset(g.in)
	}
	if err != nil {
		if g.in.zerosToEnd() {
			return io.EOF // padding after the last member
		}
		return &memberError{offset: g.memberAt, err: err}
	}
	g.zr.Multistream(false)
	g.starts = append(g.starts, memberStart{g.produced, g.memberAt})
	g.buf.Reset()
	n, err := g.buf.ReadFrom(io.LimitReader(g.zr, g.limit+1))
	if err != nil {
		head := g.buf.Bytes()[:min(int(n), maxWARCHeader)]
		return &memberError{offset: g.memberAt, err: err, head: bytes.Clone(head)}
	}
	g.stream = n > g.limit
	g.cur = g.buf.Bytes()
	return nil
}

// fileOffset is the file offset of the member that holds decompressed
// byte d, and forgets the members before it: d only grows.
func (g *gzipMembers) fileOffset(d int64) int64 {
	for len(g.starts) > 1 && g.starts[1].decompressed <= d {
		g.starts = g.starts[1:]
	}
	if len(g.starts) == 0 {
		return g.memberAt
	}
	return g.starts[0].file
}

// resync skips the member at file offset from, which is corrupt, and what
// follows up to the next gzip member that decompresses to a WARC record.
// It looks from the byte after from when the member's bytes are still
// held (a corrupt member may be read past its end), else from where the
// reading stopped.
func (g *gzipMembers) resync(from int64) error {
	g.cur, g.stream, g.starts, g.failed = nil, false, nil, nil
	g.in.rewindTo(from + 1)
	for {
		window, err := g.in.peek(resyncWindow)
		if err != nil && err != io.EOF {
			return err
		}
		i := bytes.Index(window, gzipMagic)
		if i < 0 {
			if err == io.EOF {
				g.in.discard(len(window))
				return nil
			}
			g.in.discard(len(window) - len(gzipMagic) + 1)
			continue
		}
		g.in.discard(i)
		if window, err = g.in.peek(resyncWindow); err != nil && err != io.EOF {
			return err
		}
		if startsWARC(window) {
			return nil
		}
		g.in.discard(1)
	}
}

// startsWARC tells whether the gzip data at the start of compressed
// decompresses to the start of a WARC record.
func startsWARC(compressed []byte) bool {
	zr, err := gzip.NewReader(bytes.NewReader(compressed))
	if err != nil {
		return false
	}
	head := make([]byte, len("WARC/"))
	n, _ := io.ReadFull(zr, head)
	return string(head[:n]) == "WARC/"
}

// retainReader is a buffered reader of the compressed file that can hold
// on to the bytes read since a mark (up to max of them), so that resync
// can look again at the bytes of a corrupt member. It is an
// io.ByteReader, so that gzip reads exactly the bytes of each member.
type retainReader struct {
	src   io.Reader
	buf   []byte
	r     int   // next byte to read in buf
	base  int64 // file offset of buf[0]
	start int   // index in buf of the mark, -1 when none
	max   int
	err   error
}

func newRetainReader(src io.Reader, max int64) *retainReader {
	return &retainReader{src: src, buf: make([]byte, 0, bufSize), start: -1, max: int(min(max, 1<<30))}
}

func (b *retainReader) offset() int64 { return b.base + int64(b.r) }

// mark starts holding on to the bytes read from here.
func (b *retainReader) mark() { b.start = b.r }

// rewindTo goes back to file offset off when the bytes from there are
// still held; otherwise reading goes on where it is.
func (b *retainReader) rewindTo(off int64) {
	if b.start >= 0 && off >= b.base+int64(b.start) && off <= b.offset() {
		b.r = int(off - b.base)
	}
	b.start = -1
}

// fill reads more of src into buf, dropping what is read and not held.
func (b *retainReader) fill() error {
	if b.err != nil {
		return b.err
	}
	keep := b.r
	if b.start >= 0 {
		if b.r-b.start <= b.max {
			keep = b.start
		} else {
			b.start = -1 // too much to hold: resync will start from here
		}
	}
	// Move what is kept to the front only when as much is dropped, so that
	// holding a large member costs linear time; else the buffer grows.
	if keep > 0 && keep >= len(b.buf)-keep {
		n := copy(b.buf, b.buf[keep:])
		b.buf = b.buf[:n]
		b.base += int64(keep)
		b.r -= keep
		if b.start >= 0 {
			b.start -= keep
		}
	}
	if len(b.buf) == cap(b.buf) {
		b.buf = slices.Grow(b.buf, bufSize)
	}
	n, err := b.src.Read(b.buf[len(b.buf):cap(b.buf)])
	b.buf = b.buf[:len(b.buf)+n]
	if err != nil {
		b.err = err
		if n > 0 {
			return nil
		}
		return err
	}
	return nil
}

func (b *retainReader) ReadByte() (byte, error) {
	for b.r == len(b.buf) {
		if err := b.fill(); err != nil {
			return 0, err
		}
	}
	c := b.buf[b.r]
	b.r++
	return c, nil
}

func (b *retainReader) Read(p []byte) (int, error) {
	for b.r == len(b.buf) {
		if err := b.fill(); err != nil {
			return 0, err
		}
	}
	n := copy(p, b.buf[b.r:])
	b.r += n
	return n, nil
}

// peek returns up to n bytes without reading them, and io.EOF when the
// file ends before n.
func (b *retainReader) peek(n int) ([]byte, error) {
	for len(b.buf)-b.r < n {
		if err := b.fill(); err != nil {
			if errors.Is(err, io.EOF) {
				return b.buf[b.r:], io.EOF
			}
			return b.buf[b.r:], err
		}
	}
	return b.buf[b.r : b.r+n], nil
}

func (b *retainReader) discard(n int) { b.r += min(n, len(b.buf)-b.r) }

// zerosToEnd tells whether only zero bytes are left from the mark, as
// some writers pad an archive: looked at up to resyncWindow bytes. The
// reading position is kept.
func (b *retainReader) zerosToEnd() bool {
	if b.start < 0 {
		return false
	}
	at := b.offset()
	b.r = b.start
	rest, err := b.peek(resyncWindow)
	zeros := err == io.EOF && bytes.Count(rest, []byte{0}) == len(rest)
	b.r = int(at - b.base)
	return zeros
}
