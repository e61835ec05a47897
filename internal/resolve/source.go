package resolve

import (
	"slices"
	"strings"
	"unicode"

	"github.com/whosaid/whosaid/internal/firstname"
	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// resolveSource returns the entity a source refers to (None if it is an
// unresolved pronoun) and sets the attribution's kind, title, description.
func (d *doc) resolveSource(a *Attribution) int {
	es := &d.ents
	x := d.analyze(a.Source)
	if x.head < 0 || x.span.Len() <= 0 {
		return None
	}
	pos := a.Cue[0].Start
	head := d.word(x.head)
	if name := d.selfNamed(x.head, a); name.Len() > 0 && !d.nameTok(x.head) {
		// "The ransomware group, which calls itself NightHeron", "a
		// hacker known as Zeroday": the name the description gives.
		sub := Attribution{Source: []segment.Range{name}, Cue: a.Cue}
		id := d.resolveSource(&sub)
		a.Kind, a.Title, a.Description = sub.Kind, sub.Title, sub.Description
		return id
	}
	// "Daniel Okafor, who chairs ...": the phrase before the relative.
	if head == "who" || head == "which" {
		k := x.span.Start - 1
		for k >= 0 && d.text(k) == "," {
			k--
		}
		if k >= 0 && d.nounish(k) && d.seg.SentenceOf[k] == d.seg.SentenceOf[x.span.Start] {
			prev := segment.Range{Start: d.npLeft(k, d.sentence(k).Start), End: k + 1}
			if n := prev.Start - 2; n >= 0 && d.text(n+1) == "," && d.nameTok(n) && !d.capitalized(prev.Start) && d.seg.SentenceOf[n] == d.seg.SentenceOf[k] {
				// "Lee Min-jun, an independent security researcher, who
				// said": the name the description stands beside.
				prev = d.properRun(n, d.sentence(n).Start)
			}
			if prev.Len() > 0 {
				sub := Attribution{Source: []segment.Range{prev}, Cue: a.Cue}
				id := d.resolveSource(&sub)
				a.Kind, a.Title, a.Description = sub.Kind, sub.Title, sub.Description
				return id
			}
		}
	}
	// A possessive pronoun alone is its owner ("his warning that ...":
	// he warns).
	if p := ownerPronoun(d.low[x.head]); p != "" && x.span.Len() == 1 && d.tags[x.head] == postag.PRPS {
		head = p
	}
	// A pronoun, contracted or not ("I'm", "we've": lower writes "’" as
	// "'").
	if base, _, ok := strings.Cut(head, "'"); ok && x.span.Len() == 1 && lexicon.Pronouns.Has(base) {
		head = base
	}
	if d.tags[x.head] == postag.PRP || lexicon.Pronouns.Has(head) {
		if id := d.antecedent(head, min(x.span.Start, pos)); id >= 0 {
			return id
		}
		a.Kind = d.writerKind(x.head)
		return d.selfEntity(a.Kind) // the columnist's "I think", the reviewer's "we found"
	}
	if x.span.Len() == 1 && lexicon.ForceNouns.Has(head) && d.inTitle(x.head) {
		// "..., police say" in a headline: the force the text names.
		if id, ok := d.ents.shortBody(head); ok {
			return id
		}
	}
	// "a report by Reuters": the author speaks, and "the report" later
	// refers to it (the document's head joins the author's words).
	docHead := segment.Range{}
	if x.byObj.Len() > 0 {
		sub := d.analyze([]segment.Range{x.byObj})
		if sub.head >= 0 {
			if lexicon.DocNouns.Has(head) {
				docHead = segment.Range{Start: x.head, End: x.head + 1}
			}
			x = sub
			head = d.word(x.head)
		}
	}
	// (Not before "a ...", which describes the name before it: "Charlie
	// King, a prominent New York Democrat,".)
	// "The Sole Administrator of Lagos Mainland Local Government,
	// Alhaji Lateef Olanrewaju Bello,": a definite description in
	// capitals, then the person's name in apposition.
	// So is an office that ends in its title word, with no article:
	// "Kisumu Town East MP, Rose Anyango". And so is any name in
	// capitals before a person addressed by an honorific: "Member of
	// Parliament for South Clarendon, Mr Desmond Harriott-Clarke,".
	if x.appos.Len() > 0 && d.capitalized(x.head) && (x.define || d.titleWord(x.head) && x.chunk.End == x.head+1 || lexicon.Honorifics.Has(d.low[x.appos.Start]) || d.officeOf(x.chunk)) && d.low[x.appos.Start] != "a" && d.low[x.appos.Start] != "an" {
		if id := d.apposedPerson(x); id >= 0 {
			return id
		}
	}
	if id := d.executiveBody(x); id >= 0 {
		return id
	}
	// A proper name (a capitalized common noun opening a sentence is not,
	// nor a nationality after "the": "The Serbian admitted" is an
	// epithet, which definite resolves).
	epithetOnly := d.low[x.chunk.Start] == "the" && x.chunk.Len() == 2 && lexicon.Affiliations.Has(head) || d.oneMember(x) || d.capitalizedCommon(x)
	if d.nameTok(x.head) && x.head > x.chunk.Start && !d.nameTok(x.head-1) {
		if id := d.kinPerson(segment.Range{Start: x.head, End: x.head + 1}, pos); id >= 0 {
			return id // "Her daughter Clodagh" is Clodagh Fitzgibbon
		}
	}
	// "The bank's Monetary Policy Statement", "its Annual Report": a
	// document's title after its owner speaks for the owner, before the
	// title is read as a name; other documents ask for their owner after
	// the names.
	// "Minutes of the committee's meeting", "records of the schools
	// division": who keeps the record, whatever the tagger made of its
	// noun.
	if id := d.keeperOfRecord(a, x); id >= 0 {
		return id
	}
	titledDocument := d.nameTok(x.head) && lexicon.DocNouns.Has(head)
	if titledDocument {
		if id := d.ownerOfDocument(a, x); id >= 0 {
			return id
		}
		if k := d.author(x); k >= 0 && k < x.head && d.possessive(k) && !lexicon.OrgNouns.Has(head) {
			// "The Auditor-General's Report 2004": a titled document
			// speaks for its owner named in the possessive
			if id, ok := d.properSource(a, x, k, pos); ok {
				d.documentOf(id, x.head)
				return id
			}
		}
	}
	if d.nameTok(x.head) && !epithetOnly && !d.pluralAfterDateline(x.head) && (postag.IsProperNoun(d.tags[x.head]) || x.head != d.sentence(x.head).Start || d.knownName(x.head) || d.groupWord(x.head)) {
		if id, ok := d.properSource(a, x, x.head, pos); ok {
			if docHead.Len() > 0 && es.list[id].kind != Anonymous {
				es.addWords(d, id, docHead)
			}
			return id
		}
	}
	// A document of a named author: "NHS England figures", "Pryor's
	// Instagram post" speak for the author, the owner if one is named.
	if k := d.author(x); k >= 0 {
		if id, ok := d.properSource(a, x, k, pos); ok {
			d.documentOf(id, x.head)
			return id
		}
	}
	if !titledDocument {
		if id := d.ownerOfDocument(a, x); id >= 0 {
			return id
		}
	}
	if id := d.bodysDocument(x, pos, d.attributionStart(a)); id >= 0 {
		return id
	}
	if id := d.organOfBody(a, x); id >= 0 {
		return id
	}
	if id := d.relativeAuthor(a, x); id >= 0 {
		return id
	}
	if id := d.titledPerson(x); id >= 0 {
		return id
	}
	if id := d.namedAfter(x); id >= 0 {
		return id
	}
	// A common noun: an organization, a document, or a description.
	if x.appos.Len() > 0 {
		// "a doctor, Hugh Hill"
		ap := d.analyze([]segment.Range{x.appos})
		nameEnd := ap.head
		if nameEnd >= 0 && !d.nameTok(nameEnd) && lexicon.LifeEpithets.Has(head) {
			// "Her father, the group's chairman and founder Tobenna
			// Ekwueme": a kin's apposition that ends in a name names them.
			nameEnd = d.lastNameTok(x.span)
		}
		if nameEnd >= 0 && d.nameTok(nameEnd) {
			run := d.properRun(nameEnd, x.appos.Start)
			_, name := d.splitName(run)
			if commonKind(head) == Organization {
				if !d.nameTok(x.appos.Start) && d.tags[x.appos.Start] != postag.DT {
					return d.orgEntity(ap) // "a group of experts, including ..."
				}
				// "The operator, TransCaribbean Highway Company Ltd (TCHC),":
				// the body's name as a name is written, its acronym indexed,
				// and the description's noun by which the text refers back
				// ("the company" after "The operator of both centres, Little
				// Sprouts Childcare")
				id := d.orgNamed(run)
				d.ents.addWords(d, id, x.chunk)
				return id
			}
			if id := d.holderAfterBody(x, name); id >= 0 {
				return id
			}
			switch d.properKind(name) {
			case Organization:
				return d.orgNamed(run) // "The shipyard, Inverclyde Marine Engineering"
			case Person:
				if id := d.kinPerson(run, pos); id >= 0 {
					return id // "his wife, Jane," is Jane Sanders
				}
				id := d.describedPerson(run, x.chunk, segment.Range{Start: x.span.Start, End: x.appos.Start - 1})
				if k := x.appos.End; id >= 0 && k+1 < x.span.End && d.text(k) == "," && d.tags[k+1] == postag.DT {
					// "Her daughter, Aoife Ní Mhaoláin, a paramedic based in
					// Birr,": a second apposition, a noun phrase (no
					// relative clause), describes her too, by which "the
					// paramedic" refers back.
					if second := d.analyze([]segment.Range{{Start: k + 1, End: x.span.End}}); second.head >= 0 {
						d.ents.addWords(d, id, second.chunk)
					}
				}
				return id
			}
		}
	}
	// A bare role or body ("counsel said", "minister admits", "company
	// says" in a headline) refers back as "the counsel" would.
	bareRole := x.chunk.Len() == 1 && d.tags[x.head] == postag.NN &&
		(lexicon.TitleWords.Has(head) || lexicon.CompanyNouns.Has(head) || lexicon.OrgNouns.Has(head))
	if x.define || d.low[x.chunk.Start] == "the" || bareRole {
		if id := d.definite(x, pos, d.attributionStart(a)); id >= 0 {
			return id
		}
	}
	if id := d.ownerOfNamedDocument(a, x); id >= 0 {
		return id // "The review" after "the Midlands Health Group published its review"
	}
	if id := d.kinByFamily(x, pos); id >= 0 {
		return id // "Her husband", introduced by no such word, is the other Gallagher
	}
	if id := d.ownedDescription(x, pos); id >= 0 {
		return id
	}
	if id := d.bodyOfPart(x, pos, d.attributionStart(a)); id >= 0 {
		return id // "Test reports from the authority's laboratory" after "the State Drug Control Authority"
	}
	kind := commonKind(head)
	if kind == Organization && (d.groupOfPeople(x) || x.chunk.End < d.n && d.low[x.chunk.End] == "who") {
		kind = Anonymous // "an international team of astronomers", "a contractor who worked on the site": people, not a body
	}
	if kind == Organization {
		return d.orgEntity(x)
	}
	desc := d.rangeText(d.descriptionRange(x.span, x.head))
	// A collective ("her management", "the family", "the camp") is they,
	// no he or she; so are a number of people ("four of Kowalczyk's
	// former co-workers").
	e := &entity{name: desc, kind: Anonymous, first: x.span.Start, plural: d.tags[x.head] == postag.NNS || collectiveNoun(head) || lexicon.CollectiveNouns.Has(head) || d.countedPeople(x.span),
		document: lexicon.DocNouns.Has(head), thing: d.noPerson(x.head)}
	id := es.add(e)
	es.addWords(d, id, x.span)
	return id
}

// countedPeople: the source opens with a cardinal of more than one
// ("four of the co-workers", "Two officials", "12 residents").
func (d *doc) countedPeople(span segment.Range) bool {
	k := span.Start
	return k < span.End && d.tags[k] == postag.CD && d.low[k] != "one" && d.low[k] != "1"
}

// attributionStart is the first token of a's cue and contents: a
// quotation of several sentences before "said the retired seamstress"
// follows the sentence whose speaker the description refers back to.
func (d *doc) attributionStart(a *Attribution) int {
	start := a.Cue[0].Start
	for _, r := range a.Content {
		start = min(start, r.Start)
	}
	return start
}

// executiveBody is the body a capitalized name that ends in "Executive"
// names when no word of rank stands before it ("the Health Service
// Executive", "the Northern Ireland Executive", "the Health and Safety
// Executive"), where "Chief Executive" or "the Northern Ireland
// Secretary" is a person's title; -1 for any other source.
func (d *doc) executiveBody(x np) int {
	h := x.head
	if h <= x.chunk.Start || d.low[h] != "executive" || !d.capitalized(h) || x.span.End != x.chunk.End {
		return -1
	}
	before := h - 1
	if !d.capitalized(before) || d.seg.Tokens[before].Kind != segment.Word || lexicon.TitleWords.Has(d.low[before]) ||
		lexicon.Descriptors.Has(d.low[before]) || d.low[before] == "managing" || d.low[before] == "group" {
		return -1
	}
	start := x.chunk.Start
	if d.low[start] == "the" {
		start++
	}
	return d.orgNamed(segment.Range{Start: start, End: h + 1})
}

// ownerPronoun is the pronoun that refers to whom a possessive pronoun
// names as owner ("His report" is he's), "" for no such possessive.
func ownerPronoun(possessive string) string {
	switch possessive {
	case "his":
		return "he"
	case "her":
		return "she"
	case "their":
		return "they"
	case "its":
		return "it"
	case "our":
		return "we"
	case "my":
		return "i"
	}
	return ""
}

// ownerOfDocument is who speaks through a document the source names by
// its owner's pronoun ("His report found", "Their paper") or common noun
// ("the company's release", "the federation's own calculations"), as
// our sets mark it; None if the source is no such document or the owner
// refers to no one.
func (d *doc) ownerOfDocument(a *Attribution, x np) int {
	if !lexicon.DocNouns.Has(d.word(x.head)) && !d.ownBefore(x) {
		return None
	}
	s := x.chunk.Start
	if p := ownerPronoun(d.low[s]); p != "" && d.tags[s] == postag.PRPS {
		if id := d.antecedent(p, s); id >= 0 {
			return id
		}
		if id := d.ents.bodies.latestBefore(s); p == "it" && id >= 0 && !placeName(d.ents.list[id].name) && d.seg.SentenceOf[d.ents.list[id].lastBefore(s)] >= d.seg.SentenceOf[s]-1 {
			// "Halton Council lent ... Its annual report shows": a body,
			// no place, named in the sentence or the one before, which
			// "it" as a subject would not find (that is as often a
			// thing).
			return id
		}
		return d.selfEntity(d.writerKind(s)) // the writer's own: "my analysis", "our tests" (the outlet's)
	}
	for k := s; k < x.head; k++ {
		if d.possessive(k) && !d.capitalized(k) && k > s {
			sub := Attribution{Source: []segment.Range{{Start: s, End: k + 1}}, Cue: a.Cue}
			id := d.resolveSource(&sub)
			if id >= 0 && d.ents.list[id].kind != Anonymous {
				return id
			}
			return None
		}
	}
	// "Figures in the club's 2011 annual report", "data from the
	// ministry's survey", "copies of INEC's result sheets": the owner or
	// author of the document they are in, from or part of; not "a review
	// of the government's report", which is about it.
	if k := x.chunk.End; k+1 < x.span.End && (d.low[k] == "in" || d.low[k] == "from" || d.low[k] == "of" && partOfDocument(d.word(x.head))) {
		sub := Attribution{Source: []segment.Range{{Start: k + 1, End: d.npRight(k+1, x.span.End)}}, Cue: a.Cue}
		if y := d.analyze(sub.Source); y.head >= 0 && y.head > k && lexicon.DocNouns.Has(d.word(y.head)) {
			if id := d.resolveSource(&sub); id >= 0 && d.ents.list[id].kind != Anonymous && !placeName(d.ents.list[id].name) {
				return id // "Certified true copies of INEC's result sheets": whose sheets; not "a New Hampshire paper"'s
			}
		}
	}
	if id := d.obtainedFrom(a, x); id >= 0 {
		return id
	}
	return d.issuerOfDocument(a, x)
}

// obtainedFrom is the body a document was obtained from, as the
// participle after it says ("Figures obtained by our correspondent from
// the Eastern States Revenue Board", "records obtained from the board"):
// whose figures they are; or None.
func (d *doc) obtainedFrom(a *Attribution, x np) int {
	k := x.chunk.End
	if k >= x.span.End || d.tags[k] != postag.VBN && d.tags[k] != postag.VBD {
		return None
	}
	switch d.low[k] {
	case "obtained", "received", "sourced", "leaked", "supplied", "provided", "seen":
	default:
		return None
	}
	for j := k + 1; j+1 < x.span.End && j < k+8; j++ {
		if d.low[j] != "from" {
			continue
		}
		sub := Attribution{Source: []segment.Range{{Start: j + 1, End: d.npRight(j+1, x.span.End)}}, Cue: a.Cue}
		if id := d.resolveSource(&sub); id >= 0 && d.ents.list[id].kind == Organization && !placeName(d.ents.list[id].name) {
			return id
		}
		return None
	}
	return None
}

// issuerOfDocument is who the relative clause after a document says
// issued it ("a notice the county filed Monday", "a statement that the
// company released"), or None.
func (d *doc) issuerOfDocument(a *Attribution, x np) int {
	k := x.chunk.End
	if k < x.span.End && (d.low[k] == "that" || d.low[k] == "which") {
		k++
	}
	if k >= x.span.End || d.tags[k] == postag.IN || d.tags[k] == postag.TO {
		return None // "An inspection report on Oakhurst Lodge published last year": what it is about
	}
	e := k // the issuer: the words before the clause's verb
	for e < x.span.End && e < k+6 && !postag.IsVerb(d.tags[e]) && d.seg.Tokens[e].Kind != segment.Punct {
		e++
	}
	if e <= k || e >= x.span.End || d.tags[e] != postag.VBD && d.tags[e] != postag.VBN || !issueVerb(d.low[e]) {
		return None
	}
	sub := Attribution{Source: []segment.Range{{Start: k, End: e}}, Cue: a.Cue}
	// A named issuer only: "an engineering report the city released"
	// with no city's body named stays the report.
	if id := d.resolveSource(&sub); id >= 0 && d.ents.list[id].kind != Anonymous && d.capitalizedName(id) && !placeName(d.ents.list[id].name) {
		return id
	}
	return None
}

// issueVerb: a verb by which someone issues a document of their own; not
// "published" or "posted", which an outlet does to others' ("A memo the
// Daily Telegraph published").
func issueVerb(w string) bool {
	switch w {
	case "filed", "released", "issued", "sent", "wrote", "submitted", "lodged", "tabled", "presented":
		return true
	}
	return false
}

// partOfDocument: a document's noun that is part or a copy of another
// document, which speaks for that one's author ("copies of INEC's result
// sheets", "the results of the Quinnipiac poll").
func partOfDocument(w string) bool {
	switch w {
	case "copy", "copies", "results", "average", "excerpt", "excerpts", "extract", "extracts", "summary", "text", "draft", "version":
		return true
	}
	return false
}

// placeName: the name is a place's alone ("New Hampshire", "Des
// Moines"), which says where a document is from, not who wrote it.
func placeName(name string) bool {
	low := strings.ToLower(name)
	if lexicon.CountryPhrases.Has(low) || lexicon.RegionPhrases.Has(low) || lexicon.IsCity(low) {
		return true
	}
	return low != "" && allPlaces(strings.Fields(low))
}

// ownBefore: "own" stands between the chunk's start and its head ("the
// council's own capital programme"): whatever the noun, it is the owner's
// (what it publishes, plans or keeps).
func (d *doc) ownBefore(x np) bool {
	for k := x.chunk.Start + 1; k < x.head; k++ {
		if d.low[k] == "own" && d.possessive(k-1) {
			return true
		}
	}
	return false
}

// bodysDocument: a body's common noun right before a document's noun
// ("league figures", "council figures", "university figures") speaks for
// the body of that kind the text has named, as "the league" would.
func (d *doc) bodysDocument(x np, pos, start int) int {
	k := x.head - 1
	if !lexicon.DocNouns.Has(d.word(x.head)) || k < x.chunk.Start || d.capitalized(k) && k != d.sentence(k).Start {
		return None
	}
	if j := d.bodyNounInCompound(x.chunk.Start, k); j >= 0 {
		k = j // "A council staff report", "A 1997 council safety audit"
	}
	if w := d.word(k); !lexicon.OrgNouns.Has(w) {
		// "Festival figures", "park records": a noun no lexicon knows for
		// a body's is one when it ends the name of a body named before
		// ("the Sangre de Cristo Film Festival", "Kirikiriroa Wildlife
		// Park").
		alone := k == x.chunk.Start || d.tags[k-1] == postag.DT // not "a city festival report"
		if !alone {
			return None
		}
		return d.bodyEndingIn(w, pos)
	}
	if w := d.word(k); w == "court" || w == "police" || d.word(x.head) == "media" {
		return None // "Court records show", "police records": the papers of a case; "State media": outlets
	}
	body := np{span: segment.Range{Start: k, End: k + 1}, chunk: segment.Range{Start: k, End: k + 1}, head: k, define: true}
	id := d.definite(body, pos, start)
	if id >= 0 && d.ents.list[id].kind == Organization {
		return id
	}
	return None
}

// bodyNounInCompound is the lower-case noun of a public body among the
// nouns and years of a compound before token k, the noun before a
// document's ("council" of "A 1997 council safety audit"), from start
// on; -1 when k is a body's noun already or there is none. Only a public
// body's: "campaign finance records" are of no campaign.
func (d *doc) bodyNounInCompound(start, k int) int {
	if lexicon.OrgNouns.Has(d.word(k)) {
		return -1
	}
	for j := k - 1; j >= start && !d.capitalized(j) && (postag.IsNoun(d.tags[j]) || d.digits(j)); j-- {
		if lexicon.PublicBodyNouns.Has(d.word(j)) {
			return j
		}
	}
	return -1
}

// relativeAuthor is the author of a document that a relative clause with
// no "that" says made it ("Figures the Ross County Sheriff's Office
// submits to the FBI", "data the ministry released"): the clause's
// subject, a name or a definite phrase right after the document's noun
// and before a finite verb; None when there is no such clause or its
// subject is no one.
func (d *doc) relativeAuthor(a *Attribution, x np) int {
	h := x.head
	if !lexicon.DocNouns.Has(d.word(h)) || h+2 >= x.span.End || d.low[h+1] != "the" && !d.nameTok(h+1) {
		return None
	}
	e := d.npRight(h+1, x.span.End)
	if e <= h+1 || e >= x.span.End || !finite(d.tags[e]) {
		return None
	}
	sub := Attribution{Source: []segment.Range{{Start: h + 1, End: e}}, Cue: a.Cue}
	if id := d.resolveSource(&sub); id >= 0 && d.ents.list[id].kind != Anonymous {
		return id
	}
	return None
}

// organOfBody is the body whose governing organ speaks ("The Singapore
// Turf Authority's stewards", "the trustees of the Kelvinhaugh Marine
// Pension Scheme"): trustees, stewards and organisers decide as the body,
// as its board does, and readers mark the body; None when the owner is no
// body. Officials of a body stay persons it employs.
func (d *doc) organOfBody(a *Attribution, x np) int {
	unit := false
	switch d.word(x.head) {
	case "trustees", "stewards", "organisers", "organizers", "regents", "management", "leadership":
	case "team", "unit", "secretariat", "office", "branch", "division", "system":
		// "the council's oil pollution team", "the service's
		// investigation unit": a body's part speaks for the body, its
		// owner in the possessive before it.
		unit = true
	default:
		return None
	}
	var owner segment.Range
	k := x.head - 1
	for unit && k > x.chunk.Start && !d.possessive(k) && postag.IsNoun(d.tags[k]) && !d.capitalized(k) {
		k-- // past the nouns of what the part does: "oil pollution"
	}
	if k > x.chunk.Start && d.possessive(k) {
		owner = segment.Range{Start: x.chunk.Start, End: k + 1}
	} else if k := x.head + 1; !unit && k+1 < x.span.End && d.low[k] == "of" {
		owner = segment.Range{Start: k + 1, End: d.npRight(k+1, x.span.End)}
	}
	if owner.Len() <= 0 {
		return None
	}
	sub := Attribution{Source: []segment.Range{owner}, Cue: a.Cue}
	if id := d.resolveSource(&sub); id >= 0 && d.ents.list[id].kind == Organization {
		return id
	}
	return None
}

// ownerOfNamedDocument: "the review", "the report" with no document
// before it as a source, is the document the text last named with that
// noun, and speaks for its owner ("When the Midlands Health Group
// published its long-awaited review ... The review recommends ...").
// The nearest earlier mention of the noun decides; None when it names no
// owner.
func (d *doc) ownerOfNamedDocument(a *Attribution, x np) int {
	head := d.word(x.head)
	if !lexicon.DocNouns.Has(head) || d.low[x.chunk.Start] != "the" || x.chunk.Len() != 2 {
		return None
	}
	for k := x.chunk.Start - 1; k >= 0; k-- {
		if d.word(k) != head || d.ents.inSource[k] {
			continue
		}
		sub := Attribution{Source: []segment.Range{{Start: d.npLeft(k, d.sentence(k).Start), End: k + 1}}, Cue: a.Cue}
		y := d.analyze(sub.Source)
		if y.head != k {
			return None
		}
		if id := d.ownerOfDocument(&sub, y); id >= 0 && d.ents.list[id].kind != Anonymous {
			return id
		}
		return None
	}
	return None
}

// knownName: token k is a name the document has given a person or a
// body ("Bastian/JJ questioned ..." after "Councilwoman Renee Bastian").
func (d *doc) knownName(k int) bool {
	w := d.word(k)
	_, short := d.ents.orgShort[w]
	id, named := d.ents.byName[w]
	_, opens := d.fullCompanyName(w, k) // "PayWise" of "PayWise Digital Limited"
	return d.ents.surname(w) || short || named && d.ents.list[id].kind != Anonymous || opens
}

// pluralAfterDateline: token k opens the first sentence after the
// dateline and is a plural of a noun of persons ("SOWETO — Tenants in 11
// blocks say", "Witnesses", "Families") that names nothing the text has
// named: the sentence's capital, which the dateline kept from opening the
// sentence, no name.
func (d *doc) pluralAfterDateline(k int) bool {
	if dl := d.dateline.Span; dl.Len() == 0 || k != dl.End {
		return false
	}
	return commonPlural(d.low[k]) && !d.knownName(k)
}

// author is the last token of the name of a document's author in a
// source headed by a document noun: the owner ("Pryor's Instagram post"),
// else the name before the noun ("NHS England figures"); -1 if none. A
// capitalized word opening the sentence is no name unless tagged one
// ("Recent polls").
func (d *doc) author(x np) int {
	if !lexicon.DocNouns.Has(d.word(x.head)) && !d.ownBefore(x) {
		return -1
	}
	// A body's common noun opening the sentence is no name: "Court
	// records show", "Police records show" are documents of no one named.
	name := func(k int) bool {
		if w := d.word(k); lexicon.Months.Has(w) || lexicon.Weekdays.Has(w) {
			return false // "May's Washington Post-ABC News poll": a time's
		}
		if k == d.sentence(k).Start {
			// ... or a short name the text has given a body ("HSE
			// figures" after "the Health Service Executive (HSE)"; not a
			// surname: "Price figures show").
			_, short := d.ents.orgShort[d.word(k)]
			return d.nameTok(k) && (postag.IsProperNoun(d.tags[k]) || short) && !lexicon.OrgNouns.Has(d.low[k])
		}
		return d.nameTok(k)
	}
	for k := x.chunk.Start; k < x.head; k++ {
		if d.possessive(k) && name(k) {
			return k
		}
	}
	k := x.head - 1
	for j := 0; j < 2 && k > x.chunk.Start && !d.capitalized(k) && (d.tags[k] == postag.NN || d.tags[k] == postag.NNS); j++ {
		k-- // "A Department of Immigration briefing note": common nouns between
	}
	if k >= x.chunk.Start && name(k) && !lexicon.Affiliations.Has(d.word(k)) {
		return k // no nationality ("Turkish news reports")
	}
	// "The minutes of Galway County Council's May meeting": the owner of
	// what the document is of.
	if k := x.chunk.End; k+1 < x.span.End && d.low[k] == "of" {
		for j := k + 1; j < x.span.End && d.nameTok(j); j++ {
			if d.possessive(j) {
				return j
			}
		}
	}
	return -1
}

// properSource resolves a source whose name ends at token e to a person
// or a body: a bare surname to the person of the document who has it, a
// short name to the body it stands for, else by the kind of the name.
// ok is false when the name is neither a person's nor a body's.
func (d *doc) properSource(a *Attribution, x np, e, pos int) (id int, ok bool) {
	run := d.properRun(e, x.chunk.Start)
	// "the Office of the Auditor-General": the name goes on past the
	// head the tagger chose, through a body's joins and past a plural's
	// possessive ("the Ohio Manufacturers' Roundtable", its last word
	// tagged no noun).
	if k := run.End; k < x.chunk.End && d.tags[k] == postag.CD && d.digits(k) && d.nameTok(k-1) && !lexicon.Months.Has(d.low[k-1]) {
		run.End++ // "Workers Union Local 1140", "Apollo 11": the name's number
	}
	for k, joined := run.End, false; k < x.chunk.End; k++ {
		join := d.orgJoin(k) || d.pluralPossessive(k)
		if !join && !(joined && d.nameTok(k)) {
			break
		}
		if joined = joined || join; d.nameTok(k) {
			run.End = k + 1
		}
	}
	title, name := d.splitName(run)
	if (len(name) == 0 || d.low[name[0]] == "of" || lexicon.PortfolioWords.Has(d.low[name[len(name)-1]])) && d.bodyOf(run) {
		// "The Union of Clinical Officers", "The Federation of Tin
		// Miners of Oruro", "Office of the Director of Consumer
		// Affairs": the words after a body's "of" name its members or
		// its field, no title, and no person's name opens with "of" or
		// ends in a portfolio's word.
		title, name = nil, append(title, name...)
	}
	if d.turnLabel(run) && len(name) > 0 {
		// A transcript's "TAN:" or "WALLACE:" is a person the text has
		// named, by family or last name, else a person of that name: no
		// acronym's body.
		id := d.byLastName(d.word(name[len(name)-1]), pos, firstname.Unknown)
		if id < 0 {
			id = d.personOpening(d.word(name[0]), pos)
		}
		if id < 0 {
			id = d.personEntity(run, title, name)
			if d.ents.list[id].kind != Person { // "TAN" taken for an acronym's body
				id = d.ents.add(&entity{name: d.joinWords(name), kind: Person, last: d.lastName(name), first: run.Start})
			}
		}
		d.ents.list[id].mention(run)
		return id, true
	}
	if len(name) == 1 && len(title) == 0 && d.acronym(name[0]) {
		// "the CP" after "the Commissioner of Police, Funmilayo Adeyinka"
		if id := d.titleInitials(d.text(name[0]), pos); id >= 0 {
			d.ents.list[id].mention(run)
			return id, true
		}
	}
	if id := d.officeHolder(run, pos); id >= 0 {
		// "the Head of Service said" after "The Head of Service, Dr
		// Funmilayo Ajibade": the office the text gave a person, no
		// body's name.
		d.ents.list[id].mention(run)
		return id, true
	}
	ev := d.nameEvidence(name)
	kind := decideKind(ev)
	surname := d.describedSurname(name, ev)
	if surname {
		// "Kovac", "Candidate Trump", "Unseeded Kovac": a person's last
		// name, alone or after words that describe.
		if id := d.bySurname(name, pos); id >= 0 {
			id = d.namesakeNotInContent(a, id, pos, d.honorificGender(name[0]))
			d.ents.list[id].mention(run)
			if !d.surnameParticle(name) {
				title = append(title[:len(title):len(title)], name[:len(name)-1]...) // not "Te" of "Te Rangi"
			}
			if len(title) > 0 && a.Title == "" {
				a.Title = d.joinWords(trimDet(d, title))
			}
			d.apposTitle(a, x, id)
			return id, true
		}
	}
	if len(name) == 1 && len(title) == 0 && !ev.acronym && (surname || ev.place && !ev.country) {
		// "Wong said" after "Datuk Wong Kah Seng", "Hillary said" after
		// "Hillary Clinton", "Park said" after "Park Ji-won": no one's
		// last name, the word opens the name of a person the text has
		// named, family name first or first name alone; a word that ends
		// places' names ("Central Park") is no place alone then.
		if id := d.personOpening(lower(d.word(name[0])), pos); id >= 0 {
			d.ents.list[id].mention(run)
			return id, true
		}
	}
	if len(name) == 1 && len(title) > 0 && !ev.acronym {
		// "Rear-Adm Azman" after "Rear-Admiral Azman bin Yusof": a name
		// with a patronymic ("bin", "binti", "ibn") has no surname, and
		// a title goes with its first word.
		if id := d.personOpening(lower(d.word(name[0])), pos); id >= 0 && patronymic(d.ents.list[id].name) {
			d.ents.list[id].mention(run)
			return id, true
		}
	}
	if id, ok := d.ents.shortBody(strings.ToLower(d.joinWords(name))); ok && len(title) == 0 {
		d.ents.list[id].mention(run)
		return id, true
	}
	switch kind {
	case Person:
		if id := d.bodyOpenedBy(name, title, pos); id >= 0 {
			// "Halberd" after "Halberd Interactive": a word that names no
			// one else is the body its name opens.
			d.ents.list[id].mention(run)
			return id, true
		}
		title, name = d.personName(title, name)
		id := d.personEntity(run, title, name)
		d.apposTitle(a, x, id)
		return id, true
	case Organization:
		if s := run.Start - 1; s >= x.chunk.Start && d.possessive(s) && d.nameTok(s) && !d.placeOwnsCompany(s, name) {
			return d.orgEntity(x), true // "Iran's Foreign Ministry"
		}
		return d.orgNamed(run), true
	}
	return None, false
}

// namesakeNotInContent is id, the person a bare surname was found to
// be, unless the attribution's content names them by their first name
// alone ("'Jason has hiked in the Rockies,' Mr Kowalski said" after
// "Richard Kowalski ... His son, Jason Kowalski"): then the namesake
// named last before pos, of gender g, whom the content does not name so.
// No one speaks of themselves by first name alone.
func (d *doc) namesakeNotInContent(a *Attribution, id, pos int, g firstname.Gender) int {
	e := d.ents.list[id]
	ids := d.ents.byLast[e.last]
	given, _, _ := strings.Cut(e.name, " ")
	if e.last == "" || len(ids) < 2 || !d.firstNameInContent(a, lower(given)) {
		return id
	}
	best, at := id, -1
	for _, o := range ids {
		oe := d.ents.list[o]
		first, _, _ := strings.Cut(oe.name, " ")
		if o == id || oe.kind != Person || oe.first > pos || !oe.agrees(g) || d.firstNameInContent(a, lower(first)) {
			continue
		}
		if last := oe.lastBefore(pos); last > at {
			best, at = o, last
		}
	}
	return best
}

// firstNameInContent says whether the attribution's content holds the
// first name w (lower-cased) alone, capitalized as a name is, no name
// going on after it, and no place's preposition before it: "Jason has
// hiked", not the full name by which a politician speaks of himself
// ("It's not just Bernie Sanders saying"), nor "the bill", "little
// hope" or "lawmakers in Austin" (the second session's reviewer's).
func (d *doc) firstNameInContent(a *Attribution, w string) bool {
	for _, r := range a.Content {
		for k := r.Start; k < r.End && k < d.n; k++ {
			if d.low[k] == w && d.capitalized(k) && (k+1 >= d.n || !d.capitalized(k+1)) && (k == 0 || !lexicon.LocativePrepositions.Has(d.low[k-1]) && d.low[k-1] != "from" && d.low[k-1] != "to") &&
				(k != d.sentence(k).Start && d.seg.Tokens[k-1].Kind != segment.Quote || k+1 < d.n && (finite(d.tags[k+1]) || d.tags[k+1] == postag.MD)) {
				return true // opening a sentence, only as a verb's subject: "Jason has hiked", not "Mark my words", "Bill 23 will"
			}
		}
	}
	return false
}

// holderAfterBody is the person a second apposition names after the
// body a role's description is of ("The regional director of the
// contractor, Gulf Aerotech Holdings, Khalid al-Mansoori, said"), or -1:
// the body's name only says whose director.
func (d *doc) holderAfterBody(x np, name []int) int {
	k := x.appos.End
	if k+1 >= x.span.End || d.text(k) != "," || !d.nameTok(k+1) || len(name) == 0 || d.properKind(name) != Organization {
		return -1
	}
	second := d.analyze([]segment.Range{{Start: k + 1, End: x.span.End}})
	if second.head < 0 || !d.nameTok(second.head) {
		return -1
	}
	run := d.properRun(second.head, k+1)
	if _, name2 := d.splitName(run); len(name2) == 0 || d.properKind(name2) != Person {
		return -1
	}
	return d.describedPerson(run, x.chunk, segment.Range{Start: x.span.Start, End: x.appos.Start - 1})
}

// describedSurname: the last word of name can be a person's last name,
// for name is one word, or its other words all describe and are no
// first names; and it is no body's or place's name.
func (d *doc) describedSurname(name []int, ev nameEvidence) bool {
	if len(name) == 0 || ev.orgWord || ev.place && !ev.titled {
		return false // "Ms Park" may be Park Ji-won's; "Park" alone is a place
	}
	if _, named := d.ents.byName[strings.ToLower(d.joinWords(name))]; named && len(name) > 1 {
		return false // "Rush Limbaugh" is the name of someone
	}
	for _, k := range name[:len(name)-1] {
		if !d.describes(k) {
			return false
		}
	}
	return true
}

// titleInitials is the person of the text whose title's capitalized
// words hold a run whose initials are acronym ("CP" of "Commissioner of
// Police in Ogun State", "CMO" of "Chief Medical Officer", "CS" of
// "Health Cabinet Secretary"): of those whose title has them, the latest
// mentioned before pos, else the first after it; None when no one's does
// or the letters are a body's short name.
func (d *doc) titleInitials(acronym string, pos int) int {
	if len(acronym) < 2 {
		return None
	}
	if _, ok := d.ents.orgShort[lower(acronym)]; ok {
		return None // a body's short name
	}
	var ids []int
	for id, e := range d.ents.list {
		if e.kind != Person {
			continue
		}
		var initials []byte
		for _, w := range strings.Fields(e.title) {
			for p := range strings.SplitSeq(w, "-") { // "Inspector-General of Police": IGP
				if p != "" && p[0] >= 'A' && p[0] <= 'Z' {
					initials = append(initials, p[0])
				}
			}
		}
		if strings.Contains(string(initials), acronym) || lowerTitleInitials(e.title) == acronym || compoundInitials(e, acronym) {
			ids = append(ids, id)
		}
	}
	return d.latestOf(ids, pos, firstname.Unknown)
}

// officeHolder is the one person named before token pos whose office, as
// the text gave it before the name, is the words of run after "the"
// ("Head of Service", "Commissioner for Finance" of "the state
// Commissioner for Finance"; not "House of Representatives" of "Speaker of
// the House of Representatives", nor a former holder's), or None.
func (d *doc) officeHolder(run segment.Range, pos int) int {
	if run.Start == 0 || d.low[run.Start-1] != "the" || run.Len() < 2 {
		return None
	}
	office := strings.ToLower(d.rangeText(run))
	if !slices.ContainsFunc(strings.Fields(office), lexicon.TitleWords.Has) {
		return None // a body's name, no office: "the House of Representatives"
	}
	found := None
	for id, e := range d.ents.list {
		if e.kind != Person || e.first >= pos || !strings.EqualFold(capitalizedTail(e.title), office) {
			continue
		}
		if found >= 0 {
			return None // two holders: which, the text does not say
		}
		found = id
	}
	return found
}

// capitalizedTail is a title without the lower-case words that open it
// ("Commissioner for Finance" of "state Commissioner for Finance"), or ""
// when one of them says the office is past ("former", "ex-", "late").
func capitalizedTail(title string) string {
	ws := strings.Fields(title)
	i := 0
	for i < len(ws) && ws[i] != "" && unicode.IsLower([]rune(ws[i])[0]) {
		switch ws[i] {
		case "former", "ex", "late", "then", "outgoing":
			return ""
		}
		i++
	}
	return strings.Join(ws[i:], " ")
}

// compoundInitials: a hyphened title word that describes person e has
// the acronym's letters for initials ("DG" of "A former Director-General
// of the board, Chief Babatunde Adeyemi-Cole", whose title is "Chief").
func compoundInitials(e *entity, acronym string) bool {
	for w := range e.words {
		if !strings.Contains(w, "-") || !lexicon.TitleWords.Has(w) && !compoundTitle(w) {
			continue
		}
		var initials []byte
		for p := range strings.SplitSeq(w, "-") {
			if p != "" {
				initials = append(initials, p[0]-'a'+'A')
			}
		}
		if string(initials) == acronym {
			return true
		}
	}
	return false
}

// lowerTitleInitials are the initials of the two lower-case words that
// end a title with a title word ("KADA managing director": MD; "the
// State Department inspector general": IG), by which news refers back to
// the holder, or "": not of longer roles ("national security adviser"),
// whose initials name agencies too ("the NSA").
func lowerTitleInitials(title string) string {
	f := strings.Fields(title)
	if len(f) < 2 {
		return ""
	}
	a, b := f[len(f)-2], f[len(f)-1]
	if a[0] < 'a' || a[0] > 'z' || b[0] < 'a' || b[0] > 'z' || !lexicon.TitleWords.Has(b) && !lexicon.TitleWords.Has(a) ||
		len(f) > 2 && f[len(f)-3][0] >= 'a' && f[len(f)-3][0] <= 'z' && !joiningWord(f[len(f)-3]) {
		return ""
	}
	return strings.ToUpper(a[:1] + b[:1])
}

// lastNameTok is the last token of r, past a closing comma, if it is a
// name word; -1 otherwise.
func (d *doc) lastNameTok(r segment.Range) int {
	k := r.End - 1
	for k > r.Start && d.isPunct(k) {
		k--
	}
	if k >= r.Start && d.nameTok(k) {
		return k
	}
	return -1
}

// bodyOf: a capitalized body's noun, no title word, stands before "of" in
// run ("Union of Teachers", "Association of Clinical Officers").
func (d *doc) bodyOf(run segment.Range) bool {
	for k := run.Start; k+1 < run.End; k++ {
		if d.low[k+1] == "of" && d.capitalized(k) && lexicon.OrgNouns.Has(d.low[k]) && !d.titleWord(k) {
			return true
		}
	}
	return false
}

// patronymic: a person's name holds a patronymic particle ("Azman bin
// Yusof", "Siti binti Rahman", "Khalid ibn Saad", "Sidi ould Cheikh").
func patronymic(name string) bool {
	for _, w := range strings.Fields(lower(name)) {
		if lexicon.Patronymics.Has(w) {
			return true
		}
	}
	return false
}

// apposTitle: "Hugh Hill, a doctor": the appositive is the title.
func (d *doc) apposTitle(a *Attribution, x np, id int) {
	if x.appos.Len() == 0 {
		return
	}
	e := d.ents.list[id]
	d.ents.addWords(d, id, x.appos)
	if d.wordCount(x.appos) == 0 || d.aliasPhrase(segment.Range{Start: x.appos.Start, End: d.properRun(x.appos.End-1, x.appos.Start).Start}) {
		return // an age ("Raymond Pruett Jr., 58,") or another name ("DJ Tobzy, born Tobiloba Akande,") is no title
	}
	t := d.rangeText(trimDetRange(d, x.appos))
	if e.title == "" {
		e.title = t
	}
	if a.Title == "" {
		a.Title = t
	}
}

func trimDetRange(d *doc, r segment.Range) segment.Range {
	for r.Start < r.End && (d.tags[r.Start] == postag.DT || d.tags[r.Start] == postag.PRPS) {
		r.Start++
	}
	return r
}

// orgEntity finds or adds the organization a phrase names: "the Foreign
// Ministry" is "Iran's Foreign Ministry" when that came first.
func (d *doc) orgEntity(x np) int {
	r := trimDetRange(d, x.chunk)
	if r.Len() <= 0 {
		r = x.chunk
	}
	// "the national department of health": the body's name runs on
	// through "of" and a noun phrase within the source.
	if k := r.End; k+1 < x.span.End && d.low[k] == "of" && !d.possessive(k-1) {
		if e := d.npRight(k+1, x.span.End); e > k+1 {
			r.End = e
		}
	}
	name := d.rangeText(r)
	if d.possessive(r.End - 1) {
		name = withoutPossessive(name)
	}
	low := strings.ToLower(name)
	es := &d.ents
	if id, ok := es.byName[low]; ok {
		return id
	}
	if id, ok := es.orgTail[low]; ok {
		return id
	}
	id := es.add(&entity{name: name, kind: Organization, first: r.Start})
	es.addWords(d, id, r)
	return id
}

// bodyOfPart is the body that a part of a body speaks for, when a
// description of a body the text named owns it ("the authority's
// laboratory", "the ministry's press office"), or None.
func (d *doc) bodyOfPart(x np, pos, start int) int {
	if !bodyPart(d.word(x.head)) || d.low[x.chunk.Start] != "the" {
		return None
	}
	for k := x.chunk.Start + 1; k < x.head; k++ {
		if !d.possessive(k) {
			continue
		}
		var id int
		if d.nameTok(k) {
			// "the MDSO's Konkan circle": the body by its name
			sub := Attribution{Source: []segment.Range{{Start: x.chunk.Start, End: k + 1}}, Cue: []segment.Range{{Start: pos, End: pos + 1}}}
			id = d.resolveSource(&sub)
		} else {
			if w := d.word(k); !lexicon.OrgNouns.Has(w) && !lexicon.CompanyNouns.Has(w) {
				return None // "The state's health department": a place's, no body named
			}
			owner := np{span: segment.Range{Start: x.chunk.Start, End: k + 1}, chunk: segment.Range{Start: x.chunk.Start, End: k + 1}, head: k, define: true}
			if id = d.definite(owner, pos, start); id >= 0 && nameHead(d.ents.list[id].name) != d.word(k) {
				return None // "The state's health department" is no Ohio State University's
			}
		}
		if id >= 0 && d.ents.list[id].kind == Organization && d.capitalizedName(id) {
			return id
		}
		return None
	}
	return None
}

// nameHead is the head noun of a body's name, lower-cased: its last word,
// or the last before "of" ("authority" of "State Drug Control
// Authority", "ministry" of "Ministry of Health").
func nameHead(name string) string {
	low := strings.ToLower(name)
	if i := strings.Index(low, " of "); i > 0 {
		low = low[:i]
	}
	return low[strings.LastIndexByte(low, ' ')+1:]
}

// bodyPart: a noun of a part of a body, which speaks for the body.
func bodyPart(w string) bool {
	switch w {
	case "laboratory", "laboratories", "lab", "labs", "office", "department", "unit", "division", "branch", "directorate", "secretariat", "circle", "wing", "chapter", "cell":
		return true
	}
	return false
}

// descriptionRange is the part of an anonymous source that describes it:
// the phrase up to a relative or participle clause set off by a comma
// after its head ("one official[, who spoke on condition of anonymity
// because ...]", "a diplomat[, speaking on condition of anonymity]"),
// which tells why or how the source spoke, not who it is.
func (d *doc) descriptionRange(r segment.Range, head int) segment.Range {
	for k := max(head+1, r.Start+1); k+1 < r.End; k++ {
		if d.text(k) != "," {
			continue
		}
		if w := d.low[k+1]; w == "who" || w == "whose" || w == "which" || d.tags[k+1] == postag.VBG || d.tags[k+1] == postag.VBN {
			return segment.Range{Start: r.Start, End: k}
		}
	}
	return r
}

// groupOfPeople: the source is a collective noun with a plural of people
// after "of" ("a team of astronomers", "a group of parents", "a panel of
// experts"), which counts people left unnamed, not a body.
func (d *doc) groupOfPeople(x np) bool {
	if !collectiveNoun(d.word(x.head)) {
		return false
	}
	k := x.head + 1
	if k+1 >= x.span.End || d.low[k] != "of" {
		return false
	}
	for k++; k < x.span.End && (postag.IsAdjective(d.tags[k]) || d.tags[k] == postag.NN); k++ {
	}
	return k < x.span.End && d.tags[k] == postag.NNS
}

// collectiveNoun: a body's noun that may also count people ("a team of
// astronomers").
func collectiveNoun(w string) bool {
	switch w {
	case "team", "group", "panel", "crowd", "delegation", "band":
		return true
	}
	return false
}

// oneMember: the source is one member of a party or a nation, described
// ("A Republican", "one well-connected Democrat familiar with ...", "a
// German"): an anonymous source, no one named "Republican".
func (d *doc) oneMember(x np) bool {
	if !lexicon.Affiliations.Has(d.word(x.head)) {
		return false
	}
	for k := x.head + 1; k < x.chunk.End; k++ {
		if d.capitalized(k) {
			return false // "a Democratic Party official"
		}
	}
	switch d.low[x.chunk.Start] {
	case "a", "an", "one", "another", "each", "every", "any":
	default:
		return false
	}
	for k := x.chunk.Start + 1; k < x.head; k++ {
		if k+1 < x.head && lexicon.RegionPhrases.Has(d.low[k]+" "+d.word(k+1)) {
			k++ // "a New Hampshire Republican"
			continue
		}
		if d.capitalized(k) && !lexicon.PlaceWord(d.word(k)) {
			return false // but "a Nevada Democrat"
		}
	}
	return true
}

// digits: token k is written in digits ("1140", not "one" or a symbol the
// tagger took for a number).
func (d *doc) digits(k int) bool { return d.seg.Tokens[k].Kind == segment.Number }

// documentOf gives entity id the word of the document at token head,
// when it is one and no body's ("agency"), so that "the report" later
// refers to its author, as after "a report by Reuters"; not in a
// headline, whose capitals make authors of any word.
func (d *doc) documentOf(id, head int) {
	if id >= 0 && d.ents.list[id].kind != Anonymous && lexicon.DocNouns.Has(d.word(head)) && !lexicon.OrgNouns.Has(d.word(head)) && !d.headline[d.seg.SentenceOf[head]] {
		d.ents.addWords(d, id, segment.Range{Start: head, End: head + 1})
	}
}

// officeOf: the chunk names an office by its seat or portfolio, a
// capitalized title word before "for" or "of" ("Opposition Member of
// Parliament for St Catherine South Central", "Governor of Lagos
// State"): its apposition names the holder.
func (d *doc) officeOf(chunk segment.Range) bool {
	for j := chunk.Start; j+1 < chunk.End; j++ {
		if d.titleWord(j) && d.capitalized(j) && (d.low[j+1] == "for" || d.low[j+1] == "of") {
			return true
		}
	}
	return false
}

// capitalizedCommon: the source is one word that opens its sentence and
// is a common noun of documents, bodies or collectives, capitalized by
// its place ("Poll: Clinton leads", "Report: Walker to speak", "Police
// said", "Staff said"), or a plural of persons after a headline's dash
// ("... – Workers"), no name. An outlet's noun stays ("Newspaper says ..."): the text's "the
// newspaper" refers to the paper it names, not to the headline's.
func (d *doc) capitalizedCommon(x np) bool {
	w := d.low[x.head]
	if x.chunk.Len() == 1 && d.inTitle(x.head) && x.head > 0 && isDash(d.text(x.head-1)) && d.tags[x.head] != postag.NNP && lexicon.PersonNoun(strings.TrimSuffix(w, "s")) {
		return true // a headline's speaker after its dash: "We were not consulted – Workers"
	}
	return x.chunk.Len() == 1 && x.head == d.sentence(x.head).Start && (lexicon.DocNouns.Has(w) || lexicon.OrgNouns.Has(w) || lexicon.CollectiveNouns.Has(w)) &&
		!lexicon.OutletNouns.Has(w) && !d.knownName(x.head)
}

// noPerson: the head of a description names no person: an abstract noun
// ("controversy" aside, the suffixes of acts, states and doctrines:
// "endorsement", "consultation", "reluctance", "nationalism"), or a
// word that is no noun (a relative or determiner left as source: "who",
// "each", "another").
func (d *doc) noPerson(head int) bool {
	switch t := d.tags[head]; {
	case t == postag.WP || t == postag.WDT || t == postag.DT || postag.IsVerb(t):
		return true
	case !postag.IsNoun(t):
		return false
	}
	w := d.low[head]
	if lexicon.ThingNouns.Has(w) {
		return true
	}
	for _, suffix := range []string{"ment", "tion", "sion", "ance", "ence", "ism", "ments", "tions", "sions"} {
		if strings.HasSuffix(w, suffix) && len(w) > len(suffix)+2 {
			return true
		}
	}
	// A common noun in the singular that names no person in WordNet's
	// most frequent sense nor a role ("the 10 a.m. train", "the
	// shop"): no "he" or "she" refers to it. A source, an agent, an ally
	// and a fan are persons all the same, though WordNet's first sense
	// of each is not.
	if t := d.tags[head]; t == postag.NN && !d.capitalized(head) {
		w := d.word(head) // "The Florida senator's"
		switch w {
		case "source", "agent", "ally", "fan":
			return false
		}
		return !lexicon.PersonNoun(w) && !lexicon.TitleWords.Has(w) && !roleNoun(w) && !lexicon.LifeEpithets.Has(w) &&
			!lexicon.KinNouns.Has(w)
	}
	return false
}

// selfNamed is the name that a description whose head is at token head
// gives its referent right after the head, in the source or between it
// and the cue, where PolNeAR leaves a relative clause ("The ransomware
// group, which calls itself NightHeron", "a group calling itself X", "a
// hacker known as Zeroday"; not "detectives, who are hunting a gunman
// known as Shorty"), or an empty range.
func (d *doc) selfNamed(head int, a *Attribution) segment.Range {
	k := head + 1
	if k < d.n && d.text(k) == "," {
		k++
	}
	if k < d.n && (d.low[k] == "which" || d.low[k] == "that" || d.low[k] == "who") {
		k++
	}
	if k+2 >= d.n || d.seg.SentenceOf[k+2] != d.seg.SentenceOf[head] {
		return segment.Range{}
	}
	at := 0
	switch d.low[k] {
	case "calls", "call", "called", "calling":
		switch d.low[k+1] {
		case "itself", "himself", "herself", "themselves":
			at = k + 2
		}
	case "known":
		if d.low[k+1] == "as" {
			at = k + 2
		}
	}
	if at == 0 || !d.nameTok(at) {
		return segment.Range{}
	}
	end := at
	for end < d.n && (d.nameTok(end) || d.particle(end)) {
		end++
	}
	for j := head + 1; j < end; j++ {
		if inside(j, a.Content) || d.inCue[j] {
			return segment.Range{}
		}
	}
	return segment.Range{Start: at, End: end}
}

// keeperOfRecord is who keeps a record named by what it is of: the body
// whose meeting the minutes are of ("Minutes of the CCA senior selection
// committee's meeting", "Minutes of a March 2025 meeting of the Mombasa
// County planning committee"), or whose the records are ("records of the
// Eastern Samar schools division"); None when the words after "of" name
// no person or body.
func (d *doc) keeperOfRecord(a *Attribution, x np) int {
	if !lexicon.RecordNouns.Has(d.word(x.head)) || x.head+2 >= x.span.End || d.low[x.head+1] != "of" ||
		d.capitalized(x.head) && x.head != d.sentence(x.head).Start {
		return None // "the Registers of Scotland" is a body's name
	}
	s := x.head + 2
	e := d.npRight(s, x.span.End)
	if e <= s {
		return None
	}
	keeper := segment.Range{Start: s, End: e}
	for k := s; k < e; k++ {
		if d.possessive(k) && k > s && k+1 < e && lexicon.Gatherings.Has(d.word(k+1)) {
			keeper.End = k + 1 // "the committee's meeting": the committee's
			break
		}
	}
	for k := keeper.Start; k+2 < keeper.End; k++ {
		if lexicon.Gatherings.Has(d.word(k)) && d.low[k+1] == "of" {
			keeper.Start = k + 2 // "a March 2025 meeting of the committee": what the meeting is of
			break
		}
	}
	sub := Attribution{Source: []segment.Range{keeper}, Cue: a.Cue}
	y := d.analyze(sub.Source)
	if y.head < 0 || lexicon.DocNouns.Has(d.word(y.head)) || !lexicon.OrgNouns.Has(d.word(y.head)) && !d.nameTok(y.head) {
		return None
	}
	id := d.resolveSource(&sub)
	if id < 0 || d.ents.list[id].kind != Organization {
		return None
	}
	return id
}
