package compose

import (
	"strings"
	"unicode"
)

// wordDiff shows the changes from a to b word by word, in git's word-diff
// notation: [-removed-]{+added+}, unchanged words as they are.
func wordDiff(a, b string) string {
	if a == b {
		return ""
	}
	x, y := splitWords(a), splitWords(b)
	// LCS table; posts are at most a few hundred words.
	n, m := len(x), len(y)
	dp := make([][]int32, n+1)
	for i := range dp {
		dp[i] = make([]int32, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if x[i] == y[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else if dp[i+1][j] >= dp[i][j+1] {
				dp[i][j] = dp[i+1][j]
			} else {
				dp[i][j] = dp[i][j+1]
			}
		}
	}
	var out strings.Builder
	var del, add []string
	flush := func() {
		if len(del) > 0 {
			out.WriteString("[-" + strings.Join(del, " ") + "-]")
		}
		if len(add) > 0 {
			out.WriteString("{+" + strings.Join(add, " ") + "+}")
		}
		if len(del) > 0 || len(add) > 0 {
			out.WriteByte(' ')
		}
		del, add = nil, nil
	}
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && x[i] == y[j]:
			flush()
			out.WriteString(x[i] + " ")
			i++
			j++
		case j < m && (i == n || dp[i][j+1] >= dp[i+1][j]):
			add = append(add, y[j])
			j++
		default:
			del = append(del, x[i])
			i++
		}
	}
	flush()
	return strings.TrimSpace(out.String())
}

func splitWords(s string) []string { return strings.FieldsFunc(s, unicode.IsSpace) }
