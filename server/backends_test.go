package server

import (
	"net/http"
	"testing"

	"github.com/whosaid/whosaid/internal/storetest/testdb"
)

// TestAPI runs the API suite on a fresh store of every backend: SQLite,
// and PostgreSQL on the server that WHOSAID_TEST_POSTGRES names (skipped
// without it, failed without it under WHOSAID_REQUIRE_POSTGRES, as in CI).
func TestAPI(t *testing.T) {
	for _, b := range testdb.Backends {
		t.Run(b.Name, func(t *testing.T) { runSuite(t, b.Open(t)) })
	}
}

// agreeTargets are the requests whose answers must be the same, to the
// byte, on every backend: every route, every filter, pages.
var agreeTargets = []string{
	"/api/documents",
	"/api/documents?limit=3&offset=2",
	"/api/documents?q=strike",
	"/api/documents?q=%22port+strike%22",
	"/api/documents?outlet=Northern+Herald&from=2016-02-01&to=2016-03-05",
	"/api/documents/ledger-2",
	"/api/documents/herald-1",
	"/api/attributions",
	"/api/attributions?limit=4&offset=4",
	"/api/attributions?q=budget",
	"/api/attributions?q=strik*",
	"/api/attributions?q=%22the+port%22",
	"/api/attributions?kind=anonymous",
	"/api/attributions?kind=person&type=direct",
	"/api/attributions?hedged=true",
	"/api/attributions?hedged=false&outlet=The+Ledger",
	"/api/attributions?from=2016-01-15&to=2016-02-10",
	"/api/attributions?doc=courier-2",
	"/api/attributions?speaker=Maria+Ortega",
	"/api/attributions?speaker=Brandt",
	"/api/speakers",
	"/api/speakers?name=Ma",
	"/api/speakers?kind=anonymous",
	"/api/speakers?outlet=Evening+Courier&limit=2",
	"/api/speakers/1",
	"/api/speakers/2",
	"/api/speakers/3",
	"/api/outlets",
}

// TestBackendsAgree posts the corpus to a store of each backend and asks
// both the same questions: the answers are identical.
func TestBackendsAgree(t *testing.T) {
	ref := loadReference(t)
	var handlers []http.Handler
	for _, b := range testdb.Backends {
		h := New(b.Open(t), testExtractor(t), Options{Token: suiteToken})
		postCorpus(t, h, ref)
		handlers = append(handlers, h)
	}
	for _, target := range agreeTargets {
		code0, _, body0 := do(t, handlers[0], "GET", target, "", "")
		if code0 != http.StatusOK {
			t.Errorf("%s %s: %d %s", testdb.Backends[0].Name, target, code0, body0)
		}
		for i, h := range handlers[1:] {
			code, _, body := do(t, h, "GET", target, "", "")
			if code != code0 || string(body) != string(body0) {
				t.Errorf("%s: %s and %s differ:\n%d %s\n%d %s", target, testdb.Backends[0].Name, testdb.Backends[i+1].Name, code0, body0, code, body)
			}
		}
	}
}
