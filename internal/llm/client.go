package llm

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"time"
)

// Options tune Client. Zero values take the defaults.
type Options struct {
	// Timeout bounds one attempt (default 120 s: local models are slow).
	Timeout time.Duration
	// MaxRetries is how many times a retryable failure is tried again
	// (default 3; negative means none).
	MaxRetries int
	// BaseBackoff is the first backoff delay, doubled at each retry with
	// jitter (default 500 ms), capped by MaxBackoff (default 20 s).
	BaseBackoff time.Duration
	MaxBackoff  time.Duration
	// MaxRetryAfter is the longest Retry-After Vigie will wait for; a
	// provider asking for longer fails at once with its delay in the
	// message (default 60 s).
	MaxRetryAfter time.Duration
	// Prices give the cost of tokens; nil means cost is not computed.
	Prices *Price
	// Cache, when set, answers repeated identical requests.
	Cache *Cache
	// Meter, when set, accumulates usage per account.
	Meter *Meter
	// Recorder, when set, receives every answered call (cache hits
	// included), for a durable record such as the database. It is called
	// before Complete returns, so its time counts in Overhead.
	Recorder UsageRecorder
	// sleep is replaced in tests to check delays without waiting.
	sleep func(ctx context.Context, d time.Duration) error
}

// Client wraps a Provider with timeouts, retries, the cache and accounting.
// It is safe for concurrent use.
type Client struct {
	p    Provider
	opts Options
}

// NewClient wraps p.
func NewClient(p Provider, opts Options) *Client {
	if opts.Timeout <= 0 {
		opts.Timeout = 120 * time.Second
	}
	if opts.MaxRetries == 0 {
		opts.MaxRetries = 3
	} else if opts.MaxRetries < 0 {
		opts.MaxRetries = 0
	}
	if opts.BaseBackoff <= 0 {
		opts.BaseBackoff = 500 * time.Millisecond
	}
	if opts.MaxBackoff <= 0 {
		opts.MaxBackoff = 20 * time.Second
	}
	if opts.MaxRetryAfter <= 0 {
		opts.MaxRetryAfter = 60 * time.Second
	}
	if opts.sleep == nil {
		opts.sleep = sleepCtx
	}
	return &Client{p: p, opts: opts}
}

// Provider returns the wrapped provider.
func (c *Client) Provider() Provider { return c.p }

// Meter returns the client's meter (nil when none).
func (c *Client) Meter() *Meter { return c.opts.Meter }

// Label names the provider and model for display, e.g. "openai:gpt-4o-mini".
func (c *Client) Label() string { return c.p.Name() + ":" + c.p.DefaultModel() }

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// Complete sends req, retrying 429 and 5xx answers and lost connections
// with exponential backoff, or after the delay the provider asked for.
func (c *Client) Complete(ctx context.Context, req Request) (Response, error) {
	start := time.Now()
	ctx, timer := withTimer(ctx)
	model := req.Model
	if model == "" {
		model = c.p.DefaultModel()
	}
	var key string
	if c.opts.Cache != nil && !req.NoCache {
		key = CacheKey(c.p, req)
		if r, ok := c.opts.Cache.Get(key); ok {
			r.Cached = true
			r.Attempts = 0
			r.CostUSD = 0
			r.Usage = Usage{}
			if req.OnDelta != nil {
				req.OnDelta(r.Text)
			}
			c.opts.Meter.record(req.Accounts, r)
			c.recordUsage(ctx, req, model, r)
			r.Overhead = time.Since(start)
			return r, nil
		}
	}
	var lastErr error
	for attempt := 0; ; attempt++ {
		if err := ctx.Err(); err != nil {
			return Response{}, &Error{Kind: KindCanceled, Provider: c.p.Name(), URL: c.p.Endpoint(), Model: model, Err: err}
		}
		actx, cancel := context.WithTimeout(ctx, c.opts.Timeout)
		r, err := c.p.Complete(actx, req)
		cancel()
		if err == nil {
			r.Attempts = attempt + 1
			if c.opts.Prices != nil {
				r.CostUSD = c.opts.Prices.Cost(r.Usage)
			}
			if key != "" {
				c.opts.Cache.Put(key, r)
			}
			c.opts.Meter.record(req.Accounts, r)
			c.recordUsage(ctx, req, model, r)
			r.ProviderTime = time.Duration(timer.nanos.Load())
			r.Overhead = time.Since(start) - r.ProviderTime
			return r, nil
		}
		var e *Error
		if !errors.As(err, &e) {
			return Response{}, fmt.Errorf("llm: %s at %s: %w", c.p.Name(), c.p.Endpoint(), err)
		}
		if e.Kind == KindTimeout && ctx.Err() == nil {
			e.Detail = fmt.Sprintf("no answer within %s", c.opts.Timeout)
		}
		if ctx.Err() != nil {
			e.Kind = KindCanceled
			return Response{}, e
		}
		lastErr = e
		if !e.Retryable() || attempt >= c.opts.MaxRetries {
			break
		}
		wait := c.backoff(attempt)
		if e.RetryAfter > 0 {
			if e.RetryAfter > c.opts.MaxRetryAfter {
				break
			}
			wait = e.RetryAfter
		}
		if err := c.opts.sleep(ctx, wait); err != nil {
			return Response{}, &Error{Kind: KindCanceled, Provider: c.p.Name(), URL: c.p.Endpoint(), Model: model, Err: err}
		}
	}
	c.opts.Meter.fail(req.Accounts)
	return Response{}, lastErr
}

// UsageEvent is one answered call as a UsageRecorder sees it.
type UsageEvent struct {
	Accounts []string // the request's accounting keys ("workspace:3", "draft:…")
	Purpose  string
	Provider string
	Model    string
	Usage    Usage
	CostUSD  float64
	Cached   bool
	At       time.Time
}

// UsageRecorder keeps usage beyond the process (the database). A failure
// to record must not fail the call that was already paid for, so it
// returns nothing: the recorder reports its own errors.
type UsageRecorder interface {
	RecordUsage(ctx context.Context, e UsageEvent)
}

func (c *Client) recordUsage(ctx context.Context, req Request, model string, r Response) {
	if c.opts.Recorder == nil {
		return
	}
	if r.Model != "" {
		model = r.Model
	}
	c.opts.Recorder.RecordUsage(context.WithoutCancel(ctx), UsageEvent{Accounts: req.Accounts, Purpose: req.Purpose, Provider: c.p.Name(),
		Model: model, Usage: r.Usage, CostUSD: r.CostUSD, Cached: r.Cached, At: time.Now()})
}

// backoff is base·2^attempt with ±25 % jitter so that many workers hitting
// one rate limit do not come back in lockstep.
func (c *Client) backoff(attempt int) time.Duration {
	d := c.opts.BaseBackoff << attempt
	if d > c.opts.MaxBackoff || d <= 0 {
		d = c.opts.MaxBackoff
	}
	j := 0.75 + rand.Float64()/2
	return time.Duration(float64(d) * j)
}
