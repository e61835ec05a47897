package model

import _ "embed"

// Embedded is the default extraction model, built from PolNeAR train by
//
//	go run ./cmd/whosaid-train
//
// (see README.md). It ships inside every binary: nothing is downloaded.
//
//go:embed whosaid.model
var Embedded []byte
