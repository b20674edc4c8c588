# Nineteenth blind round (a crêperie, a spa, a bowling alley): written after
# the holdout18 fixes, before any further change; first run in
# docs/verify.md.
import json, os
brands = {}
brands['creperie'] = dict(lang='fr', brand="Crêperie Ty Gwenn", facts=[
 "La Crêperie Ty Gwenn sert des galettes de blé noir et des crêpes à Quimper, au 9 rue Kéréon, depuis 1978.",
 "Pour la Chandeleur, le mardi 2 février 2027, la deuxième crêpe sucrée est offerte.",
 "La galette complète (jambon, œuf, fromage) coûte 9,50 € ; la crêpe beurre-sucre 4 €.",
 "La farine de blé noir vient d'un moulin de Locronan et est bio.",
 "La crêperie est ouverte du mercredi au dimanche, midi et soir.",
 "Le cidre fermier est servi en bolée à 3,50 €.",
 "La crêperie compte 40 couverts et une terrasse de 20 places.",
 "Réservations au 02 98 95 31 12.",
], brief="Faire venir du monde pour la Chandeleur 2027.",
posts=[
 ("🥞 Mardi 2 février, c'est la Chandeleur ! Votre 2e crêpe sucrée est offerte chez Ty Gwenn.", []),
 ("Une complète à 9,50 € et une bolée de cidre à 3,50 € : 13 € pour un vrai repas breton 😋", []),
 ("Notre blé noir vient du moulin de Locronan, et il est bio 🌾", []),
 ("Depuis 1978 rue Kéréon… presque 50 ans de galettes ! Merci à vous 💛", []),
 ("40 couverts à l'intérieur, 20 en terrasse : il y a de la place pour tout le monde ☀️", []),
 ("Beurre-sucre ou caramel au beurre salé ? Le débat est ouvert 👇", []),
 ("On vous attend du mercredi au dimanche, midi et soir. Réservez au 02 98 95 31 12 📞", []),
 ("Chandeleur le mercredi 3 février, crêpes à volonté pour 15 € !", [("contradicted","mercredi 3 février"),("unsupported","crêpes à volonté pour 15 €")]),
 ("Ouvert 7j/7, et la galette complète à 8 € !", [("contradicted","7j/7"),("contradicted","8 €")]),
 ("Depuis 1985, avec une farine 100 % bretonne moulue sur place !", [("contradicted","1985"),("contradicted","moulue sur place")]),
])
brands['spa'] = dict(lang='fr', brand="Spa des Thermes Bleus", facts=[
 "Le Spa des Thermes Bleus, à Aix-les-Bains, propose un bassin d'eau thermale à 33 °C, un hammam et deux saunas.",
 "L'accès au spa pour 2 heures coûte 39 € par personne, et 29 € en semaine avant 12h.",
 "Le modelage relaxant de 50 minutes coûte 75 €.",
 "Pour la Saint-Valentin, du vendredi 12 au dimanche 14 février 2027, le duo accès spa + modelage coûte 199 € pour deux.",
 "Le spa est interdit aux moins de 16 ans.",
 "Peignoir et serviette sont fournis ; les mules sont vendues 5 €.",
 "Le spa est ouvert tous les jours de 10h à 20h.",
 "Site : thermesbleus-spa.fr",
], brief="Vendre le duo de la Saint-Valentin 2027.",
posts=[
 ("💞 Saint-Valentin : accès spa + modelage pour deux à 199 €, du 12 au 14 février ! thermesbleus-spa.fr", []),
 ("Bassin thermal à 33 °C, hammam, deux saunas : 2 heures rien que pour vous 🧖", []),
 ("En semaine avant midi, l'accès est à 29 € au lieu de 39 €. 10 € d'économie, ça se prend 😉", []),
 ("Modelage relaxant de 50 minutes à 75 €. Vous l'avez bien mérité.", []),
 ("Peignoir et serviette fournis, vous n'avez qu'à venir 🛁", []),
 ("Ouvert tous les jours, de 10h à 20h. Même le dimanche !", []),
 ("Le spa est réservé aux 16 ans et plus. Les parents, c'est votre moment 😌", []),
 ("Duo Saint-Valentin à 159 € pour deux, jusqu'au 28 février !", [("contradicted","159 €"),("contradicted","28 février")]),
 ("Accès spa 3 heures pour 39 €, mules offertes !", [("contradicted","3 heures"),("contradicted","mules offertes")]),
 ("Bassin à 37 °C et accès dès 12 ans 💦", [("contradicted","37"),("contradicted","12 ans")]),
])
brands['bowling'] = dict(lang='en', brand="Strike City Bowl", facts=[
 "Strike City Bowl in Swindon has 24 lanes, a diner and an arcade.",
 "A game costs £7.50 per adult and £6 per child (under 16); shoe hire is included.",
 "Every Friday in February 2027, Cosmic Bowling runs from 8pm to midnight, with glow lanes and a DJ.",
 "Kids' parties cost £12.95 per child, with 2 games, a meal and a drink, for 8 children or more.",
 "On Mondays, games cost £4 all day.",
 "Open daily from 10am to 11pm, and until midnight on Fridays and Saturdays.",
 "Bumpers and ramps are available on every lane.",
 "Website: strikecitybowl.co.uk",
 "Official hashtag: #StrikeCity",
], brief="Fill Cosmic Bowling Fridays in February 2027.",
posts=[
 ("🎳 Cosmic Bowling every Friday this February, 8pm till midnight! Glow lanes + DJ. #StrikeCity", []),
 ("24 lanes, a diner and an arcade. Your Saturday sorted 😎", []),
 ("Monday = £4 games, all day long 💸", []),
 ("Family of 4 (2 adults, 2 kids)? One game each is £27, shoes included 👟", []),
 ("Kids' party? £12.95 a head for 2 games, a meal and a drink (min. 8 kids) 🎉", []),
 ("Bumpers and ramps on every lane, so even the little ones can strike 🧒", []),
 ("Four Fridays of Cosmic Bowling in February: 5th, 12th, 19th and 26th 🌌", []),
 ("Cosmic Bowling every Saturday, 9pm-1am!", [("contradicted","Saturday"),("contradicted","9pm-1am")]),
 ("Games from £5 per adult, and shoe hire just £2!", [("contradicted","£5"),("contradicted","shoe hire just £2")]),
 ("30 lanes and Swindon's only VR arcade!", [("contradicted","30"),("unsupported","Swindon's only VR arcade")]),
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
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'holdout19.jsonl'), 'w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False)+"\n")
print(len(out))
