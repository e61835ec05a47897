package canon

import (
	"slices"
	"strings"
	"testing"

	"github.com/whosaid/whosaid"
)

func TestKey(t *testing.T) {
	for _, tc := range []struct {
		m    Mention
		want string
	}{
		{Mention{Name: "Mohammad Javad Zarif", Kind: whosaid.Person}, "person:zarif"},
		{Mention{Name: "Mr. Zárif's", Kind: whosaid.Person}, "person:zarif"},
		{Mention{Name: "George W. Bush Jr.", Kind: whosaid.Person}, "person:bush"},
		{Mention{Name: "President Trump", Kind: whosaid.Person}, "person:trump"},
		{Mention{Name: "The State Department", Kind: whosaid.Organization}, "organization:state department"},
		{Mention{Name: "the U.N.", Kind: whosaid.Organization}, "organization:un"},
		{Mention{Name: "Ekwueme Energy Group", Kind: whosaid.Organization}, "organization:ekwueme energy group"},
		{Mention{Name: "two senior U.S. administration officials", Kind: whosaid.Anonymous}, "anonymous:senior us administration official"},
		{Mention{Name: "A senior US administration official", Kind: whosaid.Anonymous}, "anonymous:senior us administration official"},
		{Mention{Name: "people familiar with the matter", Kind: whosaid.Anonymous}, "anonymous:person familiar with the matter"},
		{Mention{Name: "news agencies", Kind: whosaid.Anonymous}, "anonymous:news agency"},
		{Mention{Name: "he", Kind: whosaid.Pronoun}, ""},
		{Mention{Name: "...", Kind: whosaid.Person}, ""},
	} {
		if got := Key(tc.m); got != tc.want {
			t.Errorf("Key(%q, %s) = %q, want %q", tc.m.Name, tc.m.Kind, got, tc.want)
		}
	}
}

func TestFit(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int // shared words; 0 for no fit
	}{
		{"Javad Zarif", "Mohammad Javad Zarif", 2},
		{"Zarif", "Mohammad Javad Zarif", 1},
		{"M. J. Zarif", "Mohammad Javad Zarif", 3},
		{"Hillary Clinton", "Hillary Rodham Clinton", 2},
		{"Bill Clinton", "Hillary Clinton", 0},
		{"Xi", "Xi Jinping", 1},
		{"Jinping Xi", "Xi Jinping", 0},
		{"Clinton", "Bush", 0},
	} {
		n, ok := fit(personWords(tc.a), personWords(tc.b))
		if !ok {
			n = 0
		}
		if n != tc.want {
			t.Errorf("fit(%q, %q) = %d, want %d", tc.a, tc.b, n, tc.want)
		}
	}
}

func TestCanonicalName(t *testing.T) {
	e := New(1, Mention{Name: "Republican Donald Trump", Kind: whosaid.Person, Title: "Mr."})
	for _, n := range []string{"Trump", "Donald Trump", "Donald Trump", "Trump", "Trump"} {
		e.Add(Mention{Name: n, Kind: whosaid.Person})
	}
	if e.Name != "Donald Trump" {
		t.Errorf("name %q, want the most frequent full name", e.Name)
	}
	if e.Title != "" {
		t.Errorf("title %q: an honorific is no title", e.Title)
	}
	if want := []string{"Donald Trump", "Republican Donald Trump", "Trump"}; !slices.Equal(e.Aliases, want) {
		t.Errorf("aliases %q, want %q", e.Aliases, want)
	}
	if keys := strings.Join(e.Keys(), " "); keys != "person:donald person:republican person:trump" {
		t.Errorf("keys %s", keys)
	}
}

func TestNeverAcrossKinds(t *testing.T) {
	var mem Memory
	reg := NewRegistry(&mem, 1)
	person, _ := reg.Resolve(Mention{Name: "Official", Kind: whosaid.Person})
	anon, _ := reg.Resolve(Mention{Name: "an official", Kind: whosaid.Anonymous})
	org, _ := reg.Resolve(Mention{Name: "Official", Kind: whosaid.Organization})
	if person == anon || anon == org || person == org {
		t.Errorf("kinds merged: %d %d %d", person, anon, org)
	}
	if id, _ := reg.Resolve(Mention{Name: "she", Kind: whosaid.Pronoun}); id != 0 {
		t.Errorf("a pronoun got speaker %d", id)
	}
}

// TestGenerationsStayApart: a generational suffix tells father and son
// apart, in whichever order they come; a bare surname without one stays
// free to be either.
func TestGenerationsStayApart(t *testing.T) {
	for _, order := range [][]string{
		{"Donald Trump", "Donald Trump Jr."},
		{"Donald Trump Jr.", "Donald Trump"},
	} {
		var mem Memory
		reg := NewRegistry(&mem, 1)
		resolve := func(name string) int64 {
			id, err := reg.Resolve(Mention{Name: name, Kind: whosaid.Person})
			if err != nil {
				t.Fatal(err)
			}
			return id
		}
		first, second := resolve(order[0]), resolve(order[1])
		if first == second {
			t.Errorf("%q and %q merged", order[0], order[1])
		}
		if again := resolve(order[1]); again != second {
			t.Errorf("%q again: speaker %d, then %d", order[1], second, again)
		}
		son := first
		if strings.HasSuffix(order[1], "Jr.") {
			son = second
		}
		if id := resolve("Trump Jr."); id != son {
			t.Errorf("after %q: Trump Jr. is speaker %d, want the son %d", order, id, son)
		}
	}
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Donald Trump", "Donald Trump Jr.", false},
		{"Trump Jr.", "Donald Trump", false},
		{"Trump", "Donald Trump Jr.", true},
		{"Donald Trump Jr.", "Donald J. Trump Jr.", true},
		{"George Bush", "George Bush Sr.", false},
		{"Henry Ford III", "Henry Ford II", false},
	} {
		e := New(1, Mention{Name: tc.b, Kind: whosaid.Person})
		if rel, _ := relation(personWords(tc.a), generation(tc.a), &e); (rel != 0) != tc.want {
			t.Errorf("relation(%q, %q) = %v, want %v", tc.a, tc.b, rel != 0, tc.want)
		}
	}
}

func TestTitleFields(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  []string
	}{
		{"director-general of the International Energy Transition Agency", nil},
		{"Attorney General", []string{"law"}},
		{"Major General", []string{"military"}},
		{"General", []string{"military"}},
		{"Chief Scientist", []string{"science"}},
		{"DCP", []string{"police"}},
	} {
		if got := titleFieldsOf(tc.title); !slices.Equal(got, tc.want) {
			t.Errorf("titleFieldsOf(%q) = %q, want %q", tc.title, got, tc.want)
		}
	}
}

// TestLookupKeysWithoutLegalForm: an organisation is looked up by its
// whole name and by its name without the legal forms that end it.
func TestLookupKeysWithoutLegalForm(t *testing.T) {
	for _, tc := range []struct {
		name string
		want []string
	}{
		{"Ekwueme Energy Group", []string{"organization:ekwueme energy group", "organization:ekwueme energy"}},
		{"Hanul Battery Co. Ltd", []string{"organization:hanul battery co ltd", "organization:hanul battery"}},
		{"The Group", []string{"organization:group"}},
		{"Ekwueme Energy", []string{"organization:ekwueme energy"}},
	} {
		if got := lookupKeys(Mention{Name: tc.name, Kind: whosaid.Organization}); !slices.Equal(got, tc.want) {
			t.Errorf("lookupKeys(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}
