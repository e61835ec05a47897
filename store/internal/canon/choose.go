package canon

import (
	"math/bits"
	"slices"
	"strings"

	"github.com/whosaid/whosaid"
)

// Choose picks the entity among candidates that the mention is, or -1
// when it is none of them (a new speaker). Candidates are those found
// under the mention's keys, in any order; the choice does not depend on
// it.
//
// An organisation is the entity of its normalised name or abbreviation;
// among namesakes of a generic name ("the Supreme Court" of three
// countries) the one whose context it shares. An anonymous source is
// its description. A person:
//
//   - a full name goes to the entity whose full name it fits (the same
//     surname and generation, given names equal, initials or nicknames:
//     "Donald J. Trump", "Bill Draper" and "William Draper"), unless
//     their titles are of different fields (a judge and a spokeswoman)
//     or of one field with nothing else in common (a legislator in Hong
//     Kong, a councillor in Vancouver): namesakes stay apart;
//   - a bare surname goes to the one person known by it unless its title
//     says otherwise, or among several to the one its title or context
//     places, or to one who holds nearly all its mentions; else it joins
//     the entity that holds only that bare name, its own ambiguous entry;
//   - a bare given name goes to the one person known by it.
func Choose(m Mention, candidates []Entity) int {
	switch m.Kind {
	case whosaid.Person:
		return choosePerson(m, candidates)
	case whosaid.Organization:
		return chooseOrganization(m, candidates)
	case whosaid.Anonymous:
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
	return -1
}

func chooseOrganization(m Mention, candidates []Entity) int {
	keys := lookupKeys(m)
	abbreviation := len(orgWordsOf(m.Name)) == 1
	ws := orgWordsOf(m.Name)
	generic := allIn(ws, genericOrgName)
	best, bestShared := -1, -1
	for i := range candidates {
		c := &candidates[i]
		if c.Kind != whosaid.Organization || !meets(keys, c.Keys()) {
			continue
		}
		if !abbreviation && !meets(keys, c.nameKeys()) {
			continue // found under an abbreviation that the mention is not
		}
		s := shared(m, c)
		if generic && s == 0 && c.Mentions() > 0 {
			continue // "the Supreme Court" of another country
		}
		if best < 0 || s > bestShared || (s == bestShared && c.ID < candidates[best].ID) {
			best, bestShared = i, s
		}
	}
	return best
}

// genericOrgName are the words of organisation names that many
// organisations share: "Supreme Court", "Foreign Ministry", "Police".
var genericOrgName = set("supreme", "high", "court", "courts", "ministry", "foreign", "health",
	"interior", "defence", "defense", "finance", "justice", "education", "police", "department",
	"state", "national", "federal", "central", "election", "electoral", "commission", "committee",
	"council", "government", "parliament", "senate", "assembly", "cabinet", "office", "army",
	"navy", "military", "ministry's", "public", "prosecutor", "prosecutors", "prosecution",
	"service", "agency", "board", "authority", "university", "hospital", "city", "county",
	"union", "party", "opposition", "fire", "emergency", "environment", "transport", "trade",
	"labour", "labor", "home", "affairs", "external", "internal", "treasury")

func meets(a, b []string) bool {
	for _, k := range a {
		if slices.Contains(b, k) {
			return true
		}
	}
	return false
}

// candidate is how a person entity may be a mention.
type candidate struct {
	i        int
	relation int // fullName, surname, givenName
	words    int // name words shared
	meet     int // titlesMeet
	evidence int // shared evidence words
	mentions int
	bare     bool // the entity holds only the bare name
}

const (
	fullName = iota + 1
	surname
	givenName
)

func choosePerson(m Mention, candidates []Entity) int {
	name, gen := personWords(m.Name), generation(m.Name)
	if len(name) == 0 {
		return -1
	}
	var cs []candidate
	gender := m.Gender
	if gender == "" && len(name) > 1 {
		gender = nameGender(name[0])
	}
	for i := range candidates {
		c := &candidates[i]
		if c.Kind != whosaid.Person {
			continue
		}
		if g := c.gender(); len(name) == 1 && gender != "" && g != "" && g != gender {
			continue // "Ms. Trump" is not Donald Trump; full names have given names to tell
		}
		rel, n := relation(name, gen, c)
		if rel == 0 {
			continue
		}
		cs = append(cs, candidate{i: i, relation: rel, words: n, meet: titlesMeet(m.Title, c.Titles),
			evidence: shared(m, c), mentions: c.Mentions(), bare: onlyBare(c)})
	}
	older := func(a, b candidate) int { return int(candidates[a.i].ID - candidates[b.i].ID) }
	if len(name) > 1 {
		var fits []candidate
		for _, c := range cs {
			if c.relation != fullName || c.bare || namesakes(m, c, &candidates[c.i]) {
				continue
			}
			// "Jimmy O'Connor" is "James O'Connor" when something else
			// agrees: a nickname is a weaker match than the name.
			if given := personWords(candidates[c.i].matchName()); given[0] != name[0] && c.meet <= 0 && c.evidence == 0 &&
				sameTopic(m, &candidates[c.i]) < sameStory {
				continue
			}
			fits = append(fits, c)
		}
		slices.SortFunc(fits, func(a, b candidate) int {
			for _, d := range [...]int{b.words - a.words, b.evidence - a.evidence, b.meet - a.meet, b.mentions - a.mentions} {
				if d != 0 {
					return d
				}
			}
			return older(a, b)
		})
		if len(fits) > 0 {
			return fits[0].i
		}
		return -1
	}
	// A bare name: a surname first, then a given name.
	bare := -1
	var named []candidate
	for _, c := range cs {
		switch {
		case c.bare && c.relation == surname:
			if bare < 0 || candidates[c.i].ID < candidates[bare].ID {
				bare = c.i
			}
		case c.relation == surname:
			named = append(named, c)
		}
	}
	if len(named) == 0 {
		for _, c := range cs {
			if c.relation == givenName && !c.bare {
				named = append(named, c)
			}
		}
	}
	if gen != "" && len(named) == 1 && named[0].meet >= 0 {
		return named[0].i // "Trump Jr.", and one Trump Jr. known
	}
	if i := pickBare(m, named, older); i >= 0 {
		return i
	}
	return bare
}

// pickBare is the person a bare name stands for among the named
// candidates, -1 when it cannot tell.
func pickBare(m Mention, named []candidate, older func(a, b candidate) int) int {
	var ok []candidate
	for _, c := range named {
		if c.meet >= 0 {
			ok = append(ok, c)
		}
	}
	if len(ok) == 0 {
		return -1
	}
	if len(ok) == 1 {
		c := ok[0]
		if c.meet <= 0 && c.evidence == 0 {
			return -1 // nothing says it is them: a namesake may be
		}
		return c.i
	}
	// The context and the title, and how much more often the name is
	// one person's: "Obama" is Barack Obama, not the "Derelict Obama" of
	// one headline, unless the context says so.
	score := func(c candidate) int { return 4*c.meet + c.evidence + 3*bits.Len(uint(c.mentions)) }
	slices.SortFunc(ok, func(a, b candidate) int {
		if d := score(b) - score(a); d != 0 {
			return d
		}
		if d := b.mentions - a.mentions; d != 0 {
			return d
		}
		return older(a, b)
	})
	best, second := ok[0], ok[1]
	if score(best) > score(second) && score(best) > 0 {
		return best.i
	}
	// One who holds nearly all the mentions of the name, with nothing
	// against it.
	total := 0
	for _, c := range ok {
		total += c.mentions
	}
	slices.SortFunc(ok, func(a, b candidate) int {
		if d := b.mentions - a.mentions; d != 0 {
			return d
		}
		return older(a, b)
	})
	if top := ok[0]; float64(top.mentions) >= dominance*float64(total) && (top.meet > 0 || top.evidence > 0) {
		return top.i
	}
	return -1
}

// dominance is the share of a bare name's mentions that one person must
// hold for the name to be taken as theirs without other evidence.
const dominance = 0.8

// namesakes says whether a full-name mention is a namesake of entity c
// whose full name it fits: their titles are of different fields, and
// little in their contexts agrees; or different, and nothing agrees, not
// even the outlet, and c is no prominent speaker; or nothing agrees, and
// their stories have nothing in common, or little and in different
// places.
func namesakes(m Mention, fc candidate, c *Entity) bool {
	if fc.evidence >= strongEvidence {
		return false
	}
	switch {
	case fc.meet < 0:
		return true
	case fc.meet == 0 && fc.evidence == 0 && m.Outlet != "" && hasOutlet(c):
		// Nothing in common, not even the outlet: namesakes, unless the
		// documents tell one story (a port strike) or one of a kind
		// (housing) in one place.
		topic := sameTopic(m, c)
		return topic == 0 || topic < sameStory && placesApart(m, c)
	case fc.meet < 2 && titleKey(m.Title) != "" && len(c.Titles) > 0 && fc.evidence == 0 && fc.mentions < prominent:
		return m.Outlet != "" && len(c.Evidence) > 0 // the outlet is evidence: none shared
	}
	return false
}

// prominent is the number of mentions from which a speaker's full name
// is taken as theirs even with another title of their field and no
// context in common: a prominent speaker changes office (senator, then
// secretary of state) more often than a namesake turns up.
const prominent = 3

// sameStory is the number of topic words from which two documents tell
// one story ("port", "strike", "union").
const sameStory = 3

// hasOutlet says whether an entity's evidence holds an outlet.
func hasOutlet(c *Entity) bool {
	for w := range c.Evidence {
		if strings.HasPrefix(w, "@") {
			return true
		}
	}
	return false
}

// strongEvidence is the number of shared context words that outweighs
// titles of different fields.
const strongEvidence = 3

// relation says how a person name (its words and generation) may be
// entity c: as its full name (and how many words they share), as its
// surname or as its given name; 0 when it cannot be.
func relation(name []string, gen string, c *Entity) (rel, n int) {
	cname := c.matchName()
	full := personWords(cname)
	cgen := generation(cname)
	if len(full) == 0 {
		return 0, 0
	}
	if len(name) == 1 {
		w := name[0]
		switch {
		case gen != "" && cgen != gen:
			return 0, 0
		case full[len(full)-1] == w:
			return surname, 1
		case len(full) > 1 && givenNamesMatch(w, full[0]) && len(w) > 1 && gen == "":
			return givenName, 1
		}
		return 0, 0
	}
	if len(full) == 1 || gen != cgen {
		if len(full) == 1 && full[0] == name[len(name)-1] && (cgen == "" || cgen == gen) {
			return surname, 1 // the entity is the bare surname
		}
		return 0, 0
	}
	// Every full name of c must fit, so that one wrong alias does not
	// open the entity to everyone; the canonical name decides the count.
	best := 0
	for _, a := range c.Aliases {
		aw := personWords(a)
		if len(aw) < 2 || generation(a) != cgen || c.Counts[a] == 0 {
			continue
		}
		k, ok := fullFit(name, aw)
		if !ok {
			if a == cname || c.Counts[a]*4 >= c.Counts[cname] {
				return 0, 0
			}
			continue
		}
		best = max(best, k)
	}
	if best == 0 {
		return 0, 0
	}
	return fullName, best
}

// fullFit says whether two full person names may be one person's, as
// fitNames says, or as a name of two words that is the other with words
// left out ("Javad Zarif", "Mohammad Javad Zarif").
func fullFit(a, b []string) (int, bool) {
	if n, ok := fitNames(a, b); ok {
		return n, true
	}
	if min(len(a), len(b)) == 2 {
		return fit(a, b)
	}
	return 0, false
}

// fitNames says whether two full person names may be one person's: the
// same surname, the first given names equal, initials or nicknames of one
// another, and the middle names equal when both have some ("George W.
// Bush" and "George H. W. Bush" are two); and how many words match.
func fitNames(a, b []string) (int, bool) {
	if a[len(a)-1] != b[len(b)-1] || !givenNamesMatch(a[0], b[0]) {
		return 0, false
	}
	ma, mb := a[1:len(a)-1], b[1:len(b)-1]
	if len(ma) > 0 && len(mb) > 0 {
		if len(ma) != len(mb) {
			return 0, false
		}
		for i := range ma {
			if !sameWord(ma[i], mb[i]) {
				return 0, false
			}
		}
	}
	return 2 + min(len(ma), len(mb)), true
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

// sameWord says whether two name words match: equal, one the initial of
// the other, or one a nickname of the other.
func sameWord(a, b string) bool {
	return a == b || givenNamesMatch(a, b)
}

// onlyBare says whether c has no name of more than one word.
func onlyBare(c *Entity) bool {
	for _, a := range c.Aliases {
		if len(personWords(a)) > 1 {
			return false
		}
	}
	return true
}
