package server

import (
	"context"
	"net/http"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/article"
	"github.com/whosaid/whosaid/internal/params"
	"github.com/whosaid/whosaid/store"
)

// query runs one read with the per-request deadline.
func (a *API) query(r *http.Request) (context.Context, context.CancelFunc) {
	return context.WithTimeout(r.Context(), a.opts.QueryTimeout)
}

// list writes one page of a listing, its items never null.
func list[T any](a *API, w http.ResponseWriter, r *http.Request, l store.List[T], err error) {
	if err != nil {
		a.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, ListBody(l))
}

func (a *API) listDocuments(w http.ResponseWriter, r *http.Request) {
	f, err := params.Documents(r.URL.Query())
	if err != nil {
		a.fail(w, r, err)
		return
	}
	ctx, cancel := a.query(r)
	defer cancel()
	l, err := a.store.Documents(ctx, f)
	list(a, w, r, l, err)
}

func (a *API) listAttributions(w http.ResponseWriter, r *http.Request) {
	f, err := params.Attributions(r.URL.Query())
	if err != nil {
		a.fail(w, r, err)
		return
	}
	ctx, cancel := a.query(r)
	defer cancel()
	l, err := a.store.Attributions(ctx, f)
	list(a, w, r, l, err)
}

func (a *API) listSpeakers(w http.ResponseWriter, r *http.Request) {
	f, err := params.Speakers(r.URL.Query())
	if err != nil {
		a.fail(w, r, err)
		return
	}
	ctx, cancel := a.query(r)
	defer cancel()
	l, err := a.store.Speakers(ctx, f)
	list(a, w, r, l, err)
}

// DocumentBody is a stored document: the extractor's output with the
// document's metadata.
type DocumentBody struct {
	*whosaid.Document
	Meta article.Meta `json:"meta"`
}

func (a *API) getDocument(w http.ResponseWriter, r *http.Request) {
	if err := noParams(r); err != nil {
		a.fail(w, r, err)
		return
	}
	ctx, cancel := a.query(r)
	defer cancel()
	art, err := a.store.Document(ctx, r.PathValue("id"))
	if err != nil {
		a.fail(w, r, err)
		return
	}
	if art.Doc.Attributions == nil {
		art.Doc.Attributions = []whosaid.Attribution{}
	}
	writeJSON(w, http.StatusOK, DocumentBody{Document: art.Doc, Meta: art.Meta})
}

func (a *API) getSpeaker(w http.ResponseWriter, r *http.Request) {
	if err := noParams(r); err != nil {
		a.fail(w, r, err)
		return
	}
	id, err := params.SpeakerID(r.PathValue("id"))
	if err != nil {
		a.fail(w, r, err)
		return
	}
	ctx, cancel := a.query(r)
	defer cancel()
	s, err := a.store.Speaker(ctx, id)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, NewSpeakerBody(s))
}

func (a *API) listOutlets(w http.ResponseWriter, r *http.Request) {
	f, err := params.Outlets(r.URL.Query())
	if err != nil {
		a.fail(w, r, err)
		return
	}
	ctx, cancel := a.query(r)
	defer cancel()
	stats, err := a.store.Outlets(ctx, f)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, NewOutletsBody(stats))
}

// noParams refuses query parameters on a route that takes none, as the
// listings refuse unknown ones.
func noParams(r *http.Request) error {
	if r.URL.RawQuery != "" {
		return errorf(http.StatusBadRequest, "%s takes no query parameters", r.URL.Path)
	}
	return nil
}
