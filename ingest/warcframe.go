package ingest

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/textproto"
	"slices"
	"strconv"
	"strings"
)

// A WARC record is a version line ("WARC/1.0"), header fields, a blank
// line, a block of Content-Length bytes and a blank line ("\r\n\r\n").
// warcStream frames records and checks each one's end: after the block
// must come the blank line and then the next record (or the end). When
// they do not, the Content-Length is wrong or the archive is cut, and the
// stream finds where the next record really starts, so that one damaged
// record never takes the next ones with it.

// maxWARCHeader bounds the header of a record; real ones are under 2 KB.
const maxWARCHeader = 64 << 10

// RecordDamage is a WARC record whose framing does not check out: its
// Content-Length disagrees with where the next record starts, the archive
// ends inside it, or its gzip member is corrupt. Doc.Err or Doc.Damage
// holds one, inside an *Error that names the file.
type RecordDamage struct {
	Offset   int64  // of the record in the file (of its gzip member in a .warc.gz)
	RecordID string // WARC-Record-ID, "" when unreadable
	URL      string // WARC-Target-URI, "" when there is none or it is unreadable
	// Problem says what is wrong; it wraps ErrTruncated for a record the
	// archive cuts, ErrGzip for a corrupt gzip member. A RecordDamage is
	// also an ErrWARC.
	Problem error
}

func (d *RecordDamage) Error() string {
	var names []string
	for _, s := range []string{d.RecordID, d.URL} {
		if s != "" {
			names = append(names, s)
		}
	}
	where := fmt.Sprintf("damaged record at byte %d", d.Offset)
	if len(names) > 0 {
		where += " (" + strings.Join(names, ", ") + ")"
	}
	return where + ": " + d.Problem.Error()
}

func (d *RecordDamage) Unwrap() []error { return []error{ErrWARC, d.Problem} }

// problem is what is wrong with a record, matching a sentinel error
// without repeating its text.
type problem struct {
	sentinel error
	msg      string
}

func (p *problem) Error() string { return p.msg }
func (p *problem) Unwrap() error { return p.sentinel }

func problemf(sentinel error, format string, a ...any) error {
	return &problem{sentinel, fmt.Sprintf(format, a...)}
}

// warcRecord is one record as framed in the archive.
type warcRecord struct {
	offset int64       // in the file, of the record or of its gzip member
	header http.Header // its fields, nil when unreadable
	// block is the record's block; when the record is damaged, what could
	// be recovered of it (nil when nothing). blockHead is set instead,
	// to its first bytes, when the block is too large to keep.
	block     []byte
	blockHead []byte
	damage    error // what is wrong with its framing, nil when whole
}

// warcStream reads the records of an archive, compressed or not.
type warcStream struct {
	src   *pushback
	br    *bufio.Reader // over src
	off   int64         // offset in the decompressed data of br's next byte
	gz    *gzipMembers  // nil when not compressed
	limit int64         // the largest block kept in memory
}

// pushback is a reader whose next bytes can be put back.
type pushback struct {
	pending []byte
	r       io.Reader
	fresh   int64 // bytes read from r
	again   int64 // bytes put back, in all
}

func (p *pushback) Read(b []byte) (int, error) {
	if len(p.pending) > 0 {
		n := copy(b, p.pending)
		p.pending = p.pending[n:]
		return n, nil
	}
	n, err := p.r.Read(b)
	p.fresh += int64(n)
	return n, err
}

func newWARCStream(r *bufio.Reader, compressed bool, limit int64) *warcStream {
	s := &warcStream{limit: limit}
	var in io.Reader = r
	if compressed {
		s.gz = newGzipMembers(r, limit+2*maxWARCHeader)
		in = s.gz
	}
	s.src = &pushback{r: in}
	s.br = bufio.NewReaderSize(s.src, bufSize)
	return s
}

// fileOffset is the offset in the file of decompressed byte d: d itself,
// or the start of its gzip member.
func (s *warcStream) fileOffset(d int64) int64 {
	if s.gz == nil {
		return d
	}
	return s.gz.fileOffset(d)
}

// unread puts b, the last bytes read, back in front of what is left to
// read. b may be in br's buffer.
func (s *warcStream) unread(b []byte) {
	buffered, _ := s.br.Peek(s.br.Buffered())
	s.src.pending = append(append(bytes.Clone(b), buffered...), s.src.pending...)
	s.src.again += int64(len(b))
	s.br.Reset(s.src)
	s.off -= int64(len(b))
}

// mayUnread tells whether n more bytes may be put back. Going back costs
// reading those bytes again: a run of records whose Content-Length each
// overshoots far would make reading quadratic, so no more is read again
// than was read in all.
func (s *warcStream) mayUnread(n int) bool {
	return s.src.again+int64(n) <= s.src.fresh
}

// next frames the next record. It returns io.EOF at the end, and other
// errors only when the file cannot be read; a damaged record is a record
// whose damage is set.
func (s *warcStream) next() (*warcRecord, error) {
	if err := s.skipBlankLines(); err != nil {
		if me := (*memberError)(nil); errors.As(err, &me) {
			return s.gzipDamage(nil, me)
		}
		return nil, err
	}
	rec := &warcRecord{offset: s.fileOffset(s.off)}
	header, err := s.readHeader()
	var me *memberError
	switch {
	case errors.As(err, &me):
		return s.gzipDamage(rec, me)
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		rec.header = header
		rec.damage = problemf(ErrTruncated, "the archive ends inside its header")
		return rec, nil
	case err != nil:
		var bad *badHeader
		if !errors.As(err, &bad) {
			return nil, err
		}
		rec.header = header
		rec.damage = errors.New(bad.msg)
		return rec, s.skipToRecord(nil)
	}
	rec.header = header
	length, err := strconv.ParseInt(strings.TrimSpace(header.Get("Content-Length")), 10, 64)
	if err != nil || length < 0 {
		rec.damage = fmt.Errorf("no valid Content-Length (%q)", header.Get("Content-Length"))
		return rec, s.skipToRecord(nil)
	}
	if length > s.limit {
		return rec, s.readLargeBlock(rec, length)
	}
	return rec, s.readBlock(rec, length)
}

// skipBlankLines skips the line ends before a record (writers differ on
// how many there are), and returns io.EOF at the end.
func (s *warcStream) skipBlankLines() error {
	for {
		b, err := s.br.Peek(1)
		if err != nil {
			return err
		}
		if b[0] != '\r' && b[0] != '\n' {
			return nil
		}
		s.br.Discard(1)
		s.off++
	}
}

// badHeader is a record header that cannot be read as one.
type badHeader struct{ msg string }

func (e *badHeader) Error() string { return e.msg }

// readHeader reads the version line and the fields up to the blank line.
func (s *warcStream) readHeader() (http.Header, error) {
	line, err := s.readLine()
	if err != nil {
		return nil, err
	}
	if !isVersionLine(line) {
		return nil, &badHeader{fmt.Sprintf("no WARC record here, but %q", truncate(line, 40))}
	}
	header := http.Header{}
	size := len(line)
	for {
		line, err := s.readLine()
		if err != nil {
			return header, err
		}
		if size += len(line); size > maxWARCHeader {
			return header, &badHeader{fmt.Sprintf("header over %d bytes", maxWARCHeader)}
		}
		text := strings.TrimRight(string(line), "\r\n")
		if text == "" {
			return header, nil
		}
		if text[0] == ' ' || text[0] == '\t' { // a continuation line
			continue
		}
		name, value, ok := strings.Cut(text, ":")
		if !ok || name == "" {
			return header, &badHeader{fmt.Sprintf("header line without a colon: %q", truncate(line, 40))}
		}
		header.Add(textproto.TrimString(name), textproto.TrimString(value))
	}
}

// readLine reads one line, with its end; a line longer than the buffer is
// a bad header.
func (s *warcStream) readLine() ([]byte, error) {
	line, err := s.br.ReadSlice('\n')
	s.off += int64(len(line))
	if errors.Is(err, bufio.ErrBufferFull) {
		return nil, &badHeader{fmt.Sprintf("header line over %d bytes", s.br.Size())}
	}
	if err != nil {
		if err == io.EOF && len(line) > 0 {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	}
	return line, nil
}

// isVersionLine tells whether line is "WARC/" digits "." digits, then
// the line end: the first line of a record.
func isVersionLine(line []byte) bool {
	rest, ok := bytes.CutPrefix(line, []byte("WARC/"))
	if !ok {
		return false
	}
	rest = bytes.TrimSuffix(bytes.TrimSuffix(rest, []byte("\n")), []byte("\r"))
	major, minor, ok := bytes.Cut(rest, []byte("."))
	return ok && allDigits(major) && allDigits(minor)
}

func allDigits(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return len(b) > 0
}

func truncate(b []byte, n int) string {
	if len(b) > n {
		return string(b[:n]) + "..."
	}
	return string(b)
}

// readBlock reads a block of length bytes (at most the limit) and checks
// its end. A wrong Content-Length shows in two ways: too long, the block
// holds the start of the next record, which is put back to be read; too
// short, the block runs on past its end, and the bytes up to the next
// record are its rest.
func (s *warcStream) readBlock(rec *warcRecord, length int64) error {
	var buf bytes.Buffer
	buf.Grow(int(min(length, bufSize)))
	n, err := io.CopyN(&buf, s.br, length) // grows with what comes: a cut archive may claim much
	s.off += n
	block := buf.Bytes()
	var me *memberError
	switch {
	case errors.As(err, &me):
		_, err := s.gzipDamage(rec, me)
		return err
	case errors.Is(err, io.EOF):
		if found, _ := s.tooLong(rec, block, length); found {
			return nil
		}
		rec.block = block
		rec.damage = problemf(ErrTruncated, "the archive ends after %d of its %d bytes of block", n, length)
		return nil
	case err != nil:
		return err
	}
	ends, err := s.endsHere()
	if err != nil {
		return err
	}
	if ends {
		rec.block = block
		return nil
	}
	if found, putBack := s.tooLong(rec, block, length); found {
		if !putBack {
			return s.skipToRecord(nil)
		}
		return nil
	}
	// Too short: the block goes on up to the next record.
	var rest bytes.Buffer
	if err := s.skipToRecord(&rest); err != nil {
		return err
	}
	runOn := rest.Len()
	if int64(len(block)+rest.Len()) <= s.limit {
		rec.block = trimTrailer(append(block, rest.Bytes()...))
		runOn = len(rec.block) - int(length)
	}
	rec.damage = fmt.Errorf("its Content-Length is %d, but the block runs on for %d more bytes", length, runOn)
	return nil
}

// tooLong tells whether block holds the start of the next record: then
// the record is what comes before it, and the rest is put back to be
// read, unless too much has been put back already. The version line may
// run on past the block, so the bytes after it are looked at too.
func (s *warcStream) tooLong(rec *warcRecord, block []byte, length int64) (found, putBack bool) {
	after, _ := s.br.Peek(len("WARC/1.0\r\n"))
	at := recordStartIn(slices.Concat(block, after))
	if at < 0 || at > len(block) {
		return false, false
	}
	rec.block = trimTrailer(block[:at])
	if !s.mayUnread(len(block) - at) {
		rec.damage = fmt.Errorf("its Content-Length is %d, but another record starts after %d bytes of block; "+
			"the rest of the block is skipped, as too many records overshoot", length, len(rec.block))
		return true, false
	}
	s.unread(block[at:])
	rec.damage = fmt.Errorf("its Content-Length is %d, but the next record starts after %d bytes of block", length, len(rec.block))
	return true, true
}

// recordStartIn is the index in b of the first line that is a WARC
// version line, -1 when there is none. The first line of b does not
// count: a block starts right after its header.
func recordStartIn(b []byte) int {
	for i := 0; ; {
		j := bytes.Index(b[i:], []byte("\nWARC/"))
		if j < 0 {
			return -1
		}
		at := i + j + 1
		end := bytes.IndexByte(b[at:], '\n')
		if end < 0 && isVersionPrefix(b[at:]) || end >= 0 && isVersionLine(b[at:at+end+1]) {
			return at // a cut line (the end of the archive) is judged on what is there
		}
		i = at
	}
}

// isVersionPrefix tells whether b could be the start of a version line.
func isVersionPrefix(b []byte) bool {
	rest := bytes.TrimPrefix(b, []byte("WARC/"))
	for _, c := range bytes.TrimRight(rest, "\r") {
		if (c < '0' || c > '9') && c != '.' {
			return false
		}
	}
	return true
}

// trimTrailer drops the blank line that ends a block.
func trimTrailer(b []byte) []byte {
	for _, end := range []string{"\r\n\r\n", "\n\n", "\r\n", "\n"} {
		if t, ok := bytes.CutSuffix(b, []byte(end)); ok {
			return t
		}
	}
	return b
}

// endsHere reads the blank line after a block and tells whether the next
// record (or the end of the archive) follows. A blank line alone proves
// little: a block cut short in HTML written with CRLF may be followed by
// one. A cut end ("\r\n" then the end of the file) counts as an end.
func (s *warcStream) endsHere() (bool, error) {
	b, err := s.br.Peek(4)
	switch {
	case len(b) == 0 && err == io.EOF:
		return true, nil
	case err != nil && err != io.EOF:
		var me *memberError
		if errors.As(err, &me) {
			return true, nil // the member after this record is bad: that is the next record's damage
		}
		return false, err
	}
	if !bytes.HasPrefix([]byte("\r\n\r\n"), b) && !bytes.HasPrefix(b, []byte("\n\n")) {
		return false, nil
	}
	// A blank line; then only line ends, up to a record or the end.
	for i := 0; ; i++ {
		b, err := s.br.Peek(i + len("WARC/"))
		if i < len(b) && (b[i] == '\r' || b[i] == '\n') {
			continue
		}
		if err != nil && len(b) <= i {
			var me *memberError
			return err == io.EOF || errors.As(err, &me), nil
		}
		return bytes.HasPrefix(b[i:], []byte("WARC/")) || errors.Is(err, io.EOF) && isVersionPrefix(b[i:]), nil
	}
}

// skipToRecord reads up to the next line that starts a record, which it
// leaves to be read, or to the end of the archive, or to a corrupt gzip
// member (the next record's damage); what it skips is added to rest
// (when not nil) as long as rest stays within the limit.
func (s *warcStream) skipToRecord(rest *bytes.Buffer) error {
	lineStart := true
	for {
		line, err := s.br.ReadSlice('\n')
		s.off += int64(len(line))
		if lineStart && isVersionLine(line) {
			s.unread(line)
			return nil
		}
		if rest != nil && int64(rest.Len()+len(line)) <= s.limit {
			rest.Write(line)
		}
		lineStart = err == nil
		var me *memberError
		switch {
		case err == nil, errors.Is(err, bufio.ErrBufferFull):
		case err == io.EOF, errors.As(err, &me):
			return nil
		default:
			return err
		}
	}
}

// readLargeBlock reads a block over the limit: its first bytes are kept,
// to tell what the record holds, the rest skipped. A wrong end then can
// only be resynchronised forward.
func (s *warcStream) readLargeBlock(rec *warcRecord, length int64) error {
	head := make([]byte, min(length, maxWARCHeader))
	n, err := io.ReadFull(s.br, head)
	s.off += int64(n)
	rec.blockHead = head[:n]
	if err == nil {
		var skipped int64
		skipped, err = io.CopyN(io.Discard, s.br, length-int64(n))
		s.off += skipped
	}
	var me *memberError
	switch {
	case errors.As(err, &me):
		_, err := s.gzipDamage(rec, me)
		return err
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		rec.damage = problemf(ErrTruncated, "the archive ends inside its block of %d bytes", length)
		return nil
	case err != nil:
		return err
	}
	ends, err := s.endsHere()
	if err != nil || ends {
		return err
	}
	rec.damage = fmt.Errorf("its block of %d bytes is not followed by the next record", length)
	return s.skipToRecord(nil)
}

// gzipDamage makes rec (nil when the member failed before a record
// started) the damaged record of a corrupt gzip member, and moves on to
// the next good member.
func (s *warcStream) gzipDamage(rec *warcRecord, me *memberError) (*warcRecord, error) {
	if rec == nil {
		rec = &warcRecord{offset: me.offset}
	}
	if rec.header == nil && rec.offset == me.offset {
		// The header may have been decompressed before the failure.
		if header, _ := parseHeader(me.head); len(header) > 0 {
			rec.header = header
		}
	}
	rec.block, rec.blockHead = nil, nil
	rec.damage = problemf(ErrGzip, "%v", me)
	if errors.Is(me.err, io.ErrUnexpectedEOF) || errors.Is(me.err, io.EOF) {
		rec.damage = problemf(ErrTruncated, "the archive ends inside the gzip member at byte %d", me.offset)
	}
	return rec, s.resyncGzip(me)
}

// resyncGzip goes on reading at the next good gzip member after me's.
func (s *warcStream) resyncGzip(me *memberError) error {
	if err := s.gz.resync(me.offset); err != nil {
		return err
	}
	s.src.pending = nil
	s.br.Reset(s.src)
	s.off = s.gz.produced
	return nil
}

// parseHeader reads the header of a record from the start of b.
func parseHeader(b []byte) (http.Header, error) {
	s := &warcStream{src: &pushback{r: bytes.NewReader(b)}}
	s.br = bufio.NewReaderSize(s.src, bufSize)
	return s.readHeader()
}
