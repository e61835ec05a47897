package resolve

import (
	"slices"
	"strings"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// passiveAgents splits the source of a passive cue from what it reports:
// in "Orchard Bay was accused by a shareholders' group of poor
// disclosure", the source is the agent after "by", and "of poor
// disclosure" belongs to the content, with the subject. The extractor
// runs such a source on to the end of the clause. And "X was quoted (by
// Y) as saying ..." has the cue "was quoted … as saying", as PolNeAR
// and our set mark it. An agent the extractor left in the content is
// the source (agentInContent).
func (d *doc) passiveAgents() {
	for i := range d.atts {
		a := &d.atts[i]
		d.quotedThrough(a)
		d.quotedAsSaying(a)
		if len(a.Source) == 0 {
			d.agentInContent(a)
			d.subjectInContent(a)
			continue
		}
		if len(a.Source) != 1 {
			continue
		}
		if agent, ok := d.agentBeforeComplement(a); ok {
			// "Management [has also been accused] by Khumalo [of
			// spending ...]": the extractor read the subject as the
			// source and left the agent out; the agent is the source, the
			// subject what was said with the complement.
			a.Content = append([]segment.Range{a.Source[0]}, a.Content...)
			a.Source = []segment.Range{agent}
			continue
		}
		if d.passiveSubject(a) {
			// "The Country Fire Service [was accused] by [several
			// residents of issuing its warning too late]": the extractor
			// read the subject as the source; it is what was said.
			a.Content = append([]segment.Range{a.Source[0]}, a.Content...)
			a.Source = nil
			d.agentInContent(a)
			if len(a.Source) == 0 { // no agent after all: as the extractor had it
				a.Source, a.Content = []segment.Range{a.Content[0]}, slices.Clone(a.Content[1:])
			}
			continue
		}
		s := a.Source[0]
		if s.Start < 1 || d.low[s.Start-1] != "by" {
			continue
		}
		if d.deadlineStart(s.Start) {
			// "are expected by Friday evening": a deadline, no agent; it
			// belongs to what is expected.
			a.Source = nil
			a.Content = append(a.Content, segment.Range{Start: s.Start - 1, End: s.End})
			slices.SortFunc(a.Content, byStartEnd)
			continue
		}
		prep := d.passiveComplement(a.Cue)
		if prep == "" {
			continue
		}
		if c := a.Cue[len(a.Cue)-1]; c.End != s.Start && c.End != s.Start-1 {
			continue // the agent follows the cue
		}
		k := d.complementAt(s, prep)
		if k < 0 {
			if rest, ok := d.complementAfterAgent(a, prep); ok {
				// "the company was criticised by [the minister] for
				// taking 36 hours ...": the extractor stopped the agent
				// at its name and left the complement in no role
				a.Content = append(a.Content, rest)
				slices.SortFunc(a.Content, byStartEnd)
			}
			continue
		}
		end := k
		for end > s.Start && (d.text(end-1) == "," || d.text(end-1) == "(") {
			end--
		}
		rest := segment.Range{Start: k, End: s.End}
		for rest.End > rest.Start && d.isPunct(rest.End-1) && d.seg.Tokens[rest.End-1].Kind != segment.Quote {
			rest.End--
		}
		a.Source[0].End = end
		if rest.Len() > 0 && !inside(rest.Start, a.Content) {
			a.Content = append(a.Content, rest)
			slices.SortFunc(a.Content, byStartEnd)
		}
	}
}

// complementAfterAgent is the passive's complement, opened by prep, that
// follows its agent (past a phrase of time: "by the Senate Standing
// Committee last year for cutting funds") to the sentence's end, when
// no role holds it; ok is false otherwise.
func (d *doc) complementAfterAgent(a *Attribution, prep string) (segment.Range, bool) {
	s := a.Source[0]
	if len(a.Content) == 0 || a.Content[len(a.Content)-1].Start > s.Start {
		return segment.Range{}, false // the content already runs after the agent
	}
	sen := d.sentence(s.Start)
	j := s.End
	for j < sen.End && j < s.End+3 && (lexicon.TimeWords.Has(d.low[j]) || d.low[j] == "last" || d.low[j] == "this" || d.low[j] == "on") {
		j++
	}
	if j >= sen.End || d.low[j] != prep {
		return segment.Range{}, false
	}
	end := d.trimPunct(j, sen.End)
	for k := j; k < end; k++ {
		if d.inCue[k] {
			return segment.Range{}, false
		}
	}
	if end-j < 2 || j+3 < end && d.low[j+1] == "the" && d.low[j+3] == "time" {
		return segment.Range{}, false // "for the first time in years": when, not why
	}
	return segment.Range{Start: j, End: end}, true
}

// agentInContent: a passive with no source whose content runs on from
// the cue over the agent ("The minister [was accused] [by opposition
// lawmakers of misleading parliament]"): the agent is the source, and
// the content goes on at the verb's complement.
func (d *doc) agentInContent(a *Attribution) {
	if len(a.Content) == 0 || d.passiveComplement(a.Cue) == "" {
		return
	}
	cue := a.Cue[len(a.Cue)-1]
	if cue.End+1 >= d.n || d.low[cue.End] != "by" {
		return
	}
	// The piece after the cue, with its "by" or without it.
	i := slices.IndexFunc(a.Content, func(r segment.Range) bool { return r.Start == cue.End || r.Start == cue.End+1 })
	if i < 0 {
		return
	}
	c := a.Content[i]
	agent := cue.End + 1
	j := agent
	for j < c.End && d.chunkTok(j) {
		j++
	}
	switch {
	case j == agent:
		return // no agent
	case j < c.End && d.tags[j] != postag.IN && d.tags[j] != postag.TO:
		return // not the verb's complement after the agent
	case j >= c.End && len(a.Content) == 1:
		return // the agent is all the content there is
	}
	a.Source = []segment.Range{{Start: agent, End: j}}
	if j < c.End {
		a.Content[i].Start = j
	} else {
		a.Content = slices.Delete(a.Content, i, i+1) // "The plan [was criticized] by X": the subject is what was said
	}
}

// subjectInContent: a quotation, then "said" and its subject, which the
// extractor read as more of the content ('"We are working every berth,"
// said harbour master Captain Riaan van Rensburg'): the noun phrase
// after the cue, ending its sentence or its clause at a comma, in a
// name or a noun of persons, is the source.
func (d *doc) subjectInContent(a *Attribution) {
	if len(a.Source) > 0 || len(a.Cue) != 1 || len(a.Content) < 2 {
		return
	}
	cue := a.Cue[0]
	i := slices.IndexFunc(a.Content, func(r segment.Range) bool { return r.Start == cue.End })
	if i < 1 || cue.Len() != 1 || lexicon.SpeechClassOf(d.low[cue.Start]) == lexicon.NoSpeech {
		return
	}
	if q := a.Content[i-1]; q.End > cue.Start || !d.quotationEnds(q) {
		return // no quotation before the cue
	}
	c := a.Content[i]
	if d.tags[c.Start] == postag.IN || d.tags[c.Start] == postag.TO {
		return // "said in Arabic": no subject
	}
	// A base form may be the tagger's reading of a noun ("harbour/VB
	// master"); a finite verb or a gerund makes a clause.
	for k := c.Start; k < c.End; k++ {
		if finite(d.tags[k]) || d.tags[k] == postag.VBG || d.seg.QuoteDepth[k] > 0 || d.seg.Tokens[k].Kind == segment.Quote {
			return
		}
	}
	if h := c.End - 1; !d.nameTok(h) && !speakerNoun(d.low[h]) {
		return
	}
	if c.End < d.n && c.End != d.sentence(cue.Start).End && d.text(c.End) != "." && d.text(c.End) != "," {
		return
	}
	a.Source = []segment.Range{c}
	a.Content = slices.Delete(a.Content, i, i+1)
}

// quotationEnds: the range ends in a quotation, its closing mark last or
// before a last comma or stop.
func (d *doc) quotationEnds(r segment.Range) bool {
	for k := r.End - 1; k >= r.Start && k >= r.End-2; k-- {
		if d.seg.Tokens[k].Kind == segment.Quote {
			return true
		}
	}
	return false
}

// passiveSubject: the relation's source is the subject of its passive
// cue, right before it (adverbs between), and a content piece follows
// the cue's "by" with an agent and the verb's complement: the extractor
// read "X was accused by Y of Z" as X's.
func (d *doc) passiveSubject(a *Attribution) bool {
	last, prep, ok := d.subjectBeforeBy(a)
	if !ok || last.End+1 >= d.n {
		return false
	}
	i := slices.IndexFunc(a.Content, func(r segment.Range) bool { return r.Start == last.End || r.Start == last.End+1 })
	if i < 0 {
		return false
	}
	// The verb's own complement follows the agent: "of issuing ...", not
	// "The report was quoted by the minister in parliament".
	j := last.End + 1
	for j < a.Content[i].End && d.chunkTok(j) {
		j++
	}
	return j > last.End+1 && j < a.Content[i].End && d.low[j] == prep
}

// deadlineStart: the phrase at token k after "by" names a time, no agent
// ("by Friday evening", "by the summer", "by the end of the month", "by
// March", "by mid-October").
func (d *doc) deadlineStart(k int) bool {
	if d.timeStart(k) {
		return true
	}
	if lexicon.Months.Has(d.low[k]) {
		// "by March" or "by March 31", not "by May, who said" nor "by
		// April Jones"
		return k+1 >= d.n || d.seg.Tokens[k+1].Kind == segment.Number || d.text(k+1) == "."
	}
	if rest, ok := strings.CutPrefix(d.low[k], "mid-"); ok {
		return lexicon.Months.Has(rest) || rest != "" && rest[0] >= '0' && rest[0] <= '9' // not "mid-ranking officers"
	}
	if d.low[k] != "the" || k+1 >= d.n || d.capitalized(k+1) {
		return false // "the Spring Hill Residents Association"
	}
	switch w := d.low[k+1]; w {
	case "summer", "winter", "spring", "autumn", "weekend", "time":
		return true
	case "end", "start", "beginning", "middle", "close", "turn":
		return k+2 < d.n && d.low[k+2] == "of"
	default:
		return lexicon.TimeWords.Has(w)
	}
}

// agentBeforeComplement is the agent of a passive cue that stands
// between "by" and the complement the content opens with, in no role,
// when the source is the passive's subject right before the cue.
func (d *doc) agentBeforeComplement(a *Attribution) (segment.Range, bool) {
	last, prep, ok := d.subjectBeforeBy(a)
	if !ok || last.End+2 >= d.n || len(a.Content) == 0 {
		return segment.Range{}, false
	}
	j := last.End + 1
	for j < d.n && j < last.End+8 && d.chunkTok(j) && d.low[j] != prep {
		j++
	}
	if j > last.End+1 && j < d.n && d.low[j] == prep && a.Content[0].Start == j {
		return segment.Range{Start: last.End + 1, End: j}, true
	}
	return d.apposedAgent(a, last, prep)
}

// apposedAgent is the agent of a passive cue that an apposition with its
// own preposition runs on ("was accused last year by Lt-Gen (retd)
// Owoye Ebikeme, chairman of the Presidential Committee on Niger Delta
// Security, of running ..."), when the content opens with the
// complement's preposition after it: the words from "by" to the comma
// before the content, in one sentence, with no verb.
func (d *doc) apposedAgent(a *Attribution, last segment.Range, prep string) (segment.Range, bool) {
	j := a.Content[0].Start
	if j <= last.End+2 || j > last.End+30 || d.low[j] != prep || d.text(j-1) != "," || d.seg.SentenceOf[j] != d.seg.SentenceOf[last.End] {
		return segment.Range{}, false
	}
	for k := last.End + 1; k < j; k++ {
		if postag.IsVerb(d.tags[k]) || d.inCue[k] || d.seg.Tokens[k].Kind == segment.Quote {
			return segment.Range{}, false
		}
	}
	return segment.Range{Start: last.End + 1, End: j - 1}, true
}

// subjectBeforeBy: the relation's source is the subject right before its
// passive cue (adverbs between), and "by" follows the cue's last piece,
// last; prep is the preposition that opens the participle's complement.
func (d *doc) subjectBeforeBy(a *Attribution) (last segment.Range, prep string, ok bool) {
	s, cue := a.Source[0], a.Cue[0]
	k := s.End
	for k < cue.Start && postag.IsAdverb(d.tags[k]) {
		k++
	}
	last = a.Cue[len(a.Cue)-1]
	prep = d.passiveComplement(a.Cue)
	ok = k == cue.Start && last.End < d.n && d.low[last.End] == "by" && prep != ""
	return last, prep, ok
}

// passiveComplement is the preposition that opens the complement of the
// cue's passive participle (a form of "be", then the participle), or "".
func (d *doc) passiveComplement(cue []segment.Range) string {
	be := false
	for _, c := range cue {
		for k := c.Start; k < c.End; k++ {
			switch {
			case lexicon.BeForms.Has(d.low[k]):
				be = true
			case be && d.tags[k] == postag.VBN:
				return lexicon.PassiveComplement(d.low[k])
			}
		}
	}
	return ""
}

// complementAt is where, in the source s of a passive, the verb's
// complement opens with preposition prep, or -1: the first prep whose
// object is a gerund ("of grabbing"), else the last one after the
// agent's first noun phrase ("by a shareholders' group of poor
// disclosure").
func (d *doc) complementAt(s segment.Range, prep string) int {
	first := s.Start
	for first < s.End && d.chunkTok(first) {
		first++
	}
	last := -1
	for k := first; k+1 < s.End; k++ {
		if d.low[k] != prep {
			continue
		}
		if d.tags[k+1] == postag.VBG {
			return k
		}
		last = k
	}
	return last
}

// quotedAsSaying moves "as saying" from the start of the content of a
// passive citing cue ("was quoted", "was cited") into the cue.
func (d *doc) quotedAsSaying(a *Attribution) {
	if len(a.Content) == 0 || d.passiveComplement(a.Cue) != "as" {
		return
	}
	cited := false
	for _, c := range a.Cue {
		for k := c.Start; k < c.End; k++ {
			cited = cited || lexicon.CiteVerbs.Has(d.low[k])
		}
	}
	c := a.Content[0]
	if !cited || c.Len() < 3 || d.low[c.Start] != "as" || d.tags[c.Start+1] != postag.VBG {
		return
	}
	as := segment.Range{Start: c.Start, End: c.Start + 2}
	a.Content[0].Start = as.End
	if last := &a.Cue[len(a.Cue)-1]; last.End == as.Start {
		last.End = as.End
	} else {
		a.Cue = append(a.Cue, as)
	}
	d.markCue([]segment.Range{as})
}

// quotedThrough reads "X was quoted by Y as saying Z" ("quoted in the
// newspaper", "cited by Reuters"): X, the passive's subject, said Z, and
// Y only carried it. The extractor takes Y for the source and runs the
// content from X over the cue, or runs the content from Y; the source
// becomes X, the content what follows "as saying", and the cue "was
// quoted … as saying".
func (d *doc) quotedThrough(a *Attribution) {
	if len(a.Content) == 0 || len(a.Cue) != 1 || d.passiveComplement(a.Cue) != "as" {
		return
	}
	cue := a.Cue[0]
	if !lexicon.CiteVerbs.Has(d.low[cue.End-1]) || cue.End >= d.n || d.low[cue.End] != "by" && d.low[cue.End] != "in" {
		return
	}
	sent := d.sentence(cue.Start)
	as := -1
	for k := cue.End + 1; k+1 < sent.End && k <= cue.End+12; k++ {
		if d.low[k] == "as" && d.tags[k+1] == postag.VBG {
			as = k
			break
		}
	}
	if as < 0 {
		return
	}
	rest := a.Content
	var subject segment.Range
	switch {
	case len(a.Source) == 1 && a.Source[0].End <= cue.Start:
		subject = a.Source[0]
	case a.Content[0].End <= cue.Start:
		subject, rest = a.Content[0], a.Content[1:]
	default:
		return
	}
	var said []segment.Range
	for _, c := range rest {
		if c.End > as+2 {
			said = append(said, segment.Range{Start: max(c.Start, as+2), End: c.End})
		}
	}
	if len(said) == 0 {
		return
	}
	a.Source = []segment.Range{subject}
	a.Content = said
	a.Cue = []segment.Range{cue, {Start: as, End: as + 2}}
	d.markCue(a.Cue[1:])
}
