package resolve

import (
	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/segment"
)

// maxSignature bounds the tokens after a signing dash: a name, a handle
// and a date.
const maxSignature = 16

// signatures adds the attributions that a dash signs at the end of a line:
// a quotation followed by who said it ("... our greatest shame.” ― Sonya
// Herridge"), an embedded post ("... in the campaign. — Sahil Kapur
// (@sahilkapur) September 1, 2016"), or a line of its own under the quote
// it signs ("- Bernie Sanders."). The extractor, which reads words, misses
// them: the cue is the dash.
func (d *doc) signatures() {
	x := d.indexAttributions()
	for p, para := range d.seg.Paragraphs {
		a := d.signature(p, para)
		if a == nil || x.duplicate(a) {
			continue
		}
		x.addRecovered(*a)
	}
}

func (d *doc) signature(p int, para segment.Range) *Attribution {
	// The dash: the last one of the line with only a signature after it.
	k := -1
	for i := para.End - 2; i >= para.Start && i >= para.End-maxSignature; i-- {
		if isDash(d.text(i)) {
			k = i
			break
		}
	}
	if k < 0 || d.inCue[k] || d.bp[k] {
		return nil
	}
	dash := segment.Range{Start: k, End: k + 1}
	for dash.Start > para.Start && d.text(dash.Start-1) == "-" && d.seg.Tokens[dash.Start-1].End == d.seg.Tokens[dash.Start].Start {
		dash.Start-- // "--"
	}
	name, handle, ok := d.signer(k+1, para.End)
	if !ok {
		return nil
	}
	var content segment.Range
	switch {
	case dash.Start > para.Start && d.seg.Tokens[dash.Start-1].Kind == segment.Quote:
		// A quotation closed just before the dash.
		q, ok := d.quotationClosedAt(dash.Start - 1)
		switch {
		case ok && q.Start >= para.Start:
			content = q
		case d.seg.Tokens[para.Start].Kind == segment.Quote:
			// The marks did not pair (a quote opened with a closing mark,
			// or nested marks of one kind): the line is the quotation.
			content = segment.Range{Start: para.Start, End: dash.Start}
		default:
			return nil
		}
	case dash.Start > para.Start && handle:
		// A post: the whole line before the dash.
		content = segment.Range{Start: para.Start, End: dash.Start}
	case dash.Start == para.Start && p > 0:
		// A line of its own: it signs the line above if that is a quotation.
		prev := d.seg.Paragraphs[p-1]
		q, ok := d.quotationClosedAt(lastQuote(d, prev))
		if !ok || q.Start != prev.Start {
			return nil
		}
		content = q
	default:
		return nil
	}
	if content.Len() < 3 || d.bp[content.Start] {
		return nil
	}
	return &Attribution{Source: []segment.Range{name}, Cue: []segment.Range{dash}, Content: []segment.Range{content}}
}

// signer reads a signature in tokens [s, e): a capitalised name of one to
// five words, then optionally a handle in brackets, a date and a final
// period. handle reports a "(@name)"; the source range includes it.
func (d *doc) signer(s, e int) (src segment.Range, handle, ok bool) {
	i := s
	words := 0
	for i < e && words < 5 && (d.nameWord(i) || (words > 0 && d.text(i) == "." && d.skipTok(i))) {
		if d.seg.Tokens[i].Kind == segment.Word {
			words++
		}
		i++
	}
	if words == 0 {
		return src, false, false
	}
	src = segment.Range{Start: s, End: i}
	if i+3 < e && d.text(i) == "(" && d.text(i+1) == "@" && d.text(i+3) == ")" {
		i += 4
		src.End, handle = i, true
	}
	// The rest may only be a date: a month, numbers, commas, a period.
	for ; i < e; i++ {
		switch t := d.text(i); {
		case lexicon.Months.Has(d.low[i]), t == ",", t == ".", isNumber(t):
		default:
			return src, false, false
		}
	}
	return src, handle, true
}

// nameWord: a capitalised word, not a month (a date after the dash is no
// name).
func (d *doc) nameWord(i int) bool {
	return d.seg.Tokens[i].Kind == segment.Word && d.capitalized(i) && !lexicon.Months.Has(d.low[i])
}

// quotationClosedAt is the range of the quotation whose closing mark is
// token c, marks included. A doubled mark (two apostrophes standing for
// a double quotation mark) counts as one.
func (d *doc) quotationClosedAt(c int) (segment.Range, bool) {
	if c < 0 || c >= d.n || d.quotes.closedAt == nil {
		return segment.Range{}, false
	}
	// The first quotation, in the order of Quotes, closed at c or, by the
	// first of two adjacent marks, at c-1.
	first := d.quotes.closedAt[c]
	if c > 0 && d.adjacentQuotes(c-1) {
		if at := d.quotes.closedAt[c-1]; at > 0 && (first == 0 || at < first) {
			first = at
		}
	}
	if first > 0 {
		q := d.seg.Quotes[first-1]
		r := segment.Range{Start: q.Open, End: c + 1}
		if r.Start > 0 && d.adjacentQuotes(r.Start-1) {
			r.Start--
		}
		return r, true
	}
	return segment.Range{}, false
}

// adjacentQuotes: tokens i and i+1 are quotation marks with nothing between.
func (d *doc) adjacentQuotes(i int) bool {
	t := d.seg.Tokens
	return i >= 0 && i+1 < len(t) && t[i].Kind == segment.Quote && t[i+1].Kind == segment.Quote && t[i].End == t[i+1].Start
}

// lastQuote is the last quotation mark of r, allowing a final period
// after it; -1 if r does not end with one.
func lastQuote(d *doc, r segment.Range) int {
	for i := r.End - 1; i >= r.Start && i >= r.End-2; i-- {
		if d.seg.Tokens[i].Kind == segment.Quote {
			return i
		}
	}
	return -1
}

func isDash(t string) bool {
	switch t {
	case "―", "—", "–", "-":
		return true
	}
	return false
}

func isNumber(t string) bool {
	for _, r := range t {
		if r < '0' || r > '9' {
			return false
		}
	}
	return t != ""
}
