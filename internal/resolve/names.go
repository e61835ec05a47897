package resolve

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/firstname"
	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// scanNames finds the named persons and bodies of the document: runs of
// capitalized words with at least two name words, or a title or
// honorific before the name; then the single words that are the last
// name of a person or the short name of a body. A name that stands
// anywhere in apposition to an organization noun ("the ferry operator,
// Bayline Marine") is an organization throughout.
func (d *doc) scanNames() {
	es := &d.ents
	type named struct {
		run         segment.Range
		title, name []int
		appos       segment.Range // a body's noun phrase beside it ("the maker of ...")
	}
	var runs, bodies []named
	orgs := map[string][]segment.Range{} // names seen beside an organization noun, and the phrases
	for _, sen := range d.seg.Sentences {
		for k := sen.Start; k < sen.End; k++ {
			if d.bp[k] || !d.nameTok(k) {
				continue
			}
			e := k
			for e+1 < sen.End && (d.nameTok(e+1) || d.skipTok(e+1) || d.orgJoin(e+1) || d.titleJoin(e+1) || d.particle(e+1) ||
				(d.officeJoin(e, e+1) && e+2 < sen.End && d.nameTok(e+2))) && (!d.possessive(e) || d.saintsPossessive(e)) {
				e++
			}
			for e > k && d.skipTok(e) {
				e--
			}
			run := segment.Range{Start: k, End: e + 1}
			k = e
			if d.wholeQuotation(run) {
				continue // a slogan or a work's title: "a shirt that read ''Fascist Trump''"
			}
			title, name := d.splitName(run)
			if len(name) == 0 && d.bodyOf(run) {
				// "The Office of the Data Protection Commissioner": a
				// body named after an office, as properSource reads it.
				title, name = nil, title
			}
			if len(name) == 0 {
				continue
			}
			if d.properKind(name) != Person {
				// "Iran's Foreign Ministry": a body's name holds the place
				// or body that owns it.
				if p := run.Start - 1; p >= sen.Start && d.possessive(p) && d.nameTok(p) {
					owner := d.properRun(p, sen.Start)
					if _, n := d.splitName(owner); d.properKind(n) == Organization {
						run.Start = owner.Start
					}
				}
				b := named{run: run, title: title, name: name}
				if appos, ok := d.besideOrgNoun(run, sen); ok {
					b.appos = appos // "Hanbit Learning, the maker of ...": a business
				}
				bodies = append(bodies, b)
				continue
			}
			if len(title) == 0 && d.bodyNounBefore(run, sen) {
				bodies = append(bodies, named{run: run, name: name}) // "Passenger group Mersey Rail Users"
				continue
			}
			title, name = d.personName(title, name)
			runs = append(runs, named{run: run, title: title, name: name})
			if len(title) == 0 && !d.personLike(name) && (len(name) == 1 || d.firstName(name[0]) == firstname.Unknown) {
				// "Pukeko Civil, the Nelson firm", not "Harlan Crow, the
				// Dallas real estate developer"
				if appos, ok := d.besideOrgNoun(run, sen); ok {
					low := strings.ToLower(d.joinWords(name))
					orgs[low] = append(orgs[low], appos)
				}
			}
		}
	}
	// Where each name is first met outside the title: a short name
	// used before a full name that adds more than a legal form to it is
	// a body of its own ("Apple said" long before "Apple TV+ content"),
	// not the full name's short one; "Home Depot" before "Home Depot Inc"
	// is.
	firstMet := map[string]int{}
	for _, r := range runs {
		if low := strings.ToLower(d.joinWords(r.name)); !d.inTitle(r.run.Start) {
			if _, ok := firstMet[low]; !ok {
				firstMet[low] = r.run.Start
			}
		}
	}
	for _, b := range bodies {
		id := d.orgNamed(b.run)
		if b.appos.Len() > 0 {
			es.addWords(d, id, b.appos)
		}
		if len(b.name) >= 2 {
			d.ents.addEmployer(d, b.name[0]) // "Nissan" of "Nissan North America Inc"
		}
	}
	for short, id := range es.orgShort {
		if at, ok := firstMet[short]; ok && id != ambiguousPrefix && at < es.list[id].first && productOf(short, es.list[id].name) {
			delete(es.orgShort, short)
		}
	}
	for _, r := range runs {
		for _, k := range r.title {
			d.ents.addEmployer(d, k) // "Lexus" of "Lexus Project Manager Fumihiko Hazama"
		}
	}
	// sharedSurname is the surname, of a person's name run right after
	// "and", that a single given name at token k shares ("siblings Ritika
	// and Kabir Mehra", "Aroha and Hemi Te Rangi": two persons of that
	// surname); both first words given names the lists know, of a sex or
	// of both ("Kieran and Declan Doyle").
	sharedSurname := func(k int) []int {
		given := func(k int) bool {
			return firstname.Given(d.text(k)) != firstname.Unknown || firstname.Known(foldAccents(d.word(k)))
		}
		if k+2 >= d.n || d.low[k+1] != "and" || !given(k) || !given(k+2) {
			return nil
		}
		for _, r := range runs {
			if r.run.Start == k+2 && len(r.title) == 0 && len(r.name) >= 2 && r.name[0] == k+2 {
				return r.name[1:]
			}
		}
		return nil
	}
	// A given name alone that shares the surname of the name after "and"
	// is met first, so that the same given name with a title later
	// ("singer Kieran, 24,") finds the full name.
	shared := map[int]bool{}
	for _, r := range runs {
		if len(r.name) == 1 && len(r.title) == 0 && !d.personLike(r.name) {
			if surname := sharedSurname(r.name[0]); surname != nil {
				d.personEntity(r.run, nil, append([]int{r.name[0]}, surname...))
				shared[r.run.Start] = true
			}
		}
	}
	type single struct {
		run segment.Range
		tok int
	}
	var singles []single
	var surnames []named
	for i, r := range runs {
		full := d.joinWords(r.name)
		low := strings.ToLower(full)
		if id, ok := es.shortBody(low); ok && len(r.title) == 0 {
			es.list[id].mention(r.run) // "Orchard Bay" of "Orchard Bay Holdings"
			continue
		}
		if id, ok := es.prefixBody(low, r.run.Start); ok && len(r.title) == 0 && !es.named(low) {
			es.list[id].mention(r.run) // "Lee Valley" of "Lee Valley Mutual"
			continue
		}
		if apposed := orgs[low]; apposed != nil {
			id, ok := es.byName[low]
			if !ok {
				id = es.add(&entity{name: full, kind: Organization, first: r.run.Start})
				es.addShortNames(id, d.words(r.name))
				d.addPrefixNames(id, d.words(r.name), r.run.Start)
			}
			for _, appos := range apposed {
				es.addWords(d, id, appos) // "a Lisbon-based startup": the startup, though the headline named it first
			}
			es.addWords(d, id, r.run)
			es.list[id].mention(r.run)
			d.event(r.run.Start, id)
			continue
		}
		if len(r.name) == 1 && len(r.title) == 0 && !d.personLike(r.name) {
			singles = append(singles, single{r.run, r.name[0]})
			continue
		}
		if i > 0 && d.aliasOf(runs[i-1].run, r.run) {
			d.alias(runs[i-1].name, r.run, r.title, r.name)
			continue
		}
		if d.particleSurname(r.name) && len(r.title) == 0 {
			// "Ó Dálaigh: ..." in a headline over "Colm Ó Dálaigh said":
			// a surname alone waits, as a bare last name does, for the
			// full names of the whole text.
			surnames = append(surnames, r)
			continue
		}
		d.roleBefore(d.personEntity(r.run, r.title, r.name), r.run)
	}
	for _, s := range singles {
		if shared[s.run.Start] {
			continue
		}
		if id := d.byLastName(d.word(s.tok), s.tok, firstname.Unknown); id >= 0 {
			es.list[id].mention(s.run)
			if !d.prenominal(s.run) {
				d.event(s.run.Start, id)
			}
		} else if id, ok := es.shortBody(d.word(s.tok)); ok {
			es.list[id].mention(s.run)
		}
	}
	for _, r := range surnames {
		d.roleBefore(d.personEntity(r.run, r.title, r.name), r.run)
	}
}

// aliasOf: the words between the name runs first and second, after a
// comma, join two names of one person (aliasPhrase).
func (d *doc) aliasOf(first, second segment.Range) bool {
	k := first.End
	if k >= d.n || d.text(k) != "," || second.Start-k > 6 || d.seg.SentenceOf[k] != d.seg.SentenceOf[second.Start] {
		return false
	}
	return d.aliasPhrase(segment.Range{Start: k + 1, End: second.Start})
}

// aliasPhrase: the words of r join a name to another name of the same
// person: one they are known by ("popularly known as", "better known
// as", "also known as"), or the one they were born with ("born", "whose
// real name is", "née").
func (d *doc) aliasPhrase(r segment.Range) bool {
	words := make([]string, 0, r.Len())
	for j := r.Start; j < r.End; j++ {
		words = append(words, d.low[j])
	}
	switch strings.Join(words, " ") {
	case "known as", "popularly known as", "better known as", "also known as", "commonly known as", "widely known as", "professionally known as",
		"born", "whose real name is", "real name", "née", "nee":
		return true
	}
	return false
}

// alias makes the second of two name runs that aliasOf joins a name of
// the person the first names: the name they are known by, or the one
// they were born with. The person keeps the name the text gives first,
// the one they go by: "Caitlyn Jenner, born William Bruce Jenner," is
// never the birth name (the second session's reviewer's). A
// second name that is someone else's outside the title ("Obaapa Boy's
// ex-manager drags him to court" names no one else), or a first that
// names no person, leaves the second to the usual reading.
func (d *doc) alias(first []int, second segment.Range, title, name []int) {
	es := &d.ents
	id, ok := es.byName[strings.ToLower(d.joinWords(first))]
	full := d.joinWords(name)
	low := strings.ToLower(full)
	if other, taken := es.byName[low]; !ok || es.list[id].kind != Person || taken && other != id && !d.onlyInTitle(other) {
		d.roleBefore(d.personEntity(second, title, name), second)
		return
	}
	e := es.list[id]
	es.byName[low] = id
	es.addWords(d, id, second)
	e.mention(second)
	d.event(second.Start, id)
}

// saintsPossessive: token k is a saint's name in the possessive inside
// the name of what bears it ("St Brigid's Regional Hospital", "St.
// John's College"): a capitalized word follows, and "St", "St." or
// "Saint" comes before it.
func (d *doc) saintsPossessive(k int) bool {
	if !d.possessive(k) || k+1 >= d.n || !d.nameTok(k+1) {
		return false
	}
	j := k - 1
	if j >= 0 && d.text(j) == "." {
		j--
	}
	return j >= 0 && (d.low[j] == "st" || d.low[j] == "saint")
}

// wholeQuotation: the run is all the words of a quotation, opening right
// after its mark and closing before it (a comma between), and no name
// stands outside either mark, as a nickname's does.
func (d *doc) wholeQuotation(run segment.Range) bool {
	open, end := run.Start-1, run.End
	for end < d.n && d.text(end) == "," {
		end++
	}
	toks := d.seg.Tokens
	if open < 0 || end >= d.n || toks[open].Kind != segment.Quote || toks[end].Kind != segment.Quote {
		return false
	}
	return !(open > 0 && d.nameTok(open-1)) && !(end+1 < d.n && d.nameTok(end+1))
}

// officeJoin: token k joins the title word at t to the name of its
// office ("Secretary of State", "Minister for Fisheries").
func (d *doc) officeJoin(t, k int) bool {
	switch d.low[k] {
	case "of":
		return lexicon.TitleWords.Has(d.word(t)) || compoundTitle(d.word(t)) // "Inspector-General of Police"
	case "for":
		return lexicon.OfficesFor.Has(d.word(t))
	case "on":
		return lexicon.OfficesOn.Has(d.word(t))
	}
	return false
}

// particleSurname says whether name is a surname alone that opens with
// its particle capitalized ("Le Pen", "Ó Dálaigh", "Van der Merwe").
func (d *doc) particleSurname(name []int) bool {
	if len(name) < 2 || !d.surnameParticle(name) || !d.capitalized(name[0]) {
		return false
	}
	for _, k := range name[1 : len(name)-1] {
		if !lexicon.NameParticles.Has(d.low[k]) {
			return false
		}
	}
	return true
}

// besideOrgNoun finds the noun phrase headed by an organization noun
// that a name run of sentence sen stands in apposition to: "the ferry
// operator, Bayline Marine," or "Bayline Marine, the ferry operator," or
// "Quarry, a Lisbon-based startup that makes ...". The apposition must be
// closed by a comma, a relative pronoun or the end of the sentence, so
// that "The committee, Smith said," and "According to Ham, the
// administration has" are not taken for one. ok is false if there is
// none.
func (d *doc) besideOrgNoun(run, sen segment.Range) (appos segment.Range, ok bool) {
	closed := func(k int) bool { return k >= sen.End || d.text(k) == "," || d.isPunct(k) && k == sen.End-1 }
	// Before: a lower-case organization noun and a comma, its phrase not
	// the object of a preposition ("a spokesman for the campaign, John
	// Podesta" is the spokesman).
	if k := run.Start - 1; k-1 >= sen.Start && d.text(k) == "," && !d.capitalized(k-1) && lexicon.OrgNouns.Has(d.word(k-1)) && closed(run.End) {
		s := k - 1
		for s-1 >= sen.Start && d.chunkTok(s-1) && d.text(s-1) != "," {
			s--
		}
		return segment.Range{Start: s, End: k}, s == sen.Start || d.tags[s-1] != postag.IN && d.tags[s-1] != postag.TO
	}
	// After: a comma and "the ... noun", the noun an organization noun.
	k := run.End
	if k+1 >= sen.End || d.text(k) != "," || d.tags[k+1] != postag.DT {
		return segment.Range{}, false
	}
	head, j := -1, k+2
	for ; j < sen.End && d.chunkTok(j) && (!d.capitalized(j) || postag.IsAdjective(d.tags[j]) || j+1 < sen.End && d.chunkTok(j+1) && !d.capitalized(j+1)); j++ {
		// a place's name may modify the noun: "the Nelson firm"
		if postag.IsNoun(d.tags[j]) && !d.capitalized(j) {
			head = j
		}
	}
	if pp := j; pp < sen.End && (d.low[pp] == "of" || d.low[pp] == "in" || d.low[pp] == "for") {
		// "the maker of a popular AI tutoring app,"
		for pp++; pp < sen.End && d.chunkTok(pp); pp++ {
		}
		if closed(pp) {
			j = pp
		}
	}
	// A relative clause, or a participle's ("the Bangkok-based company
	// building the dam,", "a firm based in Lagos,"), may follow the noun.
	relative := j < sen.End && (d.low[j] == "that" || d.low[j] == "which" || (d.tags[j] == postag.VBG || d.tags[j] == postag.VBN) && !d.capitalized(j))
	return segment.Range{Start: k + 1, End: j}, head >= 0 && (lexicon.OrgNouns.Has(d.word(head)) || lexicon.CompanyNouns.Has(d.word(head))) && (closed(j) || relative)
}

// bodyNounBefore: the name of run follows the noun of a body or a service
// that says what it is ("Food delivery platform Makan Go", "Passenger
// group Mersey Rail Users"); not a noun of a trade a person may ply too
// ("dive operator Craig Lawless", "publisher Rupert Murdoch").
func (d *doc) bodyNounBefore(run, sen segment.Range) bool {
	k := run.Start - 1
	if k < sen.Start || d.capitalized(k) || !postag.IsNoun(d.tags[k]) || d.titleWord(k) {
		return false
	}
	w := d.word(k)
	if !lexicon.OrgNouns.Has(w) && !lexicon.CompanyNouns.Has(w) && !lexicon.ServiceNouns.Has(w) || lexicon.PersonTrades.Has(w) || lexicon.Honorifics.Has(d.low[run.Start]) {
		return false
	}
	if e := run.End; e < d.n && postag.IsVerb(d.tags[e]) && lexicon.SpeechClassOf(d.low[e]) == lexicon.NoSpeech {
		return false // "the platform Elon Musk bought": a relative clause's subject
	}
	// A first name opens a person's name ("the union Joe Bloggs leads"),
	// unless the name ends in a plural, as a body of members does
	// ("Mersey Rail Users").
	return !firstname.Known(foldAccents(d.word(run.Start))) || d.membersNoun(run.End-1)
}

// personEntity adds a mention of a named person, creating the entity.
func (d *doc) personEntity(run segment.Range, title, name []int) int {
	full := d.joinWords(name)
	es := &d.ents
	id, ok := es.byName[strings.ToLower(full)]
	surnameOnly := false // the name is a surname with its particle, whose first word is no first name ("Dela" of "Dela Cruz-Santos")
	if !ok && len(name) >= 3 && d.firstName(name[0]) == firstname.Unknown && !d.particle(name[1]) {
		// "Crooked Hillary Clinton": a word before the name of a person
		// the text names is a nickname or an epithet.
		if id, ok = es.byName[strings.ToLower(d.joinWords(name[1:]))]; ok && es.list[id].kind == Person {
			title = append(title[:len(title):len(title)], name[0])
		} else {
			ok = false
		}
	}
	if !ok && len(name) >= 2 && d.surnameParticle(name) && d.capitalized(name[0]) {
		// "Le Pen" after "Marine Le Pen", "Ó Dálaigh" after "Colm Ó
		// Dálaigh": a surname that opens with its particle.
		id = d.bySurname(name[len(name)-1:], run.Start)
		ok = id >= 0
		surnameOnly = ok
	}
	if !ok && len(name) == 2 && d.low[name[0]] == "mac" && d.capitalized(name[0]) {
		// "Mr Mac Gearailt" after "Seosamh Mac Gearailt": "Mac" before
		// one word opens a first name too ("Mac Jones"), so it is a
		// particle only of a surname the text gives a person in full.
		if id = d.bySurname(name[1:], run.Start); id >= 0 && strings.HasSuffix(strings.ToLower(es.list[id].name), " mac "+d.word(name[1])) {
			ok, surnameOnly = true, true
		}
	}
	if !ok && len(name) >= 2 {
		// "Nur Aisyah" after "Nur Aisyah binti Kamaruddin": the given
		// names before a patronymic particle are the person.
		id, ok = d.givenNames(strings.ToLower(full))
	}
	if !ok && (len(name) >= 3 && d.particle(name[1]) || len(name) == 2 && d.firstName(name[0]) == firstname.Unknown) {
		// "Janse van Rensburg" after "Pieter Janse van Rensburg",
		// "Ortega Salazar" after "Luis Ortega Salazar": a surname of
		// several words is the person it ends the name of.
		id = d.byNameEnd(strings.ToLower(full), run.Start)
		ok, surnameOnly = id >= 0, id >= 0
	}
	if !ok && (len(name) == 1 || len(name) == 2 && d.describes(name[0]) && d.kinBefore(run) < 0) {
		// "Kovac", and "Candidate Trump" after "Donald Trump": a last
		// name, alone or after a word that may describe.
		id = d.bySurname(name, run.Start)
		ok = id >= 0
		if ok && len(name) == 2 {
			title = append(title[:len(title):len(title)], name[0])
		}
	}
	if !ok {
		id = es.add(&entity{name: full, kind: Person, last: d.lastName(name), first: run.Start})
	}
	e := es.list[id]
	if len(name) >= 2 && !surnameOnly && d.honorificGender(name[0]) == firstname.Unknown {
		// A gendered honorific says what the lists only guess, and of a
		// name written family name first ("Ms Tan Li Ying") the lists
		// read the family name.
		e.vote(d.givenGender(name[0]))
	}
	if len(name) >= 2 && !surnameOnly {
		e.vote(d.particleGender(name[1:]))
	}
	d.kinGender(run, e)
	if k := d.ownedNounBefore(run); k >= 0 {
		es.addWord(id, d.low[k]) // "his cousin Mele Taufa" is "His cousin" after
	}
	d.nicknamesIn(id, run)
	if k := d.titleModifierBefore(run, title); k >= 0 {
		es.addWord(id, d.low[k]) // "Presiding Commissioner Tom Brantley" is "the presiding commissioner" after
	}
	if e.title == "" && len(title) > 0 {
		e.title = d.joinWords(trimDet(d, title))
	}
	es.addWords(d, id, run)
	e.mention(run)
	if !d.prenominal(run) {
		d.event(run.Start, id)
	}
	return id
}

// kinGender counts the evidence of gender that a kin word before a
// person's name gives, of the person and of the one whose kin they are:
// in "Marama Ngata and her husband Wiremu Ngata", Wiremu is a man and
// Marama, the person named before "her" in the sentence, a woman.
func (d *doc) kinGender(run segment.Range, e *entity) {
	k := d.kinBefore(run)
	if k < 0 {
		return
	}
	e.vote(wordGender(d.low[k]))
	p := k - 1
	if p < 0 || d.tags[p] != postag.PRPS {
		return
	}
	g := pronounGender(ownerPronoun(d.low[p]))
	if g == firstname.Unknown {
		return
	}
	if id := d.ents.recent[personPronoun].latestBefore(p); id >= 0 && d.seg.SentenceOf[d.ents.list[id].lastBefore(p)] == d.seg.SentenceOf[p] {
		d.ents.list[id].vote(g)
	}
}

// kinBefore is the token of a kin word right before the run, past a
// comma ("her husband Wiremu Ngata", "his son, Prashanth Kallur"), or -1:
// a relative introduced by their full name, whose first word, a name the
// lists may lack, describes no one.
func (d *doc) kinBefore(run segment.Range) int {
	k := run.Start - 1
	if k >= 0 && d.text(k) == "," {
		k--
	}
	if k < 0 || !lexicon.KinNouns.Has(d.low[k]) && !lexicon.LifeEpithets.Has(d.low[k]) || d.seg.SentenceOf[k] != d.seg.SentenceOf[run.Start] {
		return -1 // not the end of the sentence before: "..., says mother\n\nMr Tom Hartley"
	}
	return k
}

// ownedNounBefore is the token of a common noun right before the run,
// past a comma, that a possessive pronoun or "whose" owns ("his cousin
// Mele Taufa", "whose mother, Bríd Ní Mhurchú"), or -1: the relation by
// which the text may refer back to them ("His cousin said").
func (d *doc) ownedNounBefore(run segment.Range) int {
	k := run.Start - 1
	if k >= 0 && d.text(k) == "," {
		k--
	}
	if k < 1 || d.tags[k] != postag.NN || d.capitalized(k) || !lexicon.PersonNoun(d.low[k]) || d.seg.SentenceOf[k] != d.seg.SentenceOf[run.Start] {
		return -1 // "his cousin", not "his statement"
	}
	if d.tags[k-1] != postag.PRPS && d.low[k-1] != "whose" {
		return -1
	}
	return k
}

// nicknamesIn makes each quoted nickname inside the run a name of person
// id ("Big Tam" of 'Thomas "Big Tam" Docherty'), by which the text may
// name them alone later, unless something else bears the name.
func (d *doc) nicknamesIn(id int, run segment.Range) {
	for s := run.Start; s < run.End; s++ {
		if d.seg.Tokens[s].Kind != segment.Quote {
			continue
		}
		for words := 1; words <= maxNicknameWords; words++ {
			if s+words+1 < run.End && d.quotedNickname(s, words) {
				low := strings.ToLower(d.rangeText(segment.Range{Start: s + 1, End: s + 1 + words}))
				if other, taken := d.ents.byName[low]; !taken || d.bareNickname(other, low) {
					d.ents.byName[low] = id
				}
				s += words + 1
				break
			}
		}
	}
}

// bareNickname: entity id is a person the text named by the nickname
// low alone before it gave the full name ("GenSan's 'Bobby Boy' takes
// crown" over 'Roberto "Bobby Boy" Saavedra'), whom the nickname goes on
// to name as the full name's.
func (d *doc) bareNickname(id int, low string) bool {
	e := d.ents.list[id]
	return e.kind == Person && e.title == "" && strings.EqualFold(e.name, low)
}

// titleModifierBefore is the capitalized participle or adjective right
// before a title that opens the run ("Presiding", "Acting", "Former" of
// "Presiding Commissioner Tom Brantley" opening a sentence), which the
// tagger leaves out of the name's run, or -1.
func (d *doc) titleModifierBefore(run segment.Range, title []int) int {
	k := run.Start - 1
	if len(title) == 0 || title[0] != run.Start || k < 0 || d.seg.SentenceOf[k] != d.seg.SentenceOf[run.Start] || !d.capitalized(k) || d.nameTok(k) {
		return -1
	}
	switch d.tags[k] {
	case postag.VBG, postag.VBN, postag.JJ:
		return k
	}
	return -1
}

// prenominal: the name modifies a common noun after an article ("the
// Obama legacy", "a Trump presidency", "the Clinton campaign"): no
// mention of the person a pronoun after it continues with.
func (d *doc) prenominal(run segment.Range) bool {
	if run.Start == 0 || run.End >= d.n {
		return false
	}
	switch d.low[run.Start-1] {
	case "the", "a", "an":
	default:
		return false
	}
	next := run.End
	return !d.capitalized(next) && (d.tags[next] == postag.NN || d.tags[next] == postag.NNS)
}

func trimDet(d *doc, toks []int) []int {
	for len(toks) > 0 && d.tags[toks[0]] == postag.DT {
		toks = toks[1:]
	}
	return toks
}

// lastName is the last word of a person's name but a generational suffix
// ("Raymond Pruett Jr." is Pruett, "Martin Luther Smith III" Smith), by
// which the text later calls them alone.
func (d *doc) lastName(name []int) string {
	k := len(name) - 1
	for k > 0 && (lexicon.GenerationalSuffixes.Has(d.low[name[k]]) || d.isPunct(name[k])) {
		k--
	}
	return d.word(name[k])
}

// roleNoun: a title word, or a noun that names a person by what they
// do ("hairdresser", "biologist", "helmer"): no "first thing" of "The
// first thing Ines Valdemar lost".
func roleNoun(w string) bool {
	if lexicon.TitleWords.Has(w) {
		return true
	}
	for _, suffix := range []string{"er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person"} {
		if len(w) > len(suffix)+2 && strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}

// roleBefore gives person id the words of the role written in lower case
// before its name ("Ballinure manager Tadhg Ó Cearbhaill", "hairdresser
// Leanne Moody", "the company founder Ana Ruiz"), by which the text
// refers back to them ("the Ballinure manager said"), and takes it for
// title when they have none (roleNoun); not a role of an owner ("Clinton's lawyer
// Cheryl Mills"), whom "his lawyer" may not be. The role is the singular
// common noun right before the name and the nouns, adjectives,
// participles and names that modify it, back to a determiner,
// punctuation or a verb.
func (d *doc) roleBefore(id int, run segment.Range) {
	d.roleAfter(id, run)
	head := run.Start - 1
	lo := d.sentence(run.Start).Start
	if head > lo && d.text(head) == "," {
		d.officeBefore(id, segment.Range{Start: lo, End: head})
		if run.End < d.n && d.text(run.End) == "," {
			// The name between commas is the role's apposition; not the
			// subject after a phrase ("In a letter to the judge, Martin
			// Doyle said").
			d.roleApposed(id, segment.Range{Start: lo, End: head})
		}
		return
	}
	if head < lo || d.tags[head] != postag.NN || d.capitalized(head) || !roleNoun(d.low[head]) {
		return
	}
	k := head
	for k-1 >= lo && d.seg.Tokens[k-1].Kind == segment.Word && !d.possessive(k-1) {
		t := d.tags[k-1]
		if t != postag.NN && t != postag.NNP && !postag.IsAdjective(t) && t != postag.VBG && t != postag.VBN {
			break
		}
		k--
	}
	if k-1 >= lo && d.possessive(k-1) {
		return // a role relative to an owner ("Clinton's lawyer Cheryl Mills"), which "his lawyer" need not be
	}
	if k-2 >= lo && d.groupOwner(k-2) {
		k -= 2 // "Tenants' leader Thomas Docherty" is "the tenants' leader"
	}
	role := segment.Range{Start: k, End: head + 1}
	d.ents.addWords(d, id, role)
	if e := d.ents.list[id]; e.title == "" {
		e.title = d.rangeText(role)
	}
}

// groupOwner: token k is a plural common noun and an apostrophe follows
// it, a group's possessive ("tenants'", "workers'", "TENANTS'" opening a
// lede), whose role before a name the text repeats with the group ("the
// tenants' leader").
func (d *doc) groupOwner(k int) bool {
	if !d.apostropheAfterPlural(k + 1) {
		return false
	}
	return d.tags[k] == postag.NNS || d.text(k) == strings.ToUpper(d.text(k)) && k == d.sentence(k).Start
}

// officeBefore gives person id the words and title of an office in
// capitals that stands before the name and a comma at the end of span
// ("The Minister of State for Power, Engr. Halima Dangana-Yusuf", "the
// Immigration Minister, Mr Neil Corrigan"), by which the text refers back
// to the person ("the minister").
func (d *doc) officeBefore(id int, span segment.Range) {
	k := span.End
	for k > span.Start && d.officeWord(k-1) {
		k--
	}
	if k == span.End {
		return
	}
	if k-1 > span.Start && d.low[k-1] != "the" && d.low[k] != "of" && d.seg.Tokens[k-1].Kind == segment.Word && !d.capitalized(k-1) &&
		(postag.IsAdjective(d.tags[k-1]) || d.tags[k-1] == postag.NN) {
		k-- // "the state Commissioner for Finance", "the new Head of Service"; not "the outsider anger of Senator Ted Cruz"
	}
	if k == span.Start || d.low[k-1] != "the" && d.low[k-1] != "its" {
		return // "its" is a body's: "Its Secretary-General, Comrade Isaac Adjei-Mensah"
	}
	office := segment.Range{Start: k, End: span.End}
	title := false
	for j := office.Start; j < office.End; j++ {
		title = title || d.titleWord(j)
	}
	if !title {
		return
	}
	d.ents.addWords(d, id, office)
	if e := d.ents.list[id]; e.addressOnly() {
		e.title = d.rangeText(office)
	}
}

// officeWord: token k can stand in an office in capitals: a word of a
// name, a join of a body's name, "of", "for" or an office's "and" ("the
// Minister for Climate, Energy and the Environment").
func (d *doc) officeWord(k int) bool {
	return d.nameTok(k) || d.orgJoin(k) || d.low[k] == "of" || d.low[k] == "for" || d.officeAnd(k)
}

// officeAnd: token k is an "and" between capitalized words inside an
// office's portfolio ("the Minister of Agriculture and Rural
// Development"), after an "of" or "for" that begins it.
func (d *doc) officeAnd(k int) bool {
	if d.low[k] != "and" || k == 0 || k+1 >= d.n || !d.nameTok(k-1) || !d.nameTok(k+1) {
		return false
	}
	for j := k - 1; j >= 0 && j > k-6; j-- {
		switch {
		case d.low[j] == "of" || d.low[j] == "for":
			return true
		case !d.nameTok(j):
			return false
		}
	}
	return false
}

// roleAfter gives person id the words of a role in apposition after the
// name, in lower case after "a", "an" or "the" ("Dr Ruth Menzies, an
// emergency consultant in Dundee, said"), by which the text refers back
// to the person ("the consultant") though the extractor's source stopped
// at the name.
func (d *doc) roleAfter(id int, run segment.Range) {
	k := run.End
	if k+2 >= d.n || d.text(k) != "," || d.ents.list[id].kind != Person {
		return
	}

	j := k + 1
	if det := d.low[j]; det != "a" && det != "an" && det != "the" {
		d.officeOfAfter(id, j)
		return
	}
	j++
	if d.capitalized(j) {
		d.officeAfter(id, j)
		return
	}
	start, head := j, -1
	for ; j < d.n && j < start+4 && d.seg.Tokens[j].Kind == segment.Word && !d.capitalized(j); j++ {
		switch t := d.tags[j]; {
		case d.possessive(j):
			return // a role of someone else's ("the captain's younger brother")
		case t == postag.NN && (lexicon.TitleWords.Has(d.word(j)) || d.personNoun(j)):
			head = j
		case t == postag.NN, postag.IsAdjective(t), t == postag.VBG, t == postag.VBN:
		default:
			j = d.n // a verb or a function word ends the role
		}
	}
	if head < 0 || head+1 >= d.n {
		return
	}
	if !d.apposClosed(head + 1) {
		return // no apposition but a clause's subject: "now called Trump National Doral, the candidate boasted", "Replying to Martin Doyle, the chairman of the trust said"
	}
	d.ents.addWords(d, id, segment.Range{Start: start, End: head + 1})
}

// officeAfter gives person id the words of an office in capitals in
// apposition after its name and "the", from token j to the comma that
// closes it ("Chief Emmanuel Adebayo-Ojo, the Minister of Agriculture and
// Rural Development, visited ..."), by which the text refers back to them
// ("the minister"), as officeBefore does for the office before a name. The
// office opens with a title word; a possessive ends it unread ("the
// Governor's spokesman").
func (d *doc) officeAfter(id, j int) {
	if !d.titleWord(j) {
		return
	}
	k := j
	for k < d.n && k < j+10 && d.officeWord(k) {
		if d.possessive(k) {
			return
		}
		k++
	}
	if k >= d.n || d.text(k) != "," {
		return
	}
	d.ents.addWords(d, id, segment.Range{Start: j, End: k})
}

// officeOfAfter gives person id the words of an office in apposition
// after its name with no article, and the acronym of the body it is of
// ("Alhaji Abdul-Rahman Sulemana, president of the Association of Ghana
// Traders and Manufacturers (AGTM), was ..."), by which the text refers
// back to them ("the president", "the AGTM president"). The office is
// lower-case words from token j, ending in a title word, then "of"; the
// phrase after it must close the apposition.
func (d *doc) officeOfAfter(id, j int) {
	head := -1
	for k := j; k < d.n && k < j+3 && d.seg.Tokens[k].Kind == segment.Word && !d.capitalized(k); k++ {
		if lexicon.TitleWords.Has(d.word(k)) && d.tags[k] == postag.NN {
			head = k
		}
	}
	if head < 0 || head+1 >= d.n || d.low[head+1] != "of" || !d.apposClosed(head+1) {
		return
	}
	d.ents.addWords(d, id, segment.Range{Start: j, End: head + 1})
	for k := head + 2; k < d.n && d.text(k) != "," && d.seg.SentenceOf[k] == d.seg.SentenceOf[head]; k++ {
		if d.acronym(k) && d.text(k-1) == "(" {
			d.ents.addWord(id, d.low[k]) // "(AGTM)": "the AGTM president"
		}
	}
}

// apposClosed: an apposition's role that ends before token k closes
// there: with a comma, a relative ("who chairs ..."), or a phrase after a
// preposition that runs to a comma with no verb ("in Dundee,").
func (d *doc) apposClosed(k int) bool {
	switch {
	case k >= d.n:
		return false
	case d.text(k) == "," || d.tags[k] == postag.WP:
		return true
	case d.tags[k] != postag.IN:
		return false
	}
	for j := k + 1; j < d.n && j < k+16; j++ {
		switch {
		case d.text(j) == "," || d.tags[j] == postag.WP:
			return true // "in Dundee," or "in Dundee who chairs ..."
		case d.isBracket(j):
			// "of the Association of Ghana Traders and Manufacturers (AGTM),"
		case d.seg.Tokens[j].Kind == segment.Quote:
			// a title's quotation marks: "the producer of \"Kalye Reyna\","
		case postag.IsVerb(d.tags[j]) || d.isPunct(j):
			return false
		}
	}
	return false
}

// roleApposed gives person id the words of a role in lower case that
// stands before the name and a comma at the end of span, after "the" or
// "a" ("Under cross-examination by the prosecuting counsel, Mrs Ifeoma
// Okonkwo", "a veteran union organiser, Jane Doe"), by which the text
// refers back to the person ("the prosecutor", the counsel's class). A
// role relative to an owner ("his counsel, ...") is left alone, as
// roleBefore leaves it.
func (d *doc) roleApposed(id int, span segment.Range) {
	head := span.End - 1
	if head <= span.Start || d.capitalized(head) || d.tags[head] != postag.NN || !roleNoun(d.low[head]) && !d.personNoun(head) {
		return
	}
	k := head
	for j := 0; j < 3 && k-1 > span.Start && !d.capitalized(k-1) && d.seg.Tokens[k-1].Kind == segment.Word &&
		(postag.IsAdjective(d.tags[k-1]) || d.tags[k-1] == postag.NN || d.tags[k-1] == postag.VBG || d.tags[k-1] == postag.VBN); j++ {
		k--
	}
	if det := d.low[k-1]; det != "the" && det != "a" && det != "an" {
		return
	}
	d.ents.addWords(d, id, segment.Range{Start: k, End: head + 1})
}

// givenNames finds the person whose name is the given names low and then
// a patronymic particle ("nur aisyah" of "Nur Aisyah binti Kamaruddin",
// "carys" of "Carys ap Dafydd"), or two given names or more and
// capitalized words ("ahmad faizal" of "Ahmad Faizal Hashim", "ahmad
// zaki" of "Ahmad Zaki Mohd Yusof").
func (d *doc) givenNames(low string) (int, bool) {
	for id, e := range d.ents.list {
		// Compared in place: this runs for each new person against
		// every entity, and lower-casing each name would allocate.
		if e.kind != Person || len(e.name) <= len(low) || e.name[len(low)] != ' ' || !strings.EqualFold(e.name[:len(low)], low) {
			continue
		}
		particle, _, more := strings.Cut(strings.ToLower(e.name[len(low)+1:]), " ")
		switch particle {
		case "s/o", "d/o", "a/l", "a/p", "ap", "ferch", "mac", "ni", "nic":
			return id, true
		}
		if lexicon.Patronymics.Has(particle) {
			return id, true
		}
		if (!more || nameWords(e.name[len(low)+1:])) && !lexicon.GenerationalSuffixes.Has(particle) && strings.Contains(low, " ") && d.plainName(e) {
			// "Ahmad Faizal" of "Ahmad Faizal Hashim", "Ahmad Zaki" of
			// "Ahmad Zaki Mohd Yusof": the given names before a father's
			// name or a surname written without its particle.
			return id, true
		}
	}
	return None, false
}

// surnameParticle: the name opens with a particle of surnames ("Le Pen",
// "Ó Dálaigh"), or with "Mac" before two words more ("Mac Giolla
// Bhríde"), since "Mac" alone before one word is also a first name ("Mac
// Jones").
func (d *doc) surnameParticle(name []int) bool {
	w := d.low[name[0]]
	return lexicon.SurnameParticles.Has(w) || w == "mac" && len(name) >= 3
}

// productOf: name is short and words after it that are not only legal
// forms ("Apple TV", "Amazon Music"; not "Home Depot Inc"): a division or
// a product of the body short names, perhaps.
func productOf(short, name string) bool {
	words := strings.Fields(strings.ToLower(name))
	n := len(strings.Fields(short))
	if n >= len(words) || strings.Join(words[:n], " ") != short {
		return false // initials, or no longer name
	}
	for _, w := range words[n:] {
		if !lexicon.LegalForms.Has(w) {
			return true
		}
	}
	return false
}

// nameWords: every word of s opens with a capital and none is a
// generational suffix ("Mohd Yusof", not "Jr." or "of Wales").
func nameWords(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || lexicon.GenerationalSuffixes.Has(lower(w)) {
			return false
		}
	}
	return true
}

// byNameEnd is the one person named before pos whose name ends in the
// words low after a first word, else None (namesakes: "Hemi Te Rangi"
// and "Aroha Te Rangi").
func (d *doc) byNameEnd(low string, pos int) int {
	return d.soleEntity(pos, func(id int) bool {
		e := d.ents.list[id]
		n := len(e.name) - len(low)
		return e.kind == Person && n >= 2 && e.name[n-1] == ' ' && strings.EqualFold(e.name[n:], low) && d.plainName(e)
	})
}

// particleGender is the gender that a word after the first of a
// person's name says, whatever the lists make of the given name: inside
// the name, a patronymic's particle ("bin", "s/o", "a/l" of a son;
// "binti", "d/o", "a/p" of a daughter) or a Sikh's "Singh" ("Harpreet
// Singh Dhillon"); anywhere, "Kaur" or an Icelandic "-dóttir"
// ("Guðrún Sigurðardóttir"). A last "Singh" or "Bin" is a family name
// that women bear too ("Anupriya Singh", "Zhang Bin").
func (d *doc) particleGender(words []int) firstname.Gender {
	for i, k := range words {
		inside := i < len(words)-1
		w := foldAccents(d.word(k))
		if start := d.slashParticle(k); start == k && k+2 < d.n {
			w = d.low[k] + "/" + d.low[k+2] // "s/o", written in three tokens
		}
		switch {
		case inside && (w == "bin" || w == "ibn" || w == "singh" || w == "s/o" || w == "a/l" || w == "ould"):
			return firstname.Male
		case inside && (w == "binti" || w == "binte" || w == "bint" || w == "d/o" || w == "a/p") || w == "kaur":
			return firstname.Female
		case strings.HasSuffix(w, "dottir") && len(w) > len("dottir"):
			return firstname.Female
		}
	}
	return firstname.Unknown
}
