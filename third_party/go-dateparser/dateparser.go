// Package dateparser stands in for github.com/markusmobius/go-dateparser,
// of which whosaid needs the API but never the parser.
//
// whosaid reads HTML with go-trafilatura, which finds a page's date with
// go-htmldate, which imports go-dateparser for its "extensive search" of
// dates written out in words in 200 languages. whosaid runs htmldate in
// its fast mode (ingest.extractorOptions: HtmlDateMode Fast, so
// SkipExtensiveSearch), which never calls the parser; yet the real
// package builds its locale tables in init, 230 ms and 78 MB at every
// start of every process, three quarters of whosaid's start-up. This
// module, put in its place by a replace directive in go.mod, has the
// types and names htmldate compiles against, and a Parse that says it is
// not there rather than finding nothing. TestDateWithoutDateparser in ingest
// holds the mode; docs/SPEED.md has the measurements.
package dateparser

import (
	"errors"
	"time"
)

// ErrNotBuilt is what Parse returns: the extensive date parser is not
// built into whosaid.
var ErrNotBuilt = errors.New("go-dateparser is not built into whosaid: htmldate must run in its fast mode")

// ParserType names one of the upstream parsers.
type ParserType uint8

// The upstream parser types.
const (
	Timestamp ParserType = iota
	NegativeTimestamp
	RelativeTime
	CustomFormat
	AbsoluteTime
	NoSpacesTime
)

// PreferredDateSource says how upstream fills an incomplete date.
type PreferredDateSource uint8

// The upstream date sources.
const (
	CurrentPeriod PreferredDateSource = iota
	Past
	Future
)

// Configuration holds the upstream settings htmldate sets.
type Configuration struct {
	PreferredDateSource PreferredDateSource
	StrictParsing       bool
}

// Date is a parsed date.
type Date struct {
	Time time.Time
}

// Parser is the upstream parser's handle.
type Parser struct {
	ParserTypes []ParserType
}

// Parse returns ErrNotBuilt.
func (p *Parser) Parse(cfg *Configuration, str string, formats ...string) (Date, error) {
	return Date{}, ErrNotBuilt
}
