// Package gender tells, for the opt-in gender shares of the speaker
// table, whether the text refers to a quoted person as a woman or a man,
// from three kinds of evidence: the pronouns the document uses of them
// (he/him/his vs she/her), honorifics and gendered titles (Mr, Mrs, Ms,
// Sir, Dame, spokeswoman, ...), and first names (internal/firstname). It
// never guesses: when the evidence disagrees, or there is none, the answer
// is Unknown. docs/GENDER.md states the rule and its limits.
package gender

import (
	"strings"
	"unicode"
)

// Gender is what the evidence says of a person.
type Gender string

// The answers.
const (
	Unknown Gender = "unknown"
	Female  Gender = "female"
	Male    Gender = "male"
)

// Evidence is what one document says of one person.
type Evidence struct {
	Name     string   // the fullest name of the person in the document
	Title    string   // their title, kept apart from the name
	Mentions []string // the texts by which the document refers to them
}

// Votes counts pieces of evidence: one for the first name, one for each
// pronoun mention, one for each honorific or gendered title.
type Votes struct {
	Female, Male int
}

// Add sums two counts of votes, as of two names of one person.
func (v Votes) Add(w Votes) Votes { return Votes{v.Female + w.Female, v.Male + w.Male} }

// Gender is the answer of the votes: the one side that has votes, and
// Unknown when none has or both have (evidence that disagrees decides
// nothing).
func (v Votes) Gender() Gender {
	switch {
	case v.Female > 0 && v.Male == 0:
		return Female
	case v.Male > 0 && v.Female == 0:
		return Male
	}
	return Unknown
}

func (v *Votes) vote(g Gender) {
	switch g {
	case Female:
		v.Female++
	case Male:
		v.Male++
	}
}

// Collect counts the votes of the evidence.
func Collect(e Evidence) Votes {
	var v Votes
	v.vote(firstNameOf(e.Name))
	for _, m := range e.Mentions {
		v.vote(pronoun(m))
		v.vote(honorific(m))
	}
	v.vote(honorific(e.Name))
	v.vote(honorific(e.Title))
	return v
}

// Decide is the gender that the evidence of one document gives.
func Decide(e Evidence) Gender { return Collect(e).Gender() }

// Aggregate is the gender of a person over the documents that decided
// one: the side with at least two thirds of them (1-0, 2-1, 78-30); a
// closer split, or no document, is Unknown. Documents do disagree: the
// resolver's pronouns are wrong now and then (on PolNeAR, 30 of the 108
// deciding documents of Hillary Clinton say he), so one dissent does not
// undo many that agree, while a name that the corpus gives two people
// (Bill and Hillary as "Clinton": 11-9) stays unknown. docs/GENDER.md
// has the measurements.
func Aggregate(femaleDocs, maleDocs int) Gender {
	total := femaleDocs + maleDocs
	switch {
	case total <= 0:
		return Unknown
	case 3*femaleDocs >= 2*total:
		return Female
	case 3*maleDocs >= 2*total:
		return Male
	}
	return Unknown
}

var (
	femalePronouns = map[string]bool{"she": true, "her": true, "hers": true, "herself": true}
	malePronouns   = map[string]bool{"he": true, "him": true, "his": true, "himself": true}
)

// pronoun is the gender of a mention that is a personal pronoun alone.
func pronoun(mention string) Gender {
	w := strings.ToLower(strings.TrimSpace(mention))
	switch {
	case femalePronouns[w]:
		return Female
	case malePronouns[w]:
		return Male
	}
	return Unknown
}

// Honorifics and titles that say a person's gender. Titles in -man
// (chairman, spokesman, congressman) are left out: they are still used of
// women; those in -woman are not used of men.
var (
	femaleTitles = map[string]bool{"mrs": true, "ms": true, "miss": true, "madam": true, "madame": true, "mme": true,
		"dame": true, "lady": true, "queen": true, "princess": true, "duchess": true, "baroness": true, "countess": true,
		"empress": true}
	maleTitles = map[string]bool{"mr": true, "sir": true, "lord": true, "king": true, "prince": true, "duke": true,
		"baron": true, "emperor": true}
)

// honorific is the gender that the honorifics and titles of a text say,
// Unknown when it has none or they disagree.
func honorific(text string) Gender {
	var v Votes
	for _, w := range words(text) {
		switch {
		case femaleTitles[w] || strings.HasSuffix(w, "woman") && len(w) > len("woman"):
			v.Female++
		case maleTitles[w]:
			v.Male++
		}
	}
	return v.Gender()
}

// firstNameOf is the gender of the first name of a person's name, when
// one list of first names alone holds it. A name of one word is taken
// for a last name; honorifics and initials before the first name are
// skipped.
func firstNameOf(name string) Gender {
	ws := words(name)
	for len(ws) > 0 && (femaleTitles[ws[0]] || maleTitles[ws[0]] || len([]rune(ws[0])) == 1) {
		ws = ws[1:]
	}
	if len(ws) < 2 {
		return Unknown
	}
	return FirstName(ws[0])
}

// words are the lower-cased words of a text, without the dots of
// abbreviations ("Mr." is "mr").
func words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-' && r != '\''
	})
}
