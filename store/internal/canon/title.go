package canon

import (
	"slices"
	"strings"
	"time"
)

// maxTitleWords bounds a title: a longer one is a clause, not a title.
const maxTitleWords = 8

// cleanTitle returns a source's title when it is a role or an office
// ("Republican nominee", "Secretary of State", "Vermont Sen."), and ""
// when it is none: a name ("Fiorina"), a number ("61"), a clause
// ("including Senator L..."), a party tag ("D-Pa."), a relation
// ("husband"), an honorific ("Mr.").
func cleanTitle(t string) string {
	t = strings.Trim(strings.TrimSpace(t), ",;:-–—")
	ws := words(t)
	for len(ws) > 0 && (ws[0] == "the" || ws[0] == "a" || ws[0] == "an" || leadingJunk[ws[0]] && len(ws) > 1 && !roleWords[ws[0]]) {
		ws = ws[1:]
		if i := strings.IndexByte(t, ' '); i >= 0 {
			t = strings.TrimSpace(t[i+1:])
		}
	}
	if len(ws) == 0 || len(ws) > maxTitleWords || titleOpeners[ws[0]] {
		return ""
	}
	role := false
	for _, w := range ws {
		if digits(w) {
			return ""
		}
		if roleWords[w] || roleWords[titleAbbreviations[w]] || leadingTitles[w] && !honorifics[w] {
			role = true
		}
	}
	if !role {
		return ""
	}
	// A role of somebody's family is no office: "her son", "husband".
	if kinship[ws[len(ws)-1]] {
		return ""
	}
	return t
}

func digits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// titleStop are the words of a title that say nothing of who holds it.
var titleStop = set("of", "the", "for", "and", "a", "an", "to", "in", "on", "at",
	"former", "then", "deputy", "acting", "new", "chief", "senior", "top", "s", "his", "her",
	"their", "its", "longtime", "current", "outgoing", "incoming", "interim", "veteran")

// titleWords are the telling words of a title, abbreviations written out:
// "the former Foreign Minister of Iran" -> foreign minister iran;
// "Sen." -> senator.
func titleWords(title string) []string {
	var out []string
	for _, w := range words(title) {
		if full, ok := titleAbbreviations[w]; ok {
			w = full
		}
		if !titleStop[w] && !honorifics[w] {
			out = append(out, w)
		}
	}
	return out
}

// titleKey is what makes two titles one: their telling words in order.
func titleKey(title string) string { return strings.Join(titleWords(title), " ") }

// titleFieldsOf are the fields of a title's role words.
func titleFieldsOf(title string) []string {
	ws := titleWords(title)
	if slices.Contains(ws, "officer") && slices.Contains(words(title), "chief") {
		return []string{"business"} // a chief medical officer is an executive
	}
	var out []string
	for i, w := range ws {
		if w == "general" && i > 0 && titleFields[ws[i-1]] != "military" {
			continue // "director-general", "attorney general": no army's general
		}
		if f := titleFields[w]; f != "" && !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	return out
}

// TitleSpan is one title of a speaker over time: how often and when it
// was seen.
type TitleSpan struct {
	Title       string    // as last written
	Seen        int       // mentions with this title
	First, Last time.Time // publication dates; zero when unknown
}

// currentTitle is the title a speaker is listed with: the one seen last
// among those seen twice or more (a one-off is often the writer's own
// description), else the one seen last; the most seen when there are no
// dates.
func currentTitle(ts map[string]*TitleSpan) string {
	var best *TitleSpan
	better := func(a, b *TitleSpan) bool {
		if (a.Seen >= 2) != (b.Seen >= 2) {
			return a.Seen >= 2
		}
		if !a.Last.Equal(b.Last) {
			return a.Last.After(b.Last)
		}
		if a.Seen != b.Seen {
			return a.Seen > b.Seen
		}
		return a.Title < b.Title
	}
	for _, t := range ts {
		if best == nil || better(t, best) {
			best = t
		}
	}
	if best == nil {
		return ""
	}
	return best.Title
}

// titlesMeet says how a mention's title meets the titles of a speaker:
// 2 when they share a telling word, 1 when their fields meet (senator,
// then secretary of state), -1 when they have fields and none in common
// (a judge and a spokeswoman), 0 otherwise (no title on either side, or
// titles of no known field).
func titlesMeet(title string, ts map[string]*TitleSpan) int {
	mine := titleWords(title)
	if len(mine) == 0 || len(ts) == 0 {
		return 0
	}
	var theirs []string
	for key := range ts {
		theirs = append(theirs, strings.Fields(key)...)
	}
	for _, w := range mine {
		if slices.Contains(theirs, w) && (roleWords[w] || leadingTitles[w] || titleFields[w] != "") {
			return 2
		}
	}
	myFields := titleFieldsOf(title)
	var theirFields []string
	for _, t := range ts {
		theirFields = append(theirFields, titleFieldsOf(t.Title)...)
	}
	if len(myFields) == 0 || len(theirFields) == 0 {
		return 0
	}
	for _, f := range myFields {
		if slices.Contains(theirFields, f) {
			return 1
		}
	}
	return -1
}
