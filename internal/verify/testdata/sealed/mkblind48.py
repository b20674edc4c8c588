"""Blind verify set 48: 4 fictional brands (2 fr, 2 en), 11 posts each, 22 clean.

Brands and sectors:
- Astralis (fr, Esch-sur-Alzette, Luxembourg): municipal planetarium, EUR.
- Trail des Dômes (fr, Volvic, Puy-de-Dôme, France): trail-running race, EUR.
- Ledgewood Orchard (en, Middlebury, Vermont, US): pick-your-own apple orchard, USD.
- Shuttlecraft Badminton Academy (en, Hyderabad, India): badminton academy, INR.

Calendar checks (computed with Python's datetime):
- Wed 3 March 2027 (Astralis premiere); a "jeudi 3 mars" is wrong.
- Sat 10 April 2027 (Astralis observation night).
- Sun 13 June 2027 (Trail des Dômes); Wed 31 March 2027 (end of early price; "dimanche 31 mars" is wrong).
- Sat 5 September 2026 to Sun 25 October 2026 (Ledgewood picking season): eight weekends
  (5-6 Sep ... 24-25 Oct); Sun 6 September 2026, so "Saturday September 6" is wrong.
  Sat 31 October 2026 falls after the season (no post says "through October").
- Sat 10 / Sun 11 October 2026 (Cider Days).
- Mon 4 January 2027 (Shuttlecraft Kondapur opening); "Sunday 4 January" is wrong.

Arithmetic clean posts rely on:
- Astralis family pass: 2 x 9 EUR + 2 x 6 EUR = 30 EUR, pass 26 EUR, saving 4 EUR.
- Astralis: 38 400 visitors in 2026 -> "plus de 38 000".
- Trail early price: 58 - 49 = 9 EUR saved (Grand Dôme); 32 - 27 (Petit Dôme).
- Trail Grand Dôme: start 6h30 + 14 h cut-off = 20h30; 14 editions from 2014 to 2027.
- Ledgewood donuts: 12 x $1.50 = $18, dozen $15, saving $3.
- Shuttlecraft quarterly plan: 3 x 4,500 = 13,500 INR, plan 12,000, saving 1,500.
- Shuttlecraft "4/1/2027" is 4 January 2027 in Indian day/month order.

Written blind: the writer read only the dev.jsonl conventions in data/README.md, verify/dev.jsonl,
mkblind_common.py and briefs/avoid.txt; no engine code, docs, other testdata or other mkblind scripts.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # mkblind_common.py is one folder up
from mkblind_common import build  # noqa: E402

C, U = "contradicted", "unsupported"

ASTRALIS = {
    "brand": "Astralis",
    "lang": "fr",
    "facts": [
        "Astralis est le planétarium de la Ville d'Esch-sur-Alzette (Luxembourg), ouvert en 2011 au 22 rue de l'Alzette et dirigé par Paul Kieffer.",
        "Sa coupole de 15 mètres de diamètre compte 120 places.",
        "Le nouveau spectacle « Les Sentinelles du ciel », consacré aux satellites d'observation de la Terre, est à l'affiche à partir du mercredi 3 mars 2027.",
        "Le spectacle dure 45 minutes et est conseillé à partir de 8 ans.",
        "Les séances ont lieu du mercredi au dimanche à 11h, 14h30 et 16h, avec une séance supplémentaire le vendredi à 20h.",
        "Les séances sont en français, sauf celle du samedi à 16h, en luxembourgeois, et celle du dimanche à 16h, en anglais.",
        "Le billet coûte 9 € pour les adultes et 6 € pour les moins de 16 ans ; le pass famille (2 adultes et 2 enfants de moins de 16 ans) coûte 26 €.",
        "Le spectacle a été coproduit avec l'Université du Luxembourg et est raconté par l'astrophysicienne Claire Wagener.",
        "Le samedi 10 avril 2027, une soirée d'observation gratuite a lieu sur la terrasse du planétarium de 21h à 23h30, sur inscription, dans la limite de 60 participants.",
        "En 2026, Astralis a accueilli 38 400 visiteurs.",
        "La billetterie en ligne est sur astralis.lu/billets.",
        "Le hashtag officiel est #SentinellesDuCiel.",
    ],
    "brief": "Lancer le nouveau spectacle « Les Sentinelles du ciel » (à partir du 3 mars 2027) et remplir la soirée d'observation du 10 avril, sur un ton curieux et familial.",
    "posts": [
        {"id": "astralis-01", "network": "instagram",
         "post": "🚀 Nouveau spectacle ! Dès le mercredi 3 mars, « Les Sentinelles du ciel » vous emmène à la rencontre des satellites qui veillent sur la Terre 🌍 45 minutes sous notre coupole de 15 mètres, dès 8 ans. Réservez sur astralis.lu/billets #SentinellesDuCiel",
         "labels": []},
        {"id": "astralis-02", "network": "facebook",
         "post": "Sortie en famille ce week-end ? 👨‍👩‍👧‍👦 Avec le pass famille à 26 € (2 adultes + 2 enfants de moins de 16 ans), vous économisez 4 € par rapport aux billets à l'unité (9 € adulte, 6 € enfant). Séances à 11h, 14h30 et 16h ✨ #SentinellesDuCiel",
         "labels": []},
        {"id": "astralis-03", "network": "linkedin",
         "post": "Plus de 38 000 visiteurs en 2026 : merci ! 🙏 Pour 2027, Astralis présente « Les Sentinelles du ciel », coproduit avec l'Université du Luxembourg et raconté par l'astrophysicienne Claire Wagener. Une belle manière de parler science et satellites au grand public. #SentinellesDuCiel",
         "labels": []},
        {"id": "astralis-04", "network": "x",
         "post": "🔭 Soirée d'observation gratuite le samedi 10 avril, de 21h à 23h30 sur la terrasse d'Astralis ! Places limitées à 60 personnes, inscription obligatoire. Infos sur astralis.lu/billets #SentinellesDuCiel",
         "labels": []},
        {"id": "astralis-05", "network": "tiktok",
         "post": "POV : tu lèves les yeux sous une coupole de 15 m et les satellites défilent au-dessus de toi 🛰️✨ « Les Sentinelles du ciel », 45 min de pur émerveillement, dès 8 ans. Le vendredi, il y a même une séance à 20h 🌙 #SentinellesDuCiel #planetarium",
         "labels": []},
        {"id": "astralis-06", "network": "facebook",
         "post": "Vous préférez le luxembourgeois ou l'anglais ? 🇱🇺 Le samedi à 16h, la séance est en luxembourgeois, et le dimanche à 16h, en anglais. Toutes les autres séances sont en français. 📍 22 rue de l'Alzette, Esch-sur-Alzette. #SentinellesDuCiel",
         "labels": []},
        {"id": "astralis-07", "network": "instagram",
         "post": "🌟 « Les Sentinelles du ciel », c'est tous les jours à 11h, 14h30 et 16h à Astralis ! Billet à 9 € pour les adultes, 5 € pour les moins de 16 ans. Et chaque enfant repart avec un poster du spectacle 🎁 #SentinellesDuCiel",
         "labels": [(C, "tous les jours"), (C, "5 €"), (U, "chaque enfant repart avec un poster du spectacle")]},
        {"id": "astralis-08", "network": "x",
         "post": "Première ce jeudi 3 mars à Astralis 🚀 « Les Sentinelles du ciel », 45 minutes de voyage dans notre coupole de 120 places. Réservations : astralis.lu/billets #SentinellesDuCiel",
         "labels": [(C, "jeudi 3 mars")]},
        {"id": "astralis-09", "network": "linkedin",
         "post": "Ouvert en 2009 et dirigé par Paul Kieffer, Astralis a accueilli 38 400 visiteurs en 2026 🙌 Notre nouveau spectacle, coproduit avec l'Université du Luxembourg, est raconté par l'astronaute Claire Wagener. Fiers de faire rayonner la culture scientifique au Luxembourg 🇱🇺 #SentinellesDuCiel",
         "labels": [(C, "2009"), (C, "astronaute")]},
        {"id": "astralis-10", "network": "facebook",
         "post": "🔭 Soirée d'observation gratuite le samedi 10 avril, de 20h30 à 23h30, sur la terrasse d'Astralis ! Inscription obligatoire, dans la limite de 100 personnes : venez avec vos jumelles et vos questions sur les étoiles ✨ #SentinellesDuCiel",
         "labels": [(C, "20h30"), (C, "100")]},
        {"id": "astralis-11", "network": "tiktok",
         "post": "Le plus grand planétarium du Luxembourg 🤯 Une coupole de 18 mètres, 120 places et un spectacle de 45 min sur les satellites qui surveillent la Terre 🛰️ Dès 8 ans ! #SentinellesDuCiel",
         "labels": [(U, "Le plus grand planétarium du Luxembourg"), (C, "18 mètres")]},
    ],
}

TRAIL = {
    "brand": "Trail des Dômes",
    "lang": "fr",
    "facts": [
        "Le Trail des Dômes est une course nature créée en 2014 à Volvic (Puy-de-Dôme) et organisée par l'association Volvic Nature Running.",
        "La 14e édition a lieu le dimanche 13 juin 2027, avec départ et arrivée place de l'Église, à Volvic.",
        "Trois parcours sont proposés : le Grand Dôme (52 km, 2 900 m de dénivelé positif), le Petit Dôme (24 km, 1 100 m D+) et la Rando des Sources (12 km, marche non chronométrée).",
        "Départs : 6h30 pour le Grand Dôme, 9h pour le Petit Dôme et 9h30 pour la Rando des Sources.",
        "Le Grand Dôme a une barrière horaire de 14 heures : arrivée au plus tard à 20h30.",
        "Tarifs : 58 € pour le Grand Dôme, 32 € pour le Petit Dôme et 12 € pour la Rando des Sources.",
        "Jusqu'au mercredi 31 mars 2027 (tarif early), le Grand Dôme est à 49 € et le Petit Dôme à 27 €.",
        "Les inscriptions sont limitées à 700 coureurs sur le Grand Dôme et 1 200 coureurs sur le Petit Dôme.",
        "Un certificat médical ou un Parcours Prévention Santé (PPS) est obligatoire pour le Grand Dôme et le Petit Dôme.",
        "Chaque finisher reçoit une médaille taillée dans la pierre de Volvic ; 1 € par inscription est reversé à l'association Chemins d'Auvergne pour l'entretien des sentiers.",
        "Le record du Grand Dôme est de 4 h 41 min, établi en 2023 par Léa Chassagne.",
        "Les inscriptions se font sur traildesdomes.fr ; le hashtag officiel est #TDD2027.",
    ],
    "brief": "Pousser les inscriptions au tarif early (jusqu'au 31 mars 2027) et présenter les trois parcours de la 14e édition, sur un ton sportif et convivial.",
    "posts": [
        {"id": "trail-domes-01", "network": "instagram",
         "post": "⛰️ Dimanche 13 juin, on remet ça ! La 14e édition du Trail des Dômes vous attend à Volvic avec 3 parcours : 52 km, 24 km ou 12 km de rando. Choisissez votre défi et inscrivez-vous sur traildesdomes.fr 🔥 #TDD2027",
         "labels": []},
        {"id": "trail-domes-02", "network": "facebook",
         "post": "⏰ Tarif early jusqu'au 31 mars ! Le Grand Dôme passe à 49 € au lieu de 58 €, soit 9 € d'économie, et le Petit Dôme à 27 € au lieu de 32 €. Après, ce sera plein pot 😅 Inscriptions sur traildesdomes.fr #TDD2027 #trailrunning",
         "labels": []},
        {"id": "trail-domes-03", "network": "x",
         "post": "Grand Dôme : départ 6h30, 52 km et 2 900 m D+, barrière horaire à 20h30. Autrement dit, 14 h pour boucler la boucle 💪 Seulement 700 dossards, ne traînez pas ! #TDD2027",
         "labels": []},
        {"id": "trail-domes-04", "network": "linkedin",
         "post": "Depuis 2014, l'association Volvic Nature Running fait découvrir les volcans d'Auvergne en courant 🌋 Cette année, 1 € par inscription ira à l'association Chemins d'Auvergne pour entretenir les sentiers que nous aimons tant. Rendez-vous le 13/06 ! #TDD2027",
         "labels": []},
        {"id": "trail-domes-05", "network": "tiktok",
         "post": "Record à battre sur le Grand Dôme : 4h41 😱 signé Léa Chassagne en 2023. Et toi, tu vises quoi ? La médaille en pierre de Volvic t'attend à l'arrivée 🏅 #TDD2027 #trail",
         "labels": []},
        {"id": "trail-domes-06", "network": "instagram",
         "post": "Le Petit Dôme, c'est 24 km et 1 400 m D+ au cœur des volcans 🌋 Départ à 9h place de l'Église, et ravito 100 % produits locaux à l'arrivée 🧀 Inscris-toi vite sur traildesdomes.fr ! #TDD2027",
         "labels": [(C, "1 400 m"), (U, "ravito 100 % produits locaux à l'arrivée")]},
        {"id": "trail-domes-07", "network": "facebook",
         "post": "📣 Dernière ligne droite pour le tarif early : jusqu'au dimanche 31 mars, le Grand Dôme est à 49 € ! Et pour tous les inscrits, un tee-shirt technique offert 👕 Foncez sur traildesdomes.fr ! #TDD2027",
         "labels": [(C, "dimanche 31 mars"), (U, "un tee-shirt technique offert")]},
        {"id": "trail-domes-08", "network": "x",
         "post": "Rando des Sources : 15 km de marche non chronométrée pour 12 €, départ 9h30 ☀️ Idéal pour découvrir les sentiers de Volvic en famille ou entre amis, sans pression sur le chrono ! #TDD2027",
         "labels": [(C, "15 km")]},
        {"id": "trail-domes-09", "network": "linkedin",
         "post": "Créé en 2014, le Trail des Dômes réunira le 13 juin près de 2 500 coureurs pour sa 14e édition. Un rendez-vous désormais classé parmi les 10 meilleurs trails de France par Trail Mag. Merci à nos bénévoles et partenaires ! #TDD2027",
         "labels": [(C, "2 500"), (U, "classé parmi les 10 meilleurs trails de France par Trail Mag")]},
        {"id": "trail-domes-10", "network": "tiktok",
         "post": "52 km, 2 900 m D+ et départ à 5h30 du mat' 😵 Le Grand Dôme, c'est pas pour les touristes ! Barrière horaire de 14 h, et un record à 4h21 🔥 T'es prêt ? #TDD2027",
         "labels": [(C, "5h30"), (C, "4h21")]},
        {"id": "trail-domes-11", "network": "facebook",
         "post": "🏅 À l'arrivée, chaque finisher reçoit sa médaille en pierre de Volvic et une bière artisanale locale ! Pensez à votre certificat médical ou PPS pour le Grand et le Petit Dôme. Inscriptions jusqu'au 10 juin sur traildesdomes.fr #TDD2027",
         "labels": [(U, "une bière artisanale locale"), (U, "jusqu'au 10 juin")]},
    ],
}

LEDGEWOOD = {
    "brand": "Ledgewood Orchard",
    "lang": "en",
    "facts": [
        "Ledgewood Orchard is a family-run apple orchard at 880 Quarry Road, Middlebury, Vermont, planted in 1974 by Ruth and Walter Ostrander.",
        "Hannah Ostrander-Pike, the founders' granddaughter, has run the orchard since 2019.",
        "The orchard grows 23 apple varieties on 60 acres, including Honeycrisp, McIntosh and Zestar.",
        "Pick-your-own season runs from Saturday 5 September to Sunday 25 October 2026, Wednesday to Sunday, from 9 am to 5 pm.",
        "Entry and parking are free; a half-peck bag costs $18 and a peck bag costs $30. A peck bag holds about 10 pounds of apples.",
        "Hayrides run on Saturdays and Sundays at 11 am, 1 pm and 3 pm; tickets cost $5, and children under 4 ride free.",
        "Cider Days takes place on Saturday 10 and Sunday 11 October 2026, with live bluegrass, cider-pressing demonstrations and an apple pie contest.",
        "Cider donuts cost $1.50 each or $15 for a dozen.",
        "The farm store sells fresh-pressed cider at $9 a half gallon.",
        "Dogs are not allowed in the orchard, except service dogs.",
        "Pick reports and updates are posted at ledgewoodorchard.com.",
        "The official hashtag is #LedgewoodPicks.",
    ],
    "brief": "Bring families out for pick-your-own season (5 September – 25 October 2026) and promote the Cider Days weekend, in a warm, down-home tone.",
    "posts": [
        {"id": "ledgewood-01", "network": "instagram",
         "post": "🍎 It's almost apple time! Pick-your-own opens Saturday, September 5th at Ledgewood Orchard and runs through October 25. Wednesday to Sunday, 9 to 5. Grab a bag and come find your favorite among our 23 varieties! #LedgewoodPicks",
         "labels": []},
        {"id": "ledgewood-02", "network": "facebook",
         "post": "Cider Days is coming 🍂 Saturday 10 & Sunday 11 October: live bluegrass, cider-pressing demos and the apple pie contest (bakers, start practicing 🥧). Two days of fall fun at 880 Quarry Road, Middlebury. Parking's free! #LedgewoodPicks",
         "labels": []},
        {"id": "ledgewood-03", "network": "x",
         "post": "Pro tip 🍩 Cider donuts are $1.50 each, but a dozen is $15, so you save $3 when you share. You're welcome. #LedgewoodPicks",
         "labels": []},
        {"id": "ledgewood-04", "network": "linkedin",
         "post": "From grandparents to granddaughter 🍎 Ruth and Walter Ostrander planted Ledgewood Orchard in 1974; since 2019 their granddaughter Hannah Ostrander-Pike has carried it forward, with 23 varieties across 60 acres. Proud to be part of Middlebury's fall. #LedgewoodPicks",
         "labels": []},
        {"id": "ledgewood-05", "network": "tiktok",
         "post": "POV: your kid picks their first Honeycrisp straight off the tree 🍎😭 Hayrides at 11, 1 and 3 on weekends, just $5 (under-4s ride free). Eight weekends of picking, don't miss it! #LedgewoodPicks",
         "labels": []},
        {"id": "ledgewood-06", "network": "facebook",
         "post": "Quick reminder before you head out 🐾 Our orchard is dog-free, service dogs excepted. Entry is free, and a peck bag ($30) holds about 10 lbs of apples, plenty for pies and applesauce! Check today's pick report at ledgewoodorchard.com #LedgewoodPicks",
         "labels": []},
        {"id": "ledgewood-07", "network": "instagram",
         "post": "Honeycrisp, McIntosh, Zestar and 30 more varieties 🍏 Pick your own 7 days a week from 9 am to 5 pm, all the way through October 25! Half-peck bags are $18. #LedgewoodPicks",
         "labels": [(C, "30"), (C, "7 days a week")]},
        {"id": "ledgewood-08", "network": "x",
         "post": "Cider Days this weekend, Sat 10 & Sun 11 Oct 🍂 Bluegrass, cider pressing and the apple pie contest, with a $500 prize for the winning pie! Hayrides every hour 🚜 #LedgewoodPicks",
         "labels": [(U, "with a $500 prize for the winning pie"), (C, "every hour")]},
        {"id": "ledgewood-09", "network": "facebook",
         "post": "Bring the whole family, and the dog too! 🐶 Entry and parking are always free at Ledgewood, and a peck bag of apples is just $25. Open Wednesday to Sunday until October 25. #LedgewoodPicks",
         "labels": [(C, "and the dog too"), (C, "$25")]},
        {"id": "ledgewood-10", "network": "linkedin",
         "post": "Founded in 1974 by Ruth and Walter Ostrander, Ledgewood Orchard is now led by their daughter, Hannah Ostrander-Pike. Vermont's largest pick-your-own orchard welcomes families every weekend until October 25. #LedgewoodPicks",
         "labels": [(C, "daughter"), (U, "Vermont's largest pick-your-own orchard")]},
        {"id": "ledgewood-11", "network": "tiktok",
         "post": "Cider donuts 🍩 $1.50 each or $12 a dozen, and fresh-pressed cider at $9 a gallon?? Say less. See you Saturday September 6 for opening day! #LedgewoodPicks",
         "labels": [(C, "$12"), (C, "$9 a gallon"), (C, "Saturday September 6")]},
    ],
}

SHUTTLECRAFT = {
    "brand": "Shuttlecraft Badminton Academy",
    "lang": "en",
    "facts": [
        "Shuttlecraft Badminton Academy was founded in 2015 in Gachibowli, Hyderabad, by former national doubles player Ravi Teja Mallela.",
        "The Gachibowli centre has 8 indoor courts with BWF-approved synthetic mats.",
        "A second centre, with 6 indoor courts, opens on Monday 4 January 2027 on Botanical Garden Road, Kondapur.",
        "The Junior Programme (ages 7 to 16) runs in batches Monday to Saturday, 6–8 am and 5–7 pm.",
        "The Junior Programme costs ₹4,500 a month, or ₹12,000 for a quarterly plan (3 months).",
        "The ₹1,000 registration fee is waived for players who sign up at the Kondapur centre before 31 January 2027.",
        "Adult coaching (3 sessions a week, 7–8:30 pm) costs ₹3,800 a month.",
        "Head coach Meenakshi Rao holds BWF Level 2 coaching certification and leads the Kondapur centre.",
        "Each new player can book one free 60-minute trial session.",
        "Court rental costs ₹600 per hour on weekdays and ₹800 per hour on weekends.",
        "Academy players have won 14 Telangana state-level titles since 2015.",
        "Bookings are made at shuttlecraft.in/join; the official hashtag is #ShuttlecraftKondapur.",
    ],
    "brief": "Announce the opening of the Kondapur centre on 4 January 2027 and fill Junior Programme batches, in an energetic, parent-friendly tone.",
    "posts": [
        {"id": "shuttlecraft-01", "network": "instagram",
         "post": "🏸 Kondapur, we're coming! Our second centre opens Monday 4 January with 6 indoor courts on Botanical Garden Road. Junior batches (ages 7–16) every morning and evening, Mon–Sat. Book a free trial 👉 shuttlecraft.in/join #ShuttlecraftKondapur",
         "labels": []},
        {"id": "shuttlecraft-02", "network": "facebook",
         "post": "Parents, here's a smart one 💡 The Junior Programme is ₹4,500/month, but the quarterly plan is ₹12,000, a saving of ₹1,500 over three months. Sign up at Kondapur before 31 Jan and the ₹1,000 registration fee is waived too! #ShuttlecraftKondapur",
         "labels": []},
        {"id": "shuttlecraft-03", "network": "linkedin",
         "post": "Since 2015, Shuttlecraft has grown from a single Gachibowli centre into a home for Hyderabad's young shuttlers, with 14 Telangana state titles along the way 🏆 On 4/1/2027 we open in Kondapur, led by head coach Meenakshi Rao (BWF Level 2). #ShuttlecraftKondapur",
         "labels": []},
        {"id": "shuttlecraft-04", "network": "x",
         "post": "Weekday court rental: ₹600/hr. Weekends: ₹800/hr. 8 courts in Gachibowli, 6 more in Kondapur from 4 Jan. Grab your racquet 🏸 #ShuttlecraftKondapur",
         "labels": []},
        {"id": "shuttlecraft-05", "network": "tiktok",
         "post": "That first smash feeling 😤🏸 New here? Your first 60-min session is on us, one free trial per new player. After that, adult coaching is 3 evenings a week for ₹3,800 a month. Let's go! shuttlecraft.in/join #ShuttlecraftKondapur",
         "labels": []},
        {"id": "shuttlecraft-06", "network": "instagram",
         "post": "New year, new courts! 🎉 Shuttlecraft Kondapur opens Sunday 4 January with 8 brand-new courts. Juniors aged 5 to 16 welcome, book your free trial at shuttlecraft.in/join #ShuttlecraftKondapur",
         "labels": [(C, "Sunday 4 January"), (C, "8"), (C, "5")]},
        {"id": "shuttlecraft-07", "network": "facebook",
         "post": "Junior Programme: ₹4,500 a month or ₹13,500 for the quarter 🏸 Batches Monday to Saturday, 6–8 am and 5–7 pm. Every junior also gets a free Shuttlecraft racquet on joining! #ShuttlecraftKondapur",
         "labels": [(C, "₹13,500"), (U, "Every junior also gets a free Shuttlecraft racquet on joining")]},
        {"id": "shuttlecraft-08", "network": "linkedin",
         "post": "Founded in 2015 by former Olympian Ravi Teja Mallela, Shuttlecraft has built a winning culture: 24 Telangana state-level titles so far 🏆 Now Kondapur joins Gachibowli on 4 January. Proud of our players and coaches. #ShuttlecraftKondapur",
         "labels": [(U, "former Olympian"), (C, "24")]},
        {"id": "shuttlecraft-09", "network": "x",
         "post": "Adult coaching at Shuttlecraft: 5 sessions a week, 7–8:30 pm, ₹3,800/month 💪 Registration fee waived for everyone until 31 January! #ShuttlecraftKondapur",
         "labels": [(C, "5"), (C, "for everyone")]},
        {"id": "shuttlecraft-10", "network": "tiktok",
         "post": "Parents asking: can my kid train any day? 🏸 Yes, junior batches run Monday to Sunday, 6–8 am and 5–7 pm! Coaching by Meenakshi Rao, India's youngest BWF Level 2 coach 🔥 #ShuttlecraftKondapur",
         "labels": [(C, "Monday to Sunday"), (U, "India's youngest BWF Level 2 coach")]},
        {"id": "shuttlecraft-11", "network": "facebook",
         "post": "📍 Shuttlecraft Kondapur, Botanical Garden Road: doors open 4 January! Weekend court rental ₹1,000/hr, weekdays ₹600/hr. Free parking for all members 🚗 Book at shuttlecraft.in/join #ShuttlecraftKondapur",
         "labels": [(C, "₹1,000/hr"), (U, "Free parking for all members")]},
    ],
}

build([ASTRALIS, TRAIL, LEDGEWOOD, SHUTTLECRAFT], os.path.join(HERE, "blind48.jsonl"))
