package server

import (
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/params"
)

type openAPIDoc struct {
	OpenAPI string                                 `json:"openapi"`
	Paths   map[string]map[string]openAPIOperation `json:"paths"`
	Comps   struct {
		Schemas map[string]json.RawMessage `json:"schemas"`
	} `json:"components"`
}

type openAPIOperation struct {
	Parameters []openAPIParam             `json:"parameters"`
	Responses  map[string]json.RawMessage `json:"responses"`
}

type openAPIParam struct {
	Name   string `json:"name"`
	In     string `json:"in"`
	Schema struct {
		Enum []string `json:"enum"`
	} `json:"schema"`
}

func readOpenAPI(t *testing.T) openAPIDoc {
	t.Helper()
	var doc openAPIDoc
	if err := json.Unmarshal(OpenAPI, &doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

// openAPIPath is the path of a route as OpenAPI writes it: {id...} -> {id}.
func openAPIPath(pattern string) string { return strings.ReplaceAll(pattern, "...}", "}") }

func TestOpenAPIDescribesEveryRoute(t *testing.T) {
	doc := readOpenAPI(t)
	if doc.OpenAPI != "3.1.0" {
		t.Errorf("openapi = %q", doc.OpenAPI)
	}
	registered := map[string]bool{}
	for _, rt := range Routes {
		key := strings.ToLower(rt.Method) + " " + openAPIPath(rt.Pattern)
		registered[key] = true
		if _, ok := doc.Paths[openAPIPath(rt.Pattern)][strings.ToLower(rt.Method)]; !ok {
			t.Errorf("route %s %s is not in openapi.json", rt.Method, rt.Pattern)
		}
	}
	for path, ops := range doc.Paths {
		for method, op := range ops {
			if !registered[method+" "+path] {
				t.Errorf("openapi.json describes %s %s, which is not a route", method, path)
			}
			if _, ok := op.Responses["200"]; !ok {
				t.Errorf("%s %s: no 200 response", method, path)
			}
			// Every path parameter is declared, and only those.
			for _, p := range op.Parameters {
				if p.In == "path" && !strings.Contains(path, "{"+p.Name+"}") {
					t.Errorf("%s %s: path parameter %q is not in the path", method, path, p.Name)
				}
			}
		}
	}
	// Every schema referred to is defined.
	for _, ref := range refs(OpenAPI) {
		if _, ok := doc.Comps.Schemas[strings.TrimPrefix(ref, "#/components/schemas/")]; !ok {
			t.Errorf("$ref %s is not defined", ref)
		}
	}
}

func refs(b []byte) []string {
	var out []string
	for _, part := range strings.Split(string(b), `"$ref": "`)[1:] {
		out = append(out, part[:strings.IndexByte(part, '"')])
	}
	return out
}

// The query parameters of each listing in the document are the ones the
// shared parser reads, with the same enumerations.
func TestOpenAPIParameters(t *testing.T) {
	doc := readOpenAPI(t)
	listings := map[string][]params.Param{
		"/api/documents":    params.DocumentParams,
		"/api/attributions": params.AttributionParams,
		"/api/speakers":     params.SpeakerParams,
		"/api/outlets":      params.OutletParams,
		"/api/openapi.json": nil,
	}
	for path, params := range listings {
		op := doc.Paths[path][strings.ToLower(http.MethodGet)]
		var got, want []string
		for _, p := range op.Parameters {
			if p.In == "query" {
				got = append(got, p.Name)
			}
		}
		for _, p := range params {
			want = append(want, p.Name)
			i := slices.IndexFunc(op.Parameters, func(q openAPIParam) bool { return q.Name == p.Name })
			if i >= 0 && !slices.Equal(op.Parameters[i].Schema.Enum, p.Enum) {
				t.Errorf("%s %s: enum %v, the parser has %v", path, p.Name, op.Parameters[i].Schema.Enum, p.Enum)
			}
		}
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s: openapi.json has parameters %v, the parser reads %v", path, got, want)
		}
	}
}

func TestServesOpenAPI(t *testing.T) {
	h := New(newMemStore(), nil, Options{})
	code, hdr, body := do(t, h, "GET", "/api/openapi.json", "", "")
	if code != 200 || !strings.HasPrefix(hdr.Get("Content-Type"), "application/json") || string(body) != string(OpenAPI) {
		t.Errorf("GET /api/openapi.json: %d %v, %d bytes", code, hdr, len(body))
	}
}
