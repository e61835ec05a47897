package whosaid_test

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid"
)

// TestOrdinaryTextKeepsItsSpeakers holds the answers on ordinary news
// text that rules for long articles once got wrong (a reviewer's cases,
// docs/RESOLVE.md): each source keeps its speaker and kind, or at least
// is not given to the one named.
func TestOrdinaryTextKeepsItsSpeakers(t *testing.T) {
	tests := []struct {
		name, text, source string
		speaker, not       string
		kind               whosaid.Kind
	}{
		{"a name in a reporter's question is not who answers it",
			"Ban Ki-moon believes the threshold will be reached by the end of 2017, if not sooner.\n\nAsked whether he was concerned that Donald Trump, the presumptive Republican presidential nominee, could be the next occupant of the White House, Ban demurred.\n\n\"When it comes to the environment, there is no political ideology,\" he said.",
			"he", "Ban Ki-moon", "Donald Trump", ""},
		{"a union's office after \"its\" within the sentence that names the union",
			"Dockworkers began an indefinite strike on Monday.\n\nSpeaking to journalists at the union's secretariat on Warehouse Road, its President-General, Comrade Babatunde Adeyemi, said the strike would continue.\n\n\"What else do they want us to do?\" the union boss asked.",
			"the union boss", "Babatunde Adeyemi", "", whosaid.Person},
		{"\"she\" is no road's, which no sign says is a person and an article places as a thing",
			"Officers arrested Mrs Ruth Adeyemi over two fibre cuts on the Lagos–Ibadan Expressway.\n\n\"I did nothing wrong,\" she said.",
			"she", "Ruth Adeyemi", "Ibadan Expressway", whosaid.Person},
		{"nor is a person's description a thing's, though the thing is named in the description's relative clause",
			"Adaeze Okafor won the junior final on Sunday.\n\nThe teenager, who came through three rounds of qualifying to reach her first Grand Slam main draw, said she was proud.",
			"The teenager", "Adaeze Okafor", "Grand Slam", whosaid.Person},
		{"a first name before a place's word is a place's, no woman's",
			"Officers arrested Adaeze Okafor at a bank in Victoria Island, Lagos, on Monday.\n\n\"I did nothing wrong,\" she said.",
			"she", "Adaeze Okafor", "Victoria Island", whosaid.Person},
		{"a name after \"named as\" is a person's",
			"Inspector John Doe led the raid. The suspect was named as Oluwaseun Adeyemi-Bakare. He said he had been framed.",
			"He", "Oluwaseun Adeyemi-Bakare", "John Doe", whosaid.Person},
		{"a place's word that is a family name too ends a person's name",
			"Bruce Arena said the team had lacked intensity. He said the players were tired.",
			"He", "Bruce Arena", "", whosaid.Person},
		{"but a name of no known gender is a person's where no article or preposition places it",
			"Tom Garcia said the poll was fair.\n\nKanji Mal Bheel lost two grandsons in February. \"They were too weak,\" he said.",
			"he", "Kanji Mal Bheel", "Tom Garcia", whosaid.Person},
		{"a chess title's letters before a name", "IM Paolo Dimaculangan said he had lost on time.\n\nPaolo said he would not quit.", "Paolo", "Paolo Dimaculangan", "", whosaid.Person},
		{"a radio station's letters are no title", "Capital FM Nairobi reported that three people had died in the crash. Kiss FM Kenya said its presenter had been suspended.", "Kiss FM Kenya", "Kiss FM Kenya", "", whosaid.Organization},
		{"nor is a musician's Grandmaster", "Grandmaster Flash said the album would be his last.", "Grandmaster Flash", "Grandmaster Flash", "", whosaid.Person},
		{"a carmaker's letters are its name, no title", "General Motors (GM) said sales fell. GM also said it would cut jobs.", "GM", "General Motors", "", whosaid.Organization},
		{"a given name between a family name and a suffix", "Indian weightlifter Laishram Pratima Devi was sent home on Friday.\n\nPratima told reporters she had never taken any banned substance.", "Pratima", "Laishram Pratima Devi", "", whosaid.Person},
		{"given names before Singapore's \"binte\"", "Nurul Huda binte Ismail said the clinic was closed.\n\nNurul Huda said it would reopen.", "Nurul Huda", "Nurul Huda binte Ismail", "", whosaid.Person},
		{"a name's abbreviation keeps its point", "Ma. Cristina Abad-Santos said the fares would rise.\n\nThe fares will rise, said Ramon Dizon Sr.", "Ma. Cristina Abad-Santos", "Ma. Cristina Abad-Santos", "", whosaid.Person},
		{"a suffix's point at a sentence's end is the name's", "The fares will rise, said Ramon Dizon Sr.", "Ramon Dizon Sr", "Ramon Dizon Sr.", "", whosaid.Person},
		{"a surname's last letters are no abbreviation", "The ruling was unfair, said Jack Ma.", "Jack Ma", "Jack Ma", "", whosaid.Person},
		{"another body's \"its\" is no union's office", "The National Union of Mineworkers (NUM) said it would strike on Monday. Mining group Lonmin said its chairman, Brian Gilbertson, would meet workers on Tuesday.\n\n\"We will not back down,\" the union boss said.", "the union boss", "", "Brian Gilbertson", ""},
		{"nor does it hide the union's own officer", "The National Union of Mineworkers (NUM) said it would strike on Monday. NUM general secretary Frans Baleni said talks had failed. Mining group Lonmin said its chairman, Brian Gilbertson, would meet workers on Tuesday.\n\n\"We will not back down,\" the union boss said.", "the union boss", "Frans Baleni", "", whosaid.Person},
		{"an inner word of a known name that a description introduces is someone new", "Former president Susilo Bambang Yudhoyono attended the ceremony. Bambang, a farmer from Central Java, said the harvest had been poor.", "Bambang", "", "Susilo Bambang Yudhoyono", ""},
		{"so is one a kin word introduces", "Qatar's Emir Sheikh Tamim bin Hamad Al Thani met the delegation on Monday. His father, Sheikh Hamad, said in 2013 that the country would host the World Cup.", "His father", "", "Tamim bin Hamad Al Thani", ""},
		{"the subject just before is not who speaks of them", "Thabo Nkosi was shot dead outside his home on Sunday.\n\n\"He was a kind man,\" the neighbour said.", "the neighbour", "", "Thabo Nkosi", ""},
		{"a surname a country's possessive places is a person's", "Serbia's Djokovic said he was tired after the match.", "Djokovic", "Djokovic", "", whosaid.Person},
		{"a group's name ending in a noun of persons after a first name", "The Jonas Brothers said they would cancel the rest of the tour.", "Jonas Brothers", "Jonas Brothers", "", whosaid.Organization},
		{"a rank's letters before a name that ends in a place's word", "DSP Grace Park said the suspects were arrested.", "Grace Park", "Grace Park", "", whosaid.Person},
		{"a body's letters before a place, a relative after it", "NHS Kelvin Valley, which runs the hospital, said it had faced record demand.", "NHS Kelvin Valley", "NHS Kelvin Valley", "", whosaid.Organization},
		{"a town's name before a colon is no link's label",
			"Knife crime rises across the South\n\nPolice forces reported rises in knife crime last year.\n\nReading: Thames Valley Police said 312 offences were recorded, up from 260.",
			"Thames Valley Police", "Thames Valley Police", "", whosaid.Organization},
		{"a story's paragraph with footage by a witness is no caption",
			"Man charged over shop fire\n\nA man has been charged with arson.\n\nSuffolk Police said officers had identified him from footage by a witness.",
			"Suffolk Police", "Suffolk Police", "", whosaid.Organization},
		{"a sum in a title-case headline is no listing's price", "Treasury: £22bn Black Hole in Public Finances\n\nThe Chancellor said the figures were worse than expected.", "Treasury", "Treasury", "", whosaid.Organization},
		{"a role before a comma is not the subject's after it",
			"Judge Sarah Whitfield jailed the former accountant for six years.\n\nIn a letter to the judge, Martin Doyle said he was deeply ashamed.\n\nThe judge said his remorse had come too late.",
			"The judge", "Sarah Whitfield", "", whosaid.Person},
		{"a role after a name, apposed after a preposition",
			"The chancellery rejected a push by Barbara Hendricks, the environment minister, to phase out coal.\n\nThe environment minister said she would try again.",
			"The environment minister", "Barbara Hendricks", "", whosaid.Person},
		{"a role that opens a clause after a name is not the name's",
			"Supporters packed the hall on Monday.\n\nReplying to Martin Doyle, the chairman of the supporters' trust said the accounts were sound.\n\nThe chairman said the club would publish its accounts.",
			"The chairman", "", "Martin Doyle", ""},
		{"a place named after the verb is not the place of the description",
			"Dr Alan Reid, an emergency consultant in Aberdeen, said patients from Dundee were being sent north.\n\nThe Dundee consultant said the delays were putting lives at risk.",
			"The Dundee consultant", "", "Alan Reid", ""},
		{"a place in the next sentence is not the place of the description",
			"Patients were seen by Dr Alan Reid, an emergency consultant. Dundee patients waited for hours.\n\nThe Dundee consultant said the delays were putting lives at risk.",
			"The Dundee consultant", "", "Alan Reid", ""},
		{"a review of a report is about it, not the report's author",
			"The Lagos State Government released its report last week. A review of the government's report found that 40 percent of the data was missing.",
			"A review", "", "Lagos State Government", ""},
		{"a body's name after \"the\" is no office a person holds",
			"The Speaker of the House of Representatives, Femi Gbajabiamila, received the bill. In a statement, the House of Representatives said the bill would be debated next week.",
			"the House of Representatives", "", "Femi Gbajabiamila", whosaid.Organization},
		{"a force's noun is no short name of its officers' association",
			"The Police Federation said its members had been left exposed. Police said six people had been arrested.",
			"Police", "", "Police Federation", ""},
		{"a club is no body whose name joins words",
			"Striker quits over abuse\n\nThe striker said he had reported the abuse. Human Rights Watch and Reporters Without Borders issued statements.\n\nThe club said it was investigating.",
			"The club", "", "Reporters Without Borders", ""},
		{"a deck's title is the title's person, not the restating speaker",
			"Floods hit Lismore for second time\n\nMayor says flood warning came too late for residents\n\nThousands of homes were flooded on Monday.\n\nNSW Emergency Services Minister Jihad Dib said the flood warning came in plenty of time for residents.\n\nLismore Mayor Steve Krieg said the warning had come too late.",
			"Mayor", "Steve Krieg", "", whosaid.Person},
		{"a lower-case \"against\" joins no body's name to a person's",
			"The charges filed by the Anti-Corruption Commission against Tan Sri Ahmad Zahid were dropped. Tan Sri Ahmad Zahid said he was innocent.",
			"Tan Sri Ahmad Zahid", "Ahmad Zahid", "", whosaid.Person},
		{"a firm named for its trade in the plural", "Glenmorven Distillers said it was reviewing all aspects of its sponsorship.", "Glenmorven Distillers", "Glenmorven Distillers", "", whosaid.Organization},
		{"a trade's plural alone is people of the trade", "Exporters at the auction said Egyptian buyers had bid cautiously.", "Exporters at the auction", "", "", whosaid.Anonymous},
		// The tenth session's reviewer's cases (docs/RESOLVE.md).
		{"a currency's abbreviation that ends a sentence ends it", "Fuel prices rise\n\nThe price of petrol rose to 300 Rs. The minister said the increase was unavoidable.", "The minister", "The minister", "", whosaid.Anonymous},
		{"the collector varies the name of the one quoted, who holds no other role",
			"Glass hoard\n\nJane Smith has spent 30 years buying Victorian glass.\n\n\"It is a passion,\" Smith said.\n\n\"I will never sell a single piece,\" the collector added.",
			"the collector", "Jane Smith", "", whosaid.Person},
		{"a profession after a kin quoted is someone new",
			"Boy recovers\n\nTen-year-old Sam Patel was rushed to St Mary's Hospital after the crash.\n\n\"I was terrified,\" said his mother, Anita Patel.\n\nThe surgeon said the operation had gone well and Sam would make a full recovery.",
			"The surgeon", "", "Anita Patel", ""},
		{"a profession after a councillor quoted is someone new",
			"Bridge closed\n\nCouncillor Ruth Evans said residents were furious about the closure.\n\n\"We were given no warning,\" Evans said.\n\nThe engineer said cracks had been found in two of the bridge's supports.",
			"The engineer", "", "Ruth Evans", ""},
		{"a plain epithet after a mayor's visit is the one quoted",
			"Floods hit Elm Street\n\nMargaret Lowe, 74, has lived on Elm Street for 40 years.\n\n\"The water came up to the windows,\" Lowe said.\n\nMayor Tom Hill toured the street on Tuesday afternoon.\n\n\"We have lost everything we owned,\" the retired nurse said.",
			"the retired nurse", "Margaret Lowe", "", whosaid.Person},
		// The second reviewer of the session of 2026-12-08 from 00:42.
		{"a role after the defendant spoke is the judge, no one quoted",
			"Darren Price, 34, admitted the assault at Leeds Crown Court on Monday. \"I am deeply sorry for what I did,\" Price told the court.\n\nThe judge said he would pass sentence next month.",
			"The judge", "", "Darren Price", whosaid.Anonymous},
		{"a role of someone introduced by its title is not the one quoted since",
			"Sen. Lindsey Graham introduced the bill on Tuesday. Democrats were furious. \"It is a disgrace,\" Chuck Schumer said.\n\nThe South Carolina senator said he would not back down.",
			"The South Carolina senator", "", "Chuck Schumer", ""},
		{"a local office after a witness spoke is the office-holder, no one quoted",
			"John Smith said he heard three shots. The Fulton County sheriff said deputies arrived at 3 a.m.",
			"The Fulton County sheriff", "", "John Smith", whosaid.Anonymous},
		{"a capitalized word opening a quotation is no first name unless a verb follows",
			"Carol Davies runs the farm with her husband.\n\nMark Davies said the flood had ruined the crop. \"Mark my words, this will happen again,\" Davies said.",
			"Davies", "Mark Davies", "", ""},
		{"a relative who has spoken keeps the surname",
			"Coach Dan Moore said the defence had let the team down.\n\nHis son, Jake Moore, the quarterback, threw two interceptions. Jake Moore said the loss hurt. \"I have to be better,\" Moore said.",
			"Moore", "Jake Moore", "", ""},
		{"a headline's label that speaks below as a common noun",
			"Defence: 'My client acted in self-defence'\n\nThe defence told the court on Monday that the accused had been attacked first.",
			"Defence", "", "", ""},
		{"a headline's label whose possessive names it below",
			"Target: 'We will not pull the Pride range'\n\nTarget's chief executive, Brian Cornell, said the retailer would not pull the range. The company missed its sales target for the quarter.",
			"Target", "", "", ""},
		{"a peer's style before an office is no name",
			"The Lord Chancellor said the courts were underfunded.",
			"The Lord Chancellor", "", "Lord Chancellor", ""},
		{"an adjective's \"Outside\" opens the subject",
			"Outside experts, some of them former regulators, said the plan was flawed.",
			"Outside experts", "", "", whosaid.Anonymous},
		{"a headline's label of a group can speak",
			"Family: 'He was a gentle soul'\n\nThe family of a man killed in a crash on the A30 has paid tribute to him.",
			"Family", "", "", ""},
		{"a headline's label that speaks below by name",
			"Target: 'We missed our sales target'\n\nTarget said on Wednesday that sales fell 3 percent, short of its target.",
			"Target", "", "", ""},
		{"First Lady is no peer's style",
			"First Lady Biden said the programme would help military families.",
			"First Lady Biden", "Biden", "", ""},
		{"an adjective opening the headline is no name of the one quoted below",
			"Young people priced out of housing market, says expert\n\nYoung people are being priced out of the housing market, according to new research.\n\n\"A whole generation has given up on owning a home,\" said Prof Helen Young of the University of Bristol.",
			"expert", "Helen Young", "", ""},
		{"a headline's description is no one its content names",
			"Saavedra win 'clean and fair', says promoter\n\nGENERAL SANTOS CITY — Roberto Saavedra, 22, took the title on Saturday night.\n\n\"We did it!\" the 22-year-old shouted from the ring apron.",
			"promoter", "", "Roberto Saavedra", ""},
		{"an outgoing office-holder is no one known",
			"New leader for party\n\nSipho Dlamini was elected leader of the opposition on Saturday.\n\n\"We will fight for every job,\" Dlamini said.\n\n\"I leave the party in good hands,\" the outgoing party leader said.",
			"the outgoing party leader", "", "", whosaid.Anonymous},
		{"the union leader is no minister who met the union",
			"Teachers threaten strike\n\nEducation Secretary Gavin Williamson met leaders of the National Education Union on Monday to discuss pay.\n\n\"The talks were constructive,\" Williamson said.\n\nBut the union leader said members would strike in March unless the offer improved.",
			"the union leader", "", "Gavin Williamson", ""},
		{"a state's department is no state university's",
			"Measles outbreak\n\nResearchers at Ohio State University confirmed twelve cases on Monday.\n\nThe state's health department said vaccination clinics would open this week.",
			"The state's health department", "", "Ohio State University", ""},
		{"a paper that published a memo is not its author",
			"Leak\n\nA memo the Daily Telegraph published on Sunday says the minister knew about the overspend.",
			"A memo", "", "Daily Telegraph", ""},
		{"a month that is a name is the agent", "Brexit row\n\nThe backstop plan was criticised by April Jones, who said it threatened the union.", "April Jones", "April Jones", "", whosaid.Person},
		{"a season inside a body's name is the agent", "Traffic plan\n\nThe proposal was criticised by the Spring Hill Residents Association, which said it would double traffic.", "Spring Hill Residents Association", "", "", whosaid.Organization},
		{"a retired officer's mark after the name", "Panel named\n\nJustice Mohammed Bello (retd) said the panel would sit in Abuja from Monday.", "Mohammed Bello", "Mohammed Bello", "", whosaid.Person},
		{"a speaker's colon before a claim of what others say",
			"Warren: Trump says one thing and does another\n\nSenator Elizabeth Warren attacked the president at a rally in Boston on Saturday.",
			"Warren", "Elizabeth Warren", "", whosaid.Person},
		{"a footballer's colon before what everyone says",
			"Klopp: Everyone says we are finished, but we are not\n\nLiverpool lost 3-0 at Anfield on Friday, their fourth defeat in a row.",
			"Klopp", "Klopp", "", whosaid.Person},
		{"a lede's description is not someone three paragraphs down",
			"Hospital inquiry\n\nA former nurse at Riverside Hospital has claimed that patients were left for hours without pain relief on the night shift.\n\nThe hospital was placed in special measures last year.\n\nThe health board began its own review in May and will publish it in the autumn.\n\nSarah Jones, whose father died at the hospital in 2019, said she was not surprised by the evidence.",
			"A former nurse", "", "Sarah Jones", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := whosaid.Extract(tt.text)
			var got *whosaid.Source
			for _, a := range d.Attributions {
				if a.Source != nil && a.Source.Text == tt.source || got == nil && a.Source != nil && strings.Contains(a.Source.Text, tt.source) {
					got = a.Source
				}
			}
			if got == nil {
				t.Fatalf("no attribution with the source %q", tt.source)
			}
			if tt.speaker != "" && got.Speaker != tt.speaker {
				t.Errorf("speaker %q, want %q", got.Speaker, tt.speaker)
			}
			if tt.not != "" && got.Speaker == tt.not {
				t.Errorf("speaker %q", got.Speaker)
			}
			if tt.kind != "" && got.Kind != tt.kind {
				t.Errorf("kind %s, want %s", got.Kind, tt.kind)
			}
		})
	}
}
