package canon

import "github.com/whosaid/whosaid"

// Quote is one attribution as the canonicaliser sees it.
type Quote struct {
	Kind    whosaid.Kind
	Name    string // the speaker's fullest name in the document, or the description
	Title   string
	Content string // what was said
}

// QuoteOf is the quote of an attribution, false when its source names no
// speaker (no source, a pronoun, no name).
func QuoteOf(a *whosaid.Attribution) (Quote, bool) {
	src := a.Source
	if src == nil {
		return Quote{}, false
	}
	q := Quote{Kind: src.Kind, Name: src.Speaker, Title: src.Title}
	if a.Content != nil {
		q.Content = a.Content.Text
	}
	if src.Kind == whosaid.Anonymous && src.Description != "" {
		q.Name = src.Description
	}
	if q.Name == "" {
		q.Name = src.Text
	}
	switch src.Kind {
	case whosaid.Person, whosaid.Organization, whosaid.Anonymous:
		return q, q.Name != ""
	}
	return Quote{}, false
}

// Mentions groups the quotes of one document by speaker: one mention per
// kind and name, in order of first quote, with the first title given, and
// as context what it said and the names of the other named speakers. of[i]
// is the mention of quotes[i].
func Mentions(quotes []Quote) (ms []Mention, of []int) {
	type key struct {
		kind whosaid.Kind
		name string
	}
	index := map[key]int{}
	of = make([]int, len(quotes))
	for i, q := range quotes {
		k := key{q.Kind, q.Name}
		j, seen := index[k]
		if !seen {
			j = len(ms)
			index[k] = j
			ms = append(ms, Mention{Name: q.Name, Kind: q.Kind})
		}
		if ms[j].Title == "" {
			ms[j].Title = q.Title
		}
		if q.Content != "" {
			ms[j].Context = append(ms[j].Context, q.Content)
		}
		of[i] = j
	}
	for j := range ms {
		for k := range ms {
			if k != j && ms[k].Kind != whosaid.Anonymous {
				ms[j].Context = append(ms[j].Context, ms[k].Name)
			}
		}
	}
	return ms, of
}
