package ingest

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// ErrBadMeta is a metadata field of a JSONL object with a value of the
// wrong kind: a number for "url", a "published" that is not a date.
var ErrBadMeta = errors.New("bad metadata field")

// ReadMeta returns the metadata of d: d.Meta, with the fields that it
// leaves empty taken from the JSONL fields of the same names. "publisher"
// and "date", the names of PolNeAR and of many scrapes, stand for
// "outlet" and "published"; a date is YYYY-MM-DD or RFC 3339. Extraction
// does not need metadata, so only what stores documents calls this.
func ReadMeta(d Doc) (Meta, error) {
	m := d.Meta
	for _, f := range d.Extra {
		var dst *string
		switch f.Name {
		case "url":
			dst = &m.URL
		case "outlet", "publisher":
			dst = &m.Outlet
		case "title":
			dst = &m.Title
		case "author":
			dst = &m.Author
		case "language":
			dst = &m.Language
		case "published", "date":
			if !m.Published.IsZero() {
				continue
			}
			var s string
			if err := json.Unmarshal(f.Value, &s); err != nil {
				return m, fmt.Errorf("%w %q: not a string", ErrBadMeta, f.Name)
			}
			t, err := parseDate(s)
			if err != nil {
				return m, fmt.Errorf("%w %q: %q is not a date (YYYY-MM-DD or RFC 3339)", ErrBadMeta, f.Name, s)
			}
			m.Published = t
			continue
		default:
			continue
		}
		if *dst != "" {
			continue
		}
		if err := json.Unmarshal(f.Value, dst); err != nil {
			return m, fmt.Errorf("%w %q: not a string", ErrBadMeta, f.Name)
		}
	}
	return m, nil
}

func parseDate(s string) (time.Time, error) {
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	return t.UTC(), err
}
