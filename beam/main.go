// Command beam runs whosaid's extraction as an Apache Beam pipeline: on
// this machine with the local runner (Prism, the default, in-process), or
// on Flink, Spark or Google Cloud Dataflow, unchanged.
//
//	go run . --input 'crawl/*.warc.gz' --output out/part [--runner ...] [beam flags]
//
// It writes out/part-SSSSS-of-NNNNN.jsonl, in the format of `whosaid
// extract --format json`, and the inputs that failed to
// out/part-errors-*.jsonl. See docs/BEAM.md.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx" // every runner; the local and gs:// file systems

	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3" // s3:// paths, for clusters on AWS
)

// globs is a flag that may be given more than once.
type globs []string

func (g *globs) String() string     { return strings.Join(*g, ",") }
func (g *globs) Set(s string) error { *g = append(*g, s); return nil }

func main() {
	c := defaultConfig()
	var inputs globs
	flag.Var(&inputs, "input", "input files: a glob on any file system Beam has (repeatable)")
	flag.StringVar(&c.Output, "output", "", "prefix of the output files: PREFIX-SSSSS-of-NNNNN.jsonl and PREFIX-errors-*.jsonl")
	flag.IntVar(&c.Shards, "shards", c.Shards, "number of output files (and of store writers)")
	flag.StringVar(&c.DB, "db", "", "also store the documents in this PostgreSQL database (postgres://...)")
	flag.IntVar(&c.Batch, "batch", c.Batch, "documents per store transaction")
	flag.StringVar(&c.Lang, "lang", c.Lang, "keep documents in this language (ISO 639-1), or any")
	flag.Int64Var(&c.MaxSize, "max-size", c.MaxSize, "largest document in bytes")
	threads := flag.Int("threads", 0, "goroutines per bundle that read HTML and extract (default: the CPUs on the local runner, 1 on a cluster, whose workers run bundles in parallel)")
	flag.Parse()
	beam.Init()
	c.Inputs = inputs
	c.Threads = *threads
	if c.Threads == 0 {
		c.Threads = defaultThreads(*runners.Runner)
	}
	if err := c.check(); err != nil {
		fmt.Fprintf(os.Stderr, "whosaid-beam: %v\n", err)
		os.Exit(2)
	}

	p, s := beam.NewPipelineWithRoot()
	build(s, c)
	res, err := beamx.RunWithMetrics(context.Background(), p)
	if err != nil {
		fmt.Fprintf(os.Stderr, "whosaid-beam: %v\n", err)
		os.Exit(1)
	}
	// A job submitted without waiting (Dataflow's --async) has no counts yet.
	if res != nil {
		fmt.Fprintf(os.Stderr, "whosaid-beam: %s\n", summary(counts(res.Metrics().AllMetrics())))
	}
}

// defaultThreads is how many elements a bundle works on at once: the local
// runner (Prism, the default) runs a stage as one bundle, so a bundle
// must use the machine's cores itself; a cluster's workers run a bundle
// per core already.
func defaultThreads(runner string) int {
	switch strings.ToLower(runner) {
	case "", "prism", "prismrunner", "direct":
		return runtime.GOMAXPROCS(0)
	}
	return 1
}
