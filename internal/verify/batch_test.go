package verify

import (
	"context"
	"encoding/json"
	"math"
	"reflect"
	"strings"
	"testing"
)

// A batch reuses the previous line's facts only when they are the same
// bytes: every line must get what a lone Check gives it.
func TestBatchLinesMatchCheck(t *testing.T) {
	lines := []string{
		`{"id":1,"lang":"fr","facts":["La baguette coûte 1,20 €."],"brief":"","post":"Baguette à 1,10 € !"}`,
		`{"id":2,"lang":"fr","facts":["La baguette coûte 1,20 €."],"brief":"","post":"Baguette à 1,20 € !"}`,
		`{"id":3,"lang":"fr","facts":["La baguette coûte 1,10 €."],"brief":"","post":"Baguette à 1,10 € !"}`,
		`{"id":"o","lang":"en","facts":[{"text":"Tickets cost £12."},"Doors open at 7pm."],"brief":"","post":"Tickets £15, doors at 7pm."}`,
		`{"id":5,"lang":"en","facts":null,"brief":"","post":"Tickets £15."}`,
	}
	want := []string{Fail, Pass, Pass, Fail, Warn}
	b := NewRuleChecker().NewBatch()
	ck := NewRuleChecker()
	for i, l := range lines {
		out, err := b.Line(context.Background(), []byte(l))
		if err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		var in struct {
			Lang  string            `json:"lang"`
			Facts []json.RawMessage `json:"facts"`
			Post  string            `json:"post"`
		}
		if err := json.Unmarshal([]byte(l), &in); err != nil {
			t.Fatal(err)
		}
		var facts []Fact
		for _, r := range in.Facts {
			var f Fact
			if json.Unmarshal(r, &f.Text) != nil {
				if err := json.Unmarshal(r, &f); err != nil {
					t.Fatal(err)
				}
			}
			facts = append(facts, f)
		}
		res, err := ck.Check(context.Background(), Input{Lang: in.Lang, Facts: facts, Post: in.Post})
		if err != nil {
			t.Fatal(err)
		}
		if out.Verdict != want[i] || !reflect.DeepEqual(out.Findings, res.Findings) {
			t.Errorf("line %d: batch %s %+v, want %s and Check's %+v", i+1, out.Verdict, out.Findings, want[i], res.Findings)
		}
	}
}

func TestBatchLineErrors(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{`{"id":1,"facts":["a"],"post":`, "invalid JSON"},
		{`{"id":2,"lang":"de","facts":[],"post":"x"}`, `lang must be fr or en, not "de"`},
		{`{"id":3,"facts":["a",7],"post":"x"}`, "facts[1] is neither a string nor a fact object"},
		{`{"id":4,"facts":"a","post":"x"}`, "facts must be a list"},
	} {
		out, err := NewChecker().NewBatch().Line(context.Background(), []byte(c.line))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want %q", c.line, err, c.want)
		}
		if c.want != "invalid JSON" && len(out.ID) == 0 {
			t.Errorf("%s: the error answer lost the id", c.line)
		}
	}
}

// FuzzBatchLine: any line gets an answer or an error, never a panic; an
// answered line's findings point inside its post, and a second line with
// the same facts (the reused path) answers the same.
func FuzzBatchLine(f *testing.F) {
	f.Add(`{"id":1,"lang":"fr","facts":["La baguette coûte 1,20 €."],"brief":"","post":"Baguette à 1,10 € !"}`)
	f.Add(`{"id":"x","facts":[{"text":"Open 9am-5pm."},"Tickets £12."],"post":"Open 8am, tickets £15."}`)
	f.Add(`{"id":null,"facts":null,"post":""}`)
	f.Add(`{"facts":[1,2],"post":"x"}`)
	f.Fuzz(func(t *testing.T, line string) {
		b := NewRuleChecker().NewBatch()
		out, err := b.Line(context.Background(), []byte(line))
		if err != nil {
			return
		}
		var in struct {
			Post string `json:"post"`
		}
		if json.Unmarshal([]byte(line), &in) != nil {
			t.Fatalf("answered a line encoding/json rejects: %q", line)
		}
		n := len([]rune(in.Post))
		for _, fd := range out.Findings {
			if fd.Start < 0 || fd.End > n || fd.Start >= fd.End {
				t.Fatalf("finding [%d:%d] outside a post of %d code points", fd.Start, fd.End, n)
			}
		}
		again, err := b.Line(context.Background(), []byte(line))
		if err != nil || !reflect.DeepEqual(again, out) {
			t.Fatalf("the same line twice: %+v then %+v (%v)", out, again, err)
		}
	})
}

// Check flags a post whose most likely finding reaches confThreshold +
// confPerClaim × ln(1 + its claims) and keeps its findings down to
// confKeepFlagged; every other finding is a doubt.
func TestKeptAndDoubtedByConfidence(t *testing.T) {
	set := loadDev(t)
	ck := NewChecker()
	doubted, keptLow := 0, 0
	for _, l := range set {
		res, err := ck.Check(context.Background(), inputOf(l.Lang, l.Facts, l.Brief, l.Post))
		if err != nil {
			t.Fatal(err)
		}
		top := 0.0
		for _, f := range res.Findings {
			top = max(top, f.Confidence)
		}
		// confidences are rounded to hundredths; the thresholds have two decimals
		flagged := len(res.Findings) > 0
		bar := confThreshold + confPerClaim*math.Log1p(float64(res.Claims))
		if flagged && top < bar-0.005 {
			t.Errorf("%s: flagged by findings all under %.2f: %+v", l.ID, bar, res.Findings)
		}
		for _, f := range res.Findings {
			if f.Confidence < confKeepFlagged-0.005 {
				t.Errorf("%s: kept %q at %.2f < %.2f", l.ID, f.Text, f.Confidence, confKeepFlagged)
			}
			if f.Confidence < bar-0.005 {
				keptLow++
			}
		}
		for _, f := range res.Doubts {
			doubted++
			if lim := map[bool]float64{true: confKeepFlagged, false: bar}[flagged]; f.Confidence > lim+0.005 {
				t.Errorf("%s: doubted %q at %.2f, over %.2f", l.ID, f.Text, f.Confidence, lim)
			}
		}
	}
	t.Logf("dev: %d doubts, %d findings kept under the bar in flagged posts", doubted, keptLow)
}
