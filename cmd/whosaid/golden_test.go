package main

import (
	"bufio"
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/shared"
)

var update = flag.Bool("update", false, "rewrite testdata/golden.txt with the current output's digests")

// goldenInputs are the inputs whose whole `whosaid extract` output is held
// to a digest: a change of output anywhere in them is a change of
// behaviour, to be made on purpose (go test -run TestGoldenOutput -update)
// and never by a restructuring.
var goldenInputs = []struct{ name, path string }{
	{"sample", "../../testdata/sample.txt"},
	{"seed", "../../../shared/fixtures/seed/000_fa07f6f012f0531c.txt"},
	{"polnear-dev", "../../../shared/data/polnear/dev.jsonl"},
	{"news-pages", "../../../shared/data/news-pages/html"},
}

func TestGoldenOutput(t *testing.T) {
	const file = "testdata/golden.txt"
	want := map[string]string{}
	if f, err := os.Open(file); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if name, sum, ok := strings.Cut(sc.Text(), " "); ok {
				want[name] = sum
			}
		}
		f.Close()
	}
	var lines []string
	for _, in := range goldenInputs {
		if _, err := os.Stat(in.path); err != nil {
			t.Run(in.name, func(t *testing.T) { shared.Need(t, in.path) })
			lines = append(lines, in.name+" "+want[in.name])
			continue
		}
		code, out, errOut := runCmd(t, "", "extract", "--quiet", filepath.FromSlash(in.path))
		if code != exitOK && in.name != "news-pages" {
			t.Fatalf("%s: exit %d: %s", in.name, code, errOut)
		}
		got := fmt.Sprintf("%x", sha256.Sum256([]byte(out)))
		lines = append(lines, in.name+" "+got)
		if !*update && got != want[in.name] {
			t.Errorf("%s: output digest %s, golden %s: the output changed (go test -run TestGoldenOutput -update if on purpose)", in.name, got, want[in.name])
		}
	}
	if *update {
		if err := os.WriteFile(file, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
