package canon

// Small lexicons of news English that tell what a source's name is: words
// that never name anybody, places, organisation words, titles and their
// fields. All are folded as words folds them (lower case, no accents).

// functionWords never name a speaker on their own: pronouns, determiners,
// relative pronouns, quantifiers. A source that is only these is nobody.
var functionWords = set(
	"i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours",
	"he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their", "theirs",
	"himself", "herself", "itself", "themselves", "ourselves", "myself", "yourself",
	"who", "whom", "whose", "which", "that", "what", "whoever", "whatever",
	"this", "these", "those", "there", "here",
	"a", "an", "the", "some", "any", "many", "much", "most", "more", "few", "fewer", "several",
	"all", "both", "each", "every", "either", "neither", "none", "no", "one", "ones", "other",
	"others", "another", "such", "same", "latter", "former", "someone", "somebody", "anyone",
	"anybody", "everyone", "everybody", "nobody", "something", "everything", "nothing",
	"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
	"thousands", "millions", "half", "lot", "lots", "majority", "minority", "rest", "number",
)

// pronouns are the words of a pronoun source.
var pronouns = set("i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them",
	"his", "hers", "its", "their", "theirs", "who", "which", "that", "this", "these", "those")

// personPronouns refer to a person: a source that is one of them and
// resolves to no person's name resolves wrongly.
var personPronouns = set("i", "me", "he", "him", "his", "she", "her", "hers")

// quantifiers open a description of some members of a group: "other
// Republicans" are some Republicans, not the party.
var quantifiers = set("some", "many", "most", "other", "others", "several", "few", "two", "three",
	"four", "five", "dozens", "hundreds", "thousands", "numerous", "various", "certain", "fellow", "top",
	"senior", "leading", "prominent", "key", "rank", "both", "all", "these", "those", "young", "older")

// leadingJunk are words that the extractor sometimes leaves before a
// name: conjunctions, adverbs, months and days ("So Donald Trump", "June
// Trump" from "in June Trump said").
var leadingJunk = set(
	"so", "but", "and", "or", "then", "also", "now", "when", "while", "if", "as", "after", "before",
	"because", "though", "although", "yet", "meanwhile", "still", "even", "only", "just", "since",
	"until", "once", "where", "why", "how", "today", "yesterday", "tonight", "here", "there",
	"instead", "indeed", "however", "thus", "moreover", "besides", "finally", "later", "earlier",
	"again", "already", "perhaps", "maybe", "like", "unlike", "said", "says", "told", "according",
	"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
	"sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", "mr", "mrs", "ms", "dr", "the", "a", "an", "of", "by", "from", "with",
	"to", "for", "in", "on", "at", "dear", "hey", "oh", "yes", "no", "well", "first", "last",
)

// descriptors stand before a name and describe the person: parties,
// offices, trades ("Republican Donald Trump", "Producer Rahul Verma").
// They are left out of a name that keeps two words without them.
var descriptors = set(
	"republican", "republicans", "democrat", "democratic", "democrats", "gop", "independent",
	"conservative", "liberal", "labour", "labor", "tory", "socialist", "progressive", "libertarian",
	"vermonter", "texan", "californian", "candidate", "nominee", "rival",
	"challenger", "hopeful", "frontrunner", "incumbent", "businessman", "businesswoman",
	"billionaire", "mogul", "tycoon", "magnate", "celebrity", "presumptive", "presidential",
	"vice", "former", "then", "late", "legislator", "lawmaker", "producer", "director", "actor",
	"actress", "singer", "rapper", "author", "writer", "novelist", "journalist", "columnist",
	"host", "anchor", "commentator", "pundit", "analyst", "economist", "strategist", "pollster",
	"consultant", "activist", "advocate", "lawyer", "attorney", "counsel", "adviser", "advisor",
	"aide", "spokesman", "spokeswoman", "spokesperson", "coach", "manager", "captain", "owner",
	"founder", "chairman", "chairwoman", "chair", "ceo", "cfo", "coo", "executive", "chief",
	"administrator", "commissioner", "coun", "councillor", "councilor", "councilman",
	"councilwoman", "alderman", "mla", "mp", "mep", "msp", "td", "federal",
	"elder", "younger", "star", "veteran", "rookie", "striker", "midfielder",
	"defender", "goalkeeper", "quarterback", "pitcher", "forward", "guard", "player", "officer",
	"deputy", "acting", "interim", "principal", "provost", "doctor", "nurse", "sheriff",
	"detective", "inspector", "constable", "sergeant", "lieutenant", "trooper", "agent",
	"ranking", "minority", "majority", "assemblyman",
	"assemblywoman", "congressman", "congresswoman", "delegate", "envoy", "diplomat",
)

// honorifics are dropped from person names and are no titles.
var honorifics = set("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "mme", "mlle", "herr", "frau",
	"messrs", "prof",
	// the forms of address of other Englishes, faiths and Malay and
	// Muslim usage, as the resolver's lexicon has them
	"encik", "puan", "datuk", "datin", "dato", "tun", "shri", "smt", "alhaji", "alhaja", "maulana",
	"sheikh", "shaikh", "haji", "hajia", "ustaz", "madam", "madame", "aunty", "auntie")

// leadingTitles are titles that the extractor sometimes leaves in a name
// ("President Trump"); they are dropped from its start.
var leadingTitles = set("president", "senator", "sen", "governor", "gov", "secretary", "minister",
	"chancellor", "ayatollah", "king", "queen", "prince", "princess", "pope", "general", "gen",
	"judge", "justice", "mayor", "rep", "representative", "speaker", "premier", "sheikh", "rev",
	"reverend", "prof", "professor", "lord", "lady", "ambassador", "commissioner", "chairman",
	"chairwoman", "director", "detective", "officer", "sergeant", "captain", "colonel", "lieutenant",
	"brig", "maj", "col", "capt", "lt", "sgt", "adm", "admiral", "cmdr", "commander", "coach",
	"coun", "councillor", "councilor", "cllr", "chief", "deputy", "fr", "father", "sister",
	"brother", "rabbi", "imam", "bishop", "cardinal", "archbishop", "pastor", "hon", "rt",
	"attorney", "prosecutor", "sheriff", "inspector", "superintendent", "constable", "agent",
	"nurse", "doctor", "saint", "st", "emir", "crown", "dep", "asst", "assistant", "supt", "insp",
	"atty", "sec", "treas", "amb", "legislator", "mla", "mp", "state", "former", "then")

// suffixes are generational suffixes, kept apart from the name.
var suffixes = set("jr", "sr", "ii", "iii", "iv")

// stateTags are the party and state tags of US politicians that follow a
// name ("Bernie Sanders, I-Vt.", "Mitch McConnell R-Ky") and state
// abbreviations.
var stateTags = set(
	"ala", "al", "alaska", "ak", "ariz", "az", "ark", "ar", "calif", "ca", "colo", "co", "conn", "ct",
	"del", "de", "fla", "fl", "ga", "hawaii", "hi", "idaho", "id", "ill", "il", "ind", "in", "iowa",
	"ia", "kan", "kans", "ks", "ky", "la", "maine", "me", "md", "mass", "ma", "mich", "mi", "minn",
	"mn", "miss", "ms", "mo", "mont", "mt", "neb", "nebr", "ne", "nev", "nv", "nh", "nj", "nm", "ny",
	"nc", "nd", "ohio", "oh", "okla", "ok", "ore", "or", "pa", "penn", "ri", "sc", "sd", "tenn", "tn",
	"tex", "tx", "utah", "ut", "vt", "va", "wash", "wa", "wva", "wv", "wis", "wisc", "wi", "wyo",
	"wy", "dc", "vermont", "texas", "florida", "california", "kentucky", "york",
)

// partyLetters are the one-letter party tags of "R-Ky.", "D-Minn.", "I-Vt.".
var partyLetters = set("r", "d", "i")

// placeWords are places: countries, US states, capitals and large
// cities. A source named by one speaks for a government or is no person.
var placeWords = set(
	"afghanistan", "albania", "algeria", "angola", "argentina", "armenia", "australia", "austria",
	"azerbaijan", "bahrain", "bangladesh", "belarus", "belgium", "bolivia", "bosnia", "brazil",
	"britain", "bulgaria", "cambodia", "cameroon", "canada", "chile", "china", "colombia", "congo",
	"croatia", "cuba", "cyprus", "czechia", "denmark", "ecuador", "egypt", "eritrea", "estonia",
	"ethiopia", "fiji", "finland", "france", "germany", "ghana", "greece", "guatemala", "haiti",
	"honduras", "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland", "israel",
	"italy", "japan", "kazakhstan", "kenya", "kosovo", "kuwait", "laos", "latvia",
	"lebanon", "libya", "lithuania", "malaysia", "mali", "mexico", "moldova", "mongolia",
	"morocco", "mozambique", "myanmar", "nepal", "netherlands", "nicaragua", "niger", "nigeria",
	"norway", "oman", "pakistan", "palestine", "panama", "paraguay", "peru", "philippines",
	"poland", "portugal", "qatar", "romania", "russia", "rwanda", "serbia", "singapore",
	"slovakia", "slovenia", "somalia", "spain", "sudan", "sweden", "switzerland", "syria",
	"taiwan", "tajikistan", "tanzania", "thailand", "tunisia", "turkey", "uganda", "ukraine",
	"uruguay", "uzbekistan", "venezuela", "vietnam", "yemen", "zambia", "zimbabwe", "us", "usa",
	"uk", "eu", "america", "europe", "asia", "africa", "scotland", "wales", "england",
	"alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
	"delaware", "florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
	"kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
	"mississippi", "missouri", "montana", "nebraska", "nevada", "ohio", "oklahoma", "oregon",
	"pennsylvania", "tennessee", "texas", "utah", "vermont", "wisconsin", "wyoming",
	"washington", "moscow", "beijing", "tehran", "london", "paris", "berlin", "tokyo", "seoul",
	"pyongyang", "kabul", "baghdad", "damascus", "ankara", "riyadh", "cairo", "jerusalem",
	"kyiv", "kiev", "minsk", "warsaw", "madrid", "brussels", "ottawa", "canberra",
	"delhi", "islamabad", "doha", "beirut", "amman", "caracas", "havana", "brasilia", "athens",
	"budapest", "stockholm", "oslo", "copenhagen", "helsinki", "dublin", "lisbon",
	"taipei", "hanoi", "bangkok", "manila", "jakarta", "nairobi", "abuja", "pretoria", "tripoli",
	"khartoum", "sanaa", "muscat", "bern", "prague", "bucharest", "belgrade", "tbilisi", "yerevan",
	"baku", "westminster", "whitehall", "strasbourg", "geneva", "chicago", "boston", "houston",
	"philadelphia", "phoenix", "dallas", "detroit", "atlanta", "miami", "seattle", "denver",
	"baltimore", "cleveland", "vancouver", "toronto", "montreal",
	"melbourne", "brisbane", "perth", "auckland", "mumbai", "kolkata", "chennai", "bengaluru",
	"karachi", "lahore", "lagos", "johannesburg", "istanbul", "dubai", "shanghai", "kong",
	"hollywood", "manhattan", "brooklyn", "queens", "harlem", "nyc", "dc", "queensland", "tasmania",
	"ontario", "quebec", "alberta", "punjab", "kerala", "bengal", "gujarat", "maharashtra",
)

// placePairs are places of two words.
var placePairs = set("new york", "new jersey", "new hampshire", "new mexico", "north carolina",
	"south carolina", "north dakota", "south dakota", "west virginia", "rhode island",
	"new delhi", "hong kong", "los angeles", "san francisco", "las vegas", "new orleans",
	"united states", "united kingdom", "south africa", "north korea", "south korea",
	"saudi arabia", "sri lanka", "new zealand", "puerto rico", "el salvador", "costa rica",
	"capitol hill", "wall street", "downing street", "u s", "san diego", "san antonio",
	"st louis", "salt lake", "kansas city", "white house", "middle east", "gaza strip", "west bank")

// placeSuffixes end the names of places and buildings, and of no
// person ("Park", "Hill" and "Lane" are surnames too).
var placeSuffixes = set("tower", "towers", "avenue", "ave", "road", "rd", "boulevard", "square",
	"plaza", "bridge", "airport", "station", "county", "city", "island", "islands", "beach", "valley",
	"mountains", "heights", "harbor", "harbour", "coast", "peninsula", "province", "district",
	"township", "village", "building", "hotel", "resort", "stadium", "arena", "mall", "street")

// orgWords are words found in the names of organisations (and not of
// people): "Castlebridge United", "Corrib RFC", "Royal Wessex Theatre".
var orgWords = set(
	"ministry", "government", "administration", "department", "agency", "police", "company", "firm",
	"corporation", "corp", "inc", "ltd", "llc", "plc", "co", "army", "military", "navy", "office",
	"council", "committee", "commission", "party", "campaign", "union", "association", "group",
	"bank", "board", "parliament", "congress", "senate", "cabinet", "embassy", "university",
	"college", "school", "hospital", "clinic", "authority", "authorities", "regime", "club", "team",
	"league", "federation", "institute", "institution", "foundation", "organization",
	"organisation", "service", "services", "forces", "coalition", "alliance", "network", "times",
	"news", "press", "journal", "herald", "guardian", "telegraph", "tribune", "gazette", "bureau",
	"fund", "center", "centre", "airlines", "airways", "exchange", "secretariat", "united", "fc",
	"rfc", "afc", "trust", "theatre", "theater", "pictures", "studios", "studio", "records",
	"digital", "systems", "technologies", "technology", "tech", "labs", "laboratories", "foods",
	"holdings", "industries", "partners", "capital", "media", "energy", "oil", "gas", "motors",
	"pharmaceuticals", "pharma", "health", "insurance", "investments", "ventures", "enterprises",
	"solutions", "software", "electric", "railway", "railways", "post", "court", "tribunal",
	"assembly", "chamber", "reserve", "nations", "directorate", "kremlin", "pentagon", "politburo",
	"twitter", "facebook", "google", "youtube", "instagram", "amazon", "apple", "microsoft",
	"fbi", "cia", "nsa", "nasa", "nato", "un", "opec", "who", "imf", "wto", "eu", "cdc", "fda",
	"epa", "doj", "dnc", "rnc", "gop", "aclu", "naacp", "nra", "bbc", "cnn", "msnbc", "nbc", "cbs",
	"abc", "npr", "pbs", "reuters", "ap", "afp", "bloomberg", "politico", "axios", "yard", "met",
	"sharks", "rovers", "chargers", "giants", "rangers", "wanderers", "athletic", "city", "town",
	"county", "state", "states", "republic", "kingdom", "emirates", "monitor", "observatory",
	"watch", "institute", "society", "academy", "museum", "library", "church", "diocese",
	"mosque", "synagogue", "charity", "initiative", "project", "program", "programme",
	"caucus", "secretariat", "treasury", "mint", "guard", "corps", "brigade", "battalion",
	"regiment", "command", "intelligence", "prosecution", "police", "polls", "poll", "survey",
	"greens", "labour", "labor", "tories", "democrats", "republicans", "conservatives", "liberals",
)

// groupPlurals name a party or group as a whole: "Democrats",
// "Republicans". Without a quantifier they are the group, an
// organisation; "some Republicans" are anonymous members.
var groupPlurals = set("democrats", "republicans", "conservatives", "liberals", "tories", "greens",
	"socialists", "progressives", "libertarians", "labour", "labor", "nationalists", "loyalists",
	"unionists", "moderates", "independents", "populists", "centrists", "separatists", "rebels",
	"insurgents", "militants", "islamists", "jihadists", "taliban", "hamas", "hezbollah", "houthis")

// partyMembers are one member of a party: "a Republican" is somebody,
// anonymous.
var partyMembers = set("democrat", "republican", "conservative", "liberal", "tory", "socialist",
	"progressive", "libertarian", "independent")

// peoplePlurals are groups of people that are no organisation:
// "African Americans", "Sanders supporters".
var peoplePlurals = set("americans", "latinos", "hispanics", "muslims", "christians", "jews",
	"evangelicals", "blacks", "whites", "immigrants", "veterans", "millennials", "voters",
	"supporters", "women", "men", "parents", "residents", "students", "workers", "families",
	"citizens", "people", "fans", "critics", "protesters", "activists", "delegates", "donors",
	"members", "officials", "leaders", "europeans", "asians", "africans", "arabs", "kurds",
	"catholics", "protestants", "mormons", "farmers", "teachers", "nurses", "doctors")

// headlineVerbs are verbs of headlines, never words of a name: "Trump
// Addresses Munich Attack".
var headlineVerbs = set(
	"says", "said", "addresses", "attacks", "slams", "blasts", "hits", "wins", "loses", "calls",
	"urges", "warns", "vows", "rips", "defends", "denies", "backs", "rejects", "accuses", "claims",
	"responds", "reacts", "speaks", "tells", "asks", "talks", "takes", "makes", "gets", "goes",
	"gives", "sees", "leads", "trails", "falls", "rises", "surges", "drops", "quits", "joins",
	"leaves", "endorses", "mocks", "praises", "condemns", "unveils", "announces", "launches",
	"admits", "insists", "doubles", "pushes", "signs", "meets", "visits", "plans", "wants",
	"needs", "thinks", "knows", "fires", "hires", "sues", "bans", "blames", "criticizes",
	"criticises", "dismisses", "explains", "reveals", "shows", "touts", "pledges", "promises",
	"threatens", "questions", "challenges", "campaigns", "rallies", "holds", "pulls", "drops",
	"attack", "vs", "versus", "on", "to", "for", "in", "at", "about", "over", "after", "is", "are",
	"was", "were", "be", "will", "would", "can", "could", "not", "no", "with", "against", "and",
)

// roleWords are words that make a title a role or an office. A title
// without one ("Fiorina", "terrorized nation", "61") is no title.
var roleWords = set(
	// government and politics
	"president", "vice", "senator", "sen", "representative", "rep", "congressman", "congresswoman",
	"congressmember", "governor", "gov", "mayor", "minister", "secretary", "premier", "chancellor",
	"legislator", "lawmaker", "mp", "mla", "mep", "msp", "td", "councillor", "councilor", "coun",
	"cllr", "councilman", "councilwoman", "alderman", "assemblyman", "assemblywoman",
	"assemblymember", "speaker", "leader", "whip", "chair", "chairman", "chairwoman", "chairperson",
	"nominee", "candidate", "contender", "hopeful", "frontrunner", "challenger", "incumbent",
	"opponent", "rival", "mate", "delegate", "ambassador", "envoy", "diplomat", "consul",
	"commissioner", "administrator", "official", "officer", "spokesman", "spokeswoman",
	"spokesperson", "spokesmen", "press", "adviser", "advisor", "aide", "strategist", "pollster",
	"consultant", "operative", "staffer", "manager", "director", "chief", "head", "deputy",
	"undersecretary", "attorney", "general", "prosecutor", "solicitor", "advocate", "counsel",
	"lawyer", "barrister", "judge", "justice", "magistrate", "clerk", "sheriff", "marshal",
	"king", "queen", "prince", "princess", "monarch", "emperor", "sultan", "emir", "sheikh",
	"ayatollah", "pope", "cardinal", "bishop", "archbishop", "rabbi", "imam", "pastor", "reverend",
	"priest", "treasurer", "comptroller", "auditor", "controller", "registrar", "ombudsman",
	"mogul", "founder", "cofounder", "owner", "partner", "executive", "ceo", "cfo", "coo", "cto",
	"president-elect", "businessman", "businesswoman", "billionaire", "investor", "entrepreneur",
	"economist", "analyst", "strategist", "researcher", "scientist", "scholar", "professor", "prof",
	"lecturer", "fellow", "historian", "expert", "specialist", "epidemiologist", "physician",
	"doctor", "surgeon", "nurse", "psychologist", "psychiatrist", "neurologist", "biologist",
	"hydrologist", "astronomer", "physicist", "chemist", "engineer", "architect", "teacher",
	"principal", "provost", "student", "author", "writer", "novelist", "poet", "journalist",
	"reporter", "correspondent", "editor", "columnist", "commentator", "host", "anchor", "pundit",
	"blogger", "broadcaster", "producer", "actor", "actress", "singer", "musician", "rapper",
	"artist", "comedian", "filmmaker", "coach", "player", "captain", "striker", "midfielder",
	"defender", "goalkeeper", "quarterback", "pitcher", "bowler", "pacer", "batsman", "hitter",
	"forward", "guard", "athlete", "champion", "coordinator", "activist", "organizer",
	"organiser", "campaigner", "lobbyist", "volunteer", "member", "supporter", "critic", "donor",
	"fundraiser", "general", "colonel", "col", "major", "maj", "captain", "capt", "lieutenant",
	"lt", "sergeant", "sgt", "admiral", "adm", "commander", "cmdr", "brigadier", "brig", "gen",
	"soldier", "veteran", "detective", "inspector", "superintendent", "constable", "trooper",
	"agent", "firefighter", "paramedic", "chef", "publican", "farmer", "worker", "employee",
	"resident", "publicist", "agent", "attorney-general", "staff", "surrogate", "pastor",
	"monk", "nun", "chaplain", "elder", "chieftain", "warden", "governor-general", "regent",
	"minister-president", "prime", "secretary-general", "co-founder", "co-author", "author",
	"vice-president", "vice-captain", "vice-chair", "superstar", "star", "legend", "icon",
	"spokes", "rep.", "chancellor", "bailiff", "coroner", "examiner", "inspector-general",
)

// kinship words name a relation, not a role or an office: "husband",
// "son". They are no titles.
var kinship = set("husband", "wife", "son", "daughter", "father", "mother", "brother", "sister",
	"uncle", "aunt", "nephew", "niece", "cousin", "grandson", "granddaughter", "grandfather",
	"grandmother", "friend", "girlfriend", "boyfriend", "fiance", "fiancee", "spouse", "widow",
	"widower", "child", "children", "parent", "parents", "family", "relative", "in-law")

// titleOpeners open a clause or a phrase that is no title: "including
// Senator L...", "who ...".
var titleOpeners = set("including", "who", "which", "that", "whose", "whom", "when", "where",
	"while", "and", "but", "or", "said", "says", "told", "according", "like", "such", "as",
	"several", "some", "many", "both", "all", "other", "others", "because", "if", "after",
	"before", "since", "not")

// titleAbbreviations expand the abbreviations of titles, so that "Sen."
// and "Senator" share a word.
var titleAbbreviations = map[string]string{
	"sen": "senator", "rep": "representative", "gov": "governor", "coun": "councillor",
	"cllr": "councillor", "councilor": "councillor", "councilman": "councillor",
	"councilwoman": "councillor", "gen": "general", "brig": "brigadier", "lt": "lieutenant",
	"col": "colonel", "capt": "captain", "sgt": "sergeant", "adm": "admiral", "cmdr": "commander",
	"maj": "major", "prof": "professor", "supt": "superintendent", "insp": "inspector",
	"atty": "attorney", "amb": "ambassador", "treas": "treasurer", "dep": "deputy",
	"asst": "assistant", "pres": "president", "sec": "secretary", "congressman": "representative",
	"congresswoman": "representative", "ceo": "executive", "cfo": "financial", "coo": "operating",
	"advisor": "adviser", "spokeswoman": "spokesman", "spokesperson": "spokesman",
	"chairwoman": "chairman", "chairperson": "chairman", "chair": "chairman",
	// police ranks of South Asia and Africa ("DCP (South) Rajesh Kumar",
	// "DSP Funmilayo Adeyinka"), read as the police rank word that puts
	// them in the police's field
	"dcp": "superintendent", "acp": "superintendent", "dsp": "superintendent", "asp": "superintendent",
	"ssp": "superintendent", "igp": "inspector", "dig": "inspector", "cp": "superintendent",
}

// titleFields group the role words by field: a person's titles change
// over time (senator, then secretary of state), but rarely from one field
// to another; two namesakes often work in different fields.
var titleFields = map[string]string{}

func init() {
	for field, ws := range map[string][]string{
		"politics": {"senator", "representative", "governor", "mayor", "minister",
			"secretary", "premier", "chancellor", "legislator", "lawmaker", "mp", "mla", "mep", "msp",
			"td", "councillor", "alderman", "assemblyman", "assemblywoman", "speaker", "leader",
			"whip", "nominee", "candidate", "contender", "hopeful", "frontrunner", "challenger",
			"incumbent", "delegate", "ambassador", "envoy", "diplomat", "consul", "opposition",
			"cabinet", "parliament", "senate", "congress", "campaign", "strategist", "pollster",
			"spokesman", "undersecretary", "vice", "state", "foreign", "affairs"},
		"law": {"judge", "justice", "magistrate", "attorney", "prosecutor", "solicitor", "advocate",
			"counsel", "lawyer", "barrister", "clerk", "court", "district", "sheriff", "marshal"},
		"business": {"executive", "financial", "operating", "founder", "cofounder", "co-founder",
			"owner", "partner", "businessman", "businesswoman", "billionaire", "investor",
			"entrepreneur", "publican", "chef", "company", "firm", "bank", "banker", "trader"},
		"science": {"researcher", "scientist", "scholar", "professor", "lecturer", "historian",
			"epidemiologist", "physician", "doctor", "surgeon", "nurse", "psychologist",
			"psychiatrist", "neurologist", "biologist", "hydrologist", "astronomer", "physicist",
			"chemist", "engineer", "medical", "health"},
		"sports": {"coach", "player", "captain", "striker", "midfielder", "defender", "goalkeeper",
			"quarterback", "pitcher", "bowler", "pacer", "batsman", "hitter", "forward", "guard",
			"athlete", "champion", "coordinator", "vice-captain", "pundit", "club", "team"},
		"arts": {"author", "writer", "novelist", "poet", "producer", "actor", "actress", "singer",
			"musician", "rapper", "artist", "comedian", "filmmaker", "star", "superstar"},
		"military": {"general", "colonel", "major", "lieutenant", "sergeant", "admiral",
			"commander", "brigadier", "soldier", "veteran", "army", "navy", "forces"},
		"press": {"journalist", "reporter", "correspondent", "editor", "columnist",
			"commentator", "host", "anchor", "blogger", "broadcaster"},
		"police": {"detective", "inspector", "superintendent", "constable", "trooper",
			"firefighter", "paramedic", "police", "fire"},
	} {
		for _, w := range ws {
			titleFields[w] = field
		}
	}
}

// nicknames are the given names that a nickname stands for, where the
// nickname is not simply a short form of the name ("Walt" of "Walter" is
// found as a prefix).
var nicknames = map[string][]string{
	"bill": {"william"}, "billy": {"william"}, "will": {"william"}, "willie": {"william"},
	"bob": {"robert"}, "bobby": {"robert"}, "rob": {"robert"}, "robbie": {"robert"}, "bert": {"robert", "albert"},
	"dick": {"richard"}, "rick": {"richard", "frederick", "eric"}, "rich": {"richard"}, "ricky": {"richard"},
	"jim": {"james"}, "jimmy": {"james"}, "jamie": {"james"}, "tom": {"thomas"}, "tommy": {"thomas"},
	"mike": {"michael"}, "mick": {"michael"}, "mickey": {"michael"}, "dave": {"david"}, "davy": {"david"},
	"joe": {"joseph"}, "joey": {"joseph"}, "ted": {"edward", "theodore"}, "ed": {"edward", "edmund"},
	"eddie": {"edward"}, "ned": {"edward"}, "chris": {"christopher", "christine", "christina"},
	"kate": {"katherine", "catherine", "kathryn"}, "katie": {"katherine", "catherine"},
	"kathy": {"katherine", "kathleen", "catherine"}, "cathy": {"catherine"}, "kasia": {"katarzyna"},
	"maggie": {"margaret"}, "meg": {"margaret"}, "peggy": {"margaret"}, "marge": {"margaret"},
	"liz": {"elizabeth"}, "beth": {"elizabeth"}, "betty": {"elizabeth"}, "libby": {"elizabeth"},
	"sue": {"susan", "suzanne"}, "susie": {"susan"}, "jack": {"john"}, "johnny": {"john"},
	"hank": {"henry"}, "harry": {"henry", "harold"}, "larry": {"lawrence", "laurence"},
	"jerry": {"gerald", "jerome"}, "terry": {"terence"}, "tony": {"anthony"}, "andy": {"andrew"},
	"drew": {"andrew"}, "sandy": {"alexander", "sandra"}, "alex": {"alexander", "alexandra"},
	"nick": {"nicholas"}, "greg": {"gregory"}, "pat": {"patrick", "patricia"}, "peg": {"margaret"},
	"sam": {"samuel", "samantha"}, "ben": {"benjamin"}, "dan": {"daniel"}, "danny": {"daniel"},
	"steve": {"stephen", "steven"}, "jon": {"jonathan"}, "nate": {"nathan", "nathaniel"},
	"matt": {"matthew"}, "chuck": {"charles"}, "charlie": {"charles"}, "fred": {"frederick"},
	"freddie": {"frederick"}, "walt": {"walter"}, "olu": {"olumide", "oluwaseun"}, "bernie": {"bernard"},
	"newt": {"newton"}, "mitt": {"willard"}, "jeb": {"john"}, "rudy": {"rudolph"}, "al": {"albert", "alan"},
	"ron": {"ronald"}, "don": {"donald"}, "jeff": {"jeffrey"}, "tim": {"timothy"}, "phil": {"philip"},
	"ken": {"kenneth"}, "kenny": {"kenneth"}, "gene": {"eugene"}, "stan": {"stanley"},
	"vince": {"vincent"}, "abe": {"abraham"}, "ray": {"raymond"}, "wally": {"walter"},
}

// givenNames are common given names of one gender, so that "Ms. Trump"
// is not Donald Trump. A name missing here says nothing.
var maleNames = set(
	"aaron", "adam", "alan", "albert", "alexander", "andrew", "anthony", "antonio", "arthur",
	"barack", "ben", "benjamin", "bernard", "bernie", "bill", "billy", "bob", "bobby", "brad",
	"brandon", "brian", "bruce", "carl", "carlos", "charles", "charlie", "chris", "christopher",
	"chuck", "colin", "craig", "dan", "daniel", "darrell", "dave", "david", "dennis", "dick",
	"donald", "doug", "douglas", "edward", "eric", "frank", "fred", "gary", "george", "gerald",
	"greg", "gregory", "harold", "harry", "henry", "howard", "ian", "jack", "jacob", "james",
	"jason", "jeb", "jeff", "jeffrey", "jeremy", "jerry", "jim", "jimmy", "joe", "joel", "john",
	"johnny", "jon", "jonathan", "jose", "joseph", "joshua", "juan", "justin", "keith", "ken",
	"kenneth", "kevin", "larry", "lawrence", "leon", "louis", "luis", "marco", "mark",
	"martin", "matthew", "michael", "mike", "mitch", "mitt", "mohammad", "mohammed", "muhammad",
	"nathan", "newt", "nicholas", "nick", "patrick", "paul", "peter", "philip", "ralph", "rand",
	"randy", "ray", "raymond", "reince", "richard", "rick", "robert", "roger", "ron", "ronald",
	"roy", "russell", "ryan", "sam", "samuel", "scott", "sean", "sergei", "stephen", "steve",
	"steven", "ted", "terry", "thomas", "tim", "timothy", "tom", "tony", "vladimir", "walter",
	"wayne", "william", "willie", "xi", "rahul", "rajiv", "sanjay", "anil", "arvind", "vikram",
	"karan", "sipho", "chidi", "olumide", "ibrahim", "hiroshi", "graham", "gareth", "owen",
	"lars", "luca", "nigel", "tomasz", "walt", "jarrod", "brodie", "grant", "niall", "mohammad",
	"dimitri", "felix", "emile", "marcus", "stephen", "craig", "corey", "jared",
)

var femaleNames = set(
	"alice", "amanda", "amy", "angela", "ann", "anna", "anne", "barbara", "betty", "beth",
	"brenda", "carly", "carol", "caroline", "catherine", "chelsea", "christina", "christine",
	"claire", "cynthia", "deborah", "debbie", "denise", "diana", "diane", "donna", "dorothy",
	"elizabeth", "ellen", "emily", "emma", "evelyn", "fiona", "frances", "hannah", "heather",
	"helen", "hillary", "hope", "huma", "ivanka", "jane", "janet", "janice", "jean", "jennifer",
	"jessica", "jill", "joan", "joyce", "judith", "judy", "julia", "julie", "karen", "kate",
	"katherine", "kathleen", "kathryn", "kathy", "katie", "kelly", "kellyanne", "kimberly",
	"laura", "lauren", "linda", "lisa", "loretta", "lori", "madeleine", "margaret", "maggie",
	"maria", "marie", "marilyn", "martha", "mary", "megan", "megyn", "melania", "melissa",
	"michelle", "nancy", "nicole", "nikki", "olivia", "pamela", "patricia", "rachel", "rebecca",
	"ruth", "sandra", "sarah", "sharon", "shirley", "stephanie", "susan", "teresa", "theresa",
	"tiffany", "victoria", "virginia", "wendy", "priya", "meera", "sunita", "thandiwe", "ngozi",
	"adaeze", "aroha", "kasia", "katarzyna", "marta", "geneviève", "genevieve", "yuki", "aisha",
	"naomi", "renata", "bronwyn", "keisha", "tamika", "henrike", "elif", "sofia", "ana",
	"carmen", "dana", "anne", "sarah", "ruth", "janet", "carla", "linda", "margaret",
)

// dayOrMonth are the days and months that end no name.
var dayOrMonth = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "june", "july", "august", "september", "october",
	"november", "december")

// paperWords end the names of newspapers: after a place ("USA Today",
// "Texas Tribune") the name is a paper's.
var paperWords = set("today", "times", "post", "tribune", "herald", "journal", "news", "gazette",
	"chronicle", "courier", "star", "sun", "globe", "register", "record", "examiner", "observer",
	"standard", "telegraph", "mail", "express", "daily", "weekly", "review", "monitor")
