import json
sets = [
 dict(brand="Garage Solidaire", lang="fr", facts=[
  "Le Garage Solidaire de Roubaix répare les voitures des personnes aux revenus modestes.",
  "Le taux horaire de main-d'œuvre est de 25 € pour les adhérents, contre 60 € en moyenne dans un garage classique.",
  "L'adhésion annuelle coûte 15 €.",
  "Le garage est ouvert du lundi au vendredi, de 8h30 à 12h et de 13h30 à 17h30.",
  "En 2025, le garage a réparé 640 véhicules.",
  "Le garage emploie 6 mécaniciens en contrat d'insertion.",
  "Prise de rendez-vous au 03 20 11 45 78.",
  "Le hashtag officiel est #GarageSolidaire.",
 ], brief="Faire connaître le garage aux habitants de Roubaix.", posts=[
  "🔧 Une réparation à 25 € de l'heure au lieu de 60 € en moyenne ailleurs, c'est possible au Garage Solidaire ! Adhésion : 15 € par an.",
  "640 véhicules réparés l'an dernier grâce à nos 6 mécaniciens en insertion. Bravo l'équipe 👏 #GarageSolidaire",
  "Ouvert du lundi au vendredi, de 8h30 à 12h et de 13h30 à 17h30. Rendez-vous au 03 20 11 45 78.",
  "Pour une heure de main-d'œuvre, vous économisez 35 € par rapport à un garage classique 💸",
  "Votre voiture fait un bruit bizarre ? Ne laissez pas traîner, passez nous voir ! #GarageSolidaire #Roubaix",
  "Merci à tous nos adhérents pour leur confiance, on continue ensemble 💪",
 ]),
 dict(brand="Pinewood Library", lang="en", facts=[
  "Pinewood Library is a public library in Harrogate.",
  "Library membership is free for everyone living in North Yorkshire.",
  "Members can borrow up to 12 books at a time, for 3 weeks.",
  "The library is open Monday to Friday 9am to 7pm and Saturday 9am to 1pm.",
  "Rhyme Time for under-5s takes place every Wednesday at 10:30am.",
  "The summer reading challenge for children aged 4 to 11 runs from 11 July to 12 September 2026.",
  "The library has 8 public computers with free wifi.",
  "The official hashtag is #PinewoodReads.",
 ], brief="Promote the summer reading challenge 2026 and free membership.", posts=[
  "📚 The summer reading challenge is back from 11 July to 12 September! Free for children aged 4 to 11. #PinewoodReads",
  "Joining is free if you live in North Yorkshire, and you can borrow up to 12 books for three weeks 😊",
  "Rhyme Time every Wednesday at 10:30am: songs, stories and lots of giggles for the under-5s 🎶",
  "Need a computer? We have 8 of them, plus free wifi, all day Monday to Friday until 7pm.",
  "Saturday mornings from 9am to 1pm are perfect for browsing the new arrivals 🌤️",
  "What are you reading this week? Tell us below! #PinewoodReads #amreading",
 ]),
]
with open('/work/main/internal/verify/testdata/clean4.jsonl','w') as f:
    for s in sets:
        for i,p in enumerate(s['posts'],1):
            f.write(json.dumps(dict(id=f"{s['brand'].split()[0].lower()}-{i:02d}", brand=s['brand'], lang=s['lang'], network="instagram", facts=s['facts'], brief=s['brief'], post=p, labels=[]), ensure_ascii=False)+"\n")
