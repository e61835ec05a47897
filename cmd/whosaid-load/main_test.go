package main

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/shared"
)

// A smoke test with tiny sizes: the program builds a synthetic store,
// serves it, loads it and reports. No figure is checked: speed is for
// the program's own runs, not for tests.
func TestSmoke(t *testing.T) {
	db := filepath.Join(t.TempDir(), "load.db")
	var out, errOut strings.Builder
	err := run([]string{"--db", db, "--synthetic", "300", "--per-doc", "10", "--batch", "7",
		"--workers", "2", "--duration", "300ms", "--runs", "2", "--vocab", shared.Need(t, vocabFile)}, &out, &errOut)
	if err != nil {
		t.Fatalf("%v\n%s", err, errOut.String())
	}
	for _, want := range []string{
		`generated 30 documents with 300 attributions`,
		`store .*: 30 documents, 300 attributions, \d+ outlets, \d+ months`,
		`run 1: \d+ requests, .* 0 failed`,
		`run 2: \d+ requests, .* 0 failed`,
		`median of 2 runs: p50 [0-9.]+ ms, p99 [0-9.]+ ms`,
	} {
		if !regexp.MustCompile(want).MatchString(out.String()) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	// A second run finds the attributions there and generates none.
	out.Reset()
	if err := run([]string{"--db", db, "--synthetic", "300", "--duration", "100ms", "--runs", "1", "--vocab", shared.Need(t, vocabFile)}, &out, &errOut); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "holds 300 attributions already") {
		t.Errorf("second run:\n%s", out.String())
	}
}

func TestFlags(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"--db", "x.db", "--duration", "11m"},
		{"--db", "x.db", "--workers", "0"},
		{"--db", "x.db", "extra"},
	} {
		var out, errOut strings.Builder
		if err := run(args, &out, &errOut); err == nil {
			t.Errorf("%q: no error", args)
		}
	}
}

// vocabFile is a small real corpus to draw words from.
const vocabFile = "../../../shared/data/polnear/dev.jsonl"
