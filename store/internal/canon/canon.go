// Package canon decides which speaker of the corpus a source is, across
// articles: "Mohammad Javad Zarif", "Javad Zarif" and "Zarif" are one
// person when their contexts agree, two people named Clinton stay two,
// organisations are one by their normalised name or its abbreviation, and
// anonymous sources are grouped by their normalised description, never
// with a named person. Sources that name nobody (a pronoun, a
// determiner, a dateline, a headline fragment) get no speaker.
//
// It is pure Go and knows no database. Mentions reads one document's
// sources; a Registry asks a Loader for the speakers that share a key
// with a mention and Choose decides among them. The decisions depend on
// the speakers seen before; Order sorts the mentions of a whole corpus so
// that a replay in that order (recanon) does not depend on the order in
// which the articles came.
package canon

import (
	"slices"
	"strings"
	"time"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/internal/lexicon"
)

// Mention is one speaker of one document, as the document stage found it.
type Mention struct {
	Name  string       // the fullest name in the document, or the description
	Kind  whosaid.Kind // person, organization or anonymous
	Title string       // a role or office, when the document gives one
	Date  time.Time    // the document's publication date; zero when unknown
	Doc   string       // the document's ID
	// Outlet is the document's outlet.
	Outlet string
	// Gender is "m" or "f" when the document says (an honorific, a
	// pronoun source), "" otherwise.
	Gender string
	// Evidence are the folded words that tell namesakes apart: the proper
	// nouns of the document, the names of its other speakers, its outlet.
	Evidence []string

	contents []string // what was said, while the document is read
}

// Fixed says which fields of an entity a person set by hand: they are
// kept when mentions are added.
type Fixed uint8

// The fields that corrections fix.
const (
	FixedName Fixed = 1 << iota
	FixedKind
	FixedTitle
)

// Entity is one canonical speaker.
type Entity struct {
	ID      int64
	Kind    whosaid.Kind
	Name    string   // the most frequent full name, or the first description
	Title   string   // the current title (see currentTitle)
	Aliases []string // every name seen, sorted, Name included
	// Counts says how often each alias was seen (a mention per document).
	Counts map[string]int
	// Titles are the titles seen, by titleKey, with their dates.
	Titles map[string]*TitleSpan
	// Evidence counts the context words seen with the speaker.
	Evidence map[string]int
	Fixed    Fixed
}

// Mentions is the number of mentions the entity holds.
func (e *Entity) Mentions() int {
	n := 0
	for _, c := range e.Counts {
		n += c
	}
	return n
}

// Key is the key under which a mention's candidates are found: the kind
// and, for a person, the last word of the name; for an organisation or an
// anonymous source, the whole normalised name. "" means the mention names
// no speaker (a pronoun, an empty name).
func Key(m Mention) string {
	ws := nameWords(m.Name, m.Kind)
	if len(ws) == 0 {
		return ""
	}
	switch m.Kind {
	case whosaid.Person:
		return "person:" + ws[len(ws)-1]
	case whosaid.Organization, whosaid.Anonymous:
		return string(m.Kind) + ":" + strings.Join(ws, " ")
	}
	return ""
}

// orgKeys are the keys of an organisation's name words: the whole name,
// and the name without the legal forms that end it, when it has one.
func orgKeys(ws []string) []string {
	keys := []string{"organization:" + strings.Join(ws, " ")}
	if short := withoutLegalForm(ws); len(short) < len(ws) {
		keys = append(keys, "organization:"+strings.Join(short, " "))
	}
	return keys
}

// withoutLegalForm is an organisation's name words without the legal
// forms that end it ("ekwueme energy" of "Ekwueme Energy Group", "hanul
// battery" of "Hanul Battery Ltd"), by which news names the same body
// with and without them; a name of legal forms alone keeps its words.
func withoutLegalForm(ws []string) []string {
	end := len(ws)
	for end > 1 && (lexicon.LegalForms.Has(ws[end-1]) || lexicon.LegalForms.Has(ws[end-1]+".")) {
		end--
	}
	return ws[:end]
}

// lookupKeys are the keys under which a mention's candidates are found:
// Key, and for an organisation the name without its legal form. A store
// made before names were keyed so finds the shorter name after a recanon,
// which writes the keys again. An abbreviation ("AEC") finds the organisations filed under it
// (the "Australian Electoral Commission"); two full names never meet by
// their abbreviations ("Sanders campaign" and "Security Council").
func lookupKeys(m Mention) []string {
	if m.Kind == whosaid.Organization {
		if ws := nameWords(m.Name, m.Kind); len(ws) > 0 {
			return orgKeys(ws) // and without its legal form: "Ekwueme Energy Group" finds "Ekwueme Energy"
		}
	}
	if k := Key(m); k != "" {
		return []string{k}
	}
	return nil
}

// Keys are the keys an entity is found under: for a person, every word of
// every alias ("Xi" finds "Xi Jinping"); for an organisation its
// normalised names and their abbreviations; for an anonymous source its
// normalised descriptions.
func (e *Entity) Keys() []string {
	var keys []string
	for _, a := range e.Aliases {
		ws := nameWords(a, e.Kind)
		if len(ws) == 0 {
			continue
		}
		switch e.Kind {
		case whosaid.Person:
			for _, w := range ws {
				keys = append(keys, "person:"+w)
			}
		case whosaid.Organization:
			keys = append(keys, orgKeys(ws)...)
			for _, ac := range acronyms(a) {
				keys = append(keys, "organization:"+ac)
			}
		default:
			keys = append(keys, string(e.Kind)+":"+strings.Join(ws, " "))
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// matchName is the name that mentions are matched with: the name, or
// when a person set it by hand, the name the mentions would give.
func (e *Entity) matchName() string {
	if e.Fixed&FixedName == 0 || e.Kind != whosaid.Person {
		return e.Name
	}
	if n := e.canonicalName(); n != "" && e.Counts[n] > 0 {
		return n
	}
	return e.Name
}

// nameKeys are the keys of an organisation's names, without their
// abbreviations.
func (e *Entity) nameKeys() []string {
	var keys []string
	for _, a := range e.Aliases {
		if ws := nameWords(a, e.Kind); len(ws) > 0 {
			if e.Kind == whosaid.Organization {
				keys = append(keys, orgKeys(ws)...)
				continue
			}
			keys = append(keys, string(e.Kind)+":"+strings.Join(ws, " "))
		}
	}
	return keys
}

// New makes the entity of a mention that matches no known speaker.
func New(id int64, m Mention) Entity {
	e := Entity{ID: id, Kind: m.Kind, Name: strings.TrimSpace(m.Name)}
	e.Add(m)
	return e
}

// Add takes a mention into the entity: its name as an alias (and as the
// name when it is the most frequent), its title with its date, its
// evidence.
func (e *Entity) Add(m Mention) {
	name := strings.TrimSpace(m.Name)
	if i, found := slices.BinarySearch(e.Aliases, name); !found {
		e.Aliases = slices.Insert(e.Aliases, i, name)
	}
	if e.Counts == nil {
		e.Counts = map[string]int{}
	}
	e.Counts[name]++
	switch {
	case e.Fixed&FixedName != 0:
	case e.Kind == whosaid.Person:
		e.Name = e.canonicalName()
	case e.Counts[name] > e.Counts[e.Name]:
		e.Name = name // the most frequent description; the first among equals
	}
	if key := titleKey(m.Title); key != "" {
		if e.Titles == nil {
			e.Titles = map[string]*TitleSpan{}
		}
		t := e.Titles[key]
		if t == nil {
			t = &TitleSpan{First: m.Date, Last: m.Date}
			e.Titles[key] = t
		}
		t.Seen++
		if !m.Date.IsZero() && (t.First.IsZero() || m.Date.Before(t.First)) {
			t.First = m.Date
		}
		if !m.Date.IsZero() && !m.Date.Before(t.Last) {
			t.Last = m.Date
			t.Title = strings.TrimSpace(m.Title)
		}
		if t.Title == "" {
			t.Title = strings.TrimSpace(m.Title)
		}
	}
	if e.Fixed&FixedTitle == 0 {
		e.Title = currentTitle(e.Titles)
	}
	if e.Evidence == nil {
		e.Evidence = map[string]int{}
	}
	for _, t := range m.Evidence {
		e.Evidence[t]++
	}
	if m.Gender != "" {
		e.Evidence[genderToken+m.Gender]++
	}
	trimEvidence(e.Evidence)
}

// canonicalName is the name a person is listed under: the most frequent
// of its full names (two words or more:
// "Donald Trump" over "Republican Donald Trump" seen once), then one not
// in capitals, the one with more words, the longer, the first in byte
// order; a bare name only when there is no other.
func (e *Entity) canonicalName() string {
	best := ""
	rank := func(a string) [4]int {
		n := len(personWords(a))
		caps := 1
		if isUpperWord(a) {
			caps = 0
		}
		return [4]int{min(n, 2), e.Counts[a], caps, n}
	}
	for _, a := range e.Aliases {
		if best == "" {
			best = a
			continue
		}
		ra, rb := rank(a), rank(best)
		if c := slices.Compare(ra[:], rb[:]); c > 0 || (c == 0 && len(a) > len(best)) {
			best = a
		}
	}
	return best
}

// genderToken marks the evidence words that count the genders a
// speaker was given ("#m", "#f"); they are no context.
const genderToken = "#"

// gender is the gender of an entity: the one its mentions were given,
// when it is three times or more as often as the other; else the one of
// its given name; else "".
func (e *Entity) gender() string {
	m, f := e.Evidence[genderToken+"m"], e.Evidence[genderToken+"f"]
	switch {
	case m > 0 && m >= 3*f:
		return "m"
	case f > 0 && f >= 3*m:
		return "f"
	case m > 0 && f > 0:
		return ""
	}
	if e.Kind == whosaid.Person {
		if ws := personWords(e.Name); len(ws) > 1 {
			return nameGender(ws[0])
		}
	}
	return ""
}

// maxEvidence bounds the evidence an entity keeps (the most frequent words).
const maxEvidence = 400

// trimEvidence keeps the maxEvidence most frequent context words of an
// entity and its maxTopic most frequent topic words, ties broken by the
// word, so that the outcome is deterministic; the genders are kept.
func trimEvidence(ev map[string]int) {
	if len(ev) <= maxEvidence {
		return
	}
	type wc struct {
		w string
		n int
	}
	var context, topic []wc
	for w, n := range ev {
		switch {
		case strings.HasPrefix(w, genderToken):
		case strings.HasPrefix(w, topicToken):
			topic = append(topic, wc{w, n})
		default:
			context = append(context, wc{w, n})
		}
	}
	for _, part := range []struct {
		ws   []wc
		keep int
	}{{context, maxEvidence - maxTopic}, {topic, maxTopic}} {
		if len(part.ws) <= part.keep {
			continue
		}
		slices.SortFunc(part.ws, func(a, b wc) int {
			if a.n != b.n {
				return b.n - a.n
			}
			return strings.Compare(a.w, b.w)
		})
		for _, x := range part.ws[part.keep:] {
			delete(ev, x.w)
		}
	}
}

// placeToken marks the evidence words that are the places of the
// documents (see placesOf).
const placeToken = "^"

// placesApart says whether m and e both have places and share none: one
// is in Hong Kong, the other in Vancouver.
func placesApart(m Mention, e *Entity) bool {
	mine, theirs := false, false
	for _, w := range m.Evidence {
		if strings.HasPrefix(w, placeToken) {
			mine = true
			if e.Evidence[w] > 0 {
				return false
			}
		}
	}
	for w := range e.Evidence {
		if strings.HasPrefix(w, placeToken) {
			theirs = true
			break
		}
	}
	return mine && theirs
}

// topicToken marks the evidence words that are the topic of the
// documents (their common nouns: "strike", "port"), apart from the
// context (their proper nouns).
const topicToken = "~"

// maxTopic bounds the topic words an entity keeps.
const maxTopic = 150

// sameTopic counts the topic words of m that e has seen.
func sameTopic(m Mention, e *Entity) int {
	n := 0
	for _, w := range m.Evidence {
		if strings.HasPrefix(w, topicToken) && e.Evidence[w] > 0 {
			n++
		}
	}
	return n
}

// shared counts the evidence words of m that e has seen.
func shared(m Mention, e *Entity) int {
	n := 0
	for _, w := range m.Evidence {
		if e.Evidence[w] > 0 && !strings.HasPrefix(w, genderToken) && !strings.HasPrefix(w, topicToken) && !strings.HasPrefix(w, placeToken) {
			n++
		}
	}
	return n
}

// Absorb takes every mention of o into e (a merge by hand): aliases and
// their counts, titles, evidence. e's fixed fields stay.
func (e *Entity) Absorb(o *Entity) {
	if e.Counts == nil {
		e.Counts = map[string]int{}
	}
	for _, a := range o.Aliases {
		if i, found := slices.BinarySearch(e.Aliases, a); !found {
			e.Aliases = slices.Insert(e.Aliases, i, a)
		}
		e.Counts[a] += o.Counts[a]
	}
	for key, t := range o.Titles {
		if e.Titles == nil {
			e.Titles = map[string]*TitleSpan{}
		}
		mine := e.Titles[key]
		if mine == nil {
			c := *t
			e.Titles[key] = &c
			continue
		}
		mine.Seen += t.Seen
		if !t.First.IsZero() && (mine.First.IsZero() || t.First.Before(mine.First)) {
			mine.First = t.First
		}
		if t.Last.After(mine.Last) {
			mine.Last, mine.Title = t.Last, t.Title
		}
	}
	if e.Evidence == nil {
		e.Evidence = map[string]int{}
	}
	for w, n := range o.Evidence {
		e.Evidence[w] += n
	}
	trimEvidence(e.Evidence)
	e.refresh()
}

// Remove takes one mention under name off e (a split by hand).
func (e *Entity) Remove(name string) {
	name = strings.TrimSpace(name)
	if e.Counts[name] > 1 {
		e.Counts[name]--
	} else if i, found := slices.BinarySearch(e.Aliases, name); found && len(e.Aliases) > 1 {
		e.Aliases = slices.Delete(e.Aliases, i, i+1)
		delete(e.Counts, name)
	}
	e.refresh()
}

// refresh works out the name and title again, unless they are fixed.
func (e *Entity) refresh() {
	if e.Fixed&FixedName == 0 {
		if e.Kind == whosaid.Person {
			e.Name = e.canonicalName()
		} else if e.Counts[e.Name] == 0 {
			best := ""
			for _, a := range e.Aliases {
				if best == "" || e.Counts[a] > e.Counts[best] {
					best = a
				}
			}
			e.Name = best
		}
	}
	if e.Fixed&FixedTitle == 0 {
		e.Title = currentTitle(e.Titles)
	}
}

// AddAlias files name as a name of e, seen under it by no mention (the
// name a person gave it), so that it is found under it.
func (e *Entity) AddAlias(name string) {
	name = strings.TrimSpace(name)
	if i, found := slices.BinarySearch(e.Aliases, name); !found {
		e.Aliases = slices.Insert(e.Aliases, i, name)
	}
	if e.Counts == nil {
		e.Counts = map[string]int{}
	}
}
