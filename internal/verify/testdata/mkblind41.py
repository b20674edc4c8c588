"""Blind labelled set 41 for Vigie's Verify engine (44 posts, 22 clean).

Brands and sectors:
- Maki Boréal (fr, Québec): sushi restaurant chain, opening of its Sherbrooke restaurant.
- Les Petits Galets (fr, Belgium): nursery / crèche network, opening of its Liège crèche.
- Northword Translation (en, Canada): translation agency, opening of its Toronto office.
- Driftkelp Surfboards (en, South Africa): surfboard shaper e-shop, launch of The Supertube.

Calendar checks (datetime):
- Thu 15 Apr 2027 (Maki Sherbrooke opening); Fri 30 Apr 2027 (end of plateau offer);
  15-30 Apr 2027 = 16 days.
- Sat 22 May 2027 (open day); Tue 1 Jun 2027 and Wed 30 Jun 2027 (registration window =
  the whole month of June); Mon 30 Aug 2027 (Liège crèche opening).
- Mon 1 Mar 2027 (Toronto office opening); Wed 17 Mar 2027 (webinar, 16 days later, "just
  over two weeks"); Fri 30 Apr 2027 (end of NORTH15 offer).
- Tue 1 Jun 2027 (Supertube launch); Mon 14 Jun 2027 (end of launch price; 1-14 June =
  14 days = two weeks); Saturdays in 1-14 June 2027: 5 and 12 June (two Saturdays).
  Wrong weekdays used in errors: ven. 15 avril, dim. 22 mai, Thu March 17, Sun 14 June.

Arithmetic used by clean posts:
- Maki: 39,95 - 29,95 = 10 $ saved; 29,95 / 24 = 1,248 -> "environ 1,25 $ le morceau";
  17 + 1 = 18 restaurants from 15 April; 10 $ / 250 points (1 point per $) = 4 % back;
  29,95 $ < 30 $ ("moins de 30 $"); 2027 - 2015 = 12 ("douze ans plus tard"); "2es" = 2e.
- Petits Galets: 412 -> "plus de 400"; 14 / 42 = one third; 2027 - 2011 (not used in clean);
  1-30 June = "tout le mois de juin".
- Northword: 1,000 words x 0.24 = $240; 240 x 0.85 = $204 with NORTH15; rush +50 % =
  1.5x; 14.2 M -> "more than 14 million"; 1,180 -> "nearly 1,200"; 12 pm = noon.
- Driftkelp: 7,450 - 6,490 = R960 saved; 2026 = "last year" in a 2027 post.
- Error arithmetic: NW 14.2 M / 1,180 = ~12,034 (post says 20,000); DK saving R1,060
  (true R960); NW linguists 46 + 310 = 356 (post says "more than 400").

Written blind: I read only the brief, /work/shared/data/README.md (section "verify/dev.jsonl
conventions"), /work/shared/data/verify/dev.jsonl and mkblind_common.py; no engine code,
no other testdata, never ran vigie or go.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mkblind_common import build  # noqa: E402

C, U = "contradicted", "unsupported"

# ---------------------------------------------------------------- Maki Boréal
MAKI_FACTS = [
    "Maki Boréal est une chaîne de restaurants de sushis fondée en 2015 à Québec par Camille Tremblay et Kenji Arakawa.",
    "Avant l'ouverture de Sherbrooke, Maki Boréal compte 17 restaurants, tous situés au Québec.",
    "Le 18e restaurant Maki Boréal ouvre le jeudi 15 avril 2027 au 212, rue King Ouest, à Sherbrooke.",
    "Le restaurant de Sherbrooke compte 64 places assises et un comptoir pour emporter ; il est ouvert du mardi au dimanche, de 11 h 30 à 21 h 30.",
    "Le restaurant de Sherbrooke est dirigé par Annie Gagnon ; sa cuisine est confiée au chef sushi Hiro Matsuda, formé pendant 6 ans à Osaka.",
    "Du 15 au 30 avril 2027, le plateau Découverte (24 morceaux) est à 29,95 $ au lieu de 39,95 $ dans tous les restaurants Maki Boréal, pour emporter seulement.",
    "Le jour de l'ouverture, une soupe miso est offerte aux 150 premiers clients du restaurant de Sherbrooke.",
    "La livraison est gratuite dès 40 $ d'achat sur makiboreal.ca, dans un rayon de 8 km autour de chaque restaurant ; en dessous de 40 $, elle coûte 4,99 $.",
    "Tout le poisson servi chez Maki Boréal est certifié MSC ou ASC, et le riz est cuit sur place plusieurs fois par jour.",
    "Maki Boréal s'est classée 2e au palmarès 2026 des chaînes de restauration préférées des Québécois (sondage Léger).",
    "Club Boréal, le programme de fidélité gratuit, donne 1 point par dollar dépensé ; 250 points donnent droit à un rabais de 10 $.",
    "Téléphone du restaurant de Sherbrooke : 819 555-0142.",
    "Le hashtag officiel de l'ouverture est #MakiBorealSherbrooke et le site de l'enseigne est makiboreal.ca.",
]
MAKI_BRIEF = "Annoncer l'ouverture du restaurant de Sherbrooke le jeudi 15 avril 2027 et promouvoir le plateau Découverte à 29,95 $, sur un ton festif et gourmand."

MAKI_POSTS = [
    ("instagram",
     "🍣 Sherbrooke, c'est jeudi prochain qu'on se rencontre ! Le jeudi 15 avril, notre 18e resto ouvre ses portes au 212, rue King Ouest. Les 150 premiers clients auront droit à une soupe miso offerte 🥢 Qui sera dans la file ? #MakiBorealSherbrooke",
     []),
    ("facebook",
     "Le plateau Découverte, c'est 24 morceaux pour 29,95 $ au lieu de 39,95 $ : 10 $ d'économie, soit environ 1,25 $ le morceau 😋 L'offre est valable du 15 au 30 avril dans nos 18 restaurants, pour emporter seulement. Passez nous voir au comptoir ! #MakiBorealSherbrooke",
     []),
    ("x",
     "Ouverture du 18e Maki Boréal le vendredi 15 avril au 212, rue King Ouest à Sherbrooke 🎉 Ouvert 7 jours sur 7 de 11 h 30 à 21 h 30. #MakiBorealSherbrooke",
     [(C, "vendredi 15 avril"), (C, "7 jours sur 7")]),
    ("linkedin",
     "En 2015, Camille Tremblay et Kenji Arakawa fondaient Maki Boréal à Québec. Douze ans plus tard, l'aventure franchit une nouvelle étape : le jeudi 15 avril 2027, nous ouvrons notre 18e restaurant, au 212, rue King Ouest, à Sherbrooke.\n\n"
     "Aux commandes, Annie Gagnon, directrice du restaurant, et le chef sushi Hiro Matsuda, qui s'est formé six ans à Osaka. Ensemble, ils vous accueilleront dans une salle de 64 places, du mardi au dimanche, de 11 h 30 à 21 h 30, avec un comptoir pour emporter pour les lunchs pressés.\n\n"
     "Notre engagement ne change pas : du poisson 100 % certifié MSC ou ASC et un riz cuit sur place plusieurs fois par jour. Merci aux Québécois qui nous ont classés 2es au palmarès 2026 des chaînes de restauration préférées (sondage Léger). Au plaisir de vous y voir ! #MakiBorealSherbrooke #restauration",
     []),
    ("facebook",
     "Bonne nouvelle pour les paresseux du dimanche 😴🍣 La livraison est gratuite, sans minimum d'achat, partout au Québec sur makiboreal.ca ! Et chaque commande livrée inclut un mochi offert 🍡 #MakiBorealSherbrooke",
     [(C, "sans minimum d'achat"), (C, "partout au Québec"), (U, "chaque commande livrée inclut un mochi offert")]),
    ("tiktok",
     "POV : tu découvres que le plateau Découverte est à moins de 30 $ 😱🍣 24 morceaux, du poisson certifié MSC ou ASC, et ce jusqu'au 30 avril, pour emporter seulement. Tu l'essaies avec qui ? #sushi #MakiBorealSherbrooke",
     []),
    ("instagram",
     "Rencontrez Hiro Matsuda, notre chef sushi à Sherbrooke 🔪 Formé pendant 10 ans à Tokyo, il prépare vos makis avec un riz cuit sur place plusieurs fois par jour. Le seul chef sushi de l'Estrie formé au Japon ! #MakiBorealSherbrooke",
     [(C, "10 ans"), (C, "Tokyo"), (U, "Le seul chef sushi de l'Estrie formé au Japon")]),
    ("x",
     "Club Boréal = 1 point par dollar 💚 À 250 points, 10 $ de rabais. Autrement dit, 4 % de retour sur vos sushis. L'adhésion est gratuite : makiboreal.ca #MakiBorealSherbrooke",
     []),
    ("facebook",
     "🎉 Sherbrooke, vous êtes prêts ? Notre nouveau resto ouvre le 15 avril au 212, rue King Ouest, avec 80 places assises et une terrasse chauffée. Pour l'occasion, le plateau Découverte est à 29,95 $ au lieu de 39,95 $, sur place ou pour emporter ! Infos : 819 555-0142. #MakiBorealSherbrooke",
     [(C, "80"), (U, "une terrasse chauffée"), (C, "sur place ou pour emporter")]),
    ("threads",
     "Une soupe miso offerte aux 150 premiers clients, jeudi à Sherbrooke 🍜 Rendez-vous dès 11 h 30 au 212, rue King Ouest. Annie Gagnon et toute l'équipe ont hâte de vous accueillir ! #MakiBorealSherbrooke",
     []),
    ("linkedin",
     "Maki Boréal, fondée en 2015 à Montréal par Camille Tremblay et Kenji Arakawa, ouvre son 18e restaurant à Sherbrooke. Classée 1re au palmarès Léger 2026 des chaînes de restauration préférées des Québécois, l'enseigne vise 25 restaurants d'ici 2028. #MakiBorealSherbrooke",
     [(C, "Montréal"), (C, "1re"), (U, "l'enseigne vise 25 restaurants d'ici 2028")]),
]

# ---------------------------------------------------------------- Les Petits Galets
GALETS_FACTS = [
    "Les Petits Galets est un réseau de crèches fondé en 2011 à Namur par Sophie Lambert, puéricultrice.",
    "Le réseau compte 9 crèches en Wallonie et à Bruxelles, qui accueillent au total 412 enfants de 0 à 3 ans.",
    "La 10e crèche Les Petits Galets ouvre le lundi 30 août 2027 au 58, rue Saint-Gilles, à Liège.",
    "La crèche de Liège accueille 42 enfants de 0 à 3 ans, répartis en 3 sections (bébés, moyens, grands), du lundi au vendredi, de 7h à 18h30.",
    "La crèche de Liège est dirigée par Nadia Benali, infirmière pédiatrique, avec une équipe de 11 puéricultrices.",
    "Les inscriptions pour la crèche de Liège sont ouvertes du mardi 1er juin au mercredi 30 juin 2027, uniquement en ligne sur lespetitsgalets.be/inscriptions.",
    "Un tiers des places de la crèche de Liège (14 places) est réservé aux enfants domiciliés à Liège.",
    "La participation financière des parents dépend de leurs revenus, selon le barème de l'ONE, et va de 2,90 € à 39,50 € par jour.",
    "Les repas sont préparés sur place avec 80 % de produits bio ; les repas et les couches sont compris dans la participation financière.",
    "Une journée portes ouvertes a lieu le samedi 22 mai 2027, de 10h à 13h, à la crèche de Liège, sans réservation.",
    "En 2025, Les Petits Galets a reçu le label « Crèche Éco-responsable » (3 étoiles sur 3) de la Fédération wallonne des milieux d'accueil.",
    "Téléphone de la crèche de Liège : 04 221 55 80.",
    "Le hashtag officiel est #PetitsGaletsLiege et le site du réseau est lespetitsgalets.be.",
]
GALETS_BRIEF = "Annoncer l'ouverture de la crèche de Liège le 30 août 2027, la journée portes ouvertes du 22 mai et la période d'inscription de juin, sur un ton rassurant et chaleureux."

GALETS_POSTS = [
    ("facebook",
     "👶 Bonne nouvelle pour les familles liégeoises ! Notre 10e crèche ouvrira ses portes le lundi 30 août 2027, au 58 rue Saint-Gilles. Quarante-deux enfants de 0 à 3 ans y seront accueillis en trois sections (bébés, moyens, grands), du lundi au vendredi de 7h à 18h30. Envie de la découvrir ? On vous attend à la journée portes ouvertes ! 💛 #PetitsGaletsLiege",
     []),
    ("instagram",
     "Portes ouvertes ce dimanche 22 mai de 10h à 13h à notre crèche de Liège 🏡 Inscription obligatoire sur lespetitsgalets.be ! Venez découvrir les lieux ! Un goûter sera offert aux enfants 🍪 #PetitsGaletsLiege",
     [(C, "dimanche 22 mai"), (C, "Inscription obligatoire"), (U, "Un goûter sera offert aux enfants")]),
    ("linkedin",
     "Depuis 2011, Les Petits Galets grandit avec les familles. Fondé à Namur par Sophie Lambert, puéricultrice, notre réseau compte aujourd'hui 9 crèches en Wallonie et à Bruxelles, où sont accueillis plus de 400 enfants de 0 à 3 ans.\n\n"
     "Le lundi 30 août 2027, nous ouvrirons à Liège notre dixième crèche, au 58 rue Saint-Gilles. Elle sera dirigée par Nadia Benali, infirmière pédiatrique, entourée de onze puéricultrices.\n\n"
     "Nos engagements restent les mêmes : des repas préparés sur place avec 80 % de produits bio, repas et couches compris, et une participation financière calculée selon les revenus des parents, d'après le barème de l'ONE. Fiers aussi de notre label « Crèche Éco-responsable », 3 étoiles sur 3, décerné en 2025 par la Fédération wallonne des milieux d'accueil.\n\n"
     "Les inscriptions seront ouvertes en ligne tout le mois de juin. #PetitsGaletsLiege #petiteenfance",
     []),
    ("x",
     "Inscriptions ouvertes du 1er au 30 juin pour notre crèche de Liège 📝 En ligne ou directement à la crèche, au 04 221 55 08. #PetitsGaletsLiege",
     [(C, "ou directement à la crèche"), (C, "04 221 55 08")]),
    ("instagram",
     "🥕 À la crèche, on mange bien ! Nos repas sont cuisinés sur place, avec 80 % de produits bio. Et bonne nouvelle pour les parents : repas et couches sont compris, pas besoin d'en apporter 😉 Quelle est la purée préférée de votre petit bout ? #PetitsGaletsLiege #crèche",
     []),
    ("facebook",
     "Combien coûte une place à la crèche ? 💶 Chez Les Petits Galets, la participation est fixée selon le barème de l'ONE, de 2,90 € à 39,50 € par jour, et elle est la même pour toutes les familles. Les repas et les couches sont compris ! Premier mois offert pour toute inscription en juin. #PetitsGaletsLiege",
     [(C, "elle est la même pour toutes les familles"), (U, "Premier mois offert pour toute inscription en juin")]),
    ("mastodon",
     "Vous habitez Liège ? 📍 Un tiers des places de notre future crèche de la rue Saint-Gilles, soit quatorze places sur quarante-deux, est réservé aux enfants domiciliés dans la commune. Inscriptions en ligne du 1er au 30 juin ! #PetitsGaletsLiege",
     []),
    ("instagram",
     "✨ Notre crèche de Liège sera ouverte du lundi au samedi, de 7h à 19h, pour s'adapter aux horaires des parents. Rentrée le lundi 30 août ! #PetitsGaletsLiege",
     [(C, "du lundi au samedi"), (C, "19h")]),
    ("facebook",
     "Sophie Lambert, infirmière pédiatrique, a fondé Les Petits Galets en 2011 à Namur. Seize ans plus tard, le réseau ouvre sa 10e crèche, à Liège, et devient le premier réseau de crèches éco-responsables de Belgique 🌱 La crèche de Liège, dirigée par Nadia Benali, accueillera 42 enfants dès le 30 août. #PetitsGaletsLiege",
     [(C, "infirmière pédiatrique"), (U, "le premier réseau de crèches éco-responsables de Belgique")]),
    ("tiktok",
     "POV : c'est samedi, 10h, et tu visites la crèche où ton bébé va bientôt passer ses journées 🥹 Portes ouvertes le samedi 22 mai, de 10h à 13h, au 58 rue Saint-Gilles à Liège, sans réservation. On t'attend ! #PetitsGaletsLiege #bébé",
     []),
    ("x",
     "Crèche Les Petits Galets de Liège : 42 places, 3 sections, 12 puéricultrices 👩‍🍼 Inscriptions jusqu'au 15 juillet sur lespetitsgalets.be/inscriptions #PetitsGaletsNamur",
     [(C, "12"), (C, "15 juillet"), (C, "#PetitsGaletsNamur")]),
]

# ---------------------------------------------------------------- Northword Translation
NW_FACTS = [
    "Northword Translation is a translation agency founded in 2009 in Ottawa by Isabelle Caron, who is still its CEO.",
    "Northword has offices in Ottawa and Montréal, and opens its third office, in Toronto, on Monday, March 1, 2027, at 120 Adelaide Street West, Suite 1400.",
    "The Toronto office is led by Priya Raman, Director of Client Services, and has a team of 9 at opening.",
    "Northword employs 46 in-house translators and works with 310 freelance linguists, covering 38 languages.",
    "All certified translations are signed by translators certified by ATIO (Ontario) or OTTIAQ (Québec).",
    "Standard rate for English–French translation: CA$0.24 per word, with a minimum charge of CA$75 per order.",
    "Standard turnaround is 3 business days for documents up to 2,500 words; rush delivery within 24 hours costs 50% more and is available for documents up to 3,000 words.",
    "Until Friday, April 30, 2027, new clients get 15% off their first order with the code NORTH15; the offer does not apply to certified translations.",
    "Free webinar “Bill 96: what it means for your French content” on Wednesday, March 17, 2027, at 12 pm ET (45 minutes), hosted by Marc-André Leblanc, senior terminologist; registration at northword.ca/webinar.",
    "In 2026, Northword translated 14.2 million words for 1,180 clients.",
    "Northword won the 2026 Excellence Award of the Canadian Association of Language Service Providers (mid-size agency category).",
    "Toll-free number: 1-888-555-0179; website: northword.ca.",
    "Official hashtag: #NorthwordTO.",
]
NW_BRIEF = "Announce the opening of the Toronto office on March 1, 2027, and promote the new-client offer and the Bill 96 webinar, in a professional and warm tone."

NW_POSTS = [
    ("linkedin",
     "Hello, Toronto! 👋 On Monday, March 1, Northword Translation opens its third office, at 120 Adelaide Street West, Suite 1400. Priya Raman, our Director of Client Services, and a team of nine will be there to welcome you. Since our founding in Ottawa in 2009, this is a big milestone for us, and we couldn't be more excited. #NorthwordTO",
     []),
    ("x",
     "Quick math 🧮 A 1,000-word English–French document at CA$0.24/word = $240. New client? Use code NORTH15 by April 30 and it's $204. (Certified translations excluded.) northword.ca #NorthwordTO",
     []),
    ("facebook",
     "Need it fast? ⚡ Our rush service delivers within 24 hours for just 25% more, on documents of any length. Satisfaction guaranteed or your money back! Call us toll-free at 1-888-555-0179. #NorthwordTO",
     [(C, "25%"), (C, "on documents of any length"), (U, "Satisfaction guaranteed or your money back")]),
    ("facebook",
     "📬 Northword news, March edition\n\n"
     "Big month for us! On Monday, March 1, 2027, we open our Toronto office at 120 Adelaide Street West (Suite 1400), joining Ottawa and Montréal. It's led by Priya Raman, Director of Client Services.\n\n"
     "Just over two weeks later, on Wednesday, March 17 at noon ET, join senior terminologist Marc-André Leblanc for a free 45-minute webinar: “Bill 96: what it means for your French content”. Register at northword.ca/webinar.\n\n"
     "New to Northword? Until April 30, take 15% off your first order with the code NORTH15 (not valid on certified translations).\n\n"
     "A quick look back: in 2026, we translated more than 14 million words for nearly 1,200 clients, thanks to our 46 in-house translators and 310 freelance linguists working across 38 languages. Thank you for trusting us! #NorthwordTO",
     []),
    ("x",
     "Free webinar on Bill 96 this Thursday, March 17, at 12 pm ET with Marc-André Leblanc, our senior terminologist 🎙️ Register: northword.ca/webinars #NorthwordTO",
     [(C, "Thursday, March 17"), (C, "northword.ca/webinars")]),
    ("instagram",
     "Need an official translation of an important document? 📄 Every certified translation we deliver is signed by a translator certified by ATIO or OTTIAQ. Our Toronto team opens its doors on March 1 👉 northword.ca #NorthwordTO #translation",
     []),
    ("linkedin",
     "Founded in 2009 in Toronto by CEO Isabelle Caron, Northword Translation now works with more than 400 linguists in 38 languages. Our 2026 Excellence Award from the Canadian Association of Language Service Providers confirms we're Canada's leading translation agency. #NorthwordTO",
     [(C, "Toronto"), (C, "more than 400"), (U, "Canada's leading translation agency")]),
    ("facebook",
     "🎉 Welcome offer for new clients: 15% off your first order with code NORTH15, certified translations included! Valid until May 31. Standard English–French rate: CA$0.24/word, no minimum. #NorthwordTO",
     [(C, "certified translations included"), (C, "May 31"), (C, "no minimum")]),
    ("mastodon",
     "Standard turnaround at Northword: 3 business days for up to 2,500 words. Tight deadline? Rush delivery in 24 h is available up to 3,000 words, at 1.5× the standard price. ⏱️ #NorthwordTO",
     []),
    ("bluesky",
     "Meet the team in Toronto 🍁 Priya Raman leads our new Adelaide Street West office, opening Monday. Questions before then? Call 1-888-555-0179, it's toll-free. #NorthwordTO",
     []),
    ("instagram",
     "In 2026 we translated 14.2 million words for 1,180 clients 🙌 That's about 20,000 words per client on average! Thanks for making us the fastest-growing agency in Ontario. #NorthwordTO",
     [(C, "20,000"), (U, "the fastest-growing agency in Ontario")]),
]

# ---------------------------------------------------------------- Driftkelp Surfboards
DK_FACTS = [
    "Driftkelp Surfboards is an online surfboard shop founded in 2018 in Jeffreys Bay, South Africa, by shaper Liam van Wyk.",
    "Every Driftkelp board is hand-shaped in the Jeffreys Bay workshop by Liam van Wyk or shaper Thandi Mokoena.",
    "In 2026, the workshop shaped 618 boards.",
    "The new model, The Supertube, is a performance shortboard with a PU foam core and polyester resin glassing, measuring 6'2\" x 19 3/8\" x 2 7/16\" (29.8 litres).",
    "The Supertube launches on Tuesday 1 June 2027 at driftkelp.co.za; its regular price is R7,450 and its launch price is R6,490 from 1 to 14 June 2027.",
    "Custom boards take 5 to 7 weeks to shape and require a 50% deposit when ordering.",
    "Shipping is free within South Africa on orders over R1,500; shipping to Namibia and Botswana is a flat R450; Driftkelp does not ship elsewhere.",
    "All boards come with a 12-month warranty against manufacturing defects; damage from use (dings, snaps) is not covered.",
    "The workshop showroom at 14 Da Gama Road, Jeffreys Bay, is open on Saturdays only, from 9 am to 1 pm.",
    "Team rider Ayanda Zulu finished 2nd in the open men's division of the 2026 Eastern Cape Surfing Championships.",
    "5% of every board sale goes to Ocean Kids JBay, a non-profit that teaches local children to surf.",
    "WhatsApp orders: +27 42 555 0193.",
    "Official hashtag: #ShapedInJBay.",
]
DK_BRIEF = "Launch The Supertube on 1 June 2027 with its launch price, and promote custom orders and the showroom, in a stoked, authentic surf tone."

DK_POSTS = [
    ("instagram",
     "🌊 She's here. The Supertube drops Tuesday 1 June: 6'2\" x 19 3/8\" x 2 7/16\", 29.8L of pure speed. Launch price R6,490 instead of R7,450 until 14 June, that's R960 off 🤙 Hand-shaped in our J-Bay workshop. driftkelp.co.za #ShapedInJBay",
     []),
    ("x",
     "The Supertube is here 🔥 6'2\", 32 litres, full epoxy build for extra float. Launch price R6,490 till 14 June! #ShapedInJBay",
     [(C, "32 litres"), (C, "full epoxy build")]),
    ("facebook",
     "Big day at the workshop 🏄‍♂️\n\n"
     "Back in 2018, Liam van Wyk started Driftkelp in Jeffreys Bay with boards shaped by hand, right here. Last year, the workshop turned out 618 boards, every single one hand-shaped by Liam or Thandi Mokoena.\n\n"
     "From Tuesday 1 June, our new shortboard, The Supertube, is live on driftkelp.co.za. PU core, polyester glassing, 29.8 litres of pure speed. For two weeks, until 14 June, it's R6,490 instead of R7,450.\n\n"
     "Want to feel the rails before you buy? The showroom at 14 Da Gama Road is open Saturdays from 9 am to 1 pm, so you've got two Saturdays (5 and 12 June) to pop in during the launch.\n\n"
     "And remember: 5% of every board sale goes to Ocean Kids JBay, getting local kids into the water. #ShapedInJBay",
     []),
    ("instagram",
     "Custom board dreams? ✍️ Tell us your measurements and we'll have it shaped in 2 to 3 weeks. Just a 30% deposit to get started, and a free board bag with every custom order! WhatsApp +27 42 555 0193 #ShapedInJBay",
     [(C, "2 to 3 weeks"), (C, "30%"), (U, "a free board bag with every custom order")]),
    ("tiktok",
     "POV: your new stick was hand-shaped in J-Bay by @thandi.shapes 🤙 Every Driftkelp board is shaped by hand in our workshop. Who's grabbing a Supertube before the launch price ends on 14 June? #ShapedInJBay #surfing",
     []),
    ("facebook",
     "Shipping news 📦 Free delivery on orders over R1,500, including to Namibia and Botswana! Every board also comes with a 2-year warranty against manufacturing defects. #ShapedInJBay",
     [(C, "including to Namibia and Botswana"), (C, "2-year")]),
    ("threads",
     "Stoked for our team rider Ayanda Zulu, who won the open men's division at the 2026 Eastern Cape Surfing Championships 🏆 Catch him testing the Supertube at J-Bay this winter. #ShapedInJBay",
     [(C, "won"), (U, "Catch him testing the Supertube at J-Bay this winter")]),
    ("x",
     "Showroom's open tomorrow, 9 am–1 pm 🏄 14 Da Gama Road, J-Bay. Come say howzit and talk boards with us. #ShapedInJBay",
     []),
    ("linkedin",
     "Driftkelp Surfboards was founded in 2016 in Jeffreys Bay by shaper Liam van Wyk. Today, 10% of every board sale supports Ocean Kids JBay, and our boards are ridden in over 20 countries. #ShapedInJBay",
     [(C, "2016"), (C, "10%"), (U, "our boards are ridden in over 20 countries")]),
    ("instagram",
     "Ding happens 😅 Quick reminder: your Driftkelp board is covered for 12 months against manufacturing defects, but dings and snaps from surfing aren't. Treat her well! And shipping's free in SA on orders over R1,500 🚚 #ShapedInJBay",
     []),
    ("bluesky",
     "Launch special 🌊 The Supertube is R6,490 (normally R7,450), so you save R1,060! Offer ends Sunday 14 June. #ShapedInJBay",
     [(C, "R1,060"), (C, "Sunday 14 June")]),
]


def brand(name, slug, lang, facts, brief, posts):
    return {
        "brand": name, "lang": lang, "facts": facts, "brief": brief,
        "posts": [{"id": f"{slug}-{i:02d}", "network": n, "post": p, "labels": labs}
                  for i, (n, p, labs) in enumerate(posts, 1)],
    }


BRANDS = [
    brand("Maki Boréal", "maki-boreal", "fr", MAKI_FACTS, MAKI_BRIEF, MAKI_POSTS),
    brand("Les Petits Galets", "petits-galets", "fr", GALETS_FACTS, GALETS_BRIEF, GALETS_POSTS),
    brand("Northword Translation", "northword", "en", NW_FACTS, NW_BRIEF, NW_POSTS),
    brand("Driftkelp Surfboards", "driftkelp", "en", DK_FACTS, DK_BRIEF, DK_POSTS),
]

if __name__ == "__main__":
    build(BRANDS, os.path.join(HERE, "blind41.jsonl"))
