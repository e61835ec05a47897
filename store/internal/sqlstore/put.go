package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/store"
	"github.com/whosaid/whosaid/store/internal/canon"
	"github.com/whosaid/whosaid/store/internal/textsearch"
)

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
	w := &writer{ctx: ctx, tx: tx, d: &s.d, outlets: map[string]int64{}, stored: map[int64]*storedSpeaker{},
		tally: newTally()}
	if s.d.WriteLock != "" {
		if _, err := tx.ExecContext(ctx, s.d.WriteLock); err != nil {
			return err
		}
	}
	// Keys are taken here, under the write lock, not by the engine: the
	// same batches give the same speaker IDs on every backend.
	var nextSpeaker int64
	err = w.row(`SELECT (SELECT COALESCE(MAX(id), 0) + 1 FROM speakers), (SELECT COALESCE(MAX(pk), 0) + 1 FROM documents),
		(SELECT COALESCE(MAX(id), 0) + 1 FROM attributions)`).Scan(&nextSpeaker, &w.nextDoc, &w.nextAttribution)
	if err != nil {
		return err
	}
	w.reg = canon.NewRegistry(w, nextSpeaker)
	if err := w.prefetchSpeakers(articles); err != nil {
		return fmt.Errorf("loading speakers: %w", err)
	}
	for i := range articles {
		if err := w.put(i, &articles[i]); err != nil {
			return fmt.Errorf("storing %s: %w", articles[i].Doc.ID, err)
		}
	}
	if err := w.saveSpeakers(); err != nil {
		return fmt.Errorf("storing speakers: %w", err)
	}
	if err := w.saveTally(); err != nil {
		return fmt.Errorf("counting: %w", err)
	}
	if err := w.flushFTS(); err != nil {
		return fmt.Errorf("indexing: %w", err)
	}
	return tx.Commit()
}

func validate(a *store.Article) error {
	switch {
	case a.Doc == nil:
		return fmt.Errorf("%w: no document", store.ErrInvalid)
	case a.Doc.ID == "":
		return fmt.Errorf("%w: a document has no ID", store.ErrInvalid)
	case !utf8.ValidString(a.Doc.ID) || !utf8.ValidString(a.Doc.Text):
		return fmt.Errorf("%w: %s: invalid UTF-8", store.ErrInvalid, a.Doc.ID)
	case strings.ContainsRune(a.Doc.Text, 0) || strings.ContainsRune(a.Doc.ID, 0):
		return fmt.Errorf("%w: %s: NUL byte", store.ErrInvalid, a.Doc.ID)
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
	stored  map[int64]*storedSpeaker // the speakers as stored, by ID
	stmts   map[string]*sql.Stmt     // prepared once per transaction
	tally   *tally                   // what the batch adds to the kept counts

	mentions []docMentions // of each article of the batch
	pins     map[pin]int64 // the speakers corrections gave mentions of the batch

	// Index rows wait here and are written in large statements: FTS5
	// flushes its pending terms at the end of every statement.
	attributionFTS, documentFTS []ftsRow

	nextDoc, nextAttribution int64
}

func (w *writer) exec(q string, args ...any) (sql.Result, error) {
	return w.tx.ExecContext(w.ctx, w.d.bind(q), args...)
}

func (w *writer) row(q string, args ...any) *sql.Row {
	return w.tx.QueryRowContext(w.ctx, w.d.bind(q), args...)
}

// stmt prepares a statement that the transaction runs many times, once.
func (w *writer) stmt(q string) (*sql.Stmt, error) {
	if st, ok := w.stmts[q]; ok {
		return st, nil
	}
	st, err := w.tx.PrepareContext(w.ctx, w.d.bind(q))
	if err != nil {
		return nil, err
	}
	if w.stmts == nil {
		w.stmts = map[string]*sql.Stmt{}
	}
	w.stmts[q] = st
	return st, nil
}

// run executes a statement prepared by stmt.
func (w *writer) run(q string, args ...any) error {
	st, err := w.stmt(q)
	if err != nil {
		return err
	}
	_, err = st.ExecContext(w.ctx, args...)
	return err
}

// int64s runs a query of one integer column.
func (w *writer) int64s(q string, args ...any) ([]int64, error) {
	rows, err := w.tx.QueryContext(w.ctx, w.d.bind(q), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var v int64
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// ftsRow is one row of a full-text index: the key of the row it indexes
// and its indexed words.
type ftsRow struct {
	key   int64
	words string
}

// ftsPerStatement is the number of index rows per INSERT.
const ftsPerStatement = 256

// flushFTS writes the waiting index rows.
func (w *writer) flushFTS() error {
	for _, t := range []struct {
		table string
		rows  *[]ftsRow
	}{{"attribution_fts", &w.attributionFTS}, {"document_fts", &w.documentFTS}} {
		rows := *t.rows
		for lo := 0; lo < len(rows); lo += ftsPerStatement {
			hi := min(lo+ftsPerStatement, len(rows))
			var q strings.Builder
			q.WriteString(`INSERT INTO ` + t.table + ` (` + w.d.FTSKey + `, words) VALUES `)
			args := make([]any, 0, 2*(hi-lo))
			for i, r := range rows[lo:hi] {
				if i > 0 {
					q.WriteString(", ")
				}
				q.WriteString("(?, " + w.d.FTSValueSQL + ")")
				args = append(args, r.key, r.words)
			}
			if _, err := w.exec(q.String(), args...); err != nil {
				return err
			}
		}
		*t.rows = rows[:0]
	}
	return nil
}

func (w *writer) put(i int, a *store.Article) error {
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
	pk := w.nextDoc
	w.nextDoc++
	err = w.run(`INSERT INTO documents (pk, id, url, outlet_id, published, title, author, language, partial, text, extracted, attributions)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		pk, doc.ID, meta.URL, outlet, published, meta.Title, meta.Author, meta.Language, meta.Partial,
		doc.Text, string(extracted), len(doc.Attributions))
	if err != nil {
		return err
	}
	words := textsearch.Indexed(meta.Title + "\n" + doc.Text)
	w.documentFTS = append(w.documentFTS, ftsRow{pk, w.d.FTSValue(words)})
	speakers, err := w.resolve(i, doc)
	if err != nil {
		return err
	}
	w.tally.doc(outlet, factsOf(doc, speakers), +1)
	if err := w.insertAttributions(pk, doc, outlet, published, speakers); err != nil {
		return err
	}
	return w.putGender(pk, genderOf(doc, speakers))
}

// delete removes a stored document, its attributions and their index
// rows.
func (w *writer) delete(id string) error {
	var pk int64
	st, err := w.stmt(`SELECT pk FROM documents WHERE id = ?`)
	if err != nil {
		return err
	}
	switch err := st.QueryRowContext(w.ctx, id).Scan(&pk); {
	case errors.Is(err, sql.ErrNoRows):
		return nil
	case err != nil:
		return err
	}
	// Its index rows may be waiting to be written, if it came earlier in
	// this batch.
	if err := w.flushFTS(); err != nil {
		return err
	}
	outlet, facts, err := w.storedFacts(pk)
	if err != nil {
		return err
	}
	w.tally.doc(outlet, facts, -1)
	if _, err := w.deleteGender(pk); err != nil {
		return err
	}
	key := w.d.FTSKey
	deletes := []string{
		`DELETE FROM attributions WHERE doc_pk = ?`,
		`DELETE FROM document_fts WHERE ` + key + ` = ?`,
		`DELETE FROM documents WHERE pk = ?`,
	}
	if !w.d.WordsInline {
		deletes = append([]string{`DELETE FROM attribution_fts WHERE ` + key + ` IN (SELECT id FROM attributions WHERE doc_pk = ?)`}, deletes...)
	}
	for _, q := range deletes {
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

// prefetchSpeakers finds the mentions of the articles and loads the
// stored speakers they may be, and the pins of their documents, in one
// go.
func (w *writer) prefetchSpeakers(articles []store.Article) error {
	var all []canon.Mention
	var ids []string
	w.mentions = make([]docMentions, len(articles))
	for i, a := range articles {
		ms, of := canon.Mentions(canonDoc(a))
		w.mentions[i] = docMentions{ms, of}
		all = append(all, ms...)
		ids = append(ids, a.Doc.ID)
	}
	var err error
	if w.pins, err = w.loadPins(ids); err != nil {
		return err
	}
	return w.reg.Prefetch(all)
}

// docMentions are the mentions of a document and the mention of each of
// its attributions (-1 for none).
type docMentions struct {
	ms []canon.Mention
	of []int
}

// canonDoc is what the canonicaliser reads of an article.
func canonDoc(a store.Article) canon.Doc {
	return canon.Doc{ID: a.Doc.ID, Text: a.Doc.Text, Outlet: a.Meta.Outlet, Published: a.Meta.Published,
		Attributions: a.Doc.Attributions}
}

// resolve finds the canonical speaker of every attribution of the i-th
// article (0 for none): a mention that a correction pinned goes to its
// speaker, the others as the canonicaliser decides.
func (w *writer) resolve(i int, doc *whosaid.Document) ([]int64, error) {
	dm := w.mentions[i]
	pinned := make([]int64, len(dm.ms))
	for ai, j := range dm.of {
		if j < 0 {
			continue
		}
		kind, name, _ := canon.SourceName(&doc.Attributions[ai])
		if id, ok := w.pins[pin{doc.ID, string(kind), name}]; ok && pinned[j] == 0 {
			pinned[j] = id
		}
	}
	if err := w.holdPinned(pinned); err != nil {
		return nil, err
	}
	ids := make([]int64, len(dm.ms))
	for j, m := range dm.ms {
		if pinned[j] != 0 && w.reg.Get(pinned[j]) != nil {
			ids[j] = w.reg.Assign(m, pinned[j])
			continue
		}
		id, err := w.reg.Resolve(m)
		if err != nil {
			return nil, err
		}
		ids[j] = id
	}
	out := make([]int64, len(doc.Attributions))
	for ai, j := range dm.of {
		if j >= 0 {
			out[ai] = ids[j]
		}
	}
	// New speakers get their row now, for the attributions' foreign key;
	// the rest of what changed is written once per batch.
	for _, id := range ids {
		if err := w.ensureSpeaker(id); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// holdPinned loads the pinned speakers the registry does not hold yet.
func (w *writer) holdPinned(ids []int64) error {
	var missing []int64
	for _, id := range ids {
		if id != 0 && w.reg.Get(id) == nil {
			missing = append(missing, id)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	es, err := w.loadEntities(missing)
	if err != nil {
		return err
	}
	for _, id := range missing {
		if e := es[id]; e != nil {
			w.reg.Hold(*e)
		}
	}
	return nil
}

const attributionColumns = 22 // and words, when inline

// insertAttributions writes the attributions of a document and their
// index rows, many rows per statement.
func (w *writer) insertAttributions(pk int64, doc *whosaid.Document, outlet, published sql.NullInt64, speakers []int64) error {
	perStatement := max(w.d.RowsPerInsert, 1)
	for lo := 0; lo < len(doc.Attributions); lo += perStatement {
		hi := min(lo+perStatement, len(doc.Attributions))
		first := w.nextAttribution
		w.nextAttribution += int64(hi - lo)
		var q strings.Builder
		q.WriteString(`INSERT INTO attributions (id, doc_pk, doc_id, idx, outlet_id, published, speaker_id,
			source_kind, source_text, source_speaker, source_title, source_description,
			cue_text, content_text, type, hedged, hedge_text, parent, via_text, implicit, recovered, roles`)
		tuple := "(?" + strings.Repeat(", ?", attributionColumns-1)
		if w.d.WordsInline {
			q.WriteString(", words")
			tuple += ", " + w.d.FTSValueSQL
		}
		tuple += ")"
		q.WriteString(") VALUES ")
		args := make([]any, 0, (hi-lo)*(attributionColumns+1))
		for i := lo; i < hi; i++ {
			if i > lo {
				q.WriteString(", ")
			}
			q.WriteString(tuple)
			row, err := attributionRow(pk, doc, i, outlet, published, speakers[i])
			if err != nil {
				return err
			}
			args = append(args, first+int64(i-lo))
			args = append(args, row...)
			if w.d.WordsInline {
				args = append(args, w.d.FTSValue(textsearch.Indexed(attributionText(&doc.Attributions[i]))))
			}
		}
		var err error
		if hi-lo == perStatement {
			err = w.run(q.String(), args...) // the same statement every time
		} else {
			_, err = w.exec(q.String(), args...)
		}
		if err != nil {
			return err
		}
		for i := lo; i < hi && !w.d.WordsInline; i++ {
			words := textsearch.Indexed(attributionText(&doc.Attributions[i]))
			w.attributionFTS = append(w.attributionFTS, ftsRow{first + int64(i-lo), w.d.FTSValue(words)})
		}
	}
	if len(w.attributionFTS) >= 4*ftsPerStatement {
		return w.flushFTS()
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
