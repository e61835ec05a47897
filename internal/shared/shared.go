// Package shared finds the data that lives beside the repository, in
// ../shared (PolNeAR, the scorer, the seed fixture, real news pages), for
// the tests and benchmarks that need it.
//
// A plain clone has no ../shared: its tests skip with the reason. Where
// the data must be there (CI sets WHOSAID_REQUIRE_SHARED=1), a missing
// file fails the test instead, so nothing is skipped unseen.
package shared

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// EnvRequire is the variable that makes missing shared data a failure.
const EnvRequire = "WHOSAID_REQUIRE_SHARED"

// Need skips the test, or fails it under WHOSAID_REQUIRE_SHARED, when the
// file or folder at path does not exist. It returns path.
func Need(tb testing.TB, path string) string {
	tb.Helper()
	if _, err := os.Stat(path); err != nil {
		if os.Getenv(EnvRequire) != "" {
			tb.Fatalf("shared data missing (%s is set): %v", EnvRequire, err)
		}
		tb.Skipf("shared data missing (a plain clone has no ../shared; see docs/CONTRIBUTING.md): %v", err)
	}
	return path
}

// Path is Need of the file or folder rel (slash-separated, as
// "data/polnear/dev.jsonl") in the shared folder beside the repository.
// The repository's root is the folder of go.mod above the working
// directory, where go test runs a package's tests, so that the path does
// not depend on how deep the package lies (a relative "../../shared"
// silently stopped finding anything when packages moved).
func Path(tb testing.TB, rel string) string {
	tb.Helper()
	root, err := moduleRoot()
	if err != nil {
		tb.Fatalf("finding the shared data: %v", err)
	}
	return Need(tb, filepath.Join(root, "..", "shared", filepath.FromSlash(rel)))
}

// moduleRoot is the nearest folder holding go.mod at or above the working
// directory.
func moduleRoot() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for dir := wd; ; {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod in %s or above it", wd)
		}
		dir = parent
	}
}
