// Package open opens a store from an address: a postgres:// or
// postgresql:// URL is a PostgreSQL database, anything else the path of a
// SQLite file. It is what commands and servers call, so that they need
// not know the backends.
package open

import (
	"context"
	"strings"

	"github.com/whosaid/whosaid/store"
	"github.com/whosaid/whosaid/store/postgres"
	"github.com/whosaid/whosaid/store/sqlite"
)

// DefaultAddress is the store when none is given: a SQLite file in the
// current folder.
const DefaultAddress = "whosaid.db"

// IsPostgres says whether addr names a PostgreSQL database.
func IsPostgres(addr string) bool {
	return strings.HasPrefix(addr, "postgres://") || strings.HasPrefix(addr, "postgresql://")
}

// Open opens (and creates, or migrates to the latest schema) the store at
// addr; "" is DefaultAddress.
func Open(ctx context.Context, addr string) (store.Store, error) {
	if addr == "" {
		addr = DefaultAddress
	}
	if IsPostgres(addr) {
		return postgres.Open(ctx, addr)
	}
	return sqlite.Open(addr)
}

// OpenExisting opens the store at addr only if it holds one already, for
// commands that read: a missing SQLite file, or a file or database without
// whosaid's schema, is an error naming addr (errors.Is store.ErrNoStore for
// the latter), and nothing is created or changed.
func OpenExisting(ctx context.Context, addr string) (store.Store, error) {
	if addr == "" {
		addr = DefaultAddress
	}
	if IsPostgres(addr) {
		return postgres.OpenExisting(ctx, addr)
	}
	return sqlite.OpenExisting(addr)
}
