package sqlstore

import (
	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/internal/gender"
)

// genderOf decides, for each canonical person speaker of a document, the
// gender its text gives: the votes of every name under which its
// attributions name it, summed (gender.Votes.Gender). Speakers without a
// decision are left out.
func genderOf(doc *whosaid.Document, speakers []int64) map[int64]gender.Gender {
	votes := gender.OfDocument(doc)
	names := map[int64]map[string]bool{}
	for i := range doc.Attributions {
		src := doc.Attributions[i].Source
		if speakers[i] == 0 || src == nil || src.Kind != whosaid.Person || src.Speaker == "" {
			continue
		}
		if names[speakers[i]] == nil {
			names[speakers[i]] = map[string]bool{}
		}
		names[speakers[i]][src.Speaker] = true
	}
	out := map[int64]gender.Gender{}
	for id, ns := range names {
		var v gender.Votes
		for n := range ns {
			v = v.Add(votes[n])
		}
		if g := v.Gender(); g != gender.Unknown {
			out[id] = g
		}
	}
	return out
}

// putGender writes the gender decisions of a stored document and counts
// them for its speakers.
func (w *writer) putGender(pk int64, decided map[int64]gender.Gender) error {
	for _, id := range sortedKeys(decided) {
		g := decided[id]
		if err := w.run(`INSERT INTO speaker_gender_evidence (doc_pk, speaker_id, gender) VALUES (?, ?, ?)`, pk, id, string(g)); err != nil {
			return err
		}
		w.tally.gender(id, g, +1)
	}
	return nil
}

// deleteGender takes away the gender decisions of a stored document and
// returns them.
func (w *writer) deleteGender(pk int64) (map[int64]gender.Gender, error) {
	rows, err := w.tx.QueryContext(w.ctx, w.d.bind(`SELECT speaker_id, gender FROM speaker_gender_evidence WHERE doc_pk = ?`), pk)
	if err != nil {
		return nil, err
	}
	type decision struct {
		id int64
		g  string
	}
	var ds []decision
	for rows.Next() {
		var d decision
		if err := rows.Scan(&d.id, &d.g); err != nil {
			rows.Close()
			return nil, err
		}
		ds = append(ds, d)
	}
	if err := rows.Close(); err != nil {
		return nil, err
	}
	old := make(map[int64]gender.Gender, len(ds))
	for _, d := range ds {
		w.tally.gender(d.id, gender.Gender(d.g), -1)
		old[d.id] = gender.Gender(d.g)
	}
	_, err = w.exec(`DELETE FROM speaker_gender_evidence WHERE doc_pk = ?`, pk)
	return old, err
}

// moveGender moves a document's gender decisions from the speakers its
// attributions had to those a recanon gives them (from[i] -> to[i]). Two
// decisions that meet on one speaker and disagree give none.
func (w *writer) moveGender(pk int64, from, to []int64) error {
	old, err := w.deleteGender(pk)
	if err != nil || len(old) == 0 {
		return err
	}
	moved := map[int64]gender.Gender{}
	conflict := map[int64]bool{}
	seen := map[[2]int64]bool{}
	for i, o := range from {
		g, ok := old[o]
		if !ok || to[i] == 0 || seen[[2]int64{o, to[i]}] {
			continue
		}
		seen[[2]int64{o, to[i]}] = true
		if prev, ok := moved[to[i]]; ok && prev != g {
			conflict[to[i]] = true
		}
		moved[to[i]] = g
	}
	for id := range conflict {
		delete(moved, id)
	}
	return w.putGender(pk, moved)
}

// mergeGender moves the gender decisions of speaker from to speaker into
// in every document that has one for from, as a recanon moves them
// (moveGender: decisions that meet and disagree give none). Call it before
// the attributions change speaker.
func (w *writer) mergeGender(from, into int64) error {
	pks, err := w.int64s(`SELECT doc_pk FROM speaker_gender_evidence WHERE speaker_id = ? ORDER BY doc_pk`, from)
	if err != nil {
		return err
	}
	for _, pk := range pks {
		speakers, err := w.int64s(`SELECT COALESCE(speaker_id, 0) FROM attributions WHERE doc_pk = ? ORDER BY idx`, pk)
		if err != nil {
			return err
		}
		if err := w.moveGender(pk, speakers, replaced(speakers, from, into)); err != nil {
			return err
		}
	}
	return w.saveTally()
}

// replaced is ids with from replaced by to.
func replaced(ids []int64, from, to int64) []int64 {
	out := make([]int64, len(ids))
	for i, id := range ids {
		out[i] = id
		if id == from {
			out[i] = to
		}
	}
	return out
}
