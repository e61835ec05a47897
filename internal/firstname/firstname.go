// Package firstname tells whether a first name is a woman's or a man's,
// from two English first-name lists (names/, from @stdlib): a name that
// one list alone holds has that gender, any other name none. It is a
// leaf, imported by the resolve stage (pronoun agreement) and meant for
// the gender shares of the speaker table too; names.go and names/ are
// kept identical in content to internal/gender's, so that the two cannot
// drift apart.
package firstname

// Gender is what a first name says.
type Gender string

// The answers.
const (
	Unknown Gender = "unknown"
	Female  Gender = "female"
	Male    Gender = "male"
)
