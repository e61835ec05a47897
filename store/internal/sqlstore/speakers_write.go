package sqlstore

import (
	"encoding/json"
	"fmt"
	"maps"
	"strings"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/store/internal/canon"
	"github.com/whosaid/whosaid/store/internal/textsearch"
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
	m, err := w.LoadMany([]string{key})
	return m[key], err
}

// LoadMany implements canon.ManyLoader: the stored speakers under each
// key, in ID order, in two queries.
func (w *writer) LoadMany(keys []string) (map[string][]canon.Entity, error) {
	out := map[string][]canon.Entity{}
	for lo := 0; lo < len(keys); lo += maxParams {
		part := keys[lo:min(lo+maxParams, len(keys))]
		if err := w.loadKeys(part, out); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// maxParams bounds the parameters of one IN list.
const maxParams = 500

func (w *writer) loadKeys(keys []string, out map[string][]canon.Entity) error {
	in := "?" + strings.Repeat(", ?", len(keys)-1)
	args := make([]any, len(keys))
	for i, k := range keys {
		args[i] = k
	}
	rows, err := w.tx.QueryContext(w.ctx, w.d.bind(`SELECT k.key, s.id, s.kind, s.name, s.title, s.evidence
		FROM speaker_keys k JOIN speakers s ON s.id = k.speaker_id
		WHERE k.key IN (`+in+`) ORDER BY k.key, s.id`), args...)
	if err != nil {
		return err
	}
	entities := map[int64]*canon.Entity{}
	type keyed struct {
		key string
		id  int64
	}
	var found []keyed
	for rows.Next() {
		var e canon.Entity
		var key, kind, evidence string
		if err := rows.Scan(&key, &e.ID, &kind, &e.Name, &e.Title, &evidence); err != nil {
			rows.Close()
			return err
		}
		found = append(found, keyed{key, e.ID})
		if _, ok := entities[e.ID]; ok {
			continue
		}
		e.Kind = whosaid.Kind(kind)
		if err := json.Unmarshal([]byte(evidence), &e.Evidence); err != nil {
			rows.Close()
			return fmt.Errorf("speaker %d: %w", e.ID, err)
		}
		e.Counts = map[string]int{}
		entities[e.ID] = &e
	}
	if err := rows.Close(); err != nil {
		return err
	}
	if len(entities) == 0 {
		return nil
	}
	rows, err = w.tx.QueryContext(w.ctx, w.d.bind(`SELECT speaker_id, alias, seen FROM speaker_aliases
		WHERE speaker_id IN (SELECT speaker_id FROM speaker_keys WHERE key IN (`+in+`)) ORDER BY speaker_id, alias`), args...)
	if err != nil {
		return err
	}
	for rows.Next() {
		var id int64
		var a string
		var n int
		if err := rows.Scan(&id, &a, &n); err != nil {
			rows.Close()
			return err
		}
		if e := entities[id]; e != nil {
			e.Aliases = append(e.Aliases, a)
			e.Counts[a] = n
		}
	}
	if err := rows.Close(); err != nil {
		return err
	}
	for id, e := range entities {
		if _, ok := w.stored[id]; !ok {
			st := &storedSpeaker{counts: maps.Clone(e.Counts), keys: map[string]bool{}}
			for _, k := range e.Keys() {
				st.keys[k] = true
			}
			w.stored[id] = st
		}
	}
	for _, f := range found {
		out[f.key] = append(out[f.key], *entities[f.id])
	}
	return nil
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
// titles and evidence, new or recounted aliases, new keys, many rows per
// statement.
func (w *writer) saveSpeakers() error {
	var speakers, aliases, keys [][]any
	for _, e := range w.reg.Changed() {
		st := w.stored[e.ID]
		evidence, err := json.Marshal(e.Evidence)
		if err != nil {
			return err
		}
		speakers = append(speakers, []any{e.ID, string(e.Kind), e.Name, e.Title, string(evidence)})
		for _, a := range e.Aliases {
			n := e.Counts[a]
			if old, ok := st.counts[a]; ok && old == n {
				continue
			}
			aliases = append(aliases, []any{e.ID, a, foldName(a), n})
			st.counts[a] = n
		}
		for _, k := range e.Keys() {
			if !st.keys[k] {
				keys = append(keys, []any{k, e.ID})
				st.keys[k] = true
			}
		}
	}
	for _, b := range []struct {
		head, tail string
		rows       [][]any
	}{
		{`INSERT INTO speakers (id, kind, name, title, evidence) VALUES `,
			` ON CONFLICT (id) DO UPDATE SET name = excluded.name, title = excluded.title, evidence = excluded.evidence`, speakers},
		{`INSERT INTO speaker_aliases (speaker_id, alias, folded, seen) VALUES `,
			` ON CONFLICT (speaker_id, alias) DO UPDATE SET seen = excluded.seen`, aliases},
		{`INSERT INTO speaker_keys (key, speaker_id) VALUES `, ` ON CONFLICT (key, speaker_id) DO NOTHING`, keys},
	} {
		if err := w.insertRows(b.head, b.tail, b.rows); err != nil {
			return err
		}
	}
	return nil
}

// insertRows runs head VALUES (...), (...) tail over rows, at most
// maxParams parameters per statement.
func (w *writer) insertRows(head, tail string, rows [][]any) error {
	if len(rows) == 0 {
		return nil
	}
	per := max(1, maxParams/len(rows[0]))
	tuple := "(?" + strings.Repeat(", ?", len(rows[0])-1) + ")"
	for lo := 0; lo < len(rows); lo += per {
		part := rows[lo:min(lo+per, len(rows))]
		var q strings.Builder
		q.WriteString(head)
		var args []any
		for i, r := range part {
			if i > 0 {
				q.WriteString(", ")
			}
			q.WriteString(tuple)
			args = append(args, r...)
		}
		q.WriteString(tail)
		if _, err := w.exec(q.String(), args...); err != nil {
			return err
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
