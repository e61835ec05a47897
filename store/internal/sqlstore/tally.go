package sqlstore

import (
	"cmp"
	"database/sql"
	"slices"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/internal/gender"
)

// fact is what the kept counts need of one attribution.
type fact struct {
	speaker    int64 // 0 for none
	kind       string
	withSource bool
	hedged     bool
	typ        string
}

// outletCounts are the counts kept per outlet.
type outletCounts struct {
	documents, attributions, withSource, anonymous, hedged, direct, indirect, mixed int
}

// tally sums what a batch adds to and takes from the kept counts.
type tally struct {
	speakers       map[int64]*[2]int    // attributions, documents
	outletSpeakers map[[2]int64]*[2]int // (outlet, speaker): attributions, documents
	outlets        map[int64]*outletCounts
	genders        map[int64]*[2]int // speaker: documents that say female, male
}

func newTally() *tally {
	return &tally{speakers: map[int64]*[2]int{}, outletSpeakers: map[[2]int64]*[2]int{}, outlets: map[int64]*outletCounts{},
		genders: map[int64]*[2]int{}}
}

// gender counts one document's decision on a speaker, sign +1 when it is
// added and -1 when it is taken away.
func (t *tally) gender(speaker int64, g gender.Gender, sign int) {
	c := t.genders[speaker]
	if c == nil {
		c = &[2]int{}
		t.genders[speaker] = c
	}
	switch g {
	case gender.Female:
		c[0] += sign
	case gender.Male:
		c[1] += sign
	}
}

// doc counts one document of outlet with its attributions, sign +1 when
// it is added and -1 when it is taken away.
func (t *tally) doc(outlet sql.NullInt64, facts []fact, sign int) {
	perSpeaker := map[int64]int{}
	for _, f := range facts {
		if f.speaker != 0 {
			perSpeaker[f.speaker]++
		}
	}
	for sp, n := range perSpeaker {
		c := t.speakers[sp]
		if c == nil {
			c = &[2]int{}
			t.speakers[sp] = c
		}
		c[0] += sign * n
		c[1] += sign
		if outlet.Valid {
			k := [2]int64{outlet.Int64, sp}
			oc := t.outletSpeakers[k]
			if oc == nil {
				oc = &[2]int{}
				t.outletSpeakers[k] = oc
			}
			oc[0] += sign * n
			oc[1] += sign
		}
	}
	if !outlet.Valid {
		return
	}
	oc := t.outlets[outlet.Int64]
	if oc == nil {
		oc = &outletCounts{}
		t.outlets[outlet.Int64] = oc
	}
	oc.documents += sign
	for _, f := range facts {
		oc.attributions += sign
		if f.withSource {
			oc.withSource += sign
		}
		if f.kind == string(whosaid.Anonymous) {
			oc.anonymous += sign
		}
		if f.hedged {
			oc.hedged += sign
		}
		switch whosaid.Type(f.typ) {
		case whosaid.Direct:
			oc.direct += sign
		case whosaid.Indirect:
			oc.indirect += sign
		case whosaid.Mixed:
			oc.mixed += sign
		}
	}
}

// factsOf are the facts of a document's attributions about to be stored.
func factsOf(doc *whosaid.Document, speakers []int64) []fact {
	out := make([]fact, len(doc.Attributions))
	for i := range doc.Attributions {
		a := &doc.Attributions[i]
		f := fact{speaker: speakers[i], hedged: a.Hedge != nil, typ: string(a.Type)}
		if a.Source != nil {
			f.kind, f.withSource = string(a.Source.Kind), a.Source.Text != ""
		}
		out[i] = f
	}
	return out
}

// storedFacts are the facts of a stored document's attributions, and its
// outlet.
func (w *writer) storedFacts(pk int64) (sql.NullInt64, []fact, error) {
	var outlet sql.NullInt64
	if err := w.row(`SELECT outlet_id FROM documents WHERE pk = ?`, pk).Scan(&outlet); err != nil {
		return outlet, nil, err
	}
	rows, err := w.tx.QueryContext(w.ctx, w.d.bind(`SELECT speaker_id, source_kind, source_text <> '', hedged, type
		FROM attributions WHERE doc_pk = ?`), pk)
	if err != nil {
		return outlet, nil, err
	}
	defer rows.Close()
	var facts []fact
	for rows.Next() {
		var f fact
		var sp sql.NullInt64
		if err := rows.Scan(&sp, &f.kind, &f.withSource, &f.hedged, &f.typ); err != nil {
			return outlet, nil, err
		}
		f.speaker = sp.Int64
		facts = append(facts, f)
	}
	return outlet, facts, rows.Err()
}

// saveTally adds the batch's counts to the kept ones, in key order.
func (w *writer) saveTally() error {
	t := w.tally
	for _, id := range sortedKeys(t.speakers) {
		c := t.speakers[id]
		if c[0] == 0 && c[1] == 0 {
			continue
		}
		if err := w.run(`UPDATE speakers SET attributions = attributions + ?, documents = documents + ? WHERE id = ?`, c[0], c[1], id); err != nil {
			return err
		}
	}
	for _, id := range sortedKeys(t.genders) {
		c := t.genders[id]
		if c[0] == 0 && c[1] == 0 {
			continue
		}
		if err := w.run(`UPDATE speakers SET female_docs = female_docs + ?, male_docs = male_docs + ? WHERE id = ?`, c[0], c[1], id); err != nil {
			return err
		}
	}
	var rows [][]any
	keys := make([][2]int64, 0, len(t.outletSpeakers))
	for k := range t.outletSpeakers {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b [2]int64) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) })
	for _, k := range keys {
		if c := t.outletSpeakers[k]; c[0] != 0 || c[1] != 0 {
			rows = append(rows, []any{k[0], k[1], c[0], c[1]})
		}
	}
	if err := w.insertRows(`INSERT INTO outlet_speakers (outlet_id, speaker_id, attributions, documents) VALUES `,
		` ON CONFLICT (outlet_id, speaker_id) DO UPDATE SET attributions = outlet_speakers.attributions + excluded.attributions,
			documents = outlet_speakers.documents + excluded.documents`, rows); err != nil {
		return err
	}
	for _, id := range sortedKeys(t.outlets) {
		c := t.outlets[id]
		if *c == (outletCounts{}) {
			continue
		}
		if err := w.run(`UPDATE outlets SET documents = documents + ?, attributions = attributions + ?,
			with_source = with_source + ?, anonymous = anonymous + ?, hedged = hedged + ?,
			direct = direct + ?, indirect = indirect + ?, mixed = mixed + ? WHERE id = ?`,
			c.documents, c.attributions, c.withSource, c.anonymous, c.hedged, c.direct, c.indirect, c.mixed, id); err != nil {
			return err
		}
	}
	w.tally = newTally()
	return nil
}

func sortedKeys[V any](m map[int64]V) []int64 {
	keys := make([]int64, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
