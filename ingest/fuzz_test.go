package ingest

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkDocs asserts what every reader promises, whatever its input: good
// documents have valid UTF-8 text without NUL, a position and an ID, and
// pass through valid JSON only; bad ones carry an *Error for the stream.
func checkDocs(t *testing.T, name string, docs []Doc) {
	t.Helper()
	if len(docs) == 0 {
		t.Fatal("no document and no error: every stream yields something")
	}
	prevLine := 0
	for _, d := range docs {
		if d.Source != name {
			t.Fatalf("source %q, want %q", d.Source, name)
		}
		if d.Err != nil {
			var e *Error
			if !errors.As(d.Err, &e) || e.Source != name {
				t.Fatalf("err %#v is not an *Error for %s", d.Err, name)
			}
			continue
		}
		if !utf8.ValidString(d.Text) {
			t.Fatalf("doc %q: text is not valid UTF-8: %q", d.ID, d.Text)
		}
		if strings.IndexByte(d.Text, 0) >= 0 {
			t.Fatalf("doc %q: text holds NUL", d.ID)
		}
		// Documents of archives and feeds have no line (0).
		if d.ID == "" || d.Line < 0 || d.Line > 0 && d.Line <= prevLine {
			t.Fatalf("doc %q at line %d after line %d", d.ID, d.Line, prevLine)
		}
		prevLine = d.Line
		seen := map[string]bool{}
		text := false
		for _, f := range d.Extra {
			if f.Name == "id" || f.Name == "attributions" || seen[f.Name] {
				t.Fatalf("doc %q: field %q passed through", d.ID, f.Name)
			}
			seen[f.Name] = true
			if !json.Valid(f.Value) || !utf8.Valid(f.Value) {
				t.Fatalf("doc %q: field %q is not valid JSON: %q", d.ID, f.Name, f.Value)
			}
			if f.Name == "text" {
				text = true
				var s string
				if err := json.Unmarshal(f.Value, &s); err != nil || s != d.Text {
					t.Fatalf("doc %q: raw text %q does not decode to Text %q", d.ID, f.Value, d.Text)
				}
			}
		}
		if text != d.TextGiven {
			t.Fatalf("doc %q: TextGiven %v, text field present %v", d.ID, d.TextGiven, text)
		}
	}
}

// readChecked reads data as name and checks the documents; a stream
// whose records were all skipped (a WARC of requests, a feed of
// headlines) may yield none.
func readChecked(t *testing.T, name string, data []byte, opts Options) {
	t.Helper()
	skips := 0
	opts.Skipped = func(string) { skips++ }
	docs := slices.Collect(ReadFrom(name, bytes.NewReader(data), opts))
	if len(docs) > 0 || skips == 0 {
		checkDocs(t, name, docs)
	}
}

func addSeeds(f *testing.F, files ...string) {
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

var seedFiles = []string{
	"testdata/good.jsonl", "testdata/bad.jsonl", "testdata/crlf.jsonl", "testdata/sniffed.json",
	"testdata/article.txt", "testdata/bad_utf8.txt", "testdata/nul.txt", "testdata/empty.txt",
}

func FuzzJSONL(f *testing.F) {
	addSeeds(f, seedFiles...)
	f.Add([]byte("\xef\xbb\xbf{\"text\":\"\\ud800\"}\r\n\n{\"id\":-1e9,\"text\":\"\"}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		docs := slices.Collect(ReadFrom("f.jsonl", bytes.NewReader(data), Options{MaxSize: 4096}))
		checkDocs(t, "f.jsonl", docs)
	})
}

func FuzzText(f *testing.F) {
	addSeeds(f, seedFiles...)
	f.Fuzz(func(t *testing.T, data []byte) {
		docs := slices.Collect(ReadFrom("f.txt", bytes.NewReader(data), Options{Format: Text, MaxSize: 4096}))
		checkDocs(t, "f.txt", docs)
		if len(docs) != 1 {
			t.Fatalf("plain text gave %d docs, want 1", len(docs))
		}
		if d := docs[0]; d.Err == nil && !strings.Contains(string(data), d.Text) {
			t.Fatalf("text %q is not from the input", d.Text)
		}
	})
}

// FuzzSniff feeds raw bytes to the format and compression sniffing.
func FuzzSniff(f *testing.F) {
	addSeeds(f, seedFiles...)
	f.Add(gzipBytes(f, []byte(`{"text":"zipped"}`)))
	f.Add([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff})
	f.Fuzz(func(t *testing.T, data []byte) {
		readChecked(t, "f", data, Options{MaxSize: 4096})
	})
}

// FuzzGzip compresses the input, then cuts and damages the compressed
// stream, to exercise the gzip error paths.
func FuzzGzip(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"one"}`+"\n"+`{"text":"two"}`), uint16(20), byte(0))
	f.Add([]byte("plain text article"), uint16(1000), byte(7))
	f.Fuzz(func(t *testing.T, data []byte, cut uint16, flip byte) {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write(data)
		zw.Close()
		gz := b.Bytes()
		if int(cut) < len(gz) {
			gz = gz[:cut]
		}
		if len(gz) > 0 && flip != 0 {
			gz[int(flip)%len(gz)] ^= flip
		}
		for _, name := range []string{"g.gz", "g.jsonl.gz"} {
			checkDocs(t, name, slices.Collect(ReadFrom(name, bytes.NewReader(gz), Options{MaxSize: 4096})))
		}
	})
}

var webSeedFiles = []string{
	"testdata/html/wordpress.html", "testdata/html/news_jsonld.html", "testdata/html/bare.html",
	"testdata/html/windows1252.html", "testdata/feeds/rss2.rss", "testdata/feeds/atom.atom", "testdata/feeds/invalid.rss",
	"testdata/charset/latin1_meta_late.html", "testdata/charset/utf16le_bom.html", "testdata/charset/utf8_damaged.html",
	"testdata/charset/meta_in_script.html",
}

func FuzzHTML(f *testing.F) {
	addSeeds(f, webSeedFiles...)
	f.Add([]byte("<div><div><div><p>x</div></div>"))
	f.Add([]byte("<meta charset=shift_jis><p>\x82\xa0</p>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		docs := slices.Collect(ReadFrom("f.html", bytes.NewReader(data), Options{MaxSize: 1 << 16}))
		checkDocs(t, "f.html", docs)
		if len(docs) != 1 {
			t.Fatalf("an HTML page gave %d docs, want 1", len(docs))
		}
		d, err := ReadHTML("f.html", bytes.NewReader(data), Options{MaxSize: 1 << 16})
		if (err == nil) != (docs[0].Err == nil) || d.Text != docs[0].Text {
			t.Fatalf("ReadHTML and ReadFrom differ: %v / %v", err, docs[0].Err)
		}
	})
}

func FuzzFeed(f *testing.F) {
	addSeeds(f, webSeedFiles...)
	f.Fuzz(func(t *testing.T, data []byte) {
		readChecked(t, "f.rss", data, Options{MaxSize: 1 << 16})
	})
}

// FuzzWARC reads archives, compressed or not, cut and damaged.
func FuzzWARC(f *testing.F) {
	f.Add(testWARC(f, true), uint16(0), byte(0))
	f.Add(testWARC(f, false), uint16(0), byte(0))
	f.Add(testWARC(f, true), uint16(700), byte(3))
	f.Add(testWARC(f, false), uint16(1200), byte(0x20))
	f.Fuzz(func(t *testing.T, data []byte, cut uint16, flip byte) {
		data = bytes.Clone(data)
		if cut > 0 && int(cut) < len(data) {
			data = data[:cut]
		}
		if len(data) > 0 && flip != 0 {
			data[int(flip)*7%len(data)] ^= flip
		}
		readChecked(t, "f.warc", data, Options{MaxSize: 1 << 16})
	})
}

func BenchmarkJSONL(b *testing.B) {
	var in bytes.Buffer
	text := strings.Repeat(`The minister said \"we will act\", according to officials. `, 40)
	for i := range 1000 {
		in.WriteString(`{"id":"doc-`)
		in.WriteString(strings.Repeat("x", i%7))
		in.WriteString(`","source":"wire","date":"2024-05-01","tags":["a","b"],"text":"` + text + `"}` + "\n")
	}
	data := in.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for d := range ReadFrom("bench.jsonl", bytes.NewReader(data), Options{}) {
			if d.Err != nil {
				b.Fatal(d.Err)
			}
			n++
		}
		if n != 1000 {
			b.Fatalf("read %d docs, want 1000", n)
		}
	}
}
