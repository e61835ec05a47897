package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// summary renders a document as one line, for golden-style comparisons.
func summary(d Doc) string {
	if d.Err != nil {
		return "ERR " + d.Err.Error()
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s @%s:%d %q", d.ID, d.Source, d.Line, d.Text)
	if d.TextGiven {
		b.WriteString(" given")
	}
	for _, f := range d.Extra {
		fmt.Fprintf(&b, " %s=%s", f.Name, f.Value)
	}
	return b.String()
}

func collect(t testing.TB, paths []string, opts Options) []Doc {
	t.Helper()
	var docs []Doc
	for d := range Read(paths, opts) {
		docs = append(docs, d)
	}
	return docs
}

func summaries(docs []Doc) []string {
	out := make([]string, len(docs))
	for i, d := range docs {
		out[i] = summary(d)
	}
	return out
}

func TestReadFiles(t *testing.T) {
	tests := []struct {
		name  string
		paths []string
		opts  Options
		want  []string
	}{
		{
			name:  "jsonl with ids, default ids, passthrough and dropped attributions",
			paths: []string{"testdata/good.jsonl"},
			want: []string{
				`a1 @testdata/good.jsonl:1 "The minister said the plan would work." given text="The minister said the plan would work." lang="en"`,
				`testdata/good.jsonl:2 @testdata/good.jsonl:2 "No id here." given text="No id here." meta={"page":3,"tags":["x","y"]}`,
				`42 @testdata/good.jsonl:4 "Numeric é id." given text="Numeric \u00e9 id." z=null`,
			},
		},
		{
			name:  "CRLF line ends and a last line without newline",
			paths: []string{"testdata/crlf.jsonl"},
			want: []string{
				`crlf @testdata/crlf.jsonl:1 "Windows line." given text="Windows line."`,
				`last @testdata/crlf.jsonl:2 "No newline at the end." given text="No newline at the end."`,
			},
		},
		{
			name:  "bad lines are reported and reading goes on",
			paths: []string{"testdata/bad.jsonl"},
			want: []string{
				`ok1 @testdata/bad.jsonl:1 "fine" given text="fine"`,
				`ERR testdata/bad.jsonl:2: not a JSON object: invalid character 'h' in literal true (expecting 'r') (column 2)`,
				`ERR testdata/bad.jsonl:3: no string "text" field`,
				`ERR testdata/bad.jsonl:4: no string "text" field: "text" is a number`,
				`ERR testdata/bad.jsonl:5: not a JSON object: the line holds an array`,
				`ERR testdata/bad.jsonl:6: invalid UTF-8 at column 28`,
				`ERR testdata/bad.jsonl:7: NUL byte in text at column 25`,
				`ERR testdata/bad.jsonl:8: NUL byte in text: "text" holds \u0000 at byte 1`,
				`ERR testdata/bad.jsonl:9: duplicate field "text"`,
				`ERR testdata/bad.jsonl:10: not a JSON object: invalid character 'x' after top-level value (column 27)`,
				`ERR testdata/bad.jsonl:11: not a JSON object: unexpected end of JSON input (column 23)`,
				`ERR testdata/bad.jsonl:12: "id" is neither a string nor a number: it is a boolean`,
				`ok2 @testdata/bad.jsonl:13 "also fine" given text="also fine"`,
			},
		},
		{
			name:  "plain text is one document named by its path",
			paths: []string{"testdata/article.txt"},
			want: []string{
				`testdata/article.txt @testdata/article.txt:1 "Officials said on Monday that the bridge would reopen in May.\n\n\"We are on schedule,\" the mayor told reporters.\n"`,
			},
		},
		{
			name:  "bad plain-text files",
			paths: []string{"testdata/bad_utf8.txt", "testdata/nul.txt", "testdata/empty.txt", "testdata/blank.txt"},
			want: []string{
				`ERR testdata/bad_utf8.txt:2: invalid UTF-8 at byte 26 (column 16)`,
				`ERR testdata/nul.txt:2: NUL byte in text at byte 20 (column 10)`,
				`ERR testdata/empty.txt: empty input: empty file`,
				`ERR testdata/blank.txt: empty input: no text, only white space`,
			},
		},
		{
			name:  "JSONL sniffed from the first non-space byte",
			paths: []string{"testdata/sniffed.json"},
			want:  []string{`s1 @testdata/sniffed.json:2 "sniffed" given text="sniffed"`},
		},
		{
			name:  "folder read recursively, sorted, hidden entries skipped",
			paths: []string{"testdata/tree"},
			want: []string{
				`tree-a @testdata/tree/a.jsonl:1 "first" given text="first"`,
				`testdata/tree/b/a.txt @testdata/tree/b/a.txt:1 "Text in b/a.\n"`,
				`testdata/tree/b/c.txt @testdata/tree/b/c.txt:1 "Text in b/c.\n"`,
				`tree-z @testdata/tree/z.ndjson:1 "last" given text="last"`,
			},
		},
		{
			name:  "paths in argument order, a missing file in between",
			paths: []string{"testdata/tree/z.ndjson", "testdata/no-such-file", "testdata/tree/a.jsonl"},
			want: []string{
				`tree-z @testdata/tree/z.ndjson:1 "last" given text="last"`,
				`ERR testdata/no-such-file: no such file or directory`,
				`tree-a @testdata/tree/a.jsonl:1 "first" given text="first"`,
			},
		},
		{
			name:  "a hidden file named explicitly is read",
			paths: []string{"testdata/tree/.hidden.txt"},
			want:  []string{`testdata/tree/.hidden.txt @testdata/tree/.hidden.txt:1 "hidden\n"`},
		},
		{
			name:  "format forced to text",
			paths: []string{"testdata/tree/a.jsonl"},
			opts:  Options{Format: Text},
			want:  []string{`testdata/tree/a.jsonl @testdata/tree/a.jsonl:1 "{\"id\":\"tree-a\",\"text\":\"first\"}\n"`},
		},
		{
			name:  "format forced to JSONL",
			paths: []string{"testdata/article.txt"},
			opts:  Options{Format: JSONL},
			want: []string{
				`ERR testdata/article.txt:1: not a JSON object: invalid character 'O' looking for beginning of value (column 1)`,
				`ERR testdata/article.txt:3: not a JSON object: the line holds a string`,
			},
		},
		{
			name:  "stdin",
			paths: []string{"-"},
			opts:  Options{Stdin: strings.NewReader("{\"text\":\"from stdin\"}\n")},
			want:  []string{`<stdin>:1 @<stdin>:1 "from stdin" given text="from stdin"`},
		},
		{
			name:  "stdin as plain text",
			paths: []string{"-"},
			opts:  Options{Stdin: strings.NewReader("She said so.")},
			want:  []string{`<stdin> @<stdin>:1 "She said so."`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summaries(collect(t, tt.paths, tt.opts))
			if !slices.Equal(got, tt.want) {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// The third line of "format forced to JSONL" above is a string; check the
// failing line really is line 3 of article.txt, not a miscount.
func TestLineNumbersCountBlankLines(t *testing.T) {
	data, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	if !strings.HasPrefix(lines[2], `"We are`) {
		t.Fatalf("testdata changed: line 3 is %q", lines[2])
	}
}

func TestSentinels(t *testing.T) {
	tests := []struct {
		name  string
		input string
		file  string
		want  error
		line  int
	}{
		{"invalid UTF-8 in text", "caf\xe9\n", "a.txt", ErrInvalidUTF8, 1},
		{"NUL in text", "a\nb\nc\x00", "a.txt", ErrNUL, 3},
		{"empty file", "", "a.txt", ErrEmpty, 0},
		{"empty jsonl", "", "a.jsonl", ErrEmpty, 0},
		{"blank-only jsonl", "\n \n\t\n", "a.jsonl", ErrEmpty, 0},
		{"not JSON", "{nope}\n", "a.jsonl", ErrNotJSON, 1},
		{"not an object", "\n\"text\"\n", "a.jsonl", ErrNotJSON, 2},
		{"no text", `{"id":"x"}`, "a.jsonl", ErrNoText, 1},
		{"null text", `{"text":null}`, "a.jsonl", ErrNoText, 1},
		{"array text", `{"text":["a"]}`, "a.jsonl", ErrNoText, 1},
		{"invalid UTF-8 in a line", "{\"text\":\"\xff\"}", "a.jsonl", ErrInvalidUTF8, 1},
		{"escaped NUL", `{"text":"\u0000"}`, "a.jsonl", ErrNUL, 1},
		{"bad id", `{"id":{},"text":"a"}`, "a.jsonl", ErrBadID, 1},
		{"duplicate id", `{"id":"a","id":"b","text":"a"}`, "a.jsonl", ErrDuplicateField, 1},
		{"gz name, not gzip", "plain", "a.txt.gz", ErrGzip, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := slices.Collect(ReadFrom(tt.file, strings.NewReader(tt.input), Options{}))
			if len(docs) != 1 {
				t.Fatalf("got %d docs, want 1: %q", len(docs), summaries(docs))
			}
			err := docs[0].Err
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			var e *Error
			if !errors.As(err, &e) || e.Source != tt.file || e.Line != tt.line || docs[0].Line != tt.line {
				t.Fatalf("err = %#v, want *Error at %s:%d", err, tt.file, tt.line)
			}
			if !strings.HasPrefix(err.Error(), tt.file+":") {
				t.Errorf("message %q does not name the file", err)
			}
		})
	}
}

func TestMissingFile(t *testing.T) {
	docs := collect(t, []string{"testdata/missing.jsonl"}, Options{})
	if len(docs) != 1 || !errors.Is(docs[0].Err, fs.ErrNotExist) {
		t.Fatalf("got %q, want one not-exist error", summaries(docs))
	}
}

func TestEmptyFolder(t *testing.T) {
	dir := t.TempDir()
	docs := collect(t, []string{dir}, Options{})
	if len(docs) != 1 || !errors.Is(docs[0].Err, ErrEmpty) || docs[0].Source != dir {
		t.Fatalf("got %q, want one ErrEmpty for %s", summaries(docs), dir)
	}
}

func TestByteOrderMark(t *testing.T) {
	for _, name := range []string{"bom.jsonl", "bom.txt"} {
		input := "\xef\xbb\xbf" + `{"id":"b","text":"with BOM"}`
		docs := slices.Collect(ReadFrom(name, strings.NewReader(input), Options{}))
		if len(docs) != 1 || docs[0].Err != nil || docs[0].Text != "with BOM" {
			t.Errorf("%s: got %q, want the BOM skipped", name, summaries(docs))
		}
	}
	docs := slices.Collect(ReadFrom("bom.txt", strings.NewReader("\xef\xbb\xbfPlain."), Options{}))
	if len(docs) != 1 || docs[0].Text != "Plain." {
		t.Errorf("plain text: got %q, want the BOM stripped", summaries(docs))
	}
}

func TestLongLines(t *testing.T) {
	long := strings.Repeat("word ", 60_000) // 300 kB, past bufio's and Scanner's defaults
	input := fmt.Sprintf("{\"id\":\"1\",\"text\":%q}\n{\"id\":\"2\",\"text\":%q}\n{\"id\":\"3\",\"text\":\"short\"}\n", "x", long)
	tests := []struct {
		name    string
		max     int64
		wantErr []bool
	}{
		{"default limit reads a long line", 0, []bool{false, false, false}},
		{"limit below the long line", 100_000, []bool{false, true, false}},
		{"limit below every line", 10, []bool{true, true, true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := slices.Collect(ReadFrom("long.jsonl", strings.NewReader(input), Options{MaxSize: tt.max}))
			if len(docs) != 3 {
				t.Fatalf("got %d docs, want 3", len(docs))
			}
			for i, d := range docs {
				if d.Line != i+1 {
					t.Errorf("doc %d: line %d, want %d", i, d.Line, i+1)
				}
				if got := d.Err != nil; got != tt.wantErr[i] {
					t.Errorf("doc %d: err %v, want error: %v", i, d.Err, tt.wantErr[i])
					continue
				}
				if d.Err != nil && !errors.Is(d.Err, ErrTooLarge) {
					t.Errorf("doc %d: err %v, want ErrTooLarge", i, d.Err)
				}
			}
			if !tt.wantErr[1] && docs[1].Text != long {
				t.Errorf("long text not read whole: %d bytes, want %d", len(docs[1].Text), len(long))
			}
		})
	}
}

func TestTextTooLarge(t *testing.T) {
	docs := slices.Collect(ReadFrom("big.txt", strings.NewReader(strings.Repeat("a", 101)), Options{MaxSize: 100}))
	if len(docs) != 1 || !errors.Is(docs[0].Err, ErrTooLarge) {
		t.Fatalf("got %q, want ErrTooLarge", summaries(docs))
	}
	docs = slices.Collect(ReadFrom("ok.txt", strings.NewReader(strings.Repeat("a", 100)), Options{MaxSize: 100}))
	if len(docs) != 1 || docs[0].Err != nil || len(docs[0].Text) != 100 {
		t.Fatalf("got %q, want a 100-byte doc at the limit", summaries(docs))
	}
}

func TestEarlyBreak(t *testing.T) {
	n := 0
	for d := range Read([]string{"testdata/good.jsonl", "testdata/tree", "testdata/article.txt"}, Options{}) {
		n++
		if d.ID != "a1" {
			t.Errorf("first doc %q, want a1", d.ID)
		}
		break
	}
	if n != 1 {
		t.Fatalf("looped %d times, want 1", n)
	}
	// Breaking inside a folder walk must stop the walk too.
	n = 0
	for range Read([]string{"testdata/tree"}, Options{}) {
		n++
		if n == 2 {
			break
		}
	}
	if n != 2 {
		t.Fatalf("looped %d times, want 2", n)
	}
}

func TestSymlinkInFolder(t *testing.T) {
	dir := t.TempDir()
	target, err := filepath.Abs("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, filepath.Join(dir, "link.txt")); err != nil {
		t.Skip("symlinks unsupported:", err)
	}
	if err := os.Symlink(t.TempDir(), filepath.Join(dir, "linkdir")); err != nil {
		t.Fatal(err)
	}
	docs := collect(t, []string{dir}, Options{})
	if len(docs) != 1 || docs[0].Err != nil || !strings.Contains(docs[0].Text, "bridge") {
		t.Fatalf("got %q, want the linked article only", summaries(docs))
	}
}

func TestPassthroughKeepsRawValues(t *testing.T) {
	line := `{"b": [1, 2 ],"id":"x","a":{"k":"<&>"},"text":"t","attributions":[],"c":1.50e3}`
	docs := slices.Collect(ReadFrom("p.jsonl", strings.NewReader(line), Options{}))
	if len(docs) != 1 || docs[0].Err != nil {
		t.Fatalf("got %q", summaries(docs))
	}
	var got []string
	for _, f := range docs[0].Extra {
		got = append(got, f.Name+"="+string(f.Value))
	}
	want := []string{`b=[1, 2 ]`, `a={"k":"<&>"}`, `text="t"`, `c=1.50e3`}
	if !slices.Equal(got, want) {
		t.Fatalf("extra = %q, want %q", got, want)
	}
	if !bytes.Equal(docs[0].Extra[0].Value, []byte("[1, 2 ]")) {
		t.Fatal("raw value changed")
	}
}
