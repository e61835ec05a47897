package resolve

import (
	"slices"
	"testing"
)

func TestQuotePiecesPass(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // roles of every attribution, "+" before a recovered one
	}{
		{"a quote resumed in the next paragraph",
			"{t1 \"We lost four wickets for 18,\"} {s1 she} {c1 said}.\n\"But the young bowlers were superb. I would take them every day.\"",
			[]string{"she / said / \"We lost four wickets for 18,\" | \"But the young bowlers were superb. I would take them every day.\""}},
		{"the next paragraph of a quote that runs on",
			"{t1 \"I have read every letter,\"} {s1 Sandoval} {c1 said}. {t1 \"Many of them are from your congregation.}\n\"That tells me two things about you.\"",
			[]string{"Sandoval / said / \"I have read every letter,\" | \"Many of them are from your congregation. | \"That tells me two things about you.\""}},
		{"a social post after a colon cue, to the dash of its signature",
			"The coach praised his team.\nFormer Bison star Jalen Whitaker wrote on X:\nThat man Chidi is HIM. Bad wrist and still cooking.\n— Jalen Whitaker (@JWhitaker_3) February 12, 2023",
			[]string{"+Former Bison star Jalen Whitaker / wrote on X: / That man Chidi is HIM. Bad wrist and still cooking."}},
		{"but not after a long paragraph that ends with a colon",
			"The coach, who has led the Bison for eleven seasons and won three titles in that time, praised his team again and then wrote on X:\nThat man Chidi is HIM.",
			nil},
		{"a paragraph with a cue of its own is left to it",
			"{t1 \"We lost four wickets,\"} {s1 she} {c1 said}.\n{t2 \"It hurts a lot,\"} {s2 the coach} {c2 added}.",
			[]string{"she / said / \"We lost four wickets,\"", "the coach / added / \"It hurts a lot,\""}},
		{"a mark that closes nothing after a closed quote is no quote resumed",
			"{t1 \"Here comes the candidate,\"} {s1 she} {c1 said}.\n\"Kevin was snoring in the back row by then.",
			[]string{"she / said / \"Here comes the candidate,\""}},
		{"a resumed quote that runs on into a third paragraph",
			"{t1 \"It's a stonewall penalty,\"} {s1 the 47-year-old} {c1 said}.\n\"I'll be speaking to the SFA on Monday. We can't keep accepting this.\n\"The players deserved something today.\"",
			[]string{"the 47-year-old / said / \"It's a stonewall penalty,\" | \"I'll be speaking to the SFA on Monday. We can't keep accepting this. | \"The players deserved something today.\""}},
		{"but not when the next paragraph opens with another kind of mark",
			"{t1 “Here comes the candidate,”} {s1 she} {c1 said}.\n\"Kevin was snoring in the back row by then.\n“Here he is, babe.”",
			[]string{"she / said / “Here comes the candidate,”"}},
		{"a quote that runs on to its cue in its last paragraph",
			"The minister presented the budget.\n\"Mr Speaker, we inherited a deficit of 12 per cent of GDP.\n\"This budget will take it to 5.3 per cent.\n{t1 \"That is not austerity. That is responsibility,\"} {s1 the Minister} {c1 said}.",
			[]string{"the Minister / said / \"Mr Speaker, we inherited a deficit of 12 per cent of GDP. | \"This budget will take it to 5.3 per cent. | \"That is not austerity. That is responsibility,\""}},
		{"but not a closed quote before it",
			"\"We inherited a deficit,\" the report began.\n{t1 \"That is not austerity,\"} {s1 the Minister} {c1 said}.",
			[]string{"the Minister / said / \"That is not austerity,\""}},
		{"a heading in marks is no quote",
			"{t1 \"Coal is not the villain here,\"} {s1 he} {c1 said}.\n'All Bets Are Off.'",
			[]string{"he / said / \"Coal is not the villain here,\""}},
		{"a cue that ends its paragraph with a colon",
			"Caddell continued:\n\"The health issue is very much a partisan issue this year.\"",
			[]string{"+Caddell / continued: / \"The health issue is very much a partisan issue this year.\""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := fixture(t, tt.text)
			runPasses(t, d, "boilerplate", "datelines", "admit", "quote-pieces")
			var got []string
			for _, a := range d.atts {
				r := d.roles(a)
				if a.Recovered {
					r = "+" + r
				}
				got = append(got, r)
			}
			if !slices.Equal(got, tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}
