"""Blind verify set 16: four fictional brands, 11 posts each (44 posts), written blind.

Written blind: the author read only the dev.jsonl conventions, dev.jsonl itself and
mkblind_common.py, never the engine, the other sets or their reports.

Brands and sectors:
  - Le Phare de l'Ouest (fr): regional daily newspaper, winter subscription campaign.
  - Le Panier Commun (fr): solidarity grocery / food-aid association, winter collection drive.
  - Hollybank Garden Centres (en, UK): garden centre chain, spring sale.
  - Riverbend Urgent Care (en, US): urgent-care clinic network, free flu-shot Saturdays.

Calendar checks (Python's calendar module, calendar.weekday):
  2027-01-04 Monday, 2027-01-23 Saturday, 2027-01-31 Sunday (4 Jan-31 Jan = 28 days, 4 weeks);
  2026-11-27 Friday, 2026-11-28 Saturday;
  2027-03-19 Friday, 2027-03-20 Saturday, 2027-03-21 Sunday, 2027-03-27 Saturday,
  2027-03-28 Sunday (Easter Sunday 2027), 2027-04-05 Monday, 2027-04-11 Sunday;
  weekends inside 19 Mar-5 Apr 2027: 20-21 Mar, 27-28 Mar, 3-4 Apr (three);
  2026-09-28 Monday, 2026-10-10 Saturday, 2026-10-17 Saturday, 2026-10-24 Saturday.
Arithmetic used by clean posts: 36,50 - 29,90 = 6,60; 2027 - 1946 = 81; 2026 - 2009 = 17;
25 - 23,6 = 1,4; 3 x 6.99 - 18 = 2.97; 34.99 - 24.99 = 10; 2027 - 1978 = 49; 2026 - 2012 = 14;
9 a.m. to 1 p.m. = 4 hours.

Run from anywhere: python3 internal/verify/testdata/mkblind16.py [--numbers]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mkblind_common import build  # noqa: E402

PHARE = {
    "brand": "Le Phare de l'Ouest",
    "lang": "fr",
    "facts": [
        "Le Phare de l'Ouest est un quotidien régional fondé en 1946 à Lorient.",
        "Le journal publie 11 éditions locales dans le Morbihan et le Finistère.",
        "La campagne d'abonnement « Hiver au Phare » se déroule du lundi 4 janvier au dimanche 31 janvier 2027.",
        "Pendant la campagne, l'offre 100 % numérique est à 1 € par mois pendant les 3 premiers mois, puis 12,90 € par mois, résiliable à tout moment.",
        "Pendant la campagne, l'offre papier + numérique (journal livré chaque matin du lundi au samedi) est à 29,90 € par mois au lieu de 36,50 €.",
        "Un essai gratuit de 14 jours de l'édition numérique est proposé, sans engagement et sans carte bancaire.",
        "Les abonnés à l'offre papier reçoivent chaque samedi le supplément week-end « Escales ».",
        "Une rencontre des lecteurs avec la rédaction a lieu le samedi 23 janvier 2027 à 15h à la médiathèque de Lorient, sur inscription, dans la limite de 120 places.",
        "La rédactrice en chef du Phare de l'Ouest est Gwenaëlle Le Goff.",
        "La rédaction compte 85 journalistes.",
        "Le Phare de l'Ouest a été élu Quotidien régional de l'année 2025 aux Trophées de la presse écrite.",
        "Le site d'abonnement est abonnement.pharedelouest.fr.",
        "Le hashtag officiel de la campagne est #HiverAuPhare.",
        "Le service client est joignable au 02 97 12 34 56 du lundi au vendredi, de 8h30 à 18h.",
    ],
    "brief": "Recruter de nouveaux abonnés pendant la campagne « Hiver au Phare » (4-31 janvier 2027) en mettant en avant l'offre numérique à 1 € et l'offre papier + numérique, et inviter les lecteurs à la rencontre avec la rédaction, sur un ton proche et fier de l'info locale.",
    "posts": [
        {"id": "phare-ouest-01", "network": "instagram",
         "post": "☕ Votre journal dès le premier café : du 4 au 31 janvier, l'offre papier + numérique passe à 29,90 €/mois au lieu de 36,50 €, soit 6,60 € d'économie chaque mois ! 📰 Livré chaque matin du lundi au samedi. 👉 abonnement.pharedelouest.fr #HiverAuPhare #PresseLocale",
         "labels": []},
        {"id": "phare-ouest-02", "network": "facebook",
         "post": "Envie de tester avant de vous décider ? 🤔 Quatorze jours d'essai gratuit sur l'édition numérique, sans engagement et sans carte bancaire. Autre option : l'offre 100 % numérique à 1 € par mois pendant trois mois, résiliable quand vous voulez. Tout est sur https://abonnement.pharedelouest.fr",
         "labels": []},
        {"id": "phare-ouest-03", "network": "linkedin",
         "post": "Depuis 1946, Le Phare de l'Ouest raconte la vie du Morbihan et du Finistère. Plus de 80 ans après sa création à Lorient, ce sont 85 journalistes et onze éditions locales qui font vivre l'info de proximité, sous la direction de notre rédactrice en chef Gwenaelle Le Goff. Élu Quotidien régional de l'année 2025 : une fierté collective 🏆 #HiverAuPhare",
         "labels": []},
        {"id": "phare-ouest-04", "network": "x",
         "post": "📅 Samedi 23/01, 15h, médiathèque de Lorient : venez rencontrer la rédaction du Phare ! 120 places seulement, inscription obligatoire. Préparez vos questions 🙌 #HiverAuPhare",
         "labels": []},
        {"id": "phare-ouest-05", "network": "mastodon",
         "post": "Quatre semaines pour vous abonner : #HiverAuPhare dure jusqu'au dimanche 31 janvier. Numérique : 1 €/mois les 3 premiers mois, puis 12,90 €. Papier + numérique : 29,90 €/mois. Une question ? Le service client répond en semaine de 8 h 30 à 18 h au 02 97 12 34 56.",
         "labels": []},
        {"id": "phare-ouest-06", "network": "bluesky",
         "post": "Le samedi, c'est « Escales » 🗞️ Le supplément week-end arrive chaque semaine avec votre journal papier. L'offre papier + numérique est à 29,90 € par mois jusqu'à fin janvier, profitez-en ! #HiverAuPhare #Bretagne",
         "labels": []},
        {"id": "phare-ouest-07", "network": "instagram",
         "post": "🎁 L'offre numérique à 1 € par mois pendant 6 mois, puis 12,90 €/mois, résiliable à tout moment. Et pour tout nouvel abonnement, un parapluie Phare de l'Ouest offert ! ☔ #HiverAuPhare",
         "labels": [("contradicted", "6 mois"), ("unsupported", "un parapluie Phare de l'Ouest offert")]},
        {"id": "phare-ouest-08", "network": "facebook",
         "post": "Rendez-vous ce dimanche 23 janvier à 15h à la médiathèque de Lorient pour rencontrer la rédaction ! 150 places disponibles, pensez à vous inscrire 😉 #HiverAuPhare",
         "labels": [("contradicted", "dimanche 23 janvier"), ("contradicted", "150")]},
        {"id": "phare-ouest-09", "network": "linkedin",
         "post": "Fondé en 1946 à Vannes, Le Phare de l'Ouest, premier quotidien de Bretagne, s'appuie aujourd'hui sur 85 journalistes et 11 éditions locales. Merci à nos lecteurs pour leur fidélité ! #HiverAuPhare",
         "labels": [("contradicted", "Vannes"), ("unsupported", "premier quotidien de Bretagne")]},
        {"id": "phare-ouest-10", "network": "x",
         "post": "📰 Papier + numérique à 29,90 €/mois au lieu de 39,90 €, jusqu'au 15 février seulement ! Livré chez vous du lundi au samedi. #HiverAuPhare",
         "labels": [("contradicted", "39,90 €"), ("contradicted", "15 février")]},
        {"id": "phare-ouest-11", "network": "tiktok",
         "post": "Essai gratuit d'un mois sur l'édition numérique, sans carte bancaire et sans engagement 📱 Toutes les infos sur pharedelouest.com/abonnement #HiverAuPhare",
         "labels": [("contradicted", "un mois"), ("contradicted", "pharedelouest.com/abonnement")]},
    ],
}

PANIER = {
    "brand": "Le Panier Commun",
    "lang": "fr",
    "facts": [
        "Le Panier Commun est une association d'aide alimentaire fondée en 2009 à Besançon.",
        "L'épicerie solidaire du Panier Commun est située au 14 rue de Belfort, à Besançon.",
        "L'épicerie solidaire est ouverte le mardi et le jeudi de 14h à 18h, et le samedi de 9h à 12h.",
        "À l'épicerie solidaire, les produits sont vendus à 20 % de leur prix habituel en magasin, aux familles orientées par un travailleur social.",
        "L'association accompagne 640 familles par an.",
        "L'association compte 95 bénévoles.",
        "La grande collecte d'hiver a lieu le vendredi 27 et le samedi 28 novembre 2026 dans 18 supermarchés du Grand Besançon.",
        "Lors de la collecte d'hiver 2025, 23,6 tonnes de denrées ont été récoltées.",
        "L'objectif de la collecte d'hiver 2026 est de 25 tonnes.",
        "Pour la collecte, l'association cherche 150 bénévoles supplémentaires, pour des créneaux de 2 heures ; inscription sur lepaniercommun.org/benevoles.",
        "Les produits les plus recherchés sont les conserves de légumes, le lait UHT, les produits d'hygiène et les aliments pour bébé.",
        "La présidente de l'association est Martine Vuillemin.",
        "Un don de 50 € à l'association ouvre droit à une réduction d'impôt de 75 %, soit un coût réel de 12,50 €.",
        "Le hashtag officiel de la collecte est #CollectePanierCommun.",
    ],
    "brief": "Mobiliser donateurs et bénévoles pour la grande collecte d'hiver des 27 et 28 novembre 2026 et rappeler le fonctionnement de l'épicerie solidaire, sur un ton chaleureux et concret.",
    "posts": [
        {"id": "panier-commun-01", "network": "facebook",
         "post": "🥫 Les 27 et 28 novembre, on compte sur vous ! Dans 18 supermarchés du Grand Besançon, nos bénévoles collecteront conserves de légumes, lait UHT, produits d'hygiène et petits pots pour bébé. L'an dernier, près de 24 tonnes récoltées ; cette année, objectif 25 tonnes 💪 #CollectePanierCommun #Solidarité",
         "labels": []},
        {"id": "panier-commun-02", "network": "instagram",
         "post": "On cherche 150 paires de bras 🙌 Deux heures de votre temps suffisent pour tenir un créneau de la collecte du vendredi 27 ou du samedi 28 novembre. Inscription 👉 www.lepaniercommun.org/benevoles #CollectePanierCommun #Bénévolat",
         "labels": []},
        {"id": "panier-commun-03", "network": "linkedin",
         "post": "Depuis 17 ans, Le Panier Commun agit contre la précarité alimentaire à Besançon. Près de 100 bénévoles, 640 familles accompagnées chaque année : derrière ces chiffres, des rencontres et beaucoup d'entraide. Merci à notre présidente, Martine Vuillemin, et à toute l'équipe ❤️",
         "labels": []},
        {"id": "panier-commun-04", "network": "mastodon",
         "post": "Rappel des horaires de l'épicerie solidaire (14 rue de Belfort) : mardi et jeudi 14h-18h, samedi 9h-12h. Elle est ouverte aux familles orientées par un travailleur social, avec des produits à un cinquième de leur prix en magasin.",
         "labels": []},
        {"id": "panier-commun-05", "network": "x",
         "post": "Un don de 50 € ne vous coûte que 12,50 € après la réduction d'impôt de 75 % 💙 Chaque euro compte pour les familles que nous accompagnons. Merci pour votre générosité ! #CollectePanierCommun",
         "labels": []},
        {"id": "panier-commun-06", "network": "bluesky",
         "post": "Deux jours, dix-huit magasins, un objectif : 25 tonnes 🎯 C'est 1,4 tonne de plus que l'an dernier (23,6 t). On y croit ! Vous serez de la partie ? #CollectePanierCommun",
         "labels": []},
        {"id": "panier-commun-07", "network": "facebook",
         "post": "📣 Grande collecte d'hiver ce samedi 27 et dimanche 28 novembre dans 18 supermarchés du Grand Besançon ! L'an dernier, plus de 25 tonnes de denrées avaient été récoltées grâce à vous 🙏 #CollectePanierCommun",
         "labels": [("contradicted", "samedi 27"), ("contradicted", "dimanche 28 novembre"), ("contradicted", "plus de 25 tonnes")]},
        {"id": "panier-commun-08", "network": "instagram",
         "post": "🛒 Notre épicerie solidaire vous accueille du mardi au samedi de 14h à 18h, au 14 rue de Belfort. Un projet mené en partenariat avec les Restos du Cœur pour les familles orientées par un travailleur social. #Solidarité",
         "labels": [("contradicted", "du mardi au samedi"), ("unsupported", "en partenariat avec les Restos du Cœur")]},
        {"id": "panier-commun-09", "network": "linkedin",
         "post": "Rencontre avec Martine Vuillemin, directrice du Panier Commun depuis sa création à Besançon. Chaque année, l'association accompagne 460 familles grâce à ses 95 bénévoles. #CollectePanierCommun",
         "labels": [("contradicted", "directrice"), ("unsupported", "depuis sa création"), ("contradicted", "460")]},
        {"id": "panier-commun-10", "network": "x",
         "post": "Bénévoles recherchés pour la collecte des 27 et 28 novembre ! Des créneaux de 3 heures, dans la bonne humeur 😄 Inscriptions : lepaniercommun.fr/benevoles #CollectePanierCommun",
         "labels": [("contradicted", "3 heures"), ("contradicted", "lepaniercommun.fr/benevoles")]},
        {"id": "panier-commun-11", "network": "tiktok",
         "post": "Le saviez-vous ? Un don de 50 € ne vous coûte que 10 € après réduction d'impôt 🤯 Le Panier Commun, élu association solidaire de l'année 2025 en Franche-Comté ! #CollectePanierCommun",
         "labels": [("contradicted", "10 €"), ("unsupported", "élu association solidaire de l'année 2025 en Franche-Comté")]},
    ],
}

HOLLYBANK = {
    "brand": "Hollybank Garden Centres",
    "lang": "en",
    "facts": [
        "Hollybank Garden Centres is a family-run chain founded in 1978 in Shropshire by Alan and Margaret Pryce.",
        "Hollybank has 9 garden centres across Shropshire, Cheshire and the West Midlands.",
        "The Hollybank Spring Sale runs from Friday 19 March to Monday 5 April 2027 in all garden centres.",
        "During the Spring Sale, all perennials in 2-litre pots are £6.99 each or 3 for £18.",
        "During the Spring Sale, the 'Tuscan' terracotta pot (40 cm) is £24.99, down from £34.99.",
        "During the Spring Sale, the 50-litre bag of peat-free multi-purpose compost is £7.50, or 3 bags for £20.",
        "Hollybank Club members get an extra 10% off all plants during the Spring Sale; membership is free, sign-up at hollybank.co.uk/club.",
        "The free workshop 'Planting a container for pollinators' takes place on Saturday 20 March and Saturday 27 March 2027 at 10:30am in every garden centre; booking required, 12 places per session.",
        "The 'Sowing vegetables' workshop takes place on Sunday 21 March 2027 at 2pm and costs £8, seeds and seed tray included.",
        "Opening hours: Monday to Saturday 9am to 6pm, Sunday 10:30am to 4:30pm.",
        "All Hollybank garden centres are closed on Easter Sunday, 28 March 2027.",
        "Hollybank was named Garden Centre Group of the Year 2025 at the Garden Retail Awards.",
        "Priya Sandhu is Hollybank's head horticulturist.",
        "The Potting Shed café in every Hollybank garden centre serves a cream tea for £6.50.",
        "The official hashtag is #HollybankSpring.",
    ],
    "brief": "Drive footfall to the Spring Sale (19 March - 5 April 2027), promote the Club's extra 10% off plants and fill the spring workshops, in a friendly, knowledgeable British tone.",
    "posts": [
        {"id": "hollybank-01", "network": "instagram",
         "post": "🌸 The Spring Sale is here! From Fri 19th March to Mon 5th April, perennials in 2L pots are £6.99 each or 3 for £18, so you save £2.97 when you pick three 🌿 Which colours are going in your borders this year? #HollybankSpring #GardeningUK",
         "labels": []},
        {"id": "hollybank-02", "network": "facebook",
         "post": "Terracotta lovers, this one's for you 🧡 Our 40cm 'Tuscan' pot is down to £24.99 (was £34.99), that's a tenner off! Spring Sale prices until 5/4 in all our garden centres. #HollybankSpring",
         "labels": []},
        {"id": "hollybank-03", "network": "x",
         "post": "Club members get an extra 10% off all plants throughout the Spring Sale 🌱 Not a member yet? Joining costs nothing: www.hollybank.co.uk/club #HollybankSpring",
         "labels": []},
        {"id": "hollybank-04", "network": "linkedin",
         "post": "Nearly 50 years ago, Alan and Margaret Pryce founded Hollybank in Shropshire. Today we're a family-run group of nine garden centres across Shropshire, Cheshire and the West Midlands, and proud holders of Garden Centre Group of the Year 2025 at the Garden Retail Awards. A huge thank you to our head horticulturist Priya Sandhu and every one of our teams.",
         "labels": []},
        {"id": "hollybank-05", "network": "bluesky",
         "post": "Three weekends of Spring Sale bargains 🌷 We're open Mon-Sat 9am-6pm and Sundays 10.30am-4.30pm. Please note all our centres will be closed on Easter Sunday (28th March). Happy Easter, gardeners! 🐣 #HollybankSpring",
         "labels": []},
        {"id": "hollybank-06", "network": "mastodon",
         "post": "🐝 Plant a pot for the pollinators! Our free workshop runs on Sat 20 and Sat 27 March at 10.30am in all nine Hollybank centres. Just 12 places per session, so book ahead. Bring your gardening gloves! #HollybankSpring #NoMowMay",
         "labels": []},
        {"id": "hollybank-07", "network": "instagram",
         "post": "🌿 Perennials in 2L pots: £6.99 each or 3 for £15 during the Spring Sale! Plus a free cream tea at The Potting Shed with every purchase over £30 ☕ #HollybankSpring",
         "labels": [("contradicted", "£15"), ("unsupported", "a free cream tea at The Potting Shed with every purchase over £30")]},
        {"id": "hollybank-08", "network": "facebook",
         "post": "🥕 Grow your own this year! Our 'Sowing vegetables' workshop is on Sunday 21 March at 2pm, free for everyone, seeds and seed tray included. We're open that day from 10am to 4.30pm. #HollybankSpring",
         "labels": [("contradicted", "free for everyone"), ("contradicted", "10am")]},
        {"id": "hollybank-09", "network": "linkedin",
         "post": "Founded in 1987 by Alan and Margaret Pryce, Hollybank has grown into 12 garden centres and the UK's largest independent garden centre group. Thank you to our customers for an incredible journey. #HollybankSpring",
         "labels": [("contradicted", "1987"), ("contradicted", "12"), ("unsupported", "the UK's largest independent garden centre group")]},
        {"id": "hollybank-10", "network": "x",
         "post": "By popular demand, the Spring Sale now runs until Sunday 11 April! 🎉 And Club members get 15% off all plants. #HollybankSpring",
         "labels": [("contradicted", "Sunday 11 April"), ("contradicted", "15%")]},
        {"id": "hollybank-11", "network": "tiktok",
         "post": "Compost haul 🌱 50L peat-free multi-purpose, 3 bags for £20 in the Spring Sale. Need a last-minute top-up? We're open on Easter Sunday too! Tips from Priya Sandhu, our head of garden design, coming up next 👀 #HollybankSpring",
         "labels": [("contradicted", "We're open on Easter Sunday"), ("contradicted", "head of garden design")]},
    ],
}

RIVERBEND = {
    "brand": "Riverbend Urgent Care",
    "lang": "en",
    "facts": [
        "Riverbend Urgent Care is a network of 7 walk-in urgent care clinics in the Columbus, Ohio area, founded in 2012.",
        "The Dublin clinic, at 4120 Tuller Road, Dublin, OH 43017, is open 24 hours a day, every day.",
        "The other six Riverbend clinics are open 8 a.m. to 8 p.m. Monday through Friday, and 9 a.m. to 5 p.m. on Saturdays and Sundays.",
        "Riverbend's newest clinic opened on Monday, September 28, 2026, at 880 Polaris Parkway, Westerville, OH 43082.",
        "Free flu-shot clinics take place on Saturday, October 10 and Saturday, October 24, 2026, from 9 a.m. to 1 p.m. at every Riverbend clinic; no appointment needed; open to everyone aged 6 months and older.",
        "Outside the free flu-shot clinics, a flu shot costs $35 for patients without insurance.",
        "Riverbend accepts Medicare, Ohio Medicaid, Aetna, Anthem Blue Cross Blue Shield, Cigna, UnitedHealthcare and Medical Mutual.",
        "A basic self-pay visit costs $125.",
        "The average wait time across Riverbend clinics in September 2026 was 22 minutes.",
        "Patients can save their spot in line online at riverbendurgentcare.com/checkin.",
        "Riverbend's medical director is Dr. Angela Okafor, MD, board-certified in emergency medicine.",
        "Riverbend clinics handled 96,400 patient visits in 2025.",
        "On-site X-ray and lab testing are available at all 7 clinics.",
        "Riverbend received Columbus Business First's Best Places to Work award in 2025.",
        "The official hashtag is #FluShotRiverbend.",
    ],
    "brief": "Promote the free flu-shot Saturdays (October 10 and 24, 2026) and remind patients of hours, locations, accepted insurance and online check-in, in a reassuring, practical tone.",
    "posts": [
        {"id": "riverbend-01", "network": "facebook",
         "post": "💉 Free flu shots this fall! Saturday 10/10 and Saturday 10/24, 9am-1pm at all 7 Riverbend locations. No appointment needed, and everyone 6 months and up is welcome. #FluShotRiverbend #FluSeason",
         "labels": []},
        {"id": "riverbend-02", "network": "instagram",
         "post": "Two Saturdays. Zero cost. Four hours each 🙌 Walk in any time between 9 a.m. and 1 p.m. on October 10 or October 24 and get your flu shot for free at any Riverbend clinic. Tag someone who keeps putting it off 👇 #FluShotRiverbend",
         "labels": []},
        {"id": "riverbend-03", "network": "x",
         "post": "Feeling sick at 2 a.m.? Our Dublin clinic at 4120 Tuller Rd never closes, open 24/7 🏥 Save your spot online: https://riverbendurgentcare.com/checkin",
         "labels": []},
        {"id": "riverbend-04", "network": "linkedin",
         "post": "For 14 years, Riverbend Urgent Care has served the Columbus area. In 2025 our teams handled more than 96,000 patient visits, led by our medical director Dr. Angela Okafor, a board-certified emergency medicine physician. We're honored to have been named one of Columbus Business First's Best Places to Work in 2025.",
         "labels": []},
        {"id": "riverbend-05", "network": "bluesky",
         "post": "Insurance questions? We accept Medicare, Ohio Medicaid, Aetna, Anthem BCBS, Cigna, UnitedHealthcare and Medical Mutual. No insurance? A basic visit is $125 self-pay, and a flu shot outside our free Saturdays is $35. #FluShotRiverbend",
         "labels": []},
        {"id": "riverbend-06", "network": "mastodon",
         "post": "📍 New in Westerville: 880 Polaris Pkwy, open since Sept. 28. X-ray and lab testing on site, weekdays 8-8 and weekends 9-5. Average wait across our clinics in September: under 25 minutes.",
         "labels": []},
        {"id": "riverbend-07", "network": "instagram",
         "post": "🍂 Free flu shots on Saturday, October 17, 9am-1pm at every Riverbend clinic! No appointment needed, open to everyone age 3 and older. #FluShotRiverbend",
         "labels": [("contradicted", "October 17"), ("contradicted", "age 3")]},
        {"id": "riverbend-08", "network": "facebook",
         "post": "⏱️ Average wait time at Riverbend: under 15 minutes! And our clinics stay open until 10 p.m. on weekdays, so you can come after work. #FluShotRiverbend",
         "labels": [("contradicted", "under 15 minutes"), ("contradicted", "10 p.m.")]},
        {"id": "riverbend-09", "network": "x",
         "post": "No insurance, no problem: self-pay visits are just $99 at Riverbend, and you're guaranteed to be seen within 30 minutes. Check in at riverbendurgentcare.com/checkin",
         "labels": [("contradicted", "$99"), ("unsupported", "you're guaranteed to be seen within 30 minutes")]},
        {"id": "riverbend-10", "network": "linkedin",
         "post": "Meet Dr. Angela Okafor, chief executive officer of Riverbend Urgent Care since 2012. Under her leadership, Riverbend has become Ohio's top-rated urgent care network. #FluShotRiverbend",
         "labels": [("contradicted", "chief executive officer"), ("unsupported", "since 2012"), ("unsupported", "Ohio's top-rated urgent care network")]},
        {"id": "riverbend-11", "network": "tiktok",
         "post": "Our Westerville clinic at 880 Polaris Parkway is open 24/7 now 🙌 Missed the free Saturdays? A flu shot is only $25 without insurance. #FluShotRiverbend",
         "labels": [("contradicted", "24/7"), ("contradicted", "$25")]},
    ],
}

if __name__ == "__main__":
    build([PHARE, PANIER, HOLLYBANK, RIVERBEND], os.path.join(HERE, "blind16.jsonl"))
