import json
brands = {}
brands['escalade'] = dict(lang='fr', brand='Bloc Party Escalade', facts=[
 "Bloc Party est une salle d'escalade de bloc située au 8 rue des Tanneurs, à Strasbourg.",
 "La salle compte 1 200 m² de murs et plus de 250 blocs renouvelés chaque semaine.",
 "L'entrée coûte 14 € (11 € en tarif réduit) ; l'abonnement mensuel coûte 59 €.",
 "La location des chaussons coûte 4 €.",
 "La salle est ouverte du lundi au vendredi de 11h à 23h et le week-end de 9h à 20h.",
 "Une séance d'initiation d'1h30 a lieu chaque samedi à 10h, pour 25 € matériel compris.",
 "Les enfants sont acceptés à partir de 6 ans, accompagnés d'un adulte.",
 "Le site est blocparty-escalade.fr.",
 "Le hashtag officiel est #BlocPartyStras.",
], brief="Attirer les débutants avec les initiations du samedi.",
posts=[
 ("🧗 Envie de grimper ? Initiation chaque samedi à 10h : 1h30 pour 25 €, chaussons compris ! #BlocPartyStras", []),
 ("1 200 m² de murs et plus de 250 blocs qui changent chaque semaine : il y a toujours un nouveau défi 💪", []),
 ("Entrée à 14 €, 11 € en tarif réduit, ou abonnement à 59 € par mois pour les accros 😉 blocparty-escalade.fr", []),
 ("Ouvert en semaine de 11h à 23h et le week-end de 9h à 20h. On vous attend au 8 rue des Tanneurs !", []),
 ("Initiation le dimanche à 10h, 2 heures pour 30 € ! #BlocPartyStras", [("contradicted","dimanche"),("contradicted","2 heures"),("contradicted","30 €")]),
 ("Location de chaussons gratuite et entrée à 12 € tout le mois ! #BlocPartyStras", [("contradicted","Location de chaussons gratuite"),("contradicted","12 €")]),
 ("Plus de 2 000 m² de murs, la plus grande salle de bloc d'Alsace ! #BlocPartyStras", [("contradicted","2 000"),("unsupported","la plus grande salle de bloc d'Alsace")]),
 ("Les enfants dès 4 ans peuvent grimper seuls, ouverture jusqu'à minuit le vendredi ! #BlocPartyStras", [("contradicted","4 ans"),("contradicted","seuls"),("contradicted","minuit")]),
])
brands['harbour-books'] = dict(lang='en', brand='Quayside Kitchen', facts=[
 "Quayside Kitchen is a seafood restaurant on the harbour in Whitby, North Yorkshire.",
 "Fish and chips cost £16.50; the seafood platter for two costs £58.",
 "The restaurant seats 60 inside and 24 on the terrace.",
 "It is open Wednesday to Sunday, from noon to 9pm.",
 "All fish is landed at Whitby or Scarborough.",
 "Head chef: Ellie Marsden.",
 "Quayside Kitchen won Seafood Restaurant of the Year at the 2025 Yorkshire Food Awards.",
 "Book at quaysidekitchen.co.uk.",
 "The official hashtag is #QuaysideWhitby.",
], brief="Fill tables midweek in May 2026.",
posts=[
 ("🐟 Fish and chips for £16.50, or our seafood platter for two at £58. Book at quaysidekitchen.co.uk #QuaysideWhitby", []),
 ("Every fish we cook is landed at Whitby or Scarborough, just down the coast 🌊", []),
 ("Seafood Restaurant of the Year at the 2025 Yorkshire Food Awards: thank you for all your support 🏆", []),
 ("Open Wednesday to Sunday, noon to 9pm, with 24 seats on the terrace when the sun shines ☀️", []),
 ("Open every day from 11am, with 100 seats overlooking the harbour! #QuaysideWhitby", [("contradicted","every day"),("contradicted","11am"),("contradicted","100")]),
 ("Fish and chips now £14.50, and a free glass of prosecco with every platter! #QuaysideWhitby", [("contradicted","£14.50"),("unsupported","a free glass of prosecco with every platter")]),
 ("Head chef Ellie Marsden, formerly of The Fat Duck, serves the best fish and chips in England! #QuaysideWhitby", [("unsupported","formerly of The Fat Duck"),("unsupported","the best fish and chips in England")]),
 ("Winner of three Yorkshire Food Awards in 2024, and all our fish is caught in Cornwall! #QuaysideWhitby", [("contradicted","three"),("contradicted","2024"),("contradicted","Cornwall")]),
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
with open('/work/main/internal/verify/testdata/holdout9.jsonl','w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False)+"\n")
print(len(out))
