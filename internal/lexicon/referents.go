package lexicon

import "slices"

// The words by which the resolve stage tells what a source is: a named
// person, a body, a document, an outlet, or a description. Hand-listed
// general news English; an outlet's own names are never listed, only the
// wire services and broadcasters every outlet quotes.

// ForceNouns stand alone for the force a text names in full: "Police
// said" after "the Singapore Police Force", "the army" after "the
// Nigerian Army". Hand-listed.
var ForceNouns = newSet("police", "army", "navy", "garda", "gardaí")

// RoleLetters are the letters of roles that are no titles before a name
// and stand in the plural for persons of the role ("local GPs", "three
// TDs"). Hand-listed.
var RoleLetters = newSet("gp", "td", "mla", "mpp", "msp", "mep", "dj", "md", "vc", "qc", "kc", "sc", "ms")

// TitleWords are words of a person's title that stand before the name
// ("Foreign Minister", "Sen.", "Dr."): a name after one is a person's.
var TitleWords = newSet(
	"president", "minister", "secretary", "undersecretary", "under-secretary", "spokesman", "spokeswoman", "spokesperson", "senator",
	"sen.", "sen", "rep.", "rep", "representative", "gov.", "gov", "governor", "mayor", "chancellor",
	"premier", "chief", "director", "general", "gen.", "judge", "justice", "ambassador", "envoy",
	"ceo", "chairman", "chairwoman", "chair", "officer", "commissioner", "attorney", "leader",
	"king", "queen", "prince", "princess", "pope", "cardinal", "bishop", "rabbi", "imam",
	"professor", "prof.", "prof", "dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "sir", "dame",
	"lord", "lady", "captain", "capt.", "capt", "colonel", "col.", "col", "lt.", "sergeant", "sgt.", "admiral", "asst", "asst.", "comm", "comm.",
	"adm.", "adm", "brig", "brig.", "cdr", "cdr.", "detective", "inspector", "superintendent", "sheriff", "coach", "manager", "economist",
	"analyst", "spokesmen", "deputy", "vice", "speaker", "counsel", "adviser", "advisor",
	"head", "founder", "executive", "treasurer", "whip", "lawmaker", "councillor", "councilman",
	"councilwoman", "member", "commander", "marshal", "prosecutor", "sheikh", "ayatollah", "mp",
	"chairperson", "cfo", "coo", "cto", "editor", "correspondent", "constable",
	// Ranks and offices in their short forms, and the roles news puts
	// before a name as a title ("Cllr Judith Morrow", "Co-founder and CEO
	// Inês Carvalho", "Actor Rohan Kapadia"); the speakers pass keeps
	// them apart from the name.
	"cllr", "cllr.", "lt", "gen", "maj", "maj.", "cpl", "cpl.", "pvt", "pvt.", "cmdr", "cmdr.",
	"supt", "supt.", "insp", "insp.", "det", "det.", "rev", "rev.", "reverend", "fr", "fr.", "father", "sister",
	"pastor", "archbishop", "principal", "headteacher", "trustee", "co-founder", "cofounder",
	"co-author", "author", "actor", "actress", "singer", "rapper", "producer", "partner",
	"councilor", "alderman", "assemblyman", "assemblywoman", "congressman", "congresswoman",
	"chancellor", "vice-chancellor", "provost", "researcher", "scientist", "physician", "surgeon",
	"nurse", "midwife", "lawyer", "barrister", "solicitor", "magistrate", "coroner", "striker",
	"midfielder", "defender", "goalkeeper", "forward", "quarterback", "pitcher", "skipper", "referee",
	// Ranks of police and forces, and members of parliaments and
	// assemblies, as news abbreviates them before a name ("Sgt Teresa
	// Villanueva", "MEP Grzegorz Wiśniewski", "DCI Anna Holt").
	"sgt", "lieutenant", "corporal", "brigadier", "pc", "dc", "ds", "di", "dci", "dsupt",
	"mep", "msp", "mla", "mpp", "mha", "td", "mk", "cr", "cr.", "clr",
	// Occupations news sets before a name as a title ("Farmer Esther
	// Chebet", "PRO Sunil Deshpande-Rao", "Pensioner Mary Tilley").
	"farmer", "pro", "pensioner", "teacher", "student", "activist", "campaigner", "entrepreneur",
	"businessman", "businesswoman", "chef", "designer", "architect", "engineer", "pilot", "priest",
	"poet", "novelist", "writer", "artist", "photographer", "filmmaker", "comedian", "musician",
	"drummer", "guitarist", "dancer", "resident", "shopkeeper", "fisherman", "herder",
	// the councillors of Scotland's cities ("Bailie Tommy Rafferty")
	"bailie",
	// the head of an Indian district ("District Collector Sunanda Iyer")
	"collector",
	// chess's titles ("IM Paolo Dimaculangan", "WGM Hou Yifan"); not
	// "GM", General Motors' name as often, nor "FM" ("Capital FM
	// Nairobi") or "Grandmaster" ("Grandmaster Flash"), names' words too
	"im", "wgm", "wim",
)

// OfficesFor are the title words whose office is named after "for", as
// British and Commonwealth news names ministers ("Minister for
// Fisheries", "Secretary for Education", "Commissioner for Children").
var OfficesFor = newSet("minister", "secretary", "commissioner", "envoy")

// OfficesOn are the title words whose office is named after "on" ("Adviser
// on the Peace Process", "Special Envoy on Climate Change", "Opposition
// Spokesman on Health", "Special Rapporteur on Torture").
var OfficesOn = newSet("adviser", "advisor", "envoy", "rapporteur", "spokesman", "spokeswoman", "spokesperson", "ambassador")

// NameParticles are the lower-case words inside a person's name ("Marieke
// de Groot", "Ludwig van Beethoven", "Osama bin Laden").
var NameParticles = newSet(
	"de", "del", "della", "der", "den", "di", "da", "das", "dos", "du", "van", "von", "ter", "ten", "zu",
	"la", "le", "los", "las", "bin", "ibn", "al", "el", "abu", "ul", "ur",
	"ole", "ap", "bint", "binti", "binte", "bte", "ould", "wa", "y", "e", "dela", "des", "degli", "arap", "ka", "anak",
	// elided before a vowel, in one word with the name ("d'Entremont", "l'Heureux")
	"d'", "d’", "l'", "l’", "dell'", "dell’",
)

// Patronymics join a given name to a father's name in place of a
// surname ("Azman bin Yusof", "Nur Aisyah binti Kamaruddin", "Jerip anak
// Sagang", "Mohamed ould Abdelaziz").
var Patronymics = newSet("bin", "binti", "binte", "bte", "bint", "ibn", "ould", "anak")

// SurnameParticles open a surname that news writes alone with its
// particle capitalized ("Le Pen", "Van der Merwe", "Ó Dálaigh", "Ní
// Bhriain"). Particles that are also first names ("Al", "Abu", "Mac")
// are left out.
var SurnameParticles = newSet(
	"le", "la", "de", "del", "della", "di", "da", "du", "van", "von", "ter", "ten", "dos", "das",
	"ó", "ní", "nic", "uí", "ua", "mhic", "dela", "ole", "te",
)

// GenerationalSuffixes end a person's name after the last name ("Raymond
// Pruett Jr.", "Martin Luther Smith III").
var GenerationalSuffixes = newSet("jr", "jr.", "sr", "sr.", "ii", "iii", "iv")

// NameAbbreviations end in a period that closes no sentence and stand in
// names: "St. Brendan's", "Mt. Kenya".
var NameAbbreviations = newSet("st", "mt", "ft", "jr", "sr", "ma", "wm", "chas", "thos", "jas", "geo")

// PostNominals follow a name and are no part of it ("Eoin Mac Namara
// BL", "Jane Doe MP", "John Smith QC"): letters, honours and seats.
var PostNominals = newSet(
	"bl", "sc", "qc", "kc", "mp", "mep", "msp", "ms.", "td", "mla", "mpp", "mha", "mna", "obe", "mbe",
	"cbe", "kbe", "dbe", "phd", "esq", "esq.", "frs",
)

// Affiliations are the nationalities and party words that news sets
// before a name as a description ("Unseeded Croatian Mirela Kovac",
// "Democrat Hillary Clinton"): they are no part of the name.
var Affiliations = newSet(
	"american", "british", "english", "scottish", "welsh", "irish", "french", "german", "italian",
	"spanish", "portuguese", "dutch", "belgian", "swiss", "austrian", "swedish", "norwegian", "danish",
	"finnish", "icelandic", "polish", "czech", "slovak", "hungarian", "romanian", "bulgarian",
	"greek", "turkish", "russian", "ukrainian", "belarusian", "serbian", "croatian", "bosnian",
	"slovenian", "albanian", "lithuanian", "latvian", "estonian", "georgian", "armenian",
	"israeli", "palestinian", "lebanese", "syrian", "iraqi", "iranian", "saudi", "emirati", "qatari",
	"egyptian", "libyan", "tunisian", "algerian", "moroccan", "nigerian", "ghanaian", "kenyan",
	"ethiopian", "somali", "sudanese", "ugandan", "tanzanian", "rwandan", "congolese", "cameroonian",
	"senegalese", "ivorian", "malian", "zimbabwean", "zambian", "south", "african", "indian", "pakistani",
	"afghan", "bangladeshi", "nepali", "sri", "lankan", "chinese", "japanese", "korean", "taiwanese",
	"vietnamese", "thai", "cambodian", "malaysian", "singaporean", "indonesian", "filipino",
	"australian", "canadian", "mexican", "brazilian", "argentine", "argentinian", "chilean",
	"colombian", "peruvian", "venezuelan", "cuban", "haitian", "jamaican", "new", "zealander", "kiwi",
	"democrat", "democratic", "republican", "labour", "tory", "conservative", "liberal", "socialist",
	"green", "independent",
)

// PartyWords are the words of Affiliations that name a party or a
// leaning, not a nation.
var PartyWords = newSet(
	"democrat", "democratic", "republican", "labour", "tory", "conservative", "liberal", "socialist",
	"green", "independent",
)

// NationPrefixes are the words of Affiliations that open a two-word
// nationality ("New Zealander", "South African") and alone are none.
var NationPrefixes = newSet("new", "south", "sri")

// Descriptors are words news sets before a name that describe the one
// named ("Rival Billfold", "Veteran Mike Smith"): no part of a person's or
// a body's name.
var Descriptors = newSet(
	"unseeded", "veteran", "retired", "former", "late", "rival", "fellow", "embattled", "beleaguered",
	"outgoing", "incoming", "acting", "interim", "disgraced", "jailed", "ousted", "defending", "senior",
	"many", "some", "several", "most", "few", "other", "all", "both",
)

// EpithetDescriptors are the Descriptors that tell of a person already
// known ("the veteran farmer", "the retired teacher"), not of a role or
// a number.
var EpithetDescriptors = newSet(
	"veteran", "retired", "embattled", "beleaguered", "disgraced", "jailed", "ousted", "outgoing", "defending",
)

// PortfolioWords name what an office is of or for ("Inspector-General
// of Police", "Secretary of Homeland Security", "Minister for Health and
// Family Welfare"), not a person: the name after an office opens past
// them.
var PortfolioWords = newSet(
	"police", "state", "defence", "defense", "health", "education", "finance", "justice", "agriculture",
	"transport", "homeland", "security", "foreign", "affairs", "interior", "energy", "trade", "industry",
	"labour", "labor", "environment", "works", "commerce", "information", "communications", "tourism",
	"housing", "culture", "sport", "sports", "youth", "planning", "water", "mines", "mining", "fisheries",
	"lands", "revenue", "customs", "prisons", "immigration", "treasury", "economy", "development",
	"science", "technology", "aviation", "petroleum", "power", "infrastructure", "welfare", "employment",
	"veterans", "home", "family", "social", "services", "public", "national", "internal", "external",
	"digital", "telecommunications", "posts", "arts", "heritage", "rural", "forestry", "climate", "resources",
	"innovation", "investment", "broadcasting", "gender", "disaster", "change", "peace", "process", "relations",
	"management", "protection", "reform",
)

// SportBodyWords open the name of a sport's governing body, whose other
// words are a place ("Cricket Queensland", "Athletics Kenya", "Rugby
// Australia", "Netball New Zealand"): no person's given name is a sport.
var SportBodyWords = newSet(
	"cricket", "rugby", "netball", "football", "soccer", "hockey", "athletics", "swimming", "cycling",
	"tennis", "golf", "rowing", "basketball", "baseball", "boxing", "sailing", "surfing", "volleyball",
	"gymnastics", "triathlon", "badminton", "squash", "bowls", "softball", "equestrian", "archery",
)

// legalForms end a company's name with its legal form alone ("Home Depot
// Inc", "Hessler AG", "Orchard Bay Holdings"): the name without them is
// the same company.
var legalForms = []string{
	"ag", "nv", "bv", "gmbh", "sa", "sas", "spa", "srl", "ab", "asa", "oyj", "plc", "ltd", "ltd.",
	"inc", "inc.", "llc", "llp", "lp", "corp", "corp.", "co.", "pty", "pte", "bhd", "kk", "holdings", "group",
	"pvt", "limited",
}

// LegalForms is legalForms as a set.
var LegalForms = newSet(legalForms...)

// OrgDesignators end or head the name of a company, club or body ("Hessler
// AG", "Vanterpool NV", "Lakeshore FC"): a name with one is an
// organization's, and the name without it ("Hessler") is short for it.
var OrgDesignators = newSet(slices.Concat(legalForms, []string{
	"securities", "associates", "consulting", "advisory", "cf", "rfc", "rovers", "wanderers", "rangers", "athletic", "albion", "hotspur", "united", "partners", "ventures", "capital", "industries", "motors",
	"systems", "technologies", "labs", "pharmaceuticals", "therapeutics", "airways", "lines", "energy", "media",
	"records", "music", "studios", "pictures", "films", "entertainment", "games", "trust", "services",
	"international", "watch", "oil", "gas", "petroleum", "mining", "resources", "logistics", "foods",
	"brands", "insurance", "finance", "financial", "investments", "properties", "realty", "construction",
	"engineering", "software", "networks", "communications", "telecom", "pharma", "biotech", "health",
	"air", "mutual", "beverages", "cosmetics", "platinum", "fc", "afc",
	"ferries", "airlines", "shipping", "railways", "buses", "coaches", "breweries", "bakeries", "dairies",
	"textiles", "plantations", "estates", "farms", "vineyards", "hotels", "resorts",
	"aerospace", "aviation", "robotics", "electronics", "semiconductor", "semiconductors", "chemicals", "minerals",
	"metals", "renewables", "automotive", "healthcare", "telecoms", "biosciences", "diagnostics",
	"solutions", "analytics", "dynamics", "innovations", "apparel",
	// the trades in the plural that name firms ("Glenmorven Distillers",
	// "Kelso Brewers")
	"distillers", "brewers", "jewellers", "outfitters",
	// the name words of newspapers and broadcasters
	"daily", "weekly", "gazette", "chronicle", "courier", "sentinel", "ledger", "observer", "express",
	"standard", "review", "magazine", "radio", "tv", "television", "fm",
})...)

// InstrumentHeads end the names of laws, treaties and charters ("the
// Affordable Care Act", "the Paris Agreement", "the Second Amendment"),
// no person's, whom "he" or "she" could find. Not "bill" or "law", which
// are also names ("Bill", "Jude Law").
var InstrumentHeads = newSet("act", "agreement", "accord", "accords", "treaty", "amendment", "constitution", "charter",
	"statute", "directive", "protocol", "doctrine")

// FirmPartners end a firm's name after "and" ("Harcourt Bell and
// Partners", "Mwangi and Associates", "Doyle and Sons"): the names before
// them are the firm's, no persons joined.
var FirmPartners = newSet("partners", "associates", "sons", "brothers", "co", "company")

// FirmNameWords end the names of research and data firms ("Harwood
// Research", "Ardmore Insight", "Dominion Auto Data"), no person's; alone
// they are common nouns ("Research also shows ...").
var FirmNameWords = newSet("research", "insight", "insights", "analytics", "data")

// BusinessNameEnds end the names of businesses ("Dunbrody Homes",
// "Veltra Mobile", "Lakeside Hotels"), which "the company" or "the
// developer" then refers back to: the words that OrgDesignators, which
// say so too ("Kessler Motors", "Prairie Gold Foods"), do not hold.
var BusinessNameEnds = newSet(
	"homes", "estates", "solutions", "builders", "electronics", "textiles", "mills", "breweries", "hotels",
	"resorts", "telecoms", "mobile", "biologics", "biopharma",
)

// PlaceHeads end the names of places and buildings ("Downing Street",
// "Trump Tower", "Bondi Beach"): such a name is never a person's; as a
// source it stands for those who work there, a body.
var PlaceHeads = newSet(
	"street", "road", "avenue", "boulevard", "lane", "square", "tower", "towers", "palace", "castle",
	"building", "plaza", "bridge", "park", "airport", "station", "stadium", "arena", "beach", "island",
	"islands", "river", "lake", "mountain", "mountains", "valley", "bay", "coast", "harbour", "harbor",
	"mall", "district", "county", "province", "shire", "borough", "township", "village", "heights",
	"creek", "falls", "springs", "cove", "gully", "wharf", "quay", "pier", "canal", "glacier", "peninsula",
	"estuary", "lagoon", "reef", "gorge",
)

// SurnamePlaceHeads are the PlaceHeads that are family names too ("Grace
// Park", "Lois Lane", "Michael Bay", "Roy Castle"): after a first name
// they may end a person's name.
var SurnamePlaceHeads = newSet("street", "lane", "park", "bay", "tower", "towers", "palace", "castle", "river", "lake", "coast", "hill",
	"arena", "beach", "mall", "bridge", "square") // "Bruce Arena"

// PlacePrefixes open the names of places ("Fort Pierce", "Mount
// Pleasant", "Lake Placid", "San Diego") and of storms ("Typhoon
// Yolanda", "Hurricane Katrina"), which are no persons' whatever first
// name follows.
var PlacePrefixes = newSet(
	"fort", "ft", "mount", "mt", "lake", "loch", "port", "cape", "isle", "san", "santa", "puerto",
	"sierra", "lough", "hurricane", "typhoon", "cyclone", "storm",
	// Malay's words for a building, a tower, a road, a village and a park
	// ("Wisma Putra", the foreign ministry's seat; "Kampung Pasir Pekan")
	"wisma", "menara", "jalan", "kampung", "taman",
)

// GovernmentSeats are the one-word names of the places that stand for a
// government in its country's news ("Malacañang said", "Putrajaya has
// decided"), which no list of cities or regions holds as such.
var GovernmentSeats = newSet("malacañang", "malacanang", "putrajaya", "alausa", "elysée", "elysee", "zhongnanhai", "whitehall", "stormont", "holyrood")

// LocativePrepositions put a name where something happens ("spoke in
// Fort Pierce", "a rally near Dayton"): a place, or a body ("in Congress").
var LocativePrepositions = newSet("in", "near", "outside", "across", "throughout", "inside")

// Regions are the states, provinces and nations below a country that
// news names as places or for their governments ("Florida", "Manitoba",
// "Queensland"): never a person.
var Regions = newSet(
	"alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
	"florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana",
	"maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri",
	"montana", "nebraska", "nevada", "ohio", "oklahoma", "oregon", "pennsylvania", "tennessee",
	"texas", "utah", "vermont", "virginia", "wisconsin", "wyoming", "alberta", "manitoba", "ontario",
	"quebec", "saskatchewan", "newfoundland", "nunavut", "yukon", "queensland", "tasmania",
	"victoria", "bavaria", "catalonia", "flanders", "wallonia", "punjab", "kerala", "gujarat",
	"maharashtra", "bihar", "kashmir", "crimea", "donbas", "gaza", "kurdistan", "tibet", "xinjiang",
	"hong", "kong", "nsw",
)

// RegionPhrases are the regions of Regions whose names are several words
// ("South Carolina", "New York", "Tamil Nadu"), whose describing or
// directional first word ("New", "South") would otherwise leave a
// person's last name ("York", "Carolina").
var RegionPhrases = newSet(
	"new york", "new jersey", "new hampshire", "new mexico", "north carolina", "south carolina",
	"north dakota", "south dakota", "west virginia", "rhode island", "district of columbia",
	"british columbia", "nova scotia", "new brunswick", "prince edward island", "northwest territories",
	"new south wales", "western australia", "south australia", "northern territory",
	"northern ireland", "uttar pradesh", "madhya pradesh", "andhra pradesh", "himachal pradesh",
	"arunachal pradesh", "tamil nadu", "west bengal", "jammu and kashmir", "khyber pakhtunkhwa",
	"rift valley", "western cape", "eastern cape", "northern cape", "kwazulu-natal", "free state",
	"lagos state", "rivers state", "kano state", "west bank", "inner mongolia",
)

// StateAbbreviations are the abbreviations of US states in AP's style,
// written with a period after a city's name and a comma ("Green Bay,
// Wis.", "Beaumont, Tex."); many are words or names alone ("Miss",
// "Wash", "Mass"), so they count only so placed.
var StateAbbreviations = newSet(
	"ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky",
	"la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa",
	"tenn", "tex", "vt", "va", "wash", "wis", "wyo",
)

// PlaceWord: w is a country, capital or region's word (Places, Regions).
func PlaceWord(w string) bool { return Places.Has(w) || Regions.Has(w) }

// Honorifics mark the next name as a person's.
var Honorifics = newSet(
	"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "mr.", "mrs.", "ms.", "dr.",
	// the forms of address of news in other Englishes and languages
	"mx", "mx.", "encik", "puan", "datuk", "datin", "tun", "shri", "smt", "smt.", "alhaji", "alhaja",
	"herr", "frau", "señor", "señora", "mme",
	// and of office and profession in West and East African news ("Hon.
	// Rose Anyango", "Engr. Halima Dangana-Yusuf", "Barr. Chidi Okeke")
	"hon", "hon.", "engr", "engr.", "barr", "barr.",
	// and of the Philippines' professions ("Atty. Gerardo Montemayor III")
	"atty", "atty.",
	// and of faiths and of Malay and Muslim usage
	"maulana", "sheikh", "shaikh", "haji", "hajia", "hajiya", "ustaz", "dato", "paduka",
	// and of South Asian usage ("Mian Shaukat Ali Bhatti", "Sardar Naveed
	// Akhtar Khan", "Ustad Ghulam Rasool Jafri"; not "Begum", a surname
	// too)
	"mian", "sardar", "ustad",
	// the second word of Malaysia's compound titles ("Datuk Seri"; "Tan
	// Sri" is "tan", a family name too, and a name's "Sri": the resolver
	// reads the two together, resolve/title.go)
	"seri",
	// and of respect for an elder or a married woman ("Madam Nurul Huda
	// Ismail" in Singapore and Ghana, "Aunty June Carr" for an Aboriginal
	// elder)
	"madam", "madame", "aunty", "auntie",
	// and of chiefs and elders in Ghana's Ewe and northern Nigeria's Hausa
	// usage ("Togbe Adzima Kpegla IV", "Malam Garba Dan-Iya"), and the
	// Sufi lineage title of Pakistani politics ("Makhdoom Syed Ali Raza
	// Gardezi")
	"togbe", "malam", "mallam", "malama", "makhdoom",
	// and of Philippine respect for an elder and for a film director
	// ("Kuya Germs", "Manong Ernie", "Direk Manuel Quiambao"; not "Ate",
	// an English verb in a title-case headline, nor "Tito" or "Lola",
	// given names too)
	"kuya", "manong", "manang", "direk",
	// and of Indonesian and Philippine Muslim usage ("Ustadz Nur-Hassan
	// al-Amin"), and the comradeship of trade unions and liberation
	// movements in Nigerian, South African and Zimbabwean news ("Comrade
	// Oluwaseun Adebayo", "Cde Tendai Moyo")
	"ustadz", "comrade", "comr", "comr.", "cde",
)

// SurnameHonorifics are the honorifics that are also family names: one
// that ends a name, or stands alone, is the family name ("Farhan Shaikh",
// "Shaikh said"), as it addresses no name after it.
var SurnameHonorifics = newSet("sheikh", "shaikh")

// PublicBodyNouns are the OrgNouns of the state's bodies ("The Federal
// Board of Revenue", "the Ministry of Health"), which a headline's
// "Traders' body" or "Farmers' body" is not. Hand-listed.
var PublicBodyNouns = newSet(
	"ministry", "department", "government", "board", "authority", "commission", "police", "court",
	"agency", "council", "office", "bureau", "parliament", "senate", "assembly", "cabinet",
)

// OrgNouns head noun phrases that name institutions ("the ministry",
// "Bayline Marine Corp"): a name or description with one is an
// organization.
var OrgNouns = newSet(
	"ministry", "government", "governments", "administration", "department", "agency", "police", "constabulary", "gendarmerie", "garda", "gardaí", "gardai", "treasury", "exchequer",
	"guild", "guilds", "fraternity", "sorority", "brotherhood", "consulate", "consulate-general", "consulates",
	"confederation", "commissariat", "militia", "militias", "cartel", "cartels", "taskforce",
	"company", "firm", "corporation", "army", "military", "navy", "office", "council", "committee",
	"commission", "court", "party", "campaign", "union", "association", "group", "bank", "board",
	"parliament", "congress", "senate", "house", "cabinet", "embassy", "university", "school",
	"hospital", "authority", "authorities", "regime", "club", "trust", "team", "league", "federation",
	"institute", "foundation", "organization", "organisation", "service", "forces", "force",
	"coalition", "alliance", "network", "times", "post", "news", "press", "journal", "herald",
	"guardian", "telegraph", "tribune", "mail", "bureau", "fund", "center", "centre",
	"inc", "corp", "ltd", "co", "plc", "llc", "airlines", "airline", "exchange", "secretariat",
	"operator", "operators", "manufacturer", "retailer", "insurer", "inspectorate",
	"regulator", "regulators", "watchdog", "state", "city", "county", "region", "province",
	"federal", "kremlin", "pentagon", "politburo", "directorate", "chamber", "command",
	"nations", "states", "reserve", "tribunal", "assembly", "ministries",
	// businesses, faiths and programmes
	"startup", "start-up", "maker", "developer", "carrier", "lender", "chain", "brand", "label", "charity",
	"nonprofit", "publisher", "broadcaster", "provider", "supplier", "contractor", "consultancy",
	"conglomerate", "utility", "securities", "church", "mosque", "temple", "synagogue", "cathedral",
	// institutions
	"museum", "library", "gallery", "shelter", "zoo", "academy", "society", "laboratory", "observatory",
	"parish", "diocese", "programme", "program", "division", "unit", "directorate-general",
	"college", "clinic", "registry", "panel", "regiment", "brigade", "battalion",
	// groups people form
	"forum", "movement", "collective", "initiative", "front", "cooperative", "co-operative",
	"syndicate", "consortium", "partnership", "caucus", "bloc",
	// a court as its judges ("the bench observed"); the parties out of
	// power ("The Opposition said")
	"bench", "opposition",
)

// CollectiveNouns name a group of people in the singular, whom "they"
// refers to and no "he" or "she" ("her management", "the family", "his
// camp", "the staff").
var CollectiveNouns = newSet(
	"management", "family", "families", "camp", "staff", "crew", "entourage", "household", "relatives",
	"leadership", "public", "community", "audience", "majority", "minority",
)

// ResearcherNouns are who carries out a study for a body ("researchers
// at the Tamale Centre"): the body is the study's author.
var ResearcherNouns = newSet("researchers", "scientists", "team", "experts", "academics", "economists", "investigators", "engineers", "inspectors", "auditors", "statisticians")

// CompanyNouns are the nouns by which news refers back to a business it
// has named ("the company", "the startup", "the firm"): any of them may
// stand for a body introduced by another or named with a designator.
var CompanyNouns = newSet(
	"company", "firm", "startup", "start-up", "business", "group", "maker", "manufacturer", "developer",
	"retailer", "insurer", "lender", "bank", "carrier", "airline", "operator", "chain", "brand", "label",
	"publisher", "conglomerate", "giant", "provider", "supplier", "contractor", "producer", "utility",
	"reinsurer", "chipmaker", "automaker", "carmaker", "drugmaker", "miner", "exporter", "importer",
	"distributor", "brokerage", "wholesaler", "refiner", "shipbuilder", "fintech", "processor",
	"studio", "shipper", "outfitter", "app", "marketplace", "broadcaster", "streamer", "bookmaker",
)

// ServiceNouns say, before a name, that it is a service's and so a
// business's ("food delivery platform Makan Go", "jobs portal Kazi"); as
// a description alone they are a party's ("the party's platform").
var ServiceNouns = newSet("platform", "platforms", "portal")

// PersonTrades are the nouns of bodies (OrgNouns, CompanyNouns) that
// also name a person who plies the trade ("Publisher Rupert Murdoch",
// "property developer Tan", "Streamer Ninja"): before a name they do not
// say it is a body's.
var PersonTrades = newSet(
	"publisher", "developer", "producer", "maker", "contractor", "miner", "importer", "exporter",
	"distributor", "supplier", "wholesaler", "refiner", "shipper", "outfitter", "broadcaster",
	"streamer", "carrier", "provider", "processor", "exchange", "operator", "operators",
)

// ThingNouns head descriptions of no person that a source sometimes is
// ("The problem is that ...", "a slide show showed"), which no "he" or
// "she" refers to. Hand-listed general English, with the suffixes of
// abstract nouns (resolve's noPerson) for the rest.
var ThingNouns = newSet(
	"problem", "problems", "issue", "issues", "question", "questions", "point", "idea", "ideas", "plan",
	"plans", "bill", "law", "rule", "case", "fact", "thing", "things", "way", "show", "table", "number",
	"numbers", "list", "chart", "map", "book", "film", "movie", "song", "game", "deal", "vote", "race",
	"event", "speech", "debate", "economy", "system", "message", "tone", "trend", "shift", "change",
	"move", "effort", "theory", "argument", "claim", "claims", "answer", "reason", "result",
)

// FemaleWords and MaleWords are honorifics, titles and kin words that
// tell a person's gender ("Mrs", "spokeswoman", "actress"). Titles in
// -man (chairman, spokesman) are left out: they are still used of women.
var FemaleWords = newSet(
	"mrs", "mrs.", "ms", "ms.", "miss", "madam", "madame", "mme", "dame", "lady", "queen", "princess",
	"duchess", "baroness", "countess", "empress", "spokeswoman", "chairwoman", "congresswoman",
	"councilwoman", "assemblywoman", "businesswoman", "actress", "waitress", "hostess", "mother",
	"wife", "daughter", "sister", "grandmother", "aunt", "niece", "girl", "woman", "widow", "mother-of-three",
	"mother-of-two", "mother-of-one", "mother-of-four", "sportswoman", "policewoman", "headmistress",
	"puan", "datin", "smt", "smt.", "alhaja", "frau", "señora",
)

// MaleWords are the male counterparts of FemaleWords.
var MaleWords = newSet(
	"mr", "mr.", "sir", "lord", "king", "prince", "duke", "baron", "emperor", "father", "husband", "son",
	"brother", "grandfather", "uncle", "nephew", "boy", "man", "widower", "father-of-three",
	"father-of-two", "father-of-one", "father-of-four", "headmaster",
	"encik", "shri", "alhaji", "herr", "señor",
)

// LifeEpithets describe a person by a family role or a stage of life
// ("the mother of three", "the grandfather", "the pensioner"). News uses
// them of someone it has already named, so, like an age, they name no
// one new: "Sarah Moyo said ... The mother of three said".
var LifeEpithets = newSet(
	"mother", "father", "mum", "mom", "dad", "grandmother", "grandfather", "grandma", "grandad",
	"granny", "widow", "widower", "teenager", "teen", "pensioner", "retiree", "schoolgirl", "schoolboy",
	"mother-of-one", "mother-of-two", "mother-of-three", "mother-of-four", "father-of-one",
	"father-of-two", "father-of-three", "father-of-four",
)

// KinNouns are the relatives news names by a first name alone after a
// possessive ("his wife, Jane,"), who share the family's name.
var KinNouns = newSet(
	"wife", "husband", "son", "daughter", "father", "mother", "brother", "sister", "grandson",
	"granddaughter", "grandfather", "grandmother",
)

// RecordNouns are documents that a body keeps of itself, so that what
// they are "of" is their keeper ("records of the schools division",
// "minutes of the committee's meeting"), where a review or a study "of"
// something is about it, and "accounts of the army's conduct" are
// narratives of it.
var RecordNouns = newSet("minutes", "records", "register", "registers", "files", "logs", "archives", "ledger", "ledgers")

// Gatherings are what minutes are kept of: "minutes of a meeting of the
// committee" are the committee's.
var Gatherings = newSet("meeting", "meetings", "session", "sessions", "hearing", "hearings", "sitting", "conference", "assembly")

// SightVerbs get or read a document: "a report, seen by the Courier,"
// tells who has it, and nothing anyone said.
var SightVerbs = newVerbSet(sightBases()...)

// sightBases are the base forms of SightVerbs, a fresh slice each call.
func sightBases() []string {
	return []string{"obtain", "see", "review", "view", "acquire", "examine", "read", "access"}
}

// ReceiptVerbs get, read or judge a document that someone else wrote: "a
// report obtained by the Tribune", "a memo seen by Reuters", "accounts
// corroborated by video footage", "a study cited by the minister" name
// who has it after "by", not its author. Base forms.
var ReceiptVerbs = newVerbSet(append(sightBases(),
	"cite", "quote", "corroborate", "verify", "dispute", "contradict", "challenge", "question", "criticize", "criticise")...)

// AuthoringVerbs make a document, so that who did it after "by" is its
// author whatever the document is called: "a discography compiled by the
// collector Roy Hutchinson", "a tally kept by the union". Participles.
var AuthoringVerbs = newSet("compiled", "conducted", "published", "written", "produced", "prepared", "issued", "kept", "released", "maintained",
	"analysed", "analyzed", "collected", "gathered")

// PublicBodyKinds are, for "the agency", "the regulator" and "the
// watchdog", the words of a public body's name whatever its kind's word
// ("National Sweepstakes Authority", "Gaming Oversight Board",
// "Department of Veterans Affairs").
var PublicBodyKinds = func() map[string]Set {
	public := newSet("agency", "authority", "commission", "board", "administration", "service", "bureau", "office",
		"directorate", "inspectorate", "department", "regulator")
	return map[string]Set{"agency": public, "regulator": public, "watchdog": public}
}()

// NameEndKinds are, for a body's generic noun, the words or pairs of
// words that end the names of bodies of that kind besides the noun
// itself: "the hospital" for "Arkalon Valley Medical Center", "the club"
// for "Stourport Rovers", "the council" for "Berrima Valley Shire", "the
// league" for "Riftline Championship Series".
var NameEndKinds = map[string]Set{
	"hospital": newSet("infirmary", "clinic", "hospitals", "medical center", "medical centre"),
	"club":     newSet("fc", "afc", "united", "rovers", "athletic", "wanderers", "rangers", "albion", "hotspur"),
	"council":  newSet("municipality", "shire", "borough"),
	"league":   newSet("series", "championship", "conference"),
}

// DocNouns are documents and media: a source headed by one ("a report",
// "the study") speaks for an institution.
var DocNouns = newSet(
	"report", "reports", "statement", "statements", "study", "studies", "survey", "surveys", "poll",
	"polls", "data", "figures", "document", "documents", "letter", "memo", "filing", "filings",
	"analysis", "research", "records", "record", "website", "article", "story", "newspaper",
	"paper", "agency", "agencies", "release", "complaint", "lawsuit", "indictment", "ruling",
	"decision", "post", "tweet", "video", "footage", "transcript", "account", "accounts",
	"broadcast", "media", "outlet", "outlets", "network", "magazine", "journal", "estimate",
	"estimates", "projections", "forecast", "review", "audit", "investigation", "inquiry",
	"evaluation", "assessment", "calculations", "trial", "trials",
	"affidavit", "affidavits", "counts", "statistics", "stats", "minutes", "findings", "results",
	"dossier", "database", "census", "submission", "submissions", "judgment", "judgement",
	"test", "tests", "testing", "count", "tally", "tallies", "notification", "notice", "papers", "index", "log", "logs", "register", "registers",
	"briefing", "note", "notes", "excerpts", "email", "memorandum", "bulletin", "advisory", "circular",
	"petition", "average", "projection", "warning", "warnings", "alert", "alerts", "order",
	"communiqué", "communique", "sheet", "sheets", "copy", "copies", "declaration", "prospectus", "manifesto", "directive", "guidance", "guidelines",
	"page", "readings", "modelling", "modeling", "dataset", "table", "application", "applications",
	"rules", "regulations", "handbook", "manual", "constitution", "bylaws", "by-laws",
)

// NewsAgencies are the wire services and broadcasters that news quotes
// by name; they speak as organizations.
var NewsAgencies = newSet(
	"reuters", "ap", "afp", "bloomberg", "bbc", "cnn", "xinhua", "tass", "itar-tass", "irna", "isna",
	"irib", "yonhap", "kyodo", "efe", "ansa", "dpa", "upi", "nbc", "abc", "cbs", "fox", "msnbc",
	"npr", "pbs", "al-jazeera", "aljazeera", "politico", "axios", "interfax", "ria", "anadolu",
	"fars", "tasnim", "mehr", "sputnik", "ians", "pti", "wafa", "sana", "kuna", "wam", "spa",
)

// Places are countries and capitals that news uses for their
// governments ("Tehran said", "Washington denied"): as a source, each is
// an organization.
var Places = newSet(
	"afghanistan", "albania", "algeria", "angola", "argentina", "armenia", "australia", "austria",
	"azerbaijan", "bahrain", "bangladesh", "belarus", "belgium", "bolivia", "bosnia", "brazil",
	"britain", "bulgaria", "cambodia", "cameroon", "canada", "chile", "china", "colombia", "congo",
	"croatia", "cuba", "cyprus", "czechia", "denmark", "ecuador", "egypt", "eritrea", "estonia",
	"ethiopia", "finland", "france", "georgia", "germany", "ghana", "greece", "guatemala", "haiti",
	"honduras", "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland", "israel",
	"italy", "japan", "jordan", "kazakhstan", "kenya", "kosovo", "kuwait", "laos", "latvia",
	"lebanon", "libya", "lithuania", "malaysia", "mali", "mexico", "moldova", "mongolia",
	"morocco", "mozambique", "myanmar", "nepal", "netherlands", "nicaragua", "niger", "nigeria",
	"norway", "oman", "pakistan", "palestine", "panama", "paraguay", "peru", "philippines",
	"poland", "portugal", "qatar", "romania", "russia", "rwanda", "serbia", "singapore",
	"slovakia", "slovenia", "somalia", "spain", "sudan", "sweden", "switzerland", "syria",
	"taiwan", "tajikistan", "tanzania", "thailand", "tunisia", "turkey", "uganda", "ukraine",
	"uruguay", "uzbekistan", "venezuela", "vietnam", "yemen", "zambia", "zimbabwe", "us", "usa",
	"uk", "eu", "u.s.", "u.k.", "america", "europe", "scotland", "wales", "england",
	"andorra", "antigua", "bahamas", "barbados", "belize", "benin", "bhutan", "botswana", "brunei",
	"burundi", "comoros", "djibouti", "dominica", "eswatini", "fiji", "gabon", "gambia", "grenada",
	"guinea", "guinea-bissau", "guyana", "jamaica", "kiribati", "korea", "kyrgyzstan", "lesotho",
	"liberia", "liechtenstein", "luxembourg", "madagascar", "malawi", "maldives", "malta",
	"mauritania", "mauritius", "micronesia", "monaco", "montenegro", "namibia", "nauru", "palau",
	"samoa", "senegal", "seychelles", "suriname", "timor-leste", "togo", "tonga", "turkmenistan",
	"tuvalu", "uae", "vanuatu", "vatican",
	// capitals standing for governments
	"washington", "moscow", "beijing", "tehran", "london", "paris", "berlin", "tokyo", "seoul",
	"pyongyang", "kabul", "baghdad", "damascus", "ankara", "riyadh", "cairo", "jerusalem",
	"kyiv", "kiev", "minsk", "warsaw", "rome", "madrid", "brussels", "ottawa", "canberra",
	"delhi", "islamabad", "doha", "beirut", "amman", "caracas", "havana", "brasilia", "athens",
	"budapest", "vienna", "stockholm", "oslo", "copenhagen", "helsinki", "dublin", "lisbon",
	"taipei", "hanoi", "bangkok", "manila", "jakarta", "nairobi", "abuja", "pretoria", "tripoli",
	"khartoum", "sanaa", "muscat", "bern", "prague", "bucharest", "belgrade", "tbilisi", "yerevan",
	"baku", "westminster", "whitehall", "strasbourg", "geneva",
)

// CountryPhrases are the countries whose names are two words or more,
// matched on a proper name's words joined by single spaces: as a source,
// each is an organization, like Places.
var CountryPhrases = newSet(
	"antigua and barbuda", "bosnia and herzegovina", "burkina faso", "cabo verde", "cape verde",
	"central african republic", "costa rica", "czech republic", "dominican republic",
	"el salvador", "equatorial guinea", "ivory coast", "marshall islands", "new zealand",
	"north korea", "north macedonia", "papua new guinea", "san marino", "saudi arabia",
	"sierra leone", "solomon islands", "south africa", "south korea", "south sudan", "sri lanka",
	"east timor", "trinidad and tobago", "united arab emirates", "united kingdom", "united states",
)

// NewspaperTitleWords are the words papers take for a name alone, which a
// page title puts after a dash ("... - Guardian", "... - Tribune", "... -
// Citizen"). Hand-listed.
var NewspaperTitleWords = newSet("times", "post", "news", "press", "journal", "herald", "guardian", "telegraph", "tribune", "mail",
	"observer", "citizen", "champion", "leadership", "nation", "punch", "standard", "mirror", "star", "sun", "independent", "express",
	"chronicle", "gazette", "inquirer", "daily", "vanguard", "courier", "sentinel", "examiner", "record", "monitor", "statesman")

// MediaWords name the press: "told reporters", "told the newspaper" make
// a channel.
var MediaWords = newSet(
	"reporters", "journalists", "newspaper", "television", "radio", "agency", "agencies", "magazine", "broadcaster", "network", "channel", "website", "daily", "weekly", "press",
)

// Pronouns are the pronouns a source can be, for the resolve stage to
// look back for their referent.
var Pronouns = newSet(
	"he", "she", "him", "her", "they", "them", "it", "we", "i", "you", "us", "me",
)

// SubjectPronouns are the pronouns that can be the subject of a
// reporting verb ("he said"); "him said" is no attribution.
var SubjectPronouns = newSet(
	"he", "she", "they", "we", "i", "it",
)

// StateNameWords make a name a state's: "the Islamic Republic", "the
// United Kingdom", "the United Arab Emirates".
var StateNameWords = newSet("republic", "kingdom", "emirates")

// OutletNouns are the nouns among DocNouns that name a body that
// publishes, not a document: "the agency", "the newspaper", "the network".
var OutletNouns = newSet(
	"agency", "agencies", "network", "newspaper", "media", "outlet", "outlets", "magazine", "journal", "website",
)
