package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"whosaid"
	"whosaid/store"
	"whosaid/store/canon"
	"whosaid/store/internal/textsearch"
)

// ErrInvalid is an article that cannot be stored; Put wraps it with the
// article's ID.
var ErrInvalid = errors.New("invalid article")

// Put writes articles in one transaction. An article whose ID is stored
// replaces it: its attributions and index rows are deleted first.
func (s *Store) Put(ctx context.Context, articles []store.Article) error {
	for i := range articles {
		if err := validate(&articles[i]); err != nil {
			return err
		}
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	w := &writer{ctx: ctx, tx: tx, d: &s.d, outlets: map[string]int64{}}
	if s.d.WriteLock != "" {
		if _, err := tx.ExecContext(ctx, s.d.WriteLock); err != nil {
			return err
		}
	}
	var next int64
	if err := w.row(`SELECT COALESCE(MAX(id), 0) + 1 FROM speakers`).Scan(&next); err != nil {
		return err
	}
	w.reg = canon.NewRegistry(w, next)
	for i := range articles {
		if err := w.put(&articles[i]); err != nil {
			return fmt.Errorf("storing %s: %w", articles[i].Doc.ID, err)
		}
	}
	return tx.Commit()
}

func validate(a *store.Article) error {
	switch {
	case a.Doc == nil:
		return fmt.Errorf("%w: no document", ErrInvalid)
	case a.Doc.ID == "":
		return fmt.Errorf("%w: a document has no ID", ErrInvalid)
	case !utf8.ValidString(a.Doc.ID) || !utf8.ValidString(a.Doc.Text):
		return fmt.Errorf("%w: %s: invalid UTF-8", ErrInvalid, a.Doc.ID)
	case strings.ContainsRune(a.Doc.Text, 0) || strings.ContainsRune(a.Doc.ID, 0):
		return fmt.Errorf("%w: %s: NUL byte", ErrInvalid, a.Doc.ID)
	}
	return nil
}

// writer is one Put transaction.
type writer struct {
	ctx     context.Context
	tx      *sql.Tx
	d       *Dialect
	reg     *canon.Registry
	outlets map[string]int64
}

func (w *writer) exec(q string, args ...any) (sql.Result, error) {
	return w.tx.ExecContext(w.ctx, w.d.bind(q), args...)
}

func (w *writer) row(q string, args ...any) *sql.Row {
	return w.tx.QueryRowContext(w.ctx, w.d.bind(q), args...)
}

func (w *writer) put(a *store.Article) error {
	doc, meta := a.Doc, a.Meta
	if err := w.delete(doc.ID); err != nil {
		return err
	}
	outlet, err := w.outlet(meta.Outlet)
	if err != nil {
		return err
	}
	rest := *doc
	rest.ID, rest.Text, rest.Attributions = "", "", nil
	extracted, err := json.Marshal(rest)
	if err != nil {
		return err
	}
	published := micros(meta.Published)
	var pk int64
	err = w.row(`INSERT INTO documents (id, url, outlet_id, published, title, author, language, partial, text, extracted, attributions)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING pk`,
		doc.ID, meta.URL, outlet, published, meta.Title, meta.Author, meta.Language, meta.Partial,
		doc.Text, string(extracted), len(doc.Attributions)).Scan(&pk)
	if err != nil {
		return err
	}
	words := textsearch.Indexed(meta.Title + "\n" + doc.Text)
	if _, err := w.exec(`INSERT INTO document_fts (`+w.d.FTSKey+`, words) VALUES (?, `+w.d.FTSValueSQL+`)`, pk, w.d.FTSValue(words)); err != nil {
		return err
	}
	speakers, err := w.resolve(doc)
	if err != nil {
		return err
	}
	if err := w.saveSpeakers(); err != nil {
		return fmt.Errorf("speakers: %w", err)
	}
	return w.insertAttributions(pk, doc, outlet, published, speakers)
}

// delete removes a stored document, its attributions and their index
// rows.
func (w *writer) delete(id string) error {
	var pk int64
	switch err := w.row(`SELECT pk FROM documents WHERE id = ?`, id).Scan(&pk); {
	case errors.Is(err, sql.ErrNoRows):
		return nil
	case err != nil:
		return err
	}
	key := w.d.FTSKey
	for _, q := range []string{
		`DELETE FROM attribution_fts WHERE ` + key + ` IN (SELECT id FROM attributions WHERE doc_pk = ?)`,
		`DELETE FROM attributions WHERE doc_pk = ?`,
		`DELETE FROM document_fts WHERE ` + key + ` = ?`,
		`DELETE FROM documents WHERE pk = ?`,
	} {
		if _, err := w.exec(q, pk); err != nil {
			return err
		}
	}
	return nil
}

// outlet returns the ID of the named outlet, adding it; NULL for none.
func (w *writer) outlet(name string) (sql.NullInt64, error) {
	if name == "" {
		return sql.NullInt64{}, nil
	}
	if id, ok := w.outlets[name]; ok {
		return sql.NullInt64{Int64: id, Valid: true}, nil
	}
	if _, err := w.exec(`INSERT INTO outlets (name) VALUES (?) ON CONFLICT (name) DO NOTHING`, name); err != nil {
		return sql.NullInt64{}, err
	}
	var id int64
	if err := w.row(`SELECT id FROM outlets WHERE name = ?`, name).Scan(&id); err != nil {
		return sql.NullInt64{}, err
	}
	w.outlets[name] = id
	return sql.NullInt64{Int64: id, Valid: true}, nil
}

// mentionOf is the speaker mention of an attribution's source, by which
// the attributions of one document are grouped.
func mentionOf(src *whosaid.Source) (canon.Mention, bool) {
	if src == nil {
		return canon.Mention{}, false
	}
	name := src.Speaker
	if src.Kind == whosaid.Anonymous && src.Description != "" {
		name = src.Description
	}
	if name == "" {
		name = src.Text
	}
	switch src.Kind {
	case whosaid.Person, whosaid.Organization, whosaid.Anonymous:
		return canon.Mention{Name: name, Kind: src.Kind, Title: src.Title}, true
	}
	return canon.Mention{}, false
}

type mentionKey struct {
	kind whosaid.Kind
	name string
}

// resolve finds the canonical speaker of every attribution of doc, one
// mention per speaker of the document, in order of first attribution.
func (w *writer) resolve(doc *whosaid.Document) ([]int64, error) {
	var order []mentionKey
	mentions := map[mentionKey]*canon.Mention{}
	for i := range doc.Attributions {
		m, ok := mentionOf(doc.Attributions[i].Source)
		if !ok {
			continue
		}
		k := mentionKey{m.Kind, m.Name}
		content := roleText(doc.Attributions[i].Content)
		if prev, seen := mentions[k]; seen {
			if prev.Title == "" {
				prev.Title = m.Title
			}
			prev.Context = append(prev.Context, content)
			continue
		}
		m.Context = []string{content}
		order = append(order, k)
		mentions[k] = &m
	}
	for _, k := range order {
		m := mentions[k]
		for _, o := range order {
			if o != k && o.kind != whosaid.Anonymous {
				m.Context = append(m.Context, o.name)
			}
		}
	}
	ids := map[mentionKey]int64{}
	for _, k := range order {
		id, err := w.reg.Resolve(*mentions[k])
		if err != nil {
			return nil, err
		}
		ids[k] = id
	}
	out := make([]int64, len(doc.Attributions))
	for i := range doc.Attributions {
		if m, ok := mentionOf(doc.Attributions[i].Source); ok {
			out[i] = ids[mentionKey{m.Kind, m.Name}]
		}
	}
	return out, nil
}

const attributionColumns = 21

// insertAttributions writes the attributions of a document and their
// index rows, many rows per statement.
func (w *writer) insertAttributions(pk int64, doc *whosaid.Document, outlet, published sql.NullInt64, speakers []int64) error {
	const perStatement = 200
	for lo := 0; lo < len(doc.Attributions); lo += perStatement {
		hi := min(lo+perStatement, len(doc.Attributions))
		var q strings.Builder
		q.WriteString(`INSERT INTO attributions (doc_pk, doc_id, idx, outlet_id, published, speaker_id,
			source_kind, source_text, source_speaker, source_title, source_description,
			cue_text, content_text, type, hedged, hedge_text, parent, via_text, implicit, recovered, roles) VALUES `)
		args := make([]any, 0, (hi-lo)*attributionColumns)
		for i := lo; i < hi; i++ {
			if i > lo {
				q.WriteString(", ")
			}
			q.WriteString("(?" + strings.Repeat(", ?", attributionColumns-1) + ")")
			row, err := attributionRow(pk, doc, i, outlet, published, speakers[i])
			if err != nil {
				return err
			}
			args = append(args, row...)
		}
		q.WriteString(" RETURNING id, idx")
		rows, err := w.tx.QueryContext(w.ctx, w.d.bind(q.String()), args...)
		if err != nil {
			return err
		}
		ids := make([]int64, len(doc.Attributions))
		for rows.Next() {
			var id int64
			var idx int
			if err := rows.Scan(&id, &idx); err != nil {
				rows.Close()
				return err
			}
			ids[idx] = id
		}
		if err := rows.Close(); err != nil {
			return err
		}
		for i := lo; i < hi; i++ {
			words := textsearch.Indexed(attributionText(&doc.Attributions[i]))
			if _, err := w.exec(`INSERT INTO attribution_fts (`+w.d.FTSKey+`, words) VALUES (?, `+w.d.FTSValueSQL+`)`, ids[i], w.d.FTSValue(words)); err != nil {
				return err
			}
		}
	}
	return nil
}

// attributionText is what the full-text index holds of an attribution:
// its content, then its source and the speaker's name.
func attributionText(a *whosaid.Attribution) string {
	parts := []string{roleText(a.Content)}
	if a.Source != nil {
		parts = append(parts, a.Source.Text, a.Source.Speaker)
	}
	return strings.Join(parts, "\n")
}

func attributionRow(pk int64, doc *whosaid.Document, i int, outlet, published sql.NullInt64, speaker int64) ([]any, error) {
	a := &doc.Attributions[i]
	roles, err := json.Marshal(a)
	if err != nil {
		return nil, err
	}
	var src whosaid.Source
	if a.Source != nil {
		src = *a.Source
	}
	var parent sql.NullInt64
	if a.Parent != nil {
		parent = sql.NullInt64{Int64: int64(*a.Parent), Valid: true}
	}
	sp := sql.NullInt64{Int64: speaker, Valid: speaker != 0}
	return []any{pk, doc.ID, i, outlet, published, sp,
		string(src.Kind), src.Text, src.Speaker, src.Title, src.Description,
		roleText(a.Cue), roleText(a.Content), string(a.Type), a.Hedge != nil, roleText(a.Hedge),
		parent, roleText(a.Via), a.Implicit, a.Recovered, string(roles)}, nil
}

func roleText(r *whosaid.Role) string {
	if r == nil {
		return ""
	}
	return r.Text
}
