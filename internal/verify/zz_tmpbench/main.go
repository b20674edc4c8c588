package main

import (
	"context"
	"fmt"
	"os"

	"github.com/vigie-cm/vigie/internal/verify"
)

func main() {
	f, _ := os.Open(os.Args[1])
	set, raw, _ := verify.ReadLabelled(f)
	rep, _ := verify.Bench(context.Background(), set, raw, 1)
	for i, l := range set {
		r := rep.Results[i]
		fmt.Printf("%s %s gold=%d", l.ID, r.Verdict, len(l.Labels))
		for _, g := range l.Labels {
			fmt.Printf(" G[%s %q]", g.Type, g.Text)
		}
		for _, x := range r.Findings {
			fmt.Printf(" F[%s/%s %q]", x.Kind, x.Claim, x.Text)
		}
		fmt.Println()
	}
	a := rep.All
	fmt.Printf("all span P/R/F1 %.1f/%.1f/%.1f post P/R/F1 %.1f/%.1f/%.1f FA %d/%d\n", 100*a.SpanP(), 100*a.SpanR(), 100*a.SpanF1(), 100*a.PostP(), 100*a.PostR(), 100*a.PostF1(), a.FalseAlarms, a.Clean)
	for _, lang := range []string{"fr", "en"} {
		if s := rep.ByLang[lang]; s != nil {
			fmt.Printf("%s span F1 %.1f post F1 %.1f FA %d/%d\n", lang, 100*s.SpanF1(), 100*s.PostF1(), s.FalseAlarms, s.Clean)
		}
	}
}
