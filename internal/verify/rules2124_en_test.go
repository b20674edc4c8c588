package verify

import "testing"

// Tests for the general causes of the English first-run false alarms and
// misses of blind21–24 (opened sealed sets): each pairs the legitimate form
// with a wrong one still flagged, in French and English.

// "will send off the first wave on Sunday 19 September" when a fact says
// the ambassador "will start the first wave": an order the facts give,
// said of words the sheet knows (the event, its date), is theirs; a first
// the facts never give is still flagged.
func TestOrderOfFacts(t *testing.T) {
	en := []string{"The Runwell Bristol 10K takes place on Sunday 19 September 2027.", "Our ambassador Priya Castell will start the first wave."}
	fr := []string{"La Course Nantaise a lieu le dimanche 19 septembre 2027.", "Notre marraine Priya Castell donnera le départ de la première vague."}
	runBlindCases(t, []blindCase{
		{"en", en, "Priya Castell will send off the first wave on Sunday 19 September!", true},
		{"en", en, "Priya Castell will send off the first relay on Sunday 19 September!", false},
		{"fr", fr, "Priya Castell lancera la première vague de la Course Nantaise le 19 septembre !", true},
		{"fr", fr, "Priya Castell lancera le premier relais de la Course Nantaise le 19 septembre !", false},
	})
}

// A number naming one of several things ("hall 3", "Bristol 10K") is
// compared with the facts' as written: the post's "Bristol 10K" is the
// fact's, whatever 10K is worth; another figure is still flagged.
func TestDesignatorAsWritten(t *testing.T) {
	en := []string{"The Runwell Bristol 10K takes place on Sunday 19 September 2027 on Queen Square."}
	fr := []string{"La Course Nantaise 10K a lieu le dimanche 19 septembre 2027 sur le quai de la Fosse."}
	runBlindCases(t, []blindCase{
		{"en", en, "The Runwell Bristol 10K is on Sunday 19th September, on Queen Square!", true},
		{"en", en, "The Runwell Bristol 5K is on Sunday 19th September, on Queen Square!", false},
		{"fr", fr, "La Course Nantaise 10K, c'est le dimanche 19 septembre sur le quai de la Fosse !", true},
		{"fr", fr, "La Course Nantaise 5K, c'est le dimanche 19 septembre sur le quai de la Fosse !", false},
	})
}

// "12.30pm", "12.55pm": an hour of a 12-hour clock with dot minutes is a
// clock time even past 12.00 (it was read as a count of 12.3 "pm"); a wrong
// time is still flagged. French writes the same hour "12h30".
func TestDotTimeAtTwelve(t *testing.T) {
	en := []string{"The free webinar takes place on Wednesday 19 August 2026 at 12:30 pm AEST and lasts 45 minutes."}
	fr := []string{"Le webinaire gratuit a lieu le mercredi 19 août 2026 à 12h30 et dure 45 minutes."}
	runBlindCases(t, []blindCase{
		{"en", en, "Join our free webinar on Wednesday 19 August at 12.30pm AEST: 45 minutes of tips!", true},
		{"en", en, "Join our free webinar on Wednesday 19 August at 12.45pm AEST: 45 minutes of tips!", false},
		{"fr", fr, "Rejoignez notre webinaire gratuit le mercredi 19 août à 12h30 : 45 minutes de conseils !", true},
		{"fr", fr, "Rejoignez notre webinaire gratuit le mercredi 19 août à 12h45 : 45 minutes de conseils !", false},
	})
}

// English writes its clock times "3:40" or "3.40pm": "after 3 h 40 at sea",
// "a crossing cut to 2 h 15" are lengths of time (the fact's crossing
// time), not 3:40 in the night; a wrong length is still flagged.
func TestEnglishHoursAndMinutesAreLengths(t *testing.T) {
	en := []string{"Greencastle–Port Ellen sails on Tuesdays, departing Greencastle at 09:15; crossing time 3 h 40."}
	fr := []string{"La ligne Greencastle–Port Ellen part le mardi à 9h15 ; la traversée dure 3 h 40."}
	runBlindCases(t, []blindCase{
		{"en", en, "Greencastle → Port Ellen every Tuesday, leaving at 9.15am, after 3 h 40 at sea!", true},
		{"en", en, "Greencastle → Port Ellen every Tuesday, leaving at 9.15am, after 3 h 10 at sea!", false},
		{"fr", fr, "Greencastle → Port Ellen chaque mardi à 9h15, la traversée dure 3 h 40 !", true},
		{"fr", fr, "Greencastle → Port Ellen chaque mardi à 9h15, la traversée dure 3 h 10 !", false},
	})
}

// "entries close on Sunday 4th April, two weeks before the big day" of 18
// April: a count of days or weeks said to separate a date of its sentence
// from another moment is the gap between that date and another date of the
// post; a wrong gap is still flagged.
func TestGapOfPostDates(t *testing.T) {
	en := []string{"The Crumb-Off takes place on Sunday 18 April 2027; entry is open to bakers aged 16 and over.", "Entries close on Sunday 4 April 2027."}
	fr := []string{"Le concours a lieu le dimanche 18 avril 2027 ; il est ouvert dès 16 ans.", "Les inscriptions ferment le dimanche 4 avril 2027."}
	runBlindCases(t, []blindCase{
		{"en", en, "The Crumb-Off is on Sunday 18th April (bakers 16+)! Entries close on Sunday 4th April, two weeks before the big day.", true},
		{"en", en, "The Crumb-Off is on Sunday 18th April (bakers 16+)! Entries close on Sunday 4th April, three weeks before the big day.", false},
		{"fr", fr, "Le concours, c'est le dimanche 18 avril (dès 16 ans) ! Inscriptions jusqu'au dimanche 4 avril, deux semaines avant le grand jour.", true},
		{"fr", fr, "Le concours, c'est le dimanche 18 avril (dès 16 ans) ! Inscriptions jusqu'au dimanche 4 avril, trois semaines avant le grand jour.", false},
	})
}

// "the first boat leaves Ballycastle at 07:30, so you can be in Campbeltown
// by 09:45": a clock time is the arrival of a departure and a length of
// time a fact gives in one sentence (07:30 and a 2 h 15 crossing); another
// arrival is still flagged.
func TestArrivalOfDeparture(t *testing.T) {
	en := []string{"Ballycastle–Campbeltown: crossing time 2 h 15; the first departure from Ballycastle is at 07:30."}
	fr := []string{"Ballycastle–Campbeltown : traversée de 2 h 15 ; le premier départ de Ballycastle est à 7h30."}
	runBlindCases(t, []blindCase{
		{"en", en, "The first boat leaves Ballycastle at 07:30, so you can be in Campbeltown by 09:45.", true},
		{"en", en, "The first boat leaves Ballycastle at 07:30, so you can be in Campbeltown by 09:15.", false},
		{"fr", fr, "Premier départ de Ballycastle à 7h30, pour une arrivée à Campbeltown à 9h45.", true},
		{"fr", fr, "Premier départ de Ballycastle à 7h30, pour une arrivée à Campbeltown à 9h15.", false},
	})
}

// "BBQ" (barbecue), "PB" (a runner's personal best) are everyday
// abbreviations, not names to find on the sheet; a name next to them is
// still checked.
func TestBarbecueAndPersonalBest(t *testing.T) {
	en := []string{"64 food trucks take part, including 22 barbecue trucks.", "The 10K route is a single flat, chip-timed lap."}
	fr := []string{"64 food trucks participent, dont 22 camions de barbecue.", "Le parcours du 10 km est une boucle plate, chronométrée."}
	runBlindCases(t, []blindCase{
		{"en", en, "64 food trucks (22 of them slinging BBQ 🍖) roll in! One flat, chip-timed lap, so go chase that PB!", true},
		{"en", en, "64 food trucks (22 of them slinging BBQ 🍖) roll in, with Hank Marlowe on the grill!", false},
		{"fr", fr, "64 food trucks, dont 22 de BBQ 🍖 ! Une boucle plate et chronométrée : à vous le PB !", true},
		{"fr", fr, "64 food trucks, dont 22 de BBQ 🍖, avec Hank Marlowe aux fourneaux !", false},
	})
}

// "open to bakers of all ages" when the fact about the contest opens it to
// "amateur bakers aged 16 and over": the closest fact sets an age, so "all
// ages" is contradicted; with no age on the sheet it stands.
func TestAllAgesAgainstAnAgeLimit(t *testing.T) {
	en := []string{"Entry to the Crumb-Off costs £10 per baker and is open to amateur bakers aged 16 and over."}
	enOpen := []string{"Entry to the Crumb-Off costs £10 per baker and is open to every amateur baker."}
	fr := []string{"L'inscription au concours coûte 10 € par pâtissier ; il est ouvert aux amateurs dès 16 ans."}
	frOpen := []string{"L'inscription au concours coûte 10 € par pâtissier ; il est ouvert à tous les amateurs."}
	runBlindCases(t, []blindCase{
		{"en", enOpen, "Enter the Crumb-Off for £10, open to amateur bakers of all ages!", true},
		{"en", en, "Enter the Crumb-Off for £10, open to amateur bakers of all ages!", false},
		{"fr", frOpen, "Inscrivez-vous au concours pour 10 €, ouvert aux amateurs de tous âges !", true},
		{"fr", fr, "Inscrivez-vous au concours pour 10 €, ouvert aux amateurs de tous âges !", false},
	})
}

// "local support 24/7", "our team answers 24/7" when the fact about
// support gives it hours (Monday to Friday 7 am to 7 pm, or every day from
// 7 a.m. to 11 p.m.): every day is not round the clock; a fact that opens
// round the clock still backs it.
func TestRoundTheClockAgainstHours(t *testing.T) {
	en := []string{"Support is by live chat, Monday to Friday, 7 am to 7 pm AEST.", "Platform uptime over the 12 months to 30 June 2026 was 99.97%."}
	enEvery := []string{"Customer support in English and French: 1-877-555-0188, every day from 7 a.m. to 11 p.m."}
	enRound := []string{"Customer support in English and French: 1-877-555-0188, 24 hours a day, 7 days a week."}
	fr := []string{"Le support répond par chat, du lundi au vendredi, de 7h à 19h."}
	frRound := []string{"Le support répond par chat 24h/24 et 7j/7."}
	runBlindCases(t, []blindCase{
		{"en", enRound, "Questions? Our team answers 24/7 in English and French at 1-877-555-0188 📞", true},
		{"en", enEvery, "Questions? Our team answers 24/7 in English and French at 1-877-555-0188 📞", false},
		{"en", en, "Plus 99.97% uptime and local support 24/7.", false},
		{"fr", frRound, "Une question ? Notre support vous répond 24h/24 et 7j/7 par chat.", true},
		{"fr", fr, "Une question ? Notre support vous répond 24h/24 et 7j/7 par chat.", false},
	})
}

// "grab a Slow Rise Seeded Rye for £3.80" when the fact lists "White £3.80,
// Seeded Rye £4.20": a stated price written right after a name that a
// fact's price list prices otherwise is that other item's; the name's own
// price stands.
func TestPriceOfAListedName(t *testing.T) {
	en := []string{"Slow Rise prices: White £3.80, Seeded Rye £4.20, Spelt & Honey £4.50."}
	fr := []string{"Nos tarifs : Tradition 1,30 €, Campagne 2,40 €, Seigle 2,90 €."}
	runBlindCases(t, []blindCase{
		{"en", en, "Late one? Grab a Slow Rise Seeded Rye for £4.20 on your way home!", true},
		{"en", en, "Late one? Grab a Slow Rise Seeded Rye for £3.80 on your way home!", false},
		{"fr", fr, "Envie d'un pain Seigle pour 2,90 € ? Passez nous voir !", true},
		{"fr", fr, "Envie d'un pain Seigle pour 2,40 € ? Passez nous voir !", false},
	})
}

// The Indian scale: a lakh is 100,000 and a crore ten million, so "₹42
// million" is the fact's "₹4.2 crore" and "3.5 lakh customers" 350,000;
// "₹42 crore" is ten times too much.
func TestLakhAndCrore(t *testing.T) {
	en := []string{"Kesari has more than 3.5 lakh customers, and its turnover in FY 2026-27 was ₹4.2 crore."}
	fr := []string{"Kesari compte plus de 3,5 lakh clients, et son chiffre d'affaires 2026-27 a atteint ₹4,2 crore."}
	runBlindCases(t, []blindCase{
		{"en", en, "More than 350,000 customers, and a turnover of ₹42 million in FY 2026-27 🙏", true},
		{"en", en, "More than 3.5 lakh customers, and a turnover of ₹42 crore in FY 2026-27 🙏", false},
		{"fr", fr, "Plus de 350 000 clients et ₹42 millions de chiffre d'affaires en 2026-27 🙏", true},
		{"fr", fr, "Plus de 3,5 lakh clients et ₹42 crore de chiffre d'affaires en 2026-27 🙏", false},
	})
}

// "sails three times a week" when the fact sails "on Tuesdays, Thursdays
// and Saturdays": weekdays named in the plural are a weekly recurrence
// whose days the frequency counts; another count is still flagged.
func TestTimesAWeekOfPluralWeekdays(t *testing.T) {
	en := []string{"Greencastle–Port Ellen sails on Tuesdays, Thursdays and Saturdays, departing Greencastle at 09:15."}
	fr := []string{"La ligne Greencastle–Port Ellen navigue les mardis, jeudis et samedis, départ à 9h15."}
	runBlindCases(t, []blindCase{
		{"en", en, "Greencastle–Port Ellen sails three times a week at 09:15.", true},
		{"en", en, "Greencastle–Port Ellen sails twice a week at 09:15.", false},
		{"fr", fr, "La ligne Greencastle–Port Ellen navigue trois fois par semaine, départ à 9h15.", true},
		{"fr", fr, "La ligne Greencastle–Port Ellen navigue deux fois par semaine, départ à 9h15.", false},
	})
}

// "Fri Nov 27 to Mon Nov 30 only": a capitalised weekday abbreviation
// before a month and its day is the weekday of that date, so the two ends
// make one range (the end alone was read as the "only" day); a wrong
// weekday is still flagged.
func TestAbbreviatedWeekdayBeforeMonth(t *testing.T) {
	en := []string{"Black Friday offer, Friday, November 27 to Monday, November 30, 2026: Flex 100 at $50/month."}
	fr := []string{"Offre Black Friday du vendredi 27 au lundi 30 novembre 2026 : Flex 100 à 50 $/mois."}
	runBlindCases(t, []blindCase{
		{"en", en, "Black Friday: Flex 100 at $50/month. Fri Nov 27 to Mon Nov 30 only.", true},
		{"en", en, "Black Friday: Flex 100 at $50/month. Thu Nov 27 to Mon Nov 30 only.", false},
		{"fr", fr, "Black Friday : Flex 100 à 50 $/mois, du ven. 27 au lun. 30 novembre seulement.", true},
		{"fr", fr, "Black Friday : Flex 100 à 50 $/mois, du jeu. 27 au lun. 30 novembre seulement.", false},
	})
}

// "connecting Albertans since 2011": the people of a stated place, named
// with the English suffix -an(s) (Albertans, Texans) as with -ian(s); the
// people of a place the sheet never names are still checked.
func TestDemonymInAn(t *testing.T) {
	en := []string{"Northmark Mobile is a Canadian mobile carrier founded in 2011 in Calgary, Alberta."}
	fr := []string{"Northmark Mobile est un opérateur canadien fondé en 2011 à Calgary, en Alberta."}
	runBlindCases(t, []blindCase{
		{"en", en, "Northmark Mobile has been connecting Albertans since 2011 📶", true},
		{"en", en, "Northmark Mobile has been connecting Manitobans since 2011 📶", false},
		{"fr", fr, "Northmark Mobile connecte les Albertains depuis 2011 📶", true},
		{"fr", fr, "Northmark Mobile connecte les Manitobains depuis 2011 📶", false},
	})
}

// "Diwali falls on Friday 29 October, and our sale is on until Sunday the
// 31st": a day number after a date of the post is a day of that date's
// month (31 October, the end of the stated sale); a day outside the sale is
// still flagged, and "our 20th shop" ranks, it is no day.
func TestOrdinalDayOfAPostDate(t *testing.T) {
	en := []string{"The Kesari Diwali Utsav Sale runs from Friday 15 October to Sunday 31 October 2027.", "Diwali is on Friday 29 October 2027."}
	fr := []string{"Les soldes Utsav de Kesari ont lieu du vendredi 15 au dimanche 31 octobre 2027.", "Diwali tombe le vendredi 29 octobre 2027."}
	runBlindCases(t, []blindCase{
		{"en", en, "Diwali falls on Friday 29 October this year, and our Utsav Sale is on until Sunday the 31st.", true},
		{"en", en, "Diwali falls on Friday 29 October this year, and our Utsav Sale is on until Sunday the 7th.", false},
		{"fr", fr, "Diwali tombe le vendredi 29 octobre, et nos soldes Utsav durent jusqu'au dimanche 31.", true},
		{"fr", fr, "Diwali tombe le vendredi 29 octobre, et nos soldes Utsav durent jusqu'au dimanche 7.", false},
	})
}

// "spread the cost over 12 months": "over" before a length of time, after
// a verb that spreads a cost, is the period (the fact's 12 months), not a
// false lower bound; another period is still flagged. French says "sur 12
// mois".
func TestSpreadOverAPeriod(t *testing.T) {
	en := []string{"Treatment over $500 can be financed at 0% interest for 12 months through CareCredit."}
	fr := []string{"Les soins de plus de 500 $ peuvent être financés à 0 % sur 12 mois avec CareCredit."}
	runBlindCases(t, []blindCase{
		{"en", en, "For anything over $500, you can spread the cost over 12 months at 0% interest with CareCredit.", true},
		{"en", en, "For anything over $500, you can spread the cost over 18 months at 0% interest with CareCredit.", false},
		{"fr", fr, "Au-delà de 500 $, étalez le coût sur 12 mois à 0 % avec CareCredit.", true},
		{"fr", fr, "Au-delà de 500 $, étalez le coût sur 18 mois à 0 % avec CareCredit.", false},
		// the fact spreads with "finance", the post does not: both read
		// the period through "interest"
		{"en", []string{"Finance: 0% interest over 24 months for approved applicants."}, "0% interest over 24 months, no hidden fees!", true},
		{"en", []string{"Finance: 0% interest over 24 months for approved applicants."}, "0% interest over 36 months, no hidden fees!", false},
	})
}

// "That's 4 Saturday mornings in April alone, and 5 in May!": a bare
// figure before another month counts what the count before it does (the
// Saturdays of May the recurrence holds); a wrong count is still flagged.
func TestEllipticalCountOfAMonth(t *testing.T) {
	en := []string{"Starting Saturday, April 3, 2027, the clinic is open every Saturday from 8 a.m. to 1 p.m.", "The new-patient special must be booked by May 31, 2027."}
	fr := []string{"À partir du samedi 3 avril 2027, le cabinet est ouvert tous les samedis de 8h à 13h.", "L'offre nouveaux patients est à réserver avant le 31 mai 2027."}
	runBlindCases(t, []blindCase{
		{"en", en, "Open every Saturday from April 3rd, 8 a.m.–1 p.m. That's 4 Saturday mornings in April alone, and 5 in May!", true},
		{"en", en, "Open every Saturday from April 3rd, 8 a.m.–1 p.m. That's 4 Saturday mornings in April alone, and 6 in May!", false},
		{"fr", fr, "Ouvert tous les samedis dès le 3 avril, de 8h à 13h : 4 samedis en avril, et 5 en mai !", true},
		{"fr", fr, "Ouvert tous les samedis dès le 3 avril, de 8h à 13h : 4 samedis en avril, et 6 en mai !", false},
	})
}

// "A day and a half of slow fermentation" for loaves fermented for 36
// hours: one unit of time and a half is a length of time, not the share
// "half"; another length is still flagged.
func TestUnitAndAHalf(t *testing.T) {
	en := []string{"Slow Rise loaves are fermented for 36 hours."}
	fr := []string{"Les pains Slow Rise fermentent pendant 36 heures."}
	runBlindCases(t, []blindCase{
		{"en", en, "Slow Rise: a day and a half of slow fermentation in every loaf 😍", true},
		{"en", en, "Slow Rise: a week and a half of slow fermentation in every loaf 😍", false},
		{"fr", fr, "Slow Rise : un jour et demi de fermentation lente dans chaque pain 😍", true},
		{"fr", fr, "Slow Rise : une semaine et demie de fermentation lente dans chaque pain 😍", false},
	})
}

// "Fibre 500 is just £27.99 a month" when the list gives "Fibre 150
// £24.99, Fibre 500 £29.99": a price no fact backs, written right after a
// listed name, suggests that name's price (not the nearest figure), so the
// suggestion makes the text true.
func TestNamedPriceSuggestion(t *testing.T) {
	runSuggestionCases(t, []suggestionCase{
		{"en", "Monthly prices on a 24-month contract: Fibre 150 £24.99, Fibre 500 £29.99, Fibre 900 £39.99.", "Big speed, small price 💜 Fibre 500 is just £27.99 a month.", "£29.99"},
		{"fr", "Prix mensuels avec engagement de 24 mois : Fibre 150 24,99 €, Fibre 500 29,99 €, Fibre 900 39,99 €.", "Grande vitesse, petit prix 💜 Fibre 500 à seulement 27,99 € par mois.", "29,99 €"},
	})
}

// "One hour of tips" for a webinar that "lasts 45 minutes": "one hour" and
// "an hour and a half" are lengths of time in words ("one" and "an" were
// never read as numbers), so a wrong one is flagged; the right one stands.
func TestOneHourInWords(t *testing.T) {
	en := []string{"The free webinar takes place on Wednesday 19 August 2026 at 12:30 pm and lasts 45 minutes."}
	enHour := []string{"The free webinar takes place on Wednesday 19 August 2026 at 12:30 pm and lasts 60 minutes."}
	fr := []string{"Le webinaire gratuit a lieu le mercredi 19 août 2026 à 12h30 et dure 45 minutes."}
	frHour := []string{"Le webinaire gratuit a lieu le mercredi 19 août 2026 à 12h30 et dure 60 minutes."}
	runBlindCases(t, []blindCase{
		{"en", enHour, "Free webinar this Wednesday 19 August, 12:30 pm. One hour of tips to get paid on time!", true},
		{"en", en, "Free webinar this Wednesday 19 August, 12:30 pm. One hour of tips to get paid on time!", false},
		{"fr", frHour, "Webinaire gratuit ce mercredi 19 août à 12h30 : une heure de conseils pour être payé à temps !", true},
		{"fr", fr, "Webinaire gratuit ce mercredi 19 août à 12h30 : une heure de conseils pour être payé à temps !", false},
	})
}

// "zero COD charges" when COD costs "a COD fee of ₹49": "zero" denies a
// named fee as "no" does, and an acronym names a fee; the suggestion is the
// amount nearest the fee in its fact, not the first of the sentence. A fee
// the facts never set is no claim to decide.
func TestZeroNamedFee(t *testing.T) {
	en := []string{"Cash on delivery (COD) is available for orders between ₹499 and ₹15,000, with a COD fee of ₹49."}
	enFree := []string{"Cash on delivery (COD) is available for orders between ₹499 and ₹15,000."}
	fr := []string{"Le paiement à la livraison (COD) est possible pour les commandes de 499 ₹ à 15 000 ₹, avec des frais de COD de 49 ₹."}
	runBlindCases(t, []blindCase{
		{"en", enFree, "COD available on orders from ₹499 to ₹15,000, with zero COD charges 🙌", true},
		{"en", en, "COD available on orders from ₹499 to ₹15,000, with zero COD charges 🙌", false},
		{"fr", fr, "Paiement à la livraison (COD) de 499 ₹ à 15 000 ₹, avec 49 ₹ de frais 🙌", true},
		{"fr", fr, "Paiement à la livraison (COD) de 499 ₹ à 15 000 ₹, sans frais de COD 🙌", false},
	})
	r := check(t, "en", en, "COD available on orders from ₹499 to ₹15,000, with zero COD charges 🙌")
	if len(r.Findings) != 1 || r.Findings[0].Suggestion != "₹49 COD charges" {
		t.Errorf("want one finding suggesting ₹49 COD charges, got %+v", r.Findings)
	}
}

// "free on-site parking" when the facts say "There is no on-site parking.
// Paid parking ($10) is available …, with a free shuttle": a word the fact
// says is paid for ("Paid parking", "parking payant") is not what its
// sentence's gift word is said of, so the denial decides; a free shuttle
// stays backed.
func TestPaidThingBesideAGift(t *testing.T) {
	en := []string{"There is no on-site parking. Paid parking ($10) is available at the Montopolis lot, with a free shuttle every 15 minutes."}
	fr := []string{"Il n'y a pas de parking sur place. Un parking payant (10 $) est disponible au parc Montopolis, avec une navette gratuite toutes les 15 minutes."}
	runBlindCases(t, []blindCase{
		{"en", en, "Park at the Montopolis lot ($10) and hop on the free shuttle 🚌", true},
		{"en", en, "Good news: free on-site parking this year 🚗", false},
		{"fr", fr, "Garez-vous au parc Montopolis (10 $) et prenez la navette gratuite 🚌", true},
		{"fr", fr, "Bonne nouvelle : parking gratuit sur place cette année 🚗", false},
	})
}

// "Five years ago, Priya and Sam founded Tallyroo" when a fact says it was
// "founded in 2019" (campaign 2026): years ago of a founding are counted
// from the founding year to the campaign year, so 7 (or 6) stands and 5
// is contradicted, though "up to 5 users" gives the sheet a 5.
func TestYearsAgoOfAFounding(t *testing.T) {
	en := []string{"Tallyroo is an invoicing app founded in 2019 in Brisbane by Priya Natarajan and Sam Whitlock.", "The Team plan costs $39 a month for up to 5 users.", "The free webinar takes place on Wednesday 19 August 2026."}
	fr := []string{"Tallyroo est une appli de facturation fondée en 2019 à Brisbane par Priya Natarajan et Sam Whitlock.", "La formule Équipe coûte 39 $ par mois pour 5 utilisateurs au plus.", "Le webinaire gratuit a lieu le mercredi 19 août 2026."}
	runBlindCases(t, []blindCase{
		{"en", en, "Seven years ago, Priya Natarajan and Sam Whitlock founded Tallyroo in Brisbane.", true},
		{"en", en, "Five years ago, Priya Natarajan and Sam Whitlock founded Tallyroo in Brisbane.", false},
		{"fr", fr, "Il y a sept ans, Priya Natarajan et Sam Whitlock ont fondé Tallyroo à Brisbane.", true},
		{"fr", fr, "Il y a cinq ans, Priya Natarajan et Sam Whitlock ont fondé Tallyroo à Brisbane.", false},
	})
}

// "waiving the $45 connection fee in store and online" for a fee "waived
// on online orders only": both channels named, the one the facts leave
// out may come first ("online and in store" was already caught); an
// online-only wording stands.
func TestBothChannelsEitherOrder(t *testing.T) {
	en := []string{"During the Black Friday offer, the $45 connection fee is waived on online orders only (northmarkmobile.ca)."}
	fr := []string{"Pendant l'offre Black Friday, les frais de connexion de 45 $ sont offerts uniquement en ligne (northmarkmobile.ca)."}
	runBlindCases(t, []blindCase{
		{"en", en, "Black Friday: we're waiving the $45 connection fee online!", true},
		{"en", en, "Black Friday: we're waiving the $45 connection fee in store and online!", false},
		{"fr", fr, "Black Friday : frais de connexion de 45 $ offerts en ligne !", true},
		{"fr", fr, "Black Friday : frais de connexion de 45 $ offerts en boutique et en ligne !", false},
	})
}
