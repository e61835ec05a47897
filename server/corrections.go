package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/whosaid/whosaid/internal/params"
	"github.com/whosaid/whosaid/store"
)

// maxCorrectionBody is the largest body of a correction.
const maxCorrectionBody = 16 << 10

// CorrectionRequest is the body of a correction of a speaker: what to do
// and who does it (for the record; the token says they may).
type CorrectionRequest struct {
	Action store.Action `json:"action"`
	Actor  string       `json:"actor"`
	Into   int64        `json:"into,omitempty"`   // merge; split, optional
	DocID  string       `json:"doc_id,omitempty"` // split
	Value  string       `json:"value,omitempty"`  // rename, set-kind, set-title
}

// CorrectionList is a page of the corrections made.
type CorrectionList = store.List[store.Correction]

// editor is the store as it corrects its speakers, or an error saying
// that it cannot.
func (a *API) editor() (store.SpeakerEditor, error) {
	ed, ok := a.store.(store.SpeakerEditor)
	if !ok {
		return nil, errorf(http.StatusNotImplemented, "this store keeps no corrections of its speakers")
	}
	return ed, nil
}

// correctSpeaker makes a correction of speaker {id}, records who made it
// and when, and answers the correction as recorded.
func (a *API) correctSpeaker(w http.ResponseWriter, r *http.Request) {
	if err := a.authorize(w, r, "a correction"); err != nil {
		a.fail(w, r, err)
		return
	}
	if err := noParams(r); err != nil {
		a.fail(w, r, err)
		return
	}
	id, err := params.SpeakerID(r.PathValue("id"))
	if err != nil {
		a.fail(w, r, err)
		return
	}
	ed, err := a.editor()
	if err != nil {
		a.fail(w, r, err)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxCorrectionBody))
	if err != nil {
		a.fail(w, r, err)
		return
	}
	var req CorrectionRequest
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		a.fail(w, r, errorf(http.StatusBadRequest, "the body is not a correction (action, actor, into, doc_id, value): %v", err))
		return
	}
	if dec.More() {
		a.fail(w, r, errorf(http.StatusBadRequest, "the body holds more than one correction"))
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), a.opts.WriteTimeout)
	defer cancel()
	c, err := ed.CorrectSpeaker(ctx, store.Correction{Actor: req.Actor, Via: "api", Action: req.Action,
		Speaker: id, Into: req.Into, DocID: req.DocID, Value: req.Value})
	if errors.Is(err, store.ErrBadCorrection) {
		a.fail(w, r, errorf(http.StatusBadRequest, "%v", err))
		return
	}
	if err != nil {
		a.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, c)
}

// listCorrections lists the corrections made, the latest first.
func (a *API) listCorrections(w http.ResponseWriter, r *http.Request) {
	ed, err := a.editor()
	if err != nil {
		a.fail(w, r, err)
		return
	}
	p, err := correctionPage(r)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	ctx, cancel := a.query(r)
	defer cancel()
	l, err := ed.Corrections(ctx, p)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, l)
}

// correctionPage reads the limit and offset of a list of corrections.
func correctionPage(r *http.Request) (store.Page, error) {
	var p store.Page
	q := r.URL.Query()
	for k := range q {
		if k != "limit" && k != "offset" {
			return p, errorf(http.StatusBadRequest, "unknown parameter %q (want limit, offset)", k)
		}
	}
	for _, f := range []struct {
		name string
		to   *int
	}{{"limit", &p.Limit}, {"offset", &p.Offset}} {
		v := q.Get(f.name)
		if v == "" {
			continue
		}
		if _, err := fmt.Sscan(v, f.to); err != nil || *f.to < 0 || fmt.Sprint(*f.to) != v {
			return p, errorf(http.StatusBadRequest, "%s %q is not a number of 0 or more", f.name, v)
		}
	}
	return p, nil
}
