// Package server is the JSON API of a whosaid store: documents,
// attributions with full-text search, speakers and outlet statistics to
// read, and documents to write (extracted on the way in). Every route is
// under /api/, so that a UI can be mounted beside it at /.
package server

import (
	"cmp"
	"context"
	"log/slog"
	"net/http"
	"runtime"
	"time"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/store"
)

// Defaults of Options.
const (
	DefaultMaxBody      = 8 << 20 // bytes of a request body
	DefaultQueryTimeout = 10 * time.Second
	DefaultWriteTimeout = 2 * time.Minute // extraction and storage of one POST
)

// Options tune a handler. The zero value is a read-only API with the
// default limits.
type Options struct {
	// Token is the bearer token that writes need. Empty means that the
	// API is read-only: every write is refused.
	Token string
	// MaxBody is the largest request body in bytes; 0 means DefaultMaxBody.
	MaxBody int64
	// QueryTimeout bounds the time of one read; 0 means DefaultQueryTimeout.
	QueryTimeout time.Duration
	// WriteTimeout bounds the extraction and storage of one POST; 0 means
	// DefaultWriteTimeout.
	WriteTimeout time.Duration
	// Workers extract the documents of a POST; 0 means GOMAXPROCS.
	Workers int
	// Logger receives the failures that the client is not told the
	// details of (a 500's cause, a recovered panic); nil discards them.
	Logger *slog.Logger
}

// API is the handler of the JSON API.
type API struct {
	store store.Store
	x     *whosaid.Extractor
	opts  Options
	log   *slog.Logger
	mux   *http.ServeMux
	// extract1 extracts one text: x.ExtractContext, replaced in tests.
	extract1 func(ctx context.Context, text string) (*whosaid.Document, error)
}

// New returns the API over st. x extracts the documents that are posted;
// it may be nil for a read-only API.
func New(st store.Store, x *whosaid.Extractor, opts Options) *API {
	opts.MaxBody = cmp.Or(opts.MaxBody, DefaultMaxBody)
	opts.QueryTimeout = cmp.Or(opts.QueryTimeout, DefaultQueryTimeout)
	opts.WriteTimeout = cmp.Or(opts.WriteTimeout, DefaultWriteTimeout)
	opts.Workers = cmp.Or(opts.Workers, runtime.GOMAXPROCS(0))
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	a := &API{store: st, x: x, opts: opts, log: log, mux: http.NewServeMux()}
	if x != nil {
		a.extract1 = x.ExtractContext
	}
	a.register()
	return a
}

// ServeHTTP serves the API's routes, every response with the security
// headers and any panic turned into a 500 JSON error.
func (a *API) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cache-Control", "no-store")
	defer a.recoverPanic(w, r)
	a.mux.ServeHTTP(w, r)
}
