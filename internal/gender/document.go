package gender

import "github.com/whosaid/whosaid"

// OfDocument counts the votes for each person speaker of a document, by
// the speaker's name as its attributions give it (Source.Speaker): the
// speaker's name, title and mentions from doc.Speakers, and the source
// text of each of its attributions (a document stored without its
// speaker list still has those).
func OfDocument(doc *whosaid.Document) map[string]Votes {
	out := map[string]Votes{}
	seen := map[string]bool{}
	for _, sp := range doc.Speakers {
		if sp.Kind != whosaid.Person || sp.Name == "" {
			continue
		}
		e := Evidence{Name: sp.Name, Title: sp.Title}
		for _, m := range sp.Mentions {
			e.Mentions = append(e.Mentions, m.Text)
		}
		out[sp.Name] = out[sp.Name].Add(Collect(e))
		seen[sp.Name] = true
	}
	for i := range doc.Attributions {
		src := doc.Attributions[i].Source
		if src == nil || src.Kind != whosaid.Person || src.Speaker == "" {
			continue
		}
		e := Evidence{Mentions: []string{src.Text}}
		if !seen[src.Speaker] {
			// The name and title count once per speaker, however many
			// attributions.
			e.Name, e.Title = src.Speaker, src.Title
			seen[src.Speaker] = true
		} else if inMentions(doc, src.Speaker, src.Text) {
			continue // already counted with the speaker's mentions
		}
		out[src.Speaker] = out[src.Speaker].Add(Collect(e))
	}
	return out
}

// inMentions: the document's speaker list has this mention of the named
// speaker.
func inMentions(doc *whosaid.Document, name, text string) bool {
	for _, sp := range doc.Speakers {
		if sp.Name != name {
			continue
		}
		for _, m := range sp.Mentions {
			if m.Text == text {
				return true
			}
		}
	}
	return false
}
