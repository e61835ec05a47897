// Package params reads the filters of a listing from URL query parameters
// into the store's filter types. The HTTP API and 'whosaid query' share it,
// so that both accept the same parameters and give the same answers.
package params

import (
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/store"
)

// ErrBadParam is wrapped by every error of this package.
var ErrBadParam = errors.New("bad parameter")

// Error is one parameter that cannot be read.
type Error struct {
	Param  string
	Reason string
}

func (e *Error) Error() string { return fmt.Sprintf("parameter %q: %s", e.Param, e.Reason) }
func (e *Error) Unwrap() error { return ErrBadParam }
func bad(p, format string, a ...any) error {
	return &Error{Param: p, Reason: fmt.Sprintf(format, a...)}
}

// Type is the type of a parameter's value.
type Type string

// The parameter types.
const (
	String  Type = "string"
	Integer Type = "integer"
	Boolean Type = "boolean"
	Date    Type = "date" // YYYY-MM-DD or RFC 3339
)

// Param describes one query parameter.
type Param struct {
	Name string
	Type Type
	Enum []string // the allowed values, when there is a fixed set
	Help string
	// Switch: a boolean that is on when given alone on the command line
	// (--gender); the API still reads true or false.
	Switch bool
}

// MaxQueryLen is the longest full-text query or name accepted, in bytes.
const MaxQueryLen = 500

// MaxOffset is the largest offset accepted: deeper pages are better asked
// with a narrower filter than by scanning.
const MaxOffset = 100_000

// Kinds and Types are the allowed values of the kind and type parameters.
var (
	Kinds = []string{string(whosaid.Person), string(whosaid.Organization), string(whosaid.Anonymous), string(whosaid.Pronoun)}
	Types = []string{string(whosaid.Direct), string(whosaid.Indirect), string(whosaid.Mixed)}
)

var pageParams = []Param{
	{Name: "limit", Type: Integer, Help: fmt.Sprintf("page size, 1 to %d (default 50)", store.MaxLimit)},
	{Name: "offset", Type: Integer, Help: fmt.Sprintf("items to skip, 0 to %d", MaxOffset)},
}

var dateParams = []Param{
	{Name: "from", Type: Date, Help: "published on or after this date (YYYY-MM-DD or RFC 3339)"},
	{Name: "to", Type: Date, Help: "published before this date, exclusive (YYYY-MM-DD or RFC 3339)"},
}

// DocumentParams are the parameters of a document listing.
var DocumentParams = concat(
	[]Param{
		{Name: "q", Type: String, Help: "full-text query over title and text"},
		{Name: "outlet", Type: String, Help: "the outlet (case aside)"},
	},
	dateParams, pageParams)

// AttributionParams are the parameters of an attribution listing.
var AttributionParams = concat(
	[]Param{
		{Name: "q", Type: String, Help: "full-text query over contents and sources; matches are marked in the snippet"},
		{Name: "speaker", Type: String, Help: "a speaker's canonical name or alias, exactly"},
		{Name: "speaker_id", Type: Integer, Help: "a canonical speaker's id"},
		{Name: "outlet", Type: String, Help: "the outlet (case aside)"},
		{Name: "kind", Type: String, Enum: Kinds, Help: "the source's kind"},
		{Name: "type", Type: String, Enum: Types, Help: "how the content is reported"},
		{Name: "hedged", Type: Boolean, Help: "true: only hedged attributions; false: only unhedged"},
	},
	dateParams,
	[]Param{{Name: "doc", Type: String, Help: "the id of one document"}},
	pageParams)

// genderParam asks for the opt-in gender figures (docs/GENDER.md).
func genderParam(help string) Param {
	return Param{Name: "gender", Type: Boolean, Switch: true, Help: help}
}

// SpeakerParams are the parameters of a speaker listing.
var SpeakerParams = concat(
	[]Param{
		{Name: "name", Type: String, Help: "a prefix of the speaker's name or of an alias"},
		{Name: "kind", Type: String, Enum: Kinds, Help: "the speaker's kind"},
		{Name: "outlet", Type: String, Help: "only speakers quoted by this outlet"},
		genderParam("true: each person's gender, female, male or unknown, from the text (opt-in)"),
	},
	pageParams)

// OutletParams are the parameters of the outlet statistics.
var OutletParams = concat(
	dateParams,
	[]Param{genderParam("true: the gender shares of the people each outlet quotes, unknown counted (opt-in)")})

func concat(lists ...[]Param) []Param { return slices.Concat(lists...) }

// values are query parameters that passed check.
type values struct {
	v url.Values
}

// check reads v against the parameters allowed: an unknown or repeated
// parameter, a value that is not valid UTF-8 or too long, or one outside
// its enumeration is an error.
func check(v url.Values, allowed []Param) (values, error) {
	// Sorted, so that the error named is the same on every call.
	names := make([]string, 0, len(v))
	for name := range v {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		i := slices.IndexFunc(allowed, func(p Param) bool { return p.Name == name })
		if i < 0 {
			return values{}, bad(name, "unknown parameter; allowed: %s", paramNames(allowed))
		}
		vs := v[name]
		if len(vs) > 1 {
			return values{}, bad(name, "given %d times, allowed once", len(vs))
		}
		s := vs[0]
		if !utf8.ValidString(s) {
			return values{}, bad(name, "not valid UTF-8")
		}
		if len(s) > MaxQueryLen {
			return values{}, bad(name, "%d bytes long, the limit is %d", len(s), MaxQueryLen)
		}
		if e := allowed[i].Enum; len(e) > 0 && s != "" && !slices.Contains(e, s) {
			return values{}, bad(name, "%q is not one of %s", s, strings.Join(e, ", "))
		}
	}
	return values{v}, nil
}

func paramNames(ps []Param) string {
	names := make([]string, len(ps))
	for i, p := range ps {
		names[i] = p.Name
	}
	return strings.Join(names, ", ")
}

func (v values) str(name string) string { return strings.TrimSpace(v.v.Get(name)) }

func (v values) integer(name string, lo, hi int64) (int64, error) {
	s := v.str(name)
	if s == "" {
		return 0, nil
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return 0, bad(name, "%q is not an integer", s)
	}
	if n < lo || n > hi {
		return 0, bad(name, "%d is out of range %d to %d", n, lo, hi)
	}
	return n, nil
}

func (v values) boolean(name string) (*bool, error) {
	s := v.str(name)
	if s == "" {
		return nil, nil
	}
	b, err := strconv.ParseBool(s)
	if err != nil {
		return nil, bad(name, "%q is neither true nor false", s)
	}
	return &b, nil
}

// on reads a boolean that is false when absent.
func (v values) on(name string) (bool, error) {
	b, err := v.boolean(name)
	return b != nil && *b, err
}

func (v values) date(name string) (time.Time, error) {
	s := v.str(name)
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, bad(name, "%q is not a date (YYYY-MM-DD or RFC 3339)", s)
	}
	return t.UTC(), nil
}

func (v values) dates() (from, to time.Time, err error) {
	if from, err = v.date("from"); err != nil {
		return
	}
	if to, err = v.date("to"); err != nil {
		return
	}
	if !from.IsZero() && !to.IsZero() && !from.Before(to) {
		err = bad("to", "%s is not after from (%s); to is exclusive", to.Format(time.RFC3339), from.Format(time.RFC3339))
	}
	return
}

func (v values) page() (store.Page, error) {
	limit, err := v.integer("limit", 1, store.MaxLimit)
	if err != nil {
		return store.Page{}, err
	}
	offset, err := v.integer("offset", 0, MaxOffset)
	if err != nil {
		return store.Page{}, err
	}
	return store.Page{Limit: int(limit), Offset: int(offset)}, nil
}

// Documents reads a document filter.
func Documents(q url.Values) (f store.DocumentFilter, err error) {
	v, err := check(q, DocumentParams)
	if err != nil {
		return f, err
	}
	f.Query, f.Outlet = v.str("q"), v.str("outlet")
	if f.From, f.To, err = v.dates(); err != nil {
		return f, err
	}
	f.Page, err = v.page()
	return f, err
}

// Attributions reads an attribution filter.
func Attributions(q url.Values) (f store.AttributionFilter, err error) {
	v, err := check(q, AttributionParams)
	if err != nil {
		return f, err
	}
	f.Query, f.Speaker, f.Outlet, f.DocID = v.str("q"), v.str("speaker"), v.str("outlet"), v.str("doc")
	f.Kind, f.Type = whosaid.Kind(v.str("kind")), whosaid.Type(v.str("type"))
	if f.SpeakerID, err = v.integer("speaker_id", 1, 1<<53); err != nil {
		return f, err
	}
	if f.Hedged, err = v.boolean("hedged"); err != nil {
		return f, err
	}
	if f.From, f.To, err = v.dates(); err != nil {
		return f, err
	}
	f.Page, err = v.page()
	return f, err
}

// Speakers reads a speaker filter.
func Speakers(q url.Values) (f store.SpeakerFilter, err error) {
	v, err := check(q, SpeakerParams)
	if err != nil {
		return f, err
	}
	f.Name, f.Outlet, f.Kind = v.str("name"), v.str("outlet"), whosaid.Kind(v.str("kind"))
	if f.Gender, err = v.on("gender"); err != nil {
		return f, err
	}
	f.Page, err = v.page()
	return f, err
}

// Outlets reads the filter of the outlet statistics.
func Outlets(q url.Values) (f store.OutletFilter, err error) {
	v, err := check(q, OutletParams)
	if err != nil {
		return f, err
	}
	if f.From, f.To, err = v.dates(); err != nil {
		return f, err
	}
	f.Gender, err = v.on("gender")
	return f, err
}

// SpeakerID reads the id of a speaker from a path or an argument.
func SpeakerID(s string) (int64, error) {
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id < 1 {
		return 0, bad("id", "%q is not a speaker id (a positive integer)", s)
	}
	return id, nil
}
