package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/term"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/ingest"
	"github.com/whosaid/whosaid/internal/filter"
	"github.com/whosaid/whosaid/internal/output"
	"github.com/whosaid/whosaid/internal/pipeline"
	"github.com/whosaid/whosaid/internal/progress"
)

// ExtractCommand finds the attributions of documents.
type ExtractCommand struct{}

// Run runs the command: it reads the documents on one goroutine, extracts
// on several, and writes the results in input order.
func (c *ExtractCommand) Run(e *env, args []string) error {
	fs := flag.NewFlagSet("whosaid extract", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() { fmt.Fprint(e.stderr, c.Usage()) }
	formatName := fs.String("format", "json", "")
	workers := fs.Int("workers", runtime.NumCPU(), "")
	quiet := fs.Bool("quiet", false, "")
	maxSize := fs.Int64("max-size", ingest.DefaultMaxSize, "")
	budget := fs.Duration("timeout", defaultDocTimeout, "")
	lang := fs.String("lang", "en", "")
	dupFile := fs.String("duplicates", "", "")
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		return flagError(err)
	}
	format, err := output.ParseFormat(*formatName)
	if err != nil {
		return usageErrorf("extract: --format: %v", err)
	}
	if *workers < 1 {
		return usageErrorf("extract: --workers must be at least 1, not %d", *workers)
	}
	if *maxSize < 1 {
		return usageErrorf("extract: --max-size must be at least 1, not %d", *maxSize)
	}
	if *budget <= 0 {
		return usageErrorf("extract: --timeout must be positive, not %v", *budget)
	}
	if *lang != "any" && !isLanguageCode(*lang) {
		return usageErrorf("extract: --lang must be a two-letter ISO 639-1 code or \"any\", not %q", *lang)
	}
	if len(paths) == 0 {
		paths = []string{"-"}
	}

	x, err := whosaid.NewExtractor()
	if err != nil {
		return fmt.Errorf("loading the model: %w", err)
	}
	var tally tally
	var dups duplicates
	var bytesRead atomic.Int64
	docs := ingest.Read(paths, ingest.Options{
		MaxSize: *maxSize, Stdin: e.stdin, Workers: *workers,
		DetectLanguage: *lang != "any",
		BytesRead:      &bytesRead,
		Skipped:        tally.readerSkip,
	})
	var bar *progress.Bar
	if !*quiet && isTerminal(e.stderr) {
		bar = progress.Start(e.stderr, inputSize(paths), &bytesRead, 200*time.Millisecond)
	}
	w := output.NewWriter(e.stdout, format)
	window := 4 * *workers // documents in flight, which bounds memory
	err = func() error {
		for it, r := range pipeline.Ordered(screen(docs, *lang), *workers, window, func(it screened) result {
			if it.doc.Err != nil || it.skip != "" || it.duplicateOf != "" {
				return result{}
			}
			return extractWithin(x, it.doc, *budget)
		}) {
			if bar != nil {
				bar.Doc()
			}
			d := &it.doc
			err := d.Err
			if err == nil && r.err != nil {
				err = fmt.Errorf("%s:%d: %w", d.Source, d.Line, r.err)
			}
			report := func(msg any) {
				if bar != nil {
					fmt.Fprint(e.stderr, "\r\x1b[K") // the message on a line of its own
				}
				fmt.Fprintf(e.stderr, "whosaid: %v\n", msg)
			}
			damaged := d.Damage != nil || isDamage(err)
			if d.Damage != nil && err == nil {
				report(fmt.Sprintf("%v; its text is kept, marked partial", d.Damage))
			}
			switch {
			case err != nil:
				tally.count(outcomeFailed, damaged)
				report(err)
			case it.skip != "":
				tally.skip(it.skip, damaged)
			case it.duplicateOf != "":
				if err := w.WriteDuplicate(d, it.duplicateOf); err != nil {
					return fmt.Errorf("writing %s: %w", d.ID, err)
				}
				tally.count(outcomeDuplicate, damaged)
				if *dupFile != "" {
					dups.add(it.duplicateOf, d)
				}
			default:
				if err := w.Write(d, r.doc); err != nil {
					return fmt.Errorf("writing %s: %w", d.ID, err)
				}
				tally.count(outcomeExtracted, damaged)
			}
		}
		return nil
	}()
	if bar != nil {
		bar.Stop()
	}
	if err != nil {
		return err
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("writing: %w", err)
	}
	if *dupFile != "" {
		if err := dups.writeFile(*dupFile); err != nil {
			return fmt.Errorf("writing the duplicates: %w", err)
		}
	}
	// The summary is always written, to standard error: a pipeline that
	// reads standard output never sees it, and a run that skipped or lost
	// documents always says so.
	fmt.Fprintf(e.stderr, "whosaid: %s\n", tally.String())
	if tally.failed > 0 || tally.damaged > 0 {
		return errReported
	}
	return nil
}

// isDamage tells whether err is a damaged record of an archive.
func isDamage(err error) bool {
	var rd *ingest.RecordDamage
	return errors.As(err, &rd)
}

// screened is a document with what the filters said of it.
type screened struct {
	doc         ingest.Doc
	skip        string // why it is not extracted, "" when it is
	duplicateOf string // the ID of the first document with the same text
}

// screen filters the documents in input order, before extraction: those
// not in the language lang (unless "any") are skipped, and those whose
// text was seen before are marked as duplicates of the first. Only the
// documents that pass are remembered for later duplicates.
func screen(docs iter.Seq[ingest.Doc], lang string) iter.Seq[screened] {
	dedup := filter.NewDedup()
	return func(yield func(screened) bool) {
		for d := range docs {
			it := screened{doc: d}
			switch {
			case d.Err != nil:
			case lang != "any" && d.Meta.Language != "" && d.Meta.Language != lang:
				it.skip = "not in language " + lang
			default:
				it.duplicateOf = dedup.Check(d.ID, d.Text)
			}
			if !yield(it) {
				return
			}
		}
	}
}

// duplicates gathers the copies of each text that had any, for
// --duplicates: memory grows with the copies only, not with the input.
type duplicates struct {
	order  []string // first IDs, in the order their first copy came
	copies map[string][]duplicateCopy
}

type duplicateCopy struct {
	ID     string `json:"id"`
	URL    string `json:"url,omitempty"`
	Outlet string `json:"outlet,omitempty"`
}

func (x *duplicates) add(firstID string, d *ingest.Doc) {
	if x.copies == nil {
		x.copies = make(map[string][]duplicateCopy)
	}
	if _, ok := x.copies[firstID]; !ok {
		x.order = append(x.order, firstID)
	}
	x.copies[firstID] = append(x.copies[firstID], duplicateCopy{d.ID, d.Meta.URL, d.Meta.Outlet})
}

// writeFile writes one JSON line per text that had copies:
// {"id": first ID, "duplicates": [{"id", "url", "outlet"}, ...]}.
func (x *duplicates) writeFile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, id := range x.order {
		if err := enc.Encode(struct {
			ID         string          `json:"id"`
			Duplicates []duplicateCopy `json:"duplicates"`
		}{id, x.copies[id]}); err != nil {
			f.Close()
			return err
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// tally counts what became of the input, for the summary line.
type tally struct {
	mu                            sync.Mutex // skip is called by the reader too
	skipped                       map[string]int
	extracted, duplicates, failed int
	// damaged counts the damaged records of archives, whatever became of
	// them, and not under the other headings; damagedKept those written.
	damaged, damagedKept int
}

// An outcome is what became of an input that was read.
type outcome int

const (
	outcomeExtracted outcome = iota
	outcomeDuplicate
	outcomeFailed
)

// count counts one input; a damaged one counts as damaged only.
func (t *tally) count(o outcome, damaged bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	switch {
	case damaged:
		t.damaged++
		if o != outcomeFailed {
			t.damagedKept++
		}
	case o == outcomeExtracted:
		t.extracted++
	case o == outcomeDuplicate:
		t.duplicates++
	default:
		t.failed++
	}
}

// skip counts an input skipped for reason; the reader calls it with
// damaged false.
func (t *tally) skip(reason string, damaged bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if damaged {
		t.damaged++
		return
	}
	if t.skipped == nil {
		t.skipped = make(map[string]int)
	}
	t.skipped[reason]++
}

// readerSkip is skip for the reader's Options.Skipped.
func (t *tally) readerSkip(reason string) { t.skip(reason, false) }

// String renders the summary: "12 documents read, 8 extracted,
// 1 duplicate, 1 skipped (1 not in language en), 1 damaged (1 kept as
// partial), 1 failed". Every input read is one of extracted, duplicate,
// skipped, damaged or failed.
func (t *tally) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	skipped := 0
	reasons := make([]string, 0, len(t.skipped))
	for r, n := range t.skipped {
		skipped += n
		reasons = append(reasons, fmt.Sprintf("%d %s", n, r))
	}
	slices.Sort(reasons)
	read := t.extracted + t.duplicates + skipped + t.damaged + t.failed
	var b strings.Builder
	fmt.Fprintf(&b, "%d %s read, %d extracted", read, plural(read, "document"), t.extracted)
	if t.duplicates > 0 {
		fmt.Fprintf(&b, ", %d %s", t.duplicates, plural(t.duplicates, "duplicate"))
	}
	if skipped > 0 {
		fmt.Fprintf(&b, ", %d skipped (%s)", skipped, strings.Join(reasons, ", "))
	}
	if t.damaged > 0 {
		fmt.Fprintf(&b, ", %d damaged (%d kept as partial)", t.damaged, t.damagedKept)
	}
	fmt.Fprintf(&b, ", %d failed", t.failed)
	return b.String()
}

func isLanguageCode(s string) bool {
	return len(s) == 2 && s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'a' && s[1] <= 'z'
}

// isTerminal tells whether w is a terminal, where a progress bar is drawn.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// inputSize is the total size in bytes of the files named by paths
// (folders walked as ingest walks them), 0 when unknown: standard input.
func inputSize(paths []string) int64 {
	var total int64
	for _, p := range paths {
		if p == "-" {
			return 0
		}
		filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if fi, err := os.Stat(path); err == nil && fi.Mode().IsRegular() {
				total += fi.Size()
			}
			return nil
		})
	}
	return total
}

// result is the outcome of extracting one document.
type result struct {
	doc *whosaid.Document
	err error
}

// extract runs the extraction f (an Extractor's ExtractArticle) on one
// document. A panic is that document's failure, not the end of the run.
func extract(f func(context.Context, string, article.Meta) (*whosaid.Document, error), d ingest.Doc) (r result) {
	defer func() {
		if p := recover(); p != nil {
			r = result{err: fmt.Errorf("extractor failed: %v", p)}
		}
	}()
	doc, err := f(context.Background(), d.Text, d.Meta)
	return result{doc: doc, err: err}
}

// defaultDocTimeout is the time limit of one document (docs/LIMITS.md):
// several times the cost of a document at the size limit
// (ingest.DefaultMaxSize), for a machine busy with more than this command.
const defaultDocTimeout = 2 * time.Minute

// extractWithin extracts one document within a time budget: past it, the
// extraction stops and the document fails with an error that says so. A
// panic is that document's failure too, as in extract.
func extractWithin(x *whosaid.Extractor, d ingest.Doc, budget time.Duration) (r result) {
	text := d.Text
	defer func() {
		if p := recover(); p != nil {
			r = result{err: fmt.Errorf("extractor failed: %v", p)}
		}
	}()
	ctx, cancel := context.WithTimeout(context.Background(), budget)
	defer cancel()
	doc, err := x.ExtractArticle(ctx, text, d.Meta)
	if errors.Is(err, context.DeadlineExceeded) {
		err = fmt.Errorf("extraction of %d bytes stopped at the time limit of %v (--timeout)", len(text), budget)
	}
	return result{doc: doc, err: err}
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// Usage returns the help text of the command.
func (c *ExtractCommand) Usage() string {
	return fmt.Sprintf(`Usage: whosaid extract [flags] [FILE|FOLDER|-]...

Finds the attributions (who said what) of every document and writes them
to standard output, in input order. With no argument, or "-", it reads
standard input. A folder is read recursively, in path order.

%s
Documents not in the language of --lang are skipped; a document with the
same text as one before (case and spacing aside) is not extracted again
but written as {"id", "meta", "duplicate_of": first id}.

Flags:
  --format json|text  json: one JSON object per line (default);
                      text: a listing to read
  --workers N         read HTML and extract on N goroutines (default %d,
                      the CPUs)
  --lang CODE|any     keep documents in this language (ISO 639-1, default
                      en); any keeps all
  --duplicates FILE   at the end, write to FILE one JSON line per text that
                      had copies: {"id": first, "duplicates": [{"id",
                      "url", "outlet"}, ...]}
  --quiet             no progress bar (the summary line is always written)
  --max-size BYTES    largest document accepted (default %d); a larger
                      one fails alone
  --timeout D         longest time to extract one document (default %v);
                      a document over it fails alone

On a terminal, a progress line shows on standard error. Bad documents are
reported on standard error as FILE:LINE: message, and the others are
still processed. A summary line ends the run: documents read, extracted,
duplicates, skipped by reason, damaged records (and how many were kept as
partial), failed. Exit status: 0 when no document failed and no record
was damaged, 1 otherwise, 2 for a wrong command line.
`, formatsHelp(), runtime.NumCPU(), ingest.DefaultMaxSize, defaultDocTimeout)
}

// parseInterspersed parses flags that may come before, between or after
// the positional arguments, which it returns. After "--", everything is
// positional.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(pos, rest...), nil
		}
		if len(rest) == 0 {
			return pos, nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// flagError turns an error of flag parsing, which the flag package has
// already printed with the usage, into a usage error; -h stays a request
// for help.
func flagError(err error) error {
	if errors.Is(err, flag.ErrHelp) {
		return err
	}
	return &usageError{}
}
