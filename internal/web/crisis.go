package web

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/vigie-cm/vigie/internal/brand"
	"github.com/vigie-cm/vigie/internal/compose"
	"github.com/vigie-cm/vigie/internal/radar"
	"github.com/vigie-cm/vigie/internal/store"
)

// The crisis room's working parts, under the episode's charts: the
// holding statement (drafted from the fact sheet and the episode by the
// offline template or the workspace's model, always verified, editable,
// and never "ready" while verification fails), the brand's checklist
// ticked per episode (who and when, audited), and the people on duty
// (members of the workspace with a phone and a duty; they also receive
// the radar's alert emails, see internal/app/alerts.go).

// crisisDefaultChecklist is offered until a brand saves its own.
var crisisDefaultChecklist = map[string][]string{
	"fr": {"Suspendre les publications programmées", "Prévenir le service juridique", "Prévenir la direction",
		"Désigner un porte-parole unique", "Rassembler les faits et mettre la fiche à jour", "Publier le message d'attente vérifié",
		"Briefer l'équipe qui répond aux commentaires", "Planifier le prochain point"},
	"en": {"Pause scheduled posts", "Inform legal", "Inform management", "Name a single spokesperson",
		"Gather the facts and update the fact sheet", "Publish the verified holding statement",
		"Brief the team answering comments", "Schedule the next update"},
}

// crisisNetworks are the networks a holding statement can be written for.
var crisisNetworks = []string{"facebook", "x", "bluesky", "mastodon", "instagram", "linkedin", "threads"}

const (
	crisisDefaultNetwork = "facebook"
	crisisDefaultHours   = 2
	crisisMaxHours       = 48
	crisisMaxStatement   = 5000
)

type crisisItem struct {
	ID       int64
	Position int
	Text     string
	Done     bool
	By, At   string
}

type crisisRoom struct {
	Key       string // the episode's start, Unix seconds
	Statement *store.HoldingStatement
	Findings  []compose.Finding
	// Form: what the statement form shows.
	Text, Network, NextStep string
	Hours                   int
	Networks                []string
	Engine                  string // what drafts: the offline template or the model
	Error                   string
	Checklist               []crisisItem
	Defaults                bool // the checklist is the default one, not saved yet
	ChecklistText           string
	Done                    int
	OnDuty                  []store.OnDuty
	Members                 []brand.Membership // for the on-duty form (managers)
}

func (c *Ctx) crisisStore() (store.CrisisStore, error) {
	cs, ok := c.Store().(store.CrisisStore)
	if !ok {
		return nil, fmt.Errorf("web: crisis room: store %T keeps no crisis data", c.Store())
	}
	return cs, nil
}

func (c *Ctx) brandLang() string {
	if len(c.Brand.Languages) > 0 && c.Brand.Languages[0] == "fr" {
		return "fr"
	}
	return "en"
}

func episodeKey(e radar.Episode) int64 { return e.Start.Unix() }

// crisisRoomData reads the episode's statement, checklist and people on duty.
func (c *Ctx) crisisRoomData(e radar.Episode) (*crisisRoom, error) {
	ctx := c.R.Context()
	cs, err := c.crisisStore()
	if err != nil {
		return nil, err
	}
	key := episodeKey(e)
	r := &crisisRoom{Key: strconv.FormatInt(key, 10), Networks: crisisNetworks, Network: crisisDefaultNetwork, Hours: crisisDefaultHours,
		Engine: "offline"}
	if comp, err := c.composer(-1); err == nil && !comp.Offline() {
		r.Engine = comp.ProviderLabel()
	}
	h, err := cs.GetHoldingStatement(ctx, c.Brand.ID, key)
	switch {
	case err == nil:
		var check statementCheck
		if err := json.Unmarshal(h.Findings, &check); err != nil {
			return nil, fmt.Errorf("web: crisis room: findings of brand %d episode %d: %w", c.Brand.ID, key, err)
		}
		r.Statement, r.Text, r.Network = &h, h.Text, h.Network
		r.Findings, r.Hours, r.NextStep = check.Findings, check.Hours, check.NextStep
	case !errors.Is(err, store.ErrNotFound):
		return nil, fmt.Errorf("web: crisis room: %w", err)
	}
	items, err := cs.ListChecklist(ctx, c.Brand.ID)
	if err != nil {
		return nil, fmt.Errorf("web: crisis room: %w", err)
	}
	if len(items) == 0 {
		r.Defaults = true
		for i, t := range crisisDefaultChecklist[c.brandLang()] {
			items = append(items, store.ChecklistItem{Position: i + 1, Text: t})
		}
	}
	ticks, err := cs.ListTicks(ctx, c.Brand.ID, key)
	if err != nil {
		return nil, fmt.Errorf("web: crisis room: %w", err)
	}
	done := map[int64]store.ChecklistTick{}
	for _, t := range ticks {
		done[t.ItemID] = t
	}
	var texts []string
	for _, it := range items {
		ci := crisisItem{ID: it.ID, Position: it.Position, Text: it.Text}
		if t, ok := done[it.ID]; ok && it.ID != 0 {
			ci.Done, ci.At = true, t.At.UTC().Format("2006-01-02 15:04")
			ci.By = t.Name
			if ci.By == "" {
				ci.By = t.Email
			}
			r.Done++
		}
		r.Checklist = append(r.Checklist, ci)
		texts = append(texts, it.Text)
	}
	r.ChecklistText = strings.Join(texts, "\n")
	if r.OnDuty, err = cs.ListOnDuty(ctx, c.Brand.ID); err != nil {
		return nil, fmt.Errorf("web: crisis room: %w", err)
	}
	if c.Can("manager") {
		if r.Members, err = c.Store().ListMembers(ctx, c.Brand.WorkspaceID); err != nil {
			return nil, fmt.Errorf("web: crisis room: %w", err)
		}
	}
	return r, nil
}

// renderCrisis shows the crisis room again, with the form as posted and
// an error, or as stored.
func (c *Ctx) renderCrisis(status int, e radar.Episode, edit func(r *crisisRoom)) error {
	d, err := c.radarEpisodeData(e)
	if err != nil {
		return err
	}
	if d.Crisis, err = c.crisisRoomData(e); err != nil {
		return err
	}
	if edit != nil {
		edit(d.Crisis)
	}
	return c.Render(status, "radar/episode", "radar.episode_title", d)
}

func (c *Ctx) crisisBack(e radar.Episode, anchor string) string {
	return fmt.Sprintf("/brands/%d/radar/episodes/%d#%s", c.Brand.ID, episodeKey(e), anchor)
}

// statementCheck is what the statement's findings column keeps: the
// Verify engine's findings and what the text was checked against (the
// team's commitments), so that the form shows them again and the audit
// can tell what "verified" meant.
type statementCheck struct {
	Hours    int               `json:"hours"`
	NextStep string            `json:"next_step,omitempty"`
	Brief    string            `json:"brief"`
	Findings []compose.Finding `json:"findings"`
}

// crisisStatement drafts, saves or marks ready the episode's holding
// statement; every text is verified against the brand's active facts and
// the team's commitments before it is stored, and it is only ready when
// the verdict is not "fail".
func (c *Ctx) crisisStatement() error {
	e, err := c.radarEpisodeAt()
	if err != nil {
		return err
	}
	ctx := c.R.Context()
	network := c.field("network")
	if network == "" {
		network = crisisDefaultNetwork
	}
	hours := crisisDefaultHours
	if raw := c.field("hours"); raw != "" {
		if hours, err = strconv.Atoi(raw); err != nil || hours < 0 || hours > crisisMaxHours {
			return c.crisisFormError(e, "crisis.err_hours")
		}
	}
	next := c.field("next_step")
	text := strings.TrimSpace(c.R.PostFormValue("text"))
	if _, err := compose.RuleFor(network); err != nil || !slices.Contains(crisisNetworks, network) {
		return c.crisisFormError(e, "crisis.err_network")
	}
	ci, err := c.composeInput(composeForm{})
	if err != nil {
		return err
	}
	lang := c.brandLang()
	sin := radar.StatementInput{Lang: lang, Brand: c.Brand.Name, NextStep: next, UpdateWithin: time.Duration(hours) * time.Hour}
	comp, err := c.composer(0) // a model's draft gets compose's default rounds of self-correction
	if err != nil {
		return err
	}
	key := episodeKey(e)
	h := store.HoldingStatement{BrandID: c.Brand.ID, Episode: key, Lang: lang, Network: network, Engine: "human"}
	if c.User != nil {
		h.UpdatedBy = &c.User.ID
	}
	action := c.field("action")
	var draft compose.Draft
	switch action {
	case "draft":
		d, err := c.radarEpisodeData(e)
		if err != nil {
			return err
		}
		sin.Topics = crisisTopics(d.Drivers, d.Clusters)
		if comp.Offline() {
			facts := make([]string, len(ci.Facts))
			for i, f := range ci.Facts {
				facts[i] = f.Text
			}
			sin.Facts = radar.RelevantFacts(facts, sin.Topics, c.Brand.Name, 2)
			if draft, err = comp.Check(ctx, lang, network, ci.Facts, sin.Brief(), radar.HoldingStatement(sin)); err != nil {
				return fmt.Errorf("web: crisis room: verifying: %w", err)
			}
			h.Engine = "offline"
		} else {
			// The model goes through compose's loop: drafted, verified,
			// sent back with its own findings, verified again.
			in := ci
			in.Lang, in.Networks, in.Variants = lang, []string{network}, 1
			in.Brief = sin.Brief() + " " + crisisModelBrief(lang, sin.Topics)
			ds, err := comp.Draft(ctx, in)
			if err != nil || len(ds) == 0 || ds[0].Error != "" {
				msg := fmt.Sprint(err)
				if len(ds) > 0 && ds[0].Error != "" {
					msg = ds[0].Error
				}
				return c.renderCrisis(http.StatusBadGateway, e, func(r *crisisRoom) {
					r.Text, r.Network, r.Hours, r.NextStep = text, network, hours, next
					r.Error = c.T("crisis.err_model", msg)
				})
			}
			draft, h.Engine = ds[0], ds[0].Provider
		}
	case "save", "ready":
		if text == "" || len(text) > crisisMaxStatement {
			return c.crisisFormError(e, "crisis.err_text")
		}
		// Facts change: a text is verified again each time it is saved.
		if draft, err = comp.Check(ctx, lang, network, ci.Facts, sin.Brief(), text); err != nil {
			return fmt.Errorf("web: crisis room: verifying: %w", err)
		}
		if old, err := c.crisisStatementOf(key); err == nil && old.Text == text {
			h.Engine = old.Engine // marked ready unchanged: still the drafter's
		}
	default:
		return &Error{Status: http.StatusBadRequest, Key: "crisis.err_action"}
	}
	h.Text, h.Verdict = draft.Text, draft.Verdict
	check := statementCheck{Hours: hours, NextStep: next, Brief: sin.Brief(), Findings: append([]compose.Finding{}, draft.Findings...)}
	if h.Findings, err = json.Marshal(check); err != nil {
		return fmt.Errorf("web: crisis room: %w", err)
	}
	refused := action == "ready" && h.Verdict == "fail"
	h.Ready = action == "ready" && !refused
	err = c.Tx(func(tx store.Store) error {
		if err := tx.(store.CrisisStore).SaveHoldingStatement(ctx, &h); err != nil {
			return err
		}
		return c.Audit(tx, "crisis.statement."+action, "holding_statement", c.Brand.ID, nil,
			map[string]any{"episode": key, "engine": h.Engine, "verdict": h.Verdict, "findings": len(draft.Findings), "ready": h.Ready, "text": h.Text})
	})
	if err != nil {
		return fmt.Errorf("web: crisis room: %w", err)
	}
	if refused {
		// Saved with its findings, not ready: the page says why.
		return c.renderCrisis(http.StatusUnprocessableEntity, e, func(r *crisisRoom) { r.Error = c.T("crisis.err_not_ready") })
	}
	return c.Redirect(c.crisisBack(e, "crisis-statement"), "crisis.flash_"+action)
}

func (c *Ctx) crisisStatementOf(key int64) (store.HoldingStatement, error) {
	cs, err := c.crisisStore()
	if err != nil {
		return store.HoldingStatement{}, err
	}
	return cs.GetHoldingStatement(c.R.Context(), c.Brand.ID, key)
}

func (c *Ctx) crisisFormError(e radar.Episode, key string) error {
	return c.renderCrisis(http.StatusUnprocessableEntity, e, func(r *crisisRoom) {
		r.Text, r.NextStep, r.Network = strings.TrimSpace(c.R.PostFormValue("text")), c.field("next_step"), c.field("network")
		r.Error = c.T(key)
	})
}

// crisisTopics are what the statement acknowledges: the episode's rising
// hashtags and words (not its authors), then its clusters' terms.
func crisisTopics(drivers []radar.Driver, clusters []radar.Cluster) []string {
	seen := map[string]bool{}
	var out []string
	add := func(k string) {
		if k != "" && !strings.HasPrefix(k, "@") && !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	for _, d := range drivers {
		if strings.HasPrefix(d.Key, "#") {
			add(d.Key)
		}
	}
	for _, d := range drivers {
		add(d.Key)
	}
	for _, cl := range clusters {
		for _, t := range cl.Terms {
			add(t)
		}
	}
	return out[:min(len(out), 6)]
}

func crisisModelBrief(lang string, topics []string) string {
	if lang == "fr" {
		return "Écris un message d'attente court au sujet de : " + strings.Join(topics, ", ") +
			". Reconnais ce qui se dit sans le répéter ni reprendre ses hashtags, donne seulement des faits de la fiche dont nous sommes sûrs, la prochaine étape et quand nous reviendrons vers le public."
	}
	return "Write a short holding statement about: " + strings.Join(topics, ", ") +
		". Acknowledge what is being said without repeating it or its hashtags, give only facts from the sheet we are sure of, the next step, and when we will update."
}

// crisisTick ticks or clears a checklist item for the episode. The first
// tick on a brand without its own checklist saves the default one.
func (c *Ctx) crisisTick() error {
	e, err := c.radarEpisodeAt()
	if err != nil {
		return err
	}
	ctx := c.R.Context()
	key := episodeKey(e)
	id, _ := strconv.ParseInt(c.field("item"), 10, 64)
	pos, _ := strconv.Atoi(c.field("pos"))
	done := c.field("done") == "1"
	var uid *int64
	if c.User != nil {
		uid = &c.User.ID
	}
	err = c.Tx(func(tx store.Store) error {
		cs := tx.(store.CrisisStore)
		items, err := cs.EnsureChecklist(ctx, c.Brand.ID, crisisDefaultChecklist[c.brandLang()])
		if err != nil {
			return err
		}
		var item *store.ChecklistItem
		for i := range items {
			if (id != 0 && items[i].ID == id) || (id == 0 && items[i].Position == pos) {
				item = &items[i]
			}
		}
		if item == nil {
			return &Error{Status: http.StatusNotFound, Key: "error.not_found"}
		}
		if done {
			err = cs.TickChecklist(ctx, c.Brand.ID, key, item.ID, uid, c.s.now().UTC())
		} else if err = cs.UntickChecklist(ctx, c.Brand.ID, key, item.ID); errors.Is(err, store.ErrNotFound) {
			err = nil // already clear: someone else cleared it
		}
		if err != nil {
			return err
		}
		action := "crisis.checklist.untick"
		if done {
			action = "crisis.checklist.tick"
		}
		return c.Audit(tx, action, "crisis_checklist", item.ID, nil, map[string]any{"episode": key, "item": item.Text})
	})
	if err != nil {
		var we *Error
		if errors.As(err, &we) {
			return we
		}
		return fmt.Errorf("web: crisis checklist: %w", err)
	}
	return c.Redirect(c.crisisBack(e, "crisis-checklist"), "")
}

// crisisBackTo is where a brand-level form of the crisis room returns:
// the episode it was sent from, or the brand's radar.
func (c *Ctx) crisisBackTo(anchor string) string {
	if ep, err := strconv.ParseInt(c.field("episode"), 10, 64); err == nil && ep > 0 {
		return fmt.Sprintf("/brands/%d/radar/episodes/%d#%s", c.Brand.ID, ep, anchor)
	}
	return fmt.Sprintf("/brands/%d/radar", c.Brand.ID)
}

// crisisChecklistSave replaces the brand's checklist (one item a line).
func (c *Ctx) crisisChecklistSave() error {
	ctx := c.R.Context()
	texts := lines(c.R.PostFormValue("items"))
	err := c.Tx(func(tx store.Store) error {
		cs := tx.(store.CrisisStore)
		before, err := cs.ListChecklist(ctx, c.Brand.ID)
		if err != nil {
			return err
		}
		after, err := cs.SaveChecklist(ctx, c.Brand.ID, texts)
		if err != nil {
			return err
		}
		text := func(is []store.ChecklistItem) []string {
			out := []string{}
			for _, i := range is {
				out = append(out, i.Text)
			}
			return out
		}
		return c.Audit(tx, "crisis.checklist.save", "brand", c.Brand.ID, text(before), text(after))
	})
	if errors.Is(err, store.ErrInvalid) {
		return &Error{Status: http.StatusUnprocessableEntity, Key: "crisis.err_checklist"}
	} else if err != nil {
		return fmt.Errorf("web: crisis checklist: %w", err)
	}
	return c.Redirect(c.crisisBackTo("crisis-checklist"), "crisis.flash_checklist")
}

// crisisDutySave puts a member of the workspace on duty for the brand.
func (c *Ctx) crisisDutySave() error {
	ctx := c.R.Context()
	uid, err := strconv.ParseInt(c.field("user"), 10, 64)
	if err != nil {
		return &Error{Status: http.StatusUnprocessableEntity, Key: "crisis.err_member"}
	}
	if _, err := c.Store().GetMembership(ctx, c.Brand.WorkspaceID, uid); errors.Is(err, store.ErrNotFound) {
		return &Error{Status: http.StatusUnprocessableEntity, Key: "crisis.err_member"}
	} else if err != nil {
		return fmt.Errorf("web: crisis on duty: %w", err)
	}
	pos, _ := strconv.Atoi(c.field("position"))
	d := store.OnDuty{BrandID: c.Brand.ID, UserID: uid, Phone: c.field("phone"), Duty: c.field("duty"), Position: pos}
	err = c.Tx(func(tx store.Store) error {
		if err := tx.(store.CrisisStore).SaveOnDuty(ctx, &d); err != nil {
			return err
		}
		return c.Audit(tx, "crisis.duty.save", "user", uid, nil, map[string]any{"brand": c.Brand.ID, "phone": d.Phone, "duty": d.Duty})
	})
	if errors.Is(err, store.ErrInvalid) {
		return &Error{Status: http.StatusUnprocessableEntity, Key: "crisis.err_duty"}
	} else if err != nil {
		return fmt.Errorf("web: crisis on duty: %w", err)
	}
	return c.Redirect(c.crisisBackTo("crisis-duty"), "crisis.flash_duty")
}

func (c *Ctx) crisisDutyDelete() error {
	uid, err := c.ID("user")
	if err != nil {
		return err
	}
	err = c.Tx(func(tx store.Store) error {
		if err := tx.(store.CrisisStore).DeleteOnDuty(c.R.Context(), c.Brand.ID, uid); err != nil {
			return err
		}
		return c.Audit(tx, "crisis.duty.delete", "user", uid, map[string]any{"brand": c.Brand.ID}, nil)
	})
	if errors.Is(err, store.ErrNotFound) {
		return &Error{Status: http.StatusNotFound, Key: "error.not_found"}
	} else if err != nil {
		return fmt.Errorf("web: crisis on duty: %w", err)
	}
	return c.Redirect(c.crisisBackTo("crisis-duty"), "crisis.flash_duty_off")
}
