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

// mergeGender moves the gender decisions of speaker from to speaker into,
// whose documents they now speak in: a document that decided only for
// from now decides for into; one that decided for both keeps its decision
// if the two agree and makes none if they disagree (the votes summed would
// rarely decide). The counts are set right by recount.
func (w *writer) mergeGender(from, into int64) error {
	rows, err := w.tx.QueryContext(w.ctx, w.d.bind(`SELECT f.doc_pk, f.gender, COALESCE(i.gender, '')
		FROM speaker_gender_evidence f LEFT JOIN speaker_gender_evidence i ON i.doc_pk = f.doc_pk AND i.speaker_id = ?
		WHERE f.speaker_id = ? ORDER BY f.doc_pk`), into, from)
	if err != nil {
		return err
	}
	type decision struct {
		pk           int64
		from, intoed string // the two speakers' decisions, "" for none
	}
	var ds []decision
	for rows.Next() {
		var d decision
		if err := rows.Scan(&d.pk, &d.from, &d.intoed); err != nil {
			rows.Close()
			return err
		}
		ds = append(ds, d)
	}
	if err := rows.Close(); err != nil {
		return err
	}
	for _, d := range ds {
		var err error
		switch {
		case d.intoed == "":
			_, err = w.exec(`UPDATE speaker_gender_evidence SET speaker_id = ? WHERE speaker_id = ? AND doc_pk = ?`, into, from, d.pk)
		case d.intoed == d.from:
			_, err = w.exec(`DELETE FROM speaker_gender_evidence WHERE speaker_id = ? AND doc_pk = ?`, from, d.pk)
		default:
			_, err = w.exec(`DELETE FROM speaker_gender_evidence WHERE speaker_id IN (?, ?) AND doc_pk = ?`, into, from, d.pk)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// splitGender moves the gender decision of speaker from in document pk
// to speaker into, which now holds all of from's attributions there.
func (w *writer) splitGender(from, into, pk int64) error {
	_, err := w.exec(`UPDATE speaker_gender_evidence SET speaker_id = ? WHERE speaker_id = ? AND doc_pk = ?`, into, from, pk)
	return err
}
