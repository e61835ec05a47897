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
		{"an agent left in the content is the source",
			"{t1 The minister} {c1 was accused} {t1 by opposition lawmakers of misleading parliament}.",
			[]string{"opposition lawmakers / was accused / The minister | of misleading parliament"}},
		{"an agent that ends the content, the subject being the rest",
			"{t1 The plan} {c1 was criticized} {t1 by opposition lawmakers}.",
			[]string{"opposition lawmakers / was criticized / The plan"}},
		{"an agent that is all the content stays",
			"Yesterday it {c1 was reported} {t1 by the Times}.",
			[]string{" / was reported / by the Times"}},
		{"quoted as saying: the cue takes as saying",
			"{s1 Her coach} {c1 was quoted} by a news agency {t1 as saying the shoulder had troubled her}.",
			[]string{"Her coach / was quoted | as saying / the shoulder had troubled her"}},
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
