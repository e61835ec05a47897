package main

import (
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

func TestBench(t *testing.T) {
	code, out, errOut := runCmd(t, "", "bench", "--runs", "2", "--workers", "2", "../../testdata/sample.txt")
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	for _, re := range []string{
		`^1 documents, \d+ words, [0-9.]+ MB of text; gzip -6 is `,
		`\n2 workers, GOMAXPROCS \d+; median of 2 runs`,
		`\n\d+ words/s  [0-9.]+ MB/s  \d+ documents/s  [0-9.]+s  peak RSS \d+ MB\n`,
		`\ngzip -6 of the same text [0-9.]+s: whosaid takes [0-9.]+ times as long\n$`,
	} {
		if !regexp.MustCompile(re).MatchString(out) {
			t.Errorf("output %q does not match %s", out, re)
		}
	}
}

// TestBenchStagesAndScaling checks the per-stage table (every stage, and
// shares that add up) and one line of speed per worker count.
func TestBenchStagesAndScaling(t *testing.T) {
	code, out, errOut := runCmd(t, "", "bench", "--runs", "1", "--stages", "--scaling", "../../testdata/sample.txt")
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	var share float64
	for _, name := range append(stageNames[:], "all") {
		m := regexp.MustCompile(`\n` + name + ` +[0-9.]+ +([0-9]+)% +\d+\n`).FindStringSubmatch(out)
		if m == nil {
			t.Fatalf("no row for stage %s in %q", name, out)
		}
		if name != "all" {
			v, _ := strconv.ParseFloat(m[1], 64)
			share += v
		}
	}
	if share < 95 || share > 105 { // each share rounded
		t.Errorf("stage shares add up to %.0f%%", share)
	}
	if runtime.NumCPU() == 1 {
		return // 1, 2 and all CPUs are one count
	}
	if n := strings.Count(out, " workers, GOMAXPROCS "); n < 2 {
		t.Errorf("%d worker counts measured, want 1 and at least one more:\n%s", n, out)
	}
	if !strings.Contains(out, "the speed of 1 worker") {
		t.Errorf("no speed-up over 1 worker:\n%s", out)
	}
}

func TestBenchUsage(t *testing.T) {
	for _, args := range [][]string{{"bench"}, {"bench", "--runs", "0", "x"}} {
		if code, _, _ := runCmd(t, "", args...); code != exitUsage {
			t.Errorf("%q: exit %d, want %d", args, code, exitUsage)
		}
	}
}

func TestCountWords(t *testing.T) {
	for text, want := range map[string]int{"": 0, "don't stop": 2, "U.S. well-known 2015-11": 5, "“Hi,” he said.": 3} {
		if got := countWords(text); got != want {
			t.Errorf("countWords(%q) = %d, want %d", text, got, want)
		}
	}
}
