package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vigie-cm/vigie/internal/auth/password"
	"github.com/vigie-cm/vigie/internal/store"
	"github.com/vigie-cm/vigie/internal/store/storetest"
)

// eachDB runs fn against a fresh SQLite file and a fresh PostgreSQL schema,
// passing the --db value to use.
func eachDB(t *testing.T, fn func(t *testing.T, db string)) {
	for _, b := range storetest.Backends {
		t.Run(b.Name, func(t *testing.T) { fn(t, b.DSN(t)) })
	}
}

// flat collapses the columns of tabwriter output to single spaces.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

func must(t *testing.T, stdin string, args ...string) string {
	t.Helper()
	out, errOut, code := runCLI(t, stdin, args...)
	if code != 0 {
		t.Fatalf("vigie %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errOut)
	}
	return out
}

func TestMigrateCommands(t *testing.T) {
	eachDB(t, func(t *testing.T, db string) {
		out := must(t, "", "migrate", "status", "--db", db)
		if !strings.Contains(flat(out), "00001 00001_init.sql pending") {
			t.Fatalf("status before up:\n%s", out)
		}
		out = must(t, "", "migrate", "up", "--db", db)
		if !strings.Contains(out, "applied 00001 00001_init.sql") {
			t.Fatalf("up:\n%s", out)
		}
		if out = must(t, "", "migrate", "up", "--db", db); !strings.Contains(out, "up to date") {
			t.Fatalf("second up:\n%s", out)
		}
		if out = must(t, "", "migrate", "status", "--db", db); strings.Contains(out, "pending") {
			t.Fatalf("status after up:\n%s", out)
		}
	})
}

func TestUserWorkspaceCommands(t *testing.T) {
	eachDB(t, func(t *testing.T, db string) {
		out := must(t, "", "workspace", "create", "--name", "Marée Haute", "--db", db)
		if !strings.Contains(out, "maree-haute (Marée Haute)") {
			t.Fatalf("workspace create: %s", out)
		}
		if _, errOut, code := runCLI(t, "", "workspace", "create", "--name", "X", "--slug", "maree-haute", "--db", db); code != 2 || !strings.Contains(errOut, "already exists") {
			t.Fatalf("duplicate workspace: %d %s", code, errOut)
		}
		out = must(t, "s3cret-passphrase\n", "user", "create", "--email", "Lea@Example.fr", "--name", "Léa", "--password-stdin",
			"--workspace", "maree-haute", "--role", "manager", "--db", db)
		if !strings.Contains(out, "<lea@example.fr>, manager of workspace maree-haute") {
			t.Fatalf("user create: %s", out)
		}
		for _, c := range []struct {
			stdin string
			args  []string
			want  string
		}{
			{"short\n", []string{"--email", "a@b.c", "--name", "A", "--password-stdin"}, "at least 8"},
			{"", []string{"--email", "a@b.c", "--name", "A"}, "exactly one of --password"},
			{"", []string{"--email", "lea@example.fr", "--name", "Dup", "--password", "long-enough-1"}, "already exists"},
			{"", []string{"--email", "b@b.c", "--name", "B", "--password", "long-enough-1", "--workspace", "maree-haute", "--role", "boss"}, "unknown role"},
			{"", []string{"--email", "c@b.c", "--name", "C", "--password", "long-enough-1", "--workspace", "nope"}, "not found"},
		} {
			_, errOut, code := runCLI(t, c.stdin, append(append([]string{"user", "create"}, c.args...), "--db", db)...)
			if code != 2 || !strings.Contains(errOut, c.want) {
				t.Errorf("user create %v: exit %d, %q; want 2 and %q", c.args, code, errOut, c.want)
			}
		}
		out = must(t, "", "user", "list", "--db", db)
		if !strings.Contains(flat(out), "lea@example.fr Léa manager") {
			t.Fatalf("user list:\n%s", out)
		}
		out = must(t, "another-passphrase\n", "user", "passwd", "--email", "LEA@example.fr", "--db", db)
		if !strings.Contains(out, "password of lea@example.fr changed") {
			t.Fatalf("user passwd: %s", out)
		}
		st, err := store.Open(context.Background(), db)
		if err != nil {
			t.Fatal(err)
		}
		u, err := st.GetUserByEmail(context.Background(), "lea@example.fr")
		st.Close()
		if err != nil || password.Verify("another-passphrase", u.PasswordHash) != nil || password.Verify("s3cret-passphrase", u.PasswordHash) == nil {
			t.Fatalf("after passwd the new password must verify and the old one not (%v)", err)
		}
		if _, errOut, code := runCLI(t, "another-passphrase\n", "user", "passwd", "--email", "nobody@example.fr", "--db", db); code != 2 || !strings.Contains(errOut, "not found") {
			t.Fatalf("passwd of a missing user: %d %s", code, errOut)
		}
		// The failed membership (missing workspace) left no user behind.
		if _, errOut, code := runCLI(t, "", "user", "create", "--email", "c@b.c", "--name", "C", "--password", "long-enough-1", "--db", db); code != 0 {
			t.Fatalf("user from a rolled-back create could not be created again: %s", errOut)
		}
	})
}

func TestBrandImportExportCommands(t *testing.T) {
	example, err := os.ReadFile("../brandfile/testdata/example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	eachDB(t, func(t *testing.T, db string) {
		dir := t.TempDir()
		if _, errOut, code := runCLI(t, "", "brand", "list", "--db", db); code != 2 || !strings.Contains(errOut, "no workspace yet") {
			t.Fatalf("brand list without workspace: %d %s", code, errOut)
		}
		must(t, "", "workspace", "create", "--name", "One", "--db", db)
		src := filepath.Join(dir, "lumiere.yaml")
		if err := os.WriteFile(src, example, 0o644); err != nil {
			t.Fatal(err)
		}
		out := must(t, "", "brand", "import", src, "--dry-run", "--db", db)
		if !strings.Contains(out, "dry run: nothing was stored") || !strings.Contains(flat(out), "facts 4 0 0") {
			t.Fatalf("dry run:\n%s", out)
		}
		if out := must(t, "", "brand", "list", "--db", db); strings.Contains(out, "lumiere") {
			t.Fatalf("dry run stored the brand:\n%s", out)
		}
		out = must(t, "", "brand", "import", src, "--db", db)
		if !strings.Contains(out, "brand lumiere (Boulangerie Lumière) in workspace one: created") || !strings.Contains(flat(out), "facts 4 0 0") {
			t.Fatalf("import:\n%s", out)
		}
		yamlOut := must(t, "", "brand", "export", "lumiere", "--db", db)
		jsonFile := filepath.Join(dir, "lumiere.json")
		must(t, "", "brand", "export", "lumiere", "-o", jsonFile, "--db", db)

		// Re-importing the JSON export into a second workspace gives the same brand.
		must(t, "", "workspace", "create", "--name", "Two", "--db", db)
		if _, errOut, code := runCLI(t, "", "brand", "import", jsonFile, "--db", db); code != 2 || !strings.Contains(errOut, "several workspaces") {
			t.Fatalf("ambiguous workspace: %d %s", code, errOut)
		}
		must(t, "", "brand", "import", jsonFile, "--workspace", "two", "--db", db)
		if again := must(t, "", "brand", "export", "lumiere", "--workspace", "two", "--db", db); again != yamlOut {
			t.Fatalf("export after a JSON round trip differs:\n%s\n---\n%s", yamlOut, again)
		}

		// A CSV fact sheet updates by key.
		csvFile := filepath.Join(dir, "facts.csv")
		os.WriteFile(csvFile, []byte("key;text;kind;value;unit\nprix-baguette;La baguette tradition coûte 1,40 €.;price;1.40;EUR\nhoraires;Ouvert 7h-20h.;;;\n"), 0o644)
		out = must(t, "", "brand", "import", csvFile, "--brand", "lumiere", "--workspace", "one", "--db", db)
		if !strings.Contains(flat(out), "facts 1 1 0") {
			t.Fatalf("csv import:\n%s", out)
		}
		out = must(t, "", "brand", "list", "--workspace", "one", "--db", db)
		// 4 facts in the file (one expired), one more from the CSV.
		if !strings.Contains(flat(out), "lumiere Boulangerie Lumière fr,en 4 1") {
			t.Fatalf("brand list:\n%s", out)
		}

		// A bad file: exit 2, every problem with file and line, nothing stored.
		bad := filepath.Join(dir, "bad.yaml")
		os.WriteFile(bad, []byte("name: Vélo Vert\nfacts:\n  - key: a\n    text: A\n    kind: colour\n  - key: b\n    text: B\n    valid_until: 31/12/2026\n"), 0o644)
		_, errOut, code := runCLI(t, "", "brand", "import", bad, "--workspace", "one", "--db", db)
		if code != 2 || !strings.Contains(errOut, "bad.yaml:5: facts[0].kind: unknown kind \"colour\"") || !strings.Contains(errOut, "bad.yaml:8: facts[1].valid_until: bad date") {
			t.Fatalf("bad file: exit %d\n%s", code, errOut)
		}
		if out := must(t, "", "brand", "list", "--workspace", "one", "--db", db); strings.Contains(out, "velo") {
			t.Fatalf("bad file partly imported:\n%s", out)
		}
		if _, errOut, code := runCLI(t, "", "brand", "export", "nope", "--workspace", "one", "--db", db); code != 2 || !strings.Contains(errOut, "not found") {
			t.Fatalf("export of a missing brand: %d %s", code, errOut)
		}
		if _, errOut, code := runCLI(t, "key,text\n", "brand", "import", "-", "--db", db); code != 2 || !strings.Contains(errOut, "--format") {
			t.Fatalf("stdin without format: %d %s", code, errOut)
		}
	})
}

func TestDemoCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("hashes the demo password with production parameters")
	}
	db := storetest.SQLiteDSN(t)
	out := must(t, "", "demo", "--db", db)
	if !strings.Contains(out, "log in as demo@vigie.local with password vigie-demo") || !strings.Contains(out, "sam@vigie.local") {
		t.Fatalf("demo:\n%s", out)
	}
	if out = must(t, "", "demo", "--db", db); !strings.Contains(out, "already has 1 workspace") {
		t.Fatalf("second demo:\n%s", out)
	}
	out = must(t, "", "brand", "list", "--db", db)
	for _, slug := range []string{"lumiere", "velo-vert", "northwind"} {
		if !strings.Contains(out, slug) {
			t.Errorf("brand list lacks %s:\n%s", slug, out)
		}
	}
}
