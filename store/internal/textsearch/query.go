package textsearch

import (
	"errors"
	"fmt"
	"strings"
)

// ErrQuery is a query that cannot be searched for.
var ErrQuery = errors.New("bad full-text query")

// MaxClauses bounds the terms of one query.
const MaxClauses = 16

// Query is a parsed full-text query: every clause must match. A clause is
// a word, a phrase (consecutive words) or, with a final '*', a prefix of
// its last word.
type Query struct {
	Clauses []Clause
}

// Clause is one term of a query.
type Clause struct {
	Words  []string // folded; more than one for a phrase
	Prefix bool     // the last word is a prefix
}

// ParseQuery reads a query: words separated by spaces, all required;
// "double quotes" around a phrase; a '*' right after a word or a closing
// quote makes the last word a prefix. A word with inner punctuation
// ("U.S.", "al-Assad") is the phrase of its parts, as it is indexed.
func ParseQuery(s string) (Query, error) {
	var q Query
	rest := strings.TrimSpace(s)
	for rest != "" {
		var term string
		if rest[0] == '"' {
			end := strings.IndexByte(rest[1:], '"')
			if end < 0 {
				return Query{}, fmt.Errorf("%w: unclosed quote in %q", ErrQuery, s)
			}
			term, rest = rest[1:1+end], rest[2+end:]
		} else {
			end := strings.IndexAny(rest, " \t\n\r\"")
			if end < 0 {
				end = len(rest)
			}
			term, rest = rest[:end], rest[end:]
		}
		prefix := false
		if strings.HasPrefix(rest, "*") {
			prefix, rest = true, rest[1:]
		} else if strings.HasSuffix(term, "*") {
			prefix, term = true, strings.TrimRight(term, "*")
		}
		rest = strings.TrimLeft(rest, " \t\n\r")
		toks := Tokens(term)
		if len(toks) == 0 {
			continue // punctuation only
		}
		c := Clause{Prefix: prefix}
		for _, t := range toks {
			c.Words = append(c.Words, t.Word)
		}
		q.Clauses = append(q.Clauses, c)
		if len(q.Clauses) > MaxClauses {
			return Query{}, fmt.Errorf("%w: more than %d terms", ErrQuery, MaxClauses)
		}
	}
	if len(q.Clauses) == 0 {
		return Query{}, fmt.Errorf("%w: %q has no word to search for", ErrQuery, s)
	}
	return q, nil
}

// FTS5 renders the query in FTS5's syntax: each clause a quoted string,
// the clauses ANDed.
func (q Query) FTS5() string {
	var b strings.Builder
	for i, c := range q.Clauses {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte('"')
		b.WriteString(strings.Join(c.Words, " "))
		b.WriteByte('"')
		if c.Prefix {
			b.WriteByte('*')
		}
	}
	return b.String()
}

// TSQuery renders the query as a tsquery literal, cast with ::tsquery
// (no parser, no dictionary): the clauses ANDed, a phrase's words joined
// by <->, a prefix marked :*.
func (q Query) TSQuery() string {
	var b strings.Builder
	for i, c := range q.Clauses {
		if i > 0 {
			b.WriteString(" & ")
		}
		if len(c.Words) > 1 {
			b.WriteByte('(')
		}
		for j, w := range c.Words {
			if j > 0 {
				b.WriteString(" <-> ")
			}
			writeLexeme(&b, w)
			if c.Prefix && j == len(c.Words)-1 {
				b.WriteString(":*")
			}
		}
		if len(c.Words) > 1 {
			b.WriteByte(')')
		}
	}
	return b.String()
}

// matches says which tokens of toks are matched by some clause: 0 for
// none, else the number of the match, the same for the words of one
// occurrence of a phrase.
func (q Query) matches(toks []Token) []int {
	hit := make([]int, len(toks))
	group := 0
	for _, c := range q.Clauses {
		n := len(c.Words)
		for i := 0; i+n <= len(toks); i++ {
			ok := true
			for j, w := range c.Words {
				t := toks[i+j].Word
				if c.Prefix && j == n-1 {
					ok = strings.HasPrefix(t, w)
				} else {
					ok = t == w
				}
				if !ok {
					break
				}
			}
			if ok {
				group++
				for j := range n {
					hit[i+j] = group
				}
			}
		}
	}
	return hit
}
