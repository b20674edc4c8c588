package alert

import (
	"fmt"
	"strings"
	"time"

	"github.com/vigie-cm/vigie/internal/radar"
)

// FromEpisode turns an episode's phase change into an alert; ok is false
// for changes nobody needs to hear about (a warning that fizzled out).
// A bad buzz in progress is urgent; the key names the brand, the episode
// (its start) and the phase, so each phase alerts once.
func FromEpisode(brand string, e *radar.Episode, drivers []radar.Driver, link string, lang string) (Alert, bool) {
	fr := lang == "fr"
	what := map[string]string{radar.Buzz: "Buzz", radar.BadBuzz: "Bad buzz"}[e.Kind]
	a := Alert{
		Key:   fmt.Sprintf("%s/%s/%s/%s", brand, e.Start.UTC().Format(time.RFC3339), e.Kind, e.Phase),
		Brand: brand,
		URL:   link,
		Time:  e.Start,
	}
	var drv []string
	for _, d := range drivers[:min(3, len(drivers))] {
		drv = append(drv, d.Key)
	}
	share := fmt.Sprintf("%.0f%%", 100*e.NegativeShare())
	switch e.Phase {
	case radar.PhaseBefore:
		if !e.End.IsZero() {
			return a, false // the warning closed without a surge
		}
		a.Title = pick(fr, "Early warning: mentions of "+brand+" are rising", "Signal faible : les mentions de "+brand+" augmentent")
		a.Text = pick(fr, fmt.Sprintf("%d mentions so far, %s negative.", e.Volume, share), fmt.Sprintf("%d mentions pour l'instant, %s négatives.", e.Volume, share))
		a.Urgent = false
	case radar.PhaseDuring:
		a.Title = pick(fr, what+" on "+brand, what+" sur "+brand)
		a.Text = pick(fr, fmt.Sprintf("Peak %d mentions per bucket, %d in all, %s negative.", e.PeakCount, e.Volume, share),
			fmt.Sprintf("Pic de %d mentions par tranche, %d au total, %s négatives.", e.PeakCount, e.Volume, share))
		a.Urgent = e.Kind == radar.BadBuzz
		a.Time = e.AlertAt
	case radar.PhaseAfter:
		a.Title = pick(fr, what+" on "+brand+" is over: post-mortem ready", what+" sur "+brand+" terminé : bilan prêt")
		a.Text = pick(fr, fmt.Sprintf("%d mentions in %s, %s negative.", e.Volume, e.End.Sub(e.Start).Round(time.Minute), share),
			fmt.Sprintf("%d mentions en %s, %s négatives.", e.Volume, e.End.Sub(e.Start).Round(time.Minute), share))
		a.Time = e.End
	default:
		return a, false
	}
	if len(drv) > 0 {
		a.Text += pick(fr, " Driven by: ", " Porté par : ") + strings.Join(drv, ", ")
	}
	return a, true
}

func pick(fr bool, en, frText string) string {
	if fr {
		return frText
	}
	return en
}
