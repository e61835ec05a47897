package server

import (
	"testing"

	"whosaid/store"
)

// postgresBackend is nil until the PostgreSQL backend lands.
func postgresBackend(t *testing.T) func(t *testing.T) store.Store { return nil }
