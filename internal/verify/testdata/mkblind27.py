"""Blind verify set 27 (writes blind27.jsonl next to this file).

Written blind: the author read only /work/shared/data/README.md (section "verify/dev.jsonl
conventions"), /work/shared/data/verify/dev.jsonl and testdata/mkblind_common.py. No engine
source, no other testdata, no docs, no git history of the engine; `vigie` and `go` never run.

Brands (fictional) and sectors:
- Cinéma Le Lumière (fr): independent art-house cinema in Clermont-Ferrand; festival week
  "Regards Neufs" 10-16 March 2027, prices, 10-screening card, director Q&A, accessibility.
- Domaine de la Croix-Haute (fr): Burgundy wine estate in Meursault; open-cellar weekend
  17-18 April 2027, tasting price, vintages and a medal, case discounts, shipping conditions.
- Pinecrest Physio (en, Canada): physiotherapy clinic in Halifax; second clinic opening
  3 May 2027, open house, CAD prices, direct billing, hours, therapists and credentials.
- Bolt & Barrel Brewing (en, US): craft brewery taproom in Denver; 10th anniversary party
  14 August 2027, ABV, food trucks, happy hour, growler fill prices.

Calendar checks (Python datetime/calendar):
- 2027-03-10 Wednesday, 2027-03-16 Tuesday (festival = 7 days), 2027-03-13 Saturday,
  2027-03-14 Sunday; "Vendredi 13 mars" is wrong (labelled).
- 2027-04-17 Saturday, 2027-04-18 Sunday; "dimanche 17 avril" is wrong (labelled).
- 2027-05-03 Monday, 2027-05-08 Saturday, 2027-05-09 Sunday ("Saturday, May 9" labelled).
- June 2027 Saturdays: 5, 12, 19, 26 (four Saturdays).
- 2027-08-14 Saturday ("Friday, August 14" labelled).

Arithmetic used by clean posts:
- Carte 10 séances 65 € -> 6,50 € la place; 10 x 9,50 € = 95 €, saving 30 €.
- Pass Festival 45 €: 4 x 9,50 = 38 € < 45 €, 5 x 9,50 = 47,50 € > 45 € -> paid off from the 5th film.
- SME screening at 18h30 every festival day -> 7 screenings (10-16 March).
- 412 fauteuils -> "plus de 400"; 45 minutes -> "trois quarts d'heure".
- 6 x 19 € = 114 €, -10 % -> 102,60 €; free delivery from 12 bottles = 2 cartons of 6;
  -15 % from 3 cartons = 18 bottles; 1921 -> 2027 = 106 years ("plus d'un siècle").
- 20 % off $120 = $96, saving $24; 6 physios + 2 RMTs = 8 clinicians; 7 a.m.-8 p.m. = 13 h;
  five insurers listed.
- 2017 -> 2027 = a decade; $22 / 4 cans = $5.50 a can; growler $8 + core fill $16 = $24;
  happy hour 3-6 p.m. = three hours.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mkblind_common import build

C, U = "contradicted", "unsupported"

lumiere = {
    "brand": "Cinéma Le Lumière",
    "lang": "fr",
    "facts": [
        "Le Cinéma Le Lumière est un cinéma indépendant classé Art et Essai, ouvert en 1984 au 14 rue des Gras, à Clermont-Ferrand.",
        "Le cinéma compte 3 salles et 412 fauteuils au total.",
        "La 9e édition du festival Regards Neufs se tient du mercredi 10 au mardi 16 mars 2027.",
        "Le festival présente 38 films, dont 12 premiers films et 7 avant-premières.",
        "Tarifs : plein 9,50 €, réduit 7 € (étudiants, demandeurs d'emploi, moins de 26 ans), moins de 14 ans 5 €.",
        "La carte 10 séances coûte 65 €. Elle est valable 1 an à partir de la date d'achat et peut être utilisée par plusieurs personnes pour une même séance.",
        "Le Pass Festival à 45 € donne accès à toutes les séances du festival, dans la limite des places disponibles.",
        "Samedi 13 mars 2027 à 20h30, la réalisatrice Claire Vasseur présente en avant-première son film « Les Heures claires », suivi d'une rencontre avec le public d'environ 45 minutes.",
        "Pendant le festival, les séances ont lieu à 14h, 16h15, 18h30 et 21h, avec une séance supplémentaire à 11h le samedi et le dimanche.",
        "Les 3 salles sont accessibles aux personnes en fauteuil roulant, et la salle 1 est équipée d'une boucle magnétique.",
        "Chaque jour du festival, la séance de 18h30 est proposée en version sous-titrée pour sourds et malentendants (SME).",
        "Programme et billetterie : cinema-lelumiere.fr/festival. Renseignements au 04 73 91 27 40.",
        "Le hashtag officiel est #RegardsNeufs2027.",
    ],
    "brief": "Faire connaître la 9e édition du festival Regards Neufs (10-16 mars 2027), l'avant-première en présence de Claire Vasseur et la carte 10 séances, en rappelant que toutes les salles sont accessibles.",
    "posts": [
        {"id": "cinema-lumiere-01", "network": "instagram",
         "post": "🎬 Regards Neufs revient pour sa 9e édition ! Du mercredi 10 au mardi 16 mars, sept jours de cinéma au Lumière : 38 films, dont 12 premiers films et 7 avant-premières 🍿 On a hâte de partager ces pépites avec vous ❤️ Programme complet sur cinema-lelumiere.fr/festival #RegardsNeufs2027 #cinéma #ClermontFerrand",
         "labels": []},
        {"id": "cinema-lumiere-02", "network": "facebook",
         "post": "Cinéphiles, faites vos comptes 🧮 La carte 10 séances coûte 65 €, soit 6,50 € la place au lieu de 9,50 € en plein tarif : 30 € d'économie sur dix films ! Valable un an à partir de l'achat, et vous pouvez la partager avec vos proches sur une même séance 👫 Parfait pour le festival Regards Neufs ! #RegardsNeufs2027",
         "labels": []},
        {"id": "cinema-lumiere-03", "network": "x",
         "post": "Rencontre 🎤 Samedi 13/03 à 20h30, Claire Vasseur présente en avant-première « Les Heures claires », puis échange avec vous pendant trois quarts d'heure environ. Immanquable ! Billets : cinema-lelumiere.fr/festival #RegardsNeufs2027",
         "labels": []},
        {"id": "cinema-lumiere-04", "network": "facebook",
         "post": "♿ Au Lumière, le cinéma est pour tout le monde. Nos trois salles sont accessibles en fauteuil roulant, la salle 1 dispose d'une boucle magnétique, et pendant tout le festival, la séance de 18h30 est sous-titrée SME chaque jour, soit 7 séances adaptées du 10 au 16 mars. Infos au 04 73 91 27 40 📞 #RegardsNeufs2027 #accessibilité",
         "labels": []},
        {"id": "cinema-lumiere-05", "network": "linkedin",
         "post": "Depuis 1984, le Cinéma Le Lumière défend un cinéma indépendant au cœur de Clermont-Ferrand, au 14 rue des Gras. Avec ses 3 salles et plus de 400 fauteuils, notre cinéma classé Art et Essai accueille du 10 au 16 mars la 9e édition de Regards Neufs, vitrine de 12 premiers films. Fiers de faire vivre la création sur grand écran. #RegardsNeufs2027",
         "labels": []},
        {"id": "cinema-lumiere-06", "network": "instagram",
         "post": "Le bon plan festival 🎟️ Avec le Pass Festival à 45 €, accès à toutes les séances (dans la limite des places dispo) : il est rentabilisé dès le 5e film vu en plein tarif ! Et ce week-end du 13-14 mars, une séance en plus à 11h le matin ☀️ #RegardsNeufs2027",
         "labels": []},
        {"id": "cinema-lumiere-07", "network": "x",
         "post": "🎬 Vendredi 13 mars à 20h30, avant-première de « Les Heures claires » en présence de Claire Vasseur, suivie d'une rencontre d'1h30 avec le public ! #RegardsNeufs2027",
         "labels": [(C, "Vendredi 13 mars"), (C, "1h30")]},
        {"id": "cinema-lumiere-08", "network": "facebook",
         "post": "La carte 10 séances du Lumière, c'est 65 € pour dix films, valable 2 ans ! 🎟️ Attention, elle est strictement nominative. Idéale pour découvrir les 38 films du festival Regards Neufs. #RegardsNeufs2027",
         "labels": [(C, "2 ans"), (C, "strictement nominative")]},
        {"id": "cinema-lumiere-09", "network": "instagram",
         "post": "Plus de 40 films, 7 avant-premières et un pop-corn offert à chaque spectateur 🍿 Le plus grand festival de cinéma indépendant d'Auvergne, c'est au Lumière du 10 au 16 mars ! #RegardsNeufs2027",
         "labels": [(C, "Plus de 40"), (U, "un pop-corn offert à chaque spectateur"),
                    (U, "Le plus grand festival de cinéma indépendant d'Auvergne")]},
        {"id": "cinema-lumiere-10", "network": "linkedin",
         "post": "Ouvert en 1984, le Cinéma Le Lumière, cinéma indépendant classé Art et Essai, présente la 10e édition de Regards Neufs du 10 au 16 mars. Tarif réduit à 6 € pour les étudiants et les moins de 26 ans. Programme : cinemalelumiere.fr/festival",
         "labels": [(C, "10e"), (C, "6 €"), (C, "cinemalelumiere.fr/festival")]},
        {"id": "cinema-lumiere-11", "network": "tiktok",
         "post": "POV : tu découvres 38 films en 7 jours avec le Pass Festival à 40 € 😍 Séances à 14h, 16h15, 18h30 et 21h, et même à 10h le week-end ! #RegardsNeufs2027 #cinéphile",
         "labels": [(C, "40 €"), (C, "10h")]},
    ],
}

croix = {
    "brand": "Domaine de la Croix-Haute",
    "lang": "fr",
    "facts": [
        "Le Domaine de la Croix-Haute est un domaine familial de 14 hectares à Meursault (Côte-d'Or), conduit par la famille Perrault depuis 1921.",
        "Le domaine est certifié en agriculture biologique depuis le millésime 2015.",
        "Les Caves ouvertes 2027 ont lieu le samedi 17 et le dimanche 18 avril, de 10h à 18h, au 3 rue de la Croix-Haute, 21190 Meursault.",
        "La dégustation commentée de 6 vins coûte 15 € par personne ; elle est offerte pour tout achat d'au moins 6 bouteilles.",
        "La visite des caves voûtées du XVIIe siècle dure 45 minutes, avec des départs à 11h, 14h30 et 16h.",
        "Prix à la bouteille : Bourgogne Chardonnay 2023 19 €, Meursault « Les Clous » 2022 38 €, Pommard 1er cru « Les Rugiens » 2021 58 €.",
        "Le Meursault « Les Clous » 2022 a reçu une médaille d'or au Concours général agricole de Paris 2024.",
        "Pendant les Caves ouvertes uniquement : -10 % par carton de 6 bouteilles, -15 % à partir de 3 cartons.",
        "Livraison offerte en France métropolitaine à partir de 12 bouteilles ; en dessous, forfait de 14,90 €. Pas de livraison hors de France métropolitaine.",
        "Les dégustations sont animées par Mathilde Perrault, vigneronne de la 4e génération, et par Bruno Lefèvre, œnologue du domaine.",
        "Le domaine produit environ 62 000 bouteilles par an.",
        "Réservation conseillée au 03 80 21 46 93 ou sur croixhaute-vins.fr/caves-ouvertes.",
        "Le hashtag officiel est #CavesOuvertesCroixHaute.",
    ],
    "brief": "Inviter amateurs et clients aux Caves ouvertes des 17 et 18 avril 2027 et mettre en avant le Meursault « Les Clous » 2022 médaillé, les remises par carton et les conditions de livraison.",
    "posts": [
        {"id": "croix-haute-01", "network": "instagram",
         "post": "🍷 Les Caves ouvertes, c'est le week-end du 17-18 avril ! Samedi et dimanche, de 10h à 18h, on vous attend au 3 rue de la Croix-Haute à Meursault pour trinquer avec Mathilde et Bruno 🥂 Réservez vite : croixhaute-vins.fr/caves-ouvertes #CavesOuvertesCroixHaute #Bourgogne #vin",
         "labels": []},
        {"id": "croix-haute-02", "network": "facebook",
         "post": "Bon plan Caves ouvertes 📦 Un carton de 6 Bourgogne Chardonnay 2023 (19 € la bouteille) vous revient à 102,60 € au lieu de 114 € grâce aux -10 %. Et comme vous achetez 6 bouteilles, la dégustation commentée (15 €) vous est offerte 🎁 Offre valable uniquement les 17 et 18 avril. #CavesOuvertesCroixHaute",
         "labels": []},
        {"id": "croix-haute-03", "network": "linkedin",
         "post": "Plus d'un siècle de savoir-faire 🍇 Depuis 1921, la famille Perrault conduit le Domaine de la Croix-Haute, 14 hectares à Meursault, certifiés en agriculture biologique depuis le millésime 2015. Mathilde Perrault, 4e génération, et notre œnologue Bruno Lefèvre vous feront déguster nos vins les 17 et 18 avril. #CavesOuvertesCroixHaute",
         "labels": []},
        {"id": "croix-haute-04", "network": "x",
         "post": "🥇 Notre Meursault « Les Clous » 2022, médaille d'or au Concours général agricole de Paris 2024, est à 38 € la bouteille. À découvrir lors des Caves ouvertes, samedi 17 et dimanche 18/04 ! #CavesOuvertesCroixHaute",
         "labels": []},
        {"id": "croix-haute-05", "network": "newsletter",
         "post": "Chers amis du domaine, les Caves ouvertes reviennent le samedi 17 et le dimanche 18 avril 2027, de 10h à 18h. Au programme : dégustation commentée de six vins (15 €, offerte dès 6 bouteilles achetées) et visite de nos caves voûtées du XVIIe siècle, trois départs par jour (11h, 14h30 et 16h) pour trois quarts d'heure de découverte. Côté achats, -10 % par carton et -15 % dès 3 cartons, soit dès 18 bouteilles. La livraison est offerte en France métropolitaine à partir de 12 bouteilles, c'est-à-dire dès 2 cartons ; en dessous, comptez 14,90 €. Réservation conseillée au 03 80 21 46 93. À très vite ! Mathilde Perrault #CavesOuvertesCroixHaute",
         "labels": []},
        {"id": "croix-haute-06", "network": "instagram",
         "post": "Le dimanche 17 avril, on ouvre les portes du domaine 🍷 Dégustation gratuite et visite des caves voûtées du XVIIe siècle à 11h, 14h30 et 16h ! #CavesOuvertesCroixHaute",
         "labels": [(C, "dimanche 17 avril"), (C, "Dégustation gratuite")]},
        {"id": "croix-haute-07", "network": "facebook",
         "post": "📦 Caves ouvertes : -10 % par carton de 6 bouteilles et -20 % à partir de 3 cartons ! Livraison offerte dès 6 bouteilles en France métropolitaine. On vous attend les 17 et 18 avril à Meursault 🥂 #CavesOuvertesCroixHaute",
         "labels": [(C, "-20 %"), (C, "dès 6 bouteilles")]},
        {"id": "croix-haute-08", "network": "linkedin",
         "post": "Le Domaine de la Croix-Haute, 18 hectares en Côte-d'Or, est certifié bio depuis 2010. Notre Meursault « Les Clous » 2022 a été noté 94/100 par Wine Spectator, une fierté pour toute l'équipe. #CavesOuvertesCroixHaute",
         "labels": [(C, "18"), (C, "2010"), (U, "noté 94/100 par Wine Spectator")]},
        {"id": "croix-haute-09", "network": "x",
         "post": "🍷 Visite des caves voûtées du XVe siècle : 1 heure d'immersion dans l'histoire du domaine, à 11h, 14h30 et 16h. Samedi 17 et dimanche 18 avril ! #CavesOuvertesCroixHaute",
         "labels": [(C, "XVe siècle"), (C, "1 heure")]},
        {"id": "croix-haute-10", "network": "tiktok",
         "post": "Le meilleur Meursault de Bourgogne 🏆 Médaille d'argent au Concours général agricole 2024 pour « Les Clous » 2022, à 36 € la bouteille ! Réservez sur croixhaute-vins.fr/caves-ouvertes #CavesOuvertesCroixHaute",
         "labels": [(U, "Le meilleur Meursault de Bourgogne"), (C, "Médaille d'argent"), (C, "36 €")]},
        {"id": "croix-haute-11", "network": "facebook",
         "post": "Les Caves ouvertes, c'est aussi l'occasion de rencontrer Mathilde Perreau, vigneronne de la 4e génération 🍇 Un coffret de deux verres gravés est offert à chaque visiteur ! Infos : 03 80 21 46 93 #CavesOuvertesCroixHaute",
         "labels": [(C, "Mathilde Perreau"), (U, "Un coffret de deux verres gravés est offert à chaque visiteur")]},
    ],
}

pinecrest = {
    "brand": "Pinecrest Physio",
    "lang": "en",
    "facts": [
        "Pinecrest Physio was founded in 2012 by physiotherapist Naomi Fraser, MScPT. Its first clinic is at 1580 Barrington Street, Halifax.",
        "The second Pinecrest Physio clinic opens on Monday, May 3, 2027 at 5640 Spring Garden Road, Suite 210, Halifax, NS.",
        "Open house at the Spring Garden Road clinic: Saturday, May 8, 2027, 10 a.m. to 2 p.m., with free 15-minute posture screenings.",
        "Hours (both clinics): Monday to Friday 7 a.m. to 8 p.m., Saturday 8 a.m. to 2 p.m., closed Sunday.",
        "An initial assessment (60 minutes) costs $120 CAD. Follow-up treatment sessions (45 minutes) cost $95 CAD.",
        "Pinecrest Physio bills directly to Medavie Blue Cross, Sun Life, Manulife, Canada Life and Green Shield Canada. No doctor's referral is needed to book.",
        "The team includes 6 registered physiotherapists and 2 registered massage therapists.",
        "Liam Chen, PT, leads the Spring Garden Road clinic and is certified in vestibular rehabilitation.",
        "Priya Raman, PT, holds the FCAMPT designation (Fellow of the Canadian Academy of Manipulative Physiotherapists).",
        "New-patient offer: 20% off the initial assessment when booked before May 31, 2027. Not combinable with other offers.",
        "The Spring Garden Road clinic is wheelchair accessible and has 12 free parking spaces behind the building.",
        "Book at pinecrestphysio.ca/book or call (902) 555-0148.",
        "Pinecrest Physio won Best Physiotherapy Clinic at the 2025 Halifax Neighbourhood Choice Awards.",
        "The campaign hashtag is #PinecrestSpringGarden.",
    ],
    "brief": "Announce the opening of the Spring Garden Road clinic on May 3, 2027, invite people to the May 8 open house, and push the new-patient offer and direct billing.",
    "posts": [
        {"id": "pinecrest-physio-01", "network": "instagram",
         "post": "🎉 We're growing! Our second clinic opens Monday, May 3 at 5640 Spring Garden Road, Suite 210 🙌 Led by Liam Chen, PT, certified in vestibular rehab. Wheelchair accessible, with 12 free parking spots out back 🚗 Book now: pinecrestphysio.ca/book #PinecrestSpringGarden #Halifax #physio",
         "labels": []},
        {"id": "pinecrest-physio-02", "network": "facebook",
         "post": "New patient? Your first assessment is 20% off when you book before May 31 💙 That's a full 60-minute initial assessment for $96 instead of $120, a $24 saving. No doctor's referral needed! Book at pinecrestphysio.ca/book or call (902) 555-0148. (Offer can't be combined with other promotions.) #PinecrestSpringGarden",
         "labels": []},
        {"id": "pinecrest-physio-03", "network": "linkedin",
         "post": "Since 2012, Pinecrest Physio has grown from Naomi Fraser's first clinic on Barrington Street into a team of eight clinicians: six registered physiotherapists and two registered massage therapists. On May 3 we open our second location on Spring Garden Road. Proud to be named Best Physiotherapy Clinic at the 2025 Halifax Neighbourhood Choice Awards 🏆 #PinecrestSpringGarden",
         "labels": []},
        {"id": "pinecrest-physio-04", "network": "x",
         "post": "Come say hi 👋 Open house this Saturday, May 8, 10am–2pm at our new Spring Garden Road clinic, with free 15-min posture screenings! #PinecrestSpringGarden #Halifax",
         "labels": []},
        {"id": "pinecrest-physio-05", "network": "bluesky",
         "post": "Insurance stress? Skip it 😌 We bill directly to Medavie Blue Cross, Sun Life, Manulife, Canada Life and Green Shield Canada, five insurers in all. Follow-up sessions are 45 min for $95. #PinecrestSpringGarden",
         "labels": []},
        {"id": "pinecrest-physio-06", "network": "mastodon",
         "post": "Early birds and night owls welcome 🌅🌙 Both Pinecrest clinics are open 13 hours a day on weekdays (7 a.m.–8 p.m.), plus Saturdays 8–2. In June, that's four Saturdays to fit in your session! Closed Sundays. #physiotherapy #Halifax",
         "labels": []},
        {"id": "pinecrest-physio-07", "network": "instagram",
         "post": "Open house alert 🎈 Join us Saturday, May 9, 10am–2pm at 5640 Spring Garden Road for free 30-minute posture screenings and a free branded water bottle for every visitor! #PinecrestSpringGarden",
         "labels": [(C, "Saturday, May 9"), (C, "30-minute"), (U, "a free branded water bottle for every visitor")]},
        {"id": "pinecrest-physio-08", "network": "facebook",
         "post": "Meet Liam Chan, PT, who leads our new Spring Garden Road clinic 👋 And say hello to Priya Raman, PT, Halifax's only FCAMPT-certified physiotherapist. Book at pinecrestphysio.com/book #PinecrestSpringGarden",
         "labels": [(C, "Liam Chan"), (U, "Halifax's only FCAMPT-certified physiotherapist"), (C, "pinecrestphysio.com/book")]},
        {"id": "pinecrest-physio-09", "network": "x",
         "post": "New patients: 25% off your initial assessment until June 30! 🙌 Now open 7 days a week at Spring Garden Road. #PinecrestSpringGarden",
         "labels": [(C, "25%"), (C, "June 30"), (C, "7 days a week")]},
        {"id": "pinecrest-physio-10", "network": "linkedin",
         "post": "Founded in 2014 by Naomi Fraser, Pinecrest Physio now counts 10 registered physiotherapists across two Halifax clinics. Initial assessments (60 min) are $120 and fully covered by MSI for Nova Scotia residents. #PinecrestSpringGarden",
         "labels": [(C, "2014"), (C, "10"), (U, "fully covered by MSI for Nova Scotia residents")]},
        {"id": "pinecrest-physio-11", "network": "tiktok",
         "post": "POV: your 45-minute follow-up costs just $85 and there's no referral needed 🙌 Parking for 20 cars at our new clinic! #PinecrestSpringGarden #physio",
         "labels": [(C, "$85"), (C, "20")]},
    ],
}

bolt = {
    "brand": "Bolt & Barrel Brewing",
    "lang": "en",
    "facts": [
        "Bolt & Barrel Brewing opened its taproom at 3321 Larimer Street, Denver, CO 80205 in August 2017. It was founded by Jenna and Tom Whitaker.",
        "The 10th Anniversary Party is on Saturday, August 14, 2027, from noon to 10 p.m., in the taproom and the back lot.",
        "Entry to the party is free. A $35 anniversary ticket includes a commemorative glass and four 5-oz pours. The party is 21+ only.",
        "The anniversary beer, Ten Bolts Imperial Stout (11.2% ABV), is released on August 14 in 16-oz cans at $22 per 4-pack, limited to 2 four-packs per person.",
        "Core beers: Larimer Lager (4.8% ABV), Copper Rail Amber (5.4% ABV), Switchyard IPA (6.7% ABV).",
        "Switchyard IPA won a silver medal at the 2024 Great American Beer Festival.",
        "Food trucks at the party: Mile High Tacos from noon to 5 p.m., then Smokestack BBQ from 5 p.m. to 10 p.m.",
        "Local band The Rattlesnake Choir plays at 7 p.m. on the party day.",
        "Happy hour runs Monday to Thursday, 3 p.m. to 6 p.m., with $2 off all draft pints.",
        "Taproom hours: Monday to Thursday 2 p.m.–10 p.m., Friday and Saturday 11 a.m.–midnight, Sunday 11 a.m.–9 p.m.",
        "Growler fills (64 oz): $16 for core beers, $20 for specialty beers. A new 64-oz growler costs $8.",
        "Head brewer: Marcus Delgado.",
        "Dogs are welcome on the patio.",
        "Website: boltandbarrel.com. Official hashtag: #BoltAndBarrel10.",
    ],
    "brief": "Hype the 10th Anniversary Party on August 14, 2027 and the Ten Bolts Imperial Stout release; remind people of happy hour and growler fills.",
    "posts": [
        {"id": "bolt-barrel-01", "network": "instagram",
         "post": "🎉 TEN YEARS of Bolt & Barrel! Party with us Saturday, Aug 14th, noon–10pm at 3321 Larimer St. Free entry, 21+ only 🍻 Grab the $35 anniversary ticket for a commemorative glass + four 5-oz pours. Cheers to a decade, Denver! #BoltAndBarrel10 #craftbeer",
         "labels": []},
        {"id": "bolt-barrel-02", "network": "x",
         "post": "Ten Bolts Imperial Stout drops Aug 14 🖤 11.2% ABV, 16-oz cans, $22 a 4-pack (that's $5.50 a can). Max 2 four-packs per person. #BoltAndBarrel10",
         "labels": []},
        {"id": "bolt-barrel-03", "network": "facebook",
         "post": "Hungry? We've got you all day on the 14th 🌮🔥 Mile High Tacos serves from noon to 5, then Smokestack BBQ takes over until 10. At 7pm, The Rattlesnake Choir hits the stage. Bring your pup, dogs are welcome on the patio 🐶 #BoltAndBarrel10",
         "labels": []},
        {"id": "bolt-barrel-04", "network": "newsletter",
         "post": "Howdy, Barrel crew! Quick reminder that happy hour runs Monday through Thursday from 3 to 6 p.m., three hours of $2 off every draft pint. Want to take beer home? A 64-oz growler fill is $16 for core beers like Larimer Lager (4.8%), Copper Rail Amber (5.4%) or Switchyard IPA (6.7%), and $20 for specialty beers. New to growlers? A fresh 64-oz growler is $8, so your first core fill comes to $24 all in. And mark your calendars: our 10th Anniversary Party is Saturday, August 14, from noon to 10 p.m. See you at the taproom! — Jenna & Tom",
         "labels": []},
        {"id": "bolt-barrel-05", "network": "linkedin",
         "post": "A decade ago, Jenna and Tom Whitaker opened the Bolt & Barrel taproom on Larimer Street. Today, head brewer Marcus Delgado's Switchyard IPA (6.7% ABV) carries a silver medal from the 2024 Great American Beer Festival 🥈 Join us on August 14 to celebrate 10 years. boltandbarrel.com #BoltAndBarrel10",
         "labels": []},
        {"id": "bolt-barrel-06", "network": "instagram",
         "post": "Friday, August 14 is THE day 🎉 Our 10th Anniversary Party runs noon to midnight, and every guest gets a free commemorative glass! #BoltAndBarrel10",
         "labels": [(C, "Friday, August 14"), (C, "midnight"), (C, "every guest gets a free commemorative glass")]},
        {"id": "bolt-barrel-07", "network": "x",
         "post": "Ten Bolts Imperial Stout 🖤 12.2% ABV, $22 per 4-pack, no purchase limit! Aged 9 months in bourbon barrels. #BoltAndBarrel10",
         "labels": [(C, "12.2%"), (C, "no purchase limit"), (U, "Aged 9 months in bourbon barrels")]},
        {"id": "bolt-barrel-08", "network": "facebook",
         "post": "Happy hour just got happier 🍻 Every day from 3 to 7pm, $2 off all draft pints at the taproom! #craftbeer #Denver",
         "labels": [(C, "Every day"), (C, "7pm")]},
        {"id": "bolt-barrel-09", "network": "linkedin",
         "post": "Bolt & Barrel Brewing, Denver's oldest craft brewery, celebrates 10 years on August 14. Our Switchyard IPA won gold at the 2024 Great American Beer Festival, a testament to head brewer Marcus Delgado's team. #BoltAndBarrel10",
         "labels": [(U, "Denver's oldest craft brewery"), (C, "gold")]},
        {"id": "bolt-barrel-10", "network": "tiktok",
         "post": "POV: it's Aug 14, Smokestack BBQ is serving from noon 🔥 and there's a fireworks show at 9pm 🎆 All ages welcome! #BoltAndBarrel10",
         "labels": [(C, "noon"), (U, "a fireworks show at 9pm"), (C, "All ages welcome")]},
        {"id": "bolt-barrel-11", "network": "instagram",
         "post": "Growler time 🍺 Fill your 64-oz growler with any core beer for $14 at 3321 Lawrence St! Specialty fills $20. Details at boltandbarrelbrewing.com",
         "labels": [(C, "$14"), (C, "3321 Lawrence St"), (C, "boltandbarrelbrewing.com")]},
    ],
}

if __name__ == "__main__":
    build([lumiere, croix, pinecrest, bolt], os.path.join(HERE, "blind27.jsonl"))
