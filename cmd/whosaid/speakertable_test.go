package main

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/whosaid/whosaid/internal/shared"
	"github.com/whosaid/whosaid/internal/speakereval"
	"github.com/whosaid/whosaid/store/sqlite"
)

// TestSpeakerTablePolNeAR stores PolNeAR train and dev with 'whosaid
// ingest' and checks the speaker table as the issue "A speaker table a
// researcher can publish" asks: no pronoun among the top 100; Donald
// Trump, Hillary Clinton and Bernie Sanders each one entry holding 95% of
// the attributions of their full names; no top-30 person whose title is
// a number or another speaker's name; no group typed person in the top
// 200. It logs the share of junk entries in the top 100.
func TestSpeakerTablePolNeAR(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts 924 articles")
	}
	train := shared.Need(t, filepath.Join("..", "..", "..", "shared", "data", "polnear", "train.jsonl"))
	dev := shared.Need(t, filepath.Join("..", "..", "..", "shared", "data", "polnear", "dev.jsonl"))
	db := filepath.Join(t.TempDir(), "polnear.db")
	if code, _, stderr := runCmd(t, "", "ingest", "--quiet", "--db", db, train, dev); code != exitOK {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	st, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	rep, err := speakereval.CheckTable(context.Background(), st)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("top 100: %d junk entries (%.0f%%): %q", len(rep.Junk), float64(len(rep.Junk)), rep.Junk)
	if len(rep.Pronouns) > 0 {
		t.Errorf("pronoun speakers in the top 100: %q", rep.Pronouns)
	}
	for _, v := range rep.Variants {
		t.Logf("%s: %d attributions of the full names, %.1f%% held by %q (%d entries)", v.Person, v.Attributions, 100*v.Share, v.Entry, v.Entries)
		if v.Share < 0.95 {
			t.Errorf("%s: %.1f%% of the attributions of the full names in one entry, want 95%%", v.Person, 100*v.Share)
		}
	}
	if len(rep.BadTitles) > 0 {
		t.Errorf("titles of the top 30 that are no titles: %q", rep.BadTitles)
	}
	if len(rep.Groups) > 0 {
		t.Errorf("groups typed person in the top 200: %q", rep.Groups)
	}
}
