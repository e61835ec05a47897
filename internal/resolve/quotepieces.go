package resolve

import (
	"sort"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// quotePieces gives a quotation that opens a paragraph with no cue of its
// own to the speaker quoted just before, as a further piece of that
// attribution's content, one piece per paragraph (the convention of
// PolNeAR and of our own set):
//   - a quote resumed after its cue in the next paragraph ('"We lost,"
//     she said.' then '"It hurts."');
//   - the paragraphs of a quote that runs on, each opened by a mark with
//     none closing the one before;
//   - the quotation after a cue that ends its paragraph with a colon
//     ("Caddell continued:" then '"The health issue ..."'), which the
//     extractor, reading one paragraph at a time, never sees: that one is
//     a new attribution; and a social post after such a cue, with no
//     quotation marks ("Jalen Whitaker wrote on X:" then the post).
//
// A paragraph that holds a cue, or that a content already reaches, is
// left to the extractor.
func (d *doc) quotePieces() {
	paras := d.seg.Paragraphs
	if len(paras) < 2 {
		return
	}
	x := d.indexAttributions()
	// speaker[pi] is the attribution quoted last in paragraph pi, or -1.
	speaker := make([]int, len(paras))
	for pi := range speaker {
		speaker[pi] = -1
	}
	for i, a := range d.atts {
		if len(a.Content) == 0 {
			continue
		}
		if last := a.Content[len(a.Content)-1]; d.quoted(last) {
			pi := int(d.seg.ParagraphOf[last.Start])
			if j := speaker[pi]; j < 0 || d.atts[j].Content[len(d.atts[j].Content)-1].End < last.End {
				speaker[pi] = i
			}
		}
	}
	for pi := 1; pi < len(paras); pi++ {
		piece, ok := d.openingQuote(paras[pi], x)
		if !ok {
			if a := d.postCue(paras[pi-1], paras[pi], x); a != nil {
				x.addRecovered(*a) // "Jalen Whitaker wrote on X:" and the post
			}
			continue
		}
		if j := speaker[pi-1]; j >= 0 {
			d.atts[j].Content = append(d.atts[j].Content, piece)
			x.indexContent(j, piece)
			speaker[pi] = j
			continue
		}
		if a := d.colonCue(paras[pi-1]); a != nil {
			a.Content = []segment.Range{piece}
			if x.duplicate(a) {
				continue
			}
			x.addRecovered(*a)
			speaker[pi] = len(d.atts) - 1
		}
	}
	d.quoteRunsInto(x)
}

// quoteRunsInto gives the paragraphs of a quote that runs on to its cue
// in its last paragraph ('"Mr Speaker, we inherited a deficit ...' then
// '"That is not austerity," the Minister said.') to that attribution, as
// pieces of its content before the one it has: each paragraph opens with
// a mark that none closes, has no cue, and the next opens with the same
// mark.
func (d *doc) quoteRunsInto(x *attIndex) {
	paras := d.seg.Paragraphs
	for pi := len(paras) - 1; pi >= 1; pi-- {
		j := d.attributionOpening(paras[pi])
		if j < 0 {
			continue
		}
		for prev := pi - 1; prev >= 0; prev-- {
			q := d.quotationAt(paras[prev].Start)
			if q < 0 || !d.runsOnFrom(paras[prev], d.seg.Quotes[q]) {
				break
			}
			piece, ok := d.openingQuote(paras[prev], x)
			if !ok || piece.End != paras[prev].End {
				break
			}
			d.atts[j].Content = append([]segment.Range{piece}, d.atts[j].Content...)
			x.indexContent(j, piece)
		}
	}
}

// attributionOpening is the attribution whose content opens paragraph p
// with a quotation and whose cue is in p, or -1.
func (d *doc) attributionOpening(p segment.Range) int {
	if !d.quoted(p) {
		return -1
	}
	for i, a := range d.atts {
		if len(a.Content) > 0 && a.Content[0].Start == p.Start && len(a.Cue) > 0 && a.Cue[0].Start >= p.Start && a.Cue[0].Start < p.End {
			return i
		}
	}
	return -1
}

// quoted: the range opens with a quotation mark.
func (d *doc) quoted(r segment.Range) bool {
	return r.Len() > 0 && d.seg.Tokens[r.Start].Kind == segment.Quote && d.seg.QuoteDepth[r.Start] > 0
}

// openingQuote is the quotation that opens paragraph p, to its closing
// mark or the end of the paragraph, when p holds no cue and no content
// reaches it.
func (d *doc) openingQuote(p segment.Range, x *attIndex) (segment.Range, bool) {
	q := d.quotationAt(p.Start)
	if q < 0 {
		return segment.Range{}, false
	}
	for k := p.Start; k < p.End; k++ {
		if d.inCue[k] || d.bp[k] {
			return segment.Range{}, false
		}
	}
	for _, j := range x.near([]segment.Range{p}) {
		for _, r := range d.atts[j].Content {
			if r.Start < p.End && r.End > p.Start {
				return segment.Range{}, false
			}
		}
	}
	qt := d.seg.Quotes[q]
	if qt.Unclosed && !d.runsOn(p) && !d.runsOnFrom(p, qt) {
		// A mark that opens a paragraph and closes nothing, after a
		// quotation that was closed, is no quote resumed (a whole
		// excerpt set off by marks), unless the next paragraph opens with
		// the same mark: a resumed quote that runs on ('"... matters," he
		// said.' then '"I'll be speaking to the SFA.' then '"The players
		// ..."').
		return segment.Range{}, false
	}
	end := min(qt.Close+1, p.End)
	piece := segment.Range{Start: p.Start, End: end}
	if d.wordCount(piece) < 2 || d.titleLike(piece) {
		return segment.Range{}, false // a heading in marks ("'All Bets Are Off.'")
	}
	return piece, true
}

// quotationAt is the index in Quotes of the outermost quotation whose
// opening mark is token k, or -1. Quotes are sorted by opening mark.
func (d *doc) quotationAt(k int) int {
	qs := d.seg.Quotes
	i := sort.Search(len(qs), func(i int) bool { return qs[i].Open >= k })
	if i < len(qs) && qs[i].Open == k {
		return i
	}
	return -1
}

// colonCue reads a paragraph that ends with a subject, a finite verb and
// a colon ("Caddell continued:", "He said:") as an attribution still
// without its content, or nil. Any verb will do: the quotation the caller
// found after it is what makes it a cue.
func (d *doc) colonCue(p segment.Range) *Attribution {
	c := p.End - 1
	if c-1 <= p.Start || d.text(c) != ":" || d.inCue[c-1] {
		return nil
	}
	v := c - 1
	for t := v; t > p.Start && c-t <= 4; t-- {
		// "wrote on X:", "posted on Instagram:", "said in a statement:"
		if (d.low[t] == "on" || d.low[t] == "in") && t-1 > p.Start && finite(d.tags[t-1]) {
			v = t - 1
			break
		}
	}
	if !finite(d.tags[v]) {
		return nil
	}
	j := v - 1
	for j > p.Start && postag.IsAdverb(d.tags[j]) {
		j--
	}
	if !d.nounish(j) || d.inCue[j] {
		return nil
	}
	start := j
	if d.tags[j] != postag.PRP {
		start = d.npLeft(j, d.sentence(j).Start)
	} else if !lexicon.SubjectPronouns.Has(d.low[j]) {
		return nil
	}
	if start > j || start > p.Start && !d.isPunct(start-1) {
		return nil
	}
	return &Attribution{
		Source: []segment.Range{{Start: start, End: j + 1}},
		Cue:    []segment.Range{{Start: j + 1, End: c + 1}},
	}
}

// postCue: a short paragraph that is only a colon cue before a social
// post ("Former Bison star Jalen Whitaker wrote on X:"), and the next
// paragraph, the post without quotation marks, as its content, to the
// dash of the embed's signature line ("— Jalen Whitaker (@JWhitaker_3)
// February 12, 2023"); nil when the cue is no such paragraph or the next
// one is another's content or cue.
func (d *doc) postCue(cuePara, next segment.Range, x *attIndex) *Attribution {
	if d.wordCount(cuePara) > 14 || d.wordCount(next) < 3 {
		return nil
	}
	a := d.colonCue(cuePara)
	if a == nil || a.Source[0].Start != d.sentence(a.Source[0].Start).Start {
		return nil
	}
	end := next.End
	for k := next.Start + 1; k < next.End; k++ {
		if d.text(k) == "—" || d.text(k) == "--" {
			end = k
			break
		}
	}
	for k := next.Start; k < end; k++ {
		if d.inCue[k] || d.bp[k] {
			return nil
		}
	}
	a.Content = []segment.Range{{Start: next.Start, End: end}}
	if x.duplicate(a) {
		return nil
	}
	return a
}

// runsOnFrom: quotation qt, which opens paragraph p, runs on into the
// next paragraph, which opens with the same mark (a page that sets
// excerpts off with one kind of mark and quotes with another is no
// quote running on).
func (d *doc) runsOnFrom(p segment.Range, qt segment.Quotation) bool {
	return qt.Continued && p.End < d.n && d.text(p.End) == d.text(p.Start)
}

// runsOn: the paragraph before p ends inside a quotation that runs on
// into p (no closing mark, and p opens with one).
func (d *doc) runsOn(p segment.Range) bool {
	if p.Start == 0 {
		return false
	}
	prev := d.seg.Paragraphs[d.seg.ParagraphOf[p.Start-1]]
	for k := prev.Start; k < prev.End; k++ {
		if q := d.quotationAt(k); q >= 0 && d.seg.Quotes[q].Continued && d.seg.Quotes[q].Close == p.Start-1 {
			return true
		}
	}
	return false
}
