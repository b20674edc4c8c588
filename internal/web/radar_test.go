package web

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/radar"
	"github.com/vigie-cm/vigie/internal/radar/ingest"
	"github.com/vigie-cm/vigie/internal/radarhub"
	"github.com/vigie-cm/vigie/internal/store"
)

// useHub gives the web app a hub of the test's own. Its sink hands
// mentions straight to Process: these are handler tests; the path through
// the real stream is tested in internal/app (TestRadarThroughTheStream).
// Tests that swap the hub do not run in parallel.
func useHub(t *testing.T, now func() time.Time) *radarhub.Hub {
	t.Helper()
	h := radarhub.New()
	h.Now = now
	h.Classify = func(text, lang string) ingest.Classification {
		// Stands in for the sentiment model (tested in internal/moderate).
		low := strings.ToLower(text)
		return ingest.Classification{Negative: strings.Contains(low, "scandale") || strings.Contains(low, "honteux") || strings.Contains(low, "boycott"), Lang: lang}
	}
	h.SetSink(func(_ context.Context, ms []radar.Mention) error { h.Process(ms); return nil })
	old := radarHub
	radarHub = func() *radarhub.Hub { return h }
	t.Cleanup(func() { radarHub = old })
	return h
}

func TestRadarQueriesRolesCSRFAndAudit(t *testing.T) {
	f := newFixture(t)
	h := useHub(t, time.Now)
	page := fmt.Sprintf("/brands/%d/radar", f.brand.ID)

	an := f.login(brand.RoleAnalyst)
	res := an.get(page)
	if res.status != http.StatusOK || !strings.Contains(res.body, "no listening query yet") || !strings.Contains(res.body, "No mention in this window") {
		t.Fatalf("analyst, empty radar: %d\n%s", res.status, res.body)
	}
	if strings.Contains(res.body, `id="radar-query-form"`) || strings.Contains(res.body, `id="radar-import"`) {
		t.Error("analyst sees the editor forms")
	}
	if !strings.Contains(res.body, `<svg class="radar-svg" id="radar-chart-volume"`) {
		t.Error("no volume chart on the empty page")
	}
	q := url.Values{"name": {"marque"}, "query": {`"Boulangerie Test" OR #BTest -recrutement`}}
	if r := an.post(page, page+"/queries", q); r.status != http.StatusForbidden {
		t.Errorf("analyst saving a query: %d", r.status)
	}

	ed := f.login(brand.RoleEditor)
	noToken := ed.do("POST", page+"/queries", q, nil)
	if noToken.status != http.StatusForbidden {
		t.Errorf("query without CSRF token: %d", noToken.status)
	}
	if r := ed.post(page, page+"/queries", q); r.status != http.StatusSeeOther {
		t.Fatalf("editor saving a query: %d %s", r.status, r.body)
	}
	if st := h.Status(f.brand.ID); st.Queries["marque"] == "" || !st.Listening {
		t.Errorf("hub did not get the query: %+v", st.Queries)
	}
	bad := ed.post(page, page+"/queries", url.Values{"name": {"x"}, "query": {`"unclosed`}})
	if bad.status != http.StatusUnprocessableEntity || !strings.Contains(bad.body, "unclosed quote") {
		t.Errorf("bad query: %d", bad.status)
	}
	rs := f.st.(store.RadarStore)
	qs, err := rs.ListRadarQueries(context.Background(), f.brand.ID)
	must(t, err)
	if len(qs) != 1 {
		t.Fatalf("stored queries: %+v", qs)
	}
	audit := f.login(brand.RoleAnalyst).get("/audit")
	if !strings.Contains(audit.body, "radar_query.save") {
		t.Error("query save not audited")
	}
	// A query of this brand cannot be deleted through another brand's URL.
	other := fmt.Sprintf("/brands/%d/radar/queries/%d/delete", f.other.ID, qs[0].ID)
	if r := ed.post(page, other, nil); r.status != http.StatusNotFound {
		t.Errorf("delete through a brand of another workspace: %d", r.status)
	}
	if r := ed.post(page, fmt.Sprintf("%s/queries/%d/delete", page, qs[0].ID+99), nil); r.status != http.StatusNotFound {
		t.Errorf("delete of an unknown query: %d", r.status)
	}
	if r := ed.post(page, fmt.Sprintf("%s/queries/%d/delete", page, qs[0].ID), nil); r.status != http.StatusSeeOther {
		t.Errorf("delete: %d", r.status)
	}
	if st := h.Status(f.brand.ID); st.Listening {
		t.Error("hub still listens after the delete")
	}
	if !strings.Contains(f.login(brand.RoleAnalyst).get("/audit").body, "radar_query.delete") {
		t.Error("query delete not audited")
	}
	if r := an.get(fmt.Sprintf("/brands/%d/radar", f.other.ID)); r.status != http.StatusNotFound {
		t.Errorf("radar of another workspace's brand: %d", r.status)
	}
}

func TestRadarImportReachesTheChartsAndEscapes(t *testing.T) {
	f := newFixture(t)
	h := useHub(t, time.Now)
	page := fmt.Sprintf("/brands/%d/radar", f.brand.ID)
	ed := f.login(brand.RoleEditor)
	hostileName := `<img src=x onerror=alert(1)>`
	if r := ed.post(page, page+"/queries", url.Values{"name": {hostileName}, "query": {"#BTest OR boulangerie"}}); r.status != http.StatusSeeOther {
		t.Fatalf("save: %d", r.status)
	}
	now := time.Now().UTC()
	var lines []string
	for i := range 30 {
		m := radar.Mention{ID: fmt.Sprintf("m%d", i), Network: "bluesky", Author: fmt.Sprintf("a%d", i%7),
			Text: "Super #BTest <script>alert('x')</script>", Time: now.Add(-time.Duration(i) * time.Minute), Reach: 100}
		b, _ := json.Marshal(m)
		lines = append(lines, string(b))
	}
	lines = append(lines, `{"text":"no timestamp"}`)
	r := ed.post(page, page+"/import", url.Values{"data": {strings.Join(lines, "\n")}})
	if r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, "30 mentions sent") || !strings.Contains(r.body, "Line 31") {
		t.Fatalf("import with one bad line: %d\n%.2000s", r.status, r.body)
	}
	if st := h.Status(f.brand.ID); st.Mentions != 30 {
		t.Fatalf("hub has %d mentions, want 30", st.Mentions)
	}
	an := f.login(brand.RoleAnalyst)
	res := an.get(page + "?res=1m")
	if res.status != http.StatusOK || !strings.Contains(res.body, `data-radar-total="30"`) || !strings.Contains(res.body, `class="radar-line"`) {
		t.Fatalf("page after import: %d\n%.3000s", res.status, res.body)
	}
	if strings.Contains(res.body, hostileName) || !strings.Contains(res.body, "&lt;img src=x onerror=alert(1)&gt;") {
		t.Error("query name not escaped")
	}
	if r := an.post(page, page+"/import", url.Values{"data": {lines[0]}}); r.status != http.StatusForbidden {
		t.Errorf("analyst import: %d", r.status)
	}
	if !strings.Contains(an.get("/audit").body, "radar.import") {
		t.Error("import not audited")
	}
	// CSV with a listening tool's column names, mapped.
	csv := "Date;Auteur;Contenu;Abonnés\n" + now.Add(-2*time.Minute).Format("02/01/2006 15:04") + ";zoe;Vu chez boulangerie #BTest;1 200\n"
	if r := ed.post(page, page+"/import", url.Values{"data": {csv}, "map": {"timestamp=Date,author=Auteur,text=Contenu,reach=Abonnés"}, "network": {"x"}}); r.status != http.StatusSeeOther {
		t.Errorf("mapped CSV import: %d %s", r.status, r.body)
	}
	if st := h.Status(f.brand.ID); st.Mentions != 31 {
		t.Errorf("after the CSV: %d mentions", st.Mentions)
	}
}

// TestRadarEpisodeCrisisRoom runs the demo's days of mentions (with one
// bad buzz the detector has to find) through the hub and reads the crisis
// room and the post-mortem; a hostile mention in the surge must come out
// escaped.
func TestRadarEpisodeCrisisRoom(t *testing.T) {
	f := newFixture(t)
	end := time.Now().UTC().Truncate(time.Minute)
	h := useHub(t, func() time.Time { return end })
	buzz := end.Add(-30 * time.Hour)
	db := radarhub.DemoBrand{Name: "Boulangerie Test", Tag: "#BTest", Lang: "fr", BadBuzz: buzz}
	must(t, h.SetQueries(f.brand.ID, map[string]string{"marque": radarhub.DemoQuery(db)}))
	ms := radarhub.DemoMentions(3, []radarhub.DemoBrand{db}, end, 6)
	ms = append(ms, radar.Mention{ID: "hostile", Network: "x", Author: `"><svg onload=alert(1)>`, Reach: 10_000_000,
		Text: `Scandale Boulangerie Test <script>alert("pwn")</script>`, Time: buzz.Add(40 * time.Minute)})
	h.Process(ms)
	h.Advance()
	st := h.Status(f.brand.ID)
	if len(st.Closed) != 1 || st.Closed[0].Kind != radar.BadBuzz {
		t.Fatalf("episodes: current %+v closed %+v", st.Current, st.Closed)
	}
	an := f.login(brand.RoleAnalyst)
	page := fmt.Sprintf("/brands/%d/radar", f.brand.ID)
	res := an.get(page)
	key := fmt.Sprint(st.Closed[0].Start.Unix())
	if !strings.Contains(res.body, "radar/episodes/"+key) || !strings.Contains(res.body, "Bad buzz") || !strings.Contains(res.body, `class="radar-span radar-span-bad_buzz"`) {
		t.Fatalf("page does not list the episode:\n%.4000s", res.body)
	}
	ep := an.get(page + "/episodes/" + key)
	if ep.status != http.StatusOK {
		t.Fatalf("crisis room: %d", ep.status)
	}
	for _, want := range []string{"#rappellumiere", "Post-mortem", "Back to normal", "&lt;script&gt;alert(&#34;pwn&#34;)&lt;/script&gt;", "&#34;&gt;&lt;svg onload=alert(1)&gt;"} {
		if !strings.Contains(ep.body, want) {
			t.Errorf("crisis room lacks %q", want)
		}
	}
	if strings.Contains(ep.body, `<script>alert("pwn")`) || strings.Contains(ep.body, "<svg onload") {
		t.Error("hostile mention text not escaped")
	}
	if r := an.get(page + "/episodes/12345"); r.status != http.StatusNotFound {
		t.Errorf("unknown episode: %d", r.status)
	}
	fr := f.login(brand.RoleAnalyst)
	fr.lang = "fr"
	if r := fr.get(page + "/episodes/" + key); !strings.Contains(r.body, "Cellule de crise") || !strings.Contains(r.body, "Bilan") {
		t.Error("French crisis room")
	}
}

func TestRadarLiveStream(t *testing.T) {
	f := newFixture(t)
	h := useHub(t, time.Now)
	must(t, h.SetQueries(f.brand.ID, map[string]string{"m": "#BTest"}))
	c := f.login(brand.RoleAnalyst)
	req, err := http.NewRequest("GET", f.ts.URL+fmt.Sprintf("/brands/%d/radar/live?res=1m", f.brand.ID), nil)
	must(t, err)
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	resp, err := c.hc.Do(req.WithContext(ctx))
	must(t, err)
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/event-stream") {
		t.Fatalf("live: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	go func() {
		time.Sleep(200 * time.Millisecond)
		h.Process([]radar.Mention{{ID: "x1", Author: "a", Text: "Nouveau #BTest", Time: time.Now().UTC()}})
	}()
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(nil, 4<<20)
	for sc.Scan() {
		line := sc.Text()
		if data, ok := strings.CutPrefix(line, "data: "); ok {
			var v struct{ HTML string }
			must(t, json.Unmarshal([]byte(data), &v))
			if !strings.Contains(v.HTML, `data-radar-total="1"`) || !strings.Contains(v.HTML, "<svg") {
				t.Fatalf("update without the new mention: %.500s", v.HTML)
			}
			return
		}
	}
	t.Fatalf("stream ended without an update: %v", sc.Err())
}

func TestRadarChartGeometry(t *testing.T) {
	res := radarResolution("5m")
	start := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	starts := []time.Time{start, start.Add(5 * time.Minute), start.Add(10 * time.Minute)}
	c := chartSeries("v", "V", starts, []float64{0, 7, 3}, 0, compact, res, nil)
	// 7 rounds up to a 10 axis; the middle point sits at 70% of the height.
	if c.YTicks[2].Label != "10" || c.YTicks[1].Label != "5" {
		t.Errorf("y ticks %+v", c.YTicks)
	}
	want := coord(chartLeft, chartBaseY) + " " + coord(chartLeft+chartPlotW/2, round1(chartBaseY-0.7*chartPlotH)) + " " + coord(chartW-chartRight, round1(chartBaseY-0.3*chartPlotH))
	if c.Line != want {
		t.Errorf("line %q, want %q", c.Line, want)
	}
	if e := chartSeries("v", "V", nil, nil, 0, compact, res, nil); !e.Empty || e.Line != "" {
		t.Errorf("empty chart %+v", e)
	}
	for v, s := range map[float64]string{0: "0", 12: "12", 1500: "1.5k", 25000: "25k", 3_400_000: "3.4M", 2.5: "2.5"} {
		if got := compact(v); got != s {
			t.Errorf("compact(%v) = %q, want %q", v, got, s)
		}
	}
}

func TestRadarWebhookAndAPI(t *testing.T) {
	f := newFixture(t)
	h := useHub(t, time.Now)
	must(t, h.SetQueries(f.brand.ID, map[string]string{"m": "#BTest"}))
	send := func(secret string, body string, ts time.Time) resp {
		c := f.client()
		hdr := map[string]string{"Content-Type": "application/json", radar.HeaderTimestamp: fmt.Sprint(ts.Unix()),
			radar.HeaderSignature: radar.Sign([]byte(secret), ts, []byte(body))}
		req, err := http.NewRequest("POST", f.ts.URL+"/api/v1/radar/mentions", strings.NewReader(body))
		must(t, err)
		for k, v := range hdr {
			req.Header.Set(k, v)
		}
		r, err := c.hc.Do(req)
		must(t, err)
		defer r.Body.Close()
		b := new(strings.Builder)
		_, _ = bufio.NewReader(r.Body).WriteTo(b)
		return resp{status: r.StatusCode, body: b.String()}
	}
	body := fmt.Sprintf(`[{"id":"w1","author":"ana","text":"Bravo #BTest","timestamp":%q},{"id":"w2","text":""}]`, time.Now().UTC().Format(time.RFC3339))
	if r := send("s3cret", body, time.Now()); r.status != http.StatusUnauthorized {
		t.Errorf("no secret configured: %d %s", r.status, r.body)
	}
	t.Setenv(RadarWebhookSecretEnv, "s3cret")
	if r := send("wrong", body, time.Now()); r.status != http.StatusUnauthorized {
		t.Errorf("wrong signature: %d", r.status)
	}
	if r := send("s3cret", body, time.Now().Add(-time.Hour)); r.status != http.StatusUnauthorized {
		t.Errorf("replayed timestamp: %d", r.status)
	}
	r := send("s3cret", body, time.Now())
	if r.status != http.StatusAccepted || !strings.Contains(r.body, `"accepted":1`) {
		t.Fatalf("signed push: %d %s", r.status, r.body)
	}
	if st := h.Status(f.brand.ID); st.Mentions != 1 {
		t.Fatalf("hub has %d mentions", st.Mentions)
	}
	api := f.login(brand.RoleAnalyst).get(fmt.Sprintf("/api/v1/brands/%d/radar?res=1m", f.brand.ID))
	var out struct {
		Queries map[string]string
		Step    string
		Points  []radar.Point
	}
	must(t, json.Unmarshal([]byte(api.body), &out))
	var n int64
	for _, p := range out.Points {
		n += p.Volume
	}
	if api.status != http.StatusOK || out.Step != "1m" || len(out.Points) != 180 || n != 1 || out.Queries["m"] != "#BTest" {
		t.Errorf("API: %d step %s, %d points, %d mentions, queries %v", api.status, out.Step, len(out.Points), n, out.Queries)
	}
	if r := f.client().get(fmt.Sprintf("/api/v1/brands/%d/radar", f.brand.ID)); r.status != http.StatusUnauthorized {
		t.Errorf("API without login: %d", r.status)
	}
}

func TestRadarPerQuerySeries(t *testing.T) {
	f := newFixture(t)
	h := useHub(t, time.Now)
	must(t, h.SetQueries(f.brand.ID, map[string]string{"tag": "#BTest", "pain": "baguette"}))
	now := time.Now().UTC()
	h.Process([]radar.Mention{
		{ID: "1", Author: "a", Text: "Vive #BTest", Time: now},
		{ID: "2", Author: "b", Text: "Une baguette #BTest", Time: now},
		{ID: "3", Author: "c", Text: "Une baguette dorée", Time: now},
	})
	c := f.login(brand.RoleAnalyst)
	page := fmt.Sprintf("/brands/%d/radar?res=1m", f.brand.ID)
	for q, want := range map[string]string{"": "3", "tag": "2", "pain": "2", "unknown": "3"} {
		r := c.get(page + "&q=" + q)
		if !strings.Contains(r.body, `data-radar-total="`+want+`"`) {
			t.Errorf("q=%q: want %s mentions", q, want)
		}
	}
	if r := c.get(page + "&q=pain"); !strings.Contains(r.body, "radar/live?res=1m&amp;q=pain") {
		t.Error("the live stream does not follow the chosen query")
	}
	if r := c.get(fmt.Sprintf("/api/v1/brands/%d/radar?query=nope", f.brand.ID)); r.status != http.StatusNotFound {
		t.Errorf("API, unknown query: %d", r.status)
	}
}
