package ingest

import (
	"bytes"
	"fmt"
	"mime"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	xunicode "golang.org/x/text/encoding/unicode"
)

// How the encoding of a page was decided, in order of precedence.
const (
	byBOM      = "byte-order mark"
	byHTTP     = "HTTP Content-Type"
	byMeta     = "<meta> in the head"
	byValid    = "valid UTF-8"
	byDetected = "detected"
)

// pageEncoding is the encoding of a page and how it was decided.
type pageEncoding struct {
	enc  encoding.Encoding
	name string // WHATWG name: "utf-8", "windows-1252", ...
	by   string // one of the by* constants
	bom  int    // length of the byte-order mark to drop
}

// decidePageEncoding decides the encoding of an HTML page: a byte-order
// mark, else the charset of the HTTP Content-Type (contentType, "" when
// unknown), else a <meta charset> or http-equiv anywhere in the head,
// else UTF-8 when the bytes are valid UTF-8, else detection.
//
// It differs from charset.DetermineEncoding (a browser's choice) in two
// ways that matter for crawled pages: the <meta> may come after the
// first 1024 bytes, and validity is judged on the whole page, not its
// first 1024 bytes, which are often plain ASCII markup; there
// DetermineEncoding fell back to windows-1252 and turned the UTF-8 of
// the text into mojibake (“ as â€œ).
func decidePageEncoding(data []byte, contentType string) pageEncoding {
	switch {
	case bytes.HasPrefix(data, utf8BOM):
		return pageEncoding{xunicode.UTF8, "utf-8", byBOM, len(utf8BOM)}
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		return pageEncoding{xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM), "utf-16be", byBOM, 2}
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		return pageEncoding{xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM), "utf-16le", byBOM, 2}
	}
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		if enc, name := charset.Lookup(params["charset"]); enc != nil {
			return pageEncoding{enc: enc, name: name, by: byHTTP}
		}
	}
	if enc, name := metaCharset(data); enc != nil {
		return pageEncoding{enc: enc, name: name, by: byMeta}
	}
	if utf8.Valid(data) {
		return pageEncoding{enc: xunicode.UTF8, name: "utf-8", by: byValid}
	}
	return detectEncoding(data)
}

// detectEncoding guesses the encoding of undeclared bytes that are not
// valid UTF-8: UTF-8 still when well-formed multi-byte sequences
// outnumber the bytes that are not (a UTF-8 page with a few damaged
// characters), else windows-1252, the default of browsers for Western
// pages. Text in windows-1252 rarely forms a UTF-8 sequence by chance:
// that takes an accented capital followed by punctuation such as ’.
func detectEncoding(data []byte) pageEncoding {
	multibyte, invalid := 0, 0
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			invalid++
		} else {
			multibyte++
		}
		i += n
	}
	if multibyte > invalid {
		return pageEncoding{enc: xunicode.UTF8, name: "utf-8", by: byDetected}
	}
	enc, name := charset.Lookup("windows-1252")
	return pageEncoding{enc: enc, name: name, by: byDetected}
}

// metaCharset is the encoding declared by the first <meta charset> or
// <meta http-equiv="Content-Type" content="...; charset=..."> of the
// head whose label is known; nil when there is none. The head ends at
// </head> or <body>. The tokenizer, unlike a search of the bytes, does
// not take a <meta> inside a script or a comment for one.
func metaCharset(data []byte) (encoding.Encoding, string) {
	z := html.NewTokenizer(bytes.NewReader(data))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return nil, ""
		case html.EndTagToken:
			if name, _ := z.TagName(); string(name) == "head" {
				return nil, ""
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "body":
				return nil, ""
			case "meta":
				if !hasAttr {
					continue
				}
				if enc, name := metaTagCharset(z); enc != nil {
					return enc, name
				}
			}
		}
	}
}

// metaTagCharset reads the attributes of the <meta> tag z is on, as the
// HTML standard's prescan does: charset, else http-equiv="content-type"
// with a charset in content. A page cannot declare UTF-16 in itself
// (its markup would not be ASCII): that means UTF-8.
func metaTagCharset(z *html.Tokenizer) (encoding.Encoding, string) {
	var label, httpEquiv, content string
	for more := true; more; {
		var key, val []byte
		key, val, more = z.TagAttr()
		switch string(key) {
		case "charset":
			label = string(val)
		case "http-equiv":
			httpEquiv = string(val)
		case "content":
			content = string(val)
		}
	}
	if label == "" && strings.EqualFold(strings.TrimSpace(httpEquiv), "content-type") {
		label = charsetInContent(content)
	}
	enc, name := charset.Lookup(label)
	switch {
	case enc == nil:
		return nil, ""
	case name == "utf-16be" || name == "utf-16le":
		return xunicode.UTF8, "utf-8"
	case name == "x-user-defined":
		return charset.Lookup("windows-1252")
	}
	return enc, name
}

// charsetInContent extracts the charset of a Content-Type in a <meta
// content> ("text/html; charset=iso-8859-1"), as the HTML standard does:
// the value after the first "charset", "=" and optional spaces, quoted
// or up to a space or ";".
func charsetInContent(content string) string {
	for i := 0; ; {
		j := indexFoldASCII(content[i:], "charset")
		if j < 0 {
			return ""
		}
		i += j + len("charset")
		rest := strings.TrimLeft(content[i:], " \t\n\f\r")
		if !strings.HasPrefix(rest, "=") {
			continue
		}
		rest = strings.TrimLeft(rest[1:], " \t\n\f\r")
		if rest != "" && (rest[0] == '"' || rest[0] == '\'') {
			if end := strings.IndexByte(rest[1:], rest[0]); end >= 0 {
				return rest[1 : 1+end]
			}
			return ""
		}
		if end := strings.IndexAny(rest, " \t\n\f\r;"); end >= 0 {
			rest = rest[:end]
		}
		return rest
	}
}

// indexFoldASCII is the index of the first match of the lower-case ASCII
// word in s, ignoring ASCII case; -1 when there is none. (strings.ToLower
// may change the length of non-ASCII text, and so the offsets.)
func indexFoldASCII(s, word string) int {
	for i := 0; i+len(word) <= len(s); i++ {
		match := true
		for k := 0; k < len(word); k++ {
			c := s[i+k]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != word[k] {
				match = false
				break
			}
		}
		if match {
			return i
		}
	}
	return -1
}

// toUTF8 transcodes an HTML page to UTF-8, in the encoding that
// decidePageEncoding picks. Bytes that are not valid in that encoding
// become U+FFFD, as in a browser, so that the text is valid UTF-8.
func toUTF8(data []byte, contentType string) ([]byte, error) {
	pe := decidePageEncoding(data, contentType)
	data = data[pe.bom:]
	if pe.name == "utf-8" && utf8.Valid(data) {
		return data, nil
	}
	out, err := pe.enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, fmt.Errorf("%w: cannot decode %s (%s): %v", ErrInvalidUTF8, pe.name, pe.by, err)
	}
	if !utf8.Valid(out) {
		return nil, fmt.Errorf("%w: decoding %s (%s)", ErrInvalidUTF8, pe.name, pe.by)
	}
	return out, nil
}
