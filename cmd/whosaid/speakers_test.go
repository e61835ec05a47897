package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

func TestSpeakersUsage(t *testing.T) {
	for _, args := range [][]string{
		{"speakers"},
		{"speakers", "forget", "1"},
		{"speakers", "merge", "1"},
		{"speakers", "rename", "x", "Name"},
		{"speakers", "merge", "1", "two"},
		{"speakers", "rename", "1", "Name", "--into", "2"},
		{"speakers", "corrections", "extra"},
		{"speakers", "corrections", "--limit", "0"},
		{"speakers", "rename", "1", "Name", "--actor", ""},
	} {
		if code, _, stderr := runCmd(t, "", args...); code != exitUsage || stderr == "" {
			t.Errorf("%q: exit %d, stderr %q; want %d and a message", args, code, stderr, exitUsage)
		}
	}
	if code, out, _ := runCmd(t, "", "help", "speakers"); code != exitOK || !strings.Contains(out, "set-title") {
		t.Errorf("help speakers: exit %d, %q", code, out)
	}
}

// TestSpeakers renames and merges speakers from the command line, lists
// the corrections, refuses one that cannot be made, and finds the
// corrections still made after a recanon and a re-ingest.
func TestSpeakers(t *testing.T) {
	dir := t.TempDir()
	corpus := surnameFirst(t, dir)
	db := filepath.Join(dir, "store.db")
	if code, _, stderr := runCmd(t, "", "ingest", "--quiet", "--db", db, corpus); code != exitOK {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	sps := personSpeakers(t, db)
	if len(sps) != 1 {
		t.Fatalf("speakers: %+v", sps)
	}
	id := fmt.Sprint(sps[0].ID)
	code, out, stderr := runCmd(t, "", "speakers", "rename", "--db", db, "--actor", "ann", id, "Sen. Margaret Halvorsen")
	if code != exitOK || !strings.Contains(out, "correction 1: speaker "+id+` renamed "Sen. Margaret Halvorsen"`) {
		t.Fatalf("rename: exit %d: %q %q", code, out, stderr)
	}
	code, out, stderr = runCmd(t, "", "speakers", "set-title", "--db", db, "--actor", "ann", id, "Senator")
	if code != exitOK || !strings.Contains(out, "correction 2:") {
		t.Fatalf("set-title: exit %d: %q %q", code, out, stderr)
	}
	code, _, stderr = runCmd(t, "", "speakers", "merge", "--db", db, "--actor", "ann", id, id)
	if code != exitUsage || !strings.Contains(stderr, "another speaker") {
		t.Errorf("merge into itself: exit %d: %q", code, stderr)
	}
	code, _, stderr = runCmd(t, "", "speakers", "merge", "--db", db, "--actor", "ann", id, "987654")
	if code != exitFailed || !strings.Contains(stderr, "not found") {
		t.Errorf("merge into nobody: exit %d: %q", code, stderr)
	}
	code, out, _ = runCmd(t, "", "speakers", "corrections", "--db", db)
	if code != exitOK || !strings.Contains(out, "2 of 2 corrections") || !strings.Contains(out, "ann") ||
		strings.Index(out, "title") > strings.Index(out, "renamed") {
		t.Errorf("corrections: exit %d: %s", code, out)
	}
	for _, step := range [][]string{{"recanon", "--quiet", "--db", db}, {"ingest", "--quiet", "--db", db, corpus}} {
		if code, _, stderr := runCmd(t, "", step...); code != exitOK {
			t.Fatalf("%s: exit %d: %s", step[0], code, stderr)
		}
		sps := personSpeakers(t, db)
		if len(sps) != 1 || sps[0].Name != "Sen. Margaret Halvorsen" || sps[0].Title != "Senator" || sps[0].Attributions != 2 {
			t.Errorf("after %s: %+v", step[0], sps)
		}
	}
}
