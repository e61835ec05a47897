package ingest

import (
	"fmt"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// toUTF8 transcodes an HTML page to UTF-8. The encoding is the one a
// browser would pick: a byte-order mark, else the charset of the HTTP
// Content-Type (contentType, "" when there is none), else a <meta
// charset> or http-equiv in the first 1024 bytes, else UTF-8 when the
// bytes are valid UTF-8, else windows-1252.
func toUTF8(data []byte, contentType string) ([]byte, error) {
	enc, name, _ := charset.DetermineEncoding(data, contentType)
	if name == "utf-8" {
		// Left as is: bytes that are not UTF-8 become U+FFFD in the text,
		// as in a browser.
		return data, nil
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, fmt.Errorf("%w: cannot decode %s: %v", ErrInvalidUTF8, name, err)
	}
	if !utf8.Valid(out) {
		return nil, fmt.Errorf("%w: decoding %s", ErrInvalidUTF8, name)
	}
	return out, nil
}
