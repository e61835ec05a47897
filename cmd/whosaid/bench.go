package main

import (
	"flag"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strconv"
	"syscall"
	"time"

	"github.com/whosaid/whosaid/ingest"
	"github.com/whosaid/whosaid/internal/segment"
)

// BenchCommand measures extraction end to end: it runs `extract` on its
// inputs, writing JSON to nowhere, several times, and reports the median.
type BenchCommand struct{}

// Run runs the command.
func (c *BenchCommand) Run(e *env, args []string) error {
	fs := flag.NewFlagSet("whosaid bench", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() { fmt.Fprint(e.stderr, c.Usage()) }
	workers := fs.Int("workers", runtime.NumCPU(), "")
	runs := fs.Int("runs", 5, "")
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		return flagError(err)
	}
	if *workers < 1 || *runs < 1 {
		return usageErrorf("bench: --workers and --runs must be at least 1")
	}
	if len(paths) == 0 {
		return usageErrorf("bench: name the files to measure on, e.g. ../shared/data/polnear/train.jsonl")
	}
	var docs, words, bytes int
	for d := range ingest.Read(paths, ingest.Options{}) {
		if d.Err != nil {
			return fmt.Errorf("bench: %w", d.Err)
		}
		docs++
		words += countWords(d.Text)
		bytes += len(d.Text)
	}
	extractArgs := append([]string{"--quiet", "--workers", strconv.Itoa(*workers), "--"}, paths...)
	times := make([]time.Duration, *runs)
	for i := range times {
		start := time.Now()
		quiet := &env{stdin: e.stdin, stdout: io.Discard, stderr: io.Discard} // the inputs were checked above
		if err := (&ExtractCommand{}).Run(quiet, extractArgs); err != nil {
			return err
		}
		times[i] = time.Since(start)
	}
	slices.Sort(times)
	med := times[len(times)/2].Seconds()
	fmt.Fprintf(e.stdout, "%d documents, %d words, %.1f MB of text; %d workers, GOMAXPROCS %d; median of %d runs (min %.2fs, max %.2fs)\n",
		docs, words, float64(bytes)/1e6, *workers, runtime.GOMAXPROCS(0), *runs, times[0].Seconds(), times[len(times)-1].Seconds())
	fmt.Fprintf(e.stdout, "%.0f words/s  %.2f MB/s  %.0f documents/s  %.2fs  peak RSS %d MB\n",
		float64(words)/med, float64(bytes)/1e6/med, float64(docs)/med, med, peakRSS()>>20)
	return nil
}

// countWords counts letter/digit tokens, the words of the PolNeAR scorer.
func countWords(s string) int {
	n := 0
	for _, t := range segment.Tokenize(s) {
		if t.Kind == segment.Word || t.Kind == segment.Number {
			n++
		}
	}
	return n
}

// peakRSS is the largest resident set of the process so far, in bytes.
func peakRSS() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Maxrss << 10 // kilobytes on Linux
}

// Usage returns the help text of the command.
func (c *BenchCommand) Usage() string {
	return fmt.Sprintf(`Usage: whosaid bench [flags] FILE|FOLDER...

Measures extraction end to end (read, segment, extract, write JSON to
nowhere) on the inputs, several times, and prints the median speed in
words, megabytes and documents per second, with the peak resident memory.
Words are letter/digit runs, as the PolNeAR scorer counts them. To measure
one core: GOMAXPROCS=1 whosaid bench --workers 1 FILE.

Flags:
  --workers N   extract on N goroutines (default %d, the CPUs)
  --runs K      runs to take the median of (default 5)
`, runtime.NumCPU())
}
