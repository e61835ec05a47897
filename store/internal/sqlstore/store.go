package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/whosaid/whosaid/store"
)

// Store is a store.Store over a SQL database.
type Store struct {
	db *sql.DB
	d  Dialect
}

var _ store.Store = (*Store)(nil)

// New migrates the schema of db to the latest version and returns the
// store over it. The store owns db: Close closes it.
func New(ctx context.Context, db *sql.DB, d Dialect) (*Store, error) {
	return open(ctx, db, d, false)
}

// NewExisting is New for a database that already holds a store: one
// without whosaid's schema is refused with store.ErrNoStore and left
// untouched. An older schema is still migrated.
func NewExisting(ctx context.Context, db *sql.DB, d Dialect) (*Store, error) {
	return open(ctx, db, d, true)
}

func open(ctx context.Context, db *sql.DB, d Dialect, mustExist bool) (*Store, error) {
	if mustExist {
		var v int
		// The query fails when the table is missing, and a store at version
		// 0 was never more than begun.
		if err := db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_version`).Scan(&v); err != nil || v == 0 {
			return nil, store.ErrNoStore
		}
	}
	if err := migrate(ctx, db, &d); err != nil {
		return nil, fmt.Errorf("%s: %w", d.Name, err)
	}
	return &Store{db: db, d: d}, nil
}

// DB is the database under the store, for the checks of tests and tools.
func (s *Store) DB() *sql.DB { return s.db }

// SchemaVersion is the schema version of the database.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := s.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_version`).Scan(&v)
	return v, err
}

// Optimize runs the dialect's statement that refreshes the planner's
// statistics.
func (s *Store) Optimize(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, s.d.Optimize); err != nil {
		return fmt.Errorf("%s: refreshing statistics: %w", s.d.Name, err)
	}
	return nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

func (s *Store) query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	return s.db.QueryContext(ctx, s.d.bind(q), args...)
}

func (s *Store) queryRow(ctx context.Context, q string, args ...any) *sql.Row {
	return s.db.QueryRowContext(ctx, s.d.bind(q), args...)
}

// micros is a date as stored: microseconds since 1970 UTC, NULL when zero.
func micros(t time.Time) sql.NullInt64 {
	if t.IsZero() {
		return sql.NullInt64{}
	}
	return sql.NullInt64{Int64: t.UnixMicro(), Valid: true}
}

// fromMicros is the inverse of micros, in UTC.
func fromMicros(n sql.NullInt64) time.Time {
	if !n.Valid {
		return time.Time{}
	}
	return time.UnixMicro(n.Int64).UTC()
}
