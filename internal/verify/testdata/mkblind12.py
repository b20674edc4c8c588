"""Blind verify set 12: four fictional brands, 11 posts each (44 posts).

Written blind: the author read only the labelling conventions of
../shared/data/README.md, the style of ../shared/data/verify/dev.jsonl and
mkblind_common.py, never the engine, the other sets or their generators.

Brands and sectors:
- L'Atelier Combeloup (FR): maker of wooden toys in Moirans-en-Montagne, Jura;
  Christmas 2026 orders, gift-box offer, workshop visits, shipping.
- Poney-Club des Trois Chênes (FR): riding school / pony club near Angers;
  lesson cards, ages, February 2027 holiday camps, open day.
- Brightpath Recruitment (EN, UK): Leeds recruitment agency running a jobs
  fair in March 2027; date, venue, employers, registration, stands.
- North Woods State Parks (EN, US): a state park system in Wisconsin;
  day-use fees, campsite prices, 2027 season hours, ranger programs, US dates.

Calendar checks made with Python's calendar module (calendar.weekday):
- 2026-11-16 Monday, 2026-12-06 Sunday (gift-box offer: 21 days, three weeks);
  2026-11-29 Sunday, 2026-12-20 Sunday (4 Sundays: 29/11, 6, 13, 20/12);
  2026-12-17 Thursday (Christmas order deadline); 2026-12-13 is a Sunday too.
- 2027-02-15 Monday, 2027-02-26 Friday (two Monday-Friday camp weeks);
  2027-01-30 Saturday (open day), 2027-02-05 Friday (camp registration closes).
- 2027-03-04 Thursday (jobs fair), 2027-02-28 Sunday (registration closes),
  2027-01-15 Friday (early-bird stands).
- 2027-01-04 Monday (reservations open), 2027-05-28 Friday, 2027-05-31 Monday
  (Memorial Day), 2027-09-06 Monday (Labor Day); Saturdays in July and
  August 2027: 3, 10, 17, 24, 31 July and 7, 14, 21, 28 August (9).

Arithmetic used by clean posts: 58 - 49 = 9 EUR; 1987 -> 2026 = 39 years
("près de quarante ans"); 2003 -> 2027 = 24 years ("plus de vingt ans");
28 + 9 = 37 mounts; 10 x 22 = 220 EUR; 260 x 0.9 = 234 EUR; 10am-4pm = six
hours; 6 x $8 = $48 > $45 > 5 x $8 = $40 (the pass pays off on the 6th visit).

Run: python3 mkblind12.py   (writes blind12.jsonl next to this file)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mkblind_common import build  # noqa: E402

C, U = "contradicted", "unsupported"

COMBELOUP = {
    "brand": "L'Atelier Combeloup",
    "lang": "fr",
    "facts": [
        "L'Atelier Combeloup est un fabricant de jouets en bois fondé en 1987 à Moirans-en-Montagne, dans le Jura, par Gérard et Simone Vuillet.",
        "Tous les jouets sont fabriqués à la main dans l'atelier de Moirans-en-Montagne, en hêtre et en érable issus de forêts du Jura certifiées PEFC.",
        "L'atelier emploie 14 artisans.",
        "L'atelier est dirigé depuis 2015 par Claire Vuillet, petite-fille des fondateurs.",
        "Le camion de pompiers en bois coûte 39 € et le circuit de billes « Grand Huit » coûte 64 €.",
        "Du lundi 16 novembre au dimanche 6 décembre 2026, le coffret « Premiers pas » (un hochet, un culbuto et 12 cubes) est à 49 € au lieu de 58 €.",
        "Le circuit de billes « Grand Huit » a reçu le prix Jouet Bois d'Or 2025, dans la catégorie 3-6 ans.",
        "Les visites guidées de l'atelier, sur réservation, ont lieu chaque mercredi et chaque samedi à 14h30 ; elles durent 1 h 30, coûtent 6 € par adulte et sont gratuites pour les moins de 12 ans.",
        "La boutique de l'atelier, au 12 rue du Lac à Moirans-en-Montagne, est ouverte du mardi au samedi, de 9h30 à 18h30.",
        "Du dimanche 29 novembre au dimanche 20 décembre 2026, la boutique est aussi ouverte le dimanche, de 10h à 17h.",
        "Pour être livrées avant Noël, les commandes en ligne doivent être passées au plus tard le jeudi 17 décembre 2026 à midi.",
        "La livraison est offerte en France métropolitaine dès 60 € d'achat ; en dessous, elle coûte 6,90 €.",
        "Les commandes sont expédiées depuis l'atelier sous 48 h ouvrées.",
        "La boutique en ligne est sur atelier-combeloup.fr.",
        "Le hashtag officiel est #NoelCombeloup.",
    ],
    "brief": "Faire connaître les jouets de Noël 2026 de l'Atelier Combeloup, pousser l'offre du coffret « Premiers pas » jusqu'au 6 décembre et rappeler la date limite de commande du 17 décembre, sur un ton chaleureux et artisanal ; inviter aussi les familles aux visites de l'atelier.",
    "posts": [
        {"id": "combeloup-01", "network": "instagram",
         "post": "🎄 Le coffret « Premiers pas » passe à 49 € au lieu de 58 € jusqu'au 6 décembre : un hochet, un culbuto et douze cubes, tous fabriqués à la main dans notre atelier du Jura 🌲 9 € d'économie pour le premier Noël de bébé ! 👉 atelier-combeloup.fr #NoelCombeloup #jouetsenbois",
         "labels": []},
        {"id": "combeloup-02", "network": "mastodon",
         "post": "Le Père Noël a une date limite, nous aussi 🎅 Pour recevoir vos jouets avant le 25 décembre, commandez sur www.atelier-combeloup.fr jusqu'au jeudi 17/12 à 12h. Livraison offerte dès 60 € d'achat en France métropolitaine (sinon 6,90 €), expédition sous 48 h ouvrées depuis Moirans-en-Montagne. #NoelCombeloup",
         "labels": []},
        {"id": "combeloup-03", "network": "linkedin",
         "post": "Près de quarante ans de savoir-faire : fondé en 1987 à Moirans-en-Montagne par Gérard et Simone Vuillet, l'Atelier Combeloup est aujourd'hui dirigé par leur petite-fille, Claire Vuillet. Nos 14 artisans y fabriquent à la main chaque jouet, en hêtre et en érable issus de forêts jurassiennes certifiées PEFC. Fiers de porter ce métier à la veille de Noël 2026. #NoelCombeloup",
         "labels": []},
        {"id": "combeloup-04", "network": "x",
         "post": "Le circuit de billes « Grand Huit », Jouet Bois d'Or 2025 🏆, à 54 € seulement, garanti à vie ! Commandez-le avant le 17 décembre midi pour le trouver sous le sapin 🎄 atelier-combeloup.fr #NoelCombeloup",
         "labels": [(C, "54 €"), (U, "garanti à vie")]},
        {"id": "combeloup-05", "network": "instagram",
         "post": "Envie de voir naître un culbuto ? 👀 Venez visiter notre atelier le mercredi ou le samedi à 14h30 : 1h30 au milieu des copeaux, 6 € par adulte et gratuit pour les moins de 12 ans. Pensez à réserver ! 🪵 #NoelCombeloup #madeinjura",
         "labels": []},
        {"id": "combeloup-06", "network": "facebook",
         "post": "Bonne nouvelle pour vos achats de Noël 🎁 Du 29 novembre au 20 décembre, notre boutique du 12 rue du Lac ouvre aussi le dimanche, de 10h à 18h. Et pour tout achat en boutique, un atelier de peinture est offert aux enfants ! #NoelCombeloup",
         "labels": [(C, "18h"), (U, "un atelier de peinture est offert aux enfants")]},
        {"id": "combeloup-07", "network": "tiktok",
         "post": "POV : tu découvres où naissent les jouets en bois de ton enfance 🪵✨ Du hêtre, de l'érable et 14 paires de mains, à Moirans-en-Montagne. Visite de l'atelier chaque mercredi et samedi, 14h30, sur réservation. #NoelCombeloup #jouetsenbois #artisanat",
         "labels": []},
        {"id": "combeloup-08", "network": "linkedin",
         "post": "Depuis 1987, l'Atelier Combeloup fabrique ses jouets à Moirans-en-Montagne. Aujourd'hui, plus de 20 artisans perpétuent ce savoir-faire sous la direction de Claire Vuillet, fille des fondateurs. Une fierté jurassienne. #NoelCombeloup",
         "labels": [(C, "plus de 20"), (C, "fille des fondateurs")]},
        {"id": "combeloup-09", "network": "bluesky",
         "post": "⏰ Dernière ligne droite : le coffret « Premiers pas » est à 49 € au lieu de 58 € jusqu'au dimanche 13 décembre ! Livraison offerte dès 50 € d'achat 🚚 atelier-combeloup.fr #NoelCombeloup",
         "labels": [(C, "dimanche 13 décembre"), (C, "50 €")]},
        {"id": "combeloup-10", "network": "instagram",
         "post": "Trois semaines pour offrir un premier jouet en bois 🧸 Du lundi 16 novembre au dimanche 6 décembre, le coffret Premiers Pas (hochet + culbuto + 12 cubes) est à 49 € au lieu de 58 €. Et à la boutique, on vous accueille du mardi au samedi, 9h30-18h30 📍12 rue du Lac, Moirans-en-Montagne #noelcombeloup",
         "labels": []},
        {"id": "combeloup-11", "network": "facebook",
         "post": "Cet hiver, chaque mercredi et samedi à 15h, découvrez en 1 h 30 comment naissent nos jouets 🪚 6 € par adulte, gratuit pour les moins de 12 ans, et un petit jouet offert à chaque enfant ! Sur réservation uniquement. #NoelCombeloup",
         "labels": [(C, "15h"), (U, "un petit jouet offert à chaque enfant")]},
    ],
}

TROIS_CHENES = {
    "brand": "Poney-Club des Trois Chênes",
    "lang": "fr",
    "facts": [
        "Le Poney-Club des Trois Chênes, fondé en 2003 à Saint-Sylvain-d'Anjou (Maine-et-Loire), est labellisé « Poney Club de France » par la Fédération française d'équitation.",
        "Le club est dirigé par Sandrine Le Gall, monitrice diplômée d'État ; l'équipe compte 3 moniteurs.",
        "La cavalerie compte 28 poneys et 9 chevaux.",
        "Les séances de baby poney, pour les enfants de 3 à 5 ans, durent 45 minutes et ont lieu le mercredi et le samedi matin.",
        "Les cours de poney sont ouverts aux enfants de 6 à 12 ans ; à partir de 13 ans, les cavaliers montent à cheval.",
        "Une leçon à l'unité coûte 22 € ; la carte de 10 leçons coûte 185 € et est valable 6 mois.",
        "Le forfait annuel (une leçon par semaine, hors vacances scolaires) coûte 590 €, licence FFE non comprise.",
        "Pendant les vacances d'hiver, du lundi 15 février au vendredi 26 février 2027, le club organise des stages de 5 jours, du lundi au vendredi, de 9h30 à 16h30.",
        "Un stage de 5 jours coûte 260 € ; le repas de midi n'est pas fourni (pique-nique à apporter).",
        "Les stages sont ouverts aux cavaliers de 6 à 14 ans, par groupes de 10 enfants au maximum.",
        "Le vendredi du stage, les cavaliers peuvent passer les examens fédéraux du Galop 1 au Galop 4.",
        "Une remise de 10 % est accordée sur le deuxième stage réservé pour un frère ou une sœur.",
        "Les inscriptions aux stages d'hiver sont ouvertes jusqu'au vendredi 5 février 2027, sur poneyclub-troischenes.fr/stages.",
        "Une journée portes ouvertes a lieu le samedi 30 janvier 2027 de 14h à 18h, avec des baptêmes poney gratuits pour les enfants.",
        "Le club est situé au 4 chemin des Trois Chênes, à Saint-Sylvain-d'Anjou, et son hashtag officiel est #TroisChenesPoney.",
    ],
    "brief": "Remplir les stages des vacances d'hiver 2027 (15-26 février) avant la clôture des inscriptions du 5 février, et faire venir de nouvelles familles à la journée portes ouvertes du 30 janvier, sur un ton enthousiaste et rassurant pour les parents.",
    "posts": [
        {"id": "trois-chenes-01", "network": "facebook",
         "post": "🐴 Portes ouvertes au Poney-Club des Trois Chênes ! Rendez-vous le samedi 30 janvier 2027, de 14h à 18h, au 4 chemin des Trois Chênes à Saint-Sylvain-d'Anjou. Baptêmes poney gratuits pour les enfants, et on répondra à toutes vos questions sur les cours et les stages 😊 #TroisChenesPoney",
         "labels": []},
        {"id": "trois-chenes-02", "network": "instagram",
         "post": "Deux semaines de stages pendant les vacances d'hiver ❄️🐎 Du 15 au 26/02, stages de 5 jours pour les 6-14 ans, de 9h30 à 16h30. 260 € la semaine, pique-nique à prévoir 🥪 Inscriptions jusqu'au 5 février sur poneyclub-troischenes.fr/stages #TroisChenesPoney #stageponey",
         "labels": []},
        {"id": "trois-chenes-03", "network": "facebook",
         "post": "Stages d'hiver : 260 € les 5 jours, repas du midi compris 🍽️ Groupes de 12 enfants maximum, et -15 % sur le stage d'un frère ou d'une sœur ! Inscriptions jusqu'au 5 février. #TroisChenesPoney",
         "labels": [(C, "repas du midi compris"), (C, "12"), (C, "-15 %")]},
        {"id": "trois-chenes-04", "network": "linkedin",
         "post": "Plus de vingt ans que le Poney-Club des Trois Chênes fait découvrir l'équitation aux enfants 🐴 Labellisé Poney Club de France par la FFE, notre club dirigé par Sandrine Le Gall, monitrice diplômée d'État, réunit aujourd'hui 37 montures : 28 poneys et 9 chevaux. Merci à toutes les familles qui nous font confiance !",
         "labels": []},
        {"id": "trois-chenes-05", "network": "bluesky",
         "post": "Carte de 10 leçons à 165 € au lieu de 220 € en leçons à l'unité, valable 6 mois 🐎 Foncez ! poneyclub-troischenes.fr #PoneyClubTroisChenes",
         "labels": [(C, "165 €"), (C, "#PoneyClubTroisChenes")]},
        {"id": "trois-chenes-06", "network": "instagram",
         "post": "Les tout-petits aussi ont droit à leur poney 🥰 Le baby poney, c'est pour les 3-5 ans, le mercredi et le samedi matin, pendant trois quarts d'heure. Et dès 6 ans, place aux cours de poney ! #TroisChenesPoney #babyponey",
         "labels": []},
        {"id": "trois-chenes-07", "network": "tiktok",
         "post": "POV : ton premier Galop en poche après 5 jours de stage 🏅🐴 Examens du Galop 1 au Galop 5 le vendredi, au meilleur poney-club de l'Anjou ! #TroisChenesPoney",
         "labels": [(C, "Galop 5"), (U, "meilleur poney-club de l'Anjou")]},
        {"id": "trois-chenes-08", "network": "facebook",
         "post": "Vos enfants veulent tous les deux monter cet hiver ? 👧👦 Bonne nouvelle : le deuxième stage réservé pour un frère ou une sœur bénéficie de 10 % de remise, soit 234 € au lieu de 260 €. Stages du lundi au vendredi, 9h30-16h30, pendant les vacances d'hiver. Réservez sur https://poneyclub-troischenes.fr/stages d'ici le vendredi 5 février ! #TroisChenesPoney",
         "labels": []},
        {"id": "trois-chenes-09", "network": "instagram",
         "post": "Save the date 📅 Portes ouvertes le dimanche 30 janvier, de 14h à 18h ! Baptêmes poney gratuits et goûter offert pour tous les enfants 🍪 #TroisChenesPoney",
         "labels": [(C, "dimanche 30 janvier"), (U, "goûter offert pour tous les enfants")]},
        {"id": "trois-chenes-10", "network": "linkedin",
         "post": "Envie d'une activité régulière pour votre enfant en 2027 ? Le forfait annuel, c'est une leçon par semaine hors vacances scolaires pour 590 €, licence FFE incluse. Cours assurés par l'équipe de Sandrine Le Gall, monitrice diplômée d'État. #TroisChenesPoney",
         "labels": [(C, "licence FFE incluse")]},
        {"id": "trois-chenes-11", "network": "x",
         "post": "Clôture des inscriptions aux stages d'hiver ce vendredi 5 février ! ⏳ 5 jours d'équitation pour les 6-14 ans, passage de Galops le dernier jour 🏅 poneyclub-troischenes.fr/stages #TroisChenesPoney",
         "labels": []},
    ],
}

BRIGHTPATH = {
    "brand": "Brightpath Recruitment",
    "lang": "en",
    "facts": [
        "Brightpath Recruitment is a recruitment agency founded in 2009 in Leeds.",
        "The Brightpath Jobs Fair 2027 takes place on Thursday 4 March 2027, from 10am to 4pm.",
        "The venue is the Aire Street Exchange, 21 Aire Street, Leeds LS1 4PR, a five-minute walk from Leeds railway station; there is no on-site parking.",
        "65 employers will exhibit, from healthcare, logistics, engineering, hospitality and digital.",
        "Between them, the exhibiting employers are recruiting for 1,240 vacancies.",
        "Entry is free for jobseekers, but registration is required at brightpath.co.uk/jobsfair.",
        "Jobseeker registration closes at midnight on Sunday 28 February 2027.",
        "A free CV clinic runs from 10am to 1pm, with 20-minute one-to-one sessions with Brightpath consultants.",
        "The opening talk, at 10:15am, is given by Brightpath's managing director, Rachel Okafor.",
        "An exhibitor stand costs £450 + VAT; stands booked before Friday 15 January 2027 cost £375 + VAT.",
        "The 2026 fair welcomed 2,150 visitors.",
        "Brightpath was named Recruitment Agency of the Year (under 50 staff) at the 2025 Yorkshire Business Awards.",
        "British Sign Language interpreters are available on request when registering.",
        "The official hashtag is #BrightpathJobsFair.",
    ],
    "brief": "Drive jobseeker registrations for the Brightpath Jobs Fair on 4 March 2027 before registration closes on 28 February, and sell the remaining exhibitor stands to local employers; professional, upbeat tone.",
    "posts": [
        {"id": "brightpath-01", "network": "linkedin",
         "post": "📣 Save the date: the Brightpath Jobs Fair returns on Thursday 4th March 2027 at the Aire Street Exchange, Leeds. 65 employers across healthcare, logistics, engineering, hospitality and digital, with more than 1,200 vacancies between them. Entry is free, but you need to register in advance 👉 brightpath.co.uk/jobsfair #BrightpathJobsFair #LeedsJobs",
         "labels": []},
        {"id": "brightpath-02", "network": "x",
         "post": "⏳ Registration closes at midnight on Sunday 28 February! 80 employers and 1,240 jobs under one roof on Thursday 4 March, 9am–4pm. Register free: brightpath.co.uk/jobsfair #BrightpathJobsFair",
         "labels": [(C, "80"), (C, "9am")]},
        {"id": "brightpath-03", "network": "instagram",
         "post": "Is your CV holding you back? 🤔 Grab a free 20-minute one-to-one with a Brightpath consultant at our CV clinic, 10am–1pm on 4 March. Bring your CV along ✍️ Register at www.brightpath.co.uk/jobsfair #BrightpathJobsFair #CVtips",
         "labels": []},
        {"id": "brightpath-04", "network": "facebook",
         "post": "Getting to the fair 🚆 The Aire Street Exchange (21 Aire Street, LS1 4PR) is a ten-minute walk from Leeds station, and free parking is available on site for all visitors. See you on Wednesday 4 March! #BrightpathJobsFair",
         "labels": [(C, "ten-minute"), (C, "free parking is available on site"), (C, "Wednesday 4 March")]},
        {"id": "brightpath-05", "network": "linkedin",
         "post": "Employers: there's still time to book a stand at the Brightpath Jobs Fair on 4 March 2027 🤝 Stands are £450 + VAT, and more than 2,000 visitors came through the doors at our 2026 fair. Meet your next hires in person in Leeds. #BrightpathJobsFair #recruitment",
         "labels": []},
        {"id": "brightpath-06", "network": "x",
         "post": "Employers 👉 book your stand before Friday 15 January and pay just £350 + VAT instead of £450. Don't miss out! #BrightpathJobsFair",
         "labels": [(C, "£350")]},
        {"id": "brightpath-07", "network": "instagram",
         "post": "Award-winning and Leeds-born 🏆 Since 2009 we've been helping people find work, and in 2025 we were named Recruitment Agency of the Year (under 50 staff) at the Yorkshire Business Awards. Come and meet the team on 4 March! #BrightpathJobsFair",
         "labels": []},
        {"id": "brightpath-08", "network": "facebook",
         "post": "We're thrilled to announce that the opening talk at 10:30am will be given by our managing director, Rachel Okafor, followed by a panel with Leeds City Council's skills team 🎤 Don't miss it! #BrightpathJobsFair",
         "labels": [(C, "10:30am"), (U, "a panel with Leeds City Council's skills team")]},
        {"id": "brightpath-09", "network": "bluesky",
         "post": "Six hours, 65 employers, 1,240 vacancies 💼 The Brightpath Jobs Fair is on Thu 04/03/2027, 10:00–16:00. Need a BSL interpreter? Just ask when you register at https://brightpath.co.uk/jobsfair — it's free to attend. #BrightpathJobsFair",
         "labels": []},
        {"id": "brightpath-10", "network": "mastodon",
         "post": "Jobseekers in Leeds: the #BrightpathJobsFair is back on Thursday 4 March with 65 employers. Entry costs £5 on the door, or register free online by 28 February. Every visitor is guaranteed an interview on the day! brightpath.co.uk/jobsfair",
         "labels": [(C, "£5 on the door"), (U, "Every visitor is guaranteed an interview on the day")]},
        {"id": "brightpath-11", "network": "tiktok",
         "post": "POV: you walk into the Aire Street Exchange and 65 employers are hiring for 1,240 roles 😮‍💨 Brightpath Jobs Fair, Leeds, 4 March, free entry (just register first!) #BrightpathJobsFair #jobhunting",
         "labels": []},
    ],
}

NORTHWOODS = {
    "brand": "North Woods State Parks",
    "lang": "en",
    "facts": [
        "North Woods State Parks manages 21 state parks across northern Wisconsin and was established in 1958.",
        "The day-use fee is $8 per vehicle per day; an annual vehicle pass costs $45 ($30 for drivers aged 62 and older).",
        "Standard campsites cost $28 per night, electric campsites $36 per night, and camper cabins $75 per night.",
        "Reservations for the 2027 camping season open on Monday, January 4, 2027, at 9 a.m. Central Time at northwoodsparks.org/reserve.",
        "A non-refundable reservation fee of $7.50 applies to each booking.",
        "From Friday, May 28, through Monday, September 6, 2027 (Labor Day), parks are open from 6 a.m. to 10 p.m.; the rest of the year, they are open from 8 a.m. to 6 p.m.",
        "Free ranger-led programs, including guided hikes and campfire talks, run Wednesday through Sunday during the summer season.",
        "The Junior Ranger program is for kids ages 6 to 12; kids who complete the activity booklet earn a wooden Junior Ranger badge.",
        "Night sky programs take place every Saturday at 9:30 p.m. in July and August 2027 at Loon Lake State Park.",
        "The parks offer 1,460 campsites and 340 miles of hiking trails.",
        "Loon Lake State Park was voted Best Campground in the Midwest in the 2026 Great Lakes Outdoors Readers' Choice Awards.",
        "Pets are allowed on leashes no longer than 8 feet, but not on swimming beaches.",
        "The director of North Woods State Parks is Dana Kowalski.",
        "The official hashtag is #NorthWoodsParks.",
    ],
    "brief": "Promote the 2027 camping season: get campers to book when reservations open on January 4, 2027, and highlight summer hours, campsite prices and free ranger programs; friendly, outdoorsy tone.",
    "posts": [
        {"id": "northwoods-01", "network": "facebook",
         "post": "🏕️ Mark your calendars: 2027 campsite reservations open Monday, Jan. 4 at 9 a.m. CT! Standard sites are $28/night, electric sites $36, and camper cabins $75. Book at northwoodsparks.org/reserve (a $7.50 reservation fee applies). #NorthWoodsParks #camping",
         "labels": []},
        {"id": "northwoods-02", "network": "instagram",
         "post": "Summer hours are back ☀️ From May 28 through Labor Day, all 21 parks are open 6 a.m. to 11 p.m. Bring the whole family — and the dog! Leashed pups can even join you on the swimming beaches 🐕 #NorthWoodsParks",
         "labels": [(C, "11 p.m."), (C, "Leashed pups can even join you on the swimming beaches")]},
        {"id": "northwoods-03", "network": "x",
         "post": "Did you know? Our 21 state parks have 340 miles of trails and more than 1,400 campsites 🌲 Reservations for 2027 open 1/4 at 9 a.m. Central: northwoodsparks.org/reserve #NorthWoodsParks",
         "labels": []},
        {"id": "northwoods-04", "network": "instagram",
         "post": "✨ Stargazing season at Loon Lake State Park! Every Friday at 9:30 p.m. in July and August, join our night sky program — telescopes provided free of charge 🔭 #NorthWoodsParks #darksky",
         "labels": [(C, "Friday"), (U, "telescopes provided free of charge")]},
        {"id": "northwoods-05", "network": "facebook",
         "post": "Calling all young explorers, ages 6–12! 🦊 Complete the Junior Ranger activity booklet and earn your very own wooden Junior Ranger badge. Pair it with one of our free ranger-led hikes or campfire talks, Wednesday through Sunday all summer long. #NorthWoodsParks #JuniorRanger",
         "labels": []},
        {"id": "northwoods-06", "network": "linkedin",
         "post": "Since 1958, North Woods State Parks has cared for public lands across northern Wisconsin. \"Our 23 parks belong to everyone,\" says director Dana Kowalczyk. This year, we're proud to be ranked the #1 state park system in the country.",
         "labels": [(C, "23"), (C, "Dana Kowalczyk"), (U, "ranked the #1 state park system in the country")]},
        {"id": "northwoods-07", "network": "tiktok",
         "post": "POV: it's 9:30 p.m. on a Saturday in July at Loon Lake State Park and the night sky program is about to start 🌌 Voted Best Campground in the Midwest (2026 Great Lakes Outdoors Readers' Choice Awards) for a reason. #NorthWoodsParks",
         "labels": []},
        {"id": "northwoods-08", "network": "x",
         "post": "Day-use is just $5 per vehicle, or grab the annual pass for $45 🚗 Seniors 65+ pay only $30! #NorthWoodsParks",
         "labels": [(C, "$5"), (C, "65+")]},
        {"id": "northwoods-09", "network": "bluesky",
         "post": "Quick math 🧮 At $8 a day, the $45 annual vehicle pass pays for itself on your 6th visit. Drivers 62 and older pay just $30 for the year. See you on the trails! #NorthWoodsParks",
         "labels": []},
        {"id": "northwoods-10", "network": "facebook",
         "post": "Reservations for the 2027 season open Tuesday, January 4 at 9 a.m. Central Time! No booking fees this year — book your favorite site at northwoodsparks.com/reserve 🏕️ #NorthWoodsParks",
         "labels": [(C, "Tuesday, January 4"), (C, "No booking fees this year"), (C, "northwoodsparks.com/reserve")]},
        {"id": "northwoods-11", "network": "mastodon",
         "post": "Free ranger-led programs run Wednesday through Sunday all summer, from guided hikes to campfire talks 🔥 Want a roof over your head? Camper cabins are $75/night and sleep up to six. #NorthWoodsParks",
         "labels": [(U, "sleep up to six")]},
    ],
}

if __name__ == "__main__":
    build([COMBELOUP, TROIS_CHENES, BRIGHTPATH, NORTHWOODS],
          os.path.join(HERE, "blind12.jsonl"))
