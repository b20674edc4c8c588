package llm

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSettingsPerWorkspaceSealed(t *testing.T) {
	data := t.TempDir()
	s := OpenSettings(data, "")
	if _, ok, err := s.Load("workspace:3"); ok || err != nil {
		t.Fatalf("empty settings: %v %v", ok, err)
	}
	if _, err := os.Stat(filepath.Join(data, "secret.key")); err == nil {
		t.Fatal("looking for settings generated a key file")
	}
	c := Config{Provider: "anthropic", Model: "claude-x", APIKey: "sk-ant-secret-42"}
	if err := s.Save("workspace:3", c); err != nil {
		t.Fatal(err)
	}
	if c.APIKey != "sk-ant-secret-42" {
		t.Fatal("Save must not change the caller's config")
	}
	raw, err := os.ReadFile(filepath.Join(data, "llm", "provider-workspace-3.json"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(raw), "sk-ant-secret-42") || !strings.Contains(string(raw), `"api_key_sealed": "v1:`) {
		t.Fatalf("key not sealed at rest:\n%s", raw)
	}
	st, _ := os.Stat(filepath.Join(data, "llm", "provider-workspace-3.json"))
	if st.Mode().Perm() != 0o600 {
		t.Fatalf("mode %v", st.Mode().Perm())
	}
	// A new process (the key file in the data folder) reads it back.
	s2 := OpenSettings(data, "")
	got, ok, err := s2.Load("workspace:3")
	if err != nil || !ok || got.APIKey != "sk-ant-secret-42" || got.Model != "claude-x" {
		t.Fatalf("load: %+v %v %v", got, ok, err)
	}
	// The file copied to another workspace does not open there.
	os.WriteFile(filepath.Join(data, "llm", "provider-workspace-4.json"), raw, 0o600)
	if _, _, err := s2.Load("workspace:4"); err == nil {
		t.Fatal("a key sealed for workspace 3 opened for workspace 4")
	}
	env := map[string]string{EnvBaseURL: "http://127.0.0.1:11434/v1", EnvModel: "llama3.2"}
	getenv := func(k string) string { return env[k] }
	if c, from, err := s2.Resolve("workspace:3", getenv); err != nil || from != "workspace" || c.Provider != "anthropic" {
		t.Fatalf("resolve own: %+v %s %v", c, from, err)
	}
	if c, from, err := s2.Resolve("workspace:9", getenv); err != nil || from != "environment" || c.Model != "llama3.2" {
		t.Fatalf("resolve env: %+v %s %v", c, from, err)
	}
	if err := s2.Delete("workspace:3"); err != nil {
		t.Fatal(err)
	}
	if _, from, _ := s2.Resolve("workspace:3", func(string) string { return "" }); from != "" {
		t.Fatalf("after delete, nothing configured: %s", from)
	}
	if err := s2.Save("../etc", c); err == nil {
		t.Fatal("bad scope accepted")
	}
	if err := s2.Save("workspace:1", Config{Provider: "openai"}); err == nil {
		t.Fatal("invalid config saved")
	}
}
