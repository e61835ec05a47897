package resolve

import (
	"slices"
	"testing"
)

func TestSourceClausesPass(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"after a subordinator",
			"{s1 Donald Trump is drawing criticism after he} {c1 appeared to suggest} {t1 that veterans are weak}.",
			[]string{"he / appeared to suggest / that veterans are weak"}},
		{"after a conjunction",
			"{s1 He proposed dropping the tax break as promised, but analysts} {c1 agreed} {t1 it was still a top-heavy plan}.",
			[]string{"analysts / agreed / it was still a top-heavy plan"}},
		{"after a comma",
			"{s1 Clinton had told the police she did not want the escort, the source} {c1 added}.",
			[]string{"the source / added / "}},
		{"a relative clause is part of the phrase",
			"{s1 Don Fowler, who helmed the party from 1995, and has backed Clinton since 2008,} {c1 said} {t1 the plan would fail}.",
			[]string{"Don Fowler, who helmed the party from 1995, and has backed Clinton since 2008, / said / the plan would fail"}},
		{"a name that closes the sentence's opening phrase is its apposition",
			"In a statement signed by its spokesman, {s1 Mr Festus Okorodudu, the company} {c1 said} {t1 the leak had been stopped}.",
			[]string{"the company / said / the leak had been stopped"}},
		{"and a body named after its owner in the possessive; not a person's description so named",
			"In a statement signed by its spokesperson, {s1 Mrs. Abena Frimpong, Ghana's Ministry of Trade and Industry} {c1 said} {t1 the shops were closed}. In a statement, {s2 Mike Smith, Acme's chairman} {c2 said} {t2 no}.",
			[]string{"Ghana's Ministry of Trade and Industry / said / the shops were closed", "Mike Smith, Acme's chairman / said / no"}},
		{"a name whose own apposition the commas close stays the source",
			"In a statement, {s1 Mike Smith, the mayor,} {c1 said} {t1 the leak had been stopped}.",
			[]string{"Mike Smith, the mayor, / said / the leak had been stopped"}},
		{"a participle shares the subject of its clause",
			"{s1 Clinton spoke out on Tuesday about the death in Tulsa, Oklahoma}, {c1 arguing} {t1 that the killings must end}.",
			[]string{"Clinton spoke out on Tuesday about the death in Tulsa, Oklahoma / arguing / that the killings must end"}},
		{"a source run back over the report it is the subject of",
			"{s2 {s1 Officials} {c1 said} {t1 a scan of the cat's microchip}} {c2 revealed} {t2 that the cat had traveled 1,200 miles}.",
			[]string{"Officials / said / a scan of the cat's microchip", "a scan of the cat's microchip / revealed / that the cat had traveled 1,200 miles"}},
		{"past the object the other report's verb took",
			"{s2 {s1 He} {c1 told} reporters {t1 the company}} {c2 denied} {t2 any wrongdoing}.",
			[]string{"He / told / the company", "the company / denied / any wrongdoing"}},
		{"and over the report it is coordinated with",
			"{s2 {s1 Theresa May} {c1 said} {t1 that the country would declare its intention to leave by March}} and {c2 suggested} {t2 that it would leave the single market}.",
			[]string{"Theresa May / said / that the country would declare its intention to leave by March", "Theresa May / suggested / that it would leave the single market"}},
		{"not past a nearer subject",
			"{s2 {s1 Republicans} {c1 want} {t1 policies that cut revenue (they}} want lower rates and {c2 suggest} {t2 that lower rates would spur growth}).",
			[]string{"Republicans / want / policies that cut revenue (they", "Republicans want policies that cut revenue (they / suggest / that lower rates would spur growth"}},
		{"nor into a verb that reports a noun phrase, nor past a subordinator",
			"{s2 {s1 He} {c1 criticized} {t1 Clinton's record}} {c2 said} {t2 she would fail}. {s4 {s3 Carson} {c3 proposed} {t3 a new agency, while Bush}} {c4 said} {t4 he would cut taxes}.",
			[]string{"He / criticized / Clinton's record", "He criticized Clinton's record / said / she would fail",
				"Carson / proposed / a new agency, while Bush", "Bush / said / he would cut taxes"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := fixture(t, tt.text)
			runPasses(t, d, "boilerplate", "datelines", "admit", "source-clauses")
			if got := d.allRoles(); !slices.Equal(got, tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}
