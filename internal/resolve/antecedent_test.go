package resolve

import (
	"math/rand/v2"
	"testing"
)

// TestMentionIndexMatchesScan: the index finds what a scan of every
// mention finds: the latest token before pos; there, the latest source,
// else the latest event.
func TestMentionIndexMatchesScan(t *testing.T) {
	type put struct {
		pos, id int
		source  bool
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for round := range 500 {
		n := 1 + rng.IntN(80)
		var m mentionIndex
		var puts []put
		for step := range 60 {
			if rng.IntN(2) == 0 {
				p := put{rng.IntN(n), step, rng.IntN(3) == 0}
				puts = append(puts, p)
				m.put(n, p.pos, p.id, p.source)
				continue
			}
			pos := rng.IntN(n + 1)
			want, at, src := None, -1, false
			for _, p := range puts {
				if p.pos >= pos || p.pos < at || p.pos == at && src && !p.source {
					continue
				}
				want, at, src = p.id, p.pos, p.source
			}
			if got := m.latestBefore(pos); got != want {
				t.Fatalf("round %d: latest before %d is %d, want %d (puts %v)", round, pos, got, want, puts)
			}
		}
	}
}

func TestAntecedent(t *testing.T) {
	tests := []struct {
		name, text string
		speaker    string // of the last attribution's source
	}{
		{"he: the latest person",
			"Mary Jones met John Smith. {s1 He} {c1 said} {t1 the talks went well}.", "John Smith"},
		{"they: a body or a group that spoke before, not a person",
			"{s1 The ministry} {c1 said} {t1 John Smith was there}. {s2 They} {c2 added} {t2 that the talks went well}.", "ministry"},
		{"it: officials are no body",
			"{s1 Officials} {c1 said} {t1 John Smith was there}. {s2 It} {c2 added} {t2 that the talks went well}.", "-"},
		{"it: the latest body, past a person",
			"{s1 The ministry} {c1 said} {t1 John Smith was there}. {s2 It} {c2 added} {t2 that the talks went well}.", "ministry"},
		{"she: no thing a description names, past the person quoted before",
			"{s1 Corazon Villaluz} {c1 said} {t1 the film took ten years}. {s2 The ferry timetable} {c2 showed} {t2 boats every hour}. {s3 She} {c3 said} {t3 the island had changed}.", "Corazon Villaluz"},
		{"he: a source is a person though WordNet's first sense is not",
			"Crowds gathered outside. {s1 A Secret Service agent} {c1 said} {t1 the hall was full}. {s2 He} {c2 added} {t2 that no one was hurt}.", "A Secret Service agent"},
		{"she: a woman by her first name, past a man named after her",
			"Mary Jones met John Smith. {s1 She} {c1 said} {t1 the talks went well}.", "Mary Jones"},
		{"a pronoun contracted with its verb",
			"Mary Jones met John Smith. {s1 She’ll} {c1 argue} {t1 that the talks went well}.", "Mary Jones"},
		{"he: a man by his honorific",
			"Mr Dean met Mrs Hill on Monday. {s1 He} {c1 said} {t1 the talks went well}.", "Dean"},
		{"a possessive pronoun alone is its owner",
			"Mary Jones met John Smith. {s1 His} {c1 warning} {t1 that the plant would close} came later.", "John Smith"},
		{"she: by the pronoun that referred to her before",
			"Jordan Reid met Casey Cole. {s1 She} {c1 said} {t1 the talks went well}. Cole left. {s2 She} {c2 added} {t2 that more was needed}.",
			"Casey Cole"},
		{"the speaker of the attribution before, past a name in its source",
			"{s1 Ms Tay Wei Ling, head of research at Halcyon Securities,} {c1 said} {t1 the sell-off was overdone}. " +
				"{t2 \"The market shoots first,\"} {s2 she} {c2 said}.", "Tay Wei Ling"},
		{"no name inside another's source that is not its speaker",
			"{s1 Ms Tay, who advises Kim Lee,} {c1 said} {t1 the sell-off was overdone}. Shares fell. Trading was thin. " +
				"{s2 She} {c2 added} {t2 that more was needed}.", "Tay"},
		{"no name inside a content",
			"{s1 The minister} {c1 said} {t1 John Baird was wrong}. {s2 He} {c2 added} {t2 that more was needed}.", "The minister"},
		{"we in a quotation is the speaker's own",
			"John Smith spoke. {t1 \"{s1 We} {c1 think} it went well,\"} he said.", "-"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := fixture(t, tt.text)
			runPasses(t, d, "admit", "order", "speakers")
			a := d.atts[len(d.atts)-1]
			got := "-"
			if a.Speaker != None {
				got = d.speakers[a.Speaker].Name
			}
			if got != tt.speaker {
				t.Errorf("speaker %q, want %q", got, tt.speaker)
			}
		})
	}
}
