package resolve

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// admission drops the extractor's relations that report no speech,
// writing, thought or evidence of their source, by the frame of their cue
// (nonSpeech). The extractor learned its cues from PolNeAR, which
// annotates some of these; our own set and the readers of real news do
// not, and each rule is kept only where it pays on one and costs nothing
// on the other (docs/RESOLVE.md).
func (d *doc) admission() {
	personal := d.personalRegister()
	d.atts = slices.DeleteFunc(d.atts, func(a Attribution) bool {
		drop := d.nonSpeech(&a) != "" || personal && !d.speechWordIn(a.Cue)
		if drop {
			d.freeEvidential(a.Cue)
		}
		return drop
	})
}

// freeEvidential gives back to the recovery the evidential adverb of a
// dropped cue ("the town [is reportedly planning] to spend", read as the
// town's saying): what others report of the town, with no source, which
// the recovery reads from the adverb (adverbCue).
func (d *doc) freeEvidential(cue []segment.Range) {
	for _, c := range cue {
		for k := c.Start; k < c.End; k++ {
			if lexicon.EvidentialAdverbs.Has(d.low[k]) {
				for j := c.Start; j < c.End; j++ {
					d.inCue[j] = false
				}
				break
			}
		}
	}
}

// personalRegister: outside quotations, the writer speaks in the first or
// second person at least once in 33 words, as blogs, reviews and advice
// columns do and news reports do not. There the extractor, which learned
// its cues from news, reads the writer's own verbs of doing and liking as
// cues ("we compared the 16-inch base", "They also come with a rack").
func (d *doc) personalRegister() bool {
	words, personal := 0, 0
	for k := range d.n {
		if d.seg.Tokens[k].Kind != segment.Word || d.seg.QuoteDepth[k] > 0 {
			continue
		}
		words++
		if personalWord(d.low[k]) {
			personal++
		}
	}
	return words > 0 && personal*33 >= words
}

// speechWordIn: a word of the cue is in the lexicon of speech, or the cue
// is punctuation alone (a colon's).
func (d *doc) speechWordIn(cue []segment.Range) bool {
	words := false
	for _, r := range cue {
		for k := r.Start; k < r.End; k++ {
			if d.seg.Tokens[k].Kind != segment.Word {
				continue
			}
			words = true
			if lexicon.SpeechClassOf(d.low[k]) != lexicon.NoSpeech {
				return true
			}
		}
	}
	return !words
}

// nonSpeech names the rule by which a relation reports no speech, or
// returns "".
func (d *doc) nonSpeech(a *Attribution) string {
	switch {
	case d.naming(a):
		return "naming"
	case d.convening(a):
		return "convening"
	case d.decree(a):
		return "decree"
	case d.anonymityClause(a):
		return "anonymity"
	case d.intention(a):
		return "intention"
	case d.wish(a):
		return "wish"
	case d.sale(a):
		return "sale"
	case d.request(a):
		return "request"
	case d.thingObject(a):
		return "thing"
	case d.actionObject(a):
		return "action"
	case d.verblessLabel(a), d.headingTurn(a):
		return "label"
	case d.reader(a):
		return "reader"
	case d.sighting(a):
		return "sighting"
	case d.productRecall(a):
		return "recall"
	case d.perception(a):
		return "perception"
	case d.singing(a):
		return "song"
	case d.showingTo(a):
		return "showing"
	case d.publicAppeal(a):
		return "appeal"
	case d.whatHeading(a), d.topicLabel(a):
		return "label"
	case d.cueInName(a):
		return "name"
	case len(a.Cue) > 0 && d.creditedCaption(d.seg.Paragraphs[d.seg.ParagraphOf[a.Cue[0].Start]]):
		return "caption"
	}
	return ""
}

// showingTo: "show" with whom it shows a thing to and the thing ("then
// showed the court a memo dated June 14", "showed reporters footage from
// the race helicopter", "showed the witness a series of messages"): an
// act of showing, no finding; not a document's or a poll's showing
// ("figures show that ...", "polls showed Trump leading").
func (d *doc) showingTo(a *Attribution) bool {
	h := d.cueVerb(a)
	if h < 0 || len(a.Content) == 0 || a.Content[0].Start <= h {
		return false
	}
	switch d.low[h] {
	case "show", "shows", "showed", "showing":
	default:
		return false
	}
	c := a.Content[0]
	k := c.Start
	if d.low[k] == "the" {
		k++
	}
	if k+1 >= c.End || !(d.tags[k] == postag.PRP || lexicon.PersonNoun(strings.TrimSuffix(d.low[k], "s")) || lexicon.PersonNoun(d.low[k]) || d.low[k] == "court" || d.low[k] == "jury" || d.low[k] == "committee") {
		return false
	}
	if len(a.Source) == 0 {
		return false
	}
	if x := d.analyze(a.Source); x.head < 0 || lexicon.DocNouns.Has(d.word(x.head)) || dataNoun(d.word(x.head)) {
		return false // a person shows: not "Polls show voters trust Clinton more", "His tax returns show him a millionaire"
	}
	next := d.tags[k+1]
	return next == postag.DT || next == postag.CD || next == postag.NN || next == postag.NNS // not "showed him victorious"
}

// dataNoun: w names figures that show a finding ("returns", "results").
func dataNoun(w string) bool {
	switch w {
	case "returns", "results", "figures", "numbers", "statistics", "records", "accounts", "data", "scans", "tests", "images", "photos", "footage":
		return true
	}
	return false
}

// singing: the cue sings what no quotation gives ("sang hymns as the
// bodies were brought up", "singing solidarity songs", "Some players sang
// Flower of Scotland"): a performance, not a report. Sung words quoted or
// a sung clause stay, and so does the idiom of praise.
func (d *doc) singing(a *Attribution) bool {
	h := d.cueVerb(a)
	if h < 0 || len(a.Content) == 0 {
		return false
	}
	switch d.low[h] {
	case "sing", "sings", "sang", "sung", "singing":
	default:
		return false
	}
	c := a.Content[0].Start
	if w := d.low[c]; w == "that" || w == "praises" || c+1 < d.n && w == "the" && d.low[c+1] == "praises" {
		return false // a sung clause ("sang that the president must go"), and "sang the praises of"
	}
	return d.seg.Tokens[c].Kind != segment.Quote && d.seg.QuoteDepth[c] == 0
}

// cueInName: the cue is one capitalized word inside a sentence of prose
// (not in capitals: "NEW HAMPSHIRE SHOWS STRONG TRUMP LEAD"), between the
// capitalized words of a name ("the Thar Rural Support Forum"): a name's
// word, which the extractor took for a verb.
func (d *doc) cueInName(a *Attribution) bool {
	if len(a.Cue) != 1 || a.Cue[0].Len() != 1 {
		return false
	}
	k := a.Cue[0].Start
	if k+1 >= d.n || k == d.sentence(k).Start || !d.capitalized(k) || d.text(k) == strings.ToUpper(d.text(k)) || d.inTitle(k) ||
		d.headline[d.seg.SentenceOf[k]] || d.titleCase(d.sentence(k)) {
		return false
	}
	return d.capitalized(k-1) && d.seg.Tokens[k-1].Kind == segment.Word && d.capitalized(k+1) && d.seg.Tokens[k+1].Kind == segment.Word
}

// cueHead is the first token of the cue that is not an adverb, or -1.
func (d *doc) cueHead(a *Attribution) int {
	c := a.Cue[0]
	for k := c.Start; k < c.End; k++ {
		if !postag.IsAdverb(d.tags[k]) {
			return k
		}
	}
	return -1
}

// cueVerb is the first token of the cue after its adverbs, auxiliaries,
// modals and negation ("have decided", "did not want"), or -1.
func (d *doc) cueVerb(a *Attribution) int {
	c := a.Cue[0]
	for k := c.Start; k < c.End; k++ {
		w := d.low[k]
		if postag.IsAdverb(d.tags[k]) || d.tags[k] == postag.MD || lexicon.Auxiliaries.Has(w) ||
			w == "do" || w == "does" || w == "did" || w == "not" || w == "n't" || w == "never" {
			continue
		}
		return k
	}
	return -1
}

// naming: the cue gives a name or a term, not a claim: a naming
// participle with no auxiliary after the noun it names ("his group,
// called the Virginia Legacy Fund", "popularly known as 'Lady T'"), or
// "so-called".
func (d *doc) naming(a *Attribution) bool {
	for _, c := range a.Cue {
		for k := c.Start; k < c.End; k++ {
			if d.low[k] == "so-called" {
				return true
			}
		}
	}
	h := d.cueHead(a)
	if h < 0 || !lexicon.NamingVerbs.Has(d.low[h]) {
		return false
	}
	participle := d.tags[h] == postag.VBN || d.low[h] == "known"
	if n := h + 1; n < d.n && (d.low[n] == "for" || d.low[n] == "on" || d.low[n] == "upon" || d.low[n] == "out") {
		return false // "called for", "called on": speech
	}
	b := h - 1
	for b >= 0 && postag.IsAdverb(d.tags[b]) {
		b--
	}
	if b < 0 || lexicon.Auxiliaries.Has(d.low[b]) {
		return false
	}
	if postag.IsNoun(d.tags[b]) {
		// Right after the noun it names ("a group known as Fancy Bear");
		// a subject before a finite "called" is the relation's source.
		return participle && len(a.Source) == 0
	}
	// Set off by commas, and the sentence's verb after ("the talks, often
	// called the 'cod wars', run through the night"), whatever the
	// tagger made of it; "Cooper, the attorney general, called Friday for
	// ..." has none.
	return d.text(b) == "," && d.verbAfterComma(h)
}

// verbAfterComma: after token h, its sentence goes on after a comma with
// a verb (adverbs between): the verb of the noun the phrase from h names.
func (d *doc) verbAfterComma(h int) bool {
	sen := d.sentence(h)
	for k := h + 1; k+1 < sen.End; k++ {
		if d.text(k) != "," {
			continue
		}
		v := k + 1
		for v < sen.End && (postag.IsAdverb(d.tags[v]) || d.seg.Tokens[v].Kind == segment.Quote) {
			v++ // an adverb, or the closing mark after a comma ('titled "Arrogant," features')
		}
		if v < sen.End && d.seg.QuoteDepth[v] > 0 {
			continue
		}
		// Any verb but a participle opening a clause of its own: the
		// tagger often reads a plural's verb as a base form ("run").
		if v < sen.End && (postag.IsVerb(d.tags[v]) && d.tags[v] != postag.VBG || d.tags[v] == postag.MD) {
			return true
		}
	}
	return false
}

// convening: "call" with a meeting or a session for object convenes it
// ("called the meeting to order", "called an emergency session"); calling
// for one is speech.
func (d *doc) convening(a *Attribution) bool {
	h := d.cueVerb(a)
	if h < 0 || !lexicon.CallVerbs.Has(d.low[h]) {
		return false
	}
	if n := h + 1; n < d.n && (d.low[n] == "for" || d.low[n] == "on" || d.low[n] == "upon") {
		return false // "called for a vote"
	}
	end := a.Cue[0].End
	if end >= d.n || !(d.low[end] == "a" || d.low[end] == "an" || d.low[end] == "the" || postag.IsAdjective(d.tags[end])) {
		return false // "called her vote a mistake" evaluates it
	}
	for k := end; k < d.n && k < end+5; k++ {
		switch {
		case lexicon.ConvenedEvents.Has(d.low[k]):
			return true
		case d.isPunct(k), postag.IsVerb(d.tags[k]):
			return false
		}
	}
	return false
}

// decree: the cue puts a measure in force, its object a noun phrase
// headed by one ("declared a state of emergency", "ordered an independent
// inquiry into A-level grading", "imposed a dusk-to-dawn curfew"): an act
// of the source, not something it said.
func (d *doc) decree(a *Attribution) bool {
	h := d.cueVerb(a)
	if h < 0 || !lexicon.DecreeVerbs.Has(d.low[h]) || len(a.Content) == 0 {
		return false
	}
	// The object alone decides: the extractor may run the content on
	// past it ("ordered an independent review of the case, and the
	// family has been invited ...", "an inquiry into why spraying had
	// not begun").
	c := a.Content[0]
	if d.declaredState(h, c) {
		return true
	}
	whole := segment.Range{Start: c.Start, End: a.Content[len(a.Content)-1].End} // the message may stand past a time: "an advisory on Friday that ..."
	for k := c.Start; k < c.End && k < c.Start+8; k++ {
		switch {
		case lexicon.Decrees.Has(d.low[k]):
			// and "a 60-day state of siege", not "the state of the roads";
			// not a warning with what it warns of ("issued a warning that
			// the dam could fail", "a notice to customers that ...", "an
			// advisory urging residents", "a statement warning motorists")
			return !d.messageAfter(k, whole.End)
		case d.text(k) == "-": // a compound's hyphen: "60-day"
		case d.isPunct(k) || d.tags[k] == postag.IN && d.low[k] != "of" || postag.IsVerb(d.tags[k]) || d.low[k] == "to" || d.tags[k] == postag.MD:
			return false // "ordered the files released in an inquiry", "ordered police to open an inquiry": the object ended
		}
	}
	return false
}

// messageAfter: what follows the measure at token k, before end, says
// what it says: a "that" clause soon after it, or a participle
// ("urging") or a noun or pronoun right after it, which makes it a verb
// ("warning motorists"); not "a recount of ballots from 34 polling
// stations".
func (d *doc) messageAfter(k, end int) bool {
	if k+1 < end && (d.tags[k+1] == postag.NNS || d.tags[k+1] == postag.PRP || d.tags[k+1] == postag.NNPS || d.tags[k+1] == postag.VBG) {
		return true // "warning motorists"
	}
	if k+2 < end && strings.HasSuffix(d.low[k+1], "ing") && (d.tags[k+2] == postag.NNS || d.tags[k+2] == postag.NNPS || d.tags[k+2] == postag.PRP || d.tags[k+2] == postag.DT) {
		return true // "a travel advisory warning citizens", a participle the tagger read as a noun; not "an emergency warning for Buchan"
	}
	for j := k + 1; j < end && j <= k+6; j++ {
		if d.low[j] == "that" && j+1 < end && !postag.IsVerb(d.tags[j+1]) && d.tags[j+1] != postag.MD {
			return true // "a notice to customers that its branches ...", not "ballots that were spoilt"
		}
	}
	return false
}

// declaredState: "declare" with an object and the legal state it puts
// it in, no clause ("declared the four districts calamity-hit", "declared
// Prof Obura the winner", "has declared the scheme illegal", "declared
// Kampung Padang Sera an infected zone"): an act of authority, not a
// report. A judgment stays ("declared the state of the roads a scandal").
// The content holds no clause and opens with no quotation or "that".
func (d *doc) declaredState(h int, c segment.Range) bool {
	if !strings.HasPrefix(d.low[h], "declar") || c.Len() < 2 || d.seg.Tokens[c.Start].Kind == segment.Quote || d.low[c.Start] == "that" {
		return false
	}
	state := false
	for k := c.Start; k < c.End; k++ {
		hyphen := strings.LastIndexByte(d.low[k], '-')
		switch t := d.tags[k]; {
		case k > c.Start && (lexicon.DeclaredStates.Has(d.low[k]) || hyphen > 0 && lexicon.DeclaredStates.Has(d.low[k][hyphen:])):
			// Whatever the tagger made of it, the state is predicated, not
			// a word of a noun phrase: not before a noun ("the
			// drought-hit areas"), and a noun of a state opens with an
			// article of its own that no preposition governs ("... an
			// infected zone", "... the winner"; not "in the areas").
			if k+1 < c.End && postag.IsNoun(d.tags[k+1]) {
				continue
			}
			if lexicon.DeclaredStates.Has(d.low[k]) && postag.IsNoun(t) && !d.ownArticle(k, c.Start) {
				continue
			}
			state = true
		case postag.IsVerb(t) && t != postag.VBN && t != postag.VBG, t == postag.MD, d.seg.QuoteDepth[k] > 0:
			return false // a clause, or a quotation
		}
	}
	return state
}

// ownArticle: the noun at token k, after token start, has an article
// within three words before it that no preposition governs ("Kampung
// Padang Sera [an] infected zone", not "in [the] areas").
func (d *doc) ownArticle(k, start int) bool {
	for j := k - 1; j >= start && j >= k-3 && j > 0; j-- {
		if d.tags[j] == postag.DT {
			return d.tags[j-1] != postag.IN
		}
	}
	return false
}

// anonymityClause: what the relation reports is that its source asked not
// to be named ("..., who asked not to be named, said", "who asked that
// her name not be used"): the reason the
// anonymity pass gives, not something the source said.
func (d *doc) anonymityClause(a *Attribution) bool {
	h := d.cueVerb(a)
	if h < 0 || len(a.Content) == 0 {
		return false
	}
	verb := h
	for k := h; k < a.Cue[len(a.Cue)-1].End; k++ {
		if lexicon.AnonymityVerbs.Has(d.low[k]) {
			verb = k
		}
	}
	if !lexicon.AnonymityVerbs.Has(d.low[verb]) {
		return false
	}
	k := a.Content[0].Start
	if d.low[k] == "anonymity" {
		return true
	}
	if d.low[k] == "that" && k+2 < d.n {
		// "asked that her name not be used", "asked that she not be named"
		k++
		if d.tags[k] == postag.PRPS && (d.low[k+1] == "name" || d.low[k+1] == "names") {
			return true
		}
		if d.tags[k] == postag.PRP {
			k++
		}
	}
	if k < d.n && d.low[k] == "not" {
		k++
	}
	if k+1 < d.n && d.low[k] == "be" && lexicon.Unnamed.Has(d.low[k+1]) {
		return true
	}
	return k+2 < d.n && d.low[k] == "to" && d.low[k+1] == "be" && lexicon.Unnamed.Has(d.low[k+2])
}

// intention: a decision or a plan to act is no speech ("decided to weigh
// in", "voted to hold more hearings"): a verb of deciding with an
// infinitive.
func (d *doc) intention(a *Attribution) bool {
	h := d.cueVerb(a)
	if h < 0 || !lexicon.IntentionVerbs.Has(d.low[h]) {
		return false
	}
	last := a.Cue[len(a.Cue)-1].End
	if lexicon.DecisionVerbs.Has(d.low[h]) {
		for k := h + 1; k+1 < last; k++ {
			if d.low[k] == "to" && d.tags[k+1] == postag.VB {
				return true // the infinitive in the cue: "[voted on Friday to declare] a state of calamity"
			}
		}
	}
	k := last
	if len(a.Content) > 0 {
		k = a.Content[0].Start
	}
	for k < d.n && k < last+6 && d.low[k] != "to" && (!d.isPunct(k) || d.tally(k)) && !postag.IsVerb(d.tags[k]) {
		k++ // "decided last month to appoint", "voted 7-2 on Tuesday to approve"
	}
	return k+1 < d.n && d.low[k] == "to" && d.tags[k+1] == postag.VB
}

// wish: the cue wishes ("I just wish it weighed less"): a desire.
func (d *doc) wish(a *Attribution) bool {
	h := d.cueVerb(a)
	return h >= 0 && lexicon.WishVerbs.Has(d.low[h])
}

// sale: an offer of goods at a price or a discount ("is offering Prime
// members an extra $20 off", "is offering the player for $499", "20
// per cent off"), or of something free or given back ("offered free
// rebooking", "has offered full refunds", "have offered a reward"), is a
// sale or a gift, not speech; an offer of "insights" or "a defense"
// stays (PolNeAR annotates those).
func (d *doc) sale(a *Attribution) bool {
	h := d.cueVerb(a)
	if h < 0 || !lexicon.OfferVerbs.Has(d.low[h]) {
		return false
	}
	// The cue may have taken the offer's object ("has offered free
	// rebooking on"), the content what follows.
	// The object tells, not the clause it offers ("offered assurances
	// that loans would be rescheduled", "offered an explanation for the
	// delay in payment"): its words past whom it is offered to ("every
	// passenger on the flight a full refund"), up to a clause, a
	// participle or a noun of something said.
	for _, r := range append([]segment.Range{{Start: h + 1, End: a.Cue[len(a.Cue)-1].End}}, a.Content...) {
		inPhrase := false // in a prepositional phrase, whose noun is no object
		for k := r.Start; k < r.End; k++ {
			if d.price(k) || d.gift(k, r.End) {
				return true
			}
			switch t := d.tags[k]; {
			case d.low[k] == "that" || t == postag.VBG || finite(t):
				return false
			case t == postag.IN:
				// not the "of" of a quantity: "two years of free credit monitoring"
				inPhrase = !(d.low[k] == "of" && k-2 >= r.Start && d.tags[k-2] == postag.CD)
			case (t == postag.NN || t == postag.NNS) && !inPhrase && offeredWords(d.low[k]):
				return false // what is offered is said: "assurances", "an explanation", "condolences"
			case t == postag.NN || t == postag.NNS:
				inPhrase = false
			}
		}
	}
	return false
}

// offeredWords: w is something said that one offers ("assurances", "an
// explanation", "condolences", "support"): the offer is speech, whatever
// its clause holds.
func offeredWords(w string) bool {
	switch w {
	case "apology", "apologies", "condolences", "sympathy", "support", "help", "hope", "advice", "insight", "insights",
		"defence", "defense", "guarantee", "guarantees", "reassurance", "reassurances", "thanks", "praise",
		"detail", "details", "thought", "thoughts", "glimpse", "clue", "clues", "reason", "reasons", "information":
		return true
	}
	return lexicon.SpeechClassOf(w) == lexicon.SpeechNoun
}

// gift: token k, before end, names something an offer gives: a refund,
// a reward, or anything "free" but an idea ("free speech", "free
// trade"), and no "not" or "no" denies it ("an apology, though not
// compensation").
func (d *doc) gift(k, end int) bool {
	if k > 0 && (d.low[k-1] == "not" || d.low[k-1] == "no") {
		return false
	}
	return lexicon.Giveaways.Has(d.low[k]) || d.low[k] == "free" && k+1 < end && postag.IsNoun(d.tags[k+1]) && !lexicon.FreeCompounds.Has(d.low[k+1])
}

// listingPrice: w stands before a listing's price ("for $169.99", "at
// £29", "only $5", "from $99", "was $449").
func listingPrice(w string) bool {
	switch w {
	case "for", "at", "only", "from", "just", "was", "now":
		return true
	}
	return false
}

// price: token k opens an amount of money or a percentage ("$20",
// "£29.99", "₱1,200", "20 percent", "10 per cent", "15%").
func (d *doc) price(k int) bool {
	switch t := d.text(k); {
	case strings.ContainsRune("$£€¥₹₦₱₵", firstRune(t)), currencyPrefixed(t), lexicon.Currencies.Has(d.low[k]):
		return true
	case d.seg.Tokens[k].Kind == segment.Number && k+1 < d.n:
		next := d.low[k+1]
		return next == "percent" || next == "%" || next == "per" && k+2 < d.n && d.low[k+2] == "cent"
	}
	return false
}

// currencyPrefixed: t is an amount written after a currency's letters
// ("RM5,000", "Rs100,000", "Sh10", "P20,000", "N50").
func currencyPrefixed(t string) bool {
	i := strings.IndexFunc(t, func(r rune) bool { return r >= '0' && r <= '9' })
	return i > 0 && lexicon.CurrencyCodes.Has(strings.TrimSuffix(t[:i], "."))
}

// firstRune is the first rune of s, utf8.RuneError for none.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// tally: token k is the dash of a score or a vote ("7-2").
func (d *doc) tally(k int) bool {
	return k > 0 && k+1 < d.n && d.text(k) == "-" && d.seg.Tokens[k-1].Kind == segment.Number && d.seg.Tokens[k+1].Kind == segment.Number
}

// request: asking for a thing is no speech that reports anything ("had
// asked for a sentence of probation", "sought the Centre's response"):
// "ask for" or "seek" with a noun phrase, no clause and no infinitive.
func (d *doc) request(a *Attribution) bool {
	h := d.cueVerb(a)
	if h < 0 || !lexicon.RequestVerbs.Has(d.low[h]) || len(a.Content) == 0 {
		return false
	}
	if d.low[h] == "ask" || d.low[h] == "asks" || d.low[h] == "asked" || d.low[h] == "asking" {
		if !d.askedFor(h) {
			return false // "asked whether ...", "asked the DDA to file ..."
		}
	}
	for _, r := range a.Content {
		for k := r.Start; k < r.End; k++ {
			if postag.IsVerb(d.tags[k]) || d.tags[k] == postag.MD || d.low[k] == "to" && k+1 < r.End && d.tags[k+1] == postag.VB {
				return false
			}
		}
	}
	return true
}

// askedFor: "for" follows the verb of asking at h, right after it or
// after its object ("asked for a sentence", "asked the council for a
// refund"), with no verb between.
func (d *doc) askedFor(h int) bool {
	for k := h + 1; k < d.n && k <= h+5; k++ {
		switch {
		case d.low[k] == "for":
			return true
		case postag.IsVerb(d.tags[k]), d.tags[k] == postag.MD, d.isPunct(k), d.low[k] == "to", lexicon.Complementizers.Has(d.low[k]):
			return false
		}
	}
	return false
}

// thingObject: a verb that reports only with a clause or a quotation, and
// otherwise gives, shows or scores a thing, with a bare noun phrase for
// object ("added a goal", "posted an elite grade", "will offer the car in
// thirteen finishes", "offered no proof").
func (d *doc) thingObject(a *Attribution) bool {
	h := d.cueVerb(a)
	if h < 0 || !lexicon.ThingVerbs.Has(d.low[h]) || len(a.Content) == 0 {
		return false
	}
	if strings.HasPrefix(d.low[h], "observ") && a.Content[0].Start != h+1 {
		return false // "as Mr. Bown observed, in the early days ...": a remark, not the object "observed a minute's silence"
	}
	return d.bareNounPhrase(a.Content)
}

// actionObject: a verb that is no verb of saying, believing or showing,
// with a bare noun phrase for object, does a thing to it ("watched the
// match", "handed her the newspaper", "cast the deciding vote"): what
// reports speech with such an object is a verb of the speech lexicon
// ("denied the allegations", "announced a plan"). A verb outside the
// lexicon that reports takes a clause or a quotation, which the rule
// leaves.
func (d *doc) actionObject(a *Attribution) bool {
	h := d.cueVerb(a)
	if h < 0 || !postag.IsVerb(d.tags[h]) || len(a.Content) == 0 || a.Cue[0].End-a.Cue[0].Start > 1 {
		return false
	}
	if lexicon.SpeechClassOf(d.low[h]) != lexicon.NoSpeech || lexicon.StanceVerbs.Has(d.low[h]) {
		return false
	}
	return d.bareNounPhrase(a.Content)
}

// bareNounPhrase: the content holds no verb of a clause (clauseVerb), no
// modal and no quotation, and opens with no complementizer or wh-word: a
// noun phrase, not a clause.
func (d *doc) bareNounPhrase(rs []segment.Range) bool {
	first := rs[0].Start
	if lexicon.Complementizers.Has(d.low[first]) {
		return false
	}
	for i, r := range rs {
		for k := r.Start; k < r.End; k++ {
			if i == 0 && k > first && lexicon.Subordinators.Has(d.low[k]) && d.low[k] != "that" {
				return true // the object ended before a clause that is no complement ("a goal as the Bruins beat ...")
			}
			if d.clauseVerb(k, first) || d.tags[k] == postag.MD || d.seg.Tokens[k].Kind == segment.Quote || d.seg.QuoteDepth[k] > 0 {
				return false
			}
		}
	}
	return true
}

// clauseVerb: token k, in a content that opens at first, is a verb that
// makes it a clause. A verb tag after a determiner or a possessive is a
// noun the tagger misread ("a goal and an assist", "their support").
func (d *doc) clauseVerb(k, first int) bool {
	if !postag.IsVerb(d.tags[k]) {
		return false
	}
	if k > first && (d.tags[k-1] == postag.DT || d.tags[k-1] == postag.PRPS) {
		return false
	}
	if k > first && (d.tags[k] == postag.VBG || d.tags[k] == postag.VBN) && d.tags[k-1] != postag.TO && !d.auxBefore(k) {
		return false
	}
	return true
}

// auxBefore: an auxiliary stands right before token k, adverbs between.
func (d *doc) auxBefore(k int) bool {
	j := k - 1
	for j >= 0 && postag.IsAdverb(d.tags[j]) {
		j--
	}
	return j >= 0 && lexicon.Auxiliaries.Has(d.low[j])
}

// verblessLabel: a colon after a label with no verb and no quotation
// after it ("Connectivity Technology: Wireless Connect via Bluetooth
// with your device", "Q: Favorite apps?") labels a thing; a speaker's colon introduces what was said, a clause or a
// quotation ("Poll: Clinton and Trump in dead heat heading into ...").
func (d *doc) verblessLabel(a *Attribution) bool {
	c := a.Cue[0]
	if c.End-c.Start != 1 || d.text(c.Start) != ":" || len(a.Content) == 0 {
		return false
	}
	titleCase, priced := true, false
	for _, r := range a.Content {
		for k := r.Start; k < r.End; k++ {
			if postag.IsVerb(d.tags[k]) || d.tags[k] == postag.MD || d.seg.Tokens[k].Kind == segment.Quote || d.seg.QuoteDepth[k] > 0 {
				return false
			}
			if d.seg.Tokens[k].Kind == segment.Word && !d.capitalized(k) && !lexicon.TitleCaseLower.Has(d.low[k]) {
				titleCase = false
			}
			priced = priced || k > r.Start && listingPrice(d.low[k-1]) && strings.ContainsRune("$£€¥₹₦₱", firstRune(d.text(k)))
		}
	}
	// A headline in title case hides its verbs from the tagger ("Poll:
	// Wealthy Voters Abandon Republican Party for Hillary Clinton"); a
	// product's name and its price after "for" or "at" is a listing ("New
	// Price Drop: Apple Watch Series 3 38mm Smart Watch for $169.99"), a
	// sum in a headline is not ("Treasury: £22bn Black Hole in Public
	// Finances").
	return !titleCase || priced
}

// headingTurn: a colon after a heading label ("Q:", "UPDATE:", "Photo:")
// opens a question, a note or a credit, and one after a salutation
// ("DEAR ABBY:", "Dear Prudence:") opens a letter to the one named: none
// is the named one's words.
func (d *doc) headingTurn(a *Attribution) bool {
	c := a.Cue[0]
	if c.End-c.Start != 1 || d.text(c.Start) != ":" || len(a.Source) == 0 {
		return false
	}
	s := a.Source[len(a.Source)-1]
	return s.End == c.Start && (lexicon.HeadingLabels.Has(d.low[s.End-1]) || d.low[a.Source[0].Start] == "dear")
}

// reader: the source is "you" outside quotations ("you can see why",
// "you'll like what you learn"): the text addresses its reader, and
// reports no one.
func (d *doc) reader(a *Attribution) bool {
	if len(a.Source) != 1 {
		return false
	}
	r := a.Source[0]
	for r.Start < r.End && d.isPunct(r.Start) {
		r.Start++
	}
	return r.Len() == 1 && (d.low[r.Start] == "you" || strings.HasPrefix(d.low[r.Start], "you'")) &&
		d.seg.QuoteDepth[r.Start] == 0
}

// sighting: the cue is a participle of getting or reading a document
// right after it, before "by" ("a report, seen by the Courier,", "files
// obtained by the Tribune"): who has the document, which says nothing;
// but seeing it as something is judging it.
func (d *doc) sighting(a *Attribution) bool {
	if len(a.Cue) != 1 || a.Cue[0].Len() != 1 {
		return false
	}
	k := a.Cue[0].Start
	if k+1 >= d.n || d.low[k+1] != "by" || d.tags[k] != postag.VBN && d.tags[k] != postag.VBD || !lexicon.SightVerbs.Has(d.low[k]) {
		return false
	}
	for j := k + 2; j < min(d.n, k+8) && !d.isPunct(j); j++ {
		if d.low[j] == "as" {
			return false // "an option seen by organizers as a lifeboat": their judgment
		}
	}
	p := k - 1
	if p >= 0 && (d.text(p) == "," || d.low[p] == "and") {
		p-- // "a memo dated Sept. 30 and seen by the Ledger"
	}
	return p >= 0 && (postag.IsNoun(d.tags[p]) || d.tags[p] == postag.CD)
}

// productRecall: a maker recalls goods counted by a number ("recalled
// 140,000 pounds of ground beef", "is recalling more than 212,000
// SUVs"): it takes them back, and remembers nothing. A year or a count
// of times is remembered ("recalled 2019 as the worst year", "recalled
// three occasions on which ...").
func (d *doc) productRecall(a *Attribution) bool {
	h := d.cueVerb(a)
	if h < 0 || len(a.Content) == 0 || a.Content[0].Start <= h {
		return false
	}
	switch d.low[h] {
	case "recall", "recalls", "recalled", "recalling":
	default:
		return false
	}
	k := a.Content[0].Start
	for k < a.Content[0].End && amountHedge(d.low[k]) {
		k++
	}
	if k >= a.Content[0].End || d.tags[k] != postag.CD && d.seg.Tokens[k].Kind != segment.Number || yearLike(d.text(k)) {
		return false
	}
	return k+1 >= a.Content[0].End || !lexicon.TimeWords.Has(d.low[k+1]) && !occasionNoun(d.low[k+1])
}

// yearLike: t is a year of four digits ("2019").
func yearLike(t string) bool {
	if len(t) != 4 || t[0] != '1' && t[0] != '2' {
		return false
	}
	for _, c := range t {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// occasionNoun: w counts times or events ("three occasions", "two
// incidents"), which one remembers.
func occasionNoun(w string) bool {
	switch w {
	case "occasions", "occasion", "times", "time", "incidents", "instances", "episodes", "visits", "meetings", "conversations", "encounters":
		return true
	}
	return false
}

// perception: the cue is a past verb of the senses whose content is a
// scene, a noun phrase and a verb with no tense ("watched the sun turn a
// dull orange", "heard the roof give way"): what the source perceived,
// which tells nothing said; not "heard that ...", nor "saw", whose
// eyewitness claims PolNeAR marks ("officers saw Scott get out of a car
// with a handgun").
func (d *doc) perception(a *Attribution) bool {
	h := d.cueVerb(a)
	if h < 0 || len(a.Content) != 1 || a.Content[0].Start <= h {
		return false
	}
	switch d.low[h] {
	case "watched", "heard", "noticed", "spotted", "witnessed":
	default:
		return false
	}
	c := a.Content[0]
	if lexicon.Complementizers.Has(d.low[c.Start]) || d.hasVerb(c) || d.seg.Tokens[c.Start].Kind == segment.Quote {
		return false
	}
	for k := c.Start + 1; k < c.End; k++ {
		if d.low[k] == "as" {
			return false
		}
		if d.tags[k] == postag.VBG || d.tags[k] == postag.VB {
			// "heard Trump tell aides to fire Comey": speech overheard
			return lexicon.SpeechClassOf(d.low[k]) != lexicon.Communication
		}
	}
	return false
}

// publicAppeal: a passive request to the public to call or contact
// someone ("Anyone with information is asked to call Crime Stoppers",
// "Residents are urged to contact the hotline"): the outlet passing on an
// appeal to its readers, which our readers do not mark (none of the 5 in
// our sets; PolNeAR has none). Not a request to someone named ("Mr
// Okafor was told to report to the police", "who was asked to call off
// the strike").
func (d *doc) publicAppeal(a *Attribution) bool {
	h := d.cueVerb(a)
	if h < 2 || len(a.Content) == 0 || !lexicon.BeForms.Has(d.low[h-1]) {
		return false
	}
	switch d.low[h] {
	case "asked", "urged", "encouraged", "requested", "advised":
	default:
		return false
	}
	k := a.Content[0].Start
	if k+2 >= d.n || d.low[k] != "to" || d.low[k+2] == "off" || d.low[k+2] == "for" ||
		d.low[k+2] == "on" && (k+3 >= d.n || d.tags[k+3] != postag.CD) { // "call on 0800 555 111", not "call on the minister"
		return false
	}
	switch d.low[k+1] {
	case "call", "contact", "ring", "phone", "telephone", "email", "report":
	default:
		return false
	}
	return d.publicSubject(h - 1)
}

// publicSubject: the subject before the be-form at token be is the
// public, whom an appeal addresses: a word for it stands before the
// verb in its sentence ("Anyone with information about the robbery on
// Moi Avenue", "Members of the public", "Witnesses"), or the subject
// names no one, with no name or personal pronoun back to a comma and no
// relative pronoun right before the verb ("Donors"); "Mr Okafor was
// asked", "who was asked" are requests to someone.
func (d *doc) publicSubject(be int) bool {
	sen := d.sentence(be)
	for k := sen.Start; k < be; k++ {
		switch d.low[k] {
		case "anyone", "anybody", "public", "residents", "witnesses", "motorists", "passengers", "customers", "readers":
			return true
		}
	}
	if be-1 >= sen.Start && d.tags[be-1] == postag.WP {
		return false
	}
	for k := be - 1; k >= sen.Start && !d.isPunct(k); k-- {
		if d.nameTok(k) && k > sen.Start || d.tags[k] == postag.PRP || lexicon.Honorifics.Has(d.low[k]) {
			return false
		}
	}
	return true
}

// whatHeading: the attribution is a section's heading that announces
// what someone says ("What supporters say", "WHAT THE DATA SAYS"): a
// paragraph of at most eight words, opened by its content, a lone
// "what", with no full stop; the claims follow below it. (PolNeAR marks
// "what" as a content inside sentences: "That's what Clinton is
// promising them".)
func (d *doc) whatHeading(a *Attribution) bool {
	if len(a.Content) != 1 || a.Content[0].Len() != 1 || d.low[a.Content[0].Start] != "what" {
		return false
	}
	k := a.Content[0].Start
	p := d.seg.Paragraphs[d.seg.ParagraphOf[k]]
	return k == p.Start && d.wordCount(p) <= 8 && !d.endsSentence(p)
}
