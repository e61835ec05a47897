package main

import (
	"fmt"
	"io"
	"time"

	xmodel "github.com/whosaid/whosaid/internal/extract"
	"github.com/whosaid/whosaid/internal/model"
	"github.com/whosaid/whosaid/internal/resolve"
	"github.com/whosaid/whosaid/internal/segment"
)

// stageNames are the stages bench times, in the order they run.
var stageNames = [...]string{"segment", "tag", "parse", "label", "resolve"}

// measureStages runs the stages of extraction over the texts on one
// goroutine, passes times, timing each, and returns each stage's median
// seconds over the passes.
func measureStages(texts []string, passes int) ([len(stageNames)]float64, error) {
	var med [len(stageNames)]float64
	m, err := xmodel.ViewModel(model.EmbeddedData())
	if err != nil {
		return med, fmt.Errorf("bench: the embedded model: %w", err)
	}
	runs := make([][len(stageNames)]float64, passes)
	for i := range runs {
		var d [len(stageNames)]time.Duration
		for _, text := range texts {
			t0 := time.Now()
			seg := segment.Segment(text)
			t1 := time.Now()
			tags := m.Tag(seg)
			t2 := time.Now()
			heads, deps := m.Parse(seg, tags)
			t3 := time.Now()
			rels := m.Label(seg, tags, heads, deps)
			t4 := time.Now()
			resolve.Resolve(resolve.Input{Seg: seg, Tags: tags, Rels: rels})
			t5 := time.Now()
			d[0] += t1.Sub(t0)
			d[1] += t2.Sub(t1)
			d[2] += t3.Sub(t2)
			d[3] += t4.Sub(t3)
			d[4] += t5.Sub(t4)
		}
		for s := range d {
			runs[i][s] = d[s].Seconds()
		}
	}
	for s := range med {
		col := make([]float64, passes)
		for i := range runs {
			col[i] = runs[i][s]
		}
		med[s] = median(col)
	}
	return med, nil
}

// printStages prints each stage's time, share and words/s.
func printStages(w io.Writer, st [len(stageNames)]float64, words int) {
	var total float64
	for _, s := range st {
		total += s
	}
	fmt.Fprintf(w, "stages on one goroutine, median of the passes:\n%-8s %8s %6s %10s\n", "stage", "seconds", "share", "words/s")
	for i, s := range st {
		fmt.Fprintf(w, "%-8s %8.3f %5.0f%% %10.0f\n", stageNames[i], s, 100*s/total, float64(words)/s)
	}
	fmt.Fprintf(w, "%-8s %8.3f %5.0f%% %10.0f\n", "all", total, 100.0, float64(words)/total)
}
