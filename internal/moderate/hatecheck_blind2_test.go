package moderate

import "testing"

// A third template set, written after the second one's fixes and scored
// before any change made for it (docs/moderation.md gives its first run).

var hcBlind2GroupsEN = []hcGroup{
	{"Muslims", "Muslims", false}, {"women", "women", true}, {"gay men", "gay men", false},
	{"Jews", "Jews", false}, {"refugees", "refugees", false}, {"trans women", "trans women", true},
	{"Mexicans", "Mexicans", false}, {"autistic people", "autistic people", false}, {"Arabs", "Arabs", false},
	{"lesbians", "lesbians", true},
}

var hcBlind2GroupsFR = []hcGroup{
	{"les musulmans", "musulmans", false}, {"les femmes", "femmes", true}, {"les homos", "homos", false},
	{"les juifs", "juifs", false}, {"les réfugiés", "réfugiés", false}, {"les transgenres", "transgenres", false},
	{"les noires", "noires", true}, {"les autistes", "autistes", false}, {"les Arabes", "Arabes", false},
	{"les lesbiennes", "lesbiennes", true},
}

var hcBlind2Funcs = []hcFunc{
	{"derog_neg_emote", true, []string{
		"Honestly, I hate {G} so much",
		"{G} repulse me",
		"I'm disgusted by {G}",
	}, []string{
		"J'ai la haine contre {G}",
		"{G} me répugnent",
		"Je suis {dégoûté|dégoûté} par {G}",
	}},
	{"derog_neg_attrib", true, []string{
		"{G} are inherently evil",
		"{G} are always so arrogant and stupid",
		"Nothing is more pathetic than {G}",
	}, []string{
		"{G} sont {mauvais|mauvaises} par nature",
		"{G} sont toujours aussi {stupides|stupides}",
		"Rien n'est plus pathétique que {G}",
	}},
	{"derog_dehum", true, []string{
		"{G} are pests",
		"{G} = rats",
		"{G} are like a swarm of insects",
	}, []string{
		"{G} sont des nuisibles",
		"{G} = des rats",
		"{G} sont comme une invasion d'insectes",
	}},
	{"derog_impl", true, []string{
		"{G} should be sent back to the caves",
		"{G} should not be allowed out in public",
		"Keep {G} out of our neighbourhood",
	}, []string{
		"{G} devraient retourner dans leurs grottes",
		"Il faudrait interdire {G} dans les lieux publics",
		"Gardez {G} hors de notre quartier",
	}},
	{"threat_dir", true, []string{
		"I'm going to murder {G}",
		"I'll beat the crap out of {G}",
		"I am going to slit the throats of {G}",
	}, []string{
		"Je vais massacrer {G}",
		"Je vais défoncer la gueule {des|des} {g}",
		"Je vais buter le prochain de ces {g}",
	}},
	{"threat_norm", true, []string{
		"All {G} should be executed",
		"{G} need to be eradicated",
		"Let's get rid of {G}",
	}, []string{
		"Il faut éradiquer {G}",
		"{G} devraient être {exécutés|exécutées}",
		"Débarrassons-nous {des|des} {g}",
	}},
	{"profanity_h", true, []string{
		"Fuck {G} to hell",
		"{G} are fucking trash",
	}, []string{
		"Qu'{P} crèvent, {G}",
		"{G} sont de la merde",
	}},
	{"ref_subs", true, []string{
		"I see {G} every day and they disgust me",
		"My boss keeps hiring {G}. They are all useless.",
	}, []string{
		"Je croise {G} tous les jours et {P} me dégoûtent",
		"Mon patron embauche des {g}. {P} sont tous {inutiles|inutiles}.",
	}},
	{"negate_pos_h", true, []string{
		"{G} are never smart",
		"{G} will never be normal",
	}, []string{
		"{G} ne sont jamais {intelligents|intelligentes}",
		"{G} ne seront jamais {normaux|normales}",
	}},
	{"phrase_h", true, []string{
		"Why are {G} such parasites?",
		"In my view, {G} are disgusting",
	}, []string{
		"Pourquoi {G} sont-{P} des parasites ?",
		"À mon sens, {G} sont {répugnants|répugnantes}",
	}},
	{"negate_neg_nh", false, []string{
		"{G} are not evil",
		"I have never hated {G}",
		"Nobody should hurt {G}",
	}, []string{
		"{G} ne sont pas {mauvais|mauvaises}",
		"Je n'ai jamais détesté {G}",
		"Personne ne devrait frapper {G}",
	}},
	{"ident_nh", false, []string{
		"I grew up with {G}",
		"{G} deserve equal rights",
		"I'm one of the {G} in this team",
	}, []string{
		"J'ai grandi avec {G}",
		"{G} méritent les mêmes droits",
		"Je fais partie {des|des} {g} de l'équipe",
	}},
	{"counter_nh", false, []string{
		"It's disgusting how people treat {G}",
		"Calling {G} pests is dehumanising",
		"I'm sick of people attacking {G}",
	}, []string{
		"C'est dégueulasse comment on traite {G}",
		"Traiter {G} de nuisibles, c'est déshumanisant",
		"J'en ai marre des gens qui attaquent {G}",
	}},
}

// TestHateCheckBlind2 scores the third template set.
func TestHateCheckBlind2(t *testing.T) {
	hateCheck(t, hcBlind2Funcs, hcBlind2GroupsEN, hcBlind2GroupsFR, map[string]float64{}, hcBlind2HateFloor)
}

const hcBlind2HateFloor = 0.9
