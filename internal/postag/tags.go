package postag

// The tag set is the Penn Treebank's, as Stanford CoreNLP writes it: 45
// tags, brackets of every kind as -LRB- and -RRB-. A tag id is the index
// of its name in tagNames; the constants below name them in Go.
const (
	Hash       uint8 = iota // #
	Dollar                  // $
	CloseQuote              // ''
	Comma                   // ,
	LRB                     // -LRB-
	RRB                     // -RRB-
	Period                  // . (also ! and ?)
	Colon                   // : (also ; - -- ...)
	CC
	CD
	DT
	EX
	FW
	IN
	JJ
	JJR
	JJS
	LS
	MD
	NN
	NNP
	NNPS
	NNS
	PDT
	POS
	PRP
	PRPS // PRP$
	RB
	RBR
	RBS
	RP
	SYM
	TO
	UH
	VB
	VBD
	VBG
	VBN
	VBP
	VBZ
	WDT
	WP
	WPS // WP$
	WRB
	OpenQuote // ``

	// NumTags is the number of tags; ids run from 0 to NumTags-1.
	NumTags = int(iota)
)

var tagNames = [NumTags]string{
	"#", "$", "''", ",", "-LRB-", "-RRB-", ".", ":", "CC", "CD", "DT", "EX", "FW", "IN",
	"JJ", "JJR", "JJS", "LS", "MD", "NN", "NNP", "NNPS", "NNS", "PDT", "POS", "PRP", "PRP$",
	"RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ",
	"WDT", "WP", "WP$", "WRB", "``",
}

var tagIDs = func() map[string]uint8 {
	m := make(map[string]uint8, NumTags)
	for id, name := range tagNames {
		m[name] = uint8(id)
	}
	return m
}()

// TagName is the Penn Treebank name of tag id, such as "NNP" or "-LRB-",
// or "" if id is not a tag.
func TagName(id uint8) string {
	if int(id) >= NumTags {
		return ""
	}
	return tagNames[id]
}

// TagID is the id of a Penn Treebank tag name.
func TagID(name string) (uint8, bool) {
	id, ok := tagIDs[name]
	return id, ok
}

// IsVerb reports whether id is a verb tag: VB, VBD, VBG, VBN, VBP or VBZ
// (not the modal MD).
func IsVerb(id uint8) bool { return VB <= id && id <= VBZ }

// IsNoun reports whether id is a noun tag, common or proper: NN, NNS, NNP
// or NNPS.
func IsNoun(id uint8) bool { return NN <= id && id <= NNS }

// IsProperNoun reports whether id is NNP or NNPS.
func IsProperNoun(id uint8) bool { return id == NNP || id == NNPS }

// IsAdjective reports whether id is JJ, JJR or JJS.
func IsAdjective(id uint8) bool { return JJ <= id && id <= JJS }

// IsAdverb reports whether id is RB, RBR, RBS or WRB.
func IsAdverb(id uint8) bool { return RB <= id && id <= RBS || id == WRB }

// IsPronoun reports whether id is PRP, PRP$, WP or WP$.
func IsPronoun(id uint8) bool { return id == PRP || id == PRPS || id == WP || id == WPS }

// IsPunct reports whether id tags punctuation: ” , -LRB- -RRB- . : or “
// (not # or $, which tag symbols).
func IsPunct(id uint8) bool {
	return CloseQuote <= id && id <= Colon || id == OpenQuote
}
