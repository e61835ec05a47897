package extract

import (
	"github.com/whosaid/whosaid/internal/depparse"
	"github.com/whosaid/whosaid/internal/feature"
	"github.com/whosaid/whosaid/internal/segment"
)

// Cue labels: a cue is a B followed by any number of I.
const (
	cueO = iota
	cueB
	cueI
	cueLabels
)

// cueFeatures appends the features of token i for the cue tagger.
func (d *doc) cueFeatures(s *seq, i int) {
	seg := d.seg
	sent := seg.Sentences[seg.SentenceOf[i]]
	w0, wp, wn := d.w(i), d.w(i-1), d.w(i+1)
	q := boolBit(d.inQuote[i])
	first := boolBit(i == sent.Start)
	s.add(feature.F1(1, 0))
	s.add(feature.F1(2, w0))
	s.add(feature.F1(3, wp))
	s.add(feature.F1(4, wn))
	s.add(feature.F1(5, d.w(i-2)))
	s.add(feature.F1(6, d.w(i+2)))
	s.add(feature.F2(7, wp, w0))
	s.add(feature.F2(8, w0, wn))
	s.add(feature.F3(9, wp, w0, wn))
	s.add(feature.F1(10, d.suf[i]))
	s.add(feature.F2(11, d.shape[i], q))
	s.add(feature.F3(12, d.sh(i-1), d.shape[i], d.sh(i+1)))
	s.add(feature.F2(13, w0, q))
	s.add(feature.F2(14, w0, first))
	// Quotation marks around: ", he said" and "said: “".
	markBefore := boolBit(d.marks[i] > d.marks[max(0, i-3)])
	markAfter := boolBit(d.marks[min(d.n, i+4)] > d.marks[i+1])
	s.add(feature.F3(15, w0, markBefore, markAfter))
	s.add(feature.F2(16, d.suf[i], markBefore|markAfter<<1))
	// Does the sentence quote at all, and is this the last word of it?
	sentQuote := boolBit(d.marks[sent.End] > d.marks[sent.Start])
	s.add(feature.F2(17, w0, sentQuote))
	s.add(feature.F2(18, w0, boolBit(i >= sent.End-2)))
	s.add(feature.F2(19, w0, boolBit(d.headline[i])))
	s.add(feature.F3(20, d.shape[i], boolBit(d.headline[i]), boolBit(i < sent.Start+8)))
	s.add(feature.F2(21, w0, boolBit(d.cap[max(0, i-1)])))
	s.add(feature.F2(22, wp, d.w(i-2)))
	s.add(feature.F2(23, wn, d.w(i+2)))
	s.add(feature.F2(24, d.suf[i], d.sh(i+1)))
	t0, tp, tn := d.tag[i], d.t(i-1), d.t(i+1)
	s.add(feature.F1(30, t0))
	s.add(feature.F2(31, t0, w0))
	s.add(feature.F2(32, tp, t0))
	s.add(feature.F2(33, t0, tn))
	s.add(feature.F3(34, tp, t0, tn))
	s.add(feature.F3(35, d.t(i-2), tp, t0))
	s.add(feature.F3(36, t0, tn, d.t(i+2)))
	s.add(feature.F3(37, w0, tp, tn))
	s.add(feature.F3(38, t0, markBefore|markAfter<<1, q))
	s.add(feature.F2(39, w0, tn))
	s.add(feature.F2(40, w0, tp))
	// The dependency tree: a reporting verb has a subject and a complement.
	dep, head := uint64(d.dep[i]), d.head[i]
	hw, ht := uint64(padWord), uint64(padWord)
	if head >= 0 {
		hw, ht = d.word[head], d.tag[head]
	}
	mask := uint64(d.kidMask[i] & reportingKids)
	subjTag := uint64(padWord)
	if k := d.subj[i]; k >= 0 {
		subjTag = d.tag[k]
	}
	s.add(feature.F2(41, dep, w0))
	s.add(feature.F2(42, dep, t0))
	s.add(feature.F2(43, w0, mask))
	s.add(feature.F3(44, t0, mask, dep))
	s.add(feature.F2(45, w0, hw))
	s.add(feature.F2(46, dep, ht))
	s.add(feature.F3(47, hw, dep, t0))
	s.add(feature.F2(48, w0, subjTag))
	s.add(feature.F3(49, t0, subjTag, mask))
	// The speech classes of the word, its neighbours and its head, for the
	// rare cues (lexicon.go).
	c := uint64(d.lex[i])
	prevClass, nextClass, headClass := uint64(0), uint64(0), uint64(padWord)
	if i > 0 {
		prevClass = uint64(d.lex[i-1])
	}
	if i+1 < d.n {
		nextClass = uint64(d.lex[i+1])
	}
	if head >= 0 {
		headClass = uint64(d.lex[head])
	}
	s.add(feature.F2(50, c, t0))
	s.add(feature.F3(51, c, mask, dep))
	s.add(feature.F3(52, c, markBefore|markAfter<<1, q))
	s.add(feature.F3(53, c, subjTag, prevClass))
	s.add(feature.F3(54, c, nextClass, tn))
	s.add(feature.F3(55, c, headClass, dep))
}

// reportingKids are the child labels that mark a reporting structure.
const reportingKids = 1<<depparse.Nsubj | 1<<depparse.Dobj | 1<<depparse.Ccomp | 1<<depparse.Xcomp |
	1<<depparse.Parataxis | 1<<depparse.Advcl | 1<<depparse.Nmod

func boolBit(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// cueAllowed keeps BIO well-formed: I only after B or I.
func cueAllowed(_ int, prev, cur int) bool {
	return cur != cueI || prev == cueB || prev == cueI
}

// paragraphSeq fills s with the cue features of paragraph p.
func (d *doc) paragraphSeq(s *seq, p segment.Range) {
	s.reset()
	for i := p.Start; i < p.End; i++ {
		d.cueFeatures(s, i)
		s.next()
	}
}
