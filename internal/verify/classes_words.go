package verify

import "github.com/vigie-cm/vigie/internal/claims"

// Word classes of the xfix-words rules, which look at every token of the
// post: a bit test on each instead of a map lookup.
var (
	waiveCueClass = claims.NewWordClass("no", "sans", "besoin", "inutile")
	includedClass = listClass(includedWords)
	everyoneClass = claims.NewWordClass("everyone", "everybody", "anyone", "anybody", "all", "tous", "toutes", "tout")
	timeUnitClass = claims.NewWordClass("day", "days", "week", "weeks", "month", "months", "year", "years", "night", "nights", "evening", "evenings", "morning", "mornings", "hour", "hours", "time", "times", "weekend", "weekends", "jour", "jours", "semaine", "semaines", "mois", "an", "ans", "annee", "annees", "soir", "soirs", "nuit", "nuits", "matin", "matins", "heure", "heures", "fois")
	freeClass     = listClass(pricedFreeWords)
	dayPartClass  = listClass(partOfDayWords)
)
