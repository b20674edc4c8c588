"""Blind verify set 26 (written blind): writes blind26.jsonl next to itself.

Written blind: the author read only /work/shared/data/README.md (section "verify/dev.jsonl
conventions"), /work/shared/data/verify/dev.jsonl and ../mkblind_common.py. No engine code,
no other testdata, no docs, and neither `vigie` nor `go` was run.

Brands and sectors (all fictional), 11 posts each, 44 posts, 22 clean:
- Transports Lémanis (fr): regional bus network around Annemasse; new line L10, timetable,
  fares in €, monthly pass, accessibility, works detour dates. 6 clean / 5 with errors.
- Boulangerie-Pâtisserie Kerlann (fr): artisan bakery in Quimper; galette des rois season,
  prices per size, pre-order deadlines, baking class, awards. 5 clean / 6 with errors.
- Greenhaven Solar (en): rooftop solar installer in Brisbane; system sizes, prices after
  rebate in AUD, warranties, install days, customer count. 6 clean / 5 with errors.
- Tidewater Aquarium (en): aquarium in Norfolk, Virginia; Shark Passage exhibit, tickets,
  member perks, hours, kids' sleepover. 5 clean / 6 with errors.

Calendar checks (Python calendar/datetime):
- 2027-03-01 Monday, 2027-03-06 Saturday (L10 launch week); 2027-04-12 Monday,
  2027-05-28 Friday (works: 47 days, i.e. "près de sept semaines").
- 2026-12-31 Thursday; 2027-01-02 Saturday; 2027-01-03 Sunday; 2027-01-16 Saturday;
  2027-01-31 Sunday; 2027-02-07 Sunday (used as a wrong end date, weekday itself correct).
- 2027-09-01 Wednesday (so "Tuesday, Sept 1" is wrong); 2027-10-31 Sunday.
- 2027-05-21 Friday, 2027-05-22 Saturday; Memorial Day 2027 = Monday May 31 (last Monday);
  Labor Day 2027 = Monday September 6 (first Monday); first Friday from May 31 = June 4;
  2027-06-19 Saturday, 2027-06-20 Sunday.

Arithmetic used by clean posts:
- Lémanis: carnet 13,50 € / 10 = 1,35 € per trip; 39 € - 22 € = 17 €; 9 lines + L10 = 10
  lines (used in an error post, true); 12 Apr - 28 May = 47 days < 7 weeks.
- Kerlann: 2 x 25 € = 50 €; 2 x 8 parts = 16; 14h30-17h = 2h30 (in an error post, true);
  2027 - 1988 = 39 years ("près de quarante ans").
- Greenhaven: $9,890 - $7,990 = $1,900; 30 - 23 = 7 panels; 8,420 > 8,400.
- Tidewater: 2 x $32.95 + 2 x $22.95 = $111.80.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mkblind_common import build

C, U = "contradicted", "unsupported"

LEMANIS = {
    "brand": "Transports Lémanis",
    "lang": "fr",
    "facts": [
        "Transports Lémanis exploite le réseau de bus de l'agglomération d'Annemasse : 9 lignes régulières et 186 arrêts dans 12 communes, avant l'arrivée de la ligne L10.",
        "La nouvelle ligne L10 relie Annemasse Gare (correspondance Léman Express) à la zone d'activités des Érables, à Vétraz-Monthoux, en 22 minutes, avec 14 arrêts.",
        "La ligne L10 est mise en service le lundi 1er mars 2027.",
        "Du lundi au vendredi, la L10 circule de 5h45 à 21h15 : un bus toutes les 10 minutes de 6h30 à 9h et de 16h30 à 19h, toutes les 20 minutes le reste de la journée.",
        "Le samedi, la L10 circule de 7h à 20h, avec un bus toutes les 30 minutes. Elle ne circule ni le dimanche ni les jours fériés.",
        "Tarifs : ticket 1 voyage 1,60 € (valable 1 heure, correspondances comprises), carnet de 10 tickets 13,50 €, abonnement mensuel Liberté 39 €.",
        "L'abonnement mensuel Liberté Jeunes, réservé aux moins de 26 ans, coûte 22 €.",
        "Semaine de lancement : du lundi 1er au samedi 6 mars 2027, la ligne L10 est gratuite pour tous les voyageurs (les autres lignes restent payantes).",
        "Tous les bus de la L10 sont électriques, à plancher bas, équipés d'une rampe pour fauteuil roulant et d'annonces sonores et visuelles des arrêts. Les 14 arrêts de la ligne sont accessibles aux personnes à mobilité réduite.",
        "Le service de transport à la demande Lémanis Access, réservé aux personnes à mobilité réduite, se réserve au 04 50 38 27 61 au plus tard la veille avant 17h.",
        "Travaux avenue de la Gare : du lundi 12 avril au vendredi 28 mai 2027, les lignes 2 et 5 sont déviées par la rue du Salève ; les arrêts Hôtel de Ville et Parc Montessuit ne sont pas desservis pendant cette période.",
        "Agence commerciale : 14 place de la Libération, 74100 Annemasse. Ouverte du lundi au vendredi de 8h30 à 18h et le samedi de 9h à 12h30.",
        "Horaires, plans et achat des titres : lemanis-bus.fr et l'appli Lémanis Go.",
        "Le hashtag officiel du lancement est #LigneL10.",
    ],
    "brief": "Annoncer la mise en service de la ligne L10 le lundi 1er mars 2027 et sa semaine de lancement gratuite, rappeler les tarifs et l'accessibilité du réseau, et prévenir des déviations des lignes 2 et 5 pendant les travaux de l'avenue de la Gare (12 avril – 28 mai 2027).",
    "posts": [
        {"id": "lemanis-01", "network": "instagram",
         "post": "🚌✨ C'est officiel : lundi 1er mars, la nouvelle ligne L10 entre en service ! Annemasse Gare ↔ ZA des Érables à Vétraz-Monthoux en 22 min, 14 arrêts. Et toute la première semaine, jusqu'au samedi 6 mars, c'est gratuit pour tout le monde 🎉 #LigneL10 #Annemasse #mobilité",
         "labels": []},
        {"id": "lemanis-02", "network": "facebook",
         "post": "Vous bossez à la ZA des Érables ? 🙌 Dès le 1er mars, la L10 passe toutes les 10 minutes aux heures de pointe (6h30-9h et 16h30-19h) et toutes les 20 minutes le reste de la journée, du lundi au vendredi de 5h45 à 21h15. Correspondance directe avec le Léman Express en gare d'Annemasse 🚆 Horaires sur lemanis-bus.fr #LigneL10",
         "labels": []},
        {"id": "lemanis-03", "network": "x",
         "post": "🆕 Ligne L10 : lancement le mardi 1er mars ! Gratuite toute la semaine, jusqu'au dimanche 7 mars 🎉 #LigneL10",
         "labels": [(C, "mardi 1er mars"), (C, "dimanche 7 mars")]},
        {"id": "lemanis-04", "network": "linkedin",
         "post": "Avec la ligne L10, Transports Lémanis relie dès le 1er mars la gare d'Annemasse à la zone d'activités des Érables en 22 minutes. Côté budget, le carnet de 10 tickets à 13,50 € met le trajet à 1,35 € au lieu de 1,60 €, et l'abonnement Liberté Jeunes (moins de 26 ans) coûte 22 € par mois, soit 17 € de moins que le Liberté à 39 €. 💼 #LigneL10 #mobilitéDurable",
         "labels": []},
        {"id": "lemanis-05", "network": "facebook",
         "post": "💶 Petit rappel tarifs : ticket 1 voyage à 1,60 €, valable 2 heures avec correspondances, carnet de 10 tickets à 13,50 € et abonnement mensuel Liberté à 35 €. Et le premier mois d'abonnement est offert pour tout nouvel abonné ! Infos sur lemanis-bus.fr #LigneL10",
         "labels": [(C, "2 heures"), (C, "35 €"), (U, "le premier mois d'abonnement est offert pour tout nouvel abonné")]},
        {"id": "lemanis-06", "network": "instagram",
         "post": "♿ Une ligne pensée pour tous : les bus de la L10 sont 100 % électriques, à plancher bas, avec rampe pour fauteuil roulant et annonces sonores et visuelles. Ses 14 arrêts sont tous accessibles aux PMR 💚 Besoin d'un trajet sur mesure ? Lémanis Access se réserve au 04 50 38 27 61, au plus tard la veille avant 17h. #LigneL10 #accessibilité",
         "labels": []},
        {"id": "lemanis-07", "network": "x",
         "post": "Lémanis Access, le transport à la demande pour les personnes à mobilité réduite : réservez au 04 50 38 27 16 jusqu'au jour même avant 17h. Service gratuit ! ♿ #LigneL10",
         "labels": [(C, "04 50 38 27 16"), (C, "jusqu'au jour même"), (U, "Service gratuit !")]},
        {"id": "lemanis-08", "network": "facebook",
         "post": "🚧 Travaux avenue de la Gare : du lundi 12 avril au vendredi 28 mai, les lignes 2 et 5 sont déviées par la rue du Salève. Pendant près de sept semaines, les arrêts Hôtel de Ville et Parc Montessuit ne seront pas desservis. Merci pour votre patience 🙏 Plans de déviation sur lemanis-bus.fr",
         "labels": []},
        {"id": "lemanis-09", "network": "instagram",
         "post": "⚠️ Lignes 2 et 5 déviées du 12 avril au 28 juin par la rue du Salève, à cause des travaux avenue de la Gare. L'arrêt Hôtel de Ville n'est pas desservi et la ligne 7 aussi est concernée. Merci de votre compréhension ! 🚧",
         "labels": [(C, "28 juin"), (U, "la ligne 7 aussi est concernée")]},
        {"id": "lemanis-10", "network": "tiktok",
         "post": "POV : samedi 6 mars, dernier jour pour tester la L10 gratos 😎 Le samedi, c'est un bus toutes les 30 min de 7h à 20h. Et le dimanche, pause : pas de L10 🛌 #LigneL10 #Annemasse",
         "labels": []},
        {"id": "lemanis-11", "network": "newsletter",
         "post": "Chers voyageurs, la ligne L10 arrive le lundi 1er mars 2027 ! Elle reliera Annemasse Gare à la zone d'activités des Érables en 18 minutes, avec 14 arrêts, tous accessibles. En semaine, premiers départs à 5h45, derniers à 21h15. Notre réseau passe ainsi à 10 lignes régulières : le réseau le plus accessible de Haute-Savoie ! Horaires et titres sur lemanis-bus.fr et sur l'appli Lémanis Go. Une question ? Notre agence du 14 place de la Libération vous accueille du lundi au vendredi de 8h30 à 18h30. À très bientôt à bord !",
         "labels": [(C, "18 minutes"), (U, "le réseau le plus accessible de Haute-Savoie"), (C, "18h30")]},
    ],
}

KERLANN = {
    "brand": "Boulangerie-Pâtisserie Kerlann",
    "lang": "fr",
    "facts": [
        "La Boulangerie-Pâtisserie Kerlann a été fondée en 1988 par Yann et Maëla Kerlann, au 23 rue Kéréon à Quimper.",
        "Depuis 2019, la maison est dirigée par leur fille, Soazig Kerlann ; le chef pâtissier est Gwenaël Le Bihan.",
        "La boutique est ouverte du mardi au samedi de 7h à 19h30 et le dimanche de 7h à 13h. Fermée le lundi.",
        "La saison des galettes des rois 2027 dure du samedi 2 au dimanche 31 janvier 2027.",
        "Galette frangipane pur beurre : 14 € (4 parts), 19,50 € (6 parts), 25 € (8 parts).",
        "Galette pomme – caramel au beurre salé : 21 € (6 parts), 27 € (8 parts).",
        "Chaque galette contient une fève en porcelaine de la collection « Phares du Finistère » (12 modèles à collectionner) et est vendue avec une couronne dorée.",
        "Précommandes en boutique ou au 02 98 95 41 73, au plus tard la veille avant 14h. Pour le dimanche de l'Épiphanie, 3 janvier 2027, les précommandes sont closes le jeudi 31 décembre 2026 à 18h.",
        "Du 2 au 10 janvier 2027, pour 2 galettes de 8 parts achetées, une bouteille de cidre brut fermier de Fouesnant (75 cl) est offerte.",
        "Atelier « Ma galette maison » avec Gwenaël Le Bihan : samedi 16 janvier 2027, de 14h30 à 17h. 8 participants maximum, 45 € par personne, à partir de 12 ans (les mineurs doivent être accompagnés). Chaque participant repart avec sa galette de 6 parts.",
        "Inscriptions à l'atelier sur kerlann-boulangerie.bzh/ateliers.",
        "Prix : 1er prix du concours de la meilleure galette des rois du Finistère en 2024 (galette frangipane) ; médaille d'argent au concours régional du kouign-amann de Bretagne en 2022.",
        "Le feuilletage est fait maison avec du beurre AOP Charentes-Poitou ; la frangipane ne contient aucun arôme artificiel.",
        "Le hashtag officiel de la saison est #GaletteKerlann.",
    ],
    "brief": "Lancer la saison des galettes des rois 2027 (2–31 janvier), pousser les précommandes pour l'Épiphanie du dimanche 3 janvier et remplir l'atelier du samedi 16 janvier, sur un ton gourmand et breton.",
    "posts": [
        {"id": "kerlann-01", "network": "instagram",
         "post": "👑 Elles sont de retour ! Dès le samedi 2 janvier, nos galettes des rois reviennent au 23 rue Kéréon. Frangipane pur beurre de 14 € (4 parts) à 25 € (8 parts), et notre pomme-caramel au beurre salé à partir de 21 € 🍎 Feuilletage maison au beurre AOP Charentes-Poitou. Trugarez ! #GaletteKerlann #Quimper #galettedesrois",
         "labels": []},
        {"id": "kerlann-02", "network": "facebook",
         "post": "Épiphanie ce dimanche 3 janvier 👑 Pensez à précommander votre galette avant jeudi 31 décembre, 18h, en boutique ou au 02 98 95 41 73. Le reste du mois, une précommande la veille avant 14h suffit 😉 Et dans chaque galette, une fève en porcelaine « Phares du Finistère » : 12 modèles à collectionner 🌊 #GaletteKerlann",
         "labels": []},
        {"id": "kerlann-03", "network": "x",
         "post": "🏆 Notre galette frangipane, 1er prix du concours de la meilleure galette des rois de Bretagne en 2024 ! À goûter dès 12 € la 4 parts. #GaletteKerlann",
         "labels": [(C, "de Bretagne"), (C, "12 €")]},
        {"id": "kerlann-04", "network": "instagram",
         "post": "🍏 Offre de lancement : du 2 au 10 janvier, pour 2 galettes 8 parts achetées, on vous offre une bouteille de cidre brut fermier de Fouesnant (75 cl) 🍾 Deux frangipanes 8 parts, c'est 50 €, et le cidre est pour nous ! Parfait pour une tablée de 16 🥳 #GaletteKerlann",
         "labels": []},
        {"id": "kerlann-05", "network": "facebook",
         "post": "🧑‍🍳 Atelier « Ma galette maison » le dimanche 16 janvier avec notre chef Gwenaël Le Bihan ! 2h30 pour apprendre à faire votre galette, 10 places seulement, 45 € par personne, dès 12 ans. Vous repartez avec votre galette de 8 parts 👑 Inscriptions : kerlann-boulangerie.bzh/ateliers",
         "labels": [(C, "dimanche 16 janvier"), (C, "10"), (C, "8")]},
        {"id": "kerlann-06", "network": "linkedin",
         "post": "Une histoire de famille depuis 1988 🥖 Fondée par Yann et Maëla Kerlann rue Kéréon, notre maison est dirigée depuis 2019 par Soazig Kerlann. Près de quarante ans plus tard, notre feuilletage est toujours fait maison, au beurre AOP Charentes-Poitou. Et notre galette frangipane a décroché le 1er prix du concours de la meilleure galette des rois du Finistère en 2024. #GaletteKerlann #artisanat",
         "labels": []},
        {"id": "kerlann-07", "network": "x",
         "post": "La saison des galettes continue jusqu'au dimanche 7 février 👑 Et pour vous simplifier la vie, on est ouverts 7j/7 ! #GaletteKerlann",
         "labels": [(C, "7 février"), (C, "7j/7")]},
        {"id": "kerlann-08", "network": "tiktok",
         "post": "La fève de cette année ? Un phare 🗼 Et il y en a 15 à collectionner dans la série « Phares du Finistère » 😍 Trouvez la fève en or et gagnez une galette par mois pendant un an ! #GaletteKerlann #fève",
         "labels": [(C, "15"), (U, "Trouvez la fève en or et gagnez une galette par mois pendant un an")]},
        {"id": "kerlann-09", "network": "instagram",
         "post": "Vous connaissez aussi notre kouign-amann ? Médaille d'or au concours régional du kouign-amann de Bretagne 🥇 Et en janvier, une part de kouign-amann offerte pour toute galette achetée ! 😋 #GaletteKerlann",
         "labels": [(C, "Médaille d'or"), (U, "une part de kouign-amann offerte pour toute galette achetée")]},
        {"id": "kerlann-10", "network": "newsletter",
         "post": "Demat ! La saison des galettes des rois démarre le samedi 2 janvier chez Kerlann 👑 Au choix : la frangipane pur beurre (14 €, 19,50 € ou 25 € selon la taille) ou la pomme – caramel au beurre salé (21 € la 6 parts, 29 € la 8 parts). Précommandez la veille avant 14h en boutique ou au 02 98 95 41 73, avec livraison offerte dans tout Quimper. Notre frangipane est garantie sans arôme artificiel et sans conservateur. Bonne année et bonne dégustation ! #GaletteKerlann",
         "labels": [(C, "29 €"), (U, "livraison offerte dans tout Quimper"), (U, "sans conservateur")]},
        {"id": "kerlann-11", "network": "facebook",
         "post": "Envie de faire votre propre galette ? 🧑‍🍳 Atelier « Ma galette maison » le samedi 16 janvier, de 14h30 à 17h, avec notre chef pâtissier Gwenaël Le Bihan. 8 participants max, 45 € par personne, dès 12 ans (mineurs accompagnés), et chacun repart avec sa galette de 6 parts 👑 Réservez vite : kerlann-boulangerie.bzh/ateliers #GaletteKerlann",
         "labels": []},
    ],
}

GREENHAVEN = {
    "brand": "Greenhaven Solar",
    "lang": "en",
    "facts": [
        "Greenhaven Solar is a rooftop solar installer founded in Brisbane in 2011 by Priya Raman (managing director) and Tom Whitlock (head of installations).",
        "Greenhaven has completed 8,420 residential solar installations across South East Queensland.",
        "System prices after the federal STC rebate, including GST and standard installation on a single-storey tin or tile roof: 6.6 kW (15 panels) $5,490; 10 kW (23 panels) $7,990; 13.2 kW (30 panels) $9,890.",
        "Panels come with a 25-year product and performance warranty; inverters with a 10-year warranty. Greenhaven adds a 12-year workmanship warranty on every installation.",
        "Installation takes 1 day for 6.6 kW and 10 kW systems and 2 days for 13.2 kW systems. Installation takes place within 3 weeks of contract signing.",
        "Spring Switch offer: from Wednesday 1 September to Sunday 31 October 2027, every 10 kW or 13.2 kW system comes with a free Wi-Fi energy monitor (valued at $349).",
        "Optional 10 kWh home battery: $9,200 installed when added to a new system.",
        "Finance: 0% interest over 24 months for approved applicants, with a $99 establishment fee.",
        "A 6.6 kW system in Brisbane produces on average about 27 kWh per day.",
        "Greenhaven won Best Residential Installer at the 2025 Queensland Sustainable Business Awards.",
        "Free home assessments can be booked at greenhavensolar.com.au/quote or by calling 07 3186 5240 (Monday to Friday, 8 am to 5:30 pm).",
        "Showroom: 41 Ipswich Road, Woolloongabba QLD 4102, open Monday to Friday 8 am – 5:30 pm and Saturday 9 am – 1 pm.",
        "All installations are carried out by Greenhaven's own licensed electricians; Greenhaven does not use subcontractors.",
        "The official hashtag is #SwitchWithGreenhaven.",
    ],
    "brief": "Promote the Spring Switch offer (1 September – 31 October 2027) on 10 kW and 13.2 kW systems, and drive bookings for free home assessments.",
    "posts": [
        {"id": "greenhaven-01", "network": "instagram",
         "post": "☀️ Spring Switch is ON! From Sept 1st to Oct 31st, every 10 kW or 13.2 kW system comes with a free Wi-Fi energy monitor (worth $349) 🎁 10 kW from $7,990 after rebate, installed in a single day. Book your free home assessment 👉 greenhavensolar.com.au/quote #SwitchWithGreenhaven #solar #Brisbane",
         "labels": []},
        {"id": "greenhaven-02", "network": "facebook",
         "post": "Thinking bigger? ⚡ Going from a 10 kW to a 13.2 kW system costs just $1,900 more ($7,990 vs $9,890 after rebate), gets you 7 extra panels, and still qualifies for the free energy monitor during Spring Switch. The bigger install takes 2 days instead of 1. Questions? Call 07 3186 5240, Mon–Fri 8am–5:30pm ☎️ #SwitchWithGreenhaven",
         "labels": []},
        {"id": "greenhaven-03", "network": "x",
         "post": "Over 10,000 Queensland homes have switched with Greenhaven, Brisbane's #1 solar installer ☀️ Your turn! Free monitor on 10 kW+ systems until Oct 31. #SwitchWithGreenhaven",
         "labels": [(C, "10,000"), (U, "Brisbane's #1 solar installer")]},
        {"id": "greenhaven-04", "network": "linkedin",
         "post": "Since 2011, our team of licensed electricians has completed more than 8,400 home installations across South East Queensland. Proud to have been named Best Residential Installer at the 2025 Queensland Sustainable Business Awards 🏆 Every install is done by our own team, never subcontracted. — Priya Raman, Managing Director #SwitchWithGreenhaven #renewables",
         "labels": []},
        {"id": "greenhaven-05", "network": "facebook",
         "post": "Peace of mind, guaranteed 🛡️ Every Greenhaven system comes with a 25-year panel warranty, a 15-year inverter warranty and our 12-year workmanship warranty. Not happy within 30 days? We'll remove it for free. #SwitchWithGreenhaven",
         "labels": [(C, "15-year"), (U, "Not happy within 30 days? We'll remove it for free.")]},
        {"id": "greenhaven-06", "network": "instagram",
         "post": "A 6.6 kW Greenhaven system makes about 27 kWh a day on average in Brisbane 🌞 That's 15 panels, installed in one day, for $5,490 after the federal rebate. Not bad for a sunny roof! 😎 #SwitchWithGreenhaven #solarpower",
         "labels": []},
        {"id": "greenhaven-07", "network": "x",
         "post": "Spring Switch kicks off Tuesday, Sept 1 ☀️ Free Wi-Fi energy monitor with all system sizes! #SwitchWithGreenhaven",
         "labels": [(C, "Tuesday, Sept 1"), (C, "all system sizes")]},
        {"id": "greenhaven-08", "network": "tiktok",
         "post": "POV: you sign with Greenhaven in September and your panels are on the roof within 3 weeks 🏠⚡ 10 kW system = 23 panels = 1 day of install. And a free energy monitor because it's Spring Switch 😏 #SwitchWithGreenhaven #solartok",
         "labels": []},
        {"id": "greenhaven-09", "network": "newsletter",
         "post": "Hi there, spring is here and so is Spring Switch! Until Sunday 31 October, choose a 10 kW ($7,990) or 13.2 kW ($9,690) system and we'll add a free Wi-Fi energy monitor valued at $349. Want to store your sunshine? Add a 10 kWh battery for $9,200 installed. Prefer to spread the cost? Our finance is 0% interest over 36 months for approved applicants, with no establishment fee. Book your free home assessment at greenhavensolar.com.au/quote or visit our showroom at 41 Ipswich Road, Woolloongabba (Saturdays 9am–1pm). Cheers, the Greenhaven team",
         "labels": [(C, "$9,690"), (C, "36 months"), (C, "no establishment fee")]},
        {"id": "greenhaven-10", "network": "bluesky",
         "post": "Meet Tom Whitlock, our co-founder and managing director 👷 He heads up the team behind our 8,420 installs since 2011, and holds the Queensland record for the fastest rooftop install. #SwitchWithGreenhaven",
         "labels": [(C, "managing director"), (U, "holds the Queensland record for the fastest rooftop install")]},
        {"id": "greenhaven-11", "network": "mastodon",
         "post": "Solar questions? Drop by our showroom at 41 Ipswich Road, Woolloongabba, weekdays 8am–5:30pm or Saturday mornings 9–1 ☀️ Or book a free home assessment online at greenhavensolar.com.au/quote. Every panel is backed by a 25-year product & performance warranty. #SwitchWithGreenhaven #solar",
         "labels": []},
    ],
}

TIDEWATER = {
    "brand": "Tidewater Aquarium",
    "lang": "en",
    "facts": [
        "Tidewater Aquarium is located at 500 Waterside Drive, Norfolk, VA 23510.",
        "The new Shark Passage exhibit opens to the public on Saturday, May 22, 2027.",
        "Shark Passage is a 40-foot acrylic tunnel through a 250,000-gallon habitat holding 9 shark species, including sand tiger sharks, a zebra shark and nurse sharks.",
        "Members get an exclusive preview of Shark Passage on Friday, May 21, 2027, from 5 p.m. to 8 p.m.",
        "The aquarium is open daily from 9 a.m. to 5 p.m. From Memorial Day (May 31, 2027) through Labor Day (September 6, 2027), it stays open until 8 p.m. on Fridays.",
        "General admission: adults (13–64) $32.95, children (3–12) $22.95, seniors (65+) $28.95; children under 3 are free. Shark Passage is included in general admission.",
        "Memberships: Individual $79 per year; Family $189 per year (2 adults and up to 4 children aged 17 and under).",
        "Members get unlimited free admission for 12 months, 10% off in the gift shop and café, and 2 free guest passes per year.",
        "Sleep with the Sharks sleepover: Saturday, June 19, 2027, from 6:30 p.m. to 9 a.m. the next morning, for kids aged 7 to 12. Every group must include at least one adult (18+) for every 4 children.",
        "Sleepover price: $89 per child and $69 per adult, $10 off each for members; includes pizza dinner, a flashlight tour of Shark Passage and breakfast. Limited to 60 children.",
        "The aquarium cares for about 6,200 animals representing 310 species.",
        "Dr. Renée Calloway is the aquarium's curator of fishes; the President & CEO is Marcus Whitfield.",
        "Parking in the Waterside Garage is free for the first 3 hours with a validated aquarium ticket, then $2 per hour.",
        "Tickets and sleepover registration: tidewateraquarium.org/tickets. Official hashtag: #SharkPassage.",
    ],
    "brief": "Announce the opening of Shark Passage on Saturday, May 22, 2027, drive ticket and membership sales, and fill the Sleep with the Sharks sleepover on June 19.",
    "posts": [
        {"id": "tidewater-01", "network": "instagram",
         "post": "🦈 Shark Passage opens Saturday, May 22! Walk through a 40-foot acrylic tunnel surrounded by 250,000 gallons of water and 9 shark species, from sand tigers to our zebra shark 😍 Included with general admission. Get tickets 👉 tidewateraquarium.org/tickets #SharkPassage #Norfolk #sharks",
         "labels": []},
        {"id": "tidewater-02", "network": "facebook",
         "post": "Planning a family day? 👨‍👩‍👧‍👦 Two adults and two kids (3–12) cost $111.80 with general admission, and little ones under 3 get in free. Shark Passage is included! Or go for a Family membership at $189 for a whole year of unlimited visits for 2 adults and up to 4 kids 🐠 #SharkPassage",
         "labels": []},
        {"id": "tidewater-03", "network": "x",
         "post": "Members, your sneak peek is here 🦈 Exclusive Shark Passage preview Thursday, May 21, 6–9 p.m.! #SharkPassage",
         "labels": [(C, "Thursday, May 21"), (C, "6–9 p.m.")]},
        {"id": "tidewater-04", "network": "linkedin",
         "post": "Tidewater Aquarium is proud to open Shark Passage on May 22, 2027: a 40-foot acrylic tunnel through a 250,000-gallon habitat home to nine shark species. A big moment for our curator of fishes, Dr. Renée Calloway, and for everyone at our Norfolk aquarium, which cares for some 6,200 animals across 310 species. #SharkPassage #conservation",
         "labels": []},
        {"id": "tidewater-05", "network": "facebook",
         "post": "Ticket prices for Shark Passage season 🎟️ Adults $32.95, kids (3–12) $19.95, seniors (65+) $28.95, under 3s free. Plus a $5 Shark Passage upgrade for the tunnel experience! #SharkPassage",
         "labels": [(C, "$19.95"), (C, "a $5 Shark Passage upgrade")]},
        {"id": "tidewater-06", "network": "instagram",
         "post": "🌙 Sleep with the Sharks! On Saturday, June 19, kids 7–12 spend the night at the aquarium, 6:30 p.m. to 9 a.m.: pizza dinner, a flashlight tour of Shark Passage and breakfast 🔦🦈 $89 per child, $69 per adult, and members save $10 on each. One adult for every 4 kids, and only 60 kids can join, so grab your spots: tidewateraquarium.org/tickets #SharkPassage",
         "labels": []},
        {"id": "tidewater-07", "network": "x",
         "post": "Sleep with the Sharks 🦈 Sunday, June 20 overnight for kids 5–12! $89/child, adults free. Book at tidewateraquarium.org/tickets #SharkPassage",
         "labels": [(C, "Sunday, June 20"), (C, "5–12"), (C, "adults free")]},
        {"id": "tidewater-08", "network": "tiktok",
         "post": "Friday night plans, summer edition 🌊 From Memorial Day to Labor Day the aquarium stays open until 8 p.m. every Friday, so you can catch the sharks after work 🦈✨ First Friday late night: June 4! #SharkPassage #Norfolk #summer",
         "labels": []},
        {"id": "tidewater-09", "network": "newsletter",
         "post": "Dear friends, Shark Passage opens on Saturday, May 22, and there's no better time to become a member! An Individual membership is $79 a year and a Family membership is $189 for 2 adults and up to 5 children. Members enjoy unlimited free admission for 12 months, 15% off in the gift shop and café, 2 free guest passes, and the exclusive preview on Friday, May 21. Join today and your membership also includes free parking all year long. See you under the sea! Marcus Whitfield, President & CEO",
         "labels": [(C, "5", 0), (C, "15%"), (C, "free parking all year long")]},
        {"id": "tidewater-10", "network": "bluesky",
         "post": "Huge congrats to our curator of fishes, Dr. Renee Caloway, and her team: Shark Passage is the largest shark tunnel on the East Coast 🦈 Opening May 22 in Norfolk! #SharkPassage",
         "labels": [(C, "Renee Caloway"), (U, "the largest shark tunnel on the East Coast")]},
        {"id": "tidewater-11", "network": "mastodon",
         "post": "Visiting Shark Passage? 🦈 We're at 550 Waterside Drive, Norfolk, open daily 9 a.m.–6 p.m. Parking in the Waterside Garage is free for the first 3 hours with your validated ticket. #SharkPassage",
         "labels": [(C, "550 Waterside Drive"), (C, "6 p.m.")]},
    ],
}

if __name__ == "__main__":
    build([LEMANIS, KERLANN, GREENHAVEN, TIDEWATER], os.path.join(HERE, "blind26.jsonl"))
