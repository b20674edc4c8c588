package app

import (
	"context"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/store"
)

func createWorkspace(ctx context.Context, st store.Store) error {
	return st.CreateWorkspace(ctx, &brand.Workspace{Name: "Demo", Slug: "demo"})
}
