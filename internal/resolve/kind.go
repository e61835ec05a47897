package resolve

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/firstname"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// openingAdverb: token k opens its sentence with an adverb of time or
// discourse, written without a comma before a name ("Later Kowalski
// said", "Yesterday Smith told"): capitalized by its place, no name's
// word. A known first name stays a name ("Will Smith").
func (d *doc) openingAdverb(k int) bool {
	if k != d.sentence(k).Start {
		return false
	}
	// A list, not the tagger's RB: it tags names in -ly so ("Offaly
	// County Council").
	return lexicon.OpeningAdverbs.Has(d.word(k)) && (d.firstName(k) == firstname.Unknown || postag.IsAdverb(d.tags[k])) // "Even" is a first name too
}

// properRun is the run of capitalized words (brackets allowed) that ends
// at token e, stopping after a possessive ("Iran's Foreign Ministry": the
// run of "Ministry" is "Foreign Ministry"). It crosses the join of a
// title word and its office ("Secretary of State Rex Tillerson",
// "Minister for Fisheries Brendan Ó Ceallaigh") and the joins of a body's name
// (orgJoin).
func (d *doc) properRun(e, lo int) segment.Range {
	s := e + 1
	for k := e; k >= lo; k-- {
		switch {
		case d.skipTok(k):
			continue
		case d.nameTok(k):
			if k < e && d.possessive(k) && !d.saintsPossessive(k) {
				return segment.Range{Start: s, End: e + 1}
			}
			s = k
			continue
		case k-1 >= lo && d.nameTok(k-1) && d.officeJoin(k-1, k):
			continue
		case k-2 >= lo && d.low[k] == "the" && d.nameTok(k-2) && d.officeJoin(k-2, k-1):
			continue // "Adviser on the Peace Process Maria Santos"
		case k-1 >= lo && d.orgJoin(k):
			continue
		case k-1 >= lo && k < e && d.titleJoin(k):
			continue
		case k-1 >= lo && d.particle(k):
			continue
		}
		break
	}
	for s <= e && d.skipTok(s) {
		s++
	}
	return segment.Range{Start: s, End: e + 1}
}

// pluralRole: token k is the plural of a role's letters ("GPs", "MPs",
// "CEOs", "TDs"): capitals, then a lower-case "s".
func (d *doc) pluralRole(k int) bool {
	t := d.text(k)
	letters, ok := strings.CutSuffix(t, "s")
	if !ok || len(letters) < 2 || strings.ToUpper(letters) != letters {
		return false
	}
	w := strings.ToLower(letters)
	return lexicon.TitleWords.Has(w) || lexicon.RoleLetters.Has(w)
}

// listInName: the comma at k lists the fields of a body after its "of"
// ("Ministry of Investment, Trade and Industry", "Bureau of Alcohol,
// Tobacco and Firearms"): capitalized words on both sides, a body's "of"
// before it in the name, and the list closing with "and" and a
// capitalized word that is no first name (the fields before may be:
// "Environment, Forest and Climate Change"); or, with no "of", a list
// that opens the name (listOpensName).
func (d *doc) listInName(k int) bool {
	if k == 0 || k+1 >= d.n || !d.nameTok(k-1) || d.possessive(k-1) {
		return false
	}
	// "Department for Environment, Food and Rural Affairs"
	if o := d.wordBeforeFields(k, 5); o < 0 || !lexicon.OrgNouns.Has(d.word(o)) || !d.nameTok(o) {
		return d.listOpensName(k) // no "of" before: "The Rail, Maritime and Transport Union"
	}
	return d.fieldsCloseAt(k)
}

// wordBeforeFields is the word before the "of" or "for" that the name
// words before the comma at k follow, within back words of it ("Ministry"
// of "Ministry of Investment, Trade and Industry"), or -1.
func (d *doc) wordBeforeFields(k, back int) int {
	for j := k - 1; j > 0 && j >= k-back; j-- {
		if d.low[j] == "of" || d.low[j] == "for" {
			return j - 1
		}
		if !d.nameTok(j) {
			return -1
		}
	}
	return -1
}

// fieldsCloseAt: after the comma at k, capitalized fields and commas
// run to "and" (or "&", perhaps with "the") and a capitalized word that
// is no first name, closing a list of fields ("Trade and Industry",
// "Heritage and the Gaeltacht"; a field may be a first name:
// "Environment, Forest and Climate Change").
func (d *doc) fieldsCloseAt(k int) bool {
	for j := k + 1; j < d.n && j < k+8; j++ {
		switch {
		case d.low[j] == "and" || d.low[j] == "&":
			if j+2 < d.n && d.low[j+1] == "the" {
				j++ // "and the Gaeltacht"
			}
			return j+1 < d.n && d.nameTok(j+1) && d.firstName(j+1) == firstname.Unknown
		case d.text(j) == ",":
		case !d.nameTok(j):
			return false
		}
	}
	return false
}

// listOpensName: the comma at token k follows the first field of a list
// that opens a body's name after "the", the name's noun of a body ending
// it: "The Rail, Maritime and Transport Union", "the Food, Drink and
// Allied Workers' Union".
func (d *doc) listOpensName(k int) bool {
	// A field before "and" is one word, and no body, place or group of
	// its own: not "the Treasury, Home Office and Foreign Office", "the
	// US, China and European Union", "the Lakers, Celtics and ...".
	field := func(j int) bool {
		w := d.word(j)
		return d.nameTok(j) && d.firstName(j) == firstname.Unknown && d.tags[j] != postag.NNPS &&
			!lexicon.OrgNouns.Has(w) && !lexicon.PlaceWord(w)
	}
	if k < 2 || d.low[k-2] != "the" || !field(k-1) {
		return false
	}
	and := false
	for j := k + 1; j < d.n && j < k+10; j++ {
		switch {
		case d.low[j] == "and" || d.low[j] == "&":
			if and || j+1 >= d.n || !d.nameTok(j+1) || d.text(j-1) == "," {
				return false
			}
			and = true
		case d.text(j) == "," && !and:
			if j+1 >= d.n || !field(j+1) {
				return false
			}
		case d.pluralPossessive(j):
		case !and && (!field(j) || d.text(j-1) != ","):
			return false // a field of two words
		case !d.nameTok(j) || d.firstName(j) != firstname.Unknown:
			return false
		case and && lexicon.OrgNouns.Has(d.word(j)):
			return true
		}
	}
	return false
}

// nameVerb: token k, capitalized and tagged a verb's base form, follows
// a name word in prose (no headline, no title-case line): a name's last
// word, as no verb after a name is there ("Makan Go said").
func (d *doc) nameVerb(k int) bool {
	return (d.tags[k] == postag.VB || d.tags[k] == postag.VBP) && d.capitalized(k) && k > d.sentence(k).Start && d.nameTok(k-1) &&
		!d.inTitle(k) && !d.headline[d.seg.SentenceOf[k]] && !d.titleCase(d.sentence(k))
}

// gerundInName: token k, a capitalized gerund inside a sentence in
// prose, stands between capitalized proper nouns or participles, as in a
// body's name ("Association of Licensed Clearing Agents of Nigeria",
// "Mining and Processing Workers' Union").
func (d *doc) gerundInName(k int) bool {
	if d.tags[k] != postag.VBG || k == d.sentence(k).Start || k+1 >= d.n || d.headline[d.seg.SentenceOf[k]] || d.titleCase(d.sentence(k)) {
		return false
	}
	prev, next := d.tags[k-1], d.tags[k+1]
	return d.capitalized(k-1) && (postag.IsProperNoun(prev) || prev == postag.VBN) &&
		d.seg.Tokens[k+1].Kind == segment.Word && d.capitalized(k+1) && (postag.IsProperNoun(next) || next == postag.NNS)
}

// orgJoin: token k joins two parts of a body's name: "of", "for", "and"
// or "&" between capitalized words, with an organization word among the
// capitalized words on either side ("Department of Primary Industries",
// "Irish Nurses and Midwives Organisation", "Centers for Disease
// Control"). Persons' names ("Smith and Jones") have none, and two
// companies ("Atlantic Seed and Faro Capital") are joined by "and" with a
// designator only. "on" joins only after a body's word ("Commission on
// Human Rights", "Council on Foreign Relations"); "and" joins a firm's
// partners ("Harcourt Bell and Partners") and members named in the
// plural possessive ("Pune Traders' and Taxpayers' Association").
func (d *doc) orgJoin(k int) bool {
	switch d.low[k] {
	case ",":
		return d.listInName(k)
	case "of", "for", "and", "&", "on", "without", "against":
	case "the":
		return k > 0 && (d.low[k-1] == "of" || d.low[k-1] == "for") && d.orgJoin(k-1)
	default:
		return false
	}
	if k == 0 || k+1 >= d.n {
		return false
	}
	if d.membersJoin(k) {
		return true
	}
	if d.low[k] == "without" || d.low[k] == "against" {
		// "Coalition Against Public Sector Fraud", "Campaign Against Arms
		// Trade": a body's noun, capitalized "Against" and what the body
		// is against; not "the Commission against Tan Sri Ahmad Zahid".
		return d.text(k) == "Against" && d.nameTok(k-1) && lexicon.OrgNouns.Has(d.word(k-1)) && d.nameTok(k+1)
	}
	if d.low[k] == "and" && d.pluralPossessive(k-1) && d.nameTok(k+1) {
		return d.orgWordAhead(k)
	}
	if !d.nameTok(k-1) || d.possessive(k-1) {
		return false
	}
	if d.low[k] == "&" && d.nameTok(k+1) {
		return true // no person's name holds one: "Johnson & Johnson", "Marks & Spencer"
	}
	if d.low[k] == "and" && lexicon.FirmPartners.Has(d.word(k+1)) && (k+2 >= d.n || !d.nameTok(k+2)) {
		return true
	}
	for j := k - 1; j > 0 && j > k-4 && d.nameTok(k+1); j-- {
		if d.text(j) == "," {
			if d.listInName(j) {
				return true // the end of a list of fields: "Bureau of Alcohol, Tobacco and Firearms"
			}
			break
		}
	}
	if d.low[k] == "on" && !(d.nameTok(k+1) && d.bodyWordBefore(k)) {
		return false
	}
	if !d.nameTok(k + 1) {
		// "International Council for the Exploration of the Sea", "Office
		// of the Auditor-General": "of the" and "for the" join only after
		// a body's own word ("Chairman of the Board" is a title).
		return d.low[k] != "and" && d.low[k] != "&" && k+2 < d.n && d.low[k+1] == "the" && d.nameTok(k+2) && d.bodyWordBefore(k)
	}
	orgWord := func(i int) bool {
		w := d.word(i)
		return lexicon.OrgNouns.Has(w) || d.low[k] != "and" && d.low[k] != "&" && lexicon.OrgDesignators.Has(w)
	}
	if d.low[k] == "of" && d.personBefore(k) {
		return false // "Kenji Morimoto of Brightwater Securities": a person and employer
	}
	if d.low[k] == "and" && d.personBefore(k) && !lexicon.PlaceWord(d.word(d.nameStart(k))) {
		return false // two: "Ambassador John Bolton and Breitbart News", not "Kenya Marine and Fisheries Research Institute"
	}
	for i := k - 1; i >= 0 && i >= k-6 && (d.nameTok(i) || i < k-1 && i > 0 && (d.low[i] == "of" || d.low[i] == "for") && d.nameTok(i-1) ||
		i < k-1 && i > 1 && d.low[i] == "the" && (d.low[i-1] == "of" || d.low[i-1] == "for")); i-- {
		// over a body's own "of" ("Union of Dock and Port Workers") and
		// its "of the" ("Office of the Director of Consumer Affairs")
		if orgWord(i) {
			return true
		}
		// A ministry's portfolios: "Ministry of Trade and Industry",
		// "Department of Health and Social Care".
		if i-2 >= 0 && d.low[i-1] == "of" && (d.low[i-2] == "ministry" || d.low[i-2] == "department") && d.nameTok(i-2) {
			return true
		}
	}
	return d.orgWordAhead(k)
}

// membersJoin: token k joins the plural noun of a body's members to what
// they stand for ("Doctors Without Borders", "Mothers Against Drunk
// Driving", "Physicians for Human Rights", "Families for Safer Roads
// BC"): a capitalized noun of persons in the plural opens the name, and
// a capitalized word follows. The join itself is capitalized, as only a
// name writes it, or the plural is, inside a sentence, where only a name
// capitalizes it ("said Friends of the Earth"); "Lawyers for Trump" at a
// sentence's start is people, no body.
func (d *doc) membersJoin(k int) bool {
	if k < 1 || k+2 >= d.n || !d.membersNoun(k-1) || d.headline[d.seg.SentenceOf[k]] {
		return false
	}
	next := k + 1
	if d.low[next] == "the" {
		next++ // "Friends of the Earth"
	}
	if !d.capitalized(next) || d.seg.Tokens[next].Kind != segment.Word {
		return false
	}
	if p := k - 2; p >= 0 && d.seg.Tokens[p].Kind == segment.Word && d.capitalized(p) && !lexicon.FunctionWords.Has(d.low[p]) && p+1 != d.sentence(p+1).Start {
		return false // the plural opens the name
	}
	switch {
	case unicode.IsUpper([]rune(d.text(k))[0]):
		return d.low[k] == "without" || d.low[k] == "against" || d.low[k] == "for" || d.low[k] == "of"
	case d.low[k] == "of":
		// "said Friends of the Earth", not "Residents of Kibera" nor
		// "Officials of the World Bank" at a sentence's start
		return next == k+2 && k-1 != d.sentence(k).Start
	case d.low[k] != "for" && d.low[k] != "against" && d.low[k] != "without":
		return false
	}
	// At a sentence's start, where any plural is capitalized, what
	// follows the name must say it is a body's: its acronym in brackets
	// ("Sisters for Equal Voice (SEV)"), "which" or an apposition of a
	// body's noun ("Families for Safer Roads BC, which has lobbied");
	// "Strategists for Barack Obama and Clinton all agree" are people.
	j := next
	for j < d.n && d.seg.Tokens[j].Kind == segment.Word && d.capitalized(j) {
		j++
	}
	if j-next < 2 {
		return false // "Executives for Mondelez, which generated ...": the company is the "which"
	}
	if j+2 < d.n && d.text(j) == "(" && d.capitalsWord(j+1) && d.text(j+2) == ")" {
		return true
	}
	if j+1 >= d.n || d.text(j) != "," {
		return false
	}
	if d.low[j+1] == "which" {
		return true
	}
	if d.low[j+1] != "a" && d.low[j+1] != "an" {
		return false
	}
	for i := j + 2; i < d.n && i <= j+4; i++ {
		if lexicon.OrgNouns.Has(d.low[i]) {
			return true
		}
	}
	return false
}

// membersNoun: token k is a capitalized plural of a noun of persons
// ("Doctors", "Mothers", "Families", "Women").
func (d *doc) membersNoun(k int) bool {
	if d.seg.Tokens[k].Kind != segment.Word || !d.capitalized(k) || d.capitalsWord(k) {
		return false
	}
	w := d.low[k]
	switch w {
	case "women", "men", "people", "children", "families", "friends":
		return true
	}
	one, ok := strings.CutSuffix(w, "s")
	return ok && lexicon.PersonNoun(one)
}

// orgWordAhead: a body's noun stands among the next four capitalized
// words after the join at k ("Food and Beverage Workers' Union"); a
// designator counts after "of" and "for".
func (d *doc) orgWordAhead(k int) bool {
	for i := k + 1; i < d.n && i <= k+5 && (d.nameTok(i) || d.pluralPossessive(i)); i++ {
		w := d.word(i)
		if lexicon.OrgNouns.Has(w) || d.low[k] != "and" && d.low[k] != "&" && lexicon.OrgDesignators.Has(w) {
			return true
		}
		if w == "executive" && (i+1 >= d.n || !d.capitalized(i+1)) {
			return true // "Health and Safety Executive", a body's name's end
		}
		if d.possessive(i) {
			break
		}
	}
	return false
}

// nameStart is the first token of the name words before token k, past
// the title words that open them (up to five words back).
func (d *doc) nameStart(k int) int {
	i := k - 1
	for i-1 >= 0 && k-i < 5 && d.nameTok(i-1) {
		i--
	}
	for i < k && lexicon.TitleWords.Has(d.word(i)) {
		i++
	}
	return i
}

// bodyWordBefore: an organization noun or designator stands among the
// capitalized words before token k, across the joins of the name
// ("Council for the Exploration of the Sea").
func (d *doc) bodyWordBefore(k int) bool {
	for i := k - 1; i >= 0 && i >= k-8; i-- {
		w := d.word(i)
		if !d.nameTok(i) {
			if d.low[i] == "of" || d.low[i] == "for" || d.low[i] == "the" {
				continue
			}
			return false
		}
		if lexicon.OrgNouns.Has(w) || lexicon.OrgDesignators.Has(w) {
			return true
		}
	}
	return false
}

// personBefore: the name words before token k are a person's name, after
// any title: two or more, none an organization's word, the first a known
// first name or the words after k a company's (with a designator:
// "Kenji Morimoto of Brightwater Securities").
func (d *doc) personBefore(k int) bool {
	i := d.nameStart(k)
	if k-i < 2 {
		return false
	}
	for j := i; j < k; j++ {
		if w := d.word(j); lexicon.OrgNouns.Has(w) || lexicon.OrgDesignators.Has(w) || lexicon.TitleWords.Has(w) {
			return false
		}
	}
	if d.firstName(i) != firstname.Unknown {
		return true
	}
	for j := k + 1; j < d.n && j <= k+4 && d.nameTok(j); j++ {
		if lexicon.OrgDesignators.Has(d.word(j)) {
			return true
		}
	}
	return false
}

// particle: token k is a lower-case particle inside a person's name,
// between its capitalized words: "Marieke de Groot".
func (d *doc) particle(k int) bool {
	if start := d.slashParticle(k); start >= 0 {
		return start > 0 && start+3 < d.n && d.nameTok(start-1) && d.nameTok(start+3)
	}
	if !lexicon.NameParticles.Has(d.text(k)) || k == 0 || d.possessive(k-1) {
		return false
	}
	// Particles may follow one another: "Ilse van der Westhuizen".
	before, after := k-1, k+1
	if before > 0 && lexicon.NameParticles.Has(d.text(before)) {
		before--
	}
	if after+1 < d.n && lexicon.NameParticles.Has(d.text(after)) {
		after++
	}
	// After an honorific the particles open a bare surname ("Ms de la
	// Cruz"), which byLastName finds by its last word.
	return after < d.n && (d.nameTok(before) || d.nickname(before)) && d.nameTok(after) && !lexicon.Honorifics.Has(d.low[before]) && !d.titleWord(before) // and 'Johannes "Hannes" van der Merwe'
}

// slashParticle is the first token of the "s/o", "d/o", "a/l" or "a/p"
// (son or daughter of, in Malay anak lelaki or perempuan) that token k
// is part of, written as one word, or -1: the patronymic particle of
// Singapore's and Malaysia's Indian names ("Rajendran s/o Muthusamy").
func (d *doc) slashParticle(k int) int {
	for start := max(k-2, 0); start <= k && start+2 < d.n; start++ {
		a, b := d.seg.Tokens[start], d.seg.Tokens[start+2]
		if d.text(start+1) != "/" || a.End != d.seg.Tokens[start+1].Start || d.seg.Tokens[start+1].End != b.Start {
			continue
		}
		switch d.low[start] + "/" + d.low[start+2] {
		case "s/o", "d/o", "a/l", "a/p":
			return start
		}
	}
	return -1
}

// titleJoin: token k joins two title words ("Co-founder and CEO Inês
// Carvalho"), a title word and a noun of a person ("Chef and owner Marco
// Delli Colli"), or the portfolios of an office (portfolioJoin).
func (d *doc) titleJoin(k int) bool {
	return (d.low[k] == "and" || d.low[k] == "&") && k > 0 && k+1 < d.n && (d.capitalized(k+1) || k+2 < d.n && d.nameTok(k+2)) &&
		(d.roleWord(k-1) && d.roleWord(k+1) && (lexicon.TitleWords.Has(d.word(k-1)) || lexicon.TitleWords.Has(d.word(k+1))) || d.portfolioJoin(k))
}

// roleWord: token k is a title word or a noun of a person ("Chef and
// owner Marco Delli Colli").
func (d *doc) roleWord(k int) bool {
	return lexicon.TitleWords.Has(d.word(k)) || d.personNoun(k)
}

// personNoun: token k is a noun of a person (WordNet's, lexicon.PersonNoun)
// of four letters or more that no list holds as a given name ("owner",
// "curator"; not "Raja", a prince to WordNet).
func (d *doc) personNoun(k int) bool {
	w := d.low[k]
	return len(w) > 3 && lexicon.PersonNoun(w) && firstname.Given(d.text(k)) == firstname.Unknown
}

// portfolioJoin: the "and" at k joins the portfolios of an office before
// its title word ("Commerce and Industry Minister Ashok Kulkarni",
// "Natural Resources and Disaster Management Minister"): capitalized
// words of no first name on both sides, then the title of an office that
// has a portfolio, no person's name between.
func (d *doc) portfolioJoin(k int) bool {
	if k == 0 || !d.nameTok(k-1) || d.possessive(k-1) || d.firstName(k-1) != firstname.Unknown {
		return false
	}
	for i := k - 1; i >= 0 && d.nameTok(i); i-- {
		if d.titleWord(i) {
			return false // a person's title and name before it: "Prime Minister Scott Morrison and Health Minister Greg Hunt"
		}
	}
	for i := k + 1; i < d.n && i <= k+4 && d.nameTok(i); i++ {
		if lexicon.OfficesFor.Has(d.word(i)) {
			return i > k+1
		}
		if d.firstName(i) != firstname.Unknown && !(i+1 < d.n && lexicon.OfficesFor.Has(d.word(i+1))) || d.possessive(i) {
			return false // a person's name; not a portfolio's last word that lists give as one ("Social Care Minister")
		}
	}
	return false
}

// nameTok: a capitalized word that can be part of a name or title: no
// function word (whatever the tagger says of a word that is none). A
// number is none ("Four Nigerian farmers"), nor a day of the week that
// ends a run ("Florida Friday"); a capitalized verb form is one only
// before the place or body word of a name ("Downing Street").
func (d *doc) nameTok(k int) bool {
	if d.seg.Tokens[k].Kind != segment.Word || !d.capitalized(k) {
		return false
	}
	if k+1 < d.n && d.membersJoin(k+1) {
		return true // "Artists" of "Artists Against Extraction"
	}
	if d.openingAdverb(k) {
		return false // "Later Kowalski said", "Now Smith says"
	}
	if d.headline[d.seg.SentenceOf[k]] && d.common[d.low[k]] && !d.titleWord(k) {
		return false // a title-case line's common word: "Trump Addresses Munich Attack"
	}
	if lowerTail(d.text(k)) && !postag.IsProperNoun(d.tags[k]) && !d.titleWord(k) && !(k+1 < d.n && d.nameTok(k+1)) {
		return false // "the Chilean-born helmer", but "Mother-of-three Sharon Tilley" and "Wong Ka-ming"
	}
	switch d.tags[k] {
	case postag.DT, postag.PRP, postag.PRPS, postag.IN, postag.TO, postag.CC, postag.WP, postag.WDT, postag.WRB, postag.EX, postag.MD:
		if lexicon.FunctionWords.Has(d.low[k]) && !d.addressedGivenName(k) && !d.allOfName(k) {
			return false
		}
	case postag.CD:
		return false
	}
	if d.pluralRole(k) {
		return false // "local GPs", "Tory MPs": persons of a role, no one's name
	}
	if lexicon.Weekdays.Has(d.word(k)) && (d.possessive(k) || !(k+1 < d.n && d.nameTok(k+1))) {
		return false // "Florida Friday", but "Friday Alagoa"
	}
	if postag.IsVerb(d.tags[k]) && d.tags[k] != postag.VBN && lexicon.PortfolioWords.Has(d.word(k)) && k+1 < d.n && d.titleWord(k+1) {
		return true // an office's portfolio the tagger took for a verb: "Deputy Works Minister"
	}
	if postag.IsVerb(d.tags[k]) && d.tags[k] != postag.VBN {
		if k > d.sentence(k).Start && d.capitalized(k-1) && postag.IsProperNoun(d.tags[k-1]) && k+1 < d.n && d.text(k+1) == "," &&
			!d.inTitle(k) {
			return true // a surname the tagger took for a verb: "Dr Otieno Were, the centre's chief scientist,"
		}
		if d.nameVerb(k) || d.gerundInName(k) {
			return true
		}
		if d.tags[k] != postag.VBG && d.tags[k] != postag.VB && d.tags[k] != postag.VBZ {
			return false
		}
		// (A base form after a name word is one: nameVerb.) Before the
		// place or body word that ends the name: "Downing
		// Street"; a plural the tagger took for a verb, over up to three
		// capitalized words, "Uva Highlands Tea PLC", but not in a
		// headline in title case ("Trump Makes Campaign Announcement"),
		// and past a plural's possessive ("Marine Products Exporters'
		// Federation").
		reach := k + 1
		if d.tags[k] == postag.VBZ {
			if d.inTitle(k) || d.titleCase(d.sentence(k)) {
				return false
			}
			reach = k + 3
		}
		for j := k + 1; j < d.n && j <= reach && (d.seg.Tokens[j].Kind == segment.Word && d.capitalized(j) || d.pluralPossessive(j)); j++ {
			if w := d.word(j); lexicon.PlaceHeads.Has(w) || lexicon.OrgNouns.Has(w) || lexicon.OrgDesignators.Has(w) {
				return true
			}
		}
		return false
	}
	return true
}

// addressedGivenName: the function word at k, capitalized, stands
// between a title, an honorific or a proper noun and a proper noun, as a
// given name does ("Dr Nor Azizah Hamzah", "Wan Nor Azlin Wan Ahmad",
// Malay "Nor"); the words that join a body's name are no names ("Bank Of
// America" in title case).
func (d *doc) addressedGivenName(k int) bool {
	if k == 0 || k+1 >= d.n || k == d.sentence(k).Start || !d.capitalized(k-1) || !d.capitalized(k+1) || !postag.IsProperNoun(d.tags[k+1]) {
		return false
	}
	if d.titleWord(k - 1) {
		return true
	}
	return postag.IsProperNoun(d.tags[k-1]) && !lexicon.FunctionWords.Has(d.low[k-1]) && !nameJoinWord(d.low[k]) &&
		!lexicon.Subordinators.Has(d.low[k]) && !d.headline[d.seg.SentenceOf[k]]
}

// nameJoinWord: a function word that joins the parts of a body's or a
// place's name ("Bank of America", "Stratford-upon-Avon").
func nameJoinWord(w string) bool {
	switch w {
	case "of", "for", "and", "or", "the", "on", "at", "in", "to", "by", "from", "with", "upon", "under", "&":
		return true
	}
	return false
}

// conjoinedPlace: token k is "and" or "or" after a name that a
// preposition of place stands before ("deployed in Kurla and Andheri
// East"): the name after it is a place too.
func (d *doc) conjoinedPlace(k int) bool {
	if d.low[k] != "and" && d.low[k] != "or" {
		return false
	}
	i := k - 1
	for i >= 0 && d.seg.Tokens[i].Kind == segment.Word && d.capitalized(i) && k-i <= 4 {
		i--
	}
	return i < k-1 && i >= 0 && lexicon.LocativePrepositions.Has(d.low[i])
}

// lowerTail: a compound whose last part is lower-case ("Chilean-born",
// "Lisbon-based", "Mother-of-three"), which, unless tagged a proper noun
// ("Ka-ming", "Jae-in"), describes; alone it names no one.
func lowerTail(t string) bool {
	i := strings.LastIndexAny(t, "-‐")
	if i <= 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t[i+1:])
	return unicode.IsLower(r)
}

// joinWords writes token words with single spaces, possessives cut.
func (d *doc) joinWords(toks []int) string {
	var b strings.Builder
	for i, k := range toks {
		if i > 0 && !(toks[i-1] == k-1 && d.seg.Tokens[k-1].End == d.seg.Tokens[k].Start && (d.slashParticle(k) >= 0 || d.text(k) == ",")) {
			b.WriteByte(' ') // but "s/o" is one word, and a list's comma follows its word
		}
		t := d.text(k)
		if d.possessive(k) {
			t = withoutPossessive(t)
		}
		b.WriteString(t)
		if k+1 < d.n && (d.pluralPossessive(k+1) || d.nameApostrophe(k+1) || d.abbreviationPoint(k, i+1 < len(toks))) {
			b.WriteString(d.text(k + 1))
		}
	}
	return b.String()
}

// abbreviationPoint: the token after k is the point of a name's
// abbreviation written as the text writes it, which the tokenizer split
// off as it may end the sentence too: "Jr." and "Sr." that end a name,
// and before more of the name (more) the Philippines' "Ma." for Maria,
// "St.", "Mt.", "Ft." (not "Jack Ma." at a sentence's end).
func (d *doc) abbreviationPoint(k int, more bool) bool {
	if k+1 >= d.n || d.text(k+1) != "." || d.seg.Tokens[k].End != d.seg.Tokens[k+1].Start {
		return false
	}
	switch d.low[k] {
	case "jr", "sr":
		return true
	case "ma", "st", "mt", "ft":
		return more
	}
	return false
}

// properKind classifies the name words of a proper run.
func (d *doc) properKind(name []int) Kind { return decideKind(d.nameEvidence(name)) }

// nameEvidence is what a document says of a proper name, by which
// decideKind tells a person's from a body's.
type nameEvidence struct {
	words     int  // name words
	orgWord   bool // a word is an organization noun or designator, a news agency or a state's ("Bayline Marine Corp", "Hessler AG")
	place     bool // a country, capital, region, or a name ending in a place word ("Downing Street")
	country   bool // all its words are places, or it is a country or region of two words or more ("North Korea", "North Carolina", whose first word is a first name)
	acronym   bool // one word in capitals ("NATO", "FBI"), or initials alone ("U.S.")
	brand     bool // a word after the first written as a brand is (camelCase: "Indus BioPharma")
	titled    bool // an honorific or a title stands before it ("Mr", "Foreign Minister")
	firstName bool // of two words or more, the first is a known first name
	group     bool // it ends in a plural proper noun or a party's or nation's plural ("Democrats", "Scottish Conservatives")
	orgBefore bool // a lower-case noun of a body stands before it ("business weekly Jinrong Zhoukan")
	which     bool // a relative "which" follows it ("Rival Billfold, which raised ...")
	article   bool // "the" stands before it ("the Santa Fe Animal Shelter"): persons' names take none
	who       bool // a relative "who" follows it
	employer  bool // one word that elsewhere opens a body's name or a person's title, and no person's last name (entities.employers)
	locative  bool // a preposition of place stands before it ("spoke in Fort Pierce"): a place's or a body's
	described bool // describedBody: "Scottish Natural Heritage", "Swiss Re", "Surf Life Saving NSW"
	traded    bool // tradedName: "shares in Southern Cross Gold", "Pesa Haraka's shares"
	party     bool // one word, a party's name that names no member ("Labour said", "Labor")
	bracketed bool // its acronym follows in brackets ("Kingston Metro Transit (KMT)")
	outlet    bool // the publication the metadata names ("Prairie Gadget Guide" on its own page)
	authored  bool // a document's author: "A 2011 survey by Cycle Halton", "Figures from Dominion Auto Data"
	// patronymic: a particle of "son of" or "daughter of" joins its
	// words ("Suresh s/o Ramasamy", "Siti Aminah binti Hassan"), which
	// only a person's name holds.
	patronymic bool
	// commonLast: of two words or more, the last is one the text writes
	// in lower case too ("Glamorgan Water", "Eastgate Homes"), which a
	// body's name takes from the language and a person's rarely does.
	commonLast bool
	// workplace: "at" and a noun of persons stand before it ("an
	// analyst at Westgate Research", "co-workers at Lakeshore Forge"):
	// where people work, no person.
	workplace bool
	// aged: an age in commas follows the name ("Lerato Sebego, 38,"):
	// only persons have one.
	aged bool
	// entity is the class an entity tagger gives the name: "PERSON",
	// "ORGANIZATION", "LOCATION", or "" when there is no tagger. The
	// tagger of branch accuracy-model plugs in here.
	entity string
}

// camelCase: token k is one word with a capital inside after a lower-case
// run of three letters or more ("BuzzFeed", "WikiLeaks", "YouTube",
// "HuffPost"): a brand's way of writing, no person's last name, whose
// inner capitals follow a particle of two or three letters ("McCain",
// "DeSantis", "MacArthur", "LaHood") or open a first name ("LeBron").
func (d *doc) camelCase(k int) bool {
	t := d.text(k)
	if d.firstName(k) != firstname.Unknown || len(t) < 5 || t[0] < 'A' || t[0] > 'Z' {
		return false
	}
	for i := 1; i < len(t); i++ {
		switch c := t[i]; {
		case c >= 'A' && c <= 'Z':
			return i >= 4 && !strings.HasPrefix(t, "Mac")
		case c < 'a' || c > 'z':
			return false
		}
	}
	return false
}

// brandWord: token k, no first word of a name, is written as a brand
// ("BioPharma", "SmartPay"): a capital inside after a lower-case run of
// two letters or more, which no surname has but after a particle
// ("VanDyke", "DelVecchio", "MacArthur", "FitzGerald").
func (d *doc) brandWord(k int) bool {
	t := d.text(k)
	if len(t) < 5 || t[0] < 'A' || t[0] > 'Z' || d.firstName(k) != firstname.Unknown {
		return false
	}
	for _, p := range []string{"Mac", "Van", "Von", "Del", "Der", "Dal", "Fitz", "Ten"} {
		if strings.HasPrefix(t, p) {
			return false
		}
	}
	for i := 1; i < len(t); i++ {
		switch c := t[i]; {
		case c >= 'A' && c <= 'Z':
			return i >= 3
		case c < 'a' || c > 'z':
			return false
		}
	}
	return false
}

// initialsOnly: name is letters alone, a dotted abbreviation ("U.S.",
// "N.C.", "F.A.A."), which names a place or a body, never a person.
func (d *doc) initialsOnly(name []int) bool {
	if len(name) < 2 {
		return false
	}
	for _, k := range name {
		if len(d.text(k)) != 1 {
			return false
		}
	}
	return true
}

// decideKind is the kind of a proper name from the evidence, strongest
// first: an organization word, a group's plural or an acronym in
// brackets outweighs all; a place, unless a title or a
// first name comes with it ("Michael Jordan"); a title; the tagger; a
// first name or a relative "who"; an acronym, a body's noun before it, a
// relative "which", or a word that names an employer elsewhere. A name
// with none of these is a person's.
func decideKind(e nameEvidence) Kind {
	switch {
	case e.words == 0:
		return ""
	case e.orgWord, e.group, e.bracketed, e.outlet:
		return Organization
	case e.patronymic:
		return Person
	case e.place && !e.titled && (!e.firstName || e.country):
		return Organization
	case e.titled:
		return Person
	case e.article && e.firstName && e.words >= 3:
		return Organization // a work or a body named after a person: "The Rachel Maddow Show"
	case e.entity == "ORGANIZATION" || e.entity == "LOCATION":
		return Organization
	case e.entity == "PERSON", e.firstName, e.who, e.aged:
		return Person
	case e.acronym, e.brand, e.orgBefore, e.which, e.article, e.employer, e.described, e.locative, e.traded, e.party, e.authored, e.commonLast, e.workplace:
		return Organization
	}
	return Person
}

// nameEvidence gathers the evidence on the name words of a proper run.
func (d *doc) nameEvidence(name []int) nameEvidence {
	e := nameEvidence{words: len(name)}
	if len(name) == 0 {
		return e
	}
	var words []string
	for _, k := range name {
		w := d.word(k)
		if d.slashParticle(k) >= 0 || w == "binti" || w == "binte" {
			e.patronymic = true
		}
		if lexicon.NameParticles.Has(d.text(k)) {
			words = append(words, w)
			continue // "ap" of "Carys ap Dafydd" is no agency's "AP"
		}
		if lexicon.OrgNouns.Has(w) || lexicon.OrgDesignators.Has(w) || lexicon.NewsAgencies.Has(w) || lexicon.StateNameWords.Has(w) || lexicon.GovernmentSeats.Has(w) ||
			len(name) >= 2 && lexicon.FirmNameWords.Has(w) || w == "&" ||
			len(words) == 0 && len(name) >= 2 && lexicon.SportBodyWords.Has(w) {
			e.orgWord = true
		}
		words = append(words, w)
	}
	lastWord := words[len(words)-1]
	if len(words) >= 2 && lexicon.InstrumentHeads.Has(lastWord) {
		e.orgWord = true // a law's name is no person's: "the Affordable Care Act"
	}
	if len(words) >= 2 && tradesPlural(lastWord) {
		e.orgWord = true // "Savannah Screen Distributors", whatever first name opens it
	}
	allPlace := true
	for _, w := range words {
		allPlace = allPlace && lexicon.PlaceWord(w)
	}
	joined := strings.Join(words, " ")
	e.country = allPlace || lexicon.CountryPhrases.Has(joined) || lexicon.RegionPhrases.Has(joined) ||
		len(words) >= 2 && lexicon.NameParticles.Has(words[0]) && lexicon.IsCity(joined) // "Des Moines", "El Paso": a particle opens no first name then
	e.place = e.country || len(name) >= 2 && lexicon.PlacePrefixes.Has(words[0]) || lexicon.PlaceHeads.Has(lastWord) ||
		len(name) <= 2 && lexicon.Places.Has(lastWord) || d.city(name, words) || d.stateAfterCity(name)
	e.acronym = len(name) == 1 && (d.acronym(name[0]) || d.camelCase(name[0])) || d.initialsOnly(name)
	for _, k := range name[1:] {
		e.brand = e.brand || d.brandWord(k) // "Indus BioPharma", "Kopi SmartPay"
	}
	e.titled = d.personLike(name)
	if w := d.word(name[0]); len(name) == 1 && d.ents.employers[w] && !d.ents.surname(w) {
		e.employer = true
	}
	e.firstName = len(name) >= 2 && d.firstName(name[0]) != firstname.Unknown
	// A plural proper noun ends a group's name ("Leeds Rhinos", "Scottish
	// Conservatives"), but not a surname the tagger took for one after a
	// first name ("Alasdair Menzies"): a party's or nation's plural still
	// does ("Young Democrats"), so does a team's after a city that is a
	// first name too ("Houston Astros", "Charlotte Panthers"), and so does
	// the plural of a noun of persons ("Jonas Brothers", "Chelsea
	// Pensioners").
	e.group = d.groupWord(name[len(name)-1]) && (!e.firstName || pluralIn(lastWord, lexicon.Affiliations) || lexicon.IsCity(words[0]) || lexicon.PlaceWord(words[0]) || commonPlural(lastWord))
	if len(name) >= 3 && lexicon.PlaceHeads.Has(lastWord) && d.firstName(name[len(name)-2]) == firstname.Unknown {
		// "Norman Manley Boulevard", "Martin Luther King Avenue": a
		// person's full name before a place's word is the place's.
		e.firstName = false
	}
	if len(name) == 2 && lexicon.PlaceHeads.Has(lastWord) && !lexicon.SurnamePlaceHeads.Has(lastWord) {
		// "Victoria Island", "Victoria Falls", "George Airport": a first
		// name before a place's word that is no family name too (not
		// "Grace Park", "Lois Lane", "Michael Bay").
		e.firstName = false
	}
	for _, k := range name {
		if k > name[0] && d.membersJoin(k) {
			e.orgWord = true // "Doctors Without Borders"
		}
	}
	e.commonLast = len(name) >= 2 && d.lowered[lastWord] && !(lexicon.DocNouns.Has(lastWord) && strings.HasSuffix(lastWord, "s")) && // not "Summary Studies show"
		d.givenGender(name[0]) == firstname.Unknown // not "Thabo Hill", whose first name is a curated one
	// Of the party words, only Labour's names the party alone: the others
	// name a member too ("a Republican said", "one Conservative").
	e.party = len(name) == 1 && (words[0] == "labour" || words[0] == "labor")
	e.bracketed = d.acronymAfter(name)
	e.authored = len(name) == 1 && d.documentAuthor(name[0]) || d.prenominalAuthor(name)
	e.workplace = d.workplace(name[0])
	if k := name[len(name)-1] + 1; k+2 < d.n && d.text(k) == "," && d.seg.Tokens[k+1].Kind == segment.Number && len(d.text(k+1)) <= 3 && d.text(k+2) == "," {
		e.aged = true
	}
	e.outlet = d.metaOutlet != "" && strings.EqualFold(joined, strings.TrimSpace(d.metaOutlet))
	e.described = d.describedBody(name)
	e.traded = d.tradedName(name)
	if k := name[0] - 1; k >= 0 && !d.capitalized(k) && d.seg.Tokens[k].Kind == segment.Word {
		w := d.word(k)
		e.orgBefore = lexicon.OrgNouns.Has(w) || lexicon.CompanyNouns.Has(w) || lexicon.MediaWords.Has(w)
		e.locative = lexicon.LocativePrepositions.Has(w) || d.conjoinedPlace(k)
	}
	if k := name[len(name)-1] + 1; k+1 < d.n && d.text(k) == "," {
		e.which, e.who = d.low[k+1] == "which", d.low[k+1] == "who"
	}
	if k := name[0] - 1; k >= 0 && d.low[k] == "the" {
		// Only when the name ends its noun phrase: before a common word
		// it modifies a description ("the Chilean-born helmer").
		next := name[len(name)-1] + 1
		e.article = next >= d.n || d.isPunct(next) || postag.IsVerb(d.tags[next]) || d.tags[next] == postag.MD ||
			d.tags[next] == postag.IN || d.tags[next] == postag.CC || d.tags[next] == postag.WDT || d.tags[next] == postag.WP
	}
	return e
}

// commonPlural: w is the plural of a noun of persons ("brothers",
// "pensioners"), which a group's name may end in and a surname does not.
func commonPlural(w string) bool {
	for _, end := range [...]struct{ plural, one string }{{"ies", "y"}, {"es", ""}, {"s", ""}} {
		if stem, ok := strings.CutSuffix(w, end.plural); ok && lexicon.PersonNoun(stem+end.one) {
			return true
		}
	}
	return false
}

// tradesPlural: w is the plural of a business's noun of agents
// ("distributors", "developers", "publishers"), which ends a business's
// name and no person's ("Banks" does, and is no agent's).
func tradesPlural(w string) bool {
	one, ok := strings.CutSuffix(w, "s")
	return ok && tradeNoun(one)
}

// stateAfterCity: name is a US state's abbreviation after a city and a
// comma, with its period ("Green Bay, Wis.").
func (d *doc) stateAfterCity(name []int) bool {
	k := name[0]
	return len(name) == 1 && k > 0 && k+1 < d.n && d.text(k-1) == "," && d.text(k+1) == "." && lexicon.StateAbbreviations.Has(d.low[k])
}

// city: the name words are a city's name (lexicon.IsCity), and not a
// first name alone ("Charlotte", "Regina"), which names a person as
// often, nor the last name of a person of the text.
func (d *doc) city(name []int, words []string) bool {
	if len(name) == 1 && (d.firstName(name[0]) != firstname.Unknown || d.ents.surname(words[0])) {
		return false // "Villaverde" after "Jomari Villaverde"
	}
	return lexicon.IsCity(strings.Join(words, " "))
}

// acronymAfter: an acronym in brackets follows the name, opening with
// its first letter and no longer than its words allow ("Kingston Metro
// Transit (KMT)"), as a body's does; a person's initials are not
// bracketed after the name.
func (d *doc) acronymAfter(name []int) bool {
	k := name[len(name)-1] + 1
	if len(name) < 2 || k+2 >= d.n || d.text(k) != "(" || d.text(k+2) != ")" || !d.acronym(k+1) {
		return false
	}
	a := d.text(k + 1)
	return a[0] == d.text(name[0])[0] && len(a) <= len(name)+1
}

// documentAuthor: the name opening at token k follows "by" or "from"
// after a document's noun, over common nouns that describe it ("a survey
// by Cycle Halton", "figures from market tracker Cellmetrics"): a
// document's author with no first name, title or "who" to say it is a
// person is a body.
func (d *doc) documentAuthor(k int) bool {
	k--
	for skipped := 0; k >= 0 && skipped < 3 && !d.capitalized(k) && (d.tags[k] == postag.NN || d.tags[k] == postag.NNS || postag.IsAdjective(d.tags[k])); skipped++ {
		k--
	}
	if k < 1 || d.low[k] != "by" && d.low[k] != "from" {
		return false
	}
	// The document's noun right before, or before its participle and a
	// time ("a study published last week by"), never across a clause
	// ("the website or why it was mentioned by Ivanka Trump").
	for j := k - 1; j >= max(0, k-4); j-- {
		switch {
		case lexicon.DocNouns.Has(d.word(j)):
			return true
		case d.tags[j] == postag.VBN || d.tags[j] == postag.CD || lexicon.TimeWords.Has(d.low[j]) || lexicon.Weekdays.Has(d.low[j]) || lexicon.Months.Has(d.low[j]):
		default:
			return false
		}
	}
	return false
}

// prenominalAuthor: a name of two words or more, of no given name, stands
// before the noun of a document it heads ("the Ghar Daftar property price
// index", "the Pew Research survey"): a body's, as a person's document
// takes the possessive ("Mueller's report"; one word is either: "the
// Mueller report", "the Gallup poll").
func (d *doc) prenominalAuthor(name []int) bool {
	if len(name) < 2 || d.givenGender(name[0]) != firstname.Unknown || d.possessive(name[len(name)-1]) {
		return false
	}
	k := name[len(name)-1] + 1
	for skipped := 0; k < d.n && skipped < 3 && !d.capitalized(k) && (d.tags[k] == postag.NN || postag.IsAdjective(d.tags[k])) && !lexicon.DocNouns.Has(d.word(k)); skipped++ {
		k++
	}
	return k < d.n && !d.capitalized(k) && lexicon.DocNouns.Has(d.word(k))
}

// groupWord: token k names a group: a plural proper noun, or the plural
// of a party's or a nation's word ("Democrats/NNPS", "Republicans/NNS",
// "Mongolians").
func (d *doc) groupWord(k int) bool {
	if !d.capitalized(k) {
		return false
	}
	w := d.word(k)
	if d.tags[k] == postag.NNPS || d.tags[k] == postag.NNS && strings.HasSuffix(w, "s") && d.placeBefore(k) {
		return true // and a common noun's plural after a place: "Sokoto Royals", "Leeds Rhinos"
	}
	return pluralIn(w, lexicon.Affiliations)
}

// pluralIn: w is the plural of a word of set ("Democrats", "Tories").
func pluralIn(w string, set lexicon.Set) bool {
	sing, ok := strings.CutSuffix(w, "s")
	if !ok {
		return false
	}
	if ies, ok := strings.CutSuffix(w, "ies"); ok && set.Has(ies+"y") {
		return true
	}
	return set.Has(sing)
}

// placeBefore: the word before token k, in its sentence, is a place's
// name ("Sokoto" of "Sokoto Royals").
func (d *doc) placeBefore(k int) bool {
	p := k - 1
	if p < 0 || d.seg.SentenceOf[p] != d.seg.SentenceOf[k] || !d.capitalized(p) {
		return false
	}
	w := d.word(p)
	return lexicon.Places.Has(w) || lexicon.IsCity(w)
}

// personLike: the first name word is preceded by an honorific or title.
func (d *doc) personLike(name []int) bool {
	k := name[0] - 1
	for k >= 0 && d.skipTok(k) {
		k--
	}
	return k >= 0 && (lexicon.Honorifics.Has(d.low[k]) || lexicon.TitleWords.Has(d.word(k)))
}

// commonKind classifies a source headed by a common noun.
// A document with no named author ("one study in 38 people", "the
// figures") is anonymous, as our sets mark it; an outlet is a body.
func commonKind(head string) Kind {
	if lexicon.OrgNouns.Has(head) || lexicon.OutletNouns.Has(head) {
		return Organization
	}
	return Anonymous
}

// describedBody: a name of two words or more, none a known first name,
// whose words but the last describe (personName would leave one word:
// "Scottish Natural [Heritage]", "Swiss [Re]"), or whose last
// word is an acronym or a place ("Surf [Life Saving NSW]", "Historic
// [Environment Scotland]"). A person's name that opens with describing
// words leaves two, a first name and a surname ("Unseeded Croatian
// [Mirela Kovac]").
func (d *doc) describedBody(name []int) bool {
	if len(name) < 2 || !d.describes(name[0]) {
		return false
	}
	for _, k := range name {
		if d.firstName(k) != firstname.Unknown {
			return false
		}
	}
	last := name[len(name)-1]
	if d.acronym(last) || lexicon.Places.Has(d.word(last)) {
		return true
	}
	if postag.IsAdjective(d.tags[name[0]]) && !d.describer(name[0]) && !lexicon.DocNouns.Has(d.word(last)) {
		// "Clean Rivers Now", "Clean Sport Aotearoa": no person's name
		// opens with an adjective ("Summary Studies show" is no name)
		return true
	}
	if len(name) == 2 {
		// "Swiss Re", but "Rush Limbaugh": of two words, only a
		// nationality or a party's word describes for sure.
		return d.describer(name[0])
	}
	for _, k := range name[:len(name)-1] {
		if !d.describes(k) {
			return false
		}
	}
	return true
}

// tradedName: shares or a stake are held in the name, a company's:
// "shares in Southern Cross Gold", "a stake in Nkabom Cartons", "Pesa
// Haraka shares", "Arcwave's stock".
func (d *doc) tradedName(name []int) bool {
	stock := func(w string) bool { return w == "shares" || w == "stake" || w == "stock" || w == "stocks" }
	if k := name[0] - 1; k >= 1 && (d.low[k] == "in" || d.low[k] == "of") && stock(d.low[k-1]) {
		return true
	}
	k := name[len(name)-1] + 1
	if k < d.n && d.possessive(k) {
		k++
	}
	return k < d.n && stock(d.low[k])
}

// workplace: see nameEvidence.workplace.
func (d *doc) workplace(k int) bool {
	if k < 2 || d.low[k-1] != "at" || d.possessive(k) || k+1 < d.n && d.possessive(k+1) {
		return false // "a lawyer at Kowalczyk's side"
	}
	w := d.word(k - 2)
	return !d.capitalized(k-2) && (lexicon.PersonNoun(w) || lexicon.PersonNoun(strings.TrimSuffix(w, "s")) || lexicon.TitleWords.Has(w))
}
