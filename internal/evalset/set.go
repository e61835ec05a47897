// Package evalset scores whosaid on its own blind evaluation sets
// (testdata/eval): passages written and annotated by someone who had not
// read the code, with gold spans in PolNeAR's JSONL format plus, per
// attribution, the source's kind and the speaker it refers to.
//
// Attributions are matched as ../shared/eval/score.go matches them (its
// table (b)): content token-F1 of at least 0.5 and overlapping sources (or
// none on both sides), one to one, best content F1 first. On top of that
// it measures what the PolNeAR scorer cannot: whether the resolved speaker
// and the source kind are right, and how many predictions are not
// attributions at all.
package evalset

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"github.com/whosaid/whosaid/article"
)

// Passage is one gold passage of an attribution set.
type Passage struct {
	ID           string        `json:"id"`
	Genre        string        `json:"genre"`
	Half         string        `json:"half"` // "tune" or "measure"
	Outlet       string        `json:"outlet"`
	Published    string        `json:"published"`
	Author       string        `json:"author,omitempty"` // the page's metadata author, when the text has no byline
	Text         string        `json:"text"`
	Attributions []Attribution `json:"attributions"`
}

// Attribution is one gold attribution: byte spans per role, the kind of
// its source (person, organization, anonymous, or none when the text
// names no source) and, for a person or organization, the speaker's
// fullest name in the passage.
type Attribution struct {
	Source  [][2]int `json:"source"`
	Cue     [][2]int `json:"cue"`
	Content [][2]int `json:"content"`
	Kind    string   `json:"kind"`
	Speaker string   `json:"speaker,omitempty"`
}

// Read reads a set, one passage per line, and checks its spans.
func Read(r io.Reader) ([]Passage, error) {
	var out []Passage
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<24)
	for line := 1; sc.Scan(); line++ {
		var p Passage
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		for i, a := range p.Attributions {
			for _, role := range [][][2]int{a.Source, a.Cue, a.Content} {
				for _, s := range role {
					if s[0] < 0 || s[1] > len(p.Text) || s[0] > s[1] {
						return nil, fmt.Errorf("line %d (%s): attribution %d: span %v outside the text", line, p.ID, i, s)
					}
				}
			}
		}
		out = append(out, p)
	}
	return out, sc.Err()
}

// Meta is what a reader would know of the passage besides its text.
func (p *Passage) Meta() article.Meta { return article.Meta{Outlet: p.Outlet, Author: p.Author} }
