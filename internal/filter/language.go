// Package filter holds the stages that decide which documents are worth
// extracting: a language filter and an exact-duplicate filter.
package filter

import (
	"unicode"
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"
)

// languageSample is how much of a text the language is told from: the
// identifier works on letter trigrams, and a paragraph is plenty (600
// bytes cost a quarter of the time of 2,000, which was 14% of extraction).
const languageSample = 600

// minLanguageText is the shortest text whose language is judged: below
// it, a text is kept whatever it looks like.
const minLanguageText = 200

// Language returns the ISO 639-1 code of the language of text, from its
// first paragraphs, and the identifier's confidence, 0 to 1; "" when it
// cannot tell (no letters).
func Language(text string) (code string, confidence float64) {
	if len(text) > languageSample {
		cut := languageSample
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	info := whatlanggo.Detect(text)
	if info.Lang < 0 {
		return "", 0
	}
	return info.Lang.Iso6391(), info.Confidence
}

// Identify returns the language of text as an ISO 639-1 code, or "" for
// texts under 200 bytes or without letters: there is too little to tell.
// The identifier's best guess is taken even when it is unsure, since it
// is unsure between close languages, rarely about English news.
//
// Text that is plainly English (see plainlyEnglish) is called English
// without the identifier, whose comparison with dozens of trigram
// profiles cost 7% of the time of extracting English news.
func Identify(text string) string {
	if len(text) < minLanguageText {
		return ""
	}
	sample := text[:min(len(text), languageSample)]
	if plainlyEnglish(sample) {
		return "en"
	}
	code, confidence := Language(text)
	if code != "en" && confidence < unsureLanguage {
		// A short wire brief full of names and few "the", "of", "and"
		// ("Japan's Toyota Motor Corp said on Monday it would cut
		// output. China's Huawei said ...") leaves the identifier
		// unsure between languages it knows no better; a sixth of its
		// words being English function words settles it.
		if words, common, _ := functionWords(sample); common >= 5 && common*6 >= words {
			return "en"
		}
	}
	return code
}

// unsureLanguage is the identifier's confidence under which its guess
// yields to the English function words of the text.
const unsureLanguage = 0.5

// englishFunctionWords are common words of English news that are rarely
// words of the other languages written in Latin letters ("a", "in", "is",
// "an", "as", "but", "die" and "on" are).
var englishFunctionWords = map[string]bool{
	"the": true, "of": true, "and": true, "to": true, "that": true, "for": true,
	"with": true, "was": true, "he": true, "his": true, "it": true, "by": true,
	"at": true, "from": true, "have": true, "has": true, "be": true,
	"are": true, "not": true, "this": true, "they": true, "who": true,
	"would": true, "had": true, "were": true, "which": true, "their": true,
	"been": true, "said": true, "she": true, "her": true, "its": true,
	"will": true, "we": true, "about": true,
}

// plainlyEnglish reports whether a sixth or more of the words of sample
// are English function words, and one in 25 "the", "of" or "and" (three
// at least). 81 of the 84 PolNeAR dev articles pass on their first 600
// bytes, where the median shares are a quarter and one in eleven; a
// paragraph in another language does not come near, even one that quotes
// a few English phrases.
func plainlyEnglish(sample string) bool {
	words, common, core := functionWords(sample)
	return core >= 3 && core*25 >= words && common*6 >= words
}

// functionWords counts the words of sample, those of them that are
// English function words, and those that are "the", "of" or "and".
func functionWords(sample string) (words, common, core int) {
	count := func(w string) {
		words++
		var buf [5]byte // the longest function word
		if len(w) > len(buf) {
			return
		}
		for k := range len(w) {
			buf[k] = w[k] | 0x20 // lower case for ASCII letters; other bytes match no key
		}
		if lw := buf[:len(w)]; englishFunctionWords[string(lw)] {
			common++
			switch string(lw) {
			case "the", "of", "and":
				core++
			}
		}
	}
	start := -1
	for i, r := range sample {
		switch {
		case unicode.IsLetter(r):
			if start < 0 {
				start = i
			}
		case start >= 0:
			count(sample[start:i])
			start = -1
		}
	}
	if start >= 0 {
		count(sample[start:])
	}
	return words, common, core
}
