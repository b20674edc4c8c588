package llm

import (
	"sort"
	"sync"
)

// Price is the cost of a million tokens in US dollars. Prices change and
// differ per contract, so Vigie ships none: they come from configuration,
// and a local model costs nothing.
type Price struct {
	InputPerMTok  float64 `json:"input_per_mtok"`
	OutputPerMTok float64 `json:"output_per_mtok"`
}

// Cost of u at p.
func (p *Price) Cost(u Usage) float64 {
	if p == nil {
		return 0
	}
	return (float64(u.InputTokens)*p.InputPerMTok + float64(u.OutputTokens)*p.OutputPerMTok) / 1e6
}

// Totals is what an account has spent.
type Totals struct {
	Calls     int64   `json:"calls"`      // answers from the provider
	CacheHits int64   `json:"cache_hits"` // answers from the cache
	Failures  int64   `json:"failures"`   // calls that failed after retries
	Usage     Usage   `json:"usage"`
	CostUSD   float64 `json:"cost_usd"`
}

// Meter accumulates usage per account key ("workspace:3", "draft:17", …).
// A nil *Meter records nothing, so callers need not check.
type Meter struct {
	mu sync.Mutex
	by map[string]*Totals
}

// NewMeter returns an empty meter.
func NewMeter() *Meter { return &Meter{by: map[string]*Totals{}} }

func (m *Meter) get(k string) *Totals {
	t := m.by[k]
	if t == nil {
		t = &Totals{}
		m.by[k] = t
	}
	return t
}

func (m *Meter) record(accounts []string, r Response) {
	if m == nil {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	// "" is the grand total, always charged.
	for _, k := range append([]string{""}, accounts...) {
		t := m.get(k)
		if r.Cached {
			t.CacheHits++
			continue
		}
		t.Calls++
		t.Usage = t.Usage.Add(r.Usage)
		t.CostUSD += r.CostUSD
	}
}

func (m *Meter) fail(accounts []string) {
	if m == nil {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, k := range append([]string{""}, accounts...) {
		m.get(k).Failures++
	}
}

// Totals returns an account's totals; "" is every call.
func (m *Meter) Totals(account string) Totals {
	if m == nil {
		return Totals{}
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if t := m.by[account]; t != nil {
		return *t
	}
	return Totals{}
}

// Accounts lists the account keys seen, sorted.
func (m *Meter) Accounts() []string {
	if m == nil {
		return nil
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	var ks []string
	for k := range m.by {
		if k != "" {
			ks = append(ks, k)
		}
	}
	sort.Strings(ks)
	return ks
}
