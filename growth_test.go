//go:build unix

package whosaid_test

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/whosaid/whosaid"
)

// growthCaseEnv names the case a child process of BenchmarkDocumentGrowth
// runs (see TestMain).
const growthCaseEnv = "WHOSAID_GROWTH_CASE"

// growthCases are the inputs of BenchmarkDocumentGrowth, all made of the
// texts of PolNeAR train (3.9 MB): as separate documents, joined into one
// (paragraphs kept), joined with every line break made a space, and the
// first tenth of the joined document; "model" extracts nothing, for the
// memory of the model alone.
var growthCases = map[string]func(texts []string) []string{
	"model":    func([]string) []string { return nil },
	"separate": func(texts []string) []string { return texts },
	"joined":   func(texts []string) []string { return []string{joined(texts)} },
	"flat": func(texts []string) []string {
		return []string{strings.NewReplacer("\r", " ", "\n", " ").Replace(joined(texts))}
	},
	"tenth": func(texts []string) []string {
		j := joined(texts)
		cut := len(j) / 10
		cut += strings.Index(j[cut:], "\n\n")
		return []string{j[:cut]}
	},
}

func joined(texts []string) string { return strings.Join(texts, "\n\n") }

// growthResult is what a child process reports of its case.
type growthResult struct {
	CPU   float64 // seconds of CPU (user and system) spent extracting
	Bytes int
	Words int
}

// TestMain runs one case of BenchmarkDocumentGrowth when asked to by the
// environment, and exits: a process of its own gives the case a peak
// memory of its own. Otherwise it runs the tests.
func TestMain(m *testing.M) {
	if name := os.Getenv(growthCaseEnv); name != "" {
		if err := runGrowthCase(name, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// runGrowthCase extracts and encodes the documents of one case, writing
// the CPU time it took as JSON to w.
func runGrowthCase(name string, w io.Writer) error {
	build, ok := growthCases[name]
	if !ok {
		return fmt.Errorf("no growth case %q", name)
	}
	texts, err := readTexts(trainGold)
	if err != nil {
		return err
	}
	x, err := whosaid.NewExtractor()
	if err != nil {
		return err
	}
	docs := build(texts)
	texts = nil // the case's documents only, as a reader would hold them
	res := growthResult{}
	for _, d := range docs {
		res.Bytes += len(d)
		res.Words += countWords(d)
	}
	enc := json.NewEncoder(io.Discard)
	before := cpuTime()
	for _, d := range docs {
		if err := enc.Encode(x.Extract(d)); err != nil {
			return err
		}
	}
	res.CPU = (cpuTime() - before).Seconds()
	return json.NewEncoder(w).Encode(res)
}

// cpuTime is the CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		panic(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// readTexts reads the texts of a PolNeAR file.
func readTexts(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var texts []string
	for line := range strings.Lines(string(data)) {
		var d struct{ Text string }
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		texts = append(texts, d.Text)
	}
	return texts, nil
}

// BenchmarkDocumentGrowth tells whether the cost of a document grows in
// proportion to its size. Each case runs in a process of its own (this
// binary, see TestMain), one after the other, and reports its CPU time;
// its peak memory is the process's peak resident set. Reported:
//
//	cpu-joined/separate  one 3.9 MB document against the same text as 840
//	cpu-flat/separate    the same, with its line breaks lost
//	cpu-10x/1x           the joined document against its first tenth (≈10
//	                     when linear)
//	mem-joined/separate, mem-flat/separate, mem-10x/1x  the same, of peak RSS
//	MB-*                 each case's peak RSS, the model included
//	bytes/word           peak RSS beyond the model's, per word of the
//	                     joined document
//
// Run it with -benchtime 1x: one iteration takes a minute of CPU.
func BenchmarkDocumentGrowth(b *testing.B) {
	if _, err := os.Stat(trainGold); err != nil {
		b.Skipf("no corpus: %v", err)
	}
	for b.Loop() {
		res := map[string]growthResult{}
		peak := map[string]float64{}
		for _, name := range []string{"model", "separate", "joined", "flat", "tenth"} {
			r, rss, err := runGrowthChild(name)
			if err != nil {
				b.Fatal(err)
			}
			res[name], peak[name] = r, rss
			b.ReportMetric(rss/(1<<20), "MB-"+name)
		}
		b.ReportMetric(res["joined"].CPU/res["separate"].CPU, "cpu-joined/separate")
		b.ReportMetric(res["flat"].CPU/res["separate"].CPU, "cpu-flat/separate")
		b.ReportMetric(res["joined"].CPU/res["tenth"].CPU, "cpu-10x/1x")
		b.ReportMetric(peak["joined"]/peak["separate"], "mem-joined/separate")
		b.ReportMetric(peak["flat"]/peak["separate"], "mem-flat/separate")
		b.ReportMetric(peak["joined"]/peak["tenth"], "mem-10x/1x")
		b.ReportMetric((peak["joined"]-peak["model"])/float64(res["joined"].Words), "bytes/word")
		b.Logf("bytes: joined %d, tenth %d (x%.2f); CPU s: separate %.2f, joined %.2f, flat %.2f, tenth %.2f",
			res["joined"].Bytes, res["tenth"].Bytes, float64(res["joined"].Bytes)/float64(res["tenth"].Bytes),
			res["separate"].CPU, res["joined"].CPU, res["flat"].CPU, res["tenth"].CPU)
	}
}

// runGrowthChild runs one case in a child process and returns its result
// and peak resident set in bytes.
func runGrowthChild(name string) (growthResult, float64, error) {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), growthCaseEnv+"="+name)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return growthResult{}, 0, fmt.Errorf("growth case %s: %w", name, err)
	}
	var r growthResult
	if err := json.Unmarshal(out, &r); err != nil {
		return r, 0, fmt.Errorf("growth case %s: %w in %q", name, err, out)
	}
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		return r, 0, fmt.Errorf("growth case %s: no resource usage", name)
	}
	rss := float64(ru.Maxrss) // bytes on macOS, KiB elsewhere
	if runtime.GOOS != "darwin" {
		rss *= 1024
	}
	return r, rss, nil
}
