package lexicon

// Closed classes of English grammar that the rules of the resolve stage
// read where the tagger's part of speech is not enough. Hand-listed; each
// says what the rule needs it for.

// NPPrepositions may join a noun phrase to its post-modifier: "officials
// familiar with the talks", "a report by Reuters", "a source close to".
var NPPrepositions = newSet(
	"of", "with", "from", "at", "for", "on", "in", "by", "to", "familiar", "close", "within", "inside", "near",
)

// TimeWords are nouns of time, which a source noun phrase never crosses
// leftwards ("On Monday, officials said": the source is "officials").
var TimeWords = newSet(
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"yesterday", "today", "tonight", "week", "month", "year", "morning", "afternoon", "evening", "night",
)

// OpeningAdverbs open a sentence, often without a comma, before its
// subject: "Later Kowalski said", "Yesterday Smith told reporters".
var OpeningAdverbs = newSet(
	"later", "earlier", "now", "still", "however", "then", "meanwhile", "also", "again", "instead",
	"afterwards", "afterward", "separately", "previously", "elsewhere", "recently", "finally",
	"eventually", "today", "yesterday", "tonight", "soon", "once", "thus", "indeed", "nonetheless",
	"nevertheless", "moreover", "sometimes", "often", "already", "last", "so", "even", "maybe",
	"perhaps", "yet", "only", "just", "hence", "besides", "plus", "otherwise", "likewise", "similarly",
	"ultimately", "initially", "originally", "currently", "apparently", "clearly", "obviously",
	"surely", "certainly", "admittedly", "unfortunately", "fortunately", "sadly", "notably",
)

// FunctionWords are the determiners, pronouns, prepositions,
// conjunctions, wh-words and modals of English: a capitalized word the
// tagger gives one of their tags but that is none of them is a name the
// tagger did not know ("Josphat/WDT Lagat").
var FunctionWords = newSet(
	"a", "an", "the", "this", "that", "these", "those", "some", "any", "no", "every", "each", "either",
	"neither", "all", "both", "another", "such", "what", "which", "who", "whom", "whose", "whatever",
	"whichever", "whoever", "when", "where", "why", "how", "whether", "there", "i", "you", "he", "she",
	"it", "we", "they", "me", "him", "her", "us", "them", "my", "your", "his", "its", "our", "their",
	"mine", "yours", "hers", "ours", "theirs", "myself", "yourself", "himself", "herself", "itself",
	"ourselves", "themselves", "of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "onto",
	"upon", "about", "above", "across", "after", "against", "along", "amid", "among", "around", "as",
	"before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "despite", "down",
	"during", "except", "inside", "like", "near", "off", "out", "outside", "over", "past", "per",
	"since", "than", "through", "throughout", "till", "toward", "towards", "under", "underneath",
	"unlike", "until", "up", "via", "within", "without", "and", "or", "but", "nor", "so", "yet", "if",
	"because", "although", "though", "while", "unless", "whereas", "once", "can", "could", "may",
	"might", "must", "shall", "should", "will", "would", "ought",
)

// Weekdays are no part of a name: "Florida Friday" is a place and a day.
var Weekdays = newSet("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// Subordinators open a clause. A source that the extractor ran on into
// a clause is cut after one ("... came after Trump said"), and a noun
// phrase right after one can be the subject of a reporting verb.
var Subordinators = newSet(
	"after", "before", "when", "while", "because", "since", "as", "that", "if", "than", "although", "though", "where", "whereas",
)

// Months, with their short forms: a date after a signing dash is no name
// ("— September 1, 2016").
var Months = newSet(
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
)
