package moderate

// A second template set, written after the rules of frames_basic.go and
// scored before any change made for it: other wordings and other groups,
// to estimate how the functionalities generalise beyond the templates the
// rules were tuned on (docs/moderation.md gives its first run).

var hcBlindGroupsEN = []hcGroup{
	{"Romanians", "Romanians", false}, {"Somalis", "Somalis", false}, {"Christians", "Christians", false},
	{"Latinos", "Latinos", false}, {"deaf people", "deaf people", false}, {"transgender people", "transgender people", false},
	{"girls", "girls", true}, {"Pakistanis", "Pakistanis", false}, {"homosexuals", "homosexuals", false},
	{"migrants", "migrants", false}, {"Sikhs", "Sikhs", false}, {"Gypsies", "Gypsies", false},
}

var hcBlindGroupsFR = []hcGroup{
	{"les Roumains", "Roumains", false}, {"les chrétiens", "chrétiens", false}, {"les Maghrébins", "Maghrébins", false},
	{"les sourds", "sourds", false}, {"les transgenres", "transgenres", false}, {"les Chinois", "Chinois", false},
	{"les Africaines", "Africaines", true}, {"les migrants", "migrants", false}, {"les gays", "gays", false},
	{"les Turcs", "Turcs", false}, {"les juives", "juives", true}, {"les trisomiques", "trisomiques", false},
}

var hcBlindFuncs = []hcFunc{
	{"derog_neg_emote", true, []string{
		"I truly hate {G} with a passion",
		"{G} make me feel sick to my stomach",
		"I can't tolerate {G} any longer",
		"Just thinking about {G} disgusts me",
	}, []string{
		"Je déteste {G} de tout mon cœur",
		"{G}, je {les|les} hais",
		"Je ne peux plus supporter {G}",
		"Rien que de penser aux {g}, ça me dégoûte",
	}},
	{"derog_neg_attrib", true, []string{
		"{G} are all filthy",
		"Every one of {G} is a liar",
		"{G} are a disgusting people",
		"Honestly {G} are the dumbest people on earth",
	}, []string{
		"{G} sont {sales|sales} et {bêtes|bêtes}",
		"{G} sont {ignobles|ignobles}, tous autant qu'ils sont",
		"Ces {g} sont vraiment {immondes|immondes}",
		"{G}, quelle race de {menteurs|menteuses}",
	}},
	{"derog_dehum", true, []string{
		"{G} are cockroaches",
		"{G} breed like rats",
		"{G} are a disease that needs curing",
		"{G} are less than human",
	}, []string{
		"{G} sont des cafards",
		"{G} se reproduisent comme des lapins",
		"{G}, cette vermine",
		"{G} sont une maladie pour ce pays",
	}},
	{"derog_impl", true, []string{
		"{G} should go live in the jungle",
		"I wouldn't let {G} near my children",
		"Our country was better before {G} showed up",
		"{G} belong behind bars",
	}, []string{
		"{G}, leur place est au zoo",
		"On était mieux avant l'arrivée des {g}",
		"Je ne laisserais jamais {G} approcher mes enfants",
		"{G} devraient rester dans leurs cages",
	}},
	{"threat_dir", true, []string{
		"I'm going to burn down the homes of {G}",
		"I will hunt down {G} one by one",
		"I swear I'll kill {G}",
		"Gonna smash the faces of {G}",
	}, []string{
		"Je vais tuer {G}",
		"Je vais cramer les maisons des {g}",
		"Je jure que je vais tabasser {G}",
		"Je vais égorger {G} un par un",
	}},
	{"threat_norm", true, []string{
		"{G} deserve to be hanged",
		"Somebody should shoot {G}",
		"Kill all {G}",
		"We should expel {G} from this country",
	}, []string{
		"Il faudrait pendre {G}",
		"{G} méritent d'être {fusillés|fusillées}",
		"Tuez {G}",
		"On devrait expulser {G} du pays",
	}},
	{"profanity_h", true, []string{
		"Fuck off {G}",
		"{G} are fucking vermin",
		"Screw all {G}",
	}, []string{
		"{G} sont des putains de parasites",
		"Nique {G}, franchement",
		"Je chie sur {G}",
	}},
	{"ref_subs_clause", true, []string{
		"My new neighbours are {G} and they are filthy",
		"I work with {G} and I despise them",
		"There are {G} at my school and they are animals",
	}, []string{
		"Mes voisins sont des {g} et {P} sont {répugnants|répugnantes}",
		"Je bosse avec des {g} et je {les|les} méprise",
		"Il y a des {g} dans mon école et ce sont des animaux",
	}},
	{"ref_subs_sent", true, []string{
		"Some {G} moved in next door. They are disgusting.",
		"Never hire them. They're {G}.",
		"Those people are worthless. They're {G}, obviously.",
	}, []string{
		"Des {g} ont emménagé en face. {P} sont {dégoûtants|dégoûtantes}.",
		"N'embauchez jamais ces gens-là. Ce sont des {g}.",
		"Ces gens sont {inutiles|inutiles}. Ce sont des {g}, évidemment.",
	}},
	{"negate_pos_h", true, []string{
		"{G} are never trustworthy",
		"{G} are not real people",
		"{G} can never be trusted",
	}, []string{
		"{G} ne sont pas des êtres humains",
		"{G} ne méritent aucun respect",
		"{G} ne sont jamais {fiables|fiables}",
	}},
	{"negate_neg_nh", false, []string{
		"{G} are not vermin",
		"I don't think {G} are inferior",
		"There is nothing wrong with {G}",
	}, []string{
		"{G} ne sont pas de la vermine",
		"Je ne trouve pas que {G} soient {inférieurs|inférieures}",
		"{G} n'ont rien de {dangereux|dangereuses}",
	}},
	{"phrase_question_h", true, []string{
		"Why are {G} so filthy?",
		"Don't you think {G} are animals?",
		"Why can't {G} just disappear?",
	}, []string{
		"Pourquoi {G} sont-{P} si {sales|sales} ?",
		"Vous ne trouvez pas que {G} sont des animaux ?",
		"Pourquoi {G} ne disparaissent-{P} pas ?",
	}},
	{"phrase_opinion_h", true, []string{
		"I'd say {G} are parasites",
		"If you ask me, {G} are scum",
		"My view is that {G} are inferior",
	}, []string{
		"Selon moi {G} sont des parasites",
		"Personnellement je trouve {G} {répugnants|répugnantes}",
		"J'estime que {G} sont {inférieurs|inférieures}",
	}},
	{"ident_neutral_nh", false, []string{
		"Many {G} work in healthcare",
		"A documentary about {G} airs tonight",
		"I met two {G} at the conference",
	}, []string{
		"Beaucoup de {g} travaillent dans la santé",
		"Un documentaire sur {G} passe ce soir",
		"J'ai rencontré deux {g} au salon",
	}},
	{"ident_pos_nh", false, []string{
		"{G} are brilliant",
		"I'm so grateful for {G} in my life",
		"{G} make this city better",
	}, []string{
		"{G} sont {brillants|brillantes}",
		"J'ai beaucoup d'admiration pour {G}",
		"{G} rendent cette ville meilleure",
	}},
	{"counter_quote_nh", false, []string{
		"\"{G} are cockroaches\" — this is what my uncle said, and it's disgraceful",
		"Calling {G} \"vermin\" is pure bigotry",
		"When people say \"I hate {G}\", I report them",
	}, []string{
		"« {G} sont des cafards » : voilà ce qu'a dit mon oncle, c'est honteux",
		"Traiter {G} de « vermine », c'est de la haine pure",
		"Quand quelqu'un écrit « je hais {G} », je le signale",
	}},
	{"counter_ref_nh", false, []string{
		"I'm tired of people saying {G} are dirty",
		"Claiming that {G} are inferior is racist nonsense",
		"Anyone who calls {G} animals should be ashamed",
	}, []string{
		"J'en ai marre des gens qui disent que {G} sont {sales|sales}",
		"Prétendre que {G} sont {inférieurs|inférieures}, c'est du racisme",
		"Ceux qui traitent {G} d'animaux devraient avoir honte",
	}},
	{"target_obj_nh", false, []string{
		"I hate this new update",
		"This sofa is disgusting",
		"Mondays are the worst",
	}, []string{
		"Je déteste cette mise à jour",
		"Ce canapé est immonde",
		"Les lundis sont insupportables",
	}},
	{"target_indiv_nh", false, []string{
		"You're a disgusting person",
		"My brother is a lazy idiot",
		"I hate you",
	}, []string{
		"T'es une personne immonde",
		"Mon frère est un abruti",
		"Je te déteste",
	}},
	{"target_group_nh", false, []string{
		"Tax collectors are parasites",
		"I hate landlords",
		"Bankers are scum",
	}, []string{
		"Les percepteurs sont des parasites",
		"Je déteste les propriétaires",
		"Les banquiers sont des ordures",
	}},
	{"spell_h", true, []string{
		"I hatee {G}",
		"{G} are disgustingg",
		"{G} are p4r4sites",
		"{G} are s u b h u m a n",
	}, []string{
		"Je détestte {G}",
		"{G} sont des parasittes",
		"{G} sont d3gu3ul4sses",
		"{G} sont des r a t s",
	}},
}
