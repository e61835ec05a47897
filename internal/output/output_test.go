package output

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/ingest"
)

func readOne(t *testing.T, name, input string) ingest.Doc {
	t.Helper()
	docs := slices.Collect(ingest.ReadFrom(name, strings.NewReader(input), ingest.Options{}))
	if len(docs) != 1 || docs[0].Err != nil {
		t.Fatalf("reading %q: %v", input, docs)
	}
	return docs[0]
}

func render(t *testing.T, f Format, d ingest.Doc, res *whosaid.Document) string {
	t.Helper()
	var b bytes.Buffer
	w := NewWriter(&b, f)
	if err := w.Write(&d, res); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// sample is a hand-made result, standing for what the model returns.
func sample(text string) *whosaid.Document {
	role := func(s string) *whosaid.Role {
		i := strings.Index(text, s)
		return &whosaid.Role{Text: s, Spans: []whosaid.Span{{i, i + len(s)}}}
	}
	return &whosaid.Document{Text: text, Attributions: []whosaid.Attribution{
		{Source: &whosaid.Source{Role: *role("the mayor"), Kind: whosaid.Anonymous, Speaker: "the mayor"}, Cue: role("said"), Content: role(`"We <will> & can,"`), Type: whosaid.Direct},
		{Cue: role("according to"), Content: role("rates will rise"), Type: whosaid.Indirect},
	}}
}

const sampleText = `"We <will> & can," the mayor said. Rates will rise, according to one official; rates will rise.`

func TestJSON(t *testing.T) {
	tests := []struct {
		name  string
		file  string
		input string
		res   *whosaid.Document
		want  string
	}{
		{
			name:  "plain text: id, text, attributions",
			file:  "a.txt",
			input: "Short <b> & text.",
			res:   &whosaid.Document{Attributions: []whosaid.Attribution{}},
			want:  `{"id":"a.txt","text":"Short <b> & text.","attributions":[]}` + "\n",
		},
		{
			name:  "nil attributions are an empty list",
			file:  "a.txt",
			input: "x",
			res:   &whosaid.Document{},
			want:  `{"id":"a.txt","text":"x","attributions":[]}` + "\n",
		},
		{
			name:  "JSONL: passthrough in input order, text in place, old attributions dropped",
			file:  "a.jsonl",
			input: `{"b": [1, 2 ],"text":"caf\u00e9 <x>","id":"d1","attributions":[{"old":1}],"a":{"k":"<&>"}}`,
			res:   &whosaid.Document{},
			want:  `{"id":"d1","b":[1, 2 ],"text":"café <x>","a":{"k":"<&>"},"attributions":[]}` + "\n",
		},
		{
			name:  "JSONL without id gets FILE:LINE",
			file:  "a.jsonl",
			input: "\n" + `{"text":"t","n":1}`,
			res:   nil,
			want:  `{"id":"a.jsonl:2","text":"t","n":1,"attributions":[]}` + "\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := render(t, JSON, readOne(t, tt.file, tt.input), tt.res)
			if got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
			if !json.Valid([]byte(got)) {
				t.Errorf("invalid JSON: %s", got)
			}
		})
	}
}

func TestJSONAttributionsRoundTrip(t *testing.T) {
	d := readOne(t, "s.txt", sampleText)
	res := sample(sampleText)
	got := render(t, JSON, d, res)
	if strings.Count(got, "\n") != 1 || !strings.HasSuffix(got, "\n") {
		t.Fatalf("not one line: %q", got)
	}
	if strings.Contains(got, `\u003c`) || strings.Contains(got, `\u0026`) {
		t.Errorf("HTML-escaped: %s", got)
	}
	var back whosaid.Document
	if err := json.Unmarshal([]byte(got), &back); err != nil {
		t.Fatal(err)
	}
	if back.ID != "s.txt" || back.Text != sampleText || len(back.Attributions) != 2 {
		t.Fatalf("round trip: %+v", back)
	}
	for i, a := range back.Attributions {
		roles := []*whosaid.Role{a.Cue, a.Content}
		if a.Source != nil {
			roles = append(roles, &a.Source.Role)
		}
		for _, r := range roles {
			if r == nil {
				continue
			}
			if s := r.Spans[0]; back.Text[s.Start():s.End()] != r.Text {
				t.Errorf("attribution %d: span %v is %q, want %q", i, s, back.Text[s.Start():s.End()], r.Text)
			}
		}
	}
	if back.Attributions[1].Source != nil {
		t.Errorf("absent source written: %+v", back.Attributions[1].Source)
	}
	if !strings.Contains(got, `"spans":[[`) {
		t.Errorf("spans not written as [start, end] pairs: %s", got)
	}
}

func TestJSONRawValues(t *testing.T) {
	d := ingest.Doc{ID: "x", Text: "t", Extra: []ingest.Field{{Name: "m", Value: json.RawMessage("{\n  \"a\": 1\n}")}}}
	got := render(t, JSON, d, nil)
	if want := `{"id":"x","m":{"a":1},"text":"t","attributions":[]}` + "\n"; got != want {
		t.Errorf("multi-line raw value: got %s want %s", got, want)
	}
	d.Extra[0].Value = json.RawMessage(`{"a":`)
	var b bytes.Buffer
	if err := NewWriter(&b, JSON).Write(&d, nil); err == nil {
		t.Error("invalid raw value written without error")
	}
}

func TestText(t *testing.T) {
	long := strings.Repeat("é", 200)
	tests := []struct {
		name string
		res  *whosaid.Document
		want string
	}{
		{
			name: "no attributions",
			res:  &whosaid.Document{},
			want: "doc-1 (0 attributions)\n\n",
		},
		{
			name: "direct quote keeps its marks, missing source shown",
			res:  sample(sampleText),
			want: "doc-1 (2 attributions)\n" +
				`  [anonymous] the mayor — said — "We <will> & can," (direct)` + "\n" +
				`  [no source] (no source) — according to — "rates will rise" (indirect)` + "\n" +
				"  sources: 0 named (0%), 1 anonymous (100%), 0 other, 1 without source; 0 hedged; 0 unattributed sentences\n\n",
		},
		{
			name: "long content cut to 120 runes, white space folded",
			res: &whosaid.Document{Attributions: []whosaid.Attribution{{
				Source: &whosaid.Source{Role: whosaid.Role{Text: "the\n  minister"}}, Content: &whosaid.Role{Text: long}, Type: whosaid.Indirect,
			}}},
			want: "doc-1 (1 attribution)\n" +
				`  [?] the minister — (no cue) — "` + strings.Repeat("é", 119) + `…" (indirect)` + "\n" +
				"  sources: 0 named (0%), 0 anonymous (0%), 1 other, 0 without source; 0 hedged; 0 unattributed sentences\n\n",
		},
	}
	d := ingest.Doc{ID: "doc-1", Text: sampleText}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := render(t, Text, d, tt.res)
			if got != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

func TestOneLine(t *testing.T) {
	tests := []struct {
		in    string
		limit int
		want  string
	}{
		{"  a \n\t b  ", 0, "a b"},
		{"abcdef", 6, "abcdef"},
		{"abcdefg", 6, "abcde…"},
		{"abcd efg", 6, "abcd…"},
		{"日本語のテキスト", 4, "日本語…"},
		{"", 5, ""},
	}
	for _, tt := range tests {
		got := oneLine(tt.in, tt.limit)
		if got != tt.want {
			t.Errorf("oneLine(%q, %d) = %q, want %q", tt.in, tt.limit, got, tt.want)
		}
		if tt.limit > 0 && utf8.RuneCountInString(got) > tt.limit {
			t.Errorf("oneLine(%q, %d) = %q: too long", tt.in, tt.limit, got)
		}
	}
}

func TestParseFormat(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Format
		ok   bool
	}{{"json", JSON, true}, {"jsonl", JSON, true}, {"text", Text, true}, {"xml", 0, false}, {"", 0, false}} {
		got, err := ParseFormat(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseFormat(%q) = %v, %v", tt.in, got, err)
		}
	}
}
