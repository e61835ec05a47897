// Command whosaid-eval scores the embedded model on one of whosaid's own
// blind evaluation sets (testdata/eval/attributions): attribution
// precision and recall as the PolNeAR scorer matches them, predictions
// that are no attribution at all, fully right predictions, speakers and
// source kinds, per kind of news.
//
//	go run ./cmd/whosaid-eval testdata/eval/attributions/measure.jsonl
//	go run ./cmd/whosaid-eval -misses testdata/eval/attributions/tune.jsonl
//
// -pred FILE also writes the predictions as JSON Lines for
// ../shared/eval/score.go. Read the misses of the tune half only: the
// measure half is for measuring, never for tuning.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"text/tabwriter"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/internal/evalset"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("whosaid-eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	misses := fs.Bool("misses", false, "list every error (tune half only)")
	predFile := fs.String("pred", "", "also write the predictions as JSON Lines to this file")
	scoreFile := fs.String("score", "", "score these predictions (the output of whosaid extract on SET) rather than extract anew")
	if err := fs.Parse(args); err != nil || fs.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: whosaid-eval [-misses] [-pred FILE] SET.jsonl")
		return 2
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		fmt.Fprintln(stderr, "whosaid-eval:", err)
		return 1
	}
	passages, err := evalset.Read(f)
	f.Close()
	if err != nil {
		fmt.Fprintf(stderr, "whosaid-eval: %s: %v\n", fs.Arg(0), err)
		return 1
	}
	var docs map[string]*whosaid.Document
	if *scoreFile != "" {
		docs, err = readPredictions(*scoreFile)
	} else {
		docs, err = extractAll(passages)
	}
	if err != nil {
		fmt.Fprintln(stderr, "whosaid-eval:", err)
		return 1
	}
	if *predFile != "" {
		if err := writePredictions(*predFile, passages, docs); err != nil {
			fmt.Fprintln(stderr, "whosaid-eval:", err)
			return 1
		}
	}
	rep := evalset.Score(passages, docs)
	printReport(stdout, rep)
	if *misses {
		for _, m := range rep.Misses {
			fmt.Fprintf(stdout, "%s\t%s\t%q\tgold=%q\tpred=%q\n", m.Passage, m.What, m.Text, m.Gold, m.Pred)
		}
	}
	return 0
}

func printReport(w io.Writer, rep *evalset.Report) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "genre\tpassages\tgold\tpred\tP\tR\tF1\tnot attr.\tfully right\tspeaker\tkind\t")
	genres := make([]string, 0, len(rep.ByGenre))
	for g := range rep.ByGenre {
		genres = append(genres, g)
	}
	sort.Strings(genres)
	row := func(name string, c evalset.Counts) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t\n", name, c.Passages, c.Gold, c.Pred,
			c.Precision(), c.Recall(), c.F1(), c.Junk(), c.Right(), c.Speaker(), c.Kind())
	}
	for _, g := range genres {
		row(g, *rep.ByGenre[g])
	}
	row("all", rep.All)
	tw.Flush()
}

func writePredictions(path string, passages []evalset.Passage, docs map[string]*whosaid.Document) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(f)
	enc.SetEscapeHTML(false)
	for _, p := range passages {
		if err := enc.Encode(docs[p.ID]); err != nil {
			f.Close()
			return err
		}
	}
	return f.Close()
}

func extractAll(passages []evalset.Passage) (map[string]*whosaid.Document, error) {
	x, err := whosaid.NewExtractor()
	if err != nil {
		return nil, err
	}
	docs := make(map[string]*whosaid.Document, len(passages))
	for _, p := range passages {
		d, err := x.ExtractArticle(context.Background(), p.Text, p.Meta())
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p.ID, err)
		}
		d.ID = p.ID
		docs[p.ID] = d
	}
	return docs, nil
}

// readPredictions reads documents as whosaid extract writes them.
func readPredictions(path string) (map[string]*whosaid.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	docs := map[string]*whosaid.Document{}
	dec := json.NewDecoder(f)
	for {
		var d whosaid.Document
		if err := dec.Decode(&d); err == io.EOF {
			return docs, nil
		} else if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		docs[d.ID] = &d
	}
}
