package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/whosaid/whosaid/internal/params"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/store"
)

// resultsPerPage is the page size of search results and speaker quotes.
const resultsPerPage = 20

// searchForm is the search form as the visitor filled it in.
type searchForm struct {
	Query     string
	Speaker   string
	SpeakerID int64
	Outlet    string
	Kind      string
	Type      string
	Hedged    string // "", "true" or "false", as the API has it
	From, To  string // YYYY-MM-DD, both inclusive
}

// searchView is the body of the search page.
type searchView struct {
	Form        searchForm
	SpeakerName string // of Form.SpeakerID
	Errors      []string
	Kinds       []string
	Types       []string
	Outlets     []string
	Hits        []hitView
	Total       int
	From, To    int // 1-based positions of the shown hits
	PrevURL     string
	NextURL     string
	CSV         string // every result, with the form's filters
	Searched    bool
}

// hitView is one attribution found.
type hitView struct {
	ShowSpeaker bool // false on the speaker's own page
	Speaker     string
	SpeakerURL  string
	Kind        string
	Type        string
	Hedged      bool
	Cue         string
	Content     string
	Snippet     []store.Fragment
	ArticleURL  string
	DocTitle    string
	Outlet      string
	Date        string
}

var (
	kinds = []string{string(whosaid.Person), string(whosaid.Organization), string(whosaid.Anonymous), string(whosaid.Pronoun)}
	types = []string{string(whosaid.Direct), string(whosaid.Indirect), string(whosaid.Mixed)}
)

// parseSearch reads the search form into a filter; errors are for the
// visitor, one per field.
func parseSearch(q url.Values) (searchForm, store.AttributionFilter, []string) {
	f := searchForm{
		Query:   strings.TrimSpace(q.Get("q")),
		Speaker: strings.TrimSpace(q.Get("speaker")),
		Outlet:  strings.TrimSpace(q.Get("outlet")),
		Kind:    q.Get("kind"),
		Type:    q.Get("type"),
		Hedged:  q.Get("hedged"),
		From:    q.Get("from"),
		To:      q.Get("to"),
	}
	filter := store.AttributionFilter{Query: f.Query, Speaker: f.Speaker, Outlet: f.Outlet,
		Page: store.Page{Limit: resultsPerPage}}
	var errs []string
	if v := q.Get("speaker_id"); v != "" {
		id, err := strconv.ParseInt(v, 10, 64)
		if err != nil || id <= 0 {
			errs = append(errs, "The speaker number is not valid.")
		} else {
			f.SpeakerID, filter.SpeakerID = id, id
		}
	}
	if f.Kind != "" {
		if !contains(kinds, f.Kind) {
			errs = append(errs, fmt.Sprintf("There is no source kind %q.", f.Kind))
			f.Kind = ""
		}
		filter.Kind = whosaid.Kind(f.Kind)
	}
	if f.Type != "" {
		if !contains(types, f.Type) {
			errs = append(errs, fmt.Sprintf("There is no quotation type %q.", f.Type))
			f.Type = ""
		}
		filter.Type = whosaid.Type(f.Type)
	}
	// The API's true and false, and the yes and no of older links.
	switch f.Hedged {
	case "":
	case "true", "yes", "false", "no":
		h := f.Hedged == "true" || f.Hedged == "yes"
		filter.Hedged = &h
		f.Hedged = strconv.FormatBool(h)
	default:
		errs = append(errs, fmt.Sprintf("Hedged is true, false or empty, not %q.", f.Hedged))
		f.Hedged = ""
	}
	var err error
	if filter.From, err = parseDay(f.From); err != nil {
		errs = append(errs, "The first date is not a date (YYYY-MM-DD).")
	}
	if filter.To, err = parseDay(f.To); err != nil {
		errs = append(errs, "The last date is not a date (YYYY-MM-DD).")
	} else if !filter.To.IsZero() {
		filter.To = filter.To.AddDate(0, 0, 1) // the form's last day is included
	}
	if !filter.From.IsZero() && !filter.To.IsZero() && !filter.From.Before(filter.To) {
		errs = append(errs, "The first date is after the last.")
	}
	if v := q.Get("offset"); v != "" {
		off, err := strconv.Atoi(v)
		if err != nil || off < 0 || off > params.MaxOffset {
			errs = append(errs, "The page offset is not valid.")
		} else {
			filter.Offset = off
		}
	}
	return f, filter, errs
}

func parseDay(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	return time.Parse(time.DateOnly, s)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (s *server) search(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	form, filter, errs := parseSearch(r.URL.Query())
	v := searchView{Form: form, Errors: errs, Kinds: kinds, Types: types}
	outlets, err := s.opts.Store.Outlets(ctx, store.OutletFilter{})
	if err != nil {
		s.storeFailed(w, r, "outlet list", err)
		return
	}
	for _, o := range outlets {
		if o.Outlet != "" {
			v.Outlets = append(v.Outlets, o.Outlet)
		}
	}
	if form.SpeakerID != 0 {
		sp, err := s.opts.Store.Speaker(ctx, form.SpeakerID)
		if err != nil {
			s.storeFailed(w, r, "speaker", err)
			return
		}
		v.SpeakerName = sp.Name
	}
	status := http.StatusOK
	if len(errs) > 0 {
		status = http.StatusBadRequest
	} else {
		hits, err := s.opts.Store.Attributions(ctx, filter)
		if err != nil {
			s.storeFailed(w, r, "search", err)
			return
		}
		v.Searched = true
		v.Total = hits.Total
		v.Hits = hitViews(hits.Items, true)
		v.From, v.To = filter.Offset+1, filter.Offset+len(hits.Items)
		v.PrevURL, v.NextURL = pageURLs(r.URL, filter.Offset, len(hits.Items), hits.Next, resultsPerPage)
		v.CSV = csvLink("/search.csv", r.URL.Query())
	}
	s.render(w, r, status, "search", page{Title: "Search", Nav: "search", Body: v})
}

// pageURLs are the addresses of the previous and next pages of a listing
// of pages of size shown at offset; empty when there is none.
func pageURLs(u *url.URL, offset, shown, next, size int) (prev, nextURL string) {
	at := func(off int) string {
		q := u.Query()
		if off > 0 {
			q.Set("offset", strconv.Itoa(off))
		} else {
			q.Del("offset")
		}
		return u.Path + "?" + q.Encode()
	}
	if offset > 0 {
		prev = at(max(offset-size, 0))
	}
	if next >= 0 && shown > 0 {
		nextURL = at(next)
	}
	return prev, nextURL
}

func hitViews(hits []store.Hit, showSpeaker bool) []hitView {
	out := make([]hitView, len(hits))
	for i, h := range hits {
		a := h.Attribution
		v := hitView{ShowSpeaker: showSpeaker, Type: string(a.Type), Hedged: a.Hedge != nil, Snippet: h.Snippet,
			ArticleURL: docURL(h.DocID) + fmt.Sprintf("#a%d", h.Index+1),
			DocTitle:   h.Meta.Title, Outlet: h.Meta.Outlet, Date: formatDate(h.Meta.Published)}
		v.Speaker = h.Speaker
		if v.Speaker == "" {
			v.Speaker = speakerName(a)
		}
		if h.SpeakerID != 0 {
			v.SpeakerURL = fmt.Sprintf("/speakers/%d", h.SpeakerID)
		}
		if a.Source != nil {
			v.Kind = string(a.Source.Kind)
		}
		if a.Cue != nil {
			v.Cue = a.Cue.Text
		}
		if a.Content != nil {
			v.Content = a.Content.Text
		}
		if v.DocTitle == "" {
			v.DocTitle = h.DocID
		}
		out[i] = v
	}
	return out
}
