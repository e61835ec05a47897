// Package whosaid reads news text and tells who said what, on whose
// authority: for every attribution its source, cue and content, as byte
// spans into the unchanged text.
package whosaid

// Extractor turns article text into attributions. It is safe for
// concurrent use; create one and share it across goroutines.
type Extractor struct{}

// NewExtractor returns an extractor using the model embedded in the binary.
func NewExtractor() (*Extractor, error) { return &Extractor{}, nil }

// Extract finds the attributions of one article.
func (x *Extractor) Extract(text string) *Document {
	// TODO(model): stub until the extraction stage lands.
	return &Document{Text: text, Attributions: []Attribution{}}
}

// Extract finds the attributions of one article with the default extractor.
func Extract(text string) *Document {
	x, _ := NewExtractor()
	return x.Extract(text)
}
