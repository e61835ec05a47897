package resolve

import (
	"slices"
	"testing"
)

func TestPassiveAgentsPass(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the agent of accused, and the complement to the content",
			"In 2021, {t1 Orchard Bay} {c1 was accused by} {s1 a minority shareholders' group of poor disclosure over its China projects}.",
			[]string{"a minority shareholders' group / was accused by / Orchard Bay | of poor disclosure over its China projects"}},
		{"a gerund opens the complement, past a relative clause",
			"{t1 He} {c1 was accused by} {s1 a reporter, who worked for the site, of grabbing her after a news conference}.",
			[]string{"a reporter, who worked for the site / was accused by / He | of grabbing her after a news conference"}},
		{"a verb with no complement of its own keeps its agent whole",
			"{t1 His views} {c1 were echoed} by {s1 a number of tax experts}.",
			[]string{"a number of tax experts / were echoed / His views"}},
		{"a complement the extractor left after the agent, past a phrase of time",
			"{t1 The ministry} {c1 was criticised} by {s1 the Senate Standing Committee} last year for cutting funds for research.",
			[]string{"the Senate Standing Committee / was criticised / The ministry | for cutting funds for research"}},
		{"but not a phrase of when",
			"{t1 The plan} {c1 was welcomed} by {s1 the council} on Monday for the first time in years.",
			[]string{"the council / was welcomed / The plan"}},
		{"a deadline after by is no agent",
			"{t1 A decision} {c1 is expected} by {s1 the summer}. {t2 The inspectorate} {c2 is expected to report} by {s2 the end of the month}.",
			[]string{" / is expected / A decision | by the summer", " / is expected to report / The inspectorate | by the end of the month"}},
		{"an agent left in no role, between the cue and the complement, is the source",
			"{s1 Management} {c1 has also been accused} by Khumalo {t1 of spending R2.3 million a week on private security firms}.",
			[]string{"Khumalo / has also been accused / Management | of spending R2.3 million a week on private security firms"}},
		{"an agent whose apposition has a preposition of its own, left in no role, is the source",
			"{s1 The CFV} {c1 was accused last year} by Lt-Gen (retd) Owoye Ebikeme, chairman of the Presidential Committee on Niger Delta Security, {t1 of running a racket}.",
			[]string{"Lt-Gen (retd) Owoye Ebikeme, chairman of the Presidential Committee on Niger Delta Security / was accused last year / The CFV | of running a racket"}},
		{"an agent left in the content is the source",
			"{t1 The minister} {c1 was accused} {t1 by opposition lawmakers of misleading parliament}.",
			[]string{"opposition lawmakers / was accused / The minister | of misleading parliament"}},
		{"an agent left in the content, its 'by' outside it",
			"{t1 The service} {c1 has been accused} by {t1 several residents of issuing its warning too late}.",
			[]string{"several residents / has been accused / The service | of issuing its warning too late"}},
		{"the subject the extractor took for the source is what was said",
			"{s1 The Country Fire Service} {c1 was accused} by {t1 several residents of issuing its warning too late}.",
			[]string{"several residents / was accused / The Country Fire Service | of issuing its warning too late"}},
		{"an agent that ends the content, the subject being the rest",
			"{t1 The plan} {c1 was criticized} {t1 by opposition lawmakers}.",
			[]string{"opposition lawmakers / was criticized / The plan"}},
		{"an agent that is all the content stays",
			"Yesterday it {c1 was reported} {t1 by the Times}.",
			[]string{" / was reported / by the Times"}},
		{"the subject of an inverted said, left in the content after a quotation, is the source",
			"{t1 \"We are working every berth,\"} {c1 said} {t1 harbour master Captain Riaan van Rensburg}. {t1 \"But you cannot clear three weeks in three days.\"}",
			[]string{"harbour master Captain Riaan van Rensburg / said / \"We are working every berth,\" | \"But you cannot clear three weeks in three days.\""}},
		{"nor a phrase of manner after said",
			"{t1 \"Shukran,\"} {c1 said} {t1 in Arabic}.",
			[]string{" / said / \"Shukran,\" | in Arabic"}},
		{"but not a clause after said",
			"{t1 \"We are working,\"} {c1 said} {t1 the harbour was full}.",
			[]string{" / said / \"We are working,\" | the harbour was full"}},
		{"quoted as saying: the cue takes as saying",
			"{s1 Her coach} {c1 was quoted} by a news agency {t1 as saying the shoulder had troubled her}.",
			[]string{"Her coach / was quoted | as saying / the shoulder had troubled her"}},
		{"a time after by is a deadline, no agent",
			"{t1 Final results} {c1 are expected} by {s1 Friday evening}.",
			[]string{" / are expected / Final results | by Friday evening"}},
		{"quoted by a paper as saying: the subject the extractor put in the content is the source, the paper none",
			"{t1 Kowalska} {c1 was quoted} by {s1 Reuters} {t1 as saying the talks had failed}.",
			[]string{"Kowalska / was quoted | as saying / the talks had failed"}},
		{"quoted in a paper as saying, with no source found",
			"{t1 She} {c1 was quoted} {t1 in the newspaper as saying that she would resign}.",
			[]string{"She / was quoted | as saying / that she would resign"}},
		{"a content that runs from the paper's name",
			"{s1 Chief executive Anna Kowalska} {c1 was quoted} by the Rzeczpospolita {t1 daily as saying that the airline \"must become leaner.\"}",
			[]string{"Chief executive Anna Kowalska / was quoted | as saying / that the airline \"must become leaner.\""}},
		{"not a quotation in a book that no one is said to say",
			"{s1 The report} {c1 was quoted} {t1 by the minister in parliament}.",
			[]string{"The report / was quoted / by the minister in parliament"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := fixture(t, tt.text)
			runPasses(t, d, "boilerplate", "datelines", "admit", "passive-agents")
			if got := d.allRoles(); !slices.Equal(got, tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}
