package segment

// Range is a half-open range [Start, End) of token indices.
type Range struct{ Start, End int }

// Len is the number of tokens in the range.
func (r Range) Len() int { return r.End - r.Start }

// Text is a segmented document.
type Text struct {
	Src        string
	Tokens     []Token
	Paragraphs []Range // non-empty lines, cut at MaxParagraph tokens
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

// MaxParagraph and MaxSentence bound the tokens of a paragraph and of a
// sentence. The later stages take a paragraph or a sentence as one unit
// (the cue labeller decodes a paragraph at once, the parser and the tagger
// a sentence, resolve scans paragraphs), so a text that lost its line
// breaks or its punctuation would make one unit of the whole document and
// cost memory and time out of proportion. A longer line is cut into
// paragraphs at sentence ends; a longer sentence is cut after its last
// punctuation mark in the second half of the limit, or at the limit. No
// paragraph or sentence of PolNeAR or of the news pages comes near (the
// longest has 766 tokens), so that ordinary text segments as if there
// were no limits.
const (
	MaxParagraph = 1024
	MaxSentence  = 1024
)

// Segment tokenizes text and finds its paragraphs, sentences and quotations.
func Segment(text string) *Text {
	t := &Text{Src: text, Tokens: Tokenize(text)}
	var sents []Range
	for _, line := range lines(text, t.Tokens) {
		sents = appendSentences(sents[:0], text, t.Tokens, line)
		first := len(t.Sentences)
		for _, s := range sents {
			t.Sentences = appendCut(t.Sentences, t.Tokens, s)
		}
		t.Paragraphs = appendParagraphs(t.Paragraphs, t.Sentences[first:])
	}
	t.ParagraphOf = make([]int32, len(t.Tokens))
	for p, r := range t.Paragraphs {
		for i := r.Start; i < r.End; i++ {
			t.ParagraphOf[i] = int32(p)
		}
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

// appendCut appends sentence s, cut into pieces of at most MaxSentence
// tokens.
func appendCut(out []Range, toks []Token, s Range) []Range {
	for s.Len() > MaxSentence {
		end := s.Start + MaxSentence
		for i := end - 1; i >= s.Start+MaxSentence/2; i-- {
			if toks[i].Kind == Punct {
				end = i + 1
				break
			}
		}
		out = append(out, Range{s.Start, end})
		s.Start = end
	}
	return append(out, s)
}

// paragraphPiece is the size of the pieces an over-long line is cut into:
// about a long paragraph of news text, so that the labellers, which work
// a paragraph at a time, cost per word what they cost on ordinary text.
const paragraphPiece = 128

// appendParagraphs appends the paragraphs of one line, given its
// sentences: the whole line, or when it is longer than MaxParagraph
// tokens, runs of whole sentences of at most paragraphPiece tokens.
func appendParagraphs(out []Range, sents []Range) []Range {
	if len(sents) == 0 {
		return out
	}
	line := Range{sents[0].Start, sents[len(sents)-1].End}
	if line.Len() <= MaxParagraph {
		return append(out, line)
	}
	p := Range{sents[0].Start, sents[0].Start}
	for _, s := range sents {
		if s.End-p.Start > paragraphPiece && p.Len() > 0 {
			out = append(out, p)
			p.Start = s.Start
		}
		p.End = s.End
	}
	return append(out, p)
}

// TokenText is the text of token i.
func (t *Text) TokenText(i int) string { return t.Src[t.Tokens[i].Start:t.Tokens[i].End] }

// lines groups tokens by non-empty line: a newline ends a line.
func lines(text string, toks []Token) []Range {
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
