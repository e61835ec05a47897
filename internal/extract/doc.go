package extract

import (
	"unicode"

	"github.com/whosaid/whosaid/internal/feature"

	"github.com/whosaid/whosaid/internal/depparse"
	"github.com/whosaid/whosaid/internal/segment"
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
	lex   []uint8  // speech class (lexicon.go)
	tag   []uint64 // part of speech (postag id), padTag beyond the ends
	// The dependency tree: head token (-1 for a root), arc label, and the
	// first and last token of each token's subtree.
	head        []int32
	dep         []uint8
	left, right []int32
	kidStart    []int32 // the children of i are kids[kidStart[i]:kidStart[i+1]]
	kids        []int32
	kidMask     []uint32 // bit l set when token i has a child labelled l
	subj        []int32  // token i's first nsubj child, or -1
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

func newDoc(seg *segment.Text, tags []uint8, heads []int32, deps []uint8) *doc {
	n := len(seg.Tokens)
	d := &doc{seg: seg, n: n,
		word: make([]uint64, n), shape: make([]uint64, n), suf: make([]uint64, n), cap: make([]bool, n), lex: make([]uint8, n),
		commas: make([]int32, n+1), marks: make([]int32, n+1), inQuote: make([]bool, n), headline: make([]bool, n),
	}
	for i, t := range seg.Tokens {
		s := seg.Src[t.Start:t.End]
		d.word[i] = feature.HashLower(s)
		d.lex[i] = lexClass[d.word[i]]
		d.shape[i] = shapeOf(s, t.Kind)
		d.suf[i] = feature.HashLower(suffix(s, 3))
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
	d.head, d.dep = heads, deps
	d.left, d.right, d.kidStart, d.kids = subtreeSpans(heads)
	d.kidMask, d.subj = make([]uint32, n), make([]int32, n)
	for i := range d.subj {
		d.subj[i] = -1
	}
	for i, h := range heads {
		if h < 0 {
			continue
		}
		d.kidMask[h] |= 1 << deps[i]
		if deps[i] == depparse.Nsubj && d.subj[h] < 0 {
			d.subj[h] = int32(i)
		}
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

// subtreeSpans returns the first and last token of every token's subtree,
// in time linear in the number of tokens: children are visited before
// their heads by a post-order walk.
func subtreeSpans(heads []int32) (left, right, kidStart, kids []int32) {
	n := len(heads)
	left, right = make([]int32, n), make([]int32, n)
	kidStart = make([]int32, n+1)
	for _, h := range heads {
		if h >= 0 {
			kidStart[h+1]++
		}
	}
	for i := range n {
		kidStart[i+1] += kidStart[i]
		left[i], right[i] = int32(i), int32(i)
	}
	kids = make([]int32, kidStart[n])
	fill := append([]int32(nil), kidStart[:n]...)
	for i, h := range heads {
		if h >= 0 {
			kids[fill[h]] = int32(i)
			fill[h]++
		}
	}
	type frame struct{ node, next int32 }
	var stack []frame
	for root, h := range heads {
		if h >= 0 {
			continue
		}
		stack = append(stack[:0], frame{int32(root), kidStart[root]})
		for len(stack) > 0 {
			top := &stack[len(stack)-1]
			if top.next < kidStart[top.node+1] {
				k := kids[top.next]
				top.next++
				stack = append(stack, frame{k, kidStart[k]})
				continue
			}
			v := top.node
			stack = stack[:len(stack)-1]
			if len(stack) > 0 {
				u := stack[len(stack)-1].node
				left[u], right[u] = min(left[u], left[v]), max(right[u], right[v])
			}
		}
	}
	return left, right, kidStart, kids
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
		return feature.HashString(s)
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
