package resolve

import (
	"slices"
	"strings"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// fillSources gives a cue the extractor left without a source the noun
// phrase right before it, when that is its subject: "..., an Iranian
// source with knowledge of the meeting purportedly told Reuters".
func (d *doc) fillSources() {
	defer d.longSubjects()
	for i := range d.atts {
		a := &d.atts[i]
		c := a.Cue[0].Start
		sen := d.sentence(c)
		if d.invertedSubject(a, sen) || d.relativeObject(a, sen) || len(a.Source) > 0 || d.finalSubject(a, sen) {
			continue
		}
		if r := d.colonHeadline(c); r != nil && a.Cue[0].Len() == 1 {
			// 'Husband of sepsis victim: "Siobhán was left on a trolley"':
			// the headline's colon the extractor found with no speaker.
			a.Source, a.Content = r.Source, r.Content
			continue
		}
		v := c
		for v < a.Cue[0].End && postag.IsAdverb(d.tags[v]) {
			v++
		}
		if v+1 < a.Cue[0].End && v == c && !lexicon.FiniteCues.Has(d.low[v]) && finite(d.tags[v+1]) && lexicon.FiniteCues.Has(d.low[v+1]) {
			v++ // "who were in the covered [stand told]": the word ends the clause before the verb
		}
		perfect := v+1 < a.Cue[0].End && v == c && haveForm(d.low[v]) && lexicon.FiniteCues.Has(d.low[v+1])
		if !perfect && (v >= a.Cue[0].End || !lexicon.FiniteCues.Has(d.low[v]) || !finite(d.tags[v]) && d.tags[v] != postag.NNS) {
			continue // the tagger may read "warns" as a plural noun; "has denied" is a perfect's
		}
		if v > c && !postag.IsAdverb(d.tags[c]) {
			a.Cue[0].Start, c = v, v
		}
		j := c - 1
		if s, ok := d.restrictiveSubject(j, sen); ok {
			// "A state transportation engineer who was not authorized to
			// speak publicly said": the subject and its relative clause.
			a.Source = []segment.Range{{Start: s, End: j + 1}}
			continue
		}
		if j >= sen.Start && d.text(j) == "," {
			if d.relativeSubject(a, j, sen) {
				continue
			}
			if s := d.apposedSubject(j, sen); s >= 0 && d.dropOverlap(a, segment.Range{Start: s, End: j}) {
				// "The inquiry's chair, retired sheriff principal Morag
				// Haldane, told": the subject and its apposition.
				a.Source = []segment.Range{{Start: s, End: j}}
				continue
			}
			// "Trump, speaking to a veterans group in Virginia, said":
			// the subject stands before the phrase set off by commas.
			j = d.beforeAside(j, sen)
		}
		if j < sen.Start || !d.nounish(j) || d.inCue[j] {
			continue
		}
		// The extractor may have run a quotation's content on into the
		// subject: '"...," an official told': the quotation ends it.
		absorbed := -1
		for k, r := range a.Content {
			if r.Start <= j && j < r.End {
				absorbed = k
			}
		}
		if d.tags[j] == postag.PRP && !lexicon.SubjectPronouns.Has(d.low[j]) {
			continue
		}
		start := d.npLeft(j, sen.Start)
		if d.tags[j] == postag.PRP {
			start = j
		}
		if start > j || !(start == sen.Start || d.isPunct(start-1)) {
			continue
		}
		if absorbed >= 0 && a.Content[absorbed] == (segment.Range{Start: start, End: j + 1}) && len(a.Content) > 1 && a.Content[len(a.Content)-1].Start > c {
			// "Singapore, however, has denied that ...": the extractor
			// took the subject alone for a piece of the content it reports.
			a.Content = slices.Delete(a.Content, absorbed, absorbed+1)
			a.Source = []segment.Range{{Start: start, End: j + 1}}
			continue
		}
		if absorbed >= 0 {
			r := a.Content[absorbed]
			q := start - 1
			if r.End != j+1 && r.End != c || q <= r.Start || !(d.seg.Tokens[q].Kind == segment.Quote ||
				d.text(q) == "," && d.seg.Tokens[q-1].Kind == segment.Quote) {
				continue
			}
			a.Content[absorbed].End = start
		}
		a.Source = []segment.Range{{Start: start, End: j + 1}}
	}
}

// longSubjects gives the cues fillSources left without a source the
// long subject that opens their sentence (longSubject), when the cue is
// a finite reporting verb.
func (d *doc) longSubjects() {
	for i := range d.atts {
		a := &d.atts[i]
		if len(a.Source) > 0 || len(a.Cue) != 1 {
			continue
		}
		v := a.Cue[0].Start
		for v < a.Cue[0].End && (postag.IsAdverb(d.tags[v]) || haveForm(d.low[v])) {
			v++
		}
		if v >= a.Cue[0].End || !lexicon.FiniteCues.Has(d.low[v]) || v+1 != a.Cue[0].End {
			continue // not a passive's "is said to be", nor "said to be"
		}
		d.longSubject(a, d.sentence(a.Cue[0].Start))
	}
}

// longSubject gives a cue left without a source, a reporting verb, the
// subject that opens its sentence and runs to it, however long, when
// every verb before the cue is in a clause a relative pronoun or a
// conjunction opens within its comma group: "[One senior England player,
// speaking on condition of anonymity because squad members have been
// told not to discuss selection,] said", "[A Lismore grandmother whose
// home was swamped in February] says". Content the extractor took from
// the subject goes; some must be left after the cue. It reports whether
// it gave a source.
func (d *doc) longSubject(a *Attribution, sen segment.Range) bool {
	c := a.Cue[0].Start
	s := d.afterTimeOpening(d.clauseStart(sen, c), c)
	if d.inTitle(c) || c-s < 3 || c-s > 60 || !d.opensNounPhrase(s) || finite(d.tags[s]) || d.tags[s] == postag.IN || d.inCue[s] {
		return false
	}
	opened := false // a clause opener since the last comma
	for k := s; k < c; k++ {
		switch {
		case d.inCue[k] && !opened:
			return false // but a relative's own cue: "Morgan-Rees, who once called the trattoria \"the best-kept secret\", said"
		case d.text(k) == "," || d.text(k) == "(" || d.text(k) == ")":
			opened = false
		case clauseOpener(d.low[k]) && k > s:
			opened = true
		case d.tags[k] == postag.VBD && k > s && (d.tags[k-1] == postag.NN || d.tags[k-1] == postag.NNS) && k+1 < c && d.tags[k+1] == postag.IN && strings.HasSuffix(d.low[k], "ed"):
			// a participle after its noun: "in a statement issued
			// through his firm"; not "The water rose in February and ..."
		case (finite(d.tags[k]) || d.tags[k] == postag.MD || d.tags[k] == postag.TO && k+1 < c && d.tags[k+1] == postag.VB) && !opened && d.seg.QuoteDepth[k] == 0:
			return false // a verb of the sentence's own, or an infinitive's ("only to find said civilisation had issues")
		case d.text(k) == ";" || d.text(k) == ":" || d.text(k) == "—":
			return false
		}
	}
	if opened && (d.low[c-1] == "but" || d.low[c-1] == "and") {
		return false // the relative clause's own second verb: "a news conference, in which he laid out the record but said"
	}
	for k := c - 1; k > s && d.text(k) != ","; k-- {
		if d.tags[k] == postag.PRP || lexicon.Pronouns.Has(withoutPossessive(d.low[k])) {
			return false // a pronoun is the subject after the comma: "Ever since Sanders announced his candidacy, he's said"
		}
	}
	end := c
	if d.text(c-1) == "," {
		end = c - 1
	}
	src := segment.Range{Start: s, End: end}
	kept, ok := contentOutside(a, segment.Range{Start: s, End: c})
	if !ok || len(kept) == 0 || kept[len(kept)-1].Start < c || !d.reportedClause(kept[len(kept)-1]) {
		return false
	}
	a.Content = kept
	a.Source = []segment.Range{src}
	return true
}

// reportedClause: the content r is a clause or a quotation, not the
// object of an act ("reported a profit of €6.1m", "announced a $20
// million upgrade").
func (d *doc) reportedClause(r segment.Range) bool {
	if d.low[r.Start] == "that" || d.seg.Tokens[r.Start].Kind == segment.Quote || d.seg.QuoteDepth[r.Start] > 0 {
		return true
	}
	for k := r.Start; k < r.End; k++ {
		if finite(d.tags[k]) {
			return true
		}
	}
	return false
}

// afterTimeOpening is where the subject opens after a phrase of time
// that opens the clause at s: one that ends in a comma before c ("Hours
// after the fire that gutted the market, a trader ... said", "Two days
// after the floods, ..."), or a time alone ("Last year a grandmother ...",
// "Two years ago"); else s.
func (d *doc) afterTimeOpening(s, c int) int {
	k := s
	for k < c && k < s+2 && (d.tags[k] == postag.DT || d.tags[k] == postag.CD || d.low[k] == "last" || d.low[k] == "next") {
		k++
	}
	if k >= c || !timeNoun(d.low[k]) {
		return s
	}
	k++
	if k < c && (d.low[k] == "after" || d.low[k] == "before" || d.low[k] == "since") {
		for j := k + 1; j < c; j++ {
			if d.text(j) == "," {
				return j + 1
			}
		}
		return s
	}
	if k < c && (d.low[k] == "ago" || d.low[k] == "later" || d.low[k] == "earlier") {
		k++
	}
	if k < c && d.text(k) == "," {
		return k + 1 // "Two years ago, a trader ..."
	}
	if k < c && (d.tags[k] == postag.DT || d.tags[k] == postag.PRPS || d.nameTok(k)) {
		return k // "Last year a grandmother ..."
	}
	return s // a time that modifies the subject: "The morning shift supervisor", "Year 12 students"
}

// timeNoun: w counts time ("hours", "the morning").
func timeNoun(w string) bool {
	switch w {
	case "hours", "hour", "days", "day", "weeks", "week", "months", "month", "years", "year", "minutes", "moments", "morning", "night", "evening", "afternoon", "shortly", "soon", "weeks'", "days'":
		return true
	}
	return false
}

// haveForm: w is a form of "have", the auxiliary of a perfect ("has
// denied").
func haveForm(w string) bool { return w == "has" || w == "have" || w == "had" }

// clauseOpener: w opens a clause inside a subject ("who", "whose",
// "which", "that", "because", "after" ...).
func clauseOpener(w string) bool {
	switch w {
	case "who", "whom", "whose", "which", "that", "because", "as", "since", "while", "after", "before", "when", "where", "if", "although", "though", "until":
		return true
	}
	return false
}

// finalSubject gives a cue that ends its sentence after a comma the
// office and name before it, which the extractor ran into the content:
// "Locusts have invaded farms in four states, [the Minister of
// Agriculture and Rural Development, Chief Emmanuel Adebayo-Ojo,] has
// said." The name is the comma group before the cue, all words of a name
// and forms of address; the office, one to three comma groups before it
// ("the Minister for Climate, Energy and the Environment"), opens with
// "the" or "its" and holds a title word, and no verb. The content ends at
// the comma before the office. It reports whether it gave a source.
func (d *doc) finalSubject(a *Attribution, sen segment.Range) bool {
	c, e := a.Cue[0].Start, a.Cue[len(a.Cue)-1].End
	if e+1 != sen.End || d.text(e) != "." || c-2 <= sen.Start || d.text(c-1) != "," || !d.nameTok(c-2) {
		return false
	}
	k1 := c - 2
	for k1 > sen.Start && d.text(k1) != "," {
		if !d.nameTok(k1) && !lexicon.Honorifics.Has(d.low[k1]) && !lexicon.NameParticles.Has(d.low[k1]) {
			return false
		}
		k1--
	}
	if d.text(k1) != "," {
		return false
	}
	office := segment.Range{}
	for groups, end := 0, k1; groups < 3 && office.Len() == 0; groups++ {
		k0 := end - 1
		for k0 > sen.Start && d.text(k0) != "," {
			if finite(d.tags[k0]) || d.tags[k0] == postag.MD || d.seg.QuoteDepth[k0] > 0 {
				return false
			}
			k0--
		}
		if d.text(k0) != "," || k0+1 >= end {
			return false
		}
		if w := d.low[k0+1]; w == "the" || w == "its" {
			for k := k0 + 2; k < end; k++ {
				if d.titleWord(k) {
					office = segment.Range{Start: k0 + 1, End: end}
					break
				}
			}
		}
		end = k0
	}
	if office.Len() == 0 {
		return false
	}
	kept := a.Content[:0:0]
	for _, r := range a.Content {
		if r.Start < office.Start-1 {
			kept = append(kept, segment.Range{Start: r.Start, End: min(r.End, office.Start-1)})
		}
	}
	if len(kept) == 0 {
		return false
	}
	a.Content = kept
	a.Source = []segment.Range{{Start: office.Start, End: c - 1}}
	return true
}

// invertedSubject gives the source of a cue that follows what was said
// and comes before its subject, the noun phrase the extractor took for
// content: '"It was great," said [the teenager].', 'The team will fight
// on, said [the coach].' The cue must be a finite verb right after a
// closing quotation mark or a comma, and the phrase must end the
// sentence or stop at a comma ("said the coach, who ..."). A quotation
// the extractor left out of the content becomes the content.
func (d *doc) invertedSubject(a *Attribution, sen segment.Range) bool {
	if len(a.Cue) != 1 || a.Cue[0].Len() != 1 {
		return false
	}
	c, s := a.Cue[0].Start, a.Cue[0].End
	q := c - 1
	if q <= sen.Start || s >= sen.End || !finite(d.tags[c]) {
		return false
	}
	// After a quotation any verb of speech will do ("asked", "shouted");
	// after a comma only a reporting verb, not "..., has endorsed X".
	quoted := d.seg.Tokens[q].Kind == segment.Quote && d.seg.QuoteDepth[q-1] > 0
	headline := d.inTitle(c) && (lexicon.HeadlineCues.Has(d.low[c]) || d.low[c] == "vows" || d.low[c] == "vow")
	if !quoted && (d.text(q) != "," || !lexicon.FiniteCues.Has(d.low[c]) && !headline) {
		return false // but a headline's "..., say police", "..., vows police chief"
	}
	e := d.npRight(s, sen.End)
	relative := func(k int) bool { return k < sen.End && (d.low[k] == "who" || d.low[k] == "whose") }
	if e > s && e+1 < sen.End && d.tags[e] == postag.IN && d.low[e] != "that" {
		if f := d.npRight(e+1, sen.End); f > e+1 && relative(f) {
			e = f // "a tugboat hand at Pasir Panjang who ..."
		}
	}
	if e > s && relative(e) {
		// "said a tugboat hand who helped to separate the two ships.":
		// the subject's relative clause runs to the comma or the end.
		for e < sen.End && !d.isPunct(e) && d.seg.QuoteDepth[e] == d.seg.QuoteDepth[s] {
			e++
		}
	}
	if e == s || d.tags[s] == postag.PRP || !(e == sen.End || e < sen.End && d.isPunct(e) && d.text(e) != "-") {
		return false
	}
	var clause []segment.Range
	if len(a.Source) > 0 {
		// The extractor may have swapped the roles: "[The plant will
		// close in May,] said [a company spokeswoman]". A source that is a
		// clause ending at the comma is the content.
		r := a.Source[0]
		if len(a.Source) != 1 || r.End < q || r.End > c || !d.opensClause(r) {
			return false
		}
		if d.text(r.End-1) == "," {
			r.End--
		}
		clause = []segment.Range{r}
	}
	piece, before := -1, len(clause) > 0
	for k, r := range a.Content {
		switch {
		case r.Start == s && r.End <= sen.End:
			piece = k
		case r.End == c || r.End == q:
			before = true
		}
	}
	if piece < 0 {
		if before && len(a.Source) == 0 {
			// "Heat deaths undercounted by half, says study": the content
			// found before the cue, its subject after it, which the
			// extractor left out.
			a.Source = []segment.Range{{Start: s, End: e}}
			return true
		}
		return false
	}
	said := clause
	if !before {
		r, ok := d.quotationClosedAt(q)
		switch lead := (segment.Range{Start: d.clauseStart(sen, q), End: q}); {
		case quoted && ok:
			said = []segment.Range{r}
		case !quoted && lead.Len() >= 3 && (d.hasVerb(lead) || d.inTitle(q)) && !d.loneSubordinate(lead) && d.relativeStart(q, sen) < 0 && d.speakerHead(e-1):
			// "Dog beach plan splits Mollymook, says mayor": the clause
			// before the comma, which the extractor left out.
			said = []segment.Range{lead}
		default:
			return false
		}
	}
	if e+1 < sen.End && d.text(e) == "," && (d.low[e+1] == "who" || d.low[e+1] == "whose") {
		// The relative clause describes the source, as the extractor
		// reads it when it finds the source itself.
		e = sen.End
		for e > s && d.isPunct(e-1) {
			e--
		}
	}
	rest := a.Content[piece]
	rest.Start = e
	for rest.Start < rest.End && d.text(rest.Start) == "," {
		rest.Start++
	}
	if d.wordCount(rest) > 0 {
		// The quotation resumed after the subject: '"...," said X, "and
		// ..."'.
		a.Content[piece] = rest
	} else {
		a.Content = slices.Delete(a.Content, piece, piece+1)
	}
	a.Content = append(said, a.Content...)
	a.Source = []segment.Range{{Start: s, End: e}}
	return true
}

// opensClause: range r has a finite verb before its first comma, outside
// quotation marks, so it is a clause ("The plant will close in May,"),
// not a noun phrase with a relative clause ("Dr Euan Macrae, who led the
// study,").
func (d *doc) opensClause(r segment.Range) bool {
	for k := r.Start; k < r.End && d.text(k) != ","; k++ {
		if finite(d.tags[k]) && d.seg.QuoteDepth[k] == 0 {
			return true
		}
	}
	return false
}

// beforeAside returns the token before a phrase set off by commas that
// ends with the comma at j, a participial or prepositional phrase with no
// finite verb ("Trump, speaking to a veterans group in Virginia,"), or -1.
func (d *doc) beforeAside(j int, sen segment.Range) int {
	for k := j - 1; k > sen.Start && j-k <= 20; k-- {
		if k-2 >= sen.Start && d.text(k-1) == "," && d.tags[k] == postag.VBD && !d.capitalized(k) && lexicon.DocNouns.Has(d.word(k-2)) {
			return k - 2 // "The survey's mission statement, posted on ...,": a participle the tagger took for a past tense
		}
		if finite(d.tags[k]) || d.seg.QuoteDepth[k] > 0 {
			return -1
		}
		if d.text(k) != "," {
			continue
		}
		if o := k + 1; o < j && (d.tags[o] == postag.VBG || d.tags[o] == postag.IN || d.tags[o] == postag.VBN && lexicon.DocNouns.Has(d.word(k-1))) {
			return k - 1 // and a document's participle: "Their paper, published today in the journal ..., reports"
		}
		if o := k + 1; o+1 == j && postag.IsAdverb(d.tags[o]) {
			return k - 1 // one adverb: "Singapore, however, has denied"
		}
		return -1
	}
	return -1
}

// relativeSubject gives a cue after "NP, who ...," its subject with the
// relative clause, as PolNeAR marks such sources ("[An official at the
// county forestry office, who asked not to be named because he is not
// allowed to speak to journalists,] said ..."); a content piece that the
// extractor took from the clause goes. It reports whether it did.
func (d *doc) relativeSubject(a *Attribution, comma int, sen segment.Range) bool {
	start := d.relativeStart(comma, sen)
	if start < 0 {
		return false
	}
	src := segment.Range{Start: start, End: comma}
	if !d.dropOverlap(a, src) {
		return false
	}
	a.Source = []segment.Range{src}
	d.nameBeforeAge(a) // "Jimmy Gallacher, [71, who worked at the yard],"
	return true
}

// relativeObject moves a source the extractor took from inside a
// relative clause right before the cue to the clause's subject ("Food
// critic Faraz Ali Khan Niazi, who reviewed [Saffron & Salt in 2019],
// called"), as relativeSubject gives a cue with none. It reports
// whether it did.
func (d *doc) relativeObject(a *Attribution, sen segment.Range) bool {
	if len(a.Source) != 1 {
		return false
	}
	src, c := a.Source[0], a.Cue[0].Start
	j := c - 1
	if j <= src.Start || d.text(j) != "," || src.End < j || src.End > c {
		return false
	}
	v := src.Start - 1
	for v > sen.Start && postag.IsAdverb(d.tags[v]) {
		v--
	}
	if v-2 < sen.Start || !postag.IsVerb(d.tags[v]) || d.low[v-1] != "who" && d.low[v-1] != "which" || d.text(v-2) != "," {
		return false // the clause's verb opens it right after its pronoun
	}
	return d.relativeSubject(a, j, sen)
}

// relativeStart is the first token of a subject and its relative clause
// set off by commas that end with the comma at comma ("An official at
// the county forestry office, who asked not to be named ...,",
// "Harbourside Grocers, which stocks the muesli in 28 stores,"), or -1.
func (d *doc) relativeStart(comma int, sen segment.Range) int {
	np := -1
	for t := comma - 1; t > sen.Start && comma-t <= 30; t-- {
		if d.seg.QuoteDepth[t] > 0 || d.bp[t] {
			return -1
		}
		if d.relativeAfterComma(t) {
			np = t - 1
			break
		}
	}
	if np < sen.Start || !(d.nounish(np) || ageWord(d.word(np))) || d.inCue[np] {
		return -1 // a noun or an age ("The 58-year-old, who has fought fires ...")
	}
	start := d.npLeft(np, sen.Start) // with its post-modifiers: "An official [at the county forestry office]"
	if start > sen.Start && start <= np && !d.isPunct(start-1) {
		// "A source close to the case": a modifier the chunker leaves
		// out; the subject opens the sentence all the same when nothing
		// before the relative clause is a verb.
		if s := d.clauseStart(sen, np); d.opensNounPhrase(s) && !d.hasVerb(segment.Range{Start: s, End: np + 1}) {
			start = s
		}
	}
	if start > np || start > sen.Start && !d.isPunct(start-1) {
		return -1
	}
	return start
}

// restrictiveSubject: the clause of sentence sen up to token j is a
// subject noun phrase and a relative clause with no commas ("Two
// supporters who were in the covered stand", "A state transportation
// engineer who was not authorized to speak publicly"): a noun phrase
// with no verb from the clause's start, "who", and no comma, quotation
// mark or other relative pronoun after it. start is the subject's first
// token.
func (d *doc) restrictiveSubject(j int, sen segment.Range) (start int, ok bool) {
	s := d.clauseStart(sen, j)
	if j <= s || j-s > 30 || !d.opensNounPhrase(s) {
		return 0, false
	}
	who := -1
	for r := s + 1; r <= j; r++ {
		switch {
		case d.text(r) == "," || d.text(r) == ";" || d.seg.Tokens[r].Kind == segment.Quote || d.seg.QuoteDepth[r] > 0:
			return 0, false
		case d.low[r] == "who" && d.tags[r] == postag.WP:
			if who >= 0 {
				return 0, false
			}
			who = r
		}
	}
	if who < 0 || who == j || !d.nounish(who-1) || d.hasVerb(segment.Range{Start: s, End: who}) {
		return 0, false
	}
	return s, true
}

// opensNounPhrase: token k can open a noun phrase: a determiner, a
// possessive, a number, an adjective, a participle or a noun.
func (d *doc) opensNounPhrase(k int) bool {
	t := d.tags[k]
	return d.nounish(k) || d.nameTok(k) || t == postag.DT || t == postag.PRPS || t == postag.CD || postag.IsAdjective(t) ||
		t == postag.VBN && !d.capitalized(k) // "retired sheriff principal Morag Haldane"
}

// speakerHead: token k can head a speaker's noun phrase: a name, or a
// noun of a person, a title, a body or a document ("says mayor", "says
// study"; not "said nothing of the kind").
func (d *doc) speakerHead(k int) bool {
	w := d.word(k)
	return d.nameTok(k) || lexicon.PersonNoun(w) || lexicon.TitleWords.Has(w) || lexicon.OrgNouns.Has(w) || lexicon.DocNouns.Has(w) ||
		lexicon.ResearcherNouns.Has(w) || lexicon.CollectiveNouns.Has(w)
}

// dropOverlap takes from a's content the pieces that overlap src, a
// source the extractor read as content, and cuts a quotation that runs on
// into it at its closing mark; false when nothing would be left.
func (d *doc) dropOverlap(a *Attribution, src segment.Range) bool {
	kept := slices.Clone(a.Content)
	for k, r := range kept {
		// '"...," Mrs Dhillon, who ..., said': a quotation the extractor
		// ran on into the subject ends at its closing mark; not a scare
		// quote's, nor where another reports the saying ('..." Sanders
		// said, according to CNN': PolNeAR marks only CNN's).
		if q := src.Start - 1; r.Start < q && r.End > q && d.seg.Tokens[q].Kind == segment.Quote && !d.reportedOn(a.Cue[0].End) {
			if qt, ok := d.quotationClosedAt(q); ok && qt.Start == r.Start && d.wordCount(qt) >= 4 {
				kept[k].End = src.Start
			}
		}
	}
	kept = slices.DeleteFunc(kept, func(r segment.Range) bool { return r.Start < src.End && src.Start < r.End })
	if len(kept) == 0 {
		return false
	}
	a.Content = kept
	return true
}

// reportedOn: the rest of the sentence from token k goes on to who
// reported the saying (", according to CNN", "in his book, according to
// the Times", ", quoting an official").
func (d *doc) reportedOn(k int) bool {
	if k >= d.n {
		return false // the cue ends the text
	}
	for end := d.sentence(k).End; k+1 < end; k++ {
		if d.text(k) == "," && (d.low[k+1] == "according" || d.low[k+1] == "quoting") {
			return true
		}
	}
	return false
}

// nameBeforeAge runs a subject that begins at a person's age back to the
// name the age follows: "Retired teacher Chong Mei Ling, [58,
// who joined the trial in 2004], said".
func (d *doc) nameBeforeAge(a *Attribution) {
	s := &a.Source[0]
	k := s.Start
	sen := d.sentence(k)
	if k-2 < sen.Start || d.tags[k] != postag.CD || k+1 >= s.End || d.text(k+1) != "," || d.text(k-1) != "," || !d.nameTok(k-2) {
		return
	}
	start := d.npLeft(k-2, sen.Start)
	for j := start; j < k; j++ {
		if d.inCue[j] || inside(j, a.Content) {
			return
		}
	}
	s.Start = start
}
