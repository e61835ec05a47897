package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/whosaid/whosaid/internal/speakereval"
	"github.com/whosaid/whosaid/store/sqlite"
)

// measureGold ingests one half of the speaker gold set into a fresh
// SQLite store with 'whosaid ingest' itself and scores the canonical
// speakers of its gold mentions.
func measureGold(t *testing.T, half string) *speakereval.Report {
	t.Helper()
	path := filepath.Join("..", "..", "testdata", "eval", "speakers", half+".jsonl")
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

// The targets for the half nobody tuned on, and the floors that
// the tests hold, just under what was measured (docs/SPEAKERS.md): the
// targets are not met, mostly for errors of the per-document resolution
// that the store cannot mend, and a fall below the floors is a
// regression. Measured at the merge of the 8-bit weights, the resolve
// precision rules and the store's description rules: tune precision
// 0.988, recall 0.943; measure 0.934, 0.821 (0.832 after resolve's
// honorific, epithet and name rules).
const (
	targetPrecision, targetRecall = 0.97, 0.93
	tuneFloorP, tuneFloorR        = 0.98, 0.93
	measureFloorP, measureFloorR  = 0.92, 0.81
)

func logReport(t *testing.T, half string, rep *speakereval.Report) {
	t.Helper()
	t.Logf("%s: %d articles, %d mentions, %d named of %d entities; %d not found as sources, %d sources without a speaker; "+
		"pairs %d merged right, %d wrong, %d missed: precision %.3f, recall %.3f",
		half, rep.Articles, rep.Mentions, rep.Named, rep.Entities, rep.NotFound, rep.NoSpeaker,
		rep.TP, rep.FP, rep.FN, rep.Precision(), rep.Recall())
	fp, fn := rep.PairsWithin()
	t.Logf("%s: of which within one document (the per-document resolution's): %d wrong, %d missed", half, fp, fn)
}

// TestSpeakerGoldTune measures the tune half, and with -v lists its
// errors: the half to read and tune on.
func TestSpeakerGoldTune(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts 110 articles")
	}
	rep := measureGold(t, "tune")
	logReport(t, "tune", rep)
	if testing.Verbose() {
		for _, e := range rep.Errors() {
			t.Log(e)
		}
	}
	if p, r := rep.Precision(), rep.Recall(); p < tuneFloorP || r < tuneFloorR {
		t.Errorf("tune: precision %.3f (floor %.2f), recall %.3f (floor %.2f)", p, tuneFloorP, r, tuneFloorR)
	}
}

// TestSpeakerGoldMeasure measures the half that nobody tunes on: it
// reports the figures only, never the errors.
func TestSpeakerGoldMeasure(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts 110 articles")
	}
	rep := measureGold(t, "measure")
	logReport(t, "measure", rep)
	p, r := rep.Precision(), rep.Recall()
	if p < measureFloorP || r < measureFloorR {
		t.Errorf("measure: precision %.3f (floor %.2f), recall %.3f (floor %.2f)", p, measureFloorP, r, measureFloorR)
	}
	if p < targetPrecision || r < targetRecall {
		t.Logf("measure: below the issue's targets (precision %.2f, recall %.2f); see docs/SPEAKERS.md", targetPrecision, targetRecall)
	}
}
