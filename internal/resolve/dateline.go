package resolve

import (
	"strings"
	"unicode"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// Dateline is the opening of a story that says where, and through which
// agency, it was filed: "BUFFALO, N.Y. (AP) —", "FRANKFURT, March 12
// (Reuters) -", "NEW DELHI:". It is metadata of the document: no
// attribution's source, cue or content holds a token of it.
type Dateline struct {
	Span   segment.Range // the whole dateline, its separator included
	Place  segment.Range // "BUFFALO, N.Y."; empty in "(Reuters) —"
	Date   segment.Range // "March 12"; empty when none
	Agency segment.Range // "AP", inside the brackets; empty when none
}

// maxDatelineParagraphs is how many paragraphs after the title a
// dateline may open: bylines and kickers stand before it, never more.
const maxDatelineParagraphs = 5

// longParagraph is the number of words from which a paragraph is body
// text: the dateline opens the first one at the latest.
const longParagraph = 12

// datelines finds the dateline at the start of the first paragraphs of
// body text and marks its tokens as boilerplate, so that no relation is
// admitted whose cue is there, no rule recovers one there, no name there
// is a speaker and no source or content reaches into it.
//
// The forms are the wire styles: a place in capitals, with its region,
// a date or an agency in brackets, and a dash or a colon ("DES MOINES,
// Iowa (AP) —", "SINGAPORE –", "NEW DELHI:"); an agency alone ("(Reuters)
// —", "(CNN)President ..."); or a place in title case before a dash or
// colon ("Mumbai: Actor ..."), only at the start of the first paragraph
// of body text, which must then read as a sentence. A colon after
// capitals is no dateline in a transcript, whose turns open the same way
// ("PENCE: Well, ...").
func (d *doc) datelines() {
	d.salutations() // the other furniture at a paragraph's start: "Sir, –"
	transcript := d.transcriptLike()
	seen := 0
	for pi, p := range d.seg.Paragraphs {
		if pi == 0 && d.title.Len() > 0 || d.bp[p.Start] || d.caption(p) || d.inDeck(p.Start) {
			continue // a photo caption or a deck may stand before the dateline
		}
		body := d.wordCount(p) >= longParagraph
		if dl, ok := d.datelineAt(p, pi == 0, body, transcript); ok {
			d.dateline = dl
			for k := dl.Span.Start; k < dl.Span.End; k++ {
				d.bp[k] = true
			}
			return
		}
		seen++
		if body || seen >= maxDatelineParagraphs {
			return
		}
	}
}

// wordCount counts the word tokens of a range.
func (d *doc) wordCount(r segment.Range) int {
	n := 0
	for k := r.Start; k < r.End; k++ {
		if d.seg.Tokens[k].Kind == segment.Word {
			n++
		}
	}
	return n
}

// datelineAt reads a dateline at the start of paragraph p. first: p opens
// the document, where "Name: ..." is a headline ("Sanders: Clinton needs
// to ..."); body: p is the first paragraph of body text; transcript:
// paragraphs open with names in capitals and a colon.
func (d *doc) datelineAt(p segment.Range, first, body, transcript bool) (Dateline, bool) {
	var dl Dateline
	i := p.Start
	// The place, then up to two more parts after commas: a region or a
	// date ("BUFFALO, N.Y.", "FRANKFURT, March 12"). The city is in
	// capitals in wire style, the region often not ("ELDORET, Kenya").
	city := segment.Range{Start: i, End: d.placeRun(i, p.End)}
	if e := city.End; e > i {
		dl.Place = segment.Range{Start: i, End: e}
		i = e
		for parts := 0; parts < 2 && i+1 < p.End && d.text(i) == ","; parts++ {
			if e := d.dateRun(i+1, p.End); e > i+1 {
				dl.Date, i = segment.Range{Start: i + 1, End: e}, e
				break // the date comes last
			}
			e := d.placeRun(i+1, p.End)
			if e == i+1 {
				break
			}
			dl.Place.End, i = e, e
		}
	}
	// The agency, in brackets: "(AP)", "(Reuters)".
	if i+2 < p.End && d.text(i) == "(" {
		e := i + 1
		for e < p.End && e-i <= 4 && d.seg.Tokens[e].Kind == segment.Word {
			e++
		}
		if e > i+1 && e < p.End && d.text(e) == ")" && d.capitalized(i+1) {
			dl.Agency = segment.Range{Start: i + 1, End: e}
			i = e + 1
		}
	}
	if dl.Place.Len() == 0 && dl.Agency.Len() == 0 {
		return dl, false
	}
	// The separator: a dash (one, or two hyphens) or a colon.
	sep := i
	switch {
	case i < p.End && isDash(d.text(i)):
		if i+1 < p.End && d.text(i+1) == "-" {
			i++
		}
		i++
	case i < p.End && d.text(i) == ":":
		i++
	case dl.Place.Len() == 0 && dl.Agency.Len() > 0 && i < p.End && d.capitalized(i) &&
		(d.seg.Tokens[i-1].End == d.seg.Tokens[i].Start || lexicon.NewsAgencies.Has(d.low[dl.Agency.Start])):
		// An agency alone before the first sentence, no dash: "(CNN)President
		// Donald Trump ...", "(Reuters) The company ..." (the page's dash
		// left out when it was scraped).
	default:
		return dl, false
	}
	if i >= p.End {
		return dl, false // a dateline opens a text, it is not one
	}
	dl.Span = segment.Range{Start: p.Start, End: i}
	colon := d.text(sep) == ":"
	switch {
	case dl.Agency.Len() > 0:
		return dl, true
	case colon && first:
		return dl, false
	case lexicon.HeadingLabels.Has(d.word(dl.Place.Start)) || lexicon.CTAVerbs.Has(d.low[dl.Place.Start]):
		return dl, false // "UPDATE:", "WATCH:", "Editor's Note:"
	case d.allCaps(city):
		// A heading in capitals runs on in capitals ("UN: PEACEKEEPERS
		// PAYING ..."); a transcript turn is no dateline.
		return dl, !d.capitalsAhead(i, p.End) && !(colon && transcript)
	default:
		// A place in title case and a colon ("Mumbai: Actor ..."): only
		// before the first sentence of the body, a short name and no more.
		return dl, colon && body && dl.Place.Len() <= 3 && sep == dl.Place.End && d.capitalized(i) &&
			!transcript && d.endsSentence(p)
	}
}

// placeRun returns the end of a run of capitalized words from token i
// (with the periods of abbreviations: "N.Y.", "ST. LOUIS", "Minn."), at
// most four words; i when there is none.
func (d *doc) placeRun(i, end int) int {
	e, words := i, 0
	for e < end {
		switch {
		case d.seg.Tokens[e].Kind == segment.Word && d.capitalized(e) && words < 4:
			words++
			e++
		case d.text(e) == "." && e > i && d.seg.Tokens[e-1].End == d.seg.Tokens[e].Start &&
			(len(d.text(e-1)) <= 3 || len(d.text(e-1)) <= 5 && e+1 < end && (isDash(d.text(e+1)) || d.text(e+1) == "(")):
			// "N.Y.", and AP's longer state abbreviations before the dash
			// or the agency: "MOORHEAD, Minn. —", "FRESNO, Calif. (AP)".
			e++
		default:
			return e
		}
	}
	return e
}

// dateRun returns the end of a date from token i ("March 12", "Nov. 5"),
// or i.
func (d *doc) dateRun(i, end int) int {
	if i >= end || !lexicon.Months.Has(d.low[i]) {
		return i
	}
	e := i + 1
	if e < end && d.text(e) == "." {
		e++
	}
	if e < end && d.seg.Tokens[e].Kind == segment.Number {
		return e + 1
	}
	return i
}

// allCaps: every letter of the range's words is a capital, and there are
// two letters or more.
func (d *doc) allCaps(r segment.Range) bool {
	letters := 0
	for k := r.Start; k < r.End; k++ {
		if d.seg.Tokens[k].Kind != segment.Word {
			continue
		}
		for _, c := range d.text(k) {
			if unicode.IsLower(c) {
				return false
			}
			if unicode.IsLetter(c) {
				letters++
			}
		}
	}
	return letters >= 2
}

// capitalsAhead: the next three words from token i are all in capitals.
func (d *doc) capitalsAhead(i, end int) bool {
	n := 0
	for k := i; k < end && n < 3; k++ {
		if d.seg.Tokens[k].Kind != segment.Word {
			continue
		}
		if !d.capitalsWord(k) {
			return false
		}
		n++
	}
	return n == 3
}

// transcriptLike: two paragraphs or more open with a name in capitals and
// a colon, as the turns of a transcript do.
func (d *doc) transcriptLike() bool {
	// A photo caption's label ("CLOSED: Police personnel outside ...")
	// is no speaker's, nor a place's that comes once ("GEORGE TOWN: ...");
	// a speaker's label comes back, whatever place it also names
	// ("JACKSON:", "HOUSTON:").
	// A label that comes once before a participle's clause with no
	// finite verb ("PROTECTIVE GEAR: Department workers culling
	// chickens ... yesterday.") is a caption's too; not a greeting's
	// ("HOST: Good evening and welcome to the programme.").
	labels, said := map[string]int{}, map[string]bool{}
	for _, p := range d.seg.Paragraphs {
		if d.inTitle(p.Start) {
			continue // a headline's "MMEA: Ferry crew ignored ..." is no turn
		}
		if t := d.turn(p); t != nil && !d.caption(p) {
			l := strings.ToLower(d.rangeText(t.Source[0]))
			labels[l]++
			said[l] = said[l] || !d.captionClause(t.Content[0])
		}
	}
	n := 0
	for l, turns := range labels {
		if turns > 1 || !lexicon.IsCity(l) && said[l] {
			n += turns
		}
	}
	return n >= 2
}

// captionClause: r reads as a photo caption, a participle's clause with
// no finite verb and no one speaking or spoken to ("Department workers
// culling chickens at Kampung Pasir Pekan yesterday."; not "Thank you for
// having me").
func (d *doc) captionClause(r segment.Range) bool {
	participle := false
	for k := r.Start; k < r.End; k++ {
		if personalWord(d.low[k]) || finite(d.tags[k]) {
			return false
		}
		participle = participle || d.tags[k] == postag.VBG
	}
	return participle
}
