# Twelfth blind round (a wine estate, a train operator): written after the
# clean5 fixes, before any further change; first run in docs/verify.md.
import json
brands = {}
brands['domaine'] = dict(lang='fr', brand='Domaine de la Combe aux Loups', facts=[
 "Le Domaine de la Combe aux Loups est un domaine viticole familial de 14 hectares à Irancy, en Bourgogne, conduit en agriculture biologique depuis 2011.",
 "Le caveau de dégustation est ouvert du jeudi au samedi de 10h à 12h30 et de 14h à 18h30.",
 "La dégustation commentée de 5 vins coûte 12 € par personne, offerte pour tout achat de 6 bouteilles.",
 "L'Irancy rouge 2023 coûte 18,50 € la bouteille.",
 "Les portes ouvertes du domaine ont lieu les samedi 7 et dimanche 8 novembre 2026, avec un accord mets-vins à 25 €.",
 "La livraison est offerte en France dès 12 bouteilles.",
 "Vigneronne : Claire Moutard, quatrième génération.",
 "Site : combeauxloups.fr",
 "Hashtag officiel : #CombeAuxLoups",
], brief="Annoncer les portes ouvertes de novembre 2026.",
posts=[
 ("🍇 Portes ouvertes au domaine les 7 et 8 novembre ! Dégustation, caves et accord mets-vins à 25 €. #CombeAuxLoups", []),
 ("Claire, vigneronne de quatrième génération, vous racontera le millésime 2023 au fil des fûts 🍷", []),
 ("Notre Irancy rouge 2023 : fruits rouges, épices douces, 18,50 € la bouteille. Un vrai coup de cœur !", []),
 ("Bio depuis 2011, sur nos 14 hectares de coteaux. La nature nous le rend bien 🌿", []),
 ("La dégustation de 5 vins (12 €) vous est offerte si vous repartez avec 6 bouteilles 😉", []),
 ("Le caveau vous accueille du jeudi au samedi, 10h-12h30 et 14h-18h30. À très vite !", []),
 ("Commandez 12 bouteilles, on vous les livre gratuitement partout en France 🚚 combeauxloups.fr", []),
 ("Un week-end, deux jours de fête, et toute la famille Moutard pour vous recevoir 🥂", []),
 ("Portes ouvertes les 14 et 15 novembre, avec un accord mets-vins à 19 € ! #CombeAuxLoups", [("contradicted","14 et 15 novembre"),("contradicted","19 €")]),
 ("Notre Irancy 2023, médaille d'or au Concours général agricole, à 15 € la bouteille !", [("unsupported","médaille d'or au Concours général agricole"),("contradicted","15 €")]),
 ("Caveau ouvert 7 jours sur 7, dégustation gratuite pour tous 🍷", [("contradicted","7 jours sur 7"),("contradicted","dégustation gratuite pour tous")]),
 ("30 hectares en biodynamie depuis 1995 : c'est ça, la Combe aux Loups 🐺", [("contradicted","30"),("unsupported","biodynamie"),("contradicted","1995")]),
])
brands['rail'] = dict(lang='en', brand='Northern Fells Railway', facts=[
 "Northern Fells Railway runs regional trains between Carlisle and Kendal, calling at Penrith and Shap.",
 "Trains run every hour from 6am to 11pm, Monday to Saturday; on Sundays every two hours from 8am to 10pm.",
 "The journey from Carlisle to Kendal takes 58 minutes.",
 "A standard off-peak day return from Carlisle to Kendal costs £14.60.",
 "Railcard holders save a third on off-peak fares.",
 "Bikes travel free, but must be booked in advance; each train carries up to 4 bikes.",
 "From 14 December 2026 a new timetable adds a late train leaving Kendal at 11:40pm on Fridays and Saturdays.",
 "Website: northernfells.co.uk",
 "Official hashtag: #NorthernFells",
], brief="Promote the new late trains from December 2026.",
posts=[
 ("🚆 New for winter: from 14 December, a late train leaves Kendal at 11:40pm every Friday and Saturday. No more rushing dinner! #NorthernFells", []),
 ("Carlisle to Kendal in under an hour. Sit back, watch the fells go by ⛰️", []),
 ("Off-peak day return Carlisle–Kendal: £14.60. With a Railcard you save a third 💷", []),
 ("Bringing your bike? It rides free, just book ahead: we've room for 4 on every train 🚲", []),
 ("Hourly trains from 6am to 11pm, Monday to Saturday. On Sundays, every two hours from 8am to 10pm.", []),
 ("Calling at Penrith and Shap. Where are you heading this weekend? 👇", []),
 ("Friday night in Kendal? Stay out later, the 23:40 gets you home 🌙", []),
 ("Plan your trip and check live times at northernfells.co.uk", []),
 ("From 1 December, a late train leaves Kendal at 12:30am every night! #NorthernFells", [("contradicted","1 December"),("contradicted","12:30am"),("contradicted","every night")]),
 ("Carlisle to Kendal in just 45 minutes, for £9.99 return!", [("contradicted","45 minutes"),("contradicted","£9.99")]),
 ("Bikes travel free, no booking needed, up to 10 per train 🚲", [("contradicted","no booking needed"),("contradicted","10")]),
 ("Voted the UK's most scenic railway, with free Wi-Fi on every train! #NorthernFells", [("unsupported","Voted the UK's most scenic railway"),("unsupported","free Wi-Fi on every train")]),
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
with open('/work/main/internal/verify/testdata/holdout12.jsonl','w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False)+"\n")
print(len(out))
