package resolve

import (
	"strings"
	"unicode"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/segment"
)

// transcriptTurns adds the turns of a transcript: paragraphs that open
// with a speaker's name in capitals and a colon ("WALLACE: If I may,
// sir, ..."). A document must hold two such turns or more, so that a
// lone "UPDATE:" or "EXCLUSIVE:" heading is never taken for one.
func (d *doc) transcriptTurns() {
	var turns []Attribution
	for _, para := range d.seg.Paragraphs {
		if a := d.turn(para); a != nil {
			turns = append(turns, *a)
		}
	}
	if len(turns) < 2 {
		return
	}
	x := d.indexAttributions()
	for _, a := range turns {
		if d.inCue[a.Cue[0].Start] || x.duplicate(&a) {
			continue
		}
		x.addRecovered(a)
	}
}

// maxTurnName is the longest speaker label of a turn, in words.
const maxTurnName = 3

func (d *doc) turn(para segment.Range) *Attribution {
	i := para.Start
	if i < para.End && d.seg.Tokens[i].Kind == segment.Quote {
		i++ // a transcript quoted whole opens each paragraph with a mark
	}
	name := segment.Range{Start: i, End: i}
	for i < para.End && i-name.Start < maxTurnName && d.capitalsWord(i) {
		i++
	}
	name.End = i
	// A heading label ("UPDATE:") or a salutation ("DEAR ABBY:", a letter
	// to the one named) is no speaker's turn.
	if name.Len() == 0 || i+1 >= para.End || d.text(i) != ":" || d.bp[i] || lexicon.HeadingLabels.Has(d.low[name.Start]) || d.low[name.Start] == "dear" {
		return nil
	}
	content := segment.Range{Start: i + 1, End: para.End}
	return &Attribution{Source: []segment.Range{name}, Cue: []segment.Range{{Start: i, End: i + 1}}, Content: []segment.Range{content}}
}

// turnLabel: run is the speaker's label of a transcript's turn, as turn
// reads one at the start of run's paragraph.
func (d *doc) turnLabel(run segment.Range) bool {
	if run.Len() == 0 {
		return false
	}
	t := d.turn(d.seg.Paragraphs[d.seg.ParagraphOf[run.Start]])
	return t != nil && t.Source[0] == run
}

// personOpening is the person of two name words or more whose name opens
// with w, first mentioned last before pos: "TAN:" of Tan Wei Ling, whose
// family name the first-name lists also hold.
func (d *doc) personOpening(w string, pos int) int {
	best := None
	if d.ents.employers[w] {
		return best // "Nissan" of "Nissan North America Inc" names the body
	}
	after := None
	for id, e := range d.ents.list {
		first, _, ok := strings.Cut(e.name, " ")
		if !ok || e.kind != Person || lower(first) != w {
			continue
		}
		if e.first <= pos {
			best = id
		} else if after == None || e.first < d.ents.list[after].first {
			after = id
		}
	}
	if best == None && d.inTitle(pos) {
		// "Wong: ..." over "Datuk Wong Kim Seng said": a headline names
		// whom the story introduces below, as latestOf finds a last name.
		return after
	}
	return best
}

// capitalsWord: a word of two letters or more, all capitals.
func (d *doc) capitalsWord(i int) bool {
	if d.seg.Tokens[i].Kind != segment.Word {
		return false
	}
	n := 0
	for _, r := range d.text(i) {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}
