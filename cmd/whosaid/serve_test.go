package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/whosaid/whosaid/store"
	"github.com/whosaid/whosaid/store/open"
)

// startServe runs 'whosaid serve' on a free loopback port until the test
// ends, and returns its base URL.
func startServe(t *testing.T, args ...string) string {
	t.Helper()
	base, _ := startServeWith(t, &ServeCommand{}, args...)
	return base
}

// startServeWith is startServe with a command of the caller's (its ctx and
// listening are set here); it also returns what the server writes to
// standard error.
func startServeWith(t *testing.T, c *ServeCommand, args ...string) (string, *syncBuffer) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	addrs := make(chan net.Addr, 1)
	c.ctx, c.listening = ctx, func(a net.Addr) { addrs <- a }
	stderr := &syncBuffer{}
	done := make(chan int, 1)
	go func() {
		e := &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: stderr}
		done <- status(e, c.Run(e, append([]string{"--addr", "127.0.0.1:0"}, args...)))
	}()
	var base string
	select {
	case a := <-addrs:
		base = "http://" + a.String()
	case code := <-done:
		t.Fatalf("serve ended with %d before listening: %s", code, stderr.String())
	case <-time.After(time.Minute):
		t.Fatal("serve did not listen within a minute")
	}
	t.Cleanup(func() {
		cancel()
		if code := <-done; code != exitOK {
			t.Errorf("serve ended with %d after shutdown: %s", code, stderr.String())
		}
		if !strings.Contains(stderr.String(), "shutting down") {
			t.Errorf("serve did not say it shut down: %s", stderr.String())
		}
	})
	return base, stderr
}

// syncBuffer is a strings.Builder safe for the server's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func request(t *testing.T, method, target, token, body string) (int, map[string]any) {
	t.Helper()
	req, err := http.NewRequest(method, target, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var v map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&v); err != nil && method != "HEAD" {
		t.Fatalf("%s %s: %d, body not JSON: %v", method, target, resp.StatusCode, err)
	}
	return resp.StatusCode, v
}

func TestServe(t *testing.T) {
	t.Setenv(TokenEnv, "tok-123")
	db := filepath.Join(t.TempDir(), "w.db")
	base := startServe(t, "--db", db, "--create", "--max-body", "2000")

	doc := `{"id":"s1","outlet":"Daily","published":"2016-05-01","text":"\"We will win,\" said Ann Lee, the captain."}`
	if code, v := request(t, "POST", base+"/api/documents", "", doc); code != 401 {
		t.Errorf("POST without token: %d %v", code, v)
	}
	code, v := request(t, "POST", base+"/api/documents", "tok-123", doc)
	if code != 200 || v["stored"] != 1.0 {
		t.Fatalf("POST: %d %v", code, v)
	}
	code, v = request(t, "POST", base+"/api/documents", "tok-123", `{"text":"`+strings.Repeat("x", 3000)+`"}`)
	if code != http.StatusRequestEntityTooLarge {
		t.Errorf("POST over --max-body: %d %v", code, v)
	}
	code, v = request(t, "GET", base+"/api/documents?outlet=Daily", "", "")
	if code != 200 || v["total"] != 1.0 {
		t.Errorf("GET documents: %d %v", code, v)
	}
	code, v = request(t, "GET", base+"/api/attributions?doc=s1", "", "")
	if code != 200 || v["total"].(float64) < 1 {
		t.Errorf("GET attributions: %d %v", code, v)
	}
	// The web interface is mounted beside the API, with its policy.
	for _, page := range []string{"/", "/search?q=win", "/articles/s1"} {
		resp, err := http.Get(base + page)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(resp.Header.Get("Content-Type"), "text/html") ||
			resp.Header.Get("Content-Security-Policy") == "" {
			t.Errorf("GET %s: %d %q, CSP %q", page, resp.StatusCode, resp.Header.Get("Content-Type"), resp.Header.Get("Content-Security-Policy"))
		}
		if page != "/" && !strings.Contains(string(body), "Ann Lee") {
			t.Errorf("GET %s: the stored speaker is not on the page", page)
		}
	}
}

func TestServeReadOnly(t *testing.T) {
	t.Setenv(TokenEnv, "")
	base := startServe(t, "--db", filepath.Join(t.TempDir(), "w.db"), "--create")
	code, v := request(t, "POST", base+"/api/documents", "anything", `{"text":"Hi, he said."}`)
	errObj, _ := v["error"].(map[string]any)
	if code != 403 || errObj == nil || !strings.Contains(errObj["message"].(string), "read-only") {
		t.Errorf("POST to a read-only server: %d %v", code, v)
	}
}

func TestServeUsage(t *testing.T) {
	for _, args := range [][]string{
		{"serve", "extra"},
		{"serve", "--max-body", "0"},
		{"serve", "--query-timeout", "0s"},
		{"serve", "--nope"},
	} {
		if code, _, stderr := runCmd(t, "", args...); code != exitUsage {
			t.Errorf("%q: exit %d, want %d; %s", args, code, exitUsage, stderr)
		}
	}
	if code, _, stderr := runCmd(t, "", "serve", "--addr", "256.0.0.1:99999", "--create", "--db", filepath.Join(t.TempDir(), "w.db")); code != exitFailed {
		t.Errorf("unusable --addr: exit %d; %s", code, stderr)
	}
	code, out, _ := runCmd(t, "", "help", "serve")
	if code != exitOK || !strings.Contains(out, TokenEnv) {
		t.Errorf("help serve: %d %q", code, out)
	}
}

// failingOutlets is a store whose outlet statistics fail with an error
// that names the database address, password and all, as a driver's
// error might.
type failingOutlets struct {
	store.Store
	addr string
}

func (f failingOutlets) Outlets(ctx context.Context, _ store.OutletFilter) ([]store.OutletStats, error) {
	return nil, fmt.Errorf("dial %s: connection refused", f.addr)
}

// TestServeMasksSecrets: the database password and the token are in no
// line serve writes: the banner, a logged failure, an error that ends it.
func TestServeMasksSecrets(t *testing.T) {
	const token = "tok-s3cret-42"
	t.Setenv(TokenEnv, token)
	addr := "postgres://ann:pa55%2Fw0rd-x@db.example:5432/whosaid?sslmode=require&sslpassword=k3yphrase"
	c := &ServeCommand{open: func(ctx context.Context, a string) (store.Store, error) {
		st, err := open.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
		return failingOutlets{st, a + " token " + token}, err
	}}
	base, stderr := startServeWith(t, c, "--db", addr)
	if code, _ := request(t, "GET", base+"/api/outlets", "", ""); code != http.StatusInternalServerError {
		t.Errorf("GET /api/outlets: %d, want the store's failure", code)
	}
	logged := stderr.String()
	for _, secret := range []string{"pa55", "w0rd", "k3yphrase", token} {
		if strings.Contains(logged, secret) {
			t.Errorf("serve wrote the secret %q: %s", secret, logged)
		}
	}
	for _, want := range []string{"serving postgres://ann:xxxxx@db.example:5432/whosaid?", "request failed", "dial postgres://ann:xxxxx@db.example"} {
		if !strings.Contains(logged, want) {
			t.Errorf("serve did not write %q: %s", want, logged)
		}
	}

	// An error that ends the command is masked too.
	c = &ServeCommand{open: func(ctx context.Context, a string) (store.Store, error) {
		return nil, fmt.Errorf("connecting to %s: refused", a)
	}}
	e := &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard}
	err := c.Run(e, []string{"--addr", "127.0.0.1:0", "--db", addr})
	if err == nil || strings.Contains(err.Error(), "pa55") || strings.Contains(err.Error(), "k3yphrase") || !strings.Contains(err.Error(), "refused") {
		t.Errorf("error ending serve: %v", err)
	}
}

// TestServeHeadersEverywhere: the responses of the mux that joins the API
// and the web interface (redirects that clean a path) carry the security
// headers, as the pages and the API's answers do.
func TestServeHeadersEverywhere(t *testing.T) {
	t.Setenv(TokenEnv, "")
	base := startServe(t, "--create", "--db", filepath.Join(t.TempDir(), "w.db"))
	noFollow := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	for _, path := range []string{"//api/outlets", "/api/../search", "/static/../outlets", "//", "/analyse", "/api/nothing", "/nothing", "/"} {
		req, err := http.NewRequest("GET", base+path, nil)
		if err != nil {
			t.Fatal(err)
		}
		req.URL.Opaque = path // sent as is, not cleaned by the client
		resp, err := noFollow.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		h := resp.Header
		if h.Get("Content-Security-Policy") == "" || h.Get("X-Content-Type-Options") != "nosniff" ||
			h.Get("X-Frame-Options") != "DENY" || h.Get("Referrer-Policy") != "no-referrer" {
			t.Errorf("GET %s: %d without the security headers: %v", path, resp.StatusCode, h)
		}
	}
}
