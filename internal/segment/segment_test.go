package segment

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func tokenTexts(text string) []string {
	var out []string
	for _, t := range Tokenize(text) {
		out = append(out, text[t.Start:t.End])
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"He said: “It’s over.”", "He|said|:|“|It’s|over|.|”"},
		{"don't 1990's well-known 2015-11", "don't|1990's|well-known|2015|-|11"},
		{"U.S. officials", "U|.|S|.|officials"},
		{"voters' rights", "voters|'|rights"},
		{"Zürich naïve café", "Zürich|naïve|café"},
		{"a\u00a0b", "a|b"},
		{"bad\xffbyte", "bad|\xff|byte"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := strings.Join(tokenTexts(tt.in), "|"); got != tt.want {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func sentenceTexts(text string) []string {
	seg := Segment(text)
	var out []string
	for _, s := range seg.Sentences {
		out = append(out, text[seg.Tokens[s.Start].Start:seg.Tokens[s.End-1].End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Mr. Smith went to Washington. He said no.", []string{"Mr. Smith went to Washington.", "He said no."}},
		{"Ma. Lourdes Ocampo-Tan and Fr. Tom Reyes spoke. Mme. Dupont agreed.", []string{"Ma. Lourdes Ocampo-Tan and Fr. Tom Reyes spoke.", "Mme. Dupont agreed."}},
		{"The minister, Engr. Halima Dangana-Yusuf, and Barr. Chidi Okeke spoke. They agreed.", []string{"The minister, Engr. Halima Dangana-Yusuf, and Barr. Chidi Okeke spoke.", "They agreed."}},
		{"Results are due, according to director general Atty. Gerardo Montemayor III. They agreed.", []string{"Results are due, according to director general Atty. Gerardo Montemayor III.", "They agreed."}},
		{"In a statement, DashDabba Technologies Pvt. Ltd. said riders earn more. Kopi Tiam Pte. Ltd. agreed.", []string{"In a statement, DashDabba Technologies Pvt. Ltd. said riders earn more.", "Kopi Tiam Pte. Ltd. agreed."}},
		{"He announced an ex-gratia of Rs. 2 lakh for each family. Traders pay Kshs. 40,000 a year.", []string{"He announced an ex-gratia of Rs. 2 lakh for each family.", "Traders pay Kshs. 40,000 a year."}},
		{"The price of petrol rose to 300 Rs. The minister said it was unavoidable.", []string{"The price of petrol rose to 300 Rs.", "The minister said it was unavoidable."}},
		{"The U.S. Senate met on Sept. 20 with Sen. J. Doe present. It adjourned.", []string{"The U.S. Senate met on Sept. 20 with Sen. J. Doe present.", "It adjourned."}},
		{"“We won,” he said. “It was close.” Then he left.", []string{"“We won,” he said.", "“It was close.”", "Then he left."}},
		{"Is it? Yes! no, lower case follows. Fine", []string{"Is it?", "Yes! no, lower case follows.", "Fine"}},
		{"Headline without period\nFirst paragraph. Second sentence.", []string{"Headline without period", "First paragraph.", "Second sentence."}},
	}
	for _, tt := range tests {
		if got := sentenceTexts(tt.in); strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("sentences of %q:\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

// TestLimits: a line longer than MaxParagraph tokens is cut into pieces of
// at most paragraphPiece tokens at sentence ends, and a sentence longer than MaxSentence at a
// punctuation mark, else at the limit; shorter ones are left whole.
func TestLimits(t *testing.T) {
	sentence := "The mayor said the plan would cost more than anyone had thought. " // 13 tokens
	noStops := strings.Repeat("and then more words came, ", 600)                    // 3,600 tokens, commas only
	noPunct := strings.Repeat("word ", 2500)
	tests := []struct {
		name              string
		text              string
		paragraphs, sents int // counts wanted
	}{
		{"one long line", strings.Repeat(sentence, 200), 23, 200}, // runs of 9 sentences (117 tokens)
		{"line at the limit", strings.Repeat(sentence, MaxParagraph/13), 1, MaxParagraph / 13},
		{"lines stay whole", strings.Repeat(sentence+"\n", 200), 200, 200},
		{"no sentence ends", noStops, 4, 4},
		{"no punctuation", noPunct, 3, 3},
	}
	for _, tt := range tests {
		seg := Segment(tt.text)
		if len(seg.Paragraphs) != tt.paragraphs || len(seg.Sentences) != tt.sents {
			t.Errorf("%s: %d paragraphs and %d sentences, want %d and %d", tt.name, len(seg.Paragraphs), len(seg.Sentences), tt.paragraphs, tt.sents)
		}
		for _, p := range seg.Paragraphs {
			if p.Len() > MaxParagraph {
				t.Errorf("%s: paragraph %+v has %d tokens, over %d", tt.name, p, p.Len(), MaxParagraph)
			}
			if s := seg.Sentences[seg.SentenceOf[p.Start]]; s.Start != p.Start {
				t.Errorf("%s: paragraph %+v starts inside sentence %+v", tt.name, p, s)
			}
		}
		for _, s := range seg.Sentences {
			if s.Len() > MaxSentence {
				t.Errorf("%s: sentence %+v has %d tokens, over %d", tt.name, s, s.Len(), MaxSentence)
			}
		}
	}
	// A sentence is cut after a comma, not in the middle of a clause.
	seg := Segment(noStops)
	for _, s := range seg.Sentences[:len(seg.Sentences)-1] {
		if last := seg.TokenText(s.End - 1); last != "," {
			t.Errorf("sentence %+v of the text without full stops ends with %q, want a comma", s, last)
		}
	}
}

// quoted renders each quotation as its text, "+" marking one that runs on.
func quoted(text string) []string {
	seg := Segment(text)
	var out []string
	for _, q := range seg.Quotes {
		s := text[seg.Tokens[q.Open].Start:seg.Tokens[q.Close].End]
		if q.Continued {
			s += "+"
		}
		out = append(out, s)
	}
	return out
}

func TestQuotes(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"curly", "He said “yes” and “no”.", []string{"“yes”", "“no”"}},
		{"straight", `He said "yes" and "no".`, []string{`"yes"`, `"no"`}},
		{"nested single", "“They called it ‘the worst deal’ ever,” he said.", []string{"“They called it ‘the worst deal’ ever,”", "‘the worst deal’"}},
		{"apostrophes are not quotes", "It’s the voters’ choice, isn’t it?", nil},
		{"UK single quotes", "The minister said ‘we will act’ today.", []string{"‘we will act’"}},
		{"runs over paragraphs", "“First part of the quote.\n“Second part,” she said.", []string{"“First part of the quote.+", "“Second part,”"}},
		{"unclosed", "He said “this never ends.\nNext paragraph.", []string{"“this never ends."}},
		{"stray closer", "He said this” and left.", nil},
	}
	for _, tt := range tests {
		if got := quoted(tt.in); strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: quotes of %q:\n got %q\nwant %q", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestQuoteDepth(t *testing.T) {
	text := "a “b ‘c’ d” e"
	seg := Segment(text)
	want := []uint8{0, 1, 1, 2, 2, 2, 1, 1, 0}
	for i, d := range seg.QuoteDepth {
		if d != want[i] {
			t.Errorf("token %q depth %d, want %d", seg.TokenText(i), d, want[i])
		}
	}
}

// FuzzSegment: any input, valid UTF-8 or not, segments without panic into
// ordered, in-bounds, non-overlapping tokens covered by sentences that
// stay inside paragraphs.
func FuzzSegment(f *testing.F) {
	for _, s := range []string{"Mr. Smith said “hi.”\n\n“More,” he said.", "\xff\xfe\"'‘’", "U.S. . . ."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		seg := Segment(text)
		end := 0
		for _, tok := range seg.Tokens {
			if tok.Start < end || tok.End <= tok.Start || tok.End > len(text) {
				t.Fatalf("bad token %+v after %d in %d bytes", tok, end, len(text))
			}
			if utf8.ValidString(text) && !utf8.ValidString(text[tok.Start:tok.End]) {
				t.Fatalf("token %+v splits a character", tok)
			}
			end = tok.End
		}
		next := 0
		for _, s := range seg.Sentences {
			if s.Start != next || s.End <= s.Start || seg.ParagraphOf[s.Start] != seg.ParagraphOf[s.End-1] {
				t.Fatalf("sentence %+v: want start %d, within one paragraph", s, next)
			}
			next = s.End
			if s.Len() > MaxSentence {
				t.Fatalf("sentence %+v over %d tokens", s, MaxSentence)
			}
		}
		for _, p := range seg.Paragraphs {
			if p.Len() > MaxParagraph {
				t.Fatalf("paragraph %+v over %d tokens", p, MaxParagraph)
			}
		}
		if next != len(seg.Tokens) {
			t.Fatalf("sentences cover %d of %d tokens", next, len(seg.Tokens))
		}
		for _, q := range seg.Quotes {
			if q.Open > q.Close || q.Close >= len(seg.Tokens) {
				t.Fatalf("bad quotation %+v", q)
			}
		}
	})
}

func BenchmarkSegment(b *testing.B) {
	text := strings.Repeat("“We will not back down,” Mayor J. Smith said on Sept. 20. The U.S. officials, who spoke on condition of anonymity, disagreed.\n\n", 200)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Segment(text)
	}
}
