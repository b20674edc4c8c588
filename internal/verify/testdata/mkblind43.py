"""Blind verify set 43: 44 posts (22 FR, 22 EN) for 4 fictional brands, 22 clean.

Brands and sectors:
- Auto-école Feu Vert (fr, Mons, Belgium): driving school (auto-école), EUR.
- Jazz aux Battures (fr, Rimouski, Québec, Canada): jazz festival, CAD.
- Tussock Veterinary Clinic (en, Mosgiel near Dunedin, New Zealand): veterinary clinic, NZD.
- Cipher Cellar (en, Halifax, Nova Scotia, Canada): escape-room venue, CAD.

Calendar checks (datetime):
- 2027-03-01 Monday (lundi 1er mars: start of Feu Vert offer; "mardi 1er mars" is wrong)
- 2027-03-31 Wednesday (mercredi 31 mars: end of Feu Vert offer)
- 2027-03-06, 2027-03-13, 2027-03-20 Saturdays (cours théorique intensif); 2027-03-27 also a Saturday
- 2027-08-05 Thursday, 2027-08-08 Sunday (Jazz aux Battures; "vendredi 5 août" is wrong)
- 2027-04-30 Friday (end of Jazz aux Battures presale)
- 2027-08-02 Monday, 2027-08-31 Tuesday (Tussock Pet Dental Month); 2027-08-01 Sunday (wrong start date)
- Saturdays between 2 and 31 August 2027: 7, 14, 21, 28 = 4 Saturdays
- 2027-10-15 Friday (Lighthouse room opening; "Thursday 15 October" is wrong)
- Monday-Thursday dates from 15 to 31 October 2027: 18, 19, 20, 21, 25, 26, 27, 28 = 8 days

Arithmetic used by clean posts:
- Feu Vert: 1 290 - 1 090 = 200 € saving; 1 090 / 20 h = 54,50 € per hour; 2027 - 2009 = 18 years;
  78 % ~ "près de 8 élèves sur 10"; 9h-16h = 7 h per Saturday.
- Jazz aux Battures: 119 - 95 = 24 $ saving; 36 - 22 = 14 concerts not free; 119 / 4 = 29,75 $
  < 30 $ per day; 41 000 > 40 000 ("plus de 40 000"); 5-8 August = 4 days, "début août".
- Tussock: 420 - 357 = 63 $ saving; 420 x 0.85 = 357; 6 vets + 9 nurses = 15; 2027 - 2011 = 16 years;
  120 / 4 classes = 30 $ per class; 4 Saturdays in 2-31 August.
- Cipher Cellar: 32 x 0.8 = 25.60 $; 6 players x 38 $ = 228 $; 52,300 > 50,000 ("over 50,000");
  60 minutes = one hour; 8 Monday-Thursday dates in 15-31 October.

Written blind: the writer read only the "verify/dev.jsonl conventions" section of /work/shared/data/README.md, /work/shared/data/verify/dev.jsonl and mkblind_common.py; no engine code, docs, other testdata or other mkblind scripts.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mkblind_common import build  # noqa: E402

C = "contradicted"
U = "unsupported"


def posts(prefix, items):
    out = []
    for i, it in enumerate(items, 1):
        network, post = it[0], it[1]
        labels = it[2] if len(it) > 2 else []
        out.append({"id": f"{prefix}-{i:02d}", "network": network, "post": post, "labels": labels})
    return out


FEU_VERT = {
    "brand": "Auto-école Feu Vert",
    "lang": "fr",
    "facts": [
        "L'Auto-école Feu Vert a été fondée en 2009 à Mons (Belgique) par Nadia Lemaire, qui la dirige toujours.",
        "L'auto-école compte 3 agences (Mons, Jemappes et Saint-Ghislain) et 14 moniteurs agréés.",
        "La formule « Permis B Essentiel » comprend 20 heures de conduite et coûte 1 290 €.",
        "L'heure de conduite supplémentaire coûte 62 €.",
        "Du lundi 1er mars au mercredi 31 mars 2027, la formule « Permis B Essentiel » est à 1 090 € au lieu de 1 290 €.",
        "L'offre de mars est valable uniquement pour les inscriptions faites en agence.",
        "Les 30 premiers inscrits à la formule « Permis B Essentiel » en mars 2027 reçoivent une heure de conduite supplémentaire offerte.",
        "Le cours théorique intensif a lieu sur 3 samedis consécutifs, les 6, 13 et 20 mars 2027, de 9h à 16h, à l'agence de Mons.",
        "En 2026, le taux de réussite à l'examen pratique des élèves de Feu Vert était de 78 %.",
        "L'agence de Mons se trouve au 24 rue de Nimy ; elle est ouverte du lundi au vendredi de 9h à 18h et le samedi de 9h à 12h30.",
        "Les véhicules d'apprentissage sont des Peugeot 208 à boîte manuelle ; 2 véhicules à boîte automatique sont disponibles sur demande.",
        "Le site de l'auto-école est feuvert-mons.be et le hashtag officiel est #FeuVertMons.",
    ],
    "brief": "Promouvoir l'offre de mars 2027 sur la formule « Permis B Essentiel » et remplir le cours théorique intensif, sur un ton encourageant et rassurant.",
}
FEU_VERT["posts"] = posts("feu-vert", [
    ("instagram",
     "🚗 Le permis, c'est maintenant ! Tout le mois de mars, la formule « Permis B Essentiel » (20 h de conduite) passe à 1 090 € au lieu de 1 290 €, soit 200 € d'économie 💸 Offre valable pour les inscriptions en agence. On vous attend ! #FeuVertMons"),
    ("facebook",
     "📚 Le code en trois samedis ! Notre cours théorique intensif a lieu les samedis 6, 13 et 20 mars, de 9h à 16h (7 heures par séance), à notre agence de Mons, 24 rue de Nimy. Inscrivez-vous vite 😉 #FeuVertMons #permisB"),
    ("linkedin",
     "Depuis 2009, Nadia Lemaire et ses 14 moniteurs agréés accompagnent les futurs conducteurs de la région montoise, dans nos 3 agences de Mons, Jemappes et Saint-Ghislain. 18 ans d'expérience, et en 2026, 78 % de nos élèves ont réussi l'examen pratique, soit près de 8 sur 10 ! Fiers de notre équipe 💚 #FeuVertMons"),
    ("x",
     "1 090 € pour 20 heures de conduite, soit 54,50 € l'heure 🤓 (l'heure supplémentaire est à 62 €). Offre « Permis B Essentiel » jusqu'au 31 mars, en agence uniquement. feuvert-mons.be #FeuVertMons"),
    ("tiktok",
     "POV : tu as peur de caler 😅 Chez Feu Vert on roule en Peugeot 208 manuelle, mais 2 voitures automatiques sont dispo sur demande 🙌 Et les 30 premiers inscrits de mars ont une heure de conduite offerte 🎁 #FeuVertMons #permisdeconduire"),
    ("instagram",
     "📍 24 rue de Nimy, Mons : on vous accueille en semaine de 9h à 18h et le samedi matin de 9h à 12h30 ☀️ Passez nous voir pour profiter de l'offre de mars, valable jusqu'au mercredi 31 mars ! #FeuVertMons"),
    ("facebook",
     "🔥 Offre de mars : la formule « Permis B Essentiel » à 990 € au lieu de 1 290 €, en agence ou en ligne ! Ne tardez pas 🚦 #FeuVertMons",
     [(C, "990 €"), (C, "ou en ligne")]),
    ("x",
     "Cours théorique intensif les samedis 6, 13 et 27 mars, de 9h à 17h, à notre agence de Jemappes 📚 Réservez vite ! #FeuVertMons",
     [(C, "27 mars"), (C, "17h"), (C, "Jemappes")]),
    ("linkedin",
     "Fondée en 2009 par Nadia Lemaire, l'Auto-école Feu Vert compte aujourd'hui 4 agences et 14 moniteurs agréés. Avec 92 % de réussite à l'examen pratique en 2026, nous sommes la meilleure auto-école du Hainaut 🏆 #FeuVertMons",
     [(C, "4", 0), (C, "92 %"), (U, "la meilleure auto-école du Hainaut")]),
    ("instagram",
     "🎁 Les 50 premiers inscrits de mars reçoivent une heure de conduite offerte ! Et chez nous, l'examen théorique est remboursé en cas d'échec 😎 #FeuVertMons",
     [(C, "50"), (U, "l'examen théorique est remboursé en cas d'échec")]),
    ("facebook",
     "C'est parti dès le mardi 1er mars 🚗 Formule « Permis B Essentiel » à 1 090 €, et l'heure de conduite supplémentaire à 58 €. Rendez-vous au 24 rue de Nimy ! #FeuVertMons",
     [(C, "mardi 1er mars"), (C, "58 €")]),
])

BATTURES = {
    "brand": "Jazz aux Battures",
    "lang": "fr",
    "facts": [
        "La 12e édition du festival Jazz aux Battures se tient du jeudi 5 au dimanche 8 août 2027 à Rimouski.",
        "La programmation compte 36 concerts sur 4 scènes, dont 22 concerts gratuits en plein air.",
        "La scène principale est installée au parc des Goélands.",
        "Les têtes d'affiche sont la pianiste Élise Caron-Dubé le jeudi, le Quintette Marée Haute le vendredi et la chanteuse Nina Okafor le samedi.",
        "Le passeport 4 jours coûte 119 $ et le billet d'un soir pour la scène principale coûte 45 $, taxes incluses.",
        "En prévente, le passeport 4 jours est à 95 $ jusqu'au vendredi 30 avril 2027.",
        "L'entrée est gratuite pour les moins de 12 ans accompagnés d'un adulte.",
        "Les concerts de la scène principale commencent à 20h ; les concerts gratuits en plein air ont lieu de 13h à 19h.",
        "La directrice artistique du festival est Josée Thériault.",
        "Une navette gratuite relie le centre-ville au parc des Goélands toutes les 20 minutes.",
        "L'édition 2026 a accueilli 41 000 festivaliers.",
        "La billetterie est sur jazzauxbattures.ca/billets et le hashtag officiel est #JazzBattures2027.",
    ],
    "brief": "Dévoiler la programmation 2027 et pousser la prévente du passeport 4 jours avant le 30 avril 2027, sur un ton festif.",
}
BATTURES["posts"] = posts("jazz-battures", [
    ("instagram",
     "🎷 La prog est là ! Élise Caron-Dubé (jeudi), le Quintette Marée Haute (vendredi) et Nina Okafor (samedi) mènent 36 concerts sur 4 scènes, du 5 au 8 août à Rimouski ! Passeport en prévente à 95 $ jusqu'au 30 avril 👉 jazzauxbattures.ca/billets #JazzBattures2027"),
    ("facebook",
     "Quatre jours de jazz et 22 concerts gratuits en plein air 🌞 Le passeport 4 jours est à 119 $, ou 95 $ en prévente : 24 $ d'économie ! Et les moins de 12 ans entrent gratuitement avec un adulte 👨‍👩‍👧 #JazzBattures2027 #jazz"),
    ("x",
     "Plus de 40 000 festivaliers l'an dernier 🙌 On remet ça début août pour la 12e édition ! Navette gratuite depuis le centre-ville toutes les 20 min 🚌 #JazzBattures2027"),
    ("linkedin",
     "Sous la direction artistique de Josée Thériault, Jazz aux Battures présente 36 concerts du 5 au 8 août 2027 : 22 gratuits en plein air, de 13h à 19h, et 14 sur billet. Sur la scène principale du parc des Goélands, les concerts commencent à 20h. Fiers de faire rayonner le jazz à Rimouski 🎺 #JazzBattures2027"),
    ("tiktok",
     "POV : 4 jours de jazz à Rimouski 🎶 Passeport 4 jours à 119 $, soit moins de 30 $ par jour 😍 Ou un soir sur la grande scène pour 45 $ ! #JazzBattures2027 #festival"),
    ("x",
     "⏰ Dernière chance ! Passeport 4 jours en prévente à 89 $ jusqu'au 31 mai 👉 jazzauxbattures.ca/billets #JazzBattures2027",
     [(C, "89 $"), (C, "31 mai")]),
    ("facebook",
     "Du jeudi 5 au dimanche 8 août, 36 concerts sur cinq scènes, dont 30 gratuits en plein air ! 🎷 On vous attend à Rimouski #JazzBattures2027",
     [(C, "cinq"), (C, "30")]),
    ("instagram",
     "Samedi soir, place à Élise Caron-Dubé sur la grande scène 🎹 Concert dès 19h au parc des Goélands ! #JazzBattures2027",
     [(C, "Élise Caron-Dubé"), (C, "19h")]),
    ("linkedin",
     "Pour sa 10e édition, Jazz aux Battures réunit 36 concerts sous la direction artistique de Josée Thibault. Un grand merci à Radio-Canada, notre partenaire principal ! #JazzBattures2027",
     [(C, "10e"), (C, "Josée Thibault"), (U, "Radio-Canada, notre partenaire principal")]),
    ("tiktok",
     "Le plus grand festival de jazz de l'Est du Québec est de retour 🎺🔥 Entrée gratuite pour les moins de 16 ans accompagnés ! #JazzBattures2027",
     [(U, "Le plus grand festival de jazz de l'Est du Québec"), (C, "16 ans")]),
    ("facebook",
     "🎉 Ouverture le vendredi 5 août ! Navette gratuite depuis le centre-ville toutes les 30 minutes, et billet d'un soir à 45 $ avec une consommation offerte 🍹 #JazzBattures2027",
     [(C, "vendredi 5 août"), (C, "30 minutes"), (U, "avec une consommation offerte")]),
])

TUSSOCK = {
    "brand": "Tussock Veterinary Clinic",
    "lang": "en",
    "facts": [
        "Tussock Veterinary Clinic is an independent vet practice in Mosgiel, near Dunedin, founded in 2011 by Dr Grace Ngata, who is its clinical director.",
        "The clinic's team has 6 vets and 9 veterinary nurses.",
        "The clinic is at 112 Gordon Road, Mosgiel.",
        "The clinic is open Monday to Friday from 8 am to 6 pm and on Saturday from 9 am to 1 pm; it is closed on Sunday.",
        "A standard consultation costs NZ$78.",
        "Pet Dental Month runs from Monday 2 August to Tuesday 31 August 2027.",
        "During Pet Dental Month, dental checks are free (normally NZ$45).",
        "A scale-and-polish under anaesthetic normally costs NZ$420; during Pet Dental Month it is 15% off, at NZ$357, for dogs and cats only.",
        "Puppy preschool is 4 weekly classes on Thursdays at 6:30 pm and costs NZ$120 per puppy.",
        "After-hours emergencies are handled by the Dunedin After Hours Vet Centre, not by Tussock Veterinary Clinic.",
        "Appointments are booked at tussockvets.co.nz/book.",
        "The official hashtag is #TussockDentalMonth.",
    ],
    "brief": "Promote Pet Dental Month (2-31 August 2027) and get pet owners to book a free dental check, in a warm and reassuring tone.",
}
TUSSOCK["posts"] = posts("tussock-vets", [
    ("instagram",
     "🦷 It's Pet Dental Month at Tussock Vets! From 2 to 31 August, dental checks are FREE (usually $45) and scale & polish is 15% off for dogs and cats 🐶🐱 Book now 👉 tussockvets.co.nz/book #TussockDentalMonth"),
    ("facebook",
     "Bad breath isn't just 'dog breath' 😬 This August, a scale & polish for your dog or cat is $357 instead of $420: that's $63 back in your pocket 💚 Book at tussockvets.co.nz/book #TussockDentalMonth #pethealth"),
    ("x",
     "6 vets + 9 vet nurses = 15 people who genuinely love your pets 🐾 Pop into 112 Gordon Road, Mosgiel for a free dental check this month. #TussockDentalMonth"),
    ("linkedin",
     "16 years ago, Dr Grace Ngata founded Tussock Veterinary Clinic in Mosgiel. Today she leads a team of 6 vets and 9 veterinary nurses as clinical director. This August, we're inviting every dog and cat owner in the area to book a free dental check during Pet Dental Month (2–31 August). #TussockDentalMonth"),
    ("tiktok",
     "Puppy preschool 🐶🎓 Four Thursday evenings at 6.30pm, $120 per pup, so just $30 a class! Sign up at tussockvets.co.nz/book #puppy #TussockDentalMonth"),
    ("facebook",
     "Busy week? We're open weekdays 8am–6pm and Saturday mornings 9am–1pm, and there are 4 Saturdays in Pet Dental Month to pop in for a free dental check 😊 For after-hours emergencies, please call the Dunedin After Hours Vet Centre. #TussockDentalMonth"),
    ("x",
     "Good news! Free dental checks are now available until 15 September, and scale & polish is 20% off 🦷 #TussockDentalMonth",
     [(C, "15 September"), (C, "20%")]),
    ("instagram",
     "Scale & polish now just $320 for dogs, cats and rabbits this August 🐰🐱🐶 Book 👉 tussockvets.co.nz/book #TussockDentalMonth",
     [(C, "$320"), (C, "and rabbits")]),
    ("facebook",
     "We're here when you need us 💚 Open Monday to Saturday, 8am to 6pm, and we handle after-hours emergencies ourselves, 24/7. 112 Gordon Road, Mosgiel. #TussockDentalMonth",
     [(C, "Monday to Saturday"), (C, "we handle after-hours emergencies ourselves, 24/7")]),
    ("linkedin",
     "Founded in 2009 by Dr Grace Ngaio, Tussock Veterinary Clinic was rated Otago's best vet clinic in 2026. This August, we're proud to run Pet Dental Month for our community. #TussockDentalMonth",
     [(C, "2009"), (C, "Dr Grace Ngaio"), (U, "was rated Otago's best vet clinic in 2026")]),
    ("tiktok",
     "Pet Dental Month kicks off Sunday 1 August 🦷✨ Standard consults just $68, and a free toothbrush for every pet who visits! #TussockDentalMonth",
     [(C, "Sunday 1 August"), (C, "$68"), (U, "a free toothbrush for every pet who visits")]),
])

CIPHER = {
    "brand": "Cipher Cellar",
    "lang": "en",
    "facts": [
        "Cipher Cellar is an escape-room venue at 1480 Barrington Street, Halifax, Nova Scotia, opened in 2018 by Priya Raman and Liam O'Connell.",
        "The venue has 5 rooms, and every game lasts 60 minutes.",
        "A new room, The Lighthouse Keeper's Log, opens on Friday 15 October 2027.",
        "The Lighthouse Keeper's Log was designed by Marguerite Boudreau and is for teams of 2 to 6 players, aged 12 and over.",
        "In playtests, 27% of teams escaped The Lighthouse Keeper's Log in time.",
        "Games cost $32 per player from Monday to Thursday and $38 per player from Friday to Sunday.",
        "From 15 to 31 October 2027, the code BEAM20 gives 20% off The Lighthouse Keeper's Log, for games from Monday to Thursday only.",
        "Players under 16 must be accompanied by an adult.",
        "Cipher Cellar is open Monday to Thursday from 4 pm to 10 pm and Friday to Sunday from 11 am to 11 pm.",
        "Since 2018, 52,300 players have played at Cipher Cellar.",
        "Corporate team-building packages are available for groups of up to 30 people.",
        "Bookings are made at ciphercellar.ca/book; the official hashtag is #LighthouseLog.",
    ],
    "brief": "Launch The Lighthouse Keeper's Log on 15 October 2027 and drive weekday bookings with the BEAM20 launch code, in a playful tone.",
}
CIPHER["posts"] = posts("cipher-cellar", [
    ("instagram",
     "🔦 New room alert! The Lighthouse Keeper's Log opens Friday 15 October at Cipher Cellar. 2–6 players, ages 12+, 60 minutes on the clock ⏳ Only 27% of playtest teams made it out... think you can? 👉 ciphercellar.ca/book #LighthouseLog"),
    ("facebook",
     "💡 Launch offer: use code BEAM20 for 20% off The Lighthouse Keeper's Log, Monday to Thursday from 15 to 31 October. That's $25.60 per player instead of $32, on 8 Monday-to-Thursday dates! Book at ciphercellar.ca/book #LighthouseLog"),
    ("x",
     "Over 50,000 players since 2018 🙌 Five rooms, one hour each, at 1480 Barrington Street, Halifax. Ready for the next one? 🔦 #LighthouseLog #escaperoom"),
    ("linkedin",
     "Looking for a team-building idea? Cipher Cellar, founded by Priya Raman and Liam O'Connell, hosts groups of up to 30 people. Our newest room, The Lighthouse Keeper's Log, designed by Marguerite Boudreau, opens on 15 October 2027. #LighthouseLog"),
    ("tiktok",
     "POV: you and 5 friends, 60 minutes, one lighthouse 🌊🔦 A full team of 6 on a Saturday = $228. Worth every second 😤 #LighthouseLog #escaperoom"),
    ("x",
     "The Lighthouse Keeper's Log opens Thursday 15 October! Teams of 2 to 8 players, ages 12+ 🔦 #LighthouseLog",
     [(C, "Thursday 15 October"), (C, "8")]),
    ("facebook",
     "Code BEAM20 = 25% off The Lighthouse Keeper's Log, every day of the week, until 30 November! 🎉 ciphercellar.ca/book #LighthouseLog",
     [(C, "25%"), (C, "every day of the week"), (C, "30 November")]),
    ("instagram",
     "Family night? 👨‍👩‍👧 The Lighthouse Keeper's Log welcomes players aged 10+ with an adult, and every team gets a free photo booth print 📸 #LighthouseLog",
     [(C, "10+"), (U, "every team gets a free photo booth print")]),
    ("linkedin",
     "Since 2018, more than 60,000 players have tried to escape Cipher Cellar, founded by Priya Raman and Liam O'Donnell. Our new room is designed by Marguerite Boudreau, Canada's award-winning puzzle designer. #LighthouseLog",
     [(C, "more than 60,000"), (C, "Liam O'Donnell"), (U, "Canada's award-winning puzzle designer")]),
    ("tiktok",
     "Escape for just $28 per player on weekdays 🤑 And on weekends we're open till midnight! #LighthouseLog",
     [(C, "$28"), (C, "midnight")]),
    ("facebook",
     "🏢 Team-building at 1480 Hollis Street, Halifax! Packages for up to 50 people, with free pizza for every group 🍕 #LighthouseLog",
     [(C, "1480 Hollis Street"), (C, "50"), (U, "with free pizza for every group")]),
])

if __name__ == "__main__":
    build([FEU_VERT, BATTURES, TUSSOCK, CIPHER], os.path.join(HERE, "blind43.jsonl"))
