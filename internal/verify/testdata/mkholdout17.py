# Seventeenth blind round (a hair salon, an energy co-operative, an animal
# rescue charity, a music festival): written after the holdout16 fixes,
# before any further change; first run in docs/verify.md.
import json, os
brands = {}
brands['coiffure'] = dict(lang='fr', brand="Mèches Rebelles", facts=[
 "Mèches Rebelles est un salon de coiffure mixte ouvert en 2014 au 5 rue des Tanneurs, à Colmar.",
 "Le salon est ouvert du mardi au samedi, de 9h à 19h, et jusqu'à 20h le jeudi.",
 "Une coupe femme coûte 42 €, une coupe homme 24 € et une coupe enfant (moins de 12 ans) 16 €.",
 "En mars 2027, le soin profond à la kératine est offert pour toute couleur réalisée au salon.",
 "Le salon utilise des colorations végétales sans ammoniaque.",
 "L'équipe compte 4 coiffeuses, dont la gérante Inès Keller.",
 "La carte fidélité offre la 10e coupe.",
 "Prise de rendez-vous en ligne sur meches-rebelles.fr ou au 03 89 41 22 07.",
 "Hashtag officiel : #MechesRebelles",
], brief="Promouvoir l'offre de mars 2027 sur les couleurs.",
posts=[
 ("💇‍♀️ En mars, votre soin à la kératine est offert pour toute couleur ! Réservez sur meches-rebelles.fr #MechesRebelles", []),
 ("Coupe femme 42 €, homme 24 €, enfant 16 € : chez nous, les prix sont clairs 😉", []),
 ("Le jeudi, on vous coiffe jusqu'à 20h. Parfait après le travail !", []),
 ("Des colorations végétales, sans ammoniaque : vos cheveux nous disent merci 🌿", []),
 ("Inès et ses 3 coiffeuses vous accueillent rue des Tanneurs, du mardi au samedi ✂️", []),
 ("Carte fidélité : 9 coupes, et la 10e est pour nous 🎁", []),
 ("Un rendez-vous ? En ligne ou au 03 89 41 22 07, comme vous préférez 📞", []),
 ("Plutôt carré court ou longueurs XXL pour le printemps ? Dites-nous tout 👇", []),
 ("« Meilleure coloration de ma vie, je ne vais plus ailleurs ! » — Sandrine, Colmar 💜", []),
 ("Coupe femme à 39 € et soin kératine offert toute l'année !", [("contradicted","39 €"),("contradicted","toute l'année")]),
 ("Le salon ouvre aussi le lundi, de 9h à 19h ✂️", [("contradicted","le lundi")]),
 ("Nos 6 coiffeuses, formées chez L'Oréal, vous attendent !", [("contradicted","6"),("unsupported","formées chez L'Oréal")]),
])
brands['energie'] = dict(lang='fr', brand="Énergie Citoyenne d'Alsace", facts=[
 "Énergie Citoyenne d'Alsace est une coopérative qui fournit une électricité 100 % renouvelable, produite en Alsace.",
 "La coopérative compte 3 200 sociétaires depuis sa création en 2018.",
 "Une part sociale coûte 50 € ; chaque sociétaire a une voix, quel que soit le nombre de parts.",
 "L'abonnement de base coûte 12,40 € par mois et le kWh 0,2150 €.",
 "La coopérative exploite 14 installations photovoltaïques sur des toits d'écoles et de gymnases.",
 "L'assemblée générale a lieu le samedi 20 mars 2027 à 14h, à la salle des fêtes de Sélestat.",
 "Il n'y a aucun frais de résiliation.",
 "Site : energie-citoyenne-alsace.fr",
], brief="Mobiliser les sociétaires pour l'assemblée générale de mars 2027.",
posts=[
 ("🗳️ Assemblée générale le samedi 20 mars à 14h, salle des fêtes de Sélestat. Une part, une voix… et même dix parts, une seule voix !", []),
 ("Plus de 3 000 sociétaires nous font confiance. Et si vous étiez le prochain ? ⚡", []),
 ("Devenir sociétaire ? 50 € la part, c'est tout 💚", []),
 ("14 toits d'écoles et de gymnases produisent notre électricité ☀️ Fiers de nos installations !", []),
 ("Abonnement à 12,40 €/mois, soit 148,80 € par an. Pas de surprise.", []),
 ("Vous partez ? Aucun frais de résiliation. Mais on espère que vous resterez 😉", []),
 ("Une électricité 100 % renouvelable et alsacienne, ça vous parle ?", []),
 ("Rendez-vous à Sélestat samedi ! Café et bretzels pour bien démarrer 🥨", [("unsupported","Café et bretzels")]),
 ("AG le dimanche 21 mars à 10h ! 🗳️", [("contradicted","dimanche 21 mars"),("contradicted","10h")]),
 ("Déjà 5 000 sociétaires et 20 installations solaires ! ☀️", [("contradicted","5 000"),("contradicted","20")]),
 ("Le kWh à 0,18 €, l'électricité la moins chère d'Alsace !", [("contradicted","0,18 €"),("unsupported","l'électricité la moins chère d'Alsace")]),
 ("Depuis 2015, une part sociale à 100 € pour devenir sociétaire.", [("contradicted","2015"),("contradicted","100 €")]),
])
brands['rescue'] = dict(lang='en', brand="Second Chance Paws", facts=[
 "Second Chance Paws is an animal rescue charity in Norwich that rehomed 412 dogs and cats in 2026.",
 "The spring adoption day takes place on Saturday 10 April 2027, from 10am to 3pm, at the Eaton Park pavilion.",
 "The adoption fee is £175 for a dog and £95 for a cat; it covers vaccinations, microchipping and neutering.",
 "All adopters get 4 weeks of free pet insurance.",
 "Volunteers walk the dogs every morning; new volunteers must be 16 or over.",
 "The charity relies on donations: £10 feeds a dog for a week.",
 "Charity number: 1187342.",
 "Website: secondchancepaws.org.uk",
 "Official hashtag: #SecondChancePaws",
], brief="Promote the April 2027 adoption day and bring in donations.",
posts=[
 ("🐾 Adoption day! Saturday 10 April, 10am-3pm at Eaton Park pavilion. Come and meet your new best friend #SecondChancePaws", []),
 ("412 dogs and cats found their forever home with us in 2026. Thank you for making it happen 💛", []),
 ("Adopting a dog? £175 covers vaccinations, microchip and neutering. That's a lot of love for the money 🐶", []),
 ("Every adopter leaves with 4 weeks of free pet insurance 🛡️", []),
 ("Just £10 feeds a dog for a week. £40? A whole month of full bellies 🍖", []),
 ("Aged 16 or over and love dogs? Join our morning walkers 🌅", []),
 ("Meet Biscuit! This 3-year-old lurcher loves cuddles and hates squirrels 🐕", []),
 ("Cat or dog person? Either way, we've got someone waiting for you 😻🐶", []),
 ("\"We adopted Max last spring and he's changed our lives.\" — the Patel family, Norwich 💛", []),
 ("Adoption day on Sunday 11 April, 11am-4pm! 🐾", [("contradicted","Sunday 11 April"),("contradicted","11am-4pm")]),
 ("Cat adoption fee now just £50, with 6 months of free insurance! 🐱", [("contradicted","£50"),("contradicted","6 months")]),
 ("Over 600 animals rehomed in 2026, and volunteers from age 14 welcome!", [("contradicted","600"),("contradicted","14")]),
])
brands['festival'] = dict(lang='en', brand="Larkfield Festival", facts=[
 "Larkfield Festival takes place from Friday 16 to Sunday 18 July 2027 at Larkfield Farm, near Ludlow.",
 "The line-up has 48 acts across 3 stages; the Saturday headliner is The Lantern Hours.",
 "A weekend camping ticket costs £149; a day ticket costs £65.",
 "Children under 12 go free with a paying adult; teens (12 to 17) pay £40 for the weekend.",
 "Early-bird weekend tickets at £129 are on sale until 31 March 2027.",
 "Gates open at 11am each day; music runs until 11pm on Friday and Saturday and until 10pm on Sunday.",
 "The festival is cashless and plastic-free.",
 "Free shuttle buses run from Ludlow station every 30 minutes.",
 "Website: larkfieldfest.co.uk",
 "Official hashtag: #Larkfield27",
], brief="Sell early-bird weekend tickets before 31 March 2027.",
posts=[
 ("🎶 Larkfield is back! 16–18 July 2027 at Larkfield Farm. 48 acts, 3 stages, 1 very good weekend. #Larkfield27", []),
 ("Early-bird weekend tickets at £129 until 31 March. That's £20 off, for the same three days of music 🎟️", []),
 ("The Lantern Hours headline Saturday night. Who's singing along? 🎤", []),
 ("Bringing the kids? Under-12s go free, and teens are £40 for the whole weekend 👨‍👩‍👧", []),
 ("Gates at 11am, music till 11pm Friday and Saturday. Sunday we wind down at 10pm 🌙", []),
 ("Leave the car at home: free shuttles from Ludlow station every half hour 🚌", []),
 ("Cashless, plastic-free, and full of good vibes 🌱", []),
 ("3 days, 48 acts, one field. What more do you need? 🌾", []),
 ("Day tickets are £65, or grab the weekend camping ticket for £149 and stay the whole time ⛺", []),
 ("Early-bird tickets at £119 until 30 April! 🎟️", [("contradicted","£119"),("contradicted","30 April")]),
 ("60 acts across 4 stages, headlined on Saturday by The Lantern Hours!", [("contradicted","60"),("contradicted","4")]),
 ("Under-16s go free, and parking is free too! 🚗", [("contradicted","Under-16s"),("unsupported","parking is free")]),
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
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'holdout17.jsonl'), 'w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False)+"\n")
print(len(out))
