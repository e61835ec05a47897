// Package web is the browser interface of whosaid: analyse one article,
// search the attributions of a corpus, follow a speaker across outlets and
// compare how outlets attribute.
//
// Pages are rendered on the server with html/template and read without
// JavaScript; a small script only adds popovers and hover highlighting.
// Every asset is embedded in the binary. Article text is untrusted: it is
// only ever written through html/template's escaping, and every response
// carries a strict Content-Security-Policy that allows no inline script or
// style.
package web

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"runtime"
	"strings"
	"time"

	"github.com/whosaid/whosaid"
	jsonapi "github.com/whosaid/whosaid/server"
	"github.com/whosaid/whosaid/store"
)

// DefaultMaxUpload is the largest analyse request accepted when
// Options.MaxUpload is zero.
const DefaultMaxUpload = 4 << 20

// ErrNoExtractor is returned by New without an extractor.
var ErrNoExtractor = errors.New("web: no extractor")

// Options configure the interface.
type Options struct {
	// Extractor analyses pasted and uploaded articles. Required.
	Extractor *whosaid.Extractor
	// Store is the corpus behind search, article, speaker and outlet
	// pages. Nil serves the analyse page only.
	Store store.Store
	// MaxUpload is the largest analyse request body in bytes, form
	// overhead included; zero means DefaultMaxUpload.
	MaxUpload int64
	// MaxAnalyses is how many articles are analysed at once; an analysis
	// beyond waits its turn, for up to BusyWait, and then gets a "busy"
	// page. Zero means the number of CPUs: the page is open to whoever
	// reaches the server, and extraction takes a core.
	MaxAnalyses int
	// Logger receives the errors a visitor only sees as "something went
	// wrong"; nil means slog.Default().
	Logger *slog.Logger
}

// ContentSecurityPolicy is sent with every response: scripts, styles and
// images from this server only, nothing inline, no framing, forms post
// back here only.
const ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// BusyWait is how long an analysis waits for its turn (see
// Options.MaxAnalyses).
const BusyWait = 20 * time.Second

// server holds the parsed pages and what they need.
type server struct {
	opts   Options
	turns  chan struct{} // a token per analysis running
	wait   time.Duration // BusyWait, shorter in tests
	pages  map[string]*template.Template
	assets map[string]string // asset name -> URL with a content hash
	api    apiView           // the API page, read once from server.OpenAPI
	// csvRows is the most rows of a listing's CSV: maxCSVRows, fewer in
	// tests.
	csvRows int
	log     *slog.Logger
}

// New returns the handler of the web interface, to be mounted at "/". It
// serves no path under /api/.
func New(opts Options) (http.Handler, error) {
	s, err := newServer(opts)
	if err != nil {
		return nil, err
	}
	return s.handler()
}

func newServer(opts Options) (*server, error) {
	if opts.Extractor == nil {
		return nil, ErrNoExtractor
	}
	if opts.MaxUpload <= 0 {
		opts.MaxUpload = DefaultMaxUpload
	}
	if opts.MaxAnalyses <= 0 {
		opts.MaxAnalyses = runtime.NumCPU()
	}
	s := &server{opts: opts, log: opts.Logger, turns: make(chan struct{}, opts.MaxAnalyses), wait: BusyWait,
		csvRows: maxCSVRows}
	if s.log == nil {
		s.log = slog.Default()
	}
	if err := s.hashAssets(); err != nil {
		return nil, err
	}
	if err := s.parsePages(); err != nil {
		return nil, err
	}
	api, err := newAPIView(jsonapi.OpenAPI, jsonapi.Routes)
	if err != nil {
		return nil, err
	}
	s.api = api
	return s, nil
}

// handler routes the pages, behind the security headers.
func (s *server) handler() (http.Handler, error) {
	mux := http.NewServeMux()
	static, err := fs.Sub(staticFS, "static")
	if err != nil {
		return nil, err
	}
	mux.Handle("GET /static/", http.StripPrefix("/static/", cacheStatic(http.FileServerFS(static))))
	mux.HandleFunc("GET /{$}", s.analyseForm)
	mux.HandleFunc("POST /analyse", s.analyse)
	mux.HandleFunc("GET /analyse", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/", http.StatusSeeOther)
	})
	mux.HandleFunc("GET /search", s.needStore(s.search))
	mux.HandleFunc("GET /search.csv", s.needStore(s.searchCSV))
	mux.HandleFunc("GET /speakers.csv", s.needStore(s.speakersCSV))
	mux.HandleFunc("GET /api", s.apiPage)
	mux.HandleFunc("GET /articles/{id}", s.needStore(s.article))
	mux.HandleFunc("GET /speakers", s.needStore(s.speakers))
	mux.HandleFunc("GET /speakers/{id}", s.needStore(s.speaker))
	mux.HandleFunc("GET /speakers/{id}/{table}", s.needStore(s.speakerCSV))
	mux.HandleFunc("GET /outlets", s.needStore(s.outlets))
	mux.HandleFunc("GET /outlets/{chart}", s.needStore(s.outletCSV))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, http.StatusNotFound, "There is no page at this address.")
	})
	return secure(mux), nil
}

// secure sets the security headers of every response.
func secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", ContentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		next.ServeHTTP(w, r)
	})
}

// cacheStatic lets browsers keep an asset for a year when it is asked for
// by its hashed URL; the hash changes with the content. Folders are not
// listed.
func cacheStatic(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "" || strings.HasSuffix(r.URL.Path, "/") {
			http.NotFound(w, r)
			return
		}
		if r.URL.Query().Has("v") {
			w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		} else {
			w.Header().Set("Cache-Control", "no-cache")
		}
		next.ServeHTTP(w, r)
	})
}

func (s *server) hashAssets() error {
	s.assets = map[string]string{}
	return fs.WalkDir(staticFS, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := staticFS.ReadFile(p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(data)
		name := strings.TrimPrefix(p, "static/")
		s.assets[name] = "/static/" + name + "?v=" + hex.EncodeToString(sum[:6])
		return nil
	})
}

// The pages: each is the layout with one page template.
var pageNames = []string{"analyse", "article", "search", "speakers", "speaker", "outlets", "api", "error"}

func (s *server) parsePages() error {
	funcs := template.FuncMap{
		"asset": func(name string) (string, error) {
			u, ok := s.assets[name]
			if !ok {
				return "", fmt.Errorf("no asset %q", name)
			}
			return u, nil
		},
		"percent":  percent,
		"pct":      func(f float64) string { return fmt.Sprintf("%.0f%%", 100*f) },
		"share":    formatShare,
		"plural":   plural,
		"add":      func(a, b int) int { return a + b },
		"date":     formatDate,
		"docURL":   docURL,
		"fragment": func(n int) string { return fmt.Sprintf("#a%d", n) },
	}
	s.pages = map[string]*template.Template{}
	for _, name := range pageNames {
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS,
			"templates/layout.html", "templates/parts.html", "templates/"+name+".html")
		if err != nil {
			return fmt.Errorf("web: page %s: %w", name, err)
		}
		s.pages[name] = t
	}
	return nil
}

// page is what the layout needs besides the page's own data.
type page struct {
	Title    string
	Nav      string // the current section: analyse, search, speakers, outlets
	HasStore bool
	Body     any
}

// render writes a page; the whole page is rendered before the first byte
// is sent, so that a failing template never leaves half a page.
func (s *server) render(w http.ResponseWriter, r *http.Request, status int, name string, p page) {
	body, err := s.renderPage(name, p)
	if err != nil {
		s.log.Error("web: rendering page", "page", name, "path", r.URL.Path, "err", err)
		http.Error(w, "internal error while rendering the page", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(body)
}

// renderPage executes a page's template.
func (s *server) renderPage(name string, p page) ([]byte, error) {
	p.HasStore = s.opts.Store != nil
	var buf bytes.Buffer
	if err := s.pages[name].Execute(&buf, p); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// errorView is the body of the error page.
type errorView struct {
	Status  int
	Heading string
	Message string
}

// fail writes an error page.
func (s *server) fail(w http.ResponseWriter, r *http.Request, status int, message string) {
	s.render(w, r, status, "error", page{Title: http.StatusText(status), Body: errorView{
		Status: status, Heading: http.StatusText(status), Message: message}})
}

// storeFailed answers a store error: not found, a bad query, or an
// internal failure that is logged and not shown.
func (s *server) storeFailed(w http.ResponseWriter, r *http.Request, what string, err error) {
	switch {
	case errors.Is(err, store.ErrNotFound):
		s.fail(w, r, http.StatusNotFound, "No "+what+" is stored under this address.")
	case errors.Is(err, store.ErrBadQuery):
		s.fail(w, r, http.StatusBadRequest, "The corpus cannot answer this query: "+err.Error())
	default:
		s.log.Error("web: store", "what", what, "path", r.URL.Path, "err", err)
		s.fail(w, r, http.StatusInternalServerError, "The corpus could not be read. The error is logged on the server.")
	}
}

// needStore serves h only when there is a corpus.
func (s *server) needStore(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if s.opts.Store == nil {
			s.fail(w, r, http.StatusNotFound, "This server has no corpus: only the analyse page is available.")
			return
		}
		h(w, r)
	}
}

// docURL is the address of a stored article. The ID is one escaped path
// segment, slashes included: IDs are often file paths.
func docURL(id string) string {
	seg := url.PathEscape(id)
	// "." and ".." would be cleaned away by the router.
	if strings.Trim(seg, ".") == "" {
		seg = strings.ReplaceAll(seg, ".", "%2E")
	}
	return "/articles/" + seg
}

func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

// formatDate writes a publication date: "2 Oct 2017".
func formatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2 Jan 2006")
}
