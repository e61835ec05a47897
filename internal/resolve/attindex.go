package resolve

import (
	"slices"

	"github.com/whosaid/whosaid/internal/segment"
)

// attIndex serves the passes that add attributions (recover, signatures,
// transcripts): it finds the attributions near a token, by the blocks of
// text their contents touch and by the tokens of their last cue range, so
// that the tests for duplicates, nesting and reframing look at the
// attributions around a token and not at all of the document's, however
// long its sentences. An attribution that recovery replaces is marked
// removed until compact drops it, so that indexes stay valid while the
// pass runs.
type attIndex struct {
	d          *doc
	byBlock    [][]int // per block of tokens: attributions whose content touches it
	byCueBlock [][]int // per block of tokens: attributions whose last cue range touches it
	removed    []bool
}

// blockSize is the number of tokens of a block of attIndex: about a
// sentence, so that a block holds few attributions.
const blockSize = 32

// indexAttributions indexes the attributions found so far.
func (d *doc) indexAttributions() *attIndex {
	blocks := (d.n + blockSize - 1) / blockSize
	x := &attIndex{d: d, byBlock: make([][]int, blocks), byCueBlock: make([][]int, blocks)}
	for i := range d.atts {
		x.index(i)
	}
	return x
}

// index adds attribution i to the index.
func (x *attIndex) index(i int) {
	x.removed = append(x.removed, false)
	a := x.d.atts[i]
	for _, r := range a.Content {
		x.indexContent(i, r)
	}
	if c := a.Cue[len(a.Cue)-1]; c.Len() > 0 {
		for b := c.Start / blockSize; b <= (c.End-1)/blockSize; b++ {
			x.byCueBlock[b] = append(x.byCueBlock[b], i)
		}
	}
}

// indexContent records that attribution i's content holds range r.
func (x *attIndex) indexContent(i int, r segment.Range) {
	if r.Len() <= 0 {
		return
	}
	for b := r.Start / blockSize; b <= (r.End-1)/blockSize; b++ {
		x.byBlock[b] = append(x.byBlock[b], i)
	}
}

// near returns, in index order, the live attributions whose content
// touches a block that one of rs touches: every attribution whose content
// can share a token with rs.
func (x *attIndex) near(rs []segment.Range) []int {
	var out []int
	for _, r := range rs {
		if r.Len() <= 0 {
			continue
		}
		for b := r.Start / blockSize; b <= (r.End-1)/blockSize; b++ {
			out = append(out, x.byBlock[b]...)
		}
	}
	slices.Sort(out)
	out = slices.Compact(out)
	return slices.DeleteFunc(out, func(i int) bool { return x.removed[i] })
}

// addRecovered appends an attribution that a rule found and marks its cue,
// so that no later rule takes the same words.
func (x *attIndex) addRecovered(a Attribution) {
	a.Recovered = true
	a.Source, a.Content = x.d.outsideFurniture(a.Source), x.d.outsideFurniture(a.Content)
	x.d.atts = append(x.d.atts, a)
	x.d.markCue(a.Cue)
	x.index(len(x.d.atts) - 1)
}

// compact drops the removed attributions, keeping the order of the rest.
func (x *attIndex) compact() {
	i := 0
	x.d.atts = slices.DeleteFunc(x.d.atts, func(Attribution) bool {
		i++
		return x.removed[i-1]
	})
}

// duplicate: an attribution already found would match the same one, as
// the scorer matches (content overlap of at least half, overlapping
// sources). Such a one shares a content token with a, so it is near.
func (x *attIndex) duplicate(a *Attribution) bool { return x.duplicateBut(a, -1) }

// duplicateBut is duplicate, attribution but set aside.
func (x *attIndex) duplicateBut(a *Attribution, but int) bool {
	for _, j := range x.near(a.Content) {
		b := &x.d.atts[j]
		if j != but && contentF1(a.Content, b.Content) >= 0.5 && overlaps(a.Source, b.Source) {
			return true
		}
	}
	return false
}

// addOutside adds r, recovered from the cue at token i, when there is
// one, no attribution's content holds the cue and none found already
// matches it.
func (x *attIndex) addOutside(i int, r *Attribution) {
	if r != nil && !x.nestedCue(i) && !x.duplicate(r) {
		x.addRecovered(*r)
	}
}

// nestedCue: token i lies in the content of an attribution.
func (x *attIndex) nestedCue(i int) bool {
	for _, j := range x.near([]segment.Range{{Start: i, End: i + 1}}) {
		if inside(i, x.d.atts[j].Content) {
			return true
		}
	}
	return false
}

// replaceSourceless drops the first attribution without a source whose
// content is a's ("He is expected to ..., an official said": the
// extractor took "is expected" as the cue), and reports whether it did.
func (x *attIndex) replaceSourceless(a *Attribution) bool {
	for _, j := range x.near(a.Content) {
		b := &x.d.atts[j]
		if len(b.Source) == 0 && !b.Recovered && contentF1(a.Content, b.Content) >= 0.5 {
			x.removed[j] = true
			return true
		}
	}
	return false
}

// dropSourcelessCue drops the attribution without a source whose last
// cue range holds token i, and reports whether there was one: a
// headline's verb that the extractor read with no speaker ("..., claims
// [traders' body]") gives way to the attribution recovered from it.
func (x *attIndex) dropSourcelessCue(i int) bool {
	for _, j := range x.byCueBlock[i/blockSize] {
		b := &x.d.atts[j]
		if !x.removed[j] && len(b.Source) == 0 && len(b.Cue) > 0 && inside(i, b.Cue[len(b.Cue)-1:]) {
			x.removed[j] = true
			return true
		}
	}
	return false
}

// splitHeadline is the attribution whose last cue range holds token i,
// a headline's verb, when its content runs on after the cue, having begun
// before it or after a source that follows the cue ("[Sugar levy will
// cost 5 000 jobs], says [industry] [body]": the extractor split the
// source), or -1: the headline's own form replaces it.
func (x *attIndex) splitHeadline(i int) int {
	for _, j := range x.byCueBlock[i/blockSize] {
		b := &x.d.atts[j]
		if x.removed[j] || !inside(i, b.Cue[len(b.Cue)-1:]) || len(b.Content) == 0 {
			continue
		}
		last := b.Content[len(b.Content)-1]
		split := b.Content[0].End <= b.Cue[0].Start && last.Start > i || len(b.Source) > 0 && b.Source[0].Start > i && last.Start > b.Source[0].Start
		if split && x.d.inTitle(last.Start) {
			return j
		}
	}
	return -1
}

// reframe: when a recovered participial cue's source is the object of
// another cue ("X denied [a report by Y] claiming that Z"), what that cue
// reports is the whole object: its content becomes "a report by Y
// claiming that Z", and its cue loses the object words it had taken.
// Such a cue starts before the source and ends in it, so its last range
// holds the token before the source.
func (x *attIndex) reframe(p *Attribution) {
	src := p.Source[0]
	if src.Start < 1 {
		return
	}
	for _, i := range x.byCueBlock[(src.Start-1)/blockSize] {
		if x.removed[i] {
			continue
		}
		o := &x.d.atts[i]
		c := o.Cue[len(o.Cue)-1]
		if c.End < src.Start || c.Start >= src.Start || c.End > src.End || len(o.Content) != 1 {
			continue
		}
		if o.Content[0].Start < src.End || o.Content[0].Start > p.Cue[0].End+1 {
			continue
		}
		if c.End > src.Start {
			o.Cue[len(o.Cue)-1].End = src.Start
		}
		o.Content[0] = segment.Range{Start: src.Start, End: max(o.Content[0].End, p.Content[0].End)}
		x.indexContent(i, o.Content[0])
		return
	}
}
