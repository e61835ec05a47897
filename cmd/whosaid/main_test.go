package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/ingest"
)

// runCmd runs the command line and returns its exit status and output.
func runCmd(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func writeFile(t *testing.T, dir, name, data string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// record is one line of JSON output, with its fields in order.
type record struct {
	keys   []string
	fields map[string]json.RawMessage
}

func parseOutput(t *testing.T, out string) []record {
	t.Helper()
	var recs []record
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		line := sc.Bytes()
		if !json.Valid(line) {
			t.Fatalf("invalid JSON line: %s", line)
		}
		dec := json.NewDecoder(bytes.NewReader(line))
		r := record{fields: map[string]json.RawMessage{}}
		dec.Token() // {
		for dec.More() {
			k, _ := dec.Token()
			var v json.RawMessage
			if err := dec.Decode(&v); err != nil {
				t.Fatal(err)
			}
			r.keys = append(r.keys, k.(string))
			r.fields[k.(string)] = v
		}
		recs = append(recs, r)
	}
	return recs
}

func (r record) str(t *testing.T, key string) string {
	t.Helper()
	var s string
	if err := json.Unmarshal(r.fields[key], &s); err != nil {
		t.Fatalf("field %q: %v", key, err)
	}
	return s
}

// checkAttributions asserts the structure of the attributions, whatever
// the model finds: known types, spans in order inside the text, and role
// texts that are what the spans cover.
func checkAttributions(t *testing.T, r record) {
	t.Helper()
	text := r.str(t, "text")
	type role struct {
		Text  string   `json:"text"`
		Spans [][2]int `json:"spans"`
	}
	var attrs []struct {
		Source, Cue, Content *role
		Type                 string
	}
	if err := json.Unmarshal(r.fields["attributions"], &attrs); err != nil || attrs == nil {
		t.Fatalf("attributions %s: %v", r.fields["attributions"], err)
	}
	for i, a := range attrs {
		switch a.Type {
		case "direct", "indirect", "mixed":
		default:
			t.Errorf("attribution %d: type %q", i, a.Type)
		}
		for _, ro := range []*role{a.Source, a.Cue, a.Content} {
			if ro == nil {
				continue
			}
			var parts []string
			prev := 0
			for _, s := range ro.Spans {
				if s[0] < prev || s[1] < s[0] || s[1] > len(text) {
					t.Fatalf("attribution %d: span %v out of order or bounds (text %d bytes)", i, s, len(text))
				}
				if !utf8.ValidString(text[s[0]:s[1]]) {
					t.Errorf("attribution %d: span %v cuts a UTF-8 sequence", i, s)
				}
				parts = append(parts, text[s[0]:s[1]])
				prev = s[1]
			}
			if got := strings.Join(parts, " … "); got != ro.Text {
				t.Errorf("attribution %d: role text %q, spans cover %q", i, ro.Text, got)
			}
		}
	}
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.jsonl", `{"id":"a","text":"The mayor said so."}`+"\n")
	bad := writeFile(t, dir, "bad.jsonl", `{"id":"a","text":"Fine."}`+"\nnot json\n")
	tests := []struct {
		name       string
		stdin      string
		args       []string
		want       int
		wantStdout string // substring
		wantStderr string // substring
	}{
		{"no command", "", nil, exitUsage, "", "Usage:"},
		{"unknown command", "", []string{"frobnicate"}, exitUsage, "", `unknown command "frobnicate"`},
		{"help", "", []string{"help"}, exitOK, "extract", ""},
		{"help extract", "", []string{"help", "extract"}, exitOK, "--workers N", ""},
		{"help unknown", "", []string{"help", "nope"}, exitUsage, "", `unknown command "nope"`},
		{"--help", "", []string{"--help"}, exitOK, "The commands are", ""},
		{"version", "", []string{"version"}, exitOK, "whosaid ", ""},
		{"version with an argument", "", []string{"version", "x"}, exitUsage, "", "no arguments"},
		{"extract -h", "", []string{"extract", "-h"}, exitOK, "", "Usage: whosaid extract"},
		{"unknown flag", "", []string{"extract", "--nope"}, exitUsage, "", "flag provided but not defined"},
		{"bad format", "", []string{"extract", "--format", "xml", good}, exitUsage, "", `unknown format "xml"`},
		{"zero workers", "", []string{"extract", "--workers", "0", good}, exitUsage, "", "at least 1"},
		{"bad max size", "", []string{"extract", "--max-size", "0", good}, exitUsage, "", "at least 1"},
		{"good file", "", []string{"extract", good}, exitOK, `"id":"a"`, "1 document read, 1 extracted, 0 failed"},
		{"a bad line", "", []string{"extract", bad}, exitFailed, `"id":"a"`, bad + ":2: not a JSON object"},
		{"missing file", "", []string{"extract", filepath.Join(dir, "none.txt")}, exitFailed, "", "none.txt: no such file or directory"},
		{"empty stdin", "", []string{"extract"}, exitFailed, "", "<stdin>: empty input"},
		{"stdin by default", `{"id":"s","text":"Hello."}`, []string{"extract"}, exitOK, `"id":"s"`, "1 document read"},
		{"flags after files", "", []string{"extract", good, "--format", "text"}, exitOK, "a (", ""},
		{"-- ends flags", "", []string{"extract", "--", "--format"}, exitFailed, "", "--format: no such file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, tt.stdin, tt.args...)
			if code != tt.want {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tt.want, stdout, stderr)
			}
			if !strings.Contains(stdout, tt.wantStdout) {
				t.Errorf("stdout %q does not contain %q", stdout, tt.wantStdout)
			}
			if !strings.Contains(stderr, tt.wantStderr) {
				t.Errorf("stderr %q does not contain %q", stderr, tt.wantStderr)
			}
		})
	}
}

func TestExtractErrorsAndSummary(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "mixed.jsonl", strings.Join([]string{
		`{"id":"one","text":"First."}`,
		`{"id":"two"}`,
		"{\"id\":\"three\",\"text\":\"caf\xe9\"}",
		`{"id":"four","text":"Fourth."}`,
	}, "\n"))
	empty := writeFile(t, dir, "empty.txt", "")
	code, stdout, stderr := runCmd(t, "", "extract", "--workers", "3", p, empty)
	if code != exitFailed {
		t.Fatalf("exit %d, want %d", code, exitFailed)
	}
	var ids []string
	for _, r := range parseOutput(t, stdout) {
		ids = append(ids, r.str(t, "id"))
	}
	if strings.Join(ids, ",") != "one,four" {
		t.Errorf("ids %q, want the good documents one,four", ids)
	}
	wantErr := []string{
		"whosaid: " + p + `:2: no string "text" field`,
		"whosaid: " + p + ":3: invalid UTF-8 at column 26",
		"whosaid: " + empty + ": empty input: empty file",
		"whosaid: 5 documents read, 2 extracted, 3 failed",
	}
	if got := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n"); strings.Join(got, "\n") != strings.Join(wantErr, "\n") {
		t.Errorf("stderr:\n%s\nwant:\n%s", stderr, strings.Join(wantErr, "\n"))
	}

	// --quiet drops the progress bar, never the errors or the summary.
	code, _, stderr = runCmd(t, "", "extract", "--quiet", p)
	if code != exitFailed || !strings.Contains(stderr, "4 documents read, 2 extracted, 2 failed") || !strings.Contains(stderr, ":2: ") {
		t.Errorf("--quiet: exit %d, stderr %q", code, stderr)
	}
	code, _, stderr = runCmd(t, `{"text":"ok"}`, "extract", "--quiet")
	if code != exitOK || stderr != "whosaid: 1 document read, 1 extracted, 0 failed\n" {
		t.Errorf("--quiet on good input: exit %d, stderr %q, want the summary alone", code, stderr)
	}
}

func TestExtractKeepsOrder(t *testing.T) {
	const n = 300
	var in strings.Builder
	for i := range n {
		// Lengths vary so that documents finish out of order; the number
		// makes each text distinct, not a duplicate.
		fmt.Fprintf(&in, `{"id":"doc-%d","text":%q}`+"\n", i, fmt.Sprintf("Report %d. ", i)+strings.Repeat("The minister said the plan works. ", 1+(i*7)%23))
	}
	for _, workers := range []string{"1", "4", "16"} {
		t.Run(workers, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, in.String(), "extract", "--workers", workers, "-")
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			recs := parseOutput(t, stdout)
			if len(recs) != n {
				t.Fatalf("%d records, want %d", len(recs), n)
			}
			for i, r := range recs {
				if id := r.str(t, "id"); id != fmt.Sprintf("doc-%d", i) {
					t.Fatalf("record %d has id %s", i, id)
				}
			}
			if !strings.Contains(stderr, fmt.Sprintf("%d documents read, %d extracted, 0 failed", n, n)) {
				t.Errorf("summary: %q", stderr)
			}
		})
	}
}

func TestExtractJSONFields(t *testing.T) {
	dir := t.TempDir()
	jsonl := writeFile(t, dir, "in.jsonl",
		`{"lang":"en","text":"\"We <will> win,\" the coach said.","id":"g1","attributions":[{"stale":true}],"meta":{"page":2}}`+"\n"+
			`{"text":"No id.","z":[1, 2]}`+"\n")
	txt := writeFile(t, dir, "article.txt", "Prices rose, according to officials.\n")
	code, stdout, stderr := runCmd(t, "", "extract", jsonl, txt)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	recs := parseOutput(t, stdout)
	if len(recs) != 3 {
		t.Fatalf("%d records, want 3:\n%s", len(recs), stdout)
	}
	tests := []struct {
		id   string
		keys string
	}{
		// speakers: what the resolve stage adds when a source speaks.
		{"g1", "id,lang,text,meta,attributions,speakers"},
		{jsonl + ":2", "id,text,z,attributions"},
		{txt, "id,text,attributions,speakers"},
	}
	for i, tt := range tests {
		r := recs[i]
		if id := r.str(t, "id"); id != tt.id {
			t.Errorf("record %d: id %q, want %q", i, id, tt.id)
		}
		if keys := strings.Join(r.keys, ","); keys != tt.keys {
			t.Errorf("record %d: keys %s, want %s", i, keys, tt.keys)
		}
		checkAttributions(t, r)
	}
	if got := string(recs[0].fields["meta"]); got != `{"page":2}` {
		t.Errorf("meta passed through as %s", got)
	}
	if got := string(recs[1].fields["z"]); got != `[1, 2]` {
		t.Errorf("z passed through as %s, want the raw value", got)
	}
	if strings.Contains(stdout, "stale") {
		t.Error("input attributions passed through")
	}
	if !strings.Contains(stdout, `<will>`) {
		t.Error("text HTML-escaped")
	}
}

func TestExtractTextFormatOnSample(t *testing.T) {
	code, stdout, stderr := runCmd(t, "", "extract", "--format", "text", "../../testdata/sample.txt")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if !strings.HasPrefix(lines[0], "../../testdata/sample.txt (") {
		t.Errorf("header %q", lines[0])
	}
	for _, l := range lines[1:] {
		if l == "" {
			continue
		}
		if label, _, ok := strings.Cut(strings.TrimPrefix(l, "  "), ": "); ok && !strings.HasPrefix(l, "   ") &&
			(label == "title" || label == "dateline" || label == "sources" || label == "speaker" || label == "unattributed" || label == "boilerplate") {
			continue // the summary
		}
		if !strings.HasPrefix(strings.TrimLeft(l, " "), "[") || strings.Count(l, " — ") < 2 {
			t.Errorf("attribution line %q not in the listing format", l)
		}
	}
	if !strings.HasSuffix(stdout, "\n\n") {
		t.Error("documents not separated by a blank line")
	}
	// The same sample in JSON has well-formed attributions.
	code, stdout, _ = runCmd(t, "", "extract", "../../testdata/sample.txt")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	recs := parseOutput(t, stdout)
	if len(recs) != 1 {
		t.Fatalf("%d records", len(recs))
	}
	checkAttributions(t, recs[0])
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestExtractWriteError(t *testing.T) {
	var errOut bytes.Buffer
	code := run([]string{"extract"}, strings.NewReader(`{"text":"a"}`), failWriter{}, &errOut)
	if code != exitFailed || !strings.Contains(errOut.String(), "disk full") {
		t.Fatalf("exit %d, stderr %q: want 1 and the write error", code, errOut.String())
	}
}

func TestParseInterspersed(t *testing.T) {
	tests := []struct {
		args []string
		pos  string
		q    bool
	}{
		{[]string{"a", "-q", "b"}, "a,b", true},
		{[]string{"-", "a"}, "-,a", false},
		{[]string{"--", "-q"}, "-q", false},
		{[]string{"a", "--", "b", "-q"}, "a,b,-q", false},
		{nil, "", false},
	}
	for _, tt := range tests {
		fs := newTestFlags()
		pos, err := parseInterspersed(fs.set, tt.args)
		if err != nil || strings.Join(pos, ",") != tt.pos || *fs.q != tt.q {
			t.Errorf("%q: pos %q q %v err %v, want %q q %v", tt.args, pos, *fs.q, err, tt.pos, tt.q)
		}
	}
}

type testFlags struct {
	set *flag.FlagSet
	q   *bool
}

func newTestFlags() testFlags {
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return testFlags{set: fs, q: fs.Bool("q", false, "")}
}

func TestExtractRecoversPanic(t *testing.T) {
	// A panic in the extractor fails one document, not the run.
	r := extract(func(context.Context, string, article.Meta) (*whosaid.Document, error) { panic("boom") }, ingest.Doc{Text: `"Yes," he said.`})
	if r.err == nil || r.doc != nil || r.err.Error() != "extractor failed: boom" {
		t.Fatalf("got %+v, want an extractor failure", r)
	}
}
