package resolve

import (
	"slices"
	"testing"
)

func TestCuePhrasesPass(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a statement",
			"{s1 The company} {c1 said} in a statement {t1 that it would appeal}.",
			[]string{"The company / said in a statement / that it would appeal"}},
		{"an interview with words between",
			"{s1 She} {c1 said} in a recent phone interview {t1 that she would run}.",
			[]string{"She / said in a recent phone interview / that she would run"}},
		{"a possessive",
			"{s1 He} {c1 wrote} in his memoir {t1 that the war was lost}.",
			[]string{"He / wrote in his memoir / that the war was lost"}},
		{"a place is no medium",
			"{s1 He} {c1 said} in the capital {t1 that talks would resume}.",
			[]string{"He / said / that talks would resume"}},
		{"declining to comment is the cue's verb, and what was declined the content",
			"{s1 Helixor} {c1 declined to comment on} {t1 the talks}. {s2 The firm} {c2 has declined to comment}.",
			[]string{"Helixor / declined / to comment on the talks", "The firm / has declined / to comment"}},
		{"nor is a phrase inside the content",
			"{s1 He} {c1 said} {t1 in a statement issued Monday, the firm erred}.",
			[]string{"He / said / in a statement issued Monday, the firm erred"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := fixture(t, tt.text)
			runPasses(t, d, "boilerplate", "datelines", "admit", "admission", "object-ends", "cue-phrases")
			if got := d.allRoles(); !slices.Equal(got, tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestCueAdverbsPass(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"an adverb before the verb",
			"{s1 The court} then {c1 ruled} {t1 that the law stands}.",
			[]string{"The court / then ruled / that the law stands"}},
		{"a modal and negation",
			"{s1 He} could not {c1 resist pointing out} {t1 that he won}.",
			[]string{"He / could not resist pointing out / that he won"}},
		{"an adverb after a comma keeps the participle's source",
			"The nominee complained about his mic, even {c1 suggesting} {t1 he may have been sabotaged}.",
			[]string{"The nominee / even suggesting / he may have been sabotaged"}},
		{"no word of the source",
			"{s1 Officials privately} {c1 said} {t1 the talks failed}.",
			[]string{"Officials privately / said / the talks failed"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := fixture(t, tt.text)
			runPasses(t, d, "boilerplate", "datelines", "admit", "order", "implicit-sources", "sourceless", "cue-adverbs")
			if got := d.allRoles(); !slices.Equal(got, tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}
