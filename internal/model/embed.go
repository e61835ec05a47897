package model

import (
	_ "embed"
	"io"
	"strings"
)

// embedded is the default extraction model, built from PolNeAR train by
//
//	go run ./cmd/whosaid-train
//
// (see docs/TRAINING.md). It ships inside every binary: nothing is
// downloaded. A string, so that no caller can change it, and so that its
// tables are used where they lie in the binary's read-only data (see
// EmbeddedData).
//
//go:embed whosaid.model
var embedded string

// Embedded returns a reader of the default model's bytes.
func Embedded() io.Reader { return strings.NewReader(embedded) }

// EmbeddedData returns the default model's bytes themselves, for reading
// in place with FromString: the pages are mapped from the executable and
// loaded as they are touched, shared by every process that runs it.
func EmbeddedData() string { return embedded }
