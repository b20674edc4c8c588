package moderate

// The word classes of frames.go: closed lists of function words and small
// verb classes, in both languages (normalised: no accents, apostrophes
// split). Open vocabularies (harm words, habits, places, euphemisms) are
// lexicon sections instead.

// wishWord: a wish, an obligation or a verdict that puts a harm word in
// the speaker's mouth ("should", "il faudrait", "j'espère", "deserve").
var wishWord = map[string]bool{"should": true, "must": true, "ought": true, "need": true, "needs": true, "deserve": true, "deserves": true,
	"hope": true, "wish": true, "let": true, "lets": true, "gotta": true, "shall": true,
	"faut": true, "faudrait": true, "devrait": true, "devraient": true, "doit": true, "doivent": true, "devrions": true, "devons": true,
	"love": true, "aimerais": true, "aimerait": true, "voudrais": true, "voudrait": true, "dream": true, "reve": true,
	"paierais": true, "espere": true, "esperons": true, "souhaite": true, "souhaitons": true, "meritent": true, "merite": true, "meriteraient": true, "meriterait": true}

// preventWord between a wish and a harm word turns it into protection
// ("il faut éviter que les migrants se noient", "we must stop them
// being killed").
var preventWord = map[string]bool{"eviter": true, "empecher": true, "arreter": true, "stop": true, "prevent": true, "protect": true, "proteger": true,
	"sauver": true, "save": true, "help": true, "aider": true, "rescue": true, "secourir": true, "avoid": true}

// relativeWord: a harm word in a relative clause describes victims ("I
// hope the refugees who drowned get justice"), it is not wished.
var relativeWord = map[string]bool{"who": true, "qui": true, "whom": true, "which": true, "dont": true, "lesquels": true}

// objectPronoun stands for a group named elsewhere in the comment ("on les
// noie tous, ces migrants", "gas the lot of them").
var objectPronoun = map[string]bool{"les": true, "them": true, "em": true, "eux": true, "leur": true}

// subjectThey: a passive wish's subject ("the day they're all loaded into
// train cars").
var subjectThey = map[string]bool{"they": true, "ils": true, "elles": true}

// habitGap: words allowed between a group and its habit ("les Roms
// volent toujours", "Gypsies always steal").
var habitGap = map[string]bool{"always": true, "all": true, "just": true, "only": true, "still": true, "constantly": true, "basically": true,
	"literally": true, "tous": true, "toutes": true, "toujours": true, "juste": true, "encore": true, "ne": true, "font": true, "que": true, "qu": true}

// partialDet makes a group particular people ("des Roms volent un
// camion", "some immigrants steal"), not the whole group.
var partialDet = map[string]bool{"des": true, "some": true, "certains": true, "certaines": true, "quelques": true, "few": true, "two": true, "three": true,
	"deux": true, "trois": true, "several": true, "plusieurs": true}

// modalWord and rightWord make "ne devraient pas avoir le droit",
// "should not be allowed".
var modalWord = map[string]bool{"devrait": true, "devraient": true, "doit": true, "doivent": true, "should": true, "must": true, "ought": true, "shouldn": true, "mustn": true}

var rightWord = map[string]bool{"droit": true, "droits": true, "allowed": true, "autorise": true, "autorises": true, "autorisees": true, "permitted": true,
	"right": true, "rights": true, "vote": true, "voter": true, "pouvoir": true, "able": true, "raise": true, "elever": true,
	"adopt": true, "adopter": true, "marry": true, "epouser": true, "teach": true, "enseigner": true, "entrer": true, "enter": true, "let": true, "come": true, "venir": true,
	"stay": true, "rester": true, "settle": true, "immigrate": true, "immigrer": true}

// signWord opens a "no X here" sign; signPlace closes it.
var signWord = map[string]bool{"no": true, "pas": true, "plus": true, "zero": true, "jamais": true, "not": true}

var signPlace = map[string]bool{"ici": true, "here": true, "allowed": true, "autorise": true, "autorises": true, "bienvenus": true, "welcome": true}

var placePrep = map[string]bool{"in": true, "dans": true, "at": true, "au": true, "among": true, "parmi": true, "on": true, "en": true}

var ownPlace = map[string]bool{"mon": true, "ma": true, "mes": true, "notre": true, "nos": true, "my": true, "our": true, "nous": true}

var goodWord = map[string]bool{"good": true, "bon": true, "bons": true, "bonne": true, "bonnes": true}

var deadWord = map[string]bool{"dead": true, "mort": true, "morts": true, "morte": true, "mortes": true}

// orderVerb opens an order of violence whose harm word comes later ("put
// a bullet in…", "alignez-les contre un mur").
var orderVerb = map[string]bool{"put": true, "line": true, "round": true, "lock": true, "throw": true, "take": true,
	"mettez": true, "mets": true, "alignez": true, "enfermez": true, "jetez": true, "foutez": true, "balancez": true}

// speakerSubject: the speaker, or a "we"/"on" they speak for.
var speakerSubject = map[string]bool{"i": true, "we": true, "je": true, "j": true, "on": true, "nous": true}

// nominalLead: what may precede the harm noun of a verbless wish.
var nominalLead = map[string]bool{"un": true, "une": true, "a": true, "one": true, "bon": true, "bonne": true, "good": true, "big": true,
	"gros": true, "grosse": true, "nice": true, "petit": true, "petite": true}

var aimPrep = map[string]bool{"par": true, "per": true, "sur": true, "on": true, "to": true, "dans": true, "in": true, "into": true, "pour": true, "for": true, "at": true}

// expelVerb before "back to" makes it an order ("deport the whole family
// back to Mexico").
var expelVerb = map[string]bool{"deport": true, "send": true, "ship": true, "expel": true, "kick": true, "throw": true, "fly": true,
	"renvoyer": true, "renvoyez": true, "expulser": true, "expulsez": true, "expulsons": true, "virer": true, "virez": true}

// orderFiller: words an order may open with ("just go back", "allez,
// rentre", "all of you go home").
var orderFiller = map[string]bool{"just": true, "juste": true, "simply": true, "alors": true, "donc": true, "now": true, "maintenant": true,
	"allez": true, "bon": true, "so": true, "all": true, "un": true, "une": true, "a": true, "of": true, "you": true, "tous": true, "vous": true, "please": true, "et": true, "and": true}

var infinitiveGoBack = map[string]bool{"rentrer": true, "retourner": true, "repartir": true}

var deportVerb = map[string]bool{"deport": true, "expel": true, "expulser": true, "expulsez": true, "expulsons": true}

// thingDet after a go-back verb names a thing sent back ("renvoyez ce
// produit en Chine"), unless a group follows it.
var thingDet = map[string]bool{"ce": true, "cet": true, "cette": true, "le": true, "la": true, "l": true, "mon": true, "ma": true, "mes": true,
	"votre": true, "vos": true, "this": true, "that": true, "the": true, "it": true, "my": true, "your": true, "ca": true, "ces": true, "these": true}

// thingNoun: things named after a people ("Asian hornets", "frelons
// asiatiques", "Chinese food"); the group word is then an adjective.
var thingNoun = map[string]bool{"hornet": true, "hornets": true, "frelon": true, "frelons": true, "mosquito": true, "mosquitoes": true,
	"moustique": true, "moustiques": true, "food": true, "cuisine": true, "restaurant": true, "restaurants": true, "swine": true, "fever": true,
	"fievre": true, "products": true, "produits": true, "goods": true, "imports": true, "plant": true, "plants": true, "beetle": true, "beetles": true,
	"ladybird": true, "ladybirds": true, "coccinelles": true, "tiger": true, "tigre": true, "elephants": true, "elephant": true, "market": true, "markets": true}

// lackQuality: what a group is said to lack ("n'ont aucune hygiène",
// "have no morals"), after a possession verb.
var lackQuality = map[string]bool{"hygiene": true, "culture": true, "morale": true, "morals": true, "cerveau": true, "brain": true, "brains": true,
	"soul": true, "ame": true, "manners": true, "valeurs": true, "values": true, "honneur": true, "honour": true, "honor": true, "empathy": true,
	"empathie": true, "intelligence": true, "humanite": true, "humanity": true, "dignite": true, "dignity": true, "education": true, "personnalite": true,
	"personality": true, "conscience": true, "shame": true, "honte": true, "savoir": true}

var haveWord = map[string]bool{"have": true, "has": true, "had": true, "ont": true, "a": true, "avaient": true, "got": true}

// abilityVerb: what a group is said to be unable to do as a trait
// ("women can't think", "les femmes savent pas conduire").
var abilityVerb = map[string]bool{"thinking": true, "think": true, "drive": true, "lead": true, "govern": true, "reason": true, "learn": true,
	"reflechir": true, "reflechit": true, "reflechissent": true, "penser": true, "pensent": true, "conduire": true, "diriger": true,
	"gouverner": true, "raisonner": true, "apprendre": true, "comprendre": true, "understand": true, "manage": true, "gerer": true}

// likeVerb under "if … not" is a dislike ("if you don't like it here",
// "si la France te plaît pas").
var likeVerb = map[string]bool{"like": true, "love": true, "stand": true, "aime": true, "aimes": true, "aimez": true, "plait": true, "plaise": true,
	"supporte": true, "supportes": true, "supportez": true}

// departWord: a way out towards a place ("l'avion pour Alger", "a flight
// to Mogadishu").
var departWord = map[string]bool{"avion": true, "avions": true, "flight": true, "flights": true, "plane": true, "vol": true, "billet": true,
	"ticket": true, "bateau": true, "boat": true, "leave": true, "partir": true, "pars": true, "partez": true, "quitte": true, "quittez": true}

// serviceVerb: what is refused when a group is refused service.
var serviceVerb = map[string]bool{"loue": true, "louer": true, "louerai": true, "rent": true, "hire": true, "embauche": true, "embaucher": true,
	"embaucherai": true, "serve": true, "sers": true, "servir": true, "servirai": true, "sell": true, "vends": true, "vendre": true,
	"accept": true, "accepte": true, "accepter": true, "recrute": true, "recruter": true, "employ": true}

var wantWord = map[string]bool{"want": true, "wants": true, "veux": true, "voulons": true, "veut": true, "prefer": true, "prefere": true,
	"reservez": true, "reserver": true, "keep": true}

// needWord: a wish for a world without a group ("un pays sans immigrés,
// voilà ce qu'il nous faut", "we'd be better off without…").
var needWord = map[string]bool{"need": true, "needs": true, "want": true, "better": true, "faut": true, "besoin": true, "veut": true,
	"voulons": true, "mieux": true, "reve": true, "dream": true, "ideal": true, "paradise": true, "paradis": true}

// travelWord: a trip, not an order to leave ("repars en Chine pour ton
// voyage", "go back to Mexico on holiday").
var travelWord = map[string]bool{"voyage": true, "vacances": true, "visiter": true, "visite": true, "sejour": true, "holiday": true, "holidays": true,
	"vacation": true, "trip": true, "visit": true, "tour": true, "summer": true, "ete": true, "flight": true, "vol": true, "billet": true, "ticket": true}

var theyWord = map[string]bool{"they": true, "ils": true, "elles": true}

var copula = map[string]bool{"are": true, "re": true, "sont": true, "were": true, "etaient": true, "seront": true}

// copulaFill: what may stand between the copula and the insult ("they're
// all so useless", "ils sont tous des voleurs").
var copulaFill = map[string]bool{"all": true, "so": true, "really": true, "just": true, "only": true, "always": true, "such": true, "a": true, "an": true, "bunch": true, "of": true,
	"tous": true, "toutes": true, "des": true, "de": true, "d": true, "si": true, "tellement": true, "trop": true, "vraiment": true, "juste": true, "que": true, "toujours": true}

// unwantedPlace: where a group is not wanted ("je ne veux pas qu'ils
// vivent dans ma rue", "I don't want them on my street").
var unwantedPlace = map[string]bool{"rue": true, "street": true, "quartier": true, "neighbourhood": true, "neighborhood": true, "immeuble": true,
	"building": true, "ville": true, "town": true, "ecole": true, "school": true, "ici": true, "here": true, "village": true, "pays": true, "country": true}

// sympathyWord: what a group is not wanted to suffer ("I don't want them
// to feel unwelcome here").
var sympathyWord = map[string]bool{"feel": true, "sentir": true, "sentent": true, "unwelcome": true, "excluded": true, "exclus": true,
	"afraid": true, "peur": true, "scared": true, "unsafe": true, "harassed": true, "harceles": true, "hurt": true, "suffer": true, "souffrir": true}

// institution: what a group is put "out of" ("out of the civil service").
var institution = map[string]bool{"civil": true, "service": true, "government": true, "police": true, "army": true, "parliament": true,
	"schools": true, "office": true, "sport": true, "sports": true, "politics": true, "media": true}

// leaveWord: an order to leave, after "not from here".
var leaveWord = map[string]bool{"leave": true, "partez": true, "pars": true, "repartez": true, "repars": true, "degage": true, "degagez": true}

// refuseWord: a refusal the speaker tells of ("j'ai refusé un Arabe").
// Past forms only: "I refuse to believe that…" is no refusal of anyone.
var refuseWord = map[string]bool{"refuse": true, "refused": true, "turned": true, "rejected": true, "rejete": true, "recale": true}

// unableWord works as the negation of an ability ("incapable de penser",
// "incapable of logical thinking").
var unableWord = map[string]bool{"incapable": true, "incapables": true, "unable": true, "inaptes": true}
