package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/whosaid/whosaid/store"
	"github.com/whosaid/whosaid/store/open"
)

// defaultDB is the store of the commands without --db.
const defaultDB = open.DefaultAddress

// openStore opens the store at an address, a SQLite file or
// postgres://..., creating it when it does not exist: for ingest, which
// fills it.
func openStore(ctx context.Context, addr string) (store.Store, error) {
	return open.Open(ctx, addr)
}

// openExisting opens the store at an address only if it exists: for the
// commands that read it (query, serve), so that a mistyped --db is an
// error naming the path rather than a new empty store that answers
// nothing. A PostgreSQL database must exist to be connected to already.
func openExisting(ctx context.Context, addr string) (store.Store, error) {
	if addr == "" {
		addr = defaultDB
	}
	if open.IsPostgres(addr) {
		return open.Open(ctx, addr) // its errors name the URL, without the password
	}
	fi, err := os.Stat(addr)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("no store at %s: no such file (whosaid ingest --db %s creates one)", addr, addr)
	case err != nil:
		return nil, fmt.Errorf("opening the store %s: %w", addr, err)
	case !fi.Mode().IsRegular():
		return nil, fmt.Errorf("no store at %s: not a regular file", addr)
	}
	st, err := open.Open(ctx, addr)
	if err != nil {
		return nil, fmt.Errorf("opening the store %s: %w", addr, err)
	}
	return st, nil
}
