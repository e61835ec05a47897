package resolve

import (
	"slices"
	"testing"
)

func TestRaisedSubjectsPass(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a passive of believing lends its subject to the infinitive",
			"{s1 A Bronze Age log boat} {c1 is believed} {t1 to be more than 3,500 years old}.",
			[]string{" / is believed / A Bronze Age log boat | to be more than 3,500 years old"}},
		{"the reduced passive after a comma likewise",
			"{s1 A Bronze Age log boat,} {c1 thought} {t1 to be more than 3,500 years old}, has been found.",
			[]string{" / thought / A Bronze Age log boat | to be more than 3,500 years old"}},
		{"but not an active verb after a comma",
			"{s1 The minister,} {c1 wanting} {t1 to be heard}, spoke.",
			[]string{"The minister, / wanting / to be heard"}},
		{"with adverbs and a perfect",
			"{s1 The Government} {c1 has been widely reported} {t1 to be considering a recruitment drive}.",
			[]string{" / has been widely reported / The Government | to be considering a recruitment drive"}},
		{"an as-complement likewise",
			"{s1 The Fossil Hybrid HR} {c1 is billed} {t1 as a smartwatch}.",
			[]string{" / is billed / The Fossil Hybrid HR | as a smartwatch"}},
		{"an as-complement needs a verb that takes one",
			"{s1 The watch} {c1 is believed} {t1 as a rule}.",
			[]string{"The watch / is believed / as a rule"}},
		{"a passive of accusing lends its subject to its complement",
			"{s1 Peacekeepers} {c1 have sometimes been accused of} {t1 hurting the civilians they were sent to protect}.",
			[]string{" / have sometimes been accused of / Peacekeepers | hurting the civilians they were sent to protect"}},
		{"the preposition in the content likewise",
			"{s1 The agency} {c1 was blamed} {t1 for introducing cholera}.",
			[]string{" / was blamed / The agency | for introducing cholera"}},
		{"a charge likewise",
			"{s1 A 32-year-old man} {c1 has been charged} {t1 over a ram raid}.",
			[]string{" / has been charged / A 32-year-old man | over a ram raid"}},
		{"the agent of an accusation keeps the source",
			"{s1 The firm} {c1 was accused} by regulators {t1 of hiding losses}.",
			[]string{"The firm / was accused / of hiding losses"}},
		{"an agent keeps the source where it is",
			"{s1 The plan} {c1 was said} by aides {t1 to be dead}.",
			[]string{"The plan / was said / to be dead"}},
		{"an active verb keeps its source",
			"{s1 The minister} {c1 said} {t1 to wait for the report}.",
			[]string{"The minister / said / to wait for the report"}},
		{"a clause after the passive is no infinitive",
			"{s1 He} {c1 was told} {t1 that the plant would close}.",
			[]string{"He / was told / that the plant would close"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := fixture(t, tt.text)
			runPasses(t, d, "boilerplate", "datelines", "admit", "raised-subjects")
			if got := d.allRoles(); !slices.Equal(got, tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}
