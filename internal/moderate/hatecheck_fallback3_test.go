package moderate

import "testing"

// A third fallback set (issue #6, the lead's blind probe): blame as the
// cause of a society's ills, denied deserving of life or basic goods, the
// ongoing ruin of a place, refusing a family tie with the group. My own
// templates, not the probe's sentences; its first run is in
// docs/moderation.md.
var hcFallback3Funcs = []hcFunc{
	{"f3_blame", true, []string{
		"{G} are the cause of all our troubles",
		"{G} are the reason for everything wrong here",
		"{G} are behind all the crime in this city",
		"Honestly {G} are the source of every problem we have",
	}, []string{
		"{G} sont la cause de tous nos malheurs",
		"{G} sont la raison de tout ce qui va mal",
		"{G} sont à l'origine de toute la criminalité ici",
		"Franchement {G} sont la source de tous les problèmes",
	}},
	{"f3_deserve", true, []string{
		"{G} do not deserve to live",
		"{G} don't even deserve the oxygen they use",
		"{G} don't deserve any rights",
		"{G} do not deserve respect or a place to exist",
	}, []string{
		"{G} ne méritent pas de vivre",
		"{G} ne méritent même pas l'oxygène qu'{P} respirent",
		"{G} ne méritent aucun droit",
		"{G} ne méritent pas le moindre respect",
	}},
	{"f3_ruin", true, []string{
		"{G} are destroying our country",
		"{G} have taken over our streets",
		"{G} keep ruining this town",
		"{G} are invading our neighbourhoods",
	}, []string{
		"{G} détruisent notre pays",
		"{G} ont envahi nos rues",
		"{G} sont en train de ruiner la France",
		"{G} pourrissent notre quartier",
	}},
	{"f3_refuse", true, []string{
		"I would never allow my son to marry one of those {g}",
		"No way I'd let my sister date one of those {g}",
		"I will never let my kids be friends with one of these {g}",
	}, []string{
		"Je ne laisserai jamais mon fils épouser un de ces {g}",
		"Jamais je ne permettrai à ma sœur de sortir avec un de ces {g}",
		"Hors de question que ma fille se marie avec un de ces {g}",
	}},
	{"f3_blame_nh", false, []string{
		"The root of the problem is the delivery company",
		"Poverty is the root cause of the problems {G} face",
		"Discrimination is the source of the problems {G} have",
		"{G} are the reason I joined this team",
	}, []string{
		"La source du problème, c'est le livreur",
		"La pauvreté est la source des problèmes que vivent {G}",
		"La discrimination est la cause des difficultés {des|des} {g}",
		"{G} sont la raison pour laquelle j'ai rejoint cette équipe",
	}},
	{"f3_deserve_nh", false, []string{
		"{G} have the right to live in peace",
		"{G} deserve to breathe freely like everyone",
		"Nobody should say {G} don't deserve to live",
		"{G} don't deserve this kind of hate",
	}, []string{
		"{G} ont le droit de vivre en paix",
		"{G} méritent de respirer librement comme tout le monde",
		"Personne ne devrait dire que {G} ne méritent pas de vivre",
		"{G} ne méritent pas cette haine",
	}},
	{"f3_ruin_nh", false, []string{
		"Your app is ruining my weekend",
		"This update ruined everything",
		"Racists are ruining this country for {G}",
		"{G} are rebuilding this neighbourhood",
		"Hitler murdered millions of {G}",
	}, []string{
		"Votre appli me gâche le week-end",
		"Cette mise à jour a tout détruit",
		"Les racistes ruinent ce pays pour {G}",
		"{G} reconstruisent ce quartier",
		"Hitler a assassiné des millions {de|de} {g}",
	}},
	{"f3_refuse_nh", false, []string{
		"My daughter married one of those {g} and I'm proud",
		"I'd never let anyone insult {G}",
		"Our team includes {G} and we're proud of it",
		"{G} face discrimination in housing",
	}, []string{
		"Ma fille a épousé un de ces {g} et j'en suis fier",
		"Je ne laisserai jamais personne insulter {G}",
		"Notre équipe compte {G} et nous en sommes fiers",
		"{G} subissent des discriminations au logement",
	}},
}

// TestHateCheckFallback3 scores the third fallback set.
func TestHateCheckFallback3(t *testing.T) {
	hateCheck(t, hcFallback3Funcs, hcBlind2GroupsEN, hcBlind2GroupsFR, map[string]float64{}, 1)
}

// hcFallback3Negated: the blame denied is counter-speech, the ability
// verb "reason" read as a noun after a determiner.
var hcFallback3Negated = []hcFunc{
	{"f3_blame_denied_nh", false, []string{
		"{G} are not the reason for our problems",
		"{G} are never the cause of our problems",
	}, []string{
		"{G} ne sont pas la raison de nos problèmes",
		"{G} ne sont jamais la cause de nos malheurs",
	}},
}

// TestHateCheckFallback3Denied scores the denied blame traps.
func TestHateCheckFallback3Denied(t *testing.T) {
	hateCheck(t, hcFallback3Negated, hcBlind2GroupsEN, hcBlind2GroupsFR, map[string]float64{}, 1)
}
