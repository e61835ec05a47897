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
// downloaded. A string, so that no caller can change it.
//
//go:embed whosaid.model
var embedded string

// Embedded returns a reader of the default model's bytes.
func Embedded() io.Reader { return strings.NewReader(embedded) }
