"""Blind labelled set 29 for Vigie's Verify engine (44 posts, 4 brands).

Written blind: the author read only /work/shared/data/README.md (section
"verify/dev.jsonl conventions"), /work/shared/data/verify/dev.jsonl and
internal/verify/testdata/mkblind_common.py. No engine source, no other testdata,
no docs, and neither `vigie` nor `go` was run.

Brands (all fictional, details invented):
- Mairie de Saint-Ambroix (fr): small French town hall (Gard), municipal elections
  registration deadline, new media library, road works, spring fair, council meeting.
- Garage Solidaire du Grésivaudan (fr): social-economy car repair garage near
  Grenoble (Crolles), membership, hourly rates, eligibility, opening hours,
  second-hand car sale.
- Lumen Tutors (en, UK): online tutoring, GCSE Easter revision courses, £ prices,
  tutors, pass-rate claim, free trial lesson conditions, term dates.
- Sandpiper Coast Rail (en, US, Oregon): heritage railroad, Holiday Lights Express,
  fares, departure times, trip duration, wheelchair-accessible cars, Santa Ride.

Calendar checks (Python datetime/calendar, all 2026):
- Sun 15 and Sun 22 March; Fri 6 Feb (registration deadline); Sat 31 Jan (library);
  Mon 9 Feb - Fri 27 Feb (works, 3 working weeks); Sun 12 April (fair);
  Fri 27 March (exhibitor deadline); Thu 29 Jan (council).
  Wrong-weekday labels: "mercredi 29 janvier" (29 Jan is a Thursday),
  "dimanche 14 mars" (14 March is a Saturday). 13 Feb is a Friday (date wrong only).
- Sat 17 Oct (car sale); "dimanche 17 octobre" is a wrong weekday label.
- Mon 30 March - Thu 9 April (Easter courses); Tue 31 March (trial deadline);
  Mon 20 April - Fri 17 July, half-term Mon 25 - Fri 29 May: weeks starting Apr 20,
  27, May 4, 11, 18, Jun 1, 8, 15, 22, 29, Jul 6, 13 = 12 teaching weeks + 1 break.
  "Monday 31 March" is a wrong weekday label (31 March is a Tuesday).
- Fri 27 Nov - Sun 20 Dec: Fri/Sat/Sun = 27-29 Nov, 4-6, 11-13, 18-20 Dec = 4
  weekends, 12 operating days, x 2 departures = 24 trains. Sat 12 / Sun 13 Dec (Santa).
  Wrong labels: "Sunday, December 14" (14 Dec is a Monday), "Friday, December 5"
  (5 Dec is a Saturday).

Arithmetic used by clean posts:
- Mairie: fair 8h-18h = 10 heures; non-resident library card 12 €/an = 1 € par mois;
  works 9-27 Feb = trois semaines.
- Garage: 48 - 32 = 16 € de moins par heure; lift 2 h x 12 € = 24 €; team 3 + 7 = 10
  salariés; 1 140 interventions -> "plus de 1 100".
- Lumen: 8 x 90 min = 12 hours; 10 x £38 = £380, bundle £340, saving £40;
  2,150 reviews -> "over 2,000".
- Sandpiper: 2 x $32 + 2 x $18 = $100; locomotive built 1952 -> 74 years old in 2026;
  12 operating days x 2 departures = 24 trains.
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mkblind_common import build

C, U = "contradicted", "unsupported"

# ---------------------------------------------------------------- Mairie (fr)
MAIRIE = {
    "brand": "Mairie de Saint-Ambroix",
    "lang": "fr",
    "facts": [
        "Les élections municipales ont lieu les dimanches 15 et 22 mars 2026.",
        "Les inscriptions sur les listes électorales sont possibles jusqu'au vendredi 6 février 2026, en mairie ou en ligne sur service-public.fr.",
        "La médiathèque municipale Jean-Ferrat ouvre le samedi 31 janvier 2026 au 12 rue du Pont-Vieux.",
        "Horaires de la médiathèque : mardi et vendredi de 14h à 18h30, mercredi de 9h à 12h et de 14h à 18h, samedi de 9h à 12h30.",
        "L'inscription à la médiathèque est gratuite pour les habitants de Saint-Ambroix et coûte 12 € par an pour les non-résidents.",
        "La médiathèque propose 14 000 documents (livres, BD, DVD, revues) et 6 postes informatiques en accès libre.",
        "Travaux de réfection de la chaussée avenue de la Gare du lundi 9 au vendredi 27 février 2026 : circulation alternée de 8h à 17h.",
        "La foire de printemps a lieu le dimanche 12 avril 2026, de 8h à 18h, boulevard du Portalet et sur l'esplanade, avec 120 exposants.",
        "Emplacement exposant à la foire : 15 € les 5 mètres linéaires, inscription en mairie avant le vendredi 27 mars 2026.",
        "Le conseil municipal se réunit en séance publique le jeudi 29 janvier 2026 à 18h30, salle du conseil de la mairie.",
        "Martine Roustan est maire de Saint-Ambroix ; Hugo Pellet est adjoint à la culture.",
        "La mairie est ouverte du lundi au vendredi de 8h30 à 12h et de 13h30 à 17h. Tél. : 04 66 24 33 10.",
        "Le site de la commune est mairie-saint-ambroix.fr ; le hashtag est #SaintAmbroix.",
    ],
    "brief": "Informer les habitants des rendez-vous de début 2026 : inscription sur les listes électorales avant le 6 février, ouverture de la médiathèque le 31 janvier, travaux avenue de la Gare en février et foire de printemps du 12 avril.",
    "posts": [
        {"id": "saint-ambroix-01", "network": "facebook",
         "post": "🗳️ Municipales des dimanches 15 et 22 mars : pensez à vous inscrire sur les listes électorales ! Vous avez jusqu'au vendredi 6 février, en mairie ou en ligne sur service-public.fr. Un doute sur votre inscription ? Appelez-nous au 04 66 24 33 10 📞 #SaintAmbroix",
         "labels": []},
        {"id": "saint-ambroix-02", "network": "instagram",
         "post": "📚 Ça y est, c'est ce samedi 31 janvier ! La médiathèque Jean-Ferrat ouvre ses portes au 12 rue du Pont-Vieux : 14 000 livres, BD, DVD et revues, et six postes informatiques en accès libre 💻 Inscription gratuite pour les Saint-Ambroisiens. On vous attend avec impatience ! #SaintAmbroix #médiathèque #lecture",
         "labels": []},
        {"id": "saint-ambroix-03", "network": "facebook",
         "post": "🚧 Avenue de la Gare : la chaussée fait peau neuve ! Travaux du lundi 9 au vendredi 27 février, soit trois semaines. Circulation alternée de 8h à 17h. Merci de votre patience et de votre prudence aux abords du chantier 🙏 #SaintAmbroix",
         "labels": []},
        {"id": "saint-ambroix-04", "network": "x",
         "post": "Séance publique du conseil municipal ce jeudi 29/01 à 18h30, salle du conseil de la mairie. La démocratie locale, c'est aussi vous : venez y assister ! #SaintAmbroix",
         "labels": []},
        {"id": "saint-ambroix-05", "network": "newsletter",
         "post": "La lettre de Saint-Ambroix – février 2026\n\n🌸 Foire de printemps : notez la date ! Le dimanche 12 avril, de 8h à 18h, le boulevard du Portalet et l'esplanade accueilleront 120 exposants. Dix heures de flânerie, de bonnes affaires et de rencontres.\n\nVous souhaitez exposer ? L'emplacement coûte 15 € les 5 mètres linéaires. Inscription en mairie avant le vendredi 27 mars (ouverte du lundi au vendredi, 8h30-12h et 13h30-17h).\n\nToutes les infos sur mairie-saint-ambroix.fr #SaintAmbroix",
         "labels": []},
        {"id": "saint-ambroix-06", "network": "linkedin",
         "post": "Une nouvelle médiathèque pour Saint-Ambroix ! Avec Martine Roustan, maire, et Hugo Pellet, adjoint à la culture, nous sommes heureux d'ouvrir la médiathèque Jean-Ferrat le 31/01. Horaires : mardi et vendredi 14h-18h30, mercredi 9h-12h et 14h-18h, samedi 9h-12h30. Gratuite pour les habitants, 12 € par an pour les non-résidents, soit 1 € par mois. #SaintAmbroix #culture",
         "labels": []},
        {"id": "saint-ambroix-07", "network": "instagram",
         "post": "📖 Votre nouvelle médiathèque Jean-Ferrat vous accueille du mardi au samedi, au 12 rue du Pont-Vieux ! Inscription gratuite pour tous, et 14 000 documents à emprunter : c'est la plus grande médiathèque du Gard 🤩 #SaintAmbroix",
         "labels": [(C, "du mardi au samedi"), (C, "gratuite pour tous"),
                    (U, "c'est la plus grande médiathèque du Gard")]},
        {"id": "saint-ambroix-08", "network": "facebook",
         "post": "⏰ Municipales 2026 : il vous reste jusqu'au vendredi 13 février pour vous inscrire sur les listes électorales ! Le premier tour aura lieu le dimanche 14 mars. Une permanence spéciale se tiendra en mairie le samedi 7 février de 9h à 12h. #SaintAmbroix",
         "labels": [(C, "13 février"), (C, "dimanche 14 mars"),
                    (U, "Une permanence spéciale se tiendra en mairie le samedi 7 février de 9h à 12h")]},
        {"id": "saint-ambroix-09", "network": "x",
         "post": "🚧 Travaux avenue de la Gare du 9 au 27 février : la voie sera fermée à la circulation de 8h à 17h. Déviation conseillée par la rue des Écoles. #SaintAmbroix",
         "labels": [(C, "fermée à la circulation"),
                    (U, "Déviation conseillée par la rue des Écoles")]},
        {"id": "saint-ambroix-10", "network": "facebook",
         "post": "🎪 Foire de printemps le dimanche 12 avril de 8h à 18h, boulevard du Portalet : plus de 150 exposants vous attendent ! Exposants, réservez votre place : 15 € les 10 mètres linéaires, et un café d'accueil est offert à chaque exposant ☕ #SaintAmbroix",
         "labels": [(C, "150"), (C, "10 mètres"),
                    (U, "un café d'accueil est offert à chaque exposant")]},
        {"id": "saint-ambroix-11", "network": "linkedin",
         "post": "Le conseil municipal de Saint-Ambroix se réunit en séance publique ce mercredi 29 janvier à 18h30, sous la présidence de Martine Rouston, maire. Venez nombreux ! #SaintAmbroix",
         "labels": [(C, "mercredi 29 janvier"), (C, "Martine Rouston")]},
    ],
}

# ---------------------------------------------------------------- Garage (fr)
GARAGE = {
    "brand": "Garage Solidaire du Grésivaudan",
    "lang": "fr",
    "facts": [
        "Le Garage Solidaire du Grésivaudan est une association loi 1901 créée en 2014, installée au 145 rue des Sources, 38920 Crolles.",
        "L'adhésion annuelle coûte 20 €, ou 10 € pour les bénéficiaires des minima sociaux ; elle est obligatoire pour utiliser les services du garage.",
        "Main-d'œuvre : 32 € de l'heure au tarif solidaire, 48 € de l'heure au tarif standard.",
        "Le tarif solidaire est réservé aux adhérents dont le quotient familial CAF est inférieur à 900 €, aux demandeurs d'emploi et aux bénéficiaires du RSA, sur justificatif.",
        "Self-garage : location d'un pont élévateur à 12 € de l'heure, outillage compris, sur réservation.",
        "Horaires : du mardi au vendredi de 8h30 à 12h et de 13h30 à 18h, le samedi de 9h à 13h. Fermé le dimanche et le lundi.",
        "Rendez-vous au 04 76 52 18 40 ou sur garagesolidaire-gresivaudan.fr.",
        "Vente de voitures d'occasion révisées le samedi 17 octobre 2026, de 9h à 13h, au garage : 9 véhicules, de 1 900 € à 5 400 €.",
        "Chaque véhicule mis en vente a passé le contrôle technique il y a moins de 6 mois et bénéficie d'une garantie de 3 mois pièces et main-d'œuvre.",
        "La vente est réservée aux adhérents ; l'adhésion peut se faire sur place le jour de la vente. Paiement par chèque ou virement, aucun crédit n'est proposé.",
        "L'équipe compte 3 mécaniciens salariés et 7 salariés en parcours d'insertion, encadrés par Karim Benali, chef d'atelier.",
        "En 2025, le garage a réalisé 1 140 interventions pour 860 adhérents.",
        "Le garage a reçu le prix « Initiative solidaire » du Département de l'Isère en 2024.",
        "Le hashtag du garage est #GarageSolidaire38.",
    ],
    "brief": "Faire connaître le garage solidaire et ses tarifs, et annoncer la vente de voitures d'occasion révisées du samedi 17 octobre 2026, sur un ton simple et bienveillant.",
    "posts": [
        {"id": "garage-solidaire-01", "network": "facebook",
         "post": "🔧 Votre voiture fait des siennes mais le budget est serré ? Au Garage Solidaire du Grésivaudan, la main-d'œuvre est à 32 €/h au tarif solidaire (demandeurs d'emploi, bénéficiaires du RSA, quotient familial CAF sous 900 €, sur justificatif), soit 16 € de moins que le tarif standard. Prenez rendez-vous au 04 76 52 18 40 📞 #GarageSolidaire38",
         "labels": []},
        {"id": "garage-solidaire-02", "network": "instagram",
         "post": "🚗 Vente de voitures d'occasion ce samedi 17 octobre, de 9h à 13h, au 145 rue des Sources à Crolles ! 9 véhicules révisés, entre 1 900 et 5 400 €, contrôle technique de moins de 6 mois et garantie 3 mois pièces et main-d'œuvre ✅ Pas encore adhérent ? Vous pourrez adhérer sur place. #GarageSolidaire38 #occasion #Grésivaudan",
         "labels": []},
        {"id": "garage-solidaire-03", "network": "linkedin",
         "post": "Depuis 2014, le Garage Solidaire du Grésivaudan rend la mobilité accessible à tous les budgets. En 2025 : plus de 1 100 interventions pour 860 adhérents. 3 mécaniciens salariés et 7 salariés en parcours d'insertion, soit 10 personnes encadrées par Karim Benali, chef d'atelier. Et toujours aussi fiers du prix « Initiative solidaire » reçu du Département de l'Isère en 2024 🙌 #ESS #insertion #GarageSolidaire38",
         "labels": []},
        {"id": "garage-solidaire-04", "network": "x",
         "post": "Envie de mettre les mains dans le cambouis ? 🛠️ Pont élévateur en self-garage : 12 €/h, outillage compris, sur réservation. 2 h de pont = 24 €, et la fierté en prime 😎 garagesolidaire-gresivaudan.fr #GarageSolidaire38",
         "labels": []},
        {"id": "garage-solidaire-05", "network": "mastodon",
         "post": "Rappel des horaires 🕗 Du mardi au vendredi : 8h30-12h / 13h30-18h. Le samedi : 9h-13h. Fermé dimanche et lundi. Adhésion annuelle : 20 € (10 € pour les bénéficiaires des minima sociaux). #GarageSolidaire38 #Crolles",
         "labels": []},
        {"id": "garage-solidaire-06", "network": "facebook",
         "post": "📢 Grande vente d'occasion le dimanche 17 octobre au garage, de 9h à 13h ! 9 voitures révisées, ouverte à tous, sans adhésion. Paiement possible en 4 fois sans frais 💳 #GarageSolidaire38",
         "labels": [(C, "dimanche 17 octobre"), (C, "ouverte à tous, sans adhésion"),
                    (C, "Paiement possible en 4 fois sans frais")]},
        {"id": "garage-solidaire-07", "network": "instagram",
         "post": "Des voitures fiables à petit prix 🚙 Le 17 octobre, 9 véhicules révisés à partir de 1 500 €, contrôle technique récent et garantie 6 mois pièces et main-d'œuvre ! Rendez-vous au garage dès 9h. #GarageSolidaire38",
         "labels": [(C, "1 500 €"), (C, "6 mois")]},
        {"id": "garage-solidaire-08", "network": "x",
         "post": "Main-d'œuvre à 28 €/h au tarif solidaire 🔧 pour les demandeurs d'emploi et les bénéficiaires du RSA. Réparations garanties 1 an ! 📞 04 76 52 18 40 #GarageSolidaire38",
         "labels": [(C, "28 €/h"), (U, "Réparations garanties 1 an")]},
        {"id": "garage-solidaire-09", "network": "linkedin",
         "post": "Fondé en 2012, le Garage Solidaire du Grésivaudan est le premier garage solidaire de France. Sous la houlette de Karim Benali, directeur, 3 mécaniciens et 7 salariés en insertion réparent chaque année les voitures de nos adhérents. #ESS #GarageSolidaire38",
         "labels": [(C, "2012"), (U, "le premier garage solidaire de France"), (C, "directeur")]},
        {"id": "garage-solidaire-10", "network": "tiktok",
         "post": "POV : tu répares ta voiture toi-même pour 10 €/h 🛠️ Pont élévateur + outils compris au garage solidaire de Crolles, et diagnostic offert à chaque réservation ! #GarageSolidaire38 #DIY #mécanique",
         "labels": [(C, "10 €/h"), (U, "diagnostic offert à chaque réservation")]},
        {"id": "garage-solidaire-11", "network": "bluesky",
         "post": "Le garage est ouvert du lundi au samedi 🔧 Pour prendre rendez-vous : 04 76 52 18 04 ou garage-solidaire-gresivaudan.fr. À bientôt ! #GarageSolidaire38",
         "labels": [(C, "du lundi au samedi"), (C, "04 76 52 18 04"),
                    (C, "garage-solidaire-gresivaudan.fr")]},
    ],
}

# ---------------------------------------------------------------- Lumen Tutors (en)
LUMEN = {
    "brand": "Lumen Tutors",
    "lang": "en",
    "facts": [
        "Lumen Tutors is an online tutoring company founded in Leeds in 2019.",
        "Lumen Tutors works with 240 tutors, all qualified teachers with an enhanced DBS check.",
        "The GCSE Easter Revision Courses run from Monday 30 March to Thursday 9 April 2026, in Maths, English Language and Combined Science.",
        "Each Easter Revision Course is 8 live sessions of 90 minutes, in groups of up to 6 students, and costs £160 per subject.",
        "One-to-one tutoring costs £38 per hour at GCSE and £45 per hour at A level.",
        "A bundle of 10 one-to-one GCSE hours costs £340.",
        "New families can book one free 30-minute trial lesson (one per family, GCSE and A level only); trial bookings close on 31 March 2026.",
        "In summer 2025, 91% of Lumen Tutors' GCSE students achieved grade 4 or above in their tutored subject (internal survey, 1,312 students).",
        "Summer term lessons run from Monday 20 April to Friday 17 July 2026, with a half-term break from Monday 25 to Friday 29 May.",
        "Lumen Tutors is rated 4.8 out of 5 on Trustpilot, from 2,150 reviews.",
        "Dr Priya Raman is Head of Tuition.",
        "Bookings at lumentutors.co.uk/gcse. Support: hello@lumentutors.co.uk or 0113 496 0572, Monday to Friday, 9am to 6pm.",
        "The official hashtag is #LumenGCSE.",
    ],
    "brief": "Fill the GCSE Easter Revision Courses (30 March – 9 April 2026) and push the free trial lesson before 31 March, in a warm, reassuring tone for parents and students.",
    "posts": [
        {"id": "lumen-tutors-01", "network": "instagram",
         "post": "📚 GCSEs on the horizon? Our Easter Revision Courses run Mon 30 March – Thu 9 April in Maths, English Language and Combined Science. 8 live sessions of 90 mins, that's 12 hours of focused revision, in small groups of max 6, for £160 per subject 💪 Book now: lumentutors.co.uk/gcse #LumenGCSE #GCSE2026 #revision",
         "labels": []},
        {"id": "lumen-tutors-02", "network": "facebook",
         "post": "Parents, not sure if tutoring is right for your child? 💙 New families can book a free 30-minute trial lesson until 31 March (one per family, GCSE or A level). Every one of our 240 tutors is a qualified teacher with an enhanced DBS check, so you're in safe hands. lumentutors.co.uk/gcse #LumenGCSE",
         "labels": []},
        {"id": "lumen-tutors-03", "network": "linkedin",
         "post": "Last summer, 91% of our GCSE students achieved grade 4 or above in their tutored subject (internal survey of 1,312 students). Proud of every one of them, and of our tutors, led by Dr Priya Raman, Head of Tuition. Not bad for a team that started out in Leeds in 2019! 🎓 #LumenGCSE #edtech",
         "labels": []},
        {"id": "lumen-tutors-04", "network": "x",
         "post": "Save £40 on one-to-one GCSE tutoring 💷 10 hours for £340 instead of 10 × £38 = £380. Same brilliant tutors, better price. lumentutors.co.uk/gcse #LumenGCSE",
         "labels": []},
        {"id": "lumen-tutors-05", "network": "newsletter",
         "post": "Hello from Lumen Tutors 👋\n\nSummer term dates are in! Lessons run from Monday 20 April to Friday 17 July, with a half-term break from 25 to 29 May. That's 12 weeks of lessons to build confidence before the exams.\n\nStill deciding? Families rate us 4.8/5 on Trustpilot, from over 2,000 reviews ⭐\n\nAny questions, just reply or reach us at hello@lumentutors.co.uk or on 0113 496 0572 (Mon–Fri, 9am–6pm).\n\n#LumenGCSE",
         "labels": []},
        {"id": "lumen-tutors-06", "network": "bluesky",
         "post": "Easter holidays = revision time 🐣 Prefer one-to-one? GCSE tutoring is £38/hour and A level £45/hour, online, with a qualified teacher. Questions? hello@lumentutors.co.uk 📩 #LumenGCSE #GCSE",
         "labels": []},
        {"id": "lumen-tutors-07", "network": "instagram",
         "post": "🐣 Easter Revision Courses start on Monday 31 March! Maths, English Language and Combined Science, in small groups of up to 10 students. Book your place 👉 lumentutors.co.uk/gcse #LumenGCSE",
         "labels": [(C, "Monday 31 March"), (C, "10")]},
        {"id": "lumen-tutors-08", "network": "facebook",
         "post": "Try before you commit 💙 Every new family can book a free 60-minute trial lesson for every child in the family, GCSE or A level. No card details needed! Bookings close on 31 March at lumentutors.co.uk/gcse #LumenGCSE",
         "labels": [(C, "60-minute"), (C, "for every child in the family"),
                    (U, "No card details needed")]},
        {"id": "lumen-tutors-09", "network": "x",
         "post": "98% of our GCSE students passed last summer 🎉 There's a reason we're the UK's No. 1 online tutoring company. Easter courses from £160 👉 lumentutors.co.uk/gcse #LumenGCSE",
         "labels": [(C, "98%"), (U, "the UK's No. 1 online tutoring company")]},
        {"id": "lumen-tutors-10", "network": "linkedin",
         "post": "Meet Dr Priya Ramen, our Head of Tuition 👩‍🏫 She leads a team of 300 qualified, DBS-checked tutors, and our GCSE Easter Revision Courses run from 30 March to 9 April. #LumenGCSE #education",
         "labels": [(C, "Dr Priya Ramen"), (C, "300")]},
        {"id": "lumen-tutors-11", "network": "tiktok",
         "post": "GCSE panic? 😱 Our Easter course = 8 sessions of 1 hour for £160, and if your grade doesn't go up, you get your money back 💸 Link: lumentutors.com/gcse #LumenGCSE #GCSE2026 #studytok",
         "labels": [(C, "1 hour"), (U, "if your grade doesn't go up, you get your money back"),
                    (C, "lumentutors.com/gcse")]},
    ],
}

# ---------------------------------------------------------------- Sandpiper (en)
SANDPIPER = {
    "brand": "Sandpiper Coast Rail",
    "lang": "en",
    "facts": [
        "Sandpiper Coast Rail is a nonprofit heritage railroad founded in 1988 and run by 60 volunteers, on the line between Nestucca Landing and Cape Alder, Oregon.",
        "The Holiday Lights Express runs every Friday, Saturday and Sunday from November 27 to December 20, 2026.",
        "Holiday Lights Express trains depart at 4:30 pm and 6:45 pm from Nestucca Landing Depot, 210 Depot Street, Nestucca Landing, OR.",
        "The Holiday Lights Express round trip lasts 75 minutes.",
        "Holiday Lights Express fares: adults $32, seniors (65+) $28, children 2–12 $18; children under 2 ride free on a lap.",
        "Hot cocoa and a cookie are included with every Holiday Lights Express ticket.",
        "The Santa Ride runs on Saturday, December 12 and Sunday, December 13, 2026, departing at 11 am.",
        "On the Santa Ride, Santa visits every car and each child receives a candy cane. Santa Ride fares: $38 adults, $24 children 2–12.",
        "Each holiday train has 5 cars and seats 180 passengers; 2 cars are wheelchair-accessible, with a lift at the depot platform.",
        "Wheelchair spaces must be reserved by phone at (503) 555-0148.",
        "Holiday trains are pulled by diesel locomotive No. 7, built in 1952.",
        "Tickets are sold at sandpipercoastrail.org/holiday. No refunds; exchanges are allowed up to 48 hours before departure.",
        "Parking at the depot is free.",
        "The official hashtag is #SandpiperHoliday.",
    ],
    "brief": "Sell tickets for the 2026 Holiday Lights Express (November 27 – December 20) and the Santa Ride weekend of December 12–13, in a festive, family-friendly tone.",
    "posts": [
        {"id": "sandpiper-rail-01", "network": "instagram",
         "post": "🎄✨ All aboard the Holiday Lights Express! Every Fri, Sat & Sun from Nov 27 to Dec 20, departures at 4:30 and 6:45 pm from Nestucca Landing Depot. 75 minutes of twinkling lights, with hot cocoa and a cookie included ☕🍪 Tickets: sandpipercoastrail.org/holiday #SandpiperHoliday #OregonCoast",
         "labels": []},
        {"id": "sandpiper-rail-02", "network": "facebook",
         "post": "Holiday math for families 🧮 Two adults + two kids aged 2–12 = $100 for the Holiday Lights Express (2 × $32 + 2 × $18). Little ones under 2 ride free on a lap! And parking at the depot is free too 🚂❤️ #SandpiperHoliday",
         "labels": []},
        {"id": "sandpiper-rail-03", "network": "x",
         "post": "🎅 The Santa Ride is coming! Saturday, December 12 and Sunday, December 13 at 11am. Santa visits every car and each child gets a candy cane 🍬 $38 adults / $24 kids 2–12. sandpipercoastrail.org/holiday #SandpiperHoliday",
         "labels": []},
        {"id": "sandpiper-rail-04", "network": "bluesky",
         "post": "♿ Two of the five cars on our holiday trains are wheelchair-accessible, with a lift at the depot platform. Please reserve your wheelchair space by phone at (503) 555-0148. Everyone deserves a seat on the Holiday Lights Express 💚 #SandpiperHoliday",
         "labels": []},
        {"id": "sandpiper-rail-05", "network": "newsletter",
         "post": "Season's greetings from Sandpiper Coast Rail! 🎄\n\nThis year the Holiday Lights Express runs on 12 evenings over four weekends (Fridays, Saturdays and Sundays, November 27 – December 20), with two departures a night: that's 24 trains, each seating 180 passengers.\n\nOur trusty diesel locomotive No. 7, built in 1952, turns 74 this year and is ready for another holiday season.\n\nGood to know: tickets can't be refunded, but you can exchange them up to 48 hours before departure.\n\nThank you to our 60 volunteers, who have kept this nonprofit line running since 1988 💚\n\nsandpipercoastrail.org/holiday #SandpiperHoliday",
         "labels": []},
        {"id": "sandpiper-rail-06", "network": "instagram",
         "post": "🌟 90-minute round trip of pure holiday magic! The Holiday Lights Express leaves Nestucca Landing Depot at 4:30 and 7:15 pm every Friday, Saturday and Sunday through December 20. #SandpiperHoliday",
         "labels": [(C, "90-minute"), (C, "7:15 pm")]},
        {"id": "sandpiper-rail-07", "network": "facebook",
         "post": "Ho ho ho! 🎅 Join the Santa Ride on Saturday, December 12 or Sunday, December 14 at 11 am. Santa visits every car, and each child gets a candy cane and a free photo with Santa 📸 #SandpiperHoliday",
         "labels": [(C, "Sunday, December 14"), (U, "a free photo with Santa")]},
        {"id": "sandpiper-rail-08", "network": "x",
         "post": "Plans might change, we get it 🎁 Holiday Lights Express tickets are fully refundable up to 48 hours before departure, and kids under 5 ride free! sandpipercoastrail.org/holiday #SandpiperHoliday",
         "labels": [(C, "fully refundable"), (C, "5")]},
        {"id": "sandpiper-rail-09", "network": "linkedin",
         "post": "Founded in 1978, Sandpiper Coast Rail is Oregon's oldest heritage railroad, and a nonprofit powered by 120 volunteers. This holiday season we're proud to welcome families aboard the Holiday Lights Express from November 27 to December 20. #SandpiperHoliday #nonprofit",
         "labels": [(C, "1978"), (U, "Oregon's oldest heritage railroad"), (C, "120")]},
        {"id": "sandpiper-rail-10", "network": "tiktok",
         "post": "POV: a vintage steam locomotive pulls you through the holiday lights 🚂✨ And every car is wheelchair-accessible, so nobody misses out! #SandpiperHoliday #OregonCoast #christmastrain",
         "labels": [(C, "steam"), (C, "every car is wheelchair-accessible")]},
        {"id": "sandpiper-rail-11", "network": "bluesky",
         "post": "Last-minute plan for Friday, December 5? 🎄 Holiday Lights Express fares: adults $35, seniors $28, kids 2–12 $18. Book at sandpipercoastrail.com/holiday #SandpiperHoliday",
         "labels": [(C, "Friday, December 5"), (C, "$35"), (C, "sandpipercoastrail.com/holiday")]},
    ],
}

if __name__ == "__main__":
    build([MAIRIE, GARAGE, LUMEN, SANDPIPER], os.path.join(HERE, "blind29.jsonl"))
