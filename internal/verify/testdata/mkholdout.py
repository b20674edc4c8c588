import json
brands = {}
brands['capucins'] = dict(lang='fr', brand='Théâtre des Capucins', facts=[
 "Le Théâtre des Capucins présente « Le Vent tourne » du mardi 3 au samedi 14 novembre 2026, à Besançon.",
 "Les représentations ont lieu à 20h30, du mardi au samedi ; relâche le dimanche et le lundi.",
 "Le spectacle dure 1 h 40.",
 "Tarifs : 24 € plein tarif, 16 € tarif réduit, 10 € pour les moins de 26 ans.",
 "La mise en scène est de Camille Dufresne.",
 "La salle compte 180 places.",
 "Réservations au 03 81 22 45 67 ou sur theatre-capucins.fr/billetterie.",
 "Une rencontre avec l'équipe a lieu après la représentation du jeudi 5 novembre 2026.",
 "Le hashtag officiel est #LeVentTourne.",
], brief="Remplir la salle pour « Le Vent tourne » (3-14 novembre 2026), en insistant sur le tarif jeunes.",
posts=[
 ("🎭 « Le Vent tourne » souffle sur les Capucins du 3 au 14 novembre ! Tous les soirs à 20h30 sauf dimanche et lundi. Réservez au 03 81 22 45 67. #LeVentTourne", []),
 ("Moins de 26 ans ? Votre place est à 10 € seulement 🎟️ Rendez-vous sur theatre-capucins.fr/billetterie", []),
 ("1h40 d'émotion dans une mise en scène signée Camille Dufresne. Jeudi 5 novembre, restez après le spectacle pour rencontrer l'équipe ! #LeVentTourne", []),
 ("Deux semaines de représentations, 180 fauteuils chaque soir : ne tardez pas à réserver 😉 #LeVentTourne", []),
 ("Dernière le dimanche 15 novembre à 16h ! Tarif unique de 20 €. #LeVentTourne", [("contradicted","dimanche 15 novembre"),("contradicted","16h"),("contradicted","20 €")]),
 ("Rencontre avec l'équipe après la représentation du vendredi 5 novembre, verre de l'amitié offert ! #LeVentTourne", [("contradicted","vendredi 5 novembre"),("unsupported","verre de l'amitié offert")]),
 ("Mise en scène de Camille Dumont, déjà saluée par Télérama 👏 Réservations au 03 81 22 45 76. #LeVentTourne", [("contradicted","Camille Dumont"),("unsupported","déjà saluée par Télérama"),("contradicted","03 81 22 45 76")]),
 ("Une salle de 250 places pour un spectacle de 2 heures, le plus attendu de l'automne à Besançon ! #LeVentTourne", [("contradicted","250"),("contradicted","2 heures"),("unsupported","le plus attendu de l'automne à Besançon")]),
 ("Tarif réduit à 14 € et gratuit pour les moins de 12 ans ! #LeVentTourne", [("contradicted","14 €"),("unsupported","gratuit pour les moins de 12 ans")]),
])
brands['greenleaf'] = dict(lang='en', brand='Greenleaf Grocer', facts=[
 "Greenleaf Grocer was founded in 2017 in Bristol by Tom Ashby.",
 "Greenleaf Grocer delivers organic groceries to 12 Bristol postcodes.",
 "Delivery is free on orders over £40; otherwise it costs £3.50.",
 "The weekly veg box costs £18.50.",
 "85% of our produce comes from farms within 50 miles of Bristol.",
 "Orders placed by 8pm are delivered the next day.",
 "New customers get 20% off their first veg box until 31 August 2026 with the code SUMMER20.",
 "Contact: hello@greenleafgrocer.co.uk.",
 "The official hashtag is #EatGreenleaf.",
], brief="Summer campaign: win new customers with 20% off the first veg box until 31 August 2026.",
posts=[
 ("🥕 New here? Get 20% off your first veg box with code SUMMER20, until 31 August. That's £14.80 instead of £18.50! #EatGreenleaf", []),
 ("Order by 8pm and your groceries arrive the next day 🚲 Free delivery on orders over £40. #EatGreenleaf", []),
 ("Since 2017, Tom Ashby's little Bristol shop has grown into a delivery service covering 12 postcodes 💚 Questions? hello@greenleafgrocer.co.uk", []),
 ("Local means local: 85% of what we sell is grown within 50 miles of Bristol 🌱 #EatGreenleaf", []),
 ("Summer offer extended! 25% off your first veg box until 30 September with code SUMMER20. #EatGreenleaf", [("contradicted","extended"),("contradicted","25%"),("contradicted","30 September")]),
 ("Free delivery on every order, and a free jar of local honey with your first box! 🍯 #EatGreenleaf", [("contradicted","Free delivery on every order"),("unsupported","a free jar of local honey with your first box")]),
 ("Our weekly veg box is just £16.50, delivered across 15 Bristol postcodes. #EatGreenleaf", [("contradicted","£16.50"),("contradicted","15")]),
 ("Founded in 2015 by Tom Ashley, Greenleaf is Bristol's first carbon-neutral grocer. #EatGreenleaf", [("contradicted","2015"),("contradicted","Tom Ashley"),("unsupported","Bristol's first carbon-neutral grocer")]),
 ("All our produce is 100% organic and comes from farms within 30 miles! Email us at hi@greenleaf.co.uk", [("contradicted","30 miles"),("contradicted","hi@greenleaf.co.uk")]),
])
brands['riverside10k'] = dict(lang='en', brand='Riverside 10K', facts=[
 "The Riverside 10K takes place on Sunday 20 September 2026 in Limerick.",
 "The race starts at 10:00 at Arthur's Quay.",
 "Entry costs €25, or €20 for early-bird entries made before 31 July 2026.",
 "The race is capped at 1,500 runners.",
 "All proceeds go to Limerick Children's Hospital.",
 "Every finisher receives a medal.",
 "Race director: Sean Murphy.",
 "Enter at riverside10k.ie/enter.",
 "The official hashtag is #Riverside10K.",
], brief="Fill the race: push early-bird entries before 31 July 2026.",
posts=[
 ("🏃 Sunday 20 September, 10:00, Arthur's Quay: the Riverside 10K is back! Early-bird entry €20 until 31 July: riverside10k.ie/enter #Riverside10K", []),
 ("Only 1,500 places, and every finisher gets a medal 🏅 All proceeds go to Limerick Children's Hospital 💙 #Riverside10K", []),
 ("Save €5 with an early-bird entry before 31 July! See you on the start line, says race director Sean Murphy. #Riverside10K", []),
 ("Race day is Saturday 20 September at 9:30! #Riverside10K", [("contradicted","Saturday 20 September"),("contradicted","9:30")]),
 ("Early-bird entries €15 until 31 August, and a free race T-shirt for every runner! #Riverside10K", [("contradicted","€15"),("contradicted","31 August"),("unsupported","a free race T-shirt for every runner")]),
 ("2,000 runners, one river, one cause: Limerick Children's Hospital. Ireland's most scenic 10K! #Riverside10K", [("contradicted","2,000"),("unsupported","Ireland's most scenic 10K")]),
 ("Race director Shane Murphy says the course is certified by Athletics Ireland. Enter at riverside10k.com #Riverside10K", [("contradicted","Shane Murphy"),("unsupported","certified by Athletics Ireland"),("contradicted","riverside10k.com")]),
 ("Half of every entry goes to Limerick Children's Hospital 💙 #Riverside10K", [("contradicted","Half of every entry")]),
])
brands['atelier-sucre'] = dict(lang='fr', brand='Atelier Sucré', facts=[
 "Atelier Sucré est une pâtisserie fondée en 2019 à Bordeaux par Inès Haddad.",
 "Atelier Sucré a 2 boutiques à Bordeaux : aux Chartrons et à Saint-Michel.",
 "La bûche de Noël (6 parts) coûte 32 €.",
 "Les bûches se précommandent jusqu'au vendredi 18 décembre 2026 sur atelier-sucre.fr/noel.",
 "Le retrait des bûches se fait les 23 et 24 décembre 2026.",
 "Les boutiques sont ouvertes du mercredi au dimanche, de 9h à 19h.",
 "Les macarons coûtent 1,80 € pièce ; la boîte de 12 coûte 19 €.",
 "Un cours de pâtisserie a lieu chaque samedi à 10h, pour 45 € par personne et 8 participants au maximum.",
 "Le hashtag officiel est #AtelierSucreBdx.",
], brief="Lancer les précommandes de bûches de Noël 2026.",
posts=[
 ("🎄 Les précommandes de bûches sont ouvertes ! 32 € la bûche de 6 parts, à réserver jusqu'au 18 décembre sur atelier-sucre.fr/noel. Retrait les 23 et 24 décembre. #AtelierSucreBdx", []),
 ("Une boîte de 12 macarons pour 19 €, au lieu de 21,60 € à la pièce 😋 Aux Chartrons comme à Saint-Michel, du mercredi au dimanche. #AtelierSucreBdx", []),
 ("Chaque samedi à 10h, Inès Haddad vous apprend ses secrets : 45 € le cours, 8 gourmands maximum 👩‍🍳 #AtelierSucreBdx", []),
 ("Depuis 2019, nos deux boutiques bordelaises vous régalent de 9h à 19h. Merci pour votre fidélité ❤️", []),
 ("Bûche de Noël à 29 € pour 8 parts, précommande jusqu'au 20 décembre ! #AtelierSucreBdx", [("contradicted","29 €"),("contradicted","8"),("contradicted","20 décembre")]),
 ("Nos boutiques sont ouvertes tous les jours de 9h à 19h pendant les fêtes, avec une livraison gratuite dans tout Bordeaux ! #AtelierSucreBdx", [("contradicted","tous les jours"),("unsupported","une livraison gratuite dans tout Bordeaux")]),
 ("Inès Haddad, élue meilleure pâtissière de Nouvelle-Aquitaine 2025, ouvre une 3e boutique à Mérignac ! #AtelierSucreBdx", [("unsupported","meilleure pâtissière de Nouvelle-Aquitaine 2025"),("unsupported","3e"),("unsupported","Mérignac")]),
 ("Cours de pâtisserie le dimanche à 10h, 35 € par personne, tablier offert ! #AtelierSucreBdx", [("contradicted","dimanche"),("contradicted","35 €"),("unsupported","tablier offert")]),
 ("Retrait des bûches le mardi 22 décembre aux Chartrons. #AtelierSucreBdx", [("contradicted","mardi 22 décembre")]),
])
out = []
for bid, b in brands.items():
    for i, (post, labs) in enumerate(b['posts'], 1):
        labels = []
        for typ, txt in labs:
            idx = post.find(txt)
            assert idx >= 0, (bid, txt)
            labels.append(dict(start=idx, end=idx+len(txt), type=typ, text=txt))
        out.append(dict(id=f"{bid}-{i:02d}", brand=b['brand'], lang=b['lang'], network="facebook", facts=b['facts'], brief=b['brief'], post=post, labels=labels))
with open('/work/main/internal/verify/testdata/holdout.jsonl','w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False)+"\n")
print(len(out))
