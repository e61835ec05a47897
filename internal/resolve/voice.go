package resolve

import (
	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// voice finds the sentences in which the outlet evaluates in its
// own voice: no attribution with a source touches them, they quote no
// one, they are not title or boilerplate, and they open with a stance
// adverb ("Unfortunately, ...") or use an evaluative word.
func (d *doc) voice() { d.unattributed = d.ownVoice(d.title) }

// ownVoice lists the sentences in the outlet's voice, title aside.
func (d *doc) ownVoice(title segment.Range) []segment.Range {
	// covered[k] > 0: token k is in an attribution with a source. Each
	// range adds one at its start and takes it off at its end, so ranges
	// that overlap cost no more than ranges that do not.
	covered := make([]int32, d.n+1)
	for _, a := range d.atts {
		if len(a.Source) == 0 {
			// With no source, the outlet itself is the speaker: the
			// sentence stays in its voice.
			continue
		}
		for _, rs := range [][]segment.Range{a.Source, a.Cue, a.Content} {
			for _, r := range rs {
				if r.Start < r.End {
					covered[r.Start]++
					covered[r.End]--
				}
			}
		}
	}
	for k := 1; k <= d.n; k++ {
		covered[k] += covered[k-1]
	}
	var out []segment.Range
sentences:
	for _, s := range d.seg.Sentences {
		if dl := d.dateline.Span; s.Start < dl.End && s.End > dl.End {
			s.Start = dl.End // the sentence after its dateline
		}
		if s.Len() < 5 || d.bp[s.Start] || (title.Len() > 0 && s.Start < title.End && s.End > title.Start) {
			continue
		}
		verb := false
		for k := s.Start; k < s.End; k++ {
			if covered[k] > 0 || d.seg.QuoteDepth[k] > 0 {
				continue sentences
			}
			verb = verb || finite(d.tags[k])
		}
		if !verb {
			continue
		}
		first := s.Start
		evaluative := lexicon.StanceAdverbs.Has(d.low[first]) && (postag.IsAdverb(d.tags[first]) || first+1 < s.End && d.text(first+1) == ",")
		for k := s.Start; k < s.End && !evaluative; k++ {
			evaluative = lexicon.EvaluativeWords.Has(d.low[k])
		}
		if evaluative {
			out = append(out, s)
		}
	}
	return out
}
