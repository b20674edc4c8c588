package inbox

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/moderate"
	"github.com/vigie-cm/vigie/internal/store"
)

type audited struct{ action, ext, reason string }

func policyFixture(t *testing.T) (store.Store, int64, *moderate.Classifier) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "vigie.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	w := brand.Workspace{Name: "W", Slug: "w"}
	if err := st.CreateWorkspace(ctx, &w); err != nil {
		t.Fatal(err)
	}
	b := brand.Brand{WorkspaceID: w.ID, Name: "B", Slug: "b", Languages: []string{"fr"}}
	if err := st.CreateBrand(ctx, &b); err != nil {
		t.Fatal(err)
	}
	cl, err := moderate.Default()
	if err != nil {
		t.Fatal(err)
	}
	return st, b.ID, cl
}

// borderline picks, for the shipped model, a comment the default policy
// leaves alone although a hostile score reaches the borderline threshold.
func borderline(t *testing.T, cl *moderate.Classifier) string {
	t.Helper()
	p := moderate.DefaultPolicy()
	for _, s := range []string{"Les gens comme toi me fatiguent", "Franchement vous êtes des guignols", "Ridicule", "Va te faire voir"} {
		r := cl.Classify(s, "fr")
		if d := p.Decide(r); d.Action == moderate.ActionNone && r.Score(moderate.LabelToxic) >= p.BorderlineMin && !r.Criticism {
			return s
		}
	}
	t.Fatal("no borderline sentence for this model: write a new one")
	return ""
}

func TestStoreUnderBrandPolicy(t *testing.T) {
	ctx := context.Background()
	st, brandID, cl := policyFixture(t)
	now := time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC)
	var log []audited
	audit := func(_ store.Store, action string, cm store.Comment, reason string) error {
		log = append(log, audited{action, cm.ExternalID, reason})
		return nil
	}
	hate := "Les musulmans sont des cafards."
	// A brand that hides only scams, flags hate, and does not escalate.
	sp := DefaultSettings(brandID)
	sp.Hide, sp.Flag, sp.Escalate = []string{"scam"}, []string{"hate"}, false
	if err := st.(store.PolicyStore).SaveModerationPolicy(ctx, &sp); err != nil {
		t.Fatal(err)
	}
	res, err := Store(ctx, st, cl, brandID, []Comment{{ID: "1", Handle: "@a", Text: hate}}, now, audit)
	if err != nil {
		t.Fatal(err)
	}
	if c := res.Stored[0]; c.Hidden || c.Action != "flag" || res.Escalate || len(log) != 0 {
		t.Fatalf("hate under a flag-only policy: %+v escalate=%v audit=%v", c, res.Escalate, log)
	}
	// Back to the default: hidden, audited, escalated.
	if err := st.(store.PolicyStore).DeleteModerationPolicy(ctx, brandID); err != nil {
		t.Fatal(err)
	}
	res, err = Store(ctx, st, cl, brandID, []Comment{{ID: "2", Handle: "@a", Text: hate}}, now, audit)
	if err != nil {
		t.Fatal(err)
	}
	if c := res.Stored[0]; !c.Hidden || c.HiddenBy != "auto" || c.Action != "hide" || !strings.HasPrefix(c.Reason, "hate") || !res.Escalate ||
		len(log) != 1 || log[0].action != "comment.autohide" {
		t.Fatalf("hate under the default: %+v escalate=%v audit=%v", c, res.Escalate, log)
	}
	a, err := st.(store.AuthorStore).GetAuthor(ctx, brandID, "", "@a")
	if err != nil || a.Comments != 2 || a.Hidden != 1 || a.Hostile != 2 || !a.FirstSeen.Equal(now) {
		t.Fatalf("author history %+v %v", a, err)
	}
}

func TestStoreAuthorStanding(t *testing.T) {
	ctx := context.Background()
	st, brandID, cl := policyFixture(t)
	as := st.(store.AuthorStore)
	now := time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC)
	var log []audited
	audit := func(_ store.Store, action string, cm store.Comment, reason string) error {
		log = append(log, audited{action, cm.ExternalID, reason})
		return nil
	}
	hate := "Les musulmans sont des cafards."
	border := borderline(t, cl)

	// A VIP's hateful comment is flagged for a human, not hidden, and the
	// flag instead of the hide is audited.
	if err := as.SetAuthorFlag(ctx, &store.CommentAuthor{BrandID: brandID, Network: "instagram", Author: "@star", Flag: "vip"}); err != nil {
		t.Fatal(err)
	}
	res, err := Store(ctx, st, cl, brandID, []Comment{{ID: "v1", Network: "Instagram", Handle: "@star", Text: hate}}, now, audit)
	if err != nil {
		t.Fatal(err)
	}
	if c := res.Stored[0]; c.Hidden || c.Action != "flag" || !strings.HasPrefix(c.Reason, "VIP author") ||
		len(log) != 1 || log[0].action != "comment.autoflag" || !strings.Contains(log[0].reason, "VIP author") {
		t.Fatalf("VIP hate: %+v audit %v", c, log)
	}

	// A newcomer's borderline comment is left alone; after three hidden
	// comments in one batch, the same author's next borderline comment is
	// flagged — in the same batch, from the history the batch built.
	log = nil
	rows := []Comment{{ID: "t0", Handle: "@troll", Text: border}}
	for i := range 3 {
		rows = append(rows, Comment{ID: "t" + string(rune('1'+i)), Handle: "@troll", Text: hate})
	}
	rows = append(rows, Comment{ID: "t4", Handle: "@troll", Text: border}, Comment{ID: "n1", Handle: "@new", Text: border})
	res, err = Store(ctx, st, cl, brandID, rows, now, audit)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]store.Comment{}
	for _, c := range res.Stored {
		got[c.ExternalID] = c
	}
	if got["t0"].Action != "none" || got["n1"].Action != "none" {
		t.Errorf("borderline of a newcomer: %q, %q", got["t0"].Action, got["n1"].Action)
	}
	if c := got["t4"]; c.Action != "flag" || c.Hidden || !strings.Contains(c.Reason, "repeat offender (3 hidden in 30 d)") {
		t.Errorf("repeat offender's borderline comment: %+v", c)
	}
	if len(log) != 4 || log[3].action != "comment.autoflag" || log[3].ext != "t4" {
		t.Errorf("audit %v", log)
	}

	// With a hide policy, the next one is hidden; a human unhide of two
	// takes the author out of the window.
	sp := DefaultSettings(brandID)
	sp.RepeatAction = "hide"
	if err := st.(store.PolicyStore).SaveModerationPolicy(ctx, &sp); err != nil {
		t.Fatal(err)
	}
	res, err = Store(ctx, st, cl, brandID, []Comment{{ID: "t5", Handle: "@troll", Text: border}}, now, audit)
	if err != nil {
		t.Fatal(err)
	}
	if c := res.Stored[0]; !c.Hidden || c.Action != "hide" || log[len(log)-1].action != "comment.autohide" {
		t.Fatalf("repeat offender under a hide policy: %+v", c)
	}
	cs := st.(store.CommentStore)
	for _, id := range []string{"t1", "t2", "t5"} {
		c := got[id]
		if id == "t5" {
			c = res.Stored[0]
		}
		c.Hidden = false
		if err := cs.UpdateCommentState(ctx, &c); err != nil {
			t.Fatal(err)
		}
		if err := as.AddAuthorHidden(ctx, brandID, "", "@troll", -1); err != nil {
			t.Fatal(err)
		}
	}
	res, err = Store(ctx, st, cl, brandID, []Comment{{ID: "t6", Handle: "@troll", Text: border}}, now, audit)
	if err != nil {
		t.Fatal(err)
	}
	if c := res.Stored[0]; c.Action != "none" {
		t.Fatalf("after unhides, still treated as a repeat offender: %+v", c)
	}
	// Hidden comments older than the window do not count.
	old := now.Add(-40 * 24 * time.Hour)
	var olds []Comment
	for i := range 3 {
		olds = append(olds, Comment{ID: "o" + string(rune('1'+i)), Handle: "@old", Text: hate, ReceivedAt: old})
	}
	olds = append(olds, Comment{ID: "o4", Handle: "@old", Text: border})
	if res, err = Store(ctx, st, cl, brandID, olds, now, audit); err != nil {
		t.Fatal(err)
	}
	if c := res.Stored[3]; c.Action != "none" || !res.Stored[0].Hidden {
		t.Fatalf("old offences counted: %+v", c)
	}
	// An old export is judged as it happened: a borderline comment an
	// hour after those three offences, 40 days ago, was a repeat
	// offender's, and one 35 days after them was not.
	res, err = Store(ctx, st, cl, brandID, []Comment{{ID: "o5", Handle: "@old", Text: border, ReceivedAt: old.Add(time.Hour)},
		{ID: "o6", Handle: "@old", Text: border, ReceivedAt: old.Add(35 * 24 * time.Hour)}}, now, audit)
	if err != nil {
		t.Fatal(err)
	}
	if c := res.Stored[0]; c.Action != "hide" || !strings.Contains(c.Reason, "repeat offender (3 hidden in 30 d)") {
		t.Errorf("old repeat offence: %+v", c)
	}
	if c := res.Stored[1]; c.Action != "none" {
		t.Errorf("35 days after the offences: %+v", c)
	}
}
