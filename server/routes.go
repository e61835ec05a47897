package server

import (
	"net/http"
	"slices"
	"strings"
)

// Route is one method on one path of the API.
type Route struct {
	Method string
	// Pattern is the path as http.ServeMux reads it; {id...} matches the
	// rest of the path, so that a document id may hold slashes.
	Pattern string
	handle  func(*API, http.ResponseWriter, *http.Request)
}

// Routes are the routes of the API, the one list from which the mux is
// built; the OpenAPI document is tested against it.
var Routes = []Route{
	{http.MethodGet, "/api/documents", (*API).listDocuments},
	{http.MethodPost, "/api/documents", (*API).postDocuments},
	{http.MethodGet, "/api/documents/{id...}", (*API).getDocument},
	{http.MethodGet, "/api/attributions", (*API).listAttributions},
	{http.MethodGet, "/api/speakers", (*API).listSpeakers},
	{http.MethodGet, "/api/speakers/{id}", (*API).getSpeaker},
	{http.MethodPost, "/api/speakers/{id}/corrections", (*API).correctSpeaker},
	{http.MethodGet, "/api/corrections", (*API).listCorrections},
	{http.MethodGet, "/api/outlets", (*API).listOutlets},
	{http.MethodGet, "/api/openapi.json", (*API).openAPI},
}

// register builds the mux. Each path is registered once, without a
// method, so that a wrong method gets a JSON 405 (not the mux's plain
// text); a path outside the list gets a JSON 404.
func (a *API) register() {
	byPath := map[string][]Route{}
	var paths []string
	for _, rt := range Routes {
		if byPath[rt.Pattern] == nil {
			paths = append(paths, rt.Pattern)
		}
		byPath[rt.Pattern] = append(byPath[rt.Pattern], rt)
	}
	for _, p := range paths {
		routes := byPath[p]
		var allow []string
		for _, rt := range routes {
			allow = append(allow, rt.Method)
			if rt.Method == http.MethodGet {
				allow = append(allow, http.MethodHead)
			}
		}
		a.mux.HandleFunc(p, func(w http.ResponseWriter, r *http.Request) {
			method := r.Method
			if method == http.MethodHead {
				method = http.MethodGet // the server drops the body
			}
			i := slices.IndexFunc(routes, func(rt Route) bool { return rt.Method == method })
			if i < 0 {
				w.Header().Set("Allow", strings.Join(allow, ", "))
				a.fail(w, r, errorf(http.StatusMethodNotAllowed, "method %s not allowed on %s; allowed: %s", r.Method, r.URL.Path, strings.Join(allow, ", ")))
				return
			}
			routes[i].handle(a, w, r)
		})
	}
	a.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		a.fail(w, r, errorf(http.StatusNotFound, "no route %s; see /api/openapi.json", r.URL.Path))
	})
}
