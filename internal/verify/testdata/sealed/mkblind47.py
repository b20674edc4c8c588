"""Blind verify set 47: 4 fictional brands, 11 posts each (44 posts, 22 clean, 22 fr / 22 en).

Brands and sectors:
- Sûre Pagaie (fr, Esch-sur-Sûre, Luxembourg): canoe, kayak and paddle-board hire on the Sûre, EUR.
- Les Établis du Temps (fr, Besançon, France): watchmaking initiation workshop, EUR.
- Saltmarsh Point Oysters (en, Pittwater near Hobart, Tasmania, Australia): oyster farm tours and tasting shed, AUD.
- Stoneharbor Credit Union (en, Duluth, Minnesota, US): member-owned credit union opening a branch, USD.

Calendar checks (computed with datetime, asserted below when the script runs):
- 2027-05-01 Saturday (season start, Sûre Pagaie); 2027-09-26 Sunday (season end).
- 2027-04-02 Friday, 2027-04-04 Sunday (Printemps horloger, Les Établis du Temps).
- 2027-10-01 Friday (tour season start); 2028-04-30 Sunday (tour season end), Saltmarsh Point.
- 2027-06-07 Monday (London Road branch opens); 2027-06-12 Saturday (grand opening), Stoneharbor.
- Wrong weekdays used in error posts: "dimanche 1er mai" (Saturday), "samedi 2" / "lundi 4 avril"
  (Friday / Sunday), "Saturday 1 October" (Friday), "Sunday, June 12" (Saturday).

Arithmetic that clean posts rely on:
- Sûre Pagaie: 75 € x 0.85 = 63,75 €; saving 75 - 63,75 = 11,25 €; 1 May - 26 Sept 2027 = 149 days,
  "près de cinq mois"; "dès 48 €" = the lowest canoe price; "7j/7" = every day (July-August).
- Les Établis du Temps: duo voucher 190 - 170 = 20 € saved; 2-4 April = three days;
  4 300 trainees -> "plus de 4 000"; "entrée libre" = free entry; "Trois heures" = 3 h.
- Saltmarsh Point: A$89 x 0.8 = A$71.20; saving 89 - 71.20 = A$17.80; 1994 -> 2027 = 33 years,
  "More than three decades".
- Stoneharbor: 41,800 members -> "more than 40,000"; "Branch #10" / "10th branch"; "noon" = 12 pm.

Written blind: the writer read only the README section "verify/dev.jsonl conventions",
verify/dev.jsonl, mkblind_common.py and avoid.txt; no engine code, docs, other testdata or
other mkblind scripts.
"""
import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # mkblind_common.py is one folder up
from mkblind_common import build  # noqa: E402

for iso, wd in [("2027-05-01", "Saturday"), ("2027-09-26", "Sunday"), ("2027-04-02", "Friday"),
                ("2027-04-04", "Sunday"), ("2027-10-01", "Friday"), ("2028-04-30", "Sunday"),
                ("2027-06-07", "Monday"), ("2027-06-12", "Saturday")]:
    assert datetime.date.fromisoformat(iso).strftime("%A") == wd, iso
assert (datetime.date(2027, 9, 26) - datetime.date(2027, 5, 1)).days + 1 == 149
assert round(75 * 0.85, 2) == 63.75 and round(89 * 0.8, 2) == 71.20

C, U = "contradicted", "unsupported"

SURE = {
    "brand": "Sûre Pagaie",
    "lang": "fr",
    "facts": [
        "Sûre Pagaie est une base de location de canoës, kayaks et paddles fondée en 2011 à Esch-sur-Sûre, au Luxembourg, par Claude et Nadine Weis.",
        "La saison 2027 va du samedi 1er mai au dimanche 26 septembre 2027.",
        "En juillet et en août, la base est ouverte tous les jours de 9h30 à 18h ; le reste de la saison, elle est ouverte du mercredi au dimanche de 10h à 17h.",
        "La descente de la Sûre proposée relie Esch-sur-Sûre à Bourscheid-Moulin : 11 km, environ 3 heures de navigation, retour en navette compris.",
        "Tarifs : canoë biplace 48 € la demi-journée et 75 € la journée ; kayak solo 32 € la demi-journée ; paddle 20 € l'heure.",
        "Du 1er au 31 mai 2027, le canoë biplace à la journée est à -15 %, soit 63,75 € au lieu de 75 €.",
        "Le samedi 1er mai 2027, de 10h à 16h, une initiation au paddle de 30 minutes est offerte sur le lac de la Haute-Sûre.",
        "La flotte compte 64 embarcations : 30 canoës, 22 kayaks et 12 paddles.",
        "Les enfants doivent avoir au moins 7 ans et savoir nager ; le gilet de sauvetage est fourni et obligatoire pour tous.",
        "Les groupes de plus de 10 personnes doivent réserver sur surepagaie.lu/reserver.",
        "Le chef de base, Marc Thill, est moniteur breveté de la Fédération luxembourgeoise de canoë-kayak.",
        "Le hashtag officiel est #SurePagaie2027.",
    ],
    "brief": "Annoncer l'ouverture de la saison 2027 le samedi 1er mai et pousser l'offre de mai sur le canoë biplace à la journée, sur un ton nature et familial.",
    "posts": [
        {"id": "sure-pagaie-01", "network": "instagram",
         "post": "🛶 C'est reparti ! La saison 2027 de Sûre Pagaie démarre ce samedi 1er mai à Esch-sur-Sûre. Pour fêter ça, initiation au paddle de 30 minutes offerte sur le lac, de 10h à 16h ☀️ On vous attend ! #SurePagaie2027",
         "labels": []},
        {"id": "sure-pagaie-02", "network": "facebook",
         "post": "Tout le mois de mai, le canoë biplace à la journée passe à 63,75 € au lieu de 75 €, soit 11,25 € d'économie 💸 De quoi s'offrir les 11 km de descente jusqu'à Bourscheid-Moulin, navette retour comprise 🚐 Réservez vite ! #SurePagaie2027",
         "labels": []},
        {"id": "sure-pagaie-03", "network": "x",
         "post": "Juillet-août : on vous accueille 7j/7 de 9h30 à 18h 🌞 Avant et après, c'est du mercredi au dimanche, 10h-17h. Et la saison court jusqu'au 26 septembre, alors pas d'excuse ! #SurePagaie2027 #Luxembourg",
         "labels": []},
        {"id": "sure-pagaie-04", "network": "linkedin",
         "post": "Depuis 2011, Claude et Nadine Weis font découvrir la Sûre en canoë, kayak et paddle. Notre flotte de 64 embarcations et notre chef de base Marc Thill, moniteur breveté de la Fédération luxembourgeoise de canoë-kayak, sont prêts pour près de cinq mois de saison.",
         "labels": []},
        {"id": "sure-pagaie-05", "network": "tiktok",
         "post": "POV : 3 heures sur la Sûre, 11 km de méandres et la navette qui te ramène à Esch 😍 Canoë biplace dès 48 € la demi-journée… ou 63,75 € la journée entière en mai 🛶 #SurePagaie2027 #kayak",
         "labels": []},
        {"id": "sure-pagaie-06", "network": "instagram",
         "post": "Les petits moussaillons sont les bienvenus dès 7 ans, à condition de savoir nager 🏊 Gilet de sauvetage fourni et obligatoire pour tout le monde. Vous venez à plus de 10 ? Réservation sur surepagaie.lu/reserver 👉 #SurePagaie2027",
         "labels": []},
        {"id": "sure-pagaie-07", "network": "facebook",
         "post": "🛶 Ouverture de la saison le dimanche 1er mai à Esch-sur-Sûre ! Initiation au paddle de 60 minutes offerte de 10h à 16h sur le lac, et un cornet de glace offert à chaque enfant 🍦 Venez en famille ! #SurePagaie2027",
         "labels": [(C, "dimanche 1er mai"), (C, "60 minutes"), (U, "un cornet de glace offert à chaque enfant")]},
        {"id": "sure-pagaie-08", "network": "x",
         "post": "🔥 Promo de mai : le canoë biplace à la journée passe à 59,90 € au lieu de 75 € ! Et le kayak solo aussi est en promo tout le mois. Réservez sur surepagaie.lu/reserver 👉 #SurePagaie2027",
         "labels": [(C, "59,90 €"), (U, "le kayak solo aussi est en promo")]},
        {"id": "sure-pagaie-09", "network": "instagram",
         "post": "La descente de la Sûre, c'est 18 km de pure nature entre Esch-sur-Sûre et Bourscheid-Moulin, environ 3 heures de pagaie 🌿 Navette retour incluse… et photo souvenir offerte à l'arrivée 📸 #SurePagaie2027",
         "labels": [(C, "18 km"), (U, "photo souvenir offerte à l'arrivée")]},
        {"id": "sure-pagaie-10", "network": "linkedin",
         "post": "Fondée en 2009 par Claude et Nadine Weis, Sûre Pagaie est aujourd'hui la plus grande base nautique du Luxembourg : 64 embarcations et une équipe menée par Marc Thill, moniteur breveté. Belle saison 2027 à tous ! 🛶",
         "labels": [(C, "2009"), (U, "la plus grande base nautique du Luxembourg")]},
        {"id": "sure-pagaie-11", "network": "facebook",
         "post": "En mai, la base vous accueille tous les jours de 10h à 17h ☀️ Canoës, kayaks, paddles : plus de 80 embarcations vous attendent à Esch-sur-Sûre ! Gilet fourni, bonne humeur aussi 😄 #SurePagaie2027",
         "labels": [(C, "tous les jours"), (C, "plus de 80")]},
    ],
}

ETABLIS = {
    "brand": "Les Établis du Temps",
    "lang": "fr",
    "facts": [
        "Les Établis du Temps est un atelier d'initiation à l'horlogerie mécanique ouvert en 2019 au 14 rue Battant, à Besançon, par l'horlogère Sophie Girardot.",
        "Avant de fonder l'atelier, Sophie Girardot a passé 15 ans à restaurer des pendules anciennes.",
        "Le stage « Mon premier mouvement » dure 3 heures : chaque participant démonte et remonte un mouvement mécanique. Il coûte 95 €.",
        "Le stage « Ma montre » dure 2 jours et permet d'assembler sa propre montre mécanique, que l'on emporte. Il coûte 690 €.",
        "Les stages ont lieu le mercredi, le vendredi et le samedi, de 9h à 12h et de 14h à 17h.",
        "Chaque séance accueille 6 participants au maximum.",
        "Les stages sont ouverts dès 12 ans ; les mineurs doivent être accompagnés d'un adulte inscrit au même stage.",
        "Jusqu'au 31 mars 2027, le bon cadeau duo « Mon premier mouvement » (2 places) coûte 170 € au lieu de 190 €.",
        "Les bons cadeaux sont valables 1 an à partir de la date d'achat.",
        "Du vendredi 2 au dimanche 4 avril 2027, pour le Printemps horloger de Besançon, l'atelier est ouvert gratuitement au public de 10h à 18h, avec une démonstration de remontage toutes les heures.",
        "Depuis 2019, l'atelier a accueilli 4 300 stagiaires.",
        "Réservations et bons cadeaux sur etablisdutemps.fr ; le hashtag officiel est #EtablisDuTemps.",
    ],
    "brief": "Remplir les stages du printemps 2027, vendre les bons cadeaux duo avant le 31 mars et annoncer les portes ouvertes du Printemps horloger (2-4 avril 2027), sur un ton passionné et pédagogique.",
    "posts": [
        {"id": "etablis-temps-01", "network": "instagram",
         "post": "⚙️ Trois heures pour percer les secrets d'une montre mécanique : avec « Mon premier mouvement », vous démontez et remontez un vrai mouvement, à l'établi, pour 95 €. 6 participants maximum, pour que chacun soit bien accompagné 🤝 #EtablisDuTemps",
         "labels": []},
        {"id": "etablis-temps-02", "network": "facebook",
         "post": "🎁 Le cadeau qui fait tic-tac ! Jusqu'au 31 mars, le bon cadeau duo « Mon premier mouvement » est à 170 € au lieu de 190 €, soit 20 € d'économie, et il reste valable un an. À offrir sur etablisdutemps.fr #EtablisDuTemps",
         "labels": []},
        {"id": "etablis-temps-03", "network": "linkedin",
         "post": "En 2019, après 15 ans passés à restaurer des pendules anciennes, Sophie Girardot ouvrait Les Établis du Temps rue Battant, à Besançon. Plus de 4 000 stagiaires plus tard, la transmission du geste horloger reste notre moteur. #EtablisDuTemps",
         "labels": []},
        {"id": "etablis-temps-04", "network": "x",
         "post": "Printemps horloger 🕰️ Du ven. 2 au dim. 4 avril, entrée libre aux Établis du Temps (14 rue Battant) de 10h à 18h, avec une démo de remontage chaque heure. Trois jours pour découvrir le geste horloger ! #EtablisDuTemps",
         "labels": []},
        {"id": "etablis-temps-05", "network": "tiktok",
         "post": "Et si tu repartais avec TA montre, assemblée de tes mains ? ⌚ Stage « Ma montre » : 2 jours à l'établi, 690 €, montre à emporter. Dès 12 ans, les ados viennent avec un adulte inscrit 👨‍👧 #EtablisDuTemps #horlogerie",
         "labels": []},
        {"id": "etablis-temps-06", "network": "instagram",
         "post": "⚙️ Stage « Mon premier mouvement » : une demi-journée à l'établi pour 85 €, et une loupe d'horloger offerte à chaque participant ! Rendez-vous les mardis, vendredis et samedis au 14 rue Battant 🔍 #EtablisDuTemps",
         "labels": [(C, "85 €"), (U, "une loupe d'horloger offerte à chaque participant"), (C, "mardis")]},
        {"id": "etablis-temps-07", "network": "facebook",
         "post": "Offrez l'horlogerie en duo 🎁 Bon cadeau « Mon premier mouvement » pour 2 : 150 € au lieu de 190 €, jusqu'au 30 avril. Déjà plus de 500 bons offerts cet hiver ! Commande sur etablisdutemps.fr #EtablisDuTemps",
         "labels": [(C, "150 €"), (C, "30 avril"), (U, "plus de 500 bons offerts cet hiver")]},
        {"id": "etablis-temps-08", "network": "x",
         "post": "🕰️ Printemps horloger : portes ouvertes du samedi 2 au lundi 4 avril, de 10h à 18h ! Entrée libre aux Établis du Temps, 14 rue Battant, démo de remontage toutes les heures. #EtablisDuTemps #Besancon",
         "labels": [(C, "samedi 2"), (C, "lundi 4 avril")]},
        {"id": "etablis-temps-09", "network": "linkedin",
         "post": "Fondé en 2019 par Sophie Girardot, Meilleure Ouvrière de France, notre atelier bisontin a déjà accueilli 4 300 stagiaires. Des séances de 8 personnes maximum, pour un vrai suivi individuel. #EtablisDuTemps",
         "labels": [(U, "Meilleure Ouvrière de France"), (C, "8")]},
        {"id": "etablis-temps-10", "network": "tiktok",
         "post": "Viens démonter et remonter un mouvement de montre en 90 minutes chrono ⏱️ Stage ouvert à tous, même aux enfants ! Trop satisfaisant 😍 95 € à l'atelier, réservation sur etablisdutemps.fr #EtablisDuTemps #horlogerie",
         "labels": [(C, "90 minutes"), (C, "ouvert à tous, même aux enfants")]},
        {"id": "etablis-temps-11", "network": "instagram",
         "post": "Envie d'un projet de printemps ? 🌸 3 jours pour assembler votre propre montre mécanique, livrée avec un certificat d'authenticité signé, pour 690 €. Places limitées à 6 par séance ! #EtablisDuTemps",
         "labels": [(C, "3 jours"), (U, "livrée avec un certificat d'authenticité signé")]},
    ],
}

SALTMARSH = {
    "brand": "Saltmarsh Point Oysters",
    "lang": "en",
    "facts": [
        "Saltmarsh Point Oysters is a family-run oyster farm on Pittwater, 25 minutes' drive from Hobart, Tasmania, founded in 1994 by Graham and Rosa Tully.",
        "The farm grows Pacific oysters on 18 hectares of leases.",
        "The 2027-28 tour season runs from Friday 1 October 2027 to Sunday 30 April 2028.",
        "The Farm Gate Tour runs daily at 11 am and 2 pm, lasts 90 minutes and takes at most 14 guests.",
        "The Farm Gate Tour costs A$89 per adult and A$45 per child aged 8 to 15; children under 8 cannot join the tour.",
        "Waders are provided, and each guest is served 6 oysters shucked on the water during the tour.",
        "Farm Gate Tours booked by 31 October 2027 are 20% off, i.e. A$71.20 per adult.",
        "The Shucking Masterclass runs every Saturday at 3:30 pm, lasts 45 minutes, costs A$55 and takes at most 12 people.",
        "The tasting shed is open Wednesday to Sunday, 10 am to 5 pm; a dozen natural oysters costs A$36.",
        "Head guide Kirra Lowe is a marine biologist.",
        "Saltmarsh Point's natural oysters won a gold medal at the 2026 Southern Shellfish Show.",
        "Bookings are made at saltmarshpoint.com.au/tours; the official hashtag is #ShuckAtSaltmarsh.",
    ],
    "brief": "Launch the 2027-28 Farm Gate Tour season (from 1 October 2027) and push the early-booking discount that ends on 31 October 2027, in a relaxed, salty, foodie tone.",
    "posts": [
        {"id": "saltmarsh-point-01", "network": "instagram",
         "post": "🦪 Tour season is BACK! From Friday 1 October, wade out onto Pittwater with us at 11am or 2pm and slurp 6 freshly shucked oysters right on the water 🌊 Waders provided. Book 👉 saltmarshpoint.com.au/tours #ShuckAtSaltmarsh",
         "labels": []},
        {"id": "saltmarsh-point-02", "network": "facebook",
         "post": "Early birds, this one's for you 🐦 Book any Farm Gate Tour by 31 October and pay A$71.20 instead of A$89, that's A$17.80 off per adult! Tours run daily, 90 minutes, 14 guests max, so don't wait. #ShuckAtSaltmarsh",
         "labels": []},
        {"id": "saltmarsh-point-03", "network": "linkedin",
         "post": "More than three decades on Pittwater 🌿 Since 1994, Graham and Rosa Tully have grown Pacific oysters on 18 hectares of leases, just 25 minutes from Hobart. Our naturals took gold at the 2026 Southern Shellfish Show, and head guide Kirra Lowe, a marine biologist, can't wait to show you around. #ShuckAtSaltmarsh",
         "labels": []},
        {"id": "saltmarsh-point-04", "network": "x",
         "post": "Shucking Masterclass 🔪🦪 Every Saturday at 3:30pm: 45 minutes, 12 people max, A$55. Learn to open an oyster like a pro (and keep all your fingers). Book at saltmarshpoint.com.au/tours #ShuckAtSaltmarsh #Tasmania",
         "labels": []},
        {"id": "saltmarsh-point-05", "network": "tiktok",
         "post": "POV: it's Sunday arvo, you're in our tasting shed with a dozen naturals for A$36 😌 Open Wed–Sun, 10am–5pm. And the Farm Gate Tour runs all the way to 30 April 2028 🦪 #ShuckAtSaltmarsh #Hobart",
         "labels": []},
        {"id": "saltmarsh-point-06", "network": "instagram",
         "post": "🦪 The Farm Gate Tour is back from Saturday 1 October! 2 hours on the water, 6 oysters shucked right in front of you and a free glass of Tasmanian sparkling for every adult 🥂 Book now! #ShuckAtSaltmarsh",
         "labels": [(C, "Saturday 1 October"), (C, "2 hours"), (U, "a free glass of Tasmanian sparkling for every adult")]},
        {"id": "saltmarsh-point-07", "network": "facebook",
         "post": "Bring the whole family! 👨‍👩‍👧‍👦 Kids of all ages are welcome on our Farm Gate Tour, and kids go free with a paying adult. Adults A$89, tours daily at 11am and 2pm on Pittwater 🌊 #ShuckAtSaltmarsh",
         "labels": [(C, "Kids of all ages are welcome"), (C, "kids go free")]},
        {"id": "saltmarsh-point-08", "network": "x",
         "post": "Early-bird deal 🔥 25% off every Farm Gate Tour booked before 30 November, so just A$66.75 per adult! Spots go fast 👉 saltmarshpoint.com.au/tours #ShuckAtSaltmarsh",
         "labels": [(C, "25%"), (C, "30 November"), (C, "A$66.75")]},
        {"id": "saltmarsh-point-09", "network": "linkedin",
         "post": "Saltmarsh Point Oysters has farmed Pittwater since 1994 and now runs Tasmania's largest oyster lease: 40 hectares of Pacific oysters, just 25 minutes from Hobart. Head guide Kirra Lowe, a marine biologist, will show you around. #ShuckAtSaltmarsh",
         "labels": [(U, "Tasmania's largest oyster lease"), (C, "40 hectares")]},
        {"id": "saltmarsh-point-10", "network": "tiktok",
         "post": "Tasting shed vibes 😎 A dozen natural oysters for A$30, Wednesday to Sunday, 10am–5pm. We ship 2 million oysters a year, so you know they're good 😉🦪 #ShuckAtSaltmarsh",
         "labels": [(C, "A$30"), (U, "We ship 2 million oysters a year")]},
        {"id": "saltmarsh-point-11", "network": "facebook",
         "post": "Saturday Shucking Masterclass 🦪 1 hour with our team at 3:30pm, A$55 per person, max 12. Every participant takes home a Saltmarsh Point oyster knife! Book at saltmarshpoint.com.au/tours #ShuckAtSaltmarsh",
         "labels": [(C, "1 hour"), (U, "Every participant takes home a Saltmarsh Point oyster knife")]},
    ],
}

STONEHARBOR = {
    "brand": "Stoneharbor Credit Union",
    "lang": "en",
    "facts": [
        "Stoneharbor Credit Union is a member-owned credit union founded in 1952 in Duluth, Minnesota, by a group of port workers.",
        "Stoneharbor serves 41,800 members through 9 branches in northeastern Minnesota.",
        "Its 10th branch opens on Monday 7 June 2027 at 2210 London Road, Duluth.",
        "The London Road branch is open Monday to Friday 9 am to 5:30 pm and Saturday 9 am to 12 pm; it is closed on Sundays.",
        "A grand-opening celebration takes place on Saturday 12 June 2027 from 10 am to 2 pm at the London Road branch, with free coffee and free document shredding (up to 3 boxes per household).",
        "The Summit Saver 13-month certificate earns 4.10% APY, with a minimum opening deposit of $1,000; it is available until 31 July 2027.",
        "New members who open a checking account and set up direct deposit by 31 July 2027 receive a $150 bonus.",
        "Membership is open to anyone who lives or works in St. Louis, Lake, Cook or Carlton County, Minnesota.",
        "Deposits are federally insured by the NCUA up to $250,000.",
        "The London Road branch manager is Denise Halvorsen.",
        "Members can use 30,000 surcharge-free ATMs nationwide through the CO-OP network.",
        "More information is at stoneharborcu.org/londonroad; the official hashtag is #StoneharborLondonRoad.",
    ],
    "brief": "Announce the London Road branch opening (7 June 2027) and the grand opening on 12 June, and promote the Summit Saver certificate and the new-member bonus, in a warm, neighborly tone.",
    "posts": [
        {"id": "stoneharbor-cu-01", "network": "facebook",
         "post": "🎉 Branch #10 is almost here! Stoneharbor's new London Road branch opens Monday, June 7 at 2210 London Road, Duluth. Branch manager Denise Halvorsen and her team can't wait to meet you 👋 #StoneharborLondonRoad",
         "labels": []},
        {"id": "stoneharbor-cu-02", "network": "instagram",
         "post": "Save the date ☕ Grand opening party Saturday, June 12, 10am–2pm at our London Road branch: free coffee and free document shredding (up to 3 boxes per household). Bring the neighbors! #StoneharborLondonRoad",
         "labels": []},
        {"id": "stoneharbor-cu-03", "network": "linkedin",
         "post": "Since 1952, Stoneharbor Credit Union has been owned by the people it serves. Today we count more than 40,000 members, and on June 7 we open our 10th branch, on London Road in Duluth. Thank you, Northland! #StoneharborLondonRoad",
         "labels": []},
        {"id": "stoneharbor-cu-04", "network": "x",
         "post": "Summit Saver is live 📈 4.10% APY on a 13-month certificate, $1,000 minimum to open. Available through July 31. Details 👉 stoneharborcu.org/londonroad #StoneharborLondonRoad",
         "labels": []},
        {"id": "stoneharbor-cu-05", "network": "instagram",
         "post": "New to Stoneharbor? 💙 Open a checking account + set up direct deposit by July 31 and we'll add a $150 bonus to your account. Live or work in St. Louis, Lake, Cook or Carlton County? You're eligible! #StoneharborLondonRoad",
         "labels": []},
        {"id": "stoneharbor-cu-06", "network": "facebook",
         "post": "Weekday errands or Saturday mornings ⏰ Our London Road branch is open Mon–Fri 9am–5:30pm and Sat 9am–noon. On the road? Use 30,000 surcharge-free CO-OP ATMs nationwide. Deposits federally insured by NCUA up to $250,000. #StoneharborLondonRoad",
         "labels": []},
        {"id": "stoneharbor-cu-07", "network": "instagram",
         "post": "Grand opening party Sunday, June 12 🎈 Join us 10am–4pm at 2210 London Road for free coffee, free shredding and a chance to win $500! See you there, Duluth 💙 #StoneharborLondonRoad",
         "labels": [(C, "Sunday, June 12"), (C, "4pm"), (U, "a chance to win $500")]},
        {"id": "stoneharbor-cu-08", "network": "x",
         "post": "Summit Saver 📈 4.50% APY on our 13-month certificate, with no minimum deposit! Open to all Minnesota residents 🙌 Details at stoneharborcu.org/londonroad #StoneharborLondonRoad",
         "labels": [(C, "4.50%"), (C, "no minimum deposit"), (C, "Open to all Minnesota residents")]},
        {"id": "stoneharbor-cu-09", "network": "linkedin",
         "post": "Founded in 1952 by Duluth port workers, Stoneharbor Credit Union now serves 48,000 members across 12 branches and was named Minnesota's best credit union. Our London Road branch opens June 7! #StoneharborLondonRoad",
         "labels": [(C, "48,000"), (C, "12"), (U, "named Minnesota's best credit union")]},
        {"id": "stoneharbor-cu-10", "network": "facebook",
         "post": "Switch to Stoneharbor 💙 Open a checking account with direct deposit by July 31 and get a $200 bonus. Join the 5,000 members who switched last year! Details at stoneharborcu.org/londonroad #StoneharborLondonRoad",
         "labels": [(C, "$200"), (U, "5,000 members who switched last year")]},
        {"id": "stoneharbor-cu-11", "network": "tiktok",
         "post": "POV: your new credit union branch is open Sundays too 😍 London Road, Duluth, 9am–5:30pm. Deposits federally insured up to $500,000 by NCUA 🔒 #StoneharborLondonRoad #Duluth",
         "labels": [(C, "open Sundays too"), (C, "$500,000")]},
    ],
}

build([SURE, ETABLIS, SALTMARSH, STONEHARBOR], os.path.join(HERE, "blind47.jsonl"))
