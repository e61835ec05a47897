// Package sqlite is the embedded store: one SQLite file, through the
// pure-Go driver modernc.org/sqlite (no cgo), with FTS5 full-text indexes.
//
// The file is in WAL mode: readers never wait for the writer, and a
// process killed mid-write leaves the database as of its last commit.
// Writers take the write lock when they begin (BEGIN IMMEDIATE) and wait
// up to BusyTimeout for it.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"strings"
	"time"

	_ "modernc.org/sqlite" // the "sqlite" database/sql driver

	"github.com/whosaid/whosaid/store"
	"github.com/whosaid/whosaid/store/internal/sqlstore"
)

//go:embed migrations/*.sql
var migrations embed.FS

// BusyTimeout is how long a writer waits for another to commit.
const BusyTimeout = 30 * time.Second

// DB is a store in a SQLite file.
type DB struct {
	*sqlstore.Store
}

var _ store.Store = (*DB)(nil)

// ErrPath is a path that cannot name a SQLite file here.
var ErrPath = errors.New("unusable database path")

// Open opens the store in the SQLite file at path, creating it and
// bringing its schema to the latest version.
func Open(path string) (*DB, error) {
	return open(path, sqlstore.New)
}

// OpenExisting is Open for a file that already holds a whosaid store, for
// commands that only read: a missing file, or one that is no store, is an
// error naming the path (store.ErrNoStore for the latter), and nothing is
// created.
func OpenExisting(path string) (*DB, error) {
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("no store at %s: no such file", path)
	case err != nil:
		return nil, err
	case !fi.Mode().IsRegular():
		return nil, fmt.Errorf("no store at %s: not a regular file", path)
	}
	// Look before opening for writing: opening sets the journal mode,
	// which writes to the file even when it is then refused.
	if err := holdsStore(path); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return open(path, sqlstore.NewExisting)
}

// holdsStore reports store.ErrNoStore unless the file at path is a
// SQLite database with whosaid's schema, reading it without a write.
func holdsStore(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	head := make([]byte, len(sqliteMagic))
	_, err = io.ReadFull(f, head)
	f.Close()
	if err != nil || string(head) != sqliteMagic {
		return store.ErrNoStore
	}
	db, err := sql.Open("sqlite", "file:"+(&url.URL{Path: path}).EscapedPath()+"?mode=ro")
	if err != nil {
		return err
	}
	defer db.Close()
	var n int
	err = db.QueryRow(`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'`).Scan(&n)
	if err != nil {
		return fmt.Errorf("%w: %v", store.ErrNoStore, err)
	}
	if n == 0 {
		return store.ErrNoStore
	}
	return nil
}

// sqliteMagic begins every SQLite database file.
const sqliteMagic = "SQLite format 3\x00"

func open(path string, newStore func(context.Context, *sql.DB, sqlstore.Dialect) (*sqlstore.Store, error)) (*DB, error) {
	if path == "" || strings.ContainsAny(path, "?#") || strings.HasPrefix(path, "file:") || path == ":memory:" {
		return nil, fmt.Errorf("%w: %q (a file path without ? or #)", ErrPath, path)
	}
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", BusyTimeout.Milliseconds()))
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "foreign_keys(1)")
	// NORMAL in WAL mode: a commit survives a killed process; only a
	// power cut can lose the last commits, never consistency.
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	sub, err := fs.Sub(migrations, "migrations")
	if err != nil {
		db.Close()
		return nil, err
	}
	s, err := newStore(context.Background(), db, sqlstore.SQLite(sub))
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &DB{s}, nil
}

// IntegrityCheck runs SQLite's own check of the file and the store's
// consistency checks; nil when all is well.
func (db *DB) IntegrityCheck(ctx context.Context) error {
	rows, err := db.DB().QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return err
	}
	var problems []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			rows.Close()
			return err
		}
		if s != "ok" {
			problems = append(problems, s)
		}
	}
	if err := rows.Close(); err != nil {
		return err
	}
	if len(problems) > 0 {
		return fmt.Errorf("integrity_check: %s", strings.Join(problems, "; "))
	}
	for _, t := range []string{"attribution_fts", "document_fts"} {
		if _, err := db.DB().ExecContext(ctx, `INSERT INTO `+t+` (`+t+`) VALUES ('integrity-check')`); err != nil {
			return fmt.Errorf("%s: %w", t, err)
		}
	}
	return db.Store.Check(ctx)
}
