package extract

import (
	"cmp"
	"slices"
	"sort"

	"github.com/whosaid/whosaid/internal/feature"

	"github.com/whosaid/whosaid/internal/segment"
)

// Role labels of the tokens around one cue.
const (
	roleO = iota
	roleBS
	roleIS
	roleBC
	roleIC
	roleK // the cue itself: forced on cue tokens, forbidden elsewhere
	roleLabels
)

// maxReach bounds how far from its cue a role is looked for, so that time
// stays linear in a paragraph of any length.
const maxReach = 150

// maxOthers is how many other cues may stand between a cue and its roles;
// in PolNeAR train, 0.2% of roles lie beyond.
const maxOthers = 1

// window is the token range examined for a cue: its paragraph, cut to
// maxReach tokens either side and to maxOthers other cues (cueStarts[i]
// counts the cues starting before token i).
func (d *doc) window(cue segment.Range, cueStarts []int32) segment.Range {
	p := d.seg.Paragraphs[d.seg.ParagraphOf[cue.Start]]
	lo, hi := max(p.Start, cue.Start-maxReach), min(p.End, cue.End+maxReach)
	// The first token with at most maxOthers cue starts between it and the cue,
	// and one past the last.
	lo += sort.Search(cue.Start-lo, func(k int) bool { return cueStarts[cue.Start]-cueStarts[lo+k] <= maxOthers })
	hi = cue.End + sort.Search(hi-cue.End, func(k int) bool { return cueStarts[cue.End+k+1]-cueStarts[cue.End] > maxOthers })
	return segment.Range{Start: lo, End: hi}
}

// roleContext is what the role features know of the cue and of the other
// cues of the document.
type roleContext struct {
	cue      segment.Range
	cueHead  uint64 // lower-cased last word of the cue
	cueFirst uint64
	cueLen   uint64
	before   uint64 // word before the cue
	after    uint64 // word after the cue
	cueQuote uint64
	cueSent  int32
	cueTag   uint64
	cueClass uint64 // speech class of the cue's last word
	// The cue's head token in the tree, its label, and its head's subtree.
	cueRoot         int32
	cueDep          uint64
	up              int32
	upLeft, upRight int32
	// cueStarts[i] counts cue starts in tokens [0, i), other cues included.
	cueStarts []int32
}

func (d *doc) newRoleContext(cue segment.Range, cueStarts []int32) *roleContext {
	root := int32(cue.End - 1)
	for i := cue.Start; i < cue.End; i++ {
		if h := d.head[i]; h < int32(cue.Start) || h >= int32(cue.End) {
			root = int32(i)
			break
		}
	}
	up := d.head[root]
	upLeft, upRight := int32(-1), int32(-1)
	if up >= 0 {
		upLeft, upRight = d.left[up], d.right[up]
	}
	return &roleContext{
		cueRoot: root, cueDep: uint64(d.dep[root]), up: up, upLeft: upLeft, upRight: upRight,
		cue: cue, cueHead: d.word[cue.End-1], cueFirst: d.word[cue.Start], cueLen: uint64(min(cue.Len(), 4)),
		before: d.w(cue.Start - 1), after: d.w(cue.End), cueQuote: boolBit(d.inQuote[cue.Start]),
		cueSent: d.seg.SentenceOf[cue.Start], cueStarts: cueStarts, cueTag: d.tag[cue.End-1],
		cueClass: uint64(d.lex[cue.End-1]),
	}
}

// sideOf is 0 for a token before the cue, 1 after it.
func sideOf(c *roleContext, j int) uint64 { return boolBit(j >= c.cue.End) }

// roleTokenFeatures appends the features of token j that depend on the cue
// only through the side of it that j is on. At run time their scores are
// computed once per token and side, not once per cue (see sideScores).
func (d *doc) roleTokenFeatures(s *seq, side uint64, j int) {
	w0, t0 := d.word[j], d.tag[j]
	q := boolBit(d.inQuote[j])
	sent := d.seg.Sentences[d.seg.SentenceOf[j]]
	s.add(feature.F2(101, side, w0))
	s.add(feature.F2(102, side, d.w(j-1)))
	s.add(feature.F2(103, side, d.w(j+1)))
	s.add(feature.F3(104, side, d.w(j-1), w0))
	s.add(feature.F3(113, side, d.shape[j], d.sh(j+1)))
	s.add(feature.F3(124, side, boolBit(j == sent.Start), boolBit(j == sent.End-1)))
	s.add(feature.F3(125, side, d.shape[j], boolBit(j == sent.End-1)))
	s.add(feature.F3(131, side, d.t(j-1), t0))
	s.add(feature.F3(132, side, t0, d.t(j+1)))
	s.add(feature.F3(134, side, t0, q))
	s.add(feature.F3(135, side, d.t(j-1), d.t(j+1)))
	s.add(feature.F3(137, side, t0, w0))
}

// roleFeatures appends the features of token j that depend on the cue.
func (d *doc) roleFeatures(s *seq, c *roleContext, j int) {
	var side, dist uint64
	lo, hi := j, c.cue.Start // the tokens between j and the cue: [lo, hi)
	if j >= c.cue.End {
		side, dist = 1, uint64(j-c.cue.End+1)
		lo, hi = c.cue.End, j
	} else {
		dist = uint64(c.cue.Start - j)
	}
	db := distBucket(dist)
	sd := side<<8 | db
	sentDelta := uint64(clampDelta(d.seg.SentenceOf[j]-c.cueSent) + 4)
	commas := uint64(min(d.commas[hi]-d.commas[lo], 3))
	marks := uint64(min(d.marks[hi]-d.marks[lo], 3))
	others := uint64(min(c.cueStarts[hi]-c.cueStarts[lo], 2))
	q := boolBit(d.inQuote[j])
	w0 := d.word[j]
	s.add(feature.F1(100, sd))
	s.add(feature.F3(105, sd, d.shape[j], q))
	s.add(feature.F2(106, c.cueHead, sd))
	s.add(feature.F3(107, c.cueHead, side, w0))
	s.add(feature.F3(108, side, q, c.cueQuote))
	s.add(feature.F3(109, side, marks, q))
	s.add(feature.F3(110, side, commas, db))
	s.add(feature.F3(111, side, sentDelta, q))
	s.add(feature.F3(112, side, others, db))
	s.add(feature.F3(114, c.cueHead, side, d.shape[j]))
	s.add(feature.F3(115, c.before, side, db))
	s.add(feature.F3(116, c.after, side, db))
	s.add(feature.F3(117, c.after, side, w0))
	s.add(feature.F3(118, side, sentDelta, marks))
	s.add(feature.F3(119, c.cueFirst, c.cueLen, sd))
	s.add(feature.F3(120, side, others, sentDelta))
	s.add(feature.F3(121, c.before, side, w0))
	s.add(feature.F3(122, sd, d.sh(j-1), d.shape[j]))
	s.add(feature.F3(123, c.cueHead, side, q|marks<<1))
	sent := d.seg.Sentences[d.seg.SentenceOf[j]]
	s.add(feature.F3(126, c.cueHead, sentDelta, q))
	s.add(feature.F3(127, c.cueHead, commas, side))
	t0 := d.tag[j]
	s.add(feature.F2(130, sd, t0))
	s.add(feature.F3(133, c.cueTag, side, t0))
	s.add(feature.F3(136, sd, t0, boolBit(j == sent.End-1)))
	rel, top := d.treeRelation(c, j)
	s.add(feature.F2(140, rel, side))
	s.add(feature.F3(141, rel, t0, side))
	s.add(feature.F3(142, rel, c.cueHead, side))
	s.add(feature.F3(143, rel, boolBit(int32(j) == top), q))
	s.add(feature.F2(144, rel, db))
	if top >= 0 {
		s.add(feature.F3(145, rel, boolBit(int32(j) == d.left[top]), boolBit(int32(j) == d.right[top])))
	}
	s.add(feature.F3(146, uint64(d.dep[j]), side, boolBit(d.head[j] == c.cueRoot)))
	s.add(feature.F3(147, c.cueDep, rel, side))
	s.add(feature.F3(148, c.cueClass, rel, side))
}

// treeRelation says where token j stands in the tree from the cue's root:
// under one of its children (by label), at or under its head, or
// elsewhere. top is the child (or head) whose subtree holds j, or -1.
func (d *doc) treeRelation(c *roleContext, j int) (rel uint64, top int32) {
	r := c.cueRoot
	if jj := int32(j); d.left[r] <= jj && jj <= d.right[r] {
		// The children's subtrees are disjoint and in text order (the
		// parser's trees are projective): binary search.
		kids := d.kids[d.kidStart[r]:d.kidStart[r+1]]
		i, _ := slices.BinarySearchFunc(kids, jj, func(k, j int32) int { return cmp.Compare(d.left[k], j+1) })
		if i > 0 {
			if k := kids[i-1]; d.right[k] >= jj {
				return 1<<8 | uint64(d.dep[k]), k
			}
		}
		return 1 << 8, -1
	}
	switch {
	case c.up < 0:
		return 4 << 8, -1
	case int32(j) == c.up:
		return 2 << 8, c.up
	case c.upLeft <= int32(j) && int32(j) <= c.upRight:
		return 3 << 8, c.up
	}
	return 4 << 8, -1
}

func distBucket(d uint64) uint64 {
	switch {
	case d <= 4:
		return d
	case d <= 6:
		return 5
	case d <= 10:
		return 6
	case d <= 15:
		return 7
	case d <= 25:
		return 8
	case d <= 40:
		return 9
	}
	return 10
}

func clampDelta(d int32) int32 { return max(-3, min(3, d)) }

// roleSeq fills s with the role features of the window around a cue; with
// withToken false, it leaves out those of roleTokenFeatures.
func (d *doc) roleSeq(s *seq, c *roleContext, win segment.Range, withToken bool) {
	s.reset()
	for j := win.Start; j < win.End; j++ {
		if j < c.cue.Start || j >= c.cue.End {
			d.roleFeatures(s, c, j)
			if withToken {
				d.roleTokenFeatures(s, sideOf(c, j), j)
			}
		}
		s.next()
	}
}

// maxCachedParagraph bounds the tokens whose side scores are kept at once:
// every paragraph, as segment cuts them at MaxParagraph tokens.
const maxCachedParagraph = segment.MaxParagraph

// sideScores caches the scores of roleTokenFeatures per token and side, for
// the paragraph being labelled.
type sideScores struct {
	m       scorer
	para    segment.Range
	scores  []float32 // ((j-para.Start)*2 + side) * roleLabels
	done    []bool
	scratch seq
}

// base fills out (len win.Len()*roleLabels) with the cached scores of the
// window's tokens, computing those not yet known.
func (c *sideScores) base(d *doc, ctx *roleContext, win segment.Range, out []float32) []float32 {
	p := d.seg.Paragraphs[d.seg.ParagraphOf[win.Start]]
	if p.Len() > maxCachedParagraph {
		p = win // keep memory bounded in a paragraph of any length
	}
	if p != c.para {
		c.para = p
		c.scores = grow(c.scores, p.Len()*2*roleLabels)
		c.done = slices.Grow(c.done[:0], p.Len()*2)[:p.Len()*2]
		clear(c.done)
	}
	out = grow(out, win.Len()*roleLabels)
	for j := win.Start; j < win.End; j++ {
		row := out[(j-win.Start)*roleLabels : (j-win.Start+1)*roleLabels]
		if j >= ctx.cue.Start && j < ctx.cue.End {
			clear(row)
			continue
		}
		side := sideOf(ctx, j)
		k := (j-c.para.Start)*2 + int(side)
		if !c.done[k] {
			c.scratch.reset()
			d.roleTokenFeatures(&c.scratch, side, j)
			c.m.Score(c.scratch.feats, c.scores[k*roleLabels:(k+1)*roleLabels])
			c.done[k] = true
		}
		copy(row, c.scores[k*roleLabels:(k+1)*roleLabels])
	}
	return out
}

// roleAllowed returns the constraint for a window: BIO well-formed, the
// cue tokens labelled K and nothing else.
func roleAllowed(win, cue segment.Range) func(t, prev, cur int) bool {
	return func(t, prev, cur int) bool {
		j := win.Start + t
		if j >= cue.Start && j < cue.End {
			return cur == roleK
		}
		switch cur {
		case roleK:
			return false
		case roleIS:
			return prev == roleBS || prev == roleIS
		case roleIC:
			return prev == roleBC || prev == roleIC
		}
		return true
	}
}
