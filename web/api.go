package web

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strings"

	jsonapi "github.com/whosaid/whosaid/server"
)

// The API page renders the OpenAPI document of the JSON API
// (jsonapi.OpenAPI) for people: every route with its parameters and
// answers, and every schema with its fields, in the document's order.

// apiView is the body of the API page.
type apiView struct {
	Title, Version, Description string
	Operations                  []apiOperation
	Schemas                     []apiSchema
}

type apiOperation struct {
	Method, Path, Anchor string
	Summary, Description string
	Auth                 bool
	Params               []apiField
	Body                 []apiType // the request body's media types and schemas
	Responses            []apiResponse
}

type apiResponse struct {
	Status, Description string
	Schema              apiType
}

// apiField is a parameter or a property.
type apiField struct {
	Name, In, Description string
	Type                  apiType
	Required              bool
}

// apiType is a schema as one line: its words and, for a named schema,
// the anchor of its definition.
type apiType struct {
	Media string // of a request body
	Text  string
	Ref   string // schema name, when the type is one
}

type apiSchema struct {
	Name, Description string
	Fields            []apiField
}

// schemaNode is the part of a JSON Schema the page shows.
type schemaNode struct {
	Ref         string          `json:"$ref"`
	Type        any             `json:"type"`
	Format      string          `json:"format"`
	Enum        []any           `json:"enum"`
	Items       *schemaNode     `json:"items"`
	OneOf       []*schemaNode   `json:"oneOf"`
	AllOf       []*schemaNode   `json:"allOf"`
	Description string          `json:"description"`
	Properties  json.RawMessage `json:"properties"`
	Required    []string        `json:"required"`
	Minimum     *float64        `json:"minimum"`
	Maximum     *float64        `json:"maximum"`
}

// newAPIView reads an OpenAPI document; routes give the order of its
// operations.
func newAPIView(doc []byte, routes []jsonapi.Route) (apiView, error) {
	var d struct {
		Info struct {
			Title, Version, Description string
		} `json:"info"`
		Paths map[string]map[string]struct {
			Summary, Description string
			Security             []map[string][]string `json:"security"`
			Parameters           []struct {
				Name, In, Description string
				Required              bool
				Schema                schemaNode
			} `json:"parameters"`
			RequestBody *struct {
				Content map[string]struct{ Schema schemaNode } `json:"content"`
			} `json:"requestBody"`
			Responses map[string]struct {
				Description string
				Content     map[string]struct{ Schema schemaNode } `json:"content"`
			} `json:"responses"`
		} `json:"paths"`
		Components struct {
			Schemas json.RawMessage `json:"schemas"`
		} `json:"components"`
	}
	if err := json.Unmarshal(doc, &d); err != nil {
		return apiView{}, fmt.Errorf("web: the OpenAPI document: %w", err)
	}
	v := apiView{Title: d.Info.Title, Version: d.Info.Version, Description: d.Info.Description}
	for _, rt := range routes {
		path := strings.ReplaceAll(rt.Pattern, "...}", "}")
		op, ok := d.Paths[path][strings.ToLower(rt.Method)]
		if !ok {
			return apiView{}, fmt.Errorf("web: the OpenAPI document has no %s %s", rt.Method, path)
		}
		o := apiOperation{Method: rt.Method, Path: path, Summary: op.Summary, Description: op.Description,
			Auth: len(op.Security) > 0, Anchor: anchor(rt.Method + " " + path)}
		for _, p := range op.Parameters {
			o.Params = append(o.Params, apiField{Name: p.Name, In: p.In, Description: p.Description,
				Type: typeOf(&p.Schema), Required: p.Required})
		}
		if op.RequestBody != nil {
			for _, media := range slices.Sorted(mapsKeys(op.RequestBody.Content)) {
				schema := op.RequestBody.Content[media].Schema
				t := typeOf(&schema)
				t.Media = media
				o.Body = append(o.Body, t)
			}
		}
		for _, status := range slices.Sorted(mapsKeys(op.Responses)) {
			r := op.Responses[status]
			resp := apiResponse{Status: status, Description: r.Description}
			if c, ok := r.Content["application/json"]; ok {
				resp.Schema = typeOf(&c.Schema)
			}
			o.Responses = append(o.Responses, resp)
		}
		v.Operations = append(v.Operations, o)
	}
	names, err := orderedKeys(d.Components.Schemas)
	if err != nil {
		return apiView{}, err
	}
	var schemas map[string]schemaNode
	if err := json.Unmarshal(d.Components.Schemas, &schemas); err != nil {
		return apiView{}, err
	}
	for _, name := range names {
		s := schemas[name]
		as := apiSchema{Name: name, Description: s.Description}
		fields, err := fieldsOf(&s)
		if err != nil {
			return apiView{}, fmt.Errorf("web: schema %s: %w", name, err)
		}
		as.Fields = fields
		v.Schemas = append(v.Schemas, as)
	}
	return v, nil
}

// fieldsOf are the properties of an object schema, its parts' included,
// in the document's order.
func fieldsOf(s *schemaNode) ([]apiField, error) {
	var out []apiField
	for _, part := range s.AllOf {
		if part.Ref != "" {
			out = append(out, apiField{Name: "…", Description: "every field of " + refName(part.Ref), Type: typeOf(part)})
			continue
		}
		fs, err := fieldsOf(part)
		if err != nil {
			return nil, err
		}
		out = append(out, fs...)
	}
	if len(s.Properties) == 0 {
		return out, nil
	}
	names, err := orderedKeys(s.Properties)
	if err != nil {
		return nil, err
	}
	var props map[string]schemaNode
	if err := json.Unmarshal(s.Properties, &props); err != nil {
		return nil, err
	}
	for _, n := range names {
		p := props[n]
		out = append(out, apiField{Name: n, Description: p.Description, Type: typeOf(&p), Required: slices.Contains(s.Required, n)})
	}
	return out, nil
}

// typeOf writes a schema as one line: "integer, 1 to 500", "array of
// Hit", "string: person, organization".
func typeOf(s *schemaNode) apiType {
	switch {
	case s == nil:
		return apiType{}
	case s.Ref != "":
		return apiType{Text: refName(s.Ref), Ref: refName(s.Ref)}
	case len(s.OneOf) > 0:
		var parts []string
		for _, o := range s.OneOf {
			parts = append(parts, typeOf(o).Text)
		}
		return apiType{Text: strings.Join(parts, " or ")}
	case s.Items != nil:
		t := typeOf(s.Items)
		return apiType{Text: "array of " + t.Text, Ref: t.Ref}
	}
	text := fmt.Sprint(s.Type)
	if s.Type == nil {
		text = "object"
	}
	if s.Format != "" {
		text += " (" + s.Format + ")"
	}
	if len(s.Enum) > 0 {
		var vals []string
		for _, e := range s.Enum {
			vals = append(vals, fmt.Sprint(e))
		}
		text += ": " + strings.Join(vals, ", ")
	}
	if s.Minimum != nil && s.Maximum != nil {
		text += fmt.Sprintf(", %v to %v", *s.Minimum, *s.Maximum)
	}
	return apiType{Text: text}
}

func refName(ref string) string { return strings.TrimPrefix(ref, "#/components/schemas/") }

// anchor is an id for a heading: lower-case letters and digits, one dash
// for each run of anything else ("GET /api/outlets": get-api-outlets).
func anchor(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}

// orderedKeys are the keys of a JSON object in the order written.
func orderedKeys(raw json.RawMessage) ([]string, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, fmt.Errorf("not a JSON object: %v", err)
	}
	var keys []string
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, err
		}
		keys = append(keys, t.(string))
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return nil, err
		}
	}
	return keys, nil
}

func mapsKeys[V any](m map[string]V) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// apiPage renders the API's reference.
func (s *server) apiPage(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "api", page{Title: "API", Nav: "api", Body: s.api})
}
