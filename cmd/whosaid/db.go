package main

import (
	"context"
	"fmt"

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

// openExisting opens the store at an address only if it holds one: for
// the commands that read it (query, serve), so that a mistyped --db is an
// error naming it rather than a new empty store that answers nothing, and
// a database that is not whosaid's is not written to.
func openExisting(ctx context.Context, addr string) (store.Store, error) {
	if addr == "" {
		addr = defaultDB
	}
	st, err := open.OpenExisting(ctx, addr)
	if err != nil && !open.IsPostgres(addr) {
		// The Postgres errors name the URL already, without its password.
		return nil, fmt.Errorf("%w (whosaid ingest --db %s creates one)", err, addr)
	}
	return st, err
}
