package server

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/whosaid/whosaid"
)

// checkCounter is a context that counts how often the extractor checks
// it, and calls onCheck with the running total of all its copies: the
// work done, without a clock.
type checkCounter struct {
	context.Context
	mu      *sync.Mutex
	checks  *int
	onCheck func(n int)
}

func (c checkCounter) Err() error {
	c.mu.Lock()
	*c.checks++
	n := *c.checks
	c.mu.Unlock()
	if c.onCheck != nil {
		c.onCheck(n)
	}
	return c.Context.Err()
}

// batch is a POST body of n copies of the sample article, ten times over
// each, under ids d0, d1, ...
func batch(t *testing.T, n int) string {
	t.Helper()
	sample, err := os.ReadFile("../testdata/sample.txt")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for i := range n {
		line, _ := json.Marshal(map[string]string{"id": "d" + string(rune('0'+i)), "text": strings.Repeat(string(sample)+"\n", 10)})
		b.Write(line)
		b.WriteByte('\n')
	}
	return b.String()
}

// TestPostStopsWhenClientLeaves: when the client goes, the extraction of
// its batch stops at the next check, no later document is extracted in
// full, and nothing is stored.
func TestPostStopsWhenClientLeaves(t *testing.T) {
	const leaveAt = 10
	ctx, leave := context.WithCancel(context.Background())
	defer leave()
	var mu sync.Mutex
	checks := 0
	st := newMemStore()
	a := New(st, testExtractor(t), Options{Token: "s3cret", Workers: 1})
	a.extract1 = func(ctx context.Context, text string) (*whosaid.Document, error) {
		return testExtractor(t).ExtractContext(checkCounter{ctx, &mu, &checks, func(n int) {
			if n == leaveAt {
				leave() // as the server does when the connection closes
			}
		}}, text)
	}
	body := batch(t, 4)
	r := httptest.NewRequestWithContext(ctx, http.MethodPost, "/api/documents", strings.NewReader(body))
	r.Header.Set("Authorization", "Bearer s3cret")
	w := httptest.NewRecorder()
	a.ServeHTTP(w, r)

	// A full extraction of the batch checks hundreds of times; after the
	// client left, each document extracted checks once at most.
	if checks > leaveAt+3 {
		t.Errorf("%d checks, %d after the client left", checks, checks-leaveAt)
	}
	if len(st.sorted()) != 0 {
		t.Errorf("%d documents stored for a client that left", len(st.sorted()))
	}
	if w.Code != http.StatusServiceUnavailable {
		t.Errorf("status %d, want 503", w.Code)
	}
}

// TestPostTimeLimit: a batch past WriteTimeout is stopped, nothing is
// stored, and the client is told why.
func TestPostTimeLimit(t *testing.T) {
	st := newMemStore()
	a := New(st, testExtractor(t), Options{Token: "s3cret", WriteTimeout: 1})
	code, hdr, body := do(t, a, "POST", "/api/documents", "s3cret", batch(t, 2))
	wantError(t, code, body, http.StatusServiceUnavailable, "took longer than the limit of 1ns")
	if len(st.sorted()) != 0 {
		t.Errorf("%d documents stored past the limit", len(st.sorted()))
	}
	if hdr.Get("Content-Security-Policy") == "" || hdr.Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("the error lacks the security headers: %v", hdr)
	}
}
