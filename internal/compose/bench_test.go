package compose

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/vigie-cm/vigie/internal/testenv"
	"github.com/vigie-cm/vigie/internal/verify"

	"github.com/vigie-cm/vigie/internal/llm/llmtest"
)

func TestLiteralModelFollowsFindings(t *testing.T) {
	user := "Réseau : X\n\nTon brouillon :\n<<<\nBaguette à 1,20 €. Élue meilleure baguette de France. À bientôt !\n>>>\n\nProblèmes relevés par le vérificateur :\n" +
		"- contradicted : « 1,20 € » — selon les faits : 1,30 € (prix différent) — fait : La baguette est à 1,30 €.\n" +
		"- unsupported : « meilleure baguette de France » (non étayé)\n"
	rep := literalModel("first")(1, llmtest.Call{User: user})
	text, _, _ := parseReply(rep.Text)
	if text != "Baguette à 1,30 €. À bientôt !" {
		t.Fatalf("literal model wrote %q", text)
	}
}

func TestBenchScenario(t *testing.T) {
	posts := []BenchPost{{ID: "p", Lang: "fr", Network: "x", Brief: fournilBrief, Post: wrongPrice, Hallucinated: true,
		Facts: []string{fournil[0].Text, fournil[1].Text, fournil[2].Text}}}
	rep, err := Bench(context.Background(), posts, 2)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Drafts != 1 || rep.Passed != 1 || rep.Calls != 2 || rep.RoundsHist[1] != 1 || len(rep.Overheads) != 2 || rep.BaselineRoundTrip <= 0 {
		t.Fatalf("%+v", rep)
	}
	if rep.Offline.Drafts != 24 || rep.Offline.Passed != 24 {
		t.Fatalf("offline %+v", rep.Offline)
	}
}

func TestBenchOnDevSet(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole labelled set")
	}
	var posts []BenchPost
	f, err := os.Open(filepath.Join(testenv.SharedData(t), "verify", "dev.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	set, _, err := verify.ReadLabelled(f)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range set {
		posts = append(posts, BenchPost{ID: l.ID, Lang: l.Lang, Network: l.Network, Brief: l.Brief, Post: l.Post, Facts: l.Facts, Hallucinated: len(l.Labels) > 0})
	}
	rep, err := Bench(context.Background(), posts, 2)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("pass %d/%d, calls %d (%.2f per verified), tokens %d (%.0f per verified), rounds %v, overhead mean %v p95 %v, baseline %v, offline %d/%d",
		rep.Passed, rep.Drafts, rep.Calls, rep.CallsPerVerified(), rep.Tokens.Total(), rep.TokensPerVerified(), rep.RoundsHist,
		rep.OverheadMean(), rep.OverheadQuantile(0.95), rep.BaselineRoundTrip, rep.Offline.Passed, rep.Offline.Drafts)
	if rep.Offline.Passed != rep.Offline.Drafts {
		t.Fatalf("offline composer: %d/%d pass", rep.Offline.Passed, rep.Offline.Drafts)
	}
	if rep.Calls < rep.Drafts || rep.Passed == 0 {
		t.Fatalf("scenario did not run: %+v", rep)
	}
}
