package resolve

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// findSpeakers resolves the source of every attribution to an entity,
// sets its kind, and lists the entities that speak.
func (d *doc) findSpeakers() { d.speakers = d.speakerList() }

// markRoles marks, for the pronouns, the tokens in contents (how many
// hold each; a reporter's question that sourceless dropped counts as
// one) and in sources.
func (d *doc) markRoles() {
	contents, sources := make([]int16, d.n+1), make([]int16, d.n+1)
	for _, r := range d.questions {
		contents[r.Start]++
		contents[r.End]--
	}
	for _, a := range d.atts {
		for _, r := range a.Content {
			contents[r.Start]++
			contents[r.End]--
		}
		if len(a.Source) > 0 {
			h := hull(a.Source)
			sources[h.Start]++
			sources[h.End]--
		}
	}
	d.ents.contentDepth, d.ents.inSource = make([]int16, d.n), make([]bool, d.n)
	var inContents, inSources int16
	for k := range d.n {
		inContents += contents[k]
		inSources += sources[k]
		d.ents.contentDepth[k], d.ents.inSource[k] = inContents, inSources > 0
	}
}

// speakerList resolves the sources and returns the entities that speak.
func (d *doc) speakerList() []Speaker {
	for i := range d.atts {
		d.atts[i].Speaker = None
	}
	d.markRoles()
	d.scanNames()
	type headlined struct {
		att   int
		title string
	}
	var waiting []headlined
	for i := range d.atts {
		a := &d.atts[i]
		if len(a.Source) == 0 {
			continue
		}
		if t := d.headlineTitle(a); t != "" {
			waiting = append(waiting, headlined{i, t})
			continue
		}
		h := hull(a.Source)
		id, seen := d.ents.bySpan[h]
		if seen {
			a.Kind = d.atts[d.ents.spanAtt[h]].Kind
		} else {
			id = d.resolveSource(a)
			if d.ents.bySpan == nil {
				d.ents.bySpan, d.ents.spanAtt = map[segment.Range]int{}, map[segment.Range]int{}
			}
			d.ents.bySpan[h], d.ents.spanAtt[h] = id, i
		}
		a.Speaker = id
		if id >= 0 && !seen && a.Kind != Pronoun {
			if x := d.analyze(a.Source); x.head >= 0 && x.span.Len() == 1 {
				d.ents.list[id].vote(pronounGender(d.low[x.head])) // "she said": she is a woman
			}
		}
		if id >= 0 {
			// A pronoun after this source may refer to it.
			d.ents.remember(d.n, a.Source[0].Start, id, true)
			e := d.ents.list[id]
			e.atts++
			e.mention(hull(a.Source))
			if a.Kind == "" {
				a.Kind = e.kind
			}
			if a.Title == "" {
				a.Title = e.title
			}
			if e.kind == Anonymous && a.Description == "" {
				a.Description = e.name
			}
		}
	}
	for _, h := range waiting {
		d.resolveHeadlineTitle(&d.atts[h.att], h.title)
	}
	d.ledeSpeakers()
	d.ledeDescribed()
	d.ledeWithheld()
	// Speakers in order of first mention; ids renumbered.
	var ids []int
	for id, e := range d.ents.list {
		if e.atts > 0 {
			ids = append(ids, id)
		}
	}
	first := make(map[int]int, len(ids))
	for _, id := range ids {
		first[id] = d.ents.list[id].firstMention()
	}
	slices.SortStableFunc(ids, func(a, b int) int { return first[a] - first[b] })
	// Entities with the same name and kind are one speaker: a description
	// reached twice ("A city official ..., who asked ..." and the same
	// phrase as a source) makes two entities of one person.
	renum := make(map[int]int, len(ids))
	var out []Speaker
	byName := map[[2]string]int{}
	for _, id := range ids {
		e := d.ents.list[id]
		if e.kind == Organization || e.kind == Person {
			e.name = d.dottedName(d.casedName(e), e.mentions)
		}
		key := [2]string{e.name, string(e.kind)}
		i, ok := byName[key]
		if !ok {
			i = len(out)
			byName[key] = i
			out = append(out, Speaker{Name: e.name, Kind: e.kind, Title: e.title})
		}
		renum[id] = i
		sp := &out[i]
		sp.Attributions += e.atts
		sp.Mentions = append(sp.Mentions, e.mentions...)
		if sp.Title == "" {
			sp.Title = e.title
		}
	}
	for i := range out {
		ms := out[i].Mentions
		slices.SortFunc(ms, func(a, b segment.Range) int { return a.Start - b.Start })
		out[i].Mentions = slices.CompactFunc(ms, func(a, b segment.Range) bool { return a == b })
	}
	for i := range d.atts {
		if s := d.atts[i].Speaker; s >= 0 {
			d.atts[i].Speaker = renum[s]
		}
	}
	return out
}

// dottedName is a name with initials ("P J Fleck", whose name words
// are kept without their periods) as a mention writes it ("P.J. Fleck",
// "Mary-Kate O. Lee"); the name as it is when none does, or it has no
// initial.
func (d *doc) dottedName(name string, mentions []segment.Range) string {
	words := strings.Fields(name)
	initials := false
	var pattern strings.Builder
	pattern.WriteString(`(?:^|[^\pL\pN])(`)
	for i, w := range words {
		if i > 0 {
			pattern.WriteString(`\s*`)
		}
		pattern.WriteString(regexp.QuoteMeta(w))
		if utf8.RuneCountInString(w) == 1 {
			initials = true
			pattern.WriteString(`\.?`)
		}
	}
	if !initials {
		return name
	}
	pattern.WriteString(`)(?:$|[^\pL\pN])`)
	re := regexp.MustCompile(pattern.String())
	for _, m := range mentions {
		if m.End < d.n && d.text(m.End) == "." && d.seg.Tokens[m.End].Start == d.seg.Tokens[m.End-1].End {
			m.End++ // the period of the last initial: "the S.E.C."
		}
		if found := re.FindStringSubmatch(d.rangeText(m)); found != nil && strings.Contains(found[1], ".") {
			return found[1]
		}
	}
	return name
}

// casedName is the name of e as its mentions write it in ordinary case
// when the name was first met in capitals ("HOME DEPOT INC" of a ticker
// line, then "Home Depot" in the text): the longest mention that the
// capitals hold, word for word. Otherwise the name stays.
func (d *doc) casedName(e *entity) string {
	if strings.ToUpper(e.name) != e.name || strings.ToLower(e.name) == e.name {
		return e.name
	}
	low := " " + strings.ToLower(e.name) + " "
	best := ""
	for _, m := range e.mentions {
		t := strings.TrimSpace(d.rangeText(trimDetRange(d, m)))
		if t != strings.ToUpper(t) && len(t) > len(best) && strings.Contains(low, " "+strings.ToLower(t)+" ") {
			best = t
		}
	}
	if best == "" {
		return e.name
	}
	return best
}

// mediumNoun is the token of the document through which attribution a's
// source spoke ("said in a statement", "In a letter to parents, the
// principal wrote"), or -1.
func (d *doc) mediumNoun(a *Attribution) int {
	for _, c := range a.Cue {
		for k := c.Start; k < c.End; k++ {
			if end := d.mediumPhraseEnd(k); end > 0 && end <= c.End {
				return end - 1
			}
		}
	}
	if len(a.Source) == 0 {
		return -1
	}
	sen := d.sentence(a.Source[0].Start)
	k := d.pastOpeners(sen.Start, sen.End) // "But in a statement signed by ..."
	if end := d.mediumPhraseEnd(k); end > 0 && end <= a.Source[0].Start && end <= a.Cue[0].Start {
		return end - 1 // "In a statement on Tuesday, its Managing Director, ..."
	}
	return -1
}

// mediumSpeaker is the speaker of the attribution that spoke through the
// latest document of noun head before token pos, in pos's paragraph or
// the three before ("Fox News said in a statement" ... "the statement
// said"), or None: when the latest such noun is no attribution's medium
// ("His lawyer issued a statement"), whose statement it is the text does
// not say.
func (d *doc) mediumSpeaker(head string, pos int) int {
	near := func(k int) bool { return int(d.seg.ParagraphOf[pos])-int(d.seg.ParagraphOf[k]) <= 3 }
	k := pos - 1
	for k >= 0 && near(k) && d.word(k) != head {
		k--
	}
	if k < 0 || !near(k) {
		return None
	}
	for i := range d.atts {
		a := &d.atts[i]
		if a.Speaker < 0 || a.Cue[0].Start >= pos {
			continue
		}
		if d.mediumNoun(a) == k || len(a.Source) > 0 && inside(k, a.Source) {
			return a.Speaker // the medium, or "the statement" resolved before ("The statement urged ... and said")
		}
	}
	return None
}

// ledeDescribed gives an indefinite description of a role that speaks in
// the first paragraph of body text, naming no one ("A Clare county
// councillor has called for a review"), the one person the text names
// later with that role ("said Cllr Pádraig Ó Loingsigh"): a lede
// withholds the name it gives below.
func (d *doc) ledeDescribed() {
	for _, i := range d.ledeDescriptions() {
		a := &d.atts[i]
		x := d.analyze(a.Source)
		if x.head < 0 || x.span.Len() != x.chunk.Len() || d.low[x.chunk.Start] != "a" && d.low[x.chunk.Start] != "an" || d.tags[x.head] != postag.NN {
			continue
		}
		role := d.word(x.head)
		if !lexicon.TitleWords.Has(role) && roleClass(role) == "" {
			continue
		}
		found := -1
		for id, e := range d.ents.list {
			if e.kind != Person || e.name == "" || !e.words[role] || d.namedBefore(e, a.Source[0].Start) {
				continue
			}
			if found >= 0 {
				found = -2 // two of that role: which, the text does not say
				break
			}
			found = id
		}
		if found >= 0 {
			d.giveSpeaker(a, found)
		}
	}
}

// ledeDescriptions are the attributions whose source is an anonymous
// description in the lede, the first paragraph of body text.
func (d *doc) ledeDescriptions() []int {
	lede := d.ledeParagraph()
	var out []int
	for i, a := range d.atts {
		if len(a.Source) > 0 && a.Kind == Anonymous && int(d.seg.ParagraphOf[a.Source[0].Start]) == lede {
			out = append(out, i)
		}
	}
	return out
}

// ledeParagraph is the index of the first paragraph of body text, past
// the title, its deck, the byline and furniture, or -1.
func (d *doc) ledeParagraph() int {
	for pi, p := range d.seg.Paragraphs {
		if !d.inTitle(p.Start) && !d.inDeck(p.Start) && !d.bp[p.End-1] && d.wordCount(p) >= longParagraph {
			return pi
		}
	}
	return -1
}

// ledeWithheld gives a description of one person that speaks in the lede
// and that no rule resolved ("The director of Stockton's Riverside
// Playhouse has accused ...", "A Connemara sheep farmer has claimed
// ..."), the person the next attribution names, in one of the two
// paragraphs below (three, past the reports of those the lede's content
// names: nextNewSpeaker), for the first time outside the headline: a lede
// withholds the name that the paragraph below gives ("Mrs Jasbir Dhillon,
// who has run the theatre since 1988, said"). Not a description news
// keeps anonymous ("a senior official", "a spokesman"), nor one with a
// reason for it.
func (d *doc) ledeWithheld() {
	for _, i := range d.ledeDescriptions() {
		a := &d.atts[i]
		x := d.analyze(a.Source)
		if x.head < 0 || !d.roleHead(x.head) || lexicon.AnonymousRoles.Has(d.word(x.head)) || d.anonymityWordIn(x.span) {
			continue
		}
		if w := d.word(x.head); !lexicon.TitleWords.Has(w) && roleClass(w) == "" && !lexicon.PersonNoun(w) || !d.withholding(x) {
			continue
		}
		b, skipped := d.nextNewSpeaker(i)
		if b < 0 || d.atts[b].Speaker < 0 || len(d.atts[b].Source) == 0 {
			continue
		}
		e := d.ents.list[d.atts[b].Speaker]
		described := d.words(tokensOf(x.chunk))
		lede := int(d.seg.ParagraphOf[a.Source[0].Start])
		if p := int(d.seg.ParagraphOf[d.atts[b].Source[0].Start]); e.kind != Person || e.name == "" || p <= lede || p > lede+2 && !(skipped && p == lede+3) ||
			d.namedBefore(e, a.Source[0].Start) || !e.agrees(wordsGender(described)) || otherRole(e, described) {
			continue
		}
		d.giveSpeaker(a, d.atts[b].Speaker)
	}
}

// roleHead: token k heads a description of one person: a singular
// common noun, or a role's letters in capitals ("A Labour MSP who paid
// ...").
func (d *doc) roleHead(k int) bool {
	w := d.word(k)
	return d.tags[k] == postag.NN || d.tags[k] == postag.NNP && d.acronym(k) && (lexicon.TitleWords.Has(w) || roleClass(w) != "")
}

// withholding: the description is of the forms a lede gives in place of
// a name: indefinite ("A Connemara sheep farmer"), owned ("its chief
// executive", "Hillary Clinton's right-hand woman") or a role of a named
// thing ("The director of Stockton's Riverside Playhouse"); not a bare
// epithet ("the New Jersey governor", "the president"), which the reader
// knows whom it means.
func (d *doc) withholding(x np) bool {
	s := x.chunk.Start
	switch {
	case d.low[s] == "a" || d.low[s] == "an" || d.tags[s] == postag.PRPS:
		return true
	case d.low[s] != "the":
		return false
	}
	for k := s + 1; k < x.head; k++ {
		if d.possessive(k) {
			return true
		}
	}
	return x.head+1 < x.span.End && d.low[x.head+1] == "of"
}

// otherRole: the person holds a role ("Agriculture Minister Charlie
// McConalogue", "Dr Ahmed Khan, the hospital's director") and the
// description's words name none of it ("A Connemara sheep farmer", "A
// nurse who treated victims"): someone else than the one described.
// Forms of address ("Mrs", "Dr", the "doctor" it gives) are no role.
func otherRole(e *entity, described []string) bool {
	role := false
	for w := range e.words {
		if (lexicon.TitleWords.Has(w) || roleClass(w) != "") && !lexicon.Honorifics.Has(w) && w != "doctor" { // "Dr" in full
			role = true
			break
		}
	}
	if !role {
		return false
	}
	for _, w := range described {
		if e.words[w] || roleClass(w) != "" && e.words[roleClass(w)] {
			return false
		}
	}
	return true
}

// nextNewSpeaker is the first attribution after attribution i, by
// cue, whose speaker i's content does not name, and whether it passed
// over any: the lede's description may stand before reports of the
// people its content names ("... that the bank's ex-managing director,
// Chief Emeka Okafor-Dike, had signed ...", then "The elder Okafor-Dike
// has pleaded not guilty", then the witness named); or -1.
func (d *doc) nextNewSpeaker(i int) (int, bool) {
	skipped := false
	for b := d.nextAttribution(i); b >= 0; b = d.nextAttribution(b) {
		if id := d.atts[b].Speaker; id < 0 || !d.mentionedIn(d.ents.list[id], d.atts[i].Content) {
			return b, skipped
		}
		skipped = true
	}
	return -1, skipped
}

// mentionedIn: a mention of the entity lies in one of the ranges.
func (d *doc) mentionedIn(e *entity, rs []segment.Range) bool {
	for _, m := range e.sorted {
		for _, r := range rs {
			if m.Start >= r.Start && m.End <= r.End {
				return true
			}
		}
	}
	return false
}

// nextAttribution is the attribution whose cue comes first after
// attribution i's, or -1.
func (d *doc) nextAttribution(i int) int {
	best := -1
	for j := range d.atts {
		if c := d.atts[j].Cue[0].Start; c > d.atts[i].Cue[0].Start && (best < 0 || c < d.atts[best].Cue[0].Start) {
			best = j
		}
	}
	return best
}

// anonymityWordIn: a word that says a source is not named stands in r
// ("who asked not to be named", "speaking on condition of anonymity").
func (d *doc) anonymityWordIn(r segment.Range) bool {
	for k := r.Start; k < r.End; k++ {
		if lexicon.AnonymityCues.Has(d.low[k]) {
			return true
		}
	}
	return false
}

// tokensOf lists the tokens of r.
func tokensOf(r segment.Range) []int {
	ks := make([]int, 0, r.Len())
	for k := r.Start; k < r.End; k++ {
		ks = append(ks, k)
	}
	return ks
}

// namedBefore: entity e has a mention before token pos outside the
// headline (which sums up the text and may name anyone).
func (d *doc) namedBefore(e *entity, pos int) bool {
	if e.first < pos && !d.inTitle(e.first) {
		return true
	}
	for _, m := range e.sorted {
		if m.Start < pos && !d.inTitle(m.Start) {
			return true
		}
	}
	return false
}
