// Package postgres is the store of a shared deployment: a PostgreSQL
// server, through github.com/jackc/pgx/v5 (its database/sql driver, so
// that both SQL backends share one implementation). Full-text indexes are
// tsvector columns with GIN indexes.
package postgres

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/whosaid/whosaid/store"
	"github.com/whosaid/whosaid/store/internal/sqlstore"
)

//go:embed migrations/*.sql
var migrations embed.FS

// DB is a store in a PostgreSQL database.
type DB struct {
	*sqlstore.Store
}

var _ store.Store = (*DB)(nil)

// ErrURL is an address that is not a PostgreSQL URL.
var ErrURL = errors.New("not a postgres:// URL")

// Open connects to the database at a postgres:// or postgresql:// URL
// (libpq's keywords and parameters, e.g. ?sslmode=disable; other
// parameters are run-time settings such as search_path) and brings its
// schema to the latest version.
func Open(ctx context.Context, rawURL string) (*DB, error) {
	return open(ctx, rawURL, sqlstore.New)
}

// OpenExisting is Open for a database that already holds a whosaid store,
// for commands that only read: any other database is refused with
// store.ErrNoStore, and nothing is created in it.
func OpenExisting(ctx context.Context, rawURL string) (*DB, error) {
	return open(ctx, rawURL, sqlstore.NewExisting)
}

func open(ctx context.Context, rawURL string, newStore func(context.Context, *sql.DB, sqlstore.Dialect) (*sqlstore.Store, error)) (*DB, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		return nil, fmt.Errorf("%w: %s", ErrURL, redact(rawURL))
	}
	cfg, err := pgx.ParseConfig(rawURL)
	if err != nil {
		return nil, fmt.Errorf("postgres %s: %w", redact(rawURL), err)
	}
	if cfg.ConnectTimeout == 0 {
		cfg.ConnectTimeout = 10 * time.Second
	}
	db := stdlib.OpenDB(*cfg)
	db.SetMaxOpenConns(16)
	db.SetMaxIdleConns(4)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("postgres %s: %w", redact(rawURL), err)
	}
	sub, err := fs.Sub(migrations, "migrations")
	if err != nil {
		db.Close()
		return nil, err
	}
	s, err := newStore(ctx, db, sqlstore.Postgres(sub))
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("postgres %s: %w", redact(rawURL), err)
	}
	return &DB{s}, nil
}

// redact hides the password of a URL, for messages.
func redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "(unparsable URL)"
	}
	return u.Redacted()
}
