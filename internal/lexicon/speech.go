package lexicon

import (
	"maps"
	"strings"
)

// SpeechClass is the class of a word in the lexicon of speech: general
// English knowledge that lets the extractor's cue tagger carry what it
// learned of frequent cues ("said", "claimed") over to rare ones
// ("pledged", "decried") that share their class and syntax. The values
// are features of the trained model: they never change.
type SpeechClass uint8

// The speech classes.
const (
	NoSpeech      SpeechClass = iota
	Communication             // verbs of saying: say, deny, urge, vow
	Cognition                 // verbs of believing: think, expect, fear
	SpeechNoun                // nouns of what is said: statement, claim, criticism
	Evidential                // according (to), citing, per
)

// communicationVerbs are verbs of saying, in their base form.
// Hand-listed general English (the verbs of communication of English
// verb classes, and those news uses to report), not drawn from PolNeAR;
// the weight the model gives the class is what it learns from PolNeAR
// train. Broad on purpose: a feature is a hint the model weighs.
var communicationVerbs = strings.Fields(`
	say tell state claim argue insist deny admit acknowledge add announce assert contend declare
	explain note observe remark report reply respond answer write tweet post warn urge vow pledge
	promise demand ask suggest predict confirm reveal disclose allege accuse blame charge criticize
	criticise praise call describe dismiss reject defend complain concede emphasize emphasise stress
	reiterate repeat recall recount testify mention indicate maintain assure boast brag joke quip
	lament mock slam blast attack question wonder speculate estimate forecast signal hint imply
	propose recommend advise caution threaten counter rebut retort object protest dispute challenge
	contest agree disagree concur echo cite quote characterize label dub brand decry condemn denounce
	applaud welcome endorse oppose confess apologize thank congratulate proclaim pronounce swear
	guarantee order instruct request plead beg appeal implore invite encourage discuss debate tout
	highlight underscore detail outline summarize conclude find show demonstrate prove contradict
	corroborate inform notify brief remind reassure convince persuade speak talk shout yell whisper
	scream exclaim chide scold rebuke lambaste ridicule deride taunt insult fault hail laud commend
	credit allow grant vouch verify refute debunk clarify elaborate specify stipulate relate narrate
	recap recite read sing chant comment
`)

// cognitionVerbs are verbs of believing, in their base form, the
// attitudes that PolNeAR annotates as attributions ("Trump believes
// ..."). Hand-listed general English.
var cognitionVerbs = strings.Fields(`
	think believe expect hope fear worry feel know doubt suspect assume presume guess reckon figure
	consider regard view see understand realize realise recognize recognise remember forget imagine
	suppose trust want wish prefer intend plan decide anticipate envision foresee sense
`)

// speechNouns are nouns of what is said or written, which can be cues
// ("his statement that ..."). Hand-listed general English.
var speechNouns = strings.Fields(`
	statement statements report reports claim claims remark remarks comment comments interview
	interviews speech speeches testimony tweet tweets post posts letter letters memo email emails
	announcement allegation allegations accusation accusations criticism criticisms warning warnings
	promise promises pledge pledges vow vows assertion assertions argument arguments explanation
	denial denials admission response responses reply replies answer answers question questions
	suggestion suggestions proposal proposals prediction predictions estimate estimates analysis study
	studies survey surveys poll polls finding findings evidence data documents record records
	transcript message messages ad ads advertisement editorial column blog book memoir briefing
	conference release filing lawsuit complaint ruling decision opinion opinions view views belief
	beliefs position stance concern concerns fears hopes rhetoric words assessment verdict endorsement
	praise attack attacks charge charges rebuke insistence contention assurance assurances
	acknowledgment acknowledgement confirmation revelation disclosure indictment
`)

// evidentials mark a source without a verb: "according to", "citing",
// "per". Hand-listed, the whole closed class.
var evidentials = strings.Fields(`according citing per via quoting`)

// irregular are the past forms that Inflections gets wrong, with the
// class of their verb. Hand-listed: the irregular verbs of the lists
// above.
var irregular = []struct {
	base  string
	class SpeechClass
	forms []string
}{
	{"say", Communication, []string{"said"}},
	{"tell", Communication, []string{"told"}},
	{"write", Communication, []string{"wrote", "written"}},
	{"think", Cognition, []string{"thought"}},
	{"know", Cognition, []string{"knew", "known"}},
	{"see", Cognition, []string{"saw", "seen"}},
	{"find", Communication, []string{"found"}},
	{"feel", Cognition, []string{"felt"}},
	{"show", Communication, []string{"shown"}},
	{"swear", Communication, []string{"swore", "sworn"}},
	{"forget", Cognition, []string{"forgot", "forgotten"}},
	{"understand", Cognition, []string{"understood"}},
	{"speak", Communication, []string{"spoke", "spoken"}},
	{"read", Communication, []string{"read"}},
	{"sing", Communication, []string{"sang", "sung"}},
}

// speechClasses maps every word form of the lists to its class. A form in
// two lists takes the class of the first, in the order communication,
// cognition, speech nouns, evidentials, irregular forms.
var speechClasses = func() map[string]SpeechClass {
	m := map[string]SpeechClass{}
	put := func(class SpeechClass, forms ...string) {
		for _, f := range forms {
			if _, ok := m[f]; !ok {
				m[f] = class
			}
		}
	}
	for _, v := range communicationVerbs {
		put(Communication, Inflections(v)...)
	}
	for _, v := range cognitionVerbs {
		put(Cognition, Inflections(v)...)
	}
	put(SpeechNoun, speechNouns...)
	put(Evidential, evidentials...)
	for _, v := range irregular {
		put(v.class, v.forms...)
	}
	return m
}()

// SpeechClassOf is the class of a lower-cased word form.
func SpeechClassOf(w string) SpeechClass { return speechClasses[w] }

// SpeechForms returns every word form of the lexicon of speech with its
// class, a copy for the caller to index as it needs.
func SpeechForms() map[string]SpeechClass { return maps.Clone(speechClasses) }

// Inflections returns the regular forms of an English verb: base, third
// person, past and present participle.
func Inflections(v string) []string {
	forms := []string{v}
	switch {
	case strings.HasSuffix(v, "y") && len(v) > 2 && !strings.ContainsRune("aeiou", rune(v[len(v)-2])):
		stem := v[:len(v)-1]
		forms = append(forms, stem+"ies", stem+"ied", v+"ing")
	case strings.HasSuffix(v, "e"):
		forms = append(forms, v+"s", v+"d", v[:len(v)-1]+"ing")
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "x"):
		forms = append(forms, v+"es", v+"ed", v+"ing")
	default:
		forms = append(forms, v+"s", v+"ed", v+"ing")
		// A short verb ending consonant-vowel-consonant doubles it: "admitted".
		if n := len(v); n >= 3 && n <= 6 && !strings.ContainsRune("aeiouwxy", rune(v[n-1])) &&
			strings.ContainsRune("aeiou", rune(v[n-2])) && !strings.ContainsRune("aeiou", rune(v[n-3])) {
			forms = append(forms, v+v[n-1:]+"ed", v+v[n-1:]+"ing")
		}
	}
	return forms
}
