package moderate

import "testing"

// TestFrames checks each frame of frames.go on sentences written for this
// test (not from the suite or the holdouts), with the guard that keeps its
// look-alike visible.
func TestFrames(t *testing.T) {
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		lang, text string
		hate       bool
	}{
		// violence wished on a group, and harm that is not wished
		{"en", "They should hang every last one of the immigrants.", true},
		{"fr", "Il faudrait tous les pendre, ces Roms.", true},
		{"en", "I hope the refugees who drowned last year get justice.", false},
		{"fr", "Il faut éviter que les migrants se noient en Méditerranée.", false},
		{"en", "Nobody should ever shoot a Black teenager for walking home.", false},
		{"en", "Jews were gassed in the camps, never forget.", false},
		// a crime as a group's habit, and particular people or a negation
		{"fr", "Les Albanais cambriolent toutes les maisons du coin.", true},
		{"en", "Somalis always rob tourists.", true},
		{"fr", "Des Roms volent un camion à Lyon, selon la police.", false},
		{"fr", "Les musulmans ne volent pas plus que les autres.", false},
		// an order to go back to a place of origin, and a trip or a shop
		{"fr", "Si t'es pas content, retourne au Maroc.", true},
		{"en", "Ship them back to Syria, all of them.", true},
		{"fr", "Je rentre au Maroc cet été, vous livrez là-bas ?", false},
		{"en", "Go back to the home page and try again.", false},
		{"fr", "Repars en Chine pour ton voyage, c'est magnifique là-bas.", false},
		// rights denied, and an obligation that is not a right
		{"en", "Gays should not be allowed to vote.", true},
		{"fr", "Les femmes ne devraient pas avoir le droit de conduire.", true},
		{"fr", "Les femmes ne devraient pas avoir à payer plus cher.", false},
		{"en", "Disabled people shouldn't have to fight for the right to get in your store.", false},
		// "no X here" signs, and a complaint about a brand's diversity
		{"en", "No Muslims here, go pray somewhere else.", true},
		{"en", "No women in your leadership team at all?", false},
		{"fr", "Pas de femmes dans le jury, c'est honteux.", false},
		// what a group is said to lack, and what it is denied
		{"en", "Romanians have no morals at all.", true},
		{"fr", "Les Turcs n'ont aucune éducation.", true},
		{"en", "Trans people get no respect from your staff.", false},
		{"fr", "Les femmes n'ont aucune raison de payer plus cher.", false},
		// a thing named after a people, a thing sent back
		{"en", "Asian hornets are a plague in my garden, any spray?", false},
		{"en", "Ship this broken kettle back to China, useless.", false},
		{"en", "Deport the lot of them back to Syria.", true},
		// silence is not a report
		{"fr", "Les migrants pillent nos magasins et personne ne dit rien.", true},
		// "they" opening a clause after a group
		{"en", "Why would anyone hire Somalis? They're so lazy.", true},
		{"fr", "Les Roms ? Ils sont tous des voleurs.", true},
		{"en", "Muslims and Jews shared the stage. They were brilliant.", false},
		{"en", "I called your agents twice. They're useless.", false},
		// inability as a trait, and a practical "can't"
		{"en", "Women can't drive, everyone knows it.", true},
		{"fr", "Une femme, ça sait pas conduire.", true},
		{"en", "Disabled people can't enter your store, there is no ramp.", false},
		// a quota of zero under a wish, and a wish that nobody goes hungry
		{"en", "There should be zero Turks in the army.", true},
		{"en", "There should be no Muslims left hungry this Ramadan, great initiative.", false},
		// an infinitive order needs "them" as its subject
		{"fr", "Les Algériens devraient retourner dans leur pays.", true},
		{"fr", "Il faut retourner en Chine pour le Nouvel An, c'est une expérience.", false},
		{"fr", "Je rentre au bled cet été, vous livrez en Algérie ?", false},
		// a verbless wish, aimed; and praise that uses the same noun
		{"en", "A bullet for every Jew.", true},
		{"fr", "Une bombe ce parfum des artisans marocains", false},
		// a way out offered after a dislike, and a dislike of a colour
		{"en", "If you don't like it here, there's a plane to Kabul.", true},
		{"en", "If you don't like the colour, the Morocco range has others.", false},
		// after a disclaimer
		{"fr", "Je suis pas raciste mais les Kurdes c'est nul.", true},
		{"en", "I'm not racist but your prices are a joke.", false},
		// a world without a group
		{"en", "We'd be so much better off in a town without Muslims.", true},
		// a negation before "as long as" stays in its own clause
		{"en", "I won't buy here again as long as you hire gays.", true},
		// the speaker's conditional, and a craving
		{"en", "We'd shoot every single one of those Somalis if we could.", true},
		{"fr", "Si on m'écoutait, on fusillerait tous ces Afghans.", true},
		{"fr", "On tuerait pour une tarte comme ça, bravo aux boulangers turcs.", false},
		{"en", "Muslims would die for their faith, respect.", false},
		// a service refused by the speaker, and discrimination reported
		{"fr", "Moi je loue pas aux Africains, c'est fini.", true},
		{"en", "We don't hire Muslims here.", true},
		{"en", "Landlords won't rent to Black people, it's a scandal.", false},
		{"en", "I would never turn down a tenant because he's Arab.", false},
		// go home, to an origin the comment names; and going home
		{"en", "You and your mates from Lagos, all of you go home.", true},
		{"fr", "Rentre chez toi et repose-toi bien !", false},
		// coded references, and the same words meant
		{"en", "Another 'youth' stabbing downtown, we all know which youths.", true},
		{"fr", "Encore une « chance pour la France » au couteau, comme par hasard.", true},
		{"fr", "Les « jeunes » de ma rue ont aidé à déneiger, bravo.", false},
		{"fr", "Le vivre-ensemble, c'est beau, lol.", false},
		{"en", "The youth team won again lol.", false},
		{"en", "Calling every stabbing suspect a 'youth' is a dog whistle.", false},
		// a contrast that excludes, and one that asks for more
		{"fr", "Je veux des serveurs d'ici, pas des Maghrébins.", true},
		{"en", "I want more diversity in your ads, not just white people.", false},
		// one member with a virtue as a rarity, and a real question
		{"en", "A Gypsy with a job, does that exist?", true},
		{"fr", "Un vendeur qui parle arabe, ça existe chez vous ?", false},
		// "not a single…" about the speaker's place, and about the brand's
		{"en", "Not a single Muslim in our street, keep it that way.", true},
		{"en", "Not a single woman on your board, shameful.", false},
		// closing borders to a group, and opening them
		{"en", "Close the borders to Afghans right now.", true},
		{"en", "Open the borders to refugees now!", false},
		// a group not wanted in the speaker's place, and one not wanted to suffer
		{"fr", "Je n'ai rien contre les Turcs, mais je ne veux pas qu'ils vivent dans mon immeuble.", true},
		{"en", "I don't want Muslims to feel unwelcome in our town.", false},
		// "G out of …" an institution, and out of danger
		{"en", "Muslims out of our schools.", true},
		{"en", "Refugees out of danger at last, thank God.", false},
		// told to leave as not from here, and a welcome
		{"fr", "T'es pas d'ici, alors dégage.", true},
		{"fr", "Vous n'êtes pas d'ici ? Bienvenue, voici le plan du magasin.", false},
		// an optative, a refusal told by the speaker, and their look-alikes
		{"en", "May the sea swallow them all, those Afghans.", true},
		{"en", "May the new collection sell out fast!", false},
		{"en", "I turned down a Nigerian for the flat, no regrets.", true},
		{"en", "I refuse to believe that gays are sinners.", false},
		// "we" before a slur does not make a call to violence in-group use
		{"en", "We should hang all the fags from a tree.", true},
		{"en", "We fags have the best taste.", false},
		// inability with "ne … pas", with "incapable", and both
		{"fr", "Les femmes ne savent pas conduire.", true},
		{"en", "Women are incapable of logical thinking.", true},
		{"en", "Women are not incapable of thinking, what an idea.", false},
		// "a good X is a dead X"
		{"en", "The only good Muslim is a dead Muslim.", true},
		// the echo
		{"en", "Funny how the (((bankers))) always win.", true},
	}
	for _, tc := range cases {
		r := c.Classify(tc.text, tc.lang)
		if got := r.Label == LabelHate; got != tc.hate {
			t.Errorf("%q: hate=%v, want %v (%s: %s)", tc.text, got, tc.hate, r.Label, r.Reason)
		}
	}
}

// TestPlainQuestionsNotToxic: questions with no hostile or negative word
// are not flagged as toxic on the model's word scores alone, and a verb in
// "-iez" is not read as a slang plural ("pourriez" is not "pourrie").
func TestPlainQuestionsNotToxic(t *testing.T) {
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ lang, text string }{
		{"fr", "Vous pourriez ajouter une taille au-dessus ?"},
		{"fr", "Est-ce que la boutique de Lille est accessible en poussette ?"},
	} {
		r := c.Classify(tc.text, tc.lang)
		if r.Label == LabelToxic || r.Sentiment == SentimentNegative {
			t.Errorf("%q: %s, %s (%s)", tc.text, r.Label, r.Sentiment, r.Reason)
		}
	}
	// a question with an insult is still read as one
	if r := c.Classify("T'es con ou quoi ?", "fr"); r.Label != LabelToxic {
		t.Errorf("insulting question: %s (%s)", r.Label, r.Reason)
	}
}

// TestNegationAfterPredicate: "a burden to no one" denies the burden.
func TestNegationAfterPredicate(t *testing.T) {
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		lang, text string
		hate       bool
	}{
		{"en", "Disabled people are a burden to no one.", false},
		{"fr", "Les handicapés ne sont un poids pour personne.", false},
		{"en", "Disabled people are a burden to everyone.", true},
	} {
		if r := c.Classify(tc.text, tc.lang); (r.Label == LabelHate) != tc.hate {
			t.Errorf("%q: %s (%s)", tc.text, r.Label, r.Reason)
		}
	}
}
