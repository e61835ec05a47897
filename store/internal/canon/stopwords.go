package canon

// stopWords are words of four letters or more that say nothing of who
// speaks: function words, reporting verbs, time words.
var stopWords = set(
	"about", "above", "after", "again", "against", "also", "although", "among", "another", "because",
	"been", "before", "being", "below", "between", "both", "cannot", "could", "does", "doing", "down",
	"during", "each", "either", "else", "even", "ever", "every", "from", "further", "have", "having",
	"here", "hers", "herself", "himself", "into", "itself", "just", "least", "less", "like", "made",
	"make", "many", "more", "most", "much", "must", "myself", "neither", "never", "next", "none", "only",
	"other", "others", "ought", "ours", "ourselves", "over", "same", "shall", "should", "since", "some",
	"such", "than", "that", "their", "theirs", "them", "themselves", "then", "there", "these", "they",
	"this", "those", "though", "through", "together", "too", "under", "until", "upon", "very", "want",
	"wants", "were", "what", "when", "where", "whether", "which", "while", "whom", "whose", "will",
	"with", "within", "without", "would", "your", "yours", "yourself", "said", "says", "saying", "told",
	"tells", "telling", "added", "adding", "according", "stated", "noted", "asked", "called", "think",
	"thought", "believe", "know", "known", "going", "come", "came", "take", "took", "taken", "give",
	"gave", "given", "good", "well", "still", "already", "year", "years", "week", "weeks", "month",
	"months", "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", "time", "times", "people", "thing", "things", "percent", "first", "last",
	"several", "need", "needs", "work", "back", "part", "going", "something", "anything", "nothing",
	"everything", "someone", "anyone", "everyone", "really", "right", "think", "could", "might", "will",
	"isn't", "it's", "don't", "didn't", "doesn't", "won't", "can't", "that's", "there's", "we're", "they're",
	"he's", "she's", "i'm", "you're", "it'll", "we'll", "they'll",
)
