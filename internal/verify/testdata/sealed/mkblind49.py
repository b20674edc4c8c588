"""Blind verify set 49: 4 fictional brands, 11 posts each (44 posts, 22 clean, 22 fr / 22 en).

Brands and sectors:
- Pagaie Sûre (fr, Diekirch, Luxembourg): canoe and kayak hire on the Sûre river, EUR.
- L'Astrolabe (fr, Saint-Flour, France): public planetarium and observatory, EUR.
- Wattlebrook Berry Farm (en, Huonville, Tasmania, Australia): pick-your-own berry farm, AUD.
- The Whisker Room (en, Kingston, Ontario, Canada): cat café with rescue adoptions, CAD.

Calendar checks (datetime.date(...).strftime("%A")):
- 2027-05-01 Saturday, 2027-05-16 Sunday, 2027-09-26 Sunday (Pagaie Sûre season and offer).
- 2026-08-07 Friday, 2026-08-15 Saturday, 2026-08-12 Wednesday, 2026-08-13 Thursday,
  2026-08-08 Saturday, 2026-08-10 Monday (so 2026-08-11 Tuesday) (Astrolabe).
- 2026-12-05 Saturday, 2026-12-06 Sunday, 2027-03-28 Sunday (Wattlebrook).
- 2026-03-18 Wednesday, 2026-03-22 Sunday; Saturdays of March 2026: 7, 14, 21, 28
  (first = 7, third = 21) (The Whisker Room).
Error posts use: "dimanche 1er mai" (1 May 2027 is a Saturday), "samedi 8 août" (opening is
Friday 7), "mardi 11 au mercredi 12 août" (peak is the night of 12 to 13), "Sunday 5 December"
(a Saturday), "Thursday 18 March" (a Wednesday).

Arithmetic the clean posts rely on:
- Pagaie Sûre: 48 € - 36 € = 12 € saving (canoe, opening offer); kayak 24 € instead of 32 €;
  120 canoes + 45 kayaks = 165 boats, so "plus de 160 embarcations" is a true bound.
- Astrolabe: 7 to 15 August = 9 evenings; 2 adults + 2 teens (6-17) = 2 x 14 € + 2 x 8 € = 44 €.
- Wattlebrook: 1 kg strawberries (A$14) + 1 kg blueberries (A$22) = A$36; founded 2004, so
  "over 20 years ago" (22 years in 2026) is a true bound.
- The Whisker Room: C$16 - C$12 = C$4 off; 18-22 March = five days; opened March 2021, so
  fifth birthday / "five years ago" in March 2026; 317 adoptions, so "over 300" is a true bound.

Written blind: the writer read only the brief, the README section "verify/dev.jsonl conventions",
verify/dev.jsonl, mkblind_common.py and avoid.txt; no engine code, docs, other testdata or other
mkblind scripts.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # mkblind_common.py is one folder up
from mkblind_common import build  # noqa: E402

C, U = "contradicted", "unsupported"

PAGAIE = {
    "brand": "Pagaie Sûre",
    "lang": "fr",
    "facts": [
        "Pagaie Sûre est un loueur de canoës et de kayaks fondé en 2011 à Diekirch (Luxembourg) par Carole Weis.",
        "La saison 2027 s'ouvre le samedi 1er mai 2027 et se termine le dimanche 26 septembre 2027.",
        "La base, située au 3 rue du Moulin à Diekirch, est ouverte tous les jours de 9h30 à 18h en mai, juin et septembre, et de 9h à 19h en juillet et août.",
        "Le parcours classique relie Diekirch à Reisdorf : 16 km, environ 4 heures de navigation ; le dernier départ est à 14h.",
        "Le parcours découverte relie Diekirch à Bettendorf : 6 km, environ 1 h 30 de navigation.",
        "Parcours classique : 48 € le canoë biplace et 32 € le kayak solo, retour à Diekirch en navette bus compris.",
        "Parcours découverte : 28 € le canoë biplace ; pas de navette, le retour se fait à pied par la piste cyclable.",
        "Offre d'ouverture : du 1er au 16 mai 2027, -25 % sur le parcours classique réservé en ligne, soit 36 € le canoë biplace et 24 € le kayak solo.",
        "Les enfants doivent avoir au moins 6 ans et savoir nager ; les moins de 12 ans pagaient dans un canoë avec un adulte.",
        "Gilets de sauvetage et bidons étanches sont fournis ; les chiens ne sont pas admis dans les embarcations.",
        "La flotte compte 120 canoës et 45 kayaks.",
        "Les réservations se font sur pagaiesure.lu ; le hashtag de la saison est #PagaieSure2027.",
    ],
    "brief": "Annoncer l'ouverture de la saison 2027 le 1er mai et pousser l'offre d'ouverture réservée en ligne, sur un ton nature et familial.",
    "posts": [
        {"id": "pagaie-sure-01", "network": "instagram",
         "post": "🛶 C'est reparti ! Samedi 1er mai, Pagaie Sûre rouvre sa base de Diekirch pour une nouvelle saison sur la Sûre. Gilets et bidons étanches fournis, il ne manque plus que vous 😎 Réservez sur pagaiesure.lu #PagaieSure2027",
         "labels": []},
        {"id": "pagaie-sure-02", "network": "facebook",
         "post": "Offre d'ouverture 🎉 Du 1er au 16 mai, le parcours classique Diekirch–Reisdorf passe à 36 € au lieu de 48 € le canoë biplace si vous réservez en ligne, soit 12 € d'économie. 16 km de nature, retour en navette compris 🚌 #PagaieSure2027",
         "labels": []},
        {"id": "pagaie-sure-03", "network": "x",
         "post": "Premier week-end de mai = premiers coups de pagaie 🛶 Le kayak solo est à 24 € au lieu de 32 € sur le parcours classique jusqu'au dimanche 16 mai (réservation en ligne). Dernier départ à 14h ! pagaiesure.lu",
         "labels": []},
        {"id": "pagaie-sure-04", "network": "linkedin",
         "post": "Depuis 2011, Pagaie Sûre fait découvrir la Sûre au départ de Diekirch. Avec plus de 160 embarcations, la saison 2027 s'annonce belle : ouverture le 1er mai, fermeture le 26 septembre. Merci à Carole Weis, notre fondatrice, et à toute l'équipe ! #PagaieSure2027",
         "labels": []},
        {"id": "pagaie-sure-05", "network": "tiktok",
         "post": "Petite balade en famille ? 👨‍👩‍👧 Le parcours découverte Diekirch–Bettendorf, c'est 6 km, 1h30 de pagaie et 28 € le canoë biplace. Dès 6 ans (il faut savoir nager !) 🌊 #PagaieSure2027 #Luxembourg",
         "labels": []},
        {"id": "pagaie-sure-06", "network": "facebook",
         "post": "☀️ Cet été, on vous accueille plus longtemps : de 9h à 19h tous les jours en juillet et en août, au 3 rue du Moulin à Diekirch. En mai, juin et septembre, c'est 9h30-18h. À très vite sur l'eau ! #PagaieSure2027",
         "labels": []},
        {"id": "pagaie-sure-07", "network": "instagram",
         "post": "🛶 La saison 2027 démarre le dimanche 1er mai à Diekirch ! Parcours classique jusqu'à Reisdorf : 16 km et environ 4 heures de bonheur sur la Sûre. Une glace artisanale offerte à l'arrivée 🍦 #PagaieSure2027",
         "labels": [(C, "dimanche 1er mai"), (U, "Une glace artisanale offerte à l'arrivée")]},
        {"id": "pagaie-sure-08", "network": "x",
         "post": "Offre d'ouverture : -30 % sur le parcours classique jusqu'au 16 mai, soit 36 € le canoë biplace 🛶 Réservation en ligne sur pagaiesure.lu. Ne tardez pas, la Sûre vous attend 🌿 #PagaieSure2027",
         "labels": [(C, "-30 %")]},
        {"id": "pagaie-sure-09", "network": "facebook",
         "post": "Les enfants sont les bienvenus dès 4 ans 👧 Les moins de 12 ans pagaient avec un adulte, et les gilets sont fournis. Bonne nouvelle aussi pour les boules de poils : chiens acceptés à bord de nos canoës 🐶 Réservez sur pagaiesure.lu",
         "labels": [(C, "4 ans"), (C, "chiens acceptés à bord de nos canoës")]},
        {"id": "pagaie-sure-10", "network": "linkedin",
         "post": "Fondée en 2009 par Carole Weis, Pagaie Sûre est aujourd'hui le premier loueur de canoës du Luxembourg, avec 120 canoës et 45 kayaks. Rendez-vous le 1er mai à Diekirch pour l'ouverture de la saison 2027. #PagaieSure2027",
         "labels": [(C, "2009"), (U, "le premier loueur de canoës du Luxembourg")]},
        {"id": "pagaie-sure-11", "network": "tiktok",
         "post": "POV : 16 km sur la Sûre en 3 heures chrono 🛶💦 Canoë biplace à 48 €, kayak solo à 32 €, et retour en navette compris, même sur le parcours découverte ! #PagaieSure2027",
         "labels": [(C, "3 heures"), (C, "même sur le parcours découverte")]},
    ],
}

ASTROLABE = {
    "brand": "L'Astrolabe",
    "lang": "fr",
    "facts": [
        "L'Astrolabe est un planétarium et observatoire public ouvert en 2009 à Saint-Flour (Cantal), au 12 chemin de la Planèze.",
        "Le dôme du planétarium mesure 12 mètres de diamètre et compte 84 places.",
        "Le télescope principal de l'observatoire, doté d'un miroir de 600 mm, est ouvert au public pendant les Nuits des Perséides.",
        "Les Nuits des Perséides ont lieu du vendredi 7 au samedi 15 août 2026, chaque soir de 21h30 à 1h, sur la terrasse de l'observatoire.",
        "Le pic des Perséides est attendu dans la nuit du mercredi 12 au jeudi 13 août 2026.",
        "Nuits des Perséides : 14 € pour les adultes, 8 € pour les 6-17 ans ; réservation obligatoire, 60 places par soir.",
        "En cas de ciel couvert, la soirée est remplacée par une séance au planétarium ; les billets ne sont pas remboursés.",
        "En juillet et août, le planétarium est ouvert du mardi au dimanche, avec des séances à 11h, 15h et 17h.",
        "Une séance de planétarium dure 45 minutes et coûte 9 € en plein tarif, 6 € en tarif réduit (moins de 18 ans, étudiants) ; elle est gratuite pour les moins de 6 ans.",
        "La conférence d'ouverture, « Poussières de comète », a lieu le vendredi 7 août 2026 à 20h ; elle est donnée par Inès Carrel, astrophysicienne et directrice scientifique de l'Astrolabe.",
        "Les réservations se font sur astrolabe-saintflour.fr ; le hashtag est #NuitsPerseides.",
    ],
    "brief": "Remplir les Nuits des Perséides (7-15 août 2026) et faire venir le public de l'été au planétarium, sur un ton émerveillé mais précis.",
    "posts": [
        {"id": "astrolabe-01", "network": "instagram",
         "post": "🌠 Les Nuits des Perséides reviennent ! Du vendredi 7 au samedi 15 août, rendez-vous sur la terrasse de l'Astrolabe de 21h30 à 1h pour guetter les étoiles filantes. Seulement 60 places par soir, réservez vite ✨ #NuitsPerseides",
         "labels": []},
        {"id": "astrolabe-02", "network": "facebook",
         "post": "Cochez la nuit du 12 au 13 août 📅 C'est le pic des Perséides, et notre télescope de 600 mm vous attend 🔭 Adultes 14 €, 6-17 ans 8 €, réservation obligatoire sur astrolabe-saintflour.fr. Et si les nuages s'invitent ? Place à une séance sous le dôme ! #NuitsPerseides",
         "labels": []},
        {"id": "astrolabe-03", "network": "x",
         "post": "9 soirées pour voir pleuvoir les étoiles 🌠 Du 7 au 15 août à Saint-Flour, 21h30-1h. Une famille avec 2 adultes et 2 ados ? 44 € la soirée. Réservation : astrolabe-saintflour.fr #NuitsPerseides",
         "labels": []},
        {"id": "astrolabe-04", "network": "linkedin",
         "post": "Vendredi 7 août à 20h, Inès Carrel, astrophysicienne et directrice scientifique de l'Astrolabe, ouvre les Nuits des Perséides avec sa conférence « Poussières de comète ». Une belle façon de comprendre ce qu'on observera ensuite depuis notre terrasse. #NuitsPerseides",
         "labels": []},
        {"id": "astrolabe-05", "network": "tiktok",
         "post": "Un dôme de 12 m, 84 fauteuils et tout le ciel au-dessus de ta tête 🤩 En juillet-août, séances de 45 min à 11h, 15h et 17h, du mardi au dimanche. 9 €, ou 6 € pour les moins de 18 ans 🌌 #NuitsPerseides",
         "labels": []},
        {"id": "astrolabe-06", "network": "instagram",
         "post": "Ciel couvert ? Pas de panique ☁️ Vos billets pour les Nuits des Perséides sont intégralement remboursés, ou échangés contre une séance sous notre dôme de 100 places. À vous de choisir 🌠 #NuitsPerseides",
         "labels": [(C, "intégralement remboursés"), (C, "100")]},
        {"id": "astrolabe-07", "network": "facebook",
         "post": "🌠 Le pic des Perséides, c'est dans la nuit du mardi 11 au mercredi 12 août ! Installez-vous sur notre terrasse dès 21h et observez jusqu'à 100 étoiles filantes par heure. Réservation obligatoire sur astrolabe-saintflour.fr #NuitsPerseides",
         "labels": [(C, "mardi 11 au mercredi 12 août"), (C, "21h"), (U, "jusqu'à 100 étoiles filantes par heure")]},
        {"id": "astrolabe-08", "network": "x",
         "post": "Nuits des Perséides à l'Astrolabe : 14 € par adulte, gratuit pour les moins de 12 ans 🌌 Du 7 au 15 août, sur la terrasse de l'observatoire. On vous garde une place ? #NuitsPerseides",
         "labels": [(C, "gratuit pour les moins de 12 ans")]},
        {"id": "astrolabe-09", "network": "linkedin",
         "post": "Depuis 2009, l'Astrolabe accueille plus de 40 000 visiteurs par an à Saint-Flour. Son télescope de 600 mm, le plus grand d'Auvergne ouvert au public, sera au cœur des Nuits des Perséides du 7 au 15 août. #NuitsPerseides",
         "labels": [(U, "plus de 40 000 visiteurs par an"), (U, "le plus grand d'Auvergne ouvert au public")]},
        {"id": "astrolabe-10", "network": "tiktok",
         "post": "Une séance de planétarium d'1h30 pour seulement 9 € 🌌 Et pendant les Nuits des Perséides, petit cadeau 🎁 une carte du ciel offerte à chaque enfant ! #NuitsPerseides #astronomie",
         "labels": [(C, "1h30"), (U, "une carte du ciel offerte à chaque enfant")]},
        {"id": "astrolabe-11", "network": "facebook",
         "post": "Soirée d'ouverture le samedi 8 août ✨ À 20h, Inès Carrel, directrice scientifique de l'Astrolabe, donnera sa conférence « Poussières de comète ». Puis direction la terrasse jusqu'à 1h pour les premières étoiles filantes ! #NuitsPerseides",
         "labels": [(C, "samedi 8 août")]},
    ],
}

WATTLE = {
    "brand": "Wattlebrook Berry Farm",
    "lang": "en",
    "facts": [
        "Wattlebrook Berry Farm is a family-run pick-your-own berry farm in Huonville, Tasmania, run by Priya and Tom Kellaway since 2004.",
        "The 2026-27 pick-your-own season opens on Saturday 5 December 2026 and closes on Sunday 28 March 2027.",
        "The farm is open every day except Tuesday, from 8:30 am to 5 pm; last entry to the fields is at 4 pm.",
        "Entry to the fields costs A$6 per person aged 5 and over and is deducted from the price of the berries picked; under-5s enter free.",
        "Picked strawberries cost A$14 per kilo; raspberries and blueberries cost A$22 per kilo.",
        "The farm grows strawberries, raspberries, blueberries and tayberries across 9 hectares.",
        "On opening weekend (5-6 December 2026), the first 200 visitors each day get a free scoop of strawberry ice cream.",
        "The farm café, The Patch, serves berry ice cream (double-scoop cup A$7.50) and keeps the same hours as the farm.",
        "Dogs are not allowed on the farm, except assistance dogs.",
        "Groups of 10 or more must book ahead at wattlebrookberries.com.au; smaller groups can simply turn up.",
        "The farm is at 214 Wattlebrook Road, Huonville, a 40-minute drive from Hobart.",
        "The official hashtag is #WattlebrookPicks.",
    ],
    "brief": "Announce the opening of the pick-your-own season on 5 December 2026 and bring families to the farm over the summer holidays, in a sunny, down-to-earth tone.",
    "posts": [
        {"id": "wattlebrook-01", "network": "instagram",
         "post": "🍓 Pick-your-own is BACK! Wattlebrook opens its gates on Saturday 5 December for the 2026-27 season. Grab a bucket, bring the kids and fill up on sunshine 🌞 See you at 214 Wattlebrook Road! #WattlebrookPicks",
         "labels": []},
        {"id": "wattlebrook-02", "network": "facebook",
         "post": "Opening weekend treat 🍦 On Sat 5 and Sun 6 December, the first 200 visitors each day score a free scoop of strawberry ice cream. Entry is A$6 (ages 5 and up) and comes off the price of your berries, so it pays for itself once you pick 😉 #WattlebrookPicks",
         "labels": []},
        {"id": "wattlebrook-03", "network": "x",
         "post": "Strawberries A$14/kg, raspberries & blueberries A$22/kg 🫐 Open every day except Tuesday, 8:30am-5pm (last entry to the fields at 4pm). Just 40 min from Hobart! #WattlebrookPicks",
         "labels": []},
        {"id": "wattlebrook-04", "network": "linkedin",
         "post": "Over 20 years ago, Priya and Tom Kellaway planted their first rows in Huonville. Today Wattlebrook grows strawberries, raspberries, blueberries and tayberries across 9 hectares, and this season runs until 28 March 2027. Proud of our team! #WattlebrookPicks",
         "labels": []},
        {"id": "wattlebrook-05", "network": "tiktok",
         "post": "POV: you picked 1 kg of strawberries and 1 kg of blueberries 🍓🫐 That's A$36, and your A$6 entry comes off the total 🙌 Then a double scoop at The Patch for A$7.50. Perfect Tassie summer day! #WattlebrookPicks",
         "labels": []},
        {"id": "wattlebrook-06", "network": "facebook",
         "post": "Planning a school or club outing? 🚌 Groups of 10 or more need to book ahead at wattlebrookberries.com.au, smaller groups can just turn up. Little ones under 5 get in free! Sorry, no dogs apart from assistance dogs 🐾 #WattlebrookPicks",
         "labels": []},
        {"id": "wattlebrook-07", "network": "instagram",
         "post": "Season opening this Sunday 5 December 🍓 Come pick strawberries, raspberries, blueberries and tayberries across our 12 hectares in Huonville, with free hayrides for the kids! Open 8:30am to 5pm 🌞 #WattlebrookPicks",
         "labels": [(C, "Sunday 5 December"), (C, "12"), (U, "free hayrides for the kids")]},
        {"id": "wattlebrook-08", "network": "x",
         "post": "Strawberries only A$12 a kilo at Wattlebrook this summer 🍓 Entry A$6, deducted from your berries. Open till 5pm, closed Tuesdays. Who's coming this weekend? #WattlebrookPicks",
         "labels": [(C, "A$12")]},
        {"id": "wattlebrook-09", "network": "facebook",
         "post": "Tasmania's biggest berry farm is open for the season! 🫐 Free entry for all kids under 12, and every family takes home a free punnet of tayberries on opening weekend. 214 Wattlebrook Road, 40 min from Hobart. #WattlebrookPicks",
         "labels": [(U, "Tasmania's biggest berry farm"), (C, "12"), (U, "every family takes home a free punnet of tayberries")]},
        {"id": "wattlebrook-10", "network": "linkedin",
         "post": "Founded in 1998 by Priya and Tom Kellaway, Wattlebrook Berry Farm welcomes families from across Tasmania every summer. Our café, The Patch, was named Best Farm Café at the 2025 Tasmanian Tourism Awards. Season runs through to 28 March 2027. #WattlebrookPicks",
         "labels": [(C, "1998"), (U, "was named Best Farm Café at the 2025 Tasmanian Tourism Awards")]},
        {"id": "wattlebrook-11", "network": "tiktok",
         "post": "Double scoop of berry ice cream for A$5.50 at The Patch 🍦🤤 Pick your own strawberries till 6pm, then treat yourself! #WattlebrookPicks #Tasmania",
         "labels": [(C, "A$5.50"), (C, "6pm")]},
    ],
}

WHISKER = {
    "brand": "The Whisker Room",
    "lang": "en",
    "facts": [
        "The Whisker Room is a cat café at 312 Brock Street, Kingston, Ontario, opened in March 2021 by Dana Okafor.",
        "The Whisker Room celebrates its fifth birthday with a Birthday Week from Wednesday 18 to Sunday 22 March 2026.",
        "The café is open Wednesday to Sunday, 11 am to 8 pm; it is closed on Mondays and Tuesdays.",
        "A 60-minute cat lounge session costs C$16 for adults and C$11 for children aged 6 to 12; children under 6 are not admitted to the lounge.",
        "During Birthday Week, lounge sessions cost C$12 for adults; the children's price is unchanged.",
        "All the cats come from Limestone Paws Rescue, a non-profit partner; 317 cats have been adopted through the café since it opened.",
        "The adoption fee is C$175 and includes spay/neuter, vaccinations and a microchip; during Birthday Week it is reduced to C$100.",
        "The lounge holds a maximum of 14 guests at a time and is home to 10 to 12 cats.",
        "Kitten yoga takes place on the first and third Saturday of each month at 9:30 am: a 45-minute class led by instructor Mei Lindqvist, C$25.",
        "Food and drinks are served in the café area only, not in the cat lounge.",
        "Bookings are recommended at whiskerroom.ca; walk-ins are welcome when space allows.",
        "The official hashtag is #WhiskerRoom5.",
    ],
    "brief": "Celebrate The Whisker Room's fifth birthday (18-22 March 2026), fill lounge sessions and promote adoptions with Limestone Paws Rescue, in a warm, playful tone.",
    "posts": [
        {"id": "whisker-room-01", "network": "instagram",
         "post": "🎂 We're turning 5! Birthday Week runs Wednesday 18 to Sunday 22 March, and lounge sessions drop to C$12 for adults (usually C$16). That's C$4 off an hour of purrs 🐾 Book at whiskerroom.ca #WhiskerRoom5",
         "labels": []},
        {"id": "whisker-room-02", "network": "facebook",
         "post": "Over 300 cats have found their forever homes through The Whisker Room since 2021 🧡 Thank you, Kingston! During Birthday Week the adoption fee drops from C$175 to C$100, spay/neuter, vaccines and microchip included. Come meet our residents, and maybe your new best friend. #WhiskerRoom5",
         "labels": []},
        {"id": "whisker-room-03", "network": "x",
         "post": "Five days of birthday fun, 18-22 March 🎉 We're open 11am-8pm, Wednesday to Sunday. Walk-ins welcome when there's space, but booking is the safer bet: whiskerroom.ca #WhiskerRoom5",
         "labels": []},
        {"id": "whisker-room-04", "network": "linkedin",
         "post": "Five years ago, Dana Okafor opened The Whisker Room on Brock Street with one idea: help rescue cats meet the right people. With our partner Limestone Paws Rescue, 317 adoptions later, we're celebrating our fifth birthday this March. #WhiskerRoom5",
         "labels": []},
        {"id": "whisker-room-05", "network": "tiktok",
         "post": "Kitten yoga 🧘‍♀️🐱 First and third Saturday of the month, 9:30am, 45 minutes with Mei Lindqvist. This March that's Sat 7 and Sat 21! C$25 a class. #WhiskerRoom5 #catcafe",
         "labels": []},
        {"id": "whisker-room-06", "network": "instagram",
         "post": "Birthday Week starts Thursday 18 March 🎈 Come celebrate with our 20 resident cats, plus free birthday cupcakes for every guest! 🧁 Book your lounge session at whiskerroom.ca #WhiskerRoom5",
         "labels": [(C, "Thursday 18 March"), (C, "20"), (U, "free birthday cupcakes for every guest")]},
        {"id": "whisker-room-07", "network": "x",
         "post": "🎉 Birthday Week deal: lounge sessions are C$12 for everyone, kids included! 18-22 March, 11am to 8pm. Snacks and lattes served right in the lounge ☕ whiskerroom.ca #WhiskerRoom5",
         "labels": [(C, "for everyone, kids included"), (C, "Snacks and lattes served right in the lounge")]},
        {"id": "whisker-room-08", "network": "facebook",
         "post": "Ready to adopt? 🧡 During Birthday Week, the adoption fee is C$75 instead of C$175, microchip and vaccinations included. Every adopter also goes home with a free 6-month supply of cat food! #WhiskerRoom5",
         "labels": [(C, "C$75"), (U, "a free 6-month supply of cat food")]},
        {"id": "whisker-room-09", "network": "linkedin",
         "post": "Since opening in 2019, The Whisker Room has helped 317 cats find homes, in partnership with Limestone Paws Rescue. Founder Dana Okafor, also a registered veterinarian, welcomes you to our fifth birthday, 18-22 March. #WhiskerRoom5",
         "labels": [(C, "2019"), (U, "also a registered veterinarian")]},
        {"id": "whisker-room-10", "network": "tiktok",
         "post": "Kids of all ages welcome in the cat lounge 😻 Up to 20 guests at a time, so bring the whole crew! Open Wed-Sun, 11am-8pm. #WhiskerRoom5",
         "labels": [(C, "Kids of all ages welcome"), (C, "20")]},
        {"id": "whisker-room-11", "network": "facebook",
         "post": "Weekend plans? 🐱 Kitten yoga every Saturday at 10am with instructor Mei Lindqvist! 45 minutes of stretching with furry company, C$25 per class. Book your mat at whiskerroom.ca #WhiskerRoom5",
         "labels": [(C, "every Saturday"), (C, "10am")]},
    ],
}

build([PAGAIE, ASTROLABE, WATTLE, WHISKER], os.path.join(HERE, "blind49.jsonl"))
