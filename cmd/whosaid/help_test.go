package main

import (
	"strconv"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/ingest"
)

// TestExtractHelpListsEveryFormat holds the help of extract to ingest's
// table of formats, whichever way the help is asked for.
func TestExtractHelpListsEveryFormat(t *testing.T) {
	_, viaHelp, _ := runCmd(t, "", "help", "extract")
	code, _, viaFlag := runCmd(t, "", "extract", "--help")
	if code != exitOK || viaFlag != viaHelp {
		t.Fatalf("extract --help (exit %d) and help extract differ:\n%s\n---\n%s", code, viaFlag, viaHelp)
	}
	flat := strings.Join(strings.Fields(viaHelp), " ")
	for _, f := range ingest.Formats() {
		want := []string{f.Name, strings.Join(strings.Fields(f.DescribeSniff(strconv.Quote)), " "), strings.Join(strings.Fields(f.Reader), " ")}
		want = append(want, f.Extensions...)
		for _, w := range want {
			if !strings.Contains(flat, w) {
				t.Errorf("help extract does not say %q (format %s)", w, f.Name)
			}
		}
	}
	for _, line := range strings.Split(viaHelp, "\n") {
		if n := len([]rune(line)); n > helpWidth {
			t.Errorf("help line of %d columns: %q", n, line)
		}
	}
}

func TestWrap(t *testing.T) {
	for _, c := range []struct{ first, text, want string }{
		{"  a  ", "", "  a  \n"},
		{"> ", "one two", "> one two\n"},
		{"> ", strings.Repeat("word ", 20), "> " + strings.TrimSpace(strings.Repeat("word ", 15)) + "\n  " + strings.TrimSpace(strings.Repeat("word ", 5)) + "\n"},
		{"> ", strings.Repeat("x", 90) + " y", "> " + strings.Repeat("x", 90) + "\n  y\n"},
	} {
		if got := wrap(c.first, c.text, "  "); got != c.want {
			t.Errorf("wrap(%q, %q) =\n%q, want\n%q", c.first, c.text, got, c.want)
		}
	}
}
