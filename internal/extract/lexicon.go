package extract

import (
	"strings"

	"github.com/whosaid/whosaid/internal/feature"
)

// Speech classes of words, general English knowledge that lets the cue
// tagger carry what it learned of frequent cues ("said", "claimed") over to
// rare ones ("pledged", "decried") that share their class and syntax.
const (
	lexNone          = iota
	lexCommunication // verbs of saying: say, deny, urge, vow
	lexCognition     // verbs of believing: think, expect, fear
	lexSpeechNoun    // nouns of what is said: statement, claim, criticism
	lexEvidential    // according (to), citing, per
)

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

var cognitionVerbs = strings.Fields(`
	think believe expect hope fear worry feel know doubt suspect assume presume guess reckon figure
	consider regard view see understand realize realise recognize recognise remember forget imagine
	suppose trust want wish prefer intend plan decide anticipate envision foresee sense
`)

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

var evidentials = strings.Fields(`according citing per via quoting`)

// lexClass maps the hash of a lower-cased word form to its class.
var lexClass = func() map[uint64]uint8 {
	m := map[uint64]uint8{}
	put := func(class uint8, forms ...string) {
		for _, f := range forms {
			if _, ok := m[feature.HashLower(f)]; !ok {
				m[feature.HashLower(f)] = class
			}
		}
	}
	for _, v := range communicationVerbs {
		put(lexCommunication, inflections(v)...)
	}
	for _, v := range cognitionVerbs {
		put(lexCognition, inflections(v)...)
	}
	put(lexSpeechNoun, speechNouns...)
	put(lexEvidential, evidentials...)
	for base, forms := range irregular {
		class := uint8(lexCommunication)
		if strings.Contains(" think know see understand forget feel ", " "+base+" ") {
			class = lexCognition
		}
		put(class, forms...)
	}
	return m
}()

// irregular are the past forms that the regular rules get wrong.
var irregular = map[string][]string{
	"say": {"said"}, "tell": {"told"}, "write": {"wrote", "written"}, "think": {"thought"},
	"know": {"knew", "known"}, "see": {"saw", "seen"}, "find": {"found"}, "feel": {"felt"},
	"show": {"shown"}, "swear": {"swore", "sworn"}, "forget": {"forgot", "forgotten"},
	"understand": {"understood"}, "speak": {"spoke", "spoken"}, "read": {"read"},
	"sing": {"sang", "sung"},
}

// inflections returns the regular forms of an English verb: base, third
// person, past and present participle.
func inflections(v string) []string {
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
