"""Blind verify set 11: 4 fictional brands, 11 posts each (44 posts), written blind.

Brands and sectors:
- Clé de Loire Immobilier (fr): real-estate agency network in Pays de la Loire, new-build
  programme « Les Jardins de l'Erdre » in Nantes (fees in %, prices and m², open days).
- Kermagie (fr): amusement park in the Morbihan (2027 season, night shows, prices by age,
  new wooden roller coaster with height limits).
- Redgum Ridge Estate (en, Australia): McLaren Vale winery with a cellar door (tastings,
  AUD prices, opening hours, 2026 vintage figures, a show medal).
- Lanternfish Games (en, UK): Bristol indie video-game studio running a Kickstarter for its
  game Tidebound (backer tiers in £, goal and stretch goals, release window, platforms).

Written blind: the author read only the labelling conventions in /work/shared/data/README.md,
the style of /work/shared/data/verify/dev.jsonl and mkblind_common.py; never the engine, its
tests or other labelled sets, and the engine was not run on this set before it was committed.

Calendar checks (Python's calendar module, re-asserted in check_calendar below):
- Sat 16 and Sun 17 January 2027; 28 February 2027 is a Sunday (no weekday written for it).
- Sat 3 April 2027 and Sun 7 November 2027; the night shows run on the Saturdays from
  Sat 3 July to Sat 28 August 2027, which are 9 Saturdays.
- Sat 10 and Sun 11 April 2027; 9 February to 27 March 2026 is 46 days (just under 7 weeks).
- Tue 2 February 2027 to Thu 4 March 2027 is 30 days.
- Hallucinated weekdays: 16 January 2027 is not a Sunday, 10 April 2027 is not a Friday,
  4 March 2027 is not a Wednesday.

Run: python3 mkblind11.py  (writes blind11.jsonl next to this file)
"""
import calendar
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mkblind_common import build  # noqa: E402

SAT, SUN, TUE, WED, THU, FRI = (calendar.SATURDAY, calendar.SUNDAY, calendar.TUESDAY,
                                calendar.WEDNESDAY, calendar.THURSDAY, calendar.FRIDAY)


def check_calendar():
    wd = calendar.weekday
    assert wd(2027, 1, 16) == SAT and wd(2027, 1, 17) == SUN
    assert wd(2027, 4, 3) == SAT and wd(2027, 11, 7) == SUN
    assert wd(2027, 7, 3) == SAT and wd(2027, 8, 28) == SAT
    saturdays = [d for d in range(1, 32) if wd(2027, 7, d) == SAT and d >= 3] + \
                [d for d in range(1, 29) if wd(2027, 8, d) == SAT]
    assert len(saturdays) == 9, saturdays
    assert wd(2027, 4, 10) == SAT and wd(2027, 4, 11) == SUN
    assert (datetime.date(2026, 3, 27) - datetime.date(2026, 2, 9)).days == 46
    assert wd(2027, 2, 2) == TUE and wd(2027, 3, 4) == THU
    assert (datetime.date(2027, 3, 4) - datetime.date(2027, 2, 2)).days == 30
    # The wrong weekdays used in hallucinated posts really are wrong.
    assert wd(2027, 1, 16) != SUN and wd(2027, 4, 10) != FRI and wd(2027, 3, 4) != WED


CLE = {
    "brand": "Clé de Loire Immobilier",
    "lang": "fr",
    "facts": [
        "Clé de Loire Immobilier est un réseau d'agences immobilières fondé en 2004 à Angers par Sophie Gauthier, qui en est toujours la présidente.",
        "Le réseau compte 27 agences, toutes situées dans les Pays de la Loire, dont 6 à Nantes.",
        "En 2025, le réseau a réalisé 1 180 ventes.",
        "Les honoraires de transaction sont de 4,5 % TTC du prix de vente, à la charge du vendeur.",
        "Les honoraires de gestion locative sont de 7 % HT des loyers encaissés.",
        "Le programme neuf « Les Jardins de l'Erdre » compte 48 appartements, du T2 au T4, répartis en 3 bâtiments au 45 rue de la Jonelière, à Nantes.",
        "Prix de lancement : T2 de 42 m² à partir de 189 000 €, T3 de 64 m² à partir de 259 000 €, T4 de 82 m² à partir de 335 000 €.",
        "Chaque appartement dispose d'un balcon ou d'une terrasse et d'une place de parking en sous-sol.",
        "La livraison des logements est prévue au 2e trimestre 2028.",
        "Les portes ouvertes du programme ont lieu le samedi 16 et le dimanche 17 janvier 2027, de 10h à 18h, à l'espace de vente du 45 rue de la Jonelière.",
        "Offre de lancement : les frais de notaire sont offerts pour toute réservation signée avant le 28 février 2027.",
        "Le programme est certifié NF Habitat HQE et conforme à la RE2020.",
        "Le programme est commercialisé par Karim Benali, directeur commercial de Clé de Loire Neuf.",
        "En 2025, Clé de Loire a été classé 3e réseau immobilier des Pays de la Loire en nombre de ventes par le magazine Immo Ouest.",
        "Le site du programme est cledeloire-immo.fr/jardins-erdre et le hashtag officiel est #JardinsDeLErdre.",
    ],
    "brief": "Faire connaître le programme neuf « Les Jardins de l'Erdre » à Nantes et attirer des visiteurs aux portes ouvertes des 16 et 17 janvier 2027, sur un ton rassurant et expert.",
    "posts": [
        {"id": "cle-de-loire-01", "network": "instagram",
         "post": "🌿 Portes ouvertes aux Jardins de l'Erdre ! Rendez-vous les 16 & 17/01 de 10h à 18h au 45 rue de la Jonelière à Nantes pour découvrir nos 48 appartements neufs, du T2 au T4. Chaque logement a son balcon ou sa terrasse 🌞 On vous attend ! #JardinsDeLErdre #immobilierneuf #Nantes",
         "labels": []},
        {"id": "cle-de-loire-02", "network": "facebook",
         "post": "Vendre son bien sereinement 🏠 Chez Clé de Loire, nos honoraires de transaction sont de 3,9 % TTC du prix de vente, à la charge de l'acquéreur. Et avant de vous lancer, profitez d'une estimation gratuite sous 48 h dans l'une de nos 27 agences des Pays de la Loire.",
         "labels": [("contradicted", "3,9 %"), ("contradicted", "l'acquéreur"),
                    ("unsupported", "une estimation gratuite sous 48 h")]},
        {"id": "cle-de-loire-03", "network": "facebook",
         "post": "Devenir propriétaire à Nantes pour moins de 190 000 € ? C'est possible aux Jardins de l'Erdre 🔑 T2 de 42 m² dès 189 000 €, T3 de 64 m² dès 259 000 €, T4 de 82 m² dès 335 000 €. Et pour toute réservation signée avant le 28 février, vos frais de notaire sont offerts ✍️ Tous les détails : https://www.cledeloire-immo.fr/jardins-erdre",
         "labels": []},
        {"id": "cle-de-loire-04", "network": "instagram",
         "post": "🗝️ Ce week-end, on vous ouvre les portes des Jardins de l'Erdre ! Samedi 16 et dimanche 17 janvier, de 10h à 19h, venez nous voir à l'espace de vente du 45 rue de la Jonelière. Bonus : une cuisine équipée offerte pour toute réservation pendant les portes ouvertes 🎁 #JardinsDeLErdre",
         "labels": [("contradicted", "19h"),
                    ("unsupported", "une cuisine équipée offerte pour toute réservation pendant les portes ouvertes")]},
        {"id": "cle-de-loire-05", "network": "linkedin",
         "post": "Depuis plus de vingt ans, Clé de Loire accompagne les projets immobiliers des habitants des Pays de la Loire. Fondé à Angers en 2004 par Sophie Gauthier, notre réseau a conclu près de 1 200 ventes en 2025, ce qui lui vaut la 3e place des réseaux de la région en nombre de ventes au classement du magazine Immo Ouest. Notre nouveau programme nantais, certifié NF Habitat HQE et conforme à la RE2020, prolonge cette exigence de qualité. #JardinsDeLErdre #immobilier",
         "labels": []},
        {"id": "cle-de-loire-06", "network": "linkedin",
         "post": "Fierté 💼 Clé de Loire Immobilier a été classé 1er réseau immobilier des Pays de la Loire en nombre de ventes par le magazine Immo Ouest, avec plus de 1 500 ventes réalisées en 2025. Merci aux équipes de nos 27 agences et à Sophie Gauthier, qui a fondé le réseau à Angers en 2004.",
         "labels": [("contradicted", "1er"), ("contradicted", "plus de 1 500")]},
        {"id": "cle-de-loire-07", "network": "x",
         "post": "Un T3 de 64 m² à Nantes dès 259 k€ 🏡 Balcon ou terrasse + parking en sous-sol, livraison entre avril et juin 2028. Portes ouvertes sam. 16 et dim. 17 janvier 👉 cledeloire-immo.fr/jardins-erdre #JardinsDeLErdre",
         "labels": []},
        {"id": "cle-de-loire-08", "network": "x",
         "post": "Les Jardins de l'Erdre, ce sont 60 appartements neufs à Nantes, du T2 au T4, éligibles au prêt à taux zéro 🏙️ Coup de cœur pour le T4 de 82 m² à partir de 315 000 €, avec balcon ou terrasse et parking en sous-sol. #JardinsDeLErdre",
         "labels": [("contradicted", "60"), ("unsupported", "éligibles au prêt à taux zéro"),
                    ("contradicted", "315 000 €")]},
        {"id": "cle-de-loire-09", "network": "tiktok",
         "post": "POV : tu visites ton futur T2 de 42 m² 😍 Les Jardins de l'Erdre, c'est 3 bâtiments, 48 apparts et une place de parking en sous-sol pour chacun. Viens voir ça le week-end du 16-17 janvier, entre 10h et 18h ! #JardinsDeLErdre #primoaccedant #nantes",
         "labels": []},
        {"id": "cle-de-loire-10", "network": "bluesky",
         "post": "📅 Dimanche 16 janvier, portes ouvertes aux Jardins de l'Erdre, le programme commercialisé par Karim Benali, notre directeur régional : 48 appartements certifiés NF Habitat HQE, livraison prévue fin 2027. On vous attend entre 10h et 18h !",
         "labels": [("contradicted", "Dimanche 16 janvier"), ("contradicted", "directeur régional"),
                    ("contradicted", "fin 2027")]},
        {"id": "cle-de-loire-11", "network": "mastodon",
         "post": "Vous vendez ? Nos honoraires : 4,5 % TTC du prix de vente, réglés par le vendeur. Vous louez ? Gestion locative à 7 % HT des loyers encaissés. Simple et transparent 👌 Poussez la porte de l'une de nos vingt-sept agences en Pays de la Loire, dont six à Nantes.",
         "labels": []},
    ],
}

KERMAGIE = {
    "brand": "Kermagie",
    "lang": "fr",
    "facts": [
        "Kermagie est un parc d'attractions ouvert en 1998 à Theix-Noyalo, dans le Morbihan (route de la Lande, 56450 Theix-Noyalo).",
        "La saison 2027 commence le samedi 3 avril 2027 et se termine le dimanche 7 novembre 2027.",
        "Le parc est ouvert tous les jours de 10h à 18h ; les soirs de spectacle nocturne, il ferme à 23h.",
        "Le parc compte 34 attractions et 5 spectacles.",
        "Tarifs 2027 : 39 € pour les adultes (12 ans et plus), 32 € pour les enfants de 3 à 11 ans, gratuit pour les moins de 3 ans.",
        "Le Pass Saison 2027 coûte 89 € et donne un accès illimité au parc pendant toute la saison.",
        "Prévente : 20 % de réduction sur les billets datés achetés en ligne avant le 31 mars 2027.",
        "Nouveauté 2027 : le Dragon d'Argoat, une montagne russe en bois de 780 m de long et 32 m de haut, qui atteint 85 km/h.",
        "Le Dragon d'Argoat est accessible à partir de 1,20 m ; entre 1,20 m et 1,40 m, les enfants doivent être accompagnés d'un adulte.",
        "Le spectacle nocturne « Les Nuits de Kermagie » (drones, fontaines et pyrotechnie) a lieu tous les samedis du 3 juillet au 28 août 2027 à 22h30 ; il est inclus dans le billet d'entrée.",
        "En 2026, le parc a accueilli 612 000 visiteurs.",
        "Kermagie a été classé 2e parc de loisirs préféré des Bretons dans l'enquête Ouest Loisirs 2025.",
        "Le parc est dirigé par Gwenaëlle Le Floch depuis 2019.",
        "Le parking du parc est payant : 6 € par véhicule et par jour.",
        "Site : kermagie.fr. Hashtag officiel : #Kermagie2027.",
    ],
    "brief": "Annoncer l'ouverture de la saison 2027 le 3 avril et la nouvelle montagne russe le Dragon d'Argoat, et pousser la prévente en ligne avant le 31 mars 2027, sur un ton familial et enthousiaste.",
    "posts": [
        {"id": "kermagie-01", "network": "instagram",
         "post": "🐉 Il arrive ! Le Dragon d'Argoat, notre nouvelle montagne russe en bois : 780 mètres de frissons, 32 m de haut et des pointes à 85 km/h 😱 Rendez-vous dès le samedi 3 avril pour l'ouverture de la saison ! Qui montera dans le premier wagon ? 👇 #Kermagie2027 #montagnesrusses",
         "labels": []},
        {"id": "kermagie-02", "network": "instagram",
         "post": "🐉 Le Dragon d'Argoat, la plus haute montagne russe en bois de France, vous attend dès le 3 avril ! Accessible dès 1,10 m, et accompagné d'un adulte jusqu'à 1,40 m. Prêts à hurler ? #Kermagie2027",
         "labels": [("unsupported", "la plus haute montagne russe en bois de France"),
                    ("contradicted", "1,10 m")]},
        {"id": "kermagie-03", "network": "facebook",
         "post": "⏰ C'est le moment de réserver ! Jusqu'au 30 mars inclus, vos billets datés achetés en ligne sont à -20 % : 31,20 € au lieu de 39 € pour les adultes, 25,60 € au lieu de 32 € pour les 3-11 ans. Soit 7,80 € d'économie par billet adulte 🤑 Et l'entrée reste gratuite pour les moins de 3 ans 👶 Billets sur kermagie.fr #Kermagie2027",
         "labels": []},
        {"id": "kermagie-04", "network": "facebook",
         "post": "🎟️ Tarifs 2027 : adultes 39 €, enfants (3-11 ans) 29 €, et c'est gratuit pour les moins de 3 ans. Et comme toujours, parking gratuit pour toute la famille ! On se voit le 3 avril ? #Kermagie2027 #sortieenfamille",
         "labels": [("contradicted", "29 €"), ("contradicted", "parking gratuit")]},
        {"id": "kermagie-05", "network": "x",
         "post": "Une journée à Kermagie pour 2 adultes et 2 enfants de 5 et 8 ans ? 142 € au tarif normal, parking (6 €/véhicule) en plus 🚗 34 attractions et 5 spectacles : de quoi occuper toute la tribu ! #Kermagie2027",
         "labels": []},
        {"id": "kermagie-06", "network": "x",
         "post": "🌙 Les Nuits de Kermagie illuminent tous les samedis du 3 juillet au 28 août, à 22h ! 3 000 drones, des fontaines et de la pyrotechnie pour finir la journée en beauté 🎆 #Kermagie2027",
         "labels": [("contradicted", "22h"), ("unsupported", "3 000 drones")]},
        {"id": "kermagie-07", "network": "tiktok",
         "post": "Cet été, 9 samedis de magie ✨ Les Nuits de Kermagie, du 3/07 au 28/08 à 22h30 : drones, fontaines, pyrotechnie… et c'est inclus dans le billet ! Ces soirs-là, le parc reste ouvert jusqu'à 23h 🌙 #Kermagie2027 #spectacle #bretagne",
         "labels": []},
        {"id": "kermagie-08", "network": "linkedin",
         "post": "Kermagie fête ses 30 ans cette saison 🎉 Ouvert en 1998 dans le Morbihan, le parc a accueilli 612 000 visiteurs en 2026. « Le Dragon d'Argoat est notre plus gros investissement », confie Gwenaëlle Le Floch, directrice du parc depuis 2015.",
         "labels": [("contradicted", "30 ans"), ("unsupported", "notre plus gros investissement"),
                    ("contradicted", "2015")]},
        {"id": "kermagie-09", "network": "linkedin",
         "post": "Près de 30 ans après son ouverture, Kermagie continue d'innover. Plus de 600 000 visiteurs en 2026, une 2e place au classement des parcs de loisirs préférés des Bretons (enquête Ouest Loisirs 2025) : sous la direction de Gwenaelle Le Floch, le parc de Theix-Noyalo lance le 3 avril sa saison 2027 avec une montagne russe en bois inédite, le Dragon d'Argoat. #Kermagie2027 #tourisme #Bretagne",
         "labels": []},
        {"id": "kermagie-10", "network": "mastodon",
         "post": "Infos pratiques 2027 📌 Saison du samedi 3 avril au 31 octobre, tous les jours de 10h à 18h. Le Pass Saison à 79 € donne un accès illimité au parc toute la saison. Plus d'infos sur kermagie.fr",
         "labels": [("contradicted", "31 octobre"), ("contradicted", "79 €")]},
        {"id": "kermagie-11", "network": "bluesky",
         "post": "Dernière ligne droite pour la prévente 🎢 -25 % sur vos billets datés achetés en ligne jusqu'au 15 avril ! Le Dragon d'Argoat n'attend que vous. #Kermagie2027 #sortieenfamille",
         "labels": [("contradicted", "-25 %"), ("contradicted", "15 avril")]},
    ],
}

REDGUM = {
    "brand": "Redgum Ridge Estate",
    "lang": "en",
    "facts": [
        "Redgum Ridge Estate is a family winery in McLaren Vale, South Australia, founded in 1987 by Tom and Margaret Kelleher.",
        "The cellar door is at 58 Wattle Flat Road, McLaren Vale SA 5171.",
        "The cellar door is open daily from 10 am to 5 pm, except Good Friday and Christmas Day.",
        "The Classic Tasting (six wines) costs AUD 15 per person and is refunded with any purchase of two bottles or more.",
        "The Reserve Flight (five reserve wines paired with local cheeses) costs AUD 45 per person, runs on Saturdays and Sundays at 11 am and 2 pm, and must be booked in advance.",
        "The 2026 vintage: 380 tonnes of grapes were harvested from 46 hectares of estate vineyards between 9 February and 27 March 2026.",
        "The 2026 Fiano costs AUD 28 a bottle and the 2026 Grenache Rosé AUD 27 a bottle.",
        "The 2025 Reserve Shiraz (14.5% alcohol, 2,400 bottles made) is released on Saturday 10 April 2027 at AUD 68 a bottle.",
        "The 2023 Reserve Shiraz won a Gold Medal at the 2025 Fleurieu Wine Awards.",
        "The Autumn Release Weekend takes place on Saturday 10 and Sunday 11 April 2027, from 11 am to 4 pm, at the cellar door; tickets cost AUD 35 and include a tasting glass and eight release wines.",
        "The Release Six-Pack (two bottles each of the 2026 Fiano, the 2026 Grenache Rosé and the 2025 Reserve Shiraz) costs AUD 210 instead of AUD 246, until 30 April 2027.",
        "Redgum Club members get 15% off all wines and free delivery on orders of 12 bottles or more.",
        "Chief winemaker Priya Raman has led winemaking at Redgum Ridge since 2016.",
        "Website: redgumridge.com.au. Official hashtag: #RedgumRelease.",
    ],
    "brief": "Sell tickets for the Autumn Release Weekend (10–11 April 2027) and push the Release Six-Pack before 30 April 2027, in a warm, relaxed Australian voice.",
    "posts": [
        {"id": "redgum-ridge-01", "network": "instagram",
         "post": "Forty years on from 1987, when Tom and Margaret Kelleher founded Redgum Ridge, and we still get giddy at release time 🍷☀️ Autumn Release Weekend: Sat 10 & Sun 11 April, 11am–4pm at the cellar door. $35 gets you a tasting glass and eight release wines. Details at redgumridge.com.au #RedgumRelease #McLarenVale",
         "labels": []},
        {"id": "redgum-ridge-02", "network": "instagram",
         "post": "Autumn Release Weekend kicks off Friday 10 April 🍂 Swing by 58 Wattle Flat Road between 11am and 4pm: $35 gets you a tasting glass, eight release wines and a wood-fired pizza 🍕 #RedgumRelease",
         "labels": [("contradicted", "Friday 10 April"), ("unsupported", "a wood-fired pizza")]},
        {"id": "redgum-ridge-03", "network": "facebook",
         "post": "Vintage 2026 is in the books 🍇 Just under seven weeks of picking (9 Feb – 27 Mar), 380 tonnes off 46 hectares of estate vines, a little over 8 tonnes a hectare. Two of the 2026 wines to try: the Fiano ($28 a bottle) and the Grenache Rosé ($27). Come and say g'day at the cellar door, open daily 10 to 5. #RedgumRelease",
         "labels": []},
        {"id": "redgum-ridge-04", "network": "facebook",
         "post": "New to Redgum Ridge? Start with our Classic Tasting: eight wines, AUD 15 per person, refunded with any single bottle purchase. We're open every day of the year, 10am to 5pm, at 58 Wattle Flat Road, McLaren Vale. See you soon!",
         "labels": [("contradicted", "eight"), ("contradicted", "any single bottle purchase"),
                    ("contradicted", "every day of the year")]},
        {"id": "redgum-ridge-05", "network": "x",
         "post": "Buy two bottles and your Classic Tasting's on us 🍷 Six wines for AUD 15pp, refunded when you take home 2+ bottles. Cellar door open 10am–5pm every day bar Good Friday & Christmas Day. #RedgumRelease",
         "labels": []},
        {"id": "redgum-ridge-06", "network": "linkedin",
         "post": "Big news from McLaren Vale: our 2025 Reserve Shiraz has taken Gold at the 2025 Fleurieu Wine Awards 🏅, and Redgum Ridge is now ranked among Australia's top 10 Shiraz producers. Thank you to chief winemaker Priya Raman and the whole team.",
         "labels": [("contradicted", "2025", 0),
                    ("unsupported", "ranked among Australia's top 10 Shiraz producers")]},
        {"id": "redgum-ridge-07", "network": "linkedin",
         "post": "A proud moment for the team: the 2023 Reserve Shiraz brought home Gold from the 2025 Fleurieu Wine Awards. Its younger sibling, the 2025 Reserve Shiraz (14.5% alc., just 2,400 bottles), is released on 10 April at AUD 68, crafted under chief winemaker Priya Raman, at the helm since 2016. #RedgumRelease #AustralianWine",
         "labels": []},
        {"id": "redgum-ridge-08", "network": "x",
         "post": "Vintage 2026 wrap: 420 tonnes of fruit off 46 ha, last bins in on 17 March, our best vintage in a decade 🍇 Fiano $28, Grenache Rosé $27. #RedgumRelease",
         "labels": [("contradicted", "420"), ("contradicted", "17 March"),
                    ("unsupported", "our best vintage in a decade")]},
        {"id": "redgum-ridge-09", "network": "tiktok",
         "post": "Weekend plans: sorted 🧀🍷 Reserve Flight = five reserve wines + local cheeses, $45 a head. Sat & Sun sessions at 11am or 2pm, booking essential! 📍58 Wattle Flat Rd, McLaren Vale #RedgumRelease #winetok",
         "labels": []},
        {"id": "redgum-ridge-10", "network": "mastodon",
         "post": "The Release Six-Pack is here: two each of the 2026 Fiano, 2026 Grenache Rosé and 2025 Reserve Shiraz for $199 (usually $246), with free delivery Australia-wide. Available until 30 April 👉 redgumridge.com.au",
         "labels": [("contradicted", "$199"), ("unsupported", "free delivery Australia-wide")]},
        {"id": "redgum-ridge-11", "network": "bluesky",
         "post": "Release Six-Pack: 2 x Fiano, 2 x Grenache Rosé, 2 x Reserve Shiraz for $210. That's $36 off, until the end of April 🙌 (Redgum Club members: you also get 15% off all wines and free delivery on a dozen or more.) redgumridge.com.au",
         "labels": []},
    ],
}

LANTERN = {
    "brand": "Lanternfish Games",
    "lang": "en",
    "facts": [
        "Lanternfish Games is an independent video game studio founded in 2019 in Bristol by Ellie Marsh (creative director) and Dev Okafor (technical director).",
        "The studio has 7 staff.",
        "Its debut game, Mossglow (2022), sold 126,000 copies and won Best Debut Game at the 2022 Northern Indie Awards.",
        "Its new game, Tidebound, is a hand-drawn narrative puzzle adventure set on a drowned archipelago.",
        "The Tidebound Kickstarter campaign runs for 30 days, from Tuesday 2 February 2027 at 5 pm GMT to Thursday 4 March 2027 at 5 pm GMT.",
        "The funding goal is £45,000. Stretch goals: at £60,000, French, German and Spanish localisation; at £80,000, a Nintendo Switch version.",
        "Backer tiers: Digital Copy £18; Deluxe Digital (game, soundtrack and digital artbook) £30; Boxed Edition £65 (UK shipping included, international shipping charged separately); Design a Lighthouse £250, limited to 20 backers.",
        "Early bird: the Digital Copy tier costs £15 during the first 48 hours of the campaign.",
        "Tidebound is planned for release in October 2027 on PC (Steam) and Mac.",
        "A free demo is available on Steam from 2 February 2027.",
        "The soundtrack is composed by Hana Sato.",
        "Campaign page: kickstarter.com/projects/lanternfish/tidebound. Studio website: lanternfish.games.",
        "Official hashtag: #Tidebound.",
    ],
    "brief": "Drive backers to the Tidebound Kickstarter in its first 48 hours (early bird) and reach the £45,000 goal, in a friendly, nerdy voice.",
    "posts": [
        {"id": "lanternfish-01", "network": "x",
         "post": "IT'S LIVE 🌊 Tidebound is on Kickstarter! Back us in the first 48 hours and grab a digital copy for £15 instead of £18 (that's £3 off). Goal: £45k. kickstarter.com/projects/lanternfish/tidebound #Tidebound #indiedev",
         "labels": []},
        {"id": "lanternfish-02", "network": "instagram",
         "post": "Early birds get the fish 🐟 For the first 72 hours only, the Tidebound Digital Copy tier drops to £12. Don't sleep on it! #Tidebound #kickstarter",
         "labels": [("contradicted", "72 hours"), ("contradicted", "£12")]},
        {"id": "lanternfish-03", "network": "bluesky",
         "post": "30 days. £45,000. One drowned archipelago. 🏝️ The Tidebound Kickstarter runs until Thursday 4 March, 5pm GMT. Not sure yet? Try the free demo on Steam first, then come back and pledge 💙 #Tidebound",
         "labels": []},
        {"id": "lanternfish-04", "network": "x",
         "post": "Tidebound, our hand-drawn narrative puzzle adventure, is coming to PC, Mac and PS5 in September 2027. Wishlist it on Steam and back it on Kickstarter! #Tidebound",
         "labels": [("contradicted", "PS5"), ("contradicted", "September 2027")]},
        {"id": "lanternfish-05", "network": "linkedin",
         "post": "Eight years after Ellie Marsh and Dev Okafor founded Lanternfish Games in Bristol, our team of seven is asking for your support. Our debut, Mossglow, sold over 120,000 copies and was named Best Debut Game at the 2022 Northern Indie Awards. Tidebound, a hand-drawn narrative puzzle adventure for PC and Mac, is on Kickstarter from 2 February. #Tidebound #gamedev #Bristol",
         "labels": []},
        {"id": "lanternfish-06", "network": "linkedin",
         "post": "Lanternfish Games was founded in Bristol in 2019 by Ellie Marsh and our creative director Dev Okafor. Our debut, Mossglow, sold over 150,000 copies. Backed by a £20,000 development grant, our new game Tidebound is now on Kickstarter. #Tidebound",
         "labels": [("contradicted", "creative director"), ("contradicted", "over 150,000"),
                    ("unsupported", "Backed by a £20,000 development grant")]},
        {"id": "lanternfish-07", "network": "instagram",
         "post": "Pick your tier 👇\n🎮 Digital Copy: £18 (£15 in the first 48h!)\n🎶 Deluxe Digital: £30, with Hana Sato's soundtrack and the digital artbook\n📦 Boxed Edition: £65, UK shipping included\n🗼 Design a Lighthouse: £250, only 20 spots!\n#Tidebound",
         "labels": []},
        {"id": "lanternfish-08", "network": "facebook",
         "post": "📦 Collectors, this one's for you: the Tidebound Boxed Edition is £65 with free worldwide shipping, and it's limited to 500 copies. Don't miss out! #Tidebound",
         "labels": [("contradicted", "free worldwide shipping"), ("unsupported", "limited to 500 copies")]},
        {"id": "lanternfish-09", "network": "tiktok",
         "post": "What happens if we smash the goal? 👀 At £60k: French, German and Spanish translations. At £80k: Tidebound comes to Nintendo Switch! The main goal is £45,000, so help us get there 🙏 Link in bio #Tidebound #gamedev",
         "labels": []},
        {"id": "lanternfish-10", "network": "bluesky",
         "post": "Reminder: the Tidebound Kickstarter closes on Wednesday 4 March at 5pm GMT. We're aiming for £40,000, and every pledge counts 💙 #Tidebound",
         "labels": [("contradicted", "Wednesday 4 March"), ("contradicted", "£40,000")]},
        {"id": "lanternfish-11", "network": "mastodon",
         "post": "Big-hearted backers, this one's for you 💙 The Design a Lighthouse tier (£250) includes a day at our Bristol studio. Only 50 spots! #TideboundGame",
         "labels": [("unsupported", "includes a day at our Bristol studio"), ("contradicted", "50", 1),
                    ("contradicted", "#TideboundGame")]},
    ],
}


if __name__ == "__main__":
    check_calendar()
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind11.jsonl")
    build([CLE, KERMAGIE, REDGUM, LANTERN], out)
