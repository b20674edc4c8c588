import json
brands = {}
brands['atelier-bois'] = dict(lang='fr', brand="L'Atelier du Bois Flotté", facts=[
 "L'Atelier du Bois Flotté fabrique des meubles en bois flotté à La Rochelle depuis 2016.",
 "L'atelier est noté 4,8/5 sur Google, avec 320 avis.",
 "Une table basse coûte à partir de 290 €.",
 "Chaque meuble est unique et fabriqué à la main par Léa Morin et Hugo Benoît.",
 "La livraison est possible dans toute la France métropolitaine, pour 39 €.",
 "L'atelier participe au Salon Maison & Objet du 15 au 19 janvier 2026 à Paris.",
 "Le showroom est ouvert le vendredi et le samedi de 10h à 18h, au 3 quai Valin.",
 "Le site est atelier-boisflotte.fr.",
 "Le hashtag officiel est #BoisFlotte.",
], brief="Annoncer la présence au Salon Maison & Objet (15-19 janvier 2026).",
posts=[
 ("🌊 Retrouvez-nous au Salon Maison & Objet du 15 au 19 janvier à Paris ! Chaque pièce est unique, faite main par Léa et Hugo. #BoisFlotte", []),
 ("Noté 4,8/5 sur Google par plus de 300 clients : merci pour votre confiance 🙏", []),
 ("Tables basses à partir de 290 €, livrées partout en France métropolitaine pour 39 €. atelier-boisflotte.fr", []),
 ("Le showroom du 3 quai Valin vous accueille le vendredi et le samedi, de 10h à 18h ☀️", []),
 ("Noté 4,9/5 par plus de 500 clients, l'atelier existe depuis 2012 ! #BoisFlotte", [("contradicted","4,9/5"),("contradicted","500"),("contradicted","2012")]),
 ("Livraison gratuite dans toute l'Europe et tables basses dès 250 € ! #BoisFlotte", [("contradicted","Livraison gratuite"),("unsupported","dans toute l'Europe"),("contradicted","250 €")]),
 ("Au Salon Maison & Objet du 16 au 20 janvier, en partenariat avec Roche Bobois ! #BoisFlotte", [("contradicted","16 au 20 janvier"),("unsupported","en partenariat avec Roche Bobois")]),
 ("Showroom ouvert du mardi au samedi au 3 quai Valin, 98 % de clients satisfaits ! #BoisFlotte", [("contradicted","du mardi au samedi"),("unsupported","98 % de clients satisfaits")]),
])
brands['lumen'] = dict(lang='en', brand='Lumen Yoga Retreats', facts=[
 "Lumen runs yoga retreats at Finca Sol, near Ronda in Andalusia, Spain.",
 "The spring retreat runs from Saturday 18 to Saturday 25 April 2026: 7 nights.",
 "The retreat costs €1,190 per person in a shared room and €1,490 in a private room.",
 "The price includes all meals (vegetarian), two yoga classes a day and airport transfers from Málaga.",
 "Places are limited to 16 guests.",
 "The retreat is led by Hannah Cole, a yoga teacher since 2011.",
 "An early-booking discount of €100 applies until 28 February 2026.",
 "Book at lumenretreats.com/spring.",
 "The official hashtag is #LumenRetreats.",
], brief="Fill the spring retreat (18-25 April 2026) and push early booking.",
posts=[
 ("🌿 Seven nights at Finca Sol, near Ronda: our spring retreat runs from 18 to 25 April. Vegetarian meals, two yoga classes a day and transfers from Málaga included. #LumenRetreats", []),
 ("Book before 28 February and save €100: that's €1,090 in a shared room. lumenretreats.com/spring", []),
 ("Only 16 places, led by Hannah Cole, who has been teaching yoga since 2011 🧘", []),
 ("Shared room €1,190, private room €1,490, everything included but the flights ✈️ #LumenRetreats", []),
 ("Eight nights in Andalusia from 18 April, for €990 per person! #LumenRetreats", [("contradicted","Eight"),("contradicted","€990")]),
 ("Early-booking discount of €200 until 31 March, and a free massage for every guest! #LumenRetreats", [("contradicted","€200"),("contradicted","31 March"),("unsupported","a free massage for every guest")]),
 ("Led by Hannah Cole and guest teacher Maya Lopez, with three classes a day! #LumenRetreats", [("unsupported","Maya Lopez"),("contradicted","three")]),
 ("Rated 5 stars on Tripadvisor, with flights from Dublin included! #LumenRetreats", [("unsupported","Rated 5 stars on Tripadvisor"),("contradicted","with flights from Dublin included")]),
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
with open('/work/main/internal/verify/testdata/holdout8.jsonl','w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False)+"\n")
print(len(out))
