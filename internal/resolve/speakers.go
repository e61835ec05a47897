package resolve

import (
	"slices"
	"strings"

	"github.com/whosaid/whosaid/internal/postag"
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

// scanNames finds the named persons of the document: runs of capitalized
// words with at least two name words, or a title or honorific before the
// name; then the single words that are the last name of one. A name that
// stands anywhere in apposition to an organization noun ("the ferry
// operator, Bayline Marine") is an organization throughout.
func (d *doc) scanNames() {
	es := &d.ents
	type named struct {
		run         segment.Range
		title, name []int
	}
	var runs []named
	orgs := map[string]bool{} // names seen beside an organization noun
	for _, sen := range d.seg.Sentences {
		for k := sen.Start; k < sen.End; k++ {
			if d.bp[k] || !d.nameTok(k) {
				continue
			}
			e := k
			for e+1 < sen.End && (d.nameTok(e+1) || d.skipTok(e+1) ||
				(d.low[e+1] == "of" && titleWords[d.word(e)] && e+2 < sen.End && d.nameTok(e+2))) && !d.possessive(e) {
				e++
			}
			for e > k && d.skipTok(e) {
				e--
			}
			run := segment.Range{Start: k, End: e + 1}
			k = e
			title, name := d.splitName(run)
			if len(name) == 0 || d.properKind(name) != Person {
				continue
			}
			runs = append(runs, named{run, title, name})
			if len(title) == 0 && !d.personLike(name) && d.besideOrgNoun(run, sen) {
				orgs[strings.ToLower(d.joinWords(name))] = true
			}
		}
	}
	type single struct {
		run segment.Range
		tok int
	}
	var singles []single
	for _, r := range runs {
		if full := d.joinWords(r.name); orgs[strings.ToLower(full)] {
			id, ok := es.byName[strings.ToLower(full)]
			if !ok {
				id = es.add(&entity{name: full, kind: Organization, first: r.run.Start})
			}
			es.list[id].addWords(d, r.run)
			es.list[id].mention(r.run)
			continue
		}
		if len(r.name) == 1 && len(r.title) == 0 && !d.personLike(r.name) {
			singles = append(singles, single{r.run, r.name[0]})
			continue
		}
		d.personEntity(r.run, r.title, r.name)
	}
	for _, s := range singles {
		if id := d.byLastName(d.word(s.tok), s.tok); id >= 0 {
			es.list[id].mention(s.run)
			d.event(s.run.Start, id)
		}
	}
	slices.SortFunc(es.events, func(a, b event) int { return a.pos - b.pos })
}

// besideOrgNoun says whether a name run of sentence sen stands in
// apposition to a noun phrase headed by an organization noun: "the ferry
// operator, Bayline Marine," or "Bayline Marine, the ferry operator,". The
// apposition must be closed by a comma or the end of the sentence, so
// that "The committee, Smith said," and "According to Ham, the
// administration has" are not taken for one.
func (d *doc) besideOrgNoun(run, sen segment.Range) bool {
	closed := func(k int) bool { return k >= sen.End || d.text(k) == "," || d.isPunct(k) && k == sen.End-1 }
	// Before: a lower-case organization noun and a comma, its phrase not
	// the object of a preposition ("a spokesman for the campaign, John
	// Podesta" is the spokesman).
	if k := run.Start - 1; k-1 >= sen.Start && d.text(k) == "," && !d.capitalized(k-1) && orgNouns[d.word(k-1)] && closed(run.End) {
		s := k - 1
		for s-1 >= sen.Start && d.chunkTok(s-1) && d.text(s-1) != "," {
			s--
		}
		return s == sen.Start || d.tags[s-1] != postag.IN && d.tags[s-1] != postag.TO
	}
	// After: a comma and "the ... noun", the noun an organization noun.
	k := run.End
	if k+1 >= sen.End || d.text(k) != "," || d.tags[k+1] != postag.DT {
		return false
	}
	head, j := -1, k+2
	for ; j < sen.End && d.chunkTok(j) && !d.capitalized(j); j++ {
		if postag.IsNoun(d.tags[j]) {
			head = j
		}
	}
	return head >= 0 && orgNouns[d.word(head)] && closed(j)
}

func (d *doc) event(pos, id int) {
	if d.seg.QuoteDepth[pos] == 0 {
		d.ents.events = append(d.ents.events, event{pos, id})
	}
}

// personEntity adds a mention of a named person, creating the entity.
func (d *doc) personEntity(run segment.Range, title, name []int) int {
	full := d.joinWords(name)
	es := &d.ents
	id, ok := es.byName[strings.ToLower(full)]
	if !ok && len(name) == 1 {
		id = d.byLastName(d.word(name[0]), run.Start)
		ok = id >= 0
	}
	if !ok {
		id = es.add(&entity{name: full, kind: Person, last: d.word(name[len(name)-1]), first: run.Start})
	}
	e := es.list[id]
	if e.title == "" && len(title) > 0 {
		e.title = d.joinWords(trimDet(d, title))
	}
	e.addWords(d, run)
	e.mention(run)
	d.event(run.Start, id)
	return id
}

func trimDet(d *doc, toks []int) []int {
	for len(toks) > 0 && d.tags[toks[0]] == postag.DT {
		toks = toks[1:]
	}
	return toks
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

// speakers resolves the source of every attribution to an entity, sets
// its kind, and lists the entities that speak.
func (d *doc) speakers() []Speaker {
	d.scanNames()
	for i := range d.atts {
		a := &d.atts[i]
		if len(a.Source) == 0 {
			continue
		}
		h := hull(a.Source)
		id, seen := d.ents.bySpan[h]
		if seen {
			a.Kind = d.atts[d.ents.spanAtt[h]].Kind
		} else {
			id = d.resolveSource(a)
			if d.ents.bySpan == nil {
				d.ents.bySpan, d.ents.spanAtt = map[segment.Range]int{}, map[segment.Range]int{}
			}
			d.ents.bySpan[h], d.ents.spanAtt[h] = id, i
		}
		a.Speaker = id
		if id >= 0 {
			e := d.ents.list[id]
			e.atts++
			e.mention(hull(a.Source))
			if a.Kind == "" {
				a.Kind = e.kind
			}
			if a.Title == "" {
				a.Title = e.title
			}
			if e.kind == Anonymous && a.Description == "" {
				a.Description = e.name
			}
		}
	}
	// Speakers in order of first mention; ids renumbered.
	var ids []int
	for id, e := range d.ents.list {
		if e.atts > 0 {
			ids = append(ids, id)
		}
	}
	first := func(id int) int {
		e := d.ents.list[id]
		f := e.first
		for _, m := range e.mentions {
			f = min(f, m.Start)
		}
		return f
	}
	slices.SortStableFunc(ids, func(a, b int) int { return first(a) - first(b) })
	// Entities with the same name and kind are one speaker: a description
	// reached twice ("A city official ..., who asked ..." and the same
	// phrase as a source) makes two entities of one person.
	renum := make(map[int]int, len(ids))
	var out []Speaker
	byName := map[[2]string]int{}
	for _, id := range ids {
		e := d.ents.list[id]
		key := [2]string{e.name, string(e.kind)}
		i, ok := byName[key]
		if !ok {
			i = len(out)
			byName[key] = i
			out = append(out, Speaker{Name: e.name, Kind: e.kind, Title: e.title})
		}
		renum[id] = i
		sp := &out[i]
		sp.Attributions += e.atts
		sp.Mentions = append(sp.Mentions, e.mentions...)
		if sp.Title == "" {
			sp.Title = e.title
		}
	}
	for i := range out {
		ms := out[i].Mentions
		slices.SortFunc(ms, func(a, b segment.Range) int { return a.Start - b.Start })
		out[i].Mentions = slices.CompactFunc(ms, func(a, b segment.Range) bool { return a == b })
	}
	for i := range d.atts {
		if s := d.atts[i].Speaker; s >= 0 {
			d.atts[i].Speaker = renum[s]
		}
	}
	return out
}

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
	// "Daniel Okafor, who chairs ...": the phrase before the relative.
	if head == "who" || head == "which" {
		k := x.span.Start - 1
		for k >= 0 && d.text(k) == "," {
			k--
		}
		if k >= 0 && d.nounish(k) && d.seg.SentenceOf[k] == d.seg.SentenceOf[x.span.Start] {
			prev := segment.Range{Start: d.npLeft(k, d.sentence(k).Start), End: k + 1}
			if prev.Len() > 0 {
				sub := Attribution{Source: []segment.Range{prev}, Cue: a.Cue}
				id := d.resolveSource(&sub)
				a.Kind, a.Title, a.Description = sub.Kind, sub.Title, sub.Description
				return id
			}
		}
	}
	// A pronoun.
	if d.tags[x.head] == postag.PRP || pronouns[head] {
		if id := d.antecedent(head, min(x.span.Start, pos)); id >= 0 {
			return id
		}
		a.Kind = Pronoun
		return None
	}
	// "a report by Reuters": the author speaks.
	if x.byObj.Len() > 0 {
		sub := d.analyze([]segment.Range{x.byObj})
		if sub.head >= 0 {
			x = sub
			head = d.word(x.head)
		}
	}
	// A proper name (a capitalized common noun opening a sentence is not).
	if d.nameTok(x.head) && (postag.IsProperNoun(d.tags[x.head]) || x.head != d.sentence(x.head).Start) {
		run := d.properRun(x.head, x.chunk.Start)
		title, name := d.splitName(run)
		switch d.properKind(name) {
		case Person:
			if len(name) == 1 {
				if id := d.byLastName(d.word(name[0]), pos); id >= 0 {
					d.ents.list[id].mention(run)
					if len(title) > 0 && a.Title == "" {
						a.Title = d.joinWords(trimDet(d, title))
					}
					d.apposTitle(a, x, id)
					return id
				}
			}
			id := d.personEntity(run, title, name)
			d.apposTitle(a, x, id)
			return id
		case Organization:
			return d.orgEntity(x)
		}
	}
	// A common noun: an organization, a document, or a description.
	if x.appos.Len() > 0 {
		// "a doctor, Hugh Hill"
		ap := d.analyze([]segment.Range{x.appos})
		if ap.head >= 0 && d.nameTok(ap.head) {
			run := d.properRun(ap.head, ap.chunk.Start)
			title, name := d.splitName(run)
			if commonKind(head) == Organization {
				return d.orgEntity(ap)
			}
			if d.properKind(name) == Person {
				id := d.personEntity(run, title, name)
				e := es.list[id]
				e.addWords(d, x.chunk)
				if e.title == "" {
					e.title = d.rangeText(trimDetRange(d, x.chunk))
				}
				return id
			}
		}
	}
	if x.define || d.low[x.chunk.Start] == "the" {
		if id := d.definite(x, pos); id >= 0 {
			return id
		}
	}
	kind := commonKind(head)
	if kind == Organization {
		return d.orgEntity(x)
	}
	desc := d.rangeText(x.span)
	e := &entity{name: desc, kind: Anonymous, first: x.span.Start, plural: d.tags[x.head] == postag.NNS}
	e.addWords(d, x.span)
	return es.add(e)
}

// apposTitle: "Hugh Hill, a doctor": the appositive is the title.
func (d *doc) apposTitle(a *Attribution, x np, id int) {
	if x.appos.Len() == 0 {
		return
	}
	e := d.ents.list[id]
	e.addWords(d, x.appos)
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
	name := d.rangeText(r)
	if d.possessive(r.End - 1) {
		name = name[:len(name)-len(d.low[r.End-1])+len(d.word(r.End-1))]
	}
	low := strings.ToLower(name)
	es := &d.ents
	if id, ok := es.byName[low]; ok {
		return id
	}
	best := -1
	for id, e := range es.list {
		if e.kind == Organization && strings.HasSuffix(strings.ToLower(e.name), " "+low) {
			best = id
		}
	}
	if best >= 0 {
		return best
	}
	e := &entity{name: name, kind: Organization, first: r.Start}
	e.addWords(d, r)
	return es.add(e)
}

// definite resolves "the former official" to the latest entity whose
// words hold all of the description's.
func (d *doc) definite(x np, pos int) int {
	var want []string
	for k := x.chunk.Start; k < x.chunk.End; k++ {
		if d.tags[k] == postag.DT || d.tags[k] == postag.PRPS || d.seg.Tokens[k].Kind != segment.Word {
			continue
		}
		want = append(want, d.word(k))
	}
	if len(want) == 0 {
		return None
	}
	best, bestPos := None, -1
	for id, e := range d.ents.list {
		if e.first >= pos && e.first >= x.span.Start {
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
		last := e.first
		for _, m := range e.mentions {
			if m.Start < pos {
				last = max(last, m.Start)
			}
		}
		if last > bestPos {
			best, bestPos = id, last
		}
	}
	return best
}

var pronouns = set("he", "she", "him", "her", "they", "them", "it", "we", "i", "you", "us", "me")

// antecedent resolves a pronoun at token pos to the latest fitting
// mention before it: a person for he/she, a group or body for they, a
// body for it.
func (d *doc) antecedent(p string, pos int) int {
	if d.seg.QuoteDepth[pos] > 0 && (p == "i" || p == "we" || p == "you" || p == "me" || p == "us") {
		return None
	}
	best, bestPos := None, -1
	consider := func(at, id int) {
		if at >= pos || at < bestPos {
			return
		}
		e := d.ents.list[id]
		switch p {
		case "he", "she", "him", "her":
			if e.kind == Organization || e.plural {
				return
			}
		case "they", "them":
			if e.kind == Person || (e.kind == Anonymous && !e.plural) {
				return
			}
		case "it":
			if e.kind != Organization {
				return
			}
		default:
			return
		}
		best, bestPos = id, at
	}
	for _, ev := range d.ents.events {
		consider(ev.pos, ev.ent)
	}
	for i := range d.atts {
		a := &d.atts[i]
		if a.Speaker >= 0 && len(a.Source) > 0 {
			consider(a.Source[0].Start, a.Speaker)
		}
	}
	return best
}
