package web

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/whosaid/whosaid/store"
)

// correctingHandler is the interface over the test corpus, taking
// corrections with the token "s3cret".
func correctingHandler(t *testing.T) (http.Handler, store.Store) {
	t.Helper()
	st := testCorpus(t)
	h, err := New(Options{Extractor: extractor(t), Store: st, Token: "s3cret"})
	if err != nil {
		t.Fatal(err)
	}
	return h, st
}

func postCorrection(t *testing.T, h http.Handler, id int64, form url.Values) *http.Response {
	t.Helper()
	rec := serve(t, h, http.MethodPost, fmt.Sprintf("/speakers/%d/corrections", id), strings.NewReader(form.Encode()),
		"application/x-www-form-urlencoded")
	return rec.Result()
}

func speakerID0(t *testing.T, st store.Store, name string) int64 {
	t.Helper()
	l, err := st.Speakers(context.Background(), store.SpeakerFilter{Name: name})
	if err != nil || len(l.Items) == 0 {
		t.Fatalf("speaker %q: %v %+v", name, err, l)
	}
	return l.Items[0].ID
}

// TestSpeakerPageCorrects: the form of a speaker's page renames it with
// the token, goes back to the page with a notice, and the correction is
// recorded as made on the web; without a token the page has no form and
// a post is refused.
func TestSpeakerPageCorrects(t *testing.T) {
	h, st := correctingHandler(t)
	jane := speakerID0(t, st, "Jane Ortiz")
	doc := parse(t, get(t, h, fmt.Sprintf("/speakers/%d", jane)).Body.Bytes())
	forms := all(doc, func(n *html.Node) bool { return n.Data == "form" && attr(n, "method") == "post" })
	if len(forms) != 1 || attr(forms[0], "action") != fmt.Sprintf("/speakers/%d/corrections", jane) {
		t.Fatalf("speaker page: %d correction forms", len(forms))
	}
	for _, name := range []string{"action", "into", "doc_id", "value", "actor", "token"} {
		fields := all(forms[0], func(n *html.Node) bool { return attr(n, "name") == name })
		if len(fields) != 1 || attr(fields[0], "id") == "" || len(all(doc, func(n *html.Node) bool {
			return n.Data == "label" && attr(n, "for") == attr(fields[0], "id")
		})) != 1 {
			t.Errorf("form field %q is missing or has no label", name)
		}
	}

	res := postCorrection(t, h, jane, url.Values{"action": {"rename"}, "value": {"Mayor Jane Ortiz"}, "actor": {"ann"}, "token": {"s3cret"}})
	if res.StatusCode != http.StatusSeeOther || !strings.HasPrefix(res.Header.Get("Location"), fmt.Sprintf("/speakers/%d?corrected=", jane)) {
		t.Fatalf("rename: %d, to %q", res.StatusCode, res.Header.Get("Location"))
	}
	page := textOf(parse(t, get(t, h, res.Header.Get("Location")).Body.Bytes()))
	if !strings.Contains(page, "Mayor Jane Ortiz") || !strings.Contains(page, "was made and recorded") {
		t.Errorf("the page after the rename does not show it")
	}
	l, err := st.(store.SpeakerEditor).Corrections(context.Background(), store.Page{})
	if err != nil || l.Total != 1 || l.Items[0].Via != "web" || l.Items[0].Actor != "ann" || l.Items[0].Value != "Mayor Jane Ortiz" {
		t.Errorf("recorded: %v %+v", err, l)
	}

	for _, tc := range []struct {
		form   url.Values
		status int
		msg    string
	}{
		{url.Values{"action": {"rename"}, "value": {"X"}, "actor": {"ann"}, "token": {"wrong"}}, http.StatusUnauthorized, "token is wrong"},
		{url.Values{"action": {"merge"}, "into": {fmt.Sprint(jane)}, "actor": {"ann"}, "token": {"s3cret"}}, http.StatusBadRequest, "cannot be made"},
		{url.Values{"action": {"merge"}, "into": {"abc"}, "actor": {"ann"}, "token": {"s3cret"}}, http.StatusBadRequest, "not a speaker's number"},
		{url.Values{"action": {"merge"}, "into": {"987654"}, "actor": {"ann"}, "token": {"s3cret"}}, http.StatusNotFound, "cannot be made"},
		{url.Values{"action": {"rename"}, "value": {"X"}, "token": {"s3cret"}}, http.StatusBadRequest, "actor"},
	} {
		res := postCorrection(t, h, jane, tc.form)
		body := serve(t, h, http.MethodPost, fmt.Sprintf("/speakers/%d/corrections", jane), strings.NewReader(tc.form.Encode()),
			"application/x-www-form-urlencoded")
		if res.StatusCode != tc.status || !strings.Contains(textOf(parse(t, body.Body.Bytes())), tc.msg) {
			t.Errorf("%v: status %d, want %d with %q", tc.form, res.StatusCode, tc.status, tc.msg)
		}
	}
	if l, _ := st.(store.SpeakerEditor).Corrections(context.Background(), store.Page{}); l.Total != 1 {
		t.Errorf("refused corrections were recorded: %d", l.Total)
	}

	readOnly := testHandler(t, st)
	doc = parse(t, get(t, readOnly, fmt.Sprintf("/speakers/%d", jane)).Body.Bytes())
	if len(all(doc, func(n *html.Node) bool { return n.Data == "form" && attr(n, "method") == "post" })) != 0 {
		t.Errorf("a server without a token shows the correction form")
	}
	res = postCorrection(t, readOnly, jane, url.Values{"action": {"rename"}, "value": {"X"}, "actor": {"ann"}, "token": {""}})
	if res.StatusCode != http.StatusForbidden {
		t.Errorf("a post to a server without a token: %d", res.StatusCode)
	}
}
