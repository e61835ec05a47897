package resolve

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/whosaid/whosaid/internal/polnear"
	"github.com/whosaid/whosaid/internal/segment"
	"github.com/whosaid/whosaid/internal/shared"
)

var ablationDir = flag.String("ablation", "", "write into this folder, for the scorer, the PolNeAR dev predictions of the whole stage (all.jsonl) and of the stage without each optional pass (without-PASS.jsonl)")

// optionalPasses are the passes the stage can run without: all but admit
// (without it there is nothing to resolve) and order (without it the
// indexes of parents and speakers mean nothing).
func optionalPasses() []string {
	var names []string
	for _, p := range passes() {
		if p.name != "admit" && p.name != "order" {
			names = append(names, p.name)
		}
	}
	return names
}

// without is the stage without the named pass.
func without(name string) []pass {
	return slices.DeleteFunc(passes(), func(p pass) bool { return p.name == name })
}

// TestAblation runs the stage without each optional pass on PolNeAR dev,
// and checks that what is left still gives a well-formed result. With
// -ablation DIR it runs on all of dev and writes the predictions to DIR,
// to score with ../shared/eval (docs/RESOLVE.md has the table); without,
// on the first articles only.
func TestAblation(t *testing.T) {
	path := shared.Path(t, polnear.DevJSONL)
	type article struct{ ID, Text string }
	var articles []article
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var a article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		articles = append(articles, a)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if *ablationDir == "" {
		articles = articles[:min(len(articles), 6)]
	}
	m, err := embeddedModel()
	if err != nil {
		t.Fatal(err)
	}
	configs := map[string][]pass{"all": passes()}
	for _, name := range optionalPasses() {
		configs["without-"+name] = without(name)
	}
	preds := map[string][]byte{}
	fields := map[string]*fieldCounts{}
	for _, a := range articles {
		seg := segment.Segment(a.Text)
		tags := m.Tag(seg)
		in := Input{Seg: seg, Tags: tags, Rels: m.ExtractTagged(seg, tags)}
		for name, ps := range configs {
			res := run(in, ps)
			check(t, in, res)
			if fields[name] == nil {
				fields[name] = &fieldCounts{}
			}
			fields[name].add(res)
			line, err := json.Marshal(prediction(a.ID, seg, res))
			if err != nil {
				t.Fatal(err)
			}
			preds[name] = append(append(preds[name], line...), '\n')
		}
	}
	if *ablationDir == "" {
		return
	}
	for name, b := range preds {
		if err := os.WriteFile(filepath.Join(*ablationDir, name+".jsonl"), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	table := "config\t" + fieldNames + "\n"
	for _, name := range slices.Sorted(maps.Keys(fields)) {
		table += name + "\t" + fields[name].String() + "\n"
	}
	if err := os.WriteFile(filepath.Join(*ablationDir, "fields.tsv"), []byte(table), 0o644); err != nil {
		t.Fatal(err)
	}
}

// fieldCounts counts what the passes that set no span found: how many
// attributions have each field, and the document findings.
type fieldCounts struct {
	attributions, recovered, implicit, parent, speaker, kind, title, hedge, anonymity, via int
	speakers, titles, boilerplate, unattributed                                            int
}

const fieldNames = "attributions\trecovered\timplicit\tparent\tspeaker\tkind\ttitle\thedge\tanonymity\tvia\tspeakers\tdoc-titles\tboilerplate\tunattributed"

func (c *fieldCounts) add(res *Result) {
	one := func(b bool) int {
		if b {
			return 1
		}
		return 0
	}
	for _, a := range res.Attributions {
		c.attributions++
		c.recovered += one(a.Recovered)
		c.implicit += one(a.Implicit)
		c.parent += one(a.Parent != None)
		c.speaker += one(a.Speaker != None)
		c.kind += one(a.Kind != "")
		c.title += one(a.Title != "")
		c.hedge += one(a.Hedge.Len() > 0)
		c.anonymity += one(a.AnonymityReason.Len() > 0)
		c.via += one(len(a.Via) > 0)
	}
	c.speakers += len(res.Speakers)
	c.titles += one(res.Title.Len() > 0)
	c.boilerplate += len(res.Boilerplate)
	c.unattributed += len(res.Unattributed)
}

func (c *fieldCounts) String() string {
	return fmt.Sprintf("%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d", c.attributions, c.recovered, c.implicit,
		c.parent, c.speaker, c.kind, c.title, c.hedge, c.anonymity, c.via, c.speakers, c.titles, c.boilerplate, c.unattributed)
}

// prediction is an article's attributions as the scorer reads them: byte
// spans per role.
func prediction(id string, seg *segment.Text, res *Result) any {
	spans := func(rs []segment.Range) [][2]int {
		out := [][2]int{}
		for _, r := range rs {
			out = append(out, [2]int{seg.Tokens[r.Start].Start, seg.Tokens[r.End-1].End})
		}
		return out
	}
	type attribution struct {
		Source  [][2]int `json:"source"`
		Cue     [][2]int `json:"cue"`
		Content [][2]int `json:"content"`
	}
	atts := []attribution{}
	for _, a := range res.Attributions {
		atts = append(atts, attribution{spans(a.Source), spans(a.Cue), spans(a.Content)})
	}
	return struct {
		ID           string        `json:"id"`
		Attributions []attribution `json:"attributions"`
	}{id, atts}
}
