package ingest

import (
	"bytes"
	"fmt"
	"io"
	"unicode/utf8"
)

// text reads the whole stream as one document, whose ID is the stream name.
func (s *stream) text(yield func(Doc) bool) bool {
	data, err := io.ReadAll(io.LimitReader(s.r, s.max+1))
	s.off += int64(len(data))
	if err != nil {
		return yield(errDoc(s.name, 0, s.readErr(err)))
	}
	if int64(len(data)) > s.max {
		return yield(errDoc(s.name, 0, fmt.Errorf("%w: text is over the limit of %d bytes", ErrTooLarge, s.max)))
	}
	data = bytes.TrimPrefix(data, utf8BOM)
	if off, err := checkText(data); err != nil {
		line := 1 + bytes.Count(data[:off], []byte{'\n'})
		col := off - bytes.LastIndexByte(data[:off], '\n')
		return yield(errDoc(s.name, line, fmt.Errorf("%w at byte %d (column %d)", err, off, col)))
	}
	if len(bytes.TrimFunc(data, isSpace)) == 0 {
		return yield(errDoc(s.name, 0, fmt.Errorf("%w: no text, only white space", ErrEmpty)))
	}
	return yield(Doc{ID: s.name, Text: string(data), Source: s.name, Line: 1})
}

// checkText returns the offset of the first byte that makes b unfit as
// document text, with ErrInvalidUTF8 or ErrNUL; -1 and nil when b is fine.
func checkText(b []byte) (int, error) {
	valid := utf8.Valid(b)
	nul := bytes.IndexByte(b, 0)
	if valid && nul < 0 {
		return -1, nil
	}
	for i := 0; i < len(b); {
		c := b[i]
		if c == 0 {
			return i, ErrNUL
		}
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i, ErrInvalidUTF8
		}
		i += size
	}
	// Not reached: utf8.Valid fails exactly where DecodeRune does. Stay
	// on the safe side anyway.
	return len(b), ErrInvalidUTF8
}
