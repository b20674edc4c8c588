"""Blind labelled set 10 for Vigie's Verify engine: writes blind10.jsonl.

Written blind: the author read only the labelling conventions of
/work/shared/data/README.md, the style of /work/shared/data/verify/dev.jsonl and
mkblind_common.py, never the engine, its tests or the other sets.

Brands (all fictional), 11 posts each, 44 in all:
- Deuxième Maille (fr): chain of second-hand clothing shops with an online store;
  Angers store opening, buy-back vouchers, prices, loyalty points.
- Ville de Belcombe (fr): the town's Christmas market, run by the city; dates, chalets,
  opening hours by weekday, shuttles, free events.
- Caribou Peak Resort (en, Canada): ski resort; lift-ticket prices in CAD, season dates,
  snow figures in cm, lifts and runs.
- Millbrook Night Herons (en, US): minor-league baseball team; home games, promotion
  nights, ticket prices, gates-open times.

Calendar checks (Python's calendar module, asserted below when the script runs):
Sat 17 Oct 2026, Sun 1 Nov 2026 (buy-back offer, 16 days); Fri 27 Nov 2026, Thu 24 Dec
2026 (market, 28 days = 4 weeks, 4 weekends: 28-29 Nov, 5-6, 12-13, 19-20 Dec);
Fri 4 Dec 2026, Sat 5 Dec 2026, Mon 30 Nov 2026, Sun 11 Apr 2027 (ski season);
Fri 8 Jan 2027 to Sat 13 Mar 2027 (night skiing: 10 Fridays + 10 Saturdays = 20 nights);
Fri 9 Apr 2027, Sun 11 Apr, Mon 12 Apr, Tue 13 Apr, Wed 14 Apr 2027 (homestand),
Sat 15 May 2027 (bobblehead), Sun 5 Sep 2027 (last home game).
Wrong weekdays used in hallucinated posts were checked to be wrong: 17 Oct 2026 is not a
Sunday, 27 Nov 2026 not a Saturday, 5 Dec 2026 not a Sunday, 9 Apr 2027 not a Thursday.

Run from anywhere: python3 mkblind10.py [--numbers]
"""
import calendar
import datetime
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mkblind_common import build  # noqa: E402


def check_calendar():
    wd = {(y, m, d): calendar.day_name[calendar.weekday(y, m, d)] for (y, m, d) in [
        (2026, 10, 17), (2026, 11, 1), (2026, 11, 27), (2026, 12, 24), (2026, 12, 4),
        (2026, 12, 5), (2026, 11, 30), (2027, 4, 11), (2027, 1, 8), (2027, 3, 13),
        (2027, 4, 9), (2027, 4, 12), (2027, 4, 13), (2027, 4, 14), (2027, 5, 15),
        (2027, 9, 5)]}
    want = {
        (2026, 10, 17): "Saturday", (2026, 11, 1): "Sunday", (2026, 11, 27): "Friday",
        (2026, 12, 24): "Thursday", (2026, 12, 4): "Friday", (2026, 12, 5): "Saturday",
        (2026, 11, 30): "Monday", (2027, 4, 11): "Sunday", (2027, 1, 8): "Friday",
        (2027, 3, 13): "Saturday", (2027, 4, 9): "Friday", (2027, 4, 12): "Monday",
        (2027, 4, 13): "Tuesday", (2027, 4, 14): "Wednesday", (2027, 5, 15): "Saturday",
        (2027, 9, 5): "Sunday",
    }
    assert wd == want, wd
    D = datetime.date
    assert (D(2026, 11, 1) - D(2026, 10, 17)).days + 1 == 16
    assert (D(2026, 12, 24) - D(2026, 11, 27)).days + 1 == 28
    days = [D(2026, 11, 27) + datetime.timedelta(i) for i in range(28)]
    sats = [d for d in days if d.weekday() == 5]
    assert [(d.day, d.month) for d in sats] == [(28, 11), (5, 12), (12, 12), (19, 12)]
    assert all(d + datetime.timedelta(1) in days for d in sats)
    nights = [D(2027, 1, 8) + datetime.timedelta(i) for i in range((D(2027, 3, 13) - D(2027, 1, 8)).days + 1)]
    assert sum(1 for d in nights if d.weekday() in (4, 5)) == 20
    # The first Tuesday of the home season is 13 April, inside the opening homestand.
    assert D(2027, 4, 13).weekday() == 1 and D(2027, 4, 9) + datetime.timedelta(4) == D(2027, 4, 13)
    # Wrong weekdays in hallucinated posts really are wrong.
    assert calendar.weekday(2026, 10, 17) != 6 and calendar.weekday(2026, 11, 27) != 5
    assert calendar.weekday(2026, 12, 5) != 6 and calendar.weekday(2027, 4, 9) != 3


MAILLE = {
    "brand": "Deuxième Maille", "lang": "fr",
    "facts": [
        "Deuxième Maille est une chaîne de friperies fondée en 2011 à Nantes par Soizic Le Goff, qui la dirige toujours.",
        "Avant l'ouverture d'Angers, l'enseigne compte 17 magasins, tous situés dans l'Ouest de la France, et une boutique en ligne, deuxiememaille.fr.",
        "Le 18e magasin Deuxième Maille ouvre le samedi 17 octobre 2026 au 9 rue Saint-Laud, à Angers.",
        "Le magasin d'Angers est ouvert du lundi au samedi, de 10h à 19h ; il est dirigé par Mathis Rolland.",
        "Le jour de l'ouverture, un tote bag en coton recyclé est offert aux 200 premiers clients du magasin d'Angers.",
        "Toute l'année, chaque vêtement accepté au rachat en magasin est payé par un bon d'achat de 3 €, valable 6 mois en magasin et sur la boutique en ligne.",
        "Les vêtements déposés au rachat doivent être propres et en bon état ; les sous-vêtements ne sont pas repris.",
        "Du samedi 17 octobre au dimanche 1er novembre 2026, le bon d'achat de rachat passe à 5 € par vêtement accepté, dans tous les magasins.",
        "En magasin comme sur la boutique en ligne, tous les jeans sont vendus au prix unique de 12 €.",
        "Le programme de fidélité Maille+ est gratuit : 1 point par euro dépensé, et chaque tranche de 100 points donne un bon d'achat de 5 €.",
        "Sur la boutique en ligne, la livraison coûte 4,90 € ; elle est offerte dès 40 € d'achat.",
        "En 2025, l'enseigne a revendu 410 000 vêtements de seconde main.",
        "Deuxième Maille a reçu en 2025 le Trophée de l'économie circulaire de la Région Pays de la Loire.",
        "Le hashtag officiel est #DeuxiemeMaille.",
    ],
    "brief": "Annoncer l'ouverture du magasin d'Angers le 17 octobre 2026 et faire connaître l'opération rachat à 5 € par vêtement jusqu'au 1er novembre, sur un ton engagé et complice.",
    "posts": [
        # clean
        {"network": "instagram", "post": "🧥 Angers, ta nouvelle friperie ouvre le 17.10 ! Rendez-vous au 9 rue Saint-Laud dès 10h : les 200 premiers clients repartent avec un tote bag en coton recyclé 🎁 Tu viens avec qui ? 👀 #DeuxiemeMaille #friperie #Angers"},
        {"network": "facebook", "post": "Vos placards débordent ? 👚 Du samedi 17 octobre au dimanche 1er novembre, chaque vêtement accepté au rachat vous rapporte un bon d'achat de 5 € au lieu de 3 €, soit 2 € de plus par pièce. Seize jours pour faire le tri ! Pensez juste à apporter des vêtements propres et en bon état (pas de sous-vêtements 😉). Le bon est valable six mois, en magasin comme sur https://deuxiememaille.fr #DeuxiemeMaille"},
        {"network": "linkedin", "post": "Quinze ans après sa création à Nantes, DEUXIÈME MAILLE ouvre son 18e magasin, rue Saint-Laud à Angers, ce 17 octobre. En 2025, nos équipes ont revendu plus de 400 000 vêtements de seconde main, et la Région Pays de la Loire nous a remis son Trophée de l'économie circulaire. Bravo à Mathis Rolland, qui prend la direction du magasin d'Angers, et merci à Soizic Le Goff, notre fondatrice, qui tient toujours la barre. #DeuxiemeMaille #EconomieCirculaire"},
        {"network": "x", "post": "Un jean, 12 €. Deux jeans, 24 €. Tous nos jeans sont au prix unique, en boutique comme sur deuxiememaille.fr 👖 Livraison offerte dès 40 € d'achat. #DeuxiemeMaille"},
        {"network": "tiktok", "post": "POV : tu déposes 6 pulls que tu ne mets plus et tu repars avec 30 € de bons d'achat 😏 (6 pièces acceptées × 5 €, jusqu'au 1er novembre) #DeuxiemeMaille #secondemain #thrift"},
        {"network": "mastodon", "post": "Petit rappel pour les fidèles de Deuxieme Maille : l'adhésion à Maille+ ne coûte rien, chaque euro dépensé rapporte un point, et 100 points se transforment en bon d'achat de 5 €. Bref, 100 € d'achats = 5 € à dépenser chez nous 🙂 #DeuxiemeMaille"},
        # hallucinated
        {"network": "instagram", "post": "🎉 Ouverture ce dimanche 17 octobre à Angers ! On vous attend au 9 rue Saint-Laud de 10h à 19h, avec un tote bag en coton recyclé pour les 300 premiers clients 🛍️ #DeuxiemeMaille",
         "labels": [("contradicted", "dimanche 17 octobre"), ("contradicted", "300")]},
        {"network": "facebook", "post": "♻️ Bonne nouvelle : l'opération rachat dure jusqu'au 15 novembre ! Chaque vêtement accepté vous rapporte un bon d'achat de 5 €, valable 12 mois en magasin et sur la boutique en ligne. Les pièces un peu abîmées sont aussi acceptées ! #DeuxiemeMaille",
         "labels": [("contradicted", "15 novembre"), ("contradicted", "12 mois"), ("contradicted", "Les pièces un peu abîmées sont aussi acceptées")]},
        {"network": "linkedin", "post": "Fondée en 2011 à Rennes par Soizic Le Goff, Deuxième Maille est aujourd'hui la première enseigne de seconde main de l'Ouest, avec plus de 400 000 vêtements revendus en 2025. Le 17 octobre, nous ouvrons notre 18e magasin, à Angers. #DeuxiemeMaille",
         "labels": [("contradicted", "Rennes"), ("unsupported", "la première enseigne de seconde main de l'Ouest")]},
        {"network": "x", "post": "📦 Livraison offerte dès 30 € sur deuxieme-maille.fr, et vos points Maille+ comptent double jusqu'au 1er novembre ! #DeuxiemeMaille",
         "labels": [("contradicted", "30 €"), ("contradicted", "deuxieme-maille.fr"), ("unsupported", "vos points Maille+ comptent double jusqu'au 1er novembre")]},
        {"network": "bluesky", "post": "Nouveau magasin à Angers ✨ Ouvert 7j/7 de 10h à 19h, et c'est Mathieu Rolland qui le dirige. Jeans toujours à 12 €, et 5 € en bon d'achat pour chaque vêtement accepté au rachat jusqu'au 1er novembre ! #DeuxiemeMaille",
         "labels": [("contradicted", "7j/7"), ("contradicted", "Mathieu Rolland")]},
    ],
}

BELCOMBE = {
    "brand": "Ville de Belcombe", "lang": "fr",
    "facts": [
        "Le Marché de Noël de Belcombe est organisé par la Ville de Belcombe, place de l'Hôtel-de-Ville, du vendredi 27 novembre au jeudi 24 décembre 2026.",
        "Le marché existe depuis 2002 ; l'édition 2026 est la 25e.",
        "Le marché compte 62 chalets, dont 24 chalets d'artisans et créateurs locaux.",
        "Le marché est ouvert du lundi au jeudi de 14h à 20h, le vendredi et le samedi de 11h à 22h, et le dimanche de 11h à 20h. Le jeudi 24 décembre, il ferme à 17h.",
        "Le marché est inauguré le vendredi 27 novembre 2026 à 18h30 par la maire de Belcombe, Nadia Ferrand.",
        "Un spectacle de lumières gratuit est projeté sur la façade de l'hôtel de ville chaque soir à 18h et à 19h.",
        "Le Père Noël reçoit les enfants dans son chalet les mercredis, samedis et dimanches, de 15h à 18h ; la photo avec lui est gratuite.",
        "La patinoire synthétique de 250 m² coûte 3 € la demi-heure, location de patins comprise.",
        "Les samedis et dimanches, une navette gratuite relie le parking relais des Tanneries à la place de l'Hôtel-de-Ville toutes les 15 minutes, de 10h30 à 21h.",
        "Au chalet de la Ville, le vin chaud est vendu 3,50 € ; le gobelet réutilisable est consigné 1 €.",
        "En 2025, le marché a accueilli 185 000 visiteurs.",
        "Le marché a été classé 3e au palmarès 2025 des marchés de Noël du Grand Est du magazine Escapades.",
        "Le programme complet est en ligne sur belcombe.fr/noel.",
        "Le hashtag officiel est #NoelABelcombe.",
    ],
    "brief": "Faire venir habitants et visiteurs au Marché de Noël de Belcombe (27 novembre – 24 décembre 2026) en mettant en avant les animations gratuites et les navettes, sur un ton festif et familial.",
    "posts": [
        # clean
        {"network": "facebook", "post": "🎄 Le Marché de Noël revient place de l'Hôtel-de-Ville du 27/11 au 24/12 ! Soixante-deux chalets, dont 24 d'artisans et créateurs du coin, un spectacle de lumières gratuit chaque soir à 18h et 19h, et le Père Noël les mercredis, samedis et dimanches 🎅 Tout le programme : www.belcombe.fr/noel #NoelABelcombe"},
        {"network": "instagram", "post": "Quatre semaines pile de magie ✨ et quatre week-ends pour flâner entre les chalets : 28-29 novembre, 5-6, 12-13 et 19-20 décembre 🎄 Le samedi, on vous attend de 11h à 22h ! Et le week-end, pas besoin de chercher une place : la navette gratuite part du parking relais des Tanneries toutes les quinze minutes 🚌 #NoelABelcombe #marchedenoel"},
        {"network": "linkedin", "post": "Pour sa 25e édition, le Marché de Noël de Belcombe, organisé par la Ville, sera inauguré le vendredi 27 novembre à 18h30 par Nadia Ferrand, maire de Belcombe. L'an dernier, plus de 180 000 visiteurs avaient fait le déplacement, et le marché s'était hissé sur le podium du palmarès des marchés de Noël du Grand Est du magazine Escapades. Rendez-vous place de l'Hotel-de-Ville ! #NoelABelcombe"},
        {"network": "x", "post": "📸 La photo avec le Père Noël, c'est gratuit ! Il vous attend dans son chalet le mercredi, le samedi et le dimanche, entre 15h et 18h 🎅 #NoelABelcombe"},
        {"network": "mastodon", "post": "Infos pratiques 🕰️ Lun.-jeu. : 14h-20h. Ven. et sam. : 11h-22h. Dim. : 11h-20h. Attention, le 24 décembre, fermeture à 17h. Au chalet de la Ville, vin chaud à 3,50 € (+ 1 € de consigne pour le gobelet réutilisable). #NoelABelcombe"},
        # hallucinated
        {"network": "tiktok", "post": "⛸️ Bonne nouvelle : la patinoire du marché est gratuite ! 300 m² de glisse, patins fournis 😍 Tag la personne qui va tomber en premier 😂 #NoelABelcombe",
         "labels": [("contradicted", "gratuite"), ("contradicted", "300 m²")]},
        {"network": "facebook", "post": "✨ Save the date : inauguration du marché ce samedi 27 novembre à 18h30 ! Elle sera présidée par Nadia Ferrand, adjointe à la culture, avec un concert de la chorale des Petits Chanteurs de Belcombe 🎶 On vous attend nombreux ! #NoelABelcombe",
         "labels": [("contradicted", "samedi 27 novembre"), ("contradicted", "adjointe à la culture"), ("unsupported", "un concert de la chorale des Petits Chanteurs de Belcombe")]},
        {"network": "x", "post": "🚌 Navettes gratuites toutes les 10 minutes depuis le parking relais des Tanneries, tous les jours du marché ! #NoelBelcombe",
         "labels": [("contradicted", "10 minutes"), ("contradicted", "tous les jours du marché"), ("contradicted", "#NoelBelcombe")]},
        {"network": "linkedin", "post": "Avec plus de 200 000 visiteurs en 2025, le Marché de Noël de Belcombe est devenu le plus grand marché de Noël de Lorraine. Pour cette 25e édition, 62 chalets vous attendent du 27 novembre au 24 décembre. #NoelABelcombe",
         "labels": [("contradicted", "plus de 200 000"), ("unsupported", "le plus grand marché de Noël de Lorraine")]},
        {"network": "instagram", "post": "🎅 Le Père Noël t'attend TOUS LES JOURS de 15h à 18h dans son chalet ! Photo gratuite, et un chocolat chaud offert à chaque enfant ☕ #NoelABelcombe",
         "labels": [("contradicted", "TOUS LES JOURS"), ("unsupported", "un chocolat chaud offert à chaque enfant")]},
        {"network": "bluesky", "post": "Le spectacle de lumières sur la façade de l'hôtel de ville, c'est chaque soir à 18h et 19h30, et c'est gratuit ✨ Dernière chance le jeudi 24 décembre : le marché reste ouvert jusqu'à 20h ! #NoelABelcombe",
         "labels": [("contradicted", "19h30"), ("contradicted", "20h")]},
    ],
}

CARIBOU = {
    "brand": "Caribou Peak Resort", "lang": "en",
    "facts": [
        "Caribou Peak Resort is a ski resort near Nelson, British Columbia, that opened in 1978.",
        "The 2026–27 season runs from Saturday, December 5, 2026 to Sunday, April 11, 2027, snow permitting.",
        "The resort has 9 lifts and 84 named runs on 1,150 hectares of skiable terrain, with a vertical drop of 1,012 m.",
        "Average annual snowfall at Caribou Peak is 1,050 cm.",
        "The snow report of Friday, December 4, 2026 measured a base depth of 148 cm at the summit and 62 cm at the village.",
        "The new Summit Express, a six-seat chairlift, opens on opening day and cuts the ride to the summit from 14 minutes to 6 minutes.",
        "Lifts run daily from 8:30 a.m. to 3:30 p.m.",
        "Night skiing is offered on 6 runs every Friday and Saturday from 4 p.m. to 9 p.m., from January 8 to March 13, 2027.",
        "An adult day lift ticket costs CAD $119 at the ticket window and CAD $99 when bought online at least 7 days in advance.",
        "A youth (13–17) day ticket costs CAD $89, and children 5 and under ski free.",
        "The adult Early Bird season pass costs CAD $899 until Monday, November 30, 2026; from December 1, the adult season pass costs CAD $1,149.",
        "On opening day, the first 250 skiers in the lift line get a free Caribou Peak toque.",
        "Caribou Peak was named Best Powder in Western Canada in the 2025 SnowSeekers Readers' Choice Awards.",
        "Priya Raman is the resort's general manager.",
        "Tickets and passes are sold at caribou-peak.ca/tickets. The official hashtag is #RideCaribou.",
    ],
    "brief": "Announce opening day (Saturday, December 5, 2026) and the new Summit Express, and push online lift tickets and the Early Bird season pass before its November 30 deadline.",
    "posts": [
        # clean
        {"network": "instagram", "post": "❄️ Opening day is Sat., Dec. 5! Be one of the first 250 in the lift line and score a free Caribou Peak toque 🎿 Who's riding the brand-new Summit Express with us on day one? 🙋 #RideCaribou #SkiBC"},
        {"network": "facebook", "post": "Plan ahead, save $20 💸 Adult day tickets are $99 online when you book at least a week out, versus $119 at the window. Got little ones? Kids 5 and under ski free 👶⛷️ Book now at https://www.caribou-peak.ca/tickets #RideCaribou"},
        {"network": "x", "post": "Early Bird season pass: $899 instead of $1,149. That's $250 back in your pocket 🙌 Deal ends Monday, Nov. 30 👉 caribou-peak.ca/tickets #RideCaribou"},
        {"network": "linkedin", "post": "Nearly half a century after opening in 1978, Caribou Peak Resort welcomes a new six-seat chairlift. The Summit Express cuts the ride to the summit from 14 minutes to 6, more than halving the trip. Congratulations to general manager Priya Raman and the whole team ahead of a 2026–27 season that runs from December 5 to April 11. #RideCaribou"},
        {"network": "bluesky", "post": "Snow report, Friday Dec 4 🏔️ Summit base: 148 cm. Village: 62 cm. That's nearly a metre and a half up top. See you tomorrow for opening day! #RideCaribou #powderday"},
        {"network": "tiktok", "post": "POV: it's Friday night, the lights are on and six runs are open till 9 🌙⛷️ Night skiing every Friday & Saturday from Jan. 8 to Mar. 13. That's 20 nights under the lights! #RideCaribou #nightskiing"},
        # hallucinated
        {"network": "instagram", "post": "Opening day: Sunday, December 5 ❄️ The new Summit Express gets you to the top in just 4 minutes, and the first 250 in line get a free toque! #RideCaribou",
         "labels": [("contradicted", "Sunday, December 5"), ("contradicted", "4 minutes")]},
        {"network": "facebook", "post": "Adult day tickets: $89 online, $119 at the window 🎿 And kids 12 and under ski free all season! Grab yours at caribou-peak.ca/tickets #RideCaribou",
         "labels": [("contradicted", "$89"), ("contradicted", "12")]},
        {"network": "linkedin", "post": "Proud moment for our team: Caribou Peak, voted Best Powder in North America in the 2025 SnowSeekers Readers' Choice Awards, heads into the 2026–27 season with 84 runs, 9 lifts and the longest vertical drop in British Columbia. #RideCaribou",
         "labels": [("contradicted", "North America"), ("unsupported", "the longest vertical drop in British Columbia")]},
        {"network": "x", "post": "⏰ Last call: the $899 Early Bird pass ends Nov. 30, then it's $1,249. Bonus: pass holders get 50% off day tickets at Red Mountain! caribou-peak.ca/tickets #RideCaribou",
         "labels": [("contradicted", "$1,249"), ("unsupported", "pass holders get 50% off day tickets at Red Mountain")]},
        {"network": "mastodon", "post": "Snow report (Dec. 4): 184 cm at the summit, 62 cm at the village 🏔️ Not bad for a mountain that averages over 12 metres of snow a year! Lifts spin 8:30 a.m. to 3:30 p.m. daily. #RideCaribou",
         "labels": [("contradicted", "184 cm"), ("contradicted", "over 12 metres")]},
    ],
}

HERONS = {
    "brand": "Millbrook Night Herons", "lang": "en",
    "facts": [
        "The Millbrook Night Herons are a minor-league baseball team founded in 1994. They play at Founders Field, 400 River Street, Millbrook, Ohio, which seats 7,200 fans.",
        "The Night Herons play 66 home games in 2027, from Friday, April 9 to Sunday, September 5, 2027.",
        "The home opener is Friday, April 9, 2027, at 6:35 p.m. against the Lakeport Anglers.",
        "The opening homestand has six games: against the Lakeport Anglers from Friday, April 9 to Sunday, April 11, then against the Granite City Miners from Monday, April 12 to Wednesday, April 14, 2027.",
        "Monday-to-Saturday home games start at 6:35 p.m. and Sunday home games at 1:05 p.m.; gates open one hour before first pitch.",
        "Single-game tickets bought in advance cost $16 for box seats, $12 for reserved seats and $8 for lawn seats; every ticket costs $2 more on game day.",
        "Children 3 and under get in free if they sit on a lap.",
        "A 10-game flex plan costs $100 and is good for reserved seats at any regular-season home game.",
        "A fireworks show follows every Friday home game.",
        "At every Tuesday home game (Two-Dollar Tuesday), hot dogs, sodas and popcorn cost $2 each.",
        "On Saturday, May 15, 2027, the first 1,500 fans through the gates receive a bobblehead of Herbie the Heron, the team mascot.",
        "Parking in the Founders Field lot costs $5.",
        "Luis Ortega, the team's manager, begins his third season in 2027.",
        "The Night Herons have won one league title, the 2024 Midwest Valley League championship.",
        "Tickets are sold at nightherons.com/tickets. The official hashtag is #FlyHerons.",
    ],
    "brief": "Sell tickets for the 2027 home opener (Friday, April 9) and the opening homestand, and promote Fireworks Fridays, Two-Dollar Tuesdays and the May 15 bobblehead giveaway, in a fun, family-friendly tone.",
    "posts": [
        # clean
        {"network": "instagram", "post": "⚾ OPENING NIGHT IS BACK! Friday, April 9 at Founders Field: gates at 5:35, first pitch at 6:35 vs. the Lakeport Anglers, and fireworks after the game 🎆 Who's coming? 🙌 #FlyHerons #MiLB"},
        {"network": "facebook", "post": "Family night out on a budget? 👨‍👩‍👧 Lawn seats are $8 in advance ($10 on game day), little ones 3 and under get in free on a lap, and every Tuesday home game means $2 hot dogs, sodas and popcorn 🌭🥤🍿 Our first Two-Dollar Tuesday of 2027 is April 13 vs. the Granite City Miners! nightherons.com/tickets #FlyHerons"},
        {"network": "x", "post": "Herbie bobblehead alert 🐦 Sat 5/15, the first fifteen hundred fans through the gates take one home. Get there early! #FlyHerons"},
        {"network": "linkedin", "post": "Founded in 1994, the Millbrook Night Herons open their 2027 home schedule on April 9, with 66 home games ahead at Founders Field (7,200 seats). Manager Luis Ortega begins his third season in the dugout, with the 2024 Midwest Valley League title still fresh in everyone's mind. For regulars, our 10-game flex plan ($100, any reserved seat) saves $20 over buying ten advance tickets. #FlyHerons"},
        {"network": "bluesky", "post": "Sunday baseball ☀️ April 11 vs. the Lakeport Anglers: gates open 12:05, first pitch 1:05 p.m. Parking is $5 right at the Founders Field lot. Bring the sunscreen! #FlyHerons"},
        # hallucinated
        {"network": "instagram", "post": "🎆 Opening Night is Thursday, April 9! Gates open 90 minutes before first pitch, so come early and grab a spot for the fireworks. #FlyHerons",
         "labels": [("contradicted", "Thursday, April 9"), ("contradicted", "90 minutes")]},
        {"network": "facebook", "post": "🎟️ Single-game tickets are on sale now: box seats $14, reserved $12, lawn $8, with no extra charge on game day! nightherons.com/tickets #FlyHerons",
         "labels": [("contradicted", "$14"), ("contradicted", "no extra charge on game day")]},
        {"network": "x", "post": "Fireworks after EVERY home game this season 🎆 and free parking for the entire opening homestand! #FlyHerons",
         "labels": [("contradicted", "EVERY home game"), ("contradicted", "free parking")]},
        {"network": "linkedin", "post": "Founded in 1994, the three-time Midwest Valley League champion Night Herons kick off 72 home games at Founders Field on April 9. Last season we drew the league's best attendance, and we can't wait to welcome you back. #FlyHerons",
         "labels": [("contradicted", "three-time"), ("contradicted", "72"), ("unsupported", "Last season we drew the league's best attendance")]},
        {"network": "tiktok", "post": "POV: you're one of the first 2,000 fans at Founders Field on Saturday, May 15 and you get a Herbie the Heron bobblehead 🐦 Plus every kid gets a free glove! #FlyHerons",
         "labels": [("contradicted", "2,000"), ("unsupported", "every kid gets a free glove")]},
        {"network": "mastodon", "post": "Two-Dollar Tuesday is back 🌭 Hot dogs, sodas and popcorn at $2 each, and $2 draft beer too! First one: Tuesday, April 13 vs. the Lakeport Anglers, first pitch 7:05 p.m. #FlyHerons",
         "labels": [("unsupported", "$2 draft beer"), ("contradicted", "Lakeport Anglers"), ("contradicted", "7:05 p.m.")]},
    ],
}


def number_posts(brand, slug, seed):
    """Shuffle so that a post's number says nothing about whether it is clean."""
    posts = list(brand["posts"])
    random.Random(seed).shuffle(posts)
    for i, p in enumerate(posts, 1):
        p["id"] = f"{slug}-{i:02d}"
    brand["posts"] = posts
    return brand


def main():
    check_calendar()
    brands = [
        number_posts(MAILLE, "deuxieme-maille", 101),
        number_posts(BELCOMBE, "belcombe-noel", 102),
        number_posts(CARIBOU, "caribou-peak", 103),
        number_posts(HERONS, "night-herons", 104),
    ]
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind10.jsonl")
    build(brands, out)


if __name__ == "__main__":
    main()
