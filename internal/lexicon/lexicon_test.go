package lexicon

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// allSets are all the sets of the package, by name.
func allSets() map[string]Set {
	return map[string]Set{
		"FiniteCues": FiniteCues, "ParticipleCues": ParticipleCues, "CiteVerbs": CiteVerbs,
		"HedgeAdverbs": HedgeAdverbs, "HedgeVerbs": HedgeVerbs,
		"AnonymityCues": AnonymityCues, "ReasonOpeners": ReasonOpeners,
		"TitleWords": TitleWords, "Honorifics": Honorifics, "OrgNouns": OrgNouns, "DocNouns": DocNouns,
		"NewsAgencies": NewsAgencies, "Places": Places, "MediaWords": MediaWords, "Pronouns": Pronouns,
		"SubjectPronouns": SubjectPronouns, "StateNameWords": StateNameWords,
		"PostNominals": PostNominals, "Affiliations": Affiliations, "OrgDesignators": OrgDesignators, "LegalForms": LegalForms, "FirmNameWords": FirmNameWords,
		"PlaceHeads": PlaceHeads, "PlacePrefixes": PlacePrefixes, "LocativePrepositions": LocativePrepositions, "Regions": Regions, "Weekdays": Weekdays, "FunctionWords": FunctionWords,
		"NameParticles": NameParticles, "NameAbbreviations": NameAbbreviations, "Descriptors": Descriptors,
		"CompanyNouns": CompanyNouns, "ResearcherNouns": ResearcherNouns, "FemaleWords": FemaleWords, "MaleWords": MaleWords,
		"NPPrepositions": NPPrepositions, "TimeWords": TimeWords, "Subordinators": Subordinators, "Months": Months,
		"CTAVerbs": CTAVerbs, "CTAWords": CTAWords, "HeadingLabels": HeadingLabels,
		"StanceAdverbs": StanceAdverbs, "EvaluativeWords": EvaluativeWords,
		"NamingVerbs": NamingVerbs, "Auxiliaries": Auxiliaries, "CallVerbs": CallVerbs,
		"ConvenedEvents": ConvenedEvents, "AnonymityVerbs": AnonymityVerbs, "Unnamed": Unnamed,
		"IntentionVerbs": IntentionVerbs, "WishVerbs": WishVerbs, "OfferVerbs": OfferVerbs, "RequestVerbs": RequestVerbs,
		"SeemVerbs": SeemVerbs, "BeForms": BeForms, "RelativePronouns": RelativePronouns,
		"LifeEpithets": LifeEpithets, "SurnameParticles": SurnameParticles, "GenerationalSuffixes": GenerationalSuffixes,
		"DeclaredStates": DeclaredStates, "DecisionVerbs": DecisionVerbs, "PublicBodyNouns": PublicBodyNouns,
	}
}

// TestSetsHoldLookupKeys: the rules look words up lower-cased and as one
// token, so a word with a capital or a space could never be found.
func TestSetsHoldLookupKeys(t *testing.T) {
	for name, s := range allSets() {
		words := s.Words()
		if len(words) == 0 {
			t.Errorf("%s is empty", name)
		}
		for _, w := range words {
			if w == "" || w != strings.ToLower(w) || strings.IndexFunc(w, unicode.IsSpace) >= 0 {
				t.Errorf("%s holds %q, which no lower-cased token can be", name, w)
			}
		}
	}
}

// TestCountryPhrasesAreWords: the phrases are looked up as lower-cased
// words joined by single spaces, two words or more.
func TestCountryPhrasesAreWords(t *testing.T) {
	for _, p := range CountryPhrases.Words() {
		if p != strings.ToLower(p) || len(strings.Fields(p)) < 2 || strings.Join(strings.Fields(p), " ") != p {
			t.Errorf("CountryPhrases holds %q, which no name's joined words can be", p)
		}
	}
}

// TestRecoveryVerbsAreCommunicationVerbs: the reporting verbs of the
// recovery rules are a narrow part of the extractor's verbs of saying
// (cues.go tells why both lists are kept).
func TestRecoveryVerbsAreCommunicationVerbs(t *testing.T) {
	for _, s := range []Set{FiniteCues, ParticipleCues, CiteVerbs} {
		for _, w := range s.Words() {
			if c := SpeechClassOf(w); c != Communication {
				t.Errorf("%q is a recovery cue but of speech class %d, not Communication", w, c)
			}
		}
	}
}

func TestSpeechClassOf(t *testing.T) {
	tests := []struct {
		word string
		want SpeechClass
	}{
		{"said", Communication}, {"pledged", Communication}, {"decrying", Communication},
		{"written", Communication}, {"read", Communication},
		{"thought", Cognition}, {"expects", Cognition}, {"understood", Cognition},
		{"statement", SpeechNoun}, {"criticism", SpeechNoun},
		{"views", Cognition}, // a cognition verb before it is a speech noun
		{"according", Evidential},
		{"table", NoSpeech}, {"the", NoSpeech}, {"Said", NoSpeech}, // lower-cased by the caller
	}
	for _, tt := range tests {
		if got := SpeechClassOf(tt.word); got != tt.want {
			t.Errorf("SpeechClassOf(%q) = %d, want %d", tt.word, got, tt.want)
		}
	}
}

func TestSpeechFormsIsACopy(t *testing.T) {
	forms := SpeechForms()
	forms["said"] = NoSpeech
	if SpeechClassOf("said") != Communication {
		t.Fatal("changing the map SpeechForms returned changed the lexicon")
	}
}

func TestInflections(t *testing.T) {
	tests := []struct {
		verb string
		want []string
	}{
		{"say", []string{"say", "says", "sayed", "saying"}}, // "said" comes from the irregular table
		{"deny", []string{"deny", "denies", "denied", "denying"}},
		{"argue", []string{"argue", "argues", "argued", "arguing"}},
		{"stress", []string{"stress", "stresses", "stressed", "stressing"}},
		{"admit", []string{"admit", "admits", "admited", "admiting", "admitted", "admitting"}},
		{"warn", []string{"warn", "warns", "warned", "warning"}},
	}
	for _, tt := range tests {
		if got := Inflections(tt.verb); !slices.Equal(got, tt.want) {
			t.Errorf("Inflections(%q) = %q, want %q", tt.verb, got, tt.want)
		}
	}
}

// TestVerbSetsHoldIrregularForms: a set of verbs built from base forms
// holds the irregular table's forms too ("a memo seen by Reuters").
func TestVerbSetsHoldIrregularForms(t *testing.T) {
	for _, w := range []string{"seen", "saw"} {
		if !SightVerbs.Has(w) || !ReceiptVerbs.Has(w) {
			t.Errorf("%q missing from SightVerbs or ReceiptVerbs", w)
		}
	}
}

func TestPassiveComplement(t *testing.T) {
	for _, tt := range []struct{ participle, want string }{
		{"accused", "of"}, {"criticized", "for"}, {"described", "as"}, {"quoted", "as"}, {"charged", "with"}, {"echoed", ""},
	} {
		if got := PassiveComplement(tt.participle); got != tt.want {
			t.Errorf("PassiveComplement(%q) = %q, want %q", tt.participle, got, tt.want)
		}
	}
}

func TestIsCity(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"lima", true}, {"la paz", true}, {"halifax", true}, {"regina", true}, {"dodoma", true},
		{"lagos", true}, {"donald", false}, {"paz", false}, {"ministry", false}, {"", false},
	} {
		if got := IsCity(tc.name); got != tc.want {
			t.Errorf("IsCity(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestPersonNoun(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"candidate", true}, {"seamstress", true}, {"legislator", true}, {"nominee", true}, {"tycoon", true},
		{"star", false}, {"suit", false}, {"ad", false}, {"couple", false}, {"terence", false}, {"", false},
	} {
		if got := PersonNoun(tc.word); got != tc.want {
			t.Errorf("PersonNoun(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}

func TestNameWord(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"Mpofu", true}, {"al-Mansouri", true}, {"kaMpofu", true}, {"deGrasse", true},
		{"eBay", false}, {"iPhone", false}, {"said", false}, {"al-", false}, {"", false},
	}
	for _, tt := range tests {
		if got := NameWord(tt.word); got != tt.want {
			t.Errorf("NameWord(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}
