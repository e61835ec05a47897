package web

import (
	"fmt"
	"strings"
	"testing"
)

// show writes tokens compactly: "{content0 ... }" for a piece, with "*"
// after the role for the first piece of a mark, "@" for a link and
// ":depth" when nested in the same role.
func show(tokens []Token) string {
	var b strings.Builder
	for _, t := range tokens {
		switch t.Kind {
		case Text:
			b.WriteString(t.Text)
		case Open:
			fmt.Fprintf(&b, "{%s%d", t.Mark.Role, t.Mark.Attr)
			if t.First {
				b.WriteByte('*')
			}
			if t.Link {
				b.WriteByte('@')
			}
			if t.Depth > 0 {
				fmt.Fprintf(&b, ":%d", t.Depth)
			}
			b.WriteByte(' ')
		case Close:
			b.WriteByte('}')
		}
	}
	return b.String()
}

func TestLayout(t *testing.T) {
	m := func(start, end int, role Role, attr int) Mark {
		return Mark{Start: start, End: end, Role: role, Attr: attr}
	}
	link := func(mk Mark) Mark { mk.Link = true; return mk }
	tests := []struct {
		name    string
		text    string
		marks   []Mark
		want    string
		dropped int
	}{
		{"no marks", "plain text", nil, "plain text", 0},
		{"empty text", "", nil, "", 0},
		{"one mark", "Ann said hi", []Mark{m(0, 3, RoleSource, 0)}, "{source0* Ann} said hi", 0},
		{"whole text", "hi", []Mark{m(0, 2, RoleContent, 0)}, "{content0* hi}", 0},
		{
			"source cue content",
			"Ann said hi.",
			[]Mark{m(9, 11, RoleContent, 0), m(4, 8, RoleCue, 0), m(0, 3, RoleSource, 0)},
			"{source0* Ann} {cue0* said} {content0* hi}.", 0,
		},
		{
			// "Reuters cited officials as saying X": the nested
			// attribution lies inside the outer content.
			"nested attribution",
			"R cited O as saying X.",
			[]Mark{
				m(0, 1, RoleSource, 0), m(2, 7, RoleCue, 0), m(8, 21, RoleContent, 0),
				m(8, 9, RoleSource, 1), m(13, 19, RoleCue, 1), m(20, 21, RoleContent, 1),
			},
			"{source0* R} {cue0* cited} {content0* {source1* O} as {cue1* saying} {content1*:1 X}}.", 0,
		},
		{
			"crossing marks split the later one",
			"abcdefgh",
			[]Mark{m(0, 5, RoleContent, 0), m(3, 8, RoleContent, 1)},
			"{content0* abc{content1*:1 de}}{content1 fgh}", 0,
		},
		{
			"same span nests by role",
			"said",
			[]Mark{m(0, 4, RoleCue, 0), m(0, 4, RoleHedge, 0), m(0, 4, RoleContent, 1)},
			"{content1* {hedge0* {cue0* said}}}", 0,
		},
		{
			"multi-span role: a quote broken by the cue",
			`"A," he said, "B."`,
			[]Mark{m(0, 4, RoleContent, 0), m(14, 18, RoleContent, 0), m(5, 7, RoleSource, 0), m(8, 12, RoleCue, 0)},
			// each span of the role is a mark of its own, each first
			`{content0* "A,"} {source0* he} {cue0* said}, {content0* "B."}`, 0,
		},
		{
			"paragraphs enclose everything and split what crosses them",
			"ab\n\ncd",
			[]Mark{m(1, 6, RoleContent, 0), m(0, 2, RolePara, -1), m(4, 6, RolePara, -1)},
			"{para-1* a{content0* b}}{content0 \n\n}{para-1* {content0 cd}}", 0,
		},
		{
			"links never nest",
			"a said b said c",
			[]Mark{link(m(0, 15, RoleCue, 0)), link(m(9, 13, RoleCue, 1))},
			"{cue0*@ a said b {cue1*:1 said} c}", 0,
		},
		{
			"a link may follow a link",
			"said told",
			[]Mark{link(m(0, 4, RoleCue, 0)), link(m(5, 9, RoleCue, 1))},
			"{cue0*@ said} {cue1*@ told}", 0,
		},
		{
			"split link keeps being a link",
			"abcdef",
			[]Mark{m(0, 4, RoleContent, 0), link(m(2, 6, RoleCue, 1))},
			"{content0* ab{cue1*@ cd}}{cue1@ ef}", 0,
		},
		{
			"multibyte text",
			"Zoë sagte „Ja“.",
			[]Mark{m(0, 4, RoleSource, 0), m(5, 10, RoleCue, 0), m(11, 19, RoleContent, 0)},
			"{source0* Zoë} {cue0* sagte} {content0* „Ja“}.", 0,
		},
		{
			"marks that cut a rune or lie outside are dropped",
			"Zoë",
			[]Mark{m(0, 3, RoleSource, 0), m(3, 4, RoleCue, 0), m(-1, 2, RoleCue, 0), m(2, 9, RoleCue, 0), m(2, 2, RoleCue, 0), m(3, 1, RoleCue, 0)},
			"Zoë", 6,
		},
		{
			"identical marks both kept",
			"ab",
			[]Mark{m(0, 2, RoleContent, 0), m(0, 2, RoleContent, 0)},
			"{content0* {content0*:1 ab}}", 0,
		},
		{
			"three-way crossing",
			"0123456789",
			[]Mark{m(0, 4, RoleSource, 0), m(2, 7, RoleContent, 1), m(5, 10, RoleCue, 2)},
			"{source0* 01{content1* 23}}{content1 4{cue2* 56}}{cue2 789}", 0,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tokens, dropped := Layout(tt.text, tt.marks)
			if got := show(tokens); got != tt.want {
				t.Errorf("Layout(%q)\n got %s\nwant %s", tt.text, got, tt.want)
			}
			if dropped != tt.dropped {
				t.Errorf("dropped %d, want %d", dropped, tt.dropped)
			}
			checkLayout(t, tt.text, tt.marks, tokens)
		})
	}
}

// checkLayout asserts what Layout promises whatever its input: the text
// comes back whole and in order, elements are well nested, links never
// nest, paragraphs hold no other element's opening outside them, and
// every valid mark covers exactly its bytes.
func checkLayout(t *testing.T, text string, marks []Mark, tokens []Token) {
	t.Helper()
	var b strings.Builder
	type open struct {
		mark Mark
		link bool
	}
	var stack []open
	covered := map[Mark][]int{} // bytes covered by each mark's pieces
	firsts := map[Mark]int{}
	for _, tok := range tokens {
		switch tok.Kind {
		case Text:
			for _, o := range stack {
				for i := range len(tok.Text) {
					covered[o.mark] = append(covered[o.mark], b.Len()+i)
				}
			}
			b.WriteString(tok.Text)
		case Open:
			if tok.Link {
				for _, o := range stack {
					if o.link {
						t.Fatalf("link %+v inside link %+v", tok.Mark, o.mark)
					}
				}
			}
			if tok.Mark.Role == RolePara {
				for _, o := range stack {
					if o.mark.Role != RolePara {
						t.Fatalf("paragraph inside %+v", o.mark)
					}
				}
			}
			if tok.First {
				firsts[tok.Mark]++
			}
			stack = append(stack, open{tok.Mark, tok.Link})
		case Close:
			if len(stack) == 0 {
				t.Fatal("close without open")
			}
			top := stack[len(stack)-1]
			if top.mark != tok.Mark || top.link != tok.Link {
				t.Fatalf("close %+v (link %v) does not match open %+v (link %v)", tok.Mark, tok.Link, top.mark, top.link)
			}
			stack = stack[:len(stack)-1]
		}
	}
	if len(stack) != 0 {
		t.Fatalf("%d elements left open", len(stack))
	}
	if b.String() != text {
		t.Fatalf("text %q came back as %q", text, b.String())
	}
	count := map[Mark]int{}
	for _, mk := range marks {
		if mk.Start < 0 || mk.End > len(text) || mk.Start >= mk.End || !onRuneBoundary(text, mk.Start) || !onRuneBoundary(text, mk.End) {
			continue
		}
		count[mk]++
	}
	for mk, n := range count {
		got := covered[mk]
		if len(got) != n*(mk.End-mk.Start) {
			t.Fatalf("mark %+v covers %d bytes, want %d×%d", mk, len(got), n, mk.End-mk.Start)
		}
		for _, i := range got {
			if i < mk.Start || i >= mk.End {
				t.Fatalf("mark %+v covers byte %d", mk, i)
			}
		}
		if firsts[mk] != n {
			t.Fatalf("mark %+v has %d first pieces, want %d", mk, firsts[mk], n)
		}
	}
}

func FuzzLayout(f *testing.F) {
	f.Add("Ann said „hi“ to Bob.", []byte{0, 3, 4, 4, 8, 8, 9, 18, 3, 2, 19, 1, 0, 21, 0})
	f.Add("abcdef", []byte{0, 4, 3, 2, 6, 8, 1, 5, 0})
	f.Fuzz(func(t *testing.T, text string, spec []byte) {
		// Three bytes per mark: start, end, role (and link in the high bit).
		var marks []Mark
		for i := 0; i+2 < len(spec) && len(marks) < 64; i += 3 {
			marks = append(marks, Mark{
				Start: int(spec[i]) - 2, End: int(spec[i+1]),
				Role: Role(spec[i+2]&0x7f) % numRoles, Attr: i / 3 % 4,
				Link: spec[i+2]&0x80 != 0,
			})
		}
		tokens, _ := Layout(text, marks)
		checkLayout(t, text, marks, tokens)
	})
}
