"""Blind verify set 20: four fictional brands, 11 posts each (44 posts), written blind.

Written blind: the author read only the dev.jsonl conventions, dev.jsonl itself and
mkblind_common.py, never the engine, the other sets or their reports.

Brands and sectors:
  - Observatoire des Trois-Lacs (fr, Switzerland, canton of Fribourg): public astronomical
    observatory, eclipse + Perseids night of 12 August 2026 (Swiss forms: CHF 15.–, 12.08,
    11'800, huitante).
  - La Gamelle Verte (fr, France): online pet-food shop (e-commerce), Black Friday 2026.
  - Waimea Plains Cricket Club (en, New Zealand, Nelson Tasman): amateur cricket club,
    registration for its 75th season (NZ$, day-first 30/9).
  - Copper Ridge Community College (en, US, Tucson AZ): public two-year college (education),
    tuition-free Promise applications and Open House (US forms: 6/30, a.m., $1,152).

Calendar checks (Python's calendar module, calendar.weekday):
  2026-08-12 Wednesday (2026-08-13 is the Thursday, so "jeudi 12 août" is wrong);
  2026-11-23 Monday, 2026-11-30 Monday (so "dimanche 30 novembre" is wrong);
  2026-09-12 Saturday (so "Sunday 12 September" is wrong), 2026-09-30 Wednesday,
  2026-10-10 Saturday, 2026-10-16 Friday, 2026-12-11 Friday;
  Fridays from 16 Oct to 11 Dec 2026: 16, 23, 30 Oct, 6, 13, 20, 27 Nov, 4, 11 Dec (nine);
  2026-06-13 Saturday, 2026-06-30 Tuesday, 2026-07-31 Friday,
  2026-08-24 Monday (so "Tuesday, August 24" is wrong).
Arithmetic used by clean posts: 2 x 15 + 3 x 8 = 54, 54 - 35 = 19; 2026 - 1986 = 40;
600 mm = 60 cm; 45 min = trois quarts d'heure; 180 = cent huitante;
62,80 x 0,75 = 47,10; 62,80 - 47,10 = 15,70; 23-30 Nov inclusive = 8 days;
47,10 >= 45; 2026 - 2019 = 7; 12 300 > 12 000;
first season 1952-53 -> 2026-27 is the 75th; 185 - 25 = 160; 40 / 9 = 4.44 < 5;
3 x 90 + 185 = 455 > 320 (the cap applies);
12 x 96 = 1,152; 12 x 312 = 3,744; 2026 - 1971 = 55; 14,600 > 14,000;
9 a.m. to 1 p.m. = 4 hours; four consecutive semesters = four semesters in a row.

Run from anywhere: python3 internal/verify/testdata/mkblind20.py [--numbers]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mkblind_common import build  # noqa: E402

TROISLACS = {
    "brand": "Observatoire des Trois-Lacs",
    "lang": "fr",
    "facts": [
        "L'Observatoire des Trois-Lacs est un observatoire public fondé en 1986 sur le Mont Vully par la Société d'astronomie du Vully.",
        "L'observatoire se trouve route du Signal 12, 1789 Lugnorre, à 650 mètres d'altitude, face aux lacs de Neuchâtel, de Morat et de Bienne.",
        "Le télescope principal, installé en 2019, est doté d'un miroir de 600 mm de diamètre ; c'est le plus grand télescope ouvert au public du canton de Fribourg.",
        "D'avril à septembre, les soirées publiques ont lieu chaque vendredi et chaque samedi de 21h à 23h30, uniquement par ciel dégagé ; une annulation est annoncée sur le site avant 17h.",
        "Entrée des soirées publiques : CHF 15.– pour les adultes, CHF 8.– pour les 6-16 ans, gratuit pour les moins de 6 ans ; le pass famille (2 adultes et jusqu'à 3 enfants de 6 à 16 ans) coûte CHF 35.–.",
        "Le mercredi 12 août 2026, de 19h à 20h30, l'observatoire propose une observation gratuite de l'éclipse partielle de Soleil ; des lunettes d'éclipse sont offertes aux 200 premiers visiteurs.",
        "Le même soir, la « Nuit des Perséides » a lieu de 21h30 à 2h : entrée CHF 20.– pour les adultes et CHF 10.– pour les 6-16 ans, sur réservation uniquement, 180 places.",
        "Pendant la Nuit des Perséides, l'astrophysicien Laurent Rey, de l'Université de Neuchâtel, donne à 22h une conférence de 45 minutes sur les étoiles filantes.",
        "Le 12 août 2026, une navette gratuite relie la gare de Sugiez à l'observatoire toutes les 30 minutes, de 18h30 à 2h30.",
        "La directrice de l'observatoire est Séverine Chappuis ; l'observatoire est animé par 42 bénévoles.",
        "En 2025, l'observatoire a accueilli 11 800 visiteurs.",
        "Les réservations se font sur troislacs-astro.ch/reservation.",
        "Le hashtag officiel est #TroisLacsAstro.",
    ],
    "brief": "Faire venir le public à la double soirée du mercredi 12 août 2026 (éclipse partielle de Soleil puis Nuit des Perséides) et rappeler les soirées publiques d'été, sur un ton enthousiaste et pédagogique.",
    "posts": [
        {"id": "trois-lacs-01", "network": "instagram",
         "post": "🌘☄️ Le 12.08, c'est double programme au Mont Vully ! Dès 19h, on observe ensemble l'éclipse partielle de Soleil (c'est gratuit, et les 200 premiers repartent avec leurs lunettes d'éclipse 😎), puis place à la Nuit des Perséides dès 21h30. Seulement cent huitante places pour la nuit : réservez vite sur troislacs-astro.ch/reservation #TroisLacsAstro",
         "labels": []},
        {"id": "trois-lacs-02", "network": "facebook",
         "post": "Rendez-vous le jeudi 12 août pour la Nuit des Perséides ! 🌠 De 21h30 à 2h, sous un ciel qu'on espère parfaitement dégagé. Entrée CHF 25.– pour les adultes, uniquement sur réservation : troislacs-astro.ch/reservation #TroisLacsAstro",
         "labels": [("contradicted", "jeudi 12 août"), ("contradicted", "CHF 25.–")]},
        {"id": "trois-lacs-03", "network": "facebook",
         "post": "Une sortie en famille ce week-end ? 🔭 Nos soirées publiques ont lieu tous les vendredis et samedis soir jusqu'à fin septembre, de 21h à 23h30, quand le ciel est dégagé. Avec le pass famille à CHF 35.–, deux adultes et trois enfants de 6 à 16 ans économisent CHF 19.– par rapport aux billets individuels. Et pour les moins de 6 ans, c'est gratuit ! Un doute sur la météo ? Si la soirée est annulée, on l'annonce sur le site avant 17h ☁️➡️✨",
         "labels": []},
        {"id": "trois-lacs-04", "network": "x",
         "post": "Le plus grand télescope public de Suisse romande est au Mont Vully 🔭 Plus de 12'000 curieux sont venus nous voir en 2025 : merci et à très vite sous les étoiles ✨ #TroisLacsAstro",
         "labels": [("unsupported", "Le plus grand télescope public de Suisse romande"),
                    ("contradicted", "Plus de 12'000")]},
        {"id": "trois-lacs-05", "network": "linkedin",
         "post": "Quarante ans après sa fondation par la Société d'astronomie du Vully, l'Observatoire des Trois-Lacs a accueilli 11'800 visiteurs en 2025. Une aventure portée par nos quarante-deux bénévoles, sous la direction de Séverine Chappuis. Merci à chacune et à chacun 🙏 #TroisLacsAstro",
         "labels": []},
        {"id": "trois-lacs-06", "network": "instagram",
         "post": "🌘 Éclipse partielle de Soleil le 12.08, de 19h à 20h30 : observation gratuite et lunettes d'éclipse offertes à tous les visiteurs ! Navette gratuite depuis la gare de Morat toutes les 30 minutes 🚌 #TroisLacsAstro",
         "labels": [("contradicted", "à tous les visiteurs"), ("contradicted", "Morat")]},
        {"id": "trois-lacs-07", "network": "x",
         "post": "Depuis 2019, notre télescope principal a un miroir de 60 cm : le plus grand télescope ouvert au public du canton de Fribourg 🔭 Venez y mettre l'œil un vendredi ou un samedi soir, d'avril à septembre ! #TroisLacsAstro",
         "labels": []},
        {"id": "trois-lacs-08", "network": "linkedin",
         "post": "Fondé en 1986, l'Observatoire des Trois-Lacs fête ses 40 ans avec une double soirée le 12 août. Sa directrice, Séverine Chapuis, remercie les 42 bénévoles ainsi que notre partenaire principal, la Fondation Lumière du Lac, sans qui rien ne serait possible. #TroisLacsAstro",
         "labels": [("contradicted", "Séverine Chapuis"),
                    ("unsupported", "notre partenaire principal, la Fondation Lumière du Lac")]},
        {"id": "trois-lacs-09", "network": "bluesky",
         "post": "☄️ Pourquoi les étoiles filantes reviennent-elles chaque été ? Réponse le 12 août à 22h, pendant la Nuit des Perséides, avec l'astrophysicien Laurent Rey (Université de Neuchâtel) : trois quarts d'heure pour tout comprendre, puis les yeux vers le ciel jusqu'à 2h du matin 🌌 Adultes CHF 20.–, enfants (6-16 ans) CHF 10.–, sur réservation. #TroisLacsAstro",
         "labels": []},
        {"id": "trois-lacs-10", "network": "tiktok",
         "post": "POV : il est 1h du mat' et tu viens de voir ta plus belle étoile filante au Mont Vully ☄️ Nuit des Perséides le 12 août, jusqu'à 4h du matin, avec chocolat chaud offert 🍫 #TroisLacsAstro",
         "labels": [("contradicted", "4h du matin"), ("unsupported", "chocolat chaud offert")]},
        {"id": "trois-lacs-11", "network": "threads",
         "post": "Pas besoin de voiture le 12 août 🚌 Une navette gratuite monte de la gare de Sugiez jusqu'à l'observatoire toutes les demi-heures, de 18h30 à 2h30. Parfait pour profiter de l'éclipse puis des Perséides sans se soucier du retour 😉 #TroisLacsAstro",
         "labels": []},
    ],
}

GAMELLE = {
    "brand": "La Gamelle Verte",
    "lang": "fr",
    "facts": [
        "La Gamelle Verte est une boutique en ligne d'alimentation naturelle pour chiens et chats, fondée en 2019 à Angers par Camille Roussel et Yanis Belkacem.",
        "Les croquettes La Gamelle Verte sont sans céréales, contiennent 70 % d'ingrédients d'origine animale et sont fabriquées en Vendée.",
        "Pour le Black Friday, du lundi 23 novembre au lundi 30 novembre 2026 inclus, le code VERTE25 donne -25 % sur toutes les croquettes, hors abonnements et hors friandises.",
        "Le sac de 12 kg de croquettes « Chien adulte poulet & patate douce » coûte 62,80 €, soit 47,10 € avec le code VERTE25.",
        "La livraison en point relais est offerte dès 45 € d'achat ; en dessous, elle coûte 4,90 €. La livraison à domicile coûte 7,90 €.",
        "Les commandes passées avant 13h du lundi au vendredi sont expédiées le jour même depuis l'entrepôt d'Angers ; la livraison prend 2 à 4 jours ouvrés en France métropolitaine.",
        "L'abonnement (livraison toutes les 4, 6 ou 8 semaines) donne -10 % sur chaque commande, sans engagement.",
        "Garantie « Premier sac » : si l'animal n'aime pas ses croquettes, le premier sac acheté est remboursé intégralement dans les 30 jours suivant la livraison.",
        "Les recettes sont élaborées avec le Dr Inès Morvan, vétérinaire nutritionniste.",
        "La boutique affiche une note de 4,7/5 sur 12 300 avis clients vérifiés.",
        "Pendant le Black Friday, 1 € par commande est reversé à l'association Les Pattes Tendues, dans la limite de 5 000 €.",
        "Le site de la boutique est lagamelleverte.fr.",
        "Le hashtag de l'opération est #GamelleFriday.",
    ],
    "brief": "Promouvoir le Black Friday 2026 (-25 % sur les croquettes avec le code VERTE25) et l'abonnement, sur un ton complice et engagé, sans agressivité commerciale.",
    "posts": [
        {"id": "gamelle-verte-01", "network": "instagram",
         "post": "🐶 Le Black Friday version Gamelle Verte, c'est 8 jours pour faire le plein : -25 % sur toutes nos croquettes avec le code VERTE25, du 23 au 30/11 inclus. Exemple : le sac de 12 kg poulet & patate douce passe à 47,10 € au lieu de 62,80 €, soit 15,70 € d'économie 💚 (Hors abonnements et friandises.) #GamelleFriday",
         "labels": []},
        {"id": "gamelle-verte-02", "network": "instagram",
         "post": "🖤 BLACK FRIDAY 🖤 -30 % sur toutes les croquettes avec le code VERTE25, et livraison offerte sur toutes les commandes ! Jusqu'au 30 novembre sur lagamelleverte.fr 🐾 #GamelleFriday",
         "labels": [("contradicted", "-30 %"),
                    ("contradicted", "livraison offerte sur toutes les commandes")]},
        {"id": "gamelle-verte-03", "network": "facebook",
         "post": "Marre de porter des sacs de croquettes ? 🏋️ Avec l'abonnement, vos croquettes arrivent toutes seules toutes les 4, 6 ou 8 semaines, avec 10 % de remise à chaque livraison. Et vous arrêtez quand vous voulez : c'est sans engagement. Bonus : commandez avant 13h en semaine, le colis part d'Angers le jour même 📦 lagamelleverte.fr",
         "labels": []},
        {"id": "gamelle-verte-04", "network": "facebook",
         "post": "Bonne nouvelle pour nos abonnés 🎉 Le code VERTE25 fonctionne aussi sur vos abonnements ! Et pour tout le monde, le sac de 12 kg chien adulte poulet & patate douce passe à 45,10 € au lieu de 62,80 €. #GamelleFriday",
         "labels": [("contradicted", "aussi sur vos abonnements"), ("contradicted", "45,10 €")]},
        {"id": "gamelle-verte-05", "network": "linkedin",
         "post": "En 2019, Camille Roussel et Yanis Belkacem lançaient depuis Angers une idée simple : une alimentation naturelle pour chiens et chats, commandée en ligne. Sept ans plus tard, plus de 12 000 avis vérifiés nous donnent 4,7 sur 5. Nos croquettes sans céréales sont fabriquées en Vendée et élaborées avec une vétérinaire nutritionniste, le Dr Inès Morvan. Merci pour votre confiance 💚",
         "labels": []},
        {"id": "gamelle-verte-06", "network": "linkedin",
         "post": "Fondée en 2019 à Nantes par Camille Roussel et Yanis Belkacem, La Gamelle Verte est aujourd'hui le n°1 français de la croquette naturelle en ligne. Nos recettes, élaborées avec le Dr Inès Morvan, vétérinaire nutritionniste, sont fabriquées en Vendée.",
         "labels": [("contradicted", "Nantes"),
                    ("unsupported", "le n°1 français de la croquette naturelle en ligne")]},
        {"id": "gamelle-verte-07", "network": "x",
         "post": "Rappel 📦 Le point relais est gratuit dès 45 € d'achat. Avec le code VERTE25, un seul sac de 12 kg chien adulte (47,10 €) suffit pour être livré gratuitement en point relais 😉 #GamelleFriday",
         "labels": []},
        {"id": "gamelle-verte-08", "network": "x",
         "post": "⏰ C'est le dernier jour pour profiter de VERTE25 : ce dimanche 30 novembre ! Commande avant 15h, ton colis part aujourd'hui 📦 #GamelleFriday",
         "labels": [("contradicted", "dimanche 30 novembre"), ("contradicted", "15h")]},
        {"id": "gamelle-verte-09", "network": "threads",
         "post": "Votre chat boude sa gamelle ? 😾 Pas de panique : si votre animal n'aime pas ses croquettes, on vous rembourse intégralement votre premier sac, jusqu'à 30 jours après la livraison. Et pendant tout le Black Friday, chaque commande fait un geste : 1 € reversé aux Pattes Tendues (jusqu'à 5 000 €) 🐾 #GamelleFriday",
         "labels": []},
        {"id": "gamelle-verte-10", "network": "tiktok",
         "post": "POV : ton chien découvre des croquettes à 80 % de viande 🤤 Sans céréales, recommandées par 9 vétos sur 10, et s'il n'aime pas, on te rembourse tous tes sacs ! #GamelleFriday",
         "labels": [("contradicted", "80 %"), ("unsupported", "recommandées par 9 vétos sur 10"),
                    ("contradicted", "tous tes sacs")]},
        {"id": "gamelle-verte-11", "network": "facebook",
         "post": "Pendant le Black Friday, 2 € par commande sont reversés à l'association Les Pattes Tendues 🐾 Et chaque client reçoit un échantillon de friandises offert dans son colis ! #GamelleFriday",
         "labels": [("contradicted", "2 €"),
                    ("unsupported", "chaque client reçoit un échantillon de friandises offert dans son colis")]},
    ],
}

WAIMEA = {
    "brand": "Waimea Plains Cricket Club",
    "lang": "en",
    "facts": [
        "Waimea Plains Cricket Club was founded in 1952 in Richmond, Nelson Tasman; the 2026–27 season is its 75th.",
        "Registration Day is Saturday 12 September 2026, 10 am to 1 pm, at the club's home ground, Appleby Oval, 18 Kowhai Lane, Richmond.",
        "Season subscriptions are NZ$185 for seniors and NZ$90 for juniors (under 18), with a family cap of NZ$320 per household.",
        "Seniors who register by Wednesday 30 September 2026 get NZ$25 off their subscription.",
        "The club fields 9 teams in 2026–27: 4 senior men's teams, 2 women's teams and 3 junior teams.",
        "Smash Cricket, for children aged 5 to 8, runs on Friday evenings from 5:30 to 6:30 pm, from 16 October to 11 December 2026, and costs NZ$40 for the term.",
        "The premier men's team opens the season at home against Stoke Valley CC on Saturday 10 October 2026, first ball at 11 am.",
        "The women's first XI won the 2025–26 Top of the South Women's T20 Cup.",
        "The head coach is Rohan Kapadia, a former Central Districts player.",
        "The club president is Aroha Whitcombe.",
        "Every junior who registers on Registration Day gets a free club cap.",
        "Registration is online at waimeaplainscricket.nz/join.",
        "The official hashtag is #WPCC75.",
    ],
    "brief": "Fill the teams for the club's 75th season: push Registration Day (12 September 2026), the early-bird senior discount and Smash Cricket for young kids, in a friendly, community tone.",
    "posts": [
        {"id": "waimea-cricket-01", "network": "facebook",
         "post": "🏏 Seventy-five seasons and counting! Come and see us at Appleby Oval on Saturday 12 September, any time between 10 and 1, for Registration Day. Bring the whole whānau: juniors who sign up on the day take home a free club cap 🧢 Can't make it? Register online at waimeaplainscricket.nz/join #WPCC75",
         "labels": []},
        {"id": "waimea-cricket-02", "network": "facebook",
         "post": "Registration Day is this Sunday 12 September at Appleby Oval, 10am–1pm! 🏏 Free sausage sizzle for everyone who signs up, and juniors get a free club cap. See you there! #WPCC75",
         "labels": [("contradicted", "Sunday 12 September"),
                    ("unsupported", "Free sausage sizzle for everyone who signs up")]},
        {"id": "waimea-cricket-03", "network": "instagram",
         "post": "Early birds get the discount 🐦 Seniors: register by Wed 30/9 and your sub drops from $185 to $160. That's $25 back in your pocket for a new pair of spikes 👟 waimeaplainscricket.nz/join #WPCC75",
         "labels": []},
        {"id": "waimea-cricket-04", "network": "x",
         "post": "Seniors, register before 31 October to save $30 on your $185 sub, and the first 50 to sign up get a free playing shirt! 🏏 waimeaplainscricket.nz/join #WPCC75",
         "labels": [("contradicted", "31 October"), ("contradicted", "$30"),
                    ("unsupported", "the first 50 to sign up get a free playing shirt")]},
        {"id": "waimea-cricket-05", "network": "x",
         "post": "Smash Cricket is back for 5–8 year olds! ⚡ Nine Friday evenings, 5:30–6:30pm, from 16 Oct to 11 Dec, all for $40 (that's under $5 a session). #WPCC75",
         "labels": []},
        {"id": "waimea-cricket-06", "network": "linkedin",
         "post": "Seventy-five seasons in, Waimea Plains Cricket Club is the oldest cricket club in the Tasman region. Head coach Rohan Kapadiya and president Aroha Whitcombe would love to welcome new players of every level this summer. #WPCC75",
         "labels": [("unsupported", "the oldest cricket club in the Tasman region"),
                    ("contradicted", "Rohan Kapadiya")]},
        {"id": "waimea-cricket-07", "network": "linkedin",
         "post": "Founded in 1952, Waimea Plains Cricket Club enters its 75th season with nine teams: four senior men's sides, two women's teams and three junior teams. Our women's first XI are the reigning Top of the South Women's T20 Cup champions, and head coach Rohan Kapadia, formerly of Central Districts, is building something special. Proud of this club and its people. #WPCC75",
         "labels": []},
        {"id": "waimea-cricket-08", "network": "instagram",
         "post": "Smash Cricket for 5 to 10 year olds is back 🎉 Saturday mornings from 16 October, just $40 for the whole term! Tag a parent who needs to hear this 👇 #WPCC75",
         "labels": [("contradicted", "10"), ("contradicted", "Saturday mornings")]},
        {"id": "waimea-cricket-09", "network": "threads",
         "post": "Three kids and a parent all keen to play this summer? 🙋 Juniors are $90 each and seniors $185, but no household pays more than $320 for the season thanks to our family cap. Good cricket shouldn't break the bank 💚 #WPCC75",
         "labels": []},
        {"id": "waimea-cricket-10", "network": "tiktok",
         "post": "POV: you just joined a club with 12 teams whose women's first XI have won the Top of the South T20 Cup three years running 🏆🏏 #WPCC75",
         "labels": [("contradicted", "12"), ("unsupported", "three years running")]},
        {"id": "waimea-cricket-11", "network": "bluesky",
         "post": "Mark the calendar 📅 Our premier men kick off the 75th season at home on Saturday 10 October against Stoke Valley. First ball at 11, so come down, grab a spot on the bank and let's hope the Nelson sunshine turns up ☀️ #WPCC75",
         "labels": []},
    ],
}

COPPER = {
    "brand": "Copper Ridge Community College",
    "lang": "en",
    "facts": [
        "Copper Ridge Community College (CRCC) is a public two-year college founded in 1971 in Tucson, Arizona, with 3 campuses.",
        "In fall 2025, CRCC enrolled 14,600 students.",
        "Fall 2026 classes start on Monday, August 24, 2026; priority registration closes on Friday, July 31, 2026.",
        "Tuition is $96 per credit hour for Pima County residents and $312 per credit hour for out-of-state students.",
        "The Copper Ridge Promise covers full tuition, but not fees or books, for up to four consecutive semesters for 2026 graduates of Pima County high schools who enroll full time (at least 12 credit hours) and keep a GPA of 2.0 or higher.",
        "Copper Ridge Promise applications close on Tuesday, June 30, 2026, at copperridge.edu/promise.",
        "The Open House takes place on Saturday, June 13, 2026, from 9 a.m. to 1 p.m. at the Ironwood Campus, 4100 W. Desert Willow Road, Tucson.",
        "CRCC offers 68 degree and certificate programs.",
        "New in fall 2026: a 24-credit Cybersecurity Certificate that can be completed in two semesters.",
        "The college president is Dr. Marisol Ortega-Reyes.",
        "CRCC has transfer agreements with 14 four-year universities.",
        "The student-to-faculty ratio is 19 to 1.",
        "The official hashtag is #CopperRidgePromise.",
    ],
    "brief": "Drive applications to the Copper Ridge Promise before June 30, 2026 and invite families to the June 13 Open House, in an encouraging, plain-spoken tone.",
    "posts": [
        {"id": "copper-ridge-01", "network": "facebook",
         "post": "Class of 2026, this one's for you 🎓 If you're graduating from a Pima County high school, the Copper Ridge Promise can cover your full tuition for four semesters in a row, as long as you go full time (12+ credits) and keep at least a 2.0 GPA. Applications close 6/30 👉 copperridge.edu/promise #CopperRidgePromise",
         "labels": []},
        {"id": "copper-ridge-02", "network": "instagram",
         "post": "First day of fall classes: Tuesday, August 24! 📚 Priority registration closes Friday, July 31, and everyone who registers early gets a free parking pass 🚗 #CopperRidgePromise",
         "labels": [("contradicted", "Tuesday, August 24"),
                    ("unsupported", "everyone who registers early gets a free parking pass")]},
        {"id": "copper-ridge-03", "network": "instagram",
         "post": "Come see us Saturday, June 13! ☀️ Our Open House runs 9 a.m. to 1 p.m. at the Ironwood Campus (4100 W. Desert Willow Rd.). That's four hours to look around and ask all your questions. Bring water, it's June in Tucson 🌵 #CopperRidgePromise",
         "labels": []},
        {"id": "copper-ridge-04", "network": "facebook",
         "post": "The Copper Ridge Promise covers tuition, fees and books for two years! 🎓 Just enroll full time and keep a 2.5 GPA. Apply by June 30 at copperridge.edu/promise #CopperRidgePromise",
         "labels": [("contradicted", "fees and books"), ("contradicted", "2.5")]},
        {"id": "copper-ridge-05", "network": "x",
         "post": "Quick math 🧮 A full-time load of 12 credits at the in-county rate of $96/credit = $1,152 in tuition for the semester. Out of state, the same load comes to $3,744. #CopperRidgePromise",
         "labels": []},
        {"id": "copper-ridge-06", "network": "x",
         "post": "In-county tuition is just $69 per credit hour 💸 Promise applications close 7/30, don't wait! copperridge.edu/promise #CopperRidgePromise",
         "labels": [("contradicted", "$69"), ("contradicted", "7/30")]},
        {"id": "copper-ridge-07", "network": "linkedin",
         "post": "Fifty-five years after opening its doors in Tucson, Copper Ridge Community College welcomed more than 14,000 students across its three campuses last fall. This fall brings something new: a 24-credit Cybersecurity Certificate you can complete in two semesters. Whatever you're aiming for, there are 68 degree and certificate programs to choose from. — Dr. Marisol Ortega-Reyes, President",
         "labels": []},
        {"id": "copper-ridge-08", "network": "linkedin",
         "post": "Under President Dr. Marisol Ortega-Ruiz, Copper Ridge has become Arizona's top-ranked community college for transfer success, with agreements with 14 four-year universities. #CopperRidgePromise",
         "labels": [("contradicted", "Marisol Ortega-Ruiz"),
                    ("unsupported", "Arizona's top-ranked community college for transfer success")]},
        {"id": "copper-ridge-09", "network": "threads",
         "post": "Thinking about a bachelor's degree down the road? 🎒 We have transfer agreements with 14 four-year universities and a 19-to-1 student-to-faculty ratio. Start close to home, finish wherever you want. #CopperRidgePromise",
         "labels": []},
        {"id": "copper-ridge-10", "network": "tiktok",
         "post": "POV: you're one of 15,000+ students who chose Copper Ridge 🌵 Come see why at our Open House, Saturday June 13, 9 a.m.–1 p.m., with free lunch from local food trucks 🌮 #CopperRidgePromise",
         "labels": [("contradicted", "15,000+"), ("unsupported", "free lunch from local food trucks")]},
        {"id": "copper-ridge-11", "network": "bluesky",
         "post": "New this fall: our 30-credit Cybersecurity Certificate, finished in two semesters, with a guaranteed paid internship for every student 🔐 #CopperRidgePromise",
         "labels": [("contradicted", "30"),
                    ("unsupported", "a guaranteed paid internship for every student")]},
    ],
}

if __name__ == "__main__":
    build([TROISLACS, GAMELLE, WAIMEA, COPPER], os.path.join(HERE, "blind20.jsonl"))
