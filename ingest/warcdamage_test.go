package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/internal/warctest"
)

// damageRecords are the records of the archives damaged below: pages
// with a request and a metadata record between them.
func damageRecords() []warctest.Record {
	date := time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)
	page := func(n int) warctest.Record {
		text := fmt.Sprintf("Story %d: the minister said on Monday that the talks would go on.\n"+
			"\"We will not stop now,\" an official told reporters after the meeting, adding that a deal was close in case %d.\n"+
			"The opposition said the government had promised as much before, and that voters would judge.", n, n)
		return warctest.Record{Type: "response", URI: fmt.Sprintf("https://daily.example/news/%d", n), Date: date,
			ContentType: "text/html; charset=utf-8", Body: warctest.Page("Daily Example", fmt.Sprintf("Story %d", n), text)}
	}
	return []warctest.Record{
		page(1),
		{Type: "request", URI: "https://daily.example/news/2", Body: "GET /news/2 HTTP/1.1\r\nHost: daily.example\r\n\r\n"},
		page(2),
		page(3),
		{Type: "metadata", URI: "https://daily.example/news/3", Body: "fetchTimeMs: 120\r\n"},
		page(4),
		page(5),
	}
}

// recordBytes are the records of damageRecords in WARC format.
func recordBytes() [][]byte {
	var out [][]byte
	for i, r := range damageRecords() {
		out = append(out, r.Bytes(i+1))
	}
	return out
}

var warcContentLength = regexp.MustCompile(`\r\nContent-Length: (\d+)\r\n\r\n`)

// withContentLength changes the Content-Length of a record's WARC header
// by delta.
func withContentLength(t testing.TB, rec []byte, delta int) []byte {
	m := warcContentLength.FindSubmatchIndex(rec)
	if m == nil {
		t.Fatal("no Content-Length")
	}
	n, _ := strconv.Atoi(string(rec[m[2]:m[3]]))
	return slices.Concat(rec[:m[2]], []byte(strconv.Itoa(max(0, n+delta))), rec[m[3]:])
}

// archive joins records, each in a gzip member of its own when
// compressing; it returns the archive and the offset of each record.
func archive(t testing.TB, recs [][]byte, compress bool) ([]byte, []int) {
	var b bytes.Buffer
	var offsets []int
	for _, r := range recs {
		offsets = append(offsets, b.Len())
		if !compress {
			b.Write(r)
			continue
		}
		zw := gzip.NewWriter(&b)
		zw.Write(r)
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
	}
	return b.Bytes(), offsets
}

// pagesByURL reads an archive and returns its documents by URL, and its
// damage reports.
func pagesByURL(t testing.TB, name string, data []byte) (map[string]Doc, []*RecordDamage) {
	docs := map[string]Doc{}
	var damages []*RecordDamage
	for d := range ReadFrom(name, bytes.NewReader(data), Options{MaxSize: 1 << 20, Workers: 1}) {
		var rd *RecordDamage
		switch {
		case d.Err != nil && errors.As(d.Err, &rd):
			damages = append(damages, rd)
		case d.Err != nil:
			t.Errorf("%s: a failure that is not a damaged record: %v", name, d.Err)
		default:
			if d.Damage != nil && !errors.As(d.Damage, &rd) {
				t.Errorf("%s: Damage is not a RecordDamage: %v", name, d.Damage)
			}
			if rd != nil {
				damages = append(damages, rd)
				if !d.Meta.Partial {
					t.Errorf("%s: %s is recovered from a damaged record but not marked partial", name, d.Meta.URL)
				}
			} else if d.Meta.Partial {
				t.Errorf("%s: %s is marked partial, with no damage", name, d.Meta.URL)
			}
			if _, dup := docs[d.Meta.URL]; dup {
				t.Errorf("%s: %s read twice", name, d.Meta.URL)
			}
			docs[d.Meta.URL] = d
		}
	}
	return docs, damages
}

// The three damaged archives of the issue, compressed or not: a record
// whose Content-Length is too long, one whose Content-Length is too
// short, a gzip member cut short. Every intact record is read as in the
// whole archive, the damaged one is named, and what is kept of it is
// marked partial.
func TestDamagedWARC(t *testing.T) {
	recs := recordBytes()
	whole, _ := archive(t, recs, false)
	want, damages := pagesByURL(t, "whole.warc", whole)
	if len(want) != 5 || len(damages) != 0 {
		t.Fatalf("the whole archive gives %d pages and %d damages, want 5 and 0", len(want), len(damages))
	}
	const damaged = 3 // the third page, news/3
	tooLong := len(recs[damaged+1]) + 40
	tests := []struct {
		name     string
		compress bool
		damage   func([][]byte) [][]byte
		kept     bool // the page of the damaged record is kept, whole, marked partial
		problem  string
	}{
		{"Content-Length too long by a record", false, func(r [][]byte) [][]byte {
			r[damaged] = withContentLength(t, r[damaged], tooLong)
			return r
		}, true, "the next record starts after"},
		{"Content-Length too long by a few bytes", false, func(r [][]byte) [][]byte {
			r[damaged] = withContentLength(t, r[damaged], 9)
			return r
		}, true, "the next record starts after"},
		{"Content-Length too short", false, func(r [][]byte) [][]byte {
			r[damaged] = withContentLength(t, r[damaged], -700)
			return r
		}, true, "runs on for 700 more bytes"},
		{"Content-Length too long, compressed", true, func(r [][]byte) [][]byte {
			r[damaged] = withContentLength(t, r[damaged], tooLong)
			return r
		}, true, "the next record starts after"},
		{"Content-Length too short, compressed", true, func(r [][]byte) [][]byte {
			r[damaged] = withContentLength(t, r[damaged], -700)
			return r
		}, true, "runs on for 700 more bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, offsets := archive(t, tt.damage(slices.Clone(recs)), tt.compress)
			checkDamaged(t, data, want, offsets[damaged], tt.kept, true, tt.problem)
		})
	}
	t.Run("gzip member cut short", func(t *testing.T) {
		data, offsets := archive(t, recs, true)
		start, end := offsets[damaged], offsets[damaged+1]
		cut := slices.Concat(data[:start+(end-start)/2], data[end:])
		checkDamaged(t, cut, want, start, false, true, "gzip")
	})
	t.Run("gzip member garbled", func(t *testing.T) {
		data, offsets := archive(t, recs, true)
		data = bytes.Clone(data)
		start, end := offsets[damaged], offsets[damaged+1]
		for i := start + (end-start)*3/4; i < start+(end-start)*3/4+20; i++ {
			data[i] ^= 0x5a
		}
		checkDamaged(t, data, want, start, false, true, "gzip")
	})
	t.Run("gzip member garbled in the record header", func(t *testing.T) {
		data, offsets := archive(t, recs, true)
		data = bytes.Clone(data)
		for i := offsets[damaged] + 40; i < offsets[damaged]+60; i++ {
			data[i] ^= 0x5a
		}
		// The record cannot be named then, only placed.
		checkDamaged(t, data, want, offsets[damaged], false, false, "gzip")
	})
}

// checkDamaged reads an archive whose record at byte offset is damaged:
// every other page must read as in want, and the damaged one must be
// placed at offset, named by URL and ID when its header could be read,
// and kept (whole, marked partial) or not as said.
func checkDamaged(t *testing.T, data []byte, want map[string]Doc, offset int, kept, named bool, problem string) {
	t.Helper()
	const damagedURL = "https://daily.example/news/3"
	got, damages := pagesByURL(t, "damaged.warc", data)
	for url, w := range want {
		if url == damagedURL {
			continue
		}
		if g, ok := got[url]; !ok || g.Text != w.Text || g.ID != w.ID {
			t.Errorf("the intact page %s is lost or changed", url)
		}
	}
	if len(damages) != 1 {
		t.Fatalf("%d damaged records reported, want 1: %v", len(damages), damages)
	}
	d := damages[0]
	if d.Offset != int64(offset) || named && (d.URL != damagedURL || d.RecordID != want[damagedURL].ID) {
		t.Errorf("damage %+v does not name the record at byte %d, %s, %s", d, offset, damagedURL, want[damagedURL].ID)
	}
	if !strings.Contains(d.Error(), problem) || !errors.Is(d, ErrWARC) {
		t.Errorf("damage %q does not say %q", d, problem)
	}
	page, ok := got[damagedURL]
	switch {
	case kept && !ok:
		t.Errorf("the page of the damaged record is not kept")
	case kept && page.Text != want[damagedURL].Text:
		t.Errorf("the kept page is not the whole page:\n%s", page.Text)
	case !kept && ok:
		t.Errorf("a page is kept from a damaged gzip member")
	}
}

// An archive cut inside a page keeps what is there of it, marked partial
// and reported, never as if whole.
func TestWARCCutInPage(t *testing.T) {
	recs := recordBytes()
	data, offsets := archive(t, recs, false)
	last := offsets[len(offsets)-1]
	cut := data[:last+len(recs[len(recs)-1])*2/3]
	docs, damages := pagesByURL(t, "cut.warc", cut)
	if len(docs) != 5 || len(damages) != 1 {
		t.Fatalf("%d pages and %d damages, want 5 and 1", len(docs), len(damages))
	}
	d := docs["https://daily.example/news/5"]
	if !d.Meta.Partial || d.Damage == nil || !errors.Is(d.Damage, ErrTruncated) || damages[0].Offset != int64(last) {
		t.Errorf("the cut page: partial %v, damage %v", d.Meta.Partial, d.Damage)
	}
}

// FuzzWARCDamage damages one record of an archive (its Content-Length
// changed by delta, or its gzip member garbled at one byte) and checks
// that every other record is read as in the whole archive, and that the
// damaged one is either read whole as well or reported.
func FuzzWARCDamage(f *testing.F) {
	f.Add(uint8(3), int16(700), false, uint16(0), byte(0))
	f.Add(uint8(3), int16(-700), true, uint16(0), byte(0))
	f.Add(uint8(0), int16(5), false, uint16(0), byte(0))
	f.Add(uint8(6), int16(-30), false, uint16(0), byte(0))
	f.Add(uint8(2), int16(0), true, uint16(100), byte(0x40))
	f.Add(uint8(4), int16(0), true, uint16(3), byte(1))
	recs := recordBytes()
	whole, _ := archive(f, recs, false)
	want, _ := pagesByURL(f, "whole.warc", whole)
	f.Fuzz(func(t *testing.T, k uint8, delta int16, compress bool, at uint16, flip byte) {
		k %= uint8(len(recs))
		damaged := slices.Clone(recs)
		if delta != 0 {
			damaged[k] = withContentLength(t, damaged[k], int(delta))
			if coincidentEnd(int(delta), recs[k+1:]) {
				t.Skip("the changed Content-Length ends on a record boundary: undetectable")
			}
		}
		data, offsets := archive(t, damaged, compress)
		if flip != 0 {
			if !compress {
				t.Skip("a garbled byte is only checked in gzip members")
			}
			end := len(data)
			if int(k)+1 < len(offsets) {
				end = offsets[k+1]
			}
			data = bytes.Clone(data)
			data[offsets[k]+int(at)%(end-offsets[k])] ^= flip
		}
		name := "f.warc"
		if compress {
			name += ".gz"
		}
		got, damages := pagesByURL(t, name, data)
		damagedURL := ""
		if u := damageRecords()[k]; u.Type == "response" {
			damagedURL = u.URI
		}
		for url, w := range want {
			g, ok := got[url]
			if url == damagedURL {
				if ok && g.Damage == nil && g.Text != w.Text {
					t.Errorf("the damaged page %s is read as whole, but changed", url)
				}
				continue
			}
			if !ok || g.Text != w.Text || g.Damage != nil {
				t.Errorf("the intact page %s is lost, changed or marked damaged", url)
			}
		}
		for _, d := range damages {
			if d.Offset != int64(offsets[k]) {
				t.Errorf("damage reported at byte %d, not at the damaged record's %d: %v", d.Offset, offsets[k], d)
			}
		}
		if len(damages) > 1 {
			t.Errorf("%d damages reported for one damaged record: %v", len(damages), damages)
		}
	})
}

// coincidentEnd tells whether a record whose Content-Length grew by delta
// ends exactly where a later record ends: its block then swallows whole
// records and is still followed by a blank line and a record, which no
// reader can tell from a record holding those bytes.
func coincidentEnd(delta int, later [][]byte) bool {
	if delta <= 0 {
		return false
	}
	grow := 0
	for _, r := range later {
		grow += len(r)
		if grow == delta {
			return true
		}
	}
	return false
}

// Records with blocks over the memory limit are not kept: their page is
// too large, another record is skipped, and a wrong end is still found.
func TestWARCLargeRecords(t *testing.T) {
	recs := recordBytes()
	date := time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)
	big := func(n int, contentType string) []byte {
		body := warctest.Page("Daily Example", "Big", strings.Repeat("A long paragraph of the minister's speech. ", 3000))
		r := warctest.Record{Type: "response", URI: fmt.Sprintf("https://daily.example/big/%d", n), Date: date, ContentType: contentType, Body: body}
		return r.Bytes(100 + n)
	}
	parts := slices.Concat(recs[:1], [][]byte{big(1, "text/html"), big(2, "image/jpeg")}, recs[1:3],
		[][]byte{withContentLength(t, big(3, "image/jpeg"), -5000)}, recs[3:])
	for _, compress := range []bool{false, true} {
		data, _ := archive(t, parts, compress)
		var skipped []string
		var docs []Doc
		opts := Options{MaxSize: 4096, Workers: 1, Skipped: func(r string) { skipped = append(skipped, r) }}
		for d := range ReadFrom("big.warc", bytes.NewReader(data), opts) {
			docs = append(docs, d)
		}
		var tooLarge, damaged, pages int
		for _, d := range docs {
			var rd *RecordDamage
			switch {
			case errors.Is(d.Err, ErrTooLarge):
				tooLarge++
			case errors.As(d.Err, &rd):
				damaged++
				if !strings.Contains(rd.URL, "big/3") {
					t.Errorf("compress=%v: damage of %s, want big/3", compress, rd.URL)
				}
			case d.Err != nil:
				t.Errorf("compress=%v: %v", compress, d.Err)
			default:
				pages++
			}
		}
		if pages != 5 || tooLarge != 1 || damaged != 1 || len(skipped) != 3 {
			t.Errorf("compress=%v: %d pages, %d too large, %d damaged, skipped %q; want 5, 1, 1 and 3 skips",
				compress, pages, tooLarge, damaged, skipped)
		}
	}
}

// A run of records whose Content-Length each runs to the end of the
// archive would have the reader go back over the rest of the archive for
// each: it goes back over no more bytes than it reads, so that reading
// stays linear, and still ends, reporting the damage.
func TestWARCOvershootRun(t *testing.T) {
	var recs [][]byte
	for i := range 300 {
		r := warctest.Record{Type: "request", URI: fmt.Sprintf("https://a.example/%d", i), Body: strings.Repeat("x", 200)}
		recs = append(recs, r.Bytes(i+1))
	}
	total := len(slices.Concat(recs...))
	for i := range recs {
		recs[i] = withContentLength(t, recs[i], total)
	}
	data := slices.Concat(recs...)
	s := newWARCStream(bufio.NewReader(bytes.NewReader(data)), false, 1<<20)
	records, damaged := 0, 0
	for {
		rec, err := s.next()
		if rec == nil && errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		records++
		if rec.damage != nil {
			damaged++
		}
	}
	if s.src.again > s.src.fresh || s.src.fresh != int64(len(data)) {
		t.Errorf("read %d bytes and %d again, of %d", s.src.fresh, s.src.again, len(data))
	}
	if records == 0 || damaged != records {
		t.Errorf("%d records, %d damaged; want all damaged", records, damaged)
	}
	t.Logf("%d of %d records found, all damaged; %d bytes read again", records, len(recs), s.src.again)
}
