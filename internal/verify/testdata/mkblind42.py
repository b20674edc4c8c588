"""Blind verify set 42: 44 posts, 4 fictional brands, 22 clean.

Brands and sectors
- attelages-ourthe (fr, Belgium): Les Attelages de l'Ourthe, horse-drawn carriage tours in Durbuy.
- glacerie-bourrasque (fr, Québec): Glacerie Bourrasque, artisan ice-cream parlour (bar laitier) in Limoilou, Québec City.
- brightlane-it (en, UK): Brightlane IT, IT-support managed service provider in Leeds.
- harbour-voices (en, New Zealand): Harbour Voices, community choir festival in Dunedin.

Calendar checks (Python datetime)
- Sat 3 Apr 2027, Sun 31 Oct 2027; Fridays of Jul 2027: 2, 9, 16, 23, 30; of Aug 2027: 6, 13, 20, 27
  (9 Fridays in all; first lantern walk Fri 2 Jul).
- Thu 23 Apr 2026, Sat 2 May 2026, Sun 7 Jun 2026, Sun 11 Oct 2026; Fridays + Saturdays in
  Jul-Aug 2026 = 18. "samedi 7 juin" (post glacerie-05) is wrong: 7 Jun 2026 is a Sunday.
- Tue 1 Feb 2028, Wed 15 Mar 2028, Fri 31 Mar 2028. "Thursday 15 March" (brightlane-09) is wrong.
- Fri 22, Sat 23, Sun 24 Oct 2027; Mon 25 Oct 2027 is NZ Labour Day (4th Monday of October), so
  22-24 Oct is Labour Weekend. Fri 30 Jul 2027; Fri 6 Aug 2027 (harbour-11: right weekday,
  wrong date).

Arithmetic used by clean posts
- attelages-02: family pass 32 EUR vs 2x12 + 2x7 = 38 EUR, saving 6 EUR.
- attelages-04: 14 380 passengers -> "plus de 14 000"; 9 horses -> "neuf chevaux".
- attelages-06: 5 + 4 = 9 Fridays ("neuf vendredis"), first on Friday 2 July.
- attelages-09: 4 carriages -> "une de nos quatre calèches".
- glacerie-02: 2 scoops 7,75 $ - 1 scoop 5,25 $ = 2,50 $ for the second scoop.
- glacerie-04: "deuxièmes" = 2e; "L'an dernier" = 2025 (campaign year 2026).
- glacerie-06: 9 bought, 10th free ("neuf", "dixième").
- glacerie-09: 18 late evenings (Fri + Sat of Jul-Aug 2026);
  cake 39 $ / 6 portions = 6,50 $ a portion.
- brightlane-01: 5 users x 39 GBP = 195 GBP/month; half price for 2 months saves
  5 x 39 / 2 x 2 = 195 GBP; 4 hours per quarter = 16 hours a year.
- brightlane-02: Complete 64 - Essentials 39 = 25 GBP per user per month.
- brightlane-04: 186 -> "over 180".
- brightlane-06: 12:30pm + 45 minutes = 1:15pm.
- brightlane-08: half of 39 GBP = 19.50 GBP.
- brightlane-10: 2012 -> 2028 = 16 years.
- harbour-01: 180 + 20 x 15 = 480 NZD; minimum choir 180 + 12 x 15 = 360 NZD; 22-24 Oct = 3 days.
- harbour-02: 3 day passes 75 NZD vs weekend pass 60 NZD, saving 15 NZD.
- harbour-04: 6,870 -> "nearly 7,000"; 5 Australian choirs -> "five of them from across the Tasman".
- harbour-06: 16 x 90 min = 24 hours of workshops.
- harbour-08: 1,260 / 42 = 30 singers per choir on average.

Written blind: the writer read only the "verify/dev.jsonl conventions" section of
/work/shared/data/README.md, /work/shared/data/verify/dev.jsonl and mkblind_common.py;
no engine code, docs, other testdata or other mkblind*.py, and never ran vigie or go.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mkblind_common import build  # noqa: E402

C, U = "contradicted", "unsupported"

ATTELAGES = {
    "brand": "Les Attelages de l'Ourthe",
    "lang": "fr",
    "facts": [
        "Les Attelages de l'Ourthe est une entreprise familiale de promenades en calèche fondée en 2009 à Durbuy (Belgique) par Véronique et Luc Hennaux.",
        "L'écurie compte 9 chevaux de trait ardennais et 4 calèches, dont une calèche accessible aux fauteuils roulants.",
        "La saison 2027 s'ouvre le samedi 3 avril 2027 et se termine le dimanche 31 octobre 2027.",
        "Les promenades partent de la place aux Foires, à Durbuy, toutes les heures de 10h à 17h, du mercredi au dimanche.",
        "La promenade « Vieux Durbuy » dure 35 minutes : 12 € par adulte, 7 € par enfant de 3 à 12 ans, gratuite pour les moins de 3 ans.",
        "Le pass famille « Vieux Durbuy » (2 adultes et 2 enfants de 3 à 12 ans) coûte 32 €.",
        "La balade « Vallée de l'Ourthe » dure 1h30 et coûte 28 € par adulte ; elle a lieu uniquement le samedi et le dimanche à 14h, sur réservation, avec un minimum de 4 participants.",
        "Nouveauté 2027 : les « Balades aux lanternes », départ à 20h30 chaque vendredi de juillet et d'août 2027, 18 € par personne, réservées aux plus de 8 ans.",
        "Chaque cheval travaille au maximum 4 heures par jour et a 2 jours de repos par semaine ; les sorties sont annulées au-delà de 30 °C.",
        "Thibault Marchal est le cocher en chef ; Véronique Hennaux est la gérante.",
        "En 2026, 14 380 passagers ont voyagé à bord des calèches.",
        "L'entreprise a reçu le Trophée wallon du tourisme durable 2025, catégorie Loisirs.",
        "Réservations sur attelages-ourthe.be ou au +32 86 21 47 90.",
        "Le hashtag officiel est #CalecheDurbuy.",
    ],
    "brief": "Annoncer l'ouverture de la saison 2027 et la nouveauté des Balades aux lanternes, sur un ton chaleureux et bucolique, en mettant en avant le bien-être des chevaux.",
    "posts": [
        {"id": "attelages-ourthe-01", "network": "facebook",
         "post": "🐴 Ça y est, les sabots vont à nouveau claquer dans Durbuy ! Samedi 3 avril, nos calèches reprennent la route des ruelles du Vieux Durbuy. Départ place aux Foires, toutes les heures de 10h à 17h, du mercredi au dimanche, et ce jusqu'au 31 octobre. On a tellement hâte de vous retrouver ! #CalecheDurbuy",
         "labels": []},
        {"id": "attelages-ourthe-02", "network": "instagram",
         "post": "👨‍👩‍👧‍👦 Sortie en famille ? Le pass famille « Vieux Durbuy », c'est 32 € pour 2 adultes et 2 enfants de 3 à 12 ans, soit 6 € d'économie par rapport aux billets à l'unité 😉 35 minutes au pas de nos chevaux ardennais, et c'est gratuit pour les petits de moins de 3 ans ! Réservez sur attelages-ourthe.be 🐎 #CalecheDurbuy #Ardennes",
         "labels": []},
        {"id": "attelages-ourthe-03", "network": "x",
         "post": "Nouveau cette année ✨ Les Balades aux lanternes, chaque samedi soir de juillet et d'août, départ à 20h30 ! 18 € par personne, ouvert à tous les âges 🏮 #CalecheDurbuy",
         "labels": [(C, "samedi"), (C, "ouvert à tous les âges")]},
        {"id": "attelages-ourthe-04", "network": "linkedin",
         "post": "Le bien-être de nos chevaux passe avant tout. 🐴\n\nDepuis 2009, Véronique et Luc Hennaux font découvrir Durbuy au rythme des chevaux de trait ardennais. Aujourd'hui, l'écurie compte neuf chevaux, et chacun d'eux travaille au maximum 4 heures par jour, avec deux jours de repos par semaine. Quand le thermomètre dépasse 30 °C, on reste à l'écurie, point final.\n\n« Un cheval heureux, c'est une balade réussie », résume Véronique Hennaux, notre gérante.\n\nNous sommes fiers d'avoir reçu le Trophée wallon du tourisme durable 2025, dans la catégorie Loisirs, et vous avez été plus de 14 000 à monter à bord en 2026. Merci !\n\nLa saison 2027 démarre le samedi 3 avril : au plaisir de vous accueillir place aux Foires. #CalecheDurbuy #TourismeDurable",
         "labels": []},
        {"id": "attelages-ourthe-05", "network": "facebook",
         "post": "Envie d'une vraie escapade nature ? 🌿 La balade « Vallée de l'Ourthe » vous emmène 2 heures le long de la rivière, chaque samedi et dimanche à 14h. 28 € par adulte, sans minimum de participants : réservez vite au +32 86 21 47 90 !",
         "labels": [(C, "2 heures"), (C, "sans minimum de participants")]},
        {"id": "attelages-ourthe-06", "network": "instagram",
         "post": "🏮 Nouveauté 2027 : les Balades aux lanternes ! Neuf vendredis soir cet été, tous ceux de juillet et d'août, avec un premier départ le vendredi 2 juillet à 20h30. 18 € par personne, réservé aux plus de 8 ans. Une parenthèse magique à la lueur des lanternes ✨ Qui vient avec nous ? #CalecheDurbuy #Durbuy",
         "labels": []},
        {"id": "attelages-ourthe-07", "network": "tiktok",
         "post": "POV : tu découvres le Vieux Durbuy au pas de nos 12 chevaux ardennais 🐴✨ 35 minutes de balade, et un chocolat chaud offert à l'arrivée ! Un vrai coup de cœur 💚 #CalecheDurbuy",
         "labels": [(C, "12"), (U, "un chocolat chaud offert à l'arrivée")]},
        {"id": "attelages-ourthe-08", "network": "facebook",
         "post": "Un immense merci à Thibault Marchal, notre gérant, et à toute l'équipe ! En 2026, vous avez été 18 400 à embarquer dans nos calèches 🙏 Et merci pour vos plus de 2 500 avis 5 étoiles ! Rendez-vous le 3 avril ! #CalecheDurbuy",
         "labels": [(C, "gérant"), (C, "18 400"), (U, "plus de 2 500 avis 5 étoiles")]},
        {"id": "attelages-ourthe-09", "network": "threads",
         "post": "Petite question 🐴 Vous saviez que nos calèches restent à l'écurie quand il fait plus de 30 °C ? Chez nous, le confort des chevaux passe avant le planning. Et bonne nouvelle : une de nos quatre calèches est accessible aux fauteuils roulants ♿ Infos et réservations sur attelages-ourthe.be",
         "labels": []},
        {"id": "attelages-ourthe-10", "network": "instagram",
         "post": "🎈 Les enfants de moins de 6 ans voyagent gratuitement dans nos calèches, et les groupes de plus de 15 personnes profitent de 10 % de réduction ! Réservez votre balade sur attelages-ourthe.com 🐴 #CalecheDurbuy",
         "labels": [(C, "6 ans"), (U, "les groupes de plus de 15 personnes profitent de 10 % de réduction"), (C, "attelages-ourthe.com")]},
        {"id": "attelages-ourthe-11", "network": "linkedin",
         "post": "Fondée en 2011 à Durbuy par Véronique et Luc Hennaux, notre entreprise familiale est aujourd'hui le leader belge de la promenade en calèche. Merci à nos cochers et à nos chevaux pour cette belle aventure. #CalecheDurbuy",
         "labels": [(C, "2011"), (U, "le leader belge de la promenade en calèche")]},
    ],
}

BOURRASQUE = {
    "brand": "Glacerie Bourrasque",
    "lang": "fr",
    "facts": [
        "La Glacerie Bourrasque est un bar laitier artisanal fondé en 2018 par Maude Tremblay, maître glacière, au 1240, 3e Avenue, dans le quartier Limoilou, à Québec.",
        "La saison 2026 commence le jeudi 23 avril 2026 et se termine le dimanche 11 octobre 2026.",
        "Heures d'ouverture : tous les jours de 12h à 22h ; jusqu'à 23h les vendredis et samedis en juillet et en août.",
        "Les crèmes glacées sont fabriquées sur place avec le lait et la crème de la Ferme Beaulieu, à Saint-Henri, à 25 km de la boutique.",
        "La vitrine propose 24 parfums, dont 6 sorbets véganes.",
        "Prix (taxes en sus) : 1 boule 5,25 $, 2 boules 7,75 $, pot de 500 ml à emporter 12,50 $.",
        "Nouveau parfum 2026 : « Tire d'érable et sel de Kamouraska », lancé le samedi 2 mai 2026, offert en cornet et en pot jusqu'à la fin de la saison.",
        "Carte fidélité : après 9 cornets achetés, le 10e cornet d'une boule est offert.",
        "Portes ouvertes de la fabrique le dimanche 7 juin 2026 : visites guidées gratuites de 30 minutes à 13h, 14h et 15h, 15 places par visite, inscription obligatoire sur le site.",
        "Gâteaux glacés sur commande, au moins 48 heures à l'avance, à partir de 39 $ (6 portions).",
        "La Glacerie Bourrasque a été classée 2e au palmarès 2025 des meilleures crèmeries de la Capitale-Nationale du magazine Gourmand Québec.",
        "Jérémie Ouellet est le gérant de la boutique.",
        "Site : glaceriebourrasque.ca ; téléphone : 418 555-0147.",
        "Le hashtag officiel est #BourrasqueGlacee.",
    ],
    "brief": "Annoncer l'ouverture de la saison 2026 et le lancement du parfum Tire d'érable et sel de Kamouraska, sur un ton enjoué et bien québécois.",
    "posts": [
        {"id": "glacerie-bourrasque-01", "network": "instagram",
         "post": "🍦 Limoilou, on rouvre ! Jeudi 23 avril, la Glacerie Bourrasque reprend du service au 1240, 3e Avenue. 24 parfums vous attendent, dont 6 sorbets véganes 🌱 Ouvert tous les jours de midi à 22h. On a ben hâte de vous voir la face ! #BourrasqueGlacee",
         "labels": []},
        {"id": "glacerie-bourrasque-02", "network": "facebook",
         "post": "🍁🧂 Samedi 2 mai, on lance notre nouveau parfum : Tire d'érable et sel de Kamouraska ! En cornet ou en pot de 500 ml (12,50 $), jusqu'à la fin de la saison. Petit truc d'initié : la deuxième boule ne coûte que 2,50 $ de plus 😉 (prix avant taxes) #BourrasqueGlacee",
         "labels": []},
        {"id": "glacerie-bourrasque-03", "network": "x",
         "post": "☀️ Cet été, on est ouverts 7 jours sur 7, de midi à minuit ! Et nouveau : livraison gratuite dès 30 $ d'achat 🛵 #BourrasqueGlacee",
         "labels": [(C, "minuit"), (U, "livraison gratuite dès 30 $ d'achat")]},
        {"id": "glacerie-bourrasque-04", "network": "linkedin",
         "post": "De la crème glacée artisanale, et toujours la même passion.\n\nEn 2018, Maude Tremblay, maître glacière, ouvrait la Glacerie Bourrasque sur la 3e Avenue, dans Limoilou. Le principe n'a pas changé : nos crèmes glacées sont fabriquées sur place, avec le lait et la crème de la Ferme Beaulieu, à Saint-Henri, à environ 25 km d'ici.\n\n« On veut que chaque boule goûte le Québec », dit Maude.\n\nL'an dernier, le magazine Gourmand Québec nous a classés deuxièmes de son palmarès des meilleures crèmeries de la Capitale-Nationale. Un bel honneur, qu'on partage avec toute l'équipe menée par notre gérant, Jérémie Ouellet.\n\nLa saison 2026 s'ouvre le 23 avril. Au plaisir de vous servir ! #BourrasqueGlacee #Québec",
         "labels": []},
        {"id": "glacerie-bourrasque-05", "network": "instagram",
         "post": "🏭 Portes ouvertes de la fabrique le samedi 7 juin ! Visites guidées gratuites de 45 minutes à 13h, 14h et 15h. Pas besoin de s'inscrire, venez comme vous êtes 🍨 #BourrasqueGlacee",
         "labels": [(C, "samedi 7 juin"), (C, "45 minutes"), (C, "Pas besoin de s'inscrire")]},
        {"id": "glacerie-bourrasque-06", "network": "threads",
         "post": "Votre carte fidélité est prête ? 🎟️ Neuf cornets achetés, et le dixième (une boule) est sur nous ! Pis vous, c'est quoi votre parfum préféré cette année ? 👇",
         "labels": []},
        {"id": "glacerie-bourrasque-07", "network": "facebook",
         "post": "🎂 Une fête qui s'en vient ? Nos gâteaux glacés se commandent 24 heures d'avance, à partir de 39 $ pour 8 portions. Appelez-nous au 418 555-0147 !",
         "labels": [(C, "24 heures"), (C, "8", 0)]},
        {"id": "glacerie-bourrasque-08", "network": "tiktok",
         "post": "On fabrique nos crèmes glacées sur place avec le lait de la Ferme Beaulieu, à Saint-Henri, à 15 km d'ici 🐄 Classée 1re au palmarès 2025 de Gourmand Québec 🏆 #BourrasqueGlacee #cremeglacee",
         "labels": [(C, "15 km"), (C, "1re")]},
        {"id": "glacerie-bourrasque-09", "network": "bluesky",
         "post": "Bon à savoir pour l'été 🌙 : les vendredis et samedis de juillet et d'août, on ferme à 23h au lieu de 22h. Ça fait 18 soirées pour étirer le plaisir ! Et pour les fêtes, nos gâteaux glacés démarrent à 39 $ pour 6 portions, soit 6,50 $ la portion. glaceriebourrasque.ca",
         "labels": []},
        {"id": "glacerie-bourrasque-10", "network": "instagram",
         "post": "Le pot de 500 ml à emporter est à 10,50 $ taxes incluses, avec une cuillère en bois offerte avec chaque pot 🥄 Parfait pour le souper entre amis ! #BourrasqueGlacee",
         "labels": [(C, "10,50 $"), (C, "taxes incluses"), (U, "une cuillère en bois offerte avec chaque pot")]},
        {"id": "glacerie-bourrasque-11", "network": "facebook",
         "post": "Fiers d'être la seule crèmerie de Québec à fabriquer ses cornets sur place 🍦 Toutes nos infos sur glaceriebourrasque.com. À bientôt au 1240, 3e Avenue !",
         "labels": [(U, "la seule crèmerie de Québec à fabriquer ses cornets sur place"), (C, "glaceriebourrasque.com")]},
    ],
}

BRIGHTLANE = {
    "brand": "Brightlane IT",
    "lang": "en",
    "facts": [
        "Brightlane IT is a managed IT service provider founded in 2012 in Leeds by Priya Natarajan (CEO) and Tom Ashworth (CTO).",
        "Brightlane IT supports 186 small and medium-sized businesses across Yorkshire, with a team of 38 staff.",
        "The new Brightlane Essentials plan launches on Tuesday 1 February 2028.",
        "Brightlane Essentials costs £39 per user per month (excluding VAT), with a minimum of 5 users and a 12-month contract.",
        "Essentials includes 24/7 remote monitoring, a helpdesk open Monday to Friday from 8am to 6pm, Microsoft 365 backup, and 4 hours of on-site support per quarter.",
        "Brightlane Complete costs £64 per user per month (excluding VAT) and adds a 24/7 helpdesk and unlimited on-site support within 30 miles of Leeds.",
        "Launch offer: businesses that sign an Essentials contract by Friday 31 March 2028 pay half price for the first 2 months; the offer is not open to existing Brightlane customers.",
        "In 2027, Brightlane's average first-response time was 11 minutes and its customer satisfaction score was 96.4%.",
        "Brightlane IT is Cyber Essentials Plus certified and was named 'MSP of the Year – North' at the 2027 UK IT Channel Awards.",
        "Free webinar 'Phish Happens': Wednesday 15 March 2028 at 12:30pm, 45 minutes, hosted by Grace Oyelaran, Head of Security.",
        "Brightlane's office: Calder House, 22 Wellington Street, Leeds LS1 4DL; phone 0113 496 0712.",
        "Plan details: brightlane.co.uk/essentials. Official hashtag: #BrightlaneEssentials.",
    ],
    "brief": "Launch the Brightlane Essentials plan to owners and managers of small businesses in Yorkshire; professional, clear and friendly.",
    "posts": [
        {"id": "brightlane-it-01", "network": "linkedin",
         "post": "IT support that small teams can actually budget for. 💡\n\nOn Tuesday 1 February we launch Brightlane Essentials: £39 per user per month (ex VAT), minimum five users, on a 12-month contract. It covers 24/7 remote monitoring, Microsoft 365 backup, a helpdesk from 8am to 6pm on weekdays, and 4 hours of on-site support every quarter, so 16 hours over a year.\n\n\"Too many small businesses only call IT when something is already broken. Essentials is about getting ahead of that,\" says our CEO, Priya Natarajan.\n\nLaunch offer: sign by 31 March and your first two months are half price. For a five-user team, that's £195 saved. (New customers only.)\n\nFull details at brightlane.co.uk/essentials #BrightlaneEssentials #SmallBusiness",
         "labels": []},
        {"id": "brightlane-it-02", "network": "x",
         "post": "Essentials or Complete? 🤔 Complete is £25 more per user per month and adds a 24/7 helpdesk plus unlimited on-site visits within 30 miles of Leeds. Compare both: brightlane.co.uk/essentials #BrightlaneEssentials",
         "labels": []},
        {"id": "brightlane-it-03", "network": "facebook",
         "post": "Meet Brightlane Essentials 👋 Proactive IT support for £39 per user per month, minimum 3 users, cancel anytime. Launching 1 February! #BrightlaneEssentials",
         "labels": [(C, "3", 1), (C, "cancel anytime")]},
        {"id": "brightlane-it-04", "network": "instagram",
         "post": "Meet the Brightlane team 👋 There are 38 of us, looking after over 180 businesses across Yorkshire. Last year our average first response came in at 11 minutes, and our customer satisfaction score hit 96.4%. Not bad for a Leeds team, eh? 🙌 #ITSupport #Leeds",
         "labels": []},
        {"id": "brightlane-it-05", "network": "linkedin",
         "post": "Proud to have been named 'MSP of the Year – North' at the 2026 UK IT Channel Awards 🏆 Add our Cyber Essentials Plus and ISO 27001 certified status, and you know your data is in safe hands. #BrightlaneEssentials",
         "labels": [(C, "2026"), (U, "ISO 27001 certified")]},
        {"id": "brightlane-it-06", "network": "bluesky",
         "post": "Free webinar alert 🎣 'Phish Happens', Wednesday 15 March, 12:30–1:15pm, with our Head of Security Grace Oyelaran. Bring your lunch and your trickiest phishing questions 🥪",
         "labels": []},
        {"id": "brightlane-it-07", "network": "threads",
         "post": "With Essentials, our helpdesk answers 7 days a week from 8am to 8pm, and you get 4 hours of on-site support every month. Peace of mind, sorted ✅ #BrightlaneEssentials",
         "labels": [(C, "7 days a week"), (C, "8pm"), (C, "every month")]},
        {"id": "brightlane-it-08", "network": "facebook",
         "post": "New to Brightlane? 🎉 Sign up to Essentials by Friday 31 March and your first two months are half price: £19.50 per user per month instead of £39 (ex VAT). Sorry, existing customers, this one's just for newcomers! brightlane.co.uk/essentials",
         "labels": []},
        {"id": "brightlane-it-09", "network": "x",
         "post": "🎣 Webinar 'Phish Happens': Thursday 15 March at 1pm, with our CTO Grace Oyelaran. Free, 45 minutes, no excuses! #CyberSecurity",
         "labels": [(C, "Thursday 15 March"), (C, "1pm"), (C, "CTO")]},
        {"id": "brightlane-it-10", "network": "instagram",
         "post": "16 years of keeping Yorkshire businesses online 💙 Since 2012, Priya and Tom have built Brightlane into a Cyber Essentials Plus certified team. Pop in at Calder House, 22 Wellington Street, or call us on 0113 496 0712 ☎️ #BrightlaneEssentials",
         "labels": []},
        {"id": "brightlane-it-11", "network": "mastodon",
         "post": "Already a Brightlane client? You can switch to Essentials and get the launch discount too, plus a £100 hardware voucher for every user. Details: brightlane.co.uk/essentials",
         "labels": [(C, "get the launch discount too"), (U, "a £100 hardware voucher for every user")]},
    ],
}

HARBOUR = {
    "brand": "Harbour Voices",
    "lang": "en",
    "facts": [
        "Harbour Voices is a community choir festival held in Dunedin, New Zealand, run by the Otago Community Singers Trust since 2015.",
        "Harbour Voices 2027 runs from Friday 22 to Sunday 24 October 2027 (Labour Weekend).",
        "42 choirs are expected in 2027, including 5 from Australia, with 1,260 singers in total.",
        "Concerts take place at the Dunedin Town Hall; workshops at Knox Church, George Street.",
        "The grand finale, 'One Harbour', a massed-choir concert, is on Sunday 24 October 2027 at 4pm at the Dunedin Town Hall, conducted by artistic director Dr Mere Tawhiri.",
        "Tickets: day pass NZ$25, weekend pass NZ$60, finale concert only NZ$30; under-18s free with a paying adult.",
        "Choir registration closes on Friday 30 July 2027; the fee is NZ$180 per choir plus NZ$15 per singer; choirs need at least 12 singers.",
        "16 workshops of 90 minutes each run on Saturday 23 October 2027 at Knox Church; they are free for registered singers.",
        "Special guests: Wellington vocal ensemble Kōtuku Voices perform on Saturday 23 October 2027 at 7:30pm at the Dunedin Town Hall.",
        "The festival relies on 120 volunteers; volunteer sign-up at harbourvoices.nz/volunteer.",
        "The 2026 festival sold 6,870 tickets.",
        "Harbour Voices receives a NZ$40,000 community arts grant from the Dunedin City Council.",
        "Website: harbourvoices.nz. Official hashtag: #HarbourVoices2027. Festival manager: Sam Fa'alogo.",
    ],
    "brief": "Promote Harbour Voices 2027: get choirs to register before the deadline and sell tickets to the public; warm, inclusive, community tone.",
    "posts": [
        {"id": "harbour-voices-01", "network": "facebook",
         "post": "🎶 Calling all choirs! Registration for Harbour Voices 2027 is open until Friday 30 July. Three days of singing in Dunedin, 22–24 October, over Labour Weekend. The fee is NZ$180 per choir plus NZ$15 per singer, so a 20-voice choir pays NZ$480 all up (you'll need at least 12 singers, so the minimum is NZ$360). Register at harbourvoices.nz #HarbourVoices2027",
         "labels": []},
        {"id": "harbour-voices-02", "network": "instagram",
         "post": "✨ Kōtuku Voices are coming down from Wellington! Catch them on Saturday 23 Oct at 7.30pm, Dunedin Town Hall. Tip: a weekend pass is NZ$60, $15 less than three day passes 😉 #HarbourVoices2027 #choir",
         "labels": []},
        {"id": "harbour-voices-03", "network": "x",
         "post": "Weekend pass just NZ$50, and kids under 16 get in free with a paying adult! 🎟️ #HarbourVoices2027",
         "labels": [(C, "NZ$50"), (C, "16")]},
        {"id": "harbour-voices-04", "network": "linkedin",
         "post": "Community singing doesn't happen by accident. 🙏\n\nSince 2015, the Otago Community Singers Trust has brought choirs from across the motu to Dunedin for Harbour Voices. Last year the festival sold nearly 7,000 tickets, and this October 42 choirs, five of them from across the Tasman, are expected at the Dunedin Town Hall and Knox Church.\n\nNone of it would be possible without our 120 volunteers and the NZ$40,000 community arts grant from the Dunedin City Council.\n\n\"Community singing is the best medicine I know,\" says festival manager Sam Fa'alogo.\n\nWant to be part of it? Volunteer sign-ups are open at harbourvoices.nz/volunteer. #HarbourVoices2027 #CommunityArts",
         "labels": []},
        {"id": "harbour-voices-05", "network": "facebook",
         "post": "Save the date for 'One Harbour' 🌊 Our grand finale is on Sunday 24 October at 2pm at the Dunedin Town Hall, conducted by Sam Fa'alogo, with over 1,500 voices raised together. Tissues recommended 🥹 #HarbourVoices2027",
         "labels": [(C, "2pm"), (C, "Sam Fa'alogo"), (C, "over 1,500")]},
        {"id": "harbour-voices-06", "network": "threads",
         "post": "Singers, this one's for you 🎤 16 workshops of 90 minutes, all on Saturday 23 October at Knox Church, George Street. That's 24 hours of learning, and it's free for registered singers. Which one will you pick first?",
         "labels": []},
        {"id": "harbour-voices-07", "network": "instagram",
         "post": "🙌 Volunteer with us! We need 200 helpers to make the magic happen, and every volunteer gets two free day passes. Sign up at harbourvoices.nz/volunteers #HarbourVoices2027",
         "labels": [(C, "200"), (U, "every volunteer gets two free day passes"), (C, "harbourvoices.nz/volunteers")]},
        {"id": "harbour-voices-08", "network": "bluesky",
         "post": "42 choirs. 1,260 singers. Three days. That's an average of 30 voices per choir 🎵 And five choirs are crossing the Tasman from Australia to join us in Dunedin. Kia ora, whānau! #HarbourVoices2027",
         "labels": []},
        {"id": "harbour-voices-09", "network": "mastodon",
         "post": "Harbour Voices, New Zealand's largest choir festival, returns to Christchurch this Labour Weekend. Tickets at harbourvoices.nz #HarbourVoices2027",
         "labels": [(U, "New Zealand's largest choir festival"), (C, "Christchurch")]},
        {"id": "harbour-voices-10", "network": "tiktok",
         "post": "POV: it's Labour Weekend and 1,260 people are singing their hearts out in Dunedin 🥹🎤 Day pass $25, finale only $30. See you there? #HarbourVoices2027 #choir",
         "labels": []},
        {"id": "harbour-voices-11", "network": "facebook",
         "post": "⏰ Last call, choirs! Registration closes on Friday 6 August. Choirs of any size are welcome, and the first 10 choirs to register get a free rehearsal slot at the Town Hall. harbourvoices.nz #HarbourVoices2027",
         "labels": [(C, "6 August"), (C, "Choirs of any size"), (U, "the first 10 choirs to register get a free rehearsal slot at the Town Hall")]},
    ],
}

if __name__ == "__main__":
    build([ATTELAGES, BOURRASQUE, BRIGHTLANE, HARBOUR], os.path.join(HERE, "blind42.jsonl"))
