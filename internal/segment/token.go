// Package segment splits news text into paragraphs, sentences and tokens,
// and pairs its quotation marks. Every position is a UTF-8 byte offset into
// the text, which is never changed; invalid UTF-8 is tolerated (each bad
// byte is a token of its own).
package segment

import (
	"unicode"
	"unicode/utf8"
)

// Kind classifies a token.
type Kind uint8

// Token kinds.
const (
	Word   Kind = iota // letters, possibly with digits, inner apostrophes and hyphens
	Number             // starts with a digit
	Punct              // any other single character
	Quote              // a quotation mark or apostrophe: " “ ” ' ‘ ’ « » „
)

// Token is a word, a number or one other character, with its byte range.
type Token struct {
	Start, End int
	Kind       Kind
}

// Tokenize splits text the way the PolNeAR scorer does: a maximal run of
// letters or digits (combining marks included), in which an apostrophe
// between two letters or digits and a hyphen between two letters stay
// inside; or else any single non-space character.
func Tokenize(text string) []Token {
	toks := make([]Token, 0, len(text)/5+1)
	for i := 0; i < len(text); {
		r, w := decode(text, i)
		switch {
		case isSpace(r):
			i += w
		case isAlnum(r):
			start := i
			i = wordEnd(text, i)
			kind := Word
			if first, _ := decode(text, start); unicode.IsDigit(first) {
				kind = Number
			}
			toks = append(toks, Token{start, i, kind})
		default:
			kind := Punct
			if isQuoteRune(r) {
				kind = Quote
			}
			toks = append(toks, Token{i, i + w, kind})
			i += w
		}
	}
	return toks
}

// wordEnd returns the end of the alphanumeric run starting at i.
func wordEnd(text string, i int) int {
	prev, w := decode(text, i)
	i += w
	for i < len(text) {
		r, w := decode(text, i)
		if isAlnum(r) {
			prev = r
			i += w
			continue
		}
		if i+w < len(text) {
			next, _ := decode(text, i+w)
			if isApostrophe(r) && isAlnum(prev) && isAlnum(next) {
				prev = next
				i += w
				continue
			}
			if isHyphen(r) && unicode.IsLetter(prev) && unicode.IsLetter(next) {
				prev = next
				i += w
				continue
			}
		}
		break
	}
	return i
}

// decode is utf8.DecodeRuneInString at i; a bad byte decodes as RuneError of width 1.
func decode(text string, i int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:])
}

func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r))
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\v' || r == '\f'
	}
	return unicode.IsSpace(r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '“', '”', '\'', '‘', '’', '«', '»', '„', '‟', '‹', '›':
		return true
	}
	return false
}
