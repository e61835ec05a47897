package resolve

import (
	"slices"
	"strings"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// headlineTitle is the title a headline's source is made of, lower-cased
// ("Mayor: 'We will not back down'" gives "mayor", as does "..., mayor
// says"), or "" for any other
// source. A headline names by office the person its text introduces by
// name, so the source waits for the text's persons (resolveHeadlineTitle).
func (d *doc) headlineTitle(a *Attribution) string {
	if d.title.Len() == 0 || len(a.Source) != 1 || a.Source[0].Len() != 1 {
		return ""
	}
	k := a.Source[0].Start
	if !d.inTitle(k) && !d.inDeck(k) || d.seg.Tokens[k].Kind != segment.Word {
		return ""
	}
	w := d.low[k]
	if full := titleInFull(w); full != "" {
		w = full
	}
	if !lexicon.TitleWords.Has(w) || lexicon.FemaleWords.Has(w) || lexicon.MaleWords.Has(w) {
		return "" // not "Mr", "Mrs", "Lady"
	}
	return w
}

// resolveHeadlineTitle gives a headline's source, the title want, the
// first person of the text who bears that title ("Mayor: ..." and then
// "Mayor Kerri-Anne Fitzgibbon said"), or leaves it an anonymous person.
func (d *doc) resolveHeadlineTitle(a *Attribution, want string) {
	a.Kind, a.Speaker = Person, None
	best, bestPos := None, d.n
	for id, e := range d.ents.list {
		if e.kind != Person || !strings.Contains(" "+strings.ToLower(e.title)+" ", " "+want+" ") && !e.words[want] {
			continue
		}
		if f := e.firstMention(); f >= d.title.End && f < bestPos {
			best, bestPos = id, f
		}
	}
	if best == None {
		a.Kind = Anonymous
		a.Description = d.rangeText(a.Source[0])
		return
	}
	e := d.ents.list[best]
	a.Speaker, a.Title = best, e.title
	e.atts++
	e.mention(a.Source[0])
}

// inDeck: token k lies in a deck, a line under the title that sums the
// story up as the title does ("Sacked coach says he learned his fate by
// text message"): one of the lines like a title's (no sentence's end,
// 25 words at most) between the title and the first paragraph that ends
// as a sentence.
func (d *doc) inDeck(k int) bool {
	if d.title.Len() == 0 || k < d.title.End {
		return false
	}
	for pi, p := range d.seg.Paragraphs {
		if p.End <= d.title.End {
			continue
		}
		if pi >= maxBylineParagraphs || !d.titleLike(p) {
			return false
		}
		if k < p.End {
			return k >= p.Start
		}
	}
	return false
}

// ledeSpeakers gives a headline's attribution whose source describes no
// one named ("exco man", "Widow", "CCA chief") the speaker of the
// attribution below that restates its claim: a headline sums up its
// lede ("Cholera outbreak under control, says exco man" over "The
// cholera outbreak ... is under control, said ... Ahmad Faizal Hashim").
// The restatement holds half the headline content's words at least, and
// its speaker is a named person or body.
func (d *doc) ledeSpeakers() {
	for i := range d.atts {
		a := &d.atts[i]
		if len(a.Source) == 0 || !d.inTitle(a.Source[0].Start) && !d.inDeck(a.Source[0].Start) || len(a.Content) == 0 {
			continue
		}
		if src := a.Source[0]; src.Len() == 1 && d.acronym(src.Start) {
			// "SALK: ..." over "Syarikat Air Lembah Klang Bhd (SALK)": the
			// body the text names by it below.
			if id, ok := d.ents.shortBody(strings.ToLower(d.text(src.Start))); ok && id != a.Speaker {
				d.giveSpeaker(a, id)
				continue
			}
		}
		// "Rail union: ...", "..., regulator confirms", "Keeper: ...": a
		// common noun, taken for the name of a body or a person, stands
		// for one named below.
		named := a.Speaker >= 0 && strings.EqualFold(d.ents.list[a.Speaker].name, d.rangeText(a.Source[0]))
		// "Windpower firm says": a body's noun in lower case after
		// capitals, which only a body whose name holds one of the
		// capitalized words stands for ("Pagudpud Windpower Corp."), not
		// another union for "Unite union".
		capitals := named && !d.commonWords(a.Source[0]) && d.lowerBodyNoun(a.Source[0]) && d.innerCapital(a.Source[0])
		common := named && (d.commonWords(a.Source[0]) || capitals)
		holdsCapital := func(id int) bool { return !capitals || d.nameHoldsCapital(d.ents.list[id].name, a.Source[0]) }
		generic := common && a.Kind == Organization && !d.personNounEnds(a.Source[0])
		if a.Kind != Anonymous && !generic && !(common && a.Kind == Person) {
			continue
		}
		if x := d.analyze(a.Source); x.head < 0 || d.tags[x.head] == postag.NNS || d.tags[x.head] == postag.NNPS || x.span.Len() == 1 && !postag.IsNoun(d.tags[x.head]) {
			continue // a group ("Millennials", "Most") is no one person or body
		}
		claim := d.contentWords(a.Content)
		if len(claim) == 0 {
			continue
		}
		document := d.documentHead(a)             // a document speaks for a body, not a person it quotes
		personal := d.personNounEnds(a.Source[0]) // "census chief", "Keeper": a person, whoever restates it
		found := false
		for j := range d.atts {
			b := &d.atts[j]
			if b.Speaker < 0 || b.Speaker == a.Speaker || len(b.Content) == 0 || d.inTitle(b.Content[0].Start) || d.inDeck(b.Content[0].Start) {
				continue
			}
			e := d.ents.list[b.Speaker]
			if e.kind != Person && e.kind != Organization || e.name == "" || (document || generic) && e.kind != Organization || personal && e.kind != Person || !holdsCapital(b.Speaker) {
				continue
			}
			shared := 0
			for w := range d.contentWords(b.Content) {
				if claim[w] {
					shared++
				}
			}
			if 2*shared < len(claim) {
				continue
			}
			d.giveSpeaker(a, b.Speaker)
			found = true
			break
		}
		if !found && (generic || a.Kind == Anonymous && d.namesBody(a.Source[0])) {
			// "..., claims traders' body": a body's noun, typed anonymous
			// for the people it is made of, is a body too.
			id := d.bodyBelow(a.Source[0])
			if x := d.analyze(a.Source); id < 0 && x.head >= 0 && anyBodyNoun(d.word(x.head)) {
				// "Farmers' body: ..." over "The Kisan Welfare Alliance
				// (KWA) accused ...": a noun of any body is the first
				// body that speaks below, whatever its name says.
				id = d.firstSpeakingBody()
			}
			if id >= 0 && holdsCapital(id) {
				d.giveHeadlineBody(a, id)
			}
			continue
		}
		if !found {
			id := d.titledBelow(a)
			if id < 0 && document {
				id = d.documentBelow()
			}
			if id < 0 && !document {
				id = d.leadVoice(a)
			}
			if id >= 0 {
				d.giveSpeaker(a, id)
			}
		}
	}
}

// commonWords: a headline's source is a common noun and the words that
// describe it ("Union", "Rail union", "nurses' guild", "palace",
// "Keeper"), no name: each word is one the text writes in lower case, or
// a body's noun.
func (d *doc) commonWords(src segment.Range) bool {
	words := 0
	for k := src.Start; k < src.End; k++ {
		if d.seg.Tokens[k].Kind != segment.Word {
			continue
		}
		w := d.word(k)
		if d.capitalized(k) && !d.lowered[w] && !lexicon.OrgNouns.Has(w) && !lexicon.CompanyNouns.Has(w) {
			return false
		}
		words++
	}
	return words > 0
}

// lowerBodyNoun: a headline's source ends in a body's noun in lower case
// ("Windpower firm", "Meadowlands civic"), which a name would capitalize:
// a description, whatever capitalized words describe it.
func (d *doc) lowerBodyNoun(src segment.Range) bool {
	k := src.End - 1
	return src.Len() >= 2 && !d.capitalized(k) && d.namesBody(src)
}

// nameHoldsCapital: name holds one of the capitalized words of src that
// no sentence's start capitalized ("Windpower" of "Windpower firm" in
// "Pagudpud Windpower Corp.").
func (d *doc) nameHoldsCapital(name string, src segment.Range) bool {
	for k := src.Start; k < src.End; k++ {
		if d.innerCapitalAt(k) && nameHasWord(name, d.text(k)) {
			return true
		}
	}
	return false
}

// innerCapital: a word of src is capitalized where no sentence starts
// ("Blade fall: Windpower firm says"; not "Farmers' body: ...", whose
// capital opens the headline).
func (d *doc) innerCapital(src segment.Range) bool {
	for k := src.Start; k < src.End; k++ {
		if d.innerCapitalAt(k) {
			return true
		}
	}
	return false
}

// innerCapitalAt: token k is a capitalized word that opens no sentence.
func (d *doc) innerCapitalAt(k int) bool {
	return d.capitalized(k) && d.seg.Tokens[k].Kind == segment.Word && k != d.sentence(k).Start
}

// personNounEnds: the last word of r is a title or a noun of persons
// ("census chief", "Keeper"), a person's description rather than a
// body's.
func (d *doc) personNounEnds(r segment.Range) bool {
	w := strings.TrimRight(d.word(r.End-1), "'")
	return !d.namesBody(r) && (lexicon.TitleWords.Has(w) || lexicon.PersonNoun(w))
}

// namesBody: the last word of r is a body's noun ("traders' body",
// "health office").
func (d *doc) namesBody(r segment.Range) bool {
	w := d.word(r.End - 1)
	return lexicon.OrgNouns.Has(w) || lexicon.CompanyNouns.Has(w) || anyBodyNoun(w)
}

// bodyBelow is the first body the text names below the headline whose
// name says the headline's generic noun ("Rail and Transit Workers'
// Union" for "Rail union") or holds one of its describing words, plural
// or not ("South Australian Energy Consumers Council" for "consumer
// group"); -1 when none does.
func (d *doc) bodyBelow(src segment.Range) int {
	x := d.analyze([]segment.Range{src})
	if x.head < 0 {
		return -1
	}
	head := d.word(x.head)
	var describing []string // the nouns before the head, in the singular
	for k := src.Start; k < src.End; k++ {
		w := strings.TrimRight(d.word(k), "'") // lower writes "’" as "'"
		if k == x.head || d.seg.Tokens[k].Kind != segment.Word || !postag.IsNoun(d.tags[k]) || lexicon.FunctionWords.Has(w) || placeNoun(w) {
			continue // not "state" of "state regulator" for "Ohio State University"
		}
		if d.tags[k] == postag.NNS {
			w = strings.TrimSuffix(w, "s")
		}
		describing = append(describing, w)
	}
	best, bestPos := -1, d.n
	for id, e := range d.ents.list {
		if e.kind != Organization || e.document || e.name == "" {
			continue
		}
		f := e.firstMention()
		if f < d.title.End || f >= bestPos {
			continue
		}
		fits := kindOfNamed(e.name, head)
		for _, w := range strings.Fields(strings.ToLower(e.name)) {
			w = strings.Trim(w, "'’")
			fits = fits || slices.Contains(describing, w) || slices.Contains(describing, strings.TrimSuffix(w, "s")) && !strings.HasSuffix(w, "ss")
		}
		if fits {
			best, bestPos = id, f
		}
	}
	return best
}

// firstSpeakingBody is the body that speaks first below the headline, the
// source of an attribution of the text's first paragraphs (its first
// three below the title), or -1.
func (d *doc) firstSpeakingBody() int {
	for _, b := range d.atts {
		if b.Speaker < 0 || len(b.Source) == 0 || d.inTitle(b.Source[0].Start) {
			continue
		}
		if int(d.seg.ParagraphOf[b.Source[0].Start])-int(d.seg.ParagraphOf[max(d.title.End-1, 0)]) > 3 {
			return -1
		}
		if e := d.ents.list[b.Speaker]; e.kind == Organization && e.name != "" && !e.document && !publicBody(e.name) {
			return b.Speaker
		}
	}
	return -1
}

// publicBody: the name is a public body's, a ministry, board, court or
// police ("The Federal Board of Revenue"), which a headline's "Traders'
// body" is not, whatever speaks first below.
func publicBody(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if lexicon.PublicBodyNouns.Has(w) {
			return true
		}
	}
	return false
}

// placeNoun: a noun of a level of government or a place, which many
// bodies' names hold ("state", "city", "county"): no word that tells
// which body a headline means.
func placeNoun(w string) bool {
	switch w {
	case "state", "city", "county", "district", "national", "federal", "provincial", "regional", "local", "town", "country":
		return true
	}
	return false
}

// giveSpeaker makes entity id the speaker of attribution a, which a rule
// of the headline or the lede resolves after the others.
func (d *doc) giveSpeaker(a *Attribution, id int) {
	if a.Speaker >= 0 {
		d.ents.list[a.Speaker].atts--
	}
	e := d.ents.list[id]
	a.Speaker, a.Kind, a.Title, a.Description = id, e.kind, e.title, ""
	e.atts++
	e.mention(hull(a.Source))
}

// giveHeadlineBody gives headline attribution a the body id, and with it
// every attribution whose source the headline's description was taken
// for ("The operator of a 27-turbine wind farm" below "Windpower firm
// says"): the description named no one else.
func (d *doc) giveHeadlineBody(a *Attribution, id int) {
	old := a.Speaker
	d.giveSpeaker(a, id)
	if old < 0 || old == id {
		return
	}
	for i := range d.atts {
		if b := &d.atts[i]; b.Speaker == old {
			d.giveSpeaker(b, id)
		}
	}
}

// titledBelow is the one named person of the text whose title holds every
// word of a headline's description ("Vice Gov: ..." over "Vice Governor
// Ramon de los Santos Jr. has accused ..."), abbreviations and classes of
// roles counted ("Rep." is a representative, a congressman a
// legislator), or -1.
func (d *doc) titledBelow(a *Attribution) int {
	x := d.analyze(a.Source)
	var want []string
	for k := x.chunk.Start; k < x.chunk.End; k++ {
		if d.seg.Tokens[k].Kind == segment.Word && !lexicon.FunctionWords.Has(d.low[k]) {
			want = append(want, d.word(k))
		}
	}
	if len(want) == 0 {
		return -1
	}
	found := -1
	for id, e := range d.ents.list {
		if e.kind != Person || e.title == "" || e.first <= a.Source[0].Start {
			continue
		}
		has := map[string]bool{}
		for _, w := range strings.FieldsFunc(strings.ToLower(e.title), func(r rune) bool { return r == ' ' || r == '(' || r == ')' || r == '.' || r == ',' }) {
			for _, v := range []string{w, titleInFull(w), roleClass(w), roleClass(titleInFull(w))} {
				has[v] = v != ""
			}
		}
		all := true
		for _, w := range want {
			all = all && (has[w] || has[titleInFull(w)] || roleClass(w) != "" && has[roleClass(w)])
		}
		if all {
			if found >= 0 {
				return -1 // two persons hold that title
			}
			found = id
		}
	}
	return found
}

// leadVoice is the person a headline's description of one person ("...,
// says lawyer", "..., vows police chief", "Rajawali boss") stands for
// when no title below holds its words: among the first three
// attributions below the headline, the first whose source the text
// names as a person of a gender the description allows, and whom the
// headline's content does not name; else -1. A headline sums up its
// lede's voice.
func (d *doc) leadVoice(a *Attribution) int {
	x := d.analyze(a.Source)
	if x.head < 0 {
		return -1
	}
	head := d.word(x.head)
	if x.span.Len() > 3 || d.tags[x.head] != postag.NN && d.tags[x.head] != postag.NNP ||
		!lexicon.TitleWords.Has(head) && !lexicon.PersonNoun(head) && head != "boss" {
		return -1
	}
	g := wordGender(head)
	seen := 0
	for j := range d.atts {
		b := &d.atts[j]
		if len(b.Source) == 0 || d.inTitle(b.Source[0].Start) {
			continue
		}
		if seen++; seen > 3 {
			return -1
		}
		if b.Speaker < 0 {
			continue
		}
		if e := d.ents.list[b.Speaker]; e.kind == Person && e.name != "" && e.agrees(g) && (e.last == "" || !d.lastNameIn(a.Content, e.last)) {
			return b.Speaker
		}
	}
	return -1
}

// lastNameIn says whether the lower-cased last name is a word of the
// ranges: a headline's content about a person ("Saavedra win 'clean and
// fair', says promoter") is no one's own voice.
func (d *doc) lastNameIn(rs []segment.Range, last string) bool {
	for _, r := range rs {
		for k := r.Start; k < r.End && k < d.n; k++ {
			if d.low[k] == last && (k != d.sentence(k).Start || postag.IsProperNoun(d.tags[k])) {
				return true // not the adjective that opens "Young people priced out ..., says expert" over Prof Helen Young
			}
		}
	}
	return false
}

// documentBelow is whom the first document the text gives as a source
// speaks for ("The study, led by researchers at the Tamale Centre for
// Tropical Medicine, found ..."), for a headline's source that is a
// document ("..., study finds", "..., survey suggests"); -1 when the text
// has none with a named person or body behind it.
func (d *doc) documentBelow() int {
	for j := range d.atts {
		b := &d.atts[j]
		if b.Speaker < 0 || len(b.Source) == 0 || d.inTitle(b.Source[0].Start) || !d.documentHead(b) {
			continue
		}
		if e := d.ents.list[b.Speaker]; (e.kind == Person || e.kind == Organization) && e.name != "" {
			return b.Speaker
		}
	}
	return -1
}

// documentHead: the attribution's source is headed by a document's noun.
func (d *doc) documentHead(a *Attribution) bool {
	x := d.analyze(a.Source)
	return x.head >= 0 && lexicon.DocNouns.Has(d.low[x.head])
}

// contentWords are the lower-cased words of rs that are no function
// words.
func (d *doc) contentWords(rs []segment.Range) map[string]bool {
	words := map[string]bool{}
	for _, r := range rs {
		for k := r.Start; k < r.End; k++ {
			if d.seg.Tokens[k].Kind == segment.Word && !lexicon.FunctionWords.Has(d.low[k]) {
				words[d.low[k]] = true
			}
		}
	}
	return words
}
