import json
brands = {}
brands['ecolab'] = dict(lang='fr', brand='Écolab Sciences', facts=[
 "Écolab Sciences organise des stages de robotique pour les 8-12 ans à Nantes.",
 "Les stages des vacances de février 2026 ont lieu du lundi 16 au vendredi 20 février 2026.",
 "Un stage de 5 demi-journées coûte 145 €, goûter compris.",
 "Chaque groupe compte 10 enfants au maximum, encadrés par 2 animateurs.",
 "Les séances ont lieu de 14h à 17h.",
 "Une réduction de 10 % est accordée à partir du deuxième enfant d'une même famille.",
 "Les inscriptions se font sur ecolab-sciences.fr/stages jusqu'au vendredi 6 février 2026.",
 "Le fondateur d'Écolab Sciences est Karim Benali, ingénieur en robotique.",
 "Le hashtag officiel est #EcolabStages.",
], brief="Remplir les stages de février 2026 (16-20 février).",
posts=[
 ("🤖 Stage de robotique du 16 au 20 février pour les 8-12 ans ! 5 après-midis de 14h à 17h, goûter compris, 145 €. Inscriptions sur ecolab-sciences.fr/stages #EcolabStages", []),
 ("Des petits groupes de 10 enfants maximum, deux animateurs par groupe : on prend le temps de bien faire 💡", []),
 ("Deux enfants inscrits ? Profitez de 10 % de réduction sur le deuxième stage 😉 #EcolabStages", []),
 ("Karim Benali, ingénieur en robotique et fondateur d'Écolab, a imaginé ces ateliers pour donner le goût des sciences aux enfants 🔧", []),
 ("Stage de robotique du 16 au 20 février, à partir de 6 ans, pour seulement 125 € ! #EcolabStages", [("contradicted","6 ans"),("contradicted","125 €")]),
 ("Inscriptions ouvertes jusqu'au 13 février, et un kit robot offert à chaque enfant ! #EcolabStages", [("contradicted","13 février"),("unsupported","un kit robot offert à chaque enfant")]),
 ("Des groupes de 15 enfants, encadrés par des ingénieurs de l'INRIA 🤖 #EcolabStages", [("contradicted","15"),("unsupported","INRIA")]),
 ("Séances de 9h à 12h, du lundi 16 au samedi 21 février ! #EcolabStages", [("contradicted","9h"),("contradicted","12h"),("contradicted","samedi 21 février")]),
])
brands['seaview'] = dict(lang='en', brand='Seaview Hotel', facts=[
 "The Seaview Hotel is a 4-star hotel on the promenade in Tenby, Wales.",
 "The hotel has 42 rooms, 18 of them with a sea view.",
 "The spring break offer runs from 1 March to 30 April 2026: two nights with breakfast for £220 per room.",
 "Breakfast is served from 7am to 10am.",
 "The restaurant, The Lookout, is led by head chef Rhys Morgan.",
 "Dogs are welcome in 6 ground-floor rooms, for £15 per night.",
 "Check-in is from 3pm and check-out by 11am.",
 "Book at seaviewtenby.co.uk/spring.",
 "The official hashtag is #SeaviewTenby.",
], brief="Sell the spring break offer (1 March to 30 April 2026).",
posts=[
 ("🌊 Spring break at the Seaview: two nights with breakfast for £220 per room, from 1 March to 30 April. Book at seaviewtenby.co.uk/spring #SeaviewTenby", []),
 ("Wake up to the sea: 18 of our 42 rooms look straight out over the bay 😍", []),
 ("Bringing the dog? We have 6 dog-friendly ground-floor rooms, £15 a night 🐶 #SeaviewTenby", []),
 ("Dinner at The Lookout with head chef Rhys Morgan is the perfect end to a day on the beach 🍽️", []),
 ("Spring break: two nights for £199 including dinner, until 31 May! #SeaviewTenby", [("contradicted","£199"),("unsupported","including dinner"),("contradicted","31 May")]),
 ("Our 5-star hotel has 50 rooms, all with a sea view! #SeaviewTenby", [("contradicted","5-star"),("contradicted","50"),("contradicted","all with a sea view")]),
 ("Dogs stay free in every room, and check-out is at noon 🐾 #SeaviewTenby", [("contradicted","Dogs stay free in every room"),("contradicted","noon")]),
 ("Head chef Rhys Morgan, winner of a Michelin star in 2024, cooks breakfast until 11am! #SeaviewTenby", [("unsupported","winner of a Michelin star in 2024"),("contradicted","11am")]),
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
with open('/work/main/internal/verify/testdata/holdout3.jsonl','w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False)+"\n")
print(len(out))
