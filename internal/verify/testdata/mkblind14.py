"""Blind labelled set 14 for the Verify engine: writes blind14.jsonl (44 posts).

Brands (all fictional), written blind: the author never read the engine, its tests,
the other labelled sets or their generators; only the labelling conventions of
shared/data/README.md, the style of shared/data/verify/dev.jsonl and mkblind_common.py.

- Pétales & Cie (fr): florist chain of western France preparing Valentine's Day 2027
  (bouquets and prices, delivery slots and fees, order deadlines, shops).
- Les Vedettes Korrigan (fr): ferry company serving Groix and Houat, summer 2027
  (crossings per day by season, fares by age, car transport, booking).
- Hallowby Empire (en, UK): regional theatre's pantomime season 2026-27 (performance
  dates and times, ticket bands in £, relaxed and BSL performances, cast).
- Bramble & Bone (en, US): fresh dog-food subscription, January 2027 campaign (plans by
  dog weight, $ prices, first-box discount, shipping, US dates).

Calendar checks made with Python's calendar module (calendar.weekday), re-asserted
below by check_weekdays() each time the script runs:
  2027-02-01 Monday, 2027-02-11 Thursday, 2027-02-12 Friday, 2027-02-13 Saturday,
  2027-02-14 Sunday; 2027-03-31 Wednesday, 2027-07-03 Saturday, 2027-08-29 Sunday
  (58 days, 9 full weekends); 2026-11-27 Friday, 2026-12-08 Tuesday,
  2026-12-17 Thursday, 2026-12-26 Saturday, 2027-01-02 Saturday, 2027-01-03 Sunday
  (6 full weekends from 27 Nov); 2027-01-01 Friday, 2027-01-31 Sunday.

Arithmetic used by clean posts: 12 x 4,50 = 54 € (5 € more than the 49 € bouquet),
49 € - 15 % = 41,65 €; 2 x 34,50 + 2 x 22 = 113 €, - 10 % = 101,70 €; 1987 -> 2027 =
40 years; 2 x £26 + 2 x £21 = £94 (family ticket £88 saves £6), £18 - £5 = £13,
1909 -> 2026 = 117 years; $92 / 2 = $46, $58 / 2 weeks = $29 a week, $136 / 2 = $68.

Run from anywhere: python3 mkblind14.py
"""
import calendar
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mkblind_common import build  # noqa: E402

WEEKDAYS = {
    (2027, 2, 1): "Monday", (2027, 2, 11): "Thursday", (2027, 2, 12): "Friday",
    (2027, 2, 13): "Saturday", (2027, 2, 14): "Sunday", (2027, 3, 31): "Wednesday",
    (2027, 7, 3): "Saturday", (2027, 8, 29): "Sunday", (2026, 11, 27): "Friday",
    (2026, 12, 8): "Tuesday", (2026, 12, 17): "Thursday", (2026, 12, 26): "Saturday",
    (2027, 1, 2): "Saturday", (2027, 1, 3): "Sunday", (2027, 1, 1): "Friday",
    (2027, 1, 31): "Sunday",
}


def check_weekdays():
    for (y, m, d), name in WEEKDAYS.items():
        got = calendar.day_name[calendar.weekday(y, m, d)]
        if got != name:
            sys.exit(f"{y}-{m:02d}-{d:02d} is a {got}, not a {name}")


PETALES = {
    "brand": "Pétales & Cie",
    "lang": "fr",
    "facts": [
        "Pétales & Cie est une chaîne de fleuristes fondée en 2004 à Nantes par Claire Le Goff, qui la dirige toujours.",
        "Le réseau compte 36 boutiques dans le Grand Ouest, dont 9 à Nantes.",
        "La boutique historique est située au 5 place du Commerce, à Nantes.",
        "La Saint-Valentin tombe le dimanche 14 février 2027 ; ce jour-là, toutes les boutiques sont exceptionnellement ouvertes de 8h à 13h.",
        "Le bouquet « Cœur battant » (12 roses rouges et eucalyptus) est vendu 49 € ; le bouquet « Grand amour » (24 roses rouges) est vendu 89 €.",
        "La rose rouge à l'unité est vendue 4,50 €.",
        "Les vendredi 12 et samedi 13 février 2027, la livraison à domicile est proposée sur trois créneaux : 9h-12h, 14h-18h et 18h-20h ; le dimanche 14 février, seul le créneau 9h-12h est proposé.",
        "La livraison à domicile coûte 7,90 € ; elle est offerte pour toute commande en ligne à partir de 60 €.",
        "Pour une livraison le 14 février, la commande en ligne doit être passée au plus tard le jeudi 11 février 2027 à 23h59.",
        "Le retrait en boutique est gratuit ; les commandes à retirer en boutique sont acceptées jusqu'au samedi 13 février 2027 à 18h.",
        "Du lundi 1er au dimanche 14 février 2027, le code AMOUR27 donne 15 % de réduction sur les bouquets commandés sur petalesetcie.fr, sauf sur le bouquet « Grand amour ».",
        "Les roses de la collection Saint-Valentin sont cultivées à Hyères, dans le Var, par la roseraie Vallon d'Azur.",
        "En 2026, Pétales & Cie a été classée 2e enseigne de fleuristes préférée des Français par le magazine Maison Verte.",
        "Le site de l'enseigne est petalesetcie.fr.",
        "Le hashtag officiel de la campagne est #PetalesAmour.",
    ],
    "brief": "Faire commander les bouquets de la Saint-Valentin 2027 avant la date limite du jeudi 11 février, en rappelant les créneaux de livraison et le retrait gratuit en boutique, sur un ton romantique et complice.",
    "posts": [
        {"id": "petales-cie-01", "network": "instagram",
         "post": "💘 Dimanche 14 février, on vous couvre de roses ! Notre bouquet Cœur battant (douze roses rouges + eucalyptus) est à 49 €, et le Grand Amour et ses 24 roses à 89 €… avec la livraison offerte si vous le commandez en ligne, puisqu'il dépasse les 60 € 😉 Vous craquez pour lequel ? 👇 #PetalesAmour #SaintValentin",
         "labels": []},
        {"id": "petales-cie-02", "network": "facebook",
         "post": "Petit calcul d'amoureux 🧮❤️ 12 roses rouges à l'unité, c'est 54 €. Notre bouquet Cœur battant, avec ses 12 roses et son eucalyptus, c'est 49 € : 5 € d'économie. Et avec le code AMOUR27 sur petalesetcie.fr, il tombe à 41,65 € jusqu'au 14/02. Qui dit mieux ? #PetalesAmour",
         "labels": []},
        {"id": "petales-cie-03", "network": "x",
         "post": "⏰ Livré le jour J ? Commandez au plus tard jeudi 11/02 à 23h59 sur www.petalesetcie.fr 💌 Le dimanche, nos livreurs passent entre 9h et midi. #PetalesAmour",
         "labels": []},
        {"id": "petales-cie-04", "network": "linkedin",
         "post": "Plus de vingt ans après avoir fondé Pétales & Cie à Nantes, Claire Le Goff voit l'enseigne classée 2e enseigne de fleuristes préférée des Français par le magazine Maison Verte. Une fierté partagée par les équipes de nos 36 boutiques du Grand Ouest, à quelques jours de la Saint-Valentin. #PetalesAmour",
         "labels": []},
        {"id": "petales-cie-05", "network": "tiktok",
         "post": "Nos roses de Saint-Valentin ? Elles poussent à Hyères, dans le Var, à la roseraie Vallon d'Azur 🌹☀️ Des roses cultivées en France, ça change tout 💚 À 4,50 € la rose ou en bouquet 👉 petalesetcie.fr #PetalesAmour #fleurs",
         "labels": []},
        {"id": "petales-cie-06", "network": "mastodon",
         "post": "Retardataires, on ne vous juge pas 😅 Une commande à retirer en boutique ? C'est gratuit, et c'est possible jusqu'au samedi 13 février à 18h dans nos 36 boutiques, dont 9 à Nantes, comme notre boutique historique du 5 place du Commerce. Et le dimanche 14, on vous accueille de 8h à 13h 💐 #PetalesAmour",
         "labels": []},
        {"id": "petales-cie-07", "network": "facebook",
         "post": "Cette année, la Saint-Valentin tombe un dimanche 💕 Toutes nos boutiques seront ouvertes de 8h à 13h, et nous livrons ce jour-là de 9h à 20h ! Une carte message calligraphiée est offerte avec chaque bouquet. Commande en ligne jusqu'au jeudi 11 février, 23h59. #PetalesAmour",
         "labels": [("contradicted", "20h"),
                    ("unsupported", "Une carte message calligraphiée est offerte avec chaque bouquet")]},
        {"id": "petales-cie-08", "network": "x",
         "post": "Code AMOUR27 = -20 % sur tous nos bouquets, même le Grand amour 😍 Jusqu'au 14 février sur petalesetcie.fr #PetalesAmour",
         "labels": [("contradicted", "-20 %"), ("contradicted", "même le Grand amour")]},
        {"id": "petales-cie-09", "network": "instagram",
         "post": "Livraison offerte dès 50 € d'achat en ligne 🚚💐 Sinon, c'est 7,90 €. Et pour être livré le dimanche 14, commandez avant le vendredi 11 février à minuit ! #PetalesAmour",
         "labels": [("contradicted", "50 €"), ("contradicted", "vendredi 11 février")]},
        {"id": "petales-cie-10", "network": "linkedin",
         "post": "Fondée en 2004 à Rennes par Claire Le Goff, Pétales & Cie compte aujourd'hui plus de 40 boutiques dans le Grand Ouest et a été classée 1re enseigne de fleuristes préférée des Français en 2026 par Maison Verte. Merci à nos équipes qui préparent la Saint-Valentin ! #PetalesAmour",
         "labels": [("contradicted", "Rennes"), ("contradicted", "plus de 40"), ("contradicted", "1re")]},
        {"id": "petales-cie-11", "network": "tiktok",
         "post": "Le bouquet Cœur battant à 45 € 🌹 12 roses rouges cultivées à Hyères, livrées en moins de 2h partout en France ! Qui veut ? 🙋 #PetalesAmour #SaintValentin",
         "labels": [("contradicted", "45 €"), ("unsupported", "livrées en moins de 2h partout en France")]},
    ],
}

KORRIGAN = {
    "brand": "Les Vedettes Korrigan",
    "lang": "fr",
    "facts": [
        "Les Vedettes Korrigan sont une compagnie maritime fondée en 1987 à Lorient.",
        "La compagnie dessert deux îles : Groix, au départ de Lorient (traversée de 45 minutes), et Houat, au départ de Quiberon (traversée de 55 minutes).",
        "En haute saison, du samedi 3 juillet au dimanche 29 août 2027, il y a 8 traversées par jour dans chaque sens entre Lorient et Groix, et 3 entre Quiberon et Houat.",
        "Le reste de l'année, il y a 5 traversées par jour dans chaque sens entre Lorient et Groix, et 1 entre Quiberon et Houat.",
        "L'aller-retour Lorient–Groix coûte 34,50 € pour un adulte (26 ans et plus) et 22 € pour les 4-25 ans ; il est gratuit pour les moins de 4 ans.",
        "L'aller-retour Quiberon–Houat coûte 39 € pour un adulte et 25 € pour les 4-25 ans.",
        "Le transport des voitures n'est possible que sur la ligne Lorient–Groix : 160 € l'aller-retour pour une voiture de moins de 5 mètres, sur réservation obligatoire.",
        "Un vélo voyage pour 18 € l'aller-retour, sur toutes les lignes.",
        "Jusqu'au mercredi 31 mars 2027, l'offre « Réservez tôt » donne 10 % de réduction sur les allers-retours passagers de la haute saison réservés en ligne.",
        "La flotte compte 4 navires ; le plus grand, le Men Glaz, embarque 350 passagers et 28 voitures.",
        "Les passagers doivent se présenter à l'embarquement 30 minutes avant le départ, et 45 minutes avec une voiture.",
        "En 2026, la compagnie a transporté 412 000 passagers.",
        "Les réservations se font sur vedettes-korrigan.bzh ou au 02 61 91 40 40, du lundi au samedi de 8h30 à 18h.",
        "Le hashtag officiel est #CapSurLesIles.",
    ],
    "brief": "Ouvrir les réservations de l'été 2027 (haute saison du 3 juillet au 29 août) et pousser l'offre « Réservez tôt » avant le 31 mars, sur un ton iodé et convivial.",
    "posts": [
        {"id": "vedettes-korrigan-01", "network": "facebook",
         "post": "☀️ L'été 2027 se prépare maintenant ! Du 3/07 au 29/08, cap sur Groix : 8 départs par jour depuis Lorient, et autant au retour 🌊 Réservez en ligne avant le 31 mars sur vedettes-korrigan.bzh et profitez de -10 % sur vos allers-retours de haute saison avec l'offre Réservez tôt. #CapSurLesIles",
         "labels": []},
        {"id": "vedettes-korrigan-02", "network": "instagram",
         "post": "Famille de 4 en vue ? 👨‍👩‍👧‍👦 Deux adultes + deux ados de 12 et 15 ans : 113 € l'aller-retour pour Groix. Avec l'offre Réservez tôt (en ligne, jusqu'au 31/03), ça fait 101,70 € pour un aller-retour en pleine haute saison 🏝️ Et les moins de 4 ans ne paient rien 😉 #CapSurLesIles #Bretagne",
         "labels": []},
        {"id": "vedettes-korrigan-03", "network": "x",
         "post": "Groix en trois quarts d'heure, Houat en moins d'une heure ⛴️ Cet été, ça fait 9 week-ends de haute saison, du samedi 3 juillet au dimanche 29 août, avec trois départs quotidiens de Quiberon vers Houat. Vous partez quand ? #CapSurLesIles",
         "labels": []},
        {"id": "vedettes-korrigan-04", "network": "linkedin",
         "post": "Les Vedettes Korrigan fêtent leurs 40 ans 🎉 Fondée à Lorient en 1987, la compagnie relie aujourd'hui Lorient à Groix et Quiberon à Houat. En 2026, plus de 400 000 passagers ont embarqué sur nos 4 navires. Merci à nos équipages et à vous tous ! #CapSurLesIles",
         "labels": []},
        {"id": "vedettes-korrigan-05", "network": "bluesky",
         "post": "🚗 Vous partez à Groix avec la voiture ? Réservation obligatoire ! Comptez 160 € l'aller-retour pour un véhicule de moins de 5 m, et présentez-vous 45 min avant le départ. Le Men Glaz, notre plus grand navire, embarque jusqu'à 28 voitures et 350 passagers. Infos et résa : 02 61 91 40 40 (lun.-sam., 8h30-18h) #CapSurLesIles",
         "labels": []},
        {"id": "vedettes-korrigan-06", "network": "instagram",
         "post": "Cet été, 10 traversées par jour entre Lorient et Groix ⛴️ dès le vendredi 3 juillet ! Et les moins de 4 ans voyagent toujours gratuitement 👶 #CapSurLesIles",
         "labels": [("contradicted", "10"), ("contradicted", "vendredi 3 juillet")]},
        {"id": "vedettes-korrigan-07", "network": "x",
         "post": "⏳ Dernière ligne droite ! Jusqu'au 30 avril, l'offre Réservez tôt vous fait gagner 10 % sur vos allers-retours de haute saison réservés en ligne, voitures comprises 🚗 vedettes-korrigan.bzh #CapSurLesIles",
         "labels": [("contradicted", "30 avril"), ("contradicted", "voitures comprises")]},
        {"id": "vedettes-korrigan-08", "network": "facebook",
         "post": "Cap sur Houat 😍 Embarquez avec votre voiture depuis Quiberon, 3 départs par jour cet été ! Aller-retour adulte : 39 €, 4-25 ans : 25 €. Wifi gratuit à bord de tous nos navires 📶 #CapSurLesIles",
         "labels": [("contradicted", "avec votre voiture"),
                    ("unsupported", "Wifi gratuit à bord de tous nos navires")]},
        {"id": "vedettes-korrigan-09", "network": "tiktok",
         "post": "POV : la compagnie n°1 des îles bretonnes t'emmène à Groix en 30 minutes 🌊🏝️ #CapSurLesIles #Groix",
         "labels": [("unsupported", "la compagnie n°1 des îles bretonnes"), ("contradicted", "30 minutes")]},
        {"id": "vedettes-korrigan-10", "network": "linkedin",
         "post": "Avec plus de 500 000 passagers transportés en 2026 et une flotte de 5 navires, les Vedettes Korrigan abordent l'été 2027 avec confiance. Haute saison du 3 juillet au 29 août ! #CapSurLesIles",
         "labels": [("contradicted", "plus de 500 000"), ("contradicted", "5", 1)]},
        {"id": "vedettes-korrigan-11", "network": "mastodon",
         "post": "🚲 Groix à vélo, c'est le rêve ! Bonne nouvelle : votre vélo voyage gratuitement avec vous. Présentez-vous 20 minutes avant le départ, et c'est parti ! Adulte : 34,50 € l'aller-retour. #CapSurLesIles",
         "labels": [("contradicted", "gratuitement"), ("contradicted", "20 minutes")]},
    ],
}

EMPIRE = {
    "brand": "Hallowby Empire",
    "lang": "en",
    "facts": [
        "The Hallowby Empire is a 1,150-seat theatre at 14 Market Street, Hallowby, opened in 1909.",
        "This year's pantomime, Jack and the Beanstalk, runs from Friday 27 November 2026 to Sunday 3 January 2027.",
        "Evening performances start at 7pm and matinees at 2pm; there is no performance on Christmas Day.",
        "On Boxing Day, Saturday 26 December 2026, there are two performances, at 1pm and 5pm.",
        "Tickets come in three bands: Band A £32, Band B £26 and Band C £18; under-16s pay £5 less in every band.",
        "A family ticket for 2 adults and 2 under-16s costs £88 in Band B.",
        "Relaxed performances, with lower sound levels, softer lighting and a chill-out space in the foyer, take place on Tuesday 8 December 2026 at 2pm and Saturday 2 January 2027 at 2pm.",
        "A British Sign Language (BSL) interpreted performance takes place on Thursday 17 December 2026 at 7pm.",
        "Dame Trott is played by Gary Pennock, in his 12th Empire pantomime; Jack is played by Priya Mallory; the villain Fleshcreep is played by Tom Ashworth.",
        "The pantomime is written and directed by Helen Kerr.",
        "Online bookings at hallowbyempire.co.uk carry a £1.50 booking fee per ticket; there is no fee at the box office (01632 960418, Monday to Saturday, 10am to 6pm).",
        "Last year's pantomime, Cinderella, sold 41,200 tickets.",
        "The Empire's Cinderella won Best Pantomime (Large Venue) at the 2025 Northern Stage Awards.",
        "The show runs about 2 hours 20 minutes, including a 20-minute interval.",
        "The official hashtag is #EmpirePanto.",
    ],
    "brief": "Sell tickets for Jack and the Beanstalk (27 November 2026 – 3 January 2027) and promote the relaxed and BSL-interpreted performances, in a cheeky, family-friendly panto tone.",
    "posts": [
        {"id": "hallowby-empire-01", "network": "facebook",
         "post": "Fee-fi-fo-FUN! 🌱 Jack and the Beanstalk climbs onto the Empire stage from Fri 27 Nov to Sun 3 Jan, with Gary Pennock back as Dame Trott for his 12th Empire panto (oh yes he is!). Evenings at 7pm, matinees at 2pm. Book at hallowbyempire.co.uk #EmpirePanto",
         "labels": []},
        {"id": "hallowby-empire-02", "network": "instagram",
         "post": "Panto for everyone 💚 Our relaxed performances on Tue 8 Dec and Sat 2 Jan (both at 2pm) come with lower sound levels, softer lighting and a chill-out space in the foyer. Prefer BSL? Join us on Thursday 17th December at 7pm for our interpreted show 🤟 #EmpirePanto #RelaxedPerformance",
         "labels": []},
        {"id": "hallowby-empire-03", "network": "x",
         "post": "Family of four? The Band B family ticket is £88, that's £6 less than buying 2 adult and 2 under-16 tickets separately (£94) 👨‍👩‍👧‍👦 Kids' seats start at just £13 in Band C. #EmpirePanto",
         "labels": []},
        {"id": "hallowby-empire-04", "network": "linkedin",
         "post": "After Cinderella sold more than 41,000 tickets and took Best Pantomime (Large Venue) at the 2025 Northern Stage Awards, our panto is back. Jack and the Beanstalk, written and directed by Helen Kerr, plays across six weekends at our 117-year-old, 1,150-seat home on Market Street. #EmpirePanto",
         "labels": []},
        {"id": "hallowby-empire-05", "network": "bluesky",
         "post": "Boxing Day plans sorted 🎄 Two shows on Saturday 26 December, at 1pm and 5pm: about two hours and twenty minutes of boos, hisses and beans, interval included. Each ticket is £1.50 cheaper if you book in person at the box office 😉 (And no show on Christmas Day, Dame Trott needs her turkey 🦃) #EmpirePanto",
         "labels": []},
        {"id": "hallowby-empire-06", "network": "facebook",
         "post": "Our relaxed performance is on Saturday 8 December at 2pm, with lower sound levels, softer lighting and free ear defenders for every child 💚 #EmpirePanto",
         "labels": [("contradicted", "Saturday 8 December"),
                    ("unsupported", "free ear defenders for every child")]},
        {"id": "hallowby-empire-07", "network": "instagram",
         "post": "Curtain up at 7.30pm every evening! 🌟 Band C tickets £18 for adults, and under-16s go free with a paying adult at all matinees 🎟️ #EmpirePanto",
         "labels": [("contradicted", "7.30pm"), ("contradicted", "go free")]},
        {"id": "hallowby-empire-08", "network": "x",
         "post": "Book online at hallowbyempire.co.uk with no booking fees 🙌 Jack and the Beanstalk runs until Sunday 10 January, don't miss it! #EmpirePanto",
         "labels": [("contradicted", "no booking fees"), ("contradicted", "Sunday 10 January")]},
        {"id": "hallowby-empire-09", "network": "linkedin",
         "post": "Proud to announce that Jack and the Beanstalk is directed by Gary Pennock, with Priya Mallory as Jack and Tom Ashworth as Fleshcreep. Last year's Cinderella sold over 45,000 tickets! #EmpirePanto",
         "labels": [("contradicted", "Gary Pennock"), ("contradicted", "over 45,000")]},
        {"id": "hallowby-empire-10", "network": "tiktok",
         "post": "The UK's biggest panto is back 🫘✨ Jack and the Beanstalk at the Hallowby Empire, with a special guest appearance by Strictly star Leo Danvers on opening night! #EmpirePanto #Panto",
         "labels": [("unsupported", "The UK's biggest panto"),
                    ("unsupported", "a special guest appearance by Strictly star Leo Danvers on opening night")]},
        {"id": "hallowby-empire-11", "network": "mastodon",
         "post": "Our award-winning panto is back! 🏆 Cinderella won Best Pantomime (Large Venue) at the 2024 Northern Stage Awards, and this year Jack runs 2 hours 40 minutes including the interval, with a Christmas Day matinee at 2pm 🎄 #EmpirePanto",
         "labels": [("contradicted", "2024"), ("contradicted", "2 hours 40 minutes"),
                    ("contradicted", "a Christmas Day matinee")]},
    ],
}

BRAMBLE = {
    "brand": "Bramble & Bone",
    "lang": "en",
    "facts": [
        "Bramble & Bone is a fresh dog-food subscription founded in 2019 in Boulder, Colorado, by veterinarian Dr. Maya Okafor and chef Luis Reyes.",
        "Plans are priced per two-week box by dog weight: Petite (up to 20 lb) $58, Medium (21–50 lb) $92, Large (51–90 lb) $136.",
        "Dogs over 90 lb get a custom plan, quoted by email.",
        "The New Year, New Bowl campaign runs from Friday, January 1, to Sunday, January 31, 2027.",
        "During the campaign, new customers get 50% off their first box with code NEWBOWL50; the discount applies to the first box only.",
        "Shipping is free to the contiguous United States; boxes to Alaska and Hawaii cost $15 extra.",
        "Boxes ship every other Monday and arrive within 2 to 4 business days, packed with dry ice.",
        "Customers can skip, pause or cancel anytime before the cutoff: 11:59 pm ET on the Thursday before a shipping Monday.",
        "There are 4 recipes: Turkey & Sweet Potato, Beef & Barley, Salmon & Rice, and Chicken & Pumpkin.",
        "All recipes are cooked in a USDA-inspected kitchen in Boulder and formulated to meet AAFCO nutrient profiles for all life stages.",
        "As of December 2026, Bramble & Bone feeds 27,600 subscribed dogs.",
        "Bramble & Bone was named Best Fresh Dog Food Subscription 2026 by PetTech Review.",
        "If a dog won't eat the first box, Bramble & Bone refunds that box in full.",
        "Refer a friend: both get a $25 credit once the friend's first box ships.",
        "The website is brambleandbone.com and the official hashtag is #NewYearNewBowl.",
    ],
    "brief": "Win new subscribers during New Year, New Bowl (January 1–31, 2027) by pushing the 50% first-box offer, in a warm, playful and vet-credible tone.",
    "posts": [
        {"id": "bramble-bone-01", "network": "instagram",
         "post": "New year, new bowl 🐶🥣 From now through Jan. 31, new pups get 50% off their first box with code NEWBOWL50. For a Medium pup (21–50 lb), that's $46 instead of $92 for two weeks of fresh meals! brambleandbone.com #NewYearNewBowl",
         "labels": []},
        {"id": "bramble-bone-02", "network": "facebook",
         "post": "Founded by a vet and a chef 👩‍⚕️👨‍🍳 Dr. Maya Okafor and Luis Reyes started Bramble & Bone in Boulder back in 2019. Today more than 27,000 subscribed dogs eat our recipes, cooked in a USDA-inspected kitchen and formulated to meet AAFCO nutrient profiles for all life stages. #NewYearNewBowl #FreshDogFood",
         "labels": []},
        {"id": "bramble-bone-03", "network": "x",
         "post": "Petite plan (up to 20 lb): $58 every two weeks, so $29 a week 🐕 Shipping is free anywhere in the lower 48. Skip, pause or cancel before 11:59 pm ET on the Thursday before your box ships. #NewYearNewBowl",
         "labels": []},
        {"id": "bramble-bone-04", "network": "tiktok",
         "post": "Which recipe is your dog team? 🦃🥩🐟🐔 Turkey & Sweet Potato, Beef & Barley, Salmon & Rice or Chicken & Pumpkin: four recipes, zero boring bowls. And if your pup turns up their nose at the first box, we refund it in full. #NewYearNewBowl",
         "labels": []},
        {"id": "bramble-bone-05", "network": "linkedin",
         "post": "Honored that PetTech Review named Bramble & Bone the Best Fresh Dog Food Subscription of 2026 🏆 Thank you to our Boulder team and to every pup parent. Through 1/31/2027, new customers save 50% on their first box. #NewYearNewBowl",
         "labels": []},
        {"id": "bramble-bone-06", "network": "bluesky",
         "post": "Got a big lad? 🐕‍🦺 The Large plan (51–90 lb) is $136 per two-week box, so $68 for your first one with NEWBOWL50. Over 90 lb? Email us for a custom quote. Plus, refer a friend and you both get $25 in credit once their first box ships. https://www.brambleandbone.com #NewYearNewBowl",
         "labels": []},
        {"id": "bramble-bone-07", "network": "instagram",
         "post": "🎉 60% off your first box with code NEWBOWL50, plus a free bag of training treats in every order! Ends Saturday, January 31. #NewYearNewBowl",
         "labels": [("contradicted", "60%"), ("unsupported", "a free bag of training treats in every order"),
                    ("contradicted", "Saturday, January 31")]},
        {"id": "bramble-bone-08", "network": "facebook",
         "post": "Free shipping nationwide, including Alaska and Hawaii 🚚 Boxes ship on Mondays, packed with dry ice, and arrive in 1 to 3 business days. #NewYearNewBowl",
         "labels": [("contradicted", "including Alaska and Hawaii"), ("contradicted", "1 to 3 business days")]},
        {"id": "bramble-bone-09", "network": "x",
         "post": "Medium plan (21–50 lb): $96 every two weeks 🐶 All 5 recipes are human-grade and cooked in our USDA-inspected kitchen in Boulder. #NewYearNewBowl",
         "labels": [("contradicted", "$96"), ("contradicted", "5", 1), ("unsupported", "human-grade")]},
        {"id": "bramble-bone-10", "network": "linkedin",
         "post": "Since our founding in Denver in 2019, Bramble & Bone has grown to feed over 30,000 dogs across America, and our refer-a-friend program gives both friends a $25 credit. #NewYearNewBowl",
         "labels": [("contradicted", "Denver"), ("contradicted", "over 30,000")]},
        {"id": "bramble-bone-11", "network": "tiktok",
         "post": "America's favorite fresh dog food 🇺🇸🐕 Try us risk-free with our money-back guarantee on every box! Code NEWBOWL50 for 50% off your first box. #NewYearNewBowl",
         "labels": [("unsupported", "America's favorite fresh dog food"), ("contradicted", "on every box")]},
    ],
}

if __name__ == "__main__":
    check_weekdays()
    build([PETALES, KORRIGAN, EMPIRE, BRAMBLE], os.path.join(HERE, "blind14.jsonl"))
