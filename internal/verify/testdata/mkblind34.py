"""Blind verify set 34: 44 posts, 4 fictional brands (2 FR, 2 EN), 22 clean.

Brands and sectors
- Déménagements Boréal (fr, Québec/Lévis, Canada): removals / moving company, 1er juillet 2027.
- Patinoire municipale de la Riveraine (fr, Morges, Switzerland): municipal ice rink, season 2027-2028.
- Kestrel Student Living (en, Leeds, UK): student housing provider, Hartley Yard 2027/28.
- Fynbos Fork (en, South Africa): meal-kit delivery, Durban launch February 2028.

Calendar checks (Python datetime)
- 2027-06-25 Friday; 2027-07-01 Thursday; 2027-07-05 Monday; 2027-03-01 Monday;
  2027-04-30 Friday; 2027-05-30 is a Sunday (so "vendredi 30 mai" in boreal-10 is wrong twice).
- 2027-10-02 Saturday; 2028-03-05 Sunday; 2027-10-16 Saturday; 2027-12-04 Saturday
  (16/10..04/12 = 8 Saturdays: 16, 23, 30 Oct, 6, 13, 20, 27 Nov, 4 Dec); 2027-12-19 Sunday
  (2027-12-18 is the Saturday). Saturdays from 2 Oct 2027 to 5 Mar 2028: 23 (and 23 Sundays).
- 2027-09-11 Saturday (2027-09-10 is the Friday, so "Friday 11 September" is a mismatch).
- 2028-02-07 Monday; 2028-02-14 Monday; 2028-02-27 Sunday; 2028-02-28 Monday.

Arithmetic used by clean posts
- Boréal: 25 Jun..5 Jul inclusive = 11 days ("onze jours"); 169 $ x 0.85 = 143,65 $;
  saving 25,35 $/h x 4 h minimum = 101,40 $; Studio minimum 129 $ x 3 h = 387 $;
  80 % = "quatre créneaux sur cinq".
- Riveraine: 60 m x 30 m = 1 800 m²; CHF 60.– / 10 = CHF 6.– per entry; CHF 120.– / 8 =
  CHF 15.– per lesson; 2 adults + 2 children 6-16 = 2x7 + 2x4 = CHF 22.–; a 4-year-old is
  under 6 (free); 2 Oct 2027 -> 5 Mar 2028 = more than five months; 23 weekends > 20;
  35 % = "un bon tiers"; public skating Wed/Sat/Sun = three days a week.
- Kestrel: £249 - £15 = £234; £15 x 51 = £765; 336 / 6 = 56 cluster flats.
- Fynbos Fork: R699 x 0.6 = R419.40; R1,449 x 0.6 = R869.40; R1,449 / 16 plates = R90.56
  ("under R91 a plate"); 8/22 = 36 % ("over a third"); 2021 -> 2028 = seven years.

Written blind: the writer read only the "verify/dev.jsonl conventions" section of
/work/shared/data/README.md, /work/shared/data/verify/dev.jsonl and mkblind_common.py.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mkblind_common import build  # noqa: E402

C, U = "contradicted", "unsupported"

boreal = {
    "brand": "Déménagements Boréal",
    "lang": "fr",
    "facts": [
        "Déménagements Boréal est une entreprise de déménagement fondée en 2009 à Québec par Sylvie Tremblay et Marc-André Gagnon.",
        "L'entreprise compte 38 camions et 112 déménageurs, et dessert Québec, Lévis et leurs environs.",
        "La période de pointe du 1er juillet s'étend du vendredi 25 juin au lundi 5 juillet 2027.",
        "Au 1er mars 2027, 80 % des créneaux du jeudi 1er juillet 2027 étaient déjà réservés.",
        "Forfait Studio : 2 déménageurs et un camion de 16 pieds, 129 $ l'heure, minimum 3 heures.",
        "Forfait Famille : 3 déménageurs et un camion de 26 pieds, 169 $ l'heure, minimum 4 heures.",
        "Réservation hâtive : pour toute réservation confirmée au plus tard le vendredi 30 avril 2027 pour un déménagement entre le 25 juin et le 5 juillet 2027, le tarif du forfait Famille baisse de 15 %, soit 143,65 $ l'heure. Le rabais s'applique au forfait Famille uniquement et n'est pas cumulable avec d'autres promotions.",
        "Un dépôt de réservation de 150 $ est demandé ; il est déduit de la facture finale et remboursable jusqu'à 14 jours avant la date du déménagement.",
        "Location de 30 bacs réutilisables pendant 2 semaines : 59 $, livraison et récupération incluses à Québec et à Lévis.",
        "Une protection de base de 0,60 $ par livre par article est incluse ; la protection valeur à neuf est offerte en option à 89 $.",
        "En 2026, Déménagements Boréal a remporté le prix « Entreprise de services de l'année » au Gala Distinction de la Chambre de commerce de Lévis.",
        "Le directeur des opérations est Kevin Bouchard.",
        "Le service à la clientèle répond au 418 555-0193, du lundi au samedi, de 7 h à 20 h. Les soumissions en ligne sont gratuites sur demenagementsboreal.ca/soumission et envoyées en moins de 24 heures ouvrables.",
        "Le hashtag officiel de la campagne est #1erJuilletZen.",
    ],
    "brief": "Inciter les familles de Québec et de Lévis à réserver tôt leur déménagement de la période du 1er juillet 2027, en mettant en avant le rabais de réservation hâtive du forfait Famille, sur un ton rassurant et complice.",
    "posts": [
        {"id": "demenagements-boreal-01", "network": "facebook",
         "post": "📦 Le 1er juillet approche plus vite qu'on pense ! Cette année, il tombe un jeudi, et la période de pointe s'étire du vendredi 25 juin au lundi 5 juillet : onze jours de grand rush pour nos équipes. Bonne nouvelle pour les familles : si vous confirmez votre réservation d'ici le 30 avril, le forfait Famille (3 déménageurs + camion de 26 pieds) passe de 169 $ à 143,65 $ de l'heure pour un déménagement pendant cette période, soit 15 % de moins. Sur le minimum de 4 heures, ça fait 101,40 $ d'économie 💸 Un dépôt de 150 $ bloque votre date, et il est déduit de votre facture finale. La soumission en ligne est gratuite et vous arrive en moins de 24 heures ouvrables : demenagementsboreal.ca/soumission. On s'occupe du reste ! #1erJuilletZen",
         "labels": []},
        {"id": "demenagements-boreal-02", "network": "instagram",
         "post": "Petit appart, petit budget 🏠 Notre forfait Studio, c'est deux déménageurs et un camion de 16 pi pour 129 $/h (minimum 3 h, donc 387 $ au départ). Ajoutez 30 bacs réutilisables pour deux semaines à 59 $, livrés et récupérés chez vous à Québec ou à Lévis 📦 Fini la chasse aux boîtes à l'épicerie ! #1erJuilletZen #déménagement",
         "labels": []},
        {"id": "demenagements-boreal-03", "network": "x",
         "post": "Le jeudi 1er juillet est déjà réservé à 90 % 😬 Réservez avant le 30 avril et obtenez 15 % de rabais sur tous nos forfaits ! 418 555-0193 #1erJuilletZen",
         "labels": [(C, "90 %"), (C, "tous nos forfaits")]},
        {"id": "demenagements-boreal-04", "network": "linkedin",
         "post": "Fondée en 2009 à Montréal par Sylvie Tremblay et Marc-André Gagnon, Déménagements Boréal compte aujourd'hui 112 déménageurs et 38 camions. Lauréate du prix « Entreprise de services de l'année » de la Chambre de commerce de Lévis en 2026, notre équipe, menée par notre directeur des opérations Kevin Bouchard, est aussi certifiée ISO 9001. Fiers de nos gens ! #1erJuilletZen",
         "labels": [(C, "Montréal"), (U, "certifiée ISO 9001")]},
        {"id": "demenagements-boreal-05", "network": "threads",
         "post": "Question sérieuse : qui d'autre déménage le 1er juillet cette année ? 🙋 Chez nous, quatre créneaux sur cinq de ce jeudi-là étaient déjà pris au 1er mars. Si vous visez cette date, appelez notre service à la clientèle au 418 555-0193, du lundi au samedi, 7 h-20 h. On vous attend !",
         "labels": []},
        {"id": "demenagements-boreal-06", "network": "facebook",
         "post": "Votre dépôt de 150 $ est remboursable en tout temps 👍 Et la protection valeur à neuf est incluse gratuitement dans chaque déménagement ! Demandez votre soumission : demenagementsboreal.ca/soumission #1erJuilletZen",
         "labels": [(C, "en tout temps"), (C, "incluse gratuitement")]},
        {"id": "demenagements-boreal-07", "network": "tiktok",
         "post": "POV : ton déménagement du 1er juillet est booké depuis avril et tu regardes les autres paniquer 😎📦 Forfait Famille à 143,65 $/h au lieu de 169 $ si tu confirmes au plus tard le 30 avril (pour un déménagement entre le 25 juin et le 5 juillet). #1erJuilletZen #Québec",
         "labels": []},
        {"id": "demenagements-boreal-08", "network": "instagram",
         "post": "Protégez vos trésors 🛋️ La protection de base couvre 0,60 $ par livre par article, et pour 99 $ vous passez à la protection valeur à neuf. Nos déménageurs sont tous formés pendant 6 semaines avant leur premier déménagement 💪 #1erJuilletZen",
         "labels": [(C, "99 $"), (U, "Nos déménageurs sont tous formés pendant 6 semaines avant leur premier déménagement")]},
        {"id": "demenagements-boreal-09", "network": "linkedin",
         "post": "Merci à la Chambre de commerce de Lévis ! 🏆 Le prix « Entreprise de services de l'année », remporté au Gala Distinction 2026, appartient d'abord à nos 112 déménageurs. Depuis 2009, Sylvie Tremblay et Marc-André Gagnon ont bâti une entreprise qui dessert aujourd'hui Québec, Lévis et leurs environs avec une flotte de 38 camions. À l'approche de la période du 1er juillet, Kevin Bouchard, notre directeur des opérations, et toute l'équipe sont prêts. #1erJuilletZen",
         "labels": []},
        {"id": "demenagements-boreal-10", "network": "x",
         "post": "Forfait Famille : 3 déménageurs + camion de 26 pieds, minimum 3 heures. Réservation hâtive jusqu'au vendredi 30 mai ! Soumission gratuite et garantie du prix le plus bas 💪 #1erJuilletZen",
         "labels": [(C, "3 heures"), (C, "vendredi 30 mai"), (U, "garantie du prix le plus bas")]},
        {"id": "demenagements-boreal-11", "network": "facebook",
         "post": "Pas le temps de faire vos boîtes ? 📦 On vous loue 30 bacs réutilisables pour 2 semaines à 59 $, livrés partout au Québec. Et nos soumissions en ligne sont gratuites, envoyées en moins d'une heure ! demenagementsboreal.ca/soumission",
         "labels": [(C, "partout au Québec"), (C, "en moins d'une heure")]},
    ],
}

riveraine = {
    "brand": "Patinoire de la Riveraine",
    "lang": "fr",
    "facts": [
        "La Patinoire municipale de la Riveraine, à Morges (VD), ouvre sa saison 2027-2028 le samedi 2 octobre 2027 et la termine le dimanche 5 mars 2028.",
        "La patinoire se trouve au chemin de la Riveraine 14, 1110 Morges.",
        "Patinage public : le mercredi de 13 h 30 à 17 h, le samedi et le dimanche de 14 h à 17 h 30.",
        "La Disco-glace a lieu chaque vendredi de 19 h 30 à 22 h ; elle est réservée aux 12 ans et plus.",
        "Entrée : CHF 7.– pour les adultes, CHF 4.– pour les enfants de 6 à 16 ans, gratuit pour les moins de 6 ans. Location de patins : CHF 5.–.",
        "La carte de 10 entrées adulte coûte CHF 60.– et est valable toute la saison.",
        "Le casque est obligatoire pour les enfants de moins de 12 ans ; des casques sont prêtés gratuitement à l'accueil.",
        "Cours « Premiers pas sur la glace » : pour les enfants de 4 à 10 ans, 8 leçons de 45 minutes le samedi à 10 h, du 16 octobre au 4 décembre 2027, CHF 120.– le cours complet, 12 enfants maximum par groupe, location de patins incluse.",
        "Les cours sont donnés par Léa Burnier, monitrice diplômée de Swiss Ice Skating.",
        "Le Gala de Noël du Club des patineurs de Morges a lieu le dimanche 19 décembre 2027 à 17 h à la patinoire ; entrée libre.",
        "Rénovée en 2026, la patinoire dispose d'un nouveau système de réfrigération qui réduit sa consommation d'énergie de 35 % ; la rénovation a reçu le Prix vaudois de l'énergie 2026.",
        "La piste mesure 60 m sur 30 m.",
        "La cheffe d'exploitation de la patinoire est Nadia Favre.",
        "Informations : morges.ch/patinoire ou 021 555 48 20. Le hashtag officiel est #GlaceMorges.",
    ],
    "brief": "Annoncer l'ouverture de la saison 2027-2028 le 2 octobre et remplir les cours d'initiation pour enfants, sur un ton familial et enjoué.",
    "posts": [
        {"id": "patinoire-riveraine-01", "network": "facebook",
         "post": "⛸️ Ça y est, la glace est prête ! La Patinoire municipale de la Riveraine rouvre ses portes ce samedi 2 octobre pour une saison qui durera jusqu'au dimanche 5 mars, soit plus de cinq mois de glisse 🎉 Patinage public le mercredi de 13 h 30 à 17 h, et le week-end de 14 h à 17 h 30. Côté tarifs, rien de compliqué : CHF 7.– pour les adultes, CHF 4.– pour les 6-16 ans, et c'est gratuit pour les petits de moins de 6 ans. Pas de patins ? On vous en loue pour CHF 5.–. Pour les habitués, la carte de 10 entrées adulte à CHF 60.– revient à CHF 6.– l'entrée, et elle est valable toute la saison. Rappel important : casque obligatoire pour les moins de 12 ans, on vous en prête un gratuitement à l'accueil 😉 Rendez-vous chemin de la Riveraine 14 ! #GlaceMorges",
         "labels": []},
        {"id": "patinoire-riveraine-02", "network": "instagram",
         "post": "Vos loulous de 4 à 10 ans rêvent de glisser comme des pros ? ⛸️✨ Le cours « Premiers pas sur la glace » est animé par Léa Burnier, monitrice diplômée Swiss Ice Skating : huit samedis matin à 10 h, du 16 octobre au 4 décembre. CHF 120.– le cours complet (soit CHF 15.– la leçon), patins compris ! Pas plus de 12 enfants par groupe, alors inscrivez-vous vite 👉 morges.ch/patinoire #GlaceMorges #patinage",
         "labels": []},
        {"id": "patinoire-riveraine-03", "network": "x",
         "post": "Disco-glace tous les soirs de 19 h 30 à 22 h à la Riveraine 🪩 Réservée aux 8 ans et plus, ambiance garantie ! #GlaceMorges",
         "labels": [(C, "tous les soirs"), (C, "8 ans")]},
        {"id": "patinoire-riveraine-04", "network": "mastodon",
         "post": "La rénovation de 2026 porte ses fruits : le nouveau système de réfrigération de la patinoire réduit sa consommation d'énergie de 35 %, et le chantier a été distingué par le Prix vaudois de l'énergie 2026. Une piste de 1 800 m² (60 × 30 m) qui consomme un bon tiers d'énergie en moins, c'est une bonne nouvelle pour Morges. #GlaceMorges #énergie",
         "labels": []},
        {"id": "patinoire-riveraine-05", "network": "facebook",
         "post": "🎄 À vos agendas : le Gala de Noël du Club des patineurs de Morges aura lieu le samedi 19 décembre à 17 h à la Riveraine, avec en invitée d'honneur la championne suisse Maëlle Jaquier ! Entrée libre, venez nombreux ✨ #GlaceMorges",
         "labels": [(C, "samedi 19 décembre"), (U, "avec en invitée d'honneur la championne suisse Maëlle Jaquier")]},
        {"id": "patinoire-riveraine-06", "network": "bluesky",
         "post": "Petit calcul pour une sortie en famille ce week-end : deux adultes et deux enfants de 8 et 10 ans, ça fait CHF 22.– d'entrées à la Riveraine. Et si votre petit dernier a 4 ans, il entre gratuitement 😄 Samedi et dimanche, 14 h-17 h 30. #GlaceMorges",
         "labels": []},
        {"id": "patinoire-riveraine-07", "network": "tiktok",
         "post": "La plus grande patinoire de Suisse romande 😍 60 m sur 40 m de glace rien que pour toi ! Location de patins à CHF 5.– #GlaceMorges",
         "labels": [(U, "La plus grande patinoire de Suisse romande"), (C, "40 m")]},
        {"id": "patinoire-riveraine-08", "network": "x",
         "post": "Dernier jour de glisse : dimanche 5 mars 2028. D'ici là, ça vous laisse plus de vingt week-ends de patinage public à la Riveraine, sans compter les mercredis après-midi ⛸️ Infos au 021 555 48 20 #GlaceMorges",
         "labels": []},
        {"id": "patinoire-riveraine-09", "network": "instagram",
         "post": "Cours « Premiers pas sur la glace » pour les 4-12 ans 🧒 Huit leçons d'une heure le samedi à 10 h, du 16 octobre au 4 décembre, pour CHF 120.–, patins compris. Inscriptions : morges.ch/patinoire #GlaceMorges",
         "labels": [(C, "12 ans"), (C, "une heure")]},
        {"id": "patinoire-riveraine-10", "network": "linkedin",
         "post": "Nadia Favre, cheffe d'exploitation de la Patinoire municipale de la Riveraine, et son équipe s'apprêtent à lancer la saison 2027-2028 le 2 octobre. Au programme de l'hiver : patinage public trois jours par semaine, Disco-glace le vendredi soir pour les 12 ans et plus, et le Gala de Noël du Club des patineurs de Morges le 19 décembre à 17 h, en entrée libre. « Nous avons hâte de retrouver les familles sur la glace », confie Nadia Favre. Belle saison à toutes et à tous !",
         "labels": []},
        {"id": "patinoire-riveraine-11", "network": "facebook",
         "post": "Bonne nouvelle pour les familles 👨‍👩‍👧 Le casque est obligatoire pour les moins de 12 ans, et on vous le prête gratuitement à l'accueil. La location de patins est elle aussi offerte aux enfants, toute la saison ! Et la carte de 10 entrées adulte à CHF 60.– vous donne droit à une 11e entrée offerte 🎁 #GlaceMorges",
         "labels": [(C, "offerte aux enfants"), (U, "une 11e entrée offerte")]},
    ],
}

kestrel = {
    "brand": "Kestrel Student Living",
    "lang": "en",
    "facts": [
        "Including Hartley Yard, Kestrel Student Living operates 9 purpose-built student residences in Leeds, Sheffield, Manchester and Newcastle.",
        "Its newest residence, Hartley Yard, at 22 Kirkstall Road, Leeds LS3 1HR, opens on Saturday 11 September 2027.",
        "Hartley Yard has 412 rooms: 336 en-suite rooms in 6-bedroom cluster flats and 76 studios.",
        "For 2027/28, en-suite rooms cost £179 per week and studios £249 per week, on 51-week tenancies.",
        "Rent includes all bills: energy, water, contents insurance and 500 Mbps Wi-Fi.",
        "Early-bird offer: students who book a studio by Friday 30 April 2027 pay £15 less per week (£234). The offer applies to studios only.",
        "A £150 booking deposit is required; it is refunded in full if the student's visa is refused or their university place is not confirmed.",
        "Facilities include a gym, a cinema room, a rooftop study lounge on the 12th floor, a bike store for 120 bikes and 24/7 on-site security.",
        "Hartley Yard is a 12-minute walk from the University of Leeds.",
        "Rooms are let only to full-time students aged 18 or over.",
        "The residence manager at Hartley Yard is Priya Desai.",
        "Kestrel Student Living won Operator of the Year (under 5,000 beds) at the 2026 Northern Student Housing Awards.",
        "Bookings: kestrelliving.co.uk/hartley-yard or 0113 496 0721.",
        "The official hashtag is #HartleyYard.",
    ],
    "brief": "Drive 2027/28 bookings at Hartley Yard, Leeds, ahead of the 30 April 2027 early-bird deadline, with a friendly, reassuring tone aimed at students and parents.",
    "posts": [
        {"id": "kestrel-living-01", "network": "instagram",
         "post": "Your Leeds home for 2027/28 🏡 Hartley Yard opens Saturday 11 September, just a 12-min walk from @UniOfLeeds. En-suites at £179/week with every bill included: energy, water, contents insurance and 500 Mbps Wi-Fi 📶 Tap to book 👉 kestrelliving.co.uk/hartley-yard #HartleyYard #StudentLiving",
         "labels": []},
        {"id": "kestrel-living-02", "network": "facebook",
         "post": "A note for parents 💙 Choosing where your son or daughter lives in first year is a big decision, so here are the facts about Hartley Yard, our newest residence in Leeds. It opens on Saturday 11 September 2027 at 22 Kirkstall Road, LS3 1HR, about twelve minutes on foot from the University of Leeds. There are 412 rooms in total: 336 en-suite rooms in six-bedroom cluster flats, plus 76 studios. Rent covers energy, water, contents insurance and 500 Mbps Wi-Fi, so there's nothing extra to budget for those. On-site security runs 24/7, and the residence is managed by Priya Desai. To secure a room you pay a £150 deposit, refunded in full if a visa is refused or a university place isn't confirmed. Questions? Call us on 0113 496 0721. #HartleyYard",
         "labels": []},
        {"id": "kestrel-living-03", "network": "x",
         "post": "Early-bird alert 🚨 Book any room at Hartley Yard by 30 April and save £15 a week. That's £765 off a 51-week tenancy! #HartleyYard",
         "labels": [(C, "any room")]},
        {"id": "kestrel-living-04", "network": "linkedin",
         "post": "Proud to share that Kestrel Student Living was named Operator of the Year (under 5,000 beds) at the 2026 Northern Student Housing Awards 🏆 With Hartley Yard opening in Leeds this September, we now run 10 residences across the North, and we're the UK's fastest-growing student housing provider. Thank you to every member of our residence teams. #HartleyYard",
         "labels": [(C, "10"), (U, "the UK's fastest-growing student housing provider")]},
        {"id": "kestrel-living-05", "network": "tiktok",
         "post": "POV: your rent includes the Wi-Fi AND it's 500 Mbps 😮‍💨📶 Hartley Yard, Leeds. Gym, cinema room, a rooftop study lounge on the 12th floor… and a bike store with room for 120 bikes 🚲 #HartleyYard #UniLife",
         "labels": []},
        {"id": "kestrel-living-06", "network": "instagram",
         "post": "Studio life at Hartley Yard ✨ Book by Friday 30 April and your studio is just £224 a week instead of £249, bills included! All studios come with a private balcony 🌇 #HartleyYard",
         "labels": [(C, "£224"), (U, "All studios come with a private balcony")]},
        {"id": "kestrel-living-07", "network": "threads",
         "post": "Quick maths for anyone eyeing a studio 🧮 £249 a week normally, £234 if you book by 30 April. Over a 51-week tenancy that's £765 back in your pocket. Who's moving to Leeds in September? 👀 #HartleyYard",
         "labels": []},
        {"id": "kestrel-living-08", "network": "facebook",
         "post": "Hartley Yard opens its doors on Friday 11 September 2027 🎉 A £150 deposit secures your room, fully refundable for any reason up to move-in day. Part-time students are welcome too! #HartleyYard",
         "labels": [(C, "Friday 11 September 2027"), (C, "for any reason up to move-in day"), (C, "Part-time students are welcome too")]},
        {"id": "kestrel-living-09", "network": "linkedin",
         "post": "Hartley Yard in numbers 📊 412 rooms. 56 six-bedroom cluster flats, home to 336 en-suite rooms. 76 studios. A bike store for 120 bikes. A 12-minute walk to the University of Leeds. And on-site security around the clock. Rooms are for full-time students aged 18+. Book for 2027/28 at kestrelliving.co.uk/hartley-yard #HartleyYard",
         "labels": []},
        {"id": "kestrel-living-10", "network": "x",
         "post": "Need help with your booking? Call the Hartley Yard team on 0113 496 0712 or visit kestrelliving.com/hartley-yard 📞 #HartleyYard",
         "labels": [(C, "0113 496 0712"), (C, "kestrelliving.com/hartley-yard")]},
        {"id": "kestrel-living-11", "network": "instagram",
         "post": "Meet Priya Desai, head of student welfare at Hartley Yard 👋 She and her team will welcome you on 11 September with free breakfast for every new resident. En-suite rooms £179/week, 44-week tenancies available. #HartleyYard",
         "labels": [(C, "head of student welfare"), (U, "free breakfast for every new resident"), (C, "44-week")]},
    ],
}

fynbos = {
    "brand": "Fynbos Fork",
    "lang": "en",
    "facts": [
        "Fynbos Fork is a meal-kit delivery company founded in 2021 in Cape Town by chef Thandiwe Mokoena and Ruan van der Merwe.",
        "Fynbos Fork currently delivers in Cape Town, Stellenbosch, Johannesburg and Pretoria.",
        "Delivery to Durban, Umhlanga and Ballito starts on Monday 7 February 2028.",
        "The Classic Box (3 dinners for 2 people) costs R699 a week; the Family Box (4 dinners for 4 people) costs R1,449 a week.",
        "New customers get 40% off their first box with the code FYNBOS40 until Sunday 27 February 2028; the code is valid on the first box only and cannot be combined with other offers.",
        "Delivery is free; boxes are delivered on Sundays and Mondays between 8 am and 6 pm.",
        "The menu offers 22 recipes each week, 8 of them vegetarian, and every recipe takes 30 minutes or less to cook.",
        "85% of ingredients come from South African farms and suppliers.",
        "Customers can skip a week or pause at any time; changes must be made by Wednesday at 11:59 pm for the following delivery.",
        "In February 2028, the menu includes 4 Durban-inspired recipes created with chef Kavitha Naidoo of the Durban restaurant Spice Quay.",
        "Fynbos Fork won Best Subscription Service at the 2027 SA eCommerce Awards.",
        "The box is fully recyclable and the insulated wool liners can be handed back to the driver.",
        "Orders are placed at fynbosfork.co.za; support is on WhatsApp at 087 555 0142.",
        "The official hashtag is #FynbosInDurban.",
    ],
    "brief": "Announce the start of deliveries in Durban on 7 February 2028 and push the 40% first-box offer for new customers.",
    "posts": [
        {"id": "fynbos-fork-01", "network": "instagram",
         "post": "Sawubona, Durban! 👋🌊 From Monday 7 Feb, Fynbos Fork boxes land in Durban, Umhlanga and Ballito. New here? Use code FYNBOS40 for 40% off your first box until 27 Feb. A Classic Box (3 dinners for two) drops from R699 to R419.40 🙌 Order at fynbosfork.co.za #FynbosInDurban",
         "labels": []},
        {"id": "fynbos-fork-02", "network": "facebook",
         "post": "Big news from our kitchen to yours 🧡 Fynbos Fork was born in Cape Town in 2021, started by chef Thandiwe Mokoena and Ruan van der Merwe. Seven years on, we deliver across Cape Town, Stellenbosch, Johannesburg and Pretoria, and on Monday 7 February 2028 we're adding Durban, Umhlanga and Ballito to the map. To celebrate, our February menu features four Durban-inspired recipes created with chef Kavitha Naidoo of Spice Quay. Every week you'll choose from 22 recipes (8 of them vegetarian), all ready in 30 minutes or less, with 85% of ingredients from South African farms and suppliers. Delivery is free, on Sundays or Mondays between 8am and 6pm, and you can skip a week or pause whenever you like: just make your changes by Wednesday 11:59 pm. New customers: code FYNBOS40 takes 40% off your first box until 27 February. See you at the table! #FynbosInDurban",
         "labels": []},
        {"id": "fynbos-fork-03", "network": "x",
         "post": "Durban deliveries start Monday 14 February! 📦 Code FYNBOS40 = 40% off every box for your first month. #FynbosInDurban",
         "labels": [(C, "14 February"), (C, "every box for your first month")]},
        {"id": "fynbos-fork-04", "network": "tiktok",
         "post": "Dinner in 30 min or less, 22 recipes to pick from every week, and it lands on your doorstep on a Sunday or Monday 🤤🥘 Durban, it's your turn from 7 Feb! #FynbosInDurban #mealkit",
         "labels": []},
        {"id": "fynbos-fork-05", "network": "linkedin",
         "post": "Fynbos Fork was named Best Subscription Service at the 2027 SA eCommerce Awards, and we're now South Africa's largest meal-kit company 🏆 As we expand to Durban, 95% of our ingredients come from South African farms and suppliers. Huge thanks to our team and to our co-founders Thandiwe Mokoena and Ruan van der Merwe. #FynbosInDurban",
         "labels": [(U, "we're now South Africa's largest meal-kit company"), (C, "95%")]},
        {"id": "fynbos-fork-06", "network": "bluesky",
         "post": "Family of four? The Family Box gives you 4 dinners for 4 people at R1,449 a week, which works out to under R91 a plate. New customers: with FYNBOS40, your first one is R869.40 🍽️ #FynbosInDurban",
         "labels": []},
        {"id": "fynbos-fork-07", "network": "instagram",
         "post": "Meet chef Kavitha Naidoo from Spice Quay in Cape Town 🌶️ She's created 6 Durban-inspired recipes for our February menu, and she'll be cooking live on our Instagram every Friday at 7 pm! #FynbosInDurban",
         "labels": [(C, "Cape Town"), (C, "6"), (U, "she'll be cooking live on our Instagram every Friday at 7 pm")]},
        {"id": "fynbos-fork-08", "network": "x",
         "post": "Skip a week, pause whenever, no drama 🙌 Just make your changes by Wednesday 11:59 pm before your next delivery. Questions? WhatsApp us on 087 555 0142. #FynbosInDurban",
         "labels": []},
        {"id": "fynbos-fork-09", "network": "facebook",
         "post": "Sustainability matters to us 🌱 Every Fynbos Fork box is fully recyclable, and our insulated wool liners are home-compostable. Delivery is free on orders over R500, every day of the week between 8 am and 6 pm. #FynbosInDurban",
         "labels": [(U, "home-compostable"), (C, "on orders over R500"), (C, "every day of the week")]},
        {"id": "fynbos-fork-10", "network": "instagram",
         "post": "Veggie friends, we see you 🥦 8 of our 22 weekly recipes are vegetarian, so over a third of the menu is meat-free. And our Best Subscription Service win at the 2027 SA eCommerce Awards still makes us blush 😊 Durban, see you from 7 February! #FynbosInDurban",
         "labels": []},
        {"id": "fynbos-fork-11", "network": "x",
         "post": "Last call! FYNBOS40 gets new customers 40% off their first box until Sunday 28 February. Combine it with your referral credit for even bigger savings 💸 fynbosfork.co.za #FynbosInDurban",
         "labels": [(C, "Sunday 28 February"), (C, "Combine it with your referral credit")]},
    ],
}

if __name__ == "__main__":
    build([boreal, riveraine, kestrel, fynbos], os.path.join(HERE, "blind34.jsonl"))
