package depparse

// Score counts the tokens whose head, and head and label, the parser got
// right, over all tokens and over those that are not punctuation (by
// their gold label).
type Score struct {
	Tokens, Heads, Both             int
	WordTokens, WordHeads, WordBoth int // without punctuation
}

// UAS is the share of tokens with the right head.
func (s Score) UAS() float64 { return ratio(s.Heads, s.Tokens) }

// LAS is the share of tokens with the right head and label.
func (s Score) LAS() float64 { return ratio(s.Both, s.Tokens) }

// WordUAS and WordLAS leave punctuation out, as is usual.
func (s Score) WordUAS() float64 { return ratio(s.WordHeads, s.WordTokens) }

// WordLAS is LAS without punctuation.
func (s Score) WordLAS() float64 { return ratio(s.WordBoth, s.WordTokens) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Evaluate parses each sentence as a whole, with its Tags, and compares
// with its Heads and Labels.
func (p *Parser) Evaluate(sents []Sentence) Score {
	var (
		sc     Score
		heads  []int32
		labels []uint8
	)
	for _, s := range sents {
		heads, labels = p.ParseSentence(s.Src, s.Tokens, s.Tags, heads, labels)
		for i := range heads {
			okH := heads[i] == s.Heads[i]
			okB := okH && labels[i] == s.Labels[i]
			sc.Tokens++
			sc.Heads += b2i(okH)
			sc.Both += b2i(okB)
			if s.Labels[i] != Punct {
				sc.WordTokens++
				sc.WordHeads += b2i(okH)
				sc.WordBoth += b2i(okB)
			}
		}
	}
	return sc
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
