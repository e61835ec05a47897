// Package postag is a fast part-of-speech tagger for the tokens of package
// segment: a greedy, left-to-right averaged perceptron (Honnibal's design)
// over hashed features, with a dictionary of frequent unambiguous words
// that skips scoring. Its tags are the Penn Treebank's (see NumTags); it
// learns them from CoreNLP's silver tags aligned to our tokens, so a word
// like "don't" or "Clinton's" (one token here, two for CoreNLP) takes the
// tag of its first part.
package postag

import (
	"slices"

	"github.com/whosaid/whosaid/internal/model"
	"github.com/whosaid/whosaid/internal/segment"
)

// Tagger assigns part-of-speech tags. Make one with Train or Read; it is
// read-only once built and safe for concurrent use.
type Tagger struct {
	weights *model.Weights
	dict    map[uint64]uint8 // dictKey of a form -> its tag
}

// Tag returns the tag id of every token of seg, in order, reusing out's
// storage. Each sentence of seg is tagged on its own; tokens that no
// sentence covers are tagged as runs of their own.
func (t *Tagger) Tag(seg *segment.Text, out []uint8) []uint8 {
	n := len(seg.Tokens)
	out = slices.Grow(out[:0], n)[:n]
	pos := 0
	for _, r := range seg.Sentences {
		if r.Start < pos || r.End > n || r.Start >= r.End {
			continue
		}
		if r.Start > pos {
			t.tag(seg.Src, seg.Tokens[pos:r.Start], out[pos:r.Start])
		}
		t.tag(seg.Src, seg.Tokens[r.Start:r.End], out[r.Start:r.End])
		pos = r.End
	}
	if pos < n {
		t.tag(seg.Src, seg.Tokens[pos:], out[pos:])
	}
	return out
}

// TagSentence tags toks, byte ranges of src, as one sentence, reusing
// out's storage.
func (t *Tagger) TagSentence(src string, toks []segment.Token, out []uint8) []uint8 {
	out = slices.Grow(out[:0], len(toks))[:len(toks)]
	t.tag(src, toks, out)
	return out
}

// tag tags one sentence; len(out) == len(toks).
func (t *Tagger) tag(src string, toks []segment.Token, out []uint8) {
	var (
		win    [5]tokInfo
		feats  [numFeats]uint64
		scores [NumTags]float32
	)
	win[0], win[1] = pad, pad
	for k := 2; k < 5; k++ {
		win[k] = pad
		if k-2 < len(toks) {
			win[k] = info(src, toks[k-2], t.dict)
		}
	}
	p1, p2 := startTag, start2Tag
	for i := range toks {
		var tag uint8
		if win[2].known != 0 {
			tag = win[2].known - 1
		} else {
			features(&feats, &win, p1, p2)
			t.weights.Score(feats[:], scores[:])
			tag = argmax(&scores)
		}
		out[i] = tag
		p2, p1 = p1, uint64(tag)
		win[0], win[1], win[2], win[3] = win[1], win[2], win[3], win[4]
		win[4] = pad
		if i+3 < len(toks) {
			win[4] = info(src, toks[i+3], t.dict)
		}
	}
}

// argmax is the first tag of the highest score.
func argmax(scores *[NumTags]float32) uint8 {
	best := 0
	for c := 1; c < NumTags; c++ {
		if scores[c] > scores[best] {
			best = c
		}
	}
	return uint8(best)
}

// Evaluate tags each sentence as a whole and counts the tokens whose tag
// matches the sentence's.
func (t *Tagger) Evaluate(sents []Sentence) (correct, total int) {
	var out []uint8
	for _, s := range sents {
		out = t.TagSentence(s.Src, s.Tokens, out)
		for i, tag := range out {
			if tag == s.Tags[i] {
				correct++
			}
		}
		total += len(out)
	}
	return correct, total
}

// Size is the number of weighted features in the model and of forms in
// its tag dictionary.
func (t *Tagger) Size() (features, forms int) { return t.weights.Len(), len(t.dict) }
