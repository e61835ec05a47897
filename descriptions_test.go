package whosaid_test

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid"
)

// TestDescriptionsReferBack: a description that comes back to someone
// far from their introduction in a long article ("the presiding
// commissioner") is the one the text introduced by its words, though
// another holder of the same office stands between.
func TestDescriptionsReferBack(t *testing.T) {
	tests := []struct {
		name, text, source, speaker string // source: how the source's text begins
		kind                        whosaid.Kind
	}{
		{
			"an office in capitals after a name and \"the\"",
			"Chief Emmanuel Adebayo-Ojo, the Minister of Agriculture, visited farms in four states on Monday.\n\nThe insects crossed into the country last month.\n\n\"The locusts came in from Niger Republic,\" the minister said.",
			"the minister", "Emmanuel Adebayo-Ojo", whosaid.Person,
		},
		{
			"an office whose portfolio joins two names with \"and\"",
			"Locusts have invaded farms in four states, the Minister of Agriculture and Rural Development, Chief Emmanuel Adebayo-Ojo, has said.\n\nThe insects crossed into the country last month.\n\n\"The locusts came in from Niger Republic,\" the minister said.",
			"the minister", "Emmanuel Adebayo-Ojo", whosaid.Person,
		},
		{
			"a federation of unions' office after \"its\"",
			"The Coalition of Public Sector Workers' Unions (COPSWU) has rejected the pay increase.\n\nIts Secretary-General, Comrade Isaac Adjei-Mensah, disclosed this at a press conference in Accra last night.\n\n\"A 10 per cent increase is a pay cut with a nice name,\" the union leader said.",
			"the union leader", "Isaac Adjei-Mensah", whosaid.Person,
		},
		{
			"\"the unionist\" is the union's officer",
			"The Amalgamated Union of Bank Workers (AUBW) has warned that it will resist any attempt to sack staff. Its General Secretary, Comrade Emeka Nwachukwu-Ibe, told our correspondent that 1,200 jobs were at risk.\n\n\"We will not allow our members to be thrown into the labour market,\" the unionist stated.",
			"the unionist", "Emeka Nwachukwu-Ibe", whosaid.Person,
		},
		{
			"an envoy is the ambassador named before",
			"The Philippines will lodge a protest over the treatment of deportees, Ambassador Eduardo Salcedo said yesterday.\n\nMore than 4,000 Filipinos were deported in August.\n\n\"We have seen children sleeping on concrete,\" the envoy said.",
			"the envoy", "Eduardo Salcedo", whosaid.Person,
		},
		{
			"a noun of a business and of a person, with a quoted title in its apposition",
			"Ramon Tiu-Laurel, the producer of \"Kalye Reyna\", was at the hotel when the winners were named.\n\n\"Either the guild has a leak or it has a very good fortune teller,\" the producer said.",
			"the producer", "Ramon Tiu-Laurel", whosaid.Person,
		},
		{
			"\"its\" document is the body's just named, though not as a speaker",
			"Halton Council lent £4 million to the scheme last year. Its annual report shows that 40 borrowers defaulted.",
			"Its annual report", "Halton Council", whosaid.Organization,
		},
		{
			"a lede's description headed by a role's letters is the person named below",
			"MSP: 'I broke no rules'\n\nBy Morag Buchanan\n\nA Labour MSP who paid more than £23,000 of public money in office rent to a company run by his wife has insisted that he broke no parliamentary rules.\n\nAlasdair MacIntyre, who represents Carrick, said the arrangement had been cleared in writing.",
			"A Labour MSP", "Alasdair MacIntyre", whosaid.Person,
		},
		{
			"figures obtained from a body are the body's",
			"The Eastern States Revenue Board said it would act. Figures obtained by our correspondent from the board show that 40 firms defaulted.",
			"Figures obtained", "Eastern States Revenue Board", whosaid.Organization,
		},
		{
			"a title's modifier opening the sentence",
			"Presiding Commissioner Tom Brantley said the county had been hit. Brantley and fellow Commissioner Larry Ochoa spent Monday at the courthouse. \"We will rebuild,\" the presiding commissioner said.",
			"the presiding commissioner", "Tom Brantley", whosaid.Person,
		},
		{
			"a profession varies the name of the person just quoted",
			"Economists were divided. Dr (Mrs) Comfort Nyarko, executive director of the Centre for Fiscal Accountability, said a study had found that four in ten taxes had come back. She welcomed the deficit target, however. \"On paper, the numbers add up,\" the economist told reporters.",
			"the economist", "Comfort Nyarko", whosaid.Person,
		},
		{
			"an epithet before a compound tells of someone known, the subject just named",
			"\"We were not told,\" said Priya Raghunathan, a nurse. Dolores Haskins, 71, had already gone to the courthouse to pay her tax in cash. \"I drove a school bus in this county for 31 years,\" the retired bus driver said.",
			"the retired bus driver", "Dolores Haskins", whosaid.Person,
		},
		{
			"a bracketed honorific opens the source",
			"Testifying as the third prosecution witness, Dr (Mrs) Funmilayo Akande said she first noticed the irregularities in March 2008.",
			"Dr (Mrs) Funmilayo Akande", "Funmilayo Akande", whosaid.Person,
		},
		{
			"a lede's description is the person named below past those its content names",
			"A former head of internal audit at the defunct Harbourgate Bank Plc yesterday told a Federal High Court in Lagos that the bank's ex-managing director, Chief Emeka Okafor-Dike, had signed board approvals for loans that were never presented to the board.\n\nChief Okafor-Dike, 61, and his son are standing trial on a 38-count charge of conspiracy and forgery.\n\nThe elder Okafor-Dike has pleaded not guilty to all 38 counts.\n\nTestifying as the third prosecution witness, Dr (Mrs) Funmilayo Akande said she first noticed the irregularities in March 2008.",
			"A former head of internal audit", "Funmilayo Akande", whosaid.Person,
		},
		{
			"a group's possessive before a role",
			"Tenants' leader Thomas Docherty vowed last night to fight on. Mr Docherty, 58, said: \"We are not going.\" Sheriff Moira Dunbar said the law was clear. The tenants' leader said residents would hold a meeting.",
			"The tenants' leader", "Thomas Docherty", whosaid.Person,
		},
		{
			"a quoted nickname inside a name names the person alone",
			"Tenants leader Thomas \"Big Tam\" Docherty vowed to fight on. Sheriff Moira Dunbar granted the order. \"We are not going,\" Big Tam said.",
			"Big Tam", "Thomas Docherty", whosaid.Person,
		},
		{
			"a quoted nickname before a surname's particles",
			"The vice-chancellor, Professor Johannes \"Hannes\" van der Merwe, closed the campus on Monday. Van der Merwe said the decision had been taken with a heavy heart.",
			"Van der Merwe", "Johannes van der Merwe", whosaid.Person,
		},
		{
			"a nickname that opens with \"the\"",
			"The captain, Tam 'the Tank' Kerr, said players had been handed their allocation. 'It is not the boy's fault,' Kerr said.",
			"Kerr", "Tam Kerr", whosaid.Person,
		},
		{
			"a district's collector is a title",
			"District Collector Sunanda Iyer said 2,300 people had been moved to relief camps.",
			"District Collector Sunanda Iyer", "Sunanda Iyer", whosaid.Person,
		},
		{
			"the union boss is the officer named beside the union",
			"The Telecommunications Engineers and Technicians Union (TETU) blamed outsourcing. Its president, Comrade Engr. Chinedu Okafor, told our correspondent that the company had laid off 340 engineers. Minister Bello Kwari called the outage unacceptable. \"We have the letters,\" the union boss said.",
			"the union boss", "Chinedu Okafor", whosaid.Person,
		},
		{
			"a hyphened rank's abbreviation, a retired officer's mark",
			"The panel was headed by Lt-Gen (retd) Saleem Akhtar Durrani, the former corps commander. Durrani defended the decision. \"We picked a side for 2007,\" the general said.",
			"the general", "Saleem Akhtar Durrani", whosaid.Person,
		},
		{
			"a rank before a retired officer's mark is no name",
			"Major (retd) Waqar Ahmed Janjua, who led the rescue team, said the climber had been found alive.",
			"Major (retd) Waqar Ahmed Janjua", "Waqar Ahmed Janjua", whosaid.Person,
		},
		{
			"an office of a body after a name, with no article, and the body's acronym",
			"Alhaji Abdul-Rahman Sulemana, president of the Association of Ghana Traders and Manufacturers (AGTM), was among the leaders invited. Alhaji Sulemana said later: \"We asked for relief.\" The AGTM president accused the minister of ignoring a proposal.",
			"The AGTM president", "Abdul-Rahman Sulemana", whosaid.Person,
		},
		{
			"a document's issuer in the relative clause after it",
			"Hanlon Foods Inc. owns the plant. Mayor Tom Ruiz visited on Sunday. A statement the company released on Monday said the plant would close.",
			"A statement the company released", "Hanlon Foods Inc", whosaid.Organization,
		},
		{
			"an issuer no name was found for is no speaker",
			"The ferry terminal is closing. According to an engineering report the city released last month, the pilings have corroded.",
			"an engineering report the city released last month", "an engineering report the city released last month", whosaid.Anonymous,
		},
		{
			"a part of a body that a description of the body owns",
			"The State Drug Control Authority ordered a recall on Monday. Test reports from the authority's laboratory in Vadodara found diethylene glycol in the samples.",
			"Test reports from the authority's laboratory", "State Drug Control Authority", whosaid.Organization,
		},
		{
			"a part of a body that the body's name owns",
			"The Maharashtra Dam Safety Organisation (MDSO) inspects dams. The report, prepared by the MDSO's Konkan circle in February 2018, found \"moderate to heavy\" seepage.",
			"The report, prepared by", "Maharashtra Dam Safety Organisation", whosaid.Organization,
		},
		{
			"an application is its applicant's document",
			"Clydeview Residential Lettings Ltd bought the block in 2001. The firm said it would appeal. The firm's planning application, lodged with the council in January, describes the flats as \"executive apartments\".",
			"The firm's planning application", "Clydeview Residential Lettings Ltd", whosaid.Organization,
		},
		{
			"what a document is about is not its issuer",
			"Oakhurst Lodge is a care home. An inspection report on Oakhurst Lodge published last year found \"serious shortfalls\" in staffing.",
			"An inspection report on Oakhurst Lodge published last year", "An inspection report on Oakhurst Lodge published last year", whosaid.Anonymous,
		},
		{
			"an epithet of the office of the one just quoted, though the text never named the office so",
			"Sen. Lindsey Graham told reporters on Sunday that the deal was weak. The South Carolina senator said Congress would review it line by line.",
			"The South Carolina senator", "Lindsey Graham", whosaid.Person,
		},
		{
			"a role the headline gave its speaker is still the one the story introduces by it",
			"Saavedra win 'clean and fair', says promoter\n\nGENERAL SANTOS CITY — Roberto Saavedra, 22, took the title on Saturday night.\n\nWilfredo Catacutan, whose company staged the fight, dismissed the protest as \"sour graping\".\n\n\"It was clean and fair. The judges came from Japan, Korea and Australia,\" the promoter said.",
			"the promoter", "Wilfredo Catacutan", whosaid.Person,
		},
		{
			"but a spokeswoman is someone new",
			"Transport Minister Joe Bloggs said the line would open in May. The spokeswoman said tickets would go on sale in April.",
			"The spokeswoman", "The spokeswoman", whosaid.Anonymous,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := whosaid.Extract(tt.text)
			for _, a := range d.Attributions {
				if a.Source == nil || !strings.HasPrefix(a.Source.Text, tt.source) {
					continue
				}
				if a.Source.Speaker != tt.speaker || a.Source.Kind != tt.kind {
					t.Errorf("%q is %q (%s), want %q (%s)", tt.source, a.Source.Speaker, a.Source.Kind, tt.speaker, tt.kind)
				}
				return
			}
			t.Errorf("no attribution with source %q in %+v", tt.source, d.Attributions)
		})
	}
}
