package brandfile

import (
	"context"
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/store"
	"github.com/vigie-cm/vigie/internal/store/storetest"
)

func readExample(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// strip drops the parse bookkeeping so documents compare by content.
func strip(d *Doc) Doc {
	c := *d
	c.file, c.lines = "", nil
	return c
}

func TestParseExample(t *testing.T) {
	d, err := Parse("example.yaml", readExample(t), YAML)
	if err != nil {
		t.Fatal(err)
	}
	if d.Brand.Name != "Boulangerie Lumière" || d.Brand.Slug != "lumiere" || !reflect.DeepEqual(d.Brand.Languages, []string{"fr", "en"}) {
		t.Fatalf("brand: %+v", d.Brand)
	}
	if !strings.Contains(d.Brand.Voice, "On tutoie") || len(d.Brand.WordsAvoid) != 2 {
		t.Fatalf("voice/words: %+v", d.Brand)
	}
	if len(d.Accounts) != 2 || d.Accounts[0].Network != brand.NetworkInstagram || d.Accounts[0].Handle != "@boulangerie.lumiere" {
		t.Fatalf("accounts: %+v", d.Accounts)
	}
	if len(d.Facts) != 4 {
		t.Fatalf("%d facts", len(d.Facts))
	}
	f := d.Facts[0]
	if f.Kind != brand.KindDate || f.Value != "2026-09-12" || f.ValidFrom.Format(time.RFC3339) != "2026-06-01T00:00:00Z" {
		t.Fatalf("fact 0: %+v", f)
	}
	// A bare end date covers the whole day.
	if f.ValidUntil.Format(time.RFC3339) != "2026-09-12T23:59:59Z" || !f.Active(time.Date(2026, 9, 12, 18, 0, 0, 0, time.UTC)) {
		t.Fatalf("valid_until: %v", f.ValidUntil)
	}
	if !reflect.DeepEqual(f.Tags, []string{"anniversaire", "événement"}) {
		t.Fatalf("tags: %q", f.Tags)
	}
	if d.Facts[1].Value != "1.30" || d.Facts[1].Unit != "EUR" {
		t.Fatalf("price: %+v", d.Facts[1])
	}
	if e := d.Facts[2].ExpiredAt; e == nil || e.Format(time.RFC3339) != "2026-09-01T06:00:00Z" {
		t.Fatalf("expired_at: %v", e)
	}
	br := d.Briefs[0]
	if br.Key != "fete-30-ans" || !reflect.DeepEqual(br.FactKeys, []string{"anniversaire-date", "invitee"}) ||
		!reflect.DeepEqual(br.Networks, []brand.Network{brand.NetworkInstagram, brand.NetworkFacebook}) || len(br.KeyMessages) != 2 {
		t.Fatalf("brief: %+v", br)
	}
	if len(d.FAQ) != 1 || d.FAQ[0].Lang != "fr" {
		t.Fatalf("faq: %+v", d.FAQ)
	}
	if p := d.Posts[0]; p.PublishedAt.Format(time.RFC3339) != "2026-05-02T05:30:00Z" || p.Network != brand.NetworkInstagram {
		t.Fatalf("post: %+v", p)
	}
}

func TestRoundTrip(t *testing.T) {
	orig, err := Parse("example.yaml", readExample(t), YAML)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []Format{YAML, JSON} {
		out, err := Encode(orig, f)
		if err != nil {
			t.Fatal(err)
		}
		back, err := Parse("out."+string(f), out, f)
		if err != nil {
			t.Fatalf("%s: re-parse: %v\n%s", f, err, out)
		}
		if !reflect.DeepEqual(strip(orig), strip(back)) {
			t.Fatalf("%s round trip differs:\n%+v\n%+v\n%s", f, strip(orig), strip(back), out)
		}
	}
	out, err := Encode(orig, CSV)
	if err != nil {
		t.Fatal(err)
	}
	back, err := ParseFactsCSV("facts.csv", out)
	if err != nil {
		t.Fatalf("csv re-parse: %v\n%s", err, out)
	}
	if !reflect.DeepEqual(orig.Facts, back.Facts) {
		t.Fatalf("csv round trip differs:\n%+v\n%+v", orig.Facts, back.Facts)
	}
}

func TestParseErrors(t *testing.T) {
	cases := []struct {
		name   string
		format Format
		in     string
		want   []string // substrings of the error, in order of appearance
	}{
		{"unknown kind", YAML, "name: B\nfacts:\n  - key: k\n    text: t\n    kind: colour\n",
			[]string{"f.yaml:5: facts[0].kind: unknown kind \"colour\""}},
		{"bad date", YAML, "name: B\nfacts:\n  - key: k\n    text: t\n    valid_from: 12/09/2026\n",
			[]string{"f.yaml:5: facts[0].valid_from: bad date \"12/09/2026\""}},
		{"duplicate fact key", YAML, "name: B\nfacts:\n  - key: k\n    text: t\n  - key: k\n    text: u\n",
			[]string{"f.yaml:5: facts[1].key: duplicate key \"k\" (first at line 3)"}},
		{"unknown field", YAML, "name: B\ncolour: red\n", []string{"f.yaml:2: colour: unknown field"}},
		{"duplicate field", YAML, "name: B\nname: C\n", []string{"f.yaml:2: field \"name\" appears twice (first at line 1)"}},
		{"missing name", YAML, "slug: b\n", []string{"name: missing"}},
		{"price not a number", YAML, "name: B\nfacts:\n  - key: p\n    text: t\n    kind: price\n    value: douze\n",
			[]string{"f.yaml:6: facts[0].value: \"douze\" is not a number"}},
		{"key with spaces", YAML, "name: B\nfacts:\n  - key: prix baguette\n    text: t\n", []string{"f.yaml:3: facts[0].key: key \"prix baguette\""}},
		{"unknown network", YAML, "name: B\naccounts:\n  - network: myspace\n    handle: x\n", []string{"f.yaml:3: accounts[0].network: unknown network \"myspace\""}},
		{"list expected", YAML, "name: B\nfacts: {key: k}\n", []string{"f.yaml:2: facts: want a list, got a mapping"}},
		// The YAML library reports the line where the broken block starts.
		{"yaml syntax", YAML, "name: B\nfacts:\n  - key: k\n   text: t\n", []string{"f.yaml:2: YAML syntax: did not find expected '-' indicator"}},
		{"yaml tab", YAML, "name: B\nvoice:\n\t- x\n", []string{"f.yaml:3: YAML syntax"}},
		{"inverted validity", YAML, "name: B\nfacts:\n  - key: k\n    text: t\n    valid_from: 2026-09-01\n    valid_until: 2026-08-01\n",
			[]string{"f.yaml:6: facts[0].valid_until: ends"}},
		{"bad version", YAML, "version: 2\nname: B\n", []string{"f.yaml:1: version: unsupported version \"2\""}},
		{"several errors", YAML, "name: B\nfacts:\n  - key: a\n    text: t\n    kind: x\n  - key: b\n    kind: date\n    value: soon\n    text: u\n",
			[]string{"f.yaml:5: facts[0].kind", "f.yaml:8: facts[1].value"}},
		{"json syntax", JSON, "{\n  \"name\": \"B\",\n  \"facts\": [\n    {\"key\": \"k\" \"text\": \"t\"}\n  ]\n}\n",
			[]string{"f.json:4: JSON syntax"}},
		{"json unknown kind", JSON, "{\n  \"name\": \"B\",\n  \"facts\": [\n    {\"key\": \"k\", \"text\": \"t\"},\n    {\"key\": \"j\",\n     \"text\": \"t\",\n     \"kind\": \"colour\"}\n  ]\n}\n",
			[]string{"f.json:7: facts[1].kind: unknown kind \"colour\""}},
		{"json truncated", JSON, "{\"name\": \"B\",\n\"facts\": [\n", []string{"f.json:3: JSON syntax: unexpected end of file"}},
		{"json duplicate field", JSON, "{\"name\": \"B\",\n \"name\": \"C\"}", []string{"f.json:2: field \"name\" appears twice"}},
		{"json trailing data", JSON, "{\"name\": \"B\"}\n{}", []string{"f.json:2: JSON: data after"}},
		{"csv bad date", CSV, "key,text,valid_until\na,Fact A,2026-01-01\nb,Fact B,31/12/2026\n",
			[]string{"f.csv:3: row 2.valid_until: bad date \"31/12/2026\""}},
		{"csv unknown column", CSV, "key,text,colour\n", []string{"f.csv:1: column 3: unknown column \"colour\""}},
		{"csv missing text column", CSV, "key,value\n", []string{"f.csv:1: missing column \"text\""}},
		{"csv cell count", CSV, "key,text\na,b,c\n", []string{"f.csv:2: CSV: wrong number of cells"}},
		{"csv duplicate key", CSV, "key,text\na,x\nb,y\na,z\n", []string{"f.csv:4: row 3.key: duplicate key \"a\" (first at line 2)"}},
		{"csv unknown kind", CSV, "key;text;kind\na;x;colour\n", []string{"f.csv:2: row 1.kind: unknown kind \"colour\""}},
		{"csv quote", CSV, "key,text\na,\"unterminated\n", []string{"f.csv:2", "CSV:"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse("f."+string(c.format), []byte(c.in), c.format)
			if err == nil {
				t.Fatal("no error")
			}
			var el ErrorList
			if !errors.As(err, &el) {
				t.Fatalf("error is %T, want ErrorList", err)
			}
			msg := err.Error()
			pos := 0
			for _, w := range c.want {
				i := strings.Index(msg[pos:], w)
				if i < 0 {
					t.Fatalf("error %q does not contain %q (after offset %d)", msg, w, pos)
				}
				pos += i + len(w)
			}
		})
	}
}

func TestByteOrderMark(t *testing.T) {
	for _, f := range []Format{YAML, JSON} {
		in := "name: B\n"
		if f == JSON {
			in = `{"name": "B"}`
		}
		if _, err := Parse("bom", []byte("\xef\xbb\xbf"+in), f); err != nil {
			t.Errorf("%s with a byte-order mark: %v", f, err)
		}
	}
}

func TestCSVFacts(t *testing.T) {
	in := "\xef\xbb\xbfKey;Text;Kind;Value;Unit;Tags;valid_from\n" +
		"prix-cafe;Le café coûte 1,20 €.;price;1,20;EUR;boissons|prix;\n" +
		"\"ouverture\";\"Ouvert du mardi au dimanche; fermé le lundi.\";other;;;horaires;2026-01-01\n"
	d, err := ParseFactsCSV("facts.csv", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Facts) != 2 || !d.FactsOnly {
		t.Fatalf("%+v", d)
	}
	if f := d.Facts[0]; f.Value != "1,20" || f.Kind != brand.KindPrice || !reflect.DeepEqual(f.Tags, []string{"boissons", "prix"}) || f.ValidFrom != nil {
		t.Fatalf("row 1: %+v", f)
	}
	if f := d.Facts[1]; f.Text != "Ouvert du mardi au dimanche; fermé le lundi." || f.ValidFrom == nil {
		t.Fatalf("row 2: %+v", f)
	}
}

func TestParseNumber(t *testing.T) {
	for in, want := range map[string]float64{"12.90": 12.9, "12,90": 12.9, "27 400": 27400, "1,234.5": 1234.5, "-15": -15, "3\u202f000": 3000} {
		if got, ok := ParseNumber(in); !ok || got != want {
			t.Errorf("%q: %v %v, want %v", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "douze", "0x10", "NaN", "Inf", "1,2,3", "12 €"} {
		if _, ok := ParseNumber(in); ok {
			t.Errorf("%q accepted", in)
		}
	}
}

func TestSlugify(t *testing.T) {
	for in, want := range map[string]string{"Boulangerie Lumière": "boulangerie-lumiere", "  Œuvres & Cie!! ": "oeuvres-cie", "Vélo—Vert 2026": "velo-vert-2026"} {
		if got := Slugify(in); got != want {
			t.Errorf("Slugify(%q) = %q, want %q", in, got, want)
		}
	}
}

var ctx = context.Background()

func workspace(t *testing.T, s store.Store) brand.Workspace {
	t.Helper()
	w := brand.Workspace{Name: "Agence", Slug: "agence"}
	if err := s.CreateWorkspace(ctx, &w); err != nil {
		t.Fatal(err)
	}
	return w
}

func TestImportExport(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s store.Store) {
		w := workspace(t, s)
		d, err := Parse("example.yaml", readExample(t), YAML)
		if err != nil {
			t.Fatal(err)
		}
		want := Counts{Accounts: 2, Facts: 4, Briefs: 1, FAQ: 1, Posts: 1}
		// A dry run reports the changes and stores nothing.
		res, err := Import(ctx, s, d, Options{WorkspaceID: w.ID, DryRun: true})
		if err != nil || !res.BrandCreated || res.Created != want {
			t.Fatalf("dry run: %+v %v", res, err)
		}
		if _, err := s.GetBrandBySlug(ctx, w.ID, "lumiere"); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("dry run stored the brand: %v", err)
		}
		res, err = Import(ctx, s, d, Options{WorkspaceID: w.ID, Actor: "cli"})
		if err != nil {
			t.Fatal(err)
		}
		if !res.BrandCreated || res.Created != want {
			t.Fatalf("first import: %+v", res)
		}
		out, err := Export(ctx, s, w.ID, "lumiere")
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(strip(d), strip(out)) {
			t.Fatalf("export differs from the imported file:\n%+v\n%+v", strip(d), strip(out))
		}
		// Importing the same file again changes nothing.
		res, err = Import(ctx, s, d, Options{WorkspaceID: w.ID})
		if err != nil {
			t.Fatal(err)
		}
		if res.BrandCreated || res.BrandUpdated || res.Created != (Counts{}) || res.Updated != (Counts{}) || res.Unchanged != want {
			t.Fatalf("re-import: %+v", res)
		}

		// An update by key: one fact changed, one added; facts absent from
		// the file stay; a brief's reference to a stored fact is fine.
		upd := "name: Boulangerie Lumière\nslug: lumiere\nfacts:\n" +
			"  - key: prix-baguette\n    text: La baguette tradition coûte 1,40 €.\n    kind: price\n    value: \"1.40\"\n    unit: EUR\n    lang: fr\n" +
			"  - key: horaires\n    text: Ouvert 7h-20h.\n" +
			"briefs:\n  - key: rentree\n    title: Rentrée\n    facts: [prix-baguette, invitee]\n"
		d2, err := Parse("update.yaml", []byte(upd), YAML)
		if err != nil {
			t.Fatal(err)
		}
		res, err = Import(ctx, s, d2, Options{WorkspaceID: w.ID})
		if err != nil {
			t.Fatal(err)
		}
		if res.Updated.Facts != 1 || res.Created.Facts != 1 || res.Created.Briefs != 1 || res.BrandUpdated {
			t.Fatalf("update import: %+v", res)
		}
		b, _ := s.GetBrandBySlug(ctx, w.ID, "lumiere")
		facts, _ := s.ListFacts(ctx, b.ID, store.FactFilter{IncludeExpired: true})
		if len(facts) != 5 {
			t.Fatalf("%d facts after update, want 5", len(facts))
		}
		p, _ := s.GetFactByKey(ctx, b.ID, "prix-baguette")
		if p.Value != "1.40" {
			t.Fatalf("price not updated: %+v", p)
		}
		// The expired fact stays expired although the update did not mention it.
		if o, _ := s.GetFactByKey(ctx, b.ID, "offre-ete"); o.ExpiredAt == nil {
			t.Fatal("expiry lost")
		}
		log, _ := s.ListAudit(ctx, w.ID, 100, 0)
		var actions []string
		for _, e := range log {
			actions = append(actions, e.Action)
		}
		if got := strings.Join(actions, ","); got != "brand.import,fact.update,brand.import,brand.import,brand.create" {
			t.Fatalf("audit actions (newest first): %s", got)
		}
		if !strings.Contains(log[1].Before, `"value":"1.30"`) || !strings.Contains(log[1].After, `"value":"1.40"`) {
			t.Fatalf("fact.update audit: before %s after %s", log[1].Before, log[1].After)
		}
		if !strings.Contains(log[0].After, `"file":"update.yaml"`) || !strings.Contains(log[0].After, `"created_fact_keys":["horaires"]`) {
			t.Fatalf("import summary: %s", log[0].After)
		}
	})
}

func TestImportIsAtomic(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s store.Store) {
		w := workspace(t, s)
		// A brief naming a fact that exists nowhere: nothing is stored.
		bad := "name: Vélo Vert\nfacts:\n  - key: a\n    text: A\nbriefs:\n  - key: b\n    title: B\n    facts:\n      - a\n      - missing-fact\n"
		d, err := Parse("bad.yaml", []byte(bad), YAML)
		if err != nil {
			t.Fatal(err)
		}
		_, err = Import(ctx, s, d, Options{WorkspaceID: w.ID})
		if err == nil || !strings.Contains(err.Error(), `bad.yaml:10: briefs[0].facts[1]: brief "b" references fact "missing-fact"`) {
			t.Fatalf("missing reference: %v", err)
		}
		if _, err := s.GetBrandBySlug(ctx, w.ID, "velo-vert"); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("brand created by a failed import: %v", err)
		}
		// A failure late in the import (the store refuses the last FAQ
		// entry) undoes the brand, facts and briefs written before it.
		d2 := &Doc{Brand: brand.Brand{Name: "Vélo Vert"},
			Facts:  []brand.Fact{{Key: "a", Text: "A"}, {Key: "b", Text: "B"}},
			Briefs: []brand.Brief{{Key: "x", Title: "X", FactKeys: []string{"a"}}},
			FAQ:    []brand.FAQEntry{{Question: "Q?", Answer: "A."}, {Question: "Sans réponse ?"}}}
		if _, err := Import(ctx, s, d2, Options{WorkspaceID: w.ID}); !errors.Is(err, store.ErrInvalid) {
			t.Fatalf("late failure: %v", err)
		}
		if _, err := s.GetBrandBySlug(ctx, w.ID, "velo-vert"); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("brand survived a failed import: %v", err)
		}
		if log, _ := s.ListAudit(ctx, w.ID, 10, 0); len(log) != 0 {
			t.Fatalf("audit entries survived a failed import: %+v", log)
		}
		// CSV into a brand that does not exist is refused.
		c, err := ParseFactsCSV("f.csv", []byte("key,text\na,A\n"))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Import(ctx, s, c, Options{WorkspaceID: w.ID, BrandSlug: "nope"}); err == nil || !strings.Contains(err.Error(), `brand "nope" does not exist`) {
			t.Fatalf("csv into missing brand: %v", err)
		}
	})
}

// fuzzRoundTrip is the property every parser must keep: no panic, and a
// document it accepts survives Encode and Parse unchanged.
func fuzzRoundTrip(t *testing.T, d *Doc, err error) {
	if err != nil {
		var el ErrorList
		if !errors.As(err, &el) || len(el) == 0 {
			t.Fatalf("error %v (%T) is not a non-empty ErrorList", err, err)
		}
		return
	}
	format := YAML
	if d.FactsOnly {
		format = CSV
	}
	for _, f := range []Format{format, JSON} {
		if d.FactsOnly && f == JSON {
			continue
		}
		out, err := Encode(d, f)
		if err != nil {
			t.Fatal(err)
		}
		back, err := Parse("again", out, f)
		if err != nil {
			t.Fatalf("%s: encoded document does not parse: %v\n%s", f, err, out)
		}
		if d.FactsOnly {
			if !reflect.DeepEqual(d.Facts, back.Facts) {
				t.Fatalf("csv round trip:\n%+v\n%+v", d.Facts, back.Facts)
			}
			continue
		}
		if !reflect.DeepEqual(strip(d), strip(back)) {
			t.Fatalf("%s round trip:\n%+v\n%+v\n%s", f, strip(d), strip(back), out)
		}
	}
}

func FuzzParseYAML(f *testing.F) {
	f.Add(readExample(f))
	f.Add([]byte("name: B\nfacts:\n  - key: k\n    text: t\n    kind: price\n    value: 1,5\n"))
	f.Add([]byte("a: &x [*x]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Parse("fuzz.yaml", data, YAML)
		fuzzRoundTrip(t, d, err)
	})
}

func FuzzParseJSON(f *testing.F) {
	d, _ := Parse("example.yaml", readExample(f), YAML)
	j, _ := Encode(d, JSON)
	f.Add(j)
	f.Add([]byte(`{"name":"B","facts":[{"key":"k","text":"t","tags":["a"]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Parse("fuzz.json", data, JSON)
		fuzzRoundTrip(t, d, err)
	})
}

func FuzzParseCSV(f *testing.F) {
	f.Add([]byte("key,text,kind,value,tags\na,A,price,1.5,x|y\n"))
	f.Add([]byte("key;text;valid_until\na;\"b;c\";2026-01-01\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := ParseFactsCSV("fuzz.csv", data)
		fuzzRoundTrip(t, d, err)
	})
}
