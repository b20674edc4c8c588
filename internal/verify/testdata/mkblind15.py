"""Blind labelled set 15 for the verify engine: 4 fictional brands, 11 posts each.

Brands and sectors:
- Vanelia Location (fr): a network of car and van rental agencies in western France
  (new agency in Angers, March weekend van offer, young-driver surcharge, deposit).
- Terralia (fr): an agricultural trade fair in Bourges (dates, exhibitors, halls,
  ticket prices, conferences, cattle show, robotics area).
- Rakau Hills Sanctuary (en): a New Zealand predator-free wildlife sanctuary
  (Kiwi After Dark night tours, NZD prices, kiwi count, opening hours, volunteer days).
- Wexmoor Alumni Fun Run (en): a UK university alumni charity fun run (routes, start
  times, entry fees, early-bird, fundraising target, date).

Written blind: the author read only the labelling conventions of
/work/shared/data/README.md, /work/shared/data/verify/dev.jsonl and mkblind_common.py,
never the engine's code, other test sets or its results.

Calendar checks (Python's calendar module, re-asserted by check_weekdays below):
Mon 1 Mar 2027, Fri 5 Mar 2027, Sat 6 Mar 2027, Mon 29 Mar 2027, Wed 31 Mar 2027
(March 2027 holds four Friday-to-Monday weekends: 5-8, 12-15, 19-22, 26-29);
Thu 16, Sat 18, Sun 19 Sep 2027; Fri 17 Sep 2027 (used as a wrong nocturne date);
Thu 3 Dec 2026, Fri 25 Dec 2026, Sat 27 Feb 2027; first Sundays: 6 Dec 2026,
3 Jan 2027, 7 Feb 2027; Sat 2 Jan 2027 (used as a wrong volunteer day);
Sun 28 Feb 2027, Wed 31 Mar 2027, Sun 16 May 2027.
Wrong weekdays planted on purpose: "mardi 1er mars" (a Monday), "vendredi 16"
(16 Sep 2027 is a Thursday), "Friday 3 December" (a Thursday), "Saturday 16 May"
(a Sunday).

Run from anywhere: python3 mkblind15.py [--numbers]
"""
import calendar
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mkblind_common import build  # noqa: E402


def check_weekdays():
    # Every weekday a fact or a clean post states, and the ones planted as wrong.
    expected = {
        (2027, 3, 1): "Monday", (2027, 3, 5): "Friday", (2027, 3, 6): "Saturday",
        (2027, 3, 29): "Monday", (2027, 3, 31): "Wednesday",
        (2027, 9, 16): "Thursday", (2027, 9, 17): "Friday", (2027, 9, 18): "Saturday",
        (2027, 9, 19): "Sunday",
        (2026, 12, 3): "Thursday", (2026, 12, 25): "Friday", (2027, 2, 27): "Saturday",
        (2026, 12, 6): "Sunday", (2027, 1, 3): "Sunday", (2027, 2, 7): "Sunday",
        (2027, 1, 2): "Saturday",
        (2027, 2, 28): "Sunday", (2027, 5, 16): "Sunday",
    }
    for (y, m, d), name in expected.items():
        got = calendar.day_name[calendar.weekday(y, m, d)]
        assert got == name, (y, m, d, got, name)
    fridays = [d for d in range(1, 32) if calendar.weekday(2027, 3, d) == 4 and d + 3 <= 31]
    assert fridays == [5, 12, 19, 26], fridays


VANELIA = {
    "brand": "Vanelia Location",
    "lang": "fr",
    "facts": [
        "Vanelia Location est un réseau d'agences de location de voitures et d'utilitaires fondé en 2009 à Nantes par Sandrine Le Goff, qui en est toujours la présidente.",
        "Avant l'ouverture d'Angers, le réseau compte 37 agences, réparties en Bretagne, en Pays de la Loire et en Nouvelle-Aquitaine.",
        "La 38e agence Vanelia Location ouvre le lundi 1er mars 2027 au 9 rue Denis-Papin, à Angers ; elle est dirigée par Karim Benali.",
        "Toutes les agences sont ouvertes du lundi au samedi, de 8h à 19h sans interruption, et fermées le dimanche.",
        "La citadine (catégorie A) se loue à partir de 39 € par jour, avec 200 km inclus par jour ; chaque kilomètre supplémentaire est facturé 0,25 €.",
        "Le fourgon de 12 m³ se loue à partir de 79 € par jour, avec 150 km inclus par jour.",
        "Du lundi 1er au mercredi 31 mars 2027, le forfait week-end en fourgon de 12 m³ (du vendredi 17h au lundi 9h, 300 km inclus) est à 149 € au lieu de 199 €, uniquement pour les réservations en ligne.",
        "Le dépôt de garantie est une empreinte de carte bancaire, sans débit, de 800 € pour les voitures et de 1 500 € pour les utilitaires.",
        "Les conducteurs de moins de 25 ans ou titulaires du permis depuis moins de 3 ans paient un supplément jeune conducteur de 15 € par jour ; l'âge minimum pour louer est de 21 ans.",
        "La flotte compte 1 450 véhicules, dont 620 utilitaires.",
        "En 2026, Vanelia Location a obtenu une note moyenne de 4,7/5 sur 12 380 avis clients vérifiés.",
        "Vanelia Location est classée 3e au palmarès 2026 des loueurs préférés des Français du magazine Auto Conso.",
        "Pendant la semaine d'ouverture, du 1er au 6 mars 2027, l'agence d'Angers offre 10 cartons de déménagement pour toute location d'utilitaire.",
        "Le site de réservation est vanelia-location.fr et le hashtag officiel est #VaneliaBouge.",
    ],
    "brief": "Annoncer l'ouverture de l'agence d'Angers le 1er mars 2027 et promouvoir le forfait week-end fourgon à 149 € du mois de mars, sur un ton pratique et rassurant.",
    "posts": [
        {"id": "vanelia-location-01", "network": "instagram",
         "post": "📦 Angers, on arrive ! Lundi 01/03, Vanelia Location ouvre sa 38e agence au 9 rue Denis-Papin. Karim Benali et son équipe vous attendent de 8h à 19h non-stop, du lundi au samedi 🚐 Et toute la première semaine (jusqu'au samedi 6 mars), 10 cartons offerts pour toute location d'utilitaire ! #VaneliaBouge #Angers",
         "labels": []},
        {"id": "vanelia-location-02", "network": "facebook",
         "post": "Vous déménagez en mars ? 🏠 Notre forfait week-end fourgon 12 m³ passe à 149 € au lieu de 199 €, soit 50 € d'économie ! Du vendredi 17h au lundi 9h, 300 km inclus. Quatre week-ends pour en profiter, réservation uniquement en ligne sur www.vanelia-location.fr 👉 #VaneliaBouge #déménagement",
         "labels": []},
        {"id": "vanelia-location-03", "network": "linkedin",
         "post": "Dix-huit ans après nos débuts à Nantes avec Sandrine Le Goff, notre réseau continue de grandir : le 1er mars 2027, nous inaugurons notre 38e agence, à Angers, sous la direction de Karim Benali. Près de 1 500 véhicules, dont 620 utilitaires, et une note de 4,7/5 sur plus de 12 000 avis clients vérifiés en 2026 : merci à nos équipes et à nos clients pour leur confiance. #VaneliaBouge",
         "labels": []},
        {"id": "vanelia-location-04", "network": "x",
         "post": "Jeune conducteur ? 🚗 Chez Vanelia, on loue dès 21 ans. Avant 25 ans ou avec moins de 3 ans de permis, comptez un supplément de 15 €/jour : une citadine revient donc à partir de 54 €/jour, 200 km compris 👉 https://vanelia-location.fr",
         "labels": []},
        {"id": "vanelia-location-05", "network": "facebook",
         "post": "❓ On nous demande souvent quelle caution prévoir. Chez VANELIA LOCATION, le dépôt de garantie est de 800 € pour une voiture et 1 500 € pour un utilitaire, par simple empreinte bancaire : rien n'est débité. Et au-delà des 200 km par jour inclus avec la citadine, c'est 25 centimes le kilomètre. D'autres questions ? Posez-les en commentaire 👇",
         "labels": []},
        {"id": "vanelia-location-06", "network": "tiktok",
         "post": "POV : tu déménages ce week-end et ton fourgon 12 m³ t'a coûté 149 € au lieu de 199 € 😎📦 Valable tout le mois de mars, en réservant en ligne. Et si t'es sur Angers, la nouvelle agence de la rue Denis-Papin ouvre le 1er mars ! #VaneliaBouge #demenagement #astuce",
         "labels": []},
        {"id": "vanelia-location-07", "network": "instagram",
         "post": "🎉 Angers, c'est parti ! Notre 38e agence ouvre ses portes ce mardi 1er mars au 9 rue Denis-Papin. Pour fêter ça, 20 cartons de déménagement offerts pour toute location d'utilitaire pendant la semaine d'ouverture 📦 #VaneliaBouge",
         "labels": [("contradicted", "mardi 1er mars"), ("contradicted", "20")]},
        {"id": "vanelia-location-08", "network": "facebook",
         "post": "Le forfait week-end fourgon 12 m³ à 149 € au lieu de 199 €, c'est jusqu'au 15 avril ! 300 km inclus, du vendredi 17h au lundi 9h, à réserver en agence ou en ligne sur vanelia-location.fr 🚐 #VaneliaBouge",
         "labels": [("contradicted", "15 avril"), ("contradicted", "en agence ou")]},
        {"id": "vanelia-location-09", "network": "linkedin",
         "post": "Fondée en 2009 à Nantes par Sandrine Le Goff, Vanelia Location est aujourd'hui classée 1re au palmarès 2026 des loueurs préférés des Français du magazine Auto Conso. Avec 1 450 véhicules et bientôt 38 agences, nous visons 50 agences d'ici 2030. #VaneliaBouge",
         "labels": [("contradicted", "1re"), ("unsupported", "nous visons 50 agences d'ici 2030")]},
        {"id": "vanelia-location-10", "network": "x",
         "post": "Jeunes conducteurs, bonne nouvelle 🙌 Le supplément jeune conducteur passe à 10 €/jour chez Vanelia, et la location est possible dès 18 ans ! Citadine à partir de 39 €/jour, 200 km inclus. vanelia-location.fr",
         "labels": [("contradicted", "10 €/jour"), ("contradicted", "18 ans")]},
        {"id": "vanelia-location-11", "network": "mastodon",
         "post": "Petit rappel pratique 🔧 Nos agences sont ouvertes 7j/7 de 8h à 19h. Le dépôt de garantie est de 800 € pour les voitures et de 1 200 € pour les utilitaires, et l'assurance tous risques est incluse dans tous nos tarifs. #VaneliaBouge",
         "labels": [("contradicted", "7j/7"), ("contradicted", "1 200 €"),
                    ("unsupported", "l'assurance tous risques est incluse dans tous nos tarifs")]},
    ],
}

TERRALIA = {
    "brand": "Terralia",
    "lang": "fr",
    "facts": [
        "Terralia est le salon de l'agriculture du Centre-Val de Loire, créé en 1988 ; l'édition 2027 est la 40e.",
        "Terralia 2027 se tient du jeudi 16 au dimanche 19 septembre 2027 au Parc des expositions de Bourges.",
        "Le salon est ouvert de 9h à 19h, avec une nocturne le samedi 18 septembre jusqu'à 22h.",
        "Terralia 2027 réunit 640 exposants répartis dans 4 halls : machinisme agricole (hall 1), élevage (hall 2), semences et agronomie (hall 3), produits du terroir (hall 4).",
        "Le billet adulte coûte 12 € sur place et 9 € en ligne ; l'entrée est gratuite pour les moins de 16 ans ; le pass 4 jours coûte 28 €.",
        "Les élèves et apprentis des lycées agricoles entrent gratuitement sur présentation de leur carte.",
        "Le programme compte 26 conférences, toutes gratuites, en salle Berry et en salle Sologne.",
        "La conférence inaugurale, « L'eau, une ressource à partager », a lieu le jeudi 16 septembre à 10h30 en salle Berry, avec l'agronome Claire Vasseur.",
        "Le Concours régional de la race charolaise réunit 180 bovins le samedi 18 septembre dans le hall 2.",
        "Nouveauté 2027 : un espace de 1 500 m² consacré à la robotique agricole, dans le hall 1.",
        "L'édition 2026 a accueilli 68 400 visiteurs.",
        "Le parking de 3 000 places est gratuit et une navette relie la gare de Bourges au salon toutes les 20 minutes.",
        "Le comité d'organisation est présidé par Jean-Michel Rabier, céréalier à Vierzon.",
        "Billetterie : www.terralia-salon.fr/billets ; le hashtag officiel est #Terralia2027.",
    ],
    "brief": "Faire venir agriculteurs, familles et scolaires à Terralia 2027 (16-19 septembre, Bourges) en mettant en avant la billetterie en ligne, les conférences et l'espace robotique.",
    "posts": [
        {"id": "terralia-01", "network": "facebook",
         "post": "📅 À noter dans vos agendas : du 16 au 19/09, Terralia fête sa 40e édition au Parc des expositions de Bourges ! 640 exposants, 4 halls, 26 conférences gratuites… et une nocturne le samedi jusqu'à 22h 🌙 Vous venez en famille ? C'est gratuit pour les moins de 16 ans ! #Terralia2027",
         "labels": []},
        {"id": "terralia-02", "network": "instagram",
         "post": "Petite astuce 💡 Prenez votre billet en ligne : 9 € au lieu de 12 € sur place, soit 3 € d'économie par adulte. Et si vous comptez venir les quatre jours, le pass à 28 € est fait pour vous (contre 36 € pour quatre billets en ligne) 😉 👉 terralia-salon.fr/billets #Terralia2027 #agriculture",
         "labels": []},
        {"id": "terralia-03", "network": "linkedin",
         "post": "Depuis 1988, Terralia rassemble le monde agricole du Centre-Val de Loire. Pour cette 40e édition, du jeudi 16 au dimanche 19 septembre 2027, nous ouvrons dans le hall 1 un espace de 1 500 m² dédié à la robotique agricole. Jean-Michel Rabier, président du comité d'organisation, et toute l'équipe vous donnent rendez-vous à Bourges. L'an dernier, vous étiez plus de 68 000 visiteurs : merci ! #Terralia2027 #AgTech",
         "labels": []},
        {"id": "terralia-04", "network": "x",
         "post": "🐄 Samedi 18 septembre, hall 2 : 180 bovins de race charolaise en concours régional ! Et dès le jeudi 16/09 à 10h30, salle Berry, conférence inaugurale avec l'agronome Claire Vasseur : « L'eau, une ressource à partager ». #Terralia2027",
         "labels": []},
        {"id": "terralia-05", "network": "bluesky",
         "post": "Vous êtes élève ou apprenti en lycée agricole ? 🎓 Terralia, c'est gratuit pour vous sur présentation de votre carte ! Parking gratuit de 3 000 places, navette depuis la gare de Bourges toutes les 20 min, et quatre jours de salon de 9h à 19h. On vous attend 🌾 #Terralia2027",
         "labels": []},
        {"id": "terralia-06", "network": "facebook",
         "post": "🌾 Terralia 2027, c'est du vendredi 16 au dimanche 19 septembre à Bourges ! Plus de 700 exposants vous attendent dans 4 halls. Billets en ligne à 9 € 👉 terralia-salon.fr/billets #Terralia2027",
         "labels": [("contradicted", "vendredi 16"), ("contradicted", "Plus de 700")]},
        {"id": "terralia-07", "network": "instagram",
         "post": "Les moins de 18 ans entrent gratuitement à Terralia 🎉 Et pour tous les visiteurs, une dégustation de produits du terroir offerte dans le hall 4 ! Du 16 au 19 septembre au Parc des expositions de Bourges. #Terralia2027",
         "labels": [("contradicted", "18 ans"),
                    ("unsupported", "une dégustation de produits du terroir offerte")]},
        {"id": "terralia-08", "network": "linkedin",
         "post": "Terralia accueille cette année 26 conférences, dont la conférence inaugurale « L'eau, une ressource à partager » animée par l'hydrologue Claire Vasseur, le jeudi 16 septembre à 10h30. Avec 68 400 visiteurs en 2026, Terralia est le premier salon agricole de France. #Terralia2027",
         "labels": [("contradicted", "hydrologue"),
                    ("unsupported", "le premier salon agricole de France")]},
        {"id": "terralia-09", "network": "x",
         "post": "🌙 Nocturne le vendredi 17 septembre jusqu'à 22h ! Profitez-en pour admirer les charolaises du concours régional dans le hall 3. Billets : terralia.fr/billets #Terralia2027",
         "labels": [("contradicted", "vendredi 17 septembre"), ("contradicted", "hall 3"),
                    ("contradicted", "terralia.fr/billets")]},
        {"id": "terralia-10", "network": "tiktok",
         "post": "🎟️ Le pass 4 jours Terralia est à 24 € : de quoi explorer tranquillement les 640 exposants et le nouvel espace robotique de 2 000 m² du hall 1 ! 🤖 terralia-salon.fr/billets #Terralia2027",
         "labels": [("contradicted", "24 €"), ("contradicted", "2 000 m²")]},
        {"id": "terralia-11", "network": "mastodon",
         "post": "Infos pratiques pour Terralia (16-19 septembre, Bourges) : parking gratuit, navette depuis la gare toutes les 10 minutes, ouverture de 8h à 19h. Le salon est organisé par Jean-Michel Rabier, éleveur à Vierzon. #Terralia2027",
         "labels": [("contradicted", "10 minutes"), ("contradicted", "8h"),
                    ("contradicted", "éleveur")]},
    ],
}

RAKAU = {
    "brand": "Rākau Hills Sanctuary",
    "lang": "en",
    "facts": [
        "Rākau Hills Sanctuary is a 310-hectare predator-free wildlife sanctuary in Upper Moutere, near Nelson, New Zealand, opened in 2004 and run by the Rākau Hills Trust, a registered charity.",
        "The sanctuary is enclosed by a 9.2 km predator-proof fence.",
        "The 2026 kiwi count recorded 142 roroa (great spotted kiwi) in the sanctuary, up from 96 in 2021.",
        "The sanctuary is open every day from 9am to 5pm (last entry 4pm), except Christmas Day.",
        "Day entry costs NZ$28 for adults and NZ$14 for children aged 5 to 15; under-5s enter free, and a family pass (2 adults and up to 3 children) costs NZ$70.",
        "The guided night tour Kiwi After Dark lasts 2.5 hours and costs NZ$95 per adult and NZ$50 per child aged 10 to 15; it is not open to children under 10.",
        "Kiwi After Dark tours depart at 8:30pm on Thursdays, Fridays and Saturdays, with a maximum of 12 guests per tour.",
        "The Kiwi After Dark summer season runs from Thursday 3 December 2026 to Saturday 27 February 2027; the sanctuary does not guarantee a kiwi sighting.",
        "Annual members (NZ$65 per adult) get 20% off Kiwi After Dark tours.",
        "Volunteer days are held on the first Sunday of every month, from 9am to 1pm; volunteers must be 14 or older and register online, and lunch is provided.",
        "The head ranger is Aroha Ngata and the trust's general manager is Tom Halliwell.",
        "Rākau Hills Sanctuary won the Ecotourism category at the 2025 Top of the South Tourism Awards.",
        "40 native bird species have been recorded in the sanctuary, and 24 tuatara were released there in 2019.",
        "The visitor centre is at 212 Kōwhai Gully Road, Upper Moutere.",
        "Bookings are made at rakauhills.org.nz/book and the official hashtag is #KiwiAfterDark.",
    ],
    "brief": "Fill the Kiwi After Dark summer season (3 December 2026 – 27 February 2027) and recruit volunteers for the monthly volunteer days, in a warm, conservation-minded voice.",
    "posts": [
        {"id": "rakau-hills-01", "network": "instagram",
         "post": "🥝🌙 Kiwi After Dark is BACK! From Thu 3 Dec to Sat 27 Feb, join us for 2.5 guided hours in the sanctuary at night, listening (and looking!) for roroa, the great spotted kiwi. Tours leave at 8.30pm Thursday to Saturday, max 12 guests, so book early 👉 rakauhills.org.nz/book #KiwiAfterDark #NewZealand",
         "labels": []},
        {"id": "rakau-hills-02", "network": "facebook",
         "post": "Big news from the 2026 kiwi count 🥝 142 roroa now live at Rākau Hills, up from 96 in 2021: that's nearly 50% more in five years! A 9.2km predator-proof fence makes all the difference 💚 Want to help out? Volunteer days run on the first Sunday of every month, 9am–1pm, and lunch is on us 🥪 Aged 14 or over? Register online!",
         "labels": []},
        {"id": "rakau-hills-03", "network": "x",
         "post": "Family day out? 👨‍👩‍👧‍👦 Our family pass is NZ$70 for 2 adults + up to 3 kids, instead of $98 for 2 adults and 3 children aged 5–15 at single-entry prices. Under-5s are always free. Open every day (except Christmas Day) 9am–5pm, last entry 4pm 🌿 #familyfun",
         "labels": []},
        {"id": "rakau-hills-04", "network": "linkedin",
         "post": "Proud moment for our team: Rākau Hills Sanctuary won the Ecotourism category at the 2025 Top of the South Tourism Awards 🏆 Opened in 2004 and run by the Rakau Hills Trust, our sanctuary covers 310 ha of predator-free land in Upper Moutere, where 40 native bird species have been recorded, 142 great spotted kiwi were counted in 2026, and 24 tuatara were released in 2019. Thank you to head ranger Aroha Ngata, general manager Tom Halliwell and every volunteer. #conservation",
         "labels": []},
        {"id": "rakau-hills-05", "network": "mastodon",
         "post": "Members, this one's for you 💚 Your annual membership (NZ$65) gets you 20% off Kiwi After Dark: that's NZ$76 instead of NZ$95 per adult. Tours last two and a half hours and are open to ages 10 and up. A kiwi sighting is never guaranteed (they're wild!), but the sanctuary at night is magic either way ✨ #KiwiAfterDark",
         "labels": []},
        {"id": "rakau-hills-06", "network": "tiktok",
         "post": "POV: it's 8:30pm, the sanctuary goes quiet and you're listening for a roroa 🥝🔦 Kiwi After Dark summer season, 3/12 to 27/2, kids 10–15 just NZ$50. Book at https://www.rakauhills.org.nz/book #KiwiAfterDark #nzwildlife",
         "labels": []},
        {"id": "rakau-hills-07", "network": "instagram",
         "post": "🌙 Kiwi After Dark returns Friday 3 December! Every tour guarantees a kiwi sighting in 310 hectares of predator-free sanctuary. Book now at rakauhills.org.nz/book #KiwiAfterDark",
         "labels": [("contradicted", "Friday 3 December"),
                    ("contradicted", "guarantees a kiwi sighting")]},
        {"id": "rakau-hills-08", "network": "facebook",
         "post": "Our 2026 kiwi count is in: more than 150 roroa now live behind our 9.2 km fence 🥝 That makes Rākau Hills home to the largest great spotted kiwi population in New Zealand! #KiwiAfterDark",
         "labels": [("contradicted", "more than 150"),
                    ("unsupported", "the largest great spotted kiwi population in New Zealand")]},
        {"id": "rakau-hills-09", "network": "x",
         "post": "Kiwi After Dark: 3 hours in the sanctuary after dark, NZ$95 per adult, NZ$50 per child. Kids 8+ welcome! Tours leave at 8:30pm, Thu–Sat. #KiwiAfterDark",
         "labels": [("contradicted", "3 hours"), ("contradicted", "8+")]},
        {"id": "rakau-hills-10", "network": "linkedin",
         "post": "Join us on our next volunteer day, Saturday 2 January, 9am–1pm 🌿 Volunteers aged 16+ are welcome, lunch is provided, and everyone receives a free annual membership. Register online! #conservation",
         "labels": [("contradicted", "Saturday 2 January"), ("contradicted", "16+"),
                    ("unsupported", "everyone receives a free annual membership")]},
        {"id": "rakau-hills-11", "network": "bluesky",
         "post": "Day entry at Rākau Hills: NZ$28 adults, NZ$14 kids 5–15, and a family pass for NZ$75 🌿 Open 8am–5pm every day. Visitor centre: 212 Kōwhai Gully Road, Upper Moutere. Proud winners of the Ecotourism category at the 2025 Top of the South Tourism Awards!",
         "labels": [("contradicted", "NZ$75"), ("contradicted", "8am")]},
    ],
}

WEXMOOR = {
    "brand": "Wexmoor Alumni Fun Run",
    "lang": "en",
    "facts": [
        "The Wexmoor Alumni Fun Run is organised by the Wexmoor University Alumni Trust (registered charity no. 1187342) to raise money for the university's Student Hardship Fund.",
        "The 2027 run takes place on Sunday 16 May 2027 at the university's Fenwick Park campus, starting and finishing outside the Hollis Library.",
        "There are three routes: a 10K (two laps of the Riverside Loop along the River Wex towpath) starting at 9:30am, a 5K (one lap) starting at 10:15am, and a 2K Family Route around the campus lake starting at 11:00am.",
        "Entry fees are £25 for the 10K and £18 for the 5K; current Wexmoor students pay half price. The Family Route costs £10 per family (up to 2 adults and 3 children).",
        "Early-bird entries, booked by Sunday 28 February 2027, get £5 off the 10K and the 5K.",
        "The fundraising target for 2027 is £60,000; every runner is asked to raise at least £100 in sponsorship.",
        "The 2026 run raised £47,300 from 812 runners.",
        "Entries are capped at 1,500 runners.",
        "Every finisher receives a medal; 10K entrants who register by Wednesday 31 March 2027 also receive a technical T-shirt.",
        "The 10K is started by the Vice-Chancellor, Professor Janet Okafor; the race director is Sam Whitlock, Alumni Relations Manager.",
        "The run was first held in 2014; the 2027 run is its 12th edition.",
        "Parking on campus is free on race day, and bag drop is free.",
        "The 10K and 5K are chip-timed; the Family Route is not timed.",
        "Entries are made at wexmoor.ac.uk/funrun and the official hashtag is #WexmoorRun27.",
    ],
    "brief": "Sell entries for the Wexmoor Alumni Fun Run on Sunday 16 May 2027 and push runners' sponsorship towards the £60,000 target for the Student Hardship Fund, in an upbeat, inclusive tone.",
    "posts": [
        {"id": "wexmoor-run-01", "network": "instagram",
         "post": "🏃‍♀️ Save the date: Sunday 16th May 2027! The Wexmoor Alumni Fun Run is back at Fenwick Park for its 12th edition. Pick your distance: 10K at 9.30am, 5K at 10.15am or the 2K Family Route at 11am 💜 Every finisher gets a medal 🏅 Sign up at www.wexmoor.ac.uk/funrun #WexmoorRun27 #FunRun",
         "labels": []},
        {"id": "wexmoor-run-02", "network": "facebook",
         "post": "Early birds get the discount 🐦 Enter by 28 Feb and it's £20 instead of £25 for the 10K, or £13 instead of £18 for the 5K. Students, you're already on half price: £12.50 for the 10K and £9 for the 5K. Register for the 10K by 31 March and a technical T-shirt is yours too 👕 #WexmoorRun27",
         "labels": []},
        {"id": "wexmoor-run-03", "network": "linkedin",
         "post": "Last year, 812 runners raised £47,300 for the Wexmoor Student Hardship Fund. This year we are aiming for £60,000, which is £12,700 more. Whether you graduated last summer or long ago, join us on 16 May and ask your network to sponsor you: we ask every runner to raise at least £100. The Wexmoor University Alumni Trust (registered charity 1187342) thanks you. #WexmoorRun27",
         "labels": []},
        {"id": "wexmoor-run-04", "network": "x",
         "post": "Two laps of the Riverside Loop on the River Wex towpath = 10K 🏞️ One lap = 5K. Chip timing on both, free parking and free bag drop on campus. Only 1,500 places, so don't wait! wexmoor.ac.uk/funrun #WexmoorRun27",
         "labels": []},
        {"id": "wexmoor-run-05", "network": "tiktok",
         "post": "Bringing the kids? 👨‍👩‍👧 The Family Route is 2K around the campus lake, £10 for the whole family (up to 2 adults + 3 children), untimed and just for fun, starting at 11am. And Professor Janet Okafor, our Vice-Chancellor, gets the 10K under way at half nine! #WexmoorRun27",
         "labels": []},
        {"id": "wexmoor-run-06", "network": "instagram",
         "post": "Race day is Saturday 16 May! 🏃 10K starts at 9:30am, 5K at 10:15am. Every finisher gets a medal and a free T-shirt 👕 See you outside the Hollis Library! #WexmoorRun27",
         "labels": [("contradicted", "Saturday 16 May"), ("contradicted", "a free T-shirt")]},
        {"id": "wexmoor-run-07", "network": "facebook",
         "post": "We raised £47,300 last year and this year we're going for £75,000 for the Student Hardship Fund 💜 Every runner is asked to raise at least £100, and all sponsorship is matched pound for pound by Hartwell Building Society up to £10,000! #WexmoorRun27",
         "labels": [("contradicted", "£75,000"),
                    ("unsupported", "all sponsorship is matched pound for pound by Hartwell Building Society up to £10,000")]},
        {"id": "wexmoor-run-08", "network": "x",
         "post": "Entries for the #WexmoorRun27 10K are £25, or £15 for current students 🎓 Early-bird discount of £5 until 31 March! wexmoor.ac.uk/funrun",
         "labels": [("contradicted", "£15"), ("contradicted", "31 March")]},
        {"id": "wexmoor-run-09", "network": "linkedin",
         "post": "Our 10K will be started by the Vice-Chancellor, Professor Janet Okafor, and Olympic marathoner Sarah Kendall will run with our alumni. Now in its 10th edition since 2014, the Wexmoor Alumni Fun Run is one of the South West's favourite charity runs. #WexmoorRun27",
         "labels": [("unsupported", "Olympic marathoner Sarah Kendall will run with our alumni"),
                    ("contradicted", "10th"),
                    ("unsupported", "one of the South West's favourite charity runs")]},
        {"id": "wexmoor-run-10", "network": "mastodon",
         "post": "Practical info for 16 May 🗺️ Start and finish outside the Hollis Library, Fenwick Park campus. Parking on campus is £5 on race day, bag drop free. The 5K starts at 10:30am. #WexmoorRun27",
         "labels": [("contradicted", "£5"), ("contradicted", "10:30am")]},
        {"id": "wexmoor-run-11", "network": "bluesky",
         "post": "The Family Route is back! 2K along the River Wex towpath, £10 per child, starting at 11am. Sign up now at wexmoor.ac.uk/funrun #WexmoorRun27",
         "labels": [("contradicted", "River Wex towpath"), ("contradicted", "per child")]},
    ],
}


if __name__ == "__main__":
    check_weekdays()
    here = os.path.dirname(os.path.abspath(__file__))
    build([VANELIA, TERRALIA, RAKAU, WEXMOOR], os.path.join(here, "blind15.jsonl"))
