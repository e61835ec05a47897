package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// jsonl reads the stream as JSON Lines: one object per line, blank lines
// skipped. A stream with no object at all yields an ErrEmpty error.
func (s *stream) jsonl(yield func(Doc) bool) bool {
	records := 0
	for line := 1; ; line++ {
		b, n, err := s.readLine()
		if err != nil && err != io.EOF {
			// What was read of this line before the error is not a whole
			// line: drop it and report where the stream broke.
			return yield(errDoc(s.name, line, s.readErr(err)))
		}
		if n == 0 && err == io.EOF {
			break
		}
		if d, ok := s.parseLine(b, n, line); ok {
			records++
			if !yield(d) {
				return false
			}
		}
		if err == io.EOF {
			break
		}
	}
	if records == 0 {
		return yield(errDoc(s.name, 0, fmt.Errorf("%w: no JSON object, only blank lines", ErrEmpty)))
	}
	return true
}

// readLine reads the next line. It returns the line without its '\n' and
// the length n of that line. A line longer than s.max is returned cut
// short (the rest is read and dropped), but n is its full length. err is
// nil, io.EOF for a last line without '\n' (or no line at all, n == 0),
// or a read error.
func (s *stream) readLine() (line []byte, n int64, err error) {
	chunk, err := s.r.ReadSlice('\n')
	if err != bufio.ErrBufferFull {
		// The usual case: the whole line is in the buffer.
		s.off += int64(len(chunk))
		line = bytes.TrimSuffix(chunk, []byte{'\n'})
		return line, int64(len(line)), err
	}
	s.buf = append(s.buf[:0], chunk...)
	size := int64(len(chunk))
	for err == bufio.ErrBufferFull {
		chunk, err = s.r.ReadSlice('\n')
		size += int64(len(chunk))
		if int64(len(s.buf)) <= s.max+1 {
			s.buf = append(s.buf, chunk...)
		}
	}
	s.off += size
	if err == nil {
		size-- // the '\n'
	}
	return bytes.TrimSuffix(s.buf, []byte{'\n'}), size, err
}

// parseLine turns one line into a document; ok is false for a blank line.
func (s *stream) parseLine(b []byte, n int64, line int) (d Doc, ok bool) {
	fail := func(err error) (Doc, bool) { return errDoc(s.name, line, err), true }
	if n > s.max {
		return fail(fmt.Errorf("%w: line is %d bytes, over the limit of %d", ErrTooLarge, n, s.max))
	}
	b = bytes.TrimSuffix(b, []byte{'\r'})
	if line == 1 {
		b = bytes.TrimPrefix(b, utf8BOM)
	}
	if len(bytes.TrimFunc(b, isSpace)) == 0 {
		return Doc{}, false
	}
	if off, err := checkText(b); err != nil {
		return fail(fmt.Errorf("%w at column %d", err, off+1))
	}
	d, err := parseObject(b)
	if err != nil {
		return fail(err)
	}
	d.Source, d.Line = s.name, line
	d.Meta = metaOfFields(d.Extra)
	if d.ID == "" {
		d.ID = fmt.Sprintf("%s:%d", s.name, line)
	}
	return d, true
}

// parseObject reads one JSON object, keeping its fields in order.
func parseObject(b []byte) (Doc, error) {
	var d Doc
	dec := json.NewDecoder(bytes.NewReader(b))
	tok, err := dec.Token()
	if err != nil {
		return d, syntaxErr(b, err)
	}
	if tok != json.Delim('{') {
		return d, fmt.Errorf("%w: the line holds %s", ErrNotJSON, kindOfToken(tok))
	}
	seen := make(map[string]bool)
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return d, syntaxErr(b, err)
		}
		name, _ := tok.(string) // in an object, a token here is a key
		if seen[name] {
			return d, fmt.Errorf("%w %q", ErrDuplicateField, name)
		}
		seen[name] = true
		if name == "text" {
			// Decoded straight from the token, the text is scanned once
			// less than through a json.RawMessage.
			start := dec.InputOffset()
			tok, err := dec.Token()
			if err != nil {
				return d, syntaxErr(b, err)
			}
			text, ok := tok.(string)
			if !ok {
				return d, fmt.Errorf("%w: \"text\" is %s", ErrNoText, kindOfToken(tok))
			}
			if i := strings.IndexByte(text, 0); i >= 0 {
				return d, fmt.Errorf("%w: \"text\" holds \\u0000 at byte %d", ErrNUL, i)
			}
			raw := bytes.TrimLeft(b[start:dec.InputOffset()], " \t\r\n:")
			d.Text, d.TextGiven = text, true
			d.Extra = append(d.Extra, Field{Name: name, Value: bytes.Clone(raw)})
			continue
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return d, syntaxErr(b, err)
		}
		raw = bytes.TrimFunc(raw, isSpace)
		switch name {
		case "id":
			id, err := parseID(raw)
			if err != nil {
				return d, err
			}
			d.ID = id
		case "attributions":
			// Dropped: the output carries the attributions found anew.
		default:
			d.Extra = append(d.Extra, Field{Name: name, Value: raw})
		}
	}
	if _, err := dec.Token(); err != nil { // the closing '}'
		return d, syntaxErr(b, err)
	}
	if tok, err := dec.Token(); err != io.EOF {
		if err != nil {
			return d, syntaxErr(b, err)
		}
		return d, fmt.Errorf("%w: %s after the object", ErrNotJSON, kindOfToken(tok))
	}
	if !d.TextGiven {
		return d, ErrNoText
	}
	return d, nil
}

// parseID reads the "id" field: a string, or a number kept as written;
// null stands for no id.
func parseID(raw json.RawMessage) (string, error) {
	switch c := raw[0]; {
	case c == '"':
		var id string
		if err := json.Unmarshal(raw, &id); err != nil {
			return "", syntaxErr(raw, err)
		}
		return id, nil
	case c == '-' || c >= '0' && c <= '9':
		return string(raw), nil
	case c == 'n':
		return "", nil
	}
	return "", fmt.Errorf("%w: it is %s", ErrBadID, kindOfRaw(raw))
}

// syntaxErr wraps a JSON decoding error of line b in ErrNotJSON. The
// streaming decoder's offsets are not reliable, so the line is scanned
// again, as a whole, to find the column at fault.
func syntaxErr(b []byte, err error) error {
	var se *json.SyntaxError
	if errors.As(json.Unmarshal(b, new(json.RawMessage)), &se) {
		return fmt.Errorf("%w: %v (column %d)", ErrNotJSON, se, se.Offset)
	}
	if err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("%w: the line ends inside it", ErrNotJSON)
	}
	return fmt.Errorf("%w: %v", ErrNotJSON, err)
}

func kindOfToken(tok json.Token) string {
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '[':
			return "an array"
		case '{':
			return "an object"
		}
		return fmt.Sprintf("%q", rune(t))
	case string:
		return "a string"
	case float64, json.Number:
		return "a number"
	case bool:
		return "a boolean"
	case nil:
		return "null"
	}
	return fmt.Sprintf("%T", tok)
}

func kindOfRaw(raw json.RawMessage) string {
	switch raw[0] {
	case '"':
		return "a string"
	case '{':
		return "an object"
	case '[':
		return "an array"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}
