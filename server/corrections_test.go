package server

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/storetest"
	"github.com/whosaid/whosaid/internal/storetest/testdb"
	"github.com/whosaid/whosaid/store"
)

// correctionAPI is an API over a SQLite store of the conformance corpus
// that takes corrections with the token "s3cret"; it has no extractor,
// which corrections do not need.
func correctionAPI(t *testing.T) (*API, store.Store) {
	t.Helper()
	st := testdb.SQLite(t)
	if err := st.Put(context.Background(), storetest.Corpus()); err != nil {
		t.Fatal(err)
	}
	return New(st, nil, Options{Token: "s3cret"}), st
}

// speakerNamed is the ID of the speaker listed under name.
func speakerNamed(t *testing.T, st store.Store, name string) int64 {
	t.Helper()
	l, err := st.Speakers(context.Background(), store.SpeakerFilter{Name: name})
	if err != nil {
		t.Fatal(err)
	}
	for _, sp := range l.Items {
		if sp.Name == name {
			return sp.ID
		}
	}
	t.Fatalf("no speaker %q in %+v", name, l.Items)
	return 0
}

func TestCorrectionsNeedToken(t *testing.T) {
	_, st := correctionAPI(t)
	zarif := speakerNamed(t, st, "Mohammad Javad Zarif")
	target := fmt.Sprintf("/api/speakers/%d/corrections", zarif)
	body := `{"action":"rename","actor":"ann","value":"Zarif"}`

	readOnly := New(st, nil, Options{})
	code, _, b := do(t, readOnly, "POST", target, "s3cret", body)
	wantError(t, code, b, http.StatusForbidden, "read-only")

	h := New(st, nil, Options{Token: "s3cret"})
	for _, tok := range []string{"", "s3cre", "S3CRET"} {
		code, hdr, b := do(t, h, "POST", target, tok, body)
		wantError(t, code, b, http.StatusUnauthorized, "Bearer")
		if !strings.HasPrefix(hdr.Get("WWW-Authenticate"), "Bearer") {
			t.Errorf("token %q: no WWW-Authenticate: Bearer header", tok)
		}
	}
	if l, err := st.(store.SpeakerEditor).Corrections(context.Background(), store.Page{}); err != nil || l.Total != 0 {
		t.Errorf("refused corrections were made: %v %+v", err, l)
	}
}

func TestCorrectionsRefused(t *testing.T) {
	h, st := correctionAPI(t)
	zarif := speakerNamed(t, st, "Mohammad Javad Zarif")
	target := fmt.Sprintf("/api/speakers/%d/corrections", zarif)
	for _, tc := range []struct {
		target, body string
		status       int
		msg          string
	}{
		{target, `not json`, http.StatusBadRequest, "not a correction"},
		{target, `{"action":"rename","actor":"ann","value":"x","color":"red"}`, http.StatusBadRequest, "not a correction"},
		{target, `{"action":"rename","actor":"ann","value":"x"} {"action":"rename"}`, http.StatusBadRequest, "more than one"},
		{target, `{"action":"merge","actor":"ann","into":` + fmt.Sprint(zarif) + `}`, http.StatusBadRequest, "another speaker"},
		{target, `{"action":"rename","value":"x"}`, http.StatusBadRequest, "actor"},
		{target, `{"action":"delete","actor":"ann"}`, http.StatusBadRequest, "unknown action"},
		{target, `{"action":"merge","actor":"ann","into":987654}`, http.StatusNotFound, "not found"},
		{"/api/speakers/987654/corrections", `{"action":"rename","actor":"ann","value":"x"}`, http.StatusNotFound, "not found"},
		{"/api/speakers/zero/corrections", `{"action":"rename","actor":"ann","value":"x"}`, http.StatusBadRequest, "speaker id"},
		{target + "?x=1", `{"action":"rename","actor":"ann","value":"x"}`, http.StatusBadRequest, "no query parameters"},
		{target, `{"action":"rename","actor":"ann","value":"` + strings.Repeat("x", maxCorrectionBody) + `"}`, http.StatusRequestEntityTooLarge, "limit"},
	} {
		code, _, b := do(t, h, "POST", tc.target, "s3cret", tc.body)
		wantError(t, code, b, tc.status, tc.msg)
	}
	code, _, b := do(t, h, "GET", target, "", "")
	wantError(t, code, b, http.StatusMethodNotAllowed, "POST")
	for _, q := range []string{"limit=x", "offset=-1", "limit=1&page=2"} {
		code, _, b := do(t, h, "GET", "/api/corrections?"+q, "", "")
		wantError(t, code, b, http.StatusBadRequest, "")
	}
}

// TestCorrectionsAPI merges two speakers through the API and finds the
// correction, who made it and when, in the list; both answers are as
// openapi.json describes them.
func TestCorrectionsAPI(t *testing.T) {
	h, st := correctionAPI(t)
	hillary := speakerNamed(t, st, "Hillary Clinton")
	bill := speakerNamed(t, st, "Bill Clinton")
	code, _, b := do(t, h, "POST", fmt.Sprintf("/api/speakers/%d/corrections", bill), "s3cret",
		fmt.Sprintf(`{"action":"merge","actor":"ann","into":%d}`, hillary))
	if code != http.StatusOK {
		t.Fatalf("merge: %d %s", code, b)
	}
	var c store.Correction
	if err := json.Unmarshal(b, &c); err != nil {
		t.Fatal(err)
	}
	if c.ID == 0 || c.At.IsZero() || c.Actor != "ann" || c.Via != "api" || c.Action != store.Merge ||
		c.Speaker != bill || c.Into != hillary || c.Mentions == 0 {
		t.Errorf("merge answered %s", b)
	}
	code, _, b = do(t, h, "GET", fmt.Sprintf("/api/speakers/%d", bill), "", "")
	wantError(t, code, b, http.StatusNotFound, "not found")
	var l CorrectionList
	getJSON(t, h, "/api/corrections?limit=10", &l)
	if l.Total != 1 || len(l.Items) != 1 || l.Items[0].ID != c.ID || l.Items[0].Actor != "ann" {
		t.Errorf("corrections: %+v", l)
	}

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
	for _, a := range []struct {
		path, method string
		v            any
	}{{"/api/speakers/{id}/corrections", "post", c}, {"/api/corrections", "get", l}} {
		raw, _ := json.Marshal(a.v)
		var v any
		json.Unmarshal(raw, &v)
		resp := doc.Paths[a.path][a.method].Responses["200"]
		checkAgainst(t, doc.Components.Schemas, resp.Content["application/json"].Schema, v, a.method+" "+a.path)
	}
}
