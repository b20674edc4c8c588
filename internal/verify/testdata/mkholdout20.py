# Twentieth blind round (a dog groomer, a kayak hire, a surf school):
# written after the holdout19 fix, before any further change; first run in
# docs/verify.md.
import json, os
brands = {}
brands['toilettage'] = dict(lang='fr', brand="Poil de Carotte", facts=[
 "Poil de Carotte est un salon de toilettage pour chiens et chats installé à Nantes, au 14 rue Paul-Bellamy, depuis 2017.",
 "Un toilettage complet (bain, coupe, griffes) coûte 45 € pour un petit chien, 60 € pour un chien moyen et 80 € pour un grand chien.",
 "La coupe des griffes seule coûte 10 €.",
 "Les produits utilisés sont bio et sans parfum.",
 "Le salon est ouvert du mardi au samedi, de 9h à 18h, uniquement sur rendez-vous.",
 "Pour une première visite, 15 % de remise sur le toilettage complet.",
 "La toiletteuse est Camille Roussel, diplômée depuis 2012.",
 "Réservations au 02 40 71 88 09.",
], brief="Faire connaître l'offre première visite.",
posts=[
 ("🐶 Première visite chez Poil de Carotte ? -15 % sur le toilettage complet !", []),
 ("Petit chien : 45 €, soit 38,25 € avec la remise de bienvenue 🐾", []),
 ("Bain, coupe et griffes : le grand jeu pour votre compagnon 🛁", []),
 ("Juste les griffes ? 10 €, et c'est réglé ✂️", []),
 ("Des produits bio et sans parfum, parce que leur truffe est sensible 👃", []),
 ("Camille toilette vos compagnons depuis plus de 10 ans 💛", []),
 ("Sur rendez-vous uniquement, du mardi au samedi : 02 40 71 88 09 📞", []),
 ("Toilettage complet sans rendez-vous, 7 jours sur 7 !", [("contradicted","sans rendez-vous"),("contradicted","7 jours sur 7")]),
 ("Grand chien : 65 € le toilettage complet, griffes offertes !", [("contradicted","65 €"),("contradicted","griffes offertes")]),
 ("-25 % pour votre première visite, depuis 2015 à Nantes !", [("contradicted","-25 %"),("contradicted","2015")]),
])
brands['kayak'] = dict(lang='fr', brand="Kayak Vert Loue", facts=[
 "Kayak Vert Loue loue des kayaks et des canoës sur la Loue, au départ d'Ornans, du 1er mai au 30 septembre 2027.",
 "La descente Ornans – Vuillafans fait 10 km et dure environ 2h30.",
 "La location d'un kayak solo coûte 25 € et celle d'un canoë biplace 40 €, retour en navette compris.",
 "Les enfants doivent avoir au moins 7 ans et savoir nager.",
 "Les départs ont lieu toutes les heures de 9h à 15h.",
 "Le gilet de sauvetage et le bidon étanche sont fournis.",
 "La base est ouverte tous les jours pendant la saison.",
 "Réservation sur kayak-vert-loue.fr.",
], brief="Ouvrir la saison 2027.",
posts=[
 ("🛶 La saison démarre le 1er mai ! Kayaks et canoës sur la Loue jusqu'au 30 septembre.", []),
 ("10 km de rivière entre Ornans et Vuillafans, environ 2h30 de pure nature 🌿", []),
 ("Canoë biplace à 40 €, soit 20 € chacun pour une belle descente à deux 😉", []),
 ("Gilet et bidon étanche fournis, la navette de retour aussi 🚐", []),
 ("Premier départ à 9h, dernier à 15h, toutes les heures.", []),
 ("Dès 7 ans, à condition de savoir nager 🏊", []),
 ("Ouvert tous les jours pendant la saison. On réserve sur kayak-vert-loue.fr ?", []),
 ("Descente de 15 km en 1h30, kayak solo à 20 € !", [("contradicted","15 km"),("contradicted","1h30"),("contradicted","20 €")]),
 ("Ouverture de la saison le samedi 15 mai ! 🛶", [("contradicted","samedi 15 mai")]),
 ("Accessible dès 5 ans, même sans savoir nager !", [("contradicted","5 ans"),("contradicted","même sans savoir nager")]),
])
brands['surf'] = dict(lang='en', brand="Atlantic Swell Surf School", facts=[
 "Atlantic Swell Surf School teaches surfing on Fistral Beach, Newquay, from 27 March to 31 October 2027.",
 "A 2-hour group lesson costs £40, board and wetsuit included.",
 "A 5-lesson course costs £175.",
 "Groups have at most 8 surfers per instructor.",
 "Lessons run daily at 10am and 2pm.",
 "Surfers must be 8 or older and able to swim 50 metres.",
 "All instructors are Surfing England qualified and lifeguard trained.",
 "Website: atlanticswell.co.uk",
 "Official hashtag: #AtlanticSwell",
], brief="Fill Easter 2027 lessons.",
posts=[
 ("🏄 Season opens 27 March on Fistral Beach! Board and wetsuit included in every lesson. #AtlanticSwell", []),
 ("2 hours, £40, and your first wave. What are you waiting for? 🌊", []),
 ("5 lessons for £175 saves you £25 compared with booking them one by one 💡", []),
 ("Max 8 surfers per instructor, so you get real coaching 🤙", []),
 ("Lessons every day at 10am and 2pm. Pick your tide!", []),
 ("Aged 8+ and can swim 50m? You're ready 🏊", []),
 ("Our instructors are Surfing England qualified and trained lifeguards 🛟", []),
 ("Group lessons just £30, wetsuit extra!", [("contradicted","£30"),("contradicted","wetsuit extra")]),
 ("Up to 12 surfers per instructor, lessons at 9am and 1pm!", [("contradicted","12"),("contradicted","9am"),("contradicted","1pm")]),
 ("Kids from 5 years old welcome, no swimming needed!", [("contradicted","5"),("contradicted","no swimming needed")]),
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
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'holdout20.jsonl'), 'w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False)+"\n")
print(len(out))
