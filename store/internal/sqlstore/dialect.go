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

	"github.com/whosaid/whosaid/store/internal/textsearch"
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
	// WordsInline: the indexed words of an attribution are its column
	// words, not a row of attribution_fts.
	WordsInline bool
	// ByDateIndex makes a query walk the attributions in listing order
	// (for a common word, stopping at the page beats sorting every
	// match); "" leaves it to the planner.
	ByDateIndex string
	// SearchFrom is the attributions table (alias a) from which a
	// full-text search with other filters counts its matches and finds
	// its page in one pass: SQLite is told to take the narrow covering
	// index of keys, filters and order (its planner takes the wide
	// table's rowid otherwise, 3x slower at 1M). "" counts, then pages:
	// on PostgreSQL, LIMIT over COUNT(*) OVER () made the planner walk
	// every row in date order (1M: 0.5 s for a common word).
	SearchFrom string
	// Optimize refreshes the statistics the query planner goes by.
	Optimize string
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
		ByDateIndex:   " INDEXED BY attributions_order",
		SearchFrom:    "attributions a INDEXED BY attributions_search",
		Optimize:      "PRAGMA optimize",
	}
}

// Postgres is the dialect of store/postgres: tsvector literals of the
// words textsearch found, matched by a tsquery literal, both taken as they
// are (no parser, no dictionary).
func Postgres(migrations fs.FS) Dialect {
	return Dialect{
		Name:       "postgres",
		Dollar:     true,
		Migrations: migrations,
		// One writer per schema: stores in other schemas of the same
		// database do not wait for each other.
		WriteLock:   "SELECT pg_advisory_xact_lock(7210513, hashtext(current_schema()))",
		FTSValue:    textsearch.TSVector,
		FTSValueSQL: "?::tsvector",
		FTSMatch:    "f.words @@ ?::tsquery",
		FTSQuery:    textsearch.Query.TSQuery,
		FTSKey:      "id",

		RowsPerInsert: 200,
		WordsInline:   true,
		// The tables of this store's schema only, not of the whole database.
		Optimize: `DO $$ DECLARE t text; BEGIN
			FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() LOOP
				EXECUTE format('ANALYZE %I', t);
			END LOOP; END $$`,
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

// attributionMatch is the condition that attribution a matches the
// parameter, a query in FTSQuery's form.
func (d *Dialect) attributionMatch() string {
	if d.WordsInline {
		return "a.words @@ ?::tsquery"
	}
	return "a.id IN (SELECT f." + d.FTSKey + " FROM attribution_fts f WHERE " + d.FTSMatch + ")"
}

// attributionMatches counts the attributions that match the parameter,
// from the full-text index alone.
func (d *Dialect) attributionMatches() string {
	if d.WordsInline {
		return "SELECT COUNT(*) FROM attributions a WHERE a.words @@ ?::tsquery"
	}
	return "SELECT COUNT(*) FROM attribution_fts f WHERE " + d.FTSMatch
}
