# Fourteenth blind round (a town council, a driving school, a veterinary
# clinic, an escape-room venue): written after the holdout13 fixes, before
# any further change; first run in docs/verify.md.
import json, os
brands = {}
brands['mairie'] = dict(lang='fr', brand="Ville de Saint-Aubin-sur-Loire", facts=[
 "Saint-Aubin-sur-Loire est une commune de 8 400 habitants, en Maine-et-Loire.",
 "Le marché de Noël se tient sur la place de l'Église du vendredi 11 au dimanche 13 décembre 2026, de 10h à 20h (jusqu'à 22h le samedi).",
 "La patinoire éphémère est installée place du Marché du 12 décembre 2026 au 3 janvier 2027 ; l'entrée est gratuite, la location de patins coûte 3 €.",
 "La mairie est ouverte du lundi au vendredi de 8h30 à 12h et de 13h30 à 17h, et le samedi de 9h à 12h.",
 "La déchetterie est fermée le 25 décembre 2026 et le 1er janvier 2027.",
 "Les inscriptions scolaires pour la rentrée 2027 ont lieu du 4 janvier au 26 février 2027, en mairie ou sur saint-aubin-loire.fr.",
 "Le maire est Jean-Paul Besnard.",
 "La collecte des sapins de Noël a lieu les mercredis 6 et 13 janvier 2027.",
 "Hashtag officiel : #StAubinLoire",
], brief="Annoncer les animations de Noël et les rendez-vous pratiques de décembre-janvier.",
posts=[
 ("🎄 Le marché de Noël revient sur la place de l'Église du 11 au 13 décembre ! Le samedi, on prolonge jusqu'à 22h ✨ #StAubinLoire", []),
 ("3 jours de marché, des idées cadeaux à chaque allée… On vous attend ce week-end !", []),
 ("⛸️ La patinoire est de retour place du Marché ! Entrée libre, patins à louer pour 3 € seulement.", []),
 ("Patinoire ouverte pendant les vacances, jusqu'au 3 janvier. Qui vient glisser avec nous ? 🙋", []),
 ("Rappel ⚠️ La déchetterie sera fermée le jour de Noël et le 1er janvier. Merci de votre compréhension !", []),
 ("Inscriptions scolaires pour la rentrée 2027 : c'est du 4 janvier au 26 février, en mairie ou en ligne sur saint-aubin-loire.fr 📚", []),
 ("Votre sapin a fait son temps ? 🌲 On le récupère les mercredis 6 et 13 janvier.", []),
 ("La mairie vous accueille du lundi au vendredi (8h30-12h / 13h30-17h) et le samedi matin de 9h à midi.", []),
 ("« Une commune vivante, c'est une commune où l'on se retrouve » : Jean-Paul Besnard, votre maire, vous souhaite de belles fêtes 🎁", []),
 ("Plus de 8 000 Saint-Aubinois, et autant de raisons de fêter Noël ensemble ❤️", []),
 ("Marché de Noël du 18 au 20 décembre, de 10h à 19h ! #StAubinLoire", [("contradicted","18 au 20 décembre"),("contradicted","19h")]),
 ("Patinoire place du Marché : entrée 2 € et patins offerts ! ⛸️", [("contradicted","2 €"),("contradicted","patins offerts")]),
 ("Collecte des sapins le samedi 9 janvier, et un chocolat chaud offert à chaque famille !", [("contradicted","samedi 9 janvier"),("unsupported","un chocolat chaud offert à chaque famille")]),
 ("Mairie ouverte le samedi de 9h à 17h 👍", [("contradicted","17h")]),
])
brands['autoecole'] = dict(lang='fr', brand="Auto-école du Lac", facts=[
 "L'Auto-école du Lac forme des conducteurs à Annecy depuis 2009.",
 "Le forfait permis B (20 heures de conduite et le code) coûte 1 290 €.",
 "L'heure de conduite supplémentaire coûte 52 €.",
 "En 2025, le taux de réussite à l'examen pratique de l'auto-école était de 78 %.",
 "La conduite accompagnée est possible dès 15 ans.",
 "Le stage de code intensif a lieu du lundi 28 au mercredi 30 décembre 2026, de 9h à 12h, pour 149 €.",
 "Le paiement en 4 fois sans frais est proposé pour le forfait permis B.",
 "Le bureau est ouvert du mardi au samedi de 10h à 19h.",
 "Les moniteurs sont Karim Benali et Sophie Lambert.",
 "Site : autoecoledulac.fr",
], brief="Promouvoir le forfait permis B et le stage de code des vacances de Noël.",
posts=[
 ("🚗 Forfait permis B à 1 290 € : 20 heures de conduite + le code. Et vous pouvez payer en 4 fois sans frais 😉", []),
 ("Soit 322,50 € par mois pendant 4 mois pour le forfait permis B 💡 De quoi voir venir !", []),
 ("78 % de réussite à l'examen pratique en 2025. Merci à Karim et Sophie, nos moniteurs de choc 💪", []),
 ("Près de 8 élèves sur 10 ont réussi l'examen pratique en 2025 🎉", []),
 ("Code intensif pendant les vacances : du 28 au 30 décembre, 3 matinées de 9h à 12h pour 149 € 📚", []),
 ("Dès 15 ans, on peut commencer la conduite accompagnée. Votre ado est prêt ? 🚙", []),
 ("Besoin de quelques heures en plus avant l'examen ? C'est 52 € l'heure de conduite.", []),
 ("Plus de 15 ans qu'on accompagne les Annéciens sur la route 🛣️ Merci pour votre confiance !", []),
 ("Notre bureau vous accueille du mardi au samedi, 10h-19h. Passez nous voir !", []),
 ("✅ Le code\n✅ 20 h de conduite\n✅ Le paiement en 4 fois\nTout est dans le forfait permis B 👉 autoecoledulac.fr", []),
 ("Forfait permis B à 990 € avec 30 heures de conduite !", [("contradicted","990 €"),("contradicted","30 heures")]),
 ("92 % de réussite au permis, le meilleur taux de Haute-Savoie 🏆", [("contradicted","92 %"),("unsupported","le meilleur taux de Haute-Savoie")]),
 ("Stage de code intensif du lundi 28 au jeudi 31 décembre, et le livre de code offert ! 📚", [("contradicted","jeudi 31 décembre"),("unsupported","le livre de code offert")]),
 ("Conduite accompagnée dès 14 ans, et paiement en 10 fois sans frais !", [("contradicted","14 ans"),("contradicted","10 fois")]),
])
brands['vet'] = dict(lang='en', brand="Willowbank Veterinary Clinic", facts=[
 "Willowbank Veterinary Clinic has cared for pets in Harrogate since 1998.",
 "Consultations cost £48; a booster vaccination for dogs costs £62.",
 "Throughout January 2027, dental checks for cats and dogs are free with any consultation.",
 "The Pet Health Club costs £14.50 a month and includes two check-ups a year, all vaccinations, and flea and worm treatment.",
 "Opening hours: Monday to Friday 8am to 7pm, Saturday 9am to 1pm; closed on Sundays.",
 "An emergency vet is on call 24 hours a day through Vets Now, on 01423 555 019.",
 "Our team: 4 vets and 6 registered veterinary nurses, led by clinical director Dr Hannah Yates.",
 "Puppy parties run on the first Thursday of every month at 6:30pm.",
 "Website: willowbankvets.co.uk",
 "Official hashtag: #WillowbankVets",
], brief="Promote free dental checks in January 2027 and the Pet Health Club.",
posts=[
 ("🦷 Free dental checks for cats and dogs all through January, with any consultation! Book at willowbankvets.co.uk #WillowbankVets", []),
 ("Did you know? Dental disease is one of the most common problems we see. A quick check can save a lot of pain 🐶", []),
 ("Pet Health Club: £14.50 a month for 2 check-ups a year, all vaccinations, flea and worm treatment. That's £174 a year 💚", []),
 ("Puppy party this Thursday at 6:30pm! 🐾 Bring your new best friend to meet the team.", []),
 ("Open Monday to Friday 8am-7pm and Saturday mornings until 1pm. Out of hours? Vets Now is on call 24/7: 01423 555 019", []),
 ("Meet Dr Hannah Yates, our clinical director, and the 10 vets and nurses who look after your pets ❤️", []),
 ("25+ years caring for Harrogate's pets 🐱🐶 Thank you for trusting us!", []),
 ("⭐⭐⭐⭐⭐ \"They saved our Luna's life. Forever grateful.\" Reviews like this are why we do what we do 💚", []),
 ("Booster due? Dog vaccinations are £62, and included in the Pet Health Club 💉", []),
 ("Which one are you: cat person or dog person? 🐱🐶 Tell us in the comments!", []),
 ("Free dental checks all through February! #WillowbankVets", [("contradicted","February")]),
 ("Pet Health Club now just £9.99 a month, with free microchipping! 🐾", [("contradicted","£9.99"),("unsupported","free microchipping")]),
 ("Open 7 days a week, 8am to 8pm!", [("contradicted","7 days a week"),("contradicted","8pm")]),
 ("Puppy parties every Friday at 6:30pm, led by our 8 vets!", [("contradicted","every Friday"),("contradicted","8")]),
])
brands['escape'] = dict(lang='en', brand="Lockbox Escape Rooms", facts=[
 "Lockbox Escape Rooms has 3 rooms in Nottingham: The Vault, Pharaoh's Tomb and Signal Lost.",
 "Each game lasts 60 minutes, for 2 to 6 players.",
 "Prices per team: £60 for 2 players, £75 for 3, £88 for 4, £100 for 5 and £110 for 6.",
 "Signal Lost, our newest room, opens on Friday 4 December 2026.",
 "From 4 to 20 December 2026, teams booking Signal Lost get 15% off with the code SIGNAL15.",
 "Our record for The Vault is 41 minutes 12 seconds, set in March 2026.",
 "Open Wednesday to Sunday, with the first game at 10am and the last at 9pm.",
 "Gift vouchers are valid for 12 months.",
 "Website: lockboxescape.co.uk",
 "Official hashtag: #LockboxEscape",
], brief="Launch Signal Lost in December 2026 and sell gift vouchers for Christmas.",
posts=[
 ("🔓 Signal Lost opens Friday 4 December! Our newest room, and our hardest yet? You tell us 😈 #LockboxEscape", []),
 ("60 minutes. 6 players max. One way out. Are you in? ⏱️", []),
 ("Team of 4? That's £88, or £22 each 💸", []),
 ("15% off Signal Lost until 20 December with code SIGNAL15 🎁", []),
 ("Can you beat 41:12? That's the record for The Vault, and it's been standing since March 💪", []),
 ("Christmas present sorted 🎄 Gift vouchers make the perfect present, and they're valid for a whole year.", []),
 ("Open Wednesday to Sunday, first game 10am, last game 9pm. Late-night escape, anyone? 🌙", []),
 ("Pharaoh's Tomb, The Vault or Signal Lost: which room will you try first? 👇", []),
 ("Big group? Split into two teams of 6 and race each other across our rooms 🏁", []),
 ("Birthday, hen do or team-building? We've got a room for that 💛 lockboxescape.co.uk", []),
 ("Signal Lost opens Saturday 5 December, with 25% off!", [("contradicted","Saturday 5 December"),("contradicted","25%")]),
 ("Each game lasts 90 minutes, for up to 8 players 🔐", [("contradicted","90 minutes"),("contradicted","8")]),
 ("Teams of 4 play for just £80, and every player gets a free drink! 🍹", [("contradicted","£80"),("unsupported","every player gets a free drink")]),
 ("Our record? 35 minutes flat, set by a team from the BBC! 🏆", [("contradicted","35 minutes"),("unsupported","a team from the BBC")]),
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
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'holdout14.jsonl'), 'w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False)+"\n")
print(len(out))
