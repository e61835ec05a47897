package main

import (
	"context"
	"errors"
	"fmt"
	"path"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"

	"github.com/whosaid/whosaid/ingest"
	"github.com/whosaid/whosaid/store/open"
)

// config is what a run reads, writes and keeps.
type config struct {
	Inputs  []string // globs, on any file system Beam has
	Output  string   // the prefix of the output files
	Shards  int      // output files (and store writers)
	DB      string   // a postgres:// URL, or "" for no store
	Batch   int      // documents per store transaction
	Lang    string   // ISO 639-1 code, or "any"
	MaxSize int64    // largest document, as ingest's Options.MaxSize
	Threads int      // goroutines per bundle that read HTML and extract
}

// check tells what is wrong with a configuration, naming the flag.
func (c config) check() error {
	switch {
	case len(c.Inputs) == 0:
		return errors.New("--input: name the input files (a glob)")
	case c.Output == "":
		return errors.New("--output: name the prefix of the output files")
	case c.Shards < 1:
		return fmt.Errorf("--shards must be at least 1, not %d", c.Shards)
	case c.Batch < 1:
		return fmt.Errorf("--batch must be at least 1, not %d", c.Batch)
	case c.Threads < 1:
		return fmt.Errorf("--threads must be at least 1, not %d", c.Threads)
	case c.MaxSize < 1:
		return fmt.Errorf("--max-size must be at least 1, not %d", c.MaxSize)
	case c.Lang != "any" && !isLanguageCode(c.Lang):
		return fmt.Errorf("--lang must be a two-letter ISO 639-1 code or \"any\", not %q", c.Lang)
	case c.DB != "" && !open.IsPostgres(c.DB):
		// A SQLite file is one machine's: workers elsewhere cannot share it.
		return fmt.Errorf("--db must be a postgres:// or postgresql:// URL, not %q", c.DB)
	}
	for _, in := range c.Inputs {
		if strings.TrimSpace(in) == "" {
			return errors.New("--input: an empty glob")
		}
	}
	return nil
}

func isLanguageCode(s string) bool {
	return len(s) == 2 && s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'a' && s[1] <= 'z'
}

// build adds the pipeline to s:
//
//	match files → reshuffle → read (WARC: cut into records → reshuffle →
//	read each record) → screen by language, key by text → group the copies
//	of each text → extract the first, write the others as duplicates →
//	shard → write PREFIX-*.jsonl; failures → PREFIX-errors-*.jsonl;
//	with a store: shard by ID → put in batches → optimize once.
//
// The reshuffles and the grouping by text spread the work: the files over
// workers, the records of one archive over workers, the extraction (the
// costly part) over workers by text.
func build(s beam.Scope, c config) {
	var matched []beam.PCollection
	for _, in := range c.Inputs {
		matched = append(matched, fileio.MatchFiles(s, in, fileio.MatchEmptyDisallow()))
	}
	files := beam.ParDo(s, &visibleFn{Globs: c.Inputs}, beam.Flatten(s, matched...))
	readable := fileio.ReadMatches(s, beam.Reshuffle(s, files), fileio.ReadUncompressed(), fileio.ReadDirectorySkip())

	warc, wholeDocs, readFails := beam.ParDo3(s, &readFileFn{MaxSize: c.MaxSize, Lang: c.Lang}, readable)
	recordDocs, recordFails := beam.ParDo2(s, &readRecordFn{MaxSize: c.MaxSize, Lang: c.Lang, Threads: c.Threads}, beam.Reshuffle(s, warc))
	docs := beam.Flatten(s, wholeDocs, recordDocs)

	byText := beam.GroupByKey(s, beam.ParDo(s, &screenFn{Lang: c.Lang}, docs))
	lines, toStore, extractFails := beam.ParDo3(s, &extractFn{Store: c.DB != "", Threads: c.Threads}, byText)

	fails := []beam.PCollection{readFails, recordFails, extractFails}
	if c.DB != "" {
		groups := beam.GroupByKey(s, beam.ParDo(s, &keyStoreFn{Shards: c.Shards}, toStore))
		stored, storeFails := beam.ParDo2(s, &putFn{DB: c.DB, Batch: c.Batch}, groups)
		beam.ParDo0(s, &optimizeFn{DB: c.DB}, stats.Sum(s, stored))
		fails = append(fails, storeFails)
	}

	writeShards(s.Scope("write"), c.Output, c.Shards, beam.ParDo(s, &keyShardFn{Shards: c.Shards}, lines))
	errShards := max(1, c.Shards/8) // dead letters are few
	writeShards(s.Scope("write-errors"), c.Output+"-errors", errShards,
		beam.ParDo(s, &keyFailureFn{Shards: errShards}, beam.Flatten(s, fails...)))
}

// writeShards writes keyed lines to one file per shard.
func writeShards(s beam.Scope, prefix string, shards int, keyed beam.PCollection) {
	beam.ParDo0(s, &writeShardFn{Prefix: prefix, Shards: shards}, beam.GroupByKey(s, keyed))
}

// visibleFn drops the files a glob matched whose name starts with a dot
// (unless the glob's own name does), as `whosaid extract` skips them in a
// folder and a shell's * does.
type visibleFn struct {
	Globs []string
}

func (fn *visibleFn) ProcessElement(md fileio.FileMetadata, emit func(fileio.FileMetadata)) {
	if strings.HasPrefix(path.Base(md.Path), ".") {
		for _, g := range fn.Globs {
			if strings.HasPrefix(path.Base(g), ".") {
				emit(md)
				return
			}
		}
		return
	}
	emit(md)
}

func init() {
	register.DoFn2x0[fileio.FileMetadata, func(fileio.FileMetadata)](&visibleFn{})
	register.DoFn5x1[context.Context, fileio.ReadableFile, func(warcRecord), func(docRecord), func(failure), error](&readFileFn{})
	register.DoFn4x0[context.Context, warcRecord, func(docRecord), func(failure)](&readRecordFn{})
	register.DoFn3x1[context.Context, docRecord, func(string, docRecord), error](&screenFn{})
	register.DoFn6x1[context.Context, string, func(*docRecord) bool, func(string), func(storeRecord), func(failure), error](&extractFn{})
	register.DoFn1x2[string, int, string](&keyShardFn{})
	register.DoFn1x2[failure, int, string](&keyFailureFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.DoFn1x2[storeRecord, int, storeRecord](&keyStoreFn{})
	register.DoFn4x2[context.Context, int, func(*storeRecord) bool, func(failure), int, error](&putFn{})
	register.DoFn2x1[context.Context, int, error](&optimizeFn{})
	register.Emitter1[fileio.FileMetadata]()
	register.Emitter1[warcRecord]()
	register.Emitter1[docRecord]()
	register.Emitter1[failure]()
	register.Emitter1[string]()
	register.Emitter1[storeRecord]()
	register.Emitter2[string, docRecord]()
	register.Iter1[docRecord]()
	register.Iter1[string]()
	register.Iter1[storeRecord]()
}

// defaultConfig is the configuration of the flags' defaults.
func defaultConfig() config {
	return config{Shards: 4, Batch: 64, Lang: "en", MaxSize: ingest.DefaultMaxSize, Threads: 1}
}
