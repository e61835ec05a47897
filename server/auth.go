package server

import (
	"crypto/sha256"
	"crypto/subtle"
	"net/http"
	"strings"
)

// authorize checks the bearer token of a request that changes the store
// (what says what it is for the errors: "a write", "a correction") and,
// when it fails for want of the right token, asks for one with a
// WWW-Authenticate header. Every changing route goes through it, so that
// they all read the header the same way.
func (a *API) authorize(w http.ResponseWriter, r *http.Request, what string) error {
	if a.opts.Token == "" {
		return errorf(http.StatusForbidden, "the server is read-only: start it with WHOSAID_TOKEN set to accept %ss", strings.TrimPrefix(what, "a "))
	}
	if !a.bearerMatches(r.Header.Get("Authorization")) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="github.com/whosaid/whosaid"`)
		return errorf(http.StatusUnauthorized, "%s needs the header Authorization: Bearer <WHOSAID_TOKEN>", what)
	}
	return nil
}

// bearerMatches reports whether an Authorization header carries the
// server's token, in constant time.
func (a *API) bearerMatches(header string) bool {
	// The scheme is case-insensitive, and spaces may follow it (RFC 9110,
	// section 11.4): "bearer  x" is "Bearer x".
	scheme, got, ok := strings.Cut(header, " ")
	ok = ok && strings.EqualFold(scheme, "Bearer")
	got = strings.TrimLeft(got, " ")
	// Hashes of equal length, so that the comparison does not tell the
	// token's length either.
	want := sha256.Sum256([]byte(a.opts.Token))
	have := sha256.Sum256([]byte(got))
	return ok && subtle.ConstantTimeCompare(want[:], have[:]) == 1
}
