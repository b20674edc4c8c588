# Fifteenth blind round (a campsite, a florist, a B2B scheduling SaaS, a
# wildlife park): written after the holdout14 fixes, before any further
# change; first run in docs/verify.md.
import json, os
brands = {}
brands['camping'] = dict(lang='fr', brand="Camping Les Pins Bleus", facts=[
 "Le Camping Les Pins Bleus est un camping 4 étoiles de 180 emplacements à Saint-Trojan-les-Bains, sur l'île d'Oléron, à 300 m de la plage.",
 "La saison 2027 s'ouvre le vendredi 2 avril et se termine le dimanche 3 octobre 2027.",
 "Pour toute réservation avant le 31 janvier 2027, les séjours de 7 nuits et plus bénéficient de 15 % de remise.",
 "Un mobil-home 4 personnes coûte 95 € la nuit en juillet-août et 55 € la nuit hors saison.",
 "Un emplacement tente pour 2 personnes coûte 28 € la nuit en haute saison.",
 "La piscine chauffée est ouverte de mai à septembre, de 10h à 20h.",
 "Les animaux sont acceptés pour 4 € par nuit, un seul animal par emplacement.",
 "Le wifi est gratuit à l'accueil.",
 "Site : pinsbleus-oleron.fr",
 "Hashtag officiel : #PinsBleus",
], brief="Lancer les réservations anticipées de la saison 2027.",
posts=[
 ("☀️ On pense déjà à l'été ! Réservez avant le 31 janvier et profitez de -15 % sur les séjours d'une semaine ou plus 🏕️ #PinsBleus", []),
 ("Mobil-home 4 personnes à 95 €/nuit en juillet-août. Avec la remise de 15 %, ça fait 80,75 € la nuit 💡", []),
 ("Une semaine en mobil-home en plein été ? 7 nuits × 95 €, soit 665 € avant remise.", []),
 ("Piscine chauffée de mai à septembre, de 10h à 20h 🏊 Les enfants vont adorer !", []),
 ("Votre chien vient aussi ? 🐶 Pas de souci : 4 € la nuit, un animal par emplacement.", []),
 ("📍 À 300 m de la plage, sur l'île d'Oléron. Il ne manque plus que vous !", []),
 ("Ouverture le 2 avril, fermeture le 3 octobre : six mois de vacances possibles 😎", []),
 ("Wifi gratuit à l'accueil… mais ici, on vous conseille plutôt de déconnecter 😉", []),
 ("Tente, caravane ou mobil-home : vous êtes plutôt quoi ? Dites-le-nous en commentaire 👇", []),
 ("Hors saison, le mobil-home 4 personnes passe à 55 € la nuit. Le calme, les pins, et l'océan rien que pour vous 🌲", []),
 ("-20 % sur tous les séjours réservés avant le 28 février ! #PinsBleus", [("contradicted","-20 %"),("contradicted","tous les séjours"),("contradicted","28 février")]),
 ("Camping 5 étoiles de 250 emplacements, à 100 m de la plage !", [("contradicted","5"),("contradicted","250"),("contradicted","100")]),
 ("Piscine chauffée ouverte toute l'année et animaux acceptés gratuitement 🐕", [("contradicted","toute l'année"),("contradicted","animaux acceptés gratuitement")]),
 ("Ouverture de la saison le samedi 2 avril !", [("contradicted","samedi 2 avril")]),
])
brands['fleuriste'] = dict(lang='fr', brand="Pivoine & Co", facts=[
 "Pivoine & Co est un atelier floral fondé en 2018 par Camille Roux, au 12 rue Saint-Georges à Rennes.",
 "Pour la Saint-Valentin, le bouquet « Cœur battant » (12 roses rouges) coûte 49 €, et 35 € en version 7 roses.",
 "Les commandes pour la Saint-Valentin sont ouvertes jusqu'au vendredi 12 février 2027 à 18h.",
 "La livraison à Rennes coûte 8 €, et elle est offerte dès 60 € d'achat.",
 "La boutique est ouverte du mardi au samedi de 9h30 à 19h, et exceptionnellement le dimanche 14 février 2027 de 9h à 13h.",
 "Nos roses viennent d'un producteur de Hyères, dans le Var.",
 "L'atelier composition florale coûte 45 € par personne et dure 2 heures.",
 "Site : pivoine-and-co.fr",
 "Hashtag officiel : #PivoineEtCo",
], brief="Vendre les bouquets de la Saint-Valentin 2027.",
posts=[
 ("💐 Saint-Valentin : le bouquet « Cœur battant », 12 roses rouges, à 49 €. Commandez avant le vendredi 12 février, 18h ! #PivoineEtCo", []),
 ("Une douzaine de roses rouges pour dire je t'aime 🌹 Ou 7 roses pour 35 €, c'est vous qui voyez !", []),
 ("Exceptionnellement, la boutique ouvre le dimanche 14 février, de 9h à 13h. Pour les retardataires 😉", []),
 ("Livraison à Rennes offerte dès 60 € ! Sinon, c'est 8 €.", []),
 ("Nos roses ne viennent pas de l'autre bout du monde : elles poussent à Hyères, dans le Var 🌹", []),
 ("Camille a ouvert Pivoine & Co en 2018. Depuis, toujours la même passion 💗", []),
 ("Atelier composition florale : 2 heures pour créer votre bouquet, 45 € par personne. À deux, c'est 90 € pour un moment rien qu'à vous ✨", []),
 ("Vous offrez plutôt des roses ou des pivoines ? 🌹🌸", []),
 ("La boutique, 12 rue Saint-Georges, vous accueille du mardi au samedi de 9h30 à 19h.", []),
 ("⏰ J-3 pour commander votre bouquet de Saint-Valentin ! pivoine-and-co.fr", []),
 ("Bouquet « Cœur battant » à 39 €, commandes jusqu'au samedi 13 février ! 🌹", [("contradicted","39 €"),("contradicted","samedi 13 février")]),
 ("Livraison offerte partout en France, sans minimum d'achat 🚚", [("contradicted","partout en France"),("contradicted","sans minimum d'achat")]),
 ("Nos roses bio viennent d'Équateur 🌹", [("unsupported","bio"),("contradicted","Équateur")]),
 ("Atelier composition florale de 3 heures pour 35 € !", [("contradicted","3 heures"),("contradicted","35 €")]),
])
brands['saas'] = dict(lang='en', brand="Rostera", facts=[
 "Rostera is a shift-scheduling app for restaurants and shops, founded in 2021 in Leeds.",
 "The Starter plan is free for up to 5 staff; the Team plan costs £4 per user per month, billed monthly.",
 "Annual billing on the Team plan saves 20%.",
 "New customers get a 30-day free trial of the Team plan, no card required.",
 "Rostera integrates with Xero, Square and Lightspeed.",
 "More than 2,400 businesses use Rostera.",
 "Support is available by chat Monday to Friday, 8am to 6pm UK time.",
 "The new Shift Swap feature launches on Tuesday 2 February 2027.",
 "Website: rostera.io",
 "Official hashtag: #Rostera",
], brief="Announce Shift Swap and grow Team plan sign-ups.",
posts=[
 ("📅 Shift Swap lands on Tuesday 2 February! Staff swap shifts in two taps, managers approve in one. #Rostera", []),
 ("Team plan: £4 per user per month. A team of 12? That's £48 a month 👀", []),
 ("Pay annually and save 20%, so £3.20 per user per month instead of £4 💡", []),
 ("Try the Team plan free for 30 days. No card, no catch.", []),
 ("Over 2,000 restaurants and shops already plan their rotas with Rostera 🙌", []),
 ("Works with the tools you already use: Xero, Square, Lightspeed 🔌", []),
 ("Small team? Up to 5 staff, Rostera is free. Forever. 🎉", []),
 ("Questions? Our support team is on chat Monday to Friday, 8am-6pm 💬", []),
 ("3 signs your rota needs an upgrade:\n• You still use a spreadsheet\n• Swaps happen on WhatsApp\n• Someone always misses a shift\nSound familiar? 😅", []),
 ("Born in Leeds in 2021 💙 Thanks to every manager who's trusted us since.", []),
 ("Team plan now £3 per user per month, with a 60-day free trial! #Rostera", [("contradicted","£3"),("contradicted","60")]),
 ("Save 30% with annual billing, and get 24/7 phone support!", [("contradicted","30%"),("unsupported","24/7 phone support")]),
 ("Trusted by 10,000 businesses, and now integrated with Shopify and Xero!", [("contradicted","10,000"),("unsupported","Shopify")]),
 ("Shift Swap launches Monday 1 February 🚀", [("contradicted","Monday 1 February")]),
])
brands['zoo'] = dict(lang='en', brand="Ashdown Wildlife Park", facts=[
 "Ashdown Wildlife Park is home to more than 90 species on 40 acres near East Grinstead.",
 "Winter opening hours (until 28 February 2027): daily 10am to 4pm, last entry at 3pm.",
 "Adult tickets cost £18.50 online and £21 at the gate; children aged 3 to 15 pay £12.50 online; under-3s go free.",
 "Annual membership costs £65 for an adult and includes 2 free guest passes.",
 "Our two red pandas, Miso and Tofu, arrived in October 2026.",
 "Keeper talks take place at 11am and 2pm every day.",
 "The park café serves hot food until 3pm.",
 "Website: ashdownwildlife.co.uk",
 "Official hashtag: #AshdownWild",
], brief="Bring families in during the winter months.",
posts=[
 ("🐼 Have you met Miso and Tofu yet? Our red pandas arrived in October and they're already stealing hearts. #AshdownWild", []),
 ("Book online and save £2.50 on adult tickets 🎟️", []),
 ("Open every day this winter, 10am to 4pm (last entry 3pm). Wrap up warm! 🧣", []),
 ("Over 90 species, 40 acres, one brilliant day out 🦁", []),
 ("Keeper talks at 11am and 2pm. Bring your questions! 🦉", []),
 ("Family of 4 (2 adults, 2 kids)? Online, that's £62 for the lot 👨‍👩‍👧‍👦", []),
 ("Under 3? You're in for free 👶", []),
 ("Membership pays for itself in 4 visits, and you get 2 guest passes too 💚", []),
 ("Which animal should we feature next week? 🐧🦒🐒", []),
 ("Hot food at the café until 3pm, perfect after a morning with the meerkats ☕", []),
 ("Adult tickets just £15 online, kids go free! 🎟️", [("contradicted","£15"),("contradicted","kids go free")]),
 ("Open until 6pm every day this winter!", [("contradicted","6pm")]),
 ("Meet our three red pandas, who arrived in September! 🐼", [("contradicted","three"),("contradicted","September")]),
 ("Home to over 200 species, and voted the UK's best wildlife park 🏆", [("contradicted","200"),("unsupported","voted the UK's best wildlife park")]),
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
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'holdout15.jsonl'), 'w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False)+"\n")
print(len(out))
