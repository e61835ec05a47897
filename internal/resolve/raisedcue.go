package resolve

import (
	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// raisingCue: "The quake is believed to be the strongest since 1942", "The
// airline is understood to owe lessors $30 million": a passive verb of
// saying or believing before an infinitive, the outlet's way of reporting
// what unnamed people say. PolNeAR's annotators rarely mark it, so the
// extractor seldom finds it; readers do. The attribution has no source,
// and its content is the subject and the infinitive, as raisedSubjects
// leaves those the extractor found.
func (d *doc) raisingCue(i int) *Attribution {
	sen := d.sentence(i)
	if i+2 >= sen.End || d.low[i+1] != "to" || d.tags[i+2] != postag.VB {
		return nil
	}
	// The cue runs back over adverbs ("widely") and auxiliaries ("has
	// been", "will be") to its first verb.
	start := i
	for start-1 >= sen.Start {
		k := start - 1
		if !(lexicon.Auxiliaries.Has(d.low[k]) || d.tags[k] == postag.MD || postag.IsAdverb(d.tags[k]) || d.low[k] == "not") {
			break
		}
		start = k
	}
	cue := segment.Range{Start: start, End: i + 1}
	if !d.raisingPassive(cue, lexicon.RaisingParticiples) {
		return nil
	}
	j := start - 1
	if j < sen.Start || d.inCue[j] || !(d.nounish(j) || d.tags[j] == postag.PRP) {
		return nil
	}
	subject := segment.Range{Start: d.npLeft(j, sen.Start), End: j + 1}
	if d.tags[j] == postag.PRP {
		if !lexicon.SubjectPronouns.Has(d.low[j]) {
			return nil
		}
		subject.Start = j
	}
	if subject.Start > j {
		return nil
	}
	e := sen.End
	// "..., police said.": the content stops at the comma before another
	// cue's source.
	for t := i + 3; t < e; t++ {
		if !d.inCue[t] {
			continue
		}
		for k := t - 1; k > i+2 && t-k <= 6; k-- {
			if d.text(k) == "," {
				e = k
				break
			}
		}
		break
	}
	for e > i+2 && d.isPunct(e-1) && d.seg.Tokens[e-1].Kind != segment.Quote {
		e--
	}
	return &Attribution{
		Cue:     []segment.Range{cue},
		Content: []segment.Range{subject, {Start: i + 1, End: e}},
	}
}
