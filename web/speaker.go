package web

import (
	"fmt"
	"math"
	"net/http"
	"strconv"

	"github.com/whosaid/whosaid/store"
)

// article shows one stored article with its attributions.
func (s *server) article(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	a, err := s.opts.Store.Document(r.Context(), id)
	if err != nil {
		s.storeFailed(w, r, "article", err)
		return
	}
	if a.Doc == nil {
		s.storeFailed(w, r, "article", fmt.Errorf("document %q has no extraction", id))
		return
	}
	title := a.Meta.Title
	heading := title
	if heading == "" && a.Doc.Title == nil {
		heading = id
	}
	name := heading
	if name == "" {
		name = a.Doc.Title.Text
	}
	view := newArticleView(a.Doc, heading)
	ids, err := s.speakerIDs(r.Context(), id, len(a.Doc.Attributions))
	if err != nil {
		s.storeFailed(w, r, "speakers of the article", err)
		return
	}
	linkSpeakers(&view, ids)
	s.render(w, r, http.StatusOK, "article", page{Title: name, Nav: "search",
		Body: articlePage{DocID: id, Meta: a.Meta, Article: view}})
}

// speakerView is the body of a speaker's page.
type speakerView struct {
	Speaker   store.SpeakerDetail
	Timeline  timeChart
	ByOutlet  barChart
	Hits      []hitView
	Total     int
	From, To  int
	PrevURL   string
	NextURL   string
	SearchURL string
}

// speakerID reads the speaker number of the path.
func speakerID(r *http.Request) (int64, bool) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	return id, err == nil && id > 0
}

func (s *server) speaker(w http.ResponseWriter, r *http.Request) {
	id, ok := speakerID(r)
	if !ok {
		s.fail(w, r, http.StatusNotFound, "A speaker's address ends in their number.")
		return
	}
	ctx := r.Context()
	sp, err := s.opts.Store.Speaker(ctx, id)
	if err != nil {
		s.storeFailed(w, r, "speaker", err)
		return
	}
	offset := 0
	if off, err := strconv.Atoi(r.URL.Query().Get("offset")); err == nil && off > 0 {
		offset = off
	}
	hits, err := s.opts.Store.Attributions(ctx, store.AttributionFilter{SpeakerID: id,
		Page: store.Page{Limit: resultsPerPage, Offset: offset}})
	if err != nil {
		s.storeFailed(w, r, "attributions of the speaker", err)
		return
	}
	v := speakerView{Speaker: sp, Hits: hitViews(hits.Items, false), Total: hits.Total,
		From: offset + 1, To: offset + len(hits.Items),
		SearchURL: "/search?speaker_id=" + strconv.FormatInt(id, 10)}
	v.PrevURL, v.NextURL = pageURLs(r.URL, offset, len(hits.Items), hits.Next, resultsPerPage)
	v.Timeline = newTimeChart("timeline", "When "+sp.Name+" was quoted", sp.Timeline)
	v.Timeline.CSV = fmt.Sprintf("/speakers/%d/timeline.csv", id)
	labels := make([]string, len(sp.ByOutlet))
	values := make([]float64, len(sp.ByOutlet))
	most := 0.0
	for i, c := range sp.ByOutlet {
		labels[i] = c.Name
		values[i] = float64(c.Count)
		most = max(most, values[i])
	}
	v.ByOutlet = newBarChart("by-outlet", "Outlets that quote "+sp.Name,
		fmt.Sprintf("Attributions to %s per outlet, most first; %d outlets.", sp.Name, len(labels)),
		labels, values, niceMax(most), countTicks(niceMax(most)), formatCount)
	v.ByOutlet.CSV = fmt.Sprintf("/speakers/%d/outlets.csv", id)
	s.render(w, r, http.StatusOK, "speaker", page{Title: sp.Name, Nav: "speakers", Body: v})
}

// speakerCSV writes a speaker's timeline or outlets as CSV.
func (s *server) speakerCSV(w http.ResponseWriter, r *http.Request) {
	id, ok := speakerID(r)
	if !ok {
		s.fail(w, r, http.StatusNotFound, "A speaker's address ends in their number.")
		return
	}
	sp, err := s.opts.Store.Speaker(r.Context(), id)
	if err != nil {
		s.storeFailed(w, r, "speaker", err)
		return
	}
	var rows [][]string
	name := fmt.Sprintf("speaker-%d-", id)
	switch r.PathValue("table") {
	case "timeline.csv":
		name += "timeline.csv"
		rows = append(rows, []string{"date", "attributions"})
		for _, d := range sp.Timeline {
			rows = append(rows, []string{d.Date.Format("2006-01-02"), strconv.Itoa(d.Count)})
		}
	case "outlets.csv":
		name += "outlets.csv"
		rows = append(rows, []string{"outlet", "attributions"})
		for _, c := range sp.ByOutlet {
			rows = append(rows, []string{c.Name, strconv.Itoa(c.Count)})
		}
	default:
		s.fail(w, r, http.StatusNotFound, "There is no such table for a speaker.")
		return
	}
	writeCSV(w, r, s, name, rows)
}

// niceMax rounds a chart's maximum up to 1, 2 or 5 times a power of ten.
func niceMax(f float64) float64 {
	if f <= 0 {
		return 1
	}
	p := 1.0
	for p*10 <= f {
		p *= 10
	}
	for _, m := range []float64{1, 2, 5, 10} {
		if m*p >= f {
			return m * p
		}
	}
	return 10 * p
}

// countTicks are whole-number ticks from 0 to max: 0, the middle when it
// is whole, and max.
func countTicks(max float64) []float64 {
	if half := max / 2; half == math.Trunc(half) && half > 0 {
		return []float64{0, half, max}
	}
	return []float64{0, max}
}

func formatCount(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
