package lexicon

// HedgeAdverbs distance the outlet from a claim when they modify its cue:
// "purportedly told", "allegedly said". Hand-listed: the adverbs of
// reported, unverified fact in news style guides, and "so-called", which
// hedges a term the outlet does not adopt.
var HedgeAdverbs = newSet(
	"purportedly", "allegedly", "reportedly", "supposedly", "ostensibly", "apparently", "so-called",
)

// HedgeVerbs are cues that by themselves distance the outlet ("claimed",
// "alleged"), as news style guides warn of them. Hand-listed: every form
// of claim, allege and purport.
var HedgeVerbs = newSet(
	"claim", "claims", "claimed", "claiming", "allege", "alleges", "alleged", "alleging", "purport", "purports", "purported",
)

// EvidentialAdverbs report by themselves what unnamed others say: "The
// company reportedly secured a tax holiday", "He allegedly sold the
// metal". Hand-listed: the hedge adverbs whose sense is "as is said".
var EvidentialAdverbs = newSet("reportedly", "allegedly", "purportedly", "supposedly", "reputedly")
