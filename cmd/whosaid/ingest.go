package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"time"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/ingest"
	"github.com/whosaid/whosaid/internal/pipeline"
	"github.com/whosaid/whosaid/store"
	"github.com/whosaid/whosaid/store/open"
)

// IngestCommand extracts documents and writes them into a store.
type IngestCommand struct{}

// Run runs the command: it reads the documents on one goroutine, extracts
// on several, and commits them in input order, a batch per transaction.
func (c *IngestCommand) Run(e *env, args []string) error {
	fs := flag.NewFlagSet("whosaid ingest", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() { fmt.Fprint(e.stderr, c.Usage()) }
	db := fs.String("db", open.DefaultAddress, "")
	batch := fs.Int("batch", 64, "")
	workers := fs.Int("workers", runtime.NumCPU(), "")
	quiet := fs.Bool("quiet", false, "")
	maxSize := fs.Int64("max-size", ingest.DefaultMaxSize, "")
	noRecanon := fs.Bool("no-recanon", false, "")
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		return flagError(err)
	}
	switch {
	case *batch < 1:
		return usageErrorf("ingest: --batch must be at least 1, not %d", *batch)
	case *workers < 1:
		return usageErrorf("ingest: --workers must be at least 1, not %d", *workers)
	case *maxSize < 1:
		return usageErrorf("ingest: --max-size must be at least 1, not %d", *maxSize)
	case len(paths) == 0:
		return usageErrorf("ingest: name the inputs (FILE, FOLDER, or - for standard input)")
	}

	// An interrupt stops the run between batches: what was committed stays.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	s, err := openStore(ctx, *db)
	if err != nil {
		return fmt.Errorf("opening the store: %w", err)
	}
	defer s.Close()
	x, err := whosaid.NewExtractor()
	if err != nil {
		return fmt.Errorf("loading the model: %w", err)
	}

	start := time.Now()
	in := &ingester{e: e, s: s, ctx: ctx}
	docs := ingest.Read(paths, ingest.Options{MaxSize: *maxSize, Stdin: e.stdin})
	for d, r := range pipeline.Ordered(docs, *workers, 4**workers+*batch, func(d ingest.Doc) result {
		if d.Err != nil {
			return result{}
		}
		return extract(x.ExtractArticle, d)
	}) {
		if ctx.Err() != nil {
			break
		}
		in.read++
		err := d.Err
		if err == nil && r.err != nil {
			err = fmt.Errorf("%s:%d: %w", d.Source, d.Line, r.err)
		}
		if err == nil {
			if d.Meta, err = ingest.ReadMeta(d); err != nil {
				err = fmt.Errorf("%s:%d: %w", d.Source, d.Line, err)
			}
		}
		damaged := d.Damage != nil || isDamage(err)
		if err != nil {
			if damaged {
				in.damaged++
			} else {
				in.failed++
			}
			fmt.Fprintf(e.stderr, "whosaid: %v\n", err)
			continue
		}
		if damaged {
			fmt.Fprintf(e.stderr, "whosaid: %v; its text is stored, marked partial\n", d.Damage)
		}
		r.doc.ID = d.ID
		in.pending = append(in.pending, pendingDoc{store.Article{Doc: r.doc, Meta: d.Meta}, d.Source, d.Line, damaged})
		if len(in.pending) >= *batch {
			if err := in.commit(); err != nil {
				return err
			}
		}
	}
	if err := in.commit(); err != nil {
		return err
	}
	if in.stored > 0 && ctx.Err() == nil {
		if err := s.Optimize(ctx); err != nil {
			return fmt.Errorf("ingest: the documents are stored, but %w", err)
		}
	}
	if !*quiet {
		secs := time.Since(start).Seconds()
		damaged := ""
		if in.damaged > 0 {
			damaged = fmt.Sprintf(", %d damaged (%d stored as partial)", in.damaged, in.damagedStored)
		}
		stored := in.stored + in.damagedStored
		fmt.Fprintf(e.stderr, "whosaid: %d %s read, %d stored (%d attributions)%s, %d failed; %.1fs, %.0f documents/s\n",
			in.read, plural(in.read, "document"), in.stored, in.attributions, damaged, in.failed, secs, float64(stored)/secs)
	}
	// Each batch placed its speakers among those known when it came; a
	// recanon decides them over the whole store, in no order but its own.
	if in.stored > 0 && ctx.Err() == nil && !*noRecanon {
		start := time.Now()
		rep, _, err := recanon(ctx, s, e.stderr, !*quiet && isTerminal(e.stderr))
		if err != nil && ctx.Err() == nil {
			return fmt.Errorf("ingest: the documents are stored, but deciding their speakers over the store failed (run whosaid recanon): %w", err)
		}
		if err == nil && !*quiet {
			printRecanon(e.stderr, rep, time.Since(start))
		}
	}
	if ctx.Err() != nil {
		return fmt.Errorf("interrupted after %d documents; the batches committed are stored, and a rerun replaces them", in.stored+in.damagedStored)
	}
	if in.failed > 0 || in.damaged > 0 {
		return errReported
	}
	return nil
}

// ingester commits the extracted documents in batches.
type ingester struct {
	e       *env
	s       store.Store
	ctx     context.Context
	pending []pendingDoc

	read, stored, failed, attributions int
	// damaged counts the damaged archive records, not counted as stored
	// or failed; damagedStored those stored as partial.
	damaged, damagedStored int
}

type pendingDoc struct {
	article store.Article
	source  string
	line    int
	damaged bool // recovered from a damaged archive record
}

// commit writes the pending documents in one transaction. When that
// fails, it writes them one by one, so that one bad document costs only
// itself; when none of them can be written, the store is at fault and the
// run stops.
func (in *ingester) commit() error {
	if len(in.pending) == 0 {
		return nil
	}
	batch := in.pending
	in.pending = in.pending[:0:0]
	articles := make([]store.Article, len(batch))
	for i, p := range batch {
		articles[i] = p.article
	}
	err := in.s.Put(in.ctx, articles)
	if err == nil {
		in.done(batch...)
		return nil
	}
	if in.ctx.Err() != nil {
		return nil // interrupted: the batch was rolled back
	}
	if len(batch) == 1 {
		in.fail(batch[0])
		fmt.Fprintf(in.e.stderr, "whosaid: %s:%d: storing %s: %v\n", batch[0].source, batch[0].line, batch[0].article.Doc.ID, err)
		return nil
	}
	var first error
	ok := 0
	for _, p := range batch {
		if err := in.s.Put(in.ctx, []store.Article{p.article}); err != nil {
			if first == nil {
				first = err
			}
			in.fail(p)
			fmt.Fprintf(in.e.stderr, "whosaid: %s:%d: storing %s: %v\n", p.source, p.line, p.article.Doc.ID, err)
			continue
		}
		ok++
		in.done(p)
	}
	if ok == 0 && in.ctx.Err() == nil {
		return fmt.Errorf("the store takes no document: %w", errors.Join(err, first))
	}
	return nil
}

// done counts documents stored.
func (in *ingester) done(ps ...pendingDoc) {
	for _, p := range ps {
		if p.damaged {
			in.damaged++
			in.damagedStored++
		} else {
			in.stored++
		}
		in.attributions += len(p.article.Doc.Attributions)
	}
}

// fail counts a document the store refused.
func (in *ingester) fail(p pendingDoc) {
	if p.damaged {
		in.damaged++
	} else {
		in.failed++
	}
}

// Usage returns the help text of the command.
func (c *IngestCommand) Usage() string {
	return fmt.Sprintf(`Usage: whosaid ingest [flags] FILE|FOLDER|-...

Finds the attributions of every document, as extract does, and writes the
documents, their attributions and their speakers into a store: a SQLite
file (default %s) or a PostgreSQL database.

Each batch of documents is one transaction: a run that is killed keeps
every batch it committed, and a rerun completes the rest. A document whose
id is stored already replaces it (its attributions too), so running twice
stores every document once.

Flags:
  --db PATH|URL       the store: a SQLite file path, or a postgres:// or
                      postgresql:// URL (default %s)
  --batch N           documents per transaction (default 64)
  --workers N         extract on N goroutines (default %d, the CPUs)
  --quiet             no summary line on standard error
  --max-size BYTES    largest document accepted (default %d)
  --no-recanon        leave the speakers as each batch placed them; by
                      default the run ends with a recanon of the store
                      (see whosaid help recanon)

Input formats and document ids are those of extract. Bad documents are
reported on standard error as FILE:LINE: message, and the others are still
stored; what can be recovered of a damaged archive record is stored marked
partial, and reported. Exit status: 0 when all documents were stored and
no record was damaged, 1 otherwise, 2 for a wrong command line.
`, open.DefaultAddress, open.DefaultAddress, runtime.NumCPU(), ingest.DefaultMaxSize)
}
