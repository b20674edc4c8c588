"""Blind verify set 28 (to be opened): 4 fictional brands, 11 posts each, 44 posts.

Written blind: the author read only /work/shared/data/README.md (section "verify/dev.jsonl
conventions"), /work/shared/data/verify/dev.jsonl and testdata/mkblind_common.py. No engine
source, no other testdata, no docs, no git history of the engine; vigie/go never run.

Brands and sectors:
- Club de natation Les Dauphins d'Angers (fr): swimming club, 2026-2027 season registrations,
  age groups, fees, training slots, regional meet, coaches.
- Éditions du Fil Rouge (fr): small Paris publisher, first novel release, price, pages,
  signing tour, literary prize shortlist.
- Harbourview Hotel Galway (en): Irish boutique hotel, Christmas / New Year packages in €,
  rooms, restaurant hours, spa, check-in, Michelin Guide listing.
- Kiwi Crate Co. (en): New Zealand kids' science-kit subscription, plans in NZD, dispatch
  days, ages, school fundraiser.

Calendar checks (Python datetime, all 2026 unless stated):
  Mon 24 Aug; Tue 25 Aug (so "lundi 25 août" is wrong); Sat 5 Sep; Sat 21 / Sun 22 Nov;
  Wed 30 Sep; Thu 3 Sep (so "mardi 3 septembre" is wrong); Thu 10 Sep; Sat 19 Sep; Fri 2 Oct;
  Sat 10 Oct; Thu 12 Nov; Sat 31 Oct; Thu 24 Dec; Sun 27 Dec; Thu 31 Dec (so "Wednesday 31
  December" is wrong); Fri 1 Jan 2027; Sat 2 Jan 2027; Mon 2 Feb; Tue 3 Feb (first Tuesday of
  Feb); Tue 3 Mar (first Tuesday of Mar); Fri 27 Mar; Fri 3 Apr.

Arithmetic used by clean posts:
  Dauphins: 195 + (195 - 30) = 360 €, 360 / 3 = 120 €; founded 1972 -> "plus de 50 ans" (54);
  640 licenciés -> "plus de 600"; coach since 2014 -> "plus de dix ans" (12); 14h-15h = 1 h.
  Fil Rouge: 21,50 - 14,99 = 6,51 €; founded 2011 -> 15 ans in 2026; 86 titres -> "plus de 80";
  tour = 4 dates / 4 villes; 10 Sep -> 10 Oct = one month.
  Harbourview: 1,150 x 0.9 = 1,035, saving 115; 24-27 Dec = 3 nights; 690 / 2 = 345 per night;
  75 min = an hour and a quarter; 38 rooms incl. 6 suites -> 32 other rooms.
  Kiwi Crate: 12 x 39.90 = 478.80, 478.80 - 399 = 79.80; 6 x 39.90 = 239.40, 239.40 - 219 = 20.40;
  50 x 8 = 400; 84,300 -> "over 84,000".
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mkblind_common import build

C, U = "contradicted", "unsupported"

dauphins = {
    "brand": "Club de natation Les Dauphins d'Angers",
    "lang": "fr",
    "facts": [
        "Le Club de natation Les Dauphins d'Angers a été fondé en 1972.",
        "Le club compte 640 licenciés sur la saison 2025-2026.",
        "Les inscriptions pour la saison 2026-2027 se font en ligne sur dauphins-angers.fr/inscriptions à partir du lundi 24 août 2026.",
        "Journée portes ouvertes et inscriptions sur place : samedi 5 septembre 2026, de 10h à 17h, au centre aquatique des Ardoises, 12 rue de la Maraîchère, 49100 Angers.",
        "Groupes : École de nage (6-9 ans), Avenirs (10-11 ans), Jeunes (12-14 ans), Juniors (15-17 ans), Masters (25 ans et plus).",
        "Cotisation saison 2026-2027, licence FFN comprise : 195 € pour l'École de nage, 240 € pour les groupes compétition (Avenirs, Jeunes, Juniors), 210 € pour les Masters.",
        "Réduction de 30 € par enfant à partir du 2e enfant inscrit d'une même famille.",
        "Paiement possible en 3 fois sans frais. Pass'Sport et chèques ANCV acceptés.",
        "Créneaux École de nage : mercredi de 14h à 15h et samedi de 10h à 11h.",
        "Les groupes compétition s'entraînent de 4 à 6 fois par semaine en bassin de 50 m.",
        "Le club organise le Meeting régional des Pays de la Loire les samedi 21 et dimanche 22 novembre 2026 au centre aquatique des Ardoises : environ 420 nageurs de 28 clubs sont attendus. Entrée libre pour le public.",
        "Entraîneur principal : Thomas Le Guennec, titulaire du BEESAN, entraîneur du club depuis 2014. L'École de nage est coordonnée par Camille Rabier.",
        "Séance d'essai gratuite pour les nouveaux nageurs, sur réservation, jusqu'au 30 septembre 2026.",
        "Contact : contact@dauphins-angers.fr, 02 41 66 38 20. Hashtag officiel : #DauphinsAngers.",
    ],
    "brief": "Lancer les inscriptions de la saison 2026-2027 (en ligne dès le 24 août, portes ouvertes le 5 septembre) et annoncer le Meeting régional des 21 et 22 novembre 2026, sur un ton dynamique et familial.",
    "posts": [
        {"id": "dauphins-angers-01", "network": "instagram",
         "post": "🐬 C'est bientôt la rentrée… au bord du bassin ! Les inscriptions pour la saison 2026-2027 ouvrent en ligne dès le lundi 24 août sur dauphins-angers.fr/inscriptions. Et on vous attend samedi 5/09 de 10h à 17h au centre aquatique des Ardoises pour nos portes ouvertes 💙 #DauphinsAngers #natation #Angers",
         "labels": []},
        {"id": "dauphins-angers-02", "network": "facebook",
         "post": "Deux loulous à l'École de nage ? 👧👦 195 € pour le premier, 165 € pour le second grâce à la réduction famille de 30 €, soit 360 € pour la saison, licence FFN comprise. Et vous pouvez payer en 3 fois sans frais (3 × 120 €) ! Pass'Sport et chèques ANCV acceptés 😉 #DauphinsAngers",
         "labels": []},
        {"id": "dauphins-angers-03", "network": "x",
         "post": "🏊 Samedi 21 et dimanche 22 novembre, le centre aquatique des Ardoises accueille le Meeting régional des Pays de la Loire ! Près de 420 nageurs, 28 clubs, deux jours de chrono… et l'entrée est libre. Venez encourager les Dauphins 📣 #DauphinsAngers #natation",
         "labels": []},
        {"id": "dauphins-angers-04", "network": "linkedin",
         "post": "Plus de 50 ans d'histoire et plus de 600 licenciés : le Club de natation Les Dauphins d'Angers aborde la saison 2026-2027 avec ambition. Nos groupes compétition s'entraînent de 4 à 6 fois par semaine en bassin de 50 m, sous la houlette de notre entraîneur principal, Thomas Le Guennec, titulaire du BEESAN et entraîneur du club depuis plus de dix ans. Inscriptions : dauphins-angers.fr/inscriptions",
         "labels": []},
        {"id": "dauphins-angers-05", "network": "tiktok",
         "post": "POV : ton tout premier cours à l'École de nage 🐬💦 Le mercredi à 14h ou le samedi à 10h, une heure dans l'eau dès 6 ans ! Séance d'essai gratuite jusqu'au 30 septembre, sur réservation 👉 dauphins-angers.fr/inscriptions #DauphinsAngers #apprendreànager",
         "labels": []},
        {"id": "dauphins-angers-06", "network": "newsletter",
         "post": "Chères familles, chers nageurs,\n\nLa saison 2026-2027 arrive à grands pas ! Les inscriptions sont ouvertes en ligne depuis le 24 août sur dauphins-angers.fr/inscriptions, et notre journée portes ouvertes aura lieu le samedi 5 septembre, de 10h à 17h, au 12 rue de la Maraîchère.\n\nRappel des cotisations (licence FFN comprise) : École de nage 195 €, groupes Avenirs, Jeunes et Juniors 240 €, Masters (25 ans et +) 210 €. À partir du 2e enfant, 30 € de réduction par enfant.\n\nL'École de nage, coordonnée par Camille Rabier, nage le mercredi de 14h à 15h et le samedi de 10h à 11h.\n\nUne question ? contact@dauphins-angers.fr ou 02 41 66 38 20. À très vite dans l'eau ! 🐬",
         "labels": []},
        {"id": "dauphins-angers-07", "network": "instagram",
         "post": "📣 Top départ ! Les inscriptions Dauphins d'Angers ouvrent en ligne le lundi 25 août sur dauphins-angers.fr/inscriptions. Et cette année, un bonnet du club est offert à chaque nouvel inscrit 🎁🐬 #DauphinsAngers",
         "labels": [(C, "lundi 25 août"), (U, "un bonnet du club est offert à chaque nouvel inscrit")]},
        {"id": "dauphins-angers-08", "network": "facebook",
         "post": "Cotisation 2026-2027 pour les groupes compétition (Avenirs, Jeunes, Juniors) : 220 €, licence FFN comprise 🏅 Paiement possible en 4 fois sans frais, Pass'Sport et chèques ANCV acceptés. Inscriptions sur dauphins-angers.fr/inscriptions #DauphinsAngers",
         "labels": [(C, "220 €"), (C, "4 fois")]},
        {"id": "dauphins-angers-09", "network": "x",
         "post": "Les 21 et 22 novembre, plus de 450 nageurs sont attendus au centre aquatique des Ardoises pour le Meeting régional des Pays de la Loire 🔥 Le plus grand meeting de natation de l'Ouest, à ne pas manquer ! #DauphinsAngers",
         "labels": [(C, "plus de 450"), (U, "Le plus grand meeting de natation de l'Ouest")]},
        {"id": "dauphins-angers-10", "network": "linkedin",
         "post": "Fondé en 1972, notre club est fier de son encadrement : Thomas Le Guenec, entraîneur principal, double champion de France Masters, accompagne nos nageurs depuis 2014. Une expertise au service de nos 640 licenciés. #DauphinsAngers",
         "labels": [(C, "Thomas Le Guenec"), (U, "double champion de France Masters")]},
        {"id": "dauphins-angers-11", "network": "tiktok",
         "post": "Ton enfant a 5 ans et rêve de nager comme un dauphin ? 🐬 L'École de nage l'accueille le mercredi à 14h pour des séances de 1h30 ! Séance d'essai gratuite jusqu'au 30 septembre #DauphinsAngers",
         "labels": [(C, "5 ans"), (C, "1h30")]},
    ],
}

filrouge = {
    "brand": "Éditions du Fil Rouge",
    "lang": "fr",
    "facts": [
        "Les Éditions du Fil Rouge sont une maison d'édition indépendante fondée en 2011, installée au 27 rue des Cascades, 75020 Paris.",
        "La maison est dirigée par sa fondatrice, Sophie Marchetti. Son catalogue compte 86 titres.",
        "« La Nuit des sémaphores », premier roman de Maëlle Kerbrat, paraît le jeudi 3 septembre 2026.",
        "Le roman compte 312 pages. Prix : 21,50 € (broché), 14,99 € (numérique).",
        "Premier tirage : 4 000 exemplaires.",
        "Maëlle Kerbrat, 34 ans, est née à Brest et enseigne les lettres dans un lycée de Nantes.",
        "L'histoire se déroule en 1962 sur l'île d'Ouessant, autour de la gardienne d'un sémaphore.",
        "Tournée de signatures : jeudi 10 septembre 2026 à 18h30, librairie L'Encre Vive (Paris 11e) ; samedi 19 septembre à 15h, librairie La Marée Haute (Brest) ; vendredi 2 octobre à 19h, librairie Page Blanche (Nantes) ; samedi 10 octobre à 16h, librairie Les Mots Voyageurs (Rennes).",
        "Le roman figure dans la première sélection du prix Horizon du premier roman 2026. Le lauréat sera annoncé le 12 novembre 2026.",
        "En 2023, « Les Saisons lentes » de Paul Ferrand, publié par la maison, a reçu le prix Lucioles des lecteurs.",
        "Précommande sur editionsdufilrouge.fr/semaphores : les 200 premières précommandes reçoivent un marque-page illustré.",
        "Couverture illustrée par Inès Moreau.",
        "Contact presse : presse@editionsdufilrouge.fr.",
        "Hashtag officiel : #NuitDesSemaphores.",
    ],
    "brief": "Faire connaître la parution de « La Nuit des sémaphores » le 3 septembre 2026, pousser les précommandes et annoncer la tournée de signatures de Maëlle Kerbrat, sur un ton littéraire et chaleureux.",
    "posts": [
        {"id": "fil-rouge-01", "network": "instagram",
         "post": "📚 Le 3 septembre, « La Nuit des sémaphores » arrive en librairie ! Le premier roman de Maëlle Kerbrat, 312 pages de vent et de secrets sur l'île d'Ouessant, en 1962 🌊 On l'aime d'amour. Précommandez-le dès maintenant : editionsdufilrouge.fr/semaphores #NuitDesSemaphores #rentréelittéraire",
         "labels": []},
        {"id": "fil-rouge-02", "network": "facebook",
         "post": "Maëlle Kerbrat part à votre rencontre ✍️\n• Jeudi 10/09, 18h30 : L'Encre Vive, Paris 11e\n• Samedi 19/09, 15h : La Marée Haute, Brest, sa ville natale\n• Vendredi 2 octobre, 19h : Page Blanche, Nantes\n• Samedi 10 octobre, 16h : Les Mots Voyageurs, Rennes\nQuatre villes, quatre rendez-vous, on a hâte de vous y voir 💛 #NuitDesSemaphores",
         "labels": []},
        {"id": "fil-rouge-03", "network": "x",
         "post": "« La Nuit des sémaphores » : 21,50 € en broché, 14,99 € en numérique, soit 6,51 € d'écart. Papier ou liseuse, à vous de choisir 😉 Premier tirage : 4 000 exemplaires. #NuitDesSemaphores",
         "labels": []},
        {"id": "fil-rouge-04", "network": "linkedin",
         "post": "Depuis 2011, les Éditions du Fil Rouge défendent une littérature exigeante depuis le 20e arrondissement de Paris : plus de 80 titres au catalogue, et un prix Lucioles des lecteurs en 2023 pour « Les Saisons lentes » de Paul Ferrand. Cette rentrée, nous sommes fiers de voir « La Nuit des sémaphores » de Maëlle Kerbrat dans la première sélection du prix Horizon du premier roman 2026. Verdict le jeudi 12 novembre 🤞",
         "labels": []},
        {"id": "fil-rouge-05", "network": "newsletter",
         "post": "Chères lectrices, chers lecteurs,\n\nLe jeudi 3 septembre paraît « La Nuit des sémaphores », le premier roman de Maëlle Kerbrat. Née à Brest, professeure de lettres à Nantes, elle nous emmène en 1962 sur l'île d'Ouessant, aux côtés de la gardienne d'un sémaphore.\n\nLa couverture est signée Inès Moreau, et les 200 premières précommandes sur editionsdufilrouge.fr/semaphores recevront un marque-page illustré 🔖\n\nDe Paris le 10 septembre à Rennes le 10 octobre, un mois de rencontres en librairie vous attend.\n\nJournalistes : presse@editionsdufilrouge.fr\n\nBelles lectures,\nSophie Marchetti",
         "labels": []},
        {"id": "fil-rouge-06", "network": "instagram",
         "post": "J-7 ⏳ Le mardi 3 septembre, « La Nuit des sémaphores » de Maëlle Kerbrat sera dans toutes les bonnes librairies ! Un premier roman déjà traduit en cinq langues 🌍 #NuitDesSemaphores",
         "labels": [(C, "mardi 3 septembre"), (U, "déjà traduit en cinq langues")]},
        {"id": "fil-rouge-07", "network": "facebook",
         "post": "Brest, on arrive ! 🌊 Maëlle Kerbrat signera « La Nuit des sémaphores » le samedi 19 septembre à 16h à la librairie La Marée Haute. Un verre de chouchen sera offert à chaque lecteur 🥂 #NuitDesSemaphores",
         "labels": [(C, "16h"), (U, "Un verre de chouchen sera offert à chaque lecteur")]},
        {"id": "fil-rouge-08", "network": "x",
         "post": "312 pages, 19,50 € : « La Nuit des sémaphores » est disponible en précommande sur editionsdufilrouge.fr/semaphores, livraison offerte pour toute précommande 📦 #NuitDesSemaphores",
         "labels": [(C, "19,50 €"), (U, "livraison offerte pour toute précommande")]},
        {"id": "fil-rouge-09", "network": "linkedin",
         "post": "Fierté immense : « La Nuit des sémaphores », premier roman de Maëlle Kerbrat, est déjà lauréat du prix Horizon du premier roman 2026 🏆 Et nous lançons un premier tirage de 40 000 exemplaires. #NuitDesSemaphores",
         "labels": [(C, "déjà lauréat du prix Horizon du premier roman 2026"), (C, "40 000")]},
        {"id": "fil-rouge-10", "network": "tiktok",
         "post": "Les 500 premières précommandes de « La Nuit des sémaphores » reçoivent un marque-page illustré 🔖✨ Le premier roman de Maëlle Kerbrac, en librairie le 3 septembre ! #NuitDesSemaphores #booktok",
         "labels": [(C, "500"), (C, "Maëlle Kerbrac")]},
        {"id": "fil-rouge-11", "network": "bluesky",
         "post": "Un sémaphore, une gardienne, l'île de Sein en 1962… « La Nuit des sémaphores », inspiré d'une histoire vraie, paraît le 3 septembre. Demandes presse : presse@editions-filrouge.fr #NuitDesSemaphores",
         "labels": [(C, "l'île de Sein"), (U, "inspiré d'une histoire vraie"), (C, "presse@editions-filrouge.fr")]},
    ],
}

harbourview = {
    "brand": "Harbourview Hotel Galway",
    "lang": "en",
    "facts": [
        "Harbourview Hotel is a boutique hotel at 3 Claddagh Quay, Galway H91 X2R4, a 10-minute walk from Eyre Square.",
        "The hotel has 38 rooms, including 6 harbour-view suites.",
        "'A Galway Christmas' package: 3 nights from 24 to 27 December 2026, €1,150 per room (two sharing), including daily breakfast, a Christmas Eve mulled wine reception, a five-course Christmas Day lunch and one 50-minute spa treatment per guest.",
        "Book 'A Galway Christmas' before 31 October 2026 and save 10%.",
        "New Year package: 2 nights from 31 December 2026 to 2 January 2027, €690 per room (two sharing), including a New Year's Eve gala dinner with live music.",
        "The Tide Room restaurant serves dinner Tuesday to Saturday, 6 pm to 9:30 pm. Breakfast is served daily from 7:30 am to 10:30 am.",
        "The Tide Room is recommended in the Michelin Guide Great Britain & Ireland 2026 (no star).",
        "Head chef: Ciarán Mulvey.",
        "The Seaweed Spa has 4 treatment rooms. Signature treatment: the Atlantic Seaweed Ritual, 75 minutes, €120.",
        "Check-in from 3 pm, check-out by 11 am (12 noon on 27 December for Christmas package guests).",
        "Residents can park at the Harbour Car Park next door for €15 per 24 hours.",
        "Harbourview won Best Boutique Hotel in Connacht at the Irish Hotel Awards 2025.",
        "Bookings: harbourviewgalway.ie/christmas, +353 91 562 480, stay@harbourviewgalway.ie.",
        "Official hashtag: #HarbourviewChristmas.",
    ],
    "brief": "Promote the 'A Galway Christmas' and New Year packages for 2026 (10% early-booking saving before 31 October) and the Tide Room restaurant, in a warm, festive tone.",
    "posts": [
        {"id": "harbourview-galway-01", "network": "instagram",
         "post": "🎄 A Galway Christmas at Harbourview: three nights, 24–27 December, breakfast every morning, mulled wine on Christmas Eve and a five-course lunch on Christmas Day. €1,150 per room for two 💫 Book before October 31st and save 10% → harbourviewgalway.ie/christmas #HarbourviewChristmas",
         "labels": []},
        {"id": "harbourview-galway-02", "network": "facebook",
         "post": "Early birds, this one's for you 🐦 Book 'A Galway Christmas' before 31 October and pay €1,035 instead of €1,150 per room (two sharing), that's €115 back in your pocket for the Christmas shopping 🎁 Call us on +353 91 562 480 or book at harbourviewgalway.ie/christmas #HarbourviewChristmas",
         "labels": []},
        {"id": "harbourview-galway-03", "network": "x",
         "post": "So proud that The Tide Room is recommended in the Michelin Guide Great Britain & Ireland 2026 ✨ Dinner Tue–Sat, 6–9.30pm. Head chef Ciarán Mulvey and the team can't wait to cook for you 🍽️ #HarbourviewChristmas #Galway",
         "labels": []},
        {"id": "harbourview-galway-04", "network": "linkedin",
         "post": "Named Best Boutique Hotel in Connacht at the Irish Hotel Awards 2025, Harbourview is 38 rooms (six of them harbour-view suites) on Claddagh Quay, just a 10-minute stroll from Eyre Square. This Christmas, our team is ready to welcome you home for the holidays. #HarbourviewChristmas",
         "labels": []},
        {"id": "harbourview-galway-05", "network": "tiktok",
         "post": "An hour and a quarter of pure Atlantic bliss 🌊 The Atlantic Seaweed Ritual (€120) at The Seaweed Spa is our signature treatment, and every guest on 'A Galway Christmas' gets a 50-minute spa treatment included 🎄 #HarbourviewChristmas #spaday",
         "labels": []},
        {"id": "harbourview-galway-06", "network": "newsletter",
         "post": "Ring in 2027 on the Galway waterfront 🥂\n\nNew Year's Eve falls on a Thursday this year, and our New Year package gives you two nights, 31 December to 2 January, with a gala dinner and live music on the big night. €690 per room for two sharing, or €345 a night.\n\nCheck-in is from 3 pm, check-out by 11 am, and residents can park right next door at the Harbour Car Park for €15 per 24 hours.\n\nQuestions? stay@harbourviewgalway.ie\n\nSee you on Claddagh Quay! #HarbourviewChristmas",
         "labels": []},
        {"id": "harbourview-galway-07", "network": "instagram",
         "post": "✨ 'A Galway Christmas' is back: 3 nights, 23–26 December, with a five-course Christmas Day lunch and complimentary champagne on arrival 🍾 €1,150 per room, two sharing. harbourviewgalway.ie/christmas #HarbourviewChristmas",
         "labels": [(C, "23–26 December"), (U, "complimentary champagne on arrival")]},
        {"id": "harbourview-galway-08", "network": "facebook",
         "post": "Dinner at The Tide Room, awarded a Michelin star in 2026, is the perfect way to end a winter's day in Galway 🌟 We're open seven nights a week from 6 pm. Book your table: +353 91 562 480",
         "labels": [(C, "awarded a Michelin star"), (C, "seven nights a week")]},
        {"id": "harbourview-galway-09", "network": "x",
         "post": "Treat yourself to the Atlantic Seaweed Ritual 🌿 90 minutes, €120, at The Seaweed Spa. Booking a Christmas stay? Do it before 31 October and save 15%! #HarbourviewChristmas",
         "labels": [(C, "90 minutes"), (C, "15%")]},
        {"id": "harbourview-galway-10", "network": "linkedin",
         "post": "With 42 rooms and 6 harbour-view suites, Harbourview is Galway's only five-star boutique hotel. Thank you to our guests and to the Irish Hotel Awards 2025 for naming us Best Boutique Hotel in Connacht. #HarbourviewChristmas",
         "labels": [(C, "42"), (U, "Galway's only five-star boutique hotel")]},
        {"id": "harbourview-galway-11", "network": "mastodon",
         "post": "Our New Year package: 2 nights from Wednesday 31 December, gala dinner with live music included, €690 per person. Book now at harbourview-galway.ie/christmas 🎆",
         "labels": [(C, "Wednesday 31 December"), (C, "per person"), (C, "harbourview-galway.ie/christmas")]},
    ],
}

kiwi = {
    "brand": "Kiwi Crate Co.",
    "lang": "en",
    "facts": [
        "Kiwi Crate Co. is a monthly subscription box of hands-on science kits for children aged 5 to 12, founded in 2019 in Christchurch by Priya Nair and Sam Te Kani.",
        "Two ranges: Junior Crates (ages 5–8) and Explorer Crates (ages 9–12).",
        "Each crate contains 3 experiments and an illustrated activity booklet.",
        "Plans: Monthly NZ$39.90 per crate; 6-month plan NZ$219 paid upfront; 12-month plan NZ$399 paid upfront.",
        "Shipping within New Zealand costs NZ$5 per crate, and is free on 12-month plans.",
        "Crates are dispatched on the first Tuesday of each month via NZ Post; delivery takes 2 to 4 working days (rural addresses up to 6).",
        "Monthly plans can be paused or cancelled at any time. 6- and 12-month plans cannot be cancelled or refunded once the first crate has been dispatched.",
        "Kiwi Crate Co. has shipped 84,300 crates since 2019. The collection has 42 crate themes.",
        "School Fundraiser: from Monday 2 February to Friday 27 March 2026, NZ$8 goes to the school for every crate ordered with that school's code.",
        "Schools that reach 50 orders during the School Fundraiser also receive a free Classroom Kit (worth NZ$149).",
        "Schools register at kiwicrate.co.nz/schools. School codes are valid on monthly and 6-month plans only.",
        "All kits are tested to the AS/NZS ISO 8124 toy safety standard.",
        "Kiwi Crate Co. was named Best Educational Product at the 2025 Aotearoa Family Choice Awards.",
        "Contact: hello@kiwicrate.co.nz, 0800 548 272. Official hashtag: #KiwiCrateScience.",
    ],
    "brief": "Launch the School Fundraiser (2 February – 27 March 2026) for Term 1 and grow subscriptions, with a curious, playful tone for parents and teachers.",
    "posts": [
        {"id": "kiwi-crate-01", "network": "instagram",
         "post": "🔬 Back-to-school science is here! From Mon 2 Feb to Fri 27 March, every crate ordered with your school's code sends NZ$8 straight to your school 🏫💚 Teachers, register at kiwicrate.co.nz/schools #KiwiCrateScience #Term1",
         "labels": []},
        {"id": "kiwi-crate-02", "network": "facebook",
         "post": "Let's talk maths 🧮 Our 12-month plan is NZ$399 upfront. Month by month, 12 × NZ$39.90 would be NZ$478.80, so you save NZ$79.80, AND shipping is free on 12-month plans 📦 Not ready for a year? The 6-month plan (NZ$219) still saves you NZ$20.40. #KiwiCrateScience",
         "labels": []},
        {"id": "kiwi-crate-03", "network": "x",
         "post": "Over 84,000 crates shipped since 2019 🎉 Three experiments and an illustrated activity booklet in every box, for curious kids aged 5 to 12. Thank you, Aotearoa! #KiwiCrateScience",
         "labels": []},
        {"id": "kiwi-crate-04", "network": "tiktok",
         "post": "When does my crate arrive?? 📦 We dispatch on the first Tuesday of every month, so February crates leave on Tuesday 3 Feb and March crates on Tuesday 3 March 🚚 Allow 2–4 working days (up to 6 for rural addresses). #KiwiCrateScience #scienceforkids",
         "labels": []},
        {"id": "kiwi-crate-05", "network": "linkedin",
         "post": "Principals and PTA teams: our School Fundraiser runs this Term 1, from 2 February to 27 March. Every crate ordered with your school's code means NZ$8 for your school: 50 crates = NZ$400. Reach 50 orders and you'll also receive a free Classroom Kit worth NZ$149. All kits are tested to AS/NZS ISO 8124. Register at kiwicrate.co.nz/schools #KiwiCrateScience",
         "labels": []},
        {"id": "kiwi-crate-06", "network": "instagram",
         "post": "Little scientists aged 4 to 12, this one's for you 🧪✨ Pick Junior or Explorer Crates, with free shipping on every plan! #KiwiCrateScience",
         "labels": [(C, "4"), (C, "free shipping on every plan")]},
        {"id": "kiwi-crate-07", "network": "facebook",
         "post": "Fundraising made fun 🎒 Until 27 March, NZ$10 goes to your school for every crate ordered with its code, and the code is valid on all plans! Sign up at kiwicrate.co.nz/schools #KiwiCrateScience",
         "labels": [(C, "NZ$10"), (C, "valid on all plans")]},
        {"id": "kiwi-crate-08", "network": "x",
         "post": "Crates ship on the first Monday of every month, with delivery in 24 hours anywhere in NZ 🚀 #KiwiCrateScience",
         "labels": [(C, "first Monday"), (C, "delivery in 24 hours")]},
        {"id": "kiwi-crate-09", "network": "linkedin",
         "post": "Founded in Christchurch in 2018 by Priya Nair and Sam Te Kani, Kiwi Crate Co. is now New Zealand's number one science subscription for kids, with 84,300 crates shipped. #KiwiCrateScience",
         "labels": [(C, "2018"), (U, "New Zealand's number one science subscription for kids")]},
        {"id": "kiwi-crate-10", "network": "tiktok",
         "post": "Cancel anytime on any plan 🙌 and every crate is packed with 5 experiments! #KiwiCrateScience #STEM",
         "labels": [(C, "Cancel anytime on any plan"), (C, "5")]},
        {"id": "kiwi-crate-11", "network": "newsletter",
         "post": "Kia ora, science fans! 🥝\n\nOur School Fundraiser is open: from Monday 2 February until Friday 3 April, every crate ordered with a school code sends NZ$8 to that school, and schools reaching 50 orders get a free Classroom Kit (worth NZ$149). Every participating class also gets a free teacher's guide!\n\nA reminder of our plans: Monthly NZ$39.90, 6-month NZ$229 upfront, 12-month NZ$399 upfront.\n\nQuestions? hello@kiwicrate.co.nz or 0800 548 272.\n\nHappy experimenting! #KiwiCrateScience",
         "labels": [(C, "Friday 3 April"), (U, "Every participating class also gets a free teacher's guide"), (C, "NZ$229")]},
    ],
}

if __name__ == "__main__":
    build([dauphins, filrouge, harbourview, kiwi], os.path.join(HERE, "blind28.jsonl"))
