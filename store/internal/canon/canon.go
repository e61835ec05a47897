// Package canon decides which speaker of the corpus a source is, across
// articles: "Mohammad Javad Zarif", "Javad Zarif" and "Zarif" are one
// person when their contexts agree, two people named Clinton stay two,
// organisations are one by their normalised name, and anonymous sources
// are grouped by their normalised description, never with a named person.
//
// It is pure Go and knows no database: a Registry asks a Loader for the
// speakers that share a key with a mention and decides among them. The
// decisions depend only on the speakers seen before, so the same articles
// in the same order give the same speakers on every backend.
package canon

import (
	"slices"
	"strings"

	"github.com/whosaid/whosaid"
)

// Mention is one speaker of one document, as the extractor resolved it
// inside the document.
type Mention struct {
	Name  string       // the fullest name in the document, or the description
	Kind  whosaid.Kind // person, organization or anonymous
	Title string       // "Foreign Minister", when the document gives one
	// Context are texts that tell two namesakes apart: the names of the
	// other speakers of the document and what this one said in it.
	Context []string
}

// Entity is one canonical speaker.
type Entity struct {
	ID      int64
	Kind    whosaid.Kind
	Name    string   // the fullest name seen, or the first description
	Title   string   // the latest title seen
	Aliases []string // every name seen, sorted, Name included
	// Counts says how often each alias was seen (a mention per document).
	Counts map[string]int
	// Evidence counts the context words seen with the speaker: words of
	// its titles, of co-occurring names, of what it said.
	Evidence map[string]int
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

// Keys are the keys an entity is found under: for a person, every word of
// every alias ("Xi" finds "Xi Jinping"); else its normalised names.
func (e *Entity) Keys() []string {
	var keys []string
	for _, a := range e.Aliases {
		ws := nameWords(a, e.Kind)
		if len(ws) == 0 {
			continue
		}
		if e.Kind == whosaid.Person {
			for _, w := range ws {
				keys = append(keys, "person:"+w)
			}
		} else {
			keys = append(keys, string(e.Kind)+":"+strings.Join(ws, " "))
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// New makes the entity of a mention that matches no known speaker.
func New(id int64, m Mention) Entity {
	e := Entity{ID: id, Kind: m.Kind, Name: strings.TrimSpace(m.Name), Evidence: map[string]int{}}
	e.Add(m)
	return e
}

// Add takes a mention into the entity: its name as an alias (and as the
// name when it is fuller), its title, its context as evidence.
func (e *Entity) Add(m Mention) {
	name := strings.TrimSpace(m.Name)
	if i, found := slices.BinarySearch(e.Aliases, name); !found {
		e.Aliases = slices.Insert(e.Aliases, i, name)
	}
	if e.Counts == nil {
		e.Counts = map[string]int{}
	}
	e.Counts[name]++
	if e.Kind == whosaid.Person {
		e.Name = e.canonicalName()
	}
	if t := strings.TrimSpace(m.Title); len(titleWords(t)) > 0 && !allHonorifics(t) {
		e.Title = t
	}
	if e.Evidence == nil {
		e.Evidence = map[string]int{}
	}
	for _, t := range evidence(m) {
		e.Evidence[t]++
	}
	trimEvidence(e.Evidence)
}

// canonicalName is the name a person is listed under: the most frequent
// of its full names (two words or more: "Donald Trump" over "Republican
// Donald Trump" seen once), then the one with more words, the longer, the
// first in byte order; a bare name only when there is no other.
func (e *Entity) canonicalName() string {
	best, bestWords := "", 0
	for _, a := range e.Aliases {
		n := min(len(personWords(a)), 2)
		switch {
		case best == "" || n > bestWords:
		case n < bestWords:
			continue
		case e.Counts[a] != e.Counts[best]:
			if e.Counts[a] < e.Counts[best] {
				continue
			}
		case len(personWords(a)) != len(personWords(best)):
			if len(personWords(a)) < len(personWords(best)) {
				continue
			}
		case len(a) <= len(best):
			continue
		}
		best, bestWords = a, n
	}
	return best
}

// allHonorifics says whether a title is only "Mr", "Mrs" and the like.
func allHonorifics(t string) bool {
	for _, w := range words(t) {
		if !honorifics[w] {
			return false
		}
	}
	return true
}

// evidence are the context words of a mention: the telling words of its
// title, of the names beside it and of what it said, without its own
// name's words.
func evidence(m Mention) []string {
	own := map[string]bool{}
	for _, w := range nameWords(m.Name, m.Kind) {
		own[w] = true
	}
	var ts []string
	for _, w := range titleWords(m.Title) {
		if !own[w] {
			ts = append(ts, w)
		}
	}
	n := 0
	for _, c := range m.Context {
		for _, w := range words(c) {
			if len(w) < 4 || stopWords[w] || own[w] {
				continue
			}
			ts = append(ts, w)
			if n++; n == maxContextWords {
				break
			}
		}
	}
	slices.Sort(ts)
	return slices.Compact(ts)
}

// maxContextWords bounds the words a mention brings as evidence, and
// maxEvidence the evidence an entity keeps (the most frequent words).
const (
	maxContextWords = 60
	maxEvidence     = 400
)

// trimEvidence keeps the maxEvidence most frequent words of an entity's
// evidence, ties broken by the word, so that the outcome is deterministic.
func trimEvidence(ev map[string]int) {
	if len(ev) <= maxEvidence {
		return
	}
	type wc struct {
		w string
		n int
	}
	all := make([]wc, 0, len(ev))
	for w, n := range ev {
		all = append(all, wc{w, n})
	}
	slices.SortFunc(all, func(a, b wc) int {
		if a.n != b.n {
			return b.n - a.n
		}
		return strings.Compare(a.w, b.w)
	})
	for _, x := range all[maxEvidence:] {
		delete(ev, x.w)
	}
}

// Choose picks the entity among candidates that the mention is, or -1
// when it is none of them (a new speaker). Candidates are those found
// under Key(m), in any order; the choice does not depend on it.
//
// Organisations and anonymous sources are their key. A person is a
// candidate whose every alias is compatible with the name (one is the
// other with words left out, or initials: "Javad Zarif" and "Mohammad
// Javad Zarif", not "Bill Clinton" and "Hillary Clinton"). A name of two
// words or more goes to the compatible candidate that shares the most
// name words. A bare surname goes to the one person known by it (unless
// their titles differ and no context agrees), or,
// among namesakes, to the one whose context it shares most (words of
// titles, co-occurring names and what was said), when one does; else it
// joins the entity that holds only that bare name, its own ambiguous
// entry, never a namesake picked blindly.
func Choose(m Mention, candidates []Entity) int {
	if m.Kind != whosaid.Person {
		key := Key(m)
		best := -1
		for i := range candidates {
			c := &candidates[i]
			if c.Kind == m.Kind && slices.Contains(c.Keys(), key) && (best < 0 || c.ID < candidates[best].ID) {
				best = i
			}
		}
		return best
	}
	name, gen := personWords(m.Name), generation(m.Name)
	if len(name) == 0 {
		return -1
	}
	ev := evidence(m)
	type fitting struct {
		i, shared, context int
	}
	var fits []fitting
	bare := -1 // the ambiguous entry of a bare surname
	for i := range candidates {
		c := &candidates[i]
		if c.Kind != whosaid.Person {
			continue
		}
		shared, ok := compatible(name, gen, c)
		if !ok {
			continue
		}
		if onlyBare(c, name[len(name)-1]) {
			if len(name) == 1 && (bare < 0 || c.ID < candidates[bare].ID) {
				bare = i
			}
			if len(name) > 1 {
				continue // a full name never takes an ambiguous entry
			}
		}
		context := 0
		for _, t := range ev {
			if c.Evidence[t] > 0 {
				context++
			}
		}
		fits = append(fits, fitting{i, shared, context})
	}
	// The best is the one with the most name words, then the most context,
	// then the oldest; it must beat the second on one of the first two.
	slices.SortFunc(fits, func(a, b fitting) int {
		if a.shared != b.shared {
			return b.shared - a.shared
		}
		if a.context != b.context {
			return b.context - a.context
		}
		return int(candidates[a.i].ID - candidates[b.i].ID)
	})
	named := 0 // candidates with a full name
	for _, f := range fits {
		if !onlyBare(&candidates[f.i], name[len(name)-1]) {
			named++
		}
	}
	if len(fits) > 0 {
		best := fits[0]
		clear := len(fits) == 1 || best.shared > fits[1].shared || best.context > fits[1].context
		switch {
		case best.shared >= 2 && clear:
			return best.i // a full name: "Javad Zarif" is "Mohammad Javad Zarif"
		case best.shared >= 2:
			return best.i // namesakes with one full name: the oldest
		case named == 1 && !onlyBare(&candidates[best.i], name[0]) && (best.context > 0 || !titlesDiffer(m.Title, candidates[best.i].Title)):
			return best.i // a bare surname, one person known by it, nothing against
		case best.context >= 1 && clear:
			return best.i // a bare surname that its context places
		}
	}
	return bare
}

// titlesDiffer says whether two titles are both given and share no
// telling word ("former president" and "Secretary of State").
func titlesDiffer(a, b string) bool {
	wa, wb := titleWords(a), titleWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	for _, w := range wa {
		if slices.Contains(wb, w) {
			return false
		}
	}
	return true
}

// compatible says whether a person name (its words and its generation)
// fits every alias of c, and how many words it shares with the closest
// one. Names of different generations ("Donald Trump", "Donald Trump
// Jr.") never fit, unless one is a bare surname without a suffix, which
// may be either.
func compatible(name []string, gen string, c *Entity) (shared int, ok bool) {
	for _, a := range c.Aliases {
		aw := personWords(a)
		if len(aw) == 0 {
			continue
		}
		if ag := generation(a); ag != gen && !(len(name) == 1 && gen == "") && !(len(aw) == 1 && ag == "") {
			return 0, false
		}
		n, fits := fit(name, aw)
		if !fits {
			return 0, false
		}
		shared = max(shared, n)
	}
	return shared, shared > 0
}

// fit says whether one name is the other with words left out (the last
// words equal, the others in order, an initial standing for a word), and
// how many words match.
func fit(a, b []string) (int, bool) {
	if len(a) > len(b) {
		a, b = b, a
	}
	if a[len(a)-1] != b[len(b)-1] && !(len(a) == 1 && slices.Contains(b, a[0])) {
		return 0, false
	}
	j := 0
	for _, w := range a {
		for j < len(b) && !sameWord(w, b[j]) {
			j++
		}
		if j == len(b) {
			return 0, false
		}
		j++
	}
	return len(a), true
}

// sameWord says whether two name words match: equal, or one the initial
// of the other.
func sameWord(a, b string) bool {
	if a == b {
		return true
	}
	return (len(a) == 1 && strings.HasPrefix(b, a)) || (len(b) == 1 && strings.HasPrefix(a, b))
}

// onlyBare says whether c has no name but the bare word w.
func onlyBare(c *Entity, w string) bool {
	for _, a := range c.Aliases {
		if ws := personWords(a); len(ws) != 1 || ws[0] != w {
			return false
		}
	}
	return true
}
