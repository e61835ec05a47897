package ingest

import (
	"strings"
)

// FormatSpec is one row of the table of input formats: how a file in the
// format is recognised, and what its reader makes of it. Sniffing and
// dispatch read this table and nothing else; `whosaid extract --help`
// and the table in docs/OUTPUT.md are made from it, and a test holds the
// docs to it. Adding a format is adding a row (docs/CONTRIBUTING.md).
type FormatSpec struct {
	Format Format
	// Name is the format's name for people: "JSON Lines".
	Name string
	// Extensions choose the format by file name, before any ".gz": lower
	// case, with the dot. Names are compared without regard to case.
	Extensions []string
	// Sniff is where the content is looked at when the name says nothing,
	// and Signatures what is looked for there.
	Sniff      SniffRule
	Signatures []string
	// Reader says what the reader makes of a file: its documents and ids.
	Reader string

	// readsGzip: the reader decompresses by itself (a WARC.gz is read
	// record by record, each its own gzip member, so that a corrupt record
	// costs that record only); the format is then sniffed and read before
	// any decompression.
	readsGzip bool
	read      func(o Options, s *stream, yield func(Doc) bool) bool
}

// SniffRule is where the content of a stream is looked at to tell its
// format.
type SniffRule int

// The sniff rules. Formats are tried in table order; the first whose
// signature is found wins.
const (
	// SniffFallback matches anything: the format of the last resort.
	SniffFallback SniffRule = iota
	// SniffStart: the stream starts with a signature, or, gzip-compressed,
	// its first member does.
	SniffStart
	// SniffFirstByte: the first byte that is not white space (after a
	// byte-order mark) is a signature.
	SniffFirstByte
	// SniffFirstElement: the first markup element starts with a signature
	// (case aside), after any XML declaration, processing instructions,
	// comments and a doctype that is not HTML's.
	SniffFirstElement
)

// Formats returns the table of input formats, in the order they are
// sniffed; the last is the fallback. It is a function, not a variable,
// so that no caller can change the table for another.
func Formats() []FormatSpec {
	return []FormatSpec{{
		Format:     WARC,
		Name:       "WARC archive",
		Extensions: []string{".warc"},
		Sniff:      SniffStart,
		Signatures: []string{"WARC/1."},
		Reader:     "one document per response record holding an HTML page with HTTP status 200 (its main text, as for HTML; id: the WARC-Record-ID); other records are skipped and counted by reason",
		readsGzip:  true,
		read:       func(o Options, s *stream, yield func(Doc) bool) bool { return o.readWARC(s.name, s.r, yield) },
	}, {
		Format:     JSONL,
		Name:       "JSON Lines",
		Extensions: []string{".jsonl", ".ndjson"},
		Sniff:      SniffFirstByte,
		Signatures: []string{"{"},
		Reader:     `one document per line: an object with a string "text"; "id" is optional (default FILE:LINE); the other fields are passed through to the output`,
		read:       func(_ Options, s *stream, yield func(Doc) bool) bool { return s.jsonl(yield) },
	}, {
		Format:     HTML,
		Name:       "HTML page",
		Extensions: []string{".html", ".htm", ".xhtml", ".shtml"},
		Sniff:      SniffFirstElement,
		Signatures: []string{"<!doctype html", "<html", "<head"},
		Reader:     "one document: the page's main text without navigation, share buttons or comments, one paragraph per line, and its metadata; id: the file path",
		read:       func(_ Options, s *stream, yield func(Doc) bool) bool { return s.html(yield) },
	}, {
		Format:     Feed,
		Name:       "RSS or Atom feed",
		Extensions: []string{".rss", ".atom"},
		Sniff:      SniffFirstElement,
		Signatures: []string{"<rss", "<feed", "<rdf:RDF"},
		Reader:     "one document per item: its full content, else its summary (marked partial); id: the item's guid, else its link",
		read:       func(o Options, s *stream, yield func(Doc) bool) bool { return s.feed(o, yield) },
	}, {
		Format: Text,
		Name:   "plain text",
		Sniff:  SniffFallback,
		Reader: "one document: the whole file; id: the file path",
		read:   func(_ Options, s *stream, yield func(Doc) bool) bool { return s.text(yield) },
	}}
}

// DescribeSniff says in words how the content tells the format, with
// each signature written by code (quotes, or Markdown code spans).
func (f FormatSpec) DescribeSniff(code func(string) string) string {
	sigs := make([]string, len(f.Signatures))
	for i, s := range f.Signatures {
		sigs[i] = code(s)
	}
	list := strings.Join(sigs, ", ")
	if n := len(sigs); n > 1 {
		list = strings.Join(sigs[:n-1], ", ") + " or " + sigs[n-1]
	}
	switch f.Sniff {
	case SniffStart:
		return "starts with " + list + ", compressed or not"
	case SniffFirstByte:
		return "the first byte that is not white space is " + list
	case SniffFirstElement:
		return "the first element starts with " + list + " (after an XML declaration, comments or another doctype)"
	}
	return "anything else"
}

// formatSpec returns the row of f; false for Auto or a value that is no
// format.
func formatSpec(f Format) (FormatSpec, bool) {
	for _, spec := range Formats() {
		if spec.Format == f {
			return spec, true
		}
	}
	return FormatSpec{}, false
}

// formatOfName returns the row whose extensions name ends in (name
// without its .gz); false when none does.
func formatOfName(name string) (FormatSpec, bool) {
	lower := strings.ToLower(name)
	for _, spec := range Formats() {
		for _, ext := range spec.Extensions {
			if strings.HasSuffix(lower, ext) {
				return spec, true
			}
		}
	}
	return FormatSpec{}, false
}
