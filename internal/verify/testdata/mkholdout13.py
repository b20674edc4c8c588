# Thirteenth blind round (a health mutual, a solid-cosmetics maker, a ferry
# line, a concert hall): written after the clean6/holdout12 fixes, before
# reading the engine's rules for it; first run in docs/verify.md.
import json, os
brands = {}
brands['mutuelle'] = dict(lang='fr', brand="Mutuelle Terre d'Oc", facts=[
 "La Mutuelle Terre d'Oc est une mutuelle santé fondée en 1948 à Montpellier, qui protège 62 000 adhérents en Occitanie.",
 "La formule Essentielle coûte 38 € par mois pour un adulte ; la formule Sérénité coûte 64 € par mois.",
 "Du 1er décembre 2026 au 31 janvier 2027, les nouveaux adhérents ont 2 mois de cotisation offerts sur la formule Sérénité.",
 "Les enfants sont couverts gratuitement à partir du troisième enfant.",
 "Les agences sont ouvertes du lundi au vendredi de 9h à 17h30 ; l'agence de Montpellier ouvre aussi le samedi de 9h à 12h.",
 "Le service client répond au 04 67 20 31 00.",
 "Les remboursements sont versés sous 48 heures après réception de la feuille de soins.",
 "Aucun questionnaire de santé n'est demandé à l'adhésion.",
 "Site : terredoc-mutuelle.fr",
 "Hashtag officiel : #TerreDocMutuelle",
], brief="Faire connaître l'offre de fin d'année sur la formule Sérénité.",
posts=[
 ("🎁 Du 1er décembre au 31 janvier, 2 mois offerts sur la formule Sérénité pour toute nouvelle adhésion ! Infos sur terredoc-mutuelle.fr #TerreDocMutuelle", []),
 ("Pas de questionnaire de santé, pas de paperasse inutile : adhérer chez nous, c'est simple 😊", []),
 ("La formule Sérénité, c'est 64 €/mois… et avec nos 2 mois offerts, vous économisez 128 € la première année 💡", []),
 ("Vous avez 3 enfants ou plus ? À partir du 3e, il est couvert gratuitement 👶", []),
 ("Depuis plus de 75 ans, on accompagne les familles d'Occitanie 💙 Merci à nos 62 000 adhérents !", []),
 ("Une question sur vos remboursements ? Appelez-nous au 04 67 20 31 00, du lundi au vendredi de 9h à 17h30 📞", []),
 ("Feuille de soins reçue lundi, remboursement mercredi ⏱️ Chez nous, c'est 48h, pas plus.", []),
 ("Essentielle à 38 € ou Sérénité à 64 € : quelle formule vous ressemble ? Dites-le-nous en commentaire 👇", []),
 ("Ce samedi, notre agence de Montpellier vous accueille de 9h à midi ☕ Venez poser toutes vos questions !", []),
 ("🎁 3 mois offerts sur la formule Sérénité jusqu'au 28 février ! #TerreDocMutuelle", [("contradicted","3"),("contradicted","28 février")]),
 ("Formule Essentielle à 29 € par mois, sans questionnaire de santé et remboursée sous 24h !", [("contradicted","29 €"),("contradicted","24h")]),
 ("Élue meilleure mutuelle d'Occitanie 2026 🏆 et téléconsultation gratuite pour tous nos adhérents !", [("unsupported","Élue meilleure mutuelle d'Occitanie 2026"),("unsupported","téléconsultation gratuite")]),
 ("Fondée en 1958 à Toulouse, la Mutuelle Terre d'Oc protège aujourd'hui 62 000 adhérents.", [("contradicted","1958"),("contradicted","Toulouse")]),
])
brands['savonnerie'] = dict(lang='fr', brand="Savonnerie Lavandine", facts=[
 "La Savonnerie Lavandine fabrique des savons et shampooings solides à Forcalquier, en Haute-Provence, depuis 2015.",
 "Tous les produits sont certifiés bio par Ecocert et ne sont pas testés sur les animaux.",
 "Le savon surgras au lait d'ânesse coûte 7,90 € ; le shampooing solide coûte 11,50 €.",
 "Le coffret de Noël (un savon, un shampooing solide et une pochette en coton) coûte 24 € au lieu de 29 €, du 1er au 24 décembre 2026.",
 "La livraison est offerte dès 35 € d'achat en France métropolitaine.",
 "Un shampooing solide équivaut à environ 2 flacons de 250 ml de shampooing liquide.",
 "L'atelier-boutique est ouvert du mardi au samedi de 10h à 18h ; la visite de l'atelier est gratuite le mercredi à 15h.",
 "La fondatrice de la savonnerie est Margaux Ravel.",
 "Site : lavandine.fr",
 "Hashtag officiel : #Lavandine",
], brief="Lancer le coffret de Noël 2026.",
posts=[
 ("🎄 Le coffret de Noël est là ! Un savon, un shampooing solide et une jolie pochette en coton pour 24 € au lieu de 29 €. Jusqu'au 24 décembre seulement ✨ #Lavandine", []),
 ("5 € d'économie sur le coffret, et la livraison offerte dès 35 € 🚚 Et si vous en preniez deux ? 😉", []),
 ("Un shampooing solide = environ 2 flacons de shampooing liquide. Moins de plastique, plus de place dans la salle de bain 🌿", []),
 ("Mercredi, 15h : on vous ouvre les portes de l'atelier (c'est gratuit !) pour voir naître nos savons 🧼", []),
 ("Certifiés bio, jamais testés sur les animaux 🐰 Nos savons sont fabriqués à Forcalquier depuis plus de 10 ans.", []),
 ("« Ma peau n'a jamais été aussi douce depuis que j'utilise le savon au lait d'ânesse » Merci Claire pour ce gentil message 💜", []),
 ("Quel est votre indispensable Lavandine ?\n1️⃣ le savon au lait d'ânesse\n2️⃣ le shampooing solide\n3️⃣ le coffret de Noël\nVotez en commentaire 👇", []),
 ("L'atelier-boutique vous attend du mardi au samedi, 10h-18h, au cœur de Forcalquier. Passez nous voir ce samedi !", []),
 ("Margaux, notre fondatrice, a imaginé ce coffret comme le cadeau qu'elle aimerait recevoir 🎁", []),
 ("Coffret de Noël à 19 € au lieu de 29 €, jusqu'au 31 décembre !", [("contradicted","19 €"),("contradicted","31 décembre")]),
 ("Livraison offerte dès 25 € d'achat, et un échantillon offert dans chaque colis 🎁", [("contradicted","25 €"),("unsupported","un échantillon offert dans chaque colis")]),
 ("Nos savons vegan, élus meilleurs cosmétiques bio de France, sont fabriqués à Manosque depuis 2012.", [("unsupported","vegan"),("unsupported","élus meilleurs cosmétiques bio de France"),("contradicted","Manosque"),("contradicted","2012")]),
 ("Visite gratuite de l'atelier tous les samedis à 15h ! #Lavandine", [("contradicted","tous les samedis")]),
])
brands['ferry'] = dict(lang='en', brand="Hebridean Link", facts=[
 "Hebridean Link operates car and passenger ferries between Oban and Craignure, on the Isle of Mull.",
 "The crossing from Oban to Craignure takes 46 minutes.",
 "In winter (from 2 November 2026 to 26 March 2027) there are 6 return sailings a day, the first leaving Oban at 7:15am and the last at 6:30pm.",
 "An adult single foot passenger fare costs £4.10; a car single costs £16.80.",
 "Children under 5 travel free; children aged 5 to 15 pay half the adult fare.",
 "Bikes travel free on every sailing.",
 "The MV Loch Aline carries up to 250 passengers and 36 cars.",
 "Vehicle bookings can be made up to 12 weeks ahead at hebrideanlink.co.uk.",
 "There are no sailings on 25 December 2026 and 1 January 2027.",
 "Official hashtag: #HebrideanLink",
], brief="Promote the winter timetable and festive sailings.",
posts=[
 ("⛴️ Winter timetable is live! 6 return sailings a day between Oban and Craignure, first boat at 7:15am, last at 6:30pm. #HebrideanLink", []),
 ("Oban to Mull in under 50 minutes. Grab a coffee, watch for seals 🦭", []),
 ("Foot passengers: £4.10 each way. Kids aged 5-15 go half price (that's £2.05), and under-5s travel free 👨‍👩‍👧", []),
 ("Heading over for Christmas? Remember: no sailings on Christmas Day or New Year's Day. Plan ahead! 🎄", []),
 ("Bringing the bike? It travels free on every sailing 🚲", []),
 ("Room for 250 passengers and 36 cars on the MV Loch Aline. Book your car space up to 12 weeks ahead at hebrideanlink.co.uk", []),
 ("Return trip with the car? £33.60 for the two crossings 🚗", []),
 ("What's your favourite spot on Mull? Tobermory, Calgary Bay, or somewhere secret? Tell us below 👇", []),
 ("The winter timetable runs until 26 March, then spring sailings begin 🌸", []),
 ("Oban to Craignure in just 30 minutes, with 8 sailings a day all winter! #HebrideanLink", [("contradicted","30 minutes"),("contradicted","8")]),
 ("Sailings as normal on Christmas Day, Thursday 25 December! ⛴️🎄", [("contradicted","Sailings as normal on Christmas Day"),("contradicted","Thursday 25 December")]),
 ("Car single now £14.50, and free Wi-Fi on board! 📶", [("contradicted","£14.50"),("unsupported","free Wi-Fi on board")]),
 ("Kids under 12 travel free this winter! Last boat from Oban at 8pm.", [("contradicted","under 12"),("contradicted","8pm")]),
])
brands['hall'] = dict(lang='en', brand="Millbrook Concert Hall", facts=[
 "Millbrook Concert Hall is a 1,200-seat concert hall in Sheffield, opened in 1932.",
 "The Northern Sinfonia Winter Gala takes place on Saturday 12 December 2026 at 7:30pm, conducted by Ruth Okafor.",
 "Tickets for the Winter Gala cost from £18 to £46; under-26s pay £10 for any seat.",
 "Doors open 1 hour before each concert.",
 "The Sunday lunchtime recitals (12:30pm, 45 minutes) are free, every Sunday in December 2026.",
 "The box office is open Tuesday to Saturday, 11am to 5pm.",
 "The hall's café serves drinks and light meals from 11am on concert days.",
 "Members get 10% off all tickets and priority booking.",
 "Website: millbrookhall.org.uk",
 "Official hashtag: #MillbrookLive",
], brief="Sell the Winter Gala and promote the December recitals.",
posts=[
 ("🎻 One night, one orchestra, 1,200 seats. The Northern Sinfonia Winter Gala, Saturday 12 December, 7:30pm. Tickets from £18 👉 millbrookhall.org.uk #MillbrookLive", []),
 ("Under 26? Any seat at the Winter Gala is yours for a tenner 🎟️", []),
 ("Free lunchtime recitals every Sunday this December, 12:30pm. 45 minutes of music, zero cost 🎹", []),
 ("4 Sundays, 4 free recitals ☀️ Which one will you come to?", []),
 ("Doors open at 6:30pm on gala night, so come early and grab a drink at the café 🍷", []),
 ("Conductor Ruth Okafor on the programme: \"It's a love letter to winter.\" Don't miss it! ❤️", []),
 ("Members save 10% on every ticket, and book before everyone else. Worth it? We think so 😉", []),
 ("Since 1932, this hall has heard over 90 years of music. Here's to the next chapter ✨", []),
 ("Box office: Tuesday to Saturday, 11am-5pm. See you at the gala! 🎶", []),
 ("Winter Gala on Friday 12 December at 8pm, conducted by Ruth Okafor! #MillbrookLive", [("contradicted","Friday 12 December"),("contradicted","8pm")]),
 ("Tickets from £25, and a free glass of prosecco for every gala guest 🥂", [("contradicted","£25"),("unsupported","a free glass of prosecco for every gala guest")]),
 ("The UK's oldest concert hall, with 2,000 seats and a Michelin-starred café!", [("unsupported","The UK's oldest concert hall"),("contradicted","2,000"),("unsupported","Michelin-starred")]),
 ("Members get 20% off, and under-30s pay just £10 🎟️", [("contradicted","20%"),("contradicted","under-30s")]),
])
nets = ['instagram', 'facebook', 'linkedin', 'x']
out = []
for bid, b in brands.items():
    for i, (post, labs) in enumerate(b['posts'], 1):
        labels = []
        for typ, txt in labs:
            idx = post.find(txt)
            assert idx >= 0, (bid, txt)
            labels.append(dict(start=idx, end=idx+len(txt), type=typ, text=txt))
        out.append(dict(id=f"{bid}-{i:02d}", brand=b['brand'], lang=b['lang'], network=nets[i % 4], facts=b['facts'], brief=b['brief'], post=post, labels=labels))
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'holdout13.jsonl'), 'w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False)+"\n")
print(len(out))
