package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockElements end a paragraph: their text goes on a line of its own.
var blockElements = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Dd: true, atom.Details: true, atom.Div: true, atom.Dl: true, atom.Dt: true,
	atom.Figcaption: true, atom.Figure: true, atom.Footer: true, atom.Form: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Header: true, atom.Hr: true, atom.Li: true, atom.Main: true, atom.Nav: true,
	atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true,
	atom.Table: true, atom.Td: true, atom.Th: true, atom.Tr: true, atom.Ul: true,
	atom.Br: true, atom.Caption: true, atom.Body: true, atom.Html: true,
}

// skippedElements hold no readable text.
var skippedElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Head: true, atom.Iframe: true, atom.Object: true, atom.Svg: true,
	atom.Math: true, atom.Select: true, atom.Button: true, atom.Textarea: true,
}

// nodeText renders the text of n as paragraphs, one per line: the text of
// every block element (p, h1, li, div, br, ...) is a line of its own, runs
// of white space inside a line become one space, and empty lines are
// dropped. The extractor treats each line as a paragraph.
func nodeText(n *html.Node) string {
	var t textBuilder
	t.walk(n, 0)
	t.breakLine()
	return strings.TrimSuffix(t.b.String(), "\n")
}

type textBuilder struct {
	b       strings.Builder
	line    strings.Builder // the paragraph being built
	pending bool            // white space seen since the last word
	// label: a bold label ("<strong>Summary</strong>") has just ended,
	// after which a capital starts a new word: the extractor drops the
	// white space after an element ("SummaryStudies show ...").
	label bool
}

func (t *textBuilder) walk(n *html.Node, depth int) {
	if depth > maxHTMLDepth { // trees are checked before, but never recurse without end
		return
	}
	var a atom.Atom // the element's tag; 0 for any other node
	switch n.Type {
	case html.TextNode:
		t.text(n.Data)
		return
	case html.ElementNode:
		a = elementAtom(n)
		if skippedElements[a] {
			return
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	block := n.Type == html.ElementNode && blockElements[a]
	if block {
		t.breakLine()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t.walk(c, depth+1)
	}
	if block {
		t.breakLine()
	}
	if a == atom.Strong || a == atom.B {
		t.label = true
	}
}

// elementAtom is the element's tag as an atom: the main-content
// extractor makes the elements of its result ("p", "li", "blockquote")
// with their name alone, and the parser's atom unset.
func elementAtom(n *html.Node) atom.Atom {
	if n.DataAtom != 0 {
		return n.DataAtom
	}
	return atom.Lookup([]byte(n.Data))
}

// text appends a run of text, folding white space.
func (t *textBuilder) text(s string) {
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		switch {
		case isHTMLSpace(r):
			t.pending = true
		case r == 0:
			// The HTML parser keeps NUL bytes; a document never holds one.
		default:
			if t.label && !t.pending && t.line.Len() > 0 && unicode.IsUpper(r) && endsLabel(t.line.String()) {
				t.pending = true
			}
			if t.pending && t.line.Len() > 0 {
				t.line.WriteByte(' ')
			}
			t.pending, t.label = false, false
			if r == utf8.RuneError && size == 1 {
				t.line.WriteRune(utf8.RuneError) // invalid UTF-8, as HTML parsers read it
			} else {
				t.line.WriteString(s[:size])
			}
		}
		s = s[size:]
	}
}

// endsLabel: s ends as a label may: a letter, a digit or a colon
// ("Summary", "Note:").
func endsLabel(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == ':'
}

func isHTMLSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\u00a0'
}

// breakLine ends the paragraph being built, if it has any text.
func (t *textBuilder) breakLine() {
	t.pending = false
	if t.line.Len() == 0 {
		return
	}
	t.b.WriteString(t.line.String())
	t.b.WriteByte('\n')
	t.line.Reset()
}
