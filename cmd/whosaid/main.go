// Command whosaid finds who said what in news text: for every attribution
// in an article its source, cue and content, as byte spans into the text.
//
// Usage:
//
//	whosaid <command> [arguments]
//
// Run 'whosaid help' for the commands.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

// Exit statuses.
const (
	exitOK     = 0 // all went well
	exitFailed = 1 // some document or the output failed
	exitUsage  = 2 // the command line is wrong
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// env is what a command reads and writes.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// run runs the command line args (without the program name) and returns
// the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if os.Getenv("GOGC") == "" {
		// The model is not on the heap (it is read in place from the
		// executable), so the heap is the documents in flight, small and
		// quickly garbage: collecting when it has grown by 200% rather
		// than 100% halves the collections (over PolNeAR train on one
		// core, 12 rather than 52 at 50%: 11% less CPU) for a peak of
		// 141 MB rather than 87 MB.
		debug.SetGCPercent(200)
	}
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	cmd, args := args[0], args[1:]
	var err error
	switch cmd {
	case "extract":
		err = (&ExtractCommand{}).Run(e, args)
	case "ingest":
		err = (&IngestCommand{}).Run(e, args)
	case "bench":
		err = (&BenchCommand{}).Run(e, args)
	case "serve":
		err = (&ServeCommand{}).Run(e, args)
	case "query":
		err = (&QueryCommand{}).Run(e, args)
	case "recanon":
		err = (&RecanonCommand{}).Run(e, args)
	case "speakers":
		err = (&SpeakersCommand{}).Run(e, args)
	case "version":
		err = (&VersionCommand{}).Run(e, args)
	case "help", "-h", "-help", "--help":
		err = runHelp(e, args)
	default:
		err = usageErrorf("unknown command %q; run 'whosaid help' for usage", cmd)
	}
	return status(e, err)
}

// status maps a command's error to an exit status, printing it if the
// command has not already.
func status(e *env, err error) int {
	var ue *usageError
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.As(err, &ue):
		if ue.msg != "" {
			fmt.Fprintf(e.stderr, "whosaid: %s\n", ue.msg)
		}
		return exitUsage
	case errors.Is(err, errReported):
		return exitFailed
	default:
		fmt.Fprintf(e.stderr, "whosaid: %v\n", err)
		return exitFailed
	}
}

// usageError is a wrong command line; an empty msg means that the flag
// package already said what is wrong.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usageErrorf(format string, a ...any) error {
	return &usageError{msg: fmt.Sprintf(format, a...)}
}

// errReported means the failures were reported on stderr already.
var errReported = errors.New("failures reported")

func runHelp(e *env, args []string) error {
	if len(args) == 0 {
		fmt.Fprint(e.stdout, usage)
		return nil
	}
	if len(args) > 1 {
		return usageErrorf("help takes one command name")
	}
	switch args[0] {
	case "extract":
		fmt.Fprint(e.stdout, (&ExtractCommand{}).Usage())
	case "ingest":
		fmt.Fprint(e.stdout, (&IngestCommand{}).Usage())
	case "bench":
		fmt.Fprint(e.stdout, (&BenchCommand{}).Usage())
	case "serve":
		fmt.Fprint(e.stdout, (&ServeCommand{}).Usage())
	case "query":
		fmt.Fprint(e.stdout, (&QueryCommand{}).Usage())
	case "recanon":
		fmt.Fprint(e.stdout, (&RecanonCommand{}).Usage())
	case "speakers":
		fmt.Fprint(e.stdout, (&SpeakersCommand{}).Usage())
	case "version":
		fmt.Fprint(e.stdout, (&VersionCommand{}).Usage())
	case "help":
		fmt.Fprint(e.stdout, usage)
	default:
		return usageErrorf("unknown command %q; run 'whosaid help' for usage", args[0])
	}
	return nil
}

const usage = `whosaid finds who said what in news text: for every attribution, its
source, cue and content, as byte spans into the text.

Usage:

	whosaid <command> [arguments]

The commands are:

	extract    find the attributions of documents
	ingest     extract documents into a store (SQLite or PostgreSQL)
	bench      measure the speed of extraction
	serve      serve the JSON API of a store over HTTP
	query      ask a store what the API answers (table, JSON or CSV)
	recanon    decide the speakers of a store again, without extracting
	speakers   correct the speakers of a store: merge, split, rename, ...
	version    print the version
	help       show help for a command

Run 'whosaid help <command>' for more about a command.
`
