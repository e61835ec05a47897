package lexicon

// AnonymityCues are the words that, in the sentence of a cue, give the
// reason a source is not named: "on condition of anonymity", "not
// authorized to speak publicly", "asked not to be named", "declined to be
// identified". Hand-listed from those stock phrases of news; the rule
// (resolve/anonymity.go) checks the words around each one.
var AnonymityCues = newSet(
	"anonymity", "anonymously", "authorized", "authorised", "named", "identified", "unnamed", "publicly",
)

// ReasonOpeners start the phrase that gives the reason: "on condition
// ...", "who asked ...", "because they were not ...", "speaking on ...".
// Hand-listed from the same stock phrases.
var ReasonOpeners = newSet(
	"on", "who", "because", "speaking", "as", "since", "declined", "asked", "requested", "insisting", "and", "requesting",
)

// AnonymousRoles head the descriptions news keeps for sources it does not
// name ("a senior official", "a source close to the talks", "a
// spokesman"), which no later name reveals.
var AnonymousRoles = newSet(
	"official", "source", "spokesman", "spokeswoman", "spokesperson", "aide", "insider", "person",
	"someone", "diplomat", "officer", "employee", "member", "witness", "resident", "neighbour", "neighbor",
)
