"""Blind verify set 50: 4 fictional brands, 44 posts (22 clean), 22 fr / 22 en.

Brands and sectors:
- Thermes de l'Alzette (fr, Esch-sur-Alzette, Luxembourg): thermal spa and wellness centre, EUR.
- Chocolaterie Brunaud (fr, Bayonne, France): chocolate maker with 5 shops (Easter collection), EUR.
- Backwater Bloom Houseboats (en, Alappuzha, Kerala, India): houseboat cruises, INR.
- Ponderosa Sky Planetarium (en, Flagstaff, Arizona, US): nonprofit planetarium and observatory, USD.

Calendar checks (datetime.date(...).strftime("%A")):
- 2027-10-16 Saturday (Forêt de sel opens); 2027-11-14 Sunday (offer ends).
- 2027-03-06 Saturday, 2027-03-29 Monday (Easter collection); 2027-03-24 Wednesday;
  Easter Sunday 2027 is 2027-03-28 (dateutil.easter), not used in any clean post.
- 2026-10-02 Friday (Neelambari's first cruise); 2026-12-20 Sunday, 2027-01-05 Tuesday.
- 2027-06-11 Friday (premiere); 2027-06-12 Saturday; 2027-08-12 Thursday (Perseid Night);
  2027-08-13 Friday.

Arithmetic the clean posts rely on:
- Alzette: 36 - 29 = 7 EUR saving; 16 Oct - 14 Nov 2027 = 30 days inclusive; 212 400 > 210 000.
- Brunaud: 6-29 March = 24 days inclusive; 1921 -> 2027 = 106 years ("plus d'un siècle").
- Backwater Bloom: 15 % off 14,500 = 12,325 INR; noon to 9 am = 21 hours;
  2011 -> 2026 = 15 years; 2,380 reviews > 2,000.
- Ponderosa: 2 x 16 + 2 x 9 = 50 USD; 1998 -> 2027 = 29 years ("nearly 30");
  61,300 > 61,000; 8 pm - 1 am = 5 hours.

Written blind: the writer read only the brief, the dev.jsonl conventions section of
shared/data/README.md, verify/dev.jsonl, mkblind_common.py and avoid.txt; no engine code,
docs, other testdata or other mkblind scripts.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # mkblind_common.py is one folder up
from mkblind_common import build  # noqa: E402

C, U = "contradicted", "unsupported"

ALZETTE = {
    "brand": "Thermes de l'Alzette",
    "lang": "fr",
    "facts": [
        "Les Thermes de l'Alzette sont un centre thermal et de bien-être ouvert en 2009 à Esch-sur-Alzette, au Luxembourg.",
        "Le nouvel espace « Forêt de sel » ouvre le samedi 16 octobre 2027 : une grotte de sel, deux saunas finlandais et un bassin extérieur chauffé à 34 °C.",
        "Le centre est ouvert tous les jours de 9h à 22h, et jusqu'à 23h le vendredi et le samedi.",
        "L'entrée 3 heures coûte 24 € et l'entrée journée 36 €, accès à la « Forêt de sel » compris.",
        "Du 16 octobre au 14 novembre 2027, l'entrée journée est à 29 € au lieu de 36 €.",
        "Les saunas et la « Forêt de sel » sont réservés aux plus de 16 ans ; l'espace aquatique accueille les enfants dès 3 ans, accompagnés d'un adulte.",
        "En 2026, le centre a accueilli 212 400 visiteurs.",
        "Les bassins intérieurs et extérieurs totalisent 1 450 m² d'eau.",
        "La directrice du centre est Sophie Weber-Thill.",
        "Le massage « Minett » de 50 minutes coûte 78 €.",
        "Le centre se trouve au 12 rue du Laminoir, à Esch-sur-Alzette ; le parking de 320 places est gratuit pendant 4 heures pour les clients.",
        "Les réservations se font sur thermes-alzette.lu. Le hashtag de l'ouverture est #ForetDeSel.",
    ],
    "brief": "Annoncer l'ouverture de l'espace « Forêt de sel » le 16 octobre 2027 et l'offre de lancement sur l'entrée journée, sur un ton apaisant et chaleureux.",
    "posts": [
        {"id": "blind50-alzette-01", "network": "instagram",
         "post": "🧂✨ Samedi 16 octobre, la « Forêt de sel » ouvre ses portes aux Thermes de l'Alzette ! Grotte de sel, deux saunas finlandais et un bassin extérieur à 34 °C… On vous attend pour souffler un grand coup 🌿 #ForetDeSel"},
        {"id": "blind50-alzette-02", "network": "facebook",
         "post": "Offre de lancement 🎉 Du 16 octobre au 14 novembre, l'entrée journée passe à 29 € au lieu de 36 €, soit 7 € d'économie, « Forêt de sel » comprise. 30 jours pour en profiter ! Réservez sur thermes-alzette.lu #ForetDeSel"},
        {"id": "blind50-alzette-03", "network": "linkedin",
         "post": "Depuis 2009, les Thermes de l'Alzette font vivre le bien-être à Esch-sur-Alzette. Plus de 210 000 visiteurs en 2026 : merci ! Sous la direction de Sophie Weber-Thill, l'équipe ouvre le 16 octobre un nouvel espace, la « Forêt de sel ». #ForetDeSel"},
        {"id": "blind50-alzette-04", "network": "x",
         "post": "Vendredi soir = détente prolongée 🌙 Les Thermes de l'Alzette restent ouverts jusqu'à 23h le vendredi et le samedi. Entrée 3h à 24 €, parfait après une longue semaine. #ForetDeSel"},
        {"id": "blind50-alzette-05", "network": "instagram",
         "post": "Les petits nageurs sont les bienvenus 👶💦 L'espace aquatique accueille les enfants dès 3 ans avec un adulte. Les saunas et la Forêt de sel, eux, restent réservés aux plus de 16 ans, pour garder le calme 🤫 #ForetDeSel"},
        {"id": "blind50-alzette-06", "network": "facebook",
         "post": "1 450 m² d'eau, une grotte de sel et un massage « Minett » de 50 minutes à 78 € pour finir en beauté 💆 Rendez-vous au 12 rue du Laminoir, parking gratuit 4h pour nos clients. thermes-alzette.lu #ForetDeSel"},
        {"id": "blind50-alzette-07", "network": "x",
         "post": "🧂 Ouverture de la Forêt de sel ce dimanche 16 octobre, avec une coupe de crémant offerte à chaque visiteur ! Entrée journée à 29 € au lieu de 36 € jusqu'au 14 novembre. #ForetDeSel",
         "labels": [(C, "dimanche 16 octobre"), (U, "une coupe de crémant offerte à chaque visiteur")]},
        {"id": "blind50-alzette-08", "network": "instagram",
         "post": "Le bassin extérieur chauffé à 36 °C, c'est notre nouveau coup de cœur 💙 Et jusqu'au 30 novembre, l'entrée journée est à 29 € ! Réservez vite sur thermes-alzette.lu #ForetDeSel",
         "labels": [(C, "36 °C"), (C, "30 novembre")]},
        {"id": "blind50-alzette-09", "network": "linkedin",
         "post": "Les Thermes de l'Alzette, premier centre thermal du Luxembourg, ont accueilli 212 400 visiteurs en 2026. Avec la « Forêt de sel », ouverte le 16 octobre, nous créons 15 emplois supplémentaires. Fière de cette équipe ! Sophie Weber-Thill, directrice",
         "labels": [(U, "premier centre thermal du Luxembourg"), (U, "nous créons 15 emplois supplémentaires")]},
        {"id": "blind50-alzette-10", "network": "facebook",
         "post": "Famille bienvenue ! 👨‍👩‍👧 La Forêt de sel est ouverte à tous, enfants compris, et le parking de 320 places est gratuit toute la journée pour nos clients. Ouvert tous les jours dès 9h 🌿 #ForetDeSel",
         "labels": [(C, "ouverte à tous, enfants compris"), (C, "toute la journée")]},
        {"id": "blind50-alzette-11", "network": "tiktok",
         "post": "POV : tu sors d'un massage de 50 minutes à 65 € et tu files direct à la grotte de sel 🧂😌 Avec peignoir et serviette offerts à chaque visiteur ! #ForetDeSel #bienetre",
         "labels": [(C, "65 €"), (U, "peignoir et serviette offerts à chaque visiteur")]},
    ],
}

BRUNAUD = {
    "brand": "Chocolaterie Brunaud",
    "lang": "fr",
    "facts": [
        "La Chocolaterie Brunaud est une maison de chocolat fondée en 1921 à Bayonne par Léon Brunaud.",
        "La maison compte 5 boutiques au Pays basque : Bayonne, Biarritz, Anglet, Saint-Jean-de-Luz et Hendaye.",
        "Les fèves de cacao viennent du Pérou et de São Tomé ; elles sont torréfiées dans l'atelier de Bayonne, au 14 quai des Cordiers.",
        "La collection de Pâques 2027 est en vente du samedi 6 mars au lundi 29 mars 2027 dans les 5 boutiques et sur chocolat-brunaud.fr.",
        "Le moulage phare de Pâques, la « Poule de l'Adour » (350 g, chocolat au lait 41 %), coûte 32 €.",
        "Le sachet de fritures de Pâques (200 g) coûte 12,50 €.",
        "Du 20 au 29 mars 2027, un sachet de fritures est offert pour tout achat de 50 € ou plus en boutique.",
        "Le coffret de 24 bonbons de chocolat coûte 27,50 €.",
        "Une visite de l'atelier (45 minutes, dégustation comprise) a lieu chaque mercredi et chaque samedi à 10h30 ; elle coûte 9 € par adulte et est gratuite pour les moins de 8 ans.",
        "La cheffe chocolatière de la maison est Amaia Etxeberria.",
        "La maison est labellisée Entreprise du Patrimoine Vivant depuis 2019.",
        "La livraison à domicile est offerte dès 60 € d'achat sur chocolat-brunaud.fr.",
        "Le hashtag de la collection est #PaquesBrunaud.",
    ],
    "brief": "Faire connaître la collection de Pâques 2027 (du 6 au 29 mars) et l'offre fritures, sur un ton gourmand et familial.",
    "posts": [
        {"id": "blind50-brunaud-01", "network": "instagram",
         "post": "🐣 Elle est là ! La « Poule de l'Adour », 350 g de chocolat au lait 41 %, à 32 €. Toute la collection de Pâques vous attend du 6 au 29 mars dans nos 5 boutiques et sur chocolat-brunaud.fr 🍫 #PaquesBrunaud"},
        {"id": "blind50-brunaud-02", "network": "facebook",
         "post": "Plus d'un siècle de savoir-faire 🍫 Depuis 1921, à Bayonne, nos fèves du Pérou et de São Tomé sont torréfiées dans notre atelier. Entreprise du Patrimoine Vivant depuis 2019, et on en est fiers ! #PaquesBrunaud"},
        {"id": "blind50-brunaud-03", "network": "x",
         "post": "Du 20 au 29 mars, un sachet de fritures (200 g) offert dès 50 € d'achat en boutique 🐟🍫 Bayonne, Biarritz, Anglet, Saint-Jean-de-Luz ou Hendaye : à vous de choisir ! #PaquesBrunaud"},
        {"id": "blind50-brunaud-04", "network": "instagram",
         "post": "Les coulisses de l'atelier, ça vous tente ? 👀 Visite de 45 min avec dégustation chaque mercredi et samedi à 10h30 : 9 € pour les adultes, gratuit pour les moins de 8 ans. Vacances ou pas, on vous attend ! ✨ #PaquesBrunaud"},
        {"id": "blind50-brunaud-05", "network": "linkedin",
         "post": "Pâques 2027 chez Brunaud : 24 jours de collection, du samedi 6 au lundi 29 mars. Notre cheffe chocolatière Amaia Etxeberria signe une « Poule de l'Adour » au lait 41 % dont on est très fiers. Bravo à toute l'équipe ! #PaquesBrunaud"},
        {"id": "blind50-brunaud-06", "network": "x",
         "post": "🍫 Coffret de 24 bonbons de chocolat à 24,50 € : le cadeau parfait pour Pâques ! Et la livraison est offerte dès 50 € d'achat sur chocolat-brunaud.fr 🐣 #PaquesBrunaud",
         "labels": [(C, "24,50 €"), (C, "50 €", 1)]},
        {"id": "blind50-brunaud-07", "network": "facebook",
         "post": "Visite de l'atelier chaque mercredi et samedi à 10h30 🍫 45 minutes de découverte avec dégustation, 9 € par adulte, gratuit pour les moins de 12 ans, et chaque enfant repart avec son œuf en chocolat ! #PaquesBrunaud",
         "labels": [(C, "12 ans"), (U, "chaque enfant repart avec son œuf en chocolat")]},
        {"id": "blind50-brunaud-08", "network": "instagram",
         "post": "Notre Poule de l'Adour en chocolat noir 70 % 🐔 350 g de pur bonheur à 32 €, à retrouver dans nos 6 boutiques du Pays basque jusqu'au 29 mars ! Qui craque ? 🙋 #PaquesBrunaud",
         "labels": [(C, "noir 70 %"), (C, "6")]},
        {"id": "blind50-brunaud-09", "network": "linkedin",
         "post": "Fondée en 1921 par Louis Brunaud, la Chocolaterie Brunaud a été élue meilleur chocolatier de France 🏆 Une reconnaissance qui salue plus d'un siècle de travail à Bayonne et dans nos 5 boutiques du Pays basque. #PaquesBrunaud",
         "labels": [(C, "Louis Brunaud"), (U, "élue meilleur chocolatier de France")]},
        {"id": "blind50-brunaud-10", "network": "tiktok",
         "post": "POV : tu croques dans une friture Brunaud 🐟🤤 Le sachet de 200 g est à 12,50 €, et il est OFFERT dès 40 € d'achat en boutique du 20 au 29 mars ! #PaquesBrunaud #chocolat",
         "labels": [(C, "40 €")]},
        {"id": "blind50-brunaud-11", "network": "facebook",
         "post": "🐣 La collection de Pâques arrive ce samedi 6 mars dans toutes nos boutiques ! Et pour l'occasion, chasse aux œufs géante à l'atelier de Bayonne le dimanche 21 mars à 15h. Venez en famille ! #PaquesBrunaud",
         "labels": [(U, "chasse aux œufs géante à l'atelier de Bayonne le dimanche 21 mars à 15h")]},
    ],
}

BLOOM = {
    "brand": "Backwater Bloom Houseboats",
    "lang": "en",
    "facts": [
        "Backwater Bloom is a houseboat cruise company founded in 2011 in Alappuzha, Kerala, by Anil Mathew.",
        "The fleet has 14 traditional kettuvallam houseboats, 4 of them with solar-powered engines.",
        "The new three-bedroom houseboat Neelambari makes its first cruise on Friday 2 October 2026.",
        "Overnight cruises leave from the Punnamada jetty in Alappuzha; check-in is at 12 noon and check-out at 9 am the next morning.",
        "An overnight cruise costs ₹14,500 on a one-bedroom houseboat for two guests, ₹22,000 on a two-bedroom houseboat for up to four guests and ₹31,000 on Neelambari for up to six guests; all meals on board are included.",
        "A day cruise (11 am to 5 pm, lunch included) costs ₹7,800 per boat for up to four guests.",
        "Bookings made by 15 November 2026 get 15% off overnight cruises between 20 December 2026 and 5 January 2027.",
        "Meals are cooked on board by each boat's own cook and feature Kerala dishes such as karimeen fry and appam with stew.",
        "Air-conditioning in the bedrooms runs from 9 pm to 6 am.",
        "Cancellation is free up to 7 days before departure.",
        "Backwater Bloom holds a 4.7/5 rating from 2,380 Google reviews.",
        "Bookings are made at backwaterbloom.in; the official hashtag is #DriftWithBloom.",
    ],
    "brief": "Launch the new houseboat Neelambari and push early bookings for the festive season (15% off when booking by 15 November 2026).",
    "posts": [
        {"id": "blind50-bloom-01", "network": "instagram",
         "post": "🌴 Meet Neelambari, our new three-bedroom houseboat! She sets off on her first cruise on Friday 2 October from Punnamada jetty, with room for up to six guests at ₹31,000 a night, all meals included 🛶 #DriftWithBloom"},
        {"id": "blind50-bloom-02", "network": "facebook",
         "post": "Plan your festive escape early 🎄 Book by 15 November and get 15% off overnight cruises between 20 December and 5 January. That's ₹12,325 instead of ₹14,500 for two on a one-bedroom boat! backwaterbloom.in #DriftWithBloom"},
        {"id": "blind50-bloom-03", "network": "x",
         "post": "Check in at noon, check out at 9 am: 21 hours on the backwaters of Alappuzha 🌅 with karimeen fry and appam cooked on board by your boat's own cook. Bliss. #DriftWithBloom #Kerala"},
        {"id": "blind50-bloom-04", "network": "linkedin",
         "post": "Fifteen years after Anil Mathew founded Backwater Bloom in Alappuzha, our fleet counts 14 kettuvallams, 4 of them solar-powered, and we're rated 4.7/5 across more than 2,000 Google reviews. Thank you for sailing with us 🙏 #DriftWithBloom"},
        {"id": "blind50-bloom-05", "network": "instagram",
         "post": "Only have a day? ☀️ Our day cruise runs 11 am to 5 pm with lunch on board, ₹7,800 per boat for up to four. And plans change, we get it: cancel free up to 7 days before you sail. backwaterbloom.in #DriftWithBloom"},
        {"id": "blind50-bloom-06", "network": "x",
         "post": "Neelambari's maiden cruise is on Saturday 2 October 🛶 Three bedrooms, up to eight guests, all meals included! The backwaters are calling. Book now at backwaterbloom.in #DriftWithBloom",
         "labels": [(C, "Saturday 2 October"), (C, "eight")]},
        {"id": "blind50-bloom-07", "network": "facebook",
         "post": "Festive season deal 🎉 Book by 30 November and save 20% on overnight cruises from 20 December to 5 January. Free airport pickup from Kochi included with every booking! #DriftWithBloom",
         "labels": [(C, "30 November"), (C, "20%"), (U, "Free airport pickup from Kochi included with every booking")]},
        {"id": "blind50-bloom-08", "network": "instagram",
         "post": "Air-conditioned bedrooms round the clock, your own cook on every boat and sunset views over the backwaters 😍 Two-bedroom houseboat for up to four guests at ₹20,000 a night. #DriftWithBloom",
         "labels": [(C, "round the clock"), (C, "₹20,000")]},
        {"id": "blind50-bloom-09", "network": "linkedin",
         "post": "Proud to share that Backwater Bloom, founded in 2011 by Anil Mathew, now runs Kerala's largest solar-powered houseboat fleet ☀️ 4 of our 14 boats are solar-assisted, and we're aiming for a fully electric fleet by 2030. #DriftWithBloom",
         "labels": [(U, "Kerala's largest solar-powered houseboat fleet"), (U, "we're aiming for a fully electric fleet by 2030")]},
        {"id": "blind50-bloom-10", "network": "tiktok",
         "post": "POV: you wake up on a houseboat in Alappuzha 🌅 Check-out isn't till 11 am, breakfast is on board, and the view is unreal 😍 Rated 4.9/5 on Google! #DriftWithBloom #Kerala",
         "labels": [(C, "11 am"), (C, "4.9/5")]},
        {"id": "blind50-bloom-11", "network": "facebook",
         "post": "Cancel for free up to 48 hours before departure 🙌 No stress, just backwaters. One-bedroom overnight cruises from ₹14,500 for two, all meals on board, plus a free sunset canoe ride. Book at backwaterbloom.in #DriftWithBloom",
         "labels": [(C, "48 hours"), (U, "a free sunset canoe ride")]},
    ],
}

PONDEROSA = {
    "brand": "Ponderosa Sky Planetarium",
    "lang": "en",
    "facts": [
        "Ponderosa Sky Planetarium is a nonprofit planetarium and public observatory that opened in 1998 in Flagstaff, Arizona.",
        "The new dome show \"Ring World: Saturn Up Close\" premieres on Friday 11 June 2027; it lasts 35 minutes and is narrated by astronomer Dr. Lena Ortiz.",
        "The dome is 52 feet wide and seats 140 people.",
        "Dome shows run Tuesday to Sunday at 11 am, 1 pm and 3 pm; the planetarium is closed on Mondays.",
        "Dome show tickets cost $16 for adults, $13 for seniors (65+) and $9 for children aged 4 to 12; children under 4 get in free.",
        "Telescope nights take place every Friday and Saturday from 8 pm to 10 pm, weather permitting, for $12 per person.",
        "Members get free entry to all dome shows; a family membership costs $95 a year and covers two adults and up to three children.",
        "The Perseid Night star party takes place on Thursday 12 August 2027 from 8 pm to 1 am on the observatory lawn, free for everyone.",
        "The planetarium welcomed 61,300 visitors in 2026.",
        "The executive director is Marcus Bell.",
        "The planetarium is at 2150 N Kachina Trail, Flagstaff; parking is free.",
        "Tickets are sold at ponderosasky.org; the official hashtag is #RingWorldAZ.",
    ],
    "brief": "Promote the premiere of Ring World: Saturn Up Close (11 June 2027) and summer visits, in a curious, family-friendly tone.",
    "posts": [
        {"id": "blind50-ponderosa-01", "network": "instagram",
         "post": "🪐 Saturn like you've never seen it! \"Ring World: Saturn Up Close\" premieres Friday, June 11 under our 52-foot dome. 35 minutes, narrated by astronomer Dr. Lena Ortiz. Grab your seats 👉 ponderosasky.org #RingWorldAZ"},
        {"id": "blind50-ponderosa-02", "network": "facebook",
         "post": "Family day out? 👨‍👩‍👧‍👦 Two adults and two kids aged 4–12 can catch a dome show for $50 total, and little ones under 4 get in free! Shows Tuesday to Sunday at 11, 1 and 3. #RingWorldAZ"},
        {"id": "blind50-ponderosa-03", "network": "x",
         "post": "Clear skies this weekend? 🔭 Telescope nights every Friday and Saturday, 8–10 pm, $12 a person (weather permitting). Come look up with us in Flagstaff! #RingWorldAZ #stargazing"},
        {"id": "blind50-ponderosa-04", "network": "tiktok",
         "post": "POV: 140 people, one giant dome, and Saturn's rings right above your head 🤯🪐 Ring World premieres June 11 in Flagstaff. Who's coming? #RingWorldAZ #space"},
        {"id": "blind50-ponderosa-05", "network": "linkedin",
         "post": "Nearly 30 years after opening in 1998, Ponderosa Sky Planetarium welcomed more than 61,000 visitors in 2026. Thank you, Flagstaff! Our executive director Marcus Bell and the team can't wait to share Ring World, from June 11. #RingWorldAZ"},
        {"id": "blind50-ponderosa-06", "network": "facebook",
         "post": "Mark your calendars 🌠 Perseid Night is Thursday, August 12, 8 pm to 1 am on the observatory lawn, and it's free for everyone. Five hours of shooting stars! 2150 N Kachina Trail, free parking. #RingWorldAZ"},
        {"id": "blind50-ponderosa-07", "network": "x",
         "post": "Ring World: Saturn Up Close premieres Saturday, June 12! 🪐 A 45-minute journey through the rings, narrated by Dr. Lena Ortiz. Tickets at ponderosasky.org #RingWorldAZ",
         "labels": [(C, "Saturday, June 12"), (C, "45-minute")]},
        {"id": "blind50-ponderosa-08", "network": "instagram",
         "post": "Shows every day at 11 am, 1 pm and 3 pm ☀️ Adults $16, kids 4–12 $9, and seniors get in free on Wednesdays! Plan your summer visit 👉 ponderosasky.org #RingWorldAZ",
         "labels": [(C, "every day"), (C, "seniors get in free on Wednesdays")]},
        {"id": "blind50-ponderosa-09", "network": "facebook",
         "post": "Become a member 🌌 For $85 a year, a family membership covers two adults and up to three children, with free entry to every dome show. Members also get 10% off in our gift shop! #RingWorldAZ",
         "labels": [(C, "$85"), (U, "Members also get 10% off in our gift shop")]},
        {"id": "blind50-ponderosa-10", "network": "linkedin",
         "post": "Ponderosa Sky Planetarium, Arizona's largest planetarium, is thrilled to premiere Ring World on June 11, narrated by NASA astronomer Dr. Lena Ortiz. A big thank-you to Marcus Bell, our founder, and the whole team. #RingWorldAZ",
         "labels": [(U, "Arizona's largest planetarium"), (U, "NASA"), (C, "founder")]},
        {"id": "blind50-ponderosa-11", "network": "tiktok",
         "post": "Perseid Night 🌠 Friday, August 13, 8 pm till midnight on our lawn! Free for everyone, so bring a blanket and your best wish 💫 #RingWorldAZ #Perseids",
         "labels": [(C, "Friday, August 13"), (C, "midnight")]},
    ],
}

build([ALZETTE, BRUNAUD, BLOOM, PONDEROSA], os.path.join(HERE, "blind50.jsonl"))
