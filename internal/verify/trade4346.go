package verify

// moreTrades: English trades set right before a name ("by electrician
// Priya Nand") are checked like a job: another trade for the person the
// facts name with one is flagged. (French trades are left to the
// apposition rule, "Sophie Lambert, puéricultrice", which suggests the
// right trade rather than another person.)
var moreTrades = map[string]string{
	"engineer": "engineer", "electrician": "electrician", "plumber": "plumber", "architect": "architect",
	"carpenter": "carpenter", "builder": "builder", "nurse": "nurse", "doctor": "doctor", "surgeon": "surgeon",
	"pharmacist": "pharmacist", "veterinarian": "veterinarian", "teacher": "teacher", "lawyer": "lawyer",
	"accountant": "accountant", "baker": "baker", "butcher": "butcher", "photographer": "photographer",
}

func init() {
	for w, h := range moreTrades {
		if _, ok := roleHeads[w]; !ok {
			roleHeads[w] = h
		}
	}
}
