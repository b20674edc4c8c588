package web

import (
	"testing"

	"github.com/vigie-cm/vigie/internal/store/storetest"
)

// TestOnPostgres runs the handler tests that lean most on the database —
// sessions, login attempts, full-text fact search, transactions with their
// audit entries, memberships — against PostgreSQL too (skipped on a laptop
// without it, required in CI).
func TestOnPostgres(t *testing.T) {
	// Each scenario gets a fresh schema: fixtures create the same users.
	for name, fn := range map[string]func(*testing.T, *fixture){
		"login and logout": testLoginLogout,
		"facts and audit":  testFactLifecycleAndAudit,
		"rate limit":       testLoginRateLimited,
		"api":              testAPI,
		"members":          testMembers,
	} {
		t.Run(name, func(t *testing.T) { fn(t, newFixtureOn(t, storetest.PostgresDSN(t))) })
	}
}
