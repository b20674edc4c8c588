"""Blind verify set 38: 4 fictional brands, 44 posts (22 clean, 22 with hallucinations).

Brands and sectors:
- La Toupie Bleue (fr, Belgium): independent toy shop in Namur, opening a second shop in
  Liège; Saint-Nicolas board-game offer; 20th anniversary (2027).
- Grottes de Vielmur (fr, France, Lot): show cave, 2026 season and new sound-and-light show.
- Kōwhai Rise (en, New Zealand, Nelson): retirement village, open day and The Terraces
  apartments (2028).
- Fernlight Studio (en, Ireland, Cork): portrait photography studio, Christmas
  mini-sessions, headshot day and gift vouchers (2027).

Calendar checks (Python datetime):
- Sat 16 Oct 2027; Mon 8 Nov 2027; Mon 6 Dec 2027 (so "dimanche 6 décembre" is wrong).
- Sat 4 Apr 2026; Sun 1 Nov 2026; Fri 26 Jun 2026 (so "samedi 26 juin" is wrong).
- Thursdays of July and August 2026: 2, 9, 16, 23, 30 July and 6, 13, 20, 27 Aug = 9.
- Sat 13 May 2028 (so "Sunday 13 May" is wrong).
- Sat 6 Nov 2027 to Sun 28 Nov 2027: weekends 6-7, 13-14, 20-21, 27-28 = 4 weekends,
  8 days; these are all the weekends of November 2027 (1 Nov is a Monday, 30 Nov a
  Tuesday), so "every weekend in November" is true; Fri 26 Nov is not a session day.
- Thu 14 Oct 2027.

Arithmetic used by clean posts:
- Toupie: 3 240 references -> "plus de 3 200", "plus de 3 000"; 38 % -> "près de 4 sur 10";
  40 € game at -15 % -> 34 €; 2 x 25 € = 50 €, -15 % -> 42,50 €, saving 7,50 €.
- Vielmur: 2026 - 1893 = 133 years; 2 x 14,50 + 2 x 9 = 47 €, family pass 42 € -> saving
  5 €; 42 / 4 = 10,50 € per person; 9 Thursdays -> "9 soirées"; 13 °C -> "treize degrés".
- Kōwhai Rise: 2028 - 2014 = 14 years ("Fourteen years ago"); 845,000 - 689,000 = 156,000;
  5 % a year capped at 25 % after five years.
- Fernlight: 4 weekends / 8 days; 95 + 3 x 15 = 140 € for 8 images; 95 + 5 x 15 = 170 € for
  10 images; 120 x 0.9 = 108 € per person for teams of 5+; 12 months -> "a full year".
- Wrong arithmetic labelled in kowhai-rise-11: 25 % of 689,000 is 172,250, not 165,000.

Written blind: the author read only the "verify/dev.jsonl conventions" section of
/work/shared/data/README.md, /work/shared/data/verify/dev.jsonl and mkblind_common.py; no
engine code, docs, other testdata or other mkblind scripts, and never ran vigie or go.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mkblind_common import build  # noqa: E402

C, U = "contradicted", "unsupported"

TOUPIE = {
    "brand": "La Toupie Bleue",
    "lang": "fr",
    "facts": [
        "La Toupie Bleue est un magasin de jouets indépendant fondé en 2007 à Namur par Sophie Lambotte et Didier Renard.",
        "En 2027, La Toupie Bleue fête ses 20 ans.",
        "Le magasin de Namur se trouve au 14 rue de Fer et est ouvert du mardi au samedi, de 9h30 à 18h30.",
        "Le deuxième magasin La Toupie Bleue ouvre le samedi 16 octobre 2027 au 52 rue Saint-Gilles, à Liège ; il est dirigé par Maxime Dethier, ancien éducateur spécialisé.",
        "Le jour de l'ouverture à Liège, un puzzle en bois est offert aux 150 premiers enfants venus avec un adulte.",
        "Du lundi 8 novembre au lundi 6 décembre 2027 (Saint-Nicolas), les jeux de société sont à -15 % dans les deux magasins, dès 40 € d'achat, hors articles déjà en promotion.",
        "Le catalogue compte 3 240 références, dont 38 % de jouets fabriqués en Europe.",
        "Chaque mercredi à 14h30, le magasin de Namur organise un atelier de jeux de société gratuit pour les 6-12 ans, sur inscription, limité à 12 enfants.",
        "La boutique en ligne latoupiebleue.be livre uniquement en Belgique : livraison 4,95 €, offerte dès 50 € d'achat.",
        "L'emballage cadeau est gratuit en magasin.",
        "En 2025, La Toupie Bleue a reçu le prix « Commerce de l'année » de la Ville de Namur.",
        "Téléphone du magasin de Namur : 081 22 47 90.",
        "Le hashtag officiel est #Toupie20ans.",
    ],
    "brief": "Annoncer l'ouverture du magasin de Liège le 16 octobre 2027 et l'opération Saint-Nicolas sur les jeux de société, sur un ton joyeux et familial.",
    "posts": [
        {"id": "toupie-bleue-01", "network": "instagram",
         "post": "🎉 Liège, à nous deux ! Ce samedi 16 octobre, La Toupie Bleue ouvre son deuxième magasin au 52 rue Saint-Gilles. Maxime Dethier et son équipe offriront un puzzle en bois aux 150 premiers enfants accompagnés d'un adulte 🧩 Vous venez jouer avec nous ? #Toupie20ans #Liège",
         "labels": []},
        {"id": "toupie-bleue-02", "network": "facebook",
         "post": "Vingt ans de rires, de toupies et de parties endiablées 🎂 En 2007, Sophie Lambotte et Didier Renard ouvraient un magasin de jouets indépendant à Namur. Aujourd'hui, notre catalogue compte plus de 3 200 références, dont près de 4 sur 10 fabriquées en Europe 🇪🇺 Et parce qu'un anniversaire se fête à plusieurs, on ouvre un deuxième magasin à Liège le 16 octobre ! Pour la Saint-Nicolas, du 8 novembre au 6 décembre, vos jeux de société sont à -15 % dans nos deux magasins dès 40 € d'achat (hors articles déjà en promotion). Exemple : un jeu à 40 € vous revient à 34 €. Et l'emballage cadeau est toujours offert en magasin 🎁 Merci d'avoir grandi avec nous ! #Toupie20ans",
         "labels": []},
        {"id": "toupie-bleue-03", "network": "x",
         "post": "Saint-Nicolas approche 🎅 -15 % sur les jeux de société, sans minimum d'achat, du 8 novembre au 6 décembre dans nos deux magasins ! Et jusqu'à -30 % sur une sélection de peluches 🧸 #Toupie20ans",
         "labels": [(C, "sans minimum d'achat"), (U, "jusqu'à -30 % sur une sélection de peluches")]},
        {"id": "toupie-bleue-04", "network": "instagram",
         "post": "Mercredi après-midi = jeux ! 🎲 Chaque semaine à 14h30, notre magasin de Namur accueille les 6-12 ans pour un atelier de jeux de société gratuit. Attention, 12 places seulement, l'inscription est obligatoire 😉 Infos au 081 22 47 90 ☎️ #Toupie20ans #jeuxdesociété",
         "labels": []},
        {"id": "toupie-bleue-05", "network": "facebook",
         "post": "Bonne nouvelle pour les familles 🧸 Notre magasin de Namur, au 14 rue de Fer, vous accueille du mardi au dimanche, de 9h30 à 18h30 ! Et sur latoupiebleue.be, la livraison est offerte dès 50 € d'achat, partout en Europe. #Toupie20ans",
         "labels": [(C, "dimanche"), (C, "partout en Europe")]},
        {"id": "toupie-bleue-06", "network": "linkedin",
         "post": "Fondée en 2007 à Namur par Sophie Lambotte et Didier Renard, La Toupie Bleue poursuit sa croissance avec l'ouverture de son deuxième magasin, à Liège, le 16 octobre. À sa tête : Maxime Dethier, ancien instituteur. Une étape de plus après notre prix « Commerce de l'année », décerné par la Province de Namur en 2025. #Toupie20ans",
         "labels": [(C, "instituteur"), (C, "la Province de Namur")]},
        {"id": "toupie-bleue-07", "network": "tiktok",
         "post": "POV : tu as 8 ans et La Toupie Bleue ouvre enfin à Liège 😍🧸 Plus de 3 000 jouets et jeux au catalogue, rendez-vous au 52 rue Saint-Gilles dès le 16/10 ! #Toupie20ans #jouets",
         "labels": []},
        {"id": "toupie-bleue-08", "network": "instagram",
         "post": "🧩 Samedi 16 octobre, les 200 premiers enfants venus avec un adulte dans notre magasin liégeois repartiront avec un puzzle en bois ! Et pour tous les parents, un café offert 😉 #Toupie20ans",
         "labels": [(C, "200"), (U, "pour tous les parents, un café offert")]},
        {"id": "toupie-bleue-09", "network": "facebook",
         "post": "Cadeaux de Saint-Nicolas : on s'occupe de tout 🎅 Jusqu'au 6 décembre, -15 % sur les jeux de société dès 40 € d'achat (hors articles déjà en promotion), à Namur comme à Liège. Et l'emballage cadeau est gratuit en magasin ! Vous préférez commander en ligne ? Livraison offerte en Belgique dès 50 € sur latoupiebleue.be 🚚 #Toupie20ans",
         "labels": []},
        {"id": "toupie-bleue-10", "network": "threads",
         "post": "20 ans déjà ! 🎂 La Toupie Bleue, c'est le premier magasin de jouets indépendant de Wallonie, et aujourd'hui plus de 3 500 références, dont 38 % fabriquées en Europe. Merci à vous ! #Toupie20ans",
         "labels": [(U, "le premier magasin de jouets indépendant de Wallonie"), (C, "plus de 3 500")]},
        {"id": "toupie-bleue-11", "network": "mastodon",
         "post": "Petit calcul de Saint-Nicolas 🎲 Deux jeux de société à 25 € = 50 € d'achat, donc -15 % : vous payez 42,50 € au lieu de 50 €, soit 7,50 € d'économie. Offre valable du 8/11 au 6/12 dans nos magasins de Namur et Liège, hors articles déjà en promotion. #Toupie20ans",
         "labels": []},
    ],
}

VIELMUR = {
    "brand": "Grottes de Vielmur",
    "lang": "fr",
    "facts": [
        "Les Grottes de Vielmur, dans le Lot, ont été découvertes en 1893 par le spéléologue Léon Castagné et ouvertes au public en 1931.",
        "La visite guidée dure 1h10 et parcourt 1,2 km de galeries, jusqu'à 85 mètres sous terre, avec 640 marches ; la température y est de 13 °C toute l'année.",
        "La saison 2026 va du samedi 4 avril au dimanche 1er novembre 2026.",
        "Horaires : de 10h à 18h (dernier départ à 17h) ; en juillet et août, de 9h30 à 19h (dernier départ à 18h).",
        "Tarifs : adulte 14,50 €, enfant de 5 à 12 ans 9 €, gratuit pour les moins de 5 ans ; pass famille (2 adultes et 2 enfants de 5 à 12 ans) 42 €.",
        "Les billets réservés en ligne sur grottes-vielmur.fr au moins 48 heures à l'avance bénéficient de 10 % de réduction.",
        "Le nouveau spectacle son et lumière de la Salle des Orgues, d'une durée de 22 minutes, est inauguré le vendredi 26 juin 2026 ; il est inclus dans le billet de visite.",
        "Les visites nocturnes « Grotte aux lanternes » ont lieu chaque jeudi de juillet et d'août 2026 à 21h ; 19 € par personne, à partir de 8 ans, sur réservation uniquement.",
        "En 2025, le site a accueilli 186 400 visiteurs et a été classé 3e site touristique le plus visité du Lot par le Comité départemental du tourisme.",
        "Le site est dirigé par Claire Vayssac ; l'équipe compte 14 guides, dont le guide-conférencier Thomas Bouyssou.",
        "En raison des marches, la visite n'est pas accessible aux fauteuils roulants ; les poussettes et les chiens ne sont pas admis dans la grotte.",
        "Les grottes se trouvent à 12 km de Rocamadour ; le parking est gratuit. Téléphone : 05 65 33 71 28.",
        "Le hashtag officiel est #GrottesVielmur.",
    ],
    "brief": "Lancer la saison 2026 et faire découvrir le nouveau spectacle de la Salle des Orgues, sur un ton émerveillé et familial.",
    "posts": [
        {"id": "grottes-vielmur-01", "network": "instagram",
         "post": "✨ Les Grottes de Vielmur rouvrent ce samedi 4 avril ! 1,2 km de galeries, 85 m sous terre et 13 °C toute l'année : pensez à la petite laine 🧥 Visite guidée d'1h10, de 10h à 18h. On vous attend jusqu'au 1er novembre ! #GrottesVielmur #Lot",
         "labels": []},
        {"id": "grottes-vielmur-02", "network": "facebook",
         "post": "Il y a 133 ans, le spéléologue Léon Castagné découvrait les Grottes de Vielmur 🕯️ Cette saison, du 4 avril au 1er novembre, nous avons une surprise pour vous : à partir du vendredi 26 juin, la Salle des Orgues s'illumine avec un tout nouveau spectacle son et lumière de 22 minutes, inclus dans votre billet 🎶 Côté tarifs : 14,50 € pour les adultes, 9 € pour les 5-12 ans, et c'est gratuit pour les moins de 5 ans. En famille, le pass 2 adultes + 2 enfants à 42 € vous fait économiser 5 €. Et les billets réservés en ligne au moins 48h à l'avance bénéficient de 10 % de réduction 😉 Petit conseil : la visite compte 640 marches et les poussettes ne sont pas admises, prévoyez un porte-bébé ! À très vite sous terre 💙 grottes-vielmur.fr #GrottesVielmur",
         "labels": []},
        {"id": "grottes-vielmur-03", "network": "x",
         "post": "Nouveau en 2026 🎶 Le spectacle son et lumière de la Salle des Orgues démarre le samedi 26 juin ! 22 minutes de magie, en supplément de 5 € sur le billet de visite. #GrottesVielmur",
         "labels": [(C, "samedi 26 juin"), (C, "en supplément de 5 €")]},
        {"id": "grottes-vielmur-04", "network": "tiktok",
         "post": "POV : 640 marches, 1,2 km de galeries et te voilà à 85 m sous terre 😱 Bienvenue aux Grottes de Vielmur, où il fait treize degrés toute l'année, même en plein mois d'août ☀️➡️🥶 #GrottesVielmur #spéléo",
         "labels": []},
        {"id": "grottes-vielmur-05", "network": "facebook",
         "post": "Cet été, place aux nocturnes « Grotte aux lanternes » 🏮 Tous les soirs de juillet et août à 21h, découvrez la grotte autrement. 19 € par personne, ouvert à tous dès 6 ans, sur réservation uniquement. Et un verre de vin de Cahors offert à la sortie ! #GrottesVielmur",
         "labels": [(C, "Tous les soirs"), (C, "6 ans"), (U, "un verre de vin de Cahors offert à la sortie")]},
        {"id": "grottes-vielmur-06", "network": "instagram",
         "post": "Jeudi soir, la grotte change de visage 🏮 Les nocturnes « Grotte aux lanternes » ont lieu chaque jeudi de juillet et d'août à 21h : 9 soirées magiques cet été ! 19 € par personne, à partir de 8 ans, sur réservation uniquement. #GrottesVielmur",
         "labels": []},
        {"id": "grottes-vielmur-07", "network": "linkedin",
         "post": "Les Grottes de Vielmur ont accueilli plus de 190 000 visiteurs en 2025, ce qui en fait le 2e site touristique le plus visité du Lot selon le Comité départemental du tourisme. Sous la direction de Claire Vayssac, nos 14 guides préparent une saison 2026 riche en émotions. #GrottesVielmur",
         "labels": [(C, "plus de 190 000"), (C, "2e")]},
        {"id": "grottes-vielmur-08", "network": "x",
         "post": "Famille de 4 ? 👨‍👩‍👧‍👦 Avec le pass famille à 42 € (2 adultes + 2 enfants de 5 à 12 ans), la visite revient à 10,50 € par personne. Astuce : les billets réservés en ligne au moins 48h à l'avance sur grottes-vielmur.fr sont à -10 %. #GrottesVielmur",
         "labels": []},
        {"id": "grottes-vielmur-09", "network": "instagram",
         "post": "🕯️ Découvertes en 1893 par Léon Castagné, les Grottes de Vielmur sont accessibles à tous, y compris en fauteuil roulant, grâce à leur nouvel ascenseur ! Visite guidée de 45 minutes, à 12 km de Rocamadour. #GrottesVielmur",
         "labels": [(C, "accessibles à tous, y compris en fauteuil roulant"), (U, "grâce à leur nouvel ascenseur"), (C, "45 minutes")]},
        {"id": "grottes-vielmur-10", "network": "facebook",
         "post": "C'est l'été dans le Lot ☀️ En juillet et août, les Grottes de Vielmur vous accueillent de 9h à 19h, dernier départ à 18h. Et bonne nouvelle pour vos compagnons à quatre pattes : les chiens tenus en laisse sont les bienvenus dans la grotte 🐶 Parking gratuit ! #GrottesVielmur",
         "labels": [(C, "9h", 0), (C, "les chiens tenus en laisse sont les bienvenus dans la grotte")]},
        {"id": "grottes-vielmur-11", "network": "bluesky",
         "post": "« Chaque visite est différente, je ne m'en lasse pas », confie Thomas Bouyssou, guide-conférencier et l'un de nos 14 guides 🎙️ Venez découvrir la grotte avec lui ou ses collègues : 1h10 de visite guidée, à 12 km de Rocamadour, parking gratuit 🚗 #GrottesVielmur",
         "labels": []},
    ],
}

KOWHAI = {
    "brand": "Kōwhai Rise",
    "lang": "en",
    "facts": [
        "Kōwhai Rise is a retirement village at 18 Kererū Drive, Stoke, Nelson, opened in 2014 and owned by the family-run Halverson Living group.",
        "The village has 148 independent-living villas and apartments and a 36-bed care centre offering rest-home and hospital-level care.",
        "The Terraces, the village's fourth stage, adds 22 two- and three-bedroom apartments, due for completion in March 2028.",
        "Two-bedroom Terraces apartments start at NZ$689,000 and three-bedroom apartments at NZ$845,000, under an occupation right agreement.",
        "The weekly fee for Terraces apartments is NZ$165 and is fixed for as long as the resident lives in the apartment.",
        "The deferred management fee is 5% a year, capped at 25% after five years.",
        "Residents must be aged 70 or over to buy into the village.",
        "An open day is held on Saturday 13 May 2028 from 10am to 2pm in the Village Centre; bookings are not required.",
        "Village facilities include a heated indoor pool, a bowling green, a library and the Kōwhai Café, open Monday to Friday from 8:30am to 2pm.",
        "A free village shuttle runs to Richmond and Nelson city centre every Tuesday and Thursday.",
        "The village manager is Fiona McAlister; sales enquiries are handled by sales manager Rawiri Tane.",
        "Kōwhai Rise won the Best Lifestyle Village (South Island) category at the 2027 NZ Retirement Living Awards.",
        "Residents may keep one small dog or cat in a villa or apartment, with the village manager's approval.",
        "Contact: 0800 569 424, kowhairise.co.nz. Official hashtag: #KowhaiRiseLiving.",
    ],
    "brief": "Promote the open day on Saturday 13 May 2028 and the new Terraces apartments, in a warm, reassuring tone.",
    "posts": [
        {"id": "kowhai-rise-01", "network": "facebook",
         "post": "You're warmly invited 🌿 Join us at Kōwhai Rise on Saturday 13 May, 10am–2pm, for our open day in the Village Centre. No need to book, just pop in and find out all about The Terraces. Questions beforehand? Call us on 0800 569 424. #KowhaiRiseLiving",
         "labels": []},
        {"id": "kowhai-rise-02", "network": "linkedin",
         "post": "Fourteen years ago, Kōwhai Rise opened its doors in Stoke, Nelson. Today the village is home to 148 independent-living villas and apartments and a 36-bed care centre, and our fourth stage, The Terraces, brings 22 two- and three-bedroom apartments, with completion due in March. We're proud that Kōwhai Rise, part of the family-run Halverson Living group, was named Best Lifestyle Village (South Island) at the 2027 NZ Retirement Living Awards. For anyone weighing up a move, transparency matters: Terraces apartments start at NZ$689,000 (two bedrooms) and NZ$845,000 (three bedrooms), with a weekly fee of NZ$165 that stays fixed for as long as you live there. The deferred management fee builds at 5% a year to a maximum of 25% after five years. Come and see for yourself at our open day on Saturday 13 May, 10am to 2pm. #KowhaiRiseLiving #RetirementLiving",
         "labels": []},
        {"id": "kowhai-rise-03", "network": "instagram",
         "post": "Swim, bowl, read, repeat 🏊‍♀️📚 Life at Kōwhai Rise means a heated outdoor pool, a bowling green, a library and our Kōwhai Café, open seven days from 8:30am ☕ #KowhaiRiseLiving",
         "labels": [(C, "outdoor"), (C, "seven days")]},
        {"id": "kowhai-rise-04", "network": "x",
         "post": "The gap between the starting prices of a two- and a three-bedroom Terraces apartment? NZ$156,000 🏡 Two-bed from NZ$689k, three-bed from NZ$845k. Open day Sat 13 May, 10am–2pm, no booking needed. kowhairise.co.nz #KowhaiRiseLiving",
         "labels": []},
        {"id": "kowhai-rise-05", "network": "facebook",
         "post": "Thinking about village living? 💛 Kōwhai Rise welcomes everyone aged 65 and over, and at The Terraces your weekly fee of NZ$165 stays fixed for as long as you live there. Plus, every new resident gets their first three months fee-free! Come and chat at our open day, Saturday 13 May. #KowhaiRiseLiving",
         "labels": [(C, "65", 0), (U, "every new resident gets their first three months fee-free")]},
        {"id": "kowhai-rise-06", "network": "threads",
         "post": "Small dog or cat in the family? 🐶🐱 At Kōwhai Rise, residents can keep one small dog or cat in their villa or apartment, with the village manager's OK. Have a chat with Fiona McAlister, our village manager! #KowhaiRiseLiving",
         "labels": []},
        {"id": "kowhai-rise-07", "network": "linkedin",
         "post": "Kōwhai Rise, owned by the family-run Halverson Living group, is delighted to present The Terraces: 32 new apartments, the largest stage in the village's history. Our village manager, Rawiri Tane, and the whole team look forward to meeting you at the open day on 13 May. #KowhaiRiseLiving",
         "labels": [(C, "32"), (U, "the largest stage in the village's history"), (C, "Rawiri Tane")]},
        {"id": "kowhai-rise-08", "network": "instagram",
         "post": "Every Tuesday and Thursday, our free shuttle heads into Richmond and Nelson city centre 🚐 Coffee in town, a spot of shopping, then back for a catch-up at the Kōwhai Café (weekdays, 8:30am–2pm) ☕ That's village life! #KowhaiRiseLiving #Nelson",
         "labels": []},
        {"id": "kowhai-rise-09", "network": "facebook",
         "post": "Open day alert! 🌿 Kōwhai Rise opens its doors on Sunday 13 May from 10am to 2pm, with a free sausage sizzle lunch for every visitor. Bookings essential, call 0800 569 424. #KowhaiRiseLiving",
         "labels": [(C, "Sunday 13 May"), (U, "a free sausage sizzle lunch for every visitor"), (C, "Bookings essential")]},
        {"id": "kowhai-rise-10", "network": "x",
         "post": "Award-winning living 🏆 Kōwhai Rise was named Best Lifestyle Village (North Island) at the 2026 NZ Retirement Living Awards. Come and see why on 13 May! #KowhaiRiseLiving",
         "labels": [(C, "North Island"), (C, "2026")]},
        {"id": "kowhai-rise-11", "network": "mastodon",
         "post": "A quick guide to the deferred management fee at Kōwhai Rise: it's 5% a year, capped at 25% after five years. On a NZ$689,000 two-bedroom apartment, that's a maximum of NZ$165,000. And we offer a full money-back guarantee if you change your mind within 90 days. #KowhaiRiseLiving",
         "labels": [(C, "NZ$165,000"), (U, "a full money-back guarantee if you change your mind within 90 days")]},
    ],
}

FERNLIGHT = {
    "brand": "Fernlight Studio",
    "lang": "en",
    "facts": [
        "Fernlight Studio is a portrait photography studio at 9 MacCurtain Street, Cork, founded in 2016 by photographer Niamh Keohane.",
        "Conor Twomey is the studio's associate photographer and leads all headshot sessions.",
        "The studio is open Wednesday to Sunday, 10am to 6pm; it is closed on Mondays and Tuesdays.",
        "Christmas mini-sessions run on Saturdays and Sundays from Saturday 6 November to Sunday 28 November 2027.",
        "A Christmas mini-session lasts 20 minutes and costs €95, including 5 edited digital images; extra images cost €15 each.",
        "A mini-session covers up to 6 people; dogs are welcome, other pets are not.",
        "A full family session lasts 60 minutes and costs €240, including 20 edited digital images.",
        "All bookings require a non-refundable €40 deposit; a session can be rescheduled once, with at least 72 hours' notice.",
        "The Professional Headshot Day is on Thursday 14 October 2027: 15-minute sessions at €120 per person, with 3 retouched images; teams of 5 or more get 10% off.",
        "Gift vouchers are available from €50 and are valid for 12 months from the date of purchase.",
        "Niamh Keohane was named Portrait Photographer of the Year at the 2025 Munster Photography Awards.",
        "Edited images are delivered within 14 days through a private online gallery.",
        "Bookings: fernlightstudio.ie/book or 021 455 8120. Official hashtag: #FernlightFamilies.",
    ],
    "brief": "Promote the Christmas mini-sessions and gift vouchers, in a friendly, relaxed tone.",
    "posts": [
        {"id": "fernlight-studio-01", "network": "instagram",
         "post": "🎄 Book your Christmas mini-session! Four weekends, 6–28 November, here at 9 MacCurtain Street. 20 minutes, €95, 5 edited images, and yes, the dog can come too 🐶 Book now: fernlightstudio.ie/book #FernlightFamilies",
         "labels": []},
        {"id": "fernlight-studio-02", "network": "facebook",
         "post": "Our favourite time of year at the studio is nearly here ✨ Christmas mini-sessions run every Saturday and Sunday from 6 to 28 November, so that's eight days of festive portraits. Here's how it works: 20 minutes in the studio for up to six people (dogs welcome!), with 5 edited digital images for €95. Want more? Extra images are €15 each, so 8 images comes to €140. Your photos arrive within 14 days in a private online gallery 💌 A non-refundable €40 deposit secures your slot, and if plans change you can reschedule once, with at least 72 hours' notice. Looking for a present instead? Gift vouchers start at €50 and are valid for a full year. Book at fernlightstudio.ie/book or call 021 455 8120. #FernlightFamilies #Cork",
         "labels": []},
        {"id": "fernlight-studio-03", "network": "x",
         "post": "Headshot Day is Thursday 14 October 📸 15-minute sessions with Niamh Keohane, €120 per person with 5 retouched images. Teams of 5+ save 10%! fernlightstudio.ie/book",
         "labels": [(C, "Niamh Keohane"), (C, "5", 1)]},
        {"id": "fernlight-studio-04", "network": "tiktok",
         "post": "POV: your toddler, your nan and the dog, all in one Christmas photo 😂🎄 Mini-sessions take up to 6 people and dogs are welcome! Saturdays & Sundays, 6th–28th November, at Fernlight Studio, Cork. #FernlightFamilies #ChristmasPhotos",
         "labels": []},
        {"id": "fernlight-studio-05", "network": "facebook",
         "post": "Give the gift of memories 🎁 Fernlight gift vouchers start at €25 and never expire! Perfect for new parents, grandparents, or anyone who's impossible to buy for. Free gift wrapping and delivery anywhere in Ireland. fernlightstudio.ie/book #FernlightFamilies",
         "labels": [(C, "€25"), (C, "never expire"), (U, "Free gift wrapping and delivery anywhere in Ireland")]},
        {"id": "fernlight-studio-06", "network": "linkedin",
         "post": "Since 2016, Niamh Keohane's Fernlight Studio has been making portraits on MacCurtain Street, Cork, and in 2025 Niamh was named Portrait Photographer of the Year at the Munster Photography Awards 🏆 On Thursday 14 October, our associate photographer Conor Twomey leads our Professional Headshot Day: 15 minutes, 3 retouched images, €120 per person, or €108 each for teams of five or more. Book your team: fernlightstudio.ie/book #Headshots",
         "labels": []},
        {"id": "fernlight-studio-07", "network": "instagram",
         "post": "Christmas mini-sessions are here! 🎄 Every weekend in November plus Friday 26th: 30 minutes for €95 with 5 edited images and a free printed Christmas card. #FernlightFamilies",
         "labels": [(C, "plus Friday 26th"), (C, "30 minutes"), (U, "a free printed Christmas card")]},
        {"id": "fernlight-studio-08", "network": "threads",
         "post": "Quick maths for the Christmas cards 🧮 A mini-session is €95 for 5 edited images. Want 10? That's 5 extras at €15, so €170 for 10 images. Or go big with a full 60-minute family session: 20 images for €240. #FernlightFamilies",
         "labels": []},
        {"id": "fernlight-studio-09", "network": "x",
         "post": "Heads up: Fernlight Studio is now open 7 days a week, 10am to 6pm, for all of November 🎄 Call 021 455 8210 to book. #FernlightFamilies",
         "labels": [(C, "7 days a week"), (C, "021 455 8210")]},
        {"id": "fernlight-studio-10", "network": "mastodon",
         "post": "Niamh Keohane founded Fernlight Studio in Cork in 2016 and, in 2025, was named Ireland's Portrait Photographer of the Year. All edited images reach you within 7 days via a private online gallery, and every session comes with a free A4 fine-art print. #FernlightFamilies",
         "labels": [(C, "Ireland's"), (C, "7 days"), (U, "every session comes with a free A4 fine-art print")]},
        {"id": "fernlight-studio-11", "network": "bluesky",
         "post": "Life happens, we get it 💛 You can reschedule your session as often as you need with 48 hours' notice, and your €40 deposit is fully refundable. #FernlightFamilies",
         "labels": [(C, "as often as you need"), (C, "48 hours"), (C, "fully refundable")]},
    ],
}

if __name__ == "__main__":
    build([TOUPIE, VIELMUR, KOWHAI, FERNLIGHT], os.path.join(HERE, "blind38.jsonl"))
