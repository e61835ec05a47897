package resolve

// Small lexicons of general news English. None of them names an outlet's
// own strings; they are the words any reporter uses to attribute, hedge,
// withhold a name, or invite a reader to comment.

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// finiteCues are finite forms of reporting verbs.
var finiteCues = set(
	"said", "says", "told", "tells", "claimed", "claims", "added", "adds", "stated", "states",
	"insisted", "insists", "argued", "argues", "contended", "contends", "alleged", "alleges",
	"asserted", "asserts", "declared", "declares", "explained", "explains", "noted", "notes",
	"warned", "warns", "acknowledged", "acknowledges", "admitted", "admits", "announced",
	"announces", "wrote", "writes", "tweeted", "tweets", "stressed", "stresses", "maintained",
	"maintains", "predicted", "predicts", "reported", "reports", "confirmed", "confirms",
	"denied", "denies", "recalled", "recalls", "conceded", "concedes",
)

// participleCues are present participles of reporting verbs, which open a
// reported clause after a noun phrase: "a report claiming that ...".
var participleCues = set(
	"saying", "claiming", "contending", "arguing", "insisting", "alleging", "asserting",
	"stating", "noting", "warning", "stressing", "maintaining", "declaring", "explaining",
	"acknowledging", "admitting", "announcing", "adding", "predicting", "confirming", "denying",
)

// citeVerbs introduce a source that a channel quotes: "cited X as saying".
var citeVerbs = set("cited", "cites", "citing", "quoted", "quotes", "quoting")

// hedgeAdverbs distance the outlet from a claim when they modify its cue.
var hedgeAdverbs = set("purportedly", "allegedly", "reportedly", "supposedly", "ostensibly", "apparently", "so-called")

// hedgeVerbs are cues that by themselves distance the outlet.
var hedgeVerbs = set("claim", "claims", "claimed", "claiming", "allege", "alleges", "alleged", "alleging", "purport", "purports", "purported")

// prepositions that may join a noun phrase to its post-modifier.
var npPreps = set("of", "with", "from", "at", "for", "on", "in", "by", "to", "familiar", "close", "within", "inside", "near")

// docNouns are documents and media: a source headed by one speaks for an
// institution.
var docNouns = set(
	"report", "reports", "statement", "statements", "study", "studies", "survey", "surveys", "poll",
	"polls", "data", "figures", "document", "documents", "letter", "memo", "filing", "filings",
	"analysis", "research", "records", "record", "website", "article", "story", "newspaper",
	"paper", "agency", "agencies", "release", "complaint", "lawsuit", "indictment", "ruling",
	"decision", "post", "tweet", "video", "footage", "transcript", "account", "accounts",
	"broadcast", "media", "outlet", "outlets", "network", "magazine", "journal", "estimate",
	"estimates", "projections", "forecast", "review", "audit", "investigation", "inquiry",
)

// orgNouns head noun phrases that name institutions.
var orgNouns = set(
	"ministry", "government", "governments", "administration", "department", "agency", "police",
	"company", "firm", "corporation", "army", "military", "navy", "office", "council", "committee",
	"commission", "court", "party", "campaign", "union", "association", "group", "bank", "board",
	"parliament", "congress", "senate", "house", "cabinet", "embassy", "university", "school",
	"hospital", "authority", "authorities", "regime", "club", "team", "league", "federation",
	"institute", "foundation", "organization", "organisation", "service", "forces", "force",
	"coalition", "alliance", "network", "times", "post", "news", "press", "journal", "herald",
	"guardian", "telegraph", "tribune", "mail", "bureau", "fund", "center", "centre", "council",
	"inc", "corp", "ltd", "co", "plc", "llc", "airlines", "airline", "exchange", "secretariat",
	"prosecutors", "police", "operator", "operators", "manufacturer", "retailer", "insurer",
	"regulator", "regulators", "watchdog", "state", "city", "county", "region", "province",
	"federal", "kremlin", "pentagon", "politburo", "directorate", "chamber", "commission",
	"nations", "states", "union", "reserve", "court", "tribunal", "assembly", "ministries",
)

// newsAgencies are the wire services and broadcasters that news quotes
// by name; they speak as organizations.
var newsAgencies = set(
	"reuters", "ap", "afp", "bloomberg", "bbc", "cnn", "xinhua", "tass", "itar-tass", "irna", "isna",
	"irib", "yonhap", "kyodo", "efe", "ansa", "dpa", "upi", "nbc", "abc", "cbs", "fox", "msnbc",
	"npr", "pbs", "al-jazeera", "aljazeera", "politico", "axios", "interfax", "ria", "anadolu",
	"fars", "tasnim", "mehr", "sputnik", "ians", "pti", "wafa", "sana", "kuna", "wam", "spa",
)

// places are countries and capitals that news uses for their governments.
var places = set(
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
	"baku", "westminster", "whitehall", "brussels", "strasbourg", "geneva",
)

// titleWords are words of a person's title that stand before the name.
var titleWords = set(
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
	"chairperson", "cfo", "coo", "cto", "editor", "correspondent", "constable", "officer",
)

// honorifics mark the next name as a person's.
var honorifics = set("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "mr.", "mrs.", "ms.", "dr.")

// personNouns head descriptions of people who are not named.
var personNouns = set(
	"official", "officials", "source", "sources", "diplomat", "diplomats", "aide", "aides",
	"person", "people", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisers",
	"advisor", "advisors", "analyst", "analysts", "expert", "experts", "witness", "witnesses",
	"resident", "residents", "insider", "insiders", "executive", "executives", "employee",
	"employees", "staffer", "staffers", "member", "members", "lawmaker", "lawmakers", "officer",
	"officers", "investigator", "investigators", "doctor", "doctors", "lawyer", "lawyers",
	"attorney", "attorneys", "critic", "critics", "supporter", "supporters", "observer",
	"observers", "negotiator", "negotiators", "man", "woman", "men", "women", "worker",
	"workers", "activist", "activists", "teacher", "teachers", "student", "students",
	"manager", "managers", "director", "minister", "ministers", "economist", "economists",
	"coach", "player", "players", "owner", "owners", "leader", "leaders", "commander",
	"commanders", "trader", "traders", "banker", "bankers", "investor", "investors", "scientist",
	"scientists", "researcher", "researchers", "nurse", "nurses", "victim", "victims", "friend",
	"friends", "neighbour", "neighbor", "neighbours", "neighbors", "relative", "relatives",
	"colleague", "colleagues", "voter", "voters", "protester", "protesters", "organizer",
	"organizers", "organiser", "organisers", "senator", "senators", "legislator", "legislators",
	"prosecutor", "prosecutors", "judge", "delegate", "delegates", "envoy", "envoys", "someone",
)

// anonymityCues are words that, in the sentence of a cue, give the reason
// a source is not named.
var anonymityCues = set("anonymity", "anonymously", "authorized", "authorised", "named", "identified", "unnamed", "publicly")

// reasonOpeners start the phrase that gives the reason.
var reasonOpeners = set("on", "who", "because", "speaking", "as", "since", "declined", "asked", "requested", "insisting", "and", "requesting")

// ctaVerbs are the imperatives of page furniture: forms, share buttons,
// newsletter prompts.
var ctaVerbs = set(
	"add", "read", "share", "subscribe", "sign", "click", "follow", "join", "log", "login",
	"leave", "post", "comment", "like", "email", "print", "download", "register", "tweet",
	"see", "watch", "listen", "get", "send", "submit", "reply", "continue", "view", "load",
	"related", "advertisement", "tags", "sponsored", "recommended", "copyright", "©",
)

// ctaWords are nouns of page furniture.
var ctaWords = set(
	"comment", "comments", "newsletter", "subscribe", "subscription", "share", "facebook",
	"twitter", "whatsapp", "linkedin", "email", "cookies", "cookie", "policy", "advertisement",
	"reserved", "copyright", "login", "password", "inbox", "sign-up", "signup",
	"reprints", "permissions", "related", "trending", "click", "©",
)

// stanceAdverbs open sentences in which the writer evaluates.
var stanceAdverbs = set(
	"unfortunately", "fortunately", "sadly", "clearly", "obviously", "surely", "undoubtedly",
	"ironically", "regrettably", "thankfully", "evidently", "admittedly", "frankly",
	"tragically", "remarkably", "predictably", "alarmingly", "shockingly", "disturbingly",
	"luckily", "hopefully", "inevitably", "curiously", "oddly", "strangely", "understandably",
	"unsurprisingly", "needless",
)

// evaluativeWords judge, wherever they stand in the sentence.
var evaluativeWords = set(
	"shameful", "outrageous", "absurd", "ridiculous", "disastrous", "misguided", "reckless",
	"laughable", "hypocritical", "hypocrisy", "disgraceful", "deplorable", "baseless",
	"unfounded", "dishonest", "cynical", "farce", "sham", "blatant", "brazen", "appalling",
	"pathetic", "foolish", "naive", "shameless", "illegitimate", "scandalous", "ludicrous",
	"nonsense", "propaganda", "lies", "cowardly", "heroic", "admirable", "commendable",
	"arrogant", "arrogance", "hostile", "hostility", "duplicity", "bullying",
)
