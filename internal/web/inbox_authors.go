package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/vigie-cm/vigie/internal/store"
)

// Author history in the Inbox: each comment's author carries a badge (VIP,
// blocked, repeat offender) and a popover with their counts, a link to
// their comments, and the marks a reviewer can set. A mark changes what
// the policy does with the author's next comments (internal/inbox), not
// the comments already stored, and is audited.

// inboxAuthors loads the history of the listed comments' authors.
func (c *Ctx) inboxAuthors(list []store.Comment, sp store.ModerationPolicy, names map[int64]string) (map[store.AuthorRef]*inboxAuthor, error) {
	as, ok := c.Store().(store.AuthorStore)
	if !ok {
		return nil, fmt.Errorf("web: inbox: store %T keeps no authors", c.Store())
	}
	seen := map[store.AuthorRef]bool{}
	var refs []store.AuthorRef
	for _, cm := range list {
		r := store.AuthorRef{Network: cm.Network, Author: store.AuthorKey(cm)}
		if r.Author != "" && !seen[r] {
			seen[r] = true
			refs = append(refs, r)
		}
	}
	known, err := as.AuthorsOf(c.R.Context(), c.Brand.ID, refs)
	if err != nil {
		return nil, fmt.Errorf("web: inbox: %w", err)
	}
	out := make(map[store.AuthorRef]*inboxAuthor, len(known))
	since := c.s.now().Add(-time.Duration(sp.RepeatDays) * 24 * time.Hour)
	for r, a := range known {
		ia := &inboxAuthor{CommentAuthor: a, Days: sp.RepeatDays, Recent: -1,
			Filter: fmt.Sprintf("/brands/%d/inbox?", c.Brand.ID) + url.Values{"author": {r.Author}, "network": {r.Network}}.Encode()}
		if a.FlagBy != nil {
			ia.FlagBy = names[*a.FlagBy]
		}
		// As the ingest does: only an author with enough hidden comments
		// in all could have enough in the window, so only they are counted.
		if sp.RepeatHidden > 0 && a.Hidden >= sp.RepeatHidden {
			if ia.Recent, err = as.CountAuthorHidden(c.R.Context(), c.Brand.ID, r.Network, r.Author, since); err != nil {
				return nil, fmt.Errorf("web: inbox: %w", err)
			}
			ia.Repeat = ia.Recent >= sp.RepeatHidden
		}
		out[r] = ia
	}
	return out, nil
}

// inboxAuthorFlag marks the author of one comment VIP or blocked, or
// clears the mark. The button's value is "<flag>:<comment id>" (flag vip,
// blocked or none), so the popover's buttons can live in the bulk form,
// whose filter fields bring the page back as it was.
func (c *Ctx) inboxAuthorFlag() error {
	if err := c.R.ParseForm(); err != nil {
		return &Error{Status: http.StatusBadRequest, Key: "inbox.bad_upload"}
	}
	flag, idText, _ := strings.Cut(c.R.PostForm.Get("author_flag"), ":")
	if flag == "none" {
		flag = ""
	}
	if flag != "" && flag != "vip" && flag != "blocked" {
		return &Error{Status: http.StatusBadRequest, Key: "inbox.bad_action"}
	}
	id, err := strconv.ParseInt(idText, 10, 64)
	if err != nil {
		return &Error{Status: http.StatusBadRequest, Key: "inbox.bad_id"}
	}
	cm, err := c.inboxComment(c.Store(), id)
	if err != nil {
		return err
	}
	key := store.AuthorKey(cm)
	if key == "" {
		return &Error{Status: http.StatusUnprocessableEntity, Key: "inbox.author_unknown"}
	}
	err = c.Tx(func(tx store.Store) error {
		as, ok := tx.(store.AuthorStore)
		if !ok {
			return fmt.Errorf("store %T keeps no authors", tx)
		}
		before, err := as.GetAuthor(c.R.Context(), c.Brand.ID, cm.Network, key)
		var was any
		if err == nil {
			was = authorAudit{Network: cm.Network, Author: key, Flag: before.Flag}
		}
		now := c.s.now()
		a := store.CommentAuthor{BrandID: c.Brand.ID, Network: cm.Network, Author: key, Name: cm.Author, Flag: flag, FlagBy: &c.User.ID, FlagAt: &now}
		if err := as.SetAuthorFlag(c.R.Context(), &a); err != nil {
			return err
		}
		return c.Audit(tx, "author.flag", "comment", cm.ID, was, authorAudit{Network: cm.Network, Author: key, Flag: flag})
	})
	if err != nil {
		return fmt.Errorf("web: inbox: marking the author of comment %d: %w", id, err)
	}
	u := fmt.Sprintf("/brands/%d/inbox", c.Brand.ID)
	if q := parseInboxFilter(c.R.PostForm).query(); q != "" {
		u += "?" + q
	}
	return c.Redirect(u, "inbox.author_done")
}

// authorAudit is what the audit log keeps of an author's mark.
type authorAudit struct {
	Network string `json:"network"`
	Author  string `json:"author"`
	Flag    string `json:"flag"`
}
