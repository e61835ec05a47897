package canon

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/whosaid/whosaid"
)

// Corpus canonicalises a whole corpus at once, as a recanon does: it
// reads the mentions of every document, then decides their speakers in an
// order of its own, so that the outcome does not depend on the order in
// which the documents came. Full names go before bare names (a bare
// surname is placed when every full name is known), the most frequent
// variant of a name first, then by date and document.
type Corpus struct {
	docs   []corpusDoc
	intern map[string]string
}

type corpusDoc struct {
	id  string
	ms  []Mention
	of  []int     // the mention of each attribution, -1 for none
	raw []RawName // what the extractor named each attribution's source
}

// RawName is a source as the extractor named it in a document: the key
// by which corrections know a mention again (see SourceName).
type RawName struct {
	Doc  string
	Kind whosaid.Kind
	Name string
}

// NewCorpus returns an empty corpus.
func NewCorpus() *Corpus { return &Corpus{intern: map[string]string{}} }

// Add reads a document's mentions. The document's text is not kept.
func (c *Corpus) Add(d Doc) {
	ms, of := Mentions(d)
	for i := range ms {
		for j, w := range ms[i].Evidence {
			ms[i].Evidence[j] = c.str(w)
		}
		ms[i].Outlet = c.str(ms[i].Outlet)
		ms[i].Doc = c.str(ms[i].Doc)
	}
	raw := make([]RawName, len(d.Attributions))
	for i := range d.Attributions {
		if kind, name, ok := SourceName(&d.Attributions[i]); ok {
			raw[i] = RawName{Doc: c.str(d.ID), Kind: kind, Name: name}
		}
	}
	c.docs = append(c.docs, corpusDoc{id: d.ID, ms: ms, of: of, raw: raw})
}

func (c *Corpus) str(s string) string {
	if v, ok := c.intern[s]; ok {
		return v
	}
	c.intern[s] = s
	return s
}

// Fix is a correction made by a person, as the corpus replays it: the
// mentions it was about, by their raw names.
type Fix struct {
	Action string // "merge", "split", "rename", "set-kind", "set-title"
	// From are merged into Into (merge); Of are split off (into the
	// speaker of Into, when there are some) or renamed, or given a kind
	// or a title.
	From, Into, Of []RawName
	Value          string
}

// Outcome is the speakers of a corpus.
type Outcome struct {
	// Entities are the speakers, with IDs 1, 2, ... in their order here
	// (the caller gives them their stored IDs).
	Entities []*Entity
	// Of is, for each document in the order they were added and each of
	// its attributions, the index in Entities of its speaker, -1 for
	// none.
	Of [][]int
	// Representatives name each entity by its first mention (document,
	// place and name), the same on every run over the same corpus.
	Representatives []string
	// Matched counts, for each fix, the mentions it found.
	Matched []int
}

type ref struct{ doc, m int }

// Resolve decides the speakers of the corpus and replays the fixes in
// their order.
func (c *Corpus) Resolve(fixes []Fix) (*Outcome, error) {
	refs := c.ordered()
	reg := NewRegistry(emptyLoader{}, 1)
	assign := map[ref]int64{}
	for _, r := range refs {
		id, err := reg.Resolve(c.docs[r.doc].ms[r.m])
		if err != nil {
			return nil, err
		}
		if id != 0 {
			assign[r] = id
		}
	}
	next := int64(len(refs) + 2)
	for id := range reg.byID {
		next = max(next, id+1)
	}
	fixed := map[int64]*Entity{} // the fields fixes set, by cluster
	matched := make([]int, len(fixes))
	byRaw := c.rawIndex()
	for fi, f := range fixes {
		find := func(names []RawName) []ref {
			var out []ref
			for _, n := range names {
				out = append(out, byRaw[n]...)
			}
			slices.SortFunc(out, func(a, b ref) int { return cmp.Or(cmp.Compare(a.doc, b.doc), cmp.Compare(a.m, b.m)) })
			return slices.Compact(out)
		}
		switch f.Action {
		case "merge":
			from, into := find(f.From), find(f.Into)
			matched[fi] = len(from) + len(into)
			target := clusterOf(assign, into)
			if target == 0 {
				target = clusterOf(assign, from)
			}
			if target == 0 {
				continue
			}
			for _, r := range slices.Concat(from, into) {
				if old, ok := assign[r]; ok && old != target {
					for r2, id := range assign {
						if id == old {
							assign[r2] = target
						}
					}
				}
			}
		case "split":
			of := find(f.Of)
			matched[fi] = len(of)
			target := clusterOf(assign, find(f.Into))
			if target == 0 {
				target = next
				next++
			}
			for _, r := range of {
				assign[r] = target
			}
		case "rename", "set-kind", "set-title":
			of := find(f.Of)
			matched[fi] = len(of)
			target := clusterOf(assign, of)
			if target == 0 {
				continue
			}
			fx := fixed[target]
			if fx == nil {
				fx = &Entity{}
				fixed[target] = fx
			}
			switch f.Action {
			case "rename":
				fx.Name, fx.Fixed = f.Value, fx.Fixed|FixedName
			case "set-kind":
				fx.Kind, fx.Fixed = whosaid.Kind(f.Value), fx.Fixed|FixedKind
			case "set-title":
				fx.Title, fx.Fixed = f.Value, fx.Fixed|FixedTitle
			}
		}
	}
	return c.build(refs, assign, fixed, matched), nil
}

// clusterOf is the cluster that holds most of refs, the lowest on ties;
// 0 for none.
func clusterOf(assign map[ref]int64, refs []ref) int64 {
	n := map[int64]int{}
	best := int64(0)
	for _, r := range refs {
		id, ok := assign[r]
		if !ok {
			continue
		}
		n[id]++
		if best == 0 || n[id] > n[best] || (n[id] == n[best] && id < best) {
			best = id
		}
	}
	return best
}

// build makes the entities of the clusters anew, from their mentions in
// the corpus order, and applies the fixed fields.
func (c *Corpus) build(refs []ref, assign map[ref]int64, fixed map[int64]*Entity, matched []int) *Outcome {
	out := &Outcome{Matched: matched, Of: make([][]int, len(c.docs))}
	index := map[int64]int{}
	mentionOf := map[ref]int{}
	for _, r := range refs {
		cl, ok := assign[r]
		if !ok {
			continue
		}
		m := c.docs[r.doc].ms[r.m]
		i, seen := index[cl]
		if !seen {
			i = len(out.Entities)
			index[cl] = i
			e := Entity{ID: int64(i + 1), Kind: m.Kind, Name: strings.TrimSpace(m.Name)}
			if fx := fixed[cl]; fx != nil {
				e.Fixed = fx.Fixed
				if fx.Fixed&FixedKind != 0 {
					e.Kind = fx.Kind
				}
				if fx.Fixed&FixedName != 0 {
					e.Name = fx.Name
				}
				if fx.Fixed&FixedTitle != 0 {
					e.Title = fx.Title
				}
			}
			out.Entities = append(out.Entities, &e)
			out.Representatives = append(out.Representatives, fmt.Sprintf("%q %d %q", c.docs[r.doc].id, r.m, m.Name))
		}
		out.Entities[i].Add(m)
		if fx := fixed[cl]; fx != nil && fx.Fixed&FixedName != 0 {
			out.Entities[i].AddAlias(fx.Name)
		}
		mentionOf[r] = i
	}
	for di, d := range c.docs {
		of := make([]int, len(d.of))
		for ai, m := range d.of {
			of[ai] = -1
			if m >= 0 {
				if i, ok := mentionOf[ref{di, m}]; ok {
					of[ai] = i
				}
			}
		}
		out.Of[di] = of
	}
	return out
}

// rawIndex maps the raw names of the corpus to their mentions.
func (c *Corpus) rawIndex() map[RawName][]ref {
	idx := map[RawName][]ref{}
	for di, d := range c.docs {
		for ai, m := range d.of {
			if m >= 0 && d.raw[ai].Name != "" {
				r := ref{di, m}
				if l := idx[d.raw[ai]]; len(l) == 0 || l[len(l)-1] != r {
					idx[d.raw[ai]] = append(l, r)
				}
			}
		}
	}
	return idx
}

// RawNames are the raw names of the attributions of the i-th document.
func (c *Corpus) RawNames(i int) []RawName { return c.docs[i].raw }

// ordered is every mention of the corpus in the order of decision: by
// kind, full names before bare names, the most frequent name first, then
// by date, document and place in it.
func (c *Corpus) ordered() []ref {
	type sortKey struct {
		r     ref
		kind  string
		words int
		key   string
		date  int64
	}
	freq := map[string]int{}
	var ks []sortKey
	for di := range c.docs {
		for mi := range c.docs[di].ms {
			m := &c.docs[di].ms[mi]
			ws := nameWords(m.Name, m.Kind)
			k := sortKey{r: ref{di, mi}, kind: string(m.Kind), words: min(len(ws), 2), key: strings.Join(ws, " ")}
			if !m.Date.IsZero() {
				k.date = m.Date.UnixMicro()
			}
			freq[k.kind+":"+k.key]++
			ks = append(ks, k)
		}
	}
	slices.SortStableFunc(ks, func(a, b sortKey) int {
		return cmp.Or(
			strings.Compare(a.kind, b.kind),
			cmp.Compare(b.words, a.words),
			cmp.Compare(freq[b.kind+":"+b.key], freq[a.kind+":"+a.key]),
			strings.Compare(a.key, b.key),
			cmp.Compare(a.date, b.date),
			strings.Compare(c.docs[a.r.doc].id, c.docs[b.r.doc].id),
			cmp.Compare(a.r.m, b.r.m),
		)
	})
	refs := make([]ref, len(ks))
	for i, k := range ks {
		refs[i] = k.r
	}
	return refs
}

// emptyLoader is a Loader with nothing stored: the corpus's registry
// holds every entity itself.
type emptyLoader struct{}

func (emptyLoader) Load(string) ([]Entity, error) { return nil, nil }
