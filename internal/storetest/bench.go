package storetest

import (
	"context"
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/whosaid/whosaid/store"
)

// BenchmarkPut measures Put of articles in batches of 64 into a new store
// per run, and reports documents and attributions per second. IDs are
// made unique per iteration, so that every Put inserts.
func BenchmarkPut(b *testing.B, open func(b *testing.B) store.Store, articles []store.Article) {
	ctx := context.Background()
	s := open(b)
	attrs := 0
	for _, a := range articles {
		attrs += len(a.Doc.Attributions)
	}
	cpu0 := cpuTime()
	for i := 0; b.Loop(); i++ {
		batch := make([]store.Article, 0, 64)
		for j, a := range articles {
			doc := *a.Doc
			doc.ID = fmt.Sprintf("%s#%d", a.Doc.ID, i)
			batch = append(batch, store.Article{Doc: &doc, Meta: a.Meta})
			if len(batch) == 64 || j == len(articles)-1 {
				if err := s.Put(ctx, batch); err != nil {
					b.Fatal(err)
				}
				batch = batch[:0]
			}
		}
	}
	// CPU time of this process per document: on a shared machine it says
	// more than the wall time (a server backend's own CPU is not in it).
	b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/1000/float64(b.N*len(articles)), "cpu-ms/doc")
	secs := b.Elapsed().Seconds()
	b.ReportMetric(float64(b.N*len(articles))/secs, "docs/s")
	b.ReportMetric(float64(b.N*attrs)/secs, "attributions/s")
}

// cpuTime is the user and system CPU time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
