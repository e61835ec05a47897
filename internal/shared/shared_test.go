package shared

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// recorder is a testing.TB that notes Skipf and Fatalf, which end the
// goroutine as testing's do, so that Need's choice between them can be
// checked without ending this test.
type recorder struct {
	testing.TB
	skipped, failed string
}

func (r *recorder) Helper() {}

func (r *recorder) Skipf(format string, a ...any) {
	r.skipped = fmt.Sprintf(format, a...)
	runtime.Goexit()
}

func (r *recorder) Fatalf(format string, a ...any) {
	r.failed = fmt.Sprintf(format, a...)
	runtime.Goexit()
}

// call runs f on a goroutine of its own, which Skipf and Fatalf end, and
// returns what f returned ("" when it was ended).
func call(f func() string) string {
	out := make(chan string, 1)
	go func() {
		defer close(out)
		out <- f()
	}()
	return <-out
}

func TestNeed(t *testing.T) {
	present := t.TempDir()
	absent := filepath.Join(present, "absent.jsonl")
	for _, c := range []struct {
		name, path, require string
		skip, fail          bool
	}{
		{"present", present, "", false, false},
		{"present, required", present, "1", false, false},
		{"absent", absent, "", true, false},
		{"absent, required", absent, "1", false, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Setenv(EnvRequire, c.require)
			var r recorder
			got := call(func() string { return Need(&r, c.path) })
			if !c.skip && !c.fail && got != c.path {
				t.Errorf("Need returned %q, want %q", got, c.path)
			}
			if (r.skipped != "") != c.skip || (r.failed != "") != c.fail {
				t.Errorf("skipped %q, failed %q; want skip %v, fail %v", r.skipped, r.failed, c.skip, c.fail)
			}
			if msg := r.skipped + r.failed; msg != "" && !strings.Contains(msg, c.path) {
				t.Errorf("the message %q does not name %s", msg, c.path)
			}
		})
	}
}

// Path finds the repository's root from any depth, so that a package's
// tests need not count the folders above them.
func TestPath(t *testing.T) {
	root, err := filepath.Abs("../..") // internal/shared
	if err != nil {
		t.Fatal(err)
	}
	want := filepath.Join(root, "..", "shared", "data", "x.jsonl")
	t.Setenv(EnvRequire, "")
	var r recorder
	call(func() string { return Path(&r, "data/x.jsonl") })
	if !strings.Contains(r.skipped, want) {
		t.Errorf("Path looked for something else than %s: %s", want, r.skipped)
	}

	t.Chdir(t.TempDir()) // no go.mod above
	if _, err := os.Stat("go.mod"); err == nil {
		t.Skip("a go.mod in the temporary folder")
	}
	r = recorder{}
	call(func() string { return Path(&r, "data/x.jsonl") })
	if r.failed == "" {
		t.Error("no failure without a go.mod above the working directory")
	}
}
