package radar

import (
	"fmt"
	"time"
)

// Monitor watches one series live: as each bucket closes it feeds the
// bucket's volume to the detector and the score to the episode tracker.
type Monitor struct {
	series *Series
	step   time.Duration
	det    *Detector
	eps    *Episodes
	next   time.Time // start of the next bucket to process
}

// Change is an episode's phase change and the bucket that caused it.
type Change struct {
	Episode Episode `json:"episode"`
	Bucket  Point   `json:"bucket"`
	Score   float64 `json:"score"`
}

// NewMonitor watches s in buckets of step (5 minutes suits the default
// detector), replaying from from (two weeks back fills the baseline).
func NewMonitor(s *Series, step time.Duration, from time.Time, p Params, ep EpisodeParams) (*Monitor, error) {
	if step <= 0 || step%time.Minute != 0 {
		return nil, fmt.Errorf("radar monitor: step %s must be whole minutes", step)
	}
	stepSec := int64(step / time.Second)
	start := time.Unix(floorDiv(from.Unix(), stepSec)*stepSec, 0).UTC()
	return &Monitor{series: s, step: step, det: NewDetector(p), eps: NewEpisodes(ep), next: start}, nil
}

// Advance processes every bucket that closed before now and returns the
// phase changes, oldest first.
func (m *Monitor) Advance(now time.Time) ([]Change, error) {
	end := now.Add(-m.step + time.Nanosecond) // the bucket [t, t+step) is closed when t+step <= now
	if end.Before(m.next) {
		return nil, nil
	}
	pts, err := m.series.Query(m.next, now, m.step)
	if err != nil {
		return nil, err
	}
	var out []Change
	for _, p := range pts {
		if p.Start.Add(m.step).After(now) {
			break
		}
		score := m.det.Push(p.Start, float64(p.Volume))
		if e, changed := m.eps.Step(p, score); changed && e != nil {
			out = append(out, Change{Episode: *e, Bucket: p, Score: score})
		}
		m.next = p.Start.Add(m.step)
	}
	return out, nil
}

// Current is the episode in progress, if any.
func (m *Monitor) Current() *Episode { return m.eps.Current() }

// Closed lists the finished episodes.
func (m *Monitor) Closed() []Episode { return m.eps.Closed() }
