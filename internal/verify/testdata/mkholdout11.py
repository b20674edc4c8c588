# Eleventh blind round (bookshop chain, brewery taproom): written after the
# tenth round's fixes, before any further change; first run in docs/verify.md.
import json
brands = {}
brands['page'] = dict(lang='fr', brand='La Page Tournée', facts=[
 "La Page Tournée est une chaîne de 7 librairies indépendantes en Bretagne, fondée en 2008 à Rennes.",
 "La carte fidélité est gratuite : 5 % de remise sur chaque achat.",
 "Le samedi 14 novembre 2026, l'autrice Maëlle Guivarc'h dédicace son roman « L'Île aux mouettes » à la librairie de Quimper, de 15h à 18h.",
 "Le roman « L'Île aux mouettes » coûte 21,50 €.",
 "Les librairies sont ouvertes du mardi au samedi de 9h30 à 19h.",
 "La commande en ligne sur lapagetournee.bzh est retirée gratuitement en librairie sous 48h.",
 "Le club de lecture se réunit le premier jeudi de chaque mois à 18h30.",
 "Le hashtag officiel est #PageTournee.",
], brief="Faire venir du monde à la dédicace de Quimper en novembre 2026.",
posts=[
 ("📚 Maëlle Guivarc'h sera à Quimper le samedi 14 novembre, de 15h à 18h, pour dédicacer « L'Île aux mouettes » ! #PageTournee", []),
 ("Un roman qui sent les embruns et le sel… Coup de cœur de toute l'équipe 💙 À lire d'urgence !", []),
 ("Commandez sur lapagetournee.bzh et récupérez votre livre en librairie sous 48h, sans frais 😉", []),
 ("Club de lecture le premier jeudi du mois à 18h30 : venez parler de vos lectures autour d'un thé ☕", []),
 ("Avec la carte fidélité (gratuite !), 5 % de remise à chaque passage. Les petits ruisseaux font les grandes rivières 📖", []),
 ("7 librairies en Bretagne, et toujours la même passion depuis 2008 🙌 #PageTournee", []),
 ("3 heures de dédicace, une autrice géniale et vous : rendez-vous le 14/11 à Quimper !", []),
 ("Nos libraires vous conseillent du mardi au samedi, de 9h30 à 19h. Passez nous voir !", []),
 ("Maëlle Guivarc'h sera à Brest le dimanche 15 novembre à 14h ! #PageTournee", [("contradicted","Brest"),("contradicted","dimanche 15 novembre"),("contradicted","14h")]),
 ("« L'Île aux mouettes » à 18,90 € et 10 % de remise avec la carte fidélité ! #PageTournee", [("contradicted","18,90 €"),("contradicted","10 %")]),
 ("12 librairies en Bretagne, élues meilleures librairies de l'Ouest par Ouest-France ! 📚", [("contradicted","12"),("unsupported","élues meilleures librairies de l'Ouest par Ouest-France")]),
 ("Livraison gratuite à domicile en 24h partout en France ! lapagetournee.bzh", [("unsupported","Livraison gratuite à domicile"),("contradicted","24h")]),
])
brands['brew'] = dict(lang='en', brand='Ironbridge Brewing', facts=[
 "Ironbridge Brewing is a craft brewery and taproom at 3 Wharfage Lane, Ironbridge, Shropshire, founded in 2016.",
 "The taproom is open Thursday to Sunday, from 4pm to 11pm.",
 "A pint of our flagship pale ale, Gorge Pale (4.2%), costs £4.80.",
 "Brewery tours run every Saturday at 2pm, last 90 minutes and cost £18 including a tasting of four beers.",
 "Our Oktoberfest weekend runs from Friday 2 to Sunday 4 October 2026, with live music each night.",
 "Dogs are welcome in the taproom.",
 "Head brewer: Sam Okafor.",
 "Website: ironbridgebrewing.co.uk",
 "Official hashtag: #IronbridgeBrew",
], brief="Sell tickets for the Oktoberfest weekend in October 2026.",
posts=[
 ("🍺 Oktoberfest weekend is coming: Friday 2 to Sunday 4 October, live music every night! #IronbridgeBrew", []),
 ("Three nights of beer, music and good company. Who's in? 🙋‍♀️", []),
 ("Gorge Pale, 4.2%, £4.80 a pint. Crisp, hoppy, dangerously drinkable 😍", []),
 ("Brewery tours every Saturday at 2pm: 90 minutes behind the scenes with a tasting of four beers, all for £18 🍻", []),
 ("Bring the dog! Four-legged friends are always welcome in the taproom 🐶", []),
 ("Taproom open Thursday to Sunday, 4pm–11pm. See you at the bar 👋 ironbridgebrewing.co.uk", []),
 ("Brewing in the heart of the Gorge since 2016, and we're just getting started 💪", []),
 ("Ask Sam, our head brewer, anything about hops. Seriously, anything. He loves it 😂", []),
 ("Oktoberfest from Friday 9 to Sunday 11 October, with free entry and a free stein for everyone! #IronbridgeBrew", [("contradicted","Friday 9 to Sunday 11 October"),("unsupported","free entry"),("unsupported","a free stein for everyone")]),
 ("Gorge Pale now £3.99 a pint, our 5% flagship! #IronbridgeBrew", [("contradicted","£3.99"),("contradicted","5%")]),
 ("Brewery tours every Sunday at 3pm, two hours for £25 🍻", [("contradicted","Sunday"),("contradicted","3pm"),("contradicted","two hours"),("contradicted","£25")]),
 ("Award-winning head brewer Sam Okafor, formerly of BrewDog, is launching a new IPA! #IronbridgeBrew", [("unsupported","Award-winning"),("unsupported","formerly of BrewDog")]),
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
with open('/work/main/internal/verify/testdata/holdout11.jsonl','w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False)+"\n")
print(len(out))
