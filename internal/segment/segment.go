package segment

// Range is a half-open range [Start, End) of token indices.
type Range struct{ Start, End int }

// Len is the number of tokens in the range.
func (r Range) Len() int { return r.End - r.Start }

// Text is a segmented document.
type Text struct {
	Src        string
	Tokens     []Token
	Paragraphs []Range // non-empty lines
	Sentences  []Range // never cross a paragraph
	// Quotes are the quotations, in order of their opening mark.
	Quotes []Quotation
	// QuoteDepth[i] is how many quotations token i lies inside (the marks
	// themselves count as inside).
	QuoteDepth []uint8
	// ParagraphOf and SentenceOf map a token to its paragraph and sentence.
	ParagraphOf []int32
	SentenceOf  []int32
}

// Segment tokenizes text and finds its paragraphs, sentences and quotations.
func Segment(text string) *Text {
	t := &Text{Src: text, Tokens: Tokenize(text)}
	t.Paragraphs = paragraphs(text, t.Tokens)
	t.ParagraphOf = make([]int32, len(t.Tokens))
	for p, r := range t.Paragraphs {
		for i := r.Start; i < r.End; i++ {
			t.ParagraphOf[i] = int32(p)
		}
	}
	for _, p := range t.Paragraphs {
		t.Sentences = appendSentences(t.Sentences, text, t.Tokens, p)
	}
	t.SentenceOf = make([]int32, len(t.Tokens))
	for s, r := range t.Sentences {
		for i := r.Start; i < r.End; i++ {
			t.SentenceOf[i] = int32(s)
		}
	}
	t.Quotes = pairQuotes(text, t.Tokens, t.Paragraphs)
	t.QuoteDepth = make([]uint8, len(t.Tokens))
	for _, q := range t.Quotes {
		for i := q.Open; i <= q.Close && i < len(t.Tokens); i++ {
			if t.QuoteDepth[i] < 255 {
				t.QuoteDepth[i]++
			}
		}
	}
	return t
}

// TokenText is the text of token i.
func (t *Text) TokenText(i int) string { return t.Src[t.Tokens[i].Start:t.Tokens[i].End] }

// paragraphs groups tokens by non-empty line: a newline ends a paragraph.
func paragraphs(text string, toks []Token) []Range {
	var out []Range
	start := 0
	for i := 1; i <= len(toks); i++ {
		if i == len(toks) || hasNewline(text[toks[i-1].End:toks[i].Start]) {
			out = append(out, Range{start, i})
			start = i
		}
	}
	if len(toks) == 0 {
		return nil
	}
	return out
}

func hasNewline(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' || s[i] == '\r' {
			return true
		}
	}
	return false
}
