"""Blind verify set 32: 44 posts, 4 fictional brands, 22 clean posts.

Brands and sectors:
- Lambotte Chauffage & Sanitaire (fr, Belgium, Namur): plumbing & heating company;
  autumn 2026 boiler-servicing campaign, heat-pump offer, open day.
- Case Départ (fr, France, Périgueux): comic-book festival, 12th edition, 2-4 April 2027.
- Hopwise (en, Ireland): e-scooter sharing app, Galway launch on 6 May 2027.
- Heron Bluff Golf Club (en, US, Traverse City, Michigan): golf club, reopening of the
  renovated Bluff Course on 15 May 2027, memberships, junior clinics.

Calendar checks (Python datetime):
- Mon 14 Sep 2026, Sat 31 Oct 2026, Sat 10 Oct 2026, Thu 31 Dec 2026.
- Fri 2 Apr 2027, Sat 3 Apr 2027, Sun 4 Apr 2027, Mon 1 Mar 2027, Sat 20 Mar 2027,
  Sun 18 Apr 2027.
- Thu 6 May 2027, Mon 31 May 2027.
- Sat 15 May 2027, Tue 8 Jun 2027, Thu 12 Aug 2027, Wed 30 Jun 2027, Fri 20 Aug 2027,
  Sat 21 Aug 2027.

Arithmetic used by clean posts:
- Lambotte: 145 - 119 = 26 EUR saving; 8 % of 9 000 EUR = 720 EUR minimum discount;
  founded 1987 -> 39 years in 2026 ("près de quarante ans"); 2 860 -> "plus de 2 800";
  "jusqu'à 70 kW" = offer excludes boilers over 70 kW.
- Case Départ: 2-4 April = three days; 6 exhibitions, 4 free; 23 400 -> "plus de 23 000";
  30 minutes = "une demi-heure"; "l'an dernier" = 2026 for the 2027 edition.
- Hopwise: 10-minute ride = 1 + 10 x 0.25 = 3.50 EUR, 2.50 EUR without unlock fee;
  34.99 x 0.7 = 24.493 -> 24.49 EUR; 2.9 M km / 1.2 M trips = 2.42 -> "roughly 2.4 km";
  "three" = "3".
- Heron Bluff: 1964 -> 2027 = 63 years ("more than six decades"); Tuesdays and Thursdays
  from 8 June to 12 August 2027 = 20 sessions; 240 / 20 = 12 USD a session.

Written blind: I read only data/README.md ("verify/dev.jsonl conventions"),
data/verify/dev.jsonl and mkblind_common.py; no engine code, docs or other testdata.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mkblind_common import build  # noqa: E402

C, U = "contradicted", "unsupported"

LAMBOTTE = {
    "brand": "Lambotte Chauffage & Sanitaire",
    "lang": "fr",
    "facts": [
        "Lambotte Chauffage & Sanitaire est une entreprise de plomberie et de chauffage fondée en 1987 à Namur par Joseph Lambotte ; elle compte 34 collaborateurs.",
        "Depuis 2019, l'entreprise est dirigée par Sophie Lambotte, administratrice déléguée et fille du fondateur.",
        "Du lundi 14 septembre au samedi 31 octobre 2026, l'entretien annuel d'une chaudière au gaz ou au mazout est facturé 119 € TVAC au lieu de 145 € TVAC (déplacement et attestation d'entretien compris).",
        "L'offre d'entretien à 119 € est réservée aux particuliers domiciliés en province de Namur ou dans le Brabant wallon ; elle ne s'applique pas aux chaudières de plus de 70 kW.",
        "Pour toute pompe à chaleur air-eau commandée avant le jeudi 31 décembre 2026, Lambotte accorde une remise de 8 % sur le devis, à condition que celui-ci atteigne au moins 9 000 € HTVA.",
        "La garantie main-d'œuvre sur les pompes à chaleur installées par Lambotte est de 5 ans.",
        "Le service de dépannage est joignable 24 h/24 et 7 j/7 au 081 22 47 90 ; entre 22h et 6h, le déplacement est facturé 95 €.",
        "En 2025, Lambotte a réalisé 2 860 entretiens de chaudières et installé 212 pompes à chaleur.",
        "Lambotte a reçu le Prix wallon de l'artisan installateur 2025, dans la catégorie PME.",
        "Une journée portes ouvertes a lieu le samedi 10 octobre 2026, de 10h à 16h, au showroom du 45 chaussée de Louvain, à Namur.",
        "Lors des portes ouvertes, Karim Benali, responsable du service installation, présente les pompes à chaleur à 11h et à 14h30.",
        "Les rendez-vous d'entretien se prennent en ligne sur lambotte-chauffage.be/entretien.",
        "Le hashtag officiel de la campagne est #ChaleurLambotte.",
    ],
    "brief": "Promouvoir la campagne d'entretien de chaudières de l'automne 2026 et la journée portes ouvertes du 10 octobre à Namur, sur un ton rassurant et proche.",
    "posts": [
        {"id": "lambotte-chauffage-01", "network": "facebook",
         "post": "🔥 L'hiver se prépare dès maintenant ! Du 14 septembre au 31 octobre, l'entretien annuel de votre chaudière gaz ou mazout passe à 119 € TVAC au lieu de 145 €, déplacement et attestation compris. Soit 26 € d'économie 💶 Offre réservée aux particuliers de la province de Namur et du Brabant wallon. Réservez votre créneau sur lambotte-chauffage.be/entretien #ChaleurLambotte",
         "labels": []},
        {"id": "lambotte-chauffage-02", "network": "instagram",
         "post": "Samedi 10 octobre, c'est portes ouvertes au showroom ! 🏠 Rendez-vous au 45 chaussée de Louvain à Namur, de 10h à 16h. Karim Benali, notre responsable installation, vous présentera nos pompes à chaleur à 11h puis à 14h30. Des questions sur votre chauffage ? Venez nous les poser 😊 #ChaleurLambotte #PompeAChaleur",
         "labels": []},
        {"id": "lambotte-chauffage-03", "network": "linkedin",
         "post": "Près de quarante ans après sa fondation à Namur par Joseph Lambotte, notre maison reste une entreprise familiale : depuis 2019, c'est sa fille, Sophie Lambotte, qui la dirige en tant qu'administratrice déléguée, entourée de 34 collaborateurs. En 2025, nos équipes ont assuré plus de 2 800 entretiens de chaudières et posé 212 pompes à chaleur. Cette même année, nous avons eu l'honneur de recevoir le Prix wallon de l'artisan installateur, catégorie PME 🏆 Merci à nos clients pour leur confiance, et à nos techniciens pour leur engagement au quotidien. Vous envisagez de passer à la pompe à chaleur air-eau ? Pour toute commande passée avant le 31 décembre, nous accordons 8 % de remise dès 9 000 € HTVA de devis, soit au moins 720 € de remise. #ChaleurLambotte #TransitionEnergetique",
         "labels": []},
        {"id": "lambotte-chauffage-04", "network": "x",
         "post": "Entretien chaudière à 109 € TVAC jusqu'au 31 octobre, pour tous les particuliers de Wallonie 🔥 Réservez vite : lambotte-chauffage.be/entretien #ChaleurLambotte",
         "labels": [(C, "109 €"), (C, "tous les particuliers de Wallonie")]},
        {"id": "lambotte-chauffage-05", "network": "facebook",
         "post": "Panne de chauffage en pleine nuit ? 🥶 Notre service de dépannage répond 24 h/24 et 7 j/7 au 081 22 47 90. Et bonne nouvelle : entre 22h et 6h, le déplacement est offert ! Nos techniciens interviennent en moins de deux heures, partout en province de Namur. #ChaleurLambotte",
         "labels": [(C, "le déplacement est offert"),
                    (U, "Nos techniciens interviennent en moins de deux heures, partout en province de Namur")]},
        {"id": "lambotte-chauffage-06", "network": "instagram",
         "post": "Un entretien régulier, c'est l'esprit tranquille tout l'hiver 😌 Et chez nous, c'est 119 € au lieu de 145 € jusqu'à fin octobre, pour les particuliers domiciliés en province de Namur ou dans le Brabant wallon. Réservez en ligne 👉 lambotte-chauffage.be/entretien #ChaleurLambotte",
         "labels": []},
        {"id": "lambotte-chauffage-07", "network": "linkedin",
         "post": "Fiers d'avoir remporté le Prix wallon de l'artisan installateur 2025 ! 🏆 Une belle reconnaissance pour nos 43 collaborateurs et pour Sophie Lambotte, qui dirige l'entreprise depuis 2019. Nous sommes aujourd'hui le premier installateur de pompes à chaleur en province de Namur. #ChaleurLambotte",
         "labels": [(C, "43"), (U, "le premier installateur de pompes à chaleur en province de Namur")]},
        {"id": "lambotte-chauffage-08", "network": "facebook",
         "post": "Vous hésitez à passer à la pompe à chaleur ? Pour toute pompe à chaleur air-eau commandée avant le 31 décembre, profitez de 8 % de remise, sans minimum de devis ! Et la main-d'œuvre de nos installations est garantie 10 ans 💪 #ChaleurLambotte",
         "labels": [(C, "sans minimum de devis"), (C, "10 ans")]},
        {"id": "lambotte-chauffage-09", "network": "mastodon",
         "post": "Portes ouvertes ce samedi au 45 chaussée de Louvain 🏠 De 10h à 16h, venez découvrir nos pompes à chaleur (présentations à 11h et à 14h30). On vous attend ! #ChaleurLambotte",
         "labels": []},
        {"id": "lambotte-chauffage-10", "network": "instagram",
         "post": "🗓️ Journée portes ouvertes le dimanche 10 octobre, de 10h à 18h, dans notre showroom de Namur ! Petit-déjeuner offert à tous les visiteurs ☕ #ChaleurLambotte",
         "labels": [(C, "dimanche 10 octobre"), (C, "18h"), (U, "Petit-déjeuner offert à tous les visiteurs")]},
        {"id": "lambotte-chauffage-11", "network": "facebook",
         "post": "📬 La lettre d'automne de Lambotte\n\nBonjour à toutes et à tous ! L'automne est là, et avec lui notre campagne d'entretien : du lundi 14 septembre au samedi 31 octobre, l'entretien de votre chaudière gaz ou mazout coûte 119 € TVAC (au lieu de 145 €), déplacement et attestation compris. L'offre concerne les particuliers domiciliés en province de Namur ou dans le Brabant wallon, pour des chaudières jusqu'à 70 kW.\n\nAutre date à noter : nos portes ouvertes le samedi 10 octobre, de 10h à 16h, chaussée de Louvain à Namur.\n\nEt si votre chauffage vous lâche ? Notre dépannage reste joignable jour et nuit, 7 jours sur 7, au 081 22 47 90.\n\nÀ très vite ! L'équipe Lambotte #ChaleurLambotte",
         "labels": []},
    ],
}

CASE_DEPART = {
    "brand": "Case Départ",
    "lang": "fr",
    "facts": [
        "La 12e édition de Case Départ, le festival de la bande dessinée de Périgueux, se tient du vendredi 2 au dimanche 4 avril 2027.",
        "Le festival est ouvert de 10h à 19h le vendredi et le samedi, et de 10h à 18h le dimanche.",
        "Le festival accueille 85 autrices et auteurs en dédicace et présente 6 expositions, dont 4 en accès libre.",
        "Le pass 1 jour coûte 9 € et le pass 3 jours 20 € ; l'entrée est gratuite pour les moins de 12 ans.",
        "L'invitée d'honneur 2027 est la dessinatrice Léa Marchand, lauréate du Prix Case Départ 2026 ; elle signe l'affiche de l'édition 2027.",
        "L'exposition « Léa Marchand, vingt ans de planches » est présentée à la Halle Francheville, place Francheville, du samedi 20 mars au dimanche 18 avril 2027.",
        "La présidente du festival est Odile Fargeas ; le directeur artistique est Samuel Ngoma.",
        "Les dédicaces se font sur tickets, distribués gratuitement 30 minutes avant chaque séance, dans la limite de 2 albums par personne et par séance.",
        "Le Prix Case Départ du meilleur premier album, doté de 3 000 €, est remis le samedi 3 avril 2027 à 19h30.",
        "En 2026, le festival a accueilli 23 400 visiteurs.",
        "Un concours de BD amateur est ouvert aux 10-17 ans jusqu'au lundi 1er mars 2027, avec 3 planches maximum par participant.",
        "Pendant le festival, une navette gratuite relie la gare de Périgueux au site du festival toutes les 20 minutes.",
        "La billetterie en ligne est sur casedepart-bd.fr/billets ; le hashtag officiel est #CaseDepart2027.",
    ],
    "brief": "Donner envie de venir à la 12e édition (2-4 avril 2027), mettre en avant l'invitée d'honneur Léa Marchand et la gratuité pour les moins de 12 ans, sur un ton enthousiaste et complice.",
    "posts": [
        {"id": "case-depart-01", "network": "instagram",
         "post": "💥 Case Départ revient du 2 au 4 avril pour sa 12e édition ! Trois jours de bulles, de cases et de rencontres à Périgueux, avec 85 autrices et auteurs en dédicace ✍️ Et pour les moins de 12 ans, c'est gratuit ! Billets 👉 casedepart-bd.fr/billets #CaseDepart2027 #BD",
         "labels": []},
        {"id": "case-depart-02", "network": "facebook",
         "post": "Elle a remporté le Prix Case Départ l'an dernier, elle signe notre affiche cette année : Léa Marchand est notre invitée d'honneur 2027 🎨 Ne manquez pas l'expo « Léa Marchand, vingt ans de planches », à la Halle Francheville du 20 mars au 18 avril. On a hâte de vous la faire découvrir ! #CaseDepart2027",
         "labels": []},
        {"id": "case-depart-03", "network": "x",
         "post": "Pass 3 jours à 20 € seulement, soit 9 € d'économie par rapport à trois pass 1 jour 🎟️ Il donne aussi accès au concert dessiné du samedi soir ! casedepart-bd.fr/billets #CaseDepart2027",
         "labels": [(C, "9 €"), (U, "Il donne aussi accès au concert dessiné du samedi soir")]},
        {"id": "case-depart-04", "network": "linkedin",
         "post": "Case Départ, c'est une équipe de passionnés et un public fidèle qui nous porte : l'an dernier, plus de 23 000 visiteurs ont arpenté les allées du festival. Pour cette 12e édition, du vendredi 2 au dimanche 4 avril 2027, notre présidente Odile Fargeas et notre directeur artistique Samuel Ngoma ont imaginé un programme à la hauteur : 85 autrices et auteurs en dédicace, six expositions dont quatre en accès libre, et la remise du Prix Case Départ du meilleur premier album, doté de 3 000 €, le samedi 3 avril à 19h30. Merci à toutes celles et ceux qui rendent cette aventure possible. Rendez-vous à Périgueux ! #CaseDepart2027 #BandeDessinee",
         "labels": []},
        {"id": "case-depart-05", "network": "instagram",
         "post": "🎉 Notre invitée d'honneur ? Léa Marchand, lauréate du Prix Case Départ 2025 ! Elle présentera en avant-première son nouvel album pendant le festival. Son expo vous attend à la Halle Francheville 🖌️ #CaseDepart2027",
         "labels": [(C, "2025"), (U, "Elle présentera en avant-première son nouvel album pendant le festival")]},
        {"id": "case-depart-06", "network": "facebook",
         "post": "Vous venez en train ? 🚆 Pendant les trois jours du festival, une navette gratuite relie la gare de Périgueux au festival, avec un départ toutes les 20 minutes. Pratique, non ? Et pour les dédicaces, pensez aux tickets : ils sont distribués gratuitement une demi-heure avant chaque séance (2 albums max par personne et par séance). #CaseDepart2027",
         "labels": []},
        {"id": "case-depart-07", "network": "x",
         "post": "Jeunes talents de 10 à 17 ans, notre concours de BD amateur est ouvert jusqu'au dimanche 1er mars ! 5 planches max par participant ✏️ #CaseDepart2027",
         "labels": [(C, "dimanche 1er mars"), (C, "5")]},
        {"id": "case-depart-08", "network": "threads",
         "post": "Case Départ, c'est le plus grand festival de BD du Sud-Ouest 💪 L'an dernier, près de 30 000 visiteurs sont venus nous voir ! Cette année, rendez-vous du 2 au 4 avril, de 10h à 19h tous les jours. #CaseDepart2027",
         "labels": [(U, "le plus grand festival de BD du Sud-Ouest"), (C, "près de 30 000"), (C, "tous les jours")]},
        {"id": "case-depart-09", "network": "tiktok",
         "post": "POV : tu as moins de 12 ans et tu entres gratuitement au festival de BD 😎📚 Case Départ, du 2 au 4 avril à Périgueux. Pour les plus grands, c'est 9 € la journée ou 20 € les trois jours ! #CaseDepart2027 #BDtok",
         "labels": []},
        {"id": "case-depart-10", "network": "facebook",
         "post": "🏆 Le Prix Case Départ du meilleur premier album, doté de 5 000 €, sera remis le samedi 3 avril à 19h30, en présence de la ministre de la Culture. Qui rejoindra le palmarès ? Réponse samedi soir ! #CaseDepart2027",
         "labels": [(C, "5 000 €"), (U, "en présence de la ministre de la Culture")]},
        {"id": "case-depart-11", "network": "instagram",
         "post": "📣 Plus qu'un mois avant Case Départ ! Au menu : 85 autrices et auteurs, six expositions toutes en accès libre, une navette gratuite depuis la gare, et l'expo de notre invitée d'honneur Léa Marchand à la Halle Francheville jusqu'au 18 avril. Le festival ouvre ses portes le vendredi 2 avril à 10h. Billets sur casedepart-bd.fr/billetterie #CaseDepart2027",
         "labels": [(C, "toutes en accès libre"), (C, "casedepart-bd.fr/billetterie")]},
    ],
}

HOPWISE = {
    "brand": "Hopwise",
    "lang": "en",
    "facts": [
        "Hopwise is an Irish e-scooter sharing app, founded in Dublin in 2022, that already operates in Dublin, Cork and Limerick.",
        "Hopwise launches in Galway on Thursday 6 May 2027 with 350 scooters and 48 parking bays.",
        "A ride costs €1 to unlock, then €0.25 per minute.",
        "The Hopwise Monthly Pass costs €34.99 and includes unlimited rides of up to 30 minutes each; beyond 30 minutes, each extra minute costs €0.15.",
        "Students with a valid Irish student card get 30% off the Monthly Pass.",
        "Launch offer: from 6 to 31 May 2027, new Galway users who enter the code GALWAYHOP get the unlock fee waived on their first three rides; per-minute charges still apply.",
        "Riders must be 18 or over and verify their ID in the app before their first ride.",
        "Scooters are limited to 20 km/h, and to 10 km/h in the Eyre Square and Shop Street slow zones.",
        "Rides must end in a Hopwise parking bay; ending a ride outside a bay incurs a €10 fee.",
        "Niamh Kearney is Hopwise's general manager for Ireland; Tomás Ó Briain leads operations in Galway.",
        "In 2026, Hopwise riders took 1.2 million trips in Ireland, covering 2.9 million km.",
        "Hopwise won the Smart Mobility Award at the 2026 Irish Transport Awards.",
        "Support: help.hopwise.ie or +353 1 496 2210. The official hashtag is #HopwiseGalway.",
    ],
    "brief": "Announce the Galway launch on 6 May 2027 and drive app downloads with the GALWAYHOP code, in a friendly, upbeat tone.",
    "posts": [
        {"id": "hopwise-01", "network": "instagram",
         "post": "Galway, get ready to hop on 🛴💨 From Thursday 6 May, 350 Hopwise scooters hit the streets, with 48 parking bays to end your ride. Download the app, enter GALWAYHOP and your first three unlocks are on us (new users, until 31 May). #HopwiseGalway",
         "labels": []},
        {"id": "hopwise-02", "network": "x",
         "post": "Quick maths 🧮 A 10-minute Hopwise ride = €1 unlock + €2.50 in minutes = €3.50. New in Galway? Use code GALWAYHOP before 1 June and your first three rides skip the unlock fee, so €2.50 each for 10 minutes 🙌 #HopwiseGalway",
         "labels": []},
        {"id": "hopwise-03", "network": "linkedin",
         "post": "Proud moment 🎉 After Dublin, Cork and Limerick, Hopwise arrives in Galway on 6 May. Last year our riders took 1.2 million trips, covering 2.9 million km, and we were honoured to win the Smart Mobility Award at the 2026 Irish Transport Awards. A big thank you to Niamh Kearney, our CEO, and to Tomás Ó Briain, who leads our Galway operations. We're also delighted to be working in partnership with Galway City Council. #HopwiseGalway",
         "labels": [(C, "CEO"), (U, "working in partnership with Galway City Council")]},
        {"id": "hopwise-04", "network": "facebook",
         "post": "🛴 Everything you need to know about Hopwise in Galway\n\nWe land in Galway on Thursday 6 May! Here's the lowdown:\n• Pricing: €1 to unlock, then 25c a minute.\n• Ride a lot? The Monthly Pass is €34.99 for unlimited rides of up to 30 minutes each (extra minutes are just 15c). Students with a valid Irish student card pay 30% less, so €24.49 a month.\n• Launch offer: new users who enter GALWAYHOP between 6 and 31 May skip the unlock fee on their first three rides.\n• Safety first: you need to be 18+ and verify your ID in the app before your first ride. Scooters top out at 20 km/h, and slow to 10 km/h in the Eyre Square and Shop Street zones.\n• Parking: always end your ride in one of our 48 bays, otherwise there's a €10 fee.\n\nQuestions? help.hopwise.ie 💚 #HopwiseGalway",
         "labels": []},
        {"id": "hopwise-05", "network": "instagram",
         "post": "Hopwise is live in Galway from Saturday 6 May! 🛴 Unlock for €1, then just 20c a minute. #HopwiseGalway",
         "labels": [(C, "Saturday 6 May"), (C, "20c")]},
        {"id": "hopwise-06", "network": "x",
         "post": "Student? 🎓 Get 50% off the Hopwise Monthly Pass with any student card. Unlimited rides, no time limit! #HopwiseGalway",
         "labels": [(C, "50%"), (C, "any student card"), (C, "no time limit")]},
        {"id": "hopwise-07", "network": "threads",
         "post": "Fun fact: last year Hopwise riders in Ireland covered 2.9 million km over 1.2 million trips, roughly 2.4 km per trip 🤓 Now it's Galway's turn, starting Thursday! Who's taking the first ride? 🙋 #HopwiseGalway",
         "labels": []},
        {"id": "hopwise-08", "network": "facebook",
         "post": "Friendly reminder 🅿️ Please end every ride in a Hopwise bay. Parking outside a bay costs €25, and your account may be suspended after three offences. Thanks for keeping Galway's footpaths clear! #HopwiseGalway",
         "labels": [(C, "€25"), (U, "your account may be suspended after three offences")]},
        {"id": "hopwise-09", "network": "bluesky",
         "post": "Safety first in Galway 🦺 Hopwise scooters are capped at 20 km/h, and at 10 km/h in the Eyre Square and Shop Street slow zones. Riders need to be 18 or older and verify their ID in the app. Ride safe, Galway! 💚 #HopwiseGalway #MicroMobility",
         "labels": []},
        {"id": "hopwise-10", "network": "linkedin",
         "post": "We're pleased to announce that Hopwise is launching in Galway with 500 scooters, making it Ireland's largest e-scooter fleet outside Dublin. Tomás Ó Briain, our general manager for Ireland, will lead the rollout. #HopwiseGalway",
         "labels": [(C, "500"), (U, "Ireland's largest e-scooter fleet outside Dublin"), (C, "our general manager for Ireland")]},
        {"id": "hopwise-11", "network": "tiktok",
         "post": "New in Galway? 👀 Download Hopwise, pop in GALWAYHOP, and your first 3 rides come with no unlock fee 🛴 You just pay the minutes! Valid until 31 May for new users. #HopwiseGalway #Galway",
         "labels": []},
    ],
}

HERON = {
    "brand": "Heron Bluff Golf Club",
    "lang": "en",
    "facts": [
        "Heron Bluff Golf Club is a semi-private, 18-hole, par-72 golf club in Traverse City, Michigan, founded in 1964.",
        "The Bluff Course plays 6,948 yards from the championship tees.",
        "After a 14-month renovation led by golf course architect Dana Whitfield, the Bluff Course reopens on Saturday, May 15, 2027.",
        "Public green fees, cart included: $85 Monday through Thursday; $110 Friday through Sunday and on holidays.",
        "A twilight rate of $55, cart included, applies every day after 4 p.m.",
        "Annual membership dues are $5,400; the $4,200 initiation fee is waived for the first 75 new members who join by June 30, 2027.",
        "Marcus Delgado is the head golf professional (PGA); Kelly Ohashi is the director of junior golf.",
        "Junior clinics for ages 8 to 15 run every Tuesday and Thursday from June 8 to August 12, 2027, from 9 to 11 a.m.; the summer program costs $240.",
        "Juniors 17 and under play free after 3 p.m. on Sundays when accompanied by a paying adult.",
        "The 2027 Member-Guest tournament takes place on Friday, August 20 and Saturday, August 21, with an entry fee of $650 per two-person team.",
        "Heron Bluff was ranked No. 6 in Fairway Michigan magazine's 2026 list of the state's best public-access courses.",
        "The Perch, the clubhouse restaurant, is open daily from 7 a.m. to 9 p.m.",
        "Tee times: heronbluffgolf.com/teetimes or (231) 555-0187. The official hashtag is #HeronBluffReborn.",
    ],
    "brief": "Build excitement for the May 15, 2027 reopening of the Bluff Course, sell founding-season memberships and fill the summer junior clinics.",
    "posts": [
        {"id": "heron-bluff-01", "network": "instagram",
         "post": "⛳ 14 months of work. One reborn Bluff Course. We reopen Saturday, May 15! Renovation led by architect Dana Whitfield: 18 holes, par 72, 6,948 yards from the championship tees. Who's booking the first tee time? heronbluffgolf.com/teetimes #HeronBluffReborn",
         "labels": []},
        {"id": "heron-bluff-02", "network": "facebook",
         "post": "Green fees at the renewed Bluff Course: $85 Monday through Friday and $110 on weekends, cart included. Twilight golf is just $45 after 4 p.m.! Book at heronbluffgolf.com/teetimes #HeronBluffReborn",
         "labels": [(C, "Monday through Friday"), (C, "$45")]},
        {"id": "heron-bluff-03", "network": "linkedin",
         "post": "Founded in 1964, Heron Bluff has been part of Traverse City's golf life for more than six decades. Today we're proud to open a new chapter: after a 14-month renovation led by golf course architect Dana Whitfield, the Bluff Course reopens on Saturday, May 15, 2027. Already ranked No. 6 among Michigan's best public-access courses by Fairway Michigan magazine in 2026, we can't wait to hear what golfers think of the renewed course. To mark the occasion, we're welcoming founding-season members: join by June 30 and, if you're among the first 75 new members, your $4,200 initiation fee is waived. Annual dues are $5,400. Questions? Our head golf professional, Marcus Delgado, PGA, and his team are here for you at (231) 555-0187. #HeronBluffReborn #Golf",
         "labels": []},
        {"id": "heron-bluff-04", "network": "x",
         "post": "Junior golfers ages 6 to 15: our summer clinics run every Tuesday and Thursday from June 8 to August 12, 9–11 a.m. 🏌️ Just $240 for all 18 sessions! #HeronBluffReborn",
         "labels": [(C, "6"), (C, "18")]},
        {"id": "heron-bluff-05", "network": "facebook",
         "post": "Calling all young golfers! 🏌️‍♀️ Our junior clinics for ages 8 to 15 run twice a week, Tuesdays and Thursdays, June 8 through August 12, from 9 to 11 a.m. That's 20 sessions for $240 for the whole summer, or $12 a session. Questions? Our director of junior golf, Kelly Ohashi, would love to hear from you. Sign your junior up today! #HeronBluffReborn",
         "labels": []},
        {"id": "heron-bluff-06", "network": "instagram",
         "post": "Sunday family golf ☀️ Juniors 18 and under play free all day on Sundays with a paying adult. Then head to The Perch for dinner, open until 10 p.m.! #HeronBluffReborn",
         "labels": [(C, "18"), (C, "all day"), (C, "10 p.m.")]},
        {"id": "heron-bluff-07", "network": "threads",
         "post": "Reopening day is this Saturday! 🎉 Weekend green fees are $110 with cart, or grab the twilight rate after 4 p.m. for $55. After your round, The Perch is open until 9 p.m. See you on the first tee! #HeronBluffReborn",
         "labels": []},
        {"id": "heron-bluff-08", "network": "linkedin",
         "post": "Heron Bluff is proud to be ranked No. 1 in Fairway Michigan magazine's 2026 list of the state's best public-access courses. Our Bluff Course, renovated by architect Dana Whitfield over an 18-month project, reopens May 15 and will host the 2028 Michigan Open. #HeronBluffReborn",
         "labels": [(C, "No. 1"), (C, "18-month"), (U, "will host the 2028 Michigan Open")]},
        {"id": "heron-bluff-09", "network": "facebook",
         "post": "🏆 Member-Guest 2027 is set for Friday, August 20 and Saturday, August 21! Entry is $650 per player, with lunch at The Perch included. Grab your partner and sign up! #HeronBluffReborn",
         "labels": [(C, "per player"), (U, "with lunch at The Perch included")]},
        {"id": "heron-bluff-10", "network": "x",
         "post": "Become a founding-season member of Heron Bluff: join by June 30 and we'll waive your $4,200 initiation fee. Open to everyone, no limit! Dues: $5,400/year. Call (231) 555-0178 #HeronBluffReborn",
         "labels": [(C, "Open to everyone, no limit"), (C, "(231) 555-0178")]},
        {"id": "heron-bluff-11", "network": "bluesky",
         "post": "The new-look Bluff Course by the numbers: 18 holes, par 72, 6,948 yards from the championship tees, and a 14-month renovation by Dana Whitfield behind it. Monday–Thursday green fee: $85 with cart. We reopen May 15, see you there? ⛳ #HeronBluffReborn",
         "labels": []},
    ],
}

if __name__ == "__main__":
    build([LAMBOTTE, CASE_DEPART, HOPWISE, HERON], os.path.join(HERE, "blind32.jsonl"))
