package main

import (
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// startServe runs 'whosaid serve' on a free loopback port until the test
// ends, and returns its base URL.
func startServe(t *testing.T, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	addrs := make(chan net.Addr, 1)
	c := &ServeCommand{ctx: ctx, listening: func(a net.Addr) { addrs <- a }}
	var stderr syncBuffer
	done := make(chan int, 1)
	go func() {
		e := &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: &stderr}
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
	return base
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
