package resolve

import (
	"strings"

	"github.com/whosaid/whosaid/internal/firstname"
	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// splitName splits a proper run into title words and name words (token
// indices). Left out of both: brackets and what they hold ("Mike Pence
// (R-IN)", "Treatment Action Network (TAN)"), a quoted nickname
// (Chukwuemeka "Spax" Obi) and the periods of abbreviations. Letters
// after the name ("Eoin Mac Namara BL") go to the title. Title words are
// those of lexicon.TitleWords up to the last one; personName takes off
// the rest of a person's title.
func (d *doc) splitName(run segment.Range) (title, name []int) {
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
		if depth == 0 && !d.skipTok(k) {
			toks = append(toks, k)
		}
	}
	if d.bodyTitled(toks) || len(toks) > 1 && d.titleWord(toks[len(toks)-1]) && lexicon.OrgDesignators.Has(d.word(toks[len(toks)-1])) {
		return nil, toks // and "Ngubane & Partners", "Baker Associates": a firm's designator, no title
	}
	// A title word that ends the run is a name when a first name (of
	// either sex: "Charlie King") or an honorific comes right before it
	// ("John Major", "Larry King", "Mr Dean"), or when it is an honorific
	// that is also a family name, with no name after it to address
	// ("Farhan Shaikh"), or a title's abbreviation, which stands only
	// before a name ("Amartya Sen,"); a title otherwise ("Foreign
	// Minister", "New York State Attorney General").
	words := len(toks)
	if words == 1 && lexicon.SurnameHonorifics.Has(d.low[toks[0]]) {
		return nil, toks // "Shaikh said": the honorific addresses a name after it, so alone it is one
	}
	for words > 2 && lexicon.PostNominals.Has(d.word(toks[words-1])) && !lexicon.PostNominals.Has(d.word(toks[words-2])) && d.capitalized(toks[words-2]) {
		words-- // "Séamus Ó Dochartaigh TD": letters after the name are no title before it
	}
	if words > 1 && d.titleWord(toks[words-1]) {
		if k := toks[words-2]; d.firstName(k) != firstname.Unknown || firstname.Known(foldAccents(d.word(k))) || lexicon.Honorifics.Has(d.low[k]) ||
			(lexicon.SurnameHonorifics.Has(d.low[toks[words-1]]) || d.titleAbbreviation(toks[words-1])) && d.capitalized(k) && !d.titleWord(k) {
			words--
		}
	}
	last := -1
	for i := words - 3; i >= 0; i-- {
		// A rank's or an office's letters before a name of two words or
		// more in mixed case: "DSP Funmilayo Adeyinka", "Education MEC
		// Nomalungelo Gxoyiya", "Health CS Mutahi Kagwe"; not a headline
		// in capitals, nor two letters that open a name ("AJ Styles").
		if d.acronym(toks[i]) && (len(d.text(toks[i])) >= 3 || i > 0) && !d.acronym(toks[i+1]) && !d.bodyWordIn(toks[i+1:words]) && !d.placeAfter(toks[i+1:words]) {
			last = i
			break
		}
	}
	for i, k := range toks[:words] {
		if d.titleWord(k) || k+4 < d.n && d.text(k+1) == "(" && d.retiredMark(k+2) && d.nameTok(k+4) {
			last = i // and "Major (retd) Waqar Ahmed Janjua": a rank, whatever the word, when a name follows; not "Justice Mohammed Bello (retd) said"
		}
	}
	if last < 0 {
		last = d.employerBefore(toks[:words])
	}
	if last < 0 && words >= 2 && d.partyMembers(toks[0]) && !lexicon.OrgNouns.Has(d.word(toks[1])) {
		last = 0 // "Republicans Jolly of Indian Shores and DeSantis of Ponte Vedra Beach"
	}
	cut := last + 1
	if cut < len(toks) && cut > 0 && d.officeJoin(toks[cut-1], toks[cut]) {
		// "Secretary of State John F. Kerry", "Secretary of Homeland
		// Security Jeh Johnson", "Minister for Fisheries Brendan Ó
		// Ceallaigh": the name opens at a first name, else it is the last
		// two words.
		cut += 2
		if d.low[toks[cut-1]] == "the" && cut < len(toks) {
			cut++ // "Adviser on the Peace Process Maria Santos", "Leader of the Opposition T.K. Aboobacker"
		}
		for cut+1 < len(toks) && d.low[toks[cut]] == "for" && d.low[toks[cut-1]] == "state" {
			cut += 2 // "Minister of State for Power", "Secretary of State for Health"
		}
		j := cut
		for j < len(toks)-1 && (d.firstName(toks[j]) == firstname.Unknown || d.saintsPossessive(toks[j]) || lexicon.PlaceHeads.Has(d.word(toks[j]))) {
			j++ // and past a place's saint and head ("Mayor of St Ann's Bay Hyacinth Clarke-Reid")
		}
		switch start := d.pastPortfolio(toks, cut); {
		case j < len(toks)-1 && start < j && lexicon.PortfolioWords.Has(d.word(toks[start-1])) && len(toks)-start >= 2 && len(toks)-start <= 4:
			// "Minister of State for Transport Mohamad Faizal Abdul
			// Rahim": the portfolio's words end before the first name the
			// lists know, which opens a father's name.
			cut = start
		case j < len(toks)-1:
			cut = j
		case cut < len(toks)-2:
			// No first name: the last two words, unless the text uses an
			// earlier word alone after an honorific, a family name that
			// opens the name ("Minister of State for Defence Lim Jun
			// Hao", then "Mr Lim").
			first := len(toks) - 2
			if start := d.pastPortfolio(toks, cut-1); len(toks)-start == 3 {
				first = start // "Inspector-General of Police Aliyu Garba Bello"
			}
			for first > cut && len(d.text(toks[first])) == 1 && len(d.text(toks[first-1])) == 1 {
				first-- // a name's initials: "T.K. Aboobacker"
			}
			for i := cut; i < first; i++ {
				if d.afterHonorific(d.word(toks[i])) {
					first = i
					break
				}
			}
			cut = first
		default:
			cut = max(cut, len(toks)-2)
		}
	}
	if cut > 0 && cut < len(toks) && d.titleWord(toks[cut-1]) {
		// "Secretary Tourism Sadia Khanum Mir", "Minister Finance Ishaq
		// Dar": a portfolio after the title, with no "of", before a name
		// of two to four words, none a body's.
		if start := d.pastPortfolio(toks, cut); start > cut && len(toks)-start >= 2 && len(toks)-start <= 4 && !d.bodyWordIn(toks[start:]) {
			cut = start
		}
	}
	cut = min(cut, len(toks))
	end := len(toks)
	for end-1 > cut && lexicon.PostNominals.Has(d.word(toks[end-1])) {
		end--
	}
	title = append(toks[:cut:cut], toks[end:]...)
	return title, toks[cut:end]
}

// placeAfter: the words after a body's letters name a place ("NHS
// Kelvin Valley", "NHS Lothian", "RAF Lossiemouth"): the body's arm
// there, no rank before a person's name.
func (d *doc) placeAfter(toks []int) bool {
	last := toks[len(toks)-1]
	if lexicon.PlaceHeads.Has(d.word(last)) && (d.firstName(toks[0]) == firstname.Unknown || last+2 < d.n && d.text(last+1) == "," && d.low[last+2] == "which") {
		return true // and "NHS Kelvin Valley, which runs the hospital"; not "DSP Grace Park", a person's name
	}
	for _, k := range toks {
		if d.firstName(k) != firstname.Unknown {
			return false
		}
	}
	return allPlaces(d.words(toks)) // not "OCPD Abdirahman Hassan Farah", though Farah is a town
}

// partyMembers: token k is a party's members in the plural
// ("Republicans", "Tories"), which before names says whose they are.
func (d *doc) partyMembers(k int) bool {
	return d.capitalized(k) && pluralIn(d.word(k), lexicon.PartyWords)
}

// bodyTitled: the words end in a title word that no other is, and the
// acronym of their initials follows in brackets: a body named after an
// office ("Health Service Executive (HSE)"), not an office ("Chief
// Executive Officer (CEO)", "Attorney General (AG)").
func (d *doc) bodyTitled(toks []int) bool {
	if len(toks) < 2 || !d.titleWord(toks[len(toks)-1]) || !d.acronymAfter(toks) {
		return false
	}
	for _, k := range toks[:len(toks)-1] {
		if d.titleWord(k) {
			return false
		}
	}
	return true
}

// employerBefore is the index of the last word before a person's name
// of a known first name and a surname that ends toks, when the words
// before name a body, a party or a place ("House Republican Thomas
// Massie", "Maricopa County Recorder Helen Purcell"): the person's
// employer and role, no part of the name; -1 otherwise.
func (d *doc) employerBefore(toks []int) int {
	i := len(toks) - 2
	if i < 1 || d.firstName(toks[i]) == firstname.Unknown || d.firstName(toks[i-1]) != firstname.Unknown ||
		lexicon.NameParticles.Has(d.low[toks[i-1]]) {
		return -1
	}
	if last := toks[i+1]; d.tags[last] == postag.NNS || d.tags[last] == postag.NNPS || d.groupWord(last) ||
		lexicon.OrgNouns.Has(d.word(last)) || lexicon.OrgDesignators.Has(d.word(last)) {
		return -1 // "Federation of Panay Rice Millers": a body's name ends in a plural or a body's word
	}
	employer := false
	for j, k := range toks[:i] {
		w := d.word(k)
		if lexicon.OrgNouns.Has(w) && j+1 < len(toks) && (d.low[toks[j+1]] == "of" || d.low[toks[j+1]] == "for") {
			return -1 // "Federation of Panay Rice Millers": the body's name runs on to the end
		}
		employer = employer || lexicon.OrgNouns.Has(w) || lexicon.PartyWords.Has(w) || lexicon.PlaceWord(w)
	}
	if employer {
		return i - 1
	}
	return -1
}

// titleWord: a word of lexicon.TitleWords or an honorific, or its plural ("Senators
// Charles E. Grassley and Patrick J. Leahy").
func (d *doc) titleWord(k int) bool {
	w := d.word(k)
	if lexicon.NameParticles.Has(w) && d.text(k) != strings.ToUpper(d.text(k)) {
		return false // "Di Stefano"'s particle, not "DI Holt"'s rank
	}
	if k+1 < d.n && d.membersJoin(k+1) {
		return false // "Artists Against Extraction": the members of a body's name
	}
	if w == "tan" && k+2 < d.n && d.low[k+1] == "sri" && d.nameTok(k+2) || w == "sri" && k > 0 && k+1 < d.n && d.low[k-1] == "tan" && d.nameTok(k+1) {
		return true // Malaysia's "Tan Sri", in two words, of which "Tan" is a family name too
	}
	return lexicon.TitleWords.Has(w) || lexicon.Honorifics.Has(w) || len(w) > 3 && w[len(w)-1] == 's' && lexicon.TitleWords.Has(w[:len(w)-1]) ||
		compoundTitle(w)
}

// pastPortfolio is the index of the first word of toks from i on that
// is no portfolio's word (lexicon.PortfolioWords), past an "and" between
// two ("Digital Development and Information").
func (d *doc) pastPortfolio(toks []int, i int) int {
	for i < len(toks) {
		switch w := d.word(toks[i]); {
		case lexicon.PortfolioWords.Has(w):
		case (w == "and" || w == "&") && i > 0 && i+1 < len(toks) && lexicon.PortfolioWords.Has(d.word(toks[i+1])):
		default:
			return i
		}
		i++
	}
	return i
}

// bodyWordIn: a word of toks is a body's noun or designator ("ANC Youth
// League": no office's letters before a name).
func (d *doc) bodyWordIn(toks []int) bool {
	for _, k := range toks {
		if w := d.word(k); lexicon.OrgNouns.Has(w) || lexicon.OrgDesignators.Has(w) {
			return true
		}
	}
	return false
}

// afterHonorific: the word w stands somewhere in the text right after an
// honorific ("Mr Lim").
func (d *doc) afterHonorific(w string) bool {
	for k := 1; k < d.n; k++ {
		if d.word(k) == w && lexicon.Honorifics.Has(d.low[k-1]) {
			return true
		}
	}
	return false
}

// compoundTitle: a title word joined by a hyphen to a word that makes it
// another title ("mayor-elect", "ex-minister", "vice-chair",
// "secretary-general", "commander-in-chief", "rear-admiral", "major-general").
func compoundTitle(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	title := false
	for _, p := range parts {
		switch {
		case lexicon.TitleWords.Has(p):
			title = true
		case p == "elect" || p == "designate" || p == "ex" || p == "vice" || p == "deputy" || p == "acting" || p == "in" || p == "chief" || p == "general" || p == "rear" || p == "major":
		default:
			return false
		}
	}
	return title
}

// personName takes off the front of a person's name the words that
// describe rather than name ("Actor Rohan Kapadia", "Unseeded Croatian
// Mirela Kovac", "Mother-of-three Sharon Tilley"): nationalities and
// party words, and words the tagger takes for common nouns, adjectives or
// verbs that are no known first name. One name word is always left, and
// two when the tagger alone says a word describes, unless the last is a
// common plural: "Rush Limbaugh" keeps its first name, the lists' or
// not.
func (d *doc) personName(title, name []int) ([]int, []int) {
	if len(name) == 1 && len(title) == 1 && title[0] == name[0]-1 && peerage(d.low[title[0]]) && !d.titleWord(name[0]) && !lexicon.TitleWords.Has(d.low[name[0]]) && !d.givenNameBefore(d.low[name[0]]) {
		// "Lord Glenisla", "Lady Gaga", "Baroness Hale": a peer's style
		// before one word is the name the person goes by, not a form of
		// address ("Lord Alan Sugar" keeps his given name, and "Lord
		// Sugar" after it is he). The style alone: "First Lady Biden" is
		// Biden; and not before an office ("the Lord Chancellor", "the
		// Lady Mayoress"): the session's reviewers'.
		return nil, []int{title[0], name[0]}
	}
	// An honorific addresses the name itself: no role, nor a word the
	// tagger reads as a description, opens it ("Dr Abdirahman Hussein
	// Farah"); only a describer does ("Dr Nigerian-born Ada Obi").
	addressed := len(title) > 0 && lexicon.Honorifics.Has(d.low[title[len(title)-1]])
	if !addressed && len(name) >= 3 && firstname.Given(d.text(name[0])) == firstname.Unknown && !lexicon.NameParticles.Has(d.text(name[1])) && d.slashParticle(name[1]) < 0 &&
		(len(title) == 0 && d.personNoun(name[0]) ||
			roleNoun(d.low[name[0]]) && (d.firstName(name[1]) != firstname.Unknown || lowerTail(d.text(name[2])) || d.particle(name[2]))) {
		// A noun of a person in capitals that opens a person's name of
		// two words or more, no given name and no title before it:
		// "Fiddler Ronald MacPhee", "Curator Kamran Baig", "Forecaster
		// Carys Morgan-Davies" (but "Managing Director Raja Tariq
		// Mehmood", whose "Raja" WordNet knows as a prince); a
		// word only shaped like a role's, before a first name or a name
		// written family name first or with a particle: "Co-anchor Norah
		// O'Donnell", "Retiree Rajendran s/o Muthusamy".
		title, name = append(title[:len(title):len(title)], name[0]), name[1:]
	}
	cut := 0
	plural := d.tags[name[len(name)-1]] == postag.NNS // no surname: "Summary Studies"
	for cut < len(name)-1 && (d.describes(name[cut]) && !addressed || d.describer(name[cut])) && (len(name)-cut > 2 || d.describer(name[cut]) || plural) &&
		!lexicon.NameParticles.Has(d.text(name[cut+1])) && d.slashParticle(name[cut+1]) < 0 && !d.surnameParticle(name[cut+1:]) {
		cut++ // but a name never opens at a particle ("Lemayian ole Kaparo", "Conal Mac Giolla Bhríde", "Suresh s/o Ramasamy")
	}
	if cut == 0 {
		return title, name
	}
	return append(title[:len(title):len(title)], name[:cut]...), name[cut:]
}

// givenNameBefore: somewhere the text writes the word w after a word of
// a name that is no peer's style ("Alan Sugar"): a surname, whatever
// style goes before it elsewhere.
func (d *doc) givenNameBefore(w string) bool {
	for k := 1; k < d.n; k++ {
		if d.low[k] == w && d.nameTok(k-1) && !peerage(d.low[k-1]) && !lexicon.Honorifics.Has(d.low[k-1]) {
			return true
		}
	}
	return false
}

// peerage: w is a peer's style, which before a single word names the
// person ("Lord Glenisla"); royals' styles are left out ("Prince Andrew"
// is Andrew).
func peerage(w string) bool {
	switch w {
	case "lord", "lady", "baroness", "baron", "viscount", "viscountess", "earl", "countess", "marquess", "marchioness":
		return true
	}
	return false
}

// describes: a word before a person's name that is no part of it.
func (d *doc) describes(k int) bool {
	if d.describer(k) {
		return true
	}
	if d.firstName(k) != firstname.Unknown || d.acronym(k) || d.initial(k) {
		return false // nor an initial ("V." of "V.D. Satheesan")
	}
	t := d.tags[k]
	return t == postag.NN || t == postag.NNS || postag.IsAdjective(t) || postag.IsVerb(t)
}

// describer: a nationality's, a party's or another word of
// lexicon.Descriptors ("Unseeded", "Veteran").
func (d *doc) describer(k int) bool {
	w := d.word(k)
	return lexicon.Affiliations.Has(w) || lexicon.Descriptors.Has(w) || locatedAdjective(w)
}

// firstName is the gender of token k as a first name. A hyphenated
// first name ("Jean-Marc", "Anne-Marie") has the gender of its last part
// that the lists know, else of its first ("Jean-Luc").
func (d *doc) firstName(k int) firstname.Gender {
	w := foldAccents(d.word(k))
	g := firstname.FirstName(w)
	if first, last, ok := strings.Cut(w, "-"); ok && g == firstname.Unknown && first != "" {
		if g = firstname.FirstName(last); g == firstname.Unknown {
			g = firstname.FirstName(first)
		}
	}
	return g
}

// givenGender is the gender that token k, a person's first name, votes
// for: firstName's, else that of the curated names (firstname.Given),
// which no name rule reads as a first name.
func (d *doc) givenGender(k int) firstname.Gender {
	if g := d.firstName(k); g != firstname.Unknown {
		return g
	}
	return firstname.Given(foldAccents(d.word(k)))
}

// acronym: a word of two or more letters, all capitals ("FBI", "NSW").
func (d *doc) acronym(k int) bool {
	t := d.text(k)
	if len(t) < 2 || d.seg.Tokens[k].Kind != segment.Word {
		return false
	}
	for _, r := range t {
		if r >= 'a' && r <= 'z' {
			return false
		}
	}
	return lower(t) != t
}

// maxNicknameWords bounds a nickname between the words of a name.
const maxNicknameWords = 3

// nickname: token k is a quotation mark around a nickname between the
// words of a name, or a word of the nickname: Chukwuemeka "Spax" Obi,
// Darragh "The Cat" Kinsella.
func (d *doc) nickname(k int) bool {
	for words := 1; words <= maxNicknameWords; words++ {
		// s is the opening mark, s+words+1 the closing one.
		for s := k - words - 1; s <= k; s++ {
			if d.quotedNickname(s, words) {
				return true
			}
		}
	}
	return false
}

// quotedNickname: the tokens from s are a quotation mark, words
// capitalized words and a quotation mark, between two words of a name in
// one sentence (the second may be a surname's particle: 'Johannes
// "Hannes" van der Merwe').
func (d *doc) quotedNickname(s, words int) bool {
	end := s + words + 1
	if s < 1 || end+1 >= d.n || d.seg.Tokens[s].Kind != segment.Quote || d.seg.Tokens[end].Kind != segment.Quote ||
		!d.nameTok(s-1) || !d.nameTok(end+1) && !d.particlesBeforeName(end+1) || d.seg.SentenceOf[s-1] != d.seg.SentenceOf[end+1] {
		return false
	}
	for j := s + 1; j < end; j++ {
		if d.seg.Tokens[j].Kind != segment.Word || !d.capitalized(j) && !(j == s+1 && j+1 < end && d.low[j] == "the") {
			return false // but "Tam 'the Tank' Kerr"
		}
	}
	return true
}

// particlesBeforeName: token k opens a surname's particles and a name
// word follows them ("van der Merwe").
func (d *doc) particlesBeforeName(k int) bool {
	j := k
	for j < d.n && j < k+3 && lexicon.NameParticles.Has(d.text(j)) {
		j++
	}
	return j > k && j < d.n && d.nameTok(j)
}

// foldAccents writes the Latin letters with diacritics of a lower-cased
// word as their base letters ("inês" is "ines"), for the first-name
// lists, which hold none.
func foldAccents(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return w
	}
	b := make([]rune, 0, len(w))
	for _, r := range w {
		switch {
		case strings.ContainsRune("àáâãäåā", r):
			r = 'a'
		case strings.ContainsRune("çćč", r):
			r = 'c'
		case strings.ContainsRune("èéêëēę", r):
			r = 'e'
		case strings.ContainsRune("ìíîïī", r):
			r = 'i'
		case strings.ContainsRune("ñń", r):
			r = 'n'
		case strings.ContainsRune("òóôõöøō", r):
			r = 'o'
		case strings.ContainsRune("ùúûüū", r):
			r = 'u'
		case strings.ContainsRune("ýÿ", r):
			r = 'y'
		case strings.ContainsRune("šś", r):
			r = 's'
		case strings.ContainsRune("žźż", r):
			r = 'z'
		case r == 'ł':
			r = 'l'
		}
		b = append(b, r)
	}
	return string(b)
}

// titleAbbreviation: token k is a title's abbreviation written without
// its point ("Sen" of "Sen." and "sen", "Gov", "Rep"), none following it.
func (d *doc) titleAbbreviation(k int) bool {
	return lexicon.TitleWords.Has(d.low[k]+".") && (k+1 >= d.n || d.text(k+1) != ".")
}
