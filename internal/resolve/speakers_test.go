package resolve

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestSpeakersPass(t *testing.T) {
	tests := []struct {
		name, text string
		sources    []string // per attribution: "KIND SPEAKER [TITLE] (DESCRIPTION)"
		speakers   []string // "NAME KIND ATTRIBUTIONS MENTIONS"
	}{
		{"a named person, his last name and a pronoun",
			"{s1 Hugh Hill}, {s1 a doctor}, {c1 said} {t1 the clinic was full}. " +
				"{s2 Hill} {c2 added} {t2 that more beds were needed}. {s3 He} {c3 warned} {t3 that winter would be worse}.",
			[]string{"person Hugh Hill [doctor] ()", "person Hugh Hill [doctor] ()", "person Hugh Hill [doctor] ()"},
			[]string{"Hugh Hill person 3 Hugh Hill|Hugh Hill, a doctor|Hill|He"}},
		{"a title before the name",
			"{s1 Foreign Minister Javad Zarif} {c1 said} {t1 the talks would go on}.",
			[]string{"person Javad Zarif [Foreign Minister] ()"},
			[]string{"Javad Zarif person 1 Foreign Minister Javad Zarif"}},
		{"an organization, then the short name of it",
			"{s1 Iran's Foreign Ministry} {c1 said} {t1 the talks would go on}. {s2 The ministry} {c2 added} {t2 that they were useful}.",
			[]string{"organization Iran's Foreign Ministry [] ()", "organization Iran's Foreign Ministry [] ()"},
			[]string{"Iran's Foreign Ministry organization 2 Iran's Foreign Ministry|The ministry"}},
		{"a miner before a name is a business, as the miner after it",
			"{s1 Australian miner Southern Cross Gold} {c1 has confirmed} {t1 that waste leaked}. {s2 The miner} {c2 said} {t2 it had told the authority}.",
			[]string{"organization Southern Cross Gold [] ()", "organization Southern Cross Gold [] ()"},
			[]string{"Southern Cross Gold organization 2 Australian miner Southern Cross Gold|Southern Cross Gold|The miner"}},
		{"a name that ends in a trade's word is a business's",
			"{s1 Vyomika Aerospace} {c1 said} {t1 the flight went well}. {s2 The company} {c2 said} {t2 it would fly again}.",
			[]string{"organization Vyomika Aerospace [] ()", "organization Vyomika Aerospace [] ()"},
			[]string{"Vyomika Aerospace organization 2 Vyomika Aerospace|The company"}},
		{"honorifics of chiefs and elders, and a police rank's abbreviations, are no part of the name",
			"{s1 Togbe Adzima Kpegla IV} {c1 appealed} {t1 for calm}. {s2 Malam Garba Dan-Iya} {c2 said} {t2 the swarm came at night}. {s3 Asst Comm Ravindran a/l Subramaniam} {c3 said} {t3 the door was not forced}.",
			[]string{"person Adzima Kpegla IV [Togbe] ()", "person Garba Dan-Iya [Malam] ()", "person Ravindran a/l Subramaniam [Asst Comm] ()"},
			[]string{"Adzima Kpegla IV person 1 Togbe Adzima Kpegla IV", "Garba Dan-Iya person 1 Malam Garba Dan-Iya", "Ravindran a/l Subramaniam person 1 Asst Comm Ravindran a/l Subramaniam"}},
		{"Hausa's and the Philippines' forms of address are no part of the name",
			"{s1 Malama Binta Usman} {c1 said} {t1 she was afraid}. {s2 Direk Manuel Quiambao} {c2 said} {t2 the envelopes were sealed}. {s3 Kuya Ben Tulfo} {c3 said} {t3 the show would go on}.",
			[]string{"person Binta Usman [Malama] ()", "person Manuel Quiambao [Direk] ()", "person Ben Tulfo [Kuya] ()"},
			[]string{"Binta Usman person 1 Malama Binta Usman", "Manuel Quiambao person 1 Direk Manuel Quiambao", "Ben Tulfo person 1 Kuya Ben Tulfo"}},
		{"the statement is the speaker's who spoke in it, a few paragraphs before",
			"In a statement on Tuesday, {s1 its managing director, Opubo Tariah}, {c1 stated} {t1 that the yard had lost contracts}.\n\n{t2 \"We have no vessel on the slipway,\"} {s2 the statement} {c2 read}.",
			[]string{"person Opubo Tariah [managing director] ()", "person Opubo Tariah [managing director] ()"},
			[]string{"Opubo Tariah person 2 its managing director, Opubo Tariah|Opubo Tariah|the statement"}},
		{"a creek is a place: the age refers to the person before it",
			"Mrs Nguyen Thi Hoa has grown greens on five acres at Kemps Creek since 1983. {t1 \"We came here for the quiet,\"} {s1 the 61-year-old} {c1 said}.",
			[]string{"person Nguyen Thi Hoa [Mrs] ()"},
			[]string{"Nguyen Thi Hoa person 1 Mrs Nguyen Thi Hoa|the 61-year-old"}},
		{"a title's initials in capitals, its words in lower case",
			"{s1 KADA managing director Peter Chirchir} {c1 told} {t1 journalists the costs rose}. {t2 \"We built a runway,\"} {s2 the MD} {c2 said}.",
			[]string{"person Peter Chirchir [KADA managing director] ()", "person Peter Chirchir [KADA managing director] ()"},
			[]string{"Peter Chirchir person 2 KADA managing director Peter Chirchir|Peter Chirchir|the MD|MD"}},
		{"a surname with its elided particle in one word is a name",
			"Incumbent Coun. Marc-André d'Entremont won the draw. {t1 \"I'd rather win by one,\"} {s1 d'Entremont} {c1 said}.",
			[]string{"person Marc-André d'Entremont [] ()"},
			[]string{"Marc-André d'Entremont person 1 Marc-André d'Entremont|d'Entremont"}},
		{"a longer role's initials are an agency's too",
			"{s1 White House national security adviser Jake Sullivan} {c1 said} {t1 the talks went well}. {s2 The NSA} {c2 said} {t2 it had no comment}.",
			[]string{"person Jake Sullivan [White House national security adviser] ()", "organization NSA [] ()"},
			[]string{"Jake Sullivan person 1 White House national security adviser Jake Sullivan|Jake Sullivan", "NSA organization 1 The NSA|NSA"}},
		{"a statement no attribution spoke through is nobody's known",
			"{s1 Police} {c1 said in a statement} {t1 that the man was arrested}. His lawyer, Jane Roe, issued a statement on Monday. {s2 The statement} {c2 said} {t2 her client was innocent}.",
			[]string{"organization Police [] ()", "anonymous The statement [] (The statement)"},
			[]string{"Police organization 1 Police", "The statement anonymous 1 The statement"}},
		{"nor one four paragraphs back",
			"{s1 Fox News} {c1 said in a statement} {t1 that talks had ended}.\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\n{s2 The statement} {c2 added} {t2 that it was sorry}.",
			[]string{"organization Fox News [] ()", "anonymous The statement [] (The statement)"},
			[]string{"Fox News organization 1 Fox News", "The statement anonymous 1 The statement"}},
		{"a lede's indefinite role with two holders named later is neither",
			"A Clare county councillor has called for a review.\n\n{s1 A Clare county councillor} {c1 has called for} {t1 a full review of school transport}.\n\nCllr Pádraig Ó Loingsigh and Cllr Máire Ní Bhriain visited the site on Tuesday.",
			[]string{"anonymous A Clare county councillor [] (A Clare county councillor)"},
			[]string{"A Clare county councillor anonymous 1 A Clare county councillor"}},
		{"a lede's indefinite role is the one person the text names later in that role",
			"A Clare county councillor has called for a review.\n\n{s1 A Clare county councillor} {c1 has called for} {t1 a full review of school transport}.\n\n{t2 'It was a miracle nobody was killed'}, {c2 said} {s2 Cllr Pádraig Ó Loingsigh}.",
			[]string{"person Pádraig Ó Loingsigh [Cllr] ()", "person Pádraig Ó Loingsigh [Cllr] ()"},
			[]string{"Pádraig Ó Loingsigh person 2 A Clare county councillor|Cllr Pádraig Ó Loingsigh"}},
		{"and so after a conjunction that opens the statement's sentence",
			"Drivers for the ride-hailing app Kabu blocked a road.\n\nBut in a statement signed by its head of communications, {s1 Kabu} {c1 said} {t1 the commission funds insurance}.\n\n{s2 The statement} {c2 urged} {t2 drivers to use dialogue}.",
			[]string{"organization Kabu [] ()", "organization Kabu [] ()"},
			[]string{"Kabu organization 2 Kabu|Kabu|The statement"}},
		{"Malaysia's two-word honorific is a title; its first word alone is a family name",
			"{s1 Its president, Tan Sri Wong Kah Mun,} {c1 said} {t1 galleries lacked alarms}. {s2 Tan Wei Ling} {c2 said} {t2 it was fine}.",
			[]string{"person Wong Kah Mun [Tan Sri] ()", "person Tan Wei Ling [] ()"},
			[]string{"Wong Kah Mun person 1 Its president, Tan Sri Wong Kah Mun,|Tan Sri Wong Kah Mun", "Tan Wei Ling person 1 Tan Wei Ling"}},
		{"an anonymous source, then the same one by a definite description",
			"{s1 A senior official} {c1 said} {t1 the talks would go on}. {s2 The official} {c2 added} {t2 that they were useful}.",
			[]string{"anonymous A senior official [] (A senior official)", "anonymous A senior official [] (A senior official)"},
			[]string{"A senior official anonymous 2 A senior official|The official"}},
		{"a capital stands for its government; a wire service speaks as a body",
			"{s1 Tehran} {c1 said} {t1 the talks would go on}. {s2 Reuters} {c2 reported} {t2 that they had stalled}.",
			[]string{"organization Tehran [] ()", "organization Reuters [] ()"},
			[]string{"Tehran organization 1 Tehran", "Reuters organization 1 Reuters"}},
		{"an unnamed document is anonymous, and what it refers to",
			"{s1 One study in 38 people} {c1 found} {t1 that meals mattered}. {s2 It} {c2 showed} {t2 that sleep did too}.",
			[]string{"anonymous One study in 38 people [] (One study in 38 people)", "anonymous One study in 38 people [] (One study in 38 people)"},
			[]string{"One study in 38 people anonymous 2 One study in 38 people|It"}},
		{"a body's noun opening a sentence is no author of a document",
			"{s1 Court records} {c1 show} {t1 that she paid it back}.",
			[]string{"anonymous Court records [] (Court records)"},
			[]string{"Court records anonymous 1 Court records"}},
		{"prosecutors are people unnamed, not a body",
			"{s1 Prosecutors} {c1 said} {t1 the money was gone}.",
			[]string{"anonymous Prosecutors [] (Prosecutors)"},
			[]string{"Prosecutors anonymous 1 Prosecutors"}},
		{"a team of people unnamed is anonymous, and so is the team later",
			"{s1 An international team of astronomers} {c1 has found} {t1 that the star is dying}. {c2 According to} {s2 the team}, {t2 it has a million years left}.",
			[]string{"anonymous An international team of astronomers [] (An international team of astronomers)", "anonymous An international team of astronomers [] (An international team of astronomers)"},
			[]string{"An international team of astronomers anonymous 2 An international team of astronomers|the team"}},
		{"a body first named in capitals takes the case of the text",
			"HOME DEPOT INC\n{s1 Home Depot} {c1 said} {t1 sales would grow}.",
			[]string{"organization Home Depot [] ()"},
			[]string{"Home Depot organization 1 HOME DEPOT INC|Home Depot"}},
		{"a pronoun with nothing to refer to",
			"{s1 They} {c1 said} {t1 the talks would go on}.",
			[]string{"pronoun - [] ()"}, nil},
		{"a report by an agency: the agency speaks",
			"{s1 A report by Reuters} {c1 said} {t1 the talks would go on}.",
			[]string{"organization Reuters [] ()"},
			[]string{"Reuters organization 1 A report by Reuters|Reuters"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := fixture(t, tt.text)
			runPasses(t, d, "boilerplate", "admit", "order", "speakers")
			var sources []string
			for _, a := range d.atts {
				name := "-"
				if a.Speaker != None {
					name = d.speakers[a.Speaker].Name
				}
				sources = append(sources, fmt.Sprintf("%s %s [%s] (%s)", a.Kind, name, a.Title, a.Description))
			}
			if !slices.Equal(sources, tt.sources) {
				t.Errorf("sources %q, want %q", sources, tt.sources)
			}
			var speakers []string
			for _, s := range d.speakers {
				var ms []string
				for _, m := range s.Mentions {
					ms = append(ms, d.spans(m))
				}
				speakers = append(speakers, fmt.Sprintf("%s %s %d %s", s.Name, s.Kind, s.Attributions, strings.Join(ms, "|")))
			}
			if !slices.Equal(speakers, tt.speakers) {
				t.Errorf("speakers %q, want %q", speakers, tt.speakers)
			}
		})
	}
}

// TestLedeWithheld: a lede that describes its speaker without a name
// gives the name below, as the next speaker; not one news keeps
// anonymous, nor a bare epithet of someone the reader knows.
func TestLedeWithheld(t *testing.T) {
	testSpeakers(t, []speakerCase{
		{"a role of a named place, named as the next speaker below",
			"Theatre loses grant\n\n{s1 The director of Stockton's Riverside Playhouse} {c1 has accused} {t1 arts chiefs of stabbing a small theatre in the back after its annual grant was axed}.\n\n" +
				"{t2 \"We were promised the grant was safe,\"} {s2 Mrs Jasbir Dhillon, who has run the theatre since 1988,} {c2 said}.",
			[]string{"person Jasbir Dhillon [Mrs]", "person Jasbir Dhillon [Mrs]"}},
		{"an indefinite description of a trade",
			"Wind farm row\n\n{s1 A Connemara sheep farmer} {c1 has claimed} {t1 that residents of the valley were never consulted about plans for a wind farm}.\n\n" +
				"{s2 Pádraig Ó Flatharta, whose family has farmed there for four generations,} {c2 told} the Sentinel {t2 that surveyors walked his land}.",
			[]string{"person Pádraig Ó Flatharta []", "person Pádraig Ó Flatharta []"}},
		{"an official news keeps anonymous stays so",
			"Talks stall\n\n{s1 A senior official} {c1 said} {t1 the talks had stalled over the price of gas and the route of the pipeline}.\n\n" +
				"{s2 Energy Minister John Okafor} {c2 said} {t2 a deal was near}.",
			[]string{"anonymous A senior official []", "person John Okafor [Energy Minister]"}},
		{"nor one the next speaker's role contradicts",
			"Blast toll rises\n\n{s1 A nurse who treated victims of the blast} {c1 said} {t1 the hospital had run out of blood and bandages by midnight}.\n\n" +
				"{s2 Dr Ahmed Khan, the hospital's director,} {c2 said} {t2 40 people had died}.",
			[]string{"anonymous A nurse who treated victims of the blast []", "person Ahmed Khan [hospital's director]"}},
		{"a bare epithet stays one",
			"Debate night\n\n{s1 The New Jersey governor} {c1 told} {t1 the crowd that sooner or later the hard work of a campaign starts to pay off}.\n\n" +
				"{s2 Bobby Jindal} {c2 said} {t2 he would stay in the race}.",
			[]string{"anonymous The New Jersey governor []", "person Bobby Jindal []"}},
	})
}
