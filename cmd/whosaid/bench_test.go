package main

import (
	"regexp"
	"testing"
)

func TestBench(t *testing.T) {
	code, out, errOut := runCmd(t, "", "bench", "--runs", "2", "--workers", "2", "../../testdata/sample.txt")
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	for _, re := range []string{
		`^1 documents, \d+ words, [0-9.]+ MB of text; 2 workers`,
		`\n\d+ words/s  [0-9.]+ MB/s  \d+ documents/s  [0-9.]+s  peak RSS \d+ MB\n$`,
	} {
		if !regexp.MustCompile(re).MatchString(out) {
			t.Errorf("output %q does not match %s", out, re)
		}
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
