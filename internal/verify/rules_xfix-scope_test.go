package verify

import "testing"

// Tests for universal scopes said in words ("every night", "any day of the
// week", "tous les soirs", "all ages", …) that a fact restricts: each pairs
// the legitimate form (not flagged) with the wrong one (flagged), in French
// and English.

// "tous les soirs", "chaque soir", "every night", "every evening", "any day
// of the week" say every day, as "tous les jours" does: contradicted by the
// fact about the same thing that gives some weekdays only; an evening said
// of a show is not checked against another thing's opening days (the box
// office), and "open daily" restates a fact that excepts holidays only,
// while "every day of the year" denies them.
func TestEveryEveningAnyDay(t *testing.T) {
	fr := []string{"La Disco-glace a lieu chaque vendredi de 19 h 30 à 22 h.", "Le spectacle de lanternes a lieu tous les soirs de juillet à 21h.", "L'accueil est ouvert du lundi au samedi, de 10h à 18h."}
	en := []string{"Cat grooms cost A$120 and are available on Tuesdays only, by appointment.", "Evening performances start at 7pm.", "The box office is open Monday to Saturday, 10am to 6pm.", "The cellar door is open daily from 10 am to 5 pm, except Good Friday and Christmas Day."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Disco-glace chaque vendredi de 19 h 30 à 22 h 🪩", true},
		{"fr", fr, "Disco-glace tous les soirs de 19 h 30 à 22 h 🪩", false},
		{"fr", fr, "Lanternes tous les soirs de juillet à 21h !", true},
		{"fr", fr, "La disco-glace, c'est chaque soir de 19 h 30 à 22 h !", false},
		{"en", en, "Cat grooms on Tuesdays, by appointment.", true},
		{"en", en, "Cat grooms any day of the week, by appointment.", false},
		{"en", en, "Curtain up at 7pm every evening!", true},
		{"en", en, "Come and say g'day at the cellar door, open daily 10 to 5.", true},
		{"en", en, "We're open every day of the year, 10am to 5pm.", false},
	})
}

// "ouvert à tous les âges", "sans limite d'âge", "open to all ages", "no age
// limit" deny the age limit of the fact about the same thing, found with
// the sentence or with it and the one before; a limit is also a range of
// ages ("aged 5 to 15", "de 4 à 6 ans") or "plus de 8 ans". A fact as close
// that says all ages backs the post.
func TestAllAgesDenied(t *testing.T) {
	fr := []string{"Les Balades aux lanternes partent à 20h30 chaque vendredi de juillet, 18 € par personne, réservées aux plus de 8 ans.", "Les cours adultes (à partir de 16 ans) ont lieu du lundi au jeudi.", "L'atelier d'éveil musical est réservé aux enfants de 4 à 6 ans."}
	frAll := []string{"Les Balades aux lanternes partent à 20h30 chaque vendredi de juillet, 18 € par personne, ouvertes à tous les âges."}
	en := []string{"Entry for the Family Mile, open to children aged 5 to 15, costs £8.", "Adult classes (16 and over) run Monday to Thursday."}
	enAll := []string{"Entry for the Family Mile costs £8; the Family Mile is open to all ages."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Balades aux lanternes chaque vendredi de juillet ! 18 € par personne, dès 8 ans 🏮", true},
		{"fr", fr, "Balades aux lanternes chaque vendredi de juillet ! 18 € par personne, ouvert à tous les âges 🏮", false},
		{"fr", frAll, "Balades aux lanternes chaque vendredi de juillet ! 18 € par personne, ouvert à tous les âges 🏮", true},
		{"fr", fr, "Nos cours adultes vous attendent du lundi au jeudi, sans limite d'âge !", false},
		{"fr", fr, "L'atelier d'éveil musical accueille les enfants de tous âges.", false},
		{"en", en, "The Family Mile is open to children aged 5 to 15, so bring the kids!", true},
		{"en", en, "The Family Mile is open to all ages, so bring the whole family!", false},
		{"en", enAll, "The Family Mile is open to all ages, so bring the whole family!", true},
		{"en", en, "Our adult classes run Monday to Thursday, no age limit!", false},
	})
}

// "partout en Europe", "partout au Québec", "we ship worldwide", "free
// delivery Australia-wide" are contradicted by the fact about the same
// thing that keeps the service to some places ("livre uniquement en
// Belgique", "ships to New Zealand and Australia only", "dans un rayon de
// 8 km"); a post that bounds its own "partout" ("partout dans un rayon de
// 25 km") and a fact that ships worldwide itself are left alone.
func TestEverywhereDenied(t *testing.T) {
	fr := []string{"La boutique en ligne livre uniquement en Belgique : livraison 4,95 €, offerte dès 50 € d'achat.", "La livraison à domicile est gratuite dans un rayon de 8 km autour du restaurant."}
	frAll := []string{"La boutique en ligne livre partout en Europe : livraison 4,95 €, offerte dès 50 € d'achat."}
	en := []string{"The studio sells online and ships to New Zealand and Australia only.", "Home delivery is free within 30 miles of the store."}
	enAll := []string{"The studio sells online and ships worldwide."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Sur notre boutique en ligne, la livraison est offerte dès 50 € d'achat, partout en Belgique.", true},
		{"fr", fr, "Sur notre boutique en ligne, la livraison est offerte dès 50 € d'achat, partout en Europe.", false},
		{"fr", frAll, "Sur notre boutique en ligne, la livraison est offerte dès 50 € d'achat, partout en Europe.", true},
		{"fr", fr, "La livraison à domicile est gratuite partout dans un rayon de 8 km du restaurant.", true},
		{"fr", fr, "La livraison à domicile est gratuite partout au Québec !", false},
		{"en", en, "Our studio sells online and ships to New Zealand and Australia.", true},
		{"en", en, "Our studio sells online and ships worldwide!", false},
		{"en", enAll, "Our studio sells online and ships worldwide!", true},
		{"en", en, "Home delivery is free Australia-wide!", false},
	})
}

// "cancel anytime", "résiliable à tout moment" are contradicted by the fact
// about the same thing that sets a least term ("a minimum of 5 users and a
// 12-month contract") or denies cancelling ("cannot be cancelled", "ne
// sont pas résiliables"); a fact that lets one cancel at any time backs it.
func TestCancelAnytimeDenied(t *testing.T) {
	fr := []string{"L'abonnement Essentiel coûte 39 € par utilisateur et par mois, avec un minimum de 5 utilisateurs et un engagement de 12 mois."}
	frDenied := []string{"Les formules annuelles de box ne sont pas résiliables une fois la première box expédiée."}
	frOK := []string{"L'abonnement Essentiel coûte 39 € par utilisateur et par mois, résiliable à tout moment."}
	en := []string{"Essentials costs £39 per user per month, with a minimum of 5 users and a 12-month contract.", "Annual crate plans cannot be cancelled once the first crate has been dispatched."}
	enOK := []string{"Essentials costs £39 per user per month; cancel at any time."}
	runBlindCases(t, []blindCase{
		{"fr", frOK, "L'abonnement Essentiel : 39 € par utilisateur et par mois, résiliable à tout moment.", true},
		{"fr", fr, "L'abonnement Essentiel : 39 € par utilisateur et par mois, résiliable à tout moment.", false},
		{"fr", frDenied, "Nos formules annuelles de box ? Résiliables à tout moment !", false},
		{"en", enOK, "Essentials: £39 per user per month, cancel anytime.", true},
		{"en", en, "Essentials: £39 per user per month, cancel anytime.", false},
		{"en", en, "Annual crate plans? Cancel at any time!", false},
	})
}

// "no minimum", "sans minimum" are contradicted by the closest fact that
// names a minimum figure ("a minimum charge of CA$75 per order", "un
// minimum de 8 enfants"), and the fact is also found with the sentence
// before ("… code FIRSTLANE 🤑 Valid until March 15, no minimum!" for "on
// rides with a seat price of $20 or more"); a fact that waives a minimum
// backs it.
func TestNoMinimumNamed(t *testing.T) {
	fr := []string{"Tarif standard de traduction anglais-français : 0,24 $ le mot, avec un minimum de facturation de 75 $ par commande.", "Le code BIENVENUE donne 10 $ de rabais sur la première commande, pour une commande de 40 $ ou plus."}
	frOK := []string{"Tarif standard de traduction anglais-français : 0,24 $ le mot, sans minimum de facturation."}
	en := []string{"Standard English–French rate: CA$0.24 per word, with a minimum charge of CA$75 per order.", "New passengers get $10 off their first ride with the code FIRSTLANE, on rides with a seat price of $20 or more."}
	enOK := []string{"Standard English–French rate: CA$0.24 per word, no minimum charge."}
	runBlindCases(t, []blindCase{
		{"fr", frOK, "Tarif standard de traduction anglais-français : 0,24 $ le mot, sans minimum !", true},
		{"fr", fr, "Tarif standard de traduction anglais-français : 0,24 $ le mot, sans minimum !", false},
		{"en", enOK, "Standard English–French rate: CA$0.24/word, no minimum.", true},
		{"en", en, "Standard English–French rate: CA$0.24/word, no minimum.", false},
		{"en", en, "You just saved $10 on your first ride with code FIRSTLANE 🤑 Valid this month, no minimum!", false},
	})
}
