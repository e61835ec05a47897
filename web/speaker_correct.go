package web

import (
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/whosaid/whosaid/store"
)

// maxCorrectionForm is the largest body of a correction form.
const maxCorrectionForm = 16 << 10

// correctionForm is the form of a speaker's page that corrects it: what
// was posted, and what came of it.
type correctionForm struct {
	Actions []string
	Kinds   []string
	Action  string
	Actor   string
	Into    string
	DocID   string
	Value   string
	Error   string
	Done    int64 // the correction just made
}

// correctionActions are the corrections the form offers.
var correctionActions = []string{string(store.Merge), string(store.Split), string(store.Rename), string(store.SetKind), string(store.SetTitle)}

// correctable says whether the pages take corrections: a token is set
// and the store keeps corrections.
func (s *server) correctable() bool {
	_, ok := s.opts.Store.(store.SpeakerEditor)
	return ok && s.opts.Token != ""
}

// tokenOK compares a posted token with the server's, in constant time.
func (s *server) tokenOK(got string) bool {
	want := sha256.Sum256([]byte(s.opts.Token))
	have := sha256.Sum256([]byte(got))
	return subtle.ConstantTimeCompare(want[:], have[:]) == 1
}

// correctSpeaker makes the correction posted from a speaker's page and
// goes to the speaker it leaves (the one merged into, the one split off),
// or shows the page again with what went wrong.
func (s *server) correctSpeaker(w http.ResponseWriter, r *http.Request) {
	id, ok := speakerID(r)
	if !ok {
		s.fail(w, r, http.StatusNotFound, "A speaker's address ends in their number.")
		return
	}
	if !s.correctable() {
		s.fail(w, r, http.StatusForbidden, "This server takes no corrections: start it with WHOSAID_TOKEN set.")
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxCorrectionForm)
	if err := r.ParseForm(); err != nil {
		s.fail(w, r, http.StatusRequestEntityTooLarge, "The correction could not be read: the form is too large or malformed.")
		return
	}
	form := &correctionForm{Actions: correctionActions, Kinds: kinds,
		Action: r.PostForm.Get("action"), Actor: r.PostForm.Get("actor"), Into: strings.TrimSpace(r.PostForm.Get("into")),
		DocID: r.PostForm.Get("doc_id"), Value: r.PostForm.Get("value")}
	if !s.tokenOK(r.PostForm.Get("token")) {
		form.Error = "The token is wrong: give the server's WHOSAID_TOKEN."
		s.renderSpeaker(w, r, http.StatusUnauthorized, id, form)
		return
	}
	c := store.Correction{Actor: form.Actor, Via: "web", Action: store.Action(form.Action), Speaker: id}
	switch c.Action {
	case store.Merge, store.Split:
		if form.Into != "" {
			n, err := strconv.ParseInt(form.Into, 10, 64)
			if err != nil || n <= 0 {
				form.Error = fmt.Sprintf("%q is not a speaker's number.", form.Into)
				s.renderSpeaker(w, r, http.StatusBadRequest, id, form)
				return
			}
			c.Into = n
		}
		if c.Action == store.Split {
			c.DocID = form.DocID
		}
	default:
		c.Value = form.Value
	}
	done, err := s.opts.Store.(store.SpeakerEditor).CorrectSpeaker(r.Context(), c)
	switch {
	case errors.Is(err, store.ErrBadCorrection):
		form.Error = "The correction cannot be made: " + strings.TrimPrefix(err.Error(), store.ErrBadCorrection.Error()+": ")
		s.renderSpeaker(w, r, http.StatusBadRequest, id, form)
		return
	case errors.Is(err, store.ErrNotFound):
		form.Error = "The correction cannot be made: " + err.Error()
		s.renderSpeaker(w, r, http.StatusNotFound, id, form)
		return
	case err != nil:
		s.storeFailed(w, r, "correction", err)
		return
	}
	next := id
	if done.Action == store.Merge || done.Action == store.Split {
		next = done.Into
	}
	http.Redirect(w, r, fmt.Sprintf("/speakers/%d?corrected=%d", next, done.ID), http.StatusSeeOther)
}
