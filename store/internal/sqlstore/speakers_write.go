package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
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

// querier is a transaction or a database.
type querier interface {
	QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error)
}

// Load implements canon.Loader over the transaction: the stored speakers
// under a key, in ID order.
func (w *writer) Load(key string) ([]canon.Entity, error) {
	m, err := w.LoadMany([]string{key})
	return m[key], err
}

// LoadMany implements canon.ManyLoader: the stored speakers under each
// key, in ID order.
func (w *writer) LoadMany(keys []string) (map[string][]canon.Entity, error) {
	out := map[string][]canon.Entity{}
	for lo := 0; lo < len(keys); lo += maxParams {
		part := keys[lo:min(lo+maxParams, len(keys))]
		in := placeholders(len(part))
		args := make([]any, len(part))
		for i, k := range part {
			args[i] = k
		}
		rows, err := w.tx.QueryContext(w.ctx, w.d.bind(`SELECT key, speaker_id FROM speaker_keys WHERE key IN (`+in+`) ORDER BY key, speaker_id`), args...)
		if err != nil {
			return nil, err
		}
		type keyed struct {
			key string
			id  int64
		}
		var found []keyed
		var ids []int64
		for rows.Next() {
			var k keyed
			if err := rows.Scan(&k.key, &k.id); err != nil {
				rows.Close()
				return nil, err
			}
			found = append(found, k)
			ids = append(ids, k.id)
		}
		if err := rows.Close(); err != nil {
			return nil, err
		}
		entities, err := w.loadEntities(ids)
		if err != nil {
			return nil, err
		}
		for _, f := range found {
			if e := entities[f.id]; e != nil {
				out[f.key] = append(out[f.key], *e)
			}
		}
	}
	return out, nil
}

// maxParams bounds the parameters of one IN list.
const maxParams = 500

// loadEntities reads the speakers of ids as the canonicaliser knows them,
// and remembers what is stored of them.
func (w *writer) loadEntities(ids []int64) (map[int64]*canon.Entity, error) {
	entities, err := readEntities(w.ctx, w.tx, w.d, ids)
	if err != nil {
		return nil, err
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
	return entities, nil
}

// readEntities reads the speakers of ids with their aliases and titles.
func readEntities(ctx context.Context, q querier, d *Dialect, ids []int64) (map[int64]*canon.Entity, error) {
	entities := map[int64]*canon.Entity{}
	seen := map[int64]bool{}
	var uniq []int64
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			uniq = append(uniq, id)
		}
	}
	for lo := 0; lo < len(uniq); lo += maxParams {
		part := uniq[lo:min(lo+maxParams, len(uniq))]
		in := placeholders(len(part))
		args := make([]any, len(part))
		for i, id := range part {
			args[i] = id
		}
		rows, err := q.QueryContext(ctx, d.bind(`SELECT id, kind, name, title, evidence, fixed FROM speakers WHERE id IN (`+in+`)`), args...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var e canon.Entity
			var kind, evidence string
			var fixed int
			if err := rows.Scan(&e.ID, &kind, &e.Name, &e.Title, &evidence, &fixed); err != nil {
				rows.Close()
				return nil, err
			}
			e.Kind, e.Fixed = whosaid.Kind(kind), canon.Fixed(fixed)
			if err := json.Unmarshal([]byte(evidence), &e.Evidence); err != nil {
				rows.Close()
				return nil, fmt.Errorf("speaker %d: %w", e.ID, err)
			}
			e.Counts = map[string]int{}
			entities[e.ID] = &e
		}
		if err := rows.Close(); err != nil {
			return nil, err
		}
		rows, err = q.QueryContext(ctx, d.bind(`SELECT speaker_id, alias, seen FROM speaker_aliases WHERE speaker_id IN (`+in+`) ORDER BY speaker_id, alias`), args...)
		if err != nil {
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
			if e := entities[id]; e != nil {
				e.Aliases = append(e.Aliases, a)
				e.Counts[a] = n
			}
		}
		if err := rows.Close(); err != nil {
			return nil, err
		}
		rows, err = q.QueryContext(ctx, d.bind(`SELECT speaker_id, title_key, title, seen, first, last FROM speaker_titles WHERE speaker_id IN (`+in+`)`), args...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var id int64
			var key string
			var t canon.TitleSpan
			var first, last sql.NullInt64
			if err := rows.Scan(&id, &key, &t.Title, &t.Seen, &first, &last); err != nil {
				rows.Close()
				return nil, err
			}
			t.First, t.Last = fromMicros(first), fromMicros(last)
			if e := entities[id]; e != nil {
				if e.Titles == nil {
					e.Titles = map[string]*canon.TitleSpan{}
				}
				e.Titles[key] = &t
			}
		}
		if err := rows.Close(); err != nil {
			return nil, err
		}
	}
	return entities, nil
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
	if err := w.run(`INSERT INTO speakers (id, kind, name, title, evidence, fixed) VALUES (?, ?, ?, ?, '{}', ?)`,
		e.ID, string(e.Kind), e.Name, e.Title, int(e.Fixed)); err != nil {
		return err
	}
	w.stored[id] = &storedSpeaker{counts: map[string]int{}, keys: map[string]bool{}}
	return nil
}

// saveSpeakers writes what the batch changed of its speakers: names,
// titles and evidence, new or recounted aliases, new keys, many rows per
// statement.
func (w *writer) saveSpeakers() error {
	var speakers, aliases, keys, titles [][]any
	for _, e := range w.reg.Changed() {
		st := w.stored[e.ID]
		row, err := speakerRow(e)
		if err != nil {
			return err
		}
		speakers = append(speakers, row)
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
		titles = append(titles, titleRows(e)...)
	}
	return w.writeSpeakerRows(speakers, aliases, keys, titles)
}

// speakerRow is the row of speakers that holds e.
func speakerRow(e *canon.Entity) ([]any, error) {
	evidence, err := json.Marshal(e.Evidence)
	if err != nil {
		return nil, err
	}
	return []any{e.ID, string(e.Kind), e.Name, e.Title, string(evidence), int(e.Fixed)}, nil
}

// titleRows are the rows of speaker_titles that hold e's titles, in key
// order.
func titleRows(e *canon.Entity) [][]any {
	var rows [][]any
	for _, key := range sortedStrings(e.Titles) {
		t := e.Titles[key]
		rows = append(rows, []any{e.ID, key, t.Title, t.Seen, micros(t.First), micros(t.Last)})
	}
	return rows
}

// writeSpeakerRows upserts rows of the speaker tables.
func (w *writer) writeSpeakerRows(speakers, aliases, keys, titles [][]any) error {
	for _, b := range []struct {
		head, tail string
		rows       [][]any
	}{
		{`INSERT INTO speakers (id, kind, name, title, evidence, fixed) VALUES `,
			` ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, title = excluded.title,
				evidence = excluded.evidence, fixed = excluded.fixed`, speakers},
		{`INSERT INTO speaker_aliases (speaker_id, alias, folded, seen) VALUES `,
			` ON CONFLICT (speaker_id, alias) DO UPDATE SET seen = excluded.seen`, aliases},
		{`INSERT INTO speaker_keys (key, speaker_id) VALUES `, ` ON CONFLICT (key, speaker_id) DO NOTHING`, keys},
		{`INSERT INTO speaker_titles (speaker_id, title_key, title, seen, first, last) VALUES `,
			` ON CONFLICT (speaker_id, title_key) DO UPDATE SET title = excluded.title, seen = excluded.seen,
				first = excluded.first, last = excluded.last`, titles},
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

// pin is the identity of a mention that a correction gave a speaker:
// the document and what the extractor named the source there.
type pin struct {
	doc, kind, name string
}

// loadPins reads the pins of the documents of a batch.
func (w *writer) loadPins(docIDs []string) (map[pin]int64, error) {
	out := map[pin]int64{}
	for lo := 0; lo < len(docIDs); lo += maxParams {
		part := docIDs[lo:min(lo+maxParams, len(docIDs))]
		args := make([]any, len(part))
		for i, id := range part {
			args[i] = id
		}
		rows, err := w.tx.QueryContext(w.ctx, w.d.bind(`SELECT doc_id, kind, name, speaker_id FROM speaker_pins
			WHERE doc_id IN (`+placeholders(len(part))+`)`), args...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var p pin
			var id int64
			if err := rows.Scan(&p.doc, &p.kind, &p.name, &id); err != nil {
				rows.Close()
				return nil, err
			}
			out[p] = id
		}
		if err := rows.Close(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func sortedStrings[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
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
