package resolve

import (
	"slices"
	"testing"
)

func TestRecoverPass(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // roles of every attribution, in order, "+" before a recovered one
		via        string   // the channel of the last attribution, if any
	}{
		{"a participle after a noun phrase, and the object it reframes",
			"{s1 The ministry} {c1 denied a report} by Reuters {t1 claiming that Tehran is open to talks}.",
			[]string{
				"The ministry / denied / a report by Reuters claiming that Tehran is open to talks",
				"+a report by Reuters / claiming / that Tehran is open to talks",
			}, ""},
		{"a cue that closes its sentence",
			"The talks will resume next week, a senior diplomat said on Thursday.",
			[]string{"+a senior diplomat / said / The talks will resume next week"}, ""},
		{"an inverted cue, its subject before a relative clause",
			"The talks have stalled, said one official, who spoke on condition of anonymity.",
			[]string{"+one official / said / The talks have stalled"}, ""},
		{"not an inverted cue whose subject runs on into a clause",
			"The talks have stalled, said one official was wrong.",
			nil, ""},
		{"a claim noun names the clause before it, and its subject speaks",
			"He accused the government of ignoring warnings, a charge officials denied.",
			[]string{"+officials / denied / He accused the government of ignoring warnings"}, ""},
		{"a headline's inverted cue, its verbless statement before it",
			"Reef bleaching worst on record, says study\nNearly half the coral bleached last summer.",
			[]string{"+study / says / Reef bleaching worst on record"}, ""},
		{"a finite cue with that, nested in another content",
			"{s1 The report} {c1 says} {t1 that the minister said that the talks will resume next week}.",
			[]string{
				"The report / says / that the minister said that the talks will resume next week",
				"+the minister / said / that the talks will resume next week",
			}, ""},
		{"cited as saying: the channel is the citing verb",
			"The agency cited a senior diplomat as saying that the talks will resume.",
			[]string{"+a senior diplomat / saying / that the talks will resume"},
			"cited | as saying"},
		{"a sourceless relation over the same content is replaced",
			"A senior diplomat said the talks {c1 are expected} {t1 to resume next week}.",
			[]string{"+A senior diplomat / said / the talks are expected to resume next week"}, ""},
		{"a clause-final cue keeps the sourceless relation",
			"The talks {c1 are expected} {t1 to resume next week}, a senior diplomat said.",
			[]string{
				" / are expected / to resume next week",
				"+a senior diplomat / said / The talks are expected to resume next week",
			}, ""},
		{"what the extractor found is not found again",
			"{t1 The talks will resume next week}, {s1 a senior diplomat} {c1 said}.",
			[]string{"a senior diplomat / said / The talks will resume next week"}, ""},
		{"a participle that reports nothing",
			"Taxpayers reporting capital gains must file a new form.", nil, ""},
		{"a finite cue outside any content, without that, not closing its sentence, its subject inside the clause",
			"Talks broke down after the minister said the talks will resume next week.", nil, ""},
		{"a cue inside a quotation is the quoted speaker's telling",
			"{t1 \"I told him at halftime that the shots would come,\"} {s1 the coach} {c1 said}.",
			[]string{"the coach / said / \"I told him at halftime that the shots would come,\""}, ""},
		{"a named source inside a quotation stands",
			"{t1 \"They raised their worries and Zarif said in reply that the program could be discussed,\"} {s1 the source} {c1 told} Reuters.",
			[]string{
				"the source / told / \"They raised their worries and Zarif said in reply that the program could be discussed,\"",
				"+Zarif / said / that the program could be discussed",
			}, ""},
		{"the agent of a passive citing verb is its channel, not a source",
			"{s1 Her coach} {c1 was quoted} by a news agency {t1 as saying the shoulder had troubled her}.",
			[]string{"Her coach / was quoted / as saying the shoulder had troubled her"}, ""},
		{"a clause-final cue before an adjunct clause",
			"The plan is an insult to voters, top lawmakers said Friday, as they met in the capital.",
			[]string{"+top lawmakers / said / The plan is an insult to voters"}, ""},
		{"a lone subordinate clause is no content",
			"But when Congress cut the funding two years later, Mexico said enough.", nil, ""},
		{"a passive of believing before an infinitive: the subject and the infinitive, no source",
			"The quake is widely believed to be the strongest since 1942.",
			[]string{"+ / is widely believed / The quake | to be the strongest since 1942"}, ""},
		{"a passive of believing stops before the cue of another source",
			"The man is expected to appear in court on Monday, police said.",
			[]string{"+ / is expected / The man | to appear in court on Monday", "+police / said / The man is expected to appear in court on Monday"}, ""},
		{"a passive of believing inside another's content is theirs",
			"{s1 Officials} {c1 said} {t1 she was expected to play later in the week}.",
			[]string{"Officials / said / she was expected to play later in the week"}, ""},
		{"an evidential adverb: the clause around it, to its first comma",
			"Pocock, who plays for Bury, reportedly splashed £4,000 on champagne, sending his club into a rage.",
			[]string{"+ / reportedly / Pocock, who plays for Bury, | splashed £4,000 on champagne"}, ""},
		{"a document's finding, its noun heading the subject",
			"Figures from the Department of Health show that waiting lists grew.",
			[]string{"+Figures from the Department of Health / show / that waiting lists grew"}, ""},
		{"a study's finding after the clause it reports",
			"Pregnant women exposed to smoke were more likely to give birth early, a study has found.",
			[]string{"+a study / has found / Pregnant women exposed to smoke were more likely to give birth early"}, ""},
		{"the plainest report, its subject opening the sentence and its clause running to the end",
			"The Pacific Interior Railway said Tuesday it will end its commuter pilot on Jan. 31.",
			[]string{"+The Pacific Interior Railway / said / it will end its commuter pilot on Jan. 31"}, ""},
		{"told someone that, the subject with its relative clause or its nicknamed apposition",
			"Miss Wiśniewska, who now works as a healthcare assistant, told the tribunal that she was moved to nights. Her producer, Chukwuemeka \"Spax\" Obi, told Pulse Daily that the single took one take.",
			[]string{"+Miss Wiśniewska, who now works as a healthcare assistant / told / that she was moved to nights", "+Her producer, Chukwuemeka \"Spax\" Obi / told / that the single took one take"}, ""},
		{"told someone that, after a title and name whose first word the tagger took for an adverb",
			"Trucks wait.\n\nInterior Minister Gonzalo Ibarra Quiroga told reporters that more than 1,500 trucks were stranded.",
			[]string{"+Interior Minister Gonzalo Ibarra Quiroga / told / that more than 1,500 trucks were stranded"}, ""},
		{"what a hearing heard, after it or before it, by no one named",
			"The tribunal heard that she had worked there for six years. A fisherman who drowned had been drinking, an inquest heard yesterday. The jury heard evidence for three days.",
			[]string{"+ / heard / that she had worked there for six years", "+ / heard / A fisherman who drowned had been drinking"}, ""},
		{"according to X at the sentence's start, with an apposition, or a participle's tag in the clause",
			"According to the Plains Coalition, a nonprofit research group, 31 rural hospitals have stopped delivering babies. According to Tallis, sales of the system tripled in April. According to reports was the only answer.",
			[]string{"+the Plains Coalition, a nonprofit research group / According to / 31 rural hospitals have stopped delivering babies", "+Tallis / According to / sales of the system tripled in April"}, ""},
		{"according to X, a clause whose subject has its own apposition",
			"According to police, the victim, a 34-year-old man, died in hospital.",
			[]string{"+police / According to / the victim, a 34-year-old man, died in hospital"}, ""},
		{"what one juror heard is no hearing's",
			"One juror on the panel heard that the defendant had fled.",
			nil, ""},
		{"a headline's colon after its speaker",
			"Fishing chief: \"This is the end for some boats\"\n\nBy Jane Doe\n\nThe fleet is in port.",
			[]string{"+Fishing chief / : / \"This is the end for some boats\""}, ""},
		{"a subject that did not answer the press: the request and what it asked are the content",
			"The department did not respond to requests for comment. His agent has not returned calls. " +
				"The company didn't respond to questions about the layoffs, which began Monday.",
			[]string{"+The department / did not respond to / requests for comment", "+His agent / has not returned / calls",
				"+The company / didn't respond to / questions about the layoffs"}, ""},
		{"not a subject that did not respond to treatment, nor one that responded",
			"The patient did not respond to treatment. The council responded to requests for comment.",
			nil, ""},
		{"a headline's colon after a plural's possessive and a person's noun",
			"Nurses' leader: 'Wards are at breaking point'\n\nBy Jane Doe\n\nNurses walked out.",
			[]string{"+Nurses' leader / : / 'Wards are at breaking point'"}, ""},
		{"a headline's colon after a name the text gives a person below",
			"Asamoah-Boadu: Door to Sahel states is still open\n\nBy Jane Doe\n\nForeign Minister Kwame Asamoah-Boadu spoke in Accra.",
			[]string{"+Asamoah-Boadu / : / Door to Sahel states is still open"}, ""},
		{"not a name the text does not give below, nor one with a number",
			"Morag Lindsay: Keep calm and carry on\n\nBy Morag Lindsay\n\nThe storm came.",
			nil, ""},
		{"nor one with a number",
			"Prime Day 2016: The deals are live now\n\nBy Jane Doe\n\nAmazon Prime Day 2016 starts today.",
			nil, ""},
		{"a headline that ends in a plural of people and its cue",
			"Honeybees can count to four, researchers say\n\nBy Jane Doe\n\nThe bees flew.",
			[]string{"+researchers / say / Honeybees can count to four"}, ""},
		{"a headline's colon after a people's plural alone",
			"Bankers: BOJ move won't save the dollar\n\nBy Jane Doe\n\nThe dollar fell.",
			[]string{"+Bankers / : / BOJ move won't save the dollar"}, ""},
		{"a headline that ends in its speaker and cue, its quotation's comma inside the closing mark",
			"Bus strike 'could last weeks,' union warns\n\nBy Jane Doe\n\nBuses stayed in depots.",
			[]string{"+union / warns / Bus strike 'could last weeks,'"}, ""},
		{"a headline that ends in a plural's possessive, its noun and the cue",
			"Karachi undercounted by millions, traders' body claims\n\nBy Jane Doe\n\nThe count began.",
			[]string{"+traders' body / claims / Karachi undercounted by millions"}, ""},
		{"not a headline that ends in a verb of no saying, nor a speaker of five words",
			"Talks collapse, minister resigns\n\nBy Jane Doe\n\nThe count began.\n\nFares rise, the big city bus union says\n\nMore.",
			nil, ""},
		{"a headline's inverted cue the extractor read with no speaker gives way",
			"Karachi undercounted by millions, {c1 claims} {t1 traders' body}\n\nBy Jane Doe\n\nThe count began.",
			[]string{"+traders' body / claims / Karachi undercounted by millions"}, ""},
		{"a headline's colon before its speaker",
			"Algae blooms on Lake Winnipeg could double by 2040: study\n\nBy Jane Doe\n\nThe lake is green.",
			[]string{"+study / : / Algae blooms on Lake Winnipeg could double by 2040"}, ""},
		{"a headline's colon after a topic, before a headline that speaks for itself, after a label or a title-case phrase",
			"Lassa fever: Edo confirms 14 deaths\n\nBy Jane Doe\n\nCases rose.",
			nil, ""},
		{"a title-case kicker is no speaker",
			"Just Leaked: Look At The Shocking Response To The News\n\nBy Jane Doe\n\nCases rose.",
			nil, ""},
		{"a demonstrative alone as what was disclosed, the subject with its apposition",
			"The Commissioner for Health, Dr Osagie Igbinedion, disclosed this at a press briefing on Tuesday.",
			[]string{"+The Commissioner for Health, Dr Osagie Igbinedion / disclosed / this"}, ""},
		{"a demonstrative before a noun is no content",
			"The minister said this week that prices would fall.",
			[]string{"+The minister / said / that prices would fall"}, ""},
		{"a document's finding, a participle's phrase after its noun",
			"A poll released last week by the institute found that Okafor leads.",
			[]string{"+A poll released last week by the institute / found / that Okafor leads"}, ""},
		{"a document's finding, a number after its verb, a relative clause without its pronoun after its noun",
			"Figures the Ross County Sheriff's Office submits to the FBI show 212 violent crimes in the county.",
			[]string{"+Figures the Ross County Sheriff's Office submits to the FBI / show / 212 violent crimes in the county"}, ""},
		{"a document's finding after an opening conjunction: the source opens at the noun phrase",
			"But figures from the ministry show that waiting lists grew.",
			[]string{"+figures from the ministry / show / that waiting lists grew"}, ""},
		{"a verb of showing that opens its sentence has no subject to speak",
			"Show that you care, the charity said.",
			[]string{"+the charity / said / Show that you care"}, ""},
		{"a passive of finding is no finding of its subject",
			"The exposed data was found by an independent researcher.", nil, ""},
		{"told someone that: recovered wherever it stands",
			"A source close to the couple told StarWire that the pair had married.",
			[]string{"+A source close to the couple / told / that the pair had married"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := fixture(t, tt.text)
			runPasses(t, d, "boilerplate", "admit", "repair-sources", "fill-sources", "recover")
			var got []string
			for _, a := range d.atts {
				r := d.roles(a)
				if a.Recovered {
					r = "+" + r
				}
				got = append(got, r)
			}
			if !slices.Equal(got, tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
			if len(d.atts) > 0 {
				if got := d.spans(d.atts[len(d.atts)-1].Via...); got != tt.via {
					t.Errorf("via %q, want %q", got, tt.via)
				}
			}
		})
	}
}
