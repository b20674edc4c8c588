import json
brands = {}
brands['kestrel'] = dict(lang='en', brand='Kestrel Cinema', facts=[
 "The Kestrel Cinema is an independent cinema in Bath with 3 screens and 410 seats.",
 "Tickets cost £11 for adults and £8 for under-16s.",
 "On Tuesdays all tickets are half price.",
 "Members pay £6 per ticket all week; membership costs £35 a year.",
 "The bar and café open 30 minutes before the first screening.",
 "Screen 1 has Dolby Atmos sound.",
 "The autumn film festival runs from Thursday 8 to Sunday 11 October 2026, with 24 films.",
 "Tickets are sold at kestrelcinema.co.uk.",
 "The official hashtag is #KestrelBath.",
], brief="Promote the autumn film festival (8-11 October 2026) and membership.",
posts=[
 ("🎬 Four days, 24 films: our autumn festival runs from Thursday 8 to Sunday 11 October! Tickets at kestrelcinema.co.uk #KestrelBath", []),
 ("Tuesday = half-price tickets, every week 🍿 Adults £5.50, under-16s £4.", []),
 ("Members pay just £6 a ticket, all week long. At £35 a year, it pays for itself in six visits 😉 #KestrelBath", []),
 ("Three screens, 410 seats, and Dolby Atmos in Screen 1. See you at the Kestrel!", []),
 ("Our autumn festival: 30 films from Friday 9 to Sunday 11 October! #KestrelBath", [("contradicted","30"),("contradicted","Friday 9")]),
 ("Adult tickets £12, and free popcorn with every ticket this month! #KestrelBath", [("contradicted","£12"),("unsupported","free popcorn with every ticket this month")]),
 ("Membership now £30 a year, with free entry to every festival screening! #KestrelBath", [("contradicted","£30"),("unsupported","free entry to every festival screening")]),
 ("Bath's only IMAX screen, with Dolby Atmos in all 4 screens! #KestrelBath", [("unsupported","Bath's only IMAX screen"),("contradicted","all 4 screens")]),
])
brands['oakridge'] = dict(lang='en', brand='Oakridge Dental', facts=[
 "Oakridge Dental is a family dental practice in Chester, open since 2005.",
 "A check-up with a scale and polish costs £65.",
 "Teeth whitening costs £295.",
 "New patients get 20% off their first check-up in September 2026.",
 "The practice is open Monday to Friday from 8am to 6pm, and on Saturday mornings from 9am to 1pm.",
 "The practice has 4 dentists, led by Dr Priya Nair.",
 "Book on 01244 555 018 or at oakridgedental.co.uk.",
 "The official hashtag is #OakridgeSmiles.",
], brief="Welcome new patients in September 2026 with 20% off the first check-up.",
posts=[
 ("😁 New patients: 20% off your first check-up all September! A check-up with scale and polish is £65, so just £52. Book on 01244 555 018 #OakridgeSmiles", []),
 ("Four dentists, led by Dr Priya Nair, caring for Chester families since 2005 🦷", []),
 ("Saturday mornings from 9am to 1pm, weekdays 8am to 6pm: we fit around your week. oakridgedental.co.uk", []),
 ("Brighter smiles with teeth whitening at £295 ✨ Ask us at your next check-up! #OakridgeSmiles", []),
 ("New patients get 30% off their first check-up in October! #OakridgeSmiles", [("contradicted","30%"),("contradicted","October")]),
 ("Teeth whitening now only £199, with 0% finance available! #OakridgeSmiles", [("contradicted","£199"),("unsupported","0% finance available")]),
 ("Open 7 days a week, with evening appointments until 8pm! #OakridgeSmiles", [("contradicted","7 days a week"),("contradicted","8pm")]),
 ("Dr Priya Patel and our team of 6 dentists welcome NHS patients! #OakridgeSmiles", [("contradicted","Dr Priya Patel"),("contradicted","6"),("unsupported","welcome NHS patients")]),
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
with open('/work/main/internal/verify/testdata/holdout5.jsonl','w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False)+"\n")
print(len(out))
