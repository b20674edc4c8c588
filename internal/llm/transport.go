package llm

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"
	"time"
)

var jsonUnmarshal = json.Unmarshal

// timerKey carries the per-call accumulator of time spent with the provider.
type timerKey struct{}

type providerTimer struct{ nanos atomic.Int64 }

func withTimer(ctx context.Context) (context.Context, *providerTimer) {
	t := &providerTimer{}
	return context.WithValue(ctx, timerKey{}, t), t
}

// timingTransport measures the time from sending a request to the end of its
// response body, so Client can report its own overhead apart from the
// provider's (and the network's) time.
type timingTransport struct{ base http.RoundTripper }

func (t timingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	start := time.Now()
	timer, _ := r.Context().Value(timerKey{}).(*providerTimer)
	resp, err := t.base.RoundTrip(r)
	if timer == nil {
		return resp, err
	}
	if err != nil || resp.Body == nil {
		timer.nanos.Add(int64(time.Since(start)))
		return resp, err
	}
	resp.Body = &timedBody{ReadCloser: resp.Body, start: start, timer: timer}
	return resp, nil
}

type timedBody struct {
	io.ReadCloser
	start time.Time
	timer *providerTimer
	done  atomic.Bool
}

func (b *timedBody) finish() {
	if b.done.CompareAndSwap(false, true) {
		b.timer.nanos.Add(int64(time.Since(b.start)))
	}
}

func (b *timedBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	if err != nil {
		b.finish()
	}
	return n, err
}

func (b *timedBody) Close() error {
	b.finish()
	return b.ReadCloser.Close()
}

// newHTTPClient is the client both SDKs use. The timeout is per attempt and
// applied through the context by Client, so it is not set here (a Client
// timeout would also cut long streams).
func newHTTPClient(base http.RoundTripper) *http.Client {
	if base == nil {
		base = http.DefaultTransport
	}
	return &http.Client{Transport: timingTransport{base: base}}
}

// transportError classifies an error that has no HTTP status.
func transportError(ctx context.Context, err error) Kind {
	switch {
	case errors.Is(err, context.Canceled) && ctx.Err() != nil:
		return KindCanceled
	case errors.Is(err, context.DeadlineExceeded):
		return KindTimeout
	}
	var syn *json.SyntaxError
	if errors.As(err, &syn) || strings.Contains(err.Error(), "parsing response") {
		// A 200 whose body is not the documented JSON (the SDKs report a
		// truncated body as "error parsing response json: unexpected EOF").
		return KindBadResponse
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return KindTimeout
	}
	var oe *net.OpError
	var ue *url.Error
	var de *net.DNSError
	if errors.As(err, &oe) || errors.As(err, &de) || errors.As(err, &ue) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return KindUnreachable
	}
	return KindBadResponse
}
