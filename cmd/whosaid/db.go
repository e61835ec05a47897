package main

import (
	"context"
	"fmt"
	"strings"

	"whosaid/store"
	"whosaid/store/sqlite"
)

// defaultDB is the store of the commands without --db.
const defaultDB = "whosaid.db"

// openStore opens the store at addr: a SQLite file. (PostgreSQL comes
// with the store branch's opener.)
func openStore(ctx context.Context, addr string) (store.Store, error) {
	if strings.HasPrefix(addr, "postgres://") || strings.HasPrefix(addr, "postgresql://") {
		return nil, fmt.Errorf("%s: the PostgreSQL backend is not built yet", addr)
	}
	return sqlite.Open(addr)
}
