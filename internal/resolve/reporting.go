package resolve

import (
	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

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
	// "was quoted by X as saying": X is the channel of a passive cue,
	// whose source is its subject; the extractor reads that cue.
	if start-1 >= sen.Start && d.low[start-1] == "by" {
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
	if as && start-1 >= sen.Start && lexicon.CiteVerbs.Has(d.low[start-1]) {
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
	if a := d.invertedCue(i, cueStart, sen); a != nil {
		return a
	}
	apposed := -1
	if j > sen.Start && d.text(j) == "," {
		// "The Commissioner for Health, Dr Osagie Igbinedion, disclosed":
		// a subject and its apposition, both set off by commas.
		apposed = d.apposedSubject(j, sen)
		if apposed < 0 {
			apposed = d.relativeStart(j, sen) // "Miss Wiśniewska, who now works as ..., told"
		}
	}
	if apposed < 0 && (j < sen.Start || !(d.nounish(j) || d.text(j) == "]") || d.inCue[j]) {
		return nil
	}
	var start int
	if apposed >= 0 {
		start, j = apposed, j-1
	} else if d.tags[j] == postag.PRP {
		if !lexicon.SubjectPronouns.Has(d.low[j]) {
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
	// "CLAUSE, a charge officials denied.": the claim noun names the
	// clause, and the subject after it speaks.
	if r, ok := d.afterSpeechNoun(a.Source[0]); ok {
		if k := start - 1; k > sen.Start && d.text(k) == "," && d.tailOnly(i+1, sen) {
			s := d.clauseStart(sen, k)
			if k-s >= 3 && d.hasVerb(segment.Range{Start: s, End: k}) {
				a.Source[0] = r
				a.Content = []segment.Range{{Start: s, End: k}}
				return a
			}
		}
		return nil
	}
	// '"...," X, who ..., said.': the quotation before the subject,
	// perhaps begun in a sentence before, closes on its comma; not a
	// scare quote's, nor where another reports the saying (reportedOn).
	if k := start - 1; k > 0 && d.seg.Tokens[k].Kind == segment.Quote && d.text(k-1) == "," && d.tailOnly(i+1, sen) && !d.reportedOn(i+1) {
		if q, ok := d.quotationClosedAt(k); ok && d.wordCount(q) >= 4 {
			a.Content = []segment.Range{q}
			return a
		}
		return nil
	}
	// "..., X said (on Thursday)."
	if k := start - 1; k > sen.Start && d.text(k) == "," && d.tailOnly(i+1, sen) {
		e := d.trimPunct(sen.Start, k)
		s := sen.Start
		if e-s >= 3 && !d.loneSubordinate(segment.Range{Start: s, End: e}) {
			a.Content = []segment.Range{{Start: s, End: e}}
			return a
		}
		return nil
	}
	if apposed < 0 && start > sen.Start && !d.isPunct(start-1) && !lexicon.Subordinators.Has(d.low[start-1]) && d.low[start-1] != "and" && d.low[start-1] != "but" {
		// "A source close to the couple told": a noun phrase with its
		// prepositional phrases from the sentence's start, no verb in it.
		s := d.clauseStart(sen, start)
		if !d.opensNounPhrase(s) || j+1-s > 12 || d.hasVerb(segment.Range{Start: s, End: j + 1}) || !lexicon.NPPrepositions.Has(d.low[start-1]) && !d.allNames(s, start) {
			return nil // the noun phrase is the object of something before it
		}
		a.Source[0].Start = s
	}
	// "X disclosed this at a briefing, adding that ...": a demonstrative
	// alone refers back to what was said.
	if k := i + 1; k+1 < sen.End && d.demonstrativeContent(k) {
		a.Content = []segment.Range{{Start: k, End: k + 1}}
		return a
	}
	// "X told Y (that) ...": skip the object, and a short phrase before "that".
	k := i + 1
	if d.low[i] == "told" || d.low[i] == "tells" {
		k = d.npRight(k, sen.End)
		if k == i+1 {
			return nil
		}
	}
	k = d.pastTimePhrase(k)
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
	if content.Len() < 3 || !d.hasVerb(content) && !(d.low[content.Start] == "that" && d.anyVerb(content)) {
		return nil // "that" opens a clause even when the tagger took its verb for a participle ("that Ashcombe proposed")
	}
	a.Content = []segment.Range{content}
	return a
}

// allNames: the tokens from s to e are words of a name or a title
// written in capitals ("Interior Minister Gonzalo Ibarra Quiroga", whose
// first word the tagger may take for an adverb).
func (d *doc) allNames(s, e int) bool {
	for k := s; k < e; k++ {
		if !d.nameTok(k) {
			return false
		}
	}
	return s < e
}

// apposedSubject is the first token of a subject and its apposition that
// open the clause and end with the comma at j ("The Commissioner for
// Health, Dr Osagie Igbinedion,"): two noun phrases with no verb, one
// comma between them; -1 otherwise.
func (d *doc) apposedSubject(j int, sen segment.Range) int {
	s := d.clauseStart(sen, j)
	for k := j - 1; k > s+1; k-- {
		if d.coordinatedClause(k + 1) {
			s = k + 1 // "..., and its state secretary, Ante Vuković, accused"
			break
		}
	}
	if j-s < 3 || j-s > 25 || !d.opensNounPhrase(s) || !d.nounish(j-1) {
		return -1
	}
	comma := -1
	for k := s + 1; k < j; k++ {
		switch {
		case finite(d.tags[k]) && !(comma >= 0 && k == comma+1 && d.tags[k] == postag.VBD && !d.capitalized(k)):
			return -1 // a verb, but for "retired" opening the apposition: "The inquiry's chair, retired sheriff principal ..."
		case (d.seg.Tokens[k].Kind == segment.Quote || d.seg.QuoteDepth[k] > 0) && !d.nickname(k):
			return -1 // but Chukwuemeka "Spax" Obi
		case d.text(k) == ";" || d.text(k) == ":":
			return -1
		case d.text(k) == ",":
			if comma >= 0 {
				return -1
			}
			comma = k
		}
	}
	if comma < 0 || comma+1 >= j || !d.nounish(comma-1) || !d.opensNounPhrase(comma+1) && !(d.tags[comma+1] == postag.VBD && !d.capitalized(comma+1)) {
		return -1
	}
	return s
}

// pastTimePhrase is the token after a phrase of time that opens at k
// ("said Tuesday it will ...", "said on Monday ...", "told reporters last
// week ..."), or k; a day that owns what follows is one token and no
// phrase of time ("said Saturday's crowd was ...").
func (d *doc) pastTimePhrase(k int) int {
	if k+1 >= d.n {
		return k
	}
	switch w := d.low[k]; {
	case w == "on" && lexicon.Weekdays.Has(d.low[k+1]):
		return k + 2
	case lexicon.Weekdays.Has(w) || w == "yesterday" || w == "today":
		return k + 1
	case (w == "last" || w == "this") && lexicon.TimeWords.Has(d.low[k+1]):
		return k + 2
	}
	return k
}

// demonstrativeContent: token k is "this" or "these" standing alone as
// the object, no determiner of a noun after it ("disclosed this at a
// briefing", "denied this"; not "said this week").
func (d *doc) demonstrativeContent(k int) bool {
	if w := d.low[k]; w != "this" && w != "these" {
		return false
	}
	next := k + 1
	return next >= d.n || d.isPunct(next) || d.tags[next] == postag.IN || d.tags[next] == postag.TO || postag.IsAdverb(d.tags[next])
}

// tailOnly: from token k to the end of the sentence, or to a comma that
// opens an adjunct clause ("..., X said Friday, as they ...", "...,
// adding ..."), there is at most a short phrase of time or place.
func (d *doc) tailOnly(k int, sen segment.Range) bool {
	for t := k; t < sen.End; t++ {
		if d.text(t) == "," && t+1 < sen.End && (lexicon.Subordinators.Has(d.low[t+1]) || d.tags[t+1] == postag.VBG) {
			return true
		}
		if postag.IsVerb(d.tags[t]) || d.low[t] == "that" || t-k > 6 {
			return false
		}
	}
	return true
}

// clausal: r reads as a reported clause, three words or more with a
// finite verb and more than a subordinate clause alone: what a cue after
// its comma reports ("CLAUSE, X said").
func (d *doc) clausal(r segment.Range) bool {
	return r.Len() >= 3 && d.hasVerb(r) && !d.loneSubordinate(r)
}

// loneSubordinate: the range is one subordinate clause and no more ("But
// when Congress cut funding, Mexico said enough."): it opens, after a
// conjunction, with a subordinator and holds no comma after which a main
// clause could follow. Such a clause is no reported content.
func (d *doc) loneSubordinate(r segment.Range) bool {
	s := r.Start
	if s < r.End && (d.low[s] == "but" || d.low[s] == "and" || d.low[s] == "so") {
		s++
	}
	if s >= r.End || !lexicon.Subordinators.Has(d.low[s]) || d.low[s] == "that" {
		return false
	}
	for k := s; k < r.End; k++ {
		if d.text(k) == "," {
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
		end = min(end, int(d.quotes.end[s]))
	}
	// The first stop after s: a semicolon before end, or a comma with
	// its participle or cue before end.
	if t := d.clauseStops.after(s); t >= 0 && (t+1 < end || t < end && d.text(t) == ";") {
		end = t
	}
	for end > s && d.isPunct(end-1) && d.seg.Tokens[end-1].Kind != segment.Quote && !d.isBracket(end-1) {
		end--
	}
	return segment.Range{Start: s, End: end}
}

// anyVerb: the range holds a verb of any form.
func (d *doc) anyVerb(r segment.Range) bool {
	for k := r.Start; k < r.End; k++ {
		if postag.IsVerb(d.tags[k]) {
			return true
		}
	}
	return false
}

// hasVerb: the range holds a finite verb.
func (d *doc) hasVerb(r segment.Range) bool {
	return r.Start < r.End && d.finiteBefore[r.End] > d.finiteBefore[r.Start]
}

// invertedCue: "CLAUSE, said X(, who ...)." The cue follows the comma
// that ends the reported clause, and its subject follows it to the end
// of the sentence or to a relative or adjunct clause; the content runs
// from the sentence's start, after a dateline, to the comma.
func (d *doc) invertedCue(i, cueStart int, sen segment.Range) *Attribution {
	c := cueStart - 1
	if c <= sen.Start || d.text(c) != "," || d.low[i] == "told" || d.low[i] == "tells" {
		return nil
	}
	e := d.npRight(i+1, sen.End)
	if e == i+2 && lexicon.TimeWords.Has(d.low[i+1]) {
		if !d.tailOnly(e, sen) {
			return nil // "..., Acme Ltd, announced yesterday that ...": the subject before, the clause after (finiteCue)
		}
		return d.subjectBeforeCue(i, cueStart, sen)
	}
	headline := d.inTitle(i)
	if headline && e == i+1 && i+2 == sen.End && d.seg.Tokens[i+1].Kind == segment.Word {
		e = i + 2 // "..., says study": the tagger takes a headline's last word for a verb
	}
	// A headline may go on after the speaker with the news the words
	// come with: "'We will not be moved', says SRC leader as TMU shuts its
	// gates".
	linked := headline && e+1 < sen.End && headlineLink(d.low[e])
	if e == i+1 || d.tags[i+1] == postag.PRP || !d.tailOnly(e, sen) && !linked && !(e < sen.End && d.text(e) == "," && e+1 < sen.End && (d.low[e+1] == "who" || d.low[e+1] == "whose")) {
		return nil
	}
	content := segment.Range{Start: d.clauseStart(sen, c), End: c}
	if content.Len() < 3 || !d.hasVerb(content) && !headline || d.loneSubordinate(content) {
		return nil // a headline may drop its verbs: "Reef bleaching worst on record, says study"
	}
	return &Attribution{
		Source:  []segment.Range{{Start: i + 1, End: e}},
		Cue:     []segment.Range{{Start: cueStart, End: i + 1}},
		Content: []segment.Range{content},
	}
}

// headlineLink: a word by which a headline goes on from its speaker to
// the news the words come with ("..., says SRC leader as TMU shuts its
// gates", "... after ...", "... amid ...").
func headlineLink(w string) bool {
	switch w {
	case "as", "after", "amid", "while", "following", "ahead":
		return true
	}
	return false
}

// subjectBeforeCue: "CLAUSE, SUBJECT, announced yesterday", where
// invertedCue would take the time word for the subject; the subject is
// the clause's tail before the cue's comma (subjectBeforeComma).
func (d *doc) subjectBeforeCue(i, cueStart int, sen segment.Range) *Attribution {
	comma := cueStart - 1
	start := d.clauseStart(sen, comma)
	subject := d.subjectBeforeComma(start, comma)
	if subject < 0 {
		return nil
	}
	content := segment.Range{Start: start, End: subject - 1}
	if !d.clausal(content) {
		return nil
	}
	return &Attribution{
		Source:  []segment.Range{{Start: subject, End: comma}},
		Cue:     []segment.Range{{Start: cueStart, End: i + 1}},
		Content: []segment.Range{content},
	}
}

// clauseStart is the first token of sentence sen after its dateline (the
// page furniture at its start), not after end.
func (d *doc) clauseStart(sen segment.Range, end int) int {
	s := sen.Start
	for s < end && d.bp[s] {
		s++
	}
	return s
}
