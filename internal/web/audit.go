package web

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/vigie-cm/vigie/internal/brand"
)

const auditPage = 50

type auditData struct {
	Entries    []brand.AuditEntry
	Prev, Next int // offsets, -1 when there is no such page
}

func (c *Ctx) auditList() error {
	if c.Workspace == nil {
		return &Error{Status: http.StatusNotFound, Key: "error.no_workspace"}
	}
	off, _ := strconv.Atoi(c.R.URL.Query().Get("offset"))
	off = max(off, 0)
	// One more than a page tells whether there is a next page.
	es, err := c.Store().ListAudit(c.R.Context(), c.Workspace.ID, auditPage+1, off)
	if err != nil {
		return fmt.Errorf("web: audit of workspace %d: %w", c.Workspace.ID, err)
	}
	d := auditData{Prev: -1, Next: -1}
	if len(es) > auditPage {
		es, d.Next = es[:auditPage], off+auditPage
	}
	if off > 0 {
		d.Prev = max(off-auditPage, 0)
	}
	d.Entries = es
	return c.Render(http.StatusOK, "core/audit", "nav.audit", d)
}

// soon is the page of a capability that is not built yet: it says so
// plainly instead of showing made-up data.
func soon(feature string) func(*Ctx) error {
	return func(c *Ctx) error {
		return c.Render(http.StatusOK, "core/soon", "nav."+feature, feature)
	}
}
