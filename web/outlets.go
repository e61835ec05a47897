package web

import (
	"encoding/csv"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/whosaid/whosaid/internal/output"

	"github.com/whosaid/whosaid/store"
)

// outletsView is the body of the outlets dashboard.
type outletsView struct {
	Outlets   []outletRow
	Anonymous barChart
	Hedge     barChart
	Types     barChart
	Top       []barChart
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

// The charts of the dashboard, by the name of their CSV file.
var outletTables = map[string]func([]store.OutletStats) [][]string{
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
}

// quarters are the ticks of a share from 0 to 1.
var quarters = []float64{0, .25, .5, .75, 1}

func ratio(f float64) string { return strconv.FormatFloat(f, 'f', 4, 64) }

func outletName(o string) string {
	if o == "" {
		return unknownOutlet
	}
	return o
}

func (s *server) outlets(w http.ResponseWriter, r *http.Request) {
	stats, err := s.opts.Store.Outlets(r.Context(), store.OutletFilter{})
	if err != nil {
		s.storeFailed(w, r, "outlet statistics", err)
		return
	}
	var v outletsView
	labels := make([]string, len(stats))
	anon := make([]float64, len(stats))
	hedge := make([]float64, len(stats))
	typeCounts := make([][]int, len(stats))
	for i, o := range stats {
		labels[i] = outletName(o.Outlet)
		anon[i], hedge[i] = o.AnonymousShare, o.HedgeRate
		typeCounts[i] = []int{o.Direct, o.Indirect, o.Mixed}
		v.Outlets = append(v.Outlets, outletRow{OutletStats: o, Name: labels[i],
			SearchURL: "/search?outlet=" + url.QueryEscape(o.Outlet)})
		v.Top = append(v.Top, topChart(i, labels[i], o.TopSpeakers))
	}
	share := func(f float64) string { return fmt.Sprintf("%.0f%%", 100*f) }
	v.Anonymous = newBarChart("anonymous-share", "Anonymous sources",
		"Share of attributions with a source whose source is anonymous, per outlet.", labels, anon, 1, quarters, share)
	v.Anonymous.CSV = "/outlets/anonymous-share.csv"
	v.Hedge = newBarChart("hedge-rate", "Hedged attributions",
		"Share of attributions the outlet distances itself from (allegedly, purportedly, claimed), per outlet.", labels, hedge, 1, quarters, share)
	v.Hedge.CSV = "/outlets/hedge-rate.csv"
	v.Types = newStackedChart("types", "Direct, indirect and mixed quotation",
		"Share of direct quotations, indirect (reported) speech and mixed quotation per outlet; the number after each bar is the outlet's attributions.",
		labels, []series{
			{Name: "direct", Fill: "#0072b2", Pattern: "solid"},
			{Name: "indirect", Fill: "#e69f00", Pattern: "hatch"},
			{Name: "mixed", Fill: "#009e73", Pattern: "dots"},
		}, typeCounts)
	v.Types.CSV = "/outlets/types.csv"
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

// outletCSV writes the data of one chart of the dashboard.
func (s *server) outletCSV(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("chart")
	table, ok := outletTables[name]
	if !ok {
		s.fail(w, r, http.StatusNotFound, "There is no such chart of the outlets.")
		return
	}
	stats, err := s.opts.Store.Outlets(r.Context(), store.OutletFilter{})
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
