"""Blind labelled set 13 for Vigie's Verify engine: 4 fictional brands, 11 posts each.

Brands and sectors:
- Smash Comptoir (FR): a burger restaurant group from Nantes opening its 7th restaurant
  in Rennes (hours per address, menu prices, delivery partners, opening offer).
- Hélios Ingénieurs (FR): an engineering school in Toulouse announcing its open days
  (dates, programmes, tuition fees, scholarships, admission figures).
- Wyvern Buses (EN, UK): a Worcestershire bus operator announcing a fare change and two
  new routes (fares in £, frequencies, timetables, dates).
- Cedarvale Public Library (EN, Canada): a public library system (branches, hours,
  programmes, card fees, events).

Written blind: the author read only the labelling conventions of /work/shared/data/README.md,
/work/shared/data/verify/dev.jsonl and mkblind_common.py, never the engine, its other test
sets or their reports.

Calendar checks made with Python's calendar module (and re-asserted by check_calendar() below):
Thu 15 Oct 2026, Sat 31 Oct 2026, Mon 2 Nov 2026 (Smash Comptoir);
Sat 28 Nov 2026, Sat 30 Jan 2027, Wed 10 Feb 2027, Mon 18 Jan 2027, Thu 11 Mar 2027 (Hélios);
Sun 3 Jan 2027, Mon 11 Jan 2027, Fri 26 Feb 2027 (Wyvern Buses);
Sat 16 Jan 2027, Mon 4 Jan 2027, Sun 28 Feb 2027, Thu 11 Feb 2027 (Cedarvale).
Arithmetic used by clean posts: 15-31 Oct = 17 days; 4 Jan-28 Feb 2027 = 56 days = 8 weeks;
X7 departures 05:15..21:15 every 2 h = 9; 7 900 / 2 = 3 950 and 9 400 / 2 = 4 700;
£22.00 - £19.50 = £2.50; 2 x £7.50 - £12.00 = £3.00; 15,90 - 12,90 = 3 €; 2026 - 2017 = 9 years.
Wrong weekdays used in hallucinated posts: Fri 15 Oct 2026, Sun 30 Jan 2027, Tue 11 Jan 2027,
Sun 16 Jan 2027 (all false for the dates named).

Run: python3 mkblind13.py  (writes blind13.jsonl next to this script)
"""
import calendar
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mkblind_common import build  # noqa: E402


def check_calendar():
    expected = {
        (2026, 10, 15): "Thursday", (2026, 10, 31): "Saturday", (2026, 11, 2): "Monday",
        (2026, 11, 28): "Saturday", (2027, 1, 30): "Saturday", (2027, 2, 10): "Wednesday",
        (2027, 1, 18): "Monday", (2027, 3, 11): "Thursday",
        (2027, 1, 3): "Sunday", (2027, 1, 11): "Monday", (2027, 2, 26): "Friday",
        (2027, 1, 16): "Saturday", (2027, 1, 4): "Monday", (2027, 2, 28): "Sunday",
        (2027, 2, 11): "Thursday",
    }
    for (y, m, d), name in expected.items():
        got = calendar.day_name[calendar.weekday(y, m, d)]
        assert got == name, (y, m, d, got, name)
    # The weekdays the hallucinated posts use must really be wrong.
    for (y, m, d), wrong in {(2026, 10, 15): "Friday", (2027, 1, 30): "Sunday",
                             (2027, 1, 11): "Tuesday", (2027, 1, 16): "Sunday"}.items():
        assert calendar.day_name[calendar.weekday(y, m, d)] != wrong, (y, m, d, wrong)
    days = (datetime.date(2027, 2, 28) - datetime.date(2027, 1, 4)).days + 1
    assert days == 56, days
    assert (datetime.date(2026, 10, 31) - datetime.date(2026, 10, 15)).days + 1 == 17
    assert len(range(5 * 60 + 15, 21 * 60 + 15 + 1, 120)) == 9


SMASH = {
    "brand": "Smash Comptoir",
    "lang": "fr",
    "facts": [
        "Smash Comptoir est un groupe de restaurants de burgers fondé en 2017 à Nantes par Camille Le Goff et Yanis Haddad.",
        "Avant l'ouverture de Rennes, le groupe compte 6 restaurants : 4 à Nantes et 2 à Angers.",
        "Le 7e restaurant Smash Comptoir ouvre le jeudi 15 octobre 2026 au 22 rue de Saint-Malo, à Rennes ; il est dirigé par Inès Morvan.",
        "Le restaurant de Rennes est ouvert du mardi au samedi, de 11h45 à 14h30 et de 18h30 à 23h.",
        "Le restaurant du 9 place du Commerce, à Nantes, est ouvert 7 jours sur 7, de 11h30 à minuit.",
        "Le restaurant du 31 rue Lenepveu, à Angers, est ouvert du lundi au samedi, de 11h30 à 22h30, et fermé le dimanche.",
        "Le Smash Classique (double steak smashé, cheddar affiné, oignons caramélisés et sauce maison) coûte 11,50 €.",
        "Le burger végétarien Le Champi (galette de champignons et de lentilles) coûte 10,90 €.",
        "Le menu Smash (un burger au choix, frites fraîches et une boisson) coûte 15,90 €.",
        "Du jeudi 15 au samedi 31 octobre 2026, le menu Smash est à 12,90 € au lieu de 15,90 €, uniquement sur place et uniquement au restaurant de Rennes.",
        "Le jour de l'ouverture, un milkshake est offert aux 150 premiers clients du restaurant de Rennes.",
        "Les restaurants de Nantes et d'Angers livrent via Uber Eats et Deliveroo ; le restaurant de Rennes livrera uniquement via Uber Eats, à partir du lundi 2 novembre 2026.",
        "Les steaks sont faits de bœuf charolais né et élevé en France, haché chaque matin dans chaque restaurant.",
        "Le Smash Classique a été classé 3e au Championnat de France du burger 2025.",
        "Le hashtag officiel de l'ouverture est #SmashRennes et le site du groupe est smashcomptoir.fr.",
    ],
    "brief": "Annoncer l'ouverture du restaurant de Rennes le 15 octobre 2026 et faire connaître l'offre d'ouverture sur le menu Smash, sur un ton fun et décontracté.",
    "posts": [
        {"id": "smash-comptoir-01", "network": "instagram",
         "post": "🍔 Rennes, c'est officiel : on débarque ! Jeudi 15/10, Smash Comptoir ouvre son septième resto au 22 rue de Saint-Malo. Les 150 premiers repartent avec un milkshake offert 🥤 Qui sera dans la file d'attente ? 🙋 #SmashRennes #burger #Rennes",
         "labels": []},
        {"id": "smash-comptoir-02", "network": "facebook",
         "post": "Bienvenue à Rennes ! 🎉 Pour fêter l'ouverture, le menu Smash (burger au choix + frites fraîches + boisson) passe à 12,90 € au lieu de 15,90 €, soit 3 € d'économie. C'est valable du 15 au 31 octobre, 17 jours pour en profiter, uniquement sur place dans notre resto du 22 rue de Saint-Malo. Toutes les infos sur https://www.smashcomptoir.fr #SmashRennes",
         "labels": []},
        {"id": "smash-comptoir-03", "network": "x",
         "post": "Plus que quelques jours avant l'ouverture de Smash Comptoir Rennes ! 🔥 Rendez-vous ce vendredi 15 octobre au 22 rue de Saint-Malo : un milkshake offert aux 200 premiers clients 🥤 #SmashRennes",
         "labels": [("contradicted", "vendredi 15 octobre"), ("contradicted", "200")]},
        {"id": "smash-comptoir-04", "network": "linkedin",
         "post": "Neuf ans après sa création à Nantes par Camille Le Goff et Yanis Haddad, Smash Comptoir franchit une nouvelle étape : après quatre restaurants nantais et deux à Angers, le groupe ouvre le 15 octobre 2026 sa 7e adresse, à Rennes, dirigée par Ines Morvan. Au menu, notre Smash Classique, 3e du Championnat de France du burger 2025, et un bœuf charolais né et élevé en France, haché chaque matin sur place. Fiers de cette aventure 🙏 #SmashRennes",
         "labels": []},
        {"id": "smash-comptoir-05", "network": "facebook",
         "post": "🍟 Bonne nouvelle : le menu Smash est à 12,90 € au lieu de 15,90 € dans tous nos restaurants jusqu'au 31 octobre, sur place ou en livraison ! Un burger au choix, des frites fraîches et une boisson, que demander de plus ? smashcomptoir.fr",
         "labels": [("contradicted", "tous nos restaurants"), ("contradicted", "ou en livraison")]},
        {"id": "smash-comptoir-06", "network": "x",
         "post": "⏰ Horaires du Smash Comptoir de Rennes (22 rue de Saint-Malo) : du mardi au samedi, 11h45-14h30 et 18h30-23h. Fermé le dimanche et le lundi. On vous garde une place 😉 #SmashRennes",
         "labels": []},
        {"id": "smash-comptoir-07", "network": "instagram",
         "post": "Le Smash Classique, c'est LE burger le plus généreux de l'Ouest 🤤 Double steak smashé, cheddar affiné, oignons caramélisés, sauce maison… classé 2e au Championnat de France du burger 2025 🏆 Et tout ça pour 11,50 €. #SmashRennes #smashburger",
         "labels": [("unsupported", "LE burger le plus généreux de l'Ouest"), ("contradicted", "2e")]},
        {"id": "smash-comptoir-08", "network": "tiktok",
         "post": "Team veggie, on ne vous oublie pas 🌱 Le Champi, galette champignons-lentilles, c'est 10,90 €. Team viande : Smash Classique à 11,50 €, avec du charolais haché le matin même 🔥 Vous êtes plutôt lequel ? 👇 #SmashRennes #burgertime",
         "labels": []},
        {"id": "smash-comptoir-09", "network": "linkedin",
         "post": "Smash Comptoir ouvre son 7e restaurant, à Rennes. Il sera dirigé par Yanis Haddad, cofondateur du groupe. Depuis 2017, plus de 500 000 burgers sont sortis de nos cuisines : une belle étape pour une entreprise nantaise fondée il y a neuf ans. #SmashRennes",
         "labels": [("contradicted", "Yanis Haddad"), ("unsupported", "plus de 500 000 burgers")]},
        {"id": "smash-comptoir-10", "network": "bluesky",
         "post": "Petit rappel des horaires 📍 Angers, rue Lenepveu : 7j/7 de 11h30 à 22h30. 📍 Nantes, place du Commerce : tous les jours de 11h30 à minuit. 📍 Rennes, rue de Saint-Malo : du mardi au samedi, 11h45-14h30 et 18h30-23h30. Et à Rennes, Deliveroo et Uber Eats arrivent dès le 2 novembre 🛵",
         "labels": [("contradicted", "7j/7"), ("contradicted", "23h30"), ("contradicted", "Deliveroo")]},
        {"id": "smash-comptoir-11", "network": "mastodon",
         "post": "Nantais et Angevins, pas envie de sortir ce soir ? 🛋️ Nos restos de Nantes et d'Angers vous livrent via Uber Eats et Deliveroo. Rennais, encore un peu de patience : la livraison Uber Eats démarre chez vous le lundi 2 novembre. Et si vous passez place du Commerce à Nantes, on sert jusqu'à minuit, tous les jours 🌙 #burger",
         "labels": []},
    ],
}

HELIOS = {
    "brand": "Hélios Ingénieurs",
    "lang": "fr",
    "facts": [
        "Hélios Ingénieurs est une école d'ingénieurs privée reconnue par l'État, fondée en 1984 à Toulouse et dirigée par Nathalie Esquirol.",
        "Les journées portes ouvertes ont lieu le samedi 28 novembre 2026 et le samedi 30 janvier 2027, de 9h à 17h, sur le campus du 14 avenue du Colonel Roche, à Toulouse.",
        "Une journée portes ouvertes en ligne a lieu le mercredi 10 février 2027, de 14h à 18h.",
        "La formation dure 5 ans : un cycle préparatoire intégré de 2 ans, puis un cycle ingénieur de 3 ans.",
        "Le cycle ingénieur propose 4 majeures : aéronautique, énergie, informatique embarquée et génie civil.",
        "Les frais de scolarité sont de 7 900 € par an en cycle préparatoire et de 9 400 € par an en cycle ingénieur.",
        "Les étudiants boursiers du CROUS bénéficient d'une réduction de 50 % sur les frais de scolarité.",
        "La Fondation Hélios attribue chaque année 40 bourses au mérite de 3 000 € chacune.",
        "Le cycle ingénieur peut se suivre en apprentissage ; les frais de scolarité des apprentis sont alors pris en charge par l'entreprise.",
        "Pour la rentrée 2026, l'école a reçu 6 200 candidatures pour 320 places en première année.",
        "Les candidatures en première année se font sur Parcoursup, du lundi 18 janvier au jeudi 11 mars 2027.",
        "L'école compte 1 850 étudiants, dont 34 % de femmes.",
        "94 % des diplômés de la promotion 2025 ont trouvé un emploi moins de 6 mois après leur diplôme, pour un salaire brut annuel moyen de 41 500 €.",
        "Hélios Ingénieurs est classée 12e des écoles d'ingénieurs post-bac au classement L'Étudiant 2026.",
        "L'inscription aux journées portes ouvertes se fait sur helios-ingenieurs.fr/jpo ; le hashtag officiel est #JPOHelios.",
    ],
    "brief": "Faire venir lycéens et parents aux journées portes ouvertes (28 novembre 2026, 30 janvier 2027, et 10 février 2027 en ligne) et rassurer sur le coût des études grâce aux bourses et à l'apprentissage.",
    "posts": [
        {"id": "helios-ingenieurs-01", "network": "instagram",
         "post": "🎓 Save the date ! Nos portes ouvertes, c'est le samedi 28/11 et le samedi 30/01, de 9h à 17h, au 14 av. du Colonel Roche à Toulouse. Viens découvrir le campus et poser toutes tes questions 🚀 Inscription 👉 helios-ingenieurs.fr/jpo #JPOHelios #orientation #Parcoursup",
         "labels": []},
        {"id": "helios-ingenieurs-02", "network": "facebook",
         "post": "Parents, parlons budget 💶 Chez Hélios Ingénieurs, la scolarité coûte 7 900 € par an en prépa intégrée et 9 400 € par an en cycle ingénieur. Votre enfant est boursier du CROUS ? La facture est divisée par deux : 3 950 € par an en prépa, 4 700 € en cycle ingénieur. En apprentissage, c'est l'entreprise qui paie les frais de scolarité. Et la Fondation Hélios remet chaque année 40 bourses au mérite de 3 000 €. On en parle aux portes ouvertes ? #JPOHelios",
         "labels": []},
        {"id": "helios-ingenieurs-03", "network": "instagram",
         "post": "📅 Deux dates à retenir : samedi 28 novembre et dimanche 30 janvier, de 9h à 18h sur notre campus toulousain ! On t'attend 💙 #JPOHelios",
         "labels": [("contradicted", "dimanche 30 janvier"), ("contradicted", "18h")]},
        {"id": "helios-ingenieurs-04", "network": "linkedin",
         "post": "Plus de 6 000 candidatures pour 320 places en première année à la rentrée 2026 : merci pour votre confiance 🙏 Nos résultats parlent d'eux-mêmes : 94 % de la promo 2025 en poste en moins de six mois, pour un salaire moyen de 41,5 k€ brut annuel. Hélios Ingénieurs, 12e des écoles d'ingénieurs post-bac au classement L'Étudiant 2026, vous ouvre ses portes le 28 novembre et le 30 janvier. #JPOHelios #ingénieur",
         "labels": []},
        {"id": "helios-ingenieurs-05", "network": "facebook",
         "post": "Combien coûte une école d'ingénieurs ? Chez Hélios : 7 900 € par an en prépa intégrée, 8 900 € par an en cycle ingénieur. Les boursiers du CROUS bénéficient d'une réduction de 30 %, et les apprentis n'ont pas de frais de scolarité à payer : c'est l'entreprise qui règle la note. #JPOHelios",
         "labels": [("contradicted", "8 900 €"), ("contradicted", "30 %")]},
        {"id": "helios-ingenieurs-06", "network": "x",
         "post": "Pas dispo pour venir à Toulouse ? 💻 Rejoins notre JPO en ligne le mercredi 10 février 2027, de 14h à 18h : quatre heures pour poser toutes tes questions, depuis ton canapé ! Infos sur https://helios-ingenieurs.fr/jpo #JPOHelios",
         "labels": []},
        {"id": "helios-ingenieurs-07", "network": "linkedin",
         "post": "Pour la rentrée 2026, plus de 6 500 candidatures pour nos 320 places en première année. Et nos diplômés ? 100 % en poste moins de 6 mois après leur diplôme. Une réussite qui doit beaucoup à notre double diplôme avec Polytechnique Montréal. #JPOHelios",
         "labels": [("contradicted", "plus de 6 500"), ("contradicted", "100 %"),
                    ("unsupported", "notre double diplôme avec Polytechnique Montréal")]},
        {"id": "helios-ingenieurs-08", "network": "tiktok",
         "post": "5 ans pour devenir ingé ✈️⚡💻🏗️ 2 ans de prépa intégrée, puis 3 ans de cycle ingénieur avec 4 majeures au choix : aéro, énergie, info embarquée ou génie civil. Tu te vois dans laquelle ? 👇 Candidatures sur Parcoursup jusqu'au 11 mars ! #JPOHelios #ecoledingenieur",
         "labels": []},
        {"id": "helios-ingenieurs-09", "network": "x",
         "post": "JPO en ligne le mercredi 10 février de 14h à 18h 🖥️ avec la directrice Nathalie Esquirol en direct ! Inscris-toi sur helios-ingenieurs.com/jpo #JPOHelios",
         "labels": [("unsupported", "avec la directrice Nathalie Esquirol en direct"),
                    ("contradicted", "helios-ingenieurs.com/jpo")]},
        {"id": "helios-ingenieurs-10", "network": "mastodon",
         "post": "Rappel : les candidatures en première année sont ouvertes sur Parcoursup du 18 janvier au 18 mars 2027. Et pour les meilleurs dossiers, la Fondation Hélios attribue 40 bourses au mérite de 5 000 € 🏅 #JPOHelios",
         "labels": [("contradicted", "18 mars 2027"), ("contradicted", "5 000 €")]},
        {"id": "helios-ingenieurs-11", "network": "bluesky",
         "post": "Fondée en 1984 à Toulouse, Hélios Ingénieurs forme aujourd'hui 1 850 étudiants, dont 40 % de femmes 💪 Classée 1re école d'ingénieurs post-bac d'Occitanie, l'école vous ouvre ses portes le 28 novembre ! #JPOHelios #WomenInSTEM",
         "labels": [("contradicted", "40 %"), ("unsupported", "1re école d'ingénieurs post-bac d'Occitanie")]},
    ],
}

WYVERN = {
    "brand": "Wyvern Buses",
    "lang": "en",
    "facts": [
        "Wyvern Buses is a bus operator founded in 1987 in Worcester, running 38 routes across Worcestershire with a fleet of 112 buses.",
        "From Sunday 3 January 2027, the adult single fare within the Worcester city zone rises from £2.00 to £2.50.",
        "The adult Wyvern Day ticket stays at £5.80.",
        "From Sunday 3 January 2027, the adult Wyvern Week ticket (7 days of unlimited travel) drops from £22.00 to £19.50.",
        "Children under 5 travel free, and passengers aged 5 to 18 pay a flat £1.20 single fare.",
        "Contactless payment is accepted on every bus, and contactless fares are capped at the Wyvern Day price each day.",
        "Two new routes start on Monday 11 January 2027: route 44 and route X7.",
        "Route 44 links Worcester Foregate Street station to Malvern Retail Park every 20 minutes, Monday to Saturday, from 06:40 to 19:20.",
        "Route X7 links Worcester bus station to Birmingham Airport every 2 hours, 7 days a week, with the first departure from Worcester at 05:15 and the last at 21:15; the journey takes 1 hour 15 minutes.",
        "An adult single on route X7 costs £7.50 and an adult return costs £12.00.",
        "The fleet includes 24 electric double-deck buses, introduced in 2025.",
        "Wyvern Buses was named Regional Bus Operator of the Year at the 2025 Midlands Transport Awards.",
        "The managing director of Wyvern Buses is Priya Ashworth.",
        "Passengers can comment on the new routes until Friday 26 February 2027 at wyvernbuses.co.uk/2027, where all new timetables and fares are published.",
        "The official hashtag is #WyvernRoutes27.",
    ],
    "brief": "Announce the fare changes of 3 January 2027 honestly, point passengers to the cheaper Wyvern Week ticket, and promote the two new routes starting 11 January 2027.",
    "posts": [
        {"id": "wyvern-buses-01", "network": "facebook",
         "post": "📢 Fare changes from Sunday 3 January. We won't dress it up: the adult single in the Worcester city zone goes from £2 to £2.50. The good news? Wyvern Week drops from £22 to £19.50, saving you £2.50, and Wyvern Day stays at £5.80. All the details at wyvernbuses.co.uk/2027 #WyvernRoutes27",
         "labels": []},
        {"id": "wyvern-buses-02", "network": "x",
         "post": "New year, new routes 🚌 From Mon 11 Jan: the 44 runs Foregate Street station ↔ Malvern Retail Park every 20 mins, Mon–Sat, and the X7 heads to Birmingham Airport every two hours, seven days a week. #WyvernRoutes27 #Worcester",
         "labels": []},
        {"id": "wyvern-buses-03", "network": "x",
         "post": "Heads up, Worcester 👋 From Sunday 3 January the adult single in the city zone goes up to £2.60, while the Wyvern Day ticket stays at £5.80. And if your bus is more than 20 minutes late, your next journey is on us. Plan ahead at wyvernbuses.co.uk/2027",
         "labels": [("contradicted", "£2.60"),
                    ("unsupported", "if your bus is more than 20 minutes late, your next journey is on us")]},
        {"id": "wyvern-buses-04", "network": "instagram",
         "post": "✈️ Worcester → Birmingham Airport in 1h15, no parking stress. The new X7 leaves Worcester bus station every 2 hours from 05:15 to 21:15 – that's nine departures a day, every day from 11 January. Single £7.50, or return £12 and save £3 on two singles 😉 #WyvernRoutes27 #travel",
         "labels": []},
        {"id": "wyvern-buses-05", "network": "facebook",
         "post": "Route 44 is here from Tuesday 11 January! 🚌 Buses every 15 minutes between Worcester Foregate Street station and Malvern Retail Park, Monday to Saturday, 06:40 to 19:20. Timetables at wyvernbuses.co.uk/2027 #WyvernRoutes27",
         "labels": [("contradicted", "Tuesday 11 January"), ("contradicted", "15 minutes")]},
        {"id": "wyvern-buses-06", "network": "linkedin",
         "post": "Serving Worcestershire since 1987, Wyvern Buses today runs 38 routes with 112 buses, 24 of them electric double-deckers introduced in 2025. Named Regional Bus Operator of the Year at the 2025 Midlands Transport Awards, we're now adding two routes, the 44 and the X7, from 11 January 2027. Proud of our team, led by managing director Priya Ashworth. #WyvernRoutes27 #publictransport",
         "labels": []},
        {"id": "wyvern-buses-07", "network": "instagram",
         "post": "Airport run sorted ✈️ The X7 takes you from Worcester bus station to Birmingham Airport in 1h15, every 2 hours, 7 days a week. Free Wi-Fi and USB charging on every X7 coach, and an adult return is just £11! #WyvernRoutes27",
         "labels": [("unsupported", "Free Wi-Fi and USB charging on every X7 coach"), ("contradicted", "£11")]},
        {"id": "wyvern-buses-08", "network": "bluesky",
         "post": "Travelling with the kids? 👨‍👩‍👧 Under-5s ride free and 5–18s pay a flat £1.20 per single. Paying contactless? You'll never be charged more than £5.80 in a day, as fares are capped at the Wyvern Day price 💳 #WyvernRoutes27",
         "labels": []},
        {"id": "wyvern-buses-09", "network": "linkedin",
         "post": "Proud of our fleet: 36 electric double-deckers now run across Worcestershire, making Wyvern the greenest bus operator in the Midlands 🌱 A big thank-you to managing director Priya Ashcroft and the whole team. #WyvernRoutes27",
         "labels": [("contradicted", "36"), ("unsupported", "the greenest bus operator in the Midlands"),
                    ("contradicted", "Priya Ashcroft")]},
        {"id": "wyvern-buses-10", "network": "tiktok",
         "post": "POV: you just found out kids under 12 ride free on Wyvern 😎 And the weekly ticket is now only £18.50 🤯 #WyvernNewRoutes",
         "labels": [("contradicted", "12"), ("contradicted", "£18.50"), ("contradicted", "#WyvernNewRoutes")]},
        {"id": "wyvern-buses-11", "network": "mastodon",
         "post": "Tried one of our new routes? Tell us what you think by Friday 26 February at https://wyvernbuses.co.uk/2027 💬 Route 44: every 20 min, 6.40am–7.20pm Mon–Sat. X7: every 2 hours, daily. #WyvernRoutes27",
         "labels": []},
    ],
}

CEDARVALE = {
    "brand": "Cedarvale Public Library",
    "lang": "en",
    "facts": [
        "Cedarvale Public Library was founded in 1911; before the Millbrook opening, it operates 9 branches across Cedarvale, Ontario.",
        "The new Millbrook branch, the system's 10th, opens on Saturday, January 16, 2027, at 85 Lakeshore Road.",
        "The Millbrook branch is open Tuesday to Saturday, from 10 a.m. to 6 p.m., and has a makerspace with two 3D printers and a laser cutter.",
        "The Central branch, at 200 Queen Street West, is open Monday to Friday from 9 a.m. to 9 p.m., and Saturday and Sunday from 10 a.m. to 5 p.m.",
        "Library cards are free for Cedarvale residents; non-residents pay $65 a year.",
        "Replacing a lost card costs $3.",
        "Cardholders can borrow up to 50 items at a time, for 3 weeks, and the library has charged no overdue fines since 2022.",
        "The Winter Reading Challenge runs from Monday, January 4 to Sunday, February 28, 2027, and is open to readers of all ages.",
        "Participants who log 10 books during the challenge receive a CPL tote bag, while supplies last.",
        "Author Mira Kapoor gives a talk at the Central branch on Thursday, February 11, 2027, at 7 p.m.; admission is free but registration is required.",
        "Cardholders can borrow Family Museum Passes for 7 museums and galleries in the region.",
        "In 2025, the library recorded 1.4 million visits and lent 2.9 million items.",
        "The CEO of Cedarvale Public Library is Daniel Okafor.",
        "Events and registration are at cedarvalelibrary.ca/events.",
        "The official hashtag is #CPLWinterReads.",
    ],
    "brief": "Promote the Winter Reading Challenge (January 4 to February 28, 2027) and the opening of the Millbrook branch, and remind residents that library cards are free.",
    "posts": [
        {"id": "cedarvale-library-01", "network": "instagram",
         "post": "❄️📚 The Winter Reading Challenge is back! From Jan. 4 to Feb. 28, that's eight weeks of cozy reading, for readers of all ages. Log 10 books and take home a CPL tote bag (while supplies last!) What's first on your list? 👇 #CPLWinterReads #bookstagram",
         "labels": []},
        {"id": "cedarvale-library-02", "network": "facebook",
         "post": "Hello, Millbrook! 👋 Our 10th branch opens Saturday, January 16 at 85 Lakeshore Rd. Come check out the makerspace: two 3D printers and a laser cutter are waiting for your projects 🛠️ Hours: Tuesday to Saturday, 10 a.m. – 6 p.m. See you there! #CPLWinterReads",
         "labels": []},
        {"id": "cedarvale-library-03", "network": "x",
         "post": "📚 Winter Reading Challenge: Jan. 4 to March 31! Read 5 books and get a CPL tote bag. Sign up at cedarvalelibrary.ca/events #CPLWinterReads",
         "labels": [("contradicted", "March 31"), ("contradicted", "5")]},
        {"id": "cedarvale-library-04", "network": "x",
         "post": "Friendly reminder 🪪 If you live in Cedarvale, your library card is FREE. Borrow up to 50 items at a time for three weeks, and no overdue fines since 2022. Lost your card? A new one is just $3. #CPLWinterReads",
         "labels": []},
        {"id": "cedarvale-library-05", "network": "facebook",
         "post": "Big news, Millbrook! 🎉 Your new branch opens Sunday, January 16 at 85 Lakeshore Road, and it'll be open seven days a week, 10 a.m. to 6 p.m. Bring the whole family! #CPLWinterReads",
         "labels": [("contradicted", "Sunday, January 16"), ("contradicted", "seven days a week")]},
        {"id": "cedarvale-library-06", "network": "linkedin",
         "post": "More than a century after its founding in 1911, Cedarvale Public Library keeps growing: 1.4 million visits and nearly 3 million items lent in 2025, and a 10th branch opening in Millbrook on January 16, 2027. Thank you to our staff and to CEO Daniel Okafor for their leadership. #CPLWinterReads #libraries",
         "labels": []},
        {"id": "cedarvale-library-07", "network": "instagram",
         "post": "Non-residents, this one's for you 💳 A Cedarvale Public Library card is just $45 a year, and if you lose it, we'll replace it for free! #CPLWinterReads",
         "labels": [("contradicted", "$45"), ("contradicted", "for free")]},
        {"id": "cedarvale-library-08", "network": "bluesky",
         "post": "An evening with author Mira Kapoor 🖋️ Thursday, Feb. 11, 7 p.m., at the Central branch (200 Queen St. W.). Admission is free, but please register first: https://cedarvalelibrary.ca/events #CPLWinterReads #authortalk",
         "labels": []},
        {"id": "cedarvale-library-09", "network": "tiktok",
         "post": "POV: you're meeting Mira Kapoor at the Millbrook branch on Feb. 11 at 7 p.m. ✨ Signed copies for the first 50 guests! Free entry, register at cedarvalelibrary.ca/events #CPLWinterReads",
         "labels": [("contradicted", "Millbrook"), ("unsupported", "Signed copies for the first 50 guests")]},
        {"id": "cedarvale-library-10", "network": "linkedin",
         "post": "In 2025, Cedarvale Public Library welcomed more than 1.5 million visits and lent 2.9 million items, earning it the title of Ontario Library of the Year. Under CEO Daniel Okafor, we open our 10th branch this January. #CPLWinterReads",
         "labels": [("contradicted", "more than 1.5 million"),
                    ("unsupported", "earning it the title of Ontario Library of the Year")]},
        {"id": "cedarvale-library-11", "network": "mastodon",
         "post": "Did you know? With your CPL card you can borrow up to 30 items at a time, plus Family Museum Passes for 12 museums and galleries in the region 🏛️ The Central branch is open weekdays, 9 a.m. to 9 p.m. #CPLWinterReads",
         "labels": [("contradicted", "30"), ("contradicted", "12")]},
    ],
}


if __name__ == "__main__":
    check_calendar()
    here = os.path.dirname(os.path.abspath(__file__))
    build([SMASH, HELIOS, WYVERN, CEDARVALE], os.path.join(here, "blind13.jsonl"))
