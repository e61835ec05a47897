package depparse

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/whosaid/whosaid/internal/postag"
	"github.com/whosaid/whosaid/internal/segment"
)

func TestLabels(t *testing.T) {
	if NumLabels > 32 {
		t.Fatalf("%d labels: label sets are 32-bit masks", NumLabels)
	}
	for id := range NumLabels {
		name := LabelName(uint8(id))
		back, ok := LabelID(name)
		if name == "" || !ok || back != uint8(id) {
			t.Errorf("label %d: name %q gives %d, %v", id, name, back, ok)
		}
	}
	if LabelName(uint8(NumLabels)) != "" {
		t.Error("LabelName of a non-label should be empty")
	}
	if _, ok := LabelID("nsubjpass"); ok {
		t.Error(`"nsubjpass" is not in the reduced set`)
	}
	cases := []struct {
		ud   string
		want uint8
	}{
		{"nsubj", Nsubj}, {"nsubjpass", Nsubj}, {"csubj", Nsubj}, {"csubjpass", Nsubj},
		{"dobj", Dobj}, {"iobj", Dobj}, {"ccomp", Ccomp}, {"xcomp", Xcomp}, {"advcl", Advcl},
		{"parataxis", Parataxis}, {"nmod", Nmod}, {"nmod:poss", Nmod}, {"nmod:tmod", Nmod},
		{"nmod:npmod", Nmod}, {"case", Case}, {"mark", Mark}, {"conj", Conj}, {"cc", Cc},
		{"cc:preconj", Cc}, {"punct", Punct}, {"compound", Compound}, {"compound:prt", Dep},
		{"amod", Amod}, {"det", Det}, {"det:predet", Det}, {"nummod", Nummod}, {"appos", Appos},
		{"acl", Acl}, {"acl:relcl", Acl}, {"advmod", Advmod}, {"aux", Aux}, {"auxpass", Aux},
		{"cop", Cop}, {"neg", Neg}, {"root", Root}, {"dep", Dep}, {"expl", Dep}, {"mwe", Dep},
		{"discourse", Dep}, {"nonsense", Dep},
	}
	for _, c := range cases {
		if got := LabelOf(c.ud); got != c.want {
			t.Errorf("LabelOf(%q) = %s, want %s", c.ud, LabelName(got), LabelName(c.want))
		}
	}
}

// projectText is the article of testdata/project.conllu. The "*" lies
// between its CoNLL-U sentences; the "½" is in no CoNLL-U token.
const projectText = "Clinton’s aides don't say the U.S. won ½ times.\n* He left.\nOne two three four."

func readProject(t *testing.T) []Sentence {
	t.Helper()
	f, err := os.Open("testdata/project.conllu")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := ReadCoNLLU(f, map[string]string{"doc1": projectText})
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

func TestReadCoNLLU(t *testing.T) {
	sents := readProject(t)
	type tok struct {
		form, tag string
		head      int32
		label     uint8
	}
	want := [][]tok{{
		{"Clinton’s", "NNP", 1, Nmod}, // takes the arc of "Clinton"; "'s" hangs inside
		{"aides", "NNS", 3, Nsubj},
		{"don't", "VBP", 3, Aux}, // "do" and "n't" both hang outside: the first wins
		{"say", "VB", -1, Root},
		{"the", "DT", 5, Det},
		{"U", "NNP", 9, Nsubj}, // "U.S." is four tokens of ours
		{".", "NNP", 5, Goeswith},
		{"S", "NNP", 5, Goeswith},
		{".", "NNP", 5, Goeswith},
		{"won", "VBD", 3, Ccomp},
		{"½", "CD", 9, Punct}, // in no CoNLL-U token: the nearest token before
		{"times", "NNS", 9, Nmod},
		{".", ".", 3, Punct},
	}, {
		{"He", "PRP", 1, Nsubj},
		{"left", "VBD", -1, Root},
		{".", ".", 1, Punct},
	}, {
		{"One", "CD", 2, Nummod},
		{"two", "CD", 3, Nummod},
		{"three", "CD", -1, Root},
		{"four", "CD", 2, Dep},
		{".", ".", 2, Punct},
	}}
	if len(sents) != len(want) {
		t.Fatalf("%d sentences, want %d", len(sents), len(want))
	}
	for k, s := range sents {
		if s.Doc != "doc1" || s.Src != projectText {
			t.Errorf("sentence %d: doc %q", k, s.Doc)
		}
		if len(s.Tokens) != len(want[k]) || len(s.Tags) != len(s.Tokens) || len(s.Heads) != len(s.Tokens) || len(s.Labels) != len(s.Tokens) {
			t.Errorf("sentence %d: %d tokens, %d tags, %d heads, %d labels; want %d", k, len(s.Tokens), len(s.Tags), len(s.Heads), len(s.Labels), len(want[k]))
			continue
		}
		for i, w := range want[k] {
			got := tok{s.Src[s.Tokens[i].Start:s.Tokens[i].End], postag.TagName(s.Tags[i]), s.Heads[i], s.Labels[i]}
			if got != w {
				t.Errorf("sentence %d token %d: got %q %s head %d %s, want %q %s head %d %s", k, i,
					got.form, got.tag, got.head, LabelName(got.label), w.form, w.tag, w.head, LabelName(w.label))
			}
		}
		if !IsTree(s.Heads) {
			t.Errorf("sentence %d: not a tree: %v", k, s.Heads)
		}
	}
	proj := []bool{true, true, false}
	for k, s := range sents {
		if got := Projective(s.Heads); got != proj[k] {
			t.Errorf("sentence %d: Projective = %v, want %v", k, got, proj[k])
		}
	}
	// The oracle finds the projective trees again.
	for k := range sents[:2] {
		if got := oracleParse(&sents[k]); !slices.Equal(got, sents[k].Heads) {
			t.Errorf("sentence %d: oracle builds %v, want %v", k, got, sents[k].Heads)
		}
	}
}

func TestReadCoNLLUErrors(t *testing.T) {
	const line = "1\tHe\the\t_\tPRP\t_\t0\troot\t_\tStart=0|End=2|NER=O\n"
	texts := map[string]string{"d": "He is."}
	cases := []struct {
		name, in string
	}{
		{"no text", "# newdoc id = nope\n" + line},
		{"token before doc", line},
		{"columns", "# newdoc id = d\n1\tHe\the\n"},
		{"bad head", "# newdoc id = d\n" + strings.Replace(line, "\t0\t", "\tx\t", 1)},
		{"head out of range", "# newdoc id = d\n" + strings.Replace(line, "\t0\t", "\t5\t", 1)},
		{"self loop", "# newdoc id = d\n" + strings.Replace(line, "\t0\t", "\t1\t", 1)},
		{"no offsets", "# newdoc id = d\n" + strings.Replace(line, "Start=0|End=2|", "", 1)},
		{"bad id", "# newdoc id = d\n" + strings.Replace(line, "1\t", "2\t", 1)},
		{"two roots", "# newdoc id = d\n" + line + "2\tis\tbe\t_\tVBZ\t_\t0\troot\t_\tStart=3|End=5|NER=O\n"},
		{"cycle", "# newdoc id = d\n" + strings.Replace(line, "\t0\t", "\t2\t", 1) + "2\tis\tbe\t_\tVBZ\t_\t1\troot\t_\tStart=3|End=5|NER=O\n"},
	}
	for _, c := range cases {
		if _, err := ReadCoNLLU(strings.NewReader(c.in), texts); err == nil {
			t.Errorf("%s: no error", c.name)
		}
	}
	if s, err := ReadCoNLLU(strings.NewReader("# newdoc id = d\n"+line), texts); err != nil || len(s) != 1 {
		t.Errorf("a good sentence: %v, %d sentences", err, len(s))
	}
}

func TestIsTreeProjective(t *testing.T) {
	cases := []struct {
		heads      []int32
		tree, proj bool
	}{
		{[]int32{}, true, true},
		{[]int32{-1}, true, true},
		{[]int32{1, -1, 1}, true, true},
		{[]int32{-1, -1}, false, true},
		{[]int32{1, 0}, false, true},
		{[]int32{1, 2, 0, -1}, false, false},
		{[]int32{1, -1, 5}, false, true},
		{[]int32{2, 3, -1, 2}, true, false},   // 0<-2 and 1<-3 cross
		{[]int32{-1, 2, 0, 0}, true, true},    // 0 -> 2 -> 1, 0 -> 3
		{[]int32{2, 2, -1, 0}, true, false},   // 3 hangs on 0 over the root
		{[]int32{1, 3, 1, -1, 3}, true, true}, // nested
	}
	for _, c := range cases {
		if got := IsTree(c.heads); got != c.tree {
			t.Errorf("IsTree(%v) = %v", c.heads, got)
		}
		if !c.tree {
			continue
		}
		if got := Projective(c.heads); got != c.proj {
			t.Errorf("Projective(%v) = %v", c.heads, got)
		}
	}
}

// A toy treebank: sentences built from a few templates, with their trees.

type toyWord struct {
	form, tag string
	head      int32
	label     uint8
}

var (
	toyDets  = []string{"the", "a", "this", "every"}
	toyNouns = []string{"mayor", "plan", "council", "budget", "report", "voter", "tax", "city", "court", "agency"}
	toyNames = []string{"Smith", "Jones", "Garcia", "Lee", "Patel", "Brown"}
	toyVerbs = []string{"rejected", "backed", "praised", "delayed", "approved", "blocked"}
	toyPreps = []string{"in", "after", "before", "during"}
)

// toySentence draws a sentence from rng.
func toySentence(rng *rand.Rand) []toyWord {
	pick := func(xs []string) string { return xs[rng.IntN(len(xs))] }
	switch rng.IntN(4) {
	case 0: // the mayor rejected the plan .
		return []toyWord{{pick(toyDets), "DT", 1, Det}, {pick(toyNouns), "NN", 2, Nsubj}, {pick(toyVerbs), "VBD", -1, Root},
			{pick(toyDets), "DT", 4, Det}, {pick(toyNouns), "NN", 2, Dobj}, {".", ".", 2, Punct}}
	case 1: // Smith said that the council backed a tax .
		return []toyWord{{pick(toyNames), "NNP", 1, Nsubj}, {"said", "VBD", -1, Root}, {"that", "IN", 5, Mark},
			{pick(toyDets), "DT", 4, Det}, {pick(toyNouns), "NN", 5, Nsubj}, {pick(toyVerbs), "VBD", 1, Ccomp},
			{pick(toyDets), "DT", 7, Det}, {pick(toyNouns), "NN", 5, Dobj}, {".", ".", 1, Punct}}
	case 2: // " the court blocked the tax , " Lee said .
		return []toyWord{{`"`, "``", 3, Punct}, {pick(toyDets), "DT", 2, Det}, {pick(toyNouns), "NN", 3, Nsubj},
			{pick(toyVerbs), "VBD", 9, Ccomp}, {pick(toyDets), "DT", 5, Det}, {pick(toyNouns), "NN", 3, Dobj},
			{",", ",", 9, Punct}, {`"`, "''", 9, Punct}, {pick(toyNames), "NNP", 9, Nsubj}, {"said", "VBD", -1, Root},
			{".", ".", 9, Punct}}
	default: // Garcia delayed the report after the agency praised it .
		return []toyWord{{pick(toyNames), "NNP", 1, Nsubj}, {pick(toyVerbs), "VBD", -1, Root}, {pick(toyDets), "DT", 3, Det},
			{pick(toyNouns), "NN", 1, Dobj}, {pick(toyPreps), "IN", 6, Case}, {pick(toyDets), "DT", 6, Det},
			{pick(toyNouns), "NN", 1, Nmod}, {".", ".", 1, Punct}}
	}
}

// toyTreebank makes n sentences, one article each.
func toyTreebank(n int, seed uint64) []Sentence {
	rng := rand.New(rand.NewPCG(seed, 1))
	out := make([]Sentence, n)
	for k := range out {
		ws := toySentence(rng)
		forms := make([]string, len(ws))
		s := Sentence{Doc: fmt.Sprint("toy", k)}
		for i, w := range ws {
			forms[i] = w.form
			tag, ok := postag.TagID(w.tag)
			if !ok {
				panic(w.tag)
			}
			s.Tags = append(s.Tags, tag)
			s.Heads = append(s.Heads, w.head)
			s.Labels = append(s.Labels, w.label)
		}
		s.Src = strings.Join(forms, " ")
		s.Tokens = segment.Tokenize(s.Src)
		if len(s.Tokens) != len(ws) {
			panic(s.Src)
		}
		out[k] = s
	}
	return out
}

// toyModels are a parser and a tagger trained on the toy treebank.
var toyModels = sync.OnceValues(func() (*Parser, *postag.Tagger) {
	train := toyTreebank(400, 1)
	return Train(train, 5, 1), postag.Train(postagSentences(train), 5, 1)
})

// oddParsers are parsers that make unusual moves: an untrained one (all
// scores zero: it shifts whenever it may) and one trained on random trees.
var oddParsers = sync.OnceValue(func() []*Parser {
	rng := rand.New(rand.NewPCG(5, 5))
	noise := toyTreebank(300, 4)
	for k := range noise {
		s := &noise[k]
		for {
			s.Heads[0] = -1
			for i := 1; i < len(s.Heads); i++ {
				s.Heads[i] = int32(rng.IntN(i))
			}
			perm := rng.Perm(len(s.Heads)) // relabel the nodes
			heads := make([]int32, len(s.Heads))
			for i, h := range s.Heads {
				heads[perm[i]] = -1
				if h >= 0 {
					heads[perm[i]] = int32(perm[h])
				}
			}
			if Projective(heads) {
				copy(s.Heads, heads)
				break
			}
		}
		for i := range s.Labels {
			s.Labels[i] = uint8(rng.IntN(NumLabels))
			if s.Heads[i] < 0 {
				s.Labels[i] = Root
			}
		}
	}
	return []*Parser{Train(nil, 1, 1), Train(noise, 2, 1)}
})

func TestToyTraining(t *testing.T) {
	p, _ := toyModels()
	test := toyTreebank(100, 2)
	sc := p.Evaluate(test)
	t.Logf("toy: UAS %.4f LAS %.4f", sc.UAS(), sc.LAS())
	if sc.Tokens < 500 || sc.UAS() < 0.99 || sc.LAS() < 0.99 {
		t.Errorf("toy: UAS %.4f LAS %.4f on %d tokens, want 0.99", sc.UAS(), sc.LAS(), sc.Tokens)
	}
	// Who said what, through Parse on a segmented text.
	seg := segment.Segment(`"The court blocked the tax," Lee said. Smith said that the mayor backed a plan.`)
	tags := make([]uint8, len(seg.Tokens))
	for i := range tags {
		w := seg.TokenText(i)
		switch {
		case w == `"` && i == 0:
			tags[i] = postag.OpenQuote
		case w == `"`:
			tags[i] = postag.CloseQuote
		case w == ",":
			tags[i] = postag.Comma
		case w == ".":
			tags[i] = postag.Period
		case w == "The" || w == "the" || w == "a":
			tags[i] = postag.DT
		case w == "Lee" || w == "Smith":
			tags[i] = postag.NNP
		case w == "that":
			tags[i] = postag.IN
		case w == "blocked" || w == "said" || w == "backed":
			tags[i] = postag.VBD
		default:
			tags[i] = postag.NN
		}
	}
	heads, labels := p.Parse(seg, tags, nil, nil)
	checkParse(t, seg, heads, labels)
	find := func(form string, from int) int {
		for i := from; i < len(seg.Tokens); i++ {
			if seg.TokenText(i) == form {
				return i
			}
		}
		t.Fatalf("no %q", form)
		return -1
	}
	said1, said2 := find("said", 0), find("said", find("Smith", 0))
	arcs := []struct {
		dep, head int
		label     uint8
	}{
		{find("Lee", 0), said1, Nsubj},
		{find("blocked", 0), said1, Ccomp},
		{find("Smith", 0), said2, Nsubj},
		{find("backed", 0), said2, Ccomp},
		{find("that", 0), find("backed", 0), Mark},
		{said1, -1, Root},
		{said2, -1, Root},
	}
	for _, a := range arcs {
		if heads[a.dep] != int32(a.head) || labels[a.dep] != a.label {
			t.Errorf("%s: head %d %s, want %d %s", seg.TokenText(a.dep), heads[a.dep], LabelName(labels[a.dep]), a.head, LabelName(a.label))
		}
	}
}

func TestDeterminism(t *testing.T) {
	train := toyTreebank(200, 3)
	model := func(seed uint64) []byte {
		var buf bytes.Buffer
		if _, err := Train(train, 3, seed).WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	a, b := model(7), model(7)
	if !bytes.Equal(a, b) {
		t.Error("the same data and seed gave different models")
	}
	if bytes.Equal(a, model(8)) {
		t.Log("note: another seed gave the same model")
	}
}

func TestRoundTrip(t *testing.T) {
	p, _ := toyModels()
	var buf bytes.Buffer
	n, err := p.WriteTo(&buf)
	if err != nil || n != int64(buf.Len()) {
		t.Fatalf("WriteTo: %d bytes, %v; wrote %d", n, err, buf.Len())
	}
	one := slices.Clone(buf.Bytes())
	// Two parsers and something else, one after the other.
	p.WriteTo(&buf)
	buf.WriteString("TAIL")
	r := bufio.NewReader(&buf)
	var got []*Parser
	for range 2 {
		q, err := Read(r)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, q)
	}
	if rest, _ := r.ReadString(0); rest != "TAIL" {
		t.Errorf("after two parsers: %q, want TAIL", rest)
	}
	var again bytes.Buffer
	got[1].WriteTo(&again)
	if !bytes.Equal(again.Bytes(), one) {
		t.Error("a parser read back writes different bytes")
	}
	seg := segment.Segment(readText(t))
	tags := make([]uint8, len(seg.Tokens))
	for i := range tags {
		tags[i] = uint8(i % postag.NumTags)
	}
	h1, l1 := p.Parse(seg, tags, nil, nil)
	h2, l2 := got[0].Parse(seg, tags, nil, nil)
	if !slices.Equal(h1, h2) || !slices.Equal(l1, l2) {
		t.Error("a parser read back parses differently")
	}
	// Damaged files are errors, not panics.
	for _, k := range []int{0, 3, 5, 6, 20, len(one) / 3, len(one) / 2, len(one) - 1} {
		if _, err := Read(bufio.NewReader(bytes.NewReader(one[:k]))); err == nil {
			t.Errorf("a file cut at %d of %d bytes read without error", k, len(one))
		}
	}
	bad := slices.Clone(one)
	bad[0] = 'X'
	if _, err := Read(bufio.NewReader(bytes.NewReader(bad))); !errors.Is(err, ErrBadModel) {
		t.Errorf("bad magic: %v", err)
	}
	bad = slices.Clone(one)
	bad[len(magic)+2] ^= 0x20 // a letter of the first label name
	if _, err := Read(bufio.NewReader(bytes.NewReader(bad))); !errors.Is(err, ErrBadModel) {
		t.Errorf("another label set: %v", err)
	}
}

func readText(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// checkParse checks that heads and labels make one tree per sentence of
// seg (which must tile its tokens, as segment.Segment's do).
func checkParse(t testing.TB, seg *segment.Text, heads []int32, labels []uint8) {
	t.Helper()
	n := len(seg.Tokens)
	if len(heads) != n || len(labels) != n {
		t.Fatalf("%d heads and %d labels for %d tokens", len(heads), len(labels), n)
	}
	covered := 0
	for _, r := range seg.Sentences {
		covered += r.Len()
		local := make([]int32, r.Len())
		for i := r.Start; i < r.End; i++ {
			h := heads[i]
			if h != -1 && (h < int32(r.Start) || h >= int32(r.End)) {
				t.Fatalf("token %d: head %d outside its sentence [%d,%d)", i, h, r.Start, r.End)
			}
			if (h == -1) != (labels[i] == Root) || int(labels[i]) >= NumLabels {
				t.Fatalf("token %d: head %d, label %d", i, h, labels[i])
			}
			local[i-r.Start] = h
			if h >= 0 {
				local[i-r.Start] -= int32(r.Start)
			}
		}
		if !IsTree(local) {
			t.Fatalf("sentence [%d,%d): not a tree: %v", r.Start, r.End, local)
		}
		if !Projective(local) {
			t.Fatalf("sentence [%d,%d): not projective: %v", r.Start, r.End, local)
		}
	}
	if covered != n {
		t.Fatalf("sentences cover %d of %d tokens", covered, n)
	}
}

func TestParseInvariants(t *testing.T) {
	toy, tagger := toyModels()
	for _, p := range append([]*Parser{toy}, oddParsers()...) {
		parseInvariants(t, p, tagger)
	}
}

func parseInvariants(t *testing.T, p *Parser, tagger *postag.Tagger) {
	texts := []string{
		"",
		" \n\t ",
		".",
		"said",
		readText(t),
		strings.Repeat("the mayor said that ", 500) + "rain.",
		strings.Repeat(`" , . ( ) `, 300),
		"\xff\xfe bad \xc3 bytes\n\n\nand “quotes” — U.S. 1,000.5 don't",
	}
	var (
		heads  []int32
		labels []uint8
	)
	for _, text := range texts {
		seg := segment.Segment(text)
		for _, tags := range [][]uint8{nil, make([]uint8, len(seg.Tokens)), tagger.Tag(seg, nil), bytes.Repeat([]byte{255}, len(seg.Tokens)/2)} {
			heads, labels = p.Parse(seg, tags, heads, labels)
			checkParse(t, seg, heads, labels)
		}
	}
	// Sentences that overlap, leave gaps or run past the end; tokens with
	// bad offsets.
	seg := segment.Segment("one two three four five six seven")
	seg.Sentences = []segment.Range{{Start: 1, End: 3}, {Start: 2, End: 5}, {Start: 4, End: 4}, {Start: 6, End: 99}}
	seg.Tokens[5].End = 1000
	heads, labels = p.Parse(seg, nil, heads, labels)
	// The runs parsed are [0,1), [1,3) and [3,7).
	for _, r := range [][2]int{{0, 1}, {1, 3}, {3, 7}} {
		local := slices.Clone(heads[r[0]:r[1]])
		for i, h := range local {
			if h >= 0 {
				local[i] -= int32(r[0])
			}
			if (h == -1) != (labels[r[0]+i] == Root) {
				t.Errorf("token %d: head %d, label %s", r[0]+i, h, LabelName(labels[r[0]+i]))
			}
		}
		if !IsTree(local) {
			t.Errorf("run %v: not a tree: %v", r, heads)
		}
	}
	for _, seg := range []*segment.Text{{}, nil} {
		if heads, labels := p.Parse(seg, nil, heads, labels); len(heads) != 0 || len(labels) != 0 {
			t.Error("an empty text should have no heads")
		}
	}
}

// FuzzParse parses any text, with no tags, zero tags, a toy tagger's tags
// or arbitrary bytes as tags, and checks that every sentence is one
// projective tree.
func FuzzParse(f *testing.F) {
	f.Add("The mayor said the plan failed.", uint8(0))
	f.Add(`"We won," Smith said. Jones said that the court blocked it.`, uint8(2))
	f.Add("U.S. officials don't know ½ of it…\n\nA new line", uint8(1))
	f.Add("\xff\x00 “", uint8(3))
	toy, tagger := toyModels()
	parsers := append([]*Parser{toy}, oddParsers()...)
	f.Fuzz(func(t *testing.T, text string, mode uint8) {
		seg := segment.Segment(text)
		var tags []uint8
		switch mode % 4 {
		case 1:
			tags = make([]uint8, len(seg.Tokens))
		case 2:
			tags = tagger.Tag(seg, nil)
		case 3:
			tags = []byte(text)
		}
		for _, p := range parsers {
			heads, labels := p.Parse(seg, tags, nil, nil)
			checkParse(t, seg, heads, labels)
		}
	})
}

func TestConcurrentParse(t *testing.T) {
	p, tagger := toyModels()
	seg := segment.Segment(readText(t))
	tags := tagger.Tag(seg, nil)
	want, wantL := p.Parse(seg, tags, nil, nil)
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for range 8 {
		wg.Go(func() {
			var (
				heads  []int32
				labels []uint8
			)
			for range 20 {
				heads, labels = p.Parse(seg, tags, heads, labels)
				if !slices.Equal(heads, want) || !slices.Equal(labels, wantL) {
					errs <- "a concurrent parse differs"
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
