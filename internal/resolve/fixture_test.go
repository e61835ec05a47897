package resolve

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/whosaid/whosaid/internal/extract"
	"github.com/whosaid/whosaid/internal/model"
	"github.com/whosaid/whosaid/internal/segment"
)

// The pass tests write a document as marked-up text: "{c1 said}" marks
// the cue of relation 1, "{s1 ...}" its source and "{t1 ...}" its content
// (a role may be marked in several pieces, and marks may nest). The
// relations are what the extractor would have given; the tags come from
// the embedded model's tagger, as in the pipeline.

// embeddedModel decodes the model once for all the tests of the package.
var embeddedModel = sync.OnceValues(func() (*extract.Model, error) {
	return extract.ReadModel(model.Embedded())
})

// parseMarkup returns the plain text and the relations of marked-up text,
// as byte spans per relation number and role letter.
func parseMarkup(t *testing.T, markup string) (string, map[int]map[byte][][2]int) {
	t.Helper()
	type open struct {
		rel  int
		role byte
		at   int
	}
	var b strings.Builder
	var stack []open
	rels := map[int]map[byte][][2]int{}
	for i := 0; i < len(markup); i++ {
		switch c := markup[i]; c {
		case '{':
			sp := strings.IndexByte(markup[i:], ' ')
			if sp < 3 || !strings.ContainsRune("sct", rune(markup[i+1])) {
				t.Fatalf("bad mark at %d of %q", i, markup)
			}
			n, err := strconv.Atoi(markup[i+2 : i+sp])
			if err != nil {
				t.Fatalf("bad relation number at %d of %q", i, markup)
			}
			stack = append(stack, open{n, markup[i+1], b.Len()})
			i += sp
		case '}':
			if len(stack) == 0 {
				t.Fatalf("unopened mark at %d of %q", i, markup)
			}
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if rels[o.rel] == nil {
				rels[o.rel] = map[byte][][2]int{}
			}
			rels[o.rel][o.role] = append(rels[o.rel][o.role], [2]int{o.at, b.Len()})
		default:
			b.WriteByte(c)
		}
	}
	if len(stack) > 0 {
		t.Fatalf("unclosed mark in %q", markup)
	}
	return b.String(), rels
}

// tokenRange is the range of the tokens that lie in bytes [s, e).
func tokenRange(t *testing.T, seg *segment.Text, s, e int) segment.Range {
	t.Helper()
	r := segment.Range{Start: -1}
	for i, tok := range seg.Tokens {
		if tok.Start >= s && tok.End <= e {
			if r.Start < 0 {
				r.Start = i
			}
			r.End = i + 1
		}
	}
	if r.Start < 0 {
		t.Fatalf("no token in bytes %d-%d of %q", s, e, seg.Src)
	}
	return r
}

// fixture builds the state of the stage for marked-up text, before any
// pass has run.
func fixture(t *testing.T, markup string) *doc {
	t.Helper()
	text, marks := parseMarkup(t, markup)
	m, err := embeddedModel()
	if err != nil {
		t.Fatal(err)
	}
	seg := segment.Segment(text)
	in := Input{Seg: seg, Tags: m.Tag(seg)}
	for n := 1; n <= len(marks); n++ {
		roles, ok := marks[n]
		if !ok {
			t.Fatalf("relations must be numbered 1 to %d: no %d in %q", len(marks), n, markup)
		}
		var rel extract.Relation
		for role, spans := range roles {
			var rs []segment.Range
			for _, sp := range spans {
				rs = append(rs, tokenRange(t, seg, sp[0], sp[1]))
			}
			switch role {
			case 's':
				rel.Source = rs
			case 'c':
				rel.Cue = rs
			case 't':
				rel.Content = rs
			}
		}
		in.Rels = append(in.Rels, rel)
	}
	return newDoc(in)
}

// runPasses applies the named passes to d, in the order given.
func runPasses(t *testing.T, d *doc, names ...string) {
	t.Helper()
	byName := map[string]pass{}
	for _, p := range passes() {
		byName[p.name] = p
	}
	for _, n := range names {
		p, ok := byName[n]
		if !ok {
			t.Fatalf("no pass %q", n)
		}
		p.run(d)
	}
}

// spans writes the text of token ranges, pieces joined by " | "; "" when
// there is none.
func (d *doc) spans(rs ...segment.Range) string {
	var parts []string
	for _, r := range rs {
		if r.Len() > 0 {
			parts = append(parts, d.seg.Src[d.seg.Tokens[r.Start].Start:d.seg.Tokens[r.End-1].End])
		}
	}
	return strings.Join(parts, " | ")
}

// roles writes an attribution's source, cue and content as
// "SOURCE / CUE / CONTENT".
func (d *doc) roles(a Attribution) string {
	return fmt.Sprintf("%s / %s / %s", d.spans(a.Source...), d.spans(a.Cue...), d.spans(a.Content...))
}

// allRoles writes the roles of every attribution, in order.
func (d *doc) allRoles() []string {
	var out []string
	for _, a := range d.atts {
		out = append(out, d.roles(a))
	}
	return out
}
