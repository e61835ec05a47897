package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/store"
)

// speakersView is the body of the speaker list.
type speakersView struct {
	Name     string
	Kind     string
	Gender   bool // the gender column is asked for
	Kinds    []string
	Error    string
	Speakers []store.Speaker
	Total    int
	PrevURL  string
	NextURL  string
	CSV      string
}

// speakersForm is the speaker list's filter as the visitor gave it.
type speakersForm struct {
	Name, Kind string
	Gender     bool
}

// parseSpeakers reads the speaker list's filters; the error is for the
// visitor.
func parseSpeakers(q url.Values) (speakersForm, store.SpeakerFilter, string) {
	form := speakersForm{Name: strings.TrimSpace(q.Get("name")), Kind: q.Get("kind")}
	f := store.SpeakerFilter{Name: form.Name, Page: store.Page{Limit: 50}}
	if form.Kind != "" {
		if !contains(kinds, form.Kind) {
			return form, f, fmt.Sprintf("There is no source kind %q.", form.Kind)
		}
		f.Kind = whosaid.Kind(form.Kind)
	}
	switch g := q.Get("gender"); g {
	case "", "false", "0", "off":
	case "true", "1", "on":
		form.Gender, f.Gender = true, true
	default:
		return form, f, fmt.Sprintf("Gender is true or false, not %q.", g)
	}
	if off, err := strconv.Atoi(q.Get("offset")); err == nil && off > 0 {
		f.Offset = off
	}
	return form, f, ""
}

func (s *server) speakers(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	form, f, errMsg := parseSpeakers(q)
	v := speakersView{Name: form.Name, Kind: form.Kind, Gender: form.Gender, Kinds: kinds, Error: errMsg}
	if errMsg != "" {
		v.Kind = ""
		s.render(w, r, http.StatusBadRequest, "speakers", page{Title: "Speakers", Nav: "speakers", Body: v})
		return
	}
	list, err := s.opts.Store.Speakers(r.Context(), f)
	if err != nil {
		s.storeFailed(w, r, "speaker list", err)
		return
	}
	v.Speakers, v.Total = list.Items, list.Total
	v.PrevURL, v.NextURL = pageURLs(r.URL, f.Offset, len(list.Items), list.Next, f.Limit)
	v.CSV = csvLink("/speakers.csv", q)
	s.render(w, r, http.StatusOK, "speakers", page{Title: "Speakers", Nav: "speakers", Body: v})
}
