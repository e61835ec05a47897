package ingest

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestNodeTextLines: every block element is a line of its own, also the
// elements the main-content extractor makes by name, without the
// parser's atom (its list items had run together: "automatically
// connectedEasy setup").
func TestNodeTextLines(t *testing.T) {
	parsed, err := html.Parse(strings.NewReader(`<p>One <em>two</em></p><ul><li>Three</li><li>Four</li></ul><script>x()</script>`))
	if err != nil {
		t.Fatal(err)
	}
	made := &html.Node{Type: html.ElementNode, Data: "div"}
	for _, item := range []string{"Automatically on", "Easy setup"} {
		li := &html.Node{Type: html.ElementNode, Data: "li"}
		li.AppendChild(&html.Node{Type: html.TextNode, Data: item})
		made.AppendChild(li)
	}
	script := &html.Node{Type: html.ElementNode, Data: "script"}
	script.AppendChild(&html.Node{Type: html.TextNode, Data: "x()"})
	made.AppendChild(script)
	tests := []struct {
		name string
		node *html.Node
		want string
	}{
		{"parsed", parsed, "One two\nThree\nFour"},
		{"made by name", made, "Automatically on\nEasy setup"},
		{"a bold label whose space the extractor dropped", parse(t, `<blockquote><strong>Summary</strong>Studies show it.</blockquote><p><b>Note:</b>The end.</p>`), "Summary Studies show it.\nNote: The end."},
		{"a bold letter inside a word", parse(t, `<p><b>W</b>ashington and <b>U.S.</b> troops</p>`), "Washington and U.S. troops"},
	}
	for _, tt := range tests {
		if got := nodeText(tt.node); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func parse(t *testing.T, page string) *html.Node {
	t.Helper()
	n, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	return n
}
