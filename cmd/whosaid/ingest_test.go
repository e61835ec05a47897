package main

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/internal/polnear"
	"github.com/whosaid/whosaid/internal/shared"
	"github.com/whosaid/whosaid/internal/storetest/testdb"
	"github.com/whosaid/whosaid/store"
	"github.com/whosaid/whosaid/store/open"
	"github.com/whosaid/whosaid/store/postgres"
	"github.com/whosaid/whosaid/store/sqlite"
)

func TestIngestUsage(t *testing.T) {
	for _, args := range [][]string{
		{"ingest"},
		{"ingest", "--batch", "0", "x"},
		{"ingest", "--workers", "0", "x"},
		{"ingest", "--max-size", "0", "x"},
		{"ingest", "--nope", "x"},
	} {
		if code, _, stderr := runCmd(t, "", args...); code != exitUsage || stderr == "" {
			t.Errorf("%q: exit %d, stderr %q; want %d and a message", args, code, stderr, exitUsage)
		}
	}
	if code, out, _ := runCmd(t, "", "help", "ingest"); code != exitOK || !strings.Contains(out, "--batch") {
		t.Errorf("help ingest: exit %d, %q", code, out)
	}
}

// corpusFile writes a JSONL corpus of n documents with ids, outlets and
// dates, and returns its path.
func corpusFile(t *testing.T, dir string, n int) string {
	t.Helper()
	var b strings.Builder
	for i := range n {
		line, _ := json.Marshal(map[string]any{
			"id":        fmt.Sprintf("doc-%03d", i),
			"outlet":    []string{"Wire", "Daily"}[i%2],
			"published": fmt.Sprintf("2024-05-%02dT10:00:00Z", 1+i%28),
			"title":     fmt.Sprintf("Story %d", i),
			"text": fmt.Sprintf("Foreign Minister Mohammad Javad Zarif said the talks were going well on day %d. "+
				"\"We will not give up,\" a senior official told reporters.", i),
		})
		b.Write(line)
		b.WriteByte('\n')
	}
	return writeFile(t, dir, "corpus.jsonl", b.String())
}

func counts(t *testing.T, s store.Store) (docs, attrs int) {
	t.Helper()
	ctx := context.Background()
	d, err := s.Documents(ctx, store.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	a, err := s.Attributions(ctx, store.AttributionFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return d.Total, a.Total
}

func TestIngest(t *testing.T) {
	dir := t.TempDir()
	in := corpusFile(t, dir, 10)
	addrs := map[string]func(t *testing.T) string{
		"sqlite":   func(t *testing.T) string { return filepath.Join(t.TempDir(), "w.db") },
		"postgres": func(t *testing.T) string { return testdb.PostgresURL(t) },
	}
	for name, addr := range addrs {
		t.Run(name, func(t *testing.T) {
			db := addr(t)
			code, _, stderr := runCmd(t, "", "ingest", "--db", db, "--batch", "3", "--workers", "2", in)
			if code != exitOK || !strings.Contains(stderr, "10 documents read, 10 stored") {
				t.Fatalf("exit %d, stderr %q", code, stderr)
			}
			// Again, and from standard input: replaced, never duplicated.
			data, _ := os.ReadFile(in)
			if code, _, stderr := runCmd(t, string(data), "ingest", "--db", db, "--quiet", "-"); code != exitOK || stderr != "" {
				t.Fatalf("second run: exit %d, stderr %q", code, stderr)
			}
			s, err := open.Open(context.Background(), db)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			docs, attrs := counts(t, s)
			if docs != 10 || attrs < 10 {
				t.Errorf("after two runs: %d documents, %d attributions; want 10 and at least 10", docs, attrs)
			}
			a, err := s.Document(context.Background(), "doc-004")
			if err != nil {
				t.Fatal(err)
			}
			if a.Doc.ID != "doc-004" || !strings.Contains(a.Doc.Text, "day 4.") || len(a.Doc.Attributions) == 0 {
				t.Errorf("doc-004: %q, %d attributions", a.Doc.Text, len(a.Doc.Attributions))
			}
			sp, err := s.Speakers(context.Background(), store.SpeakerFilter{Name: "Mohammad"})
			if err != nil || len(sp.Items) != 1 || sp.Items[0].Documents != 10 {
				t.Errorf("Zarif over ten documents: %v %+v", err, sp.Items)
			}
			if name == "postgres" {
				// ingest analysed the tables: the planner has statistics.
				var n int
				err := s.(interface{ DB() *sql.DB }).DB().QueryRow(
					`SELECT count(*) FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'attributions'`).Scan(&n)
				if err != nil || n == 0 {
					t.Errorf("no planner statistics for attributions after ingest: %v, %d columns", err, n)
				}
			}
		})
	}
}

func TestIngestBadDocuments(t *testing.T) {
	dir := t.TempDir()
	in := writeFile(t, dir, "mixed.jsonl", `{"id":"a","text":"Officials said it rained."}`+"\n"+
		`not json`+"\n"+
		`{"id":"b","text":"Analysts said it snowed."}`+"\n"+
		`{"id":"c"}`+"\n")
	db := filepath.Join(dir, "w.db")
	code, _, stderr := runCmd(t, "", "ingest", "--db", db, "--batch", "1", in, filepath.Join(dir, "missing.jsonl"))
	if code != exitFailed {
		t.Errorf("exit %d, want %d", code, exitFailed)
	}
	for _, want := range []string{"mixed.jsonl:2:", "mixed.jsonl:4:", "missing.jsonl", "5 documents read, 2 stored"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	s, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if docs, _ := counts(t, s); docs != 2 {
		t.Errorf("%d documents stored, want the 2 good ones", docs)
	}
	if code, _, stderr := runCmd(t, "", "ingest", "--db", "postgres://nobody@127.0.0.1:1/x?connect_timeout=1", in); code != exitFailed || !strings.Contains(stderr, "opening the store") {
		t.Errorf("unreachable store: exit %d, %q", code, stderr)
	}
}

// childEnv holds the arguments of an ingest run in a child process.
const childEnv = "WHOSAID_INGEST_CHILD_ARGS"

// TestIngestChild is the child process of TestIngestCrash; it does nothing
// in a normal test run.
func TestIngestChild(t *testing.T) {
	args := os.Getenv(childEnv)
	if args == "" {
		t.Skip("the child process of TestIngestCrash")
	}
	os.Exit(run(strings.Split(args, "\x1f"), os.Stdin, os.Stdout, os.Stderr))
}

// TestIngestCrash kills an ingest with SIGKILL in the middle, checks that
// the store is consistent and holds whole batches, and that a rerun ends
// with every document exactly once; on both backends.
func TestIngestCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts 240 articles")
	}
	dir := t.TempDir()
	in := firstLines(t, shared.Path(t, polnear.TrainJSONL), filepath.Join(dir, "in.jsonl"), 240)
	t.Run("sqlite", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "crash.db")
		crash(t, in, path, func(verify bool) (*sql.DB, func() error, error) {
			if !verify {
				// Read only: opening the store for writing waits on the
				// ingest's write lock, so long that the child can finish
				// before it is killed.
				db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
				if err != nil {
					return nil, nil, err
				}
				return db, db.Close, nil
			}
			s, err := sqlite.Open(path)
			if err != nil {
				return nil, nil, err
			}
			return s.DB(), func() error {
				defer s.Close()
				return s.IntegrityCheck(context.Background())
			}, nil
		})
	})
	t.Run("postgres", func(t *testing.T) {
		url := testdb.PostgresURL(t)
		crash(t, in, url, func(verify bool) (*sql.DB, func() error, error) {
			s, err := postgres.Open(context.Background(), url)
			if err != nil {
				return nil, nil, err
			}
			return s.DB(), func() error {
				defer s.Close()
				if !verify {
					return nil
				}
				return s.Check(context.Background())
			}, nil
		})
	})
}

// crash runs the crash test on the store at addr; reopen opens it and
// returns its database and a function that closes it, checking the
// store first if verify is set. The polling while ingest runs does not
// verify, and opens the store as lightly as the backend can: a check of
// the whole store at every poll let the child finish all its batches
// before the kill.
func crash(t *testing.T, in, addr string, reopen func(verify bool) (*sql.DB, func() error, error)) {
	const batch, docs = 4, 240
	args := []string{"ingest", "--db", addr, "--batch", fmt.Sprint(batch), "--workers", "2", "--quiet", in}
	child := exec.Command(os.Args[0], "-test.run=^TestIngestChild$")
	child.Env = append(os.Environ(), childEnv+"="+strings.Join(args, "\x1f"))
	var stderr strings.Builder
	child.Stderr = &stderr
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- child.Wait() }()

	// count is the number of committed documents, 0 while the store is
	// being created (no file or no table yet: a store that never comes
	// fails the test when the child ends unkilled).
	count := func() int {
		db, check, err := reopen(false)
		if err != nil {
			return 0
		}
		defer check()
		var n int
		if err := db.QueryRow(`SELECT COUNT(*) FROM documents`).Scan(&n); err != nil {
			return 0
		}
		return n
	}
	// Kill it once two batches are committed.
	for seen := 0; seen < 2*batch; seen = count() {
		select {
		case err := <-exited:
			t.Fatalf("the child ended before it was killed (%v), after %d documents: %s", err, seen, stderr.String())
		case <-time.After(5 * time.Millisecond):
		}
	}
	if err := child.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	if err := <-exited; err == nil || !strings.Contains(err.Error(), "killed") {
		t.Fatalf("the child was not killed: %v", err)
	}

	db, check, err := reopen(true)
	if err != nil {
		t.Fatal(err)
	}
	var n int
	if err := db.QueryRow(`SELECT COUNT(*) FROM documents`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if err := check(); err != nil {
		t.Fatalf("after SIGKILL: %v", err)
	}
	// On a busy machine the kill may come after the last batch, while
	// ingest decides the speakers over the store (recanon): the store must
	// be as consistent then as between batches.
	if n < 2*batch || n > docs || n%batch != 0 {
		t.Errorf("after SIGKILL: %d documents, want whole batches of %d, at least 2", n, batch)
	}
	t.Logf("killed after %d committed documents", n)

	if code, _, errOut := runCmd(t, "", args...); code != exitOK {
		t.Fatalf("rerun: exit %d: %s", code, errOut)
	}
	db, check, err = reopen(true)
	if err != nil {
		t.Fatal(err)
	}
	var rows, ids int
	if err := db.QueryRow(`SELECT COUNT(*), COUNT(DISTINCT id) FROM documents`).Scan(&rows, &ids); err != nil {
		t.Fatal(err)
	}
	if err := check(); err != nil {
		t.Fatalf("after the rerun: %v", err)
	}
	if rows != docs || ids != docs {
		t.Errorf("after the rerun: %d rows of %d ids, want %d of %d", rows, ids, docs, docs)
	}
}

// firstLines copies the first n lines of a file.
func firstLines(t *testing.T, from, to string, n int) string {
	t.Helper()
	f, err := os.Open(from)
	if err != nil {
		t.Fatalf("PolNeAR: %v", err)
	}
	defer f.Close()
	out, err := os.Create(to)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for i := 0; i < n && sc.Scan(); i++ {
		out.Write(sc.Bytes())
		out.Write([]byte{'\n'})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return to
}

// pickyStore refuses any batch that holds the document "bad".
type pickyStore struct {
	store.Store
	puts int
}

func (s *pickyStore) Put(ctx context.Context, as []store.Article) error {
	s.puts++
	for _, a := range as {
		if a.Doc.ID == "bad" {
			return errors.New("refused")
		}
	}
	return s.Store.Put(ctx, as)
}

// TestIngestCommitFallback: a batch the store refuses is written one
// document at a time, so that only the bad one is lost and reported.
func TestIngestCommitFallback(t *testing.T) {
	db := testdb.SQLite(t)
	s := &pickyStore{Store: db}
	var stderr bytes.Buffer
	in := &ingester{e: &env{stderr: &stderr}, s: s, ctx: context.Background()}
	for _, id := range []string{"a", "bad", "c"} {
		doc := &whosaid.Document{ID: id, Text: "Officials said so.", Attributions: []whosaid.Attribution{}}
		in.pending = append(in.pending, pendingDoc{article: store.Article{Doc: doc}, source: "in.jsonl", line: len(in.pending) + 1})
	}
	if err := in.commit(); err != nil {
		t.Fatal(err)
	}
	if in.stored != 2 || in.failed != 1 || s.puts != 4 {
		t.Errorf("stored %d, failed %d, %d puts; want 2, 1, 4", in.stored, in.failed, s.puts)
	}
	if !strings.Contains(stderr.String(), "in.jsonl:2: storing bad: refused") {
		t.Errorf("stderr: %q", stderr.String())
	}
	if docs, _ := counts(t, db); docs != 2 {
		t.Errorf("%d documents stored, want 2", docs)
	}
	// A store that takes nothing stops the run.
	in = &ingester{e: &env{stderr: &stderr}, s: s, ctx: context.Background()}
	doc := &whosaid.Document{ID: "bad", Text: "x", Attributions: []whosaid.Attribution{}}
	in.pending = []pendingDoc{{article: store.Article{Doc: doc}, source: "in.jsonl", line: 1}, {article: store.Article{Doc: doc}, source: "in.jsonl", line: 2}}
	if err := in.commit(); err == nil {
		t.Error("a store that takes no document: no error")
	}
}
