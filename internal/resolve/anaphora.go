package resolve

import (
	"slices"
	"strings"

	"github.com/whosaid/whosaid/internal/firstname"
	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// definite resolves a definite description at token pos, the source of
// an attribution that starts at token start, to the entity introduced
// before it that it refers back to, or None (a new, anonymous source):
//
//   - the latest entity whose words hold all of the description's, of the
//     kind its head allows: a body for "the council" or "the report"
//     (documents are typed as bodies), a person or a described one for
//     "the official", "the herder" ("Batbayar Dorj, a
//     46-year-old herder" ... "the herder");
//   - for a business noun ("the company", "the startup", "the firm"), the
//     latest business named before, as a pronoun finds it, else named
//     within a content;
//   - for an age ("the 38-year-old", "the 23-year-old police constable"),
//     an epithet of origin ("the Chilean-born helmer", "the Australian")
//     or a family role or stage of life ("the mother of three", "the
//     pensioner"),
//     which names no one new, the person the text is about, as "he" or
//     "she" would find them.
//
// A role with no one introduced by it is the person just quoted, if
// they have no other role ("The South Carolina senator said" after "Sen.
// Lindsey Graham told reporters"); a role that brings someone new ("the
// spokeswoman" of no named spokeswoman) stays anonymous.
func (d *doc) definite(x np, pos, start int) int {
	age := d.age(x.chunk)
	var want []string
	for k := x.chunk.Start; k < x.chunk.End; k++ {
		if d.tags[k] == postag.DT || d.tags[k] == postag.PRPS || d.seg.Tokens[k].Kind != segment.Word && d.seg.Tokens[k].Kind != segment.Number {
			continue
		}
		if w := d.word(k); age == "" || !ageWord(w) {
			want = append(want, w)
		}
	}
	if len(want) == 0 {
		return None
	}
	head := d.word(x.head)
	// "The former crane operator" is a person: a body is no former one.
	body := (lexicon.OrgNouns.Has(head) || lexicon.CompanyNouns.Has(head)) && !d.formerRole(x, want) || lexicon.DocNouns.Has(head)
	if age != "" && !body {
		if id := d.personOfAge(age, pos); id >= 0 && d.ents.list[id].agrees(wordsGender(want)) {
			return id // "Dana Whitcomb, 58," ... "the 58-year-old"
		}
		if q := d.firstAgeSubject(age, x.chunk.Start); q >= 0 {
			// "The 61-year-old, who is standing trial ..." opening the
			// paragraph after the lede, then "the 61-year-old replied":
			// the person the first one meant, as "he" there would find.
			g := wordsGender(want)
			if id := d.latestMention(&d.ents.recent[personPronoun], g, q, func(e *entity) bool { return e.kind == Person }); id >= 0 {
				return id
			}
		}
	}
	if lexicon.MediumNouns.Has(head) && x.chunk.Len() == 2 && (d.low[x.chunk.Start] == "the" || d.low[x.chunk.Start] == "that" || d.low[x.chunk.Start] == "this") {
		if id := d.mediumSpeaker(head, min(pos, x.chunk.Start)); id >= 0 && d.ents.list[id].kind != Anonymous {
			return id // "Fox News said in a statement" ... "the statement said"
		}
	}
	if lexicon.DocNouns.Has(head) {
		// "The three-page report" after "a preliminary report of the
		// Maritime Casualty Board", "the memo" after "a memo from
		// company president Kyle Brannigan": the document's noun alone
		// finds the author of the last document of that noun, a body or
		// a person, whatever words describe it.
		best, bestPos := None, -1
		for _, id := range [2]int{d.describedAs([]string{head}, true, x, pos), d.describedAs([]string{head}, false, x, pos)} {
			if id < 0 || d.ents.list[id].kind != Organization && d.ents.list[id].kind != Person {
				continue
			}
			if last := d.ents.list[id].lastBefore(pos); last > bestPos {
				best, bestPos = id, last
			}
		}
		if best >= 0 {
			return best
		}
	}
	if id := d.describedAs(want, body, x, pos); id >= 0 && !d.headlineDescription(id) {
		return id
	}
	if body && d.personNoun(x.head) && !lexicon.OrgNouns.Has(head) {
		// "the producer" after "Ramon Tiu-Laurel, the producer of
		// 'Kalye Reyna'": a business's noun that is a person's too, when
		// no business was described by it.
		if id := d.describedAs(want, false, x, pos); id >= 0 {
			return id
		}
	}
	if id := d.describedInPlace(x, want, body, pos); id >= 0 {
		return id
	}
	if len(want) == 1 && lexicon.ForceNouns.Has(head) {
		// "The police said" before "the Singapore Police Force": the
		// force the text names, wherever, as "Police said" finds it.
		if id, ok := d.ents.shortBody(head); ok {
			return id
		}
	}
	if !body && (len(want) == 2 && want[0] == "union" && leaderNoun(head) || len(want) == 1 && head == "unionist") {
		// "the union boss", "the unionist": the one person holding a
		// union's office ("Its president, Comrade Engr. Chinedu Okafor,"
		// after the union's name).
		if id := d.unionOfficer(pos); id >= 0 {
			return id
		}
	}
	if classed := roleClasses(want); classed != nil && !body {
		// "The congressman" after "Rep. Jerome Sazon": a role of the
		// same class as the title the person was named with.
		if id := d.describedAs(classed, body, x, pos); id >= 0 {
			return id
		}
	}
	if body && collectiveNoun(head) {
		// "the team" after "a team of astronomers", people unnamed.
		if id := d.describedAs(want, false, x, pos); id >= 0 {
			return id
		}
	}
	if !body && len(want) >= 2 && lexicon.TitleWords.Has(head) && d.tags[x.head] != postag.NNS && !d.ownedRole(x) {
		// "the Texas senator", "the former president": an epithet of a
		// role refers back to the one person named before who holds it,
		// though the text never gave the other words.
		if id := d.soleHolder(head, want, pos); id >= 0 {
			return id
		}
	}
	if !body && d.epithetOfKnown(x, head) {
		// "the veteran farmer", "the retired teacher": no office but an
		// epithet of the person just quoted, though the text never called
		// them a farmer: the last person quoted, a sentence between at
		// most ("She is the superintendent's elder sister.").
		g := wordsGender(want)
		fits := func(id int) bool { e := d.ents.list[id]; return e.kind == Person && e.agrees(g) }
		known := func(id int) bool { return fits(id) && !otherRole(d.ents.list[id], want) }
		if id := d.subjectJustBefore(&d.ents.recent[personPronoun], start, known); id >= 0 {
			return id // "Dolores Haskins, 71, had already done that ..." then "the retired bus driver said"
		}
		return d.salientSourceWithin(&d.ents.recent[personPronoun], start, 2, fits)
	}
	switch {
	case body && lexicon.CompanyNouns.Has(head) && d.tags[x.head] != postag.NNS:
		if id := d.latestMention(&d.ents.bodies, firstname.Unknown, pos, (*entity).business); id >= 0 {
			return id
		}
		if id := d.latestNamed(&d.ents.bodies, pos, (*entity).business); id >= 0 {
			return id
		}
	case age != "" || !body && d.tags[x.head] != postag.NNS && d.tags[x.head] != postag.NNPS && (epithet(want) || d.formerRole(x, want)),
		d.low[x.chunk.Start] == "the" && lexicon.LifeEpithets.Has(head):
		// "The mother of three" refers back; "my mother", "her father"
		// are someone else.
		return d.latestMention(&d.ents.recent[personPronoun], wordsGender(want), pos, func(e *entity) bool { return e.kind == Person || e.kind == Anonymous })
	}
	if !body && x.chunk.Len() == 2 && d.low[x.chunk.Start] == "the" && d.tags[x.head] == postag.NN {
		// "the guild" after "The Ghana Music Rights Guild": a body the
		// text named by this head noun, though no lexicon knows it for
		// one.
		if id := d.bodyEndingIn(head, pos); id >= 0 {
			return id
		}
		// "the ombudsman" after "The Insurance Ombudsman Service", "the
		// shire" after "Tarrangal Shire Council": the one body the text
		// named with the word; not a title's ("the mayor"), whose holder
		// the text names.
		namedWith := func(id int) bool { e := d.ents.list[id]; return e.kind == Organization && nameHasWord(e.name, head) }
		if id := d.soleEntity(pos, namedWith); id >= 0 && !lexicon.TitleWords.Has(head) {
			return id
		}
	}
	if !body && d.variation(x, head) {
		g := wordsGender(want)
		fits := func(id int) bool { e := d.ents.list[id]; return e.kind == Person && e.agrees(g) }
		if profession(head) && !d.pluralBefore(head, x.chunk.Start) {
			// "The surgeon said" after "his mother, Anita Patel,", "The
			// engineer" after Councillor Ruth Evans: someone new, unless
			// the one quoted has no other role and the text has not
			// spoken of the trade ("Economists were divided.").
			plain := fits
			fits = func(id int) bool {
				e := d.ents.list[id]
				return plain(id) && !otherRole(e, want) && !holdsKin(e)
			}
		}
		return d.salientSource(&d.ents.recent[personPronoun], start, fits)
	}
	if body && x.chunk.Len() == 2 && d.low[x.chunk.Start] == "the" && d.tags[x.head] == postag.NN && (!lexicon.DocNouns.Has(head) || lexicon.OrgNouns.Has(head)) {
		// "The group warned" after "The Philippine Relief Alliance
		// said": a body's generic noun, of no body it describes, is the
		// named body just quoted. A campaign or an office is a person's,
		// no body's that spoke before, unless the text has named one
		// body so ("the Office of the Data Protection Commissioner").
		named := func(id int) bool {
			e := d.ents.list[id]
			return e.kind == Organization && !e.document && d.capitalizedName(id) && kindOfBody(e.name, head)
		}
		personal := head == "campaign" || head == "office"
		if id := d.salientSource(&d.ents.bodies, pos, named); id >= 0 && !personal {
			return id
		}
		if !anyBodyNoun(head) {
			return d.soleEntity(pos, func(id int) bool { return named(id) && kindOfNamed(d.ents.list[id].name, head) })
		}
	}
	// "The South Carolina senator said" right after "Sen. Lindsey
	// Graham told reporters": a role no one was introduced by, of no
	// kind that brings someone new ("the spokeswoman"), is the person
	// quoted in this sentence or the one before, if the text gave them
	// the role ("Sen." for "senator", "Rep." for a legislator) and no one
	// else named before holds it ("Sen. Lindsey Graham" then Chuck Schumer
	// quoted); not an epithet's ("the outgoing party leader"). Only a role
	// after a capitalized word, a place's or a party's: a bare office, or
	// one the quoted person is not known to hold, names someone new ("The
	// judge said" after the defendant spoke, "The Fulton County sheriff
	// said" after a witness: the session's two reviewers').
	if !body && d.low[x.chunk.Start] == "the" && x.span.End == x.chunk.End && d.tags[x.head] == postag.NN && !lexicon.AnonymousRoles.Has(head) &&
		(lexicon.TitleWords.Has(head) || lexicon.PersonNoun(head)) && !d.ownedRole(x) && !d.someonesRole(x) && !d.introducedBefore(head, x.chunk.Start) && !d.describedBy(x) &&
		d.capitalizedModifier(x) {
		g := wordsGender(want)
		known := func(id int) bool {
			e := d.ents.list[id]
			return e.kind == Person && e.agrees(g) && holdsRole(e, head) && !d.heldByAnother(head, id, pos)
		}
		return d.salientSourceWithin(&d.ents.recent[personPronoun], start, 1, known)
	}
	return None
}

// capitalizedModifier: a capitalized word stands between the article and
// the head ("the South Carolina senator", "the New York businessman").
func (d *doc) capitalizedModifier(x np) bool { return d.anyModifier(x, d.capitalized) }

// anyModifier: a token between the description's article and its head
// is one f holds for.
func (d *doc) anyModifier(x np, f func(k int) bool) bool {
	for k := x.chunk.Start + 1; k < x.head; k++ {
		if f(k) {
			return true
		}
	}
	return false
}

// holdsRole: the person's words hold the role head, in full, by its
// abbreviation ("Sen." for "senator") or by its class ("Rep." and
// "congressman" are a legislator's).
func holdsRole(e *entity, head string) bool {
	class := roleClass(head)
	for w := range e.words {
		full := titleInFull(w)
		if w == head || full == head || class != "" && (roleClass(w) == class || roleClass(full) == class) {
			return true
		}
	}
	return false
}

// heldByAnother: a person other than id, named before pos, holds the
// role head, in full or by its abbreviation ("Sen." for "senator").
func (d *doc) heldByAnother(head string, id, pos int) bool {
	for o, e := range d.ents.list {
		if o == id || e.kind != Person || e.first >= pos {
			continue
		}
		for w := range e.words {
			if w == head || titleInFull(w) == head {
				return true
			}
		}
	}
	return false
}

// headlineDescription: entity id is an anonymous description that only
// the title has named ("..., says promoter"): a headline withholds the
// name the story gives, so "the promoter" in the story is whom the story
// introduced, not the headline's word.
func (d *doc) headlineDescription(id int) bool {
	return d.ents.list[id].kind == Anonymous && d.onlyInTitle(id)
}

// onlyInTitle: every mention of entity id is in the title.
func (d *doc) onlyInTitle(id int) bool {
	e := d.ents.list[id]
	for _, m := range e.mentions {
		if !d.inTitle(m.Start) {
			return false
		}
	}
	return len(e.mentions) > 0
}

// describedBy: a word of Descriptors stands between the article and the
// head ("the outgoing party leader", "the veteran farmer"), which
// epithetOfKnown, not the last one quoted, decides.
func (d *doc) describedBy(x np) bool {
	return d.anyModifier(x, func(k int) bool { return lexicon.Descriptors.Has(d.low[k]) })
}

// leaderNoun: a noun by which news calls whoever leads a body.
func leaderNoun(w string) bool {
	switch w {
	case "boss", "leader", "chief", "head":
		return true
	}
	return false
}

// unionOfficer is the one person mentioned before pos who holds an
// office (president, secretary, chairman and the like) of a union: first
// named after "its" and the office, right after a sentence that names a
// union or in one that did before ("Its president, Comrade Engr. Chinedu
// Okafor,"), or after the
// union in its own sentence ("Misu's regional secretary, Sipho Dlamini",
// "The branch chairman of the Dockworkers and Ship Repairers' Union
// (DSRU), Comrade Ebiowei Pepple"); None
// if no one or several are. An office of something else in a sentence
// about a union ("Education Secretary Gavin Williamson met leaders of the
// National Education Union") is not the union's.
func (d *doc) unionOfficer(pos int) int {
	found := None
	for id, e := range d.ents.list {
		if e.kind != Person || e.first >= pos || !holdsOffice(e) || !d.ofUnion(e) {
			continue
		}
		if found >= 0 {
			return None
		}
		found = id
	}
	return found
}

// ofUnion: the person was first named under "Its" right after a sentence
// that names a union, or after a union in their own sentence.
func (d *doc) ofUnion(e *entity) bool {
	if len(e.sorted) == 0 {
		return false
	}
	first := e.sorted[0] // the name, and the role the source may hold before it
	sen := d.seg.SentenceOf[first.Start]
	open := d.seg.Sentences[sen].Start
	for k := first.Start; k >= open; k-- {
		// "Its president, Comrade Engr. Chinedu Okafor," after the
		// union's sentence; "Speaking to journalists at the union's
		// secretariat on Warehouse Road, its President-General, Comrade
		// Babatunde Adeyemi, said": "its", right before the office, is
		// the union the sentence has named before it, or the one before.
		if d.low[k] == "its" {
			return d.itsUnion(k, sen, open)
		}
		if k < first.Start && !d.capitalized(k) && !d.titleWord(k) && d.text(k) != "-" && d.text(k) != "," {
			break
		}
	}
	for k := open; k < first.End; k++ {
		if d.unionAt(k) {
			return true // "The branch chairman of the Dockworkers and Ship Repairers' Union (DSRU), Comrade Ebiowei Pepple"
		}
	}
	return false
}

// union: the entity is a body named or described as a union, or as a
// federation of unions ("Congress of South African Trade Unions").
func (e *entity) union() bool {
	return e.kind == Organization && (e.words["union"] || nameHasWord(e.name, "union") || nameHasWord(e.name, "unions"))
}

// unionIn: a union is mentioned in sentence sen.
func (d *doc) unionIn(sen int32) bool {
	for _, e := range d.ents.list {
		if e.union() && slices.ContainsFunc(e.sorted, func(m segment.Range) bool { return d.seg.SentenceOf[m.Start] == sen }) {
			return true
		}
	}
	return false
}

// itsUnion: "its" at token k, in sentence sen that opens at token open,
// is a union's: a union is named before it in the sentence (or the word
// "union": "at the union's secretariat") with no other body as the
// subject between, or the sentence before names one and no other body
// is this sentence's subject before "its"; not "Mining group Lonmin said
// its chairman" in a story of a union.
func (d *doc) itsUnion(k int, sen int32, open int) bool {
	for j := k - 1; j >= open; j-- {
		if d.unionAt(j) || withoutPossessive(d.low[j]) == "union" {
			return true
		}
		if d.bodySubjectAt(j) {
			return false
		}
	}
	return sen > 0 && d.unionIn(sen-1)
}

// bodySubjectAt: token k is in a mention of a body that is the subject
// of a verb after it ("Mining group Lonmin said").
func (d *doc) bodySubjectAt(k int) bool {
	return d.mentionAt(k, func(e *entity, m segment.Range) bool { return e.kind == Organization && d.subjectAt(m.Start) })
}

// mentionAt: token k is in a mention m of an entity e for which keep(e,
// m) holds.
func (d *doc) mentionAt(k int, keep func(e *entity, m segment.Range) bool) bool {
	return slices.ContainsFunc(d.ents.list, func(e *entity) bool {
		return slices.ContainsFunc(e.sorted, func(m segment.Range) bool { return m.Start <= k && k < m.End && keep(e, m) })
	})
}

// unionAt: token k is in a mention of a union, or is a union's bracketed
// acronym in the possessive ("Misu's regional secretary" after "The
// Mineworkers' Solidarity Union (Misu)").
func (d *doc) unionAt(k int) bool {
	if d.mentionAt(k, func(e *entity, _ segment.Range) bool { return e.union() }) {
		return true
	}
	if !d.possessive(k) {
		return false
	}
	acronym := "(" + d.word(k)
	for _, e := range d.ents.list {
		if e.union() && slices.ContainsFunc(e.sorted, func(m segment.Range) bool { return strings.Contains(strings.ToLower(d.rangeText(m)), acronym) }) {
			return true
		}
	}
	return false
}

// holdsOffice: the person's words hold an office a body's officers hold.
func holdsOffice(e *entity) bool {
	for w := range e.words {
		if before, _, ok := strings.Cut(w, "-"); ok {
			w = before // "president-general", "secretary-general"
		}
		switch w {
		case "president", "secretary", "chairman", "chairwoman", "chairperson", "chair", "leader", "organiser", "organizer", "convener":
			return true
		}
	}
	return false
}

// bodyEndingIn is the body named before pos whose name ends in the
// words w ("guild" of "The Ghana Music Rights Guild"), the latest of
// them, or None. orgTail holds bodies alone.
func (d *doc) bodyEndingIn(w string, pos int) int {
	if id, ok := d.ents.orgTail[w]; ok && d.ents.list[id].first < pos {
		return id
	}
	return None
}

// nameHasWord: w, lower-case, is a word of name.
func nameHasWord(name, w string) bool {
	return slices.ContainsFunc(strings.Fields(name), func(n string) bool { return strings.EqualFold(n, w) })
}

// soleEntity is the one entity met before pos that fits ("the union"
// where the text has named one union, whether or not it spoke just
// before; "Janse van Rensburg" where one person's name ends so), or None
// when there is none or more than one.
func (d *doc) soleEntity(pos int, fits func(int) bool) int {
	found := None
	for id, e := range d.ents.list {
		if e.first < pos && fits(id) {
			if found >= 0 {
				return None
			}
			found = id
		}
	}
	return found
}

// kindOfNamed: the name says the body is of the kind of head: it holds
// the word ("Kenya Union of Clinical Officers" is a union), a word of a
// public body for "the agency" (lexicon.PublicBodyKinds: "National
// Sweepstakes Authority"), ends in a word of that kind's names
// (lexicon.NameEndKinds: "Arkalon Valley Medical Center" is a hospital,
// "Stourport Rovers" a club, but "United Nations" no club), or, for a
// union, holds a trade's people in the plural ("Eastwood Hollow
// Federation of Teachers", "Association of Sixth Form Teachers").
func kindOfNamed(name, head string) bool {
	words := strings.Fields(strings.ToLower(name))
	for i, w := range words {
		words[i] = strings.Trim(w, "'’")
	}
	for _, w := range words {
		if w == head || head == "union" && strings.HasSuffix(w, "s") && lexicon.PersonNoun(strings.TrimSuffix(w, "s")) || lexicon.PublicBodyKinds[head].Has(w) {
			return true
		}
	}
	n := len(words)
	ends := lexicon.NameEndKinds[head]
	if n > 1 && (head == "club" || head == "team") && teamPlural(words[n-1]) && !slices.ContainsFunc(words, joinedName) {
		return true // "the club" for "Illawarra Stingrays", "Leeds Rhinos"; not "Reporters Without Borders"
	}
	return n > 0 && ends.Has(words[n-1]) || n > 1 && ends.Has(words[n-2]+" "+words[n-1])
}

// joinedName: w joins the words of a name, as no team's name is joined
// ("Reporters Without Borders", "Friends of the Earth").
func joinedName(w string) bool { return nameJoinWord(w) || w == "without" || w == "against" }

// teamPlural: w, the last word of a body's name of two words or more, is
// a plural as sports teams are named ("Stingrays", "Rhinos", "Royals"),
// not a business's designator ("Holdings", "Industries"), a body's noun
// ("Ministries") or the plural of a person's noun ("Teachers").
func teamPlural(w string) bool {
	one, ok := strings.CutSuffix(w, "s")
	return ok && len(one) >= 3 && !strings.HasSuffix(one, "s") && !lexicon.OrgDesignators.Has(w) && !lexicon.OrgNouns.Has(w) &&
		!lexicon.OrgNouns.Has(one) && !lexicon.PersonNoun(one) && !pluralIn(w, lexicon.Affiliations)
}

// roleClasses is want with each role word put as its class (roleClass:
// "congressman" as "legislator"), or nil when no word has a class.
func roleClasses(want []string) []string {
	var out []string
	for i, w := range want {
		if c := roleClass(w); c != "" {
			if out == nil {
				out = slices.Clone(want)
			}
			out[i] = c
		}
	}
	return out
}

// anyBodyNoun: the noun fits a body of any kind ("the group", "the
// organization"), so no one body's name need say it.
func anyBodyNoun(head string) bool {
	return head == "group" || head == "organization" || head == "organisation" || head == "body"
}

// kindOfBody: a body's name can be referred to by the generic noun head:
// a name that says what kind of body it is ("Tipperary County Council")
// is referred to by that kind ("the council"), or by a noun of any body
// ("the group", "the organisation"); a name that does not ("Families for
// Safer Roads BC", "Monsanto") by any.
func kindOfBody(name, head string) bool {
	if anyBodyNoun(head) {
		return true
	}
	kinds := false
	for _, w := range strings.Fields(strings.ToLower(name)) {
		kinds = kinds || lexicon.OrgNouns.Has(w) || lexicon.CompanyNouns.Has(w)
	}
	return !kinds || kindOfNamed(name, head)
}

// wordsGender is the gender the words of a description give ("the
// actress", "the mother of three"), the last that gives one.
func wordsGender(words []string) firstname.Gender {
	g := firstname.Unknown
	for _, w := range words {
		if wg := wordGender(w); wg != firstname.Unknown {
			g = wg
		}
	}
	return g
}

// variation: "the retired seamstress", "the two-time legislator", "the
// candidate": a description by an occupation or a trait that no one was
// introduced by is news's way of not repeating the name of the person it
// has just quoted. The head must be a noun of persons (WordNet's, or a
// scientist's "-ologist" it lacks), of no one named before it, and no
// title: a text names people by titles, so "the judge" after a lawyer's
// words is the judge.
func (d *doc) variation(x np, head string) bool {
	return d.low[x.chunk.Start] == "the" && x.span.End == x.chunk.End && d.tags[x.head] == postag.NN &&
		(lexicon.PersonNoun(head) || strings.HasSuffix(head, "ologist")) && (!lexicon.TitleWords.Has(head) || profession(head)) && !d.ownedRole(x) && !d.someonesRole(x) &&
		!d.compoundRole(x) && !d.introducedBefore(head, x.chunk.Start)
}

// holdsKin: the person was described by a kin noun ("his mother, Anita
// Patel"), a relation, not a trade.
func holdsKin(e *entity) bool {
	for w := range e.words {
		if lexicon.KinNouns.Has(w) {
			return true
		}
	}
	return false
}

// profession: a title word that names what someone is by training or
// pursuit, not an office someone holds ("the economist", "the
// collector"), by which news varies the name of the person just quoted
// when it has spoken of the trade ("Economists were divided.") or that
// person holds no other role (definite's variation).
func profession(w string) bool {
	switch w {
	case "economist", "analyst", "researcher", "scientist", "physician", "surgeon", "engineer", "architect", "lawyer", "barrister", "solicitor", "collector":
		return true
	}
	return false
}

// pluralBefore: the plural of the noun stands before token end ("Economists
// were divided." before "the economist told"): the text speaks of the
// trade, and the one it quotes next is of it.
func (d *doc) pluralBefore(noun string, end int) bool {
	for k := range end {
		if d.low[k] == noun+"s" {
			return true
		}
	}
	return false
}

// epithetOfKnown: "the" and a describing word before a noun of persons
// ("the veteran farmer", "the retired teacher", "the embattled
// coach", "the retired bus driver"), which tell of someone known, where
// "the farmer" or "the coach" alone may be a role the text brings in; no
// one introduced by the noun, no owner and no office before it.
func (d *doc) epithetOfKnown(x np, head string) bool {
	if d.low[x.chunk.Start] != "the" || x.span.End != x.chunk.End || d.tags[x.head] != postag.NN ||
		!lexicon.PersonNoun(head) || d.ownedRole(x) || d.someonesRole(x) || d.introducedBefore(head, x.chunk.Start) {
		return false
	}
	described := false
	for k := x.chunk.Start + 1; k < x.head; k++ {
		switch {
		case lexicon.EpithetDescriptors.Has(d.low[k]):
			described = true
		case d.tags[k] == postag.NN && k == x.head-1 && k-1 > x.chunk.Start && lifeStage(d.low[k-1]):
			// "the retired bus driver", "the veteran union organiser": a
			// compound after an epithet of a life's stage, which still
			// tells of someone known; not "the outgoing party leader", "the
			// defending tournament champion", an office or a standing
		case d.tags[k] != postag.JJ && d.tags[k] != postag.VBN:
			return false // "the fire chief", "the retired fire station chief": an office
		}
	}
	return described
}

// lifeStage: an epithet of a stage of someone's life or career, which
// tells of the person rather than of an office they hold.
func lifeStage(w string) bool {
	return w == "retired" || w == "veteran"
}

// compoundRole: a common noun before the head makes the description the
// name of an office ("the harbour master", "the fire chief"), held by
// someone the text brings in, not the person just quoted.
func (d *doc) compoundRole(x np) bool {
	for k := x.chunk.Start + 1; k < x.head; k++ {
		if (d.tags[k] == postag.NN || d.tags[k] == postag.NNS) && !d.describer(k) {
			return true // but "the veteran pollster" describes the one quoted
		}
	}
	return false
}

// introducedBefore: an indefinite noun phrase of the head before token
// end introduced someone ("a presentation to a client ... the client"),
// whom the description refers to rather than the person quoted. The
// article is at most three words before the head, with no punctuation
// between.
func (d *doc) introducedBefore(head string, end int) bool {
	for k := 0; k < end; k++ {
		if d.low[k] != head {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-3 && d.seg.Tokens[j].Kind == segment.Word; j-- {
			if d.low[j] == "a" || d.low[j] == "an" {
				return true
			}
		}
	}
	return false
}

// someonesRole: a person's surname before the head makes the description
// a relation to them ("the Sanders aide", "the Christie supporter"),
// someone else than the person it names.
func (d *doc) someonesRole(x np) bool {
	for k := x.chunk.Start; k < x.head; k++ {
		if !d.nameTok(k) || strings.ToUpper(d.text(k)) == d.text(k) {
			continue // no name, or an acronym's body ("the GOP candidate")
		}
		for _, id := range d.ents.byWord[d.low[k]] {
			if e := d.ents.list[id]; e.kind == Person && strings.EqualFold(e.name[strings.LastIndexByte(e.name, ' ')+1:], d.text(k)) {
				return true
			}
		}
	}
	return false
}

// soleHolder is the one named person mentioned before pos whose words
// hold the role word, and the nationality or party among want if there
// is one ("The French president" is no American's), or None when no one
// or several do.
func (d *doc) soleHolder(role string, want []string, pos int) int {
	found := None
	for _, id := range d.ents.byWord[role] {
		e := d.ents.list[id]
		if e.kind != Person || e.first >= pos || !holdsAffiliations(e, want) {
			continue
		}
		if found >= 0 && found != id {
			return None
		}
		found = id
	}
	return found
}

// ownedRole: a possessive in the description names whose role it is
// ("Germany's president", "the congressman's spokesman"): no epithet of
// someone named before.
func (d *doc) ownedRole(x np) bool {
	for k := x.chunk.Start; k < x.head; k++ {
		if d.possessive(k) || d.tags[k] == postag.POS {
			return true
		}
	}
	return false
}

// holdsAffiliations: the entity's words hold every nationality and party
// word of want.
func holdsAffiliations(e *entity, want []string) bool {
	for _, w := range want {
		if lexicon.Affiliations.Has(w) && !e.words[w] {
			return false
		}
	}
	return true
}

// describedAs is the latest entity mentioned before pos whose words hold
// all of want, a body if body is set and no body otherwise.
func (d *doc) describedAs(want []string, body bool, x np, pos int) int {
	// The candidates are the entities that hold the rarest wanted word.
	candidates := d.ents.byWord[want[0]]
	for _, w := range want[1:] {
		if ids := d.ents.byWord[w]; len(ids) < len(candidates) {
			candidates = ids
		}
	}
	best, bestPos := None, -1
	for _, id := range candidates {
		e := d.ents.list[id]
		if e.first >= pos && e.first >= x.span.Start || (e.kind == Organization) != body {
			continue
		}
		ok := true
		for _, w := range want {
			if !e.words[w] {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		// The latest mention; of equal ones, the first entity.
		if last := e.lastBefore(pos); last > bestPos || last == bestPos && id < best {
			best, bestPos = id, last
		}
	}
	return best
}

// business: a body that is a business, by a designator ending its name
// ("Orchard Bay Holdings") or a business noun among its words ("Quarry,
// a Lisbon-based startup").
func (e *entity) business() bool {
	if e.kind != Organization {
		return false
	}
	if i := strings.LastIndexByte(e.name, ' '); i >= 0 {
		last := strings.ToLower(e.name[i+1:])
		if lexicon.OrgDesignators.Has(last) || lexicon.BusinessNameEnds.Has(last) && !strings.Contains(e.name, " of ") {
			return true // not "Ministry of Lands and Estates"
		}
	}
	for w := range e.words {
		if lexicon.CompanyNouns.Has(w) || lexicon.ServiceNouns.Has(w) {
			return true
		}
	}
	return false
}

// age is the age an "N-year-old" in r gives ("38"), or "".
func (d *doc) age(r segment.Range) string {
	for k := r.Start; k < r.End; k++ {
		w := d.low[k]
		if n, ok := strings.CutSuffix(w, "-year-old"); ok && isNumber(n) {
			return n
		}
		if w == "year-old" && k-2 >= r.Start && d.low[k-1] == "-" && isNumber(d.low[k-2]) {
			return d.low[k-2]
		}
	}
	return ""
}

// personOfAge is the one person the text gives the age before token pos,
// after a mention of their name ("Dana Whitcomb, 58,", "Mr Penrose
// (61)") or before it ("58-year-old Dana Whitcomb"); None when no one or
// more than one person has it.
func (d *doc) personOfAge(age string, pos int) int {
	found := None
	for id, e := range d.ents.list {
		if e.kind != Person {
			continue
		}
		for _, m := range e.mentions {
			if m.End > pos || !d.agedAt(m, age) {
				continue
			}
			if found >= 0 && found != id {
				return None
			}
			found = id
		}
	}
	return found
}

// agedAt: the mention m of a name is given the age: ", 58," or " (58)"
// right after it, or "58-year-old" right before it.
func (d *doc) agedAt(m segment.Range, age string) bool {
	if k := m.End; k+1 < d.n && (d.text(k) == "," || d.text(k) == "(") && d.low[k+1] == age {
		if k+2 >= d.n {
			return true
		}
		switch d.text(k + 2) {
		case ",", ")", ".", ";":
			return true
		}
	}
	return m.Start > 0 && d.age(segment.Range{Start: max(m.Start-3, 0), End: m.Start}) == age
}

// describedInPlace finds "the Dundee consultant" after "Dr Ruth Menzies,
// an emergency consultant in Dundee": a description whose capitalized
// place the text gave where it named the person, not in the words it
// described them with. The place is set aside, and of the entities the
// other words describe, the latest is taken whose description after a
// mention of the name holds the place.
func (d *doc) describedInPlace(x np, want []string, body bool, pos int) int {
	var rest []string
	place := ""
	for k := x.chunk.Start; k < x.chunk.End; k++ {
		if w := d.word(k); d.capitalized(k) && (lexicon.PlaceWord(w) || lexicon.IsCity(w)) && place == "" {
			place = w
		}
	}
	if place == "" {
		return None
	}
	for _, w := range want {
		if w != place {
			rest = append(rest, w)
		}
	}
	if len(rest) == 0 || len(rest) == len(want) {
		return None
	}
	id := d.describedAs(rest, body, x, pos)
	if id < 0 {
		return None
	}
	for _, m := range d.ents.list[id].mentions {
		// The place stands in the words that describe the person right
		// after the name, before the clause's verb ("Dr Ruth Menzies, an
		// emergency consultant in Dundee, said"; not "Dr Alan Reid, a
		// consultant in Aberdeen, said patients from Dundee ...").
		for k := m.End; k < d.sentence(m.Start).End && k < m.End+10 && !postag.IsVerb(d.tags[k]); k++ {
			if d.word(k) == place {
				return id
			}
		}
	}
	return None
}

// firstAgeSubject is the first token, before end, of a sentence that
// opens with "The N-year-old" of the age, or -1.
func (d *doc) firstAgeSubject(age string, end int) int {
	for _, sen := range d.seg.Sentences {
		k := sen.Start
		if k >= end {
			break
		}
		if k+1 < sen.End && d.low[k] == "the" && d.age(segment.Range{Start: k + 1, End: min(k+4, sen.End)}) == age {
			return k
		}
	}
	return -1
}

// formerRole: "the former medical superintendent", "the former first
// lady": a past role the text tells of someone it has named, not one it
// introduces (it would say "a former ..."); not a role a possessive owns
// ("the former vice president's spokeswoman").
func (d *doc) formerRole(x np, want []string) bool {
	return d.low[x.chunk.Start] == "the" && len(want) >= 2 && slices.Contains(want, "former") && !d.ownedRole(x)
}

// ageWord: a word of "N-year-old" other than the number.
func ageWord(w string) bool {
	return w == "year-old" || w == "year" || w == "old" || strings.HasSuffix(w, "-year-old")
}

// epithet: a description's words hold a nationality, a birthplace or a
// base ("Chilean-born", "Winnipeg-based"), by which news refers back to a person it has named
// rather than introduces one. Party words are left out ("the Republican
// nominee" may be either of two candidates), and so are the first words
// of two-word nationalities ("the new coach").
func epithet(words []string) bool {
	for _, w := range words {
		if born, ok := strings.CutSuffix(w, "-born"); ok && born != "" {
			return true
		}
		if based, ok := strings.CutSuffix(w, "-based"); ok && based != "" {
			return true // "the Winnipeg-based consultant"
		}
		if lexicon.Affiliations.Has(w) && !lexicon.PartyWords.Has(w) && !lexicon.NationPrefixes.Has(w) {
			return true
		}
	}
	return false
}
