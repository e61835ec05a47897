package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/store"
)

var (
	extractorOnce sync.Once
	extractor     *whosaid.Extractor
)

func testExtractor(t testing.TB) *whosaid.Extractor {
	t.Helper()
	extractorOnce.Do(func() {
		x, err := whosaid.NewExtractor()
		if err != nil {
			t.Fatal(err)
		}
		extractor = x
	})
	return extractor
}

// do sends one request to h and returns the status, the headers and the body.
func do(t testing.TB, h http.Handler, method, target, token, body string) (int, http.Header, []byte) {
	t.Helper()
	r := httptest.NewRequest(method, target, strings.NewReader(body))
	if token != "" {
		r.Header.Set("Authorization", "Bearer "+token)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	b, _ := io.ReadAll(w.Result().Body)
	return w.Code, w.Result().Header, b
}

// wantError checks that a response is the JSON error of status whose
// message holds msg.
func wantError(t testing.TB, code int, body []byte, status int, msg string) {
	t.Helper()
	var e ErrorBody
	if err := json.Unmarshal(body, &e); err != nil {
		t.Fatalf("status %d, body not a JSON error: %v: %s", code, err, body)
	}
	if code != status || e.Error.Status != status || !strings.Contains(e.Error.Message, msg) {
		t.Errorf("got %d %+v, want %d with message containing %q", code, e.Error, status, msg)
	}
}

func TestWritesNeedToken(t *testing.T) {
	doc := `{"id":"a","text":"\"It works,\" said Ann Lee."}`
	readOnly := New(newMemStore(), testExtractor(t), Options{})
	code, _, body := do(t, readOnly, "POST", "/api/documents", "anything", doc)
	wantError(t, code, body, http.StatusForbidden, "read-only")

	h := New(newMemStore(), testExtractor(t), Options{Token: "s3cret"})
	for _, tok := range []string{"", "s3cre", "s3cret2", "S3CRET"} {
		code, hdr, body := do(t, h, "POST", "/api/documents", tok, doc)
		wantError(t, code, body, http.StatusUnauthorized, "Bearer")
		if !strings.HasPrefix(hdr.Get("WWW-Authenticate"), "Bearer") {
			t.Errorf("token %q: no WWW-Authenticate: Bearer header", tok)
		}
	}
	r := httptest.NewRequest("POST", "/api/documents", strings.NewReader(doc))
	r.Header.Set("Authorization", "Basic s3cret")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	if w.Code != http.StatusUnauthorized {
		t.Errorf("Basic auth: status %d, want 401", w.Code)
	}
	code, _, body = do(t, h, "POST", "/api/documents", "s3cret", doc)
	if code != http.StatusOK {
		t.Fatalf("with the token: %d %s", code, body)
	}
}

func TestPostBodies(t *testing.T) {
	h := New(newMemStore(), testExtractor(t), Options{Token: "t", MaxBody: 4096})
	one := `{"id":"a","text":"\"It works,\" said Ann Lee.","outlet":"Daily","published":"2016-05-01"}`
	tests := []struct {
		name, body     string
		status         int
		stored, failed int
		errs           []string // per item, "" for stored
	}{
		{"object", one, 200, 1, 0, []string{""}},
		{"pretty object", "{\n  \"id\": \"p\",\n  \"text\": \"Rain, officials said.\"\n}\n", 200, 1, 0, []string{""}},
		{"array", "[" + one + `, {"text":"Snow, they said."}]`, 200, 2, 0, []string{"", ""}},
		{"jsonl", one + "\n\n" + `{"id":"b","text":"Hail, he said."}` + "\n", 200, 2, 0, []string{"", ""}},
		{"jsonl with bad lines", one + "\n{not json\n" + `{"id":"c"}` + "\n" + `{"id":"d","text":"x\u0000"}` + "\n" + `{"id":"e","text":"Sun.","published":"May"}`,
			200, 1, 4, []string{"", "not a JSON object", `no string "text" field`, "NUL", `bad metadata field "published"`}},
		{"array of non-objects", `[1, "x"]`, 400, 0, 2, []string{"not a JSON object", "not a JSON object"}},
		{"duplicate field", `{"text":"a","text":"b"}`, 400, 0, 1, []string{"duplicate field"}},
		// One id twice: the store keeps the last, and the counts say so.
		{"same id twice", `[{"id":"r","text":"Rain, officials said."}, {"id":"r","text":"Snow, they said."}]`,
			200, 1, 1, []string{`replaced by document 1 of this request, which has the same id "r"`, ""}},
		{"same text twice", `[{"text":"Hail, he said."}, {"text":"Hail, he said."}]`,
			200, 1, 1, []string{"replaced by document 1", ""}},
	}
	for _, tt := range tests {
		code, _, body := do(t, h, "POST", "/api/documents", "t", tt.body)
		var res PostResult
		if err := json.Unmarshal(body, &res); err != nil {
			t.Fatalf("%s: %v: %s", tt.name, err, body)
		}
		if code != tt.status || res.Stored != tt.stored || res.Failed != tt.failed || len(res.Documents) != len(tt.errs) {
			t.Errorf("%s: %d stored %d failed %d (%d items), want %d, %d, %d (%d items): %s",
				tt.name, code, res.Stored, res.Failed, len(res.Documents), tt.status, tt.stored, tt.failed, len(tt.errs), body)
			continue
		}
		if code == 400 && (res.Error == nil || res.Error.Status != 400) {
			t.Errorf("%s: no error object in a 400: %s", tt.name, body)
		}
		for i, want := range tt.errs {
			got := res.Documents[i]
			if got.Index != i || want == "" && (got.Error != "" || got.ID == "") || !strings.Contains(got.Error, want) {
				t.Errorf("%s: item %d = %+v, want error %q", tt.name, i, got, want)
			}
		}
	}
	// Without an id, the id comes from the text: the same text twice is one document.
	_, _, b1 := do(t, h, "POST", "/api/documents", "t", `{"text":"Snow, they said."}`)
	_, _, b2 := do(t, h, "POST", "/api/documents", "t", `{"id":"","text":"Snow, they said.", "outlet":"x"}`)
	var r1, r2 PostResult
	json.Unmarshal(b1, &r1)
	json.Unmarshal(b2, &r2)
	if r1.Documents[0].ID == "" || r1.Documents[0].ID != r2.Documents[0].ID || !strings.HasPrefix(r1.Documents[0].ID, "sha256:") {
		t.Errorf("ids of one text posted twice: %+v, %+v", r1.Documents, r2.Documents)
	}

	for _, body := range []string{"", "  \n", "[]", "[1,"} {
		code, _, b := do(t, h, "POST", "/api/documents", "t", body)
		wantError(t, code, b, http.StatusBadRequest, "")
	}
	code, _, b := do(t, h, "POST", "/api/documents", "t", `{"text":"`+strings.Repeat("a", 5000)+`"}`)
	wantError(t, code, b, http.StatusRequestEntityTooLarge, "4096")
	code, _, b = do(t, h, "POST", "/api/documents?x=1", "t", one)
	wantError(t, code, b, http.StatusBadRequest, "no query parameters")
}

func TestPostStoresMetaAndExtraction(t *testing.T) {
	m := newMemStore()
	h := New(m, testExtractor(t), Options{Token: "t"})
	text := `"We will win," said Ann Lee, the team's captain. Officials said the game was sold out.`
	body := `{"id":"g1","text":` + quote(text) + `,"publisher":"Daily","date":"2016-05-01","title":"Cup","url":"https://example.org/cup","author":"Bo","language":"en"}`
	code, _, b := do(t, h, "POST", "/api/documents", "t", body)
	if code != 200 {
		t.Fatalf("%d %s", code, b)
	}
	a, err := m.Document(context.Background(), "g1")
	if err != nil {
		t.Fatal(err)
	}
	want := testExtractor(t).Extract(text)
	if a.Doc.Text != text || len(a.Doc.Attributions) != len(want.Attributions) || len(want.Attributions) == 0 {
		t.Errorf("stored %d attributions of %q, the extractor finds %d", len(a.Doc.Attributions), a.Doc.Text, len(want.Attributions))
	}
	m0 := a.Meta
	if m0.Outlet != "Daily" || m0.Published != time.Date(2016, 5, 1, 0, 0, 0, 0, time.UTC) || m0.Title != "Cup" || m0.URL != "https://example.org/cup" || m0.Author != "Bo" || m0.Language != "en" {
		t.Errorf("meta = %+v", m0)
	}
	var res PostResult
	json.Unmarshal(b, &res)
	if res.Documents[0].Attributions != len(want.Attributions) {
		t.Errorf("answer counts %d attributions, want %d", res.Documents[0].Attributions, len(want.Attributions))
	}
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func TestRoutingErrorsAndHeaders(t *testing.T) {
	h := New(newMemStore(), nil, Options{})
	tests := []struct {
		method, target string
		status         int
		msg            string
	}{
		{"GET", "/api/nothing", 404, "no route"},
		{"DELETE", "/api/documents", 405, "not allowed"},
		{"PUT", "/api/outlets", 405, "not allowed"},
		{"GET", "/api/documents?limit=0", 400, "limit"},
		{"GET", "/api/documents?bogus=1", 400, "unknown parameter"},
		{"GET", "/api/attributions?kind=robot", 400, "kind"},
		{"GET", "/api/attributions?from=2016-02-30", 400, "from"},
		{"GET", "/api/speakers?limit=9999", 400, "limit"},
		{"GET", "/api/speakers/abc", 400, "speaker id"},
		{"GET", "/api/speakers/7", 404, "not found"},
		{"GET", "/api/documents/none", 404, "not found"},
		{"GET", "/api/outlets?x=1", 400, "unknown parameter"},
		{"GET", "/api/outlets?gender=maybe", 400, "neither true nor false"},
		{"GET", "/api/outlets?from=2016-02-01&to=2016-01-01", 400, "not after from"},
	}
	for _, tt := range tests {
		code, hdr, body := do(t, h, tt.method, tt.target, "", "")
		wantError(t, code, body, tt.status, tt.msg)
		if hdr.Get("X-Content-Type-Options") != "nosniff" || !strings.HasPrefix(hdr.Get("Content-Type"), "application/json") {
			t.Errorf("%s %s: headers %v", tt.method, tt.target, hdr)
		}
		if tt.status == 405 && !strings.Contains(hdr.Get("Allow"), "GET") {
			t.Errorf("%s %s: Allow = %q", tt.method, tt.target, hdr.Get("Allow"))
		}
	}
	code, hdr, body := do(t, h, "HEAD", "/api/outlets", "", "")
	if code != 200 || hdr.Get("Content-Security-Policy") == "" {
		t.Errorf("HEAD: %d %v %s", code, hdr, body)
	}
	// "/" is left to a UI.
	code, _, _ = do(t, h, "GET", "/", "", "")
	if code != http.StatusNotFound {
		t.Errorf("GET /: %d, want 404 from the API alone", code)
	}
}

func TestPanicAndTimeout(t *testing.T) {
	var logged strings.Builder
	st := &stubStore{memStore: *newMemStore(), call: func(ctx context.Context) error { panic("secret detail at store.go:42") }}
	h := New(st, nil, Options{Logger: newLogger(&logged)})
	code, _, body := do(t, h, "GET", "/api/documents", "", "")
	wantError(t, code, body, 500, "internal error")
	if strings.Contains(string(body), "secret") || strings.Contains(string(body), "goroutine") {
		t.Errorf("panic leaked into the response: %s", body)
	}
	if !strings.Contains(logged.String(), "secret detail") {
		t.Errorf("panic not logged: %q", logged.String())
	}

	st.call = func(ctx context.Context) error { return errors.New("disk on fire at /var/lib/x") }
	code, _, body = do(t, h, "GET", "/api/documents", "", "")
	wantError(t, code, body, 500, "internal error")
	if strings.Contains(string(body), "disk") {
		t.Errorf("internal error leaked: %s", body)
	}

	st.call = func(ctx context.Context) error {
		if _, ok := ctx.Deadline(); !ok {
			return errors.New("no deadline on the query")
		}
		<-ctx.Done()
		return ctx.Err()
	}
	h = New(st, nil, Options{QueryTimeout: 20 * time.Millisecond})
	code, _, body = do(t, h, "GET", "/api/documents", "", "")
	wantError(t, code, body, http.StatusServiceUnavailable, "too long")

	st.call = func(ctx context.Context) error { return fmt.Errorf("article 3: %w", store.ErrInvalid) }
	code, _, body = do(t, h, "GET", "/api/documents", "", "")
	wantError(t, code, body, http.StatusBadRequest, "invalid article")

	st.call = func(ctx context.Context) error { return store.ErrBadQuery }
	code, _, body = do(t, h, "GET", "/api/documents?q=x", "", "")
	wantError(t, code, body, http.StatusBadRequest, "bad query")
}
