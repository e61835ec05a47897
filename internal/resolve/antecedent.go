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
