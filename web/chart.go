package web

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/whosaid/whosaid/store"
)

// Charts are drawn on the server as SVG: geometry is computed here, the
// templates only write it out. Every chart has a title and a description
// for screen readers, text labels on its marks, and series told apart by
// pattern as well as colour.

// barChart is a horizontal bar chart: one labelled bar per row, or one
// stacked bar of several series per row.
type barChart struct {
	ID     string // unique on the page; prefixes pattern ids
	Title  string
	Desc   string
	CSV    string // URL of the data as CSV; empty for none
	Width  int
	Height int
	Series []series
	Rows   []barRow
	Axis   []axisTick
	AxisY  int
	Empty  bool
	Sub    bool // one of a group of charts: its title is a third-level heading
}

// series is one kind of bar piece: its name, colour and pattern.
type series struct {
	Name    string
	Fill    string // the colour
	Pattern string // "solid", "hatch" or "dots"
	PatID   string // id of the pattern in the chart's defs
}

// FillRef is the fill attribute of a piece of this series.
func (s series) FillRef() string {
	if s.Pattern == "solid" {
		return s.Fill
	}
	return "url(#" + s.PatID + ")"
}

type barRow struct {
	Label     string // shortened to fit; FullLabel is the whole
	FullLabel string
	LabelX    int // right end of the label
	TextY     int // baseline of the labels
	Pieces    []barPiece
	Value     string // the row's value as text, after the bar
	ValueX    int
	ValueEnd  bool // the value is right-aligned at ValueX
}

type barPiece struct {
	X, Y, W, H   float64
	Series       series
	Title        string // the piece's value, as a tooltip and for screen readers
	Text         string // a label inside the piece when it fits; empty otherwise
	TextX, TextY float64
}

type axisTick struct {
	X     float64
	Label string
}

const (
	chartWidth = 640
	rowHeight  = 30
	barHeight  = 18
	axisSpace  = 26
)

// singleSeries is the one series of a simple bar chart.
var singleSeries = series{Name: "value", Fill: "#0072b2", Pattern: "solid"}

// newBarChart lays out a bar chart of values from 0 to max, with grid
// lines at the ticks; format writes a value and the ticks.
func newBarChart(id, title, desc string, labels []string, values []float64, max float64, ticks []float64, format func(float64) string) barChart {
	c := barChart{ID: id, Title: title, Desc: desc, Width: chartWidth, Series: []series{singleSeries}}
	if max <= 0 {
		max = 1
	}
	labelW := labelWidth(labels)
	plotW := float64(c.Width - labelW - 70)
	for i, label := range labels {
		y := i * rowHeight
		w := plotW * clamp01(values[i]/max)
		c.Rows = append(c.Rows, barRow{Label: shorten(label), FullLabel: label, LabelX: labelW - 8, TextY: y + rowHeight/2 + 5,
			Pieces: []barPiece{{X: float64(labelW), Y: float64(y + (rowHeight-barHeight)/2), W: w, H: barHeight,
				Series: singleSeries, Title: label + ": " + format(values[i])}},
			Value: format(values[i]), ValueX: labelW + int(math.Round(w)) + 6})
	}
	c.AxisY = len(labels)*rowHeight + 4
	for _, v := range ticks {
		c.Axis = append(c.Axis, axisTick{X: float64(labelW) + plotW*clamp01(v/max), Label: format(v)})
	}
	c.Height = c.AxisY + axisSpace
	c.Empty = len(labels) == 0
	return c
}

// newStackedChart lays out 100% stacked bars: each row split among the
// series by its counts, the row's total after the bar.
func newStackedChart(id, title, desc string, labels []string, ss []series, counts [][]int) barChart {
	c := barChart{ID: id, Title: title, Desc: desc, Width: chartWidth}
	for i := range ss {
		ss[i].PatID = id + "-p" + strconv.Itoa(i)
	}
	c.Series = ss
	labelW := labelWidth(labels)
	plotW := float64(c.Width - labelW - 60)
	for i, label := range labels {
		y := i * rowHeight
		total := 0
		for _, n := range counts[i] {
			total += n
		}
		row := barRow{Label: shorten(label), FullLabel: label, LabelX: labelW - 8, TextY: y + rowHeight/2 + 5,
			Value: strconv.Itoa(total), ValueX: c.Width - 4, ValueEnd: true}
		x := float64(labelW)
		for j, n := range counts[i] {
			if total == 0 || n == 0 {
				continue
			}
			w := plotW * float64(n) / float64(total)
			p := barPiece{X: x, Y: float64(y + (rowHeight-barHeight)/2), W: w, H: barHeight, Series: ss[j],
				Title: fmt.Sprintf("%s, %s: %d of %d", label, ss[j].Name, n, total)}
			if w >= 34 {
				p.Text = percent(n, total)
				p.TextX = x + w/2
				p.TextY = float64(y + rowHeight/2 + 4)
			}
			row.Pieces = append(row.Pieces, p)
			x += w
		}
		c.Rows = append(c.Rows, row)
	}
	c.AxisY = len(labels)*rowHeight + 4
	for _, f := range []float64{0, .5, 1} {
		c.Axis = append(c.Axis, axisTick{X: float64(labelW) + plotW*f, Label: fmt.Sprintf("%.0f%%", f*100)})
	}
	c.Height = c.AxisY + axisSpace
	c.Empty = len(labels) == 0
	return c
}

// maxLabel is the most characters of a label a chart shows; the whole
// label is in the bar's title.
const maxLabel = 30

// shorten cuts a label to maxLabel characters, with an ellipsis.
func shorten(label string) string {
	r := []rune(label)
	if len(r) <= maxLabel {
		return label
	}
	return strings.TrimSpace(string(r[:maxLabel-1])) + "…"
}

// labelWidth is the width of the label column: enough for the longest
// shortened label at about 8 px a character of 13 px text.
func labelWidth(labels []string) int {
	longest := 0
	for _, l := range labels {
		longest = max(longest, len([]rune(shorten(l))))
	}
	return max(longest*8+12, 80)
}

func clamp01(f float64) float64 {
	if f < 0 || math.IsNaN(f) {
		return 0
	}
	return min(f, 1)
}

// timeChart is a column chart of attributions over time.
type timeChart struct {
	ID      string
	Title   string
	Desc    string
	CSV     string
	Width   int
	Height  int
	Bars    []timeBar
	Ticks   []axisTick // dates under the axis
	BaseY   int
	TopY    int
	Max     int
	LeftX   int
	RightX  int
	Bucket  string // "day", "week" or "month"
	Empty   bool
	Summary []store.DateCount // the buckets, for the table
}

type timeBar struct {
	X, Y, W, H float64
	Label      string // the bucket and its count, for the bar's title
}

// newTimeChart buckets a daily timeline by day, week or month, whichever
// keeps the chart to at most about 60 columns, and lays out the columns.
func newTimeChart(id, title string, days []store.DateCount) timeChart {
	c := timeChart{ID: id, Title: title, Width: chartWidth, Height: 200, BaseY: 165, TopY: 18, LeftX: 36, RightX: chartWidth - 8}
	c.Empty = len(days) == 0
	if c.Empty {
		c.Desc = "No dated attribution."
		return c
	}
	first, last := days[0].Date, days[len(days)-1].Date
	span := last.Sub(first).Hours() / 24
	c.Bucket = "day"
	switch {
	case span > 60*7:
		c.Bucket = "month"
	case span > 60:
		c.Bucket = "week"
	}
	buckets := bucketDays(days, c.Bucket)
	c.Summary = buckets
	for _, b := range buckets {
		c.Max = max(c.Max, b.Count)
	}
	// One slot per bucket from the first to the last, empty ones included,
	// so that the gaps in time show.
	start := bucketStart(first, c.Bucket)
	end := bucketStart(last, c.Bucket)
	n := 1
	for t := start; t.Before(end); t = nextBucket(t, c.Bucket) {
		n++
	}
	slot := float64(c.RightX-c.LeftX) / float64(n)
	index := func(t time.Time) int {
		i := 0
		for u := start; u.Before(t); u = nextBucket(u, c.Bucket) {
			i++
		}
		return i
	}
	plotH := float64(c.BaseY - c.TopY)
	for _, b := range buckets {
		i := index(b.Date)
		h := plotH * float64(b.Count) / float64(max(c.Max, 1))
		w := max(slot*0.7, 1)
		c.Bars = append(c.Bars, timeBar{X: float64(c.LeftX) + float64(i)*slot + (slot-w)/2, Y: float64(c.BaseY) - h, W: w, H: h,
			Label: fmt.Sprintf("%s: %d", bucketLabel(b.Date, c.Bucket), b.Count)})
	}
	c.Ticks = append(c.Ticks, axisTick{X: float64(c.LeftX), Label: bucketLabel(start, c.Bucket)})
	if n > 1 {
		c.Ticks = append(c.Ticks, axisTick{X: float64(c.RightX), Label: bucketLabel(end, c.Bucket)})
	}
	c.Desc = fmt.Sprintf("Attributions per %s from %s to %s; at most %d in one %s.",
		c.Bucket, bucketLabel(start, c.Bucket), bucketLabel(end, c.Bucket), c.Max, c.Bucket)
	return c
}

func bucketStart(t time.Time, bucket string) time.Time {
	t = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	switch bucket {
	case "week":
		return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7)) // Monday
	case "month":
		return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	}
	return t
}

func nextBucket(t time.Time, bucket string) time.Time {
	switch bucket {
	case "week":
		return t.AddDate(0, 0, 7)
	case "month":
		return t.AddDate(0, 1, 0)
	}
	return t.AddDate(0, 0, 1)
}

func bucketLabel(t time.Time, bucket string) string {
	switch bucket {
	case "week":
		return "week of " + t.Format("2 Jan 2006")
	case "month":
		return t.Format("Jan 2006")
	}
	return t.Format("2 Jan 2006")
}

// bucketDays sums daily counts by bucket, in date order.
func bucketDays(days []store.DateCount, bucket string) []store.DateCount {
	var out []store.DateCount
	for _, d := range days {
		b := bucketStart(d.Date, bucket)
		if n := len(out); n > 0 && out[n-1].Date.Equal(b) {
			out[n-1].Count += d.Count
			continue
		}
		out = append(out, store.DateCount{Date: b, Count: d.Count})
	}
	return out
}

// shareScale is the axis of a chart of shares (0 to 1), scaled to the
// largest: up to 1, 2, 2.5 or 5 times a power of ten at or above it, never
// past 100%, with a tick in the middle. A hedge rate of 1-2% is drawn on
// 0-2%, not lost at the foot of 0-100%.
func shareScale(values []float64) (top float64, ticks []float64) {
	most := 0.0
	for _, v := range values {
		if !math.IsNaN(v) {
			most = max(most, v)
		}
	}
	top = 1
	if most > 0 && most < 1 {
		p := math.Pow(10, math.Floor(math.Log10(most)))
		for _, m := range []float64{1, 2, 2.5, 5, 10} {
			if m*p >= most*(1-1e-9) {
				top = min(m*p, 1)
				if m == 2.5 { // its middle, 1.25, makes a poor label
					return top, []float64{0, top}
				}
				break
			}
		}
	}
	return top, []float64{0, top / 2, top}
}

// formatShare writes a share as a percentage, with a decimal below 10%
// (and more below 0.1%) so that small rates are not all "0%".
func formatShare(f float64) string {
	p := 100 * f
	switch {
	case p == 0:
		return "0%"
	case p < 0.1:
		return strconv.FormatFloat(p, 'g', 2, 64) + "%"
	case p < 10:
		return strings.TrimSuffix(strconv.FormatFloat(p, 'f', 1, 64), ".0") + "%"
	}
	return strconv.FormatFloat(p, 'f', 0, 64) + "%"
}
