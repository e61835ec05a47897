package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/whosaid/whosaid/store"
)

// maxCSVRows is the most rows a listing's CSV holds. A listing longer than
// that is refused with a page that says so, rather than cut short: a
// researcher's table must be whole. The API and 'whosaid query' page
// through any length.
const maxCSVRows = 20_000

// collect reads every item of a listing, a page of store.MaxLimit at a
// time; a tooLongError when it has more than limit.
func collect[T any](limit int, fetch func(store.Page) (store.List[T], error)) ([]T, error) {
	var all []T
	for offset := 0; ; {
		l, err := fetch(store.Page{Limit: store.MaxLimit, Offset: offset})
		if err != nil {
			return nil, err
		}
		if l.Total > limit {
			return nil, tooLongError{l.Total, limit}
		}
		all = append(all, l.Items...)
		if l.Next < 0 || len(l.Items) == 0 {
			return all, nil
		}
		offset = l.Next
	}
}

// tooLongError is a listing too long for one CSV.
type tooLongError struct{ total, limit int }

func (e tooLongError) Error() string {
	return fmt.Sprintf("The listing has %d rows, more than the %d a download holds. Narrow the filters (dates, outlet, kind), or page through it with the API or 'whosaid query --format csv'.", e.total, e.limit)
}

// listingFailed answers a failed CSV listing.
func (s *server) listingFailed(w http.ResponseWriter, r *http.Request, what string, err error) {
	if tl, ok := err.(tooLongError); ok {
		s.fail(w, r, http.StatusRequestEntityTooLarge, tl.Error())
		return
	}
	s.storeFailed(w, r, what, err)
}

// csvLink is the address of a listing's CSV: the page's filters without
// its offset.
func csvLink(path string, q url.Values) string {
	q = cloneValues(q)
	q.Del("offset")
	if len(q) == 0 {
		return path
	}
	return path + "?" + q.Encode()
}

func cloneValues(q url.Values) url.Values {
	out := url.Values{}
	for k, v := range q {
		out[k] = append([]string(nil), v...)
	}
	return out
}

// searchCSV writes every attribution the search form's filters select.
func (s *server) searchCSV(w http.ResponseWriter, r *http.Request) {
	_, filter, errs := parseSearch(r.URL.Query())
	if len(errs) > 0 {
		s.fail(w, r, http.StatusBadRequest, errs[0])
		return
	}
	hits, err := collect(s.csvRows, func(p store.Page) (store.List[store.Hit], error) {
		f := filter
		f.Page = p
		return s.opts.Store.Attributions(r.Context(), f)
	})
	if err != nil {
		s.listingFailed(w, r, "search", err)
		return
	}
	rows := [][]string{{"doc", "index", "date", "outlet", "title", "speaker_id", "speaker", "kind", "type", "hedge", "source", "cue", "content"}}
	for _, h := range hits {
		a := h.Attribution
		var kind, source, cue, content, hedge, id string
		if a.Source != nil {
			kind, source = string(a.Source.Kind), a.Source.Text
		}
		if a.Cue != nil {
			cue = a.Cue.Text
		}
		if a.Hedge != nil {
			hedge = a.Hedge.Text
		}
		if a.Content != nil {
			content = a.Content.Text
		}
		if h.SpeakerID != 0 {
			id = strconv.FormatInt(h.SpeakerID, 10)
		}
		rows = append(rows, []string{h.DocID, strconv.Itoa(h.Index), isoDay(h.Meta.Published), h.Meta.Outlet, h.Meta.Title,
			id, h.Speaker, kind, string(a.Type), hedge, source, cue, content})
	}
	writeCSV(w, r, s, "attributions.csv", rows)
}

// speakersCSV writes every speaker the speaker list's filters select.
func (s *server) speakersCSV(w http.ResponseWriter, r *http.Request) {
	form, filter, errMsg := parseSpeakers(r.URL.Query())
	if errMsg != "" {
		s.fail(w, r, http.StatusBadRequest, errMsg)
		return
	}
	sps, err := collect(s.csvRows, func(p store.Page) (store.List[store.Speaker], error) {
		f := filter
		f.Page = p
		return s.opts.Store.Speakers(r.Context(), f)
	})
	if err != nil {
		s.listingFailed(w, r, "speaker list", err)
		return
	}
	head := []string{"id", "name", "kind", "title", "attributions", "documents", "outlets", "first", "last"}
	if form.Gender {
		head = append(head, "gender")
	}
	rows := [][]string{head}
	for _, sp := range sps {
		row := []string{strconv.FormatInt(sp.ID, 10), sp.Name, string(sp.Kind), sp.Title, strconv.Itoa(sp.Attributions),
			strconv.Itoa(sp.Documents), strconv.Itoa(sp.Outlets), isoDay(sp.First), isoDay(sp.Last)}
		if form.Gender {
			row = append(row, sp.Gender)
		}
		rows = append(rows, row)
	}
	writeCSV(w, r, s, "speakers.csv", rows)
}

func isoDay(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}
