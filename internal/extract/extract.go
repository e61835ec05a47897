// Package extract finds attributions in segmented text with two learned
// sequence labellers over part-of-speech tags and a dependency parse: one
// tags cues, the other, run once per cue, tags the cue's source and
// content among the tokens of its paragraph.
package extract

import (
	"bufio"
	"context"
	"fmt"
	"io"

	"github.com/whosaid/whosaid/internal/depparse"
	"github.com/whosaid/whosaid/internal/model"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// Relation is one attribution as token ranges, each role in text order.
type Relation struct {
	Source, Cue, Content []segment.Range
}

// Model is the part-of-speech tagger, the dependency parser and the two
// labellers, stored in that order in one file.
type Model struct {
	tagger    *postag.Tagger
	parser    *depparse.Parser
	cue, role *model.Weights
}

// ReadModel decodes a model written by (*Model).WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	return readModel(model.FromReader(bufio.NewReader(r)))
}

// ViewModel reads a model written by (*Model).WriteTo from data without
// copying its tables: the model uses data's bytes where they lie, so that
// one embedded in the binary costs no decoding and no heap.
func ViewModel(data string) (*Model, error) {
	in := model.FromString(data)
	m, err := readModel(in)
	if err == nil && len(in.Rest()) > 0 {
		err = fmt.Errorf("%w: %d bytes after the role labeller", model.ErrBadModel, len(in.Rest()))
	}
	return m, err
}

// readModel reads the four models in turn.
func readModel(br model.Input) (*Model, error) {
	tagger, err := postag.ReadFrom(br)
	if err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	parser, err := depparse.ReadFrom(br)
	if err != nil {
		return nil, fmt.Errorf("parser: %w", err)
	}
	cue, err := model.ReadFrom(br)
	if err != nil {
		return nil, fmt.Errorf("cue tagger: %w", err)
	}
	role, err := model.ReadFrom(br)
	if err != nil {
		return nil, fmt.Errorf("role labeller: %w", err)
	}
	if cue.Classes != cueLabels || role.Classes != roleLabels {
		return nil, fmt.Errorf("%w: label counts %d, %d", model.ErrBadModel, cue.Classes, role.Classes)
	}
	return &Model{tagger: tagger, parser: parser, cue: cue, role: role}, nil
}

// Int8 returns the model with all its weights at 8 bits, the form that
// ships: training scores at 16 bits, so that the data each stage learns
// from does not depend on the size of the shipped weights, and
// cmd/whosaid-train converts the result. m is unchanged.
func (m *Model) Int8() (*Model, error) {
	tagger, err := m.tagger.Int8()
	if err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	parser, err := m.parser.Int8()
	if err != nil {
		return nil, fmt.Errorf("parser: %w", err)
	}
	cue, err := m.cue.Int8()
	if err != nil {
		return nil, fmt.Errorf("cue tagger: %w", err)
	}
	role, err := m.role.Int8()
	if err != nil {
		return nil, fmt.Errorf("role labeller: %w", err)
	}
	return &Model{tagger: tagger, parser: parser, cue: cue, role: role}, nil
}

// WriteTo writes the model.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var n int64
	for _, part := range []io.WriterTo{m.tagger, m.parser, m.cue, m.role} {
		k, err := part.WriteTo(w)
		n += k
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// Extract finds the attributions of a segmented text.
func (m *Model) Extract(seg *segment.Text) []Relation {
	return m.ExtractTagged(seg, m.Tag(seg))
}

// Tag returns the part-of-speech tag (a postag id) of every token of seg.
func (m *Model) Tag(seg *segment.Text) []uint8 { return m.tagger.Tag(seg, nil) }

// ExtractTagged is Extract for a text already tagged by Tag, for callers
// that use the tags too.
func (m *Model) ExtractTagged(seg *segment.Text, tags []uint8) []Relation {
	rels, _ := m.ExtractTaggedContext(context.Background(), seg, tags) // never done: no error
	return rels
}

// ExtractTaggedContext is ExtractTagged, checking ctx as it goes (see
// context.go).
func (m *Model) ExtractTaggedContext(ctx context.Context, seg *segment.Text, tags []uint8) ([]Relation, error) {
	if len(seg.Tokens) == 0 {
		return nil, ctx.Err()
	}
	heads, deps, err := m.parseContext(ctx, seg, tags)
	if err != nil {
		return nil, err
	}
	return m.labelContext(ctx, seg, tags, heads, deps)
}

// Parse returns the head (-1 for a root) and the label of every token of
// a tagged text: the stage of ExtractTagged before the labellers, for
// callers that measure the stages one by one.
func (m *Model) Parse(seg *segment.Text, tags []uint8) (heads []int32, deps []uint8) {
	heads, deps, _ = m.parseContext(context.Background(), seg, tags) // never done: no error
	return heads, deps
}

// Label runs the cue tagger and the role labeller over a parsed text: the
// rest of ExtractTagged after Parse.
func (m *Model) Label(seg *segment.Text, tags []uint8, heads []int32, deps []uint8) []Relation {
	if len(seg.Tokens) == 0 {
		return nil
	}
	rels, _ := m.labelContext(context.Background(), seg, tags, heads, deps) // never done: no error
	return rels
}

// labelContext is Label, checking ctx between paragraphs and cues.
func (m *Model) labelContext(ctx context.Context, seg *segment.Text, tags []uint8, heads []int32, deps []uint8) ([]Relation, error) {
	d := newDoc(seg, tags, heads, deps)
	var s seq
	dec := newDecoder(cueLabels)
	var labels []int
	var cues []segment.Range
	for _, p := range seg.Paragraphs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		d.paragraphSeq(&s, p)
		labels = dec.decode(m.cue, &s, cueAllowed, labels)
		cues = append(cues, chunks(labels, p.Start, cueB, cueI)...)
	}
	return d.relations(ctx, m.role, cues, &s)
}

// relations runs the role labeller once per cue.
func (d *doc) relations(ctx context.Context, m scorer, cues []segment.Range, s *seq) ([]Relation, error) {
	starts := cueStartCounts(d.n, cues)
	dec := newDecoder(roleLabels)
	cache := &sideScores{m: m}
	var labels []int
	var out []Relation
	for _, cue := range cues {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		win := d.window(cue, starts)
		c := d.newRoleContext(cue, starts)
		d.roleSeq(s, c, win, false)
		dec.base = cache.base(d, c, win, dec.base)
		labels = dec.decode(m, s, roleAllowed(win, cue), labels)
		r := Relation{
			Cue:     []segment.Range{cue},
			Source:  d.oneSource(chunks(labels, win.Start, roleBS, roleIS), cue),
			Content: chunks(labels, win.Start, roleBC, roleIC),
		}
		if len(r.Content) > 0 {
			out = append(out, r)
		}
	}
	return out, nil
}

// oneSource reduces source pieces to one span, as annotators mark a source:
// pieces on the same side of the cue and in one sentence are joined
// ("A US official with ... the Islamic Republic"); otherwise the piece
// nearest the cue is kept.
func (d *doc) oneSource(src []segment.Range, cue segment.Range) []segment.Range {
	if len(src) < 2 {
		return src
	}
	first, last := src[0], src[len(src)-1]
	sameSide := last.End <= cue.Start || first.Start >= cue.End
	if sameSide && d.seg.SentenceOf[first.Start] == d.seg.SentenceOf[last.End-1] {
		return []segment.Range{{Start: first.Start, End: last.End}}
	}
	best := src[0]
	for _, r := range src[1:] {
		if gap(r, cue) < gap(best, cue) {
			best = r
		}
	}
	return []segment.Range{best}
}

// gap is the number of tokens between two disjoint ranges.
func gap(a, b segment.Range) int {
	if a.End <= b.Start {
		return b.Start - a.End
	}
	return a.Start - b.End
}

// cueStartCounts[i] is the number of cues starting before token i.
func cueStartCounts(n int, cues []segment.Range) []int32 {
	counts := make([]int32, n+1)
	for _, c := range cues {
		counts[c.Start+1]++
	}
	for i := 1; i <= n; i++ {
		counts[i] += counts[i-1]
	}
	return counts
}

// chunks collects the runs labelled b (begin) then i (inside).
func chunks(labels []int, start, b, i int) []segment.Range {
	var out []segment.Range
	for t := 0; t < len(labels); t++ {
		if labels[t] != b {
			continue
		}
		e := t + 1
		for e < len(labels) && labels[e] == i {
			e++
		}
		out = append(out, segment.Range{Start: start + t, End: start + e})
		t = e - 1
	}
	return out
}
