// Package resolve is the stage after extraction: it reads the relations the
// learned extractor found and tells, for each, who the source is (its kind
// and the speaker it refers to), whether the outlet hedges it, which
// attribution it is nested in and through which channel it came; and, for
// the document, its title, its boilerplate and the sentences in which the
// outlet speaks in its own voice.
//
// The stage is a fixed sequence of named passes over one shared state
// (passes, in passes.go, gives the order and the reason for it). It works
// on token ranges of a *segment.Text and on the part-of-speech tags of its
// tokens, with the word lists of package lexicon and rules over them.
package resolve

import (
	"github.com/whosaid/whosaid/internal/extract"
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
	// Author is the writer the document's metadata names ("" when
	// unknown): the speaker of the text's own "I" when no byline in the
	// text names one.
	Author string
	// Outlet is the publication the metadata names ("" when unknown):
	// the speaker of the text's own "we".
	Outlet string
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
	// Dateline is where the story was filed; Span.Len() == 0 if none.
	Dateline Dateline
	// Unattributed are sentences in which the outlet evaluates with no source.
	Unattributed []segment.Range
	// Speakers that are the source of at least one attribution.
	Speakers []Speaker
}

// Resolve runs the stage: every pass, in the order of passes.
func Resolve(in Input) *Result { return run(in, passes()) }

// run applies the passes ps to the input. Tests and the ablation measure
// call it with a list of their own.
func run(in Input, ps []pass) *Result {
	if in.Seg == nil || len(in.Seg.Tokens) == 0 {
		return &Result{}
	}
	d := newDoc(in)
	for _, p := range ps {
		p.run(d)
	}
	return d.result()
}
