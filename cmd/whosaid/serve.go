package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/whosaid/whosaid"
	"github.com/whosaid/whosaid/server"
	"github.com/whosaid/whosaid/web"
)

// TokenEnv is the environment variable that holds the bearer token of
// writes; the server is read-only without it.
const TokenEnv = "WHOSAID_TOKEN"

// Timeouts of the HTTP server, against slow or stalled clients.
const (
	readHeaderTimeout = 5 * time.Second
	readTimeout       = time.Minute // a body of --max-body on a slow link
	idleTimeout       = 2 * time.Minute
	shutdownTimeout   = 10 * time.Second // for requests in flight at SIGINT/SIGTERM
)

// ServeCommand serves the JSON API of a store over HTTP.
type ServeCommand struct {
	// ctx ends the server as a signal does; nil means context.Background.
	ctx context.Context
	// listening is called with the address once the server listens.
	listening func(addr net.Addr)
}

// Run runs the command until SIGINT or SIGTERM, then shuts down
// gracefully: requests in flight finish, for up to shutdownTimeout.
func (c *ServeCommand) Run(e *env, args []string) error {
	fs := flag.NewFlagSet("whosaid serve", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() { fmt.Fprint(e.stderr, c.Usage()) }
	addr := fs.String("addr", "127.0.0.1:8080", "")
	db := fs.String("db", defaultDB, "")
	maxBody := fs.Int64("max-body", server.DefaultMaxBody, "")
	queryTimeout := fs.Duration("query-timeout", server.DefaultQueryTimeout, "")
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if fs.NArg() > 0 {
		return usageErrorf("serve takes no arguments, not %q", fs.Args())
	}
	if *maxBody < 1 {
		return usageErrorf("serve: --max-body must be at least 1, not %d", *maxBody)
	}
	if *queryTimeout <= 0 {
		return usageErrorf("serve: --query-timeout must be positive, not %v", *queryTimeout)
	}
	ctx := c.ctx
	if ctx == nil {
		ctx = context.Background()
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()

	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	opts := server.Options{
		Token:        os.Getenv(TokenEnv),
		MaxBody:      *maxBody,
		QueryTimeout: *queryTimeout,
		Logger:       slog.New(slog.NewTextHandler(e.stderr, nil)),
	}
	// The web interface analyses pasted text, so the model is always
	// loaded; the API extracts only when writes are allowed.
	x, err := whosaid.NewExtractor()
	if err != nil {
		return fmt.Errorf("loading the model: %w", err)
	}
	var apiX *whosaid.Extractor
	if opts.Token != "" {
		apiX = x
	}
	ui, err := web.New(web.Options{Extractor: x, Store: st, Logger: opts.Logger})
	if err != nil {
		return err
	}
	mux := http.NewServeMux()
	mux.Handle("/api/", server.New(st, apiX, opts))
	mux.Handle("/", ui)
	srv := &http.Server{
		Handler:           mux,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      server.DefaultWriteTimeout + 10*time.Second,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(opts.Logger.Handler(), slog.LevelWarn),
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	mode := "read-only (set " + TokenEnv + " to accept writes)"
	if opts.Token != "" {
		mode = "writes need Authorization: Bearer $" + TokenEnv
	}
	fmt.Fprintf(e.stderr, "whosaid: serving %s on http://%s/ (API under /api/) — %s\n", *db, ln.Addr(), mode)
	if tcp, ok := ln.Addr().(*net.TCPAddr); ok && !tcp.IP.IsLoopback() {
		fmt.Fprintf(e.stderr, "whosaid: warning: %s is reachable beyond this machine and the API speaks plain HTTP; put a TLS proxy in front\n", ln.Addr())
	}
	if c.listening != nil {
		c.listening(ln.Addr())
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	fmt.Fprintf(e.stderr, "whosaid: shutting down\n")
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutting down: %w", err)
	}
	if err := <-served; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// Usage returns the help text of the command.
func (c *ServeCommand) Usage() string {
	return fmt.Sprintf(`Usage: whosaid serve [flags]

Serves a store over HTTP: the web interface at / (analyse an article,
search, speakers, outlets, CSV downloads) and the JSON API under /api/
(its reference is the page /api; the OpenAPI document is at
/api/openapi.json). API writes (POST /api/documents) need
the header "Authorization: Bearer $%[1]s"; without %[1]s set, the
API is read-only. The analyse page extracts pasted text for anyone who can
reach the server, storing nothing, as many articles at once as there are
CPUs (others wait, then are told the server is busy). SIGINT or SIGTERM
stop it gracefully.

Flags:
  --addr HOST:PORT     where to listen (default 127.0.0.1:8080, this machine only)
  --db PATH|URL        the store: a SQLite file, or postgres://... (default %[2]s)
  --max-body N         largest request body in bytes (default %[3]d)
  --query-timeout D    longest time of one read (default %[4]v)
`, TokenEnv, defaultDB, server.DefaultMaxBody, server.DefaultQueryTimeout)
}
