// Package article holds what is known of a news article besides its
// text. The readers (ingest) fill it, the store keeps it and the server
// shows it; it lives apart from all three so that a program that only
// opens a store need not link the HTML, WARC and feed readers.
package article

import "time"

// Meta is what a reader knows of a document besides its text: from an
// HTML page's metadata, a feed item, a WARC record, or the JSONL fields of
// the same names. Empty fields are unknown.
type Meta struct {
	URL       string    `json:"url,omitempty"`
	Outlet    string    `json:"outlet,omitempty"` // the site's name, else its domain
	Published time.Time `json:"published,omitzero"`
	Title     string    `json:"title,omitempty"`
	Author    string    `json:"author,omitempty"`
	Language  string    `json:"language,omitempty"` // ISO 639-1 code, e.g. "en"
	// Partial is set when Text is a summary, not the whole article (a
	// feed item without its full content).
	Partial bool `json:"partial,omitempty"`
}
