package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Migration is one step of the schema.
type Migration struct {
	Version int
	Name    string
	SQL     string
}

// Migrations reads the steps of fsys: files NNNN_name.sql, in version
// order, numbered from 1 without gaps.
func Migrations(fsys fs.FS) ([]Migration, error) {
	names, err := fs.Glob(fsys, "*.sql")
	if err != nil {
		return nil, err
	}
	var ms []Migration
	for _, n := range names {
		num, _, ok := strings.Cut(n, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v < 1 {
			return nil, fmt.Errorf("migration %s: the name is not NNNN_name.sql", n)
		}
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		ms = append(ms, Migration{Version: v, Name: n, SQL: string(b)})
	}
	slices.SortFunc(ms, func(a, b Migration) int { return a.Version - b.Version })
	for i, m := range ms {
		if m.Version != i+1 {
			return nil, fmt.Errorf("migration %s: version %d, want %d", m.Name, m.Version, i+1)
		}
	}
	return ms, nil
}

// migrate brings the schema to the latest version, each step in its own
// transaction with its version, so that a crash leaves the schema at a
// step. A database newer than this program is refused.
func migrate(ctx context.Context, db *sql.DB, d *Dialect) error {
	ms, err := Migrations(d.Migrations)
	if err != nil {
		return err
	}
	if err := whileBusy(ctx, func() error { return createVersionTable(ctx, db, d) }); err != nil {
		return fmt.Errorf("schema_version: %w", err)
	}
	for _, m := range ms {
		var done bool
		err := whileBusy(ctx, func() (err error) {
			done, err = applyStep(ctx, db, d, m, len(ms))
			return err
		})
		if err != nil {
			return fmt.Errorf("migration %s: %w", m.Name, err)
		}
		if done {
			break
		}
	}
	return nil
}

// maxBusyTries bounds the retries of a schema step that found the
// database busy.
const maxBusyTries = 50

// whileBusy runs step again while it fails on a busy SQLite database:
// processes that open a new file at once can be refused the lock at once,
// before the busy timeout applies (while one of them sets the journal
// mode). Any other error, or the last, is returned.
func whileBusy(ctx context.Context, step func() error) error {
	for try := 1; ; try++ {
		err := step()
		if err == nil || try == maxBusyTries || !strings.Contains(err.Error(), "SQLITE_BUSY") {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(time.Duration(try) * 5 * time.Millisecond):
		}
	}
}

// applyStep applies m unless the schema has it; done means the schema is
// already at the latest version.
func applyStep(ctx context.Context, db *sql.DB, d *Dialect, m Migration, latest int) (done bool, err error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	if d.WriteLock != "" {
		if _, err := tx.ExecContext(ctx, d.WriteLock); err != nil {
			return false, err
		}
	}
	var version int
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_version`).Scan(&version); err != nil {
		return false, err
	}
	if version > latest {
		return false, fmt.Errorf("the database has schema version %d, newer than this program's %d", version, latest)
	}
	if version >= latest {
		return true, nil
	}
	if version >= m.Version {
		return false, nil
	}
	if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
		return false, err
	}
	if _, err := tx.ExecContext(ctx, d.bind(`INSERT INTO schema_version (version, name) VALUES (?, ?)`), m.Version, m.Name); err != nil {
		return false, err
	}
	return false, tx.Commit()
}

// createVersionTable makes the schema_version table unless it exists,
// under the write lock: two processes opening a new store at once would
// otherwise both create it (PostgreSQL's IF NOT EXISTS does not stop a
// concurrent CREATE).
func createVersionTable(ctx context.Context, db *sql.DB, d *Dialect) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if d.WriteLock != "" {
		if _, err := tx.ExecContext(ctx, d.WriteLock); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (
		version INTEGER NOT NULL PRIMARY KEY,
		name TEXT NOT NULL)`); err != nil {
		return err
	}
	return tx.Commit()
}
