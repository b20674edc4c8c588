package web

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/vigie-cm/vigie/internal/radar"
	"github.com/vigie-cm/vigie/internal/radarhub"
)

// Server-rendered SVG charts of a brand's radar series: the server computes
// coordinates and labels, the templates draw them, and the page swaps the
// whole SVG when the stream brings new data. No chart library.

// Chart geometry, in viewBox units.
const (
	chartW, chartH                     = 640.0, 170.0
	chartLeft, chartRight              = 52.0, 10.0
	chartTop, chartBottom              = 10.0, 24.0
	chartPlotW, chartPlotH             = chartW - chartLeft - chartRight, chartH - chartTop - chartBottom
	chartBaseY                         = chartTop + chartPlotH
	chartXTicks                        = 5
	radarScoreWarn, radarScoreAlert    = 0.35, 0.45
	radarMaxPoints                     = 1500
	radarDefaultRes                    = "1h"
	radarEpisodeMargin                 = 6 * time.Hour
	radarEpisodeBaseline               = 24 * time.Hour
	radarTopPosts, radarClusterCount   = 8, 6
	radarDriverCount, radarDriverMin   = 10, 3
	radarClusterSim                    = 0.25
	radarTrendCount                    = 10
	radarSSEMinGap, radarSSEHeartbeat  = 2 * time.Second, 20 * time.Second
	radarImportMaxMentions             = 200000
	radarQueryNameMax, radarQueryMaxSz = 64, 2000
)

// radarRes is one resolution the page offers and the window it shows.
type radarRes struct {
	Key    string
	Step   time.Duration
	Window time.Duration
	Layout string // x-axis label layout
}

var radarResolutions = []radarRes{
	{"1m", time.Minute, 3 * time.Hour, "15:04"},
	{"5m", 5 * time.Minute, 24 * time.Hour, "15:04"},
	{"1h", time.Hour, 7 * 24 * time.Hour, "02/01 15h"},
	{"1d", 24 * time.Hour, 60 * 24 * time.Hour, "02/01"},
}

func radarResolution(key string) radarRes {
	for _, r := range radarResolutions {
		if r.Key == key {
			return r
		}
	}
	for _, r := range radarResolutions {
		if r.Key == radarDefaultRes {
			return r
		}
	}
	return radarResolutions[0]
}

type radarTick struct {
	Pos   float64
	Label string
}

type radarSpan struct {
	X, W float64
	Kind string
}

// radarChart is one SVG chart, ready to draw.
type radarChart struct {
	ID, Title, Desc string
	W, H            float64
	Left, Right     float64 // plot area's x bounds
	Top, Base       float64 // plot area's y bounds
	Line, Area      string  // polyline and polygon points
	YTicks, XTicks  []radarTick
	Spans           []radarSpan
	Last            string
	LastLabel       string // "last value …", translated
	Empty           bool
	Threshold       *radarTick // a horizontal line (the detector's alert level)
}

// chartSeries builds a chart of vals (one per bucket starting at starts).
// fixedMax > 0 sets the y range (shares, scores); format labels values.
func chartSeries(id, title string, starts []time.Time, vals []float64, fixedMax float64, format func(float64) string, res radarRes, spans []radarSpan) radarChart {
	c := radarChart{ID: id, Title: title, W: chartW, H: chartH, Left: chartLeft, Right: chartW - chartRight, Top: chartTop, Base: chartBaseY, Spans: spans}
	n := len(vals)
	peak := 0.0
	for _, v := range vals {
		peak = math.Max(peak, v)
	}
	c.Empty = n == 0 || peak == 0
	top := fixedMax
	if top <= 0 {
		top = niceCeil(peak) // round labels (voice.go)
	}
	if top <= 0 {
		top = 1
	}
	for i := 0; i <= 2; i++ {
		v := top * float64(i) / 2
		c.YTicks = append(c.YTicks, radarTick{Pos: yOf(v, top), Label: format(v)})
	}
	if n == 0 {
		return c
	}
	for k := 0; k < chartXTicks; k++ {
		i := k * (n - 1) / (chartXTicks - 1)
		c.XTicks = append(c.XTicks, radarTick{Pos: xOf(i, n), Label: starts[i].Format(res.Layout)})
	}
	c.Last = format(vals[n-1])
	if c.Empty {
		return c // no line over a window without data: the page says so
	}
	var line, area strings.Builder
	area.WriteString(coord(xOf(0, n), chartBaseY))
	for i, v := range vals {
		p := coord(xOf(i, n), yOf(v, top))
		if i > 0 {
			line.WriteByte(' ')
		}
		line.WriteString(p)
		area.WriteByte(' ')
		area.WriteString(p)
	}
	area.WriteByte(' ')
	area.WriteString(coord(xOf(n-1, n), chartBaseY))
	c.Line, c.Area = line.String(), area.String()
	return c
}

// PlotH is the plot area's height; YLabelX and XLabelY place the axis labels.
func (c radarChart) PlotH() float64 { return c.Base - c.Top }

// YLabelX is where the y-axis labels end.
func (c radarChart) YLabelX() float64 { return c.Left - 6 }

// XLabelY is the x-axis labels' baseline.
func (c radarChart) XLabelY() float64 { return c.Base + 17 }

func xOf(i, n int) float64 {
	if n <= 1 {
		return chartLeft
	}
	return round1(chartLeft + chartPlotW*float64(i)/float64(n-1))
}

func yOf(v, top float64) float64 {
	if top <= 0 {
		return chartBaseY
	}
	return round1(chartBaseY - chartPlotH*math.Min(v/top, 1))
}

func coord(x, y float64) string {
	return strconv.FormatFloat(x, 'f', -1, 64) + "," + strconv.FormatFloat(y, 'f', -1, 64)
}

// compact writes counts as 12, 1.2k, 3.4M.
func compact(v float64) string {
	switch a := math.Abs(v); {
	case a >= 1e6:
		return trimZero(fmt.Sprintf("%.1f", v/1e6)) + "M"
	case a >= 1e4:
		return fmt.Sprintf("%.0fk", v/1e3)
	case a >= 1e3:
		return trimZero(fmt.Sprintf("%.1f", v/1e3)) + "k"
	case a == math.Trunc(a):
		return strconv.FormatFloat(v, 'f', 0, 64)
	default:
		return strconv.FormatFloat(v, 'f', 1, 64)
	}
}

func trimZero(s string) string { return strings.TrimSuffix(s, ".0") }

func percent(v float64) string { return strconv.FormatFloat(math.Round(v*100), 'f', 0, 64) + "%" }

func score2(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) }

// radarCharts draws the brand's (or one of its queries') five charts over
// [from, to) at res: volume,
// negative share, reach-weighted volume, unique authors and the detector's
// score (the highest 5-minute score within each bucket), with the
// episodes shaded.
func (c *Ctx) radarCharts(hub *radarhub.Hub, query string, from, to time.Time, res radarRes, eps []radar.Episode) ([]radarChart, int64, error) {
	pts, err := hub.Series(c.Brand.ID, query, from, to, res.Step)
	if err != nil {
		return nil, 0, err
	}
	n := len(pts)
	starts := make([]time.Time, n)
	vol, neg, reach, auth, score := make([]float64, n), make([]float64, n), make([]float64, n), make([]float64, n), make([]float64, n)
	var total int64
	for i, p := range pts {
		starts[i] = p.Start
		vol[i], neg[i], reach[i], auth[i] = float64(p.Volume), p.NegativeShare, float64(p.Reach), float64(p.Authors)
		total += p.Volume
	}
	for _, s := range hub.Scores(c.Brand.ID, from, to) {
		i := int(s.Start.Sub(from) / res.Step)
		if i >= 0 && i < n {
			score[i] = math.Max(score[i], s.Score)
		}
	}
	var spans []radarSpan
	span := to.Sub(from)
	for _, e := range eps {
		end := e.End
		if end.IsZero() {
			end = to
		}
		if end.Before(from) || !e.Start.Before(to) {
			continue
		}
		x0 := math.Max(0, float64(e.Start.Sub(from))/float64(span))
		x1 := math.Min(1, float64(end.Sub(from))/float64(span))
		spans = append(spans, radarSpan{X: round1(chartLeft + chartPlotW*x0), W: math.Max(2, round1(chartPlotW*(x1-x0))), Kind: e.Kind})
	}
	charts := []radarChart{
		chartSeries("volume", c.T("radar.chart.volume"), starts, vol, 0, compact, res, spans),
		chartSeries("negative", c.T("radar.chart.negative"), starts, neg, 1, percent, res, spans),
		chartSeries("reach", c.T("radar.chart.reach"), starts, reach, 0, compact, res, spans),
		chartSeries("authors", c.T("radar.chart.authors"), starts, auth, 0, compact, res, spans),
		chartSeries("score", c.T("radar.chart.score"), starts, score, 1, score2, res, spans),
	}
	thr := radarTick{Pos: yOf(radarScoreAlert, 1), Label: score2(radarScoreAlert)}
	charts[4].Threshold = &thr
	for i := range charts {
		charts[i].LastLabel = c.T("radar.chart.last", charts[i].Last)
		charts[i].Desc = c.T("radar.chart.desc", charts[i].Title, from.Format("2006-01-02 15:04"), to.Format("2006-01-02 15:04"), charts[i].Last)
	}
	return charts, total, nil
}
