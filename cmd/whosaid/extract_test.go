package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/warctest"
)

const (
	englishStory = "The council voted on Thursday to close the old library, despite a petition signed by thousands of residents.\n" +
		"\"We had no choice,\" the council leader said, adding that the building needed repairs the city could not afford.\n" +
		"Campaigners said they would appeal against the decision and ask the government to intervene."
	frenchStory = "Le conseil municipal a voté jeudi la fermeture de l'ancienne bibliothèque, malgré une pétition signée par des milliers d'habitants.\n" +
		"« Nous n'avions pas le choix », a déclaré le maire, ajoutant que le bâtiment avait besoin de réparations que la ville ne pouvait pas payer."
)

// A folder of web pages, a feed and an archive, with a page in French, a
// copy of a page under another name, and a file that is not HTML.
func TestExtractWebInputs(t *testing.T) {
	dir := t.TempDir()
	page := warctest.Page("City Post", "Library to close", englishStory)
	writeFile(t, dir, "a.html", page)
	writeFile(t, dir, "b.html", "\x89PNG\r\n\x1a\n\x00\x00\x00")
	writeFile(t, dir, "c.html", warctest.Page("Le Journal", "La bibliothèque fermera", frenchStory))
	writeFile(t, dir, "d.rss", `<?xml version="1.0"?><rss version="2.0"><channel><title>City Feed</title>
<item><title>Library</title><link>https://city.example/library</link><guid>feed-1</guid><description>The library will close, the council said.</description></item></channel></rss>`)
	var warc bytes.Buffer
	w := warctest.NewWriter(&warc, true)
	for _, r := range []warctest.Record{
		{Type: "response", URI: "https://syndicated.example/library", ContentType: "text/html", Body: warctest.Page("Syndicated", "Library to close", englishStory)},
		{Type: "response", URI: "https://city.example/gone", Status: 404, ContentType: "text/html", Body: "<p>gone</p>"},
	} {
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	writeFile(t, dir, "e.warc.gz", warc.String())

	dupFile := filepath.Join(t.TempDir(), "dups.jsonl")
	code, stdout, stderr := runCmd(t, "", "extract", "--duplicates", dupFile, dir)
	if code != exitFailed {
		t.Fatalf("exit %d, want %d (b.html fails): %s", code, exitFailed, stderr)
	}
	if !strings.Contains(stderr, "b.html: binary data, not text") {
		t.Errorf("stderr does not report b.html: %q", stderr)
	}
	want := "6 documents read, 2 extracted, 1 duplicate, 2 skipped (1 not in language en, 1 warc: HTTP status not 200), 1 failed"
	if !strings.Contains(stderr, want) {
		t.Errorf("summary:\n%s\nwant\n%s", stderr, want)
	}
	recs := parseOutput(t, stdout)
	if len(recs) != 3 {
		t.Fatalf("%d records, want 3:\n%s", len(recs), stdout)
	}
	first := filepath.Join(dir, "a.html")
	if id := recs[0].str(t, "id"); id != first {
		t.Errorf("first record is %s", id)
	}
	var meta struct {
		Outlet, Title, URL string
		Partial            bool
	}
	if err := json.Unmarshal(recs[0].fields["meta"], &meta); err != nil || meta.Outlet != "City Post" || meta.Title != "Library to close" {
		t.Errorf("meta of the page: %s (%v)", recs[0].fields["meta"], err)
	}
	if err := json.Unmarshal(recs[1].fields["meta"], &meta); err != nil || !meta.Partial {
		t.Errorf("meta of the feed item: %s (%v)", recs[1].fields["meta"], err)
	}
	dup := recs[2]
	if dup.str(t, "duplicate_of") != first || dup.fields["text"] != nil || dup.fields["attributions"] != nil {
		t.Errorf("duplicate record: %v", dup.keys)
	}
	if err := json.Unmarshal(dup.fields["meta"], &meta); err != nil || meta.URL != "https://syndicated.example/library" {
		t.Errorf("meta of the duplicate: %s (%v)", dup.fields["meta"], err)
	}

	report, err := os.ReadFile(dupFile)
	if err != nil {
		t.Fatal(err)
	}
	wantReport := `{"id":"` + first + `","duplicates":[{"id":"urn:uuid:00000000-0000-4000-8000-000000000001","url":"https://syndicated.example/library","outlet":"Syndicated"}]}` + "\n"
	if string(report) != wantReport {
		t.Errorf("duplicates report:\n%s\nwant\n%s", report, wantReport)
	}

	// --lang any keeps the French page.
	_, stdout, stderr = runCmd(t, "", "extract", "--lang", "any", dir)
	if n := len(parseOutput(t, stdout)); n != 4 || !strings.Contains(stderr, "3 extracted") {
		t.Errorf("--lang any: %d records, stderr %q", n, stderr)
	}
}

func TestExtractLangFlag(t *testing.T) {
	for _, bad := range []string{"english", "EN", "e"} {
		if code, _, _ := runCmd(t, "", "extract", "--lang", bad); code != exitUsage {
			t.Errorf("--lang %s: exit %d, want %d", bad, code, exitUsage)
		}
	}
}

// A JSONL document's "author" names the writer of its own "I", in
// extract as in ingest (the same extract function); without it the
// writer has no name.
func TestExtractAuthorField(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{`{"text":"I think the plan will fail.","author":"Jane Doe"}`, `"speaker":"Jane Doe"`},
		{`{"text":"I think the plan will fail."}`, `"kind":"person"`},
	} {
		code, stdout, stderr := runCmd(t, tt.in, "extract", "--format", "json")
		if code != 0 || !strings.Contains(stdout, tt.want) {
			t.Errorf("%s: exit %d, output %s (stderr %s), want it to hold %s", tt.in, code, stdout, stderr, tt.want)
		}
		if !strings.Contains(tt.in, "author") && strings.Contains(stdout, `"speaker"`) {
			t.Errorf("%s: a speaker without an author: %s", tt.in, stdout)
		}
	}
}

// No progress bar when standard error is not a terminal.
func TestExtractNoProgressOffTerminal(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if isTerminal(f) {
		t.Fatal("a file is a terminal")
	}
	_, _, stderr := runCmd(t, `{"text":"She said so."}`, "extract")
	if strings.Contains(stderr, "\r") || strings.Contains(stderr, "MB/s") {
		t.Errorf("progress drawn off a terminal: %q", stderr)
	}
}

// A document over the time limit fails alone, named, and the others are
// extracted. The limit is far from both costs: the long document needs
// seconds of CPU (about 1.2 s a megabyte), the short one milliseconds.
func TestExtractTimeLimit(t *testing.T) {
	long := strings.Repeat(englishStory+"\n", 5000) // 1.6 MB
	shortLine, err := json.Marshal(map[string]string{"id": "short", "text": englishStory})
	if err != nil {
		t.Fatal(err)
	}
	longLine, err := json.Marshal(map[string]string{"id": "long", "text": long})
	if err != nil {
		t.Fatal(err)
	}
	in := string(shortLine) + "\n" + string(longLine) + "\n"
	code, out, errOut := runCmd(t, in, "extract", "--quiet", "--workers", "1", "--timeout", "300ms")
	if code != exitFailed {
		t.Errorf("exit %d, want %d; stderr %s", code, exitFailed, errOut)
	}
	recs := parseOutput(t, out)
	if len(recs) != 1 || string(recs[0].fields["id"]) != `"short"` {
		t.Errorf("output %q, want the short document only", out)
	}
	if !strings.Contains(errOut, "<stdin>:2: extraction of") || !strings.Contains(errOut, "time limit of 300ms (--timeout)") ||
		!strings.Contains(errOut, "2 documents read, 1 extracted, 1 failed") {
		t.Errorf("stderr %q does not name the document over the limit", errOut)
	}
	if code, _, errOut := runCmd(t, "", "extract", "--timeout", "0s"); code != exitUsage || !strings.Contains(errOut, "--timeout must be positive") {
		t.Errorf("--timeout 0s: exit %d, %q", code, errOut)
	}
}
