package resolve

import "github.com/whosaid/whosaid/internal/segment"

// nestedContents completes a content that the extractor cut where an
// attribution nested in it begins: in "MacIsaac said the government had
// known about the backlog", it gives "said" the content "the government
// had" and "had known about" its own relation, two attributions that
// share words. What the outer cue reports runs on over the inner
// attribution to the end of the inner content; the inner one stays, as
// nested in it. And it ends a content that runs on into a report
// coordinated after it ("X asked that the tree be protected, and Cr
// Kostopoulos said ...": coordinatedClause).
func (d *doc) nestedContents() {
	for i := range d.atts {
		a := &d.atts[i]
		if len(a.Content) == 0 {
			continue
		}
		last := &a.Content[len(a.Content)-1]
		// The attributions are in cue order: the inner one comes after,
		// its cue close to where the content was cut.
		for j := i + 1; j < len(d.atts) && d.atts[j].Cue[0].Start <= last.End+maxSourceReach; j++ {
			b := &d.atts[j]
			if len(b.Content) == 0 || len(b.Source) == 0 {
				continue
			}
			bs, bc := b.Source[0], b.Cue[0]
			if comma := bs.Start - 2; d.coordinatedClause(bs.Start) && (d.plainSaid(bc) && d.nameTok(bs.Start) || d.coordinatedReport(b, bc.Start)) && d.seg.QuoteDepth[bs.Start] == 0 && last.Start < comma && last.End >= bc.End && a.Cue[0].End <= comma {
				// "X asked that the tree be protected, and Cr Kostopoulos
				// said it would be fenced off": a report coordinated
				// after a's content is no part of it.
				last.End = comma
				continue
			}
			// a's content ends inside b's source or cue, after a's cue,
			// in one sentence, and b reports after its cue.
			if last.End <= bs.Start || last.End > bc.End || last.Start > bs.Start ||
				a.Cue[0].Start >= bs.Start || hull(b.Content).End <= bc.End ||
				d.seg.SentenceOf[a.Cue[0].Start] != d.seg.SentenceOf[bc.Start] {
				continue
			}
			last.End = max(last.End, hull(b.Content).End)
		}
	}
}

// maxSourceReach bounds how far after a cut content the cue of the
// attribution it was cut at may stand: the length of a long source.
const maxSourceReach = 64

// plainSaid: the cue is one word, "said", "says", "told", "tells",
// "added" or "adds": a report of its own, where "declined" or "ordered"
// after "and" may go on with what the first reports.
func (d *doc) plainSaid(c segment.Range) bool {
	w := d.low[c.Start]
	return c.Len() == 1 && (plainSaying(w) || w == "added" || w == "adds")
}
