package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/radar"
	"github.com/vigie-cm/vigie/internal/radarhub"
	"github.com/vigie-cm/vigie/internal/store"
)

// The Radar page: a brand's listening queries (editors change them,
// audited), an import of mentions that sends them through the stream, the
// series as SVG charts updated live over server-sent events, the
// detector's score, the episodes with their crisis room and post-mortem,
// and the trends worth joining. The live data is the process's radar hub,
// fed by the radar worker (internal/app/radar.go).

// radarHub is the hub the pages read; tests give the server their own.
var radarHub = radarhub.Default

type radarQueryRow struct {
	ID          int64
	Name, Query string
	Canonical   string
}

type radarTrendRow struct {
	radar.Trend
	Rel string
}

type radarEpisodeRow struct {
	radar.Episode
	Key      string // the episode's URL segment: its start, Unix seconds
	NegShare string
}

type radarLive struct {
	Res       radarRes
	Query     string // one query's series, or "" for the brand's
	From, To  time.Time
	Charts    []radarChart
	Total     int64
	Status    radarhub.Status
	Current   *radarEpisodeRow
	Episodes  []radarEpisodeRow
	LastScore string
	Updated   string
}

type radarPageData struct {
	Live        radarLive
	Resolutions []radarRes
	Queries     []radarQueryRow
	Trends      []radarTrendRow
	Form        radarQueryRow
	Errors      []string
	ImportText  string
	Worker      bool
}

func (c *Ctx) radarStore() (store.RadarStore, error) {
	rs, ok := c.Store().(store.RadarStore)
	if !ok {
		return nil, fmt.Errorf("web: radar: store %T keeps no radar queries", c.Store())
	}
	return rs, nil
}

func (c *Ctx) radarIndex() error {
	var bs []brand.Brand
	if c.Workspace != nil {
		var err error
		if bs, err = c.Store().ListBrands(c.R.Context(), c.Workspace.ID); err != nil {
			return fmt.Errorf("web: radar: brands of workspace %d: %w", c.Workspace.ID, err)
		}
	}
	type row struct {
		brand.Brand
		Status radarhub.Status
	}
	rows := make([]row, len(bs))
	for i, b := range bs {
		rows[i] = row{b, radarHub().Status(b.ID)}
	}
	return c.Render(http.StatusOK, "radar/index", "radar.title", rows)
}

func episodeRow(e radar.Episode) radarEpisodeRow {
	return radarEpisodeRow{Episode: e, Key: strconv.FormatInt(e.Start.Unix(), 10), NegShare: percent(e.NegativeShare())}
}

// radarLiveData computes the part of the page the stream refreshes.
func (c *Ctx) radarLiveData(res radarRes, query string) (radarLive, error) {
	hub := radarHub()
	st := hub.Status(c.Brand.ID)
	if _, ok := st.Queries[query]; !ok {
		query = ""
	}
	now := c.s.now().UTC()
	to := now.Truncate(res.Step).Add(res.Step)
	from := to.Add(-res.Window)
	var eps []radar.Episode
	if st.Current != nil {
		eps = append(eps, *st.Current)
	}
	eps = append(eps, st.Closed...)
	charts, total, err := c.radarCharts(hub, query, from, to, res, eps)
	if err != nil {
		return radarLive{}, err
	}
	l := radarLive{Res: res, Query: query, From: from, To: to, Charts: charts, Total: total, Status: st, Updated: now.Format("15:04:05")}
	if st.Current != nil {
		r := episodeRow(*st.Current)
		l.Current = &r
	}
	for _, e := range st.Closed {
		l.Episodes = append(l.Episodes, episodeRow(e))
	}
	if !st.LastScore.Start.IsZero() {
		l.LastScore = score2(st.LastScore.Score)
	}
	return l, nil
}

func (c *Ctx) radarPageData(res radarRes) (radarPageData, error) {
	live, err := c.radarLiveData(res, c.R.URL.Query().Get("q"))
	if err != nil {
		return radarPageData{}, err
	}
	d := radarPageData{Live: live, Resolutions: radarResolutions, Worker: live.Status.FedByQueue}
	rs, err := c.radarStore()
	if err != nil {
		return d, err
	}
	qs, err := rs.ListRadarQueries(c.R.Context(), c.Brand.ID)
	if err != nil {
		return d, fmt.Errorf("web: radar: queries of brand %d: %w", c.Brand.ID, err)
	}
	for _, q := range qs {
		row := radarQueryRow{ID: q.ID, Name: q.Name, Query: q.Query}
		if pq, err := radar.ParseQuery(q.Query); err == nil {
			row.Canonical = pq.String()
		}
		d.Queries = append(d.Queries, row)
	}
	for _, t := range radarHub().Trends(c.Brand.ID, radarTrendCount) {
		d.Trends = append(d.Trends, radarTrendRow{Trend: t, Rel: percent(t.Relevance)})
	}
	return d, nil
}

func (c *Ctx) radarPage() error {
	d, err := c.radarPageData(radarResolution(c.R.URL.Query().Get("res")))
	if err != nil {
		return err
	}
	return c.Render(http.StatusOK, "radar/page", "radar.title", d)
}

// syncRadarQueries gives this process's hub the brand's queries as stored,
// so an edit applies at once here (other processes reload periodically).
func (c *Ctx) syncRadarQueries(rs store.RadarStore) error {
	qs, err := rs.ListRadarQueries(c.R.Context(), c.Brand.ID)
	if err != nil {
		return fmt.Errorf("web: radar: queries of brand %d: %w", c.Brand.ID, err)
	}
	m := map[string]string{}
	for _, q := range qs {
		m[q.Name] = q.Query
	}
	return radarHub().SetQueries(c.Brand.ID, m)
}

type radarQueryAudit struct {
	Brand int64  `json:"brand"`
	Name  string `json:"name"`
	Query string `json:"query"`
}

func (c *Ctx) radarQuerySave() error {
	f := radarQueryRow{Name: strings.TrimSpace(c.R.PostFormValue("name")), Query: strings.TrimSpace(c.R.PostFormValue("query"))}
	var errs []string
	switch {
	case f.Name == "" || len(f.Name) > radarQueryNameMax || strings.ContainsAny(f.Name, "/\n\r"):
		errs = append(errs, c.T("radar.err_name", radarQueryNameMax))
	case f.Query == "" || len(f.Query) > radarQueryMaxSz:
		errs = append(errs, c.T("radar.err_query_size", radarQueryMaxSz))
	default:
		if _, err := radar.ParseQuery(f.Query); err != nil {
			errs = append(errs, c.T("radar.err_query", err.Error()))
		}
	}
	if len(errs) > 0 {
		d, err := c.radarPageData(radarResolution(""))
		if err != nil {
			return err
		}
		d.Form, d.Errors = f, errs
		return c.Render(http.StatusUnprocessableEntity, "radar/page", "radar.title", d)
	}
	rs, err := c.radarStore()
	if err != nil {
		return err
	}
	err = c.Tx(func(tx store.Store) error {
		trs := tx.(store.RadarStore)
		var before any
		old, err := trs.ListRadarQueries(c.R.Context(), c.Brand.ID)
		if err != nil {
			return err
		}
		for _, o := range old {
			if o.Name == f.Name {
				before = radarQueryAudit{Brand: c.Brand.ID, Name: o.Name, Query: o.Query}
			}
		}
		q := store.RadarQuery{BrandID: c.Brand.ID, Name: f.Name, Query: f.Query}
		if err := trs.SaveRadarQuery(c.R.Context(), &q); err != nil {
			return err
		}
		return c.Audit(tx, "radar_query.save", "radar_query", q.ID, before, radarQueryAudit{Brand: c.Brand.ID, Name: q.Name, Query: q.Query})
	})
	if err != nil {
		return fmt.Errorf("web: radar: saving query %q of brand %d: %w", f.Name, c.Brand.ID, err)
	}
	if err := c.syncRadarQueries(rs); err != nil {
		return err
	}
	return c.Redirect(fmt.Sprintf("/brands/%d/radar", c.Brand.ID), "radar.query_saved")
}

func (c *Ctx) radarQueryDelete() error {
	id, err := c.ID("query")
	if err != nil {
		return err
	}
	rs, err := c.radarStore()
	if err != nil {
		return err
	}
	err = c.Tx(func(tx store.Store) error {
		trs := tx.(store.RadarStore)
		old, err := trs.ListRadarQueries(c.R.Context(), c.Brand.ID)
		if err != nil {
			return err
		}
		var before *radarQueryAudit
		for _, o := range old {
			if o.ID == id {
				before = &radarQueryAudit{Brand: c.Brand.ID, Name: o.Name, Query: o.Query}
			}
		}
		if before == nil {
			return &Error{Status: http.StatusNotFound, Key: "error.not_found"}
		}
		if err := trs.DeleteRadarQuery(c.R.Context(), c.Brand.ID, id); err != nil {
			return err
		}
		return c.Audit(tx, "radar_query.delete", "radar_query", id, before, nil)
	})
	var we *Error
	if errors.As(err, &we) {
		return we
	} else if err != nil {
		return fmt.Errorf("web: radar: deleting query %d of brand %d: %w", id, c.Brand.ID, err)
	}
	if err := c.syncRadarQueries(rs); err != nil {
		return err
	}
	return c.Redirect(fmt.Sprintf("/brands/%d/radar", c.Brand.ID), "radar.query_deleted")
}

type radarImportAudit struct {
	Brand    int64 `json:"brand"`
	Accepted int   `json:"accepted"`
	Rejected int   `json:"rejected"`
}

// radarImport reads a JSONL or CSV export (the radar importer's formats
// and column mapping) and publishes its mentions on the stream; the radar
// worker brings them into the series, so the page updates as they land.
func (c *Ctx) radarImport() error {
	raw, err := c.inboxUpload() // same form fields as the inbox: a file, or pasted text
	if err != nil {
		return err
	}
	opt := radar.ImportOptions{Format: c.R.PostFormValue("format"), Network: strings.TrimSpace(c.R.PostFormValue("network"))}
	if opt.Format != "" && opt.Format != "jsonl" && opt.Format != "csv" {
		opt.Format = ""
	}
	var errs []string
	if m := strings.TrimSpace(c.R.PostFormValue("map")); m != "" {
		if opt.Mapping, err = radar.ParseMapping(m); err != nil {
			errs = append(errs, c.T("radar.err_map", err.Error()))
		}
	}
	var ms []radar.Mention
	var bad []radar.LineError
	if len(errs) == 0 && len(bytes.TrimSpace(raw)) > 0 {
		_, bad, err = radar.Import(bytes.NewReader(raw), opt, func(m radar.Mention) error {
			if len(ms) >= radarImportMaxMentions {
				return fmt.Errorf("more than %d mentions", radarImportMaxMentions)
			}
			ms = append(ms, m)
			return nil
		})
		if err != nil {
			errs = append(errs, c.T("radar.err_import", err.Error()))
		}
	}
	for i, e := range bad {
		if i == 20 {
			errs = append(errs, c.T("radar.err_more", len(bad)-20))
			break
		}
		errs = append(errs, c.T("radar.err_line", e.Line, e.Err))
	}
	if len(ms) == 0 && len(errs) == 0 {
		errs = append(errs, c.T("radar.err_empty"))
	}
	if len(ms) > 0 {
		if err := radarHub().Publish(c.R.Context(), ms); errors.Is(err, radarhub.ErrNoSink) {
			return &Error{Status: http.StatusServiceUnavailable, Key: "radar.no_worker"}
		} else if err != nil {
			return fmt.Errorf("web: radar: publishing %d mentions of brand %d: %w", len(ms), c.Brand.ID, err)
		}
		err := c.Tx(func(tx store.Store) error {
			return c.Audit(tx, "radar.import", "brand", c.Brand.ID, nil, radarImportAudit{Brand: c.Brand.ID, Accepted: len(ms), Rejected: len(bad)})
		})
		if err != nil {
			return fmt.Errorf("web: radar: auditing import of brand %d: %w", c.Brand.ID, err)
		}
	}
	if len(errs) == 0 {
		return c.Redirect(fmt.Sprintf("/brands/%d/radar", c.Brand.ID), "radar.imported")
	}
	d, err := c.radarPageData(radarResolution(""))
	if err != nil {
		return err
	}
	d.Errors = errs
	if len(ms) > 0 {
		d.Errors = append([]string{c.T("radar.imported_n", len(ms))}, errs...)
	} else {
		d.ImportText = string(raw)
	}
	return c.Render(http.StatusUnprocessableEntity, "radar/page", "radar.title", d)
}

// The crisis room: one episode before, during and after.
type radarEpisodeData struct {
	Ep         radarEpisodeRow
	Live       radarLive
	Before     []radar.Driver
	Drivers    []radar.Driver
	Top        []radarhub.Tagged
	Clusters   []radar.Cluster
	PostMortem *radar.PostMortem
	PM         map[string]string
	// Crisis is the statement, checklist and people on duty (crisis.go);
	// nil in the live block, which does not show them.
	Crisis *crisisRoom
}

func (c *Ctx) radarEpisodeAt() (radar.Episode, error) {
	sec, err := strconv.ParseInt(c.R.PathValue("episode"), 10, 64)
	if err != nil {
		return radar.Episode{}, &Error{Status: http.StatusNotFound, Key: "error.not_found"}
	}
	e, ok := radarHub().Episode(c.Brand.ID, time.Unix(sec, 0).UTC())
	if !ok {
		return radar.Episode{}, &Error{Status: http.StatusNotFound, Key: "error.not_found"}
	}
	return e, nil
}

func (c *Ctx) radarEpisodeData(e radar.Episode) (radarEpisodeData, error) {
	hub := radarHub()
	now := c.s.now().UTC()
	end := e.End
	if end.IsZero() {
		end = now
	}
	d := radarEpisodeData{Ep: episodeRow(e)}
	res := radarRes{Key: "5m", Step: 5 * time.Minute, Layout: "02/01 15:04"}
	from := e.Start.Add(-radarEpisodeMargin).Truncate(res.Step)
	to := end.Add(radarEpisodeMargin)
	if to.After(now) {
		to = now.Truncate(res.Step).Add(res.Step)
	}
	res.Window = to.Sub(from)
	charts, total, err := c.radarCharts(hub, "", from, to, res, []radar.Episode{e})
	if err != nil {
		return d, err
	}
	d.Live = radarLive{Res: res, From: from, To: to, Charts: charts[:2], Total: total, Status: hub.Status(c.Brand.ID), Updated: now.Format("15:04:05")}
	base := hub.Mentions(c.Brand.ID, e.Start.Add(-radarEpisodeBaseline), e.Start)
	early := e.AlertAt
	if early.IsZero() {
		early = end
	}
	during := hub.Mentions(c.Brand.ID, e.Start, end.Add(time.Nanosecond))
	plain := func(ts []radarhub.Tagged) []radar.Mention {
		out := make([]radar.Mention, len(ts))
		for i, t := range ts {
			out[i] = t.Mention
		}
		return out
	}
	var warn []radarhub.Tagged
	for _, t := range during {
		if !t.Time.After(early) {
			warn = append(warn, t)
		}
	}
	d.Before = radar.Drivers(plain(warn), plain(base), radarDriverMin, radarDriverCount)
	d.Drivers = radar.Drivers(plain(during), plain(base), radarDriverMin, radarDriverCount)
	neg := make([]bool, len(during))
	for i, t := range during {
		neg[i] = t.Negative
	}
	d.Clusters = radar.Clusters(plain(during), neg, radarClusterSim, radarClusterCount)
	top := append([]radarhub.Tagged(nil), during...)
	sort.SliceStable(top, func(i, j int) bool {
		if top[i].Reach != top[j].Reach {
			return top[i].Reach > top[j].Reach
		}
		return top[i].Time.After(top[j].Time)
	})
	d.Top = top[:min(len(top), radarTopPosts)]
	if e.Phase == radar.PhaseAfter {
		pts, err := hub.Series(c.Brand.ID, "", e.Start.Add(-radarEpisodeBaseline), to, 5*time.Minute)
		if err != nil {
			return d, err
		}
		pm := radar.Summarise(e, pts)
		d.PostMortem = &pm
		d.PM = map[string]string{
			"duration": pm.Duration.Round(time.Minute).String(), "lead": pm.Lead.Round(time.Minute).String(),
			"multiple": strconv.FormatFloat(pm.Multiple, 'f', 1, 64), "neg": percent(pm.NegativeShare),
			"worst": percent(pm.WorstShare), "base": percent(pm.BaseShare),
		}
		if !pm.Recovered.IsZero() {
			d.PM["recovered"] = pm.Recovered.Format("2006-01-02 15:04")
		}
	}
	return d, nil
}

func (c *Ctx) radarEpisode() error {
	e, err := c.radarEpisodeAt()
	if err != nil {
		return err
	}
	return c.renderCrisis(http.StatusOK, e, nil)
}

// radarLiveStream sends the page's live block again, rendered by the
// server, each time the brand's radar data changes (at most every two
// seconds), as server-sent events; radar.js swaps it in.
func (c *Ctx) radarLiveStream() error {
	q := c.R.URL.Query()
	episode := q.Get("episode")
	render := func() (string, error) {
		var buf bytes.Buffer
		if episode != "" {
			c.R.SetPathValue("episode", episode)
			e, err := c.radarEpisodeAt()
			if err != nil {
				return "", err
			}
			d, err := c.radarEpisodeData(e)
			if err != nil {
				return "", err
			}
			err = c.s.views.pages["radar/episode"].ExecuteTemplate(&buf, "radarepisodelive", Page{C: c, D: d})
			return buf.String(), err
		}
		l, err := c.radarLiveData(radarResolution(q.Get("res")), q.Get("q"))
		if err != nil {
			return "", err
		}
		err = c.s.views.pages["radar/page"].ExecuteTemplate(&buf, "radarlive", Page{C: c, D: radarPageData{Live: l}})
		return buf.String(), err
	}
	if _, err := render(); err != nil { // refuse before answering 200
		return err
	}
	updates, stop := radarHub().Subscribe(c.Brand.ID)
	defer stop()
	rc := http.NewResponseController(c.W)
	h := c.W.Header()
	h.Set("Content-Type", "text/event-stream; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no")
	c.W.WriteHeader(http.StatusOK)
	send := func(event string, v any) error {
		b, err := json.Marshal(v)
		if err != nil {
			return err
		}
		if _, err := fmt.Fprintf(c.W, "event: %s\ndata: %s\n\n", event, b); err != nil {
			return err
		}
		return rc.Flush()
	}
	// The server's write timeout ends the response; the browser's
	// EventSource reconnects after "retry" milliseconds.
	if _, err := io.WriteString(c.W, "retry: 3000\n\n"); err != nil {
		return nil
	}
	_ = rc.Flush()
	heartbeat := time.NewTicker(radarSSEHeartbeat)
	defer heartbeat.Stop()
	ctx := c.R.Context()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-heartbeat.C:
			if _, err := io.WriteString(c.W, ": keep-alive\n\n"); err != nil {
				return nil
			}
			_ = rc.Flush()
		case <-updates:
			html, err := render()
			if err != nil {
				c.s.log.Warn("web: radar: live render", "brand", c.Brand.ID, "err", err)
				return nil
			}
			if err := send("update", map[string]string{"html": html}); err != nil {
				return nil
			}
			select { // coalesce bursts: a big import is many batches
			case <-ctx.Done():
				return nil
			case <-time.After(radarSSEMinGap):
			}
		}
	}
}
