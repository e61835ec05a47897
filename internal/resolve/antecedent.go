package resolve

import (
	"strings"

	"github.com/whosaid/whosaid/internal/firstname"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// pronounClass is what a pronoun may refer back to.
type pronounClass int

const (
	personPronoun pronounClass = iota // he, she, him, her: one person or described one
	groupPronoun                      // they, them: a group or a body
	bodyPronoun                       // it: a body
	numPronounClasses
	noClass pronounClass = -1 // we, I, you...: not resolved
)

func classOf(p string) pronounClass {
	switch p {
	case "he", "she", "him", "her":
		return personPronoun
	case "they", "them":
		return groupPronoun
	case "it":
		return bodyPronoun
	}
	return noClass
}

// fits reports whether an entity can be what a pronoun of class c refers to.
func (c pronounClass) fits(e *entity) bool {
	switch c {
	case personPronoun:
		return e.kind != Organization && !e.document && !e.plural && !e.thing
	case groupPronoun:
		return e.kind != Person && (e.kind != Anonymous || e.document || e.plural)
	case bodyPronoun:
		return e.kind == Organization || e.document
	}
	return false
}

// remember records a mention of entity id at token pos, for the pronoun
// classes it fits: an event (a name in the text), or the source of an
// attribution already resolved, which wins over an event at the same
// token. n is the number of tokens.
func (es *entities) remember(n, pos, id int, source bool) {
	e := es.list[id]
	if e.kind == Organization || e.document {
		es.bodies.put(n, pos, id, source)
	}
	for c := range numPronounClasses {
		if c.fits(e) {
			es.recent[c].put(n, pos, id, source)
		}
	}
}

// maxLookback bounds the mentions a pronoun looks back over, so that a
// pronoun costs O(log n) however long the text: an antecedent further
// back than this many fitting mentions is no antecedent a reader finds.
const maxLookback = 48

// antecedent resolves a pronoun at token pos to what it can refer to: a
// person for he/she, a group or body for they, a body for it; of the
// gender of he or she, or of no known gender. Salience before recency:
// the source of an attribution in the pronoun's sentence or the one
// before, if one fits; else the nearest fitting mention, where the source
// of an attribution wins over a name in the text at the same token. Passed over are names inside
// a content the pronoun is not in ("Co-author Fiona Guthrie said the find
// dated from the Middle Jurassic. She said ..."), and names inside the
// source of an attribution that are not its speaker ("Ms Tay Wei Ling,
// head of research at Halcyon Securities, said ..."): both are no
// subject the pronoun continues.
func (d *doc) antecedent(p string, pos int) int {
	if d.seg.QuoteDepth[pos] > 0 && (p == "i" || p == "we" || p == "you" || p == "me" || p == "us") {
		return None
	}
	c := classOf(p)
	if c == noClass {
		return None
	}
	return d.latestMention(&d.ents.recent[c], pronounGender(p), pos, nil)
}

// latestMention finds, as antecedent tells, the entity of gender g in
// the mentions m that a mention at token pos refers back to; keep, when
// not nil, must hold for it too.
func (d *doc) latestMention(m *mentionIndex, g firstname.Gender, pos int, keep func(*entity) bool) int {
	if m.latest == nil {
		return None
	}
	fits := func(id int) bool {
		e := d.ents.list[id]
		return e.agrees(g) && (keep == nil || keep(e))
	}
	depth := d.ents.contentDepth[pos]
	if id := d.salientSource(m, pos, fits); id >= 0 {
		return id
	}
	if keep == nil {
		known := func(id int) bool { return fits(id) && (g == firstname.Unknown || d.ents.list[id].gender() == g) }
		if id := d.salientSubject(m, pos, fits, known); id >= 0 {
			return id
		}
	}
	// A name that no sign says is a person's and where it stands says is a
	// thing's ("fibre cuts on the Lagos–Ibadan Expressway", "build a
	// Great Wall") is what "he", "she" or a person's description ("the
	// teenager") refers to only when no one else before fits.
	unsure := None
	for at, steps := m.held.before(pos), 0; at >= 0 && steps < maxLookback; at, steps = m.held.before(at), steps+1 {
		if d.ents.contentDepth[at] > depth {
			continue
		}
		if id := int(m.latest[at].source) - 1; id >= 0 && fits(id) {
			return id
		}
		id := int(m.latest[at].event) - 1
		if id < 0 || !fits(id) || d.ents.inSource[at] && (!d.relativeInSource(at) || d.sourceFits(m, at, fits)) {
			continue // in a source, only a name in its relative clause: "said Meena Patel, who owns the store with her husband, Rajesh Patel. He said"
		}
		if m != &d.ents.recent[personPronoun] || !d.thingLike(id, pos) {
			return id
		}
		if unsure < 0 {
			unsure = id
		}
	}
	return unsure
}

// thingLike: no sign says entity id is a person (a gender, a title, a
// word of a role), and every mention of it before pos stands where a
// thing's name does: after an article or a preposition of place
// ("fibre cuts on the Lagos–Ibadan Expressway", "build a Great Wall"), or
// before a common noun it modifies ("a Baltimore Sun op-ed", "his Social
// Security number").
func (d *doc) thingLike(id, pos int) bool {
	e := d.ents.list[id]
	if e.kind != Person || e.female+e.male > 0 || e.title != "" {
		return false
	}
	for w := range e.words {
		if roleNoun(w) || roleClass(w) != "" {
			return false
		}
	}
	seen := false
	for _, m := range e.sorted {
		if m.Start >= pos {
			break
		}
		if !d.thingPlace(m) {
			return false
		}
		seen = true
	}
	return seen
}

// thingPlace: the name at r stands where a thing's name does, as
// thingLike tells.
func (d *doc) thingPlace(r segment.Range) bool {
	if r.End < d.n && !d.capitalized(r.End) && (d.tags[r.End] == postag.NN || d.tags[r.End] == postag.NNS || postag.IsAdjective(d.tags[r.End]) && r.End+1 < d.n && postag.IsNoun(d.tags[r.End+1])) {
		return true // "his Social Security number", "her first Grand Slam main draw"
	}
	k := r.Start - 1
	if k >= 1 && (d.text(k) == "–" || d.text(k) == "-") && d.capitalized(k-1) {
		k -= 2 // "the Lagos–Ibadan Expressway" named from its second place
	}
	if k < 0 {
		return false
	}
	switch d.low[k] {
	case "the", "a", "an", "on", "in", "at", "into", "onto": // not "as": "named as Oluwaseun Adeyemi-Bakare"
		return true
	}
	return false
}

// sourceFits: the source that token at lies in names, before at, an
// entity that fits: the speaker, whom a pronoun after continues rather
// than a name in the speaker's relative clause.
func (d *doc) sourceFits(m *mentionIndex, at int, fits func(int) bool) bool {
	for j := at - 1; j >= 0 && d.ents.inSource[j]; j-- {
		if id := int(m.latest[j].source) - 1; id >= 0 && fits(id) {
			return true
		}
	}
	return false
}

// relativeInSource: the token at, in a source, follows a relative
// pronoun of that source ("said Meena Patel, who owns the store with her
// husband, Rajesh Patel"): a mention a pronoun after may refer back to,
// where a name before the source's head ("Clinton spokesman Brian
// Fallon") is none.
func (d *doc) relativeInSource(at int) bool {
	for j := at - 1; j >= 0 && d.ents.inSource[j]; j-- {
		switch d.low[j] {
		case "who", "whose", "which":
			return true
		}
	}
	return false
}

// latestNamed is the entity keep accepts of the latest name before pos
// in the mentions m, inside a content or not: a body a report names ("an
// audit of Hanbit Learning", "Ayodele Foods will shut its factory, the
// company announced") is one that "the company" may refer back to,
// where a pronoun inside a content is no antecedent.
func (d *doc) latestNamed(m *mentionIndex, pos int, keep func(*entity) bool) int {
	if m.latest == nil {
		return None
	}
	for at, steps := m.held.before(pos), 0; at >= 0 && steps < maxLookback; at, steps = m.held.before(at), steps+1 {
		if id := int(m.latest[at].event) - 1; id >= 0 && keep(d.ents.list[id]) {
			return id
		}
	}
	return None
}

// salientSource is the subject of an attribution in the sentence of pos
// or the one before that fits, among the mentions m ("Ms Tay said ... .
// She said"), or None.
func (d *doc) salientSource(m *mentionIndex, pos int, fits func(int) bool) int {
	return d.salientSourceWithin(m, pos, 1, fits)
}

// salientSourceWithin is salientSource looking back over the given number
// of sentences before pos's.
func (d *doc) salientSourceWithin(m *mentionIndex, pos, sentences int, fits func(int) bool) int {
	if m.latest == nil {
		return None
	}
	depth := d.ents.contentDepth[pos]
	minSentence := d.seg.SentenceOf[pos] - int32(sentences)
	for at, steps := m.held.before(pos), 0; at >= 0 && steps < maxLookback && d.seg.SentenceOf[at] >= minSentence; at, steps = m.held.before(at), steps+1 {
		if id := int(m.latest[at].source) - 1; id >= 0 && d.ents.contentDepth[at] <= depth && fits(id) {
			return id
		}
	}
	return None
}

// subjectJustBefore is the person named as the subject of the sentence
// right before pos's, outside any source, that fits, when the nearest
// name there is that subject; or None.
func (d *doc) subjectJustBefore(m *mentionIndex, pos int, fits func(int) bool) int {
	if m.latest == nil {
		return None // no mention at all, as salientSourceWithin checks
	}
	depth := d.ents.contentDepth[pos]
	prev := d.seg.SentenceOf[pos] - 1
	for at, steps := m.held.before(pos), 0; at >= 0 && steps < maxLookback && d.seg.SentenceOf[at] >= prev; at, steps = m.held.before(at), steps+1 {
		if d.seg.SentenceOf[at] != prev {
			continue
		}
		id := int(m.latest[at].event) - 1
		if id < 0 || d.ents.inSource[at] || d.ents.contentDepth[at] > depth || !fits(id) {
			return None
		}
		if d.subjectAt(at) && d.sentence(at).Start == at {
			return id
		}
		return None
	}
	return None
}

// salientSubject is, when the nearest fitting name before pos stands
// in no subject's place, the name that is the subject of a finite verb
// in the sentence of pos or the one before and fits ("Hillary Clinton
// struggled to fend off Sen. Bernie Sanders of Vermont. If she were to
// prevail": she continues the subject, not the object), when its gender
// is known to be the pronoun's (known); None when the nearest is itself a
// subject or there is no such one. A subject of unknown gender is left
// to recency: "Singer Zoya Haider stood beside him as he spoke" (Zoya,
// whom the lists lack, is no "he").
func (d *doc) salientSubject(m *mentionIndex, pos int, fits, known func(int) bool) int {
	depth := d.ents.contentDepth[pos]
	minSentence := d.seg.SentenceOf[pos] - 1
	nearest := true
	for at, steps := m.held.before(pos), 0; at >= 0 && steps < maxLookback && d.seg.SentenceOf[at] >= minSentence; at, steps = m.held.before(at), steps+1 {
		id := int(m.latest[at].event) - 1
		if id < 0 || d.ents.inSource[at] || d.ents.contentDepth[at] > depth || !fits(id) {
			continue
		}
		if d.subjectAt(at) {
			if nearest || !known(id) {
				return None // the nearest is a subject (recency finds it), or the subject's gender is not known to agree
			}
			return id
		}
		nearest = false
	}
	return None
}

// subjectAt: the name that opens at token k stands before a finite verb
// of its clause, past an apposition in commas ("Hillary Clinton
// struggled", "Sanders, 74, said").
func (d *doc) subjectAt(k int) bool {
	e := k
	for e < d.n && (d.nameTok(e) || d.text(e) == "." && e > k && len(d.text(e-1)) <= 3) {
		e++
	}
	if e < d.n && d.text(e) == "," {
		for e++; e < d.n && d.text(e) != "," && d.seg.SentenceOf[e] == d.seg.SentenceOf[k]; e++ {
		}
		e++
	}
	for e < d.n && postag.IsAdverb(d.tags[e]) {
		e++
	}
	return e < d.n && (finite(d.tags[e]) || d.tags[e] == postag.MD)
}

// pronounGender is the gender a personal pronoun gives its referent.
func pronounGender(p string) firstname.Gender {
	switch p {
	case "he", "him":
		return firstname.Male
	case "she", "her":
		return firstname.Female
	}
	return firstname.Unknown
}

// mentionIndex holds, per token, the latest entity mentioned there, and
// finds the nearest token before a given one that holds a mention in
// O(log n).
type mentionIndex struct {
	held   tokenSet           // the tokens that hold a mention
	latest map[int]mentionsAt // the tokens that hold one: what is there
}

// mentionsAt are the latest entities mentioned at a token, each 1 + the
// entity's id, or 0.
type mentionsAt struct{ event, source int32 }

func (m *mentionIndex) put(n, pos, id int, source bool) {
	if m.latest == nil {
		m.held, m.latest = newTokenSet(n), map[int]mentionsAt{}
	}
	m.held.add(pos)
	at := m.latest[pos]
	if source {
		at.source = int32(id) + 1
	} else {
		at.event = int32(id) + 1
	}
	m.latest[pos] = at
}

// latestBefore is the entity of the latest mention before token pos, or
// None.
func (m *mentionIndex) latestBefore(pos int) int {
	if m.latest == nil {
		return None
	}
	k := m.held.before(pos)
	if k < 0 {
		return None
	}
	if at := m.latest[k]; at.source > 0 {
		return int(at.source) - 1
	} else {
		return int(at.event) - 1
	}
}

// writerKind is the kind of an unresolved pronoun source at token k: "I"
// outside quotations is the writer, a person, and "we" the outlet, a
// body, as our sets mark them (a column's "I think", a review's "we
// recommend"); any other stays Pronoun. Their names are not in the text.
func (d *doc) writerKind(k int) Kind {
	if d.seg.QuoteDepth[k] > 0 {
		return Pronoun
	}
	switch w, _, _ := strings.Cut(d.low[k], "'"); w { // lower writes "’" as "'"
	case "i", "me", "my":
		return Person
	case "we", "us", "our":
		return Organization
	}
	return Pronoun
}
