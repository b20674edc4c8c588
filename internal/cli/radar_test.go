package cli

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vigie-cm/vigie/internal/testenv"
)

func TestRadarNABScoreARTime(t *testing.T) {
	root := filepath.Join(testenv.SharedData(t), "radar", "NAB")
	out, errOut, code := runCLI(t, "", "radar", "nab-score", "--root", root, "--detector", "ARTime")
	if code != 0 {
		t.Fatalf("code %d: %s", code, errOut)
	}
	var got map[string]struct {
		Normalized, Raw, Threshold float64
		Files                      map[string]float64
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	std, ok := got["standard"]
	if !ok || std.Threshold != 0.317486 || len(std.Files) != 53 {
		t.Fatalf("standard: %+v", std)
	}
	// Published in ARTime_standard_scores.csv.
	if s := std.Files["realTweets/Twitter_volume_AAPL.csv"]; s < 2.91610174881 || s > 2.91610174882 {
		t.Fatalf("AAPL standard score %v, published 2.91610174881165", s)
	}
}

func TestRadarDetectContract(t *testing.T) {
	var b strings.Builder
	b.WriteString("timestamp,value\n")
	t0 := time.Date(2015, 3, 1, 0, 0, 0, 0, time.UTC)
	for i := range 400 {
		v := 3 + i%3
		if i == 350 {
			v = 90
		}
		fmt.Fprintf(&b, "%s,%d\n", t0.Add(time.Duration(i)*5*time.Minute).Format(time.DateTime), v)
	}
	out, errOut, code := runCLI(t, b.String(), "radar", "detect", "--nab", "-")
	if code != 0 {
		t.Fatalf("code %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if lines[0] != "timestamp,value,anomaly_score" || len(lines) != 401 {
		t.Fatalf("header %q, %d lines", lines[0], len(lines))
	}
	f := strings.Split(lines[351], ",")
	if f[0] != "2015-03-02 05:10:00" || f[1] != "90" {
		t.Fatalf("row 350: %q", lines[351])
	}
	spike, _ := strconv.ParseFloat(f[2], 64)
	for _, l := range lines[300:351] {
		s, _ := strconv.ParseFloat(strings.Split(l, ",")[2], 64)
		if s >= spike {
			t.Fatalf("row %q scores at least the spike's %v", l, spike)
		}
	}
}

func TestRadarDetectBadInput(t *testing.T) {
	_, errOut, code := runCLI(t, "time,v\n1,2\n", "radar", "detect", "--nab", "-")
	if code != 2 || !strings.Contains(errOut, "timestamp") {
		t.Fatalf("code %d: %s", code, errOut)
	}
	_, _, code = runCLI(t, "", "radar", "detect")
	if code != 2 {
		t.Fatalf("missing --nab: code %d", code)
	}
}

func TestRadarImportCSV(t *testing.T) {
	in := "Date;Auteur;Contenu\n01/03/2026 10:05;ana;Bravo #Fournil30ans\nhier;bob;x\n"
	out, errOut, code := runCLI(t, in, "radar", "import", "--map", "timestamp=Date,author=Auteur,text=Contenu", "--network", "x")
	if code != 1 {
		t.Fatalf("want exit 1 (one rejected line), got %d: %s", code, errOut)
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(strings.TrimSpace(out)), &m); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if m["author"] != "ana" || m["timestamp"] != "2026-03-01T10:05:00Z" || m["network"] != "x" {
		t.Errorf("mention %v", m)
	}
	if !strings.Contains(errOut, `"line":3`) {
		t.Errorf("stderr lacks the rejected line: %s", errOut)
	}
	if _, _, code := runCLI(t, "", "radar", "import", "--map", "nope=x"); code != 2 {
		t.Errorf("bad mapping: exit %d", code)
	}
}

func TestRadarMatch(t *testing.T) {
	in := `{"id":1,"text":"Maison Fournil recrute"}` + "\n" + `{"id":"b","text":"#Fournil30ans !"}` + "\nnope\n"
	out, errOut, code := runCLI(t, in, "radar", "match", "--query", `"Maison Fournil" OR #Fournil30ans -recrute`)
	if code != 0 {
		t.Fatalf("code %d: %s", code, errOut)
	}
	want := `{"id":1,"match":false}` + "\n" + `{"id":"b","match":true}` + "\n"
	if !strings.HasPrefix(out, want) || !strings.Contains(out, `"error"`) {
		t.Fatalf("out %s", out)
	}
	if _, _, code := runCLI(t, "", "radar", "match", "--query", `"open`); code != 2 {
		t.Errorf("bad query: exit %d", code)
	}
}

// `radar listen` against a local server speaking Mastodon's streaming API.
func TestRadarListenMastodon(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/event-stream")
		for i, txt := range []string{"<p>rien</p>", "<p>Vive #Fournil30ans</p>", "<p>Maison Fournil encore</p>"} {
			fmt.Fprintf(w, "event: update\ndata: {\"id\":\"%d\",\"created_at\":\"2026-03-01T10:00:00Z\",\"content\":%q,\"account\":{\"acct\":\"ana\"}}\n\n", i, txt)
		}
		w.(http.Flusher).Flush()
		<-r.Context().Done()
	}))
	defer srv.Close()
	out, errOut, code := runCLI(t, "", "radar", "listen", "--mastodon", srv.URL, "--tag", "Fournil30ans", "--query", `"Maison Fournil" OR #Fournil30ans`, "--limit", "2")
	if code != 0 {
		t.Fatalf("code %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], "Vive #Fournil30ans") || !strings.Contains(lines[1], "Maison Fournil encore") {
		t.Fatalf("out %s", out)
	}
	if _, _, code := runCLI(t, "", "radar", "listen", "--query", "x"); code != 2 {
		t.Errorf("no source: exit %d", code)
	}
}

func TestBenchRadarJSON(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the detector over the NAB corpus")
	}
	root := filepath.Join(testenv.SharedData(t), "radar", "NAB")
	out, errOut, code := runCLI(t, "", "bench", "radar", "--root", root, "--json")
	if code != 0 {
		t.Fatalf("code %d: %s", code, errOut)
	}
	var rep struct {
		Profiles map[string]struct {
			Threshold  float64
			Corpus     struct{ Files, Windows int }
			RealTweets struct {
				Normalized float64
				Windows    int
			} `json:"realTweets"`
		}
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	std := rep.Profiles["standard"]
	if len(rep.Profiles) != 3 || std.Corpus.Files != 53 || std.RealTweets.Windows != 16 || std.Threshold <= 0 || std.Threshold >= 1 {
		t.Fatalf("report %+v", rep)
	}
	table, _, code := runCLI(t, "", "bench", "radar", "--root", root)
	if code != 0 || !strings.Contains(table, "reward_low_FP_rate") || !strings.Contains(table, "tweets") {
		t.Fatalf("table: %s", table)
	}
}

// An export of three weeks of mentions with one bad buzz, replayed through
// import, the moderation engine's sentiment, the series, the detector and
// the episode tracker.
func TestRadarEpisodes(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	t0 := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	surge := t0.Add(20*24*time.Hour + 14*time.Hour)
	calm := []string{"Super baguette chez Maison Fournil ce matin, merci !", "Maison Fournil ouvre à quelle heure dimanche ?", "Les croissants de Maison Fournil sont délicieux"}
	angry := []string{"Maison Fournil c'est une honte, farine contaminée, scandale #RappelConso", "Je suis furieux, Maison Fournil nous a rendus malades, inadmissible #RappelConso"}
	var b strings.Builder
	n := 0
	for at := t0; at.Before(t0.Add(21 * 24 * time.Hour)); at = at.Add(5 * time.Minute) {
		rate := 6 + 3*math.Sin(2*math.Pi*float64(at.Hour())/24)
		texts := calm
		if !at.Before(surge) && at.Before(surge.Add(90*time.Minute)) {
			rate, texts = rate*15, angry
		}
		k := 0
		for l, p := math.Exp(-rate), 1.0; ; k++ {
			if p *= r.Float64(); p <= l {
				break
			}
		}
		for range k {
			n++
			fmt.Fprintf(&b, `{"id":"m%d","author":"u%d","text":%q,"timestamp":%q,"reach":%d}`+"\n", n, r.IntN(400), texts[r.IntN(len(texts))], at.Add(time.Duration(r.IntN(300))*time.Second).Format(time.RFC3339), r.IntN(1000))
		}
	}
	out, errOut, code := runCLI(t, b.String(), "radar", "episodes", "--query", `"Maison Fournil"`)
	if code != 0 {
		t.Fatalf("code %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 1 {
		t.Fatalf("%d episodes over %d mentions:\n%s", len(lines), n, out)
	}
	var e struct {
		Kind     string
		AlertAt  time.Time `json:"alert_at"`
		Drivers  []struct{ Key string }
		Clusters []struct{ Size int }
	}
	if err := json.Unmarshal([]byte(lines[0]), &e); err != nil {
		t.Fatal(err)
	}
	if e.Kind != "bad_buzz" || e.AlertAt.Before(surge.Add(-time.Hour)) || e.AlertAt.After(surge.Add(30*time.Minute)) {
		t.Fatalf("episode %s", lines[0])
	}
	if len(e.Drivers) == 0 || len(e.Clusters) == 0 {
		t.Fatalf("no drivers or clusters: %s", lines[0])
	}
	found := false
	for _, d := range e.Drivers {
		found = found || d.Key == "#rappelconso"
	}
	if !found {
		t.Errorf("#rappelconso is not among the drivers: %s", lines[0])
	}
}
