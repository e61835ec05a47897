package speakereval

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/store"
)

// The checks of a published speaker table read the store only through
// its API, with lexicons of their own, so that they do not grade the
// canonicaliser with its own rules.

// TableReport is what CheckTable found in the speaker table of a store.
type TableReport struct {
	Listed int // speakers read (the top of the table)
	// Pronouns are speakers in the top 100 named by a pronoun, a
	// determiner or a relative pronoun.
	Pronouns []string
	// Junk are the entries of the top 100 that a researcher could not
	// publish: pronouns, fragments, places or groups typed persons,
	// common nouns typed organisations (see junkReason).
	Junk []string
	// Variants says, for each person checked, the share of the
	// attributions of its full-name variants held by its largest entry.
	Variants []VariantShare
	// BadTitles are persons of the top 30 whose title is a number or
	// another speaker's name.
	BadTitles []string
	// Groups are groups and parties typed persons in the top 200.
	Groups []string
}

// VariantShare is how one person's name variants are held.
type VariantShare struct {
	Person       string
	Attributions int     // of the name variants, over all speakers
	Entry        string  // the entry that holds most
	Share        float64 // of Attributions held by Entry
	Entries      int     // speakers that hold some
}

// A person to check: the given names and the surname of their full-name
// variants ("Donald Trump", "Donald J. Trump", "Mr. Donald Trump").
type person struct {
	display string
	given   []string
	surname string
}

// Checked are the people whose entries the issue found split.
var Checked = []person{
	{"Donald Trump", []string{"donald"}, "trump"},
	{"Hillary Clinton", []string{"hillary"}, "clinton"},
	{"Bernie Sanders", []string{"bernie", "bernard"}, "sanders"},
}

// CheckTable reads the top of a store's speaker table (and, for the
// variants, every attribution) and checks it.
func CheckTable(ctx context.Context, st store.Store) (*TableReport, error) {
	var all []store.Speaker
	for off := 0; off < 200; off += store.MaxLimit {
		l, err := st.Speakers(ctx, store.SpeakerFilter{Page: store.Page{Limit: 200, Offset: off}})
		if err != nil {
			return nil, err
		}
		all = append(all, l.Items...)
		if l.Next < 0 {
			break
		}
	}
	rep := &TableReport{Listed: len(all)}
	surnames := map[string]string{} // of persons, to tell titles that are names
	for _, sp := range all {
		if sp.Kind == whosaid.Person {
			if ws := fold(sp.Name); len(ws) > 1 {
				surnames[ws[len(ws)-1]] = sp.Name
			}
		}
	}
	for i, sp := range all {
		if i < 100 {
			if pronounName(sp.Name) {
				rep.Pronouns = append(rep.Pronouns, sp.Name)
			}
			if why := junkReason(sp); why != "" {
				rep.Junk = append(rep.Junk, fmt.Sprintf("%s (%s, %s)", sp.Name, sp.Kind, why))
			}
		}
		if i < 30 && sp.Kind == whosaid.Person && sp.Title != "" {
			if why := badTitle(sp, surnames); why != "" {
				rep.BadTitles = append(rep.BadTitles, fmt.Sprintf("%s: %q (%s)", sp.Name, sp.Title, why))
			}
		}
		if sp.Kind == whosaid.Person && groupName(sp.Name) {
			rep.Groups = append(rep.Groups, sp.Name)
		}
	}
	shares, err := variantShares(ctx, st)
	if err != nil {
		return nil, err
	}
	rep.Variants = shares
	return rep, nil
}

// variantShares reads every attribution of the store and counts, for
// each checked person, those whose source the extractor named by one of
// the person's full names, and the speakers they went to.
func variantShares(ctx context.Context, st store.Store) ([]VariantShare, error) {
	counts := make([]map[string]int, len(Checked))
	for i := range counts {
		counts[i] = map[string]int{}
	}
	for off := 0; ; off += store.MaxLimit {
		l, err := st.Attributions(ctx, store.AttributionFilter{Page: store.Page{Limit: store.MaxLimit, Offset: off}})
		if err != nil {
			return nil, err
		}
		for _, h := range l.Items {
			src := h.Attribution.Source
			if src == nil {
				continue
			}
			for i, p := range Checked {
				if fullVariant(src.Speaker, p) {
					counts[i][fmt.Sprintf("%d %s", h.SpeakerID, h.Speaker)]++
				}
			}
		}
		if l.Next < 0 {
			break
		}
	}
	out := make([]VariantShare, len(Checked))
	for i, p := range Checked {
		v := VariantShare{Person: p.display, Entries: len(counts[i])}
		most := 0
		for sp, n := range counts[i] {
			v.Attributions += n
			if n > most || (n == most && sp < v.Entry) {
				v.Entry, most = sp, n
			}
		}
		if v.Attributions > 0 {
			v.Share = float64(most) / float64(v.Attributions)
		}
		out[i] = v
	}
	return out, nil
}

// fullVariant says whether a name is one of p's full names: a given name
// of p, initials or middle names, the surname; honorifics and titles
// before it, a possessive after it.
func fullVariant(name string, p person) bool {
	ws := fold(name)
	for len(ws) > 0 && skipWords[ws[0]] {
		ws = ws[1:]
	}
	if len(ws) < 2 || ws[len(ws)-1] != p.surname || !slices.Contains(p.given, ws[0]) {
		return false
	}
	for _, w := range ws[1 : len(ws)-1] {
		if len(w) > 1 && w != "john" && w != "rodham" {
			return false
		}
	}
	return true
}

var skipWords = set("mr", "mrs", "ms", "president", "secretary", "senator", "sen", "candidate", "nominee", "republican", "democrat", "democratic", "former", "gov")

// pronounWords never name a speaker.
var pronounWords = set("i", "me", "we", "us", "you", "he", "him", "his", "she", "her", "hers", "it", "its",
	"they", "them", "their", "theirs", "who", "whom", "whose", "which", "that", "this", "these", "those",
	"some", "many", "most", "all", "both", "each", "either", "neither", "other", "others", "another",
	"one", "the", "a", "an", "someone", "somebody", "anyone", "everyone", "latter", "former", "few", "several")

func pronounName(name string) bool {
	ws := fold(name)
	if len(ws) == 0 {
		return true
	}
	for _, w := range ws {
		if !pronounWords[w] {
			return false
		}
	}
	return true
}

// groupWords are parties, groups and peoples in the plural: typed a
// person, they are a group.
var groupWords = set("democrats", "republicans", "conservatives", "liberals", "progressives",
	"libertarians", "tories", "greens", "socialists", "americans", "latinos", "hispanics",
	"muslims", "christians", "evangelicals", "voters", "supporters", "officials", "members",
	"leaders", "activists", "protesters", "critics", "women", "men", "people", "workers",
	"delegates", "lawmakers", "senators", "governors", "parents", "students", "veterans")

func groupName(name string) bool {
	ws := fold(name)
	return len(ws) > 0 && groupWords[ws[len(ws)-1]]
}

// placeNames are places that a source named by stands for a government
// or is no speaker; typed a person, they are junk.
var placeNames = set("us", "u s", "usa", "america", "united states", "new york", "washington",
	"china", "russia", "iran", "mexico", "britain", "california", "texas", "florida", "trump tower",
	"white house", "capitol hill", "wall street", "iowa", "new hampshire", "ohio", "europe")

// junkReason says why an entry of the table could not be published, ""
// when it can.
func junkReason(sp store.Speaker) string {
	ws := fold(sp.Name)
	switch {
	case pronounName(sp.Name):
		return "a pronoun or determiner"
	case sp.Kind == whosaid.Person && groupName(sp.Name):
		return "a group typed person"
	case sp.Kind == whosaid.Person && placeNames[strings.Join(ws, " ")]:
		return "a place typed person"
	case sp.Kind == whosaid.Person && lowerInside(sp.Name):
		return "not a name: a word in lower case"
	case sp.Kind == whosaid.Organization && !hasCapital(sp.Name):
		return "a common noun typed organisation"
	}
	return ""
}

// badTitle says why a person's title is none: a number, or another
// speaker's name.
func badTitle(sp store.Speaker, surnames map[string]string) string {
	ws := fold(sp.Title)
	own := fold(sp.Name)
	for _, w := range ws {
		if strings.IndexFunc(w, unicode.IsDigit) >= 0 {
			return "a number"
		}
	}
	names := 0
	for _, w := range ws {
		if other, ok := surnames[w]; ok && other != sp.Name && !slices.Contains(own, w) {
			names++
		}
	}
	if names > 0 && names == len(ws) {
		return "another speaker's name"
	}
	return ""
}

// lowerInside says whether a name holds a word in lower case other than
// the particles of names.
func lowerInside(name string) bool {
	for _, f := range strings.Fields(name) {
		r := []rune(f)
		if len(r) > 0 && unicode.IsLower(r[0]) && !particles[strings.ToLower(f)] {
			return true
		}
	}
	return false
}

var particles = set("de", "la", "le", "du", "del", "der", "van", "von", "da", "di", "bin", "al", "el", "ibn", "y")

func hasCapital(s string) bool {
	return strings.IndexFunc(s, unicode.IsUpper) >= 0
}

// fold splits a name into lower-case words, possessives dropped.
func fold(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	}) {
		f = strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "’s")
		f = strings.Trim(f, "'’")
		if f != "" {
			out = append(out, f)
		}
	}
	return out
}

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}
