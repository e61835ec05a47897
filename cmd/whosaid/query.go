package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/whosaid/whosaid/internal/output"

	"github.com/whosaid/whosaid/internal/params"
	"github.com/whosaid/whosaid/server"
	"github.com/whosaid/whosaid/store"
)

// QueryCommand answers the questions of the API on the command line: the
// same parameters (as flags), read by the same parser, the same answers.
type QueryCommand struct{}

// queryKinds are the things to ask for, with the parameters each takes.
var queryKinds = map[string][]params.Param{
	"attributions": params.AttributionParams,
	"documents":    params.DocumentParams,
	"speakers":     params.SpeakerParams,
	"speaker":      nil,
	"outlets":      params.OutletParams,
}

// Run runs the command.
func (c *QueryCommand) Run(e *env, args []string) error {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help") {
			fmt.Fprint(e.stderr, c.Usage())
			return flag.ErrHelp
		}
		return usageErrorf("query: say what to ask for: attributions, documents, speakers, speaker ID or outlets")
	}
	what := args[0]
	kindParams, ok := queryKinds[what]
	if !ok {
		return usageErrorf("query: unknown question %q (want attributions, documents, speakers, speaker ID or outlets)", what)
	}
	fs := flag.NewFlagSet("whosaid query "+what, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() { fmt.Fprint(e.stderr, c.Usage()) }
	formatName := fs.String("format", "table", "")
	db := fs.String("db", defaultDB, "")
	timeout := fs.Duration("timeout", server.DefaultQueryTimeout, "")
	for _, p := range kindParams {
		if p.Switch {
			fs.Var(&switchFlag{}, p.Name, p.Help)
		} else {
			fs.String(p.Name, "", p.Help)
		}
	}
	pos, err := parseInterspersed(fs, args[1:])
	if err != nil {
		return flagError(err)
	}
	format := *formatName
	if format != "table" && format != "json" && format != "csv" {
		return usageErrorf("query: --format: unknown format %q (want table, json or csv)", format)
	}
	if *timeout <= 0 {
		return usageErrorf("query: --timeout must be positive, not %v", *timeout)
	}
	// The flags given, as the API's query parameters.
	values := url.Values{}
	fs.Visit(func(f *flag.Flag) {
		for _, p := range kindParams {
			if p.Name == f.Name {
				values.Set(f.Name, f.Value.String())
			}
		}
	})
	var speakerID int64
	switch {
	case what == "speaker" && len(pos) != 1:
		return usageErrorf("query speaker takes one speaker ID")
	case what == "speaker":
		if speakerID, err = params.SpeakerID(pos[0]); err != nil {
			return usageErrorf("query: %v", err)
		}
	case len(pos) > 0:
		return usageErrorf("query %s takes no arguments, not %q; filters are flags, e.g. --q WORDS", what, pos)
	}
	// The filters are read before the store is opened: a bad one is a
	// usage error, whatever the store.
	var (
		attrF   store.AttributionFilter
		docF    store.DocumentFilter
		spkF    store.SpeakerFilter
		outletF store.OutletFilter
	)
	switch what {
	case "attributions":
		attrF, err = params.Attributions(values)
	case "documents":
		docF, err = params.Documents(values)
	case "speakers":
		spkF, err = params.Speakers(values)
	case "outlets":
		outletF, err = params.Outlets(values)
	}
	var pe *params.Error
	if errors.As(err, &pe) {
		return usageErrorf("query: --%s: %s", pe.Param, pe.Reason)
	}
	if err != nil {
		return usageErrorf("query: %v", err)
	}

	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	var answer any
	offset := max(attrF.Offset, docF.Offset, spkF.Offset) // of the one filter used
	switch what {
	case "attributions":
		answer, err = ask(st.Attributions(ctx, attrF))
	case "documents":
		answer, err = ask(st.Documents(ctx, docF))
	case "speakers":
		answer, err = ask(st.Speakers(ctx, spkF))
	case "speaker":
		var d store.SpeakerDetail
		if d, err = st.Speaker(ctx, speakerID); err == nil {
			answer = server.NewSpeakerBody(d)
		}
	case "outlets":
		var stats []store.OutletStats
		if stats, err = st.Outlets(ctx, outletF); err == nil {
			answer = server.NewOutletsBody(stats)
		}
	}
	if errors.Is(err, store.ErrNotFound) && what == "speaker" {
		return fmt.Errorf("query: no speaker %d: %w", speakerID, err)
	}
	if err != nil {
		return fmt.Errorf("query: %w", err)
	}
	return write(e.stdout, format, answer, offset)
}

func ask[T any](l store.List[T], err error) (any, error) {
	if err != nil {
		return nil, err
	}
	return server.ListBody(l), nil
}

// write writes an answer in format: JSON as the API writes it, or a
// table or CSV of its rows.
func write(w io.Writer, format string, answer any, offset int) error {
	if format == "json" {
		return json.NewEncoder(w).Encode(answer)
	}
	header, rows, footer := tabulate(answer, format == "table", offset)
	if format == "csv" {
		cw := csv.NewWriter(w)
		cw.Write(header)
		for _, row := range rows {
			for i, cell := range row {
				row[i] = output.CSVCell(cell)
			}
		}
		cw.WriteAll(rows)
		return cw.Error()
	}
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(header, "\t"))
	for _, r := range rows {
		fmt.Fprintln(tw, strings.Join(r, "\t"))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if footer != "" {
		_, err := fmt.Fprintln(w, footer)
		return err
	}
	return nil
}

// tabulate turns an answer into rows. For a table (short), long texts are
// cut, cells are kept to one line, and the footer says where the page is.
func tabulate(answer any, short bool, offset int) (header []string, rows [][]string, footer string) {
	cell := func(s string, max int) string {
		if !short {
			return s
		}
		s = strings.Join(strings.Fields(s), " ")
		if utf8.RuneCountInString(s) > max {
			r := []rune(s)
			s = string(r[:max-1]) + "…"
		}
		return s
	}
	day := func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.Format(time.DateOnly)
	}
	pct := func(f float64) string { return strconv.FormatFloat(100*f, 'f', 1, 64) }
	itoa := strconv.Itoa
	pageFooter := func(n, total, next int) string {
		if !short {
			return ""
		}
		if n == 0 {
			return fmt.Sprintf("no rows of %d", total)
		}
		s := fmt.Sprintf("rows %d-%d of %d", offset+1, offset+n, total)
		if next >= 0 {
			s += fmt.Sprintf("; next page: --offset %d", next)
		}
		return s
	}
	switch a := answer.(type) {
	case store.List[store.Hit]:
		header = []string{"doc", "index", "date", "outlet", "kind", "type", "hedge", "speaker", "source", "cue", "content"}
		for _, h := range a.Items {
			at := h.Attribution
			var kind, source, cue, content, hedge string
			if at.Source != nil {
				kind, source = string(at.Source.Kind), at.Source.Text
			}
			if at.Cue != nil {
				cue = at.Cue.Text
			}
			if at.Hedge != nil {
				hedge = at.Hedge.Text
			}
			if at.Content != nil {
				content = at.Content.Text
			}
			if len(h.Snippet) > 0 {
				content = marked(h.Snippet)
			}
			rows = append(rows, []string{cell(h.DocID, 24), itoa(h.Index), day(h.Meta.Published), cell(h.Meta.Outlet, 20), kind, string(at.Type), hedge,
				cell(h.Speaker, 24), cell(source, 24), cell(cue, 16), cell(content, 70)})
		}
		footer = pageFooter(len(a.Items), a.Total, a.Next)
	case store.List[store.DocumentSummary]:
		header = []string{"id", "date", "outlet", "attributions", "title"}
		for _, d := range a.Items {
			rows = append(rows, []string{cell(d.ID, 40), day(d.Meta.Published), cell(d.Meta.Outlet, 20), itoa(d.Attributions), cell(d.Meta.Title, 60)})
		}
		footer = pageFooter(len(a.Items), a.Total, a.Next)
	case store.List[store.Speaker]:
		header = []string{"id", "name", "kind", "title", "attributions", "documents", "outlets", "first", "last"}
		withGender := slices.ContainsFunc(a.Items, func(s store.Speaker) bool { return s.Gender != "" })
		if withGender {
			header = append(header, "gender")
		}
		for _, s := range a.Items {
			row := []string{strconv.FormatInt(s.ID, 10), cell(s.Name, 40), string(s.Kind), cell(s.Title, 20), itoa(s.Attributions), itoa(s.Documents), itoa(s.Outlets), day(s.First), day(s.Last)}
			if withGender {
				row = append(row, s.Gender)
			}
			rows = append(rows, row)
		}
		footer = pageFooter(len(a.Items), a.Total, a.Next)
	case server.SpeakerBody:
		// One row per outlet and per day, under the speaker's line.
		header = []string{"speaker", "name", "kind", "outlet", "date", "attributions"}
		id := strconv.FormatInt(a.ID, 10)
		rows = append(rows, []string{id, cell(a.Name, 40), string(a.Kind), "", "", itoa(a.Attributions)})
		for _, c := range a.ByOutlet {
			rows = append(rows, []string{id, "", "", cell(c.Name, 30), "", itoa(c.Count)})
		}
		for _, c := range a.Timeline {
			rows = append(rows, []string{id, "", "", "", day(c.Date), itoa(c.Count)})
		}
	case server.OutletsBody:
		header = []string{"outlet", "documents", "attributions", "anonymous_pct", "hedged_pct", "direct", "indirect", "mixed", "top_speakers"}
		withGender := len(a.Items) > 0 && a.Items[0].Gender != nil
		if withGender {
			// Counts and shares both, unknown always: people quoted, once
			// per article.
			header = append(header, "female", "male", "unknown", "female_pct", "male_pct", "unknown_pct")
		}
		for _, o := range a.Items {
			var top []string
			for _, c := range o.TopSpeakers {
				top = append(top, fmt.Sprintf("%s (%d)", c.Name, c.Count))
			}
			row := []string{cell(o.Outlet, 30), itoa(o.Documents), itoa(o.Attributions), pct(o.AnonymousShare), pct(o.HedgeRate),
				itoa(o.Direct), itoa(o.Indirect), itoa(o.Mixed), cell(strings.Join(top, "; "), 60)}
			if g := o.Gender; withGender && g != nil {
				row = append(row, itoa(g.Female), itoa(g.Male), itoa(g.Unknown), pct(g.FemaleShare), pct(g.MaleShare), pct(g.UnknownShare))
			}
			rows = append(rows, row)
		}
	}
	return header, rows, footer
}

// switchFlag is a boolean flag of the API's parameters: on when given
// alone (--gender), or --gender=false; its value is the parameter's.
type switchFlag struct{ value string }

func (f *switchFlag) String() string { return f.value }
func (f *switchFlag) Set(s string) error {
	if _, err := strconv.ParseBool(s); err != nil {
		return fmt.Errorf("%q is neither true nor false", s)
	}
	f.value = s
	return nil
}
func (f *switchFlag) IsBoolFlag() bool { return true }

// marked writes a snippet with its matches in [brackets].
func marked(frags []store.Fragment) string {
	var b strings.Builder
	for _, f := range frags {
		if f.Match {
			b.WriteString("[" + f.Text + "]")
		} else {
			b.WriteString(f.Text)
		}
	}
	return b.String()
}

// Usage returns the help text of the command.
func (c *QueryCommand) Usage() string {
	var b strings.Builder
	fmt.Fprintf(&b, `Usage: whosaid query QUESTION [flags]

Asks a store what the API answers, with the same parameters as flags.

Questions:
  attributions    who said what, filtered, with a full-text search
  documents       the documents, filtered
  speakers        the canonical speakers, most quoted first
  speaker ID      one speaker, by outlet and by day
  outlets         how each outlet attributes

Flags of every question:
  --db PATH|URL      the store: a SQLite file, or postgres://... (default %s)
  --format F         table (default), json (as the API) or csv (with a header)
  --timeout D        longest time of the query (default %v)
`, defaultDB, server.DefaultQueryTimeout)
	for _, q := range []string{"attributions", "documents", "speakers", "outlets"} {
		fmt.Fprintf(&b, "\nFlags of %s:\n", q)
		for _, p := range queryKinds[q] {
			help := p.Help
			if len(p.Enum) > 0 {
				help += ": " + strings.Join(p.Enum, ", ")
			}
			if p.Switch {
				help = "(a switch) " + help
			}
			fmt.Fprintf(&b, "  --%-12s %s\n", p.Name, help)
		}
	}
	return b.String()
}
