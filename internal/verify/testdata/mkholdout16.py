# Sixteenth blind round (a ski school, an optician, a football club, a
# cookery school): written after the holdout15 fixes, before any further
# change; first run in docs/verify.md.
import json, os
brands = {}
brands['ski'] = dict(lang='fr', brand="École de Ski Les Chamois", facts=[
 "L'École de Ski Les Chamois enseigne le ski et le snowboard à Saint-Colomban-les-Neiges depuis 1987, avec 45 moniteurs diplômés d'État.",
 "Les cours collectifs enfants (4 à 12 ans) ont lieu du dimanche au vendredi, 6 matinées de 9h à 11h30, pour 189 €.",
 "Le Club Piou-Piou accueille les enfants de 3 à 4 ans, 2h par jour, pour 159 € les 6 jours.",
 "Un cours particulier d'1 heure coûte 58 € pour 1 à 2 personnes.",
 "Pendant les vacances de février, du 6 février au 7 mars 2027, les réservations en ligne sont obligatoires.",
 "Les médailles (Ourson, Flocon, Étoiles) sont remises le vendredi après le dernier cours.",
 "Le casque est obligatoire pour tous les enfants et n'est pas fourni.",
 "Le bureau est ouvert tous les jours de 8h à 18h30 pendant la saison.",
 "Site : ski-chamois.fr",
], brief="Remplir les cours enfants des vacances de février 2027.",
posts=[
 ("⛷️ Vacances de février : réservez vos cours collectifs en ligne, c'est obligatoire du 6 février au 7 mars ! ski-chamois.fr", []),
 ("6 matinées de ski pour vos 4-12 ans, 189 € la semaine. Soit 31,50 € la matinée 💡", []),
 ("Le vendredi, c'est remise des médailles 🏅 Ourson, Flocon ou Étoile : quelle sera la sienne ?", []),
 ("Piou-Piou dès 3 ans : 2h par jour pour découvrir la neige en s'amusant ❄️", []),
 ("Depuis 1987, nos 45 moniteurs vous transmettent leur passion 🏔️", []),
 ("Un cours particulier, c'est 58 € l'heure, et vous pouvez venir à deux !", []),
 ("N'oubliez pas le casque ! Il est obligatoire pour les enfants (et on n'en prête pas 😉).", []),
 ("Le bureau vous accueille tous les jours de 8h à 18h30. On vous attend au pied des pistes !", []),
 ("« Ma fille a adoré son moniteur, elle a eu son Flocon dès la première semaine ! » Merci Julie pour ce retour 💙", []),
 ("Plus de 35 ans d'expérience sur les pistes de Saint-Colomban 🎿", []),
 ("Cours collectifs enfants : 6 matinées pour 149 €, de 9h à 12h !", [("contradicted","149 €"),("contradicted","12h")]),
 ("Casque fourni gratuitement à tous les enfants 🎁", [("contradicted","Casque fourni gratuitement")]),
 ("Club Piou-Piou dès 2 ans, et 60 moniteurs à votre service !", [("contradicted","2 ans"),("contradicted","60")]),
 ("Remise des médailles le samedi 13 février ! 🏅", [("contradicted","samedi 13 février")]),
])
brands['optique'] = dict(lang='fr', brand="Optique Lumière", facts=[
 "Optique Lumière est un opticien indépendant installé au 8 place de la Croix-Rousse à Lyon depuis 2012.",
 "Du 4 au 30 janvier 2027, la deuxième paire de lunettes est à 1 € pour l'achat d'une paire de lunettes de vue.",
 "Le contrôle de la vue est gratuit et dure environ 20 minutes, sur rendez-vous.",
 "Les montures sont fabriquées en France par 3 lunetiers du Jura.",
 "La boutique est ouverte du mardi au samedi, de 10h à 19h.",
 "Le tiers payant est accepté avec la plupart des mutuelles.",
 "Les lentilles journalières coûtent 29 € la boîte de 30.",
 "L'opticienne est Aurélie Masson, diplômée en optométrie.",
 "Site : optique-lumiere.fr",
], brief="Promouvoir l'offre deuxième paire de janvier 2027.",
posts=[
 ("👓 Du 4 au 30 janvier, votre 2e paire à 1 € ! Pour l'achat d'une paire de lunettes de vue, chez Optique Lumière.", []),
 ("Contrôle de la vue offert, en 20 minutes environ. Prenez rendez-vous !", []),
 ("Nos montures sont fabriquées dans le Jura par 3 lunetiers 🇫🇷", []),
 ("Lentilles journalières : 29 € la boîte de 30, soit moins d'1 € par jour 😉", []),
 ("Aurélie, notre opticienne diplômée en optométrie, vous conseille du mardi au samedi 😊", []),
 ("Tiers payant accepté avec la plupart des mutuelles : pas d'avance de frais 💳", []),
 ("Plus que quelques jours pour profiter de la 2e paire à 1 € ! Rendez-vous place de la Croix-Rousse 📍", []),
 ("Ouvert de 10h à 19h, du mardi au samedi. Passez nous voir !", []),
 ("Lunettes de soleil ou lunettes de vue : vous êtes plutôt team quoi ? 😎", []),
 ("Installés à la Croix-Rousse depuis 2012 : bientôt 15 ans à prendre soin de vos yeux 👁️", []),
 ("La 2e paire offerte jusqu'au 15 février !", [("contradicted","2e paire offerte"),("contradicted","15 février")]),
 ("Contrôle de la vue gratuit en 5 minutes, sans rendez-vous !", [("contradicted","5 minutes"),("contradicted","sans rendez-vous")]),
 ("Montures fabriquées à la main en Italie 🇮🇹", [("unsupported","fabriquées à la main"),("contradicted","Italie")]),
 ("Boutique ouverte 7j/7, de 9h à 19h !", [("contradicted","7j/7"),("contradicted","9h")]),
])
brands['football'] = dict(lang='en', brand="Harbour Town FC", facts=[
 "Harbour Town FC play in the National League South; home games are at Quayside Park, capacity 4,200.",
 "Next home game: Harbour Town v Dartford on Saturday 16 January 2027, kick-off 3pm.",
 "Adult matchday tickets cost £18; concessions (over-65s, students) £12; under-16s £5 with a paying adult.",
 "A half-season ticket for the remaining 11 home games costs £150.",
 "Turnstiles open 90 minutes before kick-off.",
 "The club was founded in 1894.",
 "Club captain is Danny Okoro; manager is Lisa Hartley.",
 "The club shop at Quayside Park is open on matchdays from noon.",
 "Website: harbourtownfc.co.uk",
 "Official hashtag: #UpTheHarbour",
], brief="Sell tickets for the Dartford game and half-season tickets.",
posts=[
 ("⚽ MATCHDAY! Harbour Town v Dartford, Saturday 16 January, 3pm KO at Quayside Park. #UpTheHarbour", []),
 ("Turnstiles open at 1:30pm, get there early and grab a pie 🥧", []),
 ("11 home games left. Half-season ticket: £150. That's under £14 a game 💪", []),
 ("Kids under 16 just £5 with a paying adult. Bring the whole family! 👨‍👩‍👧", []),
 ("Over 130 years of Harbour Town. Here's to the next chapter 💙", []),
 ("Captain Danny Okoro: \"We want the three points for the fans.\" 👊", []),
 ("Club shop open from noon on matchday. New scarves in! 🧣", []),
 ("4,200 seats, one voice. Let's make some noise on Saturday! 📣", []),
 ("Over-65s and students: £12 on the day 🎟️", []),
 ("Who's your player of the season so far? 👇", []),
 ("Harbour Town v Dartford, Sunday 17 January, 2pm KO!", [("contradicted","Sunday 17 January"),("contradicted","2pm")]),
 ("Adult tickets £15, kids go free! #UpTheHarbour", [("contradicted","£15"),("contradicted","kids go free")]),
 ("Founded in 1901, and managed by Lisa Hartwell since day one 💙", [("contradicted","1901"),("contradicted","Lisa Hartwell")]),
 ("Half-season ticket for the last 15 home games: just £120!", [("contradicted","15"),("contradicted","£120")]),
])
brands['cookery'] = dict(lang='en', brand="The Copper Pan", facts=[
 "The Copper Pan is a cookery school in Bath, founded in 2016 by chef Marcus Bell.",
 "Classes take up to 10 people, and each cook has their own station.",
 "The Pasta Masterclass (3 hours) costs £95 per person; the Thai Street Food class (4 hours) costs £110.",
 "All ingredients, aprons and recipe cards are included, and you take home what you cook.",
 "Gift vouchers are available for any class and are valid for 12 months.",
 "In February 2027, Saturday classes run on the 6th, 13th, 20th and 27th.",
 "Private classes for groups of 6 to 10 cost £85 per person.",
 "We are rated 4.9 out of 5 from 600+ Google reviews.",
 "Website: copperpancookery.co.uk",
], brief="Fill the February 2027 Saturday classes and sell gift vouchers.",
posts=[
 ("🍝 Pasta Masterclass: 3 hours, £95, and you take home everything you make. What's not to love?", []),
 ("Max 10 cooks per class, each with your own station 👩‍🍳", []),
 ("Aprons, ingredients and recipe cards all included. Just bring your appetite! 😋", []),
 ("4 Saturday classes this February: the 6th, 13th, 20th and 27th. Which one's yours? 📅", []),
 ("Rated 4.9/5 from over 600 Google reviews ⭐ Thank you, everyone!", []),
 ("Looking for a gift? Vouchers are valid for a whole year and work for any class 🎁", []),
 ("Private class for your team? From 6 to 10 people, £85 each. A group of 8 is £680 👥", []),
 ("Marcus opened The Copper Pan in 2016 with one idea: cooking should be fun. Still true today! 🔥", []),
 ("Thai Street Food class: 4 hours of chopping, frying and tasting for £110 🌶️", []),
 ("\"Best birthday present ever. I still make Marcus's pad thai every week!\" — Hannah, Bristol 💛", []),
 ("Pasta Masterclass: 2 hours for £75!", [("contradicted","2 hours"),("contradicted","£75")]),
 ("Up to 16 cooks per class, and a free bottle of wine for every guest 🍷", [("contradicted","16"),("unsupported","a free bottle of wine for every guest")]),
 ("Gift vouchers valid for 6 months, for any class", [("contradicted","6")]),
 ("Saturday classes on 7, 14 and 21 February!", [("contradicted","7, 14 and 21 February")]),
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
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'holdout16.jsonl'), 'w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False)+"\n")
print(len(out))
