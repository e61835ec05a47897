package extract

import (
	"context"

	"github.com/whosaid/whosaid/internal/segment"
)

// The ...Context methods check ctx between units of work small enough
// that a cancelled or timed-out call returns promptly: a sentence (at most
// segment.MaxSentence tokens) while tagging and parsing, a paragraph while
// labelling cues, a cue while labelling roles. Their output is that of
// the plain methods, which call them with a context that is never done.

// TagContext is Tag, checking ctx between sentences.
func (m *Model) TagContext(ctx context.Context, seg *segment.Text) ([]uint8, error) {
	out := make([]uint8, len(seg.Tokens))
	var buf []uint8
	for _, s := range seg.Sentences {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		buf = m.tagger.TagSentence(seg.Src, seg.Tokens[s.Start:s.End], buf)
		copy(out[s.Start:s.End], buf)
	}
	return out, nil
}

// parseContext parses every sentence of seg, as Parser.Parse does,
// checking ctx between sentences. The sentences of a segment.Text cover
// its tokens in order, each token once (FuzzSegment holds them to it).
func (m *Model) parseContext(ctx context.Context, seg *segment.Text, tags []uint8) (heads []int32, deps []uint8, err error) {
	n := len(seg.Tokens)
	heads, deps = make([]int32, n), make([]uint8, n)
	var h []int32
	var l []uint8
	for _, s := range seg.Sentences {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		h, l = m.parser.ParseSentence(seg.Src, seg.Tokens[s.Start:s.End], tags[s.Start:s.End], h, l)
		for k, head := range h {
			if head >= 0 {
				head += int32(s.Start)
			}
			heads[s.Start+k], deps[s.Start+k] = head, l[k]
		}
	}
	return heads, deps, nil
}
