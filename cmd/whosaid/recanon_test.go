package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/store"
	"github.com/whosaid/whosaid/store/sqlite"
)

func TestRecanonUsage(t *testing.T) {
	for _, args := range [][]string{
		{"recanon", "extra"},
		{"recanon", "--nope"},
	} {
		if code, _, stderr := runCmd(t, "", args...); code != exitUsage || stderr == "" {
			t.Errorf("%q: exit %d, stderr %q; want %d and a message", args, code, stderr, exitUsage)
		}
	}
	if code, out, _ := runCmd(t, "", "help", "recanon"); code != exitOK || !strings.Contains(out, "resumed") {
		t.Errorf("help recanon: exit %d, %q", code, out)
	}
}

// surnameFirst is a corpus in which a bare surname comes before the full
// name: stored batch by batch, the surname is a speaker of its own.
func surnameFirst(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	for i, text := range []string{
		`"We will build it," Halvorsen said on Monday in Moorhead.`,
		`"The water came anyway," Margaret Halvorsen said on Tuesday in Moorhead.`,
	} {
		line, _ := json.Marshal(map[string]string{"id": []string{"a", "b"}[i], "outlet": "Twin Cities Courier",
			"published": []string{"2020-06-01", "2020-06-02"}[i], "text": text})
		b.Write(line)
		b.WriteByte('\n')
	}
	return writeFile(t, dir, "corpus.jsonl", b.String())
}

func personSpeakers(t *testing.T, db string) []store.Speaker {
	t.Helper()
	st, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	l, err := st.Speakers(context.Background(), store.SpeakerFilter{Kind: whosaid.Person})
	if err != nil {
		t.Fatal(err)
	}
	return l.Items
}

// TestRecanon: documents stored batch by batch without a recanon leave a
// bare surname apart; whosaid recanon joins it to the full name, and a
// second run changes nothing. whosaid ingest ends with a recanon itself.
func TestRecanon(t *testing.T) {
	dir := t.TempDir()
	corpus := surnameFirst(t, dir)
	db := filepath.Join(dir, "store.db")
	if code, _, stderr := runCmd(t, "", "ingest", "--no-recanon", "--batch", "1", "--db", db, corpus); code != exitOK {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	if sps := personSpeakers(t, db); len(sps) != 2 {
		t.Fatalf("stored batch by batch: %d person speakers, want the bare name apart: %+v", len(sps), sps)
	}
	code, _, stderr := runCmd(t, "", "recanon", "--db", db)
	if code != exitOK || !strings.Contains(stderr, "recanon of 2 documents") || !strings.Contains(stderr, "1 attribution given another speaker") {
		t.Fatalf("recanon: exit %d: %s", code, stderr)
	}
	if sps := personSpeakers(t, db); len(sps) != 1 || sps[0].Name != "Margaret Halvorsen" || sps[0].Attributions != 2 {
		t.Errorf("after a recanon: %+v", sps)
	}
	if code, _, stderr := runCmd(t, "", "recanon", "--db", db); code != exitOK || !strings.Contains(stderr, " 0 attributions given another speaker") {
		t.Errorf("a second recanon: exit %d: %s", code, stderr)
	}
	if code, _, stderr := runCmd(t, "", "recanon", "--quiet", "--db", db); code != exitOK || stderr != "" {
		t.Errorf("recanon --quiet: exit %d: %q", code, stderr)
	}

	db2 := filepath.Join(dir, "store2.db")
	code, _, stderr = runCmd(t, "", "ingest", "--batch", "1", "--db", db2, corpus)
	if code != exitOK || !strings.Contains(stderr, "recanon of 2 documents") {
		t.Fatalf("ingest with its recanon: exit %d: %s", code, stderr)
	}
	if sps := personSpeakers(t, db2); len(sps) != 1 {
		t.Errorf("ingest ending with a recanon: %+v", sps)
	}
}
