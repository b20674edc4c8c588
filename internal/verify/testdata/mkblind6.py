"""Writes blind6.jsonl: a labelled set for `vigie verify`, written blind.

Written by someone who had not read the engine (internal/verify, internal/claims), its docs,
nor any other labelled set; only /work/shared/data/README.md (verify conventions),
/work/shared/data/verify/dev.jsonl (style) and mkblind_common.py were read.

Brands (all fictional), 11 posts each, 44 posts:
- Hermines de Lorient (fr): women's professional basketball club, LFB; campaign: the
  "Pass Retour" (second half of the 2026-2027 season), on sale 30 Nov - 27 Dec 2026.
- Sève Claire (fr): online organic cosmetics (e-commerce); campaign: serum launch on
  10 Nov 2026, Green Friday code 27-30 Nov 2026, Christmas box.
- Strathcairn Distillery (en, UK): Scotch whisky distillery with a visitor centre; campaign:
  winter tours (1 Nov 2026 - 31 Mar 2027) and an 18 Year Old release on 5 Dec 2026.
- WHRN 88.5 FM (en, US): public radio station; campaign: Spring Pledge Drive, 11-20 Mar 2027.

Calendar checks, made with Python's calendar module (and re-asserted by check_calendar below):
  Mon 30 Nov 2026, Sun 27 Dec 2026 (4 weeks, 4 weekends: 5-6, 12-13, 19-20, 26-27 Dec),
  Sat 19 Dec 2026, Sat 9 Jan 2027 (Fri 9 Jan is wrong), Tue 10 Nov 2026 (Mon is wrong),
  Fri 27 Nov 2026, Mon 30 Nov 2026, Sun 1 Nov 2026, Thu 24 Dec 2026, Sat 2 Jan 2027,
  Sun 3 Jan 2027 (first day open again, Wed-Sun hours), Sat 5 Dec 2026 (Fri is wrong),
  Thu 11 Mar 2027 (Wed is wrong), Sat 20 Mar 2027, Sun 21 Mar 2027, Tue 16 Mar 2027,
  Sat 24 Apr 2027, Sat 17 Apr 2027.

Arithmetic used by clean posts: 79 / 7 = 11.29 ("à peine plus de 11 € le match");
34.90 * 0.75 = 26.18 ("sous la barre des 27 €"); 62 - 49 = 13 € saved; 49 € = 49 points;
2026 - 2017 = 9 years; 2026 - 1889 = 137 years; 2027 - 1972 = 55 years; 11-20 March = ten days;
90 minutes = 1.5 hrs; a 18h match with doors open one hour before = 17h.

Run: python3 mkblind6.py (from any folder); add --numbers for a review aid.
"""
import calendar
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mkblind_common import build  # noqa: E402

# (year, month, day, weekday name) for every weekday this set states, right or wrong.
WEEKDAYS = [
    (2026, 11, 30, "Monday", True), (2026, 12, 27, "Sunday", True),
    (2026, 12, 19, "Saturday", True), (2027, 1, 9, "Saturday", True),
    (2027, 1, 9, "Friday", False), (2026, 11, 10, "Tuesday", True),
    (2026, 11, 10, "Monday", False), (2026, 11, 27, "Friday", True),
    (2026, 11, 1, "Sunday", True), (2026, 12, 24, "Thursday", True),
    (2027, 1, 2, "Saturday", True), (2027, 1, 3, "Sunday", True),
    (2026, 12, 5, "Saturday", True), (2026, 12, 5, "Friday", False),
    (2027, 3, 11, "Thursday", True), (2027, 3, 11, "Wednesday", False),
    (2027, 3, 20, "Saturday", True), (2027, 3, 21, "Sunday", True),
    (2027, 3, 16, "Tuesday", True), (2027, 4, 24, "Saturday", True),
    (2027, 4, 17, "Saturday", True),
]


def check_calendar():
    for y, m, d, name, right in WEEKDAYS:
        actual = calendar.day_name[calendar.weekday(y, m, d)]
        if (actual == name) != right:
            sys.exit(f"calendar: {d}/{m}/{y} is a {actual}, not as assumed ({name}, {right})")


HERMINES_FACTS = [
    "Les Hermines de Lorient sont un club de basket féminin professionnel fondé en 1987, qui évolue en Ligue Féminine de Basket (LFB).",
    "Les matchs à domicile se jouent au Palais des Hermines, 27 boulevard Cosmao-Dumanoir à Lorient, une salle de 2 850 places.",
    "Le Pass Retour donne accès aux 7 matchs de saison régulière à domicile de janvier à avril 2027 ; il coûte 79 € en plein tarif et 49 € en tarif réduit (moins de 18 ans, étudiants, demandeurs d'emploi).",
    "Le Pass Retour est en vente du lundi 30 novembre au dimanche 27 décembre 2026 sur billetterie.hermines-lorient.fr.",
    "Le billet à l'unité coûte 14 € en plein tarif et 8 € en tarif réduit ; l'entrée est gratuite pour les moins de 10 ans accompagnés d'un adulte.",
    "Les 300 premiers acheteurs du Pass Retour reçoivent l'écharpe officielle du club.",
    "Le dernier match à domicile de 2026 a lieu le samedi 19 décembre 2026 à 18h contre l'Étoile de Pau.",
    "Le premier match à domicile de 2027 a lieu le samedi 9 janvier 2027 à 20h contre les Comètes de Valenciennes.",
    "Les portes du Palais des Hermines ouvrent une heure avant chaque match.",
    "La saison dernière (2025-2026), les Hermines ont terminé 4es de la saison régulière de LFB.",
    "En 2025-2026, l'affluence moyenne au Palais des Hermines était de 2 430 spectateurs par match.",
    "L'entraîneure principale est Sandrine Le Goff, en poste depuis 2022.",
    "L'effectif 2026-2027 compte 11 joueuses, dont 4 recrues ; la capitaine est l'ailière Maëlys Tanguy, au club depuis 2019.",
    "L'intérieure américaine Kiara Dawson, meilleure rebondeuse de LFB en 2025-2026 avec 9,8 rebonds par match, a prolongé son contrat jusqu'en 2028.",
    "Le hashtag officiel est #AllezLesHermines.",
]

HERMINES_POSTS = [
    {"id": "hermines-01", "network": "instagram",
     "post": "🏀 Le Pass Retour est dispo ! 7 matchs au Palais des Hermines de janvier à avril pour 79 €, soit à peine plus de 11 € le match 😍 Tarif réduit à 49 € (moins de 18 ans, étudiants, demandeurs d'emploi). Ça se passe sur billetterie.hermines-lorient.fr jusqu'au 27/12 ! #AllezLesHermines"},
    {"id": "hermines-02", "network": "facebook",
     "post": "Dernier match de l'année à la maison ! 🎄 Samedi 19 décembre, 18h, nos Hermines reçoivent l'Étoile de Pau. Ouverture des portes à 17h. Billets : 14 €, 8 € en tarif réduit, et c'est gratuit pour les moins de 10 ans accompagnés d'un adulte 👧👦 On fait trembler les 2850 places ? #AllezLesHermines #LFB"},
    {"id": "hermines-03", "network": "x",
     "post": "✍️ KIARA DAWSON, C'EST JUSQU'EN 2028 ! Meilleure rebondeuse de LFB la saison passée avec près de 10 rebonds par match, notre intérieure américaine prolonge l'aventure 💪 #AllezLesHermines"},
    {"id": "hermines-04", "network": "linkedin",
     "post": "Depuis 1987, les Hermines de Lorient portent haut les couleurs du basket féminin. 4es de la saison régulière de LFB l'an dernier, plus de 2 400 spectateurs en moyenne à chaque match à domicile : merci à notre public. Entreprises, le Pass Retour est aussi une belle idée de cadeau pour vos équipes 🎁 billetterie.hermines-lorient.fr"},
    {"id": "hermines-05", "network": "instagram",
     "post": "Onze joueuses, quatre nouvelles têtes, une seule envie : tout donner 🔥 Emmenées par leur capitaine Maelys Tanguy et coachées par Sandrine Le Goff depuis 2022, nos Hermines comptent sur vous pour la deuxième partie de saison. Vous serez là ? 👇 #AllezLesHermines #basketféminin"},
    {"id": "hermines-06", "network": "tiktok",
     "post": "4 semaines, 4 week-ends pour choper ton Pass Retour 🏃‍♀️ Les 300 premiers repartent avec l'écharpe officielle du club 🧣 Premier match de 2027 : samedi 9 janvier à 20h contre les Comètes de Valenciennes. On t'attend ! #AllezLesHermines"},
    {"id": "hermines-07", "network": "facebook",
     "post": "📣 Premier match de 2027 au Palais des Hermines : vendredi 9 janvier à 20h face aux Comètes de Valenciennes ! Ouverture des portes dès 18h30. Billets sur billetterie.hermines-lorient.fr #AllezLesHermines",
     "labels": [("contradicted", "vendredi 9 janvier"), ("contradicted", "18h30")]},
    {"id": "hermines-08", "network": "instagram",
     "post": "🎁 Le cadeau parfait sous le sapin : le Pass Retour à 69 € pour les 7 matchs de janvier à avril ! Et cette saison, le parking du Palais des Hermines est offert à tous les détenteurs du Pass 🚗 Foncez sur billetterie.hermines-lorient.fr #AllezLesHermines",
     "labels": [("contradicted", "69 €"),
                ("unsupported", "le parking du Palais des Hermines est offert à tous les détenteurs du Pass")]},
    {"id": "hermines-09", "network": "x",
     "post": "Kiara Dawson prolonge jusqu'en 2029 ✍️ Élue MVP de la LFB la saison dernière, notre intérieure américaine reste à Lorient ! #AllezLesHermines",
     "labels": [("contradicted", "2029"), ("unsupported", "Élue MVP de la LFB la saison dernière")]},
    {"id": "hermines-10", "network": "linkedin",
     "post": "Fondé en 1987, le club des Hermines de Lorient a terminé 3e de la saison régulière de LFB en 2025-2026, avec une affluence moyenne de plus de 2 500 spectateurs par match. Une dynamique portée par notre capitaine Sandrine Le Goff. Rejoignez l'aventure avec le Pass Retour 🏀",
     "labels": [("contradicted", "3e"), ("contradicted", "plus de 2 500"), ("contradicted", "Sandrine Le Goff")]},
    {"id": "hermines-11", "network": "mastodon",
     "post": "Petit rappel : le Pass Retour est en vente jusqu'au 31 décembre sur billetterie.hermines-lorient.fr. Tarif réduit à 49 € pour les moins de 18 ans, les étudiants et les demandeurs d'emploi, et l'entrée reste gratuite pour les moins de 12 ans accompagnés d'un adulte. #AllezLesHermines",
     "labels": [("contradicted", "31 décembre"), ("contradicted", "12 ans")]},
]

SEVE_FACTS = [
    "Sève Claire est une marque de cosmétiques bio vendue uniquement en ligne, fondée en 2017 à Montpellier par Inès Barthélemy.",
    "Tous les produits Sève Claire sont certifiés Cosmos Organic et fabriqués en France.",
    "Le sérum Éclat à la figue de Barbarie (flacon de 30 ml) sort le mardi 10 novembre 2026, au prix de 34,90 €.",
    "Le sérum Éclat contient 98 % d'ingrédients d'origine naturelle.",
    "Du vendredi 27 au lundi 30 novembre 2026 inclus, le code VERTFRIDAY donne 25 % de réduction sur tout le site, hors coffrets.",
    "La livraison en point relais coûte 3,90 € et est offerte dès 39 € d'achat, en France métropolitaine.",
    "La livraison à domicile (Colissimo) coûte 5,90 € et est offerte dès 60 € d'achat.",
    "Les commandes passées avant 13h du lundi au vendredi sont expédiées le jour même depuis l'entrepôt de Castelnau-le-Lez.",
    "Le coffret de Noël « Rituel d'hiver » (sérum Éclat, baume lèvres et crème mains) coûte 49 € au lieu de 62 € pour les trois produits achetés séparément ; il est limité à 1 500 exemplaires.",
    "La crème hydratante Aloé & Rose a reçu le Trophée du Cosmétique Bio 2025 dans la catégorie soin visage.",
    "Fin octobre 2026, Sève Claire compte 86 400 clients en France et en Belgique.",
    "Les retours sont gratuits sous 30 jours.",
    "Le programme de fidélité Les Racines donne 1 point par euro dépensé ; 100 points donnent droit à un bon d'achat de 5 €.",
    "Le service client répond par chat et par e-mail (bonjour@seveclaire.fr) du lundi au vendredi, de 9h à 17h30.",
    "Le site est seveclaire.fr ; le hashtag officiel est #SeveClaireBio.",
]

SEVE_POSTS = [
    {"id": "seve-claire-01", "network": "instagram",
     "post": "✨ J-0 ! Notre sérum Éclat à la figue de Barbarie est enfin là 🌵 30 ml de douceur, 98 % d'ingrédients d'origine naturelle, certifié Cosmos Organic et fabriqué en France, pour 34,90 €. Vous craquez ? Dites-nous tout en commentaire 💬 #SeveClaireBio #skincare #cosmetiquebio"},
    {"id": "seve-claire-02", "network": "facebook",
     "post": "🌿 Green Friday chez Sève Claire : 4 jours, du vendredi 27 au lundi 30 novembre, pour profiter de -25 % sur tout le site (hors coffrets) avec le code VERTFRIDAY. Le nouveau sérum Éclat passe ainsi sous la barre des 27 € 😍 Et dès 39 € d'achat, le point relais est offert !"},
    {"id": "seve-claire-03", "network": "x",
     "post": "Commande passée avant 13h en semaine = colis expédié le jour même depuis Castelnau-le-Lez 📦 Livraison à domicile offerte dès 60 €, point relais dès 39 €. Simple, non ? https://www.seveclaire.fr"},
    {"id": "seve-claire-04", "network": "linkedin",
     "post": "En 2017, Inès Barthelemy lançait Sève Claire depuis Montpellier avec une conviction : des soins bio, certifiés Cosmos Organic et fabriqués en France. Neuf ans plus tard, nous comptons plus de 86 000 clients en France et en Belgique, et notre crème Aloé & Rose a été récompensée par le Trophée du Cosmétique Bio 2025 (catégorie soin visage). Merci à toutes celles et ceux qui nous font confiance 💚"},
    {"id": "seve-claire-05", "network": "tiktok",
     "post": "Le coffret Rituel d'hiver 🎁 : sérum Éclat + baume lèvres + crème mains, 49 € au lieu de 62 €, soit 13 € d'économie. Seulement 1500 exemplaires, alors on ne traîne pas 👀 Et avec Les Racines, ça fait déjà 49 points de fidélité ! #SeveClaireBio #noel"},
    {"id": "seve-claire-06", "network": "instagram",
     "post": "🌵 Il arrive ce lundi 10 novembre : le sérum Éclat à la figue de Barbarie, 30 ml, 98 % d'ingrédients d'origine naturelle. Prix de lancement : 29,90 € ! Certifié Cosmos Organic, fabriqué en France 🇫🇷 #SeveClaireBio",
     "labels": [("contradicted", "lundi 10 novembre"), ("contradicted", "29,90 €")]},
    {"id": "seve-claire-07", "network": "facebook",
     "post": "GREEN FRIDAY 🌿 -30 % sur tout le site, coffrets compris, avec le code VERTFRIDAY, du 27 au 30 novembre ! C'est le moment de faire le plein de douceur.",
     "labels": [("contradicted", "-30 %"), ("contradicted", "coffrets compris")]},
    {"id": "seve-claire-08", "network": "x",
     "post": "Bonne nouvelle 📦 La livraison en point relais est offerte dès 29 € d'achat, et si votre colis arrive en retard, on vous rembourse les frais de port. Retours gratuits sous 30 jours. Commandez sur seveclaire.fr !",
     "labels": [("contradicted", "29 €"),
                ("unsupported", "si votre colis arrive en retard, on vous rembourse les frais de port")]},
    {"id": "seve-claire-09", "network": "linkedin",
     "post": "Fondée en 2017 à Montpellier par Inès Barthélemy, Sève Claire est aujourd'hui la marque de cosmétiques bio en ligne préférée des Français, avec plus de 90 000 clients en France et en Belgique. Notre exigence : 100 % de nos produits sont certifiés Cosmos Organic.",
     "labels": [("unsupported", "la marque de cosmétiques bio en ligne préférée des Français"),
                ("contradicted", "plus de 90 000")]},
    {"id": "seve-claire-10", "network": "tiktok",
     "post": "POV : tu as trouvé LE cadeau de Noël 🎄 Le coffret Rituel d'hiver à 49 €, en édition limitée à 2 500 exemplaires. Et un échantillon de sérum Éclat est glissé dans chaque commande 🎁 #SeveClaireBio",
     "labels": [("contradicted", "2 500"),
                ("unsupported", "un échantillon de sérum Éclat est glissé dans chaque commande")]},
    {"id": "seve-claire-11", "network": "bluesky",
     "post": "Une question sur votre commande ? Notre service client vous répond par chat et par e-mail 7j/7, de 9h à 17h30 💬 Et n'oubliez pas : 100 points Les Racines = un bon d'achat de 10 €.",
     "labels": [("contradicted", "7j/7"), ("contradicted", "10 €")]},
]

STRATH_FACTS = [
    "Strathcairn Distillery is a single malt Scotch whisky distillery near Pitlochry, Perthshire, founded in 1889.",
    "The visitor centre is at Old Mill Road, Moulin, Pitlochry PH16 5QR.",
    "During the winter season, from 1 November 2026 to 31 March 2027, the visitor centre is open Wednesday to Sunday, 10am to 4pm.",
    "The distillery is closed from Thursday 24 December 2026 to Saturday 2 January 2027 inclusive.",
    "The Classic Tour lasts 60 minutes, includes a tasting of three drams and costs £18 per adult.",
    "The Warehouse Tour lasts 90 minutes, includes five cask-strength drams drawn straight from the cask, costs £45 per person and is limited to 8 guests.",
    "Under-18s may join the Classic Tour free of charge with a paying adult, without tasting; the Warehouse Tour is for over-18s only.",
    "Drivers receive their drams in a take-home driver's kit at no extra cost.",
    "Tour guests get 10% off purchases in the distillery shop on the day of their tour.",
    "The Strathcairn 12 Year Old won a Gold medal at the Scottish Malt Awards 2025.",
    "The Strathcairn 18 Year Old Sherry Cask is released on Saturday 5 December 2026, limited to 2,400 bottles at £110 each.",
    "On release day, Master Distiller Fiona MacLeod hosts two tastings of the 18 Year Old, at 11am and 2pm, at £25 per person.",
    "The visitor experience manager is Callum Reid.",
    "41,300 people visited the distillery in 2025.",
    "Tours must be booked at least 24 hours in advance at strathcairn.co.uk/visit; the official hashtag is #StrathcairnDram.",
]

STRATH_POSTS = [
    {"id": "strathcairn-01", "network": "instagram",
     "post": "Winter hours are here ❄️ From 1 Nov we're open Wed–Sun, 10am–4pm. Come in from the cold for a Classic Tour: one hour, three drams, £18. Book at www.strathcairn.co.uk/visit 🥃 #StrathcairnDram #Perthshire"},
    {"id": "strathcairn-02", "network": "facebook",
     "post": "Mark your diaries 🗓️ Saturday 5th December is the day our 18 Year Old Sherry Cask is released. Just 2,400 bottles, £110 each. Master Distiller Fiona MacLeod will host two tastings that day, at 11am and 2pm (£25pp). Who's joining us? #StrathcairnDram"},
    {"id": "strathcairn-03", "network": "x",
     "post": "Fancy going deeper? The Warehouse Tour: 1.5 hrs, five cask-strength drams drawn straight from the cask, never more than 8 guests. £45pp, over-18s only. Book at least 24h ahead: https://strathcairn.co.uk/visit"},
    {"id": "strathcairn-04", "network": "linkedin",
     "post": "137 years of distilling at Strathcairn. Founded near Pitlochry in 1889, we welcomed more than 41,000 visitors in 2025, and our 12 Year Old took Gold at the Scottish Malt Awards 2025. This winter, our visitor experience team, led by Callum Reid, is ready to welcome you Wednesday to Sunday. #StrathcairnDram"},
    {"id": "strathcairn-05", "network": "mastodon",
     "post": "Driving today? Your drams come home with you in a driver's kit, at no extra cost 🚗 And bring the family: under-18s join the Classic Tour free with a paying adult (no tasting for them, of course). Tour guests also get 10% off in our shop on the day. #StrathcairnDram"},
    {"id": "strathcairn-06", "network": "bluesky",
     "post": "A wee note for your diary 🎄 We close for the festive break from 24/12 to 02/01 and reopen on Sunday 3 January. Come and see us before then!"},
    {"id": "strathcairn-07", "network": "instagram",
     "post": "Our Classic Tour is the perfect winter afternoon 🥃 45 minutes, three drams, £18, and we're open daily from 10am to 4pm all winter. Book at strathcairn.co.uk/visit #StrathcairnDram",
     "labels": [("contradicted", "45 minutes"), ("contradicted", "daily")]},
    {"id": "strathcairn-08", "network": "facebook",
     "post": "It's nearly here! Friday 5 December sees the release of our 18 Year Old Sherry Cask, limited to 3,000 bottles. Join Master Distiller Callum Reid for a tasting at 11am or 2pm, £25 per person. #StrathcairnDram",
     "labels": [("contradicted", "Friday 5 December"), ("contradicted", "3,000"), ("contradicted", "Callum Reid")]},
    {"id": "strathcairn-09", "network": "x",
     "post": "Only 12 places per Warehouse Tour 👀 90 minutes among the casks, five cask-strength drams and a souvenir nosing glass to take home, all for £45. Book now: strathcairn.co.uk/visit",
     "labels": [("contradicted", "12"), ("unsupported", "a souvenir nosing glass to take home")]},
    {"id": "strathcairn-10", "network": "linkedin",
     "post": "Since 1898, Strathcairn has been crafting single malt near Pitlochry. With more than 41,000 visitors in 2025, we are proud to be Scotland's most visited distillery. #StrathcairnDram",
     "labels": [("contradicted", "1898"), ("unsupported", "Scotland's most visited distillery")]},
    {"id": "strathcairn-11", "network": "tiktok",
     "post": "POV: your first Scotch distillery tour 🥃 Under-18s are welcome on all our tours, and designated drivers get a take-home kit for just £5. No booking needed, just turn up! #StrathcairnDram #whisky",
     "labels": [("contradicted", "all our tours"), ("contradicted", "£5"), ("contradicted", "No booking needed")]},
]

WHRN_FACTS = [
    "WHRN 88.5 FM is a listener-supported public radio station based in Sandusky, Ohio, on the air since 1972.",
    "The Spring Pledge Drive runs from Thursday, March 11 through Saturday, March 20, 2027.",
    "The goal of the Spring Pledge Drive is $340,000.",
    "A $60 gift, or $5 a month as a sustaining member, comes with a WHRN tote bag.",
    "A $120 gift, or $10 a month, comes with the tote bag and an insulated travel mug.",
    "A $240 gift, or $20 a month, comes with two tickets to the WHRN Listener Party on Saturday, April 24, 2027.",
    "On Match Morning, Tuesday, March 16, 2027, every gift made between 6 a.m. and 10 a.m. is matched dollar for dollar by Lakeshore Credit Union, up to $25,000.",
    "Gifts can be made at whrn.org/give or by phone at (419) 555-0188; phones are staffed from 6 a.m. to 10 p.m. during the drive.",
    "WHRN's local morning host is Dana Whitfield, on air weekdays from 5 a.m. to 9 a.m.",
    "The station's general manager is Marcus Oyelaran.",
    "About 62% of WHRN's budget comes from individual listeners.",
    "WHRN reaches 48,500 listeners each week.",
    "In 2026, WHRN's newsroom won a regional Edward R. Murrow Award for its series 'Shoreline'.",
    "WHRN is a 501(c)(3) nonprofit; gifts are tax-deductible to the extent allowed by law.",
    "The official hashtag is #WHRNPledge.",
]

WHRN_POSTS = [
    {"id": "whrn-01", "network": "facebook",
     "post": "Our Spring Pledge Drive starts Thursday, March 11! 📻 For ten days, through Saturday 3/20, we're asking you to help us reach $340,000 for the station you count on. Give at whrn.org/give or call (419) 555-0188. #WHRNPledge"},
    {"id": "whrn-02", "network": "x",
     "post": "⏰ Match Morning is Tue 3/16! Every gift made between 6 and 10 a.m. will be matched dollar for dollar by Lakeshore Credit Union, up to $25K. Twice the impact, same gift 💙 whrn.org/give #WHRNPledge"},
    {"id": "whrn-03", "network": "instagram",
     "post": "Which thank-you gift is calling your name? 👀 $5/month ➡️ WHRN tote bag. $10/month ➡️ tote + insulated travel mug ☕ $20/month ➡️ two tickets to our Listener Party on April 24 🎉 Become a sustaining member at whrn.org/give #WHRNPledge #PublicRadio"},
    {"id": "whrn-04", "network": "linkedin",
     "post": "55 years on the air. Since 1972, WHRN has been listener-supported public radio from Sandusky, Ohio, reaching more than 48,000 people every week. Our newsroom's series 'Shoreline' earned a regional Edward R. Murrow Award in 2026. More than 60% of our budget comes from individual listeners like you. That's why the Spring Pledge Drive matters. #WHRNPledge"},
    {"id": "whrn-05", "network": "bluesky",
     "post": "Up early? Dana Whitfield is with you weekdays 5–9 a.m., and during the pledge drive our phones are staffed from 6 a.m. to 10 p.m. at (419) 555-0188 ☎️ WHRN is a 501(c)(3) nonprofit, so your gift is tax-deductible to the extent allowed by law."},
    {"id": "whrn-06", "network": "facebook",
     "post": "It's here! Our Spring Pledge Drive kicks off Wednesday, March 11 📻 Help us reach $350,000 by March 20. Give at whrn.org/give #WHRNPledge",
     "labels": [("contradicted", "Wednesday, March 11"), ("contradicted", "$350,000")]},
    {"id": "whrn-07", "network": "x",
     "post": "Match Morning is Tuesday 3/16 ☀️ From 6 to 11 a.m., every gift is tripled by Lakeshore Credit Union, up to $25,000. whrn.org/give #WHRNPledge",
     "labels": [("contradicted", "11 a.m."), ("contradicted", "tripled")]},
    {"id": "whrn-08", "network": "instagram",
     "post": "Pick your thank-you gift 🎁 Give $60 or $5 a month and get our WHRN tote bag; at $120 or $12 a month, add an insulated travel mug. Plus, every donor is entered into a drawing for a lake cruise for two! #WHRNPledge",
     "labels": [("contradicted", "$12", 1),
                ("unsupported", "every donor is entered into a drawing for a lake cruise for two")]},
    {"id": "whrn-09", "network": "linkedin",
     "post": "On the air since 1976, WHRN depends on you: about 70% of our budget comes from individual listeners. Our Peabody-winning series 'Shoreline' is just one example of the journalism your gift makes possible. #WHRNPledge",
     "labels": [("contradicted", "1976"), ("contradicted", "70%"), ("unsupported", "Peabody-winning")]},
    {"id": "whrn-10", "network": "tiktok",
     "post": "POV: you just became a sustaining member at $20 a month 🎉 That's two tickets to the WHRN Listener Party on Saturday, April 17! Message from our general manager Dana Whitfield: thank you! 💙 #WHRNPledge",
     "labels": [("contradicted", "April 17"), ("contradicted", "Dana Whitfield")]},
    {"id": "whrn-11", "network": "mastodon",
     "post": "Last call! The Spring Pledge Drive ends Sunday, March 21. Give now at whrn.org/donate or call (419) 555-0188. #WHRNPledge",
     "labels": [("contradicted", "Sunday, March 21"), ("contradicted", "whrn.org/donate")]},
]

BRANDS = [
    {"brand": "Hermines de Lorient", "lang": "fr", "facts": HERMINES_FACTS,
     "brief": "Vendre le Pass Retour (en vente du 30 novembre au 27 décembre 2026) et remplir le Palais des Hermines pour les matchs du 19 décembre 2026 et du 9 janvier 2027, sur un ton fier et combatif.",
     "posts": HERMINES_POSTS},
    {"brand": "Sève Claire", "lang": "fr", "facts": SEVE_FACTS,
     "brief": "Lancer le sérum Éclat le 10 novembre 2026, puis pousser le Green Friday (code VERTFRIDAY, du 27 au 30 novembre 2026) et le coffret de Noël, sur un ton doux, engagé et complice.",
     "posts": SEVE_POSTS},
    {"brand": "Strathcairn Distillery", "lang": "en", "facts": STRATH_FACTS,
     "brief": "Fill the winter tours (1 November 2026 – 31 March 2027) and promote the release of the 18 Year Old Sherry Cask on 5 December 2026, in a warm, proud, unhurried tone.",
     "posts": STRATH_POSTS},
    {"brand": "WHRN 88.5 FM", "lang": "en", "facts": WHRN_FACTS,
     "brief": "Reach the $340,000 goal of the Spring Pledge Drive (March 11–20, 2027), grow sustaining memberships and promote Match Morning on March 16, in a friendly, community-minded tone.",
     "posts": WHRN_POSTS},
]

if __name__ == "__main__":
    check_calendar()
    build(BRANDS, os.path.join(HERE, "blind6.jsonl"))
