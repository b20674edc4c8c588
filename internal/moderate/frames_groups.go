package moderate

// Word-class additions of the group audit (issue #6, moderate3), kept in
// their own file so that the lists of frames_basic.go stay as they are.
// This init runs after frames_basic.go's (files initialise in name order),
// so it can also mark words that only look like hostile ones.

func init() {
	// "gay men", "Indian women", "trans girls": a group adjective before
	// a word for men or women names the whole group, like "people"
	for _, w := range []string{"men", "women", "guys", "boys", "girls", "hommes", "femmes", "garcons", "filles", "mecs"} {
		peopleNoun[w] = true
	}
	// one letter away from a hostile word but not one: "protéger les
	// femmes de la violence" (violent)
	for _, w := range []string{"violence", "violences"} {
		basicWords[w] = 0
	}
}
