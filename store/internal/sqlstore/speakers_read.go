package sqlstore

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"whosaid"
	"whosaid/store"
)

// speakerStats is the attribution counts of every speaker, or of those
// quoted by one outlet, as a subquery.
func speakerStats(outlet bool) string {
	cond := ""
	if outlet {
		cond = " AND outlet_id = (SELECT id FROM outlets WHERE name = ?)"
	}
	return `(SELECT speaker_id, COUNT(*) AS n, COUNT(DISTINCT doc_pk) AS docs,
		COUNT(DISTINCT outlet_id) AS outlets, MIN(published) AS first, MAX(published) AS last
		FROM attributions WHERE speaker_id IS NOT NULL` + cond + ` GROUP BY speaker_id) st`
}

const speakerColumns = `s.id, s.name, s.kind, s.title, st.n, st.docs, st.outlets, st.first, st.last`

func scanSpeaker(sc interface{ Scan(...any) error }) (store.Speaker, error) {
	var sp store.Speaker
	var kind string
	var first, last sql.NullInt64
	err := sc.Scan(&sp.ID, &sp.Name, &kind, &sp.Title, &sp.Attributions, &sp.Documents, &sp.Outlets, &first, &last)
	sp.Kind, sp.First, sp.Last = whosaid.Kind(kind), fromMicros(first), fromMicros(last)
	return sp, err
}

// Speakers lists the canonical speakers that have attributions, most
// quoted first, then by name and ID.
func (s *Store) Speakers(ctx context.Context, f store.SpeakerFilter) (store.List[store.Speaker], error) {
	var none store.List[store.Speaker]
	limit, offset, err := page(f.Page)
	if err != nil {
		return none, err
	}
	var w where
	if f.Outlet != "" {
		w.args = append(w.args, f.Outlet)
	}
	if f.Kind != "" {
		if err := checkKind(f.Kind); err != nil {
			return none, err
		}
		w.add("s.kind = ?", string(f.Kind))
	}
	if f.Name != "" {
		prefix := foldName(f.Name)
		if prefix == "" {
			return none, fmt.Errorf("%w: name %q has no word", store.ErrBadQuery, f.Name)
		}
		if strings.HasSuffix(strings.TrimSpace(f.Name), " ") {
			prefix += " "
		}
		w.add(`s.id IN (SELECT speaker_id FROM speaker_aliases WHERE folded LIKE ? ESCAPE '\')`, escapeLike(prefix)+"%")
	}
	from := "speakers s JOIN " + speakerStats(f.Outlet != "") + " ON st.speaker_id = s.id"
	total, err := s.count(ctx, from, &w)
	if err != nil {
		return none, err
	}
	rows, err := s.query(ctx, "SELECT "+speakerColumns+" FROM "+from+w.String()+
		" ORDER BY st.n DESC, s.name, s.id LIMIT ? OFFSET ?", append(w.args, limit, offset)...)
	if err != nil {
		return none, err
	}
	var items []store.Speaker
	for rows.Next() {
		sp, err := scanSpeaker(rows)
		if err != nil {
			rows.Close()
			return none, err
		}
		items = append(items, sp)
	}
	if err := rows.Close(); err != nil {
		return none, err
	}
	for i := range items {
		if items[i].Aliases, err = s.aliases(ctx, items[i].ID, items[i].Name); err != nil {
			return none, err
		}
	}
	return list(items, offset, total), nil
}

func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// aliases are the names of a speaker other than its canonical one, in
// byte order.
func (s *Store) aliases(ctx context.Context, id int64, name string) ([]string, error) {
	rows, err := s.query(ctx, `SELECT alias FROM speaker_aliases WHERE speaker_id = ? ORDER BY alias`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var a string
		if err := rows.Scan(&a); err != nil {
			return nil, err
		}
		if a != name {
			out = append(out, a)
		}
	}
	return out, rows.Err()
}

// Speaker returns one canonical speaker with where and when it was quoted.
func (s *Store) Speaker(ctx context.Context, id int64) (store.SpeakerDetail, error) {
	var sd store.SpeakerDetail
	row := s.queryRow(ctx, `SELECT s.id, s.name, s.kind, s.title, COALESCE(st.n, 0), COALESCE(st.docs, 0),
		COALESCE(st.outlets, 0), st.first, st.last
		FROM speakers s LEFT JOIN `+speakerStats(false)+` ON st.speaker_id = s.id WHERE s.id = ?`, id)
	sp, err := scanSpeaker(row)
	if errors.Is(err, sql.ErrNoRows) {
		return sd, fmt.Errorf("speaker %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return sd, err
	}
	if sp.Aliases, err = s.aliases(ctx, id, sp.Name); err != nil {
		return sd, err
	}
	sd.Speaker = sp
	sd.ByOutlet, err = s.counts(ctx, `SELECT o.name, COUNT(*) AS n FROM attributions a JOIN outlets o ON o.id = a.outlet_id
		WHERE a.speaker_id = ? GROUP BY o.name ORDER BY n DESC, o.name`, id)
	if err != nil {
		return sd, err
	}
	rows, err := s.query(ctx, `SELECT a.published / 86400000000 AS day, COUNT(*) FROM attributions a
		WHERE a.speaker_id = ? AND a.published IS NOT NULL GROUP BY day ORDER BY day`, id)
	if err != nil {
		return sd, err
	}
	defer rows.Close()
	sd.Timeline = []store.DateCount{}
	for rows.Next() {
		var day int64
		var n int
		if err := rows.Scan(&day, &n); err != nil {
			return sd, err
		}
		sd.Timeline = append(sd.Timeline, store.DateCount{Date: time.Unix(day*86400, 0).UTC(), Count: n})
	}
	return sd, rows.Err()
}

func (s *Store) counts(ctx context.Context, q string, args ...any) ([]store.Count, error) {
	rows, err := s.query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []store.Count{}
	for rows.Next() {
		var c store.Count
		if err := rows.Scan(&c.Name, &c.Count); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// Outlets returns the statistics of every named outlet, most documents
// first, then by name. Rates are computed here from counts, so that they
// are the same on every backend.
func (s *Store) Outlets(ctx context.Context) ([]store.OutletStats, error) {
	stats := map[int64]*store.OutletStats{}
	var withSource, anonymous, hedged = map[int64]int{}, map[int64]int{}, map[int64]int{}
	rows, err := s.query(ctx, `SELECT o.id, o.name, COUNT(d.pk) FROM outlets o JOIN documents d ON d.outlet_id = o.id GROUP BY o.id, o.name`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var id int64
		st := &store.OutletStats{TopSpeakers: []store.Count{}}
		if err := rows.Scan(&id, &st.Outlet, &st.Documents); err != nil {
			rows.Close()
			return nil, err
		}
		stats[id] = st
	}
	if err := rows.Close(); err != nil {
		return nil, err
	}
	rows, err = s.query(ctx, `SELECT outlet_id, COUNT(*),
		SUM(CASE WHEN source_text <> '' THEN 1 ELSE 0 END),
		SUM(CASE WHEN source_kind = 'anonymous' THEN 1 ELSE 0 END),
		SUM(CASE WHEN hedged THEN 1 ELSE 0 END),
		SUM(CASE WHEN type = 'direct' THEN 1 ELSE 0 END),
		SUM(CASE WHEN type = 'indirect' THEN 1 ELSE 0 END),
		SUM(CASE WHEN type = 'mixed' THEN 1 ELSE 0 END)
		FROM attributions WHERE outlet_id IS NOT NULL GROUP BY outlet_id`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var id int64
		var n, src, anon, hedge, direct, indirect, mixed int
		if err := rows.Scan(&id, &n, &src, &anon, &hedge, &direct, &indirect, &mixed); err != nil {
			rows.Close()
			return nil, err
		}
		if st := stats[id]; st != nil {
			st.Attributions, st.Direct, st.Indirect, st.Mixed = n, direct, indirect, mixed
			withSource[id], anonymous[id], hedged[id] = src, anon, hedge
		}
	}
	if err := rows.Close(); err != nil {
		return nil, err
	}
	rows, err = s.query(ctx, `SELECT a.outlet_id, s.id, s.name, COUNT(*) FROM attributions a JOIN speakers s ON s.id = a.speaker_id
		WHERE a.outlet_id IS NOT NULL GROUP BY a.outlet_id, s.id, s.name`)
	if err != nil {
		return nil, err
	}
	type top struct {
		id int64
		store.Count
	}
	tops := map[int64][]top{}
	for rows.Next() {
		var outlet int64
		var t top
		if err := rows.Scan(&outlet, &t.id, &t.Name, &t.Count.Count); err != nil {
			rows.Close()
			return nil, err
		}
		tops[outlet] = append(tops[outlet], t)
	}
	if err := rows.Close(); err != nil {
		return nil, err
	}
	out := make([]store.OutletStats, 0, len(stats))
	for id, st := range stats {
		if withSource[id] > 0 {
			st.AnonymousShare = float64(anonymous[id]) / float64(withSource[id])
		}
		if st.Attributions > 0 {
			st.HedgeRate = float64(hedged[id]) / float64(st.Attributions)
		}
		ts := tops[id]
		slices.SortFunc(ts, func(a, b top) int {
			return cmp.Or(b.Count.Count-a.Count.Count, strings.Compare(a.Name, b.Name), cmp.Compare(a.id, b.id))
		})
		for _, t := range ts[:min(10, len(ts))] {
			st.TopSpeakers = append(st.TopSpeakers, t.Count)
		}
		out = append(out, *st)
	}
	slices.SortFunc(out, func(a, b store.OutletStats) int {
		return cmp.Or(b.Documents-a.Documents, strings.Compare(a.Outlet, b.Outlet))
	})
	return out, nil
}
