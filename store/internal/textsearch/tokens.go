// Package textsearch is the full-text search of the store, the same on
// every backend: the words of a text are found and folded here, in Go, and
// the engines (SQLite FTS5, PostgreSQL tsvector) only index and match the
// words they are given. So a query matches the same rows, and a snippet
// marks the same words, whatever the backend.
package textsearch

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Limits shared by the backends. PostgreSQL keeps at most 16383 positions
// in a tsvector and 256 positions per lexeme; beyond them both backends
// index nothing, so that they agree.
const (
	MaxTokens         = 16383 // words indexed per text
	MaxTokenBytes     = 40    // longer words are cut to this many bytes
	MaxLexemePosition = 256   // occurrences of one word indexed per text
)

// Token is one word of a text: its folded form and its byte span in the
// text.
type Token struct {
	Word       string // lower case, without diacritics
	Start, End int
}

// Tokens returns the words of s in order: runs of letters and digits,
// folded by Fold. Everything else separates words.
func Tokens(s string) []Token {
	var toks []Token
	start := -1
	for i, r := range s {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			toks = appendToken(toks, s, start, i)
			start = -1
		}
	}
	if start >= 0 {
		toks = appendToken(toks, s, start, len(s))
	}
	return toks
}

func appendToken(toks []Token, s string, start, end int) []Token {
	w := Fold(s[start:end])
	if w == "" { // only combining marks
		return toks
	}
	return append(toks, Token{Word: w, Start: start, End: end})
}

// isWordRune says whether r belongs to a word. Combining marks do, so that
// a decomposed "é" stays in its word (Fold then drops the mark).
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// Fold lowers the case of a word and strips its diacritics ("Zárif" ->
// "zarif"), and cuts it to MaxTokenBytes.
func Fold(w string) string {
	if isASCII(w) { // most words: no diacritics to strip
		if len(w) > MaxTokenBytes {
			w = w[:MaxTokenBytes]
		}
		return strings.ToLower(w)
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range norm.NFD.String(w) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	s := b.String()
	if len(s) > MaxTokenBytes {
		cut := MaxTokenBytes
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut]
	}
	return s
}

// Indexed returns the words of a text as they are indexed: at most
// MaxTokens, and "" in place of an occurrence of a word beyond its
// MaxLexemePosition-th, which keeps the positions of the others.
func Indexed(text string) []string {
	toks := Tokens(text)
	if len(toks) > MaxTokens {
		toks = toks[:MaxTokens]
	}
	seen := make(map[string]int, len(toks))
	words := make([]string, len(toks))
	for i, t := range toks {
		seen[t.Word]++
		if seen[t.Word] <= MaxLexemePosition {
			words[i] = t.Word
		}
	}
	return words
}

// SQLiteDocument is the text FTS5 indexes for words, with the "ascii"
// tokenizer: the words separated by spaces. A dropped occurrence becomes
// "·", which the tokenizer takes for a word (it is not ASCII) and which no
// query can contain (it is not a letter).
func SQLiteDocument(words []string) string {
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		if w == "" {
			w = "·"
		}
		b.WriteString(w)
	}
	return b.String()
}

// TSVector is the tsvector literal PostgreSQL indexes for words: each word
// with its 1-based positions. It is cast with ::tsvector, which takes the
// lexemes as they are, with no parser or dictionary.
func TSVector(words []string) string {
	pos := make(map[string][]int)
	var order []string
	for i, w := range words {
		if w == "" {
			continue
		}
		if _, ok := pos[w]; !ok {
			order = append(order, w)
		}
		pos[w] = append(pos[w], i+1)
	}
	var b strings.Builder
	for i, w := range order {
		if i > 0 {
			b.WriteByte(' ')
		}
		writeLexeme(&b, w)
		b.WriteByte(':')
		for j, p := range pos[w] {
			if j > 0 {
				b.WriteByte(',')
			}
			b.WriteString(itoa(p))
		}
	}
	return b.String()
}

// writeLexeme quotes a lexeme for a tsvector or tsquery literal.
func writeLexeme(b *strings.Builder, w string) {
	b.WriteByte('\'')
	for _, r := range w {
		if r == '\'' || r == '\\' {
			b.WriteRune(r)
		}
		b.WriteRune(r)
	}
	b.WriteByte('\'')
}

func itoa(n int) string {
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return string(buf[i:])
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
