package speakereval

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/store"
)

func TestRead(t *testing.T) {
	good := `{"id":"A1","text":"Ann Lee said so.","mentions":[{"span":[0,7],"text":"Ann Lee","entity":"E1"}]}`
	arts, err := Read(strings.NewReader(good + "\n"))
	if err != nil || len(arts) != 1 || arts[0].Mentions[0].Entity != "E1" {
		t.Fatalf("Read: %v %+v", err, arts)
	}
	for _, bad := range []string{
		`{"id":"A1","text":"Ann Lee said so.","mentions":[{"span":[0,70],"text":"Ann Lee","entity":"E1"}]}`,
		`{"id":"A1","text":"Ann Lee said so.","mentions":[{"span":[0,3],"text":"Ann Lee","entity":"E1"}]}`,
		`{"id":"A1","text":"Ann Lee said so.","mentions":[{"span":[0,7],"text":"Ann Lee"}]}`,
		`{"text":"Ann Lee said so."}`,
		`not json`,
	} {
		if _, err := Read(strings.NewReader(bad)); err == nil {
			t.Errorf("Read(%s) took it", bad)
		}
	}
}

// TestPairs: pairs merged and of one entity are right, merged and of two
// wrong, of one entity and not merged missed; a mention without a
// speaker is merged with nothing.
func TestPairs(t *testing.T) {
	found := func(doc, entity string, speaker int64) Found {
		return Found{Doc: doc, Mention: Mention{Entity: entity}, Speaker: speaker}
	}
	r := &Report{Found: []Found{
		found("d1", "A", 1), found("d2", "A", 1), found("d3", "A", 2), // A split in two
		found("d3", "B", 2),                      // B merged with A's third
		found("d4", "C", 0), found("d5", "C", 0), // C never given a speaker
	}}
	r.count()
	if r.TP != 1 || r.FP != 1 || r.FN != 3 {
		t.Errorf("pairs right %d, wrong %d, missed %d; want 1, 1, 3", r.TP, r.FP, r.FN)
	}
	if p, rc := r.Precision(), r.Recall(); p != 0.5 || rc != 0.25 {
		t.Errorf("precision %v, recall %v", p, rc)
	}
	if fp, fn := r.PairsWithin(); fp != 1 || fn != 0 {
		t.Errorf("within one document: %d wrong, %d missed; want 1, 0", fp, fn)
	}
	if errs := r.Errors(); len(errs) != 3 {
		t.Errorf("errors: %q", errs)
	}
}

func TestTableChecks(t *testing.T) {
	trump := Checked[0]
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Donald Trump", true}, {"Donald J. Trump", true}, {"Mr. Donald John Trump", true},
		{"Trump", false}, {"Donald Trump Jr.", false}, {"Ivanka Trump", false}, {"Donald Trump's campaign", false},
	} {
		if got := fullVariant(tc.name, trump); got != tc.want {
			t.Errorf("fullVariant(%q) = %v", tc.name, got)
		}
	}
	surnames := map[string]string{"christie": "Chris Christie", "carson": "Ben Carson"}
	for _, tc := range []struct {
		sp   store.Speaker
		want string
	}{
		{store.Speaker{Name: "Jeb Bush", Title: "Christie"}, "another speaker's name"},
		{store.Speaker{Name: "Carly Fiorina", Title: "61"}, "a number"},
		{store.Speaker{Name: "Ben Carson", Title: "Republican candidate"}, ""},
		{store.Speaker{Name: "Paul Manafort", Title: "Trump's campaign chairman"}, ""},
	} {
		if got := badTitle(tc.sp, surnames); got != tc.want {
			t.Errorf("badTitle(%q, %q) = %q, want %q", tc.sp.Name, tc.sp.Title, got, tc.want)
		}
	}
	for _, tc := range []struct {
		sp   store.Speaker
		junk bool
	}{
		{store.Speaker{Name: "his", Kind: whosaid.Anonymous}, true},
		{store.Speaker{Name: "Democrats", Kind: whosaid.Person}, true},
		{store.Speaker{Name: "Democrats", Kind: whosaid.Organization}, false},
		{store.Speaker{Name: "Trump Tower", Kind: whosaid.Person}, true},
		{store.Speaker{Name: "So Donald Trump", Kind: whosaid.Person}, false},
		{store.Speaker{Name: "Trump addresses the nation", Kind: whosaid.Person}, true},
		{store.Speaker{Name: "company", Kind: whosaid.Organization}, true},
		{store.Speaker{Name: "Sofia de la Cruz", Kind: whosaid.Person}, false},
	} {
		if got := junkReason(tc.sp) != ""; got != tc.junk {
			t.Errorf("junkReason(%+v) = %q", tc.sp, junkReason(tc.sp))
		}
	}
}
