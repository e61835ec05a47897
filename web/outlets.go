package web

import (
	"encoding/csv"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/whosaid/whosaid/internal/output"

	"github.com/whosaid/whosaid/store"
)

// outletsView is the body of the outlets dashboard.
type outletsView struct {
	Form      outletsForm
	Errors    []string
	Outlets   []outletRow
	Anonymous barChart
	Hedge     barChart
	Types     barChart
	Gender    barChart // only when asked for
	Top       []barChart
	TableCSV  string // the whole table as CSV, with the form's filters
	TopCSV    string
}

// outletsForm is the dashboard's filter as the visitor filled it in.
type outletsForm struct {
	From, To string // YYYY-MM-DD, both inclusive
	Gender   bool
	Filtered bool // a date is set
}

type outletRow struct {
	store.OutletStats
	Name      string // the outlet, or "(unknown outlet)"
	SearchURL string
}

// topSpeakers is how many speakers the chart of an outlet shows.
const topSpeakers = 5

// unknownOutlet names the outlet of documents without one.
const unknownOutlet = "(unknown outlet)"

// The tables of the dashboard, by the name of their CSV file: one per
// chart, and the whole table.
var outletTables = map[string]func([]store.OutletStats) [][]string{
	"outlets.csv": func(os []store.OutletStats) [][]string {
		head := []string{"outlet", "documents", "attributions", "anonymous_share", "hedge_rate", "direct", "indirect", "mixed"}
		withGender := len(os) > 0 && os[0].Gender != nil
		if withGender {
			head = append(head, genderColumns...)
		}
		rows := [][]string{head}
		for _, o := range os {
			row := []string{outletName(o.Outlet), strconv.Itoa(o.Documents), strconv.Itoa(o.Attributions), ratio(o.AnonymousShare),
				ratio(o.HedgeRate), strconv.Itoa(o.Direct), strconv.Itoa(o.Indirect), strconv.Itoa(o.Mixed)}
			if withGender {
				row = append(row, genderCells(o.Gender)...)
			}
			rows = append(rows, row)
		}
		return rows
	},
	"anonymous-share.csv": func(os []store.OutletStats) [][]string {
		rows := [][]string{{"outlet", "anonymous_share", "attributions"}}
		for _, o := range os {
			rows = append(rows, []string{outletName(o.Outlet), ratio(o.AnonymousShare), strconv.Itoa(o.Attributions)})
		}
		return rows
	},
	"hedge-rate.csv": func(os []store.OutletStats) [][]string {
		rows := [][]string{{"outlet", "hedge_rate", "attributions"}}
		for _, o := range os {
			rows = append(rows, []string{outletName(o.Outlet), ratio(o.HedgeRate), strconv.Itoa(o.Attributions)})
		}
		return rows
	},
	"types.csv": func(os []store.OutletStats) [][]string {
		rows := [][]string{{"outlet", "direct", "indirect", "mixed"}}
		for _, o := range os {
			rows = append(rows, []string{outletName(o.Outlet), strconv.Itoa(o.Direct), strconv.Itoa(o.Indirect), strconv.Itoa(o.Mixed)})
		}
		return rows
	},
	"top-speakers.csv": func(os []store.OutletStats) [][]string {
		rows := [][]string{{"outlet", "rank", "speaker", "attributions"}}
		for _, o := range os {
			for i, c := range o.TopSpeakers {
				rows = append(rows, []string{outletName(o.Outlet), strconv.Itoa(i + 1), c.Name, strconv.Itoa(c.Count)})
			}
		}
		return rows
	},
	"gender.csv": func(os []store.OutletStats) [][]string {
		rows := [][]string{append([]string{"outlet"}, genderColumns...)}
		for _, o := range os {
			rows = append(rows, append([]string{outletName(o.Outlet)}, genderCells(o.Gender)...))
		}
		return rows
	},
}

// genderTable needs the gender counts: its address alone asks for them.
const genderTable = "gender.csv"

var genderColumns = []string{"female", "male", "unknown", "female_share", "male_share", "unknown_share"}

func genderCells(g *store.GenderCounts) []string {
	if g == nil {
		return make([]string, len(genderColumns))
	}
	return []string{strconv.Itoa(g.Female), strconv.Itoa(g.Male), strconv.Itoa(g.Unknown),
		ratio(g.FemaleShare), ratio(g.MaleShare), ratio(g.UnknownShare)}
}

func ratio(f float64) string { return strconv.FormatFloat(f, 'f', 4, 64) }

func outletName(o string) string {
	if o == "" {
		return unknownOutlet
	}
	return o
}

// parseOutlets reads the dashboard's form: from and to, days both
// included, and gender, which the API's true/false or a checkbox's "on"
// turn on. Errors are for the visitor.
func parseOutlets(q url.Values) (outletsForm, store.OutletFilter, []string) {
	form := outletsForm{From: strings.TrimSpace(q.Get("from")), To: strings.TrimSpace(q.Get("to"))}
	var f store.OutletFilter
	var errs []string
	for name := range q {
		switch name {
		case "from", "to", "gender":
		default:
			errs = append(errs, fmt.Sprintf("The outlets page has no filter %q.", name))
		}
	}
	var err error
	f.From, f.To, err = parseRange(form.From, form.To)
	if err != nil {
		errs = append(errs, err.Error())
	}
	switch g := q.Get("gender"); g {
	case "", "false", "0", "off":
	case "true", "1", "on":
		form.Gender, f.Gender = true, true
	default:
		errs = append(errs, fmt.Sprintf("Gender is true or false, not %q.", g))
	}
	form.Filtered = !f.From.IsZero() || !f.To.IsZero()
	return form, f, errs
}

// parseRange reads a range of days of a form, both included: To is made
// the day after, as the store's ranges exclude it.
func parseRange(fromDay, toDay string) (from, to time.Time, err error) {
	if from, err = parseDay(fromDay); err != nil {
		return from, to, fmt.Errorf("The first date, %q, is not a date (YYYY-MM-DD).", fromDay)
	}
	if to, err = parseDay(toDay); err != nil {
		return from, to, fmt.Errorf("The last date, %q, is not a date (YYYY-MM-DD).", toDay)
	}
	if !to.IsZero() {
		to = to.AddDate(0, 0, 1)
	}
	if !from.IsZero() && !to.IsZero() && !from.Before(to) {
		return from, to, fmt.Errorf("The first date is after the last.")
	}
	return from, to, nil
}

// query is the form as the query of a link: the same filters.
func (f outletsForm) query() string {
	q := url.Values{}
	if f.From != "" {
		q.Set("from", f.From)
	}
	if f.To != "" {
		q.Set("to", f.To)
	}
	if f.Gender {
		q.Set("gender", "true")
	}
	if len(q) == 0 {
		return ""
	}
	return "?" + q.Encode()
}

func (s *server) outlets(w http.ResponseWriter, r *http.Request) {
	form, filter, errs := parseOutlets(r.URL.Query())
	v := outletsView{Form: form, Errors: errs}
	if len(errs) > 0 {
		s.render(w, r, http.StatusBadRequest, "outlets", page{Title: "Outlets", Nav: "outlets", Body: v})
		return
	}
	stats, err := s.opts.Store.Outlets(r.Context(), filter)
	if err != nil {
		s.storeFailed(w, r, "outlet statistics", err)
		return
	}
	csvURL := func(name string) string { return "/outlets/" + name + form.query() }
	labels := make([]string, len(stats))
	anon := make([]float64, len(stats))
	hedge := make([]float64, len(stats))
	typeCounts := make([][]int, len(stats))
	genderCounts := make([][]int, len(stats))
	for i, o := range stats {
		labels[i] = outletName(o.Outlet)
		anon[i], hedge[i] = o.AnonymousShare, o.HedgeRate
		typeCounts[i] = []int{o.Direct, o.Indirect, o.Mixed}
		if g := o.Gender; g != nil {
			genderCounts[i] = []int{g.Female, g.Male, g.Unknown}
		}
		search := url.Values{"outlet": {o.Outlet}}
		if form.From != "" {
			search.Set("from", form.From)
		}
		if form.To != "" {
			search.Set("to", form.To)
		}
		v.Outlets = append(v.Outlets, outletRow{OutletStats: o, Name: labels[i], SearchURL: "/search?" + search.Encode()})
		v.Top = append(v.Top, topChart(i, labels[i], o.TopSpeakers))
	}
	top, ticks := shareScale(anon)
	v.Anonymous = newBarChart("anonymous-share", "Anonymous sources",
		fmt.Sprintf("Share of attributions with a source whose source is anonymous, per outlet; the axis runs from 0 to %s.", formatShare(top)),
		labels, anon, top, ticks, formatShare)
	v.Anonymous.CSV = csvURL("anonymous-share.csv")
	top, ticks = shareScale(hedge)
	v.Hedge = newBarChart("hedge-rate", "Hedged attributions",
		fmt.Sprintf("Share of attributions the outlet distances itself from (allegedly, purportedly, claimed), per outlet; the axis runs from 0 to %s.", formatShare(top)),
		labels, hedge, top, ticks, formatShare)
	v.Hedge.CSV = csvURL("hedge-rate.csv")
	v.Types = newStackedChart("types", "Direct, indirect and mixed quotation",
		"Share of direct quotations, indirect (reported) speech and mixed quotation per outlet; the number after each bar is the outlet's attributions.",
		labels, []series{
			{Name: "direct", Fill: "#0072b2", Pattern: "solid"},
			{Name: "indirect", Fill: "#e69f00", Pattern: "hatch"},
			{Name: "mixed", Fill: "#009e73", Pattern: "dots"},
		}, typeCounts)
	v.Types.CSV = csvURL("types.csv")
	if form.Gender {
		v.Gender = newStackedChart("gender", "Women and men quoted",
			"The people each outlet quotes, each once per article, by the gender its text gives them: female, male, or unknown when the text does not say or says both; the number after each bar is the people counted.",
			labels, []series{
				{Name: "female", Fill: "#cc79a7", Pattern: "solid"},
				{Name: "male", Fill: "#56b4e9", Pattern: "hatch"},
				{Name: "unknown", Fill: "#bbbbbb", Pattern: "dots"},
			}, genderCounts)
		v.Gender.CSV = csvURL(genderTable)
	}
	v.TableCSV, v.TopCSV = csvURL("outlets.csv"), csvURL("top-speakers.csv")
	s.render(w, r, http.StatusOK, "outlets", page{Title: "Outlets", Nav: "outlets", Body: v})
}

// topChart is the chart of the most quoted speakers of the i-th outlet.
func topChart(i int, outlet string, top []store.Count) barChart {
	top = top[:min(len(top), topSpeakers)]
	names := make([]string, len(top))
	counts := make([]float64, len(top))
	most := 0.0
	for j, c := range top {
		names[j], counts[j] = c.Name, float64(c.Count)
		most = max(most, counts[j])
	}
	c := newBarChart(fmt.Sprintf("top-%d", i), outlet,
		fmt.Sprintf("The %d speakers %s quotes most, with their attributions.", len(top), outlet),
		names, counts, niceMax(most), countTicks(niceMax(most)), formatCount)
	c.Sub = true
	return c
}

// outletCSV writes the data of one chart of the dashboard, or its whole
// table, with the dashboard's filters.
func (s *server) outletCSV(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("chart")
	table, ok := outletTables[name]
	if !ok {
		s.fail(w, r, http.StatusNotFound, "There is no such chart of the outlets.")
		return
	}
	_, filter, errs := parseOutlets(r.URL.Query())
	if len(errs) > 0 {
		s.fail(w, r, http.StatusBadRequest, strings.Join(errs, " "))
		return
	}
	if name == genderTable {
		filter.Gender = true
	}
	stats, err := s.opts.Store.Outlets(r.Context(), filter)
	if err != nil {
		s.storeFailed(w, r, "outlet statistics", err)
		return
	}
	writeCSV(w, r, s, "outlets-"+name, table(stats))
}

// writeCSV sends rows as a CSV download. A cell that a spreadsheet would
// take for a formula (=, +, -, @, tab, return first) gets a leading
// apostrophe: outlet and speaker names come from untrusted articles.
func writeCSV(w http.ResponseWriter, r *http.Request, s *server, filename string, rows [][]string) {
	var b strings.Builder
	cw := csv.NewWriter(&b)
	for _, row := range rows {
		for i, cell := range row {
			row[i] = output.CSVCell(cell)
		}
		cw.Write(row)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		s.log.Error("web: writing CSV", "path", r.URL.Path, "err", err)
		s.fail(w, r, http.StatusInternalServerError, "The table could not be written.")
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/csv; charset=utf-8")
	h.Set("Content-Disposition", `attachment; filename="`+filename+`"`)
	h.Set("Cache-Control", "no-store")
	w.Write([]byte(b.String()))
}
