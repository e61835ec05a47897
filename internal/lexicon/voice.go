package lexicon

// The words by which the outlet evaluates in its own voice, with no
// source. Hand-listed: the stance adverbs of English grammars and the
// judging words of opinion writing; a sentence is in the outlet's voice
// only if no attribution touches it, so these lists need not be complete
// to be safe.

// StanceAdverbs open sentences in which the writer evaluates:
// "Unfortunately, ...", "Clearly, ...".
var StanceAdverbs = newSet(
	"unfortunately", "fortunately", "sadly", "clearly", "obviously", "surely", "undoubtedly",
	"ironically", "regrettably", "thankfully", "evidently", "admittedly", "frankly",
	"tragically", "remarkably", "predictably", "alarmingly", "shockingly", "disturbingly",
	"luckily", "hopefully", "inevitably", "curiously", "oddly", "strangely", "understandably",
	"unsurprisingly", "needless",
)

// EvaluativeWords judge, wherever they stand in the sentence.
var EvaluativeWords = newSet(
	"shameful", "outrageous", "absurd", "ridiculous", "disastrous", "misguided", "reckless",
	"laughable", "hypocritical", "hypocrisy", "disgraceful", "deplorable", "baseless",
	"unfounded", "dishonest", "cynical", "farce", "sham", "blatant", "brazen", "appalling",
	"pathetic", "foolish", "naive", "shameless", "illegitimate", "scandalous", "ludicrous",
	"nonsense", "propaganda", "lies", "cowardly", "heroic", "admirable", "commendable",
	"arrogant", "arrogance", "hostile", "hostility", "duplicity", "bullying",
)
