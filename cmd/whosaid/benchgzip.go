package main

import (
	"compress/gzip"
	"io"
	"os/exec"
	"strings"
	"time"
)

// gzipName says which gzip bench compares with.
func gzipName() string {
	if p, err := exec.LookPath("gzip"); err == nil {
		return "gzip -6 is " + p
	}
	return "gzip -6 is Go's compress/gzip at level 6 (no gzip program found)"
}

// gzipSeconds compresses the texts, joined, at level 6 and returns the
// wall time it took: with the gzip program when there is one (what users
// compare with), else in process.
func gzipSeconds(texts []string) (float64, error) {
	text := joined(texts)
	if p, err := exec.LookPath("gzip"); err == nil {
		cmd := exec.Command(p, "-6", "-c")
		cmd.Stdin = strings.NewReader(text)
		cmd.Stdout = io.Discard
		start := time.Now()
		err := cmd.Run()
		return time.Since(start).Seconds(), err
	}
	start := time.Now()
	w, err := gzip.NewWriterLevel(io.Discard, 6)
	if err != nil {
		return 0, err
	}
	if _, err := io.WriteString(w, text); err != nil {
		return 0, err
	}
	err = w.Close()
	return time.Since(start).Seconds(), err
}
