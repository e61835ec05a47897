package resolve

import (
	"testing"

	"github.com/whosaid/whosaid/internal/segment"
)

func TestTranscriptTurns(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "SOURCE|CONTENT" of the recovered turns
	}{
		{"two turns of a quoted transcript",
			"The exchange went as follows:\n\n\"WALLACE: Will she be there?\n\n\"PENCE: Well, look, she will not.\n",
			[]string{"WALLACE|Will she be there?", "PENCE|Well, look, she will not."}},
		{"a two-word label",
			"JOHN SMITH: We are ready.\nMARY JONES: We are not.\n",
			[]string{"JOHN SMITH|We are ready.", "MARY JONES|We are not."}},
		{"salutations open letters, not turns",
			"DEAR ABBY: My husband bought plane tickets.\nDEAR FEELING: Of course you should go.\n", nil},
		{"one labelled paragraph is no transcript",
			"CLINTON: I feel a great deal of sympathy.\nShe went on.\n", nil},
		{"two labels once each, a greeting and a thanks, are a transcript's turns",
			"The exchange went as follows.\n\nHOST: Good evening and welcome to the programme.\n\nMINISTER: Thank you for having me on the show tonight.\n",
			[]string{"HOST|Good evening and welcome to the programme.", "MINISTER|Thank you for having me on the show tonight."}},
		{"a caption's label and a place's are no turns",
			"KOTA BARU: The department has confirmed the virus.\nPROTECTIVE GEAR: Department workers culling chickens at the village yesterday.\n", nil},
		{"heading labels are no speakers",
			"UPDATE: The vote was moved.\nCORRECTION: An earlier version erred.\n", nil},
		{"capitalised words without a colon",
			"NASA says it will launch.\nFBI agents came.\n", nil},
	}
	m, err := embeddedModel()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			seg := segment.Segment(tt.text)
			res := Resolve(Input{Seg: seg, Tags: m.Tag(seg)}) // a caption's label is told by its verbs
			span := func(rs []segment.Range) string {
				return tt.text[seg.Tokens[rs[0].Start].Start:seg.Tokens[rs[0].End-1].End]
			}
			var got []string
			for _, a := range res.Attributions {
				if a.Recovered && span(a.Cue) == ":" { // a turn's: the real tags let other rules recover too ("NASA says it will launch")
					got = append(got, span(a.Source)+"|"+span(a.Content))
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("turn %d: got %q, want %q", i, got[i], tt.want[i])
				}
			}
		})
	}
}
