package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"slices"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/internal/gender"
	"github.com/whosaid/whosaid/store"
)

// Outlets returns the statistics of every named outlet with documents,
// most documents first, then by name: from the kept counts, or counted
// over the documents and attributions of the date range when one is
// given. Rates are computed here, so that they are the same on every
// backend.
func (s *Store) Outlets(ctx context.Context, f store.OutletFilter) ([]store.OutletStats, error) {
	var w where
	if err := w.dates("published", f.From, f.To); err != nil {
		return nil, err
	}
	dated := len(w.conds) > 0
	q := `SELECT id, name, documents, attributions, with_source, anonymous, hedged, direct, indirect, mixed
		FROM outlets WHERE documents > 0 ORDER BY documents DESC, name`
	if dated {
		// The same columns, counted in the range. The conditions are on
		// published alone, written once per subquery.
		cond := w.String()
		q = `SELECT o.id, o.name, d.n, COALESCE(a.n, 0), COALESCE(a.with_source, 0), COALESCE(a.anonymous, 0),
			COALESCE(a.hedged, 0), COALESCE(a.direct, 0), COALESCE(a.indirect, 0), COALESCE(a.mixed, 0)
		FROM outlets o
		JOIN (SELECT outlet_id, COUNT(*) AS n FROM documents` + cond + ` GROUP BY outlet_id) d ON d.outlet_id = o.id
		LEFT JOIN (SELECT outlet_id, COUNT(*) AS n,
				SUM(CASE WHEN source_text <> '' THEN 1 ELSE 0 END) AS with_source,
				SUM(CASE WHEN source_kind = 'anonymous' THEN 1 ELSE 0 END) AS anonymous,
				SUM(CASE WHEN hedged THEN 1 ELSE 0 END) AS hedged,
				SUM(CASE WHEN type = 'direct' THEN 1 ELSE 0 END) AS direct,
				SUM(CASE WHEN type = 'indirect' THEN 1 ELSE 0 END) AS indirect,
				SUM(CASE WHEN type = 'mixed' THEN 1 ELSE 0 END) AS mixed
			FROM attributions` + cond + ` GROUP BY outlet_id) a ON a.outlet_id = o.id
		ORDER BY d.n DESC, o.name`
	}
	var args []any
	if dated {
		args = append(append(args, w.args...), w.args...)
	}
	rows, err := s.query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	var out []store.OutletStats
	var ids []int64
	for rows.Next() {
		var id int64
		var st store.OutletStats
		var withSource, anonymous, hedged int
		if err := rows.Scan(&id, &st.Outlet, &st.Documents, &st.Attributions, &withSource, &anonymous, &hedged,
			&st.Direct, &st.Indirect, &st.Mixed); err != nil {
			rows.Close()
			return nil, err
		}
		if withSource > 0 {
			st.AnonymousShare = float64(anonymous) / float64(withSource)
		}
		if st.Attributions > 0 {
			st.HedgeRate = float64(hedged) / float64(st.Attributions)
		}
		out = append(out, st)
		ids = append(ids, id)
	}
	if err := rows.Close(); err != nil {
		return nil, err
	}
	for i, id := range ids {
		q := `SELECT s.name, os.attributions FROM outlet_speakers os
			JOIN speakers s ON s.id = os.speaker_id WHERE os.outlet_id = ? AND os.attributions > 0
			ORDER BY os.attributions DESC, s.name, s.id LIMIT 10`
		args := []any{id}
		if dated {
			q = `SELECT s.name, c.n FROM (SELECT a.speaker_id, COUNT(*) AS n FROM attributions a
				WHERE a.outlet_id = ? AND a.speaker_id IS NOT NULL AND ` + joinConds(w.conds, "a.") + ` GROUP BY a.speaker_id) c
				JOIN speakers s ON s.id = c.speaker_id ORDER BY c.n DESC, s.name, s.id LIMIT 10`
			args = append(args, w.args...)
		}
		if out[i].TopSpeakers, err = s.counts(ctx, q, args...); err != nil {
			return nil, err
		}
	}
	if f.Gender && len(ids) > 0 {
		genders, err := s.outletGenders(ctx, &w)
		if err != nil {
			return nil, err
		}
		for i, id := range ids {
			g := genders[id]
			out[i].Gender = &g
		}
	}
	if out == nil {
		out = []store.OutletStats{}
	}
	return out, nil
}

// joinConds writes conditions on published with a table alias.
func joinConds(conds []string, alias string) string {
	var b []byte
	for i, c := range conds {
		if i > 0 {
			b = append(b, " AND "...)
		}
		b = append(b, alias...)
		b = append(b, c...)
	}
	return string(b)
}

// outletGenders counts the people each outlet quotes by their gender,
// once per article: (document, person speaker) pairs, each speaker's
// gender worked out from its kept counts of evidence. Grouped by those
// counts in SQL, so that the rule is Go's alone (gender.Aggregate).
func (s *Store) outletGenders(ctx context.Context, w *where) (map[int64]store.GenderCounts, error) {
	q := `SELECT os.outlet_id, s.female_docs, s.male_docs, SUM(os.documents)
		FROM outlet_speakers os JOIN speakers s ON s.id = os.speaker_id
		WHERE s.kind = ? AND os.documents > 0
		GROUP BY os.outlet_id, s.female_docs, s.male_docs`
	args := []any{string(whosaid.Person)}
	if len(w.conds) > 0 {
		q = `SELECT p.outlet_id, s.female_docs, s.male_docs, COUNT(*)
		FROM (SELECT DISTINCT a.outlet_id, a.doc_pk, a.speaker_id FROM attributions a
			WHERE a.outlet_id IS NOT NULL AND a.speaker_id IS NOT NULL AND ` + joinConds(w.conds, "a.") + `) p
		JOIN speakers s ON s.id = p.speaker_id
		WHERE s.kind = ?
		GROUP BY p.outlet_id, s.female_docs, s.male_docs`
		args = append(slices.Clone(w.args), args...)
	}
	rows, err := s.query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	counts := map[int64]*[3]int{}
	for rows.Next() {
		var outlet sql.NullInt64
		var female, male, n int
		if err := rows.Scan(&outlet, &female, &male, &n); err != nil {
			return nil, err
		}
		c := counts[outlet.Int64]
		if c == nil {
			c = &[3]int{}
			counts[outlet.Int64] = c
		}
		switch gender.Aggregate(female, male) {
		case gender.Female:
			c[0] += n
		case gender.Male:
			c[1] += n
		default:
			c[2] += n
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("gender counts: %w", err)
	}
	out := map[int64]store.GenderCounts{}
	for id, c := range counts {
		out[id] = store.NewGenderCounts(c[0], c[1], c[2])
	}
	return out, nil
}
