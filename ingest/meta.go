package ingest

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/whosaid/whosaid/article"
)

// ErrBadMeta is a metadata field of a JSONL object with a value of the
// wrong kind: a number for "url", a "published" that is not a date.
var ErrBadMeta = errors.New("bad metadata field")

// ReadMeta returns the metadata of d (read from its JSONL fields by the
// reader, see metaOfFields), or an error naming a metadata field whose
// value the reader had to leave out. Extraction reads only the author
// and needs none, so only what stores documents calls this: a store
// should not silently lose a date.
func ReadMeta(d Doc) (article.Meta, error) {
	for _, f := range d.Extra {
		if !metaFields[f.Name] || string(f.Value) == "null" {
			continue
		}
		if f.Name == "partial" {
			var b bool
			if json.Unmarshal(f.Value, &b) != nil {
				return d.Meta, fmt.Errorf("%w %q: not a boolean", ErrBadMeta, f.Name)
			}
			continue
		}
		var s string
		if json.Unmarshal(f.Value, &s) != nil {
			return d.Meta, fmt.Errorf("%w %q: not a string", ErrBadMeta, f.Name)
		}
		if (f.Name == "published" || f.Name == "date") && strings.TrimSpace(s) != "" && parseDate(strings.TrimSpace(s)).IsZero() {
			return d.Meta, fmt.Errorf("%w %q: %q is not a date (YYYY-MM-DD or RFC 3339)", ErrBadMeta, f.Name, s)
		}
	}
	return d.Meta, nil
}

// metaFields are the JSONL fields read into Meta; "publisher" and "date",
// the names of PolNeAR and of many scrapes, stand for "outlet" and
// "published".
var metaFields = map[string]bool{"url": true, "outlet": true, "publisher": true, "title": true,
	"author": true, "language": true, "published": true, "date": true, "partial": true}
