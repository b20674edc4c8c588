package cli

import (
	"context"

	"github.com/vigie-cm/vigie/internal/store"
)

// demoSeed loads the demo workspace for serve --demo; nil until the demo
// package lands.
var demoSeed func(ctx context.Context, st store.Store) (email, password string, err error)
