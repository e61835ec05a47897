package main

import (
	"flag"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/whosaid/whosaid/ingest"
	"github.com/whosaid/whosaid/internal/segment"
)

// BenchCommand measures extraction end to end: it runs `extract` on its
// inputs, writing JSON to nowhere, several times, each run beside a gzip
// -6 of the same text, and reports medians, the ratio to gzip, the time of
// each stage, and how the speed scales with cores.
type BenchCommand struct{}

// Run runs the command.
func (c *BenchCommand) Run(e *env, args []string) error {
	fs := flag.NewFlagSet("whosaid bench", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() { fmt.Fprint(e.stderr, c.Usage()) }
	workers := fs.Int("workers", runtime.NumCPU(), "")
	runs := fs.Int("runs", 5, "")
	stages := fs.Bool("stages", false, "")
	scaling := fs.Bool("scaling", false, "")
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
	var texts []string
	var words, bytes int
	for d := range ingest.Read(paths, ingest.Options{}) {
		if d.Err != nil {
			return fmt.Errorf("bench: %w", d.Err)
		}
		texts = append(texts, d.Text)
		words += countWords(d.Text)
		bytes += len(d.Text)
	}
	in := benchInput{paths: paths, texts: texts, words: words, bytes: bytes}
	fmt.Fprintf(e.stdout, "%d documents, %d words, %.1f MB of text; %s\n", len(texts), words, float64(bytes)/1e6, gzipName())
	if *stages {
		st, err := measureStages(texts, *runs)
		if err != nil {
			return err
		}
		printStages(e.stdout, st, words)
	}
	counts := []int{*workers}
	if *scaling {
		counts = slices.Compact([]int{1, min(2, runtime.NumCPU()), runtime.NumCPU()})
	}
	var one float64 // words/s at the first worker count, for scaling
	for _, w := range counts {
		r, err := in.measure(e, w, *runs, *scaling)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "%d workers, GOMAXPROCS %d; median of %d runs (min %.2fs, max %.2fs)\n",
			w, r.procs, *runs, r.min, r.max)
		fmt.Fprintf(e.stdout, "%.0f words/s  %.2f MB/s  %.0f documents/s  %.2fs  peak RSS %d MB\n",
			float64(words)/r.median, float64(bytes)/1e6/r.median, float64(len(texts))/r.median, r.median, peakRSS()>>20)
		fmt.Fprintf(e.stdout, "gzip -6 of the same text %.3fs: whosaid takes %.1f times as long", r.gzip, r.ratio)
		if one == 0 {
			one = float64(words) / r.median
			fmt.Fprintln(e.stdout)
		} else {
			fmt.Fprintf(e.stdout, "; %.2f× the speed of %d worker\n", float64(words)/r.median/one, counts[0])
		}
	}
	return nil
}

// benchInput is what bench measures on.
type benchInput struct {
	paths        []string
	texts        []string
	words, bytes int
}

// benchResult is one worker count's measure: seconds, medians of runs.
type benchResult struct {
	median, min, max float64
	gzip             float64 // median seconds of gzip -6 of the texts
	ratio            float64 // median over runs of extract time / gzip time
	procs            int
}

// measure runs extract on the inputs runs times with the given workers,
// each run just after a gzip -6 of the same text, so that both see the
// machine in the same state; setProcs also sets GOMAXPROCS to workers.
func (in benchInput) measure(e *env, workers, runs int, setProcs bool) (benchResult, error) {
	if setProcs {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(workers))
	}
	extractArgs := append([]string{"--quiet", "--workers", strconv.Itoa(workers), "--"}, in.paths...)
	times, gz, ratios := make([]float64, runs), make([]float64, runs), make([]float64, runs)
	for i := range runs {
		g, err := gzipSeconds(in.texts)
		if err != nil {
			return benchResult{}, fmt.Errorf("bench: gzip: %w", err)
		}
		start := time.Now()
		quiet := &env{stdin: e.stdin, stdout: io.Discard, stderr: io.Discard} // the inputs were checked above
		if err := (&ExtractCommand{}).Run(quiet, extractArgs); err != nil {
			return benchResult{}, err
		}
		times[i], gz[i] = time.Since(start).Seconds(), g
		ratios[i] = times[i] / g
	}
	r := benchResult{median: median(times), gzip: median(gz), ratio: median(ratios), procs: runtime.GOMAXPROCS(0)}
	r.min, r.max = slices.Min(times), slices.Max(times)
	return r, nil
}

// median is the middle value (the upper of two).
func median(xs []float64) float64 {
	s := slices.Sorted(slices.Values(xs))
	return s[len(s)/2]
}

// joined is the texts as one, for gzip.
func joined(texts []string) string { return strings.Join(texts, "\n") }

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
Words are letter/digit runs, as the PolNeAR scorer counts them. Before
each run it compresses the same text with gzip -6 (the gzip program if
there is one, else Go's compress/gzip at level 6) and prints the median
ratio of the two times. To measure one core:
GOMAXPROCS=1 whosaid bench --workers 1 FILE.

Flags:
  --workers N   extract on N goroutines (default %d, the CPUs)
  --runs K      runs to take the median of (default 5)
  --stages      also time each stage (segment, tag, parse, label,
                resolve) on one goroutine, medians of K passes
  --scaling     measure at 1 worker, 2 and all CPUs (GOMAXPROCS set to
                the workers), and print the speed-up over 1
`, runtime.NumCPU())
}
