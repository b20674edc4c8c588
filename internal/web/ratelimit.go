package web

import (
	"context"
	"fmt"
	"time"
)

// Login limits, kept in the database so that every web process of a
// scale-out deployment sees the same counts: an address may fail
// failsPerIP times per window whatever the account (slows password
// spraying), and an account may fail failsPerAccount times per window
// whatever the address (slows guessing one person's password from many
// addresses).
const (
	limitWindow     = 15 * time.Minute
	failsPerIP      = 20
	failsPerAccount = 5
)

func (s *Server) limited(ctx context.Context, ip, email string) (bool, error) {
	since := s.now().Add(-limitWindow)
	n, err := s.store.CountLoginFailures(ctx, "ip:"+ip, since)
	if err != nil {
		return false, fmt.Errorf("web: counting login failures: %w", err)
	}
	if n >= failsPerIP {
		return true, nil
	}
	if email == "" {
		return false, nil
	}
	n, err = s.store.CountLoginFailures(ctx, "email:"+email, since)
	if err != nil {
		return false, fmt.Errorf("web: counting login failures: %w", err)
	}
	return n >= failsPerAccount, nil
}

// recordAttempt notes a try against both keys. A failure to record is
// logged, not shown: the person typed the right or wrong password either
// way.
func (s *Server) recordAttempt(ctx context.Context, ip, email string, ok bool) {
	now := s.now().UTC()
	for _, key := range []string{"ip:" + ip, "email:" + email} {
		if err := s.store.RecordLoginAttempt(ctx, key, ok, now); err != nil {
			s.log.Warn("web: recording login attempt", "err", err)
		}
	}
}
