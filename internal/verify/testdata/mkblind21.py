"""Sealed blind verify set 21 (blind21.jsonl): 44 posts, 4 fictional brands, 22 clean.

Written blind. The writer read only: /work/shared/data/README.md (section "verify/dev.jsonl
conventions"), /work/shared/data/verify/dev.jsonl, and ../mkblind_common.py. No engine source
(internal/verify/*.go, internal/claims/), no docs/, no other testdata file, no git history of the
engine was read, and neither `vigie` nor `go` was run.

Brands and sectors:
- Mutuelle Armorine (fr): regional mutual health insurer in Brittany; new family plan
  "Armorine Famille", premiums, reimbursement rates, waiting periods, agency hours, a webinar.
- Théâtre des Remparts (fr): municipal theatre of Langres; 2026-2027 season launch,
  subscriptions, reduced prices, show dates/times, running times, a guest director.
- Hollins & Crumb (en, UK): bakery chain, 14 shops in Yorkshire; Slow Rise sourdough range,
  Crumb Club loyalty card, opening hours, £ prices, a charity bake-off.
- Brightwater Dental (en, US): family dental clinic in Portland, Oregon; new-patient special,
  insurance, Saturday hours, a new dentist joining; US date forms.

Calendar checks (Python datetime/calendar; re-asserted in check_calendar() below):
- Mon 4 Jan 2027, Thu 14 Jan 2027 (Armorine launch, webinar); 5 Jan 2027 is a Tuesday
  (armorine-07 says "lundi 5 janvier": wrong).
- Fri 11 Sep 2026, Sat 12 Sep 2026, Sat 3 Oct 2026, Fri 6 and Sat 7 Nov 2026, Sun 13 Dec 2026
  (Remparts); remparts-06 says "samedi 11 septembre": wrong (Friday).
- Sat 6 Mar 2027 (Slow Rise launch), Sun 4 Apr 2027 (entries close), Sun 18 Apr 2027 (Crumb-Off);
  4 -> 18 April = 14 days = "two weeks"; hollins-crumb-07 says "Sunday 6th March": wrong.
- Mon Mar 15, 2027 (Dr. Okafor), Sat Apr 3, 2027 (Saturday hours), Mon May 31, 2027 (offer
  end); Saturdays from Apr 3: April 3/10/17/24 = 4, May 1/8/15/22/29 = 5; March 16, 2027 is a
  Tuesday (brightwater-06 says "Monday, March 16": wrong).

Arithmetic used by clean posts:
- armorine-02: 2 adults + 2 children = 2 x 38,50 + 2 x 14,90 = 106,80 EUR/month; 2 free months =
  213,60 EUR; a 3rd child is free so a family of 2 adults + 3 children also pays 106,80 EUR.
- armorine-06: orthodontics 400 EUR per semester = 800 EUR per year of treatment.
- armorine-03: "plus de 86 000 adhérents" for 86 400.
- remparts-02: Passion 96 / 6 = 16 EUR per show; 6 x 24 = 144, 144 - 96 = 48 EUR saved;
  Découverte 54 / 3 = 18 EUR per show.
- remparts-04: concert 20h30, bar opens one hour before = 19h30; 1 h 30 = "une heure et demie".
- remparts-05: 2 adults x 24 + 2 children x 8 = 64 EUR.
- hollins-crumb-01: 36 hours = "a day and a half";
  hollins-crumb-06: 3 of 4 loaves vegan (all but Spelt & Honey).
- brightwater-03: $285 - $99 = $186 saved; brightwater-05: "more than 1,200" for 1,240 reviews.
"""
import calendar
import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mkblind_common import build


def check_calendar():
    wd = lambda y, m, d: calendar.day_name[datetime.date(y, m, d).weekday()]
    assert wd(2027, 1, 4) == "Monday"
    assert wd(2027, 1, 5) == "Tuesday"
    assert wd(2027, 1, 14) == "Thursday"
    assert wd(2027, 2, 28) == "Sunday"
    assert wd(2026, 9, 11) == "Friday"
    assert wd(2026, 9, 12) == "Saturday"
    assert wd(2026, 10, 3) == "Saturday"
    assert wd(2026, 11, 6) == "Friday"
    assert wd(2026, 11, 7) == "Saturday"
    assert wd(2026, 12, 13) == "Sunday"
    assert wd(2027, 3, 6) == "Saturday"
    assert wd(2027, 4, 4) == "Sunday"
    assert wd(2027, 4, 18) == "Sunday"
    assert (datetime.date(2027, 4, 18) - datetime.date(2027, 4, 4)).days == 14
    assert wd(2027, 3, 15) == "Monday"
    assert wd(2027, 3, 16) == "Tuesday"
    assert wd(2027, 4, 3) == "Saturday"
    assert wd(2027, 5, 31) == "Monday"
    sats = lambda y, m, d0: [d for d in range(d0, calendar.monthrange(y, m)[1] + 1)
                             if datetime.date(y, m, d).weekday() == 5]
    assert sats(2027, 4, 3) == [3, 10, 17, 24]
    assert sats(2027, 5, 1) == [1, 8, 15, 22, 29]
    # arithmetic
    assert round(2 * 38.50 + 2 * 14.90, 2) == 106.80
    assert round(2 * 106.80, 2) == 213.60
    assert 2 * 400 == 800
    assert 96 / 6 == 16 and 6 * 24 - 96 == 48 and 54 / 3 == 18
    assert 2 * 24 + 2 * 8 == 64
    assert 285 - 99 == 186


ARMORINE = {
    "brand": "Mutuelle Armorine",
    "lang": "fr",
    "facts": [
        "La Mutuelle Armorine est une mutuelle santé fondée en 1952 à Quimper. Elle protège 86 400 adhérents en Bretagne.",
        "La nouvelle offre Armorine Famille est disponible à la souscription à partir du lundi 4 janvier 2027.",
        "Cotisations mensuelles Armorine Famille : 38,50 € par adulte et 14,90 € par enfant de moins de 20 ans. À partir du 3e enfant, la cotisation enfant est gratuite.",
        "Remboursements Armorine Famille : consultations de médecin généraliste à 100 % de la base de remboursement de la Sécurité sociale (BRSS), spécialistes à 200 % BRSS, hospitalisation à 300 % BRSS.",
        "Forfait optique : 250 € par bénéficiaire tous les 2 ans. Orthodontie des enfants : 400 € par semestre de traitement.",
        "Délais de carence : aucun pour les soins courants et l'hospitalisation ; 3 mois pour l'optique ; 6 mois pour les prothèses dentaires et l'orthodontie.",
        "Offre de lancement : pour toute souscription à Armorine Famille entre le 4 janvier et le 28 février 2027, les 2 premiers mois de cotisation sont offerts. Offre soumise à un engagement de 12 mois.",
        "Téléconsultation médicale incluse, 24h/24 et 7j/7, sans avance de frais.",
        "La Mutuelle Armorine compte 23 agences en Bretagne.",
        "Les agences sont ouvertes du lundi au vendredi de 9h à 12h30 et de 13h30 à 18h, et le samedi de 9h à 12h.",
        "Webinaire « Bien choisir sa complémentaire famille » : jeudi 14 janvier 2027 à 18h30, durée 45 minutes, animé par Gwenaëlle Le Bihan, responsable de l'offre santé. Inscription gratuite sur armorine.fr/webinaire-famille.",
        "Service adhérents : 02 98 64 30 30, du lundi au vendredi de 8h30 à 18h.",
        "Devis et souscription en ligne sur armorine.fr/famille.",
        "Le hashtag officiel est #ArmorineFamille.",
    ],
    "brief": "Lancer l'offre Armorine Famille (disponible dès le 4 janvier 2027), mettre en avant les 2 mois offerts jusqu'au 28 février et remplir le webinaire du 14 janvier, sur un ton rassurant et proche.",
    "posts": [
        {"id": "armorine-01", "network": "facebook",
         "post": "🌊 Nouveau en 2027 : Armorine Famille ! Dès le lundi 4 janvier, une complémentaire pensée pour toute la tribu : 38,50 € par mois par adulte, 14,90 € par enfant… et c'est gratuit à partir du 3e enfant 👨‍👩‍👧‍👦 Faites votre devis sur armorine.fr/famille #ArmorineFamille",
         "labels": []},
        {"id": "armorine-02", "network": "instagram",
         "post": "Deux parents, deux enfants : 106,80 € par mois pour toute la famille avec Armorine Famille 💙 Un troisième petit bout ? Ça reste 106,80 € ! Et si vous souscrivez avant le 28 février, les deux premiers mois sont offerts, soit 213,60 € d'économie (engagement 12 mois). #ArmorineFamille #mutuelle #famille",
         "labels": []},
        {"id": "armorine-03", "network": "linkedin",
         "post": "Fondée à Quimper en 1952, la Mutuelle Armorine protège aujourd'hui plus de 86 000 adhérents bretons. Avec Armorine Famille, disponible dès le 4 janvier, nous proposons une offre lisible : généralistes remboursés à 100 % BRSS, spécialistes à 200 %, hospitalisation à 300 %, et téléconsultation incluse 24h/24. Fiers de ce nouveau contrat 💪 #ArmorineFamille #assurance",
         "labels": []},
        {"id": "armorine-04", "network": "x",
         "post": "📅 Jeudi 14/01 à 18h30 : trois quarts d'heure pour tout comprendre sur la complémentaire famille, avec Gwenaëlle Le Bihan, notre responsable de l'offre santé. C'est gratuit, inscrivez-vous 👉 armorine.fr/webinaire-famille #ArmorineFamille",
         "labels": []},
        {"id": "armorine-05", "network": "mastodon",
         "post": "Une question sur Armorine Famille ? Nos 23 agences bretonnes vous accueillent du lundi au vendredi (9h-12h30 / 13h30-18h) et le samedi matin de 9h à 12h ☕ Vous préférez le téléphone ? Le 02 98 64 30 30 vous répond en semaine de 8h30 à 18h. #ArmorineFamille",
         "labels": []},
        {"id": "armorine-06", "network": "newsletter",
         "post": "Bonne nouvelle pour les soins du quotidien : avec Armorine Famille, pas de délai de carence sur les soins courants ni sur l'hospitalisation. Pour l'optique, comptez 3 mois ; pour les prothèses dentaires et l'orthodontie, 6 mois. Côté lunettes, un forfait de 250 € par personne tous les deux ans, et pour l'appareil dentaire des enfants, 400 € par semestre, soit 800 € par an de traitement. Et besoin d'un médecin un dimanche soir ? La téléconsultation est incluse, 7j/7, sans avance de frais. Souscrivez avant le 28 février et profitez de 2 mois offerts (engagement 12 mois) sur armorine.fr/famille 🌿",
         "labels": []},
        {"id": "armorine-07", "network": "instagram",
         "post": "Armorine Famille arrive le lundi 5 janvier ! 🎉 Cotisation enfant à 14,90 €/mois, et gratuite dès le 2e enfant 👶 Infos au 02 98 64 03 03 #ArmorineFamille",
         "labels": [("contradicted", "lundi 5 janvier"), ("contradicted", "2e enfant"),
                    ("contradicted", "02 98 64 03 03")]},
        {"id": "armorine-08", "network": "x",
         "post": "2 mois offerts, sans engagement 😍 Souscrivez Armorine Famille avant le 31 mars sur armorine.fr/famille ! #ArmorineFamille",
         "labels": [("contradicted", "sans engagement"), ("contradicted", "31 mars")]},
        {"id": "armorine-09", "network": "linkedin",
         "post": "Le 14 janvier à 18h, Gwenaëlle Le Bihan, directrice générale de la Mutuelle Armorine, anime un webinaire d'une heure pour vous aider à bien choisir votre complémentaire famille. Inscription gratuite : armorine.fr/webinaire-famille #ArmorineFamille",
         "labels": [("contradicted", "18h"), ("contradicted", "directrice générale"),
                    ("contradicted", "une heure")]},
        {"id": "armorine-10", "network": "facebook",
         "post": "Spécialistes remboursés à 300 % BRSS et aucun délai de carence, même pour l'optique 👓 Avec Armorine Famille, la meilleure mutuelle de Bretagne, toute la famille est bien protégée ! #ArmorineFamille",
         "labels": [("contradicted", "300 %"), ("contradicted", "même pour l'optique"),
                    ("unsupported", "la meilleure mutuelle de Bretagne")]},
        {"id": "armorine-11", "network": "tiktok",
         "post": "Téléconsultation incluse 24h/24 📱 + forfait optique de 250 € par an 👓 + une séance d'ostéopathie offerte chaque trimestre ! Armorine Famille, c'est plus de 30 agences en Bretagne pour vous accueillir 👉 #ArmorineFamille",
         "labels": [("contradicted", "par an"),
                    ("unsupported", "une séance d'ostéopathie offerte chaque trimestre"),
                    ("contradicted", "plus de 30")]},
    ],
}

REMPARTS = {
    "brand": "Théâtre des Remparts",
    "lang": "fr",
    "facts": [
        "Le Théâtre des Remparts est le théâtre municipal de Langres (Haute-Marne). Sa grande salle compte 412 places.",
        "La saison 2026-2027 propose 27 spectacles, dont 9 créations.",
        "La présentation de saison a lieu le vendredi 11 septembre 2026 à 19h, entrée libre sur réservation.",
        "La billetterie ouvre le samedi 12 septembre 2026 à 10h sur theatre-remparts.fr. Le guichet du théâtre est ouvert du mardi au samedi de 13h à 18h30.",
        "Tarifs à l'unité : plein tarif 24 €, tarif réduit 16 € (moins de 26 ans, étudiants, demandeurs d'emploi), 8 € pour les moins de 12 ans.",
        "Abonnement Découverte : 3 spectacles au choix pour 54 €. Abonnement Passion : 6 spectacles au choix pour 96 €. Les abonnés paient le tarif réduit sur tout spectacle supplémentaire.",
        "La metteuse en scène invitée de la saison est Claire Vasseur-Ndiaye. Elle crée « La Mouette » d'Anton Tchekhov au Théâtre des Remparts le vendredi 6 et le samedi 7 novembre 2026 à 20h30.",
        "« La Mouette » dure 2 h 10, entracte compris.",
        "Le concert d'ouverture de saison, par l'Orchestre Dijon Bourgogne, a lieu le samedi 3 octobre 2026 à 20h30 ; durée 1 h 30 sans entracte.",
        "« Le Bal des oubliés », spectacle de cirque de la compagnie Fil d'Ariane, est joué le dimanche 13 décembre 2026 à 16h ; durée 1 h 15 ; à partir de 6 ans.",
        "Le bar du théâtre ouvre une heure avant chaque représentation.",
        "La salle est accessible aux personnes à mobilité réduite, avec 8 emplacements réservés aux fauteuils roulants.",
        "Contact billetterie : 03 25 87 41 10 ou billetterie@theatre-remparts.fr.",
        "Le hashtag de la saison est #Remparts2627.",
    ],
    "brief": "Annoncer la saison 2026-2027 : inviter à la présentation de saison du 11 septembre, pousser l'ouverture de la billetterie le 12 septembre et les abonnements, et mettre en avant la création de « La Mouette » par Claire Vasseur-Ndiaye.",
    "posts": [
        {"id": "remparts-01", "network": "facebook",
         "post": "🎭 Rideau sur la saison 2026-2027 ! Rendez-vous ce vendredi 11 septembre à 19h pour la présentation de saison : 27 spectacles, dont 9 créations, vous seront dévoilés. Entrée libre, pensez juste à réserver 😉 #Remparts2627 #théâtre #Langres",
         "labels": []},
        {"id": "remparts-02", "network": "instagram",
         "post": "Le bon plan de la rentrée 💡 Avec l'abonnement Passion, c'est 6 spectacles pour 96 €, soit 16 € la place au lieu de 24 € : 48 € d'économie ! Plutôt 3 spectacles ? L'abonnement Découverte est à 54 €, soit 18 € le spectacle. Billetterie ouverte dès le samedi 12/09 à 10h sur theatre-remparts.fr 🎟️ #Remparts2627",
         "labels": []},
        {"id": "remparts-03", "network": "linkedin",
         "post": "Nous sommes heureux d'accueillir Claire Vasseur-Ndiaye, metteuse en scène invitée de la saison. Elle créera « La Mouette » de Tchekhov sur notre plateau les 6 et 7 novembre à 20h30 : deux soirées, 2h10 de théâtre, entracte compris. Une très belle aventure artistique pour notre théâtre municipal. #Remparts2627 #spectaclevivant",
         "labels": []},
        {"id": "remparts-04", "network": "bluesky",
         "post": "🎻 Samedi 3 octobre, 20h30 : l'Orchestre Dijon Bourgogne ouvre la saison ! Une heure et demie de musique, sans entracte. Le bar vous accueille dès 19h30 🥂 #Remparts2627",
         "labels": []},
        {"id": "remparts-05", "network": "facebook",
         "post": "Sortie en famille 🎪 « Le Bal des oubliés » de la compagnie Fil d'Ariane, dimanche 13/12 à 16h, dès 6 ans : 1h15 de cirque plein de poésie. 8 € pour les moins de 12 ans, 24 € plein tarif, soit 64 € pour 2 adultes et 2 enfants. Salle accessible, 8 emplacements fauteuils. Réservations au 03 25 87 41 10 ✨ #Remparts2627",
         "labels": []},
        {"id": "remparts-06", "network": "instagram",
         "post": "Présentation de saison le samedi 11 septembre à 19h 🎭 Un cocktail offert à tous les spectateurs à l'issue de la soirée ! Entrée libre sur réservation. #Remparts2627",
         "labels": [("contradicted", "samedi 11 septembre"),
                    ("unsupported", "Un cocktail offert à tous les spectateurs")]},
        {"id": "remparts-07", "network": "x",
         "post": "Tarif réduit à 16 € pour les moins de 30 ans, les étudiants et les demandeurs d'emploi 🎟️ Billetterie ouverte dès le 12 septembre à 9h sur theatre-remparts.fr #Remparts2627",
         "labels": [("contradicted", "30 ans"), ("contradicted", "9h")]},
        {"id": "remparts-08", "network": "facebook",
         "post": "« La Mouette » de Tchekhov, mise en scène par Claire Vasseur-N'Diaye, les 6 et 7 novembre à 20h30 au Théâtre des Remparts. 1h50 d'émotion pure, sans entracte. Réservez vite ! #Remparts2627",
         "labels": [("contradicted", "Claire Vasseur-N'Diaye"), ("contradicted", "1h50"),
                    ("contradicted", "sans entracte")]},
        {"id": "remparts-09", "network": "linkedin",
         "post": "Avec ses 450 places, le Théâtre des Remparts, plus grande scène de Haute-Marne, lance une saison 2026-2027 de 27 spectacles, dont 14 créations. Un engagement fort de la Ville de Langres pour la culture. #Remparts2627",
         "labels": [("contradicted", "450"), ("unsupported", "plus grande scène de Haute-Marne"),
                    ("contradicted", "14")]},
        {"id": "remparts-10", "network": "tiktok",
         "post": "POV : t'as pris l'abonnement Passion 🤩 6 spectacles pour 90 € et un programme dédicacé offert ! Fonce sur theatre-remparts.com 🎭 #Remparts2627",
         "labels": [("contradicted", "90 €"), ("unsupported", "un programme dédicacé offert"),
                    ("contradicted", "theatre-remparts.com")]},
        {"id": "remparts-11", "network": "newsletter",
         "post": "Chers spectateurs, la nouvelle saison approche ! Vendredi 11 septembre à 19h, venez découvrir les 27 spectacles de la saison 2026-2027 lors de notre présentation (entrée libre sur réservation). Dès le lendemain, samedi 12 septembre à 10h, la billetterie ouvre sur theatre-remparts.fr ; le guichet vous accueille du mardi au samedi de 13h à 18h30. Temps fort de l'automne : « La Mouette », créée par Claire Vasseur-Ndiaye les 6 et 7 novembre. En décembre, « Le Bal des oubliés » enchantera petits et grands le dimanche 13 décembre à 15h. Abonnés, profitez du tarif réduit sur tous vos spectacles supplémentaires ! Contact : billetterie@theatre-remparts.fr",
         "labels": [("contradicted", "15h")]},
    ],
}

HOLLINS = {
    "brand": "Hollins & Crumb",
    "lang": "en",
    "facts": [
        "Hollins & Crumb is a family bakery chain founded in 1987 in Harrogate by Joan and Peter Hollins. It has 14 shops, all in Yorkshire.",
        "The new Slow Rise sourdough range launches in all 14 shops on Saturday 6 March 2027.",
        "The Slow Rise range has four loaves: White, Seeded Rye, Spelt & Honey, and Olive & Rosemary.",
        "Slow Rise loaves are fermented for 36 hours and made with Yorkshire-grown wheat stoneground at Dunsley Mill, near Malton.",
        "Slow Rise prices: White £3.80, Seeded Rye £4.20, Spelt & Honey £4.50, Olive & Rosemary £4.50. Every loaf is also sold as a half loaf for £2.20.",
        "All Slow Rise loaves are vegan except Spelt & Honey.",
        "Crumb Club is Hollins & Crumb's free loyalty card, in the Hollins & Crumb app or as a stamp card in any shop. Members get every 10th hot drink free and every 9th Slow Rise loaf free.",
        "Shop opening hours: Monday to Saturday 7:30am to 5:30pm, Sunday 9am to 3pm. The York Stonegate shop stays open until 7pm on Fridays and Saturdays.",
        "The Great Yorkshire Crumb-Off, a charity bake-off, takes place on Sunday 18 April 2027 from 11am to 4pm at the Harrogate flagship shop, 22 Cambridge Street.",
        "Entry to the Crumb-Off costs £10 per baker and is open to amateur bakers aged 16 and over. Places are limited to 40 bakers. Entries close on Sunday 4 April 2027.",
        "All Crumb-Off entry fees and cake sales go to Dales Children's Hospice. The fundraising target is £5,000.",
        "The Crumb-Off judges are head baker Tom Ashworth and food writer Priya Lal.",
        "Hollins & Crumb won Gold for Best Bakery at the Yorkshire Food Awards 2026.",
        "Website: hollinsandcrumb.co.uk. Crumb-Off entries: hollinsandcrumb.co.uk/crumboff. Hashtags: #SlowRise and #CrumbOff.",
    ],
    "brief": "Launch the Slow Rise sourdough range on 6 March 2027, grow Crumb Club sign-ups and recruit bakers for the Great Yorkshire Crumb-Off on 18 April.",
    "posts": [
        {"id": "hollins-crumb-01", "network": "instagram",
         "post": "🍞 Say hello to Slow Rise! From Saturday 6th March, our new sourdough range lands in all 14 shops: White, Seeded Rye, Spelt & Honey and Olive & Rosemary. A day and a half of slow fermentation in every loaf 😍 #SlowRise #sourdough #realbread",
         "labels": []},
        {"id": "hollins-crumb-02", "network": "facebook",
         "post": "Proper Yorkshire bread 💛 Our Slow Rise loaves are made with Yorkshire-grown wheat, stoneground at Dunsley Mill near Malton, and fermented for 36 hours. White £3.80, Seeded Rye £4.20, Spelt & Honey and Olive & Rosemary £4.50 each, or grab any of them as a half loaf for £2.20. Which one are you trying first? 👇 #SlowRise",
         "labels": []},
        {"id": "hollins-crumb-03", "network": "mastodon",
         "post": "Crumb Club is free 🙌 Pick up a stamp card in any of our shops or join in the Hollins & Crumb app: every 10th hot drink is on us, and so is every 9th Slow Rise loaf. What are you waiting for? #SlowRise",
         "labels": []},
        {"id": "hollins-crumb-04", "network": "linkedin",
         "post": "Founded in Harrogate in 1987 by Joan and Peter Hollins, Hollins & Crumb is launching Slow Rise, a four-loaf sourdough range, in our 14 Yorkshire shops on 6 March. Proud of the team, and still proud of our Gold for Best Bakery at the Yorkshire Food Awards 2026. #SlowRise #Yorkshire",
         "labels": []},
        {"id": "hollins-crumb-05", "network": "newsletter",
         "post": "Calling all home bakers! 🧁 The Great Yorkshire Crumb-Off takes place on Sunday 18th April, 11am–4pm, at our Harrogate flagship on Cambridge Street. It's £10 to enter (amateurs aged 16+), and there are just 40 places, so don't hang about: entries close on Sunday 4th April, two weeks before the big day. Your bakes will be judged by our head baker Tom Ashworth and food writer Priya Lal, and every penny of entry fees and cake sales goes to Dales Children's Hospice. We're aiming for £5,000! Enter at hollinsandcrumb.co.uk/crumboff #CrumbOff",
         "labels": []},
        {"id": "hollins-crumb-06", "network": "tiktok",
         "post": "Vegan? Three of our four Slow Rise loaves are for you 🌱 (sorry, Spelt & Honey 🍯) Pop in Mon–Sat 7.30am–5.30pm or Sunday 9am–3pm and come and try one 🥖 #SlowRise #vegan",
         "labels": []},
        {"id": "hollins-crumb-07", "network": "instagram",
         "post": "Slow Rise launches Sunday 6th March in all 14 shops! 🥖 Every loaf fermented for 48 hours, the only true sourdough in Yorkshire ✨ #SlowRise",
         "labels": [("contradicted", "Sunday 6th March"), ("contradicted", "48 hours"),
                    ("unsupported", "the only true sourdough in Yorkshire")]},
        {"id": "hollins-crumb-08", "network": "x",
         "post": "All four Slow Rise loaves are 100% vegan 🌱 and Crumb Club members get 20% off every loaf! Join free in the app. #SlowRise",
         "labels": [("contradicted", "All four"), ("unsupported", "get 20% off every loaf")]},
        {"id": "hollins-crumb-09", "network": "facebook",
         "post": "Late one in York? 🌙 Our Stonegate shop now stays open until 8pm every Friday and Saturday, so grab a Slow Rise Seeded Rye for £3.80 on your way home! #SlowRise",
         "labels": [("contradicted", "8pm"), ("contradicted", "£3.80")]},
        {"id": "hollins-crumb-10", "network": "linkedin",
         "post": "We're delighted that TV chef James Harland will join head baker Tom Ashworth and food writer Priya Lal on the judging panel at the Great Yorkshire Crumb-Off on 18 April at our Harrogate flagship, 12 Cambridge Street, raising money for Dales Children's Hospice. Our target: £50,000. #CrumbOff",
         "labels": [("unsupported", "TV chef James Harland"), ("contradicted", "12 Cambridge Street"),
                    ("contradicted", "£50,000")]},
        {"id": "hollins-crumb-11", "network": "tiktok",
         "post": "Think you can out-bake us? 👀 Enter the Crumb-Off for FREE at hollinsandcrumb.co.uk/crumb-off, open to bakers of all ages! 🎂 #CrumbOff",
         "labels": [("contradicted", "FREE"), ("contradicted", "hollinsandcrumb.co.uk/crumb-off"),
                    ("contradicted", "of all ages")]},
    ],
}

BRIGHTWATER = {
    "brand": "Brightwater Dental",
    "lang": "en",
    "facts": [
        "Brightwater Dental is a family dental clinic at 2150 SE Hawthorne Blvd, Portland, OR 97214. It opened in 2011 and was founded by Dr. Daniel Reyes, DMD.",
        "New-patient special: $99 for a comprehensive exam, full set of X-rays, and routine cleaning (regular value $285). For new patients without dental insurance; must be booked by May 31, 2027.",
        "In-network insurance plans: Delta Dental, Cigna, MetLife, Aetna and Moda Health. The clinic does not accept the Oregon Health Plan (OHP).",
        "Weekday hours: Monday to Thursday 7:30 a.m. to 6 p.m.; Friday 8 a.m. to 2 p.m.",
        "Starting Saturday, April 3, 2027, the clinic is open every Saturday from 8 a.m. to 1 p.m.",
        "Dr. Maya Okafor, DDS, joins Brightwater Dental on Monday, March 15, 2027. She graduated from the OHSU School of Dentistry in 2019, completed a one-year pediatric dentistry residency, and speaks English and Spanish.",
        "With Dr. Okafor, the team has 4 dentists and 6 dental hygienists.",
        "Children under 3 get their first dental visit free.",
        "Treatment over $500 can be financed at 0% interest for 12 months through CareCredit.",
        "Same-day emergency appointments are available Monday through Friday.",
        "Free patient parking: 14 spaces behind the building. TriMet bus line 14 stops in front of the clinic.",
        "Brightwater Dental has a 4.8-star rating from 1,240 Google reviews (as of February 2027).",
        "Phone: (503) 555-0142. Online booking: brightwaterdental.com/book.",
        "Official hashtag: #BrightwaterSmiles.",
    ],
    "brief": "Welcome Dr. Maya Okafor (starting March 15, 2027), announce the new Saturday hours from April 3, and promote the new-patient special, bookable through May 31, 2027. Warm, neighborly tone.",
    "posts": [
        {"id": "brightwater-01", "network": "facebook",
         "post": "Please join us in welcoming Dr. Maya Okafor, DDS! 🦷 Dr. Okafor starts on Monday, 3/15, after graduating from the OHSU School of Dentistry in 2019 and completing a pediatric dentistry residency. ¡Y habla español! Our team is now 4 dentists and 6 hygienists strong 💙 #BrightwaterSmiles",
         "labels": []},
        {"id": "brightwater-02", "network": "instagram",
         "post": "Saturdays are for smiles ☀️ Starting April 3rd, we're open every Saturday, 8 a.m.–1 p.m. That's 4 Saturday mornings in April alone, and 5 in May! Book at brightwaterdental.com/book #BrightwaterSmiles #PortlandOR",
         "labels": []},
        {"id": "brightwater-03", "network": "x",
         "post": "No dental insurance? Our new-patient special gets you an exam, a full set of X-rays and a cleaning for just $99 (a $285 value). That's $186 in savings 🙌 Book by 5/31/27 👉 brightwaterdental.com/book #BrightwaterSmiles",
         "labels": []},
        {"id": "brightwater-04", "network": "newsletter",
         "post": "Hi neighbors! 👋 A few updates from your friends on SE Hawthorne. Dr. Maya Okafor joins our team on March 15, and she speaks both English and Spanish. Saturday hours begin April 3 (8 a.m. to 1 p.m.), on top of our usual Monday–Thursday 7:30 a.m.–6 p.m. and Friday 8 a.m.–2 p.m. We're in network with Delta Dental, Cigna, MetLife, Aetna and Moda Health. Bringing a little one? Kids under 3 get their first visit free. Parking is free in our 14-space lot out back, and TriMet's line 14 stops right out front. Questions? Call (503) 555-0142. See you soon!",
         "labels": []},
        {"id": "brightwater-05", "network": "linkedin",
         "post": "Since 2011, Brightwater Dental has cared for Portland families from our home at 2150 SE Hawthorne Blvd. Thank you to our patients for a 4.8-star rating across more than 1,200 Google reviews ⭐ Planning bigger treatment? For anything over $500, you can spread the cost over 12 months at 0% interest with CareCredit. #BrightwaterSmiles",
         "labels": []},
        {"id": "brightwater-06", "network": "instagram",
         "post": "Dr. Maya Okafor joins us Monday, March 16! 🎉 A graduate of the OHSU School of Dentistry (class of 2021), she's fluent in English and Spanish. Welcome to the family! #BrightwaterSmiles",
         "labels": [("contradicted", "Monday, March 16"), ("contradicted", "2021")]},
        {"id": "brightwater-07", "network": "x",
         "post": "New patients: exam, X-rays & cleaning for $99, even if you have insurance! Offer ends June 30, so book now at brightwaterdental.com/book #BrightwaterSmiles",
         "labels": [("contradicted", "even if you have insurance"), ("contradicted", "June 30")]},
        {"id": "brightwater-08", "network": "facebook",
         "post": "Great news: we now accept the Oregon Health Plan 🙌 Plus Delta Dental, Cigna, MetLife, Aetna and Moda Health. Call (503) 555-0124 to book your visit! #BrightwaterSmiles",
         "labels": [("contradicted", "we now accept the Oregon Health Plan"),
                    ("contradicted", "(503) 555-0124")]},
        {"id": "brightwater-09", "network": "tiktok",
         "post": "Portland's #1 family dentist 🏆 Open Saturdays 9 a.m.–2 p.m. starting April 3, and every new patient gets a free electric toothbrush 🪥✨ #BrightwaterSmiles",
         "labels": [("unsupported", "Portland's #1 family dentist"), ("contradicted", "9 a.m.–2 p.m."),
                    ("unsupported", "every new patient gets a free electric toothbrush")]},
        {"id": "brightwater-10", "network": "linkedin",
         "post": "Brightwater Dental welcomes Dr. Maya Okafor, DDS, our new Clinical Director. With her arrival, our team grows to 5 dentists and 6 hygienists serving families at 2150 SE Hawthorne Blvd. #BrightwaterSmiles",
         "labels": [("unsupported", "our new Clinical Director"), ("contradicted", "5", 0)]},
        {"id": "brightwater-11", "network": "bluesky",
         "post": "Toothache that can't wait? 🦷 We offer same-day emergency appointments 7 days a week. Free parking behind the building, and we're right on TriMet line 15. #BrightwaterSmiles",
         "labels": [("contradicted", "7 days a week"), ("contradicted", "15")]},
    ],
}

if __name__ == "__main__":
    check_calendar()
    build([ARMORINE, REMPARTS, HOLLINS, BRIGHTWATER], os.path.join(HERE, "blind21.jsonl"))
