package whosaid_test

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid"
)

// TestHeadlineTopicAndHearer: a headline's "Topic: claim, X tells
// hearer" is X's claim, told to the hearer; the topic before the colon
// says nothing.
func TestHeadlineTopicAndHearer(t *testing.T) {
	text := "Harbourgate: Ex-MD forged board approvals, witness tells court\n\nBy Tunde Ajayi\n\nA former head of audit at the bank yesterday told a court that the managing director had signed approvals for loans that were never presented to the board."
	d := whosaid.Extract(text)
	found := false
	for _, a := range d.Attributions {
		if a.Source == nil {
			continue
		}
		switch a.Source.Text {
		case "Harbourgate":
			t.Errorf("the topic speaks: %q", a.Content.Text)
		case "witness":
			found = true
			if a.Content.Text != "Ex-MD forged board approvals" {
				t.Errorf("the witness tells %q, want the claim before the comma", a.Content.Text)
			}
		}
	}
	if !found {
		t.Errorf("no attribution to the witness in %+v", d.Attributions)
	}
}

// TestHeadlineSpeakerThenNews: a headline may go on after its inverted
// speaker with the news the words come with ("..., says SRC leader as TMU
// shuts its gates"); the speaker stops before it.
func TestHeadlineSpeakerThenNews(t *testing.T) {
	for _, headline := range []string{
		"'We will not be moved', says SRC leader as TMU shuts its gates",
		"We will not be moved, says SRC leader as TMU shuts gates",
	} {
		d := whosaid.Extract(headline + "\n\nBy Lerato Mabuza, Education Reporter\n\nPRETORIA — Students at the university clashed with police on Tuesday after management closed the campus indefinitely.")
		found := false
		for _, a := range d.Attributions {
			if a.Cue != nil && a.Cue.Text == "says" {
				found = true
				if a.Source == nil || a.Source.Text != "SRC leader" {
					t.Errorf("%q: source %+v, want SRC leader", headline, a.Source)
				}
			}
		}
		if !found {
			t.Errorf("%q: no attribution of says in %+v", headline, d.Attributions)
		}
	}
}

// TestHeadlineInvertedClause: a headline's inverted cue takes the whole
// clause before its comma, a conditional's too.
func TestHeadlineInvertedClause(t *testing.T) {
	d := whosaid.Extract("Players will walk out if Korolenko stays, says union\n\nBy Staff Reporter\n\nMUMBAI: The dispute at the orchestra deepened on Monday after the conductor refused to resign despite a vote by the players.")
	for _, a := range d.Attributions {
		if a.Cue != nil && a.Cue.Text == "says" {
			if a.Content == nil || a.Content.Text != "Players will walk out if Korolenko stays" {
				t.Errorf("the union says %+v, want the whole clause", a.Content)
			}
			return
		}
	}
	t.Errorf("no attribution of says in %+v", d.Attributions)
}

// TestHeadlineLabelBeforeQuote: "Topic: 'quote', says X" is X's alone,
// and X runs to the line's end over a title's capitals.
func TestHeadlineLabelBeforeQuote(t *testing.T) {
	d := whosaid.Extract("Royalty row: 'We will not pay twice', says Goldridge MD\n\nBy Staff Reporter\n\nACCRA: The dispute over royalties deepened on Monday after the tribunal ruled against the company in a long-running case.")
	var sources []string
	for _, a := range d.Attributions {
		if a.Source != nil && a.Cue != nil && (a.Cue.Text == "says" || a.Cue.Text == ":") {
			sources = append(sources, a.Source.Text)
		}
	}
	if len(sources) != 1 || sources[0] != "Goldridge MD" {
		t.Errorf("the headline's sources are %q, want only Goldridge MD", sources)
	}
}

// TestHeadlineTopicLabel: a colon's label that cannot speak and that the
// story writes in lower case is the headline's topic, not its speaker;
// a name the story gives a person still speaks.
func TestHeadlineTopicLabel(t *testing.T) {
	tests := []struct{ name, text, source, content string }{
		{"a common noun's topic",
			"Minimum wage: 'Pay us or we shut down the state'\n\nThousands of workers marched on Tuesday to demand the new minimum wage, and their leaders said they would strike.",
			"", ""},
		{"a person the story names",
			"Ruto: I will not resign\n\nPresident William Ruto said on Monday that he would serve his full term whatever the protesters demanded.",
			"Ruto", "I will not resign"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkHeadline(t, tt.text, tt.source, tt.content, "") })
	}
}

// TestHeadlineKeepsItsBounds: a headline's inverted content stops at the
// sentence before it, and its speaker at a page's tag after it (the tenth
// session's reviewer's cases).
func TestHeadlineKeepsItsBounds(t *testing.T) {
	tests := []struct{ headline, source, content string }{
		{"Three dead in Kerala floods. More rain coming, says IMD", "IMD", "More rain coming"},
		{"Sanctions will fail, says Lavrov VIDEO", "Lavrov", "Sanctions will fail"},
		{"Crisis? What crisis, says Sánchez", "Sánchez", "What crisis"},
		{"Penang population tops 1.3 million, says census chief", "census chief", "Penang population tops 1.3 million"},
	}
	for _, tt := range tests {
		d := whosaid.Extract(tt.headline + "\n\nBy Staff Reporter\n\nMUMBAI: Heavy rain lashed the coast on Monday as officials moved thousands of people from low-lying villages to relief camps.")
		found := false
		for _, a := range d.Attributions {
			if a.Cue == nil || a.Cue.Text != "says" {
				continue
			}
			found = true
			if a.Source == nil || a.Source.Text != tt.source || a.Content == nil || a.Content.Text != tt.content {
				t.Errorf("%q: %+v says %+v, want %s says %q", tt.headline, a.Source, a.Content, tt.source, tt.content)
			}
		}
		if !found {
			t.Errorf("%q: no attribution of says", tt.headline)
		}
	}
}

// TestHeadlineSpeakerFirst: a headline that opens with its speaker and a
// verb of communication ("Guild denies results leaked") is the speaker's,
// what follows the verb the content; a verb that headlines use of acts
// or plans ("adds 12 hubs", "charges man") is none.
func TestHeadlineSpeakerFirst(t *testing.T) {
	tests := []struct {
		text, source, content string // source "": no attribution in the headline
	}{
		{"Guild denies results leaked before awards night\n\nMANILA — The film guild said nothing had leaked.", "Guild", "results leaked before awards night"},
		{"Health ministry defends vaccine\n\nThe ministry said the vaccine was safe.", "Health ministry", "vaccine"},
		{"Coldline Logistics adds 12 hubs in Midwest expansion\n\nThe company announced on Monday that it would open 12 hubs.", "", ""},
		{"Senate confirms Barrett\n\nThe Senate voted 52-48 on Monday.", "", ""},
		// a second reviewer's: a plural noun before its preposition, and a verb of an act
		{"Union demands for 30 percent pay rise rejected\n\nThe employers said no.", "", ""},
		{"Arsenal thanks fans with free tickets\n\nThe club gave away 2,000 seats.", "", ""},
	}
	for _, tt := range tests {
		checkHeadline(t, tt.text, tt.source, tt.content, "")
	}
}

// TestHeadlineDashSpeaker: a headline that ends in a dash and one word of
// a speaker, capitalized as labels are ("— Commissioner", "– Workers"),
// is that speaker's, a topic's label before a colon left out; an outlet
// after the dash is no speaker.
func TestHeadlineDashSpeaker(t *testing.T) {
	tests := []struct {
		text, source, content string // source "": no attribution in the headline
		kind                  whosaid.Kind
	}{
		{"Polio: Kano won't resume immunisation until tests are concluded — Commissioner\n\nKANO — The state government will not lift its suspension, the state Commissioner for Health, Alhaji Sani Garba Dambatta, has said.", "Commissioner", "Kano won't resume immunisation until tests are concluded", whosaid.Person},
		{"Dockyard closure: We were not consulted – Workers\n\nThe dockyard closed on Monday.", "Workers", "We were not consulted", whosaid.Anonymous},
		{"Markets rally as rates fall - Reuters\n\nStocks rose on Monday.", "", "", ""},
		// a reviewer's: a paper's name that is a noun of persons too
		{"Buhari signs 2023 budget into law - Guardian\n\nPresident Muhammadu Buhari signed the budget on Friday.", "", "", ""},
		{"Ruto: I will not resign over Finance Bill protests - Citizen\n\nPresident William Ruto said on Tuesday he would not resign.", "Ruto", "I will not resign over Finance Bill protests", whosaid.Person},
	}
	for _, tt := range tests {
		checkHeadline(t, tt.text, tt.source, tt.content, tt.kind)
	}
}

// checkHeadline checks that the headline of text is source's, saying
// content, of the kind when one is given; none when source is "".
func checkHeadline(t *testing.T, text, source, content string, kind whosaid.Kind) {
	t.Helper()
	got := headlineAttribution(text)
	switch {
	case source == "" && got != nil:
		t.Errorf("%q: the headline is %q's, want none", text, got.Source.Text)
	case source != "" && got == nil:
		t.Errorf("%q: no attribution in the headline", text)
	case source != "" && (got.Source.Text != source || got.Content.Text != content || kind != "" && got.Source.Kind != kind):
		t.Errorf("%q: %q (%s) says %q, want %q (%s) says %q", text, got.Source.Text, got.Source.Kind, got.Content.Text, source, kind, content)
	}
}

// headlineAttribution is the last attribution with a source whose cue
// stands in the text's first line, or nil.
func headlineAttribution(text string) *whosaid.Attribution {
	d := whosaid.Extract(text)
	var got *whosaid.Attribution
	for i, a := range d.Attributions {
		if a.Source != nil && a.Cue.Spans[0][0] < strings.Index(text, "\n") {
			got = &d.Attributions[i]
		}
	}
	return got
}
