package moderate

import "testing"

// A third template set (moderate3), written for the lead's held-out probe
// of issue #6: every protected characteristic in both languages — religion,
// origin, sexual orientation, gender identity, gender, disability, age —
// with the forms comments use (plural, "adjective + people/men/women",
// French gender and number), crossed with hostile predicates and with the
// traps (support, treatment of a group as the target, neutral mentions).
// Its first run is in docs/moderation.md.

var hcAllGroupsEN = []hcGroup{
	// religion
	{"Muslims", "Muslims", false}, {"Jews", "Jews", false}, {"Jewish people", "Jewish people", false}, {"Christians", "Christians", false},
	{"Hindus", "Hindus", false}, {"Sikhs", "Sikhs", false}, {"Buddhists", "Buddhists", false}, {"atheists", "atheists", false},
	// race, ethnicity, origin
	{"black people", "black people", false}, {"Asians", "Asians", false}, {"Asian people", "Asian people", false},
	{"Arabs", "Arabs", false}, {"Roma", "Roma", false}, {"Gypsies", "Gypsies", false}, {"Latinos", "Latinos", false},
	{"Mexicans", "Mexicans", false}, {"Africans", "Africans", false}, {"Chinese people", "Chinese people", false},
	{"Pakistanis", "Pakistanis", false}, {"Indian men", "Indian men", false}, {"immigrants", "immigrants", false},
	{"refugees", "refugees", false}, {"migrants", "migrants", false}, {"asylum seekers", "asylum seekers", false},
	// sexual orientation, gender identity, gender
	{"gay men", "gay men", false}, {"lesbians", "lesbians", true}, {"bisexual people", "bisexual people", false},
	{"queer people", "queer people", false}, {"LGBT people", "LGBT people", false}, {"trans women", "trans women", true},
	{"non-binary people", "non-binary people", false}, {"women", "women", true}, {"girls", "girls", true},
	// disability
	{"disabled people", "disabled people", false}, {"wheelchair users", "wheelchair users", false}, {"deaf people", "deaf people", false},
	{"blind people", "blind people", false}, {"autistic people", "autistic people", false},
	{"people with Down syndrome", "people with Down syndrome", false}, {"mentally ill people", "mentally ill people", false},
	// age
	{"old people", "old people", false}, {"the elderly", "the elderly", false}, {"elderly people", "elderly people", false},
	// second probe of forms
	{"gay couples", "gay couples", false}, {"Eastern Europeans", "Eastern Europeans", false}, {"intersex people", "intersex people", false},
	{"deaf folks", "deaf folks", false},
}

var hcAllGroupsFR = []hcGroup{
	{"les musulmans", "musulmans", false}, {"les musulmanes", "musulmanes", true}, {"les juifs", "juifs", false},
	{"les chrétiens", "chrétiens", false}, {"les hindous", "hindous", false}, {"les sikhs", "sikhs", false},
	{"les bouddhistes", "bouddhistes", false}, {"les athées", "athées", false},
	{"les Noirs", "Noirs", false}, {"les Noires", "Noires", true}, {"les Asiatiques", "Asiatiques", false},
	{"les Arabes", "Arabes", false}, {"les Roms", "Roms", false}, {"les gitans", "gitans", false}, {"les gitanes", "gitanes", true},
	{"les tziganes", "tziganes", false}, {"les Latinos", "Latinos", false}, {"les Mexicains", "Mexicains", false},
	{"les Africaines", "Africaines", true}, {"les Chinois", "Chinois", false}, {"les Pakistanais", "Pakistanais", false},
	{"les Indiens", "Indiens", false}, {"les immigrés", "immigrés", false}, {"les réfugiés", "réfugiés", false},
	{"les migrants", "migrants", false}, {"les demandeurs d'asile", "demandeurs d'asile", false},
	{"les gays", "gays", false}, {"les lesbiennes", "lesbiennes", true}, {"les bisexuels", "bisexuels", false},
	{"les bisexuelles", "bisexuelles", true}, {"les queers", "queers", false}, {"les personnes trans", "personnes trans", true},
	{"les personnes non binaires", "personnes non binaires", true}, {"les femmes", "femmes", true},
	{"les handicapés", "handicapés", false}, {"les personnes en fauteuil roulant", "personnes en fauteuil roulant", true},
	{"les sourds", "sourds", false}, {"les aveugles", "aveugles", false}, {"les autistes", "autistes", false},
	{"les trisomiques", "trisomiques", false}, {"les personnes âgées", "personnes âgées", true}, {"les vieillards", "vieillards", false},
	// second probe of forms
	{"les hommes noirs", "hommes noirs", false}, {"les Tunisiennes", "Tunisiennes", true}, {"les Kabyles", "Kabyles", false},
	{"les malentendants", "malentendants", false}, {"les couples gays", "couples gays", false},
}

var hcAllFuncs = []hcFunc{
	{"derog_attr", true, []string{
		"{G} are disgusting.",
		"I despise {G}.",
		"{G} are vermin.",
	}, []string{
		"{G} sont {dégoûtants|dégoûtantes}.",
		"Je méprise {G}.",
		"{G} sont de la vermine.",
	}},
	{"damnation_h", true, []string{
		"{G} can go to hell.",
		"{G} should rot.",
		"I hope {G} rot in hell.",
		"I'd happily see all {G} burn.",
		"I would love to see {G} suffer.",
		"To hell with {G}.",
	}, []string{
		"{G} peuvent crever.",
		"{G} peuvent aller en enfer.",
		"J'espère que {G} vont pourrir en enfer.",
		"J'aimerais voir {G} brûler.",
		"Qu'{P} crèvent, {G}.",
		"Au diable {G}.",
	}},
	{"destruction_h", true, []string{
		"{G} ruin everything they touch.",
		"{G} destroy every place they move to.",
		"{G} wreck everything.",
		"{G} make everything worse.",
	}, []string{
		"{G} détruisent tout ce qu'{P} touchent.",
		"{G} gâchent tout.",
		"{G} ruinent tout ce qu'on a construit.",
		"{G} rendent tout pire.",
	}},
	{"typical_h", true, []string{
		"Typical {G}, always lying.",
		"Typical {G}, always causing trouble.",
		"So typical of {G}, always stealing.",
		"Typical {G} behaviour, always whining.",
	}, []string{
		"Typiques, {G}, toujours à mentir.",
		"Typique des {g}, toujours en train de voler.",
		"C'est bien typique des {g}, toujours à tricher.",
		"Typique de ces {g}, toujours à se plaindre.",
	}},
	{"superlative_h", true, []string{
		"{G} are the worst people on earth.",
		"{G} are the worst thing that ever happened to this country.",
		"Of all people, {G} are the most disgusting.",
		"{G} are the lowest of the low.",
	}, []string{
		"{G} sont les pires gens sur terre.",
		"{G} sont la pire chose qui soit arrivée à ce pays.",
		"De tous, {G} sont les plus {répugnants|répugnantes}.",
		"{G} sont la lie de l'humanité.",
	}},
	{"unwelcome_h", true, []string{
		"{G} are not welcome here.",
		"{G} are not welcome in this country.",
		"{G} will never be welcome here.",
		"{G} are unwelcome here.",
	}, []string{
		"{G} ne sont pas les {bienvenus|bienvenues} ici.",
		"{G} ne sont pas {bienvenus|bienvenues} dans ce pays.",
		"{G} ne seront jamais les {bienvenus|bienvenues} chez nous.",
		"{G} sont {indésirables|indésirables} ici.",
	}},
	{"avoidance_h", true, []string{
		"I'd rather my kids never met any {G}.",
		"I would rather not hire any {G}.",
	}, []string{
		"Je préférerais que mes enfants ne croisent jamais de {g}.",
		"Je préfère ne jamais embaucher de {g}.",
	}},
	{"predicate_traps_nh", false, []string{
		"I'd rather not offend any {G}.",
		"People who attack {G} can go to hell.",
		"{G} are always welcome here.",
		"{G} are welcome in this country.",
		"The worst thing is how {G} are treated.",
		"Typical brand, always lying about delivery dates.",
		"This company ruins everything it touches.",
		"{G} are not only welcome here, they are needed.",
		"Some preachers claim {G} go to hell, which is nonsense.",
		"{G} can die of flu too, get vaccinated.",
		"{G} are the lowest paid workers in the country.",
		"Go to hell with your lies about {G}.",
		"I'd love to see more {G} in our ads.",
	}, []string{
		"Ceux qui insultent {G} peuvent aller en enfer.",
		"{G} sont toujours les {bienvenus|bienvenues} ici.",
		"{G} sont {bienvenus|bienvenues} dans ce pays.",
		"Le pire, c'est la façon dont on traite {G}.",
		"Typique de cette marque, toujours en retard pour les livraisons.",
		"Cette entreprise détruit tout ce qu'elle touche.",
		"{G} ne sont pas seulement {bienvenus|bienvenues}, on a besoin d'{eux|elles}.",
		"Certains prêcheurs disent que {G} iront en enfer, c'est absurde.",
		"J'aimerais voir plus de {g} dans vos pubs.",
		"Je préfère ne jamais blesser de {g}.",
	}},
	{"predicate_counter_nh", false, []string{
		"Saying {G} ruin everything is just racism.",
		"People who think {G} can go to hell are bigots.",
		"I never said {G} are the worst.",
		"It's false that {G} are not welcome here.",
		"Whoever wrote that {G} should rot is disgusting.",
		"No, {G} do not ruin everything.",
		"{G} are not the worst people on earth.",
	}, []string{
		"Dire que {G} détruisent tout, c'est du racisme.",
		"Ceux qui pensent que {G} peuvent aller en enfer sont des idiots.",
		"Je n'ai jamais dit que {G} étaient les pires.",
		"C'est faux de dire que {G} ne sont pas les {bienvenus|bienvenues}.",
		"Typique des racistes, toujours à insulter {G}.",
		"Non, {G} ne détruisent pas tout.",
	}},
	{"ident_pos_nh", false, []string{
		"I love {G}.",
		"{G} deserve respect.",
		"My neighbours are {G}.",
		"We must protect {G} from violence.",
	}, []string{
		"J'adore {G}.",
		"{G} méritent le respect.",
		"Mes voisins sont des {g}.",
		"Il faut protéger {G} de la violence.",
	}},
	{"counter_treat_nh", false, []string{
		"It's disgusting how people treat {G}.",
		"Hate against {G} has no place here.",
		"The way people talk about {G} is vile.",
		"Stop saying {G} are lazy.",
		"The way {G} are treated is disgusting.",
		"How {G} get treated here is vile.",
	}, []string{
		"C'est honteux comme on traite {G}.",
		"La haine contre {G} n'a pas sa place ici.",
		"La façon dont on parle {des|des} {g} est ignoble.",
		"Arrêtez de dire que {G} sont {paresseux|paresseuses}.",
		"C'est dégueulasse comment {G} sont {traités|traitées}.",
	}},
}

// TestHateCheckGroups holds every functionality of the third set at 90 %
// in both languages.
func TestHateCheckGroups(t *testing.T) {
	hateCheck(t, hcAllFuncs, hcAllGroupsEN, hcAllGroupsFR, map[string]float64{}, 0.9)
}

// TestHateCheckAllGroupsCross runs the first two template sets over this
// set's groups: a rule written for one group's wording shows up here as
// a gap on the others. The traps hold at 90 %; the hateful
// functionalities at a lower floor, since misspelt multi-word groups
// ("deaf peolpe") are not read yet (docs/moderation.md).
func TestHateCheckAllGroupsCross(t *testing.T) {
	hateCheck(t, hcFuncs, hcAllGroupsEN, hcAllGroupsFR, map[string]float64{}, 0.6)
	hateCheck(t, hcBlindFuncs, hcAllGroupsEN, hcAllGroupsFR, map[string]float64{}, 0.6)
}
