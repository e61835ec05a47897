package ingest

import (
	"bytes"
	"compress/gzip"
	"errors"
	"strings"
	"testing"
)

// memberStarts returns the offsets of the gzip members of a WARC.gz.
func memberStarts(t *testing.T, data []byte) []int {
	t.Helper()
	var starts []int
	r := bytes.NewReader(data)
	for r.Len() > 0 {
		starts = append(starts, len(data)-r.Len())
		zr, err := gzip.NewReader(r)
		if err != nil {
			t.Fatal(err)
		}
		zr.Multistream(false)
		if _, err := zr.Read(make([]byte, 1<<20)); err != nil && err.Error() != "EOF" {
			for {
				if _, err := zr.Read(make([]byte, 1<<16)); err != nil {
					break
				}
			}
		}
	}
	return starts
}

func TestWARCTruncated(t *testing.T) {
	data := testWARC(t, true)
	starts := memberStarts(t, data)
	// Cut inside the member of record 4 (the windows-1252 page): records
	// 1 to 3 are whole, and the page of record 3 is the one document.
	cut := starts[3] + (starts[4]-starts[3])/2
	docs := collectFrom(t, "cut.warc.gz", data[:cut])
	if len(docs) != 2 || docs[0].Err != nil || docs[0].Meta.URL != "https://daily.example/news/1" {
		t.Fatalf("got:\n%s\nwant the first page, then an error", docIDs(docs))
	}
	err := docs[1].Err
	var damage *RecordDamage
	if !errors.Is(err, ErrTruncated) || !errors.As(err, &damage) {
		t.Fatalf("err = %v, want a truncated RecordDamage", err)
	}
	if damage.Offset != int64(starts[3]) || damage.URL != "https://daily.example/news/2" || damage.RecordID == "" {
		t.Errorf("damage = %+v, want the record at byte %d of news/2, named", damage, starts[3])
	}
	want := "cut.warc.gz: damaged record at byte " + itoa(starts[3]) + " (urn:uuid:00000000-0000-4000-8000-000000000004, https://daily.example/news/2)"
	if !strings.HasPrefix(err.Error(), want) {
		t.Errorf("err = %q, want it to start %q", err, want)
	}
}

func TestWARCCorruptRecord(t *testing.T) {
	data := bytes.Clone(testWARC(t, true))
	starts := memberStarts(t, data)
	// Garble the compressed data of record 3, the first page: the page
	// after it must still be read.
	for i := starts[2] + 30; i < starts[2]+60; i++ {
		data[i] ^= 0x55
	}
	docs := collectFrom(t, "bad.warc.gz", data)
	if len(docs) != 2 {
		t.Fatalf("got:\n%s\nwant an error, then the second page", docIDs(docs))
	}
	if !errors.Is(docs[0].Err, ErrWARC) && !errors.Is(docs[0].Err, ErrTruncated) {
		t.Fatalf("first = %v, want a corrupt-record error", docs[0].Err)
	}
	if !strings.Contains(docs[0].Err.Error(), "at byte "+itoa(starts[2])) {
		t.Errorf("error %q does not name the offset %d", docs[0].Err, starts[2])
	}
	if docs[1].Err != nil || docs[1].Meta.URL != "https://daily.example/news/2" {
		t.Errorf("second = %s, want the page news/2", docIDs(docs[1:]))
	}
}

func TestBadPages(t *testing.T) {
	deep := strings.Repeat("<div>", 100_000) + "text" + strings.Repeat("</div>", 100_000)
	tests := []struct {
		name, file, input string
		opts              Options
		want              error
	}{
		{"binary named .html", "logo.html", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", Options{}, ErrBinary},
		{"nested divs", "deep.html", "<!doctype html><html><body>" + deep, Options{}, ErrTooDeep},
		{"over the size limit", "big.html", "<html><body><p>" + strings.Repeat("a", 2000), Options{MaxSize: 1000}, ErrTooLarge},
		{"no article text", "empty.html", "<!doctype html><html><body><script>var x = 1;</script></body></html>", Options{}, ErrNoContent},
		{"invalid XML feed", "news.rss", `<rss version="2.0"><channel><item><title>cut short</title>`, Options{}, ErrFeed},
		{"feed with no items", "empty.atom", `<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>`, Options{}, ErrEmpty},
		{"WARC without records", "none.warc", "WARC/1.0\r\n", Options{}, ErrWARC},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var docs []Doc
			for d := range ReadFrom(tt.file, strings.NewReader(tt.input), tt.opts) {
				docs = append(docs, d)
			}
			if len(docs) != 1 || !errors.Is(docs[0].Err, tt.want) {
				t.Fatalf("got:\n%s\nwant one %v", docIDs(docs), tt.want)
			}
			if !strings.HasPrefix(docs[0].Err.Error(), tt.file+":") {
				t.Errorf("error %q does not name the file", docs[0].Err)
			}
		})
	}
}

// A bad file in a batch costs that file only.
func TestBadFileInBatch(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) {
		t.Helper()
		if err := writeFile(dir+"/"+name, content); err != nil {
			t.Fatal(err)
		}
	}
	good, err := readFile("testdata/html/bare.html")
	if err != nil {
		t.Fatal(err)
	}
	write("a.html", good)
	write("b.html", "\x00\x01\x02binary")
	write("c.rss", "<rss><channel><item>")
	write("d.html", good)
	docs, _ := readAll([]string{dir}, Options{})
	if len(docs) != 4 || docs[0].Err != nil || docs[1].Err == nil || docs[2].Err == nil || docs[3].Err != nil {
		t.Fatalf("got:\n%s\nwant good, error, error, good", docIDs(docs))
	}
}

func TestReadHTML(t *testing.T) {
	d, err := ReadHTML("upload.html", strings.NewReader(warcPage()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.ID != "upload.html" || d.Meta.Title != "Port strike ends" || !strings.HasPrefix(d.Text, "Dock workers voted") {
		t.Errorf("got %q %+v %q", d.ID, d.Meta, d.Text)
	}
	_, err = ReadHTML("x.html", strings.NewReader("\x00\x00"), Options{})
	if !errors.Is(err, ErrBinary) {
		t.Errorf("err = %v, want ErrBinary", err)
	}
}

func collectFrom(t *testing.T, name string, data []byte) []Doc {
	t.Helper()
	var docs []Doc
	for d := range ReadFrom(name, bytes.NewReader(data), Options{}) {
		docs = append(docs, d)
	}
	return docs
}
