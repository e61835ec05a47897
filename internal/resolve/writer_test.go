package resolve

import (
	"slices"
	"testing"
)

// TestWriter: the text's own "I" is the writer that a byline, else the
// metadata's author, names; its own "we" is the outlet the metadata names.
func TestWriter(t *testing.T) {
	tests := []struct{ name, author, outlet, text, want string }{
		{"a byline", "", "", "By Euan Grierson, Political Correspondent\n\n{s1 I} {c1 think} {t1 the ferries will be late}.",
			"person Euan Grierson []"},
		{"a byline with a date", "", "", "By Adaeze Okonkwo | May 16, 2021\n\n{s1 I} {c1 believe} {t1 the album will sell}.",
			"person Adaeze Okonkwo []"},
		{"a line of the name alone, an honorific before it", "", "", "A bed is not a nurse\n\nDr Aoife Brennan\n\n{s1 I} {c1 do not doubt} {t1 that the beds will be bought}.",
			"person Aoife Brennan [Dr]"},
		{"two writers: no one", "", "", "By Anke Steinmeier and Pieter de Graaf\n\n{s1 I} {c1 think} {t1 the deal is done}.",
			"person - []"},
		{"the metadata's author", "By Eric Song, IGN", "", "Deals of the day\n\n{s1 I} {c1 think} {t1 this is the cheapest TV this season}.",
			"person Eric Song []"},
		{"the byline before the metadata", "Someone Else", "", "By Euan Grierson\n\n{s1 I} {c1 think} {t1 the ferries will be late}.",
			"person Euan Grierson []"},
		{"a quotation's I is its speaker's, not the writer's", "Eric Song", "", "\"{t1 I was wrong},\" {c1 said} {s1 Mary Jones}.",
			"person Mary Jones []"},
		{"the outlet's we", "Mike Wuerthele", "AppleInsider", "Review\n\n{s1 We} {c1 found} {t1 that the keyboard is quieter}.",
			"organization AppleInsider []"},
		{"no outlet: no one", "", "", "Review\n\n{s1 We} {c1 found} {t1 that the keyboard is quieter}.",
			"organization - []"},
		{"the outlet's own document",
			"", "Prairie Gadget Guide", "Review\n\n{s1 Our tests} {c1 found} {t1 that the library took 41 minutes}.",
			"organization Prairie Gadget Guide []"},
		{"the outlet's name in its own text is a body's",
			"", "Prairie Gadget Guide", "Review\n\n{s1 Prairie Gadget Guide} {c1 found} {t1 that the library took 41 minutes}.",
			"organization Prairie Gadget Guide []"},
		{"the writer's own document",
			"Dana Whitfield", "", "Column\n\n{s1 My own analysis} {c1 shows} {t1 that the council knew}.",
			"person Dana Whitfield []"},
		{"the byline's writer is no description's antecedent", "", "", "Tender was rigged, says ex-CFO\n\nBy Nokuthula Zondi\n\n{s1 The former chief financial officer of the municipality} {c1 has testified} {t1 that the contract was handed over early}.",
			"anonymous The former chief financial officer of the municipality []"},
		{"a byline's line that runs on into the story keeps its other names", "", "", "Talks\n\nBy John Smith - Theresa May met Angela Merkel on Monday.\n\n{s1 She} {c1 said} {t1 the talks went well}.",
			"person Theresa May []"},
		{"a quotation's we is its speaker's, not the outlet's", "", "AppleInsider", "\"{s1 We} {c1 think} {t1 it works},\" Ms Jones said.",
			"pronoun - []"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := speakersWithMeta(t, tt.text, tt.author, tt.outlet); !slices.Equal(got, []string{tt.want}) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestWriterName(t *testing.T) {
	tests := []struct{ author, want string }{
		{"Eric Song", "Eric Song"},
		{"By Jane Doe, Staff Writer", "Jane Doe"},
		{"Analysis by Chris Cillizza; CNN Editor-at-large", "Chris Cillizza"},
		{"Rachael Link; MS; RD", "Rachael Link"},
		{"Tanza Loudenback; Business Insider", "Tanza Loudenback"},
		{"Reuters", ""},
		{"The Associated Press", ""},
		{"Staff Reports", ""},
		{"CNN Staff", ""},
		{"Detroit News wire services Published", ""},
		{"Jane Doe and John Roe", ""},
		{"jane.doe@example.com", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := writerName(tt.author); got != tt.want {
			t.Errorf("writerName(%q) = %q, want %q", tt.author, got, tt.want)
		}
	}
}
