package extract

import (
	"bytes"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/depparse"
	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

// span finds the byte span of sub in text.
func span(text, sub string) [][2]int {
	i := strings.Index(text, sub)
	if i < 0 {
		panic("no " + sub)
	}
	return [][2]int{{i, i + len(sub)}}
}

func TestPrepareLabels(t *testing.T) {
	text := `“We won,” the mayor said. Aides were happy.`
	ex := Example{Text: text, Attributions: []Gold{{
		Source: span(text, "the mayor"), Cue: span(text, "said"), Content: span(text, "“We won,”"),
	}}}
	p := prepare(ex, toyTagger(), toyParser())
	seg := p.d.seg
	var cue []string
	for i, l := range p.cueLabels {
		if l != cueO {
			cue = append(cue, seg.TokenText(i))
		}
	}
	if strings.Join(cue, " ") != "said" {
		t.Fatalf("cue tokens %q", cue)
	}
	if len(p.roles) != 1 {
		t.Fatalf("%d role examples", len(p.roles))
	}
	r := p.roles[0]
	names := []string{"O", "B-S", "I-S", "B-C", "I-C", "K"}
	var got []string
	for k, l := range r.labels {
		got = append(got, seg.TokenText(r.win.Start+k)+"/"+names[l])
	}
	want := "“/B-C We/I-C won/I-C ,/I-C ”/I-C the/B-S mayor/I-S said/K ./O Aides/O were/O happy/O ./O"
	if strings.Join(got, " ") != want {
		t.Errorf("role labels\n got %s\nwant %s", strings.Join(got, " "), want)
	}
}

func TestTokenRuns(t *testing.T) {
	toks := segment.Tokenize("a bb ccc dd e")
	tests := []struct {
		spans [][2]int
		want  []segment.Range
	}{
		{[][2]int{{2, 8}}, []segment.Range{{Start: 1, End: 3}}},
		{[][2]int{{2, 4}, {5, 8}}, []segment.Range{{Start: 1, End: 3}}}, // adjacent pieces join
		{[][2]int{{0, 1}, {9, 11}}, []segment.Range{{Start: 0, End: 1}, {Start: 3, End: 4}}},
		{[][2]int{{3, 4}}, nil}, // inside a token: no whole token
	}
	for _, tt := range tests {
		got := tokenRuns(toks, tt.spans)
		if len(got) != len(tt.want) {
			t.Errorf("%v: got %v, want %v", tt.spans, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%v: got %v, want %v", tt.spans, got, tt.want)
			}
		}
	}
}

// toyTagger tags words by a rule learned from the toy corpus: enough to
// exercise the tag features.
func toyTagger() *postag.Tagger {
	var sents []postag.Sentence
	for _, ex := range toyExamples() {
		toks := segment.Tokenize(ex.Text)
		tags := make([]uint8, len(toks))
		for i, t := range toks {
			switch w := ex.Text[t.Start:t.End]; {
			case w == "said" || w == "told" || w == "was" || w == "is":
				tags[i] = postag.VBD
			case t.Kind == segment.Word:
				tags[i] = postag.NN
			default:
				tags[i] = postag.Period
			}
		}
		sents = append(sents, postag.Sentence{Src: ex.Text, Tokens: toks, Tags: tags})
	}
	return postag.Train(sents, 3, 1)
}

// toyParser learns flat trees: every token hangs from the first verb,
// words before it as subjects, words after as complements.
func toyParser() *depparse.Parser {
	tagger := toyTagger()
	var sents []depparse.Sentence
	for _, ex := range toyExamples() {
		toks := segment.Tokenize(ex.Text)
		tags := tagger.TagSentence(ex.Text, toks, nil)
		verb := 0
		for i, t := range tags {
			if t == postag.VBD {
				verb = i
				break
			}
		}
		heads, labels := make([]int32, len(toks)), make([]uint8, len(toks))
		for i := range toks {
			switch {
			case i == verb:
				heads[i], labels[i] = -1, depparse.Root
			case i < verb:
				heads[i], labels[i] = int32(verb), depparse.Nsubj
			default:
				heads[i], labels[i] = int32(verb), depparse.Ccomp
			}
		}
		sents = append(sents, depparse.Sentence{Src: ex.Text, Tokens: toks, Tags: tags, Heads: heads, Labels: labels})
	}
	return depparse.Train(sents, 3, 1)
}

// toyExamples is a tiny corpus in which "said" and "told" are cues.
func toyExamples() []Example {
	var out []Example
	for _, s := range []struct{ text, src, cue, content string }{
		{`“We won,” the mayor said.`, "the mayor", "said", "“We won,”"},
		{`The senator said the bill would pass.`, "The senator", "said", "the bill would pass"},
		{`Officials told reporters the road was closed.`, "Officials", "told", "the road was closed"},
		{`“It is over,” the coach said.`, "the coach", "said", "“It is over,”"},
		{`The governor said taxes would rise.`, "The governor", "said", "taxes would rise"},
	} {
		out = append(out, Example{Text: s.text, Attributions: []Gold{{
			Source: span(s.text, s.src), Cue: span(s.text, s.cue), Content: span(s.text, s.content),
		}}})
	}
	return out
}

func TestTrainLearnsToyCorpus(t *testing.T) {
	m := Train(toyExamples(), toyTagger(), toyParser(), TrainOptions{Epochs: 10, Seed: 1})
	text := `The mayor said the bill would pass.`
	seg := segment.Segment(text)
	rels := m.Extract(seg)
	if len(rels) != 1 {
		t.Fatalf("%d relations, want 1", len(rels))
	}
	text1 := func(rs []segment.Range) string {
		if len(rs) != 1 {
			return ""
		}
		return text[seg.Tokens[rs[0].Start].Start:seg.Tokens[rs[0].End-1].End]
	}
	r := rels[0]
	if text1(r.Source) != "The mayor" || text1(r.Cue) != "said" || text1(r.Content) != "the bill would pass" {
		t.Errorf("got source %q cue %q content %q", text1(r.Source), text1(r.Cue), text1(r.Content))
	}
}

// TestTrainIsReproducible: the same data and options give the same bytes.
func TestTrainIsReproducible(t *testing.T) {
	var a, b bytes.Buffer
	for _, buf := range []*bytes.Buffer{&a, &b} {
		m := Train(toyExamples(), toyTagger(), toyParser(), TrainOptions{Epochs: 3, Seed: 7})
		if _, err := m.WriteTo(buf); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two trainings on the same data differ")
	}
	back, err := ReadModel(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if back.cue.Len() == 0 || back.role.Len() == 0 {
		t.Error("model read back empty")
	}
}

func TestSubtreeSpans(t *testing.T) {
	tests := []struct {
		heads       []int32
		left, right []int32
	}{
		{nil, nil, nil},
		{[]int32{-1}, []int32{0}, []int32{0}},
		// "the mayor said it rained": said(2) <- mayor(1) <- the(0); said -> rained(4) -> it(3)
		{[]int32{1, 2, -1, 4, 2}, []int32{0, 0, 0, 3, 3}, []int32{0, 1, 4, 3, 4}},
		// two sentences, two roots
		{[]int32{-1, 0, -1, 2}, []int32{0, 1, 2, 3}, []int32{1, 1, 3, 3}},
	}
	for _, tt := range tests {
		left, right, _, _ := subtreeSpans(tt.heads)
		for i := range tt.heads {
			if left[i] != tt.left[i] || right[i] != tt.right[i] {
				t.Errorf("heads %v: token %d spans [%d, %d], want [%d, %d]", tt.heads, i, left[i], right[i], tt.left[i], tt.right[i])
			}
		}
	}
}
