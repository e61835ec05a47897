// Package speakereval measures how a store canonicalises speakers, on
// whosaid's blind speaker gold set (testdata/eval/speakers): articles
// whose source mentions are marked with the speaker they are (a person or
// organisation of the set's registry, or anon).
//
// The articles are stored as whosaid ingest stores them; each gold
// mention is then matched to the stored source that overlaps it, and the
// pairs of gold mentions (with an entity, found as sources) are counted:
// pairwise precision is the share of pairs given one canonical speaker
// that are one gold entity, recall the share of pairs of one gold entity
// given one canonical speaker. Gold mentions found as no source at all
// are counted apart: that is extraction recall, not canonicalisation.
package speakereval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/whosaid/whosaid/store"
)

// Article is one gold article.
type Article struct {
	ID        string    `json:"id"`
	Half      string    `json:"half"` // "tune" or "measure"
	Genre     string    `json:"genre"`
	Outlet    string    `json:"outlet"`
	Published string    `json:"published"`
	Text      string    `json:"text"`
	Mentions  []Mention `json:"mentions"`
}

// Mention is one gold source mention.
type Mention struct {
	Span      [2]int `json:"span"`
	Text      string `json:"text"`
	Entity    string `json:"entity"` // the registry id, or "anon"
	Kind      string `json:"kind"`
	Gender    string `json:"gender"`
	Canonical string `json:"canonical"`
	Title     string `json:"title"`
}

// Anon is the entity of a mention that names nobody.
const Anon = "anon"

// Read reads a gold set, one article per line, and checks its spans.
func Read(r io.Reader) ([]Article, error) {
	var out []Article
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<24)
	for line := 1; sc.Scan(); line++ {
		var a Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		if a.ID == "" {
			return nil, fmt.Errorf("line %d: an article without an id", line)
		}
		for i, m := range a.Mentions {
			if m.Span[0] < 0 || m.Span[1] > len(a.Text) || m.Span[0] >= m.Span[1] {
				return nil, fmt.Errorf("line %d (%s): mention %d: span %v outside the text", line, a.ID, i, m.Span)
			}
			if a.Text[m.Span[0]:m.Span[1]] != m.Text {
				return nil, fmt.Errorf("line %d (%s): mention %d: span %v is %q, not %q", line, a.ID, i, m.Span, a.Text[m.Span[0]:m.Span[1]], m.Text)
			}
			if m.Entity == "" {
				return nil, fmt.Errorf("line %d (%s): mention %d has no entity", line, a.ID, i)
			}
		}
		out = append(out, a)
	}
	return out, sc.Err()
}

// Found is a gold mention with the stored source it was matched to.
type Found struct {
	Doc     string
	Mention Mention
	Speaker int64  // the canonical speaker of the stored source; 0 for none
	Name    string // its canonical name
}

// Report is the outcome of a measurement.
type Report struct {
	Articles int
	Mentions int // gold mentions
	Named    int // with an entity (not anon)
	Entities int // distinct entities of Named
	// NotFound are named gold mentions that overlap no stored source:
	// the extractor missed them.
	NotFound int
	// NoSpeaker are named gold mentions found as a source that was given
	// no canonical speaker (an unresolved pronoun, a rejected name).
	NoSpeaker int
	// The pairs of found named mentions: merged and one entity (TP),
	// merged and two (FP), one entity and not merged (FN).
	TP, FP, FN int
	Found      []Found
}

// Precision is the share of merged pairs that are one entity.
func (r *Report) Precision() float64 { return ratio(r.TP, r.TP+r.FP) }

// Recall is the share of the pairs of one entity that are merged.
func (r *Report) Recall() float64 { return ratio(r.TP, r.TP+r.FN) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Score matches the gold mentions of arts to the sources stored in st
// and counts the pairs.
func Score(ctx context.Context, st store.Store, arts []Article) (*Report, error) {
	rep := &Report{Articles: len(arts)}
	entities := map[string]bool{}
	for _, a := range arts {
		hits, err := st.Attributions(ctx, store.AttributionFilter{DocID: a.ID, Page: store.Page{Limit: store.MaxLimit}})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", a.ID, err)
		}
		if hits.Total > len(hits.Items) {
			return nil, fmt.Errorf("%s: %d attributions, more than a page", a.ID, hits.Total)
		}
		for _, m := range a.Mentions {
			rep.Mentions++
			if m.Entity == Anon {
				continue
			}
			rep.Named++
			entities[m.Entity] = true
			h, ok := overlapping(hits.Items, m.Span)
			if !ok {
				rep.NotFound++
				continue
			}
			if h.SpeakerID == 0 {
				rep.NoSpeaker++
			}
			rep.Found = append(rep.Found, Found{Doc: a.ID, Mention: m, Speaker: h.SpeakerID, Name: h.Speaker})
		}
	}
	rep.Entities = len(entities)
	rep.count()
	return rep, nil
}

// count counts the pairs of the found mentions.
func (r *Report) count() {
	r.TP, r.FP, r.FN = 0, 0, 0
	for i, a := range r.Found {
		for _, b := range r.Found[i+1:] {
			same := a.Mention.Entity == b.Mention.Entity
			merged := a.Speaker != 0 && a.Speaker == b.Speaker
			switch {
			case same && merged:
				r.TP++
			case merged:
				r.FP++
			case same:
				r.FN++
			}
		}
	}
}

// overlapping is the stored attribution whose source overlaps span the
// most; ties go to the first.
func overlapping(hits []store.Hit, span [2]int) (store.Hit, bool) {
	best, most := -1, 0
	for i, h := range hits {
		src := h.Attribution.Source
		if src == nil {
			continue
		}
		n := 0
		for _, s := range src.Spans {
			n += max(0, min(s[1], span[1])-max(s[0], span[0]))
		}
		if n > most {
			best, most = i, n
		}
	}
	if best < 0 {
		return store.Hit{}, false
	}
	return hits[best], true
}

// Errors lists what the canonicalisation got wrong, for reading on the
// tune half only: each gold entity split over several speakers (or left
// without one, speaker 0), and each speaker that holds several gold
// entities, with the mentions.
func (r *Report) Errors() []string {
	byEntity := map[string]map[int64][]string{}
	bySpeaker := map[int64]map[string][]string{}
	for _, f := range r.Found {
		where := f.Doc + ":" + f.Mention.Text
		if byEntity[f.Mention.Entity] == nil {
			byEntity[f.Mention.Entity] = map[int64][]string{}
		}
		byEntity[f.Mention.Entity][f.Speaker] = append(byEntity[f.Mention.Entity][f.Speaker], where)
		if f.Speaker == 0 {
			continue
		}
		if bySpeaker[f.Speaker] == nil {
			bySpeaker[f.Speaker] = map[string][]string{}
		}
		bySpeaker[f.Speaker][f.Mention.Entity] = append(bySpeaker[f.Speaker][f.Mention.Entity], where)
	}
	var out []string
	for e, sps := range byEntity {
		// Mentions of no speaker (0) are each apart from all others.
		if len(sps) > 1 || len(sps[0]) > 1 {
			out = append(out, fmt.Sprintf("split %s (%s): %s", e, canonicalOf(r.Found, e), describe(sps)))
		}
	}
	for sp, es := range bySpeaker {
		if len(es) > 1 {
			out = append(out, fmt.Sprintf("merged in %d: %s", sp, describe(es)))
		}
	}
	slices.Sort(out)
	return out
}

func canonicalOf(fs []Found, entity string) string {
	for _, f := range fs {
		if f.Mention.Entity == entity {
			return f.Mention.Canonical
		}
	}
	return ""
}

func describe[K comparable](m map[K][]string) string {
	var parts []string
	for k, v := range m {
		parts = append(parts, fmt.Sprintf("%v=[%s]", k, strings.Join(v, "; ")))
	}
	slices.Sort(parts)
	return strings.Join(parts, " ")
}

// PairsWithin counts the wrong and missed pairs whose two mentions are in
// one document: errors of the per-document resolution, not of the
// canonicalisation across documents.
func (r *Report) PairsWithin() (fp, fn int) {
	for i, a := range r.Found {
		for _, b := range r.Found[i+1:] {
			if a.Doc != b.Doc {
				continue
			}
			same := a.Mention.Entity == b.Mention.Entity
			merged := a.Speaker != 0 && a.Speaker == b.Speaker
			switch {
			case merged && !same:
				fp++
			case same && !merged:
				fn++
			}
		}
	}
	return fp, fn
}
