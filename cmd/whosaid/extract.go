package main

import (
	"errors"
	"flag"
	"fmt"
	"runtime"

	"whosaid"
	"whosaid/ingest"
	"whosaid/internal/output"
	"whosaid/internal/pipeline"
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
	if len(paths) == 0 {
		paths = []string{"-"}
	}

	x, err := whosaid.NewExtractor()
	if err != nil {
		return fmt.Errorf("loading the model: %w", err)
	}
	docs := ingest.Read(paths, ingest.Options{MaxSize: *maxSize, Stdin: e.stdin})
	w := output.NewWriter(e.stdout, format)
	window := 4 * *workers // documents in flight, which bounds memory
	var read, extracted, failed int
	for d, r := range pipeline.Ordered(docs, *workers, window, func(d ingest.Doc) result {
		if d.Err != nil {
			return result{}
		}
		return extract(x.Extract, d.Text)
	}) {
		read++
		err := d.Err
		if err == nil && r.err != nil {
			err = fmt.Errorf("%s:%d: %w", d.Source, d.Line, r.err)
		}
		if err != nil {
			failed++
			fmt.Fprintf(e.stderr, "whosaid: %v\n", err)
			continue
		}
		if err := w.Write(&d, r.doc); err != nil {
			return fmt.Errorf("writing %s: %w", d.ID, err)
		}
		extracted++
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("writing: %w", err)
	}
	if !*quiet {
		fmt.Fprintf(e.stderr, "whosaid: %d %s read, %d extracted, %d failed\n",
			read, plural(read, "document"), extracted, failed)
	}
	if failed > 0 {
		return errReported
	}
	return nil
}

// result is the outcome of extracting one document.
type result struct {
	doc *whosaid.Document
	err error
}

// extract runs the extraction f on one text. A panic is that document's
// failure, not the end of the run.
func extract(f func(string) *whosaid.Document, text string) (r result) {
	defer func() {
		if p := recover(); p != nil {
			r = result{err: fmt.Errorf("extractor failed: %v", p)}
		}
	}()
	return result{doc: f(text)}
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

Input formats, told apart by file name or content:
  JSON Lines   one object per line with a string "text"; "id" optional
               (default FILE:LINE); other fields are passed through
  .gz          gzip-compressed, either format
  plain text   the whole file is one document; its id is the file path

Flags:
  --format json|text  json: one JSON object per line (default);
                      text: a listing to read
  --workers N         extract on N goroutines (default %d, the CPUs)
  --quiet             no summary line on standard error
  --max-size BYTES    largest document accepted (default %d)

Bad documents are reported on standard error as FILE:LINE: message, and
the others are still processed. Exit status: 0 when all documents were
extracted, 1 when any failed, 2 for a wrong command line.
`, runtime.NumCPU(), ingest.DefaultMaxSize)
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
