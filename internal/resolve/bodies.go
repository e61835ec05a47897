package resolve

import (
	"slices"
	"strings"

	"github.com/whosaid/whosaid/internal/firstname"
	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// bodyWords are the tokens of a body's name in a proper run: all but
// brackets and what they hold, the periods of abbreviations, and words
// before the name that describe the body ("Rival Billfold").
func (d *doc) bodyWords(run segment.Range) []int {
	var toks []int
	depth := 0
	for k := run.Start; k < run.End; k++ {
		switch d.text(k) {
		case "(", "[":
			depth++
			continue
		case ")", "]":
			depth = max(depth-1, 0)
			continue
		}
		if depth == 0 && !d.skipTok(k) || d.bracketedLegalForm(k) {
			toks = append(toks, k)
		}
	}
	for len(toks) > 1 && !d.allOfName(toks[0]) && (lexicon.Descriptors.Has(d.word(toks[0])) && d.tags[toks[0]] != postag.NNP || locatedAdjective(d.word(toks[0])) ||
		tradeNoun(d.word(toks[0])) && len(strings.Fields(designatorless(d.words(toks[1:])))) >= 2 && d.nameTok(toks[1])) {
		// and "Distributor Mesa Verde Pictures", "Operator Marches &
		// Borders Trains", whose name goes on for two words at least;
		// not "Maker Studios", "Carrier Global"
		toks = toks[1:]
	}
	if len(toks) >= 2 && d.placeOwnsCompany(toks[0], toks[1:]) {
		toks = toks[1:]
	}
	return toks
}

// placeOwnsCompany: token k, a place's possessive, stands before a
// company's name, one word or ending in a company's designator, with no
// public body's noun ("China's Huawei", "Nigeria's Ekwueme Energy
// Group"): wire copy's way of placing a company, no part of its name. A
// public body keeps its country ("Malaysia's Home Ministry").
func (d *doc) placeOwnsCompany(k int, name []int) bool {
	if len(name) == 0 || !d.possessive(k) || d.text(k) == d.low[k] || !lexicon.PlaceWord(d.word(k)) {
		return false
	}
	for _, t := range name {
		if lexicon.PublicBodyNouns.Has(d.word(t)) {
			return false
		}
	}
	return len(name) == 1 || lexicon.OrgDesignators.Has(d.word(name[len(name)-1]))
}

// allOfName: token k is a capitalized "All" that opens a body's name
// ("the All India Gig Riders' Union", "the All Progressives Congress",
// "All India Radio"), after "the" or, opening a sentence, before a
// place's name; not a sentence's "All Acme workers".
func (d *doc) allOfName(k int) bool {
	if d.word(k) != "all" || !d.capitalized(k) || k+1 >= d.n {
		return false
	}
	// A capital after it, not nameTok, which asks about its neighbours
	// (nameVerb) and so would come back here.
	next := d.word(k + 1)
	if d.seg.Tokens[k+1].Kind != segment.Word || !d.capitalized(k+1) || lexicon.FunctionWords.Has(next) {
		return false
	}
	if k > d.sentence(k).Start {
		return d.low[k-1] == "the" // not a title-case line's "It's All CNN's Fault"
	}
	return lexicon.CountryPhrases.Has(next) || lexicon.IsCity(next) || lexicon.PlaceWord(next)
}

// tradeNoun: w is a business's noun of agents ("distributor",
// "operator", "insurer"), which describes a business before its name.
func tradeNoun(w string) bool {
	return lexicon.CompanyNouns.Has(w) && (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "or"))
}

// bracketedLegalForm: token k is a legal form alone in brackets inside a
// company's name ("Serendib Capital (Pvt) Ltd", "Stellenvlei Boerdery
// (Pty) Ltd"), which the name keeps as written.
func (d *doc) bracketedLegalForm(k int) bool {
	return k > 0 && k+1 < d.n && d.text(k-1) == "(" && d.text(k+1) == ")" && lexicon.LegalForms.Has(d.low[k])
}

// locatedAdjective: a hyphened adjective of where or by whom ("Peshawar-
// based", "state-owned", "Kremlin-backed", "London-listed"), which
// describes a body or a person and is no part of the name.
func locatedAdjective(w string) bool {
	for _, s := range []string{"-based", "-owned", "-run", "-backed", "-funded", "-listed", "-registered", "-born", "-headquartered"} {
		if strings.HasSuffix(w, s) && len(w) > len(s) {
			return true
		}
	}
	return false
}

// words are the lower-cased words of tokens, possessives cut.
func (d *doc) words(toks []int) []string {
	ws := make([]string, len(toks))
	for i, k := range toks {
		ws[i] = d.word(k)
	}
	return ws
}

// bodyName writes the words of a body's name, the possessive of the
// last cut ("Iran's Foreign Ministry's" is "Iran's Foreign Ministry").
func (d *doc) bodyName(toks []int) string {
	if len(toks) == 0 {
		return ""
	}
	var b strings.Builder
	for i, k := range toks[:len(toks)-1] {
		if d.bracketedLegalForm(k) {
			b.WriteString("(" + d.text(k) + ") ")
			continue
		}
		if d.text(toks[i+1]) == "," && toks[i+1] == k+1 {
			b.WriteString(d.text(k)) // a list's comma follows its word: "Bureau of Alcohol, Tobacco and Firearms"
			continue
		}
		b.WriteString(d.text(k))
		if d.pluralPossessive(k + 1) {
			b.WriteString(d.text(k + 1))
		}
		b.WriteByte(' ')
	}
	b.WriteString(d.joinWords(toks[len(toks)-1:]))
	return b.String()
}

// orgNamed finds or adds the body a proper run names: by its name, as
// the tail of a fuller name ("Foreign Ministry" of "Iran's Foreign
// Ministry"), or as the short name of one ("Hessler" of "Hessler AG",
// "FAA" of "Federal Aviation Administration").
func (d *doc) orgNamed(run segment.Range) int {
	toks := d.bodyWords(run)
	name := d.bodyName(toks)
	low := strings.ToLower(name)
	es := &d.ents
	id, ok := es.byName[low]
	if !ok {
		id, ok = es.orgTail[low]
		ok = ok && !es.otherBodyOf(id, low)
	}
	if !ok {
		id, ok = es.shortBody(low)
	}
	if !ok {
		id, ok = es.prefixBody(low, run.Start)
	}
	if !ok {
		if short, named := es.byName[strings.ToLower(designatorless(d.words(toks)))]; named && es.list[short].kind == Organization && short != None {
			// "Orchard Bay shares slide" in the headline, then "Orchard
			// Bay Holdings": the short name met first is the same body,
			// which takes its full name.
			id, ok = short, true
			es.list[id].name = name
			es.byName[low] = id
			es.addWords(d, id, run)
		}
	}
	if !ok {
		// "PayWise" after "PayWise Digital Limited", or in the headline of
		// a text that names it so: the company's name shortened.
		id, ok = d.fullCompanyName(low, run.Start)
	}
	if !ok {
		id = es.add(&entity{name: name, kind: Organization, first: run.Start})
		es.addWords(d, id, run)
		es.addShortNames(id, d.words(toks))
		// "Treatment Action Network (TAN)", the acronym after the run or
		// in it ("Lok Vikas Party (LVP) leader ...")
		for k := run.Start + 1; k <= run.End && k+2 < d.n; k++ {
			if d.text(k) == "(" && d.text(k+2) == ")" && d.acronym(k+1) && !d.nameTail(run) {
				es.addShortName(id, d.low[k+1])
				break
			}
		}
	}
	if full, named := es.byName[low]; named && full == id {
		d.addPrefixNames(id, d.words(toks), run.Start)
	}
	if k := run.Start - 1; k >= 0 && !d.capitalized(k) && !d.possessive(k) && (lexicon.CompanyNouns.Has(d.word(k)) || lexicon.ServiceNouns.Has(d.word(k)) || d.classifierNoun(k, toks)) {
		// "payments start-up PayNaija": a business; "the charity Allergy
		// Aware Australia", "the union Unite": a body of that kind, which
		// "the charity" refers back to; not "the group's China
		// operations", the group's.
		es.addWords(d, id, segment.Range{Start: k, End: run.Start})
	}
	if d.tradedName(toks) {
		es.addWord(id, "company") // "shares in Southern Cross Gold": a business
	}
	es.list[id].mention(run)
	d.event(run.Start, id)
	return id
}

// otherBodyOf: body id's name ends in tail, a name of the form "X of Y"
// whole in itself, after words that make another body of it ("Bank of
// Jamaica" of "National Commercial Bank of Jamaica", "Bank of Canada" of
// "Royal Bank of Canada"), not after an owner's possessive ("the Ministry
// of Defence" of "Singapore's Ministry of Defence", "Obama's last State of
// the Union").
func (es *entities) otherBodyOf(id int, tail string) bool {
	name := strings.ToLower(es.list[id].name)
	if !strings.Contains(tail, " of ") || !strings.HasSuffix(name, tail) {
		return false
	}
	before := strings.TrimSpace(strings.TrimSuffix(name, tail))
	if strings.Contains(before, "'s") || strings.Contains(before, "’s") {
		return false
	}
	for _, w := range strings.Fields(before) {
		// "the Federal Ministry of Health", "the US Department of
		// Justice": a place or a level of government says whose the
		// body is, no other body
		switch {
		case w == "federal" || w == "state" || w == "provincial":
		case lexicon.CountryPhrases.Has(w), lexicon.IsCity(w), lexicon.PlaceWord(w), lexicon.Affiliations.Has(w):
		default:
			return true
		}
	}
	return false
}

// addShortNames indexes the short names of body id, whose name has the
// lower-cased words: the name without the designators that end it
// ("hessler" of "Hessler AG", "orchard bay" of "Orchard Bay Holdings"),
// and its initials ("faa" of "Federal Aviation Administration").
func (es *entities) addShortNames(id int, words []string) {
	if short := designatorless(words); short != strings.Join(words, " ") {
		es.addShortName(id, short)
	}
	// Initials by words, by the parts of hyphened words ("Malaysian
	// Anti-Corruption Commission": "mac" and "macc"), and by the words
	// before "of" ("IDA" of "Infocomm Development Authority of
	// Singapore").
	var initials, parts []byte
	beforeOf, seenOf := -1, false // how many initials stand before the first "of", when two words or more do
	for i, w := range words {
		switch w {
		case "of":
			if !seenOf && i >= 2 {
				beforeOf = len(initials)
			}
			seenOf = true
			continue
		case "for", "and", "&", "the", ",":
			continue
		}
		initials = append(initials, w[0])
		for p := range strings.SplitSeq(w, "-") {
			if p != "" {
				parts = append(parts, p[0])
			}
		}
	}
	if len(initials) >= 2 && len(words) >= 2 {
		es.addShortName(id, string(initials))
		if len(parts) > len(initials) {
			es.addShortName(id, string(parts))
		}
	}
	if beforeOf >= 2 {
		es.addShortName(id, string(initials[:beforeOf]))
	}
	if len(words) >= 3 && words[1] == "of" && lexicon.OrgNouns.Has(strings.ToLower(words[0])) {
		// "The City" after "City of Cape Town", "the Ministry" after
		// "Ministry of Defence".
		es.addShortName(id, strings.ToLower(words[0]))
	}
	for i, w := range words {
		if lexicon.ForceNouns.Has(w) && len(words) >= 2 && (i > 0 || allPlaces(words[1:])) {
			// "Police said", "the police" after "the Singapore Police
			// Force" or "Police Scotland": the force the text names; not
			// "the Police Federation", its officers' association.
			es.addShortName(id, w)
			break
		}
	}
	if len(words) >= 3 && lexicon.IsCity(words[0]) && !lexicon.PlaceWord(words[0]) && words[1] != "of" && words[1] != "and" {
		// "Golden Stars" after "Kumasi Golden Stars", "Harbour United"
		// after "Tema Harbour United": a body named after its place goes
		// by the rest of its name.
		es.addShortName(id, strings.Join(words[1:], " "))
	}
}

// bodyPrefix is the body whose name a prefix opens and the token of the
// first plain mention that names it in full.
type bodyPrefix struct{ id, at int }

// ambiguousPrefix marks a prefix that opens the names of two bodies, or
// a short name two bodies have.
const ambiguousPrefix = -1

// addPrefixNames indexes the runs of first words of body id's name,
// whose lower-cased words are given, named in full at token at, by which
// news refers back to a body ("Lee Valley" after "Lee Valley Mutual",
// "Southern Cross" after "Southern Cross Gold"): two words or more, cut
// between two name words, no place ("New York" of "New York Life"); a
// prefix that opens two bodies' names stands for neither. Only a mention
// outside a title-case line names a body so, where a run of capitals may
// run on past a person's name ("Donald Trump Policies").
func (d *doc) addPrefixNames(id int, words []string, at int) {
	if d.inTitle(at) || d.headline[d.seg.SentenceOf[at]] {
		return
	}
	es := &d.ents
	words = strings.Fields(designatorless(words))
	if len(words) == 0 || len(words[0]) == 1 || firstname.FirstName(foldAccents(words[0])) != firstname.Unknown {
		return // a person's name opens it ("A. Philip Randolph Institute"), by which the person is named too
	}
	if lexicon.Affiliations.Has(strings.TrimSuffix(words[len(words)-1], "s")) {
		return // a body's members ("Oversight Committee Republicans"), whose first words name the body
	}
	for end := len(words) - 1; end >= 2; end-- {
		if joiningWord(words[end-1]) || joiningWord(words[end]) {
			continue // "White House" of "White House and Congress": a list, not a name
		}
		if slices.Contains(words[:end], "of") {
			continue // "Bank of New" of "Bank of New Zealand"
		}
		prefix := strings.Join(words[:end], " ")
		if lexicon.IsCity(prefix) || lexicon.PlaceWord(prefix) || lexicon.RegionPhrases.Has(prefix) || lexicon.CountryPhrases.Has(prefix) {
			continue
		}
		if es.orgPrefix == nil {
			es.orgPrefix = map[string]bodyPrefix{}
		}
		if other, ok := es.orgPrefix[prefix]; ok {
			if other.id != id {
				es.orgPrefix[prefix] = bodyPrefix{ambiguousPrefix, 0}
			}
			continue
		}
		es.orgPrefix[prefix] = bodyPrefix{id, at}
	}
}

// bodyOpenedBy is the one body named before pos whose name of two words
// or more (designators aside) opens with name, one word and no title ("Halberd"
// after "Halberd Interactive", "Kessler" after "Kessler Axle & Drivetrain
// Inc."), or None: a word a tagger takes for a name, that the text never
// writes in lower case, and no first name, place or body's noun, of no
// person the text names.
func (d *doc) bodyOpenedBy(name, title []int, pos int) int {
	if len(name) != 1 || len(title) > 0 {
		return None
	}
	k := name[0]
	w := d.word(k)
	if _, named := d.ents.byName[w]; named || !postag.IsProperNoun(d.tags[k]) || d.lowered[w] || d.firstName(k) != firstname.Unknown || lexicon.PlaceWord(w) || lexicon.IsCity(w) ||
		lexicon.OrgNouns.Has(w) || lexicon.CompanyNouns.Has(w) || d.ents.surname(w) {
		return None
	}
	return d.soleEntity(pos, func(id int) bool {
		e := d.ents.list[id]
		words := strings.Fields(designatorless(strings.Fields(strings.ToLower(e.name))))
		return e.kind == Organization && !e.document && len(words) >= 2 && words[0] == w
	})
}

// joiningWord joins the words of a name or of a list of names.
func joiningWord(w string) bool {
	switch w {
	case "of", "and", "&", "for", "the", "on", "in", "at", "de", "du", "la":
		return true
	}
	return false
}

// prefixBody is the body whose name the lower-cased name opens, named in
// full before token pos (addPrefixNames).
func (es *entities) prefixBody(low string, pos int) (int, bool) {
	p, ok := es.orgPrefix[low]
	if !ok || p.id == ambiguousPrefix || p.at >= pos {
		return 0, false
	}
	return p.id, true
}

// allPlaces: every word names a place ("scotland", "new south wales").
func allPlaces(words []string) bool {
	for _, w := range words {
		if !lexicon.PlaceWord(w) && !lexicon.IsCity(w) {
			return false
		}
	}
	return true
}

// addShortName indexes one short name of body id; a short name two
// bodies have stands for neither ("Police" after "Thames Valley Police"
// and "Dyfed-Powys Police").
func (es *entities) addShortName(id int, short string) {
	if es.orgShort == nil {
		es.orgShort = map[string]int{}
	}
	if had, ok := es.orgShort[short]; !ok {
		es.orgShort[short] = id
	} else if had != id {
		es.orgShort[short] = ambiguousPrefix
	}
}

// shortBody is the one body the lower-cased short name stands for.
func (es *entities) shortBody(short string) (int, bool) {
	id, ok := es.orgShort[short]
	return id, ok && id != ambiguousPrefix
}

// nameTail: the run continues a longer name that a joining word cut
// ("Citizens for Responsibility and Ethics in [Washington (CREW)]"),
// whose acronym is not the run's.
func (d *doc) nameTail(run segment.Range) bool {
	k := run.Start - 1
	if k < 1 || !d.nameTok(k-1) {
		return false
	}
	switch d.low[k] {
	case "in", "of", "for", "and", "&", "on", "at":
		return true
	}
	return false
}

// designatorless is a body's lower-cased name words without the
// designators that end it ("orchard bay" of "Orchard Bay Holdings").
func designatorless(words []string) string {
	end := len(words)
	for end > 1 && lexicon.OrgDesignators.Has(words[end-1]) {
		end--
	}
	return strings.Join(words[:end], " ")
}

// fullCompanyName is the one body, named outside the headline before
// token pos (anywhere when pos is in the headline), whose name opens with
// the words low and ends in a company's designator ("PayWise" of
// "PayWise Digital Limited"; the designator keeps out a place's assembly,
// "Sindh" of "Sindh Assembly"), and whose other words name no place
// ("Nissan" of "Nissan North America Inc", an arm there).
func (d *doc) fullCompanyName(low string, pos int) (int, bool) {
	first, _, _ := strings.Cut(low, " ")
	found := -1
	for _, id := range d.ents.byWord[first] { // the bodies whose words hold it, not every entity
		e := d.ents.list[id]
		name := strings.ToLower(e.name)
		if id == found || e.kind != Organization || d.inTitle(e.first) || e.first >= pos && !d.inTitle(pos) ||
			!strings.HasPrefix(name, low+" ") || !lexicon.OrgDesignators.Has(name[strings.LastIndexByte(name, ' ')+1:]) {
			continue
		}
		if slices.ContainsFunc(strings.Fields(name[len(low):]), lexicon.PlaceWord) {
			continue // "Nissan" is no short name of "Nissan North America Inc", its arm there
		}
		if found >= 0 {
			return 0, false // two bodies so named: which, the headline does not say
		}
		found = id
	}
	return found, found >= 0
}

// classifierNoun: token k is a body's noun right after an article,
// before a name (its words toks), that says what kind of body the name is
// ("the charity Allergy Aware Australia", "the union Unite"); not a
// place's, a paper's or a public service's word that modifies the name
// ("the state Department of Education", "the Post", "the police Serious
// Crime Unit"), nor the parent body's noun before a name that says its
// own kind ("the council Planning Committee", "the club Supporters
// Trust").
func (d *doc) classifierNoun(k int, toks []int) bool {
	if k == 0 || !lexicon.OrgNouns.Has(d.word(k)) || len(toks) > 0 && lexicon.OrgNouns.Has(d.word(toks[len(toks)-1])) {
		return false
	}
	switch d.word(k) {
	case "state", "states", "city", "county", "region", "province", "federal", "nations", "house", "post", "times",
		"news", "press", "mail", "journal", "herald", "guardian", "telegraph", "tribune", "exchange", "reserve",
		"inc", "corp", "ltd", "co", "plc", "llc", "government", "police", "court", "office", "service":
		return false
	}
	switch d.low[k-1] {
	case "the", "a", "an":
		return true
	}
	return false
}
