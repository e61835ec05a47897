package extract

import (
	"unicode"

	"whosaid/segment"
)

// doc holds the per-token values that features are built from, computed
// once per document.
type doc struct {
	seg   *segment.Text
	n     int
	word  []uint64 // lower-cased form
	shape []uint64 // Xx, XX, x, d, or the character itself for punctuation
	suf   []uint64 // last three characters, lower-cased
	cap   []bool   // starts with an upper-case letter
	tag   []uint64 // part of speech (postag id), padTag beyond the ends
	// Prefix counts over tokens [0, i): commas, quotation marks, sentence
	// ends. between(a, b) questions are answered by differences.
	commas, marks []int32
	inQuote       []bool
	// headline: the token is in the first paragraph and it has no final period.
	headline []bool
}

const (
	padWord = 0x5eed // the word "before the first" and "after the last" token
)

func newDoc(seg *segment.Text, tags []uint8) *doc {
	n := len(seg.Tokens)
	d := &doc{seg: seg, n: n,
		word: make([]uint64, n), shape: make([]uint64, n), suf: make([]uint64, n), cap: make([]bool, n),
		commas: make([]int32, n+1), marks: make([]int32, n+1), inQuote: make([]bool, n), headline: make([]bool, n),
	}
	for i, t := range seg.Tokens {
		s := seg.Src[t.Start:t.End]
		d.word[i] = hashLower(s)
		d.shape[i] = shapeOf(s, t.Kind)
		d.suf[i] = hashLower(suffix(s, 3))
		r, _ := decodeFirst(s)
		d.cap[i] = unicode.IsUpper(r)
		d.commas[i+1] = d.commas[i]
		d.marks[i+1] = d.marks[i]
		if s == "," {
			d.commas[i+1]++
		}
		if t.Kind == segment.Quote && (i == 0 || i == n-1 || !isWordTok(seg, i-1) || !isWordTok(seg, i+1)) {
			d.marks[i+1]++
		}
		d.inQuote[i] = seg.QuoteDepth[i] > 0
	}
	d.tag = make([]uint64, n)
	for i, t := range tags {
		d.tag[i] = uint64(t)
	}
	if len(seg.Paragraphs) > 1 {
		p := seg.Paragraphs[0]
		last := seg.Src[seg.Tokens[p.End-1].Start:seg.Tokens[p.End-1].End]
		if p.Len() < 40 && last != "." {
			for i := p.Start; i < p.End; i++ {
				d.headline[i] = true
			}
		}
	}
	return d
}

func isWordTok(seg *segment.Text, i int) bool {
	k := seg.Tokens[i].Kind
	return k == segment.Word || k == segment.Number
}

// w returns the word hash of token i, or a pad beyond the ends.
func (d *doc) w(i int) uint64 {
	if i < 0 || i >= d.n {
		return padWord
	}
	return d.word[i]
}

// t returns the tag of token i, or a pad beyond the ends.
func (d *doc) t(i int) uint64 {
	if i < 0 || i >= d.n {
		return padWord
	}
	return d.tag[i]
}

func (d *doc) sh(i int) uint64 {
	if i < 0 || i >= d.n {
		return padWord
	}
	return d.shape[i]
}

func decodeFirst(s string) (rune, int) {
	for _, r := range s {
		return r, 0
	}
	return 0, 0
}

func suffix(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[len(r)-n:])
}

// shapeOf classifies a token's form; punctuation keeps its character.
func shapeOf(s string, k segment.Kind) uint64 {
	switch k {
	case segment.Number:
		return 1
	case segment.Punct, segment.Quote:
		return hashString(s)
	}
	upper, lower := 0, 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			upper++
		} else {
			lower++
		}
	}
	r, _ := decodeFirst(s)
	switch {
	case upper == 0:
		return 2
	case lower == 0 && upper > 1:
		return 3
	case unicode.IsUpper(r):
		return 4
	default:
		return 5
	}
}
