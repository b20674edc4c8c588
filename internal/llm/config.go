package llm

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/vigie-cm/vigie/internal/secret"
)

// Config selects and configures a provider. A workspace stores one (with
// the API key sealed); the VIGIE_LLM_* environment variables are the
// fallback when it has none.
type Config struct {
	Provider string `json:"provider"` // "openai" (any compatible server) or "anthropic"
	BaseURL  string `json:"base_url,omitempty"`
	Model    string `json:"model"`
	// APIKey is the plain key in memory only. Stored configs carry
	// APIKeySealed instead (see Seal).
	APIKey       string  `json:"-"`
	APIKeySealed string  `json:"api_key_sealed,omitempty"`
	Timeout      Seconds `json:"timeout,omitempty"`
	MaxRetries   int     `json:"max_retries,omitempty"`
	Price        *Price  `json:"price,omitempty"`
}

// Seconds is a duration written as a number of seconds in JSON and env.
type Seconds float64

// Duration converts s.
func (s Seconds) Duration() time.Duration { return time.Duration(float64(s) * float64(time.Second)) }

// Env variable names.
const (
	EnvProvider = "VIGIE_LLM_PROVIDER"
	EnvBaseURL  = "VIGIE_LLM_BASE_URL"
	EnvModel    = "VIGIE_LLM_MODEL"
	EnvAPIKey   = "VIGIE_LLM_API_KEY"
	EnvTimeout  = "VIGIE_LLM_TIMEOUT"      // seconds per attempt
	EnvPriceIn  = "VIGIE_LLM_PRICE_INPUT"  // USD per million input tokens
	EnvPriceOut = "VIGIE_LLM_PRICE_OUTPUT" // USD per million output tokens
)

// FromEnv reads the VIGIE_LLM_* variables with getenv (os.Getenv when nil).
func FromEnv(getenv func(string) string) (Config, error) {
	if getenv == nil {
		getenv = os.Getenv
	}
	c := Config{
		Provider: strings.ToLower(strings.TrimSpace(getenv(EnvProvider))),
		BaseURL:  strings.TrimSpace(getenv(EnvBaseURL)),
		Model:    strings.TrimSpace(getenv(EnvModel)),
		APIKey:   strings.TrimSpace(getenv(EnvAPIKey)),
	}
	if v := getenv(EnvTimeout); v != "" {
		f, err := strconv.ParseFloat(v, 64)
		if err != nil || f <= 0 {
			return c, fmt.Errorf("llm: %s=%q: expected a positive number of seconds", EnvTimeout, v)
		}
		c.Timeout = Seconds(f)
	}
	in, out := getenv(EnvPriceIn), getenv(EnvPriceOut)
	if in != "" || out != "" {
		var p Price
		var err error
		if in != "" {
			if p.InputPerMTok, err = strconv.ParseFloat(in, 64); err != nil || p.InputPerMTok < 0 {
				return c, fmt.Errorf("llm: %s=%q: expected USD per million tokens", EnvPriceIn, in)
			}
		}
		if out != "" {
			if p.OutputPerMTok, err = strconv.ParseFloat(out, 64); err != nil || p.OutputPerMTok < 0 {
				return c, fmt.Errorf("llm: %s=%q: expected USD per million tokens", EnvPriceOut, out)
			}
		}
		c.Price = &p
	}
	return c, nil
}

// Enabled reports whether a provider is configured at all; when it is not,
// drafting falls back to the offline composer.
func (c Config) Enabled() bool { return c.Provider != "" || c.BaseURL != "" || c.Model != "" }

// Validate checks the configuration and fills the provider from the base URL
// when only that is given.
func (c *Config) Validate() error {
	if c.Provider == "" {
		c.Provider = "openai"
	}
	switch c.Provider {
	case "openai", "anthropic":
	default:
		return fmt.Errorf("llm: provider %q: expected openai (any OpenAI-compatible server) or anthropic", c.Provider)
	}
	if c.BaseURL != "" {
		u, err := url.Parse(c.BaseURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Errorf("llm: base URL %q: expected http(s)://host[:port]/path", c.BaseURL)
		}
	}
	if c.Model == "" {
		return fmt.Errorf("llm: no model set for provider %s (%s)", c.Provider, EnvModel)
	}
	if c.Provider == "anthropic" && c.APIKey == "" {
		return fmt.Errorf("llm: the anthropic provider needs an API key (%s)", EnvAPIKey)
	}
	return nil
}

// String describes the configuration without the key.
func (c Config) String() string {
	key := "none"
	if c.APIKey != "" || c.APIKeySealed != "" {
		key = "set"
	}
	return fmt.Sprintf("provider=%s base_url=%s model=%s api_key=%s", c.Provider, c.BaseURL, c.Model, key)
}

// apiKeyPurpose binds a sealed key to its use; scope is e.g. "workspace:3".
func apiKeyPurpose(scope string) string { return "llm.api_key:" + scope }

// Seal moves the plain API key into APIKeySealed, ready to be stored.
func (c *Config) Seal(box *secret.Box, scope string) error {
	if c.APIKey == "" {
		c.APIKeySealed = ""
		return nil
	}
	s, err := box.Seal(c.APIKey, apiKeyPurpose(scope))
	if err != nil {
		return fmt.Errorf("llm: sealing API key: %w", err)
	}
	c.APIKeySealed, c.APIKey = s, ""
	return nil
}

// Unseal restores the plain API key from APIKeySealed.
func (c *Config) Unseal(box *secret.Box, scope string) error {
	if c.APIKeySealed == "" {
		return nil
	}
	k, err := box.Open(c.APIKeySealed, apiKeyPurpose(scope))
	if err != nil {
		return fmt.Errorf("llm: API key of %s: %w", scope, err)
	}
	c.APIKey = k
	return nil
}

// ErrNotConfigured is returned by New when no provider is configured.
var ErrNotConfigured = errors.New("llm: no provider configured")

// NewProvider builds the provider c describes. transport may be nil.
func NewProvider(c Config, transport http.RoundTripper) (Provider, error) {
	if !c.Enabled() {
		return nil, ErrNotConfigured
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	if c.Provider == "anthropic" {
		return NewAnthropic(c.BaseURL, c.APIKey, c.Model, transport), nil
	}
	return NewOpenAI(c.BaseURL, c.APIKey, c.Model, transport), nil
}

// New builds a Client for c with opts; c's timeout, retries and price
// override opts' when set.
func New(c Config, opts Options) (*Client, error) {
	p, err := NewProvider(c, nil)
	if err != nil {
		return nil, err
	}
	if c.Timeout > 0 {
		opts.Timeout = c.Timeout.Duration()
	}
	if c.MaxRetries != 0 {
		opts.MaxRetries = c.MaxRetries
	}
	if c.Price != nil {
		opts.Prices = c.Price
	}
	return NewClient(p, opts), nil
}
