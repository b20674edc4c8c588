"""Blind verify set 30 (to be opened): 4 fictional brands, 11 posts each, 44 posts.

Written blind: the author read only /work/shared/data/README.md (section "verify/dev.jsonl
conventions"), /work/shared/data/verify/dev.jsonl and testdata/mkblind_common.py. No engine
source, no claims package, no docs, no other testdata set, no git history of the engine; the
engine (vigie, go) was never run.

Brands and sectors:
- Salon Nautique de La Rochelle (fr): boat show, 23-27 September 2026.
- Fromagerie Vachon & Fils (fr, Swiss French, CHF): cheese shop in Lausanne, raclette season
  2026-2027, cheese-making workshop.
- Brightline Broadband (en, UK): full-fibre broadband, autumn Switch & Save offer.
- Oakhurst Farmers Market (en, US, Decatur, Georgia): Saturday market, SNAP match, pie contest.

Calendar checks (Python datetime/calendar):
- 2026-09-23 Wednesday, 2026-09-25 Friday, 2026-09-26 Saturday, 2026-09-27 Sunday
  (salon = 5 days, Wed to Sun).
- 2026-10-03 Saturday, 2027-03-27 Saturday (raclette season = exactly 25 weeks),
  2026-11-14 Saturday, 2026-11-15 Sunday (used in a wrong "samedi 15 novembre").
- 2026-04-04 Saturday, 2026-11-21 Saturday: 34 market Saturdays in the season;
  October 2026 has five Saturdays (3, 10, 17, 24, 31); 2026-10-17 Saturday, 2026-10-10 Saturday
  (registration deadline = one week before), 2026-10-18 Sunday (wrong "Saturday, Oct 18"),
  2026-11-28 Saturday (wrong season end).
- Brightline offer 1 October - 30 November 2026.

Arithmetic used by clean posts:
- Salon: pass 2 jours 26 EUR vs 2 x 16 EUR = 32 EUR, saving 6 EUR; signing 15h-17h = deux heures;
  620 exposants -> "plus de 600"; 78 500 visiteurs -> "plus de 78 000"; 23-27 sept = cinq jours.
- Vachon: four 15 CHF/jour x 2 jours = 30 CHF; atelier 9h-12h = trois heures; 128 fromages ->
  "plus de 120"; saison 3 oct - 27 mars = 25 semaines ("près de six mois").
- Brightline: 29.99 - 24.99 = 5 GBP; 500/150 = 3.3 ("more than three times"); 24 x 24.99 =
  599.76 GBP; 24 months = 2 years; 39.99 -> "under 40 GBP"; 21,340 reviews -> "over 21,000".
- Oakhurst: SNAP 30 USD + 30 USD match = 60 USD; prizes 250 + 100 + 50 = 400 USD;
  8 a.m.-12:30 p.m. = four and a half hours; music 9-11 = two hours.
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mkblind_common import build

C, U = "contradicted", "unsupported"

salon = {
    "brand": "Salon Nautique de La Rochelle",
    "lang": "fr",
    "facts": [
        "Le 14e Salon Nautique de La Rochelle se tient du mercredi 23 au dimanche 27 septembre 2026 au port des Minimes.",
        "Le salon réunit 620 exposants et 740 bateaux, dont 410 présentés à flot.",
        "Horaires : de 10h à 19h tous les jours, avec une nocturne jusqu'à 22h le vendredi 25 septembre.",
        "Billet journée : 16 € plein tarif, 10 € tarif réduit (étudiants, demandeurs d'emploi).",
        "Le pass 2 jours coûte 26 €.",
        "Entrée gratuite pour les moins de 12 ans accompagnés d'un adulte.",
        "Les essais en mer de voiliers et de bateaux à moteur sont gratuits, sur inscription au stand Accueil Essais et dans la limite des places disponibles. Chaque essai dure 45 minutes.",
        "La navigatrice Clarisse Le Goff, championne de France de course au large en solitaire 2025, est l'invitée d'honneur du salon.",
        "Clarisse Le Goff dédicace son livre « Cap au large » le samedi 26 septembre de 15h à 17h sur le stand de la Ville de La Rochelle.",
        "Le salon a accueilli 78 500 visiteurs en 2025.",
        "Le commissaire général du salon est Hervé Lemaître.",
        "Des navettes maritimes gratuites relient le Vieux-Port au salon toutes les 20 minutes pendant les heures d'ouverture.",
        "L'espace « Premier bateau » propose chaque jour deux conférences sur le permis bateau, à 11h et à 16h.",
        "Billetterie en ligne : salonnautique-larochelle.fr/billets. Hashtag officiel : #SNLR2026.",
    ],
    "brief": "Donner envie de venir au 14e Salon Nautique de La Rochelle (23-27 septembre 2026), en mettant en avant les essais en mer gratuits et la présence de Clarisse Le Goff, sur un ton enthousiaste et iodé.",
    "posts": [
        {"id": "salon-nautique-01", "network": "instagram",
         "post": "⛵ Cap sur La Rochelle ! Du mercredi 23 au dimanche 27 septembre, plus de 600 exposants et 740 bateaux vous attendent au port des Minimes. Cinq jours pour rêver de grand large 🌊💙 #SNLR2026 #voile #nautisme",
         "labels": []},
        {"id": "salon-nautique-02", "network": "facebook",
         "post": "Envie de prendre la barre ? 🙌 Au salon, les essais en mer sont GRATUITS ! Inscrivez-vous au stand Accueil Essais et partez 45 min à bord d'un voilier ou d'un bateau à moteur (dans la limite des places dispo, alors ne traînez pas 😉). Billets 👉 salonnautique-larochelle.fr/billets #SNLR2026",
         "labels": []},
        {"id": "salon-nautique-03", "network": "x",
         "post": "🌙 Nocturne au #SNLR2026 le samedi 25 septembre : le salon reste ouvert jusqu'à 23h ! Venez flâner entre les pontons à la lumière du soir ⛵",
         "labels": [(C, "samedi 25 septembre"), (C, "23h")]},
        {"id": "salon-nautique-04", "network": "linkedin",
         "post": "Après plus de 78 000 visiteurs en 2025, le Salon Nautique de La Rochelle revient pour sa 14e édition du 23 au 27/09 au port des Minimes. 620 exposants, 410 bateaux à flot : un rendez-vous incontournable pour toute la filière. Au plaisir de vous y retrouver, avec Hervé Lemaître, commissaire général, et toute l'équipe. #SNLR2026 #nautisme",
         "labels": []},
        {"id": "salon-nautique-05", "network": "instagram",
         "post": "✍️ Rencontre exceptionnelle : Clarisse Le Goff, championne du monde de course au large en solitaire, dédicacera « Cap au large » le samedi 26 septembre de 14h à 17h sur le stand de la Ville ! Qui vient lui demander un autographe ? 🙋‍♀️ #SNLR2026",
         "labels": [(C, "championne du monde"), (C, "14h")]},
        {"id": "salon-nautique-06", "network": "tiktok",
         "post": "Astuce budget 💡 Deux jours au salon ? Prends le pass 2 jours à 26 € au lieu de 2 billets à 16 € : 6 € d'économie ! Et c'est gratuit pour les moins de 12 ans accompagnés 👨‍👩‍👧 #SNLR2026 #bonplan",
         "labels": []},
        {"id": "salon-nautique-07", "network": "facebook",
         "post": "Bonne nouvelle pour les familles 👨‍👩‍👧‍👦 Au Salon Nautique de La Rochelle, l'entrée est gratuite pour les moins de 16 ans accompagnés d'un adulte, et le parking est offert à tous les visiteurs ! Rendez-vous du 23 au 27 septembre au port des Minimes. #SNLR2026",
         "labels": [(C, "16 ans"), (U, "le parking est offert à tous les visiteurs")]},
        {"id": "salon-nautique-08", "network": "newsletter",
         "post": "Chers amis de la mer,\n\nLe 14e Salon Nautique de La Rochelle ouvre ses portes mercredi 23 septembre ! Jusqu'au dimanche 27, 620 exposants vous accueillent de 10h à 19h au port des Minimes, avec une nocturne jusqu'à 22h le vendredi 25.\n\n🚤 Pour venir sans stress : des navettes maritimes gratuites partent du Vieux-Port toutes les 20 minutes.\n📚 Vous rêvez de votre premier bateau ? L'espace « Premier bateau » vous propose deux conférences sur le permis chaque jour, à 11h et à 16h.\n🎟️ Billet journée 16 € (10 € en tarif réduit), pass 2 jours 26 €, sur salonnautique-larochelle.fr/billets.\n\nÀ très vite sur les pontons !\nL'équipe du salon",
         "labels": []},
        {"id": "salon-nautique-09", "network": "x",
         "post": "Le plus grand salon à flot d'Europe est de retour 🇪🇺⛵ 410 bateaux sur l'eau, du 23 au 27 septembre ! Billet journée à 14 € 👉 salonnautique-larochelle.fr/billets #SNLR2026",
         "labels": [(U, "Le plus grand salon à flot d'Europe"), (C, "14 €")]},
        {"id": "salon-nautique-10", "network": "instagram",
         "post": "🌊 Tester un voilier avant de craquer ? C'est possible ! Essais en mer gratuits d'1h au #SNLR2026, avec en invitée d'honneur la navigatrice Clarisse Le Gof. Réservez vite votre billet sur salon-nautique-larochelle.fr/billets ⛵",
         "labels": [(C, "1h"), (C, "Clarisse Le Gof"), (C, "salon-nautique-larochelle.fr/billets")]},
        {"id": "salon-nautique-11", "network": "linkedin",
         "post": "Immense honneur d'accueillir Clarisse Le Goff, championne de France de course au large en solitaire 2025, comme invitée d'honneur de cette 14e édition 🏆 Elle dédicacera son livre « Cap au large » le samedi 26/09 à partir de 15h, pendant deux heures, sur le stand de la Ville de La Rochelle. Une belle source d'inspiration ! #SNLR2026",
         "labels": []},
    ],
}

vachon = {
    "brand": "Fromagerie Vachon & Fils",
    "lang": "fr",
    "facts": [
        "La Fromagerie Vachon & Fils a été fondée en 1962 par Albert Vachon. Elle est aujourd'hui tenue par son petit-fils, Nicolas Vachon, maître fromager.",
        "La boutique se trouve au 14, rue de Bourg, 1003 Lausanne.",
        "Horaires : du mardi au vendredi de 8h30 à 18h30, le samedi de 8h à 17h. Fermé le dimanche et le lundi.",
        "La saison raclette 2026-2027 débute le samedi 3 octobre 2026 et se termine le samedi 27 mars 2027.",
        "Le fromage à raclette du Valais AOP au lait cru est vendu CHF 34.50 le kg.",
        "Le mélange maison pour fondue moitié-moitié (Gruyère AOP et Vacherin fribourgeois AOP) est vendu CHF 29.80 le kg.",
        "Location d'un four à raclette 2 personnes : CHF 15.– par jour, avec une caution de CHF 50.–.",
        "Atelier « Fabriquez votre tomme » : samedi 14 novembre 2026 de 9h à 12h, 8 participants maximum, CHF 95.– par personne, dégustation incluse.",
        "Le Gruyère AOP d'alpage affiné 18 mois de la maison a reçu une médaille d'or aux Swiss Cheese Awards 2024.",
        "La fromagerie propose 128 fromages, dont 74 fromages suisses.",
        "Livraison à domicile à Lausanne et Pully le vendredi : CHF 9.– par livraison, gratuite dès CHF 120.– de commande.",
        "Commandes et réservations : 021 312 45 78 ou vachon-fromages.ch.",
        "Hashtag officiel : #VachonRaclette.",
    ],
    "brief": "Lancer la saison raclette 2026-2027 et remplir l'atelier de fabrication du 14 novembre, sur un ton chaleureux et local.",
    "posts": [
        {"id": "fromagerie-vachon-01", "network": "instagram",
         "post": "🧀 Ça y est, c'est la saison ! Dès ce samedi 3 octobre, la raclette du Valais AOP au lait cru vous attend chez Vachon & Fils, à 34.50 fr. le kilo. Rendez-vous au 14, rue de Bourg ! Qui sort le caquelon… euh, le four ? 😄 #VachonRaclette #Lausanne",
         "labels": []},
        {"id": "fromagerie-vachon-02", "network": "facebook",
         "post": "Pas de four à raclette à la maison ? Pas de souci 😉 On vous loue un four 2 personnes pour CHF 15.– par jour (caution CHF 50.–). Pour tout le week-end, samedi et dimanche, ça fait CHF 30.– seulement ! Réservez au 021 312 45 78. #VachonRaclette",
         "labels": []},
        {"id": "fromagerie-vachon-03", "network": "x",
         "post": "Votre fromagerie de la rue de Bourg vous accueille du lundi au samedi, de 8h30 à 19h 🧀 Passez goûter la nouvelle raclette ! #VachonRaclette",
         "labels": [(C, "du lundi au samedi"), (C, "19h")]},
        {"id": "fromagerie-vachon-04", "network": "linkedin",
         "post": "Fondée en 1962 par Albert Vachon, notre fromagerie est aujourd'hui tenue par son fils, Nicolas Vachon, maître fromager. Plus de 150 fromages affinés avec passion, au cœur de Lausanne. Une histoire de famille qui continue 🧀 #VachonRaclette",
         "labels": [(C, "son fils"), (C, "150")]},
        {"id": "fromagerie-vachon-05", "network": "instagram",
         "post": "👩‍🍳 Et si vous fabriquiez votre propre tomme ? Atelier samedi 14 novembre, de 9h à midi : trois heures les mains dans le lait, dégustation comprise ! 8 places seulement, CHF 95.– par personne. Inscriptions sur vachon-fromages.ch 🧀 #VachonRaclette",
         "labels": []},
        {"id": "fromagerie-vachon-06", "network": "tiktok",
         "post": "Le meilleur Gruyère de Suisse ? On dit ça, on dit rien 😏🏆 Notre Gruyère AOP d'alpage 18 mois, médaille d'or aux Swiss Cheese Awards 2025 ! Viens le goûter rue de Bourg #VachonRaclette #fromage",
         "labels": [(U, "Le meilleur Gruyère de Suisse"), (C, "2025")]},
        {"id": "fromagerie-vachon-07", "network": "facebook",
         "post": "🚚 Trop froid pour sortir ? On vous livre ! Chaque vendredi à Lausanne et à Pully, pour CHF 9.–, et c'est offert dès 120 francs de commande. Raclette, fondue moitié-moitié, tout arrive chez vous 🧀❄️ Commandez au 021 312 45 78.",
         "labels": []},
        {"id": "fromagerie-vachon-08", "network": "newsletter",
         "post": "Chères amies, chers amis du fromage,\n\nLa saison raclette bat son plein à la rue de Bourg ! Cette année, Nicolas vous propose de passer de l'autre côté du comptoir : notre atelier « Fabriquez votre tomme » aura lieu le samedi 15 novembre, de 9h à 12h.\n\nAu programme : la fabrication de votre propre tomme, puis une dégustation. L'atelier accueille 10 participants au maximum, pour CHF 95.– par personne, et chacun repart avec un tablier brodé offert.\n\nRéservations au 021 312 45 78 ou sur vachon-fromages.ch.\n\nÀ bientôt à la fromagerie !\nNicolas Vachon",
         "labels": [(C, "samedi 15 novembre"), (C, "10"), (U, "chacun repart avec un tablier brodé offert")]},
        {"id": "fromagerie-vachon-09", "network": "instagram",
         "post": "Plus de 120 fromages sur nos étals, dont 74 suisses 🇨🇭 Et notre fierté : le Gruyère AOP d'alpage affiné 18 mois, médaillé d'or aux Swiss Cheese Awards 2024 🥇 Venez le goûter, on vous attend avec le sourire ! #VachonRaclette",
         "labels": []},
        {"id": "fromagerie-vachon-10", "network": "x",
         "post": "Commandez votre raclette au 021 312 45 87 📞 Livraison à Lausanne et Pully le vendredi, gratuite dès CHF 100.– d'achat ! #VachonRaclette",
         "labels": [(C, "021 312 45 87"), (C, "CHF 100.–")]},
        {"id": "fromagerie-vachon-11", "network": "facebook",
         "post": "Soirée fondue ce week-end ? 🫕 Notre mélange maison moitié-moitié (Gruyère AOP et Vacherin fribourgeois AOP) est à CHF 27.80 le kg. Satisfait ou remboursé ! On vous attend au 14, rue de Bourg, samedi de 8h à 17h. #VachonRaclette",
         "labels": [(C, "CHF 27.80"), (U, "Satisfait ou remboursé")]},
    ],
}

brightline = {
    "brand": "Brightline Broadband",
    "lang": "en",
    "facts": [
        "Brightline Broadband offers three full-fibre packages: Fibre 150 (150 Mbps download), Fibre 500 (500 Mbps download) and Fibre 900 (900 Mbps download).",
        "Monthly prices on a 24-month contract: Fibre 150 £24.99, Fibre 500 £29.99, Fibre 900 £39.99.",
        "Upload speeds are 30 Mbps on Fibre 150, 100 Mbps on Fibre 500 and 110 Mbps on Fibre 900.",
        "Monthly prices are fixed for the full 24 months, with no mid-contract price rises.",
        "Standard installation costs £50. Installation is free for orders placed between 1 October and 30 November 2026.",
        "Switch & Save: customers who switch from another provider between 1 October and 30 November 2026 get up to £200 in bill credit to cover exit fees charged by their old provider, on proof of the fee.",
        "A Brightline Hub 2 wifi router is included with every package; a mesh wifi booster costs £5 a month extra.",
        "Brightline full fibre is available to 1.8 million homes in the North West and Yorkshire.",
        "Brightline is rated 4.6 out of 5 on Trustpilot, from 21,340 reviews (October 2026).",
        "UK-based customer support is open 8am to 8pm, seven days a week, on 0330 058 2140.",
        "Customers can cancel within 14 days of ordering at no cost.",
        "Brightline was named Best Regional Broadband Provider at the ISPA Awards 2025.",
        "Orders are placed at brightline.co.uk/switch. The official hashtag is #SwitchToBrightline.",
    ],
    "brief": "Drive sign-ups to the autumn Switch & Save offer (1 October – 30 November 2026): free installation and up to £200 towards exit fees, in a friendly, no-jargon tone.",
    "posts": [
        {"id": "brightline-01", "network": "x",
         "post": "Fed up with buffering? 📶 Switch to Brightline by 30 Nov and get free installation (normally £50) plus up to £200 towards your old provider's exit fees. 👉 brightline.co.uk/switch #SwitchToBrightline",
         "labels": []},
        {"id": "brightline-02", "network": "instagram",
         "post": "900 Mbps for under £40 a month 🚀 Fibre 900 is just £39.99/month, with the price fixed for two whole years, and the Hub 2 router's included. Movie nights, gaming, video calls… bring it on 😎 #SwitchToBrightline #fullfibre",
         "labels": []},
        {"id": "brightline-03", "network": "facebook",
         "post": "Big speed, small price 💜 Fibre 500 is just £27.99 a month, with no contract. Check if we're in your street at brightline.co.uk/switch #SwitchToBrightline",
         "labels": [(C, "£27.99"), (C, "no contract")]},
        {"id": "brightline-04", "network": "linkedin",
         "post": "Proud to be bringing full fibre to 1.8 million homes across the North West and Yorkshire. Named Best Regional Broadband Provider at the ISPA Awards 2025 and rated 4.6/5 on Trustpilot from over 21,000 reviews, we're showing that a regional provider can lead on service. Thank you to our team and our customers. #SwitchToBrightline",
         "labels": []},
        {"id": "brightline-05", "network": "tiktok",
         "post": "POV: your Wi-Fi finally keeps up with your household 😮‍💨 Fibre 900 = 1,000 Mbps of pure speed. The UK's fastest broadband, from £39.99 a month ⚡ #SwitchToBrightline #broadband",
         "labels": [(C, "1,000 Mbps"), (U, "The UK's fastest broadband")]},
        {"id": "brightline-06", "network": "x",
         "post": "Quick maths 🧮 Going from Fibre 150 to Fibre 500 costs just £5 more a month and gets you more than three times the download speed. Easy choice? #SwitchToBrightline",
         "labels": []},
        {"id": "brightline-07", "network": "facebook",
         "post": "Stuck with your old provider because of exit fees? 😤 Switch & Save has you covered: we'll give you up to £300 in bill credit to pay them off. Offer ends 31 December, so don't wait! brightline.co.uk/switch #SwitchToBrightline",
         "labels": [(C, "£300"), (C, "31 December")]},
        {"id": "brightline-08", "network": "newsletter",
         "post": "Hi there,\n\nAutumn is the perfect time to switch. Order any Brightline full-fibre package between 1 October and 30 November and installation is free (it's usually £50). Leaving another provider? We'll cover up to £200 of their exit fees in bill credit, just send us proof of the fee.\n\nChoose from Fibre 150 (£24.99), Fibre 500 (£29.99) or Fibre 900 (£39.99) a month, fixed for 24 months with no mid-contract rises. Every package comes with our Hub 2 router, and you can add a mesh booster for £5 a month.\n\nChanged your mind? You can cancel within 14 days of ordering at no cost. Questions? Our UK-based team is here 8am–8pm, 7 days a week, on 0330 058 2140.\n\nSee you on the fast lane,\nThe Brightline team\nbrightline.co.uk/switch",
         "labels": []},
        {"id": "brightline-09", "network": "instagram",
         "post": "Rated 4.8 out of 5 on Trustpilot ⭐ by our customers! And when you switch, installation within 48 hours is guaranteed 🛠️ Join us: brightline.co.uk/switch #SwitchToBrightline",
         "labels": [(C, "4.8"), (U, "installation within 48 hours is guaranteed")]},
        {"id": "brightline-10", "network": "bluesky",
         "post": "Need a hand choosing a package? Our UK-based support team is available 24/7 on 0330 058 2410 💬 We're happy to help! #SwitchToBrightline",
         "labels": [(C, "24/7"), (C, "0330 058 2410")]},
        {"id": "brightline-11", "network": "mastodon",
         "post": "No nasty surprises: Fibre 150 is £24.99 a month, fixed for the full 24 months, so £599.76 over the whole contract. Upload at 30 Mbps, download at 150, and installation is on us until 30 November. #SwitchToBrightline",
         "labels": []},
    ],
}

oakhurst = {
    "brand": "Oakhurst Farmers Market",
    "lang": "en",
    "facts": [
        "Oakhurst Farmers Market runs every Saturday from April 4 to November 21, 2026, from 8 a.m. to 12:30 p.m.",
        "The market is held in the parking lot of Oakhurst Community Garden, 435 Oakview Road, Decatur, GA 30030.",
        "This season the market has 64 vendors, including 38 farms located within 100 miles of Decatur.",
        "SNAP/EBT shoppers get their SNAP dollars matched dollar for dollar, up to $30 per market day, through the Georgia Fresh for Less program.",
        "Matched dollars can be spent only on fresh fruits and vegetables.",
        "Live music every Saturday from 9 a.m. to 11 a.m. on the Pavilion Stage.",
        "The 12th annual Oakhurst Pie Contest takes place on Saturday, October 17, 2026, at 10 a.m. Entry is $10 per pie, and pies must be registered by October 10.",
        "Pie contest prizes: $250 for first place, $100 for second place and $50 for third place. The judge is chef Tamara Ellison of Hearth & Vine.",
        "Free parking is available at Oakhurst Baptist Church, across the street.",
        "Dogs on a leash are welcome.",
        "The market is run by the nonprofit Oakhurst Growers Alliance. The market manager is Denise Whitfield.",
        "Website: oakhurstmarket.org. Email: hello@oakhurstmarket.org.",
        "Official hashtag: #OakhurstMarket.",
    ],
    "brief": "Promote the fall Saturdays of the 2026 season, the SNAP match and the October 17 pie contest, in a friendly, neighborly tone.",
    "posts": [
        {"id": "oakhurst-market-01", "network": "instagram",
         "post": "🍎🎃 Fall Saturdays are here at Oakhurst! 64 vendors, 38 of them farms from within 100 miles, every Saturday 8am–12:30pm through Nov 21st. Bring your tote and your appetite! #OakhurstMarket #EatLocal #Decatur",
         "labels": []},
        {"id": "oakhurst-market-02", "network": "facebook",
         "post": "Did you know? 🥕 At Oakhurst, your SNAP dollars go twice as far. Spend $30 of SNAP and we'll match it with $30 more for fresh fruits and veggies, thanks to Georgia Fresh for Less. That's up to $60 of good food every Saturday! Tell your neighbors 💚 #OakhurstMarket",
         "labels": []},
        {"id": "oakhurst-market-03", "network": "x",
         "post": "🥧 Bakers, start your ovens! The 12th annual Oakhurst Pie Contest is Saturday, Oct 18 at 10am. Entry is $15 per pie, register by Oct 10! #OakhurstMarket",
         "labels": [(C, "Saturday, Oct 18"), (C, "$15")]},
        {"id": "oakhurst-market-04", "network": "instagram",
         "post": "Think your pecan pie is the best in Georgia? 🏆 First prize is $500, and this year's judge is chef Tamara Ellis of Hearth & Vine! See you October 17 🥧 #OakhurstMarket #PieContest",
         "labels": [(C, "$500"), (C, "Tamara Ellis")]},
        {"id": "oakhurst-market-05", "network": "facebook",
         "post": "🥧 PIE CONTEST ALERT 🥧 Our 12th annual Oakhurst Pie Contest is on Saturday, October 17, at 10 a.m. Register your pie by Saturday, October 10 (one week before!) for just $10. There's $400 in prize money up for grabs: $250, $100 and $50 for the top three. Chef Tamara Ellison of Hearth & Vine will be tasting every slice 😋 #OakhurstMarket",
         "labels": []},
        {"id": "oakhurst-market-06", "network": "tiktok",
         "post": "Come hang out with over 80 vendors this Saturday 🌻 Gates open at 7am, so come say hi to market founder Denise Whitfield! #OakhurstMarket #farmersmarket",
         "labels": [(C, "80"), (C, "7am"), (C, "founder")]},
        {"id": "oakhurst-market-07", "network": "newsletter",
         "post": "Hey neighbors! 🍂\n\nThe days are getting shorter, but the market is in full swing. We're open every Saturday from 8 a.m. to 12:30 p.m. (that's four and a half hours of shopping!) at 435 Oakview Road, right through November 21. October alone has five market Saturdays, so there's plenty of time to stock up on fall produce.\n\n🎶 Live music plays from 9 to 11 on the Pavilion Stage every week.\n🐶 Leashed pups are always welcome.\n🚗 Free parking at Oakhurst Baptist Church, just across the street.\n\nQuestions? Write to hello@oakhurstmarket.org or visit oakhurstmarket.org.\n\nSee you Saturday!\nDenise Whitfield, Market Manager, Oakhurst Growers Alliance",
         "labels": []},
        {"id": "oakhurst-market-08", "network": "x",
         "post": "🎸 Two hours of live tunes every Saturday: 9–11am on the Pavilion Stage. Grab your basket, fill it up with local goodies, and enjoy the show! #OakhurstMarket",
         "labels": []},
        {"id": "oakhurst-market-09", "network": "instagram",
         "post": "💚 SNAP shoppers: we'll match your SNAP dollars up to $50 every market day! Plus, every shopper gets a free reusable tote bag this fall 🛍️ #OakhurstMarket #SNAP",
         "labels": [(C, "$50"), (U, "every shopper gets a free reusable tote bag this fall")]},
        {"id": "oakhurst-market-10", "network": "bluesky",
         "post": "Georgia's largest farmers market is right here in Oakhurst 🌽 Got a question or want to become a vendor? Email us at hello@oakhurstmarket.com #OakhurstMarket",
         "labels": [(U, "Georgia's largest farmers market"), (C, "hello@oakhurstmarket.com")]},
        {"id": "oakhurst-market-11", "network": "facebook",
         "post": "Mark your calendars 📅 Our last market of the season is Saturday, November 28, so come say goodbye until spring! Quick reminder: no pets, please. See you at the Community Garden lot! #OakhurstMarket",
         "labels": [(C, "November 28"), (C, "no pets, please")]},
    ],
}

if __name__ == "__main__":
    build([salon, vachon, brightline, oakhurst], os.path.join(HERE, "blind30.jsonl"))
