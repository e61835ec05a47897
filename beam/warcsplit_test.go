package main

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/ingest"
)

// split collects the pieces of an archive.
func split(t testing.TB, data []byte, limit int64) []piece {
	t.Helper()
	var pieces []piece
	if err := splitWARC(bytes.NewReader(data), limit, func(p piece) error {
		pieces = append(pieces, p)
		return nil
	}); err != nil {
		t.Fatalf("splitWARC: %v", err)
	}
	return pieces
}

// readPieces reads every record piece with ingest, as the pipeline does:
// the documents read, and the failures (pieces and documents).
func readPieces(name string, pieces []piece) (docs []ingest.Doc, failures []string) {
	for _, p := range pieces {
		if p.Err != nil {
			failures = append(failures, p.Err.Error())
			continue
		}
		if p.Skip != "" {
			continue
		}
		for d := range ingest.ReadFrom(name, bytes.NewReader(p.Data), ingest.Options{Format: ingest.WARC, Workers: 1}) {
			if d.Err != nil {
				failures = append(failures, d.Err.Error())
				continue
			}
			docs = append(docs, d)
		}
	}
	return docs, failures
}

func ids(docs []ingest.Doc) []string {
	var out []string
	for _, d := range docs {
		out = append(out, d.ID)
	}
	return out
}

var testRecords = []testRecord{
	{Type: "warcinfo", ID: "urn:uuid:info", Body: "software: test\r\n"},
	{Type: "request", ID: "urn:uuid:req1", Body: "GET / HTTP/1.1\r\n"},
	page("urn:uuid:p1", "harbour"),
	page("urn:uuid:p2", "bridge"),
	{Type: "response", ID: "urn:uuid:img", Status: 200, ContentType: "image/jpeg", Body: "\xff\xd8\xff\xe0 not text"},
	{Type: "response", ID: "urn:uuid:gone", Status: 404, ContentType: "text/html", Body: "<html><body>Not found</body></html>"},
	{Type: "metadata", ID: "urn:uuid:meta", Body: "fetchTimeMs: 12\r\n"},
	page("urn:uuid:p3", "tunnel"),
}

// TestSplitReadsAsIngest: an intact archive read record by record gives
// the documents ingest gives reading it whole, in order, and the skipped
// records are skipped before they are shuffled.
func TestSplitReadsAsIngest(t *testing.T) {
	for _, compress := range []bool{false, true} {
		name := map[bool]string{false: "crawl.warc", true: "crawl.warc.gz"}[compress]
		t.Run(name, func(t *testing.T) {
			data := writeArchive(t, compress, testRecords, nil)
			pieces := split(t, data, 1<<20)
			got, failures := readPieces(name, pieces)
			var want []ingest.Doc
			for d := range ingest.ReadFrom(name, bytes.NewReader(data), ingest.Options{Workers: 1}) {
				if d.Err != nil {
					t.Fatalf("ingest: %v", d.Err)
				}
				want = append(want, d)
			}
			if len(failures) > 0 {
				t.Errorf("failures: %q", failures)
			}
			if len(want) != 3 || !slices.Equal(ids(got), ids(want)) {
				t.Fatalf("split read %q, ingest read %q", ids(got), ids(want))
			}
			for i := range got {
				if got[i].Text != want[i].Text || got[i].Meta != want[i].Meta {
					t.Errorf("%s: text or meta differ:\n%q %+v\n%q %+v", got[i].ID, got[i].Text, got[i].Meta, want[i].Text, want[i].Meta)
				}
			}
			var skips []string
			end := int64(0)
			for _, p := range pieces {
				if p.Offset < end {
					t.Errorf("piece at %d overlaps the one before, ending at %d", p.Offset, end)
				}
				end = p.Offset + p.Size
				if p.Skip != "" {
					skips = append(skips, p.Skip)
				}
				if p.Data != nil && !bytes.Equal(p.Data, data[p.Offset:end]) {
					t.Errorf("piece at %d: its data are not the archive's bytes there", p.Offset)
				}
			}
			if end != int64(len(data)) {
				t.Errorf("the pieces end at %d, the archive at %d", end, len(data))
			}
			wantSkips := []string{"warc: warcinfo record", "warc: request record", "warc: metadata record"}
			if !slices.Equal(skips, wantSkips) {
				t.Errorf("skipped %q, want %q", skips, wantSkips)
			}
		})
	}
}

// TestSplitDamaged: a damaged record costs one failure, and every intact
// record around it is read.
func TestSplitDamaged(t *testing.T) {
	replace := func(old, new string) func([]byte) []byte {
		return func(b []byte) []byte { return bytes.Replace(b, []byte(old), []byte(new), 1) }
	}
	flip := func(at float64) func([]byte) []byte {
		return func(b []byte) []byte {
			i := int(float64(len(b)) * at)
			b[i] ^= 0x55
			return b
		}
	}
	cut := func(b []byte) []byte { return b[:len(b)/2] }
	// length changes the WARC Content-Length (the first) by delta.
	length := func(delta int) func([]byte) []byte {
		return func(b []byte) []byte {
			m := regexp.MustCompile(`Content-Length: (\d+)`).FindSubmatchIndex(b)
			n, _ := strconv.Atoi(string(b[m[2]:m[3]]))
			return slices.Concat(b[:m[2]], []byte(strconv.Itoa(n+delta)), b[m[3]:])
		}
	}
	records := []testRecord{page("urn:uuid:p1", "harbour"), page("urn:uuid:p2", "bridge"), page("urn:uuid:p3", "tunnel")}
	tests := []struct {
		name     string
		compress bool
		damage   map[int]func([]byte) []byte
		want     []string // the IDs read
	}{
		{"content length too long", false, map[int]func([]byte) []byte{1: length(+50)}, []string{"urn:uuid:p1", "urn:uuid:p3"}},
		{"content length too short", false, map[int]func([]byte) []byte{1: length(-1)}, []string{"urn:uuid:p1", "urn:uuid:p3"}},
		{"no content length", false, map[int]func([]byte) []byte{1: replace("Content-Length", "Content-Lergth")}, []string{"urn:uuid:p1", "urn:uuid:p3"}},
		{"garbled version line", false, map[int]func([]byte) []byte{1: replace("WARC/1.0", "WARX/1.0")}, []string{"urn:uuid:p1", "urn:uuid:p3"}},
		{"last record cut short", false, map[int]func([]byte) []byte{2: cut}, []string{"urn:uuid:p1", "urn:uuid:p2"}},
		{"corrupt deflate data", true, map[int]func([]byte) []byte{1: flip(0.5)}, []string{"urn:uuid:p1", "urn:uuid:p3"}},
		{"corrupt gzip header", true, map[int]func([]byte) []byte{1: flip(0)}, []string{"urn:uuid:p1", "urn:uuid:p3"}},
		{"corrupt checksum", true, map[int]func([]byte) []byte{1: flip(0.999)}, []string{"urn:uuid:p1", "urn:uuid:p3"}},
		{"last member cut short", true, map[int]func([]byte) []byte{2: cut}, []string{"urn:uuid:p1", "urn:uuid:p2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := writeArchive(t, tt.compress, records, tt.damage)
			docs, failures := readPieces("crawl.warc", split(t, data, 1<<20))
			if !slices.Equal(ids(docs), tt.want) {
				t.Errorf("read %q, want %q", ids(docs), tt.want)
			}
			if len(failures) != 1 {
				t.Errorf("%d failures, want 1: %q", len(failures), failures)
			}
		})
	}
}

// TestSplitOversized: a response too long to read is skipped when it is
// no HTML page, and a failure when it is one.
func TestSplitOversized(t *testing.T) {
	big := strings.Repeat("x", 5000)
	records := []testRecord{
		page("urn:uuid:p1", "harbour"),
		{Type: "response", ID: "urn:uuid:video", Status: 200, ContentType: "video/mp4", Body: big},
		{Type: "response", ID: "urn:uuid:bigpage", Status: 200, ContentType: "text/html", Body: "<html><body>" + big},
		{Type: "resource", ID: "urn:uuid:res", Body: big},
	}
	for _, compress := range []bool{false, true} {
		pieces := split(t, writeArchive(t, compress, records, nil), 4000)
		var got []string
		for _, p := range pieces {
			switch {
			case p.Err != nil:
				got = append(got, "error")
			case p.Skip != "":
				got = append(got, p.Skip)
			default:
				got = append(got, "record")
			}
		}
		want := []string{"record", "warc: not HTML", "error", "warc: resource record"}
		if !slices.Equal(got, want) {
			t.Errorf("compress %v: pieces %q, want %q", compress, got, want)
		}
	}
}

// TestSplitOneStream: a WARC.gz compressed as one stream cannot be split.
func TestSplitOneStream(t *testing.T) {
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write(writeArchive(t, false, testRecords, nil))
	zw.Close()
	err := splitWARC(bytes.NewReader(z.Bytes()), 1<<20, func(piece) error {
		t.Error("a piece before the error")
		return nil
	})
	if !errors.Is(err, errNotSplittable) {
		t.Errorf("err = %v, want errNotSplittable", err)
	}
}

// FuzzSplitWARC: whatever the bytes, the pieces are in order, within the
// archive, and a record's data are the archive's bytes at its place.
func FuzzSplitWARC(f *testing.F) {
	f.Add(writeArchive(f, false, testRecords, nil))
	f.Add(writeArchive(f, true, testRecords[:4], nil))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 3\r\n\r\nabc\r\n\r\nWARC/1.0\r\n\r\n"))
	f.Add([]byte("\x1f\x8b\x08garbage"))
	f.Fuzz(func(t *testing.T, data []byte) {
		end := int64(0)
		err := splitWARC(bytes.NewReader(data), 1<<16, func(p piece) error {
			if p.Offset < end || p.Size < 0 || p.Offset+p.Size > int64(len(data)) {
				t.Fatalf("piece [%d, +%d) after %d, in %d bytes", p.Offset, p.Size, end, len(data))
			}
			end = p.Offset + p.Size
			if p.Data != nil && !bytes.Equal(p.Data, data[p.Offset:end]) {
				t.Fatalf("piece at %d: data are not the archive's bytes", p.Offset)
			}
			if (p.Data != nil) == (p.Err != nil) && p.Skip == "" {
				t.Fatalf("piece at %d: data %v and error %v", p.Offset, p.Data != nil, p.Err)
			}
			return nil
		})
		if err != nil && !errors.Is(err, errNotSplittable) {
			t.Fatalf("error %v on a reader that does not fail", err)
		}
	})
}

// BenchmarkSplitWARC measures cutting a WARC.gz into its records, the one
// sequential step of reading an archive: bytes are compressed bytes.
func BenchmarkSplitWARC(b *testing.B) {
	var records []testRecord
	for i := range 200 {
		records = append(records, page(fmt.Sprintf("urn:uuid:%d", i), fmt.Sprintf("plan %d", i)),
			testRecord{Type: "metadata", ID: fmt.Sprintf("urn:uuid:m%d", i), Body: "fetchTimeMs: 12\r\n"})
	}
	data := writeArchive(b, true, records, nil)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		n := 0
		if err := splitWARC(bytes.NewReader(data), 1<<20, func(p piece) error {
			if p.Data != nil {
				n++
			}
			return nil
		}); err != nil || n != 200 {
			b.Fatalf("%d records, %v", n, err)
		}
	}
}
