"""Blind verify set 7: writes blind7.jsonl (44 posts, 4 fictional brands, 11 posts each).

Brands and sectors:
  - Brico Armor (fr): regional DIY/hardware store chain in Brittany (9 stores, per-store
    opening hours, spring catalogue offers, free Saturday workshops, 40th anniversary).
  - Musée de la Jonction (fr, Geneva): decorative-arts museum, exhibition of automata;
    Swiss habits (CHF 18.–, septante-deux, 16.10.2026, 96'400).
  - Gumleaf Outdoor (en, Australia): online outdoor-gear retailer, summer sale (AU dates
    26/11, $AUD, shipping thresholds, sale end date in AEDT).
  - Riverbend Credit Union (en, Saskatchewan, Canada): branches, rates in %, fees, a
    seminar, RRSP season; balanced financial wording in the clean posts.

Written blind: the author read only the labelling conventions in shared/data/README.md,
shared/data/verify/dev.jsonl and mkblind_common.py, never the engine nor any other set.

Calendar checks made with Python's calendar module (and re-asserted below when the script
runs): Wed 3 March 2027, Sat 13 March 2027, Sat 20 March 2027, Sun 28 March 2027 (the
catalogue spans 4 weekends: 6-7, 13-14, 20-21, 27-28 March; 26 days); Fri 16 October 2026,
Sun 28 February 2027, first Sundays of the month in the exhibition: 1 November 2026,
6 December 2026, 3 January 2027, 7 February 2027, Thu 22 October 2026; Thu 26 November
2026, Mon 7 December 2026 (12 days), Tue 1 December 2026 (day 6 of the sale), Sun
6 December 2026; Mon 4 January 2027, Mon 1 March 2027, Thu 28 January 2027.

Run from anywhere: python3 internal/verify/testdata/mkblind7.py
"""
import calendar
import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mkblind_common import build  # noqa: E402

WEEKDAYS = [
    ("2027-03-03", "Wednesday"), ("2027-03-13", "Saturday"), ("2027-03-20", "Saturday"),
    ("2027-03-28", "Sunday"), ("2026-10-16", "Friday"), ("2027-02-28", "Sunday"),
    ("2026-11-01", "Sunday"), ("2026-12-06", "Sunday"), ("2027-01-03", "Sunday"),
    ("2027-02-07", "Sunday"), ("2026-10-22", "Thursday"), ("2026-11-26", "Thursday"),
    ("2026-12-07", "Monday"), ("2026-12-01", "Tuesday"), ("2027-01-04", "Monday"),
    ("2027-03-01", "Monday"), ("2027-01-28", "Thursday"),
]


def check_calendar():
    for iso, name in WEEKDAYS:
        d = datetime.date.fromisoformat(iso)
        got = calendar.day_name[d.weekday()]
        if got != name:
            sys.exit(f"{iso} is a {got}, not a {name}")


BRICO = {
    "brand": "Brico Armor",
    "lang": "fr",
    "facts": [
        "Brico Armor est une enseigne régionale de bricolage fondée en 1987 à Saint-Brieuc par Yvonne et Loïc Le Gall.",
        "En 2027, Brico Armor fête ses 40 ans.",
        "Le réseau compte 9 magasins, tous situés dans les Côtes-d'Armor et le Finistère, et emploie 312 salariés.",
        "Le magasin de Saint-Brieuc, 14 boulevard Carnot, est ouvert du lundi au samedi de 8h30 à 19h et le dimanche de 9h30 à 12h30.",
        "Le magasin de Quimper, 27 route de Brest, est ouvert du lundi au samedi de 9h à 19h30 et fermé le dimanche.",
        "Le catalogue « Printemps des 40 ans » est valable du mercredi 3 mars au dimanche 28 mars 2027 dans les 9 magasins et sur brico-armor.fr.",
        "Dans ce catalogue, la perceuse-visseuse sans fil 18 V Torvik, livrée avec 2 batteries, est à 89,90 € au lieu de 129,90 €.",
        "Dans ce catalogue, le pot de peinture blanche mate Armor Déco de 10 L est à 39 € au lieu de 52 €, soit -25 %.",
        "Les ateliers « Fait maison » ont lieu le samedi à 10h dans chaque magasin ; ils sont gratuits, durent 1h30 et sont limités à 12 participants, sur inscription en magasin ou sur brico-armor.fr/ateliers.",
        "Le samedi 13 mars 2027, l'atelier « Poser du carrelage mural » a lieu au magasin de Quimper ; il est animé par Erwan Quéré, conseiller carrelage.",
        "Le samedi 20 mars 2027, l'atelier « Repeindre un meuble » a lieu au magasin de Saint-Brieuc ; il est animé par Nolwenn Jaouen, décoratrice.",
        "La livraison à domicile coûte 29 € dans un rayon de 25 km autour du magasin.",
        "La carte de fidélité Brico Armor est gratuite ; elle donne droit à un bon d'achat de 5 € tous les 100 € d'achats.",
        "En 2026, Brico Armor a reçu le Trophée du commerce de proximité de la CCI des Côtes-d'Armor.",
        "Le hashtag officiel est #BricoArmor40ans.",
    ],
    "brief": "Faire connaître les offres du catalogue « Printemps des 40 ans » (3-28 mars 2027) et remplir les ateliers du samedi, sur un ton convivial et pratique.",
    "posts": [
        {
            "id": "brico-armor-01", "network": "instagram",
            "post": "🎉 Quarante bougies ! L'aventure lancée en 1987 à Saint-Brieuc par Yvonne et Loïc Le Gall continue, et pour fêter ça notre catalogue « Printemps des 40 ans » est en magasin et sur brico-armor.fr du 3 au 28 mars. Ça vous laisse 4 week-ends pour attaquer vos projets 🛠️ C'est quoi, votre chantier de printemps ? 👇 #BricoArmor40ans #bricolage",
            "labels": [],
        },
        {
            "id": "brico-armor-02", "network": "facebook",
            "post": "Bon plan du catalogue 👉 la perceuse-visseuse sans fil 18 V Torvik, livrée avec ses 2 batteries, passe à 89,90 € au lieu de 129,90 €, soit 40 € d'économie ! Et pour rafraîchir vos murs, le pot de peinture blanche mate Armor Déco 10 L est à 39 € (-25 %). Jusqu'au dimanche 28 mars dans nos 9 magasins 🏠 #BricoArmor40ans",
            "labels": [],
        },
        {
            "id": "brico-armor-03", "network": "instagram",
            "post": "Envie de vous lancer dans la pose de faïence ? 🧱 Samedi 13/03 à 10h, Erwan Quere, notre conseiller carrelage, vous apprend à poser du carrelage mural au magasin de Quimper (27 route de Brest). 1h30 d'atelier, gratuit, et 12 places seulement : inscrivez-vous vite sur www.brico-armor.fr/ateliers ✨ #BricoArmor40ans #DIY",
            "labels": [],
        },
        {
            "id": "brico-armor-04", "network": "x",
            "post": "⏰ Bon à savoir : le magasin de Saint-Brieuc vous accueille aussi le dimanche, de 9h30 à 13h ! Et jusqu'au 31 mars, profitez des offres de notre catalogue des 40 ans 🔨 #BricoArmor40ans",
            "labels": [("contradicted", "13h"), ("contradicted", "31 mars")],
        },
        {
            "id": "brico-armor-05", "network": "linkedin",
            "post": "Brico Armor, c'est 9 magasins entre Côtes-d'Armor et Finistère et plus de 300 salariés passionnés. Quarante ans après la création de l'enseigne à Saint-Brieuc, le Trophée du commerce de proximité reçu en 2026 de la CCI des Côtes-d'Armor reste une belle reconnaissance pour nos équipes. Merci à nos clients pour leur fidélité 🙏 #BricoArmor40ans #commerce #Bretagne",
            "labels": [],
        },
        {
            "id": "brico-armor-06", "network": "facebook",
            "post": "🎨 Repeindre un meuble, c'est plus simple qu'il n'y paraît ! Nolwenn Jaouen, décoratrice, anime l'atelier « Repeindre un meuble » au magasin de Saint-Brieuc le vendredi 20 mars à 10h. Gratuit, sur inscription, et chaque participant repart avec un pot de peinture offert 🎁 #BricoArmor40ans",
            "labels": [("contradicted", "vendredi 20 mars"),
                       ("unsupported", "chaque participant repart avec un pot de peinture offert")],
        },
        {
            "id": "brico-armor-07", "network": "tiktok",
            "post": "POV : tu as enfin ta propre perceuse et tu n'empruntes plus celle du voisin 😅🔋 La Torvik 18 V sans fil, 2 batteries dans la boîte, à moins de 90 € chez Brico Armor jusqu'au 28/03 ! #BricoArmor40ans #bricolage #outillage",
            "labels": [],
        },
        {
            "id": "brico-armor-08", "network": "instagram",
            "post": "Vous l'avez, notre carte de fidélité ? 💳 Elle est gratuite et vous fait gagner un bon d'achat de 10 € tous les 100 € d'achats ! Et pour vos grosses courses, la livraison à domicile est offerte dans un rayon de 25 km autour de votre magasin 🚚 #BricoArmor40ans",
            "labels": [("contradicted", "10 €"), ("contradicted", "livraison à domicile est offerte")],
        },
        {
            "id": "brico-armor-09", "network": "x",
            "post": "Depuis 1985, Brico Armor accompagne les bricoleurs bretons 🛠️ Aujourd'hui, ce sont 12 magasins et un catalogue de printemps plein de bons plans, du 3 au 28 mars. #BricoArmor40",
            "labels": [("contradicted", "1985"), ("contradicted", "12"), ("contradicted", "#BricoArmor40")],
        },
        {
            "id": "brico-armor-10", "network": "mastodon",
            "post": "Petit rappel pratique pour les Quimpérois : le magasin de la route de Brest est ouvert du lundi au samedi, de 9 h à 19 h 30, et fermé le dimanche. Les offres du catalogue y sont valables jusqu'au 28 mars, comme dans les 8 autres magasins du réseau. Bonne semaine de chantier ! #BricoArmor40ans",
            "labels": [],
        },
        {
            "id": "brico-armor-11", "network": "bluesky",
            "post": "🏆 Brico Armor, élue meilleure enseigne de bricolage de Bretagne, fête ses 40 ans ! Au catalogue, la peinture blanche mate Armor Déco 10 L est à 39 € au lieu de 49 €. Et samedi 13 mars à Quimper, atelier carrelage gratuit avec Erwan Quéré, notre conseiller déco. #BricoArmor40ans",
            "labels": [("unsupported", "élue meilleure enseigne de bricolage de Bretagne"),
                       ("contradicted", "49 €"), ("contradicted", "conseiller déco")],
        },
    ],
}

JONCTION = {
    "brand": "Musée de la Jonction",
    "lang": "fr",
    "facts": [
        "Le Musée de la Jonction est un musée d'arts décoratifs fondé en 1952 à Genève.",
        "L'exposition « Automates, cinq siècles de merveilles mécaniques » a lieu du vendredi 16 octobre 2026 au dimanche 28 février 2027.",
        "L'exposition présente 170 pièces, dont 72 automates et 38 boîtes à musique.",
        "Le musée est ouvert du mardi au dimanche de 10 h à 18 h, avec une nocturne le jeudi jusqu'à 21 h ; il est fermé le lundi, ainsi que les 25 décembre et 1er janvier.",
        "Billet d'entrée à l'exposition : CHF 18.– plein tarif, CHF 12.– tarif réduit (AVS, étudiants, demandeurs d'emploi), gratuit pour les moins de 18 ans.",
        "L'entrée est libre pour tous le premier dimanche du mois.",
        "Le musée se trouve au 22 boulevard Carl-Vogt, 1205 Genève.",
        "La commissaire de l'exposition est Mathilde Perrenoud, conservatrice du département des arts décoratifs.",
        "Chaque samedi à 14 h 30, l'horloger-restaurateur Jean-Daniel Favre fait fonctionner trois automates de l'exposition ; la démonstration dure 45 minutes et est comprise dans le billet.",
        "L'exposition bénéficie du prêt de 24 pièces de la Fondation Berthoud, au Locle.",
        "L'atelier famille « Mon premier automate » a lieu le mercredi à 14 h, pour les enfants de 7 à 12 ans ; il coûte CHF 10.– par enfant, sur réservation.",
        "Le catalogue de l'exposition (240 pages) est vendu CHF 39.– à la boutique du musée.",
        "En 2025, le musée a accueilli 96 400 visiteurs.",
        "Les billets sont en vente sur musee-jonction.ch/billets.",
        "Le hashtag officiel de l'exposition est #AutomatesJonction.",
    ],
    "brief": "Faire venir le public genevois et romand, en particulier les familles, à l'exposition « Automates » (16 octobre 2026 – 28 février 2027), sur un ton curieux et chaleureux.",
    "posts": [
        {
            "id": "musee-jonction-01", "network": "instagram",
            "post": "✨ Cinq siècles de mécanique merveilleuse sous un même toit ! Dès ce vendredi 16 octobre, « Automates, cinq siècles de merveilles mécaniques » réunit 170 pièces, dont septante-deux automates et 38 boîtes à musique 🎶 À découvrir jusqu'au 28 février au Musée de la Jonction. #AutomatesJonction #Genève",
            "labels": [],
        },
        {
            "id": "musee-jonction-02", "network": "facebook",
            "post": "Bonne nouvelle pour les familles 👨‍👩‍👧 : l'exposition « Automates » est gratuite pour les moins de 18 ans ! Billet adulte : CHF 18.–, réduit (AVS, étudiants, demandeurs d'emploi) : CHF 12.–. Et le premier dimanche du mois, l'entrée est libre pour tout le monde : d'ici au 28 février, ça fait quatre occasions, les 1er novembre, 6 décembre, 3 janvier et 7 février 🗓️ Billets sur musee-jonction.ch/billets #AutomatesJonction",
            "labels": [],
        },
        {
            "id": "musee-jonction-03", "network": "linkedin",
            "post": "Le Musée de la Jonction présente, du 16.10.2026 au 28.02.2027, « Automates, cinq siècles de merveilles mécaniques », sous le commissariat de Mathilde Perrenoud, conservatrice du département des arts décoratifs. L'exposition bénéficie du prêt de 24 pièces de la Fondation Berthoud (Le Locle). Après 96'400 visiteurs accueillis en 2025, une nouvelle saison s'ouvre pour ce musée genevois fondé en 1952. #AutomatesJonction #musées",
            "labels": [],
        },
        {
            "id": "musee-jonction-04", "network": "x",
            "post": "🎩 Démonstration d'automates chaque dimanche à 14 h 30 avec l'horloger-restaurateur Jean-Daniel Favre : une heure de magie, comprise dans le billet ! #AutomatesJonction",
            "labels": [("contradicted", "chaque dimanche"), ("contradicted", "une heure")],
        },
        {
            "id": "musee-jonction-05", "network": "instagram",
            "post": "Mercredi après-midi, place aux petits inventeurs ! 🔧 L'atelier famille « Mon premier automate » accueille les 7-12 ans chaque mercredi à 14 h. CHF 10.– par enfant, sur réservation. Vous en avez à la maison, des curieux qui démontent tout ? 🤖 #AutomatesJonction #GenèveAvecEnfants",
            "labels": [],
        },
        {
            "id": "musee-jonction-06", "network": "facebook",
            "post": "Le jeudi, le musée joue les prolongations 🌙 Nocturne jusqu'à 22 h pour (re)découvrir les plus de 200 pièces de l'exposition « Automates », avec une visite commentée offerte à 19 h ! Musée de la Jonction, 22 boulevard Carl-Vogt. #AutomatesJonction",
            "labels": [("contradicted", "22 h"), ("contradicted", "plus de 200"), ("unsupported", "une visite commentée offerte à 19 h")],
        },
        {
            "id": "musee-jonction-07", "network": "tiktok",
            "post": "On a passé l'après-midi avec septante-deux automates et on ne s'en remet pas 😳🎶 Plus 38 boîtes à musique, et c'est gratuit pour les moins de 18 ans. Jusqu'au 28.02 au Musée de la Jonction ! #AutomatesJonction #Genève #musée",
            "labels": [],
        },
        {
            "id": "musee-jonction-08", "network": "x",
            "post": "📖 Le catalogue de l'exposition « Automates » (240 pages) vous attend à la boutique du musée pour CHF 35.–. Ouvert du mardi au dimanche de 10 h à 18 h, et le lundi sur réservation pour les groupes. #AutomatesJonction",
            "labels": [("contradicted", "CHF 35.–"),
                       ("contradicted", "le lundi sur réservation pour les groupes")],
        },
        {
            "id": "musee-jonction-09", "network": "mastodon",
            "post": "Pendant les fêtes, pensez-y : en dehors des lundis, le musée ne ferme que les 25 décembre et 1er janvier. Le reste du temps, rendez-vous du mardi au dimanche de 10 h à 18 h (jusqu'à 21 h le jeudi) au 22, bd Carl-Vogt. L'exposition « Automates » se visite jusqu'au 28 février 2027, soit plus de deux mois après Noël 🎄 #AutomatesJonction",
            "labels": [],
        },
        {
            "id": "musee-jonction-10", "network": "linkedin",
            "post": "Mathilde Perrenoud, directrice du Musée de la Jonction et commissaire de l'exposition « Automates », revient sur la genèse du projet, mené avec la Ville du Locle et la Fondation Berthoud, qui prête 42 pièces à l'exposition. Une collaboration qui met en lumière le savoir-faire de l'Arc jurassien. #AutomatesJonction",
            "labels": [("contradicted", "directrice"), ("unsupported", "la Ville du Locle"), ("contradicted", "42")],
        },
        {
            "id": "musee-jonction-11", "network": "bluesky",
            "post": "Depuis son ouverture le 16 octobre, l'exposition « Automates » a déjà attiré plus de 20 000 visiteurs 🤩 La plus grande exposition d'automates jamais présentée en Suisse ! Billets : musee-jonction.ch/billet #AutomatesJonction",
            "labels": [("unsupported", "a déjà attiré plus de 20 000 visiteurs"),
                       ("unsupported", "La plus grande exposition d'automates jamais présentée en Suisse"),
                       ("contradicted", "musee-jonction.ch/billet")],
        },
    ],
}

GUMLEAF = {
    "brand": "Gumleaf Outdoor",
    "lang": "en",
    "facts": [
        "Gumleaf Outdoor is an Australian online outdoor-gear retailer founded in 2013 in Newcastle, New South Wales, by Priya Nair and Tom Castellano.",
        "Gumleaf stocks 3,200 products from 118 brands.",
        "The Summer Kit-Out Sale runs from Thursday 26 November to Monday 7 December 2026 and ends at 11:59pm AEDT.",
        "During the sale, all tents are 25% off and all sleeping bags are 20% off.",
        "During the sale, the Kestrel 2 hiking tent (two-person, 1.9 kg) is $345 AUD instead of $460.",
        "Standard shipping within Australia is free on orders of $150 or more; below $150 it costs $9.95. Express shipping costs $19.95.",
        "Orders placed before 1pm (Sydney time) on a business day are dispatched the same day from the Newcastle warehouse.",
        "Unused items can be returned within 60 days of delivery for a full refund; return postage costs $7.95, deducted from the refund.",
        "Gumleaf won Best Specialty Retailer at the 2025 Australian Online Retail Awards.",
        "In the 2025–26 financial year, Gumleaf shipped 212,400 orders.",
        "1% of every sale goes to the Bush Tracks Trust, a volunteer trail-maintenance charity.",
        "A free live online talk, 'Packing light for the Overland Track', with guide Hannah Okafor, is streamed on Tuesday 1 December 2026 at 7pm AEDT.",
        "New newsletter subscribers get 10% off their first order with the code TRAILHEAD10; the code cannot be combined with sale prices.",
        "Customers can pay in 4 interest-free instalments on orders up to $2,000.",
        "The sale page is gumleafoutdoor.com.au/summer and the official hashtag is #GumleafSummer.",
    ],
    "brief": "Drive traffic to the Summer Kit-Out Sale (26/11–7/12/2026) ahead of the Christmas holidays and promote the free Overland Track talk, in a friendly, outdoorsy Aussie tone.",
    "posts": [
        {
            "id": "gumleaf-outdoor-01", "network": "instagram",
            "post": "☀️ Summer's calling and your kit's ready to answer! The Gumleaf Summer Kit-Out Sale is ON from Thu 26/11 to Mon 7/12: 25% off every tent and 20% off every sleeping bag ⛺ Where are you camping these holidays? 👇 gumleafoutdoor.com.au/summer #GumleafSummer #camping",
            "labels": [],
        },
        {
            "id": "gumleaf-outdoor-02", "network": "facebook",
            "post": "Lightweight legend alert 🏕️ The Kestrel 2 hiking tent (two-person, just 1.9 kg) is down from $460 to $345 AUD in our Summer Kit-Out Sale. That's $115 back in your pocket for trail snacks 🍫 And since orders of $150 or more ship free anywhere in Australia, it ships free too. Sale ends 7 December, 11:59pm AEDT.",
            "labels": [],
        },
        {
            "id": "gumleaf-outdoor-03", "network": "x",
            "post": "Last chance! ⏰ Our Summer Kit-Out Sale ends Sunday 6 December. 30% off all tents, 20% off sleeping bags 👉 gumleafoutdoor.com.au/summer #GumleafSummer",
            "labels": [("contradicted", "Sunday 6 December"), ("contradicted", "30%")],
        },
        {
            "id": "gumleaf-outdoor-04", "network": "linkedin",
            "post": "Proud moment for the Gumleaf crew 🏆 Founded in Newcastle in 2013 by Priya Nair and Tom Castellano, we were named Best Specialty Retailer at the 2025 Australian Online Retail Awards. In FY2025–26 we shipped over 210,000 orders, and 1% of every sale supports the Bush Tracks Trust's volunteer trail crews. Thanks to everyone who gets outside with us. #GumleafSummer",
            "labels": [],
        },
        {
            "id": "gumleaf-outdoor-05", "network": "tiktok",
            "post": "POV: you finally learn to pack light for the Overland Track 🎒 Guide Hannah Okafor and ranger Sam Whitby show you how, live, Tuesday 1 December at 8pm AEDT. Free to join, and every viewer gets a $20 voucher 🙌 #GumleafSummer",
            "labels": [("unsupported", "ranger Sam Whitby"), ("contradicted", "8pm"),
                       ("unsupported", "every viewer gets a $20 voucher")],
        },
        {
            "id": "gumleaf-outdoor-06", "network": "bluesky",
            "post": "Priya Nair and Tom Castellano started Gumleaf in Newcastle NSW thirteen years ago 🌿 Today we stock more than 3,000 products from 118 brands, and until 7/12 every tent is 25% off. New here? Sign up to the newsletter for 10% off your first order with TRAILHEAD10 (not valid on sale prices).",
            "labels": [],
        },
        {
            "id": "gumleaf-outdoor-07", "network": "instagram",
            "post": "Shipping update 🚚 Orders placed before 3pm (Sydney time) on a business day leave our Newcastle warehouse the same day, and standard shipping is free on orders over $100! Get your kit sorted before Christmas 🎄 #GumleafSummer",
            "labels": [("contradicted", "3pm"), ("contradicted", "$100")],
        },
        {
            "id": "gumleaf-outdoor-08", "network": "x",
            "post": "Cart under $150? Standard shipping is $9.95, or $19.95 for express. Over $150 it's on us 😉 And if it's not right, send unused gear back within 60 days for a full refund ($7.95 return postage, taken off the refund). Shop the sale: https://www.gumleafoutdoor.com.au/summer",
            "labels": [],
        },
        {
            "id": "gumleaf-outdoor-09", "network": "facebook",
            "post": "Spread the cost of your summer kit 💳 Pay in 4 interest-free instalments on orders up to $5,000, and get 10% off your first order with code TRAILHEAD10, even on sale prices! #GumleafSummer",
            "labels": [("contradicted", "$5,000"), ("contradicted", "even on sale prices")],
        },
        {
            "id": "gumleaf-outdoor-10", "network": "mastodon",
            "post": "Free online talk 🥾 'Packing light for the Overland Track' with guide Hannah Okafor, streamed live on Wed 1 Dec at 7pm AEDT, right in the middle of our Summer Kit-Out Sale. Bring your questions! #GumleafSummer",
            "labels": [("contradicted", "Wed 1 Dec")],
        },
        {
            "id": "gumleaf-outdoor-11", "network": "linkedin",
            "post": "Gumleaf Outdoor was founded in 2013 in Newcastle by Priya Nair and Tom Castellano. Now Australia's largest online outdoor retailer, we ship over 250,000 orders a year and give 1% of every sale to the Bush Tracks Trust. #GumleafSummer",
            "labels": [("unsupported", "Australia's largest online outdoor retailer"),
                       ("contradicted", "over 250,000")],
        },
    ],
}

RIVERBEND = {
    "brand": "Riverbend Credit Union",
    "lang": "en",
    "facts": [
        "Riverbend Credit Union is a member-owned financial co-operative founded in 1948 in Saskatoon, Saskatchewan.",
        "Riverbend serves 51,300 members through 14 branches in Saskatchewan.",
        "Branches are open Monday to Friday from 9:30 a.m. to 5 p.m.; the Broadway and Stonebridge branches are also open on Saturdays from 9 a.m. to 1 p.m.",
        "The RRSP Season campaign runs from Monday 4 January to Monday 1 March 2027.",
        "During the campaign, the 18-month RRSP term deposit earns 3.65% per year, guaranteed for the full term, with a minimum deposit of $1,000.",
        "The High Interest Savings Account pays 2.10% per year on balances of $5,000 or more and 0.50% on balances below $5,000; rates can change at any time.",
        "The Everyday Plus chequing account costs $5 per month with unlimited debit transactions; the monthly fee is waived for members aged 18 to 24 and 65 or over.",
        "A free 'Retirement Basics' seminar takes place on Thursday 28 January 2027 at 7 p.m. at the Broadway branch, 812 Broadway Avenue, Saskatoon; it is led by certified financial planner Marc-André Gagnon, registration is required and there are 40 seats.",
        "Deposits at Riverbend are fully guaranteed by the Credit Union Deposit Guarantee Corporation (CUDGC).",
        "In 2025, Riverbend returned $3.2 million to members as patronage dividends.",
        "In 2025, Riverbend donated $410,000 to community organizations in Saskatchewan.",
        "Riverbend was named one of Saskatchewan's Top Employers for 2026.",
        "The CEO of Riverbend Credit Union is Danielle Okimaw.",
        "Financial advice appointments are free for members and can be booked at riverbendcu.ca/book.",
        "The campaign page is riverbendcu.ca/rrsp and the official hashtag is #RiverbendRRSP.",
    ],
    "brief": "Encourage members to plan their RRSP contributions during RRSP season (4 January – 1 March 2027) and to book a free advice appointment, in a clear, balanced tone with no promises of returns.",
    "posts": [
        {
            "id": "riverbend-cu-01", "network": "linkedin",
            "post": "RRSP season runs from January 4 to March 1, 2027. Whether you're just starting out or catching up, a conversation with an advisor can help you choose a contribution that fits your budget. Advice appointments are free for Riverbend members: riverbendcu.ca/book #RiverbendRRSP #PersonalFinance",
            "labels": [],
        },
        {
            "id": "riverbend-cu-02", "network": "facebook",
            "post": "Looking for a predictable option for part of your RRSP? During RRSP season, our 18-month RRSP term deposit earns 3.65% per year, and that rate is guaranteed for the full term. Minimum deposit: $1,000. The offer runs until Monday, March 1. Not sure it's right for you? Talk it through with an advisor first. Details: riverbendcu.ca/rrsp #RiverbendRRSP",
            "labels": [],
        },
        {
            "id": "riverbend-cu-03", "network": "x",
            "post": "Our 18-month RRSP term deposit pays 3.75% per year, guaranteed for the full term 🔒 Minimum deposit just $500. Book your free appointment at riverbendcu.ca/book #RiverbendRRSP",
            "labels": [("contradicted", "3.75%"), ("contradicted", "$500")],
        },
        {
            "id": "riverbend-cu-04", "network": "instagram",
            "post": "🗓️ Thu, Jan 28 · 7 p.m. Free 'Retirement Basics' seminar at our Broadway branch (812 Broadway Ave, Saskatoon) with certified financial planner Marc-Andre Gagnon. Only 40 seats, and registration is required. Come with your questions! #RiverbendRRSP",
            "labels": [],
        },
        {
            "id": "riverbend-cu-05", "network": "facebook",
            "post": "Thank you, members 💚 In 2025, Riverbend returned $3.2 million in patronage dividends and donated nearly half a million dollars to community organizations across Saskatchewan. We're also proud to be one of Canada's Top Employers for 2026.",
            "labels": [("contradicted", "nearly half a million dollars"), ("contradicted", "Canada's")],
        },
        {
            "id": "riverbend-cu-06", "network": "mastodon",
            "post": "Saturday banking reminder: our Broadway and Lakeview branches are open Saturdays, 9 a.m. to 1 p.m. On weekdays, all 14 branches are open 9:30 to 5. Prefer to talk RRSPs? Book a free advice appointment at https://riverbendcu.ca/book",
            "labels": [("contradicted", "Lakeview")],
        },
        {
            "id": "riverbend-cu-07", "network": "linkedin",
            "post": "Riverbend CEO Danielle Okimaw invites members to plan ahead this RRSP season. With 51,300 members and 16 branches across Saskatchewan, Riverbend offers an 18-month RRSP term deposit with returns guaranteed to beat inflation. #RiverbendRRSP",
            "labels": [("contradicted", "16"), ("unsupported", "returns guaranteed to beat inflation")],
        },
        {
            "id": "riverbend-cu-08", "network": "instagram",
            "post": "Chequing that fits your stage of life 💳 Everyday Plus is $5/month with unlimited debit transactions, and there's no monthly fee at all if you're 18–24 or 65+. Questions? Drop into any of our 14 branches across Saskatchewan. #RiverbendRRSP",
            "labels": [],
        },
        {
            "id": "riverbend-cu-09", "network": "x",
            "post": "Your deposits at Riverbend are insured by CDIC up to $100,000 🛡️ Grow your savings with our High Interest Savings Account: 2.10% on balances of $1,000 or more.",
            "labels": [("contradicted", "CDIC"), ("contradicted", "up to $100,000"), ("contradicted", "$1,000")],
        },
        {
            "id": "riverbend-cu-10", "network": "bluesky",
            "post": "Saving for something specific? Our High Interest Savings Account pays 2.10% per year on balances of $5,000+ and 0.50% below that. Rates can change at any time, so check the current rate before you decide. And your deposits are fully guaranteed by CUDGC. In 2025, members also shared $3.2M in patronage dividends 💚",
            "labels": [],
        },
        {
            "id": "riverbend-cu-11", "network": "tiktok",
            "post": "RRSP season ends March 31 ⏰ Don't wait! Book a free chat with a Riverbend advisor at riverbendcu.ca/rrsp-book and get a $50 bonus when you open an RRSP 🙌 #RiverbendRRSP",
            "labels": [("contradicted", "March 31"), ("contradicted", "riverbendcu.ca/rrsp-book"),
                       ("unsupported", "get a $50 bonus when you open an RRSP")],
        },
    ],
}

if __name__ == "__main__":
    check_calendar()
    build([BRICO, JONCTION, GUMLEAF, RIVERBEND], os.path.join(HERE, "blind7.jsonl"))
