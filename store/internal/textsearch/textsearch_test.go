package textsearch

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/whosaid/whosaid/store"
)

func TestTokens(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
	}{
		{"Zárif's U.S. talks, 2015!", "zarif s u s talks 2015"},
		{"NÉGOCIATIONS naïve Straße", "negociations naive straße"},
		{"e\u0301te\u0301", "ete"}, // decomposed accents
		{"北京 said", "北京 said"},
		{"--- ...", ""},
		{strings.Repeat("x", 50), strings.Repeat("x", MaxTokenBytes)},
	} {
		var ws []string
		for _, tok := range Tokens(tc.in) {
			ws = append(ws, tok.Word)
			if tok.Start < 0 || tok.End > len(tc.in) || tok.Start >= tok.End {
				t.Errorf("%q: bad span %d-%d", tc.in, tok.Start, tok.End)
			}
		}
		if got := strings.Join(ws, " "); got != tc.want {
			t.Errorf("Tokens(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestParseQuery(t *testing.T) {
	for _, tc := range []struct {
		in, fts5, tsquery string
	}{
		{"Iran deal", `"iran" "deal"`, `'iran' & 'deal'`},
		{`"white house" nego*`, `"white house" "nego"*`, `('white' <-> 'house') & 'nego':*`},
		{"U.S.", `"u s"`, `('u' <-> 's')`},
		{`it's`, `"it s"`, `('it' <-> 's')`},
		{`"a b"*`, `"a b"*`, `('a' <-> 'b':*)`},
		{`x ! y`, `"x" "y"`, `'x' & 'y'`},
	} {
		q, err := ParseQuery(tc.in)
		if err != nil {
			t.Errorf("ParseQuery(%q): %v", tc.in, err)
			continue
		}
		if got := q.FTS5(); got != tc.fts5 {
			t.Errorf("%q: FTS5 %s, want %s", tc.in, got, tc.fts5)
		}
		if got := q.TSQuery(); got != tc.tsquery {
			t.Errorf("%q: tsquery %s, want %s", tc.in, got, tc.tsquery)
		}
	}
	for _, bad := range []string{"", "  ", `"open`, "!!!", strings.Repeat("w ", MaxClauses+1)} {
		if _, err := ParseQuery(bad); err == nil {
			t.Errorf("ParseQuery(%q): no error", bad)
		}
	}
}

func TestIndexed(t *testing.T) {
	text := strings.Repeat("the ", MaxLexemePosition+3) + "end"
	ws := Indexed(text)
	if len(ws) != MaxLexemePosition+4 || ws[MaxLexemePosition-1] != "the" || ws[MaxLexemePosition] != "" || ws[len(ws)-1] != "end" {
		t.Errorf("occurrences past the limit are not blanked in place: %d words", len(ws))
	}
	if doc := SQLiteDocument([]string{"a", "", "b"}); doc != "a · b" {
		t.Errorf("SQLiteDocument = %q", doc)
	}
	if v := TSVector([]string{"a", "b", "a", "", "it's"}); v != `'a':1,3 'b':2 'it''s':5` {
		t.Errorf("TSVector = %s", v)
	}
	if n := len(Indexed(strings.Repeat("w ", MaxTokens+10))); n != MaxTokens {
		t.Errorf("%d words indexed, want %d", n, MaxTokens)
	}
}

func TestSnippet(t *testing.T) {
	q, _ := ParseQuery(`"nuclear talks" iran`)
	frags, ok := Snippet("Iran said the nuclear talks in Vienna went well.", q)
	want := []store.Fragment{{Text: "Iran", Match: true}, {Text: " said the "}, {Text: "nuclear talks", Match: true}, {Text: " in Vienna went well."}}
	if !ok || len(frags) != len(want) {
		t.Fatalf("Snippet: %v %+v", ok, frags)
	}
	for i := range want {
		if frags[i] != want[i] {
			t.Errorf("fragment %d: %+v, want %+v", i, frags[i], want[i])
		}
	}
	long := strings.Repeat("word ", 100) + "target " + strings.Repeat("more ", 100)
	q, _ = ParseQuery("target")
	frags, ok = Snippet(long, q)
	if !ok || !strings.HasPrefix(frags[0].Text, Ellipsis) || !strings.HasSuffix(frags[len(frags)-1].Text, Ellipsis) ||
		len(frags) != 3 || strings.Count(frags[2].Text, "more") != SnippetWords-SnippetBefore-1 {
		t.Errorf("a long text is not windowed: %+v", frags)
	}
	if _, ok := Snippet("nothing here", q); ok {
		t.Error("a match where there is none")
	}
}

// FuzzQuery: any query parses or fails cleanly, renders for both engines
// without breaking out of its quotes, and snippets rebuild their text.
func FuzzQuery(f *testing.F) {
	for _, s := range []string{"iran deal", `"white house"`, "nego*", `"a b"*`, `'; DROP TABLE x; --`, `a:* & !b`, "NEAR(a b)", "\x00\xff", `"`, "*"} {
		f.Add(s, "The talks in Vienna went well, Iran's minister said.")
	}
	f.Fuzz(func(t *testing.T, query, text string) {
		q, err := ParseQuery(query)
		if err != nil {
			return
		}
		for _, c := range q.Clauses {
			for _, w := range c.Words {
				if w == "" || strings.ContainsAny(w, `"' *:&|!()<>`+"\\") {
					t.Fatalf("word %q of %q would break a query", w, query)
				}
			}
		}
		_ = q.FTS5()
		_ = q.TSQuery()
		if !utf8.ValidString(text) {
			return
		}
		frags, _ := Snippet(text, q)
		var b strings.Builder
		for _, fr := range frags {
			b.WriteString(fr.Text)
		}
		got := strings.TrimSuffix(strings.TrimPrefix(b.String(), Ellipsis), Ellipsis)
		if !strings.Contains(text, got) {
			t.Fatalf("snippet %q is not a piece of %q", got, text)
		}
	})
}
