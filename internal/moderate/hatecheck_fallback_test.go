package moderate

import "testing"

// A fourth template set, for the general fallback (a group as the topic
// of a clause that evaluates it negatively): shapes the rules were not
// written for, and traps where the hostile word qualifies another noun
// than the group. Its first run is in docs/moderation.md.

var hcFallbackFuncs = []hcFunc{
	{"fb_waste", true, []string{
		"{G} are a waste of air",
		"{G} are a complete waste of money",
		"Honestly {G} are such a drain on everyone",
	}, []string{
		"{G} sont une perte de temps",
		"{G} sont un gaspillage d'oxygène",
		"{G}, quel gâchis de place",
	}},
	{"fb_let_live", true, []string{
		"How can we let {G} live next to us?",
		"I can't believe we allow {G} in our towns",
	}, []string{
		"Comment peut-on laisser {G} vivre à côté de nous ?",
		"Je n'arrive pas à croire qu'on accepte {G} chez nous",
	}},
	{"fb_every", true, []string{
		"Every last one of {G} is a liar",
		"Each and every one of {G} is a criminal",
	}, []string{
		"{Chacun|Chacune} {des|des} {g} est {un menteur|une menteuse}",
		"Tous {les|les} {g} sans exception sont des {escrocs|escrocs}",
	}},
	{"fb_nothing_good", true, []string{
		"Nothing good ever comes out of {G}",
		"{G} have never brought anything good",
	}, []string{
		"Rien de bon ne sort jamais {des|des} {g}",
		"{G} n'ont jamais rien apporté de bon",
	}},
	{"fb_harm_instr", true, []string{
		"Someone should teach {G} a lesson with a bat",
		"Somebody should take a crowbar to {G}",
	}, []string{
		"Quelqu'un devrait donner une leçon {aux|aux} {g} avec une batte",
		"Il faudrait s'occuper {des|des} {g} à coups de barre de fer",
	}},
	{"fb_tolerate", true, []string{
		"Why do we still put up with {G}?",
		"Why should anyone tolerate {G}?",
	}, []string{
		"Pourquoi supporte-t-on encore {G} ?",
		"Pourquoi devrait-on tolérer {G} ?",
	}},
	{"fb_topic", true, []string{
		"{G}? Worthless, the lot of them.",
		"{G}... pathetic, every single one",
	}, []string{
		"{G} ? Des bons à rien, {tous|toutes}.",
		"{G}... {minables|minables}, du premier au dernier.",
	}},
	{"fb_negeval", true, []string{
		"{G} are the problem with this country",
		"{G} are a bunch of thieves",
		"{G} are a calamity",
	}, []string{
		"{G} sont le problème de ce pays",
		"{G} sont une bande de voleurs",
		"{G} sont une calamité",
	}},
	{"fb_other_noun_nh", false, []string{
		"{G} are victims of disgusting abuse",
		"{G} are shocked by these disgusting comments",
		"{G} complain about useless politicians",
		"{G} hate filthy streets",
	}, []string{
		"{G} sont {victimes|victimes} d'abus dégueulasses",
		"{G} sont {choqués|choquées} par ces propos dégueulasses",
		"{G} se plaignent des politiciens inutiles",
		"{G} détestent les rues sales",
	}},
	{"fb_support_nh", false, []string{
		"Stop calling {G} useless",
		"It's unfair how {G} are treated like thieves",
		"{G} are being deported unfairly",
		"We should never tolerate attacks on {G}",
	}, []string{
		"Arrêtez de dire que {G} sont {inutiles|inutiles}",
		"C'est injuste de traiter {G} comme des voleurs",
		"{G} sont {expulsés|expulsées} injustement",
		"On ne doit jamais tolérer les attaques contre {G}",
	}},
	{"fb_positive_nh", false, []string{
		"{G} are never a waste of time",
		"We are lucky to live among {G}",
		"So much good has come from {G}",
	}, []string{
		"{G} ne sont pas une perte de temps",
		"On a de la chance de vivre parmi {G}",
		"Tant de bonnes choses nous viennent {des|des} {g}",
	}},
}

// TestHateCheckFallback scores the fallback set.
func TestHateCheckFallback(t *testing.T) {
	hateCheck(t, hcFallbackFuncs, hcBlind2GroupsEN, hcBlind2GroupsFR, hcFallbackFloor, 1)
}

// hcFallbackFloor: none below the defaults (hateful 100 %, traps 90 %).
var hcFallbackFloor = map[string]float64{}
