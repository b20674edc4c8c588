"""Blind verify set 9: four fictional brands, 11 posts each, written blind.

Brands and sectors:
- Ardéa Cycles (fr): French electric-bike maker sold through approved dealers; 2027
  test-ride tour (Tour Ardéa) and a Trek-model offer.
- Conservatoire Henriette-Renié de Montclar (fr): municipal music conservatory;
  2027-2028 enrolment, fees by income bracket (quotient familial), end-of-year concerts.
- Larkspur & Pine Coffee Roasters (en, US): specialty roaster with the Roaster's Loop
  subscription; 2027 holiday campaign (oz/lb, $, shipping, US date forms).
- Harrowfield District Council (en, UK): "Sort It Right" recycling campaign before weekly
  food waste collections start (bin colours, dates, fines, phone numbers).

Written blind: the author read only the labelling conventions, the dev set and the shared
writer, never the engine nor any other test set, and did not run the engine on this set.

Calendar checks (Python's calendar module; re-asserted below on every run):
Sat 13 Mar 2027, Sun 25 Apr 2027, 7 weekends from 13 Mar to 25 Apr 2027 (44 days);
Sat 29 May, Tue 1 Jun, Fri 18 Jun, Thu 24 Jun, Sat 26 Jun 2027; Sat 3 Jul 2027 (a wrong
end date used in a labelled post); Mon 1 Nov, Tue 2 Nov (the wrong date in a labelled
post), Wed 15 Dec, Fri 17 Dec, Fri 31 Dec 2027; Mon 1 Mar, Fri 19 Mar, Good Friday
26 Mar, Easter Monday 29 Mar, Mon 5 Apr, Mon 12 Apr, Fri 30 Apr 2027.

Run from anywhere: python3 mkblind9.py [--numbers]; writes blind9.jsonl next to it.
"""
import calendar
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mkblind_common import build  # noqa: E402

WEEKDAYS = [
    (2027, 3, 13, "Saturday"), (2027, 4, 25, "Sunday"),
    (2027, 5, 29, "Saturday"), (2027, 6, 1, "Tuesday"), (2027, 6, 18, "Friday"),
    (2027, 6, 24, "Thursday"), (2027, 6, 26, "Saturday"), (2027, 7, 3, "Saturday"),
    (2027, 11, 1, "Monday"), (2027, 11, 2, "Tuesday"), (2027, 12, 15, "Wednesday"),
    (2027, 12, 17, "Friday"), (2027, 12, 31, "Friday"),
    (2027, 3, 1, "Monday"), (2027, 3, 19, "Friday"), (2027, 3, 26, "Friday"),
    (2027, 3, 29, "Monday"), (2027, 4, 5, "Monday"), (2027, 4, 12, "Monday"),
    (2027, 4, 30, "Friday"),
]


def check_calendar():
    for y, m, d, name in WEEKDAYS:
        got = calendar.day_name[calendar.weekday(y, m, d)]
        assert got == name, (y, m, d, got, name)
    # The clean posts say "sept week-ends" and "plus de six semaines" for 13 Mar-25 Apr.
    start, end = datetime.date(2027, 3, 13), datetime.date(2027, 4, 25)
    days = (end - start).days + 1
    saturdays = sum(1 for i in range(days)
                    if (start + datetime.timedelta(i)).weekday() == 5)
    assert saturdays == 7 and days == 44, (saturdays, days)
    # Easter 2027 is 28 March, so Good Friday 26 and Easter Monday 29 March.
    assert calendar.weekday(2027, 3, 28) == 6


ARDEA = {
    "brand": "Ardéa Cycles",
    "lang": "fr",
    "facts": [
        "Ardéa Cycles est un fabricant français de vélos à assistance électrique, fondé en 2012 à Saint-Étienne par Camille Berthier et Yanis Haddad.",
        "Camille Berthier est la présidente d'Ardéa Cycles.",
        "Les vélos Ardéa sont assemblés dans l'atelier de Saint-Étienne et vendus exclusivement chez 160 revendeurs agréés en France et en Belgique.",
        "En 2026, Ardéa Cycles a produit 11 400 vélos.",
        "La gamme 2027 compte trois modèles : l'Urba à 2 290 €, le Trek à 3 490 € et le Cargo à 4 190 €.",
        "L'autonomie de la batterie est de 90 km pour l'Urba, 140 km pour le Trek et 110 km pour le Cargo.",
        "Le cadre est garanti 7 ans et la batterie 3 ans.",
        "Le Tour Ardéa 2027, tournée d'essais gratuits, passe par 6 villes du samedi 13 mars au dimanche 25 avril 2027 : Lyon, Grenoble, Dijon, Strasbourg, Lille et Nantes.",
        "La première étape a lieu à Lyon, place Bellecour, le samedi 13 mars 2027, de 10h à 18h.",
        "La dernière étape a lieu à Nantes, sur le parvis de la gare, le dimanche 25 avril 2027.",
        "Les essais durent 30 minutes, se réservent sur ardea-cycles.fr/tour, et les trois modèles de la gamme peuvent être essayés à chaque étape.",
        "Du 13 mars au 30 avril 2027, pour l'achat d'un Trek chez un revendeur agréé, un antivol en U d'une valeur de 89 € est offert.",
        "Le Trek a été élu Vélo électrique de l'année 2026, catégorie randonnée, par le magazine Roue Libre.",
        "Le hashtag officiel de la tournée est #TourArdea2027.",
    ],
    "brief": "Faire venir le public aux essais gratuits du Tour Ardéa 2027 (13 mars – 25 avril 2027) et pousser le Trek et son offre antivol chez les revendeurs, sur un ton enthousiaste et concret.",
    "posts": [
        {"id": "ardea-cycles-01", "network": "instagram",
         "post": "🚲⚡ C'est parti pour le #TourArdea2027 ! Premier rendez-vous ce samedi 13/03 à Lyon, place Bellecour, de 10h à 18h. Urba, Trek ou Cargo : 30 min d'essai gratuit sur le modèle de votre choix 😍 Réservez votre créneau sur ardea-cycles.fr/tour 👉 Vous venez avec qui ?",
         "labels": []},
        {"id": "ardea-cycles-02", "network": "facebook",
         "post": "Six villes, sept week-ends, zéro excuse 😄 Du 13 mars au 25 avril, le Tour Ardéa s'arrête à Lyon, Grenoble, Dijon, Strasbourg, Lille et Nantes pour vous faire essayer gratuitement toute la gamme 2027. Une demi-heure en selle suffit pour comprendre pourquoi on aime tant l'assistance électrique ⚡ Inscriptions : https://www.ardea-cycles.fr/tour #TourArdea2027 #VeloElectrique",
         "labels": []},
        {"id": "ardea-cycles-03", "network": "instagram",
         "post": "🔒 Bon plan Trek : jusqu'au 30 avril, un antivol en U d'une valeur de 99 € vous est offert pour l'achat d'un Trek chez un revendeur agréé. Cadre garanti 7 ans, batterie 3 ans, et révision offerte la première année 😉 #TourArdea2027",
         "labels": [("contradicted", "99 €"),
                    ("unsupported", "révision offerte la première année")]},
        {"id": "ardea-cycles-04", "network": "linkedin",
         "post": "Fondée en 2012 à Saint-Étienne par Camille Berthier et Yanis Haddad, Ardéa Cycles fête cette année ses quinze ans. En 2026, plus de 11 000 vélos sont sortis de notre atelier stéphanois, vendus par un réseau de 160 revendeurs agréés en France et en Belgique. En 2027, nous partons à la rencontre des cyclistes : le Tour Ardéa, c'est 6 villes et plus de six semaines d'essais gratuits, du 13 mars au 25 avril. Merci à nos équipes et à notre réseau 🙏 #TourArdea2027",
         "labels": []},
        {"id": "ardea-cycles-05", "network": "facebook",
         "post": "📍 Lyon, c'est vous qui ouvrez le bal ! Rendez-vous dimanche 13 mars place des Terreaux, de 10h à 19h, pour essayer gratuitement l'Urba, le Trek et le Cargo. Pensez à réserver votre essai de 30 minutes sur ardea-cycles.fr/tour ! #TourArdea2027",
         "labels": [("contradicted", "dimanche 13 mars"),
                    ("contradicted", "place des Terreaux"), ("contradicted", "19h")]},
        {"id": "ardea-cycles-06", "network": "x",
         "post": "Trek ou Urba ? 🤔 Le Trek (3 490 €) tient jusqu'à 140 km, l'Urba (2 290 €) jusqu'à 90 km. Soit 50 km d'autonomie en plus pour 1 200 € d'écart. À vous de juger au #TourArdea2027 👉 ardea-cycles.fr/tour",
         "labels": []},
        {"id": "ardea-cycles-07", "network": "linkedin",
         "post": "Ardéa Cycles, n°1 français du vélo à assistance électrique, a produit plus de 12 000 vélos en 2026 dans son atelier de Saint-Étienne. Sous l'impulsion de sa présidente Camille Berthier, la marque part cette année à la rencontre de ses clients avec le Tour Ardéa, du 13 mars au 25 avril. #TourArdea2027",
         "labels": [("unsupported", "n°1 français du vélo à assistance électrique"),
                    ("contradicted", "plus de 12 000")]},
        {"id": "ardea-cycles-08", "network": "tiktok",
         "post": "POV : tu roules sur le Vélo électrique de l'année 2026 (catégorie randonnée, magazine Roue Libre) 🏆 Le Trek, c'est 140 km d'autonomie, et jusqu'au 30/04 l'antivol en U (valeur 89 €) est offert pour l'achat d'un Trek chez un revendeur agréé 🔒 #TourArdea2027 #velotaf",
         "labels": []},
        {"id": "ardea-cycles-09", "network": "x",
         "post": "Le Cargo : 4 190 €, 130 km d'autonomie et de la place pour deux enfants 👶👶 Essai gratuit sans réservation au #TourArdea2027 !",
         "labels": [("contradicted", "130 km"),
                    ("unsupported", "de la place pour deux enfants"),
                    ("contradicted", "sans réservation")]},
        {"id": "ardea-cycles-10", "network": "mastodon",
         "post": "Dernière étape du Tour Ardea ce dimanche 25 avril à Nantes, sur le parvis de la gare 🌿 Cadre garanti sept ans, batterie garantie trois ans, et une demi-heure d'essai pour vous faire votre propre avis. Merci à toutes celles et ceux qui roulent avec nous depuis le 13 mars 💚 #TourArdea2027",
         "labels": []},
        {"id": "ardea-cycles-11", "network": "bluesky",
         "post": "Du 13 mars au 25 avril, le Tour Ardéa passe par 8 villes en partenariat avec la SNCF 🚆🚲 Réservez votre essai gratuit de 30 minutes sur ardea-cycles.com/tour",
         "labels": [("contradicted", "8"),
                    ("unsupported", "en partenariat avec la SNCF"),
                    ("contradicted", "ardea-cycles.com/tour")]},
    ],
}

CONSERVATOIRE = {
    "brand": "Conservatoire Henriette-Renié de Montclar",
    "lang": "fr",
    "facts": [
        "Le Conservatoire municipal Henriette-Renié de Montclar a été fondé en 1978.",
        "Il est classé Conservatoire à rayonnement communal (CRC) par le ministère de la Culture.",
        "Le conservatoire accueille 640 élèves, encadrés par 38 enseignants, dans 24 disciplines.",
        "Les inscriptions pour l'année 2027-2028 sont ouvertes du mardi 1er juin au samedi 26 juin 2027, en ligne sur conservatoire.montclar.fr/inscriptions ou à l'accueil.",
        "L'accueil, au 12 rue des Tanneurs, est ouvert du lundi au vendredi de 14h à 18h30 et le samedi de 9h à 12h.",
        "Les droits d'inscription annuels dépendent du quotient familial (QF) : pour les habitants de Montclar, 95 € si le QF est inférieur à 700 €, 185 € si le QF est compris entre 700 et 1 400 €, 290 € si le QF est supérieur à 1 400 € ; 430 € pour les élèves hors commune.",
        "Une réduction de 20 % s'applique à partir du deuxième enfant inscrit d'une même famille.",
        "L'éveil musical accueille les enfants dès 5 ans ; le cursus instrumental commence à 7 ans.",
        "La location d'un instrument coûte 70 € par an.",
        "Les portes ouvertes ont lieu le samedi 29 mai 2027, de 10h à 17h.",
        "Le concert de fin d'année de l'orchestre symphonique des élèves a lieu le vendredi 18 juin 2027 à 20h30, salle Jean-Vilar ; l'entrée est libre.",
        "Le concert des classes de jazz a lieu le jeudi 24 juin 2027 à 19h au kiosque du jardin des Remparts ; l'entrée coûte 5 €, gratuite pour les élèves du conservatoire.",
        "La directrice du conservatoire est Nathalie Keraudren.",
        "Le hashtag officiel est #MontclarEnMusique.",
    ],
    "brief": "Faire connaître les inscriptions 2027-2028 (du 1er au 26 juin 2027) auprès des familles, en rassurant sur des tarifs adaptés aux revenus, et remplir les concerts de fin d'année.",
    "posts": [
        {"id": "conservatoire-montclar-01", "network": "facebook",
         "post": "📝 Inscriptions 2027-2028 : c'est du 1er au 26 juin ! Près de quatre semaines pour choisir parmi nos 24 disciplines 🎶 Inscription en ligne sur https://conservatoire.montclar.fr/inscriptions ou directement à l'accueil, 12 rue des Tanneurs (du lundi au vendredi 14h-18h30, le samedi 9h-12h). #MontclarEnMusique",
         "labels": []},
        {"id": "conservatoire-montclar-02", "network": "instagram",
         "post": "🎷 Les classes de jazz vous donnent rendez-vous jeudi 24 juin à 19h au kiosque du jardin des Remparts, avec en invité spécial le trompettiste Élie Marchand ! Entrée gratuite pour tous, on vous attend 🎺 #MontclarEnMusique",
         "labels": [("unsupported", "avec en invité spécial le trompettiste Élie Marchand"),
                    ("contradicted", "Entrée gratuite pour tous")]},
        {"id": "conservatoire-montclar-03", "network": "instagram",
         "post": "La musique, quel que soit votre budget 🎶 Chez nous, les droits d'inscription suivent le quotient familial : de 95 € à 290 € par an pour les Montclarais, 430 € hors commune. Et à partir du 2e enfant, -20 % : pour une famille au QF entre 700 et 1 400 €, le deuxième enfant revient à 148 € au lieu de 185 € 👨‍👩‍👧 Inscriptions du 1er au 26 juin sur conservatoire.montclar.fr/inscriptions #MontclarEnMusique",
         "labels": []},
        {"id": "conservatoire-montclar-04", "network": "facebook",
         "post": "💶 Nos tarifs, selon votre quotient familial (habitants de Montclar) :\n• QF inférieur à 700 € : 95 €/an\n• QF de 700 à 1 400 € : 195 €/an\n• QF supérieur à 1 400 € : 290 €/an\nLocation d'instrument : 70 €/an, partitions fournies 🎼 #MontclarEnMusique",
         "labels": [("contradicted", "195 €"), ("unsupported", "partitions fournies")]},
        {"id": "conservatoire-montclar-05", "network": "x",
         "post": "Ven. 18/06, 20h30, salle Jean-Vilar 🎻 L'orchestre symphonique des élèves joue son concert de fin d'année. Entrée libre, venez nombreux ! #MontclarEnMusique",
         "labels": []},
        {"id": "conservatoire-montclar-06", "network": "x",
         "post": "⏳ Inscriptions 2027-2028 ouvertes jusqu'au 3 juillet, en ligne ou à l'accueil du conservatoire, du lundi au vendredi de 14h à 19h. #MontclarEnMusique",
         "labels": [("contradicted", "3 juillet"), ("contradicted", "19h")]},
        {"id": "conservatoire-montclar-07", "network": "tiktok",
         "post": "POV : tu rejoins le meilleur conservatoire de la région 🎻😍 640 élèves, 42 profs, 24 disciplines… et l'éveil musical dès 5 ans ! Inscriptions du 1er au 26 juin 👉 lien en bio #MontclarEnMusique #musique",
         "labels": [("unsupported", "le meilleur conservatoire de la région"),
                    ("contradicted", "42")]},
        {"id": "conservatoire-montclar-08", "network": "linkedin",
         "post": "Près de 50 ans d'enseignement musical à Montclar 🎼 Fondé en 1978 et classé Conservatoire à rayonnement communal par le ministère de la Culture, le Conservatoire Henriette Renié accueille aujourd'hui 640 élèves, accompagnés par 38 enseignants. Les inscriptions pour l'année 2027-2028 ouvrent le mardi 1er juin. — Nathalie KERAUDREN, directrice",
         "labels": []},
        {"id": "conservatoire-montclar-09", "network": "facebook",
         "post": "Le Conservatoire Henriette-Renié, classé Conservatoire à rayonnement départemental, ouvre ses inscriptions le 1er juin. Sa directrice, Nathalie Kerautret, invite les familles aux portes ouvertes du samedi 29 mai. #MontclarEnMusique",
         "labels": [("contradicted", "départemental"), ("contradicted", "Nathalie Kerautret")]},
        {"id": "conservatoire-montclar-10", "network": "mastodon",
         "post": "Portes ouvertes ce samedi 29 mai, de 10 h à 17 h 🎺 L'occasion de découvrir le conservatoire et de poser toutes vos questions avant les inscriptions (du 1er au 26/06). Éveil musical dès cinq ans, cursus instrumental dès sept ans. #MontclarEnMusique",
         "labels": []},
        {"id": "conservatoire-montclar-11", "network": "bluesky",
         "post": "🎶 Concert de fin d'année de l'orchestre des élèves : samedi 18 juin, 20h30, salle Jean-Vilar, entrée libre. Et côté inscriptions, bonne nouvelle pour les familles : -30 % dès le deuxième enfant ! #MontclarEnMusique",
         "labels": [("contradicted", "samedi 18 juin"), ("contradicted", "-30 %")]},
    ],
}

LARKSPUR = {
    "brand": "Larkspur & Pine Coffee Roasters",
    "lang": "en",
    "facts": [
        "Larkspur & Pine Coffee Roasters is a specialty coffee roaster founded in 2013 in Bend, Oregon, by Maya Okafor and Dan Reyes.",
        "Maya Okafor is the CEO; Dan Reyes is the head roaster.",
        "The Roaster's Loop subscription delivers a 12 oz bag for $18 or a 2 lb bag for $42, every 2 or 4 weeks; subscribers can pause or cancel anytime.",
        "Shipping is free on all subscriptions; one-time orders ship free over $45, otherwise for a flat $6.95 within the US.",
        "Coffee is roasted on Mondays and Thursdays and ships within 48 hours of roasting.",
        "Gift subscriptions (one 12 oz bag per month) cost $54 for 3 months, $102 for 6 months and $192 for 12 months.",
        "From Monday, November 1 to Friday, December 31, 2027, new subscribers get 25% off their first delivery with the code LOOP25.",
        "To arrive before Christmas in the contiguous US, orders must be placed by Wednesday, December 15, 2027.",
        "Larkspur & Pine buys green coffee directly from 14 farms in 6 countries.",
        "Its Finca La Esperanza (Huila, Colombia) single origin won a gold medal in the filter category at the 2026 Pacific Northwest Roasters Cup.",
        "The tasting room at 415 NW Franklin Ave, Bend, is open daily from 7 am to 3 pm.",
        "Subscriptions are sold at larkspurpine.com/loop.",
        "The official hashtag is #RoastersLoop.",
    ],
    "brief": "Grow Roaster's Loop subscriptions over the 2027 holiday season (November 1 – December 31, 2027), pushing the LOOP25 code and gift subscriptions, in a warm, craft-focused voice.",
    "posts": [
        {"id": "larkspur-pine-01", "network": "instagram",
         "post": "☕🎁 Holiday mode: ON. New to the Roaster's Loop? Code LOOP25 takes 25% off your first delivery, so your first 12 oz bag is just $13.50 instead of $18. Good through Dec 31, and you can pause or cancel anytime 👉 larkspurpine.com/loop #RoastersLoop #coffeelover",
         "labels": []},
        {"id": "larkspur-pine-02", "network": "instagram",
         "post": "Psst… code LOOP25 gets new subscribers 30% off their first Roaster's Loop delivery 🎉 Ends December 31. And every gift subscription comes with a free ceramic mug ☕ #RoastersLoop",
         "labels": [("contradicted", "30%"),
                    ("unsupported", "comes with a free ceramic mug")]},
        {"id": "larkspur-pine-03", "network": "facebook",
         "post": "Still hunting for a gift for the coffee nerd in your life? 🎄 A Roaster's Loop gift subscription sends one 12 oz bag a month: $54 for 3 months, $102 for 6, or $192 for the full year (that works out to $16 a bag). Shipping is free on every subscription 🚚 Order by Wednesday 12/15 so it arrives before Christmas anywhere in the contiguous US.",
         "labels": []},
        {"id": "larkspur-pine-04", "network": "facebook",
         "post": "🎄 Holiday shipping deadlines! Order by December 17 for delivery before Christmas in the contiguous US. One-time orders ship free over $35 (otherwise a flat $6.95), and subscriptions always ship free.",
         "labels": [("contradicted", "December 17"), ("contradicted", "$35")]},
        {"id": "larkspur-pine-05", "network": "x",
         "post": "Mark your calendars 🗓️ Our holiday offer kicks off Monday, Nov 2: 25% off your first Roaster's Loop delivery with LOOP25. Fresh beans, roasted every Tuesday and Friday. #RoastersLoop",
         "labels": [("contradicted", "Monday, Nov 2"), ("contradicted", "Tuesday and Friday")]},
        {"id": "larkspur-pine-06", "network": "linkedin",
         "post": "Fourteen years ago, Maya Okafor and Dan Reyes founded Larkspur & Pine in Bend, Oregon. Today we buy green coffee directly from 14 farms in six countries, and our Finca La Esperanza (Huila, Colombia) took gold in the filter category at the 2026 Pacific Northwest Roasters Cup 🏅 Grateful to every farmer and every subscriber who made that possible. #RoastersLoop",
         "labels": []},
        {"id": "larkspur-pine-07", "network": "bluesky",
         "post": "Larkspur & Pine was named Roaster of the Year at the 2026 Pacific Northwest Roasters Cup 🏆 Under CEO Dan Reyes, we now buy directly from 14 farms in 6 countries. #RoastersLoop",
         "labels": [("unsupported", "named Roaster of the Year"), ("contradicted", "Dan Reyes")]},
        {"id": "larkspur-pine-08", "network": "x",
         "post": "Fresh > everything. We roast on Mondays and Thursdays, and your bag ships within two days of roasting ☕🔥 Subscribe: https://www.larkspurpine.com/loop",
         "labels": []},
        {"id": "larkspur-pine-09", "network": "tiktok",
         "post": "POV: the best coffee in Oregon shows up at your door every 2 weeks ☕ 12 oz for $18, shipping included, sourced from 16 farms in 6 countries #RoastersLoop #coffeetok",
         "labels": [("unsupported", "the best coffee in Oregon"), ("contradicted", "16")]},
        {"id": "larkspur-pine-10", "network": "mastodon",
         "post": "Local to Bend? The tasting room at 415 NW Franklin Avenue is open every day, 7 a.m. to 3 p.m. ☕ Not local? A two-pound Roaster's Loop bag is $42 (about $1.31 an ounce), delivered every 2 or 4 weeks, and it ships free. #RoastersLoop",
         "labels": []},
        {"id": "larkspur-pine-11", "network": "bluesky",
         "post": "Gift a whole year of great coffee for $180 💝 That's 12 bags, one a month. Details: larkspurpine.com/gift #RoastersLoop",
         "labels": [("contradicted", "$180"), ("contradicted", "larkspurpine.com/gift")]},
    ],
}

HARROWFIELD = {
    "brand": "Harrowfield District Council",
    "lang": "en",
    "facts": [
        "Harrowfield District Council's Sort It Right recycling campaign runs from Monday 1 March to Friday 30 April 2027.",
        "From Monday 5 April 2027, food waste is collected every week from a 23-litre green outdoor caddy.",
        "Every household receives a free 23-litre outdoor caddy and a 5-litre kitchen caddy, delivered between 1 and 19 March 2027.",
        "Food waste is collected on the same day as the household's usual bin collection; collection days are listed at harrowfield.gov.uk/bindays.",
        "The blue-lidded bin is for paper and card, the red-lidded bin for plastic bottles, pots, tubs, trays, cans and glass, and the black bin for general waste; each is collected fortnightly.",
        "The brown garden waste bin is an optional subscription costing £52 a year (April 2027 to March 2028).",
        "Food waste can be wrapped in newspaper or compostable liners; plastic bags are not accepted. The council does not supply liners.",
        "Collections on Good Friday, 26 March 2027, and Easter Monday, 29 March 2027, take place as normal.",
        "In 2025/26 the district's recycling rate was 44.8%; the council aims for 55% by 2030.",
        "Fly-tipping carries a fixed penalty of £400, reduced to £250 if paid within 10 days.",
        "A bulky waste collection costs £38 for up to three items.",
        "Mill Lane Household Waste Recycling Centre is open from 8 am to 4 pm every day except Wednesday.",
        "The waste services helpline, 01632 960 418, is open Monday to Friday, 8.30 am to 5 pm.",
        "Cllr Priya Lathwell is the Cabinet Member for Environment.",
        "Campaign information is at harrowfield.gov.uk/foodwaste; the official hashtag is #SortItRight.",
    ],
    "brief": "Get residents ready for weekly food waste collections starting on 5 April 2027 and cut contamination in the red-lidded recycling bin, in plain, friendly language.",
    "posts": [
        {"id": "harrowfield-council-01", "network": "facebook",
         "post": "🥕🍌 Weekly food waste collections start on Monday 5th April! Your free caddies (a 23-litre one for outside and a 5-litre one for the kitchen) will be delivered between 1st and 19th March. Put your outdoor caddy out on your usual bin day: check yours at harrowfield.gov.uk/bindays #SortItRight",
         "labels": []},
        {"id": "harrowfield-council-02", "network": "x",
         "post": "Bank holiday? No change! 🐣 Bins will be collected as normal on Good Friday (26/3) and Easter Monday (29/3). #SortItRight",
         "labels": []},
        {"id": "harrowfield-council-03", "network": "facebook",
         "post": "🌿 Garden waste: the brown bin subscription is £48 a year (April 2027 to March 2028). And don't forget, your new food caddy comes with free compostable liners! #SortItRight",
         "labels": [("contradicted", "£48"), ("contradicted", "free compostable liners")]},
        {"id": "harrowfield-council-04", "network": "instagram",
         "post": "Red lid = plastic bottles, pots, tubs, trays, cans and glass ♻️ Blue lid = paper and card 📦 Black bin = general waste 🗑️ All three are emptied every other week. Small habit, big difference 💚 #SortItRight #RecycleRight",
         "labels": []},
        {"id": "harrowfield-council-05", "network": "x",
         "post": "Reminder: weekly food waste collections begin on 12 April ♻️ Putting the wrong items in your red-lidded bin could mean a £100 fine. #SortItRightHarrowfield",
         "labels": [("contradicted", "12 April"), ("unsupported", "a £100 fine"),
                    ("contradicted", "#SortItRightHarrowfield")]},
        {"id": "harrowfield-council-06", "network": "linkedin",
         "post": "Harrowfield's recycling rate stood at 44.8% in 2025/26. Our target is 55% by 2030, which leaves just over ten percentage points to gain. Help us get there: the Sort It Right campaign runs from 1 March to 30 April 2027, and weekly food waste collections start on Monday 5 April. Cllr Priya Lathwell, Cabinet Member for Environment",
         "labels": []},
        {"id": "harrowfield-council-07", "network": "instagram",
         "post": "New caddy, new habit 🥔 Line it with newspaper or a plastic bag, then pop it out on your bin day. Harrowfield is the top recycling council in the county, so let's keep it that way! #SortItRight",
         "labels": [("contradicted", "a plastic bag"),
                    ("unsupported", "Harrowfield is the top recycling council in the county")]},
        {"id": "harrowfield-council-08", "network": "tiktok",
         "post": "POV: you just found out fly-tipping comes with a £400 fixed penalty 😬 (£250 if you pay within 10 days, still not worth it). Got an old sofa to get rid of? A bulky waste collection is £38 for up to three items. #SortItRight",
         "labels": []},
        {"id": "harrowfield-council-09", "network": "linkedin",
         "post": "Harrowfield's recycling rate reached more than 45% in 2025/26, and with support from WRAP we're aiming for 55% by 2030. Weekly food waste collections start on 5 April 2027. #SortItRight",
         "labels": [("contradicted", "more than 45%"), ("unsupported", "with support from WRAP")]},
        {"id": "harrowfield-council-10", "network": "mastodon",
         "post": "Heading to the tip this weekend? 🚗 Mill Lane Household Waste Recycling Centre is open 8am–4pm every day except Wednesday. Bin questions? Ring 01632 960418 (Mon–Fri, 8:30am–5pm). #SortItRight",
         "labels": []},
        {"id": "harrowfield-council-11", "network": "bluesky",
         "post": "📦 Your new food caddies are on their way! Deliveries run from Monday 1 March to Saturday 19 March. Not received yours? Call 01632 960 481. #SortItRight",
         "labels": [("contradicted", "Saturday 19 March"), ("contradicted", "01632 960 481")]},
    ],
}

if __name__ == "__main__":
    check_calendar()
    here = os.path.dirname(os.path.abspath(__file__))
    build([ARDEA, CONSERVATOIRE, LARKSPUR, HARROWFIELD], os.path.join(here, "blind9.jsonl"))
