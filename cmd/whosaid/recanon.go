package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/whosaid/whosaid/store"
)

// RecanonCommand decides the speakers of a store again, without
// extracting anything.
type RecanonCommand struct{}

// Run runs the command.
func (c *RecanonCommand) Run(e *env, args []string) error {
	fs := flag.NewFlagSet("whosaid recanon", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() { fmt.Fprint(e.stderr, c.Usage()) }
	db := fs.String("db", defaultDB, "")
	quiet := fs.Bool("quiet", false, "")
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return flagError(err)
	}
	if len(pos) > 0 {
		return usageErrorf("recanon takes no arguments, not %q", pos)
	}
	// An interrupt stops the run between batches; the next run resumes.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	st, err := openStore(ctx, *db)
	if err != nil {
		return fmt.Errorf("opening the store: %w", err)
	}
	defer st.Close()
	start := time.Now()
	rep, done, err := recanon(ctx, st, e.stderr, !*quiet && isTerminal(e.stderr))
	if errors.Is(err, context.Canceled) {
		return fmt.Errorf("recanon interrupted after %d of %d documents; run it again to resume", done, rep.Documents)
	}
	if err != nil {
		return err
	}
	if !*quiet {
		printRecanon(e.stderr, rep, time.Since(start))
	}
	return nil
}

// recanon runs a store's recanon, drawing its progress on w when draw is
// set, and returns the documents it did.
func recanon(ctx context.Context, st store.Store, w io.Writer, draw bool) (store.RecanonReport, int, error) {
	ed, ok := st.(store.SpeakerEditor)
	if !ok {
		return store.RecanonReport{}, 0, fmt.Errorf("this store cannot decide its speakers again")
	}
	var last time.Time
	done := 0
	rep, err := ed.Recanon(ctx, func(n, total int) {
		done = n
		if draw && (time.Since(last) >= 200*time.Millisecond || n == total) {
			last = time.Now()
			fmt.Fprintf(w, "\rrecanon: %d/%d documents\x1b[K", n, total)
		}
	})
	if draw {
		fmt.Fprint(w, "\r\x1b[K")
	}
	return rep, done, err
}

func printRecanon(w io.Writer, rep store.RecanonReport, took time.Duration) {
	fmt.Fprintf(w, "whosaid: recanon of %d %s: %d speakers (%d new, %d gone), %d %s given another speaker, %d %s made again",
		rep.Documents, plural(rep.Documents, "document"), rep.Speakers, rep.NewSpeakers, rep.GoneSpeakers,
		rep.Moved, plural(rep.Moved, "attribution"), rep.Corrections, plural(rep.Corrections, "correction"))
	if rep.Resumed > 0 {
		fmt.Fprintf(w, ", resumed after %d documents", rep.Resumed)
	}
	fmt.Fprintf(w, "; %.1fs\n", took.Seconds())
}

// Usage returns the help text of the command.
func (c *RecanonCommand) Usage() string {
	return fmt.Sprintf(`Usage: whosaid recanon [flags]

Decides the canonical speaker of every attribution of a store again, as
the rules of this version decide them, without extracting anything: after
an upgrade, or when documents were posted one by one (each was placed
among the speakers known then). The corpus is read whole and decided in
an order of its own, so that the speakers do not depend on the order in
which the documents came; the corrections made by people (whosaid
speakers) are made again.

Speakers keep their IDs where they keep most of their attributions.
Running it twice changes nothing the second time. It writes a batch of
documents per transaction: an interrupted run is resumed by the next (if
the store did not change in between; else it starts over).

Flags:
  --db PATH|URL   the store: a SQLite file path, or a postgres:// or
                  postgresql:// URL (default %s)
  --quiet         no progress and no summary on standard error
`, defaultDB)
}
