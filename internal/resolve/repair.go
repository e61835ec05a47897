package resolve

import (
	"github.com/whosaid/whosaid/internal/firstname"
	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
	"slices"
)

// repairSources extends a source that the extractor cut after a
// preposition back to the head it modifies: "[A US official with
// firsthand knowledge of] dealings with the Islamic Republic".
func (d *doc) repairSources() {
	var absorbed []segment.Range // what bracketedHonorific ran sources back over
	for i := range d.atts {
		a := &d.atts[i]
		if len(a.Source) != 1 {
			continue
		}
		d.invertedRoles(a)
		d.headlineTells(a)
		d.linkedNews(a)
		d.relativeToCue(a)
		d.apposToCue(a)
		d.relativeAfterSource(a)
		d.timeForSubject(a)
		d.timeAfterCue(a)
		d.timeOpener(a)
		d.timeForContent(a)
		d.tailToContent(a)
		d.parentheticalCue(a)
		d.restOfPhrase(a)
		d.pastFrontedPlace(a)
		d.nameToParticle(a)
		d.nameFromStart(a)
		if r, ok := d.bracketedHonorific(a); ok {
			absorbed = append(absorbed, r)
		}
		d.afterContentComma(a)
		d.listRunsOn(a)
		d.colonLabel(a)
		s := a.Source[0]
		k := s.Start - 1
		sen := d.sentence(s.Start)
		if k-1 < sen.Start || d.tags[k] != postag.IN || !lexicon.NPPrepositions.Has(d.low[k]) || !d.chunkTok(k-1) || d.inCue[k-1] {
			continue
		}
		if inside(k, a.Content) || inside(k-1, a.Content) {
			continue
		}
		if start := d.npLeft(s.End-1, sen.Start); start < s.Start {
			a.Source[0].Start = start
		}
	}
	d.dropSourceFragments(absorbed)
	d.labelBeforeCue()
	for i := range d.atts {
		if len(d.atts[i].Source) == 1 {
			d.expectedToAct(&d.atts[i])
		}
		d.headlineContent(&d.atts[i])
	}
}

// headlineContent gives a headline's inverted attribution the whole
// clause before the comma of its cue, from the line's start (or a colon
// or semicolon), where the extractor kept its end ("[Players will walk
// out if] Korolenko stays, says union").
func (d *doc) headlineContent(a *Attribution) {
	if len(a.Cue) != 1 || len(a.Content) != 1 || !d.inTitle(a.Cue[0].Start) {
		return
	}
	cue, c := a.Cue[0], &a.Content[0]
	if c.End != cue.Start-1 || d.text(c.End) != "," || len(a.Source) > 0 && a.Source[0].Start < cue.End {
		return
	}
	if start := d.headlineClauseStart(c.Start, d.title.Start); start < c.Start {
		c.Start = start
	}
}

// headlineClauseStart is where the headline clause that runs up to token
// end starts: after the nearest colon (a topic's label: "Harbourgate:
// [Ex-MD forged ...]"), semicolon, sentence end ("Three dead in Kerala
// floods. [More rain coming], says IMD"; not the point of "1.3 million",
// which no space follows) or other attribution's cue before end, else
// at floor.
func (d *doc) headlineClauseStart(end, floor int) int {
	for k := end - 1; k > floor; k-- {
		t := d.text(k)
		stop := (t == "." || t == "!" || t == "?") && (k+1 >= d.n || d.seg.Tokens[k].End != d.seg.Tokens[k+1].Start)
		if stop || t == ":" || t == ";" || d.inCue[k] {
			return k + 1
		}
	}
	return floor
}

// labelBeforeCue drops a headline's colon attribution whose content holds
// another attribution's cue, or whose content another headline's cue gives
// its own speaker, the colon being a topic's label
// ("Harbourgate: Ex-MD forged board approvals, witness tells court"), and
// takes such a label out of a headline's content that opens with it
// ("Harbourgate: Ex-MD forged board approvals, says witness").
func (d *doc) labelBeforeCue() {
	d.atts = slices.DeleteFunc(d.atts, func(a Attribution) bool {
		if len(a.Cue) != 1 || a.Cue[0].Len() != 1 || d.text(a.Cue[0].Start) != ":" || !d.inTitle(a.Cue[0].Start) || len(a.Content) != 1 {
			return false
		}
		c := a.Content[0]
		// The other's cue is a headline's verb of saying in the present,
		// in lower case ("tells", "says"; not "Report: Colin Powell
		// Advised Clinton ..."). The colon gives way when the other is an
		// inverted tail, its source after its cue or a comma, that gives
		// its own speaker the same words ("Royalty row: 'We will not pay
		// twice', says Goldridge MD"); or when the other's cue lies in
		// the colon's content and the other is such a tail or the label
		// is no person's name ("Warren: Trump says one thing and does
		// another" keeps Warren, who reports what others say).
		return slices.ContainsFunc(d.atts, func(b Attribution) bool {
			if len(b.Cue) == 0 || b.Cue[0] == a.Cue[0] || d.capitalized(b.Cue[0].Start) || d.tags[b.Cue[0].Start] != postag.VBZ {
				return false
			}
			tail := len(b.Source) == 1 && (b.Source[0].Start > b.Cue[0].Start || b.Source[0].Start > 0 && d.text(b.Source[0].Start-1) == ",")
			holds := c.Start <= b.Cue[0].Start && b.Cue[0].End <= c.End
			same := len(b.Content) > 0 && b.Content[0].Start < c.End && c.Start < b.Content[0].End && d.inTitle(b.Cue[0].Start)
			return tail && same || holds && (tail || !d.personLabel(a.Source))
		})
	})
	for i := range d.atts {
		a := &d.atts[i]
		if len(a.Content) == 0 || len(a.Cue) == 0 || a.Content[0].Start != d.title.Start || a.Cue[0].Start < a.Content[0].End {
			continue
		}
		c := &a.Content[0]
		for k := c.Start + 1; k < c.End && k <= c.Start+maxColonSourceWords; k++ {
			if d.text(k) == ":" && d.seg.QuoteDepth[k] == 0 && k+1 < c.End {
				c.Start = k + 1
				break
			}
		}
	}
}

// personLabel: a headline's colon label that is a person's name
// ("Warren:", "Klopp:"), who may well report what others say.
func (d *doc) personLabel(src []segment.Range) bool {
	if len(src) != 1 || src[0].Len() == 0 {
		return false
	}
	var name []int
	for k := src[0].Start; k < src[0].End; k++ {
		if !d.nameTok(k) {
			return false
		}
		name = append(name, k)
	}
	return d.properKind(name) == Person
}

// dropSourceFragments drops an attribution whose one-piece source lies
// inside a range another source was run back over: the extractor read
// the fragment of a name as the subject of a participle before it
// ("[Testifying] as the third prosecution witness, [Dr] (Mrs) Funmilayo
// Akande said", once the source runs over "Dr (").
func (d *doc) dropSourceFragments(absorbed []segment.Range) {
	if len(absorbed) == 0 {
		return
	}
	d.atts = slices.DeleteFunc(d.atts, func(a Attribution) bool {
		return len(a.Source) == 1 && slices.ContainsFunc(absorbed, func(r segment.Range) bool {
			return r.Start <= a.Source[0].Start && a.Source[0].End <= r.End
		})
	})
}

// invertedRoles swaps a source and a content that the extractor took the
// wrong way round in a headline's "what, says who": "[Cholera outbreak
// under control,] says exco [man]" is the exco man's claim. The source
// runs to a comma right before "says" or "said" (or to a semicolon before
// the clause that ends there), in a headline or a line
// with no full stop; what follows the cue to the line's end is a short
// noun phrase with no verb that ends in a name or a noun of persons, the
// inverted cue's subject, which becomes the source whole.
func (d *doc) invertedRoles(a *Attribution) {
	s := a.Source[0]
	if len(a.Content) != 1 || len(a.Cue) != 1 || a.Cue[0].Len() != 1 {
		return
	}
	cue, c := a.Cue[0].Start, a.Content[0]
	if s.End > cue || d.text(cue-1) != "," || c.Start <= cue || c.Start > cue+3 || d.low[cue] != "says" && d.low[cue] != "said" && d.low[cue] != "say" {
		return
	}
	// What was said is the clause before the comma, after a semicolon
	// that closes the headline's first clause ("STI plunges 7.3%; worst
	// not over yet, says analyst"), where the extractor may have stopped.
	what := segment.Range{Start: s.Start, End: cue - 1}
	if d.inTitle(cue) {
		what.Start = d.headlineClauseStart(cue-1, s.Start) // and "Harbourgate: ..., says witness": a topic's label before the claim
	} else {
		for k := cue - 2; k > s.Start; k-- {
			if d.text(k) == ";" {
				what.Start = k + 1
				break
			}
		}
	}
	sen := d.sentence(cue)
	if last := d.text(sen.End - 1); !d.inTitle(cue) && (last == "." || last == "!" || last == "?") {
		return // a headline's way: a sentence of the text has the extractor's syntax
	}
	// The extractor may stop the source short of the comma, at a verb
	// it took for the cue ("[Penang population tops] 1.3 million, says
	// census chief"): the clause runs to the comma.
	cutShort := (s.Start == d.clauseStart(sen, cue) || s.Start > sen.Start && d.text(s.Start-1) == ";") && s.End < cue-1 && !d.inCue[s.End]
	if s.End != cue && !cutShort && (d.text(s.End) != ";" || what.Start != s.End+1) || s.Len() < 3 && !cutShort {
		return
	}
	end := sen.End
	for end > c.End && d.isPunct(end-1) {
		end--
	}
	if h := c.End - 1; c.End != end || end-cue > 7 || !d.nameTok(h) && !speakerNoun(d.low[h]) {
		return // a speaker, not what was said: "Jakarta turns down aid offer, says fires under control"
	}
	c.Start = cue + 1 // the whole subject: "exco man" of which the extractor kept "man"
	for k := c.Start; k < c.End; k++ {
		if postag.IsVerb(d.tags[k]) || d.seg.QuoteDepth[k] > 0 || d.seg.Tokens[k].Kind == segment.Quote && !d.apostropheAfterPlural(k) {
			return
		}
	}
	a.Source[0], a.Content[0] = c, what
}

// headlineTells gives a headline's "claim, X tells hearer" its claim
// for content, where the extractor took the hearer ("Ex-MD forged board
// approvals, witness [tells] [court]"): the source follows a comma, the
// hearer runs from the cue to the line's end in at most four words with
// no verb, and the claim runs from the line's start, or a label's colon,
// to that comma.
func (d *doc) headlineTells(a *Attribution) {
	if len(a.Content) != 1 || len(a.Cue) != 1 || a.Cue[0].Len() != 1 {
		return
	}
	s, cue, c := a.Source[0], a.Cue[0].Start, a.Content[0]
	switch d.low[cue] {
	case "tells", "told", "tell":
	default:
		return
	}
	if !d.inTitle(cue) || s.End != cue || s.Start <= d.title.Start+1 || d.text(s.Start-1) != "," || c.Start != cue+1 || c.Len() > 4 {
		return
	}
	if c.End != d.trimPunct(cue+1, d.title.End) {
		return // the hearer runs to the line's end
	}
	for k := c.Start; k < c.End; k++ {
		if postag.IsVerb(d.tags[k]) || d.seg.Tokens[k].Kind == segment.Quote {
			return
		}
	}
	start := d.headlineClauseStart(s.Start-1, d.title.Start)
	if s.Start-1-start < 2 {
		return
	}
	a.Content[0] = segment.Range{Start: start, End: s.Start - 1}
}

// linkedNews cuts a headline's source after its cue before the news the
// words come with ("..., says [SRC leader] as TMU shuts gates"), and runs
// one that stops short of the line's end on over the capitals left
// ("..., says [Goldridge] MD").
func (d *doc) linkedNews(a *Attribution) {
	s := &a.Source[0]
	if len(a.Cue) == 0 || s.Start < a.Cue[0].End || !d.inTitle(s.Start) {
		return
	}
	for k := s.Start + 1; k+1 < s.End; k++ {
		if headlineLink(d.low[k]) {
			s.End = k
			return
		}
	}
	end := d.trimPunct(s.End, d.title.End)
	if end <= s.End || end-s.End > 2 {
		return
	}
	for k := s.End; k < end; k++ {
		if !d.capitalized(k) || d.seg.Tokens[k].Kind != segment.Word || postag.IsVerb(d.tags[k]) || lexicon.HeadingLabels.Has(d.low[k]) {
			return // not a page's tag: "..., says Lavrov VIDEO"
		}
	}
	s.End = end
}

// tailToContent gives back to the content the end of it that the
// extractor took as the start of an inverted source, before a comma:
// "... since last [June, a new study from Menengai University] says",
// "... led by Pan-African fund [Baobab Ventures, founder and chief
// executive John Mwangi] said". The source must run from the content's
// end to the cue, and what follows its comma must be the subject of the
// cue, a phrase with no comma of its own that ends in a name or a noun
// (an apposition would close with a comma: "Jane Lee, a spokeswoman,
// said"), and the content must end in a word, cut in its phrase.
func (d *doc) tailToContent(a *Attribution) {
	s := a.Source[0]
	if len(a.Content) == 0 || s.End != a.Cue[0].Start {
		return
	}
	var last *segment.Range // the piece before the source; a resumed quotation may follow the cue
	for i := range a.Content {
		if a.Content[i].End == s.Start {
			last = &a.Content[i]
		}
	}
	if last == nil || d.seg.Tokens[last.End-1].Kind != segment.Word {
		return // a quotation ends at its mark, before its speaker: "...," Ingrid Solberg, an ecologist at ... said
	}
	var commas []int
	for k := s.Start + 1; k < s.End-1; k++ {
		if d.text(k) == "," {
			commas = append(commas, k)
		}
	}
	switch {
	case len(commas) == 1 && d.nounish(s.End-1):
	case len(commas) == 2 && d.describedThenNamed(commas[0]+1, commas[1], s.End):
		// "... home to [Ballari, his sister, Lakshmi Naik,] said"
	default:
		return // none, or an apposition, or a list
	}
	last.End = commas[0]
	a.Source[0].Start = commas[0] + 1
}

// parentheticalCue gives back to the content the subject that opens it
// before a cue set between commas, which the extractor took as the start
// of the source: "[Two of the firms, the commission] alleges, [were
// registered] in his son's name" is the commission's claim that two of
// the firms were. The source must hold one comma, run to the cue, and
// end in a noun; the content must follow the cue's comma and open with
// a verb, its subject missing.
func (d *doc) parentheticalCue(a *Attribution) {
	s := a.Source[0]
	if len(a.Content) != 1 || len(a.Cue) != 1 || s.End != a.Cue[0].Start {
		return
	}
	c, after := a.Content[0], a.Cue[0].End
	if after >= d.n || d.text(after) != "," || c.Start != after+1 || !postag.IsVerb(d.tags[c.Start]) && d.tags[c.Start] != postag.MD {
		return
	}
	comma := -1
	for k := s.Start + 1; k < s.End-1; k++ {
		if d.text(k) == "," {
			if comma >= 0 {
				return
			}
			comma = k
		}
	}
	if comma < 0 || !d.nounish(s.End-1) {
		return
	}
	a.Content = []segment.Range{{Start: s.Start, End: comma}, c}
	a.Source[0].Start = comma + 1
}

// describedThenNamed: tokens [start, comma) are a description opening on
// a possessive or an article ("his sister", "the firm's founder") and
// those after the comma up to end, less a closing comma, a name.
func (d *doc) describedThenNamed(start, comma, end int) bool {
	if end > comma+1 && d.text(end-1) == "," {
		end--
	}
	if comma-start < 2 || end <= comma+1 || d.tags[start] != postag.PRPS && d.tags[start] != postag.DT {
		return false
	}
	for k := start; k < comma; k++ {
		if d.nameTok(k) {
			return false
		}
	}
	for k := comma + 1; k < end; k++ {
		if !d.nameTok(k) {
			return false
		}
	}
	return true
}

// restOfPhrase extends a source that the extractor cut inside its noun
// phrase to the phrase's end, when the rest holds a name and runs to the
// cue or to a comma before it: "[Afrobeats] singer Temitope Adeyinka,
// popularly known as ..., has revealed"; or to the cue of a first
// attribution whose source is that whole phrase, the subject the two
// cues share: "[Finance] Minister Judith Kereopa welcomed the cut and
// urged".
func (d *doc) restOfPhrase(a *Attribution) {
	s := a.Source[0]
	c := a.Cue[0].Start
	if s.End >= c || inside(s.End, a.Content) || d.seg.SentenceOf[s.End] != d.seg.SentenceOf[s.Start] {
		return
	}
	end, name := s.End, false
	for end < c && d.text(end) != "," && d.chunkTok(end) && !d.inCue[end] && !inside(end, a.Content) {
		name = name || d.nameTok(end)
		end++
	}
	if name && (end == c || d.text(end) == "," || d.inCue[end] && d.sourceSpans(s.Start, end)) {
		a.Source[0].End = end
	}
}

// sourceSpans: some attribution's source is tokens [start, end) whole.
func (d *doc) sourceSpans(start, end int) bool {
	for i := range d.atts {
		if src := d.atts[i].Source; len(src) == 1 && src[0] == (segment.Range{Start: start, End: end}) {
			return true
		}
	}
	return false
}

// listRunsOn extends a source that the extractor cut at a comma inside a
// body's name, before the rest of the fields its "of" lists: "[The
// Ministry of Investment], Trade and Industry (MITI) welcomed the launch
// ..., saying".
func (d *doc) listRunsOn(a *Attribution) {
	s := a.Source[0]
	if s.End >= d.n || d.text(s.End) != "," || !d.listInName(s.End) || inside(s.End, a.Content) {
		return
	}
	end := s.End
	for end < d.n && (d.nameTok(end) || d.orgJoin(end)) && !d.inCue[end] && !inside(end, a.Content) {
		end++
	}
	if d.nameTok(end - 1) {
		a.Source[0].End = end
	}
}

// timeForSubject gives the subject to a source that the extractor took
// as the time word before the cue ("Northwind Labs, Inc., a provider of
// logistics software, [today] announced", "The firm [yesterday] said"):
// the noun phrase before it, or, after an apposition's comma, the name
// that opens the sentence (after a dateline's dash).
func (d *doc) timeForSubject(a *Attribution) {
	s := a.Source[0]
	if s.Len() != 1 || !lexicon.TimeWords.Has(d.low[s.Start]) || s.End != a.Cue[0].Start {
		return
	}
	sen := d.sentence(s.Start)
	k := s.Start - 1
	if k < sen.Start {
		return
	}
	if d.text(k) != "," {
		if d.chunkTok(k) && !lexicon.TimeWords.Has(d.low[k]) { // not "on Wednesday [evening] said"
			a.Source[0] = segment.Range{Start: d.npLeft(k, sen.Start), End: k + 1}
		}
		return
	}
	start := sen.Start
	for j := sen.Start; j < k; j++ {
		if d.bp[j] || isDash(d.text(j)) {
			start = j + 1
		}
	}
	if start < k && d.nameTok(start) && !inside(start, a.Content) {
		a.Source[0] = segment.Range{Start: start, End: k}
	}
}

// timeAfterCue gives the subject before the cue to a source that the
// extractor took as the time word after it, in "CONTENT, SUBJECT(,)
// announced yesterday", where the content ran on to the cue's comma
// (subjectBeforeComma).
func (d *doc) timeAfterCue(a *Attribution) {
	s, cue := a.Source[0], a.Cue[0]
	if s.Len() != 1 || s.Start != cue.End || !lexicon.TimeWords.Has(d.low[s.Start]) || len(a.Content) == 0 {
		return
	}
	c := &a.Content[len(a.Content)-1]
	comma := cue.Start - 1
	if comma <= c.Start || d.text(comma) != "," || c.End != comma && c.End != cue.Start {
		return
	}
	if subject := d.subjectBeforeComma(c.Start, comma); subject >= 0 {
		a.Source[0] = segment.Range{Start: subject, End: comma}
		c.End = subject - 1
	}
}

// timeOpener starts after it a source that the extractor began with the
// phrase of time that opens the sentence, no comma after it ("[Last
// night Mrs Dhillon] said", "[Last week police] said", "On [March 3
// officials] said"): a time is no one's name.
func (d *doc) timeOpener(a *Attribution) {
	s := a.Source[0]
	k := s.Start
	switch {
	case k+2 < s.End && lexicon.TimeWords.Has(d.text(k+1)): // in lower case: not "This Morning presenter"
		switch d.low[k] {
		case "last", "this", "next", "early", "late":
			k += 2
		}
	case k+1 < s.End && lexicon.TimeWords.Has(d.low[k]):
		k++ // "Yesterday Mr Smith", "Tuesday police"
		if d.capitalized(k) && !lexicon.Honorifics.Has(d.low[k]) && !d.titleWord(k) && d.firstName(k) == firstname.Unknown {
			return // a name the time word opens: "Sunday Times reporters", "Tonight Show host"
		}
	case k+2 < s.End && lexicon.Months.Has(d.low[k]) && d.digits(k+1):
		k += 2 // "(On) March 3 officials"
	}
	if k == s.Start || lexicon.TimeWords.Has(d.word(k)) || !(d.nounish(k) || d.nameTok(k) || d.tags[k] == postag.DT || d.tags[k] == postag.PRPS || d.tags[k] == postag.RB) {
		return // "Monday night's results", "Tuesday at Baldwin Wallace University, ..."
	}
	for j := k; j < s.End; j++ {
		if d.nounish(j) {
			a.Source[0].Start = k
			return
		}
	}
}

// timeForContent gives back the clause before an inverted source as the
// content that the extractor took as the time word after the cue: "The
// plant will close in March, [the company's owner, Acme Holdings Ltd,]
// announced [today]".
func (d *doc) timeForContent(a *Attribution) {
	s, cue := a.Source[0], a.Cue[0]
	if len(a.Content) != 1 || a.Content[0].Len() != 1 || a.Content[0].Start != cue.End || !lexicon.TimeWords.Has(d.low[cue.End]) {
		return
	}
	comma := s.Start - 1
	if s.End != cue.Start && !(s.End == cue.Start-1 && d.text(s.End) == ",") || comma < 0 || d.text(comma) != "," {
		return
	}
	sen := d.sentence(cue.Start)
	content := segment.Range{Start: d.clauseStart(sen, comma), End: comma}
	if !d.clausal(content) || d.sentence(comma) != sen {
		return
	}
	a.Content[0] = content
}

// expectedToAct reads "X is expected to report within 30 days" as what
// is expected, with no source, where the extractor took "is expected to
// report" for a cue, X for its source and the phrase of time for what X
// said: the cue is "is expected", the content X and the rest.
func (d *doc) expectedToAct(a *Attribution) {
	if len(a.Content) != 1 || len(a.Cue) != 1 {
		return
	}
	s, cue, c := a.Source[0], a.Cue[0], a.Content[0]
	x := -1
	for k := cue.Start; k+2 < cue.End; k++ {
		if d.low[k] == "expected" && d.low[k+1] == "to" {
			x = k
		}
	}
	if x < 0 || s.End > cue.Start || c.Start != cue.End || c.Start+1 >= c.End || d.tags[c.Start] != postag.IN {
		return
	}
	if d.low[c.Start] != "within" && !d.deadlineStart(c.Start+1) || d.hasVerb(c) {
		return // "is expected to announce on Wednesday that ...": what X will say
	}
	a.Cue[0].End = x + 1
	a.Content = []segment.Range{s, {Start: x + 1, End: c.End}}
	a.Source = nil
}

// subjectBeforeComma finds the subject at the end of the clause that
// runs from lo to the comma at comma, in "CONTENT, SUBJECT(, APPOSITION),
// announced yesterday": the tail after one of the clause's commas, as far
// back as no finite verb or quotation comes, that holds a noun and opens
// on no preposition or conjunction ("Toll rates will rise from Jan 1,
// [the highway's concessionaire, Lebuhraya Cahaya Bhd (LCB)], announced
// yesterday"); -1 if there is none.
func (d *doc) subjectBeforeComma(lo, comma int) int {
	subject, noun := -1, false
	for k := comma - 1; k > lo+1 && comma-k <= 15; k-- {
		if d.hasVerb(segment.Range{Start: k, End: comma}) || d.seg.QuoteDepth[k] > 0 {
			break
		}
		noun = noun || d.nounish(k) && d.tags[k] != postag.CD
		if noun && d.text(k-1) == "," && d.tags[k] != postag.IN && d.tags[k] != postag.TO && d.tags[k] != postag.CC {
			subject = k
		}
	}
	return subject
}

// pastFrontedPlace starts after its comma a source that the extractor
// began at the object of a fronted phrase of place or time: "In [Kuala
// Lumpur, Minister ... Datuk Mustapha Rahman], when contacted, said",
// "Addressing a press conference at [the Lahore Press Club, board
// member Maulana Azhari] said". A preposition of place or time opens
// no subject; what follows the comma, a phrase that holds a name and
// runs to the source's end, is the subject.
func (d *doc) pastFrontedPlace(a *Attribution) {
	s := a.Source[0]
	k := s.Start - 1
	if k > 0 && d.tags[k] == postag.DT {
		k-- // "at [the Lahore Press Club, ...]" where the extractor left the article out
	}
	if k < 0 || d.tags[k] != postag.IN || !frontingPreposition(d.low[k]) || s.End > a.Cue[0].Start {
		return
	}
	comma := -1
	for j := s.Start + 1; j < s.End; j++ {
		if d.text(j) == "," {
			comma = j
			break
		}
	}
	if comma < 0 || comma+1 >= s.End {
		return
	}
	name := false
	for j := comma + 1; j < s.End; j++ {
		if t := d.tags[j]; d.text(j) == "," || postag.IsVerb(t) || t == postag.MD || t == postag.WDT || t == postag.WP || t == postag.CC {
			return // an apposition after the object, a clause, or a list ("at Ford, General Motors and Stellantis"): not one phrase
		}
		name = name || d.nameTok(j)
	}
	if name {
		a.Source[0].Start = comma + 1
	}
}

// frontingPreposition opens a phrase of place or time before a clause's
// subject.
func frontingPreposition(w string) bool {
	switch w {
	case "in", "at", "on", "near", "outside", "inside", "during", "after", "before":
		return true
	}
	return false
}

// nameToParticle runs a source that the extractor ended inside a name,
// before the name's particle, on to the name's end: "[A spokesman for
// the UN mission, Sidi Mohamed] ould Cheikh, said".
func (d *doc) nameToParticle(a *Attribution) {
	s := &a.Source[len(a.Source)-1]
	e := s.End
	for e < d.n && d.particle(e) && !d.inCue[e] && !inside(e, a.Content) {
		e++
		for e < d.n && d.nameTok(e) && !d.inCue[e] && !inside(e, a.Content) {
			e++
		}
	}
	s.End = e
}

// afterContentComma runs an inverted source that the extractor began
// inside a name back to the comma that closes the content before it,
// over the source's own apposition, which the extractor gave the
// content: "Mackerel stocks are shifting north, [Dr Aoife Brennan, a
// fisheries scientist at the] Atlantic Ocean Research Centre (AORC) in
// Oranmore, has said". The words moved hold no verb, quotation or cue,
// and a name opens them.
func (d *doc) afterContentComma(a *Attribution) {
	s := &a.Source[0]
	if len(a.Content) == 0 || len(a.Cue) == 0 || a.Cue[0].Start < s.End || s.Start == 0 || !d.nameTok(s.Start) || !d.nameTok(s.Start-1) {
		return
	}
	i := len(a.Content) - 1
	c := &a.Content[i]
	if c.End != s.Start || c.Start >= s.Start {
		return
	}
	comma := -1
	for k := s.Start - 1; k > c.Start; k-- {
		if postag.IsVerb(d.tags[k]) && d.tags[k] != postag.VBN || d.seg.Tokens[k].Kind == segment.Quote || d.inCue[k] || d.seg.SentenceOf[k] != d.seg.SentenceOf[s.Start] {
			break
		}
		if d.text(k) == "," && d.nameTok(k+1) {
			comma = k // the nearest: "north to Galway, Mayo and Donegal, [Dr Aoife Brennan of the] Atlantic ..."
			break
		}
	}
	if comma < 0 {
		return
	}
	s.Start, c.End = comma+1, comma
}

// bracketedHonorific runs a source that the extractor began inside a
// bracketed honorific back over the bracket and the titles before it:
// "Dr ([Mrs) Funmilayo Akande] said", "Chief ([Dr) Babatunde ...]".
func (d *doc) bracketedHonorific(a *Attribution) (segment.Range, bool) {
	s := &a.Source[0]
	k := s.Start - 1
	if k < 1 || d.text(k) != "(" || s.Start+1 >= s.End || d.text(s.Start+1) != ")" || !(d.capitalized(s.Start) && d.titleWord(s.Start)) {
		return segment.Range{}, false
	}
	start := k
	for start-1 >= 0 && d.capitalized(start-1) && d.titleWord(start-1) && !d.inCue[start-1] && !inside(start-1, a.Content) && d.seg.SentenceOf[start-1] == d.seg.SentenceOf[k] {
		start--
	}
	if start == k {
		return segment.Range{}, false
	}
	absorbed := segment.Range{Start: start, End: s.Start}
	s.Start = start
	return absorbed, true
}

// nameFromStart runs a source that the extractor began inside a body's
// or a place's name back to the name's first word, and its article: "The
// Marine Products [Exporters' Federation (MPEF)] estimated", "Offaly
// [County Council] said"; not in a headline, whose capitals are no names
// ("While Clinton ...").
func (d *doc) nameFromStart(a *Attribution) {
	s := &a.Source[0]
	sen := d.sentence(s.Start)
	nameWord := func(k int) bool { return d.nameTok(k) || d.pluralPossessive(k) || d.particle(k) }
	inName := func(k int) bool {
		if k == sen.Start || d.isPunct(k-1) {
			// A capital where any word takes one is a name's only if
			// tagged one or never written in lower case: "Offaly", not
			// "Here's Clinton", "- More from the report".
			return d.nameTok(k) && (postag.IsProperNoun(d.tags[k]) || !d.lowered[d.low[k]])
		}
		return nameWord(k)
	}
	k := s.Start - 1
	if k < sen.Start || !d.nameTok(s.Start) || !inName(k) || d.headline[d.seg.SentenceOf[k]] || d.titleCase(sen) {
		return
	}
	// Only a body's or a place's name, whose last word says so: a
	// person's is whole where the extractor began it ("In March
	// Kowalski said", "Reportedly Smith said").
	last := s.Start
	for last+1 < s.End && nameWord(last+1) {
		last++
	}
	if w := d.word(last); !lexicon.OrgNouns.Has(w) && !lexicon.OrgDesignators.Has(w) && !lexicon.PlaceHeads.Has(w) {
		return
	}
	start := s.Start
	for ; k >= sen.Start && inName(k) && !d.inCue[k] && !inside(k, a.Content); k-- {
		if w := d.word(k); lexicon.Months.Has(w) || lexicon.Weekdays.Has(w) {
			break
		}
		start = k
	}
	if start > sen.Start && d.low[start-1] == "the" && !d.inCue[start-1] && !inside(start-1, a.Content) {
		start--
	}
	s.Start = start
}

// relativeAfterSource gives the source of "according to" the content
// the extractor found in a relative clause after it: "The vote was
// unanimous, according to [chairman Geoff Kowalski], who [bankrolled the
// club's return]": what the clause says of the source describes it, no
// part of what the source said. (After other cues, "said Ms. Gil, whose
// family ...", PolNeAR train moved both ways: not taken.)
func (d *doc) relativeAfterSource(a *Attribution) {
	s := a.Source[0]
	k := s.End
	if len(a.Cue) == 0 || a.Cue[0].End > s.Start || d.low[a.Cue[0].Start] != "according" || !d.relativeAfterComma(k) || d.sentence(k) != d.sentence(s.Start) {
		return
	}
	kept, end := a.Content[:0:0], s.End
	for _, r := range a.Content {
		if r.Start <= k || d.sentence(r.Start) != d.sentence(k) || d.seg.QuoteDepth[r.Start] > 0 {
			kept = append(kept, r) // not a resumed quotation, nor what follows the sentence
		} else {
			end = max(end, min(r.End, d.trimPunct(k, d.sentence(k).End)))
		}
	}
	if len(kept) > 0 && len(kept) < len(a.Content) {
		// The clause describes the source, whose span PolNeAR runs on
		// through it ("Ms. Gil, whose family moved to Washington Heights
		// in 2009 ...").
		a.Content = kept
		a.Source[0].End = end
	}
}

// apposToCue runs a name's source on through the apposition after it
// that the extractor took for content, to the comma before the cue:
// "[Vikram Sethi,] the director of the admissions consultancy EduPath
// Careers, said". The apposition is a noun phrase with no verb, quotation
// or cue in it; content must be left after it.
func (d *doc) apposToCue(a *Attribution) {
	s, c := a.Source[0], a.Cue[0].Start
	if s.End >= c || c < 1 || d.text(c-1) != "," || d.sentence(s.Start) != d.sentence(c) {
		return
	}
	start, name := s.End, s.End-1
	if d.text(name) == "," {
		name--
	} else if d.text(start) == "," {
		start++
	} else {
		return
	}
	appos := segment.Range{Start: start, End: c - 1}
	if appos.Len() < 2 || name < s.Start || !d.nameTok(name) || !d.opensNounPhrase(appos.Start) {
		return
	}
	for k := appos.Start; k < appos.End; k++ {
		if d.inCue[k] || d.isPunct(k) || finite(d.tags[k]) || d.tags[k] == postag.MD {
			return
		}
	}
	kept, ok := contentOutside(a, appos)
	if !ok || len(kept) == 0 || len(kept) == len(a.Content) {
		return // content that runs out of the apposition, or none taken from it
	}
	a.Content = kept
	a.Source[0].End = appos.End
}

// contentOutside is a's content without the pieces inside r, which a
// source is to take over; false when a piece runs out of r.
func contentOutside(a *Attribution, r segment.Range) ([]segment.Range, bool) {
	kept := a.Content[:0:0]
	for _, p := range a.Content {
		switch {
		case r.Start <= p.Start && p.End <= r.End:
		case p.Start < r.End && r.Start < p.End:
			return nil, false
		default:
			kept = append(kept, p)
		}
	}
	return kept, true
}

// relativeAfterComma: token k is a comma and a relative pronoun of
// persons or things follows it (", who", ", whose", ", which").
func (d *doc) relativeAfterComma(k int) bool {
	if k < 0 || k+1 >= d.n || d.text(k) != "," {
		return false
	}
	w := d.low[k+1]
	return w == "who" || w == "whose" || w == "which"
}

// relativeToCue runs a source the extractor cut inside its relative
// clause, or just before it, on to the comma that closes the clause
// before the cue: "[One official, who spoke] on condition of anonymity
// because he was not authorised to speak, said", "[A spokesman for Metro
// Transit,] which will run the depot, said". A piece of content inside
// the clause goes.
func (d *doc) relativeToCue(a *Attribution) {
	s, c := a.Source[0], a.Cue[0].Start
	if s.End >= c || d.text(c-1) != "," || d.sentence(s.Start) != d.sentence(c) {
		return
	}
	rel := false
	for k := s.Start + 1; k <= s.End && k < c; k++ {
		if d.relativeAfterComma(k - 1) {
			rel = true
		}
	}
	if !rel {
		return
	}
	clause := segment.Range{Start: s.End, End: c - 1}
	for k := clause.Start; k < clause.End; k++ {
		if d.inCue[k] || d.seg.Tokens[k].Kind == segment.Quote {
			return
		}
	}
	kept, ok := contentOutside(a, clause)
	if !ok || len(kept) == 0 {
		return // content that runs out of the clause
	}
	a.Content = kept
	a.Source[0].End = clause.End
}
