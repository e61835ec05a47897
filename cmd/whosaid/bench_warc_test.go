package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/whosaid/whosaid/internal/polnear"
	"github.com/whosaid/whosaid/internal/shared"
	"github.com/whosaid/whosaid/internal/warctest"
)

// BenchmarkExtractWARC runs `whosaid extract` end to end (read the
// WARC.gz, turn HTML into text, filter, extract, write JSON to nowhere)
// over a news crawl it generates: PolNeAR's articles in heavy news pages,
// with 404s, images and revisits, as warctest.Corpus lays them out. The
// archive is written once to the temporary folder and reused. Workers are
// GOMAXPROCS: run with -cpu 1,2. Each size is best run in a process of
// its own, since peak RSS is the process's:
//
//	go test -run '^$' -bench 'ExtractWARC/50MB' -benchtime 1x -cpu 1,2 ./cmd/whosaid
//	go test -run '^$' -bench 'ExtractWARC/200MB' -benchtime 1x -cpu 1,2 ./cmd/whosaid
func BenchmarkExtractWARC(b *testing.B) {
	for _, mb := range []int64{50, 200} {
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			path, pages := benchCorpus(b, mb<<20)
			fi, err := os.Stat(path)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(fi.Size())
			args := []string{"--quiet", "--workers", strconv.Itoa(runtime.GOMAXPROCS(0)), path}
			cpu0 := cpuTime()
			for b.Loop() {
				e := &env{stdout: io.Discard, stderr: os.Stderr}
				if err := (&ExtractCommand{}).Run(e, args); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(pages)*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
			// On a machine shared with other work, wall-clock rates say as
			// much about the others as about whosaid: the CPU time used is
			// the steadier measure.
			cpu := (cpuTime() - cpu0).Seconds()
			b.ReportMetric(float64(pages)*float64(b.N)/cpu, "docs/cpu-s")
			b.ReportMetric(float64(fi.Size())*float64(b.N)/1e6/cpu, "MB/cpu-s")
			b.ReportMetric(float64(peakRSS())/(1<<20), "peak-RSS-MB")
		})
	}
}

// cpuTime is the user and system CPU time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// benchCorpus returns the path of a generated WARC.gz of about size bytes
// and the number of pages in it, writing it if it is not there yet.
func benchCorpus(b *testing.B, size int64) (string, int) {
	b.Helper()
	path := filepath.Join(os.TempDir(), fmt.Sprintf("whosaid-bench-%dMB.warc.gz", size>>20))
	pagesFile := path + ".pages"
	if data, err := os.ReadFile(pagesFile); err == nil {
		if n, err := strconv.Atoi(string(data)); err == nil {
			return path, n
		}
	}
	texts, err := polnear.TextsInOrder(shared.Path(b, polnear.TrainJSONL))
	if err != nil {
		b.Fatal(err)
	}
	f, err := os.Create(path + ".tmp")
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	st, err := warctest.Corpus(w, size, texts)
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(path+".tmp", path)
	}
	if err == nil {
		err = os.WriteFile(pagesFile, []byte(strconv.Itoa(st.Pages)), 0o644)
	}
	if err != nil {
		b.Fatal(err)
	}
	return path, st.Pages
}
