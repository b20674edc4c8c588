import json
brands = {}
brands['pixel'] = dict(lang='en', brand='Pixel Repair Co', facts=[
 "Pixel Repair Co repairs phones and laptops in Leeds and Sheffield.",
 "A screen replacement for an iPhone 13 costs £89 and takes about 45 minutes.",
 "Every repair comes with a 12-month warranty.",
 "The shops are open Monday to Friday, 9am to 6pm, and Saturday, 10am to 4pm.",
 "Students get 10% off repairs with a valid student card.",
 "In 2025 the team repaired 8,400 devices.",
 "Book online at pixelrepair.co.uk/book or call 0113 496 0123.",
 "The official hashtag is #PixelFixed.",
], brief="Promote same-day screen repairs and the student discount.",
posts=[
 ("📱 Cracked iPhone 13 screen? We replace it for £89 in about 45 minutes, with a 12-month warranty. Book at pixelrepair.co.uk/book #PixelFixed", []),
 ("Students save 10% on every repair, just show your card at the counter in Leeds or Sheffield 🎓", []),
 ("Over 8,000 devices repaired last year. Thank you for trusting us with your tech 💙 #PixelFixed", []),
 ("Open Monday to Friday 9am–6pm and Saturday 10am–4pm. Give us a call on 0113 496 0123!", []),
 ("iPhone 13 screens replaced in 20 minutes for just £69! #PixelFixed", [("contradicted","20 minutes"),("contradicted","£69")]),
 ("Award-winning repairs with a lifetime warranty on every job 🏆 #PixelFixed", [("unsupported","Award-winning"),("contradicted","lifetime warranty")]),
 ("Now open on Sundays too, 10am to 2pm, in Leeds, Sheffield and York! #PixelFixed", [("unsupported","Now open on Sundays too"),("unsupported","York")]),
 ("Students get 20% off, and free screen protectors for everyone this week! As seen on BBC Look North. #PixelFixed", [("contradicted","20%"),("unsupported","free screen protectors for everyone this week"),("unsupported","BBC Look North")]),
])
brands['mont-aiguille'] = dict(lang='fr', brand='Station du Mont Aiguille', facts=[
 "La station du Mont Aiguille ouvre la saison d'hiver le samedi 12 décembre 2026 et la ferme le dimanche 4 avril 2027.",
 "Le domaine compte 32 pistes et 14 remontées mécaniques.",
 "Le forfait journée adulte coûte 42 € ; il coûte 35 € pour les 6-17 ans.",
 "Le forfait est gratuit pour les moins de 6 ans et les plus de 75 ans.",
 "Les remontées fonctionnent de 9h à 16h45.",
 "Une navette gratuite relie le village à la station toutes les 30 minutes.",
 "L'école de ski propose des cours collectifs à partir de 4 ans.",
 "Le site est mont-aiguille-ski.fr.",
 "Le hashtag officiel est #MontAiguilleSki.",
], brief="Lancer la saison 2026-2027 et vendre les forfaits en ligne.",
posts=[
 ("⛷️ Ouverture de la saison le samedi 12 décembre ! 32 pistes et 14 remontées mécaniques vous attendent jusqu'au 4 avril. #MontAiguilleSki", []),
 ("Forfait journée : 42 € pour les adultes, 35 € pour les 6-17 ans, et gratuit pour les moins de 6 ans ❄️ Réservez sur mont-aiguille-ski.fr", []),
 ("Laissez la voiture au village : une navette gratuite monte à la station toutes les 30 minutes 🚌", []),
 ("Les remontées tournent de 9h à 16h45. Premiers virages dès l'ouverture ! #MontAiguilleSki", []),
 ("Ouverture le vendredi 11 décembre avec 40 pistes ouvertes ! #MontAiguilleSki", [("contradicted","vendredi 11 décembre"),("contradicted","40")]),
 ("Forfait adulte à 38 € la journée, et gratuit pour les plus de 70 ans ! #MontAiguilleSki", [("contradicted","38 €"),("contradicted","70 ans")]),
 ("Cours de ski dès 3 ans avec des moniteurs champions olympiques 🏅 #MontAiguilleSki", [("contradicted","3 ans"),("unsupported","moniteurs champions olympiques")]),
 ("Navette toutes les 15 minutes et parking gratuit au pied des pistes ! #MontAiguilleSki", [("contradicted","15 minutes"),("unsupported","parking gratuit au pied des pistes")]),
])
out = []
for bid, b in brands.items():
    for i, (post, labs) in enumerate(b['posts'], 1):
        labels = []
        for typ, txt in labs:
            idx = post.find(txt)
            assert idx >= 0, (bid, txt)
            labels.append(dict(start=idx, end=idx+len(txt), type=typ, text=txt))
        out.append(dict(id=f"{bid}-{i:02d}", brand=b['brand'], lang=b['lang'], network="facebook", facts=b['facts'], brief=b['brief'], post=post, labels=labels))
with open('/work/main/internal/verify/testdata/holdout4.jsonl','w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False)+"\n")
print(len(out))
