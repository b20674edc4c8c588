package store_test

import (
	"errors"
	"testing"
	"time"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/store"
	"github.com/vigie-cm/vigie/internal/store/storetest"
)

func TestComments(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s store.Store) {
		cs, ok := s.(store.CommentStore)
		if !ok {
			t.Fatalf("%T does not keep comments", s)
		}
		_, b := fixture(t, s)
		u := brand.User{Email: "cm@example.org", Name: "Camille"}
		if err := s.CreateUser(ctx, &u); err != nil {
			t.Fatal(err)
		}
		t0 := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
		hate := store.Comment{BrandID: b.ID, Network: " Instagram ", ExternalID: "ig-1", Author: "x", Text: "<script>alert(1)</script>",
			Lang: "fr", ReceivedAt: t0, Label: "hate", Scores: map[string]float64{"hate": 0.97, "other": 0.03}, Sentiment: "negative",
			Hidden: true, HiddenBy: "auto"}
		added, err := cs.AddComment(ctx, &hate)
		if err != nil || !added || hate.ID == 0 {
			t.Fatalf("add: %v %v %+v", added, err, hate)
		}
		// The same external id again changes nothing and gives the stored id.
		again := hate
		again.ID, again.Text, again.Hidden = 0, "other text", false
		added, err = cs.AddComment(ctx, &again)
		if err != nil || added || again.ID != hate.ID {
			t.Fatalf("replay: added=%v err=%v id=%d want %d", added, err, again.ID, hate.ID)
		}
		q := store.Comment{BrandID: b.ID, Network: "facebook", ExternalID: "ig-1", Text: "Vous livrez le dimanche ?", ReceivedAt: t0.Add(time.Hour),
			Label: "question", Sentiment: "neutral", Kind: "dm"}
		if added, err := cs.AddComment(ctx, &q); err != nil || !added {
			t.Fatalf("same id on another network: %v %v", added, err)
		}
		got, err := cs.GetComment(ctx, b.ID, hate.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Network != "instagram" || got.Text != hate.Text || !got.Hidden || got.HiddenBy != "auto" || got.Status != "new" ||
			got.Kind != "comment" || got.Scores["hate"] != 0.97 || !got.ReceivedAt.Equal(t0) || got.Assignee != nil || got.AnsweredAt != nil {
			t.Fatalf("get = %+v", got)
		}
		list, err := cs.ListComments(ctx, b.ID, store.CommentFilter{})
		if err != nil || len(list) != 2 || list[0].ID != q.ID {
			t.Fatalf("list newest first = %+v, %v", list, err)
		}
		yes := true
		for _, tc := range []struct {
			f    store.CommentFilter
			want int
		}{
			{store.CommentFilter{Label: "hate"}, 1},
			{store.CommentFilter{Network: "Facebook"}, 1},
			{store.CommentFilter{Hidden: &yes}, 1},
			{store.CommentFilter{Sentiment: "neutral", Unanswered: true}, 1},
			{store.CommentFilter{Status: "closed"}, 0},
		} {
			n, err := cs.CountComments(ctx, b.ID, tc.f)
			l, err2 := cs.ListComments(ctx, b.ID, tc.f)
			if err != nil || err2 != nil || n != tc.want || len(l) != tc.want {
				t.Errorf("filter %+v: count %d list %d, want %d (%v %v)", tc.f, n, len(l), tc.want, err, err2)
			}
		}
		// Triage: unhide by a user, assign, answer.
		at := t0.Add(2 * time.Hour)
		got.Hidden, got.HiddenBy, got.Status, got.Assignee, got.AnsweredAt, got.Reply = false, "auto", "answered", &u.ID, &at, "Merci"
		if err := cs.UpdateCommentState(ctx, &got); err != nil {
			t.Fatal(err)
		}
		back, err := cs.GetComment(ctx, b.ID, hate.ID)
		if err != nil || back.Hidden || back.Status != "answered" || back.Assignee == nil || *back.Assignee != u.ID ||
			back.AnsweredAt == nil || !back.AnsweredAt.Equal(at) || back.Reply != "Merci" {
			t.Fatalf("after update = %+v, %v", back, err)
		}
		if n, _ := cs.CountComments(ctx, b.ID, store.CommentFilter{Unanswered: true}); n != 1 {
			t.Fatalf("unanswered = %d, want 1", n)
		}
		got.Status = "done"
		if err := cs.UpdateCommentState(ctx, &got); !errors.Is(err, store.ErrInvalid) {
			t.Fatalf("bad status: %v", err)
		}
		// Another brand's comment is out of reach.
		other := brand.Brand{WorkspaceID: b.WorkspaceID, Name: "Autre", Slug: "autre"}
		if err := s.CreateBrand(ctx, &other); err != nil {
			t.Fatal(err)
		}
		if _, err := cs.GetComment(ctx, other.ID, hate.ID); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("cross-brand get: %v", err)
		}
		got.Status = "closed"
		got.BrandID = other.ID
		if err := cs.UpdateCommentState(ctx, &got); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("cross-brand update: %v", err)
		}
		if _, err := cs.AddComment(ctx, &store.Comment{BrandID: b.ID, ExternalID: "", Text: "x", Label: "other"}); !errors.Is(err, store.ErrInvalid) {
			t.Fatalf("empty id: %v", err)
		}
		if _, err := cs.AddComment(ctx, &store.Comment{BrandID: b.ID, ExternalID: "k", Text: "x", Label: "other", Kind: "tweet"}); !errors.Is(err, store.ErrInvalid) {
			t.Fatalf("bad kind: %v", err)
		}
		// A transaction rolled back keeps nothing.
		boom := errors.New("boom")
		err = s.InTx(ctx, func(tx store.Store) error {
			c := store.Comment{BrandID: b.ID, ExternalID: "tx-1", Text: "x", Label: "other"}
			if _, err := tx.(store.CommentStore).AddComment(ctx, &c); err != nil {
				return err
			}
			return boom
		})
		if !errors.Is(err, boom) {
			t.Fatal(err)
		}
		if n, _ := cs.CountComments(ctx, b.ID, store.CommentFilter{}); n != 2 {
			t.Fatalf("after rollback %d comments, want 2", n)
		}
	})
}
