package resolve

import (
	"github.com/whosaid/whosaid/internal/extract"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// doc is the state the passes share. The document fields are set up once
// by newDoc and only read by the passes; every finding is written by the
// pass named beside it and read by the passes after it (passes.go).
type doc struct {
	// The document.
	seg        *segment.Text
	tags       []uint8
	low        []string // lower-cased token text
	n          int
	rels       []extract.Relation // the extractor's relations, as given
	metaAuthor string             // the writer the metadata names (Input.Author)
	metaOutlet string             // the publication the metadata names (Input.Outlet)
	quotes     quoteTables        // lookups over the quotations
	// finiteBefore[k] is how many tokens before k are finite verbs.
	finiteBefore []int32
	// headline[i]: sentence i is written in title case (titleCase);
	// common: the words the lines in sentence case write in lower case
	// and never capitalize but to open a sentence ("attack", "widow");
	// lowered: the words those lines write in lower case at least once
	// ("water" of "Glamorgan Water" in a flood report).
	headline []bool
	common   map[string]bool
	lowered  map[string]bool

	// Findings.
	title       segment.Range   // boilerplate: the paragraph that heads the text
	byline      segment.Range   // boilerplate: the name of the one writer a byline gives (bylineName), if any
	boilerplate []segment.Range // boilerplate: paragraphs of page furniture
	dateline    Dateline        // datelines: where the story was filed
	bp          []bool          // boilerplate, datelines: token in page furniture or the dateline
	atts        []Attribution   // admit; the recovery passes add; later passes fill in
	questions   []segment.Range // sourceless: the contents of reporters' questions, dropped from atts
	inCue       []bool          // every pass that adds an attribution: token in a cue
	// clauseStops are where a reported clause ends (clause): a semicolon,
	// or a comma before a participle or before a cue; kept by markCue.
	clauseStops  tokenSet
	ents         entities        // speakers: the referents of the document
	speakers     []Speaker       // speakers
	unattributed []segment.Range // voice
}

// newDoc sets up the state for a non-empty text.
func newDoc(in Input) *doc {
	seg := in.Seg
	d := &doc{seg: seg, n: len(seg.Tokens), tags: in.Tags, rels: in.Rels, metaAuthor: in.Author, metaOutlet: in.Outlet}
	if len(d.tags) != d.n {
		d.tags = make([]uint8, d.n) // no tags: rules that need them find nothing
	}
	d.low = make([]string, d.n)
	for i, t := range seg.Tokens {
		d.low[i] = lower(seg.Src[t.Start:t.End])
	}
	d.retag()
	d.headlineCase()
	d.quotes = d.quoteTables()
	d.finiteBefore = make([]int32, d.n+1)
	for k, t := range d.tags {
		d.finiteBefore[k+1] = d.finiteBefore[k]
		if finite(t) {
			d.finiteBefore[k+1]++
		}
	}
	d.bp = make([]bool, d.n)
	d.inCue = make([]bool, d.n)
	d.clauseStops = newTokenSet(d.n)
	for k := range d.n {
		if d.text(k) == ";" || d.text(k) == "," && k+1 < d.n && d.tags[k+1] == postag.VBG {
			d.clauseStops.add(k)
		}
	}
	return d
}

// result is what the passes found.
func (d *doc) result() *Result {
	return &Result{
		Attributions: d.atts,
		Title:        d.title,
		Boilerplate:  d.boilerplate,
		Dateline:     d.dateline,
		Unattributed: d.unattributed,
		Speakers:     d.speakers,
	}
}
