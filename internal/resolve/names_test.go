package resolve

import (
	"fmt"
	"slices"
	"testing"

	"github.com/whosaid/whosaid/internal/segment"
)

// speakersOf runs the speakers pass on marked-up text and writes, per
// attribution, "KIND SPEAKER [TITLE]".
func speakersOf(t *testing.T, markup string) []string {
	t.Helper()
	return speakersWithMeta(t, markup, "", "")
}

// speakersWithMeta is speakersOf for a document whose metadata names
// author and outlet (Input.Author, Input.Outlet).
func speakersWithMeta(t *testing.T, markup, author, outlet string) []string {
	t.Helper()
	d := fixture(t, markup)
	d.metaAuthor, d.metaOutlet = author, outlet
	runPasses(t, d, "boilerplate", "admit", "order", "speakers")
	var out []string
	for _, a := range d.atts {
		name := "-"
		if a.Speaker != None {
			name = d.speakers[a.Speaker].Name
		}
		out = append(out, fmt.Sprintf("%s %s [%s]", a.Kind, name, a.Title))
	}
	return out
}

// speakerCase is a marked-up text and what speakersOf gives for it.
type speakerCase struct {
	name, text string
	want       []string
}

// testSpeakers runs each case as a subtest.
func testSpeakers(t *testing.T, tests []speakerCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := speakersOf(t, tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestNamesAndTitles: a speaker's name is the name alone; what stands
// before it to describe the person is the title.
func TestNamesAndTitles(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a role before the name", "{s1 Trustee Mark Delacroix} {c1 said} {t1 the vote was close}.",
			"person Mark Delacroix [Trustee]"},
		{"two roles joined", "{s1 Co-founder and CEO Inês Carvalho} {c1 wrote} {t1 that the money would help}.",
			"person Inês Carvalho [Co-founder and CEO]"},
		{"a Luo name's apostrophe is the name's", "{s1 Baraka Otieno Ochieng'} {c1 said} {t1 fares would rise}.",
			"person Baraka Otieno Ochieng' []"},
		{"a Scottish city councillor's title", "{s1 Bailie Tommy Rafferty} {c1 said} {t1 the flats were damp}.",
			"person Tommy Rafferty [Bailie]"},
		{"a short title", "{s1 Cllr Judith Morrow} {c1 said} {t1 the change would save money}.",
			"person Judith Morrow [Cllr]"},
		{"a title word after a first name of either sex, an indefinite description after it", "{s1 Charlie King, a prominent New York Democrat,} {c1 said} {t1 the party was united}.",
			"person Charlie King [prominent New York Democrat]"},
		{"a portfolio after the title with no \"of\"", "{s1 Secretary Tourism Sadia Khanum Mir} {c1 told} reporters {t1 the route was closed}.",
			"person Sadia Khanum Mir [Secretary Tourism]"},
		{"a patronymic particle written with a slash", "{s1 Associate Professor Rajendran s/o Muthusamy of the National University of Singapore} {c1 said} {t1 such failures were common}.",
			"person Rajendran s/o Muthusamy [Associate Professor]"},
		{"a rank's short form with its period", "{s1 Col. Steven H. Warren, a military spokesman in Baghdad,} {c1 said} {t1 the raid was planned}.",
			"person Steven H. Warren [military spokesman]"},
		{"a form of address of respect", "{s1 Madam Nurul Huda Ismail} {c1 said} {t1 she learnt late}.",
			"person Nurul Huda Ismail [Madam]"},
		{"a common noun before the name", "{s1 Actor Rohan Kapadia} {c1 denied} {t1 reports of a rift}.",
			"person Rohan Kapadia [Actor]"},
		{"a nationality and a descriptor", "{s1 Unseeded Croatian Mirela Kovac} {c1 said} {t1 she had played well}.",
			"person Mirela Kovac [Unseeded Croatian]"},
		{"a known first name opens the name", "{s1 Mother-of-three Sharon Tilley} {c1 said} {t1 two weeks was too long}.",
			"person Sharon Tilley [Mother-of-three]"},
		{"letters after the name", "{s1 Counsel Eoin Mac Namara BL} {c1 said} {t1 his client was sorry}.",
			"person Eoin Mac Namara [Counsel BL]"},
		{"an honorific that is also a family name ends the name", "{s1 The group's convener, Farhan Shaikh,} {c1 said} {t1 the work was timed to avoid protests}.",
			"person Farhan Shaikh [group's convener]"},
		{"the second word of a compound Malaysian title", "{s1 Datuk Seri Kamarul Ariffin Yusof} {c1 said} {t1 talks were ongoing}.",
			"person Kamarul Ariffin Yusof [Datuk Seri]"},
		{"a patronymic's particle inside the name", "{s1 Analyst Nurul Huda binte Ismail} {c1 said} {t1 the numbers were in line}.",
			"person Nurul Huda binte Ismail [Analyst]"},
		{"a Hausa honorific", "{s1 Hajiya Amina Danladi} {c1 said} {t1 her son dreamt of Europe}.",
			"person Amina Danladi [Hajiya]"},
		{"a South Asian honorific after an office", "{s1 Federal Minister for Planning Mian Shaukat Ali Bhatti} {c1 said} {t1 the count was fair}.",
			"person Shaukat Ali Bhatti [Federal Minister for Planning Mian]"},
		{"a party and state in brackets", "{s1 Sen. Claire McCaskill (D-Mo.)} {c1 said} {t1 the bill would fail}.",
			"person Claire McCaskill [Sen]"},
		{"a quoted nickname", "{s1 Chukwuemeka \"Spax\" Obi} {c1 said} {t1 the song took one take}.",
			"person Chukwuemeka Obi []"},
		{"an office after for", "On Monday, {s1 Minister for Fisheries Brendan Ó Ceallaigh} {c1 said} {t1 the quota was final}.",
			"person Brendan Ó Ceallaigh [Minister for Fisheries]"},
		{"an office after for, described", "{s1 The Minister for Foreign Affairs, Niall Brosnan,} {c1 said} {t1 the talks would go on}.",
			"person Niall Brosnan [Minister for Foreign Affairs]"},
		{"a quoted nickname of two words", "{s1 Darragh \"The Cat\" Kinsella} {c1 said} {t1 the side was ready}.",
			"person Darragh Kinsella []"},
		{"an office with of", "{s1 Secretary of State John F. Kerry} {c1 said} {t1 the talks would go on}.",
			"person John F. Kerry [Secretary of State]"},
		{"a title word that is a name", "{s1 Former prime minister John Major} {c1 said} {t1 the talks would go on}.",
			"person John Major [Former prime minister]"},
		{"an office is no name", "{s1 The New York State Attorney General} {c1 said} {t1 the case was open}.",
			"anonymous The New York State Attorney General []"},
		{"an honorific before a title word", "{s1 Mr King} {c1 said} {t1 the talks would go on}.",
			"person King [Mr]"},
		{"a particle inside the name", "{s1 The farmers' lawyer, Marieke de Groot,} {c1 argued} {t1 that the company knew}.",
			"person Marieke de Groot [farmers' lawyer]"},
		{"the period of St. is no sentence's end", "{s1 St. Brendan's coach Terry Vollmer} {c1 said} {t1 the shots would come}.",
			"person Terry Vollmer []"},
		{"a role the tagger takes for a verb", "{s1 Race director Peter Ruto} {c1 announced} {t1 that prize money would be equal}.",
			"person Peter Ruto [director]"},
		{"a known last name opening a sentence, whatever its tag",
			"Councilwoman Renee Bastian voted no. {s1 Bastian} {c1 questioned} {t1 whether the study was sound}.",
			"person Renee Bastian [Councilwoman]"},
		{"a number opens no name", "{s1 Four Nigerian farmers} {c1 say} {t1 the pipelines leaked}.",
			"anonymous Four Nigerian farmers []"},
		{"a peer's style before one word is the name", "{s1 Lord Glenisla} {c1 said} {t1 the Crown had failed}.",
			"person Lord Glenisla [Lord]"},
		{"but not before a given name, nor before a surname the text gives with one", "Lord Alan Sugar spoke first. {s1 Lord Sugar} {c1 said} {t1 sales fell}.",
			"person Alan Sugar [Lord]"},
		{"two first names stay", "{s1 Mary Ann Smith} {c1 said} {t1 the talks would go on}.",
			"person Mary Ann Smith []"},
		{"an honorific's gender keeps a namesake apart, and finds the relative named before",
			"Mark Kowalczyk was surfing. His wife, Tamsin, was watching. {s1 Mrs Kowalczyk} {c1 said} {t1 she had counted heads}.",
			"person Tamsin Kowalczyk [Mrs]"},
		{"a compound of a lower-case word is no name", "{s1 The Chilean-born helmer} {c1 told} {t1 reporters the shoot was hard}.",
			"anonymous The Chilean-born helmer []"},
		{"a description stops where a clause of why or how it spoke begins",
			"\"{t1 The deal is off},\" {c1 said} {s1 one official, who spoke on condition of anonymity because he was not authorized to discuss the talks}.",
			"anonymous one official []"},
		{"a relative clause of the name's own is no clause the source swallowed",
			"The group is $9 million short, {c1 said} {s1 former Pennsylvania governor Ed Rendell, who serves as chairman of the Philadelphia 2016 Host Committee}.",
			"person Ed Rendell [former Pennsylvania governor]"},
		{"an office ending in its title word, then the name",
			"{s1 Kisumu Town East MP, Rose Anyango}, {c1 accused} {t1 the authority of allowing flights}.",
			"person Rose Anyango [Kisumu Town East MP]"},
		{"a name in capitals, then a person addressed by an honorific",
			"{s1 Member of Parliament for South Clarendon, Mr Desmond Harriott-Clarke,} {c1 said} {t1 the river was poisoned}.",
			"person Desmond Harriott-Clarke [Member of Parliament for South Clarendon]"},
		{"an honorific in an apposition that ends in a common noun names no one there",
			"{s1 John Smith, Mr Jones's lawyer,} {c1 said} {t1 the river was poisoned}.",
			"person John Smith [Mr Jones's lawyer]"},
		{"a Philippine lawyer's form of address",
			"Results are due within two weeks, {c1 according to} {s1 PDVB director general Atty. Gerardo Montemayor III}.",
			"person Gerardo Montemayor III [Atty]"},
		{"a body named by its members' plural before a title and a name",
			"{s1 Sisters for Equal Voice (SEV) executive director Meera Subramaniam} {c1 described} {t1 the measuring as degrading}.",
			"person Meera Subramaniam [executive director]"},
		{"forms of address of African news",
			"{s1 The Minister of State for Power, Engr. Halima Dangana-Yusuf}, {c1 has assured} residents {t1 that the outages will end}.",
			"person Halima Dangana-Yusuf [Minister of State for Power]"},
		{"a place's region after a comma is no apposition",
			"{s1 The National Weather Service in Norman, Okla.}, {c1 said} {t1 the storm had passed}.",
			"organization National Weather Service []"},
		{"a region whose first word is a first name is a place too",
			"Sanders lost Ohio and North Carolina to Hillary Clinton. But, in a speech, {s1 he} {c1 said} {t1 the race was open}.",
			"pronoun - []"},
		{"a region of several words is a place, no person's last name after a describing word",
			"Rep. Joe Wilson, the South Carolina congressman, spoke. {s1 He} {c1 said} {t1 the plan would fail}.",
			"person Joe Wilson [Rep]"},
		{"one member of a party is an anonymous source",
			"{s1 One well-connected Democrat familiar with the campaign} {c1 said} {t1 the plan would fail}.",
			"anonymous One well-connected Democrat familiar with the campaign []"},
		{"a headline's capitalized common noun is no name",
			"{s1 Poll}{c1 :} {t1 Clinton leads Trump}\n\nText.",
			"anonymous Poll []"},
		{"a state's abbreviation after a city is a place",
			"She canceled a rally in Green Bay, {s1 Wis.}, {c1 citing} {t1 the attack}.",
			"organization Wis []"},
		{"the end of a place the source ran over",
			"At a rally in Beaumont, {s1 Tex., Mr. Trump} was blunt, {c1 claiming} {t1 that the plan would fail}.",
			"person Trump [Mr]"},
		{"nor a relative clause after an apposition",
			"{s1 Dave Majernik, a one-time Cruz backer who serves as vice chairman of the county GOP}, {c1 said} {t1 the vote was close}.",
			"person Dave Majernik [one-time Cruz backer]"},
		{"a name with a capital inside is a brand's",
			"{s1 BuzzFeed} {c1 reported} {t1 that the deal was off}.",
			"organization BuzzFeed []"},
		{"but not after a surname's particle",
			"Ron DeSantis spoke first. {s1 DeSantis} {c1 said} {t1 it was over}.",
			"person Ron DeSantis []"},
		{"a body, party or place before a first name and a surname is the person's employer and role",
			"{s1 Maricopa County Recorder Helen Purcell} {c1 said} {t1 the lines were long}.",
			"person Helen Purcell [Maricopa County Recorder]"},
		{"but a body's name that runs on after its of keeps its last words",
			"{s1 The Federation of Panay Rice Millers} {c1 accused} {t1 the agency of favouring importers}.",
			"organization Federation of Panay Rice Millers []"},
		{"a capitalized word after an honorific is the name whatever its tag",
			"Budget row\n\nTad Devine spoke. {s1 Mr. Devine} {c1 said} {t1 the plan was bad}.",
			"person Tad Devine [Mr]"},
		{"an opening adverb before a name is no part of it, though it is a first name too",
			"Budget row\n\nEd Rendell spoke. {s1 Even Rendell, a stalwart Clinton supporter,} {c1 said} {t1 the plan was bad}.",
			"person Ed Rendell [stalwart Clinton supporter]"},
		{"a reflexive after a name only stresses it",
			"Bernie Sanders spoke. {s1 Sanders himself, who was not present,} {c1 said} {t1 the plan was his}.",
			"person Bernie Sanders []"},
		{"the writer's I is a person the text does not name", "{s1 I} {c1 think} {t1 the plan will fail}.",
			"person - []"},
		{"the outlet's we is a body", "{s1 We} {c1 recommend} {t1 the cheaper model}.",
			"organization - []"},
		{"a given name with a lower-case tail is a name", "\"{t1 The line will open in May},\" {c1 said} {s1 Transport Secretary Wong Ka-ming}.",
			"person Wong Ka-ming [Transport Secretary]"},
		{"an epithet of origin refers back to the person named", "The first thing Ines Valdemar lost was the water. {s1 The Chilean-born helmer} {c1 told} {t1 reporters the shoot was hard}.",
			"person Ines Valdemar []"},
		{"a party word may be either of two", "Clinton spoke first, then Trump. {s1 The Republican nominee} {c1 said} {t1 the polls were rigged}.",
			"anonymous The Republican nominee []"},
		{"describing words and one word left name a body", "{s1 Scottish Natural Heritage} {c1 has asked} {t1 visitors not to remove the prints}.",
			"organization Scottish Natural Heritage []"},
		{"a nationality and one word name a body", "{s1 Swiss Re} {c1 said} {t1 claims would rise}.",
			"organization Swiss Re []"},
		{"a body's name that ends in an acronym", "{s1 Surf Life Saving NSW} {c1 said} {t1 a drone had seen the shark}.",
			"organization Surf Life Saving NSW []"},
		{"a first name the lists lack is kept when only the tagger says it describes", "{s1 Rush Limbaugh} {c1 said} {t1 the poll was wrong}.",
			"person Rush Limbaugh []"},
		{"a hyphenated first name", "{s1 Jean-Marc Ayrault} {c1 said} {t1 the talks would go on}.",
			"person Jean-Marc Ayrault []"},
		{"a describing word before a known last name", "Donald Trump spoke first. {s1 Candidate Trump} {c1 said} {t1 the polls were rigged}.",
			"person Donald Trump [Candidate]"},
		{"a country of two words whose first is a first name", "{s1 North Korea} {c1 said} {t1 it would test again}.",
			"organization North Korea []"},
		{"a place after a preposition of place is no one a pronoun refers to", "Maria Lopez spoke in Grand Rapids on Monday. {s1 She} {c1 said} {t1 the economy was rigged}.",
			"person Maria Lopez []"},
		{"a place's name opening with a place word is no person's", "Mary Smith toured Mount Pleasant. {s1 She} {c1 said} {t1 it was lovely}.",
			"person Mary Smith []"},
		{"a storm's name is no woman's", "Corazon Villaluz was twelve when Typhoon Yolanda struck. {s1 She} {c1 said} {t1 the town never recovered}.",
			"person Corazon Villaluz []"},
		{"a study led by researchers at a body is the body's", "{s1 The study, led by researchers at the Tamale Centre for Tropical Medicine}, {c1 found} {t1 that the shots cut deaths}.",
			"organization Tamale Centre for Tropical Medicine []"},
		{"a firm's plural designator is no title", "{s1 A report by auditing firm Ngubane & Partners} {c1 found} {t1 that the price was higher}.",
			"organization Ngubane & Partners []"},
		{"what a document is of comes before its author", "{s1 A survey of 400 departing visitors by the Northern Institute of Tourism Studies} {c1 found} {t1 that half came for the beaches}.",
			"organization Northern Institute of Tourism Studies []"},
		{"but not an article opening a sentence after a title that ends the line before", "By Fiona MacInnes, Defence Correspondent\n\n{s1 The Ministry of Defence (MoD)} {c1 confirmed} {t1 that the yard would build four tankers}.",
			"organization Ministry of Defence []"},
		{"a title's abbreviation ending a name is the surname, no title", "{s1 Amartya Sen, an economist,} {c1 said} {t1 the famine was avoidable}.",
			"person Amartya Sen [economist]"},
		{"a noun phrase follows according to, no infinitive", "{t1 The bones are 9,000 years old}, {c1 according to} {s1 radiocarbon results released Tuesday by the University of the Assiniboine}.",
			"organization University of the Assiniboine []"},
		{"who judges a document after by is no author", "{t1 The crowd fled}, {c1 according to} {s1 eyewitness accounts corroborated by video footage}.",
			"anonymous eyewitness accounts corroborated by video footage []"},
		{"a noun the tagger read as a verb after an inverted said", "{t1 \"It was late,\"} {c1 said} {s1 harbour master Captain Riaan van Rensburg}.",
			"person Riaan van Rensburg [Captain]"},
		{"a role's noun the tagger read as a past tense between a title word and a name", "{s1 Chief steward John Smith} {c1 said} {t1 the horse was lame}.",
			"person John Smith []"},
		{"a function word between a title and a proper noun is a given name", "{s1 Dr Nor Azizah Hamzah} {c1 said} {t1 14,000 birds would be culled}.",
			"person Nor Azizah Hamzah [Dr]"},
		{"a function word between two proper nouns of a name is a given name", "{s1 Islamic scholar Prof Wan Nor Azlin Wan Ahmad} {c1 said} {t1 the heat was dangerous}.",
			"person Wan Nor Azlin Wan Ahmad [Prof]"},
		{"what a document is of, then a participle of authorship, then its author", "{s1 A survey of 400 fleet managers conducted by Ardmore Insight} {c1 found} {t1 that fuel bills would rise}.",
			"organization Ardmore Insight []"},
		{"the participle after a comma", "{s1 The final communiqué of the summit, issued by the Authority of Heads of State,} {c1 said} {t1 the junta must go}.",
			"organization Authority of Heads of State []"},
		{"a page is a document", "Harlow District Council closed the road on Monday. {s1 The council's web page} {c1 says} {t1 it will reopen in May}.",
			"organization Harlow District Council []"},
		{"a field of a body's list may be a first name too", "{s1 The Union Ministry of Environment, Forest and Climate Change} {c1 said} {t1 that it had asked states to report fires}.",
			"organization Union Ministry of Environment, Forest and Climate Change []"},
		{"a body's members after its of, a role's plural among them", "{s1 The Federation of Tin Miners of Oruro} {c1 said} {t1 the strike would go on}.",
			"organization Federation of Tin Miners of Oruro []"},
		{"a body's of the, and a title and a portfolio after it", "{s1 The Office of the Director of Consumer Affairs (ODCA)} {c1 said} {t1 the toys were unsafe}.",
			"organization Office of the Director of Consumer Affairs []"},
		{"a gerund inside a body's name, and a second of five words after the first", "{s1 The Association of Licensed Clearing Agents of Nigeria (ALCAN)} {c1 said} {t1 the port was jammed}.",
			"organization Association of Licensed Clearing Agents of Nigeria []"},
		{"a body's name runs on past a plural's possessive", "{s1 A 1998 study by the Ohio Manufacturers' Roundtable} {c1 found} {t1 that jobs fell}.",
			"organization Ohio Manufacturers' Roundtable []"},
		{"a body's list after its for", "{s1 The Department for Environment, Food and Rural Affairs} {c1 said} {t1 the ban would stay}.",
			"organization Department for Environment, Food and Rural Affairs []"},
		{"the commas of a body's list set no apposition apart", "{s1 A spokesman for the Ministry of Food, Agriculture and Livestock} {c1 said} {t1 the ban would stay}.",
			"anonymous A spokesman for the Ministry of Food, Agriculture and Livestock []"},
		{"a collective's noun opening a sentence is no name", "The heating failed on Monday. {s1 Staff} {c1 said} {t1 the building was cold}.",
			"anonymous Staff []"},
		{"a name beside a business's noun that a place modifies is a body", "{s1 Pukeko Civil, the Nelson firm that strengthened the bridge in 2009,} {c1 says} {t1 its work was signed off}.",
			"organization Pukeko Civil [Nelson firm]"},
		{"but not a person's full name, whose first name the lists know", "{s1 Tim Hess, a real estate developer in Virginia,} {c1 said} {t1 the loan was sound}.",
			"person Tim Hess [real estate developer]"},
		{"an office's title with its of in apposition before the name", "{s1 The command's spokesman, Superintendent of Customs Emeka Okonjo,} {c1 said} {t1 a scanner flagged the containers}.",
			"person Emeka Okonjo [Superintendent of Customs]"},
		{"where a person works is a body", "Darlene Hutchins, a welder at Lakeshore Forge, was on shift. {s1 Lakeshore Forge} {c1 said} {t1 it would pay}.",
			"organization Lakeshore Forge []"},
		{"tests at a named body are the body's", "{s1 Tests at the Veterinary Diagnostic Laboratory in Ipoh} {c1 confirmed} {t1 the H5N1 strain}.",
			"organization Veterinary Diagnostic Laboratory []"},
		{"but not a body's name ending in a document's word", "Data from {s1 the Roper Center for Public Opinion Research at Cornell University} {c1 show} {t1 that trust fell}.",
			"organization Roper Center for Public Opinion Research []"},
		{"a document by the engineers of a named body is the body's", "{s1 A report by engineers of the Jamaica Bridges and Highways Agency (JBHA)} {c1 found} {t1 that two piers were undermined}.",
			"organization Jamaica Bridges and Highways Agency []"},
		{"a document of a titled person is the person's", "{c1 According to} {s1 the report of chief arbiter Rajendran s/o Muthusamy}, {t1 the player was screened}.",
			"person Rajendran s/o Muthusamy [chief arbiter]"},
		{"what a participle of authorship names after 'by' is any document's author", "{s1 A discography compiled by the collector Roy Hutchinson} {c1 credits} {t1 him with 140 recordings}.",
			"person Roy Hutchinson [collector]"},
		{"a nationality after the is an epithet, not a name", "Dragan Petrović refused to blame the referee. {s1 The Serbian} {c1 admitted} {t1 that the booking was fair}.",
			"person Dragan Petrović []"},
		{"a nickname before a named person's name", "Hillary Clinton spoke first. Then {s1 Crooked Hillary Clinton} {c1 said} {t1 nothing}.",
			"person Hillary Clinton [Crooked]"},
		{"a first name before a named person's surname is no nickname", "De Blasio spoke first. {s1 Mayor Bill de Blasio} {c1 said} {t1 the city was safe}.",
			"person Bill de Blasio [Mayor]"},
		{"particles one after another", "{s1 Ilse van der Westhuizen} {c1 said} {t1 a man had been arrested}.",
			"person Ilse van der Westhuizen []"},
		{"a Kalenjin particle", "{s1 Kiprono arap Sang} {c1 said} {t1 the season had good rains}.",
			"person Kiprono arap Sang []"},
		{"an abbreviated given name", "{s1 Ma. Lourdes Ocampo-Tan} {c1 said} {t1 higher rates could weigh on loans}.",
			"person Ma. Lourdes Ocampo-Tan []"},
		{"a transcript's label in capitals is the person named, by family name", "Marine biologist Tan Wei Ling leads the reef team.\n\n{s1 TAN}{c1 :} {t1 Not any more! We have 250 species.}",
			"person Tan Wei Ling [Marine biologist]"},
		{"a transcript's label of no one named is a person, not an acronym", "The debate ran late.\n\n{s1 WALLACE}{c1 :} {t1 If I may, sir, the question stands.}",
			"person WALLACE []"},
		{"a document owned by pronoun speaks for the one it refers to", "Ray Tsosie spent two years measuring wells. {s1 His report} {c1 found} {t1 that water levels had fallen}.",
			"person Ray Tsosie []"},
		{"a document owned by a common noun speaks for its referent", "Coldline Logistics Inc. will build three depots. {s1 The company's release} {c1 said} {t1 each would employ 40 people}.",
			"organization Coldline Logistics Inc []"},
		{"an occupation before a name is a title", "{s1 Farmer Esther Chebet} {c1 said} {t1 the alerts had saved her crop}.",
			"person Esther Chebet [Farmer]"},
		{"a person noun no title list holds, before a given name, is a title", "{s1 Curator Kamran Baig} {c1 said} {t1 the pieces had never left Lahore}.",
			"person Kamran Baig [Curator]"},
		{"a person noun before a name of no known given name is a title", "{s1 Forecaster Carys Morgan-Davies} {c1 said} {t1 the rain would ease}.",
			"person Carys Morgan-Davies [Forecaster]"},
		{"a person noun before a body's name is its name", "{s1 The Cook Political Report} {c1 rated} {t1 the race a toss-up}.",
			"organization Cook Political Report []"},
		{"a gendered honorific outweighs the lists' reading of a name written family name first", "Chief executive Tan Boon Huat said the cycle had peaked. Ms Tan Li Ying said the board would meet. \"Freight rates,\" {s1 Mr Tan} {c1 said}, {t1 \"are falling.\"}",
			"person Tan Boon Huat [Mr]"},
		{"portfolios joined by and before a minister's title are the title", "{s1 Commerce and Industry Minister Ashok Raghavendra Kulkarni} {c1 said} {t1 the duty would stay}.",
			"person Ashok Raghavendra Kulkarni [Commerce and Industry Minister]"},
		{"though the lists hold the portfolio's last word as a first name", "{s1 Health and Social Care Minister John Smith} {c1 said} {t1 beds were short}.",
			"person John Smith [Health and Social Care Minister]"},
		{"two persons joined by and are no portfolio", "{s1 Prime Minister Scott Morrison and Health Minister Greg Hunt} {c1 said} {t1 talks went well}.",
			"person Scott Morrison [Prime Minister]"},
		{"an honorific's name loses a describer still", "{s1 Dr Nigerian-born Ada Obi} {c1 said} {t1 the trial worked}.",
			"person Ada Obi [Dr Nigerian-born]"},
		{"a body's name in an apposition runs on through its joins", "{s1 The state's mining regulator, the Resources Safety and Licensing Directorate,} {c1 said} {t1 the mine was safe}.",
			"organization Resources Safety and Licensing Directorate []"},
		{"after an office's portfolio, the name opens before a father's name the lists know", "{s1 Senior Minister of State for Transport Mohamad Faizal Abdul Rahim} {c1 said} {t1 one collision is one too many}.",
			"person Mohamad Faizal Abdul Rahim [Senior Minister of State for Transport]"},
		{"an honorific addresses the name itself, whose first word is no role", "{s1 Dr Abdirahman Hussein Farah, an economist,} {c1 warned} {t1 that importers would suffer}.",
			"person Abdirahman Hussein Farah [economist]"},
		{"a title joined by and to a noun of a person before a name", "{s1 Chef and owner Marco Delli Colli, 61,} {c1 said} {t1 the rating was unfair}.",
			"person Marco Delli Colli [owner]"},
		{"two given names before one surname are two persons of it", "Saanjh was founded by siblings Ritika and Kabir Mehra. {s1 Ms Mehra} {c1 denied} {t1 the allegation}.",
			"person Ritika Mehra [Ms]"},
		{"a title's abbreviation names the role a description refers back by", "Cllr Brian Oddie sits on the committee. {s1 The councillor} {c1 told} {t1 the Gazette the town needed the store}.",
			"person Brian Oddie [Cllr]"},
		{"a weekday's possessive names no one", "Captain Kemar Grant-Wilson will miss Sunday's game in Panama. {s1 He} {c1 said:} {t1 \"That was stupid from me.\"}",
			"person Kemar Grant-Wilson [Captain]"},
		{"a place joined to a place after a preposition of place", "Vijaya Kulkarni-Patil said teams were deployed in Kurla and Andheri East. {s1 She} {c1 appealed to} citizens {t1 not to step out}.",
			"person Vijaya Kulkarni-Patil []"},
		{"a rank's abbreviation is a title", "{s1 Sgt Teresa Villanueva} {c1 said} {t1 a knife was recovered}.",
			"person Teresa Villanueva [Sgt]"},
		{"a member of a parliament is a title", "{s1 MEP Grzegorz Wiśniewski} {c1 accused} {t1 the Commission of bias}.",
			"person Grzegorz Wiśniewski [MEP]"},
		{"a particle of a Maasai name", "{s1 Nasieku ole Kaparo} {c1 said} {t1 her members had sold cattle}.",
			"person Nasieku ole Kaparo []"},
		{"a name opening with an adjective is a body's", "{s1 Clean Rivers Now} {c1 said} {t1 dredging would destroy spawning grounds}.",
			"organization Clean Rivers []"},
		{"a family name first, after an honorific", "Xu Meiling of the Northland Forest Institute led the trials. {s1 Dr Xu} {c1 said} {t1 the fungus appeared to compete}.",
			"person Xu Meiling [Dr]"},
		{"the company is the latest business, named or not as one", "Union Re, the Zurich-based reinsurer, warned on profits. Union Re shares lost 11 per cent in Zurich. {s1 The company} {c1 said} {t1 its exposure was within range}.",
			"organization Union Re []"},
		{"a body beside a business noun is a business", "Hanbit Learning, the maker of a popular AI tutoring app, was fined. {s1 The company} {c1 said} {t1 it acted within 48 hours}.",
			"organization Hanbit Learning []"},
		{"a country of two words is no namesake's last name", "North Korea fired a missile. {s1 South Korea} {c1 said} {t1 it was a provocation}.",
			"organization South Korea []"},
		{"an office named after \"on\", with or without \"the\"", "{s1 Presidential Adviser on the Peace Process Maria Lourdes Carpio-Dizon} {c1 said} {t1 the government would study the map}.",
			"person Maria Lourdes Carpio-Dizon [Presidential Adviser on the Peace Process]"},
		{"a portfolio of two words before a name", "{s1 Special Envoy on Climate Change Maria Santos} {c1 said} {t1 the fund was ready}.",
			"person Maria Santos [Special Envoy on Climate Change]"},
		{"a name of initials after an office with \"the\"", "{s1 Leader of the Opposition T.K. Aboobacker} {c1 accused} {t1 the government of lying}.",
			"person T.K. Aboobacker [Leader of the Opposition]"},
		{"a body's noun before \"Against\" and what it is against", "{s1 The Coalition Against Public Sector Fraud (CAPSF)} {c1 accused} {t1 the defence of delaying proceedings}.",
			"organization Coalition Against Public Sector Fraud []"},
		{"a surname the tagger takes for a plural after a first name is no group's", "{s1 The chief executive, Alasdair Menzies,} {c1 said} {t1 he was sorry}.",
			"person Alasdair Menzies [chief executive]"},
		{"but a team's plural after a city that is a first name too is", "The game went long. {s1 The Houston Astros} {c1 said} {t1 the pitcher was fine}.",
			"organization Houston Astros []"},
		{"a body's letters before a place are its arm there, no rank before a name", "{s1 NHS Kelvin Valley, which runs the hospital,} {c1 said} {t1 it had faced unprecedented demand}.",
			"organization NHS Kelvin Valley []"},
		{"but a rank's letters before a person's name that a town's shares are a title", "{s1 Kisumu Central OCPD Abdirahman Hassan Farah} {c1 said} {t1 the body was found at 8am}.",
			"person Abdirahman Hassan Farah [Kisumu Central OCPD]"},
		{"the comradeship of a union is an honorific", "Comrade Oluwaseun Adebayo led the march. \"{t1 We have been patient},\" {s1 Comrade Adebayo} {c1 told} reporters.",
			"person Oluwaseun Adebayo [Comrade]"},
		{"and so is a Muslim teacher's Ustadz", "{s1 The rebel panel chairman, Ustadz Nur-Hassan al-Amin,} {c1 denied} {t1 that the front had changed its position}.",
			"person Nur-Hassan al-Amin [rebel panel chairman]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := speakersOf(t, tt.text); !slices.Equal(got, []string{tt.want}) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestNamesNotIntroduced: words that look like a person's name and are
// none: a quotation that is a slogan or a title, a party's members in the
// plural before their names.
func TestNamesNotIntroduced(t *testing.T) {
	testSpeakers(t, []speakerCase{
		{"a slogan in quotation marks names no one",
			"Donald J. Trump spoke in Ohio. A man wore a shirt that read ''Fascist Trump,'' and left. {s1 Mr. Trump} {c1 said} {t1 the protesters were paid}.",
			[]string{"person Donald J. Trump [Mr]"}},
		{"a party's members before their names",
			"Rep. David Jolly and Rep. Ron DeSantis are running. Republicans Jolly of Indian Shores and DeSantis of Ponte Vedra Beach are against it. " +
				"{s1 Jolly, who was elected to Congress in 2014,} {c1 said} {t1 the department should stay}.",
			[]string{"person David Jolly [Rep]"}},
	})
}

// TestOffices: an office given before a name and a comma is the
// person's, and the office alone refers back to them.
func TestOffices(t *testing.T) {
	testSpeakers(t, []speakerCase{
		{"the office in capitals, a body's word in it",
			"The Head of Service, Dr (Mrs) Funmilayo Ajibade, visited the site. \"{t1 It is fine},\" {s1 the Head of Service} {c1 said}.",
			[]string{"person Funmilayo Ajibade [Head of Service]"}},
		{"a hyphened office's initials, the office given in a description before the name",
			"{s1 A former Director-General of the National Rural Electrification Board (NREB), Chief (Dr) Babatunde Adeyemi-Cole,} {c1 told} {t1 the court he was innocent}. {s2 The former DG} {c2 said} {t2 the contracts had been approved}.",
			[]string{"person Babatunde Adeyemi-Cole [Chief]", "person Babatunde Adeyemi-Cole [Chief]"}},
		{"a role in lower case before a name and a comma: its class refers back",
			"Under cross-examination by the prosecuting counsel, Mrs Ifeoma Okonkwo, the defendant denied it. \"{t1 Is this your signature}?\" {s1 the prosecutor} {c1 asked}.",
			[]string{"person Ifeoma Okonkwo [Mrs]"}},
		{"an age that first opened a sentence about the lede's person is that person later",
			"A former director, Babatunde Adeyemi-Cole, yesterday told the court he was innocent.\n\nThe 61-year-old, who is standing trial alongside his son, spoke for an hour. " +
				"Mrs Ifeoma Okonkwo showed the court a memo.\n\n\"{t1 It looks like my signature},\" {s1 the 61-year-old} {c1 replied}.",
			[]string{"person Babatunde Adeyemi-Cole []"}},
		{"a role in apposition after a name the source stopped at, and a description by the place the text gave with it",
			"{s1 Dr Ruth Menzies}, an emergency consultant in Dundee, {c1 said} {t1 care had become normal}. {s2 The Dundee consultant} {c2 said} {t2 the figures were wrong}.",
			[]string{"person Ruth Menzies [Dr]", "person Ruth Menzies [Dr]"}},
		{"but not a clause's subject after a name and a comma",
			"On Oct. 23 at the resort, now called Trump National Doral, {s1 the candidate} {c1 boasted of} {t1 his skills}.",
			[]string{"anonymous the candidate []"}},
		{"a lower-case word before the office",
			"The state Commissioner for Finance, Abdulwahab Adebayo, visited the site on Monday. {s1 The commissioner} {c1 said} {t1 the money was coming}.",
			[]string{"person Abdulwahab Adebayo [state Commissioner for Finance]"}},
	})
}

// TestPluralRoles: the plural of a role's letters is persons of the role,
// a group, no one's name and no body.
func TestPluralRoles(t *testing.T) {
	testSpeakers(t, []speakerCase{
		{"a role's letters in the plural",
			"The vote was close. {s1 Local GPs} {c1 warned} {t1 that women would stop coming}. {s2 Tory MPs} {c2 said} {t2 it was fine}.",
			[]string{"anonymous Local GPs []", "anonymous Tory MPs []"}},
	})
}

// TestBodies: a body's name, its short forms and the joins within it.
func TestBodies(t *testing.T) {
	testSpeakers(t, []speakerCase{
		{"a force's noun alone is the force the text names",
			"The Singapore Police Force arrested three men. {s1 Police} {c1 said} {t1 the suspects had been paid}. {s2 The police} {c2 said} {t2 more arrests were likely}.",
			[]string{"organization Singapore Police Force []", "organization Singapore Police Force []"}},
		{"but not where the text names two forces; capitalized or not, the noun finds what it finds",
			"Thames Valley Police said the car was stolen. In Wales, where the car was found, {s1 police} {c1 said} {t1 no one was hurt}. {s2 Police} {c2 said} {t2 the driver fled}. Dyfed-Powys Police confirmed the find.",
			[]string{"organization Dyfed-Powys Police []", "organization Dyfed-Powys Police []"}},
		{"and so is a headline's \"police say\"",
			"{t1 Heist gang 'known to us'}, {s1 police} {c1 say}\n\nOfficers met on Monday. {s2 The South African Police Service} {c2 said} {t2 the men were known to officers}.",
			[]string{"organization South African Police Service []", "organization South African Police Service []"}},
		{"the force's noun with an article before the force is named is that force too",
			"Loan shark arrests\n\nSINGAPORE - {s1 The police} {c1 said} {t1 they had arrested three men}. {s2 Figures from the Singapore Police Force} {c2 show} {t2 that cases rose}.",
			[]string{"organization Singapore Police Force []", "organization Singapore Police Force []"}},
		{"a place's possessive before a company places it, no part of its name; a public body keeps its country",
			"{s1 Japan's Toyota Motor Corp} {c1 said} {t1 it had no comment}. {s2 Nigeria's Ekwueme Energy Group} {c2 said} {t2 it would build the plant}. " +
				"{s3 Malaysia's Home Ministry} {c3 said} {t3 the centres were safe}. {s4 Britain's Andy Murray} {c4 said} {t4 he was tired}.",
			[]string{"organization Toyota Motor Corp []", "organization Ekwueme Energy Group []", "organization Malaysia's Home Ministry []", "person Andy Murray []"}},
		{"a body the headline names takes the words of its apposition below",
			"Lisbon's Quarry raises $18M\n\n{t1 Quarry, a Lisbon-based startup that makes invoicing software, has raised $18 million in a round led by Northgate Ventures}, {s1 the company} {c1 announced} today.",
			[]string{"organization Quarry []"}},
		{"a club is the one team the text names, whose name ends in a plural",
			"The Illawarra Stingrays have sacked coach Darren Maloney after seven straight losses. {s1 The club} {c1 said} {t1 the decision had been made with reluctance}.",
			[]string{"organization Illawarra Stingrays []"}},
		{"a body named in full goes by its first words",
			"Cork-based insurer Lee Valley Mutual was fined on Monday. {s1 Lee Valley} {c1 said} {t1 it accepted the findings}.",
			[]string{"organization Lee Valley Mutual []"}},
		{"a word that names no one else is the body whose name it opens; not a word a person's name ends in",
			"{s1 Kim} {c1 accused} {t1 Halberd Interactive, the publisher that runs the series, of treating players badly}. {s2 Halberd} {c2 said} {t2 no data had been lost}. " +
				"Ellison Foods was sold to Mark Ellison. {s3 Ellison} {c3 said} {t3 he was pleased}.",
			[]string{"person Kim []", "organization Halberd Interactive []", "person Mark Ellison []"}},
		{"a business's noun of agents before a name opening the sentence is no part of the name, and its plural ends a business's name",
			"{s1 Distributor Mesa Verde Pictures} {c1 said} {t1 it would appeal}. {s2 Savannah Screen Distributors} {c2 said} {t2 it was reviewing its options}. " +
				"{s3 Tyra Banks} {c3 said} {t3 she was thrilled}. {s4 Maker Studios Inc} {c4 said} {t4 it would grow}.",
			[]string{"organization Mesa Verde Pictures []", "organization Savannah Screen Distributors []", "person Tyra Banks []", "organization Maker Studios Inc []"}},
		{"a body's noun before a name says the name is a body's, not a trade a person plies nor a first name's",
			"{s1 Passenger group Mersey Rail Users} {c1 said} {t1 the timetable was a disgrace}. {s2 Food delivery platform Makan Go} {c2 said} {t2 it would pay riders}. " +
				"{s3 Dive operator Craig Lawless} {c3 said} {t3 bookings were down}. {s4 The union Joe Bloggs leads} {c4 said} {t4 it would strike}. " +
				"{s5 Former secretary of state Colin L. Powell} {c5 said} {t5 he had reviewed the messages}. " +
				"Advertisers have fled the platform Elon Musk bought. {s6 Musk} {c6 said} {t6 they would return}. The portal Xi Jinping launched has many users. {s7 Xi} {c7 said} {t7 it would grow}.",
			[]string{"organization Mersey Rail Users []", "organization Makan Go []", "person Craig Lawless [Dive operator]", "person Joe Bloggs []", "person Colin L. Powell [Former secretary of state]",
				"person Elon Musk []", "anonymous Xi []"}},
		{"a service's noun before a name says it is a business's, to which \"the company\" refers; as a description alone it is a party's",
			"{s1 Food delivery platform Makan Go} {c1 said} {t1 it would pay riders}. The Data Privacy Commission is investigating. {s2 The company} {c2 denied} {t2 this}. " +
				"The Democratic Party met on Monday. {s3 The party's platform} {c3 mentions} {t3 health care}.",
			[]string{"organization Makan Go []", "organization Makan Go []", "anonymous The party's platform []"}},
		{"a company's name shortened to its first word, in the headline or after the full name, is the company; a place is not its assembly",
			"{s1 PayWise} {c1 says} {t1 funds are safe}\n\nLAGOS - {s2 PayWise Digital Limited} {c2 said} {t2 data had leaked}. {s3 PayWise} {c3 denied} {t3 that the fraud was linked}.",
			[]string{"organization PayWise Digital Limited []", "organization PayWise Digital Limited []", "organization PayWise Digital Limited []"}},
		{"a body's word in a description is the one body the text named with it, whose documents it keeps; not a title's",
			"{s1 The Insurance Ombudsman Service} {c1 said} {t1 it could not comment}. {c2 According to} {s2 the ombudsman's figures}, {t2 one in five complaints involves a dispute}. " +
				"The Torrens Museum bought the shield. {t3 It cost two guineas}, {c3 according to} {s3 the museum's 1911 acquisitions register}. " +
				"Atlantic City Mayor Inc was sold. {s4 The mayor} {c4 said} {t4 it was hard to measure}.",
			[]string{"organization Insurance Ombudsman Service []", "organization Insurance Ombudsman Service []", "organization Torrens Museum []", "anonymous The mayor []"}},
		{"a public body's noun anywhere in a document's compound speaks for the body named so; a campaign's does not",
			"Kentish Weald Borough Council denied fault. {s1 A 1997 council safety audit, read to the inquest,} {c1 found} {t1 that the verge was used for parking}. " +
				"The Clinton campaign raised money. {s2 Campaign finance records} {c2 show} {t2 a company gave $5,000}.",
			[]string{"organization Kentish Weald Borough Council []", "anonymous Campaign finance records []"}},
		{"who analysed or collected what a source shows is its author; who obtained it is not",
			"{s1 Satellite images analysed by the conservation group Kimberley Reef Watch} {c1 show} {t1 the sheen has grown}. " +
				"{s2 Data collected by the Shawlands Housing Association} {c2 show} {t2 damp in 48 flats}. " +
				"{s3 A memo obtained by the Herald} {c3 shows} {t3 the repairs were late}.",
			[]string{"organization Kimberley Reef Watch []", "organization Shawlands Housing Association []", "anonymous A memo obtained by the Herald []"}},
		{"a body's part speaks for the body its possessive names; a person's team is not the person",
			"Shetland Islands Council met on Friday. {s1 The council's oil pollution team} {c1 said} {t1 14 miles of shoreline had been affected}. " +
				"{s2 Coach Dan Reid's medical team} {c2 said} {t2 the striker would be out for a month}.",
			[]string{"organization Shetland Islands Council []", "organization Coach Dan Reid's medical team []"}},
		{"a seat of government and a Malay building's name stand for bodies",
			"{s1 Malacañang} {c1 said} {t1 it would await the findings}. {s2 Wisma Putra} {c2 said} {t2 the envoy had been summoned}. {s3 Putrajaya} {c3 said} {t3 the border would reopen}.",
			[]string{"organization Malacañang []", "organization Wisma Putra []", "organization Putrajaya []"}},
		{"a title-case line names no body whose first words another may use",
			"Donald Trump Policies Under Fire\n\n{s1 Donald Trump} {c1 said} {t1 he would win}.",
			[]string{"person Donald Trump []"}},
		{"a body named after its place goes by the rest of its name",
			"Kumasi Golden Stars and Tema Harbour United drew 2-2 on Sunday. {s1 Golden Stars} {c1 said in a statement} {t1 that the club would appeal}.",
			[]string{"organization Kumasi Golden Stars []"}},
		{"a body's noun in apposition before a participle's clause",
			"{s1 Siam Delta Hydropower, the Bangkok-based company building the dam,} {c1 said} {t1 its fish passages were advanced}. " +
				"{s2 Kaimai Dairy, the country's third-largest milk processor,} {c2 said} {t2 prices would fall}.",
			[]string{"organization Siam Delta Hydropower [Bangkok-based company]", "organization Kaimai Dairy [country's third-largest milk processor]"}},
		{"a saint's possessive inside a body's name",
			"The unit at St Brigid's Regional Hospital in Tullamore will close. {s1 Figures from the hospital itself} {c1 show} {t1 that 1,140 babies were born there}.",
			[]string{"organization St Brigid's Regional Hospital []"}},
		{"a body's fields listed after its 'of', with commas",
			"The Ministry of Investment, Trade and Industry welcomed the plant. {s1 The ministry} {c1 said} {t1 it marks a move}. " +
				"{s2 The Bureau of Alcohol, Tobacco and Firearms} {c2 said} {t2 it had sent six agents}.",
			[]string{"organization Ministry of Investment, Trade and Industry []", "organization Bureau of Alcohol, Tobacco and Firearms []"}},
		{"a list of fields opening a body's name after \"the\", its noun at the end, even after a body that shares its first word",
			"The Rail Accident Investigation Branch (RAIB) said the train struck a landslip. {s1 The Rail, Maritime and Signal Workers' Union (RMSW)} {c1 claimed} {t1 workers had seen movement}. " +
				"{s2 Voters in the Midlands, Wales and Scotland} {c2 said} {t2 the strike would go ahead}.",
			[]string{"organization Rail, Maritime and Signal Workers' Union []", "anonymous Voters in the Midlands, Wales and Scotland []"}},
		{"shares are held in a company, which the company refers to",
			"Shares in Southern Cross Gold fell 7 per cent. {s1 The company} {c1 said} {t1 it had told the authority}.",
			[]string{"organization Southern Cross Gold []"}},
		{"a company's short name met first is the company named in full later",
			"Orchard Bay shares slide 11%\n{s1 Orchard Bay Holdings} {c1 said} {t1 it had not been told of an investigation}.",
			[]string{"organization Orchard Bay Holdings []"}},
		{"a surname joined to its particle in lower case",
			"{s1 Khalid al-Mansouri, Kuwait's oil minister from 2009 to 2015,} {c1 said} {t1 prices would fall}. {s2 Al-Mansouri} {c2 said} {t2 demand was weak}.",
			[]string{"person Khalid al-Mansouri [Kuwait's oil minister]", "person Khalid al-Mansouri [Kuwait's oil minister]"}},
		{"no he refers to a description that names no person",
			"Bernie Sanders arrived late. {s1 His endorsement of Clinton} {c1 showed} {t1 that the party was split}. {s2 He} {c2 said} {t2 it was over}.",
			[]string{"anonymous His endorsement of Clinton []", "person Bernie Sanders []"}},
		{"a body's generic first word, capitalized, is its short name",
			"{s1 The City of Cape Town} {c1 said} {t1 it would act}. {s2 The City} {c2 said} {t2 the land was set aside}.",
			[]string{"organization City of Cape Town []", "organization City of Cape Town []"}},
		{"a forum is a body",
			"{s1 The Housing Justice Forum} {c1 said} {t1 it would appeal against the order}.",
			[]string{"organization Housing Justice Forum []"}},
		{"a body's noun before of: the words after it name its members, no title",
			"{s1 The Kenya Union of Clinical Officers} {c1 said} {t1 the strike would go on}.",
			[]string{"organization Kenya Union of Clinical Officers []"}},
		{"a body's own of before its and",
			"{s1 The Union of Dock and Port Workers} {c1 accused} {t1 the police of using force}.",
			[]string{"organization Union of Dock and Port Workers []"}},
		{"a body's rules speak for the body",
			"The Pan-Pacific Boxing Association (PPBA) sanctioned the bout. {s1 The PPBA's championship rules} {c1 say} {t1 a champion may petition for a rematch}.",
			[]string{"organization Pan-Pacific Boxing Association []"}},
		{"a party's name alone",
			"{s1 Labour} {c1 said} {t1 the bill was wrong}, and {s2 Labor} {c2 said} {t2 the same}.",
			[]string{"organization Labour []", "organization Labor []"}},
		{"an acronym in brackets after a name that a first name opens",
			"{s1 Kingston Metro Transit (KMT)} {c1 said} {t1 the buses would run}.",
			[]string{"organization Kingston Metro Transit []"}},
		{"a sport's body and a club",
			"{s1 Cricket Queensland} {c1 said} {t1 the final drew a record crowd}, and {s2 Ballymena United} {c2 said} {t2 the match would go ahead}.",
			[]string{"organization Cricket Queensland []", "organization Ballymena United []"}},
		{"a document's author of one word",
			"{s1 Figures from market tracker Cellmetrics} {c1 show} {t1 the company's share slipped}.",
			[]string{"organization Cellmetrics []"}},
		{"a name at a line's end with no period, whose last word the tagger takes for punctuation",
			"What other critics say\n{t1 \"A haunting triumph.\"} {c1 —} {s1 Pixel Tide}\n{t2 \"Too long by half.\"} {c2 —} {s2 Northern Respawn}\n",
			[]string{"person Pixel Tide []", "person Northern Respawn []"}},
		{"a plural the tagger takes for a verb inside a body's name, and an ampersand",
			"{s1 Uva Highlands Tea PLC} {c1 said} {t1 profits fell}. {s2 Johnson & Johnson} {c2 said} {t2 the plant would close}.",
			[]string{"organization Uva Highlands Tea PLC []", "organization Johnson & Johnson []"}},
		{"a particle run into a surname",
			"{s1 The KLRP's director, Bongani kaMpofu,} {c1 said} {t1 the land was theirs}.",
			[]string{"person Bongani kaMpofu [KLRP's director]"}},
		{"a plural possessive inside a body's name, but not an outlet's before a person",
			"{s1 A survey by the Scottish Traders' Forum} {c1 found} {t1 most had not checked}. {s2 The advocacy group Renters' Voice Victoria} {c2 said} {t2 rents rose}. {s3 Fox News' Bret Baier} {c3 said} {t3 the race was close}.",
			[]string{"organization Scottish Traders' Forum []", "organization Renters' Voice Victoria []", "person Bret Baier []"}},
		{"a document's author after its recipient and a time, and a body's report of it",
			"{s1 A memo sent to senior managers last week by the Ozark Media Group} {c1 said} {t1 cuts would follow}. {s2 A preliminary report of the Maritime Casualty Board (MCB)} {c2 found} {t2 that the crew was tired}. {s3 A report of the attack} {c3 found} {t3 that no one was hurt}.",
			[]string{"organization Ozark Media Group []", "organization Maritime Casualty Board []", "anonymous A report of the attack []"}},
		{"a definite document speaks for the author of the last one named, a person's too, whatever words describe it",
			"{s1 A memo by the Ozark Media Group} {c1 said} {t1 the paper was for sale}. {s2 An internal memo from company president Kyle Brannigan} {c2 said} {t2 42 jobs would go}. {s3 The memo} {c3 added} {t3 that two newsrooms were a luxury}. {s4 A preliminary report of the Maritime Casualty Board} {c4 found} {t4 that the captain was warned}. {s5 The three-page report} {c5 said} {t5 the crew was tired}.",
			[]string{"organization Ozark Media Group []", "person Kyle Brannigan [company president]", "person Kyle Brannigan [company president]", "organization Maritime Casualty Board []", "organization Maritime Casualty Board []"}},
		{"a shipping line's name, and a studio named after its noun",
			"{s1 Merlion Orient Lines} {c1 said} {t1 it was cooperating fully}. {s2 Montreal video game studio Boréal Interactif} {c2 confirmed} {t2 it is laying off 140 employees}.",
			[]string{"organization Merlion Orient Lines []", "organization Boréal Interactif []"}},
		{"a name of two words before the noun of a document it heads is a body's, but not a person's",
			"{s1 The Ghar Daftar property price index} {c1 shows} {t1 that plot prices fell}. {s2 The new Morning Consult poll} {c2 found} {t2 that Cruz trails}. {s3 The Maria Santos report} {c3 found} {t3 that fees rose}.",
			[]string{"organization Ghar Daftar []", "organization Morning Consult []", "person Maria Santos []"}},
		{"an acronym in brackets inside the run of a body's name, and of a body in a person's title",
			"{t1 Two more centres have been closed}, {s1 the Ministry of Health (MOH)} {c1 said} yesterday. {s2 Figures released by the MOH} {c2 show} {t2 that 1,842 cases were reported}. " +
				"{s3 Senior Lok Vikas Party (LVP) leader S. Mallikarjun Kallur} {c3 described} {t3 his win as a victory}. {s4 The LVP, which won 41 seats,} {c4 said} {t4 it would sit in opposition}.",
			[]string{"organization Ministry of Health []", "organization Ministry of Health []", "person S. Mallikarjun Kallur [leader]", "organization Lok Vikas Party []"}},
		{"no acronym of a run that a joining word cut from a longer name",
			"The statement answered a request from the watchdog group Citizens for Responsibility and Ethics in Washington (CREW). {s1 CREW} {c1 said} {t1 it would sue}.",
			[]string{"organization CREW []"}},
		{"a plural possessive the tagger takes for a plural proper noun",
			"{s1 Citizens' Poll Watch Kenya, which deployed 1,200 observers in the county,} {c1 said} {t1 its tally was within the margin}.",
			[]string{"organization Citizens' Poll Watch Kenya []"}},
		{"a game studio's name",
			"{s1 Lanternfish Games} {c1 said} {t1 a sequel is not on the table}.",
			[]string{"organization Lanternfish Games []"}},
		{"a legal form in brackets stays in the name",
			"{s1 Serendib Capital (Pvt) Ltd} {c1 said} {t1 profits fell}.",
			[]string{"organization Serendib Capital (Pvt) Ltd []"}},
		{"the names of research and data firms",
			"{s1 Figures from Dominion Auto Data} {c1 show} {t1 that sales fell}. {s2 A survey by Manila-based pollster Pulso Research} {c2 found} {t2 that fees rose}.",
			[]string{"organization Dominion Auto Data []", "organization Pulso Research []"}},
		{"but one with a first name is a person",
			"{s1 A report by Maria Santos} {c1 found} {t1 that fees rose}.",
			[]string{"person Maria Santos []"}},
		{"the parties out of power",
			"{s1 The Opposition} {c1 said} {t1 the budget was a fraud}.",
			[]string{"organization Opposition []"}},
		{"a court as its judges",
			"{s1 The bench} {c1 observed} {t1 that the right to shelter stood}.",
			[]string{"organization bench []"}},
		{"initials by the parts of a hyphened word",
			"The case was investigated by the Malaysian Anti-Corruption Commission (MACC). {s1 The MACC} {c1 said} {t1 it had frozen two accounts}.",
			[]string{"organization Malaysian Anti-Corruption Commission []"}},
		{"a curly and a straight apostrophe in one name",
			"{s1 Police Commissioner James O’Neill} {c1 said} {t1 the device had been found}. {s2 O'Neill} {c2 said} {t2 more were sought}.",
			[]string{"person James O’Neill [Police Commissioner]", "person James O’Neill [Police Commissioner]"}},
		{"an Arabic surname without its article",
			"{s1 Syrian President Bashar al-Assad} {c1 said} {t1 the talks had failed}. {s2 Assad} {c2 said} {t2 more would come}.",
			[]string{"person Bashar al-Assad [Syrian President]", "person Bashar al-Assad [Syrian President]"}},
		{"a body's initials before its place",
			"The Infocomm Development Authority of Singapore (IDA) fined the firm. {s1 The IDA} {c1 said} {t1 it takes a serious view of lapses}.",
			[]string{"organization Infocomm Development Authority of Singapore []"}},
		{"a chief's title's letters",
			"LionPay chief executive Tan Wei Ming apologised on Tuesday. {s1 The CEO} {c1 said} {t1 merchants would be compensated}.",
			[]string{"person Tan Wei Ming [LionPay chief executive]"}},
		{"the owner of what a document is of",
			"{s1 The minutes of Galway County Council's May meeting} {c1 record} {t1 that councillors asked for a review}.",
			[]string{"organization Galway County Council []"}},
		{"the owner of the document figures are in, and a charge sheet's",
			"The Illawarra Stingrays sacked their coach. {s1 Figures in the club's 2011 annual report} {c1 show} {t1 a loss of $1.9 million}. " +
				"The Public Assets Recovery Commission (PARC) filed 37 counts. {c2 According to} {s2 the commission's charge sheet}, {t2 the board paid N4.2 billion to 14 firms}.",
			[]string{"organization Illawarra Stingrays []", "organization Public Assets Recovery Commission []"}},
		{"the author of the document that copies are of, but no place a document is from",
			"The Independent National Electoral Commission (INEC) declared the result. {s1 Certified true copies of INEC's result sheets} {c1 show} {t1 that 1,140 votes were recorded}. " +
				"{s2 An earlier report in a New Hampshire paper} {c2 said} {t2 that the fliers were fake}.",
			[]string{"organization Independent National Electoral Commission []", "anonymous An earlier report in a New Hampshire paper []"}},
		{"a city stands for its government",
			"Peru and Bolivia share the lake. {s1 Lima} {c1 promised} {t1 to fund the clean-up}, and {s2 La Paz} {c2 said} {t2 it would match it}.",
			[]string{"organization Lima []", "organization La Paz []"}},
		{"but a city's name that a person of the text bears is that person's",
			`The show's director, Jomari "Jojo" Villaverde, was not at the launch. {s1 Villaverde} {c1 said} {t1 the cast was ready}.`,
			[]string{"person Jomari Villaverde []"}},
		{"as a first name alone is a person's",
			"{s1 Charlotte} {c1 said} {t1 she had waited two years for the operation}.",
			[]string{"person Charlotte []"}},
		{"initials alone are no person's name",
			"{s1 U.S.} {c1 said} {t1 the talks would go on}.",
			[]string{"organization U.S. []"}},
		{"nor one a pronoun refers to",
			"{s1 Maria Lopez} {c1 said} {t1 the plant was closing}. Workers in Durham, N.C., lost jobs. {s2 She} {c2 said} {t2 it was sad}.",
			[]string{"person Maria Lopez []", "person Maria Lopez []"}},
		{"a designator, then the name without it",
			"{s1 Hessler AG} {c1 declined} {t1 to comment}. Later, {s2 Hessler} {c2 said} {t2 the talks were over}.",
			[]string{"organization Hessler AG []", "organization Hessler AG []"}},
		{"the short name comes first, in a headline",
			"{s1 Vanterpool} {c1 says} {t1 no deal}\n\nThe packaging maker Vanterpool NV said on Monday it had no offer.",
			[]string{"organization Vanterpool NV []"}},
		{"initials keep their periods as the text writes them",
			"{s1 Coach P.J. Fleck} {c1 said} {t1 they played well}. {s2 The S.E.C.} {c2 said} {t2 it would look into it}. {s3 Mary J Blige} {c3 said} {t3 nothing}.",
			[]string{"person P.J. Fleck [Coach]", "organization S.E.C. []", "person Mary J Blige []"}},
		{"a body's name, then a longer one that adds more than a legal form: its product",
			"Laptop review\n\n{s1 Apple} {c1 says} {t1 the keys are better}.\n\nWe watched Apple TV+ content on it.\n\n{s2 Apple} {c2 says} {t2 the battery lasts longer}.",
			[]string{"organization Apple []", "organization Apple []"}},
		{"a body's name, then the same with its legal form: one company",
			"Results day\n\n{s1 Hessler} {c1 said} {t1 sales rose}.\n\nThe packaging maker Hessler AG has 900 staff.\n\n{s2 Hessler} {c2 said} {t2 it would hire}.",
			[]string{"organization Hessler AG []", "organization Hessler AG []"}},
		{"initials",
			"The Federal Aviation Administration grounded the jets. {s1 The FAA} {c1 said} {t1 the checks would take a week}.",
			[]string{"organization Federal Aviation Administration []"}},
		{"an acronym in brackets",
			"The Treatment Action Network (TAN) runs clinics. {s1 TAN} {c1 said} {t1 the clinics were empty}.",
			[]string{"organization Treatment Action Network []"}},
		{"of within a body's name",
			"{s1 Department of Primary Industries figures} {c1 show} {t1 there were 11 sightings}.",
			[]string{"organization Department of Primary Industries []"}},
		{"and within a body's name",
			"{s1 The Irish Nurses and Midwives Organisation} {c1 said} {t1 posts were unfilled}.",
			[]string{"organization Irish Nurses and Midwives Organisation []"}},
		{"on within a body's name, after the body's noun",
			"{s1 The Commission on Presidential Debates} {c1 said} {t1 the rules stood}. {s2 Clinton} {c2 said} on Monday {t2 she would attend}.",
			[]string{"organization Commission on Presidential Debates []", "person Clinton []"}},
		{"a firm's partners after and",
			"{s1 Harcourt Bell and Partners} {c1 said} {t1 the dam was safe}.",
			[]string{"organization Harcourt Bell and Partners []"}},
		{"members in the plural possessive on both sides of and",
			"{s1 The Pune Traders' and Taxpayers' Association} {c1 said} {t1 the notices were illegal}.",
			[]string{"organization Pune Traders' and Taxpayers' Association []"}},
		{"the plural of a body's members and a capitalized join",
			"{s1 Doctors Without Borders} {c1 said} {t1 the clinic was bombed}. {s2 Artists Against Extraction, a coalition of filmmakers,} {c2 said} {t2 the sponsor must go}.",
			[]string{"organization Doctors Without Borders []", "organization Artists Against Extraction []"}},
		{"members' plural inside a sentence, or at its start with what says it is a body",
			"The plan was opposed by {s1 Friends of the Earth, which} {c1 said} {t1 it was weak}. {s2 Families for Safer Roads BC, which has lobbied for years,} {c2 said} {t2 the sentence was light}.",
			[]string{"organization Friends of the Earth []", "organization Families for Safer Roads BC []"}},
		{"people of a role at a sentence's start are no body",
			"{s1 Lawyers for Trump} {c1 said} {t1 the ruling was wrong}. {s2 Residents of Kibera} {c2 said} {t2 the water was dirty}.",
			[]string{"anonymous Lawyers for Trump []", "anonymous Residents of Kibera []"}},
		{"a name that ends in Executive with no rank before it is a body's",
			"{s1 The Health Service Executive} {c1 said} {t1 beds were ready}. {s2 The Health and Safety Executive} {c2 said} {t2 the site was unsafe}. {s3 Chief Executive John Smith} {c3 said} {t3 it was safe}.",
			[]string{"organization Health Service Executive []", "organization Health and Safety Executive []", "person John Smith [Chief Executive]"}},
		{"a capital All after the, or opening a sentence before a place, opens a body's name",
			"{s1 The All India Gig Riders' Union (AIGRU)} {c1 said} {t1 pay was cut}. {s2 All India Radio} {c2 said} {t2 the vote was fair}. {s3 All Acme workers} {c3 said} {t3 it was fair}.",
			[]string{"organization All India Gig Riders' Union []", "organization All India Radio []", "anonymous All Acme workers []"}},
		{"an office's portfolio listed with commas, then the holder's name",
			"{s1 The Minister for Arts, Heritage and the Gaeltacht, Pádraig Ó Dálaigh,} {c1 told} the Dáil {t1 that funding was a matter for the council}. " +
				"{s2 The Minister for Trade, Enterprise and Employment, Kwasi Mensah,} {c2 said} {t2 prices would fall}.",
			[]string{"person Pádraig Ó Dálaigh [Minister for Arts, Heritage and the Gaeltacht]", "person Kwasi Mensah [Minister for Trade, Enterprise and Employment]"}},
		{"a name of the form X of Y whole in itself is no short name of a longer one that ends in it; an owner's possessive makes it one",
			"{s1 Premier Trust Bank of Jamaica} {c1 said} {t1 it would buy Liguanea}. {s2 The Bank of Jamaica} {c2 said} {t2 it had no objection}. " +
				"{s3 Singapore's Ministry of Defence} {c3 said} {t3 it would buy jets}. {s4 The Ministry of Defence} {c4 said} {t4 the deal was final}. " +
				"{s5 The Federal Ministry of Health} {c5 said} {t5 beds were full}. {s6 The Ministry of Health} {c6 said} {t6 more would come}.",
			[]string{"organization Premier Trust Bank of Jamaica []", "organization Bank of Jamaica []", "organization Singapore's Ministry of Defence []", "organization Singapore's Ministry of Defence []",
				"organization Federal Ministry of Health []", "organization Federal Ministry of Health []"}},
		{"an office named by its seat or portfolio, then the holder's name in apposition",
			"{s1 Opposition Member of Parliament for St Catherine South Central, Dwayne Morrison-Reid,} {c1 called on} {t1 the minister to publish the deal}. " +
				"{s2 Governor of Lagos State, Babajide Adeyemi,} {c2 said} {t2 the roads would reopen}.",
			[]string{"person Dwayne Morrison-Reid [Opposition Member of Parliament for St Catherine South Central]", "person Babajide Adeyemi [Governor of Lagos State]"}},
		{"a body's noun, then its name in apposition: the name as a name is written, its acronym known, the noun kept for reference",
			"{s1 The operator, TransCaribbean Highway Company Ltd (TCHC),} {c1 said} {t1 fares would rise}. {s2 TCHC} {c2 said} {t2 it would appeal}. {s3 The operator} {c3 said} {t3 it was sorry}.",
			[]string{"organization TransCaribbean Highway Company Ltd []", "organization TransCaribbean Highway Company Ltd []", "organization TransCaribbean Highway Company Ltd []"}},
		{"a body's noun before its name in apposition is kept for reference: a company's noun finds the operator",
			"{s1 The Ministry of Health} {c1 said} {t1 two centres closed}. {s2 The operator of both centres, Little Sprouts Childcare,} {c2 said} {t2 it was working with the authorities}. {s3 The company} {c3 said} {t3 it would refund fees}.",
			[]string{"organization Ministry of Health []", "organization Little Sprouts Childcare []", "organization Little Sprouts Childcare []"}},
		{"a name's number is part of the name: a union's local",
			"{s1 Farm Implement Workers Union Local 1140} {c1 said} {t1 the strike would go on}. {s2 Amalgamated Transit Workers Local 1187, which represents drivers,} {c2 said} {t2 the buses were unsafe}.",
			[]string{"organization Farm Implement Workers Union Local 1140 []", "organization Amalgamated Transit Workers Local 1187 []"}},
		{"a body's governing organ speaks for the body; its officials, or an organ of no body named, stay persons",
			"{s1 The Singapore Turf Authority's stewards} {c1 said} {t1 the horse was lame}. {s2 The trustees of the Kelvinhaugh Marine Pension Scheme} {c2 said} {t2 the deficit grew}. " +
				"{s3 Officials of the World Bank} {c3 said} {t3 growth would slow}. {s4 Stewards} {c4 said} {t4 the race stands}.",
			[]string{"organization Singapore Turf Authority []", "organization Kelvinhaugh Marine Pension Scheme []", "anonymous Officials of the World Bank []", "anonymous Stewards []"}},
		{"a treasury is a body, and a document of it speaks for the one named before",
			"{s1 The National Treasury} {c1 has insisted} {t1 that the figures are overstated}. {c2 According to} {s2 a Treasury policy paper}, {t2 the levy would raise R2 billion}.",
			[]string{"organization National Treasury []", "organization National Treasury []"}},
		{"a body's name joined by \"and\" whose own word stands five words on, past its members' possessive",
			"{s1 The Food and Allied Beverage Workers' Union (Fabwu)} {c1 said} {t1 it would march on Parliament}.",
			[]string{"organization Food and Allied Beverage Workers' Union []"}},
		{"a role of a body named in apposition, then its holder named: the holder",
			"{s1 The regional director of the contractor, Gulf Aerotech Holdings, Khalid al-Mansoori,} {c1 said} {t1 his firm had not been paid}. {s2 The operator of both centres, Little Sprouts Childcare,} {c2 said} {t2 it was working with the authorities}.",
			[]string{"person Khalid al-Mansoori [regional director of the contractor]", "organization Little Sprouts Childcare []"}},
		{"a constabulary is a body",
			"{s1 Northern Constabulary} {c1 said} {t1 the men had been climbing in poor visibility}.",
			[]string{"organization Northern Constabulary []"}},
		{"and so does its management",
			"{s1 The management of Bonny Marine Dockyard Limited} {c1 has announced} {t1 the closure of its dockyard}.",
			[]string{"organization Bonny Marine Dockyard Limited []"}},
		{"a word after the first written as a brand makes a body's name; a surname's particle does not",
			"{s1 Indus BioPharma} {c1 said} {t1 the vaccine was safe}. {s2 Jan VanDyke} {c2 said} {t2 he was fine}. {s3 DeShawn Pryor} {c3 said} {t3 he was fine}.",
			[]string{"organization Indus BioPharma []", "person Jan VanDyke []", "person DeShawn Pryor []"}},
		{"a given name before a patronymic's particle, the particle's a read as an article and the name's -man as a role's",
			"{s1 FAM general secretary Sivaraman a/l Krishnan} {c1 said} {t1 the transfer was legal}. {s2 Retiree Rajendran s/o Muthusamy} {c2 said} {t2 it was late}.",
			[]string{"person Sivaraman a/l Krishnan [FAM general secretary]", "person Rajendran s/o Muthusamy [Retiree]"}},
		{"persons joined by and are two",
			"{s1 Smith and Jones} {c1 said} {t1 the posts were unfilled}.",
			[]string{"person Smith []"}},
		{"a building stands for who works there",
			"{s1 Downing Street} {c1 said} {t1 it was confident}.",
			[]string{"organization Downing Street []"}},
		{"a descriptor is no part of a body's name",
			"Rival Billfold Ltd raised money. {s1 Billfold} {c1 said} {t1 the feature was not compliant}.",
			[]string{"organization Billfold Ltd []"}},
		{"a body's noun before the name", "{s1 Shanghai-based business weekly Jinrong Zhoukan} {c1 reported} {t1 that regulators were investigating}.",
			[]string{"organization Jinrong Zhoukan []"}},
		{"a relative which", "{s1 Rival Billfold, which raised $25 million last year,} {c1 has claimed} {t1 that the feature is not compliant}.",
			[]string{"organization Billfold []"}},
		{"the words of airlines, mutuals, clubs and trades", "{s1 Islas Air} {c1 said} {t1 flights would resume}. {s2 Coastline Mutual} {c2 said} {t2 claims were up}. " +
			"{s3 Selangor Rajawali FC} {c3 have denied} {t3 the reports}. {s4 Blue Mahoe Beverages} {c4 said} {t4 it was proud}.",
			[]string{"organization Islas Air []", "organization Coastline Mutual []", "organization Selangor Rajawali FC []", "organization Blue Mahoe Beverages []"}},
		{"a guild is a body, whatever title word its name holds",
			"{s1 The Jamaica Registered Nurses Guild} {c1 called} {t1 a strike}. {s2 The nurses' guild} {c2 said} {t2 talks would resume}.",
			[]string{"organization Jamaica Registered Nurses Guild []", "organization Jamaica Registered Nurses Guild []"}},
		{"the words of ferries, hotels, farms and other trades", "{s1 Salish Island Ferries} {c1 said} {t1 the vessel was sound}. {s2 Ridgeview Farms} {c2 said} {t2 the milk was safe}.",
			[]string{"organization Salish Island Ferries []", "organization Ridgeview Farms []"}},
		{"a designator among business words", "{s1 Nordhaven Oil} {c1 denies} {t1 liability}.",
			[]string{"organization Nordhaven Oil []"}},
		{"a party's plural is a group, a group a body",
			"{s1 Republicans} {c1 said} {t1 the bill would pass}. {s2 The Scottish Conservatives} {c2 called} {t2 for an inquiry}.",
			[]string{"organization Republicans []", "organization Scottish Conservatives []"}},
		{"a body in apposition to a common noun",
			"{s1 The shipyard, Inverclyde Marine Engineering,} {c1 said} {t1 the changes had added costs}.",
			[]string{"organization Inverclyde Marine Engineering []"}},
		{"a body's common name runs on through of",
			"{s1 The national department of health} {c1 said} {t1 it was monitoring the situation}.",
			[]string{"organization national department of health []"}},
		{"a plural possessive within a body's name",
			"{s1 Wexcombe Residents' Association} {c1 has called for} {t1 a full public consultation}.",
			[]string{"organization Wexcombe Residents' Association []"}},
		{"a plural possessive after and within a body's name",
			"{s1 The Food and Beverage Workers' Union} {c1 accused} {t1 the company of lying}.",
			[]string{"organization Food and Beverage Workers' Union []"}},
		{"a football club's name",
			"{s1 Halworth Rovers} {c1 said} {t1 the manager had left}. Later, {s2 Halworth} {c2 said} {t2 a new one would come}.",
			[]string{"organization Halworth Rovers []", "organization Halworth Rovers []"}},
		{"a person of a company is the person",
			"{s1 Analyst Kenji Morimoto of Brightwater Securities} {c1 said} {t1 premiums would rise}. {s2 Ruth Okafor of Lindgren Capital} {c2 agreed}.",
			[]string{"person Kenji Morimoto [Analyst]", "person Ruth Okafor []"}},
		{"of after one word stays a body's name",
			"{s1 The Bank of England} {c1 said} {t1 rates would hold}.",
			[]string{"organization Bank of England []"}},
		{"a ministry's portfolios joined by and",
			"{s1 The Ministry of Trade and Industry} {c1 said} {t1 it would act}.",
			[]string{"organization Ministry of Trade and Industry []"}},
		{"a title the tagger took for a verb before a name",
			"{t1 \"It is over,\"} {c1 said} {s1 magistrate Thandiwe Mkhize}.",
			[]string{"person Thandiwe Mkhize [magistrate]"}},
		{"a word that opens a body's name names the body alone",
			"Nissan North America Inc sells cars in Canada. {s1 Nissan} {c1 said} {t1 sales rose}.",
			[]string{"organization Nissan []"}},
		{"a word in a person's title names who employs them",
			"Lexus Project Manager Fumihiko Hazama showed the car. {s1 Lexus} {c1 called} {t1 the vehicle a concept}.",
			[]string{"organization Lexus []"}},
		{"not when a person of the document has it for last name",
			"Mary Nissan runs Nissan Holdings Ltd. {s1 Nissan} {c1 said} {t1 sales rose}.",
			[]string{"person Mary Nissan []"}},
		{"of the and for the within a body's name",
			"{s1 The International Council for the Exploration of the Sea} {c1 said} {t1 stocks were low}. {s2 The Chairman of the Board} {c2 said} {t2 it was fine}.",
			[]string{"organization International Council for the Exploration of the Sea []", "anonymous The Chairman of the Board []"}},
		{"a time after the name of the author",
			"{s1 A report by the Office of the Auditor-General last year} {c1 found} {t1 that bags were missing}.",
			[]string{"organization Office of the Auditor-General []"}},
		{"a plural's possessive within a body's name",
			"{s1 The Women's Tennis Association} {c1 said} {t1 the event would go ahead}. {s2 Carmen's lawyer} {c2 said} {t2 no}.",
			[]string{"organization Women's Tennis Association []", "anonymous Carmen's lawyer []"}},
		{"a document speaks for its author",
			"{s1 NHS England figures} {c1 show} {t1 waits grew}. {s2 Pryor's Instagram statement} {c2 said} {t2 he was fine}. Deshawn Pryor plays. {s3 The figures} {c3 also show} {t3 beds fell}.",
			[]string{"organization NHS England []", "person Deshawn Pryor []", "organization NHS England []"}},
		{"a document's year or date is not its head; a titled document's capitalized owner speaks, and the document's noun refers back to the owner",
			"{s1 The Central Bank of Nigeria (CBN)} {c1 set} {t1 a rule}. {s2 A CBN circular dated October 20} {c2 shows} {t2 that 19 banks met it}. " +
				"{s3 The Auditor-General's Report 2004, tabled in Parliament,} {c3 found} {t3 that the deal was bad}. {c4 According to} {s4 the report}, {t4 traffic fell}.",
			[]string{"organization Central Bank of Nigeria []", "organization Central Bank of Nigeria []", "person Auditor-General []", "person Auditor-General []"}},
		{"a document's author named by a relative clause with no that",
			"{s1 The Ross County Sheriff's Office} {c1 said} {t1 the jail was full}. {s2 Figures the Ross County Sheriff's Office submits to the FBI} {c2 show} {t2 that thefts fell}. {s3 Data the ministry released} {c3 show} {t3 that fines rose}.",
			[]string{"organization Ross County Sheriff's Office []", "organization Ross County Sheriff's Office []", "anonymous Data the ministry released []"}},
		{"an acronym the text gave a body, opening a sentence before a document's noun, is its author",
			"{s1 The Health Service Executive (HSE)} {c1 said} {t1 beds were full}. {s2 HSE figures} {c2 show} {t2 waiting lists grew}.",
			[]string{"organization Health Service Executive []", "organization Health Service Executive []"}},
		{"words of time or recipient after a document's participle, before its author; an owner is the author still",
			"{s1 The inspection report, released to the Chronicle by Cardiff Council,} {c1 found} {t1 droppings}. Ray Tsosie is a hydrologist. {s2 His report, published last week by the Plains Water Institute,} {c2 found} {t2 the wells were dry}.",
			[]string{"organization Cardiff Council []", "person Ray Tsosie []"}},
		{"a warning is a document of its author",
			"{s1 A flood warning posted by the River Basin Authority at 6am} {c1 said} {t1 the levee could fail}.",
			[]string{"organization River Basin Authority []"}},
		{"a description that names its referent (\"which calls itself\", \"known as\") is the name's, the clause in the source or not",
			"Hackers breached the council. {s1 The ransomware group}, which calls itself NightHeron, {c1 claimed} {t1 it had stolen data}. {s2 A hacker known as Zeroday} {c2 said} {t2 he had sold it}.",
			[]string{"organization NightHeron []", "person Zeroday []"}},
		{"a verb's base form after a name in prose ends the name; an app is a business",
			"{s1 Food delivery app Makan Go} {c1 said} {t1 its systems were breached}. {s2 Republicans like Ted Cruz} {c2 say} {t2 the deal is bad}.",
			[]string{"organization Makan Go []", "organization Republicans []"}},
		{"a name in apposition to the description of a document's author is the author",
			"{s1 A 2021 report by the council's external auditors, Marlowe Price LLP,} {c1 warned} {t1 that its servers were old}.",
			[]string{"organization Marlowe Price LLP []"}},
		{"a list that ends the text is no body's name",
			"{s1 Smith} {c1 said} {t1 it was the Rail, Maritime and}",
			[]string{"person Smith []"}},
		{"separate bodies, places and groups listed are no one body",
			"{s1 Officials from the Treasury, Home Office and Foreign Office} {c1 said} {t1 they met}. {s2 Fans of the Lakers, Celtics and Golden State Warriors} {c2 said} {t2 no}.",
			[]string{"organization Home Office and Foreign Office []", "organization Celtics and Golden State Warriors []"}},
		{"a body named by the initials of its listed fields",
			"The Rail, Maritime and Transport Union called a strike. {s1 The RMTU} {c1 said} {t1 talks had failed}.",
			[]string{"organization Rail, Maritime and Transport Union []"}},
		{"a name given to another than the source's head, later in its clause, is not the source's",
			"{s1 The detectives, who are hunting a gunman known as Shorty,} {c1 said} {t1 he was armed}.",
			[]string{"anonymous The detectives []"}},
		{"an owner anywhere before a document's noun is its author, whoever publishes it; a surname opening a sentence is no author",
			"Ray Tsosie is a hydrologist. {s1 Mr Tsosie's report, published last week by the Plains Water Institute,} {c1 found} {t1 the wells were dry}. " +
				"Economist Ray Price spoke at the forum. {s2 Price figures} {c2 show} {t2 inflation rose}.",
			[]string{"person Ray Tsosie [Mr]", "anonymous Price figures []"}},
		{"a name in -ly the tagger takes for an adverb opens a body's name; a plural taken for a verb joins one past a possessive",
			"The boat was found in a bog.\n\n{s1 Offaly County Council} {c1 said} {t1 the area would close}. {s2 The Marine Products Exporters' Federation} {c2 said} {t2 exports fell}.",
			[]string{"organization Offaly County Council []", "organization Marine Products Exporters' Federation []"}},
		{"an author before common nouns of a document, not a nationality",
			"{s1 A Department of Immigration briefing note} {c1 says} {t1 the centre is full}. {s2 Turkish news reports} {c2 said} {t2 he had fled}.",
			[]string{"organization Department of Immigration []", "anonymous Turkish news reports []"}},
		{"a law's name is no person a pronoun finds",
			"{s1 Bobby Scott} {c1 said} {t1 the bill was fair}. The Fair Sentencing Act cut terms. {s2 He} {c2 said} {t2 it worked}.",
			[]string{"person Bobby Scott []", "person Bobby Scott []"}},
		{"a city whose name opens with a particle is no person a pronoun finds",
			"{s1 Bernie Sanders} {c1 said} {t1 he would win}. The debate will be televised from Des Moines. {s2 He} {c2 said} {t2 it worked}.",
			[]string{"person Bernie Sanders []", "person Bernie Sanders []"}},
		{"a title-case line's word the text writes in lower case is no name; one it capitalizes is",
			"{s1 Widow} {c1 Tells} {t1 Inquest Of Junction Danger}\n\n{s2 The widow of a cyclist} {c2 told} {t2 an inquest the junction was a death trap}.",
			[]string{"anonymous Widow []", "anonymous Widow []"}},
		{"a name the text capitalizes stays a name in a title-case line",
			"{s1 Theresa May} {c1 Warns} {t1 Of Hard Winter}\n\nIt may snow. {s2 Theresa May} {c2 said} {t2 it would be hard}.",
			[]string{"person Theresa May []", "person Theresa May []"}},
		{"a name after 'the' that holds a first name and more is a work's or a body's",
			"The interview aired on \"The Rachel Maddow Show\" on MSNBC. {s1 Maddow} {c1 asked} {t1 whether she was surprised}.",
			[]string{"person Maddow []"}},
		{"'and' after a titled person joins no body's name; after a place it may",
			"Former U.N. Ambassador John Bolton and Breitbart News editor Sebastian Gorka spoke. {s1 Bolton} {c1 said} {t1 the speech reassured him}. " +
				"{s2 The Kenya Marine and Fisheries Research Institute} {c2 said} {t2 the gulf was starved of oxygen}.",
			[]string{"person John Bolton [Former U N Ambassador]", "organization Kenya Marine and Fisheries Research Institute []"}},
		{"one member of a party from a place is anonymous",
			"{t1 \"Trump will be defeated,\"} {c1 said} {s1 a New Hampshire Republican, who responded anonymously}. {t2 \"He will not collapse,\"} {c2 said} {s2 a California Democrat}.",
			[]string{"anonymous a New Hampshire Republican []", "anonymous a California Democrat []"}},
		{"a month is no document's author",
			"{s1 A June poll} {c1 found} {t1 the race was close}.",
			[]string{"anonymous A June poll []"}},
		{"a name whose last word the text writes in lower case is a body's",
			"Rain fell all night and the water rose. {s1 Glamorgan Water} {c1 said} {t1 supplies were safe}.",
			[]string{"organization Glamorgan Water []"}},
		{"who obtained a document is not its author",
			"{s1 A report obtained by the Tribune} {c1 says} {t1 the centre is full}.",
			[]string{"anonymous A report obtained by the Tribune []"}},
		{"minutes and records are their keeper's; a review of something is about it",
			"{s1 Minutes of a March 2025 meeting of the Mombasa County planning committee} {c1 show} {t1 that two members objected}. " +
				"The list was short, but {s2 records of the Eastern Samar schools division} {c2 show} {t2 that 40 pupils left}. " +
				"{s3 A review of the K-1 visa program} {c3 found} {t3 no fraud}.",
			[]string{"organization Mombasa County planning committee []", "organization Eastern Samar schools division []",
				"anonymous A review of the K-1 visa program []"}},
		{"a participle before a noun modifies it",
			"{s1 A Lagos based lawyer, Femi Falana,} {c1 said} {t1 the arrest was illegal}.",
			[]string{"person Femi Falana [Lagos based lawyer]"}},
		{"a participle after a noun opens a clause about it, no part of its name; a naming one names it",
			"The Ministry of Transportation denied it. {s1 An internal ministry memo dated Oct. 3} {c1 shows} {t1 that the bridge was unsafe}. " +
				"{s2 A worker named Antonio Arroyo} {c2 said} {t2 the plant was closing}.",
			[]string{"organization Ministry of Transportation []", "person Antonio Arroyo []"}},
		{"nor who saw it, an irregular verb's participle",
			"{s1 A report, seen by the Courier,} {c1 says} {t1 the centre is full}.",
			[]string{"anonymous A report []"}},
		{"a bookmaker is a business's noun of agents before its name; a given name the lists lack stays a person's whatever \"it\" refers to",
			"{s1 Bookmaker McGrath Bet Ltd} {c1 said} {t1 its traders saw late money}. {s2 Tunde Bakare} {c2 said} {t2 it would take time}.",
			[]string{"organization McGrath Bet Ltd []", "person Tunde Bakare []"}},
	})
}

func TestDecideKind(t *testing.T) {
	tests := []struct {
		name string
		e    nameEvidence
		want Kind
	}{
		{"no name", nameEvidence{}, ""},
		{"no evidence: a person", nameEvidence{words: 2}, Person},
		{"an organization word outweighs a title", nameEvidence{words: 2, orgWord: true, titled: true}, Organization},
		{"a last word the text writes in lower case: a body's", nameEvidence{words: 2, commonLast: true}, Organization},
		{"a first name outweighs a common last word", nameEvidence{words: 2, commonLast: true, firstName: true}, Person},
		{"a place", nameEvidence{words: 1, place: true}, Organization},
		{"a place with a first name is a person", nameEvidence{words: 2, place: true, firstName: true}, Person},
		{"a country outweighs a first name", nameEvidence{words: 2, place: true, country: true, firstName: true}, Organization},
		{"describing words before one word", nameEvidence{words: 3, described: true}, Organization},
		{"a preposition of place before it", nameEvidence{words: 2, locative: true}, Organization},
		{"a first name outweighs a preposition of place", nameEvidence{words: 2, locative: true, firstName: true}, Person},
		{"a first name outweighs describing words", nameEvidence{words: 3, described: true, firstName: true}, Person},
		{"a place with a title is a person", nameEvidence{words: 1, place: true, titled: true}, Person},
		{"the tagger's organization", nameEvidence{words: 2, entity: "ORGANIZATION"}, Organization},
		{"the tagger's place", nameEvidence{words: 2, entity: "LOCATION"}, Organization},
		{"a title outweighs the tagger", nameEvidence{words: 2, titled: true, entity: "ORGANIZATION"}, Person},
		{"the tagger outweighs an acronym", nameEvidence{words: 1, acronym: true, entity: "PERSON"}, Person},
		{"an acronym", nameEvidence{words: 1, acronym: true}, Organization},
		{"a group's plural", nameEvidence{words: 1, group: true, titled: true}, Organization},
		{"a body's noun before it", nameEvidence{words: 2, orgBefore: true}, Organization},
		{"a relative which", nameEvidence{words: 1, which: true}, Organization},
		{"a relative who", nameEvidence{words: 1, who: true, acronym: true}, Person},
		{"a first name outweighs a body's noun before it", nameEvidence{words: 2, firstName: true, orgBefore: true}, Person},
		{"a first name outweighs an acronym", nameEvidence{words: 2, acronym: true, firstName: true}, Person},
		{"the article before a name", nameEvidence{words: 4, article: true}, Organization},
		{"a first name outweighs the article", nameEvidence{words: 2, article: true, firstName: true}, Person},
	}
	for _, tt := range tests {
		if got := decideKind(tt.e); got != tt.want {
			t.Errorf("%s: decideKind(%+v) = %q, want %q", tt.name, tt.e, got, tt.want)
		}
	}
}

func TestArticleBeforeName(t *testing.T) {
	tests := []struct {
		text string
		last int // the last token of the name, which starts at token 1
		want bool
	}{
		{"The Santa Fe Animal Shelter announced that the cat was found.", 4, true},
		{"The Doobie Brothers, which formed in 1970, will tour.", 2, true},
		{"The Chilean-born helmer told Marquee that it nearly shut down.", 1, false},
		{"Lexus revealed the convertible.", 0, false},
	}
	for _, tt := range tests {
		d := fixture(t, tt.text)
		start := 1
		if tt.last == 0 {
			start = 0
		}
		var name []int
		for k := start; k <= tt.last; k++ {
			name = append(name, k)
		}
		if got := d.nameEvidence(name).article; got != tt.want {
			t.Errorf("%q: article = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestSurnameAlone: a last name written alone later is the person the
// text named in full, whatever stands around the last name.
func TestSurnameAlone(t *testing.T) {
	testSpeakers(t, []speakerCase{
		{"an epithet of a role refers back to the one person named who holds it",
			"Sen. Marco Rubio spoke in Iowa, and Donald Trump in Ohio. {s1 The Florida senator} {c1 said} {t1 the race was open}.",
			[]string{"person Marco Rubio [Sen]"}},
		{"but not when a possessive owns the role",
			"President Barack Obama met Chancellor Angela Merkel. {s1 Germany's president} {c1 said} {t1 talks went well}.",
			[]string{"anonymous Germany's president []"}},
		{"a base's epithet refers back, as a birthplace's does",
			"{s1 Amara Osei} {c1 said} {t1 the cloud was safe}. {s2 The Winnipeg-based consultant} {c2 added} {t2 that backups matter}.",
			[]string{"person Amara Osei []", "person Amara Osei []"}},
		{"a relative named by a first name after an owned kin word bears the family's name",
			"Bernie Sanders spoke in Iowa. On CNN, {s1 his wife, Jane,} {c1 called for} {t1 an open primary}. \"{t2 It is not smart},\" {s2 she} {c2 said}.",
			[]string{"person Jane Sanders []", "person Jane Sanders []"}},
		{"an owned kin word with no name is the one other person of the family's name and the word's gender",
			"Cattle farmer Neil Gallagher and his wife, Bronwyn, left at 4pm. {t1 \"We got out,\"} {s1 Bronwyn Gallagher} {c1 said}. {s2 Her husband} {c2 said} {t2 their son had stayed behind}.",
			[]string{"person Bronwyn Gallagher []", "person Neil Gallagher []"}},
		{"but not when two of the family could be",
			"Neil Gallagher and his brother Sean Gallagher left at 4pm. {t1 \"We got out,\"} {s1 Bronwyn Gallagher} {c1 said}. {s2 Her husband} {c2 said} {t2 their son had stayed behind}.",
			[]string{"person Bronwyn Gallagher []", "anonymous Her husband []"}},
		{"an owned relation refers back to the one the text introduced by it",
			"Senior keeper Sione Taufa spent the night in the barn with his cousin Mele Taufa, also a keeper. {s1 His cousin} {c1 said} {t1 the keepers took turns}.",
			[]string{"person Mele Taufa []"}},
		{"introduced after whose and a comma",
			"Máire Kiely, whose mother, Bríd Ní Mhurchú, was brought in on Sunday, was angry. {s1 Her mother} {c1 told} {t1 the Echo that the nurses had been kind}.",
			[]string{"person Bríd Ní Mhurchú []"}},
		{"but no body's noun owned so, a person's only",
			"Hillary Clinton spoke in Iowa, where her campaign manager Robby Mook waited. {s1 Her campaign} {c1 said} {t1 the turnout was high}.",
			[]string{"organization campaign []"}},
		{"a former role refers back to the person the text is about",
			"{s1 Dr Grace Akinyi Omolo} {c1 has vowed} {t1 to fight the result}. Speaking at her home, {s2 the former medical superintendent} {c2 claimed} {t2 that the forms were altered}.",
			[]string{"person Grace Akinyi Omolo [Dr]", "person Grace Akinyi Omolo [Dr]"}},
		{"an honorific before the given name that follows a Malay name's prefix",
			"Captain Mohamad Faizal Abdul Rahim said the ship was late. {t1 \"We waited,\"} {s1 Mr Faizal} {c1 said}.",
			[]string{"person Mohamad Faizal Abdul Rahim [Mr]"}},
		{"a former role whose noun may name a business is still a person's",
			"{t1 \"Del kept the tickets,\"} {c1 said} {s1 Darlene Hutchins, 58, one of the plaintiffs}. {s2 The former crane operator} {c2 said} {t2 she last paid in before Christmas}.",
			[]string{"person Darlene Hutchins []", "person Darlene Hutchins []"}},
		{"a number of people is no he",
			"Rajesh Patel owns the store. {s1 Four of his former co-workers at the plant} {c1 claimed} {t1 they had paid in}. {s2 He} {c2 said} {t2 the claim was false}.",
			[]string{"anonymous Four of his former co-workers at the plant []", "person Rajesh Patel []"}},
		{"a name in the relative clause of a source the pronoun cannot mean",
			"{t1 \"We knew it was ours,\"} {c1 said} {s1 Meena Patel, who owns the store with her husband, Rajesh Patel}. {s2 He} {c2 said} {t2 they would fix the roof}.",
			[]string{"person Meena Patel []", "person Rajesh Patel []"}},
		{"a place named after a person is no one a pronoun refers to",
			"Clive Rowe runs boats on the bay. {s1 His daughter Tanya Rowe, who runs a kiosk on Norman Manley Boulevard,} {c1 said} {t1 trade was slow}. {t2 \"The beach is empty,\"} {s2 he} {c2 added}.",
			[]string{"person Tanya Rowe [daughter]", "person Clive Rowe []"}},
		{"but the speaker, when the pronoun can mean them",
			"{t1 \"They are on time,\"} {c1 said} {s1 Federico de Jesus, a strategist who was the media director for Barack Obama in 2008}. \"Obviously, we would have liked it earlier. But it is fine.\"\n\n{t2 \"If they wait, that is a worry,\"} {s2 he} {c2 added}.",
			[]string{"person Federico de Jesus [strategist]", "person Federico de Jesus [strategist]"}},
		{"an owned thing introduces no one",
			"In his essay, {s1 Smith} {c1 said} {t1 the deal was fair}. {s2 The paper} {c2 also said} {t2 talks would go on}.",
			[]string{"person Smith []", "anonymous The paper []"}},
		{"an owned thing introduces no one: the statement is its speaker's",
			"In his statement, {s1 Smith} {c1 said} {t1 the deal was fair}. {s2 The statement} {c2 also said} {t2 talks would go on}.",
			[]string{"person Smith []", "person Smith []"}},
		{"a person's possessive after at is no workplace",
			"A lawyer at Kowalczyk's side spoke first. {s1 Kowalczyk} {c1 said} {t1 nothing was agreed}.",
			[]string{"person Kowalczyk []"}},
		{"an office in capitals before the name and a comma is the person's title, by which the text refers back",
			"The Minister of State for Power, Engr. Halima Dangana-Yusuf, spoke on Monday. {s1 The minister} {c1 blamed} {t1 the vandals}.",
			[]string{"person Halima Dangana-Yusuf [Minister of State for Power]"}},
		{"a pronoun continues the subject of known gender before a nearer object",
			"{s1 Hillary Clinton} {c1 said} {t1 she would win}.\n\nFor much of the night, Hillary Clinton struggled to fend off Sen. Bernie Sanders of Vermont. If {s2 she} {c2 said} {t2 so}, it would matter.",
			[]string{"person Hillary Clinton []", "person Hillary Clinton []"}},
		{"but not a subject whose gender no one knows",
			"Singer Zoya Haider stood beside Bilal Jafri as the crowd sang. \"{t1 We go home},\" {s1 he} {c1 said}.",
			[]string{"person Bilal Jafri []"}},
		{"a name that modifies a noun is no mention a pronoun continues",
			"{s1 Hillary Clinton} {c1 said} {t1 she would win}. Barack Obama backed her. Clinton cast herself as heir to the Obama legacy. On health care, {s2 she} {c2 said} {t2 she would keep the law}.",
			[]string{"person Hillary Clinton []", "person Hillary Clinton []"}},
		{"a namesake named in passing paragraphs ago is not whom the surname goes on naming",
			"{s1 Hillary Clinton} {c1 said} {t1 she would win}. {s2 Clinton} {c2 said} {t2 the vote was close}.\n\nHer husband, Bill Clinton, campaigned in Iowa.\n\nThe polls opened at seven.\n\nTurnout was high.\n\n{s3 Clinton} {c3 said} {t3 she was confident}.",
			[]string{"person Hillary Clinton []", "person Hillary Clinton []", "person Hillary Clinton []"}},
		{"but one named in the paragraph before is",
			"{s1 Hillary Clinton} {c1 said} {t1 she would win}.\n\nFormer President Bill Clinton campaigned in Iowa.\n\n{s2 Clinton} {c2 said} {t2 the crowds were large}.",
			[]string{"person Hillary Clinton []", "person Bill Clinton [Former President]"}},
		{"an Iban name's \"anak\" (child of) joins the given name to the father's, and the given name alone refers back",
			"{s1 Director Dr Jerip anak Sagang} {c1 said} {t1 clinics were short of staff}. {s2 Jerip} {c2 said} {t2 more was needed}.",
			[]string{"person Jerip anak Sagang [Director Dr]", "person Jerip anak Sagang [Director Dr]"}},
		{"a relative by a kin word and a role (\"his father and trainer\")",
			"{s1 Roberto Saavedra, 22,} {c1 said} {t1 the title was his}.\n\nIn his corner was his father and trainer, Domingo Saavedra, a former fisherman.\n\n{s2 Saavedra} {c2 said} {t2 he had been lucky}. {s3 The elder Saavedra} {c3 said} {t3 he never doubted it}.",
			[]string{"person Roberto Saavedra []", "person Roberto Saavedra []", "person Domingo Saavedra []"}},
		{"but not to one who has not spoken: the relative is introduced to speak",
			"Ethan Brooks, 8, was pulled from the river on Saturday and remains in a coma. His father, Daniel Brooks, drove through the night.\n\n{t1 \"I just kept praying,\"} {s1 Brooks} {c1 said}.",
			[]string{"person Daniel Brooks []"}},
		{"a nickname in the name names the person, though the headline named it alone before",
			"Thai camp protests as GenSan's 'Bobby Boy' takes crown\n\nRoberto \"Bobby Boy\" Saavedra, 22, won the title.\n\n{s1 Bobby Boy} {c1 said} {t1 he would fight again}.",
			[]string{"person Roberto Saavedra []"}},
		{"a name the person is popularly known by, though the headline named it first",
			"Obaapa Boy's ex-manager drags him to court\n\nHiplife star Kojo Appiah-Kubi, popularly known as Obaapa Boy, has been sued.\n\n{s1 Obaapa Boy} {c1 told} Spotlight {t1 that he was disappointed}.",
			[]string{"person Kojo Appiah-Kubi []"}},
		{"the name one was born with names the person too, who keeps the name they go by",
			"{s1 Caitlyn Jenner, born William Bruce Jenner,} {c1 said} {t1 that she would run}. {s2 William Bruce Jenner} {c2 was quoted} {t2 in 1976}. {s3 Jenner} {c3 said} {t3 the state needed a change}.",
			[]string{"person Caitlyn Jenner []", "person Caitlyn Jenner []", "person Caitlyn Jenner []"}},
		{"a headline's family name that opens the name the story gives below",
			"{s1 Wong}{c1 :} {t1 'Importers cannot survive another month'}\n\nImporters face ruin, the president of the Malaysian Food Importers Association, Datuk Wong Kim Seng, said yesterday.",
			[]string{"person Wong Kim Seng [Datuk]"}},
		{"unless the text introduced them as the other's relative",
			"{s1 Hillary Clinton} {c1 said} {t1 she would win}.\n\nHer husband, Bill Clinton, campaigned in Iowa.\n\n{s2 Clinton} {c2 said} {t2 the crowds were large}.",
			[]string{"person Hillary Clinton []", "person Hillary Clinton []"}},
		{"a relative introduced after a title",
			"{s1 Richard Kowalski} {c1 said} {t1 the search would go on}. His son, Engr. Jason Kowalski, is a student.\n\n{t2 \"He is tough,\"} {s2 Mr Kowalski} {c2 said}.",
			[]string{"person Richard Kowalski []", "person Richard Kowalski [Mr]"}},
		{"but not when the honorific's gender is not the owner's",
			"Callum Kerr, 4, was ill. His mother, Janet Kerr, was with him. Her husband, Gordon Kerr, is a joiner. {s1 Mr Kerr} {c1 said} {t1 the family had called a solicitor}.",
			[]string{"person Gordon Kerr [Mr]"}},
		{"a first name is one as a name is written, not a word spelled as it is",
			"Hillary Clinton spoke first at the dinner. Then Bill Clinton took the stage.\n\n{s1 Clinton} {c1 said} {t1 the bill would help millions of families}.",
			[]string{"person Bill Clinton []"}},
		{"no one speaks of themselves by a first name alone",
			"Nomvula Dlamini, a student, was arrested. Sipho Dlamini, no relation, leads the council.\n\n{t1 \"Sipho has a seat at the table,\"} {s1 Dlamini} {c1 said}.",
			[]string{"person Nomvula Dlamini []"}},
		{"but may by a full name",
			"Bernie Sanders spoke first. Jane Sanders spoke later.\n\n{t1 \"It's not just Jane Sanders saying it,\"} {s1 Sanders} {c1 told} CNN.",
			[]string{"person Jane Sanders []"}},
		{"a surname that opens with its particle",
			"{s1 Marine Le Pen} {c1 said} {t1 she would win}. {s2 Le Pen} {c2 said} {t2 the vote was rigged}.",
			[]string{"person Marine Le Pen []", "person Marine Le Pen []"}},
		{"'Mac' and one word: a surname the text gave a person in full, else a first name",
			"{s1 Managing director Seosamh Mac Gearailt} {c1 said} {t1 stock was pulled}. {s2 Mr Mac Gearailt} {c2 insisted} {t2 tests were passed}. {s3 Mac Jones} {c3 said} {t3 he agreed}.",
			[]string{"person Seosamh Mac Gearailt [Managing director]", "person Seosamh Mac Gearailt [Managing director]", "person Mac Jones []"}},
		{"after an adverb that opens the sentence",
			"{s1 Anna Kowalski} {c1 said} {t1 the water was gone}. Later {s2 Kowalski} {c2 said} {t2 she would leave}.",
			[]string{"person Anna Kowalski []", "person Anna Kowalski []"}},
		{"after a preposition or adverb that opens the sentence",
			"{s1 Ann Sexton} {c1 said} {t1 the rallies were loud}. To Sexton, the crowd was the point. Maybe {s2 Sexton} {c2 said} {t2 it was over}.",
			[]string{"person Ann Sexton []", "person Ann Sexton []"}},
		{"a surname with its particle before the full name",
			"{s1 Ó Dálaigh}{c1 :} {t1 \"We'll be back\"}\n\n{t2 \"We lost,\"} {s2 manager Colm Ó Dálaigh} {c2 said}.",
			[]string{"person Colm Ó Dálaigh [manager]", "person Colm Ó Dálaigh [manager]"}},
		{"a surname with a particle that is also a first name, then a pronoun",
			"{t1 \"We act now,\"} {s1 BSP Deputy Governor Aurelio M. Dela Cruz-Santos} {c1 told} a briefing. {s2 Dela Cruz-Santos} {c2 said} {t2 inflation would rise}. {s3 He} {c3 said} {t3 the board agreed}.",
			[]string{"person Aurelio M. Dela Cruz-Santos [BSP Deputy Governor]", "person Aurelio M. Dela Cruz-Santos [BSP Deputy Governor]", "person Aurelio M. Dela Cruz-Santos [BSP Deputy Governor]"}},
		{"a Maori surname",
			"{s1 Sam Te Whata} {c1 said} {t1 he was fit}. {s2 Te Whata} {c2 said} {t2 the knee was as good as new}.",
			[]string{"person Sam Te Whata []", "person Sam Te Whata []"}},
		{"a name in apposition keeps its first name before a particle",
			"Nasieku ole Kaparo spoke first. {s1 Her husband, Lemayian ole Kaparo,} {c1 said} {t1 the family had lost cattle}.",
			[]string{"person Lemayian ole Kaparo [husband]"}},
		{"a generational suffix after the last name",
			"{s1 Raymond Pruett Jr., 58,} {c1 said} {t1 he was sorry}. Later, {s2 Pruett} {c2 said} {t2 he would repay it}.",
			[]string{"person Raymond Pruett Jr. []", "person Raymond Pruett Jr. []"}},
		{"a family name written first, alone",
			"The novel was translated by Kim Hye-jin. {s1 Kim} {c1 said} {t1 the work took two years}.",
			[]string{"person Kim Hye-jin []"}},
		{"a first name alone",
			"Asad Mehmood Abbasi lost his crop. {s1 Asad} {c1 said} {t1 the water never came}.",
			[]string{"person Asad Mehmood Abbasi []"}},
		{"not an acronym that opens a title",
			"FAA Administrator Stephen Okafor spoke. {s1 The FAA} {c1 said} {t1 the rule stands}.",
			[]string{"organization FAA []"}},
		{"a regional honorific is a title",
			"{s1 Datuk Wong Kah Seng} {c1 told} {t1 reporters output would recover}. {s2 Wong} {c2 said} {t2 prices were firm}.",
			[]string{"person Wong Kah Seng [Datuk]", "person Wong Kah Seng [Datuk]"}},
		{"an age in brackets after the name",
			"{s1 Michael Fallon (58), of Carrowbeg,} {c1 told} {t1 the court he was sorry}.",
			[]string{"person Michael Fallon []"}},
	})
}

// TestRoleBeforeName: how news writes a person's role and name together
// and refers back to them: a source that opens with a role and no
// determiner and ends with a name is the one named (with a determiner,
// or a preposition that is no office's, the role speaks); a role in
// lower case, a hyphened title, an office's "of the", letters after the
// name, a name in apposition; names of other Englishes (initials,
// patronymics, Mac, family names first); and the role's words that
// refer back ("the legislator", "counsel").
func TestRoleBeforeName(t *testing.T) {
	testSpeakers(t, []speakerCase{
		{"an office with its own preposition and a conjunction",
			"{s1 Minister for Health and Family Welfare K. Padmavathi} {c1 said} {t1 the report would be studied}.",
			[]string{"person K. Padmavathi [Minister for Health and Family Welfare]"}},
		{"a role of a body, then a title",
			"{s1 Chair of judges Prof. Evans Otieno Ouma} {c1 said} {t1 the book breathes}.",
			[]string{"person Evans Otieno Ouma [Prof]"}},
		{"a name written family name first ends the office",
			"{s1 Secretary for Transport and Housing Wong Ka-ming} {c1 said} {t1 fares would rise}. {s2 Wong} {c2 said} {t2 it was fair}.",
			[]string{"person Wong Ka-ming [Secretary for Transport and Housing]", "person Wong Ka-ming [Secretary for Transport and Housing]"}},
		{"a family name first after an office ends the office where the text uses it after an honorific",
			"{s1 Senior Minister of State for Defence Lim Jun Hao} {c1 said} {t1 the drill was routine}. {s2 Mr Lim} {c2 said} {t2 more were planned}.",
			[]string{"person Lim Jun Hao [Senior Minister of State for Defence]", "person Lim Jun Hao [Mr]"}},
		{"a portfolio of two fields joined by and, then a name of three words written family name first",
			"{s1 Minister of State for Digital Development and Information Koh Siew Lan} {c1 said} {t1 the attack was contained}.",
			[]string{"person Koh Siew Lan [Minister of State for Digital Development and Information]"}},
		{"an office of a place that holds a saint's name and a place's head, before a first name",
			"{s1 Mayor of St Ann's Bay Hyacinth Clarke-Reid} {c1 said} {t1 the road was shut}.",
			[]string{"person Hyacinth Clarke-Reid [Mayor of St Ann Bay]"}},
		{"an honorific with the family name of a name of three words, though the family name is in a list of first names",
			"{s1 Minister of State for Transport Tan Wei Ming} {c1 said} {t1 fares would hold}. {s2 Mr Tan} {c2 said} {t2 the buses were full}.",
			[]string{"person Tan Wei Ming [Minister of State for Transport]", "person Tan Wei Ming [Mr]"}},
		{"a title with the first word of a name whose family name comes first, though both given names are in lists",
			"{s1 Sessions Court judge Tan Mei Foong} {c1 reminded} {t1 both sides of the date}. {s2 Judge Tan} {c2 warned} {t2 that no adjournment would be granted}.",
			[]string{"person Tan Mei Foong [Sessions Court judge]", "person Tan Mei Foong [Judge]"}},
		{"a title with the first word of a name with a patronymic",
			"{s1 Rear-Admiral Azman bin Yusof} {c1 said} {t1 the patrols would go on}. {s2 Rear-Adm Azman} {c2 said} {t2 the navy would not stand down}.",
			[]string{"person Azman bin Yusof [Rear-Admiral]", "person Azman bin Yusof [Rear-Admiral]"}},
		{"a title's initials are its holder",
			"{s1 The new Commissioner of Police in Ogun State, Funmilayo Adeyinka,} {c1 said} {t1 patrols would rise}. {s2 The CP} {c2 said} {t2 more officers were coming}.",
			[]string{"person Funmilayo Adeyinka [new Commissioner of Police in Ogun State]", "person Funmilayo Adeyinka [new Commissioner of Police in Ogun State]"}},
		{"a hyphened rank, and an office of a compound title",
			"{s1 Major-General Iftikhar Ahmed Qureshi} {c1 said} {t1 the soldiers were safe}. {s2 Deputy Inspector-General of Police Ibrahim Danladi Yakubu} {c2 said} {t2 a panel would report}.",
			[]string{"person Iftikhar Ahmed Qureshi [Major-General]", "person Ibrahim Danladi Yakubu [Deputy Inspector-General of Police]"}},
		{"a part of a hyphened rank refers back",
			"{s1 Major-General Iftikhar Ahmed Qureshi} {c1 said} {t1 the soldiers were safe}. \"Our troops showed restraint,\" {c2 said} {s2 the general}.",
			[]string{"person Iftikhar Ahmed Qureshi [Major-General]", "person Iftikhar Ahmed Qureshi [Major-General]"}},
		{"a name of three words after an office's portfolio, and the office's letters",
			"{s1 Inspector-General of Police Aliyu Garba Bello} {c1 said} {t1 an inquiry was open}. {s2 The IGP} {c2 said} {t2 officers would face the law}. {s3 Secretary of Homeland Security Jeh Johnson} {c3 said} {t3 the plan was sound}.",
			[]string{"person Aliyu Garba Bello [Inspector-General of Police]", "person Aliyu Garba Bello [Inspector-General of Police]", "person Jeh Johnson [Secretary of Homeland Security]"}},
		{"a portfolio the tagger takes for a verb, and honorifics in a row",
			"{s1 Deputy Works Minister Datuk Haji Rosli bin Abdul Rahman} {c1 said} {t1 the alignment would be shifted}.",
			[]string{"person Rosli bin Abdul Rahman [Deputy Works Minister Datuk Haji]"}},
		{"an office's letters after its portfolio",
			"{s1 Education MEC Nomalungelo Gxoyiya} {c1 said} {t1 the department would comply}.",
			[]string{"person Nomalungelo Gxoyiya [Education MEC]"}},
		{"but not letters before a body's name",
			"{s1 The ANC Youth League} {c1 said} {t1 the vote was fair}.",
			[]string{"organization ANC Youth League []"}},
		{"a rank's letters before a name are a title",
			"{s1 DSP Funmilayo Adeyinka} {c1 said} {t1 the suspects were in custody}.",
			[]string{"person Funmilayo Adeyinka [DSP]"}},
		{"a determiner makes the role the speaker",
			"{s1 a lawyer for Donald Trump} {c1 said} {t1 the suit was baseless}.",
			[]string{"anonymous a lawyer for Donald Trump []"}},
		{"a role in lower case before a name refers back",
			"{s1 Ballinure manager Tadhg Ó Cearbhaill} {c1 admitted} {t1 his side had not turned up}. {t2 \"We left it behind us,\"} {s2 the Ballinure manager} {c2 said}.",
			[]string{"person Tadhg Ó Cearbhaill [Ballinure manager]", "person Tadhg Ó Cearbhaill [Ballinure manager]"}},
		{"but not an owner's role",
			"The disclosure that Clinton's lawyer Cheryl Mills was granted immunity angered them. {s1 His lawyer} {c1 said} {t1 he would not answer questions}.",
			[]string{"anonymous His lawyer []"}},
		{"a name in apposition after an inverted source is the speaker",
			"{t1 \"Where will these people go?\"} {c1 asked} {s1 the union's branch secretary}, Mrs Funmilayo Adeyemi. {t2 \"Nowhere,\"} {s2 the branch secretary} {c2 said}.",
			[]string{"person Funmilayo Adeyemi [union's branch secretary]", "person Funmilayo Adeyemi [union's branch secretary]"}},
		{"but not after a list of names",
			"{t1 \"We will appeal,\"} {c1 said} {s1 the lawyers}, Ana Ruiz and Tom Cole.",
			[]string{"anonymous the lawyers []"}},
		{"a general word for the role refers back",
			"{s1 Tulwet MP Kiprono Langat} {c1 accused} {t1 the ministry of diverting fertiliser}. {s2 The legislator} {c2 claimed} {t2 farmers paid too much}.",
			[]string{"person Kiprono Langat [Tulwet MP]", "person Kiprono Langat [Tulwet MP]"}},
		{"a bare role refers back too",
			"{s1 Counsel for the defence, Mr Eoin Mac Namara BL,} {c1 said} {t1 his client was ashamed}. {t2 \"He is a proud man,\"} {s2 counsel} {c2 said}.",
			[]string{"person Eoin Mac Namara [Mr BL]", "person Eoin Mac Namara [Mr BL]"}},
		{"a bare body's noun refers back too",
			"Northwind Labs launches ClearPath 4.0\n\nNew release cuts empty miles, {s1 company} {c1 says}\n\nIn pilots, {s2 the company} {c2 found} {t2 that empty miles fell}.",
			[]string{"organization Northwind Labs []", "organization Northwind Labs []"}},
		{"a hyphened title and a name with a lower-case particle",
			"{s1 Mayor-elect Corazon Villanueva-Tan} {c1 dismissed} {t1 the claims}. {s2 Local MS Carys ap Dafydd} {c2 called on} {t2 ministers to act}.",
			[]string{"person Corazon Villanueva-Tan [Mayor-elect]", "person Carys ap Dafydd [Local MS]"}},
		{"an office named with of the",
			"{s1 Leader of the Opposition K. Mohanachandran} {c1 accused} {t1 the government of abandoning farmers}.",
			[]string{"person K. Mohanachandran [Leader of the Opposition]"}},
		{"initials run together open a name",
			"{s1 Opposition leader V.D. Satheesan} {c1 said} {t1 the government failed}.",
			[]string{"person V.D. Satheesan [Opposition leader]"}},
		{"a surname the tagger takes for a verb, before an apposition",
			"The paper was published on Tuesday. {s1 Dr Otieno Were, the centre's chief scientist,} {c1 said} {t1 the mud held the carbon}.",
			[]string{"person Otieno Were [Dr]"}},
		{"a role in capitals before a first name, or a name family name first",
			"{s1 Fiddler Ronald MacPhee} {c1 called} {t1 the cut a slap}. {s2 Legislator Ho Mei-ling} {c2 said} {t2 fares were too high}.",
			[]string{"person Ronald MacPhee [Fiddler]", "person Ho Mei-ling [Legislator]"}},
		{"an office of two names joined by and",
			"{s1 Minister for Industries and Commerce Annamma Kuruvilla} {c1 said} {t1 the corporation was in debt}.",
			[]string{"person Annamma Kuruvilla [Minister for Industries and Commerce]"}},
		{"the given names before a patronymic are the person",
			"{s1 Deputy public prosecutor Nur Aisyah binti Kamaruddin} {c1 told} {t1 the court the case was plain}. {t2 \"It is straightforward,\"} {s2 Nur Aisyah} {c2 said}.",
			[]string{"person Nur Aisyah binti Kamaruddin [Deputy public prosecutor]", "person Nur Aisyah binti Kamaruddin [Deputy public prosecutor]"}},
		{"the given names before a father's name are the person",
			"{s1 District health officer Ahmad Faizal Hashim} {c1 said} {t1 no new cases were found}. {t2 \"We have traced all the contacts,\"} {s2 Ahmad Faizal} {c2 said}.",
			[]string{"person Ahmad Faizal Hashim [District health officer]", "person Ahmad Faizal Hashim [District health officer]"}},
		{"the given names before a father's name of two words are the person",
			"{s1 Farmer Ahmad Zaki Mohd Yusof, 54,} {c1 said} {t1 the water came fast}. {t2 \"We lost everything,\"} {s2 Ahmad Zaki} {c2 said}.",
			[]string{"person Ahmad Zaki Mohd Yusof [Farmer]", "person Ahmad Zaki Mohd Yusof [Farmer]"}},
		{"a surname of several words is the person it ends the name of, unless two share it",
			"{s1 Mine manager Pieter Janse van Rensburg} {c1 said} {t1 the shaft was safe}. {t2 \"We checked it twice,\"} {s2 Janse van Rensburg} {c2 said}.",
			[]string{"person Pieter Janse van Rensburg [Mine manager]", "person Pieter Janse van Rensburg [Mine manager]"}},
		{"two surnames, or a surname and its suffix, are the person they end the name of; not a first name and a surname",
			"{s1 Head keeper Luis Ortega Salazar} {c1 said} {t1 the gate was shut}. {s2 Ortega Salazar} {c2 said} {t2 no one was hurt}. " +
				"{s3 Coach Walter Brisco Jr.} {c3 said} {t3 they won}. {s4 Brisco Jr.} {c4 said} {t4 it was close}. " +
				"{s5 Maria Luisa Salazar} {c5 said} {t5 she saw it}. {s6 Luisa Salazar} {c6 said} {t6 it ran}.",
			[]string{"person Luis Ortega Salazar [Head keeper]", "person Luis Ortega Salazar [Head keeper]", "person Walter Brisco Jr. [Coach]", "person Walter Brisco Jr. [Coach]",
				"person Maria Luisa Salazar []", "person Luisa Salazar []"}},
		{"a surname of several words two persons share is neither",
			"{s1 Pieter Janse van Rensburg} {c1 said} {t1 the shaft was safe}. {s2 Elsa Janse van Rensburg} {c2 said} {t2 it was not}. {t3 \"We checked it twice,\"} {s3 Janse van Rensburg} {c3 said}.",
			[]string{"person Pieter Janse van Rensburg []", "person Elsa Janse van Rensburg []", "person Janse van Rensburg []"}},
		{"the first of two surnames is the person, whatever place it names",
			"{s1 Interior Minister Gonzalo Ibarra Quiroga} {c1 told} reporters {t1 trucks were stranded}. {t2 \"We have been patient,\"} {s2 Ibarra} {c2 said}.",
			[]string{"person Gonzalo Ibarra Quiroga [Interior Minister]", "person Gonzalo Ibarra Quiroga [Interior Minister]"}},
		{"a headline's run in title case lends no part of a name",
			"Salma Hayek Described Her Experience\n\n{s1 Salma Hayek} {c1 said} {t1 she was told to go home}.",
			[]string{"person Salma Hayek []"}},
		{"a particle in mixed case is no police rank",
			"{s1 The survey's lead author, Dr Giancarlo Di Stefano,} {c1 said} {t1 divers had mapped the coast}.",
			[]string{"person Giancarlo Di Stefano [survey's lead author]"}},
		{"a noun of persons in capitals before a name is a role",
			"{s1 Postmistress Nora Fitzgibbon, who has run the office since 1979,} {c1 told} the Leader {t1 the gang had come in}. " +
				"{s2 Retiree Rajendran s/o Muthusamy, 67,} {c2 said} {t2 he woke at 4am}.",
			[]string{"person Nora Fitzgibbon [Postmistress]", "person Rajendran s/o Muthusamy [Retiree]"}},
		{"a name with a patronymic particle is a person's, whole, whatever the tagger makes of its first word",
			"{s1 Suresh s/o Ramasamy, 47,} {c1 said} {t1 he lost his savings}. {s2 Delivery rider Suresh s/o Ramasamy} {c2 said} {t2 he was not alone}.",
			[]string{"person Suresh s/o Ramasamy [Delivery rider]", "person Suresh s/o Ramasamy [Delivery rider]"}},
		{"particles of Spanish and Urdu names",
			"{s1 Vice Governor Ramon de los Santos Jr.} {c1 accused} {t1 the governor of spite}. {t2 \"This is a vendetta,\"} {s2 de los Santos} {c2 said}. " +
				"{s3 PBSA chairman Faraz ul Haq} {c3 said} {t3 the episode was cleared}. {s4 Haq} {c4 accused} {t4 the regulator of bowing}.",
			[]string{"person Ramon de los Santos Jr. [Vice Governor]", "person Ramon de los Santos Jr. [Vice Governor]", "person Faraz ul Haq [PBSA chairman]", "person Faraz ul Haq [PBSA chairman]"}},
		{"a kin word owned by a pronoun, then a first name, no comma between",
			"{s1 Postmistress Nora Fitzgibbon} {c1 told} the Leader {t1 the gang had come in}. {s2 Her daughter Clodagh (26), a former nurse,} {c2 said} {t2 the men spoke with Dublin accents}.",
			[]string{"person Nora Fitzgibbon [Postmistress]", "person Clodagh Fitzgibbon []"}},
		{"a kin word owned by a last name, then a first name, with or without commas",
			"{s1 Union secretary Ante Vuković} {c1 said} {t1 the mine was unsafe}. {s2 Mr Vuković's son Luka, a 23-year-old driller,} {c2 said} {t2 he had seen cracks}. " +
				"{s3 Swimmer Alicia Fairweather} {c3 said} {t3 she was innocent}. {s4 Fairweather's sister, Jess,} {c4 said} {t4 the test was wrong}.",
			[]string{"person Ante Vuković [Union secretary]", "person Luka Vuković []", "person Alicia Fairweather [Swimmer]", "person Jess Fairweather []"}},
		{"a body named after an office, its acronym in brackets; an office with one stays an office",
			"{s1 The Health Service Executive (HSE)} {c1 said} {t1 it could not comment}. {s2 The Chief Executive Officer (CEO)} {c2 said} {t2 the beds were full}.",
			[]string{"organization Health Service Executive []", "anonymous The Chief Executive Officer (CEO) []"}},
		{"an apposition that opens with a participle the tagger took for a verb",
			"{s1 His father, retired Gen. Ramon Dizon Sr.,} {c1 said} {t1 the boy was fine}.",
			[]string{"person Ramon Dizon Sr. [Gen]"}},
		{"residents of a place are no titled person",
			"{s1 Residents of Drax Hall} {c1 accused} {t1 the council of ignoring complaints}.",
			[]string{"anonymous Residents of Drax Hall []"}},
		{"letters after a name are no title",
			"{s1 Local Deputy Séamus Ó Dochartaigh TD} {c1 said} {t1 he would raise the matter}.",
			[]string{"person Séamus Ó Dochartaigh [Local Deputy TD]"}},
		{"a given name before Mac and two words, then the surname alone",
			"Conal Mac Giolla Bhríde, a fisherman, spoke on Monday. {s1 Mac Giolla Bhríde} {c1 said} {t1 he lost a month}.",
			[]string{"person Conal Mac Giolla Bhríde []"}},
		{"a hyphened adjective of place describes",
			"{s1 Lagos-based lawyer Femi Ade} {c1 said} {t1 it was unfair}. {s2 The Peshawar-based Institute of Regional Trade Studies} {c2 said} {t2 trade fell}.",
			[]string{"person Femi Ade [Lagos-based lawyer]", "organization Institute of Regional Trade Studies []"}},
		{"a definite description in capitals, then the name in apposition",
			"{s1 The Sole Administrator of Lagos Mainland Local Government, Alhaji Lateef Olanrewaju Bello,} {c1 has said} {t1 traders must move}.",
			[]string{"person Lateef Olanrewaju Bello [Sole Administrator of Lagos Mainland Local Government]"}},
		{"so does a plural role",
			"{s1 lawyers for both Donald and Ivana Trump} {c1 said} {t1 the files should stay sealed}.",
			[]string{"anonymous lawyers for both Donald and Ivana Trump []"}},
	})
}

// TestPossessiveNameIsValidText: a name cut before a possessive keeps
// its text whole, though the lower-casing writes "’" as "'".
func TestPossessiveNameIsValidText(t *testing.T) {
	for _, text := range []string{"Donald Trump’s campaign said it.", "Donald Trump's campaign said it.", "DONALD TRUMP’S campaign said it."} {
		d := fixture(t, text)
		if got := d.joinWords([]int{0, 1}); got != text[:len("Donald Trump")] {
			t.Errorf("joinWords of %q = %q, want %q", text, got, text[:len("Donald Trump")])
		}
	}
	testSpeakers(t, []speakerCase{
		{"a body's document, its noun after a curly possessive",
			"{s1 The campaign’s statement} {c1 said} {t1 the poll was wrong}.",
			[]string{"organization campaign []"}},
		{"a document's title after its owner",
			"The Reserve Bank of New Zealand held rates. {s1 The bank's Monetary Policy Statement} {c1 forecast} {t1 no cut before September}.",
			[]string{"organization Reserve Bank of New Zealand []"}},
	})
}

// TestCollectiveIsNoOneSpeaker: "she" after "her management" is the
// singer, not the management.
func TestCollectiveIsNoOneSpeaker(t *testing.T) {
	testSpeakers(t, []speakerCase{
		{"a collective description",
			"{s1 Singer Temitope Adeyinka} {c1 said} {t1 the album was ready}. {s2 Her management} {c2 said} {t2 the tour was off}. {s3 She} {c3 said} {t3 it would come later}.",
			[]string{"person Temitope Adeyinka [Singer]", "anonymous Her management []", "person Temitope Adeyinka [Singer]"}},
	})
}

// TestElderAndYounger: "the elder X" and "the younger X" tell apart two
// persons of one family by what the text calls them.
func TestElderAndYounger(t *testing.T) {
	testSpeakers(t, []speakerCase{
		{"the elder is the one called a parent",
			"{s1 Chief executive Donal Ó Ceallaigh, who took over from his father, Diarmuid Ó Ceallaigh, in 2007,} {c1 told} the Post {t1 that it was a decision}.\n\n" +
				"{t2 \"I am sorry,\"} {s2 the 44-year-old} {c2 said}.\n\n{s3 The elder Ó Ceallaigh} {c3 told} local radio {t3 he was heartbroken}.",
			[]string{"person Donal Ó Ceallaigh [Chief executive]", "person Donal Ó Ceallaigh [Chief executive]", "person Diarmuid Ó Ceallaigh []"}},
		{"the elder is the one not called a child beside the child",
			"Eusebio Quispe Huamán, 61, picks coffee.\n\nHis daughter, Rosa Quispe, 34, follows. {s1 She} {c1 said} {t1 the price was good}.\n\n" +
				"{s2 The elder Quispe} {c2 admits} {t2 he was skeptical}.",
			[]string{"person Rosa Quispe []", "person Eusebio Quispe Huamán []"}},
		{"a relative introduced by a first name the lists lack, then the younger",
			"{s1 S. Mallikarjun Kallur} {c1 described} {t1 his win as a victory}, even as his son, Prashanth Kallur, lost the seat.\n\n{s2 The younger Kallur} {c2 blamed} {t2 money power}.",
			[]string{"person S. Mallikarjun Kallur []", "person Prashanth Kallur []"}},
		{"a parent called so before an age and the name, then the younger",
			"Hemi Te Rangi has started drying off his herd. {s1 His father, 74-year-old Wiremu Te Rangi,} {c1 says} {t1 it is the driest summer he can remember}. " +
				"{s2 The younger Te Rangi} {c2 says} {t2 he will sell 40 cows}.",
			[]string{"person Wiremu Te Rangi [father]", "person Hemi Te Rangi []"}},
		{"a child called so before a title and the name",
			"Club chairman Chief Babatunde Olatunji vowed to appeal.\n\nHis son, Rangers captain Kunle Olatunji, said the players were shocked.\n\n{s1 The elder Olatunji} {c1 claimed} {t1 that he had been assured}.",
			[]string{"person Babatunde Olatunji [Chief]"}},
		{"the younger is the one called a child",
			"Senator Ignacio Valdivieso left the coalition.\n\nHis son, Tomás Valdivieso, backs the bill. {s1 The younger Valdivieso} {c1 wrote} {t1 that he respected the decision}.",
			[]string{"person Tomás Valdivieso []"}},
	})
}

// TestKinGender: a kin word before a name tells the gender of the person
// named and, after "his" or "her", of the person whose kin they are.
func TestKinGender(t *testing.T) {
	testSpeakers(t, []speakerCase{
		{"a wife and her husband, neither first name in the lists",
			"Marama Ngata and her husband Wiremu Ngata were woken at 1am. {s1 She} {c1 said} {t1 the water was lapping}. {s2 He} {c2 said} {t2 they had lost everything}.",
			[]string{"person Marama Ngata []", "person Wiremu Ngata []"}},
		{"a Sikh's Singh or Kaur, a patronymic's particle and an Icelandic -dóttir say the gender the lists do not",
			"Farida Lokhandwala trained under Harpreet Singh Dhillon. {s1 She} {c1 said} {t1 the team was ready}. " +
				"Ravindran s/o Pillai met Siti Aminah binti Hassan. {s2 He} {c2 said} {t2 it was late}. " +
				"Guðrún Sigurðardóttir met Baldur Jónsson. {s3 She} {c3 said} {t3 the ice was thin}. " +
				"Rahul Gupta met Anupriya Singh. {s4 She} {c4 said} {t4 the deal was off}.",
			[]string{"person Farida Lokhandwala []", "person Ravindran s/o Pillai []", "person Guðrún Sigurðardóttir []", "person Anupriya Singh []"}},
	})
}

// TestPrefixNames: the first words of a body's name stand for it only
// when no other body's name opens with them, and only after the body is
// named in full.
func TestPrefixNames(t *testing.T) {
	d := fixture(t, "Southern Cross Gold and Southern Cross Copper will merge, Lee Valley Orchards said.")
	d.headlineCase()
	d.addPrefixNames(0, []string{"southern", "cross", "gold"}, 0)
	d.addPrefixNames(1, []string{"southern", "cross", "copper"}, 4)
	d.addPrefixNames(2, []string{"lee", "valley", "orchards"}, 10)
	for _, c := range []struct {
		prefix string
		pos    int
		want   int
		ok     bool
	}{
		{"southern cross", 20, 0, false},
		{"lee valley", 20, 2, true},
		{"lee valley", 5, 0, false},
	} {
		id, ok := d.ents.prefixBody(c.prefix, c.pos)
		if id != c.want || ok != c.ok {
			t.Errorf("prefixBody(%q, %d) = %d, %v; want %d, %v", c.prefix, c.pos, id, ok, c.want, c.ok)
		}
	}
}

// TestPluralPossessive: the apostrophe of a plural is inside a body's
// name when the name runs on after it, and ends the possessor's name
// when what follows names a thing the possessor owns.
func TestPluralPossessive(t *testing.T) {
	tests := []struct {
		text   string
		inName bool
	}{
		{"The Scottish Traders' Forum said so.", true},
		{"The advocacy group Renters' Voice Victoria said rents rose.", true},
		{"Buyers queued at Dunbrody Homes' Fairyhill development.", false},
		{"The Clintons' Chappaqua home was quiet.", false},
	}
	for _, tt := range tests {
		d := fixture(t, tt.text)
		k := slices.IndexFunc(d.seg.Tokens, func(tok segment.Token) bool { return tt.text[tok.Start:tok.End] == "'" })
		if k < 0 {
			t.Fatalf("%q: no apostrophe token", tt.text)
		}
		if got := d.pluralPossessive(k); got != tt.inName {
			t.Errorf("%q: pluralPossessive = %v, want %v", tt.text, got, tt.inName)
		}
	}
}

// TestNameApostrophe: an apostrophe after a name in "ng" ends the name
// unless it closes a quotation.
func TestNameApostrophe(t *testing.T) {
	tests := []struct {
		text string
		want []bool // per apostrophe, in text order
	}{
		{"Mary Achieng' sells fish. So does Ochieng’.", []bool{true, true}},
		{"He called it 'a gift to Hong Kong'. She said 'Beijing'.", []bool{false, false, false, false}},
		{"The Workers' Union met. It's late.", []bool{false}},
	}
	for _, tt := range tests {
		d := fixture(t, tt.text)
		var got []bool
		for i := range d.n {
			if txt := d.text(i); txt == "'" || txt == "’" {
				got = append(got, d.nameApostrophe(i))
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestKinNamedBefore: a titled surname of the other gender than the
// family's person named is the relative the text named by a given name
// after a kin word, whatever lists hold the name.
func TestKinNamedBefore(t *testing.T) {
	testSpeakers(t, []speakerCase{
		{"a wife named by her given name alone, then by title and surname",
			"Brett Kowalczyk was in the water when the siren sounded. {s1 He} {c1 said} {t1 the shark was huge}.\n\n" +
				"His wife, Tamsin, was watching from the balcony. {s2 Mrs Kowalczyk} {c2 said} {t2 she had counted heads}.",
			[]string{"person Brett Kowalczyk []", "person Tamsin Kowalczyk [Mrs]"}},
		{"a husband named in a relative clause",
			"{s1 Rachel Hale, who runs a tea room with her husband, Tom,} {c1 said} {t1 they had turned customers away}. " +
				"{t2 \"Nobody carries cash any more,\"} {s2 Mr Hale} {c2 said}.",
			[]string{"person Rachel Hale []", "person Tom Hale [Mr]"}},
		{"a given name of either sex before \"and\" and a full name shares its surname, and so does a later mention of it with a title",
			"The band cancelled its tour after a row between brothers Kieran and Declan Doyle. Singer Kieran, 24, flew home. {s1 Kieran} {c1 claimed} {t1 their mother had begged them to stop}.",
			[]string{"person Kieran Doyle [Singer]"}},
		{"the elder of two brothers, told by the kin word",
			"Tariq Mehmood Abbasi took six wickets, with his elder brother, Asad Mehmood Abbasi, taking four.\n\nTariq Mehmood Abbasi is 17. Tariq Mehmood Abbasi bowls fast.\n\nThe crowd cheered.\n\n{t1 \"He doesn't listen to me,\"} {s1 the elder Abbasi} {c1 joked}.",
			[]string{"person Asad Mehmood Abbasi []"}},
		{"the elder of a family, a parent the text named by a given name alone",
			"{s1 Chantal Beaulieu, who co-owns the pub with her father, Luc,} {c1 said} {t1 staff took IOUs}. {t2 \"Half the bar had no cash,\"} {s2 the elder Beaulieu} {c2 said}.",
			[]string{"person Chantal Beaulieu []", "person Luc Beaulieu []"}},
		{"a son named as his father is no relative of that given name and surname",
			"Donald J. Trump spoke. His son, Donald, spoke too. {s1 The younger Mr. Trump} {c1 said} {t1 it was a movement}.",
			[]string{"person Donald J. Trump [Mr]"}},
		{"a relative of the other sex, one with a surname of her own, or two relatives of that sex name no titled surname; the bare surname stays the one named in full",
			"John Kowalczyk was hurt. His son, Tom, was there. {s1 Mrs Kowalczyk} {c1 said} {t1 it was awful}. " +
				"Piotr Nowak was fishing. His wife, Tamsin Rees, was watching. {s2 Mrs Nowak} {c2 said} {t2 it was terrifying}. " +
				"Mark Wisniewski was hurt. His wife, Mary, was there with his mother, Ann. {s3 Mrs Wisniewski} {c3 said} {t3 it was awful}. {s4 Wisniewski, 45,} {c4 said} {t4 he was fine}.",
			[]string{"person Kowalczyk [Mrs]", "person Nowak [Mrs]", "person Wisniewski [Mrs]", "person Mark Wisniewski []"}},
		{"another family's relative is not",
			"Brett Kowalczyk was in the water. Dan Reid swam out, and his wife, Tamsin, watched. {s1 Mrs Kowalczyk} {c1 said} {t1 she had counted heads}.",
			[]string{"person Kowalczyk [Mrs]"}},
	})
}

// TestTitledNamesake: of two persons who share a surname, a title before
// the surname alone picks the one it was given to.
func TestTitledNamesake(t *testing.T) {
	testSpeakers(t, []speakerCase{
		{"a doctor beside her husband, and a family name written first",
			"Dr Fauzia Qureshi runs the clinic. Her husband, Shah Nawaz Qureshi, is a councillor. {s1 Dr Qureshi} {c1 said} {t1 the clinic was full}. " +
				"Dr Lim Swee Choo and her daughter Lim Mei Ling spoke. {s2 Dr Lim} {c2 said} {t2 the fines were too low}.",
			[]string{"person Fauzia Qureshi [Dr]", "person Lim Swee Choo [Dr]"}},
	})
}

// TestPluralAfterDateline: a plural of persons that opens the first
// sentence after a dateline is the sentence's capital, no name.
func TestPluralAfterDateline(t *testing.T) {
	d := fixture(t, "Rent strike\n\nSOWETO — {s1 Tenants in 11 council-owned blocks of flats in Meadowlands} {c1 say} {t1 they will continue to withhold rent until their landlord fixes lifts}.")
	runPasses(t, d, "boilerplate", "datelines", "admit", "order", "speakers")
	if len(d.atts) != 1 || d.atts[0].Kind != Anonymous {
		t.Fatalf("got %+v, want one anonymous source", d.atts)
	}
}
