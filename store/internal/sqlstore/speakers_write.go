package sqlstore

import (
	"encoding/json"
	"fmt"
	"maps"
	"strings"

	"whosaid"
	"whosaid/store/canon"
	"whosaid/store/internal/textsearch"
)

// storedSpeaker is what the database holds of a speaker: its alias
// counts and keys, so that a batch writes only what it changed.
type storedSpeaker struct {
	counts map[string]int
	keys   map[string]bool
}

// Load implements canon.Loader over the transaction: the stored speakers
// under a key, in ID order.
func (w *writer) Load(key string) ([]canon.Entity, error) {
	st, err := w.stmt(`SELECT s.id, s.kind, s.name, s.title, s.evidence
		FROM speaker_keys k JOIN speakers s ON s.id = k.speaker_id
		WHERE k.key = ? ORDER BY s.id`)
	if err != nil {
		return nil, err
	}
	rows, err := st.QueryContext(w.ctx, key)
	if err != nil {
		return nil, err
	}
	var es []canon.Entity
	index := map[int64]int{}
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
			return nil, fmt.Errorf("speaker %d: %w", e.ID, err)
		}
		e.Counts = map[string]int{}
		index[e.ID] = len(es)
		es = append(es, e)
	}
	if err := rows.Close(); err != nil {
		return nil, err
	}
	if len(es) == 0 {
		return nil, nil
	}
	if st, err = w.stmt(`SELECT speaker_id, alias, seen FROM speaker_aliases
		WHERE speaker_id IN (SELECT speaker_id FROM speaker_keys WHERE key = ?) ORDER BY speaker_id, alias`); err != nil {
		return nil, err
	}
	if rows, err = st.QueryContext(w.ctx, key); err != nil {
		return nil, err
	}
	for rows.Next() {
		var id int64
		var a string
		var n int
		if err := rows.Scan(&id, &a, &n); err != nil {
			rows.Close()
			return nil, err
		}
		if i, ok := index[id]; ok {
			es[i].Aliases = append(es[i].Aliases, a)
			es[i].Counts[a] = n
		}
	}
	if err := rows.Close(); err != nil {
		return nil, err
	}
	for i := range es {
		e := &es[i]
		if _, ok := w.stored[e.ID]; !ok {
			st := &storedSpeaker{counts: maps.Clone(e.Counts), keys: map[string]bool{}}
			for _, k := range e.Keys() {
				st.keys[k] = true
			}
			w.stored[e.ID] = st
		}
	}
	return es, nil
}

// ensureSpeaker writes the row of a speaker that the batch made, with no
// names yet; saveSpeakers completes it.
func (w *writer) ensureSpeaker(id int64) error {
	if id == 0 {
		return nil
	}
	if _, ok := w.stored[id]; ok {
		return nil
	}
	e := w.reg.Get(id)
	if err := w.run(`INSERT INTO speakers (id, kind, name, title, evidence) VALUES (?, ?, ?, ?, '{}')`,
		e.ID, string(e.Kind), e.Name, e.Title); err != nil {
		return err
	}
	w.stored[id] = &storedSpeaker{counts: map[string]int{}, keys: map[string]bool{}}
	return nil
}

// saveSpeakers writes what the batch changed of its speakers: names,
// titles and evidence, new or recounted aliases, new keys.
func (w *writer) saveSpeakers() error {
	for _, e := range w.reg.Changed() {
		st := w.stored[e.ID]
		evidence, err := json.Marshal(e.Evidence)
		if err != nil {
			return err
		}
		if err := w.run(`UPDATE speakers SET name = ?, title = ?, evidence = ? WHERE id = ?`,
			e.Name, e.Title, string(evidence), e.ID); err != nil {
			return err
		}
		for _, a := range e.Aliases {
			n := e.Counts[a]
			if old, ok := st.counts[a]; ok && old == n {
				continue
			}
			if err := w.run(`INSERT INTO speaker_aliases (speaker_id, alias, folded, seen) VALUES (?, ?, ?, ?)
				ON CONFLICT (speaker_id, alias) DO UPDATE SET seen = excluded.seen`, e.ID, a, foldName(a), n); err != nil {
				return err
			}
			st.counts[a] = n
		}
		for _, k := range e.Keys() {
			if st.keys[k] {
				continue
			}
			if err := w.run(`INSERT INTO speaker_keys (key, speaker_id) VALUES (?, ?)
				ON CONFLICT (key, speaker_id) DO NOTHING`, k, e.ID); err != nil {
				return err
			}
			st.keys[k] = true
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
