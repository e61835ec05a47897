package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"runtime/debug"

	"github.com/whosaid/whosaid/internal/params"
	"github.com/whosaid/whosaid/store"
)

// httpError is an error with the status the client is told.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

func errorf(status int, format string, a ...any) *httpError {
	return &httpError{status: status, msg: fmt.Sprintf(format, a...)}
}

// ErrorBody is the body of every error response.
type ErrorBody struct {
	Error ErrorDetail `json:"error"`
}

// ErrorDetail is the status and a message for people.
type ErrorDetail struct {
	Status  int    `json:"status"`
	Message string `json:"message"`
}

// classify maps an error to the status and message the client is told.
// Only errors meant for the client are shown; the others become a bare
// 500 and are logged.
func (a *API) classify(r *http.Request, err error) (int, string) {
	var he *httpError
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &he):
		return he.status, he.msg
	case errors.Is(err, params.ErrBadParam), errors.Is(err, store.ErrBadQuery), errors.Is(err, store.ErrInvalid):
		return http.StatusBadRequest, err.Error()
	case errors.Is(err, store.ErrNotFound):
		return http.StatusNotFound, err.Error()
	case errors.As(err, &mbe):
		return http.StatusRequestEntityTooLarge, fmt.Sprintf("request body over the limit of %d bytes", mbe.Limit)
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusServiceUnavailable, "the request took too long; narrow the query"
	case errors.Is(err, context.Canceled):
		return http.StatusServiceUnavailable, "the request was canceled"
	}
	a.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	return http.StatusInternalServerError, "internal error"
}

// fail writes err as a JSON error.
func (a *API) fail(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := a.classify(r, err)
	writeJSON(w, status, ErrorBody{ErrorDetail{Status: status, Message: msg}})
}

// writeJSON writes v with status. An encoding failure after the header
// has gone out cannot be told to the client; it only cuts the body short.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	_ = enc.Encode(v)
}

// recoverPanic turns a panic of a handler into a 500 JSON error; the
// stack goes to the log, never to the client.
func (a *API) recoverPanic(w http.ResponseWriter, r *http.Request) {
	p := recover()
	if p == nil {
		return
	}
	if p == http.ErrAbortHandler {
		panic(p)
	}
	a.log.Error("panic serving request", "method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
	writeJSON(w, http.StatusInternalServerError, ErrorBody{ErrorDetail{Status: http.StatusInternalServerError, Message: "internal error"}})
}
