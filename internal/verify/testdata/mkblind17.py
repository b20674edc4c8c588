"""Blind verify set 17: four fictional brands, 11 posts each (44 posts), written blind.

Written blind: the author read only the dev.jsonl conventions, dev.jsonl itself and
mkblind_common.py, never the engine, the other sets or their reports.

Brands and sectors:
  - Observatoire du Mollendruz (fr, Switzerland, canton de Vaud): public astronomical
    observatory run by an association, Perseids night (Swiss forms: 12.08, "me" for
    mercredi, CHF 15.-, 1'180 m, septante, huitante, UNIGE).
  - Réparty (fr, France): smartphone repair workshop chain, 10th anniversary, new
    workshop in Rennes and a battery offer.
  - Lakefront Chess Club (en, US, Milwaukee): nonprofit chess club, open tournament
    (US forms: 3/19, Mar., $12K, G/90).
  - Kettle & Kesar (en, India, Bengaluru): tea-house chain, new tea house and monsoon
    combo (Indian forms: Rs 129/-, 12 lakh, 9/7 for 9 July, 9th July).

Calendar checks (Python's calendar module, calendar.weekday):
  2026-08-12 Wednesday, 2026-08-14 Friday, 2026-08-15 Saturday;
  2026-10-02 Friday, 2026-10-03 Saturday, 2026-10-17 Saturday (3-17 Oct = 14 days, two weeks);
  2027-03-01 Monday, 2027-03-05 Friday, 2027-03-15 Monday, 2027-03-18 Thursday,
  2027-03-19 Friday, 2027-03-21 Sunday;
  2027-07-01 Thursday, 2027-07-08 Thursday, 2027-07-09 Friday, 2027-08-31 Tuesday.
Arithmetic used by clean posts: 2026 - 1982 = 44 (1982 = early "années huitante");
21h to 2h = 5 hours; 21h + 70 min = 22h10; 600 mm = 60 cm; 2026 - 2016 = 10;
59 - 39 = 20; 45 minutes = trois quarts d'heure; 12 mois = un an; 18 mois = un an et demi;
31 + Rennes = 32 workshops during 3-17 Oct; 212 000 > 210 000; 2027 - 1974 = 53 (more
than half a century); 120 - 95 = 25; 2 x 90 min = 3 hours before increments;
6:30-10 p.m. = 3.5 hours; $20 = half of $40; 2027 - 2013 = 14; 1.2 million = 12 lakh;
160 - 129 = 31; 1 July-31 August = July and August; 18 + 1 = 19th.

Run from anywhere: python3 internal/verify/testdata/mkblind17.py [--numbers]
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mkblind_common import build  # noqa: E402

C, U = "contradicted", "unsupported"

MOLLENDRUZ = {
    "brand": "Observatoire du Mollendruz",
    "lang": "fr",
    "facts": [
        "L'Observatoire du Mollendruz est un observatoire public géré par l'association Ciel du Jura, fondée en 1982 à Morges.",
        "L'observatoire se trouve au col du Mollendruz (VD), à 1180 m d'altitude.",
        "Sa coupole abrite un télescope de 600 mm de diamètre, installé en 2019.",
        "La Nuit des Perséides a lieu le mercredi 12 août 2026, de 21h à 2h du matin.",
        "En cas de ciel couvert le 12 août, la Nuit des Perséides est reportée au vendredi 14 août 2026.",
        "L'entrée à la Nuit des Perséides coûte 15 CHF pour les adultes et 8 CHF pour les 6-16 ans ; elle est gratuite pour les moins de 6 ans et pour les membres de l'association.",
        "La Nuit des Perséides est limitée à 120 personnes, sur réservation obligatoire sur mollendruz-astro.ch/perseides.",
        "Une navette gratuite part de la gare de L'Isle-Mont-la-Ville à 20h30 et à 21h30.",
        "La soirée s'ouvre à 21h par une conférence de 70 minutes de l'astrophysicienne Noémie Favre-Bulle, de l'Université de Genève.",
        "De mai à septembre, des soirées d'observation publiques ont lieu chaque vendredi à 21h ; elles sont annulées si le ciel est couvert.",
        "L'association compte 340 membres ; la cotisation annuelle est de 60 CHF.",
        "En 2025, l'observatoire a accueilli 4850 visiteurs.",
        "Le hashtag officiel est #PerseidesMollendruz.",
        "Le site de l'observatoire est mollendruz-astro.ch.",
    ],
    "brief": "Remplir la Nuit des Perséides du 12 août 2026 et faire connaître les soirées d'observation du vendredi, sur un ton enthousiaste et pédagogique.",
    "posts": [
        {"id": "observatoire-mollendruz-01", "network": "instagram",
         "post": "🌠 Save the date : me 12.08.2026, c'est la Nuit des Perséides au col du Mollendruz ! De 21h à 2h du mat', les étoiles filantes à 1'180 m d'altitude, dans l'observatoire qui abrite notre télescope de 60 cm 🔭 Adultes CHF 15.–, 6-16 ans CHF 8.–, et gratuit pour les moins de 6 ans. Seulement 120 places, alors on réserve vite sur mollendruz-astro.ch/perseides ✨ #PerseidesMollendruz"},
        {"id": "observatoire-mollendruz-02", "network": "facebook",
         "post": "Cinq heures sous les étoiles, ça vous tente ? 🌌 Mercredi 12 août, la Nuit des Perséides commence à 21h avec septante minutes de conférence de l'astrophysicienne Noémie Favre-Bulle (UNIGE), puis place au ciel jusqu'à 2h ! Pas de voiture ? Navette gratuite depuis la gare de L'Isle-Mont-la-Ville, départs à 20h30 et 21h30 🚌 Et si les nuages s'en mêlent, pas de panique : on remet ça le vendredi 14. Petit rappel de culture G : les étoiles filantes, ce sont des poussières de comète qui se consument en entrant dans l'atmosphère ☄️ #PerseidesMollendruz"},
        {"id": "observatoire-mollendruz-03", "network": "linkedin",
         "post": "Fondée à Morges au début des années huitante, l'association Ciel du Jura gère aujourd'hui l'Observatoire du Mollendruz. En 2025, 4'850 visiteurs sont venus y lever les yeux au ciel, et nos 340 membres y sont pour beaucoup. Le 12 août prochain, nous accueillerons l'astrophysicienne Noémie Favre-Bulle, de l'Université de Genève, pour ouvrir notre Nuit des Perséides. 44 ans après sa création, l'association n'a rien perdu de sa curiosité 🔭 #PerseidesMollendruz"},
        {"id": "observatoire-mollendruz-04", "network": "x",
         "post": "🌠 Nuit des Perséides ce jeudi 12.08 au Mollendruz ! Entrée CHF 15.–, gratuite pour les moins de 16 ans. Réservez : mollendruz-astro.ch/perseides",
         "labels": [(C, "jeudi 12.08"), (C, "16 ans")]},
        {"id": "observatoire-mollendruz-05", "network": "tiktok",
         "post": "POV : tu regardes les étoiles filantes depuis le plus grand télescope public de Suisse romande 🤯🔭 Notre miroir de 80 cm t'attend le 12 août au col du Mollendruz ! #PerseidesMollendruz",
         "labels": [(U, "le plus grand télescope public de Suisse romande"), (C, "80 cm")]},
        {"id": "observatoire-mollendruz-06", "network": "facebook",
         "post": "☁️ Météo capricieuse ? Pas d'inquiétude : en cas de ciel couvert, la Nuit des Perséides est reportée au samedi 15 août. Navette gratuite depuis la gare de Cossonay à 20h30 et 21h30, et une boisson chaude offerte à chaque participant ☕ #PerseidesMollendruz",
         "labels": [(C, "samedi 15 août"), (C, "gare de Cossonay"),
                    (U, "une boisson chaude offerte à chaque participant")]},
        {"id": "observatoire-mollendruz-07", "network": "instagram",
         "post": "🔭 Tout l'été, le ciel se partage le vendredi soir ! De mai à septembre, rendez-vous chaque vendredi à 21h pour nos soirées d'observation publiques. Seule condition : un ciel dégagé (s'il est couvert, on annule, la Lune ne se laisse pas voir à travers les nuages 😅). Et pour nos membres, la Nuit des Perséides est offerte : la cotisation annuelle, c'est 60 francs. #PerseidesMollendruz"},
        {"id": "observatoire-mollendruz-08", "network": "linkedin",
         "post": "L'association Ciel du Jura, fondée en 1984 à Morges, a accueilli plus de 5'000 visiteurs à l'Observatoire du Mollendruz en 2025. Soutenue par l'EPFL, elle propose le 12 août une Nuit des Perséides ouverte par l'astrophysicienne Noémie Favre-Bulle. #PerseidesMollendruz",
         "labels": [(C, "1984"), (C, "plus de 5'000"), (U, "Soutenue par l'EPFL")]},
        {"id": "observatoire-mollendruz-09", "network": "threads",
         "post": "Qui a déjà sa question pour Noémie Favre-Bulle ? 🙋‍♀️ L'astrophysicienne de l'UNIGE lance notre Nuit des Perséides le 12.08, de 21h à 22h10. Balancez vos questions en commentaire 👇 #PerseidesMollendruz"},
        {"id": "observatoire-mollendruz-10", "network": "x",
         "post": "Plus que 20 places pour la Nuit des Perséides du 12.08 ! 🌠 CHF 15.– adultes, CHF 10.– pour les 6-16 ans. mollendruz-astro.ch/perseides",
         "labels": [(U, "Plus que 20 places"), (C, "CHF 10.–")]},
        {"id": "observatoire-mollendruz-11", "network": "bluesky",
         "post": "Croisons les doigts pour une nuit claire le mercredi 12 août 🤞 La Nuit des Perséides, c'est cent vingt places, de 21h à 2h, à 1'180 m d'altitude au col du Mollendruz. Gratuit pour les tout-petits (moins de 6 ans) et pour nos membres. Réservation obligatoire ➡️ mollendruz-astro.ch/perseides"},
    ],
}

REPARTY = {
    "brand": "Réparty",
    "lang": "fr",
    "facts": [
        "Réparty est un réseau d'ateliers de réparation de smartphones fondé en 2016 à Lille par Samia Benali et Thomas Vandewalle.",
        "Avant l'ouverture de Rennes, le réseau compte 31 ateliers en France.",
        "Le 32e atelier Réparty ouvre le samedi 3 octobre 2026 au 14 rue d'Antrain, à Rennes.",
        "L'atelier de Rennes est ouvert du lundi au samedi, de 9h30 à 19h.",
        "L'atelier de Rennes est dirigé par Kévin Le Gall, technicien certifié.",
        "Le jour de l'ouverture, un verre trempé est offert aux 100 premiers clients de l'atelier de Rennes.",
        "Le remplacement d'un écran prend 45 minutes en moyenne, sans rendez-vous.",
        "Du 3 au 17 octobre 2026, le remplacement de batterie coûte 39 € au lieu de 59 € dans tous les ateliers Réparty.",
        "Toutes les réparations sont garanties 12 mois, pièces et main-d'œuvre.",
        "Les smartphones reconditionnés vendus par Réparty sont garantis 18 mois.",
        "Le diagnostic est gratuit et sans engagement.",
        "Les ateliers sont labellisés QualiRépar : le bonus réparation de 25 € pour un écran cassé est déduit directement de la facture.",
        "En 2025, les ateliers Réparty ont réparé 212 000 smartphones.",
        "Le hashtag officiel des 10 ans est #Reparty10ans et le site de l'enseigne est reparty.fr.",
    ],
    "brief": "Annoncer l'ouverture de l'atelier de Rennes le 3 octobre 2026 et promouvoir l'offre batterie des 10 ans, sur un ton complice et rassurant.",
    "posts": [
        {"id": "reparty-01", "network": "instagram",
         "post": "📱💥 Rennes, ton écran fissuré a enfin trouvé son sauveur ! Samedi 3 octobre, Réparty ouvre son 32e atelier au 14 rue d'Antrain 🎉 Les 100 premiers clients repartent avec un verre trempé offert. Écran changé en trois quarts d'heure en moyenne, sans prendre rendez-vous, et diagnostic gratuit ⏱️ On vous attend ! #Reparty10ans"},
        {"id": "reparty-02", "network": "facebook",
         "post": "Ta batterie te lâche avant le goûter ? 🔋😩 Pour nos 10 ans, du 3 au 17 octobre, le changement de batterie passe à 39 € au lieu de 59 € dans tous nos ateliers. 20 € d'économie, et comme toujours, la réparation est garantie un an, pièces et main-d'œuvre. Deux semaines pour en profiter, fonce ! 👉 reparty.fr #Reparty10ans"},
        {"id": "reparty-03", "network": "linkedin",
         "post": "Il y a dix ans, à Lille, Samia Benali et Thomas Vandewalle lançaient Réparty avec une idée simple : un smartphone, ça se répare. Aujourd'hui, c'est 31 ateliers en France et plus de 210 000 téléphones remis en état rien qu'en 2025. Le 3 octobre, Rennes devient notre 32e adresse, avec Kévin Le Gall, technicien certifié, aux commandes. Merci à nos équipes et à nos clients pour cette décennie 💚 #Reparty10ans"},
        {"id": "reparty-04", "network": "x",
         "post": "🔋 Batterie à 39 € au lieu de 69 € jusqu'au 17 octobre chez Réparty ! Et pose d'un verre trempé offerte pour toute réparation 🎁 reparty.fr #Reparty10ans",
         "labels": [(C, "69 €"), (U, "pose d'un verre trempé offerte pour toute réparation")]},
        {"id": "reparty-05", "network": "facebook",
         "post": "📍 Rennes, c'est ce vendredi 3 octobre ! Kévin Le Gal et son équipe vous accueillent au 14 rue d'Antrain, du lundi au dimanche de 9h30 à 19h. Les 100 premiers clients auront droit à un verre trempé offert 📱",
         "labels": [(C, "vendredi 3 octobre"), (C, "Kévin Le Gal"), (C, "du lundi au dimanche")]},
        {"id": "reparty-06", "network": "tiktok",
         "post": "Écran explosé → réparé en 20 minutes chrono ⏱️🔥 Réparty, le n°1 de la réparation de smartphones en France 🇫🇷 #Reparty10ans",
         "labels": [(C, "20 minutes"), (U, "le n°1 de la réparation de smartphones en France")]},
        {"id": "reparty-07", "network": "instagram",
         "post": "Écran cassé ? 💥 Nos ateliers sont labellisés QualiRépar, donc les 25 € du bonus réparation sont déduits direct sur ta facture : rien à avancer 🙌 Et avant de se lancer, le diagnostic est gratuit et ne t'engage à rien. #Reparty10ans #réparerplutôtquejeter"},
        {"id": "reparty-08", "network": "linkedin",
         "post": "En 2025, nos techniciens ont réparé plus de 250 000 smartphones. Et parce que la seconde vie compte aussi, nos smartphones reconditionnés sont garantis 12 mois. #Reparty10ans",
         "labels": [(C, "plus de 250 000"), (C, "12 mois")]},
        {"id": "reparty-09", "network": "threads",
         "post": "10 ans, 31 ateliers… et un 32e qui arrive à Rennes le 3 octobre 👀 Question sérieuse : vous nous conseillez quelle crêperie près de la rue d'Antrain pour fêter ça ? 🥞 Au passage, nos reconditionnés sont garantis un an et demi. Oui oui."},
        {"id": "reparty-10", "network": "x",
         "post": "Du 03/10 au 17/10, batterie changée pour 39 € au lieu de 59 dans nos 32 ateliers, Rennes compris 🔋 Diagnostic offert, réparation garantie 1 an. reparty.fr #Reparty10ans"},
        {"id": "reparty-11", "network": "bluesky",
         "post": "Bonne nouvelle : l'offre batterie à 39 € court jusqu'au 31 octobre 🔋 Diagnostic gratuit, et toutes nos réparations sont garanties 2 ans, pièces et main-d'œuvre. #Reparty10ans",
         "labels": [(C, "31 octobre"), (C, "2 ans")]},
    ],
}

LAKEFRONT = {
    "brand": "Lakefront Chess Club",
    "lang": "en",
    "facts": [
        "Lakefront Chess Club is a nonprofit chess club founded in 1974 in Milwaukee, Wisconsin.",
        "The 2027 Lakefront Open is a 7-round Swiss-system tournament held from Friday, March 19 to Sunday, March 21, 2027, at the Harborview Hotel, 500 N. Water St., Milwaukee.",
        "The tournament has four sections: Open, U2000, U1600 and U1200.",
        "The guaranteed prize fund is $12,000; first place in the Open section wins $2,500.",
        "The entry fee is $95 for players registered by Friday, March 5, 2027, and $120 after that date; juniors under 18 pay $60.",
        "The time control is 90 minutes per player with a 30-second increment per move.",
        "Grandmaster Elena Vasquez-Holt gives a 30-board simultaneous exhibition on Thursday, March 18, 2027, at 7 p.m.; the simul fee is $25.",
        "The tournament is US Chess rated; players must hold a current US Chess membership.",
        "The 2026 Lakefront Open drew 214 players.",
        "Players get a room rate of $129 per night at the Harborview Hotel when booking by March 1, 2027.",
        "The club meets every Tuesday and Thursday from 6:30 to 10 p.m. at 2310 S. Kinnickinnic Ave., Milwaukee.",
        "Annual club membership costs $40 for adults and $20 for students.",
        "Registration is at lakefrontchess.org/open.",
        "The official hashtag is #LakefrontOpen2027.",
    ],
    "brief": "Fill all four sections of the 2027 Lakefront Open and push early registration before the March 5 deadline, in an energetic, welcoming tone.",
    "posts": [
        {"id": "lakefront-chess-01", "network": "facebook",
         "post": "♟️ Mark your calendars: the 2027 Lakefront Open runs March 19–21 at the Harborview Hotel on N. Water St.! Seven rounds, four sections (Open, U2000, U1600, U1200) and a $12K guaranteed prize fund 🏆 Sign up by Fri., 3/5 and pay $95 instead of $120: that's $25 you can spend on post-round pizza 🍕 Under 18? Your entry is just $60. 👉 lakefrontchess.org/open #LakefrontOpen2027"},
        {"id": "lakefront-chess-02", "network": "x",
         "post": "Time control for #LakefrontOpen2027: 90 minutes on the clock plus 30 seconds a move. Games can run past three hours, so pack snacks 🥪♟️ Mar. 19–21, Milwaukee."},
        {"id": "lakefront-chess-03", "network": "instagram",
         "post": "🔥 GM Elena Vasquez-Hall takes on 30 boards Thursday, March 18 at 7 p.m.! Simul entry is just $20, and every player gets a signed scoresheet ✍️ #LakefrontOpen2027",
         "labels": [(C, "Elena Vasquez-Hall"), (C, "$20"), (U, "every player gets a signed scoresheet")]},
        {"id": "lakefront-chess-04", "network": "linkedin",
         "post": "For more than half a century, Lakefront Chess Club has brought Milwaukee players to the board. Last year, 214 players competed in the Lakefront Open; in 2027, we're aiming to fill all four sections. The weekend opens Thursday, March 18 with a 30-board simul by Grandmaster Elena Vasquez-Holt, followed by seven rounds from March 19 to 21. Proud to be a nonprofit, proud to be Milwaukee ♟️ #LakefrontOpen2027"},
        {"id": "lakefront-chess-05", "network": "x",
         "post": "⏰ Early registration ends Friday, March 5! $95 now, $150 after. Juniors play free 🎉 lakefrontchess.org/open #LakefrontOpen2027",
         "labels": [(C, "$150"), (C, "Juniors play free")]},
        {"id": "lakefront-chess-06", "network": "tiktok",
         "post": "POV: you're about to play the biggest open tournament in the Midwest 😤♟️ $15,000 guaranteed, 3/19–3/21 in Milwaukee! #LakefrontOpen2027",
         "labels": [(U, "the biggest open tournament in the Midwest"), (C, "$15,000")]},
        {"id": "lakefront-chess-07", "network": "threads",
         "post": "Who's coming to the Lakefront Open? 👋 Drop your section below: Open, U2000, U1600 or U1200? First place in the Open takes home $2.5K 🏆 Quick reminder: you'll need a current US Chess membership to play."},
        {"id": "lakefront-chess-08", "network": "facebook",
         "post": "🏨 Coming from out of town? Book the Harborview Hotel by March 15 for the players' rate of $129 a night, free breakfast included. And don't miss the GM simul on Wednesday, March 18 at 7 p.m.! #LakefrontOpen2027",
         "labels": [(C, "March 15"), (U, "free breakfast included"), (C, "Wednesday, March 18")]},
        {"id": "lakefront-chess-09", "network": "bluesky",
         "post": "Can't wait until March? Come warm up at club night ♟️ Every Tuesday and Thursday, 6:30–10 p.m., 2310 S. Kinnickinnic Ave.: that's three and a half hours of chess, twice a week. Membership is $40 a year, or half that for students. Bring your own coffee ☕"},
        {"id": "lakefront-chess-10", "network": "instagram",
         "post": "Last year 250+ players battled it out at the Lakefront Open 🔥 This year it's FIDE and US Chess rated, and the U1200 winner also gets a free club membership! #LakefrontOpen2027",
         "labels": [(C, "250+"), (U, "FIDE"), (U, "the U1200 winner also gets a free club membership")]},
        {"id": "lakefront-chess-11", "network": "linkedin",
         "post": "Founded in 1978, Lakefront Chess Club is proud to host the 2027 Lakefront Open, March 19–21 at the Harborview Hotel. Early entry: $95 through March 5. Register at lakefrontchess.com/open",
         "labels": [(C, "1978"), (C, "lakefrontchess.com/open")]},
    ],
}

KETTLE = {
    "brand": "Kettle & Kesar",
    "lang": "en",
    "facts": [
        "Kettle & Kesar is a chain of tea houses founded in 2013 in Pune by Ananya Kulkarni.",
        "Before the Indiranagar opening, the chain has 18 tea houses in Maharashtra and Karnataka.",
        "The 19th tea house opens on Friday, 9 July 2027 on 100 Feet Road, Indiranagar, Bengaluru.",
        "The Indiranagar tea house is open every day from 7 am to 11 pm.",
        "The Indiranagar tea house is managed by Rohan D'Souza.",
        "On opening day, the first 200 customers at Indiranagar get a free cutting chai.",
        "A cutting masala chai costs ₹40 and a pot of Darjeeling first flush costs ₹220.",
        "From 1 July to 31 August 2027, the Monsoon Combo (masala chai and a plate of onion pakoras) costs ₹129 instead of ₹160 at all Kettle & Kesar tea houses.",
        "All teas are sourced directly from 11 estates in Assam, Darjeeling and the Nilgiris.",
        "Kettle & Kesar serves about 1.2 million cups of chai a year.",
        "Kettle Club app members get one free chai for every 10 chais bought.",
        "Kettle & Kesar won Best Tea House at the Deccan Taste Awards 2026.",
        "The official hashtag is #MonsoonAtKettle and the website is kettleandkesar.in.",
    ],
    "brief": "Announce the Indiranagar opening on 9 July 2027 and promote the Monsoon Combo, in a warm, playful tone.",
    "posts": [
        {"id": "kettle-kesar-01", "network": "instagram",
         "post": "☔ Bengaluru, your monsoon just got cosier! Our 19th tea house opens on Friday, 9th July, on 100 Feet Road, Indiranagar 🫖 The first 200 guests get a cutting chai on the house. Open 7 am–11 pm, all seven days a week! #MonsoonAtKettle"},
        {"id": "kettle-kesar-02", "network": "facebook",
         "post": "Rain outside, pakoras inside 🌧️🧅 Our Monsoon Combo (masala chai + a plate of onion pakoras) is just Rs 129/- instead of Rs 160, so you save ₹31! On at every Kettle & Kesar through July and August. Who's your pakora partner? Tag them 👇 #MonsoonAtKettle #chailovers"},
        {"id": "kettle-kesar-03", "network": "linkedin",
         "post": "Fourteen years after Ananya Kulkarni founded Kettle & Kesar in Pune, we now pour around 12 lakh cups of chai a year, with teas sourced directly from 11 estates across Assam, Darjeeling and the Nilgiris. On 9 July we open tea house no. 19, in Indiranagar, Bengaluru, led by Rohan D'Souza. And yes, we're still smiling about being named Best Tea House at the Deccan Taste Awards 2026 ☕ Grateful to every chai lover who got us here 🙏"},
        {"id": "kettle-kesar-04", "network": "x",
         "post": "Indiranagar, see you Thursday 9 July! ☕ First 500 customers get a free cutting chai 🎉 #MonsoonAtKettle",
         "labels": [(C, "Thursday 9 July"), (C, "500")]},
        {"id": "kettle-kesar-05", "network": "tiktok",
         "post": "POV: India's No. 1 chai brand just landed in Indiranagar 🫖🔥 Cutting chai for just ₹30, every day from 7 am! #MonsoonAtKettle",
         "labels": [(U, "India's No. 1 chai brand"), (C, "₹30")]},
        {"id": "kettle-kesar-06", "network": "instagram",
         "post": "🌧️ Monsoon Combo alert: masala chai + onion pakoras for ₹129 instead of ₹160 (save ₹41!), till 15th September at all our tea houses. #MonsoonAtKettle",
         "labels": [(C, "₹41"), (C, "15th September")]},
        {"id": "kettle-kesar-07", "network": "threads",
         "post": "Chai count check ☕ How many cups did you have this week? Be honest 😅 If you're on the Kettle Club app, every 10 chais earn you one on the house: buy 10 and the next one's free. #MonsoonAtKettle"},
        {"id": "kettle-kesar-08", "network": "facebook",
         "post": "Every cup at Kettle & Kesar starts with tea sourced directly from 15 estates in Assam, Darjeeling and the Nilgiris 🍃 brewed with organic milk, by the team crowned Best Tea House at the Deccan Taste Awards 2025 🏆 #MonsoonAtKettle",
         "labels": [(C, "15"), (U, "brewed with organic milk"), (C, "2025")]},
        {"id": "kettle-kesar-09", "network": "x",
         "post": "A pot of Darjeeling first flush (₹220), the sound of rain and a good book. Sorted 🌧️📖 See you in Indiranagar from 9/7! #MonsoonAtKettle"},
        {"id": "kettle-kesar-10", "network": "linkedin",
         "post": "Kettle & Kesar, founded in 2013 in Mumbai, opens its new Indiranagar tea house on 9 July, led by Rohan DeSouza. It becomes our 20th tea house across Maharashtra and Karnataka.",
         "labels": [(C, "Mumbai"), (C, "Rohan DeSouza"), (C, "20th")]},
        {"id": "kettle-kesar-11", "network": "bluesky",
         "post": "Indiranagar opens 9 July, and we'll be pouring chai till midnight every day 🌙 Order the Monsoon Combo on Swiggy with free delivery! #MonsoonAtKettle",
         "labels": [(C, "midnight"), (U, "on Swiggy with free delivery")]},
    ],
}

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    build([MOLLENDRUZ, REPARTY, LAKEFRONT, KETTLE], os.path.join(here, "blind17.jsonl"))
