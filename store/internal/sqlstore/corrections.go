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
	"unicode/utf8"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/store"
	"github.com/whosaid/whosaid/store/internal/canon"
)

var _ store.SpeakerEditor = (*Store)(nil)

// maxCorrectionText bounds the actor, the name and the title of a
// correction, in bytes.
const maxCorrectionText = 200

// CorrectSpeaker makes a correction of the speakers in one transaction,
// records it with the mentions it was about (by what the extractor named
// them, so that a recanon finds them again), and pins the mentions it
// moved to their speaker (so that storing their documents again keeps
// them there).
func (s *Store) CorrectSpeaker(ctx context.Context, c store.Correction) (store.Correction, error) {
	if err := checkCorrection(&c); err != nil {
		return c, err
	}
	err := s.write(ctx, func(w *writer) error {
		return w.correct(&c)
	})
	return c, err
}

// checkCorrection checks what a correction says before the store is
// touched, and tidies its text.
func checkCorrection(c *store.Correction) error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: %s", store.ErrBadCorrection, fmt.Sprintf(format, a...))
	}
	c.Actor, c.Via, c.Value, c.DocID = strings.TrimSpace(c.Actor), strings.TrimSpace(c.Via), strings.TrimSpace(c.Value), strings.TrimSpace(c.DocID)
	for what, v := range map[string]string{"actor": c.Actor, "via": c.Via, "value": c.Value, "document": c.DocID} {
		if !utf8.ValidString(v) || strings.ContainsRune(v, 0) || len(v) > maxCorrectionText {
			return bad("the %s is not text of at most %d bytes", what, maxCorrectionText)
		}
	}
	switch {
	case c.Actor == "":
		return bad("say who makes it (the actor)")
	case c.Speaker <= 0:
		return bad("no speaker %d", c.Speaker)
	case c.Into < 0:
		return bad("no speaker %d to go into", c.Into)
	}
	switch c.Action {
	case store.Merge:
		if c.Into == 0 || c.Into == c.Speaker {
			return bad("merge speaker %d into another speaker, not %d", c.Speaker, c.Into)
		}
	case store.Split:
		if c.DocID == "" {
			return bad("split needs the document whose mention of speaker %d is split off", c.Speaker)
		}
		if c.Into == c.Speaker {
			return bad("split speaker %d's mention into another speaker", c.Speaker)
		}
	case store.Rename:
		if c.Value == "" {
			return bad("rename needs a name")
		}
	case store.SetKind:
		switch whosaid.Kind(c.Value) {
		case whosaid.Person, whosaid.Organization, whosaid.Anonymous:
		default:
			return bad("kind %q is not person, organization or anonymous", c.Value)
		}
	case store.SetTitle:
	default:
		return bad("unknown action %q (want merge, split, rename, set-kind or set-title)", c.Action)
	}
	if c.Action != store.Merge && c.Action != store.Split && (c.Into != 0 || c.DocID != "") {
		return bad("%s takes no other speaker and no document", c.Action)
	}
	if (c.Action == store.Merge || c.Action == store.Split) && c.Value != "" {
		return bad("%s takes no value", c.Action)
	}
	return nil
}

// correct makes a checked correction within the transaction.
func (w *writer) correct(c *store.Correction) error {
	speakers := []int64{c.Speaker}
	if c.Into != 0 {
		speakers = append(speakers, c.Into)
	}
	es, err := readEntities(w.ctx, w.tx, w.d, speakers)
	if err != nil {
		return err
	}
	for _, id := range speakers {
		if es[id] == nil {
			return fmt.Errorf("speaker %d: %w", id, store.ErrNotFound)
		}
	}
	e := es[c.Speaker]
	mentions := map[string][]canon.RawName{}
	switch c.Action {
	case store.Merge:
		if mentions["from"], err = w.rawNames(c.Speaker, ""); err != nil {
			return err
		}
		if mentions["into"], err = w.rawNames(c.Into, ""); err != nil {
			return err
		}
		// Both sides are pinned: after a merge of names that do not fit
		// ("Bill Clinton" into "Hillary Clinton"), storing a document
		// again finds the speaker by its pin, not by its name.
		err = w.merge(e, es[c.Into], slices.Concat(mentions["from"], mentions["into"]))
		c.Mentions = len(mentions["from"])
	case store.Split:
		if mentions["of"], err = w.rawNames(c.Speaker, c.DocID); err != nil {
			return err
		}
		if len(mentions["of"]) == 0 {
			return fmt.Errorf("%w: speaker %d has no mention in document %q", store.ErrBadCorrection, c.Speaker, c.DocID)
		}
		if c.Into != 0 {
			if mentions["into"], err = w.rawNames(c.Into, ""); err != nil {
				return err
			}
		}
		c.Into, err = w.split(e, es[c.Into], c.DocID)
		c.Mentions = len(mentions["of"])
	default:
		if mentions["of"], err = w.rawNames(c.Speaker, ""); err != nil {
			return err
		}
		c.Mentions = len(mentions["of"])
		switch c.Action {
		case store.Rename:
			e.Name, e.Fixed = c.Value, e.Fixed|canon.FixedName
			e.AddAlias(c.Value)
		case store.SetKind:
			e.Kind, e.Fixed = whosaid.Kind(c.Value), e.Fixed|canon.FixedKind
			// The documents stored again keep their mentions here,
			// whatever kind the extractor gives them.
			err = w.pinAll(mentions["of"], e.ID)
		case store.SetTitle:
			e.Title, e.Fixed = c.Value, e.Fixed|canon.FixedTitle
		}
		if err == nil {
			err = w.rewrite(e)
		}
	}
	if err != nil {
		return err
	}
	return w.record(c, mentions)
}

// rawNames are the mentions of a speaker (in one document when docID is
// set), by what the extractor named their sources, in order.
func (w *writer) rawNames(speaker int64, docID string) ([]canon.RawName, error) {
	q := `SELECT doc_id, source_kind, source_text, source_speaker, source_description FROM attributions
		WHERE speaker_id = ?`
	args := []any{speaker}
	if docID != "" {
		q += ` AND doc_id = ?`
		args = append(args, docID)
	}
	rows, err := w.tx.QueryContext(w.ctx, w.d.bind(q+` ORDER BY doc_id, idx`), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	seen := map[canon.RawName]bool{}
	var out []canon.RawName
	for rows.Next() {
		var doc, kind string
		var src whosaid.Source
		if err := rows.Scan(&doc, &kind, &src.Text, &src.Speaker, &src.Description); err != nil {
			return nil, err
		}
		src.Kind = whosaid.Kind(kind)
		k, name, ok := canon.SourceName(&whosaid.Attribution{Source: &src})
		n := canon.RawName{Doc: doc, Kind: k, Name: name}
		if ok && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out, rows.Err()
}

// merge moves every attribution of speaker from to speaker into, gives
// into from's names, titles and evidence, pins from's mentions to into,
// and deletes from.
func (w *writer) merge(from, into *canon.Entity, moved []canon.RawName) error {
	if err := w.mergeGender(from.ID, into.ID); err != nil {
		return err
	}
	for _, q := range []string{`UPDATE attributions SET speaker_id = ? WHERE speaker_id = ?`,
		`UPDATE speaker_pins SET speaker_id = ? WHERE speaker_id = ?`} {
		if _, err := w.exec(q, into.ID, from.ID); err != nil {
			return err
		}
	}
	into.Absorb(from)
	if err := w.pinAll(moved, into.ID); err != nil {
		return err
	}
	if err := w.rewrite(into); err != nil {
		return err
	}
	if err := w.deleteSpeakerNames([]int64{from.ID}); err != nil {
		return err
	}
	for _, q := range []string{`DELETE FROM outlet_speakers WHERE speaker_id = ?`, `DELETE FROM speakers WHERE id = ?`} {
		if _, err := w.exec(q, from.ID); err != nil {
			return err
		}
	}
	return w.recount(into.ID)
}

// split moves the attributions of speaker from in document docID to
// speaker into, or to a new speaker when into is nil, and returns the
// speaker they went to.
func (w *writer) split(from, into *canon.Entity, docID string) (int64, error) {
	var pk int64
	var text string
	var outlet sql.NullString
	var published sql.NullInt64
	err := w.row(`SELECT d.pk, d.text, o.name, d.published FROM documents d LEFT JOIN outlets o ON o.id = d.outlet_id
		WHERE d.id = ?`, docID).Scan(&pk, &text, &outlet, &published)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("document %q: %w", docID, store.ErrNotFound)
	}
	if err != nil {
		return 0, err
	}
	attrs, ids, speakers, err := w.storedAttributions(pk)
	if err != nil {
		return 0, err
	}
	ms, of := canon.Mentions(canon.Doc{ID: docID, Text: text, Outlet: outlet.String, Published: fromMicros(published), Attributions: attrs})
	if into == nil {
		var next int64
		if err := w.row(`SELECT COALESCE(MAX(id), 0) + 1 FROM speakers`).Scan(&next); err != nil {
			return 0, err
		}
		into = &canon.Entity{ID: next, Kind: from.Kind}
		if err := w.run(`INSERT INTO speakers (id, kind, name, title, evidence, fixed) VALUES (?, ?, '', '', '{}', 0)`, next, string(from.Kind)); err != nil {
			return 0, err
		}
	}
	taken := map[int]bool{}
	var moved []any
	for ai, j := range of {
		if speakers[ai] != from.ID {
			continue
		}
		moved = append(moved, ids[ai])
		if j >= 0 && !taken[j] {
			taken[j] = true
			into.Add(ms[j])
			from.Remove(ms[j].Name)
		}
	}
	if len(taken) == 0 {
		// The mention is no speaker as the rules read it now: the names
		// of the attributions stand for it.
		for ai := range attrs {
			if speakers[ai] == from.ID {
				if _, name, ok := canon.SourceName(&attrs[ai]); ok {
					into.Add(canon.Mention{Name: name, Kind: from.Kind, Doc: docID})
				}
			}
		}
	}
	if _, err := w.exec(`UPDATE attributions SET speaker_id = ? WHERE id IN (`+placeholders(len(moved))+`)`,
		append([]any{into.ID}, moved...)...); err != nil {
		return 0, err
	}
	// The document's gender decision for from goes with its attributions.
	if err := w.moveGender(pk, speakers, replaced(speakers, from.ID, into.ID)); err != nil {
		return 0, err
	}
	if err := w.saveTally(); err != nil {
		return 0, err
	}
	var names []canon.RawName
	for ai := range attrs {
		if speakers[ai] == from.ID {
			if k, name, ok := canon.SourceName(&attrs[ai]); ok {
				names = append(names, canon.RawName{Doc: docID, Kind: k, Name: name})
			}
		}
	}
	if err := w.pinAll(names, into.ID); err != nil {
		return 0, err
	}
	for _, e := range []*canon.Entity{from, into} {
		if err := w.rewrite(e); err != nil {
			return 0, err
		}
	}
	if err := w.recount(from.ID, into.ID); err != nil {
		return 0, err
	}
	return into.ID, nil
}

// storedAttributions reads the attributions of a stored document with
// their IDs and speakers (0 for none), in order.
func (w *writer) storedAttributions(pk int64) ([]whosaid.Attribution, []int64, []int64, error) {
	rows, err := w.tx.QueryContext(w.ctx, w.d.bind(`SELECT id, speaker_id, roles FROM attributions WHERE doc_pk = ? ORDER BY idx`), pk)
	if err != nil {
		return nil, nil, nil, err
	}
	defer rows.Close()
	var attrs []whosaid.Attribution
	var ids, speakers []int64
	for rows.Next() {
		var id int64
		var sp sql.NullInt64
		var roles string
		if err := rows.Scan(&id, &sp, &roles); err != nil {
			return nil, nil, nil, err
		}
		var a whosaid.Attribution
		if err := json.Unmarshal([]byte(roles), &a); err != nil {
			return nil, nil, nil, fmt.Errorf("attribution %d: %w", id, err)
		}
		attrs, ids, speakers = append(attrs, a), append(ids, id), append(speakers, sp.Int64)
	}
	return attrs, ids, speakers, rows.Err()
}

// pinAll pins mentions to a speaker.
func (w *writer) pinAll(names []canon.RawName, speaker int64) error {
	rows := make([][]any, len(names))
	for i, n := range names {
		rows[i] = []any{n.Doc, string(n.Kind), n.Name, speaker}
	}
	return w.insertRows(`INSERT INTO speaker_pins (doc_id, kind, name, speaker_id) VALUES `,
		` ON CONFLICT (doc_id, kind, name) DO UPDATE SET speaker_id = excluded.speaker_id`, rows)
}

// rewrite writes an entity whole: its row, and its aliases, keys and
// titles in place of those stored.
func (w *writer) rewrite(e *canon.Entity) error {
	if err := w.deleteSpeakerNames([]int64{e.ID}); err != nil {
		return err
	}
	row, err := speakerRow(e)
	if err != nil {
		return err
	}
	var aliases, keys [][]any
	for _, a := range e.Aliases {
		aliases = append(aliases, []any{e.ID, a, foldName(a), e.Counts[a]})
	}
	for _, k := range e.Keys() {
		keys = append(keys, []any{k, e.ID})
	}
	return w.writeSpeakerRows([][]any{row}, aliases, keys, titleRows(e))
}

// recount works out the kept counts of speakers from their attributions.
func (w *writer) recount(ids ...int64) error {
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	in := placeholders(len(ids))
	for _, q := range []string{
		`UPDATE speakers SET attributions = (SELECT COUNT(*) FROM attributions a WHERE a.speaker_id = speakers.id),
			documents = (SELECT COUNT(DISTINCT a.doc_pk) FROM attributions a WHERE a.speaker_id = speakers.id)
			WHERE id IN (` + in + `)`,
		`DELETE FROM outlet_speakers WHERE speaker_id IN (` + in + `)`,
		`INSERT INTO outlet_speakers (outlet_id, speaker_id, attributions, documents)
			SELECT outlet_id, speaker_id, COUNT(*), COUNT(DISTINCT doc_pk) FROM attributions
			WHERE speaker_id IN (` + in + `) AND outlet_id IS NOT NULL GROUP BY outlet_id, speaker_id`,
	} {
		if _, err := w.exec(q, args...); err != nil {
			return err
		}
	}
	return nil
}

// record writes the correction and its mentions.
func (w *writer) record(c *store.Correction, mentions map[string][]canon.RawName) error {
	if err := w.row(`SELECT COALESCE(MAX(id), 0) + 1 FROM speaker_corrections`).Scan(&c.ID); err != nil {
		return err
	}
	c.At = time.Now().UTC().Truncate(time.Microsecond)
	if _, err := w.exec(`INSERT INTO speaker_corrections (id, at, actor, via, action, speaker_id, into_id, doc_id, value, mentions)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, c.ID, c.At.UnixMicro(), c.Actor, c.Via, string(c.Action), c.Speaker,
		sql.NullInt64{Int64: c.Into, Valid: c.Into != 0}, c.DocID, c.Value, c.Mentions); err != nil {
		return err
	}
	var rows [][]any
	for _, side := range []string{"from", "into", "of"} {
		for _, n := range mentions[side] {
			rows = append(rows, []any{c.ID, side, n.Doc, string(n.Kind), n.Name})
		}
	}
	return w.insertRows(`INSERT INTO speaker_correction_mentions (correction_id, side, doc_id, kind, name) VALUES `,
		` ON CONFLICT (correction_id, side, doc_id, kind, name) DO NOTHING`, rows)
}

// Corrections lists the corrections made, the latest first.
func (s *Store) Corrections(ctx context.Context, p store.Page) (store.List[store.Correction], error) {
	var none store.List[store.Correction]
	limit, offset, err := page(p)
	if err != nil {
		return none, err
	}
	var total int
	if err := s.queryRow(ctx, `SELECT COUNT(*) FROM speaker_corrections`).Scan(&total); err != nil {
		return none, err
	}
	rows, err := s.query(ctx, `SELECT id, at, actor, via, action, speaker_id, into_id, doc_id, value, mentions
		FROM speaker_corrections ORDER BY id DESC LIMIT ? OFFSET ?`, limit, offset)
	if err != nil {
		return none, err
	}
	defer rows.Close()
	var items []store.Correction
	for rows.Next() {
		var c store.Correction
		var at int64
		var into sql.NullInt64
		var action string
		if err := rows.Scan(&c.ID, &at, &c.Actor, &c.Via, &action, &c.Speaker, &into, &c.DocID, &c.Value, &c.Mentions); err != nil {
			return none, err
		}
		c.At, c.Into, c.Action = time.UnixMicro(at).UTC(), into.Int64, store.Action(action)
		items = append(items, c)
	}
	if err := rows.Err(); err != nil {
		return none, err
	}
	return list(items, offset, total), nil
}
