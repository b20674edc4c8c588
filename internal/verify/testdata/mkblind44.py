"""Blind verify set 44: 4 fictional brands, 44 posts (22 clean), 11 posts per brand.

Brands and sectors:
- Optique Mirabelle (fr, France, Nancy/Metz): optician chain.
- La Dalle Rouge (fr, Québec, Trois-Rivières): indoor climbing gym.
- Cogwheel Commons (en, UK, Govan, Glasgow): community bike-repair workshop.
- Banksia Shire Libraries (en, Australia, New South Wales): public library service.

Calendar checks (datetime):
- Thu 8 Apr 2027 (Metz opening); Sat 15 May 2027 (end of 2nd-pair offer); 8 Apr-15 May = 38 days
  inclusive, i.e. more than five weeks; Fri 8 Apr 2027 is wrong (8 Apr is a Thursday).
- Sat 18 Sep 2027 (bouldering room opening; "dimanche 18 septembre" is wrong);
  Tue 7 Sep 2027 and Thu 30 Sep 2027 (annual-membership offer).
- Sat 1 May 2027 to Fri 14 May 2027 (Fix Your Bike Fortnight, 14 days); open-workshop sessions in
  it: Sat 1, Wed 5, Thu 6, Sat 8, Wed 12, Thu 13 May = 6 sessions.
- Tue 11 May 2027 (course start; 8 Tuesdays, last Tue 29 Jun); 12 May 2027 is a Wednesday.
- Mon 28 Jun 2027 to Sun 8 Aug 2027 (Winter Reading Challenge, 42 days = six weeks);
  Sat 7 Aug 2027 is not the end date.
- Thu 15 Jul 2027 (author talk; "Friday 15 July" is wrong).
- Thu 1 Jul 2027 / Wed 1 Jul 2026 (fines abolished 1 July 2026).

Arithmetic used by clean posts:
- Lenses: 19,90 € x 12 = 238,80 € -> "moins de 240 € sur un an".
- Climbing annual offer: 790 $ - 690 $ = 100 $ saving; 690 $ / 12 = 57,50 $ per month.
- Climbing family day: 2 x 22 $ + 2 x 16 $ = 76 $ (before taxes).
- Bike course: 8 weeks x 2 h = 16 hours; £120 / 8 = £15 a session.
- Bike membership: £15 concession = half of £30.
- 3D printing: 50 g x 20 cents = $10.
- eLibrary: 14,500 = 14.5k.

Written blind: the writer read only the "verify/dev.jsonl conventions" section of /work/shared/data/README.md, /work/shared/data/verify/dev.jsonl and mkblind_common.py; no engine code, docs, other testdata or other mkblind scripts.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mkblind_common import build  # noqa: E402

C, U = "contradicted", "unsupported"

MIRABELLE = {
    "brand": "Optique Mirabelle",
    "lang": "fr",
    "facts": [
        "Optique Mirabelle est une chaîne d'opticiens fondée en 1989 à Nancy par Sylvie Roussel.",
        "Avant l'ouverture de Metz, le réseau compte 36 magasins, tous situés dans le Grand Est.",
        "Le 37e magasin Optique Mirabelle ouvre le jeudi 8 avril 2027 au 22 rue Serpenoise, à Metz.",
        "Le magasin de Metz est ouvert du lundi au samedi, de 9h30 à 19h.",
        "Du 8 avril au 15 mai 2027, pour l'achat d'une paire de lunettes de vue à partir de 150 €, la deuxième paire de vue est à 1 €, dans tous les magasins.",
        "L'examen de vue est gratuit, dure environ 20 minutes et se fait uniquement sur rendez-vous.",
        "Les montures de la collection « Atelier Mirabelle » sont fabriquées dans le Jura et coûtent 129 €.",
        "L'abonnement lentilles mensuelles coûte 19,90 € par mois, sans engagement.",
        "Les petites réparations (vis, plaquettes) sont gratuites dans tous les magasins, même pour des lunettes achetées ailleurs.",
        "Le magasin de Metz est dirigé par Karim Benali, opticien-optométriste.",
        "Les rendez-vous se prennent sur optique-mirabelle.fr/rdv.",
        "Le hashtag de l'ouverture est #MirabelleMetz.",
    ],
    "brief": "Annoncer l'ouverture du magasin de Metz le 8 avril 2027 et promouvoir l'offre « deuxième paire à 1 € », sur un ton proche et rassurant.",
    "posts": [
        {"id": "optique-mirabelle-01", "network": "instagram",
         "post": "👓 Metz, c'est pour jeudi ! Le 8 avril, Optique Mirabelle ouvre son 37e magasin au 22 rue Serpenoise. Karim Benali et son équipe ont hâte de vous y accueillir, du lundi au samedi de 9h30 à 19h ✨ #MirabelleMetz",
         "labels": []},
        {"id": "optique-mirabelle-02", "network": "facebook",
         "post": "Deux paires, et le sourire en prime 😉 Du 8 avril au 15 mai, pour toute paire de lunettes de vue à partir de 150 €, la deuxième paire de vue est à 1 € seulement, dans tous nos magasins. Plus de cinq semaines pour en profiter ! Prenez rendez-vous sur optique-mirabelle.fr/rdv #MirabelleMetz",
         "labels": []},
        {"id": "optique-mirabelle-03", "network": "linkedin",
         "post": "Fondée à Nancy en 1989 par Sylvie Roussel, Optique Mirabelle poursuit son développement dans le Grand Est : après 36 magasins, nous ouvrons le 37e à Metz, le jeudi 8 avril 2027. Il sera dirigé par Karim Benali, opticien-optométriste. Une belle étape pour toute l'équipe 🙏 #MirabelleMetz",
         "labels": []},
        {"id": "optique-mirabelle-04", "network": "x",
         "post": "Une vis qui se fait la malle ? 🔧 Les petites réparations (vis, plaquettes) sont gratuites dans tous nos magasins, même si vos lunettes viennent d'ailleurs. Et l'examen de vue ? Gratuit aussi, une vingtaine de minutes, sur RDV : optique-mirabelle.fr/rdv",
         "labels": []},
        {"id": "optique-mirabelle-05", "network": "tiktok",
         "post": "Made in Jura 🏔️ Les montures Atelier Mirabelle sont à 129 €, et en ce moment ta deuxième paire de vue est à 1 € pour une première paire dès 150 € 👓 Jusqu'à mi-mai ! #lunettes #MirabelleMetz",
         "labels": []},
        {"id": "optique-mirabelle-06", "network": "instagram",
         "post": "Lentilles mensuelles : 19,90 €/mois, sans engagement 👁️ Soit moins de 240 € sur un an pour voir la vie en net ! On vous explique tout en magasin 💬 #optique",
         "labels": []},
        {"id": "optique-mirabelle-07", "network": "facebook",
         "post": "📍 Metz, rendez-vous ce vendredi 8 avril au 22 rue Serpenoise ! Karim Benali et son équipe vous accueillent dès 9h. Un étui à lunettes offert aux 100 premiers visiteurs 🎁 #MirabelleMetz",
         "labels": [(C, "vendredi 8 avril"), (C, "9h"),
                    (U, "Un étui à lunettes offert aux 100 premiers visiteurs")]},
        {"id": "optique-mirabelle-08", "network": "x",
         "post": "👓 Votre deuxième paire de vue à 1 € jusqu'au 31 mai, dès 100 € d'achat ! Dans tous nos magasins. #MirabelleMetz",
         "labels": [(C, "31 mai"), (C, "100 €")]},
        {"id": "optique-mirabelle-09", "network": "linkedin",
         "post": "Fondée en 1992 à Nancy par Sylvie Roussel, Optique Mirabelle ouvre le 8 avril son 37e magasin, à Metz. Premier réseau d'opticiens indépendants du Grand Est, nous restons fidèles à notre promesse : un conseil humain et de proximité. #MirabelleMetz",
         "labels": [(C, "1992"), (U, "Premier réseau d'opticiens indépendants du Grand Est")]},
        {"id": "optique-mirabelle-10", "network": "instagram",
         "post": "Nos montures Atelier Mirabelle, fabriquées dans le Jura, à 119 € 😍 L'examen de vue est gratuit et sans rendez-vous, environ 20 minutes. Le magasin de Metz vous accueille du lundi au dimanche ! #MirabelleMetz",
         "labels": [(C, "119 €"), (C, "sans rendez-vous"), (C, "du lundi au dimanche")]},
        {"id": "optique-mirabelle-11", "network": "tiktok",
         "post": "Abonnement lentilles mensuelles à 17,90 €/mois, sans engagement 👁️ Et les petites réparations sont gratuites, uniquement pour les lunettes achetées chez nous. Karim Benali, notre ophtalmologue, t'attend à Metz ! #MirabelleMetz",
         "labels": [(C, "17,90 €"), (C, "uniquement pour les lunettes achetées chez nous"),
                    (C, "ophtalmologue")]},
    ],
}

DALLE = {
    "brand": "La Dalle Rouge",
    "lang": "fr",
    "facts": [
        "La Dalle Rouge est un centre d'escalade intérieure fondé en 2016 à Trois-Rivières par Mélanie Gagnon et Olivier Tremblay.",
        "Le centre est situé au 2250, boulevard des Récollets, à Trois-Rivières.",
        "Le centre propose 120 voies de corde, sur des murs allant jusqu'à 14 mètres de hauteur.",
        "La nouvelle salle de bloc de 450 m² ouvre le samedi 18 septembre 2027.",
        "Le centre est ouvert du lundi au vendredi de 6 h à 22 h, et le samedi et le dimanche de 9 h à 21 h.",
        "L'entrée à la journée coûte 22 $ pour les adultes et 16 $ pour les 6 à 17 ans, taxes en sus.",
        "L'abonnement mensuel coûte 79 $ et l'abonnement annuel 790 $.",
        "Du mardi 7 au jeudi 30 septembre 2027, l'abonnement annuel est à 690 $ au lieu de 790 $ pour les nouveaux membres.",
        "Le cours d'initiation dure 2 h et coûte 45 $, location du baudrier et des chaussons incluse ; il a lieu le mardi et le jeudi à 18 h 30.",
        "Les enfants de moins de 14 ans doivent être accompagnés d'un adulte en tout temps.",
        "Le site du centre est ladallerouge.ca.",
        "Le mot-clic officiel est #DalleRouge.",
    ],
    "brief": "Annoncer l'ouverture de la nouvelle salle de bloc le 18 septembre 2027 et recruter de nouveaux membres avec l'offre de la rentrée, sur un ton énergique et accueillant.",
    "posts": [
        {"id": "dalle-rouge-01", "network": "instagram",
         "post": "🧗‍♀️ Ça y est, la date est fixée : notre nouvelle salle de bloc de 450 m² ouvre le samedi 18 septembre ! On a tellement hâte de vous voir grimper 🔥 2250, boul. des Récollets, Trois-Rivières #DalleRouge",
         "labels": []},
        {"id": "dalle-rouge-02", "network": "facebook",
         "post": "Nouveaux membres, c'est le moment ! 💪 Du 7 au 30 septembre, l'abonnement annuel passe à 690 $ au lieu de 790 $ : 100 $ d'économie. Ça revient à 57,50 $ par mois, bien moins que l'abonnement mensuel à 79 $ 😉 Infos : ladallerouge.ca #DalleRouge",
         "labels": []},
        {"id": "dalle-rouge-03", "network": "x",
         "post": "Jamais grimpé ? 🙋 Le cours d'initiation (2 h, 45 $, baudrier et chaussons inclus) a lieu les mardis et jeudis à 18 h 30. Infos sur ladallerouge.ca #DalleRouge #escalade",
         "labels": []},
        {"id": "dalle-rouge-04", "network": "linkedin",
         "post": "Depuis 2016, Mélanie Gagnon et Olivier Tremblay font grandir La Dalle Rouge à Trois-Rivières. Avec 120 voies de corde jusqu'à 14 mètres et, dès le 18 septembre, une salle de bloc de 450 m², notre communauté a de quoi s'épanouir. Merci à toutes celles et ceux qui grimpent avec nous 🙏 #DalleRouge",
         "labels": []},
        {"id": "dalle-rouge-05", "network": "tiktok",
         "post": "POV : tu grimpes avant le boulot ☕🧗 On ouvre à 6 h en semaine ! Et en famille (2 adultes + 2 jeunes de 6 à 17 ans), la journée revient à 76 $ avant taxes. #DalleRouge #escalade",
         "labels": []},
        {"id": "dalle-rouge-06", "network": "instagram",
         "post": "🎉 Grande ouverture de la salle de bloc le dimanche 18 septembre ! 600 m² de blocs tout neufs, et une journée d'essai gratuite pour tous les visiteurs 🧗‍♂️ #DalleRouge",
         "labels": [(C, "dimanche 18 septembre"), (C, "600 m²"),
                    (U, "une journée d'essai gratuite pour tous les visiteurs")]},
        {"id": "dalle-rouge-07", "network": "facebook",
         "post": "Offre de la rentrée 🍁 L'abonnement annuel à 690 $ au lieu de 790 $, jusqu'au 15 octobre, pour tous les membres ! ladallerouge.ca #DalleRouge",
         "labels": [(C, "15 octobre"), (C, "pour tous les membres")]},
        {"id": "dalle-rouge-08", "network": "bluesky",
         "post": "Envie d'essayer ? L'entrée à la journée est à 20 $ pour les adultes, taxes incluses, et 16 $ pour les 6 à 17 ans 🧗 #DalleRouge",
         "labels": [(C, "20 $"), (C, "taxes incluses")]},
        {"id": "dalle-rouge-09", "network": "linkedin",
         "post": "Fondée en 2016 à Trois-Rivières par Mélanie Gagnon et Olivier Tremblay, La Dalle Rouge est aujourd'hui le plus grand centre d'escalade du Québec, avec 150 voies de corde jusqu'à 14 mètres. #DalleRouge",
         "labels": [(U, "le plus grand centre d'escalade du Québec"), (C, "150")]},
        {"id": "dalle-rouge-10", "network": "tiktok",
         "post": "Jamais grimpé ? Le cours d'initiation, c'est 3 h pour 45 $, chaussons et baudrier inclus, les lundis à 18 h 30 🙌 Et dès 12 ans, tu peux grimper seul ! #DalleRouge",
         "labels": [(C, "3 h"), (C, "les lundis"), (C, "12 ans")]},
        {"id": "dalle-rouge-11", "network": "facebook",
         "post": "Lève-tôt du week-end ? Le samedi, on ouvre dès 7 h ☀️ Et pour votre première visite, un coach personnel vous est offert ! On vous attend au 2520, boulevard des Récollets. #DalleRouge",
         "labels": [(C, "7 h"), (U, "un coach personnel vous est offert"), (C, "2520")]},
    ],
}

COGWHEEL = {
    "brand": "Cogwheel Commons",
    "lang": "en",
    "facts": [
        "Cogwheel Commons is a community bike-repair workshop and registered charity founded in 2015 in Govan, Glasgow.",
        "The workshop is at 41 Langlands Road, Govan, Glasgow.",
        "Open-workshop sessions run every Wednesday and Thursday from 5:30 pm to 8:30 pm, and every Saturday from 10 am to 2 pm.",
        "Open-workshop sessions are pay-what-you-can, with a suggested donation of £5; use of tools and repair stands is included.",
        "Annual membership costs £30, or £15 for concessions, and gives 10% off parts.",
        "Fix Your Bike Fortnight runs from Saturday 1 May to Friday 14 May 2027.",
        "During Fix Your Bike Fortnight, bike safety checks (brakes, tyres and chain) are free for everyone at every open-workshop session, with no booking needed.",
        "The 8-week Bike Mechanics Basics course starts on Tuesday 11 May 2027, runs on Tuesdays from 6 pm to 8 pm, costs £120 and is limited to 10 places.",
        "Since 2015, volunteers have refurbished 2,430 donated bikes.",
        "Refurbished bikes are sold from £60, and each comes with a free check-up within 3 months of purchase.",
        "The workshop coordinator is Priya Nandakumar.",
        "The website is cogwheelcommons.org.uk and the official hashtag is #FixYourBikeFortnight.",
    ],
    "brief": "Promote Fix Your Bike Fortnight (1-14 May 2027) and fill the Bike Mechanics Basics course, in a friendly, down-to-earth tone.",
    "posts": [
        {"id": "cogwheel-commons-01", "network": "instagram",
         "post": "🚲 Fix Your Bike Fortnight is here! From Sat 1 May to Fri 14 May, free safety checks (brakes, tyres & chain) at every open-workshop session, no booking needed 🔧 That's six sessions to pop in! 41 Langlands Road, Govan #FixYourBikeFortnight",
         "labels": []},
        {"id": "cogwheel-commons-02", "network": "facebook",
         "post": "Always wanted to fix your own bike? 🛠️ Our 8-week Bike Mechanics Basics course starts Tuesday 11 May: Tuesdays 6–8pm, 16 hours of hands-on learning for £120, so just £15 a session. Only 10 places! Details at cogwheelcommons.org.uk",
         "labels": []},
        {"id": "cogwheel-commons-03", "network": "x",
         "post": "Pay what you can 💛 Open workshop Wed & Thu 5:30–8:30pm and Sat 10am–2pm. Suggested donation £5, tools and stands included. #FixYourBikeFortnight",
         "labels": []},
        {"id": "cogwheel-commons-04", "network": "linkedin",
         "post": "Since 2015, our volunteers in Govan have given a second life to more than 2,400 donated bikes 🙌 A huge thank you to our coordinator Priya Nandakumar and to everyone who turns a spanner with us. Community repair works. #FixYourBikeFortnight #circulareconomy",
         "labels": []},
        {"id": "cogwheel-commons-05", "network": "tiktok",
         "post": "Refurbished bikes from £60 🚲 and every one comes with a free check-up within three months ✅ #bikelife #Glasgow",
         "labels": []},
        {"id": "cogwheel-commons-06", "network": "mastodon",
         "post": "Join Cogwheel Commons for £30 a year, or half that with a concession, and get 10% off parts 🔩 Every membership keeps our Govan workshop turning. cogwheelcommons.org.uk #Glasgow #cycling",
         "labels": []},
        {"id": "cogwheel-commons-07", "network": "instagram",
         "post": "Free safety checks all May long 🔧 Brakes, tyres and chain, for everyone! Just book your slot online at cogwheelcommons.org.uk #FixYourBikeFortnight",
         "labels": [(C, "all May long"), (C, "book your slot online")]},
        {"id": "cogwheel-commons-08", "network": "facebook",
         "post": "Bike Mechanics Basics starts Tuesday 12 May 🔧 Eight Tuesday evenings, 6–8pm, for £100. Only 12 places, grab yours! #FixYourBikeFortnight",
         "labels": [(C, "Tuesday 12 May"), (C, "£100"), (C, "12", 1)]},
        {"id": "cogwheel-commons-09", "network": "x",
         "post": "Saturday open workshop now runs 9am–1pm at 14 Langlands Road, Govan 🚲 Pay what you can, suggested donation £5.",
         "labels": [(C, "9am–1pm"), (C, "14 Langlands Road")]},
        {"id": "cogwheel-commons-10", "network": "linkedin",
         "post": "Founded in 2013 in Govan, Cogwheel Commons has refurbished over 3,000 donated bikes 🚲 Proud to be Scotland's largest community bike workshop, with coordinator Priya Nandakumar at the helm.",
         "labels": [(C, "2013"), (C, "over 3,000"), (U, "Scotland's largest community bike workshop")]},
        {"id": "cogwheel-commons-11", "network": "tiktok",
         "post": "Refurbished bikes from £45 😱 and every bike comes with a free helmet and a lifetime guarantee! Come see us at 41 Langlands Road. #bikelife",
         "labels": [(C, "£45"), (U, "a free helmet"), (U, "a lifetime guarantee")]},
    ],
}

BANKSIA = {
    "brand": "Banksia Shire Libraries",
    "lang": "en",
    "facts": [
        "Banksia Shire Libraries runs 7 branch libraries across Banksia Shire, New South Wales, and a mobile library that visits 12 villages every fortnight.",
        "Library membership is free for anyone who lives, works or studies in New South Wales.",
        "Members can borrow up to 25 items at a time, for a standard loan period of 3 weeks.",
        "Overdue fines were abolished on 1 July 2026; replacement charges still apply to lost items.",
        "The Winter Reading Challenge runs from Monday 28 June to Sunday 8 August 2027 and is open to children aged 5 to 12.",
        "Children who read 10 books during the Winter Reading Challenge receive a certificate and a free book.",
        "Bestselling crime novelist Harriet Quayle gives a free author talk at Banksia Central Library on Thursday 15 July 2027 at 6:30 pm; bookings are required, with 80 seats available.",
        "Banksia Central Library, at 12 Kingfisher Street, Port Banksia, is open Monday to Friday 9 am–7 pm and Saturday 10 am–4 pm; it is closed on Sundays.",
        "The eLibrary offers 14,500 eBooks and eAudiobooks through the Libby app.",
        "3D printing is available at Banksia Central Library only, at 20 cents per gram.",
        "The Manager of Library Services is Daniel Okafor.",
        "Bookings and information: banksialibraries.com.au/winter. The official hashtag is #BanksiaReads.",
    ],
    "brief": "Promote the 2027 Winter Reading Challenge and the Harriet Quayle author talk, and remind the community that membership is free, in a warm, inclusive tone.",
    "posts": [
        {"id": "banksia-libraries-01", "network": "instagram",
         "post": "📚 The Winter Reading Challenge is back! Six weeks of stories, from Mon 28 June to Sun 8 August, for kids aged 5–12. Read 10 books and take home a certificate AND a free book 🎉 #BanksiaReads",
         "labels": []},
        {"id": "banksia-libraries-02", "network": "facebook",
         "post": "An evening with Harriet Quayle 🔍 The bestselling crime novelist comes to Banksia Central Library on Thursday 15 July at 6.30pm. It's free, but with only 80 seats, bookings are essential: banksialibraries.com.au/winter #BanksiaReads",
         "labels": []},
        {"id": "banksia-libraries-03", "network": "x",
         "post": "No more overdue fines 🙌 (gone since July 2026). Borrow up to 25 items for three weeks at a time, and membership is free if you live, work or study in NSW. #BanksiaReads #libraries",
         "labels": []},
        {"id": "banksia-libraries-04", "network": "linkedin",
         "post": "14.5k eBooks and eAudiobooks on Libby, 7 branch libraries, and a mobile library reaching 12 villages every fortnight: that's public service close to home 💚 Our Manager of Library Services, Daniel Okafor, and the whole team can't wait to see you. #BanksiaReads",
         "labels": []},
        {"id": "banksia-libraries-05", "network": "bluesky",
         "post": "3D printing at Banksia Central Library: 20c a gram, so a 50-gram print costs just $10 🖨️ Find us at 12 Kingfisher Street, Port Banksia, Mon–Fri 9am–7pm and Sat 10am–4pm.",
         "labels": []},
        {"id": "banksia-libraries-06", "network": "instagram",
         "post": "Winter Reading Challenge: Monday 28 June to Saturday 7 August! Open to kids aged 5 to 14 📚 Read 10 books for a certificate and a free book. #BanksiaReads",
         "labels": [(C, "Saturday 7 August"), (C, "14")]},
        {"id": "banksia-libraries-07", "network": "facebook",
         "post": "Little readers, this one's for you 🐨 Read 8 books during the Winter Reading Challenge and you'll get a certificate, a free book plus a family pass to Taronga Zoo! #BanksiaReads",
         "labels": [(C, "8"), (U, "a family pass to Taronga Zoo")]},
        {"id": "banksia-libraries-08", "network": "x",
         "post": "Harriet Quayle live at Banksia Central Library, Friday 15 July, 7pm! Tickets $15 👉 banksialibraries.com.au/winter #BanksiaReads",
         "labels": [(C, "Friday 15 July"), (C, "7pm"), (C, "$15")]},
        {"id": "banksia-libraries-09", "network": "linkedin",
         "post": "Proud to have been named NSW Library of the Year 2026 🏆 Our 9 branches and mobile library are here for you, and membership is free for Banksia Shire residents only. #BanksiaReads",
         "labels": [(U, "named NSW Library of the Year 2026"), (C, "9"),
                    (C, "for Banksia Shire residents only")]},
        {"id": "banksia-libraries-10", "network": "tiktok",
         "post": "Borrow up to 40 items for 4 weeks 🤯 and no fines, ever, even for lost books 📚 #BanksiaReads #booktok",
         "labels": [(C, "40"), (C, "4 weeks"), (C, "even for lost books")]},
        {"id": "banksia-libraries-11", "network": "mastodon",
         "post": "Big news: Banksia Central Library is now open Sundays ☀️ And 3D printing is available in every branch at 20c per gram. #BanksiaReads",
         "labels": [(C, "now open Sundays"), (C, "in every branch")]},
    ],
}

if __name__ == "__main__":
    build([MIRABELLE, DALLE, COGWHEEL, BANKSIA], os.path.join(HERE, "blind44.jsonl"))
