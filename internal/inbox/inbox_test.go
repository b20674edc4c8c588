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

func TestEncodeDecode(t *testing.T) {
	at := time.Date(2026, 11, 28, 10, 0, 0, 0, time.UTC)
	in := []Comment{{BrandID: 3, ID: "a", Network: "x", Author: "Marie", Handle: "@marie", Text: "Bonjour\nà tous", Kind: "dm", ReceivedAt: at},
		{BrandID: 4, ID: "b", Text: "hello"}}
	data, id, err := Encode(in)
	if err != nil {
		t.Fatal(err)
	}
	_, id2, _ := Encode(in[:1])
	if id == id2 || !strings.HasPrefix(id, "comments-") {
		t.Errorf("message ids %q and %q", id, id2)
	}
	data = append(data, []byte("not json\n{\"brand_id\":1,\"id\":\"\",\"text\":\"no id\"}\n\n")...)
	var out []Comment
	if bad := Decode(data, func(c Comment) { out = append(out, c) }); bad != 2 {
		t.Errorf("%d bad lines, want 2", bad)
	}
	if len(out) != 2 || out[0] != in[0] || out[1] != in[1] {
		t.Fatalf("decoded %+v", out)
	}
}

func TestStore(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "vigie.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
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
	now := time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC)
	rows := []Comment{{ID: "h", Network: "X", Text: "Les musulmans sont des cafards."}, {ID: "q", Text: "Vous livrez le dimanche ?"}}
	var audited []string
	audit := func(_ store.Store, action string, cm store.Comment, reason string) error {
		if cm.ID == 0 || reason == "" {
			t.Errorf("audit of %+v with reason %q", cm, reason)
		}
		audited = append(audited, cm.ExternalID)
		return nil
	}
	res, err := Store(ctx, st, cl, b.ID, rows, now, audit)
	if err != nil {
		t.Fatal(err)
	}
	if res.Added != 2 || res.Duplicates != 0 || len(res.Stored) != 2 || len(audited) != 1 || audited[0] != "h" {
		t.Fatalf("first store: %+v, audited %v", res, audited)
	}
	h := res.Stored[0]
	if !h.Hidden || h.HiddenBy != "auto" || h.Network != "x" || !h.ReceivedAt.Equal(now) || h.Label == "" {
		t.Errorf("hateful comment stored as %+v", h)
	}
	if q := res.Stored[1]; q.Hidden || q.Lang != "fr" {
		t.Errorf("question stored as %+v", q)
	}
	again, err := Store(ctx, st, cl, b.ID, rows, now, audit)
	if err != nil || again.Added != 0 || again.Duplicates != 2 || len(audited) != 1 || again.Stored[0].ID != h.ID {
		t.Fatalf("replay: %+v, %v, audited %v", again, err, audited)
	}
	if m := Mention(h); m.ID != Mention(again.Stored[0]).ID || m.Validate() != nil || m.Text != h.Text {
		t.Errorf("mention %+v", m)
	}
}

// FuzzDecode: whatever a connector publishes, Decode neither panics nor
// hands over a comment the worker cannot route.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"brand_id":1,"id":"a","text":"hi"}` + "\n"))
	f.Add([]byte("{\"brand_id\":-1}\n\x00garbage"))
	f.Fuzz(func(t *testing.T, data []byte) {
		Decode(data, func(c Comment) {
			if c.BrandID <= 0 || c.ID == "" {
				t.Fatalf("decoded an unroutable comment %+v", c)
			}
		})
	})
}
