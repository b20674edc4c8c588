import json
brands = {}
brands['aqualis'] = dict(lang='fr', brand='Centre aquatique Aqualis', facts=[
 "Le centre aquatique Aqualis, à Reims, rouvre le lundi 5 janvier 2026 après dix mois de travaux.",
 "Le grand bassin mesure 50 m et compte 8 lignes d'eau.",
 "Le toboggan mesure 80 m.",
 "L'entrée coûte 5,20 € ; la carte de 10 entrées coûte 42 €.",
 "L'entrée est gratuite pour les moins de 4 ans.",
 "Les cours d'aquagym ont lieu le mardi et le jeudi à 19h.",
 "Le centre est ouvert tous les jours de 7h à 21h, sauf le dimanche où il ferme à 13h.",
 "La directrice du centre est Sophie Laurent.",
 "Le site est aqualis-reims.fr.",
 "Le hashtag officiel est #AqualisReims.",
], brief="Annoncer la réouverture du 5 janvier 2026 et relancer la carte 10 entrées.",
posts=[
 ("🏊 C'est officiel : Aqualis rouvre ses portes le lundi 5 janvier ! Après dix mois de travaux, on a hâte de vous retrouver dans le grand bassin de 50 m. #AqualisReims", []),
 ("La carte 10 entrées à 42 €, soit 10 € d'économie par rapport à 10 entrées à 5,20 € 😉 Infos sur aqualis-reims.fr", []),
 ("Aquagym tous les mardis et jeudis à 19h 💪 Venez tester, l'ambiance est géniale !", []),
 ("Le dimanche, on ferme à 13h : pensez à venir le matin ☀️ #AqualisReims", []),
 ("Réouverture le lundi 12 janvier avec un toboggan de 100 m ! #AqualisReims", [("contradicted","lundi 12 janvier"),("contradicted","100 m")]),
 ("Entrée à 4,80 € et gratuite pour les moins de 6 ans, bonnet de bain offert le jour de la réouverture ! #AqualisReims", [("contradicted","4,80 €"),("contradicted","6 ans"),("unsupported","bonnet de bain offert")]),
 ("Ouvert 7j/7 de 7h à 22h, dans la plus grande piscine de la région Grand Est ! #AqualisReims", [("contradicted","7j/7"),("contradicted","22h"),("unsupported","la plus grande piscine de la région Grand Est")]),
 ("Sophie Lambert, directrice du centre, vous présente les 10 lignes d'eau du grand bassin 🏊‍♀️ #AqualisReims", [("contradicted","Sophie Lambert"),("contradicted","10")]),
 ("Aquagym le mercredi à 19h avec un coach diplômé d'État, inscriptions au 03 26 11 22 33. #AqualisReims", [("contradicted","mercredi"),("unsupported","03 26 11 22 33")]),
])
brands['fernhill'] = dict(lang='en', brand='Fernhill Farm Shop', facts=[
 "Fernhill Farm Shop has been run by the Hartley family since 1962.",
 "Free-range Christmas turkeys (5kg) cost £65 and must be pre-ordered by 12 December 2026.",
 "Turkeys are collected from the shop between 22 and 24 December 2026.",
 "The shop is open Tuesday to Sunday, 9am to 5pm; it is closed on Mondays.",
 "The café serves breakfast until 11:30am.",
 "The shop stocks produce from 30 local suppliers.",
 "Parking is free.",
 "Pre-orders are taken at fernhillfarmshop.co.uk/christmas.",
 "The official hashtag is #FernhillFarm.",
], brief="Christmas campaign: turkey pre-orders before 12 December 2026.",
posts=[
 ("🦃 Christmas is coming! Pre-order your free-range turkey (5kg, £65) by 12 December at fernhillfarmshop.co.uk/christmas #FernhillFarm", []),
 ("Collect your turkey between 22 and 24 December, and grab a coffee while you're here ☕ Free parking, as always.", []),
 ("Over 60 years of Hartley family farming, and 30 local suppliers on our shelves 💚 #FernhillFarm", []),
 ("Breakfast is served until 11:30am, Tuesday to Sunday. See you soon! #FernhillFarm", []),
 ("Turkey pre-orders close on 15 December! 5kg birds just £59. #FernhillFarm", [("contradicted","15 December"),("contradicted","£59")]),
 ("Open 7 days a week from 8am, with free delivery on every Christmas order! #FernhillFarm", [("contradicted","Open 7 days a week"),("contradicted","8am"),("unsupported","free delivery on every Christmas order")]),
 ("Run by the Hartley family since 1972, voted Yorkshire's best farm shop! #FernhillFarm", [("contradicted","1972"),("unsupported","Yorkshire's best farm shop")]),
 ("Collection on Wednesday 23 December only, plus a free bottle of mulled wine with every turkey 🍷 #FernhillFarm", [("contradicted","Wednesday 23 December"),("contradicted","only"),("unsupported","a free bottle of mulled wine with every turkey")]),
 ("More than 50 local suppliers stock our shelves, and our café is now run by chef Tom Kerridge! #FernhillFarm", [("contradicted","50"),("unsupported","Tom Kerridge")]),
])
brands['vins-terroirs'] = dict(lang='fr', brand='Salon Vins & Terroirs', facts=[
 "La 3e édition du Salon Vins & Terroirs a lieu le samedi 14 et le dimanche 15 mars 2026 au Parc des Expositions de Colmar.",
 "Le salon réunit 120 vignerons.",
 "L'entrée coûte 8 € et comprend un verre de dégustation.",
 "L'entrée est gratuite pour les moins de 18 ans, sans dégustation.",
 "Le salon est ouvert de 10h à 19h le samedi et de 10h à 18h le dimanche.",
 "Une navette gratuite relie la gare de Colmar au Parc des Expositions.",
 "Le parrain de l'édition est le sommelier Julien Faure.",
 "La billetterie est sur vins-terroirs-colmar.fr.",
 "Le hashtag officiel est #VinsTerroirsColmar.",
], brief="Faire venir le public au salon les 14 et 15 mars 2026.",
posts=[
 ("🍷 Les 14 et 15 mars, 120 vignerons vous donnent rendez-vous au Parc des Expositions de Colmar pour la 3e édition du salon ! #VinsTerroirsColmar", []),
 ("Entrée 8 €, verre de dégustation compris. Et pour venir, une navette gratuite part de la gare de Colmar 🚌", []),
 ("Notre parrain cette année : le sommelier Julien Faure. Hâte de partager ses coups de cœur avec vous ! Billets sur vins-terroirs-colmar.fr", []),
 ("Samedi de 10h à 19h, dimanche de 10h à 18h : deux jours pour découvrir les terroirs 🍇 #VinsTerroirsColmar", []),
 ("La 4e édition du salon, c'est les 21 et 22 mars au Parc des Expositions de Colmar ! #VinsTerroirsColmar", [("contradicted","4e"),("contradicted","21 et 22 mars")]),
 ("Entrée à 10 € avec deux verres de dégustation offerts, et parking gratuit ! #VinsTerroirsColmar", [("contradicted","10 €"),("contradicted","deux verres de dégustation offerts"),("unsupported","parking gratuit")]),
 ("Plus de 200 vignerons et le plus grand salon des vins d'Alsace, parrainé par Julien Fabre ! #VinsTerroirsColmar", [("contradicted","200"),("unsupported","le plus grand salon des vins d'Alsace"),("contradicted","Julien Fabre")]),
 ("Le salon ferme à 20h samedi, et la dégustation est gratuite pour les moins de 18 ans ! #VinsTerroirsColmar", [("contradicted","20h"),("contradicted","la dégustation est gratuite pour les moins de 18 ans")]),
])
out = []
for bid, b in brands.items():
    for i, (post, labs) in enumerate(b['posts'], 1):
        labels = []
        for typ, txt in labs:
            idx = post.find(txt)
            assert idx >= 0, (bid, txt)
            labels.append(dict(start=idx, end=idx+len(txt), type=typ, text=txt))
        out.append(dict(id=f"{bid}-{i:02d}", brand=b['brand'], lang=b['lang'], network="instagram", facts=b['facts'], brief=b['brief'], post=post, labels=labels))
with open('/work/main/internal/verify/testdata/holdout2.jsonl','w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False)+"\n")
print(len(out))
