package resolve

import (
	"testing"
)

// TestDefiniteDescriptions: a definite description refers back to the
// entity introduced by it, of the kind its head allows; an age to the
// person the text is about; a role no one was introduced by stays
// anonymous.
func TestDefiniteDescriptions(t *testing.T) {
	testSpeakers(t, []speakerCase{
		{"whatever its noun, what a body calls its own speaks for it",
			"Westmeath County Council approved a bypass in 2019. {s1 Westmeath County Council's own capital programme} {c1 shows} {t1 the scheme has slipped}.",
			[]string{"organization Westmeath County Council []"}},
		{"a body named by its last word, though no lexicon knows the noun",
			"{s1 The Ghana Music Rights Guild} {c1 said} {t1 it would mediate}. {c2 According to} {s2 the guild}, {t2 disputes have doubled}.",
			[]string{"organization Ghana Music Rights Guild []", "organization Ghana Music Rights Guild []"}},
		{"the one union named, by its members' trade",
			"{s1 The Association of Sixth Form Teachers} {c1 said} {t1 the grades were unfair}. The board met on Monday. Parents protested. " +
				"{s2 The union} {c2 said} {t2 it would appeal}.",
			[]string{"organization Association of Sixth Form Teachers []", "organization Association of Sixth Form Teachers []"}},
		{"a role given in apposition",
			"{s1 Batbayar Dorj, a 46-year-old herder,} {c1 said} {t1 he had lost his goats}. " +
				"{t2 \"My father lived through it,\"} {s2 the herder} {c2 told} reporters.",
			[]string{"person Batbayar Dorj [46-year-old herder]", "person Batbayar Dorj [46-year-old herder]"}},
		{"an age names no one new",
			"{s1 Tomás Ferrer, who plays the eldest brother,} {c1 said} {t1 he lost 14 kilos}. " +
				"{t2 \"I ate dust for a year,\"} {s2 the 38-year-old} {c2 said}.",
			[]string{"person Tomás Ferrer []", "person Tomás Ferrer []"}},
		{"an age refers to the one person the text gave it, not the last one named",
			"Alasdair Munro-Kerr, 61, ran the project. Fiona MacAulay, counsel to the inquiry, asked about it. {s1 The 61-year-old} {c1 said} {t1 he was never told}. " +
				"Kojo Appiah-Kubi (28), who performs as Obaapa Boy, sued. {s2 The 28-year-old} {c2 said} {t2 he was owed money}.",
			[]string{"person Alasdair Munro-Kerr []", "person Kojo Appiah-Kubi []"}},
		{"an age after a name in the text",
			"In the men's race, Josphat Lagat won easily. {s1 The 23-year-old police constable} {c1 said} {t1 he was happy}.",
			[]string{"person Josphat Lagat []"}},
		{"a body's noun refers to a body, not to a person who holds its name",
			"{s1 Eastbrook Shire Council's coastal services manager, Andrew Pham,} {c1 said} {t1 the beach would reopen}. " +
				"{s2 The council} {c2 has said} {t2 nets kill dolphins}.",
			[]string{"person Andrew Pham [Eastbrook Shire Council's coastal services manager]", "organization Eastbrook Shire Council []"}},
		{"an adverb inside the description: its head is the noun",
			"Mayor Ann Lee won a second term. {s1 The newly re-elected mayor} {c1 said} {t1 the vote was close}. " +
				"{s2 Donald J. Trump's newly installed campaign chief} {c2 said} {t2 the race was over}.",
			[]string{"person Ann Lee [Mayor]", "anonymous Donald J. Trump's newly installed campaign chief []"}},
		{"a participle the tagger took for a past tense opens an apposition's phrase",
			"The trial opened on Monday. {s1 The Crown's first witness, retired schoolteacher Ruth Abernathy, 81,} {c1 testified} {t1 that she paid him}.",
			[]string{"person Ruth Abernathy [schoolteacher]"}},
		{"a body's noun before a document's noun speaks for the body of that kind",
			"The Rift Premier League began in 2019. {s1 League figures} {c1 show} {t1 that attendance has risen}. " +
				"{s2 Court records} {c2 show} {t2 that the club was fined}.",
			[]string{"organization Rift Premier League []", "anonymous Court records []"}},
		{"a noun that ends a body's name, before a document's noun, speaks for that body; not one noun of several",
			"The Sangre de Cristo Film Festival opened on Friday. {s1 Festival figures} {c1 show} {t1 that sales fell}. " +
				"{s2 A city festival report} {c2 found} {t2 that costs rose}.",
			[]string{"organization Sangre de Cristo Film Festival []", "anonymous A city festival report []"}},
		{"a body's order speaks for the body",
			"The Philippine Data Privacy Commission fined the lender. {s1 The commission's 14-page order} {c1 said} {t1 the app had harvested contact lists}.",
			[]string{"organization Philippine Data Privacy Commission []"}},
		{"a document named before as its owner's speaks for the owner",
			"{s1 The Midlands Health Group} {c1 published} {t1 its long-awaited review} last month. " +
				"{s2 The review} {c2 recommends} {t2 that all births be moved}.",
			[]string{"organization Midlands Health Group []", "organization Midlands Health Group []"}},
		{"a second apposition after a relative's name describes them too",
			"{s1 Her daughter, Aoife Ní Mhaoláin, a paramedic based in Birr,} {c1 says} {t1 crews are stretched}. {t2 \"We're the taxi service,\"} {s2 the paramedic} {c2 told} me.",
			[]string{"person Aoife Ní Mhaoláin [daughter]", "person Aoife Ní Mhaoláin [daughter]"}},
		{"the company: the business named before",
			"Shares of property developer Orchard Bay Holdings fell on Monday. {s1 The company} {c1 said} {t1 it had received no notice}.",
			[]string{"organization Orchard Bay Holdings []"}},
		{"the startup: the body introduced as one",
			"Quarry, a Lisbon-based startup that makes tax software, has raised $18 million. {s1 The startup} {c1 says} {t1 it has 60,000 users}.",
			[]string{"organization Quarry []"}},
		{"a document refers back to the one its author published",
			"{t1 Flamingos are dying}, {s1 a new study from Menengai University} {c1 says}. " +
				"{s2 The study} {c2 found} {t2 that the lake had warmed}.",
			[]string{"organization Menengai University []", "organization Menengai University []"}},
		{"an age refers back to an unnamed person too",
			"Dr Anita Rao said doctors were tired. {s1 A patient} {c1 said} {t1 she had waited 14 months}. " +
				"{t2 \"I can barely walk,\"} {s2 the 67-year-old} {c2 said}.",
			[]string{"anonymous A patient []", "anonymous A patient []"}},
		{"a family role names no one new",
			"{s1 Sarah Moyo, who lives next to the site,} {c1 said} {t1 she feared the noise}. " +
				"{s2 The mother of three} {c2 said} {t2 her children could not sleep}.",
			[]string{"person Sarah Moyo []", "person Sarah Moyo []"}},
		{"a family role after a possessive is someone else",
			"{s1 Sarah Moyo} {c1 said} {t1 she feared the noise}. {s2 Her father} {c2 said} {t2 she was right}.",
			[]string{"person Sarah Moyo []", "anonymous Her father []"}},
		{"a role no one was introduced by",
			"Mary Jones met John Smith. {s1 The spokeswoman} {c1 said} {t1 the talks went well}.",
			[]string{"anonymous The spokeswoman []"}},
		{"a description of the person just quoted, by a noun of persons",
			"{t1 \"He knew my date of birth,\"} {c1 said} {s1 Mrs Nguyen Thi Lan}. " +
				"{t2 \"He was so polite. He knew my bank. Why would I not believe him?\"} {c2 asked} {s2 the retired seamstress}.",
			[]string{"person Nguyen Thi Lan [Mrs]", "person Nguyen Thi Lan [Mrs]"}},
		{"a scientist's -ologist WordNet lacks",
			"{t1 \"It is arriving faster,\"} {c1 said} {s1 lead author Dr Hemi Parata}. {s2 The glaciologist} {c2 said} {t2 the lake had grown}.",
			[]string{"person Hemi Parata [Dr]", "person Hemi Parata [Dr]"}},
		{"an office named by a compound is someone the text brings in",
			"{s1 Mayor Ortiz} {c1 said} {t1 the ceremony would be short}. {s2 The harbour master} {c2 said} {t2 ships would wait}.",
			[]string{"person Ortiz [Mayor]", "anonymous The harbour master []"}},
		{"a describing word before the noun makes no office of it",
			"{s1 Sankofa's director, Dr Kofi Amankwah-Bediako,} {c1 cautioned} {t1 that the poll had a margin of error}. {t2 \"I would not bet my house on either of them,\"} {c2 said} {s2 the veteran pollster}.",
			[]string{"person Kofi Amankwah-Bediako [Sankofa's director]", "person Kofi Amankwah-Bediako [Sankofa's director]"}},
		{"a role of the class of the title a person was named with",
			"Iloilo City Rep. Jerome Sazon accused the agency of delay. {s1 The congressman} {c1 said} {t1 he would file a resolution}.",
			[]string{"person Jerome Sazon [Iloilo City Rep]"}},
		{"a description of a thing is no variation",
			"{s1 Ben Carson} {c1 said} {t1 he would win}. {s2 The ad} {c2 says} {t2 he is a healer}.",
			[]string{"person Ben Carson []", "anonymous The ad []"}},
		{"a description by someone's surname is someone else",
			"{s1 Jeff Weaver} {c1 said} {t1 Bernie Sanders would win}. {s2 The Sanders supporter} {c2 said} {t2 the vote was rigged}.",
			[]string{"person Jeff Weaver []", "anonymous The Sanders supporter []"}},
		{"a body's generic noun is the named body just quoted",
			"{s1 The Philippine Relief Alliance, a coalition of church charities,} {c1 said} {t1 evacuation centers were full}. " +
				"{s2 The group} {c2 warned} {t2 of outbreaks of disease}.",
			[]string{"organization Philippine Relief Alliance []", "organization Philippine Relief Alliance []"}},
		{"the agency is a public body named before, whatever its kind's word",
			"{s1 The National Sweepstakes Authority (NSA)} {c1 denied} {t1 that the draw was rigged}. " +
				"{s2 An internal report by the agency's draw committee} {c2 found} {t2 that a seal had worn}.",
			[]string{"organization National Sweepstakes Authority []", "organization National Sweepstakes Authority []"}},
		{"the league is the one body named whose name is a league's",
			"The final of the Riftline Championship Series was delayed by two hours. {s1 The league} {c1 said} {t1 a power fault was to blame}.",
			[]string{"organization Riftline Championship Series []"}},
		{"a business noun refers back to a name that ends in a business's word",
			"Hundreds queued to buy one of 64 homes at Dunbrody Homes' Fairyhill development. {s1 The developer} {c1 said} {t1 every home had been reserved}.",
			[]string{"organization Dunbrody Homes []"}},
		{"the hospital likewise",
			"Arkalon Valley Medical Center will stop delivering babies in July. {s1 The hospital} {c1 said} {t1 it could not hire nurses}.",
			[]string{"organization Arkalon Valley Medical Center []"}},
		{"a club's word opening another name is no club's",
			"The United Nations sent food to the camp. {s1 The club} {c1 said} {t1 the match would go ahead}.",
			[]string{"organization club []"}},
		{"nor is a company a council",
			"Tata Corporation bought the plot last year. {s1 The council} {c1 said} {t1 the sale was lawful}.",
			[]string{"organization council []"}},
		{"and the agency of a name with no kind's word",
			"{s1 Highways New Zealand} {c1 says} {t1 the bridge will stay closed}. " +
				"{s2 A report by the agency's own engineers} {c2 found} {t2 fatigue cracking}.",
			[]string{"organization Highways New Zealand []", "organization Highways New Zealand []"}},
		{"a body's noun owned by a possessive before a name is no word of that name",
			"{s1 Meridian Pacific Logistics} {c1 said} {t1 that net profit rose}. {s2 His daughter, executive director Tan Li Ling, who oversees the group's China operations,} {c2 said} {t2 the warehouse was leased}. " +
				"{s3 The group} {c3 announced} {t3 an interim dividend}.",
			[]string{"organization Meridian Pacific Logistics []", "person Tan Li Ling [executive director]", "organization Meridian Pacific Logistics []"}},
		{"a team named by a place and a plural is no person an age refers back to",
			"The side drew 2-2 with Sokoto Royals at the stadium. {s1 Chief Babatunde Olatunji} {c1 said} {t1 they would appeal}. " +
				"{t2 \"We will appeal,\"} {s2 the 68-year-old} {c2 told} reporters.",
			[]string{"person Babatunde Olatunji [Chief]", "person Babatunde Olatunji [Chief]"}},
		{"a body's name that says its kind is no other kind's",
			"{s1 Tipperary County Council} {c1 said} {t1 it would close the square}. {s2 The federation} {c2 said} {t2 farmers would bring tractors}.",
			[]string{"organization Tipperary County Council []", "organization federation []"}},
		{"a campaign is a person's, no body's just quoted",
			"{s1 The Tarrant County Democratic Party} {c1 said} {t1 turnout was high}. {s2 The campaign} {c2 said} {t2 it was pleased}.",
			[]string{"organization Tarrant County Democratic Party []", "organization campaign []"}},
		{"but an office is the one body the text named an office",
			"The Office of the Data Protection Commissioner has opened an inquiry. Mayor Jane Pike met its staff. {s1 The office} {c1 confirmed} {t1 it was notified}.",
			[]string{"organization Office of the Data Protection Commissioner []"}},
		{"a body's noun between an article and a name says its kind",
			"Fiona Kerr-Latham, chief executive of the charity Allergy Aware Australia, urged parents to check. " +
				"{s1 A survey of 1,100 parents by the charity} {c1 found} {t1 that most read labels}.",
			[]string{"organization Allergy Aware Australia []"}},
		{"but a place's word before a name is no kind of it",
			"Fiona Kerr-Latham wrote to the state Department of Education. {s1 The state} {c1 said} {t1 it would reply}.",
			[]string{"organization state []"}},
		{"a description of someone introduced with an indefinite article",
			"{s1 Loretta Lynch} {c1 said} {t1 she gave a talk to a client}. {s2 The client} {c2 asked} {t2 the young man}.",
			[]string{"person Loretta Lynch []", "anonymous The client []"}},
	})
}
