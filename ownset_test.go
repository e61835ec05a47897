package whosaid_test

import (
	"os"
	"testing"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/internal/evalset"
)

// Floors a little under what the embedded model reaches on our own blind
// evaluation set (testdata/eval/attributions; docs/ACCURACY.md), on each
// half: the measure half is never tuned on, so a change that generalises
// holds both.
var ownSetFloors = []struct {
	name  string
	score func(evalset.Counts) float64
	tune  float64
	meas  float64
}{
	{"attribution precision", evalset.Counts.Precision, 0.89, 0.87},
	{"attribution recall", evalset.Counts.Recall, 0.85, 0.85},
	{"speaker right", evalset.Counts.Speaker, 0.86, 0.82},
	{"kind right", evalset.Counts.Kind, 0.90, 0.87},
}

// TestAccuracyOnOwnSet scores the embedded model on both halves of the
// blind set, which ships in the repository (no ../shared needed).
func TestAccuracyOnOwnSet(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts 68 passages")
	}
	x, err := whosaid.NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	for _, half := range []string{"tune", "measure"} {
		f, err := os.Open("testdata/eval/attributions/" + half + ".jsonl")
		if err != nil {
			t.Fatal(err)
		}
		passages, err := evalset.Read(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		docs := map[string]*whosaid.Document{}
		for _, p := range passages {
			docs[p.ID] = x.Extract(p.Text)
		}
		all := evalset.Score(passages, docs).All
		for _, fl := range ownSetFloors {
			min := fl.tune
			if half == "measure" {
				min = fl.meas
			}
			got := fl.score(all)
			t.Logf("%s half: %s %.3f (floor %.3f)", half, fl.name, got, min)
			if got < min {
				t.Errorf("%s half: %s %.3f, under its floor %.3f", half, fl.name, got, min)
			}
		}
	}
}
