package store

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
)

//go:embed queries/*.sql
var queryFiles embed.FS

// loadQueries reads the named queries of common.sql, then those of the
// engine's own file, which replace common ones of the same name.
func loadQueries(dialect string) (map[string]string, error) {
	out := map[string]string{}
	for _, name := range []string{"queries/common.sql", "queries/" + dialect + ".sql"} {
		b, err := queryFiles.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("store: queries: %w", err)
		}
		if err := parseQueries(name, string(b), out); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// parseQueries splits a file on "-- name: X" lines; other comment lines
// are dropped, and the trailing semicolon is removed so fragments compose.
func parseQueries(file, src string, into map[string]string) error {
	var name string
	var body strings.Builder
	seen := map[string]bool{}
	flush := func() {
		if name != "" {
			into[name] = strings.TrimSuffix(strings.TrimSpace(body.String()), ";")
		}
		body.Reset()
	}
	sc := bufio.NewScanner(strings.NewReader(src))
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if n, ok := strings.CutPrefix(t, "-- name:"); ok {
			flush()
			name = strings.TrimSpace(n)
			if name == "" || seen[name] {
				return fmt.Errorf("store: %s:%d: empty or duplicate query name %q", file, line, name)
			}
			seen[name] = true
			continue
		}
		if strings.HasPrefix(t, "--") || t == "" {
			continue
		}
		body.WriteString(sc.Text())
		body.WriteByte('\n')
	}
	flush()
	return sc.Err()
}
