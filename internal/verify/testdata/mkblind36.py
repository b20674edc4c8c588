"""Blind verify set 36: 44 posts, 4 fictional brands (2 FR, 2 EN), 22 clean.

Brands and sectors
- École de cirque Haut-Vol (fr, Québec, Canada): circus school, autumn 2027 session.
- Clairéa (fr, Nantes, France): office cleaning company, « Rentrée nette » offer 2026.
- LockNest (en, Denver, US): password-manager SaaS, release of LockNest 5.0 in March 2028.
- Riverkloof Botanical Garden (en, Makhanda, South Africa): botanical garden, Spring Blooms
  Festival, September 2027.

Calendar checks (Python datetime)
- 2027-09-11 Saturday, 2027-12-11 Saturday (91 days apart = 13 weeks), 2027-08-09 Monday,
  2027-09-03 Friday, 2027-08-28 Saturday, 2027-12-10 Friday, 2027-09-05 Sunday.
- 2026-08-31 Monday, 2026-10-16 Friday (47 days inclusive), 2026-03-01 (no weekday used).
- 2028-03-14 Tuesday, 2028-03-16 Thursday, 2028-04-14 Friday.
- 2027-09-04 Saturday, 2027-09-26 Sunday (23 days inclusive), 2027-09-24 Friday.
  Festival Sundays: 5, 12, 19, 26 September (4 walks). Festival Fridays: 10, 17, 24;
  Saturdays: 4, 11, 18, 25 -> 7 late openings.

Arithmetic used by clean posts
- haut-vol-02: 2nd child in the Enfants course: 395 $ x 0.85 = 335,75 $; saving 59,25 $.
- haut-vol-04: 12 students / 2 coaches = at most 6 students per adult.
- haut-vol-06: 2 adults + children of 7 and 9 (not under 5) = 4 x 18 $ = 72 $.
- haut-vol-10: 395 $ / 13 weeks = 30,38 $ -> "environ 30 $ par semaine".
- clairea-01: 12-month contract with first month free -> 11 months paid.
- clairea-03: 96 % of 210 respondents = 201.6 -> "plus de 200 clients satisfaits".
- clairea-07: trophy in 2025, post in 2026 -> "l'an dernier".
- clairea-09: 2 visits x 2 h x 26 € HT = 104 € HT per week.
- locknest-04: $65.88 x 0.6 = $39.53 first year; saving $26.35; $39.53 / 6 = $6.59 < $7.
- locknest-02: webinar Thursday 16 March = "this Thursday" for a post on Tuesday 14 March.
- riverkloof-02: 2 x R85 + 2 x R40 = R250; 7 late evenings (see calendar).
- riverkloof-04: four Sunday walks: 5, 12, 19, 26 September.
- riverkloof-06: 1,100 / 3,240 = 34 % -> "about a third"; 1931 -> 2027.
- riverkloof-08: 5 x R85 = R425 > R420 (4 x R85 = R340) -> pays for itself by 5th visit.
- riverkloof-01: 3,240 species -> "over 3,000". riverkloof-11: 23 days -> "over three weeks".

Written blind: the writer read only the "verify/dev.jsonl conventions" section of
/work/shared/data/README.md, /work/shared/data/verify/dev.jsonl and mkblind_common.py
(no engine code, docs, other testdata, git history; vigie/go never run).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mkblind_common import build  # noqa: E402

C, U = "contradicted", "unsupported"

HAUTVOL_FACTS = [
    "L'École de cirque Haut-Vol a été fondée en 2009 à Québec par Geneviève Tremblay, ancienne voltigeuse, qui en est la directrice générale.",
    "L'école est située au 850, boulevard des Capucins, dans le quartier Limoilou, à Québec.",
    "La session d'automne 2027 se déroule du samedi 11 septembre au samedi 11 décembre 2027, soit 13 semaines de cours.",
    "Les inscriptions à la session d'automne sont ouvertes du lundi 9 août au vendredi 3 septembre 2027, uniquement en ligne sur hautvol.ca/inscriptions.",
    "Le cours récréatif Enfants (6 à 12 ans) dure 1 h 30 par semaine et coûte 395 $ pour la session.",
    "Le cours récréatif Ados (13 à 17 ans) dure 2 h par semaine et coûte 445 $ pour la session.",
    "Un rabais de 15 % s'applique à chaque inscription supplémentaire d'un enfant de la même famille, à partir du 2e enfant.",
    "Les disciplines aériennes (trapèze, tissu, cerceau) sont réservées aux élèves de 10 ans et plus.",
    "Chaque groupe compte au maximum 12 élèves, encadrés par 2 entraîneurs.",
    "Un cours d'essai gratuit a lieu le samedi 28 août 2027, de 10 h à 15 h, sur réservation seulement au 418 555-0147.",
    "Le spectacle de fin de session « Lumières d'hiver » a lieu le vendredi 10 décembre 2027 à 19 h, à l'école ; les billets coûtent 18 $ et l'entrée est gratuite pour les moins de 5 ans.",
    "Haut-Vol compte 23 entraîneurs et accueille environ 640 élèves par année.",
    "En 2026, l'école a reçu le prix Distinction en loisir culturel de la Ville de Québec.",
    "Le mot-clic officiel est #HautVolQc.",
]
HAUTVOL_BRIEF = "Promouvoir les inscriptions à la session d'automne 2027 et le cours d'essai gratuit du 28 août, sur un ton enjoué et familial."

HAUTVOL_POSTS = [
    ("instagram",
     "🎪 Les inscriptions pour l'automne sont ouvertes ! Jusqu'au 3 septembre, inscrivez vos petits acrobates de 6 à 12 ans au cours récréatif Enfants : 1 h 30 de cirque chaque semaine, pendant 13 semaines, pour 395 $. On a hâte de vous voir voler ! 🤸 hautvol.ca/inscriptions #HautVolQc",
     []),
    ("facebook",
     "Deux enfants à inscrire ? 👧👦 Le 2e profite d'un rabais de 15 %, soit 335,75 $ au lieu de 395 $ pour le cours Enfants. Ça fait 59,25 $ d'économies pour la famille ! Et si un troisième veut s'y mettre, le rabais s'applique aussi 😉 Inscriptions en ligne seulement, d'ici le vendredi 3 septembre : hautvol.ca/inscriptions #HautVolQc",
     []),
    ("x",
     "Cours d'essai GRATUIT ce dimanche 28 août, de 10 h à 15 h ! Pas besoin de réserver, venez essayer le trapèze dès 6 ans 🎪 #HautVolQc",
     [(C, "dimanche 28 août"), (C, "Pas besoin de réserver"), (C, "dès 6 ans")]),
    ("linkedin",
     "Fondée en 2009 à Québec par Geneviève Tremblay, ancienne voltigeuse devenue directrice générale, l'École de cirque Haut-Vol accueille aujourd'hui quelque 640 élèves par année, avec une équipe de 23 entraîneurs. Notre conviction : le cirque se transmet mieux en petits groupes. Chez nous, un groupe compte 12 élèves au plus, toujours encadrés par deux entraîneurs, soit un adulte pour six jeunes au maximum. En 2026, l'école a reçu le prix Distinction en loisir culturel de la Ville de Québec, une fierté pour toute l'équipe de Limoilou. La session d'automne débute le samedi 11 septembre, et le spectacle « Lumières d'hiver » viendra la couronner le vendredi 10 décembre à 19 h. Merci aux familles qui nous font confiance ! #HautVolQc #cirque #loisirculturel",
     []),
    ("tiktok",
     "POV : ton ado fait son premier tissu aérien 😱🤍 Cours Ados (13-17 ans) : 2 h par semaine, 425 $ la session. La seule école de cirque de Québec ouverte aux ados ! #HautVolQc",
     [(C, "425 $"), (U, "La seule école de cirque de Québec ouverte aux ados")]),
    ("facebook",
     "🌟 Réservez votre vendredi soir ! Le 10 décembre à 19 h, nos élèves présentent « Lumières d'hiver », le spectacle de fin de session, ici même à l'école (850, boulevard des Capucins, Limoilou). Billets à 18 $, et c'est gratuit pour les tout-petits de moins de 5 ans. Deux adultes et deux enfants de 7 et 9 ans ? 72 $ pour une soirée inoubliable ✨ #HautVolQc",
     []),
    ("instagram",
     "Nos groupes ? 15 élèves maximum, avec 2 entraîneurs toujours présents 💪 C'est la recette qui nous a valu le titre de meilleure école de cirque du Québec ! Inscriptions jusqu'au 3 septembre sur hautvol.ca/inscriptions #HautVolQc",
     [(C, "15"), (U, "le titre de meilleure école de cirque du Québec")]),
    ("x",
     "Cours d'essai gratuit samedi prochain, le 28 août, de 10 h à 15 h 🎪 Réservation obligatoire au 418 555-0147. Venez faire le plein de sensations ! #HautVolQc #cirque",
     []),
    ("facebook",
     "📣 Dernière chance ! Les inscriptions à la session d'automne ferment ce dimanche 5 septembre. Inscrivez-vous en ligne ou directement à l'accueil de l'école. Satisfait ou remboursé après le premier cours ! #HautVolQc",
     [(C, "dimanche 5 septembre"), (C, "ou directement à l'accueil de l'école"), (U, "Satisfait ou remboursé après le premier cours")]),
    ("threads",
     "13 semaines de cirque, du 11 septembre au 11 décembre 🤹 Ça fait environ 30 $ par semaine pour le cours Enfants (395 $ la session). Et pour les 10 ans et plus : trapèze, tissu et cerceau ! Qui est partant ? #HautVolQc",
     []),
    ("linkedin",
     "Fière de notre équipe de 32 entraîneurs ! 👏 Ensemble, ils accompagnent quelque 640 élèves chaque année, du premier roulé-boulé jusqu'au trapèze. Sous la direction de Geneviève Tremblay, directrice artistique et fondatrice de l'école en 2009, Haut-Vol a reçu en 2026 le prix Distinction en loisir culturel de la Ville de Québec. Cette reconnaissance, nous la devons aussi aux familles de Limoilou et d'ailleurs. Prochain rendez-vous : la session d'automne, du 11 septembre au 11 décembre, avec des groupes de 12 élèves au maximum. Inscriptions sur hautvol.ca/inscriptions #HautVolQc #cirque",
     [(C, "32"), (C, "directrice artistique")]),
]

CLAIREA_FACTS = [
    "Clairéa est une entreprise de nettoyage de bureaux fondée en 2012 à Nantes par Sophie Le Goff, sa présidente.",
    "Clairéa emploie 184 agents d'entretien, tous en CDI.",
    "Clairéa entretient 312 sites professionnels (bureaux, cabinets médicaux, agences) en Loire-Atlantique et en Vendée.",
    "Depuis le 1er mars 2026, 100 % des produits d'entretien utilisés par Clairéa portent l'Ecolabel européen.",
    "Offre « Rentrée nette » : pour tout nouveau contrat signé du lundi 31 août au vendredi 16 octobre 2026, le premier mois de prestation est offert.",
    "L'offre « Rentrée nette » est réservée aux contrats d'une durée d'au moins 12 mois, avec au moins 2 passages par semaine.",
    "Les prestations de nettoyage régulier sont facturées à partir de 26 € HT de l'heure.",
    "Les interventions ont lieu du lundi au samedi, entre 6 h et 21 h.",
    "Le devis est gratuit et envoyé sous 48 heures ouvrées, sur clairea-pro.fr/devis ou au 02 40 55 18 92.",
    "Clairéa est certifiée ISO 14001 depuis 2025.",
    "Selon l'enquête annuelle 2025, menée auprès de 210 clients, 96 % des clients se déclarent satisfaits.",
    "Karim Benali est directeur des opérations de Clairéa.",
    "En 2025, Clairéa a reçu le trophée « Entreprise inclusive » de la CCI Nantes Saint-Nazaire.",
    "Le hashtag officiel est #ClaireaPro.",
]
CLAIREA_BRIEF = "Promouvoir l'offre « Rentrée nette » (31 août – 16 octobre 2026) auprès des PME et valoriser l'engagement écologique et social de Clairéa, sur un ton professionnel et rassurant."

CLAIREA_POSTS = [
    ("linkedin",
     "Rentrée rime avec bureaux impeccables. 🧽 Du lundi 31 août au vendredi 16 octobre, Clairéa vous offre le premier mois de prestation pour tout nouveau contrat signé. Conditions : un engagement d'au moins 12 mois et au minimum deux passages par semaine. Concrètement, sur un contrat d'un an, vous ne réglez que 11 mois. Nos 184 agents d'entretien, tous en CDI, interviennent du lundi au samedi entre 6 h et 21 h, pour que vos équipes retrouvent des locaux nets en arrivant le matin. Et depuis mars, tous nos produits d'entretien portent l'Ecolabel européen. Devis gratuit sous 48 h ouvrées : clairea-pro.fr/devis ou 02 40 55 18 92. #ClaireaPro #PME #RSE",
     []),
    ("x",
     "🎁 Offre Rentrée nette : 2 mois offerts pour tout nouveau contrat, sans engagement ! Jusqu'au 16 octobre 👉 clairea-pro.fr/devis #ClaireaPro",
     [(C, "2 mois"), (C, "sans engagement")]),
    ("facebook",
     "96 % de nos clients se disent satisfaits 😊 C'est le résultat de notre enquête annuelle 2025, menée auprès de 210 clients : plus de 200 clients satisfaits de l'entretien de leurs locaux. Merci à nos équipes sur le terrain, c'est grâce à vous ! 💙 #ClaireaPro",
     []),
    ("linkedin",
     "Rencontre avec Karim Benali, notre directeur général 👏 Depuis 2012, Clairéa s'est imposée comme le leader du nettoyage de bureaux dans l'Ouest, avec 312 sites entretenus en Loire-Atlantique et en Vendée. #ClaireaPro",
     [(C, "directeur général"), (U, "le leader du nettoyage de bureaux dans l'Ouest")]),
    ("instagram",
     "La propreté, oui, mais pas à n'importe quel prix pour la planète 🌿 Depuis le 1er mars 2026, 100 % de nos produits d'entretien sont écolabellisés (Ecolabel européen). Et nous sommes certifiés ISO 14001 depuis 2025 ✅ #ClaireaPro #ecolabel",
     []),
    ("facebook",
     "Nos équipes interviennent 7 jours sur 7, de 6 h à 21 h, pour s'adapter à vos horaires 🕕 Tarif à partir de 26 € HT de l'heure, avec un agent attitré pour chaque site. Devis gratuit au 02 40 55 18 92. #ClaireaPro",
     [(C, "7 jours sur 7"), (U, "avec un agent attitré pour chaque site")]),
    ("linkedin",
     "🏆 L'an dernier, la CCI Nantes Saint-Nazaire nous remettait le trophée « Entreprise inclusive ». Une fierté qui se vit au quotidien : nos 184 agents d'entretien sont tous en CDI. « Un emploi stable, c'est la base d'un travail bien fait », rappelle Sophie Le Goff, notre présidente. #ClaireaPro #inclusion",
     []),
    ("tiktok",
     "Avant / après 🤩 Nos 148 agents font briller plus de 400 sites en Loire-Atlantique et en Vendée ! #ClaireaPro #nettoyage",
     [(C, "148"), (C, "plus de 400")]),
    ("facebook",
     "Petite PME, petit budget ? 💡 Deux passages de 2 heures par semaine, c'est à partir de 104 € HT par semaine. Et si vous signez d'ici le 16 octobre pour au moins 12 mois, le premier mois est offert 🎁 Votre devis gratuit sous 48 h ouvrées : clairea-pro.fr/devis #ClaireaPro",
     []),
    ("x",
     "Devis gratuit en 24 h chrono ⏱️ sur clairea-pro.fr/devis ! Et pour un nouveau contrat signé avant le 31 octobre, le 1er mois est offert, produits et matériel inclus. #ClaireaPro",
     [(C, "24 h"), (C, "31 octobre"), (U, "produits et matériel inclus")]),
    ("mastodon",
     "Mercredi, 6 h du matin : nos agents sont déjà à pied d'œuvre pour que vos collaborateurs arrivent dans des bureaux nets ☕✨ Du lundi au samedi, entre 6 h et 21 h, choisissez le créneau qui vous convient. Une question ? 02 40 55 18 92 #ClaireaPro",
     []),
]

LOCKNEST_FACTS = [
    "LockNest is a password manager developed by LockNest Inc., founded in 2019 in Denver, Colorado, by Priya Raman (CEO) and Tom Okafor (CTO).",
    "LockNest 5.0 is released on Tuesday, March 14, 2028.",
    "LockNest 5.0 adds passkey support on Windows, macOS, iOS and Android; passkeys are not yet supported on Linux.",
    "The Personal plan costs $35.88 per year ($2.99 per month, billed annually).",
    "The Family plan costs $65.88 per year and covers up to 6 users.",
    "The Teams plan costs $4.50 per user per month, with a minimum of 5 users.",
    "Launch offer: new customers who subscribe to the Family plan between March 14 and April 14, 2028 get 40% off their first year.",
    "The Free plan stores unlimited passwords on one device.",
    "All paid plans come with a 14-day free trial; no credit card is required to start the trial.",
    "LockNest uses zero-knowledge, end-to-end AES-256 encryption; an independent security audit by Cobalt Ridge Security was completed in January 2028.",
    "LockNest has 2.3 million users in 41 countries.",
    "24/7 live chat support is available on the Teams plan only; other paid plans get email support with a reply within 24 hours.",
    "In 2027, TechHarbor Reviews named LockNest \"Best Password Manager for Families\".",
    "Tom Okafor hosts a free live webinar, \"Passkeys 101\", on Thursday, March 16, 2028 at 1 pm ET (registration at locknest.com/webinar); the launch page is locknest.com/5 and the official hashtag is #LockNest5.",
]
LOCKNEST_BRIEF = "Announce the release of LockNest 5.0 with passkey support, push the Family plan launch offer (March 14 – April 14, 2028) and reassure users about security; friendly, clear, jargon-light tone."

LOCKNEST_POSTS = [
    ("x",
     "It's here 🔐 LockNest 5.0 is out today, Tuesday March 14, with passkeys on Windows, macOS, iOS & Android. Goodbye, forgotten passwords 👋 locknest.com/5 #LockNest5",
     []),
    ("linkedin",
     "Today, LockNest 5.0 ships. 🚀 Since Priya Raman and Tom Okafor started LockNest in Denver back in 2019, we've wanted strong security to feel effortless. With 5.0, passkeys arrive on Windows, macOS, iOS and Android (Linux users: not yet, but we hear you). On security, no shortcuts: LockNest is zero-knowledge and end-to-end encrypted with AES-256, and our independent security audit by Cobalt Ridge Security wrapped up in January. Today, 2.3 million people in 41 countries use LockNest. Want to go deeper? Join our CTO Tom Okafor for \"Passkeys 101\", a free live webinar this Thursday at 1 pm ET. Register at locknest.com/webinar #LockNest5 #cybersecurity #passkeys",
     []),
    ("instagram",
     "Family plan, 50% off your first year 🎉 Protect up to 8 people in one plan, plus a free hardware security key for every new subscriber. Offer ends April 14! #LockNest5",
     [(C, "50%"), (C, "8"), (U, "a free hardware security key for every new subscriber")]),
    ("facebook",
     "Family plan math 🧮 Normally $65.88 a year for up to 6 people. Subscribe as a new customer by April 14 and your first year drops to $39.53 with our 40% launch discount. That's $26.35 saved! Split six ways, it's under $7 per person for the whole year 💜 locknest.com/5 #LockNest5",
     []),
    ("tiktok",
     "POV: you never type a password again 😎 LockNest 5.0 brings passkeys to Windows, macOS, iOS, Android and Linux. Voted the #1 password manager in America 🏆 #LockNest5",
     [(C, "Linux"), (U, "Voted the #1 password manager in America")]),
    ("mastodon",
     "No credit card, no catch: try any paid LockNest plan free for 14 days 🙌 Or stick with Free: unlimited passwords on one device. locknest.com/5 #LockNest5",
     []),
    ("linkedin",
     "Running a small team? LockNest Teams is $4.50 per user per month, from just 3 users, with 24/7 live chat support included. Curious about passkeys? Our CEO, Tom Okafor, hosts \"Passkeys 101\" live on Thursday. locknest.com/webinar #LockNest5",
     [(C, "3"), (C, "CEO")]),
    ("threads",
     "Quick security check ✅ Zero-knowledge: we can't read your vault. End-to-end AES-256 encryption. Independent audit by Cobalt Ridge Security, completed in January 2028. Questions? Drop them below 👇 #LockNest5",
     []),
    ("facebook",
     "🎉 LockNest 5.0 lands Wednesday, March 14! Join Priya Raman for our free \"Passkeys 101\" webinar on March 16 at 1 pm ET. Register: locknest.com/webinars #LockNest5",
     [(C, "Wednesday, March 14"), (C, "Priya Raman"), (C, "locknest.com/webinars")]),
    ("bluesky",
     "Families love LockNest 💜 Named \"Best Password Manager for Families\" by TechHarbor Reviews in 2027, trusted by 3 million users, and every paid plan comes with a 30-day money-back guarantee. #LockNest5",
     [(C, "3 million"), (U, "a 30-day money-back guarantee")]),
    ("instagram",
     "Just need it for you? The Personal plan is $2.99 a month, billed monthly, with email support that replies within 12 hours 📬 Start with a 14-day free trial at locknest.com/5 #LockNest5",
     [(C, "billed monthly"), (C, "12 hours")]),
]

RIVERKLOOF_FACTS = [
    "Riverkloof Botanical Garden was established in 1931 and covers 48 hectares on the edge of Makhanda, in the Eastern Cape.",
    "The garden holds 3,240 plant species, about 1,100 of which are endemic to the Eastern Cape.",
    "The Spring Blooms Festival runs from Saturday 4 September to Sunday 26 September 2027.",
    "The garden is open daily from 7:30 am to 5:30 pm; during the festival it stays open until 7 pm on Fridays and Saturdays.",
    "Entry costs R85 for adults and R40 for children aged 4 to 12 and pensioners; children under 4 enter free.",
    "On Heritage Day, Friday 24 September 2027, entry is free for all visitors.",
    "A Friends of Riverkloof annual membership costs R420 per person and includes unlimited entry for a year.",
    "Guided cycad walks, led by curator Dr Thandeka Mokoena, take place every Sunday of the festival at 10 am; they last 90 minutes, cost R60 on top of entry and must be booked in advance (maximum 20 people per walk).",
    "The cycad collection holds 146 specimens from 38 species.",
    "The Protea Tea Room, inside the garden, is open daily from 8 am to 4 pm.",
    "Dogs are not allowed in the garden, except guide dogs.",
    "In 2026, Riverkloof won Gold in the Outdoor Attraction category of the Eastern Cape Tourism Awards.",
    "Tickets and walk bookings are at riverkloofgarden.co.za/spring; the garden's phone number is 046 622 0182.",
    "The official hashtag is #RiverkloofBlooms.",
]
RIVERKLOOF_BRIEF = "Promote the Spring Blooms Festival (4–26 September 2027) to families and nature lovers, highlighting the cycad walks and Heritage Day free entry; warm, inviting tone."

RIVERKLOOF_POSTS = [
    ("instagram",
     "🌸 Spring is calling! The Spring Blooms Festival opens this Saturday, 4 September, and runs until Sunday the 26th. Over 3,000 plant species to discover across 48 hectares 🌿 Who's coming? #RiverkloofBlooms",
     []),
    ("facebook",
     "Planning a family day out this September? 🌼 Here's everything you need to know about the Spring Blooms Festival at Riverkloof (4–26 September).\n🎟️ Entry: R85 for adults, R40 for kids aged 4–12 and pensioners, and little ones under 4 get in free. A family of two adults and two kids aged 4–12 pays R250 in total.\n🌙 Late opening: on festival Fridays and Saturdays, we stay open until 7 pm, that's seven long spring evenings.\n☕ The Protea Tea Room is open from 8 am to 4 pm every day.\n🐕 Please leave your dogs at home (guide dogs welcome).\n🇿🇦 And on Heritage Day, Friday 24 September, entry is free for everyone!\nTickets: riverkloofgarden.co.za/spring #RiverkloofBlooms",
     []),
    ("x",
     "Heritage Day = free entry for kids under 12 at Riverkloof 🇿🇦 Saturday 24 September, with live marimba music all day! #RiverkloofBlooms",
     [(C, "for kids under 12"), (C, "Saturday 24 September"), (U, "with live marimba music all day")]),
    ("facebook",
     "🌿 Meet our cycads! Every Sunday of the festival at 10 am, curator Dr Thandeka Mokoena leads a 90-minute walk through our collection of 146 specimens from 38 species. That's four walks: 5, 12, 19 and 26 September. R60 on top of entry, max 20 people per walk, so book ahead at riverkloofgarden.co.za/spring #RiverkloofBlooms #cycads",
     []),
    ("tiktok",
     "The oldest botanical garden in South Africa 🌺 Nearly a century of blooms, 60 hectares of wonder, and the Spring Blooms Festival starts 4 September! #RiverkloofBlooms",
     [(U, "The oldest botanical garden in South Africa"), (C, "60")]),
    ("linkedin",
     "Proud moment 🏆 Riverkloof Botanical Garden won Gold in the Outdoor Attraction category at the 2026 Eastern Cape Tourism Awards. Founded in 1931, our 48-hectare garden on the edge of Makhanda now holds 3,240 plant species, about a third of them found only in the Eastern Cape. Thank you to our team and to every visitor 💚 #RiverkloofBlooms #EasternCape",
     []),
    ("instagram",
     "Guided cycad walks with Dr Thandeka Mokoena, our head of horticulture 🌿 Every Saturday of the festival at 10 am, R60 including entry. Book now! #RiverkloofBlooms",
     [(C, "head of horticulture"), (C, "Saturday"), (C, "including entry")]),
    ("threads",
     "Thinking of coming back more than once this spring? 🌼 A Friends of Riverkloof membership is R420 for a year of unlimited entry. At R85 per adult visit, it pays for itself by your fifth visit. Ask us on 046 622 0182 #RiverkloofBlooms",
     []),
    ("facebook",
     "🌙 Evening strolls are back! During the festival, the garden stays open until 8 pm every night, and the Protea Tea Room stays open until closing. #RiverkloofBlooms",
     [(C, "8 pm"), (C, "every night"), (C, "until closing")]),
    ("x",
     "Dogs welcome on a leash at Riverkloof 🐕🌸 Adult entry R95, kids R40. Book at riverkloofgarden.co.za/spring #RiverkloofBlooms",
     [(C, "Dogs welcome on a leash"), (C, "R95")]),
    ("bluesky",
     "Over three weeks of spring 🌸 The Spring Blooms Festival runs from 4 to 26 September, in partnership with Kirstenbosch, and our cycad collection now counts more than 200 specimens 🌿 Book your walk: riverkloofgarden.co.za/spring #RiverkloofBlooms",
     [(U, "in partnership with Kirstenbosch"), (C, "more than 200")]),
]


def brand(name, slug, lang, facts, brief, posts):
    return {
        "brand": name, "lang": lang, "facts": facts, "brief": brief,
        "posts": [
            {"id": f"{slug}-{i:02d}", "network": net, "post": text, "labels": labs}
            for i, (net, text, labs) in enumerate(posts, 1)
        ],
    }


BRANDS = [
    brand("École de cirque Haut-Vol", "haut-vol", "fr", HAUTVOL_FACTS, HAUTVOL_BRIEF, HAUTVOL_POSTS),
    brand("Clairéa", "clairea", "fr", CLAIREA_FACTS, CLAIREA_BRIEF, CLAIREA_POSTS),
    brand("LockNest", "locknest", "en", LOCKNEST_FACTS, LOCKNEST_BRIEF, LOCKNEST_POSTS),
    brand("Riverkloof Botanical Garden", "riverkloof", "en", RIVERKLOOF_FACTS, RIVERKLOOF_BRIEF, RIVERKLOOF_POSTS),
]

if __name__ == "__main__":
    for b in BRANDS:
        assert len(b["posts"]) == 11, b["brand"]
    build(BRANDS, os.path.join(HERE, "blind36.jsonl"))
