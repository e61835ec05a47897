// Package whosaid reads news text and tells who said what, on whose
// authority: for every attribution its source, cue and content, as byte
// spans into the unchanged text.
//
//	doc := whosaid.Extract(text)
//	for _, a := range doc.Attributions {
//		fmt.Println(a.Source.Text, a.Cue.Text, a.Content.Text)
//	}
package whosaid

import (
	"context"
	"io"
	"strings"
	"sync"

	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/internal/extract"
	"github.com/whosaid/whosaid/internal/model"
	"github.com/whosaid/whosaid/internal/resolve"
	"github.com/whosaid/whosaid/internal/segment"
)

// Extractor turns article text into attributions. It is safe for
// concurrent use; create one and share it across goroutines.
type Extractor struct {
	model *extract.Model
}

// NewExtractor returns an extractor using the model embedded in the binary.
func NewExtractor() (*Extractor, error) {
	m, err := embeddedModel()
	if err != nil {
		return nil, err
	}
	return &Extractor{model: m}, nil
}

// Model is a trained extraction model: the part-of-speech tagger, the
// dependency parser and the two attribution labellers.
type Model struct{ m *extract.Model }

// ReadModel reads a model of one's own, as written by cmd/whosaid-train.
func ReadModel(r io.Reader) (*Model, error) {
	m, err := extract.ReadModel(r)
	if err != nil {
		return nil, err
	}
	return &Model{m: m}, nil
}

// NewExtractorWith returns an extractor using a model read by ReadModel.
func NewExtractorWith(m *Model) *Extractor { return &Extractor{model: m.m} }

// embeddedModel reads the embedded model once, on first use. It is a
// cache of constant data, never changed after. The weight tables are not
// decoded: they are read in place from the executable's data, so this
// costs a tagger dictionary and a few headers.
var embeddedModel = sync.OnceValues(func() (*extract.Model, error) {
	return extract.ViewModel(model.EmbeddedData())
})

// Extract finds the attributions of one article: the extractor finds
// them, then the resolve stage tells who each source is, hedges, nesting
// and channels, and the document's title, boilerplate and own voice.
func (x *Extractor) Extract(text string) *Document {
	doc, _ := x.ExtractContext(context.Background(), text) // never done: no error
	return doc
}

// ExtractContext is Extract under a context: when ctx is cancelled or its
// deadline passes, it stops and returns ctx.Err() and no document. It
// checks ctx between sentences while tagging and parsing, between
// paragraphs and between cues while labelling, and between stages, so
// that it returns within a few milliseconds of ctx being done in all but
// the last stage (resolve), which runs to its end once begun (and then
// its result is dropped). Its output is that of Extract.
func (x *Extractor) ExtractContext(ctx context.Context, text string) (*Document, error) {
	return x.ExtractArticle(ctx, text, article.Meta{})
}

// ExtractArticle is ExtractContext for a text of which a reader knows
// more (an HTML page's metadata, a feed item, JSONL fields): the author
// that meta names is the writer of the text's own "I" ("I think ...")
// when no byline in the text names one. Only meta.Author is read.
func (x *Extractor) ExtractArticle(ctx context.Context, text string, meta article.Meta) (*Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	seg := segment.Segment(text)
	tags, err := x.model.TagContext(ctx, seg)
	if err != nil {
		return nil, err
	}
	rels, err := x.model.ExtractTaggedContext(ctx, seg, tags)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	res := resolve.Resolve(resolve.Input{Seg: seg, Tags: tags, Rels: rels, Author: meta.Author, Outlet: meta.Outlet})
	if err := ctx.Err(); err != nil {
		return nil, err // a deadline is a budget: past it, no document
	}
	return fill(seg, res), nil
}

// fill builds the document from the resolve stage's result.
func fill(seg *segment.Text, res *resolve.Result) *Document {
	text := seg.Src
	doc := &Document{Text: text, Attributions: make([]Attribution, 0, len(res.Attributions))}
	speakers := make([]Speaker, len(res.Speakers))
	for i, s := range res.Speakers {
		sp := Speaker{Name: s.Name, Kind: Kind(s.Kind), Title: s.Title, Attributions: s.Attributions, Mentions: make([]Role, 0, len(s.Mentions))}
		for _, m := range s.Mentions {
			if r := newRole(text, trimPossessive(text, byteSpans(seg, []segment.Range{m}))); r != nil {
				sp.Mentions = append(sp.Mentions, *r)
			}
		}
		speakers[i] = sp
	}
	for _, r := range res.Attributions {
		a := Attribution{
			Cue:       newRole(text, byteSpans(seg, r.Cue)),
			Content:   newRole(text, byteSpans(seg, r.Content)),
			Hedge:     newRole(text, byteSpans(seg, nonEmpty(r.Hedge))),
			Via:       newRole(text, byteSpans(seg, r.Via)),
			Implicit:  r.Implicit,
			Recovered: r.Recovered,
		}
		if src := newRole(text, byteSpans(seg, r.Source)); src != nil {
			s := &Source{Role: *src, Kind: Kind(r.Kind), Title: r.Title, Description: r.Description,
				AnonymityReason: newRole(text, byteSpans(seg, nonEmpty(r.AnonymityReason)))}
			if r.Speaker >= 0 && r.Speaker < len(speakers) {
				s.Speaker = speakers[r.Speaker].Name
			}
			a.Source = s
		}
		if r.Parent >= 0 {
			p := r.Parent
			a.Parent = &p
		}
		a.Type = contentType(seg, r.Content)
		doc.Attributions = append(doc.Attributions, a)
	}
	if res.Title.Len() > 0 {
		doc.Title = newRole(text, byteSpans(seg, []segment.Range{res.Title}))
	}
	if dl := res.Dateline; dl.Span.Len() > 0 {
		if r := newRole(text, byteSpans(seg, []segment.Range{dl.Span})); r != nil {
			doc.Dateline = &Dateline{Role: *r,
				Place:  newRole(text, byteSpans(seg, nonEmpty(dl.Place))),
				Date:   newRole(text, byteSpans(seg, nonEmpty(dl.Date))),
				Agency: newRole(text, byteSpans(seg, nonEmpty(dl.Agency)))}
		}
	}
	doc.Boilerplate = roles(text, seg, res.Boilerplate)
	doc.Unattributed = roles(text, seg, res.Unattributed)
	if len(speakers) > 0 {
		doc.Speakers = speakers
	}
	return doc
}

// roles turns token ranges into one role each.
func roles(text string, seg *segment.Text, rs []segment.Range) []Role {
	var out []Role
	for _, r := range rs {
		if x := newRole(text, byteSpans(seg, []segment.Range{r})); x != nil {
			out = append(out, *x)
		}
	}
	return out
}

// nonEmpty is r as a list, empty when r is.
func nonEmpty(r segment.Range) []segment.Range {
	if r.Len() <= 0 {
		return nil
	}
	return []segment.Range{r}
}

// trimPossessive cuts a final 's from a mention: "Trump's" is "Trump".
func trimPossessive(text string, spans []Span) []Span {
	for i, s := range spans {
		t := text[s[0]:s[1]]
		for _, suf := range []string{"'s", "’s"} {
			if len(t) > len(suf) && strings.HasSuffix(t, suf) {
				spans[i][1] -= len(suf)
			}
		}
	}
	return spans
}

// Extract finds the attributions of one article with the embedded model.
// It panics only if the binary's own model is corrupt, which the tests
// rule out; use NewExtractor to handle that as an error.
func Extract(text string) *Document {
	doc, _ := ExtractContext(context.Background(), text) // never done: no error
	return doc
}

// ExtractContext is (*Extractor).ExtractContext with the embedded model:
// it returns ctx.Err() when ctx is done before the document is.
func ExtractContext(ctx context.Context, text string) (*Document, error) {
	x, err := NewExtractor()
	if err != nil {
		panic("whosaid: embedded model: " + err.Error())
	}
	return x.ExtractContext(ctx, text)
}

// byteSpans converts token ranges to byte spans.
func byteSpans(seg *segment.Text, rs []segment.Range) []Span {
	if len(rs) == 0 {
		return nil
	}
	out := make([]Span, len(rs))
	for i, r := range rs {
		out[i] = Span{seg.Tokens[r.Start].Start, seg.Tokens[r.End-1].End}
	}
	return out
}

// contentType: direct when every piece of the content is inside quotation
// marks, mixed when some tokens are, indirect when none are.
func contentType(seg *segment.Text, content []segment.Range) Type {
	quoted, words := 0, 0
	for _, r := range content {
		for i := r.Start; i < r.End; i++ {
			if k := seg.Tokens[i].Kind; k == segment.Quote || k == segment.Punct {
				continue
			}
			words++
			if seg.QuoteDepth[i] > 0 {
				quoted++
			}
		}
	}
	switch {
	case words > 0 && quoted == words:
		return Direct
	case quoted > 0:
		return Mixed
	}
	return Indirect
}
