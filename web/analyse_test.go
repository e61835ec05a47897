package web

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/whosaid/whosaid"
)

// checkCounter is a context that counts how often the extractor checks
// it, and calls onCheck with the count: the work done, without a clock.
type checkCounter struct {
	context.Context
	checks  int
	onCheck func(n int)
}

func (c *checkCounter) Err() error {
	c.checks++
	if c.onCheck != nil {
		c.onCheck(c.checks)
	}
	return c.Context.Err()
}

// newAnalyseServer is a web server whose extractions go through count,
// which sees the context and the text and returns the document.
func newAnalyseServer(t *testing.T, opts Options, count func(ctx context.Context, text string) (*whosaid.Document, error)) (*server, http.Handler) {
	t.Helper()
	opts.Extractor = extractor(t)
	s, err := newServer(opts)
	if err != nil {
		t.Fatal(err)
	}
	s.extract = count
	h, err := s.handler()
	if err != nil {
		t.Fatal(err)
	}
	return s, h
}

func analyseRequest(ctx context.Context, text string) *http.Request {
	r := httptest.NewRequestWithContext(ctx, http.MethodPost, "/analyse", strings.NewReader(url.Values{"text": {text}}.Encode()))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return r
}

// TestAnalyseStopsWhenVisitorLeaves: when the request's context ends
// (the visitor closed the page), the extraction stops at its next check,
// no page is written, and the turn is free for the next analysis.
func TestAnalyseStopsWhenVisitorLeaves(t *testing.T) {
	text, _ := seed(t)
	text = strings.Repeat(text+"\n", 20)
	x := extractor(t)
	full := &checkCounter{Context: context.Background()}
	if _, err := x.ExtractContext(full, text); err != nil {
		t.Fatal(err)
	}

	const leaveAt = 10
	ctx, leave := context.WithCancel(context.Background())
	defer leave()
	var work *checkCounter
	var gotErr error
	s, h := newAnalyseServer(t, Options{MaxAnalyses: 1}, func(ctx context.Context, text string) (*whosaid.Document, error) {
		if _, ok := ctx.Deadline(); !ok {
			t.Error("the analysis has no time limit")
		}
		work = &checkCounter{Context: ctx}
		work.onCheck = func(n int) {
			if n == leaveAt {
				leave() // as the server does when the connection closes
			}
		}
		doc, err := x.ExtractContext(work, text)
		gotErr = err
		return doc, err
	})
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, analyseRequest(ctx, text))
	if !errors.Is(gotErr, context.Canceled) {
		t.Fatalf("extraction ended with %v, want context.Canceled", gotErr)
	}
	if work.checks != leaveAt {
		t.Errorf("the extraction went on for %d checks after the visitor left (of %d in all)", work.checks-leaveAt, full.checks)
	}
	if rec.Body.Len() != 0 {
		t.Errorf("a page was written to a visitor who has gone: %d bytes", rec.Body.Len())
	}
	s.wait = 0
	release, ok := s.takeTurn(context.Background())
	if !ok {
		t.Fatal("the abandoned analysis kept its turn")
	}
	release()
}

// TestAnalyseTimeLimit: an analysis past its time limit stops and gets a
// 503 page that says so.
func TestAnalyseTimeLimit(t *testing.T) {
	text, _ := seed(t)
	_, h := newAnalyseServer(t, Options{AnalyseTimeout: 1}, func(ctx context.Context, text string) (*whosaid.Document, error) {
		<-ctx.Done() // the limit passes
		return extractor(t).ExtractContext(ctx, text)
	})
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, analyseRequest(context.Background(), text))
	if rec.Code != http.StatusServiceUnavailable {
		t.Errorf("status %d, want 503", rec.Code)
	}
	if box := textOf(firstOf(parse(t, rec.Body.Bytes()), "error-box")); !strings.Contains(box, "longer than the limit of 1ns") {
		t.Errorf("the page says %q, not that the limit was passed", box)
	}
}

// TestAnalyseRefusesOtherSites: a form on another site cannot make a
// visitor's browser post to /analyse; this site's own form, and programs
// that send no browser headers, can.
func TestAnalyseRefusesOtherSites(t *testing.T) {
	calls := 0
	_, h := newAnalyseServer(t, Options{}, func(ctx context.Context, text string) (*whosaid.Document, error) {
		calls++
		return extractor(t).ExtractContext(ctx, text)
	})
	tests := []struct {
		name    string
		headers map[string]string
		status  int
	}{
		{"cross-site fetch", map[string]string{"Sec-Fetch-Site": "cross-site"}, http.StatusForbidden},
		{"same-site fetch", map[string]string{"Sec-Fetch-Site": "same-site"}, http.StatusForbidden},
		{"other origin", map[string]string{"Origin": "https://evil.example"}, http.StatusForbidden},
		{"other port", map[string]string{"Origin": "http://example.com:8081"}, http.StatusForbidden},
		{"same origin fetch", map[string]string{"Sec-Fetch-Site": "same-origin", "Origin": "http://example.com"}, http.StatusOK},
		{"same origin", map[string]string{"Origin": "http://example.com"}, http.StatusOK},
		{"no browser headers", nil, http.StatusOK},
	}
	for _, tt := range tests {
		calls = 0
		r := analyseRequest(context.Background(), "Rain is coming, officials said.") // Host: example.com
		for k, v := range tt.headers {
			r.Header.Set(k, v)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		if rec.Code != tt.status {
			t.Errorf("%s: status %d, want %d", tt.name, rec.Code, tt.status)
		}
		if refused := tt.status == http.StatusForbidden; refused {
			if calls != 0 {
				t.Errorf("%s: refused, yet extracted", tt.name)
			}
			if lead := textOf(firstOf(parse(t, rec.Body.Bytes()), "lead")); !strings.Contains(lead, "another site") {
				t.Errorf("%s: the page says %q", tt.name, lead)
			}
			if rec.Header().Get("Content-Security-Policy") != ContentSecurityPolicy {
				t.Errorf("%s: the refusal lacks the security headers", tt.name)
			}
		}
	}
}
