// Command whosaid-load measures the API under load: it serves a store on
// a random loopback port and fires concurrent filtered full-text searches
// at it (a random query word from a corpus, and one filter: an outlet, a
// source kind, a content type, hedged, or a month), for a bounded time,
// and prints the latency quantiles and the throughput.
//
// With --post FILE it first posts the documents of a JSONL file to the
// API (extracted on the server) and prints the ingest rate. With
// --synthetic N it first writes synthetic documents holding N
// attributions into the store, through store.Put in batches, and prints
// the rate.
//
// Usage:
//
//	whosaid-load --db PATH|URL [--post FILE]... [--synthetic N] [--workers W] [--duration D] [--runs R]
package main

import (
	"context"
	"crypto/rand"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"runtime"
	"slices"
	"time"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/server"
	"github.com/whosaid/whosaid/store"
)

// maxDuration bounds one run, so that a typo cannot load the machine for hours.
const maxDuration = 10 * time.Minute

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintf(os.Stderr, "whosaid-load: %v\n", err)
		}
		os.Exit(2)
	}
}

type config struct {
	db        string
	vocab     string
	synthetic int
	perDoc    int
	batch     int
	workers   int
	duration  time.Duration
	runs      int
	seed      uint64
	post      []string
	postBatch int
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("whosaid-load", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c config
	fs.StringVar(&c.db, "db", "", "the store: a SQLite file or postgres://... (required)")
	fs.StringVar(&c.vocab, "vocab", "../shared/data/polnear/train.jsonl", "a corpus (JSONL or text) whose words the searches and the synthetic text are drawn from")
	fs.IntVar(&c.synthetic, "synthetic", 0, "first write synthetic documents until the store holds this many attributions")
	fs.IntVar(&c.perDoc, "per-doc", 20, "attributions per synthetic document")
	fs.IntVar(&c.batch, "batch", 500, "synthetic documents per store.Put")
	fs.IntVar(&c.workers, "workers", 4, "concurrent clients")
	fs.DurationVar(&c.duration, "duration", 20*time.Second, "length of one run, at most "+maxDuration.String())
	fs.IntVar(&c.runs, "runs", 3, "runs; the medians of their quantiles are reported")
	fs.Uint64Var(&c.seed, "seed", 1, "seed of the synthetic corpus and of the searches")
	fs.Func("post", "first post this JSONL file to the API, extracted on the server (repeatable)", func(s string) error {
		c.post = append(c.post, s)
		return nil
	})
	fs.IntVar(&c.postBatch, "post-batch", 50, "documents per POST")
	if err := fs.Parse(args); err != nil {
		return err
	}
	switch {
	case c.db == "":
		return fmt.Errorf("--db is required")
	case fs.NArg() > 0:
		return fmt.Errorf("no arguments expected, not %q", fs.Args())
	case c.duration <= 0 || c.duration > maxDuration:
		return fmt.Errorf("--duration must be in (0, %v], not %v", maxDuration, c.duration)
	case c.workers < 1 || c.runs < 1 || c.perDoc < 1 || c.batch < 1 || c.postBatch < 1 || c.synthetic < 0:
		return fmt.Errorf("--workers, --runs, --per-doc and --batch must be at least 1, --synthetic at least 0")
	}
	ctx := context.Background()
	v, err := readVocab([]string{c.vocab})
	if err != nil {
		return err
	}
	st, err := openStore(ctx, c.db)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := generate(ctx, st, v, c, stdout); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0") // loopback only
	if err != nil {
		return err
	}
	opts := server.Options{}
	var x *whosaid.Extractor
	if len(c.post) > 0 {
		if x, err = whosaid.NewExtractor(); err != nil {
			return err
		}
		opts.Token = rand.Text()
	}
	srv := &http.Server{Handler: server.New(st, x, opts), ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	defer func() {
		// Requests cut by the end of a run may still be querying the
		// store: they finish before it is closed.
		sctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		srv.Shutdown(sctx)
	}()
	base := "http://" + ln.Addr().String()
	if len(c.post) > 0 {
		if err := post(ctx, base, opts.Token, c.post, c.postBatch, stdout); err != nil {
			return err
		}
	}
	docs, attrs, err := size(ctx, st)
	if err != nil {
		return err
	}
	f, err := findFilters(ctx, st)
	if err != nil {
		return err
	}

	fmt.Fprintf(stdout, "store %s: %d documents, %d attributions, %d outlets, %d months\n", c.db, docs, attrs, len(f.outlets), len(f.months))
	fmt.Fprintf(stdout, "searches: GET /api/attributions?q=WORD&<one filter>&limit=20, %d query words, %d clients, %d run(s) of %v, GOMAXPROCS %d (client and server on one machine)\n",
		len(v.queryWords), c.workers, c.runs, c.duration, runtimeProcs())
	var p50s, p99s, rates []float64
	for i := range c.runs {
		res := fire(ctx, base, v, f, c.workers, c.duration, c.seed+uint64(i))
		if res.requests == 0 {
			return fmt.Errorf("run %d: no request finished within %v", i+1, c.duration)
		}
		rate := float64(res.requests) / res.elapsed.Seconds()
		fmt.Fprintf(stdout, "run %d: %d requests, %.0f/s; latency p50 %s, p90 %s, p99 %s, max %s; %.0f%% with hits; %d failed\n",
			i+1, res.requests, rate, ms(res.quantile(0.50)), ms(res.quantile(0.90)), ms(res.quantile(0.99)), ms(res.latencies[len(res.latencies)-1]),
			100*float64(res.hits)/float64(res.requests), res.failures)
		if res.failures > 0 {
			fmt.Fprintf(stdout, "  first failure: %s\n", res.firstFailure)
		}
		p50s = append(p50s, res.quantile(0.50).Seconds()*1000)
		p99s = append(p99s, res.quantile(0.99).Seconds()*1000)
		rates = append(rates, rate)
	}
	fmt.Fprintf(stdout, "median of %d runs: p50 %.1f ms, p99 %.1f ms, %.0f requests/s\n", c.runs, median(p50s), median(p99s), median(rates))
	return nil
}

// generate writes synthetic documents until the store holds c.synthetic
// attributions.
func generate(ctx context.Context, st store.Store, v *vocab, c config, stdout io.Writer) error {
	if c.synthetic == 0 {
		return nil
	}
	_, have, err := size(ctx, st)
	if err != nil {
		return err
	}
	if have >= c.synthetic {
		fmt.Fprintf(stdout, "the store holds %d attributions already; nothing generated\n", have)
		return nil
	}
	s := newSynth(v, c.seed)
	s.docs = have // fresh ids after those of an earlier, interrupted run
	start := time.Now()
	written, docs := 0, 0
	for have+written < c.synthetic {
		batch := make([]store.Article, 0, c.batch)
		for len(batch) < c.batch && have+written < c.synthetic {
			a := s.article(min(c.perDoc, c.synthetic-have-written))
			written += len(a.Doc.Attributions)
			batch = append(batch, a)
		}
		if err := st.Put(ctx, batch); err != nil {
			return fmt.Errorf("writing synthetic documents: %w", err)
		}
		docs += len(batch)
		if docs%(20*c.batch) == 0 {
			el := time.Since(start).Seconds()
			fmt.Fprintf(stdout, "  %d documents, %d attributions written, %.0f documents/s\n", docs, written, float64(docs)/el)
		}
	}
	el := time.Since(start)
	fmt.Fprintf(stdout, "generated %d documents with %d attributions in %s: %.0f documents/s, %.0f attributions/s\n",
		docs, written, el.Round(time.Second), float64(docs)/el.Seconds(), float64(written)/el.Seconds())
	return nil
}

func size(ctx context.Context, st store.Store) (docs, attrs int, err error) {
	d, err := st.Documents(ctx, store.DocumentFilter{Page: store.Page{Limit: 1}})
	if err != nil {
		return 0, 0, err
	}
	a, err := st.Attributions(ctx, store.AttributionFilter{Page: store.Page{Limit: 1}})
	if err != nil {
		return 0, 0, err
	}
	return d.Total, a.Total, nil
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", d.Seconds()*1000) }

func median(xs []float64) float64 {
	xs = slices.Clone(xs)
	slices.Sort(xs)
	return xs[len(xs)/2]
}

func runtimeProcs() int { return runtime.GOMAXPROCS(0) }
