package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/whosaid/whosaid/internal/speakereval"
	"github.com/whosaid/whosaid/store/sqlite"
)

// measureGold ingests one half of a speaker gold set (the folder of
// testdata/eval) into a fresh SQLite store with 'whosaid ingest' itself
// and scores the canonical speakers of its gold mentions.
func measureGold(t *testing.T, set, half string) *speakereval.Report {
	t.Helper()
	path := filepath.Join("..", "..", "testdata", "eval", set, half+".jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	arts, err := speakereval.Read(f)
	f.Close()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	db := filepath.Join(t.TempDir(), "gold.db")
	if code, _, stderr := runCmd(t, "", "ingest", "--quiet", "--db", db, path); code != exitOK {
		t.Fatalf("ingest %s: exit %d: %s", path, code, stderr)
	}
	st, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	rep, err := speakereval.Score(context.Background(), st, arts)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// The targets for the half nobody tuned on.
const targetPrecision, targetRecall = 0.97, 0.93

// goldSets are the speaker gold sets of testdata/eval, each written blind
// (docs/SPEAKERS.md), with the floors its halves hold, just under what
// was measured: the targets are not met, mostly for errors of the
// per-document resolution that the store cannot mend, and a fall below a
// floor is a regression. Parts C and D came a year of sessions after A
// and B, to tune on where A and B's tune half had nothing left to teach.
var goldSets = []struct {
	set                          string
	articles                     int
	tuneFloorP, tuneFloorR       float64
	measureFloorP, measureFloorR float64
}{
	{"speakers", 110, 0.98, 0.93, 0.94, 0.86},   // parts A and B
	{"speakers-cd", 60, 0.88, 0.84, 0.92, 0.74}, // parts C and D (measure recall .769 -> .749 with longSubject: docs/SPEAKERS.md)
}

func logReport(t *testing.T, half string, rep *speakereval.Report) {
	t.Helper()
	t.Logf("%s: %d articles, %d mentions, %d named of %d entities; %d not found as sources, %d sources without a speaker; "+
		"pairs %d merged right, %d wrong, %d missed: precision %.3f, recall %.3f",
		half, rep.Articles, rep.Mentions, rep.Named, rep.Entities, rep.NotFound, rep.NoSpeaker,
		rep.TP, rep.FP, rep.FN, rep.Precision(), rep.Recall())
	fp, fn := rep.PairsWithin()
	t.Logf("%s: of which within one document (the per-document resolution's): %d wrong, %d missed", half, fp, fn)
}

// TestSpeakerGoldTune measures the tune halves, and with -v lists their
// errors: the halves to read and tune on.
func TestSpeakerGoldTune(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts 340 articles")
	}
	for _, g := range goldSets {
		t.Run(g.set, func(t *testing.T) {
			rep := measureGold(t, g.set, "tune")
			logReport(t, "tune", rep)
			if testing.Verbose() {
				for _, e := range rep.Errors() {
					t.Log(e)
				}
			}
			if rep.Articles != g.articles {
				t.Errorf("tune: %d articles, want %d", rep.Articles, g.articles)
			}
			if p, r := rep.Precision(), rep.Recall(); p < g.tuneFloorP || r < g.tuneFloorR {
				t.Errorf("tune: precision %.3f (floor %.2f), recall %.3f (floor %.2f)", p, g.tuneFloorP, r, g.tuneFloorR)
			}
		})
	}
}

// TestSpeakerGoldMeasure measures the halves that nobody tunes on: it
// reports the figures only, never the errors.
func TestSpeakerGoldMeasure(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts 340 articles")
	}
	for _, g := range goldSets {
		t.Run(g.set, func(t *testing.T) {
			rep := measureGold(t, g.set, "measure")
			logReport(t, "measure", rep)
			p, r := rep.Precision(), rep.Recall()
			if rep.Articles != g.articles {
				t.Errorf("measure: %d articles, want %d", rep.Articles, g.articles)
			}
			if p < g.measureFloorP || r < g.measureFloorR {
				t.Errorf("measure: precision %.3f (floor %.2f), recall %.3f (floor %.2f)", p, g.measureFloorP, r, g.measureFloorR)
			}
			if p < targetPrecision || r < targetRecall {
				t.Logf("measure: below the issue's targets (precision %.2f, recall %.2f); see docs/SPEAKERS.md", targetPrecision, targetRecall)
			}
		})
	}
}
