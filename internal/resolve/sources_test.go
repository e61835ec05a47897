package resolve

import (
	"slices"
	"testing"
)

// TestSourcePasses covers the passes that complete the extractor's
// sources: each case runs the passes up to and including its own.
func TestSourcePasses(t *testing.T) {
	tests := []struct {
		pass, name, text string
		want             []string // roles of every attribution, in order
		implicit         []bool   // Implicit of every attribution, when checked
	}{
		{"repair-sources", "a source cut after a preposition runs back to its head",
			"A US official with firsthand knowledge of {s1 dealings with Iran} {c1 said} {t1 the talks had stalled}.",
			[]string{"A US official with firsthand knowledge of dealings with Iran / said / the talks had stalled"}, nil},
		{"repair-sources", "a source after a cue's own preposition stays",
			"{c1 According to} {s1 officials}, {t1 the talks had stalled}.",
			[]string{"officials / According to / the talks had stalled"}, nil},
		{"repair-sources", "a source cut inside its relative clause runs on to the comma before the cue",
			"{s1 One official, who spoke} on condition of anonymity because he was not authorised to speak, {c1 said} {t1 talks had stalled}.",
			[]string{"One official, who spoke on condition of anonymity because he was not authorised to speak / said / talks had stalled"}, nil},
		{"repair-sources", "a relative clause the extractor took for content joins the source",
			"{s1 A spokesman for Metro Transit,} {t1 which will run the depot}, {c1 said} {t1 work would start in March}.",
			[]string{"A spokesman for Metro Transit, which will run the depot / said / work would start in March"}, nil},
		{"repair-sources", "a time word taken for the source gives way to the name that opens the sentence",
			"COLUMBUS, Ohio -- Northwind Labs, Inc., a provider of logistics software, {s1 today} {c1 announced} {t1 the release of ClearPath 4.0}.",
			[]string{"Northwind Labs, Inc., a provider of logistics software / announced / the release of ClearPath 4.0"}, nil},
		{"repair-sources", "or to the noun phrase right before it",
			"The logistics firm {s1 yesterday} {c1 said} {t1 it would hire 40 drivers}.",
			[]string{"The logistics firm / said / it would hire 40 drivers"}, nil},
		{"repair-sources", "a source cut before a name's particle runs on to the name's end",
			"{s1 A spokesman for the UN mission, Sidi Mohamed} ould Cheikh, {c1 said} {t1 the patrol had come under fire}.",
			[]string{"A spokesman for the UN mission, Sidi Mohamed ould Cheikh / said / the patrol had come under fire"}, nil},
		{"repair-sources", "a name's apposition the extractor took for content joins the source",
			"{s1 Vikram Sethi,} {t1 the director of the admissions consultancy EduPath Careers}, {c1 said} {t1 such rackets were common}.",
			[]string{"Vikram Sethi, the director of the admissions consultancy EduPath Careers / said / such rackets were common"}, nil},
		{"repair-sources", "but not a clause with a verb",
			"{s1 Vikram Sethi,} {t1 the director of EduPath Careers is right}, {c1 said} {t1 the agent}.",
			[]string{"Vikram Sethi, / said / the director of EduPath Careers is right | the agent"}, nil},
		{"repair-sources", "a source with no relative clause does not run on",
			"{s1 Officials} on the scene, in a hurry, {c1 said} {t1 talks had stalled}.",
			[]string{"Officials / said / talks had stalled"}, nil},
		{"fill-sources", "a cue without a source takes the noun phrase before it",
			"{t1 The talks had stalled}, an Iranian source with knowledge of the meeting {c1 told} Reuters.",
			[]string{"an Iranian source with knowledge of the meeting / told / The talks had stalled"}, nil},
		{"fill-sources", "content that ran on into the subject ends at the quotation",
			"{t1 \"We will not go back,\" a senior diplomat} {c1 told} reporters.",
			[]string{"a senior diplomat / told / \"We will not go back,\""}, nil},
		{"fill-sources", "a subject the extractor took for a piece of the content, before an adverb set off by commas and a perfect",
			"{t1 Singapore}, however, {c1 has denied} {t1 that its banks are behind the selling}.",
			[]string{"Singapore / has denied / that its banks are behind the selling"}, nil},
		{"fill-sources", "the subject and its apposition, though the tagger took a noun of it for a verb",
			"Vikram Sethi, director of the Lucknow-based admissions consultancy EduPath Careers, {c1 said} {t1 such rackets were common}.",
			[]string{"Vikram Sethi, director of the Lucknow-based admissions consultancy EduPath Careers / said / such rackets were common"}, nil},
		{"fill-sources", "an office and a name between commas before a cue that ends the sentence, which the extractor ran into the content",
			"{t1 No new data centre will be connected to the grid before 2029, the Minister for Climate, Energy and the Environment, Cathal Ó Dálaigh}, {c1 has said}.",
			[]string{"the Minister for Climate, Energy and the Environment, Cathal Ó Dálaigh / has said / No new data centre will be connected to the grid before 2029"}, nil},
		{"fill-sources", "but not a clause's end that names no office",
			"{t1 The grid will be full by 2029, and the plan is late, Cathal Ó Dálaigh}, {c1 has said}.",
			[]string{" / has said / The grid will be full by 2029, and the plan is late, Cathal Ó Dálaigh"}, nil},
		{"fill-sources", "a long subject whose aside has a verb after its conjunction",
			"One senior England player, speaking on condition of anonymity because squad members have been told not to discuss selection, {c1 said} {t1 the dressing room had been surprised}.",
			[]string{"One senior England player, speaking on condition of anonymity because squad members have been told not to discuss selection / said / the dressing room had been surprised"}, nil},
		{"fill-sources", "a long subject with a restrictive relative clause",
			"A Lismore grandmother whose home was swamped by two metres of water in February {c1 says} {t1 her insurer has refused to pay}.",
			[]string{"A Lismore grandmother whose home was swamped by two metres of water in February / says / her insurer has refused to pay"}, nil},
		{"fill-sources", "but no subject for an act's object",
			"The mutual, which employs 380 people in Cork, {c1 reported} {t1 a profit of €6.1m last year}.",
			[]string{" / reported / a profit of €6.1m last year"}, nil},
		{"fill-sources", "nor for a passive",
			"Two processing plants in the town {c1 are said} {t1 to be considering short-time working}.",
			[]string{" / said / to be considering short-time working"}, nil},
		{"fill-sources", "nor across an infinitive of the sentence",
			"The setup of visiting an ancient city to obtain power, only to find {c1 said} {t1 city had issues of its own}, is familiar.",
			[]string{" / said / city had issues of its own"}, nil},
		{"fill-sources", "the subject before a phrase set off by commas",
			"Trump, speaking to a veterans group in Virginia, {c1 said} {t1 he would order a review}.",
			[]string{"Trump / said / he would order a review"}, nil},
		{"fill-sources", "the subject and its relative clause, the piece of content taken from the clause gone",
			"An official at the county office, who asked not to be named because {t1 he is not allowed to speak}, {c1 said} {t1 logging had fallen}.",
			[]string{"An official at the county office, who asked not to be named because he is not allowed to speak / said / logging had fallen"}, nil},
		{"fill-sources", "a source taken from inside a relative clause goes to the clause's subject",
			"Food critic Faraz Niazi, who reviewed {s1 Saffron & Salt in 2019}, {c1 called} {t1 the closure \"a loss\"}.",
			[]string{"Food critic Faraz Niazi, who reviewed Saffron & Salt in 2019 / called / the closure \"a loss\""}, nil},
		{"fill-sources", "an inverted cue's subject with its restrictive relative clause, the extractor's content",
			"{t1 \"The lanes are far too crowded at night,\"} {c1 said} {t1 a tugboat hand at Pasir Panjang who helped to separate the two ships}.",
			[]string{"a tugboat hand at Pasir Panjang who helped to separate the two ships / said / \"The lanes are far too crowded at night,\""}, nil},
		{"fill-sources", "a relative pronoun that opens the text has no subject before it",
			"Who reviewed {s1 Saffron}, {c1 said} {t1 it was good}.",
			[]string{"Saffron / said / it was good"}, nil},
		{"fill-sources", "the subject opens the sentence though a modifier breaks its noun phrase",
			"A department official is under investigation. {t1 A source close to the case, who spoke on condition of anonymity because the official has not been charged}, {c1 said} {t1 an arrest was near}.",
			[]string{"A source close to the case, who spoke on condition of anonymity because the official has not been charged / said / an arrest was near"}, nil},
		{"fill-sources", "a subject and its relative clause without commas, a word of the clause taken into the cue",
			"Fans rioted. Two supporters who were in the covered {c1 stand told} the Tribune {t1 that the trouble started late}. An engineer who was not allowed to speak {c2 publicly said} {t2 crews were ready}.",
			[]string{"Two supporters who were in the covered stand / told / that the trouble started late", "An engineer who was not allowed to speak / publicly said / crews were ready"}, nil},
		{"fill-sources", "a body's relative clause, its name tagged otherwise",
			"Shops shut. {t1 Harbourside Grocers, which stocks the muesli in 28 stores across the Illawarra}, {c1 said} {t1 it had pulled the product}.",
			[]string{"Harbourside Grocers, which stocks the muesli in 28 stores across the Illawarra / said / it had pulled the product"}, nil},
		{"fill-sources", "a relative clause set off by commas is no aside but the subject's",
			"The plan, which the mayor backed, {c1 said} {t1 nothing of the kind}.",
			[]string{"The plan, which the mayor backed / said / nothing of the kind"}, nil},
		{"fill-sources", "a headline's subject after its cue, the content found before it",
			"{t1 Heat deaths undercounted by half}, {c1 says} study\n\nThe study was published on Monday.",
			[]string{"study / says / Heat deaths undercounted by half"}, nil},
		{"fill-sources", "the subject after a cue that follows its quotation",
			"{t1 \"It was great,\"} {c1 said} {t1 the teenager}.",
			[]string{"the teenager / said / \"It was great,\""}, nil},
		{"fill-sources", "a headline's clause left out of the content becomes it, the subject after the cue its source",
			"Dog beach plan splits Mollymook, {c1 says} {t1 mayor}\n\nThe council met on Monday.",
			[]string{"mayor / says / Dog beach plan splits Mollymook"}, nil},
		{"fill-sources", "a document and its participle's phrase, the participle tagged a past tense",
			"The survey's mission statement, posted on the observatory's World Wide Web site, {c1 says} {t1 its goal is to find asteroids}.",
			[]string{"The survey's mission statement, posted on the observatory's World Wide Web site / says / its goal is to find asteroids"}, nil},
		{"fill-sources", "a relative clause after an age, a cue tagged a plural noun",
			"The 58-year-old, {t1 who has fought fires in the district for three decades}, {c1 warned} {t1 that Friday would be worse}. The study, which looked at 20 years of hospital records, {c2 warns} {t2 that towns are at risk}.",
			[]string{"The 58-year-old, who has fought fires in the district for three decades / warned / that Friday would be worse", "The study, which looked at 20 years of hospital records / warns / that towns are at risk"}, nil},
		{"fill-sources", "a quotation the extractor ran on into the subject and its relative clause ends at its closing mark; not where another reports the saying",
			"{t1 \"We were promised the grant was safe,\" Mrs Dhillon, who has run the theatre since 1988,} {c1 said}. " +
				"{t2 \"I ask you not to engage in any protest,\" Sanders, who spoke last,} {c2 said}, according to CNN. " +
				"{t3 \"Bad,\" Mr Lee, who owns the shop,} {c3 said}.",
			[]string{"Mrs Dhillon, who has run the theatre since 1988 / said / \"We were promised the grant was safe,\"", " / said / \"I ask you not to engage in any protest,\" Sanders, who spoke last,",
				" / said / \"Bad,\" Mr Lee, who owns the shop,"}, nil},
		{"fill-sources", "a subject and its apposition the extractor read as content",
			"{t1 The inquiry's chair}, retired sheriff principal Morag Haldane, {c1 told} lawyers {t1 to produce the emails}.",
			[]string{"The inquiry's chair, retired sheriff principal Morag Haldane / told / to produce the emails"}, nil},
		{"fill-sources", "a headline's plural cue after its clause",
			"{t1 Heist gang 'known to us'}, {c1 say} {t1 police}\n\nThe gang struck twice.",
			[]string{"police / say / Heist gang 'known to us'"}, nil},
		{"fill-sources", "a quotation left out of the content becomes it",
			"\"Is it over?\" {c1 asked} {t1 the teenager}.",
			[]string{"the teenager / asked / \"Is it over?\""}, nil},
		{"fill-sources", "the subject after a reporting verb that follows a comma",
			"{t1 The team will fight on}, {c1 said} {t1 the coach}.",
			[]string{"the coach / said / The team will fight on"}, nil},
		{"fill-sources", "a clause the extractor took for the source of an inverted cue is its content",
			"{s1 The plant will close in May,} {c1 said} {t1 a company spokeswoman}.",
			[]string{"a company spokeswoman / said / The plant will close in May"}, nil},
		{"fill-sources", "a quotation resumed after an inverted subject stays content; a title the tagger took for a verb opens the subject",
			"{t1 \"This court will not be rushed,\"} {c1 said} {t1 magistrate Thandiwe Mkhize, \"and it will not be bullied.\"}",
			[]string{"magistrate Thandiwe Mkhize / said / \"This court will not be rushed,\" | \"and it will not be bullied.\""}, nil},
		{"fill-sources", "an inverted subject keeps its relative clause",
			"{t1 \"We lost,\"} {c1 said} {t1 the coach, who was close to tears}.",
			[]string{"the coach, who was close to tears / said / \"We lost,\""}, nil},
		{"fill-sources", "after a comma, a verb that reports no speech takes no subject after it",
			"{t1 The union}, {c1 endorsed} {t1 the mayor}.",
			[]string{" / endorsed / The union | the mayor"}, nil},
		{"implicit-sources", "a participle with no attribution before takes the subject of its clause",
			"The statement ran to two pages, {c1 calling for} {t1 his dismissal}.",
			[]string{"The statement / calling for / his dismissal"}, []bool{true}},
		{"fill-sources", "a subject with its relative clause begins at the name before the age",
			"Retired welder Jimmy Gallacher, 71, who worked at the yard for 43 years, {c1 said} {t1 he had cancelled a holiday}.",
			[]string{"Retired welder Jimmy Gallacher, 71, who worked at the yard for 43 years / said / he had cancelled a holiday"}, nil},
		{"fill-sources", "an object pronoun is no subject",
			"The talks stalled, which worried him {c1 said} {t1 the report}.",
			[]string{" / said / the report"}, nil},
		{"implicit-sources", "a participle after a comma takes the source of the clause before",
			"{s1 The ministry} {c1 denied} {t1 the report}, {c2 stressing} {t2 that talks were not planned}.",
			[]string{"The ministry / denied / the report", "The ministry / stressing / that talks were not planned"},
			[]bool{false, true}},
		{"implicit-sources", "a source the extractor took from the clause before is marked implicit",
			"{s1 {s2 The ministry}} {c1 denied} {t1 the report}, {c2 stressing} {t2 that talks were not planned}.",
			[]string{"The ministry / denied / the report", "The ministry / stressing / that talks were not planned"},
			[]bool{false, true}},
		{"implicit-sources", "a cue with a source of its own is not implicit",
			"{s1 The ministry} {c1 denied} {t1 the report}, and {s2 officials} {c2 said} {t2 talks were not planned}.",
			[]string{"The ministry / denied / the report", "officials / said / talks were not planned"},
			[]bool{false, false}},
	}
	order := []string{"boilerplate", "admit", "repair-sources", "fill-sources", "order", "implicit-sources"}
	for _, tt := range tests {
		t.Run(tt.pass+"/"+tt.name, func(t *testing.T) {
			d := fixture(t, tt.text)
			runPasses(t, d, order[:slices.Index(order, tt.pass)+1]...)
			if got := d.allRoles(); !slices.Equal(got, tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
			if tt.implicit == nil {
				return
			}
			var got []bool
			for _, a := range d.atts {
				got = append(got, a.Implicit)
			}
			if !slices.Equal(got, tt.implicit) {
				t.Errorf("implicit %v, want %v", got, tt.implicit)
			}
		})
	}
}
