package postag

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/segment"
)

func TestTagNames(t *testing.T) {
	if NumTags != 45 {
		t.Fatalf("NumTags = %d, want the 45 of the Penn Treebank", NumTags)
	}
	for id := range NumTags {
		name := TagName(uint8(id))
		back, ok := TagID(name)
		if name == "" || !ok || back != uint8(id) {
			t.Errorf("tag %d: name %q gives %d, %v", id, name, back, ok)
		}
	}
	cases := []struct {
		name                                   string
		verb, noun, proper, adj, adv, pro, pun bool
	}{
		{"VBD", true, false, false, false, false, false, false},
		{"VBZ", true, false, false, false, false, false, false},
		{"MD", false, false, false, false, false, false, false},
		{"NNPS", false, true, true, false, false, false, false},
		{"NNS", false, true, false, false, false, false, false},
		{"JJR", false, false, false, true, false, false, false},
		{"WRB", false, false, false, false, true, false, false},
		{"PRP$", false, false, false, false, false, true, false},
		{"``", false, false, false, false, false, false, true},
		{"-RRB-", false, false, false, false, false, false, true},
		{"$", false, false, false, false, false, false, false},
	}
	for _, c := range cases {
		id, ok := TagID(c.name)
		if !ok {
			t.Fatalf("no tag %q", c.name)
		}
		got := [7]bool{IsVerb(id), IsNoun(id), IsProperNoun(id), IsAdjective(id), IsAdverb(id), IsPronoun(id), IsPunct(id)}
		want := [7]bool{c.verb, c.noun, c.proper, c.adj, c.adv, c.pro, c.pun}
		if got != want {
			t.Errorf("%s: verb, noun, proper, adjective, adverb, pronoun, punct = %v, want %v", c.name, got, want)
		}
	}
	if _, ok := TagID("NOPE"); ok || TagName(200) != "" {
		t.Error("unknown tags should be rejected")
	}
}

// alignText is the article of testdata/align.conllu.
// The "*" lies between the CoNLL-U sentences, so it is left out.
const alignText = "Clinton’s aides don't say, the U.S. \"won\"...\n*\n" +
	"(Sen. Kaine) paid $5\u00a0½ — 20% more!"

func readAlign(t *testing.T) []Sentence {
	t.Helper()
	f, err := os.Open("testdata/align.conllu")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := ReadCoNLLU(f, map[string]string{"doc1": alignText})
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

func TestReadCoNLLUAligns(t *testing.T) {
	sents := readAlign(t)
	want := [][][2]string{{
		{"Clinton’s", "NNP"}, // CoreNLP: Clinton / ’s
		{"aides", "NNS"},
		{"don't", "VBP"}, // do / n't
		{"say", "VB"},
		{",", ","},
		{"the", "DT"},
		{"U", "NNP"}, {".", "NNP"}, {"S", "NNP"}, {".", "NNP"}, // U.S.
		{"\"", "``"},
		{"won", "VBD"},
		{"\"", "''"},
		{".", ":"}, {".", ":"}, {".", ":"}, // ...
	}, {
		{"(", "-LRB-"},
		{"Sen", "NNP"}, {".", "NNP"},
		{"Kaine", "NNP"},
		{")", "-RRB-"},
		{"paid", "VBD"},
		{"$", "$"},
		{"5", "CD"},
		{"½", "CD"}, // CoreNLP left it out: the fallback for a number
		{"—", ":"},
		{"20", "CD"},
		{"%", "NN"},
		{"more", "JJR"},
		{"!", "."},
	}}
	if len(sents) != len(want) {
		t.Fatalf("%d sentences, want %d", len(sents), len(want))
	}
	for k, s := range sents {
		if s.Doc != "doc1" || s.Src != alignText || len(s.Tags) != len(s.Tokens) {
			t.Fatalf("sentence %d: doc %q, %d tokens, %d tags", k, s.Doc, len(s.Tokens), len(s.Tags))
		}
		var got [][2]string
		for i, tok := range s.Tokens {
			got = append(got, [2]string{s.Src[tok.Start:tok.End], TagName(s.Tags[i])})
		}
		if len(got) != len(want[k]) {
			t.Fatalf("sentence %d: got %q\nwant %q", k, got, want[k])
		}
		for i := range got {
			if got[i] != want[k][i] {
				t.Errorf("sentence %d token %d: got %q, want %q", k, i, got[i], want[k][i])
			}
		}
	}
}

func TestReadCoNLLUErrors(t *testing.T) {
	const line = "1\tHi\thi\t_\tUH\t_\t0\troot\t_\tStart=0|End=2|NER=O\n"
	cases := []struct{ name, in string }{
		{"no newdoc", line},
		{"unknown article", "# newdoc id = nope\n" + line},
		{"unknown tag", "# newdoc id = d\n" + strings.Replace(line, "UH", "XX", 1)},
		{"columns", "# newdoc id = d\n1\tHi\n"},
		{"outside text", "# newdoc id = d\n" + strings.Replace(line, "End=2", "End=99", 1)},
		{"bad offset", "# newdoc id = d\n" + strings.Replace(line, "Start=0", "Start=x", 1)},
		{"overlap", "# newdoc id = d\n" + line + strings.Replace(line, "1\t", "2\t", 1)},
	}
	for _, c := range cases {
		if _, err := ReadCoNLLU(strings.NewReader(c.in), map[string]string{"d": "Hi there"}); err == nil {
			t.Errorf("%s: no error", c.name)
		}
	}
	sents, err := ReadCoNLLU(strings.NewReader("# newdoc id = d\n"+line), map[string]string{"d": "Hi there"})
	if err != nil || len(sents) != 1 || len(sents[0].Tokens) != 1 || sents[0].Tags[0] != UH {
		t.Errorf("one-token sentence: %+v, %v", sents, err)
	}
}

func TestFallbackTag(t *testing.T) {
	cases := []struct {
		text string
		at   int // byte offset of the token
		want string
	}{
		{`say "hi`, 4, "``"},
		{`"hi`, 0, "``"},
		{`hi" he`, 2, "''"},
		{"“", 0, "``"},
		{"’", 0, "''"},
		{"a ;", 2, ":"},
		{"a ?", 2, "."},
		{"[", 0, "-LRB-"},
		{"}", 0, "-RRB-"},
		{"€", 0, "$"},
		{"+", 0, "SYM"},
		{"1990s", 0, "CD"},
		{"Obama", 0, "NNP"},
		{"éclair", 0, "NN"},
	}
	for _, c := range cases {
		var tok segment.Token
		for _, tk := range segment.Tokenize(c.text) {
			if tk.Start == c.at {
				tok = tk
			}
		}
		if got := TagName(fallbackTag(c.text, tok)); got != c.want {
			t.Errorf("%q at %d: %s, want %s", c.text, c.at, got, c.want)
		}
	}
}

// toyTagger learns from the aligned test snippet, repeated, without
// pruning (which is tuned for a real corpus and would prune features
// that are updated only once or twice here).
func toyTagger(t testing.TB) *Tagger {
	f, err := os.ReadFile("testdata/align.conllu")
	if err != nil {
		t.Fatal(err)
	}
	sents, err := ReadCoNLLU(bytes.NewReader(f), map[string]string{"doc1": alignText})
	if err != nil {
		t.Fatal(err)
	}
	var many []Sentence
	for range 30 {
		many = append(many, sents...)
	}
	opt := defaultOptions(5, 7)
	opt.minUpdates = 0
	return train(many, opt)
}

func TestTrainLearnsAndIsReproducible(t *testing.T) {
	sents := readAlign(t)
	toy := toyTagger(t)
	if c, n := toy.Evaluate(sents); c != n {
		t.Errorf("toy tagger gets %d of %d training tokens right", c, n)
	}
	if _, forms := toy.Size(); forms == 0 {
		t.Error("no frequent unambiguous form in the dictionary")
	}
	var many []Sentence
	for range 30 {
		many = append(many, sents...)
	}
	model := func(seed uint64) []byte {
		var buf bytes.Buffer
		if _, err := Train(many, 3, seed).WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	a, b := model(1), model(1)
	if !bytes.Equal(a, b) {
		t.Error("two trainings on the same data and seed give different models")
	}
	if c := model(2); bytes.Equal(a, c) {
		t.Error("the seed makes no difference")
	}
}

func TestWriteReadRoundTrip(t *testing.T) {
	tg := toyTagger(t)
	var buf bytes.Buffer
	n, err := tg.WriteTo(&buf)
	if err != nil || n != int64(buf.Len()) {
		t.Fatalf("WriteTo: %d bytes, %v; buffer has %d", n, err, buf.Len())
	}
	first := bytes.Clone(buf.Bytes())
	buf.WriteString("TRAILER") // whatever follows must stay unread
	r := bufio.NewReader(&buf)
	back, err := Read(r)
	if err != nil {
		t.Fatal(err)
	}
	if rest, _ := r.ReadString(0); rest != "TRAILER" {
		t.Errorf("after the tagger, read %q, want TRAILER", rest)
	}
	f1, k1 := tg.Size()
	f2, k2 := back.Size()
	if f1 != f2 || k1 != k2 {
		t.Errorf("size %d/%d after reading, %d/%d before", f2, k2, f1, k1)
	}
	for _, text := range []string{alignText, readFile(t, "testdata/news.txt")} {
		seg := segment.Segment(text)
		a, b := tg.Tag(seg, nil), back.Tag(seg, nil)
		if !bytes.Equal(a, b) {
			t.Errorf("tags differ after a round trip:\n%v\n%v", a, b)
		}
	}
	var again bytes.Buffer
	back.WriteTo(&again)
	if !bytes.Equal(first, again.Bytes()) {
		t.Error("writing what was read gives other bytes")
	}
	for cut := 0; cut < len(first); cut += 1 + cut/4 {
		if _, err := Read(bufio.NewReader(bytes.NewReader(first[:cut]))); err == nil {
			t.Errorf("a model cut at %d of %d bytes reads without error", cut, len(first))
		}
	}
	bad := bytes.Clone(first)
	bad[len(magic)+2] = 'X' // the first tag name
	if _, err := Read(bufio.NewReader(bytes.NewReader(bad))); !errors.Is(err, ErrBadModel) {
		t.Errorf("another tag set: %v, want ErrBadModel", err)
	}
}

func readFile(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestTagCoversEveryToken(t *testing.T) {
	tg := toyTagger(t)
	text := readFile(t, "testdata/news.txt")
	seg := segment.Segment(text)
	out := make([]uint8, 3, 10000)
	got := tg.Tag(seg, out)
	if len(got) != len(seg.Tokens) || &got[0] != &out[:1][0] {
		t.Fatalf("%d tags for %d tokens, or out's storage not reused", len(got), len(seg.Tokens))
	}
	// Tagging sentence by sentence gives the same tags as Tag.
	for _, r := range seg.Sentences {
		part := tg.TagSentence(seg.Src, seg.Tokens[r.Start:r.End], nil)
		if !bytes.Equal(part, got[r.Start:r.End]) {
			t.Errorf("sentence %v: TagSentence %v, Tag %v", r, part, got[r.Start:r.End])
		}
	}
	// Sentences that do not cover the tokens: the rest is tagged anyway.
	odd := *seg
	odd.Sentences = []segment.Range{{Start: 5, End: 9}, {Start: 2, End: 4}, {Start: 9, End: 9}, {Start: 20, End: 1 << 30}}
	if n := len(tg.Tag(&odd, nil)); n != len(seg.Tokens) {
		t.Errorf("odd sentences: %d tags for %d tokens", n, len(seg.Tokens))
	}
	if n := len(tg.Tag(segment.Segment(""), out)); n != 0 {
		t.Errorf("%d tags for no tokens", n)
	}
}

func FuzzTag(f *testing.F) {
	tg := toyTagger(f)
	for _, s := range []string{alignText, "", "\xff\xfe\"'‘’", "U.S. . . .", "a\n\nb", "“Yes,” he said."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		seg := segment.Segment(text)
		tags := tg.Tag(seg, nil)
		if len(tags) != len(seg.Tokens) {
			t.Fatalf("%d tags for %d tokens", len(tags), len(seg.Tokens))
		}
		for _, tag := range tags {
			if int(tag) >= NumTags {
				t.Fatalf("tag %d out of range", tag)
			}
		}
	})
}
