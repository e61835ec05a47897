package resolve

import (
	"slices"
	"strings"

	"github.com/whosaid/whosaid/internal/firstname"
	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// The sources in which news writes a person's role and name together:
// the role before the name ("Minister for Health and Family Welfare K.
// Padmavathi"), the description with the name in apposition ("The Sole
// Administrator of ..., Alhaji Lateef Olanrewaju Bello,"), or after an
// inverted cue ("asked the union's branch secretary, Mrs Funmilayo
// Adeyemi."). Each gives the person, not the role, for speaker.

// titledPerson is the person whose name ends a source that opens with
// their role and no determiner ("Chair of judges Prof. Evans Otieno
// Ouma", "Minister for Health and Family Welfare K. Padmavathi", "Shamba
// Pulse co-founder and chief executive Wanjiru Kamau-Otieno"), or -1. A
// determiner makes the role the speaker: "a lawyer for Donald Trump" is
// the lawyer.
func (d *doc) titledPerson(x np) int {
	e := x.span.End - 1
	first := x.span.Start
	if e <= x.head || !d.nameTok(e) || d.tags[first] == postag.DT || d.tags[first] == postag.PRPS || d.tags[first] == postag.CD {
		return -1
	}
	run := d.properRun(e, x.head+1)
	if run.Start <= x.head || run.End != e+1 {
		return -1
	}
	if d.tags[x.head] == postag.NNS && (!d.capitalized(x.head) || x.head == x.span.Start) {
		return -1 // "lawyers for both Donald and Ivana Trump", but "Minister for Industries and Commerce ..."
	}
	for k := x.head + 1; k < run.Start; k++ {
		// Only the name of an office comes between ("Minister for
		// Health and Family Welfare"): no apposition, no owner, no
		// determiner, no other preposition ("director for the National
		// Security Council under President George W. Bush").
		t := d.tags[k]
		officeThe := t == postag.DT && (d.low[k-1] == "of" || d.low[k-1] == "for") && d.capitalized(k+1) // "Leader of the Opposition"
		if d.text(k) == "," || d.possessive(k) || t == postag.DT && !officeThe || t == postag.PRPS || postag.IsVerb(t) && t != postag.VBG && t != postag.VBN ||
			t == postag.IN && d.low[k] != "of" && d.low[k] != "for" {
			return -1
		}
	}
	_, name := d.splitName(run)
	// The name opens at its first name or initial: "Family Welfare K.
	// Padmavathi" ends an office's name.
	opens := func(k int) bool { return d.firstName(k) != firstname.Unknown || d.initial(k) }
	cut := 0
	for j, k := range name {
		if j > 0 && j < len(name)-1 && !opens(name[0]) && opens(k) {
			cut = j
			break
		}
	}
	if w := d.low[run.Start-1]; cut == 0 && len(name) >= 3 && !opens(name[0]) && (w == "and" || w == "of" || w == "for") {
		// "Secretary for Transport and Housing Wong Ka-ming": with no
		// first name to open it, the name is the last two words, as
		// after an office in splitName.
		cut = len(name) - 2
	}
	name = name[cut:]
	if len(name) < 2 || d.properKind(name) != Person {
		return -1
	}
	_, name = d.personName(nil, name)
	id := d.personEntity(run, nil, name)
	if ent := d.ents.list[id]; ent.title == "" {
		ent.title = d.rangeText(segment.Range{Start: first, End: name[0]})
	}
	return id
}

// initial: token k is a capital letter with or without its period ("K."
// of "K. Padmavathi").
func (d *doc) initial(k int) bool {
	w := strings.TrimSuffix(d.text(k), ".")
	return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z'
}

// namedAfter is the person named right after a source that describes
// them, in apposition to the end of the sentence ('"Where will they go?"
// asked the union's branch secretary, Mrs Funmilayo Adeyemi.'), or -1.
// The description's words become the person's, so that "the branch
// secretary" refers back.
func (d *doc) namedAfter(x np) int {
	k := x.span.End
	sen := d.sentence(x.head)
	if k+1 >= sen.End || d.text(k) != "," || !d.nameTok(k+1) || d.nameTok(x.head) || x.chunk.End != x.span.End {
		return -1 // the name may be in apposition to a later noun: "a spokesman for the mayor, Bill de Blasio"
	}
	e := k + 1
	for e+1 < sen.End && (d.nameTok(e+1) || d.skipTok(e+1) || d.particle(e+1)) {
		e++
	}
	// The name ends the sentence or its clause: ", Mrs Adeyemi, said"
	// would be another structure, and ", Adeyemi and Cole" a list.
	if n := e + 1; n < sen.End && !d.isPunct(n) || n < sen.End && d.text(n) != "." && d.text(n) != "," {
		return -1
	}
	return d.describedPerson(d.properRun(e, k+1), x.chunk, x.chunk)
}

// apposedPerson is the person whose name stands in apposition to the
// description x ("a doctor, Hugh Hill"; "The Sole Administrator of Lagos
// Mainland Local Government, Alhaji Lateef Olanrewaju Bello"), who takes
// the description's words and, when they have none, its words for title;
// or -1 when the apposition names no person.
func (d *doc) apposedPerson(x np) int {
	ap := d.analyze([]segment.Range{x.appos})
	if ap.head < 0 || !d.nameTok(ap.head) {
		return -1
	}
	return d.describedPerson(d.properRun(ap.head, x.appos.Start), x.chunk, segment.Range{Start: x.span.Start, End: x.appos.Start - 1})
}

// describedPerson is the person that the proper run names, when it names
// one, with the words of the description's chunk, by which the text may
// refer back, and the description for title when the person has none but
// a form of address; or -1.
func (d *doc) describedPerson(run, chunk, description segment.Range) int {
	title, name := d.splitName(run)
	if len(name) == 0 || d.properKind(name) != Person {
		return -1
	}
	title, name = d.personName(title, name)
	id := d.personEntity(run, title, name)
	e := d.ents.list[id]
	d.ents.addWords(d, id, chunk)
	if e.addressOnly() {
		e.title = d.rangeText(trimDetRange(d, description))
	}
	return id
}

// kinPerson is the relative a source names by a first name alone after
// a kin word owned by a pronoun ("his wife, Jane,", "her husband, Bill,",
// "his late father, Rafael,", "Her daughter Clodagh", a name the lists
// lack but the tagger takes for one) or by a last name ("Mr Vuković's son
// Luka"): the first name and the surname of the person the owner refers
// to, the family's name, which news leaves out; -1 when the source is no
// such one.
func (d *doc) kinPerson(run segment.Range, pos int) int {
	owner := d.kinOwner(run, pos)
	if owner < 0 {
		return -1
	}
	kin := d.kinEntity(run, owner, true)
	d.event(run.Start, kin)
	return kin
}

// kinOwner is the person whose relative run names by a first name alone
// after a kin word, as kinPerson reads it, or -1.
func (d *doc) kinOwner(run segment.Range, pos int) int {
	word := d.kinBefore(run)
	if run.Len() != 1 || word < 0 || !lexicon.KinNouns.Has(d.low[word]) || d.firstName(run.Start) == firstname.Unknown && d.tags[run.Start] != postag.NNP {
		return -1
	}
	p := word - 1
	for p >= 0 && postag.IsAdjective(d.tags[p]) {
		p-- // "his late wife"
	}
	if p < 0 {
		return -1
	}
	var id int
	if owner := ownerPronoun(d.low[p]); owner == "he" || owner == "she" {
		id = d.antecedent(owner, min(p, pos))
	} else if d.possessive(p) && d.capitalized(p) {
		// "Mr Vuković's son Luka", "Fairweather's sister, Jess": the
		// person of that last name.
		id = d.byLastName(d.word(p), p, firstname.Unknown)
	} else {
		return -1
	}
	if id < 0 || d.ents.list[id].kind != Person || !strings.Contains(d.ents.list[id].name, " ") {
		return -1
	}
	return id
}

// kinEntity is the relative of owner that run names by a first name:
// the first name and the owner's family name, added if new. A relative
// found only to name a titled surname ("Mrs Kowalczyk") is not indexed by
// that surname (bySurname false): the bare surname stays the family's
// member the text named in full.
func (d *doc) kinEntity(run segment.Range, owner int, bySurname bool) int {
	name := d.ents.list[owner].name
	full := d.text(run.Start) + name[strings.LastIndexByte(name, ' '):]
	es := &d.ents
	kin, ok := es.byName[strings.ToLower(full)]
	if !ok {
		kin = es.add(&entity{name: full, kind: Person, last: es.list[owner].last, first: run.Start})
		es.list[kin].vote(d.givenGender(run.Start))
		if !bySurname {
			last := es.list[kin].last
			es.byLast[last] = slices.DeleteFunc(es.byLast[last], func(id int) bool { return id == kin })
		}
	}
	es.addWords(d, kin, run)
	es.list[kin].mention(run)
	return kin
}

// kinByFamily resolves a kin word owned by "his" or "her", with no name
// ("Her husband said", "his daughter told"), to the one other person of
// the text with the family name of the one the pronoun refers to and the
// kin word's gender ("Cattle farmer Neil Gallagher and his wife, Bronwyn"
// ... "Her husband" is Neil Gallagher); -1 when there is no such one
// person.
func (d *doc) kinByFamily(x np, pos int) int {
	if x.chunk.Len() != 2 || x.head != x.chunk.Start+1 || !lexicon.KinNouns.Has(d.low[x.head]) || x.appos.Len() > 0 {
		return -1
	}
	owner := ownerPronoun(d.low[x.chunk.Start])
	g := wordGender(d.low[x.head])
	if owner != "he" && owner != "she" || g == firstname.Unknown {
		return -1
	}
	id := d.antecedent(owner, min(x.chunk.Start, pos))
	es := &d.ents
	if id < 0 || es.list[id].kind != Person || es.list[id].last == "" {
		return -1
	}
	kin := -1
	for _, k := range es.byLast[es.list[id].last] {
		if e := es.list[k]; k != id && e.kind == Person && e.gender() == g && e.first < pos {
			if kin >= 0 {
				return -1 // two of them: which one the text does not say
			}
			kin = k
		}
	}
	return kin
}

// ownedDescription resolves a person's description owned by a pronoun
// ("His cousin" after "his cousin Mele Taufa", "Her mother" after "whose
// mother, Bríd Ní Mhurchú") to the person the text introduced by the
// same words (ownedNounBefore), or None.
func (d *doc) ownedDescription(x np, pos int) int {
	if x.chunk.Len() < 2 || d.tags[x.chunk.Start] != postag.PRPS || d.tags[x.head] != postag.NN || x.head != x.chunk.End-1 || !lexicon.PersonNoun(d.word(x.head)) {
		return None // "his campaign" is no campaign manager
	}
	var want []string
	for k := x.chunk.Start + 1; k < x.chunk.End; k++ {
		want = append(want, d.word(k))
	}
	return d.describedAs(want, false, x, pos)
}
