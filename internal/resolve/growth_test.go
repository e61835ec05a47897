package resolve

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/internal/extract"
	"github.com/whosaid/whosaid/internal/model"
	"github.com/whosaid/whosaid/internal/polnear"
	"github.com/whosaid/whosaid/internal/segment"
	"github.com/whosaid/whosaid/internal/shared"
)

// growthWords is the size S of the smaller document of
// BenchmarkResolveGrowth; the larger has 10×S words.
const growthWords = 4000

// growthDoc joins PolNeAR train texts, as paragraphs of one document,
// until it holds at least words words.
func growthDoc(texts []string, words int) string {
	var b strings.Builder
	n := 0
	for _, t := range texts {
		if n >= words {
			break
		}
		b.WriteString(t)
		b.WriteString("\n\n")
		n += wordCount(segment.Segment(t))
	}
	return b.String()
}

func wordCount(seg *segment.Text) int {
	n := 0
	for _, t := range seg.Tokens {
		if t.Kind == segment.Word {
			n++
		}
	}
	return n
}

// BenchmarkResolveGrowth runs extraction and resolve on one document of
// PolNeAR train texts of S words and on one of 10×S, and reports how much
// the cost per word grows: ratio (extraction and resolve) and
// resolve-ratio (resolve alone), medians over the iterations. In linear
// time both stay near 1; a stage quadratic in the document makes them
// near 10.
//
// Each iteration runs the small document 10 times and the large one
// once, so that both sides process as many words and allocate alike, and
// pay a like share of garbage collection.
func BenchmarkResolveGrowth(b *testing.B) {
	path := shared.Path(b, polnear.TrainJSONL)
	texts, err := polnear.TextsInOrder(path)
	if err != nil {
		b.Fatal(err)
	}
	m, err := extract.ReadModel(model.Embedded())
	if err != nil {
		b.Fatal(err)
	}
	type size struct {
		text        string
		runs, words int   // runs per iteration, words per run
		in          Input // the extractor's output, for resolve alone
		full, alone []float64
	}
	sizes := []*size{
		{text: growthDoc(texts, growthWords), runs: 10},
		{text: growthDoc(texts, 10*growthWords), runs: 1},
	}
	for _, s := range sizes {
		seg := segment.Segment(s.text)
		tags := m.Tag(seg)
		s.words, s.in = wordCount(seg), Input{Seg: seg, Tags: tags, Rels: m.ExtractTagged(seg, tags)}
	}
	perWord := func(s *size, f func()) float64 {
		start := time.Now()
		for range s.runs {
			f()
		}
		return float64(time.Since(start).Nanoseconds()) / float64(s.runs*s.words)
	}
	for b.Loop() {
		for _, s := range sizes {
			s.full = append(s.full, perWord(s, func() {
				seg := segment.Segment(s.text)
				tags := m.Tag(seg)
				Resolve(Input{Seg: seg, Tags: tags, Rels: m.ExtractTagged(seg, tags)})
			}))
			s.alone = append(s.alone, perWord(s, func() { Resolve(s.in) }))
		}
	}
	small, large := sizes[0], sizes[1]
	b.ReportMetric(median(large.full)/median(small.full), "ratio")
	b.ReportMetric(median(large.alone)/median(small.alone), "resolve-ratio")
	b.ReportMetric(median(small.full), "ns/word-S")
	b.ReportMetric(median(large.full), "ns/word-10S")
	b.ReportMetric(median(small.alone), "resolve-ns/word-S")
	b.ReportMetric(median(large.alone), "resolve-ns/word-10S")
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}
