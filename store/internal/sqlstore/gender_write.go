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

// deleteGender takes away the gender decisions of a stored document.
func (w *writer) deleteGender(pk int64) error {
	rows, err := w.tx.QueryContext(w.ctx, w.d.bind(`SELECT speaker_id, gender FROM speaker_gender_evidence WHERE doc_pk = ?`), pk)
	if err != nil {
		return err
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
			return err
		}
		ds = append(ds, d)
	}
	if err := rows.Close(); err != nil {
		return err
	}
	for _, d := range ds {
		w.tally.gender(d.id, gender.Gender(d.g), -1)
	}
	_, err = w.exec(`DELETE FROM speaker_gender_evidence WHERE doc_pk = ?`, pk)
	return err
}
