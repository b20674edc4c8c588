"""Blind verify set 46: 4 fictional brands, 44 posts (22 clean).

Brands and sectors:
- Musée régional Vauclerc (fr, Belgium, Dinant): regional museum, exhibition "Meuse de fer, 1850-1950".
- Espace Quai 47 (fr, Québec, Trois-Rivières / Chicoutimi): coworking space, opening of a 2nd space.
- Tallowood Solar (en, Australia, Brisbane): home solar-panel installer, May 2027 offer.
- Starling Road (en, UK and Ireland): touring musical theatre production, autumn 2027 tour.

Calendar checks (datetime):
- Sat 20 Mar 2027, Sun 29 Aug 2027 (exhibition; 162 days, i.e. more than five months).
- First Sundays in the exhibition: 4 Apr, 2 May, 6 Jun, 4 Jul, 1 Aug 2027 (five; 7 Mar is before it).
- Mon 26 Apr 2027 to Fri 7 May 2027 (spring holidays); its Wednesdays: 28 Apr and 5 May 2027.
- Sat 5 Jun 2027 (open day), Mon 7 Jun 2027 (opening; two days later), Wed 30 Jun 2027.
- Tue 7 Jun is wrong (Monday); Sat 12 Jun 2027 is a Saturday (wrong date only).
- Sat 1 May 2027, Mon 31 May 2027 (solar offer); Thu 13 May 2027 (info evening); 14 May 2027 is a Friday.
- Tour: Tue 14 - Sat 18 Sep, Tue 21 - Sat 25 Sep, Tue 28 Sep - Sat 9 Oct, Tue 12 - Sat 16 Oct,
  Tue 19 - Sat 23 Oct 2027; Wed 14 Sep is wrong (Tuesday).

Arithmetic used by clean posts:
- Museum: 210 objects -> "plus de 200"; 4 x 9 € = 36 €, 36 - 22 = 14 € saved by the family ticket;
  20 Mar - 29 Aug = more than five months; five first Sundays; two Wednesdays in the holidays.
- Coworking: 189 - 99 = 90 $ saved; 4 h x 20 $ = 80 $; 5 Jun is two days before 7 Jun.
- Solar: 7,990 - 500 = 7,490 $; 24 - 15 = 9 panels; 7,990 - 5,490 = 2,500 $; 7,490 - 5,490 = 2,000 $;
  9,412 -> "over 9,400"; 25 years = a quarter of a century.
- Musical: 24 - 15 = £9; Manchester 28 Sep - 9 Oct = two weeks = 2 x (5 evenings + 2 matinees) = 14
  performances; 2 h 35 - 20 min = 2 h 15.

Written blind: the writer read only the "verify/dev.jsonl conventions" section of /work/shared/data/README.md, /work/shared/data/verify/dev.jsonl and mkblind_common.py; no engine code, docs, other testdata or other mkblind scripts.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mkblind_common import build  # noqa: E402

C, U = "contradicted", "unsupported"

VAUCLERC = {
    "brand": "Musée régional Vauclerc",
    "lang": "fr",
    "facts": [
        "Le Musée régional Vauclerc, consacré à l'histoire de la vallée de la Meuse, est installé dans une ancienne brasserie au 14 rue des Tanneurs, à Dinant.",
        "L'exposition « Meuse de fer, 1850-1950 » est présentée du samedi 20 mars au dimanche 29 août 2027.",
        "L'exposition rassemble 210 objets, dont 38 maquettes de bateaux et 74 photographies.",
        "27 objets de l'exposition sont prêtés par la Fondation Hubert-Lemoine.",
        "La commissaire de l'exposition est Delphine Marchal, historienne et directrice du musée.",
        "Le musée est ouvert du mercredi au dimanche, de 10h à 17h30.",
        "Le billet coûte 9 € en plein tarif et 6 € pour les étudiants et les seniors (65 ans et plus) ; l'entrée est gratuite pour les moins de 12 ans.",
        "Le billet famille (2 adultes et jusqu'à 3 enfants de 12 à 17 ans) coûte 22 €.",
        "L'entrée est gratuite pour tous le premier dimanche de chaque mois.",
        "Pendant les vacances de printemps, du lundi 26 avril au vendredi 7 mai 2027, l'atelier « Mousse à bord » pour les 6-11 ans a lieu chaque mercredi à 14h ; il dure 1 h 30 et coûte 5 € par enfant.",
        "Les visites guidées pour les groupes (à partir de 10 personnes) coûtent 4 € par personne en plus du billet et se réservent sur vauclerc.be/groupes.",
        "Le hashtag officiel est #MeuseDeFer.",
    ],
    "brief": "Faire connaître l'exposition « Meuse de fer » auprès des familles et des écoles de la région, en mettant en avant les ateliers pour enfants et la gratuité du premier dimanche du mois.",
    "posts": [
        {"id": "vauclerc-01", "network": "instagram",
         "post": "⚓ « Meuse de fer, 1850-1950 » ouvre ce samedi 20 mars au Musée régional Vauclerc ! Plus de 200 objets, dont 38 maquettes de bateaux et 74 photos, à découvrir jusqu'à fin août. On a hâte de vous y voir 💙 #MeuseDeFer",
         "labels": []},
        {"id": "vauclerc-02", "network": "facebook",
         "post": "Vous avez moins de 12 ans ? L'entrée est gratuite 👧👦 Pour les plus grands, le billet famille (2 adultes + jusqu'à 3 enfants de 12 à 17 ans) est à 22 €, soit 14 € de moins que 4 billets plein tarif. Et le premier dimanche du mois, c'est gratuit pour tout le monde 🎉 Ouvert du mercredi au dimanche, 10h-17h30. 📍 14 rue des Tanneurs, Dinant #MeuseDeFer",
         "labels": []},
        {"id": "vauclerc-03", "network": "linkedin",
         "post": "Le Musée régional Vauclerc présente « Meuse de fer, 1850-1950 », du 20/03 au 29/08/2027, sous le commissariat de Delphine Marchal, historienne et directrice du musée. 27 pièces ont été prêtées par la Fondation Hubert-Lemoine. Écoles et associations : visites guidées de groupe dès 10 personnes, 4 € par personne en plus du billet, sur vauclerc.be/groupes. #MeuseDeFer",
         "labels": []},
        {"id": "vauclerc-04", "network": "tiktok",
         "post": "POV : tu apprends que le musée de Dinant est installé dans une ancienne brasserie 🍺⚓ Et l'expo « Meuse de fer » reste plus de cinq mois, alors pas d'excuse ! #MeuseDeFer #musée",
         "labels": []},
        {"id": "vauclerc-05", "network": "x",
         "post": "Vacances de printemps 🌸 L'atelier « Mousse à bord » (6-11 ans) a lieu deux mercredis : le 28/04 et le 05/05, à 14h. 1h30 d'aventure au musée pour 5 € par enfant ⚓ #MeuseDeFer",
         "labels": []},
        {"id": "vauclerc-06", "network": "instagram",
         "post": "🎟️ Cinq premiers dimanches, cinq occasions de voir « Meuse de fer » gratuitement : 4 avril, 2 mai, 6 juin, 4 juillet et 1er août ! Entrée libre pour tous ces jours-là 🙌 #MeuseDeFer #Dinant",
         "labels": []},
        {"id": "vauclerc-07", "network": "facebook",
         "post": "⚓ Rendez-vous le dimanche 20 mars pour l'ouverture de « Meuse de fer, 1850-1950 » ! 210 objets vous attendent, dont 48 maquettes de bateaux 🚢 #MeuseDeFer",
         "labels": [(C, "dimanche 20 mars"), (C, "48")]},
        {"id": "vauclerc-08", "network": "x",
         "post": "Le Musée régional Vauclerc vous accueille du mardi au dimanche, de 10h à 18h ☀️ Et un café est offert à chaque visiteur ! #MeuseDeFer",
         "labels": [(C, "du mardi au dimanche"), (C, "18h"), (U, "un café est offert à chaque visiteur")]},
        {"id": "vauclerc-09", "network": "linkedin",
         "post": "Dans les coulisses de « Meuse de fer » avec sa commissaire, Delphine Marchand, historienne et directrice du musée. 27 objets ont été prêtés par le Musée royal de Mariemont. Plus de 15 000 visiteurs sont attendus d'ici la fin de l'été. #MeuseDeFer",
         "labels": [(C, "Delphine Marchand"), (C, "Musée royal de Mariemont"), (U, "Plus de 15 000 visiteurs sont attendus d'ici la fin de l'été")]},
        {"id": "vauclerc-10", "network": "tiktok",
         "post": "Entrée gratuite pour les moins de 16 ans 🤩 et l'expo « Meuse de fer » est à voir jusqu'au 29 septembre ! #MeuseDeFer",
         "labels": [(C, "16 ans"), (C, "29 septembre")]},
        {"id": "vauclerc-11", "network": "instagram",
         "post": "Atelier « Mousse à bord » pour les 6-11 ans, chaque mercredi des vacances de printemps à 14h : 2 heures d'aventure pour 3 €, goûter compris 🧁 #MeuseDeFer",
         "labels": [(C, "2 heures"), (C, "3 €"), (U, "goûter compris")]},
    ],
}

QUAI47 = {
    "brand": "Espace Quai 47",
    "lang": "fr",
    "facts": [
        "Espace Quai 47 est un réseau d'espaces de coworking fondé en 2019 à Trois-Rivières, où son premier espace se trouve au 47 rue des Forges.",
        "Le 2e espace Quai 47 ouvre le lundi 7 juin 2027 au 212 rue Racine Est, à Chicoutimi (Saguenay).",
        "L'espace de Chicoutimi compte 64 postes de travail, dont 20 en bureaux fermés, et 3 salles de réunion.",
        "Le laissez-passer journée coûte 25 $, l'abonnement mensuel flexible 189 $ par mois et le poste dédié 289 $ par mois (taxes en sus).",
        "Du 7 au 30 juin 2027, les 50 premiers inscrits à Chicoutimi paient leur premier mois d'abonnement flexible 99 $ au lieu de 189 $.",
        "Les membres (abonnement flexible ou poste dédié) ont accès à l'espace 24 h sur 24, 7 jours sur 7, avec leur carte.",
        "L'accueil est ouvert du lundi au vendredi, de 8h30 à 17h.",
        "Les salles de réunion se louent 20 $ l'heure ; les membres ont 4 heures de salle incluses par mois.",
        "Le café et le thé sont inclus pour les membres et les détenteurs d'un laissez-passer journée.",
        "L'espace de Chicoutimi est dirigé par Émilie Tremblay-Gagnon.",
        "Des portes ouvertes ont lieu le samedi 5 juin 2027, de 10h à 15h, à l'espace de Chicoutimi.",
        "Les inscriptions se font sur quai47.ca/chicoutimi ; le hashtag officiel est #Quai47Saguenay.",
    ],
    "brief": "Annoncer l'ouverture de l'espace de Chicoutimi le 7 juin 2027 et remplir les 50 places de l'offre d'ouverture, sur un ton dynamique et chaleureux.",
    "posts": [
        {"id": "quai47-01", "network": "linkedin",
         "post": "Quai 47 s'installe au Saguenay ! 🚀 Après Trois-Rivières, notre 2e espace ouvre le lundi 7 juin au 212 rue Racine Est, à Chicoutimi : 64 postes de travail, dont 20 en bureaux fermés, et 3 salles de réunion. Émilie Tremblay-Gagnon, qui dirige l'espace, a bien hâte de vous accueillir. quai47.ca/chicoutimi #Quai47Saguenay",
         "labels": []},
        {"id": "quai47-02", "network": "instagram",
         "post": "☕ OFFRE D'OUVERTURE ☕ Ton 1er mois d'abonnement flexible à 99 $ au lieu de 189 $, soit 90 $ d'économie ! Réservé aux 50 premiers inscrits, jusqu'au 30 juin. Cours-y 👉 quai47.ca/chicoutimi #Quai47Saguenay #coworking",
         "labels": []},
        {"id": "quai47-03", "network": "facebook",
         "post": "🎉 Portes ouvertes le samedi 5 juin, de 10h à 15h ! Venez visiter notre espace de Chicoutimi deux jours avant l'ouverture officielle. On vous attend au 212 rue Racine Est ☀️ #Quai47Saguenay",
         "labels": []},
        {"id": "quai47-04", "network": "x",
         "post": "Être membre Quai 47, c'est l'accès 24/7 avec ta carte 🔑 + 4 h de salle de réunion incluses chaque mois, l'équivalent de 80 $ 💡 #Quai47Saguenay #travailautonome",
         "labels": []},
        {"id": "quai47-05", "network": "bluesky",
         "post": "Besoin d'un bureau pour la journée à Chicoutimi ? Le laissez-passer est à 25 $ (taxes en sus), café et thé inclus ☕ Accueil en semaine de 8 h 30 à 17 h. quai47.ca/chicoutimi",
         "labels": []},
        {"id": "quai47-06", "network": "instagram",
         "post": "C'est officiel : Quai 47 ouvre le mardi 7 juin à Chicoutimi ! 72 postes de travail vous attendent 💻 #Quai47Saguenay",
         "labels": [(C, "mardi 7 juin"), (C, "72")]},
        {"id": "quai47-07", "network": "facebook",
         "post": "Offre d'ouverture 🔥 L'abonnement flexible à 99 $ par mois pendant toute l'année pour les 100 premiers inscrits ! quai47.ca/chicoutimi #Quai47Saguenay",
         "labels": [(C, "pendant toute l'année"), (C, "100")]},
        {"id": "quai47-08", "network": "linkedin",
         "post": "Fondé en 2017 à Trois-Rivières, Quai 47, premier réseau de coworking du Québec, ouvre un 2e espace à Chicoutimi, dirigé par Émilie Tremblay-Gauthier. #Quai47Saguenay",
         "labels": [(C, "2017"), (U, "premier réseau de coworking du Québec"), (C, "Émilie Tremblay-Gauthier")]},
        {"id": "quai47-09", "network": "x",
         "post": "Poste dédié à 249 $/mois à Chicoutimi, stationnement gratuit inclus 🚗 #Quai47Saguenay",
         "labels": [(C, "249 $"), (U, "stationnement gratuit inclus")]},
        {"id": "quai47-10", "network": "tiktok",
         "post": "Ton bureau à Chicoutimi : accueil ouvert 7 jours sur 7 de 8h30 à 17h et laissez-passer journée à 20 $ 😎 #Quai47Saguenay",
         "labels": [(C, "7 jours sur 7"), (C, "20 $")]},
        {"id": "quai47-11", "network": "mastodon",
         "post": "Portes ouvertes chez Quai 47 Chicoutimi le samedi 12 juin, de 10h à 16h ! Tirage d'un abonnement d'un an parmi les visiteurs 🎁 #Quai47Saguenay",
         "labels": [(C, "12 juin"), (C, "16h"), (U, "Tirage d'un abonnement d'un an parmi les visiteurs")]},
    ],
}

TALLOWOOD = {
    "brand": "Tallowood Solar",
    "lang": "en",
    "facts": [
        "Tallowood Solar is a home solar installer founded in 2012 in Brisbane by electrician Priya Nand, who is still its managing director.",
        "Since 2012, Tallowood Solar has installed 9,412 home solar systems across South East Queensland.",
        "The 6.6 kW Starter package (15 panels, inverter and installation) costs $5,490 after the federal STC rebate.",
        "The 10 kW Family package (24 panels, inverter and installation) costs $7,990 after the federal STC rebate.",
        "Family package contracts signed from Saturday 1 May to Monday 31 May 2027 get $500 off.",
        "A 13.5 kWh home battery costs $9,900 when added to a panel package.",
        "Panels carry a 25-year product warranty, and Tallowood Solar's workmanship is guaranteed for 10 years.",
        "Quotes are free and follow a home visit; a standard installation takes one day.",
        "A free solar information evening takes place on Thursday 13 May 2027 at 6.30 pm at the Tallowood showroom, 61 Ipswich Road, Woolloongabba.",
        "All Tallowood installers are accredited by Solar Accreditation Australia.",
        "Phone lines (07 3555 0148) are open Monday to Friday, 8 am to 5 pm, and Saturday, 9 am to 1 pm.",
        "Quotes are requested at tallowoodsolar.com.au/quote; the official hashtag is #TallowoodSolar.",
    ],
    "brief": "Promote the May 2027 Family package offer and the free information evening on 13 May, in a friendly, no-jargon tone.",
    "posts": [
        {"id": "tallowood-01", "network": "facebook",
         "post": "☀️ Sign up for a 10 kW Family package in May and save $500: that's $7,490 instead of $7,990 (after the STC rebate). 24 panels, installed in a day. Get your free quote 👉 tallowoodsolar.com.au/quote #TallowoodSolar",
         "labels": []},
        {"id": "tallowood-02", "network": "instagram",
         "post": "Brisbane, come and talk solar with us 🌞 Free info evening on Thu 13 May, 6:30pm, at our Woolloongabba showroom (61 Ipswich Rd). Bring your power bill and all your questions! #TallowoodSolar #solarpower",
         "labels": []},
        {"id": "tallowood-03", "network": "linkedin",
         "post": "Since 2012, we've installed over 9,400 home solar systems across South East Queensland ☀️ Every single one by installers accredited by Solar Accreditation Australia. Thank you, Queensland! Priya Nand, founder & managing director #TallowoodSolar",
         "labels": []},
        {"id": "tallowood-04", "network": "x",
         "post": "25-year product warranty on our panels, 10 years on our workmanship. A quarter of a century of peace of mind ☀️ Free quote: tallowoodsolar.com.au/quote",
         "labels": []},
        {"id": "tallowood-05", "network": "tiktok",
         "post": "Starter vs Family 🤔 15 panels for $5,490 or 24 panels for $7,990: the 10 kW gets you 9 extra panels for $2,500 more, and only $2,000 more if you sign in May! #TallowoodSolar #solar",
         "labels": []},
        {"id": "tallowood-06", "network": "bluesky",
         "post": "Got questions? Ring us on 07 3555 0148, weekdays 8am–5pm or Saturday 9am–1pm 📞 Want to store your sunshine? A 13.5 kWh battery is $9,900 when added to a panel package 🔋 #TallowoodSolar",
         "labels": []},
        {"id": "tallowood-07", "network": "facebook",
         "post": "🔥 May madness: $700 off the Family package until 15 June! Plus, every Family package comes with a free battery health check 🔋 tallowoodsolar.com.au/quote #TallowoodSolar",
         "labels": [(C, "$700"), (C, "15 June"), (U, "a free battery health check")]},
        {"id": "tallowood-08", "network": "instagram",
         "post": "Free solar info evening on Thursday 14 May, 6:30pm at our Woolloongabba showroom! 🌞 And a $100 voucher for everyone who comes along. #TallowoodSolar",
         "labels": [(C, "Thursday 14 May"), (U, "a $100 voucher for everyone who comes along")]},
        {"id": "tallowood-09", "network": "linkedin",
         "post": "Founded in 2014 by engineer Priya Nand, Tallowood Solar is now Queensland's top-rated solar installer, with 9,412 home systems installed. #TallowoodSolar",
         "labels": [(C, "2014"), (C, "engineer"), (U, "Queensland's top-rated solar installer")]},
        {"id": "tallowood-10", "network": "x",
         "post": "Our 6.6 kW Starter package: 18 panels, inverter & installation for $5,490 after the STC rebate ☀️ Backed by a 30-year panel warranty. #TallowoodSolar",
         "labels": [(C, "18"), (C, "30-year")]},
        {"id": "tallowood-11", "network": "tiktok",
         "post": "POV: your solar goes in within a day and the workmanship is guaranteed for 20 years 😎 We guarantee you'll halve your power bill or your money back! #TallowoodSolar",
         "labels": [(C, "20 years"), (U, "We guarantee you'll halve your power bill or your money back")]},
    ],
}

STARLING = {
    "brand": "Starling Road",
    "lang": "en",
    "facts": [
        "Starling Road is a new musical by composer Tess Aldridge and book writer Kwame Osei, produced by Halfmoon Stage Company.",
        "Starling Road won Best New Musical at the 2026 Westbury Theatre Awards.",
        "The 2027 UK and Ireland tour visits 5 cities for 42 performances, opening on Tuesday 14 September 2027 in Belfast.",
        "Tour dates: Grand Opera House, Belfast, 14–18 September; Bord Gáis Energy Theatre, Dublin, 21–25 September; Palace Theatre, Manchester, 28 September – 9 October; Festival Theatre, Edinburgh, 12–16 October; New Theatre, Cardiff, 19–23 October 2027.",
        "Evening performances are at 7.30 pm from Tuesday to Saturday, with matinees at 2.30 pm on Thursday and Saturday.",
        "The show runs 2 hours 35 minutes, including one 20-minute interval.",
        "Tickets cost from £24 to £68 (from €29 to €79 in Dublin).",
        "Under-26s can buy £15 tickets (€18 in Dublin) for Tuesday and Wednesday evening performances, on showing ID.",
        "Olivia Mensah plays Rosie Starling, and Callum Reid plays her father, Frank.",
        "The show is recommended for ages 10 and over.",
        "Tickets are sold at starlingroadmusical.com/tour; the official hashtag is #StarlingRoadTour.",
    ],
    "brief": "Announce the autumn 2027 UK and Ireland tour and sell tickets, highlighting the under-26 tickets.",
    "posts": [
        {"id": "starling-road-01", "network": "instagram",
         "post": "🎶 Starling Road hits the road! 5 cities, 42 shows, opening Tue 14 Sept in Belfast 🌟 Then Dublin, Manchester, Edinburgh and Cardiff until late October. Tickets 👉 starlingroadmusical.com/tour #StarlingRoadTour #musicals",
         "labels": []},
        {"id": "starling-road-02", "network": "facebook",
         "post": "Under 26? 🙋 £15 tickets for every Tuesday and Wednesday evening show (€18 in Dublin), just bring your ID! That's £9 less than our cheapest regular seat 💸 #StarlingRoadTour",
         "labels": []},
        {"id": "starling-road-03", "network": "x",
         "post": "Manchester, you've got us for two whole weeks 🐦 Palace Theatre, 28 Sept – 9 Oct: 14 performances, with matinees on Thursdays & Saturdays at 2:30pm. #StarlingRoadTour",
         "labels": []},
        {"id": "starling-road-04", "network": "linkedin",
         "post": "Halfmoon Stage Company is proud to take Starling Road, winner of Best New Musical at the 2026 Westbury Theatre Awards, on a UK and Ireland tour this autumn. Huge thanks to composer Tess Aldridge, book writer Kwame Osei, and our leads Olivia Mensah (Rosie) and Callum Reid (Frank). #StarlingRoadTour",
         "labels": []},
        {"id": "starling-road-05", "network": "mastodon",
         "post": "FAQ 🎭 How long is Starling Road? 2h35 including a 20-minute interval, so roughly 2h15 of story and songs. Recommended for ages 10+. #StarlingRoadTour",
         "labels": []},
        {"id": "starling-road-06", "network": "instagram",
         "post": "Belfast, it's nearly time! Opening night is Wednesday 14 September at the Grand Opera House ✨ Starring Olivia Mensah as Rosie Starling and Callum Reid as her brother Frank 🎤 #StarlingRoadTour",
         "labels": [(C, "Wednesday 14 September"), (C, "brother")]},
        {"id": "starling-road-07", "network": "facebook",
         "post": "Tickets from just £19 🎟️ And under-26s pay only £15 for every performance of the tour! starlingroadmusical.com/tour #StarlingRoadTour",
         "labels": [(C, "£19"), (C, "every performance")]},
        {"id": "starling-road-08", "network": "x",
         "post": "Edinburgh! Starling Road is at the Festival Theatre from 12 to 23 October, with a post-show Q&A with the cast every night 🎤 #StarlingRoadTour",
         "labels": [(C, "23 October"), (U, "a post-show Q&A with the cast every night")]},
        {"id": "starling-road-09", "network": "linkedin",
         "post": "Starling Road, winner of Best New Musical at the 2025 Westbury Theatre Awards, tours 6 cities this autumn. Already seen by over 100,000 people! #StarlingRoadTour",
         "labels": [(C, "2025"), (C, "6"), (U, "Already seen by over 100,000 people")]},
        {"id": "starling-road-10", "network": "tiktok",
         "post": "2h35 of pure magic with no interval 🤩 Perfect for kids aged 6 and up! #StarlingRoadTour",
         "labels": [(C, "no interval"), (C, "6")]},
        {"id": "starling-road-11", "network": "bluesky",
         "post": "Dublin 💚 Bord Gáis Energy Theatre, 21–25 Sept. Evening shows at 8pm, tickets from €25. #StarlingRoadTour",
         "labels": [(C, "8pm"), (C, "€25")]},
    ],
}

if __name__ == "__main__":
    build([VAUCLERC, QUAI47, TALLOWOOD, STARLING], os.path.join(HERE, "blind46.jsonl"))
