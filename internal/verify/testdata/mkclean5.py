# Fifth blind clean round (garden centre, coworking space), written after the
# holdout10/11 fixes: legitimate posts only, none may be flagged.
import json
brands = {}
brands['jardinerie'] = dict(lang='fr', brand='Les Serres du Vallon', facts=[
 "Les Serres du Vallon sont une jardinerie familiale installée depuis 1984 à Saint-Avé, près de Vannes.",
 "La jardinerie est ouverte du lundi au samedi de 9h à 19h et le dimanche de 10h à 18h.",
 "Le samedi 21 mars 2026, la fête du printemps propose des ateliers de rempotage gratuits pour les enfants, de 14h à 17h.",
 "Les plants de tomates coûtent 2,90 € pièce, ou 12 € les 5.",
 "Les adhérents du Club Vallon ont 10 % de remise toute l'année ; l'adhésion est gratuite.",
 "La livraison est offerte dès 60 € d'achat dans un rayon de 20 km.",
 "Téléphone : 02 97 60 12 12.",
 "Site : serresduvallon.fr",
 "Hashtag officiel : #SerresDuVallon",
], brief="Annoncer la fête du printemps du 21 mars 2026 et lancer la saison des potagers.",
posts=[
 ("🌱 C'est le printemps ! Samedi 21 mars, vos enfants rempotent leur première plante avec nous, de 14h à 17h. Et c'est gratuit ! #SerresDuVallon", []),
 ("Plants de tomates à 2,90 € pièce, ou 12 € les 5 : soit 2,40 € le plant 🍅 De quoi remplir le potager !", []),
 ("Depuis plus de 40 ans, notre famille vous conseille à Saint-Avé. Merci pour votre fidélité 💚", []),
 ("Astuce du jardinier : arrosez vos semis le matin, jamais en plein soleil ☀️ Vos plantes vous diront merci !", []),
 ("Ouvert 7j/7 : du lundi au samedi de 9h à 19h, et le dimanche de 10h à 18h 🌼", []),
 ("Livraison offerte dès 60 € d'achat, jusqu'à 20 km autour de Vannes 🚚 Infos au 02 97 60 12 12", []),
 ("Rejoignez le Club Vallon, c'est gratuit : 10 % de remise sur tous vos achats, toute l'année 🎁", []),
 ("3 erreurs à éviter au potager : planter trop tôt, trop serré et oublier de pailler 😉", []),
 ("Le printemps 2025 avait été pluvieux… on croise les doigts pour celui-ci 🤞 #SerresDuVallon", []),
 ("Tout le programme de la fête du printemps est sur serresduvallon.fr. À samedi ! 👋", []),
])
brands['cowork'] = dict(lang='en', brand='The Loom Cowork', facts=[
 "The Loom is a coworking space in a former textile mill at 22 Ancoats Street, Manchester.",
 "A hot desk costs £18 a day or £190 a month; a fixed desk costs £260 a month.",
 "Members get 24/7 access, high-speed wifi and unlimited coffee.",
 "There are 120 desks and 6 meeting rooms.",
 "Meeting rooms cost £25 an hour; members get 4 free hours a month.",
 "The Loom hosts a free networking breakfast on the first Friday of every month at 8:30am.",
 "Website: theloomcowork.co.uk",
 "Official hashtag: #LoomCowork",
], brief="Fill the remaining fixed desks in spring 2026.",
posts=[
 ("☕ Unlimited coffee, fast wifi and 24/7 access. Your new office is waiting at The Loom #LoomCowork", []),
 ("Hot desk from £18 a day, or £190 a month if you're here most days 💻", []),
 ("Fixed desk at £260 a month: your own spot, your plants, your mug 🪴 theloomcowork.co.uk", []),
 ("120 desks, 6 meeting rooms and a whole lot of good energy in an old Manchester textile mill 🧵", []),
 ("Need a room for a pitch? £25 an hour, and members get 4 hours free every month 🙌", []),
 ("Networking breakfast on the first Friday of the month at 8:30am. Free croissants, free coffee, great people 🥐", []),
 ("Monday motivation: you don't have to do it alone. Come and work next to people who get it 💪", []),
 ("Working from home again? Your cat won't mind if you try us out for a day 😸 #LoomCowork", []),
 ("Friday 1 May: first Friday of the month means networking breakfast! See you at 8:30am ☕", []),
 ("Spring is here and so are the last few fixed desks. Don't miss out! 🌷", []),
])
out = []
for bid, b in brands.items():
    for i, (post, labs) in enumerate(b['posts'], 1):
        out.append(dict(id=f"{bid}-{i:02d}", brand=b['brand'], lang=b['lang'], network="instagram", facts=b['facts'], brief=b['brief'], post=post, labels=[]))
with open('/work/main/internal/verify/testdata/clean5.jsonl','w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False)+"\n")
print(len(out))
