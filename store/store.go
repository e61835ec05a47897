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
	ErrBadQuery = errors.New("bad query")       // a filter or page that cannot be answered
	ErrInvalid  = errors.New("invalid article") // Put: no document, no ID, invalid UTF-8, a NUL byte
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
