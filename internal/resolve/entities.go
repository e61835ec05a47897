package resolve

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/firstname"
	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"

	"github.com/whosaid/whosaid/internal/segment"
)

// entity is one referent: a named person or body, or a described one.
// Its name, kind, last name, plural and first are set when it is added
// and never change, so the indexes of entities can key on them.
type entity struct {
	name   string
	kind   Kind
	title  string
	last   string          // a person's last name, lower-cased
	words  map[string]bool // lower-cased words of name, title and descriptions
	plural bool
	// document: an unnamed document ("the report"), anonymous in kind
	// but, like a body, what "it" refers to.
	document bool
	// thing: an anonymous description that names no person ("the
	// resulting controversy", "his endorsement of Clinton", a "who" left
	// unresolved), which no "he" or "she" refers to.
	thing    bool
	mentions []segment.Range // in the order found, each once
	sorted   []segment.Range // the mentions in text order, to find one fast
	atts     int
	first    int // token of the first mention
	// female and male count the evidence of a person's gender: a first
	// name, gendered honorifics, titles and words of description, and
	// the pronouns resolved to the person.
	female, male int
}

// addressOnly: the person has no title but a form of address ("Mr",
// "Dr."), which a description of them may replace.
func (e *entity) addressOnly() bool {
	return e.title == "" || lexicon.Honorifics.Has(strings.ToLower(strings.TrimSuffix(e.title, ".")))
}

// gender is the side the evidence is on, Unknown when there is none or
// it disagrees.
func (e *entity) gender() firstname.Gender {
	switch {
	case e.female > 0 && e.male == 0:
		return firstname.Female
	case e.male > 0 && e.female == 0:
		return firstname.Male
	}
	return firstname.Unknown
}

// agrees: the entity can be referred to by a pronoun of gender g.
func (e *entity) agrees(g firstname.Gender) bool {
	return g == firstname.Unknown || e.gender() == firstname.Unknown || e.gender() == g
}

// vote counts one piece of evidence of the entity's gender.
func (e *entity) vote(g firstname.Gender) {
	switch g {
	case firstname.Female:
		e.female++
	case firstname.Male:
		e.male++
	}
}

// wordGender is the gender a word of a title or description tells
// ("Mrs", "spokeswoman", "actress", "father-of-two").
func wordGender(w string) firstname.Gender {
	switch {
	case lexicon.FemaleWords.Has(w) || strings.HasSuffix(w, "woman") && len(w) > len("woman"):
		return firstname.Female
	case lexicon.MaleWords.Has(w):
		return firstname.Male
	}
	return firstname.Unknown
}

// entities are the referents of the document, with the indexes by which
// the speakers pass finds one in time independent of how many there are.
type entities struct {
	list   []*entity
	byName map[string]int
	// byLast: the persons of more than one name word, by last name, in
	// order of id.
	byLast map[string][]int
	// byFamilyFirst: persons whose name opens with a word that is no
	// known first name, by that word, lower-cased: the family name of a
	// name written family name first ("Xu Meiling", "Tan Boon Huat"),
	// which "Dr Xu" and "Mr Tan" use.
	byFamilyFirst map[string][]int
	// byInner: persons of three name words or more, by each word
	// between the first and the last name ("ibarra" of "Gonzalo Ibarra
	// Quiroga"), lower-cased: the first of two surnames, a father's
	// name, a given name after another, by which news may call them.
	byInner map[string][]int
	// orgTail: for each tail of an organization's lower-cased name that
	// follows a space ("foreign ministry" of "iran's foreign ministry"),
	// the latest organization with it.
	orgTail map[string]int
	// orgShort: the body each short name stands for (addShortNames), or
	// ambiguousPrefix when two bodies have it; read through shortBody.
	orgShort map[string]int
	// orgPrefix: the body whose name opens with each run of its first
	// words ("lee valley" of "Lee Valley Mutual"), or ambiguousPrefix
	// when two bodies' names open so (addPrefixNames).
	orgPrefix map[string]bodyPrefix
	// byWord: the entities whose words hold each word.
	byWord map[string][]int
	// recent: the mentions that a pronoun may refer back to.
	recent [numPronounClasses]mentionIndex
	// bodies: the mentions of bodies, named in the text or sources, that
	// "the company" may refer back to.
	bodies mentionIndex
	// contentDepth: per token, how many contents of attributions hold
	// it; inSource: the token lies in the source of an attribution. Set
	// by the speakers pass before it resolves any source.
	contentDepth []int16
	inSource     []bool
	// employers: the words that open a body's name of two words or more
	// ("Nissan" of "Nissan North America Inc") or stand in a person's
	// title as who employs them ("Lexus Project Manager Fumihiko
	// Hazama"): alone, such a word names the body.
	employers map[string]bool
	// writer is 1 + the entity of the writer a byline names, None + 1
	// when there is none, 0 before writerEntity first looks.
	writer int
	// outlet is 1 + the entity of the publication the metadata names,
	// None + 1 when it names none, 0 before outletEntity first looks.
	outlet int
	// bySpan: the entity of a source span already resolved, and the
	// attribution it was resolved for.
	bySpan, spanAtt map[segment.Range]int
}

// givenNamesAfter: a name of three words whose second is no known first
// name, no initial and no particle, as the given names after a family
// name are ("Tan Wei Ming", though "Tan" is in a list of first names;
// not "Mary Ann Smith", "John F Kennedy", "Mohammed bin Salman").
func givenNamesAfter(name string) bool {
	ws := strings.Fields(name)
	if len(ws) != 3 {
		return false
	}
	second := lower(ws[1])
	return len(second) > 1 && firstname.FirstName(foldAccents(second)) == firstname.Unknown && !lexicon.NameParticles.Has(second) &&
		!lexicon.SurnameParticles.Has(second) && !strings.Contains(second, ".")
}

// named: some entity has the lower-cased name in full.
func (es *entities) named(low string) bool {
	_, ok := es.byName[low]
	return ok
}

// surname: some person's name of more than one word holds w (lower-cased)
// as its last name or between its first and last ("Villaverde" of
// "Jomari Villaverde", "Ibarra" of "Gonzalo Ibarra Quiroga").
func (es *entities) surname(w string) bool {
	return len(es.byLast[w]) > 0 || len(es.byInner[w]) > 0
}

// plainName: the entity was first named outside a headline and a line in
// title case, where a run of capitals may take in the words after a name
// ("Donald Trump Just Said", "Salma Hayek Described Her Experience"), so
// that its parts are no names to look a person up by.
func (d *doc) plainName(e *entity) bool {
	return !d.inTitle(e.first) && !d.headline[d.seg.SentenceOf[e.first]]
}

// innerNames are the lower-cased words of a person's name that opens
// with a first name, between it and the last name: no particles,
// initials or suffixes.
func innerNames(name, last string) []string {
	ws := strings.Fields(lower(name))
	if len(ws) < 3 || firstname.FirstName(foldAccents(ws[0])) == firstname.Unknown && !lexicon.GivenPrefixes.Has(ws[0]) {
		return nil // a first name opens a person's name written in this order
	}
	var inner []string
	for i := 1; i < len(ws)-1 && ws[i] != last; i++ {
		if w := ws[i]; len(w) > 1 && !strings.Contains(w, ".") && !lexicon.NameParticles.Has(w) && !lexicon.SurnameParticles.Has(w) && !lexicon.Affiliations.Has(w) {
			inner = append(inner, w)
		}
	}
	if len(inner) > 2 {
		return nil // no person's name ("North American Free Trade Agreement")
	}
	return inner
}

// namedOrAdd is the entity already named as e is (whatever its case),
// else e, added: the metadata's writer or outlet, which the text may
// have named first.
func (es *entities) namedOrAdd(e *entity) int {
	if id, ok := es.byName[strings.ToLower(e.name)]; ok {
		return id
	}
	return es.add(e)
}

// add adds an entity and returns its id.
func (es *entities) add(e *entity) int {
	es.list = append(es.list, e)
	id := len(es.list) - 1
	if es.byName == nil {
		es.byName, es.byLast, es.orgTail, es.byWord = map[string]int{}, map[string][]int{}, map[string]int{}, map[string][]int{}
	}
	low := strings.ToLower(e.name)
	es.byName[low] = id
	if e.kind == Person && strings.Contains(e.name, " ") {
		es.byLast[e.last] = append(es.byLast[e.last], id)
		first := lower(e.name[:strings.IndexByte(e.name, ' ')])
		if (firstname.FirstName(foldAccents(first)) == firstname.Unknown || givenNamesAfter(e.name)) && first != e.last {
			if es.byFamilyFirst == nil {
				es.byFamilyFirst = map[string][]int{}
			}
			es.byFamilyFirst[first] = append(es.byFamilyFirst[first], id)
		}
		for _, w := range innerNames(e.name, e.last) {
			if es.byInner == nil {
				es.byInner = map[string][]int{}
			}
			es.byInner[w] = append(es.byInner[w], id)
		}
	}
	if e.kind == Organization {
		for i := 0; i < len(low); i++ {
			if low[i] == ' ' {
				es.orgTail[low[i+1:]] = id
			}
		}
	}
	for w := range e.words {
		es.byWord[w] = append(es.byWord[w], id)
	}
	return id
}

// addWords adds the words of the tokens of r to entity id.
func (es *entities) addWords(d *doc, id int, r segment.Range) {
	e := es.list[id]
	for k := r.Start; k < r.End; k++ {
		if kind := d.seg.Tokens[k].Kind; kind != segment.Word && kind != segment.Number {
			continue
		}
		if e.kind != Organization {
			e.vote(wordGender(d.word(k)))
		}
		w := d.word(k)
		full := titleInFull(w)
		for _, w := range [4]string{w, full, roleClass(w), roleClass(full)} {
			es.addWord(id, w)
		}
		if strings.Contains(w, "-") && compoundTitle(w) {
			// "Major-General ... the general", "Inspector-General ... the
			// inspector-general" and "the general"; "Lt-Gen ... the
			// general" by the abbreviation's full word
			for p := range strings.SplitSeq(w, "-") {
				if lexicon.TitleWords.Has(p) {
					es.addWord(id, p)
					es.addWord(id, titleInFull(p))
				}
			}
		}
		if w == "chief" && k+1 < r.End && d.seg.Tokens[k+1].Kind == segment.Word {
			// "chief executive" is "the CEO", "chief financial officer"
			// "the CFO"
			es.addWord(id, "c"+d.word(k + 1)[:1]+"o")
		}
	}
}

// capitalizedName: entity id has a name, not a common noun of a
// description no name was found for.
func (d *doc) capitalizedName(id int) bool {
	r, _ := utf8.DecodeRuneInString(d.ents.list[id].name)
	return unicode.IsUpper(r)
}

// addWord gives entity id the word w, by which a description may refer
// to it.
func (es *entities) addWord(id int, w string) {
	e := es.list[id]
	if e.words == nil {
		e.words = map[string]bool{}
	}
	if w != "" && !e.words[w] {
		e.words[w] = true
		es.byWord[w] = append(es.byWord[w], id)
	}
}

// roleClass is the general word for a role by which news refers back to
// the one who holds it ("Tulwet MP Kiprono Langat ... the legislator",
// "striker Ana Ruiz ... the player"), or "". Hand-listed general English.
func roleClass(w string) string {
	switch w {
	case "mp", "senator", "representative", "congressman", "congresswoman", "assemblyman", "assemblywoman",
		"mla", "mep", "msp", "mpp", "td", "lawmaker", "parliamentarian", "councillor", "councilor", "alderman":
		return "legislator"
	case "striker", "midfielder", "defender", "goalkeeper", "forward", "winger", "quarterback", "pitcher",
		"batsman", "bowler", "batter", "goaltender", "guard", "centre", "center", "fullback", "flanker", "prop", "hooker":
		return "player"
	case "ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "chairperson", "president", "founder", "co-founder":
		return "executive"
	case "constable", "sergeant", "detective", "inspector", "superintendent", "lieutenant", "captain":
		return "officer"
	case "physician", "surgeon", "gp", "doctor":
		return "doctor"
	case "attorney", "barrister", "solicitor", "counsel", "advocate", "prosecutor":
		return "lawyer"
	case "ambassador", "envoy", "diplomat", "consul":
		return "diplomat"
	}
	return ""
}

// titleInFull is the word a title's abbreviation stands for, by which
// news refers back ("Cllr Brian Oddie ... The councillor"), or "".
func titleInFull(w string) string {
	switch strings.TrimSuffix(w, ".") {
	case "cllr", "cr", "clr":
		return "councillor"
	case "sen":
		return "senator"
	case "rep":
		return "representative"
	case "gov":
		return "governor"
	case "supt":
		return "superintendent"
	case "det":
		return "detective"
	case "insp":
		return "inspector"
	case "sgt":
		return "sergeant"
	case "lt":
		return "lieutenant"
	case "col":
		return "colonel"
	case "gen":
		return "general"
	case "maj":
		return "major"
	case "brig":
		return "brigadier"
	case "adm":
		return "admiral"
	case "capt":
		return "captain"
	case "prof":
		return "professor"
	case "dr":
		return "doctor"
	case "pc":
		return "constable"
	case "mp":
		return "lawmaker"
	}
	return ""
}

// mention adds a mention of the entity, once.
func (e *entity) mention(r segment.Range) {
	if r.Len() <= 0 {
		return
	}
	i, found := slices.BinarySearchFunc(e.sorted, r, byStartEnd)
	if found {
		return
	}
	e.sorted = slices.Insert(e.sorted, i, r)
	e.mentions = append(e.mentions, r)
}

func byStartEnd(a, b segment.Range) int {
	if a.Start != b.Start {
		return a.Start - b.Start
	}
	return a.End - b.End
}

// firstMention is the first token of the entity's earliest mention.
func (e *entity) firstMention() int {
	if len(e.sorted) > 0 {
		return min(e.first, e.sorted[0].Start)
	}
	return e.first
}

// lastBefore is the token of the entity's latest mention that starts
// before token pos, or of its first mention if that is later.
func (e *entity) lastBefore(pos int) int {
	last := e.first
	i, _ := slices.BinarySearchFunc(e.sorted, pos, func(m segment.Range, pos int) int { return m.Start - pos })
	if i > 0 {
		last = max(last, e.sorted[i-1].Start)
	}
	return last
}

// event records a mention of entity id at token pos, outside quotations,
// for pronouns to look back to.
func (d *doc) event(pos, id int) {
	if d.byline.Start <= pos && pos < d.byline.End {
		return // the writer, whom no description or pronoun of the story means
	}
	if d.seg.QuoteDepth[pos] == 0 {
		if d.ents.list[id].kind == Organization {
			d.ents.bodies.put(d.n, pos, id, false)
			return
		}
		d.ents.remember(d.n, pos, id, false)
	}
}

// byLastName finds the person whose last name is w: the latest one
// introduced before token pos, else the first one after. Of a name with
// a gendered honorific before it ("Mrs Kowalczyk" beside Brett
// Kowalczyk), only a person of that gender or of none known.
func (d *doc) byLastName(w string, pos int, g firstname.Gender) int {
	if id := d.namesake(d.ents.byLast[w], pos, g); id >= 0 || strings.Contains(w, "-") {
		return id
	}
	// "Azhari" of "Tariq Mehmood al-Azhari", "Assad" of "Bashar al-Assad":
	// news drops the article of an Arabic surname.
	for _, article := range [...]string{"al-", "el-"} {
		if id := d.latestOf(d.ents.byLast[article+w], pos, g); id >= 0 {
			return id
		}
	}
	// "Ibarra" of "Gonzalo Ibarra Quiroga": the first of two surnames
	// (or a name between), of no one whose last name it is.
	var inner []int
	for _, id := range d.ents.byInner[w] {
		if d.plainName(d.ents.list[id]) {
			inner = append(inner, id)
		}
	}
	return d.namesake(inner, pos, g)
}

// bySurname is the person a name that ends in a surname refers to
// ("Kovac", "Mrs Kowalczyk", "Candidate Trump"): by its last word as a
// last name, of the honorific's gender; else, a lone word after an
// honorific or a title, as a family name written first ("Dr Xu").
func (d *doc) bySurname(name []int, pos int) int {
	g := d.honorificGender(name[0])
	if id := d.elderOrYounger(name, pos); id >= 0 {
		return id
	}
	if id := d.titledNamesake(name, g); id >= 0 {
		return id
	}
	id := d.byLastName(d.word(name[len(name)-1]), pos, g)
	if id < 0 && len(name) == 1 && g != firstname.Unknown {
		id = d.kinNamedBefore(name[0], pos, g)
	}
	if id < 0 && len(name) == 1 && d.personLike(name) {
		id = d.byFamilyName(d.word(name[0]), pos, g)
		if id < 0 {
			// "Judge Tan" after "Tan Mei Foong", whose family name the
			// lists hold as a first name: after an honorific or a title,
			// a person's first word is a family name (no one writes "Mr
			// John").
			id = d.personOpening(d.word(name[0]), pos)
		}
	}
	if id < 0 && len(name) == 1 && !d.personLike(name) && !d.introducedAt(name[0]) {
		id = d.personInner(d.word(name[0]), pos)
	}
	return id
}

// introducedAt: the one-word name at token k comes with what introduces
// someone new: a kin word before it ("His father, Hamad") or a
// description after its comma ("Bambang, a farmer from Central Java,",
// "Felipe, the Brazil midfielder,").
func (d *doc) introducedAt(k int) bool {
	if d.kinBefore(segment.Range{Start: k, End: k + 1}) >= 0 {
		return true
	}
	if k+2 < d.n && d.text(k+1) == "," {
		switch d.low[k+2] {
		case "a", "an", "the":
			return true
		}
	}
	return false
}

// personInner is the one person named before pos whose name of three
// words or more holds w neither first nor last: a given name between a
// family name and a suffix or a father's name ("Pratima" of "Laishram
// Pratima Devi", "Arulmozhi" of "T. Arulmozhi Varman"). None if no one
// or several are, or if a person's name of two words or more opens
// with w. byLastName's inner names are those of names a first name
// opens, looked up before anyone else's; this is the last resort for a
// word no one's name opens or ends with.
func (d *doc) personInner(w string, pos int) int {
	found := None
	for id, e := range d.ents.list {
		if e.kind != Person || e.first > pos {
			continue
		}
		words := strings.Fields(e.name)
		if len(words) >= 2 && lower(words[0]) == w {
			return None // "Wong" of "Wong Ka-ming", a family name written first, beside a name that holds it
		}
		if len(words) < 3 || !slices.ContainsFunc(words[1:len(words)-1], func(x string) bool { return lower(x) == w }) {
			continue
		}
		if found >= 0 {
			return None
		}
		found = id
	}
	return found
}

// titledNamesake is, of the persons who share the last name of name,
// the one whose title or description holds the title word right before
// it ("Dr Qureshi" of Dr Fauzia Qureshi beside Shah Nawaz Qureshi, "Dr
// Lim" of Dr Lim Swee Choo beside Lim Mei Ling), when one alone does; a
// form of address that says only a sex ("Mr", "Mrs") tells none. None
// otherwise.
func (d *doc) titledNamesake(name []int, g firstname.Gender) int {
	k := name[0] - 1
	if k >= 0 && d.text(k) == "." {
		k--
	}
	if k < 0 || !d.titleWord(k) || wordGender(d.low[k]) != firstname.Unknown {
		return None
	}
	title := strings.TrimSuffix(d.word(k), ".")
	w := d.word(name[len(name)-1])
	ids := slices.Concat(d.ents.byLast[w], d.ents.byFamilyFirst[w]) // "Lim" of "Lim Swee Choo" too
	if len(ids) < 2 {
		return None
	}
	found := None
	for _, id := range ids {
		e := d.ents.list[id]
		if !e.agrees(g) || !e.words[title] && !nameHasWord(strings.ReplaceAll(e.title, ".", ""), title) {
			continue
		}
		if found >= 0 {
			return None
		}
		found = id
	}
	return found
}

// kinNamedBefore is the relative the text has named by a given name of
// gender g after a kin word ("His wife, Tamsin, was watching" ... "Mrs
// Kowalczyk said", "with her husband, Tom" ... "Mr Hale said"), whose
// owner bears the surname at token tok; None unless one alone is.
func (d *doc) kinNamedBefore(tok, pos int, g firstname.Gender) int {
	return d.namedKin(d.word(tok), pos, func(k, kin int) bool {
		given := d.givenGender(k)
		return given == g || given == firstname.Unknown && wordGender(d.low[kin]) == g // "his wife, Tamsin,": a name no list holds, of the kin word's gender
	})
}

// namedKin is the one relative of the family of surname that the text
// named by a given name alone after a kin word at kin, owned by a person
// of that surname, within kinLookBack tokens before pos, for which
// fits(k, kin) holds of the name at k; None when there is none or there
// are two. The relative is no one a bare surname then refers to
// (kinEntity's note), so that "Kowalczyk said he" stays the one the text
// named in full.
func (d *doc) namedKin(surname string, pos int, fits func(k, kin int) bool) int {
	var found segment.Range
	owner := None
	for k := pos - 1; k >= 0 && k >= pos-kinLookBack; k-- {
		run := segment.Range{Start: k, End: k + 1}
		if d.seg.Tokens[k].Kind != segment.Word || !d.capitalized(k) || k+1 < d.n && d.nameTok(k+1) {
			continue // "His wife, Tamsin Rees,": a name of her own
		}
		kin := d.kinBefore(run)
		if kin < 0 || !fits(k, kin) {
			continue
		}
		o := d.kinOwner(run, pos)
		if o < 0 || d.ents.list[o].last != surname || d.namesakeKin(run, o) {
			continue
		}
		if owner >= 0 && !strings.EqualFold(d.text(found.Start), d.text(k)) {
			return None // "his wife, Mary, ... his mother, Ann": which, the text does not say
		}
		if owner < 0 {
			found, owner = run, o
		}
	}
	if owner < 0 {
		return None
	}
	return d.kinEntity(found, owner, false) // made only once the relative is sure
}

// kinLookBack is how many tokens before a titled surname kinNamedBefore
// reads for the relative it names: about two paragraphs.
const kinLookBack = 200

// elderOrYounger is the person "the elder Ó Ceallaigh" or "the younger
// Mr Galang" refers to: of the persons of that last name met before pos,
// the one the text calls a parent ("his father, Diarmuid Ó Ceallaigh",
// "Ramon Dizon Sr.") for the elder, or a child for the younger, when one
// alone is, or the one not called a child beside the one called one;
// else None.
func (d *doc) elderOrYounger(name []int, pos int) int {
	k := name[0] - 1
	for k >= 0 && k >= name[0]-3 && (lexicon.Honorifics.Has(strings.TrimSuffix(d.low[k], ".")) || d.low[k] == "." || d.nameTok(k) || lexicon.SurnameParticles.Has(d.low[k])) {
		k-- // "the elder Mr Galang", "the elder Ó Ceallaigh"
	}
	if k < 0 || d.low[k] != "elder" && d.low[k] != "younger" {
		return None
	}
	want := 1
	if d.low[k] == "younger" {
		want = -1
	}
	// Of the persons whose names hold the surname ("Eusebio Quispe
	// Huamán" for "the elder Quispe"), the one of the generation wanted,
	// else the one of no generation told beside one of the other.
	var of [3][]int // by generation, -1 to 1
	for _, id := range d.ents.byWord[d.word(name[len(name)-1])] {
		if e := d.ents.list[id]; e.kind == Person && e.first < pos {
			g := d.generation(e)
			of[g+1] = append(of[g+1], id)
		}
	}
	switch {
	case len(of[want+1]) == 1:
		return of[want+1][0]
	case len(of[want+1]) == 0:
		// "Chantal Beaulieu, who co-owns the pub with her father, Luc":
		// the parent the text named by a given name after the kin word.
		if id := d.kinOfGeneration(d.word(name[len(name)-1]), pos, want); id >= 0 {
			return id
		}
		if len(of[1]) == 1 && len(of[1-want]) == 1 {
			return of[1][0]
		}
	}
	return None
}

// kinOfGeneration is the relative of the family of surname that the text
// named by a given name after a kin word of generation want ("her father,
// Luc" for the elder, "his son, Minh" for the younger), as namedKin finds
// one.
func (d *doc) kinOfGeneration(surname string, pos, want int) int {
	return d.namedKin(surname, pos, func(_, kin int) bool { return kinGeneration(d.low[kin]) == want })
}

// namesakeKin: the relative's given name is the owner's ("his son,
// Donald" of Donald J. Trump), a junior whose full name the given name
// and the surname would not tell from the father's.
func (d *doc) namesakeKin(run segment.Range, owner int) bool {
	first, _, _ := strings.Cut(d.ents.list[owner].name, " ")
	return strings.EqualFold(first, d.text(run.Start))
}

// kinGeneration is 1 for a kin word of a parent, -1 of a child, else 0.
func kinGeneration(w string) int {
	switch w {
	case "father", "mother", "dad", "mum", "mom", "grandfather", "grandmother":
		return 1
	case "son", "daughter", "grandson", "granddaughter":
		return -1
	}
	return 0
}

// generation is 1 for a person the text calls a parent (a kin word
// before a mention, "his father, Diarmuid Ó Ceallaigh"; "Sr." after the
// name), -1 for a child ("her son, Minh Nguyen"; "Jr."), 0 for neither.
func (d *doc) generation(e *entity) int {
	g := 0
	vote := func(w string) {
		if v := generationWord(w); v != 0 {
			g = v
		}
	}
	for _, w := range strings.Fields(strings.ToLower(e.name)) {
		vote(w)
	}
	for _, m := range e.mentions {
		// "His son, Rangers captain Kunle Olatunji", "His father,
		// 74-year-old Wiremu Te Rangi", "his father and trainer, Domingo
		// Saavedra".
		k := d.wordBeforeName(m.Start, func(w string) bool { return generationWord(w) != 0 })
		if k < 0 {
			continue
		}
		vote(d.low[k])
		if k > 0 && (d.low[k] == "brother" || d.low[k] == "sister") {
			// "his elder brother, Asad Mehmood Abbasi": a sibling's age
			// tells the elder from the younger as a generation would.
			switch d.low[k-1] {
			case "elder", "older", "eldest", "oldest", "big":
				g = 1
			case "younger", "youngest", "little", "baby":
				g = -1
			}
		}
	}
	return g
}

// generationWord is 1 for a word of a parent's generation ("father",
// "Sr."), -1 of a child's ("son", "Jr."), else 0.
func generationWord(w string) int {
	switch w {
	case "father", "mother", "dad", "mum", "mom", "grandfather", "grandmother", "sr", "sr.", "senior":
		return 1
	case "son", "daughter", "grandson", "granddaughter", "jr", "jr.", "junior":
		return -1
	}
	return 0
}

// wordBeforeName is the token where, going back from a name that starts
// at token start, a comma and the title, age or other name words before
// it end (stop ends it at once): the kin word that introduces the name
// ("His father, Engr. Reynaldo Dimaculangan"), across a role "and"
// joins to it ("his father and trainer, Domingo Saavedra"); -1 past five
// tokens.
func (d *doc) wordBeforeName(start int, stop func(string) bool) int {
	k, comma := start-1, false
	for k >= 0 && k >= start-5 && !stop(d.low[k]) && (d.text(k) == "," && !comma || d.nameTok(k) || d.titleWord(k) || ageWord(d.low[k]) || d.text(k) == "-" || isNumber(d.low[k])) {
		comma = comma || d.text(k) == ","
		k--
	}
	if j := d.kinAcrossRole(k); j != k {
		return j
	}
	if k < start-5 {
		return -1
	}
	return k
}

// byFamilyName is byLastName for a name written family name first: the
// person whose name opens with w ("Dr Xu" is Xu Meiling). Only after an
// honorific or a title does a bare word say that it is a family name,
// not a product's or a body's ("Nissan" of "Nissan Connect").
func (d *doc) byFamilyName(w string, pos int, g firstname.Gender) int {
	return d.latestOf(d.ents.byFamilyFirst[w], pos, g)
}

// namesake is the person of ids, who share a last name, that the bare
// name at token pos refers to: the one introduced last (latestOf) when
// that was in pos's paragraph or the one before, a switch a reader
// follows; else the one named most often before pos, whom the text is
// about ("Clinton" is still Hillary Clinton pages after a passing "Bill
// Clinton").
func (d *doc) namesake(ids []int, pos int, g firstname.Gender) int {
	best := d.latestOf(ids, pos, g)
	if best < 0 || len(ids) < 2 {
		return best
	}
	if owner := d.kinOwnerAmong(best, ids, pos, g); owner >= 0 && !d.spokeBefore(best, pos) {
		return owner // not when the relative has spoken ("Jake Moore said the loss hurt. ... Moore said")
	}
	e := d.ents.list[best]
	if e.first > pos || int(d.seg.ParagraphOf[pos])-int(d.seg.ParagraphOf[e.first]) <= 1 {
		return best
	}
	most, count := best, e.mentionsBefore(pos)
	for _, id := range ids {
		o := d.ents.list[id]
		if o.first <= pos && o.agrees(g) {
			if n := o.mentionsBefore(pos); n > count {
				most, count = id, n
			}
		}
	}
	return most
}

// spokeBefore: person id is the source of an attribution before pos.
func (d *doc) spokeBefore(id, pos int) bool {
	m := &d.ents.recent[personPronoun]
	if m.latest == nil {
		return false
	}
	for at := m.held.before(pos); at >= 0; at = m.held.before(at) {
		if int(m.latest[at].source)-1 == id {
			return true
		}
	}
	return false
}

// kinAcrossRole is the token of the kin word before a role that "and"
// joins to it, when token k is that role ("his father and trainer,
// Domingo Saavedra": k at "trainer"), else k.
func (d *doc) kinAcrossRole(k int) int {
	if k >= 2 && k < d.n && d.low[k-1] == "and" && lexicon.KinNouns.Has(d.low[k-2]) && d.personNoun(k) {
		return k - 2
	}
	return k
}

// kinOwnerAmong is the namesake of ids whose relative the text
// introduced entity id as ("Her father, Paul Marchetti", "Fairweather's
// sister Jess"), named before pos, of gender g, and quoted before pos, or
// -1: news gives the relative a first name or a kin word, and the bare
// surname stays with the one the family is about who speaks. One who has
// not spoken (a child in a coma, a soldier killed, "His father, Daniel
// Brooks, drove through the night") leaves it to the relative, who is
// introduced to speak (the second session's reviewer's).
func (d *doc) kinOwnerAmong(id int, ids []int, pos int, g firstname.Gender) int {
	e := d.ents.list[id]
	if len(e.sorted) == 0 {
		return -1
	}
	m := e.sorted[0]
	k := d.wordBeforeName(m.Start, lexicon.KinNouns.Has)
	if k < 1 || !lexicon.KinNouns.Has(d.low[k]) || d.seg.SentenceOf[k] != d.seg.SentenceOf[m.Start] {
		return -1
	}
	p := k - 1
	for p > 0 && postag.IsAdjective(d.tags[p]) {
		p-- // "his late father", "her younger sister"
	}
	var owned func(o int) bool
	switch owner := ownerPronoun(d.low[p]); {
	case owner == "he" || owner == "she":
		if g != firstname.Unknown && g != pronounGender(owner) {
			return -1 // "Mrs Adebanjo" after "His mother, Mrs Folasade Adebanjo" is the mother
		}
		owned = func(o int) bool { return d.ents.list[o].agrees(pronounGender(owner)) }
	case d.possessive(p) && d.capitalized(p):
		owned = func(o int) bool { return d.ents.list[o].last == d.low[p] || d.ents.list[o].last == lower(d.word(p)) }
	default:
		return -1
	}
	found, at := -1, -1
	for _, o := range ids {
		oe := d.ents.list[o]
		if o == id || oe.kind != Person || oe.first >= k || oe.first > pos || !oe.agrees(g) || !owned(o) || !d.spokeBefore(o, pos) {
			continue
		}
		if last := oe.lastBefore(k); last > at {
			found, at = o, last
		}
	}
	return found
}

// mentionsBefore is the number of the entity's mentions that start
// before token pos.
func (e *entity) mentionsBefore(pos int) int {
	i, _ := slices.BinarySearchFunc(e.sorted, pos, func(m segment.Range, pos int) int { return m.Start - pos })
	return i
}

// latestOf is the entity of ids, of gender g or none known, first
// mentioned last before pos, else the first after it.
func (d *doc) latestOf(ids []int, pos int, g firstname.Gender) int {
	best, after := -1, -1
	for _, id := range ids {
		if !d.ents.list[id].agrees(g) {
			continue
		}
		if d.ents.list[id].first <= pos {
			best = id
		} else if after < 0 {
			after = id
		}
	}
	if best < 0 {
		return after
	}
	return best
}

// honorificGender is the gender of the honorific that opens the name at
// token pos ("Mrs", "Mr."), Unknown if there is none: what byLastName
// needs to know of a bare last name.
func (d *doc) honorificGender(pos int) firstname.Gender {
	for k := pos; k >= 0 && k < d.n && k >= pos-2; k-- {
		if lexicon.Honorifics.Has(d.low[k]) {
			return wordGender(d.low[k])
		}
		if !d.skipTok(k) && k != pos {
			break
		}
	}
	return firstname.Unknown
}

// addEmployer records token k's word as an employer's (entities.employers)
// when it is a capitalized word that is no title, description, place or
// first name.
func (es *entities) addEmployer(d *doc, k int) {
	w := d.word(k)
	if !d.capitalized(k) || d.titleWord(k) || lexicon.Affiliations.Has(w) || lexicon.Descriptors.Has(w) ||
		lexicon.Honorifics.Has(w) || lexicon.Places.Has(w) || d.firstName(k) != firstname.Unknown {
		return
	}
	if es.employers == nil {
		es.employers = map[string]bool{}
	}
	es.employers[w] = true
}
