package resolve

import (
	"slices"
	"testing"
)

func TestDatelinesPass(t *testing.T) {
	const title = "Council approves the new water rates\n"
	tests := []struct {
		name, text                string
		span, place, date, agency string // "" for none
		roles                     []string
	}{
		{"a city, its state and an agency",
			title + "BUFFALO, N.Y. (AP) — Emeka Okonjo scored 24 points and St. Brendan's rallied to beat Lakeshore on Saturday night.",
			"BUFFALO, N.Y. (AP) —", "BUFFALO, N.Y.", "", "AP", nil},
		{"a state's longer abbreviation before the dash",
			title + "MOORHEAD, Minn. — {s1 Sen. Margaret Halvorsen, D-Minn.,} {c1 said} {t1 she would press the Senate for funds}.",
			"MOORHEAD, Minn. —", "MOORHEAD, Minn.", "", "", []string{"Sen. Margaret Halvorsen, D-Minn., / said / she would press the Senate for funds"}},
		{"a city, a date and an agency",
			title + "FRANKFURT, March 12 (Reuters) - German industrial group Hessler AG is in advanced talks to buy a Dutch packaging maker.",
			"FRANKFURT, March 12 (Reuters) -", "FRANKFURT", "March 12", "Reuters", nil},
		{"past a deck and a headline's colon label, which is no transcript's turn",
			"MMEA: Ferry crew ignored radio warnings\nThree still missing after Dumai-bound ferry and bulk carrier collide off Tanjung Bruas; licence suspended\nby NUR AISYAH KAMARUDDIN\nMELAKA: The Malaysian Maritime Enforcement Agency said the crew had ignored three radio calls before the collision.",
			"MELAKA:", "MELAKA", "", "", nil},
		{"an agency alone",
			title + "(Reuters) — The New York State Attorney General is investigating the company, two people familiar with the matter said.",
			"(Reuters) —", "", "", "Reuters", nil},
		{"an agency alone, the dash left out and the next word glued to it",
			title + "(CNN)President Donald Trump made an unscheduled trip to a hospital on Saturday, the White House said.",
			"(CNN)", "", "", "CNN", nil},
		{"a news agency alone, the dash left out",
			title + "(Reuters) The New York State Attorney General is investigating the company, two people familiar with the matter said.",
			"(Reuters)", "", "", "Reuters", nil},
		{"brackets of another kind before a sentence are no dateline",
			title + "(Updated) The council voted again on Thursday night and approved the new water rates for every household.",
			"", "", "", "", nil},
		{"a city in capitals and its country, after a byline",
			title + "By Kylie Henshaw\nELDORET, Kenya — Fresh from storming to victory at the marathon on Sunday, Caroline Chebet says she will run in Boston.",
			"ELDORET, Kenya —", "ELDORET, Kenya", "", "", nil},
		{"a city in capitals and a colon",
			title + "NEW DELHI: The Supreme Court on Monday stayed the demolition of more than 400 homes in a slum cluster in south Delhi.",
			"NEW DELHI:", "NEW DELHI", "", "", nil},
		{"after a photo caption with its credit",
			title + "Punters shelter from the rain in front of the main stage on Sunday. Picture: Rhys Cassidy\nBYRON BAY: Organisers of the Tallowood Music Festival cancelled the headline performances after a storm.",
			"BYRON BAY:", "BYRON BAY", "", "", nil},
		{"after a caption credited with courtesy",
			title + "Jessica Lim at a rehearsal in Genting Highlands last month. — Picture courtesy of Jessica Lim\nKUALA LUMPUR: A finalist in the pageant claims she was dropped from the competition a week before the final.",
			"KUALA LUMPUR:", "KUALA LUMPUR", "", "", nil},
		{"after a caption whose credit follows a dash",
			title + "Residents wade through floodwater in Shah Alam on Monday. — Bernama pic\nSHAH ALAM: The state government said the water rose within an hour and many families were stranded.",
			"SHAH ALAM:", "SHAH ALAM", "", "", nil},
		{"a city in title case and a colon, before the first sentence of the body",
			title + "Mumbai: Actor Rohan Kapadia has denied reports of a rift with his co-star during the shoot of their upcoming film.",
			"Mumbai:", "Mumbai", "", "", nil},
		{"a headline that opens the document is no dateline",
			"Sanders: Clinton needs to get away from all of this personality stuff with Trump and talk about the issues.\nBernie Sanders said on Friday that Hillary Clinton should stop attacking Donald Trump.",
			"", "", "", "", nil},
		{"the turns of a transcript are no dateline",
			title + "PENCE: Well, look, Hillary Clinton apparently thinks this is an episode of a television show about business.\nWALLACE: If I may, sir, because we have got limited time this morning.",
			"", "", "", "", nil},
		{"a photo caption's label makes no transcript of the text",
			title + "GEORGE TOWN: Three paintings by a batik master were stolen from a private gallery early on Tuesday.\nCLOSED: Police personnel outside the gallery yesterday. — Herald photo by TEOH KAR YEE",
			"GEORGE TOWN:", "GEORGE TOWN", "", "", nil},
		{"but a transcript's labels that name places too stay turns",
			title + "HOUSTON: Well, look, the water rates are going up for every household in the county.\nJACKSON: If I may, sir, because we have got limited time this morning.\nHOUSTON: We have had this debate for three years already.",
			"", "", "", "", nil},
		{"a heading label is no dateline",
			title + "UPDATE: The council voted again on Thursday night and approved the new water rates for every household.",
			"", "", "", "", nil},
		{"a heading in capitals runs on in capitals",
			title + "UN: PEACEKEEPERS PAYING FOR FAVOURS, the report found after a two-year inquiry into missions in Africa and Asia.",
			"", "", "", "", nil},
		{"a name in title case before a dash is no dateline",
			title + "Hillary Clinton — the Democratic nominee — said on Monday that she would raise the minimum wage across the country.",
			"", "", "", "", nil},
		{"no role holds the dateline, and a cue in it is no relation",
			title + "{t1 {c2 BRUSSELS (Reuters) -} {t2 European Union ministers were close to a deal early on Wednesday}}, {s1 diplomats} {c1 said}.",
			"BRUSSELS (Reuters) -", "BRUSSELS", "", "Reuters",
			[]string{"diplomats / said / European Union ministers were close to a deal early on Wednesday"}},
		{"a source is cut at the dateline",
			title + "{s1 THE HAGUE (AFP) - Four farmers} {c1 took} {t1 their case against an oil company to court} on Thursday.",
			"THE HAGUE (AFP) -", "THE HAGUE", "", "AFP",
			[]string{"Four farmers / took / their case against an oil company to court"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := fixture(t, tt.text)
			runPasses(t, d, "boilerplate", "datelines", "admit")
			dl := d.dateline
			got := [4]string{d.spans(dl.Span), d.spans(dl.Place), d.spans(dl.Date), d.spans(dl.Agency)}
			if want := [4]string{tt.span, tt.place, tt.date, tt.agency}; got != want {
				t.Fatalf("dateline, place, date, agency %q, want %q", got, want)
			}
			for k := dl.Span.Start; k < dl.Span.End; k++ {
				if !d.bp[k] {
					t.Errorf("dateline token %q not marked", d.text(k))
				}
			}
			if tt.roles != nil && !slices.Equal(d.allRoles(), tt.roles) {
				t.Errorf("attributions %q, want %q", d.allRoles(), tt.roles)
			}
		})
	}
}
