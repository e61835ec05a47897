// Command whosaid-train rebuilds the extraction model from PolNeAR:
//
//	go run ./cmd/whosaid-train -train ../shared/data/polnear/train.jsonl -o internal/model/whosaid.model
//
// The same data and flags give the same file, bit for bit.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/whosaid/whosaid/internal/depparse"
	"github.com/whosaid/whosaid/internal/extract"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "whosaid-train:", err)
		os.Exit(1)
	}
}

func run(args []string, log io.Writer) error {
	fs := flag.NewFlagSet("whosaid-train", flag.ContinueOnError)
	fs.SetOutput(log)
	train := fs.String("train", "../shared/data/polnear/train.jsonl", "gold training data (PolNeAR JSONL)")
	conllu := fs.String("conllu", "../shared/data/polnear-corenlp/train.conllu", "silver CoreNLP annotations of the training texts, for the part-of-speech tagger")
	out := fs.String("o", "internal/model/whosaid.model", "model file to write")
	epochs := fs.Int("epochs", 10, "passes over the training data")
	minWeight := fs.Float64("min-weight", 0.05, "prune features whose averaged weights all stay below this")
	runs := fs.Int("runs", 1, "models trained on different orders of the data, then averaged")
	minUpdates := fs.Int("min-updates", 8, "prune features updated fewer times than this")
	seed := fs.Uint64("seed", 1, "seed for the order of training documents")
	maxCue := fs.Int("max-cue", 150000, "keep at most this many cue-tagger features, the strongest (0: all)")
	maxRole := fs.Int("max-role", 150000, "keep at most this many role-labeller features, the strongest (0: all)")
	dev := fs.String("dev", "", "optional: gold JSONL to predict after training")
	pred := fs.String("pred", "", "with -dev: where to write the predictions")
	if err := fs.Parse(args); err != nil {
		return err
	}
	start := time.Now()
	examples, err := readGold(*train)
	if err != nil {
		return err
	}
	tagger, err := trainTagger(*conllu, examples, log)
	if err != nil {
		return err
	}
	parser, err := trainParser(*conllu, examples, log)
	if err != nil {
		return err
	}
	trained := extract.Train(examples, tagger, parser, extract.TrainOptions{Epochs: *epochs, Runs: *runs, Seed: *seed, MinUpdates: *minUpdates, MaxCue: *maxCue, MaxRole: *maxRole, MinWeight: float32(*minWeight), Log: log})
	// Training scored at 16 bits; the model ships at 8 (see extract.Model.Int8).
	m, err := trained.Int8()
	if err != nil {
		return err
	}
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	n, err := m.WriteTo(f)
	if err := f.Close(); err != nil {
		return err
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(log, "wrote %s: %d bytes, trained on %d documents in %s\n", *out, n, len(examples), time.Since(start).Round(time.Second))
	if *dev != "" && *pred != "" {
		return predict(m, *dev, *pred)
	}
	return nil
}

// trainParser learns the dependency parser from CoreNLP's trees of the
// training texts, with part-of-speech tags predicted as the parser will
// meet them (each fold tagged by a tagger trained on the others).
func trainParser(conllu string, examples []extract.Example, log io.Writer) (*depparse.Parser, error) {
	start := time.Now()
	f, err := os.Open(conllu)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sents, err := depparse.ReadCoNLLU(bufio.NewReaderSize(f, 1<<20), textsByID(examples))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", conllu, err)
	}
	sents = depparse.JackknifeTags(sents, 4, 10, 1)
	p := depparse.Train(sents, depparse.DefaultEpochs, 1)
	fmt.Fprintf(log, "parser: %d sentences, %s\n", len(sents), time.Since(start).Round(time.Second))
	return p, nil
}

func textsByID(examples []extract.Example) map[string]string {
	texts := make(map[string]string, len(examples))
	for _, ex := range examples {
		texts[ex.ID] = ex.Text
	}
	return texts
}

// trainTagger learns the part-of-speech tagger from CoreNLP's tags of the
// training texts.
func trainTagger(conllu string, examples []extract.Example, log io.Writer) (*postag.Tagger, error) {
	start := time.Now()
	f, err := os.Open(conllu)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sents, err := postag.ReadCoNLLU(bufio.NewReaderSize(f, 1<<20), textsByID(examples))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", conllu, err)
	}
	t := postag.Train(sents, 10, 1)
	fmt.Fprintf(log, "tagger: %d sentences, %s\n", len(sents), time.Since(start).Round(time.Second))
	return t, nil
}

type goldLine struct {
	ID           string `json:"id"`
	Text         string `json:"text"`
	Attributions []struct {
		Source  [][2]int `json:"source"`
		Cue     [][2]int `json:"cue"`
		Content [][2]int `json:"content"`
	} `json:"attributions"`
}

func readGold(path string) ([]extract.Example, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []extract.Example
	r := bufio.NewReaderSize(f, 1<<20)
	dec := json.NewDecoder(r)
	for line := 1; ; line++ {
		var g goldLine
		if err := dec.Decode(&g); err == io.EOF {
			break
		} else if err != nil {
			return nil, fmt.Errorf("%s: document %d: %w", path, line, err)
		}
		ex := extract.Example{ID: g.ID, Text: g.Text}
		for _, a := range g.Attributions {
			ex.Attributions = append(ex.Attributions, extract.Gold{Source: a.Source, Cue: a.Cue, Content: a.Content})
		}
		out = append(out, ex)
	}
	return out, nil
}

// predict writes the model's attributions for each gold document, in the
// scorer's format.
func predict(m *extract.Model, goldPath, predPath string) error {
	examples, err := readGold(goldPath)
	if err != nil {
		return err
	}
	f, err := os.Create(predPath)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for _, ex := range examples {
		seg := segment.Segment(ex.Text)
		var atts []map[string][][2]int
		for _, r := range m.Extract(seg) {
			atts = append(atts, map[string][][2]int{
				"source": byteSpans(seg, r.Source), "cue": byteSpans(seg, r.Cue), "content": byteSpans(seg, r.Content),
			})
		}
		if err := enc.Encode(map[string]any{"id": ex.ID, "attributions": atts}); err != nil {
			return err
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return f.Close()
}

func byteSpans(seg *segment.Text, rs []segment.Range) [][2]int {
	out := [][2]int{}
	for _, r := range rs {
		out = append(out, [2]int{seg.Tokens[r.Start].Start, seg.Tokens[r.End-1].End})
	}
	return out
}
