package server

import (
	"encoding/json"
	"net/http"
	"sort"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/storetest/testdb"
)

// schemaNode is the part of a JSON Schema the check below reads.
type schemaNode struct {
	Ref        string                 `json:"$ref"`
	Type       any                    `json:"type"`
	Properties map[string]*schemaNode `json:"properties"`
	Items      *schemaNode            `json:"items"`
	AllOf      []*schemaNode          `json:"allOf"`
	OneOf      []*schemaNode          `json:"oneOf"`
	Additional any                    `json:"additionalProperties"`
}

// checkAgainst reports every key of v that schema s does not declare,
// and every array or object where s says otherwise, at path.
func checkAgainst(t *testing.T, schemas map[string]*schemaNode, s *schemaNode, v any, path string) {
	t.Helper()
	for s.Ref != "" {
		s = schemas[strings.TrimPrefix(s.Ref, "#/components/schemas/")]
	}
	switch v := v.(type) {
	case map[string]any:
		props := map[string]*schemaNode{}
		for _, part := range append([]*schemaNode{s}, s.AllOf...) {
			for part.Ref != "" {
				part = schemas[strings.TrimPrefix(part.Ref, "#/components/schemas/")]
			}
			for k, p := range part.Properties {
				props[k] = p
			}
		}
		if len(props) == 0 {
			return // a free object
		}
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			p, ok := props[k]
			if !ok {
				t.Errorf("%s.%s is not in openapi.json", path, k)
				continue
			}
			checkAgainst(t, schemas, p, v[k], path+"."+k)
		}
	case []any:
		if s.Items == nil {
			if s.Type != nil && s.Type != "array" {
				t.Errorf("%s is an array, openapi.json says %v", path, s.Type)
			}
			return
		}
		for i, x := range v {
			if i < 3 {
				checkAgainst(t, schemas, s.Items, x, path+"[]")
			}
		}
	}
}

// Every answer of the API has only the fields its schema declares.
func TestAnswersMatchOpenAPI(t *testing.T) {
	var doc struct {
		Paths map[string]map[string]struct {
			Responses map[string]struct {
				Content map[string]struct {
					Schema *schemaNode `json:"schema"`
				} `json:"content"`
			} `json:"responses"`
		} `json:"paths"`
		Components struct {
			Schemas map[string]*schemaNode `json:"schemas"`
		} `json:"components"`
	}
	if err := json.Unmarshal(OpenAPI, &doc); err != nil {
		t.Fatal(err)
	}
	ref := loadReference(t)
	h := New(testdb.SQLite(t), testExtractor(t), Options{Token: suiteToken})
	postCorpus(t, h, ref)
	targets := map[string]string{
		"/api/documents":           "/api/documents?q=strike",
		"/api/documents/{id}":      "/api/documents/ledger-2",
		"/api/attributions":        "/api/attributions?q=budget",
		"/api/speakers":            "/api/speakers?gender=true",
		"/api/speakers/{id}":       "/api/speakers/1",
		"/api/outlets":             "/api/outlets?gender=true&from=2000-01-01",
		"/api/documents#error":     "/api/documents?limit=0",
		"/api/speakers/{id}#error": "/api/speakers/999999",
	}
	for path, target := range targets {
		path, wantErr := strings.CutSuffix(path, "#error")
		code, _, body := do(t, h, "GET", target, "", "")
		var v any
		if err := json.Unmarshal(body, &v); err != nil {
			t.Fatalf("%s: %v", target, err)
		}
		status := "200"
		if wantErr {
			status = map[int]string{400: "400", 404: "404"}[code]
		} else if code != http.StatusOK {
			t.Fatalf("%s: %d %s", target, code, body)
		}
		resp, ok := doc.Paths[path]["get"].Responses[status]
		if !ok {
			t.Errorf("%s: status %d is not in openapi.json", target, code)
			continue
		}
		checkAgainst(t, doc.Components.Schemas, resp.Content["application/json"].Schema, v, target)
	}
	code, _, body := do(t, h, "POST", "/api/documents", suiteToken, `[{"id":"x","text":"Rain, he said."},{"text":1}]`)
	var v any
	json.Unmarshal(body, &v)
	resp := doc.Paths["/api/documents"]["post"].Responses["200"]
	if code != 200 {
		t.Fatalf("POST: %d %s", code, body)
	}
	checkAgainst(t, doc.Components.Schemas, resp.Content["application/json"].Schema, v, "POST /api/documents")
}
