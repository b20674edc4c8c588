// Command vigie is the whole product: CLI, HTTP server, web UI and workers.
// Everything lives under internal/; this file only hands over to the CLI.
package main

import (
	"os"

	"github.com/vigie-cm/vigie/internal/cli"
)

func main() {
	os.Exit(cli.Execute(os.Args[1:]))
}
