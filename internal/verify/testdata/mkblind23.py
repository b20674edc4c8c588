"""Blind verify set 23 (sealed): 4 fictional brands x 11 posts = 44 posts.

Written blind: the writer read only /work/shared/data/README.md (section "verify/dev.jsonl
conventions"), /work/shared/data/verify/dev.jsonl and testdata/mkblind_common.py. No engine
code, no other testdata, no docs, no git history of the engine; vigie and go were never run.

Brands and sectors:
- Meubles Vanderstraeten (fr, Belgium): family furniture store in Alleur near Liege; winter sales
  2-31 January 2027, Sunday openings, delivery conditions, showroom evening, 70th anniversary
  (Belgian number words: septante, nonante, quatre-vingts).
- Maison Ilaria Cosmetiques (fr, France): organic cosmetics; Serum Lumiere launch 2 March 2027,
  ingredient percentages, bundle prices, launch code, pop-up store in Lyon 11-21 March 2027,
  partner dermatologist, certifications.
- Northmark Mobile (en, Canada): regional carrier; 5G Flex plans in CAD, month-to-month terms,
  Black Friday offer 27-30 November 2026, Calgary flagship store hours, bilingual support line.
- Smokestack Food Truck Rally (en, US): food truck festival in Austin, Texas, 17-18 April 2027;
  trucks, ticket tiers, early-bird deadline, parking and shuttle, music line-up, BBQ contest.

Calendar checks (Python datetime.date(...).strftime('%A')):
- 2027-01-02 Saturday, 2027-01-03 Sunday, 2027-01-14 Thursday, 2027-01-17 Sunday,
  2027-01-31 Sunday; 2-31 January = 30 days; Sunday openings 3, 17, 31 = three Sundays.
- 2027-03-02 Tuesday, 2027-03-11 Thursday, 2027-03-13 Saturday, 2027-03-15 Monday,
  2027-03-20 Saturday, 2027-03-21 Sunday; 11-21 March = 11 days.
- 2026-11-03 Tuesday, 2026-11-27 Friday, 2026-11-29 Sunday, 2026-11-30 Monday;
  27-30 November = 4 days.
- 2027-03-01 Monday, 2027-04-17 Saturday, 2027-04-18 Sunday.
Wrong weekdays used in hallucinated posts: vendredi 14 janvier (is Thursday), Thursday,
November 27 (is Friday), Saturday, April 18 / Sunday, April 19 (festival is Sat 17 / Sun 18).

Arithmetic used by clean posts:
- Canape Ourthe 2 490 EUR - 1 690 EUR = 800 EUR saved.
- Coffret Rituel Lumiere 73 EUR - 59 EUR = 14 EUR saved; Duo 68 EUR / 2 = 34 EUR per bottle;
  refill 39 EUR - 32 EUR = 7 EUR less than the bottle; 82 % bio -> "plus de 80 %".
- Flex 100 Black Friday: ($60 - $50) x 12 months = $120 saved in year one.
- Weekend GA $25 vs 2 x $15 = $30 -> $5 saved; 18,500 visitors -> "more than 18,000".
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mkblind_common import build

C, U = "contradicted", "unsupported"

VANDERSTRAETEN = {
    "brand": "Meubles Vanderstraeten",
    "lang": "fr",
    "facts": [
        "Meubles Vanderstraeten est un magasin de meubles familial fondé en 1957 par Joseph Vanderstraeten à Alleur, près de Liège ; il fête ses 70 ans en 2027.",
        "Depuis 2015, le magasin est dirigé par Camille Vanderstraeten, petite-fille du fondateur.",
        "Adresse : rue de l'Expansion 42, 4432 Alleur. Parking gratuit de 120 places devant le magasin.",
        "Le showroom s'étend sur 3 200 m² répartis sur deux étages.",
        "Horaires : du lundi au samedi de 10h à 18h30. Fermé le dimanche, sauf dimanches d'ouverture.",
        "Soldes d'hiver : du samedi 2 janvier au dimanche 31 janvier 2027.",
        "Pendant les soldes : jusqu'à -40 % sur les salons et canapés, -25 % sur toute la literie (matelas, sommiers, lits).",
        "Le canapé d'angle « Ourthe » en cuir (5 places) est soldé à 1 690 € au lieu de 2 490 €.",
        "Dimanches d'ouverture exceptionnelle : 3, 17 et 31 janvier 2027, de 13h à 18h.",
        "Livraison gratuite dans un rayon de 25 km autour du magasin dès 800 € d'achat ; sinon, forfait de livraison de 59 €. Le montage est inclus pour les lits, armoires et dressings.",
        "Matelas Dormilux : 90 nuits d'essai, avec un échange possible pendant cette période (pas de remboursement).",
        "Soirée showroom « Bois clair & Hygge » le jeudi 14 janvier 2027 de 18h30 à 21h30, en présence de la designer Lotte Verhaegen. Entrée gratuite sur inscription sur vanderstraeten-meubles.be/soiree, 80 places, verre de bienvenue offert.",
        "Paiement en 3 fois sans frais dès 500 € d'achat.",
        "Contact : 04 263 71 90, info@vanderstraeten-meubles.be. Site : vanderstraeten-meubles.be. Hashtag officiel : #Vanderstraeten70.",
    ],
    "brief": "Promouvoir les soldes d'hiver 2027 (du 2 au 31 janvier), les dimanches d'ouverture et la soirée showroom du jeudi 14 janvier, l'année des 70 ans du magasin, sur un ton chaleureux et local.",
    "posts": [
        {"id": "vanderstraeten-01", "network": "facebook",
         "post": "🛋️ Top départ des soldes d'hiver ce samedi 2 janvier chez Meubles Vanderstraeten ! Jusqu'à -40 % sur les salons et canapés, -25 % sur toute la literie, et ça dure tout le mois, jusqu'au dimanche 31 janvier. On vous attend rue de l'Expansion 42 à Alleur, parking gratuit 🚗 #Vanderstraeten70 #soldes #Liège",
         "labels": []},
        {"id": "vanderstraeten-02", "network": "instagram",
         "post": "Septante ans, ça se fête ! 🥂 Jeudi 14 janvier, de 18h30 à 21h30, soirée showroom « Bois clair & Hygge » avec la designer Lotte Verhaegen. Quatre-vingts places seulement, entrée gratuite sur inscription sur vanderstraeten-meubles.be/soiree, et un verre de bienvenue vous attend 🍷 #Vanderstraeten70 #déco",
         "labels": []},
        {"id": "vanderstraeten-03", "network": "x",
         "post": "Le canapé d'angle Ourthe en cuir, 5 places, passe à 1 690 € au lieu de 2 490 € : 800 € d'économie 😍 Soldes jusqu'au 31/01 à Alleur. #Vanderstraeten70 #déco",
         "labels": []},
        {"id": "vanderstraeten-04", "network": "facebook",
         "post": "🚚 Bonne nouvelle : pendant les soldes, la livraison est gratuite partout en Belgique dès 500 € d'achat, et le montage est inclus pour tous vos meubles ! Profitez-en jusqu'au 31 janvier. #Vanderstraeten70",
         "labels": [(C, "partout en Belgique"), (C, "500 €"), (C, "pour tous vos meubles")]},
        {"id": "vanderstraeten-05", "network": "instagram",
         "post": "☀️ Dimanche shopping ! Le magasin ouvre exceptionnellement ce dimanche 3 janvier, puis les dimanches 17 et 31 janvier, de 13h à 18h. Trois dimanches pour flâner en famille dans nos 3 200 m² de showroom 🛋️ #Vanderstraeten70 #soldes",
         "labels": []},
        {"id": "vanderstraeten-06", "network": "x",
         "post": "✨ Soirée showroom « Bois clair & Hygge » ce vendredi 14 janvier dès 18h30, avec la designer Lotte Verhaegen ! Entrée gratuite, inscription sur vanderstraeten-meubles.be/soiree 🍷 #Vanderstraeten70",
         "labels": [(C, "vendredi 14 janvier")]},
        {"id": "vanderstraeten-07", "network": "linkedin",
         "post": "En 2027, Meubles Vanderstraeten fête ses 70 ans. Fondée en 1957 à Alleur par Joseph Vanderstraeten, l'entreprise familiale est dirigée depuis 2015 par Camille Vanderstraeten, petite-fille du fondateur. Plus de 3 000 m² de showroom sur deux étages, et toujours la même envie : vous aider à vous sentir bien chez vous. #Vanderstraeten70",
         "labels": []},
        {"id": "vanderstraeten-08", "network": "instagram",
         "post": "😴 Nos matelas Dormilux sont à -25 % pendant les soldes… et vous avez nonante nuits pour les tester : satisfait ou remboursé ! Le meilleur matelas de Belgique, tout simplement. #Vanderstraeten70 #sommeil",
         "labels": [(C, "satisfait ou remboursé"), (U, "Le meilleur matelas de Belgique")]},
        {"id": "vanderstraeten-09", "network": "facebook",
         "post": "📅 Rappel : le magasin est ouvert tous les dimanches de janvier, de 13h à 18h ! Une question sur une livraison ou un article soldé ? Appelez-nous au 04 263 17 90 ☎️ À bientôt à Alleur 🛋️ #Vanderstraeten70",
         "labels": [(C, "tous les dimanches de janvier"), (C, "04 263 17 90")]},
        {"id": "vanderstraeten-10", "network": "newsletter",
         "post": "Chère cliente, cher client,\n\nLes soldes d'hiver, c'est du samedi 2 au dimanche 31 janvier 2027 chez Meubles Vanderstraeten 🎉\n\n• Jusqu'à 40 % de réduction sur les salons et canapés\n• 25 % sur toute la literie : matelas, sommiers et lits\n• Le canapé d'angle Ourthe à 1 690 € (au lieu de 2 490 €)\n\nVos matelas Dormilux s'essaient pendant nonante nuits, avec un échange possible. Livraison offerte dans un rayon de 25 km dès 800 € d'achat, montage inclus pour les lits, armoires et dressings, et paiement en trois fois sans frais dès 500 €.\n\nNotre magasin vous accueille du lundi au samedi de 10h à 18h30, et exceptionnellement les dimanches 3, 17 et 31 janvier de 13h à 18h.\n\nÀ très vite à Alleur !\nCamille Vanderstraeten\n04 263 71 90 · vanderstraeten-meubles.be",
         "labels": []},
        {"id": "vanderstraeten-11", "network": "tiktok",
         "post": "POV : tu découvres 3 200 m² de showroom 😍 Jeudi 14 janvier, soirée spéciale avec la designer Lotte Verhagen, 150 places seulement, cadeau surprise pour chaque invité 🎁 Inscris-toi vite ! #Vanderstraeten70",
         "labels": [(C, "Lotte Verhagen"), (C, "150"), (U, "cadeau surprise pour chaque invité")]},
    ],
}

ILARIA = {
    "brand": "Maison Ilaria Cosmétiques",
    "lang": "fr",
    "facts": [
        "Maison Ilaria Cosmétiques est une marque française de soins bio fondée en 2016 à Grasse par Ilaria Conti.",
        "Le Sérum Lumière à l'immortelle sort le mardi 2 mars 2027 sur maisonilaria.fr et dans les 180 pharmacies et parapharmacies partenaires.",
        "Le Sérum Lumière (flacon de 30 ml) coûte 39 €. Une recharge de 30 ml est vendue 32 €.",
        "Formule : 99 % d'ingrédients d'origine naturelle, dont 82 % issus de l'agriculture biologique. Actifs : 3 % de niacinamide, acide hyaluronique et huile essentielle d'immortelle de Corse.",
        "Le sérum est certifié COSMOS ORGANIC par Ecocert et labellisé vegan par The Vegan Society.",
        "Test d'usage sous contrôle dermatologique sur 42 volontaires pendant 28 jours : 88 % ont trouvé leur teint plus lumineux.",
        "La dermatologue partenaire de la marque est la Dre Nadia Belkacem, dermatologue à Lyon.",
        "Coffret Rituel Lumière (Sérum Lumière 30 ml + Crème de jour Immortelle 50 ml) : 59 € au lieu de 73 €.",
        "Duo Sérum Lumière (2 flacons de 30 ml) : 68 € au lieu de 78 €.",
        "Code de lancement LUMIERE10 : -10 % sur maisonilaria.fr du 2 au 15 mars 2027, hors coffrets et duos.",
        "Livraison offerte en France métropolitaine dès 49 € d'achat ; sinon 4,90 €.",
        "Pop-up store à Lyon du jeudi 11 au dimanche 21 mars 2027, au 14 rue Émile-Zola (Lyon 2e), ouvert tous les jours de 11h à 19h.",
        "Au pop-up, la Dre Nadia Belkacem propose des diagnostics de peau gratuits de 20 minutes les samedis 13 et 20 mars, sur réservation sur maisonilaria.fr/popup.",
        "Service client : bonjour@maisonilaria.fr. Hashtag officiel : #IlariaLumiere.",
    ],
    "brief": "Lancer le Sérum Lumière à l'immortelle (sortie le 2 mars 2027), mettre en avant sa formule bio et ses coffrets, et faire venir le public au pop-up store de Lyon du 11 au 21 mars 2027.",
    "posts": [
        {"id": "ilaria-01", "network": "instagram",
         "post": "✨ Il est enfin là ! Notre Sérum Lumière à l'immortelle arrive le mardi 2 mars 🌼 99 % d'ingrédients d'origine naturelle, 82 % bio, certifié COSMOS ORGANIC par Ecocert et vegan. 30 ml de pur éclat pour 39 €. Vous êtes prêtes ? 💛 #IlariaLumiere #cosmétiquebio #skincare",
         "labels": []},
        {"id": "ilaria-02", "network": "facebook",
         "post": "Envie de chouchouter votre peau ? 🎁 Le Coffret Rituel Lumière réunit le Sérum Lumière (30 ml) et la Crème de jour Immortelle (50 ml) pour 59 € au lieu de 73 €, soit 14 € d'économie. Et la livraison est offerte dès 49 € d'achat en France métropolitaine 📦 À découvrir sur maisonilaria.fr #IlariaLumiere",
         "labels": []},
        {"id": "ilaria-03", "network": "x",
         "post": "Code LUMIERE10 = -15 % sur maison-ilaria.fr jusqu'au 15 mars, même sur les coffrets 🛍️✨ #IlariaLumiere",
         "labels": [(C, "-15 %"), (C, "maison-ilaria.fr"), (C, "même sur les coffrets")]},
        {"id": "ilaria-04", "network": "instagram",
         "post": "📍 Lyon, on arrive ! Du jeudi 11 au dimanche 21 mars, retrouvez Maison Ilaria dans notre pop-up store au 14 rue Émile-Zola (2e arr.) 🌸 11 jours pour venir sentir, tester et adopter le Sérum Lumière, tous les jours de 11h à 19h 💛 #IlariaLumiere #Lyon",
         "labels": []},
        {"id": "ilaria-05", "network": "linkedin",
         "post": "Nous sommes fières de travailler avec la Dre Nadia Belkacem, dermatologue à Lyon et présidente de la Société française de dermatologie. Le Sérum Lumière a été testé sous contrôle dermatologique sur 120 volontaires pendant 28 jours : 88 % ont constaté un teint plus lumineux. #IlariaLumiere",
         "labels": [(U, "présidente de la Société française de dermatologie"), (C, "120")]},
        {"id": "ilaria-06", "network": "tiktok",
         "post": "POV : tu découvres un sérum avec 3 % de niacinamide, de l'acide hyaluronique et de l'huile essentielle d'immortelle de Corse 🌼 Presque 100 % naturel (99 % pour être exacte 😇), plus de 80 % bio. Dispo dès le 2 mars ! #IlariaLumiere #skincareroutine",
         "labels": []},
        {"id": "ilaria-07", "network": "facebook",
         "post": "🌸 Notre pop-up store lyonnais vous ouvre ses portes du 11 au 28 mars, tous les jours de 10h à 19h, au 14 rue Émile-Zola ! Diagnostic de peau gratuit avec la Dre Belkacem les samedis 13 et 20 mars, sans réservation 💛 #IlariaLumiere",
         "labels": [(C, "28 mars"), (C, "10h"), (C, "sans réservation")]},
        {"id": "ilaria-08", "network": "x",
         "post": "Pensez à la recharge ♻️ 30 ml de Sérum Lumière pour 32 €, soit 7 € de moins que le flacon à 39 €. Même formule, même éclat ✨ #IlariaLumiere #cosmétiquebio",
         "labels": []},
        {"id": "ilaria-09", "network": "instagram",
         "post": "🏆 Élu meilleur sérum bio de l'année ! Notre Sérum Lumière est certifié COSMOS NATURAL par Ecocert et labellisé vegan par The Vegan Society 🌱 Une marque née à Grasse en 2016, avec amour 💛 #IlariaLumiere",
         "labels": [(U, "Élu meilleur sérum bio de l'année"), (C, "COSMOS NATURAL")]},
        {"id": "ilaria-10", "network": "newsletter",
         "post": "Bonjour à toutes et à tous,\n\nLe mardi 2 mars, Maison Ilaria, la marque de soins bio fondée à Grasse par Ilaria Conti, lance son Sérum Lumière à l'immortelle 🌼 Il associe 3 % de niacinamide, de l'acide hyaluronique et de l'huile essentielle d'immortelle de Corse, dans une formule à 99 % d'origine naturelle.\n\nPour son lancement, profitez de 10 % de réduction avec le code LUMIERE10 sur maisonilaria.fr, du 2 au 15 mars (hors coffrets et duos). Vous préférez les duos ? Deux flacons de 30 ml pour 68 € au lieu de 78 €, soit 34 € le flacon.\n\nEt si vous passez par Lyon, notre pop-up store vous attend du 11 au 21 mars au 14 rue Émile-Zola : la Dre Nadia Belkacem y proposera des diagnostics de peau gratuits de 20 minutes les samedis 13 et 20 mars, sur réservation sur maisonilaria.fr/popup.\n\nUne question ? Écrivez-nous à bonjour@maisonilaria.fr.\n\nBelle journée lumineuse ✨\nL'équipe Maison Ilaria #IlariaLumiere",
         "labels": []},
        {"id": "ilaria-11", "network": "x",
         "post": "Le Sérum Lumière 30 ml à 35 €, la livraison offerte sans minimum d'achat et un échantillon offert dans chaque colis 🚚✨ Foncez sur maisonilaria.fr ! #IlariaLumiere",
         "labels": [(C, "35 €"), (C, "sans minimum d'achat"), (U, "un échantillon offert dans chaque colis")]},
    ],
}

NORTHMARK = {
    "brand": "Northmark Mobile",
    "lang": "en",
    "facts": [
        "Northmark Mobile is a Canadian mobile carrier founded in 2011 in Calgary, Alberta, serving customers in Alberta, British Columbia and Saskatchewan.",
        "Northmark Mobile's CEO is Priya Deshmukh.",
        "The new 5G Flex plans are available from Tuesday, November 3, 2026.",
        "Flex 40: 40 GB of 5G data per month, unlimited Canada-wide talk and text, $45/month (CAD, before taxes).",
        "Flex 100: 100 GB of 5G data per month, unlimited Canada-wide talk and text, $60/month (CAD, before taxes).",
        "Unlimited Max: unlimited data (the first 150 GB at full 5G speed, then up to 512 kbps), unlimited Canada-wide talk and text, plus 5 GB of US roaming data per month, $85/month (CAD, before taxes).",
        "All Flex plans and Unlimited Max are month-to-month, with no term contract. Phones can be financed over 24 months at 0% APR with Flex 100 or Unlimited Max.",
        "Black Friday offer, Friday, November 27 to Monday, November 30, 2026: Flex 100 at $50/month for the first 12 months (then $60/month), for new customers who bring their number to Northmark.",
        "During the Black Friday offer, the $45 connection fee is waived on online orders only (northmarkmobile.ca).",
        "Unused data on Flex 40 and Flex 100 rolls over to the next month only.",
        "Calgary flagship store: 215 8 Ave SW, Calgary, AB. Open Monday to Friday 9 a.m. to 8 p.m., Saturday 10 a.m. to 6 p.m., Sunday 11 a.m. to 5 p.m. On Black Friday (November 27), it is open from 7 a.m. to 10 p.m.",
        "Customer support in English and French: 1-877-555-0188, every day from 7 a.m. to 11 p.m. (Mountain Time).",
        "Northmark Mobile ranked #1 in customer satisfaction among regional carriers in Western Canada in the 2026 ClearSignal Wireless Study.",
        "Plans and offer details: northmarkmobile.ca/5g. Official hashtag: #NorthmarkFlex.",
    ],
    "brief": "Launch the new 5G Flex plans and push the Black Friday offer (Friday, November 27 to Monday, November 30, 2026), online and at the Calgary flagship store.",
    "posts": [
        {"id": "northmark-01", "network": "instagram",
         "post": "📶 Say hello to Flex! Our new 5G plans are here: Flex 40 (40 GB) for $45/mo, Flex 100 (100 GB) for $60/mo, or go all in with Unlimited Max at $85/mo. All month-to-month, no contract 🙌 northmarkmobile.ca/5g #NorthmarkFlex #5G",
         "labels": []},
        {"id": "northmark-02", "network": "x",
         "post": "🖤 Black Friday is ON: Flex 100 for $50/month for your first 12 months when you bring your number to Northmark. That's $120 saved in year one 💸 Fri Nov 27 to Mon Nov 30 only. #NorthmarkFlex #BlackFriday",
         "labels": []},
        {"id": "northmark-03", "network": "facebook",
         "post": "Black Friday deal alert 🚨 Flex 100 at $50/month for 24 months, and we're waiving the $45 connection fee in store and online! Offer ends Sunday, November 29. #NorthmarkFlex",
         "labels": [(C, "24 months"), (C, "in store and online"), (C, "Sunday, November 29")]},
        {"id": "northmark-04", "network": "linkedin",
         "post": "Founded in Calgary in 2011, Northmark Mobile now serves customers across Alberta, British Columbia and Saskatchewan. This fall, we're proud to launch our new 5G Flex plans, and to have ranked #1 in customer satisfaction among regional carriers in Western Canada in the 2026 ClearSignal Wireless Study. Thank you to our customers and our team. — Priya Deshmukh, CEO #NorthmarkFlex",
         "labels": []},
        {"id": "northmark-05", "network": "tiktok",
         "post": "POV: you're on Canada's #1 carrier 🏆📱 Unused data rolls over forever 🔁 and Flex 40 is just $45/mo! #NorthmarkFlex",
         "labels": [(U, "Canada's #1 carrier"), (C, "rolls over forever")]},
        {"id": "northmark-06", "network": "facebook",
         "post": "📍 Calgary, come see us! Our flagship store at 215 8 Ave SW is open weekdays 9 a.m.–8 p.m., Saturdays 10–6 and Sundays 11–5. And on Black Friday, Nov. 27, we open our doors at 7 a.m. and stay open until 10 p.m. ☕ #NorthmarkFlex #YYC",
         "labels": []},
        {"id": "northmark-07", "network": "x",
         "post": "Questions about Flex? Our team answers 24/7 in English and French at 1-877-555-0118 📞 #NorthmarkFlex",
         "labels": [(C, "24/7"), (C, "1-877-555-0118")]},
        {"id": "northmark-08", "network": "bluesky",
         "post": "Heading south this winter? ✈️ Unlimited Max gives you 5 GB of US roaming data every month, plus unlimited data with your first 200 GB at full 5G speed. $85/month, no term contract. Details: northmarkmobile.ca/5g #NorthmarkFlex",
         "labels": [(C, "200 GB")]},
        {"id": "northmark-09", "network": "instagram",
         "post": "Black Friday starts Thursday, November 27 🖤 Flex 100 drops to $45/month for your first year, bring your number and save! Plus a free pair of wireless earbuds with every activation 🎧 #NorthmarkFlex",
         "labels": [(C, "Thursday, November 27"), (C, "$45/month"), (U, "a free pair of wireless earbuds with every activation")]},
        {"id": "northmark-10", "network": "newsletter",
         "post": "Hi there,\n\nBlack Friday is almost here, and it lasts four days. From Friday, November 27 to Monday, November 30, new customers who bring their number get Flex 100 (100 GB of 5G data, unlimited Canada-wide talk and text) for $50/month for 12 months, then $60/month.\n\nOrdering online at northmarkmobile.ca? We'll also waive the $45 connection fee. Need a new phone? Finance it over 24 months at 0% APR with Flex 100.\n\nPrefer to talk to someone? Visit our Calgary flagship store at 215 8 Ave SW, open 7 a.m. to 10 p.m. on Black Friday, or call us in English or French at 1-877-555-0188, every day from 7 a.m. to 11 p.m. MT.\n\nSee you soon,\nThe Northmark Mobile team\n#NorthmarkFlex",
         "labels": []},
        {"id": "northmark-11", "network": "mastodon",
         "post": "Northmark Mobile has been connecting Albertans since 2009 📶 And our new Flex plans come with a 2-year price lock guarantee. Switch today at northmarkmobile.ca/5g #NorthmarkFlex",
         "labels": [(C, "2009"), (U, "a 2-year price lock guarantee")]},
    ],
}

SMOKESTACK = {
    "brand": "Smokestack Food Truck Rally",
    "lang": "en",
    "facts": [
        "Smokestack Food Truck Rally 2027, the festival's 5th edition, takes place Saturday, April 17 and Sunday, April 18, 2027 at Pecan Flats Park, 4400 E Riverside Dr, Austin, Texas.",
        "Hours: Saturday 11 a.m. to 10 p.m., Sunday 11 a.m. to 8 p.m.",
        "64 food trucks take part, including 22 barbecue trucks.",
        "General Admission: $15 per day (entry only, food not included). Weekend GA pass: $25.",
        "Early-bird General Admission: $12 per day until Monday, March 1, 2027.",
        "VIP Pitmaster Pass: $89 per day, includes 6 food tokens, 2 drink tickets, access to the shaded VIP lounge and private restrooms.",
        "Kids 10 and under get in free with a paying adult.",
        "There is no on-site parking. Paid parking ($10) is available at the Montopolis lot, with a free shuttle every 15 minutes; free bike valet at the north gate.",
        "Music line-up: Saturday, Rosa Villanueva at 5 p.m. and headliner The Dustbowl Saints at 8 p.m.; Sunday, Hank Bramble & the Low Country at 6 p.m.",
        "The Brisket Throwdown barbecue contest is judged on Sunday at 2 p.m. by pitmaster Dolores \"Dee\" Castañeda; the grand prize is $5,000.",
        "The 2026 edition welcomed 18,500 visitors over two days.",
        "$1 from every ticket sold goes to the Eastside Community Pantry.",
        "The festival is cashless and takes place rain or shine; tickets are non-refundable. Leashed dogs are welcome.",
        "Tickets: smokestackrally.com/tickets. Official hashtag: #SmokestackRally.",
    ],
    "brief": "Sell tickets for the 2027 Smokestack Food Truck Rally (April 17-18, 2027, Austin), announce the music line-up and explain parking and shuttles before early-bird pricing ends on March 1.",
    "posts": [
        {"id": "smokestack-01", "network": "instagram",
         "post": "🚚🔥 SMOKESTACK IS BACK! 64 food trucks (22 of them slinging BBQ 🍖) roll into Pecan Flats Park on Sat, April 17 & Sun, April 18. Early-bird GA is just $12/day until March 1st 👉 smokestackrally.com/tickets #SmokestackRally #AustinEats",
         "labels": []},
        {"id": "smokestack-02", "network": "facebook",
         "post": "🎸 Your Smokestack soundtrack is here! Saturday: Rosa Villanueva at 5 p.m., then The Dustbowl Saints headline at 8. Sunday: Hank Bramble & the Low Country take the stage at 6 p.m. Grab some barbecue and sing along 🤠 #SmokestackRally #ATXmusic",
         "labels": []},
        {"id": "smokestack-03", "network": "x",
         "post": "Good news: free on-site parking at Pecan Flats Park this year 🚗 Gates open 10 a.m. both days! #SmokestackRally",
         "labels": [(C, "free on-site parking"), (C, "10 a.m.")]},
        {"id": "smokestack-04", "network": "tiktok",
         "post": "POV: you grabbed the $25 weekend pass instead of two $15 day tickets and saved $5 for extra brisket 🍖😎 Two days, 64 food trucks, live music, and kids 10 & under get in free with a paying adult. #SmokestackRally",
         "labels": []},
        {"id": "smokestack-05", "network": "facebook",
         "post": "Go VIP 🌟 The Pitmaster Pass ($89/day) gets you 8 food tokens, 2 drink tickets, the shaded VIP lounge, private restrooms AND a meet & greet with The Dustbowl Saints! #SmokestackRally",
         "labels": [(C, "8", 1), (U, "a meet & greet with The Dustbowl Saints")]},
        {"id": "smokestack-06", "network": "linkedin",
         "post": "Proud to bring the Smokestack Food Truck Rally back to Austin for its 5th edition, April 17–18, 2027. Last year, more than 18,000 visitors joined us over two days, and this year $1 from every ticket sold goes to the Eastside Community Pantry. Great food, great music, real impact. #SmokestackRally",
         "labels": []},
        {"id": "smokestack-07", "network": "instagram",
         "post": "Mark your calendars 📅 Smokestack Food Truck Rally hits Austin Saturday, April 18 & Sunday, April 19! Over 80 food trucks, rain or shine ☔🌮 #SmokestackRally",
         "labels": [(C, "Saturday, April 18"), (C, "Sunday, April 19"), (C, "80")]},
        {"id": "smokestack-08", "network": "x",
         "post": "🚌 Parking tip: there's no parking on site, so leave the car at the Montopolis lot ($10) and hop on the free shuttle, every 10 min. Or bike in: free bike valet at the north gate 🚲 #SmokestackRally #Austin",
         "labels": [(C, "10 min")]},
        {"id": "smokestack-09", "network": "facebook",
         "post": "🏆 The Brisket Throwdown is on! Judged Saturday at 2 p.m. by pitmaster Dolores \"Dee\" Castañeda, with a $10,000 grand prize on the line. Texas's biggest BBQ contest, y'all! #SmokestackRally",
         "labels": [(C, "Saturday"), (C, "$10,000"), (U, "Texas's biggest BBQ contest")]},
        {"id": "smokestack-10", "network": "newsletter",
         "post": "Howdy, Smokestack fam! 🤠\n\nThe 5th Smokestack Food Truck Rally is coming to Pecan Flats Park (4400 E Riverside Dr) on Saturday, April 17 and Sunday, April 18. Here's what you need to know:\n\n🎟️ Tickets: early-bird GA is $12 a day until Monday, March 1, then $15. Weekend GA pass: $25. Want the full treatment? The VIP Pitmaster Pass ($89/day) includes 6 food tokens, 2 drink tickets, the shaded VIP lounge and private restrooms.\n⏰ Hours: 11 a.m.–10 p.m. Saturday, 11 a.m.–8 p.m. Sunday.\n🐶 Leashed pups are welcome, and kids 10 and under get in free with a paying adult.\n💳 We're cashless, and we party rain or shine.\n\nSee you in April!\nsmokestackrally.com/tickets #SmokestackRally",
         "labels": []},
        {"id": "smokestack-11", "network": "bluesky",
         "post": "Bringing the whole family? Kids 12 and under get in free 🎉 And if it rains, we'll refund your ticket. Get yours at smokestackrally.com/tix #SmokestackRally",
         "labels": [(C, "12"), (C, "we'll refund your ticket"), (C, "smokestackrally.com/tix")]},
    ],
}

if __name__ == "__main__":
    build([VANDERSTRAETEN, ILARIA, NORTHMARK, SMOKESTACK], os.path.join(HERE, "blind23.jsonl"))
