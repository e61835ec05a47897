package resolve

import (
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// repairSources extends a source that the extractor cut after a
// preposition back to the head it modifies: "[A US official with
// firsthand knowledge of] dealings with the Islamic Republic".
func (d *doc) repairSources() {
	for i := range d.atts {
		a := &d.atts[i]
		if len(a.Source) != 1 {
			continue
		}
		s := a.Source[0]
		k := s.Start - 1
		sen := d.sentence(s.Start)
		if k-1 < sen.Start || d.tags[k] != postag.IN || !npPreps[d.low[k]] || !d.chunkTok(k-1) || d.inCue[k-1] {
			continue
		}
		if inside(k, a.Content) || inside(k-1, a.Content) {
			continue
		}
		if start := d.npLeft(s.End-1, sen.Start); start < s.Start {
			a.Source[0].Start = start
		}
	}
}

// recover adds the attributions that a reporting verb makes plain but the
// extractor missed, most of them nested in the content of another: a
// participial cue after a noun phrase ("a report by X claiming that ...",
// "with X contending that ...", "cited X as saying ..."), or a finite
// reporting verb with its subject ("X said (that) ...", "..., X said.").
func (d *doc) recover() {
	for i := 0; i < d.n; i++ {
		if d.inCue[i] || d.bp[i] || d.seg.Tokens[i].Kind != segment.Word {
			continue
		}
		w := d.low[i]
		var a *Attribution
		switch {
		case participleCues[w]:
			a = d.participial(i)
		case finiteCues[w] && finite(d.tags[i]):
			a = d.finiteCue(i)
		}
		if a == nil || d.duplicate(a) {
			continue
		}
		if !participleCues[w] && !d.clauseFinal(a) && !(d.nestedCue(i) && d.low[a.Content[0].Start] == "that") && !d.replaceSourceless(a) {
			// A finite cue that the extractor did not take, outside any
			// content or without "that", and not closing the sentence:
			// too often not an attribution, or one it found with other
			// bounds (measured on PolNeAR dev).
			continue
		}
		if participleCues[w] {
			d.reframe(a)
		}
		d.addRecovered(*a)
	}
}

// addRecovered appends an attribution that a rule found and marks its cue,
// so that no later rule takes the same words.
func (d *doc) addRecovered(a Attribution) {
	a.Recovered = true
	d.atts = append(d.atts, a)
	d.markCue(a.Cue)
}

// markCue marks the tokens of a cue as taken.
func (d *doc) markCue(cue []segment.Range) {
	for _, c := range cue {
		for k := c.Start; k < c.End; k++ {
			d.inCue[k] = true
		}
	}
}

// participial: NP (as) VBG (that) CLAUSE.
func (d *doc) participial(i int) *Attribution {
	sen := d.sentence(i)
	w := d.low[i]
	j := i - 1
	as := j >= sen.Start && d.low[j] == "as"
	if as {
		j--
	}
	if j < sen.Start || !(d.nounish(j) || d.text(j) == "]") || d.inCue[j] {
		return nil
	}
	// "saying" and "claiming" report whatever follows; the others need
	// "that" or a quotation: "taxpayers reporting capital gains" does not.
	if n := i + 1; n < sen.End && w != "saying" && w != "claiming" &&
		d.low[n] != "that" && d.seg.Tokens[n].Kind != segment.Quote {
		return nil
	}
	start := d.npLeft(j, sen.Start)
	if start > j {
		return nil
	}
	// A noun phrase that is the subject of a verb before it is not this
	// cue's source in "... is saying": the noun must be right before.
	content := d.clause(i+1, sen)
	if content.Len() < 3 {
		return nil
	}
	a := &Attribution{
		Source:  []segment.Range{{Start: start, End: j + 1}},
		Cue:     []segment.Range{{Start: i, End: i + 1}},
		Content: []segment.Range{content},
	}
	// "cited/quoted X as saying": the channel is the citing verb.
	if as && start-1 >= sen.Start && citeVerbs[d.low[start-1]] {
		a.Via = []segment.Range{{Start: start - 1, End: start}, {Start: j + 1, End: i + 1}}
	}
	return a
}

// finiteCue: "X said (that) CLAUSE", "X told Y (that) CLAUSE" or
// "CLAUSE, X said."
func (d *doc) finiteCue(i int) *Attribution {
	sen := d.sentence(i)
	cueStart := i
	j := i - 1
	for j >= sen.Start && postag.IsAdverb(d.tags[j]) && i-j <= 2 {
		cueStart = j
		j--
	}
	if j < sen.Start || !(d.nounish(j) || d.text(j) == "]") || d.inCue[j] {
		return nil
	}
	var start int
	if d.tags[j] == postag.PRP {
		if !subjectPronoun[d.low[j]] {
			return nil
		}
		start = j
	} else {
		start = d.npLeft(j, sen.Start)
	}
	if start > j {
		return nil
	}
	a := &Attribution{
		Source: []segment.Range{{Start: start, End: j + 1}},
		Cue:    []segment.Range{{Start: cueStart, End: i + 1}},
	}
	// "..., X said (on Thursday)."
	if k := start - 1; k > sen.Start && d.text(k) == "," && d.tailOnly(i+1, sen) {
		e := k
		for e > sen.Start && d.isPunct(e-1) && d.seg.Tokens[e-1].Kind != segment.Quote {
			e--
		}
		s := sen.Start
		if e-s >= 3 {
			a.Content = []segment.Range{{Start: s, End: e}}
			return a
		}
		return nil
	}
	if start > sen.Start && !d.isPunct(start-1) && !subordinators[d.low[start-1]] && d.low[start-1] != "and" && d.low[start-1] != "but" {
		return nil // the noun phrase is the object of something before it
	}
	// "X told Y (that) ...": skip the object, and a short phrase before "that".
	k := i + 1
	if d.low[i] == "told" || d.low[i] == "tells" {
		k = d.npRight(k, sen.End)
		if k == i+1 {
			return nil
		}
	}
	for t := k; t < sen.End && t-k <= 5; t++ {
		if d.low[t] == "that" {
			k = t
			break
		}
		if d.isPunct(t) && !d.isBracket(t) {
			break
		}
	}
	content := d.clause(k, sen)
	if content.Len() < 3 || !d.hasVerb(content) {
		return nil
	}
	a.Content = []segment.Range{content}
	return a
}

// clauseFinal: the recovered cue closes its sentence after the content it
// reports ("CLAUSE, X said on Thursday."), the plainest form of attribution
// in news; the extractor can miss it when the content holds a cue of its
// own ("He is expected to ...").
func (d *doc) clauseFinal(a *Attribution) bool {
	return len(a.Content) == 1 && len(a.Source) == 1 && a.Content[0].End < a.Source[0].Start
}

var subjectPronoun = set("he", "she", "they", "we", "i", "it")

// tailOnly: from token k to the end of the sentence there is at most a
// short phrase of time or place and the final punctuation.
func (d *doc) tailOnly(k int, sen segment.Range) bool {
	for t := k; t < sen.End; t++ {
		if postag.IsVerb(d.tags[t]) || d.low[t] == "that" || t-k > 6 {
			return false
		}
	}
	return true
}

// clause is the reported clause from token s: to the end of the sentence,
// of the quotation it is in, or to a comma before another participle or
// cue.
func (d *doc) clause(s int, sen segment.Range) segment.Range {
	for s < sen.End && (d.text(s) == "," || d.text(s) == ":") {
		s++
	}
	if s >= sen.End {
		return segment.Range{Start: s, End: s}
	}
	end := sen.End
	if d.seg.QuoteDepth[s] > 0 {
		// the innermost quotation holding s; all of it when s opens it
		for _, q := range d.seg.Quotes {
			if q.Open == s && q.Close+1 <= end {
				end = q.Close + 1
			} else if q.Open < s && s <= q.Close && q.Close < end {
				end = q.Close
			}
		}
	}
	for t := s + 1; t < end; t++ {
		if d.text(t) == ";" || (d.text(t) == "," && t+1 < end && (d.tags[t+1] == postag.VBG || d.inCue[t+1])) {
			end = t
			break
		}
	}
	for end > s && d.isPunct(end-1) && d.seg.Tokens[end-1].Kind != segment.Quote && !d.isBracket(end-1) {
		end--
	}
	return segment.Range{Start: s, End: end}
}

func (d *doc) hasVerb(r segment.Range) bool {
	for k := r.Start; k < r.End; k++ {
		if finite(d.tags[k]) {
			return true
		}
	}
	return false
}

// duplicate: an attribution already found would match the same one, as
// the scorer matches (content overlap of at least half, overlapping
// sources).
func (d *doc) duplicate(a *Attribution) bool {
	for _, b := range d.atts {
		if contentF1(a.Content, b.Content) >= 0.5 && overlaps(a.Source, b.Source) {
			return true
		}
	}
	return false
}

func count(rs []segment.Range) int {
	n := 0
	for _, r := range rs {
		n += r.Len()
	}
	return n
}

func contentF1(a, b []segment.Range) float64 {
	common := 0
	for _, x := range a {
		for _, y := range b {
			if s, e := max(x.Start, y.Start), min(x.End, y.End); s < e {
				common += e - s
			}
		}
	}
	if n := count(a) + count(b); n > 0 {
		return 2 * float64(common) / float64(n)
	}
	return 0
}

func overlaps(a, b []segment.Range) bool {
	if len(a) == 0 && len(b) == 0 {
		return true
	}
	for _, x := range a {
		for _, y := range b {
			if max(x.Start, y.Start) < min(x.End, y.End) {
				return true
			}
		}
	}
	return false
}

// reframe: when a recovered participial cue's source is the object of
// another cue ("X denied [a report by Y] claiming that Z"), what that cue
// reports is the whole object: its content becomes "a report by Y
// claiming that Z", and its cue loses the object words it had taken.
func (d *doc) reframe(p *Attribution) {
	src := p.Source[0]
	for i := range d.atts {
		o := &d.atts[i]
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
		return
	}
}

// nestedCue: token i lies in the content of an attribution.
func (d *doc) nestedCue(i int) bool {
	for _, b := range d.atts {
		if inside(i, b.Content) {
			return true
		}
	}
	return false
}

// replaceSourceless drops an attribution without a source whose content
// is a's ("He is expected to ..., an official said": the extractor took
// "is expected" as the cue), and reports whether it did.
func (d *doc) replaceSourceless(a *Attribution) bool {
	for j, b := range d.atts {
		if len(b.Source) == 0 && !b.Recovered && contentF1(a.Content, b.Content) >= 0.5 {
			d.atts = append(d.atts[:j], d.atts[j+1:]...)
			return true
		}
	}
	return false
}
