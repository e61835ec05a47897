package whosaid_test

import (
	"testing"

	"github.com/whosaid/whosaid"
)

// TestOrganizationsInApposition: a name beside an organization noun ("the
// ferry operator, Bayline Marine") is an organization, while a person
// named beside a doctor, beside a spokesman "for the agency", or after an
// organization noun that is no apposition ("The committee, Jane Doe
// said,") stays a person.
func TestOrganizationsInApposition(t *testing.T) {
	tests := []struct {
		text, speaker string
		kind          whosaid.Kind
	}{
		{"The ferry operator, Bayline Marine, declined to comment on the timeline.", "Bayline Marine", whosaid.Organization},
		{"Bayline Marine, the ferry operator, said its crews were ready.", "Bayline Marine", whosaid.Organization},
		{"\"Flights will resume,\" said the airline, Delta Air Lines.", "Delta Air Lines", whosaid.Organization},
		{"A doctor, Hugh Hill, said the patient was stable.", "Hugh Hill", whosaid.Person},
		{"A spokesman for the campaign, John Podesta, said the emails were stolen.", "John Podesta", whosaid.Person},
		{"\"We are ready,\" said a spokeswoman for the agency, Jane Doe.", "Jane Doe", whosaid.Person},
		{"The committee, Jane Doe said, will vote on Monday.", "Jane Doe", whosaid.Person},
	}
	for _, tt := range tests {
		d := whosaid.Extract(tt.text)
		found := false
		for _, a := range d.Attributions {
			if a.Source != nil && a.Source.Speaker == tt.speaker {
				found = true
				if a.Source.Kind != tt.kind {
					t.Errorf("%q: %s is %s, want %s", tt.text, tt.speaker, a.Source.Kind, tt.kind)
				}
			}
		}
		if !found {
			t.Errorf("%q: no attribution to %s", tt.text, tt.speaker)
		}
	}
}
