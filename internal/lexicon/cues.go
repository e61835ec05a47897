package lexicon

// The reporting verbs of the resolve stage's recovery rules. They differ
// from the extractor's verbs of communication (speech.go) on purpose, and
// both are kept: the extractor's list feeds a feature, one hint among many
// whose weight the model learns, so it can be broad (187 verbs, every
// form); a rule that adds an attribution by itself, with no model to
// weigh it, must be narrow. Every verb here is also a communication verb
// of the extractor (lexicon_test.go holds that).

// FiniteCues are the finite forms (past, third person) of the reporting
// verbs by which recovery adds "X said (that) ..." and "..., X said."
// when the extractor missed it. Hand-listed: the verbs that report speech
// whenever they have a subject and a clause, and only their finite forms,
// because the rule reads a subject before them. On PolNeAR train these
// forms occur 9,012 times, 39% of them inside a gold cue: alone they are
// no evidence, which is why recovery also asks for a subject, a clause
// and a place (recover.go).
var FiniteCues = newSet(
	"said", "says", "told", "tells", "claimed", "claims", "added", "adds", "stated", "states",
	"insisted", "insists", "argued", "argues", "contended", "contends", "alleged", "alleges",
	"asserted", "asserts", "declared", "declares", "explained", "explains", "noted", "notes",
	"warned", "warns", "acknowledged", "acknowledges", "admitted", "admits", "announced",
	"announces", "wrote", "writes", "tweeted", "tweets", "stressed", "stresses", "maintained",
	"maintains", "predicted", "predicts", "reported", "reports", "confirmed", "confirms",
	"denied", "denies", "recalled", "recalls", "conceded", "concedes", "disclosed", "discloses", "accused", "accuses",
)

// ParticipleCues are present participles of reporting verbs, which open
// a reported clause after a noun phrase: "a report claiming that ...",
// "..., stressing that ...". Hand-listed: the -ing forms of the verbs of
// FiniteCues that news uses so. On PolNeAR train they occur 726 times,
// 35% inside a gold cue; recovery takes one only after a noun phrase and
// (but for "saying" and "claiming") before "that" or a quotation.
var ParticipleCues = newSet(
	"saying", "claiming", "contending", "arguing", "insisting", "alleging", "asserting",
	"stating", "noting", "warning", "stressing", "maintaining", "declaring", "explaining",
	"acknowledging", "admitting", "announcing", "adding", "predicting", "confirming", "denying",
)

// CiteVerbs introduce a source that a channel quotes: "cited X as saying",
// "quoting X". Hand-listed: the two verbs of citing, in every form.
var CiteVerbs = newSet(
	"cited", "cites", "citing", "quoted", "quotes", "quoting",
)

// HeadlineCues are the verbs by which a headline attributes what it
// states, after it and before its source: "..., says study", "..., warn
// researchers". Hand-listed: the reporting verbs headlines use so, in
// the present tense they take.
var HeadlineCues = newSet("say", "says", "warn", "warns", "claim", "claims", "find", "finds",
	"suggest", "suggests", "insist", "insists", "admit", "admits", "reveal", "reveals")

// EvidenceVerbs are the forms of showing and finding by which a document
// or data reports: "Figures from the department show that ...",
// "A 2011 report by X found that ...", "..., a study has found",
// "..., study suggests". Recovery takes one only after a subject headed by
// a document's noun (DocNouns). Hand-listed general English.
var EvidenceVerbs = newSet(
	"show", "shows", "showed", "shown", "find", "finds", "found", "suggest", "suggests", "suggested",
	"indicate", "indicates", "indicated", "conclude", "concludes", "concluded",
)
