package resolve

import (
	"slices"
	"testing"

	"github.com/whosaid/whosaid/internal/extract"
	"github.com/whosaid/whosaid/internal/segment"
)

func TestAdmitPass(t *testing.T) {
	tests := []struct {
		name, text string
		extra      []extract.Relation // relations beyond the marked ones
		want       []string
	}{
		{"a relation is taken with its cue marked",
			"{s1 Officials} {c1 said} {t1 the talks resumed}.", nil,
			[]string{"Officials / said / the talks resumed"}},
		{"a content piece in a later sentence that another cue there holds is that cue's",
			"{s1 Dr Rao} {c1 said} {t1 doctors were tired}. {t1 {t2 \"We are running on empty,\"}} {s2 she} {c2 said}.", nil,
			[]string{"Dr Rao / said / doctors were tired", "she / said / \"We are running on empty,\""}},
		{"a relation whose cue is in boilerplate is not",
			"{s1 Officials} {c1 said} {t1 the talks resumed}.\nThey went on.\nAdd a comment, {s2 they} {c2 said}", nil,
			[]string{"Officials / said / the talks resumed"}},
		{"a source runs over no colon",
			"{s1 {s2 Pat Caddell}{c2 :} {t2 Democrat Voters}} {c1 Worried About} {t1 the Health Issue}", nil,
			[]string{"Democrat Voters / Worried About / the Health Issue", "Pat Caddell / : / Democrat Voters"}},
		{"relations out of bounds or without a cue are not",
			"{s1 Officials} {c1 said} {t1 the talks resumed}.",
			[]extract.Relation{
				{Cue: []segment.Range{{Start: 2, End: 99}}},
				{Cue: []segment.Range{{Start: 3, End: 3}}},
				{Content: []segment.Range{{Start: 0, End: 1}}},
			},
			[]string{"Officials / said / the talks resumed"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := fixture(t, tt.text)
			d.rels = append(d.rels, tt.extra...)
			runPasses(t, d, "boilerplate", "admit")
			if got := d.allRoles(); !slices.Equal(got, tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
			for _, a := range d.atts {
				for _, c := range a.Cue {
					for k := c.Start; k < c.End; k++ {
						if !d.inCue[k] {
							t.Errorf("cue token %d not marked", k)
						}
					}
				}
			}
		})
	}
}
