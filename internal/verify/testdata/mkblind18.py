"""Blind verify set 18: four fictional brands, 11 posts each (44 posts), written blind.

Written blind: the author read only the dev.jsonl conventions, dev.jsonl itself and
mkblind_common.py (and the docstring of mkblind16.py for this header's shape), never
the engine, the other sets or their reports.

Brands and sectors:
  - Paroi Boréale (fr, Québec): chain of rope-climbing gyms, opening of its Sherbrooke centre
    and an annual-pass offer ("$" after the number, "samedi le 17 octobre", "dîner" = lunch,
    "fin de semaine", "une couple de").
  - Maison des Langues Alzette (fr, Luxembourg): language school, autumn-term enrolment
    (dates written "21.09", "31.08").
  - Harken Hearing (en, Ireland): hearing-care clinic chain, March campaign and a new clinic.
  - Red Maple Curling Club (en, Canada, Winnipeg): non-profit curling club, 75th season
    recruitment ("Oct. 5", "Sat., Sept. 26").

Calendar checks (Python's calendar module, calendar.weekday):
  2026-10-17 Saturday, 2026-11-15 Sunday (17 Oct - 15 Nov inclusive = 30 days);
  2026-10-18 Sunday (so "dimanche 17 octobre" is wrong);
  2026-08-31 Monday, 2026-09-05 Saturday, 2026-09-21 Monday, 2027-01-29 Friday,
  2027-01-30 Saturday (so "vendredi 30 janvier" is wrong);
  2027-03-01 Monday, 2027-03-31 Wednesday;
  2026-09-14 Monday, 2026-09-26 Saturday, 2026-09-27 Sunday, 2026-09-30 Wednesday,
  2026-10-05 Monday, 2026-10-06 Tuesday, 2026-10-13 Tuesday, 2026-11-17 Tuesday
  (13 Oct - 17 Nov: six Tuesdays), 2027-01-22 Friday, 2027-01-24 Sunday.
Arithmetic used by clean posts: 649 - 549 = 100; 2026 - 2011 = 15; 4 centres + Sherbrooke = 5;
420 - 357 = 63; 420 x 0.85 = 357; 2026 - 2001 = 25 (un quart de siècle); 30 min = une demi-heure;
23 clinics + Kilkenny = 24 (two dozen); 2027 - 2003 = 24 (over two decades); 2,790 - 2,390 = 400;
45 min = three quarters of an hour; 595 - 520 = 75; 7 to 9 p.m. = two hours; 22-24 Jan = three
days; 1952 -> 2027 = 75 years (three-quarters of a century).

Run from anywhere: python3 internal/verify/testdata/mkblind18.py [--numbers]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mkblind_common import build  # noqa: E402

PAROI = {
    "brand": "Paroi Boréale",
    "lang": "fr",
    "facts": [
        "Paroi Boréale est une chaîne de centres d'escalade de voies (moulinette et escalade en tête) fondée en 2011 à Québec par Annie Tremblay et Mathieu Gagnon.",
        "Avant l'ouverture de Sherbrooke, le réseau compte 4 centres : 2 à Québec, 1 à Lévis et 1 à Trois-Rivières.",
        "Le 5e centre Paroi Boréale ouvre le samedi 17 octobre 2026 au 2450, rue King Ouest, à Sherbrooke.",
        "Le centre de Sherbrooke compte 68 voies, dont les plus hautes mesurent 16 mètres.",
        "Le centre de Sherbrooke est ouvert du lundi au vendredi de 11 h à 22 h, et le samedi et le dimanche de 9 h à 20 h.",
        "L'entrée à la journée coûte 24 $ pour les adultes et 17 $ pour les jeunes de 6 à 17 ans; la location de l'équipement (baudrier et chaussons) coûte 8 $.",
        "Le jour de l'ouverture, l'entrée est gratuite pour tous; la location de l'équipement reste payante.",
        "Du samedi 17 octobre au dimanche 15 novembre 2026, l'abonnement annuel adulte est à 549 $ au lieu de 649 $, valable dans les 5 centres.",
        "Le cours d'initiation « Premières cordées » dure 2 heures, coûte 45 $ équipement inclus et a lieu chaque samedi à 10 h.",
        "L'escalade est permise dès 6 ans; les grimpeurs de moins de 14 ans doivent être accompagnés d'un adulte.",
        "Le café-bistro du centre de Sherbrooke sert le dîner du lundi au vendredi, de 11 h 30 à 13 h 30.",
        "Le centre de Sherbrooke est dirigé par Jean-Philippe Ouellet.",
        "Paroi Boréale a remporté le prix « Entreprise de loisir de l'année » au Gala de l'entrepreneuriat de la Capitale-Nationale en 2024.",
        "Le site de l'enseigne est paroiboreale.ca et le hashtag de l'ouverture est #BorealeSherbrooke.",
    ],
    "brief": "Annoncer l'ouverture du centre de Sherbrooke le 17 octobre 2026 et promouvoir l'abonnement annuel à 549 $, sur un ton énergique et accueillant, à la québécoise.",
    "posts": [
        {"id": "paroi-boreale-01", "network": "instagram",
         "post": "Sherbrooke, sortez les baudriers ! 🧗‍♀️ Samedi le 17 octobre, on ouvre notre 5e centre au 2450, rue King Ouest : 68 voies, jusqu'à 16 mètres de haut. Le jour J, l'entrée est gratuite pour tout le monde (la location d'équipement, elle, reste payante). On a tellement hâte de grimper avec vous ! #BorealeSherbrooke",
         "labels": []},
        {"id": "paroi-boreale-02", "network": "instagram",
         "post": "🎉 Grand jour ce dimanche 17 octobre : Paroi Boréale ouvre à Sherbrooke ! Entrée gratuite toute la journée et un t-shirt souvenir remis aux 200 premiers grimpeurs 🧗 On vous attend au 2450, rue King Ouest ! #BorealeSherbrooke",
         "labels": [("contradicted", "dimanche 17 octobre"),
                    ("unsupported", "un t-shirt souvenir remis aux 200 premiers grimpeurs")]},
        {"id": "paroi-boreale-03", "network": "facebook",
         "post": "💪 L'abonnement annuel passe à 549 $ au lieu de 649 $, soit 100 $ qui restent dans vos poches. Et il vous suit partout : Québec, Lévis, Trois-Rivières et maintenant Sherbrooke, dans nos cinq centres. Du 17 octobre au dimanche 15 novembre : 30 jours pour en profiter ! Tous les détails sur paroiboreale.ca",
         "labels": []},
        {"id": "paroi-boreale-04", "network": "facebook",
         "post": "Dernier appel ⏰ L'abonnement annuel à 499 $ au lieu de 649 $, valable dans nos 5 centres, avec un mois gratuit pour un ami parrainé, c'est jusqu'au 30 novembre seulement ! Ne manquez pas ça 👉 paroiboreale.ca #BorealeSherbrooke",
         "labels": [("contradicted", "499 $"),
                    ("unsupported", "un mois gratuit pour un ami parrainé"),
                    ("contradicted", "30 novembre")]},
        {"id": "paroi-boreale-05", "network": "linkedin",
         "post": "Il y a 15 ans, à Québec, Annie Tremblay et Mathieu Gagnon fondaient Paroi Boréale. Le 17 octobre, l'entreprise franchit une nouvelle étape avec l'ouverture de son cinquième centre, à Sherbrooke, sous la direction de Jean-Philippe Ouellet. Un parcours salué en 2024 par le prix « Entreprise de loisir de l'année » au Gala de l'entrepreneuriat de la Capitale-Nationale. Merci à toutes nos équipes 🙏 #BorealeSherbrooke",
         "labels": []},
        {"id": "paroi-boreale-06", "network": "linkedin",
         "post": "Fondée en 2011 à Montréal, Paroi Boréale est aujourd'hui le plus grand réseau d'escalade de voies au Québec. Notre 5e centre, à Sherbrooke, est dirigé par Jean-Philippe Ouellette. Bienvenue dans la famille ! #BorealeSherbrooke",
         "labels": [("contradicted", "Montréal"),
                    ("unsupported", "le plus grand réseau d'escalade de voies au Québec"),
                    ("contradicted", "Jean-Philippe Ouellette")]},
        {"id": "paroi-boreale-07", "network": "x",
         "post": "Jamais touché à une corde ? 😅 Premières cordées, c'est notre initiation de deux heures, tous les samedis à 10 h : 45 $, équipement compris. Promis, les cordes ne mordent pas 😉 #BorealeSherbrooke",
         "labels": []},
        {"id": "paroi-boreale-08", "network": "x",
         "post": "Plus de 70 voies, des murs jusqu'à 16 mètres et des horaires pour tout le monde : en semaine de 11 h à 22 h, la fin de semaine de 9 h à 22 h 🧗 Sherbrooke, on vous attend ! #BorealeSherbrooke",
         "labels": [("contradicted", "Plus de 70"), ("contradicted", "22 h", 1)]},
        {"id": "paroi-boreale-09", "network": "threads",
         "post": "Grimpe du midi, quelqu'un ? 🥪 En semaine, les voies de Sherbrooke ouvrent dès 11 h et notre café-bistro sert le dîner de 11 h 30 à 13 h 30. Une couple de voies, un bon dîner, pis retour au bureau 👌",
         "labels": []},
        {"id": "paroi-boreale-10", "network": "tiktok",
         "post": "POV : ta première grimpe 😱 Cours Premières cordées, 2 h, 40 $ tout compris, chaque samedi à 10 h. Et le jour de l'ouverture, location d'équipement gratuite ! #BorealeSherbrooke",
         "labels": [("contradicted", "40 $"), ("contradicted", "location d'équipement gratuite")]},
        {"id": "paroi-boreale-11", "network": "bluesky",
         "post": "La neige s'en vient ❄️ Raison de plus pour venir grimper ! Entrée à la journée : 24 $ pour les adultes, 17 $ pour les 6-17 ans. Pas d'équipement ? Baudrier et chaussons en location pour 8 $. Et les moins de 14 ans grimpent avec un adulte, c'est la règle 👍 #BorealeSherbrooke",
         "labels": []},
    ],
}

ALZETTE = {
    "brand": "Maison des Langues Alzette",
    "lang": "fr",
    "facts": [
        "La Maison des Langues Alzette est une école de langues fondée en 2001 à Esch-sur-Alzette par Nadine Schmit, qui la dirige toujours.",
        "En 2026, l'école fête ses 25 ans.",
        "L'école enseigne 6 langues : luxembourgeois, français, allemand, anglais, portugais et italien.",
        "L'école a 2 sites : 12, rue de l'Alzette à Esch-sur-Alzette et 5, avenue John F. Kennedy à Luxembourg-Kirchberg.",
        "Le semestre d'automne commence le lundi 21 septembre 2026 et se termine le vendredi 29 janvier 2027.",
        "Un cours semestriel de groupe compte 60 heures, à raison de 2 séances de 2 heures par semaine, et coûte 420 €.",
        "Les groupes comptent 12 participants au maximum.",
        "Pour toute inscription jusqu'au lundi 31 août 2026, le cours semestriel de groupe est à 357 € au lieu de 420 € (-15 %).",
        "Un test de niveau gratuit de 30 minutes est proposé en ligne ou sur place.",
        "Les journées portes ouvertes ont lieu le samedi 5 septembre 2026, de 10 h à 16 h, sur les 2 sites.",
        "Les cours de luxembourgeois préparent au Sproochentest, l'épreuve de langue exigée pour la nationalité luxembourgeoise.",
        "L'école est agréée pour le congé linguistique.",
        "Les inscriptions se font sur langues-alzette.lu/inscription.",
        "Le hashtag de la rentrée est #RentreeAlzette.",
    ],
    "brief": "Remplir les cours du semestre d'automne 2026 en poussant l'inscription anticipée (jusqu'au 31 août) et les portes ouvertes du 5 septembre, sur un ton chaleureux et multilingue.",
    "posts": [
        {"id": "langues-alzette-01", "network": "instagram",
         "post": "Moien, bonjour, hallo, hello, olá, ciao 👋 Six langues, une seule adresse… enfin, deux : Esch et Kirchberg ! Inscrivez-vous jusqu'au 31.08 et votre cours de groupe vous coûte 357 € au lieu de 420 €, soit 63 € d'économie. Rentrée le 21.09 🎒 #RentreeAlzette",
         "labels": []},
        {"id": "langues-alzette-02", "network": "instagram",
         "post": "⏳ Plus que quelques jours : -15 % sur votre cours de groupe jusqu'au 15 septembre ! Et le manuel est offert à chaque nouvel inscrit 📚 langues-alzette.lu/inscription #RentreeAlzette",
         "labels": [("contradicted", "15 septembre"),
                    ("unsupported", "le manuel est offert à chaque nouvel inscrit")]},
        {"id": "langues-alzette-03", "network": "facebook",
         "post": "📅 Portes ouvertes ce samedi 5 septembre, de 10 h à 16 h, à Esch-sur-Alzette comme à Kirchberg ! Venez nous rencontrer et poser toutes vos questions. Pas sûr de votre niveau ? Notre test de niveau est gratuit, dure une demi-heure et se fait en ligne ou directement sur place. On vous attend ☕",
         "labels": []},
        {"id": "langues-alzette-04", "network": "facebook",
         "post": "Portes ouvertes le dimanche 5 septembre, de 10 h à 18 h, sur nos deux sites 🏫 Passez nous voir : un verre de crémant offert à chaque visiteur 🥂 #RentreeAlzette",
         "labels": [("contradicted", "dimanche 5 septembre"), ("contradicted", "18 h"),
                    ("unsupported", "un verre de crémant offert à chaque visiteur")]},
        {"id": "langues-alzette-05", "network": "linkedin",
         "post": "Un quart de siècle d'apprentissage 🎉 En 2001, Nadine Schmit fondait la Maison des Langues Alzette à Esch. Vingt-cinq ans plus tard, elle la dirige toujours, et l'école enseigne six langues sur deux sites. L'école est par ailleurs agréée pour le congé linguistique. Inscriptions pour le semestre d'automne : langues-alzette.lu/inscription #RentreeAlzette",
         "labels": []},
        {"id": "langues-alzette-06", "network": "linkedin",
         "post": "Fondée en 2001 à Luxembourg-Ville par Nadine Schmitt, la Maison des Langues Alzette est la première école de langues du Grand-Duché. 25 ans, 6 langues, 2 sites : merci à tous nos apprenants ! #RentreeAlzette",
         "labels": [("contradicted", "Luxembourg-Ville"), ("contradicted", "Nadine Schmitt"),
                    ("unsupported", "la première école de langues du Grand-Duché")]},
        {"id": "langues-alzette-07", "network": "x",
         "post": "Une douzaine d'élèves au maximum par groupe, deux séances de 2 h par semaine, 60 h au total : le format qui fait vraiment progresser 💬 Cours de groupe : 420 € le semestre. #RentreeAlzette",
         "labels": []},
        {"id": "langues-alzette-08", "network": "x",
         "post": "Des groupes de 15 participants au maximum, des professeurs de langue maternelle, 60 heures de cours par semestre, rentrée le lundi 21 septembre 🎒 #RentreeAlzette",
         "labels": [("contradicted", "15"), ("unsupported", "des professeurs de langue maternelle")]},
        {"id": "langues-alzette-09", "network": "threads",
         "post": "Le Sproochentest vous fait peur ? 😬 Nos cours de luxembourgeois sont là pour vous y préparer, de septembre à janvier. Lëtzebuergesch, mir packen dat ! 💪 #RentreeAlzette",
         "labels": []},
        {"id": "langues-alzette-10", "network": "tiktok",
         "post": "Cours de groupe : 420 € ➡️ 357 € si tu t'inscris jusqu'au 31.08, soit 20 % de moins 🤯 Et réussite au Sproochentest garantie ! #RentreeAlzette",
         "labels": [("contradicted", "20 %"),
                    ("unsupported", "réussite au Sproochentest garantie")]},
        {"id": "langues-alzette-11", "network": "bluesky",
         "post": "Sept langues au programme, du luxembourgeois à l'italien 🇱🇺🇮🇹 Semestre d'automne du lundi 21 septembre au vendredi 30 janvier. #RentreeAlzette",
         "labels": [("contradicted", "Sept"), ("contradicted", "vendredi 30 janvier")]},
    ],
}

HARKEN = {
    "brand": "Harken Hearing",
    "lang": "en",
    "facts": [
        "Harken Hearing is an Irish chain of hearing care clinics, founded in 2003 in Cork by audiologist Siobhán Keane.",
        "Before the Kilkenny opening, Harken Hearing has 23 clinics across Ireland.",
        "A new clinic opens on Monday 1 March 2027 at 22 High Street, Kilkenny, led by audiologist Declan Moran.",
        "The Hear Better March campaign runs from Monday 1 March to Wednesday 31 March 2027.",
        "Hearing tests are free, take about 45 minutes and are carried out by a qualified audiologist.",
        "During the campaign, a pair of Clarity 5 rechargeable hearing aids costs €2,390 instead of €2,790.",
        "Customers eligible for the PRSI Treatment Benefit scheme can receive up to €500 per hearing aid, or up to €1,000 for a pair.",
        "Every hearing aid comes with a 30-day home trial: if it is returned within 30 days, the full price is refunded.",
        "All hearing aids carry a 4-year manufacturer's warranty.",
        "Clinics are open Monday to Saturday, 9 am to 5:30 pm.",
        "Harken Hearing won Best Customer Service at the 2025 Irish Retail Excellence Awards.",
        "Appointments are booked at harkenhearing.ie/book or on freephone 1800 41 42 43.",
        "The campaign hashtag is #HearBetterMarch.",
    ],
    "brief": "Promote the Hear Better March campaign (1–31 March 2027): free hearing tests, the Clarity 5 offer and the new Kilkenny clinic, in a warm, reassuring tone, with no medical promises.",
    "posts": [
        {"id": "harken-hearing-01", "network": "facebook",
         "post": "Turning the telly up a notch or two lately? 📺 You're not alone. Book a free hearing test with one of our qualified audiologists: it takes about three quarters of an hour and costs you nothing. ☎️ Freephone 1800 41 42 43 or harkenhearing.ie/book #HearBetterMarch",
         "labels": []},
        {"id": "harken-hearing-02", "network": "instagram",
         "post": "👂 Free hearing test in just 20 minutes, no appointment needed! Come and see us this March 💚 #HearBetterMarch",
         "labels": [("contradicted", "20 minutes"), ("unsupported", "no appointment needed")]},
        {"id": "harken-hearing-03", "network": "instagram",
         "post": "Kilkenny, we're coming! 👋 Our 24th clinic opens its doors on Monday 1 March at 22 High Street, with audiologist Declan Moran at the helm. We're open Monday to Saturday, 9 am to 5:30 pm, so come and say hello 💚 #HearBetterMarch",
         "labels": []},
        {"id": "harken-hearing-04", "network": "facebook",
         "post": "Big news for Kilkenny 🎉 Our new clinic at 22 High Street opens on Tuesday 1 March, led by audiologist Declan Morgan. Open seven days a week! Book your free hearing test at harkenhearing.ie/book",
         "labels": [("contradicted", "Tuesday 1 March"), ("contradicted", "Declan Morgan"),
                    ("contradicted", "seven days a week")]},
        {"id": "harken-hearing-05", "network": "x",
         "post": "All March: Clarity 5 rechargeable hearing aids for €2,390 a pair (usually €2,790). That's €400 off 👂 Eligible for PRSI Treatment Benefit? You could get up to €1,000 towards the pair. #HearBetterMarch",
         "labels": []},
        {"id": "harken-hearing-06", "network": "x",
         "post": "Clarity 5 pair now €2,290 (was €2,790), that's €500 off! Offer ends 15 April ⏳ #HearBetterMarch",
         "labels": [("contradicted", "€2,290"), ("contradicted", "€500"), ("contradicted", "15 April")]},
        {"id": "harken-hearing-07", "network": "linkedin",
         "post": "Over two decades ago, in 2003, audiologist Siobhán Keane founded Harken Hearing in Cork. This March we open our 24th clinic, in Kilkenny, and we're proud that our teams' care was recognised with Best Customer Service at the 2025 Irish Retail Excellence Awards. Thank you to every colleague who makes that happen. #HearBetterMarch",
         "labels": []},
        {"id": "harken-hearing-08", "network": "linkedin",
         "post": "Founded in Limerick in 2003, Harken Hearing is now Ireland's largest hearing care network, with every hearing aid backed by a 5-year manufacturer's warranty. #HearBetterMarch",
         "labels": [("contradicted", "Limerick"),
                    ("unsupported", "Ireland's largest hearing care network"),
                    ("contradicted", "5-year")]},
        {"id": "harken-hearing-09", "network": "threads",
         "post": "Nervous about trying hearing aids? Totally normal 🙂 Take them home for a thirty-day trial, and if they're not for you, bring them back within the 30 days for a full refund. Every pair also comes with a four-year manufacturer's warranty.",
         "labels": []},
        {"id": "harken-hearing-10", "network": "tiktok",
         "post": "Try before you buy 🎧 60-day home trial on all our hearing aids, at over 25 clinics nationwide! #HearBetterMarch",
         "labels": [("contradicted", "60-day"), ("contradicted", "over 25")]},
        {"id": "harken-hearing-11", "network": "bluesky",
         "post": "The evenings are getting brighter 🌼 and so is our map: from 1 March, that makes two dozen Harken Hearing clinics around Ireland. Free hearing tests all month long: harkenhearing.ie/book #HearBetterMarch",
         "labels": []},
    ],
}

RED_MAPLE = {
    "brand": "Red Maple Curling Club",
    "lang": "en",
    "facts": [
        "Red Maple Curling Club is a non-profit curling club in Winnipeg, Manitoba, founded in 1952.",
        "The 2026–27 season is the club's 75th.",
        "The club has 6 sheets of ice and 482 members.",
        "The club is at 1130 Ellice Avenue, Winnipeg.",
        "The 2026–27 season opens on Monday, October 5, 2026.",
        "A full-season adult membership costs $595; a junior membership (under 18) costs $160.",
        "Adults who register by Monday, September 14, 2026 pay $520 instead of $595 for the full-season membership.",
        "Open house: Saturday, September 26, 2026, 10 a.m. to 2 p.m.; admission and on-ice try-curling sessions are free.",
        "Learn to Curl is a 6-week program on Tuesday evenings from 7 to 9 p.m., October 13 to November 17, 2026; it costs $129, brooms and grippers included.",
        "The 75th Anniversary Bonspiel runs from Friday, January 22 to Sunday, January 24, 2027, for 32 teams; the entry fee is $280 per team.",
        "The club president is Lorna Kowalchuk; the head instructor is Darnell Fontaine, a Curling Canada certified coach.",
        "Register at redmaplecurling.ca/join.",
        "The official hashtag is #RedMaple75.",
    ],
    "brief": "Recruit members for the club's 75th season (2026–27): push the early-bird membership, the open house and Learn to Curl, and save the date for the anniversary bonspiel.",
    "posts": [
        {"id": "red-maple-curling-01", "network": "facebook",
         "post": "75 seasons of rocks, brooms and questionable sweeping advice 🥌 Red Maple opens its 2026–27 season on Monday, Oct. 5, and there's room for you on our six sheets. Join our 482 members at redmaplecurling.ca/join #RedMaple75",
         "labels": []},
        {"id": "red-maple-curling-02", "network": "instagram",
         "post": "Learn to Curl is back 🥌 Eight Tuesday nights from Oct. 13, 7–9 p.m., just $119 with brooms and grippers included! Grab a friend and sign up at redmaplecurling.ca/join #RedMaple75",
         "labels": [("contradicted", "Eight"), ("contradicted", "$119")]},
        {"id": "red-maple-curling-03", "network": "instagram",
         "post": "Never thrown a rock? Perfect 😄 Learn to Curl runs six Tuesday nights, Oct. 13 to Nov. 17, from 7 to 9 p.m. That's two hours a week for $129, brooms and grippers included. Bring a warm sweater 🧣 #RedMaple75",
         "labels": []},
        {"id": "red-maple-curling-04", "network": "facebook",
         "post": "Open house this Sunday, Sept. 26, 10 a.m. to 2 p.m.! Free try-curling on the ice, plus free pizza and hot chocolate for everyone 🍕☕ #RedMaple75",
         "labels": [("contradicted", "Sunday, Sept. 26"),
                    ("unsupported", "free pizza and hot chocolate for everyone")]},
        {"id": "red-maple-curling-05", "network": "x",
         "post": "Early birds save $75 🐦 Register for a full-season adult membership by Mon., Sept. 14 and pay $520 instead of $595. Under 18? Junior membership is $160. redmaplecurling.ca/join #RedMaple75",
         "labels": []},
        {"id": "red-maple-curling-06", "network": "x",
         "post": "⏰ Early-bird pricing ends Sept. 30! Adult memberships $520, a savings of $85, the lowest fees of any club in Winnipeg 👉 redmaplecurling.ca/join #RedMaple75",
         "labels": [("contradicted", "Sept. 30"), ("contradicted", "$85"),
                    ("unsupported", "the lowest fees of any club in Winnipeg")]},
        {"id": "red-maple-curling-07", "network": "bluesky",
         "post": "Winnipeg winters are long, so why not spend them on the ice? ❄️ Come to our open house on Sat., Sept. 26, 10 to 2: it's free, and so are the try-curling sessions. See you at 1130 Ellice Ave! #RedMaple75",
         "labels": []},
        {"id": "red-maple-curling-08", "network": "linkedin",
         "post": "Founded in 1925, Red Maple is Manitoba's oldest curling club, and this season we're welcoming new members under club president Lorna Kowalczyk. #RedMaple75",
         "labels": [("contradicted", "1925"), ("unsupported", "Manitoba's oldest curling club"),
                    ("contradicted", "Lorna Kowalczyk")]},
        {"id": "red-maple-curling-09", "network": "linkedin",
         "post": "Save the date: from January 22 to 24, 2027, Red Maple Curling Club hosts its 75th Anniversary Bonspiel. Three days, 32 teams, $280 per team to enter. Founded in 1952, our non-profit club is proud to celebrate three-quarters of a century of curling in Winnipeg with club president Lorna Kowalchuk and all our members. #RedMaple75",
         "labels": []},
        {"id": "red-maple-curling-10", "network": "tiktok",
         "post": "64 teams. 3 days. One legendary 75th Anniversary Bonspiel 🥌🔥 Jan. 22–24, with $25,000 in prizes up for grabs! #RedMaple75",
         "labels": [("contradicted", "64"), ("unsupported", "$25,000 in prizes up for grabs")]},
        {"id": "red-maple-curling-11", "network": "threads",
         "post": "Our 6 sheets are waiting ✨ The season opens Monday, Oct. 6, and juniors under 18 curl all season for just $160. Over 500 members can't be wrong! #RedMaple75",
         "labels": [("contradicted", "Monday, Oct. 6"), ("contradicted", "Over 500")]},
    ],
}

if __name__ == "__main__":
    build([PAROI, ALZETTE, HARKEN, RED_MAPLE], os.path.join(HERE, "blind18.jsonl"))
