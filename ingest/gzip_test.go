package ingest

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func gzipBytes(t testing.TB, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// numberedJSONL makes n lines whose ids are 1..n, with text that does not
// compress to nothing.
func numberedJSONL(n int) []byte {
	var b bytes.Buffer
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "{\"id\":\"%d\",\"text\":\"Line %d: %x said the minister.\"}\n", i, i, i*2654435761)
	}
	return b.Bytes()
}

func TestGzip(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	jsonl := numberedJSONL(3)
	article, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		file    string
		data    []byte
		wantIDs []string // of the good docs, in order
		wantErr error    // of a last error doc, if any
	}{
		{"jsonl.gz", "a.jsonl.gz", gzipBytes(t, jsonl), []string{"1", "2", "3"}, nil},
		{"gzip sniffed by magic, no .gz suffix", "a.data", gzipBytes(t, jsonl), []string{"1", "2", "3"}, nil},
		{"plain text gzipped", "article.txt.gz", gzipBytes(t, article), []string{"ARTICLE"}, nil},
		{"two gzip members", "m.jsonl.gz", append(gzipBytes(t, numberedJSONL(1)), gzipBytes(t, []byte(`{"id":"b","text":"x"}`))...), []string{"1", "b"}, nil},
		{"empty after decompression", "e.jsonl.gz", gzipBytes(t, nil), nil, ErrEmpty},
		{"header only", "h.jsonl.gz", gzipBytes(t, jsonl)[:5], nil, ErrTruncated},
		{"bad checksum", "c.jsonl.gz", corruptCRC(gzipBytes(t, jsonl)), []string{"1", "2", "3"}, ErrGzip},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := write(tt.file, tt.data)
			docs := collect(t, []string{p}, Options{})
			var ids []string
			for i, d := range docs {
				if d.Err != nil {
					if i != len(docs)-1 {
						t.Fatalf("error before the end: %v", d.Err)
					}
					if !errors.Is(d.Err, tt.wantErr) {
						t.Fatalf("err = %v, want %v", d.Err, tt.wantErr)
					}
					continue
				}
				if d.ID == p {
					d.ID = "ARTICLE"
					if d.Text != string(article) {
						t.Errorf("text = %q, want the article", d.Text)
					}
				}
				ids = append(ids, d.ID)
			}
			if !slices.Equal(ids, tt.wantIDs) {
				t.Errorf("ids = %q, want %q", ids, tt.wantIDs)
			}
			if tt.wantErr != nil && (len(docs) == 0 || docs[len(docs)-1].Err == nil) {
				t.Errorf("no error at the end, want %v", tt.wantErr)
			}
		})
	}
}

func corruptCRC(gz []byte) []byte {
	gz = slices.Clone(gz)
	gz[len(gz)-8] ^= 0xff // first byte of the CRC-32 trailer
	return gz
}

// A gzip stream cut short yields every whole line before the break, in
// order, then one error naming the file, the line and the byte offsets.
func TestTruncatedGzip(t *testing.T) {
	const n = 5000
	full := gzipBytes(t, numberedJSONL(n))
	for _, frac := range []float64{0.3, 0.6, 0.95} {
		t.Run(fmt.Sprint(frac), func(t *testing.T) {
			cut := int(float64(len(full)) * frac)
			p := filepath.Join(t.TempDir(), "cut.jsonl.gz")
			if err := os.WriteFile(p, full[:cut], 0o644); err != nil {
				t.Fatal(err)
			}
			docs := collect(t, []string{p}, Options{})
			if len(docs) < 2 {
				t.Fatalf("got %d docs, want whole lines then an error", len(docs))
			}
			good, last := docs[:len(docs)-1], docs[len(docs)-1]
			for i, d := range good {
				want := fmt.Sprint(i + 1)
				if d.Err != nil || d.ID != want || d.Line != i+1 || !strings.HasPrefix(d.Text, "Line "+want+":") {
					t.Fatalf("doc %d = %s, want id %s, whole", i, summary(d), want)
				}
			}
			if len(good) >= n {
				t.Fatalf("all %d lines read from a cut stream", len(good))
			}
			if !errors.Is(last.Err, ErrTruncated) {
				t.Fatalf("last = %v, want ErrTruncated", last.Err)
			}
			if last.Line != len(good)+1 {
				t.Errorf("error at line %d, want %d", last.Line, len(good)+1)
			}
			msg := last.Err.Error()
			wantPrefix := fmt.Sprintf("%s:%d: truncated gzip stream at compressed byte %d, decompressed byte ", p, len(good)+1, cut)
			if !strings.HasPrefix(msg, wantPrefix) {
				t.Errorf("message %q, want prefix %q", msg, wantPrefix)
			}
		})
	}
}

func TestTruncatedGzipThenNextFile(t *testing.T) {
	dir := t.TempDir()
	cut := filepath.Join(dir, "a.jsonl.gz")
	full := gzipBytes(t, numberedJSONL(100))
	if err := os.WriteFile(cut, full[:len(full)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	docs := collect(t, []string{cut, "testdata/tree/a.jsonl"}, Options{})
	last := docs[len(docs)-1]
	if last.Err != nil || last.ID != "tree-a" {
		t.Fatalf("last doc = %s, want tree-a read after the broken file", summary(last))
	}
	if !errors.Is(docs[len(docs)-2].Err, ErrTruncated) {
		t.Fatalf("doc before last = %s, want ErrTruncated", summary(docs[len(docs)-2]))
	}
}

func TestGzipTextTooLarge(t *testing.T) {
	// A gzip bomb must stop at the limit, not inflate in memory.
	data := gzipBytes(t, bytes.Repeat([]byte("a"), 10<<20))
	docs := slices.Collect(ReadFrom("bomb.txt.gz", bytes.NewReader(data), Options{MaxSize: 1 << 20}))
	if len(docs) != 1 || !errors.Is(docs[0].Err, ErrTooLarge) {
		t.Fatalf("got %q, want ErrTooLarge", summaries(docs))
	}
}
