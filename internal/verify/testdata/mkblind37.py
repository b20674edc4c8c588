"""Blind verify set 37: four fictional brands, 44 posts (22 clean).

Brands and sectors
- Atelier Encre du Léman (fr, Lausanne, Switzerland): tattoo studio; 10th-anniversary
  flash day and a guest-artist residency, 2027.
- Moulin Aubanel (fr, Mouriès, Provence, France): organic olive-oil producer; new-oil
  pre-order and mill tours during the 2028 harvest.
- ShareLane (en, Ottawa, Canada): carpooling app; February 2027 first-ride promo code and
  launch in Nova Scotia / New Brunswick.
- Mesa Glow Balloon Co. (en, Albuquerque, New Mexico, US): hot-air balloon rides; October
  2026 group discount and weekend sunset flights.

Calendar checks (datetime)
- Sat 18 Sep 2027; Tue 5 Oct 2027; Sat 16 Oct 2027 (residency 5-16 Oct = 12 days, two
  Saturdays: 9 and 16).
- Sun 1 Oct 2028; Tue 31 Oct 2028; Mon 16 Oct 2028; Mon 20 Nov 2028; Wed 18 Oct 2028;
  Sat 25 Nov 2028 (18 Oct-25 Nov: 6 Wednesdays + 6 Saturdays = 12 tours); Sat 2 and
  Sun 3 Dec 2028.
- Mon 15 Feb 2027; Sun 28 Feb 2027 (14 days = two weeks); Mon 1 Mar 2027 (so "Tuesday,
  March 1" is wrong).
- Thu 1 Oct 2026; Sat 31 Oct 2026; Sat 7 Nov 2026; Sun 20 Dec 2026 (7 Saturdays + 7
  Sundays = 7 weekends).

Arithmetic used by clean posts
- encre-leman-02: 20 % = "un cinquième"; founded 2017, 2027 = "il y a dix ans".
- encre-leman-05: 60 flashes x 120 CHF = 7 200 CHF; 20 % = 1 440 CHF.
- encre-leman-07: 2 h x 180 CHF = 360 CHF (deposit deducted from the final price).
- moulin-aubanel-01/10: 24 € - 15 % = 20,40 €; 4 x 20,40 = 81,60 € >= 80 € (free
  delivery); saving 4 x 3,60 = 14,40 €.
- moulin-aubanel-02: 2 adults x 12 € + 2 children under 12 free = 24 €; 12 tours; organic
  since 2009 -> 19 years in 2028 = "près de vingt ans".
- moulin-aubanel-05: 18 500 L / 0,5 L = 37 000 bottles of 50 cl.
- sharelane-01: 15-28 Feb = two weeks.
- sharelane-03: 9,800 t = "nearly 10,000 tonnes"; 1.4 million = 1.4M.
- sharelane-10: 8 % of $22 = $1.76; 8 % of $15 = $1.20 -> $1.50 minimum.
- mesa-glow-01: 4 x $325 = $1,300; -10 % = $1,170.
- mesa-glow-05: 7 weekends (7 Nov-20 Dec).
- mesa-glow-07: 4,870 = "nearly 5,000"; 2009 -> 2026 = 17 years.
- mesa-glow-08 (error): $1,150 / 2 = $575, not $525.
- mesa-glow-10: "from $295" is the lowest shared-seat price.

Written blind: I read only the brief, data/README.md section "verify/dev.jsonl
conventions", data/verify/dev.jsonl and mkblind_common.py; no engine code, no other
testdata, never ran vigie or go.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mkblind_common import build  # noqa: E402

C, U = "contradicted", "unsupported"

# ---------------------------------------------------------------- Encre du Léman (fr, CH)
ENCRE_FACTS = [
    "L'Atelier Encre du Léman est un studio de tatouage fondé en 2017 à Lausanne par Noémie Castella, tatoueuse spécialisée dans le fine line.",
    "En 2027, le studio fête ses 10 ans.",
    "Le studio se trouve au 14 rue de l'Ale, 1003 Lausanne, au 1er étage.",
    "Le studio est ouvert du mardi au samedi, de 11h à 19h, uniquement sur rendez-vous (sauf le jour du flash day).",
    "L'équipe compte 4 tatoueurs résidents : Noémie Castella (fine line), Yanis Berthoud (néo-traditionnel), Lou Rochat (blackwork) et Samuel Nguyen (lettrage).",
    "Le flash day des 10 ans a lieu le samedi 18 septembre 2027, de 10h à 20h, sans rendez-vous : 60 motifs flash inédits, au prix unique de 120 CHF chacun, d'une taille maximale de 8 cm.",
    "Pendant le flash day, chaque motif n'est tatoué qu'une seule fois ; les tickets de passage sont distribués à l'entrée dès 9h30.",
    "20 % des recettes du flash day sont reversées à l'association Peau Neuve, qui finance des tatouages de recouvrement de cicatrices après un cancer du sein.",
    "La tatoueuse japonaise Mika Tanabe, basée à Kyoto, est en résidence au studio du mardi 5 au samedi 16 octobre 2027 ; ses rendez-vous se réservent uniquement par le formulaire en ligne.",
    "Le tarif est de 180 CHF de l'heure, avec un minimum de 150 CHF par tatouage (hors flash day).",
    "Un acompte de 100 CHF est demandé à la réservation ; il est déduit du prix final et n'est pas remboursé en cas d'annulation moins de 48 heures avant le rendez-vous.",
    "Le studio ne tatoue pas les mineurs, même avec accord parental ; une pièce d'identité est demandée à chaque client.",
    "Noémie Castella a remporté le 2e prix de la catégorie fine line au Salon du tatouage de Genève en 2026.",
    "Toutes les encres utilisées au studio sont véganes.",
    "Les rendez-vous se prennent sur encreduleman.ch/rdv ou au +41 21 555 47 10 ; le hashtag officiel est #Encre10ans.",
]
ENCRE_BRIEF = "Annoncer le flash day des 10 ans (samedi 18 septembre 2027) et la résidence de Mika Tanabe en octobre, sur un ton complice et un brin rock."

encre_posts = [
    {"id": "encre-leman-01", "network": "instagram",
     "post": "🖤 Dix ans d'encre à Lausanne ! Pour fêter ça : flash day le samedi 18/09, soixante motifs inédits à 120 CHF pièce, sans rendez-vous, de 10h à 20h. Chaque flash ne sera tatoué qu'une seule fois, alors ne traînez pas 😏 Tickets distribués dès 9h30 au 14 rue de l'Ale. #Encre10ans #flashday #tattoolausanne",
     "labels": []},
    {"id": "encre-leman-02", "network": "facebook",
     "post": "Il y a dix ans, Noémie Castella ouvrait l'atelier à Lausanne avec une idée fixe : faire du fine line autrement. Aujourd'hui, on est quatre résidents : Noémie au fine line, Yanis au néo-trad, Lou au blackwork et Samuel au lettrage 🖋️\n\nLe samedi 18 septembre, on vous ouvre les portes sans rendez-vous, de 10h à 20h, pour un flash day anniversaire : 60 motifs à 120 CHF, 8 cm maximum. Et parce qu'un tatouage peut aussi réparer, un cinquième des recettes ira à l'association Peau Neuve, qui finance des recouvrements de cicatrices après un cancer du sein 💗\n\nPensez à votre pièce d'identité : on ne tatoue pas les mineurs, même avec l'accord des parents. On a hâte de trinquer à ces dix ans avec vous ! #Encre10ans",
     "labels": []},
    {"id": "encre-leman-03", "network": "x",
     "post": "Flash day des 10 ans ce samedi 18 septembre ⚡ 60 motifs à 100 CHF, sans rendez-vous, de 10h à 22h. Venez tôt ! #Encre10ans",
     "labels": [(C, "100 CHF"), (C, "22h")]},
    {"id": "encre-leman-04", "network": "instagram",
     "post": "Mika Tanabe débarque de Tokyo 🇯🇵✨ Du 5 au 16 octobre, la tatoueuse est en résidence à l'atelier. Prenez rendez-vous par téléphone au +41 21 555 47 10, les places vont partir vite ! #Encre10ans",
     "labels": [(C, "Tokyo"), (C, "par téléphone")]},
    {"id": "encre-leman-05", "network": "linkedin",
     "post": "Dix ans déjà. En 2017, Noémie Castella ouvrait l'Atelier Encre du Léman à Lausanne avec une conviction : le fine line mérite toute sa place. Une décennie plus tard, le studio compte quatre tatoueurs résidents, et Noémie a décroché le 2e prix fine line au Salon du tatouage de Genève 2026 🏆\n\nLe samedi 18 septembre, notre flash day anniversaire reversera 20 % de ses recettes à l'association Peau Neuve. Si les 60 flashs trouvent preneur, ce sont 1 440 CHF qui financeront des recouvrements de cicatrices après un cancer du sein. Fiers, et un peu émus. #Encre10ans #tatouage",
     "labels": []},
    {"id": "encre-leman-06", "network": "tiktok",
     "post": "POV : tu te fais tatouer dans le meilleur studio de Suisse romande 😎🖤 Flash day le 18/09, 60 motifs, et un soin cicatrisant offert avec chaque flash ! #Encre10ans #tattoo",
     "labels": [(U, "le meilleur studio de Suisse romande"), (U, "un soin cicatrisant offert avec chaque flash")]},
    {"id": "encre-leman-07", "network": "facebook",
     "post": "Petit rappel avant de réserver 📝 Chez nous, c'est 180 CHF/h, avec 150 CHF minimum par pièce. L'acompte de 100 CHF est déduit de votre facture finale, mais attention : il est perdu si vous annulez moins de 48h avant votre rendez-vous. Une pièce de deux heures ? 360 CHF au total, acompte compris. Réservation sur encreduleman.ch/rdv 🖤",
     "labels": []},
    {"id": "encre-leman-08", "network": "x",
     "post": "Mardi 5 octobre : Mika Tanabe pose ses aiguilles chez nous pour trois semaines 🌸 Formulaire de réservation sur encreduleman.ch/rdv #Encre10ans",
     "labels": [(C, "trois semaines")]},
    {"id": "encre-leman-09", "network": "instagram",
     "post": "🌸 Kyoto ✈️ Lausanne ! Mika Tanabe est en résidence à l'atelier du mardi 5 au samedi 16 octobre. Les rendez-vous avec elle se prennent uniquement via le formulaire en ligne : encreduleman.ch/rdv. On a tellement hâte 😍 Qui craque pour son trait ? 👇 #Encre10ans #tattoo",
     "labels": []},
    {"id": "encre-leman-10", "network": "threads",
     "post": "Tu as 16 ans et tu rêves de ton premier tattoo ? Avec une autorisation parentale signée, c'est possible chez nous 💫 Et bonne nouvelle : plus d'acompte à la réservation ! #Encre10ans",
     "labels": [(C, "Avec une autorisation parentale signée, c'est possible"), (C, "plus d'acompte à la réservation")]},
    {"id": "encre-leman-11", "network": "mastodon",
     "post": "Rappel pratique 🗓️ L'atelier est ouvert du mardi au samedi, de 11h à 19h, uniquement sur rendez-vous. Seule exception : le samedi 18 septembre, flash day sans rdv de 10h à 20h (tickets à l'entrée dès 9h30). Et toutes nos encres sont véganes 🌱 14 rue de l'Ale, 1er étage, Lausanne. #Encre10ans",
     "labels": []},
]

# ---------------------------------------------------------------- Moulin Aubanel (fr, FR)
AUBANEL_FACTS = [
    "Le Moulin Aubanel est un domaine oléicole familial de Mouriès, dans les Alpilles (Bouches-du-Rhône), exploité par la famille Aubanel depuis 1952 et certifié Agriculture Biologique depuis 2009.",
    "Le domaine compte 4 200 oliviers sur 23 hectares, de quatre variétés : salonenque, aglandau, grossane et verdale.",
    "La gérante du domaine est Clémence Aubanel ; le maître moulinier est Rémi Fabre.",
    "Les olives sont pressées à froid au moulin du domaine, moins de 6 heures après la cueillette.",
    "La récolte 2028 commence le lundi 16 octobre 2028.",
    "L'huile « Fruité vert », AOP Vallée des Baux-de-Provence, coûte 24 € la bouteille de 50 cl et 95 € le bidon de 3 litres.",
    "Du dimanche 1er au mardi 31 octobre 2028, l'huile nouvelle « Fruité vert » est en précommande sur moulin-aubanel.fr avec 15 % de remise, pour une livraison à partir du lundi 20 novembre 2028.",
    "La livraison est offerte en France métropolitaine dès 80 € d'achat ; en dessous, elle coûte 9,90 €.",
    "Pendant la récolte, une visite du moulin de 1h30 a lieu chaque mercredi et chaque samedi à 10h30, du mercredi 18 octobre au samedi 25 novembre 2028 : 12 € par adulte, gratuit pour les moins de 12 ans, dégustation comprise, sur réservation, 15 personnes maximum par visite.",
    "La Fête de l'huile nouvelle a lieu au domaine le samedi 2 et le dimanche 3 décembre 2028, de 10h à 18h, entrée libre.",
    "Le « Fruité vert » a obtenu une médaille d'or au Concours général agricole de Paris 2028.",
    "La récolte 2027 a donné 18 500 litres d'huile.",
    "La boutique du moulin, au 312 route de Maussane à Mouriès, est ouverte du lundi au samedi, de 9h à 12h30 et de 14h à 18h30 ; téléphone : 04 90 47 12 86.",
    "Le hashtag officiel est #HuileNouvelleAubanel.",
]
AUBANEL_BRIEF = "Lancer la précommande de l'huile nouvelle 2028 et promouvoir les visites du moulin pendant la récolte, sur un ton chaleureux et terroir."

aubanel_posts = [
    {"id": "moulin-aubanel-01", "network": "instagram",
     "post": "🫒 C'est parti pour la précommande ! Jusqu'au 31 octobre, l'huile nouvelle « Fruité vert » est à -15 % sur moulin-aubanel.fr : la bouteille de 50 cl passe à 20,40 € au lieu de 24 €. Premières livraisons dès le 20 novembre 🚚 #HuileNouvelleAubanel #huiledolive #bio",
     "labels": []},
    {"id": "moulin-aubanel-02", "network": "facebook",
     "post": "Chez nous, l'olive, c'est une histoire de famille depuis 1952 🌿 Au pied des Alpilles, nos 4 200 oliviers (salonenque, aglandau, grossane et verdale) poussent sur 23 hectares, en bio depuis près de vingt ans.\n\nLa cueillette démarre le lundi 16 octobre et, comme chaque année, Rémi Fabre, notre maître moulinier, pressera les olives à froid moins de six heures après leur cueillette. Envie de voir ça de près ? Visites du moulin les mercredis et samedis à 10h30, du 18 octobre au 25 novembre : douze visites en tout, 1h30 chacune, dégustation comprise. C'est 12 € par adulte et gratuit pour les moins de 12 ans : pour deux adultes et deux enfants de 7 et 10 ans, 24 € seulement 😉\n\nAttention, 15 places maximum par visite : pensez à réserver ! À très vite au moulin. Clémence Aubanel #HuileNouvelleAubanel",
     "labels": []},
    {"id": "moulin-aubanel-03", "network": "x",
     "post": "Précommande de l'huile nouvelle à -20 % jusqu'au 31 octobre 🫒 Livraison offerte sans minimum d'achat ! moulin-aubanel.fr #HuileNouvelleAubanel",
     "labels": [(C, "-20 %"), (C, "sans minimum d'achat")]},
    {"id": "moulin-aubanel-04", "network": "instagram",
     "post": "Notre « Fruité vert » a décroché la médaille d'argent au Concours général agricole de Paris 2028 🏅 Le fruit du travail de nos 4 200 oliviers et de Clémence Aubanel, notre maître moulinière ! #HuileNouvelleAubanel",
     "labels": [(C, "médaille d'argent"), (C, "maître moulinière")]},
    {"id": "moulin-aubanel-05", "network": "linkedin",
     "post": "Au Moulin Aubanel, la récolte 2027 a donné 18 500 litres d'huile, l'équivalent de 37 000 bouteilles de 50 cl. En 2028, notre « Fruité vert » AOP Vallée des Baux-de-Provence a reçu la médaille d'or au Concours général agricole de Paris 🥇 Une fierté pour toute l'équipe, de Clémence Aubanel, gérante, à Rémi Fabre, maître moulinier. Nouvelle campagne dès le 16 octobre : 4 200 oliviers, 23 hectares et une seule exigence, la qualité. #HuileNouvelleAubanel #agriculturebio",
     "labels": []},
    {"id": "moulin-aubanel-06", "network": "facebook",
     "post": "🎉 Fête de l'huile nouvelle les samedi 2 et dimanche 3 décembre au domaine, de 10h à 17h ! Entrée libre et, cette année, un atelier cuisine animé par un chef étoilé. Venez en famille ! #HuileNouvelleAubanel",
     "labels": [(C, "17h"), (U, "un atelier cuisine animé par un chef étoilé")]},
    {"id": "moulin-aubanel-07", "network": "tiktok",
     "post": "POV : tes olives passent de l'arbre au moulin en moins de 6 heures 🫒⏱️ Pressées à froid, bio et AOP Vallée des Baux-de-Provence. Envie de voir ça en vrai ? Visite du moulin à 12 € par adulte, dégustation comprise, mais seulement 15 places par visite 👀 #HuileNouvelleAubanel #oliveoil",
     "labels": []},
    {"id": "moulin-aubanel-08", "network": "x",
     "post": "Visites du moulin chaque jeudi à 10h30 pendant la récolte 🫒 1h30, 12 €, dégustation comprise, gratuit pour les moins de 16 ans. Sur réservation !",
     "labels": [(C, "chaque jeudi"), (C, "16 ans")]},
    {"id": "moulin-aubanel-09", "network": "threads",
     "post": "Le Moulin Aubanel, c'est le plus grand domaine oléicole bio des Alpilles 🌿 Une famille d'oléiculteurs depuis 1952, certifiée bio depuis 2012. Et la récolte 2028 commence lundi 16 octobre ! #HuileNouvelleAubanel",
     "labels": [(U, "le plus grand domaine oléicole bio des Alpilles"), (C, "2012")]},
    {"id": "moulin-aubanel-10", "network": "instagram",
     "post": "💡 Astuce précommande : 4 bouteilles de 50 cl de Fruité vert à 20,40 €, ça fait 81,60 €… et hop, la livraison est offerte (dès 80 € en France métropolitaine) ! Soit 14,40 € d'économie sur vos 4 bouteilles. Jusqu'au 31/10 sur moulin-aubanel.fr 🫒 #HuileNouvelleAubanel",
     "labels": []},
    {"id": "moulin-aubanel-11", "network": "facebook",
     "post": "📍 Notre boutique du 312 route de Maussane, à Mouriès, vous accueille 7j/7, de 9h à 12h30 et de 14h à 18h30. Et jusqu'au 31 octobre, c'est -15 % sur tout le magasin ! 🫒 #HuileNouvelleAubanel",
     "labels": [(C, "7j/7"), (C, "sur tout le magasin")]},
]

# ---------------------------------------------------------------- ShareLane (en, CA)
SHARELANE_FACTS = [
    "ShareLane is a Canadian carpooling app founded in 2021 in Ottawa by Priya Raman (CEO) and Luc Thibodeau (CTO).",
    "As of January 2027, ShareLane has 310,000 registered members and operates in Ontario and Quebec.",
    "Drivers set their own seat price and keep 100% of it; passengers pay a booking fee of 8% of the seat price, with a minimum fee of $1.50.",
    "From Monday 15 February to Sunday 28 February 2027, new passengers get $10 off their first ride with the code FIRSTLANE, on rides with a seat price of $20 or more; the code can be used once per account.",
    "Students who verify a Canadian university or college email address pay no booking fee on rides departing Monday to Thursday.",
    "On Monday 1 March 2027, ShareLane launches in Nova Scotia and New Brunswick, starting with the Halifax–Moncton route.",
    "The average seat price on the Ottawa–Montréal route, ShareLane's most popular, is $22.",
    "Every driver must verify a government-issued photo ID and a valid driver's licence before offering a ride.",
    "Passengers can filter for women-only rides, where the driver and all passengers are women.",
    "In 2026, ShareLane members shared 1.4 million seats, avoiding an estimated 9,800 tonnes of CO2.",
    "ShareLane won the Sustainability award at the 2026 Ottawa Tech Awards.",
    "Each passenger may bring one medium suitcase and one small bag; extra luggage must be agreed with the driver.",
    "Customer support is available at help.sharelane.ca and at 1-855-555-0142, from 7 am to 11 pm ET, 7 days a week.",
    "The official hashtag is #ShareTheLane.",
]
SHARELANE_BRIEF = "Drive first-ride sign-ups during the FIRSTLANE promo (15–28 February 2027) and announce the 1 March launch in Nova Scotia and New Brunswick; friendly, practical tone."

sharelane_posts = [
    {"id": "sharelane-01", "network": "instagram",
     "post": "New to ShareLane? 🚗 For two weeks only (Feb 15–28), use code FIRSTLANE and get $10 off your first ride on any seat priced $20+. One use per account, so make it count 😉 #ShareTheLane #carpool",
     "labels": []},
    {"id": "sharelane-02", "network": "x",
     "post": "Ottawa ⇄ Montréal is our most popular route, and the average seat goes for just $22 🚗 Best part? Drivers keep every dollar of it. #ShareTheLane",
     "labels": []},
    {"id": "sharelane-03", "network": "linkedin",
     "post": "2026 at ShareLane, in numbers: 1.4M seats shared and nearly 10,000 tonnes of CO2 avoided (est.) 🌱 We also won the Sustainability award at the 2026 Ottawa Tech Awards, and we're grateful to every driver and passenger who made it happen.\n\nFounded in Ottawa in 2021 by Priya Raman and Luc Thibodeau, ShareLane now brings together 310,000 members across Ontario and Quebec. Next stop: on Monday, March 1, we launch in Nova Scotia and New Brunswick, starting with Halifax–Moncton.\n\n“Carpooling shouldn't stop at the Quebec border,” says our CEO, Priya Raman. “We can't wait to meet our first Atlantic members.” #ShareTheLane #mobility",
     "labels": []},
    {"id": "sharelane-04", "network": "facebook",
     "post": "Students, this one's for you 🎓 Verify your Canadian university or college email and pay zero booking fees any day of the week! Plus, the first 1,000 students to sign up get a free ShareLane hoodie. #ShareTheLane",
     "labels": [(C, "any day of the week"), (U, "the first 1,000 students to sign up get a free ShareLane hoodie")]},
    {"id": "sharelane-05", "network": "tiktok",
     "post": "POV: you just saved $15 on your first carpool with code FIRSTLANE 🤑 Valid until March 15, no minimum! #ShareTheLane #roadtrip",
     "labels": [(C, "$15"), (C, "March 15"), (C, "no minimum")]},
    {"id": "sharelane-06", "network": "threads",
     "post": "Heads up, Halifax 👋 Starting Monday, March 1, you can carpool between Halifax and Moncton with ShareLane. Nova Scotia and New Brunswick, welcome aboard! 🚗🌊 Who's riding first? #ShareTheLane",
     "labels": []},
    {"id": "sharelane-07", "network": "x",
     "post": "Big news: ShareLane lands in all four Atlantic provinces on Tuesday, March 1! 🎉 #ShareTheLane",
     "labels": [(C, "all four Atlantic provinces"), (C, "Tuesday, March 1")]},
    {"id": "sharelane-08", "network": "facebook",
     "post": "Your safety matters 💛 Every ShareLane driver verifies a government-issued photo ID and a valid driver's licence before offering a ride. Prefer riding with women only? Use the women-only filter: the driver and every passenger will be women. Questions? Our team is there 7 days a week, 7 am–11 pm ET, at 1-855-555-0142 or help.sharelane.ca. #ShareTheLane",
     "labels": []},
    {"id": "sharelane-09", "network": "bluesky",
     "post": "Founded in Toronto in 2021, ShareLane now counts over 350,000 members across Ontario and Quebec 🚗 Thanks for sharing the lane with us! #ShareTheLane",
     "labels": [(C, "Toronto"), (C, "over 350,000")]},
    {"id": "sharelane-10", "network": "instagram",
     "post": "How much does booking cost? 🤔 Passengers pay an 8% booking fee, with a $1.50 minimum. So on a $22 Ottawa–Montréal seat, the fee is $1.76; on a $15 seat, it's $1.50. And drivers keep 100% of the seat price. Simple! #ShareTheLane",
     "labels": []},
    {"id": "sharelane-11", "network": "linkedin",
     "post": "Proud to share that ShareLane won the Innovation award at the 2026 Ottawa Tech Awards 🏆 With 1.4 million seats shared last year and guaranteed on-time departures on every route, we're just getting started. #ShareTheLane",
     "labels": [(C, "Innovation"), (U, "guaranteed on-time departures on every route")]},
]

# ---------------------------------------------------------------- Mesa Glow (en, US)
MESA_FACTS = [
    "Mesa Glow Balloon Co., founded in 2009, offers hot-air balloon flights over the Rio Grande valley in Albuquerque, New Mexico.",
    "Founder and chief pilot Dolores \"Dee\" Archuleta is an FAA-certified commercial balloon pilot with more than 2,600 flight hours.",
    "Flights take off at sunrise; guests meet at 5:45 am at the Mesa Glow launch field, 4120 Alameda Blvd NE, Albuquerque.",
    "The whole experience lasts 3 to 4 hours, including about 1 hour in the air, and ends with a sparkling cider toast and a breakfast burrito.",
    "A seat on a shared flight costs $325 for adults and $295 for children aged 8 to 12; a private flight for two costs $1,150.",
    "Passengers must be at least 8 years old; children under 16 must fly with a paying adult; pregnant women cannot fly.",
    "The fleet has 4 balloons; the largest basket carries 12 passengers plus the pilot.",
    "From Thursday 1 October to Saturday 31 October 2026, groups booking 4 or more shared seats on the same flight get 10% off.",
    "From Saturday 7 November to Sunday 20 December 2026, sunset flights are offered on Saturdays and Sundays, with a meeting time of 3:30 pm.",
    "If a flight is cancelled because of weather, guests can rebook free of charge or get a full refund.",
    "Gift certificates are valid for 18 months from the date of purchase.",
    "In 2025, Mesa Glow flew 4,870 passengers.",
    "Mesa Glow received a Tripadvisor Travelers' Choice award in 2026.",
    "Bookings are made at mesaglow.com/book or by phone at (505) 555-0187; the official hashtag is #MesaGlowSunrise.",
]
MESA_BRIEF = "Promote October 2026 group bookings and announce the new weekend sunset flights (7 November – 20 December 2026); awe-inspiring but reassuring tone."

mesa_posts = [
    {"id": "mesa-glow-01", "network": "instagram",
     "post": "🎈 Bring the crew! All October, book 4+ shared seats on the same flight and save 10%. For four adults, that's $1,170 instead of $1,300 ✨ Grab your seats at mesaglow.com/book #MesaGlowSunrise #Albuquerque",
     "labels": []},
    {"id": "mesa-glow-02", "network": "facebook",
     "post": "Ever wondered what a Mesa Glow morning looks like? 🌄\n\n⏰ 5:45 am: meet us at our launch field, 4120 Alameda Blvd NE.\n🎈 Sunrise: lift off and drift over the Rio Grande valley for about an hour.\n🥂 Back on the ground: a sparkling cider toast and a breakfast burrito 🌯\n\nAll in, plan on 3 to 4 hours. Your pilot team is led by founder and chief pilot Dee Archuleta, FAA-certified, with more than 2,600 flight hours. And if the weather doesn't cooperate? Rebook for free or get a full refund, your call 💛\n\nIn October, groups booking 4 or more shared seats on the same flight save 10%. Book at mesaglow.com/book or call (505) 555-0187. #MesaGlowSunrise",
     "labels": []},
    {"id": "mesa-glow-03", "network": "x",
     "post": "Sunset flights are here 🌇 Every day from Nov 7 to Dec 20, meet at 3:30 pm. Seats from $295 per adult. #MesaGlowSunrise",
     "labels": [(C, "Every day"), (C, "$295 per adult")]},
    {"id": "mesa-glow-04", "network": "tiktok",
     "post": "POV: you're floating over the Rio Grande and a champagne toast is waiting for you on landing 🥂🎈 America's #1 rated balloon ride! #MesaGlowSunrise",
     "labels": [(C, "champagne"), (U, "America's #1 rated balloon ride")]},
    {"id": "mesa-glow-05", "network": "instagram",
     "post": "New this season: sunset flights! 🌇 Every Saturday and Sunday from November 7 to December 20, that's 7 weekends of golden-hour magic over Albuquerque. Meet at 3:30 pm. Who's coming? 👇 mesaglow.com/book #MesaGlowSunrise",
     "labels": []},
    {"id": "mesa-glow-06", "network": "facebook",
     "post": "Family flight? 👨‍👩‍👧 Kids from 6 years old can join a shared flight with a paying adult 🎈 And every passenger gets a free photo package to remember the morning! #MesaGlowSunrise",
     "labels": [(C, "6 years old"), (U, "every passenger gets a free photo package")]},
    {"id": "mesa-glow-07", "network": "linkedin",
     "post": "4,870 passengers in 2025: nearly 5,000 guests who watched the sun rise over the Rio Grande valley with us. Seventeen years after Dee Archuleta founded Mesa Glow Balloon Co., our 4 balloons (the largest basket carries 12 passengers plus the pilot) keep Albuquerque's mornings colorful, and a 2026 Tripadvisor Travelers' Choice award tells us our guests agree 🙏 #MesaGlowSunrise",
     "labels": []},
    {"id": "mesa-glow-08", "network": "x",
     "post": "Private flight for two: $1,150, that's just $525 per person 💑 Perfect for a proposal! mesaglow.com/book #MesaGlowSunrise",
     "labels": [(C, "$525")]},
    {"id": "mesa-glow-09", "network": "threads",
     "post": "Our biggest basket carries 16 passengers 🎈 and our fleet of 6 balloons is the largest in New Mexico. See you at sunrise! #MesaGlowSunrise",
     "labels": [(C, "16"), (C, "6", 1), (U, "the largest in New Mexico")]},
    {"id": "mesa-glow-10", "network": "bluesky",
     "post": "Gift idea 🎁 A Mesa Glow gift certificate is good for 18 months, so there's plenty of time to pick the perfect sunrise. Shared seats from $295 (kids 8–12) and $325 for adults. Call (505) 555-0187 or visit mesaglow.com/book",
     "labels": []},
    {"id": "mesa-glow-11", "network": "mastodon",
     "post": "Safety first at Mesa Glow: our founder Dee Archuleta is an FAA-certified commercial pilot with about 1,600 flight hours. And if weather cancels your flight, you get a full refund or a free upgrade to a private flight. #MesaGlowSunrise",
     "labels": [(C, "about 1,600"), (U, "a free upgrade to a private flight")]},
]

BRANDS = [
    {"brand": "Atelier Encre du Léman", "lang": "fr", "facts": ENCRE_FACTS, "brief": ENCRE_BRIEF, "posts": encre_posts},
    {"brand": "Moulin Aubanel", "lang": "fr", "facts": AUBANEL_FACTS, "brief": AUBANEL_BRIEF, "posts": aubanel_posts},
    {"brand": "ShareLane", "lang": "en", "facts": SHARELANE_FACTS, "brief": SHARELANE_BRIEF, "posts": sharelane_posts},
    {"brand": "Mesa Glow Balloon Co.", "lang": "en", "facts": MESA_FACTS, "brief": MESA_BRIEF, "posts": mesa_posts},
]

if __name__ == "__main__":
    build(BRANDS, os.path.join(HERE, "blind37.jsonl"))
