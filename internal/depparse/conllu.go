package depparse

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// Sentence is a parsed sentence of our tokens, for training and testing.
type Sentence struct {
	Doc    string          // the article id
	Src    string          // the article text
	Tokens []segment.Token // our tokens, byte ranges of Src
	Tags   []uint8         // postag tag ids, one per token
	// Heads[i] is the index in Tokens of the head of token i, or -1 for
	// the root; Labels[i] is the label of that arc.
	Heads  []int32
	Labels []uint8
}

// ReadCoNLLU reads dependency trees in CoNLL-U (HEAD and DEPREL columns,
// CoreNLP's basic dependencies) whose tokens carry byte offsets
// "Start=..|End=.." in MISC into the text of their article: texts maps
// the id of "# newdoc id = ID" to that text. It projects every tree onto
// our tokens (segment.Tokenize of the article):
//
//   - a sentence is our tokens that start within the byte range of a
//     CoNLL-U sentence, as in postag.ReadCoNLLU, which gives the tags;
//   - when one CoNLL-U token covers several of ours ("U.S." is four), the
//     first of ours takes its arc and the others attach to that first one
//     with label Goeswith;
//   - when one of ours covers several CoNLL-U tokens ("don't", "Clinton's"),
//     it takes the arc of the one whose head lies outside the group (the
//     one nearest the root if several do), and the dependents of all of
//     them;
//   - a token of ours that no CoNLL-U token overlaps attaches to the
//     nearest token that has an arc of its own, as Punct or Dep.
//
// The result is always a tree with one root, but it can be
// non-projective (see Projective). Labels are reduced with LabelOf.
func ReadCoNLLU(r io.Reader, texts map[string]string) ([]Sentence, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("depparse: %w", err)
	}
	tagged, err := postag.ReadCoNLLU(bytes.NewReader(data), texts)
	if err != nil {
		return nil, fmt.Errorf("depparse: %w", err)
	}
	byDoc := map[string][]int{} // article -> its tagged sentences, in order
	for k, s := range tagged {
		byDoc[s.Doc] = append(byDoc[s.Doc], k)
	}

	var (
		out   []Sentence
		doc   string
		text  string
		have  bool
		sents [][]ctok // CoNLL-U sentences of the open article
		cur   []ctok
	)
	flushSent := func(line int) error {
		if len(cur) == 0 {
			return nil
		}
		if err := checkTree(cur); err != nil {
			return fmt.Errorf("depparse: sentence ending at line %d: %v", line, err)
		}
		sents = append(sents, cur)
		cur = nil
		return nil
	}
	flushDoc := func() error {
		if !have {
			return nil
		}
		var err error
		out, err = appendDoc(out, doc, text, sents, tagged, byDoc[doc])
		sents = sents[:0]
		return err
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if id, ok := strings.CutPrefix(s, "# newdoc id = "); ok {
			if err := flushSent(line); err != nil {
				return nil, err
			}
			if err := flushDoc(); err != nil {
				return nil, err
			}
			doc, have = id, true
			text = texts[doc] // postag.ReadCoNLLU has checked that it exists
			continue
		}
		if s == "" {
			if err := flushSent(line); err != nil {
				return nil, err
			}
			continue
		}
		if s[0] == '#' {
			continue
		}
		if !have {
			return nil, fmt.Errorf("depparse: line %d: token before any \"# newdoc id\"", line)
		}
		g, id, err := parseToken(s)
		if err != nil {
			return nil, fmt.Errorf("depparse: line %d: %v", line, err)
		}
		if id == 1 {
			if err := flushSent(line); err != nil {
				return nil, err
			}
		}
		if id != len(cur)+1 {
			return nil, fmt.Errorf("depparse: line %d: token id %d, want %d", line, id, len(cur)+1)
		}
		cur = append(cur, g)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("depparse: line %d: %w", line+1, err)
	}
	if err := flushSent(line); err != nil {
		return nil, err
	}
	if err := flushDoc(); err != nil {
		return nil, err
	}
	return out, nil
}

// ctok is a CoNLL-U token: its byte range, its head (an index in its
// sentence, -1 for the root) and its reduced label.
type ctok struct {
	start, end int
	head       int32
	label      uint8
}

// parseToken decodes a token line and returns its ID.
func parseToken(s string) (g ctok, id int, err error) {
	f := strings.Split(s, "\t")
	if len(f) != 10 {
		return g, 0, fmt.Errorf("%d columns, want 10", len(f))
	}
	if id, err = strconv.Atoi(f[0]); err != nil {
		return g, 0, fmt.Errorf("bad id %q", f[0])
	}
	h, err := strconv.Atoi(f[6])
	if err != nil || h < 0 {
		return g, 0, fmt.Errorf("bad head %q", f[6])
	}
	g.head = int32(h - 1)
	g.label = LabelOf(f[7])
	if g.start, g.end, err = postag.Offsets(f[9]); err != nil {
		return g, 0, err
	}
	return g, id, nil
}

// checkTree checks that heads are in range and form one tree.
func checkTree(gs []ctok) error {
	heads := make([]int32, len(gs))
	for i, g := range gs {
		if g.head < -1 || int(g.head) >= len(gs) || int(g.head) == i {
			return fmt.Errorf("token %d: head %d out of range", i+1, g.head+1)
		}
		heads[i] = g.head
	}
	if !IsTree(heads) {
		return fmt.Errorf("not a tree with one root")
	}
	return nil
}

// appendDoc projects an article's trees onto our tokens and appends its
// sentences; tagged[ks] are its sentences as postag read them.
func appendDoc(out []Sentence, doc, text string, sents [][]ctok, tagged []postag.Sentence, ks []int) ([]Sentence, error) {
	toks := segment.Tokenize(text)
	// The tags, by our token index; postag's tokens are ours too.
	tags := make([]uint8, len(toks))
	i := 0
	for _, k := range ks {
		for t, tok := range tagged[k].Tokens {
			for i < len(toks) && toks[i].Start < tok.Start {
				i++
			}
			if i < len(toks) && toks[i].Start == tok.Start {
				tags[i] = tagged[k].Tags[t]
			}
		}
	}
	k := 0
	for _, gs := range sents {
		if gs[0].start < 0 || gs[len(gs)-1].end > len(text) {
			return out, fmt.Errorf("depparse: article %s: offsets outside the text", doc)
		}
		lo, hi := gs[0].start, gs[len(gs)-1].end
		for k < len(toks) && toks[k].Start < lo {
			k++
		}
		k0 := k
		for k < len(toks) && toks[k].Start < hi {
			k++
		}
		if k == k0 {
			continue
		}
		heads, labels := project(toks[k0:k], gs)
		if !IsTree(heads) {
			return out, fmt.Errorf("depparse: article %s: projection at byte %d is not a tree", doc, lo)
		}
		out = append(out, Sentence{Doc: doc, Src: text, Tokens: toks[k0:k:k], Tags: tags[k0:k:k], Heads: heads, Labels: labels})
	}
	return out, nil
}

// project maps the tree gs (a valid one) onto toks, our tokens of the same
// sentence, as ReadCoNLLU describes.
func project(toks []segment.Token, gs []ctok) ([]int32, []uint8) {
	n, m := len(toks), len(gs)
	// owner[i] is the CoNLL-U token of our token i: the one that contains
	// its first byte, or else the first that overlaps it; -1 if none.
	owner := make([]int32, n)
	j := 0
	for i, t := range toks {
		for j < m && gs[j].end <= t.Start {
			j++
		}
		owner[i] = -1
		if j < m && gs[j].start < t.End {
			owner[i] = int32(j)
		}
	}
	// rep[j] is our token that stands for CoNLL-U token j: the first it
	// owns, or else the one in which it starts (or the nearest before).
	rep := make([]int32, m)
	for j := range rep {
		rep[j] = -1
	}
	for i := n - 1; i >= 0; i-- {
		if owner[i] >= 0 {
			rep[owner[i]] = int32(i)
		}
	}
	i := 0
	for j := range gs {
		if rep[j] >= 0 {
			continue
		}
		for i+1 < n && toks[i+1].Start <= gs[j].start {
			i++
		}
		rep[j] = int32(i)
	}
	depth := depths(gs)
	// best[i] is the CoNLL-U token whose arc our token i takes: of those it
	// stands for, the one nearest the root whose head is not in the group.
	best := make([]int32, n)
	for i := range best {
		best[i] = -1
	}
	for j, g := range gs {
		i := rep[j]
		if g.head >= 0 && rep[g.head] == i {
			continue
		}
		if b := best[i]; b < 0 || depth[j] < depth[b] {
			best[i] = int32(j)
		}
	}
	heads := make([]int32, n)
	labels := make([]uint8, n)
	for i := range toks {
		switch j := best[i]; {
		case j >= 0 && gs[j].head < 0:
			heads[i], labels[i] = -1, Root
		case j >= 0:
			heads[i], labels[i] = rep[gs[j].head], gs[j].label
		case owner[i] >= 0:
			heads[i], labels[i] = rep[owner[i]], Goeswith
		default:
			heads[i], labels[i] = nearestArc(best, i), Dep
			if k := toks[i].Kind; k == segment.Punct || k == segment.Quote {
				labels[i] = Punct
			}
		}
	}
	return heads, labels
}

// nearestArc is the nearest token before i, or else after it, that takes
// the arc of a CoNLL-U token.
func nearestArc(best []int32, i int) int32 {
	for k := i - 1; k >= 0; k-- {
		if best[k] >= 0 {
			return int32(k)
		}
	}
	for k := i + 1; k < len(best); k++ {
		if best[k] >= 0 {
			return int32(k)
		}
	}
	return -1
}

// depths is the distance of every token of a tree from its root.
func depths(gs []ctok) []int32 {
	d := make([]int32, len(gs))
	for i := range d {
		d[i] = -1
	}
	var path []int32
	for i := range gs {
		path = path[:0]
		k := int32(i)
		for k >= 0 && d[k] < 0 {
			path = append(path, k)
			k = gs[k].head
		}
		base := int32(-1)
		if k >= 0 {
			base = d[k]
		}
		for p := len(path) - 1; p >= 0; p-- {
			base++
			d[path[p]] = base
		}
	}
	return d
}

// IsTree reports whether heads (an index per token, -1 for a root) form a
// single tree: every head in range, exactly one root, no cycle.
func IsTree(heads []int32) bool {
	n := len(heads)
	roots := 0
	for _, h := range heads {
		if h == -1 {
			roots++
		} else if h < 0 || int(h) >= n {
			return false
		}
	}
	if n == 0 {
		return true
	}
	if roots != 1 {
		return false
	}
	// state: 0 unseen, 1 on the current path, 2 reaches the root.
	state := make([]uint8, n)
	for i := range heads {
		k := int32(i)
		for k >= 0 && state[k] == 0 {
			state[k] = 1
			k = heads[k]
		}
		if k >= 0 && state[k] == 1 {
			return false
		}
		for k := int32(i); k >= 0 && state[k] == 1; k = heads[k] {
			state[k] = 2
		}
	}
	return true
}

// Projective reports whether a tree has no crossing arcs, its root
// included (as an arc from outside the sentence): for every arc, every
// token between head and dependent has its head between them too.
func Projective(heads []int32) bool {
	for d, h := range heads {
		lo, hi := int32(d), h
		if h < 0 {
			continue
		}
		if lo > hi {
			lo, hi = hi, lo
		}
		for k := lo + 1; k < hi; k++ {
			if hk := heads[k]; hk < lo || hk > hi {
				return false
			}
		}
	}
	return true
}
