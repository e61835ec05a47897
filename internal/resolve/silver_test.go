package resolve

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/whosaid/whosaid/internal/lexicon"
	"github.com/whosaid/whosaid/internal/polnear"
	"github.com/whosaid/whosaid/internal/segment"
	"github.com/whosaid/whosaid/internal/shared"
)

var silverOut = flag.String("silver", "", "measure speakers and kinds on all of PolNeAR dev against CoreNLP's silver NER and coreference, and write the figures and every disagreement to this file")

// PolNeAR has no gold speakers or kinds, so the speakers pass is measured
// on dev against CoreNLP's silver annotations (../shared/data/
// polnear-corenlp): the referent of a source is the coreference chain of
// the largest mention whose head lies in the source; its kind is the
// named-entity class of the chain's named mentions (PERSON a person,
// ORGANIZATION, LOCATION or MISC a body, none a description), its name
// the longest named run of that class around a mention's head; a
// document with a named author speaks for the author. The head
// of a source is its word whose head in CoreNLP's tree lies outside it; a
// source whose head is in no chain is judged by the head alone. CoreNLP errs too, so the
// figures are for comparing two versions of the pass, not absolute.

// silverToken is a CoreNLP token: its byte span, NER class and head.
type silverToken struct {
	start, end int
	ner        string
	head       int // index of the token's head in the article, -1 for a root
}

// silverMention is a coreference mention: byte spans of it and its head.
type silverMention struct {
	Start     int `json:"start"`
	End       int `json:"end"`
	HeadStart int `json:"head_start"`
	HeadEnd   int `json:"head_end"`
}

// silverDoc is CoreNLP's view of one article.
type silverDoc struct {
	text   string
	tokens []silverToken
	chains [][]silverMention
}

// silverReferent is what the silver annotations say a source is.
type silverReferent struct {
	kind Kind   // Person, Organization or Anonymous; "" when undecided
	name string // for a person or a body
}

// nerKind maps a CoreNLP class to a source kind: places and groups speak
// for bodies ("Moscow said", "Democrats say").
func nerKind(ner string) Kind {
	switch ner {
	case "PERSON":
		return Person
	case "ORGANIZATION", "LOCATION", "MISC":
		return Organization
	}
	return ""
}

// tokenAt is the index of the token that starts at byte b, or -1.
func (s *silverDoc) tokenAt(b int) int {
	lo, hi := 0, len(s.tokens)
	for lo < hi {
		m := (lo + hi) / 2
		if s.tokens[m].start < b {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(s.tokens) && s.tokens[lo].start == b {
		return lo
	}
	return -1
}

// namedRun is the text of the run of tokens of the NER class of token k
// around it, within bytes [lo, hi); "" if k is of no entity class.
func (s *silverDoc) namedRun(k, lo, hi int) (string, string) {
	ner := s.tokens[k].ner
	if nerKind(ner) == "" {
		return "", ""
	}
	a, b := k, k
	for a > 0 && s.tokens[a-1].ner == ner && s.tokens[a-1].start >= lo {
		a--
	}
	for b+1 < len(s.tokens) && s.tokens[b+1].ner == ner && s.tokens[b+1].end <= hi {
		b++
	}
	return ner, s.text[s.tokens[a].start:s.tokens[b].end]
}

// head is the syntactic head of bytes [lo, hi): the first word of it
// whose head in CoreNLP's tree lies outside; -1 if none.
func (s *silverDoc) head(lo, hi int) int {
	for k := s.tokenAt(lo); k >= 0 && k < len(s.tokens) && s.tokens[k].end <= hi; k++ {
		h := s.tokens[k].head
		if nerKind(s.tokens[k].ner) == "" && !unicode.IsLetter([]rune(s.text[s.tokens[k].start:s.tokens[k].end])[0]) {
			continue // punctuation
		}
		if h < 0 || s.tokens[h].start < lo || s.tokens[h].end > hi {
			return k
		}
	}
	return -1
}

// referent is the silver referent of a source of bytes [lo, hi).
func (s *silverDoc) referent(lo, hi int) silverReferent {
	h := s.head(lo, hi)
	if h < 0 {
		return silverReferent{}
	}
	// A document speaks for its named author ("Donald Trump's tweet"),
	// as whosaid's conventions have it.
	if w := strings.ToLower(s.text[s.tokens[h].start:s.tokens[h].end]); lexicon.DocNouns.Has(w) {
		a := h - 1
		if a >= 0 && (s.text[s.tokens[a].start:s.tokens[a].end] == "'s" || s.text[s.tokens[a].start:s.tokens[a].end] == "’s") {
			a--
		}
		if a >= 0 && s.tokens[a].start >= lo && nerKind(s.tokens[a].ner) != "" {
			h = a
		}
	}
	var chain []silverMention
	for _, ms := range s.chains {
		for _, m := range ms {
			if m.HeadStart == s.tokens[h].start {
				chain = ms
			}
		}
	}
	if chain == nil {
		chain = []silverMention{{Start: lo, End: hi, HeadStart: s.tokens[h].start}}
	}
	votes := map[Kind]int{}
	names := map[Kind]string{}
	for _, m := range chain {
		k := s.tokenAt(m.HeadStart)
		if k < 0 {
			continue
		}
		ner, name := s.namedRun(k, m.Start, m.End)
		kind := nerKind(ner)
		if kind == "" {
			continue
		}
		votes[kind]++
		name = plainName(name)
		if len(strings.Fields(name)) > len(strings.Fields(names[kind])) {
			names[kind] = name
		}
	}
	switch {
	case votes[Person] == 0 && votes[Organization] == 0:
		if len(chain) == 1 && isPronounText(s.text[lo:hi]) {
			return silverReferent{} // a pronoun in no chain: undecided
		}
		return silverReferent{kind: Anonymous}
	case votes[Person] >= votes[Organization]:
		return silverReferent{Person, names[Person]}
	}
	return silverReferent{Organization, names[Organization]}
}

// plainName takes off a silver name the words before it that the
// conventions of our gold sets keep out of a speaker's name and CoreNLP
// often tags as part of it: parties, nationalities, descriptors and
// titles ("Democrat Hillary Clinton", "Many Democrats").
func plainName(name string) string {
	ws := strings.Fields(name)
	for len(ws) > 1 {
		w := strings.ToLower(strings.TrimSuffix(ws[0], "."))
		if !lexicon.Affiliations.Has(w) && !lexicon.Descriptors.Has(w) && !lexicon.TitleWords.Has(w) && !lexicon.Honorifics.Has(w) {
			break
		}
		ws = ws[1:]
	}
	return strings.Join(ws, " ")
}

func isPronounText(s string) bool {
	w := strings.ToLower(strings.TrimSpace(s))
	return classOf(w) != noClass || w == "we" || w == "i" || w == "you"
}

// sameSilverName compares names once case, punctuation, a possessive and
// honorifics are set aside.
func sameSilverName(a, b string) bool {
	norm := func(s string) string {
		s = strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(s), "'s"), "’s")
		var kept []string
		for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' }) {
			switch w {
			case "mr", "mrs", "ms", "miss", "dr", "the":
				continue
			}
			kept = append(kept, w)
		}
		return strings.Join(kept, " ")
	}
	na := norm(a)
	return na != "" && na == norm(b)
}

// silverCounts are the tallies of the measure.
type silverCounts struct {
	sources, decided, kindOK int // sources; with a silver kind; of those, ours agrees
	named, nameOK            int // silver person or body with a name; ours agrees
	pronouns, pronounOK      int // of named, sources that are pronouns
}

func (c silverCounts) String() string {
	r := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return float64(a) / float64(b)
	}
	return fmt.Sprintf("sources %d, silver kind %d: kind agrees %.3f; silver name %d: speaker agrees %.3f; of them pronouns %d: %.3f",
		c.sources, c.decided, r(c.kindOK, c.decided), c.named, r(c.nameOK, c.named), c.pronouns, r(c.pronounOK, c.pronouns))
}

// readSilver reads the CoreNLP tokens and chains of PolNeAR dev, by id,
// and the ids in the order of the files.
func readSilver(t *testing.T, conllu, coref string, texts map[string]string) (map[string]*silverDoc, []string) {
	t.Helper()
	docs := map[string]*silverDoc{}
	var ids []string
	f, err := os.Open(conllu)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	var cur *silverDoc
	sentStart := 0 // index of the sentence's first token in the article
	for line := 1; sc.Scan(); line++ {
		l := sc.Text()
		if id, ok := strings.CutPrefix(l, "# newdoc id = "); ok {
			cur = &silverDoc{text: texts[id]}
			docs[id] = cur
			ids = append(ids, id)
			continue
		}
		if l == "" || l[0] == '#' {
			continue
		}
		cols := strings.Split(l, "\t")
		if cur == nil || len(cols) != 10 {
			t.Fatalf("%s:%d: not a token line of an article", conllu, line)
		}
		if cols[0] == "1" {
			sentStart = len(cur.tokens)
		}
		tok := silverToken{head: -1}
		if h, err := strconv.Atoi(cols[6]); err == nil && h > 0 {
			tok.head = sentStart + h - 1
		}
		for _, kv := range strings.Split(cols[9], "|") {
			k, v, _ := strings.Cut(kv, "=")
			switch k {
			case "Start":
				fmt.Sscan(v, &tok.start)
			case "End":
				fmt.Sscan(v, &tok.end)
			case "NER":
				tok.ner = v
			}
		}
		cur.tokens = append(cur.tokens, tok)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	g, err := os.Open(coref)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	dec := json.NewDecoder(bufio.NewReader(g))
	for dec.More() {
		var a struct {
			ID     string
			Chains []struct{ Mentions []silverMention }
		}
		if err := dec.Decode(&a); err != nil {
			t.Fatalf("%s: %v", coref, err)
		}
		if d := docs[a.ID]; d != nil {
			for _, c := range a.Chains {
				d.chains = append(d.chains, c.Mentions)
			}
		}
	}
	return docs, ids
}

// TestSilverSpeakers measures the speakers pass on PolNeAR dev against
// the silver annotations and holds it above floors a little under the
// figures docs/RESOLVE.md gives; without -silver it runs on the first
// articles only and checks that the measure decides most sources.
func TestSilverSpeakers(t *testing.T) {
	jsonl := shared.Path(t, polnear.DevJSONL)
	conllu := shared.Path(t, polnear.DevCoNLLU)
	coref := strings.TrimSuffix(conllu, ".conllu") + ".coref.jsonl"
	texts, err := polnear.Texts(jsonl)
	if err != nil {
		t.Fatal(err)
	}
	docs, ids := readSilver(t, conllu, coref, texts)
	if *silverOut == "" {
		ids = ids[:min(len(ids), 12)]
	}
	m, err := embeddedModel()
	if err != nil {
		t.Fatal(err)
	}
	var c silverCounts
	var log strings.Builder
	for _, id := range ids {
		s := docs[id]
		seg := segment.Segment(s.text)
		tags := m.Tag(seg)
		res := Resolve(Input{Seg: seg, Tags: tags, Rels: m.ExtractTagged(seg, tags)})
		for _, a := range res.Attributions {
			if len(a.Source) == 0 {
				continue
			}
			c.sources++
			h := hull(a.Source)
			lo, hi := seg.Tokens[h.Start].Start, seg.Tokens[h.End-1].End
			want := s.referent(lo, hi)
			if want.kind == "" {
				continue
			}
			c.decided++
			kind := a.Kind
			if kind == Pronoun {
				kind = Anonymous // an unresolved pronoun names no one
			}
			kindOK := kind == want.kind
			if kindOK {
				c.kindOK++
			}
			got := ""
			if a.Speaker >= 0 {
				got = res.Speakers[a.Speaker].Name
			}
			nameOK := true
			if want.name != "" {
				c.named++
				nameOK = sameSilverName(got, want.name)
				pronoun := isPronounText(s.text[lo:hi])
				if pronoun {
					c.pronouns++
				}
				if nameOK {
					c.nameOK++
					if pronoun {
						c.pronounOK++
					}
				}
			}
			if !kindOK || !nameOK {
				fmt.Fprintf(&log, "%s\t%q\tsilver=%s %q\tours=%s %q\n", id, s.text[lo:hi], want.kind, want.name, a.Kind, got)
			}
		}
	}
	t.Log(c)
	if c.decided*10 < c.sources*7 {
		t.Errorf("the silver annotations decide %d of %d sources: the readers or the offsets are wrong", c.decided, c.sources)
	}
	if *silverOut == "" {
		return
	}
	if err := os.WriteFile(*silverOut, []byte(c.String()+"\n"+log.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
