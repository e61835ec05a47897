package canon

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"testing"

	"github.com/whosaid/whosaid"
)

// labelled is a mention with its true identity.
type labelled struct {
	doc, gold, name string
	id              int64
}

// resolveCorpus canonicalises testdata/speakers.jsonl document by
// document, each in a registry of its own over one Memory (as the store
// does, a transaction per batch), and returns every mention with its
// true identity and the entity it was given.
func resolveCorpus(t *testing.T) []labelled {
	t.Helper()
	f, err := os.Open("testdata/speakers.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	kinds := map[string]whosaid.Kind{"p": whosaid.Person, "o": whosaid.Organization, "a": whosaid.Anonymous}
	var mem Memory
	next := int64(1)
	var out []labelled
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var d struct {
			Doc    string
			Quotes [][5]string // gold, kind, name, title, content
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		doc := Doc{ID: d.Doc}
		for _, q := range d.Quotes {
			src := &whosaid.Source{Role: whosaid.Role{Text: q[2]}, Kind: kinds[q[1]], Speaker: q[2], Title: q[3]}
			if src.Kind == whosaid.Anonymous {
				src.Speaker, src.Description = "", q[2]
			}
			start := len(doc.Text)
			doc.Text += q[2] + " said " + q[4] + ".\n"
			src.Spans = []whosaid.Span{{start, start + len(q[2])}}
			doc.Attributions = append(doc.Attributions, whosaid.Attribution{Source: src,
				Content: &whosaid.Role{Text: q[4]}, Type: whosaid.Indirect})
		}
		ms, of := Mentions(doc)
		reg := NewRegistry(&mem, next)
		ids := make([]int64, len(ms))
		for j, m := range ms {
			if ids[j], err = reg.Resolve(m); err != nil {
				t.Fatal(err)
			}
			next = max(next, ids[j]+1)
		}
		mem.Save(reg.Changed())
		seen := map[int]bool{}
		for i, j := range of {
			if j < 0 {
				out = append(out, labelled{doc: d.Doc, gold: d.Quotes[i][0], name: d.Quotes[i][2]})
				continue
			}
			if !seen[j] { // one per mention: quotes of one speaker in a document are one
				seen[j] = true
				out = append(out, labelled{doc: d.Doc, gold: d.Quotes[i][0], name: ms[j].Name, id: ids[j]})
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// pairwise counts the pairs of mentions put together (merged) and the
// pairs that are truly one speaker.
func pairwise(ms []labelled) (tp, fp, fn int) {
	for i := range ms {
		for j := i + 1; j < len(ms); j++ {
			same, merged := ms[i].gold == ms[j].gold, ms[i].id != 0 && ms[i].id == ms[j].id
			switch {
			case same && merged:
				tp++
			case merged:
				fp++
			case same:
				fn++
			}
		}
	}
	return tp, fp, fn
}

// TestMeasure measures the merges on a corpus of 44 articles with 49
// speakers of known identity: same-surname people (three Clintons, two
// Bushes, Obamas, Sanderses, Johnsons, Trumps), title changes (Secretary
// of State to nominee, Mayor to Foreign Secretary, Home Secretary to Prime
// Minister), bare surnames, anonymous descriptions. It reports pairwise
// precision and recall of merges and fails below the floors.
func TestMeasure(t *testing.T) {
	const floorPrecision, floorRecall = 0.95, 0.85
	ms := resolveCorpus(t)
	golds := map[string]bool{}
	for _, m := range ms {
		golds[m.gold] = true
	}
	tp, fp, fn := pairwise(ms)
	p := float64(tp) / float64(tp+fp)
	r := float64(tp) / float64(tp+fn)
	t.Logf("%d mentions of %d speakers: %d true merges, %d wrong, %d missed; precision %.3f, recall %.3f, F1 %.3f",
		len(ms), len(golds), tp, fp, fn, p, r, 2*p*r/(p+r))
	if testing.Verbose() {
		logErrors(t, ms)
	}
	if len(golds) < 30 {
		t.Errorf("only %d speakers in the corpus, want 30 or more", len(golds))
	}
	if p < floorPrecision || r < floorRecall {
		t.Errorf("precision %.3f (floor %.2f), recall %.3f (floor %.2f)", p, floorPrecision, r, floorRecall)
	}
}

// logErrors lists the speakers split over entities and the entities that
// hold more than one speaker.
func logErrors(t *testing.T, ms []labelled) {
	byGold := map[string]map[int64][]string{}
	byID := map[int64]map[string]bool{}
	for _, m := range ms {
		if byGold[m.gold] == nil {
			byGold[m.gold] = map[int64][]string{}
		}
		byGold[m.gold][m.id] = append(byGold[m.gold][m.id], m.doc+":"+m.name)
		if byID[m.id] == nil {
			byID[m.id] = map[string]bool{}
		}
		byID[m.id][m.gold] = true
	}
	var lines []string
	for g, ids := range byGold {
		if len(ids) > 1 {
			lines = append(lines, fmt.Sprintf("split %s: %v", g, ids))
		}
	}
	for id, gs := range byID {
		if len(gs) > 1 {
			lines = append(lines, fmt.Sprintf("merged in %d: %v", id, gs))
		}
	}
	sort.Strings(lines)
	for _, l := range lines {
		t.Log(l)
	}
}

// TestDeterministic: the same corpus gives the same entities.
func TestDeterministic(t *testing.T) {
	a, b := resolveCorpus(t), resolveCorpus(t)
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("mention %d: %+v, then %+v", i, a[i], b[i])
		}
	}
}
