package radarhub

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/vigie-cm/vigie/internal/radar"
)

// DemoBrand says what the demo generator writes about one brand.
type DemoBrand struct {
	Name string // "Boulangerie Lumière"
	Tag  string // "#Lumiere", the brand's hashtag
	Lang string // "fr" or "en"
	// BadBuzz, when set, is when a surge of complaints starts (it lasts
	// about two hours); the detector is left to find it.
	BadBuzz time.Time
}

// DemoQuery is the listening query the demo gives a brand.
func DemoQuery(b DemoBrand) string {
	return fmt.Sprintf("%q OR %s", b.Name, b.Tag)
}

// DemoMentions generates days of mentions ending at end: each brand's
// mentions follow a daily rhythm (Poisson counts per minute, quiet at
// night, busier at lunch and in the evening), mostly praise, questions
// and chatter with some complaints; a brand with BadBuzz gets a two-hour
// surge of angry mentions around one hashtag at that time. Chatter that
// names no brand fills the stream so the trends have a background, and a
// hashtag rises in the last hour. The same seed gives the same mentions.
// These are inputs, not results: the detector has to find the surge.
func DemoMentions(seed uint64, brands []DemoBrand, end time.Time, days int) []radar.Mention {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	end = end.UTC().Truncate(time.Minute)
	start := end.Add(-time.Duration(days) * 24 * time.Hour)
	var out []radar.Mention
	n := 0
	add := func(t time.Time, author, text, lang string, reach int64) {
		n++
		out = append(out, radar.Mention{ID: fmt.Sprintf("demo-%d-%d", seed, n), Network: demoNetworks[n%len(demoNetworks)],
			Author: author, Text: text, Time: t.Add(time.Duration(rng.IntN(60)) * time.Second), Reach: reach, Lang: lang,
			URL: fmt.Sprintf("https://example.net/demo/%d", n)})
	}
	reach := func() int64 { return int64(math.Exp(rng.NormFloat64()*1.3 + 5.5)) }
	for t := start; t.Before(end); t = t.Add(time.Minute) {
		h := float64(t.Hour()) + float64(t.Minute())/60
		// Daily rhythm: a floor at night, peaks at 12:30 and 19:00.
		rhythm := 0.15 + 0.8*math.Exp(-sq(h-12.5)/6) + math.Exp(-sq(h-19)/8)
		for i, b := range brands {
			tpl := demoTexts[b.Lang]
			for range poisson(rng, 0.25*rhythm*float64(1+i%2)) {
				kind := rng.IntN(10)
				var text string
				switch {
				case kind < 5:
					text = pick(rng, tpl.praise)
				case kind < 7:
					text = pick(rng, tpl.question)
				case kind < 9:
					text = pick(rng, tpl.chatter)
				default:
					text = pick(rng, tpl.complaint)
				}
				add(t, demoAuthor(rng, 400), fill(text, b), b.Lang, reach())
			}
			if !b.BadBuzz.IsZero() && !t.Before(b.BadBuzz) && t.Before(b.BadBuzz.Add(2*time.Hour)) {
				// Rises over 30 minutes, holds, then fades.
				x := t.Sub(b.BadBuzz).Minutes()
				level := math.Min(x/30, 1) * math.Min(1, (120-x)/45)
				for range poisson(rng, 6*level+0.1) {
					add(t, demoAuthor(rng, 3000), fill(pick(rng, tpl.crisis), b), b.Lang, reach()*3)
				}
			}
		}
		for range poisson(rng, 2*rhythm) {
			lang := "fr"
			if rng.IntN(3) == 0 {
				lang = "en"
			}
			add(t, demoAuthor(rng, 5000), pick(rng, demoTexts[lang].background), lang, reach())
		}
		if end.Sub(t) <= time.Hour {
			for range poisson(rng, 0.6) {
				text := pick(rng, demoRising)
				if len(brands) > 0 {
					text = fill(text, brands[rng.IntN(len(brands))])
				}
				add(t, demoAuthor(rng, 5000), text, "fr", reach())
			}
		}
	}
	return out
}

func sq(x float64) float64 { return x * x }

// poisson draws a Poisson count (Knuth's method; the rates here are small).
func poisson(rng *rand.Rand, lambda float64) int {
	if lambda <= 0 {
		return 0
	}
	l, k, p := math.Exp(-lambda), 0, 1.0
	for {
		p *= rng.Float64()
		if p <= l {
			return k
		}
		k++
	}
}

func pick(rng *rand.Rand, s []string) string { return s[rng.IntN(len(s))] }

func fill(text string, b DemoBrand) string {
	return strings.NewReplacer("{brand}", b.Name, "{tag}", b.Tag).Replace(text)
}

func demoAuthor(rng *rand.Rand, pool int) string {
	first := []string{"ana", "leo", "sam", "mila", "noe", "lina", "tom", "jade", "eli", "zoe", "max", "ines"}
	return fmt.Sprintf("%s%d", first[rng.IntN(len(first))], rng.IntN(pool))
}

var demoNetworks = []string{"bluesky", "mastodon", "x", "instagram"}

type demoLang struct {
	praise, question, chatter, complaint, crisis, background []string
}

var demoTexts = map[string]demoLang{
	"fr": {
		praise: []string{"Super moment chez {brand} ce matin, merci à l'équipe {tag}", "Toujours aussi bon chez {brand} !",
			"Je recommande {brand}, accueil adorable", "{tag} meilleur endroit du quartier", "Merci {brand} pour le conseil, parfait"},
		question: []string{"Quelqu'un sait si {brand} ouvre dimanche ?", "{brand} livre en dehors de la ville ?",
			"C'est quoi les horaires de {brand} pendant les vacances ? {tag}"},
		chatter: []string{"Je passe devant {brand} tous les jours", "Rendez-vous devant {brand} à midi", "Vu une file devant {brand} {tag}"},
		complaint: []string{"Déçu par {brand} aujourd'hui, attente trop longue", "Commande oubliée chez {brand}, pas terrible",
			"{brand} a encore augmenté ses prix"},
		crisis: []string{"Scandale chez {brand} : des clients malades après leur commande #RappelLumiere {tag}",
			"Honteux, {brand} ne répond pas aux clients intoxiqués #RappelLumiere", "Je ne remettrai plus les pieds chez {brand}, dégoûtant #RappelLumiere",
			"{brand} doit s'expliquer, c'est inadmissible #RappelLumiere", "Boycott {brand} après ce scandale sanitaire #RappelLumiere"},
		background: []string{"Quel temps magnifique sur la côte aujourd'hui", "Le marché du samedi est plein de monde",
			"Embouteillages monstres sur le périphérique", "Belle soirée concert au parc", "Les vacances approchent enfin",
			"Nouvelle exposition au musée des beaux-arts", "Le match de ce soir promet", "Recette du jour : tarte aux pommes maison"},
	},
	"en": {
		praise: []string{"Lovely morning at {brand}, thanks team {tag}", "{brand} never disappoints", "Best latte in town at {brand}",
			"Shout out to the staff at {brand} {tag}", "Great service at {brand} today"},
		question: []string{"Is {brand} open on Sunday?", "Does {brand} deliver outside the city?", "What are {brand} holiday hours? {tag}"},
		chatter:  []string{"Meeting friends at {brand} at noon", "Queue outside {brand} again {tag}", "Working from {brand} this afternoon"},
		complaint: []string{"Waited forever at {brand} today", "{brand} got my order wrong again",
			"{brand} prices keep going up"},
		crisis: []string{"Disgusting, {brand} sold spoiled milk and won't answer #NorthwindRecall {tag}",
			"People got sick after {brand}, this is a scandal #NorthwindRecall", "Boycott {brand} until they explain #NorthwindRecall",
			"Never going back to {brand}, awful response #NorthwindRecall"},
		background: []string{"Beautiful weather on the coast today", "Traffic on the ring road is terrible",
			"Great concert in the park tonight", "Holidays cannot come soon enough", "New exhibition at the art museum",
			"Big match tonight", "Apple pie recipe of the day"},
	},
}

// demoRising is the last hour's chatter around one hashtag, so the trends
// list has something rising that a bakery or a café could join.
var demoRising = []string{"Qui fait la #FeteDuPain samedi ? {brand} sera là ?", "Programme de la #FeteDuPain dévoilé, ateliers et dégustations",
	"La #FeteDuPain revient sur la place du marché, {brand} aura un stand", "Vous venez à la #FeteDuPain avec les enfants ?"}
