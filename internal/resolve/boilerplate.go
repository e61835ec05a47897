package resolve

import (
	"strings"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// findBoilerplate finds the title and the page furniture of scraped text,
// from general patterns, paragraph by paragraph:
//   - the title is a short first paragraph with no final punctuation, or
//     one in title case, in a document of several paragraphs;
//   - a paragraph that repeats another one, or is one line repeated
//     ("Headline  Headline"), is boilerplate, and so is a pull quote: a
//     paragraph of one quotation whose words an earlier paragraph holds;
//   - at the end (and at the start, after the title) of the document, a
//     run of short paragraphs that do not end as sentences do and read as
//     calls to action or page words ("Add new comment", "Share this",
//     "Read our comment policy ...") is boilerplate, and so is a list of
//     three or more lines that do not end as sentences at the end (links).
func (d *doc) findBoilerplate() {
	d.title, d.boilerplate = d.titleAndFurniture()
	for _, p := range d.boilerplate {
		for i := p.Start; i < p.End; i++ {
			d.bp[i] = true
		}
	}
}

// inTitle reports whether token k lies in the document's title.
func (d *doc) inTitle(k int) bool { return d.title.Start <= k && k < d.title.End }

// titleAndFurniture finds the title and the paragraphs of boilerplate.
func (d *doc) titleAndFurniture() (title segment.Range, bp []segment.Range) {
	paras := d.seg.Paragraphs
	if len(paras) < 2 {
		return
	}
	keys := make([]string, len(paras))
	for i, p := range paras {
		keys[i] = d.paraKey(p)
	}
	if d.titleLike(paras[0]) {
		title = paras[0]
	}
	is := make([]bool, len(paras))
	seen := make(map[string]bool, len(paras))
	for i, p := range paras {
		k := keys[i]
		if seen[k] && p.Len() > 0 {
			is[i] = true
		}
		seen[k] = true
		if i > 0 && (d.selfRepeat(p) || d.pullQuote(p, keys[:i]) || d.labelledCaption(p) || d.labelledLink(p)) {
			is[i] = true
		}
	}
	// The writer's bio at the end: "Nadia Ferris is a senior reporter
	// at ... She previously wrote for ...".
	if name, ok := d.bylineName(); ok {
		d.byline = segment.Range{Start: name[0], End: name[len(name)-1] + 1}
		for i := max(1, len(paras)-4); i < len(paras); i++ {
			if d.aboutWriter(paras[i], name) {
				is[i] = true
			}
		}
	}
	// Trailing furniture: from the end, a run of furniture and of lines
	// that do not end as sentences. From its first furniture paragraph
	// on, or from where it holds three such lines (a list of links: "More
	// News from Sci-Tech", "Amazon says it's considered face scanning in
	// Ring doorbells", ...), the run is boilerplate.
	cut := len(paras)
	for i, links := len(paras)-1, 0; i > 0; i-- {
		furniture, link := d.furniture(paras[i]) || is[i], d.linkLine(paras[i])
		if !furniture && !link {
			break
		}
		if link {
			links++
		}
		if furniture || links >= minLinkList {
			cut = i
		}
	}
	for i := cut; i < len(paras); i++ {
		is[i] = true
	}
	// Leading furniture, after the title.
	first := 0
	if title.Len() > 0 {
		first = 1
	}
	for i := first; i < len(paras)-1; i++ {
		if !d.furniture(paras[i]) && !is[i] {
			break
		}
		is[i] = true
	}
	for i, p := range paras {
		if is[i] && !(title.Len() > 0 && i == 0) {
			bp = append(bp, p)
		}
	}
	return title, bp
}

// paraKey is a paragraph's words, lower-cased, joined by one space.
func (d *doc) paraKey(p segment.Range) string {
	var b strings.Builder
	for k := p.Start; k < p.End; k++ {
		if k > p.Start {
			b.WriteByte(' ')
		}
		b.WriteString(d.low[k])
	}
	return b.String()
}

// selfRepeat: the paragraph is one sequence of tokens said twice or more.
func (d *doc) selfRepeat(p segment.Range) bool {
	n := p.Len()
	for parts := 2; parts <= 4; parts++ {
		if n%parts != 0 || n/parts < 2 {
			continue
		}
		u := n / parts
		same := true
		for k := p.Start + u; k < p.End && same; k++ {
			same = d.low[k] == d.low[k-u]
		}
		if same {
			return true
		}
	}
	return false
}

// endsSentence: the paragraph ends with . ! ? or a closing quote after one.
func (d *doc) endsSentence(p segment.Range) bool {
	for k := p.End - 1; k >= p.Start; k-- {
		switch d.text(k) {
		case ".", "!", "?", "…":
			return true
		case "\"", "”", "’", "'", ")":
			continue
		}
		return false
	}
	return false
}

// endsEllipsis: the paragraph's last token is an ellipsis.
func (d *doc) endsEllipsis(p segment.Range) bool {
	if p.Len() == 0 {
		return false
	}
	last := d.text(p.End - 1)
	return last == "…" || strings.HasSuffix(last, "..") || last == "." && p.Len() > 2 && d.text(p.End-2) == "." && d.text(p.End-3) == "."
}

// minLinkList is how many lines that do not end as sentences make the
// end of a page a list of links.
const minLinkList = 3

// linkLine: a line of one to 20 words that does not end as a sentence
// (a question may: "Etiquette: Do I have to invite my ex?"), nor with a
// colon that opens what follows: a headline in a list of links.
func (d *doc) linkLine(p segment.Range) bool {
	if p.Len() == 0 || d.seg.Tokens[p.Start].Kind == segment.Quote {
		return false // a quotation and its speaker: "'A haunting triumph.' — Pixel Tide"
	}
	words := d.wordCount(p)
	return words >= 1 && words <= 20 && (!d.endsSentence(p) || d.text(p.End-1) == "?") && d.text(p.End-1) != ":"
}

// labelledLink: the paragraph (a line) is a link to another story that
// pages set between a story's paragraphs: a label of one to three words
// of reading and relation ("Read also", "RELATED STORY", "See more")
// before a colon, and a headline of 25 words at most after it.
func (d *doc) labelledLink(line segment.Range) bool {
	colon, verb := -1, false
	for k := line.Start; k < line.End && k < line.Start+4; k++ {
		if d.text(k) == ":" {
			colon = k
			break
		}
		if d.seg.Tokens[k].Kind != segment.Word || !linkLabelWord(d.low[k]) {
			return false
		}
		verb = verb || linkLabelVerb(d.low[k])
	}
	if colon <= line.Start || colon+1 >= line.End || !verb {
		return false // and "Reading: Thames Valley Police said ...", a town's report
	}
	words := d.wordCount(segment.Range{Start: colon + 1, End: line.End})
	return words >= 1 && words <= 25 && d.seg.QuoteDepth[line.Start] == 0
}

// linkLabelWord: w is a word of the labels pages put before links to
// other stories.
func linkLabelWord(w string) bool {
	switch w {
	case "more", "story", "stories", "further", "reading", "next":
		return true
	}
	return linkLabelVerb(w)
}

// linkLabelVerb: w is the word a link's label cannot do without ("Read",
// "See", "RELATED", "Also", "Watch"), which the other words only qualify
// ("more", "story").
func linkLabelVerb(w string) bool {
	switch w {
	case "read", "see", "also", "related", "watch", "listen", "recommended":
		return true
	}
	return false
}

// titleLike: a short paragraph with no final period, or in title case.
func (d *doc) titleLike(p segment.Range) bool {
	if words := d.wordCount(p); words == 0 || words > 25 {
		return false
	}
	return !d.endsSentence(p) || d.titleCase(p)
}

// titleCase: three quarters or more of the range's words, and three at
// least, are capitalized: a headline in title case.
func (d *doc) titleCase(r segment.Range) bool {
	words, caps := 0, 0
	for k := r.Start; k < r.End; k++ {
		if d.seg.Tokens[k].Kind == segment.Word {
			words++
			if d.capitalized(k) {
				caps++
			}
		}
	}
	return words >= 3 && caps*4 >= words*3
}

// headlineCase finds the sentences in title case and the common words
// of the text (doc.headline, doc.common): what a title-case line
// capitalizes that the text writes in lower case is no name ("Trump
// Addresses Munich Attack", "Widow Tells Inquest").
func (d *doc) headlineCase() {
	d.headline = make([]bool, len(d.seg.Sentences))
	for i, s := range d.seg.Sentences {
		d.headline[i] = d.titleCase(s)
	}
	lowerSeen, capSeen := map[string]bool{}, map[string]bool{}
	for i, s := range d.seg.Sentences {
		if d.headline[i] {
			continue
		}
		for k := s.Start; k < s.End; k++ {
			if d.seg.Tokens[k].Kind != segment.Word {
				continue
			}
			switch {
			case !d.capitalized(k):
				lowerSeen[d.low[k]] = true
			case k > s.Start && !d.isPunct(k-1):
				capSeen[d.low[k]] = true
			}
		}
	}
	d.common, d.lowered = map[string]bool{}, lowerSeen
	for w := range lowerSeen {
		if !capSeen[w] {
			d.common[w] = true
		}
	}
}

// furniture: a short paragraph that does not end as a sentence and reads
// as a call to action or page words, or has no word at all.
func (d *doc) furniture(p segment.Range) bool {
	words, cta := 0, 0
	for k := p.Start; k < p.End; k++ {
		if d.seg.Tokens[k].Kind != segment.Word {
			continue
		}
		words++
		if lexicon.CTAWords.Has(d.low[k]) {
			cta++
		}
	}
	if words == 0 {
		return true
	}
	if words > 14 || d.endsSentence(p) && !d.endsEllipsis(p) && cta < 2 {
		// An ellipsis ends a teaser, no sentence ("Join the
		// conversation..."); page words make a notice of one
		// ("Copyright 1999 Digital Den Online. All rights reserved.").
		return false
	}
	first := p.Start
	for first < p.End && d.seg.Tokens[first].Kind != segment.Word {
		first++
	}
	imperative := first < p.End && lexicon.CTAVerbs.Has(d.low[first]) && (d.tags[first] == postag.VB || d.tags[first] == postag.NNP || d.tags[first] == postag.NN || d.tags[first] == postag.VBP || d.tags[first] == postag.JJ)
	return imperative || cta > 0
}

// caption: a paragraph of at most 40 words that opens with a credit
// label and a colon ("Photo: ...", "Pix: ..."), or whose last eight
// tokens hold a picture credit: a credit label and a colon, "by" or
// "courtesy" ("Picture: Rhys Cassidy", "Photo by Ana Ruiz", "(Photograph:
// Reuters)", "— Picture courtesy of the family"), or a credit after a
// dash that ends the paragraph ("— Bernama pic", "- AFP photo").
func (d *doc) caption(p segment.Range) bool {
	if d.labelledCaption(p) {
		return true
	}
	if d.wordCount(p) > 40 {
		return false
	}
	last := p.End - 1
	if last > p.Start && d.isPunct(last) {
		last--
	}
	for k := max(p.Start, p.End-8); k < p.End; k++ {
		if !lexicon.CreditLabels.Has(d.low[k]) {
			continue
		}
		if d.creditAt(k, p) {
			return true
		}
		if k == last && k-3 > p.Start && (isDash(d.text(k-2)) || isDash(d.text(k-3))) {
			return true
		}
	}
	return false
}

// creditedCaption: a caption that a picture's credit ends (caption),
// with no quotation in it: what it says the picture shows, no one's
// words ("NO DEAL. Government panel chair Rafael Montemayor (center)
// talks to reporters ... (Chronicle photo by Jun Asuncion)"); a
// paragraph of the story that a credit ends keeps its quotation ("...
// said she was \"heartbroken\" (Photo: ...)").
func (d *doc) creditedCaption(p segment.Range) bool {
	if d.wordCount(p) > 40 {
		return false
	}
	credit := false
	for k := p.Start; k < p.End; k++ {
		if d.seg.Tokens[k].Kind == segment.Quote {
			return false
		}
		// The credit is a label in capitals ("Photo: ...", "Photograph
		// by ...") or in brackets ("(Chronicle photo by Jun Asuncion)"),
		// among the last eight tokens; not a story's "footage by a
		// witness".
		if k >= p.End-8 && d.creditAt(k, p) && (d.capitalized(k) || d.bracketBefore(k, p)) {
			credit = true
		}
	}
	return credit
}

// creditAt: a picture's credit opens at token k of paragraph p, a credit
// label before a colon, "by" or "courtesy" ("Photo: ...", "photo by ...").
func (d *doc) creditAt(k int, p segment.Range) bool {
	if k+1 >= p.End || !lexicon.CreditLabels.Has(d.low[k]) {
		return false
	}
	next := d.low[k+1]
	return next == ":" || next == "by" || next == "courtesy"
}

// bracketBefore: an opening bracket stands before token k in paragraph p,
// among the four tokens before it, with no closing one between.
func (d *doc) bracketBefore(k int, p segment.Range) bool {
	for j := k - 1; j >= max(p.Start, k-4); j-- {
		switch d.text(j) {
		case "(", "[":
			return true
		case ")", "]":
			return false
		}
	}
	return false
}

// labelledCaption: a paragraph of at most 40 words that opens with a
// credit label and a colon ("PHOTO: Mrs Hyacinth Grant points to the
// roof of her Lucea home"): a picture's caption, whose verbs tell what
// the picture shows. Our sets mark nothing in the 60 they hold.
func (d *doc) labelledCaption(p segment.Range) bool {
	return p.Start+1 < p.End && d.wordCount(p) <= 40 && lexicon.CreditLabels.Has(d.low[p.Start]) && d.text(p.Start+1) == ":"
}

// pullQuote: paragraph p is one quotation alone, of five words or more,
// whose words an earlier paragraph holds in the same order: a quotation
// that the page prints again in large type, no new attribution. before
// are the earlier paragraphs' keys (paraKey), made once per document: a
// key made again for each quotation made a long document's time grow
// with its square.
func (d *doc) pullQuote(p segment.Range, before []string) bool {
	s, e := p.Start, p.End
	if e-s < 7 || d.seg.Tokens[s].Kind != segment.Quote {
		return false
	}
	for e > s && d.seg.Tokens[e-1].Kind != segment.Quote {
		if !d.isPunct(e - 1) {
			return false
		}
		e--
	}
	inner := d.paraKey(segment.Range{Start: s + 1, End: e - 1})
	inner = strings.TrimRight(inner, " .,!?")
	if strings.Count(inner, " ") < 4 {
		return false
	}
	for _, q := range before {
		if strings.Contains(q, inner) {
			return true
		}
	}
	return false
}

// aboutWriter: paragraph p opens with the byline's name and a verb of
// being or of the job ("Nadia Ferris is a senior reporter ...", "Jane
// Doe covers city hall"), the writer's bio that pages print after the
// article.
func (d *doc) aboutWriter(p segment.Range, name []int) bool {
	k := p.Start
	for _, n := range name {
		if k >= p.End || d.low[k] != d.low[n] {
			return false
		}
		k++
	}
	if k >= p.End {
		return false
	}
	switch d.low[k] {
	case "is", "was", "covers", "writes", "reports", "has", "joined":
		return true
	}
	return false
}
