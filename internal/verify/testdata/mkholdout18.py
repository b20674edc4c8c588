# Eighteenth blind round (a language school, a pharmacy, a trampoline park):
# written after the holdout17 fixes, before any further change; first run
# in docs/verify.md.
import json, os
brands = {}
brands['langues'] = dict(lang='fr', brand="Parlons Ensemble", facts=[
 "Parlons Ensemble est une école de langues fondée en 2011 à Lille, au 22 rue de Béthune.",
 "L'école enseigne l'anglais, l'espagnol, l'italien et le japonais.",
 "Les cours du soir ont lieu en groupes de 8 élèves maximum, de 18h30 à 20h, une fois par semaine.",
 "Un trimestre de cours du soir (12 séances) coûte 290 €.",
 "Le stage intensif d'anglais des vacances de printemps a lieu du lundi 12 au vendredi 23 avril 2027, chaque matin de 9h à 12h, pour 420 €.",
 "Le test de niveau est gratuit et se fait en ligne en 20 minutes.",
 "L'école est un centre agréé pour le TOEIC.",
 "La directrice pédagogique est Hélène Vasseur.",
 "Site : parlons-ensemble.fr",
], brief="Remplir le stage intensif d'anglais d'avril 2027.",
posts=[
 ("🇬🇧 Stage intensif d'anglais du 12 au 23 avril : 2 semaines, tous les matins de 9h à 12h, pour 420 € ! parlons-ensemble.fr", []),
 ("Soit 10 matinées, 30 heures d'anglais pour progresser vraiment 💪", []),
 ("Pas sûr de votre niveau ? Le test est gratuit, en ligne, et prend 20 minutes ⏱️", []),
 ("Cours du soir : 8 élèves max, pour que chacun ait la parole 🗣️", []),
 ("Anglais, espagnol, italien ou japonais : laquelle sera votre prochaine langue ? 🌍", []),
 ("12 séances pour 290 €, c'est moins de 25 € le cours 😉", []),
 ("Hélène et son équipe vous accueillent rue de Béthune depuis 2011 📚", []),
 ("Besoin du TOEIC pour votre CV ? Nous sommes centre agréé ✅", []),
 ("Stage intensif du 12 au 30 avril, de 9h à 13h !", [("contradicted","30 avril"),("contradicted","13h")]),
 ("Cours du soir en petits groupes de 12, et le chinois arrive à la rentrée !", [("contradicted","12"),("unsupported","le chinois")]),
 ("Test de niveau en 5 minutes, et le manuel offert à chaque inscription 📘", [("contradicted","5 minutes"),("unsupported","le manuel offert à chaque inscription")]),
])
brands['pharmacie'] = dict(lang='fr', brand="Pharmacie du Beffroi", facts=[
 "La Pharmacie du Beffroi est située au 3 place d'Armes, à Douai.",
 "Elle est ouverte du lundi au samedi de 8h30 à 19h30, sans interruption.",
 "La pharmacie réalise la vaccination contre la grippe et le Covid, sans rendez-vous, du mardi au vendredi.",
 "Les tests angine (TROD) sont réalisés en 10 minutes.",
 "En avril 2027, 20 % de remise sur toute la gamme solaire.",
 "La livraison à domicile est gratuite pour les personnes de plus de 70 ans, dans Douai.",
 "La pharmacienne titulaire est Sophie Lemaire.",
 "Téléphone : 03 27 88 12 40.",
], brief="Annoncer la remise solaire d'avril 2027.",
posts=[
 ("☀️ En avril, -20 % sur toute la gamme solaire ! On vous attend place d'Armes.", []),
 ("Ouvert du lundi au samedi, 8h30-19h30, non-stop. Pratique entre midi et deux 😉", []),
 ("Vaccin grippe ou Covid ? Passez sans rendez-vous, du mardi au vendredi 💉", []),
 ("Mal de gorge ? Un test angine en 10 minutes, directement à la pharmacie.", []),
 ("Vous avez plus de 70 ans ? On vous livre gratuitement à domicile dans Douai 🏠", []),
 ("Une question ? Appelez-nous au 03 27 88 12 40 📞", []),
 ("Crème solaire à 15 € ? Avec la remise, elle passe à 12 € 😎", []),
 ("Sophie et toute l'équipe vous souhaitent un beau printemps 🌷", []),
 ("-30 % sur les solaires jusqu'au 31 mai !", [("contradicted","-30 %"),("contradicted","31 mai")]),
 ("Vaccination sans rendez-vous tous les jours, même le dimanche !", [("contradicted","tous les jours"),("contradicted","le dimanche")]),
 ("Livraison gratuite pour tous, partout dans le Nord 🚚", [("contradicted","Livraison gratuite pour tous"),("contradicted","partout dans le Nord")]),
])
brands['trampoline'] = dict(lang='en', brand="BounceZone Derby", facts=[
 "BounceZone Derby is an indoor trampoline park with 120 trampolines, a dodgeball court and a ninja course.",
 "A 60-minute jump session costs £14; a 90-minute session costs £18.",
 "Grip socks are compulsory and cost £2.50 a pair; they can be reused on later visits.",
 "Toddler sessions for under-5s run on weekday mornings from 9am to 10am, for £8 with one adult free.",
 "Party packages start at £15.95 per child for groups of 10 or more, with food and a party host.",
 "Open Monday to Friday from 9am to 9pm, and from 8am to 9pm at weekends.",
 "During the Easter holidays (3 to 18 April 2027), Glow Nights run every Saturday from 6pm to 8pm.",
 "Jumpers under 8 must be supervised by an adult.",
 "Website: bouncezonederby.co.uk",
 "Official hashtag: #BounceZoneDerby",
], brief="Fill Easter holiday sessions and Glow Nights.",
posts=[
 ("🌈 Glow Nights are back for Easter! Every Saturday, 6pm-8pm, from 3 to 18 April. #BounceZoneDerby", []),
 ("120 trampolines, a dodgeball court and a ninja course. Who's ready? 🤸", []),
 ("60 minutes for £14, or go big with 90 minutes for £18. That's just £4 more for an extra half hour!", []),
 ("Don't forget your grip socks: £2.50 a pair, and you keep them for next time 🧦", []),
 ("Toddler mornings, 9-10am on weekdays: £8, and a grown-up jumps free 👶", []),
 ("Planning a party? From £15.95 per child for 10 or more, food and host included 🎉", []),
 ("We open at 8am on Saturdays and Sundays. Early birds, this one's for you 🐦", []),
 ("Under 8? Bring an adult along to keep an eye on you 👀", []),
 ("Glow Nights every Friday and Saturday, 7pm-10pm!", [("contradicted","Friday"),("contradicted","7pm-10pm")]),
 ("60-minute jump for just £12, grip socks included!", [("contradicted","£12"),("contradicted","grip socks included")]),
 ("200 trampolines and Derby's biggest climbing wall! 🧗", [("contradicted","200"),("unsupported","Derby's biggest climbing wall")]),
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
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'holdout18.jsonl'), 'w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False)+"\n")
print(len(out))
