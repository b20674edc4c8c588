// Package app wires Vigie together for `vigie serve`: configuration, then
// the store, the stream, the web app and the workers, and takes them down
// in the reverse order on shutdown.
package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"sync"
	"time"

	"github.com/vigie-cm/vigie/internal/config"
	"github.com/vigie-cm/vigie/internal/store"
	"github.com/vigie-cm/vigie/internal/stream"
	"github.com/vigie-cm/vigie/internal/version"
	"github.com/vigie-cm/vigie/internal/web"
)

// Roles a process can take: all of Vigie, only the web app, or only the
// workers (which still answer /healthz).
const (
	RoleAll    = "all"
	RoleWeb    = "web"
	RoleWorker = "worker"
)

// Options for Run.
type Options struct {
	Config config.Config
	Role   string
	// Demo runs Seed, which loads the demo workspace when the database is
	// empty and returns what to tell the newcomer (the demo login, or why
	// nothing was loaded).
	Demo bool
	Seed func(ctx context.Context, st store.Store) (message string, err error)
	// Out receives the lines meant for the person who started Vigie (the
	// URL, the demo login); Logger the structured logs.
	Out    io.Writer
	Logger *slog.Logger
	// Ready, when set, is called with the address the server listens on
	// once it accepts connections.
	Ready func(addr string)
}

// Deps is what a worker gets.
type Deps struct {
	Store  store.Store
	Stream *stream.Stream
	Logger *slog.Logger
	// BaseURL is the web app's public URL (links in alerts), "" when not
	// configured.
	BaseURL string
	// Config is the process's configuration (the secret key and data
	// folder open sealed tokens).
	Config config.Config
}

// Worker is a background task of the worker role. Run blocks until ctx is
// cancelled; an error other than ctx's is logged and the worker restarted
// after a pause, so one failing task never takes the others down.
type Worker struct {
	Name string
	Run  func(ctx context.Context, d Deps) error
}

var (
	workersMu sync.Mutex
	workers   []Worker
)

// RegisterWorker adds a background task; capabilities call it from init.
func RegisterWorker(w Worker) {
	workersMu.Lock()
	defer workersMu.Unlock()
	workers = append(workers, w)
}

func registered() []Worker {
	workersMu.Lock()
	defer workersMu.Unlock()
	return append([]Worker(nil), workers...)
}

func init() {
	RegisterWorker(Worker{Name: "housekeeping", Run: housekeeping})
}

// housekeeping forgets expired sessions and old login attempts hourly.
func housekeeping(ctx context.Context, d Deps) error {
	t := time.NewTicker(time.Hour)
	defer t.Stop()
	for {
		now := time.Now()
		if n, err := d.Store.DeleteExpiredSessions(ctx, now); err != nil && ctx.Err() == nil {
			d.Logger.Warn("app: deleting expired sessions", "err", err)
		} else if n > 0 {
			d.Logger.Info("app: expired sessions deleted", "count", n)
		}
		if err := d.Store.PruneLoginAttempts(ctx, now.Add(-24*time.Hour)); err != nil && ctx.Err() == nil {
			d.Logger.Warn("app: pruning login attempts", "err", err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// Run starts Vigie and blocks until ctx is cancelled (SIGINT, SIGTERM),
// then shuts down gracefully: the HTTP server stops accepting and finishes
// its requests, workers stop, the stream drains, the store closes.
func Run(ctx context.Context, o Options) error {
	cfg := o.Config
	switch o.Role {
	case "":
		o.Role = RoleAll
	case RoleAll, RoleWeb, RoleWorker:
	default:
		return fmt.Errorf("app: role %q: want all, web or worker", o.Role)
	}
	log := o.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	out := o.Out
	if out == nil {
		out = io.Discard
	}
	if err := os.MkdirAll(cfg.Data, 0o700); err != nil {
		return fmt.Errorf("app: creating data folder %s: %w", cfg.Data, err)
	}

	dsn := cfg.SQLitePath()
	if cfg.IsPostgres() {
		dsn = cfg.DB
	}
	st, err := store.Open(ctx, dsn)
	if err != nil {
		return fmt.Errorf("app: %w", err)
	}
	defer st.Close()
	log.Info("app: store open", "db", st.Dialect())

	demoLogin := ""
	if o.Demo {
		if demoLogin, err = seedDemo(ctx, st, o.Seed); err != nil {
			return err
		}
	}

	sm, err := stream.Open(ctx, stream.Config{URL: cfg.NATS, DataDir: cfg.Data, Logger: log})
	if err != nil {
		return fmt.Errorf("app: %w", err)
	}
	defer sm.Close()
	for _, spec := range []stream.Spec{stream.Jobs, stream.Mentions, stream.Comments} {
		if err := sm.Ensure(ctx, spec); err != nil {
			return fmt.Errorf("app: %w", err)
		}
	}
	log.Info("app: stream open", "stream", sm.Kind())

	health := func(ctx context.Context) web.Health {
		h := web.Health{Status: "ok", Version: version.String(), DB: st.Dialect(), Stream: sm.Kind(), Role: o.Role}
		if err := st.Ping(ctx); err != nil {
			h.Status = "down"
			h.Errors = map[string]string{"db": "unreachable"}
			log.Warn("app: health: database", "err", err)
		}
		if err := sm.Ping(ctx); err != nil {
			h.Status = "down"
			if h.Errors == nil {
				h.Errors = map[string]string{}
			}
			h.Errors["stream"] = "unreachable"
			log.Warn("app: health: stream", "err", err)
		}
		return h
	}

	var handler http.Handler
	if o.Role == RoleWorker {
		mux := http.NewServeMux()
		mux.Handle("GET /healthz", web.HealthHandler(health))
		handler = mux
	} else {
		if err := web.ConfigureLLM(ctx, st, cfg.Data, cfg.SecretKey); err != nil { // per-workspace AI provider settings, keys sealed
			log.Warn("app: AI provider settings", "err", err)
		}
		web.ConfigureRadarSources(cfg.Data, cfg.SecretKey) // Mastodon tokens sealed
		w, err := web.New(web.Options{Store: st, Logger: log, Secure: cfg.Secure(), Version: version.String(), Health: health})
		if err != nil {
			return fmt.Errorf("app: %w", err)
		}
		handler = w
	}

	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("app: listening on %s: %w", cfg.Addr, err)
	}
	srv := &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	serveErr := make(chan error, 1)
	go func() { serveErr <- srv.Serve(ln) }()

	wctx, stopWorkers := context.WithCancel(ctx)
	var wg sync.WaitGroup
	if o.Role != RoleWeb {
		for _, w := range registered() {
			wg.Add(1)
			go func() {
				defer wg.Done()
				runWorker(wctx, w, Deps{Store: st, Stream: sm, Logger: log.With("worker", w.Name), BaseURL: cfg.BaseURL, Config: cfg})
			}()
		}
	}

	addr := ln.Addr().String()
	url := cfg.BaseURL
	if url == "" {
		url = "http://" + addr
	}
	log.Info("app: serving", "addr", addr, "role", o.Role, "version", version.String())
	fmt.Fprintf(out, "Vigie %s is running at %s (role %s, %s, %s stream). Ctrl-C stops it.\n", version.String(), url, o.Role, st.Dialect(), sm.Kind())
	if demoLogin != "" {
		fmt.Fprintln(out, demoLogin)
	}
	if o.Ready != nil {
		o.Ready(addr)
	}

	select {
	case <-ctx.Done():
	case err := <-serveErr:
		stopWorkers()
		wg.Wait()
		return fmt.Errorf("app: HTTP server: %w", err)
	}
	log.Info("app: shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		log.Warn("app: HTTP shutdown", "err", err)
	}
	stopWorkers()
	wg.Wait()
	log.Info("app: stopped")
	return nil
}

func runWorker(ctx context.Context, w Worker, d Deps) {
	for {
		err := func() (err error) {
			defer func() {
				if v := recover(); v != nil {
					err = fmt.Errorf("panic: %v", v)
				}
			}()
			return w.Run(ctx, d)
		}()
		if ctx.Err() != nil {
			return
		}
		d.Logger.Error("app: worker stopped, restarting in 10s", "err", err)
		select {
		case <-ctx.Done():
			return
		case <-time.After(10 * time.Second):
		}
	}
}

// seedDemo runs the demo seeder and returns its message for the newcomer.
func seedDemo(ctx context.Context, st store.Store, seed func(context.Context, store.Store) (string, error)) (string, error) {
	if seed == nil {
		return "", errors.New("app: --demo: this build has no demo workspace")
	}
	msg, err := seed(ctx, st)
	if err != nil {
		return "", fmt.Errorf("app: --demo: %w", err)
	}
	return msg, nil
}
