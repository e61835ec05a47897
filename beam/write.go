package main

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
)

// shardOf spreads strings over n shards, the same way on every run, so
// that a retried shard is written with the same lines.
func shardOf(s string, n int) int {
	h := fnv.New64a()
	h.Write([]byte(s))
	// FNV's low bits follow the last bytes too closely for a modulus:
	// murmur3's finalizer mixes every bit into them.
	x := h.Sum64()
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	return int(x % uint64(n))
}

// keyShardFn keys a line by its shard.
type keyShardFn struct {
	Shards int
}

func (fn *keyShardFn) ProcessElement(line string) (int, string) {
	return shardOf(line, fn.Shards), line
}

// keyFailureFn turns a dead letter into its line, keyed by its shard.
type keyFailureFn struct {
	Shards int
}

func (fn *keyFailureFn) ProcessElement(f failure) (int, string) {
	line := f.line()
	return shardOf(line, fn.Shards), line
}

// shardName is the file of shard i of n under prefix.
func shardName(prefix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, i, n)
}

// writeShardFn writes the lines of one shard to its file, on any file
// system Beam has (local, gs://, s3://, ...). A retry writes the whole
// file again, over the first attempt's. Only shards with lines are
// written.
type writeShardFn struct {
	Prefix string
	Shards int
}

func (fn *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) (err error) {
	name := shardName(fn.Prefix, shard, fn.Shards)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	f, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return fmt.Errorf("creating %s: %w", name, err)
	}
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("writing %s: %w", name, cerr)
		}
	}()
	w := bufio.NewWriterSize(f, 256<<10)
	var line string
	for lines(&line) {
		w.WriteString(line)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	return nil
}
