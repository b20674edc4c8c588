"""Blind verify set 25 (written blind).

Written blind: the author read only /work/shared/data/README.md (section "verify/dev.jsonl
conventions"), /work/shared/data/verify/dev.jsonl and ../mkblind_common.py. No engine code,
no other testdata, no engine run.

Brands and sectors (all fictional):
- Pharmacie du Marché (fr): independent pharmacy in Nantes; flu vaccination campaign,
  Sunday on-call rota, free blood-pressure check day, parapharmacy prices, click & collect.
- Festival Jazz en Garrigue (fr): summer jazz festival near Montpellier, 12th edition,
  16-19 July 2026, two stages, passes, line-up with set times, free shuttles.
- Castlegate Motors (en, UK): used-car dealer in Leicester; 9.9% APR finance example,
  warranty, September part-exchange bonus, opening hours, stock count.
- Maple Hollow Public Library (en, US): county library in Vermont; summer reading challenge,
  author talk, branch hours, library cards, Friends book sale; US date forms.

Calendar checks (Python calendar/datetime, year 2026 unless stated):
- Tue 13 Oct, Sun 18 Oct, Thu 22 Oct, Sun 15 Nov 2026; 31 Jan 2027 is a Sunday (never given
  a weekday in the posts). 13-31 Oct inclusive = 19 days. Sun 25 Oct is not an on-call Sunday.
- Thu 16, Fri 17, Sat 18, Sun 19 July 2026 (4 evenings). 18 July is a Saturday, not a Sunday.
- Tue 1 Sep, Wed 30 Sep 2026; September 2026 has 4 Saturdays (5, 12, 19, 26).
- Mon 22 June, Sat 4 July, Sat 11 July, Fri 7 Aug, Sat 8 Aug, Sat 15 Aug, Thu 20 Aug 2026;
  11 July is not a Sunday, 20 August is not a Friday. Wednesdays 24 June - 12 Aug = 8
  (24 Jun, 1, 8, 15, 22, 29 Jul, 5, 12 Aug). 22 June - 15 Aug inclusive = 55 days (nearly 8 weeks).

Arithmetic used by clean posts:
- Flu jab without cover: 12,90 € + 7,50 € = 20,40 €. On-call Sunday 9h-20h = 11 hours.
  3 pharmaciens + 5 préparatrices = 8 people. 2011 -> 2026 = 15 years.
- Jazz: 4 x 38 € = 152 €; 152 - 119 = 33 € saved. 9 800 attendees in 2025 -> "près de 10 000".
- Castlegate: 48 x £271.21 = £13,018.08; + £1,200 deposit = £14,218.08 (total payable);
  48 months = 4 years. 186 cars -> "over 180". 1,240 reviews -> "more than 1,200".
  1998 -> 2026 = 28 years ("over 25 years").
- Library: 3 hardcovers x $2 = $6. 3,870 cardholders -> "nearly 3,900".
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mkblind_common import build

C, U = "contradicted", "unsupported"

pharma = {
    "brand": "Pharmacie du Marché",
    "lang": "fr",
    "facts": [
        "La Pharmacie du Marché est une pharmacie indépendante située au 14 place du Bouffay, 44000 Nantes, à 100 m de l'arrêt de tram Bouffay (ligne 1).",
        "La pharmacienne titulaire est Claire Le Goff, qui a repris la pharmacie en 2011.",
        "L'équipe compte 3 pharmaciens et 5 préparatrices.",
        "Horaires : du lundi au vendredi de 8h30 à 19h30, le samedi de 9h à 19h. Fermé le dimanche, sauf jours de garde.",
        "La pharmacie est de garde le dimanche 18 octobre et le dimanche 15 novembre 2026, de 9h à 20h.",
        "La campagne de vaccination contre la grippe se déroule à la pharmacie du mardi 13 octobre 2026 au 31 janvier 2027.",
        "La vaccination antigrippe se fait sans rendez-vous, du lundi au samedi, de 9h à 12h et de 14h à 18h30.",
        "Le vaccin antigrippe est pris en charge à 100 % par l'Assurance maladie pour les personnes de 65 ans et plus, les femmes enceintes et les personnes atteintes de certaines maladies chroniques, sur présentation du bon de prise en charge.",
        "Sans bon de prise en charge, le vaccin coûte 12,90 € et l'injection 7,50 €.",
        "Journée de dépistage gratuit de la tension artérielle : jeudi 22 octobre 2026, de 10h à 17h, sans rendez-vous. La mesure dure environ 10 minutes et est réalisée par un pharmacien.",
        "Du 13 au 31 octobre 2026 : -15 % sur les vitamines et compléments alimentaires, dès 2 produits achetés (hors médicaments).",
        "Prix parapharmacie : crème mains réparatrice 50 ml à 6,90 €, spray nasal à l'eau de mer 100 ml à 4,50 €, thermomètre frontal sans contact à 29,90 €.",
        "Click & collect : commandez sur pharmaciedumarche-nantes.fr ; la commande est prête en 2 heures pendant les heures d'ouverture et se retire au comptoir dédié.",
        "Téléphone : 02 40 48 17 62. Hashtag de la campagne : #VaccinGrippeNantes.",
    ],
    "brief": "Inciter les Nantais à se faire vacciner contre la grippe à partir du 13 octobre 2026 et faire connaître la journée de dépistage gratuit de la tension du 22 octobre, sur un ton rassurant et proche.",
    "posts": [
        {"id": "pharmacie-marche-01", "network": "instagram",
         "post": "💉 C'est parti pour la vaccination antigrippe ! Dès ce mardi 13 octobre, on vous vaccine sans rendez-vous à la Pharmacie du Marché, du lundi au samedi, 9h-12h et 14h-18h30. Vous avez 65 ans ou plus, vous êtes enceinte ? C'est pris en charge à 100 % avec votre bon 📄 On vous attend ! #VaccinGrippeNantes #grippe",
         "labels": []},
        {"id": "pharmacie-marche-02", "network": "facebook",
         "post": "❤️ Jeudi 22/10, journée de dépistage GRATUIT de la tension artérielle ! De 10h à 17h, sans rendez-vous : un pharmacien prend votre tension en une dizaine de minutes. 📍 14 place du Bouffay, à deux pas du tram Bouffay (ligne 1). Parlez-en à vos proches 🙏",
         "labels": []},
        {"id": "pharmacie-marche-03", "network": "x",
         "post": "Pas de bon de prise en charge ? Votre vaccination antigrippe revient à 20,40 € au total (12,90 € le vaccin + 7,50 € l'injection). Sans RDV jusqu'au 31 janvier 2027 💪 #VaccinGrippeNantes",
         "labels": []},
        {"id": "pharmacie-marche-04", "network": "newsletter",
         "post": "Bonjour à toutes et à tous ! Petit rappel pratique avant l'hiver 🍂 La pharmacie est ouverte du lundi au vendredi de 8h30 à 19h30 et le samedi de 9h à 19h. Nous serons aussi de garde deux dimanches cet automne : le 18 octobre et le 15 novembre, de 9h à 20h, soit 11 heures pour vous dépanner. Pensez au click & collect : commandez sur pharmaciedumarche-nantes.fr, votre commande est prête en deux heures et vous la retirez au comptoir dédié. Une question ? Appelez-nous au 02 40 48 17 62. Bonne semaine, l'équipe de la Pharmacie du Marché",
         "labels": []},
        {"id": "pharmacie-marche-05", "network": "instagram",
         "post": "🍊 On fait le plein d'énergie pour l'hiver ! Du 13 au 31 octobre, -15 % sur les vitamines et compléments alimentaires dès 2 produits achetés. 19 jours pour en profiter, alors on file à la pharmacie 😉 #vitamines #Nantes",
         "labels": []},
        {"id": "pharmacie-marche-06", "network": "linkedin",
         "post": "Depuis quinze ans, Claire Le Goff fait vivre la Pharmacie du Marché, place du Bouffay. Notre équipe de 8 personnes (3 pharmaciens et 5 préparatrices) vous accueille pour la campagne de vaccination antigrippe, qui démarre le 13 octobre. La prévention, c'est notre métier 💚 #VaccinGrippeNantes #santé",
         "labels": []},
        {"id": "pharmacie-marche-07", "network": "facebook",
         "post": "🩺 Ce vendredi 22 octobre, dépistage gratuit de la tension artérielle à la Pharmacie du Marché, de 10h à 18h, sans rendez-vous ! Et pour chaque participant, un bilan cholestérol offert. Venez nombreux !",
         "labels": [(C, "vendredi 22 octobre"), (C, "18h"), (U, "un bilan cholestérol offert")]},
        {"id": "pharmacie-marche-08", "network": "instagram",
         "post": "Grippe : protégez-vous ! 💉 Vaccination sans rendez-vous 7j/7 à la Pharmacie du Marché, dès le 13 octobre. Pas de bon ? Comptez 18,40 € vaccin et injection compris. #VaccinGrippeNantes",
         "labels": [(C, "7j/7"), (C, "18,40 €")]},
        {"id": "pharmacie-marche-09", "network": "x",
         "post": "Gagnez du temps avec le click & collect 🛍️ Commandez sur pharmaciedumarche-nantes.fr, c'est prêt en 1 heure ! Et la livraison à domicile est gratuite dans tout Nantes 🚲",
         "labels": [(C, "1 heure"), (U, "la livraison à domicile est gratuite dans tout Nantes")]},
        {"id": "pharmacie-marche-10", "network": "tiktok",
         "post": "La pharmacie la moins chère de Nantes, c'est nous 😎 Thermomètre frontal sans contact à 24,90 €, spray nasal à l'eau de mer à 4,50 € : l'hiver peut arriver ! #pharmacie #Nantes",
         "labels": [(U, "La pharmacie la moins chère de Nantes"), (C, "24,90 €")]},
        {"id": "pharmacie-marche-11", "network": "newsletter",
         "post": "Chers patients, la Pharmacie du Marché sera de garde le dimanche 25 octobre, de 9h à 20h, au 14 place du Bouffay. Claire Le Guen et toute l'équipe restent à votre écoute : en cas de besoin, appelez le 02 40 48 17 26. Prenez soin de vous !",
         "labels": [(C, "25 octobre"), (C, "Claire Le Guen"), (C, "02 40 48 17 26")]},
    ],
}

jazz = {
    "brand": "Festival Jazz en Garrigue",
    "lang": "fr",
    "facts": [
        "La 12e édition du festival Jazz en Garrigue a lieu du jeudi 16 au dimanche 19 juillet 2026.",
        "Les concerts ont lieu sur deux scènes : la scène des Chênes, au Domaine des Oliviers à Saint-Mathieu-de-Tréviers, et la scène du Cloître, au prieuré de Saint-Martin-de-Londres.",
        "La scène des Chênes peut accueillir 2 400 spectateurs et la scène du Cloître 350.",
        "Jeudi 16 juillet : Lina Barrow Quartet à 21h, scène des Chênes.",
        "Vendredi 17 juillet : Samuel Okafor Trio à 19h, scène du Cloître, puis le Big Band de la Garrigue à 21h30, scène des Chênes.",
        "Samedi 18 juillet : la chanteuse Élise Marchetti, tête d'affiche de l'édition, à 21h30, scène des Chênes.",
        "Dimanche 19 juillet : Théo Valat Sextet à 18h, scène du Cloître, pour le concert de clôture.",
        "Le pass 1 soir coûte 38 € (28 € en tarif réduit pour les étudiants et les demandeurs d'emploi) ; le pass 4 soirs coûte 119 €.",
        "L'entrée est gratuite pour les moins de 12 ans accompagnés d'un adulte muni d'un pass.",
        "Des navettes gratuites relient la place de l'Europe, à Montpellier, au Domaine des Oliviers toutes les 30 minutes de 18h à 1h ; le trajet dure environ 35 minutes.",
        "L'édition 2025 a accueilli 9 800 festivaliers.",
        "Le directeur artistique du festival est Marc-Antoine Roux.",
        "Restauration sur place avec des producteurs locaux et des vins de l'AOC Pic Saint-Loup.",
        "Billetterie : jazzengarrigue.fr/billetterie. Hashtag officiel : #JazzEnGarrigue2026.",
    ],
    "brief": "Dévoiler la programmation complète de la 12e édition (16-19 juillet 2026) et pousser la vente des pass 4 soirs, en rappelant les navettes gratuites depuis Montpellier.",
    "posts": [
        {"id": "jazz-garrigue-01", "network": "instagram",
         "post": "🎷 LA PROG EST LÀ ! Du jeudi 16 au dimanche 19 juillet, Jazz en Garrigue fête sa 12e édition. Lina Barrow Quartet en ouverture, le Big Band de la Garrigue, et samedi 18 à 21h30 notre tête d'affiche Élise Marchetti sur la scène des Chênes 🌳✨ On a des frissons rien que d'y penser ! #JazzEnGarrigue2026 #jazz",
         "labels": []},
        {"id": "jazz-garrigue-02", "network": "facebook",
         "post": "Vous hésitez encore ? 🤔 Le pass 4 soirs est à 119 €, alors que 4 pass 1 soir vous coûteraient 152 € (4 × 38 €) : ça fait 33 € d'économie pour 4 soirées de jazz 🎶 Et c'est gratuit pour les moins de 12 ans accompagnés ! 👉 jazzengarrigue.fr/billetterie #JazzEnGarrigue2026",
         "labels": []},
        {"id": "jazz-garrigue-03", "network": "x",
         "post": "🚌 Laissez la voiture au garage : des navettes gratuites partent de la place de l'Europe à Montpellier toutes les demi-heures, de 18h à 1h du matin. Environ 35 min de trajet jusqu'au Domaine des Oliviers ! #JazzEnGarrigue2026",
         "labels": []},
        {"id": "jazz-garrigue-04", "network": "linkedin",
         "post": "Près de 10 000 festivaliers en 2025 : merci ! 🙏 Pour sa 12e édition, du 16 au 19 juillet 2026, Jazz en Garrigue, sous la direction artistique de Marc-Antoine Roux, investit à nouveau la scène des Chênes (2 400 places) et l'intimiste scène du Cloître (350 places). Producteurs locaux et vins du Pic Saint-Loup au rendez-vous. #JazzEnGarrigue2026 #culture #Occitanie",
         "labels": []},
        {"id": "jazz-garrigue-05", "network": "newsletter",
         "post": "Chers amis du jazz, voici votre programme jour par jour ☀️ Jeudi 16/07, 21h : Lina Barrow Quartet (Chênes). Vendredi 17/07 : Samuel Okafor Trio à 19h au Cloître, puis le Big Band de la Garrigue à 21h30 aux Chênes. Samedi 18/07, 21h30 : Élise Marchetti (Chênes). Dimanche 19/07, 18h : clôture avec le Théo Valat Sextet au Cloître. Pass 1 soir 38 € (réduit 28 €), pass 4 soirs 119 € sur jazzengarrigue.fr/billetterie. À très vite dans la garrigue !",
         "labels": []},
        {"id": "jazz-garrigue-06", "network": "instagram",
         "post": "Vendredi 17 juillet, 20h 🎶 Le Samuel Okafor Trio ouvre la soirée sur la scène des Chênes, avant le Big Band de la Garrigue. Une soirée qui s'annonce brûlante 🔥 #JazzEnGarrigue2026",
         "labels": [(C, "20h"), (C, "scène des Chênes")]},
        {"id": "jazz-garrigue-07", "network": "tiktok",
         "post": "Le plus grand festival de jazz d'Occitanie est de retour 😱🎺 3 000 places sous les chênes, du 16 au 19 juillet ! Tu viens ? #JazzEnGarrigue2026 #jazz",
         "labels": [(U, "Le plus grand festival de jazz d'Occitanie"), (C, "3 000")]},
        {"id": "jazz-garrigue-08", "network": "facebook",
         "post": "🎟️ Réservez votre pass 4 soirs à 109 € ! Et bonne nouvelle pour les familles : l'entrée est gratuite pour les moins de 16 ans accompagnés d'un adulte. jazzengarrigue.fr/billetterie #JazzEnGarrigue2026",
         "labels": [(C, "109 €"), (C, "16 ans")]},
        {"id": "jazz-garrigue-09", "network": "x",
         "post": "🚌 Navettes gratuites depuis la gare Saint-Roch toutes les 20 minutes, de 18h à 1h : venez au festival l'esprit léger ! #JazzEnGarrigue2026",
         "labels": [(C, "la gare Saint-Roch"), (C, "20 minutes")]},
        {"id": "jazz-garrigue-10", "network": "linkedin",
         "post": "Fier d'annoncer la 13e édition de Jazz en Garrigue, du 16 au 19 juillet 2026 ! Avec notre directeur artistique Marc-Antoine Rouxel, et en partenariat avec France Musique, nous vous avons concocté une programmation exigeante et festive. #JazzEnGarrigue2026",
         "labels": [(C, "13e"), (C, "Marc-Antoine Rouxel"), (U, "en partenariat avec France Musique")]},
        {"id": "jazz-garrigue-11", "network": "instagram",
         "post": "On termine en beauté ce dimanche 18 juillet avec le Théo Valat Sextet à 18h au Cloître 🎷 Un verre de Pic Saint-Loup offert à chaque spectateur pour trinquer à cette belle édition 🍷 #JazzEnGarrigue2026",
         "labels": [(C, "dimanche 18 juillet"), (U, "Un verre de Pic Saint-Loup offert à chaque spectateur")]},
    ],
}

castlegate = {
    "brand": "Castlegate Motors",
    "lang": "en",
    "facts": [
        "Castlegate Motors is a family-run independent used-car dealer founded in 1998 by Dave Whitmore, at 212 Narborough Road, Leicester LE3 2AB.",
        "We currently have 186 used cars in stock, all under 8 years old.",
        "Representative example: cash price £12,000, deposit £1,200, amount of credit £10,800, 48 monthly payments of £271.21, total amount payable £14,218.08, 9.9% APR representative.",
        "Finance is subject to status and available to UK residents aged 18 and over.",
        "Every car comes with a 12-month Castlegate warranty; cars under 5 years old get a 24-month warranty.",
        "From 1 to 30 September 2026, we add a £750 bonus to the valuation of your part-exchange when you buy any car priced £8,000 or more.",
        "Opening hours: Monday to Friday 9am–7pm, Saturday 9am–5.30pm, Sunday 10.30am–4pm.",
        "Every car passes a 120-point inspection and an HPI check before sale.",
        "Home delivery is available within 30 miles of Leicester for £95.",
        "Castlegate Motors is rated 4.8 out of 5 from 1,240 Google reviews.",
        "Castlegate Motors was named East Midlands Used Car Dealer of the Year at the Midlands Motor Trade Awards 2025.",
        "The sales manager is Priya Chauhan.",
        "Contact: 0116 254 9087, sales@castlegatemotors.co.uk, castlegatemotors.co.uk.",
    ],
    "brief": "Drive showroom visits and enquiries in September 2026 by promoting the £750 part-exchange bonus and the 9.9% APR finance offer.",
    "posts": [
        {"id": "castlegate-motors-01", "network": "facebook",
         "post": "Thinking of trading in? 🚗 All September (1st–30th) we'll add £750 on top of your part-exchange valuation when you buy any car priced £8,000 or more. Pop into 212 Narborough Road or call 0116 254 9087 for a valuation 👍 #Leicester #usedcars",
         "labels": []},
        {"id": "castlegate-motors-02", "network": "instagram",
         "post": "💷 9.9% APR representative. Example: £12,000 car, £1,200 deposit, then 48 monthly payments of £271.21 (that's 4 years). Total amount payable £14,218.08. Finance subject to status, UK residents 18+. Find your next car at castlegatemotors.co.uk ✨",
         "labels": []},
        {"id": "castlegate-motors-03", "network": "x",
         "post": "Over 180 used cars in stock right now, all under 8 years old 👀 Every one HPI-checked and put through a 120-point inspection. We're open 7 days: Sundays 10.30am to 4pm! #Leicester",
         "labels": []},
        {"id": "castlegate-motors-04", "network": "linkedin",
         "post": "Proud to be East Midlands Used Car Dealer of the Year (Midlands Motor Trade Awards 2025) 🏆 Over 25 years after Dave Whitmore founded Castlegate Motors, we're rated 4.8/5 from more than 1,200 Google reviews. Thank you to our customers and to Priya Chauhan's sales team!",
         "labels": []},
        {"id": "castlegate-motors-05", "network": "tiktok",
         "post": "Peace of mind as standard 😌 Every car leaves with at least 12 months' warranty, and if it's under 5 years old you get 2 full years. Come and see us this Saturday, 9am–5.30pm 🚙 #carbuying #Leicester",
         "labels": []},
        {"id": "castlegate-motors-06", "network": "facebook",
         "post": "🔥 Drive away this September! Representative example: £12,000 car, £1,200 deposit, then 48 monthly payments of £249, 9.9% APR representative. Guaranteed approval, whatever your credit history. castlegatemotors.co.uk",
         "labels": [(C, "£249"), (C, "Guaranteed approval, whatever your credit history")]},
        {"id": "castlegate-motors-07", "network": "instagram",
         "post": "Part-exchange bonus alert 🚨 Until 30 September we're adding £1,000 to your trade-in valuation on every car in stock! Don't miss out 👉 castlegatemotors.co.uk",
         "labels": [(C, "£1,000"), (C, "on every car in stock")]},
        {"id": "castlegate-motors-08", "network": "x",
         "post": "Can't make it in during the day? We're open till 8pm Monday to Friday, and Sundays 10am–4pm. 212 Narborough Road, Leicester 📍",
         "labels": [(C, "8pm"), (C, "10am")]},
        {"id": "castlegate-motors-09", "network": "tiktok",
         "post": "POV: you just found Leicester's No.1 used car dealer 😎 200+ cars in stock, all HPI-checked, all under 8 years old. Come say hi! #usedcars #Leicester",
         "labels": [(U, "Leicester's No.1 used car dealer"), (C, "200+")]},
        {"id": "castlegate-motors-10", "network": "newsletter",
         "post": "Hi there, September is here and so is our part-exchange bonus: £750 extra on your trade-in when you buy a car priced £8,000 or more, until 30 September. Too busy to visit? We offer free home delivery within 30 miles of Leicester. And remember, cars under 5 years old come with a 36-month Castlegate warranty. Questions? Call Priya and the team on 0116 254 9078 or email sales@castlegatemotors.co.uk. See you soon, the Castlegate Motors team",
         "labels": [(C, "free home delivery"), (C, "36-month"), (C, "0116 254 9078")]},
        {"id": "castlegate-motors-11", "network": "linkedin",
         "post": "Founded in 1989, Castlegate Motors is still proudly family-run. A big thank you to our general manager Priya Chauhan and the whole team for our Dealer of the Year title at the Midlands Motor Trade Awards 2024 🏆",
         "labels": [(C, "1989"), (C, "general manager"), (C, "2024")]},
    ],
}

library = {
    "brand": "Maple Hollow Public Library",
    "lang": "en",
    "facts": [
        "Maple Hollow Public Library is the county library for Orleans County, Vermont, with a main branch at 48 Elm Street, Maple Hollow, VT 05855, and the Birch Falls branch at 7 Mill Road.",
        "The 2026 summer reading challenge, \"Read Across the Mountains,\" runs from Monday, June 22, to Saturday, August 15, 2026, and is open to all ages.",
        "Children who log 15 books, and teens and adults who log 10 books, earn a canvas tote bag and one entry into the grand prize drawing.",
        "The grand prize drawing takes place on Thursday, August 20, 2026, at the main branch.",
        "Author talk: novelist Ruth Abernathy will discuss her novel \"The Quarry Year\" on Saturday, July 11, 2026, at 2 p.m. in the Community Room of the main branch. The talk is free; registration is required; 80 seats.",
        "Family story time takes place every Wednesday at 10:30 a.m. at the main branch, from June 24 to August 12, 2026.",
        "Main branch hours: Monday–Thursday 9 a.m.–8 p.m., Friday 9 a.m.–5 p.m., Saturday 10 a.m.–2 p.m., closed Sunday. Birch Falls branch hours: Tuesday and Thursday 1–6 p.m., Saturday 10 a.m.–1 p.m.",
        "All branches are closed on Saturday, July 4, 2026, for Independence Day.",
        "Library cards are free for Orleans County residents; non-residents pay $25 per year.",
        "Signing up for a card takes about 5 minutes with a photo ID and proof of address.",
        "The library had 3,870 active cardholders on June 1, 2026.",
        "Friends of the Library Book Sale: Friday, August 7 (10 a.m.–6 p.m.) and Saturday, August 8 (9 a.m.–1 p.m.), 2026, in the Community Room. Hardcovers $2, paperbacks $1, children's books 50¢; on Saturday from noon, fill a bag for $5.",
        "Book sale proceeds go to the Friends of the Library, who funded $6,200 of summer programs in 2025.",
        "Library director: Helen Marsh. Website: maplehollowlibrary.org/summer. Phone: (802) 555-0143. Hashtag: #MHPLSummerReads.",
    ],
    "brief": "Get families, teens and adults to join the Read Across the Mountains summer reading challenge (June 22 – August 15, 2026), promote the July 11 author talk and the August book sale, and encourage new library card sign-ups.",
    "posts": [
        {"id": "maple-hollow-library-01", "network": "instagram",
         "post": "📚☀️ Read Across the Mountains kicks off Monday, June 22! Kids, log 15 books; teens and adults, log 10, and you'll earn a canvas tote bag plus an entry into our grand prize drawing 🎉 Runs through Aug. 15 and it's open to all ages. Sign up at maplehollowlibrary.org/summer #MHPLSummerReads #SummerReading",
         "labels": []},
        {"id": "maple-hollow-library-02", "network": "facebook",
         "post": "We're thrilled to welcome novelist Ruth Abernathy on Sat., July 11 at 2 p.m.! She'll be talking about \"The Quarry Year\" in the Community Room at our Elm Street branch. Free, but registration is required and there are only 80 seats, so save yours soon 💙 (802) 555-0143",
         "labels": []},
        {"id": "maple-hollow-library-03", "network": "x",
         "post": "8 Wednesdays of stories, songs & giggles 🐻 Family story time is every Wed. at 10:30 a.m., 6/24 through 8/12, at the main branch. See you there! #MHPLSummerReads",
         "labels": []},
        {"id": "maple-hollow-library-04", "network": "newsletter",
         "post": "Dear readers, mark your calendars for the Friends of the Library Book Sale! It's Friday, August 7 (10 a.m.–6 p.m.) and Saturday, August 8 (9 a.m.–1 p.m.) in the Community Room. Hardcovers are $2, paperbacks $1 and children's books just 50¢, so three hardcovers will cost you only $6. From noon on Saturday, fill a bag for $5! Every dollar goes to the Friends, who funded $6,200 of our summer programs last year. Happy hunting! Helen Marsh, Library Director",
         "labels": []},
        {"id": "maple-hollow-library-05", "network": "bluesky",
         "post": "No card yet? 🪪 It's free if you live in Orleans County ($25/year otherwise) and it takes about five minutes, just bring a photo ID and proof of address. Join nearly 3,900 active cardholders! #MHPLSummerReads #LibraryCard",
         "labels": []},
        {"id": "maple-hollow-library-06", "network": "mastodon",
         "post": "Heads up 🎆 All branches are closed Saturday, July 4, for Independence Day. Otherwise the main branch is open Mon–Thu 9–8, Fri 9–5 and Sat 10–2; Birch Falls (7 Mill Road) is open Tue & Thu 1–6 and Sat 10–1. #Vermont #libraries",
         "labels": []},
        {"id": "maple-hollow-library-07", "network": "facebook",
         "post": "Don't miss our author talk with Ruth Abernethy on Sunday, July 11, at 2 p.m.! Every attendee will receive a free signed copy of \"The Quarry Year\" 📖 Register today!",
         "labels": [(C, "Ruth Abernethy"), (C, "Sunday, July 11"), (U, "Every attendee will receive a free signed copy")]},
        {"id": "maple-hollow-library-08", "network": "instagram",
         "post": "Have you joined Read Across the Mountains yet? 📚 Kids who log 12 books earn a canvas tote bag and a shot at the grand prize! The challenge ends August 22, so there's still time 🌲 #MHPLSummerReads",
         "labels": [(C, "12"), (C, "August 22")]},
        {"id": "maple-hollow-library-09", "network": "x",
         "post": "Book sale Aug. 7–8! 📚 Hardcovers $3, paperbacks $1, and fill a bag for $5 all weekend long. Community Room, main branch. #MHPLSummerReads",
         "labels": [(C, "$3"), (C, "all weekend long")]},
        {"id": "maple-hollow-library-10", "network": "tiktok",
         "post": "Vermont's biggest summer reading challenge is HERE 😍📚 Library cards are free for everyone, so grab yours and start logging books! #MHPLSummerReads #BookTok",
         "labels": [(U, "Vermont's biggest summer reading challenge"), (C, "for everyone")]},
        {"id": "maple-hollow-library-11", "network": "newsletter",
         "post": "Summer reading update! Our grand prize drawing will take place on Friday, August 20, at the main branch, so keep logging those books. Can't get to Elm Street? The Birch Falls branch is open Tuesdays and Thursdays 1–7 p.m. and Saturdays 10 a.m.–1 p.m. All the details are at maplehollowlibrary.com/summer. Happy reading!",
         "labels": [(C, "Friday, August 20"), (C, "7 p.m."), (C, "maplehollowlibrary.com/summer")]},
    ],
}

build([pharma, jazz, castlegate, library], os.path.join(HERE, "blind25.jsonl"))
