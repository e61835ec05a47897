package resolve

import (
	"slices"
	"testing"
)

func TestHedgesPass(t *testing.T) {
	tests := []struct {
		name, text string
		hedges     []string // per attribution
	}{
		{"an adverb on the cue",
			"{s1 An Iranian source} {c1 purportedly told} {t1 Reuters that talks were planned}.", []string{"purportedly"}},
		{"an adverb before the cue",
			"{s1 The group} allegedly {c1 said} {t1 that talks were planned}.", []string{"allegedly"}},
		{"a cue that distances by itself",
			"{s1 The group} {c1 claimed} {t1 that talks were planned}.", []string{"claimed"}},
		{"so-called in the content, outside quotation marks",
			"{s1 The group} {c1 said} {t1 the so-called talks were planned}.", []string{"so-called"}},
		{"so-called inside a quotation is the source's word",
			"{s1 The group} {c1 said} {t1 \"the so-called talks were planned\"}.", []string{""}},
		{"a plain cue",
			"{s1 The group} {c1 said} {t1 that talks were planned}.", []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := fixture(t, tt.text)
			runPasses(t, d, "admit", "order", "hedges")
			var got []string
			for _, a := range d.atts {
				got = append(got, d.spans(a.Hedge))
			}
			if !slices.Equal(got, tt.hedges) {
				t.Errorf("hedges %q, want %q", got, tt.hedges)
			}
		})
	}
}
