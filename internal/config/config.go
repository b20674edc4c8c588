// Package config builds Vigie's effective configuration from, in increasing
// order of precedence: built-in defaults, a YAML file, VIGIE_* environment
// variables and command-line flags. Every setting is listed once, in
// Settings, so that flags, docs and `vigie config dump` cannot drift apart.
package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/knadh/koanf/parsers/yaml"
	"github.com/knadh/koanf/providers/env"
	"github.com/knadh/koanf/providers/file"
	"github.com/knadh/koanf/providers/posflag"
	"github.com/knadh/koanf/v2"
	"github.com/spf13/pflag"
)

// Setting describes one configuration key.
type Setting struct {
	Key     string // koanf key, also the YAML key
	Flag    string // command-line flag name
	Env     string // environment variable
	Default string
	Help    string
	Secret  bool // never printed by config dump
}

// Settings is the single list of everything Vigie can be configured with.
var Settings = []Setting{
	{Key: "addr", Flag: "addr", Env: "VIGIE_ADDR", Default: "127.0.0.1:8080", Help: "address the HTTP server listens on"},
	{Key: "data", Flag: "data", Env: "VIGIE_DATA", Default: "./vigie-data", Help: "data folder (SQLite file, embedded NATS storage, secrets)"},
	{Key: "db", Flag: "db", Env: "VIGIE_DB", Default: "", Help: "database: empty for SQLite in the data folder, a sqlite file path, or postgres://…"},
	{Key: "nats", Flag: "nats", Env: "VIGIE_NATS", Default: "", Help: "stream: empty for the embedded NATS server, or nats://host:port of an external JetStream server"},
	{Key: "base_url", Flag: "base-url", Env: "VIGIE_BASE_URL", Default: "", Help: "public URL of the web app (https://… turns on Secure cookies)"},
	{Key: "log_level", Flag: "log-level", Env: "VIGIE_LOG_LEVEL", Default: "info", Help: "log level: debug, info, warn, error"},
	{Key: "secret_key", Flag: "secret-key", Env: "VIGIE_SECRET_KEY", Default: "", Help: "key for encrypting secrets at rest; generated into the data folder when empty", Secret: true},
}

// Config is the effective configuration.
type Config struct {
	Addr      string `koanf:"addr"`
	Data      string `koanf:"data"`
	DB        string `koanf:"db"`
	NATS      string `koanf:"nats"`
	BaseURL   string `koanf:"base_url"`
	LogLevel  string `koanf:"log_level"`
	SecretKey string `koanf:"secret_key"`

	// File is the configuration file that was read, if any.
	File string `koanf:"-"`
}

// AddFlags declares every setting as a flag on fs, plus --config.
func AddFlags(fs *pflag.FlagSet) {
	fs.String("config", "", "YAML configuration file (env VIGIE_CONFIG)")
	for _, s := range Settings {
		fs.String(s.Flag, s.Default, s.Help+" (env "+s.Env+")")
	}
}

// Load reads defaults, the config file, the environment and the flags that
// were set explicitly on fs.
func Load(fs *pflag.FlagSet) (Config, error) {
	k := koanf.New(".")
	defaults := map[string]any{}
	for _, s := range Settings {
		defaults[s.Key] = s.Default
	}
	for key, v := range defaults {
		if err := k.Set(key, v); err != nil {
			return Config{}, fmt.Errorf("config: default %s: %w", key, err)
		}
	}

	path := os.Getenv("VIGIE_CONFIG")
	if fs != nil {
		if f := fs.Lookup("config"); f != nil && f.Changed {
			path = f.Value.String()
		}
	}
	if path != "" {
		if err := k.Load(file.Provider(path), yaml.Parser()); err != nil {
			return Config{}, fmt.Errorf("config: reading %s: %w", path, err)
		}
		for _, key := range k.Keys() {
			if !known(key) {
				return Config{}, fmt.Errorf("config: %s: unknown setting %q (known: %s)", path, key, strings.Join(keys(), ", "))
			}
		}
	}

	byEnv := map[string]string{}
	for _, s := range Settings {
		byEnv[s.Env] = s.Key
	}
	if err := k.Load(env.ProviderWithValue("VIGIE_", ".", func(name, value string) (string, any) {
		key, ok := byEnv[name]
		if !ok {
			return "", nil // VIGIE_LLM_* and friends belong to other packages
		}
		return key, value
	}), nil); err != nil {
		return Config{}, fmt.Errorf("config: environment: %w", err)
	}

	if fs != nil {
		byFlag := map[string]string{}
		for _, s := range Settings {
			byFlag[s.Flag] = s.Key
		}
		if err := k.Load(posflag.ProviderWithFlag(fs, ".", k, func(f *pflag.Flag) (string, any) {
			key, ok := byFlag[f.Name]
			if !ok || !f.Changed {
				return "", nil
			}
			return key, posflag.FlagVal(fs, f)
		}), nil); err != nil {
			return Config{}, fmt.Errorf("config: flags: %w", err)
		}
	}

	var c Config
	if err := k.Unmarshal("", &c); err != nil {
		return Config{}, fmt.Errorf("config: %w", err)
	}
	c.File = path
	return c, c.validate()
}

func (c Config) validate() error {
	if c.Data == "" {
		return errors.New("config: data folder must not be empty (--data / VIGIE_DATA)")
	}
	if c.DB != "" && !c.IsPostgres() && strings.Contains(c.DB, "://") && !strings.HasPrefix(c.DB, "file:") && !strings.HasPrefix(c.DB, "sqlite://") {
		return fmt.Errorf("config: db %q: expected empty, a SQLite file path, or postgres://…", c.DB)
	}
	if c.NATS != "" && !strings.HasPrefix(c.NATS, "nats://") && !strings.HasPrefix(c.NATS, "tls://") {
		return fmt.Errorf("config: nats %q: expected empty (embedded) or nats://host:port", c.NATS)
	}
	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		return fmt.Errorf("config: log_level %q: expected debug, info, warn or error", c.LogLevel)
	}
	return nil
}

// IsPostgres reports whether the database is PostgreSQL.
func (c Config) IsPostgres() bool {
	return strings.HasPrefix(c.DB, "postgres://") || strings.HasPrefix(c.DB, "postgresql://")
}

// SQLitePath is the SQLite file used when the database is not PostgreSQL.
func (c Config) SQLitePath() string {
	switch {
	case c.DB == "":
		return filepath.Join(c.Data, "vigie.db")
	case strings.HasPrefix(c.DB, "sqlite://"):
		return strings.TrimPrefix(c.DB, "sqlite://")
	default:
		return c.DB
	}
}

// Secure reports whether the app is served over TLS, so cookies get Secure.
func (c Config) Secure() bool { return strings.HasPrefix(c.BaseURL, "https://") }

// Dump returns the effective settings as sorted "key: value" lines, with
// secrets masked, for `vigie config dump`.
func (c Config) Dump() []string {
	values := map[string]string{
		"addr": c.Addr, "data": c.Data, "db": c.DB, "nats": c.NATS,
		"base_url": c.BaseURL, "log_level": c.LogLevel, "secret_key": c.SecretKey,
	}
	var out []string
	for _, s := range Settings {
		v := values[s.Key]
		if s.Secret && v != "" {
			v = "********"
		}
		if s.Key == "db" {
			v = redactURL(v)
		}
		out = append(out, fmt.Sprintf("%s: %q", s.Key, v))
	}
	sort.Strings(out)
	return out
}

// redactURL hides a password in a database URL.
func redactURL(u string) string {
	at := strings.LastIndex(u, "@")
	scheme := strings.Index(u, "://")
	if at < 0 || scheme < 0 {
		return u
	}
	cred := u[scheme+3 : at]
	if i := strings.Index(cred, ":"); i >= 0 {
		return u[:scheme+3] + cred[:i] + ":********" + u[at:]
	}
	return u
}

func known(key string) bool {
	for _, s := range Settings {
		if s.Key == key {
			return true
		}
	}
	return false
}

func keys() []string {
	var ks []string
	for _, s := range Settings {
		ks = append(ks, s.Key)
	}
	return ks
}
