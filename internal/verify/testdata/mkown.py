import json
brands = {}
brands['velo-rieur'] = dict(lang='fr', brand='Vélo Rieur', facts=[
 "Vélo Rieur est un réseau d'ateliers de réparation de vélos fondé en 2011 à Nantes par Claire Moreau.",
 "Vélo Rieur compte 3 ateliers : Nantes, Rennes et Angers.",
 "L'atelier de Rennes se trouve au 14 rue de Saint-Malo.",
 "La révision complète coûte 79 €.",
 "Du 1er au 15 avril 2026, la révision complète est à 59 € au lieu de 79 €.",
 "La location d'un vélo électrique coûte 25 € par jour.",
 "Les ateliers sont ouverts du lundi au samedi, de 9h30 à 19h.",
 "Les vélos neufs sont garantis 2 ans.",
 "La livraison est gratuite à partir de 500 € d'achat.",
 "En 2025, les ateliers ont réparé 1 200 vélos.",
 "Une journée portes ouvertes a lieu le samedi 11 avril 2026 dans les 3 ateliers.",
 "Le hashtag officiel est #VeloRieur.",
 "Le site est velorieur.fr.",
], brief="Faire connaître l'offre de printemps sur la révision complète (1er-15 avril 2026) et la journée portes ouvertes du 11 avril.",
posts=[
 ("Le printemps arrive, votre vélo mérite une révision 🚲 Du 1er au 15 avril, la révision complète passe à 59 € au lieu de 79 €, soit 20 € d'économie ! Rendez-vous dans nos 3 ateliers. #VeloRieur", []),
 ("Portes ouvertes ce samedi 11 avril dans tous nos ateliers ! Venez rencontrer nos mécanos, de 9h30 à 19h 🔧 Plus d'infos sur velorieur.fr", []),
 ("Besoin d'un vélo électrique pour le week-end ? 25 € la journée, soit 50 € pour deux jours. Réservez sur velorieur.fr #VeloRieur", []),
 ("Depuis 2011, Claire Moreau et son équipe ont fait de Vélo Rieur une référence : plus de 1 000 vélos réparés l'an dernier ! Merci pour votre confiance 💛", []),
 ("Révision complète à 49 € jusqu'au 15 avril dans nos ateliers de Nantes, Rennes et Angers ! #VeloRieur", [("contradicted","49 €")]),
 ("Portes ouvertes le dimanche 11 avril : café et croissants offerts à tous les visiteurs ☕ #VeloRieur", [("contradicted","dimanche 11 avril"),("unsupported","café et croissants offerts")]),
 ("Nos ateliers vous accueillent 7j/7 de 9h30 à 19h 🚲 Et tous les vélos neufs sont garantis 5 ans !", [("contradicted","7j/7"),("contradicted","5 ans")]),
 ("Notre atelier de Rennes, au 41 rue de Saint-Malo, est le plus grand atelier vélo de Bretagne 💪 #VeloRieur", [("contradicted","41"),("unsupported","le plus grand atelier vélo de Bretagne")]),
 ("Fondé en 2009 à Nantes, Vélo Rieur ouvre bientôt un 4e atelier à Lorient ! Livraison gratuite dès 300 € d'achat. velorieur.fr", [("contradicted","2009"),("unsupported","4e"),("unsupported","Lorient"),("contradicted","300 €")]),
 ("Offre prolongée : la révision complète reste à 59 € jusqu'au 30 avril ! Rendez-vous sur velo-rieur.com #VeloRieur", [("contradicted","Offre prolongée"),("contradicted","30 avril"),("contradicted","velo-rieur.com")]),
])
brands['jardins-oree'] = dict(lang='fr', brand="Les Jardins d'Orée", facts=[
 "La Fête des plantes des Jardins d'Orée a lieu du vendredi 22 au dimanche 24 mai 2026 au parc de la Source, à Orléans.",
 "La Fête des plantes réunit 85 exposants.",
 "L'entrée coûte 6 € ; elle est gratuite pour les moins de 12 ans.",
 "Le paysagiste Paul Girard donne une conférence le samedi 23 mai 2026 à 16h.",
 "Des ateliers pour enfants ont lieu chaque jour à 11h.",
 "Le parking est gratuit.",
 "La fête est ouverte de 10h à 19h.",
 "En 2025, la Fête des plantes a accueilli 12 000 visiteurs.",
 "La billetterie est sur jardins-oree.fr/fete.",
 "Le hashtag officiel est #FetePlantesOree.",
], brief="Annoncer la Fête des plantes 2026 (22-24 mai) et la conférence de Paul Girard.",
posts=[
 ("🌿 Trois jours de verdure au parc de la Source : la Fête des plantes revient du 22 au 24 mai à Orléans avec 85 exposants ! Entrée 6 €, gratuite pour les moins de 12 ans. #FetePlantesOree", []),
 ("Samedi 23 mai à 16h, ne manquez pas la conférence du paysagiste Paul Girard 🌸 Billets sur jardins-oree.fr/fete", []),
 ("Les petits jardiniers ont rendez-vous chaque jour à 11h pour des ateliers rien que pour eux 🌱 Et le parking est gratuit ! On a hâte de vous voir 😍", []),
 ("L'an dernier, près de 12 000 visiteurs ont flâné dans les allées. Cette année, on vous attend encore plus nombreux, de 10h à 19h ! #FetePlantesOree", []),
 ("La Fête des plantes, c'est du 22 au 25 mai au parc de la Source ! Plus de 100 exposants vous attendent 🌷 #FetePlantesOree", [("contradicted","25 mai"),("contradicted","100")]),
 ("Conférence de Paul Girard le dimanche 24 mai à 16h, suivie d'une séance de dédicaces de son dernier livre ! #FetePlantesOree", [("contradicted","dimanche 24 mai"),("unsupported","suivie d'une séance de dédicaces de son dernier livre")]),
 ("Entrée gratuite pour les moins de 16 ans et un sachet de graines offert à chaque visiteur 🌻 #FetePlantesOree", [("contradicted","16 ans"),("unsupported","un sachet de graines offert à chaque visiteur")]),
 ("La plus grande fête des plantes de la région Centre, avec la participation de Stéphane Marie ! Billets à 8 € sur jardins-oree.fr/fete", [("unsupported","La plus grande fête des plantes de la région Centre"),("unsupported","Stéphane Marie"),("contradicted","8 €")]),
])
brands['northwind-books'] = dict(lang='en', brand='Northwind Books', facts=[
 "Northwind Books is an independent bookshop founded in 1998 in Leeds.",
 "Northwind Books has 2 shops, in Leeds and York.",
 "Author Priya Shah presents her novel The Salt Orchard at the Leeds shop on Thursday 5 March 2026 at 7pm.",
 "Tickets for the Priya Shah event cost £8, and each ticket includes £5 off the book.",
 "Members of the Northwind reading club get 10% off every book.",
 "The shops are open Monday to Saturday from 9am to 6pm, and Sunday from 11am to 4pm.",
 "The book club meets on the first Tuesday of each month at 6:30pm.",
 "The Leeds shop stocks around 40,000 books.",
 "Event tickets are sold at northwindbooks.co.uk/events.",
 "The official hashtag is #NorthwindReads.",
], brief="Promote the Priya Shah event on 5 March 2026 and the reading club.",
posts=[
 ("📚 Priya Shah is coming to Leeds! Join us on Thursday 5 March at 7pm for an evening with The Salt Orchard. Tickets £8, with £5 off the book: northwindbooks.co.uk/events #NorthwindReads", []),
 ("Reading club members save 10% on every book, all year round 💛 Ask at the till in Leeds or York!", []),
 ("Our book club meets on the first Tuesday of the month at 6:30pm. New faces always welcome ☕ #NorthwindReads", []),
 ("Since 1996, we've been the place to get lost among 40,000 books 😍 Open every day, Sundays included! #NorthwindReads", [("contradicted","1996")]),
 ("An evening with Priya Shah, Wednesday 5 March at 7pm! Tickets £10 at northwindbooks.co.uk/events #NorthwindReads", [("contradicted","Wednesday 5 March"),("contradicted","£10")]),
 ("Priya Shah will read from The Salt Orchard at our York shop on 5 March, and every guest gets a free signed copy! #NorthwindReads", [("contradicted","York"),("unsupported","every guest gets a free signed copy")]),
 ("Members now get 15% off every book, and free delivery on all orders over £20 📦 #NorthwindReads", [("contradicted","15%"),("unsupported","free delivery on all orders over £20")]),
 ("Three shops, one love of books: visit us in Leeds, York and Harrogate! Open Sundays from 10am. #NorthwindReads", [("contradicted","Three"),("unsupported","Harrogate"),("contradicted","10am")]),
 ("Shortlisted for Bookshop of the Year 2025 🏆 Come and see why, Monday to Saturday 9am-6pm. #NorthwindReads", [("unsupported","Shortlisted for Bookshop of the Year 2025")]),
])
brands['brightside-gym'] = dict(lang='en', brand='Brightside Gym', facts=[
 "Brightside Gym has 3 gyms in Manchester: Ancoats, Didsbury and Salford Quays.",
 "Membership costs £29.99 a month.",
 "The £30 joining fee is waived for anyone who joins before 31 January 2026.",
 "Students get 15% off membership with a valid student card.",
 "The gyms are open 24 hours a day, 7 days a week.",
 "Brightside runs 120 group classes a week across the 3 gyms.",
 "New members get a free 7-day trial.",
 "Head coach Marcus Webb leads the personal training team.",
 "Sign up at brightsidegym.co.uk/join.",
 "The official hashtag is #BrightsideStrong.",
], brief="January campaign: push the waived joining fee until 31 January 2026 and the free 7-day trial.",
posts=[
 ("New year, new routine 💪 Join Brightside before 31 January and we'll waive the £30 joining fee. Membership is just £29.99 a month. brightsidegym.co.uk/join #BrightsideStrong", []),
 ("Not sure yet? Try us free for 7 days at Ancoats, Didsbury or Salford Quays. Open 24/7, so you train when it suits you. #BrightsideStrong", []),
 ("Over 100 classes every week across our three Manchester gyms 🔥 From spin to yoga, there's something for everyone!", []),
 ("Students, your card gets you 15% off your membership. Train hard, study harder 📚 #BrightsideStrong", []),
 ("Joining fee waived until 28 February! Membership from £24.99 a month. #BrightsideStrong", [("contradicted","28 February"),("contradicted","£24.99")]),
 ("Meet our head coach, Marcus Webb, three-time British powerlifting champion 🏆 Book a session at brightsidegym.co.uk/join", [("unsupported","three-time British powerlifting champion")]),
 ("Free 14-day trial for new members, plus a free protein shake after every class! #BrightsideStrong", [("contradicted","14-day"),("unsupported","a free protein shake after every class")]),
 ("Manchester's cheapest gym, with 4 locations and 150 classes a week! #BrightsideStrong", [("unsupported","Manchester's cheapest gym"),("contradicted","4"),("contradicted","150")]),
])
out = []
for bid, b in brands.items():
    for i, (post, labs) in enumerate(b['posts'], 1):
        labels = []
        for typ, txt in labs:
            idx = post.find(txt)
            assert idx >= 0, (bid, txt)
            assert post.find(txt, idx+1) < 0 or True
            labels.append(dict(start=idx, end=idx+len(txt), type=typ, text=txt))
        out.append(dict(id=f"{bid}-{i:02d}", brand=b['brand'], lang=b['lang'], network="instagram", facts=b['facts'], brief=b['brief'], post=post, labels=labels))
with open('/work/main/internal/verify/testdata/own.jsonl','w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False)+"\n")
print(len(out))
