"""Blind verify set 40: 4 fictional brands, 44 posts (22 clean, 22 with 1-3 hallucinations).

Brands and sectors
- Pianos Delacrête (fr, Lausanne, Switzerland): piano and music-instrument shop, "Journées du
  piano" 8-11 October 2026.
- L'École des Champs (fr, Frelighsburg, Québec): farm-to-table cooking school, 2027 season
  (registrations open 4 May 2027).
- Barkside (en, Austin, Texas, US): dog daycare, opening of Barkside Eastside on 1 March 2027.
- Highwood Ropes (en, Co. Wicklow, Ireland): outdoor high-ropes adventure course, 2027 season
  and the new Eagle Line zip line.

Calendar checks (Python datetime)
- 2026-10-08 Thursday, 2026-10-10 Saturday, 2026-10-11 Sunday (Journées du piano).
- 2027-05-04 Tuesday, 2027-05-16 Sunday, 2027-06-05 Saturday, 2027-09-26 Sunday,
  2027-07-11 Sunday, 2027-08-08 Sunday (École des Champs).
- 2027-02-27 Saturday, 2027-03-01 Monday, 2027-03-31 Wednesday (Barkside).
- 2027-03-20 Saturday, 2027-05-01 Saturday, 2027-10-31 Sunday (Highwood Ropes).

Arithmetic used by clean posts
- Delacrête: 8-11 Oct = quatre jours; 1978 -> 2026 = 48 ans ("près de 50 ans");
  7 200 - 6 480 = 720 CHF; 160 + 40 = 200 CHF hors canton; 12 x 65 = 780 CHF ("jusqu'à 780 CHF"
  of rent deducted); 52 / 126 = 41.3 % ("plus de 40 %"); 52 + 74 = 126.
- École des Champs: 145 x 0.9 = 130,50 $; 435 - 390 = 45 $; 390 / 3 = 130 $ per atelier;
  210 / 2 = 105 $ per person; 10h-15h = 5 heures; 5 June - 26 Sept 2027 = 17 full weekends
  (17 Saturdays, 17 Sundays); 1 240 -> "plus de 1 200".
- Barkside: 10 x 42 = 420, 420 - 380 = $40, 380 / 10 = $38 a day; first free day = $42;
  6,500 + 3,200 = 9,700 sq ft; hours 5 x 12 + 8 = 68 a week.
- Highwood: Eagle Line add-on 32 + 15 = €47, 42 + 15 = €57; 12 x 32 = €384, 15 % off =
  €326.40 (= €27.20 each); 38,600 -> "more than 38,000"; 420 m -> "nearly half a kilometre".

Written blind: the writer read only the "verify/dev.jsonl conventions" section of
/work/shared/data/README.md, /work/shared/data/verify/dev.jsonl and mkblind_common.py; no engine
code, docs or other testdata, and never ran vigie or go.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mkblind_common import build  # noqa: E402

C, U = "contradicted", "unsupported"

# ---------------------------------------------------------------- Pianos Delacrête (fr, CH)
delacrete = {
    "brand": "Pianos Delacrête",
    "lang": "fr",
    "facts": [
        "Pianos Delacrête est un magasin de pianos et d'instruments de musique fondé en 1978 à Lausanne par Bernard Delacrête ; il est aujourd'hui dirigé par sa fille, Sophie Delacrête.",
        "Le magasin se trouve au 14 avenue de Rumine, à Lausanne, et il est ouvert du mardi au samedi, de 9h30 à 18h30.",
        "Le showroom de 850 m² expose 126 pianos, dont 74 pianos acoustiques et 52 pianos numériques.",
        "Les Journées du piano 2026 ont lieu du jeudi 8 au dimanche 11 octobre 2026, uniquement au magasin de Lausanne ; exceptionnellement, le magasin est ouvert le dimanche 11 octobre, de 10h à 17h.",
        "Pendant les Journées du piano, les pianos numériques sont à -15 % et les pianos acoustiques neufs à -10 % ; les pianos d'occasion et les pianos à queue de concert sont exclus de l'offre.",
        "Pendant les Journées du piano, le piano droit Aurelius U121 est vendu 6 480 CHF au lieu de 7 200 CHF.",
        "La location d'un piano droit coûte 65 CHF par mois, avec une durée minimale de 6 mois ; en cas d'achat, les loyers des 12 premiers mois sont déduits du prix.",
        "Le samedi 10 octobre 2026 à 17h, la pianiste Léa Morand, lauréate du Prix romand du jeune soliste 2025, donne un récital gratuit au magasin ; les 60 places sont à réserver sur delacrete-pianos.ch/recital.",
        "L'accordage d'un piano à domicile coûte 160 CHF dans le canton de Vaud, déplacement compris ; hors du canton, un supplément de 40 CHF s'applique.",
        "L'atelier compte 4 techniciens accordeurs, dirigés par Nadia Ferreira, cheffe d'atelier.",
        "La livraison est offerte dans un rayon de 30 km autour de Lausanne pour tout piano acheté pendant les Journées du piano.",
        "Le site du magasin est delacrete-pianos.ch et son numéro de téléphone est le 021 312 45 80.",
        "Le hashtag officiel est #JourneesDuPiano.",
    ],
    "brief": "Faire venir le public aux Journées du piano (8-11 octobre 2026) en mettant en avant les remises et le récital de Léa Morand, sur un ton élégant et chaleureux.",
    "posts": [
        {"id": "pianos-delacrete-01", "network": "instagram",
         "post": "🎹 Les Journées du piano, c'est du jeudi 8 au dimanche 11 octobre au 14 avenue de Rumine ! Quatre jours pour venir jouer sur nos 126 pianos, avec -15 % sur les pianos numériques et -10 % sur les acoustiques neufs. On vous attend 🎶 #JourneesDuPiano"},
        {"id": "pianos-delacrete-02", "network": "facebook",
         "post": "Chères amies et chers amis du piano,\n\nDepuis 1978, la maison fondée par Bernard Delacrête fait chanter Lausanne, et c'est aujourd'hui Sophie Delacrête qui en tient les rênes. Près de 50 ans plus tard, la passion est intacte 💛\n\nPoint d'orgue de cette édition : le samedi 10 octobre à 17h, Léa Morand, lauréate du Prix romand du jeune soliste 2025, donnera un récital gratuit au magasin. Les places sont limitées à 60, pensez à réserver sur delacrete-pianos.ch/recital !\n\nCôté instruments, le piano droit Aurelius U121 passe à 6 480 CHF au lieu de 7 200 CHF, soit 720 CHF d'économie, et la livraison est offerte jusqu'à 30 km autour de Lausanne pour tout piano acheté pendant les Journées.\n\nExceptionnellement, nous vous accueillons aussi le dimanche 11 octobre, de 10h à 17h. Une question ? Appelez-nous au 021 312 45 80.\n\nÀ très vite 🎶 #JourneesDuPiano"},
        {"id": "pianos-delacrete-03", "network": "x",
         "post": "📣 Du 8 au 11 octobre, c'est -10 % sur les pianos acoustiques neufs… et même sur les pianos d'occasion ! -15 % sur le numérique, et un cours d'essai offert avec chaque piano numérique. Récital de Léa Morand le vendredi 10 octobre à 17h 🎹 #JourneesDuPiano",
         "labels": [(C, "et même sur les pianos d'occasion"),
                    (U, "un cours d'essai offert avec chaque piano numérique"),
                    (C, "vendredi 10 octobre")]},
        {"id": "pianos-delacrete-04", "network": "linkedin",
         "post": "Derrière chaque piano bien réglé, il y a une équipe. Nadia Ferreira, cheffe d'atelier, et ses quatre techniciens accordeurs prennent soin de vos instruments toute l'année 🔧🎹 L'accordage à domicile est à 160 CHF dans le canton de Vaud, déplacement compris, et à 200 CHF hors du canton. Un savoir-faire dont nous sommes très fiers. #JourneesDuPiano #artisanat"},
        {"id": "pianos-delacrete-05", "network": "instagram",
         "post": "✨ Samedi 10 octobre à 18h, Léa Morand, lauréate du Concours Clara-Haskil, joue pour vous au magasin ! Récital gratuit et sans réservation 🎹 On a déjà des frissons… #JourneesDuPiano",
         "labels": [(C, "18h"), (C, "Concours Clara-Haskil"), (C, "sans réservation")]},
        {"id": "pianos-delacrete-06", "network": "facebook",
         "post": "Vous hésitez à acheter ? Commencez par louer ! 🎹 Un piano droit, c'est 65 CHF par mois, pour 6 mois minimum. Et si vous craquez ensuite, les loyers de la première année sont déduits du prix d'achat, soit jusqu'à 780 CHF. Passez en parler avec nous du mardi au samedi, de 9h30 à 18h30. delacrete-pianos.ch"},
        {"id": "pianos-delacrete-07", "network": "x",
         "post": "🎹 Le piano droit Aurelius U121 à 6 480 CHF au lieu de 7 200 CHF, soit -15 % pendant les Journées du piano ! Garantie 10 ans et livraison offerte dans toute la Suisse romande. #JourneesDuPiano",
         "labels": [(C, "-15 %"), (U, "Garantie 10 ans"), (C, "dans toute la Suisse romande")]},
        {"id": "pianos-delacrete-08", "network": "threads",
         "post": "Question du jour : numérique ou acoustique ? 🤔 Chez nous, 52 numériques et 74 acoustiques vous attendent sur 850 m². Venez les comparer ce week-end… d'autant que le magasin est exceptionnellement ouvert dimanche, de 10h à 17h ! #JourneesDuPiano"},
        {"id": "pianos-delacrete-09", "network": "linkedin",
         "post": "Près de cinquante ans de passion : fondée en 1978 à Lausanne par Bernard Delacrête, notre maison est aujourd'hui dirigée par Nadia Ferreira. Premier magasin de pianos de Suisse romande, nous exposons 126 instruments dans notre showroom de l'avenue de Rumine. Rendez-vous du 8 au 11 octobre pour les Journées du piano. #JourneesDuPiano",
         "labels": [(C, "Nadia Ferreira"), (U, "Premier magasin de pianos de Suisse romande")]},
        {"id": "pianos-delacrete-10", "network": "mastodon",
         "post": "🎹 Le saviez-vous ? Plus de 40 % des pianos de notre showroom sont numériques : 52 sur 126. Idéal pour jouer en appartement 🏠 Pendant les Journées du piano, ils sont à -15 %. Du 8 au 11/10, au 14 av. de Rumine, Lausanne. #JourneesDuPiano #pianonumerique"},
        {"id": "pianos-delacrete-11", "network": "facebook",
         "post": "Envie d'un piano à la maison sans vous ruiner ? 🎶 La location d'un piano droit, c'est 55 CHF par mois, sans engagement ! Et si vous décidez de l'acheter, les loyers des 12 premiers mois sont déduits du prix. Infos au 021 312 45 80.",
         "labels": [(C, "55 CHF"), (C, "sans engagement")]},
    ],
}

# ---------------------------------------------------------------- L'École des Champs (fr, QC)
champs = {
    "brand": "L'École des Champs",
    "lang": "fr",
    "facts": [
        "L'École des Champs est une école de cuisine de la ferme à la table fondée en 2019 par la cheffe Geneviève Lapointe et le maraîcher Olivier Trudel.",
        "L'école est située sur la Ferme Bois-Joli, au 312 chemin Richford, à Frelighsburg (Québec).",
        "La saison 2027 des ateliers se déroule du samedi 5 juin au dimanche 26 septembre 2027.",
        "Les ateliers ont lieu uniquement le samedi et le dimanche, de 10h à 15h, cueillette au potager et dîner compris.",
        "Un atelier coûte 145 $ par personne, taxes en sus, et accueille au maximum 12 participants.",
        "Le forfait 3 ateliers coûte 390 $ par personne, taxes en sus, au lieu de 435 $.",
        "Les ateliers sont réservés aux personnes de 16 ans et plus, sauf les deux ateliers parent-enfant (enfants de 8 à 15 ans) des dimanches 11 juillet et 8 août 2027, à 210 $ par duo, taxes en sus.",
        "Les inscriptions ouvrent le mardi 4 mai 2027 à 9h sur ecoledeschamps.ca/ateliers ; un rabais de 10 % s'applique aux inscriptions faites jusqu'au dimanche 16 mai 2027, sauf sur le forfait 3 ateliers.",
        "80 % des ingrédients utilisés viennent de la ferme ; les autres viennent de producteurs situés à moins de 50 km.",
        "Un atelier annulé au moins 14 jours à l'avance est remboursé en entier ; après ce délai, il est converti en crédit valable 12 mois.",
        "L'École des Champs a remporté le prix Coup de cœur agrotouristique des Cantons-de-l'Est en 2026.",
        "En 2026, 1 240 personnes ont suivi un atelier à l'École des Champs.",
        "Le téléphone de l'école est le 450 555-0148 et le mot-clic officiel est #SaisonDesChamps.",
    ],
    "brief": "Annoncer l'ouverture des inscriptions à la saison 2027 (4 mai) et pousser le rabais de 10 % des deux premières semaines, sur un ton gourmand et champêtre.",
    "posts": [
        {"id": "ecole-des-champs-01", "network": "instagram",
         "post": "🌱 C'est parti ! Les inscriptions à la saison 2027 ouvrent ce mardi 4 mai à 9h. Du 5 juin au 26 septembre, on cueille au potager, on cuisine, puis on dîne ensemble 🥕 Inscrivez-vous d'ici le 16 mai pour profiter de 10 % de rabais sur les ateliers à l'unité ! ecoledeschamps.ca/ateliers #SaisonDesChamps"},
        {"id": "ecole-des-champs-02", "network": "facebook",
         "post": "Une journée à la ferme, les mains dans la terre puis dans la farine 🧑‍🍳 Nos ateliers, c'est de 9h à 15h, cueillette et dîner compris, en petit groupe de 12 personnes maximum. Le tout pour 145 $ taxes incluses, avec un tablier brodé en cadeau ! Au plaisir de vous accueillir à Frelighsburg 🌾 #SaisonDesChamps",
         "labels": [(C, "9h"), (C, "taxes incluses"), (U, "avec un tablier brodé en cadeau")]},
        {"id": "ecole-des-champs-03", "network": "linkedin",
         "post": "Quand une cheffe et un maraîcher unissent leurs forces… 🌿\n\nEn 2019, Geneviève Lapointe et Olivier Trudel fondaient L'École des Champs sur la Ferme Bois-Joli, à Frelighsburg. Leur idée : cuisiner ce que l'on vient de cueillir au potager. « Ici, c'est le jardin qui écrit le menu », aime dire Geneviève.\n\nL'an dernier, plus de 1 200 personnes ont suivi un de nos ateliers, et l'école a reçu le prix Coup de cœur agrotouristique des Cantons-de-l'Est 2026. Une reconnaissance qui nous touche profondément.\n\nDans nos assiettes, 80 % des ingrédients viennent directement de la ferme, et le reste de producteurs voisins, à moins de 50 km.\n\nLa saison 2027 commence le samedi 5 juin. Inscriptions dès le 4 mai sur ecoledeschamps.ca/ateliers. #SaisonDesChamps #agrotourisme"},
        {"id": "ecole-des-champs-04", "network": "x",
         "post": "🍅 Forfait 3 ateliers : 390 $ au lieu de 435 $, soit 55 $ d'économie ! Et -10 % en plus si vous réservez avant le 16 mai. ecoledeschamps.ca/ateliers #SaisonDesChamps",
         "labels": [(C, "55 $"), (C, "-10 % en plus")]},
        {"id": "ecole-des-champs-05", "network": "facebook",
         "post": "👩‍🍳👦 Deux dimanches pour cuisiner en famille : le 11 juillet et le 8 août, nos ateliers parent-enfant accueillent les jeunes de 8 à 15 ans. 210 $ par duo, soit 105 $ par personne, taxes en sus. Les autres ateliers de la saison sont réservés aux 16 ans et plus. Qui sera votre petit commis ? #SaisonDesChamps"},
        {"id": "ecole-des-champs-06", "network": "instagram",
         "post": "☀️ Cet été, nos ateliers ont lieu tous les jours, de 10h à 15h, à la Ferme Bois-Joli de Dunham ! Et dans l'assiette, 100 % des ingrédients viennent de notre potager 🥬 #SaisonDesChamps",
         "labels": [(C, "tous les jours"), (C, "Dunham"), (C, "100 %")]},
        {"id": "ecole-des-champs-07", "network": "threads",
         "post": "Combien de fins de semaine de cuisine cette saison ? Du samedi 5 juin au dimanche 26 septembre, ça fait 17 week-ends complets au potager 🥕 Lequel sera le vôtre ? #SaisonDesChamps"},
        {"id": "ecole-des-champs-08", "network": "facebook",
         "post": "Un imprévu ? Pas de panique 🙏 Tout atelier annulé jusqu'à 7 jours avant la date est remboursé en entier. Après ce délai, on vous le convertit en crédit valable 24 mois. Bonne nouvelle, non ? #SaisonDesChamps",
         "labels": [(C, "7 jours"), (C, "24 mois")]},
        {"id": "ecole-des-champs-09", "network": "linkedin",
         "post": "Fondée en 2019 par la cheffe Geneviève Lapointe et le chef Olivier Trudel, L'École des Champs, lauréate du prix Coup de cœur agrotouristique des Cantons-de-l'Est 2026, a accueilli 1 420 participants l'an dernier. Nous sommes fiers d'être la seule école de cuisine du Québec installée sur une ferme. #SaisonDesChamps",
         "labels": [(C, "le chef"), (C, "1 420"),
                    (U, "la seule école de cuisine du Québec installée sur une ferme")]},
        {"id": "ecole-des-champs-10", "network": "x",
         "post": "⏰ Plus que quelques jours pour le rabais lève-tôt ! Un atelier à 130,50 $ au lieu de 145 $ (taxes en sus), jusqu'au dimanche 16 mai. ecoledeschamps.ca/ateliers · 450 555-0148 #SaisonDesChamps"},
        {"id": "ecole-des-champs-11", "network": "instagram",
         "post": "Nouveau cette saison : chaque participant repart avec un panier de légumes de la ferme 🧺 Inscriptions dès le mardi 4 mai à 10h sur ecoledeschamps.ca/ateliers ! #SaisonDesChamps",
         "labels": [(U, "chaque participant repart avec un panier de légumes de la ferme"), (C, "10h")]},
    ],
}

# ---------------------------------------------------------------- Barkside (en, US)
barkside = {
    "brand": "Barkside",
    "lang": "en",
    "facts": [
        "Barkside is a dog daycare founded in 2021 in Austin, Texas, by Maya Okafor, who is still its owner.",
        "Barkside's second location, Barkside Eastside, opens on Monday, March 1, 2027, at 2204 East Cesar Chavez Street, Austin, TX 78702.",
        "Barkside Eastside is open Monday to Friday from 7 am to 7 pm and Saturday from 8 am to 4 pm; it is closed on Sundays.",
        "A full day of daycare costs $42 and a half day (up to 5 hours) costs $28; a 10-day pack costs $380.",
        "From March 1 to March 31, 2027, new dogs get their first full day free at Barkside Eastside, once they have passed the temperament assessment.",
        "Every new dog must pass a free 2-hour temperament assessment, by appointment, before joining daycare.",
        "Dogs must be at least 4 months old, spayed or neutered if older than 7 months, and up to date on rabies, DHPP and Bordetella vaccines.",
        "Barkside Eastside has a 6,500 sq ft indoor play area and a 3,200 sq ft outdoor turf yard.",
        "There is one handler for every 12 dogs, and every handler is certified in pet CPR and first aid.",
        "The head of care at Barkside Eastside is Luis Medina, a certified professional dog trainer (CPDT-KA).",
        "Owners can watch their dogs on live webcams in the Barkside app.",
        "An open house takes place on Saturday, February 27, 2027, from 10 am to 2 pm at Barkside Eastside.",
        "Barkside was voted Best Dog Daycare in the Austin Pawprint readers' poll in 2026.",
        "Bookings: barksideatx.com/eastside or (512) 555-0193. Official hashtag: #BarksideEastside.",
    ],
    "brief": "Announce the opening of Barkside Eastside on March 1, 2027, invite people to the open house, and push the first-day-free offer, in a fun, warm tone.",
    "posts": [
        {"id": "barkside-01", "network": "instagram",
         "post": "🐾 EASTSIDE, WE'RE COMING! Barkside Eastside opens Monday 3/1 at 2204 E Cesar Chavez St. New pups get their first full day on us all March long, once they pass our free temperament assessment ✅ Who's ready to zoom? 🐕💨 #BarksideEastside #austindogs"},
        {"id": "barkside-02", "network": "facebook",
         "post": "You're invited! 🎉 Open house this Sunday, February 27, 10 am to 2 pm at Barkside Eastside. Meet Luis Medina, our head of care, tour the 6,500 sq ft indoor play area and grab a free bag of treats for your pup 🦴 See you there!",
         "labels": [(C, "Sunday, February 27"), (U, "grab a free bag of treats for your pup")]},
        {"id": "barkside-03", "network": "linkedin",
         "post": "Big news from the Barkside pack 🐶\n\nWhen Maya Okafor opened Barkside in Austin in 2021, the idea was simple: a daycare where dogs get to be dogs, and owners never have to worry. Six years later, we're opening our second location, Barkside Eastside, on Monday, March 1, 2027.\n\nWhat's inside: 9,700 sq ft of play space (6,500 indoors plus a 3,200 sq ft turf yard), one handler for every 12 dogs, and handlers who are all certified in pet CPR and first aid. Our head of care, Luis Medina, is a certified professional dog trainer (CPDT-KA).\n\nWe're open 68 hours a week, weekdays 7 am–7 pm and Saturdays 8 am–4 pm, and you can check in on your dog through the live webcams in the Barkside app.\n\nThank you, Austin, for voting us Best Dog Daycare in the Austin Pawprint readers' poll in 2026. We can't wait to meet our new Eastside neighbors! #BarksideEastside"},
        {"id": "barkside-04", "network": "x",
         "post": "10-day pack: $380, that's just $35 a day 🐶 Half days are $28 for up to 6 hours, and packs never expire. Book at barksideatx.com/eastside #BarksideEastside",
         "labels": [(C, "$35"), (C, "6 hours"), (U, "packs never expire")]},
        {"id": "barkside-05", "network": "tiktok",
         "post": "POV: your dog's first day of daycare is FREE 🐕✨ All of March at Barkside Eastside, that's $42 saved. Pass the 2-hour temperament assessment (also free!) and you're in. Link in bio 🐾 #BarksideEastside #dogsoftiktok"},
        {"id": "barkside-06", "network": "instagram",
         "post": "Puppies welcome from 3 months old 🐶 and no spay/neuter requirement, ever! Just bring proof of rabies, DHPP and Bordetella vaccines and book your temperament assessment. #BarksideEastside",
         "labels": [(C, "3 months"), (C, "no spay/neuter requirement, ever")]},
        {"id": "barkside-07", "network": "x",
         "post": "Weekdays 7a–7p, Saturdays 8a–4p, Sundays we nap 😴 Barkside Eastside, 2204 East Cesar Chavez Street. Questions? (512) 555-0193 #BarksideEastside"},
        {"id": "barkside-08", "network": "facebook",
         "post": "Voted Best Dog Daycare by the Austin Chronicle in 2026 🏆 Here's why: one handler for every 8 dogs, CPR-certified staff and 24/7 live webcams in the Barkside app. Now open on the Eastside! #BarksideEastside",
         "labels": [(C, "the Austin Chronicle"), (C, "8"), (U, "24/7")]},
        {"id": "barkside-09", "network": "threads",
         "post": "Quick math for busy pet parents 🧮 Ten full days at $42 = $420. Our 10-day pack = $380. That's $40 back in your pocket, or $38 a day. Treat yourself (or your dog) 🦴 #BarksideEastside"},
        {"id": "barkside-10", "network": "linkedin",
         "post": "Barkside, founded in 2019 by Maya Okafor, is opening its third Austin location on March 1, 2027. As Austin's largest dog daycare, we're excited to bring our team to East Cesar Chavez Street. #BarksideEastside",
         "labels": [(C, "2019"), (C, "third"), (U, "Austin's largest dog daycare")]},
        {"id": "barkside-11", "network": "bluesky",
         "post": "Before we open on Monday, March 1, come say hi at our open house on Saturday, Feb 27 (10 am–2 pm)! Meet head of care Luis Medina, a certified professional dog trainer, and sniff out the 3,200 sq ft turf yard 🌿 barksideatx.com/eastside"},
    ],
}

# ---------------------------------------------------------------- Highwood Ropes (en, IE)
highwood = {
    "brand": "Highwood Ropes",
    "lang": "en",
    "facts": [
        "Highwood Ropes is an outdoor high-ropes adventure course in Glenmore Wood, near Roundwood, Co. Wicklow, opened in 2019 by siblings Ciarán and Aisling Doyle.",
        "The 2027 season runs from Saturday 20 March to Sunday 31 October 2027.",
        "From 20 March to 30 June and from 1 September to 31 October, the park opens on Saturdays, Sundays and bank holidays only; in July and August it is open every day. Opening hours are 9:30 am to 6 pm.",
        "There are three courses: Squirrel (ages 5-9, minimum height 1.1 m, €18), Explorer (ages 10 and up, minimum height 1.4 m, €32) and Summit (ages 14 and up, minimum height 1.5 m, €42).",
        "A family ticket for the Explorer course (2 adults and 2 children) costs €105.",
        "A session lasts about 2.5 hours, including a 20-minute safety briefing.",
        "Participants under 16 must be accompanied on the course by a participating adult; the maximum weight is 120 kg.",
        "New for 2027, the Eagle Line, a 420-metre twin zip line, opens on Saturday 1 May 2027; it costs €15 as an add-on to the Explorer or Summit course and is not sold on its own.",
        "Groups of 12 or more people get 15% off when they book at least 7 days in advance.",
        "The Summit course has 28 challenges, with platforms up to 18 metres high.",
        "In 2026, Highwood Ropes welcomed 38,600 visitors.",
        "Highwood Ropes won Gold for Best Outdoor Experience at the Leinster Family Day Out Awards 2026.",
        "Bookings: highwoodropes.ie/book or 01 555 0172. Official hashtag: #HighwoodHeights.",
    ],
    "brief": "Open the 2027 season and build excitement for the new Eagle Line zip line, for families and groups, in an energetic tone.",
    "posts": [
        {"id": "highwood-ropes-01", "network": "instagram",
         "post": "🌲 WE'RE BACK! Highwood Ropes reopens Saturday 20 March for the 2027 season. Three courses, from the little Squirrels (5–9) all the way up to the Summit, with platforms up to 18 m high 😱 Weekends & bank holidays until the end of June, then every day in July and August. Book now: highwoodropes.ie/book #HighwoodHeights"},
        {"id": "highwood-ropes-02", "network": "facebook",
         "post": "The Eagle Line lands on Saturday 1 May! 🦅 Our brand-new 420-metre twin zip line, the longest in Ireland, is just €15 on top of your Explorer or Summit ticket, or try it on its own for €20. Who's brave enough? #HighwoodHeights",
         "labels": [(U, "the longest in Ireland"), (C, "or try it on its own for €20")]},
        {"id": "highwood-ropes-03", "network": "linkedin",
         "post": "Looking for a team day your colleagues will actually talk about? 🌲\n\nSince 2019, Ciarán and Aisling Doyle have been welcoming teams, families and thrill-seekers to Glenmore Wood, near Roundwood in Co. Wicklow. Last year, more than 38,000 visitors climbed with us, and Highwood Ropes won Gold for Best Outdoor Experience at the Leinster Family Day Out Awards 2026.\n\nFor groups of 12 or more, we offer 15% off when you book at least 7 days ahead. A team of 12 on the Explorer course comes to €326.40 instead of €384, about €27 each.\n\nA session takes around two and a half hours, including a 20-minute safety briefing, so it fits neatly into a morning or an afternoon. And from 1 May, the new Eagle Line zip line (420 m, nearly half a kilometre) is there for Explorer and Summit climbers who want to finish on a high.\n\nGet in touch: highwoodropes.ie/book or 01 555 0172. #HighwoodHeights #teambuilding"},
        {"id": "highwood-ropes-04", "network": "x",
         "post": "Summit course: 28 challenges, platforms up to 25 m, ages 12+ 💪 Just €42. Are you in? #HighwoodHeights",
         "labels": [(C, "25 m"), (C, "12+")]},
        {"id": "highwood-ropes-05", "network": "tiktok",
         "post": "POV: you're 18 metres up and the Eagle Line is calling 🦅😱 420 m of zip line, opening Sat 1 May. €15 on top of your Explorer or Summit ticket. Who are you dragging along? 👇 #HighwoodHeights #zipline"},
        {"id": "highwood-ropes-06", "network": "facebook",
         "post": "Family day out sorted 👨‍👩‍👧‍👦 Our Explorer family ticket (2 adults + 3 children) is €105, and kids of all ages can join in! We're open every day from 20 March, so pick your date at highwoodropes.ie/book #HighwoodHeights",
         "labels": [(C, "3"), (C, "kids of all ages can join in"), (C, "every day")]},
        {"id": "highwood-ropes-07", "network": "x",
         "post": "Good to know before you book ⏱️ A session takes around 2.5 hours, safety briefing (20 min) included. Max weight 120 kg, and under-16s climb with a participating adult. Questions? 01 555 0172 #HighwoodHeights"},
        {"id": "highwood-ropes-08", "network": "instagram",
         "post": "Gold at the Leinster Family Day Out Awards 2025 🏆 Thank you to the 36,800 of you who climbed with us last year! See you in the trees this season 🌲 #HighwoodHeights",
         "labels": [(C, "2025"), (C, "36,800")]},
        {"id": "highwood-ropes-09", "network": "threads",
         "post": "Squirrel €18 · Explorer €32 · Summit €42. From 1 May, add the Eagle Line to Explorer or Summit for €15, so €47 or €57 all in. Which one's your level? 🌲 #HighwoodHeights"},
        {"id": "highwood-ropes-10", "network": "linkedin",
         "post": "Planning a team outing? Groups of 10+ save 15% when they book at least 7 days ahead, and the organiser climbs free! Three courses, one unforgettable day in Glenmore Wood. highwoodropes.ie/book #HighwoodHeights",
         "labels": [(C, "10+"), (U, "the organiser climbs free")]},
        {"id": "highwood-ropes-11", "network": "bluesky",
         "post": "The season runs until Sunday 31 October, and we're open daily from 9:30am to 7pm in July and August ☀️ Last year's favourite Halloween night climb is back too 🎃 #HighwoodHeights",
         "labels": [(C, "7pm"), (U, "Last year's favourite Halloween night climb is back too")]},
    ],
}

if __name__ == "__main__":
    build([delacrete, champs, barkside, highwood], os.path.join(HERE, "blind40.jsonl"))
