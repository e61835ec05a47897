package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/whosaid/whosaid/internal/params"
	"github.com/whosaid/whosaid/store"
)

// SpeakersCommand corrects the speakers of a store by hand.
type SpeakersCommand struct{}

// speakerActions are the corrections, with their arguments.
var speakerActions = map[string]struct {
	action store.Action
	args   string
	n      int // positional arguments
}{
	"merge":     {store.Merge, "SPEAKER INTO", 2},
	"split":     {store.Split, "SPEAKER DOCUMENT", 2},
	"rename":    {store.Rename, "SPEAKER NAME", 2},
	"set-kind":  {store.SetKind, "SPEAKER KIND", 2},
	"set-title": {store.SetTitle, "SPEAKER TITLE", 2},
}

// Run runs the command.
func (c *SpeakersCommand) Run(e *env, args []string) error {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help") {
			fmt.Fprint(e.stderr, c.Usage())
			return flag.ErrHelp
		}
		return usageErrorf("speakers: say what to do: merge, split, rename, set-kind, set-title or corrections")
	}
	what := args[0]
	act, ok := speakerActions[what]
	if !ok && what != "corrections" {
		return usageErrorf("speakers: unknown action %q (want merge, split, rename, set-kind, set-title or corrections)", what)
	}
	fs := flag.NewFlagSet("whosaid speakers "+what, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() { fmt.Fprint(e.stderr, c.Usage()) }
	db := fs.String("db", defaultDB, "")
	actor := fs.String("actor", os.Getenv("USER"), "")
	into := fs.String("into", "", "")
	limit := fs.Int("limit", 20, "")
	pos, err := parseInterspersed(fs, args[1:])
	if err != nil {
		return flagError(err)
	}
	if what == "corrections" {
		if len(pos) > 0 {
			return usageErrorf("speakers corrections takes no arguments, not %q", pos)
		}
		if *limit < 1 || *limit > store.MaxLimit {
			return usageErrorf("speakers corrections: --limit must be 1 to %d, not %d", store.MaxLimit, *limit)
		}
		return c.list(e, *db, *limit)
	}
	if len(pos) != act.n {
		return usageErrorf("speakers %s takes %s", what, act.args)
	}
	corr := store.Correction{Actor: *actor, Via: "cli", Action: act.action}
	if corr.Speaker, err = params.SpeakerID(pos[0]); err != nil {
		return usageErrorf("speakers %s: %v", what, err)
	}
	switch act.action {
	case store.Merge:
		if corr.Into, err = params.SpeakerID(pos[1]); err != nil {
			return usageErrorf("speakers merge: %v", err)
		}
	case store.Split:
		corr.DocID = pos[1]
	default:
		corr.Value = pos[1]
	}
	if *into != "" {
		if act.action != store.Split {
			return usageErrorf("speakers %s: --into is for split", what)
		}
		if corr.Into, err = params.SpeakerID(*into); err != nil {
			return usageErrorf("speakers split: --into: %v", err)
		}
	}
	if strings.TrimSpace(corr.Actor) == "" {
		return usageErrorf("speakers %s: say who makes the correction: --actor NAME ($USER is not set)", what)
	}
	ctx := context.Background()
	st, err := openStore(ctx, *db)
	if err != nil {
		return fmt.Errorf("opening the store: %w", err)
	}
	defer st.Close()
	ed, ok := st.(store.SpeakerEditor)
	if !ok {
		return fmt.Errorf("this store cannot correct its speakers")
	}
	done, err := ed.CorrectSpeaker(ctx, corr)
	if errors.Is(err, store.ErrBadCorrection) {
		return usageErrorf("speakers %s: %v", what, err)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "correction %d: %s\n", done.ID, describeCorrection(done))
	return nil
}

// describeCorrection says what a correction did.
func describeCorrection(c store.Correction) string {
	mentions := fmt.Sprintf("%d %s", c.Mentions, plural(c.Mentions, "mention"))
	switch c.Action {
	case store.Merge:
		return fmt.Sprintf("speaker %d merged into speaker %d (%s)", c.Speaker, c.Into, mentions)
	case store.Split:
		return fmt.Sprintf("the mention of speaker %d in document %q split off into speaker %d (%s)", c.Speaker, c.DocID, c.Into, mentions)
	case store.Rename:
		return fmt.Sprintf("speaker %d renamed %q", c.Speaker, c.Value)
	case store.SetKind:
		return fmt.Sprintf("speaker %d is now of kind %s", c.Speaker, c.Value)
	case store.SetTitle:
		if c.Value == "" {
			return fmt.Sprintf("speaker %d has no title now", c.Speaker)
		}
		return fmt.Sprintf("speaker %d has the title %q now", c.Speaker, c.Value)
	}
	return string(c.Action)
}

// list prints the latest corrections.
func (c *SpeakersCommand) list(e *env, db string, limit int) error {
	ctx := context.Background()
	st, err := openStore(ctx, db)
	if err != nil {
		return fmt.Errorf("opening the store: %w", err)
	}
	defer st.Close()
	ed, ok := st.(store.SpeakerEditor)
	if !ok {
		return fmt.Errorf("this store keeps no corrections")
	}
	l, err := ed.Corrections(ctx, store.Page{Limit: limit})
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "id\tat\tactor\tvia\twhat")
	for _, corr := range l.Items {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\n", corr.ID, corr.At.Format("2006-01-02 15:04:05Z"), corr.Actor, corr.Via, describeCorrection(corr))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%d of %d corrections\n", len(l.Items), l.Total)
	return nil
}

// Usage returns the help text of the command.
func (c *SpeakersCommand) Usage() string {
	return fmt.Sprintf(`Usage: whosaid speakers ACTION [flags] ARGUMENTS

Corrects the canonical speakers of a store by hand. The store records
every correction (who, when, what) and makes it again after a recanon and
when a document is stored again.

Actions:
  merge SPEAKER INTO        every mention of SPEAKER goes to speaker INTO
  split SPEAKER DOCUMENT    the mention of SPEAKER in DOCUMENT (an id) goes
                            to a new speaker, or to --into ID
  rename SPEAKER NAME       SPEAKER is listed as NAME
  set-kind SPEAKER KIND     SPEAKER is a person, organization or anonymous
  set-title SPEAKER TITLE   SPEAKER has the title TITLE ("" for none)
  corrections               list the latest corrections (--limit N)

SPEAKER and INTO are speaker IDs, as whosaid query speakers lists them.

Flags:
  --db PATH|URL   the store (default %s)
  --actor NAME    who makes the correction, for the record (default $USER)
  --into ID       split: the speaker the mention goes to
  --limit N       corrections: how many to list (default 20)
`, defaultDB)
}
