package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"

	"github.com/vigie-cm/vigie/internal/claims"
)

func main() {
	f, _ := os.Open("/work/shared/data/verify/dev.jsonl")
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var r struct {
			ID, Lang, Post string
			Facts          []string
		}
		json.Unmarshal(sc.Bytes(), &r)
		if len(os.Args) > 1 && os.Args[1] == "facts" {
			for _, fa := range r.Facts {
				d := claims.Analyze(fa, r.Lang)
				fmt.Println("F:", fa)
				for _, c := range d.Claims {
					fmt.Printf("   %-11s %q v=%v %v n=%s b=%d d=%v d2=%v wd=%d r=%d w=%v\n", c.Type, c.Text, c.Value, c.Value2, c.Noun, c.Bound, c.Date, c.Date2, c.Weekday, c.Role, c.Words)
				}
			}
			continue
		}
		d := claims.Analyze(r.Post, r.Lang)
		fmt.Println("==", r.ID, r.Post)
		for _, c := range d.Claims {
			fmt.Printf("   %-11s %q v=%v %v n=%s b=%d d=%v d2=%v wd=%d r=%d w=%v\n", c.Type, c.Text, c.Value, c.Value2, c.Noun, c.Bound, c.Date, c.Date2, c.Weekday, c.Role, c.Words)
		}
	}
}
