package main

import (
	"io"
	"log/slog"
	"net/url"
	"strings"
)

// masked stands for a secret in what is written.
const masked = "xxxxx"

// secrets are the strings that 'whosaid serve' never writes: the bearer
// token of writes and the password of the database address, in every
// spelling they can take in a message (as given, and URL-decoded).
type secrets []string

// newSecrets gathers the secrets of a store address and a token.
func newSecrets(addr, token string) secrets {
	var s secrets
	add := func(v string) {
		if v != "" {
			s = append(s, v)
			if dec, err := url.QueryUnescape(v); err == nil && dec != v {
				s = append(s, dec)
			}
		}
	}
	add(token)
	if u, err := url.Parse(addr); err == nil && u.Scheme != "" {
		if p, ok := u.User.Password(); ok {
			add(p)
			// The password as written in the URL, escapes and all.
			if _, raw, ok := strings.Cut(u.User.String(), ":"); ok {
				add(raw)
			}
		}
		for k, vs := range u.Query() {
			if isSecretParam(k) {
				for _, v := range vs {
					add(v)
					add(url.QueryEscape(v))
				}
			}
		}
	}
	return s
}

// isSecretParam tells the parameters of a database URL that hold a
// secret: password, sslpassword, and the like.
func isSecretParam(name string) bool {
	n := strings.ToLower(name)
	return strings.Contains(n, "password") || strings.Contains(n, "secret") || strings.Contains(n, "token")
}

// mask replaces every secret in text.
func (s secrets) mask(text string) string {
	for _, v := range s {
		text = strings.ReplaceAll(text, v, masked)
	}
	return text
}

// address is a store address fit to print: its password and secret
// parameters masked.
func (s secrets) address(addr string) string {
	u, err := url.Parse(addr)
	if err != nil || u.Scheme == "" {
		return s.mask(addr)
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), masked)
	}
	q := u.Query()
	changed := false
	for k, vs := range q {
		if isSecretParam(k) {
			for i := range vs {
				vs[i] = masked
			}
			changed = true
		}
	}
	if changed {
		u.RawQuery = q.Encode()
	}
	return s.mask(u.String())
}

// logHandler is a text handler on w whose every line has the secrets
// masked: the message and each attribute, errors included.
func (s secrets) logHandler(w io.Writer) slog.Handler {
	return slog.NewTextHandler(w, &slog.HandlerOptions{
		ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
			switch v := a.Value; v.Kind() {
			case slog.KindString:
				a.Value = slog.StringValue(s.mask(v.String()))
			case slog.KindAny:
				// An error or any other value, as the handler would
				// print it.
				if err, ok := v.Any().(error); ok {
					a.Value = slog.StringValue(s.mask(err.Error()))
				} else {
					a.Value = slog.StringValue(s.mask(v.String()))
				}
			}
			return a
		},
	})
}

// maskedError is an error whose message has the secrets masked; errors.Is
// and errors.As still see the error it wraps.
type maskedError struct {
	err     error
	secrets secrets
}

func (e *maskedError) Error() string { return e.secrets.mask(e.err.Error()) }
func (e *maskedError) Unwrap() error { return e.err }

// maskErr wraps err so that its message has the secrets masked.
func (s secrets) maskErr(err error) error {
	if err == nil || len(s) == 0 {
		return err
	}
	return &maskedError{err: err, secrets: s}
}
