// Package resolve is the stage after extraction: it reads the relations the
// learned extractor found and tells, for each, who the source is (its kind
// and the speaker it refers to), whether the outlet hedges it, which
// attribution it is nested in and through which channel it came; and, for
// the document, its title, its boilerplate and the sentences in which the
// outlet speaks in its own voice.
//
// It works on token ranges of a *segment.Text and on the part-of-speech
// tags of its tokens, with small lexicons of general news English and
// rules over them, in time linear in the length of the text.
package resolve

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/extract"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// Kind is what a source is.
type Kind string

// The source kinds.
const (
	Person       Kind = "person"       // a named person
	Organization Kind = "organization" // a named body, outlet, government, or a capital for one
	Anonymous    Kind = "anonymous"    // described but not named
	Pronoun      Kind = "pronoun"      // a pronoun that could not be resolved
)

// Input is what the stage reads: the segmented text, a POS tag per token
// and the extractor's relations.
type Input struct {
	Seg  *segment.Text
	Tags []uint8
	Rels []extract.Relation
}

// None marks an absent index (Parent, Speaker).
const None = -1

// Attribution is one relation with what the stage found about it. Ranges
// are token ranges of the input's segment.Text.
type Attribution struct {
	Source, Cue, Content []segment.Range
	// Recovered is set when a rule, not the extractor, found the attribution.
	Recovered bool
	// Implicit is set when the source was not in the cue's own clause and
	// was taken from the clause before.
	Implicit bool
	Kind     Kind // "" when there is no source
	Speaker  int  // index into Result.Speakers, or None
	// Title is the source's title or role ("Foreign Minister", "doctor").
	Title string
	// Description is an anonymous source's description.
	Description string
	// AnonymityReason is why the source is not named, when the text says.
	AnonymityReason segment.Range
	// Hedge is the word by which the outlet distances itself.
	Hedge segment.Range
	// Parent is the index of the attribution whose content holds this
	// one's cue, or None.
	Parent int
	// Via is the channel: "according to X", "told X", "cited ... as saying".
	Via []segment.Range
}

// Speaker is one entity that speaks in the document.
type Speaker struct {
	Name         string
	Kind         Kind
	Title        string
	Mentions     []segment.Range
	Attributions int
}

// Result is the output of the stage.
type Result struct {
	// Attributions in text order of their cues; attributions whose cue
	// lies in boilerplate are dropped.
	Attributions []Attribution
	// Title is the paragraph that heads the document; Len() == 0 if none.
	Title segment.Range
	// Boilerplate are paragraphs of page furniture.
	Boilerplate []segment.Range
	// Unattributed are sentences in which the outlet evaluates with no source.
	Unattributed []segment.Range
	// Speakers that are the source of at least one attribution.
	Speakers []Speaker
}

// doc is the working state.
type doc struct {
	seg   *segment.Text
	tags  []uint8
	low   []string // lower-cased token text
	n     int
	bp    []bool // token in boilerplate
	atts  []Attribution
	inCue []bool
	ents  entities
}

// Resolve runs the stage.
func Resolve(in Input) *Result {
	seg := in.Seg
	res := &Result{}
	if seg == nil || len(seg.Tokens) == 0 {
		return res
	}
	d := &doc{seg: seg, n: len(seg.Tokens), tags: in.Tags}
	if len(d.tags) != d.n {
		d.tags = make([]uint8, d.n) // no tags: rules that need them find nothing
	}
	d.low = make([]string, d.n)
	for i, t := range seg.Tokens {
		d.low[i] = lower(seg.Src[t.Start:t.End])
	}
	res.Title, res.Boilerplate = d.boilerplate()
	d.bp = make([]bool, d.n)
	for _, p := range res.Boilerplate {
		for i := p.Start; i < p.End; i++ {
			d.bp[i] = true
		}
	}
	d.inCue = make([]bool, d.n)
	for _, r := range in.Rels {
		if !d.validRel(r) || d.bp[r.Cue[0].Start] {
			continue
		}
		d.atts = append(d.atts, Attribution{
			Source:  slices.Clone(r.Source),
			Cue:     slices.Clone(r.Cue),
			Content: slices.Clone(r.Content),
		})
		d.markCue(r.Cue)
	}
	d.repairSources()
	d.fillSources()
	d.recover()
	d.signatures()
	d.transcriptTurns()
	slices.SortStableFunc(d.atts, func(a, b Attribution) int { return a.Cue[0].Start - b.Cue[0].Start })
	for i := range d.atts {
		d.atts[i].Parent, d.atts[i].Speaker = None, None
	}
	d.implicitSources()
	d.nesting()
	res.Speakers = d.speakers()
	for i := range d.atts {
		d.hedge(&d.atts[i])
		d.anonymity(&d.atts[i])
		d.via(i)
	}
	res.Attributions = d.atts
	res.Unattributed = d.unattributed(res.Title)
	return res
}

// validRel checks that a relation's ranges are in bounds and it has a cue.
func (d *doc) validRel(r extract.Relation) bool {
	if len(r.Cue) == 0 {
		return false
	}
	for _, rs := range [][]segment.Range{r.Source, r.Cue, r.Content} {
		for _, x := range rs {
			if x.Start < 0 || x.End > d.n || x.Start >= x.End {
				return false
			}
		}
	}
	return true
}

// lower lower-cases ASCII fast, anything else with strings.ToLower.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
		if 'A' <= c && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// word is the lower-cased token without a possessive ending.
func (d *doc) word(i int) string {
	w := d.low[i]
	if strings.HasSuffix(w, "'s") {
		return w[:len(w)-2]
	}
	if strings.HasSuffix(w, "’s") {
		return w[:len(w)-len("’s")]
	}
	return w
}

func (d *doc) text(i int) string { return d.seg.TokenText(i) }

// capitalized: the token starts with an upper-case letter.
func (d *doc) capitalized(i int) bool {
	r, _ := utf8.DecodeRuneInString(d.text(i))
	return unicode.IsUpper(r)
}

func (d *doc) isPunct(i int) bool {
	k := d.seg.Tokens[i].Kind
	return k == segment.Punct || k == segment.Quote
}

func (d *doc) isBracket(i int) bool {
	switch d.text(i) {
	case "[", "]", "(", ")":
		return true
	}
	return false
}

// skipTok: a token that names may hold but are not words of: brackets,
// and the period of "Mr." or of an initial.
func (d *doc) skipTok(i int) bool {
	if d.isBracket(i) {
		return true
	}
	if d.text(i) != "." || i == 0 || d.seg.Tokens[i-1].End != d.seg.Tokens[i].Start {
		return false
	}
	p := d.low[i-1]
	return honorifics[p] || titleWords[p+"."] || (len(p) == 1 && d.capitalized(i-1))
}

// possessive: the token ends in 's.
func (d *doc) possessive(i int) bool { return d.word(i) != d.low[i] }

// rangesText joins the text of token ranges, folding space.
func (d *doc) rangeText(r segment.Range) string {
	if r.Len() <= 0 {
		return ""
	}
	return strings.Join(strings.Fields(d.seg.Src[d.seg.Tokens[r.Start].Start:d.seg.Tokens[r.End-1].End]), " ")
}

// sentence is the range of the sentence of token i.
func (d *doc) sentence(i int) segment.Range { return d.seg.Sentences[d.seg.SentenceOf[i]] }

// inside reports whether token i lies in one of rs.
func inside(i int, rs []segment.Range) bool {
	for _, r := range rs {
		if r.Start <= i && i < r.End {
			return true
		}
	}
	return false
}

// hull is the smallest range covering rs.
func hull(rs []segment.Range) segment.Range {
	if len(rs) == 0 {
		return segment.Range{}
	}
	h := rs[0]
	for _, r := range rs[1:] {
		h.Start = min(h.Start, r.Start)
		h.End = max(h.End, r.End)
	}
	return h
}

// nounish: a token that can end a noun phrase.
func (d *doc) nounish(i int) bool {
	t := d.tags[i]
	return postag.IsNoun(t) || t == postag.PRP || t == postag.CD
}
