package sqlstore

import (
	"cmp"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/store"
	"github.com/whosaid/whosaid/store/internal/canon"
)

// Recanon decides the speaker of every stored attribution again, as the
// canonicaliser decides now, over the whole corpus at once (see
// canon.Corpus), and makes the recorded corrections again.
//
// It reads everything first, then writes in steps, each a transaction
// that leaves the store consistent: the speakers (their IDs kept where
// they hold most of the same attributions, so that links stay good), then
// the attributions a batch of documents at a time, then the cleaning of
// the speakers left with nothing. The plan and the documents done are
// kept in recanon_state and recanon_plan, so that a run that is stopped is
// resumed by the next, which reads the same store and finds the same
// plan; a store that changed since starts over.
func (s *Store) Recanon(ctx context.Context, progress func(done, total int)) (store.RecanonReport, error) {
	var rep store.RecanonReport
	snap, err := s.readCorpus(ctx)
	if err != nil {
		return rep, fmt.Errorf("recanon: reading: %w", err)
	}
	fixes, err := s.readFixes(ctx)
	if err != nil {
		return rep, fmt.Errorf("recanon: reading the corrections: %w", err)
	}
	out, err := snap.corpus.Resolve(fixes.fixes)
	if err != nil {
		return rep, fmt.Errorf("recanon: %w", err)
	}
	fingerprint := snap.fingerprint(fixes.ids)
	rep.Documents, rep.Speakers, rep.Corrections = len(snap.docs), len(out.Entities), len(fixes.fixes)

	state, err := s.recanonState(ctx)
	if err != nil {
		return rep, err
	}
	var ids []int64
	next := int64(0) // the first document pk not done
	if state != nil && state.fingerprint == fingerprint {
		if ids, err = s.loadPlan(ctx, out.Representatives); err != nil {
			return rep, err
		}
		next = state.nextDoc
	}
	if ids == nil {
		ids, rep.NewSpeakers = planIDs(snap, out)
		if err := s.writePlan(ctx, fingerprint, out, ids); err != nil {
			return rep, fmt.Errorf("recanon: writing the speakers: %w", err)
		}
	}
	done := 0
	for _, d := range snap.docs {
		if d.pk < next {
			done++
		}
	}
	rep.Resumed = done
	if progress != nil {
		progress(done, len(snap.docs))
	}
	for lo := 0; lo < len(snap.docs); lo += recanonBatch {
		hi := min(lo+recanonBatch, len(snap.docs))
		if snap.docs[hi-1].pk < next {
			continue
		}
		if err := ctx.Err(); err != nil {
			return rep, err
		}
		moved, err := s.recanonBatch(ctx, snap, out, ids, lo, hi)
		if err != nil {
			return rep, fmt.Errorf("recanon: documents %d to %d: %w", lo+1, hi, err)
		}
		rep.Moved += moved
		done = hi
		if progress != nil {
			progress(done, len(snap.docs))
		}
	}
	gone, err := s.finishRecanon(ctx, snap, out, ids, fixes)
	if err != nil {
		return rep, fmt.Errorf("recanon: finishing: %w", err)
	}
	rep.GoneSpeakers = gone
	return rep, nil
}

// recanonBatch is the number of documents whose attributions one
// transaction of a recanon updates.
const recanonBatch = 500

// snapshot is what a recanon read of the store.
type snapshot struct {
	docs   []snapDoc
	corpus *canon.Corpus
	hash   []byte
	maxID  int64 // the largest speaker ID stored
}

type snapDoc struct {
	pk    int64
	id    string
	attrs []int64 // attribution IDs, in order
	old   []int64 // their speakers as stored, 0 for none
}

// readCorpus reads every document and attribution, a chunk of documents
// at a time, into a canon.Corpus.
func (s *Store) readCorpus(ctx context.Context) (*snapshot, error) {
	snap := &snapshot{corpus: canon.NewCorpus()}
	h := sha256.New()
	if err := s.queryRow(ctx, `SELECT COALESCE(MAX(id), 0) FROM speakers`).Scan(&snap.maxID); err != nil {
		return nil, err
	}
	after := int64(-1)
	for {
		rows, err := s.query(ctx, `SELECT d.pk, d.id, d.text, d.published, COALESCE(o.name, '') FROM documents d
			LEFT JOIN outlets o ON o.id = d.outlet_id WHERE d.pk > ? ORDER BY d.pk LIMIT ?`, after, recanonBatch)
		if err != nil {
			return nil, err
		}
		var chunk []canon.Doc
		var pks []int64
		for rows.Next() {
			var d canon.Doc
			var pk int64
			var published sql.NullInt64
			if err := rows.Scan(&pk, &d.ID, &d.Text, &published, &d.Outlet); err != nil {
				rows.Close()
				return nil, err
			}
			d.Published = fromMicros(published)
			chunk = append(chunk, d)
			pks = append(pks, pk)
		}
		if err := rows.Close(); err != nil {
			return nil, err
		}
		if len(chunk) == 0 {
			break
		}
		after = pks[len(pks)-1]
		byPK := map[int64]int{}
		for i, pk := range pks {
			byPK[pk] = i
			snap.docs = append(snap.docs, snapDoc{pk: pk, id: chunk[i].ID})
		}
		base := len(snap.docs) - len(chunk)
		rows, err = s.query(ctx, `SELECT doc_pk, id, speaker_id, roles FROM attributions
			WHERE doc_pk > ? AND doc_pk <= ? ORDER BY doc_pk, idx`, pks[0]-1, after)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var pk, id int64
			var speaker sql.NullInt64
			var roles string
			if err := rows.Scan(&pk, &id, &speaker, &roles); err != nil {
				rows.Close()
				return nil, err
			}
			i, ok := byPK[pk]
			if !ok {
				continue
			}
			var a whosaid.Attribution
			if err := json.Unmarshal([]byte(roles), &a); err != nil {
				rows.Close()
				return nil, fmt.Errorf("attribution %d: %w", id, err)
			}
			chunk[i].Attributions = append(chunk[i].Attributions, a)
			sd := &snap.docs[base+i]
			sd.attrs = append(sd.attrs, id)
			sd.old = append(sd.old, speaker.Int64)
			writeInts(h, id)
			h.Write([]byte(roles))
		}
		if err := rows.Close(); err != nil {
			return nil, err
		}
		for i, d := range chunk {
			writeInts(h, pks[i], d.Published.UnixMicro(), int64(len(d.Text)))
			h.Write([]byte(d.ID + "\x00" + d.Outlet + "\x00" + d.Text))
			snap.corpus.Add(d)
		}
	}
	snap.hash = h.Sum(nil)
	return snap, nil
}

func writeInts(h interface{ Write([]byte) (int, error) }, ns ...int64) {
	var b [8]byte
	for _, n := range ns {
		binary.LittleEndian.PutUint64(b[:], uint64(n))
		h.Write(b[:])
	}
}

// fingerprint names what a recanon read: the corpus and the corrections.
func (snap *snapshot) fingerprint(corrections []int64) string {
	h := sha256.New()
	h.Write(snap.hash)
	writeInts(h, corrections...)
	return hex.EncodeToString(h.Sum(nil))
}

// fixesRead are the recorded corrections, as the corpus replays them.
type fixesRead struct {
	fixes []canon.Fix
	ids   []int64
}

// readFixes reads the corrections in the order they were made.
func (s *Store) readFixes(ctx context.Context) (fixesRead, error) {
	var out fixesRead
	rows, err := s.query(ctx, `SELECT id, action, value FROM speaker_corrections ORDER BY id`)
	if err != nil {
		return out, err
	}
	index := map[int64]int{}
	for rows.Next() {
		var id int64
		var f canon.Fix
		if err := rows.Scan(&id, &f.Action, &f.Value); err != nil {
			rows.Close()
			return out, err
		}
		index[id] = len(out.fixes)
		out.fixes = append(out.fixes, f)
		out.ids = append(out.ids, id)
	}
	if err := rows.Close(); err != nil {
		return out, err
	}
	rows, err = s.query(ctx, `SELECT correction_id, side, doc_id, kind, name FROM speaker_correction_mentions
		ORDER BY correction_id, side, doc_id, kind, name`)
	if err != nil {
		return out, err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var side, kind string
		var n canon.RawName
		if err := rows.Scan(&id, &side, &n.Doc, &kind, &n.Name); err != nil {
			return out, err
		}
		n.Kind = whosaid.Kind(kind)
		i, ok := index[id]
		if !ok {
			continue
		}
		f := &out.fixes[i]
		switch side {
		case "from":
			f.From = append(f.From, n)
		case "into":
			f.Into = append(f.Into, n)
		default:
			f.Of = append(f.Of, n)
		}
	}
	return out, rows.Err()
}

// planIDs gives each entity of the outcome its stored ID: the ID that
// holds most of its attributions now, unless a larger entity took it
// (the largest choose first); else a new ID.
func planIDs(snap *snapshot, out *canon.Outcome) (ids []int64, fresh int) {
	held := make([]map[int64]int, len(out.Entities))
	for di, d := range snap.docs {
		for ai, e := range out.Of[di] {
			if e < 0 || d.old[ai] == 0 {
				continue
			}
			if held[e] == nil {
				held[e] = map[int64]int{}
			}
			held[e][d.old[ai]]++
		}
	}
	order := make([]int, len(out.Entities))
	for i := range order {
		order[i] = i
	}
	size := func(i int) int { return out.Entities[i].Mentions() }
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Or(cmp.Compare(size(b), size(a)), cmp.Compare(out.Representatives[a], out.Representatives[b]))
	})
	ids = make([]int64, len(out.Entities))
	taken := map[int64]bool{}
	next := snap.maxID + 1
	for _, i := range order {
		best, most := int64(0), 0
		for id, n := range held[i] {
			if !taken[id] && (n > most || (n == most && id < best)) {
				best, most = id, n
			}
		}
		if best == 0 {
			best = next
			next++
			fresh++
		}
		taken[best] = true
		ids[i] = best
	}
	return ids, fresh
}

// recanonState is a recanon under way.
type recanonState struct {
	fingerprint string
	nextDoc     int64
}

func (s *Store) recanonState(ctx context.Context) (*recanonState, error) {
	var st recanonState
	err := s.queryRow(ctx, `SELECT fingerprint, next_doc FROM recanon_state WHERE id = 1`).Scan(&st.fingerprint, &st.nextDoc)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &st, nil
}

// loadPlan reads the IDs an interrupted recanon planned for the
// entities; nil when the plan does not cover them all.
func (s *Store) loadPlan(ctx context.Context, reps []string) ([]int64, error) {
	rows, err := s.query(ctx, `SELECT representative, speaker_id FROM recanon_plan`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	plan := map[string]int64{}
	for rows.Next() {
		var r string
		var id int64
		if err := rows.Scan(&r, &id); err != nil {
			return nil, err
		}
		plan[r] = id
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	ids := make([]int64, len(reps))
	for i, r := range reps {
		id, ok := plan[r]
		if !ok {
			return nil, nil
		}
		ids[i] = id
	}
	return ids, nil
}

// writePlan writes, in one transaction, the speakers of the outcome
// (their rows, aliases, keys and titles replaced) and the plan.
func (s *Store) writePlan(ctx context.Context, fingerprint string, out *canon.Outcome, ids []int64) error {
	return s.write(ctx, func(w *writer) error {
		for _, q := range []string{`DELETE FROM recanon_state`, `DELETE FROM recanon_plan`} {
			if _, err := w.exec(q); err != nil {
				return err
			}
		}
		if _, err := w.exec(`INSERT INTO recanon_state (id, fingerprint, next_doc, started) VALUES (1, ?, 0, ?)`,
			fingerprint, time.Now().UnixMicro()); err != nil {
			return err
		}
		var plan, speakers, aliases, keys, titles [][]any
		idArgs := make([]int64, len(ids))
		for i, e := range out.Entities {
			e.ID = ids[i]
			idArgs[i] = e.ID
			plan = append(plan, []any{out.Representatives[i], e.ID})
			row, err := speakerRow(e)
			if err != nil {
				return err
			}
			speakers = append(speakers, row)
			for _, a := range e.Aliases {
				aliases = append(aliases, []any{e.ID, a, foldName(a), e.Counts[a]})
			}
			for _, k := range e.Keys() {
				keys = append(keys, []any{k, e.ID})
			}
			titles = append(titles, titleRows(e)...)
		}
		if err := w.deleteSpeakerNames(idArgs); err != nil {
			return err
		}
		if err := w.insertRows(`INSERT INTO recanon_plan (representative, speaker_id) VALUES `, ``, plan); err != nil {
			return err
		}
		return w.writeSpeakerRows(speakers, aliases, keys, titles)
	})
}

// deleteSpeakerNames deletes the aliases, keys and titles of speakers.
func (w *writer) deleteSpeakerNames(ids []int64) error {
	for lo := 0; lo < len(ids); lo += maxParams {
		part := ids[lo:min(lo+maxParams, len(ids))]
		args := make([]any, len(part))
		for i, id := range part {
			args[i] = id
		}
		for _, t := range []string{"speaker_aliases", "speaker_keys", "speaker_titles"} {
			if _, err := w.exec(`DELETE FROM `+t+` WHERE speaker_id IN (`+placeholders(len(part))+`)`, args...); err != nil {
				return err
			}
		}
	}
	return nil
}

// recanonBatch gives the attributions of documents lo to hi their new
// speakers, in one transaction with the kept counts and the state.
func (s *Store) recanonBatch(ctx context.Context, snap *snapshot, out *canon.Outcome, ids []int64, lo, hi int) (moved int, err error) {
	err = s.write(ctx, func(w *writer) error {
		moved = 0
		for di := lo; di < hi; di++ {
			d := &snap.docs[di]
			outlet, facts, err := w.storedFacts(d.pk)
			if errors.Is(err, sql.ErrNoRows) {
				continue // deleted or replaced since it was read
			}
			if err != nil {
				return err
			}
			stored, err := w.attributionIDs(d.pk)
			if err != nil {
				return err
			}
			if !slices.Equal(stored, d.attrs) || len(facts) != len(d.attrs) {
				continue // stored again since it was read: Put decided its speakers
			}
			changed := false
			newFacts := slices.Clone(facts)
			for ai, e := range out.Of[di] {
				id := int64(0)
				if e >= 0 {
					id = ids[e]
				}
				if id == facts[ai].speaker {
					continue
				}
				changed = true
				moved++
				newFacts[ai].speaker = id
				if err := w.run(`UPDATE attributions SET speaker_id = ? WHERE id = ?`, sql.NullInt64{Int64: id, Valid: id != 0}, d.attrs[ai]); err != nil {
					return err
				}
			}
			if changed {
				w.tally.doc(outlet, facts, -1)
				w.tally.doc(outlet, newFacts, +1)
				from, to := make([]int64, len(facts)), make([]int64, len(facts))
				for ai := range facts {
					from[ai], to[ai] = facts[ai].speaker, newFacts[ai].speaker
				}
				if err := w.moveGender(d.pk, from, to); err != nil {
					return err
				}
			}
		}
		if err := w.saveTally(); err != nil {
			return err
		}
		nextDoc := snap.docs[hi-1].pk + 1
		_, err := w.exec(`UPDATE recanon_state SET next_doc = ? WHERE id = 1`, nextDoc)
		return err
	})
	return moved, err
}

// attributionIDs are the IDs of a stored document's attributions, in
// order.
func (w *writer) attributionIDs(pk int64) ([]int64, error) {
	return w.int64s(`SELECT id FROM attributions WHERE doc_pk = ? ORDER BY idx`, pk)
}

// finishRecanon deletes the speakers left without attributions (and not
// planned), makes the pins of the corrections anew, and ends the run.
func (s *Store) finishRecanon(ctx context.Context, snap *snapshot, out *canon.Outcome, ids []int64, fixes fixesRead) (gone int, err error) {
	err = s.write(ctx, func(w *writer) error {
		if _, err := w.exec(`DELETE FROM speaker_pins`); err != nil {
			return err
		}
		if err := w.insertRows(`INSERT INTO speaker_pins (doc_id, kind, name, speaker_id) VALUES `,
			` ON CONFLICT (doc_id, kind, name) DO UPDATE SET speaker_id = excluded.speaker_id`, pinsOf(snap, out, ids, fixes)); err != nil {
			return err
		}
		var err error
		if gone, err = w.deleteEmptySpeakers(); err != nil {
			return err
		}
		for _, q := range []string{`DELETE FROM recanon_state`, `DELETE FROM recanon_plan`} {
			if _, err := w.exec(q); err != nil {
				return err
			}
		}
		return nil
	})
	return gone, err
}

// pinsOf are the pins the corrections make after a recanon: the mentions
// a merge, a split or a kind set by hand moved, to the speaker they are
// now with.
func pinsOf(snap *snapshot, out *canon.Outcome, ids []int64, fixes fixesRead) [][]any {
	speakerOf := map[canon.RawName]int64{}
	for di := range snap.docs {
		raw := snap.corpus.RawNames(di)
		for ai, e := range out.Of[di] {
			if e >= 0 && raw[ai].Name != "" {
				speakerOf[raw[ai]] = ids[e]
			}
		}
	}
	pinned := map[canon.RawName]int64{}
	var order []canon.RawName
	for _, f := range fixes.fixes {
		var moved []canon.RawName
		switch f.Action {
		case "merge":
			moved = slices.Concat(f.From, f.Into)
		case "split", "set-kind":
			moved = f.Of // a kind set by hand, whatever kind the extractor gives
		}
		for _, n := range moved {
			id, ok := speakerOf[n]
			if !ok {
				continue
			}
			if _, seen := pinned[n]; !seen {
				order = append(order, n)
			}
			pinned[n] = id
		}
	}
	var rows [][]any
	for _, n := range order {
		rows = append(rows, []any{n.Doc, string(n.Kind), n.Name, pinned[n]})
	}
	return rows
}

// deleteEmptySpeakers deletes the speakers that hold no attribution and
// no pin, with their names, keys, titles and outlet counts.
func (w *writer) deleteEmptySpeakers() (int, error) {
	rows, err := w.tx.QueryContext(w.ctx, w.d.bind(`SELECT s.id FROM speakers s WHERE s.attributions = 0
		AND NOT EXISTS (SELECT 1 FROM attributions a WHERE a.speaker_id = s.id)
		AND NOT EXISTS (SELECT 1 FROM speaker_pins p WHERE p.speaker_id = s.id)`))
	if err != nil {
		return 0, err
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return 0, err
		}
		ids = append(ids, id)
	}
	if err := rows.Close(); err != nil {
		return 0, err
	}
	if err := w.deleteSpeakerNames(ids); err != nil {
		return 0, err
	}
	for lo := 0; lo < len(ids); lo += maxParams {
		part := ids[lo:min(lo+maxParams, len(ids))]
		args := make([]any, len(part))
		for i, id := range part {
			args[i] = id
		}
		for _, q := range []string{`DELETE FROM outlet_speakers WHERE speaker_id IN (`, `DELETE FROM speakers WHERE id IN (`} {
			if _, err := w.exec(q+placeholders(len(part))+`)`, args...); err != nil {
				return 0, err
			}
		}
	}
	return len(ids), nil
}

// write runs f in a writing transaction, under the write lock.
func (s *Store) write(ctx context.Context, f func(w *writer) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if s.d.WriteLock != "" {
		if _, err := tx.ExecContext(ctx, s.d.WriteLock); err != nil {
			return err
		}
	}
	w := &writer{ctx: ctx, tx: tx, d: &s.d, outlets: map[string]int64{}, stored: map[int64]*storedSpeaker{}, tally: newTally()}
	if err := f(w); err != nil {
		return err
	}
	for _, st := range w.stmts {
		st.Close()
	}
	return tx.Commit()
}
