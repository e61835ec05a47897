// Package sqlstore is the store.Store of both SQL backends. The backends
// (store/sqlite, store/postgres) give it a *sql.DB and a Dialect: how
// they write parameters, index and match full text, and their schema
// migrations. Everything else, and so every answer, is this package's, so
// both backends give the same answers.
package sqlstore

import (
	"io/fs"
	"strconv"
	"strings"

	"whosaid/store/internal/textsearch"
)

// Dialect is what differs between the SQL engines.
type Dialect struct {
	Name string // "sqlite", "postgres"
	// Dollar: parameters are $1, $2, ... (PostgreSQL), not ?.
	Dollar bool
	// Migrations holds the schema steps, NNNN_name.sql, applied in order.
	Migrations fs.FS
	// WriteLock is run first in every writing transaction, to serialise
	// writers (speaker IDs are taken in Go); "" when the engine does.
	WriteLock string
	// FTSValue is the indexed form of a text's words, and FTSValueSQL the
	// parameter expression that takes it ("?", "?::tsvector").
	FTSValue    func(words []string) string
	FTSValueSQL string
	// FTSMatch is the condition that the rows of an fts table (table
	// alias f) match the parameter, and FTSQuery the parameter's value.
	FTSMatch string
	FTSQuery func(q textsearch.Query) string
	// FTSKey is the column of an fts table that holds the row's key.
	FTSKey string
	// RowsPerInsert is how many attributions one INSERT writes: many on
	// a server, for fewer round trips; one in SQLite, where a prepared
	// statement run again costs less than parsing a long one.
	RowsPerInsert int
}

// SQLite is the dialect of store/sqlite, FTS5 with the ascii tokenizer
// over words that textsearch has found and folded.
func SQLite(migrations fs.FS) Dialect {
	return Dialect{
		Name:        "sqlite",
		Migrations:  migrations,
		FTSValue:    textsearch.SQLiteDocument,
		FTSValueSQL: "?",
		FTSMatch:    "f.words MATCH ?",
		FTSQuery:    textsearch.Query.FTS5,
		FTSKey:      "rowid",

		RowsPerInsert: 1,
	}
}

// Postgres is the dialect of store/postgres: tsvector literals of the
// words textsearch found, matched by a tsquery literal, both taken as they
// are (no parser, no dictionary).
func Postgres(migrations fs.FS) Dialect {
	return Dialect{
		Name:        "postgres",
		Dollar:      true,
		Migrations:  migrations,
		WriteLock:   "SELECT pg_advisory_xact_lock(7210513)",
		FTSValue:    textsearch.TSVector,
		FTSValueSQL: "?::tsvector",
		FTSMatch:    "f.words @@ ?::tsquery",
		FTSQuery:    textsearch.Query.TSQuery,
		FTSKey:      "id",

		RowsPerInsert: 200,
	}
}

// bind rewrites the ? parameters of a query for the dialect. The queries
// of this package have no ? but parameters.
func (d *Dialect) bind(q string) string {
	if !d.Dollar {
		return q
	}
	var b strings.Builder
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(q[i])
	}
	return b.String()
}
