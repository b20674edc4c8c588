package alert

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Ledger is the dispatcher's memory kept outside the process (the
// database): every alert claimed once by its key, what became of it, and
// the alerts held during quiet hours. With a shared ledger, several
// workers that see the same episode, or one that replays the stream after
// a restart, send each alert once.
type Ledger interface {
	// Claim records a and reports whether it is new; false means the key
	// was claimed before (a duplicate). id names the record for Settle.
	Claim(ctx context.Context, a Alert, now time.Time) (id int64, fresh bool, err error)
	// Sent counts the brand's alerts sent (not held, limited or failed)
	// since a time, for the rate limit.
	Sent(ctx context.Context, a Alert, since time.Time) (int, error)
	// Settle records what became of a claimed alert.
	Settle(ctx context.Context, id int64, o Outcome, sendErr error, now time.Time) error
	// Held returns the alerts held during quiet hours and not settled
	// since, with the ids to settle them by.
	Held(ctx context.Context) ([]Alert, []int64, error)
}

func (d *Dispatcher) dispatchLedger(ctx context.Context, a Alert, now time.Time) (Outcome, error) {
	id, fresh, err := d.Ledger.Claim(ctx, a, now)
	if err != nil {
		return SendFailed, fmt.Errorf("alert: claiming %q: %w", a.Key, err)
	}
	if !fresh {
		return Duplicate, nil
	}
	o, sendErr := d.decide(ctx, a, now)
	if o == Sent {
		o, sendErr = d.send(ctx, a)
	}
	if err := d.Ledger.Settle(ctx, id, o, sendErr, now); err != nil {
		return o, errors.Join(sendErr, fmt.Errorf("alert: settling %q: %w", a.Key, err))
	}
	return o, sendErr
}

// decide applies quiet hours and the rate limit: Sent means "send it now".
func (d *Dispatcher) decide(ctx context.Context, a Alert, now time.Time) (Outcome, error) {
	if a.Urgent {
		return Sent, nil
	}
	if quiet, _ := d.Quiet.Contains(now); quiet {
		return Held, nil
	}
	if d.PerHour > 0 {
		n, err := d.Ledger.Sent(ctx, a, now.Add(-time.Hour))
		if err != nil {
			return SendFailed, fmt.Errorf("alert: rate limit of %s: %w", a.Brand, err)
		}
		if n >= d.PerHour {
			return RateLimit, nil
		}
	}
	return Sent, nil
}

func (d *Dispatcher) flushLedger(ctx context.Context, now time.Time) error {
	if quiet, _ := d.Quiet.Contains(now); quiet {
		return nil
	}
	held, ids, err := d.Ledger.Held(ctx)
	if err != nil || len(held) == 0 {
		return err
	}
	idOf := map[string]int64{}
	for i, a := range held {
		idOf[a.Key] = ids[i]
	}
	var errs []error
	for _, as := range byBrand(held) {
		o, sendErr := d.send(ctx, digest(as, now, d.Quiet.Location))
		if sendErr == nil {
			o = DigestSent
		}
		for _, a := range as {
			if err := d.Ledger.Settle(ctx, idOf[a.Key], o, sendErr, now); err != nil {
				errs = append(errs, err)
			}
		}
		if sendErr != nil {
			errs = append(errs, sendErr)
		}
	}
	return errors.Join(errs...)
}
