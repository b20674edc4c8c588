import json
sets = [
 dict(brand="Ferme des Trois Chênes", lang="fr", facts=[
  "La Ferme des Trois Chênes, à Saint-Pée-sur-Nivelle, vend ses fromages de brebis AOP Ossau-Iraty en direct.",
  "Le marché à la ferme a lieu chaque samedi de 9h à 12h30.",
  "La tomme de brebis coûte 24 € le kilo.",
  "Les visites de la bergerie ont lieu le mercredi à 15h, pour 6 € par adulte, gratuites pour les moins de 12 ans.",
  "La ferme élève 280 brebis de race manech tête rousse.",
  "La famille Etcheverry tient la ferme depuis trois générations.",
  "Commandes : 05 59 54 10 20.",
  "Le hashtag officiel est #TroisChenes.",
 ], brief="Faire venir les familles aux visites de la bergerie cet été.", posts=[
  "🐑 Chaque mercredi à 15h, venez visiter la bergerie ! 6 € par adulte, et c'est gratuit pour les moins de 12 ans. #TroisChenes",
  "Nos 280 brebis manech tête rousse vous saluent 👋 Trois générations de la famille Etcheverry veillent sur elles avec amour.",
  "Ce samedi, retrouvez-nous au marché à la ferme de 9h à 12h30 : tomme AOP Ossau-Iraty à 24 € le kilo 🧀",
  "Un grand merci à tous ceux qui sont passés la semaine dernière, vous êtes formidables ! À samedi ☀️",
  "Envie d'une tomme pour le week-end ? Passez commande au 05 59 54 10 20, on vous la prépare 😉",
  "Il fait beau au Pays basque, les brebis sont aux champs et nous, on est heureux. Belle journée à tous ! #TroisChenes #PaysBasque",
 ]),
 dict(brand="Northshore Rowing Club", lang="en", facts=[
  "Northshore Rowing Club is a community rowing club on the River Wear in Sunderland, founded in 1921.",
  "Learn-to-row courses run for 6 weeks on Tuesday and Thursday evenings at 6:30pm.",
  "A learn-to-row course costs £85, including British Rowing membership for the first year.",
  "Adult membership costs £32 a month.",
  "The club has 140 members and 18 boats.",
  "The annual open day is on Sunday 7 June 2026, from 10am to 3pm.",
  "Contact: hello@northshorerowing.org.uk.",
  "The official hashtag is #NorthshoreRows.",
 ], brief="Recruit beginners for the summer learn-to-row courses and promote the open day.", posts=[
  "🚣 Fancy learning to row? Our 6-week course runs on Tuesday and Thursday evenings at 6:30pm, £85 including your first year of British Rowing membership.",
  "Open day on Sunday 7 June, 10am to 3pm: come down to the river, meet our 140 members and try a boat! #NorthshoreRows",
  "Rowing on the Wear since 1921 💙 Over a century of early mornings, blisters and big smiles.",
  "Questions? Drop us a line at hello@northshorerowing.org.uk and we'll get back to you.",
  "What a sunrise on the river this morning 🌅 Days like this are why we love this sport. #NorthshoreRows #rowing",
  "After the course, adult membership is £32 a month, with access to all 18 boats in the fleet.",
 ]),
]
with open('/work/main/internal/verify/testdata/clean2.jsonl','w') as f:
    for s in sets:
        for i,p in enumerate(s['posts'],1):
            f.write(json.dumps(dict(id=f"{s['brand'].split()[0].lower()}-{i:02d}", brand=s['brand'], lang=s['lang'], network="instagram", facts=s['facts'], brief=s['brief'], post=p, labels=[]), ensure_ascii=False)+"\n")
