package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/internal/gender"
	"github.com/whosaid/whosaid/store"
)

// speakerRows reads the speakers of ids, in that order, with their kept
// counts (within one outlet when outlet is set) and their first and last
// dates, which the index on (speaker_id, published) gives at once; with
// withGender, a person's gender from the kept evidence.
func (s *Store) speakerRows(ctx context.Context, ids []any, outlet int64, withGender bool) ([]store.Speaker, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	counts := `s.attributions, s.documents,
		(SELECT COUNT(*) FROM outlet_speakers os WHERE os.speaker_id = s.id AND os.attributions > 0),
		(SELECT MIN(a.published) FROM attributions a WHERE a.speaker_id = s.id),
		(SELECT MAX(a.published) FROM attributions a WHERE a.speaker_id = s.id)`
	from := "speakers s"
	var args []any
	if outlet != 0 {
		counts = `os.attributions, os.documents, 1,
			(SELECT MIN(a.published) FROM attributions a WHERE a.speaker_id = s.id AND a.outlet_id = os.outlet_id),
			(SELECT MAX(a.published) FROM attributions a WHERE a.speaker_id = s.id AND a.outlet_id = os.outlet_id)`
		from = "speakers s JOIN outlet_speakers os ON os.speaker_id = s.id AND os.outlet_id = ?"
		args = append(args, outlet)
	}
	rows, err := s.query(ctx, `SELECT s.id, s.name, s.kind, s.title, s.female_docs, s.male_docs, `+counts+` FROM `+from+`
		WHERE s.id IN (`+placeholders(len(ids))+`)`, append(args, ids...)...)
	if err != nil {
		return nil, err
	}
	byID := map[int64]store.Speaker{}
	for rows.Next() {
		var sp store.Speaker
		var kind string
		var first, last sql.NullInt64
		var female, male int
		if err := rows.Scan(&sp.ID, &sp.Name, &kind, &sp.Title, &female, &male, &sp.Attributions, &sp.Documents, &sp.Outlets, &first, &last); err != nil {
			rows.Close()
			return nil, err
		}
		sp.Kind, sp.First, sp.Last = whosaid.Kind(kind), fromMicros(first), fromMicros(last)
		if withGender && sp.Kind == whosaid.Person {
			sp.Gender = string(gender.Aggregate(female, male))
		}
		byID[sp.ID] = sp
	}
	if err := rows.Close(); err != nil {
		return nil, err
	}
	out := make([]store.Speaker, 0, len(ids))
	for _, id := range ids {
		sp, ok := byID[id.(int64)]
		if !ok {
			continue
		}
		if sp.Aliases, err = s.aliases(ctx, sp.ID, sp.Name); err != nil {
			return nil, err
		}
		out = append(out, sp)
	}
	return out, nil
}

// Speakers lists the canonical speakers that have attributions (in the
// outlet, when one is given), most quoted first, then by name and ID.
func (s *Store) Speakers(ctx context.Context, f store.SpeakerFilter) (store.List[store.Speaker], error) {
	var none store.List[store.Speaker]
	limit, offset, err := page(f.Page)
	if err != nil {
		return none, err
	}
	var w where
	var outlet int64 // 0: any
	from, order := "speakers s", " ORDER BY s.attributions DESC, s.name, s.id"
	if f.Outlet != "" {
		from, order = "outlet_speakers os JOIN speakers s ON s.id = os.speaker_id", " ORDER BY os.attributions DESC, s.name, s.id"
		if outlet, err = s.outletID(ctx, f.Outlet); err != nil {
			return none, err
		}
		w.add("os.outlet_id = ?", outlet)
		w.add("os.attributions > 0")
	} else {
		w.add("s.attributions > 0")
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
	ids, total, err := s.page(ctx, "s.id", from, &w, order, limit, offset)
	if err != nil {
		return none, err
	}
	items, err := s.speakerRows(ctx, ids, outlet, f.Gender)
	if err != nil {
		return none, err
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
	sps, err := s.speakerRows(ctx, []any{id}, 0, false)
	if err != nil {
		return sd, err
	}
	if len(sps) == 0 {
		return sd, fmt.Errorf("speaker %d: %w", id, store.ErrNotFound)
	}
	sd.Speaker = sps[0]
	sd.ByOutlet, err = s.counts(ctx, `SELECT o.name, os.attributions FROM outlet_speakers os JOIN outlets o ON o.id = os.outlet_id
		WHERE os.speaker_id = ? AND os.attributions > 0 ORDER BY os.attributions DESC, o.name`, id)
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
