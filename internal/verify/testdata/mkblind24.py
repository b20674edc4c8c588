"""Sealed blind verify set 24 (blind24.jsonl): 4 brands x 11 posts = 44 posts.

Written blind: the author read only /work/shared/data/README.md (section "verify/dev.jsonl
conventions"), /work/shared/data/verify/dev.jsonl and testdata/mkblind_common.py. No engine
code (internal/verify/*.go, internal/claims/), no docs/, no other testdata file, no git
history of the engine was opened, and neither `vigie` nor `go` was run.

Brands and sectors (all fictional):
  - Quincaillerie Beaulac (fr, Québec): independent hardware store in Sherbrooke, spring sale
    22 April - 2 May 2027, beginners' painting workshop, delivery radius.
  - Parc zoologique des Grands Causses (fr, France): zoo in Aveyron, baby giraffe Nala,
    2027 season hours, ticket prices, keeper talks, conservation programme, 38 hectares.
  - Runwell for Kids (en, UK): children's charity, Runwell Bristol 10K on 19 September 2027,
    entry fee, sponsorship minimum and target, wave start times, ambassador, Gift Aid.
  - Kesari Homeware (en, India): online homeware shop in Jaipur, Diwali Utsav Sale
    15-31 October 2027, ₹ prices, lakh/crore figures, COD conditions, delivery days, returns.

Calendar checks (Python datetime, 2027):
  Thu 22 Apr, Sat 24 Apr, Sun 2 May (Beaulac sale, workshop); 22 Apr - 2 May = 11 days.
  Sat 3 Apr (Nala's birth; zoo-11 says "dimanche 3 avril": wrong on purpose).
  Sun 19 Sep (race), Sun 5 Sep (registration closes), 5 -> 19 Sep = 14 days = two weeks;
  runwell-02 says "Saturday 19 September": wrong on purpose.
  Fri 15 Oct, Fri 22 Oct, Fri 29 Oct (Diwali), Sun 31 Oct (Kesari); kesari-11 says
  "Thursday 15 October": wrong on purpose. beaulac-04 says "vendredi 22 avril": wrong.

Arithmetic used by clean posts:
  Beaulac: 54,99 $ - 43,99 $ = 11 $ per gallon (= 20 % off, 54,99 x 0,8 = 43,99);
           429,99 $ - 349,99 $ = 80 $; 10 h - 11 h 30 = une heure et demie; 1978 -> 2027 = 49
           years ("près de 50 ans").
  Zoo:     family ticket 72 € vs 2 x 24 € + 2 x 17 € = 82 €, saving 10 €; summer 19 h minus
           1 h 30 = ticket office closes 17 h 30; spring/autumn 18 h - 1 h 30 = 16 h 30;
           620 animals -> "plus de 600"; 212 000 visitors -> "plus de 200 000".
  Runwell: Gift Aid 25p per £1: £20 -> £25, i.e. +25 %; £212,400 -> "more than £210,000";
           £250,000 = "a quarter of a million pounds"; 2,460 signed up -> "nearly 2,500",
           3,500 - 2,460 = 1,040 -> "around 1,000 places".
  Kesari:  ₹1,999 - ₹1,399 = ₹600 (1,999 x 0.7 = 1,399.3, the 30 % block-print discount);
           ₹899 / 6 = ₹149.83 -> "under ₹150 a diya"; ₹4.2 crore = ₹42 million.
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mkblind_common import build

C, U = "contradicted", "unsupported"

# --------------------------------------------------------------------------------------------
BEAULAC = {
    "brand": "Quincaillerie Beaulac",
    "lang": "fr",
    "facts": [
        "Quincaillerie Beaulac est une quincaillerie indépendante fondée en 1978 à Sherbrooke par Gérard Beaulac.",
        "Le magasin est situé au 2140, rue King Ouest, à Sherbrooke (Québec).",
        "Depuis 2012, la quincaillerie est dirigée par Nathalie Beaulac, fille du fondateur.",
        "La Grande vente du printemps a lieu du jeudi 22 avril au dimanche 2 mai 2027, en magasin seulement.",
        "Pendant la vente, toute la peinture intérieure Beaulac Pro est à 20 % de rabais : le gallon (3,78 L) passe de 54,99 $ à 43,99 $.",
        "Pendant la vente, la tondeuse électrique sans fil Verdo 40 V (batterie incluse) est à 349,99 $ au lieu de 429,99 $.",
        "Heures d'ouverture : du lundi au vendredi de 8 h à 21 h, le samedi de 8 h à 17 h, le dimanche de 9 h à 17 h.",
        "Livraison gratuite pour les achats de 150 $ et plus (avant taxes) dans un rayon de 25 km du magasin ; de 25 à 60 km, la livraison coûte 29,95 $. Pas de livraison au-delà de 60 km.",
        "Atelier gratuit pour débutants « Mes premiers travaux de peinture » : samedi 24 avril 2027, de 10 h à 11 h 30, en magasin. 15 places, inscription obligatoire au 819 565-2140.",
        "L'atelier est animé par Sylvain Roy, conseiller peinture au magasin depuis 15 ans.",
        "Le magasin propose plus de 18 000 produits sur une surface de vente de 12 000 pieds carrés.",
        "Quincaillerie Beaulac a reçu le prix Commerce de détail de l'année 2025 de la Chambre de commerce de Sherbrooke.",
        "Site Web : quincailleriebeaulac.ca. Courriel : info@quincailleriebeaulac.ca.",
        "Le mot-clic officiel de la vente est #VenteBeaulac.",
    ],
    "brief": "Faire connaître la Grande vente du printemps de Quincaillerie Beaulac (du 22 avril au 2 mai 2027, en magasin) et remplir l'atelier peinture pour débutants du samedi 24 avril, sur un ton chaleureux et de quartier.",
    "posts": [
        {"id": "quincaillerie-beaulac-01", "network": "facebook",
         "post": "🌷 Le printemps est arrivé chez Beaulac ! Du jeudi 22 avril au dimanche 2 mai, c'est notre Grande vente du printemps : 11 jours de rabais en magasin, au 2140, rue King Ouest. La peinture intérieure Beaulac Pro est à 43,99 $ le gallon au lieu de 54,99 $, soit 11 $ d'économie par gallon 🎨 On a bien hâte de vous voir ! #VenteBeaulac",
         "labels": []},
        {"id": "quincaillerie-beaulac-02", "network": "instagram",
         "post": "Votre gazon vous remercie d'avance 🌱 La tondeuse sans fil Verdo 40 V est à 349,99 $ au lieu de 449,99 $ pendant la Grande vente du printemps, et elle est garantie 5 ans ! 💪 #VenteBeaulac #jardinage",
         "labels": [(C, "449,99 $"), (U, "elle est garantie 5 ans")]},
        {"id": "quincaillerie-beaulac-03", "network": "facebook",
         "post": "Vous n'avez jamais tenu un rouleau de votre vie ? Parfait, cet atelier est fait pour vous ! 🖌️ Samedi 24 avril, de 10 h à 11 h 30, Sylvain Roy, notre conseiller peinture, vous montre les bases pendant une heure et demie. C'est gratuit, mais il n'y a que 15 places : appelez-nous au 819 565-2140 pour réserver la vôtre 😉 #VenteBeaulac",
         "labels": []},
        {"id": "quincaillerie-beaulac-04", "network": "x",
         "post": "Grande vente du printemps : ça commence ce vendredi 22 avril chez Beaulac ! 20 % de rabais sur toute la peinture intérieure Beaulac Pro, en magasin et sur quincailleriebeaulac.ca 🛒 #VenteBeaulac",
         "labels": [(C, "vendredi 22 avril"), (C, "et sur quincailleriebeaulac.ca")]},
        {"id": "quincaillerie-beaulac-05", "network": "x",
         "post": "⏰ Petit rappel pour la vente : on est ouverts de 8 h à 21 h du lundi au vendredi, de 8 h à 17 h le samedi et de 9 h à 17 h le dimanche. Le dernier jour, c'est dimanche le 2 mai, alors ne tardez pas ! #VenteBeaulac",
         "labels": []},
        {"id": "quincaillerie-beaulac-06", "network": "instagram",
         "post": "🚚 Pas envie de charger le char ? On livre gratuitement, sans minimum d'achat, partout dans un rayon de 25 km du magasin ! Et jusqu'à 80 km pour seulement 29,95 $. Satisfait ou remboursé, comme toujours ! #VenteBeaulac #Sherbrooke",
         "labels": [(C, "sans minimum d'achat"), (C, "80 km"), (U, "Satisfait ou remboursé")]},
        {"id": "quincaillerie-beaulac-07", "network": "newsletter",
         "post": "Bonjour à tous ! La Grande vente du printemps, c'est du 22 avril au 2 mai, en magasin. Au menu : 20 % de rabais sur toute la peinture intérieure Beaulac Pro (43,99 $ le gallon de 3,78 L au lieu de 54,99 $) et la tondeuse sans fil Verdo 40 V, batterie incluse, à 349,99 $ au lieu de 429,99 $, soit 80 $ de moins. Pour vos gros achats, la livraison est gratuite à partir de 150 $ avant taxes dans un rayon de 25 km ; entre 25 et 60 km, elle coûte 29,95 $. Et si vous débutez en peinture, notre atelier gratuit du samedi 24 avril (10 h à 11 h 30) vous attend : inscription au 819 565-2140. Des questions ? Écrivez-nous à info@quincailleriebeaulac.ca. À bientôt au magasin ! L'équipe Beaulac",
         "labels": []},
        {"id": "quincaillerie-beaulac-08", "network": "linkedin",
         "post": "Fondée en 1987 par Gérard Beaulac, Quincaillerie Beaulac est aujourd'hui dirigée par sa petite-fille, Nathalie Beaulac. Fiers d'avoir été nommés Commerce de détail de l'année 2025 par la Chambre de commerce de Sherbrooke, et d'être la plus grande quincaillerie indépendante de l'Estrie ! 🙌",
         "labels": [(C, "1987"), (C, "petite-fille"), (U, "la plus grande quincaillerie indépendante de l'Estrie")]},
        {"id": "quincaillerie-beaulac-09", "network": "linkedin",
         "post": "Près de 50 ans de conseils de quartier 🔨 Fondée en 1978 par Gérard Beaulac et dirigée depuis 2012 par sa fille Nathalie, Quincaillerie Beaulac a été honorée du prix Commerce de détail de l'année 2025 par la Chambre de commerce de Sherbrooke. Plus de 18 000 produits, 12 000 pieds carrés et une équipe qui connaît son métier : merci à notre clientèle fidèle ! #Sherbrooke #achatlocal",
         "labels": []},
        {"id": "quincaillerie-beaulac-10", "network": "tiktok",
         "post": "POV : tu peins ton premier mur comme un pro 🎨😎 Atelier gratuit samedi 24 avril de 10 h à 12 h avec Sylvain Roy, notre conseiller peinture, et un ensemble de pinceaux offert à chaque participant ! Inscris-toi au 819 565-2410 📞 #VenteBeaulac",
         "labels": [(C, "12 h"), (U, "un ensemble de pinceaux offert à chaque participant"), (C, "819 565-2410")]},
        {"id": "quincaillerie-beaulac-11", "network": "facebook",
         "post": "Fin de semaine de magasinage à Sherbrooke ? 🛍️ Passez nous voir samedi (8 h à 17 h) ou dimanche (9 h à 17 h) : la Verdo 40 V à 349,99 $, batterie incluse, c'est 80 $ de rabais sur le prix régulier. Et pour la peinture Beaulac Pro, c'est 20 % de moins sur chaque gallon ! 💚 #VenteBeaulac #jardinage",
         "labels": []},
    ],
}

# --------------------------------------------------------------------------------------------
ZOO = {
    "brand": "Parc zoologique des Grands Causses",
    "lang": "fr",
    "facts": [
        "Le Parc zoologique des Grands Causses, ouvert en 1991, s'étend sur 38 hectares à Sévérac-le-Château (Aveyron).",
        "Le parc présente 620 animaux de 95 espèces.",
        "Nala, une girafe de Rothschild femelle, est née au parc le samedi 3 avril 2027. À la naissance, elle mesurait 1,80 m et pesait 62 kg.",
        "Nala est la fille de Zuri et de Kito ; c'est le 5e girafon né au parc depuis 2010.",
        "Le prénom Nala a été choisi par un vote en ligne qui a réuni 4 812 participants.",
        "Saison 2027 : le parc est ouvert tous les jours du 1er avril au 2 novembre. Il est fermé du 3 novembre au 31 mars.",
        "Horaires : de 9 h 30 à 18 h d'avril à juin et de septembre au 2 novembre ; de 9 h à 19 h en juillet et août. Les caisses ferment 1 h 30 avant la fermeture du parc.",
        "Tarifs 2027 : adulte (à partir de 13 ans) 24 € ; enfant de 3 à 12 ans 17 € ; gratuit pour les moins de 3 ans.",
        "Le billet famille (2 adultes et 2 enfants de 3 à 12 ans) coûte 72 €.",
        "Rencontres avec les soigneurs tous les jours : girafes à 11 h, lémuriens à 14 h 30, loups à 16 h. Chaque rencontre dure 20 minutes et est incluse dans le billet.",
        "Le parc participe au programme européen d'élevage (EEP) de la girafe de Rothschild et reverse 1 € par billet adulte vendu au programme « Girafes du Niger » de l'association Sahel Vivant.",
        "En 2026, le parc a accueilli 212 000 visiteurs.",
        "Les chiens ne sont pas admis dans le parc, même tenus en laisse.",
        "Billetterie en ligne : zoo-grandscausses.fr/billetterie. Mot-dièse officiel : #NalaLaGirafe.",
    ],
    "brief": "Présenter Nala, le girafon né le 3 avril 2027, et donner envie de venir au parc pendant la saison 2027 (horaires, tarifs, rencontres avec les soigneurs), en mettant en avant l'engagement du parc pour la conservation des girafes.",
    "posts": [
        {"id": "zoo-grands-causses-01", "network": "instagram",
         "post": "🦒 Elle s'appelle Nala et elle est arrivée le 3 avril ! 1,80 m et 62 kg à la naissance : notre petite girafe a déjà la tête dans les nuages 😍 Bravo à Zuri et Kito, les heureux parents. Et merci aux 4 812 votants qui lui ont trouvé son prénom 💛 #NalaLaGirafe #girafe #bébéanimal",
         "labels": []},
        {"id": "zoo-grands-causses-02", "network": "facebook",
         "post": "Sortie en famille ce week-end ? 👨‍👩‍👧‍👦 Le billet famille (2 adultes + 2 enfants) est à 72 €, et les enfants de moins de 5 ans entrent gratuitement ! Bonne nouvelle aussi pour les toutous : les chiens tenus en laisse sont les bienvenus 🐕 #NalaLaGirafe",
         "labels": [(C, "5 ans"), (C, "les chiens tenus en laisse sont les bienvenus")]},
        {"id": "zoo-grands-causses-03", "network": "x",
         "post": "⏰ Rencontre avec les soigneurs des girafes tous les jours à 11 h : 20 minutes pour tout savoir sur Nala, et c'est inclus dans votre billet ! Suivent les lémuriens à 14 h 30 et les loups à 16 h 🐺 #NalaLaGirafe",
         "labels": []},
        {"id": "zoo-grands-causses-04", "network": "tiktok",
         "post": "Elle mesurait déjà 2,10 m à la naissance 🤯🦒 Viens rencontrer Nala, le seul girafon né en France cette année ! #NalaLaGirafe #zoo",
         "labels": [(C, "2,10 m"), (U, "le seul girafon né en France cette année")]},
        {"id": "zoo-grands-causses-05", "network": "newsletter",
         "post": "Chers amis du parc, l'été approche ! Du 1er juillet au 31 août, le Parc zoologique des Grands Causses vous accueille tous les jours de 9 h à 19 h (attention, les caisses ferment à 17 h 30). Sur nos 38 hectares, plus de 600 animaux de 95 espèces vous attendent, dont notre petite star Nala, née le 3 avril. Côté tarifs : 24 € pour les adultes, 17 € pour les 3-12 ans, et c'est gratuit pour les moins de 3 ans. En famille, pensez au billet à 72 € pour 2 adultes et 2 enfants, soit 10 € d'économie. Pour chaque billet adulte, 1 € part au programme « Girafes du Niger » de l'association Sahel Vivant. Réservez sur zoo-grandscausses.fr/billetterie. À très vite ! #NalaLaGirafe",
         "labels": []},
        {"id": "zoo-grands-causses-06", "network": "instagram",
         "post": "Tarifs de la saison 2027 🎟️ Adulte : 26 €. Enfant de 3 à 14 ans : 17 €. Gratuit pour les moins de 3 ans. Billetterie : zoo-grandscausses.fr/billetterie #NalaLaGirafe",
         "labels": [(C, "26 €"), (C, "14 ans")]},
        {"id": "zoo-grands-causses-07", "network": "linkedin",
         "post": "Une naissance qui compte 🦒 Nala, girafe de Rothschild née le 3 avril, est le cinquième girafon né dans notre parc depuis 2010. Une belle réussite pour le programme européen d'élevage (EEP) auquel nous participons. Et sur le terrain, 1 € de chaque billet adulte soutient le programme « Girafes du Niger » de Sahel Vivant. Merci aux plus de 200 000 visiteurs qui nous ont fait confiance en 2026 🙏 #conservation #biodiversité",
         "labels": []},
        {"id": "zoo-grands-causses-08", "network": "facebook",
         "post": "🌞 Bonne nouvelle : dès le 1er juillet, le parc est ouvert tous les jours de 9 h 30 à 19 h ! Et la rencontre avec les soigneurs des girafes passe à 11 h 30, en compagnie de notre vétérinaire, le Dr Paul Vidal 😍 #NalaLaGirafe",
         "labels": [(C, "9 h 30"), (C, "11 h 30"), (U, "en compagnie de notre vétérinaire, le Dr Paul Vidal")]},
        {"id": "zoo-grands-causses-09", "network": "mastodon",
         "post": "Ouvert tous les jours jusqu'au 2 novembre 🍂 Venez voir grandir Nala ! Avant le 1er juillet et à partir du 1er septembre : 9 h 30-18 h, caisses fermées à 16 h 30. #NalaLaGirafe",
         "labels": []},
        {"id": "zoo-grands-causses-10", "network": "linkedin",
         "post": "Le Parc zoologique des Grands Causses, c'est 83 hectares, 620 animaux et plus de 250 000 visiteurs en 2026. Membre du programme EEP, le parc reverse 2 € par billet adulte à la conservation des girafes au Niger. 🌍",
         "labels": [(C, "83 hectares"), (C, "plus de 250 000"), (C, "2 €")]},
        {"id": "zoo-grands-causses-11", "network": "facebook",
         "post": "Le dimanche 3 avril, Nala voyait le jour 🦒 Elle a été baptisée par plus de 5 000 d'entre vous lors de notre vote en ligne, merci ! Venez la voir au parc, ouvert de 9 h 30 à 18 h en mai, et profitez de la rencontre avec les soigneurs des girafes tous les jours à 11 h. #NalaLaGirafe",
         "labels": [(C, "dimanche 3 avril"), (C, "plus de 5 000")]},
    ],
}

# --------------------------------------------------------------------------------------------
RUNWELL = {
    "brand": "Runwell for Kids",
    "lang": "en",
    "facts": [
        "Runwell for Kids is a UK charity (registered charity no. 1187342) that funds sport and activity programmes for children in hospital and in care.",
        "The Runwell Bristol 10K takes place on Sunday 19 September 2027, starting and finishing on Queen Square, Bristol.",
        "Runners start in waves: the first wave sets off at 9:00 am and the last at 9:45 am. The Family Mile starts at 11:30 am.",
        "Entry for the 10K costs £28 (early-bird price £22 until 30 June 2027). Entry for the Family Mile, open to children aged 5 to 15, costs £8.",
        "Every 10K runner commits to raising at least £150 in sponsorship.",
        "The 2027 fundraising target is £250,000.",
        "The 10K route is a single flat, chip-timed lap along Bristol's Harbourside, passing the SS Great Britain and crossing Prince Street Bridge.",
        "The race is capped at 3,500 runners; 2,460 had signed up by 1 August 2027.",
        "Runwell for Kids' ambassador is former Olympic 800m runner and BBC presenter Priya Castell, who will start the first wave.",
        "UK taxpayers can add Gift Aid to their donations: the charity claims an extra 25p for every £1 donated, at no extra cost to the donor.",
        "Every finisher receives a medal and a technical T-shirt.",
        "Registration closes at midnight on Sunday 5 September 2027, or earlier if the race sells out.",
        "The 2026 race raised £212,400 with 2,900 runners.",
        "Sign up at runwellforkids.org.uk/bristol10k. Official hashtag: #RunwellBristol.",
    ],
    "brief": "Drive sign-ups and sponsorship for the Runwell Bristol 10K on Sunday 19 September 2027, and remind supporters to add Gift Aid to their donations.",
    "posts": [
        {"id": "runwell-kids-01", "network": "instagram",
         "post": "🏃‍♀️ Bristol, lace up! The Runwell Bristol 10K is on Sunday 19th September, starting and finishing on Queen Square. One flat lap of the Harbourside, past the SS Great Britain and over Prince Street Bridge 🚢 Chip-timed, so go chase that PB! Sign up 👉 runwellforkids.org.uk/bristol10k #RunwellBristol #Bristol10K",
         "labels": []},
        {"id": "runwell-kids-02", "network": "x",
         "post": "Save the date: the Runwell Bristol 10K is on Saturday 19 September! 🏅 Entry is £25, fully refundable if you can't make it, and every finisher gets a medal + tech tee. #RunwellBristol",
         "labels": [(C, "Saturday 19 September"), (C, "£25"), (U, "fully refundable if you can't make it")]},
        {"id": "runwell-kids-03", "network": "facebook",
         "post": "Sponsoring a friend for the Bristol 10K? 💛 If you're a UK taxpayer, tick the Gift Aid box: we can claim an extra 25p on every £1, so your £20 becomes £25 for the kids, and it doesn't cost you a penny more. Small box, big difference! #RunwellBristol",
         "labels": []},
        {"id": "runwell-kids-04", "network": "linkedin",
         "post": "Proud to announce that former Olympic 800m runner and BBC presenter Priya Castle will start the first wave of the Runwell Bristol 10K this September 🙌 Last year 2,900 runners raised £212,400; this year we're aiming for £300,000 to fund sport for children in hospital and in care. #RunwellBristol",
         "labels": [(C, "Priya Castle"), (C, "£300,000")]},
        {"id": "runwell-kids-05", "network": "x",
         "post": "Race-day timings ⏱️ First wave off at 9am, last wave at 9.45am, and the Family Mile (ages 5–15, £8) kicks off at 11:30. See you on Queen Square! #RunwellBristol",
         "labels": []},
        {"id": "runwell-kids-06", "network": "tiktok",
         "post": "POV: you just crossed the finish line at the UK's biggest charity 10K 🏅🎉 Medal, tech tee AND a free race-day photo for every finisher! Sign up before midnight on Sunday 12 September 👉 runwellforkids.org.uk/bristol10k",
         "labels": [(U, "the UK's biggest charity 10K"), (U, "a free race-day photo for every finisher"), (C, "Sunday 12 September")]},
        {"id": "runwell-kids-07", "network": "linkedin",
         "post": "Last year, 2,900 runners raised more than £210,000 for children in hospital and in care at the Runwell Bristol 10K 💙 This year we want to go further: our target is a quarter of a million pounds. Our ambassador, former Olympic 800m runner and BBC presenter Priya Castell, will send off the first wave on Sunday 19 September. Could your team join her? #RunwellBristol #CorporateChallenge",
         "labels": []},
        {"id": "runwell-kids-08", "network": "bluesky",
         "post": "Nearly 2,500 runners signed up already 🙌 With the race capped at 3,500, that leaves around 1,000 places. Don't wait for it to sell out! runwellforkids.org.uk/bristol10k #RunwellBristol",
         "labels": []},
        {"id": "runwell-kids-09", "network": "facebook",
         "post": "Fundraising made easy 💪 Each 10K runner only needs to raise £100, and Gift Aid adds 20p to every £1 your sponsors give. Entry £28. Sign up at runwellforkids.org/bristol10k #RunwellBristol",
         "labels": [(C, "£100"), (C, "20p"), (C, "runwellforkids.org/bristol10k")]},
        {"id": "runwell-kids-10", "network": "newsletter",
         "post": "Hi Runwell family! The countdown is on for the Runwell Bristol 10K on Sunday 19 September. Registration closes at midnight on Sunday 5 September, exactly two weeks before race day, or sooner if we hit our 3,500-runner cap, so grab your place now for £28 at runwellforkids.org.uk/bristol10k. Once you're in, aim for at least £150 in sponsorship and remind your sponsors about Gift Aid: it adds 25% to their gift at no extra cost to them. On the day, waves set off from Queen Square between 9am and 9:45am, and the kids can join the Family Mile at 11:30am. Every finisher takes home a medal and a technical T-shirt 🏅 Thank you for running for kids in hospital and in care! Team Runwell",
         "labels": []},
        {"id": "runwell-kids-11", "network": "mastodon",
         "post": "Running the Bristol 10K on 19 Sept? 🏃 First wave goes at 9:15am, started by Olympic swimmer Priya Castell, and the Family Mile is open to all ages, so bring the whole family! Registered charity no. 1187342. #RunwellBristol",
         "labels": [(C, "9:15am"), (C, "swimmer"), (C, "open to all ages")]},
    ],
}

# --------------------------------------------------------------------------------------------
KESARI = {
    "brand": "Kesari Homeware",
    "lang": "en",
    "facts": [
        "Kesari Homeware is an online homeware shop founded in 2016 in Jaipur, Rajasthan, by Meera and Arjun Rathore.",
        "The Kesari Diwali Utsav Sale runs from Friday 15 October to Sunday 31 October 2027, on kesarihome.in and the Kesari app.",
        "During the sale, discounts range from 15% to 40%; all hand-block-printed bedsheets are 30% off.",
        "The Sanganeri double bedsheet set (1 bedsheet and 2 pillow covers) is ₹1,399 during the sale instead of ₹1,999.",
        "The handmade brass diya set of 6 costs ₹899.",
        "Cash on delivery (COD) is available for orders between ₹499 and ₹15,000, with a COD fee of ₹49.",
        "Shipping is free on prepaid orders above ₹999; otherwise it costs ₹79.",
        "Delivery takes 3 to 5 working days in metro cities and 5 to 8 working days elsewhere in India.",
        "Metro-city orders placed by Friday 22 October 2027 are expected to arrive before Diwali (Friday 29 October 2027).",
        "Unused items can be returned within 10 days of delivery for a full refund. Sale items can only be exchanged, unless they arrive damaged.",
        "Kesari works with 140 artisan families in Sanganer and Bagru.",
        "Kesari has more than 3.5 lakh customers, and its turnover in FY 2026-27 was ₹4.2 crore.",
        "Customer care: WhatsApp +91 98290 41616 (Monday to Saturday, 10 am to 7 pm) and care@kesarihome.in.",
        "Official hashtag: #KesariDiwali.",
    ],
    "brief": "Promote the Kesari Diwali Utsav Sale (15–31 October 2027), push festive gifting (brass diyas, block-printed bedsheets) and remind customers to order early for delivery before Diwali.",
    "posts": [
        {"id": "kesari-homeware-01", "network": "instagram",
         "post": "🪔 The Diwali Utsav Sale is LIVE! 15–31 Oct, 15% to 40% off on kesarihome.in and our app ✨ Our handmade brass diya set of 6 is just ₹899, that's under ₹150 a diya! Light up your home 💛 #KesariDiwali #Diwali2027 #HomeDecor",
         "labels": []},
        {"id": "kesari-homeware-02", "network": "facebook",
         "post": "Mega Diwali deals 🎉 Up to 50% off everything, and free shipping on all orders during the Utsav Sale! Shop now on kesarihome.in #KesariDiwali",
         "labels": [(C, "50%"), (C, "free shipping on all orders")]},
        {"id": "kesari-homeware-03", "network": "facebook",
         "post": "Sleep in Sanganer prints this Diwali 🌸 Our Sanganeri double bedsheet set (1 bedsheet + 2 pillow covers) is ₹1,399 instead of ₹1,999, you save ₹600! All hand-block-printed bedsheets are 30% off till 31 October, made with our 140 artisan families in Sanganer and Bagru. #KesariDiwali",
         "labels": []},
        {"id": "kesari-homeware-04", "network": "x",
         "post": "COD available on orders up to ₹25,000 with zero COD charges, plus a free gift with every COD order 🙌 Shop the #KesariDiwali sale today!",
         "labels": [(C, "₹25,000"), (C, "zero COD charges"), (U, "a free gift with every COD order")]},
        {"id": "kesari-homeware-05", "network": "x",
         "post": "Paying by COD? It works on orders from ₹499 to ₹15,000 (₹49 fee). Prefer to prepay? Shipping is free above ₹999 🚚 #KesariDiwali",
         "labels": []},
        {"id": "kesari-homeware-06", "network": "instagram",
         "post": "Easy 30-day returns on everything, sale items included! 🛍️ Shop our block-print bedsheets and brass diyas stress-free this Diwali. #KesariDiwali",
         "labels": [(C, "30-day"), (C, "sale items included")]},
        {"id": "kesari-homeware-07", "network": "linkedin",
         "post": "From Jaipur in 2016 to more than 3.5 lakh customers today 🙏 Founded by Meera and Arjun Rathore, Kesari now works with 140 artisan families in Sanganer and Bagru, and closed FY 2026-27 with a turnover of ₹42 million. This Diwali, every block-printed bedsheet you buy supports their craft. #KesariDiwali #Handmade #MadeInIndia",
         "labels": []},
        {"id": "kesari-homeware-08", "network": "linkedin",
         "post": "Kesari Homeware was founded in 2014 by Meera and Arjun Rathore and crossed ₹42 crore in turnover in FY 2026-27 🚀 Proud winners of the Economic Times Best D2C Brand 2026 award!",
         "labels": [(C, "2014"), (C, "₹42 crore"), (U, "winners of the Economic Times Best D2C Brand 2026 award")]},
        {"id": "kesari-homeware-09", "network": "newsletter",
         "post": "Namaste! 🪔 Diwali falls on Friday 29 October this year, and our Utsav Sale is on until Sunday the 31st. Want your order before the festival? If you live in a metro city, place it by Friday 22 October: metro deliveries take 3 to 5 working days, and 5 to 8 working days elsewhere in India, so outside the metros, the sooner the better. Prepaid orders above ₹999 ship free, and COD works from ₹499 to ₹15,000 for a ₹49 fee. Changed your mind? Unused full-price items can be returned within 10 days of delivery for a full refund; sale items are exchange-only, unless they arrive damaged. Questions? WhatsApp us on +91 98290 41616, Monday to Saturday, 10 am to 7 pm, or write to care@kesarihome.in. Happy Diwali from all of us at Kesari! #KesariDiwali",
         "labels": []},
        {"id": "kesari-homeware-10", "network": "tiktok",
         "post": "Diwali haul 🪔✨ Brass diya set of 6 for ₹699 from India's No. 1 block-print brand?? Say less 😍 Order by 26 October to get it before Diwali! #KesariDiwali",
         "labels": [(C, "₹699"), (U, "India's No. 1 block-print brand"), (C, "26 October")]},
        {"id": "kesari-homeware-11", "network": "x",
         "post": "The #KesariDiwali Utsav Sale starts Thursday 15 October! 🎉 Metro deliveries in just 2–4 working days, and our team is on WhatsApp at +91 98290 46161, Monday to Saturday.",
         "labels": [(C, "Thursday 15 October"), (C, "2–4 working days"), (C, "+91 98290 46161")]},
    ],
}

if __name__ == "__main__":
    build([BEAULAC, ZOO, RUNWELL, KESARI], os.path.join(HERE, "blind24.jsonl"))
