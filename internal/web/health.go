package web

import (
	"context"
	"encoding/json"
	"net/http"
	"time"
)

// Health is the /healthz body. Status is "ok" or "down"; Errors names what
// is down, without secrets (no URLs with passwords).
type Health struct {
	Status  string            `json:"status"`
	Version string            `json:"version"`
	DB      string            `json:"db"`
	Stream  string            `json:"stream"`
	Role    string            `json:"role,omitempty"`
	Errors  map[string]string `json:"errors,omitempty"`
}

// HealthHandler answers /healthz from check: 200 when Status is "ok", 503
// otherwise. The worker role serves it alone.
func HealthHandler(check func(ctx context.Context) Health) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
		defer cancel()
		h := check(ctx)
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		if h.Status != "ok" {
			w.WriteHeader(http.StatusServiceUnavailable)
		}
		_ = json.NewEncoder(w).Encode(h)
	})
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	check := s.health
	if check == nil {
		check = func(ctx context.Context) Health {
			h := Health{Status: "ok", Version: s.version, DB: s.store.Dialect()}
			if err := s.store.Ping(ctx); err != nil {
				h.Status, h.Errors = "down", map[string]string{"db": "unreachable"}
			}
			return h
		}
	}
	HealthHandler(check).ServeHTTP(w, r)
}
