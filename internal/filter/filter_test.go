package filter

import (
	"strings"
	"testing"
)

func TestLanguage(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"The minister said on Monday that the government would not change its plans, despite the protests.", "en"},
		{"Le ministre a déclaré lundi que le gouvernement ne changerait pas ses projets, malgré les manifestations.", "fr"},
		{"Der Minister sagte am Montag, die Regierung werde ihre Pläne trotz der Proteste nicht ändern.", "de"},
		{"El ministro dijo el lunes que el gobierno no cambiaría sus planes, a pesar de las protestas.", "es"},
		{"", ""},
		{"12345 67890", ""},
	}
	for _, tt := range tests {
		if got, _ := Language(tt.text); got != tt.want {
			t.Errorf("Language(%.30q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	// Only the start of a long text is looked at, cut on a rune boundary.
	long := strings.Repeat("The mayor said the bridge would reopen in May. ", 100) + strings.Repeat("é", 3000)
	if got, _ := Language(long); got != "en" {
		t.Errorf("long text: %q", got)
	}
}

func TestIdentify(t *testing.T) {
	tests := []struct{ text, want string }{
		{strings.Repeat("The minister said on Monday that the government would not change its plans. ", 4), "en"},
		{strings.Repeat("Le ministre a déclaré lundi que le gouvernement ne changerait pas ses projets. ", 4), "fr"},
		{"Le ministre a parlé.", ""}, // too short to tell
		{strings.Repeat("1234 ", 60), ""},
	}
	for _, tt := range tests {
		if got := Identify(tt.text); got != tt.want {
			t.Errorf("Identify(%.20q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestDedup(t *testing.T) {
	d := NewDedup()
	steps := []struct {
		id, text, want string
	}{
		{"a", "Prices rose, officials said.", ""},
		{"b", "  prices   ROSE,\nofficials said. ", "a"},
		{"c", "Prices rose, officials said!", ""},
		{"d", "Prices rose, officials said.", "a"},
		{"e", "prices rose , officials said.", ""}, // a space is not nothing
		{"f", "PRICES ROSE, OFFICIALS SAID!", "c"},
	}
	for _, s := range steps {
		if got := d.Check(s.id, s.text); got != s.want {
			t.Errorf("Check(%q) = %q, want %q", s.id, got, s.want)
		}
	}
	if d.Len() != 3 {
		t.Errorf("Len = %d, want 3", d.Len())
	}
	// Texts longer than the hashing buffer are compared whole.
	long := strings.Repeat("word ", 5000)
	d.Check("l1", long+"end")
	if got := d.Check("l2", long+"END"); got != "l1" {
		t.Errorf("long duplicate: %q", got)
	}
	if got := d.Check("l3", long+"other"); got != "" {
		t.Errorf("long distinct text: %q", got)
	}
}

func BenchmarkLanguage(b *testing.B) {
	text := strings.Repeat("The minister said on Monday that the government would not change its plans. ", 40)
	b.SetBytes(languageSample)
	for b.Loop() {
		Language(text)
	}
}

func BenchmarkDedup(b *testing.B) {
	text := strings.Repeat("The minister said on Monday that the government would not change its plans. ", 60)
	d := NewDedup()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		d.key(text)
	}
}
