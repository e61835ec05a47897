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

// Kind says what a source is.
type Kind string

// The source kinds.
const (
	Person       Kind = "person"       // a named person
	Organization Kind = "organization" // a named body, outlet, government, or a capital standing for one
	Anonymous    Kind = "anonymous"    // described but not named: "a senior official"
	Pronoun      Kind = "pronoun"      // a pronoun that could not be resolved
)

// Source is the source role with what is known of who it is. Its text and
// spans are those of the role; the other fields are empty when unknown.
type Source struct {
	Role
	Kind Kind `json:"kind,omitempty"`
	// Speaker is the fullest name of the entity the source refers to in
	// the document ("he" -> "Mohammad Javad Zarif"); for an anonymous
	// source, its first description.
	Speaker string `json:"speaker,omitempty"`
	// Title is the speaker's title or role, kept apart from the name.
	Title string `json:"title,omitempty"`
	// Description of an anonymous source.
	Description string `json:"description,omitempty"`
	// AnonymityReason is why the source is not named, when the text says.
	AnonymityReason *Role `json:"anonymity_reason,omitempty"`
}

// Attribution is one "who said what": a source (absent when the text
// names none), a cue (said, according to, ...) and a content.
type Attribution struct {
	Source  *Source `json:"source,omitempty"`
	Cue     *Role   `json:"cue,omitempty"`
	Content *Role   `json:"content,omitempty"`
	Type    Type    `json:"type"`
	// Hedge is the word by which the outlet distances itself from the
	// claim: "purportedly", "allegedly", "claimed".
	Hedge *Role `json:"hedge,omitempty"`
	// Parent is the index of the attribution whose content holds this
	// one ("Reuters cited officials as saying X": the officials' is
	// nested in Reuters').
	Parent *int `json:"parent,omitempty"`
	// Via is the channel the content came through: "according to Iranian
	// news agencies", "told Reuters", "cited ... as saying".
	Via *Role `json:"via,omitempty"`
	// Implicit: the source is not in the cue's clause; it is the subject
	// shared with the clause before ("..., stressing that ...").
	Implicit bool `json:"implicit,omitempty"`
	// Recovered: found by a rule of the resolve stage, not the model.
	Recovered bool `json:"recovered,omitempty"`
}

// Speaker is one entity that is the source of attributions.
type Speaker struct {
	Name         string `json:"name"`
	Kind         Kind   `json:"kind"`
	Title        string `json:"title,omitempty"`
	Mentions     []Role `json:"mentions"`
	Attributions int    `json:"attributions"`
}

// Dateline is the opening of a story that says where, and through which
// agency, it was filed: "BUFFALO, N.Y. (AP) —", "FRANKFURT, March 12
// (Reuters) -". It is metadata: no
// attribution's source, cue or content holds any of it.
type Dateline struct {
	Role         // the whole dateline, its separator included
	Place  *Role `json:"place,omitempty"`  // "BUFFALO, N.Y."
	Date   *Role `json:"date,omitempty"`   // "March 12", as written
	Agency *Role `json:"agency,omitempty"` // "AP", without the brackets
}

// Document is an article with its attributions, in text order of their
// cues, and what the outlet says in its own voice.
type Document struct {
	ID           string        `json:"id,omitempty"`
	Text         string        `json:"text"`
	Attributions []Attribution `json:"attributions"`
	// Title is the headline of the document, when it has one.
	Title *Role `json:"title,omitempty"`
	// Dateline is where the story was filed, when it opens with one.
	Dateline *Dateline `json:"dateline,omitempty"`
	// Boilerplate are passages of page furniture (repeated headlines,
	// comment forms, share buttons); they never produce attributions.
	Boilerplate []Role `json:"boilerplate,omitempty"`
	// Unattributed are sentences that evaluate with no source: the
	// outlet's own voice.
	Unattributed []Role `json:"unattributed,omitempty"`
	// Speakers lists each speaker once, with its mentions and the number
	// of attributions it is the source of.
	Speakers []Speaker `json:"speakers,omitempty"`
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
