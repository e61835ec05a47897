package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"whosaid"
	"whosaid/ingest"
	"whosaid/store"
	"whosaid/store/internal/textsearch"
)

// DefaultLimit is the page size when Page.Limit is 0.
const DefaultLimit = 50

// page checks a page and returns its limit and offset.
func page(p store.Page) (limit, offset int, err error) {
	if p.Limit < 0 || p.Offset < 0 {
		return 0, 0, fmt.Errorf("%w: negative limit or offset", store.ErrBadQuery)
	}
	limit = p.Limit
	if limit == 0 {
		limit = DefaultLimit
	}
	return min(limit, store.MaxLimit), p.Offset, nil
}

// list makes a List of one page of a listing of total items.
func list[T any](items []T, offset, total int) store.List[T] {
	if items == nil {
		items = []T{}
	}
	next := offset + len(items)
	if next >= total || len(items) == 0 {
		next = -1
	}
	return store.List[T]{Items: items, Total: total, Next: next}
}

// where collects the conditions of a query and their parameters.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

func (w *where) dates(col string, from, to time.Time) error {
	if !from.IsZero() && !to.IsZero() && !to.After(from) {
		return fmt.Errorf("%w: the date range ends before it starts", store.ErrBadQuery)
	}
	if !from.IsZero() {
		w.add(col+" >= ?", from.UnixMicro())
	}
	if !to.IsZero() {
		w.add(col+" < ?", to.UnixMicro())
	}
	return nil
}

// fullText parses a query and adds the condition that key is a row of
// the fts table that matches it.
func (s *Store) fullText(w *where, table, key, query string) (textsearch.Query, error) {
	q, err := textsearch.ParseQuery(query)
	if err != nil {
		return q, fmt.Errorf("%w: %v", store.ErrBadQuery, err)
	}
	w.add(key+" IN (SELECT f."+s.d.FTSKey+" FROM "+table+" f WHERE "+s.d.FTSMatch+")", s.d.FTSQuery(q))
	return q, nil
}

func (s *Store) count(ctx context.Context, from string, w *where) (int, error) {
	var n int
	err := s.queryRow(ctx, "SELECT COUNT(*) FROM "+from+w.String(), w.args...).Scan(&n)
	return n, err
}

// metaColumns are the columns of a document's metadata, read by scanMeta.
const metaColumns = `d.url, o.name, d.published, d.title, d.author, d.language, d.partial`

type metaScan struct {
	outlet    sql.NullString
	published sql.NullInt64
	m         ingest.Meta
}

func (ms *metaScan) dest() []any {
	return []any{&ms.m.URL, &ms.outlet, &ms.published, &ms.m.Title, &ms.m.Author, &ms.m.Language, &ms.m.Partial}
}

func (ms *metaScan) meta() ingest.Meta {
	m := ms.m
	m.Outlet = ms.outlet.String
	m.Published = fromMicros(ms.published)
	return m
}

// Document returns one stored article.
func (s *Store) Document(ctx context.Context, id string) (store.Article, error) {
	var pk int64
	var text, extracted string
	var ms metaScan
	err := s.queryRow(ctx, `SELECT d.pk, d.text, d.extracted, `+metaColumns+`
		FROM documents d LEFT JOIN outlets o ON o.id = d.outlet_id WHERE d.id = ?`, id).
		Scan(append([]any{&pk, &text, &extracted}, ms.dest()...)...)
	if errors.Is(err, sql.ErrNoRows) {
		return store.Article{}, fmt.Errorf("document %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return store.Article{}, err
	}
	doc := &whosaid.Document{}
	if err := json.Unmarshal([]byte(extracted), doc); err != nil {
		return store.Article{}, fmt.Errorf("document %q: %w", id, err)
	}
	doc.ID, doc.Text = id, text
	doc.Attributions = []whosaid.Attribution{}
	rows, err := s.query(ctx, `SELECT roles FROM attributions WHERE doc_pk = ? ORDER BY idx`, pk)
	if err != nil {
		return store.Article{}, err
	}
	defer rows.Close()
	for rows.Next() {
		var roles string
		if err := rows.Scan(&roles); err != nil {
			return store.Article{}, err
		}
		var a whosaid.Attribution
		if err := json.Unmarshal([]byte(roles), &a); err != nil {
			return store.Article{}, fmt.Errorf("document %q: %w", id, err)
		}
		doc.Attributions = append(doc.Attributions, a)
	}
	if err := rows.Err(); err != nil {
		return store.Article{}, err
	}
	return store.Article{Doc: doc, Meta: ms.meta()}, nil
}

// Documents lists documents, latest first, then by ID.
func (s *Store) Documents(ctx context.Context, f store.DocumentFilter) (store.List[store.DocumentSummary], error) {
	var none store.List[store.DocumentSummary]
	limit, offset, err := page(f.Page)
	if err != nil {
		return none, err
	}
	var w where
	var q textsearch.Query
	if f.Query != "" {
		if q, err = s.fullText(&w, "document_fts", "d.pk", f.Query); err != nil {
			return none, err
		}
	}
	if f.Outlet != "" {
		w.add("d.outlet_id = (SELECT id FROM outlets WHERE name = ?)", f.Outlet)
	}
	if err := w.dates("d.published", f.From, f.To); err != nil {
		return none, err
	}
	total, err := s.count(ctx, "documents d", &w)
	if err != nil {
		return none, err
	}
	text := "''"
	if f.Query != "" {
		text = "d.text"
	}
	rows, err := s.query(ctx, `SELECT d.id, d.attributions, `+text+`, `+metaColumns+`
		FROM documents d LEFT JOIN outlets o ON o.id = d.outlet_id`+w.String()+`
		ORDER BY d.published DESC NULLS LAST, d.id LIMIT ? OFFSET ?`, append(w.args, limit, offset)...)
	if err != nil {
		return none, err
	}
	defer rows.Close()
	var items []store.DocumentSummary
	for rows.Next() {
		var ds store.DocumentSummary
		var body string
		var ms metaScan
		if err := rows.Scan(append([]any{&ds.ID, &ds.Attributions, &body}, ms.dest()...)...); err != nil {
			return none, err
		}
		ds.Meta = ms.meta()
		if f.Query != "" {
			snip, ok := textsearch.Snippet(body, q)
			if !ok {
				if ts, tok := textsearch.Snippet(ds.Meta.Title, q); tok {
					snip = ts
				}
			}
			ds.Snippet = snip
		}
		items = append(items, ds)
	}
	if err := rows.Err(); err != nil {
		return none, err
	}
	return list(items, offset, total), nil
}

// Attributions lists attributions, latest document first, then by
// document ID and index.
func (s *Store) Attributions(ctx context.Context, f store.AttributionFilter) (store.List[store.Hit], error) {
	var none store.List[store.Hit]
	limit, offset, err := page(f.Page)
	if err != nil {
		return none, err
	}
	var w where
	var q textsearch.Query
	if f.Query != "" {
		if q, err = s.fullText(&w, "attribution_fts", "a.id", f.Query); err != nil {
			return none, err
		}
	}
	switch {
	case f.SpeakerID != 0:
		w.add("a.speaker_id = ?", f.SpeakerID)
	case f.Speaker != "":
		folded := foldName(f.Speaker)
		if folded == "" {
			return none, fmt.Errorf("%w: speaker %q has no word", store.ErrBadQuery, f.Speaker)
		}
		w.add("a.speaker_id IN (SELECT speaker_id FROM speaker_aliases WHERE folded = ?)", folded)
	}
	if f.Outlet != "" {
		w.add("a.outlet_id = (SELECT id FROM outlets WHERE name = ?)", f.Outlet)
	}
	if f.Kind != "" {
		if err := checkKind(f.Kind); err != nil {
			return none, err
		}
		w.add("a.source_kind = ?", string(f.Kind))
	}
	if f.Type != "" {
		switch f.Type {
		case whosaid.Direct, whosaid.Indirect, whosaid.Mixed:
		default:
			return none, fmt.Errorf("%w: unknown type %q", store.ErrBadQuery, f.Type)
		}
		w.add("a.type = ?", string(f.Type))
	}
	if f.Hedged != nil {
		w.add("a.hedged = ?", *f.Hedged)
	}
	if err := w.dates("a.published", f.From, f.To); err != nil {
		return none, err
	}
	if f.DocID != "" {
		w.add("a.doc_id = ?", f.DocID)
	}
	total, err := s.count(ctx, "attributions a", &w)
	if err != nil {
		return none, err
	}
	rows, err := s.query(ctx, `SELECT a.doc_id, a.idx, a.roles, a.speaker_id, s.name, `+metaColumns+`
		FROM attributions a JOIN documents d ON d.pk = a.doc_pk
		LEFT JOIN outlets o ON o.id = a.outlet_id
		LEFT JOIN speakers s ON s.id = a.speaker_id`+w.String()+`
		ORDER BY a.published DESC NULLS LAST, a.doc_id, a.idx LIMIT ? OFFSET ?`, append(w.args, limit, offset)...)
	if err != nil {
		return none, err
	}
	defer rows.Close()
	var items []store.Hit
	for rows.Next() {
		var h store.Hit
		var roles string
		var speakerID sql.NullInt64
		var speaker sql.NullString
		var ms metaScan
		if err := rows.Scan(append([]any{&h.DocID, &h.Index, &roles, &speakerID, &speaker}, ms.dest()...)...); err != nil {
			return none, err
		}
		if err := json.Unmarshal([]byte(roles), &h.Attribution); err != nil {
			return none, fmt.Errorf("attribution %s#%d: %w", h.DocID, h.Index, err)
		}
		h.SpeakerID, h.Speaker, h.Meta = speakerID.Int64, speaker.String, ms.meta()
		if f.Query != "" {
			h.Snippet, _ = textsearch.Snippet(roleText(h.Attribution.Content), q)
		}
		items = append(items, h)
	}
	if err := rows.Err(); err != nil {
		return none, err
	}
	return list(items, offset, total), nil
}

func checkKind(k whosaid.Kind) error {
	switch k {
	case whosaid.Person, whosaid.Organization, whosaid.Anonymous, whosaid.Pronoun:
		return nil
	}
	return fmt.Errorf("%w: unknown source kind %q", store.ErrBadQuery, k)
}
