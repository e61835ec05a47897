// Package store keeps extracted documents and answers questions about them
// across a corpus: who was quoted, by which outlets, how often anonymously.
//
// Store is the contract; the backends live in their own packages
// (store/sqlite, embedded and the default; store/postgres for a shared
// server).
package store

import (
	"context"
	"errors"
	"time"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/article"
)

// The errors of a store, to test with errors.Is.
var (
	ErrNotFound = errors.New("not found")
	// ErrNoStore is a database or file that holds no whosaid store, met
	// by a command that only reads one (and so must not create one).
	ErrNoStore  = errors.New("holds no whosaid store")
	ErrBadQuery = errors.New("bad query")       // a filter or page that cannot be answered
	ErrInvalid  = errors.New("invalid article") // Put: no document, no ID, invalid UTF-8, a NUL byte
	// ErrBadCorrection is a correction that cannot be made: an unknown
	// action, a missing field, a speaker merged into itself.
	ErrBadCorrection = errors.New("bad correction")
)

// Article is one extracted document with what is known of it.
type Article struct {
	Doc  *whosaid.Document // ID, text, attributions, title, boilerplate, ...
	Meta article.Meta      // url, outlet, published, title, author, ...
}

// Page asks for one page of a listing. Limit 0 means the backend's
// default (50); a larger Limit than MaxLimit is cut to MaxLimit.
type Page struct {
	Limit  int
	Offset int
}

// MaxLimit is the largest page a listing returns.
const MaxLimit = 500

// List is one page of a listing and the size of the whole listing.
type List[T any] struct {
	Items []T `json:"items"`
	Total int `json:"total"` // items over all pages
	// Next is the Offset of the next page, -1 when this is the last.
	Next int `json:"next"`
}

// DocumentFilter selects documents; zero fields select everything.
type DocumentFilter struct {
	Query    string // full-text over title and text
	Outlet   string
	From, To time.Time // publication date range, To exclusive
	Page
}

// DocumentSummary is a document in a listing, without its text.
type DocumentSummary struct {
	ID           string       `json:"id"`
	Meta         article.Meta `json:"meta"`
	Attributions int          `json:"attributions"`
	Snippet      []Fragment   `json:"snippet,omitempty"`
}

// AttributionFilter selects attributions; zero fields select everything.
type AttributionFilter struct {
	Query     string // full-text over contents (and their sources' text)
	SpeakerID int64  // a canonical speaker (Speaker.ID)
	Speaker   string // a speaker's name or alias, when SpeakerID is 0
	Outlet    string
	Kind      whosaid.Kind
	Type      whosaid.Type
	Hedged    *bool     // nil: either
	From, To  time.Time // publication date range, To exclusive
	DocID     string
	Page
}

// Hit is one attribution found, with its document's metadata.
type Hit struct {
	DocID       string              `json:"doc_id"`
	Index       int                 `json:"index"` // in the document's Attributions
	Attribution whosaid.Attribution `json:"attribution"`
	SpeakerID   int64               `json:"speaker_id,omitempty"`
	Speaker     string              `json:"speaker,omitempty"` // canonical name or description
	Meta        article.Meta        `json:"meta"`
	// Snippet is the content with the words that matched the query
	// marked; empty without a query.
	Snippet []Fragment `json:"snippet,omitempty"`
}

// Fragment is a piece of a snippet. Text is plain text, never markup: a
// renderer escapes it and marks the matched pieces in its own way.
type Fragment struct {
	Text  string `json:"text"`
	Match bool   `json:"match,omitempty"`
}

// SpeakerFilter selects speakers; zero fields select everything.
type SpeakerFilter struct {
	Name   string // a prefix of the name or of an alias
	Kind   whosaid.Kind
	Outlet string
	// Gender asks for each person's gender (Speaker.Gender), which is
	// left out otherwise: it is opt-in (docs/GENDER.md).
	Gender bool
	Page
}

// Speaker is one canonical speaker across the corpus: a named person or
// organisation merged over its mentions ("Mohammad Javad Zarif", "Zarif"),
// or an anonymous source grouped by description.
type Speaker struct {
	ID           int64        `json:"id"`
	Name         string       `json:"name"`
	Kind         whosaid.Kind `json:"kind"`
	Title        string       `json:"title,omitempty"`
	Aliases      []string     `json:"aliases,omitempty"`
	Attributions int          `json:"attributions"`
	Documents    int          `json:"documents"`
	Outlets      int          `json:"outlets"`
	First        time.Time    `json:"first,omitzero"` // earliest publication date
	Last         time.Time    `json:"last,omitzero"`
	// Gender is female, male or unknown for a person, when asked for
	// (SpeakerFilter.Gender); empty otherwise.
	Gender string `json:"gender,omitempty"`
}

// SpeakerDetail is a speaker with where and when they were quoted.
type SpeakerDetail struct {
	Speaker
	ByOutlet []Count     `json:"by_outlet"` // most first
	Timeline []DateCount `json:"timeline"`  // per day, in date order
	// Titles are the titles the speaker was given, the latest seen first.
	Titles []TitleSpan `json:"titles"`
}

// TitleSpan is one title of a speaker and when it was seen: a speaker's
// title changes over time (senator, then secretary of state).
type TitleSpan struct {
	Title string    `json:"title"`
	Seen  int       `json:"seen"`           // mentions with this title
	First time.Time `json:"first,omitzero"` // earliest publication date
	Last  time.Time `json:"last,omitzero"`
}

// Count is a number of attributions for a name.
type Count struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
}

// DateCount is a number of attributions on one day.
type DateCount struct {
	Date  time.Time `json:"date"`
	Count int       `json:"count"`
}

// OutletFilter selects what the outlet statistics count; zero fields
// count everything.
type OutletFilter struct {
	From, To time.Time // publication date range, To exclusive
	// Gender asks for the gender shares of the people each outlet quotes
	// (OutletStats.Gender); opt-in (docs/GENDER.md).
	Gender bool
}

// GenderCounts are the people an outlet quotes by their gender, each
// person counted once per article that quotes them. Unknown is always
// counted: the shares are of all three.
type GenderCounts struct {
	Female       int     `json:"female"`
	Male         int     `json:"male"`
	Unknown      int     `json:"unknown"`
	FemaleShare  float64 `json:"female_share"`
	MaleShare    float64 `json:"male_share"`
	UnknownShare float64 `json:"unknown_share"`
}

// NewGenderCounts fills in the shares of the counts.
func NewGenderCounts(female, male, unknown int) GenderCounts {
	g := GenderCounts{Female: female, Male: male, Unknown: unknown}
	if total := female + male + unknown; total > 0 {
		g.FemaleShare = float64(female) / float64(total)
		g.MaleShare = float64(male) / float64(total)
		g.UnknownShare = float64(unknown) / float64(total)
	}
	return g
}

// OutletStats is how an outlet attributes.
type OutletStats struct {
	Outlet         string  `json:"outlet"`
	Documents      int     `json:"documents"`
	Attributions   int     `json:"attributions"`
	AnonymousShare float64 `json:"anonymous_share"` // of attributions with a source
	HedgeRate      float64 `json:"hedge_rate"`      // of all attributions
	Direct         int     `json:"direct"`
	Indirect       int     `json:"indirect"`
	Mixed          int     `json:"mixed"`
	TopSpeakers    []Count `json:"top_speakers"` // at most 10
	// Gender is present when asked for (OutletFilter.Gender).
	Gender *GenderCounts `json:"gender,omitempty"`
}

// Action is what a correction of the speakers does.
type Action string

// The corrections of the speakers.
const (
	// Merge puts every mention of Speaker into speaker Into.
	Merge Action = "merge"
	// Split takes the mention of Speaker in document DocID off it, into
	// a new speaker or into speaker Into when it is given.
	Split Action = "split"
	// Rename lists Speaker under the name Value.
	Rename Action = "rename"
	// SetKind makes Speaker a speaker of kind Value (person,
	// organization, anonymous).
	SetKind Action = "set-kind"
	// SetTitle gives Speaker the title Value ("" for none).
	SetTitle Action = "set-title"
)

// Correction is one change to the speakers made by a person. The store
// keeps every correction it made, and makes them again after a recanon
// and when a document is stored again.
type Correction struct {
	ID      int64     `json:"id"` // set by the store
	At      time.Time `json:"at"` // set by the store
	Actor   string    `json:"actor"`
	Via     string    `json:"via"` // "cli", "api", "web"
	Action  Action    `json:"action"`
	Speaker int64     `json:"speaker"`
	// Into is the speaker of a merge; of a split, the speaker the
	// mention went into (set by the store when it made a new one).
	Into  int64  `json:"into,omitempty"`
	DocID string `json:"doc_id,omitempty"` // a split's document
	Value string `json:"value,omitempty"`  // a name, a kind or a title
	// Mentions is how many mentions (speakers of a document) it moved
	// or changed, when it was made.
	Mentions int `json:"mentions"`
}

// RecanonReport says what a recanon did.
type RecanonReport struct {
	Documents    int `json:"documents"`
	Speakers     int `json:"speakers"`     // after it
	Moved        int `json:"moved"`        // attributions given another speaker
	Corrections  int `json:"corrections"`  // made again
	Resumed      int `json:"resumed"`      // documents already done by an interrupted run
	NewSpeakers  int `json:"new_speakers"` // IDs that did not exist before
	GoneSpeakers int `json:"gone_speakers"`
}

// SpeakerEditor is a store whose speakers can be corrected and
// recomputed. The SQL stores are.
type SpeakerEditor interface {
	// CorrectSpeaker makes a correction and records it, and returns it
	// as recorded. A correction that cannot be made is ErrBadCorrection;
	// an unknown speaker, ErrNotFound.
	CorrectSpeaker(ctx context.Context, c Correction) (Correction, error)
	// Corrections lists the corrections made, the latest first.
	Corrections(ctx context.Context, p Page) (List[Correction], error)
	// Recanon decides the speaker of every stored attribution again, as
	// the rules decide them now, without extracting anything, and makes
	// the corrections again. It is idempotent, and an interrupted run is
	// resumed by the next. progress, when not nil, is told the documents
	// done out of the total.
	Recanon(ctx context.Context, progress func(done, total int)) (RecanonReport, error)
}

// Store is a corpus of extracted documents. Implementations are safe for
// concurrent use.
type Store interface {
	// Put writes articles in one transaction: all or none. An article
	// whose ID is already stored replaces it.
	Put(ctx context.Context, articles []Article) error
	// Document returns one article, or ErrNotFound.
	Document(ctx context.Context, id string) (Article, error)
	Documents(ctx context.Context, f DocumentFilter) (List[DocumentSummary], error)
	Attributions(ctx context.Context, f AttributionFilter) (List[Hit], error)
	Speakers(ctx context.Context, f SpeakerFilter) (List[Speaker], error)
	// Speaker returns one canonical speaker, or ErrNotFound.
	Speaker(ctx context.Context, id int64) (SpeakerDetail, error)
	// Outlets returns the statistics of every outlet that has documents
	// (in the date range, when one is given), most documents first.
	Outlets(ctx context.Context, f OutletFilter) ([]OutletStats, error)
	// Optimize brings what the database knows of its data up to date for
	// planning queries (PostgreSQL: ANALYZE): plans made on an empty store
	// are poor on a full one. Bulk writers call it when they are done.
	Optimize(ctx context.Context) error
	Close() error
}
