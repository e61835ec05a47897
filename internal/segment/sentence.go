package segment

import (
	"strings"
	"unicode"
)

// abbreviations are words that a period after does not end a sentence,
// lower-cased: titles, months and company suffixes common in news.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true, "sens": true,
	"rep": true, "reps": true, "gov": true, "gen": true, "lt": true, "col": true, "capt": true,
	"sgt": true, "maj": true, "adm": true, "cmdr": true, "st": true, "jr": true, "sr": true,
	"rev": true, "hon": true, "pres": true, "supt": true, "det": true, "insp": true, "gens": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "no": true, "nos": true,
	"vs": true, "inc": true, "corp": true, "co": true, "ltd": true, "bros": true, "mt": true,
	"ft": true, "ave": true, "blvd": true, "rd": true, "approx": true, "dept": true, "univ": true,
	"fig": true, "vol": true, "op": true, "cf": true, "etc": false, "pp": true, "assn": true,
	// more titles and given names abbreviated before a name: "Fr. Tom",
	// "Mme. Dupont", "Ma. Lourdes" (Maria, in Philippine names), "Cllr.",
	// "Engr." and "Barr." (Nigerian news), "Atty." (Philippine news);
	// and the legal forms "Pvt. Ltd." (India, Pakistan) and "Pte. Ltd."
	// (Singapore), which no sentence ends at before "Ltd."
	"fr": true, "mme": true, "mlle": true, "messrs": true, "msgr": true, "cllr": true, "ma": true,
	"engr": true, "barr": true, "atty": true, "pvt": true, "pte": true,
}

// currencyAbbreviations are abbreviations that a period after does not
// end a sentence only before the sum: "Rs. 2 lakh" (rupees, India,
// Pakistan, Sri Lanka), "Kshs. 40,000" (Kenya); "rose to 300 Rs. The
// minister said" ends one.
var currencyAbbreviations = map[string]bool{"rs": true, "ksh": true, "kshs": true}

// appendSentences splits paragraph p into sentences and appends them.
func appendSentences(out []Range, text string, toks []Token, p Range) []Range {
	start := p.Start
	for i := p.Start; i < p.End; i++ {
		if !isTerminator(text, toks, i, p.Start) {
			continue
		}
		end := i + 1
		// Closing quotes and brackets belong to the sentence they close.
		for end < p.End && isCloser(text[toks[end].Start:toks[end].End]) && toks[end].Start == toks[end-1].End {
			end++
		}
		if end >= p.End {
			break
		}
		if toks[end].Start == toks[end-1].End || !startsSentence(text, toks[end]) {
			continue
		}
		out = append(out, Range{start, end})
		start = end
		i = end - 1
	}
	if start < p.End {
		out = append(out, Range{start, p.End})
	}
	return out
}

// isTerminator reports whether token i can end a sentence.
func isTerminator(text string, toks []Token, i, first int) bool {
	s := text[toks[i].Start:toks[i].End]
	switch s {
	case "!", "?", "…":
		return true
	case ".":
	default:
		return false
	}
	if i == first || toks[i-1].End != toks[i].Start {
		return true
	}
	prev := text[toks[i-1].Start:toks[i-1].End]
	if toks[i-1].Kind == Word && len([]rune(prev)) == 1 {
		return false // an initial: "J. Smith", "U.S."
	}
	if currencyAbbreviations[strings.ToLower(prev)] {
		return i+1 >= len(toks) || toks[i+1].Kind != Number
	}
	return !abbreviations[strings.ToLower(prev)]
}

func isCloser(s string) bool {
	switch s {
	case "\"", "”", "’", "'", ")", "]", "»":
		return true
	}
	return false
}

// startsSentence reports whether a token can open a sentence.
func startsSentence(text string, t Token) bool {
	r, _ := decode(text, t.Start)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“' || r == '‘' || r == '\'' || r == '(' || r == '['
}
