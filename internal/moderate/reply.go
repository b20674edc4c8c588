package moderate

import (
	"math"
	"sort"
	"strings"
	"unicode"

	"github.com/kljensen/snowball/english"
	"github.com/kljensen/snowball/french"
)

// Reply suggestions: the brand's FAQ entries and facts are indexed with
// BM25 over stemmed FR/EN words, plus a few customer-care concepts (price,
// opening hours, delivery, refund…) so that a paraphrase that shares no
// word with the FAQ still finds it. The suggestion is adapted to the
// comment's label: the FAQ answer for a question, an apology and a next
// step for a complaint, thanks for praise, and no reply at all to hate,
// harassment, toxicity, spam or scams. A suggestion is a draft: the caller
// must verify it against the brand's facts before it can be sent.

// ReplyDoc is one FAQ entry or fact the suggestions draw from.
type ReplyDoc struct {
	ID string
	// Question is the FAQ question ("" for a fact); Answer is the FAQ
	// answer or the fact's sentence.
	Question, Answer string
	Lang             string
}

// ReplyIndex is a BM25 index over a brand's FAQ and facts. It is
// immutable once built and safe for concurrent use.
type ReplyIndex struct {
	docs  []ReplyDoc
	tf    []map[string]float64
	dl    []float64
	df    map[string]int
	avgdl float64
}

// BM25 parameters: the usual ones; FAQ questions count twice because they
// are written the way people ask.
const (
	bm25K1         = 1.2
	bm25B          = 0.75
	questionWeight = 2
	// otherLangWeight discounts an entry written in another language than
	// the comment's.
	otherLangWeight = 0.5
)

// NewReplyIndex indexes docs.
func NewReplyIndex(docs []ReplyDoc) *ReplyIndex {
	ix := &ReplyIndex{docs: docs, df: map[string]int{}}
	total := 0.0
	for _, d := range docs {
		tf := map[string]float64{}
		for _, t := range replyTerms(d.Question, d.Lang) {
			tf[t] += questionWeight
		}
		for _, t := range replyTerms(d.Answer, d.Lang) {
			tf[t]++
		}
		n := 0.0
		for t, c := range tf {
			ix.df[t]++
			n += c
		}
		ix.tf = append(ix.tf, tf)
		ix.dl = append(ix.dl, n)
		total += n
	}
	if len(docs) > 0 {
		ix.avgdl = total / float64(len(docs))
	}
	return ix
}

// ReplyHit is a retrieved document and its BM25 score.
type ReplyHit struct {
	Doc   ReplyDoc
	Score float64
}

// Search returns up to k documents for text, best first; documents that
// share no term with it are left out.
func (ix *ReplyIndex) Search(text, lang string, k int) []ReplyHit {
	if ix == nil || len(ix.docs) == 0 {
		return nil
	}
	q := map[string]bool{}
	for _, t := range replyTerms(text, lang) {
		q[t] = true
	}
	n := float64(len(ix.docs))
	var hits []ReplyHit
	for i, tf := range ix.tf {
		s := 0.0
		for t := range q {
			f := tf[t]
			if f == 0 {
				continue
			}
			idf := math.Log(1 + (n-float64(ix.df[t])+0.5)/(float64(ix.df[t])+0.5))
			s += idf * f * (bm25K1 + 1) / (f + bm25K1*(1-bm25B+bm25B*ix.dl[i]/ix.avgdl))
		}
		// The same entry in the commenter's language answers them better.
		if lang != "" && ix.docs[i].Lang != "" && ix.docs[i].Lang != lang {
			s *= otherLangWeight
		}
		if s > 0 {
			hits = append(hits, ReplyHit{Doc: ix.docs[i], Score: s})
		}
	}
	sort.SliceStable(hits, func(a, b int) bool { return hits[a].Score > hits[b].Score })
	if len(hits) > k {
		hits = hits[:k]
	}
	return hits
}

// replyStop are words too common to say what a question is about.
var replyStop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`le la les l un une des du de d au aux et ou à a en dans sur pour par avec sans ce cet cette ces
	je j tu il elle on nous vous ils elles me m te t se s y ne n pas plus est sont être ai as avez ont été c ça qu que qui quoi
	mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs bonjour salut merci svp stp bien très tout tous
	the a an and or of to in on at for with without is are be been was were do does did i you he she it we they me my your
	our their this that these those can could would will hi hello thanks please there here
	quel quelle quels quelles comment pourquoi où quand est-ce faites fait faire avoir what which how why where when who any some get have has`) {
		replyStop[w] = true
	}
}

// replyConcepts map stems of common customer-care words, FR and EN, to a
// shared concept term, so "ça coûte combien" meets "Quel est le prix".
var replyConcepts = map[string]string{}

func init() {
	for concept, words := range map[string]string{
		"price":    "prix tarif tarifs coûte coûtent coute combien payer cher price prices cost costs much pay fee fees",
		"hours":    "horaire horaires ouverture ouvert ouverts ouverte ouvrez ouvre ouvrir fermé fermez ferme fermeture heure heures open opening opens close closes closing hours",
		"delivery": "livraison livraisons livrez livrer livré livre expédition expédiez envoi envoyez colis deliver delivery delivers shipping ship ships shipped parcel",
		"refund":   "remboursement rembourser remboursez remboursé retour retourner échange échanger refund refunds reimburse return returns exchange",
		"booking":  "réserver réservation réservations réservez booking book reserve reservation",
		"gluten":   "gluten coeliaque cœliaque celiac allergène allergènes allergen allergens allergy allergie",
		"payment":  "carte cb espèces paiement payer ticket chèque card cash payment contactless",
		"job":      "emploi recrutez recrutement embauche candidature stage job jobs hiring apply career",
		"sunday":   "dimanche dimanches sunday sundays week-end weekend samedi saturday",
	} {
		for _, w := range strings.Fields(words) {
			replyConcepts[stemWord(w, "fr")] = "#" + concept
			replyConcepts[stemWord(w, "en")] = "#" + concept
		}
	}
}

func stemWord(w, lang string) string {
	if lang == "en" {
		return english.Stem(w, false)
	}
	return french.Stem(w, false)
}

// replyTerms splits text into lower-case words (apostrophes split elided
// articles off: l'accueil), drops stop words, stems
// them in lang (French when unknown) and adds the concepts they name.
func replyTerms(text, lang string) []string {
	var out []string
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	})
	for _, w := range words {
		w = strings.Trim(w, "-")
		if w == "" || replyStop[w] {
			continue
		}
		s := stemWord(w, lang)
		out = append(out, s)
		if c, ok := replyConcepts[s]; ok {
			out = append(out, c)
		} else if c, ok := replyConcepts[stemWord(w, other(lang))]; ok {
			out = append(out, c)
		}
	}
	return out
}

func other(lang string) string {
	if lang == "en" {
		return "fr"
	}
	return "en"
}

// Suggestion is a reply draft for one comment.
type Suggestion struct {
	// None is true when the label calls for no reply (trolls, hate, spam).
	None bool
	// Text uses {author} for the person answered.
	Text string
	// Source is the FAQ entry or fact the text quotes, "" for none.
	Source string
	Kind   string // answer, apology, thanks, ack or none
}

// minReplyScore is the BM25 score below which a retrieved entry is not
// trusted to answer: a single shared common word is not a match.
const minReplyScore = 1.0

// Suggest drafts the reply to a classified comment from the index.
func Suggest(ix *ReplyIndex, r Result, text string) Suggestion {
	lang := r.Lang
	en := lang == "en"
	pick := func(fr, eng string) string {
		if en {
			return eng
		}
		return fr
	}
	best := func() (ReplyHit, bool) {
		hs := ix.Search(text, lang, 1)
		if len(hs) == 0 || hs[0].Score < minReplyScore {
			return ReplyHit{}, false
		}
		return hs[0], true
	}
	switch r.Label {
	case LabelHate, LabelHarassment, LabelToxic, LabelSpam, LabelScam:
		return Suggestion{None: true, Kind: "none"}
	case LabelPraise:
		return Suggestion{Kind: "thanks", Text: pick("Merci beaucoup {author}, ça nous fait très plaisir !", "Thank you so much {author}, that means a lot to us!")}
	case LabelComplaint:
		s := Suggestion{Kind: "apology", Text: pick(
			"Bonjour {author}, nous sommes désolés pour ce désagrément. Pouvez-vous nous écrire en message privé avec les détails, pour que nous trouvions une solution ?",
			"Hello {author}, we are sorry about this. Could you send us a private message with the details so that we can sort it out?")}
		if h, ok := best(); ok {
			s.Text += " " + h.Doc.Answer
			s.Source = h.Doc.ID
		}
		return s
	case LabelQuestion, LabelOther:
		if h, ok := best(); ok {
			return Suggestion{Kind: "answer", Source: h.Doc.ID, Text: pick("Bonjour {author}, ", "Hello {author}, ") + h.Doc.Answer}
		}
		if r.Label == LabelOther {
			return Suggestion{None: true, Kind: "none"}
		}
		return Suggestion{Kind: "ack", Text: pick("Bonjour {author}, merci pour votre question, nous revenons vers vous très vite.",
			"Hello {author}, thanks for your question, we will get back to you shortly.")}
	}
	return Suggestion{None: true, Kind: "none"}
}
