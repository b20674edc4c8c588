import json
sets = [
 dict(brand="Cinéma Le Rex", lang="fr", facts=[
  "Le Rex est un cinéma d'art et essai de 3 salles, situé place de la Mairie à Pau.",
  "La place coûte 9 € en plein tarif, 7 € en tarif réduit et 5 € pour les moins de 14 ans.",
  "Le mercredi, toutes les séances sont à 6 €.",
  "La carte 10 places coûte 65 € et est valable un an.",
  "Le ciné-club se réunit le premier lundi du mois à 20h30.",
  "Le festival Rex en VO a lieu du 2 au 8 mars 2026, avec 18 films.",
  "Programme sur cinema-lerex.fr.",
  "Le hashtag officiel est #CineRex.",
 ], brief="Faire connaître le festival Rex en VO (2-8 mars 2026).", posts=[
  "🎞️ Rex en VO, c'est du 2 au 8 mars : 18 films en version originale, une semaine de cinéma du monde ! Programme sur cinema-lerex.fr #CineRex",
  "Le mercredi, toutes les séances sont à 6 € : la bonne affaire de la semaine 🍿",
  "Avec la carte 10 places à 65 €, la séance revient à 6,50 € : pensez-y !",
  "Rendez-vous lundi 2 mars à 20h30 pour le ciné-club, comme chaque premier lundi du mois.",
  "Trois salles, une passion : le cinéma d'art et essai au cœur de Pau ❤️ Merci de votre fidélité !",
  "Quel film vous a le plus marqué cette année ? Dites-le-nous en commentaire 👇 #CineRex",
 ]),
 dict(brand="Bluebell Bakery", lang="en", facts=[
  "Bluebell Bakery is an artisan bakery in Cardiff, opened in 2018 by Rhian Price.",
  "A sourdough loaf costs £4.80 and a cinnamon bun £3.20.",
  "The bakery is open Tuesday to Saturday, 8am to 4pm.",
  "Sourdough baking classes take place on the last Sunday of each month, 10am to 2pm, for £75.",
  "All bread is baked on site every morning.",
  "Orders for celebration cakes need 5 days' notice.",
  "Follow @bluebellbakes.",
  "The official hashtag is #BluebellBakes.",
 ], brief="Promote the sourdough classes and the Tuesday-to-Saturday opening.", posts=[
  "🍞 Learn to bake sourdough with us on Sunday 29 March, 10am to 2pm, £75 with lunch and your own starter to take home... well, the starter at least! #BluebellBakes",
  "Our sourdough loaf is £4.80 and the cinnamon buns £3.20. Baked here every morning, still warm at 8am 😋",
  "Open Tuesday to Saturday, 8am to 4pm. See you soon, Cardiff!",
  "Planning a birthday? Order your celebration cake at least 5 days ahead and we'll make it special 🎂",
  "Since 2018, Rhian and the team have been baking for the neighbourhood. Thank you for every single visit 💙 @bluebellbakes",
  "Two cinnamon buns for £6.40? That's our kind of maths 😄 #BluebellBakes",
 ]),
]
with open('/work/main/internal/verify/testdata/clean3.jsonl','w') as f:
    for s in sets:
        for i,p in enumerate(s['posts'],1):
            f.write(json.dumps(dict(id=f"{s['brand'].split()[0].lower()}-{i:02d}", brand=s['brand'], lang=s['lang'], network="instagram", facts=s['facts'], brief=s['brief'], post=p, labels=[]), ensure_ascii=False)+"\n")
