package resolve

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
		return e.kind != Organization && !e.plural
	case groupPronoun:
		return e.kind != Person && (e.kind != Anonymous || e.plural)
	case bodyPronoun:
		return e.kind == Organization
	}
	return false
}

// remember records a mention of entity id at token pos, for the pronoun
// classes it fits: an event (a name in the text), or the source of an
// attribution already resolved, which wins over an event at the same
// token. n is the number of tokens.
func (es *entities) remember(n, pos, id int, source bool) {
	e := es.list[id]
	for c := range numPronounClasses {
		if c.fits(e) {
			es.recent[c].put(n, pos, id, source)
		}
	}
}

// antecedent resolves a pronoun at token pos to the latest fitting
// mention before it: a person for he/she, a group or body for they, a
// body for it. Of mentions at the same token, the source of an
// attribution wins over a name in the text, and the later found over
// the earlier.
func (d *doc) antecedent(p string, pos int) int {
	if d.seg.QuoteDepth[pos] > 0 && (p == "i" || p == "we" || p == "you" || p == "me" || p == "us") {
		return None
	}
	c := classOf(p)
	if c == noClass {
		return None
	}
	return d.ents.recent[c].latestBefore(pos)
}

// mentionIndex holds, per token, the latest entity mentioned there, and
// finds the nearest token before a given one that holds a mention in
// O(log n).
type mentionIndex struct {
	held   tokenSet // the tokens that hold a mention
	event  []int32  // per token: 1 + the entity of the latest event there, or 0
	source []int32  // per token: 1 + the entity of the latest source there, or 0
}

func (m *mentionIndex) put(n, pos, id int, source bool) {
	if m.event == nil {
		m.held, m.event, m.source = newTokenSet(n), make([]int32, n), make([]int32, n)
	}
	m.held.add(pos)
	if source {
		m.source[pos] = int32(id) + 1
	} else {
		m.event[pos] = int32(id) + 1
	}
}

// latestBefore is the entity of the latest mention before token pos, or
// None.
func (m *mentionIndex) latestBefore(pos int) int {
	if m.event == nil {
		return None
	}
	at := m.held.before(pos)
	switch {
	case at < 0:
		return None
	case m.source[at] > 0:
		return int(m.source[at]) - 1
	}
	return int(m.event[at]) - 1
}
