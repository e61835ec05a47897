package resolve

import (
	"testing"
)

// TestHeadlineTitles: a headline's source that is a title alone is the
// first person the text introduces with that title, else anonymous.
func TestHeadlineTitles(t *testing.T) {
	testSpeakers(t, []speakerCase{
		{"the title of a person named later",
			"{s1 Mayor}{c1 :} {t1 \"We will not abandon Lower Tarrangal\"}\n\nThe council met on Tuesday.\n\n" +
				"{s2 Mayor Kerri-Anne Fitzgibbon} {c2 said} {t2 the town would be rebuilt}.",
			[]string{"person Kerri-Anne Fitzgibbon [Mayor]", "person Kerri-Anne Fitzgibbon [Mayor]"}},
		{"an abbreviated title counts in full",
			"{s1 Councillor}{c1 :} {t1 \"We will not back down\"}\n\nThe council met on Tuesday.\n\n" +
				"{s2 Cr Wes Barnard} {c2 said} {t2 the levy would stay}.",
			[]string{"person Wes Barnard [Cr]", "person Wes Barnard [Cr]"}},
		{"a title in lower case before an inverted cue",
			"{t1 City systems could be down for weeks}, {s1 mayor} {c1 says}\n\nThe council met on Tuesday.\n\n" +
				"{s2 Mayor Carla Benavides-Hunt} {c2 said} {t2 the systems would return}.",
			[]string{"person Carla Benavides-Hunt [Mayor]", "person Carla Benavides-Hunt [Mayor]"}},
		{"a headline's description, the speaker of the lede that restates its claim",
			"{t1 Cholera outbreak under control}, {c1 says} {s1 exco man}\n\nIPOH, Sun. - Health officials met on Saturday.\n\n" +
				"{t2 The cholera outbreak in Ipoh is under control}, {c2 said} {s2 state health committee chairman Datuk Dr Ahmad Faizal Hashim}.",
			[]string{"person Ahmad Faizal Hashim [Datuk Dr]", "person Ahmad Faizal Hashim [Datuk Dr]"}},
		{"a deck under the title is read as the title is",
			"Stingrays axe Maloney after seven straight losses\n\n{s1 Sacked coach} {c1 says} {t1 he learned his fate by text message}\n\nThe Illawarra Stingrays have sacked coach Darren Maloney.\n\n" +
				"{s2 Maloney} {c2 said} {t2 he had been told by text message about the decision}.",
			[]string{"person Darren Maloney [sacked coach]", "person Darren Maloney [sacked coach]"}},
		{"a lede's kin who is named below, past a deck the lede is not",
			"'My mum lay 13 hours on a trolley', says son\n\nKelvin Royal misses four-hour A&E target for the 40th week in a row\n\nBy Eilidh MacInnes, Health Correspondent\n\n" +
				"{t1 AN 84-year-old grandmother lay on a trolley in a hospital corridor for more than 13 hours}, {s1 her son} {c1 has said}.\n\n" +
				"{s2 Callum Baird, 52, who drove through from Stirling,} {c2 said} {t2 his mother was left beside a fire door}.",
			[]string{"person Callum Baird []", "person Callum Baird []"}},
		{"a headline's body noun in lower case after a capitalized word is a description of the body below, and so is the lede's description it was taken for",
			"Blade fall: {s1 Windpower firm} {c1 says} {t1 turbines safe}\n\nPAGUDPUD - {s2 The operator of a 27-turbine wind farm here} {c2 has assured} residents {t2 that its turbines are safe}.\n\n" +
				"{s3 Rommel Dacanay, plant manager of Pagudpud Windpower Corp. (PWC),} {c3 said} {t3 a bolt had failed}.",
			[]string{"organization Pagudpud Windpower Corp []", "organization Pagudpud Windpower Corp []", "person Rommel Dacanay [plant manager of Pagudpud Windpower Corp]"}},
		{"a body's own name before its noun is no description of another body",
			"{s1 Unite union} {c1 says} {t1 bus strike will go ahead}\n\nBus drivers will walk out on Friday. {s2 The GMB Union} {c2 said} {t2 it would not join the action}.",
			[]string{"organization Unite union []", "organization GMB Union []"}},
		{"a headline's noun of a person is no body that restates its claim",
			"{t1 Penang population ageing fast}, {c1 says} {s1 census chief}\n\nGEORGE TOWN - The figures came out on Monday.\n\n" +
				"{c2 According to} {s2 the Population Census Bureau}, {t2 the Penang population is ageing fast}. " +
				"{s3 Census Commissioner Zainal Abidin} {c3 said} {t3 the island was changing}.",
			[]string{"person Zainal Abidin [Census Commissioner]", "organization Population Census Bureau []", "person Zainal Abidin [Census Commissioner]"}},
		{"a headline's document speaks for the body of the first document below",
			"{t1 Hedgehogs thrive in gardens with a gap}, {s1 study} {c1 finds}\n\nThe hedgehog is in decline.\n\n" +
				"{s2 The study, led by researchers at the University of Northmoor,} {c2 found} {t2 that gardens with a gap held more hedgehogs}.",
			[]string{"organization University of Northmoor []", "organization University of Northmoor []"}},
		{"a headline's document is no person the text quotes restating its claim",
			"{t1 Young voters expect to do better than their parents}, {s1 poll} {c1 finds}\n\nThe survey asked 1,000 people.\n\n" +
				"{t2 \"I expect to do better than my parents,\"} {c2 says} {s2 Diana Ruocco, 21, a student}.",
			[]string{"anonymous poll []", "person Diana Ruocco []"}},
		{"a headline's description of one person, the first person the text quotes below",
			"{t1 Fairweather was 'sabotaged'}, {c1 says} {s1 lawyer}\n\nThe swimmer was banned for two years.\n\n" +
				"{s2 Rosalind Nguyen-Hartley} {c2 told} {t2 a press conference that her client was the victim of sabotage}.",
			[]string{"person Rosalind Nguyen-Hartley []", "person Rosalind Nguyen-Hartley []"}},
		{"but not a person of another gender",
			"{t1 Fairweather was 'sabotaged'}, {c1 says} {s1 mother}\n\n{s2 Mr Tom Hartley} {c2 told} {t2 a press conference that his client was the victim of sabotage}.",
			[]string{"anonymous mother []", "person Tom Hartley [Mr]"}},
		{"a headline's body noun, the first body below whose name says it or a word that describes it",
			"{s1 Rail union}{c1 :} {t1 'We didn't want this'}\n\nThe strike began at dawn on the rail network.\n\n" +
				"The Marches Trains company cut services. {s2 The Rail and Transit Workers' Union} {c2 said} {t2 talks had failed}.",
			[]string{"organization Rail and Transit Workers' Union []", "organization Rail and Transit Workers' Union []"}},
		{"a headline's acronym, the body the text names by it below",
			"{s1 SALK}{c1 :} {t1 Rationing to last till end-April}\n\nBy STAFF\n\nPETALING JAYA: {s2 Syarikat Air Lembah Klang Bhd (SALK) chief executive officer Datuk Ahmad Faizal Hussein} {c2 told} a press conference {t2 that rationing would last}.",
			[]string{"organization Syarikat Air Lembah Klang Bhd []", "person Ahmad Faizal Hussein [Datuk]"}},
		{"a headline's noun of any body, whose name says nothing of it, the first body that speaks below",
			"{s1 Farmers' body}{c1 :} {t1 'Locusts ate our cotton'}\n\nRana Tariq\n\nMULTAN: Fresh swarms entered two districts on Monday.\n\n" +
				"{s2 The Kisan Welfare Alliance (KWA)} {c2 accused} {t2 the authorities of reacting late}.",
			[]string{"organization Kisan Welfare Alliance []", "organization Kisan Welfare Alliance []"}},
		{"a headline's body noun, the first body below whose name holds a noun that describes it; not a word of place",
			"{t1 Eyre blackout 'could have been avoided'}, {c1 says} {s1 consumer group}\n\nPower went out on Monday.\n\n" +
				"The Ohio State Grid Board met. {s2 The South Australian Energy Consumers Council} {c2 said} {t2 the outage was avoidable}.",
			[]string{"organization South Australian Energy Consumers Council []", "organization South Australian Energy Consumers Council []"}},
		{"a headline's body noun that a named body below restates",
			"{t1 Energy bills to rise in April}, {s1 regulator} {c1 confirms}\n\nHouseholds face a hard winter.\n\n" +
				"{s2 The Energy Markets Authority} {c2 said} {t2 energy bills would rise in April}.",
			[]string{"organization Energy Markets Authority []", "organization Energy Markets Authority []"}},
		{"a headline's noun of a person taken for a name, the one person below whose title holds it",
			"{s1 Keeper}{c1 :} {t1 'We cried when she stood up'}\n\nThe calf was born on Sunday night at the park.\n\n" +
				"{s2 Senior keeper Sione Taufa} {c2 said} {t2 the night had been long}.",
			[]string{"person Sione Taufa [Senior keeper]", "person Sione Taufa [Senior keeper]"}},
		{"a headline's title, the one person below who holds it",
			"{s1 Vice Gov}{c1 :} {t1 Budget veto a 'vendetta'}\n\nILOILO CITY - {s2 Vice Governor Ramon de los Santos Jr.} {c2 has accused} {t2 the governor of spite}.",
			[]string{"person Ramon de los Santos Jr. [Vice Governor]", "person Ramon de los Santos Jr. [Vice Governor]"}},
		{"the description a lede's speaker took over keeps its other attributions",
			"{s1 Trump’s Son} {c1 Says} {t1 The Battle Against Hillary Will Be Unprecedented}.\n\nAs Donald Trump began tweeting, {s2 his son} {c2 said} {t2 The Donald is just getting started}. {s4 Critics} {c4 called} {t4 it noise}.\n\n" +
				"{s3 Eric Trump, son of the Republican front-runner,} {c3 said} {t3 the battle against Hillary will be unprecedented}.",
			[]string{"person Eric Trump [son]", "anonymous Trump’s Son []", "anonymous Critics []", "person Eric Trump [son]"}},
		{"but no group's",
			"{s1 Millennials} {c1 say} {t1 the economy is rigged}\n\nThe survey came out on Monday.\n\n" +
				"{s2 The Pew Research Center} {c2 found} {t2 that the economy is rigged against the young}.",
			[]string{"anonymous Millennials []", "organization Pew Research Center []"}},
		{"no one with the title: the first person the text quotes",
			"{s1 Lawmaker}{c1 :} {t1 \"Retaliate now\"}\n\nCongress met on Tuesday.\n\n" +
				"{s2 Adam Schiff} {c2 said} {t2 Russia must pay}.",
			[]string{"person Adam Schiff []", "person Adam Schiff []"}},
		{"no one with the title and no person quoted among the first three below: an anonymous person",
			"{s1 Lawmaker}{c1 :} {t1 \"Retaliate now\"}\n\n{s2 The White House} {c2 said} {t2 talks went on}. {s3 The Pentagon} {c3 said} {t3 ships sailed}. " +
				"{s4 The embassy} {c4 said} {t4 staff were safe}. {s5 Adam Schiff} {c5 said} {t5 Russia must pay}.",
			[]string{"anonymous - []", "organization White House []", "organization Pentagon []", "organization embassy []", "person Adam Schiff []"}},
	})
}
