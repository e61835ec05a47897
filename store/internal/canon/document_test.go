package canon

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid"
)

// srcAt is a source as the resolver gives it: its text where it first
// occurs in the document, and what it was resolved to.
type srcAt struct {
	text    string
	kind    whosaid.Kind
	speaker string
}

// TestDocumentSpeakers holds the rules of one document's speakers: who
// each source is, by name and kind ("" for nobody).
func TestDocumentSpeakers(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		sources []srcAt
		want    []string // "Kind:Name" of each source's speaker, "" for none
	}{
		{
			name: "the company is the one the lede is about",
			text: "Lumenary is laying off about 11 percent of its staff, the company said Thursday.\n\nAisha Rahman, the chief executive, said she took responsibility.",
			sources: []srcAt{
				{"the company", whosaid.Organization, "company"},
				{"Aisha Rahman, the chief executive,", whosaid.Person, "Aisha Rahman"},
			},
			want: []string{"organization:Lumenary", "person:Aisha Rahman"},
		},
		{
			name:    "a surname joined to its particle in lower case is a name",
			text:    "Khalid al-Mansouri, Kuwait's oil minister from 2009 to 2015, said prices would fall.",
			sources: []srcAt{{"Khalid al-Mansouri, Kuwait's oil minister from 2009 to 2015,", whosaid.Person, "Khalid al-Mansouri"}},
			want:    []string{"person:Khalid al-Mansouri"},
		},
		{
			name:    "a surname with its particle run into it is a name",
			text:    "The KLRP's director, Bongani kaMpofu, said the land was theirs.",
			sources: []srcAt{{"The KLRP's director, Bongani kaMpofu,", whosaid.Person, "Bongani kaMpofu"}},
			want:    []string{"person:Bongani kaMpofu"},
		},
		{
			name:    "a rank's letters before a name are its title",
			text:    "DCP (South) Rajesh Kumar said the road would close.",
			sources: []srcAt{{"DCP (South) Rajesh Kumar", whosaid.Person, "Rajesh Kumar"}},
			want:    []string{"person:Rajesh Kumar"},
		},
		{
			name:    "the club: the lede's subject after its dateline",
			text:    "LONDON — Castlebridge United have signed Sipho Ndlovu from Atlantic Stars.\n\nIn a statement, the club said the player would join next week.",
			sources: []srcAt{{"the club", whosaid.Organization, "club"}},
			want:    []string{"organization:Castlebridge United"},
		},
		{
			name: "the franchise: the one body named after of in the lede",
			text: "PUNE: Former captain Aditya Kulkarni has been appointed head coach of Konkan Chargers, four months after he retired.\n\nThe franchise said Kulkarni had signed.",
			sources: []srcAt{
				{"The franchise", whosaid.Anonymous, "The franchise"},
				{"Kulkarni", whosaid.Person, "Aditya Kulkarni"},
			},
			want: []string{"organization:Konkan Chargers", "person:Aditya Kulkarni"},
		},
		{
			name:    "a headline is no lede; a lede may end with a quotation mark",
			text:    "Regulators Fine Lumenary\n\nLumenary agreed to pay a fine for what it called “an honest mistake.”\n\nThe company said it would appeal.",
			sources: []srcAt{{"The company", whosaid.Organization, "company"}},
			want:    []string{"organization:Lumenary"},
		},
		{
			name:    "a lede about a person lends no body",
			text:    "Aisha Rahman is stepping down as chief executive.\n\nThe company said a search had begun.",
			sources: []srcAt{{"The company", whosaid.Organization, "company"}},
			want:    []string{""},
		},
		{
			name: "the extractor's person is the company the lede names",
			text: "Lumenary said Wednesday that hackers had gained access to a database.\n\nThe company said no passwords were taken.",
			sources: []srcAt{
				{"Lumenary", whosaid.Person, "Lumenary"},
				{"The company", whosaid.Organization, "company"},
			},
			want: []string{"organization:Lumenary", "organization:Lumenary"},
		},
		{
			name: "a proper modifier makes no name",
			text: "Halvorsen Foods is recalling sandwiches, the Minneapolis company said Friday.\n\nHalvorsen said it had received three complaints.",
			sources: []srcAt{
				{"the Minneapolis company", whosaid.Organization, "Minneapolis company"},
				{"Halvorsen", whosaid.Organization, "Halvorsen Foods"},
			},
			want: []string{"organization:Halvorsen Foods", "organization:Halvorsen Foods"},
		},
		{
			name:    "a resolved description keeps its name",
			text:    "The National Health Research Council will cut grants, the council said Thursday.",
			sources: []srcAt{{"the council", whosaid.Organization, "National Health Research Council"}},
			want:    []string{"organization:National Health Research Council"},
		},
		{
			name: "the league is no club",
			text: "Dunmore Rovers sealed promotion.\n\nRovers said a parade would take place.\n\nThe league confirmed the ground would need floodlights.",
			sources: []srcAt{
				{"Rovers", whosaid.Organization, "Dunmore Rovers"},
				{"The league", whosaid.Organization, "league"},
			},
			want: []string{"organization:Dunmore Rovers", ""},
		},
		{
			name: "the union is the abbreviation before it",
			text: "The SRWU said members would strike.\n\nThe union said talks had failed.",
			sources: []srcAt{
				{"The SRWU", whosaid.Organization, "SRWU"},
				{"The union", whosaid.Organization, "union"},
			},
			want: []string{"organization:SRWU", "organization:SRWU"},
		},
		{
			name: "the nurses' association is no hospital",
			text: "The Royal Tasman Hospital opened a ward.\n\nThe hospital said it had 72 beds.\n\nThe nurses' association welcomed it.",
			sources: []srcAt{
				{"The hospital", whosaid.Organization, "Royal Tasman Hospital"},
				{"The nurses' association", whosaid.Organization, "nurses' association"},
			},
			want: []string{"organization:Royal Tasman Hospital", ""},
		},
		{
			name: "a name left in an anonymous description, with a generation",
			text: "Brisco Sr., 63, said he was proud. Walter Brisco Jr., the former quarterback, said little. Brisco said later he would stay.",
			sources: []srcAt{
				{"Brisco Sr., 63,", whosaid.Anonymous, "Brisco Sr., 63"},
				{"Walter Brisco Jr., the former quarterback", whosaid.Anonymous, "Walter Brisco Jr., the former quarterback"},
				{"Brisco", whosaid.Person, "Brisco"},
			},
			want: []string{"person:Brisco Sr.", "person:Walter Brisco Jr.", "person:Walter Brisco Jr."},
		},
		{
			name: "a description whose gender disagrees with the resolved person's",
			text: "Outside hitter Maria Santos finished with 22 points.\n\nHead coach José Carvalho said he had considered resting her.\n\nThe 28-year-old said she would decide after the Games.",
			sources: []srcAt{
				{"Maria Santos", whosaid.Person, "Maria Santos"},
				{"Head coach José Carvalho", whosaid.Person, "José Carvalho"},
				{"The 28-year-old", whosaid.Person, "José Carvalho"},
			},
			want: []string{"person:Maria Santos", "person:José Carvalho", "person:Maria Santos"},
		},
		{
			name: "a description whose gender agrees keeps the resolved person",
			text: "Maria Santos scored.\n\nHead coach José Carvalho said he was proud.\n\nThe 54-year-old said he would stay.",
			sources: []srcAt{
				{"Maria Santos", whosaid.Person, "Maria Santos"},
				{"Head coach José Carvalho", whosaid.Person, "José Carvalho"},
				{"The 54-year-old", whosaid.Person, "José Carvalho"},
			},
			want: []string{"person:Maria Santos", "person:José Carvalho", "person:José Carvalho"},
		},
		{
			name: "a description in the lede: the person after it of its pronoun's gender",
			text: "A bakery was named the best, and the owner says she still has not had a day off.\n\nMr Papadopoulos said the queue was long. 'The secret is the bread,' Ms Nguyen said.",
			sources: []srcAt{
				{"the owner", whosaid.Anonymous, "the owner"},
				{"Mr Papadopoulos", whosaid.Person, "Papadopoulos"},
				{"Ms Nguyen", whosaid.Person, "Nguyen"},
			},
			want: []string{"person:Nguyen", "person:Papadopoulos", "person:Nguyen"},
		},
		{
			name:    "an anonymous description with no name stays one",
			text:    "An employee in the sales division said the call lasted six minutes.",
			sources: []srcAt{{"An employee in the sales division", whosaid.Anonymous, "An employee in the sales division"}},
			want:    []string{"anonymous:An employee in the sales division"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Doc{ID: "d", Text: tt.text}
			from := 0
			for _, s := range tt.sources {
				i := strings.Index(tt.text[from:], s.text)
				if i < 0 {
					t.Fatalf("%q is not in the text after byte %d", s.text, from)
				}
				at := from + i
				from = at + len(s.text)
				src := &whosaid.Source{Kind: s.kind, Speaker: s.speaker}
				src.Text, src.Spans = s.text, []whosaid.Span{{at, at + len(s.text)}}
				if s.kind == whosaid.Anonymous {
					src.Description = s.speaker
				}
				a := whosaid.Attribution{Source: src}
				if c := contentAfter(tt.text, from); c != "" {
					a.Content = &whosaid.Role{Text: c}
				}
				d.Attributions = append(d.Attributions, a)
			}
			ms, of := Mentions(d)
			for i, want := range tt.want {
				got := ""
				if of[i] >= 0 {
					got = string(ms[of[i]].Kind) + ":" + ms[of[i]].Name
				}
				if got != want {
					t.Errorf("source %q: speaker %q, want %q", tt.sources[i].text, got, want)
				}
			}
		})
	}
}

// contentAfter is what follows a source's "said" or "says" to the end of
// its sentence: what was said, as the tests need it.
func contentAfter(text string, from int) string {
	rest := text[from:]
	for _, verb := range []string{" said ", " says "} {
		if strings.HasPrefix(rest, verb) {
			rest = rest[len(verb):]
			if i := strings.IndexAny(rest, ".\n"); i >= 0 {
				rest = rest[:i]
			}
			return rest
		}
	}
	return ""
}
