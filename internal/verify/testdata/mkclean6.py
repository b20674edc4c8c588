# Sixth blind clean round (a museum, a fitness app): written after the
# clean5 fixes, before any further change; first run in docs/verify.md.
import json
brands = {}
brands['musee'] = dict(lang='fr', brand='Musée des Forges de Clavières', facts=[
 "Le Musée des Forges de Clavières, à Ardentes (Indre), raconte trois siècles de métallurgie dans une ancienne forge restaurée.",
 "Le musée est ouvert du mercredi au dimanche de 10h à 18h, fermé en janvier.",
 "L'entrée coûte 8 € ; tarif réduit 5 € pour les étudiants et les demandeurs d'emploi ; gratuit pour les moins de 12 ans.",
 "L'exposition temporaire « Le fer et le feu » se tient du 4 avril au 27 septembre 2026.",
 "Une visite guidée a lieu chaque dimanche à 15h ; elle dure 1h15 et est comprise dans le billet.",
 "Le premier dimanche du mois, l'entrée est gratuite pour tous.",
 "Un atelier de forge pour les 8-14 ans a lieu les mercredis des vacances scolaires à 14h30 (6 € par enfant, sur réservation).",
 "Site : forges-clavieres.fr",
 "Hashtag officiel : #ForgesDeClavieres",
], brief="Faire connaître l'exposition « Le fer et le feu » au printemps 2026.",
posts=[
 ("🔥 « Le fer et le feu » ouvre ses portes le 4 avril ! Jusqu'au 27 septembre, plongez dans trois siècles de métallurgie. #ForgesDeClavieres", []),
 ("Le saviez-vous ? Notre forge a été entièrement restaurée pour vous faire revivre le travail des forgerons d'autrefois ⚒️", []),
 ("Dimanche, c'est visite guidée ! Rendez-vous à 15h pour 1h15 de découvertes, sans supplément 😉", []),
 ("Petit rappel : le 1er dimanche du mois, le musée est gratuit pour tout le monde. Profitez-en !", []),
 ("Vacances scolaires = atelier forge ! Les mercredis à 14h30, vos 8-14 ans tapent le fer (6 €, réservation obligatoire) 👦👧", []),
 ("Tarifs : 8 € plein tarif, 5 € étudiants et demandeurs d'emploi, gratuit avant 12 ans. Toutes les infos sur forges-clavieres.fr", []),
 ("Du mercredi au dimanche, 10h-18h : on vous attend à Ardentes ! (fermeture annuelle en janvier)", []),
 ("Quelle est votre pièce préférée de l'expo ? Dites-le-nous en commentaire 👇", []),
 ("Encore 3 jours avant l'ouverture de l'expo… on a hâte, et vous ? ⏳", []),
 ("Enclumes, soufflets, marteaux-pilons : venez voir de près les outils des maîtres de forge 🛠️ #ForgesDeClavieres", []),
])
brands['pulse'] = dict(lang='en', brand='PulseTrack', facts=[
 "PulseTrack is a fitness app for iOS and Android that plans running and strength workouts.",
 "PulseTrack Free is free forever and includes 3 workout plans.",
 "PulseTrack Pro costs $9.99 a month or $59.99 a year, with a 14-day free trial.",
 "Pro includes unlimited plans, heart-rate zones and offline maps.",
 "The Spring Challenge runs from 1 to 30 April 2026: run 100 km in the month to earn a digital badge.",
 "PulseTrack syncs with Apple Health, Google Fit and Garmin watches.",
 "Support: help@pulsetrack.app",
 "Official hashtag: #PulseTrack",
], brief="Get users to join the Spring Challenge in April 2026.",
posts=[
 ("🏃 The Spring Challenge starts April 1! Run 100 km by April 30 and grab your badge. Who's joining? #PulseTrack", []),
 ("100 km in 30 days = just 3.3 km a day. You've got this 💪", []),
 ("Not Pro yet? Try it free for 14 days: unlimited plans, heart-rate zones and offline maps.", []),
 ("Pro is $59.99 a year, that’s 6 months free compared with paying monthly 🤑", []),
 ("Your Garmin, Apple Health or Google Fit data, all in one place. Sync in two taps ⌚", []),
 ("Free forever, 3 plans included, no credit card needed. Download PulseTrack today!", []),
 ("Week 2 of the challenge: how many km have you logged so far? Drop your number below 👇", []),
 ("Rainy day? Swap your run for a 20-minute strength session from your plan 🏋️", []),
 ("Questions about your subscription? Our team answers at help@pulsetrack.app 📩", []),
 ("Last weekend of the Spring Challenge! Finish strong, every km counts 🏁 #PulseTrack", []),
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
with open('/work/main/internal/verify/testdata/clean6.jsonl','w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False)+"\n")
print(len(out))
