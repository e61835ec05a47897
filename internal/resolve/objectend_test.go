package resolve

import (
	"slices"
	"testing"
)

func TestObjectEndsPass(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a noun phrase ends where a clause of time begins",
			"{s1 The band} {c1 announced} {t1 the 30-date tour while closing out their concert in Nashville}.",
			[]string{"The band / announced / the 30-date tour"}},
		{"or a clause of concession",
			"{s1 Lexus} {c1 called} {t1 the vehicle a concept despite looking ready to hit showrooms}.",
			[]string{"Lexus / called / the vehicle a concept"}},
		{"or a participle after a comma, past a relative clause of the phrase",
			"{s1 Home Depot} {c1 reported} {t1 earnings that topped estimates, sending shares lower}.",
			[]string{"Home Depot / reported / earnings that topped estimates"}},
		{"a clause's subject cut at the comma of an aside runs on to its verb",
			"{s1 Police} {c1 said} {t1 three men}, including a clerk at a printing press, had been arrested.",
			[]string{"Police / said / three men, including a clerk at a printing press, had been arrested"}},
		{"nor past the main clause's verb after a relative clause's cue",
			"Workers {s1 who} {c1 criticised} {t1 the plan}, including two supervisors, were fired.",
			[]string{"who / criticised / the plan"}},
		{"but not over another cue",
			"{s1 Police} {c1 said} {t1 three men}, the {s2 chief} {c2 added}, had been arrested.",
			[]string{"Police / said / three men", "chief / added / "}},
		{"a clause is left whole",
			"{s1 He} {c1 said} {t1 the team would win while the fans watched}.",
			[]string{"He / said / the team would win while the fans watched"}},
		{"so is a quotation",
			"{s1 She} {c1 said} {t1 \"we wait while they talk\"}.",
			[]string{"She / said / \"we wait while they talk\""}},
		{"so is a clause opened by that",
			"{s1 He} {c1 noted} {t1 that prices fell while wages rose}.",
			[]string{"He / noted / that prices fell while wages rose"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := fixture(t, tt.text)
			runPasses(t, d, "boilerplate", "datelines", "admit", "admission", "object-ends")
			if got := d.allRoles(); !slices.Equal(got, tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}
