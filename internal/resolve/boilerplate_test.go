package resolve

import (
	"slices"
	"testing"
)

func TestBoilerplatePass(t *testing.T) {
	tests := []struct {
		name, text  string
		title       string
		boilerplate []string
	}{
		{"title and trailing furniture",
			"Talks Resume In Vienna\nThe talks resumed on Monday, officials said.\nThey will go on for a week.\nAdd new comment\nShare this",
			"Talks Resume In Vienna", []string{"Add new comment", "Share this"}},
		{"a repeated paragraph and a line said twice",
			"The talks resumed on Monday.\nOfficials were hopeful about them.\nThe talks resumed on Monday.\nBreaking news Breaking news\nThe end came later.",
			"", []string{"The talks resumed on Monday.", "Breaking news Breaking news"}},
		{"leading furniture after the title",
			"Vote Delayed\nSubscribe to our newsletter\nThe vote was delayed again, the speaker said.\nIt will be held next week.",
			"Vote Delayed", []string{"Subscribe to our newsletter"}},
		{"a pull quote that repeats a quotation of the text",
			"\"This depot will cut commutes for thousands of people,\" the mayor said. \"It is overdue.\"\n\"This depot will cut commutes for thousands of people.\"\nOpponents disagreed.",
			"", []string{"\"This depot will cut commutes for thousands of people.\""}},
		{"a quotation of its own in a paragraph is no pull quote",
			"The mayor spoke first.\n\"This depot will cut commutes for thousands of people.\"\nOpponents disagreed.",
			"", nil},
		{"a caption that its label opens, anywhere in the text",
			"Premiums to jump\nThe insurer said premiums would rise.\nPHOTO: Mrs Hyacinth Grant points to the roof of her home.\nShe said she could not pay.",
			"Premiums to jump", []string{"PHOTO: Mrs Hyacinth Grant points to the roof of her home."}},
		{"links under a label between a story's paragraphs, not a speaker's colon",
			"Wage strike looms\nWorkers marched on Tuesday, the union said.\nRead also: Kogi pensioners protest unpaid gratuities\nRELATED STORY: Governor says money is coming\nMinister: we will pay by March\nA senior official said the bill would rise.",
			"Wage strike looms", []string{"Read also: Kogi pensioners protest unpaid gratuities", "RELATED STORY: Governor says money is coming"}},
		{"the note of a wire story's update",
			"Helixor beats estimates\n(Adds CEO comments, details on talks)\nHelixor said its profit rose 40 percent.\nIts shares rose.",
			"Helixor beats estimates", []string{"(Adds CEO comments, details on talks)"}},
		{"the writer's bio after the article",
			"Earbuds get longer battery\nBy Nadia Ferris\nLumora said the earbuds last 11 hours.\nThey ship in October.\nNadia Ferris is a senior reporter at Circuitry Daily. She previously wrote for Pocket Tech Weekly.",
			"Earbuds get longer battery", []string{"Nadia Ferris is a senior reporter at Circuitry Daily. She previously wrote for Pocket Tech Weekly."}},
		{"a list of links at the end, and a teaser's ellipsis",
			"Sleep For Mars\nThe agency said the idea could shrink spacecraft.\nIt will study it.\nMore News from Sci-Tech\nAmazon says it has considered face scanning\nfalse\nScientists say fresh water under threat\nJoin the conversation...",
			"Sleep For Mars", []string{"More News from Sci-Tech", "Amazon says it has considered face scanning", "false", "Scientists say fresh water under threat", "Join the conversation..."}},
		{"a list of links with a question among them, above a rights notice",
			"Ask Bernadette\nAsk for the raise in writing, she said.\nIt may work.\nMore Advice\nDaughter-in-law says I spoil the grandkids\nEtiquette: Do I have to invite my ex?\nCopyright 1999 Digital Den Online. All rights reserved.",
			"Ask Bernadette", []string{"More Advice", "Daughter-in-law says I spoil the grandkids", "Etiquette: Do I have to invite my ex?", "Copyright 1999 Digital Den Online. All rights reserved."}},
		{"quoted blurbs and their outlets are no links",
			"Tidebreaker Review\nThe game is long, she said.\nIt is good.\nWhat other critics say\n\"A haunting triumph.\" — Pixel Tide\n\"Too long by half.\" — Northern Respawn",
			"Tidebreaker Review", nil},
		{"two lines without a final period are no list",
			"The talks resumed.\nThey went well, the envoy said\nMore talks are due",
			"", nil},
		{"one paragraph has neither",
			"The talks resumed on Monday, officials said.", "", nil},
		{"a paragraph that ends as a sentence is no furniture",
			"The talks resumed.\nThey went well.\nRead more about the talks, which went well.", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := fixture(t, tt.text)
			runPasses(t, d, "boilerplate")
			if got := d.spans(d.title); got != tt.title {
				t.Errorf("title %q, want %q", got, tt.title)
			}
			var got []string
			for _, p := range d.boilerplate {
				got = append(got, d.spans(p))
			}
			if !slices.Equal(got, tt.boilerplate) {
				t.Errorf("boilerplate %q, want %q", got, tt.boilerplate)
			}
			for _, p := range d.boilerplate {
				for k := p.Start; k < p.End; k++ {
					if !d.bp[k] {
						t.Errorf("token %d of boilerplate not marked", k)
					}
				}
			}
		})
	}
}
