package verify

import (
	"testing"

	"github.com/vigie-cm/vigie/internal/claims"
)

// A class must answer what its list answers, for listed words and for
// ordinary words of both languages.
func TestWordClassesMatchLists(t *testing.T) {
	check := func(name string, c claims.WordClass, in func(string) bool, words []string) {
		t.Helper()
		for _, w := range append(words, "boulangerie", "bakery", "gratuité", "offrir", "channel", "") {
			if c.Has(w) != in(w) {
				t.Errorf("%s: %q in class = %v, in list = %v", name, w, c.Has(w), in(w))
			}
		}
	}
	check("only", onlyClass, func(w string) bool { return onlyWords[w] }, keysOf(onlyWords))
	check("channels", channelClass, func(w string) bool { return channels[w] != 0 }, keysOf(channels))
	check("cues", cueClass, func(w string) bool { return arithmeticCues[w] }, keysOf(arithmeticCues))
	check("gifts", giftClass, func(w string) bool { return giftMarkers[w] }, keysOf(giftMarkers))
	check("inclusions", includeClass, func(w string) bool { return includeWords[w] }, keysOf(includeWords))
	check("service verbs", serviceVerbClass, func(w string) bool { return serviceVerbs[w] != "" }, keysOf(serviceVerbs))
	check("negations", negationClass, func(w string) bool { return negations[w] }, keysOf(negations))
	check("stacking", stackClass, func(w string) bool { return stackTriggers[w] }, keysOf(stackTriggers))
	check("denials", denyClass, func(w string) bool { return denyWords[w] }, keysOf(denyWords))
	check("quantifiers", scopeQuantifierClass, func(w string) bool { return scopeQuantifiers[w] }, keysOf(scopeQuantifiers))
	check("determiners", scopeDeterminerClass, func(w string) bool { return scopeDeterminers[w] }, keysOf(scopeDeterminers))
	check("levels", levelClass, func(w string) bool { _, ok := levelWords[w]; return ok }, keysOf(levelWords))
	// alternatives reads a channel's presence as a non-zero group
	for w, grp := range channels {
		if grp == 0 {
			t.Errorf("channel %q has group 0, which reads as no channel", w)
		}
	}
}

// Tokens of a post carry the classes: "uniquement en ligne" and "only
// online" name a restriction and a channel; "livraison offerte" a gift.
func TestTokensCarryClasses(t *testing.T) {
	cases := []struct {
		text, word string
		c          claims.WordClass
		want       bool
	}{
		{"Retrait uniquement en ligne.", "uniquement", onlyClass, true},
		{"Pickup only online.", "only", onlyClass, true},
		{"Livraison offerte dès 30 €.", "offerte", giftClass, true},
		{"Free delivery this week.", "delivery", channelClass, true},
		{"Une belle journée au marché.", "belle", giftClass, false},
		{"A lovely day at the market.", "market", channelClass, false},
		{"Boissons en supplément.", "en", extraCueClass, true},
		{"Parking not included.", "not", extraCueClass, true},
		{"Parking gratuit.", "parking", extraCueClass, false},
		{"À emporter ou en livraison.", "ou", connectorClass, true},
		{"Online and in store.", "and", connectorClass, true},
		{"Online only.", "online", connectorClass, false},
	}
	for _, tc := range cases {
		d := claims.Analyze(tc.text, "")
		found := false
		for i := range d.Tokens {
			if d.Tokens[i].Low == tc.word {
				found = true
				if got := d.Tokens[i].In(tc.c); got != tc.want {
					t.Errorf("%q: %q in class = %v, want %v", tc.text, tc.word, got, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no token %q", tc.text, tc.word)
		}
	}
}

func keysOf[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for w := range m {
		out = append(out, w)
	}
	return out
}
