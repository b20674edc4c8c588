package verify

// moreKin: kinships beyond a child's, checked like a job beside a name
// ("Callum Reid as her brother Frank" when a fact says "her father,
// Frank"). English "son" is left out with French "son" ("his"), and
// "femme" (also "woman").
var moreKin = map[string]string{
	"father": "father", "mother": "mother", "brother": "brother", "sister": "sister",
	"husband": "husband", "wife": "wife", "grandfather": "grandfather", "grandmother": "grandmother",
	"uncle": "uncle", "aunt": "aunt", "cousin": "cousin",
	"pere": "father", "mere": "mother", "frere": "brother", "soeur": "sister", "sœur": "sister",
	"mari": "husband", "epouse": "wife", "grand-pere": "grandfather", "grand-mere": "grandmother",
	"oncle": "uncle", "tante": "aunt", "cousine": "cousin",
}

func init() {
	for w, h := range moreKin {
		roleHeads[w] = h
		kinHeads[w] = true
	}
}
