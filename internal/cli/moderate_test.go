package cli

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
)

func TestModerateJSONL(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"a","text":"Votre service client est nul.","lang":"fr"}`,
		`{"id":2,"text":"Les musulmans sont des cafards."}`,
		`{"id":"c","text":"Congratulations, you won an iPhone! DM me to claim your prize."}`,
		`not json`,
		`{"id":"e"}`,
		`{"id":"f","text":"ok","lang":"de"}`,
		`{"id":"g","text":"Merci, super équipe !"}`,
	}, "\n")
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"moderate", "--jsonl"}, strings.NewReader(in), &out, &errb)
	if code != 2 {
		t.Errorf("exit %d, want 2 for the bad lines (stderr %s)", code, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 7 {
		t.Fatalf("%d output lines, want 7:\n%s", len(lines), out.String())
	}
	type res struct {
		ID     any                `json:"id"`
		Label  string             `json:"label"`
		Hide   bool               `json:"hide"`
		Scores map[string]float64 `json:"scores"`
		Reason string             `json:"reason"`
		Error  string             `json:"error"`
	}
	var rs []res
	for _, l := range lines {
		var r res
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("bad output line %q: %v", l, err)
		}
		rs = append(rs, r)
	}
	if rs[0].ID != "a" || rs[0].Hide || rs[0].Label == "hate" {
		t.Errorf("criticism: %+v", rs[0])
	}
	if rs[1].ID != float64(2) || !rs[1].Hide || rs[1].Label != "hate" || rs[1].Reason == "" {
		t.Errorf("hate: %+v", rs[1])
	}
	if len(rs[1].Scores) != 9 {
		t.Errorf("scores has %d labels, want 9", len(rs[1].Scores))
	}
	if rs[2].Label != "scam" || !rs[2].Hide {
		t.Errorf("scam: %+v", rs[2])
	}
	if rs[3].Error == "" || rs[3].ID != nil {
		t.Errorf("non-JSON line: %+v", rs[3])
	}
	if rs[4].ID != "e" || !strings.Contains(rs[4].Error, "text") {
		t.Errorf("missing text: %+v", rs[4])
	}
	if rs[5].ID != "f" || !strings.Contains(rs[5].Error, "lang") {
		t.Errorf("bad lang: %+v", rs[5])
	}
	if rs[6].Label != "praise" || rs[6].Hide {
		t.Errorf("praise: %+v", rs[6])
	}
}

func TestModerateCSV(t *testing.T) {
	in := "id,author,text\n1,bob,\"I'm going to kill you.\"\n2,ann,\"Do you ship to Canada?\"\n"
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"moderate", "--csv", "-"}, strings.NewReader(in), &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	recs, err := csv.NewReader(&out).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 3 || strings.Join(recs[0], ",") != "id,author,text,label,hide,action,sentiment,score,reason" {
		t.Fatalf("unexpected CSV: %v", recs)
	}
	if recs[1][3] != "harassment" || recs[1][4] != "true" {
		t.Errorf("threat row: %v", recs[1])
	}
	if recs[2][3] != "question" || recs[2][4] != "false" {
		t.Errorf("question row: %v", recs[2])
	}
	var out2 bytes.Buffer
	if code := run(context.Background(), []string{"moderate", "--csv", "-", "--text-column", "body"}, strings.NewReader(in), &out2, &errb); code != 2 {
		t.Errorf("missing column: exit %d, want 2", code)
	}
}

func TestModerateModelReport(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"moderate", "model"}, strings.NewReader(""), &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "| toxic |") || !strings.Contains(out.String(), "Platt") {
		t.Errorf("model report missing its table:\n%s", out.String())
	}
}
