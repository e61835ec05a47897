package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/store"
	"github.com/whosaid/whosaid/store/internal/textsearch"
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

// parseQuery parses a full-text query, an ErrBadQuery when it cannot.
func parseQuery(query string) (textsearch.Query, error) {
	q, err := textsearch.ParseQuery(query)
	if err != nil {
		return q, fmt.Errorf("%w: %v", store.ErrBadQuery, err)
	}
	return q, nil
}

// page finds the keys of one page of a listing, ordered on the listed
// table alone (the joins for what is shown are made for the page's rows
// only), and the size of the whole listing.
func (s *Store) page(ctx context.Context, key, from string, w *where, order string, limit, offset int) (keys []any, total int, err error) {
	if total, err = s.count(ctx, from, w); err != nil || total <= offset {
		return nil, total, err
	}
	keys, err = s.keys(ctx, key, from, w, order, limit, offset)
	return keys, total, err
}

// minWalk is the number of matches from which a search walks the
// attributions in listing order rather than sorting its matches.
const minWalk = 500

// keys finds the keys of one page of a listing.
func (s *Store) keys(ctx context.Context, key, from string, w *where, order string, limit, offset int) ([]any, error) {
	rows, err := s.query(ctx, "SELECT "+key+" FROM "+from+w.String()+order+" LIMIT ? OFFSET ?",
		append(slices.Clip(w.args), limit, offset)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var keys []any
	for rows.Next() {
		var k int64
		if err := rows.Scan(&k); err != nil {
			return nil, err
		}
		keys = append(keys, k)
	}
	return keys, rows.Err()
}

// searchPage finds the keys of one page of a full-text search with
// filters, and the number of its matches, in one query.
func (s *Store) searchPage(ctx context.Context, w *where, order string, limit, offset int) (keys []any, total int, err error) {
	rows, err := s.query(ctx, "SELECT a.id, COUNT(*) OVER () FROM "+s.d.SearchFrom+w.String()+order+" LIMIT ? OFFSET ?",
		append(slices.Clip(w.args), limit, offset)...)
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	for rows.Next() {
		var k int64
		if err := rows.Scan(&k, &total); err != nil {
			return nil, 0, err
		}
		keys = append(keys, k)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, err
	}
	if len(keys) == 0 && offset > 0 { // past the end: no row carried the count
		total, err = s.count(ctx, s.d.SearchFrom, w)
	}
	return keys, total, err
}

// placeholders is n parameters, comma-separated.
func placeholders(n int) string {
	return "?" + strings.Repeat(", ?", n-1)
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
	m         article.Meta
}

func (ms *metaScan) dest() []any {
	return []any{&ms.m.URL, &ms.outlet, &ms.published, &ms.m.Title, &ms.m.Author, &ms.m.Language, &ms.m.Partial}
}

func (ms *metaScan) meta() article.Meta {
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
		if q, err = parseQuery(f.Query); err != nil {
			return none, err
		}
		w.add("d.pk IN (SELECT f."+s.d.FTSKey+" FROM document_fts f WHERE "+s.d.FTSMatch+")", s.d.FTSQuery(q))
	}
	if f.Outlet != "" {
		id, err := s.outletID(ctx, f.Outlet)
		if err != nil {
			return none, err
		}
		w.add("d.outlet_id = ?", id)
	}
	if err := w.dates("d.published", f.From, f.To); err != nil {
		return none, err
	}
	const order = " ORDER BY d.published DESC NULLS LAST, d.id"
	keys, total, err := s.page(ctx, "d.pk", "documents d", &w, order, limit, offset)
	if err != nil || len(keys) == 0 {
		return list([]store.DocumentSummary(nil), offset, total), err
	}
	text := "''"
	if f.Query != "" {
		text = "d.text"
	}
	rows, err := s.query(ctx, `SELECT d.id, d.attributions, `+text+`, `+metaColumns+`
		FROM documents d LEFT JOIN outlets o ON o.id = d.outlet_id
		WHERE d.pk IN (`+placeholders(len(keys))+`)`+order, keys...)
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
	matches := -1 // attributions that match the query
	if f.Query != "" {
		if q, err = parseQuery(f.Query); err != nil {
			return none, err
		}
		w.add(s.d.attributionMatch(), s.d.FTSQuery(q))
		if err := s.queryRow(ctx, s.d.attributionMatches(), w.args[0]).Scan(&matches); err != nil {
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
		id, err := s.outletID(ctx, f.Outlet)
		if err != nil {
			return none, err
		}
		w.add("a.outlet_id = ?", id)
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
	onlyQuery := len(w.conds) == 1 && matches >= 0
	const order = " ORDER BY a.published DESC NULLS LAST, a.doc_id, a.idx"
	total := matches
	var keys []any
	switch {
	case matches >= 0 && !onlyQuery && s.d.SearchFrom != "":
		// A search with filters: one pass over the matches, on a narrow
		// index of their filters and order, counts them and finds the
		// page (counting, then paging, went over every match twice).
		if keys, total, err = s.searchPage(ctx, &w, order, limit, offset); err != nil {
			return none, err
		}
	default:
		if !onlyQuery { // else the full-text index has counted them alone
			if total, err = s.count(ctx, "attributions a", &w); err != nil {
				return none, err
			}
		}
		if total <= offset {
			return list([]store.Hit(nil), offset, total), nil
		}
		from := "attributions a"
		if total >= minWalk && f.SpeakerID == 0 && f.Speaker == "" && f.DocID == "" && f.Outlet == "" {
			from += s.d.ByDateIndex // many rows to show: the first in order come soon
		}
		if keys, err = s.keys(ctx, "a.id", from, &w, order, limit, offset); err != nil {
			return none, err
		}
	}
	if len(keys) == 0 {
		return list([]store.Hit(nil), offset, total), nil
	}
	rows, err := s.query(ctx, `SELECT a.doc_id, a.idx, a.roles, a.speaker_id, s.name, `+metaColumns+`
		FROM attributions a JOIN documents d ON d.pk = a.doc_pk
		LEFT JOIN outlets o ON o.id = a.outlet_id
		LEFT JOIN speakers s ON s.id = a.speaker_id
		WHERE a.id IN (`+placeholders(len(keys))+`)`+order, keys...)
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
