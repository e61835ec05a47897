package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"io"
)

// sniffSize is how much of a stream is looked at to tell its format.
const sniffSize = 4 << 10

// sniff returns the first format of the table whose signature br shows,
// among those read before decompression (readsGzip) or those read after;
// false when none does (the fallback is read after decompression).
func sniff(br *bufio.Reader, beforeGzip bool) (FormatSpec, bool) {
	for _, spec := range Formats() {
		if spec.readsGzip == beforeGzip && spec.matches(br) {
			return spec, true
		}
	}
	return FormatSpec{}, false
}

// matches tells whether br shows one of the format's signatures where its
// sniff rule looks.
func (f FormatSpec) matches(br *bufio.Reader) bool {
	switch f.Sniff {
	case SniffFallback:
		return true
	case SniffStart:
		gz := isGzip(peek(br, 2))
		for _, sig := range f.Signatures {
			if hasPrefix(br, sig) || gz && gzipStartsWith(br, sig) {
				return true
			}
		}
	case SniffFirstByte:
		c, ok := firstNonSpace(br)
		for _, sig := range f.Signatures {
			if ok && len(sig) == 1 && c == sig[0] {
				return true
			}
		}
	case SniffFirstElement:
		elem := firstElement(br)
		for _, sig := range f.Signatures {
			if bytes.HasPrefix(elem, bytes.ToLower([]byte(sig))) {
				return true
			}
		}
	}
	return false
}

// sniffMarkup tells HTML and feeds from plain text by the first markup
// element of br, as the table's SniffFirstElement rows say.
func sniffMarkup(br *bufio.Reader) Format {
	for _, spec := range Formats() {
		if spec.Sniff == SniffFirstElement && spec.matches(br) {
			return spec.Format
		}
	}
	return Text
}

// peek returns up to n bytes of br without consuming them; fewer at the
// end of the stream.
func peek(br *bufio.Reader, n int) []byte {
	b, _ := br.Peek(min(n, br.Size()))
	return b
}

func hasPrefix(br *bufio.Reader, prefix string) bool {
	return bytes.HasPrefix(peek(br, len(prefix)), []byte(prefix))
}

// gzipStartsWith tells whether the gzip stream at the start of br
// decompresses to something starting with prefix. It decompresses a copy
// of the first bytes, so that br is left as it was.
func gzipStartsWith(br *bufio.Reader, prefix string) bool {
	zr, err := gzip.NewReader(bytes.NewReader(peek(br, sniffSize)))
	if err != nil {
		return false
	}
	head := make([]byte, len(prefix))
	n, _ := io.ReadFull(zr, head)
	return string(head[:n]) == prefix
}

// firstNonSpace returns the first byte of br that is not white space,
// after a byte-order mark; false when there is none within the buffer. It
// peeks only at what is needed, so that it does not block on a slow
// stream.
func firstNonSpace(br *bufio.Reader) (byte, bool) {
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
				return c, true
			}
		}
		if err != nil || n >= br.Size() {
			return 0, false
		}
		// Take whatever is buffered already, and at least one more byte.
		n = min(max(n+1, br.Buffered()), br.Size())
	}
}

// firstElement returns the start of the first markup element of br, lower
// case, skipping what may come before it: an XML declaration, processing
// instructions, comments, a doctype that is not HTML's. Nil when the
// stream does not start with markup.
func firstElement(br *bufio.Reader) []byte {
	head := bytes.TrimPrefix(peek(br, sniffSize), utf8BOM)
	head = bytes.TrimLeft(head, " \t\r\n")
	for {
		lower := bytes.ToLower(head[:min(len(head), 64)])
		if bytes.HasPrefix(lower, []byte("<!doctype html")) {
			return lower
		}
		var end []byte
		switch {
		case bytes.HasPrefix(head, []byte("<?")):
			end = []byte("?>")
		case bytes.HasPrefix(head, []byte("<!--")):
			end = []byte("-->")
		case bytes.HasPrefix(head, []byte("<!")):
			end = []byte(">")
		case bytes.HasPrefix(head, []byte("<")):
			return lower
		default:
			return nil
		}
		i := bytes.Index(head, end)
		if i < 0 {
			return nil
		}
		head = bytes.TrimLeft(head[i+len(end):], " \t\r\n")
	}
}
