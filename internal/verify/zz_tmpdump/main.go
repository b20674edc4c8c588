package main

import (
	"fmt"
	"os"

	"github.com/vigie-cm/vigie/internal/claims"
)

func main() {
	d := claims.Analyze(os.Args[1], os.Args[2])
	for _, c := range d.Claims {
		fmt.Printf("%s %q v=%v noun=%s b=%d\n", c.Type, c.Text, c.Value, c.Noun, c.Bound)
	}
}
