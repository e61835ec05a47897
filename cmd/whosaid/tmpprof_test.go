package main

import (
	"io"
	"os"
	"testing"
)

func TestTmpProf(t *testing.T) {
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: io.Discard}
	if err := (&BenchCommand{}).Run(e, []string{"--workers", "1", "--runs", "3", "../../../shared/data/polnear/train.jsonl"}); err != nil {
		t.Fatal(err)
	}
}
