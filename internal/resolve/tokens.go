package resolve

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/firstname"
	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// lower lower-cases ASCII fast, anything else with strings.ToLower, and
// writes "’" as "'" so that "O’Neill" and "O'Neill" are one name.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return strings.ToLower(strings.ReplaceAll(s, "’", "'"))
		}
	}
	return s
}

// withoutPossessive cuts the possessive "'s" off the end of a text as
// written, whatever the lower-casing did to its length (lower writes
// "’" as "'").
func withoutPossessive(t string) string {
	for _, s := range [...]string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(t, s) {
			return t[:len(t)-len(s)]
		}
	}
	return t
}

// word is the lower-cased token without a possessive ending.
func (d *doc) word(i int) string { return withoutPossessive(d.low[i]) }

func (d *doc) text(i int) string { return d.seg.TokenText(i) }

// capitalized: the token is written as a word of a name
// (lexicon.NameWord): a capital first, or a particle before one.
func (d *doc) capitalized(i int) bool { return lexicon.NameWord(d.text(i)) }

func (d *doc) isPunct(i int) bool {
	k := d.seg.Tokens[i].Kind
	return k == segment.Punct || k == segment.Quote
}

// trimPunct is end moved back, not before lo, over the punctuation that
// ends a span, quotation marks left in ("... next year," she said: the
// comma goes, a closing mark stays).
func (d *doc) trimPunct(lo, end int) int {
	for end > lo && d.seg.Tokens[end-1].Kind == segment.Punct {
		end--
	}
	return end
}

func (d *doc) isBracket(i int) bool {
	switch d.text(i) {
	case "[", "]", "(", ")":
		return true
	}
	return false
}

// skipTok: a token that names may hold but are not words of: brackets,
// the period of "Mr.", "St." or of an initial, and a quoted nickname.
func (d *doc) skipTok(i int) bool {
	if d.isBracket(i) || d.nickname(i) || d.pluralPossessive(i) || d.retiredMark(i) {
		return true
	}
	if d.text(i) != "." || i == 0 || d.seg.Tokens[i-1].End != d.seg.Tokens[i].Start {
		return false
	}
	p := d.low[i-1]
	return lexicon.Honorifics.Has(p) || lexicon.TitleWords.Has(p+".") || lexicon.NameAbbreviations.Has(p) || (len(p) == 1 && d.capitalized(i-1))
}

// retiredMark: token i is the bracketed mark of a retired officer's
// rank ("Lt-Gen (retd) Saleem Akhtar Durrani", "Col (rtd)"), which stands
// between the rank and the name.
func (d *doc) retiredMark(i int) bool {
	switch d.low[i] {
	case "retd", "rtd", "retd.", "rtd.", "ret", "ret.", "retired":
		return i > 0 && i+1 < d.n && d.text(i-1) == "(" && d.text(i+1) == ")"
	}
	return false
}

// pluralPossessive: token i is the apostrophe of a plural possessive
// within a body's name, an organization noun among the capitalized words
// after it ("Wexcombe Residents' Association", "Teachers' Union").
func (d *doc) pluralPossessive(i int) bool {
	if t := d.text(i); t != "'" && t != "’" || i == 0 || i+1 >= d.n {
		return false
	}
	prev := d.text(i - 1)
	if d.seg.Tokens[i-1].End != d.seg.Tokens[i].Start || !strings.HasSuffix(prev, "s") || !d.capitalized(i-1) {
		return false
	}
	// A body's noun after it, or a capitalized word that is no first
	// name after it and a plural common noun before ("Scottish Traders'
	// Forum", "Renters' Voice Victoria"; not a family's "the Clintons'
	// Chappaqua home", nor an outlet's "Fox News' Bret Baier", nor a
	// possessor before the name of a thing it owns, which a common noun
	// ends: "Dunbrody Homes' Fairyhill development").
	if d.orgNounAfter(i) {
		return true
	}
	if i+3 < d.n && d.low[i+1] == "and" && d.capitalized(i+2) && d.pluralPossessive(i+3) {
		return true // "Pune Traders' and Taxpayers' Association"
	}
	if t := d.tags[i-1]; t != postag.NNS && t != postag.NNP && t != postag.NNPS || !d.nameTok(i+1) || d.firstName(i+1) != firstname.Unknown {
		return false
	}
	k := i + 1
	for k < d.n && d.nameTok(k) {
		k++
	}
	return k >= d.n || d.capitalized(k) || d.tags[k] != postag.NN && d.tags[k] != postag.NNS
}

// nameApostrophe: token i, an apostrophe glued to the name before it,
// ends that name, as Luo names in Kenyan news are written ("Baraka
// Otieno Ochieng'", "Mary Achieng'"): after "ng", and closing no
// quotation ("the 'Hong Kong'" closes one).
func (d *doc) nameApostrophe(i int) bool {
	if t := d.text(i); t != "'" && t != "’" || i == 0 || d.seg.Tokens[i-1].End != d.seg.Tokens[i].Start {
		return false
	}
	if !strings.HasSuffix(d.low[i-1], "ng") || !d.capitalized(i-1) || d.seg.Tokens[i-1].Kind != segment.Word {
		return false
	}
	for _, q := range d.seg.Quotes {
		if q.Close == i {
			return false
		}
	}
	return true
}

// orgNounAfter: an organization noun stands among the three capitalized
// words after token i.
func (d *doc) orgNounAfter(i int) bool {
	for k := i + 1; k < d.n && k <= i+3 && d.seg.Tokens[k].Kind == segment.Word && d.capitalized(k); k++ {
		if lexicon.OrgNouns.Has(d.low[k]) {
			return true
		}
	}
	return false
}

// possessive: the token ends in 's, and is no plural's within a body's
// name ("Donegal Pelagic Fishermen's Organisation", "Women's Tennis
// Association", "People's Party"), which is a name word like any other.
func (d *doc) possessive(i int) bool {
	w := d.word(i)
	if w == d.low[i] {
		return false
	}
	plural := strings.HasSuffix(w, "men") && len(w) > 3 || w == "children" || w == "people"
	return !plural || !d.capitalized(i) || !d.orgNounAfter(i)
}

// rangesText joins the text of token ranges, folding space.
func (d *doc) rangeText(r segment.Range) string {
	if r.Len() <= 0 {
		return ""
	}
	return strings.Join(strings.Fields(d.seg.Src[d.seg.Tokens[r.Start].Start:d.seg.Tokens[r.End-1].End]), " ")
}

// sentence is the range of the sentence of token i.
func (d *doc) sentence(i int) segment.Range { return d.seg.Sentences[d.seg.SentenceOf[i]] }

// nounish: a token that can end a noun phrase.
func (d *doc) nounish(i int) bool {
	t := d.tags[i]
	return postag.IsNoun(t) || t == postag.PRP || t == postag.CD
}

// tokensWhere lists, in text order, the tokens for which keep holds: a
// rule that looks for a word in a sentence per attribution looks in this
// list, through within, and not at every token of the sentence.
func (d *doc) tokensWhere(keep func(k int) bool) []int {
	var ks []int
	for k := range d.n {
		if keep(k) {
			ks = append(ks, k)
		}
	}
	return ks
}

// within is the part of the sorted tokens ks that lies in [lo, hi).
func within(ks []int, lo, hi int) []int {
	i, _ := slices.BinarySearch(ks, lo)
	j, _ := slices.BinarySearch(ks, hi)
	return ks[i:max(i, j)]
}

// retag mends errors of the tagger. It makes a noun of a word it took
// for punctuation; of a document's plural before a participle
// (pluralDocument), a role between a title and a name (roleAfterTitle)
// and the noun that opens a noun phrase after a verb of saying or
// "according to" (nounAfterSaid), all read as verbs; of a name's
// particle read as a verb (particleVerb), or the "a" of "a/l" read as
// an article; and of a lower-case
// title word it took for a verb before a name ("said magistrate/VB
// Thandiwe Mkhize"), where it stands after a verb, a determiner,
// punctuation or nothing; not after a modal or "to" ("will chair
// Monday's meeting"). The tags are copied before the first change: the
// caller's slice stays as it was.
func (d *doc) retag() {
	copied := false
	set := func(k int, t uint8) {
		if !copied {
			d.tags, copied = slices.Clone(d.tags), true
		}
		d.tags[k] = t
	}
	for k := 0; k < d.n; k++ {
		if d.seg.Tokens[k].Kind == segment.Word && postag.IsPunct(d.tags[k]) {
			// A word the tagger took for punctuation, at a line's end
			// with no period ("'A haunting triumph.' — Pixel Tide"):
			// a noun, proper when capitalized.
			if d.capitalized(k) {
				set(k, postag.NNP)
			} else {
				set(k, postag.NN)
			}
			continue
		}
		if k+1 >= d.n {
			continue
		}
		switch {
		case d.pluralDocument(k):
			set(k, postag.NNS) // "radiocarbon results/VBZ released Tuesday by the University"
		case d.roleAfterTitle(k), d.nounAfterSaid(k), d.titleVerbBeforeName(k):
			set(k, postag.NN) // "Chief steward/VBD John Smith", "said harbour/VB master", "said magistrate/VB Thandiwe Mkhize"
		case postag.IsVerb(d.tags[k]) && nounOnlySuffix(d.low[k]):
			set(k, postag.NN) // "the admissions consultancy/VBP EduPath Careers"
		case d.particleVerb(k):
			set(k, postag.NNP) // "Mr. de la/VBD Fontaine"
		case d.tags[k] == postag.DT && d.slashParticle(k) >= 0:
			set(k, postag.NNP) // "Sivaraman a/DT l Krishnan": a patronymic's particle, no article
		}
	}
}

// nounOnlySuffix: w ends in a suffix that makes nouns and no verb of
// English ("consultancy", "agency", "authority", "journalism"), which a
// tagger that has not seen the word may still read as a verb.
func nounOnlySuffix(w string) bool {
	for _, s := range []string{"ancy", "ency", "ity", "ism"} {
		if len(w) > len(s)+2 && strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// particleVerb: token k is a name's particle the tagger read as a verb
// before the name it opens, perhaps after another particle ("Mr. de
// la/VBD Fontaine").
func (d *doc) particleVerb(k int) bool {
	if !postag.IsVerb(d.tags[k]) || !lexicon.NameParticles.Has(d.text(k)) {
		return false
	}
	next := k + 1
	if next+1 < d.n && lexicon.NameParticles.Has(d.text(next)) {
		next++
	}
	return next < d.n && d.seg.Tokens[next].Kind == segment.Word && d.capitalized(next) && !lexicon.NameParticles.Has(d.text(next))
}

// titleVerbBeforeName: token k is a lower-case title word tagged a verb
// before a capitalized word ("said magistrate/VB Thandiwe Mkhize"),
// after a verb, a determiner, punctuation or nothing; not after a modal
// or "to" ("will chair Monday's meeting").
func (d *doc) titleVerbBeforeName(k int) bool {
	t := d.tags[k]
	if t != postag.VB && t != postag.VBP || !lexicon.TitleWords.Has(d.low[k]) || d.text(k) != d.low[k] ||
		d.seg.Tokens[k+1].Kind != segment.Word || !d.capitalized(k+1) {
		return false
	}
	p := k - 1
	return p < 0 || postag.IsVerb(d.tags[p]) || d.tags[p] == postag.DT || d.seg.Tokens[p].Kind != segment.Word
}

// nounAfterSaid: token k, tagged a base form in lower case, follows a
// verb of saying in the past tense or third person ("said", "says",
// "told") or "according to", which a noun phrase follows, never an
// infinitive ("according to radiocarbon/VB results"), and comes before a
// noun.
func (d *doc) nounAfterSaid(k int) bool {
	if k < 1 || k+1 >= d.n || d.tags[k] != postag.VB && d.tags[k] != postag.VBP || d.text(k) != d.low[k] {
		return false
	}
	if k >= 2 && d.low[k-1] == "to" && d.low[k-2] == "according" {
		next := d.tags[k+1]
		return next == postag.NN || next == postag.NNS || next == postag.NNP
	}
	p, next := d.tags[k-1], d.tags[k+1]
	return (p == postag.VBD || p == postag.VBZ) && lexicon.SpeechClassOf(d.low[k-1]) != lexicon.NoSpeech &&
		(next == postag.NN || next == postag.NNS || next == postag.NNP)
}

// pluralDocument: token k, tagged a verb's third person, is the plural
// of a document's noun ("results", "findings", "records") after a word
// that may modify it and before a past participle.
func (d *doc) pluralDocument(k int) bool {
	if k < 1 || k+1 >= d.n || d.tags[k] != postag.VBZ || !lexicon.DocNouns.Has(d.low[k]) || d.tags[k+1] != postag.VBN && d.tags[k+1] != postag.VBD {
		return false
	}
	p := d.tags[k-1]
	return postag.IsAdjective(p) || p == postag.NN || p == postag.NNP || p == postag.DT || p == postag.CD || p == postag.PRPS
}

// roleAfterTitle: token k, a noun of persons in lower case that the
// tagger read as a past tense or participle not ending in "ed", stands
// between a capitalized title word and a capitalized word ("Chief
// steward John Smith"; not "The President said Tuesday").
func (d *doc) roleAfterTitle(k int) bool {
	if k < 1 || k+1 >= d.n || d.tags[k] != postag.VBD && d.tags[k] != postag.VBN || d.text(k) != d.low[k] || strings.HasSuffix(d.low[k], "ed") {
		return false
	}
	return lexicon.PersonNoun(d.low[k]) && d.capitalized(k-1) && lexicon.TitleWords.Has(d.low[k-1]) && d.seg.Tokens[k+1].Kind == segment.Word && d.capitalized(k+1)
}

// pastOpeners is token k moved, not past end, over the conjunctions,
// adverbs and commas that open a sentence or phrase ("But", "Meanwhile,").
func (d *doc) pastOpeners(k, end int) int {
	for k < end && (d.tags[k] == postag.CC || postag.IsAdverb(d.tags[k]) || d.text(k) == ",") {
		k++
	}
	return k
}

// personalWord: w is a pronoun of the first or second person ("I",
// "our", "you"), by which a writer or a speaker addresses the reader.
func personalWord(w string) bool {
	switch w {
	case "i", "me", "my", "we", "us", "our", "you", "your":
		return true
	}
	return false
}
