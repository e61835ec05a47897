package lexicon

// The words by which the resolve stage tells what a source is: a named
// person, a body, a document, an outlet, or a description. Hand-listed
// general news English; an outlet's own names are never listed, only the
// wire services and broadcasters every outlet quotes.

// TitleWords are words of a person's title that stand before the name
// ("Foreign Minister", "Sen.", "Dr."): a name after one is a person's.
var TitleWords = newSet(
	"president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "senator",
	"sen.", "sen", "rep.", "rep", "representative", "gov.", "gov", "governor", "mayor", "chancellor",
	"premier", "chief", "director", "general", "gen.", "judge", "justice", "ambassador", "envoy",
	"ceo", "chairman", "chairwoman", "chair", "officer", "commissioner", "attorney", "leader",
	"king", "queen", "prince", "princess", "pope", "cardinal", "bishop", "rabbi", "imam",
	"professor", "prof.", "prof", "dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "sir", "dame",
	"lord", "lady", "captain", "capt.", "colonel", "col.", "lt.", "sergeant", "sgt.", "admiral",
	"adm.", "detective", "inspector", "superintendent", "sheriff", "coach", "manager", "economist",
	"analyst", "spokesmen", "deputy", "vice", "speaker", "counsel", "adviser", "advisor",
	"head", "founder", "executive", "treasurer", "whip", "lawmaker", "councillor", "councilman",
	"councilwoman", "member", "commander", "marshal", "prosecutor", "sheikh", "ayatollah", "mp",
	"chairperson", "cfo", "coo", "cto", "editor", "correspondent", "constable",
)

// Honorifics mark the next name as a person's.
var Honorifics = newSet(
	"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "mr.", "mrs.", "ms.", "dr.",
)

// OrgNouns head noun phrases that name institutions ("the ministry",
// "Bayline Marine Corp"): a name or description with one is an
// organization.
var OrgNouns = newSet(
	"ministry", "government", "governments", "administration", "department", "agency", "police",
	"company", "firm", "corporation", "army", "military", "navy", "office", "council", "committee",
	"commission", "court", "party", "campaign", "union", "association", "group", "bank", "board",
	"parliament", "congress", "senate", "house", "cabinet", "embassy", "university", "school",
	"hospital", "authority", "authorities", "regime", "club", "team", "league", "federation",
	"institute", "foundation", "organization", "organisation", "service", "forces", "force",
	"coalition", "alliance", "network", "times", "post", "news", "press", "journal", "herald",
	"guardian", "telegraph", "tribune", "mail", "bureau", "fund", "center", "centre",
	"inc", "corp", "ltd", "co", "plc", "llc", "airlines", "airline", "exchange", "secretariat",
	"prosecutors", "operator", "operators", "manufacturer", "retailer", "insurer",
	"regulator", "regulators", "watchdog", "state", "city", "county", "region", "province",
	"federal", "kremlin", "pentagon", "politburo", "directorate", "chamber",
	"nations", "states", "reserve", "tribunal", "assembly", "ministries",
)

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

// MediaWords name the press: "told reporters", "told the newspaper" make
// a channel.
var MediaWords = newSet(
	"reporters", "journalists", "newspaper", "television", "radio", "agency", "agencies", "magazine", "broadcaster", "network", "channel", "website", "daily", "press",
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
