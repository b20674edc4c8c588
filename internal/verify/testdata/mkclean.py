import json
sets = [
 dict(brand="Librairie Le Phare", lang="fr", facts=[
  "La Librairie Le Phare a ouvert en 1987 au 5 place du Marché, à Vannes.",
  "La librairie est ouverte du mardi au samedi de 9h30 à 19h et le dimanche de 10h à 13h.",
  "Le club de lecture se réunit le premier mercredi du mois à 18h30.",
  "L'autrice Margaux Le Goff dédicace son roman « Les Marées » le samedi 7 novembre 2026 de 15h à 18h.",
  "La carte de fidélité offre 5 % de remise sur tous les livres.",
  "Contact : 02 97 40 12 34, bonjour@librairie-lephare.fr.",
  "Le site est librairie-lephare.fr.",
  "Le hashtag officiel est #LePhareLit.",
 ], brief="Annoncer la dédicace de Margaux Le Goff le 7 novembre 2026.", posts=[
  "📚 Samedi 7 novembre, de 15h à 18h, Margaux Le Goff vous attend pour dédicacer « Les Marées » ! Un roman qui nous a bouleversés 💙 #LePhareLit",
  "Une question ? Appelez-nous au 02 97 40 12 34 ou écrivez à bonjour@librairie-lephare.fr 😊",
  "Depuis 1987, place du Marché à Vannes, on vous conseille avec passion. Merci à vous, fidèles lecteurs ! #LePhareLit #Vannes #lecture",
  "Rendez-vous mercredi 4 novembre à 18h30 pour notre club de lecture, comme chaque premier mercredi du mois ☕",
  "Votre carte de fidélité, c'est 5 % de remise sur tous les livres. Demandez-la en caisse ! https://librairie-lephare.fr/",
  "Le dimanche, on vous accueille de 10h à 13h. Parfait pour flâner entre les rayons 🌧️📖",
  "Coup de cœur de l'équipe cette semaine : un polar breton haletant. Vous l'avez lu ? Dites-nous tout en commentaire 👇",
 ]),
 dict(brand="Tidewater Coffee", lang="en", facts=[
  "Tidewater Coffee is a coffee roaster and café founded in 2019 in Brighton by Sam Okafor.",
  "The café at 22 Marine Parade is open every day from 7:30am to 5pm.",
  "A flat white costs £3.40 and a bag of house beans (250g) costs £9.",
  "On Friday 13 March 2026, Tidewater runs a free latte-art workshop at 6pm.",
  "Loyalty card: the 10th coffee is free.",
  "Follow @tidewatercoffee on Instagram.",
  "The official hashtag is #TidewaterBrew.",
 ], brief="Promote the free latte-art workshop on 13 March 2026.", posts=[
  "☕ Free latte-art workshop this Friday 13 March at 6pm! Come and pour your first rosetta with us at 22 Marine Parade. #TidewaterBrew",
  "Open every day, 7:30am to 5pm, rain or shine 🌦️ See you soon, Brighton!",
  "Your 10th coffee is on us with the loyalty card 💛 A flat white is £3.40, and a 250g bag of our house beans £9.",
  "Since 2019, Sam Okafor and the team have been roasting in small batches. Thank you for being part of the story! Follow @tidewatercoffee",
  "Monday mood: double espresso and a good book 📖 What's in your cup today?",
  "Best way to start the weekend? A warm cinnamon bun and a cappuccino by the sea 😍 #TidewaterBrew #coffeelover",
 ]),
]
with open('/work/main/internal/verify/testdata/clean.jsonl','w') as f:
    for s in sets:
        for i,p in enumerate(s['posts'],1):
            f.write(json.dumps(dict(id=f"{s['brand'].split()[0].lower()}-{i:02d}", brand=s['brand'], lang=s['lang'], network="instagram", facts=s['facts'], brief=s['brief'], post=p, labels=[]), ensure_ascii=False)+"\n")
