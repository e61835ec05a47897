package resolve

import (
	"strings"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/segment"
)

// headlineTitle is the title a headline's source is made of, lower-cased
// ("Mayor: 'We will not back down'" gives "mayor", as does "..., mayor
// says"), or "" for any other
// source. A headline names by office the person its text introduces by
// name, so the source waits for the text's persons (resolveHeadlineTitle).
func (d *doc) headlineTitle(a *Attribution) string {
	if d.title.Len() == 0 || len(a.Source) != 1 || a.Source[0].Len() != 1 {
		return ""
	}
	k := a.Source[0].Start
	if !d.inTitle(k) || d.seg.Tokens[k].Kind != segment.Word {
		return ""
	}
	w := d.low[k]
	if full := titleInFull(w); full != "" {
		w = full
	}
	if !lexicon.TitleWords.Has(w) || lexicon.FemaleWords.Has(w) || lexicon.MaleWords.Has(w) {
		return "" // not "Mr", "Mrs", "Lady"
	}
	return w
}

// resolveHeadlineTitle gives a headline's source, the title want, the
// first person of the text who bears that title ("Mayor: ..." and then
// "Mayor Kerri-Anne Fitzgibbon said"), or leaves it an anonymous person.
func (d *doc) resolveHeadlineTitle(a *Attribution, want string) {
	a.Kind, a.Speaker = Person, None
	best, bestPos := None, d.n
	for id, e := range d.ents.list {
		if e.kind != Person || !strings.Contains(" "+strings.ToLower(e.title)+" ", " "+want+" ") && !e.words[want] {
			continue
		}
		if f := e.firstMention(); f >= d.title.End && f < bestPos {
			best, bestPos = id, f
		}
	}
	if best == None {
		a.Kind = Anonymous
		a.Description = d.rangeText(a.Source[0])
		return
	}
	e := d.ents.list[best]
	a.Speaker, a.Title = best, e.title
	e.atts++
	e.mention(a.Source[0])
}
