package canon

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// ledeOrganization is the organisation a story is about, as its first
// sentence names it: the name that opens it ("Lumenary is laying off",
// "Castlebridge United have completed"), else the one name after "of"
// ("has been appointed head coach of Konkan Chargers"). It is what a
// description such as "the company" or "the franchise" stands for when
// the organisation is quoted under no name of its own. "" when the lede
// names no such organisation, or names a person or place there.
func ledeOrganization(text string, isPerson func(ws []string) bool) string {
	sentence := ledeSentence(text)
	if len(sentence) == 0 {
		return ""
	}
	ok := func(run []string) bool {
		ws := orgWordsOf(strings.Join(run, " "))
		if len(ws) == 0 || place(ws) || isPerson(ws) {
			return false
		}
		first := strings.ToLower(strings.Trim(run[0], ".,"))
		return !leadingTitles[first] && !roleWords[first] && !honorifics[first] && !leadingJunk[first] &&
			!functionWords[first] && nameGender(first) == "" && !stopWords[first]
	}
	if run, next := capitalRun(sentence, 0); len(run) > 0 && next < len(sentence) && !capitalized(sentence[next]) && ok(run) {
		return strings.Join(run, " ")
	}
	found := ""
	for i, w := range sentence {
		if w != "of" {
			continue
		}
		run, _ := capitalRun(sentence, i+1)
		if len(run) == 0 || !ok(run) {
			continue
		}
		name := strings.Join(run, " ")
		if found != "" && found != name {
			return "" // two bodies: the lede does not say which
		}
		found = name
	}
	return found
}

// ledeSentence is the first sentence of a story's first paragraph that
// ends like a sentence (a headline does not), without its dateline, as
// words with their punctuation.
func ledeSentence(text string) []string {
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if last, _ := utf8.DecodeLastRuneInString(line); line == "" || !strings.ContainsRune(".!?\"'”’", last) {
			continue // a headline
		}
		if i := strings.IndexAny(line, "—–:"); i > 0 && i < 60 && isUpperWord(strings.TrimSpace(stripAbbrev(strings.TrimRight(line[:i], " ,")))) {
			line = strings.TrimLeft(line[i:], "—–: ")
		}
		var out []string
		for _, f := range strings.Fields(line) {
			out = append(out, f)
			if strings.HasSuffix(f, ".") && len(f) > 3 && !capitalized(f) {
				break
			}
		}
		return out
	}
	return nil
}

// capitalRun is the run of capitalised words of a sentence from word i
// ("The" only first), without its punctuation, and the index after it;
// a comma or a possessive ends the run.
func capitalRun(sentence []string, i int) (run []string, next int) {
	start := i
	for ; i < len(sentence); i++ {
		w := sentence[i]
		if !capitalized(w) || (i > start && w == "The") {
			break
		}
		clean := strings.TrimRight(w, ",;:.")
		possessive := strings.HasSuffix(clean, "'s") || strings.HasSuffix(clean, "’s")
		if possessive {
			break
		}
		if !(i == start && clean == "The") {
			run = append(run, clean)
		}
		if clean != w {
			i++
			break
		}
	}
	return slices.Clip(run), i
}
