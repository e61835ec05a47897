package resolve

import (
	"strings"

	"github.com/whosaid/whosaid/internal/segment"
)

// entity is one referent: a named person or body, or a described one.
type entity struct {
	name     string
	kind     Kind
	title    string
	last     string          // a person's last name, lower-cased
	words    map[string]bool // lower-cased words of name, title and descriptions
	plural   bool
	mentions []segment.Range
	atts     int
	first    int // token of the first mention
}

type entities struct {
	list   []*entity
	byName map[string]int
	events []event // person mentions outside quotations, in text order
	// bySpan: the entity of a source span already resolved, and the
	// attribution it was resolved for.
	bySpan, spanAtt map[segment.Range]int
}

func (d *doc) event(pos, id int) {
	if d.seg.QuoteDepth[pos] == 0 {
		d.ents.events = append(d.ents.events, event{pos, id})
	}
}

// event is a mention at a token, for pronouns to look back to.
type event struct {
	pos, ent int
}

func (es *entities) add(e *entity) int {
	es.list = append(es.list, e)
	id := len(es.list) - 1
	if es.byName == nil {
		es.byName = map[string]int{}
	}
	es.byName[strings.ToLower(e.name)] = id
	return id
}

func (e *entity) addWords(d *doc, r segment.Range) {
	if e.words == nil {
		e.words = map[string]bool{}
	}
	for k := r.Start; k < r.End; k++ {
		if d.seg.Tokens[k].Kind == segment.Word {
			e.words[d.word(k)] = true
		}
	}
}

func (e *entity) mention(r segment.Range) {
	if r.Len() <= 0 {
		return
	}
	for _, m := range e.mentions {
		if m == r {
			return
		}
	}
	e.mentions = append(e.mentions, r)
}

// byLastName finds the person whose last name is w: the latest one
// introduced before token pos, else the first one after.
func (d *doc) byLastName(w string, pos int) int {
	best, after := -1, -1
	for id, e := range d.ents.list {
		if e.kind != Person || e.last != w || strings.Count(e.name, " ") == 0 {
			continue
		}
		if e.first <= pos {
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
