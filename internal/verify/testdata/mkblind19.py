"""
Blind verify set 19: four fictional brands, 11 posts each (44 posts), written blind.

Written blind: the author read only the dev.jsonl conventions, dev.jsonl itself and
mkblind_common.py, never the engine, the other sets or their reports.

Brands and sectors:
  - Lexiport (fr, Nantes): B2B translation and interpreting agency, June welcome offer
    and an export webinar.
  - Observatoire des Causses (fr, Aveyron): association-run public observatory, summer
    observing nights and a Perseids night.
  - Banksia Vale Cricket Club (en, Adelaide, Australia): community cricket club,
    registrations for its 75th season.
  - Kestrel Shield (en, Leeds, UK): managed cyber security provider for SMEs, February
    Cyber Essentials offer and a client summit.

Calendar checks (Python's calendar module, calendar.weekday):
  2026-06-01 Monday, 2026-06-11 Thursday, 2026-06-30 Tuesday;
  2026-07-03 Friday, 2026-08-28 Friday, 2026-08-12 Wednesday, 2026-08-13 Thursday;
  Tuesdays and Fridays from 3 Jul to 28 Aug 2026 inclusive: 9 Fridays + 8 Tuesdays = 17;
  2026-08-29 Saturday, 2026-09-13 Sunday, 2026-09-20 Sunday, 2026-10-09 Friday,
  2026-10-16 Friday; 8 Fridays from 16 Oct 2026: 16, 23, 30 Oct, 6, 13, 20, 27 Nov,
  4 Dec (2026-12-04 Friday);
  2027-02-01 Monday, 2027-02-26 Friday, 2027-02-28 Sunday, 2027-03-11 Thursday.
Arithmetic used by clean posts: 2026 - 2004 = 22 (plus de vingt ans); 0,19 - 0,14 = 0,05;
1 500 x 0,19 = 285; 1 500 x 0,14 = 210; 2026 - 2019 = 7; 2 x 14 + 2 x 8 = 44;
2026 - 1986 = 40; 820 mm = 82 cm; 21h to 3h = six hours; 45 min = trois quarts d'heure;
260 - 234 = 26; 140 - 126 = 14; 9 + 2 = 11 senior teams, 11 + 14 = 25 teams;
5 pm to 6 pm = an hour; 495 - 396 = 99; 2027 - 2015 = 12 (more than a decade);
1,240 > 1,200.
Span choices where the conventions leave room: a shifted date is labelled with its weekday
only when the weekday also differs from the fact's (jeudi 13 août for mercredi 12 août;
Sunday 28 February for Friday 26 February; but 20 September for Sunday 13 September);
a false bound is labelled on its bare value (500 in "plus de 500 clients", 200 in "plus
de 200 places", 10 minutes in "under 10 minutes"); an invented offer keeps its condition.

Run from anywhere: python3 internal/verify/testdata/mkblind19.py [--numbers]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mkblind_common import build  # noqa: E402

LEXIPORT = {
    "brand": "Lexiport",
    "lang": "fr",
    "facts": [
        "Lexiport est une agence de traduction et d'interprétation pour les entreprises, fondée en 2004 à Nantes par Claire Le Goff.",
        "Le siège de Lexiport se trouve au 14 quai de la Fosse, à Nantes.",
        "L'agence s'appuie sur un réseau de 320 traducteurs professionnels, qui traduisent uniquement vers leur langue maternelle.",
        "Lexiport traduit dans 45 langues.",
        "Lexiport est certifiée ISO 17100 depuis 2019.",
        "La traduction standard est facturée 0,14 € HT par mot ; la formule Express (livraison sous 24 h, pour les documents de moins de 2 000 mots) est facturée 0,19 € HT par mot.",
        "Chaque traduction est relue par un second linguiste, sans supplément.",
        "Du lundi 1er juin au mardi 30 juin 2026, les nouveaux clients bénéficient de 15 % de remise sur leur première commande avec le code BIENVENUE15, pour toute commande d'au moins 500 mots.",
        "Le webinaire gratuit « Exporter en Allemagne : adapter ses contenus » a lieu le jeudi 11 juin 2026 de 11h à 12h, sur inscription sur lexiport.fr/webinaire ; il est animé par Matthias Vogel, chef de projet langue allemande.",
        "Une demi-journée d'interprétation consécutive est facturée 450 € HT.",
        "En 2025, Lexiport a traduit 6,2 millions de mots pour 410 clients.",
        "Les devis sont gratuits et envoyés sous 2 heures ouvrées, sur lexiport.fr/devis.",
        "Le hashtag de la campagne est #LexiportExport.",
    ],
    "brief": "Promouvoir l'offre de bienvenue de juin 2026 auprès des PME exportatrices et faire connaître le webinaire du 11 juin, sur un ton professionnel et accessible.",
    "posts": [
        {
            "id": "lexiport-01", "network": "linkedin",
            "post": "Vous exportez ? Vos contenus doivent parler la langue de vos clients 🌍 Depuis plus de vingt ans, Lexiport accompagne les entreprises depuis Nantes : 320 traducteurs professionnels, qui ne traduisent que vers leur langue maternelle, et 45 langues couvertes. Tout le mois de juin, les nouveaux clients profitent de -15 % sur leur première commande (dès 500 mots) avec le code BIENVENUE15. Devis gratuit en 2 h ouvrées 👉 lexiport.fr/devis #LexiportExport",
        },
        {
            "id": "lexiport-02", "network": "instagram",
            "post": "🇩🇪 Le marché allemand vous tend les bras ? Rendez-vous jeudi 11/06 à 11h pour une heure de webinaire avec Matthias Vogel, notre chef de projet langue allemande, pour apprendre à adapter vos contenus au public allemand. C'est gratuit, il suffit de s'inscrire 👉 lexiport.fr/webinaire ☕ Prenez un café, on s'occupe du reste ! #LexiportExport #export",
        },
        {
            "id": "lexiport-03", "network": "x",
            "post": "Webinaire gratuit « Exporter en Allemagne » ce mardi 11 juin à 11h avec Matthias Vogel 🇩🇪 Replay envoyé à tous les inscrits ! lexiport.fr/webinaire #LexiportExport",
            "labels": [
                ("contradicted", "mardi 11 juin"),
                ("unsupported", "Replay envoyé à tous les inscrits"),
            ],
        },
        {
            "id": "lexiport-04", "network": "facebook",
            "post": "Express ou standard ? 🤔 Pour une notice de 1 500 mots à traduire vite, la formule Express vous la livre en 24 h, à 0,19 € HT le mot. Pas pressé ? La traduction standard reste à 0,14 € HT, soit 5 centimes de moins par mot : 285 € HT en Express contre 210 € HT en standard. Dans les deux cas, un second linguiste relit votre traduction, sans supplément 👌 lexiport.fr/devis",
        },
        {
            "id": "lexiport-05", "network": "linkedin",
            "post": "Fondée en 2004 à Nantes par Claire Le Gall, Lexiport a traduit l'an dernier 6,2 millions de mots pour plus de 500 clients. Certifiée ISO 17100 depuis 2019, l'agence est aujourd'hui la première agence de traduction de l'Ouest. #LexiportExport",
            "labels": [
                ("contradicted", "Claire Le Gall"),
                ("contradicted", "500"),
                ("unsupported", "la première agence de traduction de l'Ouest"),
            ],
        },
        {
            "id": "lexiport-06", "network": "tiktok",
            "post": "POV : ta fiche produit traduite en 24 h chrono 🤯 Formule Express à 0,17 € HT le mot, relecture comprise, et livraison le samedi incluse ! #LexiportExport #traduction",
            "labels": [
                ("contradicted", "0,17 €"),
                ("unsupported", "livraison le samedi incluse"),
            ],
        },
        {
            "id": "lexiport-07", "network": "instagram",
            "post": "Derrière chaque traduction, deux paires d'yeux 👀 D'abord un traducteur professionnel qui travaille vers sa langue maternelle, puis un second linguiste qui relit tout, sans frais en plus. Certifiés ISO 17100 depuis sept ans, on ne transige pas avec la qualité ✅ #LexiportExport",
        },
        {
            "id": "lexiport-08", "network": "facebook",
            "post": "🎁 Nouveau client ? Profitez de 20 % de remise sur votre première commande jusqu'au 30 juin avec le code BIENVENUE15, sans minimum de mots ! Devis gratuit sous 2 h ouvrées sur lexiport.fr/devis #LexiportExport",
            "labels": [
                ("contradicted", "20 %"),
                ("contradicted", "sans minimum de mots"),
            ],
        },
        {
            "id": "lexiport-09", "network": "x",
            "post": "Plus de 6 millions de mots traduits l'an dernier pour 410 entreprises 📈 Merci à chacune d'entre elles ! Et vous, quelle langue vous manque pour conquérir votre prochain marché ? #LexiportExport",
        },
        {
            "id": "lexiport-10", "network": "linkedin",
            "post": "Salon, négociation, visite d'usine : nos interprètes vous accompagnent. La demi-journée d'interprétation consécutive est à 405 € HT, frais de déplacement inclus. Un réseau de 320 traducteurs dans 54 langues, piloté depuis notre siège du 14 quai de la Fosse à Nantes. #LexiportExport",
            "labels": [
                ("contradicted", "405 €"),
                ("unsupported", "frais de déplacement inclus"),
                ("contradicted", "54"),
            ],
        },
        {
            "id": "lexiport-11", "network": "threads",
            "post": "Petit rappel du lundi ☀️ Il vous reste tout le mois pour tester Lexiport : -15 % sur une première commande d'au moins 500 mots avec BIENVENUE15, jusqu'au mardi 30 juin. Et le devis, lui, est toujours gratuit 😉 lexiport.fr/devis",
        },
    ],
}

CAUSSES = {
    "brand": "Observatoire des Causses",
    "lang": "fr",
    "facts": [
        "L'Observatoire des Causses est un observatoire astronomique géré par une association loi 1901 fondée en 1986 ; il est situé à 812 m d'altitude sur le causse du Larzac, à Nant (Aveyron).",
        "Son télescope principal, doté d'un miroir de 820 mm de diamètre, est le plus grand télescope ouvert au public en Occitanie.",
        "Du vendredi 3 juillet au vendredi 28 août 2026, des soirées d'observation ont lieu chaque mardi et chaque vendredi, de 21h30 à minuit.",
        "L'entrée aux soirées d'observation coûte 14 € pour les adultes et 8 € pour les 6-17 ans ; elle est gratuite pour les moins de 6 ans et pour les adhérents de l'association.",
        "La Nuit des Perséides a lieu le mercredi 12 août 2026, de 21h à 3h du matin ; l'entrée coûte 18 € et une boisson chaude est offerte à minuit.",
        "La Nuit des Perséides est limitée à 150 participants.",
        "Le planétarium de 60 places propose des séances de 45 minutes, chaque jour à 15h et à 17h en juillet et en août, au prix de 7 €.",
        "L'association compte 35 bénévoles ; sa présidente est l'astronome Sylvie Marchand.",
        "Les soirées d'observation sont animées par Karim Benali, médiateur scientifique.",
        "L'adhésion annuelle à l'association coûte 30 €.",
        "En cas de ciel couvert, une soirée d'observation est remplacée par une séance au planétarium, ou remboursée sur demande.",
        "La réservation est obligatoire sur observatoire-causses.fr/reserver.",
        "Le hashtag de l'été est #NuitsDesCausses.",
    ],
    "brief": "Remplir les soirées d'observation de l'été 2026 et la Nuit des Perséides du 12 août, auprès des familles et des vacanciers, sur un ton enthousiaste et pédagogique.",
    "posts": [
        {
            "id": "observatoire-causses-01", "network": "instagram",
            "post": "🔭 Cet été, on vous ouvre le ciel ! Tous les mardis et vendredis, du 3 juillet au 28 août, venez observer les étoiles avec nous de 21h30 à minuit. 17 soirées pour en prendre plein les yeux ✨ Réservation obligatoire 👉 observatoire-causses.fr/reserver #NuitsDesCausses",
        },
        {
            "id": "observatoire-causses-02", "network": "facebook",
            "post": "Les étoiles, c'est en famille que ça se partage 👨‍👩‍👧‍👦 Pour une soirée d'observation, comptez 14 € par adulte et 8 € par enfant de 6 à 17 ans, et c'est gratuit pour les tout-petits de moins de 6 ans. Exemple : deux parents et deux ados, 44 € la soirée sous les étoiles. Et s'il fait gris ? Pas de panique : planétarium à la place, ou remboursement si vous préférez ☁️ #NuitsDesCausses",
        },
        {
            "id": "observatoire-causses-03", "network": "x",
            "post": "☄️ Nuit des Perséides le jeudi 13 août, de 21h à 3h ! 18 € l'entrée, boisson chaude offerte à minuit et plus de 200 places disponibles 👉 observatoire-causses.fr/reserver #NuitsDesCausses",
            "labels": [
                ("contradicted", "jeudi 13 août"),
                ("contradicted", "200"),
            ],
        },
        {
            "id": "observatoire-causses-04", "network": "linkedin",
            "post": "Depuis 40 ans, l'Observatoire des Causses fait vivre l'astronomie sur le Larzac grâce à l'engagement de 35 bénévoles 🙏 Notre association, présidée par l'astronome Sylvie Marchand, accueille cet été le public deux soirs par semaine autour du plus grand télescope ouvert au public d'Occitanie : un miroir de 82 cm ! Envie de nous soutenir ? L'adhésion annuelle est à 30 €, et elle vous ouvre gratuitement les portes des soirées d'observation. #NuitsDesCausses",
        },
        {
            "id": "observatoire-causses-05", "network": "tiktok",
            "post": "POV : tu colles ton œil au plus grand télescope de France 🔭😱 Soirées tous les mardis et jeudis à l'Observatoire des Causses, de 21h30 à minuit ! #NuitsDesCausses",
            "labels": [
                ("unsupported", "plus grand télescope de France"),
                ("contradicted", "jeudis"),
            ],
        },
        {
            "id": "observatoire-causses-06", "network": "facebook",
            "post": "Trop chaud pour une rando cet après-midi ? 🥵 Réfugiez-vous au planétarium ! 60 fauteuils, trois quarts d'heure la tête dans les étoiles, à 15h ou à 17h tous les jours en juillet et en août. 7 € la séance. #NuitsDesCausses",
        },
        {
            "id": "observatoire-causses-07", "network": "instagram",
            "post": "Ce soir, c'est Karim Benalli qui vous guide entre les constellations 🌌 Soirée d'observation de 21h30 à 1h, 14 € par adulte, et gratuit pour les moins de 12 ans ! #NuitsDesCausses",
            "labels": [
                ("contradicted", "Karim Benalli"),
                ("contradicted", "1h", 1),
                ("contradicted", "12 ans"),
            ],
        },
        {
            "id": "observatoire-causses-08", "network": "x",
            "post": "Nuages annoncés ce vendredi ? ☁️ Pas d'inquiétude : si le ciel est couvert, la soirée d'observation se transforme en séance au planétarium, ou on vous rembourse sur simple demande. Bref, vous ne repartirez pas bredouilles 😉 #NuitsDesCausses",
        },
        {
            "id": "observatoire-causses-09", "network": "linkedin",
            "post": "Fondé en 1968, l'Observatoire des Causses est labellisé « Réserve internationale de ciel étoilé ». Cet été, nos 35 bénévoles et l'astronome Sylvie Marchand, présidente de l'association, accueilleront plus de 5 000 visiteurs. #NuitsDesCausses",
            "labels": [
                ("contradicted", "1968"),
                ("unsupported", "labellisé « Réserve internationale de ciel étoilé »"),
                ("unsupported", "plus de 5 000 visiteurs"),
            ],
        },
        {
            "id": "observatoire-causses-10", "network": "threads",
            "post": "Le 12 août, on veille ensemble jusqu'au petit matin ☄️ La Nuit des Perséides, c'est six heures sous les étoiles filantes, de 21h à 3h, avec une boisson chaude offerte à minuit pour tenir le coup. 18 € l'entrée, et seulement 150 places : ne traînez pas ! observatoire-causses.fr/reserver #NuitsDesCausses",
        },
        {
            "id": "observatoire-causses-11", "network": "facebook",
            "post": "Planétarium : séances de 45 minutes tous les jours à 15h et 17h en juillet-août, à 5 € la séance 🌍 Et pour les groupes de plus de 10 personnes, une visite guidée de la coupole est offerte ! #NuitsDesCausses",
            "labels": [
                ("contradicted", "5 €"),
                ("unsupported", "pour les groupes de plus de 10 personnes, une visite guidée de la coupole est offerte"),
            ],
        },
    ],
}

BANKSIA = {
    "brand": "Banksia Vale Cricket Club",
    "lang": "en",
    "facts": [
        "Banksia Vale Cricket Club is a community cricket club in Adelaide, South Australia, founded in 1952.",
        "The 2026/27 season is the club's 75th.",
        "Registration Day is on Saturday 29 August 2026, from 10 am to 1 pm, at the clubrooms at Banksia Vale Oval, 12 Cotter Street, Banksia Vale.",
        "Season fees are $260 for seniors and $140 for juniors (under 10 to under 17); a family's total fees are capped at $480.",
        "Fees paid by Sunday 13 September 2026 get a 10% early-bird discount ($234 for seniors, $126 for juniors).",
        "Every junior registration includes a club cap.",
        "The club fields 9 senior men's teams, 2 senior women's teams and 14 junior teams.",
        "The club's women's program started in 2019 and is run by coach Priya Raman.",
        "The head coach is Daniel Whitfield, a former South Australian state player.",
        "Junior Blast, for children aged 5 to 10, runs on Friday evenings from 5 pm to 6 pm for 8 weeks from 16 October 2026, and costs $95.",
        "The twilight T20 season opener against Glenelg Hills is on Friday 9 October 2026 at 6 pm at Banksia Vale Oval; entry is by gold coin donation.",
        "The ground has two turf wickets and six practice nets.",
        "Registrations are made at banksiavalecc.com.au/register.",
        "The official hashtag is #BanksiaVale75.",
    ],
    "brief": "Drive player registrations for the 2026/27 season, the club's 75th, by promoting Registration Day on 29 August and the early-bird discount, in a friendly community tone.",
    "posts": [
        {
            "id": "banksia-vale-01", "network": "facebook",
            "post": "75 seasons of Banksia Vale cricket 🏏💚 Come and celebrate the big one with us! Registration Day is Saturday 29 August, 10am–1pm at the clubrooms on Cotter Street. Seniors $260, juniors $140, and no family pays more than $480 for the season. Sign up at banksiavalecc.com.au/register #BanksiaVale75",
        },
        {
            "id": "banksia-vale-02", "network": "instagram",
            "post": "Beat the early-bird deadline and save 💸 Pay your season fees by Sunday 13 September and seniors save $26, juniors save $14. More money for a new bat grip 😄 banksiavalecc.com.au/register #BanksiaVale75",
        },
        {
            "id": "banksia-vale-03", "network": "x",
            "post": "Registration Day is this Sunday 29 August, 10am–1pm at Banksia Vale Oval 🏏 Every new player gets a free club shirt! #BanksiaVale75",
            "labels": [
                ("contradicted", "Sunday 29 August"),
                ("unsupported", "Every new player gets a free club shirt"),
            ],
        },
        {
            "id": "banksia-vale-04", "network": "linkedin",
            "post": "Founded in 1952, Banksia Vale Cricket Club heads into its 75th season with 25 teams: 11 senior sides, two of them women's teams, plus 14 junior teams. Head coach Daniel Whitfield, a former South Australian state player, leads the program. Registrations: banksiavalecc.com.au/register #BanksiaVale75 #cricket",
        },
        {
            "id": "banksia-vale-05", "network": "tiktok",
            "post": "POV: it's 5pm on a Friday and your 5-year-old is smashing boundaries at Junior Blast 🏏😂 Ages 5 to 12, ten weeks of fun for $95! #BanksiaVale75",
            "labels": [
                ("contradicted", "12"),
                ("contradicted", "ten weeks"),
            ],
        },
        {
            "id": "banksia-vale-06", "network": "facebook",
            "post": "Got a little one aged 5 to 10 who can't stop swinging the bat in the backyard? 🏏 Junior Blast kicks off on Friday 16 October: an hour of cricket fun every Friday from 5pm, eight weeks through to 4 December, all for $95. Register at banksiavalecc.com.au/register",
        },
        {
            "id": "banksia-vale-07", "network": "instagram",
            "post": "Season opener ⚡ Twilight T20 vs Glenelg Hills on Friday 9 October, 6:30pm at Banksia Vale Oval. Gold coin entry, and the first 200 fans get a free sausage sizzle! #BanksiaVale75",
            "labels": [
                ("contradicted", "6:30pm"),
                ("unsupported", "the first 200 fans get a free sausage sizzle"),
            ],
        },
        {
            "id": "banksia-vale-08", "network": "x",
            "post": "Season number 75 is almost here 🏏 Registration Day: Sat 29 Aug, 10–1, clubrooms at Banksia Vale Oval. Juniors, every registration comes with a club cap 🧢 #BanksiaVale75",
        },
        {
            "id": "banksia-vale-09", "network": "linkedin",
            "post": "Since 1952, Banksia Vale Cricket Club has grown into one of South Australia's largest community clubs, with 28 teams this season. Our women's program, started in 2019 and run by coach Priya Ramen, now fields two teams. #BanksiaVale75",
            "labels": [
                ("unsupported", "one of South Australia's largest community clubs"),
                ("contradicted", "28"),
                ("contradicted", "Priya Ramen"),
            ],
        },
        {
            "id": "banksia-vale-10", "network": "threads",
            "post": "Our ground in a nutshell: two turf wickets, six practice nets and a club about to start its 75th season 😄 Come and be part of the next chapter. Registration Day is Saturday 29 August from 10am. #BanksiaVale75",
        },
        {
            "id": "banksia-vale-11", "network": "facebook",
            "post": "Early-bird ends Sunday 20 September! Pay your fees by then and save 15%: seniors $234, juniors $126. Family fees are capped at $480. banksiavalecc.com.au/register #BanksiaVale75",
            "labels": [
                ("contradicted", "20 September"),
                ("contradicted", "15%"),
            ],
        },
    ],
}

KESTREL = {
    "brand": "Kestrel Shield",
    "lang": "en",
    "facts": [
        "Kestrel Shield is a managed cyber security provider for small and medium-sized businesses, founded in Leeds in 2015 by Hannah Okafor and Tom Reid.",
        "Kestrel Shield protects 1,240 businesses across the UK.",
        "Its security operations centre in Leeds is staffed 24/7 by 38 analysts.",
        "In 2026, the average response time to a critical alert was 12 minutes.",
        "The Cyber Essentials certification package costs £495 + VAT; the Cyber Essentials Plus package costs £1,450 + VAT.",
        "From Monday 1 February to Friday 26 February 2027, new clients get 20% off the Cyber Essentials package (£396 + VAT); the offer cannot be combined with any other offer.",
        "The Managed Detection plan costs £12 per user per month, with a minimum of 10 users.",
        "Kestrel Shield is ISO 27001 certified.",
        "Kestrel Shield won Cyber Security Company of the Year at the Northern Tech Awards 2025.",
        "The Kestrel Shield Summit 2027 takes place on Thursday 11 March 2027, from 9 am to 4 pm, at the Royal Armouries in Leeds.",
        "Summit tickets are free for Kestrel Shield clients and cost £75 + VAT for others; the keynote is given by Dr Fiona Marsh, Kestrel Shield's head of threat research.",
        "Any business can book a free 30-minute security review call at kestrelshield.co.uk/review.",
        "The official hashtag is #ShieldUp.",
    ],
    "brief": "Promote the February 2027 Cyber Essentials offer to UK SMEs and drive registrations for the Kestrel Shield Summit on 11 March 2027, in a clear, reassuring and professional tone.",
    "posts": [
        {
            "id": "kestrel-shield-01", "network": "linkedin",
            "post": "Cyber Essentials doesn't have to be a headache. Until 26 February, new clients can get our Cyber Essentials certification package for £396 + VAT instead of £495, a saving of £99. More than 1,200 UK businesses already rely on us to keep attackers out. Not sure where to start? Book a free 30-minute security review: kestrelshield.co.uk/review #ShieldUp",
        },
        {
            "id": "kestrel-shield-02", "network": "x",
            "post": "🔐 20% off Cyber Essentials until Sunday 28 February: just £396 + VAT for new clients, and you can stack it with our Managed Detection discount! #ShieldUp",
            "labels": [
                ("contradicted", "Sunday 28 February"),
                ("contradicted", "you can stack it with our Managed Detection discount"),
            ],
        },
        {
            "id": "kestrel-shield-03", "network": "instagram",
            "post": "Meet the people behind the screens 👀 38 analysts in our Leeds security operations centre, watching over our clients around the clock, every day of the year. Last year, when a critical alert fired, they were on it in 12 minutes on average ⏱️ #ShieldUp #cybersecurity",
        },
        {
            "id": "kestrel-shield-04", "network": "facebook",
            "post": "Small business owner? Your first security review is on us 🛡️ Book a free 60-minute security review call at kestrelshield.co.uk/review, and we'll also send you a free phishing test for your team. #ShieldUp",
            "labels": [
                ("contradicted", "60-minute"),
                ("unsupported", "we'll also send you a free phishing test for your team"),
            ],
        },
        {
            "id": "kestrel-shield-05", "network": "linkedin",
            "post": "Save the date: Kestrel Shield Summit 2027, Thursday 11 March at the Royal Armouries, Leeds 🗓️ A full day, 9am to 4pm, with a keynote from Dr Fiona Marsh, our head of threat research. Clients come free; for everyone else, it's £75 + VAT. See you there! #ShieldUp",
        },
        {
            "id": "kestrel-shield-06", "network": "tiktok",
            "post": "POV: your SME just got Cyber Essentials Plus for £1,150 🤯 The UK's No.1 cyber security provider for small businesses, protecting 1,240 companies. #ShieldUp",
            "labels": [
                ("contradicted", "£1,150"),
                ("unsupported", "The UK's No.1 cyber security provider for small businesses"),
            ],
        },
        {
            "id": "kestrel-shield-07", "network": "x",
            "post": "Award-winning 🏆 Cyber Security Company of the Year at the Northern Tech Awards 2024, ISO 27001 and ISO 9001 certified. Founded in 2015 by Hannah Okafor & Tom Reed. #ShieldUp",
            "labels": [
                ("contradicted", "2024"),
                ("unsupported", "ISO 9001"),
                ("contradicted", "Tom Reed"),
            ],
        },
        {
            "id": "kestrel-shield-08", "network": "linkedin",
            "post": "Managed Detection from just £10 per user per month, with a minimum of 5 users, so even the smallest teams get 24/7 protection from our Leeds SOC. #ShieldUp",
            "labels": [
                ("contradicted", "£10"),
                ("contradicted", "5"),
            ],
        },
        {
            "id": "kestrel-shield-09", "network": "threads",
            "post": "Fun fact: Hannah and Tom started Kestrel Shield in Leeds back in 2015, and more than a decade later we look after 1,240 businesses up and down the UK 💪 Still Yorkshire, still obsessed with keeping SMEs safe. Questions about Cyber Essentials? Ask away 👇 #ShieldUp",
        },
        {
            "id": "kestrel-shield-10", "network": "facebook",
            "post": "Join us at the Kestrel Shield Summit on Wednesday 11 March, 9am–4pm at the Royal Armouries in Leeds! Tickets are free for everyone, lunch included. #ShieldUp",
            "labels": [
                ("contradicted", "Wednesday 11 March"),
                ("contradicted", "free for everyone"),
                ("unsupported", "lunch included"),
            ],
        },
        {
            "id": "kestrel-shield-11", "network": "instagram",
            "post": "Critical alert at 3am? Our 38 analysts respond in under 10 minutes, guaranteed ⏱️ That's why 1,240 UK businesses trust Kestrel Shield. #ShieldUp",
            "labels": [
                ("contradicted", "10 minutes"),
                ("unsupported", "guaranteed"),
            ],
        },
    ],
}

if __name__ == "__main__":
    build([LEXIPORT, CAUSSES, BANKSIA, KESTREL], os.path.join(HERE, "blind19.jsonl"))
