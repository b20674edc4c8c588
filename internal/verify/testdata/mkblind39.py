"""Blind verify set 39: four fictional brands, 44 posts (22 clean).

Brands and sectors:
- Lumen Tag (fr, Belgium, Namur): laser-tag arena, opening of a second arena "Nébula".
- La Page Cornée (fr, Québec, Sherbrooke): second-hand bookshop café, 10th anniversary.
- Scruff Lab (en, Australia, Fremantle/Leederville WA): dog and cat grooming salon.
- Kestrel Park Karting (en, UK, Swindon): outdoor electric karting circuit.

Calendar checks (datetime):
- 2027-03-06 Saturday, 2027-03-21 Sunday, 2027-03-28 Sunday (Lumen Tag).
- 2026-09-17 Thursday, 2026-09-19 Saturday, 2026-09-20 Sunday; 2026-10-07 Wednesday,
  the first Wednesday of October 2026 (La Page Cornée).
- 2027-02-13 Saturday, 2027-02-28 Sunday (Scruff Lab).
- 2028-04-15 Saturday; 2028-05-07 and 2028-06-25 Sundays; Sundays from 7 May to 25 June
  2028 are 7, 14, 21, 28 May, 4, 11, 18, 25 June = 8 (Kestrel Park Karting).

Arithmetic used by clean posts:
- lumen-tag-03: 450 + 600 = 1 050 m² ("plus de 1 000 m²"); 24 + 20 = 44 players.
- lumen-tag-05: 60 € / 5 players = 12 € per player.
- lumen-tag-09: 6 to 21 March = 16 days; 19 € / 3 = 6,33 € per game.
- lumen-tag-11: 24 € - 19 € = 5 €.
- page-cornee-01: "plus de 18 000" for 18 400; 2016 -> 2026 = dix ans.
- page-cornee-08: 5 $ - 2 $ = 3 $; 17 to 20 September = 4 days.
- page-cornee-10: 5 x 2 $ = 10 $, 5 x 5 $ = 25 $.
- scruff-lab-02: 110 x 0.85 = 93.50, saving 16.50; 140 x 0.85 = 119.
- scruff-lab-04: 2021 -> 2027 = six years.
- scruff-lab-06: 45 minutes = three-quarters of an hour.
- scruff-lab-08: 85 x 0.85 = 72.25.
- scruff-lab-10: 85 + 140 = 225; 225 x 0.85 = 191.25.
- kestrel-karting-02: 10 am + 6 hours = 4 pm.
- kestrel-karting-03: 12 x 59 = 708.
- kestrel-karting-08: 15 + 25 = 40 minutes.

Written blind: the writer read only the "verify/dev.jsonl conventions" section of
/work/shared/data/README.md, /work/shared/data/verify/dev.jsonl and mkblind_common.py;
no engine code, docs, other testdata or other mkblind scripts.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mkblind_common import build  # noqa: E402

C, U = "contradicted", "unsupported"

# ---------------------------------------------------------------- Lumen Tag (fr, BE)
LUMEN = {
    "brand": "Lumen Tag",
    "lang": "fr",
    "facts": [
        "Lumen Tag est une arène de laser game située au 27 rue des Tanneries, à Namur (Belgique), fondée en 2019 par Céline Lambotte (gérante) et Yannick Dewez (responsable technique).",
        "Le samedi 6 mars 2027, Lumen Tag inaugure « Nébula », une deuxième arène de 450 m² au décor spatial, qui s'ajoute à l'arène historique « Jungle » de 600 m².",
        "L'arène Nébula accueille jusqu'à 24 joueurs simultanément ; l'arène Jungle jusqu'à 20.",
        "Lumen Tag est ouvert du mercredi au dimanche, de 13h à 22h, et jusqu'à minuit les vendredis et samedis ; fermé le lundi et le mardi.",
        "Une partie dure 20 minutes et coûte 9 € par joueur ; la formule 3 parties coûte 24 € par joueur.",
        "Du samedi 6 au dimanche 21 mars 2027, la formule 3 parties est à 19 € au lieu de 24 €, uniquement pour les réservations en ligne.",
        "La formule anniversaire « Anniv' Galaxie » coûte 19,50 € par enfant (2 parties, goûter et boisson), avec un minimum de 8 enfants ; elle est proposée le mercredi après-midi, le samedi et le dimanche.",
        "Le laser game est accessible dès 7 ans ; les joueurs de moins de 12 ans doivent être accompagnés d'un adulte présent sur place.",
        "Le tournoi « Nébula Cup » a lieu le dimanche 28 mars 2027 à 14h : équipes de 5 joueurs, 60 € d'inscription par équipe, 16 équipes maximum ; l'équipe gagnante remporte 50 parties offertes.",
        "Les formules team building sont réservées aux groupes de 10 personnes minimum et incluent l'accès à une salle de réunion de 30 places.",
        "Lumen Tag a remporté le Trophée du loisir indoor aux Trophées Namur Loisirs 2026.",
        "Réservations sur lumentag.be/reserver ou au 081 22 47 90.",
        "Le hashtag officiel de l'inauguration est #LumenNebula.",
    ],
    "brief": "Annoncer l'ouverture de l'arène Nébula le samedi 6 mars 2027, l'offre d'inauguration et la Nébula Cup, sur un ton fun et énergique.",
    "posts": [
        {"id": "lumen-tag-01", "network": "instagram",
         "post": "🚀 Décollage imminent ! Samedi 6 mars, on ouvre Nébula, notre deuxième arène : 450 m² de décor spatial et jusqu'à 24 joueurs en même temps. Vous êtes prêts à passer en hyperespace ? 👽 Réservez sur lumentag.be/reserver #LumenNebula #lasergame #Namur"},
        {"id": "lumen-tag-02", "network": "facebook",
         "post": "Offre d'inauguration 🎉 Du 6 au 21 mars, la formule 3 parties passe à 19 € au lieu de 24 €, soit 6 € d'économie par joueur ! Valable en ligne et à l'accueil. Réservez vite au 081 22 47 90 ou sur lumentag.be/reserver #LumenNebula",
         "labels": [(C, "6 €"), (C, "et à l'accueil")]},
        {"id": "lumen-tag-03", "network": "linkedin",
         "post": "Fondée en 2019 à Namur par Céline Lambotte et Yannick Dewez, Lumen Tag franchit une nouvelle étape : le 6 mars 2027, une deuxième arène, Nébula (450 m²), vient s'ajouter à la Jungle (600 m²). Au total, plus de 1 000 m² de jeu et jusqu'à 44 joueurs en simultané sur les deux arènes. Pour vos équipes, nos formules team building (dès 10 personnes) incluent une salle de réunion de 30 places. Lauréats du Trophée du loisir indoor aux Trophées Namur Loisirs 2026, nous sommes fiers de voir le projet grandir. Contact : 081 22 47 90 #LumenNebula #teambuilding"},
        {"id": "lumen-tag-04", "network": "tiktok",
         "post": "POV : t'es dans la plus grande arène de laser game de Belgique 😱🔫 Nébula ouvre le 6 mars, 20 minutes de pure adrénaline pour 9 € ! Dès 6 ans 👀 #LumenNebula",
         "labels": [(U, "la plus grande arène de laser game de Belgique"), (C, "6 ans")]},
        {"id": "lumen-tag-05", "network": "x",
         "post": "Nébula Cup 🏆 Dimanche 28 mars à 14h, jusqu'à 16 équipes de 5 s'affrontent chez Lumen Tag. 60 € par équipe, soit 12 € par joueur, et 50 parties offertes pour les vainqueurs ! Infos et réservations : lumentag.be/reserver #LumenNebula"},
        {"id": "lumen-tag-06", "network": "facebook",
         "post": "Vous cherchez une idée d'anniversaire ? 🎂 Avec la formule « Anniv' Galaxie », vos enfants profitent de 3 parties, d'un goûter et d'une boisson pour 19,50 € par enfant, sans minimum de participants ! Disponible tous les jours d'ouverture, dès 7 ans. #LumenNebula",
         "labels": [(C, "3 parties"), (C, "sans minimum de participants"), (C, "tous les jours d'ouverture")]},
        {"id": "lumen-tag-07", "network": "instagram",
         "post": "Ce week-end, c'est l'inauguration ! 🌌 Rendez-vous samedi dès 13h pour découvrir Nébula, et on joue jusqu'à minuit 🕛 Petits joueurs bienvenus dès 7 ans (accompagnés d'un adulte s'ils ont moins de 12 ans). Qui vient défier l'équipe ? 💥 #LumenNebula"},
        {"id": "lumen-tag-08", "network": "x",
         "post": "⚡ Jusqu'au 31 mars, la formule 3 parties est à 19 € en réservant sur lumentag.be/reserver ! Et on vous accueille 7j/7 pendant tout le mois 🔫 #LumenNebula",
         "labels": [(C, "31 mars"), (C, "7j/7")]},
        {"id": "lumen-tag-09", "network": "facebook",
         "post": "📣 La lettre de mars de Lumen Tag\n\nCe mois-ci, tout tourne autour de Nébula ! Notre deuxième arène ouvre ses portes le samedi 6 mars : 450 m² de décor spatial, une ambiance complètement différente de la Jungle, et de la place pour 24 joueurs.\n\n💸 Pendant 16 jours, jusqu'au dimanche 21 mars, la formule 3 parties est à 19 € au lieu de 24 € si vous réservez en ligne. Soit environ 6,33 € la partie, contre 9 € à l'unité !\n\n🏆 Le dimanche 28 mars à 14h, place à la Nébula Cup : jusqu'à 16 équipes de 5, 60 € l'inscription par équipe, et 50 parties à gagner pour l'équipe championne.\n\n🕐 On vous accueille du mercredi au dimanche dès 13h (fermé lundi et mardi).\n\nÀ très vite dans l'espace ! Céline, Yannick et toute l'équipe 💜\n#LumenNebula"},
        {"id": "lumen-tag-10", "network": "linkedin",
         "post": "Team building chez Lumen Tag 🎯 Dès 8 personnes, offrez à vos équipes un moment de cohésion unique, avec accès à notre salle de réunion de 50 places. Café et viennoiseries offerts. Lumen Tag, Trophée du loisir indoor 2026. 📞 081 22 47 90",
         "labels": [(C, "8 personnes"), (C, "50 places"), (U, "Café et viennoiseries offerts")]},
        {"id": "lumen-tag-11", "network": "instagram",
         "post": "Trois parties, 19 €, une galaxie entière à conquérir 🌠 C'est le prix de la formule 3 parties jusqu'au 21 mars (au lieu de 24 €), en réservant en ligne sur lumentag.be/reserver. Ça fait 5 € de moins par joueur 😎 #LumenNebula #Namur"},
    ],
}

# ---------------------------------------------------------- La Page Cornée (fr, QC)
PAGE = {
    "brand": "La Page Cornée",
    "lang": "fr",
    "facts": [
        "La Page Cornée est un café-bouquinerie de livres d'occasion situé au 214, rue Wellington Nord, à Sherbrooke (Québec), fondé en 2016 par Mireille Gagnon.",
        "En 2026, La Page Cornée fête ses 10 ans.",
        "Le fonds compte 18 400 livres d'occasion, dont 2 100 bandes dessinées.",
        "Heures d'ouverture : du mardi au samedi de 9 h à 18 h, le dimanche de 10 h à 16 h ; fermé le lundi.",
        "La Grande Braderie des 10 ans a lieu du jeudi 17 au dimanche 20 septembre 2026 : tous les livres de poche sont à 2 $ au lieu de 5 $, et les autres livres sont à -25 %.",
        "Pendant la Grande Braderie, un café filtre est offert pour tout achat de 20 $ ou plus.",
        "Le samedi 19 septembre 2026 à 15 h, la romancière Josée Bérubé lit des extraits de son roman « Les Étés de Magog » et signe des dédicaces ; entrée libre.",
        "Le rachat de livres se fait le mardi et le jeudi de 10 h à 14 h : La Page Cornée verse 30 % du prix de revente en crédit en magasin, ou 20 % en argent comptant. Les manuels scolaires ne sont pas rachetés.",
        "Le club de lecture se réunit le premier mercredi de chaque mois à 19 h, animé par Étienne Roy, libraire ; il est gratuit, limité à 12 places, sur inscription.",
        "Le café compte 42 places assises ; le latte coûte 4,75 $ et la carte fidélité offre le 10e café.",
        "La Page Cornée a reçu le prix Coup de cœur commerce de proximité de la Chambre de commerce de Sherbrooke en 2025.",
        "Site : lapagecornee.ca ; téléphone : 819 555-0147.",
        "Le hashtag officiel de l'anniversaire est #PageCornée10ans.",
    ],
    "brief": "Célébrer les 10 ans du café-bouquinerie, promouvoir la Grande Braderie du 17 au 20 septembre 2026 et la rencontre avec Josée Bérubé, sur un ton chaleureux et littéraire.",
    "posts": [
        {"id": "page-cornee-01", "network": "facebook",
         "post": "📚 Dix ans déjà ! En 2016, Mireille Gagnon ouvrait son café-bouquinerie rue Wellington Nord. Aujourd'hui, La Page Cornée, c'est plus de 18 000 livres d'occasion qui attendent une deuxième vie… et un bon latte ☕ Merci de tourner les pages avec nous depuis une décennie. #PageCornée10ans #Sherbrooke"},
        {"id": "page-cornee-02", "network": "instagram",
         "post": "Grande Braderie des 10 ans 🎉 Du jeudi 17 au dimanche 20 septembre, tous les livres de poche sont à 2 $ au lieu de 4 $, et toutes les BD à -50 % ! Un café filtre offert à chaque client 😍 #PageCornée10ans",
         "labels": [(C, "4 $"), (C, "-50 %"), (C, "à chaque client")]},
        {"id": "page-cornee-03", "network": "x",
         "post": "Samedi 19 septembre, 15 h : Josée Bérubé vient nous lire des extraits des « Étés de Magog » et dédicacer son roman ✍️ Entrée libre, venez nombreux ! #PageCornée10ans"},
        {"id": "page-cornee-04", "network": "linkedin",
         "post": "Depuis 2016, La Page Cornée, fondée par Mireille Gagnon, fait vivre le livre d'occasion à Sherbrooke. Première bouquinerie écoresponsable certifiée au Québec, nous avons reçu en 2025 le prix Coup de cœur commerce de proximité de la Chambre de commerce de Sherbrooke. Avec plus de 20 000 livres en rayon, nous fêtons nos 10 ans cette année. #PageCornée10ans",
         "labels": [(U, "Première bouquinerie écoresponsable certifiée au Québec"), (C, "plus de 20 000")]},
        {"id": "page-cornee-05", "network": "facebook",
         "post": "Vous avez des livres qui dorment dans vos boîtes ? 📦 Apportez-les le mardi ou le jeudi, de 10 h à 16 h : on vous verse 30 % du prix de revente en crédit en magasin, ou 25 % en argent comptant. Manuels scolaires acceptés ! lapagecornee.ca",
         "labels": [(C, "16 h"), (C, "25 %"), (C, "Manuels scolaires acceptés")]},
        {"id": "page-cornee-06", "network": "instagram",
         "post": "Club de lecture 📖 On se retrouve le mercredi 7 octobre à 19 h avec Étienne Roy, notre libraire, pour parler de nos coups de cœur. C'est gratuit, mais il n'y a que 12 places : inscrivez-vous vite au 819 555-0147 ! 💬 #clubdelecture"},
        {"id": "page-cornee-07", "network": "x",
         "post": "☕ Pendant la Grande Braderie, du 17 au 20 septembre, on vous accueille de 9 h à 18 h, même le dimanche ! Livres de poche à 2 $, café filtre offert dès 20 $ d'achat, et livraison gratuite partout à Sherbrooke. #PageCornée10ans",
         "labels": [(C, "même le dimanche"), (U, "livraison gratuite partout à Sherbrooke")]},
        {"id": "page-cornee-08", "network": "facebook",
         "post": "🍂 Infolettre de septembre – La Page Cornée a 10 ans !\n\nChers lecteurs et chères lectrices,\n\nIl y a dix ans, Mireille Gagnon ouvrait les portes du 214, rue Wellington Nord. Pour fêter ça, voici le programme :\n\n📚 Du jeudi 17 au dimanche 20 septembre, c'est la Grande Braderie : 4 jours pour remplir vos sacs, avec les livres de poche à 2 $ (3 $ de moins que d'habitude) et 25 % de rabais sur tous les autres livres.\n☕ Pour tout achat de 20 $ et plus, le café filtre est pour nous.\n✍️ Samedi 19 à 15 h, Josée Bérubé lira des extraits des « Étés de Magog » avant une séance de dédicaces. Entrée libre !\n\nMerci d'être là, page après page.\nL'équipe de La Page Cornée\nlapagecornee.ca · #PageCornée10ans"},
        {"id": "page-cornee-09", "network": "instagram",
         "post": "Les rencontres de La Page Cornée ✨ Samedi 19 septembre à 14 h, Josée Bérubé, lauréate du Prix des libraires du Québec, présente son roman « Les Étés de Magog ». Billets à 10 $ sur lapagecornee.ca 🎟️ #PageCornée10ans",
         "labels": [(C, "14 h"), (U, "lauréate du Prix des libraires du Québec"), (C, "Billets à 10 $")]},
        {"id": "page-cornee-10", "network": "mastodon",
         "post": "Petit calcul de bouquineur 🤓 Pendant la Braderie, 5 livres de poche vous coûtent 10 $ au lieu de 25 $. Et à partir de 20 $ d'achats, le café filtre est offert. On dit ça, on dit rien… Rendez-vous du 17 au 20 septembre au 214, rue Wellington Nord ! #PageCornée10ans"},
        {"id": "page-cornee-11", "network": "bluesky",
         "post": "Le club de lecture de La Page Cornée, c'est chaque premier jeudi du mois à 19 h, avec Étienne Roy, notre gérant 📚 Gratuit et sans inscription, on vous attend ! #PageCornée10ans",
         "labels": [(C, "jeudi"), (C, "gérant"), (C, "sans inscription")]},
    ],
}

# --------------------------------------------------------------- Scruff Lab (en, AU)
SCRUFF = {
    "brand": "Scruff Lab",
    "lang": "en",
    "facts": [
        "Scruff Lab is a dog and cat grooming salon founded in 2021 by Priya Nair (head groomer) and Tom Keane (operations manager), with its first salon at 88 South Terrace, Fremantle WA.",
        "Scruff Lab's second salon opens on Saturday 13 February 2027 at 5/140 Oxford Street, Leederville WA.",
        "Both salons are open Tuesday to Saturday, 8 am to 5 pm; the Leederville salon is also open on Sundays from 9 am to 3 pm. Both are closed on Mondays.",
        "Full groom prices (bath, blow-dry, clip, nails and ears): A$85 for small dogs (under 10 kg), A$110 for medium dogs (10–25 kg), A$140 for large dogs (over 25 kg).",
        "Cat grooms cost A$120 and are available on Tuesdays only, by appointment.",
        "The Puppy Intro session costs A$55, lasts 45 minutes and is for puppies aged 12 weeks to 6 months.",
        "From 13 to 28 February 2027, all full grooms at the Leederville salon are 15% off for bookings made online; the offer cannot be combined with other offers.",
        "Every 6th full groom is half price with the Scruff Lab loyalty card.",
        "Dogs must be up to date with their C5 vaccination, with proof shown at the first visit.",
        "Cancellations made less than 24 hours before the appointment incur a A$30 fee.",
        "All shampoos are soap-free and made in Margaret River by Kin & Coat.",
        "Scruff Lab was named Best Grooming Salon in Western Australia at the 2026 Australian Pet Care Awards.",
        "The team has 7 groomers across both salons.",
        "Bookings: scrufflab.com.au/book or (08) 9335 2841. The official hashtag is #ScruffLabLeedy.",
    ],
    "brief": "Announce the Leederville salon opening on Saturday 13 February 2027 and the online-booking opening offer, in a playful, pet-loving tone.",
    "posts": [
        {"id": "scruff-lab-01", "network": "instagram",
         "post": "🐾 Leederville, we're coming! Scruff Lab's second salon opens Saturday 13 Feb at 5/140 Oxford Street. Tails will wag and fur will fly ✂️ Book now at scrufflab.com.au/book #ScruffLabLeedy #dogsofperth"},
        {"id": "scruff-lab-02", "network": "facebook",
         "post": "Opening offer alert! 🐶 Book any full groom at our new Leederville salon online between 13 and 28 February and save 15%. For a medium dog (10–25 kg), that's A$93.50 instead of A$110, a saving of A$16.50. Large pups? A$119 instead of A$140 🎉 (Can't be combined with other offers.) scrufflab.com.au/book #ScruffLabLeedy"},
        {"id": "scruff-lab-03", "network": "x",
         "post": "New Leederville salon now open 7 days a week, 8am–5pm! 🐩 Full grooms from A$85, cat grooms any day by appointment. #ScruffLabLeedy",
         "labels": [(C, "7 days a week"), (C, "any day")]},
        {"id": "scruff-lab-04", "network": "linkedin",
         "post": "From one salon in Fremantle to two 🐕 In 2021, head groomer Priya Nair and operations manager Tom Keane opened Scruff Lab on South Terrace. Six years on, and fresh from being named Best Grooming Salon in Western Australia at the 2026 Australian Pet Care Awards, we're opening our second salon in Leederville on 13 February 2027. Our 7 groomers will now work across both locations, still using only soap-free shampoos made by Kin & Coat in Margaret River. Thank you to every pet parent who trusted us along the way. #ScruffLabLeedy #smallbusiness"},
        {"id": "scruff-lab-05", "network": "tiktok",
         "post": "POV: your golden retriever just had the best groom in Australia 😍✨ Full groom for big dogs only A$120 at Scruff Lab, and every puppy gets a free bandana! #ScruffLabLeedy",
         "labels": [(U, "the best groom in Australia"), (C, "A$120"), (U, "every puppy gets a free bandana")]},
        {"id": "scruff-lab-06", "network": "instagram",
         "post": "Puppy's first salon visit? 🐣 Our Puppy Intro session lasts three-quarters of an hour and is made for pups aged 12 weeks to 6 months. A$55 and a whole lot of cuddles 🥹 Book at scrufflab.com.au/book 💛 #puppylove"},
        {"id": "scruff-lab-07", "network": "facebook",
         "post": "Loyalty pays off at Scruff Lab 🐾 With our loyalty card, every 5th full groom is free! And don't forget: cancellations less than 48 hours before your appointment incur a A$30 fee. See you soon! scrufflab.com.au/book",
         "labels": [(C, "5th"), (C, "free"), (C, "48 hours")]},
        {"id": "scruff-lab-08", "network": "facebook",
         "post": "🐾 Scruff Lab News – February 2027\n\nBig month for us, friends! Here's everything you need to know:\n\n🏠 Our second salon opens this Saturday, 13 February, at 5/140 Oxford Street, Leederville. Same team spirit, same soap-free Kin & Coat shampoos from Margaret River.\n\n🗓️ Leederville is open Tuesday to Saturday, 8 am–5 pm, plus Sundays 9 am–3 pm. Fremantle keeps its usual Tuesday–Saturday hours, and both salons are closed on Mondays.\n\n💸 Until 28 February, full grooms at Leederville are 15% off when you book online, so a small-dog groom comes to A$72.25 instead of A$85.\n\n🐱 Cat parents: cat grooms (A$120) happen on Tuesdays only, by appointment.\n\n💉 New to Scruff Lab? Please bring proof of your dog's C5 vaccination to the first visit.\n\nSee you soon!\nPriya, Tom & the team\nscrufflab.com.au/book · (08) 9335 2841 · #ScruffLabLeedy"},
        {"id": "scruff-lab-09", "network": "x",
         "post": "Priya Nair, our co-founder and head groomer, now leads a team of 12 groomers across Fremantle and Leederville 🐶✂️ Book: scrufflab.com.au/booking",
         "labels": [(C, "12"), (C, "scrufflab.com.au/booking")]},
        {"id": "scruff-lab-10", "network": "threads",
         "post": "Quick maths for multi-dog households 🐕🐕 One small + one large full groom = A$225 at our usual prices. Book both online for a Leederville groom between 13 and 28 Feb and it's A$191.25 with the 15% opening discount. Not bad for two very fluffy faces 😄 #ScruffLabLeedy"},
        {"id": "scruff-lab-11", "network": "instagram",
         "post": "Meet the shampoos behind every Scruff Lab groom 🛁 Soap-free, 100% organic and made right here in Fremantle by Kin & Coat. Your pup's coat will thank you! #ScruffLabLeedy",
         "labels": [(U, "100% organic"), (C, "Fremantle")]},
    ],
}

# ----------------------------------------------------- Kestrel Park Karting (en, UK)
KESTREL = {
    "brand": "Kestrel Park Karting",
    "lang": "en",
    "facts": [
        "Kestrel Park Karting is an outdoor karting circuit on Greenbridge Road, Swindon, opened in 2012; the track is 1,140 metres long with 14 corners.",
        "Since 2025, the circuit runs a fleet of 36 fully electric karts.",
        "The circuit is open every day from 10 am to 9 pm, except Mondays outside school holidays.",
        "Arrive & Drive: a 20-minute session costs £39 per driver. The Grand Prix package (15-minute qualifying plus a 25-minute race) costs £69 per driver.",
        "Adult karts are for drivers aged 14 and over; cadet karts are for drivers aged 8 to 13 who are at least 1.35 m tall.",
        "The Kestrel 6 Hours endurance race takes place on Saturday 15 April 2028, starting at 10 am: teams of 3 to 5 drivers, £495 per team, maximum 24 teams.",
        "The winning team of the Kestrel 6 Hours receives the Kestrel Cup and a free Grand Prix package for each team member.",
        "The Junior Academy runs for 8 Sundays, from 7 May to 25 June 2028, 9 am to 11 am, for drivers aged 8 to 15; it costs £240.",
        "Corporate events require at least 10 drivers and cost £59 per driver, lunch included.",
        "Helmets, balaclavas and race suits are provided free of charge; closed-toe shoes are required.",
        "Dan Whitcombe is the circuit manager and Leah Osei is the chief instructor of the Junior Academy.",
        "Kestrel Park Karting was voted Best Outdoor Track in the South West at the 2027 UK Karting Awards.",
        "Bookings: kestrelparkkarting.co.uk or 01793 482 660. The official hashtag is #KestrelEndurance.",
    ],
    "brief": "Promote the Kestrel 6 Hours endurance race on Saturday 15 April 2028 and the Junior Academy, with an energetic motorsport tone.",
    "posts": [
        {"id": "kestrel-karting-01", "network": "x",
         "post": "🏁 The Kestrel 6 Hours takes place on Sunday 15 April! Teams of 3 to 6 drivers, £495 per team, lights out at 10am. #KestrelEndurance",
         "labels": [(C, "Sunday 15 April"), (C, "6 drivers")]},
        {"id": "kestrel-karting-02", "network": "instagram",
         "post": "Six hours. 1,140 metres. 14 corners. One Kestrel Cup 🏆 Build your team of 3 to 5 drivers and take on the Kestrel 6 Hours on Saturday 15 April, from 10 am to 4 pm. Only 24 team spots 👀 kestrelparkkarting.co.uk #KestrelEndurance"},
        {"id": "kestrel-karting-03", "network": "linkedin",
         "post": "Looking for a team day with a difference? 🏎️ Kestrel Park Karting hosts corporate events from 10 drivers, at £59 per driver with lunch included: a group of 12 comes to £708. All safety kit (helmets, balaclavas, race suits) is provided at no extra cost; just bring closed-toe shoes. Voted Best Outdoor Track in the South West at the 2027 UK Karting Awards. Call Dan Whitcombe's team on 01793 482 660."},
        {"id": "kestrel-karting-04", "network": "facebook",
         "post": "Calling all young racers! 🏁 Our Junior Academy runs for 8 Saturdays from 7 May, 9–11am, for ages 8 to 15. Led by our chief instructor Dan Whitcombe, for £240 including a certificate and trophy at the end. Book at kestrelparkkarting.co.uk",
         "labels": [(C, "Saturdays"), (C, "Dan Whitcombe"), (U, "including a certificate and trophy at the end")]},
        {"id": "kestrel-karting-05", "network": "tiktok",
         "post": "When the lights go green and it's just you, the kart and 14 corners 😤⚡ 20 minutes of Arrive & Drive for £39, 100% electric karts, zero excuses. Who's in? 👇 #karting #Swindon"},
        {"id": "kestrel-karting-06", "network": "instagram",
         "post": "Petrol power and pure adrenaline 🔥 Our fleet of 40 karts is ready for the Kestrel 6 Hours on 15 April! #KestrelEndurance",
         "labels": [(C, "Petrol"), (C, "40")]},
        {"id": "kestrel-karting-07", "network": "facebook",
         "post": "🏎️ Kestrel Park Karting – April 2028 newsletter\n\nThe big one is nearly here! The Kestrel 6 Hours takes place on Saturday 15 April, with lights out at 10 am. Up to 24 teams of 3 to 5 drivers will battle for the Kestrel Cup, and every member of the winning team also gets a free Grand Prix package (worth £69 each).\n\nEntry is £495 per team, so with a full team of five that's just £89 a head.\n\nNot ready for endurance racing? Arrive & Drive sessions run every day from 10 am to 9 pm (closed Mondays outside school holidays), at £39 for 20 minutes.\n\nParents: the Junior Academy starts on Sunday 7 May for ages 8 to 15, with chief instructor Leah Osei. Places are limited to 16 drivers, so don't wait!\n\nSee you trackside,\nDan Whitcombe, Circuit Manager\nkestrelparkkarting.co.uk · #KestrelEndurance",
         "labels": [(C, "£89"), (U, "Places are limited to 16 drivers")]},
        {"id": "kestrel-karting-08", "network": "x",
         "post": "Grand Prix package = 15 min qualifying + 25 min race = 40 minutes on track for £69 🏁 Book at kestrelparkkarting.co.uk"},
        {"id": "kestrel-karting-09", "network": "linkedin",
         "post": "Proud to share that Kestrel Park Karting was voted Best Outdoor Track in the UK at the 2027 UK Karting Awards 🏆 Since opening in 2010, our 1,140-metre circuit has welcomed over 500,000 drivers. Thank you to our amazing team! #KestrelEndurance",
         "labels": [(C, "in the UK"), (C, "2010"), (U, "over 500,000 drivers")]},
        {"id": "kestrel-karting-10", "network": "facebook",
         "post": "Little racer in the family? 👦👧 Cadet karts are open to drivers aged 8 to 13, as long as they're at least 1.35 m tall. From 14, they can move up to the adult karts! Helmets, balaclavas and race suits are on us 😉 kestrelparkkarting.co.uk"},
        {"id": "kestrel-karting-11", "network": "bluesky",
         "post": "Junior Academy 2028: 8 Sundays, 7 May to 25 June, 9–11am, ages 8 to 15. Just £240, that's £20 per session 👌 No minimum height required. Coached by Leah Osei. #KestrelEndurance",
         "labels": [(C, "£20"), (U, "No minimum height required")]},
    ],
}

if __name__ == "__main__":
    build([LUMEN, PAGE, SCRUFF, KESTREL], os.path.join(HERE, "blind39.jsonl"))
