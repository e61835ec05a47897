package server

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestBearerMatches(t *testing.T) {
	a := &API{opts: Options{Token: "s3cret"}}
	for header, want := range map[string]bool{
		"Bearer s3cret": true, "bearer s3cret": true, "BEARER s3cret": true, "Bearer   s3cret": true,
		"Bearers3cret": false, "bearer S3CRET": false, "Bearer": false, "s3cret": false,
		"Basic s3cret": false, "Bearer s3cret ": false, "": false,
	} {
		if got := a.bearerMatches(header); got != want {
			t.Errorf("Authorization: %q: %v, want %v", header, got, want)
		}
	}
}

// Writes of documents and corrections of speakers answer a bad token
// alike: 401 with a challenge, naming what was refused.
func TestAuthorizeEveryChangingRoute(t *testing.T) {
	a := &API{opts: Options{Token: "s3cret"}}
	for _, what := range []string{"a write", "a correction"} {
		r := httptest.NewRequest("POST", "/", nil)
		r.Header.Set("Authorization", "bearer wrong")
		w := httptest.NewRecorder()
		err := a.authorize(w, r, what)
		he, ok := err.(*httpError)
		if !ok || he.status != http.StatusUnauthorized {
			t.Fatalf("%s: %v, want a 401", what, err)
		}
		if w.Header().Get("WWW-Authenticate") == "" {
			t.Errorf("%s: no challenge", what)
		}
		r.Header.Set("Authorization", "bearer s3cret")
		if err := a.authorize(httptest.NewRecorder(), r, what); err != nil {
			t.Errorf("%s with the token: %v", what, err)
		}
	}
	readOnly := &API{}
	if err := readOnly.authorize(httptest.NewRecorder(), httptest.NewRequest("POST", "/", nil), "a correction"); err == nil {
		t.Error("a server without a token accepted a correction")
	}
}
