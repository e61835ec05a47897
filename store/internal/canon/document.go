package canon

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid"
)

// Doc is what the canonicaliser reads of one document.
type Doc struct {
	ID           string
	Text         string
	Outlet       string
	Published    time.Time
	Attributions []whosaid.Attribution
}

// quote is one attribution's source as the document stage sees it.
type quote struct {
	src     source
	title   string
	content string
	at      int    // byte offset of the source in the text
	gender  string // "m" or "f" when an honorific or a pronoun says
	// honorific: the gender comes from an honorific ("Mrs."), not from
	// a pronoun, which the extractor may have resolved wrongly.
	honorific bool
	// described: a person source whose text is a description without
	// the name it was resolved to ("The 28-year-old" for José Carvalho).
	described bool
	// subject is the gender of the pronoun that opens what was said
	// ("she would decide"): the speaker's, as a rule, in reported speech.
	subject string
}

// Mentions finds the speakers of a document: one Mention per speaker,
// and for each attribution the index of its mention, -1 when its source
// names nobody (no source, a pronoun, a description that stands for
// nobody named in the document).
//
// Within the document it joins what the extractor left apart: a bare
// surname and the one full name of the document that ends with it
// ("MORROW", "Katherine Morrow"), an abbreviation and its organisation
// ("The AEC"), a definite description and the one speaker it can stand
// for ("the company", "the Rovers manager").
func Mentions(d Doc) (ms []Mention, of []int) {
	of = make([]int, len(d.Attributions))
	var qs []quote
	var qOf []int // the quote of each attribution, -1 for none
	for i := range d.Attributions {
		qOf = append(qOf, -1)
		of[i] = -1
		a := &d.Attributions[i]
		q, ok := quoteOf(a, d.Text)
		if !ok {
			continue
		}
		qOf[i] = len(qs)
		qs = append(qs, q)
	}
	groups, groupOf := groupQuotes(qs)
	link(groups, qs, d.Text)
	// Number the groups that stand for a speaker, in order of first quote.
	index := map[int]int{}
	for gi := range groups {
		g := find(groups, gi)
		if groups[g].none {
			continue
		}
		if _, ok := index[g]; !ok {
			index[g] = len(ms)
			ms = append(ms, groups[g].mention(d))
		}
	}
	for i, qi := range qOf {
		if qi < 0 {
			continue
		}
		g := find(groups, groupOf[qi])
		j, ok := index[g]
		if !ok {
			continue
		}
		of[i] = j
		m := &ms[j]
		if qs[qi].content != "" && len(m.contents) < maxContents {
			m.contents = append(m.contents, qs[qi].content)
		}
	}
	addEvidence(ms, d)
	return ms, of
}

// maxContents bounds what a mention keeps of what was said.
const maxContents = 8

// quoteOf reads the source of an attribution in a document's text;
// false when it names nobody.
func quoteOf(a *whosaid.Attribution, text string) (quote, bool) {
	kind, name, ok := SourceName(a)
	if !ok {
		return quote{}, false
	}
	src := a.Source
	s, ok := cleanSource(name, kind, src.Text, turn(src, text))
	if !ok {
		return quote{}, false
	}
	q := quote{src: s}
	if s.kind == whosaid.Person {
		q.title = cleanTitle(src.Title)
	}
	if q.title == "" {
		q.title = cleanTitle(s.title)
	}
	if q.title == "" && s.kind == whosaid.Person {
		// "Foreign Affairs spokesperson Maria Lopez", with no title given.
		if tn, ok := textName(src.Text); ok && containsAll(tn.words, personWords(s.name)) {
			q.title = tn.title
		}
	}
	if a.Content != nil {
		q.content = a.Content.Text
	}
	q.gender = genderOf(src.Text)
	q.honorific = q.gender != "" && !pronounText(src.Text)
	if q.gender == "" {
		q.gender = genderOf(name)
		q.honorific = q.gender != ""
	}
	if len(src.Spans) > 0 {
		q.at = src.Spans[0][0]
	}
	q.subject = subjectGender(q.content)
	q.described = s.kind == whosaid.Person && describes(src.Text, s.name)
	return q, true
}

// subjectGender is the gender of a he or she that opens a content: "she
// would decide after the Games" -> f.
func subjectGender(content string) string {
	ws := strings.Fields(content)
	if len(ws) == 0 {
		return ""
	}
	switch strings.ToLower(strings.Trim(ws[0], "\"“‘'")) {
	case "he":
		return "m"
	case "she":
		return "f"
	}
	return ""
}

// describes says whether a person's source text is a definite
// description that holds no word of the name it was resolved to: "The
// 28-year-old", not "Head coach José Carvalho".
func describes(text, name string) bool {
	ws := words(text)
	if len(ws) < 2 || ws[0] != "the" {
		return false
	}
	for _, w := range personWords(name) {
		if slices.Contains(ws, w) {
			return false
		}
	}
	return true
}

// genderOf is the gender that a source's text says, by its pronoun or
// its honorific: "he", "Mr. Sharma" -> m; "she", "Ms. Trump" -> f.
func genderOf(text string) string {
	ws := words(text)
	if len(ws) == 0 {
		return ""
	}
	switch ws[0] {
	case "he", "him", "his", "mr", "sir", "messrs", "lord", "king", "prince":
		return "m"
	case "she", "her", "hers", "mrs", "ms", "miss", "dame", "lady", "queen", "princess", "mme", "mlle":
		return "f"
	}
	return ""
}

// turn says whether a source is a speaker's turn in a transcript: in
// capitals, at the start of a line, followed by a colon.
func turn(src *whosaid.Source, text string) bool {
	if len(src.Spans) != 1 || !isUpperWord(src.Text) {
		return false
	}
	s, e := src.Spans[0][0], src.Spans[0][1]
	if e >= len(text) || text[e] != ':' || s > len(text) {
		return false
	}
	return s == 0 || text[s-1] == '\n'
}

// group is the quotes of one speaker in a document, joined by link.
type group struct {
	parent int
	kind   whosaid.Kind
	name   string   // the fullest name, as written
	folded []string // its words as its kind folds them
	gen    string
	title  string
	at     int
	ats    []int // the offsets of all its quotes
	// definite: a definite description; none: one that stands for nobody
	// named in the document; pronoun: a pronoun to resolve again.
	definite, none, pronoun bool
	// subject: the gender that the pronoun opening its first quote's
	// content gives it; resolved: for a described person ("The
	// 28-year-old"), the name the extractor resolved it to.
	subject  string
	resolved []string
	// The quotes that give a gender: by an honorific, and by a pronoun
	// (which counts when two say so and none says otherwise).
	male, female, heMale, sheFemale int
}

func (g *group) mention(d Doc) Mention {
	m := Mention{Name: g.name, Kind: g.kind, Title: g.title, Date: d.Published, Doc: d.ID, Outlet: d.Outlet}
	if g.kind == whosaid.Person {
		m.Gender = genderOfGroup(g)
	}
	return m
}

func find(gs []group, i int) int {
	for gs[i].parent != i {
		gs[i].parent = gs[gs[i].parent].parent
		i = gs[i].parent
	}
	return i
}

// join puts group b into group a, keeping a's name unless b's is fuller.
func join(gs []group, a, b int) {
	a, b = find(gs, a), find(gs, b)
	if a == b {
		return
	}
	if gs[a].kind == gs[b].kind && len(gs[b].folded) > len(gs[a].folded) {
		gs[a].name, gs[a].folded, gs[a].gen = gs[b].name, gs[b].folded, gs[b].gen
	}
	if gs[a].title == "" {
		gs[a].title = gs[b].title
	}
	gs[a].at = min(gs[a].at, gs[b].at)
	gs[a].ats = append(gs[a].ats, gs[b].ats...)
	gs[a].male += gs[b].male
	gs[a].female += gs[b].female
	gs[a].heMale += gs[b].heMale
	gs[a].sheFemale += gs[b].sheFemale
	gs[a].definite, gs[a].none = gs[a].definite && gs[b].definite, gs[a].none && gs[b].none
	gs[b].parent = a
}

// groupQuotes puts the quotes of one kind and folded name together.
func groupQuotes(qs []quote) (gs []group, of []int) {
	type key struct {
		kind whosaid.Kind
		name string
	}
	index := map[key]int{}
	of = make([]int, len(qs))
	for i, q := range qs {
		folded := nameWords(q.src.name, q.src.kind)
		gen := ""
		if q.src.kind == whosaid.Person {
			gen = generation(q.src.name)
		}
		k := key{q.src.kind, strings.Join(folded, " ") + "/" + gen}
		checked := q.described && q.subject != ""
		if q.src.pronoun || checked {
			k.name = fmt.Sprintf("pronoun %d", i) // each resolves on its own
		}
		j, ok := index[k]
		if !ok {
			j = len(gs)
			index[k] = j
			gs = append(gs, group{parent: j, kind: q.src.kind, name: q.src.name, folded: folded, gen: gen,
				title: q.title, at: q.at, definite: q.src.definite, pronoun: q.src.pronoun})
			gs[j].subject = q.subject
			if checked {
				gs[j].definite, gs[j].resolved = true, folded
			}
		} else if gs[j].title == "" {
			gs[j].title = q.title
		}
		switch {
		case q.gender == "m" && q.honorific:
			gs[j].male++
		case q.gender == "f" && q.honorific:
			gs[j].female++
		case q.gender == "m":
			gs[j].heMale++
		case q.gender == "f":
			gs[j].sheFemale++
		}
		gs[j].ats = append(gs[j].ats, q.at)
		of[i] = j
	}
	return gs, of
}

// link joins the groups of a document that are one speaker.
func link(gs []group, qs []quote, text string) {
	// Person names: a shorter name to the one fuller name it fits.
	for i := range gs {
		if gs[i].kind != whosaid.Person || gs[i].definite {
			continue
		}
		fits := -1
		for j := range gs {
			if j == i || gs[j].kind != whosaid.Person || gs[j].definite || len(gs[j].folded) <= len(gs[i].folded) {
				continue
			}
			if gs[i].gen != "" && gs[j].gen != gs[i].gen {
				continue
			}
			if !shortFits(gs[i].folded, gs[j].folded) || titlesApart(gs[i].title, gs[j].title) ||
				gendersApart(&gs[i], &gs[j]) {
				continue
			}
			if fits >= 0 && find(gs, fits) != find(gs, j) {
				fits = -2 // two people it may be: "Brisco" with Sr. and Jr.
				break
			}
			fits = j
		}
		if fits >= 0 {
			join(gs, fits, i)
		}
	}
	// A name that is an organisation's of the document without its last
	// word ("Ashvin" of "Ashvin Systems", "The Royal Wessex" of the
	// "Royal Wessex Theatre"), or its abbreviation ("The AEC").
	for i := range gs {
		if gs[i].definite || gs[i].kind == whosaid.Anonymous || find(gs, i) != i || len(gs[i].folded) == 0 {
			continue
		}
		if gs[i].kind == whosaid.Person && (hasPersonNamed(gs, i, gs[i].folded[0]) || gs[i].title != "" || nameGender(gs[i].folded[0]) != "") {
			continue // "Clinton", former president, and the Clinton Foundation
		}
		target := -1
		for j := range gs {
			if j == i || gs[j].kind != whosaid.Organization || gs[j].definite || len(gs[j].folded) < 2 {
				continue
			}
			f := gs[j].folded
			short := len(f) == len(gs[i].folded)+1 && slices.Equal(f[:len(f)-1], gs[i].folded) && orgWords[f[len(f)-1]]
			if short || len(gs[i].folded) == 1 && slices.Contains(acronyms(gs[j].name), gs[i].folded[0]) {
				if target >= 0 && find(gs, target) != find(gs, j) {
					target = -2
					break
				}
				target = j
			}
		}
		if target >= 0 {
			gs[i].kind = whosaid.Organization
			join(gs, target, i)
		}
	}
	// Definite descriptions: the one speaker of the document they can
	// stand for, else nobody.
	for i := range gs {
		if !gs[i].definite || find(gs, i) != i {
			continue
		}
		if gs[i].resolved != nil {
			join(gs, agreeing(gs, i), i)
			continue
		}
		if j := referent(gs, i); j >= 0 {
			join(gs, j, i)
			continue
		}
		if ledeReferent(gs, i, text) {
			continue
		}
		gs[i].none = true
	}
}

// agreeing is the person a described source ("The 28-year-old said she
// ...") stands for: the one the extractor resolved it to, unless its
// gender disagrees with the pronoun that opens what was said, then the
// person of that gender quoted latest before it, if one.
func agreeing(gs []group, i int) int {
	named := -1
	for j := range gs {
		if j != i && !gs[j].definite && gs[j].kind == whosaid.Person && slices.Equal(gs[j].folded, gs[i].resolved) {
			named = find(gs, j)
			break
		}
	}
	if named >= 0 {
		if g := genderOfGroup(&gs[named]); g == "" || g == gs[i].subject {
			return named
		}
	}
	if j := preceding(gs, i, func(c *group) bool {
		return c.kind == whosaid.Person && genderOfGroup(c) == gs[i].subject
	}); j >= 0 {
		return j
	}
	if named >= 0 {
		return named
	}
	// The named person is quoted nowhere else: the description is theirs.
	gs[i].definite, gs[i].resolved = false, nil
	return i
}

// ledeReferent gives a description of a company, club or team that no
// speaker of the document stands for the organisation that the story's
// lede is about ("Lumenary said ... the company said"), joining it to
// the group of that name if there is one: a name the extractor took for
// a person's, with no given name, title or gender of one, is the
// organisation's. false when the lede names none.
func ledeReferent(gs []group, i int, text string) bool {
	d := gs[i].folded
	if gs[i].kind != whosaid.Organization || len(d) == 0 || !anyOrganization[singular(d[len(d)-1])] {
		return false
	}
	isPerson := func(ws []string) bool {
		for j := range gs {
			if gs[j].kind == whosaid.Person && len(gs[j].folded) > 1 && slices.ContainsFunc(ws, func(w string) bool { return slices.Contains(gs[j].folded, w) }) {
				return true
			}
		}
		return false
	}
	name := ledeOrganization(text, isPerson)
	if name == "" {
		return false
	}
	folded := orgWordsOf(name)
	for j := range gs {
		g := &gs[find(gs, j)]
		if j == i || gs[j].definite || !slices.Equal(gs[j].folded, folded) {
			continue
		}
		switch {
		case g.kind == whosaid.Organization:
		case g.kind == whosaid.Person && g.title == "" && genderOfGroup(g) == "":
			g.kind = whosaid.Organization
		default:
			continue
		}
		join(gs, find(gs, j), i)
		return true
	}
	gs[i].name, gs[i].folded, gs[i].definite = name, folded, false
	return true
}

// titlesApart says whether two titles are both given and share no
// telling word ("former president", "former first lady").
func titlesApart(a, b string) bool {
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

// gendersApart says whether two groups are of different genders, by
// their honorifics and pronouns ("Mrs Lockhart" and "Graham Lockhart").
func gendersApart(a, b *group) bool {
	ga := genderOfGroup(a)
	gb := genderOfGroup(b)
	return ga != "" && gb != "" && ga != gb
}

// genderOfGroup is the gender of a speaker of a document: by its
// honorifics, else by two pronouns or more and none against, else by
// its given name.
func genderOfGroup(g *group) string {
	switch {
	case g.male > 0 && g.female == 0:
		return "m"
	case g.female > 0 && g.male == 0:
		return "f"
	case g.male > 0:
		return ""
	case g.heMale >= 2 && g.sheFemale == 0:
		return "m"
	case g.sheFemale >= 2 && g.heMale == 0:
		return "f"
	case len(g.folded) > 1:
		return nameGender(g.folded[0])
	}
	return ""
}

// nameGender is the gender of a common given name, "" for others.
func nameGender(w string) string {
	switch {
	case maleNames[w]:
		return "m"
	case femaleNames[w]:
		return "f"
	}
	return ""
}

// shortFits says whether a shorter person name is a longer one with
// words left out: "Morrow" of "Katherine Morrow", "Nigel" of "Nigel
// Ashcombe", "Bill Draper" of "William Bill Draper".
func shortFits(short, long []string) bool {
	if len(short) == 1 {
		return short[0] == long[len(long)-1] || givenNamesMatch(short[0], long[0]) && len(short[0]) > 1
	}
	n, ok := fit(short, long)
	return ok && n == len(short)
}

func hasPersonNamed(gs []group, i int, w string) bool {
	for j := range gs {
		if j != i && gs[j].kind == whosaid.Person && len(gs[j].folded) > 1 && slices.Contains(gs[j].folded, w) {
			return true
		}
	}
	return false
}

// referent is the group a definite description stands for, -1 for none:
// an organisation whose name ends with its head noun ("the theatre", the
// "Royal Wessex Theatre"), or a company, club or team when the document
// names one only; a person whose title shares its head ("the Rovers
// manager"), or the one person the document names.
func referent(gs []group, i int) int {
	d := gs[i].folded
	if len(d) == 0 {
		return -1
	}
	head := singular(d[len(d)-1])
	one := func(ok func(g *group) bool) int {
		found := -1
		for j := range gs {
			g := &gs[j]
			if j == i || g.definite || find(gs, j) != j || !ok(g) {
				continue
			}
			if found >= 0 {
				return -2
			}
			found = j
		}
		return found
	}
	if gs[i].kind == whosaid.Organization {
		j := one(func(g *group) bool {
			return g.kind == whosaid.Organization && len(g.folded) > 0 && singular(g.folded[len(g.folded)-1]) == head
		})
		if j == -1 && (anyOrganization[head] || laterOrganization[head]) {
			// "The SRWU said ... the union said": the organisation of the
			// latest quote before it, unless a place (a government).
			isOrg := func(g *group) bool { return g.kind == whosaid.Organization && !place(g.folded) }
			ofHead := isOrg
			if headInName[head] {
				// "The league" is no club, "the nurses' association" no
				// hospital: a body of this kind is named so, or by an
				// abbreviation ("the SRWU").
				ofHead = func(g *group) bool {
					return isOrg(g) && (slices.Contains(g.folded, head) || len(g.folded) == 1 && acronym(g.name))
				}
			}
			if j = preceding(gs, i, ofHead); j < 0 && anyOrganization[head] {
				// "The company said ... PayLagos said": a company, club
				// or team that the document names later.
				j = following(gs, i, isOrg)
			}
		}
		return max(j, -1)
	}
	if gs[i].kind != whosaid.Anonymous {
		return -1
	}
	if gs[i].pronoun {
		// "he", "she": the person of the latest quote before it, of
		// the pronoun's gender.
		g := genderOf(gs[i].name)
		return preceding(gs, i, func(c *group) bool {
			gc := genderOfGroup(c)
			return c.kind == whosaid.Person && (g == "" || gc == "" || gc == g)
		})
	}
	if !personHead(head) {
		return -1
	}
	j := one(func(g *group) bool {
		return g.kind == whosaid.Person && slices.Contains(titleWords(g.title), headWord(head))
	})
	if j == -1 {
		// "Ndlovu said ... the Rovers manager said": the person of the
		// latest quote before it.
		j = preceding(gs, i, func(c *group) bool { return c.kind == whosaid.Person })
	}
	if j == -1 && gs[i].subject != "" {
		// "the owner says she ... Ms Nguyen said": in a lede, the person
		// named after it whom the pronoun of what was said agrees with.
		j = following(gs, i, func(c *group) bool { return c.kind == whosaid.Person && genderOfGroup(c) == gs[i].subject })
	}
	return max(j, -1)
}

// preceding is the group that ok accepts with the latest quote before
// group i's first quote, -1 for none.
func preceding(gs []group, i int, ok func(g *group) bool) int {
	best, at := -1, -1
	for j := range gs {
		g := &gs[j]
		if j == i || g.definite || find(gs, j) != j || !ok(g) {
			continue
		}
		for _, a := range gs[j].ats {
			if a < gs[i].at && a > at {
				best, at = j, a
			}
		}
	}
	// A group joined into another stands for it.
	for j := range gs {
		if j != i && !gs[j].definite && find(gs, j) != j && ok(&gs[find(gs, j)]) {
			for _, a := range gs[j].ats {
				if a < gs[i].at && a > at {
					best, at = find(gs, j), a
				}
			}
		}
	}
	return best
}

// following is the group that ok accepts with the earliest quote after
// group i's first quote, -1 for none.
func following(gs []group, i int, ok func(g *group) bool) int {
	best, at := -1, -1
	for j := range gs {
		r := find(gs, j)
		if j == i || gs[j].definite || !ok(&gs[r]) {
			continue
		}
		for _, a := range gs[j].ats {
			if a > gs[i].at && (at < 0 || a < at) {
				best, at = r, a
			}
		}
	}
	return best
}

// personHead says whether a description's head names a person: a role
// ("the managing director"), an age ("the 28-year-old"), a person noun.
func personHead(w string) bool {
	return roleWords[w] || leadingTitles[w] || personNouns[w]
}

// personNouns are heads of descriptions of a person that are no roles.
var personNouns = set("man", "woman", "boy", "girl", "person", "old", "lady", "gentleman",
	"source", "insider", "veteran", "newcomer", "rookie", "youngster", "teenager", "mother",
	"father", "widow", "victim", "survivor", "witness", "resident", "native")

// laterOrganization are the heads of descriptions that stand for an
// organisation named just before: "the union", "the league".
var laterOrganization = set("union", "league", "council", "association", "federation", "party",
	"campaign", "agency", "institute", "foundation", "trust", "network", "studio", "label", "squad")

// headInName are the heads of descriptions of bodies whose names say
// what they are: "the Professional Football League", "the Royal College
// of Nursing" is not "the union".
var headInName = set("union", "league", "council", "association", "federation", "institute",
	"foundation", "trust")

// headWord writes a title's abbreviation out, as titleWords does.
func headWord(w string) string {
	if full, ok := titleAbbreviations[w]; ok {
		return full
	}
	return w
}

// anyOrganization are the heads of descriptions that stand for whatever
// organisation the document is about: "the company", "the club".
var anyOrganization = set("company", "firm", "club", "team", "franchise", "business", "startup",
	"group", "organization", "organisation", "charity", "side")

// addEvidence gives each mention its context: the proper nouns of the
// document, the names of the other speakers and the outlet, without the
// words of its own name. What was said is left out: its common words
// ("housing", "vote") are shared by namesakes as much as by one person.
func addEvidence(ms []Mention, d Doc) {
	nouns := properNouns(d.Text)
	topic := topicWords(d.Text)
	places := placesOf(d.Text, nouns)
	outlet := ""
	if ws := words(d.Outlet); len(ws) > 0 {
		outlet = "@" + strings.Join(ws, "")
	}
	for j := range ms {
		m := &ms[j]
		own := map[string]bool{}
		for _, w := range words(m.Name) {
			own[w] = true
		}
		var ev []string
		add := func(w string) {
			if len(w) > 2 && !own[w] && !stopWords[w] && !functionWords[w] && !leadingJunk[w] {
				ev = append(ev, w)
			}
		}
		for _, w := range nouns {
			add(w)
		}
		for k := range ms {
			if k != j && ms[k].Kind != whosaid.Anonymous {
				for _, w := range words(ms[k].Name) {
					add(w)
				}
			}
		}
		slices.Sort(ev)
		ev = slices.Compact(ev)
		if len(ev) > maxContextWords {
			ev = ev[:maxContextWords]
		}
		ev = append(ev, topic...)
		ev = append(ev, places...)
		if outlet != "" {
			ev = append(ev, outlet)
		}
		m.Evidence = ev
		m.contents = nil
	}
}

// placesOf are the places a text is about, marked as such: its dateline
// ("HONG KONG —") and the countries, states and cities among its proper
// nouns. Two namesakes are often told apart by them.
func placesOf(text string, nouns []string) []string {
	var out []string
	if i := strings.IndexAny(text, "—–:"); i > 0 && i < 60 {
		line := text[:i]
		if j := strings.LastIndexByte(line, '\n'); j >= 0 {
			line = line[j+1:]
		}
		if line = strings.TrimSpace(stripAbbrev(line)); line != "" && isUpperWord(line) {
			out = append(out, placeToken+strings.Join(words(line), " "))
		}
	}
	for i, w := range nouns {
		if placeWords[w] {
			out = append(out, placeToken+w)
		}
		if i+1 < len(nouns) && placePairs[w+" "+nouns[i+1]] {
			out = append(out, placeToken+w+" "+nouns[i+1])
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// topicWords are the most frequent common words of a text, of five
// letters or more, marked as topic: what a story is about ("strike",
// "union"), which two mentions of one person in two outlets share, and
// two namesakes less often.
func topicWords(text string) []string {
	count := map[string]int{}
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if len(f) < 5 || !unicode.IsLower([]rune(f)[0]) {
			continue
		}
		w := singular(strings.ToLower(f))
		if stopWords[w] || functionWords[w] || leadingJunk[w] || headlineVerbs[w] {
			continue
		}
		count[w]++
	}
	ws := make([]string, 0, len(count))
	for w := range count {
		ws = append(ws, w)
	}
	slices.SortFunc(ws, func(a, b string) int {
		if count[a] != count[b] {
			return count[b] - count[a]
		}
		return strings.Compare(a, b)
	})
	if len(ws) > maxTopicWords {
		ws = ws[:maxTopicWords]
	}
	for i, w := range ws {
		ws[i] = topicToken + w
	}
	return ws
}

// maxTopicWords bounds the topic words a mention brings.
const maxTopicWords = 30

// maxContextWords bounds the words a mention brings as evidence.
const maxContextWords = 80

// properNouns are the folded words of a text written with a capital away
// from the start of a sentence, and the words of its capitalised lines
// (datelines): the places, people and bodies it is about.
func properNouns(text string) []string {
	var out []string
	start := true // at the start of a sentence
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			switch r {
			case '.', '!', '?', '\n', '"', '“', ':', '—':
				start = true
			}
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-' {
				break
			}
			j += n
		}
		w := text[i:j]
		if capitalized(w) && (!start || (isUpperWord(w) && len(w) > 2)) {
			out = append(out, words(w)...)
		}
		start = false
		i = j
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// SourceName is what the extractor named the source of an attribution:
// its kind and its speaker's name (an anonymous source's description),
// as stored with the attribution; false when it has no source. It is
// how corrections know a mention again after a recanon or a re-ingest.
func SourceName(a *whosaid.Attribution) (whosaid.Kind, string, bool) {
	src := a.Source
	if src == nil {
		return "", "", false
	}
	name := src.Speaker
	if src.Kind == whosaid.Anonymous && src.Description != "" {
		name = src.Description
	}
	if name == "" {
		name = src.Text
	}
	return src.Kind, name, name != ""
}
