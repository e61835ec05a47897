package postag

import (
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/feature"

	"github.com/whosaid/whosaid/internal/segment"
)

// Feature templates, after Honnibal's greedy averaged-perceptron tagger
// ("A good part-of-speech tagger in about 200 lines of Python", 2013).
const (
	tplBias = iota + 1
	tplWord
	tplSuf4
	tplSuf3
	tplSuf2
	tplPre3
	tplPre1
	tplShape
	tplGlueShape
	tplPrevTag
	tplPrev2Tags
	tplPrevTagWord
	tplPrev2Word
	tplPrevWord
	tplNextWord
	tplNext2Word
	tplPrevSuf
	tplNextSuf
	numFeats = iota
)

// Tag values of the positions before the first token of a sentence.
const (
	startTag  = uint64(NumTags)
	start2Tag = uint64(NumTags + 1)
)

// tokInfo is what the features of a token and of its neighbours need,
// computed once per token.
type tokInfo struct {
	word, shape      uint64 // lower-cased form, shapeOf
	suf4, suf3, suf2 uint64 // lower-cased last characters
	pre3, pre1       uint64 // first characters (pre1 as it is)
	glue             uint64 // touches the text before (1), after (2)
	known            uint8  // 1 + the tag-dictionary tag, or 0
}

// pad stands for the positions beyond either end of a sentence.
var pad = tokInfo{word: 0x5eed, shape: 0x5eed, suf4: 0x5eed, suf3: 0x5eed, suf2: 0x5eed, pre3: 0x5eed, pre1: 0x5eed}

var biasFeat = feature.F1(tplBias, 0)

// info computes the token's hashes; dict may be nil.
func info(src string, tok segment.Token, dict map[uint64]uint8) tokInfo {
	s := src[tok.Start:tok.End]
	in := tokInfo{word: feature.HashLower(s), shape: shapeOf(s, tok.Kind), glue: glue(src, tok)}
	// ks[n] is where the last n characters begin (0 if there are fewer).
	var ks [5]int
	for n, k := 1, len(s); n <= 4; n++ {
		if k > 0 {
			_, w := utf8.DecodeLastRuneInString(s[:k])
			k -= w
		}
		ks[n] = k
	}
	in.suf4, in.suf3, in.suf2 = feature.HashLower(s[ks[4]:]), feature.HashLower(s[ks[3]:]), feature.HashLower(s[ks[2]:])
	// The first character as it is, the first three lower-cased.
	r, w := utf8.DecodeRuneInString(s)
	in.pre1 = uint64(r)
	p3 := w
	for n := 1; n < 3 && p3 < len(s); n++ {
		_, w := utf8.DecodeRuneInString(s[p3:])
		p3 += w
	}
	in.pre3 = feature.HashLower(s[:p3])
	if dict != nil {
		if tag, ok := dict[dictKey(s, tok.Kind, in.glue)]; ok {
			in.known = tag + 1
		}
	}
	return in
}

// glue tells whether the token touches the characters before and after
// it (no space between): a comma inside "1,000" is not one after a word.
func glue(src string, tok segment.Token) uint64 {
	var g uint64
	if tok.Start > 0 {
		if r, _ := utf8.DecodeLastRuneInString(src[:tok.Start]); !unicode.IsSpace(r) {
			g |= 1
		}
	}
	if tok.End < len(src) {
		if r, _ := utf8.DecodeRuneInString(src[tok.End:]); !unicode.IsSpace(r) {
			g |= 2
		}
	}
	return g
}

// dictKey is the key of a form in the tag dictionary: the form itself,
// and for punctuation, also whether it touches its neighbours.
func dictKey(s string, k segment.Kind, glue uint64) uint64 {
	h := feature.HashString(s)
	if k == segment.Punct || k == segment.Quote {
		h ^= (glue + 1) * 0x9e3779b97f4a7c15
	}
	return h
}

// Shape codes of words and numbers; punctuation is hashed as it is.
const (
	shLower    = 1 << iota // a lower-case letter
	shUpper                // an upper-case letter
	shDigit                // a digit
	shHyphen               // an inner hyphen
	shApos                 // an inner apostrophe
	shCapFirst             // the first character is upper-case
	shOne                  // one character
	shLong                 // more than four characters
	shPunct    = 1 << 62
)

// shapeOf summarises the form of a token: which kinds of characters it
// has, whether it is capitalised, and roughly how long it is.
func shapeOf(s string, k segment.Kind) uint64 {
	if k == segment.Punct || k == segment.Quote {
		return feature.HashString(s) | shPunct
	}
	var sh uint64
	n := 0
	for i, r := range s {
		n++
		switch {
		case r < utf8.RuneSelf && 'a' <= r && r <= 'z':
			sh |= shLower
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r):
			sh |= shUpper
			if i == 0 {
				sh |= shCapFirst
			}
		case r < utf8.RuneSelf && '0' <= r && r <= '9' || r >= utf8.RuneSelf && unicode.IsDigit(r):
			sh |= shDigit
		case r == '-' || r == '\u2010' || r == '\u2011':
			sh |= shHyphen
		case r == '\'' || r == '’':
			sh |= shApos
		default:
			sh |= shLower // other letters and marks
		}
	}
	switch {
	case n == 1:
		sh |= shOne
	case n > 4:
		sh |= shLong
	}
	return sh
}

// features fills f with the features of the token at win[2], given the
// tags of the two tokens before it; win holds the tokens i-2 .. i+2.
func features(f *[numFeats]uint64, win *[5]tokInfo, p1, p2 uint64) {
	prev2, prev, cur, next, next2 := &win[0], &win[1], &win[2], &win[3], &win[4]
	f[0] = biasFeat
	f[1] = feature.F1(tplWord, cur.word)
	f[2] = feature.F1(tplSuf4, cur.suf4)
	f[3] = feature.F1(tplSuf3, cur.suf3)
	f[4] = feature.F1(tplSuf2, cur.suf2)
	f[5] = feature.F1(tplPre3, cur.pre3)
	f[6] = feature.F1(tplPre1, cur.pre1)
	f[7] = feature.F1(tplShape, cur.shape)
	f[8] = feature.F2(tplGlueShape, cur.glue, cur.shape)
	f[9] = feature.F1(tplPrevTag, p1)
	f[10] = feature.F2(tplPrev2Tags, p1, p2)
	f[11] = feature.F2(tplPrevTagWord, p1, cur.word)
	f[12] = feature.F1(tplPrev2Word, prev2.word)
	f[13] = feature.F1(tplPrevWord, prev.word)
	f[14] = feature.F1(tplNextWord, next.word)
	f[15] = feature.F1(tplNext2Word, next2.word)
	f[16] = feature.F1(tplPrevSuf, prev.suf3)
	f[17] = feature.F1(tplNextSuf, next.suf3)
}
