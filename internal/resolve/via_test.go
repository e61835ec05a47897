package resolve

import (
	"slices"
	"testing"
)

func TestChannelsPass(t *testing.T) {
	tests := []struct {
		name, text string
		via        []string // per attribution
	}{
		{"according to, outside the content",
			"{t1 The talks stalled}, {s1 officials} {c1 said}, according to Reuters.", []string{"according to Reuters"}},
		{"told an outlet",
			"{s1 A senior official} {c1 told} Reuters {t1 that the talks stalled}.", []string{"told Reuters"}},
		{"told reporters",
			"{s1 A senior official} {c1 told} reporters {t1 that the talks stalled}.", []string{"told reporters"}},
		{"told a person of the document is no channel",
			"John Smith met the minister. {s1 The minister} {c1 told} Smith {t1 that the talks stalled}.", []string{""}},
		{"in an interview with",
			"{s1 The minister} {c1 said} in an interview with CNN {t1 that the talks stalled}.", []string{"in an interview with CNN"}},
		{"according to as the cue is no channel of its own",
			"{c1 According to} {s1 officials}, {t1 the talks stalled}.", []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := fixture(t, tt.text)
			runPasses(t, d, "admit", "order", "speakers", "channels")
			var got []string
			for _, a := range d.atts {
				got = append(got, d.spans(a.Via...))
			}
			if !slices.Equal(got, tt.via) {
				t.Errorf("via %q, want %q", got, tt.via)
			}
		})
	}
}
