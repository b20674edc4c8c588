package moderate

import (
	"strings"
	"testing"
)

var replyFAQ = []ReplyDoc{
	{ID: "faq-hours", Lang: "fr", Question: "Quels sont vos horaires d'ouverture ?", Answer: "Nous sommes ouverts du mardi au samedi de 7 h à 19 h 30."},
	{ID: "faq-price", Lang: "fr", Question: "Quel est le prix de la baguette tradition ?", Answer: "La baguette tradition est à 1,30 €."},
	{ID: "faq-delivery", Lang: "fr", Question: "Faites-vous la livraison à domicile ?", Answer: "Nous livrons dans un rayon de 5 km pour toute commande de plus de 20 €."},
	{ID: "faq-gluten", Lang: "fr", Question: "Avez-vous des pains sans gluten ?", Answer: "Oui, un pain sans gluten est préparé chaque vendredi."},
	{ID: "faq-refund", Lang: "en", Question: "Can I get a refund on my order?", Answer: "Refunds are issued within 14 days of purchase with the receipt."},
	{ID: "faq-jobs", Lang: "en", Question: "Are you hiring bakers?", Answer: "Our open positions are listed on our careers page."},
	{ID: "faq-hours-en", Lang: "en", Question: "What are your opening hours?", Answer: "We are open Tuesday to Saturday, 7am to 7:30pm."},
	{ID: "fact-sunday", Lang: "fr", Answer: "La boutique est fermée le dimanche et le lundi."},
}

// Paraphrases: each shares few or no words with its FAQ question.
func TestReplyRetrievalParaphrases(t *testing.T) {
	ix := NewReplyIndex(replyFAQ)
	for _, tc := range []struct{ text, lang, want string }{
		{"Vous ouvrez à quelle heure le matin ?", "fr", "faq-hours"},
		{"ça coûte combien une tradition chez vous ?", "fr", "faq-price"},
		{"Est-ce que vous livrez à la maison ?", "fr", "faq-delivery"},
		{"je suis coeliaque, vous avez quelque chose pour moi ?", "fr", "faq-gluten"},
		{"How do I return my order and get my money back?", "en", "faq-refund"},
		{"Do you have any jobs for a baker?", "en", "faq-jobs"},
		{"What time do you open on Saturday?", "en", "faq-hours-en"},
		{"How much is the baguette?", "en", "faq-price"},
		{"Vous êtes ouverts dimanche ?", "fr", "fact-sunday"},
	} {
		hs := ix.Search(tc.text, tc.lang, 3)
		if len(hs) == 0 || hs[0].Doc.ID != tc.want {
			t.Errorf("%q: got %+v, want %s first", tc.text, hs, tc.want)
		}
	}
	if hs := ix.Search("Quel temps magnifique aujourd'hui", "fr", 3); len(hs) > 0 && hs[0].Score >= minReplyScore {
		t.Errorf("unrelated text matched %+v", hs[0])
	}
}

func TestSuggestByLabel(t *testing.T) {
	ix := NewReplyIndex(replyFAQ)
	cl, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, lang, kind, source, contains string }{
		{"Bonjour, vous ouvrez à quelle heure samedi ?", "fr", "answer", "faq-hours", "7 h"},
		{"Merci pour l'accueil, super équipe !", "fr", "thanks", "", "Merci"},
		{"Votre service client est nul, 3 semaines sans livraison.", "fr", "apology", "faq-delivery", "désolés"},
		{"Les musulmans sont des cafards.", "fr", "none", "", ""},
		{"Congratulations, you won an iPhone! DM me to claim your prize.", "en", "none", "", ""},
		{"Do you have something for a friend who is celiac? Il faut du sans gluten", "en", "answer", "faq-gluten", "gluten"},
	} {
		r := cl.Classify(tc.text, tc.lang)
		s := Suggest(ix, r, tc.text)
		if s.Kind != tc.kind || s.Source != tc.source || !strings.Contains(s.Text, tc.contains) || s.None != (tc.kind == "none") {
			t.Errorf("%q (%s): suggestion %+v, want kind %s source %q containing %q", tc.text, r.Label, s, tc.kind, tc.source, tc.contains)
		}
	}
	// No FAQ: a question gets an acknowledgement, never an invented answer.
	r := cl.Classify("Vous livrez à Lyon ?", "fr")
	if s := Suggest(NewReplyIndex(nil), r, "Vous livrez à Lyon ?"); r.Label == LabelQuestion && (s.Kind != "ack" || s.Source != "") {
		t.Errorf("empty index: %+v", s)
	}
}

// BenchmarkSuggest: retrieval and drafting for one comment against a small
// FAQ (classification excluded).
func BenchmarkSuggest(b *testing.B) {
	ix := NewReplyIndex(replyFAQ)
	r := Result{Label: LabelQuestion, Lang: "fr"}
	for b.Loop() {
		Suggest(ix, r, "Vous ouvrez à quelle heure le matin ?")
	}
}
