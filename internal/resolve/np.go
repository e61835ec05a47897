package resolve

import (
	"strings"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// chunkTok: a token that can be part of a base noun phrase.
func (d *doc) chunkTok(i int) bool {
	if d.skipTok(i) {
		return true
	}
	switch t := d.tags[i]; {
	case postag.IsNoun(t), postag.IsAdjective(t):
		return d.seg.Tokens[i].Kind != segment.Punct && d.seg.Tokens[i].Kind != segment.Quote || d.innerHyphen(i)
	case t == postag.DT, t == postag.PDT, t == postag.CD, t == postag.PRPS, t == postag.POS:
		return true
	case t == postag.VBN || t == postag.VBG:
		// "the alleged overtures", "a leading economist"
		return i+1 < d.n && (postag.IsNoun(d.tags[i+1]) || postag.IsAdjective(d.tags[i+1]))
	}
	// "Deputy Works Minister": a portfolio the tagger took for a verb;
	// "Afrobeats singer Temitope Adeyinka": a role between a name and a
	// name, likewise; and a name in -ly the tagger took for an adverb
	// ("Offaly County Council")
	return d.text(i) == "-" || d.text(i) == "&" || (postag.IsVerb(d.tags[i]) || postag.IsAdverb(d.tags[i])) && d.capitalized(i) && d.nameTok(i) ||
		postag.IsVerb(d.tags[i]) && lexicon.TitleWords.Has(d.low[i]) && i > 0 && i+1 < d.n && d.capitalized(i-1) && d.nameTok(i+1)
}

// adverbModifier: token k is an adverb that modifies the next word, a
// modifier of a noun phrase's head ("the newly elected mayor", "Trump's
// newly installed campaign chief"), inside a phrase ending at e.
func (d *doc) adverbModifier(k, e int) bool {
	if k+2 >= e || !postag.IsAdverb(d.tags[k]) || d.tags[k] == postag.WRB || d.capitalized(k) || d.capitalized(k+1) {
		return false
	}
	switch t := d.tags[k+1]; {
	case postag.IsAdjective(t), t == postag.VBN, t == postag.VBD, t == postag.VBG:
	default:
		return false
	}
	return postag.IsNoun(d.tags[k+2]) || postag.IsAdjective(d.tags[k+2])
}

// innerHyphen: token i is a hyphen inside a word ("46-year-old"), with
// no space on either side.
func (d *doc) innerHyphen(i int) bool {
	ts := d.seg.Tokens
	return d.text(i) == "-" && i > 0 && i+1 < d.n && ts[i-1].End == ts[i].Start && ts[i].End == ts[i+1].Start
}

// npLeft returns the first token of the noun phrase that ends with token
// e (inclusive), with its post-modifiers ("officials familiar with the
// talks", "a report by Reuters"), not before token lo, and never into
// page furniture or the dateline.
func (d *doc) npLeft(e, lo int) int {
	start := e + 1
	for k := e; k >= lo && e-k < 30; k-- {
		switch {
		case d.chunkTok(k) && !lexicon.TimeWords.Has(d.low[k]) && !d.bp[k]:
			start = k
			continue
		case (lexicon.NPPrepositions.Has(d.low[k]) && (d.tags[k] == postag.IN || d.tags[k] == postag.TO)) && k-1 >= lo && d.chunkTok(k-1):
			continue
		case (d.low[k] == "and" || d.low[k] == "or") && k-1 >= lo && k+1 <= e &&
			postag.IsAdjective(d.tags[k-1]) && postag.IsAdjective(d.tags[k+1]):
			continue
		}
		break
	}
	return start
}

// portfolioList: the comma at k lists the fields of an office's
// portfolio after its "for" or "of" ("The Minister for Arts, Heritage
// and the Gaeltacht, Pádraig Ó Dálaigh"; listInName reads a body's, and
// an office of "State", the same way): a title word before the
// preposition, capitalized fields, and the list closing with "and" (and
// "the") and a capitalized word that is no first name.
func (d *doc) portfolioList(k int) bool {
	if k < 3 || k+1 >= d.n || !d.nameTok(k-1) {
		return false
	}
	o := d.wordBeforeFields(k, 4)
	return o >= 0 && lexicon.TitleWords.Has(d.word(o)) && d.capitalized(o) && d.fieldsCloseAt(k)
}

// npRight returns the end (exclusive) of the noun phrase that starts at
// token s, not after hi: an object such as "Reuters", "members of the
// [world powers]".
func (d *doc) npRight(s, hi int) int {
	end := s
	for k := s; k < hi && k-s < 20; k++ {
		switch {
		case d.chunkTok(k), d.tags[k] == postag.PRP && k == s:
			end = k + 1
			continue
		case d.low[k] == "of" && k+1 < hi && d.chunkTok(k+1) && end > s, end > s && k+1 < hi && d.orgJoin(k):
			continue // "members of the [world powers]", "the Tamale Centre for Tropical Medicine"
		}
		break
	}
	return end
}

// finite: a tag of a finite verb or a modal.
func finite(t uint8) bool {
	return t == postag.VBD || t == postag.VBZ || t == postag.VBP || t == postag.MD
}

// timeStart: token k opens a time adverbial that may follow a noun
// phrase ("the Office of the Auditor-General last year", "Smith
// yesterday").
func (d *doc) timeStart(k int) bool {
	if d.nameTok(k) {
		return false // "farmer Friday Alagoa"
	}
	switch d.low[k] {
	case "last", "next", "this":
		return k+1 < d.n && lexicon.TimeWords.Has(d.low[k+1])
	}
	return lexicon.TimeWords.Has(d.low[k])
}

// np is the analysis of a source noun phrase.
type np struct {
	span   segment.Range // the source, cleaned
	chunk  segment.Range // the base phrase that holds the head
	head   int           // the head token, or -1
	appos  segment.Range // an appositive, "Hugh Hill, a doctor"
	byObj  segment.Range // "a report by X": X
	define bool          // opens with a definite determiner or a possessive
}

// analyze finds the head of a source.
func (d *doc) analyze(src []segment.Range) np {
	h := hull(src)
	s, e := h.Start, h.End
	for s < e && d.isPunct(s) && !d.isBracket(s) {
		s++
	}
	for e > s && d.isPunct(e-1) && !d.isBracket(e-1) {
		e--
	}
	if s+3 < e && d.text(s+1) == "." && d.text(s+2) == "," && lexicon.StateAbbreviations.Has(d.low[s]) {
		s += 3 // "[Tex.,] Mr. Trump": the end of a place the source ran over
	}
	// A source that swallowed a clause: keep what follows its last verb
	// or subordinator ("Iran's reported approach came after Trump"), but
	// not in a relative clause of the source's own ("Ed Rendell, who
	// serves as chairman of ...").
	for k := e - 1; k > s; k-- {
		if lexicon.Subordinators.Has(d.low[k]) && d.tags[k] == postag.IN && k > s && finite(d.tags[k-1]) && !d.relativeBefore(s, k) {
			if k+1 < e {
				s = k + 1
			}
			break
		}
	}
	for s < e && (d.tags[s] == postag.IN || d.tags[s] == postag.CC) {
		s++
	}
	if s+1 < e && postag.IsAdverb(d.tags[s]) && lexicon.OpeningAdverbs.Has(d.low[s]) && d.nameTok(s+1) {
		s++ // "Even Rendell, a stalwart Clinton supporter,": an adverb before a name
	}
	a := np{span: segment.Range{Start: s, End: e}, head: -1}
	if s >= e {
		return a
	}
	k := s
	for k < e && !(k > s && d.tags[k] == postag.DT && postag.IsNoun(d.tags[k-1])) && !(k > s && d.timeStart(k)) && !(k > s && d.reducedRelative(k)) && (d.chunkTok(k) || d.tags[k] == postag.PRP || (d.tags[k] == postag.WP || d.tags[k] == postag.WPS) && k == s || d.orgJoin(k) || d.particle(k) ||
		(d.low[k] == "and" || d.low[k] == "or") && k > s && k+1 < e && postag.IsAdjective(d.tags[k-1]) && postag.IsAdjective(d.tags[k+1]) ||
		k > s && k+1 < e && d.titleJoin(k) ||
		k > s && d.adverbModifier(k, e) || k > s+1 && d.adverbModifier(k-1, e) ||
		// "Minister for Fisheries Brendan Ó Ceallaigh", but "the Minister
		// for Foreign Affairs, Niall Brosnan" is a description and its name.
		k > s && k+1 < e && d.tags[s] != postag.DT && d.officeJoin(k-1, k) && d.nameTok(k-1) && (d.nameTok(k+1) || d.low[k+1] == "the" && k+2 < e && d.nameTok(k+2)) ||
		k > s+1 && k+1 < e && d.tags[s] != postag.DT && d.low[k] == "the" && d.officeJoin(k-2, k-1) && d.nameTok(k-2) && d.nameTok(k+1) || // "Adviser on the Peace Process Maria Santos"
		k == s && k+1 < e && d.capitalized(k) && postag.IsVerb(d.tags[k]) && d.chunkTok(k+1) || // "Race/VB director Peter Ruto"
		k == s && k+1 < e && d.tags[k] == postag.VBD && !d.capitalized(k) && postag.IsNoun(d.tags[k+1]) && !d.capitalized(k+1)) { // "retired/VBD schoolteacher Ruth Abernathy"
		k++
	}
	if k == s {
		k = s + 1
	}
	a.chunk = segment.Range{Start: s, End: k}
	// The head stands outside brackets: "Michael Fallon (58)", "Sen.
	// Ann Wells (R-Ohio)", "Treatment Action Network (TAN)".
	depth := 0
	for i := k - 1; i >= s; i-- {
		switch d.text(i) {
		case ")", "]":
			depth++
		case "(", "[":
			depth = max(depth-1, 0)
		}
		if depth == 0 && (postag.IsNoun(d.tags[i]) || d.tags[i] == postag.PRP || d.tags[i] == postag.CD || d.afterHonorificTok(i) || d.nameVerb(i)) && !d.isPunct(i) { // not "Jr./NNP"'s period; "Makan Go"
			a.head = i
			break
		}
	}
	for i := k - 1; i >= s && a.head < 0; i-- {
		if d.capitalized(i) && !d.isBracket(i) && d.tags[i] != postag.DT {
			a.head = i
		}
	}
	if a.head < 0 {
		a.head = k - 1
	}
	if h := a.head; h > s && intensive(d.low[h]) && (postag.IsNoun(d.tags[h-1]) || d.nameTok(h-1)) {
		a.head = h - 1 // "Clinton herself", "Sanders himself, who ...": the name
	}
	if d.tags[a.head] == postag.CD {
		// "The Auditor-General's Report 2004", "A CBN circular dated
		// October 20": the document's noun before its year or date.
		j := a.head - 1
		for j > s && (d.tags[j] == postag.CD || lexicon.Months.Has(d.low[j]) || d.low[j] == "dated" || d.low[j] == "of") {
			j--
		}
		if j >= s && lexicon.DocNouns.Has(d.word(j)) {
			a.head = j
		} else if h := a.head - 1; h >= s && d.nameTok(h) && d.digits(a.head) && !lexicon.Months.Has(d.low[h]) {
			a.head = h // "Farm Implement Workers Union Local 1140": the name's number (properSource keeps it)
		}
	}
	switch d.low[s] {
	case "the", "this", "that", "these", "those":
		a.define = true
	default:
		a.define = d.tags[s] == postag.PRPS || (d.possessive(s) && s < a.head)
	}
	// "Hugh Hill, a doctor(,)" or "a doctor (for the airline), Hugh Hill"
	c := k
	for c < e && (d.text(c) != "," || d.listInName(c) || d.portfolioList(c)) {
		c++ // past the commas of a body's name: "a spokesman for the Ministry of Food, Agriculture and Livestock"
	}
	if c < e {
		k := c
		j := k + 1
		if j+1 < e && (d.tags[j] == postag.VBN || d.tags[j] == postag.VBD) && !d.capitalized(j) && d.chunkTok(j+1) {
			j++ // a participle the tagger took for a verb opens it: "His father, retired Gen. Ramon Dizon Sr."
		}
		for j < e && (d.chunkTok(j) || d.particle(j) || j > k+1 && j+1 < e && (d.orgJoin(j) || d.titleJoin(j) || d.officeJoin(j-1, j) && d.nameTok(j+1))) {
			j++ // "the Resources Safety and Licensing Directorate"
		}
		if ap := (segment.Range{Start: k + 1, End: j}); j > k+1 && !d.regionOfPlace(a.chunk.End, ap) {
			a.appos = ap
		}
	}
	// "a report by Reuters", "The study, led by researchers at the Tamale
	// Centre": the document's author.
	by := k
	if by+1 < e && d.text(by) == "," && d.tags[by+1] == postag.VBN {
		by += 2 // ", led by", ", conducted by", ", carried out by"
		if by < e && d.low[by] == "out" {
			by++
		}
		// ", released to the Chronicle by": words of time or recipient,
		// six at most, before "by"; but "His report, published last
		// week by the Institute" and "Mr Tsosie's report, ..." are his,
		// which the institute publishes.
		owned := false
		for j := a.chunk.Start; j < a.head; j++ {
			owned = owned || d.tags[j] == postag.PRPS || d.possessive(j)
		}
		if k := d.byAhead(by, min(e, by+6)); k >= 0 && !owned {
			by = k
		}
	} else if participle := by < e && (d.tags[by] == postag.VBN || d.tags[by] == postag.VBD) ||
		by-1 > a.head && (d.tags[by-1] == postag.VBN || d.tags[by-1] == postag.VBD); by+1 < e && participle && d.authored(a.head, by) {
		// "a study released yesterday by", "figures compiled last week
		// by", "a memo sent to senior managers last week by": a
		// participle (which the chunk may hold) and words of time or
		// recipient, seven after the participle at most, before "by".
		j := by
		if d.low[j] != "by" {
			j++
		}
		if k := d.byAhead(j, min(e, by+8)); k >= 0 {
			by = k
		}
	} else if by+1 < e && d.low[by] == "of" && lexicon.DocNouns.Has(d.word(a.head)) {
		// "A survey of 1,100 parents by the charity", "a 2019 study of
		// migrants by economists at X": what the document is of, then
		// its author.
		j := d.npRight(by+1, e)
		past := j // "of 2,000 households [in the North East] by the charity": past a phrase of place, only before its author
		for pp := 0; pp < 2 && past > by+1 && past+2 < e && (d.low[past] == "in" || d.low[past] == "across" || d.low[past] == "from") && d.chunkTok(past+1); pp++ {
			past = d.npRight(past+1, e)
		}
		if past+1 < e && d.low[past] == "by" || past > j && d.authoringBy(past, e) >= 0 {
			j = past
		}
		if j > by+1 && j+1 < e && d.low[j] == "by" {
			by = j
		} else if k := d.authoringBy(j, e); j > by+1 && k >= 0 {
			// "A survey of 400 fleet managers conducted by Ardmore
			// Insight", "The final communiqué of the summit, issued by
			// the ECOWAS Authority".
			by = k
		} else if j > by+1 && d.bodyNamed(by+1, j) {
			// "a preliminary report of the Maritime Casualty Board
			// (MCB)": a body's report, of no other author.
			a.byObj = segment.Range{Start: by + 1, End: j}
		} else if d.titledName(by+1, e) {
			// "the report of chief arbiter Rajendran s/o Muthusamy": a
			// titled person's, the source ending in the name.
			a.byObj = segment.Range{Start: by + 1, End: e}
		}
	} else if by+1 < e && d.low[by] == "at" && lexicon.DocNouns.Has(d.word(a.head)) && !(a.head > 0 && d.nameTok(a.head-1) && d.nameTok(a.head)) {
		// "Tests at the Veterinary Diagnostic Laboratory": the body's;
		// not "the Roper Center for Public Opinion Research at Cornell".
		if j := d.npRight(by+1, e); j > by+1 && d.bodyNamed(by+1, j) {
			a.byObj = segment.Range{Start: by + 1, End: j}
		}
	}
	if by+1 < e && (d.low[by] == "by" || d.low[by] == "from") && d.authored(a.head, by) && !d.receivedBy(a.head, by) {
		j := d.npRight(by+1, e)
		if j > by+1 {
			a.byObj = segment.Range{Start: by + 1, End: j}
			// "the council's external auditors, Marlowe Price LLP": the
			// name in apposition to a description of the author.
			if j+1 < e && d.text(j) == "," && d.nameTok(j+1) && !d.nameTok(j-1) {
				r := j + 1
				for r < e && (d.nameTok(r) || d.orgJoin(r) || d.particle(r)) {
					r++
				}
				if r == e || d.text(r) == "," {
					a.byObj = segment.Range{Start: j + 1, End: r}
				}
			}
			// "engineers of the Jamaica Bridges and Highways Agency", in
			// one noun phrase: the body is who speaks through them.
			if k := by + 1; k+2 < j && lexicon.ResearcherNouns.Has(d.word(k)) && d.low[k+1] == "of" && d.bodyNamed(k+2, j) {
				a.byObj = segment.Range{Start: k + 2, End: j}
			}
			// "researchers at X": X is who speaks through them
			if j+1 < e && (d.low[j] == "at" || d.low[j] == "from") && lexicon.ResearcherNouns.Has(d.word(j-1)) {
				if r := d.npRight(j+1, e); r > j+1 {
					a.byObj = segment.Range{Start: j + 1, End: r}
				}
			}
		}
	}
	return a
}

// reducedRelative: token k is a participle after a noun that opens a
// clause about it ("a memo [dated] Oct. 3", "figures her campaign
// [released] Friday"), no part of the noun phrase; but a naming one
// names the noun ("a worker named Antonio Arroyo"), and one before a
// noun modifies it.
func (d *doc) reducedRelative(k int) bool {
	switch d.low[k] {
	case "named", "called", "nicknamed", "dubbed", "known":
		return false
	}
	if d.tags[k] != postag.VBN || !postag.IsNoun(d.tags[k-1]) || d.capitalized(k) {
		return false
	}
	// What follows says whether the clause opens: a date, a number, a
	// preposition or a comma ("dated Oct. 3", "released Friday",
	// "compiled by"); a noun or an adjective is the phrase's own, the
	// participle a modifier before it ("A Lagos based lawyer", "a
	// government appointed committee").
	next := k + 1
	if next >= d.n || d.isPunct(next) {
		return true
	}
	switch t := d.tags[next]; {
	case t == postag.IN || t == postag.CD || t == postag.TO || t == postag.RB:
		return true
	case lexicon.Months.Has(d.word(next)) || lexicon.Weekdays.Has(d.word(next)):
		return true
	}
	return false
}

// byAhead is the first "by" from token j on, before end, with no
// punctuation and no verb before it ("to the Chronicle by", "last week
// by"), or -1.
func (d *doc) byAhead(j, end int) int {
	for ; j < end; j++ {
		if d.low[j] == "by" {
			return j // whatever the tagger made of it
		}
		if d.isPunct(j) || postag.IsVerb(d.tags[j]) {
			break
		}
	}
	return -1
}

// authoringBy is the "by" after a participle of making a document at
// token j, or after a comma there ("conducted by", ", issued last week
// by"), or -1.
func (d *doc) authoringBy(j, end int) int {
	if j < end && d.text(j) == "," {
		j++
	}
	if j+1 >= end || d.tags[j] != postag.VBN && d.tags[j] != postag.VBD || !lexicon.AuthoringVerbs.Has(d.low[j]) {
		return -1
	}
	return d.byAhead(j+1, min(end, j+8))
}

// authored: the head is a document's noun, or a participle of making
// one stands right after it or before "by" ("a discography compiled by",
// "the tally kept by"): what follows "by" is its author.
func (d *doc) authored(head, by int) bool {
	if lexicon.DocNouns.Has(d.word(head)) {
		return true
	}
	return head+1 < d.n && lexicon.AuthoringVerbs.Has(d.low[head+1]) && !lexicon.PersonNoun(d.low[head]) && !d.nameTok(head) ||
		by > 0 && lexicon.AuthoringVerbs.Has(d.low[by-1]) && by-1 == head+1
}

// receivedBy: a participle of getting or reading a document stands
// between its head and "by" ("a briefing note obtained by the Tribune"):
// who has it, not who wrote it.
func (d *doc) receivedBy(head, by int) bool {
	for k := head + 1; k < by; k++ {
		if (d.tags[k] == postag.VBN || d.tags[k] == postag.VBD) && lexicon.ReceiptVerbs.Has(d.low[k]) {
			return true
		}
	}
	return false
}

// relativeBefore: a relative pronoun stands between s and k ("Ed
// Rendell, who serves as ...", "Dave Majernik, a one-time Cruz backer who
// serves as ...").
func (d *doc) relativeBefore(s, k int) bool {
	for j := s + 1; j < k; j++ {
		if (d.low[j] == "who" || d.low[j] == "which") && (d.tags[j] == postag.WP || d.tags[j] == postag.WDT) {
			return true
		}
	}
	return false
}

// regionOfPlace: ap, after a comma, names the region of a place that a
// preposition of place after the noun phrase (which ends at end) named
// before the comma ("The National Weather Service in Norman, Okla.",
// "the hospital in Kisumu, Kenya"): no apposition of the phrase.
func (d *doc) regionOfPlace(end int, ap segment.Range) bool {
	locative := false
	for k := end; k < ap.Start-1; k++ {
		locative = locative || lexicon.LocativePrepositions.Has(d.low[k])
	}
	if !locative {
		return false
	}
	if ap.Len() == 1 && ap.End < d.n && d.text(ap.End) == "." && d.capitalized(ap.Start) {
		return true // "Colo.", "Okla."
	}
	places := true
	var words []string
	for k := ap.Start; k < ap.End; k++ {
		places = places && lexicon.PlaceWord(d.word(k))
		words = append(words, d.text(k))
	}
	joined := strings.ToLower(strings.Join(words, " "))
	return places || lexicon.IsCity(joined) || lexicon.RegionPhrases.Has(joined)
}

// intensive: a reflexive pronoun, which after a noun only stresses it.
func intensive(w string) bool {
	switch w {
	case "himself", "herself", "itself", "themselves", "myself", "ourselves":
		return true
	}
	return false
}

// afterHonorificTok: token i is a capitalized word right after an
// honorific ("Mr. Devine", whose surname the tagger took for an
// adjective): a name, whatever its tag.
func (d *doc) afterHonorificTok(i int) bool {
	j := i - 1
	if j >= 0 && d.text(j) == "." {
		j--
	}
	return j >= 0 && d.capitalized(i) && d.seg.Tokens[i].Kind == segment.Word && lexicon.Honorifics.Has(d.low[j])
}

// titledName: tokens s to e are a person's name after a title ("chief
// arbiter Rajendran s/o Muthusamy", "Dr Hugh Hill"): a title word, other
// words of the title in lower case, then name words to the end.
func (d *doc) titledName(s, e int) bool {
	if s < e && d.tags[s] == postag.DT {
		s++
	}
	if s+1 >= e || !d.titleWord(s) || d.titleWord(e-1) || !d.nameTok(e-1) {
		return false
	}
	named := false
	for k := s + 1; k < e; k++ {
		switch {
		case d.nameTok(k):
			named = named || !d.titleWord(k)
		case d.skipTok(k), d.particle(k), d.slashParticle(k) >= 0:
		case named || d.capitalized(k) || d.tags[k] != postag.NN:
			return false
		}
	}
	return true
}

// bodyNamed: the tokens s to e (past an article) are the name of a body,
// capitalized words with a body's word among them ("the Maritime
// Casualty Board (MCB)").
func (d *doc) bodyNamed(s, e int) bool {
	if s < e && d.tags[s] == postag.DT {
		s++
	}
	var words []int
	for k := s; k < e; k++ {
		switch {
		case d.skipTok(k), d.orgJoin(k):
		case !d.nameTok(k):
			return false
		default:
			words = append(words, k)
		}
	}
	return d.bodyWordIn(words)
}
