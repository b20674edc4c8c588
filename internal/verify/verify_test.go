package verify

import (
	"context"
	"errors"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vigie-cm/vigie/internal/testenv"
)

var factsFR = []string{
	"La boulangerie Au Pain Doré a été fondée en 2004 à Tours par Lucie Bernard.",
	"La baguette tradition coûte 1,20 €.",
	"Du 5 au 18 octobre 2026, le menu déjeuner est à 9,90 € au lieu de 12,40 €.",
	"La boulangerie est ouverte du mardi au dimanche, de 7h à 19h30.",
	"La nouvelle boutique ouvre le vendredi 9 octobre 2026 au 12 rue Nationale, à Tours.",
	"Un café est offert aux 50 premiers clients le jour de l'ouverture.",
	"Au Pain Doré compte 4 boutiques.",
	"La livraison est assurée dans 2 des 4 boutiques.",
	"Le site est aupaindore.fr.",
	"Le hashtag officiel est #PainDore20ans.",
}

var factsEN = []string{
	"Harbour Yoga was founded in 2015 in Cork by Niamh Walsh.",
	"A monthly pass costs €60 and a drop-in class costs €12.",
	"The studio is open Monday to Saturday, from 7am to 9pm.",
	"The autumn retreat runs from Friday 16 to Sunday 18 October 2026 in Kinsale.",
	"The retreat costs €390 per person, meals included.",
	"Harbour Yoga runs 35 classes a week.",
	"Book at harbouryoga.ie/retreat.",
	"The official hashtag is #HarbourYoga.",
}

// ruleChecker keeps every finding: the rules' tests check what the rules
// raise, the confidence model's tests what it keeps (confidence_test.go).
var ruleChecker = NewRuleChecker()

func check(t *testing.T, lang string, facts []string, post string) Result {
	t.Helper()
	res, err := ruleChecker.Check(context.Background(), inputOf(lang, facts, "", post))
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestGrounding(t *testing.T) {
	cases := []struct {
		lang, post string
		flagged    []string // exact texts of findings, in order
		kinds      []string
	}{
		// supported: other surface forms, bounds, arithmetic
		{"fr", "Notre baguette tradition est à 1,20 € 🥖", nil, nil},
		{"fr", "Menu déjeuner à 9,90 € au lieu de 12,40 €, soit 2,50 € d'économie, du 5 au 18/10 !", nil, nil},
		{"fr", "Deux semaines de menu à petit prix : du 5 au 18 octobre, 14 jours pour en profiter.", nil, nil},
		{"fr", "Ouverture le vendredi 9 octobre au 12 rue Nationale 🎉 Un café offert aux 50 premiers clients !", nil, nil},
		{"fr", "Depuis 2004, Lucie Bernard régale Tours. Plus de 3 boutiques et déjà vingt-deux ans !", nil, nil},
		{"fr", "Ouvert de 7h à 19h30, fermé le lundi. Infos sur aupaindore.fr #PainDore20ans #boulangerie", nil, nil},
		{"fr", "On a hâte de vous voir, c'est le meilleur moment de la semaine ! Venez nombreux 😍", nil, nil},
		{"fr", "Chez LUCIE BERNARD, on vous attend avec le sourire.", nil, nil},
		// a price rounded a little, as a bound
		{"fr", "Le menu déjeuner à un peu moins de 10 € du 5 au 18 octobre !", nil, nil},
		{"fr", "La baguette tradition à moins de 1 € !", []string{"moins de 1 €"}, []string{Contradicted}},
		// a season of a past year is a memory
		{"fr", "Souvenez-vous de l'été 2025 : on remet ça en octobre !", nil, nil},
		{"fr", "Fondée en 2003 à Tours par Lucie Bernard.", []string{"2003"}, []string{Contradicted}},
		// the post's own structure: a list, a recipe
		{"fr", "3 astuces pour une baguette croustillante : 1. La sortir du sac 2. La poser sur une grille 3. La manger vite 😋", nil, nil},
		{"fr", "Notre recette de pain perdu : 4 tranches de baguette, 2 œufs, 25 cl de lait et 50 g de sucre.", nil, nil},
		{"fr", "Notre baguette tradition est à 1,20 €. 2 œufs offerts avec !", []string{"2 œufs offerts"}, []string{Unsupported}},
		// contradicted
		{"fr", "La baguette tradition à 1,10 € !", []string{"1,10 €"}, []string{Contradicted}},
		{"fr", "Ouverture le samedi 9 octobre !", []string{"samedi 9 octobre"}, []string{Contradicted}},
		{"fr", "Le menu déjeuner à 9,90 € jusqu'au 25 octobre.", []string{"25 octobre"}, []string{Contradicted}},
		{"fr", "Ouverte 7j/7 de 7h à 19h30.", []string{"7j/7"}, []string{Contradicted}},
		{"fr", "Fondée en 2004 à Orléans par Lucie Bernard.", []string{"Orléans"}, []string{Contradicted}},
		{"fr", "Fondée par Lucie Bertrand en 2004.", []string{"Lucie Bertrand"}, []string{Contradicted}},
		{"fr", "Livraison dans toutes nos boutiques !", []string{"toutes nos boutiques"}, []string{Contradicted}},
		// a false bound is flagged with its bound words, which the suggestion replaces
		{"fr", "Plus de 5 boutiques à Tours.", []string{"Plus de 5"}, []string{Contradicted}},
		// the first 50 customers of an offer are not the customers of a year
		{"fr", "Déjà plus de 200 000 clients par an !", []string{"200 000"}, []string{Unsupported}},
		{"fr", "Réservez sur aupaindore.com", []string{"aupaindore.com"}, []string{Contradicted}},
		{"fr", "Fêtez avec nous #PainDore2026", []string{"#PainDore2026"}, []string{Contradicted}},
		// unsupported
		{"fr", "La meilleure baguette de France, livraison offerte !", []string{"La meilleure baguette de France", "livraison offerte"}, []string{Unsupported, Unsupported}},
		{"fr", "Une conférence de Paul Martin à 18h.", []string{"Paul Martin", "18h"}, []string{Unsupported, Unsupported}},
		{"fr", "Satisfait ou remboursé !", []string{"Satisfait ou remboursé"}, []string{Unsupported}},
		// English
		{"en", "Monthly pass €60, drop-in €12. Book at harbouryoga.ie/retreat #HarbourYoga #yogalife", nil, nil},
		{"en", "Three days in Kinsale, 16–18 October, meals included, €390 per person.", nil, nil},
		{"en", "Since 2015, Niamh Walsh and the team have run 35 classes a week. Open from 7am to 9pm!", nil, nil},
		{"en", "5 ways to unwind after work: 1. Breathe 2. Stretch 3. Book a drop-in class for €12", nil, nil},
		// no fee for what a fact says is free, but only for that
		{"fr", "Réservez votre gâteau en ligne, sans frais de réservation !", []string{"sans frais"}, []string{Unsupported}},
		{"fr", "Un café sans frais pour les 50 premiers clients le jour de l'ouverture !", nil, nil},
		// a length of time in words, and a rank written as a hashtag
		{"en", "The autumn retreat: three days in Kinsale, then two hours of yoga on the beach!", nil, nil},
		{"en", "The #1 yoga studio in Cork, with 35 classes a week.", []string{"#1"}, []string{Unsupported}},
		{"en", "Cork's best-rated yoga studio, open from 7am!", []string{"Cork's best-rated yoga studio"}, []string{Unsupported}},
		// a monthly price over a year
		{"en", "A monthly pass at €60: that's €720 for a whole year of yoga.", nil, nil},
		// the brand next to a name of the facts: its product
		{"en", "Harbour Yoga Kinsale: three days, 16–18 October, €390 per person.", nil, nil},
		{"en", "Namaste from Niamh Harbour, our founder!", []string{"Niamh Harbour"}, []string{Contradicted}},
		{"en", "Monthly pass now just €50!", []string{"€50"}, []string{Contradicted}},
		{"en", "Retreat from Saturday 16 October in Kinsale.", []string{"Saturday 16 October"}, []string{Contradicted}},
		{"en", "Open 7 days a week from 7am!", []string{"7 days a week"}, []string{Contradicted}},
		{"en", "Ireland's best yoga studio, with over 50 classes a week.", []string{"Ireland's best yoga studio", "over 50"}, []string{Unsupported, Contradicted}},
		{"en", "Retreat from Friday 17 October in Kinsale.", []string{"Friday 17 October"}, []string{Contradicted}},
		{"en", "Founded by Niamh Walsh in 2012.", []string{"2012"}, []string{Contradicted}},
		{"en", "Every new member receives a free yoga mat!", []string{"free yoga mat"}, []string{Unsupported}},
	}
	for _, tc := range cases {
		facts := factsFR
		if tc.lang == "en" {
			facts = factsEN
		}
		res := check(t, tc.lang, facts, tc.post)
		var got, kinds []string
		for _, f := range res.Findings {
			got = append(got, f.Text)
			kinds = append(kinds, f.Kind)
		}
		if strings.Join(got, "|") != strings.Join(tc.flagged, "|") {
			t.Errorf("%q:\n got  %q %q\n want %q %q", tc.post, got, kinds, tc.flagged, tc.kinds)
			continue
		}
		if strings.Join(kinds, "|") != strings.Join(tc.kinds, "|") {
			t.Errorf("%q: kinds %q, want %q", tc.post, kinds, tc.kinds)
		}
		want := Pass
		for _, k := range tc.kinds {
			if k == Contradicted {
				want = Fail
				break
			}
			want = Warn
		}
		if res.Verdict != want {
			t.Errorf("%q: verdict %s, want %s", tc.post, res.Verdict, want)
		}
	}
}

// An apostrophe inside a name (Breton c'h, Irish O') keeps it whole.
func TestApostropheNames(t *testing.T) {
	facts := []string{"Le samedi 14 novembre 2026, l'autrice Maëlle Guivarc'h dédicace son roman à Quimper.", "Our head chef is Siobhan O'Brien."}
	for _, tc := range []struct{ lang, post, want string }{
		{"fr", "Maëlle Guivarc'h sera à Quimper le samedi 14 novembre !", ""},
		{"fr", "Maëlle Guivarc'h sera à Brest le samedi 14 novembre !", "Brest"},
		{"en", "Siobhan O'Brien's new menu is here, and Arthur's Quay loves it!", "Arthur's Quay"},
	} {
		r := check(t, tc.lang, facts, tc.post)
		var got []string
		for _, f := range r.Findings {
			got = append(got, f.Text)
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%q: flagged %q, want %q", tc.post, got, tc.want)
		}
	}
}

// A verb at the start of a sentence is not part of the name after it.
func TestSentenceStartName(t *testing.T) {
	facts := []string{"L'adhésion au Club Vallon est gratuite."}
	if r := check(t, "fr", facts, "Rejoignez le Club Vallon, c'est gratuit !"); r.Verdict != Pass {
		t.Errorf("stated club flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", facts, "Rejoignez le Club Horizon !"); r.Verdict == Pass {
		t.Errorf("unknown club not flagged")
	}
}

// A route written with a dash names two stated places; a wrong end is still
// flagged. A 12-hour clock time with minutes keeps them and its half of day.
func TestRoutesAndClockForms(t *testing.T) {
	facts := []string{"Trains run between Carlisle and Kendal.", "A late train leaves Kendal at 11:40pm."}
	if r := check(t, "en", facts, "Carlisle–Kendal in under an hour. The 23:40 gets you home."); r.Verdict != Pass {
		t.Errorf("stated route and time flagged: %+v", r.Findings)
	}
	if r := check(t, "en", facts, "Take our Carlisle–Lancaster line!"); r.Verdict == Pass {
		t.Errorf("unknown route end not flagged")
	}
	if r := check(t, "en", facts, "The late train leaves Kendal at 11pm."); r.Verdict == Pass {
		t.Errorf("wrong late train time not flagged")
	}
}

// A label in another of its written forms is the same label.
func TestLabelVariants(t *testing.T) {
	facts := []string{"Le domaine est conduit en agriculture biologique depuis 2011."}
	if r := check(t, "fr", facts, "Bio depuis 2011, et fiers de l'être 🌿"); r.Verdict != Pass {
		t.Errorf("stated organic label flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", facts, "Des vins vegan depuis 2011 !"); r.Verdict == Pass {
		t.Errorf("unstated vegan label not flagged")
	}
}

// A service's verb offers the same thing as its noun; "livre" the book does not.
func TestServiceVerbFreebie(t *testing.T) {
	facts := []string{"La livraison est offerte en France dès 12 bouteilles."}
	if r := check(t, "fr", facts, "Commandez 12 bouteilles, on vous les livre gratuitement partout en France !"); r.Verdict != Pass {
		t.Errorf("stated free delivery flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", facts, "Un livre offert pour 12 bouteilles achetées !"); r.Verdict == Pass {
		t.Errorf("unstated free book not flagged")
	}
}

// A freebie said of a pronoun offers what the sentence before names.
func TestPronounFreebie(t *testing.T) {
	facts := []string{"Bikes travel free, but must be booked in advance."}
	if r := check(t, "en", facts, "Bringing your bike? It rides free, just book ahead."); r.Verdict != Pass {
		t.Errorf("stated free bike flagged: %+v", r.Findings)
	}
	if r := check(t, "en", facts, "Bringing your dog? It rides free!"); r.Verdict == Pass {
		t.Errorf("unstated free dog not flagged")
	}
}

// A free venue is free entry; a rank in digits is its spelled-out form.
func TestFreeVenueAndSpelledRank(t *testing.T) {
	facts := []string{"Le premier dimanche du mois, l'entrée est gratuite pour tous."}
	if r := check(t, "fr", facts, "Le 1er dimanche du mois, le musée est gratuit pour tout le monde !"); r.Verdict != Pass {
		t.Errorf("stated free first Sunday flagged: %+v", r.Findings)
	}
	if r := check(t, "fr", facts, "Le 2e dimanche du mois, le musée est gratuit !"); r.Verdict == Pass {
		t.Errorf("wrong rank not flagged")
	}
}

// A rate worked out from two figures of the sentence is the writer's division.
func TestRateOfPost(t *testing.T) {
	facts := []string{"The Spring Challenge runs from 1 to 30 April 2026: run 100 km in the month to earn a badge."}
	if r := check(t, "en", facts, "100 km in 30 days = just 3.3 km a day. You've got this!"); r.Verdict != Pass {
		t.Errorf("worked-out rate flagged: %+v", r.Findings)
	}
	if r := check(t, "en", facts, "100 km in 30 days = just 5 km a day!"); r.Verdict == Pass {
		t.Errorf("wrong rate not flagged")
	}
}

// A yearly plan's saving counted in months of the monthly price.
func TestMonthsFreeOnYearlyPlan(t *testing.T) {
	facts := []string{"PulseTrack Pro costs $9.99 a month or $59.99 a year."}
	if r := check(t, "en", facts, "Pro is $59.99 a year, that's 6 months free compared with paying monthly!"); r.Verdict != Pass {
		t.Errorf("worked-out free months flagged: %+v", r.Findings)
	}
	if r := check(t, "en", facts, "Pro is $59.99 a year, that's 9 months free!"); r.Verdict == Pass {
		t.Errorf("wrong free months not flagged")
	}
}

// A length of time is never a clock time, and "4 free hours" is 4 hours.
func TestDurationsAndClockTimes(t *testing.T) {
	facts := []string{"Meeting rooms cost £25 an hour; members get 4 free hours a month.", "The networking breakfast starts at 8:30am."}
	if r := check(t, "en", facts, "Members get 4 hours free every month, then it's £25 an hour."); r.Verdict != Pass {
		t.Errorf("stated free hours flagged: %+v", r.Findings)
	}
	r := check(t, "en", facts, "Members get 6 hours free every month!")
	if len(r.Findings) != 1 || r.Findings[0].Text != "6 hours" || r.Findings[0].Suggestion == "8:30" {
		t.Errorf("wrong free hours: %+v", r.Findings)
	}
}

// A period given by its two ends in one fact, across a new year.
func TestSeasonAcrossYears(t *testing.T) {
	facts := []string{
		"La saison d'hiver 2026-2027 s'ouvre le samedi 19 décembre 2026 et se termine le dimanche 11 avril 2027.",
		"Le forfait journée coûte 49 €.",
	}
	for _, post := range []string{
		"La saison dure près de 4 mois : du 19 décembre au 11 avril, profitez-en !",
		"Quatre mois de glisse, du samedi 19 décembre au dimanche 11 avril ⛷️",
		"Forfait à 49 € le 2 février ? Oui, en pleine saison !",
	} {
		if r := check(t, "fr", facts, post); r.Verdict != Pass {
			t.Errorf("%q: %+v", post, r.Findings)
		}
	}
	if r := check(t, "fr", facts, "La saison dure 6 mois, du 19 décembre au 30 avril !"); r.Verdict != Fail {
		t.Errorf("wrong season end and length not contradicted: %+v", r.Findings)
	}
}

func TestLabels(t *testing.T) {
	facts := []string{"Toutes nos glaces sont faites maison avec du lait bio de la ferme voisine."}
	if r := check(t, "fr", facts, "Nos glaces faites maison au lait bio 🍦"); r.Verdict != Pass {
		t.Errorf("stated labels flagged: %+v", r.Findings)
	}
	r := check(t, "fr", facts, "Glaces 100 % vegan et sans gluten, fabriquées en France !")
	var got []string
	for _, f := range r.Findings {
		got = append(got, f.Text)
	}
	if strings.Join(got, "|") != "vegan|sans gluten|fabriquées en France" || r.Verdict != Warn {
		t.Errorf("unstated labels: %q %s", got, r.Verdict)
	}
	if r := check(t, "en", []string{"Our coffee is certified organic."}, "Certified organic coffee, roasted daily ☕"); r.Verdict != Pass {
		t.Errorf("stated certification flagged: %+v", r.Findings)
	}
}

func TestFindingDetails(t *testing.T) {
	res := check(t, "fr", factsFR, "🥖 La baguette tradition à 1,10 € !")
	if len(res.Findings) != 1 {
		t.Fatalf("findings: %+v", res.Findings)
	}
	f := res.Findings[0]
	// code points: the emoji counts as one
	if f.Start != 26 || f.End != 32 || f.Suggestion != "1,20 €" || !strings.Contains(f.Fact, "1,20 €") || !strings.HasPrefix(f.Message, "Contredit") {
		t.Errorf("finding %+v", f)
	}
	res = check(t, "en", factsEN, "Retreat from Saturday 16 October.")
	if len(res.Findings) != 1 || res.Findings[0].Suggestion != "Friday 16 October" || !strings.Contains(res.Findings[0].Message, "is a Friday") {
		t.Errorf("weekday finding %+v", res.Findings)
	}
}

func TestEmptySheet(t *testing.T) {
	res := check(t, "fr", nil, "Notre baguette à 1,20 €, livraison offerte, ouvert le 9 octobre ! On vous aime ❤️")
	if res.Verdict != Warn || len(res.Findings) != 3 {
		t.Fatalf("empty sheet: %+v", res)
	}
	for _, f := range res.Findings {
		if f.Kind != Unsupported || !strings.Contains(f.Message, "vide") {
			t.Errorf("empty sheet finding %+v", f)
		}
	}
	if r := check(t, "en", nil, "We love you all, see you soon! 💛"); r.Verdict != Pass {
		t.Errorf("no claims, empty sheet: %+v", r)
	}
}

func TestTooLong(t *testing.T) {
	_, err := Check(context.Background(), Input{Lang: "fr", Post: strings.Repeat("é", MaxPostRunes+1)})
	if !errors.Is(err, ErrTooLong) {
		t.Fatalf("want ErrTooLong, got %v", err)
	}
	// the limit counts code points, not bytes: "é" takes two
	if _, err := Check(context.Background(), Input{Lang: "fr", Post: strings.Repeat("é", MaxPostRunes)}); err != nil {
		t.Fatalf("a post of %d two-byte code points: %v", MaxPostRunes, err)
	}
	start := time.Now()
	if _, err := Check(context.Background(), Input{Lang: "fr", Post: strings.Repeat("Le 12 septembre à 18h, 1 500 € ! ", MaxPostRunes/34)}); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("a post at the size limit took %v", d)
	}
}

func TestStructuredFacts(t *testing.T) {
	in := Input{Lang: "fr", Post: "L'abonnement annuel est à 99 € !", Facts: []Fact{{ID: "f1", Key: "abonnement annuel", Kind: "price", Value: "89", Unit: "€"}}}
	res, err := Check(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 1 || res.Findings[0].Kind != Contradicted || res.Findings[0].FactID != "f1" || res.Findings[0].Suggestion != "89 €" {
		t.Errorf("structured fact: %+v", res.Findings)
	}
}

func TestConcurrentChecks(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				facts, lang, post := factsFR, "fr", "La baguette tradition à 1,10 € !"
				if (i+j)%2 == 1 {
					facts, lang, post = factsEN, "en", "Monthly pass now just €50!"
				}
				res, err := Check(context.Background(), inputOf(lang, facts, "", post))
				if err != nil || res.Verdict != Fail {
					t.Errorf("concurrent check: %v %+v", err, res)
					return
				}
			}
		}(i)
	}
	wg.Wait()
}

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Check(ctx, Input{Post: "x"}); !errors.Is(err, context.Canceled) {
		t.Errorf("want context.Canceled, got %v", err)
	}
}

// floors from issue 3, on the dev set and on our own labelled set
func assertFloors(t *testing.T, name string, set []Labelled, raw [][]byte) {
	t.Helper()
	// the labelled sets the rules were fixed on check the rules: the
	// confidence model is measured on first runs (TestConfidenceModel)
	rep, err := ruleChecker.Bench(context.Background(), set, raw, 1)
	if err != nil {
		t.Fatal(err)
	}
	a := rep.All
	t.Logf("%s: span P/R/F1 %.1f/%.1f/%.1f, post F1 %.1f, false alarms %d/%d", name, 100*a.SpanP(), 100*a.SpanR(), 100*a.SpanF1(), 100*a.PostF1(), a.FalseAlarms, a.Clean)
	if a.SpanF1() < 0.85 || a.PostF1() < 0.90 || a.FalseAlarmRate() > 0.05 {
		t.Errorf("%s below the floors: span F1 %.3f, post F1 %.3f, false alarms %.3f", name, a.SpanF1(), a.PostF1(), a.FalseAlarmRate())
	}
	// the FR/EN gap is only meaningful on enough posts per language
	fr, en := rep.ByLang["fr"], rep.ByLang["en"]
	if fr != nil && en != nil && fr.Posts >= 15 && en.Posts >= 15 {
		if d := fr.SpanF1() - en.SpanF1(); d > 0.05 || d < -0.05 {
			t.Errorf("%s: FR and EN span F1 differ by %.3f", name, d)
		}
	}
}

func TestFloorsOwnSet(t *testing.T) {
	for _, name := range []string{"testdata/own.jsonl", "testdata/holdout.jsonl", "testdata/holdout2.jsonl", "testdata/holdout3.jsonl", "testdata/holdout4.jsonl", "testdata/holdout5.jsonl", "testdata/holdout6.jsonl", "testdata/holdout7.jsonl", "testdata/holdout8.jsonl", "testdata/holdout9.jsonl", "testdata/holdout10.jsonl", "testdata/holdout11.jsonl", "testdata/holdout12.jsonl", "testdata/holdout13.jsonl", "testdata/holdout14.jsonl", "testdata/holdout15.jsonl", "testdata/holdout16.jsonl", "testdata/holdout17.jsonl", "testdata/holdout18.jsonl", "testdata/holdout19.jsonl", "testdata/holdout20.jsonl"} {
		f, err := os.Open(name)
		if err != nil {
			if os.IsNotExist(err) {
				continue
			}
			t.Fatal(err)
		}
		set, raw, err := ReadLabelled(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		assertFloors(t, name, set, raw)
	}
}

// clean.jsonl holds only legitimate posts: none may be flagged.
func TestCleanSetNoFalseAlarm(t *testing.T) {
	for _, name := range []string{"testdata/clean.jsonl", "testdata/clean2.jsonl", "testdata/clean3.jsonl"} {
		set, raw := readLabelledFile(t, name)
		rep, err := Bench(context.Background(), set, raw, 1)
		if err != nil {
			t.Fatal(err)
		}
		for i, r := range rep.Results {
			if r.Verdict != Pass {
				t.Errorf("%s %s: %s %+v", name, set[i].ID, r.Verdict, r.Findings)
			}
		}
	}
}

func TestFloorsDevSet(t *testing.T) {
	set, raw := readLabelledFile(t, testenv.SharedData(t)+"/verify/dev.jsonl")
	assertFloors(t, "dev", set, raw)
}

// FuzzCheck: any facts and post give a result whose spans are inside the
// post, never a panic.
func FuzzCheck(f *testing.F) {
	f.Add("La baguette tradition coûte 1,20 €. Ouverture le vendredi 9 octobre 2026.", "Baguette à 1,10 € le samedi 9 octobre, livraison offerte !", "fr")
	f.Add("The appeal runs from Monday 16 November to Sunday 6 December 2026. Each borehole costs €5,000.", "Give before 30 November! 50 × 400 = 20,000 people, Ireland's biggest appeal #EveryDrop", "en")
	f.Add("", "7j/7 tous nos restaurants, 24h/24, n°1, x2, du 3 au 31/03", "")
	f.Fuzz(func(t *testing.T, facts, post, lang string) {
		res, err := Check(context.Background(), Input{Lang: lang, Facts: []Fact{{Text: facts}, {Text: post}}, Post: post, Year: 2026})
		if err != nil {
			return
		}
		n := len([]rune(post))
		for _, x := range res.Findings {
			if x.Start < 0 || x.End > n || x.Start >= x.End {
				t.Fatalf("span [%d,%d) outside a %d-rune post %q", x.Start, x.End, n, post)
			}
		}
	})
}

// TestBlindSets reports the blind sets (testdata/BLIND.md: written without
// reading the engine; first run span F1 84.0, 9/72 clean posts flagged).
// Each set's figures are logged; only the three together must meet the
// issue's floors, FR/EN gap included, so that a fix elsewhere that brings
// their false alarms back fails here.
func TestBlindSets(t *testing.T) {
	var all []Labelled
	var allRaw [][]byte
	for _, name := range []string{"testdata/blind1.jsonl", "testdata/blind2.jsonl", "testdata/blind3.jsonl"} {
		set, raw := readLabelledFile(t, name)
		rep, err := Bench(context.Background(), set, raw, 1)
		if err != nil {
			t.Fatal(err)
		}
		a := rep.All
		t.Logf("%s: span P/R/F1 %.1f/%.1f/%.1f, post F1 %.1f, false alarms %d/%d", name, 100*a.SpanP(), 100*a.SpanR(), 100*a.SpanF1(), 100*a.PostF1(), a.FalseAlarms, a.Clean)
		all, allRaw = append(all, set...), append(allRaw, raw...)
	}
	assertFloors(t, "blind1-3", all, allRaw)

	// blind4, blind5, blind6, blind7, blind12, blind13, blind14, blind15 and blind16 are
	// reported only: their fixes are measured against them, so they no longer
	// tell how the engine does on unseen text.
	for _, name := range []string{"testdata/blind4.jsonl", "testdata/blind5.jsonl", "testdata/blind6.jsonl", "testdata/blind7.jsonl", "testdata/blind12.jsonl", "testdata/blind13.jsonl", "testdata/blind14.jsonl", "testdata/blind15.jsonl", "testdata/blind16.jsonl"} {
		set, raw := readLabelledFile(t, name)
		rep, err := Bench(context.Background(), set, raw, 1)
		if err != nil {
			t.Fatal(err)
		}
		a := rep.All
		t.Logf("%s (logged, not held to floors): span P/R/F1 %.1f/%.1f/%.1f, post F1 %.1f, false alarms %d/%d", name, 100*a.SpanP(), 100*a.SpanR(), 100*a.SpanF1(), 100*a.PostF1(), a.FalseAlarms, a.Clean)
	}
}

// readLabelledFile reads a labelled set (dev.jsonl's format) or fails the
// test naming the file.
func readLabelledFile(tb testing.TB, name string) ([]Labelled, [][]byte) {
	tb.Helper()
	f, err := os.Open(name)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	set, raw, err := ReadLabelled(f)
	if err != nil {
		tb.Fatalf("%s: %v", name, err)
	}
	return set, raw
}
