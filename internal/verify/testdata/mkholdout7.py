import json
brands = {}
brands['maison-lin'] = dict(lang='fr', brand='Maison Lin', facts=[
 "Maison Lin vend du linge de maison en lin lavé, fabriqué au Portugal.",
 "Pendant les soldes, du mercredi 7 janvier au mardi 3 février 2026, les remises vont jusqu'à -40 %.",
 "La livraison est offerte dès 80 € d'achat ; sinon elle coûte 5,90 €.",
 "Les commandes sont livrées en 3 à 5 jours ouvrés.",
 "Les retours sont gratuits pendant 30 jours.",
 "Une housse de couette 240 x 220 cm coûte 149 € hors soldes.",
 "Le service client répond au 01 84 60 22 10, du lundi au vendredi de 9h à 18h.",
 "Le site est maisonlin.fr.",
 "Le hashtag officiel est #MaisonLin.",
], brief="Annoncer les soldes d'hiver 2026 (7 janvier - 3 février).",
posts=[
 ("❄️ C'est les soldes ! Jusqu'à -40 % sur le linge en lin lavé, du 7 janvier au 3 février sur maisonlin.fr #MaisonLin", []),
 ("Livraison offerte dès 80 € d'achat, et retours gratuits pendant 30 jours : faites-vous plaisir en toute sérénité 🛏️", []),
 ("Une question sur votre commande ? Notre service client vous répond au 01 84 60 22 10, du lundi au vendredi de 9h à 18h.", []),
 ("Notre housse de couette 240 x 220 cm à 149 €, en lin lavé fabriqué au Portugal 🇵🇹 #MaisonLin", []),
 ("Soldes jusqu'à -50 % jusqu'au 10 février ! #MaisonLin", [("contradicted","-50 %"),("contradicted","10 février")]),
 ("Livraison offerte sans minimum d'achat et livrée en 24h ! #MaisonLin", [("contradicted","sans minimum d'achat"),("contradicted","24h")]),
 ("Linge 100 % lin français, garanti 5 ans ! #MaisonLin", [("contradicted","français"),("unsupported","garanti 5 ans")]),
 ("Retours gratuits pendant 60 jours et service client 7j/7 ! #MaisonLin", [("contradicted","60 jours"),("contradicted","7j/7")]),
])
brands['greenway'] = dict(lang='en', brand='Greenway Bikes', facts=[
 "Greenway Bikes rents e-bikes in Edinburgh from its shop at 14 Canal Street.",
 "An e-bike costs £35 for a full day and £22 for a half day (4 hours).",
 "Helmets and locks are included with every rental.",
 "The shop is open every day from 9am to 6pm between April and October.",
 "Guided tours of the city leave at 10am on Saturdays and Sundays and last 3 hours.",
 "A guided tour costs £49 per person, e-bike included.",
 "Groups of 6 or more get 10% off.",
 "Book at greenwaybikes.co.uk.",
 "The official hashtag is #GreenwayRides.",
], brief="Promote weekend guided tours for the 2026 season.",
posts=[
 ("🚲 Explore Edinburgh on an e-bike: £35 for the day, £22 for a half day. Helmet and lock included! #GreenwayRides", []),
 ("Guided tours every Saturday and Sunday at 10am: three hours, £49 per person, e-bike included. Book at greenwaybikes.co.uk", []),
 ("Coming as a group of 6 or more? You get 10% off 🙌", []),
 ("Open every day, 9am to 6pm, from April to October. Find us at 14 Canal Street! #GreenwayRides", []),
 ("Guided tours every day at 11am, just £39 with the bike! #GreenwayRides", [("contradicted","every day"),("contradicted","11am"),("contradicted","£39")]),
 ("Half-day hire (2 hours) for £20, and free GoPro rental this weekend! #GreenwayRides", [("contradicted","2 hours"),("contradicted","£20"),("unsupported","free GoPro rental this weekend")]),
 ("Groups of 4 or more save 15%! #GreenwayRides", [("contradicted","4"),("contradicted","15%")]),
 ("Scotland's number one e-bike tour, now with 3 shops across Edinburgh! #GreenwayRides", [("unsupported","Scotland's number one e-bike tour"),("unsupported","3 shops")]),
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
with open('/work/main/internal/verify/testdata/holdout7.jsonl','w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False)+"\n")
print(len(out))
