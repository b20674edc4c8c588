package web

import "github.com/vigie-cm/vigie/internal/brand"

// Public marks a route that needs no login. Every other route names the
// least role that may use it, so forgetting a permission check is not
// possible: Server.routes refuses a route without one.
const Public brand.Role = "public"

// route is one line of the routing table.
type route struct {
	// pattern is a Go 1.22 ServeMux pattern with a method, e.g.
	// "POST /brands/{brand}/facts". A {brand} wildcard makes the route
	// brand-scoped: the brand is loaded, and the role checked, in the
	// brand's workspace before the handler runs.
	pattern string
	// role is the least role that may call the route (brand.Role.AtLeast),
	// or Public.
	role   brand.Role
	handle func(*Ctx) error
}

// routes is the whole web app. A feature adds its lines here and keeps its
// handlers, templates and messages in its own files (see doc.go).
var routes = []route{
	// core: sign-in, language, dashboard
	{"GET /login", Public, (*Ctx).loginForm},
	{"POST /login", Public, (*Ctx).login},
	{"POST /logout", brand.RoleAnalyst, (*Ctx).logout},
	{"POST /lang", Public, (*Ctx).setLang},
	{"POST /workspace", brand.RoleAnalyst, (*Ctx).switchWorkspace},
	{"GET /{$}", brand.RoleAnalyst, (*Ctx).dashboard},
	{"GET /account", brand.RoleAnalyst, (*Ctx).accountPage},
	{"POST /account/password", brand.RoleAnalyst, (*Ctx).accountPassword},

	// brands and their voice
	{"GET /brands", brand.RoleAnalyst, (*Ctx).brandList},
	{"GET /brands/new", brand.RoleManager, (*Ctx).brandNew},
	{"POST /brands", brand.RoleManager, (*Ctx).brandCreate},
	{"GET /brands/{brand}", brand.RoleAnalyst, (*Ctx).brandShow},
	{"GET /brands/{brand}/edit", brand.RoleManager, (*Ctx).brandEdit},
	{"POST /brands/{brand}", brand.RoleManager, (*Ctx).brandUpdate},

	// fact sheets
	{"GET /brands/{brand}/facts", brand.RoleAnalyst, (*Ctx).factList},
	{"POST /brands/{brand}/facts", brand.RoleEditor, (*Ctx).factCreate},
	{"GET /brands/{brand}/facts/{fact}/edit", brand.RoleEditor, (*Ctx).factEdit},
	{"POST /brands/{brand}/facts/{fact}", brand.RoleEditor, (*Ctx).factUpdate},
	{"POST /brands/{brand}/facts/{fact}/expire", brand.RoleEditor, (*Ctx).factExpire},

	// briefs
	{"GET /brands/{brand}/briefs", brand.RoleAnalyst, (*Ctx).briefList},
	{"POST /brands/{brand}/briefs", brand.RoleEditor, (*Ctx).briefCreate},
	{"GET /brands/{brand}/briefs/{brief}/edit", brand.RoleEditor, (*Ctx).briefEdit},
	{"POST /brands/{brand}/briefs/{brief}", brand.RoleEditor, (*Ctx).briefUpdate},
	{"POST /brands/{brand}/briefs/{brief}/delete", brand.RoleEditor, (*Ctx).briefDelete},

	// FAQ
	{"GET /brands/{brand}/faq", brand.RoleAnalyst, (*Ctx).faqList},
	{"POST /brands/{brand}/faq", brand.RoleEditor, (*Ctx).faqCreate},
	{"POST /brands/{brand}/faq/{entry}", brand.RoleEditor, (*Ctx).faqUpdate},
	{"POST /brands/{brand}/faq/{entry}/delete", brand.RoleEditor, (*Ctx).faqDelete},

	// network accounts
	{"GET /brands/{brand}/accounts", brand.RoleAnalyst, (*Ctx).accountList},
	{"POST /brands/{brand}/accounts", brand.RoleManager, (*Ctx).accountCreate},
	{"POST /brands/{brand}/accounts/{account}/delete", brand.RoleManager, (*Ctx).accountDelete},

	// workspace: members and audit
	{"GET /members", brand.RoleAnalyst, (*Ctx).memberList},
	{"POST /members", brand.RoleManager, (*Ctx).memberAdd},
	{"POST /members/{user}", brand.RoleManager, (*Ctx).memberSetRole},
	{"POST /members/{user}/delete", brand.RoleManager, (*Ctx).memberRemove},
	{"GET /audit", brand.RoleAnalyst, (*Ctx).auditList},

	// style guard: the brand's voice health, a draft checker
	{"GET /brands/{brand}/voice", brand.RoleAnalyst, (*Ctx).voicePage},
	{"POST /brands/{brand}/voice", brand.RoleAnalyst, (*Ctx).voiceCheck},

	// places later capabilities plug into; each replaces its line
	{"GET /compose", brand.RoleAnalyst, (*Ctx).composeIndex},
	{"GET /brands/{brand}/compose", brand.RoleAnalyst, (*Ctx).composePage},
	{"POST /brands/{brand}/compose", brand.RoleEditor, (*Ctx).composeRun},
	{"POST /brands/{brand}/compose/accept", brand.RoleEditor, (*Ctx).composeAccept},
	{"POST /brands/{brand}/compose/transform", brand.RoleEditor, (*Ctx).composeTransform},
	{"POST /brands/{brand}/compose/stream", brand.RoleEditor, (*Ctx).composeStream},
	{"GET /settings/llm", brand.RoleAnalyst, (*Ctx).llmSettingsPage},
	{"POST /settings/llm", brand.RoleManager, (*Ctx).llmSettingsSave},
	{"POST /settings/llm/delete", brand.RoleManager, (*Ctx).llmSettingsDelete},
	{"POST /settings/llm/test", brand.RoleEditor, (*Ctx).llmSettingsTest},
	{"GET /verify", brand.RoleAnalyst, (*Ctx).verifyIndex},
	{"GET /brands/{brand}/verify", brand.RoleAnalyst, (*Ctx).verifyPage},
	{"POST /brands/{brand}/verify", brand.RoleAnalyst, (*Ctx).verifyRun},
	{"POST /api/v1/verify", brand.RoleAnalyst, (*Ctx).apiVerify},
	{"POST /api/v1/brands/{brand}/verify", brand.RoleAnalyst, (*Ctx).apiBrandVerify},
	{"GET /calendar", brand.RoleAnalyst, soon("calendar")},
	{"GET /inbox", brand.RoleAnalyst, (*Ctx).inboxIndex},
	{"GET /brands/{brand}/inbox", brand.RoleAnalyst, (*Ctx).inboxPage},
	{"POST /brands/{brand}/inbox", brand.RoleEditor, (*Ctx).inboxImport},
	{"POST /brands/{brand}/inbox/visibility", brand.RoleReviewer, (*Ctx).inboxVisibility},
	{"POST /brands/{brand}/inbox/bulk", brand.RoleReviewer, (*Ctx).inboxBulk},
	{"POST /brands/{brand}/inbox/reveal", brand.RoleAnalyst, (*Ctx).inboxReveal},
	{"POST /brands/{brand}/inbox/author", brand.RoleReviewer, (*Ctx).inboxAuthorFlag},
	{"POST /brands/{brand}/inbox/phrase", brand.RoleEditor, (*Ctx).inboxPhrase},
	{"GET /brands/{brand}/policy", brand.RoleAnalyst, (*Ctx).policyPage},
	{"POST /brands/{brand}/policy", brand.RoleManager, (*Ctx).policySave},
	{"POST /brands/{brand}/policy/reset", brand.RoleManager, (*Ctx).policyReset},
	{"GET /api/v1/brands/{brand}/policy", brand.RoleAnalyst, (*Ctx).apiPolicy},
	{"PUT /api/v1/brands/{brand}/policy", brand.RoleManager, (*Ctx).apiPolicySave},
	{"POST /api/v1/moderate", brand.RoleAnalyst, (*Ctx).apiModerate},
	{"POST /api/v1/brands/{brand}/comments", Public, (*Ctx).inboxWebhook},
	{"GET /radar", brand.RoleAnalyst, (*Ctx).radarIndex},
	{"GET /brands/{brand}/radar", brand.RoleAnalyst, (*Ctx).radarPage},
	{"GET /brands/{brand}/radar/live", brand.RoleAnalyst, (*Ctx).radarLiveStream},
	{"GET /brands/{brand}/radar/episodes/{episode}", brand.RoleAnalyst, (*Ctx).radarEpisode},
	{"POST /brands/{brand}/radar/queries", brand.RoleEditor, (*Ctx).radarQuerySave},
	{"POST /brands/{brand}/radar/queries/{query}/delete", brand.RoleEditor, (*Ctx).radarQueryDelete},
	{"POST /brands/{brand}/radar/import", brand.RoleEditor, (*Ctx).radarImport},
	{"POST /brands/{brand}/radar/episodes/{episode}/statement", brand.RoleEditor, (*Ctx).crisisStatement},
	{"POST /brands/{brand}/radar/episodes/{episode}/checklist", brand.RoleEditor, (*Ctx).crisisTick},
	{"POST /brands/{brand}/radar/checklist", brand.RoleManager, (*Ctx).crisisChecklistSave},
	{"POST /brands/{brand}/radar/duty", brand.RoleManager, (*Ctx).crisisDutySave},
	{"POST /brands/{brand}/radar/duty/{user}/delete", brand.RoleManager, (*Ctx).crisisDutyDelete},
	{"GET /radar/alerts", brand.RoleAnalyst, (*Ctx).alertsPage},
	{"POST /radar/alerts/settings", brand.RoleManager, (*Ctx).alertsSettingsSave},
	{"GET /brands/{brand}/radar/sources", brand.RoleAnalyst, (*Ctx).radarSourcesPage},
	{"POST /brands/{brand}/radar/sources", brand.RoleManager, (*Ctx).radarSourcesSave},
	{"GET /api/v1/brands/{brand}/radar", brand.RoleAnalyst, (*Ctx).apiRadar},
	{"POST /api/v1/radar/mentions", Public, (*Ctx).radarWebhook},
	{"GET /results", brand.RoleAnalyst, soon("results")},
	{"GET /audience", brand.RoleAnalyst, soon("audience")},

	// JSON API (session cookie + X-CSRF-Token, or Authorization: Bearer)
	{"POST /api/v1/tokens", Public, (*Ctx).apiTokenCreate},
	{"DELETE /api/v1/tokens/current", brand.RoleAnalyst, (*Ctx).apiTokenDelete},
	{"POST /api/v1/style", brand.RoleAnalyst, (*Ctx).apiStyle},
	{"POST /api/v1/brands/{brand}/style", brand.RoleAnalyst, (*Ctx).apiBrandStyle},
	{"GET /api/v1/me", brand.RoleAnalyst, (*Ctx).apiMe},
	{"GET /api/v1/brands", brand.RoleAnalyst, (*Ctx).apiBrandList},
	{"POST /api/v1/brands", brand.RoleManager, (*Ctx).apiBrandCreate},
	{"GET /api/v1/brands/{brand}", brand.RoleAnalyst, (*Ctx).apiBrandGet},
	{"GET /api/v1/brands/{brand}/facts", brand.RoleAnalyst, (*Ctx).apiFactList},
	{"POST /api/v1/brands/{brand}/facts", brand.RoleEditor, (*Ctx).apiFactCreate},
	{"GET /api/v1/brands/{brand}/facts/{fact}", brand.RoleAnalyst, (*Ctx).apiFactGet},
	{"PATCH /api/v1/brands/{brand}/facts/{fact}", brand.RoleEditor, (*Ctx).apiFactUpdate},
	{"POST /api/v1/brands/{brand}/facts/{fact}/expire", brand.RoleEditor, (*Ctx).apiFactExpire},
	{"GET /api/v1/brands/{brand}/briefs", brand.RoleAnalyst, (*Ctx).apiBriefList},
	{"GET /api/v1/brands/{brand}/faq", brand.RoleAnalyst, (*Ctx).apiFAQList},
	{"POST /api/v1/drafts", brand.RoleEditor, (*Ctx).apiDrafts},
	{"POST /api/v1/brands/{brand}/drafts", brand.RoleEditor, (*Ctx).apiBrandDrafts},
	{"POST /api/v1/brands/{brand}/drafts/verify", brand.RoleEditor, (*Ctx).apiDraftVerify},
	{"POST /api/v1/brands/{brand}/drafts/transform", brand.RoleEditor, (*Ctx).apiDraftTransform},
}
