package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The commands that read a store refuse one that is not there, naming
// the path, and make no file; ingest makes the store, which they then
// read.
func TestReadingCommandsNeedAStore(t *testing.T) {
	dir := t.TempDir()
	typo := filepath.Join(dir, "typo.db")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"query", "documents", "--db", typo}, typo + ": no such file"},
		{[]string{"query", "outlets", "--db", dir}, dir + ": not a regular file"},
		{[]string{"serve", "--addr", "127.0.0.1:0", "--db", typo}, typo + ": no such file"},
	} {
		code, stdout, stderr := runCmd(t, "", c.args...)
		if code != exitFailed || !strings.Contains(stderr, c.want) || stdout != "" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit %d and %q", c.args, code, stdout, stderr, exitFailed, c.want)
		}
		if _, err := os.Stat(typo); err == nil {
			t.Fatalf("%q made %s", c.args, typo)
		}
	}

	db := filepath.Join(dir, "new.db")
	in := writeFile(t, dir, "in.jsonl", `{"id":"a","text":"\"We will win,\" said Ann Lee, the captain."}`+"\n")
	if code, _, stderr := runCmd(t, "", "ingest", "--quiet", "--db", db, in); code != exitOK {
		t.Fatalf("ingest into a new store: exit %d: %s", code, stderr)
	}
	code, stdout, stderr := runCmd(t, "", "query", "documents", "--db", db, "--format", "csv")
	if code != exitOK || !strings.Contains(stdout, "\na,") {
		t.Errorf("query of the store ingest made: exit %d, %q, %s", code, stdout, stderr)
	}
}
