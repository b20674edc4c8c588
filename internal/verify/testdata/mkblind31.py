"""Blind verify set 31: 4 fictional brands, 44 posts (22 clean).

Brands and sectors:
- Cadence & Plié (fr, Liège, Belgium): dance school, rentrée 2027-2028 (open day + enrolments).
- L'Atelier Kaolin (fr, Montréal, Québec): pottery/ceramics studio, winter 2028 wheel-throwing
  session + December 2027 open house.
- Brightfield Home Care (en, North Yorkshire, UK): home care for the elderly, York office
  opening October 2026.
- Saltbush Bay Marina & Sailing School (en, Fremantle, Australia): marina / sailing school,
  summer 2027-28 Start Sailing courses + November 2027 open day.

Calendar checks (Python datetime):
- 2027-09-04 Saturday (portes ouvertes), 2027-09-13 Monday (reprise), 2028-06-11 Sunday (gala).
- 2028-01-11 Tuesday and 2028-03-14 Tuesday; 10 weekly Tuesdays from 11 Jan reach 14 Mar
  (2028 is a leap year: 29 Feb is one of them). 2027-12-11 Saturday (portes ouvertes).
- 2026-10-05 Monday (York opening), 2026-10-10 Saturday (open afternoon), 2026-11-30 Monday.
- 2027-11-21 Sunday (open day); 2027-12-04 Sat / 12-12 Sun; 2028-01-08 Sat / 01-16 Sun;
  2028-02-05 Sat / 02-13 Sun (each intake = two consecutive weekends);
  2028-01-10 Monday / 2028-01-14 Friday (Tackers).

Arithmetic used by clean posts:
- cadence-plie-02: 390 x 0.85 = 331,50 ; 390 + 331,50 = 721,50.
- cadence-plie-03: 4 -> 13 September = neuf jours.
- cadence-plie-04: 2027 - 2009 = dix-huit ans; "plus de 400" for 412; "mars dernier" = March 2027.
- cadence-plie-09: 690 - 390 = 300.
- atelier-kaolin-02: 10 x 2 h 30 = 25 heures; 420 / 10 = 42 $; 2 x 210 = 420.
- atelier-kaolin-07: 2 x 75 = 150 $ (duo meets the 2-person minimum); 12 mois = un an.
- atelier-kaolin-05: 1240 °C = 1 240 °C; huit tours, deux fours.
- brightfield-care-02: 2026 - 2011 = fifteen years; five-day = 5-day.
- brightfield-care-06: 5 x £32 = £160; 10 x £32 = £320 a week, half = £160.
- brightfield-care-08: about 90 minutes = about an hour and a half.
- saltbush-bay-02: 4 x 3 h = 12 hours; 495 x 0.9 = 445.50.
- saltbush-bay-05: 2027 - 1998 = 29 ("almost three decades"); 12 + 3 = 15 boats.
- saltbush-bay-07: 12 m x A$4 = A$48 (> A$40 minimum); 2 nights = A$96.
- saltbush-bay-09: 9am-12pm = "9 to 12".

Written blind: I read only the brief, the "verify/dev.jsonl conventions" section of
/work/shared/data/README.md, /work/shared/data/verify/dev.jsonl and mkblind_common.py.
No engine code, docs, other testdata or other mkblind scripts were read; vigie/go never run.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mkblind_common import build  # noqa: E402

C, U = "contradicted", "unsupported"

cadence = {
    "brand": "Cadence & Plié",
    "lang": "fr",
    "facts": [
        "Cadence & Plié est une école de danse fondée en 2009 à Liège par Margaux Delvaux, ancienne danseuse de l'Opéra royal de Wallonie, qui en est toujours la directrice.",
        "L'école enseigne 5 disciplines : danse classique, jazz, contemporain, hip-hop et claquettes.",
        "L'école est située au 27 rue Saint-Gilles, 4000 Liège, et dispose de 3 studios.",
        "Les portes ouvertes de la rentrée ont lieu le samedi 4 septembre 2027, de 10h à 17h, avec des cours d'essai gratuits de 45 minutes dans toutes les disciplines.",
        "Les cours de la saison 2027-2028 reprennent le lundi 13 septembre 2027.",
        "Tarifs annuels de la saison 2027-2028 : 1 cours par semaine 390 €, 2 cours par semaine 690 €, forfait illimité 950 €. Frais d'inscription : 25 € par élève, non remboursables.",
        "Dès le deuxième enfant inscrit d'une même famille, chaque enfant supplémentaire bénéficie d'une réduction de 15 % sur sa cotisation annuelle.",
        "L'éveil à la danse est réservé aux enfants de 4 à 6 ans et a lieu le mercredi de 14h à 14h45.",
        "Les cours adultes (à partir de 16 ans) ont lieu du lundi au jeudi, de 19h à 22h.",
        "Le cours de hip-hop est donné par Youssef Benali, champion de Belgique de breakdance en 2024.",
        "En 2026-2027, l'école compte 412 élèves et 9 professeurs.",
        "En mars 2027, la troupe junior de l'école a remporté le 1er prix du Concours régional de danse de Wallonie, catégorie jazz.",
        "Le gala de fin de saison a lieu le dimanche 11 juin 2028 au Forum de Liège ; billets à 12 €, gratuits pour les moins de 6 ans.",
        "Inscriptions en ligne sur cadenceplie.be/inscriptions ou par téléphone au +32 4 222 18 40. Le hashtag officiel de la rentrée est #CadenceRentree27.",
    ],
    "brief": "Annoncer les portes ouvertes du samedi 4 septembre 2027 et la reprise des cours le 13 septembre, et pousser les inscriptions pour la saison 2027-2028, sur un ton enthousiaste et familial.",
    "posts": [
        {"id": "cadence-plie-01", "network": "instagram",
         "post": "💃 Samedi 4 septembre, on ouvre grand nos portes ! De 10h à 17h, venez tester gratuitement un cours de 45 min : classique, jazz, contemporain, hip-hop ou claquettes, à vous de choisir 🩰 Rendez-vous au 27 rue Saint-Gilles, à Liège. Qui vient danser avec nous ? #CadenceRentree27",
         "labels": []},
        {"id": "cadence-plie-02", "network": "facebook",
         "post": "Parents de danseurs, on a fait le calcul pour vous 🧮 Deux enfants inscrits à 1 cours par semaine ? Le premier paie 390 €, le second 331,50 € grâce à la réduction de 15 % dès le deuxième enfant. Soit 721,50 € pour toute la saison, hors frais d'inscription (25 € par élève). Infos et inscriptions : cadenceplie.be/inscriptions 💙",
         "labels": []},
        {"id": "cadence-plie-03", "network": "x",
         "post": "Portes ouvertes le samedi 4 septembre, reprise des cours le lundi 13 : neuf jours pour choisir votre discipline 😉 Essai gratuit de 10h à 17h, 27 rue Saint-Gilles. #CadenceRentree27 #danse #Liège",
         "labels": []},
        {"id": "cadence-plie-04", "network": "linkedin",
         "post": "Il y a dix-huit ans, Margaux Delvaux, ancienne danseuse de l'Opéra royal de Wallonie, ouvrait Cadence & Plié à Liège. Elle dirige toujours l'école, qui a accueilli plus de 400 élèves la saison dernière, encadrés par neuf professeurs, dans cinq disciplines : classique, jazz, contemporain, hip-hop et claquettes.\n\nEn mars dernier, notre troupe junior a décroché le 1er prix du Concours régional de danse de Wallonie en catégorie jazz, une immense fierté pour toute l'équipe 🏆\n\n« Ce prix appartient aux élèves et à leurs familles », confie Margaux Delvaux.\n\nLa saison 2027-2028 démarre le lundi 13 septembre. Avant cela, rendez-vous aux portes ouvertes du samedi 4 septembre (10h-17h) pour un cours d'essai gratuit. #CadenceRentree27",
         "labels": []},
        {"id": "cadence-plie-05", "network": "tiktok",
         "post": "POV : ton premier cours de hip-hop avec Youssef Benali, champion du monde de breakdance 🔥 Cours d'essai gratuit ce samedi 4 septembre dès 9h ! #CadenceRentree27",
         "labels": [(C, "champion du monde"), (C, "9h")]},
        {"id": "cadence-plie-06", "network": "facebook",
         "post": "🌟 Éveil à la danse pour les 3-6 ans, chaque mercredi de 14h à 14h45 ! Une première approche du mouvement, tout en douceur. Bonne nouvelle : pas de frais d'inscription pour les plus petits 🎁 Infos : +32 4 222 18 40",
         "labels": [(C, "3-6 ans"), (C, "pas de frais d'inscription pour les plus petits")]},
        {"id": "cadence-plie-07", "network": "instagram",
         "post": "Adultes, c'est votre tour 💪 Du lundi au vendredi, de 19h à 22h, nos cours adultes vous attendent, sans limite d'âge ! Premier mois satisfait ou remboursé. #CadenceRentree27",
         "labels": [(C, "Du lundi au vendredi"), (C, "sans limite d'âge"), (U, "Premier mois satisfait ou remboursé")]},
        {"id": "cadence-plie-08", "network": "x",
         "post": "Forfait illimité à 990 € pour toute la saison 2027-2028 : classique, jazz, contemporain, hip-hop, claquettes… et salsa ! 💃 Un justaucorps offert à chaque nouvel inscrit 🎁 cadenceplie.be/inscriptions",
         "labels": [(C, "990 €"), (C, "salsa"), (U, "Un justaucorps offert à chaque nouvel inscrit")]},
        {"id": "cadence-plie-09", "network": "threads",
         "post": "Petit rappel pour celles et ceux qui hésitent encore : 1 cours/semaine = 390 € l'année, 2 cours = 690 €, illimité = 950 €. Le deuxième cours hebdo ne coûte donc que 300 € de plus 😉 Et ce samedi, essai gratuit de 10h à 17h ! #CadenceRentree27",
         "labels": []},
        {"id": "cadence-plie-10", "network": "facebook",
         "post": "✨ Save the date ✨ Toute la saison 2027-2028 nous mènera vers un grand moment : notre gala de fin de saison, le samedi 11 juin 2028 au Forum de Liège, le plus grand gala de danse de Wallonie ! Les billets seront à 12 €, et l'entrée sera gratuite pour les moins de 12 ans. D'ici là, il y a une saison entière à vivre ensemble : reprise des cours le lundi 13 septembre, et portes ouvertes le samedi 4 septembre de 10h à 17h pour essayer gratuitement la discipline de votre choix. Inscriptions : cadenceplie.be/inscriptions 💃 #CadenceRentree27",
         "labels": [(C, "samedi 11 juin 2028"), (U, "le plus grand gala de danse de Wallonie"), (C, "12 ans")]},
        {"id": "cadence-plie-11", "network": "bluesky",
         "post": "C'est bientôt la rentrée à Liège 🩰 Les cours reprennent le lundi 13 septembre 2027 : classique, jazz, contemporain, hip-hop et claquettes, dans nos trois studios du 27 rue Saint-Gilles. Inscriptions : cadenceplie.be/inscriptions ou +32 4 222 18 40.",
         "labels": []},
    ],
}

kaolin = {
    "brand": "L'Atelier Kaolin",
    "lang": "fr",
    "facts": [
        "L'Atelier Kaolin est un studio de céramique fondé en 2019 à Montréal par la céramiste Camille Tremblay et l'ébéniste Olivier Gagnon.",
        "L'atelier est situé au 5480, boulevard Saint-Laurent, à Montréal, et dispose de 8 tours de potier et de 2 fours électriques.",
        "La session d'hiver 2028 de tournage compte 10 cours de 2 h 30, le mardi de 18 h 30 à 21 h, du mardi 11 janvier au mardi 14 mars 2028.",
        "La session d'hiver coûte 420 $ (taxes en sus) ; l'argile (10 kg par personne), les émaux et les cuissons sont compris. Elle peut être payée en 2 versements de 210 $.",
        "Tous les cours et ateliers de l'Atelier Kaolin sont réservés aux 16 ans et plus ; les groupes de la session d'hiver sont limités à 8 personnes.",
        "L'initiation au tournage d'un soir coûte 75 $ par personne, le vendredi de 18 h 30 à 21 h, avec un minimum de 2 personnes par réservation.",
        "Portes ouvertes le samedi 11 décembre 2027, de 11 h à 16 h : démonstrations de tournage par Camille Tremblay et vente de pièces de l'atelier à -20 %.",
        "Pratique libre pour les membres : 95 $ par mois, du mercredi au dimanche, de 10 h à 21 h, cuissons en sus.",
        "Les émaux utilisés à l'atelier sont tous sans plomb, et les pièces en grès sont cuites à 1 240 °C.",
        "En 2025, l'Atelier Kaolin a reçu le prix Coup de cœur du public au Salon des métiers d'art de Montréal.",
        "Les cartes-cadeaux sont offertes de 50 $ à 500 $ et sont valides 12 mois.",
        "Inscriptions sur atelierkaolin.ca/sessions ; téléphone : 514 555-0187.",
        "Le hashtag officiel est #KaolinHiver28.",
    ],
    "brief": "Promouvoir la session d'hiver 2028 de cours de tournage (du 11 janvier au 14 mars 2028) et les portes ouvertes du 11 décembre 2027, sur un ton chaleureux et artisanal.",
    "posts": [
        {"id": "atelier-kaolin-01", "network": "instagram",
         "post": "🏺 Envie d'avoir les mains dans la terre cet hiver ? Notre session de tournage démarre le mardi 11 janvier 2028 : 10 mardis soir, de 18 h 30 à 21 h, en petit groupe (8 personnes max). Argile, émaux et cuissons inclus 🙌 Inscriptions : atelierkaolin.ca/sessions #KaolinHiver28 #céramique #Montréal",
         "labels": []},
        {"id": "atelier-kaolin-02", "network": "facebook",
         "post": "Vous hésitez encore ? Petit calcul 😉 420 $ pour 10 cours de 2 h 30, c'est 25 heures de tournage, soit 42 $ le cours, argile, émaux et cuissons compris (taxes en sus). Et pour alléger la facture du temps des Fêtes, la session peut se payer en deux versements de 210 $. On vous attend au 5480, boul. Saint-Laurent ! #KaolinHiver28",
         "labels": []},
        {"id": "atelier-kaolin-03", "network": "x",
         "post": "Portes ouvertes le dimanche 11 décembre, de 11 h à 16 h ! Démos de tournage avec Camille Tremblay et -30 % sur les pièces de l'atelier 🎁 #KaolinHiver28",
         "labels": [(C, "dimanche 11 décembre"), (C, "-30 %")]},
        {"id": "atelier-kaolin-04", "network": "tiktok",
         "post": "POV : tu tournes ton tout premier bol 😍 Initiation d'un soir ce vendredi, de 18 h 30 à 21 h, ouverte dès 12 ans, même en solo ! 75 $ par personne. #KaolinHiver28",
         "labels": [(C, "12 ans"), (C, "même en solo")]},
        {"id": "atelier-kaolin-05", "network": "linkedin",
         "post": "Il y a des gestes qui apaisent. Centrer la terre en fait partie 🏺\n\nFondé en 2019 à Montréal par la céramiste Camille Tremblay et l'ébéniste Olivier Gagnon, l'Atelier Kaolin accueille ses élèves au 5480, boulevard Saint-Laurent, avec huit tours de potier et deux fours électriques. Nos émaux sont tous sans plomb, et nos pièces en grès sont cuites à 1240 °C.\n\nEn 2025, le public du Salon des métiers d'art de Montréal nous a décerné son prix Coup de cœur : merci encore ! « Le tour apprend la patience avant d'apprendre la forme », aime dire Camille Tremblay.\n\nLa session d'hiver 2028 se déroule du 11 janvier au 14 mars, le mardi de 18 h 30 à 21 h, en groupes de 8 personnes au maximum. Et pour pratiquer entre les cours, la pratique libre est accessible aux membres du mercredi au dimanche, pour 95 $ par mois.\n\nInscriptions : atelierkaolin.ca/sessions #KaolinHiver28",
         "labels": []},
        {"id": "atelier-kaolin-06", "network": "instagram",
         "post": "Notre engagement 🌿 des émaux 100 % sans plomb et des pièces en grès cuites à 1 240 °C, qui passent au micro-ondes et au lave-vaisselle. Le seul atelier de céramique écoresponsable certifié à Montréal ! #KaolinHiver28",
         "labels": [(U, "qui passent au micro-ondes et au lave-vaisselle"), (U, "Le seul atelier de céramique écoresponsable certifié à Montréal")]},
        {"id": "atelier-kaolin-07", "network": "facebook",
         "post": "🎁 En panne d'idées pour le temps des Fêtes ? Une carte-cadeau Kaolin, de 50 $ à 500 $, valable un an, fera des heureux. Ou réservez une initiation au tournage en duo : 150 $ pour deux, un vendredi de 18 h 30 à 21 h. Infos au 514 555-0187 ☎️",
         "labels": []},
        {"id": "atelier-kaolin-08", "network": "threads",
         "post": "Pratique libre pour nos membres : 85 $ par mois, 7 jours sur 7 de 10 h à 21 h, cuissons incluses 🔥 Parfait pour continuer à tourner après la session !",
         "labels": [(C, "85 $"), (C, "7 jours sur 7"), (C, "cuissons incluses")]},
        {"id": "atelier-kaolin-09", "network": "x",
         "post": "Dix mardis pour apprivoiser le tour 🏺 Du 11 janvier au 14 mars 2028, de 18 h 30 à 21 h. Maximum 8 par groupe, 16 ans et +. atelierkaolin.ca/sessions #KaolinHiver28",
         "labels": []},
        {"id": "atelier-kaolin-10", "network": "facebook",
         "post": "❄️ Nouvelle session d'hiver 2028 ! 12 cours de 2 h 30 le mardi soir, du 11 janvier au 14 mars, pour 420 $ taxes incluses. Argile (10 kg), émaux et cuissons compris, en petit groupe. Inscriptions : atelierkaolin.ca/inscription #KaolinHiver28",
         "labels": [(C, "12"), (C, "taxes incluses"), (C, "atelierkaolin.ca/inscription")]},
        {"id": "atelier-kaolin-11", "network": "bluesky",
         "post": "Toujours aussi fiers de notre prix Coup de cœur du public au Salon des métiers d'art de Montréal 2026 🏆 Venez fêter ça samedi 11 décembre aux portes ouvertes : Olivier Gagnon y fera les démos de tournage, et un café est offert à chaque visiteur ☕",
         "labels": [(C, "2026"), (C, "Olivier Gagnon"), (U, "un café est offert à chaque visiteur")]},
    ],
}

brightfield = {
    "brand": "Brightfield Home Care",
    "lang": "en",
    "facts": [
        "Brightfield Home Care is a family-run home-care provider founded in 2011 in Harrogate, North Yorkshire, by nurse Janet Okafor, who is still its managing director.",
        "Brightfield opens its second office on Monday 5 October 2026 at 14 Micklegate, York YO1 6JX.",
        "The York office is run by Priya Raman, registered manager.",
        "In its latest inspection (March 2025), the Care Quality Commission (CQC) rated Brightfield 'Outstanding' overall.",
        "Brightfield employs 86 carers and supports 240 clients across North Yorkshire.",
        "Home visits last at least 30 minutes. Hourly rates: £32 on weekdays, £36 at weekends, £48 on bank holidays.",
        "Carers visit from 7am to 10pm, 7 days a week; a 24/7 on-call line is available to existing clients.",
        "Every new client receives a free care assessment at home by a registered nurse, lasting about 90 minutes. Live-in care starts from £1,295 per week.",
        "Launch offer: new York clients who start care before Monday 30 November 2026 get their first 5 hours of care free, for care packages of at least 10 hours per week.",
        "Open afternoon at the York office on Saturday 10 October 2026, 2pm to 5pm, with tea and cake and a talk on living well with dementia at 3pm by Dr Helen Marsh, consultant geriatrician.",
        "All carers are paid at least the Real Living Wage and complete a 5-day induction before their first visit.",
        "Brightfield won Home Care Provider of the Year at the Yorkshire Care Awards 2025.",
        "Contact: 01904 555 310, brightfieldcare.co.uk/york. Official hashtag: #BrightfieldYork.",
    ],
    "brief": "Announce the opening of the York office on 5 October 2026 and invite families to the open afternoon on 10 October, in a warm, reassuring and respectful tone.",
    "posts": [
        {"id": "brightfield-care-01", "network": "facebook",
         "post": "York, we're on our way 💛 On Monday 5 October, Brightfield Home Care opens its second office, at 14 Micklegate. Priya Raman, registered manager of our York office, can't wait to meet you and your family. Call 01904 555 310 or visit brightfieldcare.co.uk/york #BrightfieldYork",
         "labels": []},
        {"id": "brightfield-care-02", "network": "linkedin",
         "post": "Fifteen years ago, nurse Janet Okafor started a family-run home-care service in Harrogate. Today Brightfield Home Care employs 86 carers and supports 240 clients across North Yorkshire, and Janet is still our managing director.\n\nWe're proud of what this team has achieved: an 'Outstanding' overall rating from the CQC at our March 2025 inspection, and Home Care Provider of the Year at the Yorkshire Care Awards 2025. Every carer is paid at least the Real Living Wage and completes a five-day induction before their first visit.\n\n“Care at home should feel like family,” says Janet Okafor.\n\nOn Monday 5 October 2026 we open our second office, at 14 Micklegate in York, led by registered manager Priya Raman. If you know someone who could use a hand at home, we'd love to hear from you. #BrightfieldYork #HomeCare",
         "labels": []},
        {"id": "brightfield-care-03", "network": "x",
         "post": "Open afternoon at our new York office 🫖 Sat 10 Oct, 2–5pm, 14 Micklegate. At 3pm, consultant geriatrician Dr Helen Marsh talks about living well with dementia. Join us for tea and cake! #BrightfieldYork #DementiaCare",
         "labels": []},
        {"id": "brightfield-care-04", "network": "instagram",
         "post": "Care when you need it 💛 Our carers visit from 7am to 10pm, 7 days a week, at £32 an hour, weekends included. Book your free 2-hour home assessment with a registered nurse today! #BrightfieldYork",
         "labels": [(C, "weekends included"), (C, "2-hour")]},
        {"id": "brightfield-care-05", "network": "facebook",
         "post": "🎁 Launch offer in York: your first 5 hours of care are free when you start before 30 November. No minimum package, no contract, just care that fits around your life. Call 01904 555 310.",
         "labels": [(C, "No minimum package"), (U, "no contract")]},
        {"id": "brightfield-care-06", "network": "threads",
         "post": "What's the York launch offer worth? 🤔 On a 10-hour weekly package of weekday care at £32 an hour, your 5 free hours save you £160, half of your first week. Start before 30 Nov to qualify 👉 brightfieldcare.co.uk/york #BrightfieldYork",
         "labels": []},
        {"id": "brightfield-care-07", "network": "tiktok",
         "post": "A day in the life of a Brightfield carer 💛 Every one of our 120 carers completes a 10-day induction before their first visit. Proud to be the UK's most awarded home-care team! #BrightfieldYork",
         "labels": [(C, "120"), (C, "10-day"), (U, "the UK's most awarded home-care team")]},
        {"id": "brightfield-care-08", "network": "bluesky",
         "post": "Live-in care from £1,295 a week, visits of 30 minutes or more, and for every new client a free home assessment of about an hour and a half with a registered nurse. Questions? Our York team is here for you: brightfieldcare.co.uk/york",
         "labels": []},
        {"id": "brightfield-care-09", "network": "x",
         "post": "Our York office opens Tuesday 5 October at 14 Micklegate 🏡 Drop in to meet Janet Okafor, registered manager of the York team. Free parking on site! #BrightfieldYork",
         "labels": [(C, "Tuesday 5 October"), (C, "Janet Okafor"), (U, "Free parking on site")]},
        {"id": "brightfield-care-10", "network": "facebook",
         "post": "📰 Brightfield news, October 2026\n\nBig week for us: our second office opens in York on Monday 5 October, at 14 Micklegate, with registered manager Priya Raman leading the new team.\n\nWhy families choose Brightfield: we were rated 'Good' overall by the CQC in March 2025, our carers visit from 7am to 10pm every day of the week, and our 24/7 on-call line is open to anyone who needs advice. Prices are simple: £32 an hour on weekdays, £36 at weekends, £48 on bank holidays, and live-in care from £1,295 a week.\n\nCome and say hello at our open afternoon on Saturday 10 October, 2pm to 5pm, with a talk by Dr Helen Marsh at 3pm. Call 01904 555 310 #BrightfieldYork",
         "labels": [(C, "Good"), (C, "open to anyone who needs advice")]},
        {"id": "brightfield-care-11", "network": "mastodon",
         "post": "Bank holiday care? We're there. Our hourly rate is £48 on bank holidays, £36 at weekends and £32 on weekdays, for visits of 30 minutes or more, between 7am and 10pm. We believe families deserve clear prices. brightfieldcare.co.uk/york #BrightfieldYork",
         "labels": []},
    ],
}

saltbush = {
    "brand": "Saltbush Bay Marina & Sailing School",
    "lang": "en",
    "facts": [
        "Saltbush Bay Marina & Sailing School, founded in 1998, is at 3 Mews Road, Fremantle, Western Australia.",
        "The marina has 320 berths for boats up to 24 metres long.",
        "Start Sailing course: 4 sessions of 3 hours over two consecutive weekends (Saturday and Sunday, 9am to 12pm), A$495 per person, accredited by Australian Sailing.",
        "Summer 2027-28 Start Sailing dates: 4-12 December 2027, 8-16 January 2028 and 5-13 February 2028.",
        "Start Sailing is open to people aged 14 and over; participants must be able to swim 50 metres. Life jackets are provided.",
        "Tackers holiday program for kids aged 7-13: five mornings, Monday 10 to Friday 14 January 2028, 9am to 12pm, A$320 per child.",
        "Free Open Day on Sunday 21 November 2027, 10am to 3pm: 30-minute 'try sailing' rides on keelboats, bookings required.",
        "Fleet: 12 Pacer dinghies and 3 Beneteau 31 keelboats.",
        "Head instructor: Tom Whitaker. Marina manager: Leah Nguyen.",
        "Club members get 10% off all courses; membership costs A$180 per year.",
        "Casual berthing costs A$4 per metre per night, with a minimum charge of A$40 per night.",
        "In 2026, Australian Sailing named Saltbush Bay the Western Australian Training Centre of the Year.",
        "Bookings: saltbushbay.com.au/learn or (08) 9555 0142. Official hashtag: #SailSaltbush.",
    ],
    "brief": "Promote the summer 2027-28 Start Sailing courses and the free Open Day on 21 November 2027, in a friendly, sunny, outdoorsy tone.",
    "posts": [
        {"id": "saltbush-bay-01", "network": "instagram",
         "post": "⛵ Free Open Day this Sunday 21 November, 10am–3pm! Hop aboard a keelboat for a 30-minute try-sailing ride (bookings required 👉 saltbushbay.com.au/learn). See you at 3 Mews Road, Fremantle! #SailSaltbush",
         "labels": []},
        {"id": "saltbush-bay-02", "network": "facebook",
         "post": "Learn to sail in two weekends 🌊 Start Sailing = 4 sessions × 3 hours = 12 hours of coaching for A$495, accredited by Australian Sailing. Club members pay A$445.50 with their 10% discount. Pick your intake: 4–12 Dec, 8–16 Jan or 5–13 Feb. #SailSaltbush",
         "labels": []},
        {"id": "saltbush-bay-03", "network": "x",
         "post": "Start Sailing is back! Saturday 4 December to Sunday 12 December, weekday evenings, just A$459 per person, with free wetsuit hire 🌊 #SailSaltbush",
         "labels": [(C, "weekday evenings"), (C, "A$459"), (U, "free wetsuit hire")]},
        {"id": "saltbush-bay-04", "network": "tiktok",
         "post": "POV: your first time at the helm 🤩 Start Sailing is open to anyone aged 12 and up, no swimming skills needed! #SailSaltbush",
         "labels": [(C, "12"), (C, "no swimming skills needed")]},
        {"id": "saltbush-bay-05", "network": "linkedin",
         "post": "Almost three decades on the water ⚓\n\nSince 1998, Saltbush Bay Marina & Sailing School has been part of Fremantle life, from our 320 berths (for boats up to 24 metres) to a fleet of 15 boats: 12 Pacer dinghies and 3 Beneteau 31 keelboats. In 2026, Australian Sailing named us Western Australian Training Centre of the Year, a recognition we share with head instructor Tom Whitaker, marina manager Leah Nguyen and the whole crew.\n\n“Everyone remembers the first time the sail fills,” says Tom Whitaker.\n\nThis summer we run three Start Sailing intakes (December, January and February), plus the Tackers holiday program for 7 to 13 year olds from 10 to 14 January. Come and meet us at our free Open Day on Sunday 21 November. #SailSaltbush",
         "labels": []},
        {"id": "saltbush-bay-06", "network": "facebook",
         "post": "School holidays sorted ☀️ Tackers for kids aged 7–13 runs Monday 10 to Friday 14 January: five full days, 9am to 3pm, A$320 per child, lunch included! Book at saltbushbay.com.au/learn",
         "labels": [(C, "full days"), (C, "3pm"), (U, "lunch included")]},
        {"id": "saltbush-bay-07", "network": "threads",
         "post": "Cruising down the coast this summer? 🛥️ Casual berths at Saltbush Bay are A$4 per metre per night, so a 12-metre boat pays A$48 a night, or A$96 for a two-night weekend. Call us on (08) 9555 0142. #SailSaltbush",
         "labels": []},
        {"id": "saltbush-bay-08", "network": "bluesky",
         "post": "Our Open Day is free, no booking needed! Just turn up on Sunday 21 November and jump on a dinghy ride ⛵",
         "labels": [(C, "no booking needed"), (C, "dinghy ride")]},
        {"id": "saltbush-bay-09", "network": "instagram",
         "post": "Meet Tom Whitaker, our head instructor 👋 Start Sailing: Saturday and Sunday mornings, 9 to 12, two weekends in a row, A$495. Ages 14+, and you'll need to be able to swim 50 m. Life jackets provided 🦺 #SailSaltbush",
         "labels": []},
        {"id": "saltbush-bay-10", "network": "x",
         "post": "Proud to be Australia's Training Centre of the Year 2026, as named by Australian Sailing 🏆 Come sail with WA's biggest marina! #SailSaltbush",
         "labels": [(C, "Australia's"), (U, "WA's biggest marina")]},
        {"id": "saltbush-bay-11", "network": "mastodon",
         "post": "Summer at Saltbush Bay 🌞\n\nThree Start Sailing intakes this season: 4–12 December, 8–16 January and 5–13 February. Each course is four 3-hour sessions over two consecutive weekends, 9am to midday, for A$495 (Australian Sailing accredited). You'll need to be 14 or over and able to swim 50 metres; life jackets are on us.\n\nThinking of staying on? Club membership is A$180 a year and gets you 15% off all courses.\n\nYounger sailors (7–13) can join Tackers, five mornings from 10 to 14 January.\n\nBookings: saltbushbay.com.au/courses or (08) 9555 0142. #SailSaltbush",
         "labels": [(C, "15%"), (C, "saltbushbay.com.au/courses")]},
    ],
}

if __name__ == "__main__":
    build([cadence, kaolin, brightfield, saltbush], os.path.join(HERE, "blind31.jsonl"))
