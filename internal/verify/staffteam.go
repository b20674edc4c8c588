package verify

import "github.com/vigie-cm/vigie/internal/claims"

// staffVerbs: the verbs that say a team is the brand's own, not a party
// supposed for a price ("leads a team of 30 pilots", "dirige une équipe de
// 12 moniteurs", "we have a team of 7 groomers").
var staffVerbs = map[string]bool{
	"leads": true, "lead": true, "led": true, "heads": true, "manages": true, "managed": true, "oversees": true, "supervises": true,
	"coordinates": true, "employs": true, "employ": true, "has": true, "have": true, "trains": true,
	"dirige": true, "dirigeons": true, "encadre": true, "encadrons": true, "anime": true, "gere": true, "coordonne": true,
	"emploie": true, "employons": true, "forme": true, "supervise": true, "mene": true,
}

// staffTeam: c is the size of the brand's own team ("Callum Reid leads a
// team of 30 pilots"): the verb before the article owns the team, so it is
// a figure to check, not a party a price is supposed for.
func (g *grounder) staffTeam(c *claims.Claim) bool {
	return staffVerbs[prevLow(g.doc.Tokens, c.Tok0-3)]
}
