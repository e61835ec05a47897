package server

import (
	"errors"
	"testing"
	"unicode/utf8"
)

// FuzzPostBody: any body is cut into items or refused with a 400, never
// a panic; every item is read into a document with valid UTF-8 text and
// an id, or fails alone with a message.
func FuzzPostBody(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","text":"x"}`,
		`[{"text":"a"},{"text":"b","date":"2016-01-01"}]`,
		"{\"text\":\"a\"}\n{bad\n{\"text\":\"\\u0000\"}",
		"\xef\xbb\xbf[1,\"x\",null]",
		`{"text":"a","published":7}`,
		"[", "", "\xff",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		items, err := splitBody(body)
		if err != nil {
			var he *httpError
			if !errors.As(err, &he) || he.status != 400 {
				t.Fatalf("splitBody error %v is not a 400", err)
			}
			return
		}
		if len(items) == 0 {
			t.Fatal("no items and no error")
		}
		for i, item := range items {
			d, err := readItem(i, item, 1<<20)
			if err != nil {
				if err.Error() == "" {
					t.Fatalf("item %d: empty error", i)
				}
				continue
			}
			if !utf8.ValidString(d.Text) || d.ID == "" {
				t.Fatalf("item %d: id %q, text valid UTF-8: %v", i, d.ID, utf8.ValidString(d.Text))
			}
		}
	})
}
