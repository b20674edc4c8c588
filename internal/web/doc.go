// Package web is Vigie's web app: server-rendered html/template pages,
// embedded static assets under checksummed URLs, sessions, CSRF, roles,
// French and English messages, and a JSON API under /api/v1.
//
// # Adding a feature (a page, its actions, its API)
//
// A feature is a handful of files that nobody else edits, plus one block
// of lines in the routing table:
//
//   - internal/web/<feature>.go: handlers, each a method on *Ctx
//     returning error, e.g. func (c *Ctx) verifyPage() error. Read the
//     request from c.R, the user from c.User, the workspace and role from
//     c.Workspace and c.Role, the brand (on routes with {brand}) from
//     c.Brand, the database from c.Store(). Answer with
//     c.Render(status, "<feature>/<page>", "<title key>", data),
//     c.JSON(status, v) or c.Redirect(url, "<flash key>"). Return an
//     *Error{Status, Key} for a message the user should see; any other
//     error is logged and shown as a 500 without details. Changes go
//     through c.Tx and write c.Audit(tx, "thing.verb", "thing", id,
//     before, after) in the same transaction.
//   - internal/web/templates/<feature>/<page>.html: a page defines
//     {{define "content"}}…{{end}} and ends with {{template "layout" .}}.
//     It receives a Page: .C is the *Ctx, .D the handler's data, and
//     {{.T "key"}} translates ({{$.T "key"}} inside range). Files named
//     _<name>.html in any template folder hold partials shared by all
//     pages. html/template escapes everything; never use template.HTML
//     on user content. Forms that change anything carry
//     <input type="hidden" name="csrf" value="{{.C.CSRF}}">.
//     Hide buttons the role cannot use with {{if .C.Can "editor"}}; the
//     route's role is what actually protects the action.
//   - internal/web/i18n/fr/<feature>.json and i18n/en/<feature>.json:
//     flat {"key": "message"} maps, merged at load. Prefix keys with the
//     feature ("verify.title"). A key defined twice, or present in one
//     language and not the other, fails New (and so every test).
//     Placeholders are {0}, {1}…
//   - one line per route in routes (routes.go):
//     {"POST /brands/{brand}/verify", brand.RoleEditor, (*Ctx).verifyRun}.
//     The role is mandatory: the least role allowed (brand.Role.AtLeast),
//     or Public. A {brand} wildcard makes the route brand-scoped: the
//     brand is loaded and the role is checked in the brand's workspace
//     before the handler runs; objects below a brand ({fact}, {brief}…)
//     must be checked to belong to c.Brand (see (*Ctx).fact).
//     Capabilities that are not built yet have a placeholder line
//     (soon("verify")); replace it with yours.
//   - navigation: the side menu lists navFeatures and a brand's tabs list
//     brandTabs (both in server.go's funcs); a new entry is one word there
//     plus its "nav.<word>" or "tab.<word>" message.
//
// Everything a route gets without asking: security headers (CSP without
// inline scripts or styles, frame-ancestors 'none', nosniff,
// Referrer-Policy), a 1 MiB body limit, the session, CSRF checking on
// POST/PUT/PATCH/DELETE (form field "csrf" or header X-CSRF-Token; bearer
// API calls are exempt because they carry no cookie), the role check, the
// UI language, JSON errors {"error": "..."} under /api/, and a request log
// line.
//
// Static files go in internal/web/static and are linked with
// {{static "name.css"}}, which yields /static/<sha256 prefix>/name.css,
// cached for a year. No CDN, no inline <script> or style="" (the CSP
// blocks them): put behaviour in a .js file and hook it with data-*
// attributes.
package web
