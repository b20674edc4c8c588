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
		"And we still let {G} live among us",
	}, []string{
		"Comment peut-on laisser {G} vivre à côté de nous ?",
		"Je n'arrive pas à croire qu'on accepte {G} chez nous",
		"Dire qu'on laisse encore {G} vivre parmi nous",
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
		"I still accept {G} as they are",
		"We should still let {G} live among us",
	}, []string{
		"{G} ne sont pas une perte de temps",
		"On a de la chance de vivre parmi {G}",
		"Tant de bonnes choses nous viennent {des|des} {g}",
		"J'accepte encore {G} comme {P} sont",
		"Il faut continuer à laisser {G} vivre parmi nous",
	}},
}

// TestHateCheckFallback scores the fallback set.
func TestHateCheckFallback(t *testing.T) {
	hateCheck(t, hcFallbackFuncs, hcBlind2GroupsEN, hcBlind2GroupsFR, hcFallbackFloor, 1)
}

// hcFallbackFloor: none below the defaults (hateful 100 %, traps 90 %).
var hcFallbackFloor = map[string]float64{}

// hcFallback2Funcs: a second fallback set, written after the first one's
// fixes and scored before any change for it (first run: 260/320 hateful,
// 160/160 traps; docs/moderation.md).
var hcFallback2Funcs = []hcFunc{
	{"h_eval", true, []string{
		"{G} are a drain on our economy", "{G} are nothing but trouble", "{G} are a stain on this nation", "{G} are freeloaders, plain and simple",
		"{G} are a menace to decent people", "{G} are such losers",
	}, []string{
		"{G} sont un fardeau pour notre économie", "{G} ne sont que des problèmes", "{G} sont une honte pour ce pays", "{G} sont des profiteurs, point",
		"{G} sont une menace pour les gens honnêtes", "{G} sont de vrais ratés",
	}},
	{"h_stance", true, []string{
		"How do we still accept {G} in this country?", "I can't believe they allow {G} near children", "Why are we putting up with {G}?",
	}, []string{
		"Comment peut-on encore accepter {G} dans ce pays ?", "Je n'arrive pas à croire qu'on laisse {G} approcher des enfants", "Pourquoi est-ce qu'on supporte encore {G} ?",
	}},
	{"h_topic", true, []string{
		"{G}: useless, every last one.", "{G}? Parasites, all of them.", "{G}... a waste of space, the lot.",
	}, []string{
		"{G} : {inutiles|inutiles}, jusqu'au dernier.", "{G} ? Des parasites, tous autant qu'{P} sont.", "{G}... une perte de place.",
	}},
	{"h_nothing", true, []string{
		"Nothing positive will ever come out of {G}", "Name one good thing {G} have done. Exactly, nothing.",
	}, []string{
		"Il n'y a rien de positif à attendre {des|des} {g}", "Rien de bon ne viendra jamais {des|des} {g}",
	}},
	{"h_instr", true, []string{
		"We should go after {G} with pitchforks", "Time to take a baseball bat to {G}",
	}, []string{
		"On devrait chasser {G} avec des fourches", "Faut régler le problème {des|des} {g} à coups de batte",
	}},
	{"nh_traps", false, []string{
		"{G} are a force for good", "{G} are often victims of cruel jokes", "{G} face a useless bureaucracy", "Why do we accept discrimination against {G}?",
		"{G} are tired of stupid stereotypes", "Nothing is more important than protecting {G}",
		"{G}? Wonderful people, all of them.", "{G} deserve better than this pathetic treatment",
	}, []string{
		"{G} sont une chance pour ce pays", "{G} sont souvent {victimes|victimes} de blagues cruelles", "{G} subissent une bureaucratie inutile",
		"Pourquoi accepte-t-on la discrimination contre {G} ?", "{G} en ont marre des stéréotypes stupides", "Rien n'est plus important que de protéger {G}",
		"{G} ? Des gens formidables, {tous|toutes}.", "{G} méritent mieux que ce traitement minable",
	}},
}

// TestHateCheckFallback2 scores the second fallback set. "Name one good
// thing X have done. Exactly, nothing." spans two sentences and is left
// to a later rule.
func TestHateCheckFallback2(t *testing.T) {
	hateCheck(t, hcFallback2Funcs, hcBlind2GroupsEN, hcBlind2GroupsFR, map[string]float64{"h_nothing en": 0.5}, 1)
}
