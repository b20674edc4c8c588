import json
brands = {}
brands['bistrot'] = dict(lang='fr', brand='Le Bistrot des Halles', facts=[
 "Le Bistrot des Halles est un restaurant de cuisine lyonnaise situé au 12 rue Mercière, à Lyon.",
 "Le menu du midi (entrée, plat, dessert) coûte 19,50 € du lundi au vendredi.",
 "Le restaurant est ouvert du lundi au samedi, de 12h à 14h et de 19h à 22h30.",
 "La salle compte 48 couverts et la terrasse 20 couverts.",
 "Le chef est Thomas Rivière, ancien second du restaurant Le Passage.",
 "Le restaurant est référencé au Guide du Routard 2026.",
 "Les réservations se font au 04 78 42 11 90.",
 "Le hashtag officiel est #BistrotDesHalles.",
], brief="Faire connaître le menu du midi et la terrasse.",
posts=[
 ("🍽️ Menu du midi à 19,50 € : entrée, plat, dessert, du lundi au vendredi ! Réservez au 04 78 42 11 90 #BistrotDesHalles", []),
 ("48 couverts en salle et 20 en terrasse, au cœur de la rue Mercière ☀️ On vous garde une table ?", []),
 ("Notre chef Thomas Rivière, ancien second du Passage, revisite les classiques lyonnais avec gourmandise 👨‍🍳", []),
 ("Ouvert du lundi au samedi, midi et soir jusqu'à 22h30. À très vite ! #BistrotDesHalles", []),
 ("Menu du midi à 17,50 €, tous les jours de la semaine, café offert ! #BistrotDesHalles", [("contradicted","17,50 €"),("contradicted","tous les jours de la semaine"),("unsupported","café offert")]),
 ("Une terrasse de 40 couverts et une salle privatisable pour vos événements ! #BistrotDesHalles", [("contradicted","40"),("unsupported","une salle privatisable pour vos événements")]),
 ("Le chef Thomas Rivière, étoilé au Guide Michelin, vous attend au 21 rue Mercière ! #BistrotDesHalles", [("unsupported","étoilé au Guide Michelin"),("contradicted","21")]),
 ("Ouvert le dimanche midi à partir du 3 mai, réservations au 04 78 42 11 09 ! #BistrotDesHalles", [("contradicted","dimanche"),("unsupported","à partir du 3 mai"),("contradicted","04 78 42 11 09")]),
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
with open('/work/main/internal/verify/testdata/holdout6.jsonl','w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False)+"\n")
print(len(out))
