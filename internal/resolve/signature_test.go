package resolve

import (
	"testing"

	"github.com/whosaid/whosaid/internal/segment"
)

func TestSignatures(t *testing.T) {
	tests := []struct {
		name, text           string
		source, cue, content string // "" when no attribution is expected
	}{
		{"quote then dash on one line",
			"Voters speak.\n“He does not speak for us. We will vote.” ― Ana Ruiz\n",
			"Ana Ruiz", "―", "“He does not speak for us. We will vote.”"},
		{"double hyphen",
			"Overheard.\n''That makes me smart'' --Mr. Trump.\n",
			"Mr. Trump", "--", "''That makes me smart''"},
		{"post with handle and date",
			"Reactions poured in.\nNo one should be above the law. — Paul Ryan (@SpeakerRyan) July 5, 2016\n",
			"Paul Ryan (@SpeakerRyan)", "—", "No one should be above the law."},
		{"a line of its own under the quote",
			"He spoke at length.\n\"Health care is a right.\"\n- Bernie Sanders.\nThen he left.\n",
			"Bernie Sanders", "-", "\"Health care is a right.\""},
		{"a quote opened with a closing mark",
			"Voters speak.\n”I am afraid for my children.” ― Edwin G. Monroy\n",
			"Edwin G. Monroy", "―", "”I am afraid for my children.”"},
		{"an aside in a sentence is no signature",
			"The campaign hired a new manager — Kellyanne Conway\n", "", "", ""},
		{"a dash before a date only",
			"“We won.” — September 1, 2016\n", "", "", ""},
		{"more words after the name",
			"“We won.” — Ana Ruiz told the crowd that night before leaving\n", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			seg := segment.Segment(tt.text)
			res := Resolve(Input{Seg: seg, Tags: make([]uint8, len(seg.Tokens))})
			var got []Attribution
			for _, a := range res.Attributions {
				if a.Recovered {
					got = append(got, a)
				}
			}
			if tt.cue == "" {
				if len(got) != 0 {
					t.Fatalf("got %d attributions, want none: %+v", len(got), got)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("got %d attributions, want 1: %+v", len(got), got)
			}
			a := got[0]
			text := func(rs []segment.Range) string {
				if len(rs) != 1 {
					t.Fatalf("want one range, got %v", rs)
				}
				return tt.text[seg.Tokens[rs[0].Start].Start:seg.Tokens[rs[0].End-1].End]
			}
			if s := text(a.Source); s != tt.source {
				t.Errorf("source %q, want %q", s, tt.source)
			}
			if c := text(a.Cue); c != tt.cue {
				t.Errorf("cue %q, want %q", c, tt.cue)
			}
			if c := text(a.Content); c != tt.content {
				t.Errorf("content %q, want %q", c, tt.content)
			}
		})
	}
}
