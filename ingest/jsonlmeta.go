package ingest

import (
	"encoding/json"
	"strings"
	"time"

	"github.com/whosaid/whosaid/article"
)

// metaOfFields reads Meta from the JSONL fields of the same names (url,
// outlet, published, title, author, language, partial; "publisher" and
// "date" stand in for an absent "outlet" and "published"). A field of the
// wrong type, or a date in no known layout, is left out of Meta; the
// field itself is still passed through untouched.
func metaOfFields(fields []Field) article.Meta {
	var m article.Meta
	var publisher string
	var date time.Time
	str := func(v json.RawMessage) string {
		var s string
		if json.Unmarshal(v, &s) != nil {
			return ""
		}
		return strings.TrimSpace(s)
	}
	for _, f := range fields {
		switch f.Name {
		case "url":
			m.URL = str(f.Value)
		case "outlet":
			m.Outlet = str(f.Value)
		case "publisher":
			publisher = str(f.Value)
		case "title":
			m.Title = str(f.Value)
		case "author":
			m.Author = str(f.Value)
		case "language":
			m.Language = languageCode(str(f.Value))
		case "published":
			m.Published = parseDate(str(f.Value))
		case "date":
			date = parseDate(str(f.Value))
		case "partial":
			var b bool
			if json.Unmarshal(f.Value, &b) == nil {
				m.Partial = b
			}
		}
	}
	if m.Outlet == "" {
		m.Outlet = publisher
	}
	if m.Outlet == "" {
		m.Outlet = domain(m.URL)
	}
	if m.Published.IsZero() {
		m.Published = date
	}
	return m
}

// dateLayouts are the layouts of the dates in JSONL fields, tried in order.
var dateLayouts = []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02", time.RFC1123Z, time.RFC1123}

// parseDate reads a date in one of dateLayouts, as UTC; zero when none fits.
func parseDate(s string) time.Time {
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}
