package gender

import (
	"testing"

	"github.com/whosaid/whosaid"
)

func TestDecide(t *testing.T) {
	tests := []struct {
		name string
		e    Evidence
		want Gender
	}{
		{"no evidence", Evidence{Name: "Xu Meiling", Mentions: []string{"Xu"}}, Unknown},
		{"a curated first name", Evidence{Name: "Wanjiru Kamau", Mentions: []string{"Kamau"}}, Female},
		{"a first name the US birth counts decide", Evidence{Name: "Mohammad Javad Zarif", Mentions: []string{"Zarif"}}, Male},
		{"first name alone", Evidence{Name: "Angela Merkel"}, Female},
		{"male first name", Evidence{Name: "Boris Johnson", Mentions: []string{"Johnson"}}, Male},
		{"name in both lists", Evidence{Name: "Kim Davis"}, Unknown},
		{"one word is a last name", Evidence{Name: "Angela", Mentions: []string{"Angela"}}, Unknown},
		{"pronoun alone", Evidence{Name: "Xi Jinping", Mentions: []string{"Xi", "He"}}, Male},
		{"female pronouns", Evidence{Name: "Xi Ling", Mentions: []string{"she", "Her"}}, Female},
		{"pronouns disagree", Evidence{Name: "Xi Ling", Mentions: []string{"she", "he"}}, Unknown},
		{"name and pronoun agree", Evidence{Name: "Nancy Pelosi", Mentions: []string{"she"}}, Female},
		{"name and pronoun disagree", Evidence{Name: "Nancy Pelosi", Mentions: []string{"he"}}, Unknown},
		{"honorific in a mention", Evidence{Name: "Xi Ling", Mentions: []string{"Mrs. Ling"}}, Female},
		{"honorific Mr", Evidence{Name: "Hassan Rouhani", Mentions: []string{"Mr Rouhani"}}, Male},
		{"honorific against the name", Evidence{Name: "Nancy Pelosi", Mentions: []string{"Mr Pelosi"}}, Unknown},
		{"honorific in the title", Evidence{Name: "Judi Dench", Title: "Dame"}, Female},
		{"-woman title", Evidence{Name: "Xi Ling", Title: "State Department spokeswoman"}, Female},
		{"-man title decides nothing", Evidence{Name: "Xi Ling", Title: "spokesman"}, Unknown},
		{"initial skipped", Evidence{Name: "J. Angela Smith"}, Female},
		{"honorific before the name is no first name", Evidence{Name: "Mr Angela"}, Male},
		{"a pronoun inside a longer mention is no pronoun", Evidence{Name: "Xi Ling", Mentions: []string{"he who"}}, Unknown},
		{"woman alone is no title", Evidence{Name: "Xi Ling", Mentions: []string{"the woman"}}, Unknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Decide(tt.e); got != tt.want {
				t.Errorf("Decide(%+v) = %s (votes %+v), want %s", tt.e, got, Collect(tt.e), tt.want)
			}
		})
	}
}

func TestAggregate(t *testing.T) {
	tests := []struct {
		female, male int
		want         Gender
	}{
		{0, 0, Unknown},
		{1, 0, Female},
		{0, 1, Male},
		{3, 1, Female},
		{1, 3, Male},
		{2, 1, Female},
		{1, 2, Male},
		{1, 1, Unknown},
		{3, 2, Unknown},
		{78, 30, Female},
		{11, 9, Unknown},
		{-1, 0, Unknown},
	}
	for _, tt := range tests {
		if got := Aggregate(tt.female, tt.male); got != tt.want {
			t.Errorf("Aggregate(%d, %d) = %s, want %s", tt.female, tt.male, got, tt.want)
		}
	}
}

func TestFirstName(t *testing.T) {
	for name, want := range map[string]Gender{
		"angela": Female, "Angela": Female, "BORIS": Male, "jordan": Unknown, "kim": Unknown, "zzzz": Unknown, "": Unknown,
	} {
		if got := FirstName(name); got != want {
			t.Errorf("FirstName(%q) = %s, want %s", name, got, want)
		}
	}
}

func TestOfDocument(t *testing.T) {
	role := func(s string) whosaid.Role { return whosaid.Role{Text: s} }
	doc := &whosaid.Document{
		Speakers: []whosaid.Speaker{
			{Name: "Nancy Pelosi", Kind: whosaid.Person, Mentions: []whosaid.Role{role("Nancy Pelosi"), role("she")}},
			{Name: "Donald Trump", Kind: whosaid.Person, Title: "President", Mentions: []whosaid.Role{role("Trump"), role("He")}},
			{Name: "Kim Davis", Kind: whosaid.Person, Mentions: []whosaid.Role{role("Davis"), role("he"), role("she")}},
			{Name: "Mrs Organisation", Kind: whosaid.Organization, Mentions: []whosaid.Role{role("she")}},
		},
		Attributions: []whosaid.Attribution{
			{Source: &whosaid.Source{Role: role("she"), Kind: whosaid.Person, Speaker: "Nancy Pelosi"}},
			// Not in the speaker list: its name and source count.
			{Source: &whosaid.Source{Role: role("Mr Rouhani"), Kind: whosaid.Person, Speaker: "Hassan Rouhani"}},
			{Source: &whosaid.Source{Role: role("he"), Kind: whosaid.Person, Speaker: "Hassan Rouhani"}},
			{Source: &whosaid.Source{Role: role("officials"), Kind: whosaid.Anonymous, Speaker: "officials"}},
		},
	}
	got := OfDocument(doc)
	want := map[string]Votes{
		"Nancy Pelosi":   {Female: 2},
		"Donald Trump":   {Male: 2},
		"Kim Davis":      {Female: 1, Male: 1},
		"Hassan Rouhani": {Male: 3}, // Mr, he and Hassan (a curated first name)
	}
	if len(got) != len(want) {
		t.Errorf("OfDocument: %v, want %v", got, want)
	}
	for name, v := range want {
		if got[name] != v {
			t.Errorf("%s: %+v, want %+v", name, got[name], v)
		}
	}
	if got["Kim Davis"].Gender() != Unknown || got["Nancy Pelosi"].Gender() != Female {
		t.Errorf("genders: %v", got)
	}
}

// FuzzDecide: any text as name, title and mention gives one of the three
// answers, and the same answer twice; nothing panics.
func FuzzDecide(f *testing.F) {
	f.Add("Angela Merkel", "Chancellor", "she")
	f.Add("Mr. J. Boris", "spokeswoman", "He")
	f.Add("", "", "")
	f.Add("\xff\xfe Anne-Marie", "Lady", "herself")
	f.Fuzz(func(t *testing.T, name, title, mention string) {
		e := Evidence{Name: name, Title: title, Mentions: []string{mention}}
		g := Decide(e)
		if g != Female && g != Male && g != Unknown {
			t.Fatalf("Decide(%+v) = %q", e, g)
		}
		if again := Decide(e); again != g {
			t.Fatalf("Decide(%+v) = %s, then %s", e, g, again)
		}
		v := Collect(e)
		if v.Female < 0 || v.Male < 0 || v.Female+v.Male > 5 {
			t.Fatalf("Collect(%+v) = %+v: at most one vote per piece of evidence", e, v)
		}
	})
}
