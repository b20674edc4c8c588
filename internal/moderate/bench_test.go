package moderate

import (
	"testing"

	"github.com/vigie-cm/vigie/internal/testenv"
)

// BenchmarkClassify runs on real tweets and comments (the test splits).
func BenchmarkClassify(b *testing.B) {
	c, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	root := testenv.SharedData(b)
	var texts []string
	for _, d := range []DataSet{SetMLMAFr, SetMLMAEn, SetYouTube, SetTweetActs} {
		rows, err := Load(root, d)
		if err != nil {
			b.Fatal(err)
		}
		for _, r := range rows {
			if r.Split == SplitTest {
				texts = append(texts, r.Text)
			}
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c.Classify(texts[i%len(texts)], "")
	}
}
