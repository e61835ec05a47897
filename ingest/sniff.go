package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"io"
	"path/filepath"
	"strings"
)

// sniffSize is how much of a stream is looked at to tell its format.
const sniffSize = 4 << 10

// formatByName tells a format from a file name without its .gz; Auto
// when the name says nothing sure (.xml may be a feed or not).
func formatByName(name string) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".jsonl", ".ndjson":
		return JSONL
	case ".warc":
		return WARC
	case ".html", ".htm", ".xhtml", ".shtml":
		return HTML
	case ".rss", ".atom":
		return Feed
	}
	return Auto
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

// gzipHoldsWARC tells whether the gzip stream at the start of br
// decompresses to a WARC record. It decompresses a copy of the first
// bytes, so that br is left as it was.
func gzipHoldsWARC(br *bufio.Reader) bool {
	zr, err := gzip.NewReader(bytes.NewReader(peek(br, sniffSize)))
	if err != nil {
		return false
	}
	head := make([]byte, len("WARC/1."))
	n, _ := io.ReadFull(zr, head)
	return string(head[:n]) == "WARC/1."
}

// sniffMarkup tells HTML and feeds from plain text by the first markup
// of the stream: <!doctype html>, <html>, or an XML document whose first
// element is <rss>, <feed> or <rdf:RDF>.
func sniffMarkup(br *bufio.Reader) Format {
	head := bytes.TrimPrefix(peek(br, sniffSize), utf8BOM)
	head = bytes.TrimLeft(head, " \t\r\n")
	for {
		// Skip what may come before the first element: an XML
		// declaration, processing instructions, comments, a doctype
		// that is not HTML's.
		lower := bytes.ToLower(head[:min(len(head), 64)])
		switch {
		case bytes.HasPrefix(lower, []byte("<!doctype html")), bytes.HasPrefix(lower, []byte("<html")),
			bytes.HasPrefix(lower, []byte("<head")):
			return HTML
		case bytes.HasPrefix(lower, []byte("<rss")), bytes.HasPrefix(lower, []byte("<feed")),
			bytes.HasPrefix(lower, []byte("<rdf:rdf")):
			return Feed
		}
		var end []byte
		switch {
		case bytes.HasPrefix(head, []byte("<?")):
			end = []byte("?>")
		case bytes.HasPrefix(head, []byte("<!--")):
			end = []byte("-->")
		case bytes.HasPrefix(head, []byte("<!")):
			end = []byte(">")
		default:
			return Text
		}
		i := bytes.Index(head, end)
		if i < 0 {
			return Text
		}
		head = bytes.TrimLeft(head[i+len(end):], " \t\r\n")
	}
}
