"""Blind verify set 45: 4 fictional brands, 44 posts (22 clean, 22 with 1-3 hallucinations).

Brands and sectors:
- Camping La Ribambelle (fr, France, Vallon-Pont-d'Arc, Ardèche): campsite (camping).
- Au Levain Têtu (fr, Belgium, Mons / Soignies): organic bakery.
- Tulsi Tree Yoga (en, India, Pune): yoga studio.
- Pelican Run Shuttles (en, Australia, Sunshine Coast / Brisbane Airport): airport shuttle service.

Calendar checks (datetime):
- 2027-04-03 Saturday; 2027-09-26 Sunday; 2027-05-01 Saturday (so "dimanche 1er mai" is wrong);
  2027-02-28 Sunday; 2027-07-03 Saturday; 2027-08-28 Saturday.
- Tuesdays of July-August 2027: 6, 13, 20, 27 July, 3, 10, 17, 24, 31 August = 9 Tuesdays.
- 2027-10-07 Thursday (so "vendredi 7 octobre" is wrong); 2027-10-17 Sunday; 2027-10-16 Saturday.
- 2027-03-01 Monday; 2027-03-31 Wednesday; 2027-03-06 Saturday (first Saturday of March 2027).
- 2027-06-07 Monday; 2027-07-03 Saturday (27 days inclusive, "nearly four weeks");
  2027-04-30 Friday; 2027-05-14 Friday; 2027-05-16 Sunday.
- 2027-08-02 Monday; 2027-08-01 Sunday (right weekday, wrong date in pelican-run-03); 2027-08-31 Tuesday.

Arithmetic used by clean posts:
- Ribambelle: 7 nights x 34 € = 238 €; -15 % = 202,30 €. Mobil-home 980 € / 6 = 163,33 € < 165 €.
  9 night markets (9 Tuesdays in July-August 2027). "une semaine ou plus" = at least 7 nights.
  34 € is the price outside high season (3 July - 28 August).
- Levain Têtu: 7-17 October inclusive = 11 days. Half price of 5,40 € = 2,70 €.
  5,40 € - 3,90 € = 1,50 €. 3 shops + Soignies = 4e / quatrième; 5 fermes = cinq fermes.
- Tulsi Tree: 4,200 - 2,900 = ₹1,300. ₹1,45,000 = ₹1.45 lakh, ₹1,25,000 = ₹1.25 lakh;
  difference ₹20,000. ₹5,000 / 10 = ₹500 per class; 10 x ₹600 = ₹6,000, saving ₹1,000.
- Pelican Run: 69 - 49 = A$20 saving. 2 x 59 + 2 x 25 = A$168. 2 x 59 - 110 = A$8.
  22 x 11 seats = 242 seats. "nearly 150,000" for 148,000.

Written blind: the writer read only the "verify/dev.jsonl conventions" section of
/work/shared/data/README.md, /work/shared/data/verify/dev.jsonl and mkblind_common.py; no engine
code, docs, other testdata or other mkblind scripts.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mkblind_common import build  # noqa: E402

C, U = "contradicted", "unsupported"

RIBAMBELLE = {
    "brand": "Camping La Ribambelle",
    "lang": "fr",
    "facts": [
        "Le Camping La Ribambelle est un camping 4 étoiles situé au 220 route des Gorges, à Vallon-Pont-d'Arc (Ardèche), au bord de la rivière Ardèche.",
        "Le camping est tenu depuis 2009 par Sandrine et Olivier Chabert.",
        "En 2027, le camping est ouvert du samedi 3 avril au dimanche 26 septembre.",
        "Le camping compte 168 emplacements, dont 42 mobil-homes et 12 tentes lodge.",
        "L'emplacement nu (2 personnes, une voiture, électricité 10 A) coûte 34 € la nuit, et 52 € la nuit en haute saison, du 3 juillet au 28 août 2027.",
        "Le mobil-home Cigale (3 chambres, 6 personnes) se loue 980 € la semaine en haute saison, du samedi au samedi.",
        "Offre Réservez tôt : pour toute réservation faite avant le dimanche 28 février 2027, -15 % sur les séjours d'au moins 7 nuits entre le 3 avril et le 30 juin 2027.",
        "Le nouvel espace aquatique (bassin chauffé à 28 °C et 4 toboggans) ouvre le samedi 1er mai 2027 ; il est ouvert tous les jours de 10h à 19h.",
        "Les chiens sont acceptés (un par hébergement) pour 4 € la nuit, sauf dans les tentes lodge.",
        "Le camping loue des canoës pour la descente de 24 km jusqu'à Sauze, à 38 € par personne, navette retour incluse.",
        "Un marché nocturne de producteurs a lieu chaque mardi de juillet et d'août, de 19h à 23h.",
        "Les réservations se font sur camping-ribambelle.fr ; le hashtag officiel est #Ribambelle2027.",
    ],
    "brief": "Pousser les réservations anticipées avant le 28 février 2027 et annoncer l'ouverture du nouvel espace aquatique le 1er mai, sur un ton familial et ensoleillé.",
    "posts": [
        {"id": "ribambelle-01", "network": "instagram",
         "post": "☀️ Cette année, on vous attend du 3 avril au 26 septembre au bord de l'Ardèche ! Et grande nouveauté : notre espace aquatique ouvre le samedi 1er mai 🌊 Bassin chauffé à 28 °C, 4 toboggans, ouvert tous les jours de 10h à 19h. Les enfants vont adorer 😍 #Ribambelle2027 #camping #Ardèche",
         "labels": []},
        {"id": "ribambelle-02", "network": "facebook",
         "post": "Vous rêvez d'une semaine au calme en mai ou en juin ? 🏕️ Réservez avant le 28 février et profitez de -15 % sur votre séjour de 7 nuits minimum. Exemple : 7 nuits sur un emplacement nu à 34 € la nuit, soit 238 €, passent à 202,30 € 😉 Tout se passe sur camping-ribambelle.fr",
         "labels": []},
        {"id": "ribambelle-03", "network": "x",
         "post": "🛶 Descente de l'Ardèche en canoë : 32 km jusqu'à Sauze pour 38 € par personne, navette retour incluse ! Et le bidon étanche est offert 🎁 #Ribambelle2027",
         "labels": [(C, "32 km"), (U, "le bidon étanche est offert")]},
        {"id": "ribambelle-04", "network": "instagram",
         "post": "Le grand jour approche : notre espace aquatique ouvre le dimanche 1er mai ! Bassin chauffé à 30 °C et 4 toboggans : le plus grand parc aquatique d'Ardèche 🤩 #Ribambelle2027",
         "labels": [(C, "dimanche 1er mai"), (C, "30 °C"), (U, "le plus grand parc aquatique d'Ardèche")]},
        {"id": "ribambelle-05", "network": "facebook",
         "post": "🧺 Cet été, 9 marchés nocturnes de producteurs vous attendent au camping : chaque mardi de juillet et d'août, de 19h à 23h. Venez flâner entre les stands, on a déjà hâte ! #Ribambelle2027",
         "labels": []},
        {"id": "ribambelle-06", "network": "linkedin",
         "post": "Depuis 2012, Sandrine et Olivier Chabert font vivre le Camping La Ribambelle, 4 étoiles au bord de l'Ardèche. En 2027, le camping compte 168 emplacements, dont 52 mobil-homes, et ouvre un espace aquatique le 1er mai. Une belle saison en perspective !",
         "labels": [(C, "2012"), (C, "52")]},
        {"id": "ribambelle-07", "network": "tiktok",
         "post": "POV : ta semaine en mobil-home Cigale avec ta bande de 6 🏕️ 980 € la semaine en haute saison, soit moins de 165 € par personne 😎 Du samedi au samedi, au bord de l'Ardèche ! #Ribambelle2027 #vacancesentreamis",
         "labels": []},
        {"id": "ribambelle-08", "network": "x",
         "post": "🐶 Vos chiens sont les bienvenus (jusqu'à deux par hébergement), même dans nos tentes lodge, pour 4 € la nuit ! #Ribambelle2027",
         "labels": [(C, "deux"), (C, "même dans nos tentes lodge")]},
        {"id": "ribambelle-09", "network": "facebook",
         "post": "📅 Dernier rappel : l'offre Réservez tôt se termine ce dimanche 28 février ! -15 % sur les séjours d'une semaine ou plus entre le 3 avril et le 30 juin. Ne tardez pas 👉 camping-ribambelle.fr #Ribambelle2027",
         "labels": []},
        {"id": "ribambelle-10", "network": "instagram",
         "post": "☀️ Haute saison du 3 juillet au 28 août : l'emplacement nu passe à 48 € la nuit (2 personnes, voiture et électricité 16 A compris). Réservez vite, il ne reste que 20 emplacements ! #Ribambelle2027",
         "labels": [(C, "48 €"), (C, "16 A"), (U, "il ne reste que 20 emplacements")]},
        {"id": "ribambelle-11", "network": "mastodon",
         "post": "Saison 2027 au Camping La Ribambelle : ouverture le samedi 3 avril, fermeture le dimanche 26 septembre. 168 emplacements dont 12 tentes lodge, et l'emplacement nu à 34 € la nuit hors haute saison. Canoës à louer pour la descente jusqu'à Sauze (24 km, 38 €/pers., retour en navette inclus). #Ribambelle2027",
         "labels": []},
    ],
}

LEVAIN = {
    "brand": "Au Levain Têtu",
    "lang": "fr",
    "facts": [
        "Au Levain Têtu est une boulangerie bio fondée en 2015 à Mons par la boulangère Élodie Vandamme.",
        "Tous les produits sont certifiés bio (label Biogarantie) et tous les pains sont au levain naturel.",
        "Les farines proviennent de 5 fermes wallonnes situées à moins de 60 km de Mons.",
        "Avant Soignies, l'enseigne compte 3 boutiques : Mons (12 rue de Nimy), Tournai et Ath.",
        "La 4e boutique ouvre le jeudi 7 octobre 2027 au 24 rue de la Station, à Soignies ; elle est dirigée par Thomas Lejeune, chef boulanger.",
        "Les boutiques sont ouvertes du mercredi au dimanche, de 7h30 à 18h (fermées le lundi et le mardi).",
        "Le pain « Têtu » (levain, 800 g) coûte 5,40 € ; le pain de seigle (500 g) coûte 3,90 €.",
        "Du jeudi 7 au dimanche 17 octobre 2027, à Soignies uniquement, une baguette bio est offerte pour l'achat d'un pain « Têtu », dans la limite de 150 baguettes par jour.",
        "Le pain « Têtu » a reçu la médaille d'argent au Concours du pain bio de Wallonie 2026.",
        "Un atelier « Mon premier levain » a lieu le samedi 16 octobre 2027 à 14h à Soignies : 2h30, 35 € par personne, 8 participants maximum.",
        "Chaque matin, les pains de la veille sont vendus à moitié prix.",
        "Le site est aulevaintetu.be ; le hashtag officiel est #LevainTetu.",
    ],
    "brief": "Annoncer l'ouverture de la boutique de Soignies le 7 octobre 2027 et son offre de lancement, sur un ton chaleureux et engagé (bio, local).",
    "posts": [
        {"id": "levain-tetu-01", "network": "facebook",
         "post": "🥖 Soignies, ça y est ! Notre 4e boutique ouvre ce jeudi 7 octobre au 24 rue de la Station. Thomas Lejeune, notre chef boulanger, et son équipe vous y attendent du mercredi au dimanche, de 7h30 à 18h. Que du bio, que du levain naturel 💚 #LevainTetu",
         "labels": []},
        {"id": "levain-tetu-02", "network": "instagram",
         "post": "Offre d'ouverture à Soignies 🎁 Du 7 au 17/10, pour un pain « Têtu » acheté, on vous offre une baguette bio (150 baguettes par jour : premiers arrivés, premiers servis 😉). 11 jours pour venir goûter ! #LevainTetu #boulangeriebio",
         "labels": []},
        {"id": "levain-tetu-03", "network": "x",
         "post": "Le pain « Têtu », médaille d'or au Concours du pain bio de Wallonie 2026 🥇 Farines de 8 fermes wallonnes, levain naturel, 5,40 € les 800 g. #LevainTetu",
         "labels": [(C, "médaille d'or"), (C, "8", 0)]},
        {"id": "levain-tetu-04", "network": "facebook",
         "post": "📍 Soignies, rendez-vous le vendredi 7 octobre au 24 rue de la Station ! Pour l'ouverture, une baguette bio offerte pour tout achat, sans limite 🥖 #LevainTetu",
         "labels": [(C, "vendredi 7 octobre"), (C, "pour tout achat"), (C, "sans limite")]},
        {"id": "levain-tetu-05", "network": "linkedin",
         "post": "Fondée en 2015 à Mons par Élodie Vandamme, Au Levain Têtu poursuit sa croissance raisonnée : après Mons, Tournai et Ath, une quatrième boutique ouvre à Soignies le 7 octobre 2027. Nos farines bio viennent de cinq fermes wallonnes, toutes à moins de 60 km de Mons. Merci à nos équipes et à nos clients pour cette belle aventure. #LevainTetu",
         "labels": []},
        {"id": "levain-tetu-06", "network": "instagram",
         "post": "Atelier « Mon premier levain » 👩‍🍳 samedi 16 octobre à 10h à Soignies : 3h de pratique pour 35 €, tablier brodé offert à chaque participant ! Seulement 8 places. #LevainTetu",
         "labels": [(C, "10h"), (C, "3h"), (U, "tablier brodé offert à chaque participant")]},
        {"id": "levain-tetu-07", "network": "tiktok",
         "post": "Astuce anti-gaspi 💡 Chaque matin, nos pains de la veille sont à moitié prix : le « Têtu » à 2,70 € au lieu de 5,40 € 🤑 Bio, au levain, et toujours aussi bon ! #LevainTetu #antigaspi",
         "labels": []},
        {"id": "levain-tetu-08", "network": "x",
         "post": "Nos boutiques sont ouvertes du mardi au dimanche, de 7h à 18h 🥐 Passez nous voir ! #LevainTetu",
         "labels": [(C, "mardi"), (C, "7h")]},
        {"id": "levain-tetu-09", "network": "facebook",
         "post": "Le seigle, vous connaissez ? 🌾 Notre pain de seigle de 500 g est à 3,90 €, soit 1,50 € de moins que le « Têtu ». Tout est bio (label Biogarantie), tout est au levain naturel. Bon appétit ! aulevaintetu.be",
         "labels": []},
        {"id": "levain-tetu-10", "network": "bluesky",
         "post": "Née à Mons en 2013, Au Levain Têtu compte 3 boutiques en Wallonie 🥖 Bientôt une 4e à Soignies, confiée à Thomas Lefèvre. Et merci pour le titre de boulangerie préférée des Montois 2025 ! #LevainTetu",
         "labels": [(C, "2013"), (C, "Thomas Lefèvre"), (U, "le titre de boulangerie préférée des Montois 2025")]},
        {"id": "levain-tetu-11", "network": "instagram",
         "post": "🍞 Pain « Têtu » : 5,40 € les 800 g, pain de seigle : 3,50 € les 500 g. Nos farines ? 100 % bio, de fermes situées à moins de 30 km ! #LevainTetu",
         "labels": [(C, "3,50 €"), (C, "30 km")]},
    ],
}

TULSI = {
    "brand": "Tulsi Tree Yoga",
    "lang": "en",
    "facts": [
        "Tulsi Tree Yoga is a yoga studio at 21 Lane 5, Koregaon Park, Pune, founded in 2017 by Meera Kulkarni.",
        "The studio offers 38 classes a week in 2 practice rooms, Monday to Saturday, from 6 am to 8:30 pm; it is closed on Sundays.",
        "Classes are capped at 18 students; mats and props are provided free of charge.",
        "A drop-in class costs ₹600 and a 10-class pass costs ₹5,000, valid for 3 months.",
        "Unlimited monthly membership costs ₹4,200; members who join between Monday 1 March and Wednesday 31 March 2027 pay ₹2,900 for their first month.",
        "A free community class is held on the first Saturday of every month at 8 am.",
        "The 200-hour Yoga Teacher Training, certified by Yoga Alliance, runs from Monday 7 June to Saturday 3 July 2027 and costs ₹1,45,000; the early-bird price is ₹1,25,000 until Friday 30 April 2027.",
        "The Teacher Training is led by Arjun Deshpande, E-RYT 500, the studio's senior teacher.",
        "The Lonavala weekend retreat runs from Friday 14 to Sunday 16 May 2027 and costs ₹18,500 per person on twin sharing, meals included; it has 20 places.",
        "Bookings are made at tulsitreeyoga.in; the official hashtag is #BreatheWithTulsi.",
    ],
    "brief": "Promote the March 2027 new-member offer and open registrations for the June teacher training and the May retreat, in a calm, welcoming tone.",
    "posts": [
        {"id": "tulsi-tree-01", "network": "instagram",
         "post": "🌿 Spring into your practice! Join Tulsi Tree Yoga anytime in March and your first month of unlimited classes is just ₹2,900 instead of ₹4,200, that's ₹1,300 saved 🙏 Mats and props are on us. Book at tulsitreeyoga.in #BreatheWithTulsi #yogapune",
         "labels": []},
        {"id": "tulsi-tree-02", "network": "linkedin",
         "post": "Registrations are open for our 200-hour Yoga Teacher Training, certified by Yoga Alliance and led by our senior teacher Arjun Deshpande (E-RYT 500). Nearly four weeks of immersion, 7 June to 3 July 2027. Early-bird fee ₹1.25 lakh until 30 April (regular fee ₹1.45 lakh), a saving of ₹20,000. tulsitreeyoga.in #BreatheWithTulsi",
         "labels": []},
        {"id": "tulsi-tree-03", "network": "x",
         "post": "Drop-in classes now ₹500, or grab a 10-class pass for ₹5,000, valid for 6 months 🧘 #BreatheWithTulsi",
         "labels": [(C, "₹500"), (C, "6 months")]},
        {"id": "tulsi-tree-04", "network": "facebook",
         "post": "Free community class 🌞 On the first Saturday of every month we open our doors at 8 am for a free class. Next one: Saturday 6 March! Classes are capped at 18, so come a little early 😊 #BreatheWithTulsi",
         "labels": []},
        {"id": "tulsi-tree-05", "network": "instagram",
         "post": "Escape to Lonavala 🌄 Our weekend retreat runs Fri 14 to Sun 16 May: ₹15,500 per person twin sharing, meals and a spa massage included. Only 12 places! #BreatheWithTulsi",
         "labels": [(C, "₹15,500"), (U, "a spa massage"), (C, "12")]},
        {"id": "tulsi-tree-06", "network": "tiktok",
         "post": "POV: 38 classes a week, 2 rooms, max 18 people per class, and you still find your spot 🧘‍♀️ See you on the mat, Monday to Saturday, 6am to 8:30pm! #BreatheWithTulsi",
         "labels": []},
        {"id": "tulsi-tree-07", "network": "x",
         "post": "Our studio is open 7 days a week, 6 am to 9 pm 🙏 Founded in 2017 by Meera Kulkarni, Pune's top-rated yoga studio. #BreatheWithTulsi",
         "labels": [(C, "7 days a week"), (C, "9 pm"), (U, "Pune's top-rated yoga studio")]},
        {"id": "tulsi-tree-08", "network": "facebook",
         "post": "Did you know? ✨ With a 10-class pass (₹5,000, valid 3 months) each class works out at ₹500, versus ₹600 for a drop-in. That's ₹1,000 saved over 10 classes! Book at tulsitreeyoga.in #BreatheWithTulsi",
         "labels": []},
        {"id": "tulsi-tree-09", "network": "linkedin",
         "post": "Our 300-hour Yoga Teacher Training with Arjun Deshpande runs from 7 June to 3 July 2027. Early-bird ₹1,25,000 until 31 May, and every graduate is guaranteed a teaching job at the studio. #BreatheWithTulsi",
         "labels": [(C, "300-hour"), (C, "31 May"), (U, "every graduate is guaranteed a teaching job at the studio")]},
        {"id": "tulsi-tree-10", "network": "mastodon",
         "post": "Tulsi Tree Yoga, 21 Lane 5, Koregaon Park, Pune. Founded 2017 by Meera Kulkarni. Lonavala retreat Fri 14–Sun 16 May: ₹18,500 pp twin sharing, meals included, 20 places. A weekend to slow down 🌿 #BreatheWithTulsi",
         "labels": []},
        {"id": "tulsi-tree-11", "network": "instagram",
         "post": "🌸 March offer: join between 1 and 31 March and pay just ₹2,400 for your first month (usual price ₹4,200)! Bonus: a free Tulsi Tree water bottle for every new member 💧 #BreatheWithTulsi",
         "labels": [(C, "₹2,400"), (U, "a free Tulsi Tree water bottle for every new member")]},
    ],
}

PELICAN = {
    "brand": "Pelican Run Shuttles",
    "lang": "en",
    "facts": [
        "Pelican Run Shuttles, founded in 2012 in Maroochydore, runs door-to-door shared shuttles between the Sunshine Coast (Caloundra to Noosa) and Brisbane Airport.",
        "Shuttles run 7 days a week, with departures every hour from 4 am to 10 pm.",
        "The fleet has 22 Mercedes-Benz Sprinter minibuses of 11 seats each, all with free Wi-Fi and USB charging.",
        "A one-way adult fare costs A$59 from Maroochydore and A$69 from Noosa; a return adult fare from Maroochydore costs A$110.",
        "Children aged 3 to 12 pay A$25 one way; children under 3 travel free.",
        "The new Noosa Express, a non-stop service from Noosa Junction to Brisbane Airport taking 1 hour 50 minutes, launches on Monday 2 August 2027.",
        "From 2 to 31 August 2027, Noosa Express adult fares are A$49 instead of A$69, for online bookings only, with a maximum of 4 seats per booking.",
        "Each passenger may bring one suitcase of up to 23 kg and one carry-on bag; surfboards cost A$15 extra.",
        "Bookings can be cancelled free of charge up to 24 hours before departure.",
        "The managing director is Priya Naidoo; the operations manager is Dale Whitaker.",
        "In 2026, Pelican Run carried 148,000 passengers.",
        "Bookings are made at pelicanrun.com.au/book; the official hashtag is #RideThePelican.",
    ],
    "brief": "Launch the Noosa Express on 2 August 2027 and push online bookings of the August launch fare, in a friendly, sunny tone.",
    "posts": [
        {"id": "pelican-run-01", "network": "facebook",
         "post": "🚐✈️ Noosa, this one's for you! The new Noosa Express launches Monday 2 August: non-stop from Noosa Junction to Brisbane Airport in 1h50. From 2 to 31 August, adult fares are just $49 instead of $69 (save $20!) when you book online, up to 4 seats per booking. 👉 pelicanrun.com.au/book #RideThePelican",
         "labels": []},
        {"id": "pelican-run-02", "network": "instagram",
         "post": "Family trip? 👨‍👩‍👧‍👦 Kids 3–12 ride for A$25 one way, and under-3s travel free! Two adults and two kids from Maroochydore to the airport: A$168 one way 😎 #RideThePelican",
         "labels": []},
        {"id": "pelican-run-03", "network": "x",
         "post": "Noosa Express: non-stop from Noosa Junction to Brisbane Airport in just 1h30 ⚡ Launching Sunday 1 August! #RideThePelican",
         "labels": [(C, "1h30"), (C, "Sunday 1 August")]},
        {"id": "pelican-run-04", "network": "linkedin",
         "post": "Proud of our team 💙 In 2026, Pelican Run Shuttles carried nearly 150,000 passengers between the Sunshine Coast and Brisbane Airport. With 22 Mercedes-Benz Sprinters (242 seats in total) and a new non-stop Noosa Express from 2 August, we're ready for what's next. Thanks to our operations manager Dale Whitaker and the whole crew. #RideThePelican",
         "labels": []},
        {"id": "pelican-run-05", "network": "facebook",
         "post": "Pack light, travel happy 🧳 Every passenger can bring two suitcases of up to 23 kg each, and surfboards travel free! Book at pelicanrun.com.au/book #RideThePelican",
         "labels": [(C, "two"), (C, "surfboards travel free")]},
        {"id": "pelican-run-06", "network": "x",
         "post": "Early flight? No stress 😴 Our shuttles leave every hour from 4am to midnight, 7 days a week, door to door from Caloundra to Noosa. Free Wi-Fi and USB charging on board 📱 #RideThePelican",
         "labels": [(C, "midnight")]},
        {"id": "pelican-run-07", "network": "tiktok",
         "post": "POV: you booked the Noosa Express at $39 and got a free coffee at the airport ☕✈️ Offer runs all through September! #RideThePelican",
         "labels": [(C, "$39"), (U, "got a free coffee at the airport"), (C, "all through September")]},
        {"id": "pelican-run-08", "network": "instagram",
         "post": "Plans change, we get it 🙌 Cancel for free up to 24 hours before departure. Maroochydore ↔ Brisbane Airport return: A$110 for an adult, that's A$8 less than two singles! #RideThePelican",
         "labels": []},
        {"id": "pelican-run-09", "network": "facebook",
         "post": "Our managing director Dale Whitaker is proud: since 2010, Pelican Run has been driving Sunshine Coast locals to Brisbane Airport, and we're Queensland's No. 1 airport shuttle! #RideThePelican",
         "labels": [(C, "Dale Whitaker"), (C, "2010"), (U, "Queensland's No. 1 airport shuttle")]},
        {"id": "pelican-run-10", "network": "x",
         "post": "One-way adult fares: A$59 from Maroochydore, A$79 from Noosa. Shuttles every 30 minutes from 4am! #RideThePelican",
         "labels": [(C, "A$79"), (C, "every 30 minutes")]},
        {"id": "pelican-run-11", "network": "bluesky",
         "post": "Founded in Maroochydore in 2012, Pelican Run Shuttles links the whole Sunshine Coast, from Caloundra to Noosa, with Brisbane Airport. Noosa Express launch fare: A$49 until 31 August, online only, max 4 seats per booking. See you on board! 🚐 #RideThePelican",
         "labels": []},
    ],
}

if __name__ == "__main__":
    build([RIBAMBELLE, LEVAIN, TULSI, PELICAN], os.path.join(HERE, "blind45.jsonl"))
