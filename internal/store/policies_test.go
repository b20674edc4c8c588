package store_test

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/store"
	"github.com/vigie-cm/vigie/internal/store/storetest"
)

func TestModerationPolicies(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s store.Store) {
		ps, ok := s.(store.PolicyStore)
		if !ok {
			t.Fatalf("%T keeps no policies", s)
		}
		_, b := fixture(t, s)
		u := brand.User{Email: "manager@example.org", Name: "Maud"}
		if err := s.CreateUser(ctx, &u); err != nil {
			t.Fatal(err)
		}
		if _, err := ps.GetModerationPolicy(ctx, b.ID); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("no policy yet: %v", err)
		}
		p := store.ModerationPolicy{BrandID: b.ID, Hide: []string{"scam", "hate", "toxic", "hate"}, HideMin: 0.7, HideThreats: true,
			SpamHideMin: 0.95, Flag: []string{"spam", "complaint"}, Escalate: false, SLAHours: 2, RepeatHidden: 3, RepeatDays: 14,
			RepeatAction: "hide", UpdatedBy: &u.ID, UpdatedAt: time.Date(2026, 11, 29, 10, 0, 0, 0, time.UTC)}
		if err := ps.SaveModerationPolicy(ctx, &p); err != nil {
			t.Fatal(err)
		}
		got, err := ps.GetModerationPolicy(ctx, b.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got.Hide, []string{"hate", "scam", "toxic"}) || !slices.Equal(got.Flag, []string{"complaint", "spam"}) ||
			got.HideMin != 0.7 || got.SpamHideMin != 0.95 || !got.HideThreats || got.Escalate || got.SLAHours != 2 ||
			got.RepeatHidden != 3 || got.RepeatDays != 14 || got.RepeatAction != "hide" || got.UpdatedBy == nil ||
			*got.UpdatedBy != u.ID || !got.UpdatedAt.Equal(p.UpdatedAt) {
			t.Fatalf("read back %+v", got)
		}
		// Replacing keeps one row; an empty hide list hides nothing.
		p.Hide, p.Escalate, p.UpdatedBy = nil, true, nil
		if err := ps.SaveModerationPolicy(ctx, &p); err != nil {
			t.Fatal(err)
		}
		if got, err = ps.GetModerationPolicy(ctx, b.ID); err != nil || len(got.Hide) != 0 || !got.Escalate || got.UpdatedBy != nil {
			t.Fatalf("replaced: %+v %v", got, err)
		}
		// Complaints (criticism) can never be configured to auto-hide, and
		// every bad field is named; nothing stored changes.
		for field, bad := range map[string]func(*store.ModerationPolicy){
			`hide: label "complaint"`: func(p *store.ModerationPolicy) { p.Hide = []string{"hate", "complaint"} },
			`hide: label "praise"`:    func(p *store.ModerationPolicy) { p.Hide = []string{"praise"} },
			`flag: unknown label`:     func(p *store.ModerationPolicy) { p.Flag = []string{"nasty"} },
			"hide_min":                func(p *store.ModerationPolicy) { p.HideMin = 0 },
			"spam_hide_min":           func(p *store.ModerationPolicy) { p.SpamHideMin = 1.5 },
			"sla_hours":               func(p *store.ModerationPolicy) { p.SLAHours = 0 },
			"repeat_hidden":           func(p *store.ModerationPolicy) { p.RepeatHidden = -1 },
			"repeat_days":             func(p *store.ModerationPolicy) { p.RepeatDays = 0 },
			"repeat_action":           func(p *store.ModerationPolicy) { p.RepeatAction = "ban" },
		} {
			q := p
			bad(&q)
			err := ps.SaveModerationPolicy(ctx, &q)
			if !errors.Is(err, store.ErrInvalid) || !strings.Contains(err.Error(), field) {
				t.Errorf("%s: %v", field, err)
			}
		}
		if got, err = ps.GetModerationPolicy(ctx, b.ID); err != nil || len(got.Hide) != 0 || got.HideMin != 0.7 {
			t.Fatalf("after refusals: %+v %v", got, err)
		}
		// A rolled-back save leaves the stored policy.
		boom := errors.New("boom")
		err = s.InTx(ctx, func(tx store.Store) error {
			q := p
			q.SLAHours = 48
			if err := tx.(store.PolicyStore).SaveModerationPolicy(ctx, &q); err != nil {
				return err
			}
			return boom
		})
		if !errors.Is(err, boom) {
			t.Fatal(err)
		}
		if got, _ = ps.GetModerationPolicy(ctx, b.ID); got.SLAHours != 2 {
			t.Fatalf("rollback kept SLA %d", got.SLAHours)
		}
		if err := ps.DeleteModerationPolicy(ctx, b.ID); err != nil {
			t.Fatal(err)
		}
		if err := ps.DeleteModerationPolicy(ctx, b.ID); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("second delete: %v", err)
		}
	})
}

func TestCommentAuthors(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s store.Store) {
		as, ok := s.(store.AuthorStore)
		if !ok {
			t.Fatalf("%T keeps no authors", s)
		}
		cs := s.(store.CommentStore)
		_, b := fixture(t, s)
		u := brand.User{Email: "rev@example.org", Name: "Rémi"}
		if err := s.CreateUser(ctx, &u); err != nil {
			t.Fatal(err)
		}
		t0 := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
		// Out-of-order arrivals widen first and last seen both ways.
		for i, at := range []time.Time{t0, t0.Add(-48 * time.Hour), t0.Add(24 * time.Hour)} {
			if err := as.RecordAuthorComment(ctx, b.ID, "instagram", "@troll", "Le Troll", at, i != 1, i == 0); err != nil {
				t.Fatal(err)
			}
		}
		a, err := as.GetAuthor(ctx, b.ID, "instagram", "@troll")
		if err != nil {
			t.Fatal(err)
		}
		if a.Comments != 3 || a.Hidden != 2 || a.Hostile != 1 || a.Name != "Le Troll" || !a.FirstSeen.Equal(t0.Add(-48*time.Hour)) ||
			!a.LastSeen.Equal(t0.Add(24*time.Hour)) || a.Flag != "" || a.FlagAt != nil {
			t.Fatalf("author = %+v", a)
		}
		if _, err := as.GetAuthor(ctx, b.ID, "facebook", "@troll"); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("same handle on another network: %v", err)
		}
		// A human unhide and hide move the count, never below zero.
		for _, d := range []int{-1, -5, 1} {
			if err := as.AddAuthorHidden(ctx, b.ID, "instagram", "@troll", d); err != nil {
				t.Fatal(err)
			}
		}
		if a, _ = as.GetAuthor(ctx, b.ID, "instagram", "@troll"); a.Hidden != 1 {
			t.Fatalf("hidden after moves = %d", a.Hidden)
		}
		if err := as.AddAuthorHidden(ctx, b.ID, "instagram", "@nobody", 1); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("unknown author: %v", err)
		}
		// Flags: on an author never seen (created), then cleared; a bad flag
		// is refused.
		at := t0.Add(time.Hour)
		vip := store.CommentAuthor{BrandID: b.ID, Network: "instagram", Author: "@star", Name: "Star", Flag: "vip", FlagBy: &u.ID, FlagAt: &at}
		if err := as.SetAuthorFlag(ctx, &vip); err != nil {
			t.Fatal(err)
		}
		if err := as.SetAuthorFlag(ctx, &store.CommentAuthor{BrandID: b.ID, Network: "instagram", Author: "@star", Flag: "king"}); !errors.Is(err, store.ErrInvalid) {
			t.Fatalf("bad flag: %v", err)
		}
		got, err := as.AuthorsOf(ctx, b.ID, []store.AuthorRef{{"instagram", "@star"}, {"instagram", "@troll"}, {"x", "@ghost"}})
		if err != nil || len(got) != 2 {
			t.Fatalf("authors of = %+v %v", got, err)
		}
		star := got[store.AuthorRef{Network: "instagram", Author: "@star"}]
		if star.Flag != "vip" || star.FlagBy == nil || *star.FlagBy != u.ID || star.FlagAt == nil || !star.FlagAt.Equal(at) || star.Comments != 0 {
			t.Fatalf("vip = %+v", star)
		}
		// The window count reads the comments: hidden now, in the window,
		// by handle (or by name when there is no handle).
		for i, c := range []store.Comment{
			{ExternalID: "1", AuthorHandle: "@troll", ReceivedAt: t0, Hidden: true},
			{ExternalID: "2", AuthorHandle: "@troll", ReceivedAt: t0.Add(-40 * 24 * time.Hour), Hidden: true},
			{ExternalID: "3", AuthorHandle: "@troll", ReceivedAt: t0, Hidden: false},
			{ExternalID: "4", Author: "@troll", ReceivedAt: t0, Hidden: true},
			{ExternalID: "5", Author: "@troll", AuthorHandle: "@other", ReceivedAt: t0, Hidden: true},
		} {
			c.BrandID, c.Network, c.Text, c.Label = b.ID, "instagram", "x", "toxic"
			if _, err := cs.AddComment(ctx, &c); err != nil {
				t.Fatal(i, err)
			}
		}
		n, err := as.CountAuthorHidden(ctx, b.ID, "instagram", "@troll", t0.Add(-30*24*time.Hour))
		if err != nil || n != 2 {
			t.Fatalf("hidden in window = %d %v, want 2", n, err)
		}
		ts, err := as.AuthorHiddenTimes(ctx, b.ID, "instagram", "@troll", t0.Add(-50*24*time.Hour))
		if err != nil || len(ts) != 3 {
			t.Fatalf("hidden times = %v %v, want 3", ts, err)
		}
		for _, at := range ts {
			if !at.Equal(t0) && !at.Equal(t0.Add(-40*24*time.Hour)) {
				t.Errorf("hidden time %v", at)
			}
		}
		// And the comments filter by the same key.
		if l, err := cs.ListComments(ctx, b.ID, store.CommentFilter{Author: "@troll"}); err != nil || len(l) != 4 {
			t.Fatalf("comments of @troll = %d %v", len(l), err)
		}
	})
}

func TestCommentsVIPFirstAndDecision(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s store.Store) {
		cs, as := s.(store.CommentStore), s.(store.AuthorStore)
		_, b := fixture(t, s)
		t0 := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
		for i, h := range []string{"@a", "@star", "@b"} {
			c := store.Comment{BrandID: b.ID, Network: "x", ExternalID: h, AuthorHandle: h, Text: "t", Label: "hate",
				ReceivedAt: t0.Add(time.Duration(i) * time.Hour), Action: "flag", Reason: "VIP author: " + strings.Repeat("é", 1500)}
			if _, err := cs.AddComment(ctx, &c); err != nil {
				t.Fatal(err)
			}
		}
		if err := as.SetAuthorFlag(ctx, &store.CommentAuthor{BrandID: b.ID, Network: "x", Author: "@star", Flag: "vip"}); err != nil {
			t.Fatal(err)
		}
		l, err := cs.ListComments(ctx, b.ID, store.CommentFilter{VIPFirst: true})
		if err != nil || len(l) != 3 || l[0].AuthorHandle != "@star" || l[1].AuthorHandle != "@b" {
			t.Fatalf("vip first: %+v %v", l, err)
		}
		if l, _ := cs.ListComments(ctx, b.ID, store.CommentFilter{}); l[0].AuthorHandle != "@b" {
			t.Fatalf("newest first without VIPFirst: %s", l[0].AuthorHandle)
		}
		c := l[0]
		if c.Action != "flag" || len(c.Reason) > 2000 || !strings.HasPrefix(c.Reason, "VIP author: éé") || !utf8Valid(c.Reason) {
			t.Fatalf("decision kept: %q (%d bytes)", c.Action, len(c.Reason))
		}
		if n, err := cs.CountComments(ctx, b.ID, store.CommentFilter{Action: "flag"}); err != nil || n != 3 {
			t.Fatalf("flagged = %d %v", n, err)
		}
	})
}

func utf8Valid(s string) bool { return utf8.ValidString(s) }
