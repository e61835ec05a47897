package main

import (
	"strings"
	"testing"
)

func TestConfigCheck(t *testing.T) {
	ok := defaultConfig()
	ok.Inputs, ok.Output = []string{"in/*.jsonl"}, "out/part"
	tests := []struct {
		name   string
		change func(*config)
		want   string // in the error; "" for none
	}{
		{"defaults", func(*config) {}, ""},
		{"postgres", func(c *config) { c.DB = "postgres://u@h/db" }, ""},
		{"any language", func(c *config) { c.Lang = "any" }, ""},
		{"no input", func(c *config) { c.Inputs = nil }, "--input"},
		{"empty glob", func(c *config) { c.Inputs = []string{" "} }, "--input"},
		{"no output", func(c *config) { c.Output = "" }, "--output"},
		{"no shard", func(c *config) { c.Shards = 0 }, "--shards"},
		{"no batch", func(c *config) { c.Batch = 0 }, "--batch"},
		{"no size", func(c *config) { c.MaxSize = 0 }, "--max-size"},
		{"no thread", func(c *config) { c.Threads = 0 }, "--threads"},
		{"bad language", func(c *config) { c.Lang = "english" }, "--lang"},
		{"sqlite store", func(c *config) { c.DB = "whosaid.db" }, "--db"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := ok
			c.Inputs = append([]string(nil), ok.Inputs...)
			tt.change(&c)
			err := c.check()
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("error %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("error %v, want one naming %s", err, tt.want)
			}
		})
	}
}

func TestIsWARC(t *testing.T) {
	gz := writeArchive(t, true, testRecords[:1], nil)
	tests := []struct {
		name string
		head string
		want bool
	}{
		{"a.warc", "", true},
		{"a.WARC.gz", "", true},
		{"a.txt", "WARC/1.1\r\n", true},
		{"a.bin", string(gz), true},
		{"a.jsonl", `{"text":"WARC/1.0"}`, false},
		{"a.html.gz", "\x1f\x8b\x08\x00garbage", false},
		{"warc.txt", "plain text", false},
	}
	for _, tt := range tests {
		if got := isWARC(tt.name, []byte(tt.head)); got != tt.want {
			t.Errorf("isWARC(%q, %.12q) = %v, want %v", tt.name, tt.head, got, tt.want)
		}
	}
}

func TestSummary(t *testing.T) {
	tests := []struct {
		counts map[string]int64
		want   string
	}{
		{map[string]int64{"documents_read": 84, "extracted": 84, "attributions": 1835},
			"84 documents read, 84 extracted, 0 failed; 1835 attributions"},
		{map[string]int64{"documents_read": 10, "extracted": 5, "duplicates": 1, "skipped": 3, "failed": 1, "attributions": 9, "stored": 4, "store_failed": 1},
			"10 documents read, 5 extracted, 1 duplicates, 3 skipped, 1 failed; 9 attributions; 4 stored, 1 not stored"},
	}
	for _, tt := range tests {
		if got := summary(tt.counts); got != tt.want {
			t.Errorf("summary = %q, want %q", got, tt.want)
		}
	}
}

func TestShardOf(t *testing.T) {
	seen := map[int]bool{}
	for i := range 100 {
		s := strings.Repeat("x", i)
		k := shardOf(s, 4)
		if k < 0 || k >= 4 || k != shardOf(s, 4) {
			t.Fatalf("shardOf(%q, 4) = %d", s, k)
		}
		seen[k] = true
	}
	if len(seen) != 4 {
		t.Errorf("100 lines went to %d of 4 shards", len(seen))
	}
}
