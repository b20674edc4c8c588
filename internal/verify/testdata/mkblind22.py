"""Blind labelled set 22 for the Verify engine (sealed).

Written blind: the author read only /work/shared/data/README.md (section "verify/dev.jsonl
conventions"), /work/shared/data/verify/dev.jsonl and testdata/mkblind_common.py. No engine
source, no other testdata set, no docs, no git history of the engine; neither `vigie` nor `go`
was run.

Brands (all fictional), 11 posts each, 44 posts:
  - Marché Frais Lacombe (fr): regional supermarket chain, 38 stores in Occitanie; autumn wine fair,
    "3 pour 2", Lacombe+ loyalty points, Drive pick-up.                       6 clean / 5 flagged
  - Tour du Vercors cyclo (fr): amateur cycling sportive from Villard-de-Lans; three routes,
    fees and deadlines, start times, feeding stations, former pro rider as patron. 6 clean / 5 flagged
  - Skerry Ferries (en): Irish/Scottish ferry operator; summer timetable, crossing times, fares
    in £ and €, new vessel MV Solan, booking rules.                         5 clean / 6 flagged
  - Tallyroo (en): Australian invoicing SaaS; AUD plans, 30-day trial, integrations, webinar,
    uptime, customer count.                                                  5 clean / 6 flagged

Calendar checks (Python datetime, year 2026; re-asserted in check_calendar() below):
  Wed 30 Sep, Sun 11 Oct, Fri 2 Oct (wine fair, tasting); 30 Sep..11 Oct = 12 days inclusive,
  covering exactly two weekends (3-4 and 10-11 Oct).
  Sun 14 Jun (sportive), Wed 10 Jun (registration close), Thu 30 Apr, Fri 1 May.
  Fri 22 May .. Sun 27 Sep (ferry summer timetable) = 129 days = 18.4 weeks ("more than 18 weeks").
  Wed 19 Aug (webinar), Mon 31 Aug (offer end).
  Wrong weekdays used on purpose: "jeudi 2 octobre" (Friday), "jeudi 10 juin" (Wednesday),
  "Thursday 19 August" (Wednesday).

Arithmetic in clean posts:
  Lacombe: 10,50 - 8,40 = 2,10 € saved, 2,10 / 10,50 = 20 %; 420 refs -> "plus de 400";
    "Douze jours"; "deux week-ends"; 18h30 written "18 h 30".
  Vercors: fees +10 € after 1 May: 45->55, 38->48, 25->35; start 7h00 + 4 h 30 = 11h30 cut-off;
    starts 7h00 / 7h45 / 8h30 are 45 min apart; cheapest fee 25 € -> "à partir de 25 €".
  Skerry: half of £38 = £19; 09:15 + 3 h 40 = 12:55; 07:30 + 2 h 15 = 09:45; 96 cars ->
    "nearly 100 cars"; 129 days -> "more than 18 weeks"; 22 May written "May 22nd".
  Tallyroo: Team $39 / 2 = $19.50, x 3 months = $58.50 saved; Solo $15 x 10 months = $150 a year;
    41,300 -> "over 41,000"; 12:30 pm written "12.30pm"; "up to 5 users" -> "five users".
"""
import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mkblind_common import build


def check_calendar():
    wd = lambda y, m, d: datetime.date(y, m, d).strftime("%A")
    assert wd(2026, 9, 30) == "Wednesday"
    assert wd(2026, 10, 11) == "Sunday"
    assert wd(2026, 10, 2) == "Friday"
    assert wd(2026, 10, 3) == "Saturday" and wd(2026, 10, 10) == "Saturday"
    assert (datetime.date(2026, 10, 11) - datetime.date(2026, 9, 30)).days + 1 == 12
    assert wd(2026, 6, 14) == "Sunday"
    assert wd(2026, 6, 10) == "Wednesday"
    assert wd(2026, 5, 22) == "Friday"
    assert wd(2026, 9, 27) == "Sunday"
    assert (datetime.date(2026, 9, 27) - datetime.date(2026, 5, 22)).days + 1 == 129
    assert wd(2026, 8, 19) == "Wednesday"
    assert round(10.50 - 8.40, 2) == 2.10 and round(2.10 / 10.50, 4) == 0.2
    assert 39 / 2 == 19.5 and 19.5 * 3 == 58.5 and 15 * 10 == 150


check_calendar()

# ---------------------------------------------------------------- Marché Frais Lacombe (fr)
LACOMBE = {
    "brand": "Marché Frais Lacombe",
    "lang": "fr",
    "facts": [
        "Marché Frais Lacombe est une enseigne régionale de supermarchés fondée en 1978 à Albi par Raymond Lacombe.",
        "Le réseau compte 38 magasins, tous situés en Occitanie, et emploie 2 140 salariés.",
        "La Foire aux vins d'automne 2026 a lieu du mercredi 30 septembre au dimanche 11 octobre 2026 dans les 38 magasins.",
        "La sélection de la Foire aux vins compte 420 références, dont 65 vins bio.",
        "Offre « 3 pour 2 » : pour 3 bouteilles de 75 cl de la gamme « Coup de cœur Lacombe » achetées, la moins chère est offerte. L'offre est limitée à 4 lots par passage en caisse.",
        "Le Château Labarthe-Vieille 2022 (AOP Gaillac rouge) est vendu 8,40 € la bouteille au lieu de 10,50 € pendant la Foire aux vins.",
        "Avec la carte de fidélité Lacombe+, chaque euro dépensé rapporte 1 point ; 200 points donnent droit à un bon d'achat de 10 €.",
        "Pendant la Foire aux vins, les points Lacombe+ sont doublés sur le rayon vins, dès 30 € d'achats de vin.",
        "Une soirée de dégustation gratuite, animée par la sommelière Camille Roustan, a lieu le vendredi 2 octobre 2026 de 18h30 à 21h au magasin d'Albi-Lapanouse (12 route de Castres, Albi), sur inscription, dans la limite de 60 places.",
        "Le Drive est proposé dans 31 des 38 magasins, avec retrait des commandes du lundi au samedi de 8h30 à 19h30.",
        "Les commandes Drive sont sans frais dès 50 € d'achats ; en dessous, des frais de préparation de 2,90 € s'appliquent.",
        "Les magasins sont ouverts du lundi au samedi de 8h30 à 20h, et le dimanche de 9h à 12h30.",
        "En 2025, la Foire aux vins Lacombe a été élue « Meilleure foire aux vins d'Occitanie » par les lecteurs du magazine Vins du Sud.",
        "Le site de l'enseigne est marchefrais-lacombe.fr et le hashtag de la foire est #FoireLacombe2026.",
    ],
    "brief": "Faire connaître la Foire aux vins d'automne 2026 (du 30 septembre au 11 octobre) et mettre en avant la carte Lacombe+ et le Drive, sur un ton convivial et proche de la région.",
    "posts": [
        {"id": "marche-lacombe-01", "network": "instagram",
         "post": "🍷 C'est parti pour notre Foire aux vins d'automne ! Du 30/09 au 11/10, 420 références vous attendent dans nos 38 magasins, dont 65 vins bio 🌿 Douze jours pour remplir la cave, on vous attend ! #FoireLacombe2026 #vin #Occitanie",
         "labels": []},
        {"id": "marche-lacombe-02", "network": "facebook",
         "post": "Bonne nouvelle pour les amateurs de Gaillac 🍇 Le Château Labarthe-Vieille 2022 passe à 8,40 € au lieu de 11,50 € pendant toute la foire ! Et sur la gamme « Coup de cœur Lacombe », c'est 3 pour 2, sans limite de quantité 😍 #FoireLacombe2026",
         "labels": [("contradicted", "11,50 €"), ("contradicted", "sans limite de quantité")]},
        {"id": "marche-lacombe-03", "network": "x",
         "post": "Le Château Labarthe-Vieille 2022, AOP Gaillac rouge, à 8,40 € au lieu de 10,50 € : 2,10 € d'économie par bouteille, soit -20 % 🍷 Jusqu'au dimanche 11 octobre dans nos magasins. #FoireLacombe2026",
         "labels": []},
        {"id": "marche-lacombe-04", "network": "linkedin",
         "post": "Depuis 1978, année où Raymond Lacombe a fondé l'enseigne à Albi, Marché Frais Lacombe a bien grandi : 38 magasins en Occitanie et plus de 2 500 collaborateurs. Notre Foire aux vins, élue « Meilleure foire aux vins de France » en 2025, revient le 30 septembre. Fiers de nos équipes ! #FoireLacombe2026",
         "labels": [("contradicted", "plus de 2 500"), ("contradicted", "Meilleure foire aux vins de France")]},
        {"id": "marche-lacombe-05", "network": "instagram",
         "post": "💳 Pendant la foire, vos points Lacombe+ sont doublés sur le rayon vins dès 30 € d'achats de vin. Rappel : 1 € dépensé = 1 point, et 200 points = un bon d'achat de 10 € 🎁 Pensez à présenter votre carte en caisse ! #FoireLacombe2026",
         "labels": []},
        {"id": "marche-lacombe-06", "network": "facebook",
         "post": "🥂 Soirée dégustation gratuite le jeudi 2 octobre de 18h30 à 21h au magasin d'Albi-Lapanouse (12 route de Castres), animée par notre sommelière Camille Roustan et par Pierre Cabrol, vigneron du Château Labarthe-Vieille. Places limitées, inscription obligatoire !",
         "labels": [("contradicted", "jeudi 2 octobre"), ("unsupported", "Pierre Cabrol, vigneron du Château Labarthe-Vieille")]},
        {"id": "marche-lacombe-07", "network": "x",
         "post": "🚗 Pas le temps de flâner dans les rayons ? Le Drive vous attend dans 31 de nos 38 magasins, retrait du lundi au samedi de 8h30 à 19h30. Et c'est sans frais dès 50 € d'achats ! Toutes les infos sur marchefrais-lacombe.fr",
         "labels": []},
        {"id": "marche-lacombe-08", "network": "tiktok",
         "post": "POV : tu découvres le meilleur rapport qualité-prix de tout le Sud-Ouest 🍷😍 3 pour 2 sur la gamme Coup de cœur Lacombe, et livraison à domicile offerte pendant toute la foire ! #FoireLacombe2026 #vin",
         "labels": [("unsupported", "le meilleur rapport qualité-prix de tout le Sud-Ouest"),
                    ("unsupported", "livraison à domicile offerte")]},
        {"id": "marche-lacombe-09", "network": "newsletter",
         "post": "Chers clients, la Foire aux vins d'automne revient du mercredi 30 septembre au dimanche 11 octobre ! 🍇 Au programme dans vos 38 magasins : 420 références dont 65 bio, l'offre 3 pour 2 sur la gamme « Coup de cœur Lacombe » (la moins chère des trois bouteilles offerte, dans la limite de 4 lots par passage en caisse) et le Château Labarthe-Vieille 2022 à 8,40 € au lieu de 10,50 €. Vendredi 2 octobre, rendez-vous à Albi-Lapanouse pour une dégustation gratuite avec notre sommelière Camille Roustan, de 18 h 30 à 21 h, sur inscription. Deux week-ends pour faire le plein : à très vite ! #FoireLacombe2026",
         "labels": []},
        {"id": "marche-lacombe-10", "network": "facebook",
         "post": "Nos magasins vous accueillent du lundi au samedi de 8h30 à 20h et le dimanche de 9h à 13h 🛒 Et pendant la foire, le Drive est sans frais, sans minimum d'achat ! Infos sur marchefrais-lacombe.com #FoireLacombe2026",
         "labels": [("contradicted", "13h"), ("contradicted", "sans minimum d'achat"),
                    ("contradicted", "marchefrais-lacombe.com")]},
        {"id": "marche-lacombe-11", "network": "instagram",
         "post": "Élue « Meilleure foire aux vins d'Occitanie » en 2025 par les lecteurs de Vins du Sud 🏆 Merci à vous ! Cette année, on remet ça dans nos 38 magasins avec plus de 400 références, dont 65 vins bio 🌿 #FoireLacombe2026 #vinsdoccitanie",
         "labels": []},
    ],
}

# ---------------------------------------------------------------- Tour du Vercors cyclo (fr)
VERCORS = {
    "brand": "Tour du Vercors cyclo",
    "lang": "fr",
    "facts": [
        "La 12e édition du Tour du Vercors cyclo a lieu le dimanche 14 juin 2026, au départ et à l'arrivée de Villard-de-Lans (Isère).",
        "Trois parcours sont proposés : la Grande Boucle (168 km, 3 250 m de dénivelé positif), la Moyenne (112 km, 2 050 m D+) et la Découverte (64 km, 1 120 m D+).",
        "Départs place de la Libération à Villard-de-Lans : 7h00 pour la Grande Boucle, 7h45 pour la Moyenne, 8h30 pour la Découverte.",
        "Tarifs jusqu'au 30 avril 2026 : 45 € pour la Grande Boucle, 38 € pour la Moyenne, 25 € pour la Découverte.",
        "À partir du 1er mai 2026, chaque tarif augmente de 10 €.",
        "Les inscriptions ferment le mercredi 10 juin 2026 à minuit. Aucune inscription n'est possible sur place.",
        "Le nombre de participants est limité à 2 400 cyclistes, tous parcours confondus.",
        "Ravitaillements : 4 sur la Grande Boucle, 3 sur la Moyenne et 2 sur la Découverte. Un repas d'après-course est offert à tous les inscrits.",
        "Le parrain de l'édition 2026 est Julien Vallory, ancien coureur professionnel (2004-2016), vainqueur d'une étape du Critérium du Dauphiné en 2011.",
        "La Grande Boucle franchit le col de la Machine, le col de Carri et le col de la Chau.",
        "Barrière horaire : les coureurs de la Grande Boucle doivent passer à Saint-Jean-en-Royans avant 11h30, sinon ils sont redirigés vers le parcours de la Moyenne.",
        "Le port du casque est obligatoire et le chronométrage par puce est inclus dans l'inscription.",
        "Les 500 premiers inscrits reçoivent le maillot officiel de l'épreuve.",
        "Inscriptions sur tourduvercors-cyclo.fr ; contact : contact@tourduvercors-cyclo.fr ; hashtag officiel : #TDVcyclo2026.",
    ],
    "brief": "Booster les inscriptions au Tour du Vercors cyclo du dimanche 14 juin 2026, en particulier avant la hausse des tarifs du 1er mai, et présenter les trois parcours et le parrain de l'édition.",
    "posts": [
        {"id": "tour-vercors-01", "network": "instagram",
         "post": "🚴‍♀️ Le Tour du Vercors cyclo revient pour sa 12e édition le dimanche 14 juin ! Trois parcours au choix : 168, 112 ou 64 km au départ de Villard-de-Lans. Inscris-toi jusqu'au 30 avril pour profiter des tarifs à partir de 25 € 👉 tourduvercors-cyclo.fr #TDVcyclo2026 #cyclisme",
         "labels": []},
        {"id": "tour-vercors-02", "network": "facebook",
         "post": "La Grande Boucle, c'est 168 km et 3 520 m de dénivelé positif 😅 Départ à 7h, place de la Libération, avec cinq ravitaillements sur le parcours. Qui relève le défi ? #TDVcyclo2026",
         "labels": [("contradicted", "3 520 m"), ("contradicted", "cinq")]},
        {"id": "tour-vercors-03", "network": "x",
         "post": "Grande Boucle à 45 € jusqu'au 30 avril, puis 55 € à partir du 1er mai ⏳ Même punition pour la Moyenne (38 € → 48 €) et la Découverte (25 € → 35 €). Ne traîne pas ! #TDVcyclo2026",
         "labels": []},
        {"id": "tour-vercors-04", "network": "linkedin",
         "post": "Nous sommes fiers d'annoncer que Julien Vallory, ancien coureur professionnel et vainqueur du Critérium du Dauphiné 2011, sera le parrain de la 12e édition du Tour du Vercors cyclo, le 14 juin 2026 à Villard-de-Lans. Plus de 3 000 cyclistes sont attendus sur la ligne de départ ! #TDVcyclo2026",
         "labels": [("contradicted", "vainqueur du Critérium du Dauphiné 2011"), ("contradicted", "Plus de 3 000")]},
        {"id": "tour-vercors-05", "network": "instagram",
         "post": "🍌 4 ravitos sur la Grande Boucle, 3 sur la Moyenne, 2 sur la Découverte… et à l'arrivée, repas d'après-course offert à tous les inscrits 🍝 Casque obligatoire, chrono par puce inclus 😉 #TDVcyclo2026",
         "labels": []},
        {"id": "tour-vercors-06", "network": "x",
         "post": "⚠️ Dernier rappel : les inscriptions ferment le jeudi 10 juin à minuit ! Inscription possible sur place le jour J pour les retardataires. tourduvercors-cyclo.fr #TDVcyclo2026",
         "labels": [("contradicted", "jeudi 10 juin"), ("contradicted", "Inscription possible sur place le jour J")]},
        {"id": "tour-vercors-07", "network": "facebook",
         "post": "Info pratique pour la Grande Boucle 🕦 Pour rester sur le grand parcours, il faudra passer à Saint-Jean-en-Royans avant 11h30. Sinon, pas de panique : vous serez redirigés vers la Moyenne (112 km). Avec un départ à 7h00, ça laisse 4 h 30 pour rejoindre le point de passage 💪 #TDVcyclo2026",
         "labels": []},
        {"id": "tour-vercors-08", "network": "tiktok",
         "post": "POV : tu attaques le col de la Machine 😍🚴 Cette année, Julien Valory parraine l'édition du 14 juin, et les 500 premiers inscrits reçoivent le maillot officiel et un bidon collector 🎽 #TDVcyclo2026",
         "labels": [("contradicted", "Julien Valory"), ("unsupported", "un bidon collector")]},
        {"id": "tour-vercors-09", "network": "newsletter",
         "post": "Bonjour à toutes et à tous ! Le 14 juin approche 🚴 Rappel des départs place de la Libération à Villard-de-Lans : 7h pour la Grande Boucle (168 km, 3 250 m D+), 7h45 pour la Moyenne (112 km, 2 050 m D+) et 8h30 pour la Découverte (64 km, 1 120 m D+), soit 45 minutes entre chaque vague. La Grande Boucle passe par les cols de la Machine, de Carri et de la Chau. Le peloton est limité à 2 400 cyclistes : inscrivez-vous vite sur tourduvercors-cyclo.fr. Une question ? Écrivez-nous à contact@tourduvercors-cyclo.fr. À très vite sur les routes du Vercors !",
         "labels": []},
        {"id": "tour-vercors-10", "network": "instagram",
         "post": "Découverte = 64 km et 1 120 m de D+, parfait pour une première cyclo 🌿 Inscription à 25 € jusqu'au 31 mai, maillot offert à tous les inscrits et remboursement garanti en cas d'annulation ! #TDVcyclo2026",
         "labels": [("contradicted", "31 mai"), ("contradicted", "maillot offert à tous les inscrits"),
                    ("unsupported", "remboursement garanti en cas d'annulation")]},
        {"id": "tour-vercors-11", "network": "bluesky",
         "post": "Le Vercors, ses cols et 2 400 places seulement 🏔️ Grande Boucle : 168 km. Moyenne : 112 km. Découverte : 64 km. Les tarifs prennent 10 € le 1er mai : c'est le moment de s'inscrire ! #TDVcyclo2026 #vélo",
         "labels": []},
    ],
}

# ---------------------------------------------------------------- Skerry Ferries (en)
SKERRY = {
    "brand": "Skerry Ferries",
    "lang": "en",
    "facts": [
        "Skerry Ferries operates two routes: Ballycastle (Co. Antrim) to Campbeltown (Kintyre), and Greencastle (Co. Donegal) to Port Ellen (Islay).",
        "The 2026 summer timetable runs from Friday 22 May to Sunday 27 September 2026.",
        "Ballycastle–Campbeltown: crossing time 2 h 15, up to 4 sailings a day in each direction; the first departure from Ballycastle is at 07:30.",
        "Greencastle–Port Ellen sails on Tuesdays, Thursdays and Saturdays, departing Greencastle at 09:15; crossing time 3 h 40.",
        "Ballycastle–Campbeltown single fares: £38 per foot passenger, £129 for a car with up to 2 passengers.",
        "Greencastle–Port Ellen single fares: €45 per foot passenger, €165 for a car with driver.",
        "Children under 5 travel free; children aged 5 to 15 pay half the foot-passenger fare.",
        "A return journey booked at the same time as the outward journey gets 10% off the combined fare.",
        "The new vessel MV Solan enters service on the Ballycastle–Campbeltown route on Friday 22 May 2026. She carries 420 passengers and 96 cars.",
        "MV Solan is a hybrid diesel-electric ship built in 2025 at the Cemre shipyard in Yalova, Turkey.",
        "All bookings must be made online at least 24 hours before departure.",
        "Check-in closes 30 minutes before departure for foot passengers and 45 minutes before departure for vehicles.",
        "Dogs travel free, either in their owner's vehicle or in the pet lounge.",
        "Bookings: skerryferries.com/book. Customer line: +44 28 2076 0400 (Monday to Saturday, 08:00–18:00). Official hashtag: #SailSkerry.",
    ],
    "brief": "Launch the 2026 summer timetable (22 May – 27 September), introduce the new vessel MV Solan on the Ballycastle–Campbeltown route, and push early online booking.",
    "posts": [
        {"id": "skerry-ferries-01", "network": "instagram",
         "post": "⛴️ Summer is calling! Our 2026 summer timetable runs from 22 May to 27 September, and it kicks off in style: MV Solan joins the Ballycastle–Campbeltown route on Friday, May 22nd 🎉 Room for 420 passengers and nearly 100 cars, and just 2h15 across the water. Book at skerryferries.com/book #SailSkerry",
         "labels": []},
        {"id": "skerry-ferries-02", "network": "facebook",
         "post": "Meet MV Solan 👋 Our new hybrid diesel-electric ship carries 450 passengers and 96 cars, and she's the greenest ferry in the British Isles 🌊 Built in Yalova, Turkey, she starts sailing Ballycastle–Campbeltown on 22 May. #SailSkerry",
         "labels": [("contradicted", "450"), ("unsupported", "the greenest ferry in the British Isles")]},
        {"id": "skerry-ferries-03", "network": "x",
         "post": "Foot passenger Ballycastle → Campbeltown: £38. Bringing the kids? Ages 5–15 pay half (£19), and under-5s go free 👶 Family trip to Kintyre, sorted ☀️ #SailSkerry",
         "labels": []},
        {"id": "skerry-ferries-04", "network": "linkedin",
         "post": "Skerry Ferries is proud to welcome MV Solan, built in 2024 at the Cemre shipyard in Turkey. From Friday 22 May, she will serve Ballycastle–Campbeltown, with up to six sailings a day in each direction and a crossing cut to under two hours. #SailSkerry",
         "labels": [("contradicted", "2024"), ("contradicted", "six"), ("contradicted", "under two hours")]},
        {"id": "skerry-ferries-05", "network": "instagram",
         "post": "🥃 Islay, here we come! Greencastle → Port Ellen every Tuesday, Thursday and Saturday, leaving at 9.15am and arriving around 12.55pm after 3 h 40 at sea. Foot passengers €45, car + driver €165. #SailSkerry #Islay",
         "labels": []},
        {"id": "skerry-ferries-06", "network": "x",
         "post": "Heads up, Donegal! Greencastle–Port Ellen sails Tuesdays, Wednesdays and Saturdays this summer, departing 09:15 ⛴️ Book by 6pm the day before at skerryferries.com/book #SailSkerry",
         "labels": [("contradicted", "Wednesdays"), ("contradicted", "by 6pm the day before")]},
        {"id": "skerry-ferries-07", "network": "facebook",
         "post": "Travelling with us this summer? 📝 A few reminders: bookings are made online and at least 24 hours before you sail. Check-in closes 30 minutes before departure for foot passengers and 45 minutes for vehicles. 🐶 Dogs travel free, in your car or in the pet lounge. Questions? Call +44 28 2076 0400, Mon–Sat, 8am–6pm. #SailSkerry",
         "labels": []},
        {"id": "skerry-ferries-08", "network": "tiktok",
         "post": "POV: you're on the deck of MV Solan watching Kintyre come into view 🌊🏴󠁧󠁢󠁳󠁣󠁴󠁿 Free Wi-Fi on board, and kids under 12 sail free all summer! #SailSkerry #Scotland",
         "labels": [("unsupported", "Free Wi-Fi on board"), ("contradicted", "12")]},
        {"id": "skerry-ferries-09", "network": "newsletter",
         "post": "Hello from the harbour! 👋 Our summer timetable is live from Friday 22 May to Sunday 27 September 2026. On Ballycastle–Campbeltown there are up to 4 sailings a day each way, with the first boat leaving Ballycastle at 07:30, so you can be in Campbeltown by 09:45. A car with up to two passengers is £129 single. Heading to Islay instead? Greencastle–Port Ellen sails three times a week (Tue, Thu, Sat) at 09:15. Book your return at the same time and save 10% on the combined fare. That's more than 18 weeks of summer sailing, see you on board! skerryferries.com/book #SailSkerry",
         "labels": []},
        {"id": "skerry-ferries-10", "network": "bluesky",
         "post": "Planning a round trip to Campbeltown? 🔁 Book your return together and get 15% off, and foot passengers pay just £32 each way. No booking fees, ever. skerryferries.com/book #SailSkerry",
         "labels": [("contradicted", "15%"), ("contradicted", "£32"), ("unsupported", "No booking fees, ever")]},
        {"id": "skerry-ferries-11", "network": "mastodon",
         "post": "Need help with a booking? Our team is on +44 28 2076 0400, Monday to Sunday, 8am–6pm ☎️ Or book online at skerryferry.com/book #SailSkerry",
         "labels": [("contradicted", "Monday to Sunday"), ("contradicted", "skerryferry.com/book")]},
    ],
}

# ---------------------------------------------------------------- Tallyroo (en)
TALLYROO = {
    "brand": "Tallyroo",
    "lang": "en",
    "facts": [
        "Tallyroo is an invoicing and payments app for Australian small businesses, founded in 2019 in Brisbane by Priya Natarajan and Sam Whitlock.",
        "Tallyroo had 41,300 paying customers on 1 July 2026.",
        "Plans (AUD per month, GST included): Solo $15 (1 user), Team $39 (up to 5 users), Business $79 (unlimited users).",
        "Paying annually gives 2 months free: you pay for 10 months.",
        "Every plan starts with a 30-day free trial, and no credit card is needed to start it.",
        "New customers who sign up to the Team plan before 31 August 2026 get 50% off their first 3 months.",
        "Tallyroo integrates with Xero, MYOB, Square and Stripe.",
        "Clients can pay invoices by card, PayID or BPAY. Card payments cost 1.75% + 30c per transaction.",
        "Platform uptime over the 12 months to 30 June 2026 was 99.97%.",
        "The free webinar 'Get paid faster' takes place on Wednesday 19 August 2026 at 12:30 pm AEST and lasts 45 minutes. It is hosted by Mia Kovac, Head of Customer Success.",
        "Tallyroo was named Small Business Software of the Year at the 2025 Brisbane Tech Awards.",
        "Support is by live chat, Monday to Friday, 7 am to 7 pm AEST, from an Australian-based team; customer data is hosted in Sydney.",
        "Website: tallyroo.com.au; webinar registration: tallyroo.com.au/webinar; support email: help@tallyroo.com.au.",
        "The official campaign hashtag is #GetPaidFaster.",
    ],
    "brief": "Promote the free 'Get paid faster' webinar of 19 August 2026 and the Team plan half-price offer for new customers, in a friendly Aussie tone.",
    "posts": [
        {"id": "tallyroo-01", "network": "linkedin",
         "post": "Late payments hurt cash flow 💸 Join our free webinar 'Get paid faster' on Wednesday 19 August at 12.30pm AEST: 45 minutes of practical tips from Mia Kovac, our Head of Customer Success. Save your spot 👉 tallyroo.com.au/webinar #GetPaidFaster #smallbusiness",
         "labels": []},
        {"id": "tallyroo-02", "network": "instagram",
         "post": "G'day! 🦘 Tallyroo now has more than 50,000 happy customers across Australia. Try any plan free for 60 days, no credit card needed! #GetPaidFaster",
         "labels": [("contradicted", "more than 50,000"), ("contradicted", "60 days")]},
        {"id": "tallyroo-03", "network": "x",
         "post": "Team plan, half price for 3 months 🙌 New customers who sign up before 31 August pay $19.50/month instead of $39, that's $58.50 saved. For teams of up to five users. #GetPaidFaster",
         "labels": []},
        {"id": "tallyroo-04", "network": "facebook",
         "post": "Tallyroo plugs straight into Xero, MYOB, QuickBooks and Square 🔌 Plus 99.99% uptime over the past year and local support 24/7. #GetPaidFaster",
         "labels": [("unsupported", "QuickBooks"), ("contradicted", "99.99%"), ("contradicted", "24/7")]},
        {"id": "tallyroo-05", "network": "instagram",
         "post": "Pick your plan 👇 Solo $15/mo, Team $39/mo (up to 5 users), Business $79/mo (unlimited users). Prices in AUD, GST included. Pay annually and get 2 months free: Solo works out at $150 a year 🤑 #GetPaidFaster",
         "labels": []},
        {"id": "tallyroo-06", "network": "linkedin",
         "post": "Five years ago, Priya Natarajan and Sam Whitlock founded Tallyroo in Melbourne to help small businesses get paid. Today 41,300 businesses trust us, and we're proud to be Australia's #1 invoicing app. #GetPaidFaster",
         "labels": [("contradicted", "Five years ago"), ("contradicted", "Melbourne"),
                    ("unsupported", "Australia's #1 invoicing app")]},
        {"id": "tallyroo-07", "network": "tiktok",
         "post": "POV: your client pays your invoice by PayID while you're still on the job 😎 Card, PayID or BPAY, all in one app. Start your 30-day free trial, no credit card needed! #GetPaidFaster #smallbiz",
         "labels": []},
        {"id": "tallyroo-08", "network": "x",
         "post": "📅 Free webinar 'Get paid faster' this Thursday 19 August, 12:30 pm AEST, with Mia Kovac. One hour of tips to get your invoices paid on time! tallyroo.com.au/webinar #GetPaidFaster",
         "labels": [("contradicted", "Thursday 19 August"), ("contradicted", "One hour")]},
        {"id": "tallyroo-09", "network": "newsletter",
         "post": "Hi there 👋 Winter's the perfect time to tidy up your invoicing. Here's what's on at Tallyroo: ▸ Our free 45-minute webinar 'Get paid faster' is on Wednesday 19 August at 12:30 pm AEST, hosted by Mia Kovac, our Head of Customer Success. Register at tallyroo.com.au/webinar. ▸ New customers: the Team plan is 50% off for your first 3 months if you sign up before 31 August. ▸ Reliability you can count on: 99.97% uptime over the 12 months to 30 June, with your data hosted in Sydney. Questions? Our Australian-based team is on live chat weekdays from 7 am to 7 pm AEST, or email help@tallyroo.com.au. Cheers, the Tallyroo crew 🦘 #GetPaidFaster",
         "labels": []},
        {"id": "tallyroo-10", "network": "facebook",
         "post": "🏆 Tallyroo was named Small Business Software of the Year at the 2024 Brisbane Tech Awards! Thanks to our 41,300 customers. To celebrate, every new signup gets a free year on the Solo plan! #GetPaidFaster",
         "labels": [("contradicted", "2024"), ("unsupported", "every new signup gets a free year on the Solo plan")]},
        {"id": "tallyroo-11", "network": "bluesky",
         "post": "Card payments on Tallyroo cost 1.5% + 30c per transaction, and PayID and BPAY are always free 💳 Questions? Email support@tallyroo.com.au #GetPaidFaster",
         "labels": [("contradicted", "1.5%"), ("unsupported", "PayID and BPAY are always free"),
                    ("contradicted", "support@tallyroo.com.au")]},
    ],
}

if __name__ == "__main__":
    build([LACOMBE, VERCORS, SKERRY, TALLYROO], os.path.join(HERE, "blind22.jsonl"))
