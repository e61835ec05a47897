package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/whosaid/whosaid/store"
)

// noOutlet is an outlet ID that no row has: a filter on an outlet that is
// not stored matches nothing.
const noOutlet = -1

// outletID is the outlet that a filter names, case aside: the outlet of
// exactly that name, else the one whose name differs only in case
// ("reuters" for "Reuters"); noOutlet when none. Two outlets that differ
// only in case and neither exactly named are a bad query, not a guess.
// Outlets are few, so they are matched in Go, alike on every backend.
func (s *Store) outletID(ctx context.Context, name string) (int64, error) {
	var id int64
	err := s.queryRow(ctx, `SELECT id FROM outlets WHERE name = ?`, name).Scan(&id)
	if err == nil {
		return id, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return 0, err
	}
	rows, err := s.query(ctx, `SELECT id, name FROM outlets ORDER BY name`)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	id = noOutlet
	var matched []string
	for rows.Next() {
		var oid int64
		var oname string
		if err := rows.Scan(&oid, &oname); err != nil {
			return 0, err
		}
		if strings.EqualFold(oname, name) {
			id = oid
			matched = append(matched, oname)
		}
	}
	if err := rows.Err(); err != nil {
		return 0, err
	}
	if len(matched) > 1 {
		return 0, fmt.Errorf("%w: outlet %q is %s, which differ only in case: name one exactly",
			store.ErrBadQuery, name, strings.Join(slices.Sorted(slices.Values(matched)), " or "))
	}
	return id, nil
}
