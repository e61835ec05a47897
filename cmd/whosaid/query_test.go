package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/internal/storetest/testdb"
	"github.com/whosaid/whosaid/server"
	"github.com/whosaid/whosaid/store"
)

// corpusDB is a SQLite store of the API suite's corpus, posted through
// the API.
func corpusDB(t *testing.T) string {
	t.Helper()
	return fillCorpus(t, filepath.Join(t.TempDir(), "q.db"))
}

// fillCorpus posts the API suite's corpus to the store at db.
func fillCorpus(t *testing.T, db string) string {
	t.Helper()
	st, err := openStore(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	x, err := whosaid.NewExtractor()
	if err != nil {
		t.Fatal(err)
	}
	body, err := os.ReadFile("../../server/testdata/corpus.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	h := server.New(st, x, server.Options{Token: "t"})
	r := httptest.NewRequest("POST", "/api/documents", strings.NewReader(string(body)))
	r.Header.Set("Authorization", "Bearer t")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	if w.Code != 200 {
		t.Fatalf("posting the corpus: %d %s", w.Code, w.Body)
	}
	return db
}

// apiBody is the API's answer to target over the store db.
func apiBody(t *testing.T, db, target string) string {
	t.Helper()
	st, err := openStore(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	w := httptest.NewRecorder()
	server.New(st, nil, server.Options{}).ServeHTTP(w, httptest.NewRequest("GET", target, nil))
	if w.Code != http.StatusOK {
		t.Fatalf("GET %s: %d %s", target, w.Code, w.Body)
	}
	return w.Body.String()
}

// The command line gives the API's answers, to the byte, for the same
// parameters given as flags.
func TestQueryAnswersAsTheAPI(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) { testQueryAnswersAsTheAPI(t, corpusDB(t)) })
	t.Run("postgres", func(t *testing.T) { testQueryAnswersAsTheAPI(t, fillCorpus(t, testdb.PostgresURL(t))) })
}

func testQueryAnswersAsTheAPI(t *testing.T, db string) {
	var ortega string
	tests := []struct {
		args   []string
		target string
	}{
		{[]string{"attributions", "--q", "budget"}, "/api/attributions?q=budget"},
		{[]string{"attributions", "--kind", "anonymous", "--outlet", "Northern Herald", "--limit", "2", "--offset", "1"}, "/api/attributions?kind=anonymous&outlet=Northern+Herald&limit=2&offset=1"},
		{[]string{"attributions", "--hedged=true", "--from", "2016-01-01", "--to", "2016-02-01"}, "/api/attributions?hedged=true&from=2016-01-01&to=2016-02-01"},
		{[]string{"attributions", "--type", "direct", "--doc", "ledger-2"}, "/api/attributions?type=direct&doc=ledger-2"},
		{[]string{"documents", "--q", "strike"}, "/api/documents?q=strike"},
		{[]string{"documents", "--outlet", "The Ledger", "--from", "2016-01-10"}, "/api/documents?outlet=The+Ledger&from=2016-01-10"},
		{[]string{"speakers", "--name", "Maria"}, "/api/speakers?name=Maria"},
		{[]string{"speakers", "--kind", "anonymous", "--limit", "3"}, "/api/speakers?kind=anonymous&limit=3"},
		{[]string{"outlets"}, "/api/outlets"},
		{[]string{"outlets", "--gender", "--from", "2016-01-10"}, "/api/outlets?gender=true&from=2016-01-10"},
		{[]string{"outlets", "--gender=false"}, "/api/outlets"},
		{[]string{"speakers", "--gender", "--kind", "person"}, "/api/speakers?gender=true&kind=person"},
		{[]string{"documents", "--outlet", "the ledger"}, "/api/documents?outlet=The+Ledger"},
	}
	for _, tt := range tests {
		args := append([]string{"query"}, tt.args...)
		args = append(args, "--db", db, "--format", "json")
		code, out, stderr := runCmd(t, "", args...)
		if code != exitOK {
			t.Errorf("%q: exit %d: %s", args, code, stderr)
			continue
		}
		if want := apiBody(t, db, tt.target); out != want {
			t.Errorf("%q:\n got %s\nwant %s", tt.args, out, want)
		}
		if strings.Contains(tt.target, "name=Maria") {
			var l store.List[store.Speaker]
			if err := json.Unmarshal([]byte(out), &l); err != nil || len(l.Items) == 0 {
				t.Fatalf("speakers named Maria: %v %s", err, out)
			}
			ortega = strconv.FormatInt(l.Items[0].ID, 10)
		}
	}
	code, out, stderr := runCmd(t, "", "query", "speaker", ortega, "--db", db, "--format", "json")
	if want := apiBody(t, db, "/api/speakers/"+ortega); code != exitOK || out != want {
		t.Errorf("query speaker %s: exit %d %s\n got %s\nwant %s", ortega, code, stderr, out, want)
	}
}

func TestQueryTableAndCSV(t *testing.T) {
	db := corpusDB(t)
	code, out, stderr := runCmd(t, "", "query", "attributions", "--db", db, "--q", "budget")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if len(lines) < 3 || !strings.HasPrefix(lines[0], "doc ") || !strings.HasPrefix(lines[len(lines)-1], "rows 1-") {
		t.Fatalf("table:\n%s", out)
	}
	// Aligned: the content column starts at the same place on every row.
	col := strings.Index(lines[0], "content")
	for _, l := range lines[1 : len(lines)-1] {
		if r := []rune(l); len(r) <= col || r[col-1] != ' ' || r[col] == ' ' {
			t.Errorf("row not aligned under content (column %d): %q", col, l)
		}
		if !strings.Contains(l, "[budget]") && !strings.Contains(l, "[Budget]") {
			t.Errorf("row does not mark the match: %q", l)
		}
	}

	code, out, stderr = runCmd(t, "", "query", "outlets", "--db", db, "--format", "csv")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 4 || recs[0][0] != "outlet" || recs[1][0] != "Northern Herald" || recs[1][1] != "3" {
		t.Errorf("outlets CSV: %q", recs)
	}
	// --gender adds the counts and shares, unknown among them.
	code, out, stderr = runCmd(t, "", "query", "outlets", "--db", db, "--format", "csv", "--gender")
	recs, err = csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != exitOK || err != nil || len(recs) != 4 || !strings.HasSuffix(strings.Join(recs[0], ","), ",female,male,unknown,female_pct,male_pct,unknown_pct") {
		t.Fatalf("outlets --gender CSV: %d %v %s %q", code, err, stderr, recs)
	}
	for _, r := range recs[1:] {
		n := len(r)
		f, _ := strconv.Atoi(r[n-6])
		m, _ := strconv.Atoi(r[n-5])
		u, _ := strconv.Atoi(r[n-4])
		if f+m+u == 0 {
			t.Errorf("outlets --gender: %s counts no person: %q", r[0], r)
		}
	}
	code, out, _ = runCmd(t, "", "query", "documents", "--db", db, "--format", "csv", "--limit", "500")
	recs, err = csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != exitOK || err != nil || len(recs) != 8 || strings.Join(recs[0], ",") != "id,date,outlet,attributions,title" {
		t.Errorf("documents CSV: %d %v %q", code, err, recs)
	}
}

func TestQueryErrors(t *testing.T) {
	db := corpusDB(t)
	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"query"}, exitUsage, "say what to ask"},
		{[]string{"query", "quotes"}, exitUsage, "unknown question"},
		{[]string{"query", "attributions", "--kind", "robot"}, exitUsage, "--kind"},
		{[]string{"query", "attributions", "--from", "2016-13-01"}, exitUsage, "--from"},
		{[]string{"query", "attributions", "--limit", "9999"}, exitUsage, "--limit"},
		{[]string{"query", "documents", "--kind", "person"}, exitUsage, "kind"},
		{[]string{"query", "documents", "extra"}, exitUsage, "no arguments"},
		{[]string{"query", "speaker"}, exitUsage, "one speaker ID"},
		{[]string{"query", "speaker", "x"}, exitUsage, "speaker id"},
		{[]string{"query", "outlets", "--format", "xml"}, exitUsage, "format"},
		{[]string{"query", "outlets", "--gender=maybe"}, exitUsage, "neither true nor false"},
		{[]string{"query", "outlets", "--from", "2016-02-01", "--to", "2016-01-01"}, exitUsage, "not after from"},
		{[]string{"query", "speaker", "999999"}, exitFailed, "no speaker 999999"},
	}
	for _, tt := range tests {
		code, _, stderr := runCmd(t, "", append(tt.args, "--db", db)...)
		if code != tt.code || !strings.Contains(stderr, tt.msg) {
			t.Errorf("%q: exit %d %q, want %d with %q", tt.args, code, stderr, tt.code, tt.msg)
		}
	}
	code, out, _ := runCmd(t, "", "help", "query")
	if code != exitOK || !strings.Contains(out, "--speaker_id") || !strings.Contains(out, "anonymous") {
		t.Errorf("help query: %d %q", code, out)
	}
}

// Documents stored by 'whosaid ingest' keep their outlet and date, in
// PolNeAR's field names too, and a bad date fails that document alone.
func TestQueryAfterIngest(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "i.db")
	in := writeFile(t, dir, "in.jsonl", `{"id":"p1","publisher":"breitbart","date":"2016-05-01","text":"\"We will win,\" said Ann Lee."}
{"id":"p2","publisher":"breitbart","date":"May 2016","text":"Rain, officials said."}
`)
	code, _, stderr := runCmd(t, "", "ingest", "--db", db, "--quiet", in)
	if code != exitFailed || !strings.Contains(stderr, `in.jsonl:2: bad metadata field "date"`) {
		t.Errorf("ingest: exit %d: %s", code, stderr)
	}
	code, out, stderr := runCmd(t, "", "query", "documents", "--db", db, "--format", "csv")
	if code != exitOK || !strings.Contains(out, "p1,2016-05-01,breitbart,") || strings.Contains(out, "p2") {
		t.Errorf("documents after ingest: %d %s %s", code, out, stderr)
	}
}

// Names in CSV come from untrusted articles: a spreadsheet must not run
// them as formulas.
func TestQueryCSVDefusesFormulas(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "f.db")
	in := writeFile(t, dir, "in.jsonl", `{"id":"f1","outlet":"=HYPERLINK(\"http://evil\",\"x\")","text":"\"We will win,\" said Ann Lee."}
`)
	if code, _, stderr := runCmd(t, "", "ingest", "--db", db, "--quiet", in); code != exitOK {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	code, out, stderr := runCmd(t, "", "query", "outlets", "--db", db, "--format", "csv")
	if code != exitOK || !strings.Contains(out, `'=HYPERLINK(`) {
		t.Errorf("outlets CSV: exit %d, %q %s", code, out, stderr)
	}
}
