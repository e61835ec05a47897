package evalset

import (
	"strings"
	"unicode"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/internal/segment"
)

// Counts are the tallies of one group of passages.
type Counts struct {
	Passages int
	Gold     int // gold attributions
	Pred     int // predicted attributions
	Matched  int // predicted attributions matched to a gold one
	// NotAttribution counts predictions that are no attribution at all:
	// their content shares under half its tokens with every gold content.
	NotAttribution int
	// FullyRight counts matched predictions whose cue and source overlap
	// gold by token F1 of at least 0.5 and whose kind and speaker are right.
	FullyRight int
	Named      int // matched, with a gold person or organization source
	SpeakerOK  int // of Named, the resolved speaker is the gold one
	Sourced    int // matched, with a gold source of any kind
	KindOK     int // of Sourced and of the matched with no gold source, the kind is right
	Kinded     int // the denominator of KindOK
}

func (c *Counts) add(o Counts) {
	c.Passages += o.Passages
	c.Gold += o.Gold
	c.Pred += o.Pred
	c.Matched += o.Matched
	c.NotAttribution += o.NotAttribution
	c.FullyRight += o.FullyRight
	c.Named += o.Named
	c.SpeakerOK += o.SpeakerOK
	c.Sourced += o.Sourced
	c.KindOK += o.KindOK
	c.Kinded += o.Kinded
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Precision is the share of predictions matched to a gold attribution.
func (c Counts) Precision() float64 { return ratio(c.Matched, c.Pred) }

// Recall is the share of gold attributions matched by a prediction.
func (c Counts) Recall() float64 { return ratio(c.Matched, c.Gold) }

// F1 is the harmonic mean of Precision and Recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Speaker is the share of matched named sources whose speaker is right.
func (c Counts) Speaker() float64 { return ratio(c.SpeakerOK, c.Named) }

// Kind is the share of matched attributions whose source kind is right.
func (c Counts) Kind() float64 { return ratio(c.KindOK, c.Kinded) }

// Junk is the share of predictions that are no attribution at all.
func (c Counts) Junk() float64 { return ratio(c.NotAttribution, c.Pred) }

// Right is the share of predictions that are fully right.
func (c Counts) Right() float64 { return ratio(c.FullyRight, c.Pred) }

// Miss is one error, for reading what fails (on the tune half only).
type Miss struct {
	Passage string
	What    string // "spurious", "missed", "speaker", "kind"
	Text    string // the attribution's content, shortened
	Gold    string
	Pred    string
}

// Report is the score of a set, per genre and in all.
type Report struct {
	ByGenre map[string]*Counts
	All     Counts
	Misses  []Miss
}

// Score scores the documents whosaid produced for the passages, by id.
func Score(passages []Passage, docs map[string]*whosaid.Document) *Report {
	rep := &Report{ByGenre: map[string]*Counts{}}
	for _, p := range passages {
		c := scorePassage(p, docs[p.ID], &rep.Misses)
		if rep.ByGenre[p.Genre] == nil {
			rep.ByGenre[p.Genre] = &Counts{}
		}
		rep.ByGenre[p.Genre].add(c)
		rep.All.add(c)
	}
	return rep
}

func spansOf(r *whosaid.Role) [][2]int {
	if r == nil {
		return nil
	}
	out := make([][2]int, len(r.Spans))
	for i, s := range r.Spans {
		out[i] = [2]int(s)
	}
	return out
}

func scorePassage(p Passage, doc *whosaid.Document, misses *[]Miss) Counts {
	c := Counts{Passages: 1}
	ts := tokenSets{segment.Tokenize(p.Text)}
	var gold []roles
	var golds []Attribution
	for _, a := range p.Attributions {
		r := roles{ts.of(a.Source), ts.of(a.Cue), ts.of(a.Content)}
		if len(r[2]) == 0 {
			continue
		}
		gold, golds = append(gold, r), append(golds, a)
	}
	var pred []roles
	var preds []whosaid.Attribution
	if doc != nil {
		for _, a := range doc.Attributions {
			var src *whosaid.Role
			if a.Source != nil {
				src = &a.Source.Role
			}
			r := roles{ts.of(spansOf(src)), ts.of(spansOf(a.Cue)), ts.of(spansOf(a.Content))}
			if len(r[2]) == 0 {
				continue
			}
			pred, preds = append(pred, r), append(preds, a)
		}
	}
	c.Gold, c.Pred = len(gold), len(pred)
	m := match(gold, pred)
	found := make([]bool, len(gold))
	for pi, gi := range m {
		pa := preds[pi]
		if gi < 0 {
			best := 0
			for _, g := range gold {
				best = max(best, intersect(g[2], pred[pi][2]))
			}
			if 2*best < len(pred[pi][2]) {
				c.NotAttribution++
			}
			*misses = append(*misses, Miss{p.ID, "spurious", short(roleText(pa.Content)), "", sourceText(pa)})
			continue
		}
		found[gi] = true
		c.Matched++
		ga := golds[gi]
		kindOK := predKind(pa) == ga.Kind
		c.Kinded++
		if kindOK {
			c.KindOK++
		} else {
			*misses = append(*misses, Miss{p.ID, "kind", short(roleText(pa.Content)), ga.Kind, predKind(pa)})
		}
		if ga.Kind != "none" {
			c.Sourced++
		}
		speakerOK := true
		if ga.Kind == "person" || ga.Kind == "organization" {
			c.Named++
			got := ""
			if pa.Source != nil {
				got = pa.Source.Speaker
			}
			speakerOK = SameName(got, ga.Speaker)
			if speakerOK {
				c.SpeakerOK++
			} else {
				*misses = append(*misses, Miss{p.ID, "speaker", short(roleText(pa.Content)), ga.Speaker, got})
			}
		}
		g, pr := gold[gi], pred[pi]
		if kindOK && speakerOK && f1(g[0], pr[0]) >= 0.5 && f1(g[1], pr[1]) >= 0.5 {
			c.FullyRight++
		}
	}
	for gi, ok := range found {
		if !ok {
			*misses = append(*misses, Miss{p.ID, "missed", short(spanText(p.Text, golds[gi].Content)), golds[gi].Speaker, ""})
		}
	}
	return c
}

// predKind is the kind of a prediction's source in the gold vocabulary:
// "none" when it has no source; an unresolved pronoun stays "pronoun",
// which no gold kind is.
func predKind(a whosaid.Attribution) string {
	if a.Source == nil {
		return "none"
	}
	if a.Source.Kind == "" {
		return "unknown"
	}
	return string(a.Source.Kind)
}

func roleText(r *whosaid.Role) string {
	if r == nil {
		return ""
	}
	return r.Text
}

func sourceText(a whosaid.Attribution) string {
	if a.Source == nil {
		return ""
	}
	return a.Source.Text
}

func spanText(text string, spans [][2]int) string {
	var parts []string
	for _, s := range spans {
		parts = append(parts, text[s[0]:s[1]])
	}
	return strings.Join(parts, " … ")
}

func short(s string) string {
	if r := []rune(s); len(r) > 70 {
		return string(r[:70]) + "…"
	}
	return s
}

// honorifics are dropped before names are compared: the gold speaker is
// the fullest name as the passage writes it, whosaid keeps titles apart.
var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true,
	"sir": true, "dame": true, "prof": true, "professor": true, "rev": true, "the": true}

// SameName reports whether two speaker names are the same once case,
// punctuation, a possessive 's, a leading article and honorifics are set
// aside. It is strict otherwise: "Clinton" is not "Hillary Clinton".
func SameName(a, b string) bool {
	na, nb := normName(a), normName(b)
	return na != "" && na == nb
}

func normName(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	words := strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\'' && r != '’'
	})
	var kept []string
	for _, w := range words {
		if !honorifics[w] {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}
