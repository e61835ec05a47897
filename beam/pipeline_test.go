package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	beamlog "github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
)

// The tests run the pipeline on the local runner, Prism, in this process,
// which says only what goes wrong.
func TestMain(m *testing.M) {
	beamlog.LogLevel = "warn" // read by beam.Init, in ptest.Main
	ptest.Main(m)
}

// runPipeline runs the pipeline and returns its counters.
func runPipeline(t testing.TB, c config) map[string]int64 {
	t.Helper()
	if err := c.check(); err != nil {
		t.Fatal(err)
	}
	p, s := beam.NewPipelineWithRoot()
	build(s, c)
	res, err := ptest.RunWithMetrics(p)
	if err != nil {
		t.Fatalf("pipeline: %v", err)
	}
	n := counts(res.Metrics().AllMetrics())
	if n["documents_read"] != n["extracted"]+n["duplicates"]+n["skipped"]+n["failed"] {
		t.Errorf("counts do not add up: %v", n)
	}
	return n
}

// shardLines returns the lines of the files a glob matches, sorted.
func shardLines(t testing.TB, glob string) []string {
	t.Helper()
	names, err := filepath.Glob(glob)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for line := range strings.Lines(string(b)) {
			lines = append(lines, strings.TrimSuffix(line, "\n"))
		}
	}
	slices.Sort(lines)
	return lines
}

// buildWhosaid builds the whosaid command from the main module, as its own
// build has it (not with this module's versions of the dependencies).
func buildWhosaid(t testing.TB) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "whosaid")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/whosaid")
	cmd.Dir = ".."
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building whosaid: %v\n%s", err, out)
	}
	return bin
}

// extractLines runs `whosaid extract` and returns its output lines,
// sorted. Exit status 1 (some input failed) is expected of bad input.
func extractLines(t *testing.T, bin string, args ...string) []string {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"extract", "--quiet"}, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil && cmd.ProcessState.ExitCode() != 1 {
		t.Fatalf("whosaid extract: %v\n%s", err, stderr.String())
	}
	lines := strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n")
	slices.Sort(lines)
	return lines
}

// ids returns the "id" of JSON lines, in order.
func lineIDs(t *testing.T, lines []string) []string {
	t.Helper()
	var out []string
	for _, l := range lines {
		var v struct {
			ID string `json:"id"`
		}
		if err := json.Unmarshal([]byte(l), &v); err != nil {
			t.Fatalf("%v: %s", err, l)
		}
		out = append(out, v.ID)
	}
	return out
}

// writeCorpus writes a small corpus of every input kind into dir: JSON
// Lines with a duplicate, a text in French and a bad line; an HTML page
// whose text is also in a WARC record; a WARC.gz and a WARC.
func writeCorpus(t *testing.T, dir string) {
	t.Helper()
	french := strings.Repeat("Le conseil municipal a voté lundi le plan du port, a déclaré le maire dans un communiqué, en ajoutant que les travaux commenceraient au printemps prochain. ", 3)
	lines := []string{
		`{"id":"j1","url":"https://a.example/1","text":"\"We will build it,\" the mayor said on Monday. Critics said the plan was too costly."}`,
		`{"id":"j2","text":"  \"we will BUILD it,\" the mayor said on Monday.   Critics said the plan was too costly."}`,
		fmt.Sprintf(`{"id":"j3","text":%q}`, french),
		`{"id": "j4", "text": broken`,
		`{"text":"The minister said prices would rise, according to a statement."}`,
	}
	files := map[string][]byte{
		"a.jsonl":       []byte(strings.Join(lines, "\n") + "\n"),
		"page.html":     []byte(page("urn:uuid:p2", "bridge").Body),
		"crawl.warc.gz": writeArchive(t, true, testRecords, nil),
		"plain.warc":    writeArchive(t, false, []testRecord{page("urn:uuid:q1", "museum")}, nil),
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestSameAsExtract: over a small corpus of every input kind, and over
// PolNeAR dev, the shards hold exactly the lines `whosaid extract` writes.
func TestSameAsExtract(t *testing.T) {
	bin := buildWhosaid(t)
	t.Run("corpus", func(t *testing.T) {
		dir := t.TempDir()
		in := filepath.Join(dir, "in")
		if err := os.Mkdir(in, 0o755); err != nil {
			t.Fatal(err)
		}
		writeCorpus(t, in)
		c := defaultConfig()
		c.Inputs, c.Output, c.Shards, c.Threads = []string{filepath.Join(in, "*")}, filepath.Join(dir, "out", "part"), 3, 3
		n := runPipeline(t, c)

		got := shardLines(t, c.Output+"-[0-9]*.jsonl")
		want := extractLines(t, bin, in)
		if !slices.Equal(got, want) {
			t.Errorf("pipeline wrote %d lines %q, whosaid extract %d lines %q", len(got), lineIDs(t, got), len(want), lineIDs(t, want))
		}
		// The copies: j2 of j1, and the bridge page of its WARC record.
		if n["duplicates"] != 2 || !strings.Contains(strings.Join(got, "\n"), `"duplicate_of":"j1"`) {
			t.Errorf("duplicates: %d, want 2", n["duplicates"])
		}
		errs := shardLines(t, c.Output+"-errors-*.jsonl")
		if ids := lineIDs(t, errs); !slices.Equal(ids, []string{filepath.Join(in, "a.jsonl") + ":4"}) {
			t.Errorf("dead letters %q, want the bad line of a.jsonl", errs)
		}
		// 5 lines, 1 page, 8 + 1 WARC records (3 not responses, not shuffled)
		wantCounts := map[string]int64{"files": 4, "documents_read": 15, "failed": 1, "duplicates": 2, "warc_records": 6, "extracted": 6, "skipped": 6}
		for name, v := range wantCounts {
			if n[name] != v {
				t.Errorf("counter %s = %d, want %d (%v)", name, n[name], v, n)
			}
		}
	})
	t.Run("polnear-dev", func(t *testing.T) {
		dev := needShared(t, "../../shared/data/polnear/dev.jsonl")
		c := defaultConfig()
		c.Inputs, c.Output, c.Threads = []string{dev}, filepath.Join(t.TempDir(), "part"), 2
		n := runPipeline(t, c)
		got, want := shardLines(t, c.Output+"-*"), extractLines(t, bin, dev)
		if len(want) < 80 || !slices.Equal(got, want) {
			t.Errorf("pipeline wrote %d lines, whosaid extract %d, not the same", len(got), len(want))
		}
		if n["extracted"] != int64(len(want)) || n["attributions"] == 0 {
			t.Errorf("counters %v", n)
		}
	})
}

// TestDamagedWARC: a WARC with a damaged record gives every intact record
// and one dead letter.
func TestDamagedWARC(t *testing.T) {
	records := []testRecord{
		{Type: "warcinfo", ID: "urn:uuid:info", Body: "software: test\r\n"},
		page("urn:uuid:p1", "harbour"), page("urn:uuid:p2", "bridge"), page("urn:uuid:p3", "tunnel"),
	}
	// A WARC header without its length; a gzip member with its data
	// corrupt.
	damage := map[bool]func([]byte) []byte{
		false: func(b []byte) []byte { return bytes.Replace(b, []byte("Content-Length"), []byte("Content-Lergth"), 1) },
		true:  func(b []byte) []byte { b[len(b)/2] ^= 0x55; return b },
	}
	for _, compress := range []bool{false, true} {
		name := map[bool]string{false: "crawl.warc", true: "crawl.warc.gz"}[compress]
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			in := filepath.Join(dir, name)
			if err := os.WriteFile(in, writeArchive(t, compress, records, map[int]func([]byte) []byte{2: damage[compress]}), 0o644); err != nil {
				t.Fatal(err)
			}
			c := defaultConfig()
			c.Inputs, c.Output = []string{in}, filepath.Join(dir, "part")
			runPipeline(t, c)
			got := lineIDs(t, shardLines(t, c.Output+"-[0-9]*.jsonl"))
			if want := []string{"urn:uuid:p1", "urn:uuid:p3"}; !slices.Equal(got, want) {
				t.Errorf("documents %q, want %q", got, want)
			}
			errs := shardLines(t, c.Output+"-errors-*.jsonl")
			if len(errs) != 1 || !strings.Contains(errs[0], in+"@") {
				t.Errorf("dead letters %q, want one naming %s@OFFSET", errs, in)
			}
		})
	}
}

// needShared skips the test, or fails it when WHOSAID_REQUIRE_SHARED is
// set (CI), when the data beside the repository are missing, as the main
// module's internal/shared.Need does.
func needShared(t testing.TB, path string) string {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		if os.Getenv("WHOSAID_REQUIRE_SHARED") != "" {
			t.Fatalf("shared data missing (WHOSAID_REQUIRE_SHARED is set): %v", err)
		}
		t.Skipf("shared data missing (a plain clone has no ../shared): %v", err)
	}
	return path
}
