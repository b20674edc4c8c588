"""Blind verify set 35: 44 posts, 4 fictional brands (2 FR, 2 EN), 22 clean.

Brands and sectors
- Les Miels de la Rivière-Noire (fr, Québec): family beekeeper / honey producer, Saint-Côme,
  Lanaudière; open day on Saturday 21 August 2027 and an online-shop discount.
- Altiplane (fr, Switzerland, Alps): paragliding school in Verbier (Valais); tandem flights
  in summer 2028 and a March 2028 discount on beginner courses; 20th anniversary.
- Kaveri Institute of Science and Technology, KIST (en, India): private university in
  Mysuru, Karnataka; Open Day on Saturday 16 January 2027.
- Larkspur Hall (en, UK): Georgian country-house wedding venue near Ludlow, Shropshire;
  Wedding Open Day on Sunday 10 October 2027 and a 2028 booking offer.

Calendar checks (datetime)
- 2027-08-21 Saturday (open day, miellerie); 2027-08-22 Sunday (wrong date in post -06);
  2027-09-06 Monday (end of RUCHE15 offer); 21 Aug - 6 Sep 2027 inclusive = 17 days.
- 2028-03-01 Wednesday, 2028-03-31 Friday (ENVOL28 offer); 2028-06-15 Thursday,
  2028-09-15 Friday (tandem season); 2028-06-05 Monday and 2028-09-25 Monday (first and
  last course start); Mondays from 5 June to 25 September 2028 inclusive = 17;
  2028-10-02 Monday (wrong last course in post -11).
- 2027-01-16 Saturday (KIST Open Day); 2027-01-13 Wednesday (registration closes);
  2027-01-15 Friday (wrong close date in post -07); 2027-02-28 Sunday (apply-by date).
- 2027-10-10 Sunday (Larkspur Open Day).

Arithmetic used by clean posts
- Miels: guided hive tour departs every hour 10h30-14h30 = 5 departures x 15 places = 75
  places; sarrasin 13 $ - trèfle 11,50 $ = 1,50 $; sarrasin with 15 % off = 11,05 $;
  21 400 kg = plus de 21 tonnes; founded 2011 -> 16 years in 2027 (seize ans).
- Altiplane: founded 2008 -> 20 ans in 2028 (also a fact); 1 150 CHF - 10 % = 1 035 CHF;
  Grand Vol 290 - Découverte 190 = 100 CHF; ~35 min vs ~15 min = more than twice as long;
  17 Mondays = 17 course sessions.
- KIST: tours every 30 min from 10:30 am to 3 pm = 10 departures; tuition ₹2,40,000 =
  ₹2.4 lakh; 50 % waiver -> ₹1.2 lakh; 25 % waiver -> ₹1.8 lakh; hostel ₹96,000 = ₹96k;
  founded 1998 -> 29 years in 2027 = nearly three decades.
- Larkspur: Saturday £14,500 - Friday/Sunday £11,200 = £3,300; with £1,000 off:
  Fri/Sun £10,200, midweek £7,900; exclusive use 9 am to 11 am next day = 26 hours.

Written blind: the writer read only the brief, the "verify/dev.jsonl conventions" section of
/work/shared/data/README.md, /work/shared/data/verify/dev.jsonl and mkblind_common.py; no engine
code, docs, other test data or other mkblind scripts; vigie and go were never run.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mkblind_common import build  # noqa: E402

C, U = "contradicted", "unsupported"

MIELS = {
    "brand": "Les Miels de la Rivière-Noire",
    "lang": "fr",
    "facts": [
        "Les Miels de la Rivière-Noire est une miellerie familiale fondée en 2011 à Saint-Côme (Lanaudière, Québec) par Geneviève Lavoie, apicultrice en chef, et Mathieu Bérubé.",
        "La miellerie exploite 640 ruches réparties sur 38 ruchers dans Lanaudière et les Laurentides.",
        "La récolte 2026 a atteint 21 400 kg de miel.",
        "La Journée portes ouvertes a lieu le samedi 21 août 2027, de 10h à 16h, à la miellerie, au 1480, chemin de la Rivière-Noire, à Saint-Côme. L'entrée est gratuite.",
        "Pendant la Journée portes ouvertes, une visite guidée du rucher-école de 45 minutes (voile et combinaison fournis) part toutes les heures de 10h30 à 14h30 ; elle coûte 12 $ par adulte et 6 $ pour les 8 à 17 ans, et n'est pas accessible aux enfants de moins de 8 ans.",
        "Les places pour la visite guidée sont limitées à 15 personnes par départ et doivent être réservées en ligne.",
        "Le pot de 500 g de miel de trèfle coûte 11,50 $ et le pot de 500 g de miel de sarrasin coûte 13 $.",
        "Du 21 août au 6 septembre 2027, la boutique en ligne offre 15 % de rabais sur tous les miels avec le code RUCHE15, à partir de 40 $ d'achat (avant taxes). Le rabais ne s'applique pas aux coffrets-cadeaux.",
        "La livraison est offerte partout au Québec dès 75 $ d'achat ; en dessous, elle coûte 9,95 $. La miellerie ne livre pas hors du Québec.",
        "Le miel de sarrasin de la miellerie a remporté la médaille d'or dans la catégorie miels foncés au Concours des miels du Québec 2026.",
        "Le miel est extrait à froid et n'est jamais chauffé au-dessus de 38 °C. La miellerie n'est pas certifiée biologique.",
        "Site : mielsrivierenoire.ca ; téléphone : 450 883-2714.",
        "Le mot-clic officiel est #RuchesOuvertes2027.",
    ],
    "brief": "Inviter le public à la Journée portes ouvertes du 21 août 2027 et promouvoir le rabais de 15 % de la boutique en ligne, sur un ton chaleureux et pédagogique.",
    "posts": [
        {"id": "miels-riviere-noire-01", "network": "facebook",
         "post": "🐝 Samedi 21 août, on vous ouvre les portes de la miellerie ! De 10h à 16h, au 1480, chemin de la Rivière-Noire à Saint-Côme, venez voir de près comment naît le miel de Lanaudière. L'entrée est gratuite 🍯\n\nVous avez envie d'enfiler la combinaison ? La visite guidée du rucher-école dure 45 minutes et part toutes les heures, de 10h30 à 14h30. C'est 12 $ par adulte et 6 $ pour les 8 à 17 ans (désolés, pas de visite pour les moins de 8 ans : nos abeilles préfèrent les grands 😉). Voile et combinaison fournis !\n\nLes places sont limitées : réservez en ligne sur mielsrivierenoire.ca. On a très hâte de vous accueillir ! #RuchesOuvertes2027",
         "labels": []},
        {"id": "miels-riviere-noire-02", "network": "instagram",
         "post": "Cinq départs, quinze curieux par départ : ça fait 75 places en tout pour la visite guidée du rucher-école, le samedi 21 août 🐝 Voile et combinaison fournis, pas besoin d'être apiculteur pour oser ! Réservation en ligne obligatoire ➡️ mielsrivierenoire.ca #RuchesOuvertes2027 #abeilles",
         "labels": []},
        {"id": "miels-riviere-noire-03", "network": "x",
         "post": "Code RUCHE15 = 15 % de rabais sur tous nos miels, coffrets-cadeaux inclus 🎁 Du 21 août au 6 septembre sur mielsrivierenoire.ca, dès 40 $ d'achat avant taxes. #RuchesOuvertes2027",
         "labels": [(C, "coffrets-cadeaux inclus")]},
        {"id": "miels-riviere-noire-04", "network": "facebook",
         "post": "Notre miel de sarrasin, médaille d'or (miels foncés) au Concours des miels du Québec 2026 🥇 13 $ le pot de 500 g. Certifié biologique et extrait à froid, c'est tout simplement le miel le plus primé du Québec ! #RuchesOuvertes2027",
         "labels": [(C, "Certifié biologique"), (U, "le miel le plus primé du Québec")]},
        {"id": "miels-riviere-noire-05", "network": "linkedin",
         "post": "Seize ans d'abeilles, de patience et de passion 🐝\n\nEn 2011, Geneviève Lavoie, notre apicultrice en chef, et Mathieu Bérubé fondaient Les Miels de la Rivière-Noire à Saint-Côme. Aujourd'hui, ce sont 640 ruches réparties sur 38 ruchers entre Lanaudière et les Laurentides, et une récolte 2026 de plus de 21 tonnes de miel.\n\nNotre façon de faire : un miel extrait à froid, jamais chauffé au-dessus de 38 °C. Et notre sarrasin a décroché l'or dans la catégorie miels foncés au Concours des miels du Québec 2026, une belle fierté pour toute l'équipe.\n\nLe samedi 21 août 2027, nous ouvrons nos portes au public, de 10h à 16h. Si vous êtes dans la région, passez nous voir ! #RuchesOuvertes2027 #apiculture",
         "labels": []},
        {"id": "miels-riviere-noire-06", "network": "instagram",
         "post": "Journée portes ouvertes ce dimanche 22 août 🐝 De 10h à 16h à Saint-Côme, entrée gratuite ! Visite guidée du rucher-école ouverte aux enfants de tous âges, et dégustation gratuite de nos 12 miels de saison 🍯 #RuchesOuvertes2027",
         "labels": [(C, "dimanche 22 août"), (C, "aux enfants de tous âges"), (U, "dégustation gratuite de nos 12 miels de saison")]},
        {"id": "miels-riviere-noire-07", "network": "tiktok",
         "post": "POV : tu enfiles la combinaison pour la première fois 🐝😅 45 minutes au cœur du rucher-école le samedi 21 août, voile fourni. 12 $ pour les grands, 6 $ pour les 8-17 ans. T'oses ? #RuchesOuvertes2027 #apiculture",
         "labels": []},
        {"id": "miels-riviere-noire-08", "network": "x",
         "post": "Trèfle ou sarrasin ? 🍯 11,50 $ ou 13 $ le pot de 500 g… et avec le code RUCHE15, le sarrasin tombe à 11,05 $ (dès 40 $ d'achat avant taxes). Jusqu'au 6 septembre sur mielsrivierenoire.ca !",
         "labels": []},
        {"id": "miels-riviere-noire-09", "network": "facebook",
         "post": "📦 Des nouvelles de la boutique en ligne !\n\nOn livre loin de Saint-Côme ? Bonne nouvelle : la livraison est offerte partout au Canada dès 50 $ d'achat. En dessous, elle coûte 9,95 $.\n\nEt du 21 août au 6 septembre, le code RUCHE15 vous donne 15 % de rabais sur tous nos miels, à partir de 40 $ d'achat avant taxes. Trèfle (11,50 $ les 500 g) ou sarrasin médaillé d'or (13 $ les 500 g), c'est le moment de faire le plein pour l'automne 🍂\n\nPetit bonus : chaque commande arrive avec un échantillon de miel crémeux à la cannelle 🎁\n\nÀ vos paniers : mielsrivierenoire.ca #RuchesOuvertes2027",
         "labels": [(C, "partout au Canada"), (C, "50 $", 0), (U, "chaque commande arrive avec un échantillon de miel crémeux à la cannelle")]},
        {"id": "miels-riviere-noire-10", "network": "threads",
         "post": "Le saviez-vous ? Notre miel de sarrasin ne coûte que 1,50 $ de plus que le trèfle pour le même pot de 500 g 😉 Et la livraison est offerte au Québec dès 75 $ d'achat (sinon 9,95 $). Lequel est votre préféré ? 🍯",
         "labels": []},
        {"id": "miels-riviere-noire-11", "network": "mastodon",
         "post": "Visites guidées du rucher-école le samedi 21 août : premier départ à 9h30, sans réservation, dans la limite de 15 personnes par départ 🐝 Questions ? 450 883-2741 #RuchesOuvertes2027",
         "labels": [(C, "9h30"), (C, "sans réservation"), (C, "450 883-2741")]},
    ],
}

ALTIPLANE = {
    "brand": "Altiplane",
    "lang": "fr",
    "facts": [
        "Altiplane est une école de parapente fondée en 2008 à Verbier (Valais, Suisse) par Nicolas Favre, moniteur breveté. En 2028, l'école fête ses 20 ans.",
        "L'école compte 9 moniteurs, tous brevetés par la Fédération suisse de vol libre (FSVL).",
        "Le vol biplace Découverte (environ 15 minutes de vol, décollage de Savoleyres) coûte 190 CHF ; le vol biplace Grand Vol (environ 35 minutes de vol, décollage des Ruinettes) coûte 290 CHF.",
        "Le forfait photos et vidéos du vol biplace est proposé en option, à 40 CHF.",
        "Les vols biplaces sont accessibles dès 6 ans, pour un passager de 110 kg au maximum.",
        "Du jeudi 15 juin au vendredi 15 septembre 2028, les vols biplaces ont lieu tous les jours de 8h30 à 17h. Le rendez-vous est fixé 30 minutes avant le vol au bureau de l'école, route de Médran 14, à Verbier.",
        "En cas de météo défavorable, le vol biplace est reporté sans frais ou remboursé intégralement.",
        "Le stage d'initiation dure 5 jours, du lundi au vendredi, dont une journée de théorie ; il coûte 1 150 CHF, matériel et remontées mécaniques compris.",
        "Le stage d'initiation est ouvert dès 16 ans ; les mineurs doivent présenter une autorisation parentale. Les groupes comptent 6 élèves au maximum.",
        "En 2028, un stage d'initiation commence chaque lundi, du 5 juin au 25 septembre.",
        "Du mercredi 1er au vendredi 31 mars 2028, les stages d'initiation réservés en ligne bénéficient de 10 % de rabais avec le code ENVOL28 ; l'offre n'est pas cumulable avec d'autres réductions.",
        "En 2027, Altiplane a réalisé 4 860 vols biplaces.",
        "Réservations : altiplane.ch/reserver ou +41 27 771 48 30. Le hashtag officiel est #VolerAVerbier.",
    ],
    "brief": "Remplir les stages d'initiation 2028 grâce à l'offre de mars et promouvoir les vols biplaces de l'été, sur un ton enthousiaste mais rassurant.",
    "posts": [
        {"id": "altiplane-verbier-01", "network": "instagram",
         "post": "20 ans qu'on fait voler les gens au-dessus de Verbier 🪂🎂 Et en mars, c'est -10 % sur nos stages d'initiation réservés en ligne avec le code ENVOL28 : 1 150 CHF → 1 035 CHF, matériel et remontées mécaniques compris ! Qui se lance ? #VolerAVerbier #parapente",
         "labels": []},
        {"id": "altiplane-verbier-02", "network": "facebook",
         "post": "Le Grand Vol, c'est environ 35 minutes de pur bonheur au-dessus de Verbier ✨ Décollage des Ruinettes, 250 CHF, photos et vidéos incluses ! Réservez votre créneau sur altiplane.ch/reserver #VolerAVerbier",
         "labels": [(C, "250 CHF"), (C, "photos et vidéos incluses")]},
        {"id": "altiplane-verbier-03", "network": "x",
         "post": "La plus grande école de parapente de Suisse 🇨🇭 9 moniteurs brevetés FSVL et plus de 5 000 vols biplaces en 2027. On vous attend cet été ! #VolerAVerbier",
         "labels": [(U, "La plus grande école de parapente de Suisse"), (C, "plus de 5 000")]},
        {"id": "altiplane-verbier-04", "network": "linkedin",
         "post": "Il y a 20 ans, Nicolas Favre, moniteur breveté, fondait Altiplane à Verbier. Aujourd'hui, l'école réunit 9 moniteurs, tous brevetés par la Fédération suisse de vol libre, et a réalisé 4 860 vols biplaces en 2027.\n\nPour la saison 2028, nous proposons 17 sessions de stage d'initiation, une par semaine, chaque lundi du 5 juin au 25 septembre. Cinq jours, dont une journée de théorie, en petits groupes de six élèves au maximum : c'est notre façon d'apprendre à voler sereinement.\n\nEt parce que la sécurité passe avant tout, un vol biplace annulé pour cause de météo est reporté sans frais ou remboursé intégralement. Merci à toutes celles et ceux qui nous font confiance depuis 2008 🙏 #VolerAVerbier",
         "labels": []},
        {"id": "altiplane-verbier-05", "network": "tiktok",
         "post": "POV : ton tout premier vol en parapente au-dessus de Verbier 🪂😍 Vols biplaces dès 4 ans, tous les jours de 8h30 à 18h cet été ! #VolerAVerbier",
         "labels": [(C, "4 ans"), (C, "18h")]},
        {"id": "altiplane-verbier-06", "network": "threads",
         "post": "Petit rappel météo ☁️ Si le ciel ne joue pas le jeu le jour J, votre vol biplace est reporté sans frais ou remboursé intégralement. Vous ne perdez rien, promis 😉 altiplane.ch/reserver",
         "labels": []},
        {"id": "altiplane-verbier-07", "network": "facebook",
         "post": "🪂 Envie d'apprendre le parapente cet été ?\n\nNotre stage d'initiation, c'est 5 jours du lundi au vendredi, dont une journée de théorie, en groupes de 6 élèves au maximum. Il est ouvert dès 14 ans, avec une autorisation parentale pour les mineurs. Le tarif : 1 150 CHF, matériel et remontées mécaniques compris.\n\nEn 2028, un stage démarre chaque lundi entre le 5 juin et le 25 septembre. Et jusqu'au 31 mars, réservez en ligne avec le code ENVOL28 pour profiter de 10 % de rabais. En fin de semaine, chaque élève repart avec sa vidéo souvenir offerte 🎬\n\nToutes les infos et les réservations : altiplane.ch/reserver ou +41 27 771 48 30. #VolerAVerbier",
         "labels": [(C, "14 ans"), (U, "chaque élève repart avec sa vidéo souvenir offerte")]},
        {"id": "altiplane-verbier-08", "network": "instagram",
         "post": "Découverte ou Grand Vol ? 🤔 Environ 15 min depuis Savoleyres pour 190 CHF, ou environ 35 min depuis les Ruinettes pour 290 CHF. 100 CHF de plus pour plus de deux fois plus de temps en l'air 😍 Option photos et vidéos : 40 CHF. #VolerAVerbier",
         "labels": []},
        {"id": "altiplane-verbier-09", "network": "x",
         "post": "Rendez-vous 15 minutes avant votre vol biplace au bureau de l'école, route de Médran 41 📍 Navette gratuite depuis votre hôtel sur demande ! #VolerAVerbier",
         "labels": [(C, "15 minutes"), (C, "route de Médran 41"), (U, "Navette gratuite depuis votre hôtel sur demande")]},
        {"id": "altiplane-verbier-10", "network": "bluesky",
         "post": "Mars, c'est le mois pour réserver son stage d'initiation 🪂 Du 1er au 31/03, -10 % en ligne avec ENVOL28 (non cumulable). 5 jours dont 1 de théorie, dès 16 ans (autorisation parentale pour les mineurs), départs chaque lundi de début juin à fin septembre. altiplane.ch/reserver",
         "labels": []},
        {"id": "altiplane-verbier-11", "network": "mastodon",
         "post": "Stage d'initiation 2028 : 5 jours du lundi au vendredi, 1 150 CHF avec matériel, remontées mécaniques et hébergement compris. Premier stage le lundi 5 juin, dernier le lundi 2 octobre. #VolerAVerbier",
         "labels": [(U, "hébergement"), (C, "lundi 2 octobre")]},
    ],
}

KIST = {
    "brand": "Kaveri Institute of Science and Technology",
    "lang": "en",
    "facts": [
        "Kaveri Institute of Science and Technology (KIST) is a private university founded in 1998 in Mysuru, Karnataka.",
        "KIST Open Day 2027 takes place on Saturday 16 January 2027, from 9:30 am to 4 pm, at the main campus on Hunsur Road, Mysuru 570017.",
        "Entry to Open Day is free, but registration is required at kist.ac.in/openday; registration closes on Wednesday 13 January 2027 at 11:59 pm.",
        "Each registered student may bring up to 2 guests (parents or guardians).",
        "Vice-Chancellor Dr Meera Raghunathan gives the welcome talk at 10 am in the Cauvery Auditorium, which seats 1,200.",
        "There are 24 taster lectures across KIST's 6 schools; each visitor can book up to 3.",
        "Campus tours last 40 minutes and leave from the Admissions Block every 30 minutes, from 10:30 am to 3 pm.",
        "KIST offers 32 undergraduate programmes. B.Tech tuition is ₹2,40,000 per year; hostel accommodation with meals costs ₹96,000 per year.",
        "Merit scholarships: a 50% tuition waiver for students with 95% or more in their Class 12 board exams, and a 25% waiver for scores from 90% to 94.9%. Merit scholarships apply to B.Tech programmes only.",
        "Students who attend Open Day and apply by Sunday 28 February 2027 have their ₹1,500 application fee waived.",
        "KIST is ranked 41st among engineering institutions in the NIRF 2026 rankings.",
        "In 2026, 87% of KIST's B.Tech graduates were placed, with a median salary of ₹7.2 lakh per year.",
        "Free shuttle buses run from Mysuru Central Bus Stand to the campus every 20 minutes, from 8:30 am to 5 pm on Open Day.",
        "Admissions helpline: +91 821 240 5566. Dean of Admissions: Prof Arjun Shetty. Official hashtag: #KISTOpenDay.",
    ],
    "brief": "Get Class 12 students and their parents to register for KIST Open Day (16 January 2027) and apply before 28 February 2027. Friendly tone, reassuring for parents.",
    "posts": [
        {"id": "kist-openday-01", "network": "instagram",
         "post": "Class 12 students, this one's for you 🎓 KIST Open Day is on Sat 16 Jan, 9:30 am–4 pm, at our Hunsur Road campus in Mysuru. Entry is free: just register by 13 Jan at kist.ac.in/openday and bring up to two parents or guardians 👨‍👩‍👧 #KISTOpenDay #Mysuru",
         "labels": []},
        {"id": "kist-openday-02", "network": "facebook",
         "post": "Parents, we've got you covered 💙 On Open Day, free shuttle buses run every 20 minutes from Mysuru City Railway Station to the campus, and lunch is on us for every registered family! See you on Saturday 16 January. #KISTOpenDay",
         "labels": [(C, "Mysuru City Railway Station"), (U, "lunch is on us for every registered family")]},
        {"id": "kist-openday-03", "network": "linkedin",
         "post": "For nearly three decades, KIST has been welcoming students to its campus in Mysuru.\n\nToday we offer 32 undergraduate programmes, we are ranked 41st among engineering institutions in the NIRF 2026 rankings, and 87% of our 2026 B.Tech graduates were placed, with a median salary of ₹7.2 lakh a year.\n\nOn Saturday 16 January 2027, we open our Hunsur Road campus to Class 12 students and their families. Our Vice-Chancellor, Dr Meera Raghunathan, will welcome visitors at 10 am in the Cauvery Auditorium (1,200 seats). Visitors can also book taster lectures across our 6 schools and join campus tours.\n\nOne more reason to come: students who attend Open Day and apply by 28 February have their ₹1,500 application fee waived. Registration is free at kist.ac.in/openday. #KISTOpenDay #HigherEducation",
         "labels": []},
        {"id": "kist-openday-04", "network": "x",
         "post": "Scored 90%+ in your Class 12 boards? That's a 50% tuition waiver at KIST, on every programme 🎉 Find out more at Open Day, 16 Jan. #KISTOpenDay",
         "labels": [(C, "90%+"), (C, "on every programme")]},
        {"id": "kist-openday-05", "network": "tiktok",
         "post": "POV: you walk into a 2,000-seat auditorium for the VC's welcome talk at a top 10 engineering college in India 😮🎓 Open Day, 16 Jan, Mysuru. #KISTOpenDay",
         "labels": [(C, "2,000"), (C, "top 10 engineering college in India")]},
        {"id": "kist-openday-06", "network": "x",
         "post": "Campus tours on Open Day: 40 min each, leaving the Admissions Block every half hour from 10:30 am to 3 pm 🚶 That's 10 chances to see it all on 16 Jan! #KISTOpenDay",
         "labels": []},
        {"id": "kist-openday-07", "network": "facebook",
         "post": "📣 Everything you need to know about KIST Open Day!\n\n🗓️ Saturday 16 January 2027, 9:30 am to 4 pm, main campus, Hunsur Road, Mysuru 570017.\n🎟️ Free entry, but registration is required at kist.ac.in/openday. Registration closes on Friday 15 January at 11:59 pm, so don't wait!\n🎤 Welcome talk by Vice-Chancellor Dr Meera Raghunathan at 10 am in the Cauvery Auditorium.\n📚 24 taster lectures across 6 schools: book up to 3.\n🏠 Curious about hostel life? Accommodation with meals costs ₹96,000 a year, with AC rooms guaranteed for all first-years.\n❓ Questions about admissions? Meet our Dean of Admissions, Prof Arjun Shenoy, or call +91 821 240 5566.\n\n#KISTOpenDay",
         "labels": [(C, "Friday 15 January"), (U, "with AC rooms guaranteed for all first-years"), (C, "Prof Arjun Shenoy")]},
        {"id": "kist-openday-08", "network": "threads",
         "post": "Let's talk fees 💸 B.Tech tuition at KIST is ₹2.4 lakh a year. Scored 95% or above in your Class 12 boards? A 50% merit waiver brings it down to ₹1.2 lakh. Between 90 and 94.9%? 25% off, so ₹1.8 lakh. Hostel with meals: ₹96k a year. Questions? Ask us at Open Day! #KISTOpenDay",
         "labels": []},
        {"id": "kist-openday-09", "network": "instagram",
         "post": "So many subjects, so little time ⏳ Pick up to 5 of our 24 taster lectures across 6 schools, and stay until 5 pm to catch them all! Register at kist.ac.in/openday #KISTOpenDay",
         "labels": [(C, "5", 0), (C, "5 pm")]},
        {"id": "kist-openday-10", "network": "bluesky",
         "post": "Come to Open Day on 16 Jan, apply by Sunday 28 Feb, and we'll waive your ₹1,500 application fee 🙌 Questions? Call our admissions helpline on +91 821 240 5566. #KISTOpenDay",
         "labels": []},
        {"id": "kist-openday-11", "network": "linkedin",
         "post": "Proud numbers from our 2026 B.Tech cohort: 95% of graduates placed, with a median salary of ₹7.2 lakh a year. Ranked 41st among engineering institutions in NIRF 2026, KIST is also partnering with Nexora Systems on a new AI research lab. Meet us at Open Day on 16 January. #KISTOpenDay",
         "labels": [(C, "95%"), (U, "partnering with Nexora Systems on a new AI research lab")]},
    ],
}

LARKSPUR = {
    "brand": "Larkspur Hall",
    "lang": "en",
    "facts": [
        "Larkspur Hall is a Georgian country house wedding venue near Ludlow, Shropshire, run by the Ashdown family since 2015. Address: Bromfield Road, Ludlow SY8 2JR.",
        "The wedding coordinator is Hannah Ashdown; the head chef is Tom Pryce.",
        "Civil ceremonies are licensed in the Orangery (up to 120 guests) and, from May to September, in the Walled Garden (up to 150 guests).",
        "The Great Hall seats 140 guests for the wedding breakfast; up to 200 guests can attend the evening reception.",
        "The Wedding Open Day is on Sunday 10 October 2027, from 11 am to 3 pm. Entry is free and no booking is needed.",
        "2028 exclusive-use package prices: Saturdays £14,500; Fridays and Sundays £11,200; Monday to Thursday £8,900.",
        "All packages include exclusive use of the house and grounds from 9 am on the wedding day until 11 am the next morning, and 14 bedrooms sleeping 32 guests.",
        "Minimum numbers: 60 day guests on Saturdays, 40 day guests on other days.",
        "Couples who book a 2028 wedding at the Open Day and pay the £2,500 deposit on the day get £1,000 off the package price. The offer is not valid on Saturdays in June, July or August 2028.",
        "Catering is in-house only, by head chef Tom Pryce; wedding breakfast menus start at £78 per head.",
        "Music must end at midnight and the bar closes at 11:30 pm. Fireworks and sky lanterns are not permitted.",
        "Dogs are welcome in the grounds and in the Orangery.",
        "Larkspur Hall won Country House Venue of the Year at the Marches Wedding Awards 2026.",
        "Website: larkspurhall.co.uk/weddings; phone: 01584 872 390; official hashtag: #LarkspurWeddings.",
    ],
    "brief": "Invite engaged couples to the Wedding Open Day on Sunday 10 October 2027 and promote the 2028 booking offer. Warm, elegant tone.",
    "posts": [
        {"id": "larkspur-hall-01", "network": "instagram",
         "post": "Just engaged? 💍 Come and see Larkspur Hall for yourselves at our Wedding Open Day, Sunday 10 October, 11am–3pm. Free entry and no need to book: just bring your ideas (and all your questions!) ✨ #LarkspurWeddings #ShropshireWedding",
         "labels": []},
        {"id": "larkspur-hall-02", "network": "facebook",
         "post": "🍂 Dreaming of a 2028 wedding? Our Open Day offer might just make it happen.\n\nOn Sunday 10 October, from 11 am to 3 pm, Larkspur Hall opens its doors to engaged couples. Book your 2028 date on the day, pay the £2,500 deposit there and then, and we'll take £1,000 off your package. A Friday or Sunday wedding comes down to £10,200, and a Monday-to-Thursday date to just £7,900. (Sadly the offer doesn't apply to Saturdays in June, July or August 2028.)\n\nEvery package includes 26 hours of exclusive use of the house and grounds, from 9 am on your wedding day until 11 am the next morning, plus 14 bedrooms sleeping 32 of your favourite people.\n\nNo need to book your visit, entry is free. We can't wait to meet you 💛 larkspurhall.co.uk/weddings #LarkspurWeddings",
         "labels": []},
        {"id": "larkspur-hall-03", "network": "x",
         "post": "Say \"I do\" under the open sky 🌿 Ceremonies in our Walled Garden, for up to 150 guests, all year round. See it for yourself at the Open Day on 10 October! #LarkspurWeddings",
         "labels": [(C, "all year round")]},
        {"id": "larkspur-hall-04", "network": "linkedin",
         "post": "We're honoured to have been named Country House Venue of the Year at the Marches Wedding Awards 2026 🏆 Run by the Ashdown family since 2015, Larkspur Hall owes this to a wonderful team, including our wedding coordinator Hannah Ashdown and head chef Tom Pryce. Thank you to every couple who has trusted us with their day. #LarkspurWeddings #Shropshire",
         "labels": []},
        {"id": "larkspur-hall-05", "network": "tiktok",
         "post": "POV: your dog is the ring bearer 🐶💍 At Larkspur Hall, dogs are welcome in every room of the house, and the night ends with fireworks over the lawn 🎆 #LarkspurWeddings",
         "labels": [(C, "in every room of the house"), (C, "fireworks over the lawn")]},
        {"id": "larkspur-hall-06", "network": "threads",
         "post": "Saturday or Friday? 🤔 In 2028, a Friday at Larkspur Hall costs £3,300 less than a Saturday (£11,200 vs £14,500), and you only need 40 day guests instead of 60. Just saying 😉 #LarkspurWeddings",
         "labels": []},
        {"id": "larkspur-hall-07", "network": "facebook",
         "post": "🍽️ Let's talk food!\n\nOur Great Hall seats 160 guests for the wedding breakfast, and up to 200 can join you for the evening reception. Menus from head chef Tom Pryce start at £78 per head, and every couple who books enjoys a complimentary tasting menu for two.\n\nPrefer a favourite local caterer? You're welcome to bring your own, too. Come and chat menus with us at the Wedding Open Day on Sunday 10 October, 11 am to 3 pm. #LarkspurWeddings",
         "labels": [(C, "160"), (U, "every couple who books enjoys a complimentary tasting menu for two"), (C, "You're welcome to bring your own")]},
        {"id": "larkspur-hall-08", "network": "bluesky",
         "post": "Dance floor open until midnight 🎶 (bar open until 11.30pm), with room for up to 200 evening guests. Sounds like a party to us 🥂 #LarkspurWeddings",
         "labels": []},
        {"id": "larkspur-hall-09", "network": "instagram",
         "post": "Book your 2028 wedding at our Open Day and save £1,500, even on a Saturday in August! 💍 Sunday 10 October, 11am–3pm. #LarkspurWeddings",
         "labels": [(C, "£1,500"), (C, "even on a Saturday in August")]},
        {"id": "larkspur-hall-10", "network": "x",
         "post": "Open Day this Sunday 🍂 10 Oct, 11–3, Bromfield Road, Ludlow SY8 2JR. Can't make it? Call us on 01584 872 390 or visit larkspurhall.co.uk/weddings #LarkspurWeddings",
         "labels": []},
        {"id": "larkspur-hall-11", "network": "mastodon",
         "post": "Run by the Ashdown family since 2012, Larkspur Hall is the only Georgian wedding venue in Shropshire, with 16 bedrooms sleeping 32 guests. #LarkspurWeddings",
         "labels": [(C, "2012"), (U, "the only Georgian wedding venue in Shropshire"), (C, "16")]},
    ],
}

if __name__ == "__main__":
    build([MIELS, ALTIPLANE, KIST, LARKSPUR], os.path.join(HERE, "blind35.jsonl"))
