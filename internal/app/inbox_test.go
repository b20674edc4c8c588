package app

import (
	"context"
	"log/slog"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/inbox"
	"github.com/vigie-cm/vigie/internal/radarhub"
	"github.com/vigie-cm/vigie/internal/store"
	"github.com/vigie-cm/vigie/internal/stream"
)

// TestInboxThroughTheStream: comments published on the real comments
// stream (embedded JetStream) are classified and stored by the inbox
// worker with the real moderation model, a duplicate is stored once, a
// hateful one is hidden and audited, and every comment reaches the radar
// hub's series of its brand through the mentions stream.
func TestInboxThroughTheStream(t *testing.T) {
	ctx := context.Background()
	st, sm := radarEnv(t)
	if err := sm.Ensure(ctx, stream.Comments); err != nil {
		t.Fatal(err)
	}
	w := brand.Workspace{Name: "Agence", Slug: "agence"}
	if err := st.CreateWorkspace(ctx, &w); err != nil {
		t.Fatal(err)
	}
	b := brand.Brand{WorkspaceID: w.ID, Name: "Boulangerie Lumière", Slug: "lumiere", Languages: []string{"fr"}}
	if err := st.CreateBrand(ctx, &b); err != nil {
		t.Fatal(err)
	}
	q := store.RadarQuery{BrandID: b.ID, Name: "marque", Query: radarhub.DemoQuery(radarhub.DemoBrand{Name: b.Name, Tag: "#Lumiere"})}
	if err := st.(store.RadarStore).SaveRadarQuery(ctx, &q); err != nil {
		t.Fatal(err)
	}
	// A second brand whose policy turns escalation off: its comments are
	// stored but never reach its radar series.
	quiet := brand.Brand{WorkspaceID: w.ID, Name: "Fromagerie Soleil", Slug: "soleil", Languages: []string{"fr"}}
	if err := st.CreateBrand(ctx, &quiet); err != nil {
		t.Fatal(err)
	}
	q2 := store.RadarQuery{BrandID: quiet.ID, Name: "marque", Query: radarhub.DemoQuery(radarhub.DemoBrand{Name: quiet.Name, Tag: "#Soleil"})}
	if err := st.(store.RadarStore).SaveRadarQuery(ctx, &q2); err != nil {
		t.Fatal(err)
	}
	qp := inbox.DefaultSettings(quiet.ID)
	qp.Escalate = false
	if err := st.(store.PolicyStore).SaveModerationPolicy(ctx, &qp); err != nil {
		t.Fatal(err)
	}

	hub := radarhub.New()
	startRadar(t, st, sm, hub)
	ictx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() {
		done <- runInbox(ictx, Deps{Store: st, Stream: sm, Logger: slog.New(slog.DiscardHandler)})
	}()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil && err != context.Canceled {
			t.Errorf("inbox worker: %v", err)
		}
	})
	waitFor(t, "the radar worker to listen", 30*time.Second, func() bool { return hub.Status(b.ID).FedByQueue })

	at := time.Now().UTC().Add(-time.Hour).Truncate(time.Second)
	batch := []inbox.Comment{
		{BrandID: b.ID, ID: "s1", Network: "instagram", Author: "troll", Text: "#Lumiere Les musulmans sont des cafards.", ReceivedAt: at},
		{BrandID: b.ID, ID: "s2", Network: "instagram", Author: "marie", Text: "#Lumiere votre service client est nul, 3 semaines sans réponse.", ReceivedAt: at},
		{BrandID: b.ID, ID: "s3", Network: "instagram", Text: "Merci #Lumiere pour l'accueil, super équipe !", ReceivedAt: at},
		{BrandID: quiet.ID, ID: "q1", Network: "instagram", Text: "#Soleil votre fromage était périmé, remboursez-moi.", ReceivedAt: at},
	}
	if err := inbox.Publish(ctx, sm, batch); err != nil {
		t.Fatal(err)
	}
	// The same comment again in another batch (a connector's retry).
	if err := inbox.Publish(ctx, sm, []inbox.Comment{batch[2], {BrandID: b.ID, ID: "s4", Network: "facebook", Text: "Vous ouvrez le dimanche #Lumiere ?", ReceivedAt: at}}); err != nil {
		t.Fatal(err)
	}
	// The webhook's path: Send goes to the sink the worker installs; a
	// comment the store refuses (an external id over 200 bytes) is dropped
	// without blocking the good one of its batch.
	waitFor(t, "the inbox sink", 30*time.Second, func() bool {
		return inbox.Send(ctx, nil) == nil
	})
	if err := inbox.Send(ctx, []inbox.Comment{{BrandID: b.ID, ID: strings.Repeat("x", 201), Text: "#Lumiere trop long"},
		{BrandID: b.ID, ID: "s5", Network: "x", Text: "Où est la boutique #Lumiere ?", ReceivedAt: at}}); err != nil {
		t.Fatal(err)
	}
	cs := st.(store.CommentStore)
	var got []store.Comment
	waitFor(t, "5 stored comments", 60*time.Second, func() bool {
		var err error
		got, err = cs.ListComments(ctx, b.ID, store.CommentFilter{})
		return err == nil && len(got) == 5
	})
	by := map[string]store.Comment{}
	for _, c := range got {
		if c.Label == "" || c.Sentiment == "" || len(c.Scores) == 0 {
			t.Errorf("comment %s stored without the classifier's verdict: %+v", c.ExternalID, c)
		}
		by[c.ExternalID] = c
	}
	if !by["s1"].Hidden || by["s1"].HiddenBy != "auto" {
		t.Errorf("hateful comment not hidden: %+v", by["s1"])
	}
	for _, id := range []string{"s2", "s3", "s4", "s5"} {
		if by[id].Hidden {
			t.Errorf("comment %s hidden: %+v", id, by[id])
		}
	}
	if !by["s1"].ReceivedAt.Equal(at) {
		t.Errorf("received_at %s, want %s", by["s1"].ReceivedAt, at)
	}
	es, err := st.ListAudit(ctx, w.ID, 100, 0)
	if err != nil {
		t.Fatal(err)
	}
	hides := 0
	for _, e := range es {
		if e.Action == "comment.autohide" && e.EntityID == by["s1"].ID {
			hides++
		}
		if e.Action == "comment.autohide" && e.EntityID != by["s1"].ID {
			t.Errorf("unexpected autohide entry %+v", e)
		}
	}
	if hides != 1 {
		t.Errorf("%d autohide audit entries for the hateful comment, want 1", hides)
	}

	// Escalation: the five comments (the duplicate once) reach the brand's
	// radar series, with the sentiment the radar computes.
	waitFor(t, "5 mentions in the radar", 60*time.Second, func() bool { return hub.Status(b.ID).Mentions == 5 })
	pts, err := hub.Series(b.ID, "marque", at.Add(-24*time.Hour), at.Add(24*time.Hour), time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	var vol, neg int64
	for _, p := range pts {
		vol += p.Volume
		neg += p.Negative
	}
	if vol != 5 || neg < 1 {
		t.Errorf("radar series: %d mentions, %d negative; want 5 and at least one negative", vol, neg)
	}
	// The quiet brand's comment, in the first batch, was stored before the
	// last of the five was escalated, and never reached its series.
	if n, err := cs.CountComments(ctx, quiet.ID, store.CommentFilter{}); err != nil || n != 1 {
		t.Errorf("quiet brand: %d comments stored (%v), want 1", n, err)
	}
	if m := hub.Status(quiet.ID).Mentions; m != 0 {
		t.Errorf("quiet brand: %d mentions in the radar, want 0 (escalation off)", m)
	}
}

// TestInboxStreamVolume measures the stream path: 2,000 comments in
// batches of 200 published on the comments stream, classified, stored,
// audited and escalated to the radar by the worker. It prints the rate.
func TestInboxStreamVolume(t *testing.T) {
	if testing.Short() {
		t.Skip("volume test")
	}
	ctx := context.Background()
	st, sm := radarEnv(t)
	if err := sm.Ensure(ctx, stream.Comments); err != nil {
		t.Fatal(err)
	}
	w := brand.Workspace{Name: "Agence", Slug: "agence"}
	if err := st.CreateWorkspace(ctx, &w); err != nil {
		t.Fatal(err)
	}
	b := brand.Brand{WorkspaceID: w.ID, Name: "Northwind", Slug: "northwind", Languages: []string{"en"}}
	if err := st.CreateBrand(ctx, &b); err != nil {
		t.Fatal(err)
	}
	ictx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- runInbox(ictx, Deps{Store: st, Stream: sm, Logger: slog.New(slog.DiscardHandler)}) }()
	t.Cleanup(func() { cancel(); <-done })
	texts := []string{"Where is my order? Three weeks and nothing.", "Love the new roast, thanks!", "Do you deliver on Sundays?",
		"Your support never answers, worst service ever.", "Great team at the downtown shop."}
	const n, per = 2000, 200
	start := time.Now()
	for i := 0; i < n; i += per {
		var batch []inbox.Comment
		for j := i; j < i+per; j++ {
			batch = append(batch, inbox.Comment{BrandID: b.ID, ID: "v" + strconv.Itoa(j), Network: "x", Text: texts[j%len(texts)] + " #" + strconv.Itoa(j)})
		}
		if err := inbox.Publish(ctx, sm, batch); err != nil {
			t.Fatal(err)
		}
	}
	cs := st.(store.CommentStore)
	waitFor(t, "2,000 stored comments", 120*time.Second, func() bool {
		k, err := cs.CountComments(ctx, b.ID, store.CommentFilter{})
		return err == nil && k == n
	})
	d := time.Since(start)
	t.Logf("%d comments through the stream (publish, classify, store) in %s: %.0f comments/s", n, d.Round(time.Millisecond), n/d.Seconds())
}
