package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"os"
	"strings"
	"testing"
)

func TestFormatTable(t *testing.T) {
	specs := Formats()
	seen := map[Format]bool{}
	owner := map[string]string{}
	for i, f := range specs {
		if f.Format == Auto || seen[f.Format] {
			t.Errorf("row %d: format %v is Auto or listed twice", i, f.Format)
		}
		seen[f.Format] = true
		if f.Name == "" || f.Reader == "" || f.read == nil {
			t.Errorf("%v: name, reader description and reader are all needed", f.Format)
		}
		if last := i == len(specs)-1; (f.Sniff == SniffFallback) != last {
			t.Errorf("%v: the fallback must be the last row, and only it", f.Format)
		}
		if f.Sniff != SniffFallback && len(f.Signatures) == 0 {
			t.Errorf("%v: sniffed by content, but no signature", f.Format)
		}
		if f.readsGzip && f.Sniff != SniffStart {
			t.Errorf("%v: a format read before decompression must be sniffed at the start of the stream", f.Format)
		}
		for _, sig := range f.Signatures {
			if f.Sniff == SniffFirstByte && len(sig) != 1 {
				t.Errorf("%v: first-byte signature %q is not one byte", f.Format, sig)
			}
			if len(sig) > 64 {
				t.Errorf("%v: signature %q is longer than the 64 bytes sniffing looks at", f.Format, sig)
			}
		}
		for _, ext := range f.Extensions {
			if !strings.HasPrefix(ext, ".") || ext != strings.ToLower(ext) || ext == ".gz" {
				t.Errorf("%v: extension %q must be lower case, start with a dot, and not be .gz", f.Format, ext)
			}
			if other, dup := owner[ext]; dup {
				t.Errorf("extension %q is both %s and %s", ext, other, f.Name)
			}
			owner[ext] = f.Name
		}
	}
	for _, f := range []Format{JSONL, Text, HTML, WARC, Feed} {
		if !seen[f] {
			t.Errorf("format %v has no row", f)
		}
	}
}

func TestFormatOfName(t *testing.T) {
	for name, want := range map[string]Format{
		"a.jsonl": JSONL, "dir/A.NDJSON": JSONL, "x.warc": WARC, "page.shtml": HTML, "p.XHTML": HTML,
		"f.rss": Feed, "f.atom": Feed, "a.txt": Auto, "feed.xml": Auto, "noext": Auto, "x.html.bak": Auto,
	} {
		got := Auto
		if spec, ok := formatOfName(name); ok {
			got = spec.Format
		}
		if got != want {
			t.Errorf("formatOfName(%q) = %v, want %v", name, got, want)
		}
	}
}

// sniffed tells the format of data as readStream does when the name says
// nothing: before decompression, then after.
func sniffed(t *testing.T, data []byte) Format {
	t.Helper()
	br := bufio.NewReader(bytes.NewReader(data))
	if spec, ok := sniff(br, true); ok {
		return spec.Format
	}
	if isGzip(data) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			t.Fatal(err)
		}
		br = bufio.NewReader(zr)
	}
	spec, ok := sniff(br, false)
	if !ok {
		t.Fatalf("%q: no format, not even the fallback", data)
	}
	return spec.Format
}

func gzipped(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestSniff(t *testing.T) {
	for _, c := range []struct {
		name string
		data []byte
		want Format
	}{
		{"warc", []byte("WARC/1.1\r\nWARC-Type: warcinfo\r\n"), WARC},
		{"warc.gz", gzipped(t, "WARC/1.0\r\nWARC-Type: response\r\n"), WARC},
		{"jsonl", []byte(" \n\t{\"text\":\"a\"}"), JSONL},
		{"jsonl after a byte-order mark", []byte("\xef\xbb\xbf{\"text\":\"a\"}"), JSONL},
		{"jsonl.gz", gzipped(t, `{"text":"a"}`), JSONL},
		{"doctype", []byte("<!DOCTYPE html><p>Hi"), HTML},
		{"xhtml doctype", []byte(`<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x"><html>`), HTML},
		{"declaration and comment before html", []byte("<?xml version=\"1.0\"?>\n<!-- saved -->\n<HTML lang=en>"), HTML},
		{"head first", []byte("<head><title>t</title></head>"), HTML},
		{"html.gz", gzipped(t, "<html><body><p>Hi</p></body></html>"), HTML},
		{"rss", []byte("<?xml version='1.0' encoding='UTF-8'?>\n<rss version=\"2.0\">"), Feed},
		{"atom", []byte(`<feed xmlns="http://www.w3.org/2005/Atom">`), Feed},
		{"rdf", []byte(`<?xml version="1.0"?><rdf:RDF xmlns:rdf="x">`), Feed},
		{"other doctype, other element", []byte("<!DOCTYPE svg><svg></svg>"), Text},
		{"unclosed comment", []byte("<!-- never closed <html>"), Text},
		{"plain text", []byte("Officials said on Tuesday."), Text},
		{"text that mentions WARC later", []byte("About WARC/1.1 files."), Text},
	} {
		if got := sniffed(t, c.data); got != c.want {
			t.Errorf("%s: sniffed %v, want %v", c.name, got, c.want)
		}
	}
}

// TestFormatForcedOrByName checks the dispatch ahead of sniffing: a
// forced format or the file name wins over the content.
func TestFormatForcedOrByName(t *testing.T) {
	const page = "<html><body><article><p>The mayor said the bridge would open in May, and that the city would pay for it.</p></article></body></html>"
	read := func(name string, data []byte, f Format) []Doc {
		var docs []Doc
		for d := range ReadFrom(name, bytes.NewReader(data), Options{Format: f}) {
			docs = append(docs, d)
		}
		return docs
	}
	// By content: HTML, whose text is the paragraph, not the markup.
	if docs := read("page", []byte(page), Auto); len(docs) != 1 || docs[0].Err != nil || strings.Contains(docs[0].Text, "<p>") {
		t.Errorf("sniffed HTML: %+v", docs)
	}
	// By name, before any .gz: plain text is not JSON Lines.
	if docs := read("notes.jsonl.gz", gzipped(t, "not json\n"), Auto); len(docs) != 1 || docs[0].Err == nil {
		t.Errorf("notes.jsonl.gz read as JSON Lines should fail on its line: %+v", docs)
	}
	// Forced: the markup is the text.
	if docs := read("page.html", []byte(page), Text); len(docs) != 1 || docs[0].Text != page {
		t.Errorf("forced text: %+v", docs)
	}
	// A value that is no format is an error naming the input.
	if docs := read("in", []byte("x"), Format(99)); len(docs) != 1 || docs[0].Err == nil || !strings.Contains(docs[0].Err.Error(), "in: ") {
		t.Errorf("unknown format: %+v", docs)
	}
}

// Markers of the generated table of input formats in docs/OUTPUT.md.
const (
	formatsDoc      = "../docs/OUTPUT.md"
	formatsDocBegin = "<!-- input formats: made from ingest.Formats; go test ./ingest -run TestFormatsDocTable -update rewrites it -->\n"
	formatsDocEnd   = "<!-- end of input formats -->\n"
)

// formatsMarkdown is the table of input formats as docs/OUTPUT.md shows it.
func formatsMarkdown() string {
	code := func(s string) string { return "`" + s + "`" }
	var b strings.Builder
	b.WriteString("| format | file name ends in | or the content | read as |\n| --- | --- | --- | --- |\n")
	for _, f := range Formats() {
		exts := make([]string, len(f.Extensions))
		for i, e := range f.Extensions {
			exts[i] = code(e)
		}
		if len(exts) == 0 {
			exts = []string{"—"}
		}
		b.WriteString("| " + f.Name + " | " + strings.Join(exts, ", ") +
			" | " + f.DescribeSniff(code) + " | " + f.Reader + " |\n")
	}
	return b.String()
}

// TestFormatsDocTable holds the table in docs/OUTPUT.md to Formats, or
// rewrites it with -update.
func TestFormatsDocTable(t *testing.T) {
	data, err := os.ReadFile(formatsDoc)
	if err != nil {
		t.Fatalf("the docs' table of input formats: %v", err)
	}
	doc := string(data)
	before, rest, ok1 := strings.Cut(doc, formatsDocBegin)
	table, after, ok2 := strings.Cut(rest, formatsDocEnd)
	if !ok1 || !ok2 {
		t.Fatalf("%s has no table of input formats between the lines\n%s%s", formatsDoc, formatsDocBegin, formatsDocEnd)
	}
	want := formatsMarkdown()
	if table == want {
		return
	}
	if *update {
		if err := os.WriteFile(formatsDoc, []byte(before+formatsDocBegin+want+formatsDocEnd+after), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("the table of input formats in %s differs from ingest.Formats (go test ./ingest -run TestFormatsDocTable -update rewrites it):\ngot:\n%s\nwant:\n%s", formatsDoc, table, want)
}
