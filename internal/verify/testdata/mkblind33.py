"""Blind verify set 33: 4 fictional brands, 44 posts (22 clean).

Brands and sectors:
- Cidrerie du Clos Marette (fr, France/Normandie, Cambremer): cidrerie familiale, portes
  ouvertes de la récolte et 40 ans.
- Octet School (fr, Suisse, Lausanne): bootcamp de programmation, session d'automne 2027.
- Superior North Health (en, Canada, Thunder Bay ON): regional health service's Summer
  Lifeline Blood Drive, July 2028.
- Tidemark Studio (en, New Zealand, Nelson): jewellery maker e-shop, Low Tide collection
  launch, March 2028.

Calendar checks (Python datetime):
- 2027-10-16 Saturday, 2027-10-17 Sunday (Clos Marette portes ouvertes).
- 2027-06-03 Thursday, 2027-06-30 Wednesday, 2027-08-15 Sunday, 2027-09-06 Monday,
  2027-10-12 Tuesday, 2027-11-26 Friday (Octet School); 6 Sep -> 26 Nov = 81 days =
  Monday of week 1 to Friday of week 12.
- 2028-06-01 Thursday, 2028-07-10 Monday, 2028-07-19 Wednesday, 2028-07-29 Saturday
  (Lifeline); Saturdays in 10-29 July 2028: 15, 22, 29 (three).
- 2028-03-02 Thursday, 2028-03-05 Sunday, 2028-03-11 Saturday (Tidemark).

Arithmetic used by clean posts:
- Clos Marette: 1987 + 40 = 2027; bio since 2012 -> fifteen years in 2027; 40 % of 68 000 =
  27 200 ("plus de 27 000"); 2 x 17,50 + 5,80 = 40,80 EUR >= 40 EUR, -15 % = 6,12 ->
  34,68 EUR; visits every hour 10h30..16h30 = 7 departures a day; 2 350 / 14 ha = 167.9
  ("environ 168" trees per hectare).
- Octet School: 8 900 - 7 900 = 1 000 CHF saved; 7 900 / 4 = 1 975 CHF a month; 12 weeks
  ~ "trois mois"; 24 weeks = 168 days ~ "près de six mois"; 87 % ~ "près de 9 sur 10".
- Lifeline: 10-29 July = 20 days ("nearly three weeks"); 1,800 / 20 = 90 a day; three
  Saturdays (15, 22, 29 July); 11 am-6 pm = seven hours; 56 days = eight weeks;
  50 kg = 110 lb (stated).
- Tidemark: 420 x 0.9 = 378, saving 42 NZD; 18 - 6 = 12 pieces without pāua; 2028 - 2019 =
  nine years; award 2027 = "last year" in 2028; 14 days = a fortnight.

Written blind: the writer read only the brief, /work/shared/data/README.md (verify/dev.jsonl
conventions), /work/shared/data/verify/dev.jsonl and mkblind_common.py; no engine code,
docs, other testdata or other mkblind scripts, and never ran vigie or go.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mkblind_common import build  # noqa: E402

C, U = "contradicted", "unsupported"

clos = {
    "brand": "Cidrerie du Clos Marette",
    "lang": "fr",
    "facts": [
        "La Cidrerie du Clos Marette est une cidrerie familiale fondée en 1987 à Cambremer (Calvados), au cœur du Pays d'Auge, par Gilles et Odile Marette.",
        "En 2027, la cidrerie fête ses 40 ans.",
        "Depuis 2019, la cidrerie est dirigée par leur fille, Claire Marette ; le maître de chai est Thibault Lecerf.",
        "Le verger compte 2 350 pommiers hautes tiges de 24 variétés, sur 14 hectares, cultivés en agriculture biologique depuis 2012.",
        "Les portes ouvertes de la récolte ont lieu le samedi 16 et le dimanche 17 octobre 2027, de 10h à 18h ; l'entrée est gratuite.",
        "Pendant les portes ouvertes, une visite guidée du pressoir et des chais, d'une durée d'1 h 30, part toutes les heures de 10h30 à 16h30 ; elle coûte 6 € par adulte et est gratuite pour les moins de 12 ans.",
        "À la boutique, le Cidre Fermier Brut (75 cl) est vendu 5,80 € et le Pommeau de Normandie AOC (70 cl) 17,50 €.",
        "Pendant les portes ouvertes, une remise de 15 % s'applique sur tous les achats à la boutique à partir de 40 € d'achat, hors calvados.",
        "Le Cidre Fermier Brut a reçu une médaille d'or au Concours Général Agricole de Paris 2026.",
        "La cidrerie produit environ 68 000 bouteilles par an, dont 40 % sont vendues directement à la boutique.",
        "La boutique, au 12 chemin des Pressoirs à Cambremer, est ouverte du mardi au samedi, de 9h30 à 12h30 et de 14h à 18h30.",
        "La réservation des visites se fait sur closmarette.fr/visites ou au 02 31 63 48 17.",
        "Le hashtag officiel est #ClosMarette40ans.",
    ],
    "brief": "Faire venir le public aux portes ouvertes de la récolte des 16 et 17 octobre 2027 et célébrer les 40 ans de la cidrerie, sur un ton chaleureux et terroir.",
    "posts": [
        {"id": "clos-marette-01", "network": "instagram",
         "post": "🍎 Les portes ouvertes de la récolte, c'est le week-end des 16 et 17 octobre ! De 10h à 18h, entrée libre au 12 chemin des Pressoirs à Cambremer. Venez fêter la récolte avec nous, on a tellement hâte 🥰 #ClosMarette40ans #PaysdAuge",
         "labels": []},
        {"id": "clos-marette-02", "network": "facebook",
         "post": "Quarante ans déjà ! 🎂 En 1987, Gilles et Odile Marette fondaient la cidrerie à Cambremer, au cœur du Pays d'Auge. Aujourd'hui, c'est leur fille Claire qui tient la barre (depuis 2019), avec Thibault Lecerf aux chais. Notre verger ? Plus de 2 300 pommiers hautes tiges, 24 variétés et 14 hectares cultivés en bio depuis quinze ans. Chaque année, ce sont quelque 68 000 bouteilles qui sortent de chez nous, dont plus de 27 000 vendues directement à la boutique. Pour fêter ça, rendez-vous le samedi 16 et le dimanche 17 octobre pour nos portes ouvertes de la récolte : visites guidées du pressoir et des chais toutes les heures de 10h30 à 16h30 (6 € par adulte, gratuit pour les moins de 12 ans), et -15 % à la boutique dès 40 € d'achat, hors calvados. Réservez votre visite sur closmarette.fr/visites 🍏 #ClosMarette40ans",
         "labels": []},
        {"id": "clos-marette-03", "network": "x",
         "post": "Notre Cidre Fermier Brut, médaille d'or au Concours Général Agricole 2026 🥇 et servi sur les tables de trois restaurants étoilés de Deauville, à 4,80 € la bouteille à la boutique. À déguster bien frais ! #ClosMarette40ans",
         "labels": [(U, "servi sur les tables de trois restaurants étoilés de Deauville"), (C, "4,80 €")]},
        {"id": "clos-marette-04", "network": "instagram",
         "post": "Ce week-end, c'est portes ouvertes au Clos Marette 🍎 Profitez de -15 % sur toute la boutique, calvados compris, sans minimum d'achat ! Et n'oubliez pas les visites du pressoir, gratuites pour les moins de 12 ans. #ClosMarette40ans",
         "labels": [(C, "calvados compris"), (C, "sans minimum d'achat")]},
        {"id": "clos-marette-05", "network": "facebook",
         "post": "Petit calcul pour les portes ouvertes 😉 Deux Pommeaux de Normandie (17,50 € pièce) et un Cidre Fermier Brut (5,80 €), ça fait 40,80 € : vous passez le seuil des 40 €, donc les -15 % s'appliquent et vous ne payez que 34,68 €. Remise valable les 16 et 17 octobre, hors calvados. Santé ! 🥂",
         "labels": []},
        {"id": "clos-marette-06", "network": "linkedin",
         "post": "40 ans d'histoire familiale 🍏 Fondée en 1987 à Cambremer par Gilles et Odile Marette, la Cidrerie du Clos Marette est dirigée depuis 2019 par Thibault Lecerf. Avec environ 68 000 bouteilles par an, dont 40 % vendues à la boutique, et une présence chez plus de 300 cavistes en France, nous restons fidèles au Pays d'Auge. Rendez-vous les 16 et 17 octobre pour nos portes ouvertes de la récolte. #ClosMarette40ans",
         "labels": [(C, "Thibault Lecerf"), (U, "une présence chez plus de 300 cavistes en France")]},
        {"id": "clos-marette-07", "network": "tiktok",
         "post": "POV : tu découvres enfin les secrets du pressoir 🍎✨ 1h30 de visite entre pressoir et chais, départ toutes les heures de 10h30 à 16h30 les 16 et 17/10, soit 7 départs par jour 👀 6 € pour les grands, gratuit pour les moins de 12 ans ! #ClosMarette40ans #cidre",
         "labels": []},
        {"id": "clos-marette-08", "network": "instagram",
         "post": "📅 Notez-le : portes ouvertes de la récolte les samedi 16 et dimanche 18 octobre, de 9h à 18h ! Réservez votre visite sur closmarette.fr/visites 🍏 #ClosMarette40ans",
         "labels": [(C, "dimanche 18 octobre"), (C, "9h")]},
        {"id": "clos-marette-09", "network": "x",
         "post": "La boutique du Clos Marette vous accueille du mardi au samedi, 9h30-12h30 et 14h-18h30 📍 12 chemin des Pressoirs, Cambremer. Une question sur les visites ? ☎️ 02 31 63 48 17 #ClosMarette40ans",
         "labels": []},
        {"id": "clos-marette-10", "network": "facebook",
         "post": "🏆 Notre Cidre Fermier Brut a décroché l'or au Concours Général Agricole de Paris 2026 : c'est le seul cidre du Pays d'Auge à avoir reçu l'or ! Venez le goûter pendant nos portes ouvertes, avec une dégustation gratuite de toute la gamme 🍏 #ClosMarette40ans",
         "labels": [(U, "le seul cidre du Pays d'Auge à avoir reçu l'or"), (U, "une dégustation gratuite de toute la gamme")]},
        {"id": "clos-marette-11", "network": "threads",
         "post": "Saviez-vous que notre verger, c'est 2 350 pommiers hautes tiges sur 14 hectares ? 🌳 Environ 168 arbres par hectare, 24 variétés, le tout en bio depuis 2012. Venez nous voir les 16 et 17 octobre, on vous attend ! #ClosMarette40ans",
         "labels": []},
    ],
}

octet = {
    "brand": "Octet School",
    "lang": "fr",
    "facts": [
        "Octet School est une école de programmation intensive (bootcamp) fondée en 2021 à Lausanne par Noémie Favre et Yannick Berset.",
        "Le bootcamp « Développeur·se web full-stack » à temps plein dure 12 semaines, du lundi au vendredi de 9h à 17h30.",
        "La session d'automne à temps plein a lieu du lundi 6 septembre au vendredi 26 novembre 2027, au campus de Lausanne, avenue de Rhodanie 58.",
        "La session à temps partiel (mardi et jeudi soir de 18h30 à 21h30, plus le samedi matin) dure 24 semaines et commence le mardi 12 octobre 2027, au même campus.",
        "Le prix du bootcamp est de 8 900 CHF, ou 7 900 CHF pour toute inscription confirmée au plus tard le mercredi 30 juin 2027 (tarif early bird).",
        "Le paiement peut être réparti en 4 mensualités sans frais.",
        "Les candidatures pour la session d'automne ferment le dimanche 15 août 2027.",
        "Chaque session est limitée à 24 participant·e·s.",
        "Aucun diplôme n'est requis ; il faut avoir 18 ans révolus et réussir un test technique en ligne suivi d'un entretien.",
        "Selon l'enquête interne menée auprès des 112 diplômé·e·s de 2026, 87 % ont trouvé un emploi dans la tech dans les 6 mois suivant la formation.",
        "La directrice pédagogique d'Octet School est Inès Rochat.",
        "Une soirée portes ouvertes a lieu le jeudi 3 juin 2027 à 18h30 au campus de Lausanne, sur inscription.",
        "Octet School est certifiée eduQua depuis 2023.",
        "Les candidatures se font sur octetschool.ch/candidater ; le hashtag officiel est #CodeAvecOctet.",
    ],
    "brief": "Remplir la session d'automne 2027 : mettre en avant le tarif early bird jusqu'au 30 juin et la soirée portes ouvertes du 3 juin, sur un ton motivant et concret.",
    "posts": [
        {"id": "octet-school-01", "network": "linkedin",
         "post": "Se reconvertir dans le développement web en trois mois, c'est possible. 💻 La prochaine session à temps plein d'Octet School démarre le lundi 6 septembre 2027 sur notre campus de Lausanne (avenue de Rhodanie 58) et se termine le vendredi 26 novembre. Au programme : 12 semaines intensives, du lundi au vendredi, de 9h à 17h30. Pas besoin de diplôme : il suffit d'avoir 18 ans révolus, puis de réussir un test technique en ligne et un entretien. Et parce que le budget compte : 7 900 CHF au lieu de 8 900 CHF pour toute inscription confirmée d'ici le 30 juin, soit 1 000 CHF d'économie, payables en 4 mensualités sans frais (1 975 CHF chacune). Les places sont limitées à 24 par session, alors ne tardez pas 👉 octetschool.ch/candidater #CodeAvecOctet #reconversion",
         "labels": []},
        {"id": "octet-school-02", "network": "instagram",
         "post": "🎓 87 % de nos diplômé·e·s 2026 ont décroché un job dans la tech en moins de 3 mois ! Et toi, tu te lances ? Candidatures ouvertes jusqu'au 15 août 👉 octetschool.ch/candidater #CodeAvecOctet",
         "labels": [(C, "3 mois")]},
        {"id": "octet-school-03", "network": "x",
         "post": "Jeudi 3 juin, 18h30 : soirée portes ouvertes au campus Octet School de Lausanne 🎤 Venez poser toutes vos questions sur le bootcamp ! Inscription obligatoire. #CodeAvecOctet",
         "labels": []},
        {"id": "octet-school-04", "network": "mastodon",
         "post": "Le bootcamp Octet School coûte 8 900 CHF, payables en 10 mensualités sans frais. Et si la formation ne vous convient pas, vous êtes remboursé·e intégralement pendant les deux premières semaines. Infos : octetschool.ch/candidater #CodeAvecOctet",
         "labels": [(C, "10"), (U, "vous êtes remboursé·e intégralement pendant les deux premières semaines")]},
        {"id": "octet-school-05", "network": "threads",
         "post": "Temps plein ou temps partiel ? 🤔 Le temps plein : douze semaines, du lundi au vendredi de 9h à 17h30, dès le 6/09. Le temps partiel : les mardis et jeudis soir (18h30-21h30) + le samedi matin, pendant 24 semaines, soit près de six mois, à partir du mardi 12 octobre. Deux rythmes, un seul objectif : ton premier job de dev 💪 #CodeAvecOctet",
         "labels": []},
        {"id": "octet-school-06", "network": "linkedin",
         "post": "Octet School, fondée en 2021 à Genève par Noémie Favre et Yannick Berset, est la première école de code certifiée eduQua de Suisse romande 🇨🇭 Sous la direction pédagogique d'Inès Rochat, nous préparons notre session d'automne : 12 semaines à temps plein, dès le 6 septembre. #CodeAvecOctet",
         "labels": [(C, "Genève"), (U, "la première école de code certifiée eduQua de Suisse romande")]},
        {"id": "octet-school-07", "network": "instagram",
         "post": "Le tarif early bird, c'est maintenant ⏳ 7 900 CHF au lieu de 8 900 CHF si tu confirmes ton inscription d'ici le mercredi 30 juin. Et tu peux régler en quatre fois sans frais 😉 octetschool.ch/candidater #CodeAvecOctet #bootcamp",
         "labels": []},
        {"id": "octet-school-08", "network": "x",
         "post": "Dernier rappel : le tarif early bird à 7 500 CHF se termine le vendredi 30 juin ! #CodeAvecOctet",
         "labels": [(C, "7 500 CHF"), (C, "vendredi 30 juin")]},
        {"id": "octet-school-09", "network": "facebook",
         "post": "Pas de diplôme requis ✨ Chez Octet School, l'admission se fait sans test, sur simple entretien. Et la session d'automne se suit 100 % en ligne, depuis chez toi 🏡 Candidatures jusqu'au 15 août : octetschool.ch/candidater #CodeAvecOctet",
         "labels": [(C, "sans test"), (C, "100 % en ligne")]},
        {"id": "octet-school-10", "network": "instagram",
         "post": "« Ce qui me rend le plus fière, c'est de voir nos ancien·ne·s élèves s'épanouir dans leur nouveau métier. » Inès Rochat, directrice pédagogique 💬 Près de 9 diplômé·e·s 2026 sur 10 ont trouvé un emploi dans la tech dans les six mois (enquête interne auprès de 112 diplômé·e·s). À qui le tour ? #CodeAvecOctet",
         "labels": []},
        {"id": "octet-school-11", "network": "bluesky",
         "post": "La session à temps partiel, c'est 24 semaines de cours les lundis et mercredis soir, plus le samedi matin, à partir du mardi 12 octobre. Seulement 20 places par session, ne traînez pas ! #CodeAvecOctet",
         "labels": [(C, "lundis et mercredis soir"), (C, "20")]},
    ],
}

lifeline = {
    "brand": "Superior North Health",
    "lang": "en",
    "facts": [
        "Superior North Health is the regional health service for Thunder Bay and the North Shore of Lake Superior, in Northwestern Ontario.",
        "The Summer Lifeline Blood Drive runs from Monday 10 July to Saturday 29 July 2028.",
        "The drive's goal is 1,800 donations.",
        "The main clinic is the Thunder Bay Donor Centre, 980 Oliver Road, open Monday to Saturday, 8 am to 4 pm, by appointment only.",
        "A walk-in pop-up clinic runs at the Marina Park Pavilion every Saturday of the drive, 10 am to 3 pm; no appointment is needed there.",
        "A mobile clinic visits the Nipigon Community Centre on Wednesday 19 July 2028, 11 am to 6 pm.",
        "Donors must be at least 17 years old and weigh at least 50 kg (110 lb); first-time donors must be 70 or younger.",
        "The blood donation itself takes about 10 minutes; the whole visit takes about one hour.",
        "Donors must wait at least 56 days between two whole-blood donations.",
        "Every donor receives a free Summer Lifeline T-shirt while stocks last (600 T-shirts).",
        "On 1 June 2028, the region's O-negative blood supply covered only 3 days of need; O-negative donors are especially needed.",
        "The drive is led by Dr. Priya Lamontagne, medical director of the regional blood program, and coordinated by Marcus Whitebird.",
        "Appointments are booked at superiornorthhealth.ca/giveblood or by calling 1-807-555-0142.",
        "The official hashtag is #LifelineNorth.",
    ],
    "brief": "Recruit donors, especially first-time and O-negative donors, for the Summer Lifeline Blood Drive (10–29 July 2028), with a warm, reassuring community tone.",
    "posts": [
        {"id": "superior-north-01", "network": "facebook",
         "post": "❤️ The Summer Lifeline Blood Drive starts Monday, July 10! For nearly three weeks, until Saturday, July 29, Superior North Health is asking Thunder Bay and the North Shore to roll up their sleeves. Our goal: 1,800 donations, or about 90 a day.\n\nWhere can you give?\n📍 Thunder Bay Donor Centre, 980 Oliver Road: Monday to Saturday, 8 am–4 pm, by appointment\n📍 Marina Park Pavilion: walk-in pop-up every Saturday of the drive (that's three Saturdays: July 15, 22 and 29), 10 am–3 pm\n📍 Nipigon Community Centre: mobile clinic on Wednesday, July 19, 11 am–6 pm\n\nThe donation itself takes about 10 minutes, the whole visit about an hour. Every donor gets a free Summer Lifeline T-shirt while stocks last 👕 Book at superiornorthhealth.ca/giveblood or call 1-807-555-0142. #LifelineNorth",
         "labels": []},
        {"id": "superior-north-02", "network": "x",
         "post": "Walk in and give blood this Sunday at the Marina Park Pavilion, 10 am–3 pm, no appointment needed! 🩸 #LifelineNorth",
         "labels": [(C, "Sunday")]},
        {"id": "superior-north-03", "network": "instagram",
         "post": "First time giving blood? 🩸 You're eligible if you're 17 or older, weigh at least 110 lb and are 70 or under. The needle part takes about 10 minutes; plan around an hour for the whole visit ⏱️ O-negative donors, we especially need you! Book: superiornorthhealth.ca/giveblood #LifelineNorth #GiveBlood",
         "labels": []},
        {"id": "superior-north-04", "network": "facebook",
         "post": "🚨 On June 1, our regional O-negative supply was down to just 2 days of need. If you're O-negative, we need you now. Every donation can save up to 3 lives ❤️ Book at superiornorthhealth.ca/giveblood or call 1-807-555-0124. #LifelineNorth",
         "labels": [(C, "2 days"), (U, "Every donation can save up to 3 lives"), (C, "1-807-555-0124")]},
        {"id": "superior-north-05", "network": "linkedin",
         "post": "Superior North Health's Summer Lifeline Blood Drive, July 10–29, is led by Dr. Marcus Whitebird, medical director of our regional blood program. In partnership with Lakehead University, we're aiming for 1,800 donations across Thunder Bay and the North Shore. #LifelineNorth",
         "labels": [(C, "Dr. Marcus Whitebird"), (U, "In partnership with Lakehead University")]},
        {"id": "superior-north-06", "network": "tiktok",
         "post": "POV: you gave blood in about 10 minutes and walked out with a Summer Lifeline tee 👕❤️ (while they last!) Walk in at the Marina Park Pavilion any Saturday of the drive, 10 am to 3 pm, no appointment needed. #LifelineNorth #blooddonor",
         "labels": []},
        {"id": "superior-north-07", "network": "threads",
         "post": "Already a regular donor? Thank you 🙏 Remember you can give whole blood again after 28 days. Book your next slot at superiornorthhealth.ca/donate #LifelineNorth",
         "labels": [(C, "28 days"), (C, "superiornorthhealth.ca/donate")]},
        {"id": "superior-north-08", "network": "instagram",
         "post": "Nipigon, we're coming to you! 🚐 Our mobile clinic will be at the Nipigon Community Centre on Wednesday, July 19, from 11 am to 6 pm: seven hours to come and give. Book your spot at superiornorthhealth.ca/giveblood #LifelineNorth",
         "labels": []},
        {"id": "superior-north-09", "network": "facebook",
         "post": "Good news 🙌 The Marina Park pop-up is open every day of the drive, and all our clinics take walk-ins, so no need to book! #LifelineNorth",
         "labels": [(C, "every day of the drive"), (C, "all our clinics take walk-ins")]},
        {"id": "superior-north-10", "network": "bluesky",
         "post": "Quick facts for #LifelineNorth: 56 days (eight weeks) between whole-blood donations. 50 kg minimum weight. Age 17+. And 600 free T-shirts for donors, while they last. Give if you can 🩸 superiornorthhealth.ca/giveblood",
         "labels": []},
        {"id": "superior-north-11", "network": "x",
         "post": "Only 2% of eligible people in Northwestern Ontario give blood. Be the change: our Oliver Road donor centre is open 7 days a week, 8 am to 4 pm. #LifelineNorth",
         "labels": [(U, "Only 2% of eligible people in Northwestern Ontario give blood"), (C, "7 days a week")]},
    ],
}

tidemark = {
    "brand": "Tidemark Studio",
    "lang": "en",
    "facts": [
        "Tidemark Studio is an independent jewellery studio founded in 2019 in Nelson, New Zealand, by silversmith Aroha Wilson.",
        "The studio sells only online, at tidemarkstudio.co.nz, and ships to New Zealand and Australia only.",
        "The Low Tide collection launches online on Thursday 2 March 2028 at 7 pm NZDT.",
        "The Low Tide collection has 18 pieces, all handmade from 100% recycled sterling silver; 6 of them are set with pāua shell.",
        "Low Tide prices range from NZ$65 (Ripple stud earrings) to NZ$420 (Undertow cuff); the Shoreline ring costs NZ$145.",
        "Launch offer: 10% off the Low Tide collection with code LOWTIDE10, from 2 to 5 March 2028; one use per customer, not valid on custom commissions.",
        "Shipping within New Zealand is free on orders over NZ$120 and otherwise costs a flat NZ$8; shipping to Australia costs NZ$18.",
        "Orders are dispatched within 3 working days.",
        "Every piece has a 2-year warranty against manufacturing defects; ring resizing is free within 30 days of delivery.",
        "Unworn items can be returned within 14 days, except earrings and personalised pieces.",
        "Tidemark Studio won Best Small Online Retailer at the 2027 Top of the South Business Awards.",
        "Every piece is made by Aroha Wilson; studio assistant Jonah Park handles packing and customer care.",
        "A studio open day takes place on Saturday 11 March 2028, 10 am to 2 pm, at 14 Haven Road, Nelson.",
        "The official hashtag is #LowTideCollection; the studio's Instagram is @tidemarkstudio.",
    ],
    "brief": "Launch the Low Tide collection online on 2 March 2028 and push the LOWTIDE10 launch code, with an earthy, personal, handmade tone.",
    "posts": [
        {"id": "tidemark-studio-01", "network": "instagram",
         "post": "It's almost here 🌊 Low Tide drops Thursday 2 March at 7pm NZDT: 18 pieces, each one handmade by Aroha from 100% recycled sterling silver, six of them set with pāua shell 🐚 Use LOWTIDE10 for 10% off until Sunday 5 March. #LowTideCollection #handmadejewellery #nzmade",
         "labels": []},
        {"id": "tidemark-studio-02", "network": "facebook",
         "post": "📦 Good to know: shipping is free on all orders within New Zealand, and we ship worldwide! Every order leaves the studio within 3 working days. #LowTideCollection",
         "labels": [(C, "free on all orders"), (C, "we ship worldwide")]},
        {"id": "tidemark-studio-03", "network": "x",
         "post": "The Undertow cuff is NZ$420, but with LOWTIDE10 it's NZ$378 until 5 March 💫 That's NZ$42 back in your pocket. tidemarkstudio.co.nz #LowTideCollection",
         "labels": []},
        {"id": "tidemark-studio-04", "network": "instagram",
         "post": "Meet Low Tide 🌊 24 handmade pieces, all in recycled sterling silver, landing Friday 2 March at 7pm NZDT. Set your alarms! #LowTideCollection",
         "labels": [(C, "24"), (C, "Friday 2 March")]},
        {"id": "tidemark-studio-05", "network": "facebook",
         "post": "A little note from the studio 🌿 Aroha Wilson founded Tidemark Studio in Nelson in 2019, and nine years on, every single piece is made by her hand. Jonah Park, our studio assistant, is the one packing your parcels and looking after you when you get in touch 💌 Last year we were named Best Small Online Retailer at the Top of the South Business Awards, and we're still pinching ourselves. The fine print: a 2-year warranty against manufacturing defects on every piece, free ring resizing within 30 days of delivery, and returns on unworn items within a fortnight (sorry, not earrings or personalised pieces). Want to see where it all happens? Our studio at 14 Haven Road opens its doors on Saturday 11 March, 10am to 2pm. Come say kia ora 👋 #LowTideCollection",
         "labels": []},
        {"id": "tidemark-studio-06", "network": "tiktok",
         "post": "POV: you're unboxing the Shoreline ring 💍 NZ$145, handmade from recycled gold by Aroha in her Auckland studio, wrapped in our signature compostable packaging 🌿 #LowTideCollection",
         "labels": [(C, "gold"), (C, "Auckland"), (U, "wrapped in our signature compostable packaging")]},
        {"id": "tidemark-studio-07", "network": "threads",
         "post": "Heads up for our Aussie friends 🇦🇺 Yes, we ship to Australia! Flat NZ$18 shipping, and orders are dispatched within three working days. Code LOWTIDE10 works for you too, one use per customer 😊 #LowTideCollection",
         "labels": []},
        {"id": "tidemark-studio-08", "network": "x",
         "post": "LOWTIDE10 gets you 10% off everything on the site, custom commissions included 🎉 Valid until 5 March, one use per customer. tidemarkstudio.co.nz",
         "labels": [(C, "everything on the site"), (C, "custom commissions included")]},
        {"id": "tidemark-studio-09", "network": "bluesky",
         "post": "Small maths for a small studio: 18 pieces in Low Tide, 6 set with pāua shell, so 12 without any pāua ✨ Which one's calling you? #LowTideCollection",
         "labels": []},
        {"id": "tidemark-studio-10", "network": "instagram",
         "post": "Come visit! Our open studio day is Saturday 11 March, 10am–4pm, at 14 Haven Road, Nelson 🌊 Free gift-wrapping on every order placed on the day 🎁 #LowTideCollection",
         "labels": [(C, "4pm"), (U, "Free gift-wrapping on every order placed on the day")]},
        {"id": "tidemark-studio-11", "network": "linkedin",
         "post": "From a small studio in Nelson to Best Small Online Retailer at the 2027 Top of the South Business Awards 🏆 On 2 March we launch Low Tide, an 18-piece collection handmade by our founder Aroha Wilson from 100% recycled sterling silver, priced from NZ$65 to NZ$420. Thank you to everyone who has supported us since 2019. #LowTideCollection #SmallBusinessNZ",
         "labels": []},
    ],
}

if __name__ == "__main__":
    build([clos, octet, lifeline, tidemark], os.path.join(HERE, "blind33.jsonl"))
