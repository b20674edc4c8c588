package style

import "sort"

// Count is how many posts use a phrase or hashtag.
type Count struct {
	Text  string `json:"text"`
	Posts int    `json:"posts"`
}

// RecentStats lists what a brand's recent posts reuse, most used first:
// openings and closings (first and last three words, accent-folded, lower
// case) and hashtags (lower case) found in at least two posts.
type RecentStats struct {
	Posts    int     `json:"posts"`
	Openings []Count `json:"openings"`
	Closings []Count `json:"closings"`
	Hashtags []Count `json:"hashtags"`
}

// TopRecent summarises the last n posts (all when n <= 0), keeping at most
// limit entries per list.
func TopRecent(posts []string, n, limit int) RecentStats {
	if n > 0 && n < len(posts) {
		posts = posts[len(posts)-n:]
	}
	s := summarise(posts)
	top := func(m map[string]int) []Count {
		out := []Count{}
		for k, v := range m {
			if v >= 2 {
				out = append(out, Count{Text: k, Posts: v})
			}
		}
		sort.Slice(out, func(a, b int) bool {
			if out[a].Posts != out[b].Posts {
				return out[a].Posts > out[b].Posts
			}
			return out[a].Text < out[b].Text
		})
		if limit > 0 && len(out) > limit {
			out = out[:limit]
		}
		return out
	}
	return RecentStats{Posts: len(posts), Openings: top(s.first3), Closings: top(s.last3), Hashtags: top(s.tags)}
}
