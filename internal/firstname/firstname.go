// Package firstname tells whether a first name is a woman's or a man's,
// from the US birth counts of first names and two English first-name
// lists (names/rebuild.sh says how they are combined). It is a leaf,
// imported by the resolve stage (pronoun agreement) and by internal/gender
// (the gender shares of the speaker table), so that the two read the same
// names.
package firstname

// Gender is what a first name says.
type Gender string

// The answers.
const (
	Unknown Gender = "unknown"
	Female  Gender = "female"
	Male    Gender = "male"
)
