// Package shared finds the data that lives beside the repository, in
// ../shared (PolNeAR, the scorer, the seed fixture, real news pages), for
// the tests and benchmarks that need it.
//
// A plain clone has no ../shared: its tests skip with the reason. Where
// the data must be there (CI sets WHOSAID_REQUIRE_SHARED=1), a missing
// file fails the test instead, so nothing is skipped unseen.
package shared

import (
	"os"
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
