package lexicon

// The words of page furniture: what scraped pages wrap around an article.
// Hand-listed from the buttons, prompts and labels that news sites share;
// none is an outlet's own string.

// CTAVerbs are the imperatives (and labels) that open page furniture:
// forms, share buttons, newsletter prompts ("Add new comment", "Share
// this", "Related").
var CTAVerbs = newSet(
	"add", "read", "share", "subscribe", "sign", "click", "follow", "join", "log", "login",
	"leave", "post", "comment", "like", "email", "print", "download", "register", "tweet",
	"see", "watch", "listen", "get", "send", "submit", "reply", "continue", "view", "load",
	"related", "advertisement", "tags", "sponsored", "recommended", "copyright", "©",
	// the notes of wire copy's updated versions: "(Adds CEO comments)"
	"adds", "updates", "recasts", "corrects", "writethru",
)

// CTAWords are the nouns of page furniture ("newsletter", "cookies",
// "copyright"), anywhere in a short paragraph.
var CTAWords = newSet(
	"comment", "comments", "newsletter", "subscribe", "subscription", "share", "facebook",
	"twitter", "whatsapp", "linkedin", "email", "cookies", "cookie", "policy", "advertisement",
	"reserved", "copyright", "login", "password", "inbox", "sign-up", "signup",
	"reprints", "permissions", "related", "trending", "click", "©",
)

// HeadingLabels open paragraphs with a colon without being a speaker's
// name ("UPDATE:", "EXCLUSIVE:", "Q:"), so that a transcript turn is never
// read into one.
var HeadingLabels = newSet(
	"update", "updated", "correction", "clarification", "video", "photo", "photos",
	"watch", "listen", "editor", "note", "breaking", "exclusive", "related", "read", "source", "sources",
	"q", "a", "question", "answer", "transcript", "live", "opinion", "analysis", "warning", "disclaimer",
	"re", "subject", "fwd", "cc", "attn",
	// The kinds of article that kickers name ("Review: ...", "EXPLAINER:
	// ...", "Obituary: ...").
	"review", "reviews", "preview", "explainer", "factbox", "fact-check", "factcheck", "obituary", "profile",
	"recap", "editorial", "column", "feature", "podcast", "quiz", "letters", "interview", "commentary",
	// the time a page was posted: "Posted: Jan 28, 2019 / 07:41 AM EST"
	"posted", "published", "filed", "created", "modified",
)

// CreditLabels name a picture's credit at the end of a caption ("Picture:
// Rhys Cassidy", "Photo by Ana Ruiz", "Image: AFP").
var CreditLabels = newSet(
	"picture", "pictures", "pic", "photo", "photos", "photograph", "photographs", "image", "images",
	"credit", "illustration", "video", "footage", "pix", "caption",
)
