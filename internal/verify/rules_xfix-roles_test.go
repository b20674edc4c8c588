package verify

import "testing"

// Tests for the general rules of the class "people, jobs and places" of
// the misses across brands: each pairs the legitimate form (not flagged)
// with a wrong one (flagged), in French and English.

// "Meet Tom Whitlock, our managing director", "Rencontrez Claire Marette,
// notre directrice": the person after the verb that opens the sentence is
// checked as any stated name is; each job of a coordination ("co-founder
// and managing director") is checked, and founding is given by the verb
// outside the jobs in apposition.
func TestMeetPersonJob(t *testing.T) {
	en := []string{"The residence manager at Hartley Yard is Priya Desai.", "Greenhaven was founded in 2011 by Priya Raman (managing director) and Tom Whitlock (head of installations)."}
	fr := []string{"La gérante de la cidrerie est Claire Marette.", "La cidrerie a été fondée en 1987 par Léa Roy (directrice) et Marc Petit (responsable de production)."}
	runBlindCases(t, []blindCase{
		{"en", en, "Meet Priya Desai, our residence manager at Hartley Yard!", true},
		{"en", en, "Meet Priya Desai, head of student welfare at Hartley Yard!", false},
		{"en", en, "Meet Tom Whitlock, our co-founder and head of installations.", true},
		{"en", en, "Meet Tom Whitlock, our co-founder and managing director.", false},
		{"en", en, "Meet Priya Desai, chief executive officer of Hartley Yard.", false},
		{"fr", fr, "Rencontrez Claire Marette, notre gérante !", true},
		{"fr", fr, "Rencontrez Claire Marette, notre directrice !", false},
		{"fr", fr, "Rencontrez Marc Petit, notre cofondateur et responsable de production.", true},
		{"fr", fr, "Rencontrez Marc Petit, notre cofondateur et directeur.", false},
	})
}

// A job word of a fact belongs to the nearest person's name with no "and",
// "et" nor semicolon between them (not to a name after a preposition or
// before a possessive: where or whose the job is): "Dan Whitcombe is the
// circuit manager and Leah Osei is the chief instructor" gives Dan no
// "chief instructor", and "our chief instructor Dan Whitcombe" is
// contradicted with the job and the name flagged together.
func TestJobHeldByAnotherInTheSameFact(t *testing.T) {
	en := []string{"Dan Whitcombe is the circuit manager and Leah Osei is the chief instructor of the Junior Academy.", "The village manager is Fiona McAlister; sales enquiries are handled by sales manager Rawiri Tane.", "The head of care at Barkside Eastside is Luis Medina."}
	fr := []string{"L'école a été fondée par la cheffe Geneviève Lapointe et le maraîcher Olivier Trudel.", "La gérante du domaine est Clémence Aubanel ; le directeur commercial est Rémi Fabre."}
	runBlindCases(t, []blindCase{
		{"en", en, "Led by our chief instructor Leah Osei, the Junior Academy is back.", true},
		{"en", en, "Led by our chief instructor Dan Whitcombe, the Junior Academy is back.", false},
		{"en", en, "Our sales manager, Rawiri Tane, looks forward to meeting you.", true},
		{"en", en, "Our village manager, Rawiri Tane, looks forward to meeting you.", false},
		{"en", en, "Come and meet our head of care, Luis Medina.", true},
		{"fr", fr, "Fondée par la cheffe Geneviève Lapointe et le maraîcher Olivier Trudel.", true},
		{"fr", fr, "Fondée par la cheffe Geneviève Lapointe et le chef Olivier Trudel.", false},
		{"fr", fr, "Notre directeur commercial, Rémi Fabre, vous attend.", true},
		{"fr", fr, "Notre gérant, Rémi Fabre, vous attend.", false},
	})
}

// Who leads or does a thing "par", "by" a person: a title, a kinship or a
// job may stand between "par" and the name ("dirigée par leur fille, Claire
// Marette", "conducted by artistic director Dr Mere Tawhiri"), a time
// between the verb and "par" ("dirigée depuis 2019 par"); a person who
// leads something else is not backed by that fact.
func TestLeaderPastTitleAndTime(t *testing.T) {
	fr := []string{"Depuis 2019, la cidrerie est dirigée par leur fille, Claire Marette ; le maître de chai est Thibault Lecerf.", "L'atelier compte 4 techniciens, dirigés par Nadia Ferreira."}
	en := []string{"The grand finale is on Sunday 24 October 2027 at the Town Hall, conducted by artistic director Dr Mere Tawhiri.", "Festival manager: Sam Fa'alogo."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Depuis 2019, la cidrerie est dirigée par Claire Marette.", true},
		{"fr", fr, "Depuis 2019, la cidrerie est dirigée par Thibault Lecerf.", false},
		{"fr", fr, "La cidrerie est aujourd'hui dirigée par Nadia Ferreira.", false},
		{"fr", fr, "Nos 4 techniciens sont dirigés par Nadia Ferreira.", true},
		{"en", en, "Our grand finale on Sunday 24 October at the Town Hall, conducted by Dr Mere Tawhiri!", true},
		{"en", en, "Our grand finale on Sunday 24 October at the Town Hall, conducted by Sam Fa'alogo!", false},
	})
}

// A trade the facts set beside a person after a comma ("Étienne Roy,
// libraire", "Maxime Dethier, ancien éducateur spécialisé", "Nick Hale,
// former teacher") is that person's job: another job or trade set there by
// the post is contradicted; "présidé par" gives the presidency.
func TestTradeBesideAPersonIsAJob(t *testing.T) {
	fr := []string{"Le club de lecture est animé par Étienne Roy, libraire.", "Le magasin de Liège est dirigé par Maxime Dethier, ancien éducateur spécialisé.", "Le comité est présidé par Jean-Michel Rabier, céréalier à Vierzon."}
	en := []string{"The book club is hosted by Nick Hale, bookseller.", "The Leeds shop is run by Tom Reyes, former teacher."}
	runBlindCases(t, []blindCase{
		{"fr", fr, "Le club de lecture, c'est avec Étienne Roy, notre libraire !", true},
		{"fr", fr, "Le club de lecture, c'est avec Étienne Roy, notre gérant !", false},
		{"fr", fr, "À sa tête : Maxime Dethier, ancien éducateur spécialisé.", true},
		{"fr", fr, "À sa tête : Maxime Dethier, ancien instituteur.", false},
		{"fr", fr, "Jean-Michel Rabier, président du comité, vous attend.", true},
		{"en", en, "Book club night with Nick Hale, our bookseller!", true},
		{"en", en, "Book club night with Nick Hale, our manager!", false},
		{"en", en, "Meet Tom Reyes, former teacher, who runs our Leeds shop.", true},
		{"en", en, "Meet Tom Reyes, former engineer, who runs our Leeds shop.", false},
	})
}

// A place after a preposition ("made in Fremantle", "depuis la gare de
// Morat") is contradicted by the one fact the sentence is most about when
// that fact never names it and sets another name after the same
// preposition and the same word ("made in Margaret River", "la gare de
// Sugiez").
func TestPlaceOfAnotherInTheSameSlot(t *testing.T) {
	en := []string{"Scruff Lab's first salon is in Fremantle.", "All shampoos are soap-free and made in Margaret River by Kin & Coat."}
	fr := []string{"L'observatoire se trouve à Lugnorre, face aux lacs de Neuchâtel et de Morat.", "Le 12 août, une navette gratuite relie la gare de Sugiez à l'observatoire toutes les 30 minutes."}
	runBlindCases(t, []blindCase{
		{"en", en, "Our shampoos are soap-free and made in Margaret River by Kin & Coat.", true},
		{"en", en, "Our shampoos are soap-free and made right here in Fremantle by Kin & Coat.", false},
		{"fr", fr, "Navette gratuite depuis la gare de Sugiez toutes les 30 minutes !", true},
		{"fr", fr, "Navette gratuite depuis la gare de Morat toutes les 30 minutes !", false},
	})
}
