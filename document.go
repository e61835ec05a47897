package whosaid

import "strings"

// Span is a half-open range [Start, End) of UTF-8 byte offsets into the
// document text. It is written to JSON as [start, end].
type Span [2]int

// Start is the first byte of the span.
func (s Span) Start() int { return s[0] }

// End is one past the last byte of the span.
func (s Span) End() int { return s[1] }

// Role is one argument of an attribution (source, cue or content): the
// text it covers and its spans, in text order. A role can be discontinuous,
// as a quote broken by "he said".
type Role struct {
	Text  string `json:"text"`
	Spans []Span `json:"spans"`
}

// Type says how the content is reported.
type Type string

// The content types.
const (
	Direct   Type = "direct"   // a quotation, marks included
	Indirect Type = "indirect" // reported speech, no quotation marks
	Mixed    Type = "mixed"    // reported speech with quoted fragments
)

// Attribution is one "who said what": a source (absent when the text
// names none), a cue (said, according to, ...) and a content.
type Attribution struct {
	Source  *Role `json:"source,omitempty"`
	Cue     *Role `json:"cue,omitempty"`
	Content *Role `json:"content,omitempty"`
	Type    Type  `json:"type"`
}

// Document is an article with its attributions, in text order of their cues.
type Document struct {
	ID           string        `json:"id,omitempty"`
	Text         string        `json:"text"`
	Attributions []Attribution `json:"attributions"`
}

// newRole builds a role from spans over text; nil when there are none.
func newRole(text string, spans []Span) *Role {
	if len(spans) == 0 {
		return nil
	}
	parts := make([]string, len(spans))
	for i, s := range spans {
		parts[i] = text[s[0]:s[1]]
	}
	return &Role{Text: strings.Join(parts, " … "), Spans: spans}
}
