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
	"bytes"
	"sync"

	"whosaid/extract"
	"whosaid/model"
	"whosaid/segment"
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

// NewExtractorWith returns an extractor using a model of one's own, as
// written by cmd/whosaid-train.
func NewExtractorWith(m *extract.Model) *Extractor { return &Extractor{model: m} }

// embeddedModel decodes the embedded model once, on first use.
var embeddedModel = sync.OnceValues(func() (*extract.Model, error) {
	return extract.ReadModel(bytes.NewReader(model.Embedded))
})

// Extract finds the attributions of one article.
func (x *Extractor) Extract(text string) *Document {
	seg := segment.Segment(text)
	rels := x.model.Extract(seg)
	doc := &Document{Text: text, Attributions: make([]Attribution, 0, len(rels))}
	for _, r := range rels {
		a := Attribution{
			Source:  newRole(text, byteSpans(seg, r.Source)),
			Cue:     newRole(text, byteSpans(seg, r.Cue)),
			Content: newRole(text, byteSpans(seg, r.Content)),
		}
		a.Type = contentType(seg, r.Content)
		doc.Attributions = append(doc.Attributions, a)
	}
	return doc
}

// Extract finds the attributions of one article with the embedded model.
// It panics only if the binary's own model is corrupt, which the tests
// rule out; use NewExtractor to handle that as an error.
func Extract(text string) *Document {
	x, err := NewExtractor()
	if err != nil {
		panic("whosaid: embedded model: " + err.Error())
	}
	return x.Extract(text)
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
