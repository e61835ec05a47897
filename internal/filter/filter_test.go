package filter

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/polnear"
	"github.com/whosaid/whosaid/internal/shared"
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
		// A wire brief of names and few "the", "of", "and", of which the
		// identifier is unsure: its English function words settle it.
		{"TOKYO (Reuters) - Japan's Toyota Motor Corp said on Monday it would cut output. China's Huawei said it had no comment. " +
			"Malaysia's Home Ministry said the centres were safe. Britain's Rolls-Royce Holdings said sales rose. Germany's Siemens said it would appeal.", "en"},
		// A French text quoting English titles stays French.
		{"Le ministre a cité « the art of the deal » et « the end of the affair » dans un long discours sur les projets du gouvernement, prononcé lundi devant les députés, malgré les manifestations et les grèves qui paralysent le pays.", "fr"},
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

func TestPlainlyEnglish(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"The minister said on Monday that the government would not change its plans, despite the protests. The opposition said the plans were a mistake and that the cost to the country was too high.", true},
		{"THE MINISTER SAID THAT THE PLAN WAS DEAD, AND THE PARTY AGREED WITH THE PRIME MINISTER.", true},
		{"Le ministre a déclaré lundi que le gouvernement ne changerait pas ses projets, malgré les manifestations. L'opposition a dit que les projets étaient une erreur.", false},
		{"Der Minister sagte am Montag, die Regierung werde ihre Pläne trotz der Proteste nicht ändern. Die Opposition sagte, das sei ein Fehler, und es was in der Stadt.", false},
		{"El ministro dijo el lunes que el gobierno no cambiaría sus planes, a pesar de las protestas. La oposición dijo que los planes eran un error.", false},
		{"Il ministro ha detto lunedì che il governo non cambierà i suoi piani, nonostante le proteste. L'opposizione ha detto che i piani sono un errore.", false},
		{"O ministro disse na segunda-feira que o governo não mudaria os seus planos, apesar dos protestos. A oposição disse que os planos eram um erro.", false},
		{"De minister zei maandag dat de regering haar plannen niet zal veranderen, ondanks de protesten. Het is in de stad een fout, zei de oppositie.", false},
		{"Ministern sa på måndagen att regeringen inte skulle ändra sina planer, trots protesterna. Oppositionen sa att planerna var ett misstag.", false},
		// English words quoted in a French text are not enough.
		{"Le ministre a cité « the art of the deal » et « the end of the affair » dans un long discours sur les projets du gouvernement, prononcé lundi devant les députés, malgré les manifestations et les grèves qui paralysent le pays depuis trois semaines. L'opposition a dénoncé une provocation, et plusieurs syndicats ont appelé à une nouvelle journée de mobilisation jeudi prochain dans toutes les grandes villes.", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := plainlyEnglish(tt.text); got != tt.want {
			t.Errorf("plainlyEnglish(%.40q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestPlainlyEnglishAgrees holds the shortcut to the identifier on real
// news: every PolNeAR dev article it calls English, the identifier does
// too, and it spares the identifier nearly all of them.
func TestPlainlyEnglishAgrees(t *testing.T) {
	texts, err := polnear.TextsInOrder(shared.Path(t, polnear.DevJSONL))
	if err != nil {
		t.Fatal(err)
	}
	fast := 0
	for _, text := range texts {
		sample := text[:min(len(text), languageSample)]
		if !plainlyEnglish(sample) {
			continue
		}
		fast++
		if code, _ := Language(text); code != "en" {
			t.Errorf("plainly English, identified as %q: %.60q", code, text)
		}
	}
	if fast < len(texts)*9/10 {
		t.Errorf("shortcut taken for %d of %d articles, want 90%%", fast, len(texts))
	}
	t.Logf("shortcut taken for %d of %d articles", fast, len(texts))
}

// FuzzIdentify: any text gets "" or a two-letter code, without a panic,
// and a text that passes the English shortcut is English.
func FuzzIdentify(f *testing.F) {
	f.Add(strings.Repeat("The minister said that the plan of the party was dead. ", 5))
	f.Add(strings.Repeat("Le ministre a déclaré que le plan était mort. ", 5))
	f.Add("the of and \xff\xfe the of and " + strings.Repeat("x ", 100))
	f.Fuzz(func(t *testing.T, text string) {
		code := Identify(text)
		if code != "" && len(code) != 2 {
			t.Errorf("Identify = %q", code)
		}
		if len(text) >= minLanguageText && plainlyEnglish(text[:min(len(text), languageSample)]) && code != "en" {
			t.Errorf("plainly English, identified as %q", code)
		}
	})
}
