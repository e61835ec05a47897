package canon

import (
	"slices"
	"strings"
	"unicode"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/internal/lexicon"
)

// A source as the canonicaliser takes it, once its name is cleaned and
// checked: what the extractor gave can be a pronoun ("his"), a dateline
// ("MOORHEAD"), a title in a name ("Legislator David Chen"), a group
// typed as a person ("Democrats"), a place ("Trump Tower").
type source struct {
	name  string // the cleaned name or description, as written
	kind  whosaid.Kind
	title string // the title found in the name, when the source has none
	// definite: a definite description ("the company", "the Rovers
	// manager") that stands for a speaker named in the same document, and
	// for nobody when none is found there.
	definite bool
	// pronoun: "he" or "she" that the extractor resolved to no person's
	// name ("U S", "Castlebridge United"): it stands for the person of
	// the document the pronoun can stand for, if one.
	pronoun bool
}

// cleanSource cleans and checks the name of a source of the given kind;
// false when it names nobody. text is the source's text in the document,
// turn says it is a speaker's turn in a transcript ("KESSLER:").
func cleanSource(name string, kind whosaid.Kind, text string, turn bool) (source, bool) {
	name = strings.TrimSpace(name)
	if pronounText(text) {
		// A pronoun source counts only when the document resolved it to
		// a name, and a he or she to a person's.
		src, ok := cleanSource(name, kind, "", false)
		he := personPronouns[words(text)[0]]
		switch {
		case he && (!ok || src.kind != whosaid.Person) && !pronounText(name) && name != "":
			return source{name: text, kind: whosaid.Anonymous, definite: true, pronoun: true}, true
		case !ok || pronounText(name) || (he && src.kind != whosaid.Person):
			return source{}, false
		}
		return src, true
	}
	if turn && isUpperWord(text) {
		kind = whosaid.Person // "HALVORSEN:", "SEN. HARWOOD:"
		if name == "" || !isUpperWord(name) {
			name = text
		}
	}
	if dateline(name, text) {
		name, kind = afterDateline(text), whosaid.Person
	}
	ws := words(name)
	if len(ws) == 0 || allIn(ws, functionWords) {
		return source{}, false
	}
	// The text may name the source better than the extractor did: in
	// full ("Pieter van der Berg" for "Berg"), or as a person named after
	// a title in what it took for an organisation ("Ministry of External
	// Affairs spokesperson Arvind Kulkarni").
	if tn, ok := textName(text); ok {
		sp := personWords(name)
		switch {
		case kind == whosaid.Person && len(tn.words) > len(sp) && containsAll(tn.words, sp):
			name = tn.name
		case kind == whosaid.Person && textNamesAnother(tn, sp, text):
			// The text names someone else than the extractor resolved it
			// to: "Graham Lockhart" or "Mr Lockhart" taken for Fiona
			// Lockhart. The text is right.
			name = tn.name
		case kind != whosaid.Person && tn.title != "" && len(tn.words) >= 2:
			return source{name: tn.name, kind: whosaid.Person, title: tn.title}, true
		}
	}
	// "the Australian Institute of Marine Ecology", which the extractor
	// named "Australian Institute".
	if kind == whosaid.Organization {
		if full := orgFromText(text); len(orgWordsOf(full)) > len(orgWordsOf(name)) && hasPrefix(orgWordsOf(full), orgWordsOf(name)) {
			name = full
		}
	}
	if kind == whosaid.Anonymous {
		if ts := tokens(name); len(ts) == 1 && acronym(ts[0].text) {
			kind = whosaid.Organization // "AIME"
		}
		if p, ok := personInDescription(text, name); ok {
			return p, true
		}
	}
	if kind == whosaid.Organization && commonHeaded(text) && containsAll(words(text), words(name)) {
		// "the Minneapolis company": a proper modifier makes no name.
		// A name the extractor resolved it to ("the council" to the
		// "National Health Research Council") is kept.
		return source{name: name, kind: whosaid.Organization, definite: true}, true
	}
	switch kind {
	case whosaid.Person:
		return cleanPerson(name)
	case whosaid.Organization:
		return cleanOrganization(name)
	case whosaid.Anonymous:
		return cleanDescription(name)
	}
	return source{}, false
}

// personInDescription finds the person that the extractor left in an
// anonymous description: "Brisco Jr., whose father", "Walter Brisco Jr.,
// the former quarterback". Only a name that says it is one counts: a
// generation suffix, or a common given name and a surname.
func personInDescription(text, name string) (source, bool) {
	if text == "" {
		text = name
	}
	tn, ok := textName(text)
	if !ok || len(tn.words) == 0 {
		return source{}, false
	}
	if generation(tn.name) == "" && (len(tn.words) < 2 || nameGender(tn.words[0]) == "") {
		return source{}, false
	}
	p, ok := cleanPerson(tn.name)
	if !ok || p.kind != whosaid.Person {
		return source{}, false
	}
	if p.title == "" {
		p.title = tn.title
	}
	return p, true
}

// commonHeaded says whether a source's text is a definite description
// whose head is a common noun of an organisation, whatever proper words
// modify it: "the Minneapolis company", "the Dutch club".
func commonHeaded(text string) bool {
	ts := tokens(strings.TrimSpace(text))
	if len(ts) < 2 || ts[0].text != "the" {
		return false
	}
	head := ts[len(ts)-1]
	return !capitalized(head.text) && (genericOrg[head.fold] || anyOrganization[head.fold])
}

// textNamesAnother says whether a person's name read in a source's text
// is not the speaker the extractor resolved it to: another given name
// with the same surname, or an honorific of the other gender than the
// speaker's given name.
func textNamesAnother(tn named, speaker []string, text string) bool {
	if len(tn.words) == 0 || len(speaker) < 2 || tn.words[len(tn.words)-1] != speaker[len(speaker)-1] {
		return false
	}
	if len(tn.words) >= 2 {
		return !givenNamesMatch(tn.words[0], speaker[0]) && !slices.Contains(speaker, tn.words[0])
	}
	g, sg := genderOf(text), nameGender(speaker[0])
	return g != "" && sg != "" && g != sg
}

// named is a person's name found in a source's text.
type named struct {
	name, title string
	words       []string
}

// textName reads a person's name in a source's text: after a dateline,
// before an apposition or a relative clause, after a title ("Deputy
// Chief William "Bill" Draper, a 22-year member of the company" ->
// William Bill Draper, Deputy Chief). false when the text holds no such
// name: a word in lower case or of an organisation in it, or more than
// four words.
func textName(text string) (named, bool) {
	t := withoutBrackets(text)
	for _, dash := range []string{" — ", " – ", " -- ", ": "} {
		if i := strings.Index(t, dash); i > 0 && i < 40 && capitalized(t) && !strings.ContainsFunc(stripAbbrev(t[:i]), unicode.IsLower) {
			t = t[i+len(dash):]
		}
	}
	for _, stop := range []string{",", " (", " who ", " which ", ";", " said", " says"} {
		if i := strings.Index(t, stop); i >= 0 {
			t = t[:i]
		}
	}
	ts := tokens(t)
	if len(ts) == 0 {
		return named{}, false
	}
	nameTs, titleTs := splitTitle(ts)
	if len(nameTs) == 0 || len(nameTs) > 4 {
		return named{}, false
	}
	var ws []string
	for i, tk := range nameTs {
		switch {
		case particles[tk.fold] && i < len(nameTs)-1:
		case !capitalized(tk.text) || orgWords[tk.fold] || headlineVerbs[tk.fold] || functionWords[tk.fold] || placeWords[tk.fold]:
			return named{}, false
		}
		ws = append(ws, words(tk.text)...)
	}
	n := named{name: joinTokens(nameTs), title: cleanTitle(joinTokens(titleTs)), words: ws}
	for len(n.words) > 1 && suffixes[n.words[len(n.words)-1]] {
		n.words = n.words[:len(n.words)-1]
	}
	return n, true
}

// withoutBrackets drops the bracketed parts of a text: "Ministry of
// External Affairs (MEA) spokesperson".
func withoutBrackets(s string) string {
	for {
		i := strings.IndexByte(s, '(')
		if i < 0 {
			return s
		}
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			return s
		}
		s = strings.TrimRight(s[:i], " ") + " " + strings.TrimLeft(s[i+j+1:], " ")
	}
}

// orgFromText is the name of an organisation in a source's text: its
// capitalised words and their "of", "and", "for", to the first comma.
func orgFromText(text string) string {
	t := withoutBrackets(text)
	if i := strings.IndexByte(t, ','); i >= 0 {
		t = t[:i]
	}
	ts := tokens(t)
	for len(ts) > 0 && (ts[0].fold == "the" || ts[0].fold == "a") {
		ts = ts[1:]
	}
	for i, tk := range ts {
		if !capitalized(tk.text) && !(i > 0 && i < len(ts)-1 && (tk.fold == "of" || tk.fold == "and" || tk.fold == "for" || tk.fold == "on")) {
			return ""
		}
	}
	return joinTokens(ts)
}

func hasPrefix(ws, prefix []string) bool {
	return len(ws) >= len(prefix) && slices.Equal(ws[:len(prefix)], prefix)
}

// stripAbbrev drops the abbreviations of a dateline ("MOORHEAD, Minn.")
// so that only its capitals are left to check.
func stripAbbrev(s string) string {
	var out []string
	for _, f := range strings.Fields(s) {
		if !strings.HasSuffix(strings.TrimRight(f, ","), ".") {
			out = append(out, f)
		}
	}
	return strings.Join(out, " ")
}

func containsAll(have, want []string) bool {
	for _, w := range want {
		if !slices.Contains(have, w) {
			return false
		}
	}
	return true
}

// pronounText says whether a source's text is a pronoun.
func pronounText(text string) bool {
	ws := words(text)
	return len(ws) == 1 && pronouns[ws[0]]
}

// dateline says whether the extractor took a dateline for the name of a
// source: an upper-case name that opens a source text in mixed case and
// is followed by a dash ("LAUTOKA — Anil Sharma, ...").
func dateline(name, text string) bool {
	if name == "" || strings.ToUpper(name) != name || strings.ToLower(name) == name || strings.ToUpper(text) == text {
		return false
	}
	rest, ok := strings.CutPrefix(text, name)
	if !ok {
		return false
	}
	// "MOORHEAD, Minn. — Sen. Margaret Halvorsen": a state may follow.
	if strings.HasPrefix(rest, ": ") && len(rest) > 3 {
		return true // "BENGALURU: Ashvin Systems"
	}
	i := strings.IndexAny(rest, "—–")
	if j := strings.Index(rest, "--"); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	return i >= 0 && i < 16 && !strings.ContainsFunc(stripAbbrev(strings.TrimLeft(rest[:i], " ,")), unicode.IsLower)
}

// afterDateline is the name that follows a dateline in a source text, to
// its first comma.
func afterDateline(text string) string {
	i := strings.IndexAny(text, "—–:")
	if j := strings.Index(text, "--"); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	rest := strings.TrimLeft(text[i:], "—–-: ")
	if j := strings.IndexByte(rest, ','); j >= 0 {
		rest = rest[:j]
	}
	return strings.TrimSpace(rest)
}

// token is one word of a name as written, with its folded form.
type token struct {
	text, fold string
}

func tokens(name string) []token {
	var out []token
	for _, f := range strings.Fields(name) {
		f = strings.Trim(f, ",;:()[]\"“”")
		if f == "" {
			continue
		}
		ws := words(f)
		out = append(out, token{f, strings.Join(ws, "")})
	}
	return out
}

func joinTokens(ts []token) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = t.text
	}
	return strings.Join(parts, " ")
}

// capitalized says whether a word is written as a word of a name: a
// capital first, or a surname with its particle ("al-Mansouri",
// "kaMpofu"), as the resolver reads it.
func capitalized(s string) bool { return lexicon.NameWord(s) }

// particles are the lower-case words of names: "de la Cruz", "van der Berg".
var particles = set("de", "la", "le", "du", "del", "della", "der", "den", "van", "von", "da", "di",
	"dos", "das", "bin", "ibn", "al", "el", "ter", "ten", "y", "e", "mac", "st")

// splitTitle takes off the start of a person's name the words that are no
// part of it: conjunctions, months and honorifics ("So Donald Trump"),
// and the title before the name ("Ohio House Speaker William J.
// Tennant", "Secretary for Transport and Housing Wong Ka-ming"); and off
// its end the party and state tags ("Bernie Sanders I-Vt"). It returns
// the name and the title it took off.
func splitTitle(ts []token) (name []token, title []token) {
	for len(ts) > 1 && (leadingJunk[ts[0].fold] || honorifics[ts[0].fold] ||
		(!capitalized(ts[0].text) && !particles[ts[0].fold] && !isUpperWord(ts[len(ts)-1].text))) {
		ts = ts[1:]
	}
	// The last title word before the name ends the title; a title proper
	// ("Sen.", "President") may leave a bare surname, a descriptor
	// ("Republican", "Producer") leaves two words at least.
	cut := 0
	for k := 0; k < len(ts)-1; k++ {
		t := ts[k]
		left := len(ts) - 1 - k
		switch {
		case leadingTitles[t.fold] && left >= 1, (descriptors[t.fold] || roleWords[t.fold] || titleWordsIn(t.text) || hyphenAdjective(t.text)) && left >= 1 && (left >= 2 || hyphenAdjective(t.text)),
			acronym(t.text) && left >= 3 && roleWords[ts[k+1].fold],
			// a rank's letters before a name in mixed case: "DCP Rajesh
			// Kumar", "DSP Funmilayo Adeyinka"
			k == 0 && left >= 2 && isUpperWord(t.text) && len(t.text) >= 3 && !isUpperWord(ts[1].text):
			cut = k + 1
			// "Secretary of State Rex Tillerson": the title runs on over
			// "of" and its capitalised words, leaving a name of two.
			if left > 2 && (ts[k+1].fold == "of" || ts[k+1].fold == "for") {
				for cut < len(ts)-2 && (capitalized(ts[cut].text) || ts[cut].fold == "of" || ts[cut].fold == "for" || ts[cut].fold == "and" || ts[cut].fold == "the") {
					cut++
				}
				k = cut - 1
			}
		}
	}
	title, ts = ts[:cut], ts[cut:]
	for len(title) > 0 && honorifics[title[0].fold] {
		title = title[1:]
	}
	return trimTags(ts), title
}

// hyphenAdjective says whether a word is an adjective made with a
// hyphen: "Los Angeles-area", "Kentucky-born", "Texas-based".
func hyphenAdjective(s string) bool {
	i := strings.LastIndexAny(s, "-‑")
	if i <= 0 || i == len(s)-1 {
		return false
	}
	rest := s[i+1:]
	return strings.ToLower(rest) == rest && capitalized(s)
}

// titleWordsIn says whether a hyphenated word ends in a title word
// ("First-time MLA" does not; "vice-president" does).
func titleWordsIn(s string) bool {
	ws := words(s)
	return len(ws) > 1 && (roleWords[ws[len(ws)-1]] || leadingTitles[ws[len(ws)-1]])
}

// trimTags takes party and state tags off the end of a name, and the
// days and months that the extractor ran into it ("South Carolina
// Friday").
func trimTags(ts []token) []token {
	for len(ts) > 1 && dayOrMonth[ts[len(ts)-1].fold] {
		ts = ts[:len(ts)-1]
	}
	for len(ts) > 2 || (len(ts) == 2 && partyTag(ts[1].text)) {
		last := ts[len(ts)-1]
		if partyTag(last.text) || (len(ts) > 2 && stateTags[last.fold] && capitalized(last.text) && len(last.fold) <= 5 && !suffixes[last.fold]) {
			ts = ts[:len(ts)-1]
			continue
		}
		break
	}
	return ts
}

// partyTag says whether a word is a party and state tag: "R-Ky.", "I-Vt".
func partyTag(s string) bool {
	p, st, ok := strings.Cut(s, "-")
	return ok && partyLetters[strings.ToLower(p)] && stateTags[strings.ToLower(strings.Trim(st, "."))]
}

// acronym says whether a word is an abbreviation in capitals: "FAA",
// "U.S.".
func acronym(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.' || r == '&':
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 5
}

// isUpperWord says whether a word is in capitals (a transcript's names).
func isUpperWord(s string) bool {
	return strings.ToUpper(s) == s && strings.ToLower(s) != s
}

// cleanPerson cleans the name of a person source and checks that it is a
// person's.
func cleanPerson(name string) (source, bool) {
	ts := tokens(name)
	if len(ts) > 0 && !capitalized(ts[0].text) && allLower(ts) {
		return cleanDescription(name) // "the senator", typed a person
	}
	nameTs, titleTs := splitTitle(ts)
	if len(nameTs) == 0 {
		return source{}, false
	}
	// A word before a known given name that is none itself: "Crooked
	// Hillary Clinton", "Senators Mitch McConnell", "BlazeTV's Glenn Beck".
	if len(nameTs) >= 3 && nameGender(nameTs[0].fold) == "" && nameGender(nameTs[1].fold) != "" && !particles[nameTs[0].fold] {
		titleTs = append(titleTs, nameTs[0])
		nameTs = nameTs[1:]
	}
	src := source{name: joinTokens(nameTs), kind: whosaid.Person, title: joinTokens(titleTs)}
	folded := make([]string, len(nameTs))
	for i, t := range nameTs {
		folded[i] = t.fold
	}
	last := folded[len(folded)-1]
	switch {
	case allIn(folded, functionWords):
		return source{}, false
	case len(nameTs) == 1 && allIn(words(joinTokens(titleTs)), roleWords) && len(titleTs) > 0 && !capitalized(nameTs[0].text):
		return source{}, false
	case quantifiers[words(name)[0]] && (groupPlurals[last] || peoplePlurals[last]):
		return source{name: name, kind: whosaid.Anonymous}, true // "Other Republicans"
	case groupPlurals[last] && (len(folded) == 1 || capitalized(nameTs[0].text)):
		return source{name: joinTokens(nameTs), kind: whosaid.Organization}, true // "Democrats", "House Republicans"
	case peoplePlurals[last] || len(folded) == 1 && partyMembers[last]:
		return source{name: name, kind: whosaid.Anonymous}, true // "African Americans", "Republican"
	case headlineFragment(nameTs):
		return source{}, false
	case place(folded), len(folded) > 1 && placeWords[folded[0]] && paperWords[last]:
		return source{name: joinTokens(nameTs), kind: whosaid.Organization}, true // "Trump Tower", "USA Today"
	case len(folded) > 1 && orgHead(folded):
		return source{name: joinTokens(nameTs), kind: whosaid.Organization}, true
	case len(folded) == 1 && (brand(nameTs[0].text) || (orgWords[last] && !surnameLike[last])):
		return source{name: nameTs[0].text, kind: whosaid.Organization}, true
	case len(folded) > 1 && allSingleLetters(folded):
		return source{name: joinTokens(nameTs), kind: whosaid.Organization}, true // "C B O"
	case allDescriptive(folded):
		return source{name: name, kind: whosaid.Anonymous, definite: true}, true // "Home Secretary"
	}
	return src, true
}

// cleanOrganization cleans the name of an organisation source: a person
// named after a title is a person ("County Administrator Judy Nygaard"),
// and a common noun ("the company") is a definite description.
func cleanOrganization(name string) (source, bool) {
	ts := tokens(name)
	if p, ok := personAfterRole(ts); ok {
		return p, true
	}
	hasName := false
	for _, t := range ts {
		if capitalized(t.text) && !functionWords[t.fold] {
			hasName = true
		}
	}
	if !hasName {
		return source{name: name, kind: whosaid.Organization, definite: true}, true
	}
	if ws := orgWordsOf(name); len(ws) == 1 && genericOrg[ws[0]] {
		// "Ministry", "The Company": a common noun, capitalised.
		return source{name: name, kind: whosaid.Organization, definite: true}, true
	}
	return source{name: name, kind: whosaid.Organization}, true
}

// genericOrg are the common nouns that stand for an organisation of the
// document: "the company", "the club", "the ministry".
var genericOrg = set("company", "firm", "club", "team", "group", "organization", "organisation",
	"agency", "ministry", "department", "government", "administration", "council", "committee",
	"commission", "board", "union", "league", "federation", "association", "institute", "university",
	"hospital", "school", "college", "court", "bank", "campaign", "party", "office", "theatre",
	"theater", "museum", "charity", "foundation", "trust", "network", "station", "paper",
	"newspaper", "magazine", "channel", "police", "franchise", "studio", "business", "startup",
	"store", "shop", "restaurant", "center", "centre", "authority", "regulator", "service",
	"statement", "report", "poll", "polls", "survey", "study", "website", "site", "post", "letter",
	"document", "documents", "memo", "complaint", "lawsuit", "filing", "release", "record",
	"records", "data", "analysis", "research", "article", "story", "video", "footage", "tweet",
	"book", "program", "programme", "plan", "bill", "law", "ruling", "decision", "order",
	"department's", "county", "city", "state", "prosecution", "defence", "defense", "family",
	"community", "industry", "market", "markets", "media", "press", "estimate", "estimates",
	"forecast", "figures", "numbers", "statistics", "audit", "review", "inquiry", "investigation",
	"panel", "jury", "coalition", "alliance", "caucus", "majority", "minority", "opposition",
	"leadership", "management", "staff", "side", "camp", "spokesman", "lab", "laboratory")

// personAfterRole finds a person named after a title in what was typed an
// organisation: "County Administrator Judy Nygaard", "Ministry of
// External Affairs (MEA) spokesperson Arvind Kulkarni".
func personAfterRole(ts []token) (source, bool) {
	for i := len(ts) - 3; i >= 0; i-- {
		if !roleWords[ts[i].fold] || capitalized(ts[i+1].text) == false {
			continue
		}
		rest := ts[i+1:]
		if len(rest) > 3 {
			return source{}, false
		}
		for _, t := range rest {
			if !capitalized(t.text) || (orgWords[t.fold] && !surnameLike[t.fold]) || functionWords[t.fold] {
				return source{}, false
			}
		}
		return source{name: joinTokens(rest), kind: whosaid.Person, title: joinTokens(ts[:i+1])}, true
	}
	return source{}, false
}

// cleanDescription cleans the description of an anonymous source: a
// party alone is the party ("Democrats"), a definite singular description
// stands for someone of the document ("the senator").
func cleanDescription(d string) (source, bool) {
	ws := words(d)
	rest := ws
	for len(rest) > 0 && (determiners[rest[0]] || rest[0] == "the") {
		rest = rest[1:]
	}
	if len(rest) == 0 || allIn(rest, functionWords) {
		return source{}, false
	}
	if len(rest) == 1 && groupPlurals[rest[0]] && (len(ws) == 1 || ws[0] == "the") {
		return source{name: strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(d, "the "), "The ")), kind: whosaid.Organization}, true
	}
	head := rest[len(rest)-1]
	definite := (ws[0] == "the" || ws[0] == "this" || ws[0] == "that") && singular(head) == head && !notCountable[head]
	if definite && (genericOrg[head] || anyOrganization[head]) {
		return source{name: d, kind: whosaid.Organization, definite: true}, true // "the label", "the Dutch squad"
	}
	return source{name: d, kind: whosaid.Anonymous, definite: definite}, true
}

// notCountable are heads of descriptions that are groups, not one person.
var notCountable = set("police", "people", "staff", "public", "media", "press", "government",
	"administration", "military", "army", "campaign", "team", "committee", "family", "opposition")

// headlineFragment says whether a name holds a word that no name holds:
// a verb or a preposition of a headline ("Trump Addresses Munich Attack").
func headlineFragment(ts []token) bool {
	if len(ts) < 2 {
		return false
	}
	for _, t := range ts[1:] {
		if headlineVerbs[t.fold] && !particles[t.fold] {
			return true
		}
		if !capitalized(t.text) && !particles[t.fold] && !suffixes[t.fold] && !initial(t.text) {
			return true
		}
	}
	return false
}

// initial says whether a word is an initial: "J.", "J".
func initial(s string) bool {
	return len(strings.TrimSuffix(s, ".")) == 1
}

// place says whether a folded name is a place: a country, a state, a
// capital, a city, or a name ending like a place ("Trump Tower").
func place(ws []string) bool {
	all := strings.Join(ws, " ")
	switch {
	case placePairs[all] || placePairs[strings.Join(joinInitials(append([]string(nil), ws...)), " ")]:
		return true
	case len(ws) == 1:
		return placeWords[ws[0]]
	case len(ws) == 2 && (ws[0] == "new" || ws[0] == "north" || ws[0] == "south" || ws[0] == "east" || ws[0] == "west") && capitalizedPlace(ws[1]):
		return true
	}
	return placeSuffixes[ws[len(ws)-1]]
}

func capitalizedPlace(w string) bool { return placeWords[w] || w == "york" || w == "jersey" }

// orgHead says whether a folded name of a person ends or opens as an
// organisation's does ("Castlebridge United", "Bank of America").
func orgHead(ws []string) bool {
	last := ws[len(ws)-1]
	if orgWords[last] && !surnameLike[last] {
		return true
	}
	return len(ws) > 2 && ws[1] == "of" && orgWords[ws[0]] && !surnameLike[ws[0]]
}

// surnameLike are words of organisation names that are people's names too.
var surnameLike = set("guardian", "herald", "tribune", "telegraph", "gazette", "journal", "monitor",
	"examiner", "sun", "star", "mirror", "express", "observer", "globe", "standard", "record", "post", "press", "guard", "mint", "bloomberg", "reserve", "capital",
	"media", "energy", "electric", "court", "chamber", "banks", "town", "times", "news", "who",
	"states", "state", "city", "county", "program", "project", "command", "service", "fund",
	"health", "initiative", "society", "campaign", "network", "center", "centre")

// brand says whether a single word is written as a brand, a capital
// inside it ("PayLagos"), unlike the prefixes of surnames ("McCain",
// "DeSantis", "O'Brien").
func brand(s string) bool {
	rs := []rune(s)
	if len(rs) < 4 || !unicode.IsUpper(rs[0]) || isUpperWord(s) {
		return false
	}
	for i := 1; i < len(rs); i++ {
		if !unicode.IsUpper(rs[i]) {
			continue
		}
		prefix := strings.ToLower(string(rs[:i]))
		switch prefix {
		case "mc", "mac", "de", "di", "da", "la", "le", "van", "von", "o'", "d'", "o’", "d’", "du", "fitz", "st":
			continue
		}
		if rs[i-1] == '-' || rs[i-1] == '\'' || rs[i-1] == '’' {
			continue
		}
		return true
	}
	return false
}

// allDescriptive says whether every word of a name is a title, an office
// or a function word: "Home Secretary" names nobody, it describes.
func allDescriptive(ws []string) bool {
	found := false
	for _, w := range ws {
		switch {
		case roleWords[w] || leadingTitles[w]:
			found = true
		case functionWords[w] || w == "of" || w == "for" || w == "home" || w == "foreign" || w == "state" || titleFields[w] != "":
		default:
			return false
		}
	}
	return found
}

func allSingleLetters(ws []string) bool {
	for _, w := range ws {
		if len(w) != 1 {
			return false
		}
	}
	return true
}

func allLower(ts []token) bool {
	for _, t := range ts {
		if capitalized(t.text) {
			return false
		}
	}
	return true
}

func allIn(ws []string, m map[string]bool) bool {
	for _, w := range ws {
		if !m[w] {
			return false
		}
	}
	return true
}
