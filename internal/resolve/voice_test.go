package resolve

import (
	"slices"
	"testing"
)

func TestVoicePass(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a stance adverb opens the sentence",
			"Unfortunately, the plan failed again this year.", []string{"Unfortunately, the plan failed again this year."}},
		{"an evaluative word anywhere",
			"The plan was a disgraceful waste of money.", []string{"The plan was a disgraceful waste of money."}},
		{"a sentence an attribution touches is its source's",
			"{s1 Critics} {c1 said} {t1 the plan was a disgraceful waste of money}.", nil},
		{"a sourceless attribution leaves the outlet speaking",
			"The plan {c1 was seen as} {t1 a disgraceful waste of money}.", []string{"The plan was seen as a disgraceful waste of money."}},
		{"a quotation is someone's words",
			"\"The plan was a disgraceful waste of money.\"", nil},
		{"the title is not the outlet's voice",
			"A Disgraceful Waste Of Money\nThe plan failed.", nil},
		{"a plain sentence",
			"The plan failed again this year.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := fixture(t, tt.text)
			runPasses(t, d, "boilerplate", "admit", "order", "voice")
			var got []string
			for _, s := range d.unattributed {
				got = append(got, d.spans(s))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
