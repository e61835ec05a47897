package textsearch

import "github.com/whosaid/whosaid/store"

// Snippet windows: at most SnippetWords words, starting SnippetBefore
// words before the first match.
const (
	SnippetWords  = 40
	SnippetBefore = 8
)

// Ellipsis marks text cut from a snippet.
const Ellipsis = "…"

// Snippet returns text, or a window of it around its first match, as
// fragments with the words that q matches marked. ok is false when q
// matches nothing in text (the snippet is then the start of the text).
func Snippet(text string, q Query) (frags []store.Fragment, ok bool) {
	toks := Tokens(text)
	hit := q.matches(toks)
	first := -1
	for i, h := range hit {
		if h != 0 {
			first = i
			break
		}
	}
	lo := 0
	if first > SnippetBefore {
		lo = first - SnippetBefore
	}
	hi := min(len(toks), lo+SnippetWords)
	start, end := 0, len(text)
	if lo > 0 {
		start = toks[lo].Start
	}
	if hi < len(toks) {
		end = toks[hi-1].End
	}
	if start > 0 {
		frags = add(frags, Ellipsis, false)
	}
	pos := start
	for i := lo; i < hi; i++ {
		if hit[i] == 0 {
			continue
		}
		// The words of one phrase are one match, with what is between them.
		inPhrase := i > lo && hit[i-1] == hit[i]
		frags = add(frags, text[pos:toks[i].Start], inPhrase)
		frags = add(frags, text[toks[i].Start:toks[i].End], true)
		pos = toks[i].End
	}
	frags = add(frags, text[pos:end], false)
	if end < len(text) {
		frags = add(frags, Ellipsis, false)
	}
	return frags, first >= 0
}

// add appends a fragment, joining it to the last one when both are
// matched or both are not.
func add(frags []store.Fragment, text string, match bool) []store.Fragment {
	if text == "" {
		return frags
	}
	if n := len(frags); n > 0 && frags[n-1].Match == match {
		frags[n-1].Text += text
		return frags
	}
	return append(frags, store.Fragment{Text: text, Match: match})
}
