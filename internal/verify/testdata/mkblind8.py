"""Blind labelled set no. 8 for Vigie's Verify engine: writes blind8.jsonl.

Written blind: the author never read the engine (internal/verify/, internal/claims/),
its docs, the other labelled sets or their generators, only the labelling conventions
of ../shared/data/README.md, the style of ../shared/data/verify/dev.jsonl and
mkblind_common.py. All four brands are fictional.

Brands and sectors (11 posts each, 44 in all):
- Routalys (fr): long-distance coach company, new Rennes - Toulouse line and a launch fare.
- Aubépine Voyages (fr): travel agency, a family package holiday in Crete, summer 2027.
- Wrenfold Hall (en, UK): heritage house and gardens, Winter Lights trail and membership.
- Larkfit (en, Ireland): budget gym chain, a new 24/7 club in Athlone.

Calendar checks, made with Python's calendar module (and asserted again below, so a
date edited later cannot silently lose its weekday):
- 2 April 2027 is a Friday; 30 April 2027 a Friday.
- 5 June and 25 September 2027 are Saturdays; there are 17 Saturdays from 5 June to
  25 September 2027 inclusive (4 in June, 5 in July, 4 in August, 4 in September).
- 16 January 2027 is a Saturday; 31 January 2027 a Sunday.
- 27 November 2026 is a Friday, 20 December 2026 a Sunday; from 27 November to
  20 December 2026 there are 15 Thursday-to-Sunday evenings and 4 weekends.
- 31 December 2026 is a Thursday; 27 March 2027 a Saturday; 31 October 2027 a Sunday.
- 9 January 2027 is a Saturday; 28 December 2026 a Monday; 17 January 2027 a Sunday.
Arithmetic used by clean posts: 10 EUR saved on 19,90 -> 9,90; 6 EUR saved on a bag
added online (9 vs 15); Rennes 7h15 -> Toulouse 16h55 is 9 h 40; family of 2 adults +
2 children = 3 760 EUR, 3 460 EUR with 150 EUR off per adult; 30 % of 1 190 = 357 EUR;
joint membership 120 GBP = 24 GBP less than 2 x 72; members save 4 GBP (14 vs 18);
Plus costs 8 EUR more than Standard (32.99 vs 24.99); 2027 - 2017 = 10 years;
2027 - 2015 = 12 years; 2026 - 1612 = 414 years; Rosalind Ashby, since 2009, 17 years.

Run: python3 mkblind8.py  (from this folder)
"""
import calendar
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mkblind_common import build  # noqa: E402

WEEKDAYS = [
    ((2027, 4, 2), "Friday"), ((2027, 4, 30), "Friday"),
    ((2027, 6, 5), "Saturday"), ((2027, 9, 25), "Saturday"),
    ((2027, 1, 16), "Saturday"), ((2027, 1, 31), "Sunday"),
    ((2026, 11, 27), "Friday"), ((2026, 12, 20), "Sunday"),
    ((2026, 12, 31), "Thursday"), ((2027, 3, 27), "Saturday"), ((2027, 10, 31), "Sunday"),
    ((2027, 1, 9), "Saturday"), ((2026, 12, 28), "Monday"), ((2027, 1, 17), "Sunday"),
]


def check_calendar():
    for (y, m, d), name in WEEKDAYS:
        got = calendar.day_name[calendar.weekday(y, m, d)]
        assert got == name, ((y, m, d), got, name)

    def count(a, b, days):
        n, x = 0, a
        while x <= b:
            n += x.weekday() in days
            x += datetime.timedelta(days=1)
        return n
    assert count(datetime.date(2027, 6, 5), datetime.date(2027, 9, 25), {5}) == 17
    assert count(datetime.date(2026, 11, 27), datetime.date(2026, 12, 20), {3, 4, 5, 6}) == 15
    assert count(datetime.date(2026, 11, 27), datetime.date(2026, 12, 20), {5}) == 4


ROUTALYS = {
    "brand": "Routalys",
    "lang": "fr",
    "facts": [
        "Routalys est une compagnie d'autocars longue distance fondée en 2015 à Nantes.",
        "Le directeur général de Routalys est Yannick Le Bihan.",
        "Le réseau Routalys dessert 64 villes en France et en Espagne.",
        "La nouvelle ligne Rennes – Toulouse est mise en service le vendredi 2 avril 2027.",
        "La ligne Rennes – Toulouse marque trois arrêts intermédiaires : Nantes, Niort et Bordeaux.",
        "Le car quitte la gare routière de Rennes tous les jours à 7h15 et arrive à la gare routière Pierre-Sémard de Toulouse à 16h55.",
        "Le billet Rennes – Toulouse est vendu à partir de 29,90 €.",
        "Offre de lancement : pour les voyages effectués du 2 au 30 avril 2027, le trajet Nantes – Bordeaux coûte 9,90 € au lieu de 19,90 €.",
        "Chaque passager a droit à un bagage en soute de 20 kg maximum et à un bagage à main de 7 kg, compris dans le prix du billet.",
        "Un bagage supplémentaire en soute coûte 9 € s'il est ajouté en ligne et 15 € s'il est payé au conducteur.",
        "Les billets sont modifiables sans frais jusqu'à 24 heures avant le départ ; ils ne sont pas remboursables.",
        "Les enfants de moins de 12 ans voyagent à -50 % lorsqu'ils sont accompagnés d'un adulte.",
        "Tous les cars Routalys sont équipés du Wi-Fi gratuit, de prises USB à chaque siège et de toilettes.",
        "Routalys a reçu le Trophée de la mobilité durable 2026 de la Région Pays de la Loire.",
        "Les réservations se font sur routalys.fr ou dans l'application Routalys ; le hashtag officiel de la ligne est #RoutalysSudOuest.",
    ],
    "brief": "Annoncer la mise en service de la ligne Rennes – Toulouse le 2 avril 2027 et faire connaître l'offre de lancement sur Nantes – Bordeaux, en rappelant les règles de bagages et de réservation, sur un ton simple et rassurant.",
    "posts": [
        {"id": "routalys-01", "network": "instagram",
         "post": "Rennes ➡️ Toulouse sans changement 🙌 Dès le 02/04/2027, notre nouvelle ligne vous emmène dans la Ville rose en 9h40, avec des arrêts à Nantes, Niort et Bordeaux. Qui part avec nous ? 👇 #RoutalysSudOuest #voyage"},
        {"id": "routalys-02", "network": "facebook",
         "post": "Nantes – Bordeaux pour 9,90 € 😍 Pour fêter l'arrivée de notre ligne Rennes – Toulouse, le trajet Nantes – Bordeaux passe à 9,90 € au lieu de 19,90 € pour tous les voyages du 2 au 30 avril. Ça fait 10 € d'économie, et votre valise de 20 kg voyage en soute sans supplément 🧳 Réservez sur www.routalys.fr ou dans l'appli Routalys !"},
        {"id": "routalys-03", "network": "linkedin",
         "post": "Douze ans après sa création à Nantes, ROUTALYS ouvre le 2 avril sa ligne Rennes – Toulouse, avec trois arrêts intermédiaires (Nantes, Niort, Bordeaux). Une étape de plus pour l'entreprise dirigée par Yannick Le Bihan, lauréate du Trophée de la mobilité durable 2026 de la Région Pays de la Loire, et dont le réseau dessert aujourd'hui plus de 60 villes en France et en Espagne. #RoutalysSudOuest #mobilité"},
        {"id": "routalys-04", "network": "x",
         "post": "🧳 Bagages : on vous dit tout ! 1 bagage en soute (20 kg max) + 1 bagage à main (7 kg) sont inclus dans votre billet. Une valise en plus ? 9 € en ligne contre 15 € auprès du conducteur : ajoutez-la sur routalys.fr et gardez 6 € en poche 😉"},
        {"id": "routalys-05", "network": "tiktok",
         "post": "POV : tu quittes Rennes à 7 h 15 et tu poses tes valises à Toulouse moins de 10 heures plus tard 🌞 Wi-Fi gratuit, prise USB à ton siège, toilettes à bord… le trajet passe tout seul 🎧 Dès le vendredi 2 avril avec Routalys ! #RoutalysSudOuest #roadtrip"},
        {"id": "routalys-06", "network": "mastodon",
         "post": "Bon à savoir avant de réserver votre Rennes – Toulouse : les billets se modifient gratuitement jusqu'à 24 h avant le départ (mais ne sont pas remboursés), et les moins de douze ans accompagnés d'un adulte paient moitié prix. Billets dès 29,90 € sur https://routalys.fr #RoutalysSudOuest"},
        {"id": "routalys-07", "network": "x",
         "post": "🚨 Nouvelle ligne Rennes – Toulouse dès le jeudi 2 avril ! Départ de Rennes à 7h15, arrivée à Toulouse à 16h35. Billets à partir de 29,90 € sur routalys.com #RoutalysSudOuest",
         "labels": [("contradicted", "jeudi 2 avril"), ("contradicted", "16h35"),
                    ("contradicted", "routalys.com")]},
        {"id": "routalys-08", "network": "instagram",
         "post": "Nantes – Bordeaux à 9,90 € au lieu de 24,90 € 🤩 Offre de lancement valable pour tous les voyages jusqu'au 31 mai, et un café offert à bord pour chaque réservation ☕ Réservez vite ! #RoutalysSudOuest",
         "labels": [("contradicted", "24,90 €"), ("contradicted", "31 mai"),
                    ("unsupported", "un café offert à bord pour chaque réservation")]},
        {"id": "routalys-09", "network": "facebook",
         "post": "Rappel bagages 🧳 Votre billet comprend un bagage en soute jusqu'à 23 kg et un bagage à main de 7 kg. Les vélos voyagent gratuitement en soute 🚲 Bonne route sur la nouvelle ligne Rennes – Toulouse !",
         "labels": [("contradicted", "23 kg"),
                    ("unsupported", "Les vélos voyagent gratuitement en soute")]},
        {"id": "routalys-10", "network": "linkedin",
         "post": "Routalys, premier réseau d'autocars de l'Ouest de la France, ouvre le 2 avril 2027 sa ligne Rennes – Toulouse. Née à Nantes en 2015 et dirigée par Yannick Le Gall, l'entreprise dessert aujourd'hui plus de 70 villes en France et en Espagne. #RoutalysSudOuest",
         "labels": [("unsupported", "premier réseau d'autocars de l'Ouest de la France"),
                    ("contradicted", "Yannick Le Gall"), ("contradicted", "plus de 70")]},
        {"id": "routalys-11", "network": "bluesky",
         "post": "Changement de programme ? Pas de souci : vos billets Routalys sont modifiables sans frais jusqu'à 2 h avant le départ, et même remboursables ✌️ Et les moins de 12 ans voyagent à -50 % avec un adulte. #RoutalysSudOuest",
         "labels": [("contradicted", "2 h"), ("contradicted", "remboursables")]},
    ],
}

AUBEPINE = {
    "brand": "Aubépine Voyages",
    "lang": "fr",
    "facts": [
        "Aubépine Voyages est une agence de voyages indépendante fondée en 1992 à Dijon.",
        "Le réseau compte 6 agences en Bourgogne-Franche-Comté et 38 conseillers voyage.",
        "Claire Fontenay est la directrice générale d'Aubépine Voyages.",
        "L'agence principale se trouve au 14 rue de la Liberté, à Dijon.",
        "Le séjour « Crète en famille » dure 8 jours et 7 nuits à l'hôtel Kalimera Beach, 4 étoiles, à Hersonissos, en formule tout compris.",
        "Les départs ont lieu de l'aéroport de Lyon-Saint-Exupéry chaque samedi, du samedi 5 juin au samedi 25 septembre 2027.",
        "Le séjour coûte à partir de 1 190 € par adulte et 690 € par enfant de 2 à 11 ans, sur la base de deux adultes en chambre double.",
        "Le prix comprend le vol aller-retour, les transferts entre l'aéroport et l'hôtel, la formule tout compris et l'assistance d'un représentant francophone sur place.",
        "Le prix ne comprend pas l'assurance annulation, proposée à 45 € par personne, ni la taxe de séjour, payable sur place.",
        "Offre Réservez tôt : 150 € de réduction par adulte pour toute réservation confirmée au plus tard le dimanche 31 janvier 2027.",
        "Un acompte de 30 % est demandé à la réservation ; le solde est à régler 30 jours avant le départ.",
        "L'hôtel Kalimera Beach dispose de 3 piscines, dont une chauffée, et d'un mini-club gratuit pour les enfants de 4 à 12 ans.",
        "Le samedi 16 janvier 2027, les 6 agences organisent une journée portes ouvertes de 9h30 à 18h30.",
        "Aubépine Voyages a été élue meilleure agence indépendante de Bourgogne-Franche-Comté aux Trophées du Tourisme régional 2025.",
        "Le site de l'agence est aubepine-voyages.fr et le hashtag de la campagne est #AubepineEte2027.",
    ],
    "brief": "Lancer les ventes du séjour « Crète en famille » de l'été 2027, pousser l'offre Réservez tôt avant le 31 janvier 2027 et inviter aux portes ouvertes du 16 janvier, sur un ton chaleureux qui donne envie de soleil.",
    "posts": [
        {"id": "aubepine-01", "network": "instagram",
         "post": "☀️ Et si l'été 2027 avait un goût de Crète ? Notre séjour « Crète en famille », c'est 7 nuits au Kalimera Beach 4* à Hersonissos, en tout compris, avec le vol au départ de Lyon 🛫 Les enfants vont adorer le mini-club (gratuit de 4 à 12 ans) et les trois piscines 🏊 Dès 1 190 €/adulte. Infos sur aubepine-voyages.fr #AubepineEte2027 #Crete"},
        {"id": "aubepine-02", "network": "facebook",
         "post": "Combien coûte une semaine en Crète pour une famille de quatre ? 🤔 Deux adultes en chambre double et deux enfants de 2 à 11 ans : le séjour « Crète en famille » démarre à 3 760 €… et descend à 3 460 € si vous réservez d'ici le 31 janvier grâce à l'offre Réservez tôt (150 € de moins par adulte) ! Vols, transferts et formule tout compris inclus 😍 #AubepineEte2027"},
        {"id": "aubepine-03", "network": "linkedin",
         "post": "Depuis plus de trente ans, Aubepine Voyages fait voyager les familles de Bourgogne-Franche-Comté. Nos 38 conseillers, répartis dans nos six agences, sont fiers du titre de meilleure agence indépendante de la région obtenu aux Trophées du Tourisme régional 2025. Cet été, cap sur la Crète : 17 départs de Lyon-Saint-Exupéry, tous les samedis du 5 juin au 25 septembre ! #AubepineEte2027 #tourisme"},
        {"id": "aubepine-04", "network": "x",
         "post": "📅 Samedi 16 janvier, portes ouvertes dans nos 6 agences, de 9h30 à 18h30 ! Venez rêver de Crète avec nos conseillers 🌞 Et jusqu'au dimanche 31/01, c'est 150 € de remise par adulte sur votre séjour. #AubepineEte2027"},
        {"id": "aubepine-05", "network": "mastodon",
         "post": "Réserver maintenant, payer le reste plus tard 💡 Pour votre séjour en Crète, seul un acompte de 30 % est demandé à la réservation, le solde se règle 30 jours avant le départ. Pour un adulte au tarif de 1 190 €, cela fait 357 € à l'inscription. Assurance annulation en option à 45 €/pers. On vous attend au 14 rue de la Liberte à Dijon ou sur https://www.aubepine-voyages.fr"},
        {"id": "aubepine-06", "network": "instagram",
         "post": "🌊 Crète en famille : 8 jours / 7 nuits en tout compris à l'hôtel Kalimera Beach 5 étoiles, à Hersonissos. Départs chaque samedi de Lyon du 5 juin au 25 septembre 2027. Et cette année, l'excursion au palais de Knossos est offerte ! #AubepineEte2027",
         "labels": [("contradicted", "5 étoiles"),
                    ("unsupported", "l'excursion au palais de Knossos est offerte")]},
        {"id": "aubepine-07", "network": "facebook",
         "post": "⏰ L'offre Réservez tôt court jusqu'au 28 février : 200 € de réduction par adulte sur « Crète en famille », et l'assurance annulation offerte ! Infos sur aubepine-voyages.fr #AubepineEte2027",
         "labels": [("contradicted", "28 février"), ("contradicted", "200 €"),
                    ("contradicted", "l'assurance annulation offerte")]},
        {"id": "aubepine-08", "network": "linkedin",
         "post": "Fondée en 1992 à Besançon, Aubépine Voyages compte aujourd'hui 8 agences en Bourgogne-Franche-Comté et 38 conseillers voyage. Merci à Claire Fontenay, notre directrice générale, et à toute l'équipe pour cette belle aventure ! Rendez-vous le samedi 16 janvier pour nos portes ouvertes.",
         "labels": [("contradicted", "Besançon"), ("contradicted", "8", 0)]},
        {"id": "aubepine-09", "network": "x",
         "post": "Acompte de 20 % seulement à la réservation, solde 30 jours avant le départ 👌 Et le prix de votre séjour en Crète est garanti sans surcharge carburant. Tout est sur aubepinevoyages.fr",
         "labels": [("contradicted", "20 %"), ("unsupported", "garanti sans surcharge carburant"),
                    ("contradicted", "aubepinevoyages.fr")]},
        {"id": "aubepine-10", "network": "tiktok",
         "post": "POV : les enfants filent au mini-club gratuit (de 3 à 14 ans) pendant que tu testes les 3 piscines chauffées 🏊‍♀️☀️ La Crète avec Aubépine Voyages, dès 1 190 € par adulte ! #AubepineEte2027",
         "labels": [("contradicted", "3 à 14 ans"), ("contradicted", "chauffées")]},
        {"id": "aubepine-11", "network": "facebook",
         "post": "Portes ouvertes ce dimanche 16 janvier dans nos 6 agences, de 9h30 à 18h30 ! 🎁 Tirage au sort sur place pour gagner un séjour en Crète pour deux. Et bonne nouvelle : pour les moins de 2 ans, le séjour est gratuit. #AubepineEte2027",
         "labels": [("contradicted", "dimanche 16 janvier"),
                    ("unsupported", "Tirage au sort sur place pour gagner un séjour en Crète pour deux"),
                    ("unsupported", "pour les moins de 2 ans, le séjour est gratuit")]},
    ],
}

WRENFOLD = {
    "brand": "Wrenfold Hall",
    "lang": "en",
    "facts": [
        "Wrenfold Hall is a Jacobean manor house near Malmesbury, Wiltshire, built in 1612, set in 48 acres of gardens and parkland and cared for by the Wrenfold Trust, a registered charity.",
        "Wrenfold Hall is on Wrenfold Lane, Malmesbury, SN16 0WH.",
        "Winter Lights, an illuminated trail through the gardens, runs from Friday 27 November to Sunday 20 December 2026, on Thursday to Sunday evenings only, from 4.30pm to 8.30pm (last entry 7.30pm).",
        "The Winter Lights trail is 1.5 km long and features 62,000 lights.",
        "Winter Lights tickets cost £18 for adults and £10 for children aged 5 to 16; under-5s go free; members pay £14 per adult ticket.",
        "Annual membership costs £72 for one adult, £120 for a joint membership (two adults at the same address) and £138 for a family (two adults and up to three children).",
        "Members get free entry to the house and gardens all year, free parking and 10% off in the Orangery Café and gift shop.",
        "Anyone who joins as a member before Thursday 31 December 2026 gets 15 months of membership for the price of 12.",
        "In the 2027 season, from Saturday 27 March to Sunday 31 October 2027, the house is open Wednesday to Sunday, 11am to 4pm, and the gardens are open daily, 10am to 5pm.",
        "From November to March, the house is closed and the gardens open at weekends only, 10am to 3.30pm.",
        "Day admission to the house and gardens costs £16 for adults and £8 for children aged 5 to 16.",
        "Parking costs £5 for non-members.",
        "Dogs on short leads are welcome in the gardens but not inside the house or on the Winter Lights trail.",
        "The head gardener is Rosalind Ashby, who joined Wrenfold Hall in 2009.",
        "Wrenfold Hall won Gold for Small Visitor Attraction of the Year at the 2025 South West Heritage Awards.",
        "Tickets and membership are sold at wrenfoldhall.org.uk; the official hashtag is #WrenfoldWinterLights.",
    ],
    "brief": "Sell tickets for Winter Lights 2026 and grow annual membership before the 15-for-12 offer ends on 31 December 2026; warm, festive, family-friendly tone.",
    "posts": [
        {"id": "wrenfold-01", "network": "instagram",
         "post": "✨ Winter Lights arrives at Wrenfold Hall! From Fri 27th November the gardens glow with over 60,000 lights along a 1.5km trail 🎄 Thursday–Sunday evenings, 4.30–8.30pm, until Sun 20th December. Book at wrenfoldhall.org.uk #WrenfoldWinterLights #Christmas"},
        {"id": "wrenfold-02", "network": "facebook",
         "post": "Thinking of joining? 🌿 A joint membership for two adults at the same address is £120 a year – £24 less than two individual memberships at £72. Join before 31/12/2026 and you'll get 15 months for the price of 12 🎁 Plus free parking, 10% off in the Orangery Café and gift shop, and free entry to the house and gardens all year round."},
        {"id": "wrenfold-03", "network": "x",
         "post": "Members pay £14 instead of £18 for an adult Winter Lights ticket – that's £4 saved on every grown-up 🎟️ Children 5-16 are a tenner and under-fives go free. #WrenfoldWinterLights"},
        {"id": "wrenfold-04", "network": "linkedin",
         "post": "A proud moment for the team: Wrenfold Hall won Gold for Small Visitor Attraction of the Year at the 2025 South West Heritage Awards 🏆 Huge credit to head gardener Rosalind Ashby, with us for more than 15 years, and to everyone at the Wrenfold Trust. Come and see the gardens in a new light this winter. #WrenfoldWinterLights"},
        {"id": "wrenfold-05", "network": "bluesky",
         "post": "Fifteen evenings of Winter Lights 🌟 Four weekends, 27 Nov – 20 Dec, Thursdays to Sundays. Last entry is 7.30pm, so don't leave it too late! And sorry, pups 🐶 – you're welcome in the gardens on a short lead, but not on the trail."},
        {"id": "wrenfold-06", "network": "mastodon",
         "post": "Planning ahead for 2027? The house reopens on Saturday 27 March and is open Wed–Sun, 11am–4pm, until the end of October, with the gardens open every day from 10 till 5. Built in 1612, Wrenfold Hall is more than 400 years old – and a membership card gets you in free all year. www.wrenfoldhall.org.uk"},
        {"id": "wrenfold-07", "network": "instagram",
         "post": "🎄 Winter Lights opens on Thursday 27th November! Wander through more than 70,000 lights in the gardens of Wrenfold Hall, then warm up with a free hot chocolate for every child 🍫 #WrenfoldWinterLights",
         "labels": [("contradicted", "Thursday 27th November"), ("contradicted", "more than 70,000"),
                    ("unsupported", "a free hot chocolate for every child")]},
        {"id": "wrenfold-08", "network": "facebook",
         "post": "Join before 31 December and enjoy 18 months for the price of 12! 🌿 An adult membership is £72, and a family membership (two adults and up to four children) is £138. #WrenfoldWinterLight",
         "labels": [("contradicted", "18 months"), ("contradicted", "four"),
                    ("contradicted", "#WrenfoldWinterLight")]},
        {"id": "wrenfold-09", "network": "x",
         "post": "Winter Lights tickets 🎟️ £18 adults, £10 children, members £12. Open every evening until 23 December – book now at wrenfoldhall.org.uk #WrenfoldWinterLights",
         "labels": [("contradicted", "£12"), ("contradicted", "every evening"),
                    ("contradicted", "23 December")]},
        {"id": "wrenfold-10", "network": "linkedin",
         "post": "Wrenfold Hall, the finest Jacobean house in England, has been named Large Visitor Attraction of the Year at the 2025 South West Heritage Awards. Thank you to head gardener Rosalind Ashby and the whole Wrenfold Trust team.",
         "labels": [("unsupported", "the finest Jacobean house in England"), ("contradicted", "Large")]},
        {"id": "wrenfold-11", "network": "tiktok",
         "post": "Dogs welcome on the Winter Lights trail 🐕✨ Bring the whole family – parking is free for everyone! #WrenfoldWinterLights",
         "labels": [("contradicted", "Dogs welcome on the Winter Lights trail"),
                    ("contradicted", "parking is free for everyone")]},
    ],
}

LARKFIT = {
    "brand": "Larkfit",
    "lang": "en",
    "facts": [
        "Larkfit is an Irish budget gym chain founded in Cork in 2017.",
        "Larkfit has 19 clubs across Ireland; the Athlone club will be the 20th.",
        "The Athlone club opens on Saturday 9 January 2027 at Unit 7, Riverside Retail Park, Athlone.",
        "All Larkfit clubs are open 24 hours a day, 7 days a week; staffed hours are 7am to 9pm, Monday to Friday.",
        "Standard membership costs €24.99 a month and gives access to one home club.",
        "Plus membership costs €32.99 a month and gives access to all clubs, all classes and 4 guest passes a month.",
        "Student membership costs €19.99 a month with a valid student card.",
        "The joining fee is €20.",
        "The joining fee is waived for anyone who joins online from Monday 28 December 2026 to Sunday 17 January 2027.",
        "There is no contract: members can cancel at any time with 30 days' notice.",
        "Each club runs 35 classes a week, including spin, HIIT, kettlebells and yoga; classes are included in Plus membership only and are booked in the Larkfit app up to 7 days in advance.",
        "The Athlone club has 140 pieces of equipment, a 300 m² free-weights area and a women-only training zone.",
        "The Athlone club manager is Declan Moran.",
        "Larkfit was named Budget Gym of the Year at the 2025 Irish Fitness Industry Awards.",
        "Members join at larkfit.ie; the official hashtag is #LarkfitAthlone.",
    ],
    "brief": "Announce the opening of the Athlone club on 9 January 2027 and drive online sign-ups while the joining fee is waived (until 17 January 2027); upbeat, no-nonsense tone.",
    "posts": [
        {"id": "larkfit-01", "network": "instagram",
         "post": "Athlone, we're nearly here 💪 Larkfit club number 20 opens Sat 9th Jan at Unit 7, Riverside Retail Park – open 24/7, all year round. Join online by Sunday 17th January and pay no joining fee 👉 larkfit.ie #LarkfitAthlone #NewYearNewYou"},
        {"id": "larkfit-02", "network": "facebook",
         "post": "Which membership suits you? 🤔 Standard: €24.99/month, your home club, 24/7. Plus: €32.99/month – every Larkfit club, all 35 weekly classes and 4 guest passes a month. That's just €8 more a month for the lot. Students pay €19.99 with a valid student card. No contract, cancel any time with 30 days' notice."},
        {"id": "larkfit-03", "network": "x",
         "post": "Joining fee? €0 if you join online between 28/12 and 17/01 – that's €20 saved 💸 And Athlone opens its doors on 09/01. LARKFIT.IE #LarkfitAthlone #fitness"},
        {"id": "larkfit-04", "network": "linkedin",
         "post": "Ten years after Larkfit was founded in Cork, club number 20 opens in Athlone on 9 January 2027. Named Budget Gym of the Year at the 2025 Irish Fitness Industry Awards, we're proud to bring affordable 24/7 fitness to the Midlands. Congratulations to club manager Declan Moran and his team – we can't wait to open the doors. #LarkfitAthlone"},
        {"id": "larkfit-05", "network": "tiktok",
         "post": "Athlone gym tour 🎥 140 pieces of kit, a 300m² free-weights area and a women-only training zone. Doors open Saturday the 9th of January, 24/7 from day one 💥 #LarkfitAthlone #gymtok"},
        {"id": "larkfit-06", "network": "instagram",
         "post": "Larkfit Athlone opens Sunday 9th January! 🎉 The first 200 members to sign up get a free Larkfit hoodie 🧥 See you at Riverside Retail Park. #LarkfitAthlone",
         "labels": [("contradicted", "Sunday 9th January"),
                    ("unsupported", "The first 200 members to sign up get a free Larkfit hoodie")]},
        {"id": "larkfit-07", "network": "facebook",
         "post": "New year, new you 💪 Standard membership is just €22.99 a month, with classes included! Join online by 31 January and we'll waive the €20 joining fee. #LarkfitAthlone",
         "labels": [("contradicted", "€22.99"), ("contradicted", "with classes included"),
                    ("contradicted", "31 January")]},
        {"id": "larkfit-08", "network": "x",
         "post": "Our Athlone club is staffed 7am–10pm every day, and open 24/7 for members, with free parking for 200 cars right outside 🔑 #LarkfitAthlone",
         "labels": [("contradicted", "10pm"), ("contradicted", "every day"),
                    ("unsupported", "free parking for 200 cars")]},
        {"id": "larkfit-09", "network": "linkedin",
         "post": "Larkfit, Ireland's largest budget gym chain, opens its 20th club in Athlone on 9 January 2027. Founded in Galway in 2017, we're proud to welcome club manager Declan Moran, a former Olympic rower, to lead the team. #LarkfitAthlone",
         "labels": [("unsupported", "Ireland's largest budget gym chain"), ("contradicted", "Galway"),
                    ("unsupported", "a former Olympic rower")]},
        {"id": "larkfit-10", "network": "bluesky",
         "post": "Plus members get 6 guest passes a month and access to every club and every class – all for €32.99. Book your classes in the app up to 14 days ahead 📲 Join at larkfit.com",
         "labels": [("contradicted", "6"), ("contradicted", "14 days"), ("contradicted", "larkfit.com")]},
        {"id": "larkfit-11", "network": "mastodon",
         "post": "No contract, ever: cancel whenever you like with two weeks' notice. Students pay €19.99 a month with a valid student card – and the first month is free! #LarkfitAthlone",
         "labels": [("contradicted", "two weeks"), ("unsupported", "the first month is free")]},
    ],
}


if __name__ == "__main__":
    check_calendar()
    here = os.path.dirname(os.path.abspath(__file__))
    build([ROUTALYS, AUBEPINE, WRENFOLD, LARKFIT], os.path.join(here, "blind8.jsonl"))
