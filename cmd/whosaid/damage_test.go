package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/warctest"
	"github.com/whosaid/whosaid/store/sqlite"
)

// damagedArchive writes an archive of three pages with a request record
// between the first two, whose second page (record 3) is damaged by
// damage, one gzip member per record when compress; it returns the
// file's path and the byte offset of the damaged record.
func damagedArchive(t *testing.T, dir, name string, compress bool, damage func(recs [][]byte, members [][]byte) [][]byte) (string, int) {
	t.Helper()
	var recs [][]byte
	for i, r := range []warctest.Record{
		{Type: "response", URI: "https://city.example/1", ContentType: "text/html", Body: warctest.Page("City Post", "Library to close", englishStory)},
		{Type: "request", URI: "https://city.example/2", Body: "GET /2 HTTP/1.1\r\n\r\n"},
		{Type: "response", URI: "https://city.example/2", ContentType: "text/html", Body: warctest.Page("City Post", "Library appeal", strings.ReplaceAll(englishStory, "library", "museum"))},
		{Type: "response", URI: "https://city.example/3", ContentType: "text/html", Body: warctest.Page("City Post", "Library vote", strings.ReplaceAll(englishStory, "council", "assembly"))},
	} {
		recs = append(recs, r.Bytes(i+1))
	}
	var members [][]byte
	if compress {
		for _, r := range recs {
			var b bytes.Buffer
			zw := gzip.NewWriter(&b)
			zw.Write(r)
			zw.Close()
			members = append(members, b.Bytes())
		}
	}
	parts := damage(recs, members)
	offset := len(slices.Concat(parts[:2]...))
	return writeFile(t, dir, name, string(slices.Concat(parts...))), offset
}

var warcLength = regexp.MustCompile(`\r\nContent-Length: (\d+)\r\n\r\n`)

// changeLength changes the Content-Length of record 2 by delta.
func changeLength(t *testing.T, delta int, compress bool) func(recs, _ [][]byte) [][]byte {
	return func(recs, _ [][]byte) [][]byte {
		m := warcLength.FindSubmatchIndex(recs[2])
		n, _ := strconv.Atoi(string(recs[2][m[2]:m[3]]))
		recs[2] = slices.Concat(recs[2][:m[2]], []byte(strconv.Itoa(n+delta)), recs[2][m[3]:])
		if !compress {
			return recs
		}
		var out [][]byte
		for _, r := range recs {
			var b bytes.Buffer
			zw := gzip.NewWriter(&b)
			zw.Write(r)
			zw.Close()
			out = append(out, b.Bytes())
		}
		return out
	}
}

// The three damaged archives of the issue, through extract and ingest:
// every intact page is extracted and stored, the damaged record is named
// on standard error with its offset, id and URL, what is kept of it is
// marked partial, the summary counts it, and the exit status is 1.
func TestDamagedArchives(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name     string
		compress bool
		damage   func(recs, members [][]byte) [][]byte
		kept     bool
		problem  string
	}{
		{"too-long.warc", false, changeLength(t, 900, false), true, "but the next record starts after"},
		{"too-short.warc", false, changeLength(t, -900, false), true, "but the block runs on for 900 more bytes"},
		{"too-short.warc.gz", true, changeLength(t, -900, true), true, "but the block runs on for 900 more bytes"},
		{"cut-member.warc.gz", true, func(_, members [][]byte) [][]byte {
			members[2] = members[2][:len(members[2])/2]
			return members
		}, false, "gzip"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path, offset := damagedArchive(t, dir, tt.name, tt.compress, tt.damage)
			code, stdout, stderr := runCmd(t, "", "extract", "--quiet", path)
			if code != exitFailed {
				t.Errorf("exit %d, want %d", code, exitFailed)
			}
			named := fmt.Sprintf("%s: damaged record at byte %d (urn:uuid:00000000-0000-4000-8000-000000000003, https://city.example/2): ", path, offset)
			if !strings.Contains(stderr, named) || !strings.Contains(stderr, tt.problem) {
				t.Errorf("stderr does not name the damaged record (%q) and say %q:\n%s", named, tt.problem, stderr)
			}
			kept := 0
			if tt.kept {
				kept = 1
			}
			summary := fmt.Sprintf("whosaid: 4 documents read, 2 extracted, 1 skipped (1 warc: request record), 1 damaged (%d kept as partial), 0 failed", kept)
			if !strings.Contains(stderr, summary) {
				t.Errorf("summary:\n%s\nwant %s", stderr, summary)
			}
			recs := parseOutput(t, stdout)
			if len(recs) != 2+kept {
				t.Fatalf("%d documents written, want %d:\n%s", len(recs), 2+kept, stdout)
			}
			for _, r := range recs {
				partial := strings.Contains(string(r.fields["meta"]), `"partial":true`)
				if damaged := strings.Contains(string(r.fields["meta"]), "city.example/2"); partial != damaged {
					t.Errorf("partial %v for %s", partial, r.fields["meta"])
				}
			}

			db := filepath.Join(t.TempDir(), "w.db")
			code, _, stderr = runCmd(t, "", "ingest", "--db", db, path)
			if code != exitFailed || !strings.Contains(stderr, named) ||
				!strings.Contains(stderr, fmt.Sprintf("2 stored (%s), 1 damaged (%d stored as partial), 0 failed", attributionsOf(stderr), kept)) {
				t.Errorf("ingest: exit %d:\n%s", code, stderr)
			}
			s, err := sqlite.Open(db)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			var docs, partial int
			if err := s.DB().QueryRow(`SELECT count(*), coalesce(sum(partial), 0) FROM documents`).Scan(&docs, &partial); err != nil {
				t.Fatal(err)
			}
			if docs != 2+kept || partial != kept {
				t.Errorf("the store holds %d documents, %d partial; want %d, %d", docs, partial, 2+kept, kept)
			}
		})
	}
}

// attributionsOf is the "N attributions" of an ingest summary, which the
// test does not fix.
func attributionsOf(stderr string) string {
	return regexp.MustCompile(`\d+ attributions`).FindString(stderr)
}
