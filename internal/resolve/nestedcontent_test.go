package resolve

import (
	"slices"
	"testing"
)

func TestNestedContentsPass(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a content cut where a nested attribution begins runs on over it",
			"{s1 MacIsaac} {c1 said} {t1 {s2 the government} {c2 had}} {c2 known about} {t2 the backlog for two years}.",
			[]string{
				"MacIsaac / said / the government had known about the backlog for two years",
				"the government / had | known about / the backlog for two years",
			}},
		{"also when the nested content opens before its cue",
			"{s1 The Commission} {c1 has argued} {t1 that cuts are needed to rebuild stocks {t2 that} {s2 scientists}} {c2 say} {t2 remain low}.",
			[]string{
				"The Commission / has argued / that cuts are needed to rebuild stocks that scientists say remain low",
				"scientists / say / that | remain low",
			}},
		{"a content that ends before the next attribution is left",
			"{s1 MacIsaac} {c1 said} {t1 the plan failed}, and {s2 the minister} {c2 admitted} {t2 it was late}.",
			[]string{"MacIsaac / said / the plan failed", "the minister / admitted / it was late"}},
		{"a content that runs on into a report coordinated after it ends at the comma",
			"{s1 Aunty June Carr} {c1 asked} {t1 that the tree be protected, and {s2 Cr Kostopoulos} {c2 said} {t2 it would be fenced off}}.",
			[]string{"Aunty June Carr / asked / that the tree be protected", "Cr Kostopoulos / said / it would be fenced off"}},
		{"nor into another verb of saying whose subject names someone",
			"{s1 The federation} {c1 said} {t1 340 workers would lose their jobs, and {s2 its state secretary, Ante Vuković,} {c2 accused} {t2 the company of walking away}}.",
			[]string{"The federation / said / 340 workers would lose their jobs", "its state secretary, Ante Vuković, / accused / the company of walking away"}},
		{"but not into an act the first report goes on with",
			"{s1 Officials} {c1 said} {t1 the judge found the law void, and {s2 the court} {c2 declined} {t2 to step in}}.",
			[]string{"Officials / said / the judge found the law void, and the court declined to step in", "the court / declined / to step in"}},
		{"but not inside a quotation",
			"{s1 Jones} {c1 said} {t1 \"We asked twice, and {s2 Smith} {c2 said} {t2 no every time}.\"}",
			[]string{"Jones / said / \"We asked twice, and Smith said no every time.\"", "Smith / said / no every time"}},
		{"an attribution that comes first is never the outer one",
			"{t1 The plan failed}, {s1 he} {c1 said}. {s2 She} {c2 agreed} {t2 it was late}.",
			[]string{"he / said / The plan failed", "She / agreed / it was late"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := fixture(t, tt.text)
			runPasses(t, d, "boilerplate", "datelines", "admit", "order", "nested-contents")
			if got := d.allRoles(); !slices.Equal(got, tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}
