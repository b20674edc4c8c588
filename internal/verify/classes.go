package verify

import "github.com/vigie-cm/vigie/internal/claims"

// Word classes of the lists that grounding consults token after token, in
// the post and in the facts. Each token carries its classes from
// tokenisation, so these tests read a bit instead of hashing into a map.
var (
	onlyClass        = listClass(onlyWords)
	channelClass     = listClass(channels)
	cueClass         = listClass(arithmeticCues)
	giftClass        = listClass(giftMarkers)
	includeClass     = listClass(includeWords)
	serviceVerbClass = listClass(serviceVerbs)
	negationClass    = listClass(negations)
	stackClass       = listClass(stackTriggers)
	// deniedTerm, allKinds and otherLevel look for these on every token of
	// the post, and again on every token of the facts
	denyClass            = listClass(denyWords)
	scopeQuantifierClass = listClass(scopeQuantifiers)
	scopeDeterminerClass = listClass(scopeDeterminers)
	levelClass           = listClass(levelWords)
	// the invented-perk and rank rules look at every token of the post
	distributiveClass = listClass(distributiveWords)
	propertyClass     = listClass(propertyWords)
	freeOfClass       = listClass(freeOfWords)
	rankCueClass      = listClass(rankCues)
	billClass         = listClass(billWords)
	// the words the switches of draws, awards and policyAt open on: a bit
	// test on every token instead of a switch on its string
	// (TestTriggerClasses holds each class to its switch's cases)
	drawCueClass   = claims.NewWordClass("tirage", "tombola", "raffle", "giveaway", "sweepstakes", "drawing", "draw", "win", "gagnez", "gagner", "remportez", "remporter")
	awardCueClass  = claims.NewWordClass("laureat", "laureate", "laureats", "laureates", "title", "winner", "winners", "recipient", "holds", "hold", "detient", "detiennent")
	policyCueClass = claims.NewWordClass("refundable", "remboursable", "remboursables", "expire", "expires", "expirent", "contract", "contrat", "vie")
	everyClass     = claims.NewWordClass("every", "each", "chaque", "all", "tous", "toutes")
	allOfClass     = listClass(allWordsOf)
	evenClass      = listClass(evenWords)
	scopeOnlyClass = listClass(scopeOnlyWords)
	// the words alternatives and extras look for, every other token skipped
	connectorClass = claims.NewWordClass("and", "et", "ou", "or")
	extraCueClass  = claims.NewWordClass("extra", "payant", "payante", "payants", "en", "not", "non")
	// months and weekdays, which are capitalised in English but name nothing
	// a price is said of
	calendarClass = func() claims.WordClass {
		var words []string
		for _, lang := range []string{"fr", "en"} {
			months := claims.MonthNames[lang]
			for _, w := range months[1:] {
				words = append(words, claims.Fold(w))
			}
			for _, w := range claims.WeekdayNames[lang] {
				words = append(words, claims.Fold(w))
			}
		}
		return claims.NewWordClass(words...)
	}()
)

// listClass registers the words a list maps to a non-zero value (giftMarkers
// lists "with": false), which is what looking them up in the list tests.
func listClass[V comparable](list map[string]V) claims.WordClass {
	var zero V
	words := make([]string, 0, len(list))
	for w, v := range list {
		if v != zero {
			words = append(words, w)
		}
	}
	return claims.NewWordClass(words...)
}

// channelOf returns the channel group of a token, 0 for none.
func channelOf(t *claims.Token) int {
	if !t.In(channelClass) {
		return 0
	}
	return channels[t.Low]
}

// channelAt returns the channel group of token k; "sur place" (eaten on the
// spot) is not delivered, as a takeaway is not, though "place" alone is no
// channel ("place du Commerce", "320 places").
func channelAt(toks []claims.Token, k int) int {
	if toks[k].Low == "place" && k > 0 && toks[k-1].Low == "sur" {
		return 1
	}
	return channelOf(&toks[k])
}
