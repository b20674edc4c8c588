# Tenth blind round (ski resort, invoicing SaaS, theatre, garage): written
# before any rule change, first-run figures in docs/verify.md.
import json
brands = {}
brands['ski'] = dict(lang='fr', brand='Les Aiguilles-Blanches', facts=[
 "La station Les Aiguilles-Blanches est située à 1 650 m d'altitude, en Savoie.",
 "Le domaine compte 42 pistes et 18 remontées mécaniques, pour 120 km de pistes.",
 "Le forfait journée adulte coûte 49 € ; le forfait enfant (5-11 ans) coûte 39 €.",
 "Le forfait est gratuit pour les enfants de moins de 5 ans.",
 "La saison d'hiver 2026-2027 s'ouvre le samedi 19 décembre 2026 et se termine le dimanche 11 avril 2027.",
 "Les remontées sont ouvertes tous les jours de 9h à 16h45.",
 "L'école de ski propose des cours collectifs de 2h30, à 185 € les 6 matinées.",
 "Le téléphone de l'accueil est le 04 79 55 12 34.",
 "Le site est aiguilles-blanches.fr.",
 "Le hashtag officiel est #AiguillesBlanches.",
], brief="Lancer la saison d'hiver et vendre les forfaits de décembre.",
posts=[
 ("❄️ Rendez-vous le samedi 19 décembre pour la première descente de la saison ! On a hâte 😍 #AiguillesBlanches", []),
 ("120 km de pistes, 42 pistes et 18 remontées : de quoi skier toute la journée sans jamais refaire la même descente 🎿", []),
 ("Forfait journée à 49 € pour les adultes, 39 € pour les 5-11 ans, et gratuit pour les moins de 5 ans 👶 Infos : aiguilles-blanches.fr", []),
 ("Les remontées tournent tous les jours de 9h à 16h45, 7j/7 pendant toute la saison ⛷️", []),
 ("Cours collectifs de 2h30 à l'école de ski : 6 matinées pour 185 €, soit un peu plus de 30 € la matinée 🙌", []),
 ("Une question sur les forfaits ? Appelez l'accueil au 04 79 55 12 34, on vous répond avec le sourire ☎️", []),
 ("Perchée à 1 650 mètres en Savoie, la station vous offre une vue à couper le souffle 🏔️ 100 % neige, 100 % plaisir !", []),
 ("La saison dure près de 4 mois : du 19 décembre au 11 avril, profitez-en ! #AiguillesBlanches", []),
 ("Souvenez-vous de l'hiver 2025 : de la poudreuse à perte de vue. On remet ça dès le 19 décembre ! ❄️", []),
 ("Recette du vin chaud de l'après-ski : 1 litre de vin rouge, 2 oranges, 3 bâtons de cannelle et 100 g de sucre 🍷 À consommer avec modération !", []),
 ("Forfait journée à 45 € et remontées ouvertes jusqu'à 17h30 ! #AiguillesBlanches", [("contradicted","45 €"),("contradicted","17h30")]),
 ("Ouverture de la saison le vendredi 18 décembre, avec 50 pistes damées ! #AiguillesBlanches", [("contradicted","vendredi 18 décembre"),("contradicted","50")]),
 ("Élue meilleure station familiale des Alpes, avec un forfait gratuit pour les moins de 8 ans ! 🎉", [("unsupported","meilleure station familiale des Alpes"),("contradicted","8 ans")]),
 ("Nouveau cet hiver : une piste de luge de 3 km et une navette gratuite depuis Chambéry ! #AiguillesBlanches", [("unsupported","une piste de luge de 3 km"),("unsupported","une navette gratuite depuis Chambéry")]),
 ("Cours collectifs de 3h, 6 matinées pour 160 € ! Réservez au 04 79 55 12 43", [("contradicted","3h"),("contradicted","160 €"),("contradicted","04 79 55 12 43")]),
])
brands['ledgerly'] = dict(lang='en', brand='Ledgerly', facts=[
 "Ledgerly is an invoicing app for freelancers and small businesses, based in Manchester.",
 "The Starter plan costs £9 per month; the Pro plan costs £24 per month.",
 "Annual billing gives two months free.",
 "Every plan comes with a 30-day free trial, no credit card required.",
 "Ledgerly is used by more than 12,000 businesses in the UK.",
 "Support is available by chat Monday to Friday, 8am to 6pm.",
 "Ledgerly is HMRC-recognised for Making Tax Digital.",
 "Ledgerly was founded in 2019 by Priya Shah and Tom Kettering.",
 "Website: ledgerly.co.uk",
 "Official hashtag: #InvoiceWithLedgerly",
], brief="Promote the Pro plan to freelancers before the self-assessment deadline of 31 January 2027.",
posts=[
 ("Tax deadline is 31 January 😬 Get your invoices sorted with Ledgerly Pro, £24 a month. Try it free for 30 days, no card needed! #InvoiceWithLedgerly", []),
 ("Pay yearly and get 2 months free: that's Pro for £240 a year instead of £288 💸", []),
 ("Over 12,000 UK businesses already send their invoices with Ledgerly. Join them today 👉 ledgerly.co.uk", []),
 ("Questions? Our team is on chat Monday to Friday, 8am–6pm. Real humans, no bots 🙋", []),
 ("Making Tax Digital? Ledgerly is HMRC-recognised, so you're covered ✅", []),
 ("Since 2019, Priya and Tom have had one goal: make invoicing painless for freelancers 💙", []),
 ("5 tips to get paid faster: 1. Invoice on time 2. Set clear terms 3. Send reminders 4. Offer several ways to pay 5. Say thank you 🙏", []),
 ("Starter at £9/month is perfect when you're just getting going; switch to Pro whenever you're ready 🚀", []),
 ("Freelancers lose hours every month chasing payments. We think that's 100% wrong 😤 #InvoiceWithLedgerly", []),
 ("New year, new habits: 2027 is the year you stop invoicing in spreadsheets 📈", []),
 ("Ledgerly Pro is now just £19 a month, with a 60-day free trial! #InvoiceWithLedgerly", [("contradicted","£19"),("contradicted","60-day")]),
 ("Trusted by over 50,000 businesses across the UK 🌍", [("contradicted","50,000")]),
 ("24/7 live chat support, and the #1 invoicing app in the UK! 🏆", [("contradicted","24/7"),("unsupported","the #1 invoicing app in the UK")]),
 ("Founded in 2017 in London by Priya Shah 💙", [("contradicted","2017"),("contradicted","London")]),
 ("Annual billing now gives you three months free, plus a free accountant review! #InvoiceWithLedgerly", [("contradicted","three"),("unsupported","a free accountant review")]),
])
brands['theatre'] = dict(lang='fr', brand='Théâtre des Deux Rives', facts=[
 "Le Théâtre des Deux Rives est une salle de 480 places située 12 quai de la Bourse, à Rouen.",
 "La saison 2026-2027 compte 34 spectacles, de septembre à juin.",
 "Le plein tarif est de 28 € ; le tarif réduit (moins de 26 ans, demandeurs d'emploi) est de 14 €.",
 "L'abonnement 4 spectacles coûte 88 €.",
 "« Les Vagues », mis en scène par Clémence Aubry, est joué du 14 au 17 octobre 2026 à 20h30.",
 "La billetterie est ouverte du mardi au samedi de 13h à 19h.",
 "Téléphone de la billetterie : 02 35 71 40 40.",
 "Site : theatre-deuxrives.fr",
 "Hashtag officiel : #DeuxRives",
], brief="Remplir les quatre représentations des Vagues en octobre.",
posts=[
 ("🎭 « Les Vagues » de Clémence Aubry, du 14 au 17 octobre à 20h30. Quatre soirs seulement, ne les ratez pas ! #DeuxRives", []),
 ("Moins de 26 ans ? Votre place est à 14 €, soit moitié prix 😉", []),
 ("Abonnement 4 spectacles : 88 €, soit 22 € la place au lieu de 28 € 👏", []),
 ("Un spectacle bouleversant, une mise en scène d'une beauté folle. On en ressort changé ❤️", []),
 ("La billetterie vous accueille du mardi au samedi, de 13h à 19h, au 12 quai de la Bourse. Ou par téléphone au 02 35 71 40 40 📞", []),
 ("34 spectacles cette saison, de septembre à juin : il y en a pour tous les goûts ! theatre-deuxrives.fr", []),
 ("480 fauteuils, un seul rideau rouge, et vous ✨ On vous attend le 14 octobre !", []),
 ("Il reste des places pour le jeudi 15 octobre ! Réservez vite sur theatre-deuxrives.fr 🎟️", []),
 ("Première le mercredi 14 octobre à 20h30 : qui sera dans la salle ? 🙋 #DeuxRives", []),
 ("Tarif réduit pour les demandeurs d'emploi aussi : 14 € la place, parce que le théâtre est pour tout le monde 💙", []),
 ("« Les Vagues », du 14 au 18 octobre à 20h ! #DeuxRives", [("contradicted","18 octobre"),("contradicted","20h")]),
 ("Place à 25 € et abonnement 5 spectacles à 90 € ! #DeuxRives", [("contradicted","25 €"),("contradicted","5"),("contradicted","90 €")]),
 ("Mise en scène par Juliette Binoche, avec un cocktail offert à chaque spectateur ! 🥂", [("contradicted","Juliette Binoche"),("unsupported","un cocktail offert à chaque spectateur")]),
 ("La plus grande salle de Normandie : 800 places ! #DeuxRives", [("unsupported","La plus grande salle de Normandie"),("contradicted","800")]),
 ("Billetterie ouverte 7j/7 de 10h à 19h ! Appelez le 02 35 71 40 04", [("contradicted","7j/7"),("contradicted","10h"),("contradicted","02 35 71 40 04")]),
])
brands['garage'] = dict(lang='en', brand='Hollis Motors', facts=[
 "Hollis Motors is an independent garage at 48 Narborough Road, Leicester, family-run since 1987.",
 "A full service costs £189; an interim service costs £119.",
 "An MOT test costs £45.",
 "Every service comes with a 12-month parts and labour warranty.",
 "The garage is open Monday to Friday 8am to 6pm and Saturday 8am to 1pm.",
 "Free courtesy car with any full service, subject to availability.",
 "Phone: 0116 254 7788.",
 "Website: hollismotors.co.uk",
 "Official hashtag: #HollisMotors",
], brief="Push MOT bookings in March 2027, when the new number plates come out.",
posts=[
 ("🚗 MOT due? Book yours for £45 at hollismotors.co.uk or call 0116 254 7788 #HollisMotors", []),
 ("Family-run on Narborough Road since 1987: that's nearly 40 years of keeping Leicester moving 🔧", []),
 ("Full service £189, interim £119: pick what your car needs and we'll do the rest 👍", []),
 ("Every service comes with a 12-month warranty on parts and labour. Peace of mind, sorted ✅", []),
 ("Open weekdays 8am–6pm and Saturday mornings until 1pm. Pop in for a chat ☕", []),
 ("Book a full service and get a free courtesy car (subject to availability) so your day isn't on hold 🚙", []),
 ("Spring is here 🌸 Time to check your tyres, lights and wipers before that Easter road trip!", []),
 ("Our mechanics love a challenge. Old banger or brand-new hybrid, bring it in! 💪", []),
 ("Full service vs interim: the full one is £70 more, but covers loads more checks 🔍", []),
 ("New plates in March, same trusted garage since 1987 🙌 #HollisMotors", []),
 ("MOT now only £35, and free MOT retests for life! #HollisMotors", [("contradicted","£35"),("unsupported","free MOT retests for life")]),
 ("Open 7 days a week, 8am to 8pm! Call 0116 254 7789", [("contradicted","7 days a week"),("contradicted","8pm"),("contradicted","0116 254 7789")]),
 ("Full service £169 with a 24-month warranty 🔧", [("contradicted","£169"),("contradicted","24-month")]),
 ("Leicester's best-rated garage, family-run since 1978! #HollisMotors", [("unsupported","Leicester's best-rated garage"),("contradicted","1978")]),
 ("Free courtesy car with every MOT, and 10% off for NHS staff! 🚗", [("contradicted","every MOT"),("unsupported","10% off for NHS staff")]),
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
with open('/work/main/internal/verify/testdata/holdout10.jsonl','w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False)+"\n")
print(len(out))
