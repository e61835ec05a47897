package main

import (
	"errors"
	"io/fs"
	"log/slog"
	"strings"
	"testing"
)

func TestSecretsAddress(t *testing.T) {
	tests := []struct{ addr, token, want string }{
		{"whosaid.db", "", "whosaid.db"},
		{"postgres://ann@db/w", "", "postgres://ann@db/w"},
		{"postgres://ann:hunter2@db/w", "", "postgres://ann:xxxxx@db/w"},
		{"postgresql://ann:p%40ss@db:5432/w?sslmode=disable", "", "postgresql://ann:xxxxx@db:5432/w?sslmode=disable"},
		{"postgres://db/w?user=ann&password=hunter2", "", "postgres://db/w?password=xxxxx&user=ann"},
		{"postgres://db/w?sslpassword=k3y&sslmode=verify-full", "", "postgres://db/w?sslmode=verify-full&sslpassword=xxxxx"},
		{"/var/lib/tok-123.db", "tok-123", "/var/lib/xxxxx.db"},
	}
	for _, tt := range tests {
		if got := newSecrets(tt.addr, tt.token).address(tt.addr); got != tt.want {
			t.Errorf("address(%q) = %q, want %q", tt.addr, got, tt.want)
		}
	}
}

func TestSecretsMask(t *testing.T) {
	s := newSecrets("postgres://ann:p%40ss@db/w?password=q%2Fw", "tok-123")
	tests := []struct{ in, want string }{
		{"dial postgres://ann:p%40ss@db/w: refused", "dial postgres://ann:xxxxx@db/w: refused"},
		{"password authentication failed: p@ss", "password authentication failed: xxxxx"},
		{"q/w and q%2Fw", "xxxxx and xxxxx"},
		{"Bearer tok-123", "Bearer xxxxx"},
		{"nothing secret", "nothing secret"},
	}
	for _, tt := range tests {
		if got := s.mask(tt.in); got != tt.want {
			t.Errorf("mask(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if newSecrets("whosaid.db", "").maskErr(fs.ErrNotExist) != fs.ErrNotExist {
		t.Error("with no secrets, an error is not wrapped")
	}
	err := s.maskErr(&fs.PathError{Op: "open", Path: "/tmp/p@ss", Err: fs.ErrNotExist})
	if !errors.Is(err, fs.ErrNotExist) || strings.Contains(err.Error(), "p@ss") {
		t.Errorf("masked error %q does not wrap fs.ErrNotExist or shows the password", err)
	}
}

// TestSecretsLogHandler: the message, string attributes and errors of a
// log line are masked, in groups too.
func TestSecretsLogHandler(t *testing.T) {
	var b strings.Builder
	log := slog.New(newSecrets("postgres://ann:hunter2@db/w", "tok-123").logHandler(&b))
	log.Error("login hunter2 failed", "addr", "postgres://ann:hunter2@db/w", "err", errors.New("token tok-123 refused"),
		slog.Group("req", "auth", "Bearer tok-123"), "n", 3)
	out := b.String()
	if strings.Contains(out, "hunter2") || strings.Contains(out, "tok-123") {
		t.Errorf("a secret was logged: %s", out)
	}
	for _, want := range []string{"login xxxxx failed", "postgres://ann:xxxxx@db/w", "token xxxxx refused", "req.auth=\"Bearer xxxxx\"", "n=3"} {
		if !strings.Contains(out, want) {
			t.Errorf("log line lacks %q: %s", want, out)
		}
	}
}
