package postag

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/segment"
)

// Sentence is a tagged sentence of our tokens, for training and testing.
type Sentence struct {
	Doc    string          // the article id
	Src    string          // the article text
	Tokens []segment.Token // our tokens, byte ranges of Src
	Tags   []uint8         // one per token
}

// ReadCoNLLU reads sentences tagged in CoNLL-U (the XPOS column, Penn
// Treebank tags) whose tokens carry byte offsets "Start=..|End=.." in MISC
// into the text of their article: texts maps the id of "# newdoc id = ID"
// to that text. Each article is tokenized our way (segment.Tokenize) and
// every token takes the tag of the CoNLL-U token containing its first
// byte, or a tag guessed from its form (fallbackTag) when none does. A
// sentence is our tokens that start within the byte range of a CoNLL-U
// sentence; the few tokens between sentences are left out.
func ReadCoNLLU(r io.Reader, texts map[string]string) ([]Sentence, error) {
	var (
		out  []Sentence
		doc  string
		text string
		have bool   // an article is open
		toks []gold // of the article
		sent []int  // index in toks where each sentence starts
		last int    // end of the previous token of the article
	)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if id, ok := strings.CutPrefix(s, "# newdoc id = "); ok {
			if have {
				out = appendDoc(out, doc, text, toks, sent)
			}
			doc, have = id, true
			if text, ok = texts[doc]; !ok {
				return nil, fmt.Errorf("postag: line %d: no text for article %q", line, doc)
			}
			toks, sent, last = toks[:0], sent[:0], 0
			continue
		}
		if s == "" || s[0] == '#' {
			continue
		}
		if !have {
			return nil, fmt.Errorf("postag: line %d: token before any \"# newdoc id\"", line)
		}
		g, first, err := parseToken(s, text, last)
		if err != nil {
			return nil, fmt.Errorf("postag: line %d: %v", line, err)
		}
		if first || len(sent) == 0 {
			sent = append(sent, len(toks))
		}
		toks = append(toks, g)
		last = g.end
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("postag: line %d: %w", line+1, err)
	}
	if have {
		out = appendDoc(out, doc, text, toks, sent)
	}
	return out, nil
}

// gold is a CoNLL-U token: its byte range and tag.
type gold struct {
	start, end int
	tag        uint8
}

// parseToken decodes a token line; first reports that its ID is 1.
func parseToken(s, text string, last int) (g gold, first bool, err error) {
	f := strings.Split(s, "\t")
	if len(f) != 10 {
		return g, false, fmt.Errorf("%d columns, want 10", len(f))
	}
	tag, ok := TagID(f[4])
	if !ok {
		return g, false, fmt.Errorf("unknown tag %q", f[4])
	}
	g.tag = tag
	if g.start, g.end, err = Offsets(f[9]); err != nil {
		return g, false, err
	}
	if g.start < last || g.end <= g.start || g.end > len(text) {
		return g, false, fmt.Errorf("offsets [%d,%d) out of order or outside the text (%d bytes)", g.start, g.end, len(text))
	}
	return g, f[0] == "1", nil
}

// Offsets reads the byte span of a token from the MISC column of the
// CoNLL-U files in ../shared/data/polnear-corenlp ("Start=21|End=28|NER=O").
func Offsets(misc string) (start, end int, err error) {
	start, end = -1, -1
	for _, kv := range strings.Split(misc, "|") {
		k, v, _ := strings.Cut(kv, "=")
		switch k {
		case "Start":
			start, err = strconv.Atoi(v)
		case "End":
			end, err = strconv.Atoi(v)
		}
		if err != nil {
			return -1, -1, fmt.Errorf("bad %s", kv)
		}
	}
	if start < 0 || end <= start {
		return -1, -1, fmt.Errorf("no offsets in %q", misc)
	}
	return start, end, nil
}

// appendDoc aligns an article's tags to our tokens and appends its
// sentences.
func appendDoc(out []Sentence, doc, text string, gs []gold, sent []int) []Sentence {
	toks := segment.Tokenize(text)
	tags := alignTags(text, toks, gs)
	k := 0
	for i, a := range sent {
		b := len(gs)
		if i+1 < len(sent) {
			b = sent[i+1]
		}
		lo, hi := gs[a].start, gs[b-1].end
		for k < len(toks) && toks[k].Start < lo {
			k++
		}
		k0 := k
		for k < len(toks) && toks[k].Start < hi {
			k++
		}
		if k > k0 {
			out = append(out, Sentence{Doc: doc, Src: text, Tokens: toks[k0:k:k], Tags: tags[k0:k:k]})
		}
	}
	return out
}

// alignTags gives each token the tag of the gold token containing its
// first byte, or fallbackTag. gs is in text order.
func alignTags(text string, toks []segment.Token, gs []gold) []uint8 {
	tags := make([]uint8, len(toks))
	j := 0
	for i, t := range toks {
		for j < len(gs) && gs[j].end <= t.Start {
			j++
		}
		if j < len(gs) && gs[j].start <= t.Start {
			tags[i] = gs[j].tag
		} else {
			tags[i] = fallbackTag(text, t)
		}
	}
	return tags
}

// fallbackTag guesses the tag of a token that CoreNLP did not tag, from
// its form alone.
func fallbackTag(text string, t segment.Token) uint8 {
	r, _ := utf8.DecodeRuneInString(text[t.Start:t.End])
	switch t.Kind {
	case segment.Number:
		return CD
	case segment.Word:
		if unicode.IsUpper(r) {
			return NNP
		}
		return NN
	case segment.Quote:
		switch r {
		case '“', '‘', '«', '„', '‟', '‹':
			return OpenQuote
		case '"', '\'':
			// Straight quotes open after a space or a bracket.
			if t.Start == 0 {
				return OpenQuote
			}
			p, _ := utf8.DecodeLastRuneInString(text[:t.Start])
			if unicode.IsSpace(p) || strings.ContainsRune("([{", p) {
				return OpenQuote
			}
		}
		return CloseQuote
	}
	if unicode.IsNumber(r) {
		return CD // ½, ², Roman numerals
	}
	switch r {
	case ',':
		return Comma
	case '.', '!', '?':
		return Period
	case '(', '[', '{':
		return LRB
	case ')', ']', '}':
		return RRB
	case '$', '€', '£', '¥':
		return Dollar
	case '#':
		return Hash
	case '%':
		return NN
	case '&':
		return CC
	case '+', '=', '<', '>', '*', '/', '\\', '|', '~', '^', '@', '_':
		return SYM
	}
	return Colon
}
