package sqlstore

import (
	"encoding/json"
	"strings"

	"whosaid"
	"whosaid/store/canon"
	"whosaid/store/internal/textsearch"
)

// Load implements canon.Loader over the transaction: the stored speakers
// under a key, in ID order.
func (w *writer) Load(key string) ([]canon.Entity, error) {
	rows, err := w.tx.QueryContext(w.ctx, w.d.bind(`SELECT s.id, s.kind, s.name, s.title, s.evidence
		FROM speaker_keys k JOIN speakers s ON s.id = k.speaker_id
		WHERE k.key = ? ORDER BY s.id`), key)
	if err != nil {
		return nil, err
	}
	var es []canon.Entity
	for rows.Next() {
		var e canon.Entity
		var kind, evidence string
		if err := rows.Scan(&e.ID, &kind, &e.Name, &e.Title, &evidence); err != nil {
			rows.Close()
			return nil, err
		}
		e.Kind = whosaid.Kind(kind)
		if err := json.Unmarshal([]byte(evidence), &e.Evidence); err != nil {
			rows.Close()
			return nil, err
		}
		es = append(es, e)
	}
	if err := rows.Close(); err != nil {
		return nil, err
	}
	for i := range es {
		rows, err := w.tx.QueryContext(w.ctx, w.d.bind(`SELECT alias FROM speaker_aliases WHERE speaker_id = ? ORDER BY alias`), es[i].ID)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var a string
			if err := rows.Scan(&a); err != nil {
				rows.Close()
				return nil, err
			}
			es[i].Aliases = append(es[i].Aliases, a)
		}
		if err := rows.Close(); err != nil {
			return nil, err
		}
	}
	return es, nil
}

// saveSpeakers writes the speakers the batch made or changed.
func (w *writer) saveSpeakers() error {
	for _, e := range w.reg.Changed() {
		evidence, err := json.Marshal(e.Evidence)
		if err != nil {
			return err
		}
		if _, err := w.exec(`INSERT INTO speakers (id, kind, name, title, evidence) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (id) DO UPDATE SET name = excluded.name, title = excluded.title, evidence = excluded.evidence`,
			e.ID, string(e.Kind), e.Name, e.Title, string(evidence)); err != nil {
			return err
		}
		for _, a := range e.Aliases {
			if _, err := w.exec(`INSERT INTO speaker_aliases (speaker_id, alias, folded) VALUES (?, ?, ?)
				ON CONFLICT (speaker_id, alias) DO NOTHING`, e.ID, a, foldName(a)); err != nil {
				return err
			}
		}
		for _, k := range e.Keys() {
			if _, err := w.exec(`INSERT INTO speaker_keys (key, speaker_id) VALUES (?, ?)
				ON CONFLICT (key, speaker_id) DO NOTHING`, k, e.ID); err != nil {
				return err
			}
		}
	}
	return nil
}

// foldName is a name as searched for: its folded words, space-separated.
func foldName(s string) string {
	toks := textsearch.Tokens(s)
	ws := make([]string, len(toks))
	for i, t := range toks {
		ws[i] = t.Word
	}
	return strings.Join(ws, " ")
}
