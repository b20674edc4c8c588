package moderate

import "strings"

// Four more shapes of the general fallback (issue #6, the lead's blind
// probe): the group blamed as the cause of a society's ills, denied
// deserving life or basic goods, said to be ruining a place, refused as a
// family member's partner or friend. Go maps, not lexicon entries, so the
// model's features do not move.

var (
	fb3Blame    = map[string]bool{}
	fb3Ills     = map[string]bool{}
	fb3Link     = map[string]bool{}
	fb3Deserve  = map[string]bool{}
	fb3Life     = map[string]bool{}
	fb3Hardship = map[string]bool{}
	fb3Ruin     = map[string]bool{}
	fb3RuinPart = map[string]bool{}
	fb3Place    = map[string]bool{}
	fb3Aux      = map[string]bool{}
	fb3Family   = map[string]bool{}
	fb3Relate   = map[string]bool{}
	fb3Let      = map[string]bool{}
	fb3Stop     = map[string]bool{}
)

func init() {
	set := func(m map[string]bool, words string) {
		for _, w := range strings.Fields(words) {
			m[w] = true
		}
	}
	set(fb3Blame, `root roots cause causes source sources reason reasons origin behind responsible
		racine racines cause causes source sources raison raisons origine responsables responsable`)
	set(fb3Ills, `problem problems trouble troubles crime crimes ills evils evil woes misery wrong decline violence chaos
		probleme problemes malheurs malheur maux mal criminalite crimes delinquance insecurite violence chaos declin misere`)
	set(fb3Link, `of for the all our every each this that these everything in here we have with de des du d la le l les tous toutes toute
		tout nos notre ce cette ces qui va ici dans a à`)
	set(fb3Deserve, `deserve deserves deserved merite meritent meritez meriter merites`)
	set(fb3Life, `live life lives breathe breathing air exist existence oxygen rights right respect survive
		vivre vie vies respirer air exister existence oxygene droit droits respect survivre`)
	set(fb3Hardship, `fear poverty danger shame pain hiding silence peur misere danger honte douleur silence cachette`)
	set(fb3Ruin, `ruining ruin ruins destroying destroy destroys wrecking wreck wrecks invading invade invades taking take takes
		ruinent ruiner detruisent detruire envahissent envahir pourrissent pourrir gachent gacher saccagent saccager`)
	set(fb3RuinPart, `ruined destroyed wrecked invaded taken took ruine detruit envahi pourri gache saccage`)
	set(fb3Place, `country nation neighbourhood neighborhood neighbourhoods neighborhoods town towns city cities street streets
		schools school village villages land
		pays nation quartier quartiers ville villes rue rues france europe ecoles ecole cite cites village villages banlieue`)
	set(fb3Aux, `are re is have ve has had keep keeps just slowly completely literally all totally really already
		sont ont a en train de d tous toutes completement vraiment deja petit peu`)
	set(fb3Family, `daughter daughters son sons sister sisters brother brothers kid kids child children niece nephew cousin
		fille filles fils soeur soeurs frere freres enfant enfants gosse gosses niece neveu cousin cousine`)
	set(fb3Relate, `marry marrying date dating befriend friends friend see go out epouser epouse marier marie marient sortir frequenter ami amie amis amies`)
	set(fb3Let, `let allow permit laisserai laisserais laisser laisse permettrai permettrais permettre autoriserai autoriserais`)
	set(fb3Stop, `stop stopping prevent forbid forbidding ban empecher empecherai interdire interdirai interdit`)
}

// fallback3Frames reads the four shapes for group g (usable, named name)
// in clause cl.
func (fc *frameCtx) fallback3Frames(cl clause, g hit, name string, out []frame) []frame {
	toks := fc.toks
	add := func(ownNeg bool, kind string, pos, end int) []frame {
		return append(out, frame{ownNeg: ownNeg, kind: kind, pos: pos, word: spanText(toks, pos, min(end, cl.b)), g: name})
	}
	negIn := func(a, b int) bool {
		for j := max(a, cl.a); j < min(b, cl.b); j++ {
			if basicNeg[toks[j].Text] {
				return true
			}
		}
		return false
	}
	// blame: "X are the root of all our problems", "X sont la source de
	// tous nos problèmes", "X are behind all the crime"
	if !aboutBefore(toks, cl, g) {
		for j := g.end; j < min(cl.b, g.end+3); j++ {
			if !fbCopula[toks[j].Text] {
				continue
			}
			for k := j + 1; k < min(cl.b, j+5); k++ {
				if !fb3Blame[toks[k].Text] {
					if fb3Link[toks[k].Text] || fbFill[toks[k].Text] || toks[k].Text == "main" || toks[k].Text == "real" || toks[k].Text == "principale" {
						continue
					}
					break
				}
				for m := k + 1; m < min(cl.b, k+7); m++ {
					if fb3Ills[toks[m].Text] && !negIn(g.end, m) {
						out = add(false, "a society's ills blamed on", k, m+1)
						break
					}
					if !fb3Link[toks[m].Text] && !fbFill[toks[m].Text] {
						break
					}
				}
				break
			}
			break
		}
	}
	// denied deserving life or basic goods: "X don't deserve to
	// breathe", "X ne méritent pas de vivre"
	for j := g.end; j < min(cl.b, g.end+5); j++ {
		if !fb3Deserve[toks[j].Text] {
			continue
		}
		if !negIn(g.end, j+3) {
			break
		}
		for k := j + 1; k < min(cl.b, j+6); k++ {
			if !fb3Life[toks[k].Text] {
				continue
			}
			hard := false
			for m := k + 1; m < min(cl.b, k+4); m++ {
				if fb3Hardship[toks[m].Text] {
					hard = true // "don't deserve to live in fear"
				}
			}
			if !hard {
				out = add(true, "denied deserving to live", j, k+1)
			}
			break
		}
		break
	}
	// the ongoing ruin of a place: "X are ruining this neighbourhood",
	// "X ont envahi nos rues"
	for j := g.end; j < min(cl.b, g.end+6); j++ {
		w := toks[j].Text
		part := fb3RuinPart[w]
		if !fb3Ruin[w] && !part {
			if fb3Aux[w] {
				continue
			}
			break
		}
		passive := false
		for k := g.end; k < j; k++ {
			if x := toks[k].Text; part && (fbCopula[x] || x == "being" || x == "been") {
				passive = true // "X are destroyed by…"
			}
		}
		if passive || negIn(g.end, j) {
			break
		}
		k := j + 1
		if strings.HasPrefix(w, "tak") || w == "took" {
			if k >= cl.b || toks[k].Text != "over" {
				break
			}
			k++
		}
		for m := k; m < min(cl.b, k+4); m++ {
			if fb3Place[toks[m].Text] {
				out = add(false, "a place said to be ruined by", j, m+1)
				break
			}
			if x := toks[m].Text; x == "by" || x == "par" || x == "for" || x == "pour" {
				break
			}
		}
		break
	}
	// refusing a family tie: "I'd never let my daughter marry one of
	// those X", "jamais je laisserai ma fille épouser un de ces X"
	for f := max(cl.a, g.start-8); f < g.start; f++ {
		if !fb3Family[toks[f].Text] {
			continue
		}
		rel := -1
		for r := f + 1; r < g.start; r++ {
			if fb3Relate[toks[r].Text] {
				rel = r
			}
		}
		if rel < 0 {
			continue
		}
		refuse, stop := false, false
		for j := cl.a; j < f; j++ {
			w := toks[j].Text
			if w == "never" || w == "jamais" || (w == "no" && j+1 < f && toks[j+1].Text == "way") ||
				(w == "hors" && j+2 < f && toks[j+2].Text == "question") || (fb3Let[w] && negIn(cl.a, f)) {
				refuse = true
			}
			if fb3Stop[w] {
				stop = true // "I'd never stop my son marrying one of them"
			}
		}
		if refuse && !stop {
			out = add(true, "a family tie refused with", rel, g.end)
			break
		}
	}
	return out
}
