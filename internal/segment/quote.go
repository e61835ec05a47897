package segment

import "slices"

// Quotation is a pair of quotation marks, as token indices (both
// inclusive). An unbalanced opening mark is closed at the end of its
// paragraph; when the next paragraph opens with a quotation mark too, the
// news convention for a quote that runs on, Continued is set.
type Quotation struct {
	Open, Close int
	Double      bool // “...” or "...", as opposed to ‘...’
	Unclosed    bool // no closing mark in the paragraph
	Continued   bool // runs on into the next paragraph
}

// pairQuotes pairs quotation marks within each paragraph. Unbalanced marks
// are never an error: a lone closing mark is ignored, a lone opening mark
// quotes to the end of its paragraph.
func pairQuotes(text string, toks []Token, paras []Range) []Quotation {
	var out []Quotation
	for pi, p := range paras {
		dbl, sgl := -1, -1
		for i := p.Start; i < p.End; i++ {
			if toks[i].Kind != Quote {
				continue
			}
			switch mark := text[toks[i].Start:toks[i].End]; mark {
			case "“", "„", "«":
				if dbl >= 0 {
					out = append(out, Quotation{Open: dbl, Close: i - 1, Double: true, Unclosed: true})
				}
				dbl, sgl = i, -1
			case "”", "»":
				if dbl >= 0 {
					if sgl >= 0 {
						out = append(out, Quotation{Open: sgl, Close: i - 1, Unclosed: true})
						sgl = -1
					}
					out = append(out, Quotation{Open: dbl, Close: i, Double: true})
					dbl = -1
				}
			case "\"":
				if dbl < 0 && opensQuote(text, toks, i, p) {
					dbl, sgl = i, -1
				} else if dbl >= 0 {
					if sgl >= 0 {
						out = append(out, Quotation{Open: sgl, Close: i - 1, Unclosed: true})
						sgl = -1
					}
					out = append(out, Quotation{Open: dbl, Close: i, Double: true})
					dbl = -1
				}
			case "‘", "'", "’":
				switch {
				case sgl < 0 && mark != "’" && opensQuote(text, toks, i, p):
					sgl = i
				case sgl >= 0 && closesQuote(text, toks, i, p):
					out = append(out, Quotation{Open: sgl, Close: i})
					sgl = -1
				}
			}
		}
		if sgl >= 0 {
			out = append(out, Quotation{Open: sgl, Close: p.End - 1, Unclosed: true})
		}
		if dbl >= 0 {
			cont := pi+1 < len(paras) && paras[pi+1].Len() > 0 && isOpeningMark(text, toks[paras[pi+1].Start])
			out = append(out, Quotation{Open: dbl, Close: p.End - 1, Double: true, Unclosed: true, Continued: cont})
		}
	}
	sortQuotes(out)
	return out
}

// opensQuote: a mark at the start of its paragraph or after a space or an
// opening bracket, and followed directly by a non-space.
func opensQuote(text string, toks []Token, i int, p Range) bool {
	if i+1 >= p.End || toks[i+1].Start != toks[i].End {
		return false
	}
	return i == p.Start || toks[i-1].End != toks[i].Start || isOpener(text[toks[i-1].Start:toks[i-1].End])
}

// closesQuote: a mark right after a non-space and followed by a space,
// punctuation or the end of the paragraph.
func closesQuote(text string, toks []Token, i int, p Range) bool {
	if i == p.Start || toks[i-1].End != toks[i].Start {
		return false
	}
	return i+1 >= p.End || toks[i+1].Start != toks[i].End || toks[i+1].Kind == Punct || toks[i+1].Kind == Quote
}

func isOpener(s string) bool {
	switch s {
	case "(", "[", "“", "\"", "—", "–", "-":
		return true
	}
	return false
}

func isOpeningMark(text string, t Token) bool {
	switch text[t.Start:t.End] {
	case "“", "\"", "‘", "'", "„", "«":
		return true
	}
	return false
}

// sortQuotes orders quotations by opening mark; inner quotes were found
// before the outer ones that hold them.
func sortQuotes(q []Quotation) {
	slices.SortStableFunc(q, func(a, b Quotation) int { return a.Open - b.Open })
}
