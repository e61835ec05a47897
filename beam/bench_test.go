package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

// benchCopies is how many copies of PolNeAR dev the benchmark corpus
// holds: 15 × 67,609 words, about a million.
const benchCopies = 15

// BenchmarkPipeline measures the pipeline on the local runner over about a
// million words (PolNeAR dev, 15 copies, each copy's texts made distinct),
// as JSON Lines and as HTML pages in a WARC.gz, and `whosaid extract` on
// the same files: words per second and CPU seconds per million words (of
// the whole process: runner, reading, extraction, writing). Run it at 1
// and 2 cores with
//
//	go test -run '^$' -bench Pipeline -benchtime 3x -cpu 1,2
//
// The pipeline's --threads follows -cpu, as it follows the CPUs by default.
func BenchmarkPipeline(b *testing.B) {
	dev := needShared(b, "../../shared/data/polnear/dev.jsonl")
	dir := b.TempDir()
	corpora := map[string]string{
		"jsonl":   filepath.Join(dir, "dev.jsonl"),
		"warc.gz": filepath.Join(dir, "dev.warc.gz"),
	}
	texts := readTexts(b, dev)
	writeBenchJSONL(b, corpora["jsonl"], texts)
	writeBenchWARC(b, corpora["warc.gz"], texts)
	bin := buildWhosaid(b)

	for _, kind := range []string{"jsonl", "warc.gz"} {
		in := corpora[kind]
		b.Run("beam/"+kind, func(b *testing.B) {
			c := defaultConfig()
			c.Inputs, c.Threads = []string{in}, runtime.GOMAXPROCS(0)
			var cpu time.Duration
			var out string
			for i := 0; b.Loop(); i++ {
				c.Output = filepath.Join(b.TempDir(), "part")
				start := processCPU()
				runPipeline(b, c)
				cpu += processCPU() - start
				out = c.Output
			}
			report(b, countWords(b, out+"-[0-9]*.jsonl"), cpu)
		})
		b.Run("extract/"+kind, func(b *testing.B) {
			var cpu time.Duration
			out := filepath.Join(b.TempDir(), "out.jsonl")
			for b.Loop() {
				f, err := os.Create(out)
				if err != nil {
					b.Fatal(err)
				}
				cmd := exec.Command(bin, "extract", "--quiet", "--workers", fmt.Sprint(runtime.GOMAXPROCS(0)), in)
				cmd.Stdout = f
				if err := cmd.Run(); err != nil {
					b.Fatalf("whosaid extract: %v", err)
				}
				f.Close()
				cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
			}
			report(b, countWords(b, out), cpu)
		})
	}
}

// report adds the throughput and the cost of the runs to the benchmark.
func report(b *testing.B, words int, cpu time.Duration) {
	total := float64(words) * float64(b.N)
	b.ReportMetric(total/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(cpu.Seconds()/(total/1e6), "cpu-s/Mword")
	b.ReportMetric(0, "ns/op") // a run is minutes: ns/op says nothing more
}

// processCPU is the CPU time this process has used, user and system.
func processCPU() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

type benchText struct{ ID, Title, Text string }

func readTexts(b *testing.B, path string) []benchText {
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var out []benchText
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var t benchText
		if err := json.Unmarshal(sc.Bytes(), &t); err != nil {
			b.Fatal(err)
		}
		out = append(out, t)
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	return out
}

// copyText is text's copy k, made distinct so that it is no duplicate.
func copyText(text string, k int) string {
	return fmt.Sprintf("%s\n\nThis is copy %d of the article.", text, k)
}

func writeBenchJSONL(b *testing.B, path string, texts []benchText) {
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	enc := json.NewEncoder(f)
	for k := range benchCopies {
		for _, t := range texts {
			enc.Encode(map[string]string{"id": fmt.Sprintf("%s-%d", t.ID, k), "text": copyText(t.Text, k)})
		}
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
}

// writeBenchWARC writes each text as an HTML page amid page furniture, a
// response record in a gzip member of its own, as Common Crawl does.
func writeBenchWARC(b *testing.B, path string, texts []benchText) {
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	furniture := strings.Repeat(`<li><a href="/section">Section</a></li>`, 40)
	for k := range benchCopies {
		for i, t := range texts {
			var body strings.Builder
			fmt.Fprintf(&body, "<!doctype html><html><head><title>%s</title></head><body><nav><ul>%s</ul></nav><article><h1>%s</h1>\n",
				html.EscapeString(t.Title), furniture, html.EscapeString(t.Title))
			for _, para := range strings.Split(copyText(t.Text, k), "\n") {
				if strings.TrimSpace(para) != "" {
					fmt.Fprintf(&body, "<p>%s</p>\n", html.EscapeString(para))
				}
			}
			fmt.Fprintf(&body, "</article><footer><ul>%s</ul></footer></body></html>", furniture)
			r := testRecord{Type: "response", ID: fmt.Sprintf("urn:uuid:%d-%d", k, i), Status: 200, ContentType: "text/html; charset=utf-8", Body: body.String()}
			zw := gzip.NewWriter(f)
			zw.Write(r.bytes())
			if err := zw.Close(); err != nil {
				b.Fatal(err)
			}
		}
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
}

// countWords counts the words of the texts extracted in JSON Lines files.
func countWords(b *testing.B, glob string) int {
	words := 0
	for _, line := range shardLines(b, glob) {
		var v struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			b.Fatal(err)
		}
		words += len(strings.Fields(v.Text))
	}
	if words == 0 {
		b.Fatalf("no words extracted in %s", glob)
	}
	return words
}
