package radar

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func collect(t *testing.T, in string, opt ImportOptions) ([]Mention, []LineError) {
	t.Helper()
	var got []Mention
	_, bad, err := Import(strings.NewReader(in), opt, func(m Mention) error { got = append(got, m); return nil })
	if err != nil {
		t.Fatal(err)
	}
	return got, bad
}

func TestImportJSONL(t *testing.T) {
	in := `{"id":"a1","network":"Bluesky","author":"@ana","text":"J'adore #Fournil30ans","timestamp":"2026-03-01T10:00:00+01:00","reach":1200,"lang":"FR"}
not json
{"id":"a2","text":"sans date"}

{"uri":"at://x/1","record":{"text":"nested","createdAt":"2026-03-01T09:30:00Z"},"author":{"handle":"bob.bsky.social"},"followers":"3,4k"}
{"text":"epoch ms","timestamp":1772355600000}
`
	got, bad := collect(t, in, ImportOptions{Mapping: map[string]string{"author": "author.handle"}, Network: "bluesky"})
	if len(got) != 3 {
		t.Fatalf("got %d mentions: %+v", len(got), got)
	}
	a := got[0]
	if a.ID != "a1" || a.Network != "bluesky" || a.Reach != 1200 || a.Lang != "fr" || !a.Time.Equal(time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)) {
		t.Errorf("first: %+v", a)
	}
	b := got[1]
	if b.ID != "at://x/1" || b.Text != "nested" || b.Author != "bob.bsky.social" || b.Reach != 3400 || b.Network != "bluesky" {
		t.Errorf("nested: %+v", b)
	}
	if c := got[2]; !c.Time.Equal(time.UnixMilli(1772355600000)) || !strings.HasPrefix(c.ID, "sha256:") {
		t.Errorf("epoch: %+v", c)
	}
	if len(bad) != 2 || bad[0].Line != 2 || bad[1].Line != 3 || !strings.Contains(bad[1].Err, "timestamp") {
		t.Errorf("bad lines: %+v", bad)
	}
}

func TestImportCSVWithMapping(t *testing.T) {
	in := "\ufeffDate;Auteur;Contenu;Abonnés;Lien\n" +
		"01/03/2026 10:05;ana;\"Super; vraiment\";1 234;https://x/1\n" +
		"pas une date;bob;texte;5;\n" +
		"2026-03-01 11:00;carl;encore;12,5k;\n"
	opt := ImportOptions{Network: "x", Mapping: map[string]string{"timestamp": "Date", "author": "Auteur", "text": "Contenu", "reach": "Abonnés", "url": "Lien"}}
	got, bad := collect(t, in, opt)
	if len(got) != 2 || len(bad) != 1 || bad[0].Line != 3 {
		t.Fatalf("got %+v, bad %+v", got, bad)
	}
	if got[0].Text != "Super; vraiment" || got[0].Reach != 1234 || got[0].URL != "https://x/1" || got[0].Time.Hour() != 10 {
		t.Errorf("row 1: %+v", got[0])
	}
	if got[1].Reach != 12500 {
		t.Errorf("row 3 reach %d", got[1].Reach)
	}
	// Same content, same derived id: re-importing deduplicates.
	again, _ := collect(t, in, opt)
	if again[1].ID != got[1].ID {
		t.Errorf("derived ids differ across imports")
	}
}

func TestImportCSVAliasesAndErrors(t *testing.T) {
	got, _ := collect(t, "created_at,username,content,followers\n2026-03-01T10:00:00Z,ana,hello,10\n", ImportOptions{})
	if len(got) != 1 || got[0].Author != "ana" || got[0].Text != "hello" || got[0].Reach != 10 {
		t.Fatalf("aliases: %+v", got)
	}
	_, _, err := Import(strings.NewReader("a,b\n1,2\n"), ImportOptions{Format: "csv"}, func(Mention) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "no text column") {
		t.Errorf("missing text column: %v", err)
	}
	_, _, err = Import(strings.NewReader("text\nx\n"), ImportOptions{Mapping: map[string]string{"text": "body"}}, func(Mention) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "text=body") {
		t.Errorf("mapped column absent: %v", err)
	}
	if _, err := ParseMapping("text=content,bogus=x"); err == nil {
		t.Errorf("unknown field accepted")
	}
	stop := errors.New("stop")
	n, _, err := Import(strings.NewReader("{\"text\":\"a\",\"date\":\"2026-03-01\"}\n{\"text\":\"b\",\"date\":\"2026-03-01\"}\n"), ImportOptions{}, func(Mention) error { return stop })
	if !errors.Is(err, stop) || n != 0 {
		t.Errorf("sink error: n %d err %v", n, err)
	}
}

// Exports come from anywhere: the importer must not panic and must yield
// only mentions that pass Validate.
func FuzzImport(f *testing.F) {
	f.Add("{\"text\":\"a\",\"timestamp\":\"2026-03-01T10:00:00Z\",\"reach\":\"1k\"}\n", "")
	f.Add("date;text;reach\n01/03/2026 10:00;a;3\n", "")
	f.Add("t,c\n1772355600,hello\n", "timestamp=t,text=c")
	f.Fuzz(func(t *testing.T, in, mapping string) {
		m, err := ParseMapping(mapping)
		if err != nil {
			return
		}
		_, _, _ = Import(strings.NewReader(in), ImportOptions{Mapping: m}, func(x Mention) error {
			if err := x.Validate(); err != nil || x.ID == "" {
				t.Fatalf("invalid mention yielded: %+v (%v)", x, err)
			}
			return nil
		})
	})
}
