package lexicon

// The words by which the admission rules of the resolve stage tell a
// relation that reports no speech, writing, thought or evidence of its
// source from one that does. Hand-listed general English; each list says
// which rule reads it (resolve/admission.go) and what it catches.

// NamingVerbs are the participles that give a name or a term, not a
// claim, when they follow the noun they name with no auxiliary: "his
// group, called the Virginia Legacy Fund", "Temitope Adeyinka, popularly
// known as 'Lady T'", "the talks, often called the 'cod wars'". With an
// auxiliary or a subject they can report ("was dubbed the debate's
// winner", "Chebet called it long overdue"), and the rule leaves those.
var NamingVerbs = newSet(
	"called", "named", "dubbed", "nicknamed", "titled", "entitled", "known", "labeled", "labelled", "billed",
)

// Auxiliaries are the forms of be, have and get before a participle: with
// one, a naming verb is a passive that may report.
var Auxiliaries = newSet(
	"is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s", "'re", "’re",
	"has", "have", "had", "having", "get", "gets", "got", "gotten", "getting",
)

// CallVerbs are the forms of "call", which convenes as well as reports.
var CallVerbs = newSet("call", "calls", "called", "calling")

// ConvenedEvents are what one calls to order rather than calls something:
// "called the meeting to order", "called an emergency session". Calling
// for one ("called for a vote") is speech, and the rule leaves it.
var ConvenedEvents = newSet(
	"meeting", "meetings", "hearing", "hearings", "session", "sessions", "vote", "election", "elections",
	"referendum", "conference", "summit", "strike", "recess", "halt", "timeout", "time-out",
)

// DecreeVerbs put a measure in force rather than report it: "declared a
// state of emergency", "ordered an independent inquiry", "imposed a
// curfew", "launched a review". With a clause they may report ("declared
// that ..."), which the rule leaves.
var DecreeVerbs = newSet(
	"declare", "declares", "declared", "declaring", "order", "orders", "ordered", "ordering",
	"impose", "imposes", "imposed", "imposing", "launch", "launches", "launched", "launching",
	"issue", "issues", "issued", "issuing",
)

// Decrees are the measures that DecreeVerbs put in force.
var Decrees = newSet(
	"emergency", "ban", "bans", "curfew", "curfews", "inquiry", "inquest", "investigation", "probe", "review",
	"lockdown", "holiday", "evacuation", "evacuations", "closure", "closures", "moratorium", "shutdown",
	"audit", "recall", "mourning", "blackout", "quarantine", "calamity", "siege", "disaster", "alert", "prayer", "prayers",
	// and the checks, searches and notices an authority orders or
	// issues ("ordered a recount of ballots", "has ordered checks on the
	// fuel valves", "issued a severe flood warning")
	"recount", "recounts", "recheck", "crackdown", "checks", "inspection", "inspections", "search", "demolition",
	"suspension", "warning", "warnings", "notice", "advisory",
)

// DeclaredStates are the states an authority declares a thing or a
// person in, by an act rather than a statement ("declared the districts
// drought-hit", "declared him the winner", "declared the scheme
// illegal"); a suffix after a hyphen is listed with it ("-hit").
// Hand-listed general English of official declarations.
var DeclaredStates = newSet(
	"winner", "winners", "elected", "zone", "zones", "area", "areas", "illegal", "unlawful", "invalid", "void",
	"null", "bankrupt", "insolvent", "extinct", "unsafe", "uninhabitable", "vacant",
	"-hit", "-affected", "-stricken", "-free", "-prone",
)

// Giveaways are what an offer gives that is no speech ("offered full
// refunds", "has offered a reward", "offered free rebooking"), with "free"
// before any noun and an amount of money (CurrencyCodes).
var Giveaways = newSet(
	"refund", "refunds", "reward", "rewards", "compensation", "rebooking", "waiver", "voucher", "vouchers",
	// and goods and services given ("has offered bottled water to 300
	// households", "offered hot meals and cots", "a three-month
	// moratorium on loan repayments", "free counselling")
	"water", "meals", "food", "counselling", "counseling", "moratorium", "discount", "discounts", "loan", "loans",
	"scholarship", "scholarships", "accommodation", "shelter", "payment", "payout", "bonus", "funeral",
)

// CurrencyCodes are the letters written before an amount ("RM5,000",
// "Rs100,000", "Sh10 billion", "P20,000", "N50 million", "R4.2 million",
// "US$3"), and Currencies the names of money written after one ("200
// rupees", "5,000 ringgit"): an offer of them is a payment, no speech.
// Hand-listed: the currencies of the Englishes our sets cover.
var CurrencyCodes = newSet("RM", "Rs", "Sh", "KSh", "Ksh", "P", "N", "R", "US$", "S$", "A$", "NZ$", "HK$", "GH₵", "GHS", "NGN", "INR", "PKR", "KES", "ZAR", "PHP", "MYR", "SGD")

// Currencies: see CurrencyCodes.
var Currencies = newSet("naira", "ringgit", "rupees", "rupee", "shillings", "cedis", "cedi", "pesos", "rand", "dollars", "pounds", "euros", "yen", "yuan", "kwacha", "baht")

// FreeCompounds follow "free" in names of ideas, not gifts ("free
// speech", "free trade").
var FreeCompounds = newSet("speech", "trade", "market", "markets", "press", "will", "enterprise", "agency", "agent", "agents", "world", "society", "kick", "rein")

// AnonymityVerbs ask for a source to go unnamed: "who asked not to be
// named", "who declined to be identified", and as West African English
// puts it, "who pleaded anonymity", "who craved anonymity". The words
// after them are the reason the anonymity pass reports, not something
// the source said.
var AnonymityVerbs = newSet(
	"asked", "asking", "requested", "requesting", "declined", "declining", "refused", "want", "wanted",
	"wishes", "wished", "preferred", "pleaded", "pleading", "craved", "craving", "sought", "seeking",
	"begged", "insisted",
)

// Unnamed are the participles of "not to be named" and its variants.
var Unnamed = newSet("named", "identified", "quoted", "publicly")

// IntentionVerbs decide, plan, want or agree to do an act, which is no
// speech when an infinitive follows: "decided to weigh in", "voted to
// hold hearings", "wants to demolish the mill", "agreed to buy a stake".
// Hoping is left out: an attitude, which a reader counts as a claim of
// its holder. Base forms.
var IntentionVerbs = newVerbSet("decide", "vote", "want", "wish", "agree", "offer", "try", "intend", "plan", "aim", "seek", "attempt")

// DecisionVerbs decide, by a vote or not ("voted to declare", "decided
// to close"): among IntentionVerbs, those that never go on to speak,
// where "tried to make the case" or "wanted to know" do. Hand-listed.
var DecisionVerbs = newVerbSet("decide", "vote")

// WishVerbs wish, with whatever complement: "I wish it were otherwise",
// "I wish I still had that skillet" state a desire, which our annotators
// and the readers of real pages do not take for a claim, and PolNeAR's
// rarely do (4 of the 36 wishes of its train split).
var WishVerbs = newVerbSet("wish")

// OfferVerbs offer: at a price or a discount, what they offer is goods.
var OfferVerbs = newVerbSet("offer")

// RequestVerbs ask for a thing: with a noun phrase for object and no
// clause they report nothing said ("asked for a new lease", "sought the
// Centre's response").
var RequestVerbs = newSet(
	"ask", "asks", "asked", "asking", "seek", "seeks", "sought", "seeking",
)

// SeemVerbs report an appearance with no source ("seems to have
// vanished"); the forms of "appear" are also AppearVerbs, which the
// sourceless rule reads first.
var SeemVerbs = newSet("seem", "seems", "seemed", "seeming", "appear", "appears", "appeared", "appearing")

// BeForms are the forms of "be": before a participle, a passive.
var BeForms = newSet("is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s", "'re", "’re")

// PassiveComplement is the preposition that opens the complement of a
// reporting verb's past participle after its agent ("accused by X of
// ...", "criticized by X for ...", "described by X as ...", "charged by
// X with ..."), or "" for a verb that takes none. Hand-listed: the
// verbs of accusing, blaming, praising and describing.
func PassiveComplement(participle string) string {
	switch participle {
	case "accused", "suspected", "convicted", "warned", "reminded", "informed", "notified", "assured", "convinced":
		return "of"
	case "criticized", "criticised", "blamed", "faulted", "praised", "thanked", "commended", "slammed",
		"attacked", "condemned", "applauded", "credited", "lauded", "hailed", "sued", "censured", "rebuked":
		return "for"
	case "described", "quoted", "cited", "portrayed", "characterized", "characterised", "seen", "viewed", "regarded", "branded", "labeled", "labelled", "dismissed":
		return "as"
	case "charged":
		return "with"
	}
	return ""
}

// RelativePronouns open a relative clause, which a source may hold ("Don
// Fowler, who helmed the DNC", "O'Neill, on what was his first day"): a
// finite verb after one is the clause's.
var RelativePronouns = newSet("who", "whom", "whose", "which", "that", "what", "whatever", "whoever")

// ThingVerbs report only with a clause or a quotation ("added that ...",
// "posted that ..."); with a bare noun phrase for object they give,
// score or show a thing ("added a goal", "posted a profit", "presented
// the award", "allows the car ..."). Hand-listed general English: the
// verbs of the speech lexicon whose first sense is not speech. (An offer
// to act is an intention, IntentionVerbs: without "offer" there, the
// real bodies gained a wrong relation on each half.)
var ThingVerbs = newSet(
	"add", "adds", "added", "adding",
	"post", "posts", "posted", "posting",
	"present", "presents", "presented", "presenting",
	"grant", "grants", "granted", "granting",
	"deliver", "delivers", "delivered", "delivering",
	"allow", "allows", "allowed", "allowing",
	"reveal", "reveals", "revealed", "revealing",
	"unveil", "unveils", "unveiled", "unveiling",
	"observe", "observes", "observed", "observing", // "observed a minute's silence"
)

// StanceVerbs take a noun phrase for what they say of it, outside the
// speech lexicon that feeds the extractor: verbs of publishing ("issued
// a statement", "published the results"), of taking a side ("backed
// Clinton", "support the government"), of comparing and depicting
// ("likened RT to the BBC", "painted him as a caricature") and of
// voicing a feeling ("expressed outrage", "bemoaned the unrest").
// Hand-listed general English, base forms; the admission rule for
// action verbs (resolve/admission.go) leaves them.
var StanceVerbs = newVerbSet(
	"publish", "issue", "release", "print", "air", "broadcast", "tweet", "retweet", "share", "circulate", "leak", "file",
	"back", "support", "favor", "favour", "oppose", "reject", "embrace", "champion", "endorse", "resist",
	"compare", "liken", "equate", "contrast", "paint", "portray", "depict", "frame", "characterize", "characterise", "judge", "rate", "rank", "deem",
	"express", "voice", "bemoan", "lament", "decry", "deplore", "mourn", "celebrate", "rip", "bash", "trash", "knock", "hit", "slam", "blast", "assail", "lash", "savage",
	"offer", "cover", "expose", "cite", "highlight", "tout", "hype",
)

// Complementizers open a clause: "that", "whether", "if" and the
// wh-words.
var Complementizers = newSet(
	"that", "whether", "if", "what", "why", "how", "when", "where", "who", "whom", "which", "to",
)

// TitleCaseLower are the short words that title case leaves in lower
// case ("Voters Abandon Party for Clinton").
var TitleCaseLower = newSet(
	"a", "an", "the", "and", "but", "or", "nor", "for", "of", "on", "in", "at", "to", "by", "with", "from",
	"as", "into", "over", "via", "vs", "v",
)

// PurposeParticiples tell what a thing is for, not what anyone reports,
// in a passive with no agent: "is intended to be a portable machine",
// "are designed as a backup", "is meant to", "is supposed to".
var PurposeParticiples = newSet("intended", "designed", "meant", "supposed", "built", "made", "used")

// AppearVerbs are the forms of "appear". With no source, "X appeared
// cowed" or "appears to be in the ballpark" is the writer's impression,
// unlike "seems", which PolNeAR and our sets annotate.
var AppearVerbs = newSet("appear", "appears", "appeared", "appearing")

// AdverbialOpeners open a clause that tells when, why or despite what,
// which ends a noun phrase before it ("announced the tour while closing
// out the concert"). "as", "after" and "before" are left out: they also
// open parts of a noun phrase ("as much as", "the day after").
var AdverbialOpeners = newSet("while", "despite", "although", "though", "because", "whereas", "whilst")

// MediumNouns are the means of what is said, which a cue takes with it
// ("said in a statement", "wrote in an email", "told reporters in a phone
// interview"). Hand-listed general English.
var MediumNouns = newSet(
	"statement", "interview", "email", "e-mail", "letter", "speech", "tweet", "post", "memo", "message",
	"release", "briefing", "op-ed", "column", "editorial", "essay", "blog", "book", "memoir", "filing",
	"video", "podcast", "broadcast", "address", "testimony", "text", "call", "conversation",
)

// RaisingParticiples are the participles of verbs of saying and believing
// whose passive lends its subject to the infinitive after it: "is
// believed to be", "is said to have", "are expected to". Hand-listed
// general English.
var RaisingParticiples = newSet(
	"believed", "said", "thought", "understood", "expected", "reported", "known", "rumored", "rumoured",
	"alleged", "considered", "estimated", "feared", "presumed", "claimed", "deemed", "reputed",
	"projected", "predicted", "forecast", "assumed", "suspected", "shown", "found",
)

// ChargeParticiples are the participles of accusing, blaming and praising
// whose passive takes its subject into a complement of "of", "for" or
// "with": "was accused of", "have been blamed for", "is credited with".
// The subject is who is talked about, not who talks.
var ChargeParticiples = newSet(
	"accused", "blamed", "criticized", "criticised", "condemned", "faulted", "suspected", "praised",
	"credited", "lauded", "applauded", "slammed", "denounced", "attacked", "charged",
)

// AsParticiples are the participles whose passive takes its subject into
// an "as" complement: "is seen as", "is billed as", "was described as".
var AsParticiples = newSet(
	"seen", "viewed", "regarded", "described", "billed", "touted", "hailed", "considered", "portrayed",
	"characterized", "characterised", "depicted", "cast", "pegged", "tipped", "perceived", "labeled", "labelled",
)
